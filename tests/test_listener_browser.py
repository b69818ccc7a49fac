"""The listener's pages, the embeddable player and the studio in a real browser: Debian's Chromium driven by Playwright.

The folder is built with the real espeak engine and served over HTTP by the studio's server (byte ranges
included, as static hosts do). Every request is checked to stay on that host, and every console error fails
the test. Screenshots go to ``$ARTICLECAST_SCREENSHOTS`` (default: a folder under /tmp) for a person to look at.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import run_cli
from listener_site import build_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
]  # fmt: skip
SCREENSHOTS = Path(os.environ.get("ARTICLECAST_SCREENSHOTS") or Path(tempfile.gettempdir()) / "articlecast-screenshots")
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

if not CHROMIUM.exists():
    pytest.skip("Chromium is missing (/usr/bin/chromium); 'make test' installs Debian's chromium package", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is missing; 'make test' installs the test extra")
axe_package = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python (axe-core) is missing; 'make test' installs it")
AXE_SCRIPT = Path(axe_package.__file__).parent / "axe.min.js"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The built folder, with a page embedding two players, served on 127.0.0.1: (folder, base URL, editor)."""
    from articlecast.config import Settings, VoiceProfile
    from articlecast.studio.editor import Editor
    from articlecast.studio.server import make_server

    root = tmp_path_factory.mktemp("listener")
    out = build_site(root)
    snippets = []
    for slug in ("harbour-bridge", "night-market"):
        result = run_cli("embed", slug, "-o", str(out))
        assert result.returncode == 0, result.stderr
        snippets.append(result.stdout)
    (out / "publisher.css").write_text("button { background: red !important; font-size: 40px; }", encoding="utf-8")
    (out / "article.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A publisher\'s article</title>'
        '<link rel="stylesheet" href="publisher.css"></head><body><main><h1>An article</h1>'
        + "".join(f"<div>{snippet}</div><p>The article's body.</p>" for snippet in snippets)
        + "</main></body></html>",
        encoding="utf-8",
    )
    editor = Editor(out, root / "articles", VoiceProfile(engine="espeak"), Settings(), root / "lexicon.toml")
    server = make_server(editor, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, server.url, editor
    server.shutdown()
    server.server_close()
    editor.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A browser context whose pages' console errors and requests to other hosts are recorded."""

    def __init__(self, browser, base_url: str, **options) -> None:
        self.context = browser.new_context(**options)
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.requests: list[str] = []
        host = urlsplit(base_url).netloc

        def route(route):
            url = route.request.url
            self.requests.append(url)
            if urlsplit(url).netloc != host or not url.startswith("http"):
                self.outside.append(url)
                return route.abort()
            return route.continue_()

        self.context.route("**/*", route)

    def page(self, url: str):
        page = self.context.new_page()
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.goto(url)
        return page

    def close(self) -> None:
        self.context.close()
        assert self.errors == [], self.errors
        assert self.outside == [], f"requests left the host: {self.outside}"


@pytest.fixture
def watched(browser, site):
    contexts = []

    def make(**options):
        context = Watched(browser, site[1], **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def wait_until(page, expression: str, timeout: float = 10.0) -> None:
    """Poll ``expression`` in the page until it is true (the studio's CSP forbids Playwright's own eval-based wait)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.05)


def current_segment(page) -> dict:
    """The highlighted segment and the audio's time, read in one go."""
    return page.evaluate(
        """() => {
        const current = document.querySelectorAll('.seg[aria-current="true"]');
        const audio = document.getElementById('audio');
        const el = current[0];
        return {count: current.length, time: audio.currentTime, paused: audio.paused,
                start: el ? parseFloat(el.dataset.start) : null,
                next: el && el.nextElementSibling ? parseFloat(el.nextElementSibling.dataset.start) : null,
                starts: [...document.querySelectorAll('.seg')].map(s => parseFloat(s.dataset.start)),
                background: el ? getComputedStyle(el).backgroundColor : null,
                plain: getComputedStyle(document.querySelector('.seg:not([aria-current])')).backgroundColor};
        }"""
    )


def holds(state: dict) -> bool:
    """Whether the highlighted segment is the last one that started at or before the audio's time."""
    started = [start for start in state["starts"] if start <= state["time"] + 0.01]
    return state["count"] == 1 and state["start"] == max(started)


def test_episode_page_plays_and_reads_along(watched, site):
    context = watched()
    page = context.page(site[1] + "harbour-bridge.html")
    page.evaluate("document.getElementById('audio').muted = true")
    page.get_by_role("button", name="Play").click()
    wait_until(page, "document.getElementById('audio').currentTime > 4")
    state = current_segment(page)
    assert not state["paused"]
    assert holds(state), state
    assert state["background"] != state["plain"], "the segment being heard is not highlighted"
    # The current segment is kept in view.
    assert page.evaluate(
        "(() => { const r = document.querySelector('.seg[aria-current]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    # A click on a later segment seeks there.
    target = page.locator(".seg").nth(8)
    start = float(target.get_attribute("data-start"))
    target.click()
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {start}) < 1.5")
    state = current_segment(page)
    assert holds(state) and state["start"] == start, state
    assert target.get_attribute("aria-current") == "true"
    # Pause, ±15 s and the speed.
    page.get_by_role("button", name="Pause").click()
    wait_until(page, "document.getElementById('audio').paused")
    before = page.evaluate("document.getElementById('audio').currentTime")
    page.get_by_role("button", name="Back 15 seconds").click()
    assert page.evaluate("document.getElementById('audio').currentTime") == pytest.approx(max(0, before - 15), abs=0.3)
    page.get_by_label("Speed").select_option("1.5")
    assert page.evaluate("document.getElementById('audio').playbackRate") == 1.5
    # Media Session metadata, for lock screens.
    metadata = page.evaluate(
        "(() => { const m = navigator.mediaSession.metadata; return {title: m.title, artist: m.artist, artwork: m.artwork.map(a => a.src)}; })()"
    )
    assert metadata["title"] == 'Harbour <b>bridge</b> reopens & "traffic" returns'
    assert metadata["artist"] == "Ann <Reporter>"
    assert metadata["artwork"] == [site[1] + "channel_cover.png"]


def test_time_link_chapters_keyboard_and_resume(watched, site):
    context = watched()
    page = context.page(site[1] + "harbour-bridge.html#t=20")
    wait_until(page, "document.getElementById('audio').currentTime >= 19.9")
    assert page.evaluate("document.getElementById('audio').currentTime") == pytest.approx(20, abs=0.1)
    assert holds(current_segment(page))
    # A chapter link goes to its chapter.
    chapter = page.locator(".chapters a").nth(2)
    chapter_start = float(chapter.get_attribute("data-start"))
    page.evaluate("document.getElementById('audio').muted = true")
    chapter.click()
    wait_until(page, f"document.getElementById('audio').currentTime >= {chapter_start}")
    state = current_segment(page)
    assert state["start"] == chapter_start, state
    assert chapter.get_attribute("aria-current") == "true"
    page.get_by_role("button", name="Pause").click()
    # Keyboard only: Tab reaches a segment, Enter seeks there.
    page.locator(".seg").nth(3).focus()
    page.keyboard.press("Enter")
    third = float(page.locator(".seg").nth(3).get_attribute("data-start"))
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {third}) < 1")
    page.get_by_role("button", name="Pause").click()
    wait_until(page, "document.getElementById('audio').paused")
    # Copy link to this moment.
    context.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy link to this moment").click()
    wait_until(page, "document.querySelector('.controls .status').textContent.startsWith('Copied')")
    link = page.evaluate("navigator.clipboard.readText()")
    second = int(page.evaluate("document.getElementById('audio').currentTime"))
    assert link == f"{site[1]}harbour-bridge.html#t={second}"
    # The position is remembered: a fresh visit resumes there.
    paused_at = page.evaluate("document.getElementById('audio').currentTime")
    again = context.page(site[1] + "harbour-bridge.html")
    wait_until(again, "document.getElementById('audio').currentTime > 0")
    assert again.evaluate("document.getElementById('audio').currentTime") == pytest.approx(paused_at, abs=0.2)
    assert "Resuming" in again.locator(".controls .status").text_content()


def test_embedded_players_load_nothing_until_play(watched, site):
    context = watched()
    page = context.page(site[1] + "article.html")
    players = page.locator("articlecast-player")
    assert players.count() == 2
    wait_until(page, "customElements.get('articlecast-player') !== undefined")
    assert not [url for url in context.requests if url.endswith(".mp3")], "audio was loaded before play"
    listen = page.get_by_role("button", name="Listen to this article")
    assert listen.count() == 2
    # The host page's CSS does not reach inside the player.
    assert listen.first.evaluate("b => getComputedStyle(b).fontSize") != "40px"
    assert "1 min" in players.first.evaluate("p => p.shadowRoot.textContent")
    assert "AI assistance" in players.first.evaluate("p => p.shadowRoot.textContent")
    page.evaluate("document.querySelectorAll('articlecast-player').forEach(p => p.shadowRoot.querySelector('audio').muted = true)")
    listen.first.click()
    wait_until(page, "document.querySelector('articlecast-player').shadowRoot.querySelector('audio').currentTime > 0.5")
    assert [url for url in context.requests if url.endswith(".mp3")] == [site[1] + "harbour-bridge.mp3"]
    # The second player plays the other episode and stops the first.
    players.nth(1).evaluate("p => p.shadowRoot.querySelector('button').click()")
    wait_until(page, "document.querySelectorAll('articlecast-player')[1].shadowRoot.querySelector('audio').currentTime > 0.3")
    assert players.first.evaluate("p => p.shadowRoot.querySelector('audio').paused")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article-playing.png"))
    forward = players.nth(1).evaluate("p => { const a = p.shadowRoot.querySelector('audio'); const t = a.currentTime; p.shadowRoot.querySelector('[aria-label=\"Forward 15 seconds\"]').click(); return [t, a.currentTime]; }")
    assert forward[1] >= min(forward[0] + 14.5, 13)


def test_pages_pass_axe_and_look_right(watched, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            context = watched(viewport=viewport, color_scheme=scheme)
            for page_name in ("harbour-bridge.html#t=12", "index.html", "article.html"):
                page = context.page(site[1] + page_name)
                page.wait_for_load_state("load")
                if page_name.startswith("harbour"):
                    wait_until(page, "document.querySelector('.seg[aria-current]') !== null")
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= viewport["width"], f"{page_name} is {width} px wide at {viewport['width']} px"
                page.screenshot(path=str(SCREENSHOTS / f"{page_name.split('.')[0]}-{name}-{scheme}.png"), full_page=True)
                page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))  # not a <script>, which the studio's CSP refuses
                violations = page.evaluate("axe.run(document).then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))")
                serious = [v for v in violations if v[1] in ("serious", "critical")]
                assert serious == [], f"{page_name} at {name} in {scheme}: {serious}"


