"""An AsciiDoc source saved as text, read as the page it builds: headings, tables, and attribute values in place.

Why: an AsciiDoc bulletin keeps its facts in attribute entries at the top (":final-filing: Friday, May 22 …")
and its body names them only by reference ("… by {final-filing}"); read as it stands, the body states no date
and no pay, the title "= County Fair Manager" is no heading, section titles ("== Minimum Qualifications") are
not found, and table rows read "|Salary |{salary-annual}". Here a text that shows AsciiDoc's shape (a "= Title"
line among the first lines, with attribute entries or "==" sections) becomes Markdown with every reference
replaced by its value; comments, block attributes and include directives go.

Example:
    >>> print(asciidoc_text("= Fair Manager\\n:pay: $98,760 a year\\n\\n== Salary\\n\\nThe salary is {pay}.\\n"))
    # Fair Manager
    <BLANKLINE>
    ## Salary
    <BLANKLINE>
    The salary is $98,760 a year.
    <BLANKLINE>
"""

from __future__ import annotations

import re

__all__ = ["asciidoc_text"]

_TITLE = re.compile(r"^=[ \t]+([^\s=].*[A-Za-z].*)$")
_SECTION = re.compile(r"^(={2,6})[ \t]+(\S.*)$")
_ATTRIBUTE = re.compile(r"^:(!?[\w][\w-]*!?):(?:[ \t]+(.*))?$")
_REFERENCE = re.compile(r"\{([\w][\w-]*)\}")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]*\]$")  # "[.lead]", "[cols="1,2",options="header"]"
_DIRECTIVE = re.compile(r"^(?:include|image|toc|ifdef|ifndef|endif|ifeval)::[^\n]*\[[^\]\n]*\]$")
_TABLE_DELIMITER = re.compile(r"^[|!,:]={3,}$")
_COMMENT_BLOCK = re.compile(r"^/{4,}$")
_LISTING = re.compile(r"^(?:\.{4,}|-{4,})$")  # a literal or listing block's fence
_BLOCK_TITLE = re.compile(r"^\.([A-Za-z][^\n]*)$")  # ".Typical duties"
_PAGE_BREAK = "<<<"
_TITLE_WITHIN = 12  # lines from the top (comments and blank lines aside) where the document's "= Title" stands


def _looks_like_asciidoc(lines: list[str]) -> bool:
    shown = [line for line in lines if line.strip() and not line.startswith("//")]
    # (a comment block's lines before the title: the "////" fences are lines too)
    heading = next((i for i, line in enumerate(shown[:_TITLE_WITHIN]) if _TITLE.match(line)), None)
    if heading is None:
        return False
    entries = sum(1 for line in lines if _ATTRIBUTE.match(line))
    sections = sum(1 for line in lines if _SECTION.match(line))
    return entries + sections >= 2


def asciidoc_text(text: str) -> str | None:
    """``text`` as Markdown when it is an AsciiDoc source, else None."""
    lines = text.split("\n")
    if not _looks_like_asciidoc(lines):
        return None
    values: dict[str, str] = {}
    for line in lines:
        match = _ATTRIBUTE.match(line)
        if match and not match.group(1).startswith("!") and not match.group(1).endswith("!"):
            values[match.group(1)] = (match.group(2) or "").strip()
    out: list[str] = []
    in_comment = False
    in_table = False
    title_seen = False
    for line in lines:
        stripped = line.strip()
        if _COMMENT_BLOCK.match(stripped):
            in_comment = not in_comment
            continue
        if in_comment or stripped.startswith("//") or _ATTRIBUTE.match(stripped) or _BLOCK_ATTRIBUTES.match(stripped) \
                or _DIRECTIVE.match(stripped) or stripped == _PAGE_BREAK or _LISTING.match(stripped):
            continue
        if _TABLE_DELIMITER.match(stripped):
            in_table = not in_table
            out.append("")
            continue
        title = _TITLE.match(stripped)
        if title and not title_seen:
            title_seen = True
            values.setdefault("doctitle", title.group(1).strip())
            out.append("# " + title.group(1).strip())
            continue
        section = _SECTION.match(stripped)
        if section:
            out.extend(["", "#" * len(section.group(1)) + " " + section.group(2).strip(), ""])
            continue
        if in_table and stripped.startswith("|"):
            out.append(" | ".join(cell.strip() for cell in stripped[1:].split("|")))
            continue
        block_title = _BLOCK_TITLE.match(stripped)
        if block_title and not stripped.startswith(".."):
            out.append(block_title.group(1).strip() + ":")
            continue
        line = re.sub(r"^([^:\n]{1,60})::(?=[ \t]|$)", r"\1:", line)  # a description list's "Education:: …"
        out.append(re.sub(r"^\*+[ \t]+", "- ", re.sub(r"^\.[ \t]+", "1. ", line)))  # "* item" / ". step"
    body = "\n".join(out)
    body = _REFERENCE.sub(lambda m: values.get(m.group(1), m.group(0)), body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return body
