"""Loaders: every supported format to plain text, and a clear reason for every bad file."""

from __future__ import annotations

import os
import zipfile

import pytest

from assistant.ingest.loaders import DocumentError, ExtractedDocument, decode_text, load_bytes, load_document, normalize_text

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME


# --- plain text -----------------------------------------------------------------


def test_seed_text_files_load_verbatim():
    for name in (BUTTE_NAME, MCPS_NAME):
        doc = load_document(CORPUS_DIR / name)
        raw = (CORPUS_DIR / name).read_text(encoding="utf-8")
        assert doc.format == "txt" and doc.page_starts == [] and doc.page_at(10) is None
        assert doc.text == normalize_text(raw)
    mcps = load_document(CORPUS_DIR / MCPS_NAME).text
    assert "IT Systems Specialist II - Grade 23" in mcps


def test_markdown_keeps_headings(tmp_path):
    path = tmp_path / "ranger.md"
    path.write_text("# Park Ranger\r\n\r\n## Salary\r\n\r\n$22.00 hourly\r\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "md"
    assert doc.text == "# Park Ranger\n\n## Salary\n\n$22.00 hourly\n"  # CRLF unified, nothing else changed


def test_cp1252_text_decodes_sensibly(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"Caf\xe9 \x96 r\xe9sum\xe9 \x93quoted\x94")
    assert load_document(path).text == "Caf\u00e9 \u2013 r\u00e9sum\u00e9 \u201cquoted\u201d"


def test_utf8_bom_is_dropped_and_utf8_wins_over_cp1252():
    assert decode_text("\ufeffCaf\u00e9".encode("utf-8")) == "Caf\u00e9"
    assert decode_text("r\u00e9sum\u00e9 \u2013 ok".encode("utf-8")) == "r\u00e9sum\u00e9 \u2013 ok"


def test_utf16_text_with_bom_is_decoded(tmp_path):
    # Windows Notepad's "Unicode" encoding; used to be rejected as binary (every other byte NUL).
    path = tmp_path / "notepad.txt"
    path.write_bytes("DEFINITION\r\nDrives buses \u2013 safely.\r\n".encode("utf-16"))
    assert load_document(path).text == "DEFINITION\nDrives buses \u2013 safely.\n"


def test_normalize_text_drops_controls_keeps_content():
    assert normalize_text("a\r\nb\rc\u00a0d\x07e\tf\x0cg") == "a\nb\nc de\tfg"


# --- HTML -------------------------------------------------------------------------


def test_html_drops_scripts_styles_nav_and_keeps_headings(docs):
    doc = load_bytes(docs.HTML.encode(), ".html", "bus.html")
    assert doc.format == "html"
    assert doc.html_title == "Bus Operator - City of Harlow Springs"
    for gone in ("SCRIPTCODE", "INLINESCRIPT", "STYLERULE", "NAVLINK", "Home", "FOOTERTEXT", "<", "{"):
        assert gone not in doc.text, gone
    lines = doc.text.split("\n")
    assert "# Bus Operator" in lines and "## Definition" in lines and "## Salary" in lines
    assert "Under general supervision, drives buses on fixed routes." in lines  # whitespace collapsed
    assert "- $20.00 hourly to start\n- $30.00 hourly at top step" in doc.text  # bullets kept together
    assert doc.text.index("# Bus Operator") < doc.text.index("## Definition") < doc.text.index("## Salary")


def test_html_main_element_excludes_page_furniture():
    html = (
        "<html><body><header>SITEHEADER</header><div class='sidebar'>SIDEBAR</div>"
        "<main><h1>Clerk</h1><table><tr><th>Step</th><th>Hourly</th></tr><tr><td>A</td><td>$18</td></tr></table></main>"
        "<footer>SITEFOOTER</footer></body></html>"
    )
    doc = load_bytes(html.encode("cp1252"), ".htm", "clerk.htm")
    assert doc.text == "# Clerk\n\nStep | Hourly\nA | $18"


# --- PDF ----------------------------------------------------------------------------


def test_two_page_pdf_records_page_starts(tmp_path, docs):
    path = docs.pdf(tmp_path / "bus.pdf", [
        "DEFINITION\nUnder general supervision, drives buses on fixed routes.",
        "SALARY\nThe salary range is $20.00 to $30.00 hourly.",
    ])
    doc = load_document(path)
    assert doc.format == "pdf"
    assert [number for _, number in doc.page_starts] == [1, 2]
    second = doc.page_starts[1][0]
    assert doc.page_starts[0][0] == 0 and doc.text[second:].startswith("SALARY")
    assert "drives buses" in doc.text[:second] and "$20.00" not in doc.text[:second]
    assert doc.page_at(0) == 1 and doc.page_at(second - 1) == 1
    assert doc.page_at(second) == 2 and doc.page_at(doc.text.index("$30.00")) == 2


# --- DOCX ---------------------------------------------------------------------------


def test_docx_headings_bullets_and_tables(tmp_path, docs):
    doc = load_document(docs.docx(tmp_path / "library.docx"))
    assert doc.format == "docx"
    assert doc.text == (
        "# Library Assistant\n\nCounty of Alder\n\n## Definition\n\n"
        "Under general supervision, helps library patrons find and borrow materials.\n\n"
        "## Essential Duties\n\n- Shelves returned books.\n- Answers patrons' questions at the desk.\n\n"
        "## Salary\n\nStep | Hourly\nA | $18.00"
    )


def test_docx_table_cells_keep_their_rows_and_columns(tmp_path):
    """A cell of two paragraphs stays on its row; a merged cell is read once, two equal cells are two columns."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 1).text, table.cell(0, 2).text = "Associate", "Senior"
    table.cell(1, 0).text = "Education"
    table.cell(1, 1).text = "High school diploma."
    table.cell(1, 1).add_paragraph("Technical coursework preferred.")
    table.cell(1, 2).text = "Bachelor's degree."
    table.cell(2, 0).text = "FLSA"
    table.cell(2, 1).text, table.cell(2, 2).text = "Non-exempt", "Non-exempt"
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).text = "Job Title"
    merged.cell(0, 1).merge(merged.cell(0, 2)).text = "IT Support"
    path = tmp_path / "matrix.docx"
    document.save(str(path))
    text = load_document(path).text
    assert "Education | High school diploma. Technical coursework preferred. | Bachelor's degree." in text
    assert "FLSA | Non-exempt | Non-exempt" in text
    assert "Job Title | IT Support\n" in text + "\n" and "IT Support | IT Support" not in text


def test_a_docx_forms_boxes_of_a_label_over_its_value_are_fields(tmp_path):
    """A position description's row of boxes, each a label paragraph over its value ("Classification Title" /
    "Cross-Connection Control Specialist"): one "Label: value" field a line, so the title's label finds it; a cell
    of two sentences stays one cell of its row."""
    import docx

    document = docx.Document()
    boxes = document.add_table(rows=1, cols=3)
    for cell, (label, value) in zip(boxes.rows[0].cells, [("Position Number", "WQ-0311"),
                                                          ("Classification Title", "Meter Technician"),
                                                          ("Class Code", "2276")]):
        cell.text = label
        cell.add_paragraph(value)
    fields = document.add_table(rows=1, cols=2)  # cells already written "Label: value": the row stays a row
    fields.cell(0, 0).text, fields.cell(0, 1).text = "Class Code: 4231", "Range No.: 27"
    prose = document.add_table(rows=1, cols=2)
    prose.cell(0, 0).text = "Education"
    prose.cell(0, 1).text = "High school diploma or GED"
    prose.cell(0, 1).add_paragraph("Technical coursework preferred")
    path = tmp_path / "form.docx"
    document.save(str(path))
    text = load_document(path).text
    assert "Position Number: WQ-0311\nClassification Title: Meter Technician\nClass Code: 2276" in text
    assert "Education | High school diploma or GED; Technical coursework preferred" in text
    assert "Class Code: 4231 | Range No.: 27" in text


def test_docx_page_header_and_footer_are_furniture_that_names_the_employer(tmp_path):
    """A Word file's running header is kept out of the text (it repeats on every page) but names whose file it is."""
    import docx

    from assistant.ingest.docinfo import identify

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OSTRANDER COMMUNITY COLLEGE DISTRICT\tClassified Job Description"
    document.sections[0].footer.paragraphs[0].text = "Board Approved: April 16, 2024 | Ostrander CCD"
    document.add_paragraph("FINANCIAL AID TECHNICIAN I")
    document.add_paragraph("FINANCIAL AID TECHNICIAN II")
    document.add_paragraph("Classification: | Classified, Full-Time, 12-month | FLSA: | Non-Exempt")
    document.add_paragraph("Assists students and families with financial aid applications.")
    path = tmp_path / "fat.docx"
    document.save(str(path))
    doc = load_document(path)
    assert "OSTRANDER" not in doc.text and "Board Approved" not in doc.text
    assert "OSTRANDER COMMUNITY COLLEGE DISTRICT" in doc.context_text and "Board Approved" in doc.context_text
    info = identify(doc.text, path.name, doc.html_title, doc.context_text)
    assert info.employer == "Ostrander Community College District"
    assert info.title == "Financial Aid Technician I/II"  # not the employment status under "Classification:"


