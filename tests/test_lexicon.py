"""The pronunciation lexicon: matching, spoken forms, protection from normalisation, and errors."""

import pytest

from articlecast.article import Article, Block
from articlecast.config import VoiceProfile
from articlecast.errors import ConfigError
from conftest import script_of
from articlecast.speech.lexicon import Lexicon
from articlecast.speech.normalize import normalize


def say(text, entries, phonemes=None):
    return normalize(text, "en", Lexicon.from_mapping(entries, "test lexicon", phonemes))


def write_profile(tmp_path, lexicon_text, engine="pyttsx3"):
    (tmp_path / "voices").mkdir(exist_ok=True)
    (tmp_path / "voices" / "lexicon.toml").write_text(lexicon_text, encoding="utf-8")
    profile = tmp_path / "voices" / "profile.toml"
    profile.write_text(f'engine = "{engine}"\nlexicon = "lexicon.toml"\n', encoding="utf-8")
    return profile


def test_names_match_only_their_own_spelling():
    assert say("Kyiv, KYIV and kyiv.", {"Kyiv": "Keev"}) == "Keev, Kyiv and kyiv."


def test_lower_case_entries_match_any_case_unless_told():
    assert say("GIF, Gif and gif.", {"gif": "jif"}) == "jif, jif and jif."
    assert say("GIF and gif.", {"gif": {"say": "jif", "match_case": True}}) == "Gif and jif."


def test_entries_match_whole_words_only():
    text = "Kyivstar, Kyiv's mayor and a Kyiv-based firm."
    assert say(text, {"Kyiv": "Keev"}) == "Kyivstar, Keev's mayor and a Keev-based firm."


def test_phrases_match_across_any_spacing():
    assert say("The Lt.  Col. spoke.", {"Lt. Col.": "Lieutenant Colonel"}) == "The Lieutenant Colonel spoke."


def test_spelling_can_be_forced_either_way():
    assert say("ICC and NATO.", {}) == "I.C.C. and Nato."
    assert say("ICC and NATO.", {"ICC": {"spell": False}, "NATO": {"spell": True}}) == "Icc and N.A.T.O."


def test_respellings_are_not_normalised_again():
    assert say("Gen. Zaluzhnyi left.", {"Zaluzhnyi": "ZALOOZH nee 2"}) == "General ZALOOZH nee 2 left."


def test_phonemes_reach_an_engine_that_takes_them_and_articles_cannot_add_their_own():
    spoken = say("Lukashenko said [[h@l'oU]].", {"Lukashenko": {"phonemes": "lu:k@S'EnkoU"}}, phonemes="espeak")
    assert spoken == "[[lu:k@S'EnkoU]] said h at l'oU."
    assert spoken.count("[[") == 1


def test_placeholder_lookalikes_in_articles_take_no_entry():
    assert say("zxqaqxz, ZXQAQXZ and Kyiv.", {"Kyiv": "Keev"}) == "zx qaqxz, Z.X. Q.A.Q.X.Z. and Keev."


def test_transcript_keeps_the_spelling_while_the_engine_gets_the_respelling(tmp_path):
    profile = VoiceProfile.load(write_profile(tmp_path, 'Kyiv = "Keev"\nZaluzhnyi = "Zaloozhnee"\n'))
    script = script_of(Article("Kyiv today", [Block("paragraph", "Kyiv was calm.")]), profile)
    pairs = [(segment.shown, segment.spoken) for segment in script.segments[1:]]
    assert pairs == [("Kyiv today", "Keev today"), ("Kyiv was calm.", "Keev was calm.")]
    assert script.lexicon_used == {"Kyiv"}


def test_phoneme_entries_are_refused_for_pyttsx3_which_cannot_pass_them(tmp_path):
    profile = VoiceProfile.load(write_profile(tmp_path, 'Kyiv = { phonemes = "ki:v" }\n'))
    with pytest.raises(ConfigError, match="cannot take phoneme input"):
        script_of(Article("T", [Block("paragraph", "Kyiv.")]), profile)


def test_phoneme_entries_are_used_by_an_engine_that_takes_them(tmp_path):
    profile = VoiceProfile.load(write_profile(tmp_path, 'Kyiv = { phonemes = "ki:v" }\n', "fake_engines:PhonemeEngine"))
    script = script_of(Article("T", [Block("paragraph", "Kyiv.")]), profile)
    assert script.segments[-1].spoken == "[[ki:v]]."


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("Kyiv = ", "is not valid TOML"),
        ("Kyiv = 5", "must be a respelling in quotes or a table"),
        ('Kyiv = { sound = "x" }', "unknown key 'sound'"),
        ('Kyiv = { say = "x", spell = true }', "exactly one of say, phonemes or spell"),
        ("Kyiv = { match_case = true }", "exactly one of say, phonemes or spell"),
        ('ICC = { spell = "yes" }', "spell must be true or false"),
        ('Kyiv = "[[ki:v]]"', "without brackets"),
        ('Kyiv = ""', "must be non-empty text"),
        ('" Kyiv" = "Keev"', "without brackets or outer spaces"),
        ('"2024" = { spell = true }', "no letters to spell"),
    ],
)
def test_malformed_lexicons_are_clear_config_errors(tmp_path, toml, message):
    profile = VoiceProfile.load(write_profile(tmp_path, toml + "\n"))
    with pytest.raises(ConfigError, match=message) as error:
        script_of(Article("T", [Block("paragraph", "Kyiv.")]), profile)
    assert "lexicon.toml" in str(error.value)


def test_a_missing_lexicon_file_is_reported_when_the_profile_loads(tmp_path):
    profile = tmp_path / "profile.toml"
    profile.write_text('lexicon = "nowhere.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="lexicon 'nowhere.toml' does not exist"):
        VoiceProfile.load(profile)
