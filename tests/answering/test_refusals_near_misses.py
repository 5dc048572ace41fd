"""Near-miss refusals on small corpora each test writes: a class another kind of job than the titles its words
come near, a date that is not the one asked, an item of pay or leave no passage names, a class named only inside
another class's page. Real components: each corpus synced into a real Chroma store with the real embedding model.
"""

from __future__ import annotations

from conftest import corpus_assistant


def test_a_class_another_kind_of_job_than_the_titles_its_words_come_near_is_refused(tmp_path, shared_embeddings):
    """"the Accounting Technician job at Marrowby County", whose classes are the Accountant I and the HR
    Technician: the catalog's "no Accounting Technician" stands though every word of "HR Technician" of three
    letters or more is in the question."""
    spec = ("# Accountant I\n\nMarrowby County\n\n## Minimum Qualifications\n\nBachelor's degree in accounting. "
            "Four years of paraprofessional accounting experience at a level equivalent to Accounting Technician may "
            "substitute for the degree.\n")
    hr_spec = ("# HR Technician\n\nMarrowby County\n\n## Minimum Qualifications\n\nTwo years of clerical "
               "experience in a human resources office.\n")
    marrowby = corpus_assistant(tmp_path, {"marrowby-accountant-1.md": spec, "marrowby-hr-technician.md": hr_spec},
                                shared_embeddings)
    from assistant.answering.named_document import names_retrieved_document
    from assistant.query.plan import plan_query

    snap = marrowby.snapshots.get(marrowby.index)
    question = "What are the minimum qualifications for the Accounting Technician job at Marrowby County?"
    plan = plan_query(question, [], snap.catalog)
    assert plan.unlisted == "Accounting Technician", plan.missing
    docs = marrowby.retriever.invoke(question)
    assert not names_retrieved_document(plan, docs, snap)
    answer = marrowby.ask(question)
    assert not answer.answered and "Accounting Technician" in answer.text, answer.text
    own = "What are the minimum qualifications for the Accountant I job at Marrowby County?"
    assert marrowby.ask(own).answered


def test_an_application_deadline_is_not_answered_by_another_date_on_the_page(tmp_path, shared_embeddings) -> None:
    """A class specification gives no deadline: "County offices will be closed Monday, November 10" is a date, not
    the one asked."""
    spec = ("# Fleet Service Worker\n\nTindall County\n\nNotice: County offices will be closed Monday, November 10 in "
            "observance of Veterans Day.\n\n## Definition\n\nServices county vehicles and equipment: changes oil and "
            "filters, rotates tires and keeps service records.\n\n## Salary\n\nPay Grade 11: $3,612 - $4,838 monthly.\n")
    assistant = corpus_assistant(tmp_path, {"tindall-fleet-service-worker.md": spec}, shared_embeddings)
    answer = assistant.ask("When is the application deadline for Tindall County's Fleet Service Worker?")
    assert not answer.answered, answer.text



def test_a_date_asked_beside_another_kind_of_fact_leaves_no_word_unstated() -> None:
    """"when does it close and whats the pay": the pay found first (the closing date is added to it later), so the
    words naming the date are not required of the passages that answer the pay; asked alone, they are."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    pay = [Citation(1, "d", "d.md", "Lifeguard", "Town of Oakhollow", "Lifeguard", "Pay: $15.50 - $17.25 Hourly", 0, 27)]
    both = "lifegard job at oakhollow when does it close and whats the pay"
    assert unstated_words(QueryPlan(question=both, standalone=both, intents=detect_intents(both)), pay) == []
    alone = "When is the application deadline for the Lifeguard?"
    assert unstated_words(QueryPlan(question=alone, standalone=alone, intents=detect_intents(alone)), pay)
    # "… for the Lifeguard job?": "job" cues an overview, which is no other kind of fact asked beside the date
    job = "What is the application deadline for the Lifeguard job?"
    dated = [Citation(1, "d", "d.md", "Lifeguard", "Town of Oakhollow", "Lifeguard", "Printed: 01/12/2026 10:14 AM", 0, 28)]
    plan = QueryPlan(question=job, standalone=job, intents=detect_intents(job))
    assert "overview" in {i.name for i in plan.intents}
    assert unstated_words(plan, dated)


def test_accepted_in_another_sense_states_no_filing_period() -> None:
    """"What is the application deadline …?" of a class specification is not answered by its "generally accepted
    accounting principles"; "Applications accepted until March 6" does state the filing period."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "What is the application deadline for the Auditor-Appraiser job at Mirrowen County?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    knowledge = [Citation(1, "d", "d.md", "Auditor-Appraiser", "Mirrowen County", "KNOWLEDGE AND ABILITIES",
                          "Knowledge of generally accepted accounting principles and auditing standards.", 0, 76)]
    assert unstated_words(plan, knowledge)
    period = [Citation(1, "d", "d.md", "Auditor-Appraiser", "Mirrowen County", "HOW TO APPLY",
                       "Resumes accepted until March 6, 2026.", 0, 37)]
    assert unstated_words(plan, period) == []


