"""Bylines that a page copy shows in another form than "By Ann Rowe" on one line.

- The byword alone on its line, the names on the next ("By" / "Ann Rowe and Tom Reid"): the page
  set the names as links of their own, and the copy broke the line there. Both lines are the byline.
- A genre's byline: the kind of piece, then who wrote it ("Eine Analyse von Ann Rowe", "A column
  by Tom Reid", "Une chronique de Léa Roux", "Gastbeitrag von Ann Rowe").
- The names, perhaps with where the writer files from, over the writer's handle alone on the next
  line ("Ann Rowe in Lisbon" / "@annrowe"). The handle is furniture.
- The names alone over the date, when the page shows them again (in an author box): see
  :func:`names_over_date`.
- One writer a line, each name with what the writer does, between the headline and the date
  ("Ann Rowe, Staff Writer, Westmere Courier" / "& Tom Reid, Harbour Correspondent").
- The name run into the writer's desk title with no comma, over the date ("Ann Rowe Education editor",
  "Tom Reid Political correspondent"): a newspaper sets the title in another type, and a copy loses the break.
- The names (shown once or twice), then a line saying what the writer is, over the date ("Ann Rowe" /
  "Economist, head of the Harbour Institute"; "Олена Коваль" / "Журналістка, авторка розслідувань"): a column's
  writer box. Both are the byline.

Either is furniture over the article, and the headline stands above it, not under it. A byline
under a heading inside the article's prose (:data:`BOX_PROSE_MIN_LINES` paragraphs above it) signs a
box set in the article ("At the scene" / "By Tom Reid, Westmere"): furniture, not the article's end.
"""

from __future__ import annotations

import re

from .furniture import Byline, Role, ends_sentence, parse_byline

BOX_PROSE_MIN_LINES = 3
NAMES_MAX_WORDS = 8
"""Words of a line of names under a lone byword ("Ann Rowe, Tom Reid and Lea Roux")."""

_BYWORD = re.compile(r"^(?:by|von|par|por|author|autor|autorin|auteur|autora|автор|авторка|автори|авторы)\s*:?$", re.I)
_GENRE_BYLINE = re.compile(
    r"^(?:(?:ein|eine)\s+\w+\s+von|an?\s+\w+\s+by|(?:un|une|una)\s+\w+\s+(?:de|par|por)"
    r"|(?:gastbeitrag|gastkommentar|kommentar|analyse|kolumne|essay|interview|guest post|commentary|analysis|opinion|column"
    r"|tribune|chronique|columna|análisis|opinión)\s+(?:von|by|de|par|por))\s+(?P<names>\S.*)$",
    re.I,
)
_HANDLE = re.compile(r"^@\w{2,30}$")
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
"""Where the writer files from, after the names: "… in New York"."""
_NAME_LINKS = frozenset({"and", "und", "et", "y", "e", "von", "van", "de", "da", "di", "del", "la", "le", "zu"})
_JOINED = re.compile(r"^(?:&|and|und|et|y)\s+", re.I)
"""What opens the next writer's line in a list of writers ("& Tom Reid, Harbour Correspondent")."""
ROLE_LINES_MAX = 3
HEADLINE_MIN_WORDS = 3
"""Words of the headline over a list of writers; a menu's last entry has fewer."""
ROLE_NAME_MAX_WORDS = 4
ROLE_MAX_WORDS = 12
"""Words of what a writer does after the names ("Director of Education Equity, Westmere Foundation")."""
_DESK_TITLED = re.compile(
    r"^(?P<names>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){1,2}?)\s+(?:[\w&'’-]+\s+){0,3}?"
    r"(?:editor|correspondent|reporter|writer|columnist|critic|journalist|producer|analyst|commentator"
    r"|redakteur(?:in)?|korrespondent(?:in)?|rédacteur|rédactrice|correspondant|correspondante|corresponsal|redactora?"
    r"|корреспондент|кореспондент|кореспондентка|редактор|оглядач|обозреватель)$"
)
"""A writer's names run into their desk title, the last word naming the job in small letters ("Ann Rowe Education editor");
a headline in title case ends in a capital ("Why We Love Our Editor")."""
TITLED_MAX_WORDS = 7
_ROLE_NOTE = re.compile(r"\s*\([^()]*\)$")
"""A note after a name ("Ann Rowe (Autorin)")."""


