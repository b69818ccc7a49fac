"""The line that opens a page's comment section, after which no article text comes.

A comment section's heading, prompt or count ("Comments", "Join the discussion", "Kommentare", "Réagir", "6 Comments",
"One Response to “<the post's title>”"),
a call to write a letter to the editor about the piece ("Send a Letter to the Editor"),
an invitation to comment in the languages articlecast reads ("Deixe seu comentário", "Dejá tu
comentario", "Send us your comment", "Laissez un commentaire"), and a notice that commenting needs an account ("You must be
logged in to post a comment", "Você precisa estar logado para enviar comentários", "Para comentar tenés que ingresar").
"""

from __future__ import annotations

import re

COMMENT_VERBS = (
    r"comentar|comente|commenter|commentez|kommentieren|skomentuj|komentuj|коментувати|прокоментувати|комментировать"
    r"|прокомментировать"
)
"""The verb "comment" as a comment form's heading ("Comentar", "Kommentieren")."""
_COMMENTS_OPEN = re.compile(
    r"^(?:comments?|join the (?:conversation|discussion|debate)|be the first to comment|add (?:a|your) comment|have your say"
    r"|loading comments|comments are (?:closed|open)|leave a (?:comment|reply)|kommentare|kommentar schreiben|commentaires"
    r"|(?:send|write|submit) (?:us )?(?:a|your) letter to the editor|letters? to the editor|leserbrief schreiben"
    r"|laisser un commentaire|réagir|comentarios|dejar un comentario|komentarze|dodaj komentarz|коментарі|залишити коментар"
    r"|написати коментар|комментарии|оставить комментарий|написать комментарий|" + COMMENT_VERBS + r")\W*$",
    re.I,
)
"""The heading or prompt that opens a comment section, after which no article text comes."""
_COMMENT_NOUNS = r"comments?|comentários?|comentarios?|commentaires?|réactions?|kommentare?|komentarz\w*|комментари\w*|коментар\w*"
_COMMENT_COUNT = re.compile(rf"^\d{{1,5}}\s+(?:{_COMMENT_NOUNS})\W*$", re.I)
"""A count of comments on a line of its own ("6 Comments", "12 комментариев")."""
_RESPONSES_TO = re.compile(
    r"^(?:\d{1,5}|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|repl(?:y|ies)|thoughts?|comments?)"
    r"\s+(?:to|on)\s+[“\"‘'«].+[”\"’'»]\W*$",
    re.I,
)
"""A blog's count of the replies to the post over them, with its title quoted ("One Response to “Going mobile”",
"12 thoughts on “Our trip”")."""
_REPLY_NOUNS = r"antwort|réponse|respuesta|resposta|odpowiedź|ответ|відповідь"
_COMMENT_PROMPT = re.compile(
    rf"^(?:\d+\s+)?(?:(?:{_COMMENT_NOUNS})\s+)?(?:[\w'’]+[,!]\s+)?"
    r"(?:leave|post|write|add|send|submit|deixe|envie|envíe|envía|enviá|envoyez|sende|wyślij|escreva|deja|dejá|deje|escribe|laissez|laisser|écrivez|hinterlassen sie|schreiben sie|hinterlasse"
    rf"|schreibe|zostaw|napisz|dodaj|оставьте|напишите|добавить|залиште|напишіть|додати)\b.{{0,30}}?\b(?:{_COMMENT_NOUNS}|{_REPLY_NOUNS})\W*$",
    re.I,
)
"""An invitation to comment or reply, in the languages articlecast reads ("Olá, deixe seu comentário.", "Dejá tu comentario",
"Hinterlasse eine Antwort"), maybe under the section's heading on the same line ("Kommentare Schreibe einen Kommentar")."""
_LOGIN_TO_COMMENT = re.compile(
    r"(?=.*\b(?:must|need|have to|tenés que|tienes que|tiene que|hay que|precisa|necesita|debes?|müssen|musst|dois|devez|devi|musisz|należy|нужно|необходимо|должны|потрібно)\b)"
    r"(?=.*\b(?:log(?:ged)?[ -]?in|sign(?:ed)? in|logad[oa]|conectad[oa]|conectar(?:se)?|connect(?:ée?|er)|identifi(?:ée?|er)|angemeldet|eingeloggt|anmelden|einloggen"
    r"|iniciar sesión|ingresar|ingresá|ingrese"
    rf"|registrad[oa]|zalogow\w*|авториз\w*|войти|войдите|увійти|увійдіть)\b)(?=.*\b(?:{_COMMENT_NOUNS}|comment\w*|coment\w*)\b)",
    re.I,
)
"""A notice that commenting needs an account ("Você precisa estar logado para enviar comentários.")."""
_COMMENTS_CLOSED = re.compile(
    r"^(?:(?:the )?comments? (?:are|is) (?:now )?(?:closed|disabled|turned off)|commenting (?:is )?(?:now |currently )?(?:closed|disabled|not (?:possible|available))"
    r"|(?:die )?kommentar(?:e|funktion) (?:ist |sind )?(?:\w+ )?(?:geschlossen|deaktiviert)|kommentieren ist (?:\w+ )?nicht (?:mehr )?möglich"
    r"|les commentaires sont (?:fermés|désactivés|clos)|los comentarios (?:están|se han) (?:cerrados|desactivados)"
    r"|(?:os )?comentários (?:estão )?(?:encerrados|fechados|desativados)|komentarze (?:są )?(?:zamknięte|wyłączone)"
    r"|комментарии (?:закрыты|отключены)|коментарі (?:закрито|закриті|вимкнено))\W*$",
    re.I,
)
"""A notice that the comment section is closed ("Comments are closed.", "Kommentieren ist momentan nicht möglich.")."""


def opens_comments(text: str) -> bool:
    """The heading, count or prompt of a comment section ("Comments", "6 Comments", "Join the discussion", "Kommentare",
    "Deixe seu comentário", "You must be logged in to post a comment", "Comments are closed"): the article is over."""
    text = text.strip()
    return bool(_COMMENTS_OPEN.match(text) or _COMMENT_PROMPT.match(text) or _COMMENT_COUNT.match(text) or _COMMENTS_CLOSED.match(text) or _RESPONSES_TO.match(text)) or (len(text.split()) <= 20 and bool(_LOGIN_TO_COMMENT.match(text)))
