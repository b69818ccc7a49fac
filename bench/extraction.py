"""Compare HTML article extractors on the saved pages in tests/data/pages (run by hand).

    pip install readability-lxml   # only for this comparison; not a dependency of articlecast
    python bench/extraction.py

Each page has a hand-written expectation beside it (``NAME.json``: the article's blocks, its
metadata and strings of page furniture that must not appear). For trafilatura (as articlecast
calls it, and with ``favor_precision``), readability-lxml, and articlecast's own loader (trafilatura
plus its furniture rules and metadata), this prints per page and in total:

- found: expected blocks whose text appears in the output;
- exact: expected blocks that come out as the same block (kind, heading level, text);
- extra: output blocks that belong to no expected block (furniture let through);
- junk: furniture strings present in the output;
- meta: metadata fields right (title, author, date to the minute, url, image, language);
- ms: median time per page, and the installed size of each library with its dependencies.

Every extractor gets the same text, decoded by articlecast's rules.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata as md
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.decode import decode_html
from articlecast.sources.html import document_blocks

PAGES = ROOT / "tests" / "data" / "pages"
FIELDS = ("title", "author", "date", "url", "image", "language")
Result = tuple[list[Block], dict[str, object]]


def trafilatura_raw(html: str, **options: object) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, include_formatting=True, with_metadata=True, **options
    )
    if doc is None:
        return [], {}
    return list(document_blocks(doc.body)), {"title": doc.title, "author": doc.author, "date": doc.date, "url": doc.url, "image": doc.image, "language": doc.language}


def readability_raw(html: str) -> Result:
    from lxml import html as lxml_html
    from readability import Document

    document = Document(html)
    root = lxml_html.fragment_fromstring(document.summary(html_partial=True))
    blocks = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"):
        text = " ".join(element.text_content().split())
        inside = {ancestor.tag for ancestor in element.iterancestors()}
        if not text or (element.tag in ("li", "blockquote") and element.find(".//p") is not None):
            continue
        if element.tag.startswith("h"):
            blocks.append(Block("heading", text, int(element.tag[1])))
        elif element.tag == "li" or "li" in inside:
            blocks.append(Block("item", text))
        elif element.tag == "blockquote" or "blockquote" in inside:
            blocks.append(Block("quote", text))
        else:
            blocks.append(Block("paragraph", text))
    return blocks, {"title": document.short_title()}


def articlecast_loader(path: Path) -> Result:
    article = load_article(path)
    return article.blocks, {field: getattr(article, field) for field in FIELDS}


def score(blocks: list[Block], metadata: dict[str, object], expected: dict) -> dict[str, int]:
    want = [Block(kind, text, rest[0] if rest else 0) for kind, text, *rest in expected["blocks"]]
    text = " ".join(block.text for block in blocks)
    wanted_text = " ".join(block.text for block in want)
    title = expected["metadata"]["title"]
    return {
        "found": sum(block.text in text for block in want),
        "exact": sum(block in blocks for block in want),
        "extra": sum(block.text not in wanted_text and block.text != title for block in blocks),
        "junk": sum(junk in text for junk in expected["junk"]),
        "meta": sum(_same(field, metadata.get(field), expected["metadata"][field]) for field in FIELDS),
    }


def _same(field: str, got: object, want: str | None) -> bool:
    if got is None or want is None:
        return got is want
    if field == "date":
        moment = got if isinstance(got, dt.datetime) else dt.datetime.fromisoformat(str(got))
        return moment.tzinfo is not None and moment == dt.datetime.fromisoformat(want)
    if field == "author":
        return str(got).replace("; ", ", ") == want
    return str(got) == want


def timed(run: Callable[[], Result], repeat: int = 7) -> tuple[Result, float]:
    result = run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times) * 1000


def installed_size(distribution: str) -> tuple[int, float]:
    """Number of distributions and megabytes installed for ``distribution`` and everything it requires."""
    seen: set[str] = set()
    todo = [distribution]
    size = 0
    while todo:
        name = re.split(r"[ ;<>=!~\[]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen.add(name)
        size += sum(f.size or 0 for f in dist.files or [])
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return len(seen), size / 1e6


def main() -> None:
    extractors: dict[str, Callable[[Path, str], Callable[[], Result]]] = {
        "trafilatura": lambda path, html: lambda: trafilatura_raw(html),
        "trafilatura precision": lambda path, html: lambda: trafilatura_raw(html, favor_precision=True),
        "readability-lxml": lambda path, html: lambda: readability_raw(html),
        "articlecast (trafilatura + rules)": lambda path, html: lambda: articlecast_loader(path),
    }
    totals = {name: {"found": 0, "exact": 0, "extra": 0, "junk": 0, "meta": 0, "ms": 0.0} for name in extractors}
    expected_blocks = expected_junk = 0
    pages = sorted(PAGES.glob("*.json"))
    for expectation in pages:
        expected = json.loads(expectation.read_text(encoding="utf-8"))
        path = expectation.with_suffix(".html")
        html = decode_html(path.read_bytes(), path)
        expected_blocks += len(expected["blocks"])
        expected_junk += len(expected["junk"])
        print(f"\n{path.name}: {len(expected['blocks'])} blocks, {len(expected['junk'])} furniture strings")
        for name, make in extractors.items():
            (blocks, metadata), ms = timed(make(path, html))
            row = score(blocks, metadata, expected)
            for key, value in row.items():
                totals[name][key] += value
            totals[name]["ms"] += ms / len(pages)
            print(f"  {name:34} " + "  ".join(f"{k} {v:2}" for k, v in row.items()) + f"  ms {ms:6.1f}")
    print(f"\nTotal over {len(pages)} pages: {expected_blocks} blocks, {expected_junk} furniture strings, {len(pages) * len(FIELDS)} metadata fields")
    for name, row in totals.items():
        print(f"  {name:34} found {row['found']:3}  exact {row['exact']:3}  extra {row['extra']:2}  junk {row['junk']:2}  meta {row['meta']:2}  ms/page {row['ms']:5.1f}")
    for distribution in ("trafilatura", "readability-lxml"):
        count, megabytes = installed_size(distribution)
        print(f"  installed: {distribution} with its dependencies: {count} distributions, {megabytes:.0f} MB")


if __name__ == "__main__":
    main()
