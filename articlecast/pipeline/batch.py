"""Build articles into an output folder: each article through :class:`~.episode.EpisodeMaker`,
several at a time, then the catalog and the feed once."""

from __future__ import annotations

import glob
import logging
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path

from ..article import Article
from ..cache import Cache
from ..config import Settings, VoiceProfile
from ..engines import phonemes_of
from ..errors import SETTING, ArticleError, ArticlecastError, PublishError
from ..files import remove_orphaned_temporaries
from ..publish import BuildKeys, Catalog, Episode, guid_for
from ..publish.folder import episode_artwork, publish_channel_art, publish_feed, remove_stale_files
from ..sources import ARTICLE_SUFFIXES, load_article
from ..speech.lexicon import load_lexicon
from ..workers import Workers
from .episode import EpisodeMaker, Made, warm_up_worker
from .processes import worker_processes
from .report import ArticleResult, BuildReport, Listener

_LOGGER = logging.getLogger(__name__)


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
    articles_at_once: int | None = None,
) -> BuildReport:
    """Build each article into ``out_dir`` and its catalog, then rewrite the feed once.

    ``jobs`` worker processes voice and encode (default: one per CPU, capped by the engines);
    ``articles_at_once`` articles are made at a time (default: as many as there are workers).
    An article that fails is reported, with its exception, and leaves no files; the others
    still land, unless ``fail_fast`` stops the build at the first failure. ``overrides``
    (title, author, date, url, language) replace what a single article's file says. ``fit``
    crops and scales cover images that podcast apps would refuse, instead of failing.
    Safe to call many times in one process, and from several threads at once.
    """
    check_overrides(sources, overrides)
    profile = profile or VoiceProfile()
    settings = settings or Settings()
    cache = cache or Cache()
    for engine in sorted(profile.engines()):  # a malformed lexicon fails before anything is written
        load_lexicon(profile.lexicon, phonemes_of(engine))
    processes = worker_processes(profile, jobs)
    out = Path(out_dir)
    loaded: Iterable[Article | ArticleResult] = _load(map(Path, sources), overrides, cache, fit)
    if not out.exists():  # a new folder is made only for an article that can be built
        loaded = list(loaded)
        if all(isinstance(item, ArticleResult) for item in loaded):
            return _refused_only([item for item in loaded if isinstance(item, ArticleResult)], out, profile, listener)
    out = prepare_output_folder(out)
    listener = _Locked(listener) if listener else None
    threads = articles_at_once or max(1, processes)
    _LOGGER.info("Building %d article(s) into %s with %d worker process(es)", len(sources), out, processes)
    with Catalog.open(out) as catalog, Workers(processes) as workers, ThreadPoolExecutor(threads) as pool:
        workers.warm(profile.engine, warm_up_worker)  # while the articles are read
        channel, cover = publish_channel_art(out, settings.channel, fit)
        maker = EpisodeMaker(out, profile, settings, workers, cache, listener, cover, fit)
        results: dict[int, ArticleResult] = {}
        pending: dict[Future[Made], int] = {}
        for index, job in enumerate(_claim(loaded, catalog)):
            if isinstance(job, ArticleResult):
                results[index] = job
                if listener:
                    listener.article_done(job)
                if fail_fast:
                    break
            else:
                pending[pool.submit(maker.make, *job)] = index
        for future in _completed(pending, fail_fast):
            made = future.result()
            _record(out, catalog, made)
            results[pending[future]] = made.result
            if listener:
                listener.article_done(made.result)
        ordered = tuple(results[index] for index in sorted(results))
        feed = publish_feed(out, channel, catalog)
    if any(result.status == "built" for result in ordered) and cache.info().bytes > cache.max_bytes:
        cache.prune()
    return BuildReport(ordered, feed, out, _unused_lexicon(profile, ordered), profile.source, profile.lexicon)


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


def check_overrides(sources: Sequence[object], overrides: Mapping[str, str] | None) -> None:
    """Raise :class:`ArticleError` if metadata overrides are given for anything but one article."""
    if overrides and len(sources) != 1:
        raise ArticleError(
            f"Title, author, date, url and language overrides describe one article, but {len(sources)} were given; "
            "build that article on its own."
        )


