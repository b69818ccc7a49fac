"""More classes of page furniture, on made-up page copies in several languages: each rule, and what must be kept."""

import datetime as dt
from pathlib import Path

import pytest

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.furniture import Role, classify, find_date, parse_byline
from articlecast.sources.pagetext import read_page_copy

TEXTS = Path(__file__).parent / "data" / "text"
UTC = dt.timezone.utc


def texts_of(name):
    return [block.text for block in load_article(TEXTS / name).blocks]


def test_german_page_with_labels_a_playlist_a_caption_and_an_author_bio():
    article = load_article(TEXTS / "elbtal-page-de.txt")
    assert (article.title, article.author, article.date) == (
        "Neue Fähre im Elbtal soll ab Mai fahren", "Jana Keller", dt.datetime(2024, 3, 12, 9, 15, tzinfo=UTC),
    )
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("Nach zwei Jahren ohne Verbindung")
    assert "Die alte Fähre war im Frühjahr 2022 nach einem Motorschaden außer Betrieb genommen worden." in texts[2]
    assert texts[-1] == "Der Fahrpreis soll bei zwei Euro für Erwachsene liegen, Kinder fahren umsonst."
    assert len(texts) == 5  # no teaser, playlist title, caption, bio or comment heading


def test_spanish_page_short_caption_above_the_byline_is_not_the_title():
    article = load_article(TEXTS / "mercado-page-es.txt")
    assert (article.title, article.author) == ("El mercado central de Tarija reabre tras dos años de obras", "Lucía Ferreira")
    texts = [block.text for block in article.blocks]
    assert len(texts) == 4 and texts[-1] == "La alcaldía prevé que el mercado reciba unas diez mil personas cada fin de semana."
    assert not any("Guadalquivir" in text or "socio" in text for text in texts)


def test_ukrainian_live_blog_without_post_headings():
    article = load_article(TEXTS / "ternopil-live-page-uk.txt")
    assert (article.title, article.author) == ("Негода на Тернопільщині: онлайн", "Олена Коваль")
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("Потужний вітер і мокрий сніг")
    assert texts[-1].startswith("Синоптики прогнозують")
    assert len(texts) == 8  # the intro and every post's paragraphs; no stamp, teaser or footer


def test_polish_page_with_a_glued_video_playlist():
    article = load_article(TEXTS / "wildfire-page-pl.txt")
    assert (article.title, article.author) == ("Pożar lasu pod Bydgoszczą opanowany po trzech dniach", "Marek Zieliński")
    texts = [block.text for block in article.blocks]
    assert len(texts) == 4 and texts[-1].startswith("Leśnicy zapowiadają")


