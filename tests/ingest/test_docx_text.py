"""Word text that python-docx's ``.text`` misses: tracked insertions, content controls and floating text boxes
(ingest/docx_text.py, used by ingest/loaders.py). Real .docx files are written with python-docx and edited as XML,
as Word writes them."""

from __future__ import annotations

import copy

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from assistant.ingest.loaders import load_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"


def _run(text: str, tag: str = "t") -> etree._Element:
    run = etree.Element(qn("w:r"))
    node = etree.SubElement(run, qn(f"w:{tag}"))
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _tracked_change_docx(path) -> None:
    """"an allowance of ~~$250~~ $325 each academic year": the old amount deleted, the new one inserted."""
    document = Document()
    document.add_heading("Ice Resurfacer Operator", 1)
    paragraph = document.add_paragraph("Operators receive a cold-weather outerwear allowance of ")
    deleted = etree.SubElement(paragraph._p, qn("w:del"), {qn("w:id"): "1", qn("w:author"): "HR"})
    deleted.append(_run("$250", "delText"))
    inserted = etree.SubElement(paragraph._p, qn("w:ins"), {qn("w:id"): "2", qn("w:author"): "HR"})
    inserted.append(_run("$325"))
    paragraph._p.append(_run(" each academic year."))
    document.save(path)


def _text_box_docx(path) -> None:
    """An "At a glance" box anchored in an empty paragraph, written for new Word (a drawing's text box) with a VML
    fallback holding the same lines."""
    document = Document()
    document.add_heading("Scientific Instrument Machinist", 1)
    anchor = document.add_paragraph()
    box = etree.Element(qn("w:txbxContent"))
    for line in ("At a glance", "Tool and safety eyewear allowance: $400 per fiscal year."):
        p = etree.SubElement(box, qn("w:p"))
        p.append(_run(line))
    alternate = etree.SubElement(etree.SubElement(anchor._p, qn("w:r")), f"{{{MC}}}AlternateContent")
    etree.SubElement(etree.SubElement(alternate, f"{{{MC}}}Choice", Requires="wps"), "{%s}txbx" % W).append(box)
    fallback = etree.SubElement(etree.SubElement(alternate, f"{{{MC}}}Fallback"), f"{{{V}}}textbox")
    fallback.append(copy.deepcopy(box))
    document.add_paragraph("The machinist builds precision apparatus for research laboratories.")
    document.save(path)


def test_a_tracked_insertion_is_read_and_a_deletion_is_not(tmp_path) -> None:
    path = tmp_path / "rimewold-ice-resurfacer-operator.docx"
    _tracked_change_docx(path)
    text = load_document(path, 10**8).text
    assert "cold-weather outerwear allowance of $325 each academic year." in text, text
    assert "$250" not in text, text


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path) -> None:
    path = tmp_path / "kestermoor-instrument-machinist.docx"
    _text_box_docx(path)
    text = load_document(path, 10**8).text
    assert text.count("Tool and safety eyewear allowance: $400 per fiscal year.") == 1, text
    assert text.index("At a glance") < text.index("Tool and safety") < text.index("precision apparatus"), text


def test_a_table_cells_tracked_insertion_is_read(tmp_path) -> None:
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Probationary period"
    cell = table.cell(0, 1).paragraphs[0]
    etree.SubElement(cell._p, qn("w:ins"), {qn("w:id"): "3", qn("w:author"): "HR"}).append(_run("six months"))
    path = tmp_path / "table.docx"
    document.save(path)
    assert "Probationary period | six months" in load_document(path, 10**8).text


def _content_control(children: list, placeholder: bool = False) -> etree._Element:
    """A ``w:sdt`` wrapping ``children`` (paragraphs, or a cell's paragraphs), showing its placeholder or not."""
    control = etree.Element(qn("w:sdt"))
    properties = etree.SubElement(control, qn("w:sdtPr"))
    if placeholder:
        etree.SubElement(properties, qn("w:showingPlcHdr"))
    content = etree.SubElement(control, qn("w:sdtContent"))
    for child in children:
        content.append(child)
    return control


