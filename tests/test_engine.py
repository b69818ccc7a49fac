"""The pyttsx3 engine and the worker runner, one test per pitfall measured on Linux."""

import dataclasses
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from articlecast.config import VoiceProfile
from articlecast.engines import get_engine
from articlecast.audio import AudioFormat, Clip
from articlecast.engines.pyttsx3_engine import Pyttsx3Engine, pick_voice
from articlecast.cache import Cache
from articlecast.engines.runner import Voicer, check_clip, clip_key
from articlecast.workers import Workers
from articlecast.errors import EngineError
from conftest import script_of
from articlecast.article import Article, Block

SHORT = "The bridge reopened on Monday."
LONG = (
    "Lukashenko will meet with Putin on July 23 to discuss security issues, the international agenda, "
    "the implementation of alliance programs, and joint resistance to sanctions pressure, his press service said."
)
PROFILE = VoiceProfile(engine="pyttsx3").voice_for("en")
FALLBACK_RATE = 200  # pyttsx3's eSpeak driver now and then voices at its own default rate (README)


def same_length(a: float, b: float) -> bool:
    """Whether two clips of one text are equally long, allowing pyttsx3's fall back to its default rate."""
    short, long = sorted([a, b])
    return long - short < 0.05 or abs(short - long * PROFILE.rate / FALLBACK_RATE) < 0.03 * long


def test_each_call_gets_its_own_complete_audio():
    """runAndWait() returns before the WAV is written: calls must not get each other's audio."""
    engine = Pyttsx3Engine()
    durations = {SHORT: [], LONG: []}
    for text in [SHORT, LONG] * 4:
        clip = engine.synthesize(text, PROFILE)
        assert check_clip(clip, text, PROFILE) is None
        durations[text].append(clip.duration)
    assert max(durations[SHORT]) < min(durations[LONG]) / 3
    for values in durations.values():
        assert all(same_length(value, max(values)) for value in values), values


def test_two_engine_objects_share_the_process_engine():
    """pyttsx3.init() is a per-process singleton: a second wrapper must not break the first."""
    first, second = Pyttsx3Engine(), Pyttsx3Engine()
    a = first.synthesize(SHORT, PROFILE)
    b = second.synthesize(LONG, PROFILE)
    c = first.synthesize(SHORT, PROFILE)
    assert same_length(a.duration, c.duration) and b.duration > 3 * a.duration


def test_requested_rate_is_applied_in_every_worker(tmp_path):
    """The rate was sometimes ignored: interleaved rates in two shared workers must each take effect."""
    rates = [100, 350] * 4
    durations = {100: [], 350: []}
    with Workers(2) as workers:
        for n, rate in enumerate(rates):
            voicer = Voicer(workers, Cache(tmp_path / str(n)))
            durations[rate].append(voicer.voice([LONG], dataclasses.replace(PROFILE, rate=rate)).clips[0].duration)
    # 3.5 times slower if every clip has its rate; a clip or two at pyttsx3's fallback rate (README) must not fail the test
    assert np.median(durations[100]) > 2 * np.median(durations[350]), durations


def test_two_workers_return_every_clip_checked_and_in_order(voice):
    texts = [f"Sentence number {n} is here." for n in range(1, 25)]
    voicing = voice(texts, VoiceProfile(engine="pyttsx3"), jobs=2)
    assert (voicing.voiced, voicing.cache_hits) == (24, 0)
    clips = [clip.load() for clip in voicing.clips]
    assert all(check_clip(clip, text, PROFILE) is None for clip, text in zip(clips, texts))
    version = Pyttsx3Engine().version()
    voiced_as = dataclasses.replace(PROFILE, voice="gmw/en")  # the key names the voice the language picked
    assert [clip.key for clip in voicing.clips] == [clip_key(text, voiced_as, version) for text in texts]


