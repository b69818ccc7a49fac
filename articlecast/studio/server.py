"""The studio's HTTP server: the standard library's ThreadingHTTPServer, one handler over :class:`Editor`.

It serves the output folder (with byte ranges, as static hosts do: browsers need them to seek), the
studio's own page and a small JSON API. It never serves a file outside its folders, sends a
Content-Security-Policy with every response, answers only requests addressed to it by its own host
name (against DNS rebinding), and takes changes only as JSON from its own origin.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import mimetypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import ArticlecastError
from .editor import Editor

_LOGGER = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
STUDIO_PREFIX = "/studio/"
API_PREFIX = "/api/"
MAX_BODY_BYTES = 64 * 1024
TYPES = {".mp3": "audio/mpeg", ".vtt": "text/vtt", ".srt": "application/x-subrip", ".json": "application/json",
         ".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".xml": "application/rss+xml",
         ".wav": "audio/wav"}  # fmt: skip
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def file_inside(root: Path, url_path: str) -> Path | None:
    """The file that ``url_path`` names under ``root``, or None when it names none or leads outside.

    The path is decoded first (so ``%2e%2e`` is ``..``), then resolved with its symlinks, and must stay
    within ``root``; hidden files (temporaries, ``.git``) are never served. A folder gives its ``index.html``.
    """
    name = unquote(url_path)
    if "\x00" in name or any(part.startswith(".") for part in name.split("/") if part):
        return None
    base = root.resolve()
    path = (base / name.lstrip("/")).resolve()
    if not path.is_relative_to(base):
        return None
    if path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) bytes a ``Range`` header asks for; None for the whole file; ValueError if unsatisfiable.

    One range is served; a header with several, or one that is malformed, is ignored (the whole file), as
    RFC 9110 allows.
    """
    match = _RANGE.fullmatch(header.strip()) if header else None
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first == "":
        length = int(last)
        if length == 0:
            raise ValueError("empty suffix range")
        return max(0, size - length), size - 1
    start = int(first)
    if start >= size:
        raise ValueError("range starts past the end")
    end = min(int(last), size - 1) if last else size - 1
    if end < start:
        return None
    return start, end


