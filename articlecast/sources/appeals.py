"""A newsroom asking its readers for something: money for its work, or a conversation on a social network.

Non-profit newsrooms and many papers close a story with a box saying who they are and asking for support
("Unsere Arbeit ist spendenfinanziert … Jetzt unterstützen!", "Soutenez un journalisme indépendant"). It
is told by three things together: the site speaking ("we", "our", the reader addressed, nobody quoted),
the words of giving, and the words of its own work (journalism, reporting, research), or instead a
social network to follow it on. An article about a charity quotes its people, and a quoted appeal is the
story's, not the site's. A call to follow or talk with the author or the site on a social network
("Diskutieren Sie mit dem Autor auf Twitter!", "Suivez-nous sur Instagram") opens with its verb and
names the network, maybe in the next few fragments when the networks are links the extractor sets apart.
A newsletter box asks for a sign-up: a line or two naming the newsletter right over its "Subscribe" button.
"""

from __future__ import annotations

import re

from ..article import Block
from .pitches import site_speaks, speaks_as_site

APPEAL_MAX_WORDS = 80
_GIVING = re.compile(
    r"\b(?:spende\w*|spenden\w*|jetzt unterstützen|unterstützen sie|fördermitglied\w*|donat\w*|donate|donors?"
    r"|support (?:us|our \w+)|become a (?:member|supporter)|faire un don|dons?|soutenez|soutenir (?:notre|nos)|donaci\w*|dona|donar|donativos?"
    r"|apóyanos|apoya (?:nuestro|nuestra)|wesprzyj|wpłać|darowizn\w*|пожертв\w*|підтримайте|поддержите|донат\w*"
    r"|as little as [£$€]\s?\d+)\b",  # "For as little as £5, you can support …": the sum asked for
    re.I,
)
_OWN_WORK = re.compile(
    r"(?:journalis\w*|reporting|newsroom|recherche\w*|redaktion\w*|rédaction\w*|periodis\w*|redacci[oó]n\w*|dziennikars\w*"
    r"|redakcj\w*|журналіст\w*|журналист\w*|редакці\w*|редакци\w*|spendenfinanziert|gemeinnützig\w*|unabhängig\w*"
    r"|independent|indépendan\w*|independien\w*|niezależn\w*|незалежн\w*|независим\w*|\bour work\b"
    # the site naming itself: "support our website", "Wesprzyj nasz portal", "unterstützen Sie unser Magazin"
    r"|\bour (?:web)?site\b|\bour (?:portal|magazine|newspaper|paper|publication)\b"
    r"|\bunser\w* (?:portal|magazin|zeitung|website|webseite|online-?angebot)\b|\bnotre (?:site|journal|magazine|média)\b"
    r"|\bnuestr[oa] (?:sitio|web|portal|revista|diario|periódico|medio)\b|\bnasz\w* (?:portal\w*|serwis\w*|stron\w*|magazyn\w*|gazet\w*|witryn\w*)"
    r"|\bнаш\w* (?:сайт\w*|портал\w*|издани\w*|видан\w*|журнал\w*|газет\w*))",
    re.I,
)

_NETWORKS = re.compile(
    r"\b(?:twitter|instagram|facebook|telegram|tiktok|linkedin|youtube|mastodon|bluesky|threads|whatsapp|x\.com"
    r"|viber|vk|google news|google новост\w*|google новин\w*|дзен\w*|дзэн\w*|вайбер\w*|одноклассник\w*"
    r"|телеграм\w*|фейсбук\w*|вконтакте|ютуб\w*|(?:наш\w*|нашому|нашем) (?:телеграм-|telegram-)?канал\w*)\b",
    re.I,
)


def is_donation_appeal(text: str) -> bool:
    """A short text in which the site asks for money for its own work ("Unsere Recherchen sind spendenfinanziert.
    Jetzt unterstützen!"), or for money and a follow on a social network ("Support our growth … follow us on Twitter")."""
    return (
        len(text.split()) <= APPEAL_MAX_WORDS
        and site_speaks(text)
        and bool(_GIVING.search(text))
        and bool(_OWN_WORK.search(text) or _NETWORKS.search(text))
    )


_DONATE_BUTTON = re.compile(
    r"^(?:(?:donate|give|contribute|support us)(?: now| today)?|become a (?:member|supporter)|(?:jetzt )?spenden|jetzt unterstützen"
    r"|faire un don|je (?:donne|soutiens)|dona(?:r)?(?: ahora)?|apóyanos|wesprzyj|wpłać|підтримати|пожертвувати|поддержать|пожертвовать)[.!]?$",
    re.I,
)
_SUPPORT = re.compile(
    r"\b(?:support\w*|donat\w*|give|giving|contribut\w*|fund\w*|spend\w*|unterstütz\w*|soutien\w*|soutenez|don|apoy\w*|wesprzyj"
    r"|підтрима\w*|поддерж\w*)\b",
    re.I,
)
BUTTON_PITCH_MAX_WORDS = 20


