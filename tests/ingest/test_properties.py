"""Property-based tests (issue 9): loaders and chunker on arbitrary input.

Whatever bytes arrive under whatever supported suffix, a loader returns clean
text or raises DocumentError (the documented error, which sync reports per
file), nothing else. Whatever text, title and levels the chunker gets, its
chunks are exact, non-empty spans inside one section each. Example counts are
modest and derandomized (the CI machine is slow; failures reproduce).
"""

from __future__ import annotations

import functools
import io

from hypothesis import HealthCheck, example, given, settings as hsettings, strategies as st

from assistant.ingest.chunking import chunk_text
from assistant.ingest.docinfo import identify
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, DocumentError, ExtractedDocument, load_bytes
from assistant.ingest.sections import SECTION_LABELS, find_sections

FAST = hsettings(max_examples=60, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SLOW = hsettings(max_examples=25, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def load_or_error(data: bytes, suffix: str) -> ExtractedDocument | None:
    """load_bytes, with DocumentError (naming the file) as the only way to fail; the result is checked."""
    try:
        doc = load_bytes(data, suffix, "upload" + suffix)
    except DocumentError as exc:
        assert exc.source == "upload" + suffix and exc.reason and str(exc).startswith("upload")
        return None
    assert isinstance(doc.text, str) and doc.text.strip()
    assert "\x00" not in doc.text and "\r" not in doc.text
    assert doc.format in {"txt", "md", "html", "pdf", "docx"}
    starts = [start for start, _ in doc.page_starts]
    assert starts == sorted(starts) and all(0 <= s <= len(doc.text) for s in starts)
    return doc


# --- loaders: arbitrary bytes ---------------------------------------------------------------

_SUFFIXES = sorted(SUPPORTED_SUFFIXES | {".TXT", ".Pdf", ".xyz", ""})


@FAST
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(_SUFFIXES))
@example(data=b"\xff\xfe\x00", suffix=".txt")  # a UTF-16 BOM and half a character
@example(data=b"\xfe\xff\xd8\x00", suffix=".md")  # a UTF-16 lone surrogate
@example(data=b"\x00\x00\x00", suffix=".txt")
@example(data=b"%PDF-1.4\n%%EOF", suffix=".pdf")
@example(data=b"PK\x03\x04" + b"\x00" * 40, suffix=".docx")
@example(data=b"\x81\x8d\x8f\x90\x9d", suffix=".txt")  # undefined in cp1252
def test_any_bytes_load_or_raise_document_error(data, suffix):
    load_or_error(data, suffix)


@FAST
@given(data=st.binary(max_size=2000), prefix=st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"<html>"]),
       suffix=st.sampled_from([".pdf", ".docx", ".txt", ".html"]))
def test_bytes_with_a_plausible_signature_load_or_raise_document_error(data, prefix, suffix):
    load_or_error(prefix + data, suffix)


# --- loaders: arbitrary text ------------------------------------------------------------------


