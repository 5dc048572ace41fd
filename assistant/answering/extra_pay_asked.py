"""Whether the quotes found state the extra pay a question asks about: its kind, and pay for it.

Why: a differential question ("extra for being bilingual?", "how much on-call pay?", "extra for holding a pesticide
applicator license?") is easily "answered" by a quote stating other pay (the night differential, standby pay, the
salary's steps) or by one naming the thing without any pay ("Bilingual skills are desirable"). These checks are one
part of :func:`assistant.answering.asked_thing.unstated_words`, kept apart because they only concern pay on top.

Example:
    >>> bool(EXTRA_PAY_KIND.search("Is there a weekend differential?"))
    True
"""

from __future__ import annotations

import re

from assistant.answering.answer import Citation
from assistant.query.plan import QueryPlan
from assistant.text import STOPWORDS, raw_tokens, stem, tokens

__all__ = ["EXTRA_PAY_KIND", "NAMED_EXTRA_PAY", "PAY_ITEMS", "unstated_extra_pay"]

# Kinds of fact whose question names the very thing a passage must name: "extra for being bilingual?" is not
# answered by "a final average score of 70%", though a percentage is what a differential usually states.
_SPECIFIC_KINDS = {"bilingual", "standby", "on-call", "night", "weekend", "hazard", "longevity", "call-back", "mileage"}
_EVENING_TO_MORNING = (r"\d{1,2}(?::\d\d)?\s*p\.?\s?m\.?\s*(?:-|–|to|and|until)\s*\d{1,2}(?::\d\d)?\s*a\.?\s?m\b"
                       # on a 24-hour clock ("between 1800 and 0600", "22:00 - 06:00 hours")
                       r"|(?:1[6-9]|2[0-4]):?[0-5]\d\s*(?:hours?|hrs\.?)?\s*(?:-|–|to|and|until|through)\s*0\d:?[0-5]\d\b")
_SAID_AS = {"weekend": r"weekends?|saturdays?|sundays?",
            # ("… for hours worked between 6:00 p.m. and 6:00 a.m.": the night's hours)
            "night": r"nights?|graveyard|overnight|evenings?|swing|" + _EVENING_TO_MORNING,
            "on-call": r"on[- ]?call|standby", "standby": r"standby|on[- ]?call",
            "call-back": r"call(?:ed)?[- ]?backs?|call-?out", "mileage": r"mileage|per mile|milage"}


def _names_kind(text: str, kinds: list[str]) -> bool:
    return any(re.search(r"\b(?:%s)" % _SAID_AS.get(_kind_key(k), re.escape(k)), text, re.IGNORECASE) for k in kinds)


def _kind_key(kind: str) -> str:
    """"nights", "on call", "callback": the key a kind is said under ("night", "on-call", "call-back")."""
    key = kind.lower().rstrip("s").replace(" ", "-")
    return {"oncall": "on-call", "callback": "call-back"}.get(key, key)


EXTRA_PAY_KIND = re.compile(
    r"\b(?:bilingual|differential|premium|stipend|standby|on[- ]?call|call[- ]?back|incentive|shift|night|nights|weekend|"
    r"hazard|longevity|mileage|certification pay|(?:extra|additional|more|special) pay)\b", re.IGNORECASE)
# an insurance premium the employer pays is no premium pay ("a 5% license premium on base pay" is)
INSURANCE_PREMIUM = re.compile(
    r"\b(?:(?:full|entire|employee|monthly)\s+)?premiums?\s+(?:for|of)\s+(?:the\s+)?(?:employees?|medical|health|dental|"
    r"vision|life|insurance|coverage)\b|\b(?:health|medical|dental|vision|life|insurance)\s+premiums?\b", re.IGNORECASE)
EXTRA_PAY = re.compile(r"\b(?:extra|additional)\s+(?:[\w-]+\s+){0,2}?(?:pay|compensation|salary|\$)|time and (?:a|one)[- ]half|"
                       r"\bpremium|\ballowance|\bstipend|\bbonus", re.IGNORECASE)


NAMED_EXTRA_PAY = re.compile(r"\b(?:differential|premium|stipend|allowance)\b[^.;]{0,80}?(?:\$\s?\d|\d\s?%|percent)",
                             re.IGNORECASE)
PAY_STATED = re.compile(r"\$\s?\d|\d\s?%|\bpercent|\bpa(?:y|id|ys)\b|\bdifferential|\bpremium|\brates?\b|"
                        r"\bcompensat|\bearns?\b|\bstipend|\ballowance|\bbonus", re.IGNORECASE)


