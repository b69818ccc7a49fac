"""Lines that speak to the reader or point elsewhere: pitches, call-outs, comment rules, credits, "read also".

These complete :mod:`.furniture` with signs that hold across sites and languages: a paywall or
subscription pitch addressed to the reader, a call-out with an e-mail address, a call to
action, a comment section's prompts and rules, comment and view counts, a credits line
("Writing by …; Editing by …") or a photo credit ("Name/Agency"), a caption told by its own
words ("Pictured: …", "На фото: …", "(left)"), a "read also" or playlist label in the page's
language, a teaser that ends in its "more" link, a gallery counter ("3 of 12"), site chrome
(wiki taglines, banners, tag lines, cookie notices, buttons such as "Se connecter"), an
invitation to the site's app or channel, a reader-addressed line in capitals, closing notes
(revision, licence, press contact, "about the author"), an author's biography, and text written
in look-alike letters of another script (a spam filter dodge, never an article's). The line that
opens a comment section, which ends the article, is :mod:`.comments`' to tell.
"""

from __future__ import annotations

import re

from .pitches import QUOTED, addresses_reader, is_pitch, is_site_welcome, site_speaks, speaks_as_site

from .comments import COMMENT_VERBS
from .legal import is_legal_notice
from .listlabels import POINTERS, READ_ALSO, is_label_line
from .pagenotes import is_page_note
from .placeholders import is_placeholder
from .terminal import ends_sentence

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
    rf"|\S\s*[|·•]\s*(?i:{_MORE})\s*[»›→>]*$"  # "… unter Druck. | mehr"
)
_ENDS_WITH_SOURCE = re.compile(r"[^\W\d_]{2}[.!?…][\"”»]?\s+[a-zäöüß]{2,6}$")  # "… wenig Neues. swr"
_PRICE = r"(?:\d+(?:[.,]\d+)?\s*(?:€|\$|£|zł|₽|₴|euros?\b)|(?:€|\$|£)\s*\d+(?:[.,]\d+)?)"
_PERIOD = r"\d+\s*(?:mois|months?|monate?n?|wochen|weeks?|meses|semanas|miesi\w+|tygodni\w*|месяц\w*|місяц\w*|jours|days|tage|días|dias)\b"
_OFFER = re.compile(
    rf"{_PERIOD}\s+(?:for|pour|für|por|para|za|за)\s+{_PRICE}|{_PRICE}\s+(?:for|pour|für|por|para|za|за)\s+(?:(?:the|les|die|los|os) \w+ )?{_PERIOD}",
    re.I,
)
"""A subscription offer: a time for a price ("2 mois pour 1€", "4 Wochen für 1 €", "$1 for 6 months")."""
OFFER_MAX_WORDS = 15
_TYPO_NOTE = re.compile(r"\bctrl\s*\+\s*enter\b", re.I)
"""The note asking readers to report a typo by selecting it and pressing Ctrl+Enter, common under Russian and Ukrainian articles."""
TYPO_NOTE_MAX_WORDS = 40
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # tried once per word: a long word is no quadratic scan
_ADDRESS_SIGN_OFF = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[(\[]?(?:end|fin|ende|конец|кінець|koniec)[)\]]?)?$", re.I)
"""A reporter's address alone closing a wire story, maybe with its end mark: "ann.rowe@wire.example (END)"."""
_CALL_OUT = re.compile(
    r"\b(?:we want to hear from you|tell us (?:why|what|how|about|your|more)|get in touch|share your (?:story|stories|views"
    r"|experiences?|thoughts|photos|pictures|videos|images|tips)|send us|contact us|let us know|write to us"
    r"|tell us (?:below|in the comments)|sound off (?:below|in the comments)|(?:comment|chime in) below"
    r"|submit(?:ting)? (?:a |your )?(?:news|press) releases?|send (?:in )?your (?:news|tips|stories|press releases)"
    r"|(?:have|got) a (?:story|news tip|tip|story idea) for us|contact (?:our|the) (?:newsroom|news ?desk|editors|editorial team))\b",
    re.I,
)
"""A call-out: the site asks its reader for stories, news tips or press releases, or to answer its question in the comments
("Are you surprised? Tell us below.") (with the reader addressed)."""
_NEWS_CALL = re.compile(
    r"^(?:(?:є|маєте|знаєте|есть|знаете)\s+(?:цікав\w+\s+|интересн\w+\s+)?(?:новин\w*|новост\w*|тем\w*|истори\w*|історі\w*)\s*\?\s*)?"
    r"(?:надсилайте|надішліть|присилайте|присылайте|пришлите|отправляйте|пишіть|пишите)\s+(?:нам\s+|в редакц\w+\s+|до редакції\s+)?"
    r"(?:(?:свої|ваші|свои|ваши)\s+)?(?:новин\w*|новост\w*|фото\w*|відео|видео|истори\w*|історі\w*|прес-реліз\w*|пресс-релиз\w*|на\s)",
    re.I,
)
"""The site asking its reader, in Russian or Ukrainian, for news: "Надсилайте свої новини на …", "Есть новость? Пишите нам на …"."""
NEWS_CALL_MAX_WORDS = 30
_AFFILIATE_NOTE = re.compile(
    r"\baffiliate[- ]links?\b|\b(?:we|the site|this site) (?:may|might|will|can) (?:earn|receive|get) (?:a )?(?:small )?"
    r"(?:commission|compensation|share of (?:the )?sales)\b|\bmay receive compensation for (?:some )?links\b"
    r"|\b(?:provisions|affiliate|partner)-?links?\b.{0,80}\bprovision\b|\bliens? (?:d'affiliation|affiliés?)\b"
    r"|\benlaces de afiliad[oa]s?\b|\blinki afiliacyjn\w*\b|\bпартнерск\w+ ссылк\w*\b|\bпартнерськ\w+ посилан\w*\b",
    re.I,
)
"""A note that the page's links to shops earn the site money ("some of the links are affiliate links", "we may earn a commission")."""
AFFILIATE_NOTE_MAX_WORDS = 80
_CTA_ENDING = re.compile(r"[.!?]\s+(?:learn more|read more|find out more|click here|more info|see more)\s*[.!]?$", re.I)
_COMMENT_RULES = re.compile(
    r"\b(?:your comments?|reader(?:s'?)? comments|use the comments"
    r"|comments (?:are|will be|may be|must be|should be) (?:moderated|published|republished|reviewed|civil|closed|open|welcome)"
    r"|we ask that comments"
    r"|(?:offensive|abusive) comments|comment(?:s|ing)? (?:policy|guidelines|rules)"
    r"|(?:مراجعة|نشر|حذف|إرشادات|سياسة|شروط) (?:ال)?تعليق\w*)",
    re.I,
)
_CREDITS = re.compile(
    r"\b(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated|research|graphics|photography)\s+by\b", re.I
)
_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide|bild|foto|фото|слайд|zdjęcie|imagen|diapositive)s?\s*)?"
    r"\d{1,3}\s*(?:of|/|из|з|von|de|sur|z)\s*\d{1,3}\s*[|·•-]?$",
    re.I,
)
"""A gallery's counter: "3 of 12", "Bild 1 von 9", "Фото 2 из 5"."""
_COUNTED_CAPTION = re.compile(r"^[\[(]\d{1,3}\s*/\s*\d{1,3}[\])]\s*\S")
"""A slideshow's caption opened by its counter in brackets: "[2/5]The pier at low tide…"."""
COUNTED_CAPTION_MAX_WORDS = 80
_CAPITALISED = r"[A-ZА-ЯЁЄІЇҐ][\w.'’&-]*"
_FOR = r"(?:for|für|pour|para|per|dla|для)\s+"
"""The word before the paper a freelance photographer worked for ("Ann Bell/for The Courier")."""
_CREDIT_LINE = re.compile(
    rf"^(?:(?:photo|foto|fot|фото|image|bild|source|джерело|источник|źródło)\s*[:.]\s*)?"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
    rf"(?:\s*/\s*(?:{_FOR})?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}|(?:/{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}){{2,3}})$"
)
"""A photo's credit: a name and an agency, or a pool between them ("Ann Bell/Pool/Coast Images"), or the paper a freelance
took it for ("Ann Bell/for The Courier"); three parts or more set apart by spaced slashes are a trail of sections
("News / Local / Top Stories"), not a credit."""
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
    r"|kommentare|commentaires|comentarios|komentarze|коментарі|комментарии|(?:show|hide|load|view) (?:all )?comments"
    r"|kommentare (?:anzeigen|lesen)|afficher les commentaires|ver comentarios|pokaż komentarze|показать комментарии"
    r"|показати коментарі|" + COMMENT_VERBS +
    r")\W*(?:\(\d+\))?\W*$"  # comment prompts and rules
    r"|\bleave a (?:comment|reply)\b|^accessibility (?:links|help)$|^(?:previous|next|older|newer) (?:article|story|post|page)s?$"
    r"|^(?:you are here|sie sind hier|vous êtes ici|usted está aquí|estás aquí|jesteś tutaj|ви тут|вы здесь)\s*:"  # a breadcrumb's label
    r"|^(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁЄІЇҐ])[^.!?→›»]{0,30}"
    r"(?:\s*[→›»]\s*(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁЄІЇҐ])[^.!?→›»]{0,30}){2,}$"  # a breadcrumb trail: "Home › News › Harbour"
    r"|^(?:(?:article|contenu) )?réservé (?:à nos|aux) abonnés$"
    r"|^(?:subscriber|member|premium)s?[- ]only(?: article| content| story)?$"
    r"|^(?:nur |exklusiv )?für abonnenten$|^(?:artículo |contenido )?exclusivo (?:para )?(?:suscriptores|abonados)$",  # a paywall mark
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
_SEEN_TIMES = (
    r"(?:viewed|read|seen|visto|leído|leido|gelesen|gesehen|vu|lu|wyświetlono|przeczytano|переглянуто|прочитано|просмотрено)"
    r"\s+[\d\s.,]+\s*(?:times|veces|mal|fois|razy|раз\w*)"
)
_COUNTS = re.compile(
    rf"^(?:(?:{_COMMENT_WORDS}|{_VIEW_WORDS})\s*[:(]?\s*[\d\s]+\)?|[\d\s]+(?:{_COMMENT_WORDS}|{_VIEW_WORDS})|{_SEEN_TIMES})$", re.I
)
"""A comment or view count standing alone: "Comments (3)", "0 коментарів", "Views: 184", "Visto 314 veces"."""
_COOKIE_NOTICE = re.compile(
    r"\A(?=.*\bcookie)(?=.*(?:website|\bsite\b|browser|consent|accept|privacy|datenschutz|einwilligung|akzept|zustimm|сайт|згод"
    r"|соглас|analytics|tracking|персональн|navigation|navegación|strona|witryn))",
    re.I | re.S,
)
_UI_LABELS = re.compile(
    r"\b(?:full ?screen|vollbild|plein écran|pantalla completa|полноэкранн\w*|на весь экран|на весь екран|повноекранн\w*"
    r"|pełny ekran|zoom in|zoom out)\b",
    re.I,
)
_PLAYER_STATUS = re.compile(
    r"^(?:video|audio|vidéo|vídeo|видео|відео)\s+(?:loading|is loading|unavailable|not available|player|indisponible|non disponible"
    r"|wird geladen|nicht verfügbar|no disponible|cargando|недоступно|загружается|недоступне|завантажується)$"
    r"|^(?:click|tap|press) (?:here )?to (?:play|watch|listen|unmute)|\bvideo will (?:auto-?play|start|play) (?:soon|in)(?![a-z])"
    r"|^(?:play now|now playing|auto-?play|cargando video|chargement de la vidéo|video lädt)\b",
    re.I,
)
"""A video player's status and controls as a copy gives them: "Video Loading", "Click to play", "The video will auto-play soon"."""
PLAYER_STATUS_MAX_WORDS = 12
_PRINT_NOTE = re.compile(
    r"^(?:опубликовано|опубліковано|published|erschienen|publié|publicado|opublikowano)\s+(?:в|у|in|dans|en|w)\s+"
    r"(?:газете|газеті|номере|номері|the print edition|print|the newspaper|der zeitung|der print|l'édition|la edición|wydaniu)"
    r"|^a version of this (?:article|story|review|column) appears in print\b"
    r"|^original[- ]content (?:von|from|by)\b|^[^.]{0,80}, übermittelt durch [^.,]{0,40}$"  # a wire's originator line
    r"|^(?:(?:this|a version of this|an earlier version of this) (?:article|story|post|piece|column|essay)(?: was)? (?:originally"
    r"|first) (?:appeared|published|ran|posted)|(?:dieser|der) (?:artikel|beitrag|text) (?:ist |erschien )(?:zuerst|ursprünglich)"
    r"|cet article a (?:été )?(?:initialement|d'abord) (?:été )?publié|este (?:artículo|texto) (?:fue|se) publicó? originalmente)"
    r"\b[^,;]{0,80}$",  # a syndication note: "This article originally appeared on …"
    re.I,
)
_CONTACT = re.compile(
    r"^(?:press|media|news) (?:contacts?|enquiries|inquiries)\b|^pressekontakt|^kontakt für (?:die )?(?:presse|medien)"
    r"|^contacts? (?:presse|médias?)|^contacto de prensa|^kontakt dla mediów|^контакти? для (?:сми|зми|прес[иы])"
    r"|^(?:notes? to editors|hinweis(?:e)? für (?:die )?redaktionen|note aux rédactions)\b|^(?:(?:für|bei) )?rückfragen(?: bitte)? an\W*$"
    r"|^(?:about the authors?|über (?:den autor|die autorin)|zur person|à propos de l'auteur|sobre (?:el|la) autor[a]?|o autorze"
    r"|об авторе|про автора|press office|media relations|pressestelle|service de presse|oficina de prensa|biuro prasowe"
    r"|прес-служба|пресс-служба|contacts?|kontakt|contacto|контакти|контакты)\W*$",
    re.I,
)
"""The press-contact block or editors' notes that close a press release, and the "about the author" box."""
_KEYS = re.compile(r"\b(?:Enter|ENTER|Return|Eingabetaste|Entrée)\b")
_KEYS_HELP = re.compile(
    r"\b(?:Esc|ESC|Escape)\b|(?i:\b(?:press|hit|drücken|appuyez|pulsa|presione|pressione|naciśnij|нажмите|натисніть)\b)"
)
_SEARCH = re.compile(r"\b(?:search|such|recherch|busc|búsqueda|pesquis|szuka|wyszuk|поиск|пошук)", re.I)
_CALL_VERBS = re.compile(
    r"^(?:bleiben sie auf dem laufenden|restez informés?|mantente informado"
    r"|suscr[ií]bete|dona|apoya|únete|síguenos|abonnez-vous|soutenez|faites un don|suivez-nous|inscrivez-vous"
    r"|abonnieren sie|jetzt abonnieren|unterstützen sie|spenden sie|folgen sie uns|підпишіться|підписуйтеся|підписуйтесь"
    r"|підтримайте|долучайтеся|стежте за нами|слідкуйте за нами|подпишитесь|подписывайтесь|поддержите|следите за нами|присоединяйтесь"
    r"|subskrybuj|wesprzyj|obserwuj nas|zapisz się)\b",
    re.I,
)
"""Calls to action in other languages ("Підпишіться на…", "Suscríbete…", "Folgen Sie uns…")."""
_ASKED_CALL = re.compile(r"^[^.!?]{3,80}\?\s+" + _CALL_VERBS.pattern.removeprefix("^"), re.I)
"""A short question before a call to follow the site somewhere ("Хотите быть в курсе? Подписывайтесь на наш Telegram")."""
_APP_CALL = re.compile(
    r"^(?:download|get|install|try|check out|find out|stay (?:up to date|informed)|keep up"
    r"|sprawdź|pobierz|zainstaluj|zobacz|czytaj|posłuchaj|obejrzyj|завантажуйте|завантажте"
    r"|встановіть|читайте|дивіться|слухайте|скачайте|скачивайте|установите|смотрите|слушайте|laden sie|holen sie sich|hören sie"
    r"|lesen sie|entdecken sie|téléchargez|installez|écoutez|lisez|regardez|découvrez|descarga|descargue|instala|escucha|lee|mira"
    r"|descubre)\b(?=.*\b(?:app|apps|aplikacj\w*|застосун\w*|додат\w*|приложени\w*|anwendung|application|aplicaci[oó]n\w*"
    r"|podcast\w*|подкаст\w*|newsletter\w*|канал\w*|kanał\w*|chaîne|canal)\b)",
    re.I,
)
"""An invitation to the site's app, podcast, newsletter or channel, in the languages articlecast reads."""
_UI_WORDS = re.compile(
    r"^(?:se connecter|connexion|s['’]abonner|je m['’]abonne|s['’]inscrire|partager|imprimer|copier le lien|anmelden|einloggen|abmelden"
    r"|registrieren|drucken|teilen|link kopieren|iniciar sesión|registrarse|suscribirse|compartir|imprimir|copiar enlace"
    r"|zaloguj się|zarejestruj się|udostępnij|drukuj|kopiuj link|войти|выйти|зарегистрироваться|поделиться|печать"
    r"|копировать ссылку|подписаться|увійти|вийти|зареєструватися|поділитися|друк|скопіювати посилання|підписатися)\W*$",
    re.I,
)
"""A site's buttons and menu entries in the languages articlecast reads ("Se connecter", "Поділитися")."""
CAPITALS_MIN_WORDS = 5
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