class StudioServer(ThreadingHTTPServer):
    """A threading HTTP server holding the editor it serves."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], editor: Editor) -> None:
        super().__init__(address, StudioHandler)
        self.editor = editor

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


class StudioHandler(BaseHTTPRequestHandler):
    """GET and HEAD serve files and read the API; POST changes things."""

    server: StudioServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        _LOGGER.debug("%s " + format, self.address_string(), *args)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._trusted_host():
            return
        url = urlsplit(self.path)
        if url.path.startswith(API_PREFIX):
            self._api_get(url.path[len(API_PREFIX) :], parse_qs(url.query))
        elif url.path.rstrip("/") == STUDIO_PREFIX.rstrip("/"):
            self._send_file(self._studio_file("studio.html"))
        elif url.path.startswith(STUDIO_PREFIX):
            self._send_file(file_inside(self._studio_root(), url.path[len(STUDIO_PREFIX) :]))
        else:
            self._send_file(file_inside(self.server.editor.out, url.path))

    def do_POST(self) -> None:
        if not self._trusted_host():
            return
        origin = self.headers.get("Origin")
        if origin and origin != f"http://{self.headers.get('Host')}":
            return self._send_json({"error": "Requests from other sites are refused."}, HTTPStatus.FORBIDDEN)
        if self.headers.get_content_type() != "application/json":
            return self._send_json({"error": "Send JSON (Content-Type: application/json)."}, HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            return self._send_json({"error": "The request is too large."}, HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            return self._send_json({"error": "The request is not a JSON object."}, HTTPStatus.BAD_REQUEST)
        editor = self.server.editor
        action = urlsplit(self.path).path[len(API_PREFIX) :] if self.path.startswith(API_PREFIX) else ""
        with self._errors():
            if action == "lexicon":
                entry = (str(body.get("written", "")), str(body.get("say", "")))
                if body.get("save"):
                    editor.add_lexicon_entry(*entry)
                    return self._send_json(editor.script_view(str(body.get("article", ""))) if body.get("article") else {})
                return self._send_json(editor.script_view(str(body.get("article", "")), entry))
            if action == "build":
                editor.start_build()
                return self._send_json(vars(editor.progress))
            self._send_json({"error": "Unknown action."}, HTTPStatus.NOT_FOUND)

    def _api_get(self, action: str, query: dict[str, list[str]]) -> None:
        editor = self.server.editor
        article = query.get("article", [""])[0]
        with self._errors():
            if action == "articles":
                return self._send_json({"articles": editor.listing(), "out": str(editor.out), "lexicon": str(editor.lexicon or "")})
            if action == "script":
                return self._send_json(editor.script_view(article))
            if action == "voice":
                index = query.get("segment", [""])[0]
                if not index.isdigit():
                    return self._send_json({"error": "Give the segment's number."}, HTTPStatus.BAD_REQUEST)
                return self._send_file(editor.voice_segment(article, int(index)))
            if action == "build":
                return self._send_json(vars(editor.progress))
            self._send_json({"error": "Unknown action."}, HTTPStatus.NOT_FOUND)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Answer articlecast's own errors with their one-sentence message, as JSON."""
        try:
            yield
        except ArticlecastError as error:
            self._send_json({"error": str(error)}, HTTPStatus.UNPROCESSABLE_ENTITY)

    def _trusted_host(self) -> bool:
        """On the loopback address, answer only requests for it by name: a web page elsewhere cannot rebind
        a name of its own to us. (Bound to another address on purpose, any name is taken.)"""
        host, port = self.server.server_address[:2]
        if not ipaddress.ip_address(host).is_loopback:
            return True
        allowed = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]", host)}
        if self.headers.get("Host") in allowed:
            return True
        self._send_json({"error": "Unknown host name."}, HTTPStatus.MISDIRECTED_REQUEST)
        return False

    def _studio_root(self) -> Path:
        return Path(str(resources.files(__package__).joinpath("static")))

    def _studio_file(self, name: str) -> Path | None:
        return file_inside(self._studio_root(), name)

    def _headers(self, status: HTTPStatus, content_type: str, length: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")

    def _send_json(self, data: object, status: HTTPStatus = HTTPStatus.OK) -> None:
        body = json.dumps(data, ensure_ascii=False).encode()
        self._headers(status, "application/json; charset=utf-8", len(body))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_file(self, path: Path | None) -> None:
        if path is None:
            return self._send_json({"error": "Not found."}, HTTPStatus.NOT_FOUND)
        size = path.stat().st_size
        content_type = TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type.endswith(("json", "xml")):
            content_type += "; charset=utf-8"
        try:
            span = byte_range(self.headers.get("Range"), size)
        except ValueError:
            self._headers(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "text/plain", 0)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return
        first, last = span or (0, size - 1)
        self._headers(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK, content_type, last - first + 1)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-cache")
        if span:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.end_headers()
        if self.command == "HEAD":
            return
        with open(path, "rb") as handle:
            handle.seek(first)
            _copy(handle, self.wfile, last - first + 1)


def _copy(source: Any, target: Any, length: int) -> None:
    """Copy ``length`` bytes; a browser that stops reading (it seeked elsewhere) is not an error."""
    try:
        while length > 0:
            chunk = source.read(min(length, 64 * 1024))
            if not chunk:
                break
            target.write(chunk)
            length -= len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def make_server(editor: Editor, host: str = "127.0.0.1", port: int = 8000) -> StudioServer:
    """A studio server bound to ``host:port`` (port 0: any free one); call ``serve_forever()`` on it."""
    return StudioServer((host, port), editor)
