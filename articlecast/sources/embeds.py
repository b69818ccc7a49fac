"""Embedded media in a page: a social post told by its signature (the poster's name and @handle, then when it was
posted), a post a copy shows as its channel's name and lone @handle over its text and time, and a video told by its
bare label ("Видео") over its title and length."""

from __future__ import annotations

import re

from .furniture import Role, find_date
from .promo import is_duration

SIGNATURE_MAX_WORDS = 20
NAME_MAX_CHARS = 60
DATE_REACH = 12
"""Characters after the handle that the post's date starts within ("(@ann) on 3 May 2024")."""

_DASHED_SIGNATURE = re.compile(rf"^[—–-]\s*[^()]{{1,{NAME_MAX_CHARS}}}\(@\w[\w.]{{0,29}}\)")
_HANDLE = re.compile(r"\(@\w[\w.]{0,29}\)")
_SHARED_BY = re.compile(
    r"\b(?:post|beitrag|publication|publicación|publicação)\s+"
    r"(?:shared by|geteilt von|partagée par|compartida por|compartilhada por|condiviso da|udostępnion\w* przez)\s",
    re.I,
)
"""How a picture service signs a post under its caption ("A post shared by Ann Rowe (@ann.rowe) on …")."""


def signs_post_above(text: str) -> bool:
    """A signature set after the post's text, dashed (:func:`is_dashed_signature`) or as a post shared by someone
    ("Ein Beitrag geteilt von Ann (@ann) am …"): the line above is the post."""
    return is_dashed_signature(text) or (bool(_SHARED_BY.search(text)) and _dated_handle(text.strip()))


def is_dashed_signature(text: str) -> bool:
    """A signature set after the post with a dash ("— Harbour Board (@harbour) May 3, 2024"); a copy may break the post
    over it into several lines."""
    return bool(_DASHED_SIGNATURE.match(text.strip()))


def is_post_signature(text: str) -> bool:
    """A dashed signature, or a name and handle with the date after them ("Shared by Ann Rowe (@annrowe) on 3 May 2024")."""
    return is_dashed_signature(text) or _dated_handle(text.strip())


def _dated_handle(text: str) -> bool:
    """A name and @handle opening the line, the date after them."""
    handle = _HANDLE.search(text)
    if handle is None or handle.start() > NAME_MAX_CHARS or len(text.split()) > SIGNATURE_MAX_WORDS:
        return False
    found = find_date(text[handle.end() :])
    return found is not None and found[1] <= DATE_REACH


_LONE_HANDLE = re.compile(r"^@\w[\w.]{1,29}$")
_BARE_MEDIA_LABEL = re.compile(r"^(?:video|watch|видео|відео|vidéo|vídeo|wideo)\W*$", re.I)
POST_MAX_LINES = 4
PROSE_REACH = 8
"""Lines above a lone @handle where the article's prose must stand for the handle to open a post set in the article (a
byline's handle opens none)."""


def mark_handle_posts(texts: list[str], roles: list[Role]) -> None:
    """A post set in the article as a copy shows it: the channel's name, its @handle alone, the post's text, the time it was
    posted ("Аэропорт Казани" / "@kzn_airport" / "Уважаемые пассажиры! …" / "10:15 · 5 мая 2024"). All of it is furniture,
    and the post's time must not pass for the date of the next story."""
    for index, text in enumerate(texts):
        if not _LONE_HANDLE.match(text.strip()) or Role.PROSE not in roles[max(0, index - PROSE_REACH) : index]:
            continue
        below = index + 1
        while below < len(texts) and below - index <= POST_MAX_LINES and roles[below] in (Role.PROSE, Role.SHORT):
            below += 1
        if below == index + 1 or below >= len(texts) or roles[below] is not Role.DATELINE:
            continue
        named = index - 1 if index and roles[index - 1] in (Role.SHORT, Role.JUNK) and len(texts[index - 1].split()) <= 6 else index
        for line in range(named, below + 1):
            roles[line] = Role.JUNK


def mark_bare_video_blocks(texts: list[str], roles: list[Role]) -> None:
    """A video a copy shows as its bare label, its title and its length ("Видео" / "Как выглядит терминал" / "01:45")."""
    for index in range(len(texts) - 2):
        if _BARE_MEDIA_LABEL.match(texts[index].strip()) and roles[index + 1] in (Role.SHORT, Role.JUNK) and is_duration(texts[index + 2]):
            roles[index] = roles[index + 1] = roles[index + 2] = Role.JUNK
