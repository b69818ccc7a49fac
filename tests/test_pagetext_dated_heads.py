"""The head of a page copy read around the article's date: the headline over it, a caption or a kicker around it."""

from articlecast.sources.pagetext import read_page_copy

MENU = ["Accueil", "Politique", "Économie", "Sport", "Culture", "Météo", "Rechercher"]
BODY = [
    "Le conseil municipal a voté mardi la réouverture du bac entre les deux rives, fermé depuis les crues de l'hiver dernier.",
    "Les travaux sur les pontons commenceront en mai et devraient durer six semaines, selon la mairie.",
    "Les habitants de la rive nord attendaient cette décision depuis des mois, faute de pont à moins de vingt kilomètres.",
]
HEADLINE = "Le bac de Vernay reprendra du service cet été"


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_headline_over_the_date_beats_the_caption_under_it():
    page = read_page_copy(_page(*MENU, "Société", HEADLINE, "12/03/2024", "Le vieux bac", *BODY, "À LIRE AUSSI", "Les quais rénovés"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_of_two_sentences_without_a_full_stop_over_its_date_is_no_paragraph():
    headline = "Le bac de Vernay reprendra du service. La mairie promet des pontons neufs pour l'été"
    lines = ["Imprimé le : 2024-03-20 10:12:45.120000+01:00", "LES RIVES EN CHANTIER", headline, "Société"]
    page = read_page_copy(_page(*MENU, *lines, "publié le : 2024-03-12 09:30:00.000000+01:00", "Le vieux bac", "Partager", *BODY))
    assert page is not None
    assert page.title == headline
    assert page.blocks[0].text == BODY[0]


def test_a_deck_and_names_between_the_headline_and_the_date_are_passed_over():
    deck = "La traversée rouvrira en juillet après six semaines de travaux. Les tarifs ne changent pas."
    page = read_page_copy(_page(*MENU, HEADLINE, deck, "Léa Roux", "/ 12.03.2024, 09:30", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert page.blocks[0].text == BODY[0]


def test_a_longer_headline_under_the_date_keeps_its_short_kicker_over_it():
    kicker = "Les rives en chantier"
    page = read_page_copy(_page(*MENU, kicker, "12/03/2024", HEADLINE + " après des mois de fermeture", *BODY))
    assert page is not None
    assert page.title == HEADLINE + " après des mois de fermeture"
