"""Legal notices at the foot of a page: rights reserved, no warranty, media registration, age ratings, terms of reuse.

Every news site closes its pages with some of them, in its own language, and none is article
text. They are told by the formula each language writes them with, not by a site's own words.
"""

from __future__ import annotations

import re

_RIGHTS_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    r"|wszelkie prawa zastrzeżone|все права защищены|(?:усі|всі) права захищені"
    r"|alle angaben ohne gewähr|angaben ohne gewähr|sans garantie d['’]exactitude|информация не является (?:публичной )?офертой"
)
_MEDIA_REGISTRATION = (
    r"(?:св-во|свидетельство) о регистрации (?:сми|средства массовой информации)|свідоцтво про (?:державну )?реєстрацію"
    r"|ідентифікатор медіа|зарегистрирован\w* (?:в )?(?:федеральной службе|роскомнадзор\w*)"
)
_AGE_RATING = (
    r"не предназначенн\w* для (?:пользователей|лиц|детей) (?:до|младше) \d{2} лет"
    r"|не призначен\w* для (?:користувачів|осіб|дітей) (?:до|молодше) \d{2} років"
    r"|not (?:intended|suitable) for (?:users|readers|persons|anyone) under (?:the age of )?\d{2}"
)
_REUSE_TERMS = (
    r"при (?:любом )?(?:использовани|цитировани|перепечатк)\w*\b.{0,120}\b(?:гипер)?ссылк\w*\b.{0,60}\bобязательн\w*"
    r"|(?:використан|цитуван|передрук)\w*\b.{0,120}\b(?:гіпер)?посилан\w*\b.{0,60}\bобов['’]?язков\w*"
    r"|(?:гіпер)?посилання\b.{0,60}\bобов['’]?язкове"
    r"|(?:использовани|цитировани|перепечатк|копировани)\w*\b.{0,60}\b(?:разрешается|допускается|возможн\w*)\b.{0,60}\b(?:гипер)?ссылк\w*"
    r"|(?:використан|цитуван|передрук|копіюван)\w*\b.{0,60}\b(?:дозволяється|допускається|можлив\w*)\b.{0,60}\b(?:гіпер)?посилан\w*"
)
_NOTICE = re.compile(rf"\b(?:{_RIGHTS_RESERVED}|{_MEDIA_REGISTRATION}|{_AGE_RATING}|{_REUSE_TERMS})\b", re.I)
_CJK_NOTICE = re.compile(
    r"版权所有|版權所有|未经(?:授权|许可|允许|同意)[，,、]?\s*(?:不得|禁止|请勿)|未經(?:授權|許可|允許|同意)[，,、]?\s*(?:不得|禁止|請勿)"
    r"|無断(?:転載|複製|転用)[をは]?(?:禁|お断り)"
)
"""The same formulas in Chinese and Japanese, which write no spaces, so no word boundary marks them ("未经授权，不得转载")."""
MAX_NOTICE_WORDS = 60
CJK_NOTICE_MAX_CHARS = 100
"""A notice in a script without spaces is one "word"; a paragraph about copyright is longer than this."""


def is_legal_notice(text: str) -> bool:
    """A line of a page's legal small print ("Все права защищены", "св-во о регистрации СМИ № …", "未经授权，不得转载")."""
    return len(text.split()) <= MAX_NOTICE_WORDS and (
        bool(_NOTICE.search(text)) or (len(text) <= CJK_NOTICE_MAX_CHARS and bool(_CJK_NOTICE.search(text)))
    )
