"""The site speaking to its reader: the reader addressed, "we" and "our", and pitches for a subscription.

A pitch names a subscription and addresses the reader ("To view the full story, please subscribe");
a longer one also speaks for the site or calls on the reader to subscribe. A line that quotes
someone is never the site speaking: articles quote people.
"""

from __future__ import annotations

import re

_SECOND_PERSON = re.compile(
    r"(?i:\b(?:you|your|yours|you're|you’re|you'll|you’ll|you've|you’ve|please|join|вы|вас|вам|ваш\w*|ви|будь ласка"
    r"|пожалуйста|просимо|просим|підпишіться|підписуйтесь|підписуйтеся|подпишитесь|подписывайтесь"
    r"|bitte|vous|votre|vos|usted|ustedes|por favor|prosimy|państwo|twój|twoj\w+|ciebie|tobie)\b)"
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
QUOTED = re.compile(r"[“”\"«»„]")
"""Quotation marks: someone quoted."""
_FORMAL_CALL = re.compile(r"(?:^|[:.!?]\s+)[A-ZÄÖÜ][a-zäöüß]+en Sie\b")
"""A German call in the polite form, opening a sentence: "Abonnieren Sie …", "Lesen Sie …"."""
PLAIN_PITCH_MAX_WORDS = 30
_SUBSCRIBE_CALL = re.compile(
    r"\b(?:subscribe|sign up|join|become a (?:member|subscriber)|abonnieren sie|abonnez-vous|suscr[ií]bete|подпишитесь|підпишіться)\b", re.I
)


def is_pitch(text: str) -> bool:
    """A subscription or paywall pitch addressed to the reader ("To view the full story, please subscribe").

    A longer one (over :data:`PLAIN_PITCH_MAX_WORDS` words) speaks for the site ("we", "our") or calls on the reader to
    subscribe: a review telling its reader what a program's subscription costs them is no pitch.

    The polite German call ("Abonnieren Sie den Newsletter") counts as addressing the reader here,
    where a subscription is named too; alone it is an interviewer's question as often.
    """
    addressed = _SECOND_PERSON.search(text) or _FORMAL_CALL.search(text)
    count = len(text.split())
    plain = count <= PLAIN_PITCH_MAX_WORDS or bool(_FIRST_PLURAL.search(text) or _SUBSCRIBE_CALL.search(text))
    return count <= 60 and bool(_SUBSCRIPTION.search(text)) and bool(addressed) and plain


def mentions_subscription(text: str) -> bool:
    return bool(_SUBSCRIPTION.search(text))


def addresses_reader(text: str) -> bool:
    return bool(_SECOND_PERSON.search(text))


def site_speaks(text: str) -> bool:
    """The site speaking to its readers: the reader addressed, or "we"/"our" in the page's language, and nobody quoted."""
    return speaks_as_site(text) or (not QUOTED.search(text) and addresses_reader(text))


def speaks_as_site(text: str) -> bool:
    """The site speaking of itself ("we", "our" in the page's language), nobody quoted: a cookie notice does, an
    article's advice to the reader ("… do all your shopping in one place, … like measuring cups and cookie sheets")
    does not. "US" is the United States, unless the whole line is in capitals ("SUPPORT US")."""
    return not QUOTED.search(text) and any(word != "US" or text.isupper() for word in _FIRST_PLURAL.findall(text))


SITE_WELCOME_MAX_WORDS = 120
_SITE_WELCOME = re.compile(
    r"^(?:welcome to (?:the |our )?(?:official )?(?:web ?site|site|web page|home ?page|portal|blog)"
    r"|(?:herzlich )?willkommen (?:auf|bei|in|im) (?:der |unserer |unserem |dem )?(?:offiziellen )?"
    r"(?:web ?seite|website|homepage|internetseite|internetauftritt|portal|blog|online-?angebot)"
    r"|witamy (?:na|w) (?:naszej |naszym |oficjalnej )?(?:stronie|portalu|serwisie|witrynie|blogu)"
    r"|добро пожаловать на (?:наш |официальный )?(?:сайт|портал|страниц\w+|блог)"
    r"|(?:ласкаво просимо|вітаємо) на (?:наш\w* |офіційн\w+ )?(?:сайт\w*|портал\w*|сторінц\w+|блоз\w*)"
    r"|bienvenue sur (?:le |notre )?(?:site|portail|blog)|bienvenid[oa]s? (?:a|al) (?:nuestr[oa] )?(?:sitio|web|portal|página|blog))\b",
    re.I,
)
"""A site's welcome box, shown over every page until its reader closes it ("Witamy na stronie Klubu …. Zachęcamy do
regularnych odwiedzin", "Welcome to our website. We use cookies …"): the site introducing itself, not the article."""


def is_site_welcome(text: str) -> bool:
    """Whether a paragraph opens by welcoming the reader to the site itself ("Welcome to our website", "Herzlich
    willkommen auf der Website der …", "Witamy na stronie …", "Добро пожаловать на сайт …")."""
    return len(text.split()) <= SITE_WELCOME_MAX_WORDS and bool(_SITE_WELCOME.match(text.strip()))
