"""Which documents answer a question that names no class (answering/target_documents.py)."""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.target_documents import target_docs
from assistant.query.plan import QueryPlan


def _sentence(doc_id: str, text: str, score: float, lexical: float) -> Sentence:
    return Sentence(doc_id, 0, len(text), text, "", "other", "", 0, None, score=score, lexical=lexical)


def test_which_job_is_the_one_whose_passage_holds_the_descriptions_words() -> None:
    """"Which job runs an activated sludge wastewater plant on a four-tens schedule?": a supervisor's duty that "assigns
    routes, runs" and says "shift" scores a little higher on the asked kind of fact (a schedule), but the plant
    operator's passage holds the description's words; a list ("which jobs …") keeps every document that answers."""
    ranked = [_sentence("transit-supervisor", "Supervises a shift of 20 to 30 Transit Operators; assigns routes, runs, "
                        "and vehicles.", 1.16, 0.07),
              _sentence("wwtp-operator", "You run the plant on your shift with little supervision.", 1.10, 0.22)]
    question = "Which job runs an activated sludge wastewater plant on a four-tens schedule?"
    plan = QueryPlan(question=question, standalone=question)
    assert target_docs(plan, ranked) == ["wwtp-operator"]
    several = "Which jobs run a plant or a shift?"
    assert target_docs(QueryPlan(question=several, standalone=several), ranked) == ["transit-supervisor", "wwtp-operator"]
