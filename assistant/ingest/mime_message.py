"""A saved e-mail's raw source (an .eml kept as text) read as the message it shows, not as its MIME encoding.

Why: a job alert saved from a mail client keeps its transport encoding. Quoted-printable cuts words at
"=" soft line breaks ("alert=" / "s/2026"), writes every "=" as "=3D" and every bullet as "=E2=80=A2", and
the HTML copy of the same message follows in base64; indexed as it stands, no sentence of the posting can be
quoted and its banner rules read as text. Here a text whose opening lines are mail headers naming a MIME
body is parsed with the standard library's e-mail parser and read as its subject and plain-text body (its
HTML body, rendered, when it has no plain one).

Example:
    >>> raw = ("From: hr@alder.example\\nSubject: Now Hiring: Inspector\\nMIME-Version: 1.0\\n"
    ...        "Content-Type: text/plain; charset=UTF-8\\nContent-Transfer-Encoding: quoted-printable\\n\\n"
    ...        "Salary: $31.42 =E2=80=A2 Closes April 17\\n")
    >>> print(message_text(raw))
    From: hr@alder.example
    Subject: Now Hiring: Inspector
    <BLANKLINE>
    Salary: $31.42 • Closes April 17
    <BLANKLINE>
"""

from __future__ import annotations

import email
import email.policy
import re
from typing import Callable

__all__ = ["message_text"]

_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]|^[ \t]+\S")  # "Content-Type: …", or a folded header's next line
_MIME = re.compile(r"^(?:mime-version|content-type|content-transfer-encoding):", re.IGNORECASE | re.MULTILINE)
# what makes the source unreadable as it stands: an encoded body, or several parts (a plain 7-bit message reads fine)
_ENCODED = re.compile(r"^content-transfer-encoding:[ \t]*(?:quoted-printable|base64)|^content-type:[ \t]*multipart/",
                      re.IGNORECASE | re.MULTILINE)
MIN_HEADERS = 3  # lines of "Name: value" before the first blank line: a message's header block, not a posting's fields


def _header_block(text: str) -> str:
    head, _, _ = text.lstrip("\ufeff").partition("\n\n")
    lines = head.split("\n")
    return head if len(lines) >= MIN_HEADERS and all(_HEADER.match(line) for line in lines) else ""


def message_text(text: str, render_html: Callable[[str], str] | None = None) -> str | None:
    """The message's sender, date, subject and body when ``text`` is a raw MIME message whose body is encoded or in
    parts, else None (``render_html`` turns an
    HTML-only body into text; without it such a message is read as it stands)."""
    head = _header_block(text)
    if not head or not _MIME.search(head) or not _ENCODED.search(text):
        return None
    message = email.message_from_string(text.lstrip("\ufeff"), policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    if part is None:
        return None
    try:
        body = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding: read it as it stands
        return None
    if part.get_content_subtype() == "html":
        if render_html is None:
            return None
        body = render_html(body)
    # (who sent it may be the only place the employer is named, and when is the posting's date)
    fields = [f"{name}: {str(message.get(name, '')).strip()}" for name in ("From", "Date", "Subject") if message.get(name)]
    return "\n".join(fields) + ("\n\n" if fields else "") + body.replace("\r\n", "\n")
