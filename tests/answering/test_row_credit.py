"""A table row's credit for naming the class asked, in a one-class document (assistant.answering.sentence_ranks):
the row whose first cell names the document's own class answers, not a row that only speaks of it.

A real Chroma store and the real model index one small document per test.
"""

from __future__ import annotations

from conftest import converse, corpus_assistant


STAFF_REPORT = """DUNMARSH UNIFIED SCHOOL DISTRICT

# STAFF REPORT

TO: Board of Education
SUBJECT: Establish the classification of Records Analyst and reclassify two Office Technician positions

# Fiscal Impact

The annual cost of reclassifying the two positions is about $21,300, including statutory benefits.

Classification | Range | Step 1 | Step 2 | Step 3 | Step 4 | Step 5
Office Technician (current) | 30 | $4,197 | $4,407 | $4,627 | $4,859 | $5,101
Records Analyst (proposed) | 36 | $4,866 | $5,109 | $5,365 | $5,633 | $5,915

# Attachment A - Records Analyst

Maintains the District's records retention schedule and answers public records requests.
"""


def test_a_one_class_documents_row_naming_its_class_answers_its_pay(tmp_path, shared_embeddings) -> None:
    """A staff report's table holds the class it creates and the class it replaces: the row naming the class asked
    (the document's own) answers what it pays, not the other class's row nor the report's cost."""
    assistant = corpus_assistant(tmp_path, {"dunmarsh-usd-records-analyst.md": STAFF_REPORT}, shared_embeddings)
    answer = assistant.ask("What is the monthly salary for the Records Analyst at Dunmarsh Unified School District?")
    assert answer.answered
    first_quote = next(line for line in answer.text.splitlines() if line.startswith("- "))
    assert "$4,866" in first_quote and "$5,915" in first_quote, answer.text



FIELD_TABLE = """DUNMARSH UNIFIED SCHOOL DISTRICT; CLASSIFIED JOB DESCRIPTION
Job Title | Campus Safety Officer
Job Code | CL-3150
Reports To | Site Principal or designee; receives technical direction from the District Director of Safety.
Work Year | 220 days (11 months)
Job Summary | Under the direction of the site administrator, the Campus Safety Officer helps keep students, staff, and visitors safe by patrolling the campus, supervising students and reporting incidents.
Essential Functions | • Patrols school buildings, grounds and parking lots on foot and by cart. • Supervises students before school, during lunch and at dismissal.
Minimum Qualifications | Education: Graduation from high school or equivalent. Experience: One (1) year of experience working with school-age youth.
"""


def test_prose_naming_the_class_in_a_field_row_earns_no_row_credit(tmp_path, shared_embeddings) -> None:
    """"Job Summary | … the Campus Safety Officer helps …" speaks of the class in its second cell; the row answering
    "who do they report to?" is "Reports To | Site Principal …"."""
    assistant = corpus_assistant(tmp_path, {"dunmarsh-usd-campus-safety-officer.txt": FIELD_TABLE}, shared_embeddings)
    answers = converse(assistant, ["What does a Campus Safety Officer do at Dunmarsh Unified School District?",
                                   "who do they report to?"])
    first_quote = next(line for line in answers[1].text.splitlines() if line.startswith("- "))
    assert "Site Principal" in first_quote, answers[1].text
