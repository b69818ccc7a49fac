"""A worker's warm-up: what its first tasks need, imported before they come.

A worker starts with little imported, so that what it needs first loads at once.
"""

from __future__ import annotations


def warm_up_worker(language: str | None = "en", engine: str | None = None) -> None:
    """Load what a build needs, a second or so in all: first the sentence splitter for ``language``
    (none without one: an edit of an article built before seldom needs it, and loading it would only
    slow the other tasks), then the speech ``engine`` (its model, if it has one) and what encoding
    pieces needs."""
    if language:
        from ..speech.sentences import split_sentences

        split_sentences("Warm up.", language)
    _load_voicing(engine)


def _load_voicing(engine: str | None) -> None:
    """The engine, then what levelling and encoding need."""
    from ..engines.runner import warm_engine

    if engine:
        warm_engine(engine)
    import lameenc  # noqa: F401
    import soxr  # noqa: F401

    from ..audio import AudioFormat, Clip
    from ..audio.metering import clip_energies
    from . import audio  # noqa: F401

    clip_energies(Clip(bytes(4410), AudioFormat(22050)))
