"""Lines that speak to the reader or point elsewhere: pitches, call-outs, comment rules, credits, "read also".

These complete :mod:`.furniture` with signs that hold across sites and languages: a paywall or
subscription pitch addressed to the reader, a call-out with an e-mail address, a call to
action, a comment section's prompts and rules, comment and view counts, a credits line
("Writing by …; Editing by …") or a photo credit ("Name/Agency"), a "read also" label in the
page's language, a teaser that ends in its "more" link, a gallery counter ("3 of 12"), site
chrome (wiki taglines, banners, tag lines, cookie notices), closing notes (revision, licence,
press contact), and text written in look-alike letters of another script (a spam filter
dodge, never an article's).
"""

from __future__ import annotations

import re

POINTERS = (
    r"related(?: stories| articles| news| content| coverage| reading)?|read (?:more|also|next)|also read|see also"
    r"|more on this(?: story)?|more (?:news|stories) on this|recommended(?: for you)?|further reading|editor'?s'? picks"
    r"|lea(?: más| también)?|lee (?:más|también)|ver (?:más|también)|(?:à )?lire aussi|à voir aussi|voir aussi"
    r"|sur le même sujet|lesen sie auch|mehr zum thema|auch interessant|zum thema|leia (?:mais|também)|veja também"
    r"|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|читайте (?:также|також|тоже)"
    r"|читай(?:те)? (?:також|ще)|до теми|по теме|на тему|дивіться також|смотрите также|см\. также|по темі"
    r"|новости по теме|новини на тему|зверніть увагу|tags?|topics?|related topics|themen|schlagwörter|теги|теми|темы|мітки"
    r"|etiquetas|tagi|more from [\w ]{2,30}|you may also like|you might also like|most read|most popular|latest news"
    r"|latest stories|more stories|more news|popular now|top stories|in other news|elsewhere on [\w ]{2,30}|most viewed"
    r"|most shared|trending now|don'?t miss"
)
"""Labels that introduce links to other stories, in the languages articlecast reads and their neighbours."""
READ_ALSO = (
    POINTERS + r"|more(?: news| stories)?|watch(?: now)?|listen|videos?|photos?|images?|pictures?|gallery|credit|source"
    r"|trending|most (?:read|popular|viewed)|popular|top stories|up next|don'?t miss|must read|важливо"
)
"""Labels that, with a colon, introduce a link, a credit or a caption ("Photo: …", "Watch: …")."""

