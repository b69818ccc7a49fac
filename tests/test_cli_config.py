"""Configuration you can see: the lookup order, ``articlecast config``, and logging from the CLI."""

from __future__ import annotations

import json

from conftest import SHORT_ARTICLE, run_cli


def config_rows(cwd, env=None, *args):
    result = run_cli("config", "--json", *args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    return {row["name"]: (row["value"], row["origin"]) for row in json.loads(result.stdout)}


def test_settings_come_from_flags_then_environment_then_files_then_user_config(tmp_path):
    user = tmp_path / "xdg"
    (user / "articlecast").mkdir(parents=True)
    (user / "articlecast" / "articlecast.toml").write_text('[channel]\ntitle = "User show"\nauthor = "User desk"\nfeed_limit = 9\n')
    work = tmp_path / "work"
    work.mkdir()
    env = {"XDG_CONFIG_HOME": str(user)}
    rows = config_rows(work, env)
    assert rows["channel.title"] == ("User show", str(user / "articlecast" / "articlecast.toml"))
    assert rows["channel.link"][1] == "built-in default"

    (work / "articlecast.toml").write_text('[channel]\ntitle = "Folder show"\n[audio]\nbitrate_kbps = 128\n')
    rows = config_rows(work, env)
    assert rows["channel.title"][0] == "Folder show" and rows["channel.title"][1].endswith("work/articlecast.toml")
    assert rows["channel.author"][0] == "User desk"  # merged key by key
    assert rows["audio.bitrate_kbps"][0] == 128

    env |= {"ARTICLECAST_CHANNEL_TITLE": "Env show", "ARTICLECAST_AUDIO_BITRATE_KBPS": "64"}
    rows = config_rows(work, env, "--feed-limit", "3")
    assert rows["channel.title"] == ("Env show", "the environment")
    assert rows["audio.bitrate_kbps"] == (64, "the environment")
    assert rows["channel.feed_limit"] == (3, "the command line")
    assert rows["voice profile"] == (None, "built-in default")


def test_the_voice_profile_is_found_and_named(tmp_path):
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "default.toml").write_text("rate = 150\n")
    (tmp_path / "slow.toml").write_text("rate = 120\n")
    rows = config_rows(tmp_path)
    assert rows["voice profile"][1] == "the current folder" and rows["voice.rate"] == (150, "voice profile")
    assert config_rows(tmp_path, {"ARTICLECAST_VOICE": "slow.toml"})["voice.rate"][0] == 120
    assert config_rows(tmp_path, None, "--voice", "slow.toml")["voice profile"] == ("slow.toml", "--voice")


def test_bad_environment_settings_are_one_line_errors(tmp_path):
    for name, value, fragment in [
        ("ARTICLECAST_CHANNEL_TITEL", "x", "ARTICLECAST_CHANNEL_TITEL is not a setting"),
        ("ARTICLECAST_AUDIO_BITRATE_KBPS", "fast", "must be int"),
        ("ARTICLECAST_AUDIO_BITRATE_KBPS", "100", "bitrate_kbps must be an MP3 bit rate"),
    ]:
        result = run_cli("config", cwd=tmp_path, env={name: value})
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and fragment in result.stderr, result.stderr


def test_build_reports_its_profile_and_verbose_logs_show_the_stages(tmp_path):
    (tmp_path / "a.md").write_text(SHORT_ARTICLE)
    log = tmp_path / "build.log"
    result = run_cli("build", "a.md", "-o", "out", "-v", "--log-file", str(log), "--report", "report.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Voice profile: built-in defaults" in result.stdout
    assert "clips from the cache" in result.stderr and "built in {'prepare'" in result.stderr
    assert "DEBUG" in log.read_text() or "INFO" in log.read_text()
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["profile"] is None and report["lexicon"] is None
    quiet = run_cli("build", "a.md", "-o", "out", "-q", cwd=tmp_path)
    assert quiet.stderr == "" and quiet.stdout == ""
