"""Turn a file on disk into plain text the rest of the pipeline can cite.

Every loader returns an :class:`ExtractedDocument`: the text (the exact string
that citations quote from) and, for PDFs, where each page starts in it.

Example:
    >>> from pathlib import Path
    >>> doc = load_document(Path("corpus/butte-county-information-technology-specialist.txt"))
    >>> doc.format
    'txt'
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from assistant.errors import AssistantError
from assistant.ingest.docx_blocks import docx_blocks, docx_furniture
from assistant.ingest.label_lines import caps_label_fields, dot_leader_fields, field_columns, join_label_lines
from assistant.ingest.limits import Budget, LimitExceeded, ParseLimits, check_html, check_pdf_streams, check_zip
from assistant.ingest.letter_spacing import joined_letter_spacing
from assistant.ingest.ocr_repair import ocr_repaired
from assistant.ingest.plain_text import readable_plain_text

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


class DocumentError(AssistantError):
    """A file that cannot be ingested; the message names the file and the problem."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class ExtractedDocument:
    """The extracted text of one file plus page starts (offset, page number) for PDFs."""

    text: str
    format: str
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    html_title: str = ""
    context_text: str = ""  # the page around the content (header, navigation, footer): only to tell whose it is

    def page_at(self, offset: int) -> int | None:
        """Page number (1-based) holding character ``offset``, or None if not paged."""
        page = None
        for start, number in self.page_starts:
            if start <= offset:
                page = number
            else:
                break
        return page


