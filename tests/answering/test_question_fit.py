"""Whether a question's words describe the class found (assistant.answering.question_fit.describes_class): the
asker's shortened words ("mgmt") count as the page's ("management")."""

from __future__ import annotations

from assistant.answering.question_fit import describes_class
from assistant.query.plan import plan_query

from conftest import corpus_assistant

SPEC = """# Traffic Operations Technician

Coldmoor Regional Transportation Commission

Work location | Regional Traffic Management Center, 75 Tollgate Drive
Night shift differential | 5% for hours worked between 6:00 p.m. and 6:00 a.m.

## About the position

Technicians watch closed-circuit television cameras and post incident messages on highway signs.
"""


def test_a_shortened_word_describes_the_class_its_page_writes_out(tmp_path, shared_embeddings) -> None:
    coldmoor = corpus_assistant(tmp_path, {"coldmoor-traffic-operations-technician.md": SPEC}, shared_embeddings)
    snap = coldmoor.snapshots.get(coldmoor.index)
    doc_id = "coldmoor-traffic-operations-technician"
    plan = plan_query("coldmoor traffic mgmt center tech - do nights pay more", [], snap.catalog)
    assert plan.doc_ids == [doc_id]
    assert describes_class(plan, snap, doc_id)
    assert not describes_class(plan_query("coldmoor traffic tech - do they get a boot allowance and a pension?", [],
                                          snap.catalog), snap, doc_id)
    answer = coldmoor.ask("coldmoor traffic mgmt center tech - do nights pay more")
    assert answer.answered and "5%" in answer.text, answer.text
