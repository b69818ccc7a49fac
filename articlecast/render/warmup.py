"""A voicing worker's warm-up: what its first tasks need, loaded before they come."""

from __future__ import annotations


def warm_up_worker(engine: str | None = None) -> None:
    """Load the speech ``engine`` (its model, if it has one), then what levelling and encoding pieces
    need: half a second or so, more with a model."""
    from ..engines.runner import warm_engine

    if engine:
        warm_engine(engine)
    import lameenc  # noqa: F401
    import scipy.ndimage  # noqa: F401
    import scipy.special  # noqa: F401
    import soxr  # noqa: F401

    from ..audio import AudioFormat, Clip
    from ..audio.metering import clip_energies
    from . import audio  # noqa: F401

    clip_energies(Clip(bytes(4410), AudioFormat(22050)))
