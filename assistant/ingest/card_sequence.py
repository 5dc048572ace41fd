"""A punched-card image read without its sequence numbers: columns 73-80 of every 80-column line.

Why: a class specification kept as a card deck (or a COBOL-era source file) numbers each line in its last eight
columns ("A TSA TWIC CARD IS REQUIRED BEFORE THE FIRST DAY OF WORK.      CLS00480"). Read as text, every line
ends on a number, a sentence across two lines reads "… IS NEEDED CLS00490 FOR UNESCORTED ACCESS …", and a
quote starts or stops on one.

Example:
    >>> deck = "\\n".join(f"{words:<72}CLS{n:05d}" for n, words in ((10, "CLASS TITLE: MACHINIST"),
    ...        (20, "A TWIC CARD IS REQUIRED"), (30, "BEFORE THE FIRST DAY."), (40, "")))
    >>> without_sequence_numbers(deck).splitlines()
    ['CLASS TITLE: MACHINIST', 'A TWIC CARD IS REQUIRED', 'BEFORE THE FIRST DAY.']
"""

from __future__ import annotations

import re

__all__ = ["without_sequence_numbers"]

CARD_WIDTH = 80
SEQUENCE_COLUMN = 72  # columns 73-80, counted from 0
MIN_CARDS = 3
CARD_SHARE = 0.8  # of the non-empty lines: a few lines (a title typed later) may be short of the sequence
_SEQUENCE = re.compile(r"[A-Z]{0,5}\d{2,8}")


def _sequence(line: str) -> tuple[str, int] | None:
    """(prefix, number) of a card's sequence field, or None when the line is no numbered card."""
    if len(line) != CARD_WIDTH:
        return None
    field = line[SEQUENCE_COLUMN:].strip()
    if not _SEQUENCE.fullmatch(field):
        return None
    digits = re.search(r"\d+$", field)
    return field[:digits.start()], int(digits.group(0))


def without_sequence_numbers(text: str) -> str:
    """``text`` with columns 73-80 cut from its lines, when most lines are 80-column cards whose last columns hold
    one prefix and numbers that rise line by line; ``text`` itself otherwise."""
    lines = text.split("\n")
    marks = [_sequence(line) for line in lines]  # (a numbered card is never blank: its field holds the number)
    cards = [mark for mark in marks if mark is not None]
    filled = sum(1 for line in lines if line.strip())
    if len(cards) < MIN_CARDS or len(cards) < CARD_SHARE * filled:
        return text
    if len({prefix for prefix, _ in cards}) != 1 or any(b[1] <= a[1] for a, b in zip(cards, cards[1:])):
        return text
    return "\n".join(line[:SEQUENCE_COLUMN].rstrip() if mark else line for line, mark in zip(lines, marks))
