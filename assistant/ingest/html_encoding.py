"""Bytes of a published HTML page as text, decoded the way a browser decodes them.

Why this module exists: real pages declare one charset and are written in another (a CalHR page declares
ISO-8859-1 and holds Windows-1252 curly quotes); a wrong guess turns every apostrophe into garbage that
then fails to match questions and quotes.

Example:
    >>> decode_html('<meta charset="iso-8859-1"><p>\u201cShift\u201d</p>'.encode("cp1252")).split("<p>")[1]
    '\u201cShift\u201d</p>'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
# WHATWG: these labels all mean windows-1252 in a browser.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252", "iso8859_15"}


def _declared_charset(data: bytes) -> str | None:
    """The charset named by an XML declaration or a ``<meta>`` in the first 4 KB, as a Python codec name."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    name = name.replace("-", "_")
    if name in _AS_CP1252:
        return "cp1252"
    if name.startswith(("utf_16", "utf_32")):  # a declaration in ASCII bytes cannot be UTF-16: ignore it
        return None
    return name


def decode_html(data: bytes) -> str:
    """Bytes of an HTML page as text, the way a browser would read them (and never failing).

    BOM; then valid UTF-8, whatever is declared (valid UTF-8 with non-ASCII bytes is almost never anything
    else); then the declared charset, with ISO-8859-1/Latin-1/ASCII read as Windows-1252; mostly-UTF-8 with
    a few bad bytes stays UTF-8; otherwise charset-normalizer's guess, where Windows-1252 wins whenever it is
    among the plausible candidates (charset-normalizer often prefers cp1250 for English text with curly
    quotes, which turns "naïve" into "naďve").
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf_8":
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            if declared == "cp1252":  # a byte cp1252 leaves undefined: keep the rest
                return data.decode("cp1252", errors="replace")
    in_sequences = sum(map(len, _UTF8_SEQUENCE.findall(data)))
    if in_sequences and in_sequences >= len(_NON_ASCII.findall(data)) - in_sequences:
        return data.decode("utf-8", errors="replace")  # UTF-8 with a few stray bytes
    return data.decode(_guess_charset(data), errors="replace")


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _guess_charset(data: bytes) -> str:
    """charset-normalizer's best guess, but Windows-1252 when that is plausible at all (or nothing is)."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
    except Exception:  # noqa: BLE001 - a failed guess is no worse than no guess
        return "cp1252"
    names = []
    for match in matches:
        try:
            names.append(codecs.lookup(match.encoding).name.replace("-", "_"))
        except LookupError:
            continue
    if not names or any(name in _AS_CP1252 for name in names):
        return "cp1252"
    return names[0]