_LABEL_LINE = re.compile(rf"^(?:{POINTERS})\s*[:»›>→|.…]*$", re.I)
_MORE = (
    r"more|read more|mehr|weiterlesen|plus|lire la suite|en savoir plus|más|leer más|leia mais|więcej|czytaj dalej|leggi"
    r"|подробнее|далее|читать далее|детальніше|докладніше|читати далі"
)
_MORE_CAPITALISED = (
    r"Read more|More|Mehr|Weiterlesen|Plus|Lire la suite|En savoir plus|Más|Leer más|Leia mais|Więcej|Czytaj dalej|Leggi"
    r"|Подробнее|Далее|Читать далее|Детальніше|Докладніше|Читати далі"
)
_ENDS_WITH_MORE = re.compile(
    rf"[.!?…»\"”]\s*(?i:{_MORE})\s*[»›→>]*$"  # "… überfordert. mehr"
    rf"|(?<=[^\W\d_])\s+(?:{_MORE_CAPITALISED})\s*[»›→>]*$"  # "… неудивительно Подробнее"
    rf"|\s(?i:{_MORE})\s*[»›→>]+$"  # "… and more »"
)
_ENDS_WITH_SOURCE = re.compile(r"[^\W\d_]{2}[.!?…][\"”»]?\s+[a-zäöüß]{2,6}$")  # "… wenig Neues. swr"
_SECOND_PERSON = re.compile(
    r"(?i:\b(?:you|your|yours|you're|you’re|you'll|you’ll|you've|you’ve|please|join|вы|вас|вам|ваш\w*|ви|будь ласка"
    r"|пожалуйста|просимо|просим|bitte|vous|votre|vos|usted|ustedes|por favor|prosimy|państwo)\b)"
    r"|\b(?:Ihr|Ihre|Ihren|Ihrem|Ihnen)\b"
)
"""The reader addressed, in the languages articlecast reads and their neighbours ("Ihr" only capitalised: formal you)."""
_FIRST_PLURAL = re.compile(
    r"\b(?:we|our|us|ми|нас|наш\w*|мы|wir|uns|unser\w*|nous|notre|nos|nosotros|nuestr\w*|my|nasz\w*)\b", re.I
)
_SUBSCRIPTION = re.compile(
    r"\b(?:subscrib(?:e|ed|er|ers|ing)(?! to (?:the|this|that) (?:idea|view|theory|notion|belief))|subscriptions?|paywall"
    r"|premium (?:access|content|members?)|to (?:read|view|access|unlock|continue reading) (?:the|this) full (?:story|article)"
    r"|members-only|передплат\w*|оформіть підписку|підписатися|підпишіться|подписк\w*|подпишитесь|подписаться|abonnement"
    r"|abonnieren|abonniert|abonnez|abonné\w*|suscripci[oó]n\w*|suscr[ií]bete|suscriptor\w*|subskrypcj\w*|prenumerat\w*)\b",
    re.I,
)
_QUOTED = re.compile(r"[“”\"«»„]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CALL_OUT = re.compile(
    r"\b(?:we want to hear from you|tell us (?:why|what|how|about|your|more)|get in touch|share your (?:story|stories|views"
    r"|experiences?|thoughts|photos)|send us|contact us|let us know|write to us)\b",
    re.I,
)
_CTA_ENDING = re.compile(r"[.!?]\s+(?:learn more|read more|find out more|click here|more info|see more)\s*[.!]?$", re.I)
_COMMENT_RULES = re.compile(
    r"\b(?:your comments?|reader(?:s'?)? comments|use the comments"
    r"|comments (?:are|will be|may be|must be|should be) (?:moderated|published|republished|reviewed|civil|closed|open|welcome)"
    r"|we ask that comments"
    r"|(?:offensive|abusive) comments|comment(?:s|ing)? (?:policy|guidelines|rules))",
    re.I,
)
_CREDITS = re.compile(
    r"\b(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated|research|graphics|photography)\s+by\b", re.I
)
_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/|из|з|von|de|sur|z)\s*\d{1,3}\s*[|·•-]?$", re.I)
_CAPITALISED = r"[A-ZА-ЯЁЄІЇҐ][\w.'’&-]*"
_CREDIT_LINE = re.compile(
    rf"^(?:(?:photo|foto|fot|фото|image|bild|source|джерело|источник|źródło)\s*[:.]\s*)?"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\s*/\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}$"
)
_CHROME = re.compile(
    r"^from [^,]{2,40}, the [\w ]{3,40}$"  # "From Wikipedia, the free encyclopedia"
    r"|^(?:breaking(?: news)?|just in|developing(?: story)?|live|eilmeldung|терміново|срочно|última hora|urgent|alerta)\s*[:|–—]"
    r"|^(?:tags?|topics?|categories|category|themen|schlagwörter|теги|теми|темы|мітки|etiquetas|tagi|filed under|posted in)\s*[:|]"  # tag lines
    r"|^this (?:article|story|page) is (?:more than|over) .{1,20} old$"
    r"|^(?:video|audio|media caption|image caption|image source)\s*,"  # "Video, 00:01:30 <title>"
    r"|^(?:advertisement|anzeige|реклама|publicidad|publicité|reklama|werbung|sponsored)\b\W*(?:[-–—:|·]|$)"
    r"|^(?:join the (?:conversation|discussion|debate)|be the first to comment|comments?|add (?:a|your) comment|have your say"
    r"|loading comments|comments are (?:closed|open)|house rules|community (?:guidelines|standards)|правила комментирования"
    r"|правила коментування|kommentarregeln|netiquette|règles de (?:modération|la communauté)|normas de (?:participación|la comunidad)"
    r"|regulamin komentarzy|оставить комментарий|залишити коментар|kommentar schreiben|laisser un commentaire|dejar un comentario"
    r")\W*(?:\(\d+\))?\W*$"  # comment prompts and rules
    r"|\bleave a (?:comment|reply)\b|^accessibility (?:links|help)$|^(?:previous|next|older|newer) (?:article|story|post|page)s?$",
    re.I,
)
_END_NOTE = re.compile(
    r"^this (?:page|article|story|file) was last (?:edited|modified|updated)\b"  # a wiki's revision line
    r"|^(?:text|content|all (?:text|content)|this (?:work|article|page)|images?)\b.{0,40}\b(?:available|licen[cs]ed|published)"
    r" under\b",  # a licence line
    re.I,
)
_COMMENT_WORDS = r"comments?|коментар\w*|комментари\w*|kommentare?|commentaires?|comentarios?|komentarz\w*"
_VIEW_WORDS = r"views?|reads|переглядів|перегляди|просмотр\w*|aufrufe|vues|visitas|wyświetle\w*"
_COUNTS = re.compile(
    rf"^(?:(?:{_COMMENT_WORDS}|{_VIEW_WORDS})\s*[:(]?\s*[\d\s]+\)?|[\d\s]+(?:{_COMMENT_WORDS}|{_VIEW_WORDS}))$", re.I
)
"""A comment or view count standing alone: "Comments (3)", "0 коментарів", "Views: 184"."""
_COOKIE_NOTICE = re.compile(
    r"(?=.*\bcookie)(?=.*(?:website|\bsite\b|browser|consent|accept|privacy|datenschutz|einwilligung|akzept|zustimm|сайт|згод"
    r"|соглас|analytics|tracking|персональн|navigation|navegación|strona|witryn))",
    re.I | re.S,
)
_UI_LABELS = re.compile(
    r"\b(?:full ?screen|vollbild|plein écran|pantalla completa|полноэкранн\w*|на весь экран|на весь екран|повноекранн\w*"
    r"|pełny ekran|zoom in|zoom out)\b",
    re.I,
)
_PRINT_NOTE = re.compile(
    r"^(?:опубликовано|опубліковано|published|erschienen|publié|publicado|opublikowano)\s+(?:в|у|in|dans|en|w)\s+"
    r"(?:газете|газеті|номере|номері|the print edition|print|the newspaper|der zeitung|der print|l'édition|la edición|wydaniu)",
    re.I,
)
_CONTACT = re.compile(
    r"^(?:press|media|news) (?:contacts?|enquiries|inquiries)\b|^pressekontakt|^kontakt für (?:die )?(?:presse|medien)"
    r"|^contacts? (?:presse|médias?)|^contacto de prensa|^kontakt dla mediów|^контакти? для (?:сми|зми|прес[иы])"
    r"|^(?:notes? to editors|hinweis(?:e)? für (?:die )?redaktionen|note aux rédactions)\b",
    re.I,
)
"""The press-contact block or editors' notes that close a press release."""
_CALL_VERBS = re.compile(
    r"^(?:suscr[ií]bete|dona|apoya|únete|síguenos|abonnez-vous|soutenez|faites un don|suivez-nous|inscrivez-vous"
    r"|abonnieren sie|jetzt abonnieren|unterstützen sie|spenden sie|folgen sie uns|підпишіться|підписуйтеся|підписуйтесь"
    r"|підтримайте|долучайтеся|стежте за нами|подпишитесь|подписывайтесь|поддержите|следите за нами|присоединяйтесь"
    r"|subskrybuj|wesprzyj|obserwuj nas|zapisz się)\b",
    re.I,
)
"""Calls to action in other languages ("Підпишіться на…", "Suscríbete…", "Folgen Sie uns…")."""
_PLATFORMS = re.compile(
    r"\b(?:telegram|viber|youtube|instagram|tiktok|whatsapp|facebook|twitter|vk|вконтакте|одноклассники|дзен|threads"
    r"|bluesky|mastodon|google news)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*$")
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+\b")


