"""'What's the difference between Custodian I and Custodian II?' on a series page: each level's own passages.

The page describes each level under its own heading, with "Distinguishing Characteristics:" and
"Definition:" label lines; the answer quotes what each named level's own passages say of it, one level after
the other, and prefixes a definition with its class ("Custodian I: Definition: …"), not with the whole heading
path. A real Chroma store and the real model index one small page.
"""

from __future__ import annotations

from conftest import corpus_assistant

SERIES = """# Groundskeeper Series

Pinecrest Unified School District

## GROUNDSKEEPER I

Definition: Under direct supervision, mows, trims and waters school lawns and athletic fields.

Distinguishing Characteristics: This is the entry level of the series; incumbents learn district methods.

## GROUNDSKEEPER II

Definition: Under general supervision, maintains irrigation systems and operates tractors and large mowers.

Distinguishing Characteristics: This is the journey level; incumbents work independently at several sites.

## MINIMUM QUALIFICATIONS

Groundskeeper I: No experience is required.

Groundskeeper II: One year of groundskeeping experience.
"""


def test_each_named_level_is_told_apart_by_its_own_passages(tmp_path, shared_embeddings) -> None:
    pinecrest = corpus_assistant(tmp_path, {"pinecrest-groundskeeper-series.md": SERIES}, shared_embeddings)
    answer = pinecrest.ask("What's the difference between Groundskeeper I and Groundskeeper II at Pinecrest?")
    assert answer.answered
    assert "entry level" in answer.text and "journey level" in answer.text
    assert answer.text.index("entry level") < answer.text.index("journey level")  # level I first
    assert "GROUNDSKEEPER I / Definition" not in answer.text


ELIGIBILITY = """COUNTY OF BRANDEL CLASS SPECIFICATION
ELIGIBILITY WORKER I/II

DISTINGUISHING CHARACTERISTICS
Eligibility Worker I: This is the entry and training level of the series. Incumbents
attend classroom training of about ten weeks and carry a reduced caseload under close supervision.
Work is closely reviewed. Incumbents may advance to Eligibility Worker II after completing twelve months
of satisfactory service.
Eligibility Worker II: This is the journey level of the series. Incumbents independently
carry a full caseload, including complex multi-program cases.

EXAMPLES OF DUTIES
Interviews applicants to determine eligibility for public assistance programs.
"""

INSPECTOR = """# Environmental Compliance Inspector II

State of Brandel

## Distinguishing Characteristics

Environmental Compliance Inspector II is the journey level of the series. Incumbents plan and carry out a full
inspection caseload with only occasional review.

This class is distinguished from the Environmental Compliance Inspector I, the entry and training level, in which
incumbents work under close supervision. It is distinguished from the Senior Environmental Compliance Inspector,
which serves as a lead worker and assigns and reviews the work of inspectors.

## Salary

$31.40 - $40.10 hourly.
"""


def test_a_level_is_told_apart_by_its_whole_paragraph_and_a_class_measured_against_a_ranked_one(
        tmp_path, shared_embeddings) -> None:
    brandel = corpus_assistant(tmp_path, {"brandel-eligibility-worker.txt": ELIGIBILITY,
                                          "brandel-env-compliance-inspector-2.md": INSPECTOR}, shared_embeddings)
    levels = brandel.ask("What's the difference between Eligibility Worker I and Eligibility Worker II at Brandel?")
    # each level's paragraph whole: its training and its caseload, not only its first sentence
    assert levels.answered and "ten weeks" in levels.text and "twelve months" in levels.text, levels.text
    assert "full caseload" in levels.text, levels.text
    # "what makes … different" asks what sets it apart, not what it earns
    apart = brandel.ask("What makes a Brandel Environmental Compliance Inspector II different from the Inspector I "
                        "and the Senior inspector?")
    assert apart.answered and "$31.40" not in apart.text, apart.text
    assert "entry and training level" in apart.text and "lead worker" in apart.text, apart.text


