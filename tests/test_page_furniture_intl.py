"""Furniture of pages in other languages than English, on made-up lines: dates, share and comment calls, search help, offers."""

import pytest

from articlecast.sources.furniture import Role, classify
from articlecast.sources.comments import opens_comments
from articlecast.sources.linerole import own_role


@pytest.mark.parametrize(
    "line",
    [
        "09/04/2021",
        "09/04/2021 - 14:05",
        "publié le 09/04/2021 à 14:05, mis à jour à 15:10",
        "/ 09.04.2021, 14:05 Uhr",
        "opublikowano: 2021-04-09 14:05:33.120045+02:00",
    ],
)
def test_a_date_alone_in_any_dress_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


@pytest.mark.parametrize("line", ["Die Fähre kostet 12/15 Euro, je nach Saison.", "Page 3/5", "24/7"])
def test_figures_with_slashes_that_are_no_date_stay_what_they_are(line: str) -> None:
    assert classify(line) is not Role.DATELINE


@pytest.mark.parametrize(
    "line",
    ["Compartilhe essa notícia", "Partagez cet article", "Teilen Sie diesen Artikel", "Comparte esta noticia", "Поделитесь этой статьей"],
)
def test_a_call_to_share_the_story_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Oi, deixe seu comentário.",
        "Dejá tu comentario",
        "Laissez un commentaire",
        "Zostaw komentarz",
        "Você precisa estar logado para enviar comentários.",
        "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
        "You must be logged in to post a comment.",
        "Hinterlasse eine Antwort",
        "Kommentare Schreibe einen Kommentar",
        "12 Kommentare Hinterlasse einen Kommentar",
        "Deja una respuesta",
        "Добавить комментарий",
        "Vous devez vous connecter pour publier un commentaire.",
        "Musisz się zalogować, aby dodać komentarz.",
        "Réagir",
        "6 Comments",
        "14 réactions",
        "3 комментария",
        "Enviá tu comentario",
        "Send us your comment",
        "Envoyez votre commentaire",
        "Para dejar tu opinión tenés que ingresar con tu cuenta y comentar.",
        "Si querés comentar tenés que ingresar con tu usuario del diario.",
        "Send a Letter to the Editor",
        "Write us a letter to the editor",
        "Letters to the Editor",
        "One Response to “A winter on the ferry”",  # a blog's count of replies with the post's title
        "12 thoughts on \"Our trip to the lighthouse\"",
        "No Responses to “The harbour plan”",
    ],
)
def test_an_invitation_to_comment_opens_the_comments(line: str) -> None:
    assert opens_comments(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Anwohner hinterließen am Rathaus viele Kommentare zu dem Plan.",
        "Der Bürgermeister hat sich angemeldet und will die Kommentare der Bürger lesen, bevor der Rat entscheidet über den Hafen.",
        "Schreiben Sie dem Rat eine Antwort auf seine Fragen zum Hafen",
        "Les réactions",
        "6 comments in one evening made the council think again about the harbour fees.",
        "Send your comments on the harbour plan to the council by Friday.",
        "Para votar tenés que ingresar al padrón antes del viernes.",
        "The mayor wrote a letter to the editor of the Courier about the ferry fees last week.",
        "Two replies to “the harbour plan” were read out at the meeting.",
        "One response to the flooding was a new sea wall.",
    ],
)
def test_prose_about_comments_does_not_open_them(line: str) -> None:
    assert not opens_comments(line)


@pytest.mark.parametrize(
    "line",
    ["Tippen Sie Ihren Suchbegriff und drücken Sie Enter, mit ESC schließen Sie die Suche.", "Type and press Enter to search"],
)
def test_a_search_box_help_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_with_enter_and_search_is_prose() -> None:
    assert classify("Rescuers enter the flooded mine today to search for the two missing workers.") is Role.PROSE


