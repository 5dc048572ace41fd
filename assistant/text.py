"""Small text helpers shared by retrieval and answering: tokens, stems, sentences.

Example:
    >>> tokens("Requires two (2) years' experience")
    ['requir', 'two', '2', 'year', 'experi']
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from rapidfuzz.distance import OSA

STOPWORDS = frozenset(
    """a an the and or of to in on for at by with from as is are was were be been being this that these those it its
    do does did doing done have has had having i me my we our you your he she they them their what which who whom whose
    when where why how much many any some there here can could should would will shall may might must not no nor so than
    too very just also about into over under up down out if then else per each other such only own same both all more most
    get gets got need needs needed want wants tell please know like job jobs position positions role class classes
    classification classifications work works""".split()
)

# Chat fillers and informal words ("gonna", "u", "smth", "thx", "actually"): they never name what a question
# asks about, so neither the evidence reader nor the passage scorer looks for them in a document.
CHAT_WORDS = frozenset(
    """gotta gonna wanna hafta lemme whats hows whos u ur ya yall w r pls plz please thx thanks thank kinda sorta
    stuff smth sth guy guys folks dude hey hi hello ok okay yeah yep yes nah um lol btw idk tho cuz bc etc ever
    anyone someone somebody exactly actually really currently usually typically im ive dont doesnt isnt cant
    wont didnt arent wasnt werent havent hasnt hadnt shouldnt wouldnt couldnt aint youre theyre youve theyve
    youll theyll""".split()
)

# Chat spellings of question words: "wat do u need" asks what "what do you need" asks
CHAT_SPELLINGS = {"wat": "what", "wut": "what", "wht": "what", "wen": "when", "whn": "when", "hw": "how", "u": "you",
                  "ur": "your", "r": "are", "y": "why", "cuz": "because", "bc": "because", "thru": "through",
                  "pls": "please", "plz": "please", "tho": "though", "abt": "about",
                  "mon-fri": "Monday through Friday", "m-f": "Monday through Friday",
                  # hurried abbreviations of the words questions ask with ("dunmore cty", "hrs a day", "2 yrs")
                  "cty": "county", "twp": "township", "univ": "university", "dept": "department", "govt": "government",
                  "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "mos": "months"}
_CHAT_SPELLING = re.compile(r"\b(%s)\b" % "|".join(CHAT_SPELLINGS), re.IGNORECASE)


def plain_spelling(text: str, known: Collection[str] = (), dictionary: Collection[str] = ()) -> str:
    """``text`` with chat spellings written out ("wat do u" → "what do you") and each misspelled word (its stem
    not in ``dictionary``) replaced by the word of ``known`` it is a typo of ("minmum" → "minimum")."""
    text = _CHAT_SPELLING.sub(lambda m: CHAT_SPELLINGS[m.group(1).lower()], text)
    if not known or not dictionary:
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if len(word) < 5 or word in known or stem(word) in dictionary:
            return match.group(0)
        if word.endswith("in") and stem(word + "g") in dictionary:
            return match.group(0) + "g"  # "startin", "workin": the chat spelling of "starting", "working"
        return next((k for k in known if near_spelling(word, k)), match.group(0))

    return re.sub(r"[A-Za-z]+", fix, text)


_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ers", "er", "es", "ed", "ly", "s")


@lru_cache(maxsize=50000)
def stem(word: str) -> str:
    """A light suffix stripper: good enough to match 'supervises' with 'supervision'."""
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if word.isdigit() or len(word) <= 3:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            word = base
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def raw_tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


_POSSESSIVE = re.compile(r"['’]s$")


def bare_word(token: str) -> str:
    """A token without its possessive and apostrophes: "LAPD's" -> "lapd", "don't" -> "dont"."""
    return _POSSESSIVE.sub("", token).replace("'", "").replace("’", "")


def _normal_form(token: str) -> str:
    lowered = token.lower()
    if lowered in STOPWORDS:
        return ""
    return lowered.replace(",", "") if lowered[0].isdigit() else stem(lowered)


# Word as written -> its token ("" for a stopword). Words repeat a lot, so one dict lookup per word
# replaces lowercasing and stemming it again (tokenizing 135,000 chunks went from ~7 s to ~2 s).
_NORMAL_FORMS: dict[str, str] = {}


def tokens(text: str, drop_stopwords: bool = True) -> list[str]:
    """Stemmed word tokens (numbers kept, commas removed from them)."""
    if not drop_stopwords:
        return [t.lower().replace(",", "") if t[0].isdigit() else stem(t.lower()) for t in _TOKEN.findall(text)]
    words = _TOKEN.findall(text)
    forms = list(map(_NORMAL_FORMS.get, words))
    if None in forms:  # words not seen before (rare once a corpus has been read)
        for i, form in enumerate(forms):
            if form is None:
                forms[i] = form = _normal_form(words[i])
                if len(_NORMAL_FORMS) < 500_000:
                    _NORMAL_FORMS[words[i]] = form
    return [form for form in forms if form]


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
    r"Thursday|Friday|Saturday|Sunday)\b|\s*[-–—]\s*(?:\d|(?:dusk|dawn|noon|midnight|close)\b)"
)  # (or "2:30 p.m. - 11:00 p.m.", "11:30 a.m. - dusk": a range of hours)


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
                           r"[A-Z][A-Za-z'’&/ -]{2,60}[a-z]\s\$\s?\d)")
_FIELD_LINE = re.compile(r"^\s*[A-Z][\w /&()'’-]{1,40}:\s")
_TABLE_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S")  # "TC85 | 7361 | Senior …": a table row is a line of its own
_COLUMN_GAP = re.compile(r"\S[ \t]{2,}(?=\S)")
# "4410 Equipment Mechanic 26 $29.04 $37.06 N": a pay table's row printed with single spaces, two amounts side by side
# "Annual $72,010 $73,819 …" under "Deputy Probation Officer II (4418) Hourly $34.62 …": the same class's rates in
# another unit, which continue its row
_UNIT_LEAD = re.compile(r"^\s*(?:hourly|bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly)\b", re.I)
_FIGURES_ROW = re.compile(r"^\s*[A-Z0-9][^\n]*?\$\s?\d[\d,]*(?:\.\d+)?[ \t]+\$\s?\d[\d,]*(?:\.\d+)?(?:[ \t]+\S{1,12}){0,2}[ \t]*$")
MIN_COLUMN_GAPS = 3  # "6036   ELECTRICIAN      G31    30.64    39.83": a fixed-width report's row, a line of its own


def _fixed_width_row(line: str) -> bool:
    return len(_COLUMN_GAP.findall(line.strip())) >= MIN_COLUMN_GAPS


def is_column_row(line: str) -> bool:
    """Whether ``line`` is a row of a fixed-width table (three column gaps or more) or of a pay table printed with
    single spaces (two amounts side by side at its end)."""
    return _fixed_width_row(line) or bool(_FIGURES_ROW.match(line))


_WRAP_LENGTH = 50  # a line this long that ends mid-sentence wraps into the next
_NARROW_WRAP_SHARE = 0.8  # in a narrow column, a line this share of the column's width wraps
_MIN_WRAP_LENGTH = 36


def _wrap_width(lines: list[str]) -> int:
    """How long a line must be to count as wrapped prose here.

    Most text wraps well past 50 characters; a PDF column or a narrow box wraps near its own
    width, which can be under 50. A narrow width counts only when several lines reach it, so
    a list of short items is not read as one wrapped paragraph.
    """
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    if len(lengths) < 4 or lengths[0] >= _WRAP_LENGTH / _NARROW_WRAP_SHARE:
        return _WRAP_LENGTH
    width = lengths[0]
    near_full = sum(1 for n in lengths if n >= width * 0.85)
    if near_full < max(3, len(lengths) // 3):
        return _WRAP_LENGTH
    return max(_MIN_WRAP_LENGTH, min(_WRAP_LENGTH, int(width * _NARROW_WRAP_SHARE)))


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
            if number not in aligned and not _LINE_BREAKER.match(line) \
                    and not (_TABLE_ROW.search(line) and _TABLE_ROW.search(last_line)) \
                    and not (_fixed_width_row(line) and _fixed_width_row(last_line)) \
                    and not (_FIGURES_ROW.match(line) and not _UNIT_LEAD.match(line)):
                if _FIELD_LINE.match(last_line) and len(line) - len(stripped) >= 4:
                    continuation = True  # "Salary Range:  $1 - $2 hourly" + indented "$3 - $4 monthly"
                elif len(last_line.rstrip()) >= wrap and not last_line.rstrip().endswith((":", ".", "!", "?")):
                    continuation = True  # prose wrapped at a fixed width
                elif len(last_line.rstrip()) >= wrap and stripped[:1].islower():
                    continuation = True
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


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90,
}


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def spelled_number(word: str) -> int | None:
    """The value of a number written in words, up to 99 ("twelve", "twenty-four"), or None."""
    word = word.lower()
    if word in _UNITS:
        return _UNITS.index(word)
    tens, _, unit = word.partition("-")
    if tens in _TENS and (not unit or unit in _UNITS[1:10]):
        return _TENS[tens] + (_UNITS.index(unit) if unit else 0)
    return None


_VOWELS = set("aeiouy")


def abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` is how people abbreviate ``word`` in a hurry: a prefix ("cert", "eng", "maint") or
    the word's consonants in order ("drvr", "acctg", "asst", "mgmt"). Both lowercase; same first letter."""
    if len(short) < 3 or len(word) < len(short) + 2 or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    if len(short) < 4 or any(c in _VOWELS for c in short[1:]):
        return False
    position = 0
    for char in short:
        position = word.find(char, position) + 1
        if not position:
            return False
    return True


