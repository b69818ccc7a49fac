"""Choose the MP3 encoder: ffmpeg when it is installed, else LAME through the lameenc package."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from ..config import AudioSettings
from ..engines.base import AudioFormat
from ..errors import RenderError
from . import lameenc_encoder, mp3

Encoder = Callable[[Iterable[bytes], AudioFormat, Path, AudioSettings], None]
NO_ENCODER = (
    "ffmpeg is not installed; install it with 'sudo apt-get install ffmpeg' (Debian/Ubuntu), "
    "or without system packages: pip install 'articlecast[standalone]'."
)


def select_encoder() -> Encoder:
    """``encode_mp3`` of :mod:`.mp3` (ffmpeg) when ffmpeg is on PATH, else of :mod:`.lameenc_encoder`."""
    if shutil.which("ffmpeg"):
        return mp3.encode_mp3
    if lameenc_encoder.is_available():
        return lameenc_encoder.encode_mp3
    raise RenderError(NO_ENCODER)
