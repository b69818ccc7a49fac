"""The library API: build articles into episodes and publish them in an output folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import glob
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from mutagen import MutagenError
from mutagen.id3 import ID3

from .article import Article
from . import __version__
from .cache import Cache, key_of
from .engines import engine_version, get_engine, worker_count
from .config import Settings, VoiceProfile
from .engines.runner import Voicer
from .errors import ArticleError, ArticlecastError, PublishError, RenderError
from .files import atomic_path, remove_orphaned_temporaries
from .language import language_code
from .publish import Catalog, Episode, guid_for
from .publish.artwork import Artwork
from .publish.folder import episode_artwork, publish_channel_art, publish_feed, remove_stale_files, write_episode_files
from .render.audio import load_worker_modules, make_pieces, piece_spans, plan_part_levelers, render_audio, write_mp3
from .render.chapters import chapters
from .render.tags import INPUT_KEY, RENDER_KEY, EpisodeTags, write_tags
from .render.transcript import plain_text
from .speech import prepare
from .speech.lexicon import Lexicon, lexicon_for
from .speech.normalize import fold_text
from .sources import ARTICLE_SUFFIXES, load_article
from .workers import Workers


Status = Literal["built", "unchanged", "failed"]


@dataclass
class ArticleResult:
    """What happened to one article."""

    source: Path
    status: Status
    episode: Episode | None = None
    error: str | None = None
    segments: int = 0
    cache_hits: int = 0
    voiced: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    """Time spent per stage: prepare, voice, encode, write."""
    lexicon_used: frozenset[str] = frozenset()
    """The profile's lexicon entries that matched in this article."""


@dataclass(frozen=True)
class BuildReport:
    """What a build produced."""

    results: tuple[ArticleResult, ...]
    feed: Path | None
    out: Path
    lexicon_unused: tuple[str, ...] = ()
    """The profile's lexicon entries that matched nothing in the articles built or checked."""

    @property
    def episodes(self) -> tuple[Episode, ...]:
        return tuple(r.episode for r in self.results if r.episode is not None)

    @property
    def failures(self) -> tuple[ArticleResult, ...]:
        return tuple(r for r in self.results if r.status == "failed")

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data, for CI."""
        articles = []
        for result in self.results:
            episode = result.episode
            articles.append({
                "source": str(result.source),
                "status": result.status,
                "error": result.error,
                "mp3": str(self.out / episode.audio_file) if episode else None,
                "transcripts": {kind: str(self.out / name) for kind, name in episode.transcripts.items()} if episode else {},
                "duration": round(episode.duration, 3) if episode else None,
                "segments": result.segments,
                "cache_hits": result.cache_hits,
                "voiced": result.voiced,
                "seconds": result.seconds,
            })  # fmt: skip
        counts = {status: sum(r.status == status for r in self.results) for status in ("built", "unchanged", "failed")}
        return {"out": str(self.out), "feed": str(self.feed) if self.feed else None, "counts": counts, "articles": articles}


class Listener(Protocol):
    """Receives progress while a build runs (the CLI draws it)."""

    def article_started(self, source: Path, segments: int) -> None: ...

    def advanced(self, steps: int) -> None: ...

    def article_done(self, result: ArticleResult) -> None: ...


def find_articles(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (their article files, sorted) and glob patterns into article paths."""
    found: list[Path] = []
    for item in map(str, paths):
        path = Path(item)
        if path.is_dir():
            articles = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not articles:
                raise ArticleError(f"{path} holds no articles ({', '.join(sorted(ARTICLE_SUFFIXES))}); check the folder.")
            found += articles
        elif not path.exists() and glob.has_magic(item):
            matches = sorted(Path(match) for match in glob.glob(item))
            if not matches:
                raise ArticleError(f"No files match {item}; check the pattern.")
            found += matches
        else:
            found.append(path)
    return found


