"""Text of a PDF, page by page, in reading order and repaired for quoting.

Why pdfplumber: on real published bulletins (justified text, numbered notes, dot leaders) it
keeps reading order where the others do not. pdfminer.six with default layout parameters
breaks justified lines into one word per line, out of order, and separates list numbers from
their items; pypdf, pypdfium2 and PyMuPDF return the content-stream order, which puts a page's
footer block first. pdfplumber groups characters into lines by position, top to bottom, and
joins the words of a line with single spaces. pypdf stays as a fallback for files pdfminer
cannot parse and for pages whose fonts lack a Unicode map.

Then a repair pass that works on any extractor's output (no rule names a publisher):
tidy whitespace, dot leaders to one space, page numbers and lines repeated at the top or
bottom of most pages dropped, list markers and one-word-per-line runs rejoined, line-end
hyphens rejoined (the hyphen kept unless the document itself spells the word without it),
words split by a space rejoined when the document spells them whole elsewhere. Curly
quotes are kept: citations quote this text verbatim, so the repaired text is the
document text. Each page is repaired on its own and stays one string, so page starts
computed from the returned list are exact.

Example:
    >>> repair_page_texts(["Written Test . . . . . . 100%"])
    ['Written Test 100%']
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import Callable

from assistant.ingest.limits import LimitExceeded
from assistant.ingest.pdf_columns import page_text
from assistant.ingest.line_numbers import without_line_numbers
from assistant.ingest.pdf_furniture import drop_page_furniture

__all__ = ["PdfTextError", "PdfPasswordError", "PdfCorruptError", "pdf_to_pages", "repair_page_texts", "dehyphenated"]


class PdfTextError(Exception):
    """The PDF cannot be read; ``str(exc)`` says why."""


class PdfPasswordError(PdfTextError):
    """The PDF needs a password to open."""


class PdfCorruptError(PdfTextError):
    """The PDF is damaged or not a PDF."""


# --- extraction -----------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")


def _no_check() -> None:
    pass


def pdf_to_pages(data: bytes, check: Callable[[], None] = _no_check) -> list[str]:
    """One repaired text per page (an empty string for a page without a text layer).

    Raises :class:`PdfPasswordError` for a password-protected file and
    :class:`PdfCorruptError` for one that neither pdfminer nor pypdf can parse. ``check`` is called
    before every page (a parse-time budget raises :class:`LimitExceeded` from it, which passes through).
    """
    for name in ("pdfminer", "pdfplumber", "pypdf"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        pages = _pdfplumber_pages(data, check)
    except (PdfPasswordError, LimitExceeded):
        raise
    except Exception as first:  # noqa: BLE001 - pdfminer raises many kinds on damaged files
        try:
            pages = _pypdf_pages(data, check)
        except (PdfTextError, LimitExceeded):
            raise
        except Exception as exc:  # noqa: BLE001
            raise PdfCorruptError(f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__) from first
    else:
        garbled = [i for i, text in enumerate(pages) if _is_garbled(text)]
        if garbled:  # fonts without a Unicode map: pypdf sometimes decodes what pdfminer cannot
            try:
                fallback = _pypdf_pages(data, check)
            except LimitExceeded:
                raise
            except Exception:  # noqa: BLE001
                fallback = []
            for i in garbled:
                if i < len(fallback) and fallback[i].strip() and not _is_garbled(fallback[i]):
                    pages[i] = fallback[i]
    return repair_page_texts(pages)


def _is_garbled(text: str) -> bool:
    cids = len(_CID.findall(text))
    return cids >= 5 and cids * 8 > len(text) * 0.3


def _pdfplumber_pages(data: bytes, check: Callable[[], None]) -> list[str]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as exc:
        raise PdfPasswordError("the PDF is password-protected") from exc
    except Exception as exc:  # pdfplumber wraps some pdfminer errors
        if isinstance(exc.__cause__ or exc.__context__, PDFPasswordIncorrect) or "password" in str(exc).lower():
            raise PdfPasswordError("the PDF is password-protected") from exc
        raise
    with pdf:
        pages: list[str] = []
        for page in pdf.pages:
            check()
            pages.append(page_text(page))
            page.close()  # frees the page's parsed objects
        return pages


def _pypdf_pages(data: bytes, check: Callable[[], None]) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception:  # noqa: BLE001 - pypdf raises several kinds here
            ok = 0
        if not ok:
            raise PdfPasswordError("the PDF is password-protected")
    pages: list[str] = []
    for page in reader.pages:
        check()
        pages.append(page.extract_text() or "")
    return pages


# --- repair ---------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Four or more dots, each optionally spaced ("....", ". . . .", "3344. . . ."), or two ellipses.
_LEADER = re.compile(r"[ ]*(?:\.[ ]?){3,}\.[ ]*|[ ]*(?:\u2026[ ]?){2,}[ ]*")
_MARKER = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[\u2022\u25cf\u25aa\u25e6\u2023\u2013\u2014*-])$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_SUFFIXES = {
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences",
    "ing", "ings", "able", "ible", "ably", "ibly", "ally", "ical", "ive", "ives", "ous", "ure", "ures", "ist",
    "ists", "ism", "ized", "ize", "izes", "ization", "ication", "ations", "ation", "ary", "ory", "ward", "wise",
}


def repair_page_texts(pages: list[str]) -> list[str]:
    """Repair every page's text; returns one string per page, in the same order.

    Steps, each generic: whitespace (line ends, control characters, runs of spaces, blank lines);
    dot leaders to one space; page-number lines and lines repeated at the top or bottom of most
    pages; line numbers printed down the margin; lone list markers joined to their item; runs of one-word lines (justified text split
    by an extractor) joined; line-end hyphenation; words split by a space.
    """
    lines_per_page = [_clean_lines(page) for page in pages]
    lines_per_page = without_line_numbers(drop_page_furniture(lines_per_page))
    vocab = _Vocabulary(lines_per_page)
    out: list[str] = []
    for lines in lines_per_page:
        lines = _join_markers(lines)
        lines = _join_word_runs(lines)
        lines = _dehyphenate(lines, vocab)
        lines = [_join_split_words(line, vocab) for line in lines]
        out.append(_collapse_blank_lines(lines))
    return out


def without_page_furniture(pages: list[str]) -> list[str]:
    """Pages of plain text (a PDF converted with its page breaks kept as form feeds) without the page numbers and the
    headers and footers repeated on most pages; each line otherwise as it was (its spacing may carry columns)."""
    return ["\n".join(lines) for lines in drop_page_furniture([page.split("\n") for page in pages])]


def _clean_lines(page: str) -> list[str]:
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    page = re.sub(r"\u00ad[ \t]*\n[ \t]*(\S+)[ \t]*", r"\1\n", page).replace("\u00ad", "")  # soft hyphens
    page = page.replace("\ufffe", "-")  # pdfium's mark for a hyphen at a line end
    page = _CONTROL.sub("", page)
    lines = []
    for line in page.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        line = _LEADER.sub(" ", line).strip()
        lines.append(line)
    return lines


class _Vocabulary:
    """How the document spells things: word counts, adjacent word pairs, hyphenated compounds."""

    def __init__(self, pages: list[list[str]]) -> None:
        self.words: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.hyphenated: set[str] = set()
        for lines in pages:
            for line in lines:
                words = [w.lower() for w in _WORD.findall(line)]
                self.words.update(words)
                for m in re.finditer(r"\b([A-Za-z]+) ([A-Za-z]+)\b", line):
                    self.pairs[(m.group(1).lower(), m.group(2).lower())] += 1
                self.hyphenated.update(m.group(0).lower() for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", line))


def _join_markers(lines: list[str]) -> list[str]:
    """"1." alone on a line, then its item: one line. A run of lone markers is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (_MARKER.match(line) and i + 1 < len(lines) and lines[i + 1]
                and not _MARKER.match(lines[i + 1]) and (not out or not _MARKER.match(out[-1]))):
            out.append(line + " " + lines[i + 1])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _is_fragment(line: str) -> bool:
    """A line holding one word (or two or three short ones) of a justified line split apart."""
    words = line.split()
    if not 1 <= len(words) <= 3 or line.endswith(":") or _MARKER.match(line):
        return False
    letters = [c for c in line if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))  # headings stay on their own


