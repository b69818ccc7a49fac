"""The site's notes about the piece itself, none of them its text: how long it takes to read, that its views are its
author's own, that it is paid for, and the buttons to print it or report a mistake in it.

- a reading time in words ("Час читання: 3 хв", "Время чтения: 2 мин", "Lesezeit: 4 Min."; "3 min read" is
  :mod:`.furniture`'s);
- an opinion disclaimer ("The views expressed are the author's own", "Думка автора може не збігатися з позицією
  редакції", "Мнение автора может не совпадать с позицией редакции", "الآراء الواردة أدناه لا تعبر عن رأي الموقع"), which
  closes columns and blog posts, or stands over their comments;
- a label saying the piece is paid for ("На правах реклами", "Партнерский материал"), or an ad's legal marking
  ("Реклама. ООО «…», ИНН …, erid: …");
- a note that the article goes on below an ad ("Weiterlesen nach der Anzeige", "Продолжение ниже");
- a button to print the piece, rate it, discuss it or report a mistake in it ("Версія для друку", "Оцените статью", "Сообщить об ошибке");
- a player's note that the browser cannot play it ("Dein Browser kann dieses Video nicht abspielen.");
- a link to the piece in another language ("Read this article in Ukrainian", "Читати російською", "Версия на русском").
"""

from __future__ import annotations

import re

_UNIT = r"(?:min(?:ute)?s?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|minuten|minut[ya]?)\.?"
_READING_TIME = re.compile(
    r"^(?:(?:reading time|read time|час читання|время чтения|время прочтения|lesezeit|lesedauer|czas czytania|temps de lecture"
    rf"|tiempo de lectura|tempo di lettura)\s*[:—–-]?\s*(?:~|≈|около|близько|ca\.?|etwa|około|ok\.|about|approx\.?)?\s*\d+(?:[-–]\d+)?\s*{_UNIT}"
    # the time as a sentence: "przeczytanie zajmie 4 min", "Прочтение займёт 3 минуты", "It takes 5 minutes to read"
    rf"|(?:przeczytanie|czytanie|lektura)(?: (?:tekstu|artykułu))? zajmie(?: (?:ci|około|ok\.))?\s*\d+(?:[-–]\d+)?\s*{_UNIT}"
    rf"|(?:прочтение|чтение)(?: (?:статьи|материала|текста))? займ[её]т(?: около)?\s*\d+(?:[-–]\d+)?\s*{_UNIT}"
    rf"|(?:прочитання|читання)(?: (?:статті|матеріалу|тексту))? займе(?: близько)?\s*\d+(?:[-–]\d+)?\s*{_UNIT}"
    rf"|(?:it )?takes(?: about)?\s*\d+(?:[-–]\d+)?\s*{_UNIT} to read|\d+(?:[-–]\d+)?\s*{_UNIT} to read"
    rf"|\d+(?:[-–]\d+)?\s*{_UNIT}\s+(?:читання|чтения|на читання|на чтение|lesezeit|czytania|de lecture|de lectura|di lettura)"
    rf"|(?:читать|читати|czytaj|lesen|read|lire|leer)\s*[:—–-]?\s*\d+(?:[-–]\d+)?\s*{_UNIT})$",
    re.I,
)
"""A reading time alone, in words or after its number: "Reading time: 3 min", "Час читання: 3 хв", "2 мин чтения", "Читать 3 мин"."""
_GLUED_READING_TIME = re.compile(_READING_TIME.pattern.replace("^(?:", r"\s+(?:", 1) + r"\s*$", re.I)
"""A reading time glued after a page's meta line ("22 kwietnia 2021 przeczytanie zajmie 4 min")."""


def without_reading_time(text: str) -> str:
    """``text`` without a reading time glued to its end (the meta line it closes stays)."""
    return _GLUED_READING_TIME.sub("", text)