LIBRARIAN = """# Librarian I/II

Brightmoor Library District

## Librarian I

Librarian I is the entry level. Incumbents provide reference service and present programs under the
guidance of a Librarian II or the Branch Manager.

## Librarian II

Librarian II is the experienced, fully proficient level of the series. Incumbents perform the full range of public
service duties with minimal guidance. They design program series and represent the District at community
meetings. A Librarian II serves as the person in charge of the branch in the Branch Manager's absence. Unlike the
Librarian I, a Librarian II has collection development authority: the incumbent selects and orders materials. A
Librarian II also supervises assigned Library Assistants and Pages.

## Examples of Duties

- Provides reference and readers' advisory service.
"""


def test_what_a_level_does_that_the_other_does_not_is_its_whole_paragraph(tmp_path, shared_embeddings) -> None:
    brightmoor = corpus_assistant(tmp_path, {"brightmoor-librarian-series.md": LIBRARIAN}, shared_embeddings)
    answer = brightmoor.ask("What can a Librarian II at Brightmoor do that a Librarian I can't?")
    assert answer.answered and "collection development" in answer.text and "supervises" in answer.text, answer.text



def test_the_level_named_first_is_the_one_measured_against_the_other(tmp_path, shared_embeddings) -> None:
    """"What does a Librarian II do at Brightmoor that a Librarian I doesn't?": the employer between the verb and
    "that" still measures one level against the other."""
    brightmoor = corpus_assistant(tmp_path, {"brightmoor-librarian-series.md": LIBRARIAN}, shared_embeddings)
    answer = brightmoor.ask("What does a Librarian II do at Brightmoor that a Librarian I doesn't?")
    assert answer.answered and "collection development" in answer.text, answer.text
    assert "Librarian I is the entry level" not in answer.text, answer.text


HIGHWAY = """# Highway Engineer Series

State of Tollmere

## Level Descriptions

### Highway Engineer II

The journey level. Incumbents serve as the project engineer on design projects, work independently and seal plans
as a registered engineer. Highway Engineer II positions do not have formal supervisory responsibility.

### Highway Engineer III

The supervisory level. A Highway Engineer III supervises a design squad or serves as the Resident Engineer of a
construction residency, and hires, trains and evaluates subordinate engineers.

## Minimum Qualifications

Highway Engineer II: Registration as a Professional Engineer and three years of experience.

Highway Engineer III: Registration as a Professional Engineer and four years of experience.
"""


def test_a_higher_level_measured_against_a_lower_one_earlier_on_the_page(tmp_path, shared_embeddings) -> None:
    tollmere = corpus_assistant(tmp_path, {"tollmere-highway-engineer-series.md": HIGHWAY}, shared_embeddings)
    answer = tollmere.ask("What does a Highway Engineer III do at the State of Tollmere that a Highway Engineer II "
                          "doesn't?")
    assert answer.answered and "Resident Engineer" in answer.text, answer.text


def test_a_levels_paragraph_under_level_distinctions_is_its_own(tmp_path, shared_embeddings) -> None:
    """The levels' headings under "## Distinguishing Characteristics" are of that kind now; the level's own
    paragraph is still what it does that the other cannot."""
    nested = LIBRARIAN.replace("## Librarian I\n", "## Distinguishing Characteristics\n\n### Librarian I\n").replace(
        "## Librarian II\n", "### Librarian II\n")
    brightmoor = corpus_assistant(tmp_path, {"brightmoor-librarian-series.md": nested}, shared_embeddings)
    answer = brightmoor.ask("What can a Librarian II at Brightmoor do that a Librarian I can't?")
    assert answer.answered and "collection development" in answer.text and "supervises" in answer.text, answer.text


def test_a_distinctions_section_under_no_level_heading_is_not_the_levels_answer(tmp_path, shared_embeddings) -> None:
    """"Minimum qualifications for Specialist II?": a distinguishing section that only mentions the level ("…
    Specialist II is the journey level") is no passage of that level's own; the requirements answer."""
    spec = ("QUILLON COUNTY\n\nPROCUREMENT SPECIALIST II\n\nDEFINITION\n\nUnder general direction, plans and conducts "
            "the purchase of goods and services.\n\nDISTINGUISHING CHARACTERISTICS\n\nProcurement Specialist II is the "
            "journey level of the Procurement Specialist series.\n\nMINIMUM QUALIFICATIONS\n\nA bachelor's degree in "
            "business administration AND three years of professional public sector procurement experience.\n")
    quillon = corpus_assistant(tmp_path, {"quillon-county-procurement-specialist-2.txt": spec}, shared_embeddings)
    answer = quillon.ask("What are the minimum qualifications for Specialist II at Quillon County?")
    assert answer.answered and "three years" in answer.text, answer.text


