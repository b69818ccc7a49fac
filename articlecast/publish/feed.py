"""The podcast feed (RSS 2.0 with the iTunes, Podcasting 2.0 and Atom namespaces), derived from the catalog."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from ..config import Channel
from ..errors import PublishError
from ..files import write_if_changed
from ..language import DEFAULT_LANGUAGE, base_language, language_code
from ..urls import as_uri
from .catalog import Episode

FEED_FILE = "feed.xml"
GENERATOR = "articlecast"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""Podcasting 2.0: ``podcast:guid`` is the UUIDv5 of the feed URL (without scheme) in this namespace."""
EPISODE_GUID_NAMESPACE = uuid.UUID("d4c5f7ba-1017-57eb-b912-7eae27d2eb97")
"""Namespace of episode guids; changing it would change every guid and make apps download everything again."""
MAX_DESCRIPTION_BYTES = 4000
CAPTION_TYPES = ("text/vtt", "application/x-subrip")
CHAPTERS_TYPE = "application/json+chapters"

for _prefix, _uri in (("itunes", ITUNES), ("podcast", PODCAST), ("atom", ATOM)):
    ET.register_namespace(_prefix, _uri)

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def guid_for(article_id: str | None, url: str | None, stem: str) -> str:
    """A stable episode guid from the article's front-matter id, else its URL, else the file stem."""
    if article_id and article_id.strip():
        key = "id:" + article_id.strip()
    elif url and url.strip():
        key = "url:" + url.strip()
    else:
        key = "file:" + stem
    return str(uuid.uuid5(EPISODE_GUID_NAMESPACE, key))


def write_feed(folder: Path, channel: Channel, episodes: Sequence[Episode]) -> Path:
    """Write ``folder/feed.xml`` atomically (unless it already holds exactly this) and return its path."""
    path = Path(folder) / FEED_FILE
    data = render_feed(channel, episodes)
    try:
        write_if_changed(path, data)
    except OSError as error:
        raise PublishError(
            f"Cannot write {path} ({error.strerror or error}); check that the output folder exists and is writable."
        ) from None
    return path


def render_feed(channel: Channel, episodes: Sequence[Episode]) -> bytes:
    """The feed as UTF-8 XML, items in the order given (the first ``channel.feed_limit`` of them, if set).

    ``channel.image`` is a URL or a file name in the output folder; without ``channel.language``, the
    feed's language is the episodes' (:func:`episodes_language`). The same inputs always give the same bytes.
    """
    episodes = episodes[: channel.feed_limit or None]
    _check_unique(episodes)
    rss = ET.Element("rss", version="2.0")
    node = ET.SubElement(rss, "channel")
    _text(node, "title", channel.title)
    _text(node, "link", as_uri(channel.link))
    _text(node, "description", _truncate(channel.description, MAX_DESCRIPTION_BYTES))
    _text(node, "language", language_code(channel.language) if channel.language else episodes_language(episodes))
    _text(node, "generator", GENERATOR)
    if episodes:
        _text(node, "lastBuildDate", format_datetime(max(episode.updated for episode in episodes)))
    feed_url = _url(channel.base_url, FEED_FILE)
    ET.SubElement(node, f"{{{ATOM}}}link", href=feed_url, rel="self", type="application/rss+xml")
    if channel.author:
        _text(node, f"{{{ITUNES}}}author", channel.author)
    if channel.owner_name or channel.owner_email:
        owner = ET.SubElement(node, f"{{{ITUNES}}}owner")
        if channel.owner_name:
            _text(owner, f"{{{ITUNES}}}name", channel.owner_name)
        if channel.owner_email:
            _text(owner, f"{{{ITUNES}}}email", channel.owner_email)
    if channel.image:
        ET.SubElement(node, f"{{{ITUNES}}}image", href=_href(channel.base_url, channel.image))
    if channel.category:
        category = ET.SubElement(node, f"{{{ITUNES}}}category", text=channel.category)
        if channel.subcategory:
            ET.SubElement(category, f"{{{ITUNES}}}category", text=channel.subcategory)
    _text(node, f"{{{ITUNES}}}explicit", _bool(channel.explicit))
    _text(node, f"{{{ITUNES}}}type", "episodic")
    _text(node, f"{{{PODCAST}}}locked", "no")
    if channel.base_url:
        _text(node, f"{{{PODCAST}}}guid", _podcast_guid(feed_url))
    for episode in episodes:
        _item(node, channel, episode)
    ET.indent(rss)
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def episodes_language(episodes: Sequence[Episode]) -> str:
    """The language most ``episodes`` are in, ties going to the newest one's; ``en`` when none is known.

    Counted by base language; the full code (``en-gb``) when every episode in that language has the same
    one, else the base code (``en`` for a mix of ``en-gb`` and ``en-us``).
    """
    newest_first = sorted(episodes, key=lambda episode: episode.published, reverse=True)
    codes = [episode.language for episode in newest_first if episode.language]
    if not codes:
        return DEFAULT_LANGUAGE
    counts = Counter(base_language(code) for code in codes)
    base = max(counts, key=counts.__getitem__)  # the first of equals: the newest episode's
    variants = {code for code in codes if base_language(code) == base}
    return variants.pop() if len(variants) == 1 else base


