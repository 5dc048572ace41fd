"""Which questions ask about pay, a grade or extra pay, and which only use pay's words in another sense
(assistant.query.intents): "make someone do something", paid training, workers' compensation, a salary schedule's
work schedule."""

from __future__ import annotations

from assistant.query.intents import detect_intents, intent_named


def _names(question: str) -> list[str]:
    return [i.name for i in detect_intents(question)]


def test_counting_days_is_not_a_salary_question():
    assert "salary" not in [i.name for i in detect_intents("How many vacation days per year does a mechanic earn?")]
    assert "salary" in [i.name for i in detect_intents("How much does a mechanic earn?")]
    assert "salary" in [i.name for i in detect_intents("How many dollars an hour does it pay?")]


def test_make_someone_do_something_is_no_pay_question():
    assert "salary" in _names("How much does a Carpenter make?")
    assert "salary" not in _names("do they make u do fitness tests every year?")
    assert "salary" not in _names("Do they make you take a drug test?")


def test_how_to_apply_is_a_kind_of_fact_and_pay_periods_cue_pay():
    for question in ["how do I apply?", "What's the application process for the Library Assistant?",
                     "where can i apply for this job"]:
        assert [i.name for i in detect_intents(question)][:1] == ["apply"], question
    assert "apply" not in [i.name for i in detect_intents("When do applications close?")]  # a date, not a how
    assert [i.name for i in detect_intents("Who tops out higher per month: A or B?")] == ["salary"]


def test_a_period_word_cues_pay_only_about_pay() -> None:
    assert "salary" not in _names("Which city job prepares the annual comprehensive financial report?")
    assert "salary" not in _names("How much annual leave do clerks get?")
    assert "salary" in _names("What is the annual salary of a clerk?") and "salary" in _names("How much is it monthly?")
    assert "salary" in _names("Is the job paid hourly?") and "salary" in _names("What is it annually?")


def test_what_makes_a_class_different_is_no_pay_question() -> None:
    names = [i.name for i in detect_intents("What makes an Operator III different from an Operator II?")]
    assert names[0] == "difference" and "salary" not in names
    assert "salary" in [i.name for i in detect_intents("What makes an Operator III different, and how much does it pay?")]


def test_pay_with_words_between_and_extra_is_a_differential() -> None:
    names = [i.name for i in detect_intents("Does the library pay Circulation Associates extra for working Sundays?")]
    assert "differential" in names
    assert "differential" not in [i.name for i in detect_intents("Do they pay you to work extra hours?")]


def test_pay_extra_with_the_class_named_between_is_a_differential() -> None:
    """The plan blanks the class's name ("pay Underground Storage Tank Inspectors extra …"), leaving spaces, not
    words, between "pay" and "extra"."""
    from assistant.query.catalog import Catalog
    from assistant.query.plan import plan_query
    from query.test_catalog import record
    catalog = Catalog.from_documents([record("ust", "Underground Storage Tank Inspector", "State of Wivelsford")])
    plan = plan_query("Does the State of Wivelsford pay Underground Storage Tank Inspectors extra once they hold the "
                      "ICC certification?", [], catalog)
    assert plan.intents and plan.intents[0].name == "differential", [i.name for i in plan.intents]


def test_the_work_schedule_is_asked_not_the_salary_schedule() -> None:
    assert "on_call" in [i.name for i in detect_intents("what's the schedule like?")]
    assert "on_call" not in [i.name for i in detect_intents("Where is the salary schedule?")]


def test_a_credential_to_earn_is_no_pay_question():
    names = [i.name for i in detect_intents("Which certifications does a new Dispatcher have to earn, and by when?")]
    assert "salary" not in names and "certification" in names
    assert [i.name for i in detect_intents("How much do certified dispatchers earn?")][:1] == ["salary"]


def test_paying_for_a_cost_is_no_pay_question():
    assert "salary" not in [i.name for i in detect_intents("custodian job brindlewood - do they pay for fingerprinting??")]
    assert "salary" not in [i.name for i in detect_intents("Does the county pay for the CDL training?")]
    assert [i.name for i in detect_intents("how much do they pay for a Clerk II?")][:1] == ["salary"]


