"""Saved web pages: the article body found by trafilatura, its structure kept, page furniture dropped.

Before trafilatura sees the page, what a browser would not show is removed (:mod:`.hidden`), and
so are link boxes (:mod:`.linkboxes`), captions (:mod:`.captions`) and author boxes (:mod:`.bios`); JSON-LD is tidied
(:mod:`.pagemeta`); a lead set in a bare ``<div>`` becomes a paragraph (:mod:`.leads`). The blocks trafilatura
keeps then lose their furniture (:mod:`.furniture`, :mod:`.boxes`) and an author's biography; the title is the headline the page shows. A page whose
markup yields no article is read from its visible text as a page copy (:mod:`.pagetext`).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..article import Block
from ..errors import ArticleError
from ..language import base_language, detect_language
from .appeals import without_social_calls
from .authornote import is_author_note
from .authors import byline_authors, headline_byline, is_signature, says_what_author_is, names_domain, page_domains, person_names, shown_authors
from .bios import drop_author_boxes
from .boxes import mark_neighbours
from .captions import drop_captions
from .commentboxes import drop_comment_boxes
from .comments import opens_comments
from .copycheck import completed_by_copy
from .decode import decode_html
from .docblocks import document_blocks
from .endmarks import drop_after_rights_notice
from .formwraps import unwrap_fieldless_forms
from .furniture import FURNITURE, Role, classify, ends_sentence, find_date
from .hidden import drop_hidden
from .linkboxes import drop_link_boxes
from .markup import NestedTooDeeply, parse_html
from .pagemeta import (
    agrees,
    marked_headlines,
    named_headline,
    page_metadata,
    page_titles,
    pick_headline,
    shown_headlines,
    stated_headline,
    tidy_json_ld,
    without_kicker,
)
from .pagetext import read_page_copy
from .repeatedlead import without_repeated_lead
from .pointers import drop_pointers
from .pullquotes import drop_pull_quotes
from .visibletext import visible_text
from .promo import is_author_bio, is_end_note
from .labelruns import without_closing_labels, without_glued_credits
from .leads import keep_leads, stated_lead, with_stated_lead
from .loosetext import wrap_loose_text

_LOGGER = logging.getLogger(__name__)
CYRILLIC_SHARE = 0.5
ENGLISH_FUNCTION_SHARE = 0.1
_CYRILLIC_LANGUAGES = {"uk", "ru", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"}
_ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "it", "as", "at", "by"}
END_NOTE_MIN_SHARE = 0.5
"""A closing note ends the article only after this share of the text (a contact box above the text does not)."""


def html_blocks(raw: bytes, path: Path) -> tuple[dict[str, Any], list[Block]]:
    """The page's metadata and article blocks; :class:`ArticleError` if the page holds no article."""
    text = decode_html(raw, path)
    try:
        return _read_page(text, path)
    except (RecursionError, NestedTooDeeply):
        raise ArticleError(
            f"{path} is nested too deeply to read as a web page; save the article's own page again, or copy its text into a .txt file."
        ) from None


