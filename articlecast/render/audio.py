"""Assemble voiced clips and pauses into an MP3, piece by piece.

An episode is cut into pieces at paragraph and heading boundaries. Each piece is
encoded on its own (in a worker, with LAME through lameenc) and cached by a hash of
its clips, pauses and output settings, and the MP3 is the pieces' frames one after
another: a rebuild after a one-sentence edit encodes one piece, a second core
encodes pieces in parallel, and memory holds one piece at a time. Each piece adds
LAME's encoder delay at its start and padding at its end; both fall in a pause, and
the timings below count them, so every segment's start and end are exact.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from ..cache import Cache, key_of
from ..config import AudioSettings
from ..audio import AudioFormat, Clip
from ..audio.pcm import as_segment
from ..engines.runner import CachedClip
from ..errors import RenderError
from ..workers import TaskRunner
from ..audio.metering import integrated_from_energies
from .loudness import Leveler, pcm_target, plan_leveler
from .mp3frames import count_frames

if TYPE_CHECKING:
    from ..speech import Segment

_LOGGER = logging.getLogger(__name__)
# LAME's algorithm quality; 3 is the lame command's default.
LAME_QUALITY = 3
# Samples (at the output rate) before a piece's first input sample when decoded: encoder delay + decoder delay.
LAME_DELAY_SAMPLES = 1105
# Seconds of audio on which the limiter's effect on loudness is measured.
PROBE_SECONDS = 120.0
# Bump when how a piece is made or stored changes (4: sealed with a checksum).
PIECE_FORMAT_VERSION = 4
# A part's measured loudness is rounded to this before its leveler is planned (and cached): a
# one-sentence edit moves it by about a thousandth of a LU, the rounding by at most 0.025 LU.
LOUDNESS_STEP_LU = 0.05
# Bump when how a leveler is planned or stored changes (2: sealed with a checksum).
LEVELER_FORMAT_VERSION = 2


@dataclass(frozen=True)
class Timing:
    """Where a segment's speech lies in the episode, in seconds."""

    start: float
    end: float


@dataclass(frozen=True)
class Piece:
    """Consecutive segments encoded together: their clips, the pause after each, and how each is levelled."""

    clips: tuple[CachedClip, ...]
    pauses_ms: tuple[int, ...]
    levelers: tuple[Leveler, ...]

    def key(self, settings: AudioSettings) -> str:
        """The cache key of the encoded piece."""
        return key_of("piece", PIECE_FORMAT_VERSION, _encoder_versions(), LAME_QUALITY, repr(settings),
                      [c.key for c in self.clips], self.pauses_ms, [repr(leveler) for leveler in self.levelers])  # fmt: skip

    def offsets(self) -> list[tuple[int, int]]:
        """(start, end) of each clip in the piece's input frames."""
        rate = self.clips[0].format.sample_rate
        spans, position = [], 0
        for clip, pause_ms in zip(self.clips, self.pauses_ms):
            spans.append((position, position + clip.frames))
            position += clip.frames + pause_frames(pause_ms, rate)
        return spans


@dataclass(frozen=True)
class EpisodeAudio:
    """The encoded pieces of an episode, the timing of each segment, and the whole length."""

    pieces: tuple[Path, ...]
    timings: tuple[Timing, ...]
    duration: float
    key: str


def pause_frames(pause_ms: int, rate: int) -> int:
    """Frames of silence for a pause."""
    return round(pause_ms * rate / 1000)


def piece_spans(segments: Sequence[Segment], paragraph_pause_ms: int) -> list[range]:
    """Where pieces end: after each heading, title or disclosure, and after each paragraph
    (a pause of a paragraph or more). Decided locally, so an edit moves no other boundary."""
    spans: list[range] = []
    start = 0
    for index, segment in enumerate(segments):
        if segment.kind != "sentence" or segment.pause_ms >= paragraph_pause_ms or index == len(segments) - 1:
            spans.append(range(start, index + 1))
            start = index + 1
    return spans


