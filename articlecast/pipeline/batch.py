"""Build articles into an output folder: each article through :class:`~.episode.EpisodeMaker`,
several at a time, then the catalog and the feed once."""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import nullcontext
from pathlib import Path

from ..article import Article
from ..cache import Cache
from ..config import Settings, VoiceProfile
from ..engines import phonemes_of
from ..errors import SETTING, ArticlecastError, CacheError, ClusterError, OutputError, PublishError
from ..files import remove_orphaned_temporaries
from ..publish import BuildKeys, Catalog, Episode, guid_for
from ..publish.folder import episode_artwork, publish_channel_art, publish_feed, remove_stale_files
from ..sources import load_article
from ..speech.lexicon import load_lexicon
from ..workers import TaskRunner
from .episode import EpisodeMaker, Made, VoiceChecks
from .inputs import check_overrides
from .processes import start_workers
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
    scheduler: str | None = None,
    workers: TaskRunner | None = None,
) -> BuildReport:
    """Build each article into ``out_dir`` and its catalog, then rewrite the feed once.

    ``jobs`` worker processes voice and encode (default: one per CPU, capped by the engines; 0: in this process);
    ``articles_at_once`` articles are made at a time (default: as many as there are workers).
    An article that fails is reported, with its exception, and changes nothing in ``out_dir``; the
    others still land, unless ``fail_fast`` stops the build at the first failure (a cache or output
    folder that cannot be written, full say, stops it anyway). Nothing is written before the profile's
    engine is checked, and a new ``out_dir`` in which nothing landed is removed again. ``overrides``
    (title, author, date, url, language) replace what a single article's file says. ``fit``
    crops and scales cover images that podcast apps would refuse, instead of failing.
    ``scheduler`` (a Dask scheduler's address, with the ``dask`` extra) sends the workers' tasks to
    that cluster instead; ``cache`` must then be a folder every machine sees at the same path.
    ``workers`` (from :func:`~.processes.start_workers`, or kept from an earlier build) are used instead
    of starting new ones, and left running: several builds in one program need not start them each.
    Safe to call many times in one process, and from several threads at once.
    """
    check_overrides(sources, overrides)
    profile = profile or VoiceProfile()
    settings = settings or Settings()
    cache = cache or Cache()
    for engine in sorted(profile.engines()):  # a malformed lexicon fails before anything is written
        load_lexicon(profile.lexicon, phonemes_of(engine))
    voices = VoiceChecks()
    voices.get(profile.voice_for(profile.language))  # a missing engine too
    out = Path(out_dir)
    new_folder = not out.exists()
    paths = [Path(source) for source in sources]
    runner = workers or start_workers(paths, out, profile, jobs, scheduler, cache)
    with nullcontext() if workers else runner:  # workers given are the caller's to close
        loaded: Iterable[Article | ArticleResult] = _load(paths, overrides, cache, fit)
        if new_folder:  # a new folder is made only for an article that can be built
            loaded = list(loaded)
            if all(isinstance(item, ArticleResult) for item in loaded):
                return _refused_only([item for item in loaded if isinstance(item, ArticleResult)], out, profile, listener)
        out = prepare_output_folder(out)
        listener = _Locked(listener) if listener else None
        with Catalog.open(out) as catalog, ThreadPoolExecutor(articles_at_once or runner.articles_at_once) as pool:
            _LOGGER.info("Building %d article(s) into %s with %d worker process(es)", len(sources), out, runner.jobs)
            results: dict[int, ArticleResult] = {}
            pending: dict[Future[Made], int] = {}
            try:
                channel, cover = publish_channel_art(out, settings.channel, fit, cache)
                maker = EpisodeMaker(out, profile, settings, runner, cache, listener, cover, fit, voices)
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
                    if listener and not isinstance(made.result.exception, ClusterError):  # said once, by build()
                        listener.article_done(made.result)
            except BaseException:  # Ctrl+C, a bad channel image: the episodes recorded stay, the others leave nothing
                _stop(runner, pool, pending)
                _remove_if_nothing_landed(out, new_folder, results.values())
                raise
            ordered = tuple(results[index] for index in sorted(results))
            landed = any(result.status != "failed" for result in ordered)
            feed = publish_feed(out, channel, catalog) if landed or not new_folder else None
    _remove_if_nothing_landed(out, new_folder, ordered)
    _raise_lost_cluster(ordered)
    if any(result.status == "built" for result in ordered) and cache.info().bytes > cache.max_bytes:
        cache.prune()
    return BuildReport(ordered, feed, out, _unused_lexicon(profile, ordered), profile.source, profile.lexicon)


def prepare_output_folder(out: Path) -> Path:
    """Create ``out`` if needed, check that files can be written there, and clear a killed build's leftovers."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".articlecast-write-test-"):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise OutputError(
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
    """Put a made episode's files in place and store it and its build keys in the catalog, both or
    neither; then delete the files it no longer has."""
    result = made.result
    if made.keys is None or result.episode is None:
        made.files.discard()
        return
    try:
        previous = catalog.get(result.episode.id)
        made.files.commit()
        stored = catalog.upsert(result.episode, made.keys)
    except BaseException as error:  # Ctrl+C too: the files go back, the catalog keeps its row
        made.files.rollback()
        if not isinstance(error, (PublishError, OSError)):
            raise
        result.fail(error if isinstance(error, PublishError) else _unwritable(out, error))
        return
    made.files.finish()
    if result.status == "built":
        result.episode = stored
        remove_stale_files(out, previous, stored)


def _unwritable(out: Path, error: OSError) -> OutputError:
    return OutputError(
        f"Cannot put the episode's files into {out} ({error.strerror or error}); "
        f"free some space or choose another output folder ({SETTING}).",
        setting="out_dir",
    )


def _raise_lost_cluster(results: Sequence[ArticleResult]) -> None:
    """Raise the cluster's error if the scheduler went away (the catalog and feed hold what was built)."""
    for result in results:
        if isinstance(result.exception, ClusterError):
            raise result.exception


def _stop(workers: TaskRunner, pool: ThreadPoolExecutor, pending: dict[Future[Made], int]) -> None:
    """Stop a build at once: cancel the tasks not started (here or on the cluster), wait for the running
    articles to fail or finish, and remove the files staged by articles made but not recorded."""
    workers.cancel()
    pool.shutdown(wait=True, cancel_futures=True)
    for future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            future.result().files.discard()


def _remove_if_nothing_landed(out: Path, new_folder: bool, results: Iterable[ArticleResult]) -> None:
    """Remove the output folder this build made when no episode landed in it: a failed build writes nothing."""
    if new_folder and all(result.status == "failed" for result in results):
        shutil.rmtree(out, ignore_errors=True)


def _completed(pending: dict[Future[Made], int], fail_fast: bool) -> Iterator[Future[Made]]:
    """Futures as they finish; the rest are cancelled after a failure with ``fail_fast``, and after a cache
    or output folder that cannot be written (full, say) in any case: every other article would fail too."""
    for future in as_completed(pending):
        if future.cancelled():
            continue
        yield future
        result = future.result().result
        if result.status == "failed" and (fail_fast or isinstance(result.exception, (CacheError, OutputError))):
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