@pytest.mark.parametrize("line", ["Offre spéciale. 3 mois pour 1€ sans engagement", "Jetzt 4 Wochen für 1 € lesen", "$2 for 3 months", "Je m'abonne"])
def test_a_subscription_offer_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize("line", ["Die Miete beträgt 900 Euro pro Monat", "Le loyer coûte 500 € par mois."])
def test_a_price_in_the_story_is_no_offer(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize("line", ["Agencia EFE", "Agence France-Presse", "Associated Press", "Agencja PAP", "Europa Press"])
def test_a_news_agency_named_alone_is_a_credit(line):
    assert classify(line) is Role.JUNK


def test_a_sentence_crediting_an_agency_stays():
    assert classify("Die Agentur Reuters meldete am Abend, dass der Hafen wieder offen ist.") is not Role.JUNK


@pytest.mark.parametrize("line", ["ab/PAP", "kw/dpa", "rs / EFE"])
def test_an_editor_s_initials_over_the_agency_sign_a_wire_story_off(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Click the map to download it as a PDF (2.4 MB).",
        "Vous pouvez télécharger la carte des marées en PDF en cliquant dessus. Poids du fichier 80 ko",
        "Hier können Sie die Tabelle der Fährzeiten als PDF herunterladen (120 KB).",
        "Kliknij w grafikę, aby pobrać plik PDF z rozkładem promów.",
    ],
)
def test_a_note_on_how_to_download_a_chart_or_a_document_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "The harbour board put the dredging plan online as a PDF, and skippers downloaded it by the hundred.",
        "Le port a publié son plan de dragage, que les plaisanciers ont téléchargé des centaines de fois.",
    ],
)
def test_a_sentence_about_a_download_in_the_story_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["12 marca 2024 Kraj transport, gmina, rzeka", "March 12, 2024 Local ferries, council, river", "12. März 2024 Region Fähre, Gemeinde"],
)
def test_a_date_followed_by_its_section_and_tag_list_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


@pytest.mark.parametrize(
    "line",
    ["12 marca 2024 rada gminy zdecydowała, że prom wróci przed wakacjami.", "Nachtrag 12.03.2024 10:30 Uhr:", "Update, March 12, 2024, 4 p.m.:"],
)
def test_a_dated_sentence_or_the_head_of_an_addendum_is_no_dateline(line: str) -> None:
    assert classify(line) is not Role.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "Noch 4 Gratis-Artikel in diesem Monat. Angebote ansehen",
        "You have 2 free articles left this month.",
        "Il vous reste 3 articles gratuits ce mois-ci.",
        "Den vollständigen Artikel lesen Sie in der Märzausgabe unseres Magazins, ab heute am Kiosk. (red)",
        "Dieser Beitrag stammt aus Heft 3/2024 des Magazins Fährwesen. Das Heft ist ab sofort im Handel erhältlich.",
        "Read the full story in the spring issue of our quarterly, on sale now.",
        "Published in the June 2023 issue of Harbour Quarterly",
        "First published in Autumn 2022 issue of The Ferry Review",
        "Erschienen in Ausgabe 4/2023 des Hafenmagazins",
        "Cały artykuł przeczytasz w najnowszym numerze tygodnika, dostępnym w kioskach.",
        "Полностью материал читайте в свежем номере журнала.",
        "Guter Journalismus kostet Geld. Deshalb gibt es unser Digital-Abo zum Kennenlernen.",
        "Quality journalism costs money. That is why we ask readers to subscribe.",
    ],
)
def test_a_meter_an_issue_note_or_the_price_of_journalism_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Der Verlag sagte, guter Journalismus koste Geld, und erhöhte die Preise für das Abo um zwei Euro.",
        "Die Bibliothek verleiht 4 Gratis-Exemplare des Romans an Schulen der Stadt, sagte die Leiterin am Montag.",
        "The council said the ferry will carry 40 free passengers on its first day back in service.",
    ],
)
def test_a_story_about_prices_or_free_copies_stays_prose(line: str) -> None:
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    ["149,00 €", "ab 39 Euro", "$24.99", "Angebot von Preisfinder | Preise inkl. MwSt. zzgl. Versand", "Weitere Angebote vergleichen",
     "Shop-Empfehlung für Fährticket Gold", "Compare prices"],
)
def test_a_shop_widgets_price_fine_print_or_button_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize("line", ["| von Ann Bell", "· par Anne Martin", "/ By Ann Bell"])
def test_a_byline_after_the_bar_that_set_its_date_apart_is_a_byline(line: str) -> None:
    assert classify(line) is Role.BYLINE