def make_pieces(
    spans: Sequence[range], segments: Sequence[Segment], clips: Sequence[CachedClip], levelers: Sequence[Leveler]
) -> list[Piece]:
    """The pieces for ``spans`` of segments, with their clips and levelers."""
    return [
        Piece(tuple(clips[i] for i in span), tuple(segments[i].pause_ms for i in span), tuple(levelers[i] for i in span))
        for span in spans
    ]


def plan_part_levelers(
    clips: Sequence[CachedClip], parts: Sequence[bool], settings: AudioSettings, cache: Cache
) -> list[Leveler]:
    """A leveler for each clip: one per part (``parts[i]``: whether clip i is the disclosure), each
    part measured whole and its limiter's effect measured on a sample of about ``PROBE_SECONDS``.

    The sample is chosen by clip key, so an edit changes it by one clip at most, and a part's
    plan is cached by its sample and its loudness rounded to ``LOUDNESS_STEP_LU``: after a
    one-sentence edit, the plan is usually found, not measured again.
    """
    levelers: dict[bool, Leveler] = {}
    for part in dict.fromkeys(parts):
        members = [clip for clip, name in zip(clips, parts) if name == part]
        every = max(1, math.ceil(sum(clip.duration for clip in members) / PROBE_SECONDS))
        probe = [clip for clip in members if int(clip.key[:8], 16) % every == 0] or members
        loudness = integrated_from_energies(clip.energies() for clip in members)
        if math.isfinite(loudness):
            loudness = round(loudness / LOUDNESS_STEP_LU) * LOUDNESS_STEP_LU
        target, ceiling = pcm_target(settings), settings.true_peak
        key = key_of("leveler", LEVELER_FORMAT_VERSION, [clip.key for clip in probe], loudness, target, ceiling)
        leveler = _cached_leveler(cache, key)
        if leveler is None:
            leveler = plan_leveler(CachedClips(members), target, ceiling, CachedClips(probe), loudness)
            cache.put("levelers", key, ".json", json.dumps(asdict(leveler)).encode())
        levelers[part] = leveler
    return [levelers[part] for part in parts]


def _cached_leveler(cache: Cache, key: str) -> Leveler | None:
    data = cache.read("levelers", key, ".json")
    try:
        plan = json.loads(data) if data else None
        return Leveler(float(plan["gain_db"]), float(plan["ceiling_dbtp"])) if plan else None
    except (ValueError, TypeError, KeyError):  # sealed but unreadable (another version's): planned again, and replaced
        return None


@dataclass(frozen=True)
class CachedClips:
    """The cached clips' audio, read anew from the cache on each iteration (one clip in memory at a time)."""

    clips: Sequence[CachedClip]

    def __iter__(self) -> Iterator[Clip]:
        return (clip.load() for clip in self.clips)


def render_audio(
    pieces: Sequence[Piece],
    settings: AudioSettings,
    workers: TaskRunner,
    lane: str,
    cache: Cache,
    progress: Callable[[int], None] | None = None,
) -> EpisodeAudio:
    """Encode the pieces not yet cached, in parallel in ``lane``'s workers (those that voiced them), and lay out the episode."""
    _check_formats(pieces)
    keys = [piece.key(settings) for piece in pieces]
    root = str(cache.root)
    shapes = {key: _piece_shape(cache, key) for key in dict.fromkeys(keys)}
    jobs = [(piece, settings, root, key) for piece, key in zip(pieces, keys) if shapes[key] is None]
    _LOGGER.info("%d of %d pieces from the cache; %d to encode", len(pieces) - len(jobs), len(pieces), len(jobs))
    for future in workers.gather(lane, encode_piece, jobs, lambda _: progress(1) if progress else None):
        if isinstance(future.exception(), BrokenProcessPool):
            raise RenderError("The encoding process crashed twice; check free memory and try again.")
        future.result()
    paths = tuple(cache.path("pieces", key, ".mp3") for key in keys)
    timings: list[Timing] = []
    position = 0
    for piece, key in zip(pieces, keys):
        frames, samples_per_frame = shapes[key] or _piece_shape(cache, key) or _lost_piece(cache, key)
        in_rate = piece.clips[0].format.sample_rate
        ratio = settings.sample_rate / in_rate
        for start, end in piece.offsets():
            first = position + LAME_DELAY_SAMPLES + start * ratio
            timings.append(Timing(first / settings.sample_rate, (first + (end - start) * ratio) / settings.sample_rate))
        position += frames * samples_per_frame
    return EpisodeAudio(paths, tuple(timings), position / settings.sample_rate, key_of("audio", keys))


