"""What kind of fact a question asks for (assistant.query.intents)."""

from __future__ import annotations

from assistant.query.intents import detect_intents, intent_named


def _names(question: str) -> list[str]:
    return [i.name for i in detect_intents(question)]


def test_exam_intent_for_how_the_examination_is_given():
    """'How is the exam given?' asks about the examination, not the qualifications."""
    assert _names("How is the Carpenter exam given?")[0] == "exam"


def test_a_promotional_exam_is_an_exam_not_a_promotion():
    """"How is the promotional exam weighted?" asks how the exam is scored; "how do I get promoted?" asks promotion."""
    assert _names("How is the Glenbrook Fire Captain promotional exam weighted?") == ["exam"]
    assert _names("How do I get promoted to Fire Captain?")[0] == "promotion"


def test_carrying_cases_or_a_gun_is_no_lifting():
    assert "lift" not in _names("How many cases does an APS Specialist II at Tarrowby County carry?")
    assert "lift" not in _names("do beach rangers carry a gun?")
    assert _names("How much do they have to carry?")[0] == "lift"


def test_screening_tests_are_not_the_exam():
    """A drug test or medical exam is a pre-employment screening, not the selection examination;
    a typing test is a typing requirement."""
    assert "exam" not in _names("Is there a drug test?")
    assert "exam" not in _names("Is a medical exam required?")
    assert "exam" not in _names("Are there fitness tests every year?")
    typing = _names("What typing test is required?")
    assert typing[0] == "typing" and "exam" not in typing


def test_difference_intent():
    """How two classes or levels differ, asked either way, is the 'difference' intent."""
    assert "difference" in _names("How does a Senior Typist differ from a Typist?")
    assert _names("What does a Carpenter II do that a Carpenter I doesn't?")[0] == "difference"


def test_a_named_fact_comes_before_difference():
    """'How does the pay differ' asks for the pay first."""
    assert _names("How does the pay differ between A and B?")[0] == "salary"


def test_plural_and_qualify_cues():
    """'Which degrees' cues education as 'which degree' does; 'qualify' cues qualifications."""
    assert "education" in _names("Which degrees qualify you for X?")
    assert "qualifications" in _names("What do you need to qualify for X?")


def test_capitalised_names_are_not_singularised():
    """'Public Schools' names an employer: it is not made 'School', which would cue education."""
    assert "education" not in _names("What does Montgomery County Public Schools require for X?")


def test_experience_counting_instead_of_a_degree_asks_about_substitution():
    names = [i.name for i in detect_intents("I don't have a degree though. Can experience count instead?")]
    assert "substitution" in names
    assert "substitution" not in [i.name for i in detect_intents("does an A+ cert count for anything?")]


def test_building_and_safety_codes_are_no_class_code():
    assert "code" not in [i.name for i in detect_intents("What safety rules and codes are they expected to know?")]
    assert "code" not in [i.name for i in detect_intents("Do they need to know building codes?")]
    assert "code" in [i.name for i in detect_intents("what code is the carpenter?")]


def test_instead_of_asks_about_substitution_only_for_a_qualification():
    assert "substitution" in [i.name for i in detect_intents("Can I use experience instead of a four-year degree?")]
    assert "substitution" not in [i.name for i in detect_intents(
        "Is there a trainee class like this one for people who want to go into accounting instead of auditing?")]


def test_a_background_check_is_no_experience_question():
    """'Background' asks about experience, but a background check is a pre-employment screening."""
    assert "experience" in _names("What background do I need to be an Auditor?")
    assert "experience" not in _names("Is there a background check?")
    assert "experience" not in _names("Do they run a background investigation?")


def test_what_one_handles_that_another_does_not_asks_the_difference():
    assert "difference" in _names("What does a Specialist II handle that a Specialist I doesn't?")


