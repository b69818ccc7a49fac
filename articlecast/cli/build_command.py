"""``articlecast build``: articles into episodes, with progress for people and a report for CI."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from ..errors import EXIT_ARTICLE_FAILED, PublishError, exit_code
from . import cli
from .common import CONFIG_OPTION, FEED_LIMIT_OPTION, FIT_OPTION, OUT_OPTION, VOICE_OPTION, logging_options, resolve, shown, user_errors

UNCONFIGURED_CHANNEL = (
    "Note: no articlecast.toml here, so the feed uses default channel settings; "
    "set title, link, description, author, owner_email, image and base_url under [channel] in articlecast.toml."
)


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@OUT_OPTION
@VOICE_OPTION
@click.option("-e", "--engine", "engine_name", help="Speech engine, instead of the profile's (e.g. espeak, hibari; see 'articlecast voices').")
@CONFIG_OPTION
@click.option("-j", "--jobs", type=click.IntRange(0, 256), envvar="ARTICLECAST_JOBS",
              help="Worker processes for voicing and encoding; 0 works in this process. [default: $ARTICLECAST_JOBS, else number of CPUs]")  # fmt: skip
@click.option("--scheduler", envvar="ARTICLECAST_SCHEDULER", metavar="ADDRESS",
              help="Voice and encode on the Dask cluster of this scheduler, e.g. tcp://host:8786 (pip install 'articlecast[dask]'). "
                   "[default: $ARTICLECAST_SCHEDULER]")  # fmt: skip
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), envvar="ARTICLECAST_CACHE",
              help="The clip and piece cache folder; with --scheduler, one every machine mounts at the same path. "
                   "[default: $ARTICLECAST_CACHE, else ~/.cache/articlecast]")  # fmt: skip
@click.option("--report", "report_path", type=click.Path(path_type=Path),
              help="Write a JSON report of every article here ('-': to stdout, and everything else to stderr).")  # fmt: skip
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
@logging_options
def build(articles: tuple[str, ...], out_dir: Path, voice_path: Path | None, engine_name: str | None, config_path: Path | None, jobs: int | None,
          scheduler: str | None, cache_dir: Path | None, report_path: Path | None, fail_fast: bool, quiet: bool, fit: bool, feed_limit: int | None, lexicon_report: bool,
          **overrides: str | None) -> None:  # fmt: skip
    """Build ARTICLES (files, folders or glob patterns of .md, .txt or saved .html pages) into MP3s, transcripts and feed.xml.

    \b
    Examples:
      articlecast build my-article.md
      articlecast build samples/ -o audio/ --jobs 2 --report report.json
      articlecast build saved-page.html --author "Ann Reporter" --date 2026-03-14
      articlecast build my-article.md --engine espeak
      articlecast build archive/ -o site/ --scheduler tcp://scheduler:8786 --cache /shared/cache
    """
    from ..cache import Cache
    from ..files import write_atomic
    from ..pipeline import check_overrides, find_articles, start_workers
    from .progress import LineProgress, TerminalProgress

    given = {key: value for key, value in overrides.items() if value is not None}
    to_stdout = report_path == Path("-")
    with user_errors():
        if report_path and not to_stdout and not report_path.parent.is_dir():
            raise PublishError(f"The report's folder {report_path.parent} does not exist; create it or choose another --report path.")
        sources = find_articles(articles)
        check_overrides(sources, given)
        resolved = resolve(config_path, voice_path, feed_limit)
        profile, settings = resolved.profile, resolved.settings
        if engine_name is not None:
            profile = dataclasses.replace(profile, engine=engine_name)
            profile.validate("--engine")
        if not settings.channel.configured and not quiet:
            click.echo(UNCONFIGURED_CHANNEL, err=True)
        interactive = not quiet and sys.stderr.isatty() and len(sources) > 1
        listener = TerminalProgress(len(sources), to_stderr=to_stdout) if interactive else LineProgress(quiet, to_stderr=to_stdout)
        cache = Cache(cache_dir)
        try:
            with start_workers(sources, out_dir, profile, jobs, scheduler or None, cache) as workers:
                from ..pipeline import build as build_articles  # the rest of articlecast, while a worker starts

                report = build_articles(sources, out_dir, profile, settings, cache=cache, listener=listener, fail_fast=fail_fast,
                                        overrides=given, fit=fit, workers=workers)  # fmt: skip
        finally:
            listener.close()
        if to_stdout:
            click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        elif report_path:
            try:
                write_atomic(report_path, json.dumps(report.to_dict(), indent=2) + "\n")
            except OSError as error:
                raise PublishError(f"Cannot write the report {report_path} ({error.strerror or error}); check the folder's permissions.") from None
    failures = report.failures
    if failures and len(sources) > 1:
        names = ", ".join(shown(result.source) for result in failures)
        click.echo(f"{len(failures)} of {len(sources)} articles failed: {names}", err=True)
    if report.feed and not quiet:
        lexicon = f", lexicon {profile.lexicon}" if profile.lexicon else ""
        click.echo(f"Voice profile: {profile.source or 'built-in defaults'} ({resolved.profile_origin}){lexicon}", err=to_stdout)
        click.echo(f"Feed: {report.feed} ({len(report.episodes)} episodes built or unchanged)", err=to_stdout)
    if lexicon_report:
        _report_lexicon(profile.lexicon, report.lexicon_unused)
    if failures:
        raise SystemExit(max(exit_code(result.exception) if result.exception else EXIT_ARTICLE_FAILED for result in failures))


def _report_lexicon(lexicon: str | None, unused: tuple[str, ...]) -> None:
    """The lexicon report on stderr: one line per entry that matched nothing."""
    if not lexicon:
        click.echo("Lexicon report: the voice profile has no lexicon.", err=True)
    elif not unused:
        click.echo(f"Lexicon report: every entry of {lexicon} matched.", err=True)
    for written in unused:
        click.echo(f"Lexicon entry matched nothing: {written}", err=True)
