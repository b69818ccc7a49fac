"""Page furniture: what one line of a web page is, judged by general signs, not by a site's own sentences.

A line is prose (a sentence-complete paragraph), a short line (a headline, subheading or menu
entry), a list item, or furniture: calls to action, share buttons, form prompts, ad labels,
cookie notices, photo credits, comment counts (``JUNK``); a truncated teaser for another story
(``TEASER``); a byline or a date on its own line; a feed timestamp or copyright line, which ends
an article (``BREAK``). :mod:`.pagetext` uses this on plain-text copies of pages and
:mod:`.html` on what the HTML extractor kept.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from .appeals import is_donation_appeal, is_live_call, is_social_call
from .postmeta import is_post_meta
from .credits import is_lead_picture_note, is_picture_note
from .datelines import find_date, is_dateline, is_relative_stamp
from .fields import UNSPACED_WORD
from .navigation import is_navigation
from .pitches import site_speaks
from .promo import ends_with_more, is_credits, is_duration, is_end_note, is_promo
from .salesnotes import is_sales_note
from .terminal import TERMINAL, ends_sentence
from .toolbars import is_download_note, is_toolbar
from .uilabels import is_ui_label


class Role(enum.Enum):
    """What a line of a web page is."""

    PROSE = "prose"
    SHORT = "short"
    ITEM = "item"
    JUNK = "junk"
    TEASER = "teaser"
    BYLINE = "byline"
    DATELINE = "dateline"
    BREAK = "break"


FURNITURE = frozenset({Role.JUNK, Role.TEASER, Role.BYLINE, Role.DATELINE, Role.BREAK})
"""Roles that are never article text."""

PROSE_MIN_WORDS = 8
TRUNCATED_TEASER_MAX_WORDS = 80
"""A text cut off with "…" is a teaser up to this length (an excerpt of 55 words, say); a longer paragraph ends in a writer's ellipsis."""
LABELLED_CALL_MAX_WORDS = 20
LABEL_MAX_WORDS = 3

_TIMESTAMP = re.compile(
    r"^(?:updated:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$"
    r"|^(?:(?:published|updated|posted)\s+)?(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month)s?\s+ago$"
    r"|^(?:just now|yesterday|today)$"
    r"|^\d{1,2}[:.]\d{2}(?-i:[A-ZÀ-ÞА-ЯЁЄІЇҐ][\w'’.-]*(?:[\s-][A-ZÀ-ÞА-ЯЁЄІЇҐ][\w'’.-]*){0,3})$",  # "21:00Ann Rowe", a post's stamp
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\b(?!\s+(?-i:[a-z]).*[.!?…]\W?$))|\ball rights reserved\b", re.I)
"""A site's copyright line ("Copyright 2025 …", "… All rights reserved"), not a sentence opening with it ("Copyright lawyers say …")."""
_PICTURE_COPYRIGHT = re.compile(r"^©\s*(?!.*\ball rights reserved\b)[^\d\s]+(?:\s+[^\d\s]+){0,4}$", re.I)
_BYLINE = re.compile(
    r"^(?i:(?:(?:written|words|text|reporting|published|posted)\s+)?by|(?:(?:veröffentlicht|geschrieben)\s+)?von"
    r"|(?:(?:publié|écrit)\s+)?par|(?:(?:publicado|escrito)\s+)?por"
    r"|(?:author|autor|autorin|autorka|auteur|autora|автор|авторка|текст|text|texto)\s*:)\s*:?\s*(?P<rest>\w.*)$"
)
_PUBLISHED_BY = re.compile(
    r"^(?i:published|posted|updated|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|opublikowano"
    r"|опубликовано|опубліковано)\b(?P<when>[^|·•]{3,60}?\d[^|·•]{0,30}?)\s(?i:by|par|von|por|da|przez)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*){0,3})$"
)
"""A byline that gives the date first: "Published on 3 June 2025 at 9:27 by Ann Rowe", "Publié le 03/06/2025 par Léa Roux"."""
_NAME_BY_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*){0,3})\s+(?i:by|von|par|por|przez)\s+(?P=name)$"
)
"""A byline that shows the name twice: "Ann Rowe By Ann Rowe" (the name under the writer's picture, then the byline)."""
BYLINE_MAX_WORDS = 10
"""Words of a byline's author part, unless it lists several names ("Ann Rowe, Tom S. Reid, Li Wei and Sam Bell, Reuters")."""
NAME_MAX_WORDS = 4
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|und|et|y|i|и|і|&)\s+)?|\s+(?:and|und|et|y|i|и|і|&)\s+")


def _names_list(author: str) -> bool:
    """A list of names (and an agency), each of a few capitalised words, parted by commas or "and"."""
    names = [name for name in _NAME_SEPARATOR.split(author) if name]
    return len(names) >= 2 and all(len(name.split()) <= NAME_MAX_WORDS and name[0].isupper() for name in names)