EPIDEMIOLOGIST = """# Public Health Epidemiologist Series

Carnwick County

## Classes in this Series

Class Title | Class Code | FLSA | Bargaining Unit
Public Health Epidemiologist II | 4313 | Exempt | Unit H (Health Professionals)
Public Health Epidemiologist III | 4314 | Exempt | Unit H (Health Professionals)
Supervising Public Health Epidemiologist | 4318 | Exempt | Unit S (Supervisory)

## Distinguishing Characteristics

Level | Role | Supervision Received | Supervision Exercised
Epidemiologist II | Journey level. Independently manages surveillance for an assigned program area and conducts routine outbreak investigations. | General supervision. | May train student interns.
Epidemiologist III | Advanced journey level. Leads complex or multi-jurisdictional outbreak investigations and designs analytic studies. | General direction from the Supervising Epidemiologist. | Provides lead direction to Epidemiologist II staff but does not hire, evaluate or discipline them.
Supervising Epidemiologist | First-line supervisor of the division's analytic staff. | Administrative direction. | Supervises Epidemiologist II and III staff.

## Examples of Duties

- Monitors reportable disease data from laboratories and providers.
- Prepares health advisories and surveillance summaries.
"""


def test_what_a_level_does_beyond_another_is_its_row_of_the_distinctions_table(tmp_path, shared_embeddings) -> None:
    """"What does a III do beyond the II?" asks a difference; the distinctions table names its levels short
    ("Epidemiologist III"), and the Supervising class's code row, whose name says "Supervising", states no kind of
    fact asked."""
    carnwick = corpus_assistant(tmp_path, {"carnwick-epidemiologist-series.md": EPIDEMIOLOGIST}, shared_embeddings)
    answer = carnwick.ask("At Carnwick County, what does a Public Health Epidemiologist III do beyond the II, and "
                          "does the III supervise anyone?")
    assert answer.answered, answer.text
    assert "Leads complex or multi-jurisdictional" in answer.text, answer.text
    assert "does not hire, evaluate or discipline" in answer.text, answer.text
    first = answer.text.split("\n")[1]
    assert "4318" not in first and "Monitors reportable" not in first, answer.text


BULLETIN = """STAVELY COUNTY CIVIL SERVICE COMMISSION

 CLASS TITLE                       CLASS NO.     MONTHLY SALARY
 FISCAL OFFICER I                  7141          $5,318 - $6,788
 FISCAL OFFICER II                 7142          $6,105 - $7,792

THE POSITIONS
-------------------------------------------------------------------------
   FISCAL OFFICER I - Entry-level professional fiscal work.
   FISCAL OFFICER II - Journey-level professional fiscal work.

MINIMUM QUALIFICATIONS
-------------------------------------------------------------------------

FISCAL OFFICER I:
   EITHER (1) A bachelor's degree in accounting, finance, business or
   public administration INCLUDING at least twelve (12) semester units of
   accounting;
   OR (2) Four (4) years of full-time paraprofessional accounting
   experience AND six (6) semester units of accounting.

FISCAL OFFICER II:
   The education required for Fiscal Officer I AND two (2) years of
   professional fiscal experience at a level equivalent to Fiscal Officer
   I in Stavely County. A master's degree in accounting, finance, business
   administration or public administration may substitute for one (1)
   year of the required experience.

HOW TO APPLY
-------------------------------------------------------------------------
   Apply online at www.stavely.example.
"""


def test_how_two_levels_requirements_differ_quotes_each_levels_block_whole(tmp_path, shared_embeddings) -> None:
    """The II's block ends on what sets it apart ("A master's degree … may substitute …"): each level's
    requirements are quoted whole, not the positions' one-line summaries."""
    stavely = corpus_assistant(tmp_path, {"stavely-fiscal-officer-bulletin.txt": BULLETIN}, shared_embeddings)
    answer = stavely.ask("In Stavely County, how do the minimum qualifications for Fiscal Officer II differ from "
                         "Fiscal Officer I?")
    assert answer.answered, answer.text
    assert "master's degree" in answer.text and "12 semester units" in answer.text, answer.text
    assert "Entry-level professional fiscal work" not in answer.text, answer.text


