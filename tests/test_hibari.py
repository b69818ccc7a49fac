"""The natural default voice, hibari: its settings, repeatable output, lexicon phonemes, the default
engine per language, and a whole article built with it, read back with ffmpeg and ffprobe.

The rest of the suite voices with eSpeak NG (conftest sets ARTICLECAST_ENGINE); these tests clear it
where they test the default."""

import json
import os
import subprocess
import sys
from importlib.util import find_spec

import numpy as np
import pytest
import webvtt

from articlecast.config import LanguageVoice, VoiceProfile, default_engine
from articlecast.engines import hibari_engine
from articlecast.engines.hibari_engine import HibariEngine, pitch_factor, speed_for, text_seed
from articlecast.engines.runner import trim_silence
from articlecast.errors import EngineError
from articlecast.speech.clean import speakable
from articlecast.speech.lexicon import Lexicon
from articlecast.speech.normalize import normalize
from conftest import ROOT, SHORT_ARTICLE, assert_identical_from_scratch, check_episode_audio, ebur128, ffprobe, run_cli

pytestmark = pytest.mark.skipif(find_spec("hibari") is None, reason="hibari-tts is not installed (pip install articlecast installs it)")

SENTENCE = "The harbour bridge reopened on Monday after two years of repairs, officials said."
NATURAL = {"ARTICLECAST_ENGINE": ""}
"""The environment of a user who sets no engine."""


@pytest.fixture(scope="module")
def hibari():
    return HibariEngine()


def profile(**settings) -> VoiceProfile:
    return VoiceProfile(engine="hibari", **settings)


def test_version_names_everything_that_changes_the_samples(hibari):
    import hibari as package
    from hibari import dsp

    version = hibari.version()
    for part in ("hibari-tts-0.2.", "+onnxruntime-", "+numpy-", f"+fft-{dsp.FFT_BACKEND}", "+threads-1"):
        assert part in version
    assert hibari_engine.SAMPLE_RATE == package.SAMPLE_RATE