_DATE_PREPOSITION = re.compile(r"\s+(?:at|on|am|le|el|в|о)$", re.I)
"""The word that leads from an author's name to the date: "Published by Ann Bell at May 3, 2024"."""
_SIGN_OFF = re.compile(r"^[–—]\s*(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+$")
_BYLINE_SEPARATOR = re.compile(r"\s*[|·•—–]\s*")
_READING_TIME = re.compile(r"(?:\b\d+\s*)?\bmin(?:ute)?s?\.?\s+read\b", re.I)
_TRUNCATED = re.compile(r"(?:…|(?<!\.)\.\.\.)$")
"""A line cut short by the site: one ellipsis; a writer trailing off writes more dots ("重溫舊夢了......."), no teaser."""
_ITEM = re.compile(r"^(?:[-*•–·▪]|\d{1,2}[.)])\s+(?=\S)")
_READER = re.compile(r"\b(?:you|your|yours|we|we've|we're|us|our|please)\b", re.I)

_AD_LABELS = {
    "ad", "ads", "advert", "advertisement", "advertising", "sponsored", "sponsored content", "sponsored ads", "sponsored links", "promoted",
    "promoted content", "paid content", "paid post", "partner content", "anzeige", "werbung", "реклама", "публікація на правах реклами",
    "publicidad", "publicité", "reklama", "pubblicità", "publicidade", "advertentie",
}
_DESK_BYLINE = re.compile(
    r"^(?:by\s+)?(?:(?:our|a)\s+(?:[A-Z]\w+\s+){0,2}(?:staff|correspondents?|reporters?|writers?|desk)"
    r"|(?:(?-i:[A-Z]{2,5}|(?:[A-Z]\.){2,4})|staff|news|web|online|monitoring|city|metro|foreign|political|business|sports)"
    r"\s+(?:report|desk|bureau|newsroom|reporter))$",
    re.I,
)
"""A desk signing instead of a name: "Our Foreign Staff", "By a Staff Reporter", an agency's "F.P. Report", "Web Desk"."""
_AD_NOTE = re.compile(
    r"^(?:(?:the\s+)?(?:story|article|text|content) continues\b|continue reading\b|scroll (?:down )?to continue)", re.I
)
_SOCIAL_CORE = {
    "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "messenger",
    "flipboard", "bluesky", "mastodon", "threads", "tumblr", "vk", "vkontakte", "xing", "google", "digg", "stumbleupon", "stumble",
    "delicious", "myspace", "mixx", "hn", "teilen", "partager", "partagez",
    "compartir", "comparte", "condividi", "udostępnij", "delen", "поделиться", "поділитися", "recommend", "empfehlen", "weiterempfehlen", "recommander",
    *"compartilhe compartilhar partilhe partilhar podziel поделитесь поділіться teile".split(),
}
_SOCIAL_WORDS = _SOCIAL_CORE | {
    "this", "article", "story", "post", "page", "on", "via", "to", "x", "email", "e-mail", "mail", "print", "copy", "link",
    "url", "pin", "with", "via", "the", "plus", "sur", "par", "en", "por", "auf", "per", "courriel", "correo", "в", "essa", "esta", "este",
    *"sie esse publicação notícia matéria artigo noticia artículo nota publicación cet cette diesen artikel beitrag się ten artykuł этой статьей новостью цією статтею новиною".split(),
}
_FORM = re.compile(
    r"\b(?:e-?mail(?: address)?|inbox|newsletters?|password|subscribe[ds]?|subscription|sign(?:ing)?[ -]?up|log[ -]?in"
    r"|required|captcha|unsubscribe|mot de passe|passwort|contraseña|hasło|пароль|correo electrónico|adresse e-?mail"
    r"|adres e-?mail|электронн\w* почт\w*|електронн\w* пошт\w*|boletín|informativo)\b",
    re.I,
)
_NOTICE = re.compile(
    r"\b(?:cookies?(?!\s+(?:sheets?|jars?|dough|cutters?|tins?|trays?|recipes?|crumbs?)\b)"
    r"|privacy (?:policy|notice|settings)|terms (?:of|and) (?:use|service|conditions)|javascript|accessibility"
    r"|ad[ -]?blockers?|your browser|consent|przeglądar\w+|polityk\w+ prywatności)\b",
    re.I,
)
"""What a site's notice speaks of; a kitchen's cookie sheets and jars are no web cookies."""
_UI_VERBS = {
    "skip", "edit", "subscribe", "sign", "log", "login", "register", "join", "become", "support", "donate", "give", "share",
    "tweet", "follow", "like", "comment", "reply", "print", "email", "e-mail", "save", "bookmark", "copy", "download",
    "listen", "watch", "read", "view", "see", "show", "hide", "load", "click", "tap", "accept", "reject", "allow", "manage",
    "enter", "submit", "continue", "upgrade", "get", "try", "buy", "shop", "advertise", "contact", "explore", "discover",
    "close", "back", "play", "open", "go", "learn", "find", "start", "unlock", "claim", "jump", "report", "sort", "enlarge",
    "toggle", "expand", "collapse", "zoom", "previous", "next", "prev", "enable", "activate", "reset",
}
_OTHER_UI_VERBS = {  # the same buttons in French, German, Spanish, Polish, Russian and Ukrainian
    "partager", "imprimer", "activer", "afficher", "masquer", "fermer", "ouvrir", "écouter", "regarder", "télécharger",
    "copier", "envoyer", "accepter", "refuser", "gérer", "suivre", "commenter", "enregistrer", "agrandir",
    "teilen", "drucken", "aktivieren", "anzeigen", "ausblenden", "schließen", "öffnen", "anhören", "ansehen", "abonnieren",
    "herunterladen", "kopieren", "senden", "akzeptieren", "ablehnen", "verwalten", "folgen", "kommentieren", "speichern", "merken",
    "compartir", "imprimir", "activar", "mostrar", "ocultar", "cerrar", "abrir", "escuchar", "descargar", "copiar", "enviar",
    "aceptar", "rechazar", "gestionar", "seguir", "comentar", "guardar", "ampliar",
    "udostępnij", "drukuj", "włącz", "pokaż", "ukryj", "zamknij", "otwórz", "posłuchaj", "pobierz", "skopiuj", "wyślij",
    "zaakceptuj", "odrzuć", "obserwuj", "skomentuj", "zapisz", "powiększ", "wypróbuj", "kup", "zamów", "sprawdź",
    "поделиться", "распечатать", "включить", "показать", "скрыть", "закрыть", "открыть", "слушать", "скачать", "скопировать",
    "отправить", "принять", "отклонить", "подписаться", "поділитися", "роздрукувати", "увімкнути", "показати", "приховати",
    "закрити", "відкрити", "слухати", "завантажити", "скопіювати", "надіслати", "прийняти", "відхилити", "підписатися",
}
OTHER_UI_MAX_WORDS = 6
"""Words of a button in another language; a longer line opening with such a verb is a headline ("Partager la route avec …")."""
_UI_NOUNS = re.compile(
    r"\b(?:content|post|member|membership|newsletter|briefing|app|comments?|link|more|here|now|free|today|top|menu"
    r"|search|navigation|account|subscription|podcast|audio|article|story|page|site|news|updates|alerts|headlines"
    r"|images?|photos?|pictures?|videos?|cartoons?|galler(?:y|ies)|caption|fullscreen|full screen|slideshow|entry|by|stories"
    r"|error|journalism|option|impression|navigateur|commentaires|lien|vidéo|galerie|infolettre|plein écran|artikel|kommentare"
    r"|bilder?|galerie|vollbild|druck(?:ansicht)?|artículo|comentarios|enlace|vídeo|galería|boletín|pantalla completa|opción"
    r"|artykuł|komentarze|wideo|zdjęcia|galeri[aę]|opcję|prenumerat\w+|dostęp|regulamin|статью|комментарии|ссылку|видео|фото|галерею|рассылку|статтю|коментарі"
    r"|посилання|відео|галерею|розсилку)\b",
    re.I,
)
_AGENCIES = (
    r"getty images|afp|reuters|ap photo|epa|epa-efe|efe|dpa|pap|ansa|imago|picture alliance|shutterstock|alamy|istock|anadolu"
    r"|xinhua|sputnik|tass|тасс|риа новости|униан|унiан|уніан|укрінформ|рбк|associated press|agence france-presse|europa press"
    r"|wikimedia(?: commons)?|flickr|unsplash|pixabay|pexels|public domain|handout"  # picture libraries and credits without a name
)
_PHOTO_WORDS = (
    r"photo(?:graph)?|image|picture|illustration|video|graphic|cartoon|drawing|фото|світлина|ілюстрація|иллюстрация|рисунок"
    r"|малюнок|карикатура|foto|fot|bild|zeichnung|karikatur|imagen|immagine|dessin|zdjęcie|rysunek|коллаж|колаж|collage|kolaż"
    r"|фотоколлаж|фотоколаж|инфографика|інфографіка|infographic|infografik|infografika"
    r"|screenshot|screen ?grab|capture d'écran|captura(?: de pantalla)?|zrzut ekranu|скриншот|знімок екрана|bildschirmfoto"
)
_PHOTO_CREDIT = re.compile(
    r"^(?:image|media|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:]"
    r"|^(?i:image|media|photo|picture|video)\s(?i:source|caption|credit|copyright)(?=(?-i:[A-Z])|[\"“‘'])"  # a label glued to its text: "Media captionThe crew …"
    rf"|(?<!\w)(?:{_PHOTO_WORDS})s?\s*(?:by|credit|courtesy(?: of)?)?\s*[:©]\s*\S"
    rf"|(?<!\w)(?:{_PHOTO_WORDS})[\s-]?(?:rechte|quellen?|nachweise?|credits?|rights|sources?)(?:\s*\([^()]{{0,40}}\))?\s*:\s*\S"  # "Bildrechte: IMAGO", "Bildnachweise (von oben): …"
    rf"|(?:^|\s)/\s*(?:{_PHOTO_WORDS})\b"  # "… / Фото РБК"
    rf"|(?:^|\s)(?:fot|фото)\.\s*\S"  # "Fot. PAP/…"
    rf"|\([^()]{{0,40}}(?<!\w)(?:{_AGENCIES})(?!\w)[^()]{{0,40}}\)\W*$"  # a credit ends a caption; "(AP) —" opens a story
    rf"|[.!?]\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*/\s*(?:{_AGENCIES})(?:\s+(?:files?|archives?))?\s*$"  # "… Ann Bell/Reuters files"
    r"|\((?:[A-Z][\w.'’-]*\s?){1,3}/\s?(?:[A-Z][\w.'’-]*\s?){1,3}\)\s*$"  # "… (Getty/Kevork Djansezian)"
    rf"|\s(?-i:(?:[A-Z][\w'’.-]*\s+){{1,3}}[A-Z][\w'’.-]*)\s*/\s*(?:{_AGENCIES})\s*$"  # "… in Paris Ann Bell/Reuters", no stop before
    r"|\((?:photo|image|picture|credit|foto|crédit)s?\s*:[^()]{2,80}\)\s*$"  # "Ayn Rand (Credit: AP/…)"
    r"|\s[-–—]\s(?-i:(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*\s*/\s*(?:[A-Z][\w'’.-]*\s?){1,4})$"  # "… - Ann Bell/Westmere Courier"
    r"|[.!?]\s+©\s*[^\W\d_].{0,60}$"  # "… at dusk. © Ann Bell/AFP"
    r"|[.!?]\s+\((?:public domain|domaine public|dominio público|gemeinfrei|handout|file photo)\)\s*$"  # "… in 1952. (Public domain)"
    r"|[.!?]\s+\((?:(?-i:[A-Z])[\w'’.&-]*\s+){0,3}(?:(?:file|staff|courtesy|submitted|contributed)\s+)?photo(?:graph)?\)\s*$"  # "(Courier file photo)"
    r"|[.!?]\s+(?:credit|crédit|crédito)\s*:?\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w.'’-]*\s*){1,4}$",
    re.I,
)
_AGENCY_LINE = re.compile(
    rf"^(?:(?:{_PHOTO_WORDS})s?\s*[:.]?\s*)?(?:(?:agencia|agence|agentur|agenzia|agência|agencja|агентство|агенція)\s+)?"
    r"(?:(?-i:[a-zß-öø-ÿа-яёєіїґąćęłńóśźż]{1,5})\s*/\s*)?"  # an editor's initials before it, signing a wire story off ("aja/PAP")
    rf"(?:{_AGENCIES})(?:\s*(?:/|via|,|&)\s*(?:{_AGENCIES}))*$",
    re.I,
)
"""A credit that is only an agency's name ("Getty Images", "Photo: AFP/Reuters", "Agencia EFE", "mp/dpa"), standing alone."""
_LOWER = "a-zß-öø-ÿа-яёєіїґąćęłńóśźżčěřšžů"
_GLUED_CREDIT = re.compile(
    rf"[{_LOWER}]{{2}}[.!?]?(?=[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ])"  # a credit glued to the caption, no space between
    rf"(?:(?i:{_PHOTO_WORDS}|{_AGENCIES})(?![{_LOWER}]).{{0,60}}"  # "…CzermnieFot. Jan Nowak", "…zimieReuters"
    r"|[A-ZА-ЯЁЄІЇҐ0-9]{3,}(?:\s*/.{0,40})?"  # "…SandomierzemTVN24"
    r"|[^\s/]+(?:\s+[^\s/]+){0,3}\s*/\s*[^\s/].{0,40})$"  # "…przystaniJan Nowak/PAP"
)
"""A photo or video credit glued to the end of its caption or title, as text extracted from inline elements comes out."""
_MEDIA_TITLE = re.compile(r"\s[–—-]\s*(?:video|videos|in pictures|audio|podcast|vidéo|vídeo)$", re.I)
"""The title of an embedded video or gallery, named for it after a dash ("Crews search the flats – video").

Not "– фото" / "– відео": Ukrainian and Russian sites put those on their articles' own headlines."""
MEDIA_TITLE_MAX_WORDS = 25
_PICTURE_COUNTER = re.compile(
    r"[\[(]\s*\d{1,3}\s*(?:/|von|of|de|sur|z|из|з)\s*\d{1,3}\s*[\])]$"
    r"|^(?:bild|foto|photo|picture|image|zdjęcie|фото|imagen)\s+\d{1,3}\s*(?:/|von|of|de|sur|z|из|з)\s*\d{1,3}\s*[:|–—-]\s",
    re.I,
)
"""A picture's place in a gallery closing or opening its caption ("The pier at dawn [1/10]", "Bild 3 von 12: …")."""
_STAR_RATING = re.compile(
    r"\b\d(?:[.,]\d+)?\s*(?:\(?[^\W\d_]{1,3}\)?\s+)?(?:stars?|estrellas?|sterne?n?|étoiles?|stell[ae]|estrelas?|gwiazd\w*|hvězd\w*|sterren|звезд\w*|зір\w*)\b"
    r"|(?:★|☆){3,}",
    re.I,
)
_RATED = re.compile(r"\b\d(?:[.,]\d+)?\s*(?:/|out of|of|von|sur|sobre|de|su|из|з|z|na)\s*\d+\b|\b(?:rat(?:ed|ing)|puntua|valora|bewert|noté|оцен|ocen|hodnoc)", re.I)
"""A rating widget's line: "Rated 4 stars", "Actualmente puntuada con 1 estrella(s) sobre 5", "★★★☆☆" (a number of stars
alone, "The 5 star hotel", is no widget)."""
RATING_MAX_WORDS = 12
_SECTION_LINE = re.compile(
    r"^(?:(?:from|in|more from|more in|aus dem|dans la|en la|из|з)\s+)?(?:the\s+)?"
    r"(?:section|category|ressort|rubrik|rubrique|sección|categoría|рубрик\w*|розділ\w*)(?:\s*:|\s+(?=[^\W\d_]))",
    re.I,
)
"""The section a story is filed in: "From the section Harbour life", "Rubrik: Wetter" (not "Section 230 …")."""
SECTION_LINE_MAX_WORDS = 8
_SOURCE_CREDIT = re.compile(
    r"^(?:courtesy(?: of)?|with (?:kind )?permission (?:of|from)|mit freundlicher genehmigung|avec l'aimable autorisation)\s+\S",
    re.I,
)
"""Where a republished story comes from, standing alone: "Courtesy of Forests News"."""
SOURCE_CREDIT_MAX_WORDS = 8
_COMMENTS = re.compile(
    r"^(?:(?:with\s+)?\d+\s+(?:comments?|replies|responses)|comments?\s*[:(]?\s*\d+\)?|(?:view|show|read|see)\s+(?:all\s+)?\d*\s*comments?"
    r"|\d+\s+thoughts? on\b.*|no comments(?: yet)?|(?:leave|write|post|add) a (?:comment|reply)|loading\W*|loading(?:\s+\w+){1,3}\s*(?:\.\.\.|…)"
    r"|(?:what do you think|что (?:вы )?думаете|что думаешь|що (?:ви )?думаєте|що думаєш|was (?:meinen|denken) sie(?: dazu)?"
    r"|qu'en pensez-vous|¿?qué (?:opinas|te parece)|co o tym myślisz(?:cie)?)\?(?:\s+\w+(?:\s+\w+){0,3}[!.]?)?)$",
    re.I,
)
"""A comment section's count or prompt: "12 comments", "Leave a reply", "What do you think? Rate it!"."""


