"""Bad input: one clear sentence on stderr, exit code 1, no traceback, no partial file, feed untouched."""

import os
import shutil
import sqlite3
from contextlib import closing

import feedparser
import pytest

from conftest import SHORT_ARTICLE, ffprobe, needs_namespace, run_cli, run_hidden, system_espeak_files
from test_hostile_input import decompression_bomb

SETTINGS = '[channel]\ntitle = "Test"\n'


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A folder with one built episode and its feed, and settings so no note is printed."""
    root = tmp_path_factory.mktemp("site")
    (root / "articlecast.toml").write_text(SETTINGS)
    (root / "good.md").write_text(SHORT_ARTICLE)
    result = run_cli("build", "good.md", "-o", "audio", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def assert_refused(result, fragment, code=1):
    """One line on stderr, and exit code 1 (an article failed), or 2 (usage) or 3 (environment): see errors.EXIT_CODES."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert fragment in lines[0]


CASES = [
    ("missing", None, "does not exist"),
    ("empty.md", b"", "no article text"),
    ("front.md", b"---\ntitle: Only\nauthor: A\n---\n", "only front matter"),
    ("binary.md", bytes(range(256)) * 8, "binary file"),
    ("latin.txt", "Café\n\nUn café crème à Zürich.\n".encode("latin-1"), "not valid UTF-8"),
    ("yaml.md", b"---\ntitle: [oops\n---\nText.\n", "not valid YAML"),
    ("date.md", b"---\ntitle: T\ndate: 32nd of Smarch\n---\nText.\n", "not a date"),
    ("page.html", b"<html><body><p>Hi</p></body></html>", "has no article text that I can find"),
    ("impossible-date.md", b"---\ntitle: T\ndate: 2023-13-45\n---\nText.\n", "The date '2023-13-45'"),
    ("yaml-tag.md", b"---\ntitle: !!timestamp xyz\n---\nText.\n", "does not match its YAML tag"),
    ("deep.md", b"---\ntags: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nText.\n", "nests lists or mappings too deeply"),
    ("emoji.md", "---\ntitle: E\n---\n😀😀😀 🎉🎉\n\n👍👍👍\n".encode(), "no words to read"),
    ("zero-width.md", "---\ntitle: Z\n---\n\u200b\u200b\u200c\u200d\n".encode(), "no words to read"),
    ("language.md", b"---\ntitle: L\nlanguage: english please\n---\nText.\n", "is not a language code"),
    ("file-image.md", b"---\ntitle: T\nimage: file:///etc/passwd\n---\nText here.\n", "is not an http or https address"),
    ("fifo-image.md", b"---\ntitle: T\nimage: fifo.png\n---\nText here.\n", "is not a regular file"),
    ("bomb-image.md", b"---\ntitle: T\nimage: bomb.png\n---\nText here.\n", "too many pixels"),
]


@pytest.mark.parametrize("name, content, fragment", CASES, ids=[case[0] for case in CASES])
def test_bad_article_is_refused_and_nothing_changes(published, name, content, fragment):
    if content is not None:
        (published / name).write_bytes(content)
    if not (published / "fifo.png").exists():
        os.mkfifo(published / "fifo.png")
        (published / "bomb.png").write_bytes(decompression_bomb(60_000))
    before = snapshot(published / "audio")
    assert_refused(run_cli("build", name, "-o", "audio", cwd=published), fragment)
    assert snapshot(published / "audio") == before


def test_declared_encoding_is_decoded(published, tmp_path):
    (tmp_path / "latin.txt").write_bytes("---\nencoding: latin-1\n---\nCafé\n\nUn café crème.\n".encode("latin-1"))
    result = run_cli("build", str(tmp_path / "latin.txt"), "-o", str(tmp_path / "out"), "-q", cwd=published)
    assert result.returncode == 0, result.stderr


def test_one_bad_article_does_not_stop_the_others(published, tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "fine.md").write_text(SHORT_ARTICLE)
    result = run_cli("build", str(tmp_path / "empty.md"), str(tmp_path / "fine.md"), "-o", str(tmp_path / "out"), cwd=published)
    assert result.returncode == 1
    assert "empty.md has no article text" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "catalog.sqlite", "channel_cover.png", "embed.js", "feed.xml", "fine.html", "fine.json", "fine.mp3", "fine.srt",
        "fine.vtt", "index.html", "player.css", "player.js",
    ]


