"""Levelling: bring clips to a loudness target (ITU-R BS.1770-4) under a true-peak ceiling, clip by clip.

Everything here works on one clip at a time, so an episode of any length is measured and
levelled in memory bounded by its longest clip (an hour of speech is ~160 MB as 16-bit PCM
at 22.05 kHz; we never hold it). A :class:`Leveler` applies one gain per episode part and a
look-ahead true-peak limiter, so the encoded MP3 lands at the target (−16 LUFS by default)
with its true peak under the ceiling (−1 dBTP by default).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..audio.metering import measure
from ..audio.pcm import Clip, FloatArray, float_to_pcm, pcm_array, pcm_to_float
from ..config import AudioSettings
OVERSAMPLING = 4
"""True peak per BS.1770-4 Annex 2: the peak of the signal oversampled four times ..."""
INTERPOLATION_REACH = 10
"""... by a filter that reads this many frames on each side of the interpolated point."""
ENCODER_MARGIN_DB = 1.0
"""Headroom left below the true-peak ceiling for the MP3 encoder's own overshoot."""
ATTACK_DB_PER_MS = 1.0
"""The limiter's gain falls at most this fast before a peak (6 dB of reduction starts 6 ms early)."""
RELEASE_DB_PER_S = 200.0
"""... and recovers at most this fast after it (6 dB in 30 ms), smoothly across pitch periods."""
SMOOTHING_MS = 1.0
"""The gain curve is finally rounded over this window, so it has no corners that could click."""
MAX_GAIN_DB = 30.0
"""Never amplify by more than this, whatever the measurement says (near-silent input)."""
CORRECTION_PASSES = 3
"""At most this many times, the gain is corrected for the loudness the limiter takes away ..."""
TOLERANCE_LU = 0.1
"""... until the levelled clips are this close to the target."""
GAIN_STEP_DB = 0.25
"""Gains are rounded to this step: editing a sentence moves the measured loudness by a hair, and
the rounded gain (so every encoded piece that depends on it) then stays as it was."""
ENCODER_LOSS_LU = 0.4
"""Measured: LAME at the bit rates used for speech (64–160 kbps) lowers integrated loudness by
0.4–0.5 LU, at every frequency alike (its quantiser rounds toward zero); at 256 kbps and up by < 0.1."""

@dataclass(frozen=True)
class Leveler:
    """A gain and a true-peak ceiling, applied to clips one at a time."""

    gain_db: float
    """Gain applied before limiting."""
    ceiling_dbtp: float
    """The limiter keeps the true peak (4× oversampled) of every clip at or below this."""

    def apply(self, clip: Clip) -> bytes:
        """The clip's PCM (same format) with the gain and the limiter applied.

        Each clip is limited on its own: clips start and end in the engine's own
        silence, so the limiter never needs to see across a clip boundary.
        """
        # float32 is ample for 16-bit output (its rounding error is a few millionths of a step).
        samples = pcm_array(clip) * np.float32(10 ** (self.gain_db / 20) / 32768)
        gain = _limiter_gain(samples, clip.format.sample_rate, self.ceiling_dbtp) if len(samples) else None
        if gain is not None:
            samples *= gain[:, None]
        return float_to_pcm(samples)

    def apply_clip(self, clip: Clip) -> Clip:
        """:meth:`apply`, wrapped as a clip."""
        return Clip(self.apply(clip), clip.format)


def plan_leveler(
    clips: Iterable[Clip],
    target_lufs: float,
    true_peak_dbtp: float,
    probe: Iterable[Clip] | None = None,
    loudness: float | None = None,
) -> Leveler:
    """The leveler that brings ``clips`` to ``target_lufs`` with true peaks under ``true_peak_dbtp``.

    ``clips`` and ``probe`` must be re-iterable (a list, or an object reading a clip cache
    anew on each ``iter()``). ``clips`` is measured once; then, up to ``CORRECTION_PASSES``
    times, ``probe`` (default: all of ``clips``; a sample of them is much faster, and the
    limiter takes the same share from any stretch of one voice) is levelled and measured,
    to make up the loudness the limiter took away. ``loudness``, when known (e.g. from
    cached :func:`clip_energies`), saves measuring ``clips``.
    """
    if iter(clips) is clips or (probe is not None and iter(probe) is probe):
        raise TypeError("plan_leveler reads the clips more than once; pass a list or another re-iterable")
    loudness = measure(clips) if loudness is None else loudness
    ceiling = true_peak_dbtp - ENCODER_MARGIN_DB
    if math.isinf(loudness):
        return Leveler(0.0, ceiling)
    probe = clips if probe is None else probe
    probed = loudness if probe is clips else measure(probe)
    target_lufs += probed - loudness
    # Loudness as a function of gain is linear without the limiter and flattens with it:
    # find the gain for the target by secant steps, starting from the unlimited line.
    tried = [(0.0, probed)]
    gain = min(target_lufs - probed, MAX_GAIN_DB)
    for _ in range(CORRECTION_PASSES):
        reached = measure(Leveler(gain, ceiling).apply_clip(clip) for clip in probe)
        if abs(target_lufs - reached) < TOLERANCE_LU:
            break
        (previous_gain, previous), slope = tried[-1], 1.0
        if reached != previous and gain != previous_gain:
            slope = min(max((reached - previous) / (gain - previous_gain), 0.05), 1.0)
        tried.append((gain, reached))
        gain = min(gain + (target_lufs - reached) / slope, MAX_GAIN_DB)
    return Leveler(round(gain / GAIN_STEP_DB) * GAIN_STEP_DB, ceiling)