@dataclass(frozen=True)
class Byline:
    """The author (and maybe the date) that a byline line names."""

    author: str
    date: dt.datetime | None


_STANDARDS_POINTER = re.compile(
    r"^(?:our|editorial|journalistic|journalism) (?:standards|principles|guidelines|values|code)\b(?::|$)|^why you can trust(?: [\w.&'’-]+){1,3}$|\btrust principles\b"
    r"|^(?:unsere|redaktionelle) (?:standards|grundsätze|leitlinien)\b(?::|$)|^(?:nos|notre) (?:standards|principes|charte)\b(?::|$)"
    r"|^charte (?:éditoriale|déontologique)\b|^(?:nuestros|nuestras) (?:estándares|principios|normas)\b(?::|$)",
    re.I,
)
"""A newsroom's pointer to its standards, under or over a story: "Our Standards: The Trust Principles.", "Why you can trust the Courier"."""
STANDARDS_MAX_WORDS = 12
_EDIT_NOTE = re.compile(
    r"^(?:(?:update|updated|correction|editor'?s'? note)\b(?:[^:]|(?<=\d):(?=\d)){0,40}:\s*(?:added|updated|adds|corrects|corrected|removed|clarified)\b"
    r"|(?:this|the) (?:story|article|post|report|piece) (?:has been|was|is being|will be) (?:updated|corrected)\b)",
    re.I,
)
"""A note on the page's own edits, not news: "Update July 3rd, 8:05AM ET: Added a chart.", "This story has been updated with …"."""
EDIT_NOTE_MAX_WORDS = 30
_DOI = re.compile(r"\bdoi\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+|\bdoi\.org/10\.\d{4,9}/\S+", re.I)
_JOURNAL_CITATION = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,6}\d{1,4},\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\s*\(\d{4}\)\.?$")
_REFERENCE_LABEL = re.compile(
    r"^(?i:more information|journal (?:reference|information)|references?|citation)\s*:\s*"
    r"(?:.*\bet al\b|[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|for|in|on|&)){0,9}$)"
)
"""A paper's reference under a science story: its DOI ("DOI: 10.1038/…"), journal, volume, pages and year ("Nature 574, 16-17 (2019)"),
or a label over its authors ("More information: Ann Rowe et al. …") or over the journal's name ("Journal information: Harbour Review")."""
REFERENCE_MAX_WORDS = 40
_SCREEN_READER_NOTE = re.compile(
    r",\s*opens? (?:in )?(?:an? )?new (?:tab|window)\b"
    r"|\s*\((?:opens? (?:in )?(?:an? )?new (?:tab|window)|external link|externer link|fenêtre modale|nouvelle fenêtre"
    r"|(?:s'ouvre|ouvre) dans une nouvelle fenêtre|öffnet in (?:einem )?neuen (?:tab|fenster)|(?:se abre en una )?nueva ventana"
    r"|открывается в новом окне|відкривається в новому вікні)\)",
    re.I,
)


