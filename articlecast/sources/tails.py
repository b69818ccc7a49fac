"""A run of label lines closing the article: no sentence among them, so nothing a listener follows.

Pages set lists after the text that the extractor takes for its last paragraphs: the article's
subheads repeated as a side menu ("Teure Folgen bei Schlamperei", "Wohin mit dem Hinweis?"), a
picture-credits list, tags. Each is a line that does not end like a sentence, and the run comes
after the last one that does. An article may end on one or two such lines (a sign-off, a short
list); a run of :data:`RUN_MIN_LINES` or more closes the page, not the story.
"""

from __future__ import annotations

from ..article import Block

RUN_MIN_LINES = 4
LABEL_MAX_WORDS = 12
"""A line this short may end in "?" or "!" and still be a label ("Wohin mit dem Hinweis?"); a longer one is a sentence."""


def without_closing_labels(blocks: list[Block]) -> list[Block]:
    """The blocks without a closing run of :data:`RUN_MIN_LINES` or more paragraphs that are labels, not sentences."""
    start = len(blocks)
    while start > 0 and blocks[start - 1].kind == "paragraph" and _is_label(blocks[start - 1].text):
        start -= 1
    if len(blocks) - start < RUN_MIN_LINES or start == 0:
        return blocks
    return blocks[:start]


def _is_label(text: str) -> bool:
    """A line that ends in no full stop, and if long, in no sentence end at all."""
    ending = text.rstrip(" \"'”’»)]」』）")
    if ending.endswith((".", "…", "。", "．")):
        return False
    return len(text.split()) <= LABEL_MAX_WORDS or not ending.endswith(("!", "?", "！", "？"))
