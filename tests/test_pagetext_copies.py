"""Page copies: stories listed after the article, boxes of teasers and embedded posts, told by their layout."""

from articlecast.sources.pagetext import read_page_copy

MENU = ["Home", "Harbour", "Moorland", "Sport", "Weather", "Letters"]
BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _texts(text: str) -> list[str]:
    page = read_page_copy(text)
    assert page is not None
    return [block.text for block in page.blocks]


def _story(headline: str, age: str, topic: str) -> list[str]:
    return [
        headline,
        age,
        f"The {topic} committee met on Tuesday evening and heard from residents who had waited a long time to speak.",
        f"Members agreed to publish the {topic} survey in full next month, after a summer of questions from the parish.",
        f"A further meeting on the {topic} plans is expected before the end of the year, the clerk said afterwards.",
    ]


def test_stories_stamped_months_ago_under_the_article_are_no_live_blog():
    older = [*_story("Moorland bus route saved for a year", "4 months ago", "bus"), "Continue Reading"]
    oldest = [*_story("New library hours for the winter", "5 months ago", "library"), "Continue Reading"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "2 months ago", *BODY, "You may like", *older, *oldest)
    assert _texts(page) == BODY
