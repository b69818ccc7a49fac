"""A row of tool buttons copied as a line is furniture; headlines that mention the tools are not."""

import pytest

from articlecast.sources.furniture import Role, classify
from articlecast.sources.toolbars import is_toolbar


@pytest.mark.parametrize(
    "line",
    [
        "Print Share 14 Comments",
        "vorlesen Druckansicht Kommentare lesen 36 Beiträge",
        "In Pocket speichern",
        "Imprimer Partager Commentaires",
        "Друк Поділитися 5 коментарі",
        "Listen Save Share on Facebook",
        "Voltar Ver novamente",  # a video player's buttons
        "Back Replay",
        "Ouvir o texto",  # read aloud
        "Listen to the article",
        "PrintShareComments 14",
        "vorlesenMerkenKommentare lesen36 Beiträge",
        "Enviar a LinkedIn 0",  # a network's name written with an inner capital, and its count
        "Enviar a Tuenti Enviar a Menéame",
        "Aumenta el tamaño del texto",  # text-size controls
        "Disminuye el tamaño del texto",
        "Diminuer la taille de la police",
        "Diese Seite drucken Diese Seite per Email verschicken.",
    ],
)
def test_tool_rows_are_furniture(line):
    assert is_toolbar(line)
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fall for a third week",
        "Readers share their comments on the new bridge",
        "Print",
        "Comments",
        "Save the date for the harbour festival",
        "The text of the harbour treaty",
        "iPhone Share Print",
        "PrintWorks Gallery",
        "Texto de la ley de costas",
        "Diese Seite des Hafens",
    ],
)
def test_headlines_and_single_labels_are_not_tool_rows(line):
    assert not is_toolbar(line)
