"""Minimum qualifications: education, experience, substitutions, licenses and certifications.

Only what a document *requires* fills the education and experience facts:
sentences that offer a substitute ("may substitute for", "in lieu of") or a
preference ("is desirable", "preferred") are skipped for them. Licenses and
certifications are sorted into required and preferred; "No license ... is
required" and "A driver's license is not required" add nothing.

Example:
    >>> words_to_number("twenty-four")
    24
"""

from __future__ import annotations

import re

from assistant.facts.extraction.units import Piece
from assistant.sentences import sentence_spans

Found = tuple[str, tuple[int, int]]

# "A Specialist I may be advanced to Specialist II after two years …, possession of a … License …"
_ADVANCEMENT = re.compile(r"\b(?:be|is|are|get|gets)\s+(?:advanced|promoted|moved up|reclassified)\s+to\b", re.I)
_SUBSTITUTE = re.compile(r"substitut|in lieu of|may be (?:accepted|considered) (?:in place|instead)|instead of", re.I)
_PREFERRED = re.compile(r"desirabl|\bpreferred\b|\bpreference\b|\ba plus\b|is helpful|advantageous|encouraged|highly valued|nice to have", re.I)
_QUAL_LABEL = r"educat|experience|qualif|requirement|training|standards|substitut"

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1,
}
_NUM = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" \
       r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|a|an)"


def words_to_number(word: str) -> float | None:
    """'24', 'five', 'twenty-four' -> number; None if not a number."""
    word = word.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) if "." in word else int(word)
    parts = re.split(r"[- ]", word)
    if all(p in _NUMBER_WORDS for p in parts):
        return sum(_NUMBER_WORDS[p] for p in parts)
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z(])")


def _optional(sentence: str, start: int, end: int) -> bool:
    """True if the requirement at sentence[start:end] is a substitute or only preferred.

    Looks at its ';' clause only, and after it only up to a 'required', so that
    "five years of experience ... required, MCPS experience a plus" still counts.
    """
    clause_start = sentence.rfind(";", 0, start) + 1
    clause_end = sentence.find(";", end)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    # (a table cell holds whole sentences: "… three years of experience … An associate degree may substitute …")
    ended = [m.end() for m in _SENTENCE_END.finditer(sentence, 0, start)]
    clause_start = max([clause_start] + ended)
    after_end = _SENTENCE_END.search(sentence, end)
    clause_end = min(clause_end, after_end.start() + 1) if after_end else clause_end
    before, after = sentence[clause_start:start], sentence[end:clause_end]
    after = re.split(r"\brequired?\b|\brequires\b", after, maxsplit=1)[0]
    return bool(_SUBSTITUTE.search(before + " " + after) or _PREFERRED.search(before + " " + after))


def _is_qualification(piece: Piece) -> bool:
    return piece.topic == "qualifications" or piece.has_label(_QUAL_LABEL) and piece.topic not in {"duties", "distinguishing"}


# --- education ---------------------------------------------------------------

_DEGREES = [
    ("doctorate", r"doctora(?:te|l)(?:\s+degree)?|ph\.?\s?d\.?|doctor\s+of\s+\w+"),
    ("master", r"master['’]?s(?:\s+degree)?(?=\W|$)|master\s+(?:degree|of\s+\w+)|graduate\s+degree|"
               r"\bM\.?(?:B|P|S|A|L\.?I?\.?S)\.?A?\.?\s+degree|\bM(?:BA|PA|PH|SW|LIS|LS)\b"),
    ("bachelor", r"bachelor['’]?s(?:\s+degree)?(?=\W|$)|bachelor\s+(?:degree|of\s+\w+(?:\s+degree)?)|baccalaureate(?:\s+degree)?|"
                 r"four[- ]year\s+(?:college\s+)?degree|\bB\.?[AS]\.?(?:\s*/\s*B\.?[AS]\.?)?\s+degree|"
                 r"(?:graduation\s+from\s+)?(?:an?\s+)?(?:accredited\s+)?four[- ]year\s+college"),
    ("associate", r"associate(?:['’]s|s)?\s+degree|associate['’]s(?=\W|$)|associate\s+of\s+(?:arts|science|applied)\w*|"
                  r"two[- ]year\s+(?:college\s+)?degree|\bA\.?A\.?S?\.?\s+degree"),
    ("high school", r"high\s+school\s+(?:diploma|graduation|equivalen\w*)|graduation\s+from\s+(?:a\s+)?high\s+school|"
                    r"high\s+school\s+or\s+(?:a\s+)?(?:GED|equivalent)|\bGED\b|\bG\.E\.D\.|high\s+school|(?:twelfth|12th)\s+grade"),
]
_DEGREE = re.compile("|".join(f"(?P<{name.replace(' ', '_')}>{pattern})" for name, pattern in _DEGREES), re.I)
_ORDER = ["high school", "associate", "bachelor", "master", "doctorate"]


