"""Page furniture that real pages carry, on made-up pages: each rule, and what must be kept."""

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from articlecast.article import Block
from articlecast.errors import ArticleError
from articlecast.sources import load_article
from articlecast.sources.boxes import mark_neighbours
from articlecast.sources.furniture import Role, classify, is_dateline, without_screen_reader_notes
from articlecast.sources.linerole import own_role
from articlecast.sources.html import drop_furniture

TEXTS = Path(__file__).parent / "data" / "text"
UTC = dt.timezone.utc


def test_courier_page_copy_is_exactly_the_article():
    article = load_article(TEXTS / "lowmoor-courier-page.txt")
    assert (article.title, article.author, article.date) == (
        "Council buys the old rope works for a river museum", "Ruth Okafor and Tom Leary", dt.datetime(2024, 3, 4, 10, 20, tzinfo=UTC),
    )
    assert [block.text for block in article.blocks] == [
        "The district council has bought the derelict rope works on Mill Lane and plans to open it as a river museum within three years.",
        "Councillors approved the purchase on Tuesday evening after a two-hour debate, with nine votes in favour and three against.",
        "The building, which closed in 1971, has stood empty for half a century and lost most of its roof in a storm two winters ago.",
        "A heritage group will raise money for the roof, and the council has set aside a grant to cover the first year of running costs.",
        "The museum will tell the story of the river trade, from the barges that carried coal to the mills that made sails and nets.",
        "The first rooms should open in the summer of 2026.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "12 of 12 |",
        "Lea también: Nuevo puente abre al tráfico",
        "À lire aussi :",
        "Читайте також: Міст відкрили після ремонту",
        "Mehr zum Thema",
        "To read the full story, please subscribe to the Courier.",
        "Are floods hitting your street? Get in touch at news@example.org",
        "Do you have a story for us? Contact our newsroom.",  # a call-out with neither address nor "us" to contact
        "If you have a news tip, contact the news desk any time.",
        "We welcome reader comments on our stories. Please keep your comments polite.",
        "Аdvеrtіѕе wіth thе best paper in town",
        "Our role: The Courier has covered the valley since 1880. Learn more.",
        "Newsletter: Sign up for our free morning email and get the news in your inbox.",
        "From Townwiki, the local encyclopedia",
        "Jump to navigation",
        "Accessibility links",
        "Breaking News: Storm warning issued for the coast",
        "Tags: floods, weather, coast",
        "Categories: Buildings in Lowmoor | Former factories",
        "This article is more than 2 years old",
        "Posted in News | Leave a comment",
        "Please enable JavaScript to view the comments.",
        "Open image in gallery",
        "Video, 00:01:30Drone footage over the flooded town",
        "Advertisement - scroll to continue",
        "Реклама:",
        "Ann Bell/Lowmoor Courier",
        "Previous article",
        "Члени комітету на засіданні у вівторок / Фото Прес-служба",
        "Rescuers at the quay on Sunday. Fot. PAP/Jan Nowak",
        "Firefighters work through the night (dpa/Max Muster)",
        "Join the conversation",
        "Be the first to comment",
        "Loading comments...",
        "Most viewed",
        "See all stories",
        "Support independent journalism",
        "Коментарі (3)",
        "Переглядів: 1 234",
        "1520 views",
        "Wir verwenden Cookies, um unsere Website für Sie zu verbessern. Mit der Nutzung stimmen Sie zu.",
        "Цей сайт використовує cookie-файли, щоб зберігати ваші налаштування.",
        "Open in full screen",
        "Published in the print edition of the Lowmoor Courier on 3 May",
        "Cartoon: Ann Bell",
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини",
        "Folgen Sie uns auf Instagram",
        "Suscríbete a nuestro boletín y recibe las noticias cada mañana",
    ],
)
def test_furniture_lines(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Bereits im Frühjahr war der Damm umstritten, hieß es im Rathaus. mehr",
        "Совет одобрил новый бюджет на следующий год Подробнее",
    ],
)
def test_teasers_ending_in_their_link(line):
    assert classify(line) is Role.TEASER


@pytest.mark.parametrize(
    "line",
    ["Outage knocks Instagram, Facebook and WhatsApp offline for hours", "Why the harbour town quit TikTok for good"],
)
def test_a_headline_about_a_social_network_is_no_promotion(line):
    """Short lines naming a network are the site's links ("Наш канал у Telegram"); a headline is longer."""
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Netflix said its subscribers rose by a tenth in the spring, beating forecasts.",
        "“We have no comment on the plans,” a spokesman for the council said on Monday.",
        "The council will publish the results on its website next week, the mayor said.",
        "Find out more on how to help people in need in your communities.",
        "The iPhone sold well in Kyiv last year, according to the dealers' association.",
        "From the start, the council said it would not sell the land to developers.",
        "Live music returns to the harbour this summer, the council said on Monday.",
        "The report was published under a Creative Commons licence, the authors said.",
        "The topics of the meeting were housing and roads, the mayor said afterwards.",
        "(EFE).- The central bank said on Tuesday that the country's foreign debt rose by a tenth last year.",
        "LOWMOOR (AP) — The harbour board said on Tuesday that the ferry would run twice a day.",
        "She baked cookies for the whole street every Christmas, her neighbours said.",
        "Skip the supermarket when you need baking gear like cookie sheets or muffin tins; your hardware store charges less.",
        "The minister posted the video on Telegram late on Sunday night, his office said.",
    ],
)
def test_article_sentences_are_not_furniture(line):
    assert classify(line) is Role.PROSE


def test_wiki_page_copy_is_the_article_without_its_chrome():
    article = load_article(TEXTS / "townwiki-page.txt")
    assert article.title == "Lowmoor Rope Works"
    assert [block.text for block in article.blocks] == [
        "Lowmoor Rope Works was a rope and net factory on Mill Lane in Lowmoor, open from 1846 to 1971.",
        "At its height the works employed more than two hundred people, most of them women, and its rope walk was a quarter of a mile long.",
        "History",
        "The works was founded by the Hale family, who sold rope to the barges on the river and later to the navy.",
        "After the Second World War demand fell, and the last owners closed the works when synthetic ropes took over the market.",
    ]
    assert classify("This page was last edited on 3 March 2024, at 09:12.") is Role.BREAK
    assert classify("Text is available under the Townwiki Licence; additional terms may apply.") is Role.BREAK


def test_dateline_in_other_languages_and_a_sign_off():
    assert classify("Stand: 28.04.2024 17:23 Uhr") is Role.DATELINE
    assert classify("2024-04-26 21:21:50") is Role.DATELINE
    assert classify("AnnRowe2024-04-26T21:21:50+02:00April 26th, 2024|Harbour|12 Kommentare") is Role.DATELINE  # a machine's stamp, glued
    assert classify("– Ann Bell") is Role.BYLINE
    assert classify("Bonn, 15. Mai 2024") is Role.DATELINE
    assert classify("Reporting by Ann Bell; Editing by Tom Leary") is Role.BREAK  # a wire's credits close its story
    assert classify("© Ann Bell/Instagram") is Role.JUNK  # a picture's credit: the article goes on under it
    assert classify("© 2024 The Courier") is Role.BREAK  # the page's copyright closes it
    assert classify("Copyright Lowmoor Courier Ltd. All times GMT") is Role.BREAK
    assert classify("Copyright: Lowmoor Courier") is Role.BREAK
    assert classify("Press contact") is Role.BREAK
    assert classify("Hinweise für Redaktionen") is Role.BREAK


def test_paywall_pitch_and_what_follows_it_are_dropped():
    texts = [
        "The tennis club raised the money for new courts in under a month, its treasurer said on Friday.",
        "To read the whole story, please subscribe to the Courier today.",
        "When you join, you get every story, the archive and our weekly puzzle page.",
        "First-time subscribers also receive a tote bag.",
    ]
    blocks = [Block("paragraph", text) for text in texts]
    assert drop_furniture(blocks) == blocks[:1]


def test_promo_box_heading_and_related_list():
    texts = [
        "The bridge reopened on Monday after a year of repairs that cost the county more than planned.",
        "What to know about the bridge",
        "Traffic: Follow our live updates for every road closure in the county.",
        "Have your say: Tell us about your commute and send us your photos.",
        "Related coverage",
        "County budget passes after long night",
        "New bus routes start in June",
        "Drivers welcomed the news, though some said the speed limit on the bridge was too low.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    kept = [text for text, role in zip(texts, roles) if role in (Role.PROSE, Role.SHORT)]
    assert kept == [texts[0], texts[-1]]


def test_subheading_after_an_advert_label_is_kept():
    texts = [
        "The bridge reopened on Monday after a year of repairs that cost the county more than planned.",
        "Advertisement",
        "What drivers said",
        "Drivers welcomed the news, though some said the speed limit on the bridge was too low.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert roles[2] is Role.SHORT


def test_one_paragraph_is_an_article_not_a_refusal(tmp_path, caplog):
    path = tmp_path / "ferry-note.txt"
    path.write_text("The harbour board approved a new ferry timetable on Tuesday. Two evening crossings are added.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        article = load_article(path)
    assert article.title == "The harbour board approved a new ferry timetable on Tuesday."
    assert article.blocks == [Block("paragraph", "Two evening crossings are added.")]
    assert "no title" in caplog.text
    path.write_text("The harbour board approved a new ferry timetable on Tuesday.\n", encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.blocks) == ("Ferry note", [Block("paragraph", "The harbour board approved a new ferry timetable on Tuesday.")])


def test_an_article_without_a_headline_keeps_its_first_paragraph(tmp_path, caplog):
    """A long first paragraph is no headline: it stays in the body, and the file's name titles the article."""
    path = tmp_path / "ferry-timetable.txt"
    first = (
        "The harbour board approved a new ferry timetable on Tuesday after two months of hearings in which commuters,"
        " shop owners and the island's school asked for more evening crossings."
    )
    path.write_text(f"{first}\n\nTwo evening crossings are added from June.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        article = load_article(path)
    assert article.title == "Ferry timetable"
    assert [block.text for block in article.blocks] == [first, "Two evening crossings are added from June."]
    assert "file name is used as the title" in caplog.text
    path.write_text("Harbour board adds evening ferries\n\nTwo evening crossings are added from June.\n", encoding="utf-8")
    assert load_article(path).title == "Harbour board adds evening ferries"


def test_text_from_a_pdf_on_one_line(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(
        "Harbour board approves new ferry timetable     The harbour board on Tuesday approved a new ferry timetable that adds"
        " two evening crossings on weekdays. The chair said the change follows a survey of commuters.     The new timetable"
        " starts on 1 June, and tickets bought before then stay valid.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Harbour board approves new ferry timetable"
    assert [block.text for block in article.blocks] == [
        "The harbour board on Tuesday approved a new ferry timetable that adds two evening crossings on weekdays. The chair said the change follows a survey of commuters.",
        "The new timetable starts on 1 June, and tickets bought before then stay valid.",
    ]


PAGE = (
    "<html><head>{head}<title>Quay lights</title></head><body><article><h1>Quay lights switched on</h1>"
    "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause from the crowd.</p>"
    "<p>They use a tenth of the power of the old lamps, the harbour board said, and will stay on until midnight.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("codec", ["undefined", "punycode", "rot13", "base64", "idna"])
def test_page_naming_a_codec_that_is_not_a_text_encoding_is_read_as_windows_1252(tmp_path, codec):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(head=f'<meta charset="{codec}">').replace("quay", "qu\u00e9y").encode("cp1252"))
    assert "qu\u00e9y" in load_article(path).blocks[0].text


@pytest.mark.parametrize("codec", ["undefined", "punycode"])
def test_text_naming_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path, codec):
    path = tmp_path / "note.md"
    path.write_text(f"---\ntitle: Note\nencoding: {codec}\n---\nThe quay lights are on.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a text encoding"):
        load_article(path)


def test_deep_json_ld_is_ignored(tmp_path):
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(head=f'<script type="application/ld+json">{deep}</script>'), encoding="utf-8")
    assert load_article(path).title == "Quay lights switched on"


def test_a_page_nested_past_the_limit_is_one_clear_error_at_once(tmp_path):
    path = tmp_path / "page.html"
    sentence = "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause.</p>"
    path.write_text("<html><body>" + "<div>" * 100_000 + sentence + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"page\.html is nested too deeply to read as a web page"):
        load_article(path)


def test_endless_file_is_refused_before_it_is_read():
    with pytest.raises(ArticleError, match="larger than 20 MB"):
        load_article("/dev/zero")


def test_json_ld_keeps_its_metadata_after_tidying(tmp_path):
    data = {"@type": "NewsArticle", "headline": "Quay lights switched on", "author": {"@type": "Person", "name": "Ann Bell"},
            "datePublished": "2024-05-03T19:30:00+01:00", "articleBody": "x " * 5000}
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(head=f'<script type="application/ld+json">{json.dumps(data)}</script>'), encoding="utf-8")
    article = load_article(path)
    assert (article.author, article.date) == ("Ann Bell", dt.datetime(2024, 5, 3, 18, 30, tzinfo=UTC))


def test_author_bio_at_the_end_of_a_page_is_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><title>Quay lights switched on</title><meta name="author" content="Ann Bell"></head><body><article>'
        "<h1>Quay lights switched on</h1>"
        "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause from the crowd.</p>"
        "<p>They use a tenth of the power of the old lamps, the harbour board said, and will stay on until midnight.</p>"
        "<p>Bell said the board will decide next year whether to light the breakwater as well, which would cost far more.</p>"
        "<p>Ann Bell covers the harbour and the river for the Courier. She is based in Lowmoor.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert [block.text[:20] for block in article.blocks] == ["The new lights on th", "They use a tenth of ", "Bell said the board "]


def test_ukrainian_page_copy_with_local_dates_teasers_and_captions():
    article = load_article(TEXTS / "lviv-tram-page-uk.txt")
    assert (article.title, article.date, article.language) == (
        "Трамвай на Сихів їздитиме частіше з понеділка", dt.datetime(2024, 3, 12, 10, 15, tzinfo=UTC), "uk",
    )
    assert [block.text for block in article.blocks] == [
        "Міська рада вирішила збільшити кількість трамваїв на лінії до Сихова з наступного понеділка.",
        "У години пік вагони ходитимуть кожні п'ять хвилин замість восьми, повідомили в управлінні транспорту.",
        "Перевізник обіцяє, що ввечері трамваї курсуватимуть до пів на дванадцяту.",
        "Пасажири давно скаржилися на переповнені вагони, особливо вранці.",
        "Зміни діятимуть щонайменше до кінця травня, після чого рада оцінить результати.",
    ]


@pytest.mark.parametrize(
    "line, when",
    [
        ("12 мая 2023 г.", dt.datetime(2023, 5, 12)),
        ("26 de abril de 2022", dt.datetime(2022, 4, 26)),
        ("3. März 2024, 14:05 Uhr", dt.datetime(2024, 3, 3, 14, 5)),
        ("Opublikowano 5 czerwca 2024", None),
    ],
)
def test_dates_in_other_languages(line, when):
    from articlecast.sources.furniture import find_date

    found = find_date(line)
    assert found is not None and (when is None or found[0] == when)


def test_teasers_with_summaries_under_a_label():
    texts = [
        "The bridge reopened on Monday after a year of repairs that cost the county more than planned.",
        "More stories",
        "Budget passes after a long night",
        "Councillors agreed the county's spending plan shortly before two in the morning.",
        "New bus routes start in June",
        "Three villages will get a bus on Sundays for the first time in a decade.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [text for text, role in zip(texts, roles) if role is Role.PROSE] == texts[:1]


@pytest.mark.parametrize(
    "line",
    [
        "“Let us know when you arrive,” she told him on the phone that night.",
        "The message was clear: join us or leave the party now.",
        "Her comments are being investigated by the ethics committee, officials said.",
        "The comments that he made angered many voters in the town, polls show.",
    ],
)
def test_quotes_and_reported_comments_are_article_text(line):
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize("line", ["Les loyers augmentent de plus en plus", "The meeting starts at 7 p.m. today"])
def test_headlines_ending_in_common_words_are_not_teasers(line):
    assert classify(line) is Role.SHORT


def test_video_block_and_caption_above_a_credit():
    texts = [
        "The coast road will stay closed for a second night as waves keep breaking over the sea wall.",
        "WATCH | Waves break over the sea wall at Kestrel Bay",
        "2:03",
        "Storm-driven waves threw stones and sand across the coast road on Wednesday night.",
        "Engineers found a mile of the road covered in stones, and part of its surface has gone.",
        "A council lorry clears sand from the road near the lifeboat station",
        "Priya Nair/Lowmoor Courier",
        "Drivers are being sent inland through Mill Lane, which adds about twenty minutes to the journey.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [text for text, role in zip(texts, roles) if role is Role.PROSE] == [texts[0], texts[4], texts[7]]


def test_a_video_label_without_a_length_leaves_the_paragraph_under_it():
    texts = [
        "The coast road will stay closed for a second night as waves keep breaking over the sea wall.",
        "Watch: waves break over the sea wall at Kestrel Bay",
        "Engineers found a mile of the road covered in stones, and part of its surface has gone.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [text for text, role in zip(texts, roles) if role is Role.PROSE] == [texts[0], texts[2]]


def test_comment_rules_in_another_language_after_their_heading():
    texts = [
        "Рада ухвалила новий розклад трамваїв на Сихів, повідомили в управлінні транспорту в понеділок.",
        "Правила коментування",
        "Просимо вас писати коментарі без образ і не відходити від теми статті.",
        "Коментарі з посиланнями на інші сайти ми не публікуємо, дякуємо за розуміння.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [text for text, role in zip(texts, roles) if role is Role.PROSE] == texts[:1]


def test_newsletter_pitch_inside_an_article_takes_nothing_after_it():
    texts = [
        "The bridge reopened on Monday after a year of repairs that cost the county more than planned.",
        "Get our free morning briefing: subscribe and we will send you every local story before breakfast.",
        "“We are glad to have our bridge back,” said Ann Bell, who runs the bakery on the far bank.",
        "Drivers welcomed the news, though some said the speed limit on the bridge was too low.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [text for text, role in zip(texts, roles) if role is Role.PROSE] == [texts[0], texts[2], texts[3]]


def test_press_release_ends_at_its_press_contact():
    texts = [
        "The harbour board on Tuesday approved a new ferry timetable that adds two evening crossings on weekdays.",
        "The chair said the change follows a survey of commuters carried out over the winter months.",
        "The new timetable starts on 1 June, and tickets bought before then stay valid until the end of the year.",
        "Press contact",
        "Ann Bell, Lowmoor Harbour Board",
        "Phone: 01234 567890, email: press@example.org",
    ]
    assert [block.text for block in drop_furniture([Block("paragraph", text) for text in texts])] == texts[:3]


def test_question_headline_of_a_page_copy(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Home\nNews\nSport\nSign in\nWhy do small towns keep losing their museums and libraries?\nBy Ann Bell\nShare\n"
        "The museum in Lowmoor closed last spring, the third in the county in five years, and its collection went into storage.\n"
        "Volunteers say the buildings are too costly to heat, and grants for running costs have all but disappeared.\n"
        "© 2024 The Lowmoor Courier\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert (article.title, article.author) == ("Why do small towns keep losing their museums and libraries?", "Ann Bell")
    assert len(article.blocks) == 2


@pytest.mark.parametrize(
    "line",
    ["Society — Ann Rowe, today, 18:06", "Ann Rowe, yesterday at 9.15", "Суспільство — Ганна Роу, сьогодні, 18:069100", "Heute, 07:30"],
)
def test_a_publishing_time_on_a_relative_day_is_a_dateline(line: str) -> None:
    assert is_dateline(line)
    assert classify(line) is Role.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "Tue 4 Jun 2024 09.15 BST Last modified on Tue 4 Jun 2024 11.40 BST",
        "Published Wednesday, 5 March 2025 at 08:10 CET, updated Wednesday, 5 March 2025 at 17:45 CET",
    ],
)
def test_a_dateline_with_its_last_modified_date_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


def test_a_sentence_with_two_dates_is_no_dateline() -> None:
    assert not is_dateline("The ferry ran from 3 May 2024 until a storm on 9 May 2024 closed the harbour")


@pytest.mark.parametrize(
    "line",
    ["The minister said today at 18:06 that the plan was off.", "Сьогодні о 18:00 уряд розгляне бюджет на наступний рік."],
)
def test_a_sentence_naming_today_and_a_time_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    ["Seite 2 — Die Fähre fällt aus", "Page 1 – The long road home", "Page 3/5", "Auf einer Seite lesen", "Read it all on one page"],
)
def test_an_articles_table_of_pages_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Our Standards: The Westmere Courier Trust Principles.", "Why you can trust the Courier", "Editorial guidelines", "Unsere Standards: So arbeitet die Redaktion"],
)
def test_a_newsrooms_pointer_to_its_standards_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Our standards for the quay are higher than the law asks, the chair said.", "Why you can trust a harbour pilot more than a chart"],
)
def test_a_sentence_about_standards_or_trust_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Update June 3rd, 9:15AM BST: Added the harbour board's reply and a map.",
        "Updated at 4:40 p.m.: Adds comment from the ferry operator.",
        "This story has been updated with the council's vote.",
    ],
)
def test_a_note_on_the_pages_own_edits_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Update: The ferry operator has now confirmed that two crossings were cancelled.", "Added to the pressure, the harbour board met twice in June."],
)
def test_news_after_an_update_label_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Westmere Harbour Review 12, 104-110 (2024)",
        "DOI: 10.5555/harbour.2024.017",
        "Ann Rowe et al. Silt in tidal channels, Journal of Coastal Studies (2024). DOI: 10.5555/jcs.2024.3",
        "More information: Ann Rowe et al. Silt in tidal channels of the Westmere estuary,",
        "Journal information: Journal of Coastal Studies",
    ],
)
def test_a_papers_reference_under_a_science_story_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_naming_a_journal_stays() -> None:
    assert classify("The study appeared in the Westmere Harbour Review in 2024, and its authors stand by it.") is Role.PROSE
    assert classify("More information: the board will meet again in July and publish its plans.") is Role.PROSE


def test_a_caption_closed_by_a_copyright_credit_is_furniture() -> None:
    assert classify("A ferry leaves Westmere at dusk. © Ann Rowe/Westmere Courier") is Role.JUNK
    assert classify("Page 12 of the report shows the figures for the harbour.") is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2024 3:53 PM EDT",  # a time zone after the time
        "March 4, 2024 -- Updated 0203 GMT (1003 HKT)",  # a time in four figures, and again in another zone
        "on March 4, 2024 at 12:06 PM, updated March 5, 2024 at 9:10 AM",  # a second date
        "Posted at 2024-03-04T14:42:01-0700",  # an ISO time glued to its date, with its offset
        "and last updated 2024-03-04 16:42:01-05",
    ],
)
def test_datelines_with_time_zones_offsets_and_a_second_date(line: str) -> None:
    assert classify(line) is Role.DATELINE


def test_a_sentence_with_a_date_and_a_zone_is_no_dateline() -> None:
    assert classify("The ferry left Westmere on March 4, 2024 at 9:10 AM EST and never arrived.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Good to know: some links on Coast Sports are affiliate links. If you buy through them, we may earn a small commission.",
        "The Courier may receive compensation for some links to products and services on this website.",
        "More Must-Reads From the Courier",
        "Caught in the storm? Please share your videos, pictures and stories with us.",
        "Do you think the ferry should run at night? Tell us below.",  # the site's question to its readers
        "Would you pay the new fare? Sound off in the comments below!",
        "-- By Ann Rowe",
    ],
)
def test_affiliate_notes_must_read_labels_call_outs_and_a_signed_byline_are_not_read(line: str) -> None:
    assert classify(line) in (Role.JUNK, Role.BYLINE)


def test_a_line_telling_where_to_write_to_the_writer_is_furniture() -> None:
    assert own_role("Write to Ann de la Rowe at ann.rowe@courier.example") is Role.JUNK
    assert own_role("Residents can contact the council at help@town.example for the new bin rota.") is Role.PROSE
    assert classify("The shop earns a small commission on every ferry ticket it sells, the owner said.") is Role.PROSE


@pytest.mark.parametrize("line", ["Westmere Courier —", "KINGSPORT, Westland (AP) —", "Lowmoor --"])
def test_a_place_cut_from_the_first_sentence_with_its_dash_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


def test_a_picture_credit_with_a_pool_between_the_name_and_the_agency_is_furniture() -> None:
    assert classify("Ann Bell/Pool/Coast Images") is Role.JUNK
    assert classify("The plan —") is Role.SHORT


@pytest.mark.parametrize(
    "line",
    ["Activer l’option d’impression du navigateur", "Teilen Sie den Artikel", "Abrir en pantalla completa", "Pokaż komentarze", "Поділитися посиланням"],
)
def test_buttons_in_other_languages_are_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_an_abbreviations_spelled_out_form_glued_after_it_is_dropped() -> None:
    assert without_screen_reader_notes("Le WSTAWestmere School Transit Agency attend toujours.") == "Le WSTA attend toujours."
    assert without_screen_reader_notes("The WSTA said so, and USAToday agreed.") == "The WSTA said so, and USAToday agreed."


def test_a_section_glued_to_the_time_before_a_date_is_a_dateline_and_an_address_alone_signs_off() -> None:
    assert classify("Harbour News09:31 March 4, 2024") is Role.DATELINE
    assert classify("ann.rowe@wire.example (END)") is Role.JUNK
    assert classify("Write to the harbour board at board@westmere.example before the end of the month.") is Role.PROSE


def test_a_screenshot_credit_is_furniture_and_a_long_paragraph_without_its_stop_is_prose() -> None:
    assert classify("Screenshot by Ann Rowe/Westmere Courier") is Role.JUNK
    line = "Beating the visitors three goals to nil in front of a full home crowd at the harbour ground, the same side that lost the final last year finally made amends for it"
    assert own_role(line) is Role.PROSE
    assert own_role("Home News Sport Weather Letters Harbour Moorland Business Culture Travel Food Motoring Jobs Homes Puzzles Obituaries Notices Events Video Photos Podcasts Newsletters Subscribe Sign in Contact About Help Terms Privacy Cookies") is not Role.PROSE


def test_a_text_size_control_is_furniture():
    for line in ("Text Size", "Font size", "reset", "-", "+", "Размер текста", "Schriftgröße Text"):
        assert classify(line) is Role.JUNK, line
    assert classify("Size matters for the ferry") is not Role.JUNK


def test_a_review_telling_what_a_subscription_costs_is_no_pitch():
    review = (
        "The free editor does most of it, though, while the office suite will run you $80 for a four-year subscription."
        " Still, that is a fair price next to what it would cost you to keep it after your studies, and the student"
        " discount makes the first year cheaper still for anyone who shows a card."
    )
    assert classify(review) is Role.PROSE
    pitch = (
        "You have reached your limit of free articles this month. Our reporters cover the harbour, the council and the"
        " courts every day, and a subscription keeps them there: it costs less than a coffee a week."
    )
    assert classify(pitch) is Role.JUNK


def test_dates_in_figures_with_dashes_and_a_clock_time_make_a_dateline():
    for line in ("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "Posted: 03/05/25 9:40 a.m.", "13-08-2010"):
        assert classify(line) is Role.DATELINE, line
    assert classify("Score 10-12-14 in the final") is not Role.DATELINE


def test_a_row_of_old_social_buttons_is_furniture():
    assert classify("digg reddit stumble") is Role.JUNK
    assert classify("Digg Delicious MySpace") is Role.JUNK


def test_a_picture_librarys_name_alone_is_a_credit():
    for line in ("Wikimedia Commons", "Flickr/Ann Bell", "Handout", "Photo: Unsplash"):
        assert classify(line) is Role.JUNK, line


def test_a_caption_closed_by_its_pictures_credit_and_a_bracketed_read_link_are_furniture():
    assert own_role("June 3, 2025 Skippers wait for the tide at the Westmere quay. Ann Bell/AFP/Getty Images") is Role.JUNK
    assert own_role("[Read: Why the ferry timetable changes every autumn]") is Role.JUNK
    assert own_role("Skippers waited for the tide at the quay. Nobody expected the dredger so early in the summer, the clerk said.") is Role.PROSE


@pytest.mark.parametrize(
    "line, when",
    [
        ("9 March '21, 8:05am", dt.datetime(2021, 3, 9, 8, 5)),  # a blog's stamp with the year cut short
        ("Oct 2, ’19", dt.datetime(2019, 10, 2)),
        ("Posted 30 June '97", dt.datetime(1997, 6, 30)),  # a late short year is the last century's
    ],
)
def test_a_date_with_a_short_year_after_an_apostrophe_is_a_dateline(line: str, when: dt.datetime) -> None:
    from articlecast.sources.furniture import find_date

    assert find_date(line)[0] == when
    assert classify(line) is Role.DATELINE


def test_a_figure_after_an_apostrophe_in_a_sentence_keeps_it_prose() -> None:
    assert classify("The band's '21 tour reached Westmere on 9 March and sold out twice.") is Role.PROSE


def test_a_sentence_about_commenting_below_something_stays_prose() -> None:
    assert classify("The harbour master asked the skippers to comment below the notice he pinned to the board.") is Role.PROSE


@pytest.mark.parametrize("line", ["Save to ▾", "More ▼", "Share Tweet HN"])
def test_a_drop_down_button_and_a_share_bar_with_its_news_site_are_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_caret_inside_a_sentence_keeps_it_prose() -> None:
    assert classify("The ▼ mark in the table shows the ports where fares fell this spring.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    ["The Courier's Tom Reid and Ann Bell contributed to this report.", "The Westmere Wire contributed reporting to this story."],
)
def test_the_line_naming_contributors_closes_the_story(line: str) -> None:
    assert classify(line) is Role.BREAK


def test_a_sentence_on_what_someone_contributed_to_a_report_stays_prose() -> None:
    assert classify("The council said the harbour board contributed to this report on silting only in part.") is Role.PROSE