def test_playlist_in_the_middle_does_not_end_the_article():
    body = "A long paragraph of the article that keeps going for long enough to be the body of it, with more words."
    page = read_page_copy(
        f"Menu\nSign in\nSubscribe now\nThe story title goes here\nBy Ann Bell\n{body}\nMore videos\nStorm over the bay\n1:32\n"
        f"Ferry back in service\n2:05\n{body.replace('long paragraph', 'second paragraph')}\n© 2024 Courier"
    )
    assert [block.text for block in page.blocks] == [body, body.replace("long paragraph", "second paragraph")]


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: the harbour wall after the storm on Sunday morning.",
        "In this file photo, ferries wait at the quay in Lowmoor.",
        "Ann Bell, File - FILE - In this Sunday, March 3, 2019, file photo, ferries wait at the quay in Lowmoor.",  # an agency's
        "FILE - The mayor speaks at a rally in Lowmoor, Jan. 5, 2024.",
        "Ann Bell (left) and Tom Leary open the museum on Tuesday",
        "The harbour master (pictured) at the quay.",  # too short to be a paragraph's sentence
        "The quay was rebuilt in 1990 and is used by ferries. File photo",
        "На фото: учасники засідання у вівторок",
        "На фото: участники заседания во вторник",
        "Auf dem Bild: Die Fähre am Anleger in Pirna",
        "Sur la photo : le maire (à gauche) inaugure la ligne",
        "En la imagen: vendedores en el mercado central",
        "Na zdjęciu: strażacy przy zgliszczach leśniczówki",
        "Read next",
        "More videos",
        "Вам може бути цікаво",
        "Это интересно",  # a box of teasers
        "Фото дня",
        "In pictures",
        "Вас может заинтересовать",
        "Das könnte Sie auch interessieren",
        "Ces articles pourraient vous intéresser",
        "À découvrir aussi",
        "Te puede interesar:",
        "Noticias relacionadas",
        "Przeczytaj także:",
        "Polecamy",
        "Show comments",
        "Melden Sie sich für unseren Newsletter an.",
        "Recibe nuestro boletín cada mañana en tu correo electrónico.",
        "Введите адрес электронной почты",
        "Podaj adres e-mail",
        "Se connecter",
        "S'abonner",
        "Partager",
        "Zaloguj się",
        "Поділитися",
        "Войти",
        "Iniciar sesión",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Nous utilisons des cookies pour vous offrir une meilleure expérience.",
        "Мы используем файлы cookie, чтобы улучшить работу сайта.",
        "Filed: 03.05.2021, Section: WORLD",  # a label after a label
        "Rated 4.5 out of 5 stars",
        "Bewertung: 4 von 5 Sternen",
        "★★★★☆",
        "Media captionThe crew waits at the quay",  # a label glued to its caption
        "Image copyrightGetty Images",
        "From the section Harbour life",
        "Rubrik: Wetter",
        "ads.westmere-courier.example",  # a web address alone
        ">>> Ferry timetable changes for the winter",  # a pointer after an arrow
        "► Lifeboat crew trains at night",
        "Share on Tumblr",
        "Share on Google Plus",
        "The old pier at low tide Ann Bell/Reuters",  # a caption closed by its credit, with no full stop between
        "Skippers on the quay (Credit: AP/Tom Reid/Photo montage by the Courier)",
        "Skippers on the quay at dawn - Ann Bell/Westmere Courier",
        "News > Local > Harbour",  # a breadcrumb
        "Accueil | Se connecter | Plan du site | RSS 2.0",  # a row of links
        "Sponsored Ads",  # an advert's label
        "(See pictures of the flooded quay.)",  # a pointer written as an order to look
        "See the Courier's Photos of the Week.",
        "(See photos of the new ferry.)",  # a pointer to a gallery
        "See the Cartoons of the Month.",
        "Recommend this story",  # a share button
        "Weiterempfehlen",
        "← The regatta is on again!",  # the previous and the next post
        "Lire aussi Léa Roux & Tom Reid, « Le port de Westmere rouvre », La Gazette du Quai, mai 2024.",  # a cited pointer
        "See also Ann Rowe, “Tides of the estuary”, Westmere Courier, 12 May 2024.",
        "Ferry fares rise in spring →",
        "Revivez le direct du conseil municipal avec vos questions.",  # a call to the site's live coverage
        "Verfolgen Sie die Entwicklungen am Hafen im Liveticker.",
        "Siga en directo la votación del concejo.",
        "Lire : Ce que change la réforme du port",  # a bare "read:" label and the headline it links to
        "图注：清晨，渡轮从码头出发",  # a picture's note, with a full-width colon
        "圖片來源：港口管理局",
        "More about Harbour dredging",  # a topic link: "more about" and the tag
        "Más sobre Elecciones en la provincia",
        "Mehr zu Hafenausbau",
        "What do you think? Tell us below",  # a comment prompt
        "Что вы думаете? Напишите нам!",
        "Follow Ann Bell on Twitter.",  # a call to follow the writer
        "Diskutieren Sie mit der Autorin - auf Twitter oder auf Instagram!",
    ],
)
def test_caption_label_and_comment_lines(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize("line", ["Our Harbour Staff", "By a Staff Reporter", "Our Political Correspondent"])
def test_a_desk_signing_instead_of_a_name_is_a_byline(line):
    assert classify(line) is Role.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Our staff worked late",
        "Google buys a harbour start-up",
        "The 5 star hotel on the quay opens",
        "Stars align for the harbour festival",
        "Section 230 ruling splits the court",
        "Image sources differ on the tide",
        "Skippers recommend the new channel",
        "Talks end in Lisbon - a new deal/plan",
    ],
)
def test_headlines_like_widgets_sections_and_labels_are_headlines(line):
    assert classify(line) is Role.SHORT


