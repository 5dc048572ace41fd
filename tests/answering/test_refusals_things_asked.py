"""A yes/no question asks whether there is a thing ("a polygraph test", "a county vehicle", "a food handler card"):
a passage stating another thing of the same kind, or one close in meaning, does not answer it. Real components:
each corpus synced into a real Chroma store with the real embedding model."""

from __future__ import annotations

from conftest import corpus_assistant

SPEC = ("# Extension Educator\n\nCity of Alder\n\n## Special Requirements\n\nA valid driver's license and the ability to "
        "travel throughout the County, including to farms and rural sites.\n\n## Advancement\n\nAn Educator I may be "
        "advanced to Educator II without examination after 12 months of service and a call-plan rate of at least "
        "90%.\n\n## Duties\n\n- Teaches pesticide safety classes to growers.\n- Writes a monthly newsletter.\n")


def test_a_thing_asked_whether_there_is_is_named_or_refused(tmp_path, shared_embeddings) -> None:
    alder = corpus_assistant(tmp_path, {"alder-extension-educator.md": SPEC}, shared_embeddings)
    polygraph = alder.ask("Do Alder Extension Educators have to take a polygraph test?")
    assert not polygraph.answered and "polygraph" in polygraph.text, polygraph.text
    vehicle = alder.ask("Do Alder Extension Educators get a county vehicle for driving out to farms?")
    assert not vehicle.answered and "vehicle" in vehicle.text, vehicle.text
    license_ = alder.ask("Do Alder Extension Educators need a driver's license?")
    assert license_.answered and "valid driver's license" in license_.text, license_.text


def test_only_a_thing_one_gets_takes_or_needs_counts_not_a_job_described_nor_a_later_sentence() -> None:
    """The thing is what a one-sentence question asks one gets, takes or needs ("a county vehicle"): not a job it
    describes ("an entry-level office job …"), not "a plus", not a second sentence's "a fire crew"."""
    from assistant.answering.asked_thing import names_the_thing_asked
    from assistant.query.plan import QueryPlan

    def plan(question: str) -> QueryPlan:
        return QueryPlan(question=question, standalone=question)

    assert names_the_thing_asked(plan("Do Alder Educators get a county vehicle for driving out to farms?"), ["vehicle"])
    assert not names_the_thing_asked(plan("is there any other licence that's a plus?"), ["plus"])
    assert not names_the_thing_asked(plan("Is there an entry-level office job with the City of Alder that doesn't need "
                                          "a high school diploma?"), ["entry", "office"])
    assert not names_the_thing_asked(plan("do u need a degree to be a forestry tech 1? i just have my GED and one "
                                          "summer on a fire crew"), ["crew"])
    assert not names_the_thing_asked(plan("do u need a CNA cert to be a nursing asst for the state?"), ["asst"])
    assert not names_the_thing_asked(plan("do they need any special credential?"), ["special"])


RIGGER = ("# Stage Rigger\n\nCounty of Marlow\n\n## Advancement\n\nA Stage Rigger I may be advanced to Stage Rigger II "
          "after 12 months of service upon showing current ETCP Certified Rigger certification.\n\n## Duties\n\n"
          "- Installs and inspects counterweight rigging.\n- Signs the daily rigging inspection log.\n")
USHER = ("# Theater Usher Lead\n\nCity of Brill\n\n## Training\n\nNew leads complete a crowd management course within "
         "six months. The City reimburses the crowd management course fee of $95.\n")


def test_a_question_asking_who_pays_for_a_cost_is_answered_only_by_a_passage_saying_it(tmp_path, shared_embeddings) -> None:
    """"Will the County pay for my ETCP rigging exam?": a passage naming the certification without saying who pays
    for it is no answer; "The City reimburses the … course fee" is."""
    from assistant.query.costs_asked import asks_cost_borne

    assert asks_cost_borne("Does Marlow pay for the Stage Rigger's license renewal or continuing education?")
    assert not asks_cost_borne("What does Marlow pay for the Stage Rigger job?")
    assert not asks_cost_borne("whats the pay for a bus driver at marlow transit once ur done training")
    # the cost as the object: "pay the exam fee", "pay an equipment allowance for using your own steno writer"
    assert asks_cost_borne("Does the City of Brill pay the exam fee for the CBC captioning certification?")
    assert asks_cost_borne("Which of these jobs pay an equipment allowance for using your own steno writer?")
    assert not asks_cost_borne("How much do they pay a Theater Usher Lead?")
    both = corpus_assistant(tmp_path, {"marlow-stage-rigger.md": RIGGER, "brill-theater-usher-lead.md": USHER},
                            shared_embeddings)
    exam = both.ask("Will the County of Marlow pay for my ETCP rigger certification?")
    assert not exam.answered and "who pays" in exam.text, exam.text
    course = both.ask("Does the City of Brill pay for the crowd management course Theater Usher Leads take?")
    assert course.answered and "reimburses" in course.text, course.text


def test_extra_pay_for_holding_a_license_is_not_answered_by_standby_pay(tmp_path, shared_embeddings) -> None:
    """"Does the City pay a Greenhouse Grower extra for holding a pesticide applicator license?" of a posting that
    pays standby and calls the certificate desirable: no quote states pay for the license, so it is refused."""
    page = ("# Greenhouse Grower\n\nCity of Vetchford\n\n## Licenses and Certificates\n\n- A valid Class C driver's "
            "license.\n- A State pesticide applicator certificate is desirable but not required.\n\n## Work Schedule\n\n"
            "Growers share the after-hours greenhouse alarm standby rotation one week in six. Standby pay is $175 for "
            "each full week of standby, and call-outs are paid at time and one-half.\n")
    assistant = corpus_assistant(tmp_path, {"vetchford-greenhouse-grower.md": page}, shared_embeddings)
    answer = assistant.ask("Does the City of Vetchford pay a Greenhouse Grower extra for holding a pesticide "
                           "applicator license?")
    assert not answer.answered, answer.text
    paid = assistant.ask("Does the City of Vetchford pay a Greenhouse Grower extra for standby?")
    assert paid.answered and "175" in paid.text, paid.text


def test_extra_pay_for_speaking_a_language_is_answered_by_bilingual_pay(tmp_path, shared_embeddings) -> None:
    """"… extra for speaking Spanish?": bilingual pay is what speaking a language is paid as, though the quote does
    not say "Spanish"."""
    page = ("# Family Services Advocate\n\nCrestmoor County\n\n## Bilingual Positions\n\nEmployees in designated "
            "positions who pass the County's oral proficiency test receive bilingual pay of $0.90 per hour.\n")
    assistant = corpus_assistant(tmp_path, {"crestmoor-family-services-advocate.md": page}, shared_embeddings)
    answer = assistant.ask("Does Crestmoor County pay its Family Services Advocates extra for speaking Spanish?")
    assert answer.answered and "0.90" in answer.text, answer.text