def find_education(text: str, pieces: list[Piece]) -> tuple[Found, Found | None] | None:
    """((level, span), (field, span) or None) from the first sentence that requires a degree."""
    ordered = [p for p in pieces if _is_qualification(p)] + [
        p for p in pieces if not _is_qualification(p) and p.topic not in {"duties", "ksa"}
        and re.search(r"\brequire", text[p.start:p.end], re.I)
    ]
    for piece in ordered:
        sentence = text[piece.start:piece.end]
        if piece.has_label(r"desirab|preferred|substitut"):
            continue
        matches = [m for m in _DEGREE.finditer(sentence) if not _optional(sentence, m.start(), m.end())]
        if not matches:
            continue
        def level_of(m: re.Match[str]) -> str:
            return next(name for name in _ORDER if m.group(name.replace(" ", "_")))
        lowest = min(matches, key=lambda m: _ORDER.index(level_of(m)))
        level = level_of(lowest)
        start = piece.start + lowest.start()
        end = piece.start + lowest.end()
        field_found = None
        tail = sentence[lowest.end():]
        field_match = re.match(
            r"(?:[^.;]{0,80}?)\bin\s+(?P<field>[^.;]+?)(?=\s*(?:[.;]|\s+from\s|\s+AND\s|,\s*(?:including|supplemented|plus)\b|"
            r"\s+and\s+(?:%s|at\s+least|a\s+minimum)\b|$))" % _NUM,
            tail,
        )
        if field_match and level != "high school":
            f_start = piece.start + lowest.end() + field_match.start("field")
            f_end = piece.start + lowest.end() + field_match.end("field")
            field_found = (" ".join(text[f_start:f_end].split()), (f_start, f_end))
            end = f_end
        return (level, (start, end)), field_found
    return None


# --- experience --------------------------------------------------------------

_DURATION = re.compile(
    r"(?P<lead>(?:a\s+minimum\s+of|at\s+least|minimum\s+of|no\s+less\s+than)\s+)?(?P<num>%s)\s*(?:\(\s*\d+(?:\.\d+)?\s*\)\s*)?"
    r"(?:\+\s*|(?:-|–|to)\s*%s\s*(?:\(\s*\d+\s*\)\s*)?)?(?:or\s+more\s+)?"
    r"(?:full[- ]time\s+|paid\s+|professional\s+)?(?P<unit>years?|months?)\b" % (_NUM, _NUM), re.I,
)
_LABELLED = re.compile(r"(?P<unit>months|years)\s+of\s+experience\s*(?:required)?\s*[:|]\s*(?P<num>\d+(?:\.\d+)?)", re.I)


_NO_EXPERIENCE = re.compile(
    r"\bno\s+(?:prior\s+|previous\s+|paid\s+)?(?:work\s+)?experience\s+(?:is\s+)?(?:required|necessary|needed)|"
    r"\bexperience\s*(?:required)?\s*[:|]\s*(?:\*\*)?\s*none\b", re.I,
)