_PHOTO_DATE_WORD = r"\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?"
"""A word of the date an agency puts between "In this" and "photo" ("In this Sunday, March 3, 2019, photo")."""
_CAPTION = re.compile(
    rf"^(?:pictured|(?:[^.]{{0,60}}?\bfile\s*[-–—]\s*)?in this (?:(?:{_PHOTO_DATE_WORD}),?\s+){{0,5}}(?:file |handout |undated )?(?:photo|image|picture)"
    r"|file\s*[-–—]\s|this (?:photo|image|picture) shows|(?:file|archive) (?:photo|image)"
    r"|на фото|на знімку|на світлині|архівне фото|фото з архіву|архивное фото|фото из архива|auf dem bild|archivbild|archivfoto"
    r"|(?:(?:фото|світлина|зображення) (?:ілюстративн\w+|з відкритих джерел|із соцмереж|з соцмереж)|ілюстративне (?:фото|зображення)"
    r"|(?:фото|изображение) (?:иллюстративн\w+|из открытых источников|из соцсетей)|иллюстративное (?:фото|изображение)"
    r"|(?:скриншот|скріншот|кадр) (?:з|із|из) (?:відео|видео))\W*$"
    r"|sur (?:la|cette) photo|photo d'archive|en (?:la|esta) (?:imagen|foto(?:grafía)?)|(?:imagen|foto) de archivo"
    r"|na (?:zdjęciu|fotografii)|zdjęcie archiwalne)\b"
    r"|^(?:symbolbild|symbolfoto|illustrative (?:photo|image|picture)|(?:photo|image) d'illustration|zdjęcie ilustracyjne|ilustracja"
    r"|иллюстрация|ілюстрація)(?:\s*[/|:,]\s*[^.!?]{1,60})?$"
    r"|[.!?]\s*(?:file|archive) (?:photo|image|picture)\.?$",
    re.I,
)
"""A photo caption's own words: "Pictured: …", "На фото: …", "… File photo", a picture's label
("Symbolbild", "Zdjęcie ilustracyjne / Agency"), and an agency's
"FILE - …" and "In this Sunday, March 3, 2019, photo …"."""
_PLACE_IN_PICTURE = re.compile(
    r"(?<!\w)\((?:left|right|centre|center|l|r|top|bottom|pictured|links|rechts|à gauche|à droite|izquierda|derecha|слева|справа"
    r"|зліва|праворуч|ліворуч|z lewej|z prawej|od lewej)\)",
    re.I,
)
"""Where a person stands in the picture, in brackets after the name: "Ann Rowe (left)", "Tom Hill (pictured)"."""
PLACED_SENTENCE_MIN_WORDS = 8
"""Words from which a full sentence naming where someone stands in the picture is a paragraph, not a caption."""
CAPTION_MAX_WORDS = 40
_BIO = re.compile(
    r"\b(?:covers|is an? |is the |reporter|correspondent|editor|writer|journalist|columnist|based in|writes about|reports on"
    r"|teaches|lehrt|unterrichtet|enseigne|enseña|wykłada|викладає|преподає|преподаёт|преподает"
    r"|has worked|joined (?:the )?\w+(?: \w+)? in \d{4}|ist (?:redakteur|korrespondent|reporter|journalist)\w*|schreibt über"
    r"|\w*redakteur\w*|journalistenschule|volontariat\w*|kam \d{4} zu[rm]?\b|arbeitet\w* (?:seit|als|für)"
    r"|est (?:journaliste|correspondant|rédact)\w*"
    r"|es (?:periodista|corresponsal|redactor)\w*|jest (?:dziennikar|reporter|korespondent|redaktor)\w*"
    r"|журналіст\w*|кореспондент\w*|оглядач\w*|редактор\w*|журналист\w*|корреспондент\w*|обозревател\w*)",
    re.I,
)
BIO_MAX_WORDS = 120


