"""Pure-pip installation: no system eSpeak NG library and no ffmpeg, only PyPI packages.

The system library is hidden in a private mount namespace and ffmpeg is left off
PATH; the build then uses espeakng-loader's library (and lameenc, as always).
The results are read back with ffprobe and ffmpeg from the real PATH.
"""

import os
import sys

import pytest

from conftest import SHORT_ARTICLE, check_episode_audio, ffprobe, needs_namespace, run_hidden, system_espeak_files

NO_FFMPEG = os.path.dirname(sys.executable)


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
    cues = check_episode_audio(mp3, mp3.with_suffix(".vtt"))
    assert cues[-1].text == "Officials said the repairs cost less than planned."
