"""Dates in a page's text: a written date and its time (:func:`find_date`), and a line that is only a dateline (:func:`is_dateline`).

Dates are read in English, Ukrainian, Russian, German, French, Spanish, Polish, Portuguese, Italian,
Dutch and Czech, written out ("3 May 2024", "May 3, 2024"), in figures ("2024-05-03", "03.05.2024")
or with a month's short form ("21.dez.2018").
"""

from __future__ import annotations

import datetime as dt
import re

from .pagenotes import without_reading_time
from .terminal import ends_sentence

PLACE_MAX_WORDS = 2
_DOMAIN_DOT = re.compile(r"(?<=[A-Za-z])\.(?=[a-z]{2,6}\b)")
"""The dot of a site's name written as its domain ("Example.com, May 3, 2024" signs a post off like a name): one word."""
DATELINE_MAX_WORDS = 14
SEPARATED_DATELINE_MAX_WORDS = 24
RELATIVE_DATELINE_MAX_NAMES = 4
"""Capitalised words (a rubric, an author) beside a relative day and a time in a dateline."""

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)
_OTHER_MONTH_NAMES = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "jan fev mar abr mai jun jul ago set out nov dez",  # Portuguese abbreviations ("21.dez.2018")
    "gen feb mar apr mag giu lug ago set ott nov dic",  # Italian
)
_MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(_MONTH_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)},
    "sept": 9, "mär": 3, "okt": 10, "dez": 12,  # German abbreviations the English ones lack ("Mär 12, 2018")
    **{name: number for names in _OTHER_MONTH_NAMES for number, name in enumerate(names.split(), start=1)},
}
"""Month names and abbreviations (English, Ukrainian, Russian, German, French, Spanish, Polish, Portuguese, Italian, Dutch,
Czech) and their numbers."""
_MONTHS = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_SHORT_YEAR = r"['’]\d{2}(?!\d)"
"""A year cut to its last two figures after an apostrophe, as blogs print it ("14 January '15", "Dec 3, ’14")."""
SHORT_YEAR_PIVOT = 50
"""A short year up to this one is this century's ("'15" is 2015), a later one the last century's ("'98" is 1998)."""
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}}|{_SHORT_YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\.?,?\s+(?:de\s+)?|\.)(?P<m2>{_MONTHS})(?:\.?,?\s+(?:de\s+)?|\.)(?P<y2>\d{{4}}|{_SHORT_YEAR})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}))(?:\b|(?=T\d))",
    re.I,
)
_TIME = re.compile(r"(?:T(?=\d))?[\s,|·•-]*(?:(?:г|р|r)\.,?\s*)?(?:(?:at|um|à|às|a las|alle|om|ve|о|в)\s+)?(?P<h>\d{1,2})(?:[:.]|\s?h\s?)(?P<min>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?", re.I)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    " montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so"
    " lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo"
    " poniedziałek wtorek środa czwartek piątek sobota niedziela"
    " понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер п’ятниця пʼятниця п'ятниця субота неділя"
)
"""Weekday names and short forms, which often stand before a dateline's date ("jeudi 13 juin 2019")."""
_TIME_ZONES = "gmt utc bst cet cest eet eest wet msk est edt cst cdt mst mdt pst pdt et pt akst hst aest aedt hkt jst kst sgt mez mesz"
"""Time zones a dateline names after its time ("3:53 PM EDT")."""
_DATELINE_WORDS = re.compile(
    rf"\b(?:{'|'.join(_WEEKDAYS.split())})\b|"
    r"\b(?:(?:date|data|дата|fecha) (?:of publication|publikacji|публикации|публікації|de publication|de publicación)|publication date"
    r"|publikationsdatum|veröffentlichungsdatum|erscheinungsdatum|date|data|дата|fecha"
    r"|first|published|updated|posted|last|modified|on|at|as of|uhr|stand|aktualisiert|veröffentlicht|am|um|mis à jour|publié le"
    r"|le|à|actualizado|publicado|el|a las|stan na|aktualizacja|opublikowano|zaktualizowano|dodano|обновлено|опубликовано|оновлено"
    r"|опубліковано|online seit|online since|в|о|г|р|року|года|roku|r|and|und|et|y|i|и|і)\b|(?<!\d)\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\b\.?|\b)|:?\d{0,2}\.\d{3,}"
    rf"|\b(?:\d{{4}}\s+)?(?:{'|'.join(_TIME_ZONES.split())})\b|[+-]\d{{2}}(?::?\d{{2}})?\b|[.:,|·•()/\s-]"
    r"|\b(?:по )?мск\b|\bпо (?:москве|киеву|московскому времени|киевскому времени)\b|\bза (?:київським часом|києвом)\b",
    re.I,
)
"""Words a dateline holds beside its date: a weekday, "published", "date of publication", "updated … and", a time ("10:00am"), a time zone ("0203 GMT",
"по мск", "за київським часом"), an offset ("-0700")."""
_SIGNED_TAIL = re.compile(r"^\s*(?:by|von|par|por|przez|від|от)\s+[\w.@'’-]+(?:\s+[\w.'’-]+){0,3}\s*$", re.I)
"""What follows a blog's date stamp: its writer after "by" (a name, or a login in small letters)."""
_BARE_STAMP_LABEL = re.compile(
    r"^[-–—•·|]?\s*(?:(?:first |last |zuletzt )?(?:published|updated|posted|modified|aktualisiert|veröffentlicht)|mis à jour|publié"
    r"|actualizado|publicado|zaktualizowano|opublikowano|обновлено|опубликовано|оновлено|опубліковано)"
    r"(?:\s+(?:on|at|am|um|le|el|в|о))?\s*:?$",
    re.I,
)
"""A date stamp's label whose date the page set apart ("-Aktualisiert am", "Published:"): the date line's, never the article's."""
_PUBLISHED_AT = re.compile(
    r"^(?:published|updated|posted|publié|mis à jour|actualizado|publicado|veröffentlicht|aktualisiert|опубликовано|обновлено"
    r"|оновлено|опубліковано)\s*:?\s*(?:(?:at|à|um|a las|в|о)\s+)?\d{1,2}(?:[:.]|\s?h\s?)\d{2}\s*(?:[ap]\.?\s?m\.?|uhr)?"
    r"(?:\s+[A-Z]{2,4})?$",
    re.I,
)
"""A publishing time without a date ("Published at 9:15 a.m.", "Publié à 0 h 23")."""