def is_caption(text: str) -> bool:
    """A photo caption told by its own words, not quoting anyone ("Pictured: the quay", "На фото: …"), or a line that
    places its people in the picture ("Ann Rowe (left) at the quay"): a full sentence that does so is a paragraph, as
    in "Tom Hill (pictured) was elected chair on Tuesday." """
    words = len(text.split())
    placed = bool(_PLACE_IN_PICTURE.search(text)) and not (words >= PLACED_SENTENCE_MIN_WORDS and ends_sentence(text))
    return words <= CAPTION_MAX_WORDS and (placed or bool(_CAPTION.search(text.strip()))) and not QUOTED.search(text)


def is_author_bio(text: str, names: tuple[str, ...]) -> bool:
    """A line about one of the article's authors ("Ann Bell covers local politics for …", "Ann Bell ist Redakteurin …")."""
    return bool(names) and text.startswith(names) and len(text.split()) <= BIO_MAX_WORDS and bool(_BIO.search(text))


def is_kicker(text: str) -> bool:
    """A story-genre label standing alone ("Q&A", "Analyse", "Вопрос-ответ"): the kicker of a teaser box."""
    return bool(_KICKER.match(text.strip(" :|")))


_INLINE_POINTER = re.compile(
    rf"^(?P<label>{POINTERS})\s+(?:(?:article |contenu )?réservé à nos abonnés\s+)?"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ«“\"„])[^.!?…]*[^.!?…\s]$",
    re.I,
)
"""A "read also" label of two words or more run together with the headline it links to ("Lire aussi Le port rouvre")."""


