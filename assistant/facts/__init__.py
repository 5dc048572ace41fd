"""Fact cards: structured, citable facts (pay, grade, education, licenses ...) per class specification.

Example:
    >>> from assistant.facts import extract_cards
    >>> extract_cards("Grade 12\\n", "clerk", "Clerk")[0].grade
    '12'
"""

from assistant.facts.extraction.extract import extract_cards
from assistant.facts.rendering.format import format_cards
from assistant.facts.model import FactCard
from assistant.facts.storage.store import FactStore
from assistant.facts.storage.sync_hook import refresh_facts, remove_facts, update_facts

__all__ = ["FactCard", "FactStore", "extract_cards", "format_cards", "refresh_facts", "remove_facts", "update_facts"]