def test_money_asked_in_dollar_signs_is_a_pay_question():
    assert detect_intents("finacial aid tech at ostrander hills college how much $$")[0].name == "salary"
    assert not detect_intents("what is the $5 fee for the exam")  or \
        detect_intents("what is the $5 fee for the exam")[0].name != "salary"


def test_paid_training_or_leave_is_no_pay_question():
    """"How long is the paid training?" asks a duration: "paid" before a thing describes it."""
    assert "salary" not in _names("How long is the paid training for bus operator trainees?")
    assert "salary" in _names("How long is the paid training, and what does it pay?")
    assert "salary" in _names("Are trainees paid during training?")


def test_a_pay_grade_alone_asks_no_salary_but_a_grade_and_its_hourly_range_ask_both():
    names = lambda q: [i.name for i in detect_intents(q)]  # noqa: E731
    assert names("What pay grade is the Water Distribution Operator II?") == ["grade"]
    assert set(names("What pay grade and hourly range is the Water Distribution Operator II?")) == {"grade", "salary"}


def test_a_year_round_job_asks_the_work_year_not_the_pay_a_year():
    assert [i.name for i in detect_intents("is it a year-round job?")] == ["work_year"]
    assert [i.name for i in detect_intents("is it a 10-month position?")] == ["work_year"]
    assert [i.name for i in detect_intents("how much does it pay a year?")] == ["salary"]


def test_a_grade_the_question_names_is_given_and_its_money_is_asked():
    names = lambda q: [i.name for i in detect_intents(q)]  # noqa: E731
    assert "grade" not in names("What is the annual salary for Range 24 on the Classified Management Salary Schedule?")
    assert "salary" in names("What is the annual salary for Range 24 on the Classified Management Salary Schedule?")
    assert names("what is the hourly pay at grade 18?") == ["salary"]
    assert names("What pay grade is the Water Distribution Operator II?") == ["grade"]


def test_a_grade_and_the_pay_beside_it_ask_both() -> None:
    names = lambda q: set(i.name for i in detect_intents(q))  # noqa: E731
    assert names("what pay grade and range is the Code Enforcement Officer?") >= {"grade", "salary"}
    assert names("What pay grade and monthly salary is that?") >= {"grade", "salary"}
    assert names("What is the salary range and grade for a clerk?") >= {"grade", "salary"}
    assert "salary" not in names("what grade is the Code Enforcement Officer?")
    # "… and what does that grade pay?": the verb asks the money the grade pays
    assert names("What pay grade is the Housing Inspector, and what does that grade pay?") >= {"grade", "salary"}


def test_a_salary_band_is_a_grade_and_asked_with_a_range_both_are_asked():
    assert _names("What salary band is the Analyst in?") == ["grade"]
    assert _names("What is the hiring range and salary band for the Specialist?")[:2] == ["grade", "salary"]


def test_which_class_starts_higher_asks_the_pay() -> None:
    assert _names("Which starts higher: Park Aide at Arden or Grounds Worker I at Bellmoor?")[:1] == ["salary"]
    assert "salary" not in _names("What time does the day shift start?")


def test_workers_compensation_is_a_duty_not_pay() -> None:
    assert "salary" not in _names("Which job handles workers' compensation claims, and what education does it need?")
    assert "salary" not in _names("does the HR tech process workers compensation files?")
    assert _names("What is the compensation for the Buyer II?")[:1] == ["salary"]


def test_a_hiring_range_asks_the_pay() -> None:
    assert _names("What is the hiring range for the Kennel Attendant?")[:1] == ["salary"]
    assert _names("what's the full salary range for it")[:1] == ["salary"]


def test_a_shifts_row_with_its_rate_states_a_differential() -> None:
    differential = intent_named("differential")
    assert differential.evidence.search("Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour")
    assert not differential.evidence.search("Day shift 7:00 a.m. - 3:30 p.m.")


def test_the_top_step_of_a_pay_grade_asks_the_money() -> None:
    assert _names("What is the top step of the pay grade for the Housing Rehabilitation Specialist?")[:1] == ["salary"]
    assert _names("What pay grade is the Housing Rehabilitation Specialist?")[:1] == ["grade"]