@FAST
@given(text=st.text(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".markdown", ".html", ".htm"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_loads_or_raises_document_error(text, suffix, encoding):
    doc = load_or_error(text.encode(encoding, errors="surrogatepass"), suffix)
    if doc is not None and suffix in {".txt", ".md", ".markdown"} and encoding != "utf-16":
        if encoding == "utf-8" and text.startswith("\ufeff"):
            text = text[1:]  # read as a byte-order mark
        assert doc.text == text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").translate(
            {c: None for c in [*range(1, 9), 11, 12, *range(14, 32), 127]})


_TAGS = ["div", "p", "span", "main", "article", "section", "ul", "ol", "li", "table", "tr", "td", "th", "h1", "h2",
         "h6", "br", "b", "script", "style", "nav", "header", "footer", "title", "head", "body", "pre", "svg"]


@st.composite
def html_documents(draw) -> str:
    """Tag soup: random nesting, unclosed and stray tags, attributes, comments, entities."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 5))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f"<{tag} class='{draw(st.text(max_size=5))}'>")
        elif kind == 3:
            parts.append(draw(st.sampled_from(["<!-- c -->", "&amp;", "&#0;", "&#x110000;", "<![CDATA[x]]>", "<!doctype html>", "<?xml ?>", "&nbsp;"])))
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


@FAST
@given(html=html_documents(), suffix=st.sampled_from([".html", ".htm"]))
@example(html="<div>" * 3000 + "deep text" + "</div>" * 3000, suffix=".html")  # deeper than Python's recursion limit
@example(html="<ul>" + "<li><ul>" * 1500 + "x", suffix=".html")
def test_any_html_loads_or_raises_document_error(html, suffix):
    load_or_error(html.encode("utf-8", errors="surrogatepass"), suffix)


# --- loaders: damaged real PDF and DOCX files ----------------------------------------------------


@functools.lru_cache(maxsize=None)
def _valid(kind: str) -> bytes:
    if kind == "pdf":
        from fpdf import FPDF

        pdf = FPDF()
        pdf.set_font("Helvetica", size=12)
        for page in ("SALARY\n$20.00 - $30.00 hourly", "MINIMUM QUALIFICATIONS\nTwo years of experience."):
            pdf.add_page()
            pdf.multi_cell(0, 8, page)
        return bytes(pdf.output())
    import docx

    document = docx.Document()
    document.add_heading("Library Assistant", level=1)
    document.add_paragraph("Shelves returned books.", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Step A", "$18.00"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@SLOW
@given(kind=st.sampled_from(["pdf", "docx"]), cut=st.floats(0.0, 1.0), flips=st.lists(
    st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.integers(0, 255)), max_size=8))
def test_damaged_pdf_and_docx_load_or_raise_document_error(kind, cut, flips):
    data = bytearray(_valid(kind))
    for where, value in flips:
        data[int(where * len(data))] = value
    data = bytes(data[: max(1, int(cut * len(data)))]) if cut < 0.98 else bytes(data)
    load_or_error(data, "." + kind)


@SLOW
@given(part=st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"]),
       cut=st.floats(0.0, 1.0), insert=st.text(max_size=30))
@example(part="[Content_Types].xml", cut=0.75, insert="0")  # styles part no longer typed: AttributeError in python-docx
def test_docx_with_broken_xml_inside_a_valid_zip_loads_or_raises_document_error(part, cut, insert):
    """Damage that byte flips cannot reach (the parts are compressed): a well-formed zip, a broken XML part."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(_valid("docx")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                at = int(cut * len(data))
                data = data[:at] + insert.encode("utf-8", errors="surrogatepass") + data[at + len(insert):]
            target.writestr(info, data)
    load_or_error(buffer.getvalue(), ".docx")


def test_undamaged_pdf_and_docx_load():
    assert "$20.00" in load_or_error(_valid("pdf"), ".pdf").text
    assert "Shelves returned books." in load_or_error(_valid("docx"), ".docx").text


# --- chunker: arbitrary text, title, levels ---------------------------------------------------------

_HEADINGS = st.sampled_from([
    "DEFINITION", "## Essential Duties", "SALARY RANGE:", "Minimum Qualifications", "**Knowledge of:**", "Ability to:",
    "I. DUTIES", "EDUCATION AND EXPERIENCE: Two years of clerical work in an office of a public agency.",
    "Clerk II - Grade 23 - Performs the full range of duties.", "Level III", "#", "## **", "  • Shelves books.", "",
    "\t", "Class Specification", "Date Adopted: 1/1/2020", "A" * 130 + ": x",
])
_TEXTS = st.one_of(
    st.text(max_size=2500),
    st.lists(st.one_of(_HEADINGS, st.text(max_size=200)), max_size=30).map("\n".join),
    st.lists(st.one_of(_HEADINGS, st.text(alphabet=" \n\t\r\u00a0\u2028.-•*#:|Ia1$", max_size=60)), max_size=30).map("\n".join),
)
_LEVELS = st.lists(st.one_of(st.sampled_from(["I", "II", "III", "IV", "1", "Intern", "Trainee", "I/II"]),
                             st.text(max_size=6)), max_size=4)


def _check_chunks(text: str, chunks: list, chunk_size: int) -> None:
    sections = find_sections(text)
    previous_start = -1
    for chunk in chunks:
        assert 0 <= chunk.start < chunk.end <= len(text)
        assert text[chunk.start:chunk.end] == chunk.text
        assert chunk.text.strip(), "empty chunk"
        assert len(chunk.text) <= chunk_size
        assert chunk.start > previous_start
        previous_start = chunk.start
        assert chunk.section_type in SECTION_LABELS and chunk.section
        holders = [s for s in sections if s.start <= chunk.start and chunk.end <= s.end]
        assert len(holders) == 1, f"chunk crosses a section boundary: {chunk.text[:60]!r}"
    if text.strip():
        assert chunks, "text with content gave no chunks"


@FAST
@given(text=_TEXTS, title=st.one_of(st.text(max_size=40), st.sampled_from(["Clerk", "IT Systems Specialist III", "(.*)+", "\\", ""])),
       employer=st.text(max_size=30), levels=_LEVELS, size=st.integers(40, 1200), overlap_share=st.floats(0.0, 0.9))
@example(text="Clerk I\n\nDoes things.", title="(", employer="", levels=["I"], size=900, overlap_share=0.1)
@example(text="\u2028DEFINITION\u2028x", title="", employer="", levels=[], size=40, overlap_share=0.0)
def test_chunker_on_any_text_title_and_levels(text, title, employer, levels, size, overlap_share):
    overlap = min(size - 1, int(size * overlap_share))
    chunks = chunk_text(text, title, employer, levels, chunk_size=size, chunk_overlap=overlap)
    _check_chunks(text, chunks, size)
    assert all(c.level in set(levels) | {""} for c in chunks)


@FAST
@given(text=_TEXTS, name=st.text(max_size=30).map(lambda s: s + ".txt"))
def test_pipeline_identify_then_chunk_on_any_text(text, name):
    """What sync does with a loaded text: identify it, chunk it with what identify found."""
    info = identify(text, name, "")
    chunks = chunk_text(text, info.title, info.employer, info.levels)
    _check_chunks(text, chunks, 900)