def build(
    sources: Sequence[str | Path],
    out_dir: str | Path = "audio",
    profile: VoiceProfile | None = None,
    settings: Settings | None = None,
    jobs: int | None = None,
    cache: Cache | None = None,
    listener: Listener | None = None,
    fail_fast: bool = False,
    overrides: Mapping[str, str] | None = None,
    fit: bool = False,
) -> BuildReport:
    """Build each article into ``out_dir`` and its catalog, then rewrite the feed once.

    ``jobs`` worker processes voice and encode (default: one per CPU), for as many
    articles at a time. An article that fails is reported and leaves no files; the
    others still land, unless ``fail_fast`` stops the build at the first failure.
    ``overrides`` (title, author, date, url, language) replace what a single article's file says.
    ``fit`` crops and scales cover images that podcast apps would refuse, instead of failing.
    """
    check_overrides(sources, overrides)
    profile = profile or VoiceProfile()
    settings = settings or Settings()
    lexicon = lexicon_for(profile)
    cache = cache or Cache()
    jobs = jobs or os.cpu_count() or 1
    out = prepare_output_folder(Path(out_dir))
    listener = _Locked(listener) if listener else None
    with Catalog.open(out) as catalog, Workers(worker_count(profile, jobs)) as workers, ThreadPoolExecutor(jobs) as threads:
        workers.warm(profile.engine, load_worker_modules)  # while the articles are read
        channel, cover = publish_channel_art(out, settings.channel, fit)
        maker = _EpisodeMaker(out, profile, settings, Voicer(workers, cache), workers, cache, listener, cover, fit, lexicon)
        results: dict[int, ArticleResult] = {}
        pending: dict[Future[ArticleResult], int] = {}
        for index, job in enumerate(_plan(map(Path, sources), catalog, overrides)):
            if isinstance(job, ArticleResult):
                results[index] = job
                if listener:
                    listener.article_done(job)
                if fail_fast:
                    break
            else:
                pending[threads.submit(maker.make, *job)] = index
        for future in _completed(pending, fail_fast):
            result = future.result()
            if result.status == "built" and result.episode is not None:
                try:
                    previous = catalog.get(result.episode.id)
                    result.episode = catalog.upsert(result.episode)
                    remove_stale_files(out, previous, result.episode)
                except PublishError as error:
                    result.status, result.episode, result.error = "failed", None, str(error)
            results[pending[future]] = result
            if listener:
                listener.article_done(result)
        ordered = tuple(results[index] for index in sorted(results))
        feed = publish_feed(out, channel, catalog)
    if any(result.status == "built" for result in ordered) and cache.info().bytes > cache.max_bytes:
        cache.prune()
    used = frozenset().union(*(result.lexicon_used for result in ordered))
    unused = tuple(entry.written for entry in lexicon.entries if entry.written not in used) if lexicon else ()
    return BuildReport(ordered, feed, out, unused)


def check_overrides(sources: Sequence[object], overrides: Mapping[str, str] | None) -> None:
    """Raise :class:`ArticleError` if metadata overrides are given for anything but one article."""
    if overrides and len(sources) != 1:
        raise ArticleError(
            f"Title, author, date, url and language overrides describe one article, but {len(sources)} were given; "
            "build that article on its own."
        )


def _plan(
    sources: Iterable[Path], catalog: Catalog, overrides: Mapping[str, str] | None
) -> Iterator[ArticleResult | tuple[Article, Episode | None]]:
    """Load each article and claim its output name and guid, in order; yield what to make, or why not."""
    names: dict[str, Path | None] = {}
    owners: dict[str, str] = {}
    for source in sources:
        try:
            article = load_article(source, overrides)
            slug = article.slug
            other = names.get(slug, article.source)
            if other != article.source:
                raise PublishError(f"{article.source} and {other} would both become {slug}.mp3; rename one of the files.")
            guid = guid_for(article.id, article.url, slug)
            owner = owners.get(guid) or catalog.id_for_guid(guid)
            if owner not in (None, slug):
                raise PublishError(
                    f"{article.source} has the same id or URL as episode {owner!r}; "
                    "give each article its own id or url in its front matter."
                )
        except ArticlecastError as error:
            yield ArticleResult(source, "failed", error=str(error))
            continue
        names[slug] = article.source
        owners[guid] = slug
        yield article, catalog.get(slug)


