"""A question a document asks itself (an FAQ, a recruiter's "Ask the Recruiter" bubbles) is quoted with its reply.

Why: "How long is probation?" on a posting's FAQ shares the employee's words, so it outranks the line under it
that answers it ("Twelve months, the same as every full-time class in Unit M."), and the answer quoted the
question back. A question line and the reply right under it are one passage; the question alone states nothing.

Example:
    >>> text = "How long is probation?\\n\\nTwelve months, as for every class in Unit M.\\n"
    >>> text[:reply_end(text, 22)]
    'How long is probation?\\n\\nTwelve months, as for every class in Unit M.'
"""

from __future__ import annotations

import re

from assistant.sentences import sentences

# what starts a line that is no reply: a list item or an answer option ("- Yes", "1) None"), a table row, a
# heading, a quoted mail line, a bracketed note ("(Open Ended Question)")
_NOT_A_REPLY = re.compile(r"^\s*(?:[-*•▪●◦|#>(\[]|\d{1,2}[.)]\s)")
_OPTIONS = re.compile(r"\s/\s")  # "Yes  /  No": a form's choices
_LIST_LINE = re.compile(r"^\s*(?:[-*•▪●◦|>]|\d{1,2}[.)]\s)")  # a question asked in a list: one of several asked
MIN_QUESTION_CHARS = 12
MAX_REPLY_CHARS = 400
SHORT_REPLY_CHARS = 40  # "No.", "Yes, after six months.": the sentence after it says how


def reply_end(text: str, end: int) -> int | None:
    """Where the reply to the question line ending at ``end`` ends, when one follows (within one blank line), else
    ``None``: its first sentence, and the next one too when the first is a bare "Yes." or "No."."""
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    question = text[line_start:end]
    if (not question.rstrip().endswith("?") or text[end:line_end].strip() or len(question.strip()) < MIN_QUESTION_CHARS
            or _LIST_LINE.match(question)):
        return None
    reply_start = line_end + 1  # the reply line: the next line, or the one after an empty line
    if text.startswith("\n", reply_start):
        reply_start += 1
    reply_line_end = text.find("\n", reply_start)
    reply_line_end = len(text) if reply_line_end < 0 else reply_line_end
    reply = text[reply_start:reply_line_end]
    if not reply.strip() or _NOT_A_REPLY.match(reply) or _OPTIONS.search(reply) or reply.rstrip().endswith(("?", ":")) \
            or len(reply.split()) < 2:
        return None
    spans = sentences(text, reply_start, reply_line_end)
    if not spans:
        return None
    stop = spans[0][1]
    if stop - spans[0][0] < SHORT_REPLY_CHARS and len(spans) > 1:
        stop = spans[1][1]
    return stop if stop - reply_start <= MAX_REPLY_CHARS else None


# "Recruiter (Human Resources) No. You may guide an intern, but …": the reply's own yes or no, after a speaker's label
_REPLY_POLARITY = re.compile(r"^\W*(?:[A-Z][\w()’'-]*(?:\s+[\w()’'-]+){0,3}\s+)??(Yes|No)\b(?=[.,!;:]|\s*[-–—])")


def reply_polarity(quote: str) -> str:
    """"Yes" or "No" when ``quote`` holds a question and the reply after it opens with one, else ""."""
    if "?" not in quote:
        return ""
    match = _REPLY_POLARITY.match(quote[quote.rfind("?") + 1:])
    return match.group(1) if match else ""


def reply_part(quote: str) -> str:
    """What ``quote`` says after the last question it holds: the document's own question states nothing."""
    return quote[quote.rfind("?") + 1:] if "?" in quote else quote