@pytest.mark.parametrize(
    "line",
    ["Related coverage by the Courier found “no evidence” of damage to the quay.", "See also how Ann Rowe described the “harbour plan” last spring."],
)
def test_a_sentence_that_opens_like_a_pointer_and_quotes_is_prose(line):
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line", ["About the author", "Об авторе", "Über die Autorin", "À propos de l'auteur", "Pressestelle", "Press office", "Kontakt:"]
)
def test_about_the_author_and_press_office_end_a_page(line):
    assert classify(line) is Role.BREAK


@pytest.mark.parametrize(
    "heading",
    [
        "Comments",
        "Kommentare",
        "Комментарии",
        "Comentarios",
        "Join the discussion",
        "Kommentieren ist momentan nicht möglich.",  # a notice that the section is closed
        "Les commentaires sont fermés.",
        "Комментарии закрыты",
    ],
)
def test_comment_section_ends_a_page_copy(heading):
    body = [
        "The council voted on Tuesday to keep the old library open for another two years.",
        "More than three thousand readers had signed a petition against the closure in a month.",
    ]
    comment = "This is the best news I have heard all year, well done to everyone who signed the petition!"
    page = read_page_copy("\n\n".join(["Home", "Sign in", "Subscribe now", "Library stays open", "By Ann Bell", *body, heading, comment]))
    assert page.blocks == [Block("paragraph", text) for text in body]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor, pictured at the opening, said the museum would be free for children.",
        "Relatives of the victims said they would appeal against the verdict next month.",
        "Comments from residents were mostly positive, the council said in its report.",
        "In this case, the photo was taken by a tourist who later gave it to the museum.",
        "Follow the money, the auditor told the council on Twitter.",
        "На засіданні депутати ухвалили бюджет на наступний рік, повідомила прес-служба.",
        "Copyright lawyers say the case over the harbour photographs could take years to settle.",  # not a copyright line
        "The charity said US donors gave more to independent newsrooms this year than ever before.",  # "US" is not "us"
        "We spoke to two of Donald Trump's former aides about the leaks from the newsroom.",  # "Donald" does not donate
        "The council said residents should contact the newsroom of the local paper.",  # nobody asks the reader
        "The harbour master (pictured) was elected chair of the board on Tuesday night.",  # a sentence, not a caption
        "Skipper Ann Rowe (left) said the channel had been too shallow for her boat since May.",
        "Gemeint ist: Haben Sie schon eine(r) Ärzt*in gefragt, und wann war der letzte Termin?",  # a gendered ending, not "(right)"
    ],
)
def test_article_sentences_stay(line):
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Автор: Олена Коваль", "Олена Коваль"),
        ("Autor: Marek Zieliński", "Marek Zieliński"),
        ("Texto: Lucía Ferreira", "Lucía Ferreira"),
        ("By Ann Bell", "Ann Bell"),
        ("Publié le 03/06/2025 à 9h27 par Léa Roux", "Léa Roux"),  # the date first
        ("Published on 3 June 2025 by Ann Rowe", "Ann Rowe"),
        ("By Ann Rowe@annrowe Jun 3, 2025, 9:15am EDT", "Ann Rowe"),  # the writer's handle glued to the name
        ("By Ann Rowe March 4 at 9:15 AM Follow @annrowe", "Ann Rowe"),  # a stamp with no year and a follow button glued on
        ("By Ann Rowe and Tom Reid Sept. 9 at 6:02 p.m.", "Ann Rowe and Tom Reid"),
        ("By Tom Reid 7:40 PM", "Tom Reid"),
    ],
)
def test_labelled_bylines(line, author):
    assert parse_byline(line).author == author


