"""The episode catalog: upserts, removal, order, foreign files, concurrent writers and migrations."""

from __future__ import annotations

import dataclasses
import io
import json
import multiprocessing
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import feedparser
import podcastparser
import pytest

from articlecast.errors import PublishError
from articlecast.publish import CATALOG_FILE, Catalog, Episode
from articlecast.publish.catalog import SCHEMA_VERSION
from articlecast.render.chapters import Chapter
from conftest import run_cli

T0 = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def make_episode(id: str = "my-article", **changes: Any) -> Episode:
    episode = Episode(
        id=id,
        guid=f"guid-{id}",
        title=f"Title of {id}",
        description="Summary. This audio is created with AI assistance.",
        audio_file=f"{id}.mp3",
        audio_bytes=1000,
        duration=12.5,
        transcripts={"text/vtt": f"{id}.vtt"},
        published=T0,
        updated=T0,
        content_hash="hash-1",
        link=f"https://example.com/{id}",
    )
    return dataclasses.replace(episode, **changes)


def test_upsert_inserts_and_get_returns_it(tmp_path: Path) -> None:
    episode = make_episode(author="Ann", image="https://example.com/art.png")
    with Catalog.open(tmp_path) as catalog:
        assert catalog.upsert(episode) == episode
        assert catalog.get("my-article") == episode
        assert catalog.get("missing") is None
    with Catalog.open(tmp_path) as catalog:
        assert catalog.get("my-article") == episode


def test_upsert_keeps_guid_and_published_and_updates_the_rest(tmp_path: Path) -> None:
    later = T0 + timedelta(days=3)
    with Catalog.open(tmp_path) as catalog:
        catalog.upsert(make_episode())
        stored = catalog.upsert(
            make_episode(
                guid="a-new-guid", published=later, updated=later, audio_bytes=2222, duration=99.0, title="New"
            )
        )
        assert stored.guid == "guid-my-article"
        assert stored.published == T0
        assert (stored.audio_bytes, stored.duration, stored.title, stored.updated) == (2222, 99.0, "New", later)
        assert catalog.get("my-article") == stored
        assert len(catalog.episodes()) == 1


def test_datetimes_are_stored_as_iso_8601_text(tmp_path: Path) -> None:
    with Catalog.open(tmp_path) as catalog:
        catalog.upsert(make_episode())
    with closing(sqlite3.connect(tmp_path / CATALOG_FILE)) as db:
        assert db.execute("SELECT published, updated FROM episodes").fetchone() == (T0.isoformat(), T0.isoformat())
        assert db.execute("PRAGMA application_id").fetchone()[0] != 0
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_naive_datetime_is_refused(tmp_path: Path) -> None:
    with Catalog.open(tmp_path) as catalog, pytest.raises(ValueError, match="timezone-aware"):
        catalog.upsert(make_episode(updated=datetime(2024, 5, 1)))


def test_guid_used_by_another_episode_is_refused(tmp_path: Path) -> None:
    with Catalog.open(tmp_path) as catalog:
        catalog.upsert(make_episode("first", guid="same"))
        with pytest.raises(PublishError, match="'second' has the same guid as episode 'first'"):
            catalog.upsert(make_episode("second", guid="same"))
        assert [episode.id for episode in catalog.episodes()] == ["first"]


def test_remove(tmp_path: Path) -> None:
    with Catalog.open(tmp_path) as catalog:
        episode = catalog.upsert(make_episode())
        assert catalog.remove("my-article") == episode
        assert catalog.get("my-article") is None
        with pytest.raises(PublishError, match="no episode 'my-article'"):
            catalog.remove("my-article")


def test_episodes_newest_published_first_ties_by_id(tmp_path: Path) -> None:
    with Catalog.open(tmp_path) as catalog:
        catalog.upsert(make_episode("b-tie", guid="1"))
        catalog.upsert(make_episode("old", guid="2", published=T0 - timedelta(days=1)))
        catalog.upsert(make_episode("a-tie", guid="3"))
        # Same instant as T0 + 1 h written in another offset: order must follow instants, not text.
        catalog.upsert(make_episode("new", guid="4", published=(T0 + timedelta(hours=1)).astimezone(UTC)))
        assert [episode.id for episode in catalog.episodes()] == ["new", "a-tie", "b-tie", "old"]