def test_pages_without_javascript(watched, site):
    context = watched(java_script_enabled=False)
    page = context.page(site[1] + "harbour-bridge.html")
    audio = page.locator("audio")
    assert audio.get_attribute("controls") is not None
    assert page.locator(".controls").is_hidden()
    assert page.locator(".seg").first.is_visible()
    assert page.get_by_role("link", name="Download the MP3").get_attribute("href") == "harbour-bridge.mp3"
    response = page.request.get(site[1] + audio.get_attribute("src"), headers={"Range": "bytes=0-99"})
    assert response.status == 206 and len(response.body()) == 100
    show = context.page(site[1] + "index.html")
    assert show.get_by_role("link", name="Subscribe to the podcast feed").get_attribute("href") == "feed.xml"
    titles = show.locator(".episodes h3 a").all_text_contents()
    assert titles == ['Harbour <b>bridge</b> reopens & "traffic" returns', "Night market opens in Kyiv"]
    embedded = context.page(site[1] + "article.html")
    assert embedded.get_by_role("link", name="Listen to this article (1 min)").first.get_attribute("href") == "harbour-bridge.html"


def test_studio_script_view_voice_lexicon_and_live_update(watched, site):
    out, base, editor = site
    context = watched(viewport=DESKTOP)
    page = context.page(base + "studio/")
    page.get_by_role("button", name="night-market.txt").click()
    wait_until(page, "document.getElementById('script-heading').textContent.includes('night-market.txt')")
    written = page.locator("#segments tbody tr").nth(4).locator("td").nth(1)
    assert "<img src=x onerror=alert(1)>" in written.text_content()
    assert page.locator("#segments img").count() == 0
    # Voice one segment: a WAV from the clip cache plays.
    page.get_by_role("button", name="Voice segment 3").click()
    wait_until(page, "document.querySelector('[aria-label=\"Voice segment 3\"]').textContent === 'Voice'", timeout=30)
    assert [url for url in context.requests if "/api/voice?article=night-market.txt&segment=2" in url]
    # Preview a lexicon entry: the changed spoken form is marked, nothing is saved.
    page.get_by_label("Written").fill("Forty")
    page.get_by_label("Say").fill("Fourty")
    page.get_by_role("button", name="Preview").click()
    wait_until(page, "document.querySelector('tr.changed') !== null")
    assert "Fourty" in page.locator("tr.changed td.spoken").first.text_content()
    assert not (editor.lexicon and editor.lexicon.exists())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "studio-desktop.png"), full_page=True)
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    violations = page.evaluate("axe.run(document).then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))")
    assert [v for v in violations if v[1] in ("serious", "critical")] == []
    # The article changes on disk: its script view follows.
    article = editor.articles / "night-market.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nA brass band played at the opening.\n", encoding="utf-8")
    wait_until(page, "document.querySelector('#segments').textContent.includes('A brass band played')", timeout=10)
