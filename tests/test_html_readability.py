"""Saved pages: bracketed links, picture boxes, centred photo-blog lines, trailing dots, and Chinese and Japanese furniture."""

from lxml import html as lxml_html

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.appeals import is_social_call, without_social_calls
from articlecast.sources.captions import drop_captions
from articlecast.sources.furniture import Role, classify
from articlecast.sources.labelruns import without_glued_credits
from articlecast.sources.legal import is_legal_notice
from articlecast.sources.pointers import drop_pointers
from articlecast.sources.listlabels import is_label_line

STORY = (
    "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
    "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
)


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")


def _text(tree) -> str:
    return " ".join(tree.text_content().split())


def test_a_link_alone_in_square_brackets_between_paragraphs_goes():
    tree = _tree(
        STORY
        + "<p class='inset'><i>[<a href='/lighthouse'>Inside the old lighthouse keeper's cottage</a>]</i></p>"
        + "<p><i><a href='/seals'>[Read: Seals return to the northern sandbank]</a></i></p>"
        + "<p>[Editor's note: an earlier version of this story gave the wrong date for the <a href='/vote'>vote</a>.]</p>"
    )
    drop_pointers(tree)
    left = _text(tree)
    assert "lighthouse keeper" not in left and "Seals return" not in left
    assert "Editor's note: an earlier version" in left and "every hour from May" in left


def test_a_box_named_for_a_picture_run_together_with_box_is_a_caption():
    tree = _tree(
        "<div class='photobox_right'><img src='/a.jpg' alt=''><br><em>Gulls over the pier at low tide.</em></div>"
        "<div class='imgBox'><img src='/b.jpg' alt=''><span>The new timetable on the harbour wall.</span></div>" + STORY
    )
    drop_captions(tree)
    left = _text(tree)
    assert "Gulls over the pier" not in left and "new timetable on the harbour wall" not in left
    assert "every hour from May" in left


def _centred(text: str) -> str:
    return f"<p style='text-align: center;'><span>{text}</span></p>"


def _picture() -> str:
    return "<p style='text-align: center;'><a href='/p'><img src='/p.jpg' alt='p.jpg'></a></p>"


def test_centred_lines_of_a_photo_blog_stay_but_a_centred_caption_in_an_article_goes():
    blog = _tree(
        _centred("We drove up the mountain road in thick fog")
        + _centred("and reached the campsite just before noon")
        + _picture()
        + _centred("The maples by the river had turned red overnight")
        + _centred("so we pitched the tent right under them")
        + _centred("and cooked fish soup while the rain came down")
    )
    drop_captions(blog)
    assert "maples by the river had turned red" in _text(blog)
    article = _tree(STORY + _picture() + _centred("The harbour at dawn") + STORY)
    drop_captions(article)
    assert "The harbour at dawn" not in _text(article) and "every hour from May" in _text(article)


def test_a_line_trailing_off_in_many_dots_is_no_cut_teaser():
    assert classify("We will come back next year when the leaves are red again .......") is not Role.TEASER
    assert classify("Three reasons the ferry is late again, and what the board will do ...") is Role.TEASER
    assert classify("Three reasons the ferry is late again, and what the board will do …") is Role.TEASER


def test_a_chinese_call_to_like_the_fan_page_is_no_article_text():
    call = "如果您喜歡這些遊記 邀請您到 FB 粉絲團按個讚!"
    assert is_social_call(call)
    assert not is_social_call("渡輪公司表示，明年起每小時開出一班船，島上居民多年來一直要求增加班次。")
    blocks = [Block("paragraph", "渡輪明年起每小時開出一班。"), Block("paragraph", call)]
    assert [block.text for block in without_social_calls(blocks)] == ["渡輪明年起每小時開出一班。"]


def test_chinese_and_japanese_rights_notices_are_legal_small_print():
    assert is_legal_notice("【本文版权归渡轮日报所有，未经授权，不得转载、摘编。】")
    assert is_legal_notice("記事の無断転載を禁じます")
    paragraph = "港务局说，" + "新船票系统的软件版权所有权问题仍在讨论，" * 6 + "预计下月公布结果。"
    assert not is_legal_notice(paragraph)


def test_chinese_and_japanese_related_labels_are_label_lines():
    for line in ("相关阅读", "推荐阅读：", "精彩视频推荐", "延伸閱讀", "【関連記事】", "あわせて読みたい"):
        assert is_label_line(line), line
    assert not is_label_line("港务局推荐乘客提前购票。")


def test_an_editors_role_and_name_in_full_width_brackets_is_cut_from_the_last_paragraph():
    block = Block("paragraph", "渡轮公司希望新船能缩短等候时间。相关结果已在周报上发表。（编辑/王小明）")
    assert without_glued_credits([block])[0].text == "渡轮公司希望新船能缩短等候时间。相关结果已在周报上发表。"


def test_a_chinese_story_is_read_to_its_last_paragraph_and_no_further(tmp_path):
    paragraphs = "".join(
        f"<p>第{n}段：渡轮公司表示，明年起每小时开出一班船，岛上居民多年来一直要求增加班次，港务局已经同意。</p>" for n in range(1, 5)
    )
    page = tmp_path / "ferry.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>渡轮明年起每小时一班</title></head><body>"
        "<h1>渡轮明年起每小时一班</h1><div id='content'>"
        f"{paragraphs}<p>渡轮公司希望新船能缩短等候时间。相关结果已在周报上发表。（编辑/王小明）</p>"
        "<p><strong>精彩视频推荐</strong></p><p><strong>【本文版权归渡轮日报所有，未经授权，不得转载、摘编。】</strong></p>"
        "</div><div id='vote'><p>您认为这篇文章与“港口股份”相关度高吗？</p></div></body></html>",
        encoding="utf-8",
    )
    texts = [block.text for block in load_article(page).blocks]
    assert texts[-1] == "渡轮公司希望新船能缩短等候时间。相关结果已在周报上发表。"
    assert not any("精彩视频推荐" in text or "不得转载" in text or "相关度" in text for text in texts)