def _read_page(text: str, path: Path) -> tuple[dict[str, Any], list[Block]]:
    tree = parse_html(text)
    if tree is None:
        raise _no_article(path)
    stated = page_metadata(tree)
    tidy_json_ld(tree)
    titles = (stated.get("title"), *page_titles(tree))
    drop_hidden(tree, titles)
    unwrap_fieldless_forms(tree)  # a form around article text asks for nothing: not a box to drop
    headlines = shown_headlines(tree)  # before link boxes go: a headline may link to its own page
    shown_author = shown_authors(tree)  # before author boxes go
    marked = marked_headlines(tree)
    named = named_headline(tree)
    drop_link_boxes(tree, titles)
    drop_pointers(tree)
    drop_after_rights_notice(tree)  # before captions go: a closing notice may look like a credit
    drop_captions(tree)
    drop_comment_boxes(tree)
    drop_author_boxes(tree)
    keep_leads(tree)
    lead = stated_lead(tree)
    wrap_loose_text(tree)
    document = _extract(tree)
    blocks = _article_blocks(document)
    if not blocks:
        document = _extract(parse_html(text))
        blocks = _article_blocks(document)
        if blocks:
            _LOGGER.warning("%s: the article is in parts of the page marked hidden; reading them anyway", path)
    if document is None or not blocks:
        copied = _page_copy_of(text, path, stated)
        if copied:
            return copied
        blocks = _cut_short(document)
        if not blocks:
            raise _no_article(path)
        _LOGGER.warning("%s: the page's only text is cut short by an ellipsis; reading it as the article", path)
    metadata = _metadata(document, stated)
    site_names = (document.sitename, *tree.xpath("//meta[@property='og:site_name']/@content"))
    _name_people(metadata, site_names, shown_author or byline_authors(block.text for block in document_blocks(document.body)))
    if names_domain(metadata.get("author"), page_domains(tree)):
        del metadata["author"]  # the site's address, not a writer
    blocks = _without_headline_byline(blocks, metadata)
    blocks = _without_page_lines(_without_author_bio(blocks, metadata.get("author")), site_names)
    blocks = _without_signature(blocks, site_names)
    if "language" in metadata:
        metadata["language"] = _checked_language(metadata["language"], blocks, path)
    titles = [stated.get("title"), *page_titles(tree)]  # what the page states, not the extractor's guess
    headline = (  # a lone <h1> that the titles do not name is a box's heading when an <h2> the titles name stands in the page
        pick_headline(headlines, titles, site_names, lone=False) or pick_headline(marked, titles, lone=False, main_part=True) or pick_headline(headlines, titles, site_names)
    )
    if headline:
        metadata["title"] = without_kicker(headline, titles)
    elif named:
        metadata["title"] = named  # the page's titles name only the site
    elif not agrees(metadata.get("title") or "", titles):
        stated_title = stated_headline(titles, site_names)
        if stated_title:
            metadata["title"] = stated_title  # the extractor's guess is some box's heading
    if headline or metadata.get("title"):
        blocks = _after_headline(_without_breadcrumb(blocks, headline or metadata["title"]), headline or metadata["title"])
    blocks = with_stated_lead(blocks, lead, tree)
    if sum(block.kind != "heading" for block in blocks) == 1 or "date" not in metadata:  # see .copycheck
        blocks = completed_by_copy(blocks, read_page_copy(visible_text(text), min_furniture=0), metadata)
    return metadata, without_repeated_lead(blocks)


HEADLINE_WITHIN = 3
KICKER_MAX_WORDS = 4


def _after_headline(blocks: list[Block], headline: str) -> list[Block]:
    """The blocks after the headline, when the body repeats it near its start (a blog's ``<h2>`` title), with a kicker above it or glued before it.

    The title is read on its own; read again, it and its kicker ("Transport") would open the body twice.
    """
    wanted = re.findall(r"\w+", headline.casefold())
    for index, block in enumerate(blocks[:HEADLINE_WITHIN]):
        words = re.findall(r"\w+", block.text.casefold())
        kicked = block.kind == "heading" and words[-len(wanted) :] == wanted and len(words) - len(wanted) <= KICKER_MAX_WORDS
        if words == wanted or kicked:  # the headline again, maybe glued to its kicker ("Verbraucherschutz <headline>")
            above = blocks[:index]
            if all(len(b.text.split()) <= KICKER_MAX_WORDS and not ends_sentence(b.text) for b in above):
                return blocks[index + 1 :]
            return blocks
    return blocks


_CRUMBS = re.compile(r"^(?:[^>›»|]{1,40}?\s[>›»|]\s){1,5}")
"""The parts of a breadcrumb before its last: a few words, then an arrow or a bar ("Home > News > ")."""


