"""Saved pages: reader comments in a box named for them, in the page's language, are not read."""

import pytest

from articlecast.sources import load_article

STORY = [
    "The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.",
    "Until now the boat crossed four times a day, and islanders had asked for more crossings for years.",
    "The board expects twice as many passengers in summer and will hire six more crew before the season starts.",
]
COMMENTS = [
    "About time too, I have waited for this ferry every single winter morning since the old pier closed.",
    "Six more crew will not be enough when the summer crowds arrive, mark my words on this one.",
]


def _page(tmp_path, box: str, post_class: str = "post"):
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    comments = "".join(f"<div class='entry'><span>28.10.2024</span><p>{text}</p></div>" for text in COMMENTS)
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Hourly ferries | Courier</title></head><body>"
        f"<div class='{post_class}'><h1>Hourly ferries</h1><div class='text'>{paragraphs}</div>"
        f"<div class='{box}'>{comments}</div></div></body></html>",
        encoding="utf-8",
    )
    return " ".join(block.text for block in load_article(page).blocks)


@pytest.mark.parametrize("box", ["comentarios_lectores_listado", "commentaires-liste", "kommentareBox", "disqus_thread"])
def test_a_comment_box_named_in_any_language_is_not_read(tmp_path, box):
    text = _page(tmp_path, box)
    assert STORY[-1] in text and STORY[0] in text
    assert not any(comment in text for comment in COMMENTS)


def test_a_post_named_for_its_comments_keeps_its_story(tmp_path):
    text = _page(tmp_path, "footer-box", post_class="post has-comments")
    assert all(sentence in text for sentence in STORY)
