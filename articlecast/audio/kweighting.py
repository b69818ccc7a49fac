"""The BS.1770 K-weighting filter: a high shelf, then a high-pass, each a biquad, run with carried state.

The coefficients follow Brecht De Man's derivation of the standard's filters at any sample
rate (it reproduces the standard's 48 kHz coefficients and matches libebur128 and ffmpeg's
ebur128 filter elsewhere); pyloudnorm designs the same (a test compares them). Each biquad
runs as a banded triangular solve (BLAS ``dtbsv``) rather than through scipy's signal module,
whose import takes half a second: a worker voicing one edited sentence would wait for it.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from .pcm import FloatArray

SHELF_GAIN_DB, SHELF_Q, SHELF_HZ = 3.99984385397, 0.7071752369554193, 1681.9744509555319
SHELF_BAND_EXPONENT = 0.499666774155
"""De Man's fit for the shelf's mid-band gain, as a power of its high-band gain."""
HIGH_PASS_Q, HIGH_PASS_HZ = 0.5003270373253953, 38.13547087613982


@functools.cache
def k_weighting(sample_rate: int) -> FloatArray:
    """The K-weighting at ``sample_rate`` as second-order sections (rows ``b0 b1 b2 1 a1 a2``)."""
    shelf_k = math.tan(math.pi * SHELF_HZ / sample_rate)
    high = 10 ** (SHELF_GAIN_DB / 20)
    band = high**SHELF_BAND_EXPONENT
    shelf_norm = 1 + shelf_k / SHELF_Q + shelf_k * shelf_k
    shelf = [
        (high + band * shelf_k / SHELF_Q + shelf_k * shelf_k) / shelf_norm,
        2 * (shelf_k * shelf_k - high) / shelf_norm,
        (high - band * shelf_k / SHELF_Q + shelf_k * shelf_k) / shelf_norm,
        1.0,
        2 * (shelf_k * shelf_k - 1) / shelf_norm,
        (1 - shelf_k / SHELF_Q + shelf_k * shelf_k) / shelf_norm,
    ]
    pass_k = math.tan(math.pi * HIGH_PASS_HZ / sample_rate)
    pass_norm = 1 + pass_k / HIGH_PASS_Q + pass_k * pass_k
    high_pass = [1.0, -2.0, 1.0, 1.0, 2 * (pass_k * pass_k - 1) / pass_norm, (1 - pass_k / HIGH_PASS_Q + pass_k * pass_k) / pass_norm]
    return np.array([shelf, high_pass])


CHUNK_FRAMES = 1 << 16
"""Frames filtered per solve: long signals go in chunks, so each section's band matrix stays small (1.5 MB)."""


class KWeighting:
    """K-weights a signal fed in pieces, as one continuous signal: each call carries the last two
    inputs and outputs of each section over to the next."""

    def __init__(self, sample_rate: int, channels: int) -> None:
        self._sections = k_weighting(sample_rate)
        self._state = np.zeros((len(self._sections), channels, 4))
        """Per section and channel: x[n-1], x[n-2], y[n-1], y[n-2] of the last call."""

    def __call__(self, samples: FloatArray) -> FloatArray:
        """The filtered ``samples`` (floats, shape (frames, channels))."""
        samples = np.asarray(samples, dtype=np.float64)
        filtered = np.empty(samples.shape)
        for channel in range(samples.shape[1]):
            for start in range(0, len(samples), CHUNK_FRAMES):
                signal = samples[start : start + CHUNK_FRAMES, channel]
                for section, state in zip(self._sections, self._state[:, channel]):
                    signal = _biquad(section, signal, state)
                filtered[start : start + CHUNK_FRAMES, channel] = signal
        return filtered


@functools.cache
def _band(a1: float, a2: float) -> FloatArray:
    """The recursion y[n] + a1 y[n-1] + a2 y[n-2] over :data:`CHUNK_FRAMES` frames as a banded matrix in
    BLAS's layout for a lower-triangular band (column j holds rows j, j+1 and j+2), made once per filter."""
    band = np.empty((3, CHUNK_FRAMES), order="F")
    band[1], band[2] = a1, a2  # row 0, the unit diagonal, is not read
    return band


def _biquad(section: FloatArray, x: FloatArray, state: FloatArray) -> FloatArray:
    """One section over ``x`` (at most :data:`CHUNK_FRAMES` frames), starting from ``state`` (updated
    in place): the feed-forward part as a convolution, then the recursion y[n] = v[n] - a1 y[n-1] -
    a2 y[n-2] as the solve of a unit lower-triangular system, the state entering both at the start."""
    from scipy.linalg.blas import dtbsv

    if not len(x):
        return np.zeros(0)
    _, b1, b2, _, a1, a2 = section
    x1, x2, y1, y2 = state
    v = np.convolve(x, section[:3])[: len(x)]  # b0 x[n] + b1 x[n-1] + b2 x[n-2], the earlier inputs taken as 0
    v[0] += b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    if len(v) > 1:
        v[1] += b2 * x1 - a2 * y1
    y = dtbsv(2, _band(a1, a2)[:, : len(v)], v, lower=1, diag=1, overwrite_x=1)
    state[:] = (x[-1], x[-2], y[-1], y[-2]) if len(x) > 1 else (x[0], x1, y[0], y1)
    return y