def test_longevity_pay_after_years_of_service_is_a_differential_not_experience() -> None:
    names = [i.name for i in detect_intents(
        "How much longevity pay do classified employees get after 15 years of service?")]
    assert names[:1] == ["differential"] and "experience" not in names and "salary" not in names, names
    assert intent_named("differential").evidence.search("Longevity: 2.5% after 10 years of continuous service")
    assert "experience" in [i.name for i in detect_intents("How many years of experience do I need?")]


def test_a_skill_wanted_is_no_differential_without_pay_words() -> None:
    """"Is being bilingual an advantage?" asks whether the skill is wanted; "do bilingual dispatchers get extra?" asks
    pay on top."""
    for question in ("Is being bilingual an advantage for the dispatcher job?", "Is bilingual ability required?"):
        assert "differential" not in [i.name for i in detect_intents(question)], question
    for question in ("Do bilingual dispatchers get extra pay?", "Is bilingual pay required by the MOU?",
                     "do they get anything for being bilingual?"):
        assert "differential" in [i.name for i in detect_intents(question)], question


def test_completion_of_the_twelfth_grade_states_education() -> None:
    education = intent_named("education")
    assert education.evidence.search("The equivalent to completion of the 12th grade.")
    assert education.evidence.search("Equivalent to completion of the twelfth grade.")


def test_additional_compensation_states_a_differential() -> None:
    """"Some positions may be entitled to additional negotiated compensation for … shift assignments" states extra
    pay, where an exam's "70%" only shares a percent sign with a differential."""
    differential = intent_named("differential")
    assert differential.evidence.search("Some positions may be entitled to additional negotiated compensation for MOU "
                                        "provisions such as some shift assignments.")
    assert differential.evidence.search("Employees receive extra pay for weekend work.")


def test_pay_for_being_called_back_or_on_standby_is_extra_pay() -> None:
    called = detect_intents("If a Gildmoor Plumber gets called back to work after going home, how much are they paid?")
    assert "differential" in [i.name for i in called]
    standby = detect_intents("Does Mossbank PUD pay its Fisheries Biologist for standby or on-call duty?")
    assert "differential" in [i.name for i in standby]


def test_a_kind_of_extra_pay_named_by_what_it_is_paid_for_is_a_differential() -> None:
    """'How much dive pay …' asks the dive premium, not the base pay: a class paying none must not answer with its
    salary range."""
    for question in ["How much dive pay do Glenmarrow County's harbor maintenance workers get?",
                     "Is there hazard pay for the Lab Technician?", "what's the dive pay for harbor officers"]:
        assert _names(question) == ["differential"], question
    assert "differential" not in _names("How much does a Harbor Maintenance Worker get?")
    # (paid holidays are leave: "Eligible for pro-rated vacation, sick and holiday pay" states no extra pay)
    assert not intent_named("differential").evidence.search("Eligible for pro-rated vacation, sick and holiday pay.")
    # and the pay named so states it: "Institution Hazard Pay of $150 per month"
    assert intent_named("differential").evidence.search("Employees at maximum-security facilities receive Institution "
                                                        "Hazard Pay of $150 per month.")


def test_extra_pay_asked_before_the_credential_it_is_paid_for_leads() -> None:
    assert _names("Does Aspenholt County pay its criminalists extra for getting board certified?")[0] == "differential"
    assert _names("What certification is required, and is there extra pay for it?")[0] == "certification"


def test_a_share_that_is_no_pay_states_no_differential() -> None:
    """A percentage states extra pay ("a 5% bilingual premium", "7.5 percent above base"), but not a statistic in a
    staff report ("rose 38 percent from 2023 to 2025") nor a share of the working time ("40% of time")."""
    evidence = intent_named("differential").evidence
    assert evidence.search("Incumbents receive 5% above base pay.")
    assert evidence.search("an assignment premium of 7.5 percent")
    assert not evidence.search("Complaints about late-evening amplified sound rose 38 percent from 2023 to 2025.")
    assert not evidence.search("Conducts field inspections 40% of time")


