"""The loudness meter and leveler, checked against pyloudnorm and plain numpy (the MP3 itself is checked
with ffmpeg's ebur128 filter in test_publish.py)."""

from __future__ import annotations

import math
import tracemalloc
from collections.abc import Iterator

import numpy as np
import pyloudnorm
import pytest
import scipy.signal

from articlecast.config import AudioSettings, VoiceProfile
from articlecast.audio import AudioFormat, Clip
from articlecast.engines.pyttsx3_engine import Pyttsx3Engine
from articlecast.engines.runner import trim_silence
from articlecast.render import loudness
from articlecast.audio.metering import LoudnessMeter, clip_energies, integrated_from_energies, measure
from articlecast.audio.pcm import pcm_to_float
from articlecast.render.loudness import ATTACK_DB_PER_MS, Leveler, plan_leveler, true_peak_dbtp

RATE = 22050
MONO = AudioFormat(RATE)


def voice_like(seconds: float, seed: int, level: float = 0.3) -> np.ndarray:
    """A peaky, speech-like signal: a 120 Hz pulse train through two resonances, in syllable bursts."""
    rng = np.random.default_rng(seed)
    frames = int(seconds * RATE)
    pulses = np.zeros(frames)
    pulses[:: RATE // 120] = 1.0
    b1, a1 = scipy.signal.iirpeak(500, 8, fs=RATE)
    b2, a2 = scipy.signal.iirpeak(1500, 8, fs=RATE)
    voiced = scipy.signal.lfilter(b2, a2, scipy.signal.lfilter(b1, a1, pulses)) + 0.02 * rng.standard_normal(frames)
    envelope = (np.sin(np.linspace(0, seconds * 4 * np.pi, frames)) > -0.2).astype(float)
    signal = voiced * scipy.signal.savgol_filter(envelope, 441, 2)
    return level * signal / np.abs(signal).max()


def clip_of(samples: np.ndarray, fmt: AudioFormat = MONO) -> Clip:
    pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype("<i2").tobytes()
    return Clip(pcm, fmt)


def test_meter_matches_pyloudnorm_when_fed_in_pieces() -> None:
    samples = voice_like(6.0, seed=1)
    clip = clip_of(samples)
    expected = pyloudnorm.Meter(RATE, filter_class="DeMan").integrated_loudness(pcm_to_float(clip)[:, 0])
    meter = LoudnessMeter(MONO)
    data = pcm_to_float(clip)
    for start, end in [(0, 1), (1, 5000), (5000, 5001), (5001, 70000), (70000, len(data))]:
        meter.add(data[start:end])
    assert meter.integrated() == pytest.approx(expected, abs=0.01)
    assert -40 < expected < -10


def test_meter_matches_pyloudnorm_for_stereo() -> None:
    left, right = voice_like(4.0, seed=2), voice_like(4.0, seed=3, level=0.1)
    stereo = np.column_stack([left, right])
    clip = clip_of(stereo.reshape(-1), AudioFormat(RATE, channels=2))
    expected = pyloudnorm.Meter(RATE, filter_class="DeMan").integrated_loudness(pcm_to_float(clip))
    assert measure([clip]) == pytest.approx(expected, abs=0.01)


def test_silence_and_nothing_measure_minus_infinity() -> None:
    assert measure([Clip(bytes(RATE * 4), MONO)]) == -math.inf
    assert measure([]) == -math.inf


def test_leveler_reaches_target_and_keeps_true_peak_under_the_ceiling() -> None:
    clips = [clip_of(voice_like(3.0, seed=seed, level=0.9 if seed == 0 else 0.25)) for seed in range(4)]
    before = measure(clips)
    leveler = plan_leveler(clips, -16.0, -1.0)
    out = [leveler.apply_clip(clip) for clip in clips]
    joined = np.concatenate([pcm_to_float(clip)[:, 0] for clip in out])
    # Judged with pyloudnorm's own meter and scipy's resampler, not with the code under test.
    assert pyloudnorm.Meter(RATE, filter_class="DeMan").integrated_loudness(joined) == pytest.approx(-16.0, abs=0.15)
    true_peak = 20 * np.log10(np.abs(scipy.signal.resample_poly(joined, 4, 1)).max())
    assert true_peak <= leveler.ceiling_dbtp + 0.1
    assert before < -18 and leveler.gain_db > 3


def test_limiter_gain_moves_smoothly() -> None:
    """A sine that jumps 12 dB: the gain ramps down before the jump and back up after, never in a step."""
    t = np.arange(int(1.5 * RATE)) / RATE
    amplitude = np.where((t > 0.5) & (t < 1.0), 0.8, 0.2)
    sine = amplitude * np.sin(2 * np.pi * 220 * t)
    clip = clip_of(sine)
    out = pcm_to_float(Leveler(0.0, -6.0).apply_clip(clip))[:, 0]
    inp = pcm_to_float(clip)[:, 0]
    loud = np.abs(inp) > 0.1
    gain_db = 20 * np.log10(out[loud] / inp[loud])
    positions = np.flatnonzero(loud)
    # Per sample, the gain changes no faster than the attack allows (plus 16-bit rounding).
    steps = np.abs(np.diff(gain_db)) / np.maximum(np.diff(positions), 1)
    assert steps.max() <= ATTACK_DB_PER_MS * 1000 / RATE + 0.01
    assert gain_db.min() < -3.5  # it did limit: 0.8 is -1.9 dBFS, the ceiling -6 dBTP
    assert np.abs(out).max() <= 10 ** (-6 / 20) * 1.01
    # Before the jump (well ahead of the attack) the quiet part passes untouched.
    assert np.allclose(out[: int(0.4 * RATE)], inp[: int(0.4 * RATE)], atol=2 / 32768)


def test_each_part_is_levelled_on_its_own(tmp_path) -> None:
    """The build's path: cached clips, one leveler per part (the disclosure, the article)."""
    from articlecast.cache import Cache
    from articlecast.render.audio import plan_part_levelers

    cache = Cache(tmp_path)
    sounds = [clip_of(voice_like(3.0, seed=5, level=0.05))] + [clip_of(voice_like(6.0, seed=6, level=0.5))] * 2
    clips = cached_clips(cache, sounds, [f"{n:064x}" for n in range(3)])
    levelers = plan_part_levelers(clips, [True, False, False], AudioSettings(loudness=-18.0), cache)
    out = [leveler.apply_clip(clip.load()) for leveler, clip in zip(levelers, clips)]
    assert levelers[1] == levelers[2] != levelers[0]
    assert abs(measure(out[:1]) - measure(out[1:])) < 0.3
    assert true_peak_dbtp(out[0]) <= -1.0


def cached_clips(cache, clips, keys):
    """``clips`` stored in ``cache`` under ``keys``, as the build sees them."""
    from articlecast.engines.runner import CachedClip
    from articlecast.audio.wav import wav_bytes

    return [CachedClip(key, cache.put("clips", key, ".wav", wav_bytes(clip)), clip.format, len(clip.pcm) // 2)
            for key, clip in zip(keys, clips)]  # fmt: skip


def test_a_part_plan_is_found_after_an_edit_outside_its_probe(tmp_path) -> None:
    from articlecast.cache import Cache
    from articlecast.render.audio import plan_part_levelers

    settings = AudioSettings()
    cache = Cache(tmp_path / "cache")
    clips = [clip_of(voice_like(5.0, seed=n, level=0.2)) for n in range(30)]  # 150 s: every 2nd clip (by key) is probed
    keys = [f"{n:08x}" + "0" * 56 for n in range(30)]
    parts = [False] * 30
    first = plan_part_levelers(cached_clips(cache, clips, keys), parts, settings, cache)
    # Clip 3 (an odd key: not probed) is edited: other words, as loud.
    clips[3], keys[3] = clip_of(voice_like(5.0, seed=99, level=0.2)), f"{99:08x}" + "0" * 56
    edited = cached_clips(cache, clips, keys)
    assert plan_part_levelers(edited, parts, settings, cache) == first
    assert len(list((tmp_path / "cache" / "levelers").rglob("*.json"))) == 1
    # A damaged plan is made again.
    (plan,) = (tmp_path / "cache" / "levelers").rglob("*.json")
    for damage in ('{"gain_db": null, "ceiling_dbtp": -2.0}', '{"gain_db": 1.0}', "[]", "{"):
        plan.write_text(damage)
        assert plan_part_levelers(edited, parts, settings, cache) == first
    # The plan found is the plan made from scratch, so builds stay the same whatever the cache holds.
    fresh = Cache(tmp_path / "fresh")
    assert plan_part_levelers(cached_clips(fresh, clips, keys), parts, settings, fresh) == first


def test_plan_leveler_refuses_a_one_shot_iterator() -> None:
    with pytest.raises(TypeError, match="re-iterable"):
        plan_leveler(iter([clip_of(voice_like(1.0, seed=7))]), -16.0, -1.0)


class LazyClips:
    """3-second clips, made on each iteration: nothing holds the whole episode."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __iter__(self) -> Iterator[Clip]:
        base = voice_like(3.0, seed=8)
        for number in range(self.count):
            yield clip_of(base * (0.5 + 0.5 * (number % 3) / 2))


def test_memory_stays_bounded_by_one_clip() -> None:
    clips = LazyClips(100)  # 5 minutes: 13 MB as 16-bit PCM, 53 MB as float64
    tracemalloc.start()
    try:
        leveler = plan_leveler(clips, -16.0, -1.0)
        for clip in clips:
            leveler.apply(clip)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024  # a 3 s clip and its 4x oversampled copy, never the episode
    assert measure(leveler.apply_clip(clip) for clip in clips) == pytest.approx(-16.0, abs=0.15)


def brute_force_true_peaks(samples: np.ndarray) -> np.ndarray:
    """Per frame, the largest |value| over channels of the whole signal oversampled 4x by scipy (the reference)."""
    return np.abs(scipy.signal.resample_poly(samples, 4, 1, axis=0)).reshape(len(samples), -1).max(axis=1)


def tp_db(clip: Clip) -> float:
    return 20 * math.log10(brute_force_true_peaks(pcm_to_float(clip)).max())


@pytest.fixture(scope="module")
def speech() -> list[Clip]:
    """Real eSpeak NG clips, trimmed as the voicing step stores them (about 12 s in all)."""
    engine = Pyttsx3Engine()
    texts = [
        "The council approved the budget after a long debate about schools, roads and parks.",
        "Prices rose 3.5% in 2024, while the minister said repairs would cost $2.5 million.",
        "Sssh! Zig-zagging past the church, she shouted: what, now?",
    ]
    return [trim_silence(engine.synthesize(text, VoiceProfile())) for text in texts]


def worst_sign_pattern() -> np.ndarray:
    """Samples of 0.44 signed like the taps of the interpolator's half-sample phase, and negated: at
    every other half-sample point the interpolated value reaches the bound the peak finder relies on."""
    phases, _ = loudness._interpolator()
    signs = np.where(phases[:, 2] < 0, -1.0, 1.0)
    return np.tile(np.concatenate([signs, -signs]), 200) * 0.44


def synthetic_worst_cases() -> dict[str, np.ndarray]:
    """Signals whose true peak lies far above their sample peak (shape: frames, channels)."""
    t = np.arange(RATE // 2) / RATE
    alternating = np.resize([1.0, -1.0], len(t))
    quarter_rate = np.sin(2 * np.pi * RATE / 4 * t + np.pi / 4)  # samples at ±0.707 of the peak
    cases = {
        "full-scale alternating": alternating,
        "near-Nyquist tone": np.sin(2 * np.pi * 10900 * t + 0.3),
        "quarter-rate tone at 45 degrees": quarter_rate,
        "clipped square": np.clip(3 * np.sign(np.sin(2 * np.pi * 110 * t)), -1, 1),
        "clipped sine": np.clip(4 * np.sin(2 * np.pi * 440 * t), -1, 1),
        "worst sign pattern": worst_sign_pattern(),
    }
    stereo = np.column_stack([0.3 * alternating, quarter_rate])
    return {name: signal[:, None] for name, signal in cases.items()} | {"stereo": stereo}


def clip_from(samples: np.ndarray) -> Clip:
    return clip_of(samples.reshape(-1), AudioFormat(RATE, channels=samples.shape[1]))


def test_true_peak_finder_agrees_with_brute_force_oversampling(speech: list[Clip]) -> None:
    signals = [pcm_to_float(clip) * gain for clip in speech for gain in (1.0, 2.0, 4.0)]
    signals += [pcm_to_float(clip_from(signal)) for signal in synthetic_worst_cases().values()]
    skipped = 0
    for samples in signals:
        reference = brute_force_true_peaks(samples)
        for floor in (0.25, 0.5, 0.8, 1.0, reference.max()):
            frames, peaks = loudness._true_peaks_reaching(samples.astype(np.float32), floor)
            # Every frame that reaches the floor is found, and found right (float32 against float64).
            assert set(np.flatnonzero(reference >= floor)) <= set(frames)
            assert np.allclose(peaks, reference[frames], rtol=1e-5, atol=1e-6)
            skipped += len(samples) - len(frames)
    assert skipped > 0  # it does leave frames out


def test_true_peak_finder_looks_as_far_as_the_filter_reads() -> None:
    """Frame 40's true peak reaches the floor although its only loud samples are 9 and 10 frames away;
    the ones nearer are just under floor / overshoot, signed like the half-sample phase's taps."""
    phases, overshoot = loudness._interpolator()
    floor, offsets = 0.5, np.arange(-10, 11)
    samples = np.zeros((81, 1))
    samples[30:51, 0] = np.sign(phases[:, 2]) * np.where(np.abs(offsets) >= 9, 1.0, 0.999 * floor / overshoot)
    assert brute_force_true_peaks(samples)[40] >= floor
    frames, _ = loudness._true_peaks_reaching(samples.astype(np.float32), floor)
    assert 40 in frames


def test_true_peak_dbtp_agrees_with_brute_force_oversampling(speech: list[Clip]) -> None:
    clips = speech + [clip_from(signal) for signal in synthetic_worst_cases().values()]
    for clip in clips:
        assert true_peak_dbtp(clip) == pytest.approx(tp_db(clip), abs=1e-4)
    # The worst sign pattern overshoots its samples by the whole bound (7 dB): the margin is needed.
    pattern = clip_of(worst_sign_pattern())
    overshoot = 10 ** ((true_peak_dbtp(pattern) - 20 * np.log10(np.abs(pcm_to_float(pattern)).max())) / 20)
    assert overshoot == pytest.approx(loudness._interpolator()[1], rel=0.01)
    assert true_peak_dbtp(Clip(bytes(400), MONO)) == true_peak_dbtp(Clip(b"", MONO)) == -math.inf


@pytest.mark.parametrize(("gain_db", "ceiling_dbtp"), [(0.0, -1.0), (6.0, -2.0), (12.0, -10.0)])
def test_limiter_keeps_true_peak_under_the_ceiling(speech: list[Clip], gain_db: float, ceiling_dbtp: float) -> None:
    clips = speech + [clip_from(signal) for signal in synthetic_worst_cases().values()]
    for clip in clips:
        out = Leveler(gain_db, ceiling_dbtp).apply_clip(clip)
        # Rounding to 16 bits may add a few thousandths of a dB, as it always did.
        assert tp_db(out) <= ceiling_dbtp + 0.01
        if tp_db(clip) + gain_db > ceiling_dbtp + 1:
            assert tp_db(out) > ceiling_dbtp - 1  # limited, not just turned down


def test_limiter_gives_what_brute_force_true_peaks_give(speech: list[Clip], monkeypatch: pytest.MonkeyPatch) -> None:
    """Interpolating only where an over is possible changes nothing but float32 rounding."""
    clips = speech + [clip_from(signal) for signal in synthetic_worst_cases().values()]
    leveler = Leveler(6.0, -2.0)
    fast = [np.frombuffer(leveler.apply(clip), "<i2") for clip in clips]
    monkeypatch.setattr(loudness, "_true_peaks_reaching", lambda samples, floor: (np.arange(len(samples)), brute_force_true_peaks(samples)))
    for clip, fast_pcm in zip(clips, fast):
        reference = np.frombuffer(leveler.apply(clip), "<i2")
        assert np.abs(fast_pcm.astype(int) - reference).max() <= 1


def dense_limiter_gain(samples: np.ndarray, sample_rate: int, ceiling_dbtp: float) -> np.ndarray | None:
    """The limiter's curve computed over every frame of the clip: the plain form of the sparse one."""
    from scipy.ndimage import uniform_filter1d

    ceiling = 10 ** (ceiling_dbtp / 20)
    frames, peaks = loudness._true_peaks_reaching(samples, ceiling)
    if not (peaks > ceiling).any():
        return None
    over = np.zeros(len(samples))
    over[frames[peaks > ceiling]] = 20 * np.log10(peaks[peaks > ceiling] / ceiling)
    attack = np.arange(len(over)) * (ATTACK_DB_PER_MS * 1000 / sample_rate)
    release = np.arange(len(over)) * (loudness.RELEASE_DB_PER_S / sample_rate)
    before = np.maximum.accumulate((over - attack)[::-1])[::-1] + attack
    after = np.maximum.accumulate(over + release) - release
    width = 2 * round(loudness.SMOOTHING_MS * sample_rate / 2000) + 1
    attenuation = uniform_filter1d(loudness._window_max(np.maximum(before, after).astype(np.float32), width), width)
    return np.exp(attenuation * np.float32(-math.log(10) / 20))


@pytest.mark.parametrize("gain_db", [3.0, 9.0, 20.0])
def test_limiter_curve_on_the_frames_it_reaches_equals_the_curve_over_every_frame(speech: list[Clip], gain_db: float) -> None:
    clips = speech + [clip_from(signal) for signal in synthetic_worst_cases().values()]
    limited = 0
    for clip in clips:
        samples = pcm_to_float(clip).astype(np.float32) * np.float32(10 ** (gain_db / 20))
        sparse = loudness._limiter_gain(samples, RATE, -2.0)
        dense = dense_limiter_gain(samples, RATE, -2.0)
        assert (sparse is None) == (dense is None)
        if sparse is not None:
            limited += 1
            np.testing.assert_allclose(sparse, dense, rtol=0, atol=1e-6)
    assert limited >= len(clips) // 2


def test_integrated_from_clip_energies_matches_measuring_clips_back_to_back(speech: list[Clip]) -> None:
    clips = speech + [clip_of(voice_like(2.0, seed=9, level=0.8)), clip_of(voice_like(4.0, seed=10, level=0.1))]
    energies = [clip_energies(clip) for clip in clips]
    assert [len(values) for values in energies] == [math.ceil(clip.duration * 10 - 1e-9) for clip in clips]
    assert integrated_from_energies(energies) == pytest.approx(measure(clips), abs=0.05)
    assert integrated_from_energies(energies[:1]) == pytest.approx(measure(clips[:1]), abs=0.05)
    assert integrated_from_energies([]) == integrated_from_energies([clip_energies(Clip(bytes(RATE * 2), MONO))]) == -math.inf
