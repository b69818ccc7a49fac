"""ID3v2.3 tags with mutagen: what players and podcast apps show about an episode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import COMM, ID3, TALB, TCON, TDAT, TIT2, TLEN, TPE1, TXXX, TYER, USLT, WOAS

from ..article import Article
from ..cache import key_of

DISCLOSURE_DESCRIPTION = "AI disclosure"
RENDER_KEY = "articlecast render"
"""TXXX holding a hash of the audio and tags: equal keys, equal bytes."""
INPUT_KEY = "articlecast input"
"""TXXX holding a hash of everything the episode was made from."""
_ID3_LANGUAGES = {"en": "eng", "uk": "ukr", "ru": "rus", "de": "deu", "fr": "fra", "es": "spa", "pl": "pol", "it": "ita"}


@dataclass(frozen=True)
class EpisodeTags:
    """Everything written into the MP3's tag."""

    article: Article
    show: str
    duration_ms: int
    transcript: str
    disclosure: str | None

    def key(self, audio_key: str) -> str:
        """Identifies the tagged MP3 these tags make with that audio: equal keys, equal bytes."""
        return key_of(audio_key, self.article.content_hash(), self.show, self.duration_ms, self.transcript, self.disclosure)


def write_tags(path: Path, tags: EpisodeTags, private: dict[str, str] | None = None) -> None:
    """Replace any tag in ``path`` with an ID3v2.3 tag built from ``tags``, plus ``private`` TXXX values."""
    article = tags.article
    language = _ID3_LANGUAGES.get(article.language.split("-")[0].lower(), "und")
    id3 = ID3()
    id3.add(TIT2(encoding=1, text=article.title))
    if article.author:
        id3.add(TPE1(encoding=1, text=article.author))
    id3.add(TALB(encoding=1, text=tags.show))
    id3.add(TCON(encoding=1, text="Podcast"))
    if article.date:
        id3.add(TYER(encoding=1, text=f"{article.date.year:04d}"))
        id3.add(TDAT(encoding=1, text=f"{article.date.day:02d}{article.date.month:02d}"))
    if article.summary:
        id3.add(COMM(encoding=1, lang=language, desc="", text=article.summary))
    if article.url:
        id3.add(WOAS(url=article.url))
    id3.add(TLEN(encoding=1, text=str(tags.duration_ms)))
    id3.add(USLT(encoding=1, lang=language, desc="", text=tags.transcript))
    if tags.disclosure:
        id3.add(TXXX(encoding=1, desc=DISCLOSURE_DESCRIPTION, text=tags.disclosure))
    for description, value in (private or {}).items():
        id3.add(TXXX(encoding=1, desc=description, text=value))
    id3.save(str(path), v2_version=3)