def _completed(pending: dict[Future[ArticleResult], int], fail_fast: bool) -> Iterator[Future[ArticleResult]]:
    """Futures as they finish; with ``fail_fast``, the rest are cancelled after a failure."""
    for future in as_completed(pending):
        if future.cancelled():
            continue
        yield future
        if fail_fast and future.result().status == "failed":
            for other in pending:
                other.cancel()


class _EpisodeMaker:
    """Makes one article's episode files; called from several threads at once."""

    def __init__(self, out: Path, profile: VoiceProfile, settings: Settings, voicer: Voicer, workers: Workers,
                 cache: Cache, listener: Listener | None, cover: Artwork | None, fit: bool,
                 lexicon: Lexicon | None) -> None:  # fmt: skip
        self.out, self.profile, self.settings = out, profile, settings
        self.voicer, self.workers, self.cache, self.listener = voicer, workers, cache, listener
        self.cover, self.fit, self.lexicon = cover, fit, lexicon

    def make(self, article: Article, stored: Episode | None) -> ArticleResult:
        result = ArticleResult(article.source or Path(article.slug), "failed")
        try:
            self._make(article, stored, result)
        except Exception as error:  # one article's failure, whatever it is, must not stop the batch
            result.status, result.error = "failed", failure_message(error)
        return result

    def _make(self, article: Article, stored: Episode | None, result: ArticleResult) -> None:
        clock = _Clock(result.seconds)
        profile = self.profile.for_language(article.language)
        mp3_path = self.out / f"{article.slug}.mp3"
        artwork = episode_artwork(article, self.fit)  # checked before voicing, so a bad image fails fast
        input_key = self._input_key(article, profile, artwork)
        if (
            stored is not None
            and stored.content_hash == article.content_hash()
            and all((self.out / name).is_file() for name in stored.files())
            and _tag_value(mp3_path, INPUT_KEY) == input_key
        ):
            result.status, result.episode = "unchanged", stored
            if stored.language is None:  # stored before catalog version 3: the language is recorded, nothing rebuilt
                result.status, result.episode = "built", dataclasses.replace(stored, language=language_code(article.language))
            result.lexicon_used = self._lexicon_used(article, profile)
            return
        self.workers.warm(profile.engine, load_worker_modules)  # if the article's language has an engine of its own
        script = prepare(article, profile)
        result.lexicon_used = script.lexicon_used
        segments = script.segments
        spans = piece_spans(segments, profile.pauses.paragraph)
        result.segments = len(segments)
        if self.listener:
            self.listener.article_started(result.source, len(segments) + len(spans))
        clock.lap("prepare")
        progress = self.listener.advanced if self.listener else None
        voicing = self.voicer.voice([s.spoken for s in segments], profile, progress)
        result.cache_hits, result.voiced = voicing.cache_hits, voicing.voiced
        clock.lap("voice")
        parts = [segment.kind == "disclosure" for segment in segments]
        # In a worker, which has the signal-processing libraries loaded already.
        try:
            levelers = self.workers.run(profile.engine, plan_part_levelers, voicing.clips, parts, self.settings.audio, self.cache)
        except BrokenProcessPool:
            raise RenderError("The process measuring loudness crashed twice; check free memory and try again.") from None
        pieces = make_pieces(spans, segments, voicing.clips, levelers)
        audio = render_audio(pieces, self.settings.audio, self.workers, profile.engine, self.cache, progress)
        clock.lap("encode")
        marks = chapters(article.title, segments, audio.timings, audio.duration)
        disclosure = profile.disclosure_text if profile.disclosure else None
        tags = EpisodeTags(article, self.settings.channel.title, round(audio.duration * 1000), plain_text(segments),
                           disclosure, marks, artwork or self.cover)  # fmt: skip
        keys = {RENDER_KEY: tags.key(audio.key), INPUT_KEY: input_key}
        if _tag_value(mp3_path, RENDER_KEY) != keys[RENDER_KEY]:
            with atomic_path(mp3_path) as tmp:
                write_mp3(audio, tmp)
                write_tags(tmp, tags, keys)
        elif _tag_value(mp3_path, INPUT_KEY) != input_key:  # same audio and tags, made from other inputs
            with atomic_path(mp3_path) as tmp:
                shutil.copyfile(mp3_path, tmp)
                write_tags(tmp, tags, keys)
        files = write_episode_files(self.out, article.slug, segments, audio.timings, marks, artwork)
        clock.lap("write")
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        episode = Episode(
            id=article.slug,
            guid=guid_for(article.id, article.url, article.slug),
            title=article.title,
            description=" ".join(part for part in (article.summary, disclosure) if part),
            audio_file=mp3_path.name,
            audio_bytes=mp3_path.stat().st_size,
            duration=audio.duration,
            published=article.date or now,
            updated=now,
            content_hash=article.content_hash(),
            link=article.url,
            author=article.author,
            image=files.image or (article.image if article.image and "://" in article.image else None),
            transcripts=files.transcripts,
            chapters=marks,
            chapters_file=files.chapters,
            language=language_code(article.language),
        )
        if stored is not None and _same_episode(stored, episode):
            result.status, result.episode = "unchanged", stored
        else:
            result.status, result.episode = "built", episode

    def _input_key(self, article: Article, profile: VoiceProfile, artwork: Artwork | None) -> str:
        """Everything an episode is made from; equal keys mean nothing needs rebuilding."""
        engine = engine_version(get_engine(profile.engine), profile)
        voice = repr(dataclasses.replace(profile, max_workers=None, lexicon=None))
        settings = (repr(self.settings.audio), self.settings.channel.title)
        art = [hashlib.sha256(image.data).hexdigest() for image in (artwork, self.cover) if image]
        lexicon = repr(self.lexicon.entries) if self.lexicon else None
        return key_of("input", __version__, article.content_hash(), voice, settings, art, lexicon, engine)

    def _lexicon_used(self, article: Article, profile: VoiceProfile) -> frozenset[str]:
        """The lexicon entries the article's text matches (what :func:`prepare` would find)."""
        if self.lexicon is None:
            return frozenset()
        texts = [article.title, *(block.text for block in article.blocks)]
        if profile.disclosure:
            texts.append(profile.disclosure_text)
        return frozenset().union(*(self.lexicon.used_in(fold_text(text, article.language)) for text in texts))


