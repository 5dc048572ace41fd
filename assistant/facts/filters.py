"""What a corpus-wide question asks of the fact cards, in one import: conditions, rankings, fields, scope.

The readers live in :mod:`.conditions`, :mod:`.fields`, :mod:`.scope` and
:mod:`.number_words`; this module keeps the names importable from where
earlier code and the tests import them.

Example:
    >>> [c.field for c in parse_criteria("Which jobs require lifting 50 pounds or more?")]
    ['lift']
"""

from __future__ import annotations

from .conditions import Criterion, Verdict, parse_criteria
from .fields import (
    DEFAULT_COMPARE_FIELDS, FIELD_LABELS, GENERIC_INTENTS, INTENT_FIELDS, Superlative, field_keys, fields_asked,
    generic_fields, has_pay, parse_superlative, pay_keys,
)
from .number_words import say_number
from .scope import (
    CLASS_NOUN, Scope, blank, family_words, field_word_spans, in_family, named_classes, resolve_family,
)

__all__ = [
    "CLASS_NOUN", "Criterion", "DEFAULT_COMPARE_FIELDS", "FIELD_LABELS", "GENERIC_INTENTS", "INTENT_FIELDS", "Scope",
    "Superlative", "Verdict", "blank", "family_words", "field_keys", "field_word_spans", "fields_asked",
    "generic_fields", "has_pay", "in_family", "named_classes", "parse_criteria", "parse_superlative", "pay_keys",
    "resolve_family", "say_number",
]