_CITED_POINTER = re.compile(
    rf"^(?P<label>{POINTERS})\s+(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]*(?:\s*[,&]\s*|\s+(?:and|et|und|y|de|von|van)\s+|\s+)){{1,10}}"
    r"[«“„\"][^»”“\"]{3,150}[»”“\"]",
    re.I,
)
"""A "read also" label of two words or more before a citation: the authors' names, the quoted title, where it appeared."""
CITED_POINTER_MAX_WORDS = 40


def labelled_link(text: str, max_words: int = 20) -> bool:
    """A "read also" label with a headline after it ("Lea más: …", "Читайте також: …", "Lire aussi Le port …"), or with a
    citation ("Lire aussi Ann Rowe, « Le port rouvre », La Gazette, mai 2024.")."""
    text = text[1:-1] if text[:1] + text[-1:] in ("[]", "()") else text  # "[Read: <headline>]"
    cited = _CITED_POINTER.match(text)
    return (len(text.split()) <= CITED_POINTER_MAX_WORDS and cited is not None and " " in cited.group("label")) or (
        len(text.split()) <= max_words
        and bool(
            re.match(rf"^(?:{READ_ALSO})\s*(?::|：|»|›|>|→|\|)", text, re.I)
            or ((inline := _INLINE_POINTER.match(text)) is not None and " " in inline.group("label"))
        )
    )


