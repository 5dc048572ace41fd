"""A question asking two things is split into its two questions, and only then."""

from __future__ import annotations

from assistant.query.parts import question_parts, without_description


def test_two_questions_joined_by_and_are_split():
    assert question_parts("What's the class code of the Civil Engineering Associate, and what special personal "
                          "characteristic does it list?") == [
        "What's the class code of the Civil Engineering Associate?",
        "what special personal characteristic does it list?",
    ]


def test_one_question_with_and_is_not_split():
    assert question_parts("What are the pay and the duties of a Carpenter?") == [
        "What are the pay and the duties of a Carpenter?"]
    assert question_parts("Do you need a license and a degree, and experience?") == [
        "Do you need a license and a degree, and experience?"]


def test_a_part_too_short_to_stand_alone_is_not_split():
    assert question_parts("Pay, and what else?") == ["Pay, and what else?"]


def test_a_second_question_after_a_question_mark_is_a_part() -> None:
    assert question_parts("Which City job does cost-benefit studies of information systems? What's its class code?") == [
        "Which City job does cost-benefit studies of information systems?", "What's its class code?"]
    assert question_parts("Is it hard? Yes.") == ["Is it hard? Yes."]
    # a chat question's second question typed without its apostrophe
    assert question_parts("is the disease intervention specialist job in varnholt union? whats the flsa") == [
        "is the disease intervention specialist job in varnholt union?", "whats the flsa"]


def test_a_yes_no_question_after_a_comma_is_a_second_part() -> None:
    assert question_parts("whats the overtime deal for correctional officers in talmadge, can they make u stay late") \
        == ["whats the overtime deal for correctional officers in talmadge?", "can they make u stay late"]
    # a condition before the comma is no question of its own
    assert question_parts("If I work nights, do I get a differential?") == ["If I work nights, do I get a differential?"]


def test_a_yes_no_question_about_a_thing_after_the_comma_is_a_second_part() -> None:
    assert question_parts("wat degree do i need for the payroll analyst job, can experience count instead") == [
        "wat degree do i need for the payroll analyst job?", "can experience count instead"]


def test_a_second_question_joined_by_a_bare_and_is_split() -> None:
    """"… the probation period n do i need my own car": a chat "n" is "and", and "and do i …" opens a question."""
    assert question_parts("sanitarian job harlow co - whats the probation period n do i need my own car") == [
        "sanitarian job harlow co - whats the probation period?", "do i need my own car"]
    assert question_parts("What is the salary and is there a night differential?") == [
        "What is the salary?", "is there a night differential?"]
    assert question_parts("What are the duties and responsibilities of the Clerk?") == [
        "What are the duties and responsibilities of the Clerk?"]


def test_the_asked_part_is_the_question_without_the_clause_describing_the_job() -> None:
    from assistant.query.parts import asked_part

    assert asked_part("How much travel is there in the state job that assesses risks to power, water and transportation "
                      "systems?") == "How much travel is there?"
    assert asked_part("Who supervises the court employee who keeps the judge's calendar?") == "Who supervises?"
    assert asked_part("What is the salary of the Office Assistant II?") == ""


def test_a_participle_after_the_job_opens_the_clause_describing_it() -> None:
    """"the job guarding inmates in the county jail" describes the job as "the job that guards …" does; a noun in -ing
    after "job" ("the job posting") describes nothing."""
    from assistant.query.parts import asked_part, describes_job, without_description

    question = "What does Harrowfield County pay for the job guarding inmates in the county jail?"
    assert describes_job(question)
    assert asked_part(question) == "What does Harrowfield County pay?"
    assert "inmates" not in without_description("For the county job handing out medications in the jail, what license "
                                                "do you need?")
    assert not describes_job("When does the job posting for the Detention Deputy close?")
    assert not describes_job("Is the job opening still accepting applications?")


def test_the_words_only_the_describing_clause_holds() -> None:
    """They found the job; what is asked of it is the rest ("the hours"). The clause ends with its sentence, so a
    question after it ("How long is the academy …?") keeps its own words; a question asking which job fits the
    description has none set aside."""
    from assistant.query.parts import description_words, without_description

    words = description_words("At Quarrington USD, what are the hours for the job driving students to and from school?")
    assert {"driving", "students", "school"} <= words and "hours" not in words
    question = ("There's a police job that patrols buses and light-rail stations. How long is the academy for new "
                "recruits?")
    assert "academy" in without_description(question) and "patrols" not in without_description(question)
    assert "academy" not in description_words(question) and "patrols" in description_words(question)
    assert description_words("Which job drives students to and from school?") == set()


def test_the_questions_own_report_to_ends_the_clause_describing_the_job() -> None:
    """"Who does the community college job that certifies student veterans' enrollment report to, and what hours does
    it work?": "report to" is what is asked of the job, no part of what the job does."""
    asked = without_description("Who does the community college job that certifies student veterans' enrollment "
                                "report to, and what hours does it work?")
    assert "report to" in asked and "certifies" not in asked


def test_a_second_question_opening_on_its_own_question_word_after_and_is_a_part() -> None:
    """"… how many clubs is it and who's the boss": two questions; "the difference between the I and what the II does"
    and "who supervises and evaluates …" are one."""
    from assistant.query.parts import question_parts

    assert question_parts("quernhill county 4-h coordinator how many clubs is it and who's the boss") == [
        "quernhill county 4-h coordinator how many clubs is it?", "who's the boss"]
    assert question_parts("What are the duties and what is the salary?") == ["What are the duties?",
                                                                              "what is the salary?"]
    assert len(question_parts("What is the difference between the I and what the II does?")) == 1
    assert len(question_parts("Who supervises and evaluates the clerks?")) == 1
