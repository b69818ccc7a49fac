"""The listener's web pages, derived from the catalog like the feed: a page per episode and the show page.

Each episode page holds the audio (a plain ``<audio controls>`` that plays without JavaScript), the
transcript with read-along (each voiced segment carries ``data-start``/``data-end`` from the JSON
transcript, the same timings as the VTT), the chapters and the AI disclosure. ``player.js``,
``player.css`` and ``embed.js`` are package files copied beside them. Every URL is relative, and
nothing is loaded from elsewhere, so the folder works from any static host and offline.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from string import Template
from urllib.parse import quote

from ..config import DISCLOSURES, Channel
from ..errors import PublishError
from ..files import write_if_changed
from ..language import DEFAULT_LANGUAGE, base_language
from .catalog import Episode
from .feed import FEED_FILE, episodes_language
from .markup import Markup, fill, join, template

SHOW_PAGE = "index.html"
ASSETS = ("player.css", "player.js", "embed.js")
"""Files of ``articlecast/publish/static`` copied into the output folder."""
UI_LANGUAGE = "en"
"""The language of the pages' own words (buttons, labels); article text carries its own ``lang``."""
PARAGRAPH_GAP_RATIO = 1.5
"""A silence this many times the shortest one between segments ends a paragraph."""
COVER_SIZE = 160
"""Displayed cover size in CSS pixels (covers are square)."""
SPEEDS = ("0.75", "1", "1.25", "1.5", "1.75", "2")

_SEGMENT = Template('<span class="seg" data-start="$start" data-end="$end">$text</span>')
_HEADING = Template('<h3 class="seg-heading">$segment</h3>')
_PARAGRAPH = Template("<p>$segments</p>")
_CHAPTER = Template('<li><a href="#t=$start" data-start="$start">$title</a> <span class="clock">$clock</span></li>')
_COVER = Template('<img class="cover" src="$src" alt="" width="$size" height="$size">')
_CAPTIONS = Template(' · <a href="$href">Transcript (WebVTT)</a>')
_SPEED = Template('<option value="$value"$selected>$value×</option>')
_EPISODE_ITEM = Template(
    '<li><article class="item"><h3><a href="$page">$title</a></h3>'
    '<p class="meta"><time datetime="$iso">$date</time> · $minutes</p><p>$summary</p></article></li>'
)


@dataclass(frozen=True)
class Line:
    """One voiced segment of the transcript: its text and where it lies in the audio, in seconds."""

    text: str
    start: float
    end: float


def page_name(episode_id: str) -> str:
    """The episode page's file name: ``<id>.html``; an episode named ``index`` gets ``index_episode.html``
    (``_`` never occurs in an id), so that it cannot take the show page's name."""
    return "index_episode.html" if f"{episode_id}.html" == SHOW_PAGE else f"{episode_id}.html"


def write_pages(folder: Path, channel: Channel, episodes: Sequence[Episode]) -> list[Path]:
    """Write the assets, each episode's page and the show page into ``folder``, each only when it changed."""
    folder = Path(folder)
    written = []
    try:
        for name in ASSETS:
            write_if_changed(folder / name, asset_bytes(name))
        for episode in episodes:
            path = folder / page_name(episode.id)
            # Derived from the catalog on every build: no flush to disk per page (2,000 pages: 7 s).
            write_if_changed(path, render_episode_page(channel, episode, read_transcript(folder, episode)), durable=False)
            written.append(path)
        path = folder / SHOW_PAGE
        write_if_changed(path, render_show_page(channel, episodes))
    except OSError as error:
        raise PublishError(
            f"Cannot write the web pages in {folder} ({error.strerror or error}); check that the folder is writable."
        ) from None
    return [*written, path]


@functools.cache
def asset_bytes(name: str) -> bytes:
    """The content of a static file shipped with the package."""
    return resources.files(__package__).joinpath("static", name).read_bytes()


@functools.cache
def asset_url(name: str) -> str:
    """The asset's relative URL, with a version from its content so that browsers fetch a changed one."""
    return f"{name}?v={hashlib.sha256(asset_bytes(name)).hexdigest()[:10]}"