_RELATIVE_DAY_TIME = re.compile(
    r"\b(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|dziś|dzisiaj|wczoraj|сегодня|вчера|сьогодні|вчора)\b"
    r",?\s*(?:(?:at|um|à|a las|o|в|о)\s+)?\d{1,2}[:.]\d{2}\d*",  # a view count glued to the time ("18:069100") goes with it
    re.I,
)
"""A publishing time on a relative day: "today, 18:06", "сьогодні, 18:06"."""


_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
"""A time stamp in the form machines write (ISO 8601, "2019-01-07T17:27"): a page's metadata, shown or glued, never prose."""

_PLACE_OVER_STORY = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*,?\s+){0,4}(?:\([A-Z]{2,8}\)|[A-Z]{2,8})\s*(?:[–—]|--)$"
    r"|^(?:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*,?\s+){0,3}[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*\s*(?:[–—]|--)$"
)
"""A place (and an agency) cut from the story's first sentence, with the dash that led into it: "New York CNN —", "KYIV (AP) —"."""


def is_dateline(line: str) -> bool:
    """True for a date standing alone ("July 22, 2023", "Published: 2 August 2024 at 4:20 p.m.") or after a place ("Bonn, 3 May 2024").

    Also a date among a few names set apart by dots, bars or spaced dashes ("Ann Bell · Courier News · Posted: May 3, 2024"),
    a publishing time without a date ("Published at 9:15 a.m."), a stamp's label without its date ("-Aktualisiert am"), and one on a relative day after a
    rubric and a name ("Society — Ann Bell, today, 18:06"). A second date may follow the first ("…, updated <date>"); the
    line's length is counted without it ("Mon 3 Jun 2024 09.15 BST Last modified on Mon 3 Jun 2024 11.40 BST"). A short
    line holding a machine's time stamp ("AnnRowe2019-01-07T17:27:31+02:00June 19th, 2018|News") is one too.
    """
    if _ADDENDUM_HEAD.match(line.strip()):
        return False
    line = without_reading_time(line)  # "3 May 2024 · 4 min read": the reading time is the meta line's too
    if _tagged_dateline(line):
        return True
    if _BARE_STAMP_LABEL.match(line.strip()):
        return True
    if _PUBLISHED_AT.match(line.strip()) or _is_numeric_dateline(line) or _PLACE_OVER_STORY.match(line.strip()):
        return True
    words = len(line.split())
    if words <= SEPARATED_DATELINE_MAX_WORDS and _MACHINE_STAMP.search(line):
        return True
    found = find_date(line) if words <= SEPARATED_DATELINE_MAX_WORDS else None
    relative = _RELATIVE_DAY_TIME.search(line) if words <= DATELINE_MAX_WORDS and not found else None
    if not (found or relative):
        return False
    start, end = found[1:] if found else relative.span()
    tail = line[end:]
    updated = find_date(tail) if found else None  # "on May 3, 2024 at 12:06 PM, updated May 4, 2024 at 9:10 AM"
    if updated:
        words -= len(tail[updated[1] : updated[2]].split())  # the second date does not make the line longer than a dateline
        tail = tail[: updated[1]] + " " + tail[updated[2] :]
    if found and not line[:start].strip() and _SIGNED_TAIL.match(_DATELINE_WORDS.sub(" ", tail)):
        return True  # a blog's stamp and its writer: "May 3, 2024 by Ann Bell", "11.05.2012, 10:22 von jovelstefan"
    rest = _DATELINE_WORDS.sub(" ", _DOMAIN_DOT.sub("", line[:start]) + " " + tail).split()
    if relative:  # a rubric and a name may stand before it ("Society — Ann Bell, today, 18:06")
        names = [word for word in rest if word not in ("—", "–")]
        return len(names) <= RELATIVE_DATELINE_MAX_NAMES and all(word[:1].isupper() for word in names)
    if words <= DATELINE_MAX_WORDS and (
        not rest or (start > 0 and len(rest) <= PLACE_MAX_WORDS and all(word[:1].isupper() for word in rest))
    ):
        return True
    if words <= DATELINE_MAX_WORDS and not line[:start].strip() and _rubric_and_tags(tail):
        return True
    segments = [segment for segment in _DATELINE_SEPARATOR.split(line) if segment.strip()]
    return len(segments) >= 2 and all(
        find_date(segment) or (len(segment.split()) <= PLACE_MAX_WORDS + 3 and not ends_sentence(segment)) for segment in segments
    )


