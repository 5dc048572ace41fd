"""The lines that carry on a passage: the items after it in its semicolon list, the rows after a field, the values
under a line of labels, the other rows of its table or block of exam weights, the rest of its paragraph or list.

"What subjects can come up in the interview?" is best answered by "knowledge of: civil engineering concepts",
but the list goes on ("; structural design …; hydrology …"): its next items, in order, belong to the answer.

Example:
    >>> [s.text for s in list_run(best, ranked, snapshot, 2)]
    ['structural design principles', 'hydrology for estimating water supply']
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answering.evidence import Sentence
from assistant.answering.level_lines import HEADING_LINE
from assistant.answering.fields import LINE_LABEL, label_names_asked
from assistant.search.snapshot import Snapshot
from assistant.text import raw_tokens


def list_run(best: Sentence, ranked: list[Sentence], snap: Snapshot, room: int) -> list[Sentence]:
    """The items that follow ``best`` in its semicolon list ("knowledge of: civil engineering concepts; structural
    design principles; hydrology …"), in order, up to ``room``: a plural ask is answered by the list, not its head."""
    text = snap.doc_text(best.doc_id)
    if room <= 0 or not text[best.end:best.end + 2].lstrip().startswith(";"):
        return []
    run: list[Sentence] = []
    last = best
    for s in sorted((s for s in ranked if s.doc_id == best.doc_id and s.start > best.end), key=lambda s: s.start):
        gap = text[last.end:s.start]
        if len(run) >= room or not re.fullmatch(r"\s*;\s*(?:and\s+|or\s+)?", gap):
            break
        run.append(s)
        last = s
    return run


# (a blank line before a bulleted list; a Markdown task list's box: "- [ ] Tuberculosis risk assessment")
_ITEM_GAP = re.compile(r"[ \t]*\n?(?:[ \t]*\n(?=[ \t]*(?:[-*•▪◦–]|\d{1,2}[.)])))?[ \t]*(?:[-*•▪◦–]|\d{1,2}[.)]|\(?[a-z][.)])?"
                       r"[ \t]*(?:\[[ xX]\][ \t]*)?")
MAX_LEAD_ITEMS = 6  # a lead's list of requirements or pre-employment steps, whole


def items_after_lead(best: Sentence, ranked: list[Sentence], snap: Snapshot) -> list[Sentence]:
    """The items a passage ending in a colon leads into ("… must meet the compliance requirements:" then "- complete
    30 hours of approved continuing education, and" / "- document at least 40 interpreting assignments"): the lead
    alone states nothing, its items are what it says."""
    if not best.text.rstrip().endswith(":"):
        return []
    text = snap.doc_text(best.doc_id)
    rows = _table_after(best, ranked, text)
    if rows:
        return rows  # "… including rotating weekends and holidays:" over a table of the shifts: its rows
    run: list[Sentence] = []
    last = best
    for s in sorted((s for s in ranked if s.doc_id == best.doc_id and s.start >= best.end), key=lambda s: (s.start, -s.end)):
        if s.start < last.end:
            continue
        if len(run) >= MAX_LEAD_ITEMS or not _ITEM_GAP.fullmatch(text[last.end:s.start]):
            break
        run.append(s)
        last = s
    return run


_TABLE_LINES = re.compile(r"\s*(?:\n[ \t]*\|[^\n]*)*\n[ \t]*\|?[ \t]*")  # blank lines, a header row and its rule


def _table_after(lead: Sentence, ranked: list[Sentence], text: str) -> list[Sentence]:
    """The rows of the table right under ``lead`` (its header row and rule between), in order, up to
    ``MAX_LEAD_ITEMS``; [] when no table follows it."""
    rows = sorted({s.start: s for s in ranked if s.doc_id == lead.doc_id and s.header and s.start >= lead.end}.values(),
                  key=lambda s: s.start)
    if not rows or not _TABLE_LINES.fullmatch(text[lead.end:rows[0].start]):
        return []
    run = [rows[0]]
    for row in rows[1:]:
        if len(run) >= MAX_LEAD_ITEMS or not re.fullmatch(r"[ \t|]*\n[ \t|]*", text[run[-1].end:row.start]):
            break
        run.append(row)
    return run


_CONTINUATION_CHARS = 40


def field_continuation(best: Sentence, ranked: list[Sentence], question: str) -> list[Sentence]:
    """The short lines that carry on a field the question names ("Examination Weights: Written Test Qualifying"
    then "Interview 100%"): a field's later rows are part of its value."""
    if not label_names_asked(best.text, question):
        return []
    following: list[Sentence] = []
    end = best.end
    for _ in range(3):
        nxt = next((s for s in ranked if s.doc_id == best.doc_id and 0 <= s.start - end <= 3
                    and len(s.text) <= _CONTINUATION_CHARS and any(c.isdigit() for c in s.text)
                    and not LINE_LABEL.match(s.text)), None)
        if nxt is None:
            break
        following.append(nxt)
        end = nxt.end
    return following


# a line of labels alone, printed over its values without rules ("Class No. Pay Grade FLSA Unit Probation")
_LABELS_LINE = re.compile(r"^(?:[A-Z][A-Za-z./&-]*\s+){2,}[A-Z][A-Za-z./&-]*$")


def values_under_labels(best: Sentence, ranked: list[Sentence], question: str) -> list[Sentence]:
    """The lines under a line of labels that names what is asked ("Class No. Pay Grade FLSA Unit Probation" then
    "0418 M-14 Exempt Mid-Management/Confidential 12 months"): a label table printed without rules holds the values
    one line down (a line for each class of a series), so those lines are the answer's other half. The labels may
    end a passage that runs on from the lines above them (a PDF's title lines, read as one sentence)."""
    labels = best.text.strip().splitlines()[-1].strip() if best.text.strip() else ""
    if not _LABELS_LINE.match(labels) or not set(raw_tokens(labels.lower())) & set(raw_tokens(question.lower())):
        return []
    rows: list[Sentence] = []
    last = best
    while len(rows) < MAX_VALUE_ROWS:
        below = next((s for s in ranked if s.doc_id == best.doc_id and 0 < s.start - last.end <= 3
                      and "\n" not in s.text.strip() and any(c.isdigit() for c in s.text)), None)
        if below is None:
            break
        rows.append(below)
        last = below
    return rows


MAX_VALUE_ROWS = 4  # a series' classes, a line each, under one line of labels


PARAGRAPH_CHARS = 700  # a level's distinguishing paragraph, whole; a longer run is cut at a sentence end


def paragraph_run(first: Sentence, ranked: list[Sentence], snap: Snapshot, max_chars: int = PARAGRAPH_CHARS) -> Sentence:
    """``first`` carried on through the sentences after it in its paragraph, as one passage: "Eligibility Worker I:
    This is the entry and training level …" goes on to the training, the supervision and "may advance … after
    twelve months", which together tell the level apart. The run stops at a blank line, a heading, a line opening
    with a label (the next level's "Eligibility Worker II: …"), a gap in the candidates, or ``max_chars``."""
    if first.header or "|" in first.text:
        return first  # a table row is a statement of its own
    text = snap.doc_text(first.doc_id)
    last = first
    for s in sorted((s for s in ranked if s.doc_id == first.doc_id and s.start >= first.end),
                    key=lambda s: (s.start, -s.end)):  # a run-on line before its own items
        if s.start < last.end:
            continue  # a list item inside a run-on line already taken
        gap = text[last.end:s.start]
        if gap.strip() or gap.count("\n") > 1 or s.end - first.start > max_chars:
            break
        if "\n" in gap and (LINE_LABEL.match(s.text) or HEADING_LINE.match(s.text)):
            break
        last = s
    if last is first:
        return first
    return dataclasses.replace(first, end=last.end, text=text[first.start:last.end])


def paragraph_runs(chosen: list[Sentence], ranked: list[Sentence], snap: Snapshot,
                   max_chars: int = PARAGRAPH_CHARS) -> list[Sentence]:
    """Each chosen passage carried on through its paragraph (:func:`paragraph_run`); runs that overlap are one
    passage from the earliest start ("This is the entry level …" and a later sentence of the same block), and the
    run holding the first chosen passage stays first."""
    if not chosen:
        return []
    text = snap.doc_text(chosen[0].doc_id)
    runs = sorted((paragraph_run(s, ranked, snap, max_chars) for s in chosen), key=lambda s: (s.doc_id, s.start, -s.end))
    merged: list[Sentence] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and last.doc_id == run.doc_id and run.start < last.end:
            if run.end > last.end and run.doc_id == chosen[0].doc_id:
                merged[-1] = dataclasses.replace(last, end=run.end, text=text[last.start:run.end])
            continue
        merged.append(run)
    first = chosen[0]
    merged.sort(key=lambda s: not (s.doc_id == first.doc_id and s.start <= first.start < s.end))
    return merged


MAX_TABLE_ROWS = 6  # a short table's rows are one answer ("Written Test | 40%", "Interview | 60%"); a long one is not


def whole_table(chosen: list[Sentence], ranked: list[Sentence]) -> list[Sentence]:
    """``chosen`` with the first quoted table row replaced by every row of its short table, in order: how an
    examination is weighted is all of its parts, not the part that ranked first."""
    row = next((s for s in chosen if s.header and s.header_start >= 0), None)
    if row is None:
        return chosen
    # (one candidate a row: a Markdown row is offered with its closing "|" and without)
    same_table = sorted((s for s in ranked if s.doc_id == row.doc_id and s.header and s.header_start == row.header_start),
                        key=lambda s: -s.end)
    rows = sorted({s.start: s for s in same_table}.values(), key=lambda s: s.start)
    if len(rows) < 2 or len(rows) > MAX_TABLE_ROWS:
        return chosen
    at = chosen.index(row)
    rest = [s for s in chosen if s not in rows and not any(s.overlaps(r) for r in rows)]
    return rest[:at] + rows + rest[at:]


# a line that ends with what one part of an examination counts for ("Oral interview 60%", "Performance test
# Pass/Fail", "Written test ...... Qualifying")
_ENDS_WITH_WEIGHT = re.compile(r"(?:\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)|\bpass\s*/\s*fail|\bqualifying)\W*$", re.I)


_ASKS_WEIGHTS = re.compile(r"\bweight(?:s|ed|ing)?\b|\bworth\b|\bcounts? for\b|\bpercent(?:age)?s?\b", re.I)


def whole_weight_lines(chosen: list[Sentence], ranked: list[Sentence], snap: Snapshot, question: str) -> list[Sentence]:
    """``chosen`` with its first line that ends with a part's weight replaced by every line of its block that does
    ("Written exercise (program lesson plan) 40%", "Oral interview 60%", "Live presentation … Pass/Fail"): a table
    printed without its rules, or dot leaders, is still one answer to how an examination is weighted.

    Where a bulletin weighs each class's exam in a block of its own, the block under the line that names the asked
    class best is the one ("Senior Business License Inspector" over "Business License Inspector"); asked how the
    exam is weighted, that block leads even when none of its lines was chosen (a class table's row under an "…
    EXAMINATION ANNOUNCEMENT" heading says the exam is open, not what its parts count for)."""
    if not chosen:
        return chosen
    row = next((s for s in chosen if _weighs(s)), None)
    if row is None and not _ASKS_WEIGHTS.search(question):
        return chosen
    doc_id = row.doc_id if row is not None else chosen[0].doc_id
    text = snap.doc_text(doc_id)
    lines = sorted({(s.start, s.end): s for s in ranked if s.doc_id == doc_id and _weighs(s)}.values(),
                   key=lambda s: s.start)
    blocks: list[list[Sentence]] = []
    for s in lines:
        gap = text[blocks[-1][-1].end:s.start] if blocks else "\n\n"
        # (a part's note on a line of its own in between: "(pre-trip inspection, backing, and a pump check)")
        if (not gap.strip() and gap.count("\n") == 1) or (gap.count("\n") == 2 and _PART_NOTE.fullmatch(gap.strip())):
            blocks[-1].append(s)
        else:
            blocks.append([s])
    asked = set(re.findall(r"[a-z]+", question.lower()))
    own = next((b for b in blocks if row is not None and any(s is row or s.overlaps(row) for s in b)), None)
    several = [b for b in blocks if 2 <= len(b) <= MAX_TABLE_ROWS]
    best = max(several, key=lambda b: _label_fit(b[0], text, asked), default=None)
    if best is not None and (own is None or _label_fit(best[0], text, asked) > _label_fit(own[0], text, asked)):
        own = best  # (a chosen line's own block stays unless another's label names the asked class better)
    if own is None or not 2 <= len(own) <= MAX_TABLE_ROWS:
        return chosen  # ("Oral examination (panel interview): 100%": one part is the whole exam)
    at = chosen.index(row) if row is not None and any(s is row for s in own) else 0
    rest = [s for s in chosen if s is not row and not any(s.overlaps(b) for b in own)]
    return rest[:at] + own + rest[at:]


_PART_NOTE = re.compile(r"\([^()\n]{1,160}\)")


def _weighs(s: Sentence) -> bool:
    """A line, or a part's name wrapped over two, ending with what the part counts for."""
    return not s.header and s.text.strip().count("\n") <= 1 and _ENDS_WITH_WEIGHT.search(s.text) is not None


def _label_fit(first: Sentence, text: str, asked: set[str]) -> int:
    """How well the line above a block of weights (blank lines skipped) names what is asked: its words asked, less
    its words not asked."""
    above = text[:text.rfind("\n", 0, first.start) + 1].rstrip()
    label = above[above.rfind("\n") + 1:]
    words = set(re.findall(r"[a-z]+", label.lower()))
    return len(words & asked) - len(words - asked)


MAX_LIST_ITEMS = 6  # a short numbered or bulleted list is one answer ("all three events: 1. … 2. … 3. …")
_ITEM_MARKER = re.compile(r"[ \t]*(?:(\d{1,2})[.)]|([-*•●▪◦]))[ \t]+")


WRAP_LINES = 4  # continuation lines an item may wrap over ("  1. Hold permanent status as a Fire Engineer with\n     the …")


def _line_at(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


def _continues_item(text: str, at: int) -> bool:
    """Whether the line at ``at`` carries on the item above: indented, not blank, no marker of its own."""
    start, end = _line_at(text, at)
    line = text[start:end]
    return bool(line.strip()) and line[:1] in " \t" and _ITEM_MARKER.match(line) is None


def _item_line(text: str, at: int) -> int:
    """Where the line starts that opens the item the line at ``at`` belongs to: that line itself, or, from a line
    the item wraps onto, up to its marker's line (at most ``WRAP_LINES`` up)."""
    for _ in range(WRAP_LINES):
        if _ITEM_MARKER.match(text, at) is not None or at == 0 or not _continues_item(text, at):
            break
        at = text.rfind("\n", 0, at - 1) + 1
    return at


def _list_items_around(text: str, start: int) -> list[tuple[int, int]]:
    """The spans (after their markers) of the items of the short list whose item holds ``start``, in order: the
    lines next to it that open with the same kind of marker ("1." or "•"), each with the indented lines it wraps
    onto, up to a line that does neither."""
    own_line = text.rfind("\n", 0, start) + 1
    line_start = _item_line(text, own_line)
    marker = _ITEM_MARKER.match(text, line_start)
    if marker is None or (line_start == own_line and marker.end() > start):
        return []
    numbered = marker.group(1) is not None

    def item(at: int) -> tuple[tuple[int, int], int] | None:
        """The item whose marker opens the line at ``at``, and where the line after it starts."""
        m = _ITEM_MARKER.match(text, at)
        if m is None or (m.group(1) is not None) != numbered:
            return None
        _, end = _line_at(text, at)
        for _ in range(WRAP_LINES):
            if end >= len(text) or not _continues_item(text, end + 1):
                break
            _, end = _line_at(text, end + 1)
        item_text = text[m.end():end]
        return ((m.end(), m.end() + len(item_text.rstrip())), end + 1) if item_text.strip() else None

    first = item(line_start)
    if first is None:
        return []
    items = [first[0]]
    at = line_start
    while at > 0 and len(items) <= MAX_LIST_ITEMS:  # the items above (skipping up over their wrapped lines)
        previous = _item_line(text, text.rfind("\n", 0, at - 1) + 1)
        found = item(previous)
        if found is None or found[1] != at:
            break
        items.insert(0, found[0])
        at = previous
    following = first[1]
    while len(items) <= MAX_LIST_ITEMS and following < len(text):  # … and below
        found = item(following)
        if found is None:
            break
        items.append(found[0])
        following = found[1]
    return items


def whole_short_list(chosen: list[Sentence], ranked: list[Sentence], snap: Snapshot,
                     one_item_enough: bool = False) -> list[Sentence]:
    """``chosen`` with a short list completed: when two items or more of a list of a few items are quoted, its
    other items are too, in order ("You must complete all three events": the third is part of the answer); one item
    is enough when the question asks for several things ("what certifications …?")."""
    for s in chosen:
        text = snap.doc_text(s.doc_id)
        items = _list_items_around(text, s.start)
        if not 2 <= len(items) <= MAX_LIST_ITEMS:
            continue
        held = [c for c in chosen if c.doc_id == s.doc_id and any(a <= c.start < b for a, b in items)]
        items_held = {next(i for i, (a, b) in enumerate(items) if a <= c.start < b) for c in held}
        if len(items_held) < (1 if one_item_enough else 2):
            continue  # (two sentences of one item are one item: "… eligible for overtime. Hours worked over 40 …")
        by_span = {(r.start, r.end): r for r in ranked if r.doc_id == s.doc_id}
        whole = []
        for a, b in items:  # each item whole, all its sentences ("… 26 seconds or less. The course has six …")
            whole.append(by_span.get((a, b)) or dataclasses.replace(
                s, start=a, end=b, text=text[a:b], header="", header_start=-1, column=-1))
        at = chosen.index(held[0])
        rest = [c for c in chosen if c not in held]
        return rest[:at] + whole + rest[at:]
    return chosen
