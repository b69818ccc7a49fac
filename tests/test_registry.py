"""Engines are found through the ``articlecast.engines`` entry-point group, so a separate package can
add one: tests/data/articlecast-tone-engine, installed by pip into a folder of its own."""

import array
import json
import os
import subprocess

import pytest

from articlecast.engines import engine_names
from conftest import SHORT_ARTICLE, check_episode_audio, run_cli


def with_plugin(path):
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(path), os.environ.get("PYTHONPATH")]))}


def test_built_in_engines_come_from_our_entry_points():
    assert engine_names() == ["espeak", "hibari", "piper", "pyttsx3"]


def test_installed_plugin_engine_is_listed(tone_engine_path):
    result = run_cli("voices", "--engine", "tone", "--json", env=with_plugin(tone_engine_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"engine": "tone", "id": "tone/a4", "name": "A4 beeps", "languages": ["en", "uk", "ru"], "sample_rate": 16000},
        {"engine": "tone", "id": "tone/a5", "name": "A5 beeps", "languages": ["en"], "sample_rate": 16000},
    ]
    listed = run_cli("voices", "--language", "uk", env=with_plugin(tone_engine_path))
    assert [line.split()[:2] for line in listed.stdout.splitlines()] == [["espeak", "zle/uk"], ["pyttsx3", "zle/uk"], ["tone", "tone/a4"]]
    assert "Note: piper" not in listed.stderr


def test_without_the_plugin_package_the_engine_is_unknown():
    result = run_cli("voices", "--engine", "tone")
    assert result.returncode == 3  # an engine missing: the environment
    assert result.stderr.strip() == (
        "Error: There is no engine 'tone'; installed engines: espeak, hibari, piper, pyttsx3 (or give 'package.module:Class')."
    )


def test_plugin_engine_voices_a_whole_build(tone_engine_path, tmp_path):
    """The workers find the plug-in too; the A5 voice beeps at 880 Hz, heard by ffmpeg in the MP3."""
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    (tmp_path / "tone.toml").write_text('engine = "tone"\nvoice = "tone/a5"\n')
    result = run_cli("build", "story.md", "-o", "out", "-q", "--voice", "tone.toml", "--jobs", "2", cwd=tmp_path, env=with_plugin(tone_engine_path))
    assert result.returncode == 0, result.stderr
    mp3 = tmp_path / "out" / "story.mp3"
    cues = check_episode_audio(mp3, mp3.with_suffix(".vtt"))
    assert len(cues) == 5
    assert dominant_frequency(mp3, cues[2].start_time.in_milliseconds() / 1000) == pytest.approx(880, rel=0.02)


def dominant_frequency(mp3, start):
    """Zero crossings per second over 50 ms of the first beep after ``start``, decoded by ffmpeg."""
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"], capture_output=True, check=True
    ).stdout
    first = round((start + 0.03) * 44100)
    samples = array.array("h", pcm)[first : first + 2205]
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / 44100)


@pytest.mark.parametrize(
    "profile, message",
    [
        ('engine = "nope"\n', "There is no engine 'nope'; installed engines: espeak, hibari, piper, pyttsx3"),
        ('engine = "espeak"\nvoice = "gmw/xx"\n', "The engine 'espeak' has no voice 'gmw/xx'; available: gmw/en-029, gmw/en,"),
        ('engine = "tone"\n', "There is no engine 'tone'"),
        ('engine = "espeak"\nlanguage = "en"\n[languages.tlh]\nrate = 200\n', None),
    ],
)
def test_profile_naming_a_missing_engine_or_voice_is_refused(tmp_path, profile, message):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    (tmp_path / "voice.toml").write_text(profile)
    result = run_cli("build", "story.md", "-o", "out", "-q", "--voice", "voice.toml", cwd=tmp_path)
    if message is None:  # a table for a language no article uses is harmless
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 3  # an engine or voice missing: the environment
    assert result.stderr.startswith(f"Error: {message}") and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "story.mp3").exists()
