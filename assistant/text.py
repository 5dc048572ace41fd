"""Small text helpers shared by retrieval and answering: tokens, stems, spellings, spelled numbers.

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
                  "pls": "please", "plz": "please", "tho": "though", "abt": "about", "b4": "before",
                  "mon-fri": "Monday through Friday", "m-f": "Monday through Friday",
                  # hurried abbreviations of the words questions ask with ("dunmore cty", "hrs a day", "2 yrs")
                  "cty": "county", "twp": "township", "univ": "university", "dept": "department", "govt": "government",
                  "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "mos": "months",
                  "nite": "night", "nites": "nights"}
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


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90,
}


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth").split()


def ordinal_number(word: str) -> int | None:
    """The value of an ordinal up to the twelfth, in words or figures ("fifth", "5th"), or None."""
    word = word.lower()
    if word in _ORDINALS[1:]:
        return _ORDINALS.index(word)
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    return int(match.group(1)) if match else None


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


def cut_short(word: str, words: Collection[str]) -> bool:
    """Whether ``word`` (three letters or more) is one of ``words`` cut short ("vet" of "veterinary", "res" of
    "residence"): how a question shortens a class's or employer's name."""
    return len(word) >= 3 and any(len(other) > len(word) and other.startswith(word) for other in words)


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