def pcm_target(settings: AudioSettings) -> float:
    """The loudness to give the PCM so that the encoded MP3 measures ``settings.loudness``."""
    return settings.loudness + (ENCODER_LOSS_LU if settings.bitrate_kbps < 256 else 0.0)


def true_peak_dbtp(clip: Clip) -> float:
    """The clip's true peak in dBTP (4× oversampled); -inf for silence."""
    samples = pcm_to_float(clip)
    sample_peak = float(np.abs(samples).max(initial=0.0))
    if sample_peak == 0:
        return -math.inf
    # The frame of the sample peak reads at least that, so the true peak is among the frames that may reach it.
    return 20 * math.log10(float(_true_peaks_reaching(samples, sample_peak)[1].max()))


def _true_peaks_reaching(samples: NDArray[np.floating], floor: float) -> tuple[NDArray[np.intp], NDArray[np.floating]]:
    """The frames whose true peak may reach ``floor``, and their true peaks; every other frame's is below it.

    A frame's true peak is the largest absolute value, over all channels, of the 4× oversampled
    signal at the frame and a quarter, a half and three quarters after it. No interpolated value
    exceeds the filter's overshoot times the largest absolute sample within its reach, so only
    frames with a sample of at least ``floor`` / overshoot within reach are interpolated.
    """
    phases, overshoot = _interpolator()
    span = 2 * INTERPOLATION_REACH + 1
    frames = np.flatnonzero(_window_max((np.abs(samples) >= floor / overshoot).any(axis=1), span))
    padded = np.pad(samples, ((INTERPOLATION_REACH, INTERPOLATION_REACH), (0, 0)))
    # Tap by tap over all the frames at once (shape: phases, frames, channels); a matrix product
    # would hand this to BLAS, which spins up threads for it.
    values = np.zeros((OVERSAMPLING, len(frames), samples.shape[1]), samples.dtype)
    for offset, taps in enumerate(phases.astype(samples.dtype)):
        values += taps[:, None, None] * padded[frames + offset]
    return frames, np.abs(values).max(axis=(0, 2), initial=0.0)