def test_labelled_bylines_need_a_name():
    assert parse_byline("Author: unknown") is None


def test_author_bio_in_another_language_ends_the_page_copy():
    body = "Die Stadt hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu sanieren."
    more = "Bis dahin fahren die Busse über die Umleitung am Hafen, der Radweg bleibt an den Wochenenden offen."
    page = read_page_copy(
        f"Startseite\nAnmelden\nJetzt abonnieren\nBrücke wird bis zum Herbst saniert\nVon Jana Keller\n{body}\n{more}\n"
        "Jana Keller ist Redakteurin im Lokalteil und schreibt über Verkehr.\nMeistgelesen\nImpressum"
    )
    assert page.blocks == [Block("paragraph", body), Block("paragraph", more)]


def test_author_bio_ends_the_page_copy_when_the_byline_has_a_stamp_and_a_follow_button_glued_on():
    body = "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms arrive in the bay."
    more = "Fishermen said the work was overdue, and the board promised to publish the costs before the end of the month."
    page = read_page_copy(
        f"Sections\nSign In\nDredging of the eastern channel to start in June\nBy Ann Rowe May 2 at 8:10 AM Follow @annrowe\n"
        f"{body}\n{more}\nAnn Rowe covers the waterfront. Since joining the Courier, she has covered ports and fisheries.\n"
        "Most Read\nTerms of Service"
    )
    assert page.blocks == [Block("paragraph", body), Block("paragraph", more)]


def test_saved_page_with_captions_and_playlist_titles_glued_to_credits_and_a_promo_in_capitals():
    article = load_article(Path(__file__).parent / "data" / "pages" / "glued-media.html")
    assert article.title == "Prom wraca na Wisłę po dwóch latach przerwy"
    texts = [block.text for block in article.blocks]
    assert texts[1].startswith("Prom między Czermnem a Sławnem znów kursuje po Wiśle.")
    assert texts[-1].startswith("Wójt gminy zapowiedział")
    assert len(texts) == 5  # the lead and four paragraphs
    assert not any("PAP" in text or "Reuters" in text or "APLIKACJĘ" in text for text in texts)


@pytest.mark.parametrize(
    "line",
    [
        "Nowy prom przy przystani w CzermnieFot. Jan Nowak/PAP",
        "Rescuers at the quay on Sunday.Photo: Ann Bell",
        "Wezbrana Wisła pod SandomierzemTVN24",
        "Floods in the valley seen from the airReuters",
        "Паводок у Закарпатті з висоти пташиного польотуУкрінформ",
        "New ferry at the quayAnn Bell/Lowmoor Courier",
        "SPRAWDŹ NASZĄ APLIKACJĘ I CZYTAJ NAJWAŻNIEJSZE WIADOMOŚCI",
        "DOWNLOAD OUR APP AND GET THE NEWS FIRST",
        "Завантажуйте наш застосунок, щоб читати новини першими",
        "Téléchargez notre application pour suivre l'actualité",
        "Laden Sie unsere App herunter",
    ],
)
def test_glued_credits_and_app_calls(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "The firm was bought by PayPal for a billion dollars last year, its owners said.",
        "Sales of the iPhone fell in the spring, the company said on Thursday.",
        "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD BRIDGE FOR GOOD.",
        "Читайте Шевченка в оригіналі, радить учителька своїм учням щодня.",
    ],
)
def test_brand_names_capitals_and_imperatives_in_sentences_stay(line):
    assert classify(line) is Role.PROSE


HARBOUR_WALL = [
    "The harbour wall at Lowmoor will be rebuilt this summer after three winter storms tore a gap in it, the harbour board said on Friday.",
    "Engineers found that a stretch of about forty metres had moved by more than a hand's width since January.",
    "The work will cost about two million pounds and take four months, during which the fishing fleet will moor at the old quay.",
    '"We cannot wait for another winter," said the board\'s chairman, who has fished from the harbour for forty years.',
    "The board said it would hold a public meeting about the plans in the town hall next month.",
]