LOOK_ALIKE_MAX_WORDS = 200
"""Lines longer than this are not searched for look-alike letters (a whole article on one line)."""

_KICKER = re.compile(
    r"^(?:q\s?&\s?a|questions? and answers?|вопрос[- ]ответ|питання[- ]відповідь|explainer|analysis|analyse|factbox"
    r"|fact ?check|timeline|хроника|хроніка|интервью|інтерв['’]ю|interview|kommentar|commentary|podcast|подкаст)$",
    re.I,
)


def is_kicker(text: str) -> bool:
    """A story-genre label standing alone ("Q&A", "Analyse", "Вопрос-ответ"): the kicker of a teaser box."""
    return bool(_KICKER.match(text.strip(" :|")))


def is_label_line(text: str) -> bool:
    """A "read also" / "related" label standing alone ("À lire aussi :", "Mehr zum Thema")."""
    return bool(_LABEL_LINE.match(text.strip()))


def labelled_link(text: str, max_words: int = 20) -> bool:
    """A "read also" label with a headline after it ("Lea más: …", "Читайте також: …")."""
    return len(text.split()) <= max_words and bool(re.match(rf"^(?:{READ_ALSO})\s*(?::|»|›|>|→|\|)", text, re.I))


def ends_with_more(text: str) -> bool:
    """A teaser: a few words ending in its "more" link ("… a herber Schlag. mehr", "… Подробнее")."""
    return len(text.split()) >= 5 and bool(_ENDS_WITH_MORE.search(text) or _ENDS_WITH_SOURCE.search(text))


def is_pitch(text: str) -> bool:
    """A subscription or paywall pitch addressed to the reader ("To view the full story, please subscribe")."""
    return len(text.split()) <= 60 and bool(_SUBSCRIPTION.search(text)) and bool(_SECOND_PERSON.search(text))


