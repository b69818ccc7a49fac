"""Cover art: check images the way Apple Podcasts does, fit them on request, or draw a plain cover.

Apple's rules: a square JPEG or PNG in the RGB colour space, 1400 to 3000 pixels a side.
"""

from __future__ import annotations

import io
import stat
import textwrap
import warnings
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from ..cache import Cache, key_of
from ..errors import SETTING, ArtworkError

MIN_SIDE = 1400
MAX_SIDE = 3000
GENERATED_SIDE = 1400
MAX_IMAGE_BYTES = 20 * 1024 * 1024

# An image of more pixels than Pillow's MAX_IMAGE_PIXELS (89 million: a few bytes can claim billions)
# is refused when it is opened, before it is decoded, rather than decoded with a warning (and where
# warnings are filtered otherwise, :func:`load_artwork` checks the size itself).
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
BACKGROUND = (28, 54, 92)
FOREGROUND = (245, 245, 240)


@dataclass(frozen=True)
class Artwork:
    """An image that podcast apps accept, as the bytes to publish and embed."""

    data: bytes
    format: str
    """``JPEG`` or ``PNG``."""

    @property
    def mime(self) -> str:
        return FORMATS[self.format][0]

    @property
    def suffix(self) -> str:
        """The file extension that matches the data."""
        return FORMATS[self.format][1]


def problem(data: bytes) -> str | None:
    """What podcast apps would reject in this image, or None when it is fine."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return _problem(image)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        return f"is not a readable image ({error})"


def load_artwork(path: Path, fit: bool = False) -> Artwork:
    """Read a cover image; with ``fit``, crop it square, scale it into 1400–3000 px and convert it to RGB.

    Without ``fit`` an image that apps would reject raises :class:`ArtworkError`.
    """
    try:
        data = _read_image_file(path)
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > (Image.MAX_IMAGE_PIXELS or image.width * image.height):
                raise Image.DecompressionBombError(f"{image.width}×{image.height} pixels")
            image.load()
            found = _problem(image)
            if not found:
                return Artwork(data, str(image.format))
            if fit:
                return _fitted(image)
    except FileNotFoundError:
        raise ArtworkError(f"The image {path} does not exist; check its path.") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ArtworkError(f"The image {path} has too many pixels to be read safely; use a JPEG or PNG of 1400 to 3000 px.") from None
    except ArtworkError:
        raise
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ArtworkError(f"{path} is not a readable image ({error}); use a JPEG or PNG file.") from None
    raise ArtworkError(f"The image {path} {found}; use a square JPEG or PNG of 1400 to 3000 px, or have it cropped and scaled ({SETTING}).", setting="fit")


def _read_image_file(path: Path) -> bytes:
    """The bytes of an image file; refused up front when it is not a regular file (a FIFO would never end) or too large."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise ArtworkError(f"The image {path} is not a regular file; use a JPEG or PNG file.")
    if status.st_size > MAX_IMAGE_BYTES:
        raise ArtworkError(f"The image {path} is {status.st_size // 1024 // 1024} MB, too large for a cover; use a JPEG or PNG under 20 MB.")
    return path.read_bytes()


def generated_cover(title: str, cache: Cache | None = None) -> Artwork:
    """A plain square PNG cover showing ``title``; the same title always gives the same bytes, kept in
    ``cache`` when given (drawing and compressing it takes a tenth of a second)."""
    key = key_of("cover", PIL.__version__, GENERATED_SIDE, BACKGROUND, FOREGROUND, title)
    stored = cache.read("covers", key, ".png") if cache else None
    if stored is not None:
        return Artwork(stored, "PNG")
    cover = _drawn_cover(title)
    if cache:
        cache.put("covers", key, ".png", cover.data)
    return cover


def _drawn_cover(title: str) -> Artwork:
    image = Image.new("RGB", (GENERATED_SIDE, GENERATED_SIDE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    lines = textwrap.wrap(" ".join(title.split()), width=16)[:6] or ["Podcast"]
    font = ImageFont.load_default(size=120)
    text = "\n".join(lines)
    draw.multiline_text(
        (GENERATED_SIDE / 2, GENERATED_SIDE / 2), text, font=font, fill=FOREGROUND, anchor="mm", align="center", spacing=30
    )
    return Artwork(_encode(image, "PNG"), "PNG")


def _problem(image: Image.Image) -> str | None:
    if image.format not in FORMATS:
        return f"is {image.format or 'an unknown format'}, not JPEG or PNG"
    width, height = image.size
    if width != height:
        return f"is {width}×{height} px, not square"
    if not MIN_SIDE <= width <= MAX_SIDE:
        return f"is {width}×{height} px, outside 1400 to 3000 px"
    if image.mode != "RGB":
        return f"has colour mode {image.mode}, not RGB"
    return None


def _fitted(image: Image.Image) -> Artwork:
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    square = image.convert("RGB").crop((left, top, left + side, top + side))
    target = min(max(side, MIN_SIDE), MAX_SIDE)
    if target != side:
        square = square.resize((target, target), Image.Resampling.LANCZOS)
    kind = "PNG" if image.format == "PNG" else "JPEG"
    return Artwork(_encode(square, kind), kind)


def _encode(image: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind == "JPEG":
        image.save(buffer, "JPEG", quality=90, optimize=True)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