def test_an_item_of_pay_asked_by_its_amount_needs_a_passage_naming_it() -> None:
    """"How much is the annual tool allowance …?" is not answered by the journey rate: no quote names an allowance."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    rate = [Citation(1, "d", "d.md", "Line Mechanic", "Harlow PUD", "Line Mechanic", "Journey Line Mechanic $58.40", 0, 28)]
    question = "How much is the annual tool allowance for Journey Line Mechanics?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    assert unstated_words(plan, rate) == ["allowance"]
    allowance = [Citation(1, "d", "d.md", "Line Mechanic", "Harlow PUD", "Line Mechanic",
                          "Journey Line Mechanics receive a $600 annual tool allowance.", 0, 58)]
    assert unstated_words(plan, allowance) == []



def test_paid_leave_is_an_item_a_document_states_by_name() -> None:
    """"How many vacation days …?" answered by a work year of "(193 days)": a passage close in meaning does not state
    paid leave in other words; vacation, holidays and sick leave are named or not stated (as a bonus or an allowance
    is)."""
    from assistant.answering.asked_thing import names_a_pay_item

    assert names_a_pay_item(["vacation"]) and names_a_pay_item(["holidays"]) and names_a_pay_item(["allowance"])
    assert not names_a_pay_item(["schedule"])


NURSE_PRACTITIONER = """# Public Health Nurse Practitioner

Foxmere County

**Pay:** $59.20 - $74.01 hourly

## Supervision

Clinical oversight is provided by the Deputy Health Officer, a physician who reviews a sample of charts each quarter.

## Working Conditions

Employees assigned to evening clinics receive a night differential of 5% of base pay. Employees called back to
work after leaving receive a minimum of two (2) hours of pay at the overtime rate (call-back pay).
"""


def test_a_class_named_only_in_another_classs_page_and_a_kind_of_extra_pay_it_lacks_are_refused(
        tmp_path, shared_embeddings) -> None:
    """"Deputy Health Officer" is named in the Nurse Practitioner's page, with no pay of its own; a weekend
    differential is not the night differential; call-back pay the page states is answered."""
    foxmere = corpus_assistant(tmp_path, {"foxmere-public-health-np.md": NURSE_PRACTITIONER}, shared_embeddings)
    deputy = foxmere.ask("What is the salary of Foxmere County's Deputy Health Officer?")
    assert not deputy.answered and "Deputy Health Officer" in deputy.text, deputy.text
    weekend = foxmere.ask("Is there a weekend differential for Foxmere County's Public Health Nurse Practitioner?")
    assert not weekend.answered, weekend.text
    called = foxmere.ask("If a Foxmere County Public Health Nurse Practitioner gets called back to work after going "
                         "home, how much are they paid?")
    assert called.answered and "call-back pay" in called.citations[0].quote, called.text


LIBRARY_TYPED = """THORNBURY PUBLIC LIBRARY DISTRICT
CLASS TITLE:                LIBRARY ASSISTANT

DISTINGUISHING CHARACTERISTICS:
THIS IS THE JOURNEY LEVEL.  IT IS DISTINGUISHED FROM LIBRARY PAGE, WHICH SHELVES MATERIALS,
AND FROM SENIOR LIBRARY ASSISTANT, WHICH SERVES AS LEAD WORKER OVER A
BRANCH CIRCULATION DESK.

SALARY STEPS:
GRADE  BASIS       STEP A    STEP B    STEP C
L07    HOURLY       20.48     21.50     22.58
L07    MONTHLY   3,549.87  3,726.67  3,913.87