TAGGED_MAX_WORDS = 12
_HASHTAG = re.compile(r"^#[^\W\d_][\w-]*")


def _tagged_dateline(line: str) -> bool:
    """A series' hashtag and its words over a story, then the date: "#Krótko o przepisach prawa 22 kwietnia 2021",
    "#Wahl2024 Kommunalpolitik 3. Mai 2024". The tag is the page's label for the piece, the date its stamp."""
    line = line.strip()
    found = find_date(line) if _HASHTAG.match(line) else None
    if not found or line[found[2] :].strip(" |·") or len(line.split()) > TAGGED_MAX_WORDS:
        return False
    return not ends_sentence(line[: found[1]].strip())


TAG_MAX_WORDS = 3
"""Words of one entry in a tag list after a dateline's date ("Polityka Fundusz Odbudowy, lewica, PiS")."""


def _rubric_and_tags(tail: str) -> bool:
    """What follows a date at the head of a line: the section's name and its tags, a list set apart by commas, no sentence.

    A page's meta line runs the date, the section and the tags together when they are separate
    links ("3 May 2024 Politics Brexit, trade, EU"); a sentence after a date has a verb and runs longer than a tag.
    """
    entries = [entry.strip() for entry in tail.split(",")]
    return (
        len(entries) >= 2
        and all(entry and len(entry.split()) <= TAG_MAX_WORDS and not ends_sentence(entry) for entry in entries)
        and entries[0][:1].isupper()
    )


_ADDENDUM_HEAD = re.compile(
    r"^(?:update|updated|nachtrag|aktualisierung|ergänzung|korrektur|correction|mise à jour|actualización|aggiornamento"
    r"|atualização|aktualizacja|uzupełnienie|обновление|дополнение|оновлення|доповнення)\b.*\d.*:$",
    re.I,
)
"""The head of an addendum inside an article, dated and ending in a colon ("Nachtrag 22.04.2020 10:30 Uhr:",
"Update, May 3, 2024:"): the article goes on under it, so it is no dateline."""