_GLUED_ACRONYM = re.compile(r"\b([A-ZÀ-ÞА-ЯЁЄІЇҐ]{2,8})(?=[A-ZÀ-ÞА-ЯЁЄІЇҐ][a-zß-ÿа-яёєіїґ])")
_SMALL_WORD = re.compile(r"(?:of|the|for|and|on|in|de|du|des|la|le|et|für|und|der|die|das|del|y|i|и|і)\Z")


def without_screen_reader_notes(line: str) -> str:
    """``line`` without the notes a page gives screen readers: beside a link (", opens new tab", "(external link)"),
    and an abbreviation's spelled-out form glued after it ("the OSTAOttawa School Transit Agency said" → "the OSTA said")."""
    return _without_glued_expansions(_SCREEN_READER_NOTE.sub("", line)).strip()


def _without_glued_expansions(line: str) -> str:
    for match in reversed(list(_GLUED_ACRONYM.finditer(line))):
        acronym, position, initials = match.group(1), match.end(), ""
        for word in re.finditer(r"\S+", line[position:]):
            if len(initials) == len(acronym):
                break
            text = word.group().strip(",;:.")
            if _SMALL_WORD.match(text):
                continue
            initials += text[:1]
            end = position + word.end()
        if initials == acronym:
            line = line[:position] + line[end:]
    return line