@pytest.mark.parametrize("path", ["pages/harbour-wall.html", "text/harbour-wall-page.txt"])
def test_newsletter_box_embedded_post_bio_and_comments_left_out_of_page_and_its_copy(path):
    article = load_article(Path(__file__).parent / "data" / path)
    assert (article.title, article.author) == ("Harbour wall to be rebuilt after winter storms", "Ann Bell")
    assert [block.text for block in article.blocks] == HARBOUR_WALL


def test_french_page_copy_with_cookie_banner_caption_teasers_and_paywall():
    article = load_article(TEXTS / "tramway-page-fr.txt")
    assert (article.title, article.author, article.date) == (
        "Le tramway de Brest prolongé jusqu'à l'hôpital en 2027", "Claire Le Goff", dt.datetime(2024, 3, 19, 18, 5, tzinfo=UTC),
    )
    texts = [block.text for block in article.blocks]
    assert texts[0] == "Le conseil métropolitain a voté le projet mardi soir, après deux ans de concertation."  # the standfirst
    assert len(texts) == 5 and texts[-1].endswith("pour ceux qui perdront du chiffre d'affaires.")
    assert not any("Photo" in text or "abonn" in text for text in texts)


def test_russian_page_copy_with_a_labelled_byline_caption_and_channel_plug():
    article = load_article(TEXTS / "park-page-ru.txt")
    assert (article.title, article.author, article.date) == (
        "В Казани откроют новый парк на берегу Казанки", "Ирина Соколова", dt.datetime(2024, 3, 20, 12, 40, tzinfo=UTC),
    )
    texts = [block.text for block in article.blocks]
    assert len(texts) == 4 and texts[-1].endswith("деревья не тронут.")


@pytest.mark.parametrize(
    ("line", "when"),
    [("Publié le 19 mars 2024 à 18h05", dt.datetime(2024, 3, 19, 18, 5)), ("Mis à jour le 3 avril 2024 à 9 h 30", dt.datetime(2024, 4, 3, 9, 30))],
)
def test_french_times_with_an_h(line, when):
    assert classify(line) is Role.DATELINE
    assert read_page_copy(f"Accueil\nSe connecter\nS'abonner\nPartager\nUn titre de test ici\n{line}\n" + "Une phrase assez longue pour être un paragraphe du texte. " * 3).date == when


def test_byline_of_names_and_a_date_set_apart_by_dots_is_not_the_title():
    body = [
        "The ferry between the two islands will run every hour from next month, the operator said on Thursday.",
        "It had run every two hours since the spring, when one of its two boats was taken out of service.",
    ]
    page = read_page_copy(
        "\n\n".join(["Home", "Sign in", "Share", "Subscribe now", "Island ferry to run every hour from June",
                     "Ann Bell · Courier News · Posted: May 3, 2024 4:00 PM ET | Last Updated: May 3", *body])
    )
    assert (page.title, page.date) == ("Island ferry to run every hour from June", dt.datetime(2024, 5, 3, 16, 0))
    assert page.blocks == [Block("paragraph", text) for text in body]


def test_long_runs_of_labels_playlists_and_furniture_read_in_linear_time():
    """Four times the furniture takes about four times as long, not sixteen (quadratic scans took minutes here)."""
    import time

    para = "The council said on Tuesday that the harbour wall would be rebuilt over the summer at a cost of two million pounds."

    def seconds(count: int) -> float:
        """The better of two timings: another process's load only ever adds to one."""
        lists = "\n".join(f"Related\nHeadline {i} here\nAnother one {i}\nShare" for i in range(count))
        playlist = "\n".join(f"{i % 10}:{i % 60:02d}\nVideo number {i}" for i in range(count))
        timings = []
        for _ in range(2):
            started = time.perf_counter()
            for text in (lists, playlist):
                page = read_page_copy(f"Home\nSign in\nShare\nSubscribe\n{text}\n{para}")
                assert [block.text for block in page.blocks] == [para]
            timings.append(time.perf_counter() - started)
        return min(timings)

    small = seconds(200)
    assert seconds(800) < 8 * small


