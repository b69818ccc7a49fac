"""What the studio does, over the library API: script views, voicing one segment, the lexicon, builds."""

from __future__ import annotations

import dataclasses
import json
import tempfile
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..cache import Cache
from ..config import Settings, VoiceProfile
from ..engines import phonemes_of
from ..engines.runner import Voicer
from ..errors import ArticleError, ArticlecastError, ConfigError
from ..files import write_atomic
from ..sources import ARTICLE_SUFFIXES, load_article
from ..pipeline import ArticleResult, build, find_articles
from ..speech import Script, prepare
from ..speech.lexicon import Lexicon, load_lexicon
from ..workers import Workers


@dataclass
class BuildProgress:
    """A running or finished build, as the studio shows it; updated by the build's thread."""

    running: bool = False
    articles: int = 0
    finished: int = 0
    steps: int = 0
    done_steps: int = 0
    failures: list[str] = field(default_factory=list)
    message: str = ""

    def article_started(self, source: Path, segments: int) -> None:
        self.steps += segments

    def advanced(self, steps: int) -> None:
        self.done_steps += steps

    def article_done(self, result: ArticleResult) -> None:
        self.finished += 1
        if result.status == "failed":
            self.failures.append(f"{result.source.name}: {result.error}")


class Editor:
    """An output folder, the articles folder it is built from, a voice profile and its lexicon file."""

    def __init__(self, out: Path, articles: Path | None, profile: VoiceProfile, settings: Settings,
                 lexicon: Path | None = None, cache: Cache | None = None) -> None:  # fmt: skip
        self.out = Path(out)
        self.articles = Path(articles) if articles else None
        self.lexicon = lexicon or (Path(profile.lexicon) if profile.lexicon else None)
        self.profile = dataclasses.replace(profile, lexicon=str(self.lexicon)) if self.lexicon and self.lexicon.is_file() else profile
        self.settings = settings
        self.cache = cache or Cache()
        self.progress = BuildProgress()
        self._workers: Workers | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        """Stop the voicing workers."""
        if self._workers:
            self._workers.close()

    def article_files(self) -> list[Path]:
        """The article files directly in the articles folder (not symlinks leading out of it), by name."""
        if self.articles is None or not self.articles.is_dir():
            return []
        root = self.articles.resolve()
        return sorted(
            path
            for path in self.articles.iterdir()
            if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file() and path.resolve().parent == root
        )

    def listing(self) -> list[dict[str, Any]]:
        """Each article's file name and modification time (a change there means: show its script again)."""
        return [{"name": path.name, "modified": str(path.stat().st_mtime_ns)} for path in self.article_files()]

    def article(self, name: str) -> Path:
        """The article file of this name; ArticleError for any other name."""
        for path in self.article_files():
            if path.name == name:
                return path
        raise ArticleError(f"There is no article {name!r} in the articles folder; choose one from the list.")

    def script_view(self, name: str, extra_entry: tuple[str, str] | None = None) -> dict[str, Any]:
        """What will be said for article ``name``, segment by segment, with the lexicon's matches marked.

        ``extra_entry`` (written, say) previews a lexicon entry that is not saved yet.
        """
        path = self.article(name)
        if extra_entry:
            with tempfile.TemporaryDirectory(prefix="articlecast-studio-") as folder:
                preview = Path(folder) / "lexicon.toml"
                preview.write_text(self._lexicon_with(*extra_entry), encoding="utf-8")
                return self._script_view(path, dataclasses.replace(self.profile, lexicon=str(preview)))
        return self._script_view(path, self.profile)

    def voice_segment(self, name: str, index: int) -> Path:
        """Voice segment ``index`` of article ``name`` through the clip cache; the cached WAV's path."""
        article = load_article(self.article(name))
        segments = _prepared(article, self.profile)[0].segments
        if not 0 <= index < len(segments):
            raise ArticleError(f"{name} has {len(segments)} segments, so there is no segment {index}; reload the script.")
        with self._lock:
            if self._workers is None:
                self._workers = Workers(1)
        voice = self.profile.voice_for(article.language)
        return Voicer(self._workers, self.cache).voice([segments[index].spoken], voice).clips[0].path

    def add_lexicon_entry(self, written: str, say: str) -> None:
        """Add ``written = say`` to the lexicon file (created if missing), atomically, after checking it."""
        if self.lexicon is None:
            raise ConfigError("The voice profile has no lexicon; start the studio with --lexicon FILE to choose one.")
        text = self._lexicon_with(written, say)
        with self._lock:
            write_atomic(self.lexicon, text)
        self.profile = dataclasses.replace(self.profile, lexicon=str(self.lexicon))

    def start_build(self) -> BuildProgress:
        """Start the normal incremental build of the articles folder in a thread (unless one is running)."""
        if self.articles is None:
            raise ArticleError("The studio was started without --articles, so there is nothing to build.")
        with self._lock:
            if self.progress.running:
                return self.progress
            sources = find_articles([self.articles])
            self.progress = BuildProgress(running=True, articles=len(sources))
        threading.Thread(target=self._build, args=(sources, self.progress), daemon=True).start()
        return self.progress

    def _build(self, sources: list[Path], progress: BuildProgress) -> None:
        try:
            report = build(sources, self.out, self.profile, self.settings, cache=self.cache, listener=progress)
            built = sum(result.status == "built" for result in report.results)
            progress.message = f"{built} built, {len(report.results) - built - len(report.failures)} unchanged, {len(report.failures)} failed."
        except ArticlecastError as error:
            progress.message = str(error)
        except Exception as error:  # shown in the studio rather than lost in a thread
            progress.message = f"The build stopped: {type(error).__name__}: {error}"
        finally:
            progress.running = False

    def _script_view(self, path: Path, profile: VoiceProfile) -> dict[str, Any]:
        modified = str(path.stat().st_mtime_ns)  # as text: too long for a JS number; before reading: a change made meanwhile shows again
        article = load_article(path)
        script, lexicon = _prepared(article, profile)
        segments = [
            {
                "kind": segment.kind,
                "shown": segment.shown,
                "spoken": segment.spoken,
                "pause_ms": segment.pause_ms,
                "hits": [list(match) for match in lexicon.matches(segment.shown)] if lexicon else [],
            }
            for segment in script.segments
        ]
        return {"name": path.name, "modified": modified, "title": script.title, "language": script.language, "segments": segments,
                "lexicon": str(self.lexicon) if self.lexicon else None}  # fmt: skip

    def _lexicon_with(self, written: str, say: str) -> str:
        """The lexicon file's text with one more entry, checked as the build would check it."""
        written, say = written.strip(), say.strip()
        current = self.lexicon.read_text(encoding="utf-8") if self.lexicon and self.lexicon.is_file() else ""
        try:
            existing = tomllib.loads(current)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"The lexicon {self.lexicon} is not valid TOML ({error}); fix it by hand first.") from None
        if written in existing:
            raise ConfigError(f"{written!r} is already in the lexicon {self.lexicon}; change it there.")
        text = current + ("" if not current or current.endswith("\n") else "\n")
        text += f"{json.dumps(written, ensure_ascii=False)} = {json.dumps(say, ensure_ascii=False)}\n"
        with tempfile.TemporaryDirectory(prefix="articlecast-studio-") as folder:
            check = Path(folder) / "lexicon.toml"
            check.write_text(text, encoding="utf-8")
            load_lexicon(check, phonemes_of(self.profile.engine))  # ConfigError for a bad entry
        return text


def _prepared(article: Article, profile: VoiceProfile) -> tuple[Script, Lexicon | None]:
    """The article's script as a build makes it, and the lexicon it used."""
    lexicon = load_lexicon(profile.lexicon, phonemes_of(profile.voice_for(article.language).engine))
    return prepare(article, profile.script_for(article.language), lexicon), lexicon
