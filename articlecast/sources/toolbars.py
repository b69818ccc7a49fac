"""A row of an article's buttons copied as a line of text: "vorlesen Druckansicht Kommentare lesen 128 Beiträge".

Pages set their tools (read aloud, print, share, comment, save) in a row by the headline; a copy
of the page gives their labels as one line, which is short and has no full stop, so it looks
like a headline. It is told by its words: every one a tool's label, a count or a linking word, two or
more labels. A copy may glue the labels together ("vorlesenDruckansichtKommentare lesen128"): a
capital or a figure after a small letter starts a new label.

A note under a chart or a document telling the reader how to get its file ("Click the image to download
the chart as a PDF (95 KB)") is such a tool's label too: a download, a file and the reader (or a click), in a short line.
"""

from __future__ import annotations

import re

TOOL_WORDS = frozenset(
    """
    print printer-friendly share shares email e-mail comment comments listen save bookmark tweet copy link read aloud
    pocket whatsapp facebook twitter telegram linkedin x mail send reddit flipboard pinterest view gift back replay again
    tumblr xing vk messenger threads bluesky mastodon tuenti menéame meneame eskup twittear tuitear recomendar
    play pause mute unmute fullscreen article text font size reset increase decrease larger smaller
    textgrösse schriftgrösse taille police tamaño letra fuente rozmiar czcionki tekstu размер шрифта текста розмір шрифту тексту
    vergrössern verkleinern agrandir réduire diminuer aumenta aumentar disminuye disminuir reducir zwiększ zmniejsz
    увеличить уменьшить збільшити зменшити
    drucken druckansicht teilen kommentare kommentar kommentieren vorlesen merken speichern anhören lesen beiträge
    beitrag versenden verschicken kopieren seite page página stronę strona страницу сторінку
    imprimer partager commentaires commentaire commenter écouter sauvegarder enregistrer envoyer copier lien
    imprimir compartir comentarios comentario guardar escuchar enviar copiar enlace volver ver voltar novamente
    compartilhar comentar salvar ouvir assistir reproduzir texto artículo artikel
    drukuj udostępnij komentarze komentarz zapisz słuchaj wyślij
    друк роздрукувати поділитися коментарі коментар зберегти слухати надіслати
    печать распечатать поделиться комментарии комментарий сохранить слушать отправить
    """.split()
)
"""Labels of the tools a page sets by its headline or on a video player ("Back Replay") or for its text size ("Text Size"), in
the languages we read."""
LINKING_WORDS = frozenset("in on to via per with this the auf im per mit zu diese sur en à par la le de du cette en con por o a el del esta den das w na z в у на по эту цю".split())
"""Small words between labels ("Share on X", "In Pocket speichern"), allowed but not counted."""
TOOLBAR_MIN_LABELS = 2
_WORD = re.compile(r"[^\W_][\w'’-]*")
_SEAM = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-zß-ÿа-яёєіїґ])(?=[A-ZÀ-ÞА-ЯЁЄІЇҐ])")
"""Where two glued labels meet: a figure beside a letter, or a capital after a small letter."""


def is_toolbar(text: str) -> bool:
    """Whether a line is only tool labels and counts ("Print Share 12 Comments"), two labels or more."""
    return any(_labels_only(_WORD.findall(form)) for form in (text, _SEAM.sub(" ", text)))  # "LinkedIn" as written or glued labels


def _labels_only(words: list[str]) -> bool:
    folded = [word.casefold() for word in words]
    labels = sum(word in TOOL_WORDS for word in folded)
    return labels >= TOOLBAR_MIN_LABELS and all(word in TOOL_WORDS or word in LINKING_WORDS or word.isdigit() for word in folded)


DOWNLOAD_NOTE_MAX_WORDS = 30
_DOWNLOAD = re.compile(
    r"\b(?:download\w*|herunterlad\w*|runterlad\w*|télécharg\w*|descarg\w*|scaric\w*|pobierz\w*|pobra\w*|baixar|"
    r"скача\w*|загруз\w*|завантаж\w*)",
    re.I,
)
_FILE = re.compile(r"\b(?:pdf|fichier|file|datei|archivo|plik\w*|файл\w*)\b|\b\d+(?:[.,]\d+)?\s?(?:k|kb|ko|mb|mo)\b", re.I)
_READER_OR_CLICK = re.compile(
    r"\b(?:you|your|vous|votre|cliqu\w*|click\w*|klick\w*|sie|ihr|clic|haga|puede|pulse|kliknij|klikając|możesz|"
    r"нажми\w*|натисн\w*)\b",
    re.I,
)


def is_download_note(text: str) -> bool:
    """A short line telling the reader how to get a file: "Vous pouvez télécharger ce graphique au format PDF en cliquant sur l'image"."""
    return len(text.split()) <= DOWNLOAD_NOTE_MAX_WORDS and all(rule.search(text) for rule in (_DOWNLOAD, _FILE, _READER_OR_CLICK))