def test_unwritable_output_folder(published, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_refused(run_cli("build", "good.md", "-o", str(blocker / "audio"), cwd=published), "cannot be written", code=3)


def test_title_and_id_cannot_escape_the_output_folder(published, tmp_path):
    evil = tmp_path / "..%2f..%2fetc%2fx.md"
    evil.write_text("---\ntitle: ../../etc/x\nid: ../../etc/passwd\n---\nText here.\n")
    out = tmp_path / "deep" / "out"
    result = run_cli("build", str(evil), "-o", str(out), "-q", cwd=published)
    assert result.returncode == 0, result.stderr
    stem = "2f-2fetc-2fx"
    assert sorted(p.name for p in out.iterdir()) == [
        f"{stem}.html", f"{stem}.json", f"{stem}.mp3", f"{stem}.srt", f"{stem}.vtt", "catalog.sqlite", "channel_cover.png",
        "embed.js", "feed.xml", "index.html", "player.css", "player.js",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [evil.name, "deep"]


@needs_namespace
@pytest.mark.parametrize("engine", ["espeak", "pyttsx3"])
def test_missing_espeak_library(published, tmp_path, engine):
    """Neither a system library nor the espeakng-loader package's: the user is told how to install one."""
    import espeakng_loader

    profile = tmp_path / "profile.toml"
    profile.write_text(f'engine = "{engine}"\n')
    (published / "new.md").write_text(SHORT_ARTICLE.replace("/bridge", "/new"))
    before = snapshot(published / "audio")
    hide = [*system_espeak_files(), espeakng_loader.get_library_path()]
    result = run_hidden("build", "new.md", "-o", "audio", "--voice", str(profile), hide=hide, cwd=published)
    assert_refused(result, "eSpeak NG library is not installed; install it with 'sudo apt-get install libespeak-ng1'", code=3)
    assert "'pip install espeakng-loader'" in result.stderr  # what really installs: articlecast is not on PyPI
    assert snapshot(published / "audio") == before


def test_no_ffmpeg_is_needed_to_build(published, tmp_path):
    """MP3s are encoded in-process with LAME (lameenc); ffmpeg is only the tests' reader."""
    (tmp_path / "a.md").write_text(SHORT_ARTICLE)
    result = run_cli("build", str(tmp_path / "a.md"), "-o", str(tmp_path / "out"), "-q", cwd=published, env={"PATH": "/nonexistent"})
    assert result.returncode == 0 and result.stderr == ""
    assert ffprobe(tmp_path / "out" / "a.mp3")["streams"][0]["codec_name"] == "mp3"


def test_invalid_voice_profile(published, tmp_path):
    profile = tmp_path / "bad.toml"
    profile.write_text("rate = 1000\n")
    assert_refused(run_cli("build", "good.md", "--voice", str(profile), cwd=published), "rate must be between 80 and 450", code=2)
    profile.write_text("speed = 1\n")
    assert_refused(run_cli("build", "good.md", "--voice", str(profile), cwd=published), "unknown setting 'speed'", code=2)


def test_corrupt_catalog_is_not_reset(published, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "catalog.sqlite").write_bytes(b"this is not a database" * 100)
    assert_refused(run_cli("build", "good.md", "-o", str(out), cwd=published), "catalog.sqlite")
    assert (out / "catalog.sqlite").read_bytes() == b"this is not a database" * 100
    assert sorted(p.name for p in out.iterdir()) == ["catalog.sqlite"]


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--voice", "voices"], "voices is a folder, not a file"),
        (["--voice", "latin.toml"], "latin.toml is not UTF-8 text"),
        (["--config", "voices"], "voices is a folder, not a file"),
    ],
    ids=["voice-folder", "voice-not-utf8", "config-folder"],
)
def test_unreadable_settings_files_are_refused(published, args, fragment):
    (published / "voices").mkdir(exist_ok=True)
    (published / "latin.toml").write_bytes('rate = 150\nname = "Caf\xe9"\n'.encode("latin-1"))
    assert_refused(run_cli("build", "good.md", "-o", "audio", *args, cwd=published), fragment, code=2)


def test_a_cache_that_is_a_file_is_refused(published, tmp_path):
    (tmp_path / "cache").write_text("not a folder")
    (tmp_path / "new.md").write_text(SHORT_ARTICLE.replace("Traffic was light.", "Traffic was heavy, said nobody."))
    result = run_cli("build", str(tmp_path / "new.md"), "-o", str(tmp_path / "out"), cwd=published, env={"ARTICLECAST_CACHE": str(tmp_path / "cache")})
    assert_refused(result, f"The clip cache {tmp_path / 'cache'} cannot be used", code=3)


def test_report_in_a_missing_folder_is_refused_before_building(published, tmp_path):
    report = tmp_path / "nodir" / "r.json"
    result = run_cli("build", "good.md", "-o", str(tmp_path / "out"), "--report", str(report), cwd=published)
    assert_refused(result, f"The report's folder {report.parent} does not exist")
    assert not (tmp_path / "out").exists() and not report.parent.exists()


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["empty.md"], "has no article text"),
        (["good.md", "--language", "en gb"], "is not a language code"),
        (["passwd-image.md"], "is not an http or https address"),
    ],
    ids=["bad-article", "bad-language", "bad-image"],
)
def test_a_refused_article_creates_no_output_folder(published, tmp_path, args, fragment):
    (published / "empty.md").write_bytes(b"")
    (published / "passwd-image.md").write_text("---\ntitle: T\nimage: file:///etc/passwd\n---\nText here.\n")
    assert_refused(run_cli("build", *args, "-o", str(tmp_path / "new"), cwd=published), fragment)
    assert not (tmp_path / "new").exists()