def find_experience(text: str, pieces: list[Piece]) -> tuple[int, tuple[int, int]] | None:
    """Months of required experience from the first qualifying statement ("No experience is required" is 0)."""
    for piece in pieces:
        if not _is_qualification(piece):
            continue
        sentence = text[piece.start:piece.end]
        none_needed = _NO_EXPERIENCE.search(sentence)
        if none_needed:
            return 0, (piece.start + none_needed.start(), piece.start + none_needed.end())
        labelled = _LABELLED.search(sentence)
        if labelled:
            value = float(labelled.group("num")) * (12 if labelled.group("unit").lower().startswith("year") else 1)
            return int(round(value)), (piece.start + labelled.start(), piece.start + labelled.end())
        if piece.has_label(r"desirab|preferred|substitut"):
            continue
        experience_label = piece.has_label(r"experience") and not piece.has_label(r"educat")
        for match in _DURATION.finditer(sentence):
            if re.search(r"\badditional\s*$|\bwithin\s*$|\bof\s*$|\bfor\s*$|\bafter\s*$", sentence[:match.start()], re.I):
                continue
            if _optional(sentence, match.start(), match.end()):
                continue
            if match.group("num").lower() in {"a", "an"} and not match.group("lead") and match.group("unit").lower().startswith("month"):
                continue
            rest = sentence[match.end():match.end() + 140]
            mentions = re.match(r"\s+(?:of\s+)?(?:[\w,'’/()-]+\s+){0,12}?experience", rest, re.I)
            if not mentions and not experience_label:
                continue
            number = words_to_number(match.group("num"))
            if number is None:
                continue
            months = number * 12 if match.group("unit").lower().startswith("year") else number
            end = piece.start + match.end() + (mentions.end() if mentions else 0)
            return int(round(months)), (piece.start + match.start(), end)
    return None


# --- substitutions -----------------------------------------------------------

_SUBSTITUTION_TEXT = re.compile(
    r"substitut|in lieu of|\bor\s+(?:an?\s+)?equivalent\b|equivalent\s+combination|any\s+combination\s+of|combinations?\s+of\s+"
    r"(?:applicable\s+)?(?:education|training|experience)", re.I,
)


def find_substitutions(text: str, pieces: list[Piece]) -> Found | None:
    """The run of sentences about substitutes for the stated requirements."""
    hits = [p for p in pieces if _is_qualification(p) and p.topic != "licenses" and _SUBSTITUTION_TEXT.search(text[p.start:p.end])]
    if not hits:
        return None
    start, end = hits[0].start, hits[0].end
    for piece in hits[1:]:
        if piece.start - end > 400:
            break
        end = piece.end
    return " ".join(text[start:end].split()), (start, end)


# --- licenses and certifications --------------------------------------------