def prepare_output_folder(out: Path) -> Path:
    """Create ``out`` if needed, check that files can be written there, and clear a killed build's leftovers."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".articlecast-write-test-"):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PublishError(
            f"The output folder {out} cannot be written ({reason}); choose another output folder ({SETTING}).",
            setting="out_dir",
        ) from None
    remove_orphaned_temporaries(out)
    return out


def _load(
    sources: Iterable[Path], overrides: Mapping[str, str] | None, cache: Cache, fit: bool
) -> Iterator[Article | ArticleResult]:
    """Each article, read, with its cover image checked; or why it cannot be (whatever the error: one article
    never stops the batch). An article refused here writes nothing, not even a new output folder."""
    for source in sources:
        try:
            article = load_article(source, overrides, cache)
            episode_artwork(article, fit)
            yield article
        except Exception as error:
            _LOGGER.debug("%s cannot be read", source, exc_info=error)
            result = ArticleResult(source, "failed")
            result.fail(error)
            yield result


def _claim(
    loaded: Iterable[Article | ArticleResult], catalog: Catalog
) -> Iterator[ArticleResult | tuple[Article, Episode | None, BuildKeys | None]]:
    """Claim each article's output name and guid, in order; yield what to make, or why not."""
    names: dict[str, Path | None] = {}
    owners: dict[str, str] = {}
    for article in loaded:
        if isinstance(article, ArticleResult):
            yield article
            continue
        slug = article.slug
        try:
            stored = catalog.get(slug)
            _check_name(article, names.get(slug, article.source), stored)
            guid = guid_for(article.id, article.url, slug)
            owner = owners.get(guid) or catalog.id_for_guid(guid)
            if owner not in (None, slug):
                raise PublishError(
                    f"{article.source} has the same id or URL as episode {owner!r}; "
                    "give each article its own id or url in its front matter."
                )
        except ArticlecastError as error:
            result = ArticleResult(article.source or Path(slug), "failed")
            result.fail(error)
            yield result
            continue
        names[slug] = article.source
        owners[guid] = slug
        yield article, stored, catalog.build_keys(slug)


def _check_name(article: Article, other: Path | None, stored: Episode | None) -> None:
    """Refuse an article whose episode name another article file has, in this batch or in the catalog."""
    slug = article.slug
    if other != article.source:
        raise PublishError(f"{article.source} and {other} would both become {slug}.mp3; rename one of the files.")
    if article.source is None or stored is None or stored.source is None:
        return
    if stored.source != article.source.name:
        raise PublishError(
            f"{article.source} would replace episode {slug!r}, which was made from {stored.source}; "
            f"rename one of the files, or remove the episode first (articlecast remove {slug})."
        )


def _refused_only(failures: list[ArticleResult], out: Path, profile: VoiceProfile, listener: Listener | None) -> BuildReport:
    """The report of a build where no article could be read: nothing is written, not even the output folder."""
    for result in failures:
        if listener:
            listener.article_done(result)
    return BuildReport(tuple(failures), None, out, (), profile.source, profile.lexicon)


def _record(out: Path, catalog: Catalog, made: Made) -> None:
    """Store a made episode and its build keys in the catalog, and delete the files it no longer has."""
    result = made.result
    if made.keys is None or result.episode is None:
        return
    try:
        previous = catalog.get(result.episode.id)
        stored = catalog.upsert(result.episode, made.keys)
        if result.status == "built":
            result.episode = stored
            remove_stale_files(out, previous, stored)
    except PublishError as error:
        result.fail(error)


def _completed(pending: dict[Future[Made], int], fail_fast: bool) -> Iterator[Future[Made]]:
    """Futures as they finish; with ``fail_fast``, the rest are cancelled after a failure."""
    for future in as_completed(pending):
        if future.cancelled():
            continue
        yield future
        if fail_fast and future.result().result.status == "failed":
            for other in pending:
                other.cancel()


def _unused_lexicon(profile: VoiceProfile, results: Sequence[ArticleResult]) -> tuple[str, ...]:
    """The lexicon entries that matched nothing in the articles built or checked."""
    lexicon = load_lexicon(profile.lexicon, phonemes_of(profile.engine))
    if lexicon is None:
        return ()
    used = frozenset().union(*(result.lexicon_used for result in results))
    return tuple(entry.written for entry in lexicon.entries if entry.written not in used)


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
