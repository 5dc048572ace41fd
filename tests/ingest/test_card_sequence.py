"""A card deck's sequence numbers (columns 73-80) are cut from its lines (ingest/card_sequence.py, used by
ingest/plain_text.py for .txt files)."""

from __future__ import annotations

from assistant.ingest.card_sequence import without_sequence_numbers
from assistant.ingest.loaders import load_document

DECK_LINES = [
    "*** LATHBURY PORT AUTHORITY - CLASS SPECIFICATION CARD DECK ***",
    "CLASS TITLE. . . . . . . MAINTENANCE MACHINIST",
    "",
    "LICENSES AND CREDENTIALS",
    "A TSA TWIC CARD IS REQUIRED BEFORE THE FIRST DAY OF WORK.",
    "THE TWIC (TRANSPORTATION WORKER IDENTIFICATION CREDENTIAL) IS NEEDED",
    "FOR UNESCORTED ACCESS TO SECURE AREAS OF THE MARINE TERMINALS.",
]


def _deck(lines: list[str], start: int = 10) -> str:
    return "\n".join(f"{line:<72}CLS{start + 10 * n:05d}" for n, line in enumerate(lines)) + "\n"


def test_a_card_decks_sequence_column_is_cut(tmp_path) -> None:
    path = tmp_path / "lathbury-maintenance-machinist.txt"
    path.write_text(_deck(DECK_LINES))
    text = load_document(path, 10**8).text
    assert "CLS00" not in text, text
    assert "THE TWIC (TRANSPORTATION WORKER IDENTIFICATION CREDENTIAL) IS NEEDED\nFOR UNESCORTED" in text, text


def test_lines_that_only_end_on_numbers_are_kept() -> None:
    """Numbers that do not rise card by card, or lines of other widths, are the text's own."""
    falling = "\n".join(f"{line:<72}CLS{90 - n:05d}" for n, line in enumerate(DECK_LINES))
    assert without_sequence_numbers(falling) == falling
    short = "\n".join(f"{line:<60}{1000 + n}" for n, line in enumerate(DECK_LINES))
    assert without_sequence_numbers(short) == short
