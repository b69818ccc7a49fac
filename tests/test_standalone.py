"""Pure-pip installation: no system eSpeak NG library and no ffmpeg, only PyPI packages.

The system library is hidden in a private mount namespace and ffmpeg is left off
PATH; the build then uses espeakng-loader's library and lameenc. The results
are read back with ffprobe and ffmpeg from the real PATH.
"""

import array
import math
import os
import sys

import pytest
import webvtt

from articlecast.config import AudioSettings
from articlecast.engines.base import AudioFormat
from articlecast.render import lameenc_encoder
from articlecast.render.encoders import select_encoder
from conftest import SHORT_ARTICLE, decoded_seconds, ffprobe, needs_namespace, run_hidden, system_espeak_files

NO_FFMPEG = os.path.dirname(sys.executable)


def sine(seconds: float, rate: int, channels: int = 1) -> bytes:
    samples = array.array("h", (round(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(round(seconds * rate))))
    if channels == 2:
        samples = array.array("h", (value for sample in samples for value in (sample, sample)))
    return samples.tobytes()


@needs_namespace
def test_hidden_system_library_really_cannot_be_loaded(tmp_path):
    assert system_espeak_files(), "the tests expect a system eSpeak NG library to hide"
    probe = "import ctypes\nctypes.CDLL('libespeak-ng.so.1')\n"
    assert run_hidden(python=["-c", probe], hide=system_espeak_files(), cwd=tmp_path).returncode != 0
    assert run_hidden(python=["-c", probe], hide=[], cwd=tmp_path).returncode == 0
    version = "from articlecast.engines import get_engine\nprint(get_engine('espeak').version())\n"
    result = run_hidden(python=["-c", version], hide=system_espeak_files(), cwd=tmp_path)
    assert result.stdout.strip() == "espeak-ng-1.52.0", result.stderr  # espeakng-loader's library


@needs_namespace
@pytest.mark.parametrize("engine", ["espeak", "pyttsx3"])
def test_build_with_pip_packages_only(tmp_path, engine):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    (tmp_path / "profile.toml").write_text(f'engine = "{engine}"\n')
    result = run_hidden(
        "build", "story.md", "-o", "out", "-q", "--voice", "profile.toml", hide=system_espeak_files(), path=NO_FFMPEG, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout == ""
    mp3 = tmp_path / "out" / "story.mp3"
    stream = ffprobe(mp3)["streams"][0]
    assert (stream["codec_name"], stream["sample_rate"], stream["channels"], stream["bit_rate"]) == ("mp3", "44100", 1, "96000")
    cues = list(webvtt.read(str(tmp_path / "out" / "story.vtt")))
    assert cues[-1].text == "Officials said the repairs cost less than planned."
    assert decoded_seconds(mp3) == pytest.approx(cues[-1].end_time.in_milliseconds() / 1000 + 0.75, abs=0.002)


@pytest.mark.parametrize(
    "fmt, settings",
    [
        (AudioFormat(22050), AudioSettings()),
        (AudioFormat(16000), AudioSettings()),
        (AudioFormat(44100, 2), AudioSettings(64, 48000, 1)),
        (AudioFormat(22050), AudioSettings(128, 32000, 2)),
    ],
    ids=["22k-to-44k", "16k-to-44k", "stereo-to-mono-48k", "mono-to-stereo-32k"],
)
def test_lameenc_mp3_decodes_to_exactly_its_input(tmp_path, fmt, settings):
    """LAME's delay and padding are recorded in an Info frame, so decoders drop them."""
    pcm = sine(2.5, fmt.sample_rate, fmt.channels) + bytes(fmt.frame_size * 77)
    frames = len(pcm) // fmt.frame_size
    path = tmp_path / "x.mp3"
    lameenc_encoder.encode_mp3([pcm[:10_000], pcm[10_000:]], fmt, path, settings)
    info = ffprobe(path)
    stream = info["streams"][0]
    assert (int(stream["sample_rate"]), stream["channels"], int(stream["bit_rate"])) == (
        settings.sample_rate,
        settings.channels,
        1000 * settings.bitrate_kbps,
    )
    assert stream["tags"]["encoder"] == "LAME3.100"  # ffmpeg keeps it only when the Info frame's CRC is right
    decoded = decoded_seconds(path)  # resampled to 44.1 kHz mono by ffmpeg
    assert decoded == pytest.approx(frames / fmt.sample_rate, abs=1 / 22050)
    assert float(info["format"]["duration"]) == pytest.approx(decoded, abs=1152 * 2 / settings.sample_rate)


def test_lameenc_gets_the_pcm_in_chunks():
    """A part larger than a chunk is cut (one huge buffer took 0.8 GiB), frame-aligned, nothing lost."""
    pcm = sine(30, 22050, channels=2)
    chunks = list(lameenc_encoder._chunks([pcm[:1000], pcm[1000:]], AudioFormat(22050, 2), 2))
    assert len(pcm[1000:]) > 2 * lameenc_encoder.CHUNK_BYTES
    assert max(map(len, chunks)) <= lameenc_encoder.CHUNK_BYTES
    assert all(len(chunk) % 4 == 0 for chunk in chunks) and b"".join(chunks) == pcm


def test_encoder_is_ffmpeg_when_on_path_else_lameenc(monkeypatch):
    from articlecast.render import mp3

    assert select_encoder() is mp3.encode_mp3
    monkeypatch.setenv("PATH", NO_FFMPEG)
    assert select_encoder() is lameenc_encoder.encode_mp3