def _without_breadcrumb(blocks: list[Block], headline: str) -> list[Block]:
    """The blocks without a breadcrumb near their start whose last part is the headline ("Home > News > <headline>")."""
    wanted = re.findall(r"\w+", headline.casefold())
    for index, block in enumerate(blocks[:HEADLINE_WITHIN]):
        crumbs = _CRUMBS.match(block.text)
        if crumbs and re.findall(r"\w+", block.text[crumbs.end() :].casefold()) == wanted:
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _without_headline_byline(blocks: list[Block], metadata: dict[str, Any]) -> list[Block]:
    """The blocks without an opening line that is the title and its byline run together; its people become the author."""
    for index, block in enumerate(blocks[:HEADLINE_WITHIN]):
        names = headline_byline(block.text, metadata.get("title") or "")
        if names:
            metadata.setdefault("author", names)
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _name_people(metadata: dict[str, Any], site_names: tuple[str | None, ...], shown: str | None) -> None:
    """Keep only people as the author (not the publisher the metadata may name), or the author the page shows;
    the page's byline when it names the metadata's people and more (co-authors the metadata left out)."""
    people = person_names(metadata.get("author"), site_names)
    if people and shown and set(people.split(", ")) < set(shown.split(", ")):
        people = shown
    if people or shown:
        metadata["author"] = people or shown


def _page_copy_of(text: str, path: Path, stated: dict[str, str]) -> tuple[dict[str, Any], list[Block]] | None:
    """The article read from the page's visible text, line by line, when the extractor finds none; None if it has no prose."""
    page = read_page_copy(visible_text(text), min_furniture=0)
    if page is None or not any(classify(block.text) is Role.PROSE for block in page.blocks):
        return None
    _LOGGER.warning("%s: no article body found in the page's markup; reading its visible text instead", path)
    found = {"title": page.title, "author": page.author, "date": page.date}
    return {**{key: value for key, value in found.items() if value}, **stated}, page.blocks


def _cut_short(document: Any) -> list[Block]:
    """The extractor's paragraphs that are sentences cut by an ellipsis: a page whose whole text is one such
    paragraph (a show's note "… stopped by and was given the royal treatment…") is that paragraph, not nothing."""
    if document is None:
        return []
    return [block for block in document_blocks(document.body) if block.kind == "paragraph" and classify(block.text) is Role.TEASER]


BIO_WINDOW = 3


def _without_author_bio(blocks: list[Block], authors: str | None) -> list[Block]:
    """The blocks without an author's biography among the last few ("Ann Bell covers local politics for …", in capitals too),
    nor a note with the writer's handle ("… Follow her on Twitter @annbell")."""
    names = [name.strip() for name in re.split(r",|\band\b|&", authors or "") if len(name.split()) >= 2]
    starts = tuple({form for name in names for form in (name, name.title(), name.upper(), name.split()[-1].title())})  # "ANN BELL IS …"
    first = len(blocks) - BIO_WINDOW
    return [
        block
        for index, block in enumerate(blocks)
        if index < first or not (
            is_author_bio(block.text, starts) or says_what_author_is(block.text, starts) or is_author_note(block.text)
        )
    ]


def _without_signature(blocks: list[Block], site_names: tuple[str | None, ...]) -> list[Block]:
    """The blocks without the writer's sign-off under the last paragraph: a line of only people's names, perhaps with a
    place ("Ann Bell", "Иван Петров, Новосибирск"), after a paragraph that ends a sentence."""
    if len(blocks) >= 3 and blocks[-1].kind == "paragraph" and ends_sentence(blocks[-2].text) and is_signature(blocks[-1].text, site_names):
        return blocks[:-1]
    return blocks


LINE_LABEL_MAX_WORDS = 3
SITE_LINE_MAX_WORDS = 6


def _without_page_lines(blocks: list[Block], site_names: tuple[str | None, ...]) -> list[Block]:
    """The blocks without the page's own lines: a date under a short label ("Latest update : 2015-05-12",
    "Fecha: 12.05.2015") or a line that only names the site, maybe after a label ("From: Herald Sun").
    """
    sites = {_squashed(name) for name in site_names if name and _squashed(name)}
    return [
        block
        for block in blocks
        if block.kind == "heading" or not (_is_labelled_date(block.text) or _names_site(block.text, sites))
    ]


def _is_labelled_date(text: str) -> bool:
    """A date after a label of a few words ending in a colon, with at most a time after it."""
    found = find_date(text)
    if not found:
        return False
    _, start, end = found
    label = text[:start].strip()
    words = re.findall(r"\w+", label)
    return label.endswith(":") and 0 < len(words) <= LINE_LABEL_MAX_WORDS and not re.search(r"[^\W\d_]{3,}", text[end:])