def test_knowledge_and_dates_intents_and_what_is_set_aside():
    assert _names("What does a Carpenter need to know?")[:1] == ["knowledge"]
    assert _names("What people skills does the State want in an Auditor I?")[:1] == ["knowledge"]
    assert _names("when can I file?") == ["dates"]
    assert _names("When is the written test?")[:1] == ["dates"]
    assert set(_names("how do I apply, and by when?")) == {"apply", "dates"}  # "by when": a deadline
    assert "experience" not in _names("What should an Auditor know? I mean the knowledge part, not the experience.")


def test_how_long_a_class_has_been_around_asks_its_status():
    assert _names("how long has that class been around?")[:1] == ["status"]


def test_what_are_the_hours_asks_when_the_work_is_done():
    assert [i.name for i in detect_intents("what are the hours?")] == ["on_call"]
    assert "on_call" not in [i.name for i in detect_intents("how many hours of training?")]


def test_a_physical_ability_test_is_a_test_not_physical_demands():
    assert [i.name for i in detect_intents("What physical ability test do I need to apply for Firefighter?")] == ["exam"]
    assert [i.name for i in detect_intents("what are the physical requirements?")][:1] == ["physical"]


def test_the_time_a_job_works_in_a_year_and_a_day():
    assert _names("How many days a year does a School Bus Driver work?") == ["license", "work_year"]
    assert _names("How do the work year and daily hours compare between the two?") == ["work_year"]
    assert "work_year" not in _names("How many vacation days a year do they get?")  # time off, not time worked
    work_year = intent_named("work_year")
    assert work_year.evidence.search("paid on the Coach Salary Scale for the 205-day work calendar")
    assert work_year.evidence.search("a 10-month school year")


def test_a_school_or_special_education_in_a_name_asks_no_education():
    assert "education" not in _names("How many days a year does a Paraeducator - Special Education work at Fernhollow Unified School District?")
    assert _names("Do I need to finish high school?") == ["education"]
    assert _names("do i need a special education degree?") == ["education"]


def test_where_one_reports_to_work_is_a_place_not_a_boss():
    assert _names("Where would I report to work as a Groundskeeper?") == ["location"]
    assert _names("where is the job located") == ["location"]
    assert _names("Who does the Groundskeeper report to?") == ["reports_to"]


def test_by_when_after_a_requirement_asks_its_deadline_not_the_postings_dates():
    assert "dates" not in _names("What training does a new Victim Advocate have to complete, and by when?")
    assert "dates" not in _names("wat fema classes do i need for the emergncy managment coordinator job at sallowmere "
                                 "county and by when")
    assert "dates" in _names("I want to apply, by when?")
    # the need said after its "by when"
    assert "dates" not in _names("By when does the Associate Traffic Engineer have to be a registered PE?")
    assert "dates" not in _names("By when must a new dispatcher hold CPR certification?")
    assert "dates" in _names("By when do I have to apply for the Associate Traffic Engineer job?")


def test_a_representation_field_is_evidence_of_the_union_asked():
    from assistant.query.intents import intent_named
    assert intent_named("union").evidence.search("Representation | Confidential - unrepresented")
    assert intent_named("union").evidence.search("Represented by AFSCME Local 12")


def test_the_exam_number_names_the_announcement_not_how_the_exam_is_given():
    assert "exam" not in [i.name for i in detect_intents("What is the exam number for the Building Inspector examination?")]
    assert [i.name for i in detect_intents("How is the Building Inspector exam weighted?")] == ["exam"]


def test_other_employers_names_for_probation_state_one():
    from assistant.query.intents import intent_named

    probation = intent_named("probation")
    assert probation.evidence.search("New employees serve a six-month trial service period.")
    assert probation.evidence.search("Appointees serve a working test period of six months.")
    assert not probation.evidence.search("Trial court clerks serve the public.")


def test_what_an_application_must_carry_is_evidence_of_how_to_apply():
    from assistant.query.intents import intent_named

    apply = intent_named("apply")
    assert apply.evidence.search("Attach an unofficial transcript if you are qualifying with college coursework.")
    assert apply.evidence.search("Include two letters of recommendation from supervisors.")
    assert not apply.evidence.search("Qualified applicants will be invited to a structured interview.")
    assert apply.evidence.search("Upload a letter of introduction, a resume, and two letters of recommendation.")
    assert not apply.evidence.search("How to upload attachments")  # a job board's help link
    assert apply.evidence.search("Fill out the Internal Transfer/Promotion Request form (HR Form C-12).")


