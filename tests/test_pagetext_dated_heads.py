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


def test_a_meta_line_of_date_section_and_tags_is_the_date_under_a_two_word_headline():
    menu = ["Strona główna", "Kraj", "Świat", "Gospodarka", "Kultura", "Sport", "Felietony"]
    body = [
        "Rada gminy zdecydowała we wtorek, że prom między brzegami wróci po zimowej przerwie jeszcze przed wakacjami.",
        "Remont pomostów zacznie się w maju i potrwa około sześciu tygodni, podał urząd gminy w komunikacie.",
        "Mieszkańcy północnego brzegu czekali na tę decyzję od miesięcy, bo najbliższy most jest dwadzieścia kilometrów dalej.",
    ]
    page = read_page_copy(_page(*menu, "Prom wraca", "Anna Wójcik", "12 marca 2024 Kraj transport, gmina, rzeka", *body))
    assert page is not None
    assert page.title == "Prom wraca"
    assert [block.text for block in page.blocks] == body


def test_a_menu_the_page_shows_twice_gives_no_headline_for_the_article_under_it():
    twice = ["O nas", "Zespół", "Sklep z książkami", "Wersja po angielsku", "Reklama"]
    body = [
        "Rada gminy zdecydowała we wtorek, że prom między brzegami wróci po zimowej przerwie jeszcze przed wakacjami.",
        "Remont pomostów zacznie się w maju i potrwa około sześciu tygodni, podał urząd gminy w komunikacie.",
    ]
    page = read_page_copy(_page(*MENU, *twice, *twice, "Prom wraca", "Anna Wójcik", "12 marca 2024 Kraj transport, gmina", *body))
    assert page is not None
    assert page.title == "Prom wraca"


def test_a_line_of_helpers_names_under_the_writers_is_no_headline():
    headline = "Le bac de Vernay reprendra du service après des mois de fermeture"
    page = read_page_copy(_page(*MENU, "Analyses", "2024-03-12", headline, "Léa Roux", "Marc Petit", "Collaboration", "Anne Morel, Paul Girard", *BODY))
    assert page is not None
    assert page.title == headline


def test_a_two_word_headline_stands_over_a_writer_the_page_names_again_and_the_date():
    body = [
        "Rada gminy zdecydowała we wtorek, że prom między brzegami wróci po zimowej przerwie jeszcze przed wakacjami.",
        "Remont pomostów zacznie się w maju i potrwa około sześciu tygodni, podał urząd gminy w komunikacie.",
        "Mieszkańcy północnego brzegu czekali na tę decyzję od miesięcy, bo najbliższy most jest dwadzieścia kilometrów dalej.",
    ]
    head = ["Prom wraca", "Anna Wójcik", "12 marca 2024 Kraj transport, gmina, rzeka"]
    page = read_page_copy(_page(*MENU, "Anna Wójcik", *head, *body, "Inne teksty autorki", "Anna Wójcik", "Most na horyzoncie"))
    assert page is not None
    assert page.title == "Prom wraca"
