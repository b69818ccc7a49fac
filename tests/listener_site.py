"""A small published folder for the listener-page and studio tests: two made-up articles, voiced by eSpeak NG."""

from __future__ import annotations

from pathlib import Path

from articlecast import build
from articlecast.config import VoiceProfile

BRIDGE = """---
title: Harbour <b>bridge</b> reopens & "traffic" returns
author: Ann <Reporter>
date: 2026-03-14T09:30:00+00:00
summary: The old harbour bridge is open again after <i>two</i> years.
---

The harbour bridge reopened on Saturday after two years of repairs. The first cars crossed at dawn.

Engineers replaced every cable & most of the deck, the council said. The work cost less than feared.

## What changed

The bridge now has a wider footpath. Cyclists get their own lane on the east side. Buses stop at both ends.

## What comes next

Tolls return in May. The council will review the charges after a year. Shops near the bridge expect more visitors.
"""

MARKET = """---
title: Night market opens in Kyiv
author: Ben Writer
date: 2026-03-10T18:00:00+00:00
---

A night market opened in Kyiv on Friday. Forty stalls sell food and crafts until midnight.
The organisers wrote <img src=x onerror=alert(1)> on every poster.
"""


def write_articles(folder: Path) -> list[Path]:
    """The two articles as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "harbour-bridge.md", folder / "night-market.txt"]
    for path, text in zip(paths, (BRIDGE, MARKET)):
        path.write_text(text, encoding="utf-8")
    return paths


def build_site(root: Path) -> Path:
    """Build the articles under ``root/articles`` into ``root/site`` with the espeak engine; the site folder."""
    sources = write_articles(root / "articles")
    report = build(sources, root / "site", VoiceProfile(engine="espeak"), jobs=1)
    assert not report.failures, report.failures
    return root / "site"