def ends_with_more(text: str) -> bool:
    """A teaser: a few words ending in its "more" link ("… a herber Schlag. mehr", "… Подробнее")."""
    return len(text.split()) >= 5 and bool(_ENDS_WITH_MORE.search(text) or _ENDS_WITH_SOURCE.search(text))


def is_promo(text: str) -> bool:
    """A line of page furniture that speaks to the reader, credits the desk, or hides its letters."""
    words = text.split()
    count = len(words)
    return (
        is_label_line(text)
        or labelled_link(text)
        or _speaks_to_reader(text, count)
        or is_site_welcome(text)  # "Witamy na stronie …", "Welcome to our website …": a welcome box
        or is_credits(text)
        or bool(_COUNTER.match(text))
        or bool(_ADDRESS_SIGN_OFF.match(text.strip()))  # "ann.rowe@wire.example (END)"
        or (count <= COUNTED_CAPTION_MAX_WORDS and bool(_COUNTED_CAPTION.match(text)))
        or bool(_COUNTS.match(text.strip()))
        or (count <= 80 and bool(_COOKIE_NOTICE.match(text)))  # "This site uses cookies…", "Wir verwenden Cookies…"
        or (count <= 80 and "cookie" in text.casefold() and speaks_as_site(text))  # "Utilizamos cookies … nuestros servicios"
        or (count <= 6 and bool(_UI_LABELS.search(text)))  # "Open in full screen"
        or (count <= PLAYER_STATUS_MAX_WORDS and bool(_PLAYER_STATUS.search(text)))  # "Video Loading", "Click to play"
        or (count <= 4 and bool(_UI_WORDS.match(text.strip())))  # "Se connecter", "Поділитися"
        or (count <= 40 and bool(_PRINT_NOTE.search(text)))  # "Published in the print edition of …"
        or (count <= AFFILIATE_NOTE_MAX_WORDS and bool(_AFFILIATE_NOTE.search(text)))  # "… we may earn a small commission"
        or (count <= 40 and bool(_CHROME.search(text)))  # site chrome: taglines, revision and licence lines, banners, tags
        or is_credit_line(text)  # "Ann Bell/Lowmoor Courier"
        or is_caption(text)  # "Pictured: …", "На фото: …"
        or (count <= LOOK_ALIKE_MAX_WORDS and _looks_alike(words))
        or (count <= 30 and bool(_CALL_VERBS.match(text) or _APP_CALL.match(text)) and not QUOTED.search(text))
        or (count <= 20 and bool(_ASKED_CALL.match(text)) and bool(_PLATFORMS.search(text)))  # "Хочете …? Підписуйтесь на наш Viber"
        or (CAPITALS_MIN_WORDS <= count <= 40 and text.upper() == text and site_speaks(text))  # "CHECK OUR APP AND …"
        or (count <= 7 and bool(_PLATFORMS.search(text)) and not _SENTENCE_END.search(text))  # "Наш канал у Telegram"
        or is_search_help(text)  # "Press Enter to search, Esc to close"
        or is_page_note(text)  # "Час читання: 3 хв", "Мнение автора может не совпадать с позицией редакции"
        or is_placeholder(text)  # "Externer Inhalt", "Treść niedostępna": an embed the page has not loaded
        or (count <= TYPO_NOTE_MAX_WORDS and bool(_TYPO_NOTE.search(text)))  # "Помітили помилку? … натисніть Ctrl+Enter"
        or (count <= OFFER_MAX_WORDS and bool(_OFFER.search(text)) and not _SENTENCE_END.search(text))  # "2 mois pour 1€"
    )


