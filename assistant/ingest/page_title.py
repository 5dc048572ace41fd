"""The parts of a web page's title (its ``<title>``) that may name the job, the site's name and kind of page aside.

Why a module of its own: a page title joins the job's name to the site's ("City of Oxbow Falls - Job Descriptions -
Wastewater Treatment Plant Operator III"), a file's id and extension to a Word export's ("HR-CS-4417 Sheriff's
Dispatcher II.doc"); the title finder weighs what is left against the page's own headings.

Example:
    >>> html_title_parts("City of Oxbow Falls - Job Descriptions - Wastewater Treatment Plant Operator III",
    ...                  "City of Oxbow Falls")
    ['Wastewater Treatment Plant Operator III']
"""

from __future__ import annotations

import re

from assistant.ingest.employers import EMPLOYER_OF
from assistant.ingest.page_furniture import NOT_A_TITLE
from assistant.ingest.title_text import DOCUMENT_KIND, smart_case, title_abbreviation

__all__ = ["html_title_parts"]


def html_title_parts(html_title: str, employer: str) -> list[str]:
    """"City of Oxbow Falls - Job Descriptions - Wastewater Treatment Plant Operator III": the parts of a page title
    that name neither the site's employer nor a kind of page."""
    if not html_title:
        return []
    # "HR-CS-4417 Sheriff's Dispatcher II.doc": a document id before the name, a file extension after it
    html_title = re.sub(r"\.(?:docx?|pdf|html?|txt|rtf)$", "", html_title.strip(), flags=re.I)
    html_title = re.sub(r"^(?=[\w-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\s+", "", html_title)
    parts = [part.strip() for part in re.split(r"\s[|\-–»]\s", html_title)]
    acronym = title_abbreviation(employer) if employer else ""
    return [
        smart_case(part) for part in parts
        if part and re.search(r"[A-Za-z]{2}", part) and not DOCUMENT_KIND.search(part) and not NOT_A_TITLE.search(part)
        and not (employer and employer.lower() in part.lower()) and not EMPLOYER_OF.fullmatch(part)
        and part != acronym  # "SRECA - Class Specification - …": the employer's initials
    ]