@pytest.mark.parametrize("line", ["| Politik", "/ Startseite", "· Die Fähre fährt wieder"])
def test_a_label_after_a_bar_is_no_byline(line: str) -> None:
    assert classify(line) is not Role.BYLINE


@pytest.mark.parametrize(
    "line",
    ["Beitragsbild: Die Fähre im Hafen von Westmere, 2019.", "Featured image: the old ferry at the pier", "Zdjęcie główne: prom w porcie"],
)
def test_a_note_on_the_posts_lead_picture_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_about_an_illustration_stays_prose() -> None:
    assert classify("Die Illustration zeigt die Fähre im Hafen von Westmere, wie sie 1920 ausgesehen haben soll.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Подробнее",
        "Читати далі",
        "Детальніше »",
        "Больше новостей",
        "Więcej informacji",
        "Weitere Informationen »",
        "Усі новини",
        "Вся стрічка >>>",
        "Вернуться к списку",
        "На головну",
        "More information",
    ],
)
def test_a_link_label_alone_is_navigation(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Подробнее о новых тарифах мэрия расскажет в понедельник.", "Усі новини про повінь у Карпатах зібрано на окремій сторінці міськради."],
)
def test_a_sentence_opening_with_a_link_label_word_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Надсилайте свої новини на пошту редакції tips@example.ua",
        "Маєте цікаву новину? Пишіть нам на пошту редакції.",
        "Присылайте нам фото и видео с места событий.",
        "Send in your news and pictures of the parade to the desk.",
        "Tell the town about your club's season by submitting a news release to the Valley Gazette.",
    ],
)
def test_the_site_asking_its_reader_for_news_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Мэр попросил жителей присылать фото подтопленных дворов в районные советы.",
        "The ministry said it would submit a news release on the harbour project next week.",
    ],
)
def test_a_report_of_someone_asking_for_pictures_or_news_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter, щоб повідомити редакцію.",
        "Если вы нашли опечатку, выделите фрагмент текста и нажмите Ctrl + Enter.",
        "Found a mistake? Highlight it and press Ctrl+Enter.",
    ],
)
def test_the_note_on_reporting_a_typo_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Ілюстративне фото", "Фото з відкритих джерел", "Иллюстративное фото", "Фото из открытых источников", "Скриншот з відео"],
)
def test_a_note_that_a_picture_is_illustrative_or_borrowed_is_a_caption(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Фото з відкритих джерел показують, що міст над річкою досі стоїть.",
        "Скриншот з відео, який оприлюднила поліція, показує номер авто.",
    ],
)
def test_a_sentence_about_such_pictures_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Хочете дізнаватися новини першими? Підписуйтесь на наш Viber", "Хотите быть в курсе событий? Подписывайтесь на наш Telegram"],
)
def test_a_question_before_a_call_to_follow_the_site_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_question_and_an_answer_about_a_channel_stay() -> None:
    assert classify("Що змінилося? Стежте за нами, відповів тренер, і побачите на полі.") is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "При цитуванні матеріалів сайту гіперпосилання на першоджерело обов'язкові.",
        "При перепечатке материалов активная гиперссылка на сайт обязательна.",
    ],
)
def test_terms_of_reuse_in_other_inflections_are_a_legal_notice(line: str) -> None:
    assert classify(line) is Role.BREAK