def is_donate_button(text: str) -> bool:
    """A donation box's button, alone on its line: "Donate Now", "Jetzt spenden", "Faire un don"."""
    return bool(_DONATE_BUTTON.match(text.strip()))


def pitches_button(text: str, button: str) -> bool:
    """A short line asking for support right over a donation button ("Fight for everyone's rights – support us." / "Donate Now")."""
    return is_donate_button(button) and len(text.split()) <= BUTTON_PITCH_MAX_WORDS and bool(_SUPPORT.search(text))


_PAY_WAY = (
    r"(?:paypal|(?:sofort|bank|direkt)?überweisung|bank transfer|wire transfer|virement(?: bancaire)?|transferencia(?: bancaria)?"
    r"|transferência|bonifico|przelew\w*|patreon|steady|liberapay|банковск\w+ перевод\w*|банківськ\w+ переказ\w*)"
)
_PAYMENT_BUTTONS = re.compile(rf"^(?:(?:via|per|par|por|pelo|przez|mit|with|by)\s*)?{_PAY_WAY}(?:\s*(?:via|per|par|por|pelo|przez|mit|with|by|or|oder|ou|o|lub|или|або)?\s*{_PAY_WAY})*[.!]?$", re.I)
"""A donation box's buttons naming the ways to pay, maybe glued into one line ("via Paypalvia Direktüberweisung")."""
PAY_PITCH_MAX_LINES = 3


def pitch_over_payment(texts: list[str], index: int) -> list[int]:
    """The lines of a donation box's pitch right over its payment buttons at ``index`` ("Sie lesen gern …?" / "Zeigen Sie
    Ihre Wertschätzung!" / "via PayPal"): up to :data:`PAY_PITCH_MAX_LINES` short lines, each a question, an exclamation
    or the site speaking to the reader."""
    if not _PAYMENT_BUTTONS.match(texts[index].strip()):
        return []
    pitch = []
    for above in range(index - 1, max(-1, index - 1 - PAY_PITCH_MAX_LINES), -1):
        text = texts[above].strip()
        if len(text.split()) > BUTTON_PITCH_MAX_WORDS or not (text.endswith(("?", "!")) or site_speaks(text)):
            break
        pitch.append(above)
    return pitch


SOCIAL_CALL_MAX_WORDS = 25
_SOCIAL_CALL = re.compile(
    r"^(?:(?:diskutieren|folgen|besuchen|kontaktieren|schreiben) sie|follow|discuss|join|connect with|find (?:us|me|him|her)"
    r"|suivez|discutez|retrouvez|rejoignez|síguenos|sígueme|sigue|únete|comenta|obserwuj|dołącz|dyskutuj|стежте|підписуйтесь"
    r"|обговорюйте|следите|подписывайтесь|обсуждайте|будьте в курсе|будьте в курсі|stay (?:up to date|informed|tuned)"
    r"|bleiben sie (?:auf dem laufenden|informiert)|bądź na bieżąco|читайте нас|читайте наши новости|читайте наші новини)\b",
    re.I,
)


_NEWS_PLUG = re.compile(
    r"^(?:(?:ещ[её] )?больше новостей|(?:ще )?більше новин|(?:все |усі |всі )?(?:главные|важные|самые важные|свежие|оперативные"
    r"|головні|важливі|найважливіші|свіжі|оперативні) (?:новости|новини)|more news|mehr nachrichten|więcej wiadomości)\b",
    re.I,
)
"""More news offered on the site's own channel ("Больше новостей — в нашем Telegram-канале", "More news on our Facebook page")."""


def is_social_call(text: str) -> bool:
    """A short call to follow or talk with the author or the site on a social network ("Folgen Sie uns auf Instagram!"),
    more news offered on the site's own channel ("Больше новостей — в нашем Telegram-канале"),
    or in Chinese or Japanese to like or follow its page there ("邀請您到 FB 粉絲團按個讚")."""
    if len(text.split()) > SOCIAL_CALL_MAX_WORDS:
        return False
    if _NEWS_PLUG.match(text.strip()) and speaks_as_site(text):
        return bool(_NETWORKS.search(text))
    if _SOCIAL_CALL.match(text.strip()):
        named = _NETWORKS.search(text)
        return bool(named) and "," not in text[: named.start()]  # "Follow the money, investigators said on Twitter" is a sentence
    return len(text) <= CJK_CALL_MAX_CHARS and bool(_CJK_FOLLOW.search(text)) and bool(_NETWORKS.search(text) or _FB.search(text))


