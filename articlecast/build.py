"""The library API: build articles into episodes and publish them in an output folder."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .article import Article, load_article
from .config import Settings, VoiceProfile
from .engines.runner import voice_texts
from .errors import ArticlecastError, PublishError
from .files import atomic_path, write_atomic
from .publish import Catalog, Episode, guid_for, write_feed
from .render.mp3 import encode_mp3, find_ffmpeg
from .render.tags import EpisodeTags, write_tags
from .render.timeline import assemble
from .render.transcript import plain_text, webvtt
from .speech import Script, prepare
from .speech.lexicon import lexicon_for


@dataclass(frozen=True)
class Failure:
    """An article that could not be built, and why."""

    source: Path
    message: str


@dataclass(frozen=True)
class BuildReport:
    """What a build produced."""

    episodes: tuple[Episode, ...]
    failures: tuple[Failure, ...]
    feed: Path | None
    lexicon_unused: tuple[str, ...] = ()
    """The profile's lexicon entries that matched nothing in the batch's articles."""


def build(
    sources: Sequence[str | Path],
    out_dir: str | Path = "audio",
    profile: VoiceProfile | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
    on_done: Callable[[Path, Episode | Failure], None] | None = None,
) -> BuildReport:
    """Build each article into ``out_dir`` and its catalog, then rewrite the feed once.

    An article that fails is reported and leaves no files; the others still land.
    """
    profile = profile or VoiceProfile()
    settings = settings or Settings()
    find_ffmpeg()
    lexicon = lexicon_for(profile)
    out = prepare_output_folder(Path(out_dir))
    episodes: list[Episode] = []
    failures: list[Failure] = []
    lexicon_used: set[str] = set()
    with Catalog.open(out) as catalog:
        claims = _Claims(catalog)
        for source in map(Path, sources):
            outcome: Episode | Failure
            try:
                article = load_article(source)
                claims.claim(article)
                script = prepare(article, profile)
                lexicon_used |= script.lexicon_used
                outcome = catalog.upsert(build_episode(article, script, out, profile, settings, jobs))
                episodes.append(outcome)
            except ArticlecastError as error:
                outcome = Failure(source, str(error))
                failures.append(outcome)
            if on_done:
                on_done(source, outcome)
        feed = write_feed(out, settings.channel, catalog.episodes()) if episodes else None
    unused = tuple(entry.written for entry in lexicon.entries if entry.written not in lexicon_used) if lexicon else ()
    return BuildReport(tuple(episodes), tuple(failures), feed, unused)


class _Claims:
    """Output names and guids taken so far, so that no article overwrites another's episode."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.sources: dict[str, Path | None] = {}
        self.owners: dict[str, str] = {}

    def claim(self, article: Article) -> None:
        """Raise :class:`PublishError`, before any file is written, if the article's name or guid is taken."""
        slug = article.slug
        other = self.sources.get(slug, article.source)
        if other != article.source:
            raise PublishError(f"{article.source} and {other} would both become {slug}.mp3; rename one of the files.")
        guid = guid_for(article.id, article.url, slug)
        owner = self.owners.get(guid) or self.catalog.id_for_guid(guid)
        if owner not in (None, slug):
            raise PublishError(
                f"{article.source} has the same id or URL as episode {owner!r}; "
                "give each article its own id or url in its front matter."
            )
        self.sources[slug] = article.source
        self.owners[guid] = slug


def build_episode(article: Article, script: Script, out: Path, profile: VoiceProfile, settings: Settings, jobs: int = 1) -> Episode:
    """Voice, assemble, encode and tag one prepared article; write its MP3 and WebVTT atomically."""
    clips = voice_texts([segment.spoken for segment in script.segments], profile, jobs)
    timeline = assemble(clips, [segment.pause_ms for segment in script.segments])
    mp3_path = out / f"{article.slug}.mp3"
    vtt_path = out / f"{article.slug}.vtt"
    disclosure = profile.disclosure_text if profile.disclosure else None
    with atomic_path(mp3_path) as tmp:
        encode_mp3(timeline.parts, timeline.format, tmp, settings.audio)
        tags = EpisodeTags(article, settings.channel.title, round(timeline.duration * 1000), plain_text(script.segments), disclosure)
        write_tags(tmp, tags)
    write_atomic(vtt_path, webvtt(script.segments, timeline.timings))
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return Episode(
        id=article.slug,
        guid=guid_for(article.id, article.url, article.slug),
        title=article.title,
        description=" ".join(part for part in (article.summary, disclosure) if part),
        audio_file=mp3_path.name,
        audio_bytes=mp3_path.stat().st_size,
        duration=timeline.duration,
        transcript_file=vtt_path.name,
        published=article.date or now,
        updated=now,
        content_hash=article.content_hash(),
        link=article.url,
        author=article.author,
        image=article.image if article.image and "://" in article.image else None,
    )


def prepare_output_folder(out: Path) -> Path:
    """Create ``out`` if needed and check that files can be written there."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".articlecast-write-test-"):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PublishError(f"The output folder {out} cannot be written ({reason}); choose another with -o.") from None
    if not os.access(out, os.W_OK):
        raise PublishError(f"The output folder {out} cannot be written; choose another with -o.")
    return out
