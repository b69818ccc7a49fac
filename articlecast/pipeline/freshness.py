"""The incremental decision, in one place: what of an episode is still as it was.

Voiced clips, encoded pieces and loudness plans are found in the content-addressed cache
by what they are made from, so only what changed is voiced and encoded again. What is
left to decide is decided here, from the keys the catalog keeps with each episode:

- the **input key** (everything an episode is made from) is unchanged, and every file
  is there: the article is skipped before its script is even made;
- the **render key** (the tagged MP3's audio and tags) is unchanged and the MP3 is
  the one written then: the MP3 is not rewritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import __version__
from ..article import Article
from ..cache import key_of
from ..config import AudioSettings, ScriptSettings, VoiceSettings
from ..publish import BuildKeys, Episode
from ..render.artwork import Artwork
from ..speech.lexicon import Lexicon


@dataclass(frozen=True)
class Inputs:
    """Everything an episode is made from."""

    article: Article
    voice: VoiceSettings
    """With the voice resolved (an engine's default voice named)."""
    engine_version: str
    script: ScriptSettings
    lexicon: Lexicon | None
    audio: AudioSettings
    show: str
    """The channel's title, written into the ID3 tag."""
    covers: tuple[Artwork, ...]
    """The episode's own image and the show's cover, when there are."""

    def key(self) -> str:
        """A hash of every field: equal keys, nothing to rebuild."""
        lexicon = [asdict(entry) for entry in self.lexicon.entries] if self.lexicon else None
        return key_of(
            "input",
            __version__,
            self.article.content_hash(),
            self.voice.key_fields(),
            self.engine_version,
            self.script.key_fields(),
            lexicon,
            asdict(self.audio),
            self.show,
            [hashlib.sha256(cover.data).hexdigest() for cover in self.covers],
        )


def is_unchanged(out: Path, stored: Episode | None, keys: BuildKeys | None, input_key: str) -> bool:
    """Whether the stored episode was built from these inputs and its files are all there."""
    return (
        stored is not None
        and keys is not None
        and keys.input_key == input_key
        and all((out / name).is_file() for name in stored.files())
        and _size(out / stored.audio_file) == stored.audio_bytes
    )


def mp3_is_current(path: Path, stored: Episode | None, keys: BuildKeys | None, render_key: str) -> bool:
    """Whether the MP3 at ``path`` is already the one these audio and tags make."""
    return stored is not None and keys is not None and keys.render_key == render_key and _size(path) == stored.audio_bytes


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None