def test_a_table_inside_a_docx_cell_is_read_after_its_row(tmp_path):
    """"Licenses | The following are required on the schedule shown:" holds a table of credentials and deadlines in
    the same cell; a cell's text holds none of it, so it is read as a table of its own right after the row."""
    import docx

    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Education", "Bachelor's degree in environmental science."
    outer.cell(1, 0).text = "Licenses"
    outer.cell(1, 1).text = "The following are required on the schedule shown:"
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Credential", "When required"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "TWIC card", "Within 60 days of hire"
    path = tmp_path / "nested.docx"
    document.save(str(path))
    text = load_document(path).text
    assert "Licenses | The following are required on the schedule shown:\n\nCredential | When required\n" \
        "TWIC card | Within 60 days of hire" in text
    assert text.index("Education |") < text.index("Licenses |")


def test_a_docx_letterhead_names_the_employer_over_a_name_a_sentence_makes_up(tmp_path):
    """"Trains Authority staff on spill prevention" reads like an authority's name; the page header's letterhead
    "WYNDCLIFF PORT AUTHORITY" names who publishes the position description."""
    import docx

    from assistant.ingest.docinfo import identify

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "WYNDCLIFF PORT AUTHORITY"
    document.sections[0].header.add_paragraph("Human Resources Department - Position Description")
    document.add_heading("Environmental Compliance Specialist", level=1)
    document.add_paragraph("Inspects tenant operations at the marine terminals. " * 30)
    document.add_paragraph("Trains Authority staff and tenants on spill prevention and stormwater practices.")
    path = tmp_path / "ecs.docx"
    document.save(str(path))
    doc = load_document(path)
    info = identify(doc.text, path.name, doc.html_title, doc.context_text)
    assert info.employer == "Wyndcliff Port Authority"