def spread_byline_roles(lines: list[str], roles: list[Role]) -> list[Role]:
    """``roles`` with the lines of a byline in one of this module's forms made :attr:`Role.BYLINE`."""
    marked = list(roles)
    for index, line in enumerate(lines):
        if roles[index] is Role.PROSE:
            continue
        genre = _GENRE_BYLINE.match(line.strip())
        if genre and names_only(genre.group("names")):
            marked[index] = Role.BYLINE
        elif _BYWORD.match(line.strip()) and index + 1 < len(lines) and names_only(lines[index + 1]):
            marked[index] = marked[index + 1] = Role.BYLINE
        elif _signed_with_handle(lines, index):
            marked[index], marked[index + 1] = Role.BYLINE, Role.JUNK
    for index in (i for i, role in enumerate(roles) if role is Role.DATELINE):
        for signed in _signed_with_roles(lines, roles, index):
            marked[signed] = Role.BYLINE
        if index and roles[index - 1] is Role.SHORT and desk_titled(lines[index - 1]):
            marked[index - 1] = Role.BYLINE
        for signed in _described_writer(lines, roles, index):
            marked[signed] = Role.BYLINE
    for index in range(BOX_PROSE_MIN_LINES + 1, len(lines) - 1):
        if marked[index] is Role.BYLINE and marked[index - 1] is Role.SHORT and marked[index + 1] is Role.PROSE and all(
            role is Role.PROSE for role in marked[index - 1 - BOX_PROSE_MIN_LINES : index - 1]
        ):
            marked[index] = Role.JUNK  # a box's byline, under its heading, inside the prose
    return marked


SHOWN_NAMES_MAX_WORDS = 4


def names_over_date(lines: list[str], roles: list[Role], index: int) -> bool:
    """A line of two to :data:`SHOWN_NAMES_MAX_WORDS` names right over a date: a byline if the page shows it again (its
    author box); names over a date that stand once on the page may be a place over an event's date."""
    words = len(lines[index].split())
    dated = index + 1 < len(lines) and roles[index + 1] is Role.DATELINE
    return dated and 2 <= words <= SHOWN_NAMES_MAX_WORDS and names_only(lines[index])


def _signed_with_roles(lines: list[str], roles: list[Role], dated: int) -> list[int]:
    """The lines of names with what each writer does, right over the date (line ``dated``) and under the headline.

    "Ann Rowe, Staff Writer, Westmere Courier" / "& Tom Reid, Harbour Correspondent": one writer a line,
    up to :data:`ROLE_LINES_MAX` of them, between a short line of a few words that ends no sentence (the headline) and the date.
    """
    start = dated
    while start > 0 and dated - start < ROLE_LINES_MAX and _named_role(lines[start - 1]):
        start -= 1
    if not 0 < start < dated:
        return []
    above = lines[start - 1]
    headed = roles[start - 1] is Role.SHORT and len(above.split()) >= HEADLINE_MIN_WORDS and not ends_sentence(above)
    return list(range(start, dated)) if headed and not _named_role(above) else []


def _named_role(line: str) -> tuple[str, str] | None:
    """A writer's names and what they do, one line: "Ann Rowe, Staff Writer, Westmere Courier" (maybe after "&" or "and")."""
    names, comma, what = _JOINED.sub("", line.strip()).partition(",")
    words = what.split()
    if not comma or not 2 <= len(names.split()) <= ROLE_NAME_MAX_WORDS or not names_only(names) or ends_sentence(line):
        return None
    if not words or len(words) > ROLE_MAX_WORDS or any(char.isdigit() for char in what):
        return None
    return (names.strip(), what.strip()) if all(word[0].isupper() for word in words if len(word) > 3) else None


_PROFESSION = re.compile(
    r"^(?:journalist|columnist|economist|political (?:scientist|analyst)|analyst|historian|lawyer|writer|author|editor|correspondent"
    r"|blogger|expert|researcher|professor|publicist|"
    r"журналіст(?:ка)?|колумніст(?:ка)?|економіст(?:ка)?|політолог(?:иня)?|аналітик(?:иня)?|історик(?:иня)?|юрист(?:ка)?|адвокат(?:ка)?"
    r"|письменни(?:к|ця)|публіцист(?:ка)?|редактор(?:ка)?|кореспондент(?:ка)?|блогер(?:ка)?|експерт(?:ка)?|дослідни(?:к|ця)|волонтер(?:ка)?"
    r"|журналист(?:ка)?|колумнист(?:ка)?|экономист|политолог|аналитик|историк|юрист|адвокат|писатель(?:ница)?|публицист(?:ка)?"
    r"|редактор|корреспондент(?:ка)?|блогер|эксперт|исследовател(?:ь|ьница)"
    r"|journalist(?:in)?|kolumnist(?:in)?|ökonom(?:in)?|politolog(?:in)?|historiker(?:in)?|publizist(?:in)?|dziennikar(?:z|ka)|publicyst(?:a|ka)"
    r"|ekonomist(?:a|ka)|politolog|historyk)\b\s*(?:[,–—-]|\s)\s*\S",
    re.I,
)
"""A line that opens with the writer's profession, then says more ("Журналістка, авторка розслідувань", "Economist, head of …")."""
DESCRIBED_MAX_WORDS = 16
DESCRIBED_NAMES_MAX_LINES = 2


