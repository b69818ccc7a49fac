"""Count the frames of an MPEG audio layer III stream by walking its frame headers."""

from __future__ import annotations

_BITRATES_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2 and 2.5
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def count_frames(data: bytes) -> tuple[int, int]:
    """(number of frames, samples per frame) of raw layer III frames, without tags; ValueError at anything
    else, including a free-format or reserved header (whose frame length is unknown: it would never end)."""
    frames = 0
    samples_per_frame = 1152
    position = 0
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        version_bits = (header >> 19) & 3
        if header >> 21 != 0x7FF or version_bits == 1 or (header >> 17) & 3 != 1:
            raise ValueError(f"no MP3 layer III frame at byte {position}")
        mpeg1 = version_bits == 3
        bitrate_index, rate_index = (header >> 12) & 15, (header >> 10) & 3
        if bitrate_index in (0, 15) or rate_index == 3:  # free format (no length to step by) or reserved values
            raise ValueError(f"an MP3 frame header with no usable bitrate or sample rate at byte {position}")
        bitrate = _BITRATES_KBPS[1 if mpeg1 else 2][bitrate_index] * 1000
        sample_rate = _SAMPLE_RATES[version_bits][rate_index]
        padding = (header >> 9) & 1
        samples_per_frame = 1152 if mpeg1 else 576
        position += samples_per_frame // 8 * bitrate // sample_rate + padding
        frames += 1
    return frames, samples_per_frame
