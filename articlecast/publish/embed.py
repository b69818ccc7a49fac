"""The embeddable "Listen to this article" player: the HTML snippet a publisher pastes into an article page."""

from __future__ import annotations

from pathlib import Path
from string import Template
from urllib.parse import quote

from ..errors import PublishError
from ..files import write_if_changed
from ..urls import as_uri
from .catalog import Catalog
from .markup import fill
from .pages import asset_bytes, asset_url, disclosure_text, listening_minutes, page_name, read_transcript

EMBED_SCRIPT = "embed.js"
_SNIPPET = Template(
    '<articlecast-player src="$audio" duration="$duration" title="$title" disclosure="$disclosure">'
    '<a href="$page">Listen to this article ($minutes min)</a></articlecast-player>\n'
    '<script src="$script" defer></script>\n'
)


def embed_snippet(out: Path, episode_id: str, base_url: str = "") -> str:
    """The HTML snippet for episode ``episode_id`` of the folder ``out``.

    URLs are under ``base_url`` (where the folder is published), else relative, for a page in the folder
    itself. The script is copied into the folder if it is missing. Without JavaScript the snippet is a link
    to the episode's page.
    """
    out = Path(out)
    with Catalog.open(out, create=False) as catalog:
        episode = catalog.get(episode_id)
    if episode is None:
        raise PublishError(f"There is no episode {episode_id!r} in {out}; 'articlecast episodes -o {out}' lists them.")
    try:
        write_if_changed(out / EMBED_SCRIPT, asset_bytes(EMBED_SCRIPT))
    except OSError as error:
        raise PublishError(f"Cannot write {out / EMBED_SCRIPT} ({error.strerror or error}); check the folder's permissions.") from None
    prefix = as_uri(base_url).rstrip("/") + "/" if base_url else ""
    return fill(
        _SNIPPET,
        audio=prefix + quote(episode.audio_file),
        duration=f"{episode.duration:.1f}",
        title=episode.title,
        disclosure=disclosure_text(episode, read_transcript(out, episode)),
        page=prefix + quote(page_name(episode.id)),
        minutes=listening_minutes(episode.duration),
        script=prefix + asset_url(EMBED_SCRIPT),
    )