def read_transcript(folder: Path, episode: Episode) -> list[Line]:
    """The episode's segments and timings from its JSON transcript; empty when it has none or it is unreadable."""
    name = episode.transcripts.get("application/json")
    if not name:
        return []
    try:
        document = json.loads((Path(folder) / name).read_text(encoding="utf-8"))
        return [Line(str(item["body"]), float(item["startTime"]), float(item["endTime"])) for item in document["segments"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def render_episode_page(channel: Channel, episode: Episode, lines: Sequence[Line]) -> bytes:
    """An episode's page as UTF-8 HTML; the same inputs always give the same bytes."""
    language = episode.language or DEFAULT_LANGUAGE
    cover = _cover(episode.image, channel.image)
    page = fill(
        template("episode.html"),
        ui_language=UI_LANGUAGE,
        language=language,
        title=episode.title,
        show=channel.title,
        summary=episode.description,
        author=episode.author or channel.author,
        css=asset_url("player.css"),
        js=asset_url("player.js"),
        cover=fill(_COVER, src=quote(cover), size=COVER_SIZE) if cover else Markup(),
        cover_url=quote(cover) if cover else "",
        cover_type=mimetypes.guess_type(cover)[0] or "" if cover else "",
        iso_date=episode.published.isoformat(),
        date=_date(episode.published),
        minutes=_minutes(episode.duration),
        clock=_clock(episode.duration),
        duration=f"{episode.duration:.3f}",
        disclosure=disclosure_text(episode, lines),
        audio=quote(episode.audio_file),
        megabytes=f"{episode.audio_bytes / 1e6:.1f}",
        captions=fill(_CAPTIONS, href=quote(episode.transcripts["text/vtt"])) if "text/vtt" in episode.transcripts else Markup(),
        speeds=join((fill(_SPEED, value=value, selected=Markup(" selected" if value == "1" else "")) for value in SPEEDS), ""),
        chapters=_chapters(episode),
        transcript=_transcript(episode, lines),
    )
    return page.encode()


def render_show_page(channel: Channel, episodes: Sequence[Episode]) -> bytes:
    """The show page as UTF-8 HTML: the channel, how to subscribe, and the episodes newest first."""
    ordered = sorted(episodes, key=lambda episode: (episode.published, episode.id), reverse=True)
    items = (
        fill(
            _EPISODE_ITEM,
            page=quote(page_name(episode.id)),
            title=episode.title,
            iso=episode.published.isoformat(),
            date=_date(episode.published),
            minutes=_minutes(episode.duration),
            summary=episode.description,
        )
        for episode in ordered
    )
    cover = _cover(channel.image)
    feed_url = f"{channel.base_url.rstrip('/')}/{FEED_FILE}" if channel.base_url else FEED_FILE
    page = fill(
        template("index.html"),
        ui_language=UI_LANGUAGE,
        language=channel.language or episodes_language(episodes),
        show=channel.title,
        description=channel.description,
        css=asset_url("player.css"),
        js=asset_url("player.js"),
        cover=fill(_COVER, src=quote(cover), size=COVER_SIZE) if cover else Markup(),
        feed=FEED_FILE,
        feed_url=feed_url,
        count=f"{len(ordered)} episode{'' if len(ordered) == 1 else 's'}",
        episodes=join(items) if ordered else Markup("<li>No episodes yet.</li>"),
    )
    return page.encode()


def _transcript(episode: Episode, lines: Sequence[Line]) -> Markup:
    """Paragraphs of segments, split where the silence is long, and the chapters' headings."""
    headings = {(round(chapter.start, 2), chapter.title.strip()) for chapter in episode.chapters}
    gaps = [after.start - before.end for before, after in zip(lines, lines[1:])]
    shortest = min(gaps, default=0.0)
    blocks: list[Markup] = []
    paragraph: list[Markup] = []
    for index, line in enumerate(lines):
        segment = fill(_SEGMENT, start=f"{line.start:.3f}", end=f"{line.end:.3f}", text=line.text)
        if index and (round(line.start, 2), line.text.strip()) in headings:
            if paragraph:
                blocks.append(fill(_PARAGRAPH, segments=join(paragraph, " ")))
                paragraph = []
            blocks.append(fill(_HEADING, segment=segment))
            continue
        paragraph.append(segment)
        if index < len(gaps) and gaps[index] > shortest * PARAGRAPH_GAP_RATIO + 0.05:
            blocks.append(fill(_PARAGRAPH, segments=join(paragraph, " ")))
            paragraph = []
    if paragraph:
        blocks.append(fill(_PARAGRAPH, segments=join(paragraph, " ")))
    return join(blocks)


def _chapters(episode: Episode) -> Markup:
    if not episode.chapters:
        return Markup()
    items = join(
        fill(_CHAPTER, start=f"{chapter.start:.3f}", title=chapter.title, clock=_clock(chapter.start))
        for chapter in episode.chapters
    )
    return fill(template("chapters.html"), items=items)


def disclosure_text(episode: Episode, lines: Sequence[Line]) -> str:
    """The spoken disclosure: the opening segments that the description ends with; else the built-in one."""
    found = ""
    for count in range(1, min(len(lines), 4)):
        opening = " ".join(line.text for line in lines[:count])
        if episode.description.endswith(opening):
            found = opening
    return found or DISCLOSURES.get(base_language(episode.language or DEFAULT_LANGUAGE), DISCLOSURES["en"])


def _cover(*candidates: str | None) -> str | None:
    """The first image that is a file in the output folder (a URL would make the page load from elsewhere)."""
    return next((name for name in candidates if name and "://" not in name), None)


def _date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def listening_minutes(seconds: float) -> int:
    """The length as listeners are told it: whole minutes, rounded half up, at least 1 (``embed.js`` agrees)."""
    return max(1, math.floor(seconds / 60 + 0.5))


def _minutes(seconds: float) -> str:
    return f"{listening_minutes(seconds)} min"


def _clock(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