@pytest.mark.parametrize(
    "line",
    [
        "Думка автора може не збігатися з позицією редакції.",
        "Мнение автора может не совпадать с позицией редакции",
        "Ця колонка є особистою думкою авторки.",
        "The views expressed in this column are the writer's own.",
        "Die Meinung der Gastautorin muss nicht mit der Meinung der Redaktion übereinstimmen.",
        "المقالات المنشورة هنا تعبر عن رأي كاتبيها فقط.",
        "التعليقات المنشورة أسفل الخبر لا تعبر عن رأي الصحيفة.",
    ],
)
def test_a_note_that_a_column_speaks_for_its_author_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_the_rules_over_arabic_comments_are_furniture() -> None:
    assert classify("يرحب الموقع بمشاركاتكم، ونحتفظ بحق حذف التعليقات المسيئة قبل نشرها.") is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Мер визнав, що його думка може не збігатися з позицією обласної ради.",
        "Эксперты отметили, что мнение автора отчёта может не совпадать с позицией министерства.",
        "The mayor said the views expressed at the hearing were not binding on the council.",
        "وقال الوزير إن البيان لا يعبر عن رأي الحكومة في المفاوضات.",
    ],
)
def test_a_report_of_differing_views_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Час читання: 4 хв", "Время чтения: 3 мин", "5 хв читання", "Lesezeit: 6 Min.", "Версія для друку", "Сообщить об ошибке", "На правах реклами", "Партнерский материал"],
)
def test_a_reading_time_a_paid_label_or_a_button_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Новини за темою", "Головне за день", "Найбільше читають", "Усі статті авторки", "Все статьи автора", "Новини за темою: Міст через річку відкриють восени"],
)
def test_labels_over_lists_of_other_stories_are_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Щоб отримувати головні новини тижня, підпишіться на нашу розсилку", "Чтобы не пропустить главное, подпишитесь на нашу рассылку"],
)
def test_a_newsletter_pitch_with_its_call_last_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "The ferry story was published in the May issue of the island's newsletter, the skipper said.",
        "She first appeared in an issue of the Courier in 1998, long before the harbour was rebuilt.",
    ],
)
def test_prose_naming_an_issue_is_no_issue_note(line: str) -> None:
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Twoja przeglądarka nie obsługuje JavaScript",
        "Aby czytać dalej, włącz w swojej przeglądarce obsługę skryptów i odśwież Twoją stronę.",
        "Wypróbuj prenumeratę cyfrową",
        "Zamów prenumeratę",
        "Sprawdź regulamin i politykę prywatności.",
    ],
)
def test_a_polish_browser_notice_and_a_subscription_offer_are_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Sprawdź, co zmieni się w rozkładzie jazdy tramwajów od poniedziałku.",
        "Kup pan cegłę",
        "Przeglądarka internetowa z Krakowa zdobyła nagrodę na targach w Berlinie, a jej twórcy planują dalszy rozwój.",
    ],
)
def test_polish_lines_that_only_share_a_word_with_such_notices_stay_prose_or_short(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Weiterlesen nach der Anzeige",
        "Dalszy ciąg materiału pod reklamą",
        "Продолжение ниже",
        "Продовження статті після реклами",
        "La suite après la publicité",
        "Реклама. ООО «Северный ветер», ИНН 7701234567",
        "erid: 4CQwVszH9pWuC",
        "Оцените статью",
        "Oceń artykuł",
        "Zgłoś błąd",
        "Мнение редакции может не совпадать с мнением автора",
        "Думка редакції може не збігатися з позицією автора",
        "Symbolbild",
        "Zdjęcie ilustracyjne / Archiwum",
        "Иллюстрация",
        "Новини по темі",
        "Popular news",
    ],
)
def test_site_notes_ad_marks_picture_labels_and_list_labels_in_other_languages_are_furniture(line: str) -> None:
    assert own_role(line) in (Role.JUNK, Role.TEASER)


@pytest.mark.parametrize(
    "line",
    ["Дата публикации: 3 апреля 2025", "Дата публікації: 3 квітня 2025, 09:40", "Data publikacji: 03.04.2025", "Date of publication: 3 April 2025"],
)
def test_a_date_after_a_publication_date_label_is_a_dateline(line: str) -> None:
    assert own_role(line) is Role.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "Иллюстрация этого принципа нашлась в городском архиве.",
        "Продолжение истории мы узнали через год.",
        "Data publikacji raportu przesunęła się na 3 kwietnia 2025 r.",
        "Реклама на остановках появится в мае, сообщили в мэрии.",
    ],
)
def test_sentences_that_open_like_those_notes_stay_text(line: str) -> None:
    assert own_role(line) in (Role.PROSE, Role.SHORT)