def _piece_shape(cache: Cache, key: str) -> tuple[int, int] | None:
    """(frames, samples per frame) of the cached piece, or None if it is missing or damaged (then removed)."""
    data = cache.read("pieces", key, ".mp3")
    if data is None:
        return None
    try:
        return count_frames(data)
    except ValueError:  # sealed but not MP3 frames (made by another version, say)
        cache.path("pieces", key, ".mp3").unlink(missing_ok=True)
        return None


def _lost_piece(cache: Cache, key: str) -> tuple[int, int]:
    raise RenderError(f"The encoded piece {key} cannot be read back from the cache {cache.root}; run the build again.")


def encode_piece(piece: Piece, settings: AudioSettings, cache_root: str, key: str) -> None:
    """Worker task: encode the piece's samples (:func:`piece_samples`) with LAME and store the frames."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(settings.bitrate_kbps)
    encoder.set_in_sample_rate(settings.sample_rate)
    encoder.set_out_sample_rate(settings.sample_rate)
    encoder.set_channels(settings.channels)
    encoder.set_quality(LAME_QUALITY)
    data = encoder.encode(piece_samples(piece, settings).tobytes()) + encoder.flush()
    Cache(Path(cache_root)).put("pieces", key, ".mp3", bytes(data))


def piece_samples(piece: Piece, settings: AudioSettings) -> NDArray[np.int16]:
    """The piece's clips, levelled, and its pauses, at the output rate and channels: 16-bit samples,
    shape (frames, channels). soxr resamples them (five times faster than LAME's own resampler,
    and better), in floats rounded here: its 16-bit output would add dither, and the pauses would
    not be silent."""
    import soxr

    fmt = piece.clips[0].format
    parts = []
    for clip, pause_ms, leveler in zip(piece.clips, piece.pauses_ms, piece.levelers):
        audio = clip.load()
        segment = as_segment(Clip(leveler.apply(audio), audio.format)).set_channels(settings.channels)
        parts += [segment.raw_data, bytes(pause_frames(pause_ms, fmt.sample_rate) * 2 * settings.channels)]
    samples = np.frombuffer(b"".join(parts), "<i2").reshape(-1, settings.channels)
    if fmt.sample_rate == settings.sample_rate:
        return samples
    resampled = soxr.resample(samples.astype(np.float32), fmt.sample_rate, settings.sample_rate, quality="HQ")
    return np.clip(np.round(resampled), -32768, 32767).astype("<i2")


@functools.cache
def _encoder_versions() -> tuple[str, str]:
    """The resampler's and the encoder's versions: a piece made by others is another piece."""
    return version("soxr"), version("lameenc")


def write_mp3(audio: EpisodeAudio, cache: Cache, target: Path) -> None:
    """Write the pieces' frames one after another into ``target`` (a temporary file), each checked again."""
    with open(target, "wb") as out:
        for path in audio.pieces:
            data = cache.read_path(path)
            if data is None:
                raise RenderError(f"The encoded piece {path} was removed or damaged during the build; run the build again.")
            out.write(data)


def _check_formats(pieces: Sequence[Piece]) -> None:
    formats: set[AudioFormat] = {clip.format for piece in pieces for clip in piece.clips}
    if len(formats) > 1 or any(fmt.sample_width != 2 for fmt in formats):
        raise RenderError("The engine returned clips in different or unsupported audio formats; use one voice per article.")