def _window_max(values: NDArray[np.generic], width: int) -> NDArray[np.generic]:
    """The maximum of non-negative ``values`` over a centred window of odd ``width`` (cut short at the
    ends), by doubling: a few whole-array maxima instead of one per window position."""
    result = np.concatenate([np.zeros(width // 2, values.dtype), values])
    covered = 1
    while covered < width:
        step = min(covered, width - covered)
        # result[i] becomes the maximum of the original result[i : i + covered + step].
        np.maximum(result[:-step], result[step:], out=result[:-step])
        covered += step
    return result[: len(values)]


@functools.cache
def _interpolator() -> tuple[FloatArray, float]:
    """The 4× interpolation filter in polyphase form, and the most it can overshoot the samples.

    Column p of the matrix turns the frames j - 10 … j + 10 into the signal at j + p/4:
    exactly what ``scipy.signal.resample_poly(x, 4, 1)`` computes (a Kaiser-windowed sinc,
    β = 5, of 81 taps at the oversampled rate), evaluated only where it is needed. A phase's
    value is at most the sum of its absolute taps times the largest absolute sample it reads;
    the largest such sum (2.24, +7.0 dB, half way between samples) is the overshoot, raised
    by 0.01 dB to cover rounding.
    """
    length = 2 * INTERPOLATION_REACH * OVERSAMPLING + 1
    taps = _kaiser_lowpass(length, 1 / OVERSAMPLING, 5.0) * OVERSAMPLING
    # Output j + p/4 weighs frame j + d by tap (REACH - d) * OVERSAMPLING + p; rows run d = -REACH … REACH.
    phases = np.concatenate([taps, np.zeros(OVERSAMPLING - 1)]).reshape(-1, OVERSAMPLING)[::-1]
    overshoot = float(np.abs(phases).sum(axis=0).max()) * 10 ** (0.01 / 20)
    return np.ascontiguousarray(phases), overshoot


def _kaiser_lowpass(length: int, cutoff: float, beta: float) -> FloatArray:
    """The taps of ``scipy.signal.firwin(length, cutoff, window=("kaiser", beta))``, bit for bit
    (a test checks it), computed the same way without importing scipy's signal module (half a
    second, which a small edit's encoding would wait for): a sinc at ``cutoff`` (a fraction of
    Nyquist), Kaiser-windowed, scaled to unit gain at 0 Hz."""
    from scipy.special import i0

    offsets = np.arange(length) - (length - 1) / 2
    window = i0(beta * np.sqrt(1 - (offsets / offsets[-1]) ** 2)) / i0(beta)
    taps = cutoff * np.sinc(cutoff * offsets) * window
    return taps / np.sum(taps)


def _limiter_gain(samples: NDArray[np.floating], sample_rate: int, ceiling_dbtp: float) -> NDArray[np.float32] | None:
    """A smooth gain per frame that keeps the true peak under the ceiling; None when nothing reaches it.

    The attenuation needed at each frame (in dB) is spread backwards as a linear ramp of
    ``ATTACK_DB_PER_MS`` (the look-ahead: the whole clip is known) and forwards as a ramp
    of ``RELEASE_DB_PER_S``; both are running maxima, so no loop runs per sample. A
    max-then-mean filter of equal odd width rounds the corners and keeps the curve above
    the attenuation needed everywhere.

    The curve is computed only on the frames its ramps and filters can reach (see
    :func:`_reach`), about a tenth of a speech clip, with the same result: elsewhere it is 0 dB.
    """
    from scipy.ndimage import uniform_filter1d

    ceiling = 10 ** (ceiling_dbtp / 20)
    frames, peaks = _true_peaks_reaching(samples, ceiling)
    above = peaks > ceiling
    if not above.any():
        return None
    overs, over_db = frames[above], 20 * np.log10(peaks[above] / ceiling)
    attack_per_frame = ATTACK_DB_PER_MS * 1000 / sample_rate
    release_per_frame = RELEASE_DB_PER_S / sample_rate
    width = 2 * round(SMOOTHING_MS * sample_rate / 2000) + 1
    reach = _reach(len(samples), overs, np.ceil(over_db / attack_per_frame), np.ceil(over_db / release_per_frame), 2 * width)
    over = np.zeros(len(reach))
    over[np.searchsorted(reach, overs)] = over_db
    # Running maxima of lines over the true frame positions: float64, as the lines reach thousands
    # of dB in a long clip. Frames left out have no over, so they change no maximum.
    attack = reach * attack_per_frame
    release = reach * release_per_frame
    before = np.maximum.accumulate((over - attack)[::-1])[::-1] + attack
    after = np.maximum.accumulate(over + release) - release
    # Each stretch of frames ends in at least two filter widths at 0 dB, so the filters see
    # the same values across the gaps as they would across the 0 dB frames left out.
    # The curve itself needs no more than float32 (a millionth of a dB).
    attenuation = uniform_filter1d(_window_max(np.maximum(before, after).astype(np.float32), width), width)
    gain = np.ones(len(samples), np.float32)
    gain[reach] = np.exp(attenuation * np.float32(-math.log(10) / 20))
    return gain


def _reach(length: int, centres: NDArray[np.intp], back: NDArray[np.floating], ahead: NDArray[np.floating], margin: int) -> NDArray[np.intp]:
    """The frames within ``back[i]`` + ``margin`` before or ``ahead[i]`` + ``margin`` after any
    ``centres[i]``, in order (those of ``[0, length)``)."""
    starts = np.maximum(centres - back.astype(np.intp) - margin, 0)
    ends = np.minimum(centres + ahead.astype(np.intp) + margin + 1, length)
    depth = np.cumsum(np.bincount(starts, minlength=length + 1) - np.bincount(ends, minlength=length + 1))
    return np.flatnonzero(depth[:length] > 0)
