"""Questions asking who bears a cost ("Will the State pay for my ETCP rigging exam?"), and what a passage answering
one holds. Why: such a question asks no salary, and a passage naming the exam without saying who pays for it does
not answer it.

Example:
    >>> asks_cost_borne("Does the County pay for the CDL physical?")
    True
"""

from __future__ import annotations

import re

_PAYS_FOR_COST = re.compile(
    r"\b(?:pay|pays|paid|cover|covers)\s+for\s+(?:the\s+|my\s+|your\s+|their\s+|a\s+|an\s+|any\s+)?"
    r"(?:(?:(?-i:[A-Z][A-Z0-9&-]{1,9})|(?-i:[a-z]+))\s+){0,2}"  # "pay for my CFA exam fees", "your professional …"
    r"(?!working\b)(?:\w+ing|tuition|uniforms?|licen[cs]es?|certifications?|certificates?|exams?|tests?|physicals?|"
    r"medicals?|background(?: checks?)?|parking|boots|tools|equipment|classes|courses|livescan|fees?|cdl)\b|"
    # "pay for the School Occupational Therapist's license renewal or continuing education?": a cost, further on
    # (in lower case and no job's title: "pay for the Training Specialist", "pay for the training coordinator")
    # (words naming the cost, not a class and when: "the pay for a bus driver at … once ur done training")
    r"\b(?:pay|pays|paid|cover|covers)\s+for\s+(?:(?!(?:at|once|after|when|while|during|in|on|done|until|before)\b)"
    r"[\w'’-]+\s+){0,5}?(?-i:licen[cs]e\s+renewals?|renewals?|"
    r"continuing\s+education|tuition|exam|examination|training)\b(?!\s+[a-z]+(?:ist|er|or|ant|ian)s?\b)|"
    # "pay the exam fee for the CBC certification", "pay an equipment allowance for using your own steno writer"
    r"\b(?:pay|pays|paid|cover|covers|reimburses?)\s+(?:the\s+|my\s+|your\s+|their\s+|an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:fees?|tuition|dues|allowances?|stipends?|reimbursements?)\b", re.I)
# what a passage saying who bears a cost holds ("The Authority reimburses the exam fee", "at the employee's expense")
COST_BORNE = re.compile(r"\b(?:pa(?:y|ys|id|ying)|reimburs\w*|covers?|covered|expense|costs?|waived|free|no charge|"
                        r"allowance|stipend|provided|provides|furnish\w*|issued|supplied|sponsor\w*)\b|\$\s?\d", re.I)


def asks_cost_borne(question: str) -> bool:
    """Whether the question asks who pays for a cost ("Will the State pay for my ETCP rigging exam?")."""
    return bool(_PAYS_FOR_COST.search(question))
