"""The episode catalog: an SQLite file in the output folder, the source of truth for the feed."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from ..errors import SETTING, OutputError, PublishError
from ..files import create_new
from ..render.chapters import Chapter

CATALOG_FILE = "catalog.sqlite"
APPLICATION_ID = int.from_bytes(b"ACst", "big")
"""Stored in the SQLite header (``PRAGMA application_id``) to recognise our own files."""
SCHEMA_VERSION = 5
"""Stored as ``PRAGMA user_version``; bump it, with a migration in ``_MIGRATIONS``, when the table changes."""
BUSY_TIMEOUT = 30.0
"""Seconds to wait for another process that is writing the catalog."""

_SCHEMA = """
CREATE TABLE episodes (
    id TEXT PRIMARY KEY NOT NULL,
    guid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    audio_file TEXT NOT NULL,
    audio_bytes INTEGER NOT NULL,
    duration REAL NOT NULL,
    published TEXT NOT NULL,
    updated TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    link TEXT,
    author TEXT,
    image TEXT,
    transcripts TEXT NOT NULL DEFAULT '{}',
    chapters TEXT NOT NULL DEFAULT '[]',
    chapters_file TEXT,
    language TEXT,
    source TEXT
)
"""
_BUILD_KEYS_TABLE = """
CREATE TABLE build_keys (
    id TEXT PRIMARY KEY NOT NULL,
    input_key TEXT NOT NULL,
    render_key TEXT NOT NULL
)
"""
_MIGRATIONS = {
    # Version 1 had one WebVTT transcript and no chapters.
    1: (
        "ALTER TABLE episodes ADD COLUMN transcripts TEXT NOT NULL DEFAULT '{}'",
        "UPDATE episodes SET transcripts = json_object('text/vtt', transcript_file)",
        "ALTER TABLE episodes DROP COLUMN transcript_file",
        "ALTER TABLE episodes ADD COLUMN chapters TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE episodes ADD COLUMN chapters_file TEXT",
    ),
    # Version 2 did not store the episode's language: NULL, unknown, until the article is built again.
    2: ("ALTER TABLE episodes ADD COLUMN language TEXT",),
    # Version 3 kept no build keys: each episode is rebuilt once (from the cache) to record them.
    3: (_BUILD_KEYS_TABLE,),
    # Version 4 did not store which article file an episode was made from: NULL, unknown, until it is built again.
    4: ("ALTER TABLE episodes ADD COLUMN source TEXT",),
}
"""The statements that bring a catalog from each older version to the next."""


@dataclass
class Episode:
    """One published episode, as stored in the catalog."""

    id: str
    """The episode's file stem, unique in the folder (``my-article``)."""
    guid: str
    """Stable identifier for podcast apps; never changes once stored."""
    title: str
    description: str
    """Summary and AI disclosure, plain text."""
    audio_file: str
    """MP3 file name relative to the output folder."""
    audio_bytes: int
    """Exact size of the MP3 in bytes."""
    duration: float
    """Length of the audio in seconds."""
    published: datetime
    """Aware datetime of the first publication; never changes once stored."""
    updated: datetime
    """Aware datetime of the last build."""
    content_hash: str
    link: str | None = None
    """URL of the article."""
    author: str | None = None
    image: str | None = None
    """The episode art: a URL, or a file name in the output folder."""
    transcripts: dict[str, str] = dataclasses.field(default_factory=dict)
    """Transcript file names in the output folder, by MIME type (``text/vtt`` first)."""
    chapters: tuple[Chapter, ...] = ()
    chapters_file: str | None = None
    """Podcasting 2.0 chapters JSON file name in the output folder, when there are chapters."""
    language: str | None = None
    """The article's language code (``uk``, ``en-gb``); None when unknown (stored before catalog version 3)."""
    source: str | None = None
    """The name of the article file it was made from (its folder may move); None when unknown (stored before
    catalog version 5). Another file whose name makes the same id is refused rather than overwriting it."""

    def files(self) -> list[str]:
        """Every file of this episode in the output folder."""
        names = [self.audio_file, *self.transcripts.values(), self.chapters_file]
        if self.image and "://" not in self.image:
            names.append(self.image)
        return [name for name in names if name]


@dataclass(frozen=True)
class BuildKeys:
    """What an episode was last built from, so that the build knows what it can skip."""

    input_key: str
    """A hash of everything the episode is made from: equal keys, nothing to rebuild."""
    render_key: str
    """A hash of the tagged MP3's audio and tags: equal keys, equal bytes."""


