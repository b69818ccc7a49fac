"""A damaged cache entry of any kind is found by its checksum, made again, and never reaches the output."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable

import pytest

from articlecast import build
from articlecast.cache import Cache
from articlecast.render.mp3frames import count_frames

ARTICLE = """---
title: Harbour lights
date: 2026-03-14
---

The harbour lights were switched on again on Monday evening.

Fishermen said the old lamps had been dark for three winters. The council paid for new ones.
"""


def emptied(data: bytes) -> bytes:
    return b""


def cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def flipped(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(byte ^ 0xFF for byte in data[middle : middle + 64]) + data[middle + 64 :]


def header_garbage(data: bytes) -> bytes:
    return bytes(range(7, 51)) + data[44:]


def bitrate_zero(data: bytes) -> bytes:
    """The first MP3 frame header's bitrate index set to 0 ("free format"): its length is unknown."""
    return data[:2] + bytes([data[2] & 0x0F]) + data[3:]


def gain_changed(data: bytes) -> bytes:
    return data.replace(b'"gain_db": ', b'"gain_db": 1', 1)


def language_changed(data: bytes) -> bytes:
    return b"fr" + data[2:]


DAMAGE: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "clip emptied": ("clips/*/*.wav", emptied),
    "clip cut in half": ("clips/*/*.wav", cut_in_half),
    "clip samples flipped": ("clips/*/*.wav", flipped),
    "clip header garbage": ("clips/*/*.wav", header_garbage),
    "energies emptied": ("clips/*/*.energies.npy", emptied),
    "energies cut": ("clips/*/*.energies.npy", cut_in_half),
    "energies flipped": ("clips/*/*.energies.npy", flipped),
    "piece emptied": ("pieces/*/*.mp3", emptied),
    "piece cut": ("pieces/*/*.mp3", cut_in_half),
    "piece bytes flipped": ("pieces/*/*.mp3", flipped),
    "piece bitrate 0": ("pieces/*/*.mp3", bitrate_zero),
    "leveler plan changed": ("levelers/*/*.json", gain_changed),
    "language changed": ("languages/*/*.txt", language_changed),
}


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A clean build's MP3 bytes, and its cache."""
    folder = tmp_path_factory.mktemp("clean")
    article = folder / "harbour.md"
    article.write_text(ARTICLE, encoding="utf-8")
    report = build([article], folder / "out", jobs=0, cache=Cache(folder / "cache"))
    assert not report.failures
    return article, (folder / "out" / "harbour.mp3").read_bytes(), folder / "cache"


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_entry_is_made_again_and_the_output_is_identical(damage, clean, tmp_path, caplog):
    article, clean_mp3, clean_cache = clean
    shutil.copytree(clean_cache, tmp_path / "cache")
    pattern, harm = DAMAGE[damage]
    damaged = sorted((tmp_path / "cache").glob(pattern))
    assert damaged, f"the clean build left no {pattern}"
    for path in damaged:
        path.write_bytes(harm(path.read_bytes()))

    with caplog.at_level(logging.WARNING, logger="articlecast"):
        report = build([article], tmp_path / "out", jobs=0, cache=Cache(tmp_path / "cache"))

    assert not report.failures, report.failures[0].error
    assert (tmp_path / "out" / "harbour.mp3").read_bytes() == clean_mp3
    assert "damaged" in caplog.text
    made_again = sorted((tmp_path / "cache").glob(pattern))
    assert made_again == damaged and all(path.read_bytes() == (clean_cache / path.relative_to(tmp_path / "cache")).read_bytes() for path in made_again)


def test_a_free_format_or_reserved_mp3_header_is_refused_at_once():
    header = bytes([0xFF, 0xFB, 0x00, 0x00])  # MPEG-1 layer III, bitrate index 0: the walk used to stand still
    program = f"from articlecast.render.mp3frames import count_frames\ncount_frames({header * 100!r})"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=30)
    assert "ValueError: an MP3 frame header with no usable bitrate" in result.stderr
    with pytest.raises(ValueError):
        count_frames(bytes([0xFF, 0xFB, 0xF0, 0x00]) * 10)  # bitrate index 15: reserved
    with pytest.raises(ValueError):
        count_frames(bytes([0xFF, 0xFB, 0x9C, 0x00]) * 10)  # sample rate index 3: reserved
