"""The editor's studio server: its folders' limits, byte ranges, CSP, and the API over the real engine and cache."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import threading
import time
import tomllib

import pytest

from articlecast.config import Settings, VoiceProfile
from articlecast.studio.editor import Editor
from articlecast.studio.server import CONTENT_SECURITY_POLICY, byte_range, file_inside, make_server
from conftest import ffprobe, run_cli
from listener_site import build_site


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """A running studio over a built folder: (root, host, port, editor)."""
    root = tmp_path_factory.mktemp("studio")
    out = build_site(root)
    (root / "secret.txt").write_text("outside")
    os.symlink(root / "secret.txt", out / "link-out.txt")
    (root / "lexicon.toml").write_text('Kyiv = "Keev"\n')
    editor = Editor(out, root / "articles", VoiceProfile(engine="espeak"), Settings(), root / "lexicon.toml")
    server = make_server(editor, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, "127.0.0.1", server.server_address[1], editor
    server.shutdown()
    server.server_close()
    editor.close()


def request(studio, method, path, body=None, headers=None):
    """Send the request exactly as given (no path normalisation); (status, headers, body)."""
    _, host, port, _ = studio
    connection = http.client.HTTPConnection(host, port, timeout=60)
    sent = {"Host": f"{host}:{port}", **(headers or {})}
    data = json.dumps(body).encode() if body is not None else None
    if data is not None:
        sent.setdefault("Content-Type", "application/json")
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for name, value in sent.items():
        connection.putheader(name, value)
    if data is not None:
        connection.putheader("Content-Length", str(len(data)))
    connection.endheaders(data)
    response = connection.getresponse()
    result = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return result


def test_file_inside_refuses_every_way_out(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "page.html").write_text("ok")
    (tmp_path / "site" / ".hidden").write_text("no")
    (tmp_path / "secret").write_text("no")
    os.symlink(tmp_path / "secret", tmp_path / "site" / "out")
    site = tmp_path / "site"
    assert file_inside(site, "/page.html") == (site / "page.html").resolve()
    assert file_inside(site, "/") is None  # no index.html
    for path in ("/../secret", "/%2e%2e/secret", "/%2E%2E%2Fsecret", "/out", "/.hidden", "/page.html%00.png", "//etc/passwd", "/..%5csecret"):
        assert file_inside(site, path) is None, path


def test_byte_ranges():
    assert byte_range(None, 100) is None
    assert byte_range("bytes=0-9", 100) == (0, 9)
    assert byte_range("bytes=90-", 100) == (90, 99)
    assert byte_range("bytes=-10", 100) == (90, 99)
    assert byte_range("bytes=50-500", 100) == (50, 99)
    assert byte_range("bytes=0-1,5-6", 100) is None  # several: the whole file
    with pytest.raises(ValueError):
        byte_range("bytes=100-", 100)


def test_serves_the_folder_with_ranges_and_a_csp(studio):
    root = studio[0]
    mp3 = (root / "site" / "harbour-bridge.mp3").read_bytes()
    status, headers, body = request(studio, "GET", "/harbour-bridge.mp3", headers={"Range": "bytes=100-1099"})
    assert status == 206 and body == mp3[100:1100]
    assert headers["Content-Range"] == f"bytes 100-1099/{len(mp3)}" and headers["Content-Type"] == "audio/mpeg"
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert request(studio, "GET", "/harbour-bridge.mp3", headers={"Range": f"bytes={len(mp3)}-"})[0] == 416
    status, headers, body = request(studio, "GET", "/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8" and b"Night market" in body
    assert "default-src 'self'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/link-out.txt",
                                  "/studio/../../secret.txt", "/studio/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt"])  # fmt: skip
def test_never_serves_outside_its_folders(studio, path):
    status, _, body = request(studio, "GET", path)
    assert status == 404 and b"outside" not in body


def test_refuses_other_hosts_and_cross_site_changes(studio):
    assert request(studio, "GET", "/", headers={"Host": "attacker.example:80"})[0] == 421
    assert request(studio, "POST", "/api/build", {}, headers={"Origin": "http://attacker.example"})[0] == 403
    status, _, body = request(studio, "POST", "/api/build", {}, headers={"Content-Type": "text/plain"})
    assert status == 415


def test_script_view_marks_lexicon_hits(studio):
    status, headers, body = request(studio, "GET", "/api/script?article=night-market.txt")
    assert status == 200 and headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    view = json.loads(body)
    first = next(s for s in view["segments"] if s["kind"] == "sentence")
    assert first["shown"] == "A night market opened in Kyiv on Friday."
    assert first["spoken"] == "A night market opened in Keev on Friday."
    at = first["shown"].index("Kyiv")
    assert first["hits"] == [[at, at + 4, "Kyiv"]]
    assert any("<img src=x onerror=alert(1)>" in s["shown"] for s in view["segments"])
    assert request(studio, "GET", "/api/script?article=../secret.txt")[0] == 422


def test_voicing_a_segment_uses_the_clip_cache(studio, tmp_path):
    path = "/api/voice?article=night-market.txt&segment=3"
    started = time.monotonic()
    status, headers, first = request(studio, "GET", path)
    assert status == 200 and headers["Content-Type"] == "audio/wav"
    once = time.monotonic() - started
    started = time.monotonic()
    assert request(studio, "GET", path)[2] == first
    assert time.monotonic() - started < max(0.5, once)
    (tmp_path / "clip.wav").write_bytes(first)
    stream = ffprobe(tmp_path / "clip.wav")["streams"][0]
    assert stream["codec_name"] == "pcm_s16le" and float(stream["duration"]) > 1
    assert request(studio, "GET", "/api/voice?article=night-market.txt&segment=99")[0] == 422


def test_lexicon_entry_previews_then_saves(studio):
    root = studio[0]
    entry = {"article": "night-market.txt", "written": "Friday", "say": "Fryday"}
    status, _, body = request(studio, "POST", "/api/lexicon", {**entry, "save": False})
    assert status == 200, body
    assert any("Fryday" in s["spoken"] for s in json.loads(body)["segments"])
    assert "Friday" not in tomllib.loads((root / "lexicon.toml").read_text())
    status, _, body = request(studio, "POST", "/api/lexicon", {**entry, "save": True})
    assert status == 200, body
    assert tomllib.loads((root / "lexicon.toml").read_text()) == {"Kyiv": "Keev", "Friday": "Fryday"}
    status, _, body = request(studio, "POST", "/api/lexicon", {**entry, "save": True})
    assert status == 422 and "already in the lexicon" in json.loads(body)["error"]
    status, _, body = request(studio, "POST", "/api/lexicon", {**entry, "written": "bad [word]", "save": True})
    assert status == 422 and "without brackets" in json.loads(body)["error"]


def test_build_runs_with_progress(studio):
    root = studio[0]
    (root / "articles" / "night-market.txt").write_text(
        (root / "articles" / "night-market.txt").read_text() + "\nThe market returns next week.\n"
    )
    status, _, body = request(studio, "POST", "/api/build", {})
    assert status == 200 and json.loads(body)["articles"] == 2
    deadline = time.monotonic() + 60
    while (progress := json.loads(request(studio, "GET", "/api/build")[2]))["running"]:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert progress["finished"] == 2 and progress["failures"] == [] and progress["message"].startswith("1 built, 1 unchanged")
    assert "The market returns next week." in (root / "site" / "night-market.html").read_text()


def test_serve_command_binds_to_this_machine_and_says_where(tmp_path):
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "articlecast", "serve", str(tmp_path), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = process.stdout.readline()
        assert line.startswith(f"Serving {tmp_path} on http://127.0.0.1:")
    finally:
        process.terminate()
        process.wait(10)
    result = run_cli("serve", str(tmp_path), "--articles", str(tmp_path / "none"))
    assert result.returncode == 1 and result.stderr.startswith("Error: The articles folder") and result.stderr.count("\n") == 1