def test_workers_are_spawned_even_after_the_parent_made_an_engine():
    """Forking after the engine exists hangs; the runner must spawn."""
    script = textwrap.dedent(
        """
        from articlecast.config import VoiceProfile
        from articlecast.engines.pyttsx3_engine import Pyttsx3Engine
        from articlecast.engines.runner import Voicer
        from articlecast.cache import Cache
        from articlecast.workers import Workers
        import sys, tempfile
        Pyttsx3Engine().synthesize("The parent speaks first.", VoiceProfile(engine="pyttsx3"))
        with Workers(2) as workers:
            voicing = Voicer(workers, Cache(tempfile.mkdtemp())).voice(["One.", "Two words.", "Three more."], VoiceProfile(engine="pyttsx3").voice_for("en"))
        print(len(voicing.clips))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "3"


def test_huge_sentence_is_cut_before_voicing(voice):
    """One call with ~15,000 characters crashed eSpeak NG: long sentences are cut at clause boundaries."""
    clause = "the council said it would review the plan again, "
    sentence = "In the end " + clause * 400 + "and then it adjourned."
    article = Article("Title", [Block("paragraph", sentence)])
    profile = VoiceProfile(engine="pyttsx3")
    script = script_of(article, profile)
    pieces = [s for s in script.segments if s.kind == "sentence"]
    assert len(sentence) > 15_000
    assert all(len(s.spoken) <= profile.max_chars for s in pieces)
    assert " ".join(s.shown for s in pieces) == sentence
    assert all(s.shown.endswith((",", ".")) for s in pieces)
    assert len(voice([s.spoken for s in pieces[:6]], PROFILE, jobs=2).clips) == 6


def test_crashing_worker_is_reported_and_others_still_voiced(tmp_path):
    profile = dataclasses.replace(PROFILE, engine="fake_engines:CrashingEngine")
    cache = Cache(tmp_path)
    with Workers(2) as workers, pytest.raises(EngineError, match="CRASH.*crashed"):
        Voicer(workers, cache).voice(["Fine one.", "This will CRASH now.", "Fine two."], profile)
    assert len(list(cache.root.glob("clips/*/*.wav"))) == 2


def test_bad_clip_is_revoiced(tmp_path, monkeypatch, voice):
    monkeypatch.setenv("FLAKY_MARKER", str(tmp_path / "failed-once"))
    profile = dataclasses.replace(PROFILE, engine="fake_engines:FlakyEngine")
    clips = [clip.load() for clip in voice([SHORT, LONG], profile).clips]
    assert (tmp_path / "failed-once").exists()
    assert all(check_clip(c, t, PROFILE) is None for c, t in zip(clips, [SHORT, LONG]))


@pytest.mark.parametrize("engine, reason", [("EmptyEngine", "no audio"), ("TruncatingEngine", "implausible")])
def test_clip_that_stays_bad_fails_clearly(engine, reason, voice):
    profile = dataclasses.replace(PROFILE, engine=f"fake_engines:{engine}")
    with pytest.raises(EngineError, match=reason):
        voice([LONG], profile)


@pytest.mark.parametrize(
    "clip, reason",
    [
        (Clip(b"", AudioFormat(22050)), "no audio"),
        (Clip(bytes(44100), AudioFormat(22050)), "silence"),
        (Clip(b"\x10\x00" * 22050, AudioFormat(22050, 1, 1)), "format"),
        (Clip(b"\x10\x00" * 2205, AudioFormat(22050)), "implausible"),
        (Clip(b"\x10\x00" * 22050 * 120, AudioFormat(22050)), "implausible"),
    ],
)
def test_check_clip_rejects(clip, reason):
    assert reason in check_clip(clip, LONG, PROFILE)


def test_engine_prints_nothing_on_our_stdout():
    """pyttsx3 prints 'Audio saved to ...': stdout must stay clean for JSON output."""
    script = (
        "import tempfile\n"
        "from articlecast.engines.pyttsx3_engine import Pyttsx3Engine\n"
        "from articlecast.config import VoiceProfile\n"
        "from articlecast.engines.runner import Voicer\n"
        "from articlecast.cache import Cache\n"
        "from articlecast.workers import Workers\n"
        "Pyttsx3Engine().synthesize('In the parent.', VoiceProfile(engine='pyttsx3'))\n"
        "with Workers(1) as workers:\n"
        "    Voicer(workers, Cache(tempfile.mkdtemp())).voice(['In a worker.'], VoiceProfile(engine='pyttsx3').voice_for('en'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_voices_are_listed_and_picked_by_language():
    voices = Pyttsx3Engine().voices()
    assert pick_voice(voices, "en").id == "gmw/en"
    assert pick_voice(voices, "en-us").id == "gmw/en-us"
    assert pick_voice(voices, "uk").id == "zle/uk"
    assert pick_voice(voices, "xx") is None


def test_voices_command_json(cli):
    result = cli("voices", "--language", "uk", "--json")
    assert result.exit_code == 0
    assert [(v["engine"], v["id"], v["sample_rate"]) for v in json.loads(result.output)] == [
        ("espeak", "zle/uk", 22050),
        ("pyttsx3", "zle/uk", 22050),
    ]


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(EngineError, match="cannot be loaded"):
        get_engine("nosuch.module:Engine")
    with pytest.raises(EngineError, match="There is no engine 'nope'; installed engines: espeak, hibari, piper, pyttsx3"):
        get_engine("nope")


@pytest.mark.parametrize("codec", ["pcm_s16be", "pcm_s16le"])  # AIFF, and AIFF-C with little-endian ("sowt") samples
def test_aiff_as_macos_writes_it_is_read_like_the_wav(tmp_path, codec):
    """NSSpeechSynthesizer writes AIFF whatever the file is called: ffmpeg makes one from a WAV here."""
    from articlecast.engines.pyttsx3_engine import _try_read
    from articlecast.audio.wav import read_wav, wav_bytes

    tone = (8000 * np.sin(np.arange(22050) * 2 * np.pi * 440 / 22050)).astype("<i2")  # one second of A
    wav = tmp_path / "clip.wav"
    wav.write_bytes(wav_bytes(Clip(tone.tobytes(), AudioFormat(22050))))
    aiff = tmp_path / "clip.aiff"
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(wav), "-c:a", codec, "-f", "aiff", str(aiff)], check=True)
    assert _try_read(aiff) == read_wav(wav) == _try_read(wav)
    truncated = tmp_path / "truncated.aiff"  # still being written
    truncated.write_bytes(aiff.read_bytes()[:-1000])
    assert _try_read(truncated) is None
