"""Which classes a question names when it names employers too (assistant.query.catalog): each named employer's
class, weaker matches at a second employer, ranks before and after a title, and a class the catalog lacks there."""

from __future__ import annotations

from assistant.query.catalog import Catalog

from query.test_catalog import ids, record


def test_each_named_employer_keeps_its_best_class_however_it_scores_against_the_other() -> None:
    """"Sheriff's Records Specialist" is named in full, "Deputy Sheriff" only in part of "Deputy Sheriff Trainee":
    with both employers named, both classes are subjects of the comparison."""
    records = [record("ostrander-records", "Sheriff's Records Specialist I/II", "Ostrander County"),
               record("carrow-deputy", "Deputy Sheriff Trainee", "Carrow County"),
               record("carrow-clerk", "Account Clerk", "Carrow County")]
    catalog = Catalog.from_documents(records)
    question = "Which has the longer probation: Sheriff's Records Specialist at Ostrander County or Deputy Sheriff at Carrow County?"
    assert sorted(ids(catalog.match(question))) == ["carrow-deputy", "ostrander-records"]
    # one employer named: the clearly better match still hides the weaker one
    assert ids(catalog.match("Probation of a Sheriff's Records Specialist or a deputy sheriff at Ostrander County?")) == [
        "ostrander-records"]


def test_a_second_named_employer_keeps_a_class_its_question_names_only_in_part() -> None:
    """"a Pellham County 911 dispatcher" names only part of the "Emergency Communications Dispatcher I (911
    Telecommunicator)": beside a class named in full at the other employer, it is still the second subject."""
    records = [record("harrowfield-deputy", "Detention Deputy", "Harrowfield County"),
               record("pellham-dispatcher", "Emergency Communications Dispatcher I (911 Telecommunicator)", "Pellham County"),
               record("pellham-clerk", "Account Clerk", "Pellham County")]
    catalog = Catalog.from_documents(records)
    question = "How do the shift schedules compare for a Harrowfield County Detention Deputy and a Pellham County 911 dispatcher?"
    assert ids(catalog.match(question)) == ["harrowfield-deputy", "pellham-dispatcher"]
    # a second employer none of whose titles the question touches adds nothing
    assert ids(catalog.match("Compare a Harrowfield County Detention Deputy with Pellham County's pay")) == [
        "harrowfield-deputy"]


def test_a_rank_before_a_title_of_several_words_names_the_whole_class() -> None:
    catalog = Catalog.from_documents([record("saltmarsh-dispatcher", "Public Safety Dispatcher", "City of Saltmarsh Harbor")])
    match = catalog.match("How much does a Senior Public Safety Dispatcher make in Saltmarsh Harbor?")
    assert match.unlisted == "Senior Public Safety Dispatcher", match.missing


def test_a_departments_words_at_another_employer_name_no_missing_class() -> None:
    """"the entry-level Public Works job at Dunmere County" shares two words with Pell's Crossing's "Public Works
    Mechanic" but not its kind of job: no "no Public Works Mechanic specification for Dunmere County"."""
    catalog = Catalog.from_documents([record("pells-mechanic", "Public Works Mechanic", "Town of Pell's Crossing"),
                                      record("dunmere-tech", "Engineering Technician I/II/III", "Dunmere County")])
    match = catalog.match("At Dunmere County, what's the salary range for the entry-level Public Works job doing "
                          "survey crew work?")
    assert not match.missing and ids(match) == []
    # the kind of job named too: that class at the named employer is missing
    assert "no Public Works Mechanic specification" in catalog.match("What does a Public Works Mechanic earn at Dunmere County?").missing


