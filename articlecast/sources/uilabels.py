"""A site's fixed interface words standing as a whole line, in the languages articlecast reads.

A loading note ("Загрузка…", "Wird geladen…"), the notice that a link was copied, a button to add a
comment, an "editors' choice" or "partner content" box's label, a footer's links (privacy policy,
user agreement, site map) and "more news" links. English has most of them among :mod:`.furniture`'s
words; these are the same labels in Russian, Ukrainian, Polish and German, and the English ones
it lacked. Only whole lines count: the words inside a sentence are the article's.
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
    r")\W*",
    re.I,
)
UI_LABEL_MAX_WORDS = 6


def is_ui_label(text: str) -> bool:
    """Whether a whole line is one of a site's fixed interface labels (a loading note, "Ссылка скопирована",
    "Додати коментар", "Карта сайта", "Ещё больше новостей")."""
    text = text.strip()
    return len(text.split()) <= UI_LABEL_MAX_WORDS and bool(_LABEL.fullmatch(text))