# --- bad files ------------------------------------------------------------------------


def _reason(path, **kwargs) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        load_document(path, **kwargs)
    error = info.value
    assert error.source == path.name and str(error).startswith(path.name + ": ")
    return error


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _reason(path).reason == "the file is empty"


def test_whitespace_only_file_has_no_text(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("  \n\n\t\n")
    assert "no text" in _reason(path).reason


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "notes.xyz"
    path.write_text("hello")
    reason = _reason(path).reason
    assert "unsupported file type .xyz" in reason and ".pdf" in reason


def test_binary_renamed_pdf(tmp_path):
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(400))
    assert "not a valid PDF" in _reason(path).reason


def test_binary_renamed_txt(tmp_path):
    path = tmp_path / "program.txt"
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)))
    assert "binary" in _reason(path).reason


def test_truncated_pdf(tmp_path, docs):
    good = docs.pdf(tmp_path / "good.pdf", ["DEFINITION\nDrives buses."]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good[:60])
    reason = _reason(path).reason
    assert "corrupt" in reason or "no text layer" in reason


@pytest.mark.parametrize("content", [os.urandom(600), b""], ids=["random-bytes", "zero-bytes"])
def test_corrupt_docx(tmp_path, content):
    path = tmp_path / "spec.docx"
    path.write_bytes(content)
    reason = _reason(path).reason
    assert ("not a valid DOCX" in reason) if content else (reason == "the file is empty")


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    assert "DOCX is corrupt or unreadable" in _reason(path).reason


