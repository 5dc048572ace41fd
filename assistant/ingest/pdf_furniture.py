"""Page furniture of a PDF's text: page numbers and the headers and footers repeated at the page edges.

Why: a running header printed atop page 2 ("STATE OF ROWANMERE CLASS SPECIFICATION" / the division's line) cuts a
requirement running on from page 1 in two, and a footer repeated on every page is quoted as if it were content.
Lines are compared with their figures masked ("Page 1 of 2", "Page 2 of 2"); no rule names a publisher.

Example:
    >>> drop_page_furniture([["ACME WATER", "Filing.", "Page 1 of 3"], ["ACME WATER", "Reports.", "Page 2 of 3"],
    ...                      ["ACME WATER", "Records.", "Page 3 of 3"]])
    [['ACME WATER', 'Filing.'], ['Reports.'], ['Records.']]
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["drop_page_furniture"]

_PAGE_NUMBER = re.compile(r"^[-\u2013\u2014 ]*(?:page|p\.|pg\.?)?[ ]*(\d{1,4})(?:[ ]*(?:of|/)[ ]*\d{1,4})?[-\u2013\u2014 ]*$", re.I)
_EDGE_LINES = 3


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last few non-empty lines of a page."""
    filled = [i for i, line in enumerate(lines) if line]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


MIN_HEADER_CHARS = 20  # ("NOTES:" opening two pages is a heading, not a running header)


def _opens_pages(ranks: list[int]) -> bool:
    return bool(ranks) and all(r <= 1 for r in ranks)


MIN_FURNITURE_CHARS = 3  # shorter repeated lines ("-", "#") are left alone
_FOOTER_FIELD = re.compile(r"\b[A-Za-z][A-Za-z ]{2,20}:\s*[A-Z]{0,3}-?\d")  # "Revised: 08/21/2023", "Class Code: 3318"


def drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers, and lines that recur at a page edge on most pages (headers, footers).

    A page number is dropped only when the numbers found at the page edges follow the page
    order (page n says n + k for one k). A repeated line (numbers aside: "Page 1 of 2", "Page 2 of 2")
    must appear on more than half of the pages, three or more, or two when it holds a number or says
    "continued"; its first occurrence at the top of the first page stays (it usually names the document).
    """
    n = len(pages)
    drop: set[tuple[int, int]] = set()
    if n >= 2:
        offsets: Counter[int] = Counter()
        numbered: dict[int, list[tuple[int, int]]] = {}
        for p, lines in enumerate(pages):
            for i in _edges(lines):
                match = _PAGE_NUMBER.match(lines[i])
                if match:
                    k = int(match.group(1)) - (p + 1)
                    offsets[k] += 1
                    numbered.setdefault(k, []).append((p, i))
        for k, count in offsets.items():
            pages_hit = {p for p, _ in numbered[k]}
            if len(pages_hit) >= 2 and len(pages_hit) * 2 > n:
                drop.update(numbered[k])
    if n >= 2:
        seen: dict[str, set[int]] = {}
        said: dict[str, list[tuple[int, str]]] = {}
        at_top: Counter[str] = Counter()
        ranks: dict[str, list[int]] = {}  # where each edge line stands on its pages (0: the page's first line)
        for p, lines in enumerate(pages):
            filled = [i for i, line in enumerate(lines) if line]
            for i in _edges(lines):
                if (p, i) not in drop:
                    key = _furniture_key(lines[i])
                    seen.setdefault(key, set()).add(p)
                    said.setdefault(key, []).append((p, lines[i]))
                    rank = filled.index(i)
                    at_top[key] += 1 if rank < len(filled) - 1 - rank else -1
                    ranks.setdefault(key, []).append(rank)
        # on two pages only, a line must look like furniture: a number in it ("Page 1 of 2", a revision date) or
        # "(continued)"; a heading that happens to open both pages ("NOTES:") is content
        repeated = {key for key, ps in seen.items() if len(ps) * 2 > n and len(key) > MIN_FURNITURE_CHARS and (
            len(ps) >= 3 or (len(ps) == 2 and ("#" in key or "continued" in key
                                               # a running header of two lines or more opening both pages
                                               or (_opens_pages(ranks[key]) and len(key) >= MIN_HEADER_CHARS))))
            and _numbers_are_furniture(said[key])}
        kept: set[str] = set()
        for p in reversed(range(n)):
            lines = pages[p]
            for i in _edges(lines):
                key = _furniture_key(lines[i])
                if key in repeated and (p, i) not in drop:
                    drop.add((p, i))
                    if p == 0 and at_top[key] > 0:  # a header: its first occurrence names the document
                        drop.discard((p, i))
                    elif at_top[key] <= 0 and _FOOTER_FIELD.search(lines[i]) and key not in kept:
                        # a footer of fields ("Class Code: 3318 | Revised: 08/21/2023"): said once, at its last
                        # page's foot, where it breaks no passage running on over a page
                        drop.discard((p, i))
                        kept.add(key)
    return [[line for i, line in enumerate(lines) if (p, i) not in drop] for p, lines in enumerate(pages)]


def _numbers_are_furniture(occurrences: list[tuple[int, str]]) -> bool:
    """Whether the numbers of a line repeated at page edges are a running header's: the same on every page (a
    revision date) or counting the pages ("Page 2 of 3"). A level's own figures at the top of each page ("Class
    Code 6102  Pay Range 18") differ otherwise, and are content."""
    numbers = [(p, [int(n) for n in re.findall(r"\d+", line)]) for p, line in occurrences]
    if len({len(found) for _, found in numbers}) != 1:
        return True
    for column in range(len(numbers[0][1])):
        values = [(p, found[column]) for p, found in numbers]
        if len({v for _, v in values}) > 1 and len({v - p for p, v in values}) > 1:
            return False
    return True
