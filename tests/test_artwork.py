"""Cover art checks, fitting and the drawn cover, read back with Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from articlecast.errors import ArtworkError
from articlecast.render.artwork import generated_cover, load_artwork, problem
from articlecast.publish.folder import episode_artwork
from articlecast.sources import load_article


def save(path: Path, size: tuple[int, int], kind: str = "JPEG", mode: str = "RGB") -> Path:
    Image.new(mode, size, "teal" if mode == "RGB" else None).save(path, kind)
    return path


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_a_valid_jpeg_is_used_byte_for_byte(tmp_path: Path) -> None:
    path = save(tmp_path / "cover.jpeg", (1500, 1500))
    artwork = load_artwork(path)
    assert artwork.data == path.read_bytes()
    assert (artwork.format, artwork.mime, artwork.suffix) == ("JPEG", "image/jpeg", ".jpg")


@pytest.mark.parametrize(
    ("size", "kind", "mode", "message"),
    [
        ((1400, 1401), "PNG", "RGB", "is 1400×1401 px, not square"),
        ((1000, 1000), "JPEG", "RGB", "is 1000×1000 px, outside 1400 to 3000 px"),
        ((3200, 3200), "PNG", "RGB", "is 3200×3200 px, outside 1400 to 3000 px"),
        ((1400, 1400), "PNG", "RGBA", "has colour mode RGBA, not RGB"),
        ((1400, 1400), "GIF", "P", "is GIF, not JPEG or PNG"),
    ],
)
def test_images_apps_would_refuse(tmp_path: Path, size, kind, mode, message) -> None:
    path = save(tmp_path / "cover.img", size, kind, mode)
    with pytest.raises(ArtworkError, match=message):
        load_artwork(path)
    fitted = opened(load_artwork(path, fit=True).data)
    assert fitted.format in ("JPEG", "PNG") and fitted.mode == "RGB"
    assert fitted.width == fitted.height and 1400 <= fitted.width <= 3000
    assert problem(load_artwork(path, fit=True).data) is None


def test_fit_crops_the_middle_and_scales_down(tmp_path: Path) -> None:
    image = Image.new("RGB", (4000, 3200), "white")
    image.paste((255, 0, 0), (400, 0, 3600, 3200))  # a red square in the middle, white bars left and right
    image.save(tmp_path / "wide.jpg")
    fitted = opened(load_artwork(tmp_path / "wide.jpg", fit=True).data)
    assert fitted.size == (3000, 3000)
    red, green, blue = fitted.getpixel((5, 1500))  # type: ignore[misc]
    assert red > 200 and green < 60 and blue < 60


def test_missing_and_unreadable_images(tmp_path: Path) -> None:
    with pytest.raises(ArtworkError, match="does not exist"):
        load_artwork(tmp_path / "none.png")
    (tmp_path / "text.png").write_text("not an image")
    with pytest.raises(ArtworkError, match="is not a readable image"):
        load_artwork(tmp_path / "text.png", fit=True)
    assert problem(b"not an image").startswith("is not a readable image")  # type: ignore[union-attr]


def test_generated_cover_is_valid_and_stable() -> None:
    first, second = generated_cover("Example News & <Friends>"), generated_cover("Example News & <Friends>")
    assert first.data == second.data != generated_cover("Other show").data
    image = opened(first.data)
    assert (image.format, image.size, image.mode) == ("PNG", (1400, 1400), "RGB")
    assert len(image.getcolors(1_000_000) or []) > 2  # the title is drawn, not just a plain fill


@pytest.mark.parametrize("image", ["../outside.png", "{root}/outside.png", "art/../../outside.png"])
def test_front_matter_image_must_stay_in_the_article_folder(tmp_path: Path, image: str) -> None:
    save(tmp_path / "outside.png", (1400, 1400), "PNG")
    (tmp_path / "site" / "art").mkdir(parents=True)
    path = tmp_path / "site" / "story.md"
    path.write_text(f"---\ntitle: T\nimage: {image.format(root=tmp_path)}\n---\nBody text.\n")
    with pytest.raises(ArtworkError, match=r"The image .*outside\.png named in .*story\.md is outside the article's folder; put the image beside the article\."):
        episode_artwork(load_article(path))


def test_front_matter_image_in_a_subfolder_is_used(tmp_path: Path) -> None:
    (tmp_path / "art").mkdir()
    image = save(tmp_path / "art" / "cover.png", (1400, 1400), "PNG")
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: T\nimage: art/cover.png\n---\nBody text.\n")
    artwork = episode_artwork(load_article(path))
    assert artwork is not None and artwork.data == image.read_bytes()
