"""`articlecast script` (what will be said, without audio) and `build --lexicon-report`, through the CLI."""

import json

import webvtt

NUMBERS_ARTICLE = """---
title: Kyiv budget grows to $2.5 million
language: en
---
On July 23, 2024, the council of Kyiv approved €5m for 10-15 schools.

- Roads: 25% more
- Heating at 14:30 on 22 July
"""


def write_voice(tmp_path, lexicon='Kyiv = "Keev"\nZaluzhnyi = "Zaloozhnee"\n'):
    (tmp_path / "lexicon.toml").write_text(lexicon, encoding="utf-8")
    voice = tmp_path / "voice.toml"
    voice.write_text('lexicon = "lexicon.toml"\n[pauses]\nsentence = 300\nparagraph = 700\n', encoding="utf-8")
    return voice


def test_script_prints_kind_pause_shown_and_spoken_per_segment(cli, article, tmp_path):
    result = cli("script", str(article(NUMBERS_ARTICLE)), "--voice", str(write_voice(tmp_path)))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == "title       1000 ms  Kyiv budget grows to $2.5 million  →  Keev budget grows to two point five million dollars"
    assert lines[2] == (
        "sentence     700 ms  On July 23, 2024, the council of Kyiv approved €5m for 10-15 schools.  →  "
        "On July twenty-third, twenty twenty-four, the council of Keev approved five million euros for ten to fifteen schools."
    )
    assert lines[3:] == [
        "sentence     700 ms  Roads: 25% more  →  Roads: twenty-five percent more.",
        "sentence     700 ms  Heating at 14:30 on 22 July  →  Heating at fourteen thirty on the twenty-second of July.",
    ]


def test_script_json_is_pure_json_for_tools(cli, article, tmp_path):
    result = cli("script", str(article(NUMBERS_ARTICLE)), "--voice", str(write_voice(tmp_path)), "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == "Kyiv budget grows to $2.5 million"
    assert record["language"] == "en"
    assert record["lexicon_used"] == ["Kyiv"]
    first = record["segments"][0]
    assert first == {
        "kind": "disclosure",
        "shown": "This audio is created with AI assistance.",
        "spoken": "This audio is created with A.I. assistance.",
        "pause_ms": 900,
        "chapter": None,
    }
    assert [segment["kind"] for segment in record["segments"]] == ["disclosure", "title", "sentence", "sentence", "sentence"]


def test_script_reports_a_bad_article_in_one_line(cli, tmp_path):
    result = cli("script", str(tmp_path / "missing.md"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


def test_number_heavy_article_is_shown_as_written_and_said_in_words(cli, article, tmp_path):
    """End to end: the transcript (read with webvtt-py) keeps the article's text, the engine got words."""
    path = article(NUMBERS_ARTICLE, "numbers.md")
    voice = write_voice(tmp_path)
    built = cli("build", str(path), "-o", str(tmp_path / "out"), "--voice", str(voice), "-q")
    assert built.exit_code == 0, built.output
    cues = [cue.text for cue in webvtt.read(str(tmp_path / "out" / "numbers.vtt"))]
    said = [segment["spoken"] for segment in json.loads(cli("script", str(path), "--voice", str(voice), "--json").stdout)["segments"]]
    assert "On July 23, 2024, the council of Kyiv approved €5m for 10-15 schools." in cues
    assert "Roads: 25% more" in cues
    assert not any("twenty" in cue or "Keev" in cue for cue in cues)
    assert "On July twenty-third, twenty twenty-four, the council of Keev approved five million euros for ten to fifteen schools." in said
    assert not any(char.isdigit() for text in said for char in text)


def test_lexicon_report_lists_entries_that_matched_nothing(cli, article, tmp_path):
    voice = write_voice(tmp_path)
    result = cli("build", str(article(NUMBERS_ARTICLE)), "-o", str(tmp_path / "out"), "--voice", str(voice), "-q", "--lexicon-report")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == ["Lexicon entry matched nothing: Zaluzhnyi"]
    assert result.stdout == ""


def test_lexicon_report_without_unused_entries_or_without_a_lexicon(cli, article, tmp_path):
    voice = write_voice(tmp_path, 'Kyiv = "Keev"\n')
    path = str(article(NUMBERS_ARTICLE))
    result = cli("build", path, "-o", str(tmp_path / "out"), "--voice", str(voice), "-q", "--lexicon-report")
    assert result.stderr.splitlines() == [f"Lexicon report: every entry of {tmp_path / 'lexicon.toml'} matched."]
    bare = tmp_path / "bare.toml"
    bare.write_text("rate = 200\n", encoding="utf-8")
    result = cli("build", path, "-o", str(tmp_path / "out"), "--voice", str(bare), "-q", "--lexicon-report")
    assert result.stderr.splitlines() == ["Lexicon report: the voice profile has no lexicon."]


def test_a_malformed_lexicon_stops_build_and_script_with_one_line(cli, article, tmp_path):
    voice = write_voice(tmp_path, "Kyiv = 5\n")
    path = str(article(NUMBERS_ARTICLE))
    for result in (cli("build", path, "-o", str(tmp_path / "out"), "--voice", str(voice)), cli("script", path, "--voice", str(voice))):
        assert result.exit_code == 2  # a settings file is wrong
        assert result.stderr.strip().splitlines()[-1] == (
            f"Error: In {tmp_path / 'lexicon.toml'}, 'Kyiv' must be a respelling in quotes or a table such as {{ spell = true }}."
        )
    assert not (tmp_path / "out").exists()