@pytest.mark.parametrize(
    "line",
    [
        "Externer Inhalt",
        "Empfohlener redaktioneller Inhalt",
        "Hier steht ein externer Inhalt von einem Videodienst. Sie können ihn mit einem Klick laden und wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Content unavailable",
        "Video duration 1:42",
        "Treść niedostępna",
        "Aby obejrzeć ten film, włącz obsługę JavaScript.",
        "Контент недоступен",
        "Вміст недоступний",
    ],
)
def test_what_stands_in_for_an_embed_the_page_did_not_load_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt will externe Inhalte kaufen, doch der Rat ist nicht einverstanden.",
        "The external content of the audit was checked twice by the board.",
        "Контент недоступен для жителей трёх районов уже неделю, жалуются читатели.",
    ],
)
def test_sentences_about_external_or_unavailable_content_stay(line: str) -> None:
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Related Posts",
        "Similar articles",
        "You might also be interested in:",
        "Ähnliche Beiträge",
        "Interessante Artikel",
        "Das könnte dich auch interessieren:",
        "Diese Themen könnten Sie auch interessieren",
        "Вам также может быть интересно",
        "Похожие новости",
        "Вам також може бути цікаво",
        "Схожі статті",
        "Może Cię także zainteresować",
        "Powiązane artykuły",
    ],
)
def test_a_label_over_links_to_other_stories_is_furniture_and_lists_them(line: str) -> None:
    from articlecast.sources.listlabels import is_label_line

    assert is_label_line(line)
    assert classify(line) is Role.JUNK


def test_a_sentence_saying_something_may_interest_the_reader_stays_prose() -> None:
    assert classify("Das könnte dich auch interessieren, wenn du im Sommer mit der Fähre nach Westmere fahren willst.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    ["Hauptnavigation", "Main navigation", "Seitennummerierung", "Breadcrumb", "Startseite", "Strona główna", "Головне меню", "Навигация"],
)
def test_the_name_of_a_page_region_or_the_link_home_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_site_address_over_its_tagline_is_furniture_but_a_sentence_naming_a_site_is_not() -> None:
    assert classify("westmere-courier.de - Das Magazin für alle, die gern mit der Fähre reisen.") is Role.JUNK
    assert classify("Westmere-Courier.de berichtete am Montag, dass die Fähre im Winter seltener fahren soll.") is Role.PROSE