def is_picture_copyright(text: str) -> bool:
    """A picture's credit under it, "©" and a name with no year ("© Ann Rowe/Instagram"): not the page's closing copyright."""
    return bool(_PICTURE_COPYRIGHT.match(text.strip()))


def word_count(text: str) -> int:
    """Words of a line; a Chinese or Japanese character counts as one (see :data:`.fields.UNSPACED_WORD`)."""
    return len(UNSPACED_WORD.findall(text))


_LEFT_SEPARATOR = re.compile(r"^[|·•/]\s+(?=\S)")


def classify(line: str) -> Role:
    """The role of one non-empty line of a page, from its own text alone."""
    text = line.strip()
    words = UNSPACED_WORD.findall(text)
    if is_picture_copyright(text):
        return Role.JUNK
    if _TIMESTAMP.match(text) or is_relative_stamp(text) or _COPYRIGHT.search(text) or is_end_note(text) or is_credits(text):
        return Role.BREAK  # a wire's desk credits ("Reporting by …; Editing by …") close its story
    if (parse_byline(_LEFT_SEPARATOR.sub("", text)) or _SIGN_OFF.match(text) or _DESK_BYLINE.match(text)) and not is_credits(text):
        return Role.BYLINE  # "| von Ann Bell": a byline whose date, before the bar, the page set apart
    if is_dateline(text):
        return Role.DATELINE
    if _is_junk(text, words):
        return Role.JUNK
    if (_TRUNCATED.search(text) and 6 <= len(words) <= TRUNCATED_TEASER_MAX_WORDS) or ends_with_more(text):
        return Role.TEASER
    if _ITEM.match(text):
        return Role.ITEM
    if len(words) >= PROSE_MIN_WORDS and TERMINAL.search(text):
        return Role.PROSE
    return Role.SHORT


