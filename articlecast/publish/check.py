"""Check a published folder the way a podcast directory would, reading it with parsers that did not write it.

podcastparser (gPodder's) and feedparser read the feed; mutagen reads the MP3s and their tags;
webvtt-py and srt read the transcripts; Pillow reads the images.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..render.artwork import problem as image_problem
from ..config import Channel
from ..config.categories import category_problem
from .feed import ATOM, CHAPTERS_TYPE, FEED_FILE, ITUNES, PODCAST

TOLERANCE_SECONDS = 0.06
"""How far a chapter or cue may end past the audio: two MP3 frames, as decoders count the last one differently."""
CHANNEL_REQUIRED = ("title", "link", "description", "language")


class FolderCheck:
    """The problems found in one published folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.problems: list[str] = []
        self.base = ""
        self.relative: list[str] = []
        """The relative URLs found: podcast apps resolve none of them."""

    def report(self, where: str, problem: str) -> None:
        self.problems.append(f"{where}: {problem}")

    def local(self, where: str, url: str) -> Path | None:
        """The file in the folder that ``url`` points to; None (and a problem) when there is none.
        A relative URL is noted (see :data:`relative`) but its file is still checked."""
        if not url.strip():
            self.report(where, "has an empty URL")
            return None
        if url.startswith(self.base) and self.base:
            name = unquote(url[len(self.base) :])
        elif "://" not in url:
            self.relative.append(url)
            name = unquote(url)
        else:
            self.report(where, f"{url} is not under the feed's own URL {self.base}, so it cannot be checked")
            return None
        path = self.folder / name
        if "/" in name or not path.is_file():
            self.report(where, f"{url} points to {name}, which is not a file in {self.folder}")
            return None
        return path


def check_folder(folder: Path) -> tuple[list[str], int]:
    """The problems of ``folder`` (one sentence each) and the number of episodes checked."""
    check = FolderCheck(folder)
    feed_path = check.folder / FEED_FILE
    try:
        data = feed_path.read_bytes()
    except OSError as error:
        check.report(FEED_FILE, f"cannot be read ({error.strerror})")
        return check.problems, 0
    try:
        channel = ET.fromstring(data).find("channel")
    except ET.ParseError as error:
        check.report(FEED_FILE, f"is not well-formed XML ({error})")
        return check.problems, 0
    if channel is None:
        check.report(FEED_FILE, "has no <channel>")
        return check.problems, 0
    self_link = channel.find(f"{{{ATOM}}}link[@rel='self']")
    feed_url = self_link.get("href", "") if self_link is not None else ""
    check.base = feed_url.rsplit("/", 1)[0] + "/" if "/" in feed_url else ""
    _parsers(check, data, feed_url)
    _channel(check, channel, self_link)
    items = channel.findall("item")
    for kind in ("guid", "enclosure url"):
        values = [_item_value(item, kind) for item in items]
        for value in sorted({value for value in values if values.count(value) > 1}):
            check.report(FEED_FILE, f"{kind} {value} is used by {values.count(value)} items")
    for item in items:
        _item(check, item)
    if check.relative:
        check.report(
            FEED_FILE, f"{len(check.relative)} URL(s) are relative, such as {check.relative[0]!r}, and podcast apps "
            "need absolute ones; set base_url under [channel] in articlecast.toml to where the folder is published",
        )  # fmt: skip
    return check.problems, len(items)


