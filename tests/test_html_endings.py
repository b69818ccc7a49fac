"""Saved pages in other languages than English: how an article ends, who wrote it, and lines that point elsewhere.

All texts are invented for these tests.
"""

from pathlib import Path

from lxml import html as lxml_html

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.authors import byline_authors, is_signature, says_what_author_is, person_names, shown_authors
from articlecast.sources.endmarks import drop_after_rights_notice
from articlecast.sources.furniture import Role, classify
from articlecast.sources.pointers import drop_pointers
from articlecast.sources.labelruns import without_closing_labels

STORY = (
    "<p>Der Fährbetrieb zur Insel wird ab Mai stündlich laufen, hat der Hafenrat am Dienstagabend beschlossen.</p>"
    "<p>Bisher fuhr das Boot viermal am Tag, und die Inselbewohner hatten seit Jahren mehr Fahrten verlangt.</p>"
    "<p>Die Gemeinde rechnet mit höheren Kosten, will sie aber über die Kurtaxe decken, sagte die Bürgermeisterin.</p>"
)


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def _text(tree) -> str:
    return " ".join(tree.text_content().split())


def _page(tmp_path: Path, body: str, head: str = "<title>Fähre fährt stündlich</title>", lang: str = "de") -> Path:
    page = tmp_path / "page.html"
    page.write_text(f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return page


# -- "read also" written as the opening words of a reference


def test_a_reference_opening_with_a_read_also_label_goes():
    tree = _tree(
        "<div class='texte'>"
        "<q class='pointer'>Lire aussi Anne Martin, « <a href='https://example.org/port'>Le port en hiver</a> », La Revue, mars 2019.</q>"
        + STORY
        + "<p>Lesen Sie auch <a href='/schule'>Die Inselschule bekommt ein neues Dach</a></p></div>"
    )
    drop_pointers(tree)
    left = _text(tree)
    assert "Le port en hiver" not in left and "Lire aussi" not in left and "Inselschule" not in left
    assert "stündlich laufen" in left and "Kurtaxe" in left


def test_prose_that_opens_with_the_label_words_or_links_nowhere_stays():
    long_paragraph = (
        "<p>Siehe auch die <a href='/bericht'>Stellungnahme des Rates</a>, in der die Gemeinde ausführlich begründet, "
        + "warum der neue Fahrplan erst im Mai beginnt und nicht schon im April. " * 3
        + "</p>"
    )
    tree = _tree(STORY + long_paragraph + "<p>Voir aussi plus bas, dans les notes.</p>")
    drop_pointers(tree)
    left = _text(tree)
    assert "Stellungnahme des Rates" in left and "Voir aussi plus bas" in left


def test_a_short_paragraph_sending_the_reader_on_with_click_here_goes():
    tree = _tree(STORY + "<p>To hear the whole talk with the harbour master, click <a href='/audio/talk'>here</a>.</p>")
    drop_pointers(tree)
    left = _text(tree)
    assert "click" not in left and "Kurtaxe" in left


def test_click_here_without_a_link_stays():
    tree = _tree(STORY + "<p>The sign at the ferry ramp still says: to buy a ticket, click here.</p>")
    drop_pointers(tree)
    assert "click here" in _text(tree)


# -- the rights notice that closes a magazine's article


def test_what_follows_the_rights_notice_after_the_article_goes():
    tree = _tree(
        "<div class='article'>" + STORY + "<p class='copy'><strong>DAS BLATT 12/2020</strong><br>Alle Rechte vorbehalten</p></div>"
        "<div class='side'><p>Die digitale Ausgabe: schon am Freitag lesen, auf jedem Gerät.</p></div>"
        "<div class='footer'><p>Impressum</p></div>"
    )
    assert drop_after_rights_notice(tree)
    left = _text(tree)
    assert "Kurtaxe" in left
    assert "Alle Rechte vorbehalten" not in left and "digitale Ausgabe" not in left and "Impressum" not in left


def test_a_rights_notice_above_most_of_the_text_ends_nothing():
    tree = _tree("<div class='top'><p>© 2020 Das Blatt. Tous droits réservés.</p></div>" + STORY)
    assert not drop_after_rights_notice(tree)
    assert "Kurtaxe" in _text(tree)


def test_a_credit_in_a_figure_ends_nothing():
    tree = _tree(STORY + "<figure><img src='a.jpg'><figcaption>Foto: Ann Bell. All rights reserved.</figcaption></figure><p>Weiter geht es.</p>")
    assert not drop_after_rights_notice(tree)


# -- a run of label lines closing the text


def test_a_closing_run_of_labels_goes_but_sentences_stay():
    prose = [Block("paragraph", "Die Fähre fährt ab Mai jede Stunde, sagte die Bürgermeisterin am Dienstag.")]
    labels = [Block("paragraph", text) for text in ("Neue Zeiten", "Wer zahlt?", "Was die Insel davon hat", "Zum Schluss: mehr Boote!")]
    assert without_closing_labels(prose + labels) == prose
    two = labels[:2]
    assert without_closing_labels(prose + two) == prose + two  # one or two lines may close an article
    ending = [Block("paragraph", "Vielen Dank."), Block("paragraph", "Gern."), Block("paragraph", "Bis bald."), Block("paragraph", "Tschüss.")]
    assert without_closing_labels(prose + ending) == prose + ending


def test_closing_entries_whose_sentences_end_in_a_handle_are_no_labels():
    prose = [Block("paragraph", "Die Fähre fährt ab Mai jede Stunde, sagte die Bürgermeisterin am Dienstag.")]
    entries = [
        Block("paragraph", "3. Ann Rowe"),
        Block("paragraph", "Sie fährt seit zwanzig Jahren die Nachtfähre. Ihr Buch über den Hafen erscheint im Mai. Twitter: @annrowe"),
        Block("paragraph", "4. Tom Leary"),
        Block("paragraph", "Er leitet die Rettungsboot-Crew. Jeden Neujahrstag schwimmt er quer über die Bucht. Twitter: @tomleary"),
        Block("paragraph", "5. Li Wei"),
        Block("paragraph", "Sie baute die Lichter am neuen Kai. Seitdem kümmert sie sich auch um die Wetterstation 🙂"),
    ]
    assert without_closing_labels(prose + entries) == prose + entries


def test_a_long_paragraph_ending_in_an_ellipsis_is_prose_and_a_short_one_a_teaser():
    long_paragraph = "Der Rat tagte lange, und am Ende stimmten fast alle zu. " * 12 + "Und dann kam der Winter…"
    assert classify(long_paragraph) is Role.PROSE
    assert classify("Der Rat tagte lange, und am Ende stimmten fast alle zu, weil die…") is Role.TEASER


def test_a_picture_credits_label_with_a_note_in_brackets_is_a_credit():
    assert classify("Bildnachweise (von oben nach unten): Hafen von Ann Bell CC BY 2.0, Fähre von Tom Leary CC BY 2.0") is Role.JUNK


# -- who wrote it


def test_people_are_kept_from_an_author_field_and_publishers_are_not():
    assert person_names("Ann Bell, Inselblatt Online") == "Ann Bell"
    assert person_names("Das Blatt GmbH, Hamburg, Germany") is None
    assert person_names("Justus von Tal und María del Mar Ruiz") == "Justus von Tal, María del Mar Ruiz"
    assert person_names("Ann Bell", site_names=("Ann Bell",)) is None


def test_the_author_the_markup_names_not_a_teasers():
    tree = _tree(
        "<a href='/other'><span class='teaser-author'>Von Tom Leary</span></a>"
        "<div class='dates-auteurs'>par <span class='auteurs'>Anne Martin</span>, 21 juin 2018</div>" + STORY
    )
    assert shown_authors(tree) == "Anne Martin"
    assert shown_authors(_tree("<section class='authors'><strong>Gastbeitrag von Ann Bell und Tom Leary</strong></section>")) == (
        "Ann Bell, Tom Leary"
    )


def test_a_comment_forms_name_field_and_a_date_label_are_not_the_author():
    form = "<form id='commentform'><p class='comment-form-author'><label for='author'>Name <span>*</span></label></p></form>"
    assert shown_authors(_tree(STORY + form)) is None
    assert shown_authors(_tree("<div class='byline'>Westmere Wire Updated: June 3, 2025</div>" + STORY)) == "Westmere Wire"
    assert person_names("Name *") is None


def test_the_author_of_a_byline_line():
    assert byline_authors(["Die Fähre fährt.", "Par Anne Martin"]) == "Anne Martin"


def test_a_note_saying_what_the_author_is_is_a_biography():
    assert says_what_author_is("Ann Bell ist Historikerin an der Universität Kiel. Im Herbst erscheint ihr Buch.", ("Ann Bell",))
    assert not says_what_author_is("Ann Bell sagte, die Fähre sei zu teuer.", ("Ann Bell",))


def test_a_note_naming_the_author_then_what_they_are_after_a_comma_is_a_biography():
    assert says_what_author_is("Ann Bell, historyczka i tłumaczka, wykłada w Gdyni. Pisze o promach.", ("Ann Bell",))
    assert says_what_author_is("Ann Bell, Historikerin in Kiel, schreibt über die Inseln der Nordsee.", ("Ann Bell",))
    assert not says_what_author_is("Ann Bell, die die Fähre seit Jahren nimmt, fand die Preise zu hoch.", ("Ann Bell",))
    assert not says_what_author_is("Bell, historyczka, wykłada w Gdyni.", ("Bell",))  # a surname alone opens too many sentences


def test_a_closing_note_on_the_writer_after_a_comma_goes(tmp_path):
    body = (
        "<article><h1>Fähre fährt stündlich</h1><div class='byline'>Von Ann Bell</div>" + STORY
        + "<hr><p><strong>Ann Bell</strong>, Historikerin, Absolventin der Universität Kiel, schreibt über die Inseln der Nordsee.</p></article>"
    )
    article = load_article(_page(tmp_path, body, "<title>Fähre fährt stündlich</title>"))
    text = " ".join(block.text for block in article.blocks)
    assert "Kurtaxe" in text and "Absolventin" not in text


def test_a_page_names_its_writer_not_its_publisher(tmp_path):
    head = "<title>Fähre fährt stündlich</title><meta name='author' content='Das Blatt GmbH, Hamburg, Germany'>"
    body = (
        "<article><h1>Fähre fährt stündlich</h1><div class='byline'>Von Ann Bell</div>" + STORY
        + "<p><b>Ann Bell ist Historikerin an der Universität Kiel und schreibt über die Inseln der Nordsee.</b></p></article>"
    )
    article = load_article(_page(tmp_path, body, head))
    assert article.author == "Ann Bell"
    text = " ".join(block.text for block in article.blocks)
    assert "Kurtaxe" in text and "Historikerin" not in text


def test_a_headline_marked_inside_the_h1_loses_its_kicker(tmp_path):
    body = (
        "<article><h1><span class='pretitle'>RATGEBER</span> <span itemprop='headline'>So fährt man günstig zur Insel</span></h1>"
        + STORY + "</article>"
    )
    article = load_article(_page(tmp_path, body, head=""))
    assert article.title == "So fährt man günstig zur Insel"


def test_a_pointer_to_an_annex_of_the_page_goes():
    tree = _tree("<div class='recense'><a href='#annexe'>Voir en annexe</a> : le tableau des revues par pays</div>" + STORY)
    drop_pointers(tree)
    left = _text(tree)
    assert "Voir en annexe" not in left and "Kurtaxe" in left


# -- a newsroom asking for money


def test_a_newsrooms_appeal_for_donations_is_not_article_text(tmp_path):
    appeal = (
        "<div class='box'><h2>Unsere Arbeit ist spendenfinanziert</h2><p>Wir sind eine gemeinnützige Redaktion und recherchieren "
        "unabhängig. Unterstützen Sie unsere Arbeit mit einer Spende! <a href='/spenden'>Jetzt spenden</a></p></div>"
    )
    body = "<article><h1>Fähre fährt stündlich</h1>" + STORY + appeal + "</article>"
    text = " ".join(block.text for block in load_article(_page(tmp_path, body)).blocks)
    assert "Kurtaxe" in text and "spendenfinanziert" not in text and "gemeinnützige Redaktion" not in text


def test_a_charity_quoted_in_the_story_keeps_its_words():
    from articlecast.sources.appeals import is_donation_appeal

    assert not is_donation_appeal("„Wir brauchen jede Spende für unsere unabhängige Arbeit“, sagte die Leiterin des Tierheims.")
    assert is_donation_appeal("Soutenez un journalisme indépendant : faites un don à notre rédaction.")


# -- which h1 is the headline


def test_the_headline_is_not_a_menus_h1_nor_a_boxs_label(tmp_path):
    menu = "<aside><nav><ul><li><a href='/kultur'>Kultur</a><section><h1>Kultur und Freizeit</h1><ul><li><a href='/m'>Museen</a></li></ul></section></li></ul></nav></aside>"
    box = "<section class='box'><h1>Mehr zum Thema</h1><ul><li><a href='/a'>Adressen</a></li></ul></section>"
    body = menu + "<div id='content'><h1>Das Hafenviertel</h1>" + STORY + "</div>" + box
    article = load_article(_page(tmp_path, body, head="<title>Das Hafenviertel - Stadt Inselheim</title>"))
    assert article.title == "Das Hafenviertel"
    assert "Mehr zum Thema" not in " ".join(block.text for block in article.blocks)


def test_a_category_set_in_the_h1_is_not_part_of_the_headline(tmp_path):
    body = (
        "<h1><span class='category'><span class='aural'>Thema </span>Verbraucherschutz</span>Neue Regeln für Fährtickets</h1>"
        + STORY
    )
    article = load_article(_page(tmp_path, body, head="<title>Amt | Regeln für Fährtickets</title>"))
    assert article.title == "Neue Regeln für Fährtickets"


def test_a_picture_credit_glued_to_the_last_sentence_is_cut(tmp_path):
    long_paragraph = "Die Tickets werden nicht teurer, sagte der Rat, und die Boote fahren auch im Winter. " * 4
    body = (
        "<article><h1>Fähre fährt stündlich</h1>" + STORY + f"<p>{long_paragraph}Das gilt ab Mai.Foto: hafenbilder.de</p>"
        "<p>Die Fähre am Abend.Foto: Ann Bell</p></article>"
    )
    text = " ".join(block.text for block in load_article(_page(tmp_path, body)).blocks)
    assert "Das gilt ab Mai." in text and "hafenbilder" not in text
    assert "Die Fähre am Abend" not in text  # a short text with a credit is a caption


def test_a_line_sending_the_reader_to_the_rest_elsewhere_goes():
    tree = _tree(STORY + "<div><strong>Lire la suite sur <a href='https://example.org/recit'>Le Journal du Port</a></strong></div>")
    drop_pointers(tree)
    left = _text(tree)
    assert "Lire la suite" not in left and "Kurtaxe" in left


def test_closing_facts_in_label_value_lines_stay():
    prose = [Block("paragraph", "Die Fähre fährt ab Mai jede Stunde, sagte die Bürgermeisterin am Dienstag.")]
    facts = [Block("paragraph", text) for text in ("Ort: Hafenhalle", "Zeit: 19 Uhr", "Eintritt: frei", "Anmeldung: im Rathaus")]
    assert without_closing_labels(prose + facts) == prose + facts


def test_an_editorial_that_supports_a_free_press_is_not_an_appeal():
    from articlecast.sources.appeals import is_donation_appeal

    assert not is_donation_appeal("We support independent journalism on the islands, and our reporters will keep asking questions.")


def test_a_call_to_talk_with_the_author_on_a_social_network_is_not_article_text():
    from articlecast.sources.appeals import is_social_call

    assert is_social_call("Diskutieren Sie mit der Autorin - auf Twitter oder auf Instagram!")
    assert is_social_call("Suivez-nous sur Facebook et Instagram.")
    assert not is_social_call("Folgen Sie der Debatte: Der Rat stimmt am Dienstag über die Fähre ab.")
    assert not is_social_call("Twitter sperrte das Konto des Bürgermeisters am Montag für einen Tag.")


def test_a_social_call_split_into_linked_fragments_goes_whole():
    from articlecast.sources.appeals import without_social_calls

    prose = Block("paragraph", "Die Fähre fährt ab Mai jede Stunde, sagte die Bürgermeisterin am Dienstag.")
    fragments = [Block("paragraph", text) for text in ("Diskutieren Sie mit der Autorin - auf", "Twitter", "oder auf", "Instagram", "!")]
    assert without_social_calls([prose, *fragments, prose]) == [prose, prose]


def test_a_no_warranty_line_is_small_print():
    from articlecast.sources.legal import is_legal_notice

    assert is_legal_notice("Alle Angaben ohne Gewähr.")
    assert not is_legal_notice("Der Rat gab keine Gewähr dafür, dass die Fähre im Mai fährt.")


# -- the site's address as author, a title run together with its byline, a bold label glued to its text


def test_the_site_address_given_as_author_is_not_a_writer(tmp_path):
    head = "<title>Fähre fährt stündlich</title><meta name='author' content='inselbote.de'>"
    article = load_article(_page(tmp_path, f"<article><h1>Fähre fährt stündlich</h1>{STORY}</article>", head=head))
    assert article.author is None


def test_a_title_run_together_with_its_byline_gives_the_author(tmp_path):
    body = (
        "<article><h1>Fähre fährt stündlich</h1>"
        "<p><strong>Fähre fährt stündlich</strong> von Jana Kürschner</p>"
        f"{STORY}</article>"
    )
    article = load_article(_page(tmp_path, body))
    assert article.author == "Jana Kürschner"
    assert "von Jana Kürschner" not in " ".join(block.text for block in article.blocks)


def test_headline_byline_needs_the_title_words():
    from articlecast.sources.authors import headline_byline

    assert headline_byline("Fähre fahrt stündlich! von Jana Kürschner", "Fähre fährt stündlich - Inselbote") == "Jana Kürschner"
    assert headline_byline("Der Rat sprach lange von Anna Berg", "Fähre fährt stündlich") is None
    assert headline_byline("Fähre fährt stündlich von der Insel ab", "Fähre fährt stündlich") is None


def test_a_bold_label_keeps_its_space_before_the_text():
    from lxml import etree

    from articlecast.sources.docblocks import document_blocks

    body = etree.fromstring('<body><p><hi rend="#b">Rückblick:</hi>Der Index fiel am Freitag deutlich.</p></body>')
    assert [block.text for block in document_blocks(body)] == ["Rückblick: Der Index fiel am Freitag deutlich."]


def test_a_closing_call_to_support_the_site_and_follow_it_is_an_appeal():
    from articlecast.sources.appeals import is_donation_appeal

    assert is_donation_appeal(
        "Enjoy the Island Post? Consider a small gift to support our growth. You can also follow us on Twitter or read our feed."
    )
    assert not is_donation_appeal("The harbour trust asked people to support its appeal on Facebook, a spokeswoman said.")


def test_a_pitch_naming_the_small_sum_it_asks_for_is_an_appeal():
    from articlecast.sources.appeals import is_donation_appeal

    assert is_donation_appeal(
        "If our pages have been useful to you, our work would be safer with your help - for as little as €4, you can back the Valley Courier."
    )
    assert not is_donation_appeal("Tickets cost as little as £5 and you can bring two children, the organisers said.")
    assert not is_donation_appeal("“Entry costs as little as £5, and our work depends on it,” the trust's director said.")


def test_a_byline_naming_two_writers_before_a_comment_count_gives_both_and_drops_both_bios(tmp_path):
    body = (
        "<h1>Ferry to run every hour from May</h1>"
        "<p class='byline'>By <a href='/author/mq' rel='author'>Mara Quist</a> and <a href='/author/ts' rel='author'>Tobias Sand</a>"
        "<a href='#comments' class='comment-count'>12 comments</a></p>"
        "<div class='text'><p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
        "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
        "<p>The new timetable will cost the board about two hundred thousand pounds a year, paid for by fares.</p></div>"
        "<ol class='notes'><li><p>Mara Quist is a reporter at the Island Post.</p></li>"
        "<li><p>Tobias Sand is Senior Statistician at the Harbour Institute.</p></li></ol>"
    )
    article = load_article(_page(tmp_path, body, head="<title>Ferry to run every hour from May</title>", lang="en"))
    assert article.author == "Mara Quist, Tobias Sand"
    text = " ".join(block.text for block in article.blocks)
    assert "paid for by fares" in text and "Senior Statistician" not in text and "is a reporter" not in text


def test_a_reading_list_under_a_read_also_label_standing_alone_goes():
    reading = (
        "<p>À lire aussi :</p>"
        "<p>Revue <em>Littorales</em> : <a href='https://example.org/bacs'>Les bacs oubliés</a>. Le numéro d'hiver revient sur "
        "trente ans de traversées fluviales, des passeurs aux nouvelles navettes électriques.</p>"
        "<p>Cahiers du fleuve : <a href='https://example.org/quais'>Des quais et des hommes</a></p>"
    )
    tree = _tree(STORY + "<p>Par Léa Roux</p>" + reading)
    drop_pointers(tree)
    left = _text(tree)
    assert "Kurtaxe" in left and "Léa Roux" in left
    assert "lire aussi" not in left and "Littorales" not in left and "Des quais" not in left


def test_paragraphs_after_a_read_also_label_go_on_with_the_article_where_they_do_not_open_with_a_link():
    tail = (
        "<p>Read also:</p><p><a href='https://example.org/ferry'>The ferry's first winter</a></p>"
        "<p>The council will vote on the fares in June, after <a href='https://example.org/survey'>a survey</a> of islanders.</p>"
    )
    tree = _tree(STORY + tail)
    drop_pointers(tree)
    left = _text(tree)
    assert "first winter" not in left and "vote on the fares" in left


def test_a_closing_run_of_names_and_counts_goes_unless_the_text_announces_it():
    prose = [Block("paragraph", "The ferry will run every hour from May, the harbour master said on Tuesday.")]
    box = [Block("item", "1"), Block("item", "Ann Bell"), Block("item", "Tom Reid")]
    assert without_closing_labels(prose + box) == prose
    announced = [Block("paragraph", "The new crew members are:"), Block("item", "Ann Bell"), Block("item", "Tom Reid")]
    assert without_closing_labels(prose + announced) == prose + announced


# -- the writer's sign-off under the last paragraph


def test_a_writers_sign_off_under_the_last_paragraph_is_not_read(tmp_path):
    for sign_off in ("<p><strong>Jana Vogt</strong></p>", "<p><b>Jana Vogt, Kiel</b></p>", "<p><em>Jana Vogt und Ole Brandt</em></p>"):
        page = _page(tmp_path, f"<article><h1>Fähre fährt stündlich</h1><div class='text'>{STORY}{sign_off}</div></article>")
        texts = [block.text for block in load_article(page).blocks]
        assert texts[-1].startswith("Die Gemeinde rechnet"), sign_off


def test_a_closing_line_shaped_like_a_name_stays(tmp_path):
    page = _page(tmp_path, f"<article><h1>Fähre fährt stündlich</h1><div class='text'>{STORY}<p>Die Fähre fährt weiter</p></div></article>")
    assert load_article(page).blocks[-1].text == "Die Fähre fährt weiter"


def test_signatures_are_only_names_perhaps_with_a_place():
    assert is_signature("Иван Петров, Новосибирск") and is_signature("Ann Bell and Tom Reed")
    assert not any(map(is_signature, ["The End", "Thank You", "Слава Україні", "Ann Bell.", "New York City"]))


def test_a_note_saying_where_the_author_teaches_is_a_biography():
    from articlecast.sources.promo import is_author_bio

    assert is_author_bio("Ann Bell teaches maritime history at the University of Westmere. Her book on ferries is out in May.", ("Ann Bell",))
    assert is_author_bio("Ann Bell lehrt Seefahrtsgeschichte in Kiel.", ("Ann Bell",))
    assert not is_author_bio("Ann Bell sagte, die Fähre sei zu teuer.", ("Ann Bell",))


# -- a form around article text


def test_a_form_without_fields_is_read_as_the_text_it_holds():
    from articlecast.sources.formwraps import unwrap_fieldless_forms

    tree = _tree(
        STORY + "<form action='/release.aspx' method='post'><div><blockquote><p>The harbour board confirms the new timetable.</p>"
        "</blockquote><p>We will update this story when the board publishes its figures.</p></div></form>"
        "<form action='/search'><input name='q'><button>Search</button></form>"
    )
    assert unwrap_fieldless_forms(tree) == 1
    assert [form.get("action") for form in tree.iter("form")] == ["/search"]  # a form with a field stays a form


def test_article_text_a_page_wraps_in_a_form_is_read(tmp_path: Path):
    body = (
        "<article><h1>Ferry runs every hour from May</h1>"
        + STORY
        + "<form id='pressForm' method='post'><div class='release'><blockquote><p>Der Hafenrat bestätigt den neuen Fahrplan "
        "und wird die Zahlen im Frühjahr vorlegen, teilte die Gemeinde am Mittwoch in einer Erklärung mit.</p></blockquote>"
        "<p>Die Inselbewohner wollen die neuen Fahrten im Sommer bei einem Fest am Hafen feiern, sagte der Sprecher.</p></div></form></article>"
    )
    article = load_article(_page(tmp_path, body))
    assert "bei einem Fest am Hafen feiern" in article.blocks[-1].text
