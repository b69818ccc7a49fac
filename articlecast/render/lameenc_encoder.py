"""Encode a timeline to MP3 with LAME through the ``lameenc`` package, for machines without ffmpeg.

``pip install 'articlecast[standalone]'`` brings it. The PCM is fed to LAME in
chunks of at most 1 MiB (one huge buffer took 0.8 GiB), and LAME resamples to
the output rate itself. lameenc writes no LAME "Info" frame, so this module
adds one, as ffmpeg does: it holds the frame count and the encoder delay and
padding, so that players and ffmpeg decode exactly the samples that went in.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import AudioSettings
from ..engines.base import AudioFormat, Clip, as_segment
from ..errors import RenderError

CHUNK_BYTES = 1 << 20
ENCODER_DELAY = 576
"""Samples LAME puts before the audio (the decoder adds its own 529, which decoders know)."""
LAME_VERSION = b"LAME3.100"

_BITRATES = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def is_available() -> bool:
    """Whether the lameenc package is installed."""
    try:
        import lameenc  # noqa: F401
    except ImportError:
        return False
    return True


def encode_mp3(parts: Iterable[bytes], fmt: AudioFormat, target: Path, settings: AudioSettings = AudioSettings()) -> None:
    """Write ``parts`` (raw PCM in ``fmt``) to ``target`` as a constant-bit-rate MP3 without tags."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(settings.bitrate_kbps)
    encoder.set_in_sample_rate(fmt.sample_rate)
    encoder.set_out_sample_rate(settings.sample_rate)
    encoder.set_channels(settings.channels)
    encoder.set_quality(2)
    encoder.silence()
    frames_in = 0
    with open(target, "w+b") as out:
        pending = b""
        info_size = 0
        for chunk in _chunks(parts, fmt, settings.channels):
            frames_in += len(chunk) // (2 * settings.channels)
            pending += encoder.encode(chunk)
            if not info_size and len(pending) >= 4:
                info_size = _frame(pending[:4], clear_padding=True).size
                out.write(bytes(info_size))
            if info_size:
                out.write(pending)
                pending = b""
        out.write(pending + encoder.flush())
        if not info_size:
            raise RenderError("The episode has no audio to encode.")
        out_samples = round(frames_in * settings.sample_rate / fmt.sample_rate)
        _write_info_frame(out, info_size, out_samples)


def _chunks(parts: Iterable[bytes], fmt: AudioFormat, channels: int) -> Iterator[bytes]:
    """The PCM as 16-bit samples with ``channels`` channels, in pieces of at most :data:`CHUNK_BYTES`."""
    step = CHUNK_BYTES // fmt.frame_size * fmt.frame_size
    for part in parts:
        for start in range(0, len(part), step):
            piece = part[start : start + step]
            if (fmt.channels, fmt.sample_width) != (channels, 2):
                piece = as_segment(Clip(piece, fmt)).set_sample_width(2).set_channels(channels).raw_data
            yield piece


class _Frame:
    """What an MP3 frame header says."""

    def __init__(self, header: bytes) -> None:
        if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0 or (header[1] >> 1) & 3 != 1:
            raise RenderError("LAME wrote something that is not an MP3 frame.")
        self.header = header[:4]
        self.version = (header[1] >> 3) & 3
        self.mono = header[3] >> 6 == 3
        self.bitrate = _BITRATES[3 if self.version == 3 else 2][header[2] >> 4]
        self.sample_rate = _SAMPLE_RATES[self.version][(header[2] >> 2) & 3]
        self.samples = 1152 if self.version == 3 else 576
        padding = (header[2] >> 1) & 1
        self.size = self.samples // 8 * self.bitrate * 1000 // self.sample_rate + padding

    @property
    def side_info(self) -> int:
        """Bytes of side information after the header, where the Info tag starts."""
        if self.version == 3:
            return 17 if self.mono else 32
        return 9 if self.mono else 17


def _frame(header: bytes, clear_padding: bool = False) -> _Frame:
    if clear_padding and len(header) >= 4:
        header = header[:2] + bytes([header[2] & ~0x02]) + header[3:4]
    return _Frame(header)


def _write_info_frame(out: BinaryIO, info_size: int, out_samples: int) -> None:
    """Count the audio frames after the placeholder and write the Info frame over it."""
    out.seek(info_size)
    first = _frame(out.read(4), clear_padding=True)
    frames = 0
    position = info_size
    while True:
        out.seek(position)
        header = out.read(4)
        if len(header) < 4:
            break
        position += _frame(header).size
        frames += 1
    total = position
    padding = frames * first.samples - ENCODER_DELAY - out_samples
    if not 0 <= padding < 4096:
        raise RenderError(f"LAME's output does not match its input ({frames} frames for {out_samples} samples).")
    tag = b"Info" + struct.pack(">III", 0x0F, frames, total)
    tag += bytes(i * 256 // 100 for i in range(100)) + struct.pack(">I", 0)
    lame = LAME_VERSION + bytes([0x01, 0]) + bytes(8) + bytes([0, min(first.bitrate, 255)])
    lame += (ENCODER_DELAY << 12 | padding).to_bytes(3, "big") + bytes(4) + struct.pack(">IH", total, 0)
    frame = bytearray(info_size)
    frame[:4] = first.header
    offset = 4 + first.side_info
    body = tag + lame
    if offset + len(body) + 2 > info_size:
        raise RenderError(f"MP3 frames at {first.bitrate} kbps are too small for the Info tag; set a higher bitrate_kbps under [audio].")
    frame[offset : offset + len(body)] = body
    crc_at = offset + len(body)
    frame[crc_at : crc_at + 2] = struct.pack(">H", _crc16(bytes(frame[:crc_at])))
    out.seek(0)
    out.write(frame)


def _crc16(data: bytes) -> int:
    """CRC-16/ARC, as LAME computes it for its tag."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc
