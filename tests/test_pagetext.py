"""Plain-text copies of web pages: exactly the article, by general rules; clean articles lose nothing."""

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.furniture import Role, classify, parse_byline
from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.text import paragraphs
from conftest import SAMPLES

TEXTS = Path(__file__).parent / "data" / "text"
UTC = dt.timezone.utc

SEED_PARAGRAPHS = [
    "Belarusian dictator Alexander Lukashenko has arrived in St. Petersburg to meet with his Russian counterpart Vladimir Putin, according to Lukashenko's press service.",
    'Lukashenko will meet with Putin on July 23 to discuss "security issues, the international agenda, the implementation of alliance programs, (and) joint resistance to sanctions pressure," his press service said.',
    "The European Parliament called on the International Criminal Court (ICC) on July 18 to issue an arrest warrant against Belarusian dictator Alexander Lukashenko.",
    '"With the International Criminal Court (ICC) already having issued arrest warrants for Russian President Vladimir Putin and Russian Children\'s Rights Commissioner Maria Lvova-Belova, MEPs call on the ICC to consider a similar arrest warrant for (Alexander Lukashenko)," the parliament said in its statement.',
    "The EU's legislative body stressed that Belarus under Lukashenko's regime bears responsibility for crimes committed against Ukraine, particularly for the deportation of Ukrainian children.",
    'The parliament called for "all necessary steps at the international level" to ensure the criminal prosecution of Belarusian leaders responsible for these acts.',
    "In a broad denouncement of Lukashenko's regime, the parliament condemned its human rights abuses, voiced opposition to the participation of Belarusian athletes in the 2024 Paris Olympic Games, and called for the release of political prisoners and tougher EU sanctions.",
    "The statement also warned of the growing subordination of Belarus toward Moscow and called on the EU to more decisively support Belarusian democratic opposition.",
    "The Belarusian anti-government organization National Anti-Crisis Management submitted evidence to the ICC on June 27 that Lukashenko and other Belarusian and Russian officials are responsible for the forced deportation of at least 2,100 Ukrainian children to Belarus.",
    "Ukraine's Ombudsman Dmytro Lubinets also said that Ukrainian children, as well as prisoners of war, are being transported to Belarus with the knowledge of authorities in Minsk.",
    'The ICC issued an arrest warrant against Putin and Lvova-Belova on March 17 for organizing the illegal transfer of children, whose numbers amount to over 19,500 according to a Ukrainian government database "Children of War."',
]


def test_seed_page_is_exactly_the_article():
    article = load_article(TEXTS / "seed-page.txt")
    assert article.title == "Lukashenko arrives in St. Petersburg to meet with Putin"
    assert article.author == "The Kyiv Independent news desk"
    assert article.date == dt.datetime(2023, 7, 22, 22, 8, tzinfo=UTC)
    assert article.blocks == [Block("paragraph", text) for text in SEED_PARAGRAPHS]


def test_seed_page_fixture_is_the_shared_one():
    root = Path(__file__).resolve().parents[1]
    shared = [folder / "shared" / "seed-page.txt" for folder in (root.parent, root.parent.parent)]
    found = [path for path in shared if path.is_file()]
    if not found:
        pytest.skip("no shared/ folder beside the repository")
    assert (TEXTS / "seed-page.txt").read_bytes() == found[0].read_bytes()


def test_library_build_overrides_one_article_only(tmp_path):
    import articlecast
    from articlecast.errors import ArticleError

    with pytest.raises(ArticleError, match="overrides describe one article, but 2 were given"):
        articlecast.build([TEXTS / "seed-page.txt", TEXTS / "clean-ferry-strike.txt"], tmp_path, overrides={"title": "T"})
    assert list(tmp_path.iterdir()) == []


def test_valley_news_page():
    article = load_article(TEXTS / "valley-news-page.txt")
    assert (article.title, article.author, article.date) == (
        "Library budget cut by a third as county closes gap", "Priya Nair", dt.datetime(2024, 3, 3, 9, 15, tzinfo=UTC),
    )
    assert article.blocks == [
        Block("paragraph", "Carver County will cut its library budget by a third next year, closing two branches and shortening opening hours at the rest, after supervisors voted 3-2 on Tuesday to close a $14 million shortfall."),
        Block("paragraph", "The Westfield and Pine Hollow branches will close at the end of June. The main library downtown will stay open six days a week instead of seven."),
        Block("paragraph", "Supervisor Dana Whitlock, who voted against the cuts, said the libraries were being asked to carry more than their share."),
        Block("paragraph", '"We are closing the one building in town where anyone can sit for free," she said.'),
        Block("paragraph", "What happens next"),
        Block("paragraph", "The library foundation said it would try to raise enough money to keep Pine Hollow open on weekends. It has until May to find a little over $300,000."),
        Block("paragraph", "Staff will not lose their jobs, the county said. Librarians from the closed branches will move to the main library and to a mobile library van that will visit rural schools."),
    ]


def test_allotment_blog_page():
    article = load_article(TEXTS / "allotment-blog-page.txt")
    assert (article.title, article.author, article.date) == (
        "Sowing broad beans in autumn", None, dt.datetime(2023, 10, 21, tzinfo=UTC),
    )
    assert article.blocks == [
        Block("paragraph", "Every October I sow a row of broad beans, and every spring I am glad I did. An autumn sowing gives you pods three or four weeks earlier than a spring one."),
        Block("paragraph", "It is not without risk. A wet, cold winter can rot the seed in the ground, and mice are fond of it."),
        Block("paragraph", "How I sow them:"),
        Block("item", "Dig the bed over and remove any weeds."),
        Block("item", "Make a double row with the seeds 20 centimetres apart."),
        Block("item", "Water them in once, then leave them alone."),
        Block("paragraph", "My neighbour on the next plot, who has grown beans for longer than I have been alive, told me to sow two extra at the end of every row. Something always goes missing."),
        Block("paragraph", "If the winter turns very cold, a layer of fleece over the young plants is enough."),
    ]


def test_live_blog_page_reads_every_post_but_a_news_feed_stays_out():
    article = load_article(TEXTS / "flood-live-page.txt")
    assert (article.title, article.author) == ("Floods live: river Aire peaks as towns wait for the water to fall", "Tom Hollis and Rhea Sandhu")
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("The river Aire reached its highest level")
    assert texts[-1] == "They said the heaviest bursts would come overnight, when rescue work is hardest."
    assert "Trains between Leeds and Knottingley have been cancelled" in " ".join(texts)
    assert not any(text in ("16:32", "15:10", "Rhea Sandhu", "Most read") or "Man rescued" in text for text in texts)
    # the seed page's feed (stamped headlines with one summary each) stays out of its article
    assert load_article(TEXTS / "seed-page.txt").blocks == [Block("paragraph", text) for text in SEED_PARAGRAPHS]


def test_a_few_stamped_posts_of_one_paragraph_are_a_feed():
    posts = "\n".join(
        f"1{hour}:05\nHeadline number {hour} for the feed\nA single summary paragraph of the {hour}th story, written to be short enough.\n"
        for hour in range(4)
    )
    body = "A long article paragraph that is the real body of the page and keeps going with more words than others. " * 3
    page = read_page_copy(f"Title of the real story here\nBy Ann Bell\n{body}\nShare\nSubscribe to our newsletter\nNews feed\n{posts}")
    assert [block.text for block in page.blocks] == [body.strip()]


PAGE_COPIES = ["seed-page.txt", "valley-news-page.txt", "allotment-blog-page.txt", "harbour-town-page.txt", "flood-live-page.txt"]


def reflowed(text, width):
    """The text hard-wrapped at ``width`` columns, as a terminal browser's dump or an e-mail would be."""
    return "\n".join("\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) for line in text.split("\n"))


@pytest.mark.parametrize("name", PAGE_COPIES)
@pytest.mark.parametrize("width", [40, 60, 72, 80, 100])
def test_hard_wrapped_page_copy_gives_the_same_article(name, width):
    text = (TEXTS / name).read_text(encoding="utf-8")
    assert reflowed(text, width) != text
    assert read_page_copy(reflowed(text, width)) == read_page_copy(text)


@pytest.mark.parametrize("name", PAGE_COPIES)
def test_page_copy_without_blank_lines_or_with_crlf(name, article):
    text = (TEXTS / name).read_text(encoding="utf-8")
    squeezed = "\n".join(line for line in text.splitlines() if line.strip())
    assert read_page_copy(squeezed) == read_page_copy(text)
    expected = load_article(TEXTS / name)
    crlf = load_article(article(text.replace("\n", "\r\n").encode("utf-8"), name))
    assert (crlf.title, crlf.author, crlf.date, crlf.blocks) == (expected.title, expected.author, expected.date, expected.blocks)


def test_broadcaster_page_with_share_panel_captions_and_topic_lists():
    article = load_article(TEXTS / "harbour-town-page.txt")
    assert (article.title, article.author, article.date) == ("Harbour town votes to ban cruise ships from its old quay", "Ann Reporter", None)
    assert article.blocks == [
        Block("paragraph", "Residents of St Ives have voted to stop large cruise ships from mooring at the old quay from next year, after a summer in which up to 4,000 visitors arrived on a single day."),
        Block("paragraph", "The town council said 61% of those who took part in the consultation backed the ban."),
        Block("paragraph", '"We are not against visitors," said the mayor. "We are against 4,000 of them arriving at once on a quay built for fishing boats."'),
        Block("paragraph", "Cruise operators said the decision would cost local businesses about £1.2m a year."),
        Block("paragraph", "The ban will apply to ships carrying more than 500 passengers."),
    ]


CLEAN = sorted(TEXTS.glob("clean-*.txt")) + sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=[path.name for path in CLEAN])
def test_clean_articles_lose_nothing(path):
    text = path.read_text(encoding="utf-8")
    assert read_page_copy(text) is None
    title, *body = paragraphs(text)
    article = load_article(path)
    assert article.title == title.text
    assert article.blocks == body


def test_clean_article_inside_page_furniture_comes_out_whole():
    sample = (SAMPLES / "harbour-line-tram-reopens.txt").read_text(encoding="utf-8")
    title, body = sample.split("\n\n", 1)
    page = (
        "Skip to content\nHome\nNews\nTransport\nWeather\nSubscribe\n\n"
        f"{title}\n\nBy Ann Reporter | 14 March 2026, 09:30\nShare on Facebook\nShare on X\n\n"
        f"{body}\n\nAdvertisement\n3 comments\nMost read\nBridge closes for repairs\n"
        "© 2026 Example News. All rights reserved.\n"
    )
    article = read_page_copy(page)
    assert article is not None
    assert (article.title, article.author, article.date) == (title, "Ann Reporter", dt.datetime(2026, 3, 14, 9, 30))
    assert article.blocks == paragraphs(body)


def test_front_matter_wins_over_the_page_copy(article):
    text = "---\ntitle: Our own title\n---\n" + (TEXTS / "seed-page.txt").read_text(encoding="utf-8")
    loaded = load_article(article(text, "seed.txt"))
    assert (loaded.title, loaded.author) == ("Our own title", "The Kyiv Independent news desk")
    assert loaded.blocks[0].text.startswith("Belarusian dictator")


@pytest.mark.parametrize(
    "line, role",
    [
        ("Skip to main content", Role.JUNK),
        ("Share on WhatsApp", Role.JUNK),
        ("Facebook Twitter Email", Role.JUNK),
        ("ADVERTISEMENT", Role.JUNK),
        ("Sponsored content", Role.JUNK),
        ("Article continues after this advertisement", Role.JUNK),
        ("Read more: Council approves budget", Role.JUNK),
        ("Sign up for our free morning newsletter", Role.JUNK),
        ("Enter your email address", Role.JUNK),
        ("This site uses cookies. By continuing you agree to our privacy policy.", Role.JUNK),
        ("View 48 comments", Role.JUNK),
        ("A flooded street in Leeds. Photo: Jane Doe / Getty", Role.JUNK),
        ("Image caption, Cruise passengers at the old quay last summer", Role.JUNK),
        ("4 min read", Role.JUNK),
        ("2 hours ago", Role.BREAK),
        ("Updated 14:30", Role.BREAK),
        ("(c) 2024 Example Media", Role.BREAK),
        ("Posted on 3 March 2024", Role.DATELINE),
        ("By Ann Reporter and Tom Walsh", Role.BYLINE),
        ("The first trains ran late into the night, officials said...", Role.TEASER),
        # Article sentences that look a little like furniture are prose:
        ("Support for the plan grew after the vote, according to a poll published on Monday.", Role.PROSE),
        ("By Monday, the works on the bridge will be finished and the road reopened.", Role.PROSE),
        ("The council's newsletter, sent by email to 4,000 residents, called the plan a success.", Role.PROSE),
        ('"We will see what happens next..."', Role.SHORT),
        ("Follow the money", Role.SHORT),
    ],
)
def test_furniture_rules(line, role):
    assert classify(line) is role


def test_byline_forms():
    assert parse_byline("By Hannah Price, Transport correspondent · 12 June 2024, 7:45am").date == dt.datetime(2024, 6, 12, 7, 45)
    assert parse_byline("by The Kyiv Independent news desk July 22, 2023 10:08 PM 2 min read").author == "The Kyiv Independent news desk"
    assert parse_byline("Von Jonas Becker 28.11.2023, 06:30 Uhr").date == dt.datetime(2023, 11, 28, 6, 30)
    assert parse_byline("By the end of the year, the line will reopen.") is None