_LICENSE = re.compile(
    r"(?:(?:valid|current)\s+)?(?:(?:[Cc]lass\s+[A-Z](?:\s*(?:,|/|or|and)\s*[A-Z]\b)*|\(?[A-Z][\w.'’+&-]*\)?|"
    r"commercial|driver['’]?s?|motor|vehicle|operator['’]?s?|"
    r"learner['’]?s?|professional|state|chauffeur['’]?s?|pesticide|applicator['’]?s?|contractor['’]?s?|"
    r"teaching|nursing)\s+){0,8}(?:[Ll]icen[cs]e|LICEN[CS]E|[Pp]ermit|CDL)\b(?:\s*\((?:[A-Z]{2,6})\))?"
    r"(?:\s+with\s+(?:an?\s+)?[\w()'’\s-]{0,50}?endorsements?)?",
)
_CERT = re.compile(
    r"(?:(?:\(?[A-Z][\w.'’+&/-]*\)?|of|and|or|for|in|\([a-z][^()\n]{0,40}\),?)\s+){0,8}?(?:\(?[A-Z][\w.'’+&/-]*\)?)\s+"
    r"[Cc]ertific(?:ation|ate)s?\b"  # ("CPR (adult, child, and infant) and First Aid certification")
    r"|(?<!\w)(?:(?!(?:a|an|the|valid|current)\b)[a-z]+\s+){0,2}[a-z]+['’]s\s+certificates?\b"
    r"|\bCompTIA\s+[\w+]+(?:\s+(?:or|and)\s+[\w+]+)*|\bCisco\s+Certified\s+[\w ]+?\s+\(\w+\)|\bCertified\s+[A-Z][\w ]+?\s+\([A-Z]+\)"
    # "Certification in First Aid and CPR …": the named thing after the word
    r"|\b[Cc]ertifi(?:cation|ed)\s+in\s+[A-Z][\w/&+-]*(?:\s+(?:(?:and|or|&)\s+)?(?:\(?[A-Z0-9][\w/&+-]*\)?))*"
    # "American Heart Association BLS Provider (CPR) card": a card the named body issues
    r"|(?:\(?[A-Z0-9][\w.'’+&/-]*\)?\s+){1,6}card\b",
)
_NEGATED = re.compile(
    r"^\W*(?:no|none)\b|\bnone\s+required\b|\b(?:is|are)\s+not\s+required\b|\bnot\s+required\b|\bno\s+(?:[\w']+\s+){0,3}"
    r"(?:licen[cs]e|certificat\w*)\s+(?:or\s+[\w ]+?\s+)?(?:is|are)\s+required", re.I,
)
_CONDITION = re.compile(
    r"(?:\bonly\s+)?for\s+positions\s+(?:assigned\s+to|in)\s+[^.;,]+|"
    r"(?:positions|those|incumbents)\s+assigned\s+to\s+(?:the\s+)?[^.;,]+?(?=\s+(?:must|shall|are|will)\b)|"
    r"\bif\s+assigned\s+to\s+[^.;,]+|\bwhen\s+assigned\s+to\s+[^.;,]+|\bmay\s+be\s+required\b[^.;]*|"
    r"\bfor\s+(?:some|certain)\s+(?:positions|assignments)\b[^.;,]*", re.I,
)
# "1. Valid Class B Commercial Driver's License …" listed among the qualifications: a credential to be held
# (a Word list's bullet may come through as the letter "o": "o Valid Class B Commercial Driver License (CDL)")
_HELD = re.compile(r"^\W*(?:\d{1,2}[.)]\s*|o\s+)?(?:an?\s+)?(?:valid|current|possession\s+of)\b", re.I)
# a credential with a date to hold it by is required: "… CPR certification within six (6) months of hire", "… at
# the time of hire"
_REQUIRES = re.compile(
    r"\bpossess|\bmust\b|\brequired?\b|\brequires\b|\bshall\b|\bobtain|\bmaintain|"
    r"\bwithin\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\s+(?:of|after|from)\b|"
    r"\b(?:at the time of|at|prior to|upon|before)\s+(?:hire|hiring|appointment|employment)\b|\bcondition of employment\b", re.I)


# what holding a credential earns ("… who hold the CHMM credential receive a certification stipend of $1,200")
_PAID_FOR_HOLDING = re.compile(
    r"\b(?:who|that)\s+(?:holds?|possess(?:es)?|has|have|earns?)\b[^.;]{0,120}?\b(?:receives?|earns?|(?:is|are)\s+paid|(?:is|are)\s+eligible)\b|"
    r"\b(?:certification|certificate|license|licensure|credential)\s+(?:pay|stipend|premium|differential|incentive|bonus)\b", re.I)


def states_requirement(sentence: str) -> bool:
    """Whether a sentence states something a candidate must hold ("… CPR certification within 30 days of hire",
    "Valid Class B CDL"), not what is preferred, may substitute, or is not required."""
    return bool(_REQUIRES.search(sentence) or _HELD.match(sentence)) and not (
        _PREFERRED.search(sentence) or _SUBSTITUTE.search(sentence) or _NEGATED.search(sentence))