DETENTION = """# Detention Officer Series

Marwick County Sheriff's Office

Detention Officer I · Detention Officer II · Detention Sergeant

| Class Title | Class Code | FLSA | Probation |
|---|---|---|---|
| Detention Officer I | 6121 | Non-exempt | 12 months |
| Detention Officer II | 6122 | Non-exempt | 12 months (6 months if advanced from Detention Officer I) |
| Detention Sergeant | 6125 | Non-exempt | 12 months |

## Series Concept

Detention Officer I is the entry and training level. Detention Officer II is the journey level. Detention Sergeant
is the first-line supervisory level.

## Distinguishing Characteristics

Detention Officer I: Learns jail policies and post orders under close supervision.

Detention Officer II: Independently performs the full range of custody duties on any post. Does not supervise other
officers.

Detention Sergeant: Supervises a shift team of eight to fourteen Detention Officers; assigns posts, conducts shift
briefings and reviews use-of-force reports.

## Minimum Qualifications

### Detention Officer II

One year of experience as a Detention Officer I with Marwick County.

### Detention Sergeant

Either: three years as a Detention Officer II with Marwick County; or: five years as a detention officer with
another agency.
"""


def test_a_rank_class_measured_against_a_level_is_answered_by_its_own_passage(tmp_path, shared_embeddings) -> None:
    """"What does a Detention Sergeant … do that a Detention Officer II doesn't?": the Sergeant, named first, is
    asked about; the II is what it is measured against."""
    marwick = corpus_assistant(tmp_path, {"marwick-detention-officer-series.md": DETENTION}, shared_embeddings)
    answer = marwick.ask("What does a Detention Sergeant at Marwick County do that a Detention Officer II doesn't?")
    assert answer.answered and "shift team of eight" in answer.citations[0].quote, answer.text



ELIGIBILITY_SERIES = """# Human Services Eligibility Technician I / II / III

Sennowick County

## Distinguishing Characteristics

Human Services Eligibility Technician I: This is the entry and training level. Incumbents attend the Eligibility
Induction Academy and carry a reduced caseload under close supervision.

Human Services Eligibility Technician II: This is the journey level. Incumbents carry a full caseload under general
supervision, with only periodic case review.

Human Services Eligibility Technician III: This is the advanced journey level. In addition to carrying a caseload,
incumbents determine eligibility for the most complex cases, including Medicaid long-term care; serve as lead workers
who train new Technicians; and conduct second-party case reviews for quality control.

## Examples of Duties (all levels)

- Interviews applicants in person, by telephone or by video; explains program requirements.
- Reviews pay stubs, bank statements and leases; requests missing verification.
- Enters case data in the statewide eligibility system and resolves system alerts.

## Minimum Qualifications

One year of public contact experience.
"""


def test_what_a_level_does_beyond_another_is_its_own_paragraph_not_every_levels_duties(tmp_path,
                                                                                       shared_embeddings) -> None:
    """"What does a … Technician III do that a Technician II doesn't?": the III's labelled paragraph (its name is
    longer than the first 40 characters, which end on "Technician II") sets it apart; the duties of all levels do not."""
    from conftest import corpus_assistant

    sennowick = corpus_assistant(tmp_path, {"sennowick-eligibility-technician.md": ELIGIBILITY_SERIES}, shared_embeddings)
    answer = sennowick.ask("What does a Sennowick Eligibility Technician III do that a Technician II doesn't?")
    assert answer.answered and "long-term care" in answer.text and "lead workers" in answer.text, answer.text
    assert "Interviews applicants" not in answer.text, answer.text


def test_a_passages_opening_reads_on_to_the_end_of_the_word_it_cuts() -> None:
    from assistant.answering.evidence import level_mentions, opening_of

    text = "Human Services Eligibility Technician III: This is the advanced journey level."
    assert opening_of(text) == "Human Services Eligibility Technician III:"
    assert level_mentions(opening_of(text), "Human Services Eligibility Technician I / II / III", ["I", "II", "III"]) == ["III"]

