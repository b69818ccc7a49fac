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
def build(articles: tuple[Path, ...], out_dir: Path, voice_path: Path | None, config_path: Path | None, jobs: int, quiet: bool) -> None:
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
    if result.failures:
        raise SystemExit(1)


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
