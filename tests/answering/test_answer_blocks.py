"""How a chosen passage is prefixed in an answer: by its section's name, never by a line with figures taken for one."""

from __future__ import annotations

from assistant.answering.answer_blocks import section_prefix
from assistant.answering.evidence import Sentence


def _sentence(section: str) -> Sentence:
    text = "$9,053.20 - $11,004.93 Monthly"
    return Sentence("doc", 0, len(text), text, section, "other", "", 0, None)


def test_a_section_name_prefixes_and_a_figure_line_does_not() -> None:
    assert section_prefix(_sentence("Preferred Qualifications")) == "Preferred Qualifications: "
    assert section_prefix(_sentence("$47.34 - $57.54 Hourly")) == ""