def test_days_a_year_count_days_not_money() -> None:
    """"Who works more days a year?" counts working days ("a year" after "days" is no pay period); "how much does it
    pay a year?" asks the money."""
    names = lambda q: [i.name for i in detect_intents(q)]  # noqa: E731
    assert "salary" not in names("Who works more days a year: the Office Manager or the Attendance Technician?")
    assert names("how much does it pay a year?") == ["salary"]


def test_a_monthly_step_asks_the_pay() -> None:
    """"What is the top monthly step for …?" asks where the pay tops out; "monthly meetings" asks no pay."""
    assert _names("What is the top monthly step for the Graphic Designer at Ardsley CCD?")[0] == "salary"
    assert "salary" not in _names("Who runs the monthly staff meetings?")



def test_how_much_per_hr_asks_the_pay() -> None:
    """"how much per hr?" (an abbreviation for the hour, written out after it) asks the pay."""
    from assistant.domain.abbreviations import with_expansions

    salary = intent_named("salary")
    assert salary in detect_intents(with_expansions("ottercombe airport inspector how much per hr?"))
    assert salary in detect_intents("dallowmere literacy coordinator, how much a yr?")


def test_paid_for_by_a_grant_asks_the_appointment_and_mileage_is_extra_pay() -> None:
    """"Is the position paid for by a grant?" asks what kind of appointment it is, not the pay; "what mileage rate
    does … pay …?" asks an item of pay on top of the salary."""
    names = [i.name for i in detect_intents("Is Eldhaven County's Literacy Program Coordinator position paid for by a "
                                            "grant?")]
    assert names[0] == "appointment" and "salary" not in names, names
    assert detect_intents("Is the resource specialist job a permanent position?")[0].name == "appointment"
    # (how long until one is permanent asks the training and the probation, not the kind of appointment)
    assert "appointment" not in [i.name for i in detect_intents("how long is the training before you're permanent?")]
    assert detect_intents("At Lissendale County, the seasonal job of hanging insect traps - what does it pay per "
                          "hour?")[0].name == "salary"
    mileage = detect_intents("What mileage rate does Yardleigh pay a Senior Nutrition Site Manager for driving?")
    assert mileage[0].name == "differential", [i.name for i in mileage]
    assert mileage[0].evidence.search("Travel between sites is paid at the mileage rate of $0.70 per mile.")


def test_saturdays_and_the_summer_ask_when_the_work_is_done() -> None:
    assert detect_intents("do they work saturdays?")[0].name == "on_call"
    assert detect_intents("do they work in the summer?")[0].name == "work_year"


def test_how_much_extra_a_job_pays_for_speaking_a_language_asks_a_differential() -> None:
    """"How much extra does the city job that … pay for speaking Spanish?": bilingual pay, said without the word;
    speaking at a conference is no such thing, and "how much more experience" asks the experience."""
    differential = intent_named("differential")
    assert differential in detect_intents("How much extra does the city job that manages Social Security money for "
                                          "older and disabled adults pay for speaking Spanish?")
    assert differential in detect_intents("Do they pay for speaking Vietnamese?")
    assert differential not in detect_intents("Do they pay for speaking at conferences?")
    assert differential not in detect_intents("How much more experience do I need for the II?")
    # paid more for holding a credential is certification pay
    assert differential in detect_intents("Do Sports Turf Specialists get paid more for having the CSFM certification?")


def test_paying_for_a_credentials_exam_fees_is_a_cost_covered_not_the_jobs_pay() -> None:
    """"Will the association pay for my CFA exam fees?": the credential's initials come before the cost; "what does
    the county pay for a Senior Exam Proctor?" still asks the class's pay."""
    salary = intent_named("salary")
    assert salary not in detect_intents("Will the retirement association pay for my CFA exam fees?")
    assert salary in detect_intents("What does the county pay for a Senior Exam Proctor?")
    # (a word or two may stand before the cost: "pay for your professional certification fees")
    assert salary not in detect_intents("Which of these jobs pay for your professional certification fees or dues?")
    assert salary in detect_intents("How much does it pay for the first year?")
