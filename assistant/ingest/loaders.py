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
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from assistant.errors import AssistantError

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

    def page_at(self, offset: int) -> int | None:
        """Page number (1-based) holding character ``offset``, or None if not paged."""
        page = None
        for start, number in self.page_starts:
            if start <= offset:
                page = number
            else:
                break
        return page


def load_document(path: Path, max_bytes: int | None = None, display_name: str | None = None) -> ExtractedDocument:
    """Read ``path`` by its suffix. Raises :class:`DocumentError` with a clear reason."""
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
    return load_bytes(data, suffix, name)


def load_bytes(data: bytes, suffix: str, name: str) -> ExtractedDocument:
    """Extract text from raw bytes of a file of type ``suffix``."""
    suffix = suffix.lower()
    if suffix in {".txt", ".md", ".markdown"}:
        doc = ExtractedDocument(normalize_text(decode_text(data)), "md" if suffix != ".txt" else "txt")
    elif suffix in {".html", ".htm"}:
        doc = _load_html(data)
    elif suffix == ".pdf":
        doc = _load_pdf(data, name)
    elif suffix == ".docx":
        doc = _load_docx(data, name)
    else:
        raise DocumentError(name, f"unsupported file type {suffix}")
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

_BLOCK_TAGS = {"p", "div", "section", "article", "li", "tr", "br", "table", "ul", "ol", "dd", "dt", "blockquote", "pre"}
_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "form", "button", "iframe", "head"}


def _load_html(data: bytes) -> ExtractedDocument:
    from bs4 import BeautifulSoup, NavigableString, Tag

    with warnings.catch_warnings():  # XHTML, or text that looks like a URL: parsed all the same, no stderr noise
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(decode_text(data), "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    root = soup.find("main") or soup.find("article") or soup.body or soup
    # Page furniture: only drop header/footer/nav when a <main>/<article> doesn't already exclude them.
    for tag in root.find_all(list(_DROP_TAGS)):
        tag.decompose()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"[ \t]+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(root: Tag) -> None:
        """Depth-first, with an explicit stack: tag soup can nest deeper than Python's recursion limit."""
        stack: list[tuple[str, Any]] = [("children", root)]
        while stack:
            action, item = stack.pop()
            if action == "flush":
                flush()
            elif action == "text":
                current.append(item)
            elif action == "line":
                lines.append(item)
            else:  # "children": the node's children, in order, each as the actions it stands for
                todo: list[tuple[str, Any]] = []
                for child in item.children:
                    if isinstance(child, NavigableString):
                        if child.__class__.__name__ not in {"Comment", "Doctype", "Declaration", "ProcessingInstruction"}:
                            todo.append(("text", str(child).replace("\n", " ")))
                        continue
                    if not isinstance(child, Tag):
                        continue
                    name = child.name.lower()
                    if re.fullmatch(r"h[1-6]", name):
                        heading = child.get_text(" ", strip=True)
                        todo.append(("flush", None))
                        if heading:
                            todo.append(("line", "#" * int(name[1]) + " " + heading))
                    elif name == "tr":
                        cells = [c.get_text(" ", strip=True) for c in child.find_all(["td", "th"])]
                        todo.append(("flush", None))
                        if any(cells):
                            todo.append(("line", " | ".join(cells)))
                    elif name == "li":
                        todo += [("flush", None), ("text", "- "), ("children", child), ("flush", None)]
                    elif name == "br":
                        todo.append(("flush", None))
                    elif name in _BLOCK_TAGS:
                        todo += [("flush", None), ("children", child), ("flush", None)]
                    else:
                        todo.append(("children", child))
                stack.extend(reversed(todo))

    walk(root)
    flush()
    text = "\n\n".join(_merge_list_lines(lines))
    return ExtractedDocument(normalize_text(text), "html", html_title=title)


def _merge_list_lines(lines: list[str]) -> list[str]:
    """Keep consecutive bullets and table rows together (single newline) as one block."""
    merged: list[str] = []
    for line in lines:
        if merged and (line.startswith("- ") or " | " in line) and (
            merged[-1].split("\n")[-1].startswith("- ") or " | " in merged[-1].split("\n")[-1]
        ):
            merged[-1] += "\n" + line
        else:
            merged.append(line)
    return merged


# --- PDF ------------------------------------------------------------------


def _load_pdf(data: bytes, name: str) -> ExtractedDocument:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(name, "not a valid PDF (the file does not start with %PDF; is it another format renamed?)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise DocumentError(name, "the PDF is password-protected; save an unprotected copy and upload that")
        parts: list[str] = []
        page_starts: list[tuple[int, int]] = []
        offset = 0
        for number, page in enumerate(reader.pages, start=1):
            page_text = normalize_text(page.extract_text() or "").strip()
            page_starts.append((offset, number))
            parts.append(page_text)
            offset += len(page_text) + 2
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentError(name, f"the PDF is corrupt or unreadable ({exc.__class__.__name__}: {exc})") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf may raise anything on hostile input
        raise DocumentError(name, f"the PDF is corrupt or unreadable ({exc.__class__.__name__})") from exc
    return ExtractedDocument("\n\n".join(parts), "pdf", page_starts=page_starts)


# --- DOCX -----------------------------------------------------------------


def _load_docx(data: bytes, name: str) -> ExtractedDocument:
    import zipfile

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency is required
        raise DocumentError(name, "python-docx is not installed") from exc
    if not data.startswith(b"PK"):
        raise DocumentError(name, "not a valid DOCX (not a zip package; is it an old .doc or another format renamed?)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc

    try:
        blocks = _docx_blocks(document)
    except Exception as exc:  # noqa: BLE001 - a package that opens can still be broken inside (missing parts, bad XML)
        raise DocumentError(name, f"the DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc
    return ExtractedDocument(normalize_text("\n\n".join(blocks)), "docx")


def _docx_blocks(document: Any) -> list[str]:
    """Headings (as Markdown), paragraphs, bullet runs and tables of a python-docx document, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            try:
                style = (para.style.name if para.style is not None else "") or ""
            except Exception:  # noqa: BLE001 - a missing or broken styles part: read the text without styles
                style = ""
            is_list = style.lower().startswith("list") or child.find(
                ".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr"
            ) is not None
            match = re.match(r"Heading (\d)", style)
            if match or style == "Title":
                level = int(match.group(1)) if match else 1
                blocks.append("#" * level + " " + text)
            elif is_list:
                if blocks and blocks[-1].split("\n")[-1].startswith("- "):
                    blocks[-1] += "\n- " + text
                else:
                    blocks.append("- " + text)
            else:
                blocks.append(text)
        elif tag == "tbl":
            table = Table(child, document)
            rows = []
            for row in table.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = cell.text.strip()
                    if not cells or cells[-1] != value:  # merged cells repeat
                        cells.append(value)
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
    return blocks
