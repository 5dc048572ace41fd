"""A plain-text or Markdown file's text made readable before it is split into sections.

Why one home: a .txt file may be a saved e-mail's raw source, an AsciiDoc bulletin's source, a mainframe print
file, a column of justified type or a posting forwarded with its lines quoted; a Markdown file may carry a CMS's front matter, heading anchors and
definition lists. Each reading is its own module; this one says in which order they apply, and to which
kind of file.

Example:
    >>> readable_plain_text("> SALARY: Range 41\\n" * 5, markdown=False)
    'SALARY: Range 41\\nSALARY: Range 41\\nSALARY: Range 41\\nSALARY: Range 41\\nSALARY: Range 41\\n'
"""

from __future__ import annotations

from typing import Callable

from assistant.ingest.asciidoc import asciidoc_text
from assistant.ingest.card_sequence import without_sequence_numbers
from assistant.ingest.carriage_control import printed
from assistant.ingest.definition_lists import readable_definition_lists
from assistant.ingest.front_matter import readable_front_matter
from assistant.ingest.justified_text import unjustified
from assistant.ingest.markdown_attributes import without_heading_attributes
from assistant.ingest.mime_message import message_text
from assistant.ingest.quoted_mail import unquoted
from assistant.ingest.text_tables import joined_text_tables

__all__ = ["readable_plain_text"]


def readable_plain_text(text: str, markdown: bool, render_html: Callable[[str], str] | None = None,
                        normalize: Callable[[str], str] = lambda text: text) -> str:
    """``text`` (normalized) read as the document it shows; ``render_html`` renders an e-mail's HTML-only body."""
    if not markdown:
        # a saved e-mail's raw source: its message, decoded (an HTML-only body rendered as a web page is)
        message = message_text(text, render_html)
        text = normalize(message) if message is not None else text
        text = asciidoc_text(text) or text  # an AsciiDoc source: headings, tables and "{attribute}" values
        text = without_sequence_numbers(text)  # a card deck: columns 73-80 number its lines
        text = printed(text)  # a mainframe print file: its carriage-control column read as spacing
        text = joined_text_tables(text)  # a table drawn with rules and bars: each row whole, its wrapped cells joined
        text = unjustified(text)  # a column of justified type: its padding and broken words
        return unquoted(text)  # a posting forwarded in an e-mail, its lines quoted
    text = readable_front_matter(text)  # a CMS page's "flsa: Exempt" block, as fields
    text = without_heading_attributes(text)  # "## Duties {#duties}": the heading, not its anchor
    return readable_definition_lists(text)  # "FLSA" over ": Non-exempt": "FLSA: Non-exempt"