def _described_writer(lines: list[str], roles: list[Role], dated: int) -> list[int]:
    """The lines of a writer box right over the date (line ``dated``): the names, once or twice, over what the writer is.

    The description opens with a profession and is no sentence; without names right over it, it is left alone.
    """
    about = dated - 1
    if about < 1 or roles[about] not in (Role.SHORT, Role.BYLINE):
        return []
    text = lines[about].strip()
    if len(text.split()) > DESCRIBED_MAX_WORDS or ends_sentence(text) or any(char.isdigit() for char in text) or not _PROFESSION.match(text):
        return []
    names = [i for i in range(about - 1, max(about - 1 - DESCRIBED_NAMES_MAX_LINES, -1), -1) if names_only(lines[i]) and 2 <= len(lines[i].split()) <= 4]
    names = [i for k, i in enumerate(names) if i == about - 1 - k]  # the names right over it, not farther up
    return [*names, about] if names else []


def in_writer_box(lines: list[str], roles: list[Role], index: int) -> bool:
    """Whether line ``index`` holds the names of a writer box over the date (see :func:`_described_writer`)."""
    reach = range(index + 2, min(index + 2 + DESCRIBED_NAMES_MAX_LINES, len(lines)))
    return any(roles[dated] is Role.DATELINE and index in _described_writer(lines, roles, dated) for dated in reach)


def desk_titled(line: str) -> str | None:
    """The names of a writer's name run into their desk title ("Ann Rowe Education editor" gives "Ann Rowe")."""
    text = line.strip()
    found = _DESK_TITLED.match(text) if len(text.split()) <= TITLED_MAX_WORDS and not any(char.isdigit() for char in text) else None
    return found.group("names") if found and names_only(found.group("names")) else None


def _signed_with_handle(lines: list[str], index: int) -> bool:
    """Whether line ``index`` holds names (and where they file from) over a lone @handle."""
    return index + 1 < len(lines) and bool(_HANDLE.match(lines[index + 1].strip())) and names_only(_FILED_FROM.sub("", lines[index].strip()))


def read_byline(lines: list[str], index: int) -> Byline | None:
    """The author and date of the byline at line ``index``, whichever form it has."""
    line = lines[index].strip()
    genre = _GENRE_BYLINE.match(line)
    if genre:
        return Byline(_ROLE_NOTE.sub("", genre.group("names")).strip(), None)
    if index and _BYWORD.match(lines[index - 1].strip()) and names_only(line):
        return Byline(_ROLE_NOTE.sub("", line).strip(), None)
    if _BYWORD.match(line) and index + 1 < len(lines) and names_only(lines[index + 1]):
        return Byline(_ROLE_NOTE.sub("", lines[index + 1]).strip(), None)
    if _signed_with_handle(lines, index):
        return Byline(_FILED_FROM.sub("", line), None)
    titled = desk_titled(line)
    if titled and not names_only(line):
        return Byline(titled, None)
    return parse_byline(line) or _role_byline(lines, index) or (Byline(bare_names(line), None) if names_only(line) else None)


def _role_byline(lines: list[str], index: int) -> Byline | None:
    """The writers of a list of names with what each does, one a line, ending at line ``index``."""
    first = index
    while first > 0 and _named_role(lines[first - 1]):
        first -= 1
    named = [_named_role(lines[i]) for i in range(first, index + 1)]
    return Byline(" and ".join(writer[0] for writer in named), None) if all(named) else None


def bare_names(text: str) -> str:
    """The names of a line of names, without a note after them ("Ann Rowe (Autorin)" gives "Ann Rowe")."""
    return _ROLE_NOTE.sub("", text).strip()


def names_only(text: str) -> bool:
    """A few capitalised names and the words that link them, no figures, no sentence: "Ann Rowe und Tom Reid (Autor)"."""
    names = _ROLE_NOTE.sub("", text).replace(",", " ").split()
    if not 1 <= len(names) <= NAMES_MAX_WORDS or any(char.isdigit() for char in text) or ends_sentence(text):
        return False
    return names[0][0].isupper() and all(word[0].isupper() or word.casefold() in _NAME_LINKS for word in names)
