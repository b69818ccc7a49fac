"""The engine boundary: an engine lists its voices and turns one text into PCM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from ..audio import Clip
from ..config import VoiceSettings
from ..language import base_language, language_code


@dataclass(frozen=True)
class VoiceInfo:
    """A voice an engine offers."""

    id: str
    """What a voice profile's ``voice`` names (``gmw/en-us``, a Piper model name or path)."""
    name: str
    languages: tuple[str, ...]
    """Language codes, lower case (``en``, ``en-us``, ``uk``)."""
    sample_rate: int
    """The rate of the clips this voice produces, in Hz."""


class Engine(Protocol):
    """What every speech engine provides. An engine object is used one call at a time.

    Engines are found by name through the ``articlecast.engines`` entry-point
    group (see :func:`articlecast.engines.get_engine`), so a third party can
    ship one as its own package.

    An engine whose voices are files may also define ``voice_version(settings) -> str``,
    a hash of the profile's voice file, which joins :meth:`version` in the clip cache
    key (see :func:`articlecast.engines.engine_version`), and ``warm()``, which loads what the
    first clip would otherwise wait for (a model); a worker calls it while the script is prepared.
    """

    name: ClassVar[str]
    phonemes: ClassVar[str | None]
    """The inline phoneme notation the engine takes (``"espeak"``: eSpeak NG's ``[[ ]]``), or None.
    Lexicon entries with phonemes are refused for an engine without one."""
    max_workers: ClassVar[int | None]
    """Most worker processes a build uses for this engine unless the profile asks for more
    (``max_workers``); None for no limit. A heavy engine (a neural model) sets 1."""
    deterministic: ClassVar[bool]
    """Whether the same text and settings always give the same PCM bytes."""

    def check(self) -> None:
        """Raise :class:`~articlecast.errors.EngineError` with an install hint when the engine cannot run here."""

    def version(self) -> str:
        """Engine name and version, part of the clip cache key."""

    def voices(self) -> list[VoiceInfo]:
        """The voices installed for this engine."""

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        """Voice ``text`` (already speakable, short enough) with the profile's voice and settings.

        ``settings.voice`` is a voice id from :meth:`voices` (or, for engines that
        accept them, a path); when it is None the engine picks a voice for
        ``settings.language``.
        """


def pick_voice(voices: Sequence[VoiceInfo], language: str) -> VoiceInfo | None:
    """The voice that best fits a language code: one made for it (its first language, or its id),
    then one that also speaks it, then a regional variant, then one for the base language."""
    language = language_code(language)
    base = base_language(language)
    for matches in (
        lambda v: v.languages[:1] == (language,),
        lambda v: v.id.lower().rsplit("/", 1)[-1] == language,
        lambda v: language in v.languages,
        lambda v: any(lang.startswith(language + "-") for lang in v.languages),
        lambda v: base in v.languages,
    ):
        found = [voice for voice in voices if matches(voice)]
        if found:
            return found[0]
    return None


def voices_for(voices: Sequence[VoiceInfo], language: str) -> list[VoiceInfo]:
    """The voices that speak ``language`` (``en`` also finds ``en-us``)."""
    language = language_code(language)
    return [v for v in voices if any(lang == language or lang.startswith(language + "-") for lang in v.languages)]