def test_a_rank_written_after_the_title_names_another_class() -> None:
    electric = Catalog.from_documents([record("pellston-electrician", "Electrician", "City of Pellston Ridge")])
    match = electric.match("What's the pay range for an Electrician Supervisor at the City of Pellston Ridge?")
    assert ids(match) == [] and match.unlisted == "Electrician Supervisor"
    assert "no Electrician Supervisor specification" in match.missing
    # … after a whole title of several words too, its head a compound ("Caseworker")
    caseworker = Catalog.from_documents([record("valdessa-cwc", "Child Welfare Caseworker", "State of Valdessa")])
    match = caseworker.match("What is the salary range for the Child Welfare Caseworker Supervisor at the State of Valdessa?")
    assert ids(match) == [] and match.unlisted == "Child Welfare Caseworker Supervisor"
    # … but a series' title: the rank may name one of its classes ("Line Mechanic Apprentice" in the series page)
    series = Catalog.from_documents([record("yarrowfield-line", "Line Mechanic Series", "Yarrowfield Public Power District")])
    match = series.match("When does a Line Mechanic Apprentice at Yarrowfield Public Power District need a Class A CDL?")
    assert ids(match) == ["yarrowfield-line"] and not match.missing
    # "supervisor" in lower case after the title is the asker's word, not a title
    assert ids(electric.match("Who is the Pellston Ridge electrician supervisor?")) == ["pellston-electrician"]
    # a family's name is no job's: "IT Support Lead" may be a level of the "IT Support" family
    family = Catalog.from_documents([record("ashby-it-support", "Job Family Matrix: IT Support", "Ashby University")])
    assert ids(family.match("What's the salary band for an IT Support Lead at Ashby University?")) == ["ashby-it-support"]


def test_a_postings_unit_after_a_dash_does_not_hide_its_class() -> None:
    postings = Catalog.from_documents([
        record("brindle-custodian", "Custodian (Night Shift) - Harmon Elementary School", "Brindle Unified School District"),
        record("brindle-clerk", "Account Clerk", "Brindle Unified School District")])
    assert ids(postings.match("How long is probation for a custodian at Brindle USD?")) == ["brindle-custodian"]


def test_a_weaker_title_at_the_named_employer_beats_a_better_one_elsewhere() -> None:
    two = Catalog.from_documents([
        record("fernhaven-csr", "Customer Service Representative II - Utility Billing", "City of Fernhaven"),
        record("sablewood-ubs", "Utility Billing Specialist", "Sablewood Valley Water District"),
        record("alder-ps", "Payroll Specialist", "City of Alder"), record("alder-rs", "Records Specialist", "City of Alder"),
        record("alder-its", "IT Specialist", "City of Alder")])
    match = two.match("fernhaven utility billing rep - is it mon-fri or do u have to work weekends")
    assert ids(match) == ["fernhaven-csr"] and not match.missing


def test_a_title_naming_another_job_at_the_employer_is_unlisted_though_it_shares_words() -> None:
    gannet = Catalog.from_documents([record("gannet-srt", "Sheriff's Records Technician", "Gannet County"),
                                     record("alder-clerk", "Account Clerk", "City of Alder")])
    match = gannet.match("What does a Sheriff's Records Supervisor make at Gannet County?")
    assert ids(match) == [] and "Records Supervisor" in match.unlisted
    assert ids(gannet.match("What does a Sheriff's Records Technician make at Gannet County?")) == ["gannet-srt"]
    assert ids(gannet.match("what do records techs make at gannet county?")) == ["gannet-srt"]


def test_the_employers_initials_before_a_title_name_no_other_class() -> None:
    svusd = Catalog.from_documents([
        record("svusd-para", "Paraeducator (Instructional Assistant)", "Sorrel Valley Unified School District"),
        record("svusd-custodian", "Custodian", "Sorrel Valley Unified School District")])
    match = svusd.match("Besides a high school diploma, what education options qualify someone for the SVUSD "
                        "Paraeducator class?")
    assert ids(match) == ["svusd-para"] and not match.missing


def test_the_employers_name_before_a_title_is_no_part_of_a_class_the_catalog_lacks() -> None:
    """"the Kestrel Valley USD Teacher on Special Assignment": the words before "Teacher" name the employer, so they
    ask for no "Kestrel Valley USD Teacher" class besides the one the catalog has."""
    records = [record("kv-tosa", "Teacher on Special Assignment (TOSA) - Instructional Technology",
                      "Kestrel Valley Unified School District"),
               record("kv-aide", "Instructional Aide", "Kestrel Valley Unified School District")]
    catalog = Catalog.from_documents(records)
    match = catalog.match("How many days is the work year for the Kestrel Valley USD Teacher on Special Assignment in "
                          "instructional technology?")
    assert ids(match) == ["kv-tosa"] and not match.missing
    # a class of another kind at that employer is still missing
    assert "Library Aide" in catalog.match("What does a Kestrel Valley USD Library Aide earn?").missing