def _names_site(text: str, sites: set[str]) -> bool:
    """A short line whose words, after an optional ``Label:``, are the site's name."""
    if len(text.split()) > SITE_LINE_MAX_WORDS:
        return False
    label, colon, rest = text.partition(":")
    named = rest if colon and len(label.split()) <= LINE_LABEL_MAX_WORDS else text
    return _squashed(named) in sites


def _squashed(text: str) -> str:
    return "".join(re.findall(r"\w+", text.casefold()))


def _checked_language(declared: str, blocks: list[Block], path: Path) -> str:
    """The page's declared language, unless its text is plainly in another one (a template's ``lang="en"``).

    Detection is slow to start, so it runs only when the declaration looks doubtful: Cyrillic
    text declared in a language written otherwise (or the reverse), or "English" text with
    hardly any English function words.
    """
    text = " ".join(block.text for block in blocks)
    if _plausible_language(base_language(declared), text):
        return declared
    detected = detect_language(text, default="und")
    if detected != "und" and base_language(detected) != base_language(declared):
        _LOGGER.warning("%s declares language %r but reads as %r; using %r", path, declared, detected, detected)
        return detected
    return declared


def _plausible_language(language: str, text: str) -> bool:
    letters = [char for char in text[:5000] if char.isalpha()]
    cyrillic = sum("\u0400" <= char <= "\u04ff" for char in letters) / max(len(letters), 1)
    if (cyrillic > CYRILLIC_SHARE) != (language in _CYRILLIC_LANGUAGES):
        return False
    if language == "en":
        words = re.findall(r"[a-z]+", text[:5000].lower())
        return sum(word in _ENGLISH_FUNCTION_WORDS for word in words) >= ENGLISH_FUNCTION_SHARE * max(len(words), 1)
    return True


VERSE_MIN_LINES = 10
VERSE_LINE_MAX_CHARS = 80


def _article_blocks(document: Any) -> list[Block]:
    """The document's blocks without furniture, or [] when none of them is prose and they are no poem or song."""
    if document is None:
        return []
    blocks = drop_furniture(list(document_blocks(document.body)))
    return blocks if any(block.kind != "heading" and classify(block.text) is Role.PROSE for block in blocks) or _is_verse(blocks) else []


def _is_verse(blocks: list[Block]) -> bool:
    """Whether the blocks are a poem or a song's lyrics: :data:`VERSE_MIN_LINES` short lines or more, none a sentence of prose.

    Lines without a full stop are furniture's shape (menus, labels); a long run of them that is all the extractor found
    is the text itself, where the page copy would read whatever box around it has sentences.
    """
    lines = [block for block in blocks if block.kind == "paragraph"]
    return len(lines) >= VERSE_MIN_LINES and all(len(block.text) <= VERSE_LINE_MAX_CHARS for block in lines)


def _no_article(path: Path) -> ArticleError:
    return ArticleError(
        f"{path} has no article text that I can find; save the article's own page, or copy its text into a .txt file."
    )


