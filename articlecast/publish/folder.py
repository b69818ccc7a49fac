"""The published folder around the catalog: an episode's side files, the cover art, the feed, removal."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Channel
from ..errors import ArtworkError, PublishError
from ..files import StagedFiles, write_if_changed
from ..render.chapters import Chapter, chapters_json
from ..render.transcript import TRANSCRIPT_FORMATS, TRANSCRIPT_WRITERS
from ..render.artwork import Artwork, generated_cover, load_artwork
from .catalog import Catalog, Episode
from .feed import write_feed
from .pages import page_name, write_pages

if TYPE_CHECKING:
    from ..article import Article
    from ..cache import Cache
    from ..render.audio import Timing
    from ..speech import Segment

CHANNEL_COVER = "channel_cover"
"""File stem of the channel's cover art in the output folder.

It holds ``_``, which :func:`~articlecast.files.slugify` never gives, so no episode's art (``{slug}.png``)
can take its name. The other fixed names (``feed.xml``, ``catalog.sqlite``) have suffixes no episode file has.
"""


@dataclass(frozen=True)
class EpisodeFiles:
    """Names, in the output folder, of an episode's files besides its MP3."""

    transcripts: dict[str, str]
    """File name by MIME type."""
    chapters: str | None
    image: str | None


def episode_artwork(article: Article, fit: bool = False) -> Artwork | None:
    """The article's own cover (front matter ``image``, a file in the article's folder), checked; None without one.

    An image given as a URL is only linked from the feed (nothing is downloaded), so it is not returned here.
    A path that leaves the article's folder (absolute, or through ``..``) raises :class:`ArtworkError`.
    """
    if not article.image:
        return None
    if "://" in article.image:
        if not is_web_link(article.image):
            where = f" named in {article.source}" if article.source else ""
            raise ArtworkError(
                f"The image {article.image}{where} is not an http or https address; link a web image or put the image beside the article."
            )
        return None
    folder = article.source.parent if article.source else Path()
    path = folder / article.image
    if Path(article.image).is_absolute() or not path.resolve().is_relative_to(folder.resolve()):
        where = f" named in {article.source}" if article.source else ""
        raise ArtworkError(
            f"The image {article.image}{where} is outside the article's folder; put the image beside the article."
        )
    return load_artwork(path, fit)


def is_web_link(text: str) -> bool:
    """Whether ``text`` is an http or https address (the only links a feed may give podcast apps)."""
    return text.lower().startswith(("http://", "https://"))


def write_episode_files(
    staged: StagedFiles,
    out: Path,
    slug: str,
    segments: Sequence[Segment],
    timings: Sequence[Timing],
    chapters: Sequence[Chapter],
    artwork: Artwork | None,
) -> EpisodeFiles:
    """Stage the transcripts, the chapters file (when there are chapters) and the episode art in ``staged``."""
    transcripts = {}
    for suffix, mime in TRANSCRIPT_FORMATS.items():
        name = f"{slug}{suffix}"
        staged.write(out / name, TRANSCRIPT_WRITERS[suffix](segments, timings))
        transcripts[mime] = name
    chapters_name = f"{slug}.chapters.json" if chapters else None
    if chapters_name:
        staged.write(out / chapters_name, chapters_json(chapters))
    image = f"{slug}{artwork.suffix}" if artwork else None
    if artwork and image:
        staged.write(out / image, artwork.data)
    return EpisodeFiles(transcripts, chapters_name, image)


def remove_stale_files(out: Path, previous: Episode | None, current: Episode) -> None:
    """Delete the files a rebuilt episode no longer has (e.g. its chapters file after its headings went)."""
    if previous is not None:
        for name in set(previous.files()) - set(current.files()):
            (out / name).unlink(missing_ok=True)


def publish_channel_art(out: Path, channel: Channel, fit: bool = False, cache: Cache | None = None) -> tuple[Channel, Artwork | None]:
    """Put the channel's cover into ``out`` and return the channel pointing to it, with the art to embed.

    A URL is used as it is (nothing to embed); a local file is checked (or fitted) and copied;
    without an image, a plain cover is drawn from the title so that the feed is valid as it is.
    """
    if "://" in channel.image:
        return channel, None
    artwork = load_artwork(Path(channel.image), fit) if channel.image else generated_cover(channel.title, cache)
    name = f"{CHANNEL_COVER}{artwork.suffix}"
    write_if_changed(out / name, artwork.data)
    return dataclasses.replace(channel, image=name), artwork


def publish_feed(out: Path, channel: Channel, catalog: Catalog) -> Path:
    """Rewrite ``feed.xml`` and the web pages from the catalog, holding its lock so that concurrent builds
    all land in them."""
    with catalog.locked():
        episodes = catalog.episodes()
        feed = write_feed(out, channel, episodes)
        write_pages(out, channel, episodes)
        return feed


def remove_episode(out: Path, id: str, channel: Channel, catalog: Catalog, delete_files: bool = False) -> Episode:
    """Take an episode out of the catalog, the feed and the web pages; delete its files too when asked."""
    episode = catalog.remove(id)
    publish_feed(out, channel, catalog)
    (out / page_name(episode.id)).unlink(missing_ok=True)
    if delete_files:
        for name in episode.files():
            try:
                (out / name).unlink(missing_ok=True)
            except OSError as error:
                raise PublishError(f"Cannot delete {out / name} ({error.strerror}); delete it by hand.") from None
    return episode
