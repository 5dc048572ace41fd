"""Bounds on the work one file may cause, so a hostile upload cannot hold the corpus lock for minutes.

Why: a 1 MB DOCX can unpack to gigabytes (a zip bomb), a 100 KB PDF can hold a content stream that
decompresses to 70 MB of drawing operators, a 600 KB DOCX can hold two million paragraphs. Each of these
took minutes and gigabytes while every other upload waited. Three bounds, all settings:

* ``max_unzipped_bytes`` (``JCA_MAX_UNZIPPED_MB``): what a DOCX's zip members, or a PDF's compressed
  streams other than images, unpack to; checked before the real parser runs, by unpacking with a cap;
* ``max_elements`` (``JCA_MAX_ELEMENTS``): paragraphs and table cells of a DOCX, elements of an HTML
  page (counted on the raw markup before parsing); a DOCX may hold ``XML_PER_ELEMENT`` times as many
  XML elements in all (runs, properties) as paragraphs and cells;
* ``max_seconds`` (``JCA_PARSE_TIMEOUT_S``): a parse-time budget per file, checked between pages,
  paragraphs and parsing passes.

Each failure raises :class:`LimitExceeded`, whose message names the limit and its setting; the loaders
turn it into a ``DocumentError`` that names the file.

Example:
    >>> budget = Budget(ParseLimits(max_seconds=60))
    >>> budget.check()  # within the budget: nothing happens
"""

from __future__ import annotations

import io
import re
import time
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.settings import Settings

XML_PER_ELEMENT = 20  # XML elements a DOCX may hold per paragraph or table cell counted by max_elements
_CHUNK = 1 << 20


class LimitExceeded(Exception):
    """A file is over one of the parse limits; ``str(exc)`` says which, with its setting."""


@dataclass(frozen=True)
class ParseLimits:
    """The bounds for one file; defaults match the settings' defaults."""

    max_unzipped_bytes: int = 25 << 20
    max_elements: int = 200_000
    max_seconds: float = 60.0

    @classmethod
    def from_settings(cls, settings: "Settings") -> "ParseLimits":
        return cls(int(settings.max_unzipped_mb * 1048576), settings.max_elements, settings.parse_timeout_s)

    def unzipped_text(self) -> str:
        return f"{self.max_unzipped_bytes / 1048576:g} MB (JCA_MAX_UNZIPPED_MB)"


class Budget:
    """A file's parse-time budget, started when the file's parse starts."""

    def __init__(self, limits: ParseLimits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds

    def check(self) -> None:
        """Raise :class:`LimitExceeded` once the budget is spent."""
        if time.monotonic() > self.deadline:
            raise LimitExceeded(
                f"reading it took longer than the {self.limits.max_seconds:g} s limit per file (JCA_PARSE_TIMEOUT_S)"
            )


# --- DOCX ----------------------------------------------------------------------------------------

_DOCX_BLOCK = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:p|tc)[\s/>]")
_XML_ELEMENT = re.compile(rb"<[A-Za-z_]")


def check_zip(data: bytes, limits: ParseLimits, budget: Budget, kind: str = "DOCX") -> None:
    """Refuse a package whose members unpack to more than the limit (declared sizes, then real ones) or
    whose main document holds more paragraphs and cells than ``max_elements``.

    Unpacks each member with a cap, so a member that lies about its size costs at most the limit.
    A broken zip is left for the real parser to report.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    limit = limits.max_unzipped_bytes
    with archive:
        members = archive.infolist()
        declared = sum(info.file_size for info in members)
        if declared > limit:
            raise LimitExceeded(
                f"the {kind} unpacks to {declared / 1048576:.1f} MB, over the {limits.unzipped_text()} limit "
                "(a zip bomb, or a package of large media)"
            )
        total = 0
        for info in members:
            if info.is_dir():
                continue
            is_main = info.filename.lower() == "word/document.xml"
            parts: list[bytes] = []
            try:
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise LimitExceeded(
                                f"the {kind} unpacks to more than the {limits.unzipped_text()} limit "
                                "(a zip bomb, or a package of large media)"
                            )
                        if is_main:
                            parts.append(chunk)
                        budget.check()
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
                return  # the real parser names what is broken
            if is_main:
                _check_docx_elements(b"".join(parts), limits, kind)


def _check_docx_elements(xml: bytes, limits: ParseLimits, kind: str) -> None:
    blocks = len(_DOCX_BLOCK.findall(xml))
    if blocks > limits.max_elements:
        raise LimitExceeded(
            f"the {kind} has {blocks:,} paragraphs and table cells, over the {limits.max_elements:,} limit "
            "(JCA_MAX_ELEMENTS)"
        )
    elements = len(_XML_ELEMENT.findall(xml))
    if elements > limits.max_elements * XML_PER_ELEMENT:
        raise LimitExceeded(
            f"the {kind} has {elements:,} XML elements, over the {limits.max_elements * XML_PER_ELEMENT:,} limit "
            f"({XML_PER_ELEMENT} per JCA_MAX_ELEMENTS)"
        )


# --- HTML ----------------------------------------------------------------------------------------

_HTML_TAG = re.compile(rb"<[A-Za-z]|<\x00[A-Za-z]")


def check_html(data: bytes, limits: ParseLimits) -> None:
    """Refuse a page with more start tags than ``max_elements`` (an upper bound of its elements)."""
    tags = sum(1 for _ in _HTML_TAG.finditer(data))
    if tags > limits.max_elements:
        raise LimitExceeded(
            f"the HTML page has {tags:,} elements, over the {limits.max_elements:,} limit (JCA_MAX_ELEMENTS)"
        )


# --- PDF -----------------------------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_FLATE = re.compile(rb"/FlateDecode|/Fl\b")


def check_pdf_streams(data: bytes, limits: ParseLimits, budget: Budget) -> None:
    """Refuse a PDF whose Flate streams other than images unpack to more than the limit.

    A raw scan (no PDF parser): each ``stream`` keyword whose dictionary names FlateDecode and not an image
    is inflated with a cap. Content streams are what the text extractor interprets, operator by operator,
    so their unpacked size bounds its time and memory; images are never decoded for text.
    """
    limit = limits.max_unzipped_bytes
    total = 0
    position = 0
    while True:
        match = _STREAM.search(data, position)
        if match is None:
            return
        start = match.end()
        end = data.find(_ENDSTREAM, start)
        if end < 0:
            end = len(data)
        position = end
        head = data[max(0, match.start() - 2048):match.start()]
        head = head[head.rfind(b"obj"):]  # this object's dictionary (a nested << >> may hold /Filter after it)
        if not _FLATE.search(head) or _IMAGE.search(head):
            continue
        inflater = zlib.decompressobj()
        pending = data[start:end]
        try:
            while True:
                out = inflater.decompress(pending, _CHUNK)
                total += len(out)
                if total > limit:
                    raise LimitExceeded(
                        f"the PDF's compressed streams unpack to more than the {limits.unzipped_text()} limit "
                        "(a decompression bomb)"
                    )
                pending = inflater.unconsumed_tail
                if inflater.eof or (not pending and len(out) < _CHUNK):
                    break
                budget.check()
        except zlib.error:
            continue  # damaged stream: the real parser decides