def test_code_in_a_job_title_asks_no_class_code() -> None:
    assert "code" not in [i.name for i in detect_intents("What pay grade is the Code Enforcement Officer?")]
    assert "code" not in [i.name for i in detect_intents("does a code compliance inspector need ICC?")]
    assert "code" in [i.name for i in detect_intents("what is the class code for the code enforcement officer?")]


def test_an_openings_number_asks_for_that_field_not_an_overview() -> None:
    assert "overview" not in [i.name for i in detect_intents(
        "What is the position number of the Grants Compliance Analyst position at the Calloway DEQ?")]
    assert [i.name for i in detect_intents("What is the Grants Compliance Analyst position?")] == ["overview"]


def test_what_days_a_job_works_asks_its_schedule():
    assert _names("What days and hours does the Parking Enforcement Officer at Wexmoor State University work?") == ["on_call"]
    assert "on_call" not in _names("How many days of vacation do they get?")


def test_what_time_they_start_asks_the_schedule() -> None:
    assert _names("marlstone carpenter hours?? what time do they start")[:1] == ["on_call"]
    assert _names("What is the start time for the day shift custodian?")[:1] == ["on_call"]
    schedule = intent_named("on_call")
    assert schedule.evidence.search("Monday through Friday, 7:00 a.m. to 3:30 p.m.")


def test_continuing_education_asks_no_education_requirement() -> None:
    """CE or CPE hours keep a credential; they are no minimum education ("special education" is none either)."""
    from assistant.query.intents import detect_intents

    asked = detect_intents("How many hours of continuing education does a Performance Auditor need each year?")
    assert "education" not in [i.name for i in asked]
    assert "education" in [i.name for i in detect_intents("What education does a Performance Auditor need?")]


def test_what_a_level_does_beyond_another_asks_a_difference() -> None:
    names = [i.name for i in detect_intents("At Carnwick County, what does a Public Health Epidemiologist III do "
                                            "beyond the II?")]
    assert names[0] == "difference", names


def test_a_fitness_standard_is_physical_and_stated_by_what_one_carries() -> None:
    physical = intent_named("physical")
    assert "physical" in [i.name for i in detect_intents("What fitness test does a Forestry Technician have to pass?")]
    assert physical.evidence.search("a 3-mile hike carrying a 45-pound pack in 45 minutes or less")


def test_time_and_a_half_states_overtime() -> None:
    assert intent_named("overtime").evidence.search(
        "Hours worked over 40 in a workweek are paid at one and one-half times the regular rate")


def test_the_clause_describing_the_job_asks_nothing() -> None:
    """"… the job that gathers requirements from departments, maps …, and runs … - can it be done partly from home?"
    asks of home, not of requirements; a clause at the question's end ("… where their claims stand?") asks nothing."""
    from assistant.query.parts import without_description

    question = ("The county job that gathers requirements from departments, maps their business processes and runs "
                "user acceptance testing - can it be done partly from home?")
    assert [i.name for i in detect_intents(without_description(question))] == ["remote"]
    question = "What are the minimum qualifications for the state job that answers calls and explains where claims stand?"
    assert [i.name for i in detect_intents(without_description(question))] == ["qualifications"]


def test_a_remote_place_is_no_telework() -> None:
    assert [i.name for i in detect_intents("Is there extra pay for plant operators who work at remote prisons?")] \
        == ["differential"]
    assert "remote" in [i.name for i in detect_intents("can the analyst work remote?")]


