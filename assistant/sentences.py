"""Where text is cut into sentences, logical lines, table rows and list items: the one sentence splitter.

Chunking, fact pieces, the evidence reader and the answer verifier all cut text here, so a passage quoted
in an answer is the same passage that was ranked.

Example:
    >>> text = "Performs inspections. Reviews plans."
    >>> [text[a:b] for a, b in sentences(text)]
    ['Performs inspections.', 'Reviews plans.']
"""

from __future__ import annotations

import re

# A period that ends an abbreviation or an initial, not a sentence ("Dept.", "e.g.", "J."). Not "I." or "V.":
# a level numeral often ends a sentence ("... to Technician II. Performs ...").
_ABBREVIATION = re.compile(
    r"(?:\b[A-HJ-UW-Z]|\b(?:Dept|Inc|No|Co|St|Jr|Sr|vs|etc|e\.g|i\.e|Mr|Mrs|Ms|Dr|approx|U\.S))\.[\"”')\]]*$"
)
# The tail of a sentence: its end mark, closing quotes or brackets, citation markers ("[1]") - before a space
# and what can start a sentence (a capital, a digit, a bracket or quote, a bullet, "$"); or a ";" before a
# numbered item ("...; 2. Maintains").
_SENTENCE_END = re.compile(
    r"(?<![.\s])[.!?][\"”')\]]*(?:\s*\[\d{1,3}\])*(?=\s+(?!\[\d)[A-Z0-9(\[“\"'*•$-])|;(?=\s+\d{1,2}\.\s)"
)
_SPACE = re.compile(r"\s+")
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_DAY_FOLLOWS = re.compile(r"\s+\d{1,2}\b")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    r"\s+(?:Pacific|Eastern|Central|Mountain|Alaska|Hawaii|Atlantic|[PECMA][SD]?T|Time|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b|\s*[-–—]\s*(?:\d|(?:dusk|dawn|noon|midnight|close|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s+\$\s?\d|\s+\([a-z]"
)  # (or "2:30 p.m. - 11:00 p.m.", "11:30 a.m. - dusk": a range of hours; "… 11:30 p.m. $2.25 per hour": a rate
#    after the hours, in a table's row; "6:00 a.m. - 6:00 p.m. (days) and …": a note on the hours in brackets)


def sentence_breaks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where sentences of text[start:end] end and the next begin, as (end, next start) pairs.

    The one sentence rule: chunking, fact pieces, the evidence reader and the answer verifier all cut here.
    A sentence keeps what closes it (quotes, brackets, an answer's citation markers "[1][2]").
    """
    end = len(text) if end is None else end
    breaks = []
    for match in _SENTENCE_END.finditer(text, start, end):
        mark = match.start() + 1
        if match.group(0) != ";" and _ABBREVIATION.search(text[max(start, match.start() - 8):mark]):
            continue
        if _CLOCK_END.search(text, max(start, match.start() - 4), mark) and _CLOCK_GOES_ON.match(text, match.end()):
            continue  # "by 11:59 p.m. Pacific Time on Friday, August 15": the time goes on
        if _MONTH_END.search(text, max(start, match.start() - 5), mark) and _DAY_FOLLOWS.match(text, match.end()):
            continue  # "March 16 - Oct. 31, 2026": a month written short, its day next
        gap = _SPACE.match(text, match.end(), end)
        breaks.append((match.end(), gap.end() if gap else match.end()))
    return breaks


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] (line breaks are not boundaries), trimmed of spaces; none empty."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for sentence_end, next_start in sentence_breaks(text, start, end):
        spans.append((cursor, sentence_end))
        cursor = next_start
    spans.append((cursor, end))
    return trimmed_spans(text, spans)


def trimmed_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` of ``text`` without the spaces around them; spans of nothing but spaces are dropped."""
    trimmed = []
    for a, b in spans:
        segment = text[a:b]
        a2, b2 = a + len(segment) - len(segment.lstrip()), b - (len(segment) - len(segment.rstrip()))
        if b2 > a2:
            trimmed.append((a2, b2))
    return trimmed


_LINE_BREAKER = re.compile(r"^\s*(?:[-•*▪●◦|#>]|\d{1,2}[.)]\s|[A-Z][\w /&()'’-]{1,40}:\s|\(?[a-h][.)]\s|"
                           # ("Pro Shop Attendant $17.50 April 1 …": a row; "Annual $72,010 …" continues its class's)
                           r"(?!(?i:hourly|bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly|salary|pay|rate)\b)"
                           # (a title's words, not a sentence's: "Conservation Camp receive a … differential of $350")
                           r"[A-Z][A-Za-z'’&/-]*(?:[ ](?:[A-Z][A-Za-z'’&/-]*|of|and|the|&|-|/)){0,8}[a-z]\s\$\s?\d)")
_FIELD_LINE = re.compile(r"^\s*[A-Z][\w /&()'’-]{1,40}:\s")
_TABLE_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S")  # "TC85 | 7361 | Senior …": a table row is a line of its own
_COLUMN_GAP = re.compile(r"\S[ \t]{2,}(?=\S)")
# "Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour" over "Night shift …": a row ending in its amount is closed
_ENDS_WITH_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:per|an?|/)\s*(?:hour|hr|month|year|week|day|shift)|"
                               r"\s+(?:hourly|monthly|annually|biweekly))?\s*$", re.IGNORECASE)