def test_a_class_named_in_a_clause_describing_the_asked_job_is_not_the_job_asked() -> None:
    """The bus drivers the manager supervises are what the job works with: no "Bus Operator" is asked at Linden
    Valley, so nothing is missing there (the passages decide which class it is)."""
    records = [record("lv-transport", "Transportation Supervisor", "Linden Valley Unified School District"),
               record("cordale-bus", "Bus Operator", "Cordale Regional Transit District")]
    catalog = Catalog.from_documents(records)
    match = catalog.match("Who does the Linden Valley school district manager who runs the bus routes and supervises "
                          "the bus drivers report to?")
    assert not match.missing and ids(match) == []
    # named as the subject, the class the employer lacks is still missing there
    assert "Bus Operator" in catalog.match("What does a Bus Operator at Linden Valley USD earn?").missing


def test_a_credential_the_state_issues_names_no_state_employer() -> None:
    """"… require a State Appraiser Certificate?" over one State's documents: the certificate's issuer, not the State of
    Rellonia (whose lack of an "Appraiser" class made the list question a refusal); "the State" asked of still names it."""
    catalog = Catalog.from_documents([
        record("rellonia-row-agent", "Right-of-Way Agent", "State of Rellonia"),
        record("mirrowen-auditor-appraiser", "Auditor-Appraiser", "Mirrowen County"),
    ])
    match = catalog.match("Which of these jobs require a State Appraiser Certificate?")
    assert match.employers == [] and not match.missing
    assert catalog.match("Does the State require a license for the Right-of-Way Agent?").employers == ["State of Rellonia"]


def test_words_two_employers_names_share_name_only_the_one_named_outright() -> None:
    """"… at the Superior Court of Danforth County": not also the Superior Court of Elsmere County, whose name shares
    "superior", "court" and "county" with it."""
    catalog = Catalog.from_documents([
        record("danforth-clerk", "Court Clerk I / Court Clerk II", "Superior Court of Danforth County"),
        record("elsmere-ja", "Judicial Assistant", "Superior Court of Elsmere County"),
    ])
    match = catalog.match("What is the salary range for the Judicial Assistant class at the Superior Court of Danforth County?")
    assert match.employers == ["Superior Court of Danforth County"]
    assert catalog.match("Judicial Assistant pay at Elsmere superior court").employers == ["Superior Court of Elsmere County"]


def test_a_word_saying_what_kind_of_body_names_no_employer() -> None:
    """'Harbor Patrol Officers' of the City of Kelmarsh: the word 'harbor' that the Hessingford Harbor District's name
    shares names that district no more than 'water' names every water district; its place's name would."""
    records = [record("hessingford-hpo", "Harbor Patrol Officer", "Hessingford Harbor District"),
               record("kelmarsh-hpo", "Harbor Patrol Officer", "City of Kelmarsh")]
    catalog = Catalog.from_documents(records)
    match = catalog.match("What night shift differential does the City of Kelmarsh pay its Harbor Patrol Officers?")
    assert match.employers == ["City of Kelmarsh"] and ids(match) == ["kelmarsh-hpo"]
    assert catalog.match("What does a Hessingford harbor patrol officer make?").employers == ["Hessingford Harbor District"]


def test_words_saying_what_kind_of_body_name_the_one_such_employer_when_no_other_is_named() -> None:
    records = [record("isenholt-bmw", "Building Maintenance Worker", "Isenholt Community College District"),
               record("gildmoor-plumber", "Plumber", "Gildmoor State University")]
    catalog = Catalog.from_documents(records)
    match = catalog.match("For the community college job that changes HVAC filters, what certification do you need?")
    assert match.employers == ["Isenholt Community College District"]


