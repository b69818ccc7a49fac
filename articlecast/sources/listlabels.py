"""Labels that introduce links to other stories ("Related", "Lesen Sie auch", "Читайте також", "Czytaj także"), alone on
their line or before a colon, in the languages articlecast reads and their neighbours."""

from __future__ import annotations

import re

POINTERS = (
    r"related(?: stories| articles| news| content| coverage| reading)?|read (?:more|also|next)|also read|see also"
    r"|more on this(?: story)?|more about|más sobre|plus sur|mehr (?:zu|über)|więcej o|больше о|більше про|more (?:news|stories) on this|recommended(?: for you)?|further reading|editor'?s'? picks"
    r"|lea(?: más| también)?|lee (?:más|también)|ver (?:más|también)|(?:[àa] )?lire aussi|à voir aussi|voir aussi"
    r"|sur le même sujet|lesen sie auch|mehr zum thema|auch interessant|zum thema|leia (?:mais|também)|veja também"
    r"|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|читайте (?:также|також|тоже)"
    r"|читай(?:те)? (?:також|ще)|до теми|по теме|на тему|дивіться також|смотрите также|см\. также|по темі|читайте (?:по теме|на тему|по темі|за темою)"
    r"|больше по теме|більше за темою|więcej na ten temat"
    r"|новости по теме|новини на тему|материалы по теме|матеріали (?:за )?(?:темою|по темі)|читайте (?:на|в) [\w .]{2,30}|read more (?:on|at) [\w .]{2,30}|зверніть увагу|tags?|topics?|related topics|themen|schlagwörter|теги|теми|темы|мітки"
    r"|etiquetas|tagi|more from [\w ]{2,30}|you may also like|you might also like|most read|most popular|latest news"
    r"|latest stories|more stories|more news|popular now|top stories|in other news|elsewhere on [\w ]{2,30}|most viewed"
    r"|most shared|trending now|don'?t miss|(?:more )?must[- ]reads?(?: from [\w ]{2,30})?|read next|recommended reading|more to explore|you may be interested in"
    r"|more videos|related videos|latest videos|watch next|playlist|editor'?s'? choice|interactive(?: feature| graphic)?"
    r"|більше новин|більше на тему|вас може зацікавити|вам може бути цікаво|рекомендуємо|популярне|останні новини|інші новини"
    r"|новини партнерів|відео дня|ещё по теме|еще по теме|читайте ещё|читайте еще|вас может заинтересовать|рекомендуем"
    r"|новини за темою|головне за день|главное за день|найпопулярніше|найбільше читають|найчитаніше|больше всего читают|самое популярное"
    r"|(?:всі|усі) (?:новини|статті|матеріали|публікації) (?:рубрики|автора|авторки|розділу)|все (?:новости|статьи|материалы|публикации) (?:рубрики|автора|раздела)"
    r"|популярное|последние новости|другие новости|новости партнеров|видео дня|самое читаемое|lesen sie mehr|weitere artikel"
    r"|weitere nachrichten|das könnte sie auch interessieren|empfehlungen|meistgelesen(?:e artikel)?|weitere videos|mehr videos"
    r"|auch lesenswert|verwandte artikel|passend dazu|(?:[àa] )?lire également|à découvrir(?: aussi)?|notre sélection"
    r"|(?:related|similar) posts|similar (?:articles|stories)|you (?:may|might) (?:also )?be interested in"
    r"|ähnliche (?:artikel|beiträge|themen)|verwandte beiträge|weitere beiträge|(?:weitere )?interessante (?:artikel|beiträge|themen)"
    r"|(?:das|dies|das thema|diese (?:artikel|beiträge|themen)) könnten? (?:dich|sie|euch) (?:auch |ebenfalls )?interessieren"
    r"|(?:вам )?(?:также )?может быть интересно|похожие (?:статьи|новости|материалы|публикации)|(?:вам )?(?:також )?може бути цікаво"
    r"|схожі (?:статті|новини|матеріали|публікації)|może (?:cię|was) (?:też |także |również )?zainteresować"
    r"|(?:podobne|powiązane|polecane) (?:artykuły|wpisy|teksty|materiały)|weiterführende (?:links|artikel|beiträge|informationen)"
    r"|weitere links|links zum thema|verwandte themen(?: (?:auf|in) unserem (?:blog|magazin))?"
    r"|sur le même thème|les plus lus|ces articles pourraient vous intéresser|vous aimerez aussi|dans la même rubrique"
    r"|plus de vidéos|(?:también )?te puede interesar|le puede interesar|noticias relacionadas|contenido relacionado"
    r"|relacionad[oa]s?|más noticias|lo más leído|más leídas|más videos|no te pierdas|te recomendamos"
    r"|przeczytaj (?:też|także|również)|czytaj również|polecamy|najczęściej czytane|więcej (?:wideo|filmów)|podobne artykuły"
    r"|новини по темі|популярні новини|популярные новости|popular news|головне сьогодні|главное сегодня|top stories today"
    r"|это интересно|це цікаво|фото дня|актуальное|актуальне|in pictures|in video|главные новости|головні новини|mehr aus [\w ]{2,30}"
    r"|більше статей|больше статей|more articles|więcej artykułów|najnowsze wiadomości|najważniejsze wiadomości"
    r"|more (?:articles|stories|news) (?:from|in) this (?:section|category)(?: here)?|mehr (?:artikel |nachrichten )?aus"
    r" (?:dieser|der) rubrik(?: gibt'?s hier)?|plus d'articles (?:de|dans) (?:cette|la) rubrique"
    r"|más (?:artículos|noticias) de (?:esta|la) sección|for more,? (?:read|see|watch)"
    r"|【?(?:相关|相關|延伸|推荐|推薦)(?:阅读|閱讀|新闻|新聞|文章|报道|報導|视频|視頻|影片)】?|【?関連(?:記事|ニュース|動画)】?"
    r"|(?:精彩|热门|熱門)?(?:视频|視頻|影片)?(?:推荐|推薦)|猜你喜欢|猜你喜歡|あわせて読みたい|おすすめ(?:記事)?"
)
"""Labels that introduce links to other stories, in the languages articlecast reads and their neighbours."""
READ_ALSO = (
    POINTERS + r"|more(?: news| stories)?|watch(?: now)?|listen|videos?|photos?|images?|pictures?|gallery|credit|source"
    r"|trending|most (?:read|popular|viewed)|popular|top stories|up next|don'?t miss|must read|важливо"
    r"|read|lire|lesen|leer|leia|czytaj|читайте|читай|читати"
    r"|图注|圖註|图片说明|圖片說明|图说|圖說|图为|圖為|图片来源|圖片來源|图片|圖片|资料图|資料圖|图|圖|写真|画像"
)
"""Labels that, with a colon, introduce a link, a credit or a caption ("Photo: …", "Watch: …", "图注：…" a picture's note)."""

_LABEL_LINE = re.compile(rf"^(?:{POINTERS})\s*[:：»›>→|.…]*$", re.I)


def is_label_line(text: str) -> bool:
    """A "read also" / "related" label standing alone ("À lire aussi :", "Mehr zum Thema")."""
    return bool(_LABEL_LINE.match(text.strip()))
