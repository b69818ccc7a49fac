"""Sentence splitting: hand-written hard cases, no text lost, and never a download."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
from pathlib import Path

import nltk
import pytest

from articlecast.speech import sentences
from articlecast.speech.sentences import resplit, split_sentences

# (paragraph, expected sentences), each written by hand.
CASES = [
    # names, initials and titles
    ("James T. Kirk commanded the Enterprise. He later became an admiral.",
     ["James T. Kirk commanded the Enterprise.", "He later became an admiral."]),
    ("J.R.R. Tolkien wrote The Hobbit. It appeared in 1937.",
     ["J.R.R. Tolkien wrote The Hobbit.", "It appeared in 1937."]),
    ("Mr. Smith met Dr. Jones and Mrs. Patel in the lobby. Ms. Lee was late.",
     ["Mr. Smith met Dr. Jones and Mrs. Patel in the lobby.", "Ms. Lee was late."]),
    ("Gen. Mark Milley and Lt. Col. Alexander Vindman testified. Sen. Ted Cruz asked questions.",
     ["Gen. Mark Milley and Lt. Col. Alexander Vindman testified.", "Sen. Ted Cruz asked questions."]),
    ("Prof. Ada Byron and Rev. Al Green spoke at St. Mary's Church on Main St. The event raised money.",
     ["Prof. Ada Byron and Rev. Al Green spoke at St. Mary's Church on Main St.", "The event raised money."]),
    ("Martin Luther King Jr. was born in Atlanta. Gov. Ron DeSantis spoke later.",
     ["Martin Luther King Jr. was born in Atlanta.", "Gov. Ron DeSantis spoke later."]),
    ("Sen. Elizabeth Warren (D-Mass.) spoke first. Others followed.",
     ["Sen. Elizabeth Warren (D-Mass.) spoke first.", "Others followed."]),
    ("The company chose Plan B. The first plan had failed.",
     ["The company chose Plan B.", "The first plan had failed."]),
    # places and bodies
    ("St. Petersburg is Russia's second city. It sits on the Baltic.",
     ["St. Petersburg is Russia's second city.", "It sits on the Baltic."]),
    ("Prices are higher in the U.S. The gap has grown since 2020.",
     ["Prices are higher in the U.S.", "The gap has grown since 2020."]),
    ("U.S. officials met U.K. envoys in Washington, D.C. on Friday.",
     ["U.S. officials met U.K. envoys in Washington, D.C. on Friday."]),
    ("The U.N. Security Council met on Friday. Russia vetoed the resolution.",
     ["The U.N. Security Council met on Friday.", "Russia vetoed the resolution."]),
    ("He joined the F.B.I. The agency hired 300 agents that year.",
     ["He joined the F.B.I.", "The agency hired 300 agents that year."]),
    ("The plant is in Fresno, Calif. The company employs 800 people.",
     ["The plant is in Fresno, Calif.", "The company employs 800 people."]),
    # numbers, money and dates
    ("The house sold for $2,100.50 last week. Buyers were surprised.",
     ["The house sold for $2,100.50 last week.", "Buyers were surprised."]),
    ("Inflation rose 3.5% in March. Economists had expected 3.2%.",
     ["Inflation rose 3.5% in March.", "Economists had expected 3.2%."]),
    ("The rate was cut to 0.25 percent. Markets rallied 1.7 percent by noon.",
     ["The rate was cut to 0.25 percent.", "Markets rallied 1.7 percent by noon."]),
    ("The law took effect on Jan. 1 and expires on Dec. 31, 2030.",
     ["The law took effect on Jan. 1 and expires on Dec. 31, 2030."]),
    ("Sales peaked in Feb. and Mar. before slowing in Sept. The company blamed the weather.",
     ["Sales peaked in Feb. and Mar. before slowing in Sept.", "The company blamed the weather."]),
    ("Apple Inc. reported record sales. Shares of Acme Corp. fell 3% after the news.",
     ["Apple Inc. reported record sales.", "Shares of Acme Corp. fell 3% after the news."]),
    # times
    ("The meeting ended at 5 p.m. The talks will resume on Monday.",
     ["The meeting ended at 5 p.m.", "The talks will resume on Monday."]),
    ("Trading opens at 9:30 a.m. and closes at 4 p.m. on weekdays.",
     ["Trading opens at 9:30 a.m. and closes at 4 p.m. on weekdays."]),
    ("The shop opens at 9 a.m. Customers queue from dawn.",
     ["The shop opens at 9 a.m.", "Customers queue from dawn."]),
    ("Talks resume at 5 p.m. Monday in Geneva. Both sides will attend.",
     ["Talks resume at 5 p.m. Monday in Geneva.", "Both sides will attend."]),
    ("The vote ended at 3:15 p.m. EST. Doe thanked her staff.",
     ["The vote ended at 3:15 p.m. EST.", "Doe thanked her staff."]),
    # e.g., i.e., etc., vs., No.
    ("Some fruits, e.g. apples and pears, keep well. Others do not.",
     ["Some fruits, e.g. apples and pears, keep well.", "Others do not."]),
    ("The vote was unanimous, i.e. nobody objected. It passed at once.",
     ["The vote was unanimous, i.e. nobody objected.", "It passed at once."]),
    ("They sold books, maps, etc. at the fair.",
     ["They sold books, maps, etc. at the fair."]),
    ("They sold books, maps, etc. Crowds came from far away.",
     ["They sold books, maps, etc.", "Crowds came from far away."]),
    ("They brought snacks (chips, nuts, etc.). Everyone ate well.",
     ["They brought snacks (chips, nuts, etc.).", "Everyone ate well."]),
    ("The case of Roe vs. Wade changed the law. It was overturned in 2022.",
     ["The case of Roe vs. Wade changed the law.", "It was overturned in 2022."]),
    ("She is ranked No. 5 in the world. Her rival is No. 2.",
     ["She is ranked No. 5 in the world.", "Her rival is No. 2."]),
    ("The talks are in Rm. 4 and callers dial ext. 310. The rest slept in the spare rm. Then it rained.",
     ["The talks are in Rm. 4 and callers dial ext. 310.", "The rest slept in the spare rm.", "Then it rained."]),
    ("Brig. Gen. Lena Ortiz took command. Her unit moved north.",
     ["Brig. Gen. Lena Ortiz took command.", "Her unit moved north."]),
    # a German day before its month (German takes these rules)
    ("Am 9. November fiel die Mauer. Bis zum 1. Mai blieb es kalt. Sie wurde 3. Dann ging sie.",
     ["Am 9. November fiel die Mauer.", "Bis zum 1. Mai blieb es kalt.", "Sie wurde 3.", "Dann ging sie."]),
    ("The hamlet (pop. 340) sits on a ridge. It has one shop.",
     ["The hamlet (pop. 340) sits on a ridge.", "It has one shop."]),
    ("The abbot (d. 1190) built it. The nave came later.",
     ["The abbot (d. 1190) built it.", "The nave came later."]),
    ("The duke (r. 1402–1419) built a bridge. The chronicler (fl. 1390) saw it. The Natl. Guard came.",
     ["The duke (r. 1402–1419) built a bridge.", "The chronicler (fl. 1390) saw it.", "The Natl. Guard came."]),
    ("Entry costs Rs. 250 for adults. Children go free.",
     ["Entry costs Rs. 250 for adults.", "Children go free."]),
    ("Sec. Doe landed at Pt. Reyes. She left.",
     ["Sec. Doe landed at Pt. Reyes.", "She left."]),
    ("The sequel felt like Summer Camp Pt. II, only louder. Nobody minded.",
     ["The sequel felt like Summer Camp Pt. II, only louder.", "Nobody minded."]),
    ("Voters rejected Prop. 12 after a Cat. 4 storm. The remix, feat. Nia Ray, is out.",
     ["Voters rejected Prop. 12 after a Cat. 4 storm.", "The remix, feat. Nia Ray, is out."]),
    ("The map is printed in Vol. IV. The atlas sold out.",
     ["The map is printed in Vol. IV.", "The atlas sold out."]),
    ("The No. 1-ranked team lost. Fans were stunned.",
     ["The No. 1-ranked team lost.", "Fans were stunned."]),
    ("The board's answer was no. Shareholders were furious.",
     ["The board's answer was no.", "Shareholders were furious."]),
    ("The tower was built c. 1350 by monks. It still stands.",
     ["The tower was built c. 1350 by monks.", "It still stands."]),
    ("See para. 4 of the ruling. It is short.",
     ["See para. 4 of the ruling.", "It is short."]),
    ("The vote moved to Thu. March 3 instead. Nobody objected.",
     ["The vote moved to Thu. March 3 instead.", "Nobody objected."]),
    ("He sat. Then he read the Sun. It was late.",
     ["He sat.", "Then he read the Sun.", "It was late."]),
    # URLs and e-mail
    ("Read more at www.example.com/news. Tickets are on sale now.",
     ["Read more at www.example.com/news.", "Tickets are on sale now."]),
    ("Send tips to tips@news.example.org or call us. We reply within a day.",
     ["Send tips to tips@news.example.org or call us.", "We reply within a day."]),
    ("The report is at https://example.gov/data/v2.1/report.pdf and runs to 90 pages.",
     ["The report is at https://example.gov/data/v2.1/report.pdf and runs to 90 pages."]),
    # numbered items
    ("1. Preheat the oven. 2. Mix the flour and sugar. 3. Bake for 20 minutes.",
     ["1. Preheat the oven.", "2. Mix the flour and sugar.", "3. Bake for 20 minutes."]),
    ("There are two steps: 1. Register online. 2. The ID check happens at the door.",
     ["There are two steps: 1. Register online.", "2. The ID check happens at the door."]),
    # quotes
    ('"Why now?" he asked. Nobody answered.',
     ['"Why now?" he asked.', "Nobody answered."]),
    ('He said "no." Then he left.',
     ['He said "no."', "Then he left."]),
    ('"Stop!" shouted the officer. The man ran.',
     ['"Stop!" shouted the officer.', "The man ran."]),
    ("“I’m not leaving,” she said. “Not today.”",
     ["“I’m not leaving,” she said.", "“Not today.”"]),
    ("“Why now?” he asked. “Because it’s time.”",
     ["“Why now?” he asked.", "“Because it’s time.”"]),
    ("“Mr. Smith is out,” the aide said.",
     ["“Mr. Smith is out,” the aide said."]),
    ('She said, "I moved here from the U.S." The rest of her family stayed.',
     ['She said, "I moved here from the U.S."', "The rest of her family stayed."]),
    # ellipses
    ("He paused... Then he spoke.",
     ["He paused...", "Then he spoke."]),
    ("He paused... and then he spoke.",
     ["He paused... and then he spoke."]),
    ("Wait… what?",
     ["Wait… what?"]),
    ("The crowd waited… The doors never opened.",
     ["The crowd waited…", "The doors never opened."]),
    ("Profits peaked in 2019… The rest is history.",
     ["Profits peaked in 2019…", "The rest is history."]),
    # parentheses
    ("The bill passed. (Two senators abstained.) It now goes to the House.",
     ["The bill passed.", "(Two senators abstained.)", "It now goes to the House."]),
    ("The bill (which passed 52-48) now goes to the House. Debate starts Monday.",
     ["The bill (which passed 52-48) now goes to the House.", "Debate starts Monday."]),
    # question and exclamation marks
    ("Is this the end? No! The fight goes on.",
     ["Is this the end?", "No!", "The fight goes on."]),
    ("What a win! Fans poured into the streets.",
     ["What a win!", "Fans poured into the streets."]),
    ("Yahoo! reported earnings on Tuesday.",
     ["Yahoo! reported earnings on Tuesday."]),
    # single sentences and whitespace
    ("The mayor resigned on Tuesday.",
     ["The mayor resigned on Tuesday."]),
    ("Breaking news from the capital",
     ["Breaking news from the capital"]),
    ("  The storm hit at  dawn.\n\nPower   was cut to 10,000 homes.\nRepairs begin today. ",
     ["The storm hit at dawn.", "Power was cut to 10,000 homes.", "Repairs begin today."]),
    ("", []),
]


@pytest.fixture
def fresh_splitter():
    """Build the splitter anew for the test, and again for the tests after it."""
    sentences._splitter.cache_clear()
    yield
    sentences._splitter.cache_clear()


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


LONG_PARAGRAPHS = [
    " ".join(text for text, _ in CASES),
    (
        "WASHINGTON (AP) — The U.S. Senate voted 51-49 on Tuesday to confirm Lt. Gen. Jane A. Doe as "
        "the next chief of staff of the Army. Sen. John Smith, R-Texas, called her \"the right choice.\" "
        "Critics disagreed... They noted that the Pentagon's budget rose 4.2% to $842.3 billion, i.e. more "
        "than in any year since 2010! Was it worth it? \"No,\" said Rep. Ann Lee (D-Calif.). The vote "
        "ended at 3:15 p.m. EST. Doe, 54, grew up in St. Louis, Mo., and holds a Ph.D. from the Univ. of "
        "Michigan. See www.army.mil/news or write to press@army.mil for details. (The Army declined to "
        "comment.) Her first day is Jan. 3."
    ),
    (
        "Wait…   what?\n\nThe results\twere\n clear: 1. Turnout fell. 2. Costs rose, etc. "
        "“Nobody expected this,” said Dr. Ravi Patel of MIT. ‘Really?’ asked one reader. "
        "The firm, Acme Co., moved from the U.K. to the U.S. in Nov. 2019… The rest is history."
    ),
]


@pytest.mark.parametrize("text", LONG_PARAGRAPHS, ids=["all cases", "wire story", "messy whitespace"])
def test_no_text_is_lost(text):
    result = split_sentences(text)
    assert " ".join(result) == " ".join(text.split())
    assert all(sentence and sentence == sentence.strip() for sentence in result)


def test_cases_split_the_same_inside_one_long_paragraph():
    ended = [(text, expected) for text, expected in CASES if text.rstrip().endswith(tuple('.?!"”…'))]
    text = " ".join(text for text, _ in ended)
    assert split_sentences(text) == [sentence for _, expected in ended for sentence in expected]


@pytest.mark.parametrize("language", ["en", "en-GB", "en_US", "EN", "de", "xx"])
def test_other_language_codes_use_the_english_rules(language):
    assert split_sentences("Dr. Smith arrived at 5 p.m. The talks began.", language) == [
        "Dr. Smith arrived at 5 p.m.",
        "The talks began.",
    ]


def test_tokenizer_is_built_once_per_language(fresh_splitter):
    split_sentences("One. Two.")
    split_sentences("Three. Four.", "en-GB")
    split_sentences("Five. Six.", "fr")
    assert sentences._splitter.cache_info().misses == 1


def test_never_downloads(monkeypatch, fresh_splitter):
    def refuse(*args, **kwargs):
        raise AssertionError("the splitter tried to download or connect")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.downloader.Downloader, "download", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert split_sentences("Mr. Smith left at 5 p.m. The talks went on.") == [
        "Mr. Smith left at 5 p.m.",
        "The talks went on.",
    ]


def test_installed_punkt_tab_model_is_extended_with_ours(tmp_path, monkeypatch, fresh_splitter):
    model = tmp_path / "tokenizers" / "punkt_tab" / "english"
    model.mkdir(parents=True)
    (model / "abbrev_types.txt").write_text("wkly\nno\n", encoding="utf-8")
    for name in ("collocations.tab", "sent_starters.txt", "ortho_context.tab"):
        (model / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert split_sentences("It ran in the Wkly. Review last year. He said no. Voters left. Dr. Smith agreed.") == [
        "It ran in the Wkly. Review last year.",
        "He said no.",
        "Voters left.",
        "Dr. Smith agreed.",
    ]


def test_splitting_in_threads_leaves_nltk_whole():
    program = (  # several threads at once, as a batch build's articles do, in a fresh interpreter
        "import sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from articlecast.speech.sentences import split_sentences\n"
        "with ThreadPoolExecutor(4) as pool:\n"
        "    split = list(pool.map(split_sentences, ['Anna left. Ivan slept.'] * 4, ['en', 'uk', 'ru', 'fr']))\n"
        "assert split == [['Anna left.', 'Ivan slept.']] * 4, split\n"
        "from nltk.metrics.association import fisher_exact\n"  # needs scipy.stats, which nltk loaded as usual
        "print(round(float(fisher_exact([[1, 9], [11, 3]]).pvalue), 4))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0.0028"


RESPLIT_PARAGRAPH = (
    "The council met on Monday. Officials said the repairs would cost $2.5 million over three years. "
    "Dr. Smith, who chairs the committee, disagreed with the plan. “We cannot wait,” she said."
)


@pytest.mark.parametrize(
    ("edit", "reused"),
    [
        (("the repairs would", "the urgent repairs would"), True),  # a word added inside a sentence
        (("the repairs would", "the works would"), True),  # a word replaced
        (("would cost", "could cost"), False),  # next to a number with a period
        (("who chairs the committee", "who chairs committee"), True),  # a word removed
        (("Dr. Smith", "Dr. Jones"), False),  # next to an abbreviation's period
        (("over three years.", "over three years!"), False),  # the sentence's end
        (("the plan.", "the plan. Then"), False),  # a new sentence
        (("disagreed with", "disagreed. With"), False),  # a period inside
        (("who chairs", "who still chairs"), True),
        (("Officials said", "Officials, as planned, said"), False),  # too near the start of its sentence
        (("on Monday", "on Tuesday"), False),  # too near the end of its sentence
    ],
)
def test_a_split_is_reused_only_for_edits_away_from_every_break(edit, reused):
    old_sentences = split_sentences(RESPLIT_PARAGRAPH)
    new = RESPLIT_PARAGRAPH.replace(*edit)
    derived = resplit(RESPLIT_PARAGRAPH, old_sentences, new)
    assert (derived is not None) == reused
    if reused:
        assert derived == split_sentences(new)


def test_a_reused_split_equals_punkts_on_many_random_edits():
    """Words replaced, added and removed at random in our own sample articles, in every language
    they are written in: whenever a split is reused, it is the one Punkt and our rules give."""
    from articlecast.sources import load_article

    samples = sorted((Path(__file__).parents[1] / "samples").iterdir())
    paragraphs = [(block.text, article.language) for article in map(load_article, samples) for block in article.blocks
                  if block.kind != "heading" and len(block.text.split()) > 6]  # fmt: skip
    vocabulary = [word for text, _ in paragraphs for word in text.split()] + ["Dr.", "U.S.", "3.5", "p.m.", "“Yes,”", "—", "Why?"]
    rng = random.Random(7)
    reused = 0
    for _ in range(1500):
        text, language = rng.choice(paragraphs)
        words = text.split()
        at = rng.randrange(len(words))
        choice = rng.random()
        if choice < 0.5:
            words[at] = rng.choice(vocabulary)
        elif choice < 0.8:
            words.insert(at, rng.choice(vocabulary))
        else:
            del words[at]
        new = " ".join(words)
        derived = resplit(text, split_sentences(text, language), new)
        if derived is not None:
            reused += 1
            assert derived == split_sentences(new, language), (text, new)
    assert reused > 300