def test_the_build_process_lists_and_versions_hibari_without_importing_it():
    """Listing voices and the engine version (which every rebuild needs) must not cost hibari's imports (scipy.fft)."""
    code = (
        "import sys\n"
        "from articlecast.engines.hibari_engine import HibariEngine\n"
        "engine = HibariEngine(); engine.check(); engine.version(); engine.voices()\n"
        "print(sorted(name for name in ('hibari', 'onnxruntime', 'scipy.fft') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_only_the_voice_inside_the_package_is_offered(hibari):
    assert [(voice.id, voice.languages, voice.sample_rate) for voice in hibari.voices()] == [("heart", ("en-us", "en"), 24000)]
    with pytest.raises(EngineError, match="'emma' is not inside its package .* use the voice 'heart'"):
        hibari.synthesize(SENTENCE, profile(voice="emma"))


def test_the_clip_is_hibaris_own_synthesis_seeded_from_the_text(hibari):
    """At speed 1 and pitch 50, the samples are exactly what hibari's own API gives with the text's seed."""
    from hibari import Hibari

    own = Hibari(threads=1)(SENTENCE, speed=1.0, seed=text_seed(SENTENCE))
    clip = hibari.synthesize(SENTENCE, profile(rate=157))
    expected = np.rint(np.clip(own, -1, 1) * np.float32(32767)).astype("<i2")
    assert clip.pcm == expected.tobytes() and clip.format.sample_rate == 24000


def test_rate_maps_words_per_minute_and_refuses_speeds_hibari_cannot(hibari):
    assert speed_for(157) == 1.0 and speed_for(314) == 2.0
    with pytest.raises(EngineError, match="hibari speaks between 78 and 314 words per minute, not 450"):
        hibari.synthesize(SENTENCE, profile(rate=450))


def median_f0(samples: np.ndarray, rate: int = 24000) -> float:
    """The median pitch of the voiced 40 ms frames, by autocorrelation."""
    size, found = rate // 25, []
    for start in range(0, len(samples) - size, size):
        frame = samples[start : start + size].astype(np.float64)
        if np.sqrt(np.mean(frame**2)) < 1000:
            continue
        correlation = np.correlate(frame, frame, "full")[size - 1 :]
        low, high = rate // 400, rate // 70
        found.append(rate / (low + int(np.argmax(correlation[low:high]))))
    return float(np.median(found))


def test_pitch_moves_the_voice_and_keeps_its_length(hibari):
    low = hibari.synthesize(SENTENCE, profile(pitch=20))
    high = hibari.synthesize(SENTENCE, profile(pitch=80))
    ratio = median_f0(np.frombuffer(high.pcm, "<i2")) / median_f0(np.frombuffer(low.pcm, "<i2"))
    assert pitch_factor(80) / pitch_factor(20) == pytest.approx(2**0.5)
    assert 1.25 < ratio < 1.6
    assert low.duration == high.duration


def test_lexicon_phonemes_reach_hibari_as_misaki_phonemes_and_articles_cannot_inject_them(hibari):
    lexicon = Lexicon.from_mapping({"Kyiv": {"phonemes": "kˈiv"}}, phonemes=hibari.phonemes)
    assert hibari.phonemes == "misaki"
    spoken = normalize("They met in Kyiv today.", "en", lexicon)
    assert spoken == "They met in [x](/kˈiv/) today."
    said = hibari.synthesize(spoken, profile())
    respelled = hibari.synthesize("They met in Keev today.", profile())
    assert abs(said.duration - respelled.duration) < 0.2
    from hibari import Hibari

    assert Hibari(threads=1).phonemize(spoken) == ["ðˌA mˈɛt ɪn kˈiv tədˈA."]
    assert "](" not in speakable("Read [this](/ɡˈɑɹbɪʤ/) now.")
    with pytest.raises(EngineError, match="have characters hibari does not know"):
        hibari.synthesize("Say [x](/k@S/) now.", profile())


def test_clips_start_and_end_at_zero_so_joins_do_not_click(hibari):
    for text in (SENTENCE, "Is it safe?", "Shh, stop."):
        clip = trim_silence(hibari.synthesize(text, profile()))
        samples = np.frombuffer(clip.pcm, "<i2").astype(int)
        assert samples[0] == 0 and samples[-1] == 0
        # The 5 ms fades grow from zero: no step bigger than the speech's own.
        assert np.abs(np.diff(samples[:120])).max() <= np.abs(np.diff(samples)).max()


def test_english_defaults_to_hibari_other_languages_to_espeak(monkeypatch, tmp_path):
    monkeypatch.delenv("ARTICLECAST_ENGINE")
    assert default_engine("en") == default_engine("en-GB") == "hibari"
    assert default_engine("uk") == default_engine("ru") == "espeak"
    assert VoiceProfile().engine == "hibari"
    assert VoiceProfile().for_language("uk").engine == "espeak"
    assert VoiceProfile().for_language("en-gb").engine == "hibari"
    assert VoiceProfile(languages={"uk": LanguageVoice(rate=160)}).for_language("uk").engine == "espeak"
    assert VoiceProfile(engine="espeak").for_language("en").engine == "espeak"
    assert VoiceProfile(engine="piper").for_language("uk").engine == "piper"
    (tmp_path / "uk.toml").write_text('language = "uk"\n')
    assert VoiceProfile.load(tmp_path / "uk.toml").engine == "espeak"
    assert VoiceProfile.load(ROOT / "voices" / "fast.toml").engine == "espeak"
    assert VoiceProfile.load(ROOT / "voices" / "default.toml").engine == "hibari"
    monkeypatch.setenv("ARTICLECAST_ENGINE", "espeak")
    assert VoiceProfile().engine == VoiceProfile.load(ROOT / "voices" / "default.toml").engine == "espeak"


def test_without_hibari_the_default_is_espeak_with_a_one_line_note():
    hide = (
        "import sys\n"
        "sys.modules['hibari'] = None  # as if not installed: imports and find_spec fail\n"
        "import logging\n"
        "logging.basicConfig(format='%(message)s')  # a program that shows warnings\n"
        "from articlecast.config import VoiceProfile\n"
        "print(VoiceProfile().engine, VoiceProfile().engine)\n"
    )
    result = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, env={**os.environ, **NATURAL})
    assert result.stdout.split() == ["espeak", "espeak"]
    assert result.stderr.count("\n") == 1 and "the natural voice 'hibari' cannot load (hibari is not installed)" in result.stderr


