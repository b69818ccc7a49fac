"""Legal small print at the foot of a page is never read, in any language we read; article text that
mentions rights or registration is."""

from __future__ import annotations

import pytest

from articlecast.sources.legal import is_legal_notice
from articlecast.sources.promo import is_end_note


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 The Daily Example. All rights reserved.",
        "Alle Rechte vorbehalten.",
        "Tous droits réservés — Le Quotidien 2023",
        "Todos los derechos reservados. Prohibida su reproducción.",
        "Wszelkie prawa zastrzeżone.",
        "© 2010–2024 Новости края. Все права защищены.",
        "Усі права захищені. Використання матеріалів дозволяється за умови гіперпосилання, посилання обов'язкове.",
        "Сетевое издание «Пример» (св-во о регистрации СМИ № ЭЛ 00-00000 выдано 1 января 2000 г.).",
        "Ідентифікатор медіа R40-00000.",
        "Отдельные материалы могут содержать информацию, не предназначенную для пользователей до 16 лет.",
        "При использовании материалов сайта ссылка на источник обязательна.",
    ],
)
def test_a_page_s_legal_small_print_is_a_notice_that_ends_the_article(line: str) -> None:
    assert is_legal_notice(line)
    assert is_end_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "The court ruled that the band had reserved all rights to the recordings in its 1998 contract.",
        "Депутаты обсудили, как упростить регистрацию СМИ для небольших редакций.",
        "Міністерство нагадало, що посилання на джерела в дипломних роботах є звичайною практикою.",
        "The film is not suitable for a night in, the critic wrote.",
    ],
)
def test_article_sentences_about_rights_or_registration_are_not_notices(line: str) -> None:
    assert not is_legal_notice(line)