def mentions_subscription(text: str) -> bool:
    return bool(_SUBSCRIPTION.search(text))


def addresses_reader(text: str) -> bool:
    return bool(_SECOND_PERSON.search(text))


def site_speaks(text: str) -> bool:
    """The site speaking to its readers: the reader addressed, or "we"/"our" in the page's language, and nobody quoted."""
    return not _QUOTED.search(text) and (addresses_reader(text) or bool(_FIRST_PLURAL.search(text)))


def is_promo(text: str) -> bool:
    """A line of page furniture that speaks to the reader, credits the desk, or hides its letters."""
    words = text.split()
    count = len(words)
    return (
        is_label_line(text)
        or labelled_link(text)
        or _speaks_to_reader(text, count)
        or is_credits(text)
        or bool(_COUNTER.match(text))
        or bool(_COUNTS.match(text.strip()))
        or (count <= 80 and bool(_COOKIE_NOTICE.match(text)))  # "This site uses cookies…", "Wir verwenden Cookies…"
        or (count <= 6 and bool(_UI_LABELS.search(text)))  # "Open in full screen"
        or (count <= 40 and bool(_PRINT_NOTE.search(text)))  # "Published in the print edition of …"
        or (count <= 40 and bool(_CHROME.search(text)))  # site chrome: taglines, revision and licence lines, banners, tags
        or is_credit_line(text)  # "Ann Bell/Lowmoor Courier"
        or (count <= LOOK_ALIKE_MAX_WORDS and _looks_alike(words))
        or (count <= 25 and bool(_CALL_VERBS.match(text)) and not _QUOTED.search(text))
        or (count <= 12 and bool(_PLATFORMS.search(text)) and not _SENTENCE_END.search(text))  # "Наш канал у Telegram"
    )


def _speaks_to_reader(text: str, count: int) -> bool:
    """A pitch, call-out, comment rule or "Learn more" ending; never a line that quotes someone (articles quote people)."""
    if _QUOTED.search(text):
        return False
    return (
        is_pitch(text)
        or (count <= 40 and bool(_CALL_OUT.search(text)) and addresses_reader(text))
        or (count <= 40 and bool(_EMAIL.search(text)) and addresses_reader(text))
        or (count <= 60 and bool(_COMMENT_RULES.search(text)))
        or (count <= 60 and bool(_CTA_ENDING.search(text)))
    )


_MEDIA_LABEL = re.compile(
    r"^(?:watch|video|listen|audio|смотрите|видео|дивіться|відео|vidéo|ansehen|ver vídeo)\s*[|:]", re.I
)
_DURATION = re.compile(r"^(?:duration\s*)?\d{1,2}:\d{2}(?::\d{2})?$", re.I)


_RULES_LABEL = re.compile(
    r"^(?:house rules|community (?:guidelines|standards)|comment(?:ing)? (?:policy|guidelines|rules)|правила комментирования"
    r"|правила коментування|kommentarregeln|netiquette|règles de (?:modération|la communauté)|normas de (?:participación|la comunidad)"
    r"|regulamin komentarzy)\W*$",
    re.I,
)


def opens_rules(text: str) -> bool:
    """The heading of a comment section's rules ("HOUSE RULES", "Правила комментирования")."""
    return bool(_RULES_LABEL.match(text.strip()))


def is_media_label(text: str) -> bool:
    """The label of an embedded video or audio clip: "WATCH | …", "Video: …" (a photo's label is its caption)."""
    return bool(_MEDIA_LABEL.match(text.strip()))


def is_duration(text: str) -> bool:
    """A media length standing alone: "2:03", "Duration 1:02:11"."""
    return bool(_DURATION.match(text.strip()))


def is_credit_line(text: str) -> bool:
    """A photo credit standing alone: "Ann Bell/Lowmoor Courier"."""
    return bool(_CREDIT_LINE.match(text.strip()))


def is_end_note(text: str) -> bool:
    """A page's closing note, after which no article text comes: a revision or licence line, a press contact."""
    return len(text.split()) <= 40 and bool(_END_NOTE.search(text) or _CONTACT.search(text.strip()))


def is_credits(text: str) -> bool:
    """A desk's credits line naming two roles or more: "Reporting by …; Editing by …"."""
    return len(_CREDITS.findall(text)) >= 2


def _looks_alike(words: list[str]) -> bool:
    """Words mixing Latin and Cyrillic letters ("Аdvеrtіѕе"): text dressed to slip past filters."""
    mixed = sum(bool(_MIXED_WORD.fullmatch(word.strip(".,:;!?\"'()«»"))) for word in words)
    return mixed >= 2 and mixed * 3 >= len(words)