RELATED CLASSES:
CODE   TITLE                          RELATIONSHIP
----   ----------------------------   ----------------
4101   LIBRARY PAGE                   LOWER LEVEL
4115   SENIOR LIBRARY ASSISTANT       LEAD LEVEL
"""


def test_a_class_named_in_a_related_classes_table_or_a_wrapped_sentence_has_no_pay_here(tmp_path,
                                                                                         shared_embeddings) -> None:
    """"Senior Library Assistant" stands in a sentence wrapped over typed lines and in a table of related classes;
    neither is its heading nor its pay: asked its pay range, the Library Assistant's steps are no answer."""
    thornbury = corpus_assistant(tmp_path, {"thornbury-library-assistant.txt": LIBRARY_TYPED}, shared_embeddings)
    answer = thornbury.ask("What's the pay range for a Senior Library Assistant at Thornbury Public Library?")
    assert not answer.answered and "Senior Library Assistant" in answer.text, answer.text
    own = thornbury.ask("What's the pay range for a Library Assistant at Thornbury Public Library?")
    assert own.answered and "20.48" in own.text, own.text


BRIDGE_ENGINEER = """# Bridge Engineer II

Occupational Group: Engineering · Department: Department of Transportation

## Definition

Designs and reviews highway bridges and culverts for the state highway system.

## Minimum Qualifications

Registration as a Professional Engineer in Tarrowmere and three years of bridge design experience.

## Salary

Grade 25: $6,588 - $9,416 monthly.
"""


def test_a_class_whose_page_names_the_employer_it_was_not_given_is_answered(tmp_path, shared_embeddings) -> None:
    """No employer was read from the Bridge Engineer II's page, whose text names "Tarrowmere" but never "State of
    Tarrowmere": asked with the state's full name, the page answers instead of "no Bridge Engineer II specification
    for State of Tarrowmere"; asked of another state, the refusal stands."""
    tarrowmere = corpus_assistant(tmp_path, {
        "tarrowmere-bridge-engineer-2.md": BRIDGE_ENGINEER,
        "olden-vale-traffic-engineer.md": "# Traffic Engineer\n\nCity of Olden Vale\n\n## Salary\n\n$40.00 - $50.00 hourly.\n",
    }, shared_embeddings)
    answer = tarrowmere.ask("What's the monthly pay range for a Bridge Engineer II with the State of Tarrowmere?")
    assert answer.answered and "9,416" in answer.text, answer.text
    other = tarrowmere.ask("What's the monthly pay range for a Bridge Engineer II with the State of Pellmoor?")
    assert not other.answered, other.text


TOXICOLOGIST_PDF_TEXT = """FERNCLOUGH REGIONAL FORENSIC SERVICES AUTHORITY
CLASS SPECIFICATION
FORENSIC TOXICOLOGIST
DEFINITION
Under general supervision, analyzes blood, urine and tissue for alcohol and drugs in death investigations and
impaired-driving cases, and testifies to the results.
DISTINGUISHING CHARACTERISTICS
This is the journey level of the toxicology series. It is distinguished from the
Senior Forensic Toxicologist, which serves as technical leader for the section and performs final technical review
of reports, and from the Toxicology Laboratory Technician, which prepares samples.
SALARY
Salary Grade FT-22, hourly rates effective July 1, 2025. Step advancement is annual upon satisfactory performance.
Grade Step A Step B Step C Step D Step E
FT-22 $36.10 $37.91 $39.81 $41.80 $43.89
"""


def test_a_rank_a_wrapped_line_opens_with_is_no_class_of_the_page_and_a_step_row_answers_under_its_header(
        tmp_path, shared_embeddings) -> None:
    """A PDF's line wrap puts "Senior Forensic Toxicologist, which serves …" at a line's start: a sentence, not the
    class's heading, so its pay is not the page's. The top step is the last figure of the row under "Grade Step A …
    Step E", whose header line carries the words asked."""
    fernclough = corpus_assistant(tmp_path, {"fernclough-forensic-toxicologist.txt": TOXICOLOGIST_PDF_TEXT},
                                  shared_embeddings)
    senior = fernclough.ask("What's the salary for a Senior Forensic Toxicologist at Fernclough?")
    assert not senior.answered and "Senior Forensic Toxicologist" in senior.text, senior.text
    top = fernclough.ask("What is the top step hourly rate for a Forensic Toxicologist at Fernclough?")
    assert top.answered and "43.89" in top.text, top.text