class _Locked:
    """A listener called from several threads, one call at a time."""

    def __init__(self, listener: Listener) -> None:
        self._listener = listener
        self._lock = threading.Lock()

    def article_started(self, source: Path, steps: int) -> None:
        with self._lock:
            self._listener.article_started(source, steps)

    def advanced(self, steps: int) -> None:
        with self._lock:
            self._listener.advanced(steps)

    def article_done(self, result: ArticleResult) -> None:
        with self._lock:
            self._listener.article_done(result)


class _Clock:
    """Records the seconds between laps into a dict."""

    def __init__(self, record: dict[str, float]) -> None:
        self.record = record
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.record[name] = round(now - self.last, 3)
        self.last = now


def failure_message(error: Exception) -> str:
    """One sentence for an article that failed: our own errors say it themselves."""
    if isinstance(error, ArticlecastError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"A file could not be read or written{where}: {error.strerror or error}; check free disk space and permissions."
    return f"Unexpected {type(error).__name__}: {error}; please report this with the article that caused it."


def _same_episode(stored: Episode, new: Episode) -> bool:
    """Whether a rebuilt episode equals the stored one but for when it was built."""
    return dataclasses.replace(new, published=stored.published, updated=stored.updated, guid=stored.guid) == stored


def _tag_value(path: Path, description: str) -> str | None:
    """A TXXX value of an existing MP3's tag, if any."""
    try:
        frames = ID3(path).getall(f"TXXX:{description}")
    except MutagenError:
        return None
    return str(frames[0]) if frames else None


def prepare_output_folder(out: Path) -> Path:
    """Create ``out`` if needed, check that files can be written there, and clear a killed build's leftovers."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".articlecast-write-test-"):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PublishError(f"The output folder {out} cannot be written ({reason}); choose another with -o.") from None
    remove_orphaned_temporaries(out)
    return out