def _join_word_runs(lines: list[str]) -> list[str]:
    """Four or more consecutive fragment lines, two thirds of them single words, become one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j] and _is_fragment(lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) >= 4 and sum(len(x.split()) == 1 for x in run) * 3 >= len(run) * 2:
            joined = " ".join(run)
            if out and re.search(r"[a-z,]$", out[-1]):
                out[-1] = out[-1] + " " + joined  # the run continues the line above it
            else:
                out.append(joined)
            i = j
        elif run:
            out.extend(run)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_HEAD = re.compile(r"^([A-Za-z](?:[A-Za-z'\u2019-]*[A-Za-z])?)([^\sA-Za-z]*)(?:\s+|$)")


def dehyphenated(lines: list[str], document_lines: list[str]) -> list[str]:
    """``lines`` with words hyphenated at their ends made whole, as the document (``document_lines``) spells them:
    the one rule for every format that breaks words at a line's end (a PDF, a typeset column saved as text)."""
    return _dehyphenate(lines, _Vocabulary([document_lines]))


def _dehyphenate(lines: list[str], vocab: _Vocabulary) -> list[str]:
    """``word-`` at a line end and its rest on the next line: the whole word on the first line.

    The hyphen goes only when the rest starts in lower case and either the document spells the
    joined word elsewhere but never the hyphenated one, or the rest is a bare suffix ("-tion",
    "-ment"); otherwise it stays ("two-year", "Engineer-In-Training").
    """
    lines = list(lines)
    emptied: set[int] = set()
    for i in range(len(lines) - 1):
        match = _HYPHEN_END.search(lines[i])
        head = _HEAD.match(lines[i + 1]) if match else None
        if not match or not head:
            continue
        left, right, tail = match.group(1), head.group(1), head.group(2)
        joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
        drop_hyphen = right[0].islower() and (
            (vocab.words[joined] > 0 and hyphenated not in vocab.hyphenated)
            or (right.lower() in _SUFFIXES and len(left) >= 3)
        )
        word = left + right if drop_hyphen else f"{left}-{right}"
        lines[i] = lines[i][: match.start()] + word + tail
        lines[i + 1] = lines[i + 1][head.end():]
        if not lines[i + 1]:
            emptied.add(i + 1)
    return [line for i, line in enumerate(lines) if i not in emptied]


def _join_split_words(line: str, vocab: _Vocabulary) -> str:
    """``depart mental`` -> ``departmental`` when the document spells the word whole elsewhere, one
    of the two pieces never stands on its own in it, and the split pair occurs only this once."""

    def repl(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        whole, la, lb = (a + b).lower(), a.lower(), b.lower()
        if len(whole) < 6 or vocab.words[whole] == 0:
            return m.group(0)
        together = vocab.pairs[(la, lb)]
        if together > 1 or (vocab.words[la] > together and vocab.words[lb] > together):
            return m.group(0)  # a spelling the author repeats ("data base" twice) is the author's
        return a + b

    return re.sub(r"\b([A-Za-z][a-z]+) ([a-z]{2,})\b", repl, line)


def _collapse_blank_lines(lines: list[str]) -> str:
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