_COLUMNS = [field.name for field in dataclasses.fields(Episode)]
_DATES = ("published", "updated")
_KEPT = ("id", "guid", "published")
"""Columns an update never changes."""
_UPSERT = (
    f"INSERT INTO episodes ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in _COLUMNS if name not in _KEPT)
)


class Catalog:
    """The episodes of one output folder; open it with :meth:`Catalog.open`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._db.row_factory = sqlite3.Row

    @classmethod
    def open(cls, folder: Path, create: bool = True) -> Catalog:
        """Open ``folder/catalog.sqlite``; create the folder and the catalog when missing, if ``create``."""
        folder = Path(folder)
        path = folder / CATALOG_FILE
        if not create and not path.is_file():
            raise PublishError(
                f"There is no catalog in {folder}; build articles into it first, or choose the output folder ({SETTING}).",
                setting="out_dir",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PublishError(
                f"Cannot create the output folder {folder} ({error.strerror}); choose a folder you can write to."
            ) from None
        try:
            if not path.exists():
                create_new(path, _create_schema)
            elif path.is_file() and path.stat().st_size == 0:
                raise PublishError(
                    f"{path} is empty (0 bytes), so the episodes it listed are lost; restore it from a backup, "
                    "or move it away to start a new catalog."
                )
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", timeout=BUSY_TIMEOUT, isolation_level=None, uri=True)
        except OSError as error:
            raise PublishError(f"Cannot create the catalog {path} ({error.strerror}); check the output folder.") from None
        except sqlite3.Error as error:
            raise _publish_error(path, error) from None
        catalog = cls(path, connection)
        try:
            catalog._prepare()
        except BaseException:
            connection.close()
            raise
        return catalog

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def get(self, id: str) -> Episode | None:
        """The stored episode with this id, or None."""
        with self._errors():
            return self._fetch(id)

    def id_for_guid(self, guid: str) -> str | None:
        """The id of the stored episode that has this guid, or None."""
        with self._errors():
            row = self._db.execute("SELECT id FROM episodes WHERE guid = ?", (guid,)).fetchone()
        return None if row is None else str(row["id"])

    def build_keys(self, id: str) -> BuildKeys | None:
        """What the episode with this id was last built from, or None."""
        with self._errors():
            row = self._db.execute("SELECT input_key, render_key FROM build_keys WHERE id = ?", (id,)).fetchone()
        return None if row is None else BuildKeys(row["input_key"], row["render_key"])

    def upsert(self, episode: Episode, keys: BuildKeys | None = None) -> Episode:
        """Insert ``episode``, or update the stored one with its id, keeping the stored guid and publication date;
        record ``keys`` with it (None keeps the stored ones)."""
        for name in _DATES:
            if getattr(episode, name).utcoffset() is None:
                raise ValueError(f"Episode.{name} must be a timezone-aware datetime.")
        with self._errors(), self._transaction():
            row = self._db.execute(
                "SELECT id FROM episodes WHERE guid = ? AND id != ?", (episode.guid, episode.id)
            ).fetchone()
            if row is not None:
                raise PublishError(
                    f"Episode {episode.id!r} has the same guid as episode {row['id']!r} in {self.path}; "
                    "give one of the articles its own id or URL, or remove the other episode."
                )
            self._db.execute(_UPSERT, _to_row(episode))
            if keys is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO build_keys (id, input_key, render_key) VALUES (?, ?, ?)",
                    (episode.id, keys.input_key, keys.render_key),
                )
            stored = self._fetch(episode.id)
        assert stored is not None
        return stored

    def remove(self, id: str) -> Episode:
        """Delete the episode with this id and return it."""
        with self._errors(), self._transaction():
            episode = self._fetch(id)
            if episode is None:
                raise PublishError(f"There is no episode {id!r} in {self.path}; check the episode id.")
            self._db.execute("DELETE FROM episodes WHERE id = ?", (id,))
            self._db.execute("DELETE FROM build_keys WHERE id = ?", (id,))
        return episode

    def episodes(self) -> list[Episode]:
        """All episodes, newest ``published`` first (ties by id)."""
        with self._errors():
            episodes = [_from_row(row) for row in self._db.execute("SELECT * FROM episodes ORDER BY id")]
        episodes.sort(key=lambda episode: episode.published, reverse=True)
        return episodes

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the catalog's write lock, so that what is read and written from it stays consistent.

        Feed writers use it: the last build to finish then always writes a feed with every episode.
        """
        with self._errors(), self._transaction():
            yield

    def _fetch(self, id: str) -> Episode | None:
        row = self._db.execute("SELECT * FROM episodes WHERE id = ?", (id,)).fetchone()
        return None if row is None else _from_row(row)

    def _prepare(self) -> None:
        """Check that the file is our catalog, and migrate an old one."""
        with self._errors():
            if self._version() != SCHEMA_VERSION:
                with self._transaction():
                    for old in range(self._version(), SCHEMA_VERSION):  # another process may have done it meanwhile
                        for statement in _MIGRATIONS[old]:
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _version(self) -> int:
        """Our catalog's schema version; PublishError for any other database.

        A new catalog is made whole before it gets its name (:func:`_create_schema`), so an empty
        database here is a catalog that lost its content, and is not silently started again."""
        # One statement, so one consistent snapshot while another process may be creating the catalog.
        application_id, version, objects = self._db.execute(
            "SELECT application_id, user_version, (SELECT count(*) FROM sqlite_master) "
            "FROM pragma_application_id, pragma_user_version"
        ).fetchone()
        if application_id == APPLICATION_ID:
            if not 1 <= version <= SCHEMA_VERSION:
                raise PublishError(
                    f"{self.path} has catalog schema version {version}, but this articlecast reads versions 1 to "
                    f"{SCHEMA_VERSION}; use the articlecast version that wrote it."
                )
            return int(version)
        if application_id == 0 and version == 0 and objects == 0:
            raise PublishError(
                f"{self.path} is an empty database, so the episodes it listed are lost; restore it from a backup, "
                "or move it away to start a new catalog."
            )
        raise PublishError(
            f"{self.path} is an SQLite database of another program, not an articlecast catalog; "
            "move it away or choose another output folder."
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock at once, so concurrent writers queue up."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise _publish_error(self.path, error) from None


def _create_schema(path: Path) -> None:
    """Write an empty catalog of the current schema to ``path``."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        connection.execute(_SCHEMA)
        connection.execute(_BUILD_KEYS_TABLE)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    finally:
        connection.close()


def _publish_error(path: Path, error: sqlite3.Error) -> PublishError:
    """A one-sentence PublishError for an SQLite failure on the catalog at ``path``."""
    name = getattr(error, "sqlite_errorname", "")
    if isinstance(error, sqlite3.DataError):
        return PublishError(f"{path} is damaged: {error}; restore it from a backup, or fix or delete that row.")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return PublishError(
            f"{path} is damaged or is not an SQLite database; move it away (or restore it from a backup) and run again."
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return PublishError(
            f"{path} stayed locked by another process for {BUSY_TIMEOUT:g} seconds; try again when it has finished."
        )
    unwritable = name in ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN") or name.startswith(
        ("SQLITE_IOERR_", "SQLITE_READONLY_", "SQLITE_CANTOPEN_")
    )
    return (OutputError if unwritable else PublishError)(
        f"Cannot use the catalog {path} ({error}); check that the output folder is writable and the disk is not full."
    )


def _to_row(episode: Episode) -> list[object]:
    values = dataclasses.asdict(episode)
    for name in _DATES:
        values[name] = values[name].isoformat()
    values["transcripts"] = json.dumps(episode.transcripts)
    values["chapters"] = json.dumps(values["chapters"], ensure_ascii=False)
    return [values[name] for name in _COLUMNS]


def _from_row(row: sqlite3.Row) -> Episode:
    """The episode stored in ``row``; a DataError (a PublishError once through ``_errors``) naming the episode and
    the column of a value that is not what it should be."""
    values = {name: row[name] for name in _COLUMNS}
    column = ""
    try:
        for column in _DATES:
            values[column] = datetime.fromisoformat(values[column])
        column = "transcripts"
        values[column] = dict(json.loads(values[column]))
        column = "chapters"
        values[column] = tuple(Chapter(**chapter) for chapter in json.loads(values[column]))
        for column in ("audio_bytes", "duration"):
            if not isinstance(values[column], (int, float)):
                raise TypeError(column)
    except (TypeError, ValueError, AttributeError, RecursionError):
        damaged = f"episode {values['id']!r} has a damaged {column} value {str(row[column])[:40]!r}"
        raise sqlite3.DataError(damaged) from None
    return Episode(**values)