def test_a_kind_of_body_two_employers_share_names_neither() -> None:
    records = [record("gorsebrook-berthing", "Berthing Coordinator", "Gorsebrook Port Authority"),
               record("larrowby-security", "Port Security Officer", "Larrowby Port District")]
    catalog = Catalog.from_documents(records)
    assert catalog.match("What pay grade does the port job that assigns berths to arriving ships have?").employers == []


def test_a_word_of_the_class_named_is_no_second_employers_name() -> None:
    """"a Street Lighting Electrician at the City of Brathmoor" names Brathmoor's electrician; "Lighting" is the
    class's word, not the Caldwick Public Lighting District's name, whose electrician has the same title."""
    records = [record("brathmoor-electrician", "Street Lighting Electrician", "City of Brathmoor"),
               record("caldwick-electrician", "Street Lighting Electrician", "Caldwick Public Lighting District")]
    catalog = Catalog.from_documents(records)
    question = "What is the biweekly pay for a Street Lighting Electrician at the City of Brathmoor?"
    assert ids(catalog.match(question)) == ["brathmoor-electrician"]
    assert sorted(catalog.match(question).employers) == ["City of Brathmoor"]
    # named by its own word, the district is the second employer
    assert sorted(ids(catalog.match("Street Lighting Electrician pay: City of Brathmoor or Caldwick?"))) == [
        "brathmoor-electrician", "caldwick-electrician"]


def test_an_employers_word_in_its_own_classs_title_still_names_it() -> None:
    """"Kilnmoor" stands in the court's own class title ("Kilnmoor Superior Court Courthouse Security Screener"): it
    names that court beside the county named outright."""
    records = [record("kilnmoor-screener", "Kilnmoor Superior Court Courthouse Security Screener",
                      "Superior Court of Kilnmoor County"),
               record("hullmere-console", "Security Console Operator", "Hullmere County")]
    catalog = Catalog.from_documents(records)
    question = ("Which has the longer probationary period: a Courthouse Security Screener at Kilnmoor County Superior "
                "Court or a Security Console Operator at Hullmere County?")
    assert sorted(ids(catalog.match(question))) == ["hullmere-console", "kilnmoor-screener"]


def test_the_place_word_that_begins_an_employers_name_names_it() -> None:
    """"pitchcombe hospital housekeeping aide": "Pitchcombe", the first word of the Pitchcombe County Health System's
    name and of no other employer's or title, names it though the name's other words are not typed; a place word two
    employers share names neither by itself."""
    records = [record("pitchcombe-aide", "Housekeeping Aide", "Pitchcombe County Health System"),
               record("oldbarrow-aide", "Housekeeping Aide", "Oldbarrow County Sheriff's Office Detention Center")]
    catalog = Catalog.from_documents(records)
    match = catalog.match("pitchcombe hospital housekeeping aide - do i need experience??")
    assert match.employers == ["Pitchcombe County Health System"] and ids(match) == ["pitchcombe-aide"]
    # a word the place's name only looks like names no employer ("on call" is no "Calloway")
    transit = Catalog.from_documents([record("calloway-supervisor", "Maintenance Supervisor", "Calloway Area Transit"),
                                      record("glenrock-specialist", "Water Quality Specialist", "Glenrock Water District")])
    assert transit.match("Which jobs involve being on call for emergencies?").employers == []
    shared = Catalog.from_documents([record("health-aide", "Housekeeping Aide", "Pitchcombe County Health System"),
                                     record("water-aide", "Housekeeping Aide", "Pitchcombe Valley Regional Water Authority")])
    assert shared.match("pitchcombe housekeeping aide pay").employers == []


def test_the_employers_place_and_its_name_cut_short_name_no_missing_class() -> None:
    """"At Myrtledge Tech, who does the person who mixes reagents … report to?": the college named by its place and its
    "Technical" cut short; no "Myrtledge Technician" the college lacks."""
    catalog = Catalog.from_documents([
        record("myrtledge-stockroom", "Laboratory Stockroom Coordinator", "Myrtledge Technical College District"),
        record("other-tech", "Engineering Technician", "Corvale County")])
    match = catalog.match("At Myrtledge Tech, who does the person who mixes reagents and sets up the lab sections report to?")
    assert match.employers == ["Myrtledge Technical College District"]
    assert not match.missing, match.missing