_PAGE_ENTRY = re.compile(
    r"^(?:page|seite|página|pagina|strona|страница|сторінка)\s+\d{1,2}\s*(?:[—–:|-]|/\s*\d)"
    r"|^(?:auf einer seite lesen|(?:read|view) (?:it )?(?:all )?on (?:a single|one) page|lire sur une (?:seule )?page"
    r"|ver en una (?:sola )?página|czytaj na jednej stronie)$",
    re.I,
)
"""An entry of an article's table of pages ("Seite 2 — Durchgehende Tickets fehlen", "Page 1/3") or its
"read on one page" switch: they point elsewhere."""
PAGE_ENTRY_MAX_WORDS = 16
LABELS_MAX = 3
"""Labels looked past in one line: a line of thousands ("a: b: c: …") overflowed the stack."""


def _is_junk(text: str, words: list[str], labels: int = LABELS_MAX) -> bool:
    """Furniture by its words, looked at again after each of up to `labels` labels ("Datum: 22.12.2012, Rubrik: USA")."""
    bare = re.sub(r"[^\w\s'-]", "", text).strip().casefold()
    bare_words = bare.split()
    reader = bool(_READER.search(text)) or site_speaks(text)
    complete = bool(TERMINAL.search(text))
    first = bare_words[0] if bare_words else ""
    return (
        not re.search(r"[^\W_]", bare)  # bullets, dashes or symbols only ("•", "-", "+")
        or bare in _AD_LABELS  # "Advertisement"
        or bool(_AD_NOTE.match(text))  # "Story continues below advertisement"
        or is_navigation(text, len(words), complete)  # "News > World > Europe", ">>> <headline>", "www.example.org"
        or is_promo(text)  # "Related: <headline>", pitches, call-outs, comment rules, credits
        or is_donation_appeal(text)  # "Like our work? Consider a donation to support our reporting"
        or is_live_call(text)  # "Revivez le direct du vote avec vos questions."
        or is_post_meta(text)  # "This entry was posted in News. Bookmark the permalink."
        or is_social_call(text)  # "Follow Ann Bell on Twitter.", "Diskutieren Sie mit dem Autor auf Twitter!"
        or is_sales_note(text)  # "Noch 10 Gratis-Artikel diesen Monat", "Den kompletten Beitrag lesen Sie in …"
        or is_lead_picture_note(text) or is_picture_note(text)  # "Beitragsbild: …", "Фото носит иллюстративный характер"
        or (labels > 0 and _labelled_call(text, labels - 1))  # "Ground Game: Sign up for our newsletter"
        or (bool(set(bare_words) & _SOCIAL_CORE) and set(bare_words) <= _SOCIAL_WORDS)  # "Share on Facebook"
        or (len(words) <= 16 and bool(_FORM.search(text)) and (reader or not complete))  # "Enter your email"
        or (len(words) <= 80 and reader and bool(_NOTICE.search(text)))  # "We use cookies ... you agree"
        or (len(words) <= 4 and bool(_NOTICE.search(text)))  # "Cookie settings", "Privacy notice"
        or (first in _UI_VERBS and len(words) <= 12 and (len(words) <= 2 or reader or bool(_UI_NOUNS.search(text))))  # "Join us"
        or (first in _OTHER_UI_VERBS and len(words) <= OTHER_UI_MAX_WORDS and (len(words) <= 2 or bool(_UI_NOUNS.search(text))))
        or (len(words) <= 4 and sum(c.isalpha() for c in text) >= 2 and text.upper() == text != text.lower() and not complete)  # "MORE NEWS"
        or bool(_COMMENTS.match(text))  # "12 comments", "Leave a reply"
        or (is_duration(text) and text.count(":") == 2)  # a video's length with its seconds, "00:02:49"
        or (len(words) <= MEDIA_TITLE_MAX_WORDS and bool(_MEDIA_TITLE.search(text)))  # "Crews search the flats – video"
        or (len(words) <= MEDIA_TITLE_MAX_WORDS and bool(_PICTURE_COUNTER.search(text)))  # "The old boat shed [2/10]"
        or bool(_READING_TIME.fullmatch(text))  # "2 min read"
        or (len(words) <= SECTION_LINE_MAX_WORDS and not complete and bool(_SECTION_LINE.match(text)))  # "From the section World"
        or (len(words) <= RATING_MAX_WORDS and not complete and bool(_STAR_RATING.search(text)) and bool(_RATED.search(text) or "★" in text))  # "Rated 4 out of 5 stars"
        or (len(words) <= 40 and bool(_PHOTO_CREDIT.search(text) or _GLUED_CREDIT.search(text)))  # a caption with its credit
        or is_agency_credit(text)  # "Getty Images" under a photo
        or (len(words) <= SOURCE_CREDIT_MAX_WORDS and bool(_SOURCE_CREDIT.match(text)))  # "Courtesy of Forests News"
        or (len(words) <= PAGE_ENTRY_MAX_WORDS and bool(_PAGE_ENTRY.match(text)))  # "Page 2 — Tickets are missing"
        or is_toolbar(text)  # "vorlesen Druckansicht Kommentare lesen 128 Beiträge"
        or is_ui_label(text)  # "Ссылка скопирована", "Карта сайта", "Wird geladen…"
        or is_download_note(text)  # "Click the image to download the chart as a PDF (95 KB)"
        or (len(words) <= STANDARDS_MAX_WORDS and bool(_STANDARDS_POINTER.search(text)))  # "Our Standards: The Trust Principles."
        or (len(words) <= EDIT_NOTE_MAX_WORDS and bool(_EDIT_NOTE.match(text)))  # "Update, 9:15AM ET: Added the board's reply."
        or (len(words) <= REFERENCE_MAX_WORDS and bool(_DOI.search(text) or _JOURNAL_CITATION.match(text) or _REFERENCE_LABEL.match(text)))  # "Nature 574, 16-17 (2019)"
    )


