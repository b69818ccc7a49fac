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

from .errors import ArticlecastError

if TYPE_CHECKING:
    from .config import VoiceProfile

UNCONFIGURED_CHANNEL = (
    "Note: no articlecast.toml here, so the feed uses default channel settings; "
    "set title, link, description, author, owner_email, image and base_url under [channel] in articlecast.toml."
)
DEFAULT_PROFILE = Path("voices/default.toml")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlecast")
def cli() -> None:
    """Turn news articles into narrated podcast episodes, locally."""


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default="audio", show_default=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option("-v", "--voice", "voice_path", type=click.Path(path_type=Path), help="Voice profile (TOML). [default: voices/default.toml if present]")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path), help="Settings file. [default: ./articlecast.toml if present]")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for voicing.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("--lexicon-report", is_flag=True, help="Afterwards, list on stderr the lexicon entries that matched nothing.")
def build(
    articles: tuple[Path, ...],
    out_dir: Path,
    voice_path: Path | None,
    config_path: Path | None,
    jobs: int,
    quiet: bool,
    lexicon_report: bool,
) -> None:
    """Build ARTICLES (.md or .txt) into MP3s, transcripts and feed.xml in the output folder.

    \b
    Example:
      articlecast build samples/*.md samples/*.txt -o audio/
    """
    from .build import build as build_articles
    from .config import Settings
    from .publish import Episode

    with _user_errors():
        profile = _load_profile(voice_path)
        settings = Settings.load(config_path)
        if not settings.channel.configured and not quiet:
            click.echo(UNCONFIGURED_CHANNEL, err=True)

        def report(source: Path, outcome: object) -> None:
            if isinstance(outcome, Episode):
                if not quiet:
                    click.echo(f"{source} -> {out_dir / outcome.audio_file} ({outcome.duration:.1f} s)")
            else:
                click.echo(f"Error: {outcome.message}", err=True)  # type: ignore[attr-defined]

        result = build_articles(articles, out_dir, profile, settings, jobs, on_done=report)
    if result.feed and not quiet:
        click.echo(f"Feed: {result.feed} ({len(result.episodes)} built)")
    if lexicon_report:
        _report_lexicon(profile, result.lexicon_unused)
    if result.failures:
        raise SystemExit(1)


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
    from .article import load_article
    from .speech import prepare

    with _user_errors():
        prepared = prepare(load_article(article), _load_profile(voice_path))
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
@click.option("-v", "--voice", "voice_path", type=click.Path(path_type=Path), help="Voice profile naming the engine.")
@click.option("--language", help="Only voices for this language code (e.g. en, uk).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")
def voices(voice_path: Path | None, language: str | None, as_json: bool) -> None:
    """List the voices the profile's engine offers."""
    from .engines import get_engine

    with _user_errors():
        profile = _load_profile(voice_path)
        found = get_engine(profile.engine).voices()
    if language:
        found = [v for v in found if any(lang.lower().startswith(language.lower()) for lang in v.languages)]
    if as_json:
        click.echo(json.dumps([{"id": v.id, "name": v.name, "languages": list(v.languages)} for v in found], indent=2))
    else:
        for voice in found:
            click.echo(f"{voice.id:28} {voice.name:36} {', '.join(voice.languages)}")


def _report_lexicon(profile: VoiceProfile, unused: tuple[str, ...]) -> None:
    """The lexicon report on stderr: one line per entry that matched nothing."""
    if not profile.lexicon:
        click.echo("Lexicon report: the voice profile has no lexicon.", err=True)
    elif not unused:
        click.echo(f"Lexicon report: every entry of {profile.lexicon} matched.", err=True)
    for written in unused:
        click.echo(f"Lexicon entry matched nothing: {written}", err=True)


def _load_profile(path: Path | None) -> VoiceProfile:
    from .config import VoiceProfile

    if path is None:
        return VoiceProfile.load(DEFAULT_PROFILE) if DEFAULT_PROFILE.is_file() else VoiceProfile()
    return VoiceProfile.load(path)


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
