"""The ``articlecast`` command: a thin layer over :mod:`articlecast.build`.

Heavy modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .errors import ArticlecastError, PublishError

if TYPE_CHECKING:
    from .config import Settings, VoiceProfile

UNCONFIGURED_CHANNEL = (
    "Note: no articlecast.toml here, so the feed uses default channel settings; "
    "set title, link, description, author, owner_email, image and base_url under [channel] in articlecast.toml."
)
DEFAULT_PROFILE = Path("voices/default.toml")


OUT_OPTION = click.option(
    "-o", "--out", "out_dir", default="audio", show_default=True, type=click.Path(path_type=Path), help="Output folder."
)
CONFIG_OPTION = click.option(
    "-c", "--config", "config_path", type=click.Path(path_type=Path), help="Settings file. [default: ./articlecast.toml if present]"
)
FIT_OPTION = click.option(
    "--fit", is_flag=True, help="Crop and scale cover images to a square of 1400-3000 px instead of refusing them."
)
FEED_LIMIT_OPTION = click.option(
    "--feed-limit", type=click.IntRange(0), help="Only the newest N episodes in the feed. [default: [channel] feed_limit, else all]"
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlecast")
def cli() -> None:
    """Turn news articles into narrated podcast episodes, locally."""


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@OUT_OPTION
@click.option("-v", "--voice", "voice_path", type=click.Path(path_type=Path), help="Voice profile (TOML). [default: voices/default.toml if present]")
@click.option("-e", "--engine", "engine_name", help="Speech engine, instead of the profile's (e.g. espeak, hibari; see 'articlecast voices').")
@CONFIG_OPTION
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Worker processes for voicing and encoding. [default: number of CPUs]")
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Write a JSON report of every article here.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first article that fails.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@FIT_OPTION
@FEED_LIMIT_OPTION
@click.option("--lexicon-report", is_flag=True, help="Afterwards, list on stderr the lexicon entries that matched nothing.")
@click.option("--title", help="Episode title, instead of the article's own (one article only).")
@click.option("--author", help="Author, instead of the article's own (one article only).")
@click.option("--date", help="Publication date, e.g. 2023-07-22T22:08:00+03:00 (one article only).")
@click.option("--url", help="The article's URL, instead of the page's own (one article only).")
@click.option("--language", help="Language code of the article, e.g. en-GB (one article only).")
def build(articles: tuple[str, ...], out_dir: Path, voice_path: Path | None, engine_name: str | None, config_path: Path | None, jobs: int | None,
          report_path: Path | None, fail_fast: bool, quiet: bool, fit: bool, feed_limit: int | None, lexicon_report: bool,
          **overrides: str | None) -> None:  # fmt: skip
    """Build ARTICLES (files, folders or glob patterns of .md, .txt or saved .html pages) into MP3s, transcripts and feed.xml.

    \b
    Examples:
      articlecast build my-article.md
      articlecast build my-article.md --engine espeak
      articlecast build samples/ -o audio/ --jobs 2 --report report.json
      articlecast build saved-page.html --author "Ann Reporter" --date 2026-03-14
    """
    from .build import build as build_articles
    from .build import check_overrides, find_articles
    from .files import write_atomic
    from .progress import LineProgress, TerminalProgress

    given = {key: value for key, value in overrides.items() if value is not None}
    with _user_errors():
        if report_path and not report_path.parent.is_dir():
            raise PublishError(f"The report's folder {report_path.parent} does not exist; create it or choose another --report path.")
        sources = find_articles(articles)
        check_overrides(sources, given)
        profile = _load_profile(voice_path, engine_name)
        settings = _load_settings(config_path, feed_limit)
        if not settings.channel.configured and not quiet:
            click.echo(UNCONFIGURED_CHANNEL, err=True)
        interactive = not quiet and sys.stderr.isatty() and len(sources) > 1
        listener = TerminalProgress(len(sources)) if interactive else LineProgress(quiet)
        try:
            report = build_articles(
                sources, out_dir, profile, settings, jobs, listener=listener, fail_fast=fail_fast, overrides=given, fit=fit
            )
        finally:
            listener.close()
        if report_path:
            try:
                write_atomic(report_path, json.dumps(report.to_dict(), indent=2) + "\n")
            except OSError as error:
                raise PublishError(f"Cannot write the report {report_path} ({error.strerror or error}); check the folder's permissions.") from None
    failures = report.failures
    if failures and len(sources) > 1:
        names = ", ".join(str(result.source) for result in failures)
        click.echo(f"{len(failures)} of {len(sources)} articles failed: {names}", err=True)
    if report.feed and not quiet:
        click.echo(f"Feed: {report.feed} ({len(report.episodes)} episodes built or unchanged)")
    if lexicon_report:
        _report_lexicon(profile, report.lexicon_unused)
    if failures:
        raise SystemExit(1)


@cli.group()
def cache() -> None:
    """Inspect and manage the clip cache (see ARTICLECAST_CACHE)."""


@cache.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def cache_info(as_json: bool) -> None:
    """Where the cache is, how many files and bytes it holds, and its size bound."""
    from .cache import Cache

    info = Cache().info()
    if as_json:
        click.echo(json.dumps({"path": str(info.root), "files": info.files, "bytes": info.bytes, "max_bytes": info.max_bytes}))
    else:
        click.echo(f"{info.root}: {info.files} files, {info.bytes / 1e6:.1f} MB of {info.max_bytes / 1e6:.0f} MB")


@cache.command("prune")
@click.option("--max-size", type=click.IntRange(0), help="Bound in MB. [default: the cache's bound]")
def cache_prune(max_size: int | None) -> None:
    """Remove the least recently used entries beyond the size bound."""
    from .cache import Cache

    files, freed = Cache().prune(None if max_size is None else max_size * 1_000_000)
    click.echo(f"Removed {files} files ({freed / 1e6:.1f} MB).")


@cache.command("clear")
def cache_clear() -> None:
    """Remove every cached clip and piece."""
    from .cache import Cache

    Cache().clear()
    click.echo("Cache cleared.")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-v", "--voice", "voice_path", type=click.Path(path_type=Path), help="Voice profile (TOML). [default: voices/default.toml if present]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def script(article: Path, voice_path: Path | None, as_json: bool) -> None:
    """Print what will be said for ARTICLE, segment by segment, without making audio.

    Each line: the kind of segment, the pause after it, the text the transcript
    shows, and after the arrow the text the engine says.

    \b
    Example:
      articlecast script samples/millbrook-river-cleanup.md --voice voices/default.toml
    """
    from .sources import load_article
    from .speech import prepare

    with _user_errors():
        loaded = load_article(article)
        prepared = prepare(loaded, _load_profile(voice_path).for_language(loaded.language))
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
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def voices(engine_name: str | None, language: str | None, as_json: bool) -> None:
    """List the installed engines' voices: the ids a voice profile's voice can name.

    \b
    Example:
      articlecast voices --engine espeak --language uk
    """
    from .engines import engine_names, get_engine
    from .engines.base import voices_for

    found = []
    with _user_errors():
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
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def episodes(out_dir: Path, as_json: bool) -> None:
    """List the episodes in the folder's catalog, newest first."""
    from .publish import Catalog

    with _user_errors(), Catalog.open(out_dir, create=False) as catalog:
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
def remove(episode_id: str, out_dir: Path, config_path: Path | None, feed_limit: int | None, fit: bool, delete_files: bool) -> None:
    """Take episode ID out of the catalog and the feed (its files stay unless --delete-files)."""
    from .publish import Catalog
    from .publish.folder import publish_channel_art, remove_episode

    with _user_errors():
        settings = _load_settings(config_path, feed_limit)
        with Catalog.open(out_dir, create=False) as catalog:
            channel, _ = publish_channel_art(out_dir, settings.channel, fit)
            episode = remove_episode(out_dir, episode_id, channel, catalog, delete_files)
    click.echo(f"Removed {episode.id} ({episode.title})" + (" and its files." if delete_files else "; its files are kept."))


