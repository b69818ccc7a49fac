"""A site's fixed interface words standing as a whole line, in the languages articlecast reads.

A loading note ("Загрузка…", "Wird geladen…"), the notice that a link was copied, a button to add a
comment, an "editors' choice" or "partner content" box's label, a footer's links (privacy policy,
user agreement, site map), "more news" links, reaction buttons, "back to top", an age label, a lone
picture label, a report-a-typo or feedback button, a video player's message, a sponsor's label. English has most
of them among :mod:`.furniture`'s words; these are the same labels
in Russian, Ukrainian, Polish and German, and the English ones it lacked. Also the line crediting
the editor ("Редактор: Анна Смирнова") and a topic tag ("Тема: …"). Only whole lines count: the
words inside a sentence are the article's.
"""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(?:"
    # loading notes
    r"загрузка|идет загрузка|идёт загрузка|завантаження|триває завантаження|ładowanie|trwa ładowanie|wird geladen|lädt"
    # a copied link, a button to copy one
    r"|link copied|ссылка скопирована|посилання скопійовано|link skopiowany|link kopiert|link wurde kopiert"
    r"|скопировать ссылку|скопіювати посилання|skopiuj link|link kopieren"
    # buttons to comment
    r"|add (?:a )?comment|добавить комментарий|оставить комментарий|написать комментарий|додати коментар|залишити коментар"
    r"|написати коментар|dodaj komentarz|napisz komentarz|kommentar hinzufügen"
    # boxes of picks and partners' pieces
    r"|выбор редакции|вибір редакції|wybór redakcji|empfehlungen der redaktion|редакция рекомендует|редакція рекомендує"
    r"|партн[её]рские материалы|материалы партн[её]ров|новости партн[её]ров|матеріали партнерів|новини партнерів|партнерські матеріали"
    r"|новости сми2|materiały partnerów|partnerinhalte|partner-inhalte"
    # a footer's links
    r"|site ?map|карта сайта|карта сайту|mapa (?:strony|serwisu)"
    r"|политика конфиденциальности|політика конфіденційності|пользовательское соглашение|угода користувача|користувацька угода"
    r"|datenschutz(?:erklärung|hinweise)?|impressum|regulamin(?: serwisu)?"
    # follows on networks, more news
    r"|мы в соцсетях|мы в социальных сетях|ми в соцмережах|ми в соціальних мережах|jesteśmy w mediach społecznościowych"
    r"|(?:ещ[её]|ще) больше новостей|больше новостей|ще більше новин|більше новин|więcej wiadomości|weitere nachrichten|mehr nachrichten"
    r"|even more news|more stories"
    # reactions, comment counts and logins, back to the top, an age label, a lone picture label
    r"|нравится|не нравится|подобається|не подобається|dislike|polub|gefällt mir"
    r"|все комментарии|всі коментарі|усі коментарі|all comments|alle kommentare|wszystkie komentarze"
    r"|комментариев нет|коментарів немає|коментарів ще немає|brak komentarzy|keine kommentare"
    r"|(?:войдите|авторизуйтесь),? чтобы (?:оставить )?комментировать|(?:войдите|авторизуйтесь),? чтобы оставить комментарий"
    r"|для комментирования (?:войдите|авторизуйтесь)|увійдіть,? щоб (?:залишити коментар|коментувати)"
    r"|zaloguj się,? aby (?:skomentować|dodać komentarz)|melden sie sich an,? um zu kommentieren"
    r"|вернуться к началу|наверх|повернутися до початку|zurück nach oben|powrót do góry|\d{1,2}\+"
    r"|скриншот|скріншот|screenshot|zrzut ekranu|bildschirmfoto|иллюстрация|ілюстрація|инфографика|інфографіка|infographic"
    r"|infografik|infografika"
    # a story still being written, a call to watch its video or share it, a gallery's labels
    r"|(?:эта )?новость (?:дополняется|обновляется|обновлена|будет дополнена)|(?:ця )?новина (?:доповнюється|оновлюється|оновлена|буде доповнена)"
    r"|материал (?:дополняется|обновляется)|матеріал (?:доповнюється|оновлюється)|информация уточняется|інформація уточнюється"
    r"|(?:this is a )?developing story|this story is developing|story updated|dieser (?:artikel|beitrag) wird (?:laufend )?aktualisiert"
    r"|(?:artykuł|tekst) (?:jest|będzie) aktualizowany|(?:это )?срочная новость,? подробности (?:позже|скоро)"
    r"|(?:це )?термінова новина,? (?:подробиці|деталі) (?:згодом|незабаром)|breaking news,? more to follow"
    r"|смотрите видео|дивіться відео|zobacz wideo|video ansehen"
    r"|поделиться в (?:соцсетях|социальных сетях)|поділитися в (?:соцмережах|соціальних мережах)|share on social media"
    r"|фото|видео|відео|photo|video|wideo|zdjęcie|фоторепортаж|фотогалерея|photo gallery|galeria zdjęć|bildergalerie|fotostrecke"
    r"|все фото|усі фото|всі фото|all photos|alle bilder|weitere bilder|wszystkie zdjęcia|листайте (?:вправо|дальше)"
    r"|гортайте (?:вправо|далі)|swipe (?:right|left)"
    # asks for money, news tips and subscriptions, the print edition, jobs
    r"|поддержать (?:редакцию|нас|проект|издание)|підтримати (?:редакцію|нас|проєкт|проект|видання)|стати патроном|задонатить"
    r"|задонатити|wesprzyj nas|(?:есть|у вас есть) новость\?? пишите (?:нам|в [\w-]+(?: [\w-]+)?)"
    r"|(?:маєте|є) новину\?? пишіть (?:нам|в [\w-]+(?: [\w-]+)?)|сообщить новость|прислать новость|надіслати новину|повідомити новину"
    r"|send us (?:a |your )?tips?|have a (?:story|tip)\?? contact us|hast du einen hinweis\?? schreib uns|masz temat\?? napisz do nas"
    r"|подписка|передплата|оформить подписку|оформити передплату|свежий номер|свіжий номер|архив номеров|архів номерів"
    r"|pdf-верси[яі]|подписаться на новости|підписатися на новини|получайте новости первыми|отримуйте новини першими"
    r"|новости на почту|новини на пошту|unsere app|вакансии|вакансії|стань автором|стати автором|реклама в нашем издании"
    # reports of a typo, favourites, jumps to the comments or the home page, a larger picture, a feedback widget
    r"|сообщить об (?:опечатке|ошибке)|повідомити про (?:помилку|друкарську помилку)|zgłoś (?:błąd|literówkę)|fehler melden"
    r"|report (?:a typo|an error|a mistake)|(?:добавить )?в избранное|додати (?:в|до) (?:обране|обраного)|add to favou?rites"
    r"|zu favoriten hinzufügen|dodaj do ulubionych|перейти к комментариям|перейти до коментарів|go to comments|zu den kommentaren"
    r"|przejdź do komentarzy|(?:bild|foto) vergrößern|увеличить (?:фото|изображение)|збільшити (?:фото|зображення)|powiększ (?:zdjęcie)?|enlarge (?:image|photo)"
    r"|feedback (?:senden|geben)|send feedback|(?:was|is) this (?:article|page|story) (?:helpful|useful)|yes,? no"
    r"|(?:была ли|была) (?:эта )?статья полезной|чи (?:була )?(?:ця )?стаття корисною|war (?:dieser|der) (?:artikel|beitrag) hilfreich"
    r"|czy (?:ten )?artykuł był pomocny|listen \(\d+ min\)"
    # a player's messages, expand buttons, sponsors' labels, a sign-up's thanks, account links
    r"|(?:the )?video player is loading|this video (?:can ?not|cannot|can't) be played|your browser does not support (?:the )?video(?: tag)?"
    r"|(?:click|tap) to (?:expand|enlarge|play)|supported by|(?:presented|sponsored|brought to you) by [\w&.' -]{2,30}|in partnership with [\w&.' -]{2,30}"
    r"|thanks? (?:you )?for (?:signing up|subscribing)|(?:add|follow) (?:this )?topic|my account|site index"
    r"|видео загружается|відео завантажується|спасибо за подписку|дякуємо за підписку|danke für (?:ihre|deine) anmeldung|dziękujemy za zapisanie się"
    r")\W*",
    re.I,
)
UI_LABEL_MAX_WORDS = 6
_COUNT = r"\d[\d\s,.]*\d|\d"
_COUNTED = (
    r"просмотр\w*|переглядів|перегляди|перегляд|views?|reads|aufrufe|wyświetle\w*|odsłon\w*"
    r"|комментари\w*|коментар\w*|comments?|kommentare|komentarz\w*|shares|репост\w*|лайк\w*|likes"
)
_COUNTER = re.compile(
    rf"(?:(?i:{_COUNTED})\s*:?\s*(?:{_COUNT})|(?:{_COUNT})\s+(?i:{_COUNTED}))(?:\s*[|·•,]?\s*(?:(?i:{_COUNTED})\s*:?\s*(?:{_COUNT})|(?:{_COUNT})\s+(?i:{_COUNTED})))*"
)
"""A piece's counters: how often it was viewed, commented on or shared ("Просмотров: 1 234 Комментариев: 5", "1,234 views")."""
COUNTER_MAX_WORDS = 10
_TOPIC = re.compile(r"(?i:тема|сюжет|тема дня|thema|tema|temat)\s*:\s*[^.!?:]{1,60}")
"""The story's topic as a tag ("Тема: Выборы в Европарламент"), a heading's label with no sentence after it."""
TOPIC_MAX_WORDS = 8
_NAME = r"[A-ZА-ЯЁЄІЇҐ][\w'’.-]+"
_EDITOR_CREDIT = re.compile(
    rf"(?:(?:(?i:редактор|редакторка|выпускающий редактор|випусковий редактор|editor|redaktor|redaktorka|redakcja|redaktion|lektorat"
    rf"|корректор|коректор))\s*:|(?i:edited by|bearbeitet von|материал подготовил[аи]?|матеріал підготував|матеріал підготувала"
    rf"|матеріал підготували|подготовил[аи]?|підготував|підготувала|підготували))\s+{_NAME}(?:\s+{_NAME}){{0,2}}"
    rf"(?:\s*(?:,|и|і|та|and|und|i)\s+{_NAME}(?:\s+{_NAME}){{0,2}})?\.?"
)
"""The editor or the person who put the piece together, named alone on a line ("Редактор: Анна Смирнова", "Матеріал
підготувала Ганна Шевченко", "Edited by Ann Bell"): the page's credits, not its text."""


_MENU_BUTTON = re.compile(r"[▾▼⌄˅⏷]$")
"""A drop-down menu's button: its label over the caret that opens it ("Save to ▾", "Share ▼")."""
MENU_BUTTON_MAX_WORDS = 4


def is_ui_label(text: str) -> bool:
    """Whether a whole line is one of a site's fixed interface labels (a loading note, "Ссылка скопирована",
    "Додати коментар", "Карта сайта", "Ещё больше новостей", "Нравится", "Наверх"), the editor's credit, the story's topic, its view and comment counters
    or a drop-down menu's button ("Save to ▾")."""
    text = text.strip()
    words = len(text.split())
    return (
        (words <= UI_LABEL_MAX_WORDS and bool(_LABEL.fullmatch(text)))
        or bool(_EDITOR_CREDIT.fullmatch(text))  # its pattern bounds its length
        or (words <= TOPIC_MAX_WORDS and bool(_TOPIC.fullmatch(text)))
        or (words <= COUNTER_MAX_WORDS and bool(_COUNTER.fullmatch(text)))
        or (words <= MENU_BUTTON_MAX_WORDS and bool(_MENU_BUTTON.search(text)))
    )