def requirement_naming(text: str, named: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the first sentence of ``text`` that names ``named`` as a requirement ("Current American Heart
    Association BLS Provider (CPR) card … at the time of hire"), or None. (Read at question time, for each
    document a list's cards are silent on: a text that never names it is not split into sentences.)"""
    if named.search(text) is None:
        return None
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if named.search(sentence) and states_requirement(sentence):
            return start, end
    return None


def _clean_item(value: str) -> str:
    value = " ".join(value.split())
    value = re.sub(r"^(?:an?|the|and|or|of|in|for)\s+", "", value, flags=re.I)
    return value.strip(" ,;")


def find_credentials(text: str, pieces: list[Piece]) -> dict[str, list[Found]]:
    """{"licenses_required": [(item, span)], "licenses_preferred": ..., "certifications_*": ...}."""
    result: dict[str, list[Found]] = {key: [] for key in (
        "licenses_required", "licenses_preferred", "certifications_required", "certifications_preferred")}
    for piece in pieces:
        sentence = text[piece.start:piece.end]
        first, _, rest = sentence.partition("\n")
        if rest and any(first.strip(" #*:").lower() == label.split(" / ")[-1].strip(" #*:").lower() for label in piece.labels):
            # the section's own heading run into its first line ("LEVELS, STATE CERTIFICATE AND PAY"), blanked so
            # that offsets into the sentence still point into the document
            sentence = " " * (len(first) + 1) + rest
        in_section = piece.topic == "licenses" or piece.has_label(r"licen[cs]|certif")
        label_preferred = piece.has_label(r"prefer|desirab")
        if not in_section and not (
            piece.topic in {"qualifications", "special", "header", "other"}
            and (_REQUIRES.search(sentence) or _PREFERRED.search(sentence) or label_preferred or piece.has_label(r"required")
                 or _HELD.match(sentence))
        ):
            continue
        if _SUBSTITUTE.search(sentence) or _ADVANCEMENT.search(sentence):
            continue  # (what moving up to the next level takes is that level's requirement, not this one's)
        if _PAID_FOR_HOLDING.search(sentence) and not _REQUIRES.search(sentence):
            continue  # "Employees who hold the CSFM designation receive certification pay of 5%": paid for, not required
        preferred = bool(_PREFERRED.search(sentence)) or label_preferred
        if _NEGATED.search(sentence) and not preferred:
            continue
        condition = _CONDITION.search(sentence)
        suffix = f" ({' '.join(condition.group(0).split())})" if condition else ""
        taken: list[tuple[int, int]] = []
        label = re.match(r"^\W*(?:\*\*)?[A-Z][A-Za-z ,&/()'’-]{1,60}:(?:\*\*)?\s*", sentence)
        skip_to = label.end() if label else 0  # "CERTIFICATE AND LICENSE REQUIREMENTS:" names no license
        value = sentence[skip_to:]
        # "Driver's License: Required" / a table row "Driver's License | Class C": the label names the license
        named = _LICENSE.search(label.group(0)) if label else (
            _LICENSE.search(piece.labels[0]) if piece.in_table and piece.labels else None)
        if named and not _LICENSE.search(value) and not _NEGATED.search(value) and re.match(
            r"\W*(?:required|yes|mandatory|must|valid|current|class\s+[a-z]\b)", value, re.I
        ):
            item = _clean_item(named.group(0))
            license_class = re.search(r"\bclass\s+[A-Z]\b", value, re.I)
            if license_class and "class" not in item.lower():
                item = f"{license_class.group(0)} {item}"
            if len(item.split()) >= 2 or item.upper() == "CDL":
                span = piece.cite if piece.in_table else (piece.start, piece.end)
                result["licenses_preferred" if preferred else "licenses_required"].append((item + suffix, span))
        for match in _LICENSE.finditer(sentence, skip_to):
            if re.search(r"\n\s*(?:licen[cs]e|permit)s?\s*$", match.group(0), re.I):
                continue  # "… Union (SLMWU)\nLicense Valid Class C …": a fact sheet's next label, no license's name
            item = _clean_item(match.group(0))
            if (len(item.split()) < 2 and item.upper() != "CDL") or re.fullmatch(r"(?:valid|current)?\s*(?:licen[cs]e|permit)", item, re.I):
                continue
            span = (piece.start + match.start(), piece.start + match.end())
            taken.append(span)
            key = "licenses_preferred" if preferred else "licenses_required"
            result[key].append((item + suffix, span))
        for match in _CERT.finditer(sentence, skip_to):
            span = (piece.start + match.start(), piece.start + match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            item = _clean_item(re.sub(r"\s+[Cc]ertific(?:ation|ate)s?$", "", match.group(0)))
            item = re.sub(r"^(?:possession\s+of|current|valid)\s+(?:an?\s+)?", "", item, flags=re.I)
            if not item or item.lower() in {"equivalent", "an equivalent"}:
                continue
            key = "certifications_preferred" if preferred else "certifications_required"
            result[key].append((item + suffix, span))
    for key, items in result.items():
        seen: set[str] = set()
        result[key] = [(item, span) for item, span in items if not (item.lower() in seen or seen.add(item.lower()))]
    return result