def _labelled_call(text: str, labels: int) -> bool:
    """A short label, a colon, then a call to action: "Today's news: Follow live updates from our reporters"."""
    label, colon, after = text.partition(":")
    words = after.split()
    if not colon or not 0 < len(label.split()) <= LABEL_MAX_WORDS or not words or re.search(r"[“”\"«»„]", text):
        return False
    verb = re.sub(r"[^\w-]", "", words[0]).casefold()
    call = verb in _UI_VERBS and len(words) <= LABELLED_CALL_MAX_WORDS and bool(_READER.search(after) or _UI_NOUNS.search(after))
    return call or _is_junk(after.strip(), words, labels)


def is_form_text(text: str) -> bool:
    """A sign-up form's words: e-mail, newsletter, subscribe, password."""
    return bool(_FORM.search(text))


def is_agency_credit(line: str) -> bool:
    """A photo credit that is only an agency's name ("Getty Images", "Photo: AFP/Reuters")."""
    return bool(_AGENCY_LINE.match(line.strip()))


def is_ad_label(line: str) -> bool:
    """An ad's label standing alone ("Advertisement", "Anzeige")."""
    return re.sub(r"[^\w\s'-]", "", line).strip().casefold() in _AD_LABELS


def is_timestamp(line: str) -> bool:
    """A time standing alone ("16:32", "3:38 PM", "2 hours ago"): a feed entry's or a live post's stamp."""
    return bool(_TIMESTAMP.match(line.strip()))