def _speaks_to_reader(text: str, count: int) -> bool:
    """A pitch, call-out, comment rule or "Learn more" ending; never a line that quotes someone (articles quote people)."""
    if QUOTED.search(text):
        return False
    return (
        is_pitch(text)
        or (count <= 40 and bool(_CALL_OUT.search(text)) and addresses_reader(text))
        or (count <= NEWS_CALL_MAX_WORDS and bool(_NEWS_CALL.match(text)))
        or (count <= 40 and bool(_EMAIL.search(text)) and addresses_reader(text))
        or (count <= 60 and bool(_COMMENT_RULES.search(text)))
        or (count <= 60 and bool(_CTA_ENDING.search(text)))
    )


_MEDIA_LABEL = re.compile(
    r"^(?:watch(?: in full| now| live| again| the video)?|video|listen|audio|смотрите|видео|дивіться|відео|vidéo|ansehen|ver vídeo)\s*[|:]", re.I
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


_CREDITED_BY = re.compile(
    r"^(?i:photo(?:graph(?:er)?)?s?|pictures?|images?|illustrations?|video|fotos?|bild(?:er)?|zdjęcie|фото|screenshots?|screen ?grabs?"
    r"|(?:photo |image )?credits?)(?:\s+(?i:by|via|von|de|par|por)\s*:?|\s*:)\s*"
    rf"{_CAPITALISED}(?:[\s,&/-]+{_CAPITALISED}){{0,7}}$"
)
"""A credit naming who took the picture: "Photograph by Ann Bell, Lowmoor Harbour Board", "Credit: Ann Bell/Coast Images",
"Photo by: Lowmoor Courier"."""


_BRACKETED_CREDIT = re.compile(
    r"^[(\[](?:photo|foto|fot|фото|image|bild|picture|illustration|grafik|zdjęcie|imagen|crédit photo)s?\s*:\s*[^()\[\]]{2,80}[)\]]$", re.I
)
"""A labelled credit in brackets under a picture: "(Foto: ann rowe/hafenbild; Bearbeitung Courier)"."""


def is_credit_line(text: str) -> bool:
    """A photo credit standing alone: "Ann Bell/Lowmoor Courier", "Photograph by Ann Bell, Lowmoor Harbour Board",
    "(Photo: Ann Bell)"; an author box's label and name ("Author / Ann Bell") is none."""
    if _AUTHOR_LABEL.match(text.strip()):
        return False
    return bool(_CREDIT_LINE.match(text.strip()) or _CREDITED_BY.match(text.strip()) or _BRACKETED_CREDIT.match(text.strip()))


_AUTHOR_LABEL = re.compile(r"^(?:author|autor|автор)\w*\s*[/:]", re.I)


def is_end_note(text: str) -> bool:
    """A page's closing note, after which no article text comes: a revision or licence line, legal small print
    (:func:`~.legal.is_legal_notice`), a press contact."""
    return is_legal_notice(text) or (len(text.split()) <= 40 and bool(_END_NOTE.search(text) or _CONTACT.search(text.strip())))


def is_search_help(text: str) -> bool:
    """A search box's help: which keys start or leave the search ("Type and press Enter to search, Esc to close")."""
    return len(text.split()) <= 30 and bool(_KEYS.search(text) and _KEYS_HELP.search(text) and _SEARCH.search(text))


_CONTRIBUTED = re.compile(r"\b(?:also )?contributed(?: reporting| to the reporting)? (?:to|for) this (?:report|story|article)\.?$", re.I)
"""The line naming the colleagues who helped: "Ann Bell and the Courier's Tom Reid contributed to this report."."""
CONTRIBUTED_MAX_WORDS = 40


def is_credits(text: str) -> bool:
    """A desk's credits line naming two roles or more ("Reporting by …; Editing by …"), or the colleagues who contributed."""
    return len(_CREDITS.findall(text)) >= 2 or (len(text.split()) <= CONTRIBUTED_MAX_WORDS and bool(_CONTRIBUTED.search(text.strip())))


def _looks_alike(words: list[str]) -> bool:
    """Words mixing Latin and Cyrillic letters ("Аdvеrtіѕе"): text dressed to slip past filters."""
    mixed = sum(bool(_MIXED_WORD.fullmatch(word.strip(".,:;!?\"'()«»"))) for word in words)
    return mixed >= 2 and mixed * 3 >= len(words)
