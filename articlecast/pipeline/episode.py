"""One article into one episode: the stages as named calls, with typed values in between."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..article import Article
from ..cache import Cache
from ..config import AudioSettings, Settings, VoiceProfile, VoiceSettings
from ..engines import engine_version, phonemes_of, prepare_voicing
from ..engines.runner import Progress, Voicer, Voicing
from ..errors import SETTING, OutputError
from ..files import StagedFiles
from ..language import language_code
from ..publish import BuildKeys, Episode, guid_for
from ..publish.folder import episode_artwork, is_web_link, write_episode_files
from ..render.artwork import Artwork
from ..render.audio import EpisodeAudio, make_pieces, piece_spans, plan_part_levelers, render_audio, write_mp3
from ..render.chapters import chapters
from ..render.tags import EpisodeTags, write_tags
from ..render.transcript import plain_text
from ..render.warmup import warm_up_worker
from ..speech import Script, prepare
from ..speech.lexicon import Lexicon, load_lexicon
from ..speech.normalize import fold_text
from ..speech.sentences import resplit, sentences_key, split_history_key, split_paragraphs
from ..cluster import tally_workers
from ..workers import TaskRunner
from .freshness import Inputs, is_unchanged, mp3_is_current
from .processes import SPLITTING_LANE
from .report import ArticleResult, Listener

_LOGGER = logging.getLogger(__name__)
MAX_RESPLIT_PAIRS = 400
"""Edited and earlier paragraphs compared at most, beyond which an article is split afresh."""


@dataclass(frozen=True)
class Made:
    """An article's result, the keys to store with its episode (None when nothing is to be stored), and its
    files, staged: put in place by the caller together with the catalog row, or not at all."""

    result: ArticleResult
    keys: BuildKeys | None = None
    files: StagedFiles = field(default_factory=StagedFiles)


class EpisodeMaker:
    """Makes articles' episode files in one output folder; called from several threads at once."""

    def __init__(self, out: Path, profile: VoiceProfile, settings: Settings, workers: TaskRunner, cache: Cache,
                 listener: Listener | None, cover: Artwork | None, fit: bool, voices: VoiceChecks | None = None) -> None:  # fmt: skip
        self.out, self.profile, self.settings, self.workers, self.cache = out, profile, settings, workers, cache
        self.listener, self.cover, self.fit = listener, cover, fit
        self.voicer = Voicer(workers, cache)
        self.voices = voices or VoiceChecks()

    def make(self, article: Article, stored: Episode | None, keys: BuildKeys | None) -> Made:
        """The article's episode, or why it failed: an article's failure, whatever it is, never stops the batch."""
        result = ArticleResult(article.source or Path(article.slug), "failed")
        staged = StagedFiles()
        with tally_workers() as tasks_by_worker:
            try:
                made = self._make(article, stored, keys, result, staged)
            except BaseException as error:
                staged.discard()
                if not isinstance(error, Exception):
                    raise
                _LOGGER.debug("%s failed", result.source, exc_info=error)
                result.fail(error)
                made = Made(result)
        result.workers = dict(tasks_by_worker)
        return made

    def _make(
        self, article: Article, stored: Episode | None, keys: BuildKeys | None, result: ArticleResult, staged: StagedFiles
    ) -> Made:
        clock = _StageClock(result.seconds)
        script_settings = self.profile.script_for(article.language)
        voice, version = self.voices.get(self.profile.voice_for(article.language))
        lexicon = load_lexicon(self.profile.lexicon, phonemes_of(voice.engine))
        artwork = episode_artwork(article, self.fit)  # checked before voicing, so a bad image fails fast
        covers = tuple(image for image in (artwork, self.cover) if image)
        input_key = Inputs(article, voice, version, script_settings, lexicon, self.settings.audio,
                           self.settings.channel.title, covers).key()  # fmt: skip
        if is_unchanged(self.out, stored, keys, input_key):
            result.status, result.episode = "unchanged", stored
            result.lexicon_used = _lexicon_used(article, lexicon, script_settings.disclosure)
            return Made(result)

        warm_up = functools.partial(warm_up_worker, voice.engine)
        self.workers.warm(voice.engine, warm_up)  # unless warmed already: the article's language may have an engine of its own
        script = prepare(article, script_settings, lexicon, self._splitter(article))
        spans = piece_spans(script.segments, script_settings.pauses.paragraph)
        result.segments, result.lexicon_used = len(script.segments), script.lexicon_used
        if self.listener:
            self.listener.article_started(result.source, len(script.segments) + len(spans))
        clock.lap("prepare")

        progress = self.listener.advanced if self.listener else None
        voicing = self.voicer.voice([segment.spoken for segment in script.segments], voice, version, progress)
        result.cache_hits, result.voiced = voicing.cache_hits, voicing.voiced
        clock.lap("voice")

        audio = self._render(script, spans, voicing, voice.engine, progress)
        clock.lap("encode")

        marks = chapters(article.title, script.segments, audio.timings, audio.duration)
        tags = EpisodeTags(article, self.settings.channel.title, round(audio.duration * 1000),
                           plain_text(script.segments), script_settings.disclosure, marks, artwork or self.cover)  # fmt: skip
        new_keys = BuildKeys(input_key, tags.key(audio.key))
        mp3_path = self.out / f"{article.slug}.mp3"
        try:
            mp3_size = mp3_path.stat().st_size if mp3_is_current(mp3_path, stored, keys, new_keys.render_key) else None
            if mp3_size is None:
                temporary = staged.path(mp3_path)
                write_mp3(audio, self.cache, temporary)
                write_tags(temporary, tags)
                mp3_size = temporary.stat().st_size
            files = write_episode_files(staged, self.out, article.slug, script.segments, audio.timings, marks, artwork)
        except OSError as error:
            raise OutputError(
                f"Cannot write the episode's files into {self.out} ({error.strerror or error}); "
                f"free some space or choose another output folder ({SETTING}).",
                setting="out_dir",
            ) from None
        clock.lap("write")

        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        episode = Episode(
            id=article.slug,
            guid=guid_for(article.id, article.url, article.slug),
            title=article.title,
            description=" ".join(part for part in (article.summary, script_settings.disclosure) if part),
            audio_file=mp3_path.name,
            audio_bytes=mp3_size,
            duration=audio.duration,
            published=article.date or now,
            updated=now,
            content_hash=article.content_hash(),
            link=article.url,
            author=article.author,
            image=files.image or (article.image if article.image and is_web_link(article.image) else None),
            transcripts=files.transcripts,
            chapters=marks,
            chapters_file=files.chapters,
            language=language_code(article.language),
            source=article.source.name if article.source else None,
        )
        same = stored is not None and _same_episode(stored, episode)
        result.status, result.episode = ("unchanged", stored) if same else ("built", episode)
        _LOGGER.info("%s: %s in %s", result.source, result.status, result.seconds)
        return Made(result, new_keys, staged)

    def _splitter(self, article: Article) -> _WorkerSplitter:
        name = str(article.source.resolve()) if article.source else article.slug
        return _WorkerSplitter(self.workers, self.cache, name)

    def _render(self, script: Script, spans: list[range], voicing: Voicing, lane: str, progress: Progress | None) -> EpisodeAudio:
        """Level each part (the disclosure, the article), then encode the pieces."""
        audio_settings: AudioSettings = self.settings.audio
        parts = [segment.kind == "disclosure" for segment in script.segments]
        levelers = self.workers.run(lane, plan_part_levelers, voicing.clips, parts, audio_settings, self.cache)
        pieces = make_pieces(spans, script.segments, voicing.clips, levelers)
        return render_audio(pieces, audio_settings, self.workers, lane, self.cache, progress)