def test_encrypted_pdf(tmp_path, docs):
    path = docs.encrypted_pdf(tmp_path / "locked.pdf")
    assert "password-protected" in _reason(path).reason


def test_pdf_without_text_layer_suggests_ocr(tmp_path, docs):
    path = docs.scanned_pdf(tmp_path / "scan.pdf")
    reason = _reason(path).reason
    assert "no text layer" in reason and "OCR" in reason


def test_file_over_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("DEFINITION\n" + "Drives buses. " * 200)
    reason = _reason(path, max_bytes=1000).reason
    assert "over the" in reason and "limit" in reason and "JCA_MAX_FILE_MB" in reason
    assert load_document(path, max_bytes=10_000).text.startswith("DEFINITION")


def test_display_name_is_used_in_errors(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentError) as info:
        load_document(path, display_name="sub/folder/x.txt")
    assert info.value.source == "sub/folder/x.txt"


def test_missing_file_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError) as info:
        load_document(tmp_path / "gone.txt")
    assert "cannot be read" in info.value.reason


def test_extracted_document_page_at_before_first_page():
    doc = ExtractedDocument("abc", "pdf", page_starts=[(0, 1), (2, 2)])
    assert [doc.page_at(i) for i in range(3)] == [1, 1, 2]


def test_a_pdf_renamed_txt_is_read_as_a_pdf(tmp_path, docs):
    """Its words, not "%PDF-1.4" and object syntax, become the document (issue 15)."""
    pdf = docs.pdf(tmp_path / "clerk.pdf", ["Records Clerk\nFiles and retrieves public records."])
    renamed = tmp_path / "clerk.txt"
    renamed.write_bytes(pdf.read_bytes())
    doc = load_document(renamed)
    assert doc.format == "pdf" and "Files and retrieves public records." in doc.text and "%PDF" not in doc.text


def test_a_text_file_with_page_breaks_loses_its_running_header_and_footer(tmp_path):
    """A PDF saved as text keeps its form feeds: the lines repeated at every page's edge are furniture."""
    header = "PELL RIVER UNIFIED SCHOOL DISTRICT   Library Media Technician   3240\n"
    pages = [header + "DUTIES\n1. Checks out library materials.\n2. Maintains the site textbook inventory.\n"
             f"Rev. 03/15/2022                                          Page {n} of 3\n" for n in (1, 2, 3)]
    pages[2] = pages[2].replace("DUTIES", "EMPLOYMENT STANDARDS").replace(
        "1. Checks out library materials.", "Incumbents in this class report directly to the site principal.")
    path = tmp_path / "pell-river-lmt.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    text = load_document(path).text
    assert "Page 2 of 3" not in text and "Page 3 of 3" not in text
    assert text.count("PELL RIVER UNIFIED SCHOOL DISTRICT") == 1  # its first occurrence names the document
    assert "Incumbents in this class report directly to the site principal." in text


def test_a_sentence_running_on_over_a_pdf_page_break_stays_one_paragraph() -> None:
    """"… a closely related field, with at least" at the foot of page 1 and "30 semester hours …" atop page 2 are
    one requirement: no blank line between them, and the page starts still say where page 2 begins."""
    from fpdf import FPDF

    pdf = FPDF()
    for lines in (["Minimum Qualifications", "A bachelor's degree in wildlife biology, with at least"],
                  ["30 semester hours in the biological sciences.", "", "Working Conditions"]):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    doc = load_bytes(bytes(pdf.output()), ".pdf", "wildlife-biologist.pdf")
    assert "with at least\n30 semester hours" in doc.text, doc.text
    assert doc.page_at(doc.text.index("30 semester")) == 2 and doc.page_at(doc.text.index("with at least")) == 1
    assert "semester hours in the biological sciences.\n\nWorking Conditions" in doc.text or \
        "biological sciences.\nWorking Conditions" in doc.text
