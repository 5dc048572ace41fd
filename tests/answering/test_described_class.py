"""A class described rather than named, asked an open question: the whole answer for the class found.

"the minimum qualifications for the university staffer who crunches enrollment numbers": the passage that
supports the question best (a preferred qualification mentioning enrollment) finds the class; the answer then
quotes that class's minimum qualifications as a question naming it would get, not the one passage. A real
Chroma store and the real model index two small pages.
"""

from __future__ import annotations

from assistant.answering.question_fit import describes_class
from assistant.query.plan import plan_query
from conftest import corpus_assistant

ANALYST = """# Enrollment Research Analyst

Westbrook State University

## Position Summary

Produces enrollment, retention and graduation statistics and federal reports for the Office of Institutional Research.

## Minimum Qualifications

Bachelor's degree in statistics, mathematics or a related field, and two (2) years of professional experience in data analysis.

Master's degree in one of the fields above may substitute for one year of the experience.

## Preferred Qualifications

Experience compiling enrollment and graduation reports at a college or university.
"""

GARDENER = """# Gardener

Westbrook State University

## Definition

Maintains campus lawns, shrubs and flower beds.

## Minimum Qualifications

One year of experience in landscape maintenance.
"""


def test_the_class_a_description_finds_gets_its_whole_answer(tmp_path, shared_embeddings) -> None:
    westbrook = corpus_assistant(tmp_path, {"westbrook-enrollment-analyst.md": ANALYST, "westbrook-gardener.md": GARDENER},
                                 shared_embeddings)
    answer = westbrook.ask("What are the minimum qualifications for the university staffer who crunches "
                           "enrollment and graduation numbers?")
    assert answer.answered
    assert "Bachelor's degree in statistics" in answer.text and "2 years of professional experience" in answer.text
    assert "landscape" not in answer.text


DISPATCHER = """# Emergency Communications Dispatcher I

Larchmont County

Job Type: Full-time
Job Number: 2025-0417

## Essential Duties

- Answers 911 and non-emergency telephone lines and alarm company calls; determines the priority of each incident.
- Uses Emergency Medical Dispatch protocols to question callers and give pre-arrival instructions, such as CPR and
  bleeding control, until responders arrive.
- Enters incidents in the computer-aided dispatch system and dispatches deputies, fire apparatus and ambulances by
  radio.

## Salary

$25.62 - $36.07 hourly
"""

ELECTRICIAN = """# Electrician

City of Larchmont Heights

## Definition

Installs, maintains and repairs electrical systems in City buildings, parks and street lights.

## Licenses

Valid journey-level electrician license; CPR and first aid certification within six months of hire.

## Salary

$34.18 - $45.76 hourly
"""


def test_a_job_described_by_duties_spread_over_its_lines_is_found(tmp_path, shared_embeddings) -> None:
    larchmont = corpus_assistant(tmp_path, {"larchmont-dispatcher.md": DISPATCHER, "larchmont-electrician.md": ELECTRICIAN},
                                 shared_embeddings)
    # "talks", "sends" are in neither document, no one line holds the whole description, and the second employer's
    # initials spell "CPR": still the dispatcher, then its job number
    answer = larchmont.ask("Which job answers 911 calls, talks callers through CPR until help gets there, and sends "
                           "out deputies and ambulances by radio? What's the job number?")
    assert answer.answered and "2025-0417" in answer.text, answer.text
    assert {c.doc_id for c in answer.citations} == {"larchmont-dispatcher"}, answer.text
    # a job the description does not fit is still refused
    assert not larchmont.ask("Which job repairs aircraft engines and signs off on airworthiness inspections?").answered


def test_what_job_does_a_thing_finds_the_job_then_answers_the_second_part(tmp_path, shared_embeddings) -> None:
    larchmont = corpus_assistant(tmp_path, {"larchmont-dispatcher.md": DISPATCHER, "larchmont-electrician.md": ELECTRICIAN},
                                 shared_embeddings)
    answer = larchmont.ask("What job repairs street lights and electrical systems in city buildings? How much does it "
                           "pay?")
    assert answer.answered and "34.18" in answer.text and "25.62" not in answer.text, answer.text
    casual = larchmont.ask("whats the startin pay for the 911 dispatcher job in larchmont county?")
    assert casual.answered and "25.62" in casual.text, casual.text


