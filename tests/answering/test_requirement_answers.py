"""Requirements written as prose (issue 13): comparisons quote each class's own passages, not a clipped table cell.

A fact card holds one phrase of a class's education or experience ("Twelve months of experience"); a
specification states routes, subjects and units around it. So a comparison that asks about education or
experience quotes each class's passages, while "which requires more" keeps the table and its verdict.
A small corpus of one made-up employer is written here and indexed into a real Chroma store with the
real model; every question goes through ``Assistant.ask``.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.engine import Assistant

from conftest import corpus_assistant


def _spec(title: str, code: str, definition: str, qualifications: str, header: str = "") -> str:
    return (f"TOWN OF OAKHAVEN\nCLASS SPECIFICATION\n\nTitle: {title}\nClass Code: {code}\n{header}\nDEFINITION\n{definition}\n\n"
            f"MINIMUM QUALIFICATIONS\n{qualifications}\n")


DOCUMENTS = {
    "oak-accountant-1": _spec(
        "Accountant I", "1510", "Under close supervision, performs entry-level professional accounting work.",
        "Education: Bachelor's degree in accounting or finance.\n"
        "Experience: None required.\n"
        "Substitution: Four years of paraprofessional accounting experience may substitute for the bachelor's degree.",
        "Salary Range: $30.10 - $40.20 hourly\nBargaining Unit: General Unit (OEA)\n"),
    "oak-accountant-2": _spec(
        "Accountant II", "1520", "Under general supervision, performs journey-level professional accounting work.",
        "Education: Bachelor's degree in accounting or finance.\n"
        "Experience: One year of professional accounting experience equivalent to Accountant I.",
        "Salary Range: $34.30 - $45.60 hourly\nBargaining Unit: General Unit (OEA)\n"),
    "oak-accountant-3": _spec(
        "Accountant III", "1530", "Under direction, supervises accounting staff and performs advanced accounting work.",
        "Education: Bachelor's degree in accounting or finance.\n"
        "Experience: Three years of progressively responsible professional accounting experience.",
        "Salary Range: $39.70 - $52.90 hourly\nBargaining Unit: Supervisory Unit (OSMA)\n"),
    "oak-payroll-technician": _spec(
        "Payroll Technician", "2210", "Under general supervision, processes the Town's payroll.",
        "Education: Graduation from high school or equivalent, supplemented by college-level coursework in "
        "accounting, including at least twelve (12) semester units of bookkeeping.\n"
        "Experience: Two years of payroll or fiscal clerical experience."),
    "oak-fleet-mechanic": _spec(
        "Fleet Mechanic", "5110", "Under general supervision, repairs and maintains Town vehicles.",
        "Either I: Completion of a recognized apprenticeship as an automotive mechanic. Or II: Four years of "
        "experience as a mechanic's helper in vehicle repair. Or III: Three years of experience diagnosing and "
        "repairing engines, transmissions and brake systems of automobiles and trucks."),
    "oak-it-analyst": (
        "# Information Technology Analyst\n\nTown of Oakhaven\n\n## Definition\n\nUnder general direction, supports "
        "the Town's networks and business applications.\n\n## Minimum Qualifications\n\n**Education:** Bachelor's "
        "degree in computer science, information systems or a related field.\n\n**Experience:** Three years of "
        "professional information technology experience.\n\n**Substitution:** Two additional years of qualifying "
        "experience may substitute for the bachelor's degree for applicants who possess an associate degree in a "
        "related field.\n"),
    "oak-public-health-nurse": _spec(
        "Public Health Nurse", "3310", "Under general supervision, provides public health nursing services in the field.",
        "Education: Bachelor's degree in nursing.",
        "\nLICENSES AND CERTIFICATES\nA valid Class C driver's license is required for field travel.\nA current license "
        "as a Registered Nurse issued by the State Board of Nursing is required.\nA Public Health Nurse Certificate is "
        "required.\nCurrent Basic Life Support (BLS) certification is required.\n"),
    "oak-equipment-mechanic": _spec(
        "Equipment Mechanic", "5120", "Under general supervision, repairs heavy construction equipment.",
        "Experience: Five years of full-time paid experience repairing heavy diesel construction equipment."),
}


@pytest.fixture(scope="module")
def oakhaven(tmp_path_factory, shared_embeddings) -> Assistant:
    files = {f"{doc_id}.{'md' if text.startswith('#') else 'txt'}": text for doc_id, text in DOCUMENTS.items()}
    return corpus_assistant(tmp_path_factory.mktemp("oakhaven"), files, shared_embeddings)


def _ask(assistant: Assistant, question: str) -> Answer:
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    for c in answer.citations:
        doc = assistant.index.registry.get_document(c.doc_id)
        assert doc is not None and doc.text[c.start:c.end] == c.quote, c
    return answer


def _block(answer: Answer, title: str) -> str:
    """The paragraph of a per-class answer that starts with ``**<title> (Town of Oakhaven)**``."""
    for paragraph in answer.text.split("\n\n"):
        if paragraph.startswith(f"**{title} (Town of Oakhaven)**"):
            return paragraph
    raise AssertionError(f"no block for {title}: {answer.text}")


def test_education_comparison_quotes_each_class_in_full(oakhaven: Assistant) -> None:
    """The units of coursework the Payroll Technician's education names come with it."""
    answer = _ask(oakhaven, "Compare the education requirements for the Oakhaven Payroll Technician and the Oakhaven Accountant II.")
    assert not answer.text.startswith("| Field |"), answer.text
    payroll = _block(answer, "Payroll Technician")
    assert "12 semester units of bookkeeping" in payroll, answer.text
    assert "Bachelor's degree in accounting or finance" in _block(answer, "Accountant II")
    assert {c.doc_id for c in answer.citations} == {"oak-payroll-technician", "oak-accountant-2"}