def test_build_uses_hibari_by_default_and_engine_overrides(tmp_path, article):
    source = article(SHORT_ARTICLE, "bridge.md")
    for folder, options in (("natural", ()), ("named", ("--engine", "hibari")), ("fast", ("--engine", "espeak"))):
        result = run_cli("build", str(source), "-o", str(tmp_path / folder), "-q", *options, cwd=tmp_path, env=NATURAL)
        assert result.returncode == 0, result.stderr
    mp3 = {folder: (tmp_path / folder / "bridge.mp3").read_bytes() for folder in ("natural", "named", "fast")}
    assert mp3["natural"] == mp3["named"] != mp3["fast"]
    bad = run_cli("build", str(source), "-o", str(tmp_path / "bad"), "--engine", "nosuch", "-q", cwd=tmp_path)
    assert bad.returncode == 3 and bad.stderr.startswith("Error: There is no engine 'nosuch'")


def test_cold_builds_are_byte_identical(tmp_path, article):
    assert_identical_from_scratch(tmp_path, article(SHORT_ARTICLE, "bridge.md"), "--engine", "hibari")


def decoded(path) -> np.ndarray:
    result = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"], capture_output=True, check=True)
    return np.frombuffer(result.stdout, "<i2").astype(np.float64)


def test_a_long_article_end_to_end(tmp_path):
    """A whole sample article with headings: levelled like every episode, resampled to 44.1 kHz,
    speech exactly where the transcript says, silent pauses of the profile's length between."""
    source = ROOT / "samples" / "millbrook-river-cleanup.md"
    result = run_cli("build", str(source), "-o", str(tmp_path), "-q", "--engine", "hibari", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    mp3 = tmp_path / "millbrook-river-cleanup.mp3"
    stream = ffprobe(mp3)["streams"][0]
    assert (stream["codec_name"], stream["sample_rate"], stream["channels"]) == ("mp3", "44100", 1)
    loudness, peak = ebur128(mp3)
    assert -17.0 <= loudness <= -15.0 and peak <= -1.0, (loudness, peak)
    cues = check_episode_audio(mp3, mp3.with_suffix(".vtt"))
    assert len(cues) > 20 and cues[-1].end_time.in_milliseconds() > 120_000
    samples, window = decoded(mp3), 441  # 10 ms
    level = np.sqrt(np.convolve(samples**2, np.ones(window) / window, "same"))
    for before, cue in zip(cues, cues[1:]):
        gap = (cue.start_time.in_milliseconds() - before.end_time.in_milliseconds()) / 1000
        assert gap >= 0.35 - 0.001
        start = round((before.end_time.in_milliseconds() / 1000 + 0.03) * 44100)
        end = round((cue.start_time.in_milliseconds() / 1000 - 0.03) * 44100)
        assert level[start:end].max() < 40, f"sound in the pause before {cue.text!r}"  # below -58 dBFS
        spoken = level[round(cue.start_time.in_milliseconds() * 44.1) : round(cue.end_time.in_milliseconds() * 44.1)]
        assert spoken.max() > 1000, f"no speech in the cue {cue.text!r}"
    chapters = ffprobe(mp3)["chapters"]
    starts = {cue.text: cue.start_time.in_milliseconds() for cue in cues}
    assert [chapter["start"] for chapter in chapters[1:]] == [starts[chapter["tags"]["title"]] for chapter in chapters[1:]]
    transcript = json.loads(mp3.with_suffix(".json").read_text())["segments"]
    assert [segment["body"] for segment in transcript] == [cue.text for cue in webvtt.read(str(mp3.with_suffix(".vtt")))]