LIBRARY_ASSISTANT = """THE COUNTY OF CORRIGAN invites applications for
Library Assistant
Range 38: $4,377 - $5,589 monthly

THE POSITION

Library Assistants provide circulation and patron services at the branches. They check materials in and out,
register patrons for library cards, place and process holds and answer directional questions.

PHYSICAL DEMANDS

Lift and carry boxes of books weighing up to 30 pounds.
"""


def test_the_pay_of_a_job_described_in_the_askers_own_words(tmp_path, shared_embeddings) -> None:
    corrigan = corpus_assistant(tmp_path, {"corrigan-library-assistant.txt": LIBRARY_ASSISTANT,
                                           "larchmont-electrician.md": ELECTRICIAN}, shared_embeddings)
    # "front-desk" and "signs people up" are the asker's words, not the bulletin's: half the description's words
    # stand in it, and a clause says it describes the job
    answer = corrigan.ask("At Corrigan County's libraries, what does the front-desk job that checks books in and out "
                          "and signs people up for library cards pay?")
    assert answer.answered, answer.text
    assert "4,377" in answer.text and "5,589" in answer.text, answer.text
    assert "Library Assistant" in answer.text, answer.text  # the class the description found is named


FERNCASTLE = """# Vector Control Technician

Ferncastle Mosquito and Vector Control District

FLSA: Non-exempt

## Duties

- Inspects assigned zones for mosquito breeding sources, including catch basins and storm drains; samples larvae.
- Stocks mosquitofish in ornamental ponds and unmaintained swimming pools.

## Working Conditions and Schedule

Hours worked in excess of 40 in a workweek are compensated as overtime.
"""


def test_a_fact_of_another_kind_asked_of_a_described_job(tmp_path, shared_embeddings) -> None:
    ferncastle = corpus_assistant(tmp_path, {"ferncastle-vct.md": FERNCASTLE, "larchmont-electrician.md": ELECTRICIAN},
                                  shared_embeddings)
    answer = ferncastle.ask("At the mosquito district in Ferncastle, the job that checks storm drains for larvae and "
                            "stocks mosquitofish, does it get overtime?")
    assert answer.answered, answer.text
    assert "overtime" in answer.text.split("\n", 1)[0].lower() or "Non-exempt" in answer.text, answer.text
    assert "compensated as overtime" in answer.text or "Non-exempt" in answer.text, answer.text


INSPECTOR = """STATE OF ALDERMOOR
Office of State Personnel - Classification Specification
WEIGHTS AND MEASURES INSPECTOR

DEFINITION
Under general supervision, enforces the state weights and measures law for the scales, meters and gas pumps used in trade
in an assigned district, from grocery store scales to truck scales.

EXAMPLES OF WORK
Tests and inspects scales ranging from jewelry balances to grocery, livestock and vehicle scales.
Tests retail motor-fuel dispensers for accuracy and seals or rejects devices.
Investigates consumer complaints about short weight and short measure.

MINIMUM QUALIFICATIONS
Two (2) years of experience in regulatory inspection, calibration or metrology. Education may be substituted for
the required experience as shown in the table below.
Education completed | Substitutes for
30 semester hours of college, including 6 hours of math or science | 1 year of experience
Bachelor's degree in physical science, engineering or math | 2 years of experience (all)

SPECIAL REQUIREMENTS
Employees must possess a valid driver's license and pass a criminal history background check.

PHYSICAL REQUIREMENTS AND WORKING CONDITIONS
Work is performed outdoors at fueling stations, farms and grain elevators; lifts test weights of up to 50 pounds.
"""


