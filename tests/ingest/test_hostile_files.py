"""Hostile files (issue 15): bombs and floods fail fast with a reason naming the file and the limit,
HTML is parsed once and in linear time, and names that differ only in letter case are one document."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from assistant.ingest.limits import ParseLimits
from assistant.ingest.loaders import DocumentError, load_bytes, load_document
from assistant.ingest.sync import sync
from assistant.settings import Settings, SettingsError

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def _docx(body: str) -> bytes:
    """A minimal, valid Word package around ``body`` (WordprocessingML paragraphs and tables)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                              f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


_TEXT_OPS = b"BT /F1 12 Tf 72 712 Td (Clerk Typist) Tj ET\n"


# --- bounded work --------------------------------------------------------------------------------


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx("<w:p><w:r><w:t>" + "x" * (60 << 20) + "</w:t></w:r></w:p>"))
    assert path.stat().st_size < 200_000  # 60 MB of text in a small package
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert caught.value.source == "bomb.docx"
    assert "unpacks to 60.0 MB" in caught.value.reason and "JCA_MAX_UNZIPPED_MB" in caught.value.reason


def test_a_docx_with_too_many_paragraphs_is_refused_with_the_limit() -> None:
    data = _docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 5000)
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, ".docx", "flood.docx", ParseLimits(max_elements=1000))
    assert caught.value.source == "flood.docx"
    assert "5,000 paragraphs and table cells" in caught.value.reason and "JCA_MAX_ELEMENTS" in caught.value.reason
    assert load_bytes(data, ".docx", "flood.docx", ParseLimits(max_elements=5000)).text.count("x") == 5000


def test_an_html_page_with_too_many_elements_is_refused_with_the_limit() -> None:
    data = b"<html><body>" + b"<div>x</div>" * 3000 + b"</body></html>"
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, ".html", "flood.html", ParseLimits(max_elements=1000))
    assert caught.value.source == "flood.html" and "JCA_MAX_ELEMENTS" in caught.value.reason


def test_a_pdf_whose_content_stream_is_a_decompression_bomb_is_refused() -> None:
    data = _pdf(_TEXT_OPS + b"0 0 m\n" * ((30 << 20) // 6))  # 30 MB of drawing operators
    assert len(data) < 100_000
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, ".pdf", "bomb.pdf")
    assert caught.value.source == "bomb.pdf"
    assert "unpack to more than the 25 MB" in caught.value.reason and "JCA_MAX_UNZIPPED_MB" in caught.value.reason
    assert "Clerk Typist" in load_bytes(_pdf(_TEXT_OPS), ".pdf", "ok.pdf").text  # a plain PDF still reads


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf"])
def test_a_file_over_its_parse_time_budget_fails_with_the_limit(suffix: str) -> None:
    data = {".docx": _docx("<w:p><w:r><w:t>Clerk</w:t></w:r></w:p>"),
            ".html": b"<html><body><p>Clerk</p></body></html>", ".pdf": _pdf(_TEXT_OPS)}[suffix]
    spent = ParseLimits(max_seconds=-1.0)  # a budget already spent when parsing starts
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, suffix, "slow" + suffix, spent)
    assert caught.value.source == "slow" + suffix and "JCA_PARSE_TIMEOUT_S" in caught.value.reason


def test_html_is_read_once_and_unclosed_scripts_in_tables_stay_linear() -> None:
    # The page text used to be stripped by a second, regex pass over the raw bytes, quadratic in unclosed
    # <script> tags (9 s for 10,000 of them, a minute for this page); now it comes from the one parse.
    data = (b"<html><head><title>Clerk</title></head><body><h1>Clerk</h1><p>Files records.</p>"
            b"<footer>State of California</footer>" + b"<table><tr><td><script>x" * 20000)
    doc = load_bytes(data, ".html", "tables.html")
    assert doc.text.startswith("# Clerk\n\nFiles records.")
    assert doc.html_title == "Clerk"
    assert "State of California" in doc.context_text and "Files records." in doc.context_text


def test_parse_limits_are_settings() -> None:
    settings = Settings.from_env({"JCA_MAX_UNZIPPED_MB": "10", "JCA_MAX_ELEMENTS": "5000", "JCA_PARSE_TIMEOUT_S": "9"})
    assert ParseLimits.from_settings(settings) == ParseLimits(10 << 20, 5000, 9.0)
    assert ParseLimits.from_settings(Settings()) == ParseLimits()  # the loaders' defaults are the settings'
    with pytest.raises(SettingsError, match="JCA_PARSE_TIMEOUT_S"):
        Settings(parse_timeout_s=0)


# --- names that differ only in letter case ----------------------------------------------------------


def _spec(title: str) -> str:
    return f"{title}\n\nDEFINITION\n\nUnder supervision, files and types records for the county office.\n"


def test_a_folder_scan_reports_case_twins_instead_of_indexing_them_all(tmp_path, make_index) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("Dup-Case.txt", "DUP-CASE.TXT", "dup-case.md"):
        (corpus / name).write_text(_spec("Records Clerk " + name), encoding="utf-8")
    index = make_index(Settings(data_dir=tmp_path / "data", corpus_dir=corpus))
    summary = sync(index, [corpus])
    assert [d.source for d in index.registry.ready_documents()] == ["DUP-CASE.TXT"]  # the first in sorted order
    assert sorted(source for source, _ in summary.failed) == ["Dup-Case.txt", "dup-case.md"]
    assert all("only in letter case" in reason and "DUP-CASE.TXT" in reason for _, reason in summary.failed)


def test_an_upload_under_another_case_replaces_the_document(tmp_path, make_index) -> None:
    from assistant.web.corpus_admin import CorpusManager

    corpus = tmp_path / "corpus"
    index = make_index(Settings(data_dir=tmp_path / "data", corpus_dir=corpus))
    manager = CorpusManager(index)
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    for name in ("Dup-Case.txt", "DUP-CASE.TXT", "dup-case.md"):
        (uploads / name).write_text(_spec("Records Clerk " + name), encoding="utf-8")

    first = manager.upload([(str(uploads / "Dup-Case.txt"), "Dup-Case.txt")])
    assert first.saved == ["Dup-Case.txt"] and not first.failed
    # (the upload keeps the name's letters and lower-cases its suffix: DUP-CASE.TXT is saved as DUP-CASE.txt)
    second = manager.upload([(str(uploads / "DUP-CASE.TXT"), "DUP-CASE.TXT")])
    assert second.saved == ["DUP-CASE.txt"] and second.replaced == ["DUP-CASE.txt"] and not second.failed
    assert second.notes and "replaced Dup-Case.txt" in second.notes[0] and "letter case" in second.notes[0]
    assert [d.source for d in index.registry.ready_documents()] == ["DUP-CASE.txt"]
    assert sorted(p.name for p in corpus.iterdir() if not p.name.startswith(".")) == ["DUP-CASE.txt"]
    assert index.registry.ready_documents()[0].title == "Records Clerk DUP-CASE.TXT"  # the new version

    third = manager.upload([(str(uploads / "dup-case.md"), "dup-case.md")])
    assert not third.saved and third.failed and third.failed[0][0] == "dup-case.md"
    assert "DUP-CASE.txt is already indexed" in third.failed[0][1] and "letter case" in third.failed[0][1]
    assert [d.source for d in index.registry.ready_documents()] == ["DUP-CASE.txt"]