@cli.command()
@OUT_OPTION
@CONFIG_OPTION
@FEED_LIMIT_OPTION
@FIT_OPTION
def feed(out_dir: Path, config_path: Path | None, feed_limit: int | None, fit: bool) -> None:
    """Rewrite feed.xml from the folder's catalog (e.g. after changing articlecast.toml)."""
    from .publish import Catalog
    from .publish.folder import publish_channel_art, publish_feed

    with _user_errors():
        settings = _load_settings(config_path, feed_limit)
        with Catalog.open(out_dir, create=False) as catalog:
            channel, _ = publish_channel_art(out_dir, settings.channel, fit)
            path = publish_feed(out_dir, channel, catalog)
    click.echo(f"Feed: {path}")


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
def check(folder: Path) -> None:
    """Check a published FOLDER as a podcast directory would; one line per problem, exit code 1 on any."""
    from .publish.check import check_folder

    with _user_errors():
        problems, checked = check_folder(folder)
    for problem in problems:
        click.echo(problem)
    if problems:
        raise SystemExit(1)
    click.echo(f"OK: feed and {checked} episode(s) in {folder}")


def _episode_record(episode: object) -> dict[str, object]:
    import dataclasses

    record = dataclasses.asdict(episode)  # type: ignore[call-overload]
    for name in ("published", "updated"):
        record[name] = record[name].isoformat()
    return record