def test_a_described_job_is_answered_by_its_passage_of_the_kind_asked(tmp_path, shared_embeddings) -> None:
    """No class named: the job the clause describes ("the state job that tests gas pumps and grocery store scales")
    is the one whose passage states the kind of fact asked; its describing words need not be in that passage."""
    state = corpus_assistant(tmp_path, {"aldermoor-inspector.md": INSPECTOR, "larchmont-electrician.md": ELECTRICIAN},
                             shared_embeddings)
    answer = state.ask("For the Aldermoor state job that tests gas pumps and grocery store scales, can college count "
                       "instead of experience?")
    assert answer.answered, answer.text
    assert "Education may be substituted" in answer.text or "semester hours" in answer.text, answer.text
    # the clause's words stand in that document: they describe it, they are not words its passage must repeat
    snap = state.snapshots.get(state.index)
    plan = plan_query("For the Aldermoor state job that tests gas pumps and grocery store scales, can college count "
                      "instead of experience?", [], snap.catalog, snap.dictionary)
    assert not plan.doc_ids and describes_class(plan, snap, "aldermoor-inspector")
    assert not describes_class(plan, snap, "larchmont-electrician")


PLANNER = """POSITION DESCRIPTION
Class Title | Homeland Security Planner 2
Employer | State of Kessmoor

SECTION 2. POSITION PURPOSE
The incumbent identifies and assesses risks to energy, water, transportation and communications systems and writes
the related annex of the State Emergency Operations Plan.

SECTION 5. WORKING CONDITIONS
Statewide travel, including overnight stays (approximately 25% of time).
"""


def test_a_fact_asked_of_a_job_described_in_a_clause_is_that_jobs_fact(tmp_path, shared_embeddings) -> None:
    """"How much travel is there in the state job that assesses risks to power, water …?": the clause finds the job,
    and its best passage is the description; the travel is asked of the job found, not refused as unstated."""
    from conftest import corpus_assistant

    kessmoor = corpus_assistant(tmp_path, {"kessmoor-planner.txt": PLANNER}, shared_embeddings)
    answer = kessmoor.ask("How much travel is there in the state job that assesses risks to power, water and "
                          "transportation systems and writes the critical infrastructure annex of the state emergency plan?")
    assert answer.answered and "25%" in answer.text, answer.text


DBA = """WINTERBECK REGIONAL WATER AUTHORITY
POSITION DESCRIPTION
Position Title Database Administrator
Work Schedule 4/10 schedule (Monday-Thursday or Tuesday-Friday)
Probation Nine (9) months

POSITION SUMMARY
The Database Administrator installs, secures, tunes and maintains the Authority's SQL Server and Oracle databases,
including the databases behind the customer billing system, the laboratory information system and the SCADA
historian.

ESSENTIAL DUTIES
Designs backup, restore and high-availability configurations for the SQL Server and Oracle databases.
Reviews vendor database changes to the billing and laboratory systems for performance and security.
Keeps the SCADA historian databases available during water system emergencies.

WORKING CONDITIONS
Office environment and server rooms at the Authority headquarters.
"""

HELP_DESK = """# IT Help Desk Technician

City of Winterbeck

The Help Desk is staffed 6:30 a.m. to 7:00 p.m., Monday through Friday. Technicians work one of two shifts,
6:30 a.m. - 3:00 p.m. or 10:30 a.m. - 7:00 p.m., rotating monthly.

## Duties

Answers calls and tickets from City staff, resets passwords and images laptops.
"""

DEVELOPER = """# Application Developer

Winterbeck County

## Essential Functions

Develops and maintains the County's web applications and serves in the after-hours on-call rotation for production
support, approximately one week in six.
"""


def test_what_is_asked_of_a_described_job_is_found_in_that_jobs_document(tmp_path, shared_embeddings) -> None:
    """The description ("the water utility job that looks after the SQL Server and Oracle databases …") finds the
    job; its schedule sits in a label row at the top that the description's words never reach, and the other jobs'
    schedule sentences are no answer about it."""
    assistant = corpus_assistant(tmp_path, {"winterbeck-dba.txt": DBA, "winterbeck-help-desk.md": HELP_DESK,
                                            "winterbeck-developer.md": DEVELOPER}, shared_embeddings)
    answer = assistant.ask("For the water utility job that looks after the SQL Server and Oracle databases behind the "
                           "billing system, the lab system and the SCADA historian, what's the work schedule?")
    assert answer.answered and "4/10" in answer.text, answer.text
    assert "Help Desk" not in answer.text and "on-call rotation" not in answer.text, answer.text