# "4410 Equipment Mechanic 26 $29.04 $37.06 N": a pay table's row printed with single spaces, two amounts side by side
# "Annual $72,010 $73,819 …" under "Deputy Probation Officer II (4418) Hourly $34.62 …": the same class's rates in
# another unit, which continue its row
_UNIT_LEAD = re.compile(r"^\s*(?:hourly|bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly)\b", re.I)
_FIGURES_ROW = re.compile(r"^\s*[A-Z0-9][^\n]*?\$\s?\d[\d,]*(?:\.\d+)?[ \t]+\$\s?\d[\d,]*(?:\.\d+)?(?:[ \t]+\S{1,12}){0,2}[ \t]*$")
MIN_COLUMN_GAPS = 3  # "6036   ELECTRICIAN      G31    30.64    39.83": a fixed-width report's row, a line of its own


_FIGURE_TOKEN = re.compile(r"(?<![\w.,$])\$?\d[\d,]*(?:\.\d+)?(?![\w])")
MIN_ROW_FIGURES = 3  # "Child Nutrition Cook I 5210 Range 18 10 months (183 days) 6.0 Non-exempt"


def _same_figures_row(previous: str, line: str) -> bool:
    """Two lines that each carry as many figures, three or more, the second starting a name: rows of a table printed
    with single spaces ("Police Officer PS-1 3,612.80 3,793.44 …" over "Police Corporal PS-3 4,128.00 …"), each a
    line of its own however long the first runs."""
    figures = len(_FIGURE_TOKEN.findall(previous))
    return figures >= MIN_ROW_FIGURES and len(_FIGURE_TOKEN.findall(line)) == figures and line.lstrip()[:1].isupper() \
        and not _JOINS_ON.search(previous) \
        and not _SENTENCE_INSIDE.search(line)  # ("… moved from T-35 to" runs on; "… per month. Positions at …" is prose)


_SENTENCE_INSIDE = re.compile(r"[a-z]\.\s+[A-Z][a-z]")


_ENDS_WITH_FIGURE = re.compile(r"\d\s*%?\s*$")
_PROSE_START = re.compile(r"[A-Z][a-z]+\s+[a-z]+\s+[a-z]")
_RULE_ONLY = re.compile(r"^\s*[=_~*+#-]{3,}\s*$")  # a typed page's rule ("=====…"): no prose wraps from or into it
_JOINS_ON_WORD = re.compile(r"\S\s+(?:the|an|and|or|of|to|for|with|by|from|than)\s*$", re.I)
_BULLET_START = re.compile(r"^\s*(?:[-•*▪●◦|#>]|\(?\d{1,2}[.)]\s|\(?[a-h][.)]\s)")
_JOINS_ON = re.compile(r"(?:[,;/&-]|\b(?:the|a|an|and|or|of|to|for|in|on|at|with|by|from|per|than))\s*$", re.I)


def _fixed_width_row(line: str) -> bool:
    return len(_COLUMN_GAP.findall(line.strip())) >= MIN_COLUMN_GAPS


def is_column_row(line: str) -> bool:
    """Whether ``line`` is a row of a fixed-width table (three column gaps or more) or of a pay table printed with
    single spaces (two amounts side by side at its end)."""
    return _fixed_width_row(line) or bool(_FIGURES_ROW.match(line))


