"""The text of Word paragraphs and table cells, including what python-docx's ``.text`` leaves out.

Why: ``Paragraph.text`` reads only a paragraph's own runs and hyperlinks. A draft with tracked changes holds its
current wording in insertions ("an allowance of ~~$250~~ $325 each academic year": the $325 sits in a ``w:ins``),
a content control holds a filled-in value, and a floating text box ("At a glance" beside the duties: hours, a
tool allowance) sits inside a run of the paragraph it is anchored to; all of that was lost. Deleted text
(``w:delText``) stays out, and so does a content control still showing its placeholder. A box written for both old and new Word (``mc:AlternateContent``) holds its text twice,
as a drawing and as a VML fallback: the fallback is skipped, and a box's text is read apart, after its paragraph.

Example:
    >>> from docx import Document  # doctest: +SKIP
    >>> paragraph = Document("draft.docx").paragraphs[7]._p  # doctest: +SKIP
    >>> paragraph_text(paragraph), text_box_paragraphs(paragraph)  # doctest: +SKIP
    ('Allowance: $325 each academic year.', ['At a glance', 'Tool allowance: $400 per fiscal year.'])
"""

from __future__ import annotations

from typing import Any

__all__ = ["block_elements", "cell_text", "note_texts", "paragraph_text", "text_box_paragraphs"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BOX = f"{_W}txbxContent"
_CONTROL = f"{_W}sdt"
_CONTROL_CONTENT = f"{_W}sdtContent"
_NOTE_REFERENCES = {f"{_W}footnoteReference": "footnote", f"{_W}endnoteReference": "endnote"}
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _inside(element: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    """Whether an ancestor of ``element`` below ``stop`` has one of ``tags``."""
    node = element.getparent()
    while node is not None and node is not stop:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


def paragraph_text(paragraph: Any, notes: dict[str, str] | None = None) -> str:
    """A ``w:p`` element's text as it reads now: its runs, hyperlinks, content controls and tracked insertions, not
    its deletions nor the text boxes anchored in it; a footnote or endnote it references (``notes``, from
    :func:`note_texts`), in brackets where the reference mark stands."""
    if _placeholder(paragraph):
        return ""
    controlled = paragraph.find(f".//{_CONTROL}") is not None  # (most paragraphs hold no content control)
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", *_CHARACTERS, *_NOTE_REFERENCES):
        if _inside(node, paragraph, (_BOX, _FALLBACK)) or (controlled and _placeholder(node, paragraph)):
            continue
        if node.tag in _NOTE_REFERENCES:
            note = (notes or {}).get(f"{_NOTE_REFERENCES[node.tag]}:{node.get(f'{_W}id')}")
            parts.append(f" ({note})" if note else "")
            continue
        parts.append(node.text or "" if node.tag == f"{_W}t" else _CHARACTERS[node.tag])
    return "".join(parts)


def note_texts(document: Any) -> dict[str, str]:
    """The text of each footnote and endnote of a python-docx ``document``, by "footnote:<id>" / "endnote:<id>".

    Why: a pay grade's dollars or a second work schedule may be stated only in a note ("Grade 112¹" over "¹ Grade
    112 of the Classified Salary Schedule: $4,872 - $6,531 monthly"); python-docx reads no notes part."""
    from lxml import etree

    notes: dict[str, str] = {}
    for relation in document.part.rels.values():
        kind = relation.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or relation.is_external:
            continue
        root = etree.fromstring(relation.target_part.blob)
        for note in root.iterchildren(f"{_W}{kind[:-1]}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(" ".join(paragraph_text(p).split()) for p in note.iter(f"{_W}p")).strip()
            if text:
                notes[f"{kind[:-1]}:{note.get(f'{_W}id')}"] = text
    return notes


def _placeholder(node: Any, stop: Any = None) -> bool:
    """Whether ``node`` is in a content control still showing its placeholder ("Click or tap here to enter text."):
    a form field nobody filled in states nothing."""
    control = node.getparent()
    while control is not None and control is not stop:
        if control.tag == _CONTROL and control.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None:
            return True
        control = control.getparent()
    return False


def block_elements(parent: Any) -> list[Any]:
    """The paragraphs and tables (``w:p``, ``w:tbl``) directly in ``parent`` (a body or a cell), those of a content
    control wrapping them included (a "Licenses" drop-down or a rich-text control around whole paragraphs)."""
    found: list[Any] = []
    pending = list(parent.iterchildren())
    while pending:
        child = pending.pop(0)
        if child.tag == _CONTROL:
            content = child.find(_CONTROL_CONTENT)
            pending[:0] = list(content.iterchildren()) if content is not None else []
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            found.append(child)
    return found


def cell_text(cell: Any, notes: dict[str, str] | None = None) -> str:
    """A table cell's own paragraphs (not those of a table nested in it), one a line, like ``_Cell.text``."""
    return "\n".join(paragraph_text(p, notes) for p in block_elements(cell._tc) if p.tag == f"{_W}p")


def text_box_paragraphs(paragraph: Any) -> list[str]:
    """The non-empty lines of every text box anchored in ``paragraph`` (a ``w:p`` element), in document order."""
    lines: list[str] = []
    for box in paragraph.iter(_BOX):
        if _inside(box, paragraph, (_FALLBACK,)):
            continue
        for inner in box.iter(f"{_W}p"):
            text = paragraph_text(inner).strip()
            if text:
                lines.append(text)
    return lines