def _parsers(check: FolderCheck, data: bytes, feed_url: str) -> None:
    import feedparser
    import podcastparser

    try:
        podcastparser.parse(feed_url or FEED_FILE, io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure of the parser is the finding
        check.report(FEED_FILE, f"podcastparser cannot read it ({error})")
    parsed = feedparser.parse(data)
    if parsed.bozo:
        check.report(FEED_FILE, f"feedparser reports {parsed.bozo_exception}")


def _channel(check: FolderCheck, channel: ET.Element, self_link: ET.Element | None) -> None:
    where = f"{FEED_FILE} channel"
    for tag in CHANNEL_REQUIRED:
        if not (channel.findtext(tag) or "").strip():
            check.report(where, f"<{tag}> is missing or empty")
    if self_link is None:
        check.report(where, '<atom:link rel="self"> is missing')
    elif "://" not in self_link.get("href", ""):
        check.report(where, f'<atom:link rel="self"> {self_link.get("href", "")!r} is not an absolute URL; '
                     "set base_url under [channel] in articlecast.toml")  # fmt: skip
    example = Channel()
    for tag, value in (("link", example.link), ("title", example.title)):
        if (channel.findtext(tag) or "").strip() == value:
            check.report(where, f"<{tag}> is the example default {value!r}; set {tag} under [channel] in articlecast.toml")
    if channel.findtext(f"{{{ITUNES}}}explicit") not in ("true", "false"):
        check.report(where, "<itunes:explicit> must be true or false")
    category = channel.find(f"{{{ITUNES}}}category")
    if category is None:
        check.report(where, "<itunes:category> is missing")
    else:
        sub = category.find(f"{{{ITUNES}}}category")
        found = category_problem(category.get("text", ""), sub.get("text", "") if sub is not None else "")
        if found:
            check.report(where, found)
    _image(check, where, channel.find(f"{{{ITUNES}}}image"), required=True)


def _item(check: FolderCheck, item: ET.Element) -> None:
    where = f"item {item.findtext('title') or item.findtext('guid') or '(untitled)'!r}"
    if not (item.findtext("title") or "").strip():
        check.report(where, "<title> is missing or empty")
    if not (item.findtext("guid") or "").strip():
        check.report(where, "<guid> is missing")
    _pub_date(check, where, item.findtext("pubDate") or "")
    _image(check, where, item.find(f"{{{ITUNES}}}image"), required=False)
    duration = _enclosure(check, where, item)
    if duration is None:
        return
    for transcript in item.findall(f"{{{PODCAST}}}transcript"):
        _linked_file(check, where, transcript.get("url", ""), duration, TRANSCRIPT_READERS.get(transcript.get("type", "")))
    for chapters in item.findall(f"{{{PODCAST}}}chapters"):
        if chapters.get("type") != CHAPTERS_TYPE:
            check.report(where, f"podcast:chapters type must be {CHAPTERS_TYPE}")
        _linked_file(check, where, chapters.get("url", ""), duration, _json_chapters)


def _enclosure(check: FolderCheck, where: str, item: ET.Element) -> float | None:
    """Check the enclosure, its audio and its tags; the audio's duration, or None when it can't be read."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    enclosure = item.find("enclosure")
    if enclosure is None:
        check.report(where, "<enclosure> is missing")
        return None
    if enclosure.get("type") != "audio/mpeg":
        check.report(where, f"enclosure type is {enclosure.get('type')!r}, not 'audio/mpeg'")
    path = check.local(where, enclosure.get("url", ""))
    if path is None:
        return None
    size = path.stat().st_size
    if enclosure.get("length") != str(size):
        check.report(where, f"enclosure length is {enclosure.get('length')}, but {path.name} has {size} bytes")
    try:
        audio = MP3(path)
    except MutagenError as error:
        check.report(path.name, f"is not a readable MP3 ({error})")
        return None
    duration = float(audio.info.length)
    stated = item.findtext(f"{{{ITUNES}}}duration") or ""
    if not stated.isdigit() or abs(int(stated) - duration) > 1:
        check.report(where, f"itunes:duration is {stated or 'missing'}, but {path.name} lasts {duration:.1f} s")
    _tags(check, path.name, audio.tags, duration)
    return duration


def _tags(check: FolderCheck, where: str, tags: object, duration: float) -> None:
    from mutagen.id3 import ID3, CTOCFlags

    if not isinstance(tags, ID3):
        check.report(where, "has no ID3 tag")
        return
    if tags.version[:2] != (2, 3):
        check.report(where, f"has an ID3v2.{tags.version[1]} tag, not ID3v2.3")
    for frame in ("TIT2", "TALB", "TLEN"):
        if frame not in tags:
            check.report(where, f"has no {frame} frame")
    for picture in tags.getall("APIC"):
        found = image_problem(picture.data)
        if found:
            check.report(where, f"embedded cover {found}")
    chapters = tags.getall("CHAP")
    tocs = tags.getall("CTOC")
    if not chapters and not tocs:
        return
    ids = [chapter.element_id for chapter in chapters]
    if len(set(ids)) != len(ids):
        check.report(where, "has CHAP frames with the same element id")
    top = [toc for toc in tocs if toc.flags & CTOCFlags.TOP_LEVEL]
    if len(top) != 1 or set(top[0].child_element_ids) != set(ids):
        check.report(where, "needs one top-level CTOC frame listing every CHAP frame")
        return
    by_id = {chapter.element_id: chapter for chapter in chapters}
    ordered = [by_id[element_id] for element_id in top[0].child_element_ids]
    limit = round((duration + TOLERANCE_SECONDS) * 1000)
    for previous, chapter in zip([None, *ordered], ordered):
        if not chapter.start_time < chapter.end_time <= limit:
            check.report(where, f"chapter {chapter.element_id} runs {chapter.start_time}-{chapter.end_time} ms, outside the audio")
        if previous is not None and chapter.start_time < previous.end_time:
            check.report(where, f"chapter {chapter.element_id} starts before chapter {previous.element_id} ends")
        if "TIT2" not in chapter.sub_frames:
            check.report(where, f"chapter {chapter.element_id} has no title (TIT2)")


def _pub_date(check: FolderCheck, where: str, text: str) -> None:
    try:
        date = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        check.report(where, f"pubDate {text!r} is not an RFC 2822 date")
        return
    if date.tzinfo is None or format_datetime(date)[:3] != text.strip()[:3]:
        check.report(where, f"pubDate {text!r} needs a time zone and the weekday of its date")


def _image(check: FolderCheck, where: str, element: ET.Element | None, required: bool) -> None:
    if element is None:
        if required:
            check.report(where, "<itunes:image> is missing")
        return
    href = element.get("href", "")
    if not href.strip():
        check.report(where, "<itunes:image> has an empty URL")
        return
    if "://" in href and not (check.base and href.startswith(check.base)):
        return  # hosted elsewhere: nothing is downloaded
    path = check.local(where, href)
    if path is not None:
        found = image_problem(path.read_bytes())
        if found:
            check.report(path.name, found)
        elif path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            check.report(path.name, "needs the extension .jpg or .png")


Reader = Callable[[str], Iterator[tuple[float, float]]]


def _linked_file(check: FolderCheck, where: str, url: str, duration: float, reader: Reader | None) -> None:
    """Read a transcript or chapters file and check that its times ascend and stay within the audio."""
    path = check.local(where, url)
    if path is None:
        return
    if reader is None:
        check.report(where, f"{path.name} has a type articlecast cannot check")
        return
    try:
        spans = list(reader(path.read_text("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
        check.report(path.name, f"is not well-formed ({error})")
        return
    if not spans:
        check.report(path.name, "is empty")
    last = 0.0
    for start, end in spans:
        if start < last or end < start or end > duration + TOLERANCE_SECONDS:
            check.report(path.name, f"has a span {start:.3f}-{end:.3f} s out of order or past the audio ({duration:.3f} s)")
            return
        last = start


def _webvtt(text: str) -> Iterator[tuple[float, float]]:
    import webvtt

    if not text.startswith("WEBVTT"):
        raise ValueError("no WEBVTT header")
    for cue in webvtt.from_buffer(io.StringIO(text)):
        yield cue.start_time.in_milliseconds() / 1000, cue.end_time.in_milliseconds() / 1000


def _srt(text: str) -> Iterator[tuple[float, float]]:
    import srt

    try:
        for subtitle in srt.parse(text):
            yield subtitle.start.total_seconds(), subtitle.end.total_seconds()
    except srt.SRTParseError as error:
        raise ValueError(str(error)) from None


def _json_document(text: str) -> dict[str, Any]:
    """A JSON transcript or chapters file: an object with a ``version``; ValueError otherwise."""
    document = json.loads(text)
    if not isinstance(document, dict):
        raise ValueError("not a JSON object")
    if not isinstance(document.get("version"), str):
        raise ValueError("no version")
    return document


def _json_transcript(text: str) -> Iterator[tuple[float, float]]:
    document = _json_document(text)
    for segment in document["segments"]:
        if not isinstance(segment["body"], str):
            raise ValueError("a segment has no body text")
        yield float(segment["startTime"]), float(segment["endTime"])


def _json_chapters(text: str) -> Iterator[tuple[float, float]]:
    document = _json_document(text)
    for chapter in document["chapters"]:
        if not isinstance(chapter.get("title"), str):
            raise ValueError("a chapter has no title")
        start = float(chapter["startTime"])
        yield start, float(chapter.get("endTime", start))


TRANSCRIPT_READERS: dict[str, Reader] = {
    "text/vtt": _webvtt,
    "application/x-subrip": _srt,
    "application/json": _json_transcript,
}


def _item_value(item: ET.Element, kind: str) -> str:
    if kind == "guid":
        return item.findtext("guid") or ""
    enclosure = item.find("enclosure")
    return enclosure.get("url", "") if enclosure is not None else ""