WRAP_LENGTH = 50  # a line this long that ends mid-sentence wraps into the next
_NARROW_WRAP_SHARE = 0.8  # in a narrow column, a line this share of the column's width wraps
_MIN_WRAP_LENGTH = 36


def _wrap_width(lines: list[str]) -> int:
    """How long a line must be to count as wrapped prose here.

    Most text wraps well past 50 characters; a PDF column or a narrow box wraps near its own
    width, which can be under 50. A narrow width counts only when several lines reach it, so
    a list of short items is not read as one wrapped paragraph.
    """
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    if len(lengths) < 4 or lengths[0] >= WRAP_LENGTH / _NARROW_WRAP_SHARE:
        return WRAP_LENGTH
    width = lengths[0]
    near_full = sum(1 for n in lengths if n >= width * 0.85)
    if near_full < max(3, len(lengths) // 3):
        return WRAP_LENGTH
    return max(_MIN_WRAP_LENGTH, min(WRAP_LENGTH, int(width * _NARROW_WRAP_SHARE)))


_COLUMN_START = re.compile(r"(?:^|[ \t]{2,})(?=\S)")
MIN_SHARED_COLUMNS = 2  # two columns starting where the neighbour's do: a table laid out in spaces, not prose


def _column_starts(line: str) -> set[int]:
    """Where the columns of a line laid out in spaces start (after the line's indent or a gap of two spaces)."""
    return {m.end() for m in _COLUMN_START.finditer(line.rstrip())} if "  " in line.strip() else set()


def _aligned_rows(lines: list[str]) -> set[int]:
    """Lines whose columns start where an adjacent line's do ("Night      11:00 p.m. - 7:30 a.m.      $6.50/hour"
    under "-------    ----------------------    ------"): rows of a table laid out in spaces, each a line of its own,
    though a cell's single spaces leave it fewer than the three gaps a fixed-width report's row has."""
    starts = [_column_starts(line) for line in lines]
    aligned: set[int] = set()
    for i in range(len(lines)):
        if len(starts[i]) < MIN_SHARED_COLUMNS:
            continue
        need = MIN_SHARED_COLUMNS + bool(lines[i][:1].isspace())  # (an indent's start is every indented line's)
        for step in (-1, 1):  # the lines around it in its block, not across a blank line
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= _ROW_WINDOW and lines[j].strip():
                if len(starts[i] & starts[j]) >= need:
                    aligned.add(i)
                j += step
    # a row whose cells run longer than their column's ("Friday 7:00 p.m. - Monday 7:00 a.m.  $2.00/hour") between
    # rows that line up is a row too
    for i in range(1, len(lines) - 1):
        if i not in aligned and len(starts[i]) >= MIN_SHARED_COLUMNS + 1 and (i - 1) in aligned and (i + 1) in aligned:
            aligned.add(i)
    return aligned


_ROW_WINDOW = 4


def _logical_lines(text: str, start: int, end: int, rows: set[int] | None = None) -> list[tuple[int, int]]:
    """Physical lines joined where one wraps into the next (PDF prose, indented field values); ``rows`` collects
    the starts of the lines that are rows of a table laid out in spaces."""
    lines: list[tuple[int, int]] = []
    position = start
    for line in text[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    wrap = _wrap_width([text[a:b].rstrip() for a, b in lines])
    aligned = _aligned_rows([text[a:b] for a, b in lines])
    merged: list[tuple[int, int]] = []
    for number, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end]
        if not line.strip():
            merged.append((line_start, line_end))
            continue
        if merged and text[merged[-1][0]:merged[-1][1]].strip():
            previous = text[merged[-1][0]:merged[-1][1]]
            last_line = previous.split("\n")[-1]
            stripped = line.lstrip()
            continuation = False
            if number not in aligned and _JOINS_ON_WORD.search(last_line) and not _BULLET_START.match(line) \
                    and not _TABLE_ROW.search(line):
                # "… twelve (12) months.  Inspector I and" / "Inspector II: six (6) months.": no line ends on "and"
                merged[-1] = (merged[-1][0], line_end)
                continue
            if number not in aligned and not _LINE_BREAKER.match(line) \
                    and not _RULE_ONLY.match(last_line) and not _RULE_ONLY.match(line) \
                    and not (_TABLE_ROW.search(line) and _TABLE_ROW.search(last_line)) \
                    and not (_fixed_width_row(line) and _fixed_width_row(last_line)) \
                    and not (_FIGURES_ROW.match(line) and not _UNIT_LEAD.match(line)) \
                    and not _same_figures_row(last_line, line) \
                    and not (len(merged) >= 2 and "\n" not in previous and stripped[:1].isupper()
                             and not _JOINS_ON.search(last_line)
                             and _same_figures_row(text[merged[-2][0]:merged[-2][1]].split("\n")[-1], last_line)) \
                    and not (_ENDS_WITH_AMOUNT.search(last_line) and stripped[:1].isupper()
                             and not _UNIT_LEAD.match(line)):
                if _FIELD_LINE.match(last_line) and len(line) - len(stripped) >= 4 \
                        and not (_ENDS_WITH_FIGURE.search(last_line) and _PROSE_START.match(stripped)):
                    # "Salary Range:  $1 - $2 hourly" + indented "$3 - $4 monthly" (but "Training and experience
                    # evaluation: 30%" over an indented "The written test covers …" is a field, then prose)
                    continuation = True
                elif len(last_line.rstrip()) >= wrap and not last_line.rstrip().endswith((":", ".", "!", "?")):
                    continuation = True  # prose wrapped at a fixed width
                elif len(last_line.rstrip()) >= wrap and stripped[:1].islower():
                    continuation = True
                elif _BULLET_START.match(previous.split("\n")[0]) and len(line) - len(stripped) >= 2 \
                        and stripped[:1].islower():
                    continuation = True  # a bullet's hanging indent: "• EPA … (RRP)" / "  certified renovator …"
            if continuation:
                merged[-1] = (merged[-1][0], line_end)
                continue
        merged.append((line_start, line_end))
        if number in aligned and rows is not None:
            rows.add(line_start)
    return merged


def is_table_row(line: str) -> bool:
    """Whether ``line`` is a row of a pipe table with two cells or more that hold something (" | Work is performed
    …" is one cell of text a layout table put a pipe before)."""
    return " | " in line and sum(1 for cell in line.split("|") if cell.strip()) >= 2


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences, bullets and (logical) lines of text[start:end] as trimmed absolute spans."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    rows: set[int] = set()
    for line_start, line_end in _logical_lines(text, start, end, rows):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        pieces = []
        last = 0
        # a table row is one statement: a cell's sentences ("3:00 p.m. - 11:00 p.m.") are no rows of their own
        if not is_table_row(line) and line_start not in rows:
            for sentence_end, next_start in sentence_breaks(line):
                pieces.append((last, sentence_end))
                last = next_start
        pieces.append((last, len(line)))
        for a, b in pieces:
            segment = line[a:b]
            lead = len(segment) - len(segment.lstrip(" \t•*-–>#|"))
            trail = len(segment) - len(segment.rstrip())
            s, e = line_start + a + lead, line_start + b - trail
            if e - s >= 3:
                spans.append((s, e))
    return spans


_ITEM_LABEL = re.compile(r"[^;:]{2,40}:\s*")
_ITEM_EDGES = re.compile(r"\s*(?:(?:and|or)\s+)?(?P<body>.*?)[\s,;]*(?:\s(?:and|or))?[\s,;]*$", re.IGNORECASE | re.DOTALL)


_NUMBERED_RUN = re.compile(r"\(\s*1\s*\)[^;]*;[^;]*\(\s*2\s*\)")


def list_items(text: str, start: int, end: int, min_length: int = 15) -> list[tuple[int, int]]:
    """The items of a long semicolon list ("Ability to: learn…; perform sustained typing at 50 words per
    minute; …") as trimmed absolute spans, so one item can be quoted without the whole run-on line."""
    if end - start < 200 or text.count(";", start, end) < 2 or _NUMBERED_RUN.search(text, start, end):
        return []  # (an order written "(1) …; (2) …; (3) …" is one answer: its first item alone drops the rest)
    label = _ITEM_LABEL.match(text, start, end)
    cuts = [label.end() if label else start] + [i + 1 for i in range(start, end) if text[i] == ";"] + [end + 1]
    items: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        body = _ITEM_EDGES.match(text, a, b - 1)
        if body and body.end("body") - body.start("body") >= min_length:
            items.append((body.start("body"), body.end("body")))
    return items
