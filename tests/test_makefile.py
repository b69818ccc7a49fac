"""The Makefile's targets that need no network: ``make clean``."""

import shutil
import subprocess

from conftest import ROOT

GENERATED = [
    "a.mp3", "a.vtt", "a.srt", "a.json", "a.chapters.json", "a.png", "b.jpg", "channel_cover.png", "feed.xml",
    "catalog.sqlite", "catalog.sqlite-wal", ".a.mp3.12345.tmp",
]  # fmt: skip


def test_clean_empties_the_output_folder_but_keeps_gitkeep(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    (tmp_path / "audio").mkdir()
    for name in [".gitkeep", *GENERATED]:
        (tmp_path / "audio" / name).write_bytes(b"x")
    subprocess.run(["make", "-s", "clean"], cwd=tmp_path, check=True, capture_output=True)
    assert [path.name for path in (tmp_path / "audio").iterdir()] == [".gitkeep"]