def test_experience_routes_are_all_quoted(oakhaven: Assistant) -> None:
    """'Compare the experience routes': every route of the class that states several."""
    answer = _ask(oakhaven, "Compare the experience routes for the Oakhaven Fleet Mechanic and the Oakhaven Equipment Mechanic.")
    fleet = _block(answer, "Fleet Mechanic")
    assert "Four years of experience as a mechanic's helper" in fleet and "Three years of experience diagnosing" in fleet, answer.text
    assert "Five years of full-time paid experience" in _block(answer, "Equipment Mechanic")


def test_each_levels_experience_includes_none_required(oakhaven: Assistant) -> None:
    """'How much experience …' is answered by 'None required.' for the entry level: none is an amount."""
    answer = _ask(oakhaven, "How much experience is required for each level of the Accountant series at the Town of Oakhaven?")
    assert "None required" in _block(answer, "Accountant I"), answer.text
    assert "One year of professional accounting experience" in _block(answer, "Accountant II")
    assert "Three years of progressively responsible" in _block(answer, "Accountant III")


def test_which_requires_more_keeps_the_table_and_its_verdict(oakhaven: Assistant) -> None:
    answer = _ask(oakhaven, "Which requires more experience: the Oakhaven Accountant II or the Oakhaven Accountant III?")
    assert answer.route == "facts" and answer.text.startswith("| Field |"), answer.text
    assert re.search(r"\*\*Accountant III \(Town of Oakhaven\)\*\* requires more experience", answer.text), answer.text


def test_how_you_qualify_compares_the_qualification_passages(oakhaven: Assistant) -> None:
    """'Compare how you qualify' names no field: each class's qualifications, not a table of clipped fields."""
    answer = _ask(oakhaven, "Compare how you qualify for the Oakhaven Fleet Mechanic and the Oakhaven Payroll Technician.")
    assert not answer.text.startswith("| Field |"), answer.text
    assert re.search(r"apprenticeship|mechanic's helper|diagnosing", _block(answer, "Fleet Mechanic")), answer.text
    assert re.search(r"high school|payroll or fiscal", _block(answer, "Payroll Technician")), answer.text


def test_levels_listed_after_one_title_are_each_answered(oakhaven: Assistant) -> None:
    """'Accountant I, II and III': three documents, each with its own pay."""
    answer = _ask(oakhaven, "What are the hourly pay ranges for Accountant I, II and III at the Town of Oakhaven?")
    for title, low, high in (("Accountant I", "30.10", "40.20"), ("Accountant II", "34.30", "45.60"),
                             ("Accountant III", "39.70", "52.90")):
        block = _block(answer, title)
        assert low in block and high in block, answer.text


def test_a_series_question_about_another_fact_is_not_the_pay_table(oakhaven: Assistant) -> None:
    """'Are all three levels in the same bargaining unit?' names no card field: the passages, not grade and pay."""
    answer = _ask(oakhaven, "Are all three Accountant levels at the Town of Oakhaven in the same bargaining unit?")
    assert "| Level |" not in answer.text, answer.text
    assert "General Unit" in answer.text and "Supervisory Unit" in answer.text


def test_the_degree_a_question_names_finds_its_substitution(oakhaven: Assistant) -> None:
    """'I only have an associate degree … can I still qualify?': the substitution that names the associate
    degree is quoted (a degree's name is a word to match, not only a cue for education), without bold marks."""
    answer = _ask(oakhaven, "I only have an associate degree in information systems. Can I still qualify for the "
                            "IT Analyst job with the Town of Oakhaven?")
    assert "possess an associate degree in a related field" in answer.text, answer.text
    assert "**" not in answer.text.replace("**Information Technology Analyst", "")


def test_a_plural_ask_gets_every_item_of_its_list(oakhaven: Assistant) -> None:
    """'What licenses and certificates …': four items of one section are all quoted, not the first three."""
    answer = _ask(oakhaven, "What licenses and certificates does the Oakhaven Public Health Nurse need?")
    quoted = " ".join(c.quote for c in answer.citations)
    for item in ("Class C driver's license", "Registered Nurse", "Public Health Nurse Certificate", "Basic Life Support"):
        assert item in quoted, answer.text


