"""Domain rules of job class specifications, each with one home: pay figures, class levels, follow-up words.

Bottom layer (beside :mod:`assistant.text`): ingest, query, answering and facts all read these rules
from here, so the lead line, the fact cards and the evidence reader cannot read different facts.
"""