def test_getting_bumped_up_asks_about_promotion() -> None:
    assert detect_intents("what do they need to get bumped up to Operator II?")[0].name == "promotion"
    assert detect_intents("How does a Plant Operator Trainee get moved up to Plant Operator I?")[0].name == "promotion"
    assert detect_intents("how do they get to level II?")[0].name == "promotion"
    assert detect_intents("how do I get to the Hall of Justice?") == []  # a place, no level
    # the class named at length between "how does" and its verb, "become" for "get to", and the next job up
    assert detect_intents("How does a Public Works Construction Inspector I with the State of Yellowbank get to "
                          "Inspector II?")[0].name == "promotion"
    assert detect_intents("How does a Detox Technician I at Harnwell County become a Technician II?")[0].name == "promotion"
    assert detect_intents("what's the next job up from that?")[0].name == "promotion"
    assert detect_intents("What does it take for an Autopsy Assistant I with the State of Bowderlin to become an "
                          "Autopsy Assistant II?")[0].name == "promotion"
    assert detect_intents("how do I become a police officer?") == []  # no level named: how to be hired


def test_a_higher_rate_asks_the_pay() -> None:
    assert detect_intents("Who starts at a higher rate: a Detox Technician or a Sobering Center Technician?")[0].name \
        == "salary"


def test_a_college_district_names_an_employer_not_schooling() -> None:
    from assistant.query.intents import detect_intents

    assert "education" not in [i.name for i in detect_intents("What does the college district's mechanic make?")]
    assert "education" in [i.name for i in detect_intents("do i need college for this?")]


def test_what_one_question_asks_stops_at_the_next_question() -> None:
    """"what step do new hires start on and how do raises work?": the "what … do … do" of a duties question does not
    run over "and how"; "what does a Clerk II do?" still asks the duties."""
    assert "duties" not in [i.name for i in detect_intents("what step do new hires start on and how do raises work")]
    assert [i.name for i in detect_intents("what does a Clerk II do?")] == ["duties"]
    assert [i.name for i in detect_intents("what do custodians at the district do all day")] == ["duties"]


def test_an_exams_weights_are_no_lifting() -> None:
    """"the exam parts and weights" asks how the exam is weighted; weights one lifts are still lifting."""
    assert [i.name for i in detect_intents("What are the exam parts and weights for the Film Permit Liaison?")] == ["exam"]
    assert "lift" in [i.name for i in detect_intents("How heavy are the weights in the physical agility test?")]
    assert "lift" in [i.name for i in detect_intents("How much weight does the port employee have to move?")]


def test_who_is_the_supervisor_for_a_job_asks_whom_it_reports_to():
    """"Who is the supervisor for the job that …?" asks who supervises the job, not whom the job supervises."""
    assert _names("Who is the supervisor for the Rossbury job that builds online courses?") == ["reports_to"]
    # (its "supervisor" asks no supervision exercised, so a second part asked is still answered)
    assert _names("who is the supervisor and how long is the work year?") == ["reports_to", "work_year"]
    assert _names("Who's their direct supervisor?")[0] == "reports_to"


def test_nights_paying_more_asks_the_differential() -> None:
    assert detect_intents("traffic center tech - do nights pay more")[0].name == "differential"
    assert detect_intents("do they get paid more for weekends?")[0].name == "differential"
    assert detect_intents("what do they pay?")[0].name == "salary"


def test_a_background_check_or_drug_test_asks_the_pre_employment_clearances() -> None:
    assert detect_intents("do they need a background check?")[0].name == "clearance"
    assert detect_intents("Do custodians need fingerprint clearance?")[0].name == "clearance"
    assert "clearance" in [i.name for i in detect_intents("Is there a drug test for the bus driver job?")]


def test_a_differential_is_no_difference_between_classes() -> None:
    assert [i.name for i in detect_intents("Which jobs pay a differential on top of base pay?")] == ["differential"]
    assert detect_intents("How do the levels differ?")[0].name == "difference"


def test_directing_named_staff_is_supervision_and_a_supervisory_unit_is_not() -> None:
    """"Who does it supervise?" of a ticket office supervisor: "The supervisor directs two full-time Box Office
    Assistants …" states it; the bulletin's "Classified Supervisory Unit" is a bargaining unit."""
    supervision = intent_named("supervision").evidence
    assert supervision.search("The supervisor directs two full-time Box Office Assistants and up to 25 ticket sellers.")
    assert supervision.search("Directs the work of a crew of four custodians.")
    assert not supervision.search("Promotional and Open Competitive · Classified Supervisory Unit")
    assert not supervision.search("Directs questions from the public to the proper department.")
    assert supervision.search("Supervises three clerks.")