def test_discourse_words_are_not_what_the_question_asks(oakhaven: Assistant) -> None:
    """'… though. Can experience count instead …?': 'though' and 'instead' are how it is asked, not what no
    passage states; the substitution is the answer."""
    answer = _ask(oakhaven, "I don't have a degree though. Can experience count instead for the Oakhaven Accountant I job?")
    assert "Four years of paraprofessional accounting experience may substitute" in answer.text, answer.text


def test_a_comparison_of_a_fact_no_card_holds_quotes_the_passages(oakhaven: Assistant) -> None:
    """'Compare the vehicles … repair' names no card field: each class's passage, not the default table."""
    answer = _ask(oakhaven, "Compare the vehicles the Oakhaven Fleet Mechanic and the Oakhaven Equipment Mechanic repair.")
    assert "| Field |" not in answer.text, answer.text
    assert "Town vehicles" in _block(answer, "Fleet Mechanic") and "construction equipment" in _block(answer, "Equipment Mechanic")


def test_generic_words_in_any_form_are_never_the_missing_subject(oakhaven: Assistant) -> None:
    from assistant.answering.evidence import unknown_terms
    from assistant.query.plan import plan_query

    snap = oakhaven.snapshots.get(oakhaven.index)
    plan = plan_query("What the Town looks for in the vehicles a mechanic repairs?", [], snap.catalog)
    assert unknown_terms(plan, snap) == []


PSYCHOLOGIST = """# Clinical Psychologist

State of Brennavar

## Alternate Range Criteria and License Waiver

Range A (license waiver): $7,312 - $8,890 monthly.

Range B (licensed): $9,420 - $11,806 monthly.

## Minimum Qualifications

A doctoral degree in clinical or counseling psychology. Incumbents appointed under a license waiver must obtain
licensure within three (3) years of appointment.
"""


def test_how_long_one_has_to_get_a_license_is_the_time_allowed_not_the_pay_for_the_waiver(tmp_path,
                                                                                          shared_embeddings) -> None:
    brennavar = corpus_assistant(tmp_path, {"brennavar-clinical-psychologist.md": PSYCHOLOGIST}, shared_embeddings)
    answer = brennavar.ask("If the State of Brennavar hires me as a Clinical Psychologist under a license waiver, "
                           "how long do I have to get licensed?")
    assert answer.answered and not answer.text.startswith("Yes"), answer.text
    assert "within 3 years" in answer.citations[0].quote.replace("three (3)", "3") or \
        "within three (3) years" in answer.citations[0].quote, answer.text


EMS_BULLETIN = """===============================================================================
                  CINDERFORD FIRE PROTECTION DISTRICT
===============================================================================

 CLASS                                   CLASS NO.    MONTHLY SALARY
-------------------------------------------------------------------------------
 EMS Paramedic                              7104      $6,412 - $7,794
 EMS Field Supervisor                       7110      $7,981 - $9,702
-------------------------------------------------------------------------------

 FILING OPENS:   Monday, March 9, 2026
 FILING CLOSES:  Friday, April 3, 2026, 4:30 p.m. (online applications only)

===============================================================================
 THE EXAMINATION
===============================================================================

 All written tests will be held on Saturday, April 25, 2026.

===============================================================================
 CONDITIONS OF EMPLOYMENT
===============================================================================

 WORK SCHEDULE: EMS Paramedics and EMS Field Supervisors work 24-hour
 shifts on a 48/96 schedule (48 hours on duty followed by 96 hours off).
 EMTs work 12-hour shifts.

 Bulletin issued 03/02/2026                                HR Form T-12 (rev. 01/26)
===============================================================================
"""


def test_a_bulletins_filing_close_answers_its_deadline_and_a_joint_subject_names_each_class(tmp_path,
                                                                                           shared_embeddings) -> None:
    """"What's the deadline to apply?" is the filing close, not the bulletin's issue date nor the test date; the
    Field Supervisor's schedule is the sentence naming the Paramedics and the Field Supervisors together."""
    cinderford = corpus_assistant(tmp_path, {"cinderford-ems-exam-bulletin.txt": EMS_BULLETIN}, shared_embeddings)
    deadline = cinderford.ask("What's the deadline to apply for the Cinderford Fire Protection District EMS exams?")
    assert deadline.answered and "April 3, 2026" in deadline.citations[0].quote, deadline.text
    assert "THE EXAMINATION" not in deadline.text and "issued" not in deadline.text, deadline.text
    schedule = cinderford.ask("What is the work schedule for the EMS Field Supervisor at the Cinderford Fire "
                              "Protection District?")
    assert schedule.answered and "48/96" in schedule.citations[0].quote, schedule.text
