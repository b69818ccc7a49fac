from articlecast.article import Article, Block
from articlecast.config import Pauses, VoiceProfile
from conftest import script_of
from articlecast.speech.chunk import split_long
from articlecast.speech.clean import speakable

PAUSES = Pauses(sentence=300, paragraph=700, heading=1000, disclosure=900)
PROFILE = VoiceProfile(pauses=PAUSES)


def test_script_order_pauses_and_chapters():
    article = Article(
        "The Title",
        [
            Block("paragraph", "First sentence. Second sentence."),
            Block("heading", "A Section", 2),
            Block("quote", "Quoted words."),
        ],
    )
    script = script_of(article, PROFILE)
    assert [(s.kind, s.shown, s.pause_ms, s.chapter) for s in script.segments] == [
        ("disclosure", "This audio is created with AI assistance.", 900, None),
        ("title", "The Title", 1000, None),
        ("sentence", "First sentence.", 300, None),
        ("sentence", "Second sentence.", 1700, None),
        ("heading", "A Section", 1000, "A Section"),
        ("sentence", "Quoted words.", 700, None),
    ]


def test_disclosure_can_be_turned_off_or_reworded():
    article = Article("T", [Block("paragraph", "Body.")])
    assert script_of(article, VoiceProfile(disclosure=False)).segments[0].kind == "title"
    first = script_of(article, VoiceProfile(disclosure_text="Read by a machine.")).segments[0]
    assert first.spoken == "Read by a machine."


def test_markup_and_engine_control_never_reach_the_engine():
    text = 'He said <b>hello</b> [[h@l\'oU]] <script>alert(1)</script> & left\x07.'
    spoken = script_of(Article("T", [Block("paragraph", text)]), PROFILE).segments[-1].spoken
    assert "<" not in spoken and "[[" not in spoken and "]]" not in spoken and "\x07" not in spoken
    assert spoken == "He said hello h at l'oU alert, one, and left."


def test_speakable_composes_unicode_and_drops_invisible_characters():
    assert speakable("Cafe\u0301\u200b  au\u00a0lait\ufeff") == "Café au lait"


def test_segments_with_nothing_to_say_are_dropped():
    script = script_of(Article("T", [Block("paragraph", "<br>"), Block("paragraph", "Real.")]), PROFILE)
    assert [s.shown for s in script.segments][-1] == "Real."
    assert all(s.spoken for s in script.segments)


def test_split_long_prefers_clause_boundaries():
    text = "Alpha beta gamma; delta epsilon, zeta eta theta iota kappa lambda."
    assert split_long(text, 30) == ["Alpha beta gamma;", "delta epsilon,", "zeta eta theta iota kappa", "lambda."]
    assert split_long("short", 30) == ["short"]


def test_split_long_cuts_a_word_only_when_it_must():
    assert split_long("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_spoken_text_that_grows_past_max_chars_is_cut_again():
    """Numbers read as words are several times longer: each spoken piece must still fit."""
    sentence = "In 2024 the fund paid $2,100.50 to 1,234,567 people in 19,500 towns, " * 12 + "and then it stopped."
    profile = VoiceProfile(max_chars=200)
    pieces = [s for s in script_of(Article("T", [Block("paragraph", sentence)]), profile).segments if s.kind == "sentence"]
    assert len(sentence) < 20 * 200
    assert all(len(s.spoken) <= 200 for s in pieces)
    assert " ".join(s.shown for s in pieces) == sentence
    assert pieces[0].spoken.startswith("In twenty twenty-four the fund paid two thousand one hundred dollars and fifty cents")


def test_list_items_end_with_a_stop_and_a_paragraph_pause():
    script = script_of(Article("T", [Block("item", "Roads"), Block("item", "Schools and parks.")]), PROFILE)
    assert [(s.spoken, s.pause_ms) for s in script.segments[2:]] == [("Roads.", 700), ("Schools and parks.", 700)]


def test_text_between_angle_brackets_that_is_no_tag_is_spoken_and_shown():
    text = "Pick <y and z> when x < 5 and y > 10."
    segment = script_of(Article("T", [Block("paragraph", text)]), PROFILE).segments[-1]
    assert segment.shown == text
    assert "y and z" in segment.spoken and "five and y" in segment.spoken
