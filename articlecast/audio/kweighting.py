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


class KWeighting:
    """K-weights a signal fed in pieces, as one continuous signal: each call carries the last two
    inputs and outputs of each section over to the next."""

    def __init__(self, sample_rate: int, channels: int) -> None:
        self._sections = k_weighting(sample_rate)
        self._state = np.zeros((len(self._sections), channels, 4))
        """Per section and channel: x[n-1], x[n-2], y[n-1], y[n-2] of the last call."""

    def __call__(self, samples: FloatArray) -> FloatArray:
        """The filtered ``samples`` (floats, shape (frames, channels))."""
        filtered = np.array(samples, dtype=np.float64, order="F", copy=True)
        if not len(filtered):
            return filtered
        for section, states in zip(self._sections, self._state):
            for channel, state in enumerate(states):
                filtered[:, channel] = _biquad(section, filtered[:, channel], state)
        return filtered


def _biquad(section: FloatArray, x: FloatArray, state: FloatArray) -> FloatArray:
    """One section over ``x``, starting from ``state`` (updated in place): the feed-forward part
    by array arithmetic, then the recursion y[n] = v[n] - a1 y[n-1] - a2 y[n-2] as the solve of a
    unit lower-triangular system with two sub-diagonals."""
    from scipy.linalg.blas import dtbsv

    b0, b1, b2, _, a1, a2 = section
    x1, x2, y1, y2 = state
    padded = np.concatenate([[x2, x1], x])
    v = b0 * padded[2:] + b1 * padded[1:-1] + b2 * padded[:-2]
    v[0] -= a1 * y1 + a2 * y2
    if len(v) > 1:
        v[1] -= a2 * y1
    band = np.empty((3, len(v)))
    band[1], band[2] = a1, a2  # row 0, the unit diagonal, is not read
    y = dtbsv(2, band, v, lower=1, diag=1, overwrite_x=1)
    tail = np.concatenate([[y2, y1], y])
    state[:] = padded[-1], padded[-2], tail[-1], tail[-2]
    return y