class VoiceChecks:
    """Each voice's settings with the voice resolved, and its engine's version: each engine is checked
    once per build, before any worker voices with it (the build's own voice before any file is written)."""

    def __init__(self) -> None:
        self._voices: dict[VoiceSettings, tuple[VoiceSettings, str]] = {}
        self._lock = threading.Lock()

    def get(self, wanted: VoiceSettings) -> tuple[VoiceSettings, str]:
        """The resolved settings and the engine's version; :class:`EngineError` if the engine or voice is missing."""
        with self._lock:
            if wanted not in self._voices:
                engine, voice = prepare_voicing(wanted)
                self._voices[wanted] = (voice, engine_version(engine, voice))
            return self._voices[wanted]


@dataclass(frozen=True)
class _WorkerSplitter:
    """Splits an article's paragraphs into sentences: those split in an earlier build come from the cache,
    those edited since from their earlier sentences where :func:`resplit` can tell them, and the script is
    made from all these while the others are split in a splitting worker."""

    workers: TaskRunner
    cache: Cache
    name: str
    """The article's file (or name): whose earlier paragraphs edited ones are compared with."""

    def __call__(self, paragraphs: Sequence[str], language: str) -> Iterator[tuple[int, list[str]]]:
        keys = [sentences_key(paragraph, language) for paragraph in paragraphs]
        stored = [self.cache.read("sentences", key, ".json") for key in keys]
        known = {index: json.loads(data) for index, data in enumerate(stored) if data is not None}
        history = split_history_key(self.name, language)
        if len(known) < len(paragraphs):
            known |= self._edited(paragraphs, known, history)
        unknown = [index for index in range(len(paragraphs)) if index not in known]
        if unknown:
            with ThreadPoolExecutor(1) as waiter:
                split = waiter.submit(self.workers.run, SPLITTING_LANE, split_paragraphs, [paragraphs[index] for index in unknown], language)
                yield from known.items()
                known.update(zip(unknown, split.result()))
                yield from ((index, known[index]) for index in unknown)
        else:
            yield from known.items()
        if None in stored:  # some paragraph is new: remember them all
            for index, data in enumerate(stored):
                if data is None:
                    self.cache.put("sentences", keys[index], ".json", _json(known[index]))
            self.cache.put("sentences", history, ".json", _json([[paragraph, known[index]] for index, paragraph in enumerate(paragraphs)]))

    def _edited(self, paragraphs: Sequence[str], known: dict[int, list[str]], history: str) -> dict[int, list[str]]:
        """The sentences of paragraphs edited since the last build, from the earlier ones they were made from."""
        data = self.cache.read("sentences", history, ".json")
        current = set(paragraphs)
        earlier = [(old, sentences) for old, sentences in json.loads(data) if old not in current] if data else []
        missing = [index for index in range(len(paragraphs)) if index not in known]
        if len(missing) * len(earlier) > MAX_RESPLIT_PAIRS:  # rewritten rather than edited: split afresh
            return {}
        found = {}
        for index in missing:
            for old, sentences in earlier:
                if (derived := resplit(old, sentences, paragraphs[index])) is not None:
                    found[index] = derived
                    break
        return found


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _lexicon_used(article: Article, lexicon: Lexicon | None, disclosure: str | None) -> frozenset[str]:
    """The lexicon entries the article's text matches (what :func:`prepare` finds)."""
    if lexicon is None:
        return frozenset()
    texts = [article.title, *(block.text for block in article.blocks), *([disclosure] if disclosure else [])]
    return frozenset().union(*(lexicon.used_in(fold_text(text, article.language)) for text in texts))


def _same_episode(stored: Episode, new: Episode) -> bool:
    """Whether a rebuilt episode equals the stored one but for when it was built."""
    return replace(new, published=stored.published, updated=stored.updated, guid=stored.guid) == stored


class _StageClock:
    """Records the seconds between laps into a dict."""

    def __init__(self, record: dict[str, float]) -> None:
        self.record = record
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.record[name] = round(now - self.last, 3)
        self.last = now