def test_short_headline_shown_twice_is_still_the_title():
    body = [
        "The ferry company said on Monday that fares would rise by a tenth in June, the first rise in four years.",
        "Season tickets for islanders will stay at the same price until the end of the year, it said.",
    ]
    text = "\n\n".join(["Home", "Sign in", "Share", "Ferry fares to rise in June", "News", "Islands", "Ferry fares to rise in June", "By Ann Bell", *body, "Share"])
    page = read_page_copy(text)
    assert page.title == "Ferry fares to rise in June"
    assert page.blocks == [Block("paragraph", line) for line in body]


def test_pictures_with_captions_in_figures_and_media_boxes_are_dropped():
    article = load_article(Path(__file__).parent / "data" / "pages" / "mill-figures.html")
    assert article.title == "Old mill reopens as a museum"
    assert [block.text for block in article.blocks] == [
        "The old corn mill on the river Tame reopened on Saturday as a museum, twenty years after the last sacks of flour left it.",
        "Volunteers spent six winters repairing the wheel, the gears and the millstones, most of them by hand.",
        "The museum will be open on weekends from April to October, and entry is free for children under twelve.",
    ]


@pytest.mark.parametrize(
    "line, when",
    [
        ("21.dez.2018 às 12h55", (2018, 12, 21, 12, 55)),
        ("3 maggio 2024 alle 10:30", (2024, 5, 3, 10, 30)),
        ("12 maart 2023", (2023, 3, 12, 0, 0)),
        ("5. května 2024", (2024, 5, 5, 0, 0)),
        ("21 de dezembro de 2018", (2018, 12, 21, 0, 0)),
    ],
)
def test_dates_in_more_languages_stand_alone_as_datelines(line, when):
    assert classify(line) is Role.DATELINE
    assert find_date(line)[0].timetuple()[:5] == when


def test_a_byline_of_many_names_and_an_agency() -> None:
    line = "By Ann B. Rowe , Tom S.J. Reid, Li-Wei Chen, and Sam Bell, Coastal Wire"
    assert classify(line) is Role.BYLINE
    assert parse_byline(line).author.startswith("Ann B. Rowe")


def test_a_byline_that_shows_the_name_twice() -> None:
    assert parse_byline("Harbour Desk By Harbour Desk").author == "Harbour Desk"
    assert parse_byline("Ann Rowe by Tom Reid") is None
    assert classify("By the way, the river rose by two metres and the town had to close the school for a week and more.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "More about the vote will be known on Friday.",
        "Más sobre el puerto se sabrá el lunes, dijo el intendente.",
        "图书馆周一开放，读者可以在码头旁的新馆借阅图书。",
        "Le maire a suivi le débat en direct depuis la mairie.",
        "Follow the money, the inspector said, and you will find who lives off the port.",
    ],
)
def test_a_sentence_opening_with_more_about_stays_prose(line):
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Published: 10:00am, 20 Jan, 2020",  # am or pm glued to the time
        "Updated: 10:09 p.m., 20 Jan, 2020",
        "Posted 3:15pm ET, May 3, 2024",
        "-Aktualisiert am",  # a stamp's label set apart from its date
        "Published:",
        "Last updated",
        "Опубликовано",
        "May 3, 2024 by Ann Bell",  # a blog's stamp with its writer
        "11.05.2012, 10:22 von annbell",
        "3. Mai 2024 von Ann Bell",
    ],
)
def test_stamps_glued_set_apart_or_signed_are_datelines(line):
    assert classify(line) is Role.DATELINE


def test_a_window_title_with_a_long_headline_is_no_row_of_links():
    assert classify("Ferry fares to double next spring | Harbour | Courier | News") is not Role.JUNK


def test_a_sentence_opening_on_a_date_and_an_agent_is_no_dateline():
    assert classify("May 3, 2024 by the harbour board, which voted to close the quay") is not Role.DATELINE