def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 20
    (tmp_path / CATALOG_FILE).write_bytes(garbage)
    with pytest.raises(PublishError, match="is damaged or is not an SQLite database; move it away"):
        Catalog.open(tmp_path)
    assert (tmp_path / CATALOG_FILE).read_bytes() == garbage
    assert [path.name for path in tmp_path.iterdir()] == [CATALOG_FILE]


@pytest.mark.parametrize(
    "setup",
    [
        "CREATE TABLE users (name TEXT)",
        "PRAGMA application_id = 1234",
    ],
)
def test_foreign_sqlite_database_is_refused(tmp_path: Path, setup: str) -> None:
    db = sqlite3.connect(tmp_path / CATALOG_FILE)
    db.execute(setup)
    db.commit()
    db.close()
    before = (tmp_path / CATALOG_FILE).read_bytes()
    with pytest.raises(PublishError, match="database of another program, not an articlecast catalog"):
        Catalog.open(tmp_path)
    assert (tmp_path / CATALOG_FILE).read_bytes() == before


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    Catalog.open(tmp_path).close()
    db = sqlite3.connect(tmp_path / CATALOG_FILE)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(PublishError, match="schema version 99"):
        Catalog.open(tmp_path)


def test_unwritable_folder(tmp_path: Path) -> None:
    # Tests run as root, which ignores permissions: a parent that is a regular file stops everyone.
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(PublishError, match="Cannot create the output folder"):
        Catalog.open(tmp_path / "file" / "out")


def _upsert_many(folder: Path, prefix: str, count: int, start: Barrier) -> None:
    start.wait()
    with Catalog.open(folder) as catalog:
        for number in range(count):
            catalog.upsert(make_episode(f"{prefix}-{number}", guid=f"{prefix}-{number}"))


def test_two_processes_upsert_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    workers = [context.Process(target=_upsert_many, args=(tmp_path, name, 25, start)) for name in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]
    with Catalog.open(tmp_path) as catalog:
        ids = {episode.id for episode in catalog.episodes()}
    assert ids == {f"{name}-{number}" for name in ("a", "b") for number in range(25)}


V1_SCHEMA = """
CREATE TABLE episodes (
    id TEXT PRIMARY KEY NOT NULL, guid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL,
    audio_file TEXT NOT NULL, audio_bytes INTEGER NOT NULL, duration REAL NOT NULL, transcript_file TEXT NOT NULL,
    published TEXT NOT NULL, updated TEXT NOT NULL, content_hash TEXT NOT NULL, link TEXT, author TEXT, image TEXT
)
"""


def test_version_1_catalog_is_migrated_keeping_its_episodes(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / CATALOG_FILE)) as db, db:
        db.execute(V1_SCHEMA)
        db.execute(
            "INSERT INTO episodes VALUES ('old', 'guid-old', 'Old', 'D', 'old.mp3', 10, 1.5, 'old.vtt', ?, ?, 'h', NULL, NULL, NULL)",
            (T0.isoformat(), T0.isoformat()),
        )
        db.execute(f"PRAGMA application_id = {int.from_bytes(b'ACst', 'big')}")
        db.execute("PRAGMA user_version = 1")
    with Catalog.open(tmp_path) as catalog:
        (episode,) = catalog.episodes()
        assert (episode.id, episode.guid, episode.published) == ("old", "guid-old", T0)
        assert episode.transcripts == {"text/vtt": "old.vtt"}
        assert (episode.chapters, episode.chapters_file, episode.language) == ((), None, None)
        catalog.upsert(make_episode("new", chapters=(Chapter("Intro", 0.0, 1.0),), chapters_file="new.chapters.json"))
    with closing(sqlite3.connect(tmp_path / CATALOG_FILE)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in db.execute("PRAGMA table_info(episodes)")]
        assert "transcript_file" not in columns and {"transcripts", "chapters", "chapters_file", "language"} <= set(columns)
    with Catalog.open(tmp_path) as catalog:
        assert catalog.get("new").chapters == (Chapter("Intro", 0.0, 1.0),)  # type: ignore[union-attr]