@pytest.mark.parametrize(
    "line",
    ["Dein Browser kann dieses Video nicht abspielen.", "Ihr Browser unterstützt keine HTML5-Videos.", "Ваш браузер не поддерживает видео.", "Ваш браузер не підтримує відтворення відео."],
)
def test_a_player_s_note_that_the_browser_cannot_play_it_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "This article is also available in Spanish.",
        "Lesen Sie diesen Artikel auf Englisch",
        "Читайте этот материал на украинском языке",
        "Читати російською",
        "Версия на русском",
        "Цей матеріал також доступний англійською",
        "Przeczytaj ten artykuł po ukraińsku",
    ],
)
def test_a_link_to_the_piece_in_another_language_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Ihr Browser war schuld, sagte der Techniker der Stadtwerke am Montag vor Gericht in Westmere.",
        "English version of the report was published on Monday by the harbour board in Westmere.",
        "Читайте російською мовою лише тоді, коли немає українського перекладу, радить викладачка з Вестмера.",
    ],
)
def test_sentences_about_browsers_or_languages_stay_prose(line: str) -> None:
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    ["« Zurück zur Übersicht", "Zurück zu den Veranstaltungen", "Назад к списку новостей", "Назад до списку новин", "Powrót do listy", "Nach oben", "Вгору", "Suche"],
)
def test_links_back_to_a_list_to_the_top_or_to_the_search_are_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize("line", ["Zurück zur Normalität", "Powrót do przeszłości"])
def test_a_subheading_that_opens_like_a_back_link_stays(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize("line", ["Weiterführende Links:", "Verwandte Themen auf unserem Blog:", "Links zum Thema"])
def test_more_german_labels_over_links_are_furniture(line: str) -> None:
    from articlecast.sources.listlabels import is_label_line

    assert is_label_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Загрузка...",
        "Завантаження…",
        "Wird geladen …",
        "Ссылка скопирована",
        "Посилання скопійовано!",
        "Сообщить об опечатке",
        "Додати в обране",
        "Перейти к комментариям",
        "Zur Startseite",
        "Bild vergrößern",
        "Was this article helpful?",
        "Yes No",
        "Czy ten artykuł był pomocny?",
        "Listen (4 min)",
        "Главные новости",
        "Mehr aus Politik",
        "Больше новостей — в нашем телеграм-канале.",
        "Більше новин — у нашому Telegram-каналі",
        "More news on our Facebook page",
        "Video player is loading.",
        "This video can not be played",
        "Click to expand",
        "Presented by Harbour Bank",
        "Thanks for signing up!",
        "4 min read",
        "My account",
        "Link kopiert",
        "Добавить комментарий",
        "Додати коментар",
        "Dodaj komentarz",
        "Выбор редакции",
        "Вибір редакції",
        "Новости партнёров",
        "Матеріали партнерів",
        "Карта сайта",
        "Політика конфіденційності",
        "Пользовательское соглашение",
        "Datenschutzerklärung",
        "Impressum",
        "Мы в соцсетях",
        "Ещё больше новостей",
        "Більше новин",
        "Site map",
        "Нравится",
        "Все комментарии",
        "Увійдіть, щоб залишити коментар",
        "Наверх",
        "18+",
        "Скриншот",
        "Коллаж: Городские новости",
        "Главная / Новости / Общество",
        "Startseite / Panorama / Wetter",
        "Редактор: Анна Смирнова",
        "Матеріал підготувала Ганна Шевченко",
        "Edited by Ann Bell and Tom Rowe",
        "Тема: Паромная переправа",
        "Читать 3 мин",
        "Новость дополняется",
        "Це термінова новина, подробиці згодом",
        "Dieser Artikel wird laufend aktualisiert",
        "Смотрите видео",
        "Поділитися в соцмережах",
        "Видео",
        "Фоторепортаж",
        "Гортайте вправо",
        "Читайте по теме: Паром вышел в рейс после ремонта",
        "Więcej na ten temat",
        "Фото носит иллюстративный характер.",
        "Світлина має ілюстративний характер",
        "Фото Ивана Петрова",
        "Скриншот из видео",
        "Зображення згенероване ШІ",
        "Image generated by AI",
        "Bild: KI-generiert",
        "Просмотров: 1 234 Комментариев: 5",
        "1 234 просмотра · 5 комментариев",
        "Переглядів: 5678",
        "Aufrufe: 1.234",
        "Підтримати редакцію",
        "Есть новость? Пишите в наш Telegram-бот",
        "Masz temat? Napisz do nas",
        "Оформить подписку",
        "Свіжий номер",
        "Вакансии",
    ],
)
def test_a_sites_fixed_interface_label_standing_alone_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Загрузка судов в порту выросла на треть за год, сообщил директор порта на встрече с рыбаками.",
        "Карта сайта городской библиотеки устарела, признали в мэрии и пообещали обновить её к осени.",
        "Новости партнёров компании обсуждали на собрании акционеров во вторник вечером в Самаре.",
        "Більше новин про поромну переправу рада обіцяє оприлюднити наступного тижня на своєму сайті.",
        "Das Impressum der Fährgesellschaft nennt eine Adresse, die es nicht gibt, sagte die Verbraucherzentrale.",
        "Редактор отдела новостей Анна Смирнова рассказала, что паром снова вышел в рейс по расписанию.",
        "Тема: почему паром опоздал? Рассказываем по порядку, что случилось в порту во вторник утром.",
        "Новость дополняется новыми подробностями каждый час, пообещали в пресс-службе порта во вторник.",
        "Фото Ивана Петрова с парома стало вирусным после публикации в сети в понедельник вечером.",
        "Mehr aus Politik und Wirtschaft wollte der Hafenmeister am Dienstag nicht sagen, auch nicht auf Nachfrage.",
        "Сообщить об опечатке в расписании пассажиры могут по телефону горячей линии порта, добавили там.",
        "Supported by a grant from the council, the ferry will run every hour until the end of the summer.",
        "Больше новостей о пароме публикует агентство в своем телеграм-канале, отметили в порту.",  # not the site's own channel
    ],
)
def test_the_same_words_inside_a_sentence_stay_the_article(line: str) -> None:
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Використання матеріалів дозволяється лише за умови посилання на наш портал.",
        "Цитирование материалов разрешается только при наличии гиперссылки на сайт.",
    ],
)
def test_the_sites_terms_for_reusing_its_pieces_close_the_article(line: str) -> None:
    assert classify(line) is Role.BREAK