def _extract(tree: Any) -> Any:
    """trafilatura's Document for the page (body as XML, plus metadata), or None if it finds no main text."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return document if isinstance(document, Document) else None


def _metadata(document: Any, stated: dict[str, str]) -> dict[str, Any]:
    """trafilatura's metadata, completed by what the page states; the page's own publication time wins."""
    found = {
        "title": document.title,
        "author": document.author.replace("; ", ", ") if document.author else None,
        "date": document.date,
        "url": document.url,
        "image": document.image,
        "summary": document.description,
    }
    metadata = {key: value for key, value in found.items() if value}
    for key in ("title", "author", "url", "image", "language"):
        if key in stated:
            metadata.setdefault(key, stated[key])
    if "date" in stated:
        metadata["date"] = stated["date"]
    image = _page_link(metadata.pop("image", None), metadata.get("url"))
    if image:
        metadata["image"] = image
    return metadata


def _page_link(link: str | None, page_url: str | None) -> str | None:
    """A link on the page as an absolute web URL (resolved against the page's URL), or None.

    A page's image is only ever linked: never read as a local file, whatever path the page names.
    """
    if not link:
        return None
    resolved = urljoin(page_url or "", link.strip())
    return resolved if urlsplit(resolved).scheme in ("http", "https") else None


def drop_furniture(blocks: list[Block]) -> list[Block]:
    """Blocks before a closing note, without page furniture (:mod:`.furniture`, :mod:`.boxes`), citation lines and social-network calls, a closing run of labels (:mod:`.tails`), and headings left with nothing below."""
    blocks = without_social_calls(without_glued_credits(_before_end_note(blocks)))
    texts = [block.text for block in blocks]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    kept = [
        block
        for index, (block, role) in enumerate(zip(blocks, roles, strict=True))
        if (role not in FURNITURE or _announced_address(blocks, index)) and not _is_reference(block.text)
    ]
    kept = drop_pull_quotes(without_closing_labels(_without_closing_box(kept)))
    kept = _without_dangling_label(kept)
    return [block for i, block in enumerate(kept) if block.kind != "heading" or _has_content(kept, i)]


DANGLING_LABEL_MAX_WORDS = 6


def _without_dangling_label(blocks: list[Block]) -> list[Block]:
    """The blocks without a short line closing them that announces with a colon what is not there: a box's label
    whose links or address were not read ("You might also like:", "Address:")."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].text.rstrip().endswith((":", "：")) and len(blocks[end - 1].text.split()) <= DANGLING_LABEL_MAX_WORDS:
        end -= 1
    return blocks[:end]


_ADDRESS_ALONE = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d /().-]{5,}\d)$")


def _announced_address(blocks: list[Block], index: int) -> bool:
    """An e-mail address or phone number alone, right under a paragraph of the article that ends in a colon to announce it
    ("… has set up an address for them:"); alone after anything else, an address signs a wire story off."""
    above = blocks[index - 1] if index else None
    return (
        above is not None
        and above.kind == "paragraph"
        and above.text.rstrip().endswith(":")
        and classify(above.text) is Role.PROSE
        and bool(_ADDRESS_ALONE.match(blocks[index].text.strip()))
    )


CLOSING_BOX_MAX_WORDS = 80


def _without_closing_box(blocks: list[Block]) -> list[Block]:
    """The blocks without a short box closing the page under a top-level headline of its own (a pitch, the next story).

    The article's headline is not among the blocks: a level-1 heading after more text than it heads opens something else,
    unless another one already stands between paragraphs above it (a page that sets its sections' headings as ``<h1>``).
    """
    for index in range(len(blocks) - 1, 0, -1):
        block = blocks[index]
        if block.kind == "heading" and block.level == 1:
            if _sections_as_top_headings(blocks[:index]):
                return blocks
            after = sum(len(later.text.split()) for later in blocks[index:])
            before = sum(len(earlier.text.split()) for earlier in blocks[:index] if earlier.kind != "heading")
            return blocks[:index] if after <= min(before, CLOSING_BOX_MAX_WORDS) else blocks
    return blocks


def _sections_as_top_headings(blocks: list[Block]) -> bool:
    """Whether a level-1 heading stands after a paragraph among ``blocks``: the page's sections are headed like its title."""
    seen_text = False
    for block in blocks:
        if block.kind != "heading":
            seen_text = True
        elif block.level == 1 and seen_text:
            return True
    return False


REFERENCE_URL_SHARE = 0.35
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def _is_reference(text: str) -> bool:
    """A citation or source line: web addresses make up much of it ("Ann Bell: Tides, 2024, https://…, DOI: https://…")."""
    return sum(len(found) for found in _WEB_ADDRESS.findall(text)) >= REFERENCE_URL_SHARE * len(text)


def _before_end_note(blocks: list[Block]) -> list[Block]:
    """The blocks before a closing note (press contact, revision or licence line, comments) that follows most of the text."""
    total = sum(len(block.text) for block in blocks)
    seen = 0
    for index, block in enumerate(blocks):
        if (is_end_note(block.text) or opens_comments(block.text)) and seen >= END_NOTE_MIN_SHARE * total:
            return blocks[:index]
        seen += len(block.text)
    return blocks


def _has_content(blocks: list[Block], heading: int) -> bool:
    level = blocks[heading].level
    following = next((b for b in blocks[heading + 1 :] if b.kind != "heading" or b.level <= level), None)
    return following is not None and following.kind != "heading"
