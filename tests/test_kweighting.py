"""The K-weighting filter, checked against pyloudnorm's design and scipy's own filtering, and the
worker's measuring and levelling, which must work without scipy's signal module (half a second to
import, which a one-sentence edit would wait for)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pyloudnorm
import pytest
import scipy.signal

from articlecast.audio.kweighting import (
    HIGH_PASS_HZ,
    HIGH_PASS_Q,
    SHELF_GAIN_DB,
    SHELF_HZ,
    SHELF_Q,
    KWeighting,
    k_weighting,
)
from articlecast.render.loudness import _kaiser_lowpass


@pytest.mark.parametrize("rate", [8000, 16000, 22050, 24000, 44100, 48000, 96000])
def test_coefficients_are_pyloudnorms_design_of_de_mans_filters(rate: int) -> None:
    stages = (
        pyloudnorm.IIRfilter(SHELF_GAIN_DB, SHELF_Q, SHELF_HZ, rate, "high_shelf_DeMan"),
        pyloudnorm.IIRfilter(0.0, HIGH_PASS_Q, HIGH_PASS_HZ, rate, "high_pass_DeMan"),
    )
    expected = np.array([np.concatenate([stage.b * stage.passband_gain, stage.a]) for stage in stages])
    np.testing.assert_allclose(k_weighting(rate), expected, rtol=1e-14, atol=1e-15)


def test_filtering_in_pieces_equals_scipys_filter_over_the_whole_signal() -> None:
    rng = np.random.default_rng(5)
    signal = rng.standard_normal((30_000, 2)) * [0.3, 0.05]  # two different channels
    signal[:, 1] += np.sin(np.arange(30_000) * 2 * np.pi * 40 / 24000)  # near the high-pass corner
    weighting = KWeighting(24000, 2)
    cuts = [0, 0, 1, 2, 7_000, 7_001, 30_000]
    filtered = np.concatenate([weighting(signal[start:end]) for start, end in zip(cuts, cuts[1:])])
    expected = scipy.signal.sosfilt(k_weighting(24000), signal, axis=0)
    assert filtered.shape == signal.shape
    assert np.abs(filtered - expected).max() <= 1e-12 * np.abs(expected).max()


def test_the_limiters_interpolation_filter_is_firwins_bit_for_bit() -> None:
    for length, cutoff, beta in [(81, 0.25, 5.0), (21, 0.5, 8.6), (161, 0.1, 5.0)]:
        assert np.array_equal(_kaiser_lowpass(length, cutoff, beta), scipy.signal.firwin(length, cutoff, window=("kaiser", beta)))


def test_measuring_and_levelling_a_loud_clip_never_import_scipys_signal_module() -> None:
    script = textwrap.dedent(
        """
        import sys
        import numpy as np
        from articlecast.audio import AudioFormat, Clip
        from articlecast.audio.metering import clip_energies, measure
        from articlecast.render.loudness import Leveler, true_peak_dbtp

        rng = np.random.default_rng(1)
        pcm = (np.clip(rng.standard_normal(48_000) * 0.5, -1, 1) * 32767).astype("<i2").tobytes()
        clip = Clip(pcm, AudioFormat(24000))
        assert clip_energies(clip).size and measure([clip]) > -30
        levelled = Leveler(6.0, -1.0).apply_clip(clip)  # loud enough for the limiter
        assert true_peak_dbtp(levelled) <= -1.0 + 0.1
        print("scipy.signal" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
