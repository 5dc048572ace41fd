"""Read the conditions a list question puts on classes ("which classes require X?").

The readers live with the facts they test: :mod:`.qualification_conditions`
(licenses, certifications, education, experience) and :mod:`.work_conditions`
(pay, overtime, lifting). This module runs them all and settles the overlaps.

Example:
    >>> [c.field for c in parse_criteria("Which jobs require lifting 50 pounds or more?")]
    ['lift']
"""

from __future__ import annotations

import re

from assistant.facts.routing.criterion import Criterion, Verdict
from assistant.facts.routing.qualification_conditions import credential_criterion, education_criterion, experience_criterion
from assistant.facts.routing.work_conditions import lift_criterion, overtime_criterion, pay_criterion

__all__ = ["Criterion", "Verdict", "parse_criteria"]


def parse_criteria(question: str) -> list[Criterion]:
    """The conditions a list question puts on classes (usually one; empty when none is recognised)."""
    found: list[Criterion] = []
    question = _INSTITUTION.sub(" ", question)
    for parse in (credential_criterion, overtime_criterion, pay_criterion, lift_criterion, education_criterion,
                  experience_criterion):
        criterion = parse(question)
        if criterion is not None:
            found.append(criterion)
    # "exempt from overtime" is not an education or a pay condition; a credential question is not about degrees
    fields = {c.field for c in found}
    if "education" in fields and fields & {"license", "certification"}:
        found = [c for c in found if c.field != "education" or _EDUCATION_ONLY.search(question)]
    return found


# a school's or college's name ("Thornbury Community College District", "Fenwick Valley High School") employs; it
# asks for no degree or diploma
_INSTITUTION = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Community\s+College|College|University|High\s+School)"
                          r"(?:\s+District)?\b")
_EDUCATION_ONLY = re.compile(r"\bdegree|\bdiploma|\bged\b|high school", re.I)