def titles(feed_path):
    return sorted(entry.title for entry in feedparser.parse(str(feed_path)).entries)


def test_names_in_other_scripts_never_overwrite_each_other(published, tmp_path):
    out = tmp_path / "out"
    for name, title in (("новини.md", "Новини дня"), ("спорт.md", "Спорт дня")):
        (tmp_path / name).write_text(f"---\ntitle: {title}\n---\nСьогодні відкрили новий міст через річку.\n")
        result = run_cli("build", str(tmp_path / name), "-o", str(out), "-q", cwd=published)
        assert result.returncode == 0, result.stderr
    assert {"novini.mp3", "sport.mp3"} <= {path.name for path in out.iterdir()}
    assert titles(out / "feed.xml") == ["Новини дня", "Спорт дня"]


def test_a_name_another_article_file_owns_is_refused(published, tmp_path):
    out = tmp_path / "out"
    (tmp_path / "a b.md").write_text(SHORT_ARTICLE)
    (tmp_path / "a-b.md").write_text(SHORT_ARTICLE.replace("/bridge", "/other").replace("Harbour", "River"))
    assert run_cli("build", str(tmp_path / "a b.md"), "-o", str(out), "-q", cwd=published).returncode == 0
    before = snapshot(out)
    result = run_cli("build", str(tmp_path / "a-b.md"), "-o", str(out), cwd=published)
    assert_refused(result, "a-b.md would replace episode 'a-b', which was made from a b.md")
    assert snapshot(out) == before
    moved = tmp_path / "moved"
    moved.mkdir()
    (tmp_path / "a b.md").rename(moved / "a b.md")
    shutil.copytree(out, tmp_path / "site")
    result = run_cli("build", str(moved / "a b.md"), "-o", str(tmp_path / "site"), "-q", cwd=published)  # moved: still its own
    assert result.returncode == 0, result.stderr


def test_a_batch_with_a_bad_article_publishes_the_good_ones(published, tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.md").write_text(SHORT_ARTICLE.replace("/bridge", f"/{name}").replace("Harbour", name.title()))
    (tmp_path / "bad.md").write_text("---\ntitle: Bad\ndate: 2023-13-45\n---\nText.\n")
    sources = [str(tmp_path / name) for name in ("one.md", "bad.md", "two.md")]
    result = run_cli("build", *sources, "-o", str(tmp_path / "out"), "-q", cwd=published)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "The date '2023-13-45'" in result.stderr
    assert titles(tmp_path / "out" / "feed.xml") == ["One bridge reopens", "Two bridge reopens"]


def copy_of_site(published, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for path in (published / "audio").iterdir():
        (out / path.name).write_bytes(path.read_bytes())
    return out


@pytest.mark.parametrize(
    "damage, fragment",
    [
        (lambda data: b"", "is empty (0 bytes), so the episodes it listed are lost"),
        (lambda data: data[: len(data) // 2], "is damaged"),
        (lambda data: data[:100] + bytes(len(data) - 100), "is damaged"),
    ],
    ids=["emptied", "truncated", "zeroed"],
)
def test_a_damaged_catalog_is_refused_never_replaced(published, tmp_path, damage, fragment):
    out = copy_of_site(published, tmp_path)
    catalog = out / "catalog.sqlite"
    catalog.write_bytes(damage(catalog.read_bytes()))
    before = snapshot(out)
    (tmp_path / "new.md").write_text(SHORT_ARTICLE.replace("/bridge", "/new"))
    result = run_cli("build", str(tmp_path / "new.md"), "-o", str(out), cwd=published)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert fragment in result.stderr and "catalog.sqlite" in result.stderr
    assert snapshot(out) == before


def test_a_catalog_row_with_garbage_values_is_reported(published, tmp_path):
    out = copy_of_site(published, tmp_path)
    with closing(sqlite3.connect(out / "catalog.sqlite")) as db, db:
        db.execute("UPDATE episodes SET published = 'the day before yesterday'")
    result = run_cli("feed", "-o", str(out), cwd=published)
    assert_refused(result, "is damaged: episode 'good' has a damaged published value 'the day before yesterday'")


def test_escape_sequences_in_names_never_reach_the_terminal(published, tmp_path):
    evil = tmp_path / "evil\x1b]0;owned\x07\x1b[31m.md"
    evil.write_text('---\ntitle: "\\e[2J cleared"\ndate: nonsense\n---\nText here.\n')
    result = run_cli("build", str(evil), "-o", str(tmp_path / "out"), cwd=published)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr + result.stdout and "\x07" not in result.stderr
    assert "evil\\x1b]0;owned\\x07\\x1b[31m.md" in result.stderr
