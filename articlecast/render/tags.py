"""ID3v2.3 tags with mutagen: what players and podcast apps show about an episode."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from mutagen import MutagenError
from mutagen.id3 import (
    APIC, CHAP, COMM, CTOC, ID3, TALB, TCON, TDAT, TIT2, TLEN, TPE1, TXXX, TYER, USLT, WOAS, CTOCFlags, PictureType,
)

from ..article import Article
from ..cache import key_of
from ..language import base_language
from ..urls import as_uri
from .artwork import Artwork
from .chapters import Chapter

DISCLOSURE_DESCRIPTION = "AI disclosure"
_ID3_LANGUAGES = {"en": "eng", "uk": "ukr", "ru": "rus", "de": "deu", "fr": "fra", "es": "spa", "pl": "pol", "it": "ita"}


@dataclass(frozen=True)
class EpisodeTags:
    """Everything written into the MP3's tag."""

    article: Article
    show: str
    duration_ms: int
    transcript: str
    disclosure: str | None
    chapters: tuple[Chapter, ...] = ()
    cover: Artwork | None = None

    def key(self, audio_key: str) -> str:
        """Identifies the tagged MP3 these tags make with that audio: equal keys, equal bytes."""
        cover = hashlib.sha256(self.cover.data).hexdigest() if self.cover else None
        return key_of(audio_key, self.article.content_hash(), self.show, self.duration_ms, self.transcript,
                      self.disclosure, [repr(chapter) for chapter in self.chapters], cover)  # fmt: skip


def write_tags(path: Path, tags: EpisodeTags) -> None:
    """Replace any tag in ``path`` with an ID3v2.3 tag built from ``tags``."""
    article = tags.article
    language = _ID3_LANGUAGES.get(base_language(article.language), "und")
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
        id3.add(WOAS(url=as_uri(article.url)))
    id3.add(TLEN(encoding=1, text=str(tags.duration_ms)))
    id3.add(USLT(encoding=1, lang=language, desc="", text=tags.transcript))
    if tags.disclosure:
        id3.add(TXXX(encoding=1, desc=DISCLOSURE_DESCRIPTION, text=tags.disclosure))
    if tags.cover:
        id3.add(APIC(encoding=0, mime=tags.cover.mime, type=PictureType.COVER_FRONT, desc="", data=tags.cover.data))
    _add_chapters(id3, tags.chapters, tags.duration_ms)
    try:
        id3.save(str(path), v2_version=3)
        if tags.chapters:
            _put_chapters_in_time_order(path)
    except MutagenError as error:  # a full disk, say: raised as the OSError it wraps
        cause = error.__cause__ or next(iter(error.args), None)
        if isinstance(cause, OSError):
            raise cause from None
        raise


def _add_chapters(id3: ID3, chapters: tuple[Chapter, ...], duration_ms: int) -> None:
    """One top-level, ordered CTOC listing a CHAP per chapter (ID3v2 Chapter Frame Addendum).

    Times are whole milliseconds: each chapter ends where the next begins, the last at the end of the audio.
    """
    if not chapters:
        return
    ids = [f"chp{number}" for number in range(len(chapters))]
    starts = [min(round(chapter.start * 1000), duration_ms) for chapter in chapters]
    ends = starts[1:] + [duration_ms]
    id3.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=1, text="Chapters")],
        )
    )
    for element_id, chapter, start, end in zip(ids, chapters, starts, ends):
        # 0xFFFFFFFF: no byte offsets, players use the times.
        id3.add(
            CHAP(
                element_id=element_id,
                start_time=start,
                end_time=end,
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[TIT2(encoding=1, text=chapter.title)],
            )
        )


def _put_chapters_in_time_order(path: Path) -> None:
    """Reorder the CHAP frames in the file by start time, in place.

    mutagen writes frames by size; ffmpeg (so ffprobe, mpv, VLC) lists chapters in file
    order rather than by the CTOC. Frames keep their bytes, so the tag's size is unchanged.
    """
    with path.open("r+b") as handle:
        header = handle.read(10)
        if header[:3] != b"ID3" or header[3] != 3 or header[5] != 0:
            return  # only plain ID3v2.3 (no unsynchronisation or extended header), as mutagen writes it
        size = int.from_bytes(bytes(byte & 0x7F for byte in header[6:10]), "big")  # syncsafe
        body = handle.read(size)
        frames: list[tuple[bytes, bytes]] = []
        offset = 0
        while offset + 10 <= len(body) and body[offset : offset + 4].strip(b"\0"):
            length = 10 + int.from_bytes(body[offset + 4 : offset + 8], "big")
            frames.append((body[offset : offset + 4], body[offset : offset + length]))
            offset += length
        chapters = iter(sorted((data for kind, data in frames if kind == b"CHAP"), key=_chapter_start))
        ordered = b"".join(next(chapters) if kind == b"CHAP" else data for kind, data in frames)
        handle.seek(10)
        handle.write(ordered)


def _chapter_start(frame: bytes) -> int:
    """Start time in ms of a raw CHAP frame: it follows the null-terminated element id."""
    start = frame.index(b"\0", 10) + 1
    return int.from_bytes(frame[start : start + 4], "big")
