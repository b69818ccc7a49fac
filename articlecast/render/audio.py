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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import Cache, key_of
from ..config import AudioSettings
from ..engines.base import AudioFormat, as_segment
from ..engines.runner import CachedClip
from ..errors import RenderError
from ..workers import Workers
from .mp3frames import count_frames

if TYPE_CHECKING:
    from ..speech import Segment

# LAME's algorithm quality; 3 is the lame command's default.
LAME_QUALITY = 3
# Samples (at the output rate) before a piece's first input sample when decoded: encoder delay + decoder delay.
LAME_DELAY_SAMPLES = 1105
# Bump when how a piece is made changes.
PIECE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Timing:
    """Where a segment's speech lies in the episode, in seconds."""

    start: float
    end: float


@dataclass(frozen=True)
class Piece:
    """Consecutive segments encoded together: their clips and the pause after each."""

    clips: tuple[CachedClip, ...]
    pauses_ms: tuple[int, ...]

    def key(self, settings: AudioSettings) -> str:
        """The cache key of the encoded piece."""
        return key_of("piece", PIECE_FORMAT_VERSION, LAME_QUALITY, repr(settings), [c.key for c in self.clips], self.pauses_ms)

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


def make_pieces(spans: Sequence[range], segments: Sequence[Segment], clips: Sequence[CachedClip]) -> list[Piece]:
    """The pieces for ``spans`` of segments and their clips."""
    return [Piece(tuple(clips[i] for i in span), tuple(segments[i].pause_ms for i in span)) for span in spans]


def render_audio(
    pieces: Sequence[Piece], settings: AudioSettings, workers: Workers, cache: Cache, progress: Callable[[int], None] | None = None
) -> EpisodeAudio:
    """Encode the pieces not yet cached (in parallel) and lay out the episode."""
    _check_formats(pieces)
    keys = [piece.key(settings) for piece in pieces]
    root = str(cache.root)
    futures = [
        workers.submit(encode_piece, piece, settings, root, key)
        for piece, key in zip(pieces, keys)
        if cache.get("pieces", key, ".mp3") is None
    ]
    for future in futures:
        future.result()
        if progress:
            progress(1)
    paths = tuple(cache.path("pieces", key, ".mp3") for key in keys)
    timings: list[Timing] = []
    position = 0
    for piece, path in zip(pieces, paths):
        frames, samples_per_frame = count_frames(path.read_bytes())
        in_rate = piece.clips[0].format.sample_rate
        ratio = settings.sample_rate / in_rate
        for start, end in piece.offsets():
            first = position + LAME_DELAY_SAMPLES + start * ratio
            timings.append(Timing(first / settings.sample_rate, (first + (end - start) * ratio) / settings.sample_rate))
        position += frames * samples_per_frame
    return EpisodeAudio(paths, tuple(timings), position / settings.sample_rate, key_of("audio", keys))


def encode_piece(piece: Piece, settings: AudioSettings, cache_root: str, key: str) -> None:
    """Worker task: join the piece's clips and pauses, encode them with LAME, store the frames."""
    import lameenc

    fmt = piece.clips[0].format
    parts = []
    for clip, pause_ms in zip(piece.clips, piece.pauses_ms):
        segment = as_segment(clip.load()).set_channels(settings.channels)
        parts += [segment.raw_data, bytes(pause_frames(pause_ms, fmt.sample_rate) * 2 * settings.channels)]
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(settings.bitrate_kbps)
    encoder.set_in_sample_rate(fmt.sample_rate)
    encoder.set_out_sample_rate(settings.sample_rate)
    encoder.set_channels(settings.channels)
    encoder.set_quality(LAME_QUALITY)
    data = encoder.encode(b"".join(parts)) + encoder.flush()
    Cache(Path(cache_root)).put("pieces", key, ".mp3", bytes(data))


def write_mp3(audio: EpisodeAudio, target: Path) -> None:
    """Write the pieces' frames one after another into ``target`` (a temporary file)."""
    with open(target, "wb") as out:
        for path in audio.pieces:
            out.write(path.read_bytes())


def _check_formats(pieces: Sequence[Piece]) -> None:
    formats: set[AudioFormat] = {clip.format for piece in pieces for clip in piece.clips}
    if len(formats) > 1 or any(fmt.sample_width != 2 for fmt in formats):
        raise RenderError("The engine returned clips in different or unsupported audio formats; use one voice per article.")