_OPINION_DISCLAIMER = re.compile(
    r"\b(?:views|opinions) expressed\b.{0,100}\b(?:authors?|writers?|contributors?|columnists?)['’]?s?\b.{0,30}\b(?:own|alone|solely)\b"
    r"|\b(?:views|opinions) expressed\b.{0,100}\bdo(?:es)? not necessarily (?:reflect|represent)\b"
    r"|\b(?:views|opinions) expressed\b.{0,40}\b(?:solely|only|entirely) (?:those )?of the (?:authors?|writers?|contributors?|columnists?)\b"
    r"|\b(?:думка|позиція|точка зору|погляди) (?:автора|авторки|авторів)\b.{0,60}\b(?:може не|можуть не|не обов['’]?язково|не завжди)\b"
    r".{0,40}\bредакці\w*"
    r"|\bредакція (?:може не|не завжди|не обов['’]?язково) (?:поділя|розділя)\w*"
    r"|^(?:ця |цей |ця )?(?:колонка|блог|матеріал|стаття|текст|публікація) (?:є|відображає|висловлює) (?:виключно )?(?:особист\w+ )?"
    r"(?:думк\w+|позиці\w+|погляд\w*|точк\w+ зору) (?:автора|авторки|авторів)"
    r"|\b(?:мнение|позиция|точка зрения) (?:автора|авторов)\b.{0,60}\b(?:может не|могут не|не обязательно|не всегда)\b.{0,40}\bредакци\w*"
    r"|\bредакция (?:может не|не всегда|не обязательно) (?:разделя|совпада)\w*"
    r"|\b(?:мнение|позиция|точка зрения) редакции (?:может не|не всегда|не обязательно) совпада\w* с (?:мнением|позицией|точкой зрения) (?:автора|авторов)"
    r"|\b(?:думка|позиція|точка зору) редакції (?:може не|не завжди|не обов['’]?язково) збіга\w* (?:з|із) (?:думкою|позицією|точкою зору) (?:автора|авторки|авторів)"
    r"|\bopinia redakcji (?:nie musi|nie zawsze) (?:być zgodna|pokrywać się) z (?:opinią|poglądami) (?:autora|autorów)"
    r"|^(?:эта |этот )?(?:колонка|блог|материал|статья|текст|публикация) (?:является|отражает|выражает) (?:исключительно )?(?:личн\w+ )?"
    r"(?:мнени\w+|позици\w+|взгляд\w*|точк\w+ зрения) (?:автора|авторов)"
    r"|\b(?:meinung|ansicht|standpunkt) (?:des|der) (?:autors?|autorin|gastautors?|gastautorin)\b.{0,60}\bnicht\b.{0,60}\b(?:redaktion|verlag\w*|herausgeber\w*)"
    r"|\bn['’]engagent? que (?:leurs?|son|ses) auteurs?\b"
    r"|\bopiniones (?:expresadas|vertidas)\b.{0,100}\bresponsabilidad\b.{0,20}\b(?:autor|autores)\b"
    r"|\bopinie (?:wyrażone|autora|autorów)\b.{0,80}\b(?:nie muszą|nie zawsze|nie są)\b.{0,60}\bredakcji\b"
    r"|\bلا (?:تعبر|يعبر|تعكس|يعكس|تمثل|يمثل) (?:بالضرورة )?(?:عن )?(?:رأي|آراء|موقف|وجهة نظر|سياسة) (?:ال)?(?:موقع|شبكة|صحيفة|جريدة|قناة|تحرير)"
    r"|\b(?:تعبر|يعبر|تعكس|يعكس) (?:عن )?(?:رأي|آراء|وجهة نظر|وجهات نظر) (?:كاتبه|كاتبها|كاتبيها|الكاتب|أصحابها|صاحبها|صاحبه)(?: فقط)?\b",
    re.I,
)
"""The site's note that a piece speaks for its author, not for the site, in the languages articlecast reads."""
DISCLAIMER_MAX_WORDS = 50
_PAID_LABEL = re.compile(
    r"^(?:на правах реклами|на правах рекламы|партнерський матеріал|партнерский материал|матеріал партнера|материал партнера"
    r"|промо|реклама на сайті|реклама на сайте|спецпроєкт|спецпроект|(?:матеріал|материал) (?:підготовлено|подготовлен)"
    r" (?:за підтримки|при поддержке)(?: партнера)?)\W*$",
    re.I,
)
"""A label saying the piece is paid for or made with a sponsor ("На правах реклами", "Партнерский материал")."""
_AD_MARK = re.compile(
    r"^(?:реклама\W+(?:(?:ооо|ао|пао|зао|ип|тов|пп|фоп)\b|(?:инн|ІПН|ЄДРПОУ)\b|erid\b).{0,150}|erid\s*:?\s*[\w-]{6,40}|реклама\s*\d{1,2}\+)$",
    re.I,
)
"""An ad's legal marking: the advertiser's company and tax number and the ad's register token ("Реклама. ООО «…», ИНН …,
erid: …")."""
_CONTINUES = re.compile(
    r"^(?:weiterlesen nach der (?:anzeige|werbung)|(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)"
    r"|lesen sie nach der (?:anzeige|werbung) weiter|dalsz[ay] (?:ciąg|część) (?:materiału|artykułu|tekstu) (?:pod|poniżej)\b.{0,20}"
    r"|(?:artykuł|tekst) (?:jest kontynuowany|czytaj dalej) (?:poniżej|pod reklamą)|продолжение (?:статьи |материала |текста )?(?:ниже|после рекламы)"
    r"|продовження (?:статті |матеріалу |тексту )?(?:нижче|після реклами)|la suite (?:de l'article )?après (?:la )?publicité"
    r"|l'article continue (?:ci-dessous|après (?:la )?publicité)|el artículo continúa (?:abajo|debajo|tras la publicidad))\W*$",
    re.I,
)
"""A note that the article goes on below an ad or a video, in the languages articlecast reads ("Weiterlesen nach der Anzeige")."""
_BUTTON = re.compile(
    r"^(?:версія для друку|версия для печати|друкувати|роздрукувати|распечатать|printer-friendly version|print this (?:article|page)"
    r"|повідомити про помилку|сообщить об ошибке|знайшли помилку\??|нашли ошибку\??|zgłoś błąd|fehler melden|report a (?:typo|mistake)"
    r"|signaler une erreur|reportar (?:un )?error|rate this (?:article|story|post)|your rating|(?:diesen )?(?:artikel|beitrag) bewerten"
    r"|оцените (?:статью|материал|новость|публикацию)|оцініть (?:статтю|матеріал|новину|публікацію)|oceń (?:artykuł|tekst|materiał)"
    r"|ваша оценка|ваша оцінка|twoja ocena|обсудить|обговорити|прокомментировать|прокоментувати|skomentuj)\W*$",
    re.I,
)
"""A button to print the piece, rate it, discuss it or report a mistake in it."""
_PLAYER_FALLBACK = re.compile(
    r"\b(?:dein|ihr) browser\b.{0,40}\b(?:unterstützt|kann)\b.{0,40}\b(?:videos?|audio|html5|player|abspielen|wiedergeben)"
    r"|\b(?:ваш|твой|твій) браузер\b.{0,20}\bне (?:поддерживает|підтримує|может|може)\b",
    re.I,
)
"""A player's note that the browser cannot play it ("Dein Browser kann dieses Video nicht abspielen.", "Ваш браузер не
поддерживает видео"); the English and Polish ones are :mod:`.furniture`'s notices."""
PLAYER_FALLBACK_MAX_WORDS = 20
_LANGUAGE = (
    r"(?:english|russian|ukrainian|german|polish|spanish|french|englisch|russisch|ukrainisch|polnisch|deutsch|spanisch|französisch"
    r"|(?:на )?(?:украинском|русском|английском|немецком|польском)(?: языке)?|по-(?:украински|русски|английски)"
    r"|(?:українською|російською|англійською|німецькою|польською)(?: мовою)?"
    r"|po (?:ukraińsku|polsku|angielsku|rosyjsku|niemiecku)|w języku (?:ukraińskim|polskim|angielskim|rosyjskim|niemieckim))"
)
_PIECE = r"(?:article|story|piece|post|text|artikel|beitrag|материал|статью|текст|новость|матеріал|статтю|новину|artykuł|tekst)"
_OTHER_LANGUAGE = re.compile(
    rf"^(?:read|view|lesen sie|lies|читайте|читать|прочитать|прочитайте|читати|прочитати|przeczytaj|czytaj)"
    rf"(?:\s+(?:this|the|diesen|den|этот|эту|цей|цю|ten))?(?:\s+{_PIECE})?(?:\s+(?:in|auf))?\s+{_LANGUAGE}"
    rf"|^(?:this|dieser|этот|эта|цей|ця|ten)\s+{_PIECE}\s+(?:is|ist|есть|є|jest)?\s*(?:also|auch|также|також|też|także|również)?\s*"
    rf"(?:available|verfügbar|доступ\w+|dostępny)\s+(?:in\s+|auf\s+)?{_LANGUAGE}"
    rf"|^(?:версия|версія|читать|читати)\s+{_LANGUAGE}|^(?:english|russian|ukrainian|русская|украинская|английская|українська|російська|англійська)\s+(?:version|версия|версія)",
    re.I,
)
"""A link to the piece in another language: "Read this article in Ukrainian", "Читати українською", "Версия на русском"."""
OTHER_LANGUAGE_MAX_WORDS = 12


def is_page_note(text: str) -> bool:
    """Whether a line is the site's note about the piece: a reading time, an opinion disclaimer, a paid label or ad
    marking, a note that the article goes on below an ad, a button."""
    text = text.strip()
    return (
        bool(_READING_TIME.match(text))
        or (len(text.split()) <= DISCLAIMER_MAX_WORDS and bool(_OPINION_DISCLAIMER.search(text)))
        or bool(_PAID_LABEL.match(text))
        or bool(_BUTTON.match(text))
        or bool(_AD_MARK.match(text))
        or bool(_CONTINUES.match(text))
        or (len(text.split()) <= PLAYER_FALLBACK_MAX_WORDS and bool(_PLAYER_FALLBACK.search(text)))
        or (len(text.split()) <= OTHER_LANGUAGE_MAX_WORDS and bool(_OTHER_LANGUAGE.match(text.rstrip(" .:!»>→"))))
    )
