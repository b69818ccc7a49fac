"""A worker's warm-up: what its first tasks need, imported before they come.

A worker starts with little imported, so that the import it needs first, nltk for
splitting the article into sentences (the slowest, with scipy), starts at once.
"""

from __future__ import annotations


def warm_up_worker(language: str = "en", engine: str | None = None) -> None:
    """Load, in the order a build needs them: the sentence splitter for ``language``, the speech
    ``engine`` (its model, if it has one), then what encoding pieces needs (a second or so in all)."""
    from ..speech.sentences import split_sentences

    split_sentences("Warm up.", language)
    from ..engines.runner import warm_engine

    if engine:
        warm_engine(engine)
    import lameenc  # noqa: F401
    import soxr  # noqa: F401

    from ..audio import AudioFormat, Clip
    from ..audio.metering import clip_energies
    from . import audio  # noqa: F401

    clip_energies(Clip(bytes(4410), AudioFormat(22050)))