def test_a_code_of_writing_or_law_is_no_class_code() -> None:
    """"… if they also know the math braille code?" asks of Nemeth Code, not the class's number."""
    assert "code" not in [i.name for i in detect_intents("Is there extra pay for knowing the math braille code?")]
    assert "code" not in [i.name for i in detect_intents("Do they need to know the tax code?")]
    assert detect_intents("what is the class code for a braille transcriber")[0].name == "code"


def test_how_much_extra_one_gets_for_a_shift_asks_the_differential() -> None:
    question = "How much extra do Toll Service Representatives at Alder get for working the overnight shift?"
    assert detect_intents(question)[0].name == "differential"
    assert "differential" not in [i.name for i in detect_intents("how much more does a senior get for the work than a II?")]


def test_how_many_schools_counts_schools_and_asks_no_education() -> None:
    assert "education" not in [i.name for i in detect_intents("How many schools does the dental hygienist cover?")]
    assert detect_intents("do i need to go to school for this?")[0].name == "education"


def test_when_a_new_hire_starts_work_asks_a_date() -> None:
    """"When would the new Orientation and Mobility Specialist start work?": the first day's date (an Easy Read
    summary's "Your first day is Monday, August 10, 2026"); not the pay one starts at, nor when raises start."""
    assert detect_intents("When would the new Orientation and Mobility Specialist start work?")[0].name == "dates"
    assert detect_intents("what is the start date?")[0].name == "dates"
    assert "dates" not in [i.name for i in detect_intents("what do they start at?")]


def test_a_level_reclassified_to_the_next_states_the_path():
    """"A Lift Mechanic I may be reclassified to Lift Mechanic II after 18 months …" answers how one gets to II."""
    promotion = intent_named("promotion")
    assert promotion.evidence.search("A Lift Mechanic I may be reclassified to Lift Mechanic II after 18 months.")
    assert not promotion.evidence.search("The class was reclassified in 2019.")


def test_workers_compensation_in_a_title_asks_no_pay():
    """"How much settlement authority does each level of the Workers' Compensation Claims Examiner series have?":
    the series' name, not its pay; the card fields asked agree with the intents."""
    from assistant.facts.fields import fields_asked

    question = "How much settlement authority does each level of the Workers' Compensation Claims Examiner series have?"
    assert "salary" not in _names(question)
    assert fields_asked(question, _names(question))[0] == []
    assert fields_asked("What compensation does the Claims Examiner get?", [])[0] == ["pay"]


def test_call_out_pay_is_pay_on_top():
    """"How much standby or call-out pay …?" asks a differential; "subject to call-out" is that kind of passage, and
    a refusal follows when none states an amount (not the base salary)."""
    assert _names("How much call-out pay do State of Pikeholm tramway mechanics get?") == ["differential"]
    assert "salary" not in _names("How much standby or call-out pay do State of Pikeholm lift mechanics get?")
    assert intent_named("differential").evidence.search("Call-out pay is two hours at time and one-half.")


def test_a_cert_is_a_certification():
    assert _names("what certs do i need for the recording monitor job") == ["certification"]
    assert _names("do u need experience or a cert to apply??") == ["experience", "certification"]


def test_weekdays_state_a_schedule_but_a_dated_weekday_does_not():
    """"Council meetings (first and third Tuesdays, 5:30 p.m. until adjournment)" says when the work is done; "closes
    Friday, April 24" is a date."""
    schedule = intent_named("on_call").evidence
    assert schedule.search("Captioners work the City Council meetings (first and third Tuesdays, 5:30 p.m.).")
    assert schedule.search("Hours are Monday from 8:00 a.m.")
    assert not schedule.search("The posting closes Friday, April 24 at 5:00 p.m.")