def load_document(
    path: Path, max_bytes: int | None = None, display_name: str | None = None, limits: ParseLimits | None = None,
) -> ExtractedDocument:
    """Read ``path`` by its suffix. Raises :class:`DocumentError` with a clear reason.

    ``limits`` bound what the file may unpack to, its element count and its parse time
    (``ParseLimits.from_settings(settings)``; the defaults match the settings' defaults)."""
    name = display_name or path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            name, f"unsupported file type {suffix or '(none)'}; supported: .txt .md .html .htm .pdf .docx"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise DocumentError(name, "the file is empty")
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(
            name, f"the file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB limit (JCA_MAX_FILE_MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from exc
    return load_bytes(data, suffix, name, limits)


def sniffed_suffix(data: bytes, suffix: str) -> str:
    """What the content is, when its first bytes say so louder than its name: a PDF or a Word file renamed
    ``.txt`` is read as a PDF or a Word file, not indexed as its raw syntax."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536] and suffix in {".txt", ".md", ".markdown", ".html", ".htm"}:
        return ".docx"
    return suffix


def load_bytes(data: bytes, suffix: str, name: str, limits: ParseLimits | None = None) -> ExtractedDocument:
    """Extract text from raw bytes of a file of type ``suffix`` (or of the type its content shows).

    A file over one of ``limits`` fails with a :class:`DocumentError` naming the limit and its setting."""
    suffix = sniffed_suffix(data, suffix.lower())
    budget = Budget(limits or ParseLimits())
    try:
        if suffix in {".txt", ".md", ".markdown"}:
            decoded = decode_text(data)
            if "\f" in decoded:  # a PDF saved as text, its page breaks kept: its running header and footer go
                from assistant.ingest.pdf_text import without_page_furniture
                decoded = "\n\n".join(without_page_furniture(decoded.split("\f")))
            text = normalize_text(decoded)
            text = readable_plain_text(text, suffix != ".txt", normalize=normalize_text,
                                       render_html=lambda html: _load_html(html.encode("utf-8"), name, budget).text)
            doc = ExtractedDocument(join_label_lines(text), "md" if suffix != ".txt" else "txt")
        elif suffix in {".html", ".htm"}:
            doc = _load_html(data, name, budget)
        elif suffix == ".pdf":
            doc = _load_pdf(data, name, budget)
        elif suffix == ".docx":
            doc = _load_docx(data, name, budget)
        else:
            raise DocumentError(name, f"unsupported file type {suffix}")
    except LimitExceeded as exc:
        raise DocumentError(name, str(exc)) from exc
    doc.text = joined_letter_spacing(ocr_repaired(doc.text))
    if not doc.text.strip():
        if doc.format == "pdf":
            raise DocumentError(name, "the PDF has no text layer (it is a scan); run OCR on it first")
        raise DocumentError(name, "no text could be extracted")
    if "\x00" in doc.text:
        raise DocumentError(name, "the file looks binary, not text")
    return doc


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; otherwise cp1252, then latin-1 (never fails).

    UTF-16 with a BOM (Windows Notepad's "Unicode") is decoded as such.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """Unify line endings and drop control characters; keep everything else as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return _CONTROL.sub("", text)


# --- HTML -----------------------------------------------------------------


def _load_html(data: bytes, name: str, budget: Budget) -> ExtractedDocument:
    """The page's content (site navigation, scripts and furniture dropped): see :mod:`assistant.ingest.html_text`.

    The page is parsed once; its whole text (the site around the content, which names the employer when the
    content does not: "State of California" in a CalHR footer) comes from the same tree."""
    from assistant.ingest.html_text import html_to_parts

    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(name, "the file looks binary, not text")
    check_html(data, budget.limits)
    try:
        page = html_to_parts(data, budget.check)
    except LimitExceeded:
        raise
    except Exception as exc:  # noqa: BLE001 - hostile markup must end as the documented error
        raise DocumentError(name, f"the HTML page could not be read ({exc.__class__.__name__})") from exc
    return ExtractedDocument(join_label_lines(normalize_text(page.text)), "html", html_title=page.title,
                             context_text=page.context)


# --- PDF ------------------------------------------------------------------


def _load_pdf(data: bytes, name: str, budget: Budget) -> ExtractedDocument:
    """Pages in reading order, repaired for quoting: see :mod:`assistant.ingest.pdf_text`."""
    from assistant.ingest.pdf_text import PdfCorruptError, PdfPasswordError, pdf_to_pages

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(name, "not a valid PDF (the file does not start with %PDF; is it another format renamed?)")
    check_pdf_streams(data, budget.limits, budget)
    try:
        pages = pdf_to_pages(data, budget.check)
    except LimitExceeded:
        raise
    except PdfPasswordError as exc:
        raise DocumentError(name, "the PDF is password-protected; save an unprotected copy and upload that") from exc
    except PdfCorruptError as exc:
        raise DocumentError(name, f"the PDF is corrupt or unreadable ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - hostile input may raise anything: end as the documented error
        raise DocumentError(name, f"the PDF is corrupt or unreadable ({exc.__class__.__name__})") from exc
    parts: list[str] = []
    page_starts: list[tuple[int, int]] = []
    text = ""
    for number, page in enumerate(pages, start=1):
        page_text = field_columns(caps_label_fields(dot_leader_fields(normalize_text(page)))).strip()
        if parts:
            # a sentence running on over the page break ("… with at least" / "30 semester hours …") stays one
            # paragraph; otherwise a page starts a new one
            text += "\n" if _runs_on(parts[-1], page_text) else "\n\n"
        page_starts.append((len(text), number))
        parts.append(page_text)
        text += page_text
    return ExtractedDocument(text, "pdf", page_starts=page_starts)


def _runs_on(before: str, after: str) -> bool:
    """Whether a page's text ends mid-sentence and the next page's carries it on (a lowercase word or a figure)."""
    return bool(before) and bool(after) and (before[-1].isalnum() or before[-1] == ",") \
        and (after[0].islower() or after[0].isdigit())


# --- DOCX -----------------------------------------------------------------


def _load_docx(data: bytes, name: str, budget: Budget) -> ExtractedDocument:
    """Paragraphs, headings, lists and tables of a Word file, after the package's unpacked size and
    paragraph count are checked against the limits (python-docx reads every part into memory)."""
    import zipfile

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency is required
        raise DocumentError(name, "python-docx is not installed") from exc
    if not data.startswith(b"PK"):
        raise DocumentError(name, "not a valid DOCX (not a zip package; is it an old .doc or another format renamed?)")
    check_zip(data, budget.limits, budget)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc

    try:
        blocks = docx_blocks(document, budget)
    except LimitExceeded:
        raise
    except Exception as exc:  # noqa: BLE001 - a package that opens can still be broken inside (missing parts, bad XML)
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc
    return ExtractedDocument(normalize_text("\n\n".join(blocks)), "docx", context_text=docx_furniture(document))