def opens_block(line: str) -> bool:
    """True for a line that never continues the one above: a list item, a byline or a timestamp."""
    return bool(_ITEM.match(line) or _TIMESTAMP.match(line)) or parse_byline(line) is not None


def item_text(line: str) -> str:
    """A list item's text without its bullet or number."""
    return _ITEM.sub("", line, count=1)


def _glued_to_capitals(match: re.Match[str]) -> bool:
    """A word in capitals that only starts like a byword ("PARIS (Reuters) –" is no "par IS"): no space after it."""
    head = match.string[: match.start("rest")]
    return head.isupper() and head[-1:].isalpha()


_TRAILING_HANDLE = re.compile(r"\s*@\w{2,30}$")
_GLUED_STAMP = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}:\d{2}\s*[ap]\.?m\b|follow\s+@).*$", re.I
)
"""A time stamp with no year ("March 18 at 12:22 PM") or a follow button glued after a byline's names."""


def parse_byline(line: str) -> Byline | None:
    """``by Name [date] [· 2 min read]`` (or "published <date> by Name") as author and date; None if the line is not a byline."""
    shown_twice = _NAME_BY_NAME.match(line.strip())  # the author's name over their picture, then "By <name>"
    if shown_twice:
        return Byline(shown_twice.group("name"), None)
    published = _PUBLISHED_BY.match(line.strip())
    if published:
        found = find_date(published.group("when"))
        return Byline(published.group("name"), found[0] if found else None)
    match = _BYLINE.match(line.strip().lstrip("-–— "))  # "-- By Ann Rowe", signed at the end
    if not match or not match.group("rest")[0].isupper() or _glued_to_capitals(match):
        return None
    rest = _READING_TIME.sub("", match.group("rest")).strip()
    found = find_date(rest)
    author_part = _GLUED_STAMP.sub("", rest[: found[1]] if found else rest)
    author = _BYLINE_SEPARATOR.split(_DATE_PREPOSITION.sub("", author_part.strip()), maxsplit=1)[0].strip(" ,;:-")
    author = _TRAILING_HANDLE.sub("", author)  # "Ann Rowe@annrowe": the writer's handle, a link glued to the name
    separated = found is not None or author != rest.strip(" ,;:-")
    if not author or (len(author.split()) > BYLINE_MAX_WORDS and not _names_list(author)) or (ends_sentence(author) and not separated):
        return None
    return Byline(author, found[0] if found else None)