@pytest.mark.parametrize(
    "line",
    [
        "Следите за новостями в нашем канале в Дзене",
        "Будьте в курсе главных событий — подписывайтесь на наш канал",
        "Читайте нас в Google News",
        "Підписуйтесь на наш Viber",
        "Stay up to date: follow us on Telegram",
    ],
)
def test_a_call_to_follow_the_site_on_any_network_or_its_channel_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_that_opens_with_the_same_verb_stays_the_article() -> None:
    assert classify("Следите за развитием событий, сказал губернатор и сослался на свой канал в Telegram.") is Role.PROSE


@pytest.mark.parametrize("line", ["2 часа назад", "5 хвилин тому", "vor 3 Stunden", "2 godziny temu", "только что"])
def test_a_stamp_of_how_long_ago_the_piece_went_up_is_furniture_as_in_english(line: str) -> None:
    assert classify(line) is classify("2 hours ago") is Role.BREAK


@pytest.mark.parametrize(
    "line",
    [
        "Обновлено 12 марта 2024 в 14:05 (мск)",
        "12 марта 2024 в 14:05 по московскому времени",
        "Оновлено 12 березня 2024 о 14:05 за київським часом",
    ],
)
def test_a_date_with_its_time_zone_in_words_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


def test_a_sentence_about_long_ago_stays_the_article() -> None:
    assert classify("Два года назад паром затонул у причала, и с тех пор остров жил без переправы.") is Role.PROSE


@pytest.mark.parametrize("line", ["Online seit heute, 08.15 Uhr", "Online seit gestern, 17.40 Uhr", "Online since today, 9:05"])
def test_a_line_saying_since_when_the_story_is_online_is_a_dateline(line: str) -> None:
    assert classify(line) is Role.DATELINE


def test_a_sentence_about_being_online_since_a_day_is_no_dateline() -> None:
    assert classify("Der Laden ist seit heute, 8.15 Uhr, auch online für alle Kunden erreichbar.") is not Role.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "przeczytanie zajmie 6 min",
        "Lesedauer: 3 Minuten",
        "Lesezeit ca. 7 Min.",
        "Прочтение займёт 5 минут",
        "Читання займе 4 хв",
        "It takes 8 minutes to read",
    ],
)
def test_a_reading_time_said_as_a_sentence_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_about_how_long_reading_takes_someone_is_kept() -> None:
    assert classify("Für die Lektüre des ganzen Berichts brauchte die Kommission drei Wochen.") is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Witamy na stronie Towarzystwa Przyjaciół Rzeki. Piszemy o przyrodzie, historii i ludziach znad Warty. Zapraszamy do lektury.",
        "Herzlich willkommen auf der Website des Heimatvereins Birkenau! Hier berichten wir über unsere Arbeit im Ort.",
        "Welcome to our website. We write about the valley's farms, trails and people every week.",
        "Добро пожаловать на сайт краеведческого общества. Мы рассказываем об истории города.",
    ],
)
def test_a_sites_welcome_box_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to the new normal, the minister said, as the ferry fares rose for the third time this year.",
        "Willkommen im Club der Frühaufsteher: Die Bäckerei am Markt öffnet künftig schon um fünf Uhr.",
    ],
)
def test_a_story_opening_with_a_welcome_is_kept(line: str) -> None:
    assert classify(line) is not Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Czytasz nowy cykl na naszym portalu. Wesprzyj nas darowizną, a będziemy pisać dalej.",
        "Dieser Text ist frei lesbar. Unterstützen Sie unser Magazin mit einer Spende!",
        "This piece is free to read. Please donate to keep our website running.",
    ],
)
def test_a_donation_appeal_for_the_site_itself_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Tipp: Auf der Seite Pressemitteilungen finden Sie alle Meldungen des Amtes. Ältere Zahlen können Sie auf der Seite Archiv nachlesen.",
        "You can find all our reports on the Archive page.",
        "Wszystkie komunikaty znajdziesz na stronie Aktualności.",
    ],
)
def test_a_note_pointing_to_other_pages_of_the_site_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "The full report is on the ministry's website, officials said on Tuesday.",
        "Die Zahlen für den Landkreis finden Sie in der Tabelle unten.",
    ],
)
def test_a_sentence_naming_a_website_is_no_pointer(line: str) -> None:
    assert classify(line) is not Role.JUNK