# Money paid on top of the salary, or a benefit paid for (tuition, relocation): a passage that does not name it
# ("Must furnish own hand tools", "a comprehensive benefits package") does not state that it is paid ("a tool
# allowance", "tuition benefits"), however close in meaning
PAY_ITEMS = {"allowance", "allowances", "bonus", "bonuses", "stipend", "stipends", "reimbursement", "reimbursements",
             "differential", "differentials", "premium", "premiums", "incentive", "incentives", "tuition", "relocation"}


# what the extra pay is asked for: "extra for holding a pesticide applicator license", "more for speaking Spanish"
_PAID_FOR = re.compile(r"\b(?:extra|more|additional|premium|bonus)\s+(?:pay\s+|money\s+)?for\s+(?P<verb>holding|having|"
                       r"possessing|earning|getting|keeping|speaking|being)\s+(?:an?\s+|the\s+)?(?P<thing>[^?.!;]{3,60})",
                       re.IGNORECASE)
_LANGUAGE_PAY = re.compile(r"\b(?:bilingual|multilingual|language|interpret\w*|translat\w*)", re.IGNORECASE)


def _states_pay(quote: str) -> bool:
    return bool(PAY_STATED.search(quote) or EXTRA_PAY.search(quote))


def unstated_extra_pay(plan: QueryPlan, citations: list[Citation], text: str) -> list[str]:
    """For a differential question: the kind of extra pay asked that no quote (``text``: their sections and quotes
    together) states pay for; [] when the quotes state it."""
    primary = plan.intents[0]
    paying = INSURANCE_PREMIUM.sub(" ", text)  # ("The District pays the full premium for …": insurance, no extra pay)
    if not (primary.evidence.search(paying) or EXTRA_PAY.search(paying)):
        # "pay … extra for working Sundays?" answered by the schedule ("… and Sundays 1:00 p.m.") and the hourly
        # rate: no quote states any pay on top of the rate
        named = EXTRA_PAY_KIND.findall(plan.question)
        return list(dict.fromkeys(w.lower() for w in named)) or ["extra pay"]
    if not (PAY_STATED.search(text) or EXTRA_PAY.search(text)):
        # "… get a language or bilingual stipend?" answered by "Bilingual English/Spanish skills are desirable": the
        # kind is named, no pay for it is stated
        items = [w.lower() for w in raw_tokens(plan.question) if w.lower() in PAY_ITEMS]
        return list(dict.fromkeys(items)) or ["extra pay"]
    # "how much on-call pay …?" answered by the on-call rotation and, apart, the pay grade's steps: one quote must
    # name the kind asked and state its pay
    # (a kind in the class's own name is no kind of pay asked: "pay its Bilingual Interpreters extra for …")
    name_words = {t.lower() for t in plan.name_tokens}
    kinds = list(dict.fromkeys(m.group(0).lower() for m in EXTRA_PAY_KIND.finditer(plan.question)
                               if m.group(0).lower() not in name_words))
    if kinds and not any(EXTRA_PAY_KIND.search(INSURANCE_PREMIUM.sub(" ", f"{c.section} {c.quote}"))
                         and _states_pay(c.quote) for c in citations):
        return kinds
    # "is there a weekend differential?" is not answered by the night differential: a kind of time or skill asked
    # must be the one a paying quote names
    specific = [k for k in kinds if _kind_key(k) in _SPECIFIC_KINDS]
    if specific and not any(_names_kind(f"{c.section} {c.quote}", specific) and _states_pay(c.quote) for c in citations):
        return specific
    # "extra for holding a pesticide applicator license?" is not answered by standby pay: a quote stating pay must
    # name what it is paid for
    paid_for = _PAID_FOR.search(plan.question)
    thing = raw_tokens(paid_for.group("thing")) if paid_for else []
    wanted = [w for w in thing if w.lower() not in STOPWORDS and len(w) > 2]
    # (speaking a language is paid as bilingual pay: "extra for speaking Spanish?" is answered by "bilingual pay of …")
    spoken = paid_for is not None and paid_for.group("verb").lower() == "speaking"
    if wanted and not any(_states_pay(c.quote)
                          and ({stem(w) for w in wanted} & set(tokens(f"{c.section} {c.quote}"))
                               or (spoken and _LANGUAGE_PAY.search(f"{c.section} {c.quote}"))) for c in citations):
        return [w.lower() for w in wanted]
    return []