CJK_CALL_MAX_CHARS = 80
_CJK_FOLLOW = re.compile(r"粉絲團|粉丝团|粉絲專頁|粉丝专页|按個?讚|按个?赞|點讚|点赞|關注我們|关注我们|追蹤我們|追踪我们|フォローして")
"""A follow or a like asked for, in scripts that write no spaces (so no verb opens the call for :data:`_SOCIAL_CALL`)."""
_FB = re.compile(r"(?<![A-Za-z])FB(?![A-Za-z])")


LIVE_CALL_MAX_WORDS = 20
_LIVE_CALL = re.compile(
    r"^(?:follow|relive|revivez|suivez|retrouvez|sigue|siga|seguí|revive|reviví|acompanhe|verfolgen sie|folgen sie|lesen sie"
    r"|śledź|следите|стежте|читайте)\b[^.!?]{0,120}?\b(?:live (?:coverage|updates?|blog|stream|ticker|report(?:ing)?)|en direct"
    r"|le direct|notre direct|en directo|el directo|en vivo"
    r"|minuto a minuto|ao vivo|live-?ticker|liveblog|live-blog|na żywo|онлайн|трансляци\w*|наживо)\b",
    re.I,
)


def is_live_call(text: str) -> bool:
    """A short call to follow the story in the site's live coverage ("Revivez le direct du vote avec vos questions.",
    "Verfolgen Sie die Entwicklungen im Liveticker."): a pointer to another page, not the article's text."""
    return len(text.split()) <= LIVE_CALL_MAX_WORDS and bool(_LIVE_CALL.match(text.strip()))


FRAGMENT_MAX_WORDS = 6


def without_social_calls(blocks: list[Block]) -> list[Block]:
    """The blocks without social-network calls, one block or a call split into short fragments ("… auf", "Twitter", "!")."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        end = _call_end(blocks, index)
        if end is None:
            kept.append(blocks[index])
            index += 1
        else:
            index = end
    return kept


def _call_end(blocks: list[Block], start: int) -> int | None:
    """Where a social call starting at ``start`` ends (the index after it), or None if none starts there."""
    if blocks[start].kind == "heading":
        return None
    if not _SOCIAL_CALL.match(blocks[start].text.strip()):
        return start + 1 if is_social_call(blocks[start].text) else None  # a call with no verb to open it, one block
    text, end, found = blocks[start].text, start + 1, False
    while True:
        found = found or is_social_call(text)
        if found and text.rstrip().endswith((".", "!", "?")):
            return end
        if end == len(blocks) or not _is_fragment(blocks[end]) or len(f"{text} {blocks[end].text}".split()) > SOCIAL_CALL_MAX_WORDS:
            return end if found else None
        text, end = f"{text} {blocks[end].text}", end + 1


def _is_fragment(block: Block) -> bool:
    return block.kind != "heading" and len(block.text.split()) <= FRAGMENT_MAX_WORDS


_SIGN_UP_BUTTON = re.compile(r"^(?:subscribe(?: now)?|sign (?:me )?up(?: now)?|abonnieren|s'abonner|inscribirse|suscríbete|suscribirse)[.!]?$", re.I)
_NEWSLETTER = re.compile(r"\b(?:newsletters?|briefing|inbox|e-?mails?)\b", re.I)
SIGN_UP_PITCH_MAX_LINES = 2
SIGN_UP_PITCH_MAX_WORDS = 20


def sign_up_pitch(texts: list[str], index: int) -> list[int]:
    """The lines of a newsletter box's pitch right over its "Subscribe" button at ``index`` ("Keep up with our daily
    newsletter." / "The best way to follow the news you care about." / "Subscribe"): up to :data:`SIGN_UP_PITCH_MAX_LINES`
    short lines, one of them naming the newsletter."""
    if not _SIGN_UP_BUTTON.match(texts[index].strip()):
        return []
    pitch = []
    for at in range(index - 1, max(-1, index - SIGN_UP_PITCH_MAX_LINES - 1), -1):
        if len(texts[at].split()) > SIGN_UP_PITCH_MAX_WORDS:
            break
        pitch.append(at)
    while pitch and not _NEWSLETTER.search(texts[pitch[-1]]):
        pitch.pop()  # the box opens on the line naming its newsletter
    return pitch