def near_spelling(a: str, b: str) -> bool:
    """Whether two words (or stems) are one typo apart: the one home of the typo rule.

    One edit (a letter added, dropped, changed or two swapped) in words of five letters or more; two edits in
    words of seven or more when the last letter agrees ("maintanence" / "maintenance"). Different endings are
    different words, not typos ("electrician" / "electrical"); short words must match exactly."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2 or a[0] != b[0]:
        return False
    distance = OSA.distance(a, b, score_cutoff=2)
    return distance <= 1 or (distance == 2 and min(len(a), len(b)) >= 7 and a[-1] == b[-1])


_PARTICLES = ("up", "out", "off", "in", "on", "over", "down")  # the second word of a hyphenated phrasal noun
COMPOUND_MIN = 8  # shorter words are rarely closed compounds ("downtown" is one, "cargo" is not)


def compound_parts(term: str, words: Collection[str]) -> tuple[str, str] | None:
    """The two words (four letters or more) a closed compound is made of, when both start a word of ``words``
    (a word form at most three letters longer) or are a stem of it one letter shorter: "firefight" is "fire" + "fight" in a text that says "fights fires". None
    when ``term`` is short or no split of it works."""
    for particle in _PARTICLES:  # "pushup" for a text's "push-ups", "checkin" for "check-in"
        head = term[:-len(particle)]
        if term.endswith(particle) and (head in words or head + "s" in words) and (
                len(head) >= 4 or (len(head) == 3 and particle + "s" in words)):  # ("situps": "sit", "ups")
            return head, particle
    if len(term) < COMPOUND_MIN:
        return None
    def known(part: str) -> bool:  # a word form of it, or its stem cut one letter shorter ("fires" -> "fir")
        return part[:-1] in words or any(w.startswith(part) and len(w) - len(part) <= 3 for w in words)
    for cut in range(4, len(term) - 3):
        head, tail = term[:cut], term[cut:]
        if known(head) and known(tail):
            return head, tail
    return None


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