def _item(parent: ET.Element, channel: Channel, episode: Episode) -> None:
    item = ET.SubElement(parent, "item")
    _text(item, "title", episode.title)
    _text(item, "description", episode.description)
    if episode.link:
        _text(item, "link", as_uri(episode.link))
    _text(item, "guid", episode.guid).set("isPermaLink", "false")
    _text(item, "pubDate", format_datetime(episode.published))
    ET.SubElement(
        item,
        "enclosure",
        url=_url(channel.base_url, episode.audio_file),
        length=str(episode.audio_bytes),
        type="audio/mpeg",
    )
    _text(item, f"{{{ITUNES}}}duration", str(round(episode.duration)))
    _text(item, f"{{{ITUNES}}}explicit", _bool(channel.explicit))
    if episode.author:
        _text(item, f"{{{ITUNES}}}author", episode.author)
    if episode.image:
        ET.SubElement(item, f"{{{ITUNES}}}image", href=_href(channel.base_url, episode.image))
    for mime, name in episode.transcripts.items():
        transcript = ET.SubElement(item, f"{{{PODCAST}}}transcript", url=_url(channel.base_url, name), type=mime)
        if mime in CAPTION_TYPES:
            # Our cues are timed sentence by sentence, so they qualify as captions.
            transcript.set("rel", "captions")
    if episode.chapters_file:
        ET.SubElement(
            item, f"{{{PODCAST}}}chapters", url=_url(channel.base_url, episode.chapters_file), type=CHAPTERS_TYPE
        )


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """Append ``<tag>text</tag>``; ElementTree escapes the text once when serialising."""
    element = ET.SubElement(parent, tag)
    element.text = _NOT_XML.sub("", text)
    return element


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _url(base_url: str, name: str) -> str:
    """The URL of a file in the output folder: under ``base_url``, or relative to the feed when it is empty."""
    quoted = quote(name)
    return f"{as_uri(base_url).rstrip('/')}/{quoted}" if base_url else quoted


def _href(base_url: str, value: str) -> str:
    """A URL (as a URI), or the URL of a file name in the output folder."""
    return as_uri(value) if "://" in value else _url(base_url, value)


def _podcast_guid(feed_url: str) -> str:
    """``podcast:guid``: UUIDv5 of the feed URL without its scheme and trailing slashes."""
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def _truncate(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes, at a word boundary when one is near, ending in an ellipsis."""
    data = text.encode()
    if len(data) <= limit:
        return text
    cut = data[: limit - len("…".encode())].decode(errors="ignore")
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _check_unique(episodes: Sequence[Episode]) -> None:
    """Podcast apps need a distinct guid and enclosure per item."""
    for attribute in ("guid", "audio_file"):
        seen: dict[str, str] = {}
        for episode in episodes:
            value = getattr(episode, attribute)
            if value in seen:
                raise PublishError(
                    f"Episodes {seen[value]!r} and {episode.id!r} have the same {attribute} {value!r}; "
                    "remove one of them from the catalog."
                )
            seen[value] = episode.id
