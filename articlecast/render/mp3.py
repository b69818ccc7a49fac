"""Encode a timeline to MP3 with ffmpeg (LAME), streaming the PCM through a pipe."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..config import AudioSettings
from ..engines.base import AudioFormat
from ..errors import RenderError

FFMPEG_MISSING = "ffmpeg is not installed; install it with 'sudo apt-get install ffmpeg' (Debian/Ubuntu)."


def find_ffmpeg() -> str:
    """The ffmpeg executable on PATH; :class:`RenderError` when there is none."""
    path = shutil.which("ffmpeg")
    if not path:
        raise RenderError(FFMPEG_MISSING)
    return path


def encode_mp3(parts: Iterable[bytes], fmt: AudioFormat, target: Path, settings: AudioSettings = AudioSettings()) -> None:
    """Write ``parts`` (raw PCM in ``fmt``) to ``target`` as a constant-bit-rate MP3 without tags.

    The command is an argument list (no shell), and ``-bitexact`` keeps the bytes
    identical for identical input.
    """
    command = [
        find_ffmpeg(),
        "-hide_banner", "-loglevel", "error", "-y",
        "-f", f"s{8 * fmt.sample_width}le", "-ar", str(fmt.sample_rate), "-ac", str(fmt.channels), "-i", "pipe:0",
        "-ar", str(settings.sample_rate), "-ac", str(settings.channels),
        "-c:a", "libmp3lame", "-b:a", f"{settings.bitrate_kbps}k",
        "-id3v2_version", "0", "-write_xing", "1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
        "-f", "mp3", str(target),
    ]  # fmt: skip
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
        assert process.stdin is not None
        try:
            for part in parts:
                process.stdin.write(part)
            process.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            code = process.wait()
        if code != 0:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise RenderError(f"ffmpeg could not encode the MP3 ({detail[-1] if detail else f'exit code {code}'}).")