V2_SCHEMA = """
CREATE TABLE episodes (
    id TEXT PRIMARY KEY NOT NULL, guid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL,
    audio_file TEXT NOT NULL, audio_bytes INTEGER NOT NULL, duration REAL NOT NULL,
    published TEXT NOT NULL, updated TEXT NOT NULL, content_hash TEXT NOT NULL, link TEXT, author TEXT, image TEXT,
    transcripts TEXT NOT NULL DEFAULT '{}', chapters TEXT NOT NULL DEFAULT '[]', chapters_file TEXT
)
"""


def write_version_2_catalog(folder: Path, episodes: list[Episode]) -> None:
    """A catalog as articlecast wrote it before it stored languages (schema version 2)."""
    with closing(sqlite3.connect(folder / CATALOG_FILE)) as db, db:
        db.execute(V2_SCHEMA)
        for episode in episodes:
            row = dataclasses.asdict(episode)
            row.update(published=episode.published.isoformat(), updated=episode.updated.isoformat(),
                       transcripts=json.dumps(episode.transcripts), chapters=json.dumps(row["chapters"]))  # fmt: skip
            del row["language"], row["source"]
            db.execute(f"INSERT INTO episodes ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        db.execute(f"PRAGMA application_id = {int.from_bytes(b'ACst', 'big')}")
        db.execute("PRAGMA user_version = 2")


def test_version_2_catalog_is_migrated_keeping_its_episodes(tmp_path: Path) -> None:
    old = make_episode("old", chapters=(Chapter("Intro", 0.0, 1.0),), chapters_file="old.chapters.json")
    write_version_2_catalog(tmp_path, [old])
    with Catalog.open(tmp_path) as catalog:
        (episode,) = catalog.episodes()
        assert episode == old  # everything kept; the language is unknown
        assert episode.language is None
        catalog.upsert(make_episode("new", language="uk"))
    with closing(sqlite3.connect(tmp_path / CATALOG_FILE)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert dict(db.execute("SELECT id, language FROM episodes").fetchall()) == {"old": None, "new": "uk"}


def test_open_without_create_needs_an_existing_catalog(tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="There is no catalog in"):
        Catalog.open(tmp_path, create=False)
    assert list(tmp_path.iterdir()) == []


def test_built_folder_with_a_version_2_catalog_keeps_its_episode_and_learns_its_language(tmp_path: Path, article: Any) -> None:
    source = article("---\ntitle: Міст відкрили\n---\nМіст через Дніпро знову відкрили для руху. Ремонт тривав два роки.\n")
    out = tmp_path / "out"
    assert run_cli("build", str(source), "-o", str(out), "-q").returncode == 0
    with Catalog.open(out) as catalog:
        episodes = [dataclasses.replace(episode, language=None) for episode in catalog.episodes()]
    (out / CATALOG_FILE).unlink()
    write_version_2_catalog(out, episodes)

    result = run_cli("feed", "-o", str(out))
    assert result.returncode == 0, result.stderr
    feed = podcastparser.parse("feed.xml", io.BytesIO((out / "feed.xml").read_bytes()))
    assert [item["guid"] for item in feed["episodes"]] == [episodes[0].guid]
    assert feed["language"] == "en"  # no episode with a known language yet

    mp3 = out / episodes[0].audio_file
    audio = mp3.read_bytes()[-10_000:]
    result = run_cli("build", str(source), "-o", str(out), "--report", str(tmp_path / "report.json"))
    assert result.returncode == 0, result.stderr
    (report,) = json.loads((tmp_path / "report.json").read_text())["articles"]
    # The language and the build keys are recorded; every clip and piece comes from the cache.
    assert (report["status"], report["voiced"]) == ("built", 0)
    assert mp3.read_bytes()[-10_000:] == audio
    before = (mp3.stat().st_ino, mp3.stat().st_mtime_ns)
    assert run_cli("build", str(source), "-o", str(out)).returncode == 0
    assert (mp3.stat().st_ino, mp3.stat().st_mtime_ns) == before  # now known: left alone
    data = (out / "feed.xml").read_bytes()
    assert podcastparser.parse("feed.xml", io.BytesIO(data))["language"] == feedparser.parse(data).feed.language == "uk"
    problems = json.loads(run_cli("check", "--json", str(out)).stdout)["problems"]
    assert problems and all("[channel]" in problem for problem in problems)  # only the channel left unconfigured
