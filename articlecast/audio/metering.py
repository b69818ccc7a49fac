"""Loudness metering per ITU-R BS.1770-4, one clip at a time.

Workers measure clips as they voice them and store one energy per 100 ms beside each clip,
so an episode's loudness is summed from those, not measured again over its audio.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from .kweighting import KWeighting
from .pcm import AudioFormat, Clip, FloatArray, pcm_to_float

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
BLOCK_SECONDS = 0.4
"""BS.1770 gating block; blocks overlap by 75 %, so they advance by a quarter block."""


class LoudnessMeter:
    """Integrated loudness of a signal fed in pieces, per ITU-R BS.1770-4.

    The K-weighting filters (:class:`~.kweighting.KWeighting`) run with carried-over state, so the
    pieces form one continuous signal. The gating is accumulated here because
    pyloudnorm's :meth:`~pyloudnorm.Meter.integrated_loudness` needs the whole signal in
    one array: we keep only one energy value per 100 ms (36 000 floats for an hour).
    """

    def __init__(self, fmt: AudioFormat) -> None:
        self.format = fmt
        self._filter = KWeighting(fmt.sample_rate, fmt.channels)
        self._step = round(fmt.sample_rate * BLOCK_SECONDS / 4)
        self._rest = np.zeros(0)
        self._energies: list[FloatArray] = []

    def add(self, samples: FloatArray) -> None:
        """Feed the next samples: floats in [-1, 1], shape (frames, channels)."""
        filtered = self._filter(samples)
        # Channel weights are 1.0 for mono and for left/right (BS.1770 weights only surround channels).
        squares = np.concatenate([self._rest, np.einsum("ij,ij->i", filtered, filtered)])
        whole = len(squares) // self._step * self._step
        self._energies.append(squares[:whole].reshape(-1, self._step).mean(axis=1))
        self._rest = squares[whole:]

    def add_clip(self, clip: Clip) -> None:
        """Feed a clip in this meter's format."""
        if clip.format != self.format:
            raise ValueError(f"clip format {clip.format} differs from the meter's {self.format}")
        self.add(pcm_to_float(clip))

    def energies(self) -> FloatArray:
        """The mean square of the K-weighted signal per 100 ms fed so far, the last partial 100 ms
        padded with silence (:meth:`integrated` leaves it out: more may follow)."""
        rest = [np.array([self._rest.sum() / self._step])] if len(self._rest) else []
        return np.concatenate([*self._energies, *rest]) if self._energies or rest else np.zeros(0)

    def integrated(self) -> float:
        """Gated integrated loudness in LUFS of everything fed so far; -inf when it is all silence."""
        return integrated_from_energies(self._energies)


def integrated_from_energies(energies: Iterable[FloatArray]) -> float:
    """Gated integrated loudness in LUFS of 100 ms energies (:func:`clip_energies`) laid end to end;
    -inf when it is all silence."""
    quarters = np.concatenate([np.zeros(0), *energies])
    if len(quarters) < 4:
        return -math.inf
    # A gating block is four quarters (400 ms, overlapping by 75 %).
    power = np.lib.stride_tricks.sliding_window_view(quarters, 4).mean(axis=1)
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(power)
    gated = power[loudness >= ABSOLUTE_GATE_LUFS]
    if not len(gated):
        return -math.inf
    relative_gate = -0.691 + 10 * math.log10(gated.mean()) + RELATIVE_GATE_LU
    kept = power[(loudness > relative_gate) & (loudness >= ABSOLUTE_GATE_LUFS)]
    return -0.691 + 10 * math.log10(kept.mean())


def clip_energies(clip: Clip) -> FloatArray:
    """The clip's K-weighted mean square per 100 ms, filtered from rest, its last partial 100 ms
    padded with silence: what :func:`integrated_from_energies` gates, so it can be kept with the
    clip. Clips start and end in silence, so their energies laid end to end measure within a few
    hundredths of a LU of :func:`measure` over the clips (measured: 0.035 LU on 10 minutes of speech)."""
    meter = LoudnessMeter(clip.format)
    meter.add_clip(clip)
    return meter.energies()


def measure(clips: Iterable[Clip]) -> float:
    """Integrated loudness in LUFS of ``clips`` played back to back (all in one format).

    The silence between clips in the episode is digital zero: its blocks fall under the
    absolute gate, so leaving it out changes nothing but the few blocks that straddle a pause.
    """
    meter: LoudnessMeter | None = None
    for clip in clips:
        meter = meter or LoudnessMeter(clip.format)
        meter.add_clip(clip)
    return meter.integrated() if meter else -math.inf

