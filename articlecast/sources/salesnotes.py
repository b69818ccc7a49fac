"""Lines that sell: a metered paywall's counter, the print issue an article is taken from or continues in, the
site's word that journalism costs money, and a shop widget's prices, fine print and buttons.

A news site with a meter tells the reader how many free articles are left ("Noch 10 Gratis-Artikel diesen
Monat", "You have 3 free articles left"); a magazine's web copy says which issue the piece comes from and
that the rest is in the issue on sale ("Den kompletten Beitrag lesen Sie in der neuen Juli-Ausgabe …");
a subscription box opens on the price of good journalism ("Guter Journalismus kostet Geld. Deshalb …").
None of it is the article, in any of the languages articlecast reads.
"""

from __future__ import annotations

import re

from .pitches import mentions_subscription, site_speaks

METER_MAX_WORDS = 20
ISSUE_NOTE_MAX_WORDS = 60
PRICE_PITCH_MAX_WORDS = 60

_FREE_READS = (
    r"(?:free (?:articles?|stories|reads?)|gratis-?artikel|kostenlose[n]? (?:artikel|beiträge)|freie[n]? artikel"
    r"|articles? gratuits?|artículos? (?:gratis|gratuitos?)|notas? gratuitas?|artigos? gratuitos?|articoli gratuiti"
    r"|darmow\w+ artykuł\w*|bezpłatn\w+ artykuł\w*|бесплатн\w+ (?:стат\w+|материал\w+)|безкоштовн\w+ (?:стат\w+|матеріал\w+))"
)
_METER = re.compile(rf"\b\d{{1,3}}\s+(?:\w+\s+)?{_FREE_READS}|{_FREE_READS}\s+(?:left|remaining|übrig|restants?)\b", re.I)
"""A count of free articles: "Noch 10 Gratis-Artikel diesen Monat", "3 free articles left", "Il vous reste 2 articles gratuits"."""

_ISSUE_NOTE = re.compile(
    r"(?:den|die|das) (?:komplette|kompletten|vollständige|vollständigen|ganze|ganzen) (?:beitrag|artikel|text|interview)\w* lesen sie"
    r"|lesen sie (?:den|die|das) (?:komplette|kompletten|vollständige|vollständigen|ganze|ganzen) (?:beitrag|artikel|text|interview)"
    r"|^(?:dieser|der) (?:beitrag|artikel|text) stammt aus (?:der )?(?:ausgabe|heft)"
    r"|read the (?:full|complete|whole|rest of the) (?:article|story|piece|feature|interview) in (?:the|our)"
    r"|^this (?:article|story|piece) (?:is taken|comes) from (?:the|our)\b[^.]{0,60}\b(?:issue|edition)"
    r"|^(?:(?:first |originally )?(?:published|printed)|(?:it )?appeared) in (?:the |our )?(?:[\w-]+ )?(?:\d{4} )?issue of\b"
    r"|^(?:erschienen|veröffentlicht) in (?:der )?(?:ausgabe|heft)\b"
    r"|retrouvez (?:l'intégralité|la suite) de (?:cet|cette|l') ?(?:article|enquête|entretien|reportage)"
    r"|^cet article est (?:extrait|issu) d[eu]\b[^.]{0,60}\bnuméro"
    r"|lee (?:el artículo completo|la nota completa|el reportaje completo) en"
    r"|(?:cały|pełny|całą) (?:artykuł|tekst|rozmowę) (?:przeczytasz|przeczytają państwo|można przeczytać) w"
    r"|(?:полностью|полную версию) (?:материал|статью|текст|интервью)\w* читайте"
    r"|(?:повністю|повну версію) (?:матеріал|статтю|текст|інтерв'ю)\w* читайте",
    re.I,
)
"""A magazine's note on its web copy: the issue the piece is from ("Published in the May 2024 issue of …"), or where to
read the rest of it."""

_PRICE_OF_NEWS = re.compile(
    r"\bjournalismus kostet\b|\bjournalism costs\b|\bjournalism (?:isn't|is not) free\b|\ble journalisme[^.]{0,20}(?:a un coût|coûte)"
    r"|\bperiodismo[^.]{0,20}cuesta\b|\bdziennikarstwo kosztuje\b|журналистика стоит денег|журналістика коштує",
    re.I,
)
"""The price of journalism, as a subscription box puts it: "Guter Journalismus kostet Geld.", "Quality journalism costs money."."""


_PRICE_ALONE = re.compile(
    r"^(?:ab|from|dès|desde|od|от|від)?\s*(?:(?:€|\$|£|zł|₽|₴)\s*\d[\d.,\s]*|\d[\d.,\s]*(?:€|\$|£|zł|₽|₴|euros?|eur|dollars?|złotych|zł|руб\w*|грн))\s*\*?$",
    re.I,
)
"""A price alone on its line, as a shop widget or a product table shows it: "648,00 €", "ab 299 Euro", "$12.99"."""
_SHOP_FINE_PRINT = re.compile(
    r"\b(?:inkl\.? (?:mwst|ust)|zzgl\.? (?:versand|versandkosten)|incl\.? vat|plus shipping|frais de port|ttc\b|iva incluido"
    r"|gastos de envío|z vat|\+ dostawa)",
    re.I,
)
"""The fine print under a shop widget's prices: "Preise inkl. MwSt. zzgl. Versand", "incl. VAT, plus shipping"."""
SHOP_NOTE_MAX_WORDS = 14
_SHOP_LABEL = re.compile(
    r"^(?:shop-?empfehlung|weitere angebote|alle angebote|angebote vergleichen|preise vergleichen|zum (?:shop|angebot|deal)"
    r"|compare (?:prices|offers|deals)|more (?:offers|deals)|view (?:deal|offer)|check (?:price|availability)|voir l'offre"
    r"|comparer les prix|ver oferta|comparar precios|porównaj ceny|zobacz ofert\w*|сравнить цены|порівняти ціни)\b",
    re.I,
)
"""A shop widget's own label or button: "Shop-Empfehlung für …", "Weitere Angebote vergleichen", "Compare prices"."""
SHOP_LABEL_MAX_WORDS = 8


def is_meter(text: str) -> bool:
    """A paywall's count of free articles ("You have 3 free articles left this month")."""
    return len(text.split()) <= METER_MAX_WORDS and bool(_METER.search(text))


def is_sales_note(text: str) -> bool:
    """A paywall's counter of free articles, a magazine's note on the issue, a box on what journalism costs, or a shop
    widget's price and fine print."""
    count = len(text.split())
    if _PRICE_ALONE.match(text.strip()) or (count <= SHOP_NOTE_MAX_WORDS and _SHOP_FINE_PRINT.search(text)):
        return True
    if count <= SHOP_LABEL_MAX_WORDS and _SHOP_LABEL.match(text.strip()):
        return True
    if is_meter(text):
        return True
    if count <= ISSUE_NOTE_MAX_WORDS and _ISSUE_NOTE.search(text):
        return True
    return count <= PRICE_PITCH_MAX_WORDS and bool(_PRICE_OF_NEWS.search(text)) and (site_speaks(text) or mentions_subscription(text))