GUARDIAN = """# Deputy Public Guardian-Conservator

Zeldane County

## Distinguishing Characteristics

This is the journey-level class of the public guardian series. It is distinguished from the Supervising Deputy Public
Guardian-Conservator, which plans, assigns and reviews the work of deputies.

## Salary

$36.48 - $44.35 hourly.
"""


def test_a_rank_word_of_the_pages_own_title_lists_no_other_class(tmp_path, shared_embeddings) -> None:
    """"Deputy" is a rank word of the page's own title: its heading does not list the "Supervising Deputy Public
    Guardian-Conservator" the question asks, which the page only names."""
    from assistant.answering.named_document import names_retrieved_document
    from assistant.query.plan import plan_query

    zeldane = corpus_assistant(tmp_path, {"zeldane-deputy-public-guardian.md": GUARDIAN}, shared_embeddings)
    question = "What's the pay range for Zeldane County's Supervising Deputy Public Guardian-Conservator?"
    snap = zeldane.snapshots.get(zeldane.index)
    plan = plan_query(question, [], snap.catalog)
    assert plan.missing and not names_retrieved_document(plan, zeldane.retriever.invoke(question), snap)
    answer = zeldane.ask(question)
    assert not answer.answered and "Supervising Deputy" in answer.text, answer.text
    assert "44.35" in zeldane.ask("What's the pay range for Zeldane County's Deputy Public Guardian-Conservator?").text


def test_a_hiring_bonus_is_stated_by_a_hiring_incentive_but_not_by_another_incentive(tmp_path, shared_embeddings) -> None:
    """"Does X pay a hiring bonus …?" is answered by "Lateral hiring incentive: … receive $6,000"; an "education
    incentive" is no bonus for being hired."""
    medic = ("# Ambulance Paramedic\n\nBraxwell County EMS\n\n## Pay\n\nHourly Pay $26.10 - $31.72.\n\n"
             "Lateral hiring incentive: paramedics with two years of 911 experience at another agency receive $6,000, "
             "paid as $3,000 after the first pay period and $3,000 after probation.\n")
    clerk = ("# EMS Billing Clerk\n\nBraxwell County EMS\n\n## Pay\n\nHourly Pay $21.40 - $26.02.\n\n"
             "Education incentive: employees with a certificate in medical coding receive 2.5% above base pay.\n")
    assistant = corpus_assistant(tmp_path, {"braxwell-paramedic.md": medic, "braxwell-billing-clerk.md": clerk},
                                 shared_embeddings)
    answered = assistant.ask("Does Braxwell County EMS pay a hiring bonus to Ambulance Paramedics from another agency?")
    assert answered.answered and "$6,000" in answered.text, answered.text
    refused = assistant.ask("Does Braxwell County EMS pay a hiring bonus to EMS Billing Clerks?")
    assert not refused.answered and "bonus" in refused.text, refused.text


def test_the_pay_of_a_class_only_listed_among_related_classes_is_not_the_pages_pay(tmp_path, shared_embeddings) -> None:
    """"What is the salary for a Senior Permit Technician at the City of Maddow?": the Permit Technician's page lists
    the Senior class among its related classes and says how they differ; its salary is the Technician's own, so the
    Senior class's pay is not in the documents."""
    from conftest import corpus_assistant

    page = ("# Permit Technician\n\nCity of Maddow\n\nClass Code | 2318\nSalary Range | $4,214.00 - $5,376.00 Monthly\n\n"
            "## Distinguishing Characteristics\n\nPermit Technician is the journey-level class. It is distinguished from "
            "Senior Permit Technician, which leads the counter staff and handles complex submittals.\n\n"
            "## Related Classes\n\nClass | Code | Level\n--- | --- | ---\nPermit Assistant | 2316 | Entry level\n"
            "Senior Permit Technician | 2320 | Lead level\n")
    maddow = corpus_assistant(tmp_path, {"city-of-maddow-permit-technician.md": page}, shared_embeddings)
    answer = maddow.ask("What is the salary for a Senior Permit Technician at the City of Maddow?")
    assert not answer.answered, answer.text
    own = maddow.ask("What is the salary for a Permit Technician at the City of Maddow?")
    assert own.answered and "$4,214" in own.text, own.text
