"""``articlecast embed`` and ``articlecast serve``: the player for an article's page, and the editor's studio."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ArticlecastError
from . import cli
from .common import CONFIG_OPTION, OUT_OPTION, VOICE_OPTION, logging_options, resolve, user_errors


@cli.command()
@click.argument("episode_id", metavar="SLUG")
@OUT_OPTION
@CONFIG_OPTION
@click.option("--base-url", help="Where the output folder is published. [default: [channel] base_url, else relative URLs]")
@logging_options
def embed(episode_id: str, out_dir: Path, config_path: Path | None, base_url: str | None) -> None:
    """Print the HTML snippet of episode SLUG's "Listen to this article" player, to paste into the article's page.

    \b
    Example:
      articlecast embed harbour-bridge -o site/ --base-url https://news.example.org/audio/
    """
    from ..publish.embed import embed_snippet

    with user_errors():
        if base_url is None:
            base_url = resolve(config_path).settings.channel.base_url
        snippet = embed_snippet(out_dir, episode_id, base_url)
    click.echo(snippet, nl=False)


@cli.command()
@click.argument("out_dir", metavar="[OUT]", default="audio", type=click.Path(path_type=Path))
@click.option("-a", "--articles", "articles_dir", type=click.Path(path_type=Path, file_okay=False), help="The folder of article files to edit and build.")
@VOICE_OPTION
@click.option("--lexicon", "lexicon_path", type=click.Path(path_type=Path, dir_okay=False), help="Lexicon file new entries go to. [default: the profile's lexicon]")
@CONFIG_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; the default takes connections from this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free one).")
@logging_options
def serve(out_dir: Path, articles_dir: Path | None, voice_path: Path | None, lexicon_path: Path | None,
          config_path: Path | None, host: str, port: int) -> None:  # fmt: skip
    """Serve the listener's pages of OUT and, with --articles, the editor's studio at /studio/.

    \b
    Example:
      articlecast serve site/ --articles articles/
    """
    from ..studio.editor import Editor
    from ..studio.server import STUDIO_PREFIX, make_server

    with user_errors():
        if articles_dir is not None and not articles_dir.is_dir():
            raise ArticlecastError(f"The articles folder {articles_dir} does not exist; check the --articles path.")
        resolved = resolve(config_path, voice_path)
        editor = Editor(out_dir, articles_dir, resolved.profile, resolved.settings, lexicon_path)
        try:
            server = make_server(editor, host, port)
        except OSError as error:
            raise ArticlecastError(f"Cannot listen on {host}:{port} ({error.strerror or error}); choose another --port.") from None
    click.echo(f"Serving {out_dir} on {server.url}" + (f" and the studio on {server.url}{STUDIO_PREFIX.lstrip('/')}" if articles_dir else ""))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.server_close()
        editor.close()
