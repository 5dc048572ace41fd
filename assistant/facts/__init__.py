"""Fact cards: structured, citable facts (pay, grade, education, licenses ...) per class specification.

Example:
    >>> from assistant.facts import extract_cards
    >>> extract_cards("Grade 12\\n", "clerk", "Clerk")[0].grade
    '12'
"""

from .extract import extract_cards
from .model import FactCard

__all__ = ["FactCard", "extract_cards"]