@cli.command()
@click.argument("episode", type=click.Path(path_type=Path))
@click.option("--model", type=click.Path(path_type=Path), help="A CTranslate2 Whisper model folder. [default: Whisper base from the verify extra]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def verify(episode: Path, model: Path | None, as_json: bool) -> None:
    """Listen to EPISODE.mp3 (offline, with Whisper) and list the sentences of its transcript that are missing or misread.

    Exit code 0 when every sentence is heard, 1 otherwise. Needs: pip install 'articlecast[verify]'.
    """
    from .verify import verify_episode

    with _user_errors():
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


def _load_settings(path: Path | None, feed_limit: int | None) -> Settings:
    import dataclasses

    from .config import Settings

    settings = Settings.load(path)
    if feed_limit is None:
        return settings
    return dataclasses.replace(settings, channel=dataclasses.replace(settings.channel, feed_limit=feed_limit))


def _report_lexicon(profile: VoiceProfile, unused: tuple[str, ...]) -> None:
    """The lexicon report on stderr: one line per entry that matched nothing."""
    if not profile.lexicon:
        click.echo("Lexicon report: the voice profile has no lexicon.", err=True)
    elif not unused:
        click.echo(f"Lexicon report: every entry of {profile.lexicon} matched.", err=True)
    for written in unused:
        click.echo(f"Lexicon entry matched nothing: {written}", err=True)


def _load_profile(path: Path | None, engine_name: str | None = None) -> VoiceProfile:
    """The voice profile at ``path`` (else the default one), with ``engine_name`` instead of its engine when given."""
    import dataclasses

    from .config import VoiceProfile

    if path is None:
        profile = VoiceProfile.load(DEFAULT_PROFILE) if DEFAULT_PROFILE.is_file() else VoiceProfile()
    else:
        profile = VoiceProfile.load(path)
    if engine_name is None:
        return profile
    profile = dataclasses.replace(profile, engine=engine_name)
    profile.validate("--engine")
    return profile


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn articlecast's own errors into one line on stderr and exit code 1."""
    try:
        yield
    except ArticlecastError as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        click.echo("Interrupted; no partial files were left.", err=True)
        raise SystemExit(130) from None


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="articlecast")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
