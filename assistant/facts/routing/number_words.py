"""Numbers in words, both ways: what a list header says instead of digits, and counts a question spells out.

A header prints no figure (its quotes would have to state it), so a condition
says "forty dollars an hour" and a count says "three classes". Questions, in
turn, say "three or more years" or "fifty pounds".

Example:
    >>> say_number(125)
    'one hundred twenty-five'
    >>> count_word("three")
    3
"""

from __future__ import annotations

import re


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def say_number(value: float) -> str | None:
    """'forty', 'eighty thousand', 'one hundred twenty-five'; None for fractions or huge numbers."""
    if value != int(value) or not 0 <= value < 10_000_000:
        return None
    n = int(value)

    def below_thousand(k: int) -> str:
        words = []
        if k >= 100:
            words.append(f"{_ONES[k // 100]} hundred")
            k %= 100
        if k >= 20:
            words.append(_TENS[k // 10] + (f"-{_ONES[k % 10]}" if k % 10 else ""))
        elif k or not words:
            words.append(_ONES[k])
        return " ".join(words)

    if n < 1000:
        return below_thousand(n)
    parts = []
    for size, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= size:
            parts.append(f"{below_thousand(n // size)} {name}")
            n %= size
    if n:
        parts.append(below_thousand(n))
    return " ".join(parts)


_COUNT_WORDS = {w: i for i, w in enumerate(_ONES)} | {"a": 1, "an": 1, "twenty": 20, "thirty": 30}


def count_word(word: str) -> float | None:
    word = word.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return _COUNT_WORDS.get(word)