_DATELINE_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")
"""What sets apart the pieces of a byline row: a bar, a dot, or a spaced dash ("desk — May 3, 2024")."""

_NUMERIC_DATE = re.compile(r"(?<![\d/-])\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/-])(?:\s*[-,]?\s*\d{1,2}[:.]\d{2}\s*(?:h\b|[ap]\.?\s?m\b\.?)?)?", re.I)
"""A date in figures with slashes or dashes ("08/01/2014", "08-13-10 05:18 PM"), maybe with a time; day or month may
come first, so it only tells a line's shape, never its date."""


def _is_numeric_dateline(line: str) -> bool:
    """A date in figures alone, maybe with a time and a dateline's words ("publié le 26/12/2020 à 21:00"), or in a
    byline row of a few names set apart by bars or dots ("Ann Bell | Lisbon | 08/01/2014")."""
    if _NUMERIC_DATE.search(line) and len(line.split()) <= DATELINE_MAX_WORDS and not _DATELINE_WORDS.sub(" ", _NUMERIC_DATE.sub(" ", line)).split():
        return True
    segments = [segment.strip() for segment in re.split(r"\s*[|·•]\s*", line) if segment.strip()]
    dated = [bool(_NUMERIC_DATE.fullmatch(segment)) for segment in segments]
    return 2 <= len(segments) <= 4 and any(dated) and all(
        is_date or (len(segment.split()) <= PLACE_MAX_WORDS + 3 and not ends_sentence(segment))
        for segment, is_date in zip(segments, dated)
    )


def find_date(text: str) -> tuple[dt.datetime, int, int] | None:
    """The first written date in ``text`` with the time right after it, if any: (naive datetime, start, end)."""
    for match in _DATE.finditer(text):
        parts = match.groupdict()
        year, month_text, day = next(
            (parts[f"y{i}"], parts[f"m{i}"], parts[f"d{i}"]) for i in range(1, 5) if parts[f"y{i}"]
        )
        month = int(month_text) if month_text.isdigit() else _month_number(month_text)
        year = _full_year(year)
        hour = minute = 0
        end = match.end()
        time = _TIME.match(text, end)
        if time:
            hour, minute = int(time["h"]), int(time["min"])
            if time["ampm"]:
                hour = hour % 12 + (12 if time["ampm"].lower().startswith("p") else 0)
            end = time.end()
        try:
            return dt.datetime(int(year), month, int(day), hour, minute), match.start(), end
        except ValueError:
            continue
    return None


def _full_year(year: str) -> int:
    """The year in four figures: a short one ("'15") in the century :data:`SHORT_YEAR_PIVOT` points to."""
    if year[:1] in "'’":
        short = int(year[1:])
        return (2000 if short <= SHORT_YEAR_PIVOT else 1900) + short
    return int(year)


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS.get(name.lower()) or _MONTH_NUMBERS[name[:3].lower()]


_RELATIVE_STAMP = re.compile(
    r"(?:(?:опубликовано|обновлено|опубліковано|оновлено|aktualisiert|veröffentlicht|opublikowano|zaktualizowano)\s+)?(?:"
    r"(?:\d+|одну|один|одна|пару)\s+(?:секунд\w*|сек\.?|минут\w*|мин\.?|час\w*|ч\.?|дн\w*|день|недел\w*|месяц\w*)\s+назад"
    r"|(?:\d+|одну|один|одна|пару)\s+(?:секунд\w*|сек\.?|хвилин\w*|хв\.?|годин\w*|год\.?|дн\w*|день|тижн\w*|тиждень|місяц\w*)\s+тому"
    r"|vor\s+(?:\d+|einer|einem|wenigen)\s+(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?)"
    r"|(?:\d+|minutę|godzinę)\s+(?:sekund\w*|minut\w*|min\.?|godzin\w*|godz\.?|dni|dzień|tygodni\w*|tydzień|miesi\w*)\s+temu"
    r"|только что|щойно|gerade eben|przed chwilą)",
    re.I,
)
"""A feed's stamp of how long ago an item went up, in our other languages ("2 часа назад", "5 хвилин тому", "vor 3 Stunden",
"2 godziny temu"); English's is :mod:`.furniture`'s."""


def is_relative_stamp(line: str) -> bool:
    """Whether a whole line says only how long ago the piece went up ("2 часа назад", "щойно")."""
    return bool(_RELATIVE_STAMP.fullmatch(line.strip()))