def test_block_and_cell_content_controls_are_read_and_an_unfilled_placeholder_is_not(tmp_path) -> None:
    """A rich-text control around whole paragraphs ("Must complete IRWA Course 501 …") and one around a cell's
    paragraph are read in place; a control still showing "Click or tap here to enter text." states nothing, and
    neither does its row's label."""
    document = Document()
    document.add_heading("Relocation Assistance Specialist", 1)
    document.add_paragraph("Special requirements:")
    anchor = document.add_paragraph("The position reports to the Relocation Manager.")
    required = etree.Element(qn("w:p"))
    required.append(_run("Must complete IRWA Course 501 within 12 months of hire."))
    anchor._p.addprevious(_content_control([required]))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Telework eligibility"
    unfilled = table.cell(0, 1)._tc
    blank = unfilled.find(qn("w:p"))
    blank.append(_content_control([_run("Click or tap here to enter text.")], placeholder=True))
    table.cell(1, 0).text = "Bargaining unit"
    filled = table.cell(1, 1)._tc
    paragraph = filled.find(qn("w:p"))
    filled.remove(paragraph)
    paragraph.append(_run("AFSCME Local 2219"))
    filled.append(_content_control([paragraph]))
    path = tmp_path / "mortlock-relocation-assistance-specialist.docx"
    document.save(path)
    text = load_document(path, 10**8).text
    assert "Must complete IRWA Course 501 within 12 months of hire." in text, text
    assert text.index("Special requirements:") < text.index("IRWA Course 501") < text.index("reports to the"), text
    assert "Bargaining unit | AFSCME Local 2219" in text, text
    assert "Click or tap" not in text, text
    assert "Telework eligibility" not in text, text  # a label left blank states nothing


def _with_footnotes(path, notes: dict[str, str]) -> None:
    """Add a footnotes part holding ``notes`` (id -> text) to the saved Word file at ``path``, as Word writes it."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    body = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   f'</w:t></w:r></w:p></w:footnote>' for n, text in notes.items())
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'{body}</w:footnotes>').encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_a_footnote_is_read_where_its_reference_stands(tmp_path) -> None:
    """"Pay grade | Grade 112¹" with the note "Grade 112 …: $4,872 - $6,531 monthly": the dollars are stated only in
    the footnote, which is read in brackets after its mark (a table cell's or a paragraph's); the separator is not."""
    document = Document()
    document.add_heading("Tobacco Retail Compliance Officer", 1)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Pay grade"
    cell = table.cell(0, 1).paragraphs[0]
    cell._p.append(_run("Grade 112"))
    mark = etree.SubElement(cell._p, qn("w:r"))
    etree.SubElement(mark, qn("w:footnoteReference"), {qn("w:id"): "1"})
    paragraph = document.add_paragraph("Youth purchase surveys are run in the evening.")
    mark = etree.SubElement(paragraph._p, qn("w:r"))
    etree.SubElement(mark, qn("w:footnoteReference"), {qn("w:id"): "2"})
    path = tmp_path / "linnford-tobacco-retail-compliance-officer.docx"
    document.save(path)
    _with_footnotes(path, {"1": "Grade 112 of the Classified Salary Schedule: $4,872 - $6,531 monthly.",
                           "2": "During survey weeks the schedule is Tuesday - Friday, 11:00 a.m. - 9:30 p.m."})
    text = load_document(path, 10**8).text
    assert "Pay grade | Grade 112 (Grade 112 of the Classified Salary Schedule: $4,872 - $6,531 monthly.)" in text, text
    assert "in the evening. (During survey weeks the schedule is Tuesday - Friday, 11:00 a.m. - 9:30 p.m.)" in text, text
