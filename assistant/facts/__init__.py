"""Fact cards: structured, citable facts (pay, grade, education, licenses ...) per class specification.

Example:
    >>> from assistant.facts import extract_cards
    >>> extract_cards("Grade 12\\n", "clerk", "Clerk")[0].grade
    '12'
"""

from .extract import extract_cards
from .format import format_cards
from .model import FactCard
from .store import FactStore
from .sync_hook import refresh_facts, remove_facts, update_facts

__all__ = ["FactCard", "FactStore", "extract_cards", "format_cards", "refresh_facts", "remove_facts", "update_facts"]