BUS_DRIVER = """QUARRY HILLS UNIFIED SCHOOL DISTRICT
School Bus Driver

ESSENTIAL DUTIES
- Drives a school bus on assigned routes, carrying students to and from school and on field trips.
- Loads and unloads students at designated stops and keeps order among students on the bus.
- Inspects the bus before each trip and reports defects to the shop.

SALARY AND SCHEDULE
- Range 18: $23.40 - $28.95 per hour
- Hours: 6 hours per day on a split shift
  o Morning: 6:15 a.m. - 9:30 a.m.
  o Afternoon: 1:45 p.m. - 4:30 p.m.
"""


def test_the_describing_clause_finds_the_job_and_the_asked_words_pick_the_passage(tmp_path, shared_embeddings) -> None:
    """"what are the hours for the job driving students to and from school?": every duty shares the description's
    words ("students", "school"); the hours are what is asked, so the split-shift times answer."""
    assistant = corpus_assistant(tmp_path, {"quarry-hills-bus-driver.txt": BUS_DRIVER, "larchmont-electrician.md": ELECTRICIAN},
                                 shared_embeddings)
    answer = assistant.ask("At Quarry Hills USD, what are the hours for the job driving students to and from school?")
    assert answer.answered and "6:15" in answer.text and "1:45" in answer.text, answer.text


COUNTY_PHARMACIST = """DWYMOOR COUNTY
OPEN COMPETITIVE EXAMINATION ANNOUNCEMENT

CLASS TITLE: Pharmacist

THE POSITIONS
Pharmacists fill prescriptions for the County's detention health clinics and public health clinics.

MINIMUM QUALIFICATIONS
LICENSE: Possession of a valid license to practice as a pharmacist.
EXPERIENCE: No experience is required. One year of correctional pharmacy experience is desirable.
"""

CLINICAL_PHARMACIST = """# Clinical Pharmacist

Fellmoor Valley Healthcare District

## Essential Duties

- Performs pharmacokinetic dosing of vancomycin (AUC-guided) and aminoglycosides under collaborative practice protocols.
- Supports the antimicrobial stewardship program by reviewing cultures and monitoring restricted antimicrobials.
- Precepts PGY1 pharmacy residents and pharmacy students on clinical rotations.

## Minimum Qualifications

Experience: EITHER (1) successful completion of an ASHP-accredited PGY1 pharmacy residency; OR (2) two years of
post-licensure experience as a pharmacist in an acute care hospital.
"""


def test_a_class_named_by_a_title_word_gives_way_to_the_class_the_description_fits(tmp_path, shared_embeddings) -> None:
    """"the hospital pharmacist job that does AUC-based vancomycin dosing …" names "Pharmacist" (a county bulletin
    whose page holds none of the description) but describes the Clinical Pharmacist, whose title holds the word:
    the answer is the Clinical Pharmacist's experience, not the county's "No experience is required"."""
    assistant = corpus_assistant(tmp_path, {"dwymoor-county-pharmacist.txt": COUNTY_PHARMACIST,
                                            "fellmoor-valley-clinical-pharmacist.md": CLINICAL_PHARMACIST},
                                 shared_embeddings)
    answer = assistant.ask("For the hospital pharmacist job that does AUC-based vancomycin dosing, antimicrobial "
                           "stewardship and precepts PGY1 residents, what experience do you need?")
    assert answer.answered, answer.text
    assert "PGY1 pharmacy residency" in answer.text and "No experience is required" not in answer.text, answer.text
    # the county's own class, asked by its name, is still the county's
    county = assistant.ask("What experience does a Pharmacist at Dwymoor County need?")
    assert "No experience is required" in county.text, county.text
