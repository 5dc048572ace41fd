"""A thing the question names by its initials, an abbreviation or its own name (a differential, a credential) must be
named by the quote that answers it (assistant.answering.asked_thing); split from test_asked_thing.py."""

from __future__ import annotations


def test_a_thing_spelled_out_with_its_initials_must_be_named_by_a_quote() -> None:
    """"… obtain the Certified Treasury Professional (CTP) designation?" is not answered by the class's definition;
    a quote naming the CTP answers it; a class named with its initials ("Licensed Vocational Nurse (LVN)") asks
    for nothing."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "By when must a Stavely County Treasury Analyst obtain the Certified Treasury Professional (CTP) designation?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question),
                     name_tokens={"stavely", "county", "treasury", "analyst"})
    definition = [Citation(1, "d", "d.txt", "Treasury Analyst", "Stavely County", "The Positions",
                           "TREASURY ANALYST - Professional work in the Office of the Treasurer-Tax Collector.", 0, 80)]
    assert unstated_words(plan, definition) == ["CTP"]
    named = [Citation(1, "d", "d.md", "Treasury Analyst", "Stavely County", "Licenses",
                      "Must obtain the CTP designation within 24 months of appointment.", 0, 70)]
    assert unstated_words(plan, named) == []
    nurse = "What does a Licensed Vocational Nurse (LVN) at Foxmere County make?"
    nurse_plan = QueryPlan(question=nurse, standalone=nurse, intents=detect_intents(nurse),
                           name_tokens={"licensed", "vocational", "nurse", "foxmere", "county"})
    pay = [Citation(1, "d", "d.md", "Licensed Vocational Nurse", "Foxmere County", "Salary", "$28.10 - $34.16 hourly", 0, 20)]
    assert unstated_words(nurse_plan, pay) == []


def test_an_abbreviation_in_a_quote_states_the_words_it_stands_for() -> None:
    """"Which emergency management courses …?" is answered by "FEMA courses ICS-100 …": FEMA is the Federal
    Emergency Management Agency."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "Which emergency management courses does the Public Information Officer have to complete?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question),
                     name_tokens={"public", "information", "officer"})
    fema = [Citation(1, "d", "d.md", "Public Information Officer", "City of Stellacombe", "Licenses and Training",
                     "Completion of FEMA courses ICS-100, ICS-200, IS-700 and IS-702 within six months of hire.", 0, 90)]
    assert unstated_words(plan, fema) == []


def test_a_named_differential_with_its_amount_is_the_extra_pay_asked() -> None:
    """"What extra pay … for working on the fireline?" is answered by "Fireline differential: … an additional 15%";
    an on-call rotation beside a travel share ("approximately 25% of time") states no pay."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "What extra pay does a State of Morvane Forestry Technician get for working on the fireline?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question),
                     name_tokens={"state", "morvane", "forestry", "technician"})
    paid = [Citation(1, "d", "d.html", "Forestry Technician", "State of Morvane", "Salary Information",
                     "Fireline differential: employees in this series receive an additional 15% of their base hourly "
                     "rate for hours worked on the fireline of an uncontrolled wildland fire.", 0, 160)]
    assert unstated_words(plan, paid) == []
    on_call = "How much on-call pay does the Homeland Security Planner get for the Duty Officer rotation?"
    on_call_plan = QueryPlan(question=on_call, standalone=on_call, intents=detect_intents(on_call),
                             name_tokens={"homeland", "security", "planner"})
    rotation = [Citation(1, "d", "d.docx", "Homeland Security Planner", "State of Kessmoor", "Working Conditions",
                         "☒ | Statewide travel (approximately 25% of time)\n☒ | On-call rotation (one week in six)", 0, 90)]
    assert unstated_words(on_call_plan, rotation) != []


def test_a_credential_called_by_its_name_must_be_named_by_a_quote() -> None:
    """"… need to get the Certified Municipal Clerk certification?" is not answered by a notary commission's
    deadline; a quote naming it answers it."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "By when does Ashgrove Transit's Executive Assistant need to get the Certified Municipal Clerk certification?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question),
                     name_tokens={"ashgrove", "transit", "executive", "assistant"})
    notary = [Citation(1, "d", "d.docx", "Executive Assistant", "Ashgrove Transit", "Licenses",
                       "A Notary Public commission must be obtained within 12 months of appointment.", 0, 70)]
    assert unstated_words(plan, notary) == ["certified municipal clerk"]
    named = [Citation(1, "d", "d.docx", "Executive Assistant", "Ashgrove Transit", "Licenses",
                      "Certification as a Certified Municipal Clerk (CMC) within three (3) years.", 0, 70)]
    assert unstated_words(plan, named) == []
