"""Corpus-wide list answers from the fact cards: which classes meet a condition, the highest paid, the levels of a series."""

from __future__ import annotations

import re

import pytest

from assistant.engine import Assistant

from route_corpus import (ACCOUNTANT, EQUIPMENT, MCPS, TREATMENT, ask_checked, assert_lines_supported, bullet_lines, cited,
                          cited_in, route_assistant)

@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return route_assistant(tmp_path_factory, shared_embeddings)


# --- lists -----------------------------------------------------------------------------------------------------


def test_list_commercial_license_names_class_employer_and_cites_the_license(assistant):
    answer = ask_checked(assistant, "Which classes require a commercial driver's license?")
    assert answer.route == "facts"
    bullets = bullet_lines(answer)
    assert list(bullets) == ["Equipment Operator"], answer.text
    line = bullets["Equipment Operator"]
    assert "(Town of Alder Creek)" in line
    quotes = [c.quote for c in cited_in(answer, line)]
    assert quotes == ["valid Class A commercial driver's license with tanker endorsement"]
    assert cited(answer) == {EQUIPMENT}
    assert_lines_supported(answer)


def test_a_list_over_these_documents_is_a_list_over_all_of_them(assistant):
    # "in these documents" names the collection, not a family of classes
    answer = ask_checked(assistant, "Which jobs in these documents require a commercial driver's license?")
    assert answer.route == "facts"
    assert list(bullet_lines(answer)) == ["Equipment Operator"], answer.text


def test_list_scoped_by_employer_names_levels_and_the_class_without_one(assistant):
    answer = ask_checked(assistant, "Which Pinecrest Water District classes require a driver's license?")
    assert answer.route == "facts"
    bullets = bullet_lines(answer)
    assert list(bullets) == ["Water Treatment Operator I/II"], answer.text
    assert "Class C driver's license" in bullets["Water Treatment Operator I/II"]
    # the short scope also says which class states no such requirement (uncited: there is nothing to quote)
    assert "Office Assistant (Pinecrest Water District)" in answer.text
    assert cited(answer) == {TREATMENT}
    assert "Equipment Operator" not in answer.text and "Butte" not in answer.text


def test_list_pay_threshold_prints_only_stated_figures(assistant):
    answer = ask_checked(assistant, "Which classes pay over $30 an hour?")
    assert answer.route == "facts"
    bullets = bullet_lines(answer)
    assert {"Water Treatment Operator II", "Equipment Operator", "Information Technology Specialist",
            "Accountant"} <= set(bullets), answer.text
    assert "Water Treatment Operator I" in bullets  # tops out at $34.95
    assert "Office Assistant" not in bullets  # tops out at $24.90
    assert "$31.60–$40.35 an hour" in bullets["Water Treatment Operator II"]
    # the Treatment Operator's annual pay is computed (2,080 hours), never stated: it must not be printed
    assert not re.search(r"65,?728|83,?928", answer.text)
    # MCPS states grades but no dollars: it is named as unranked, not listed
    assert "IT Systems Specialist" in answer.text.split("\n\n")[-1]
    for label, line in bullets.items():
        assert cited_in(answer, line), label
    assert_lines_supported(answer)


def test_list_exempt_at_one_employer_says_which_are_not(assistant):
    answer = ask_checked(assistant, "Which Town of Alder Creek positions are exempt from overtime?")
    assert answer.route == "facts"
    assert list(bullet_lines(answer)) == ["Accountant"], answer.text
    assert re.search(r"Equipment Operator \(Town of Alder Creek\): Non-exempt", answer.text)
    assert {c.quote for c in answer.citations} == {"FLSA Status:       Exempt", "FLSA Status:       Non-Exempt"}
    assert cited(answer) == {ACCOUNTANT, EQUIPMENT}


def test_list_lift_threshold_collapses_levels_that_share_one_statement(assistant):
    answer = ask_checked(assistant, "Which jobs require lifting 50 pounds or more?")
    bullets = bullet_lines(answer)
    assert set(bullets) == {"Equipment Operator", "IT Systems Specialist (all levels)", "Water Treatment Operator I/II"}, answer.text
    assert "80 pounds" in bullets["Equipment Operator"]
    assert cited(answer) == {EQUIPMENT, MCPS, TREATMENT}
    assert_lines_supported(answer)


def test_levels_of_one_series_as_a_list(assistant):
    answer = ask_checked(assistant, "Which MCPS IT Systems Specialist levels are eligible for overtime pay?")
    assert answer.route == "facts"
    assert list(bullet_lines(answer)) == ["IT Systems Specialist Intern", "IT Systems Specialist I"], answer.text
    assert re.search(r"IT Systems Specialist II .*Exempt", answer.text)
    assert cited(answer) == {MCPS}


def test_superlative_highest_paid_class(assistant):
    answer = ask_checked(assistant, "What is the highest-paid class?")
    assert answer.route == "facts"
    assert list(bullet_lines(answer)) == ["Accountant"], answer.text
    assert "$78,000.00–$99,600.00 a year" in answer.text
    assert cited(answer) == {ACCOUNTANT}
    assert_lines_supported(answer)


def test_the_higher_of_two_named_classes_shows_the_other_ones_figure_too(assistant):
    """"Who has the higher top pay: A or B?": the winner, and the other class named (the level written out, not the
    series' other level) with its range, so the answer shows what was compared."""
    answer = ask_checked(assistant, "Who has the higher top pay: an Equipment Operator at the Town of Alder Creek or a "
                                    "Water Treatment Operator II at Pinecrest Water District?")
    assert answer.route == "facts"
    assert "Water Treatment Operator II" in answer.text.split("Compared with:")[0], answer.text
    compared = answer.text.split("Compared with:")[1]
    assert "Equipment Operator" in compared and "$30.80" in compared, answer.text
    assert "Water Treatment Operator I " not in answer.text and "$34.95" not in answer.text, answer.text
    assert_lines_supported(answer)




def test_a_credential_the_cards_missed_is_listed_from_the_sentence_requiring_it(tmp_path, shared_embeddings):
    """"Which jobs require CPR certification?": the nurse's card holds "CPR"; the lifeguard's "must be certified in adult
    and infant CPR within 30 days" is read by no card, and its sentence lists it; the recreation leader who teaches CPR
    classes is required nothing."""
    from conftest import corpus_assistant

    docs = {
        "alder-school-nurse.md": "# School Nurse\n\nAlder Unified School District\n\n## Licenses\n\n"
                                 "Basic Life Support (BLS) and CPR certification is required.\n",
        "birch-lifeguard.md": "# Pool Lifeguard\n\nCity of Birch\n\n## Requirements\n\nLifeguards must be certified in "
                              "adult and infant CPR within 30 days of hire.\n",
        "cedar-recreation-leader.md": "# Recreation Leader\n\nCedar County\n\n## Duties\n\nPlans programs and teaches "
                                      "community CPR classes.\n",
    }
    assistant = corpus_assistant(tmp_path, docs, shared_embeddings)
    answer = assistant.ask("Which jobs require CPR certification?")
    assert answer.route == "facts", answer.text
    assert set(bullet_lines(answer)) == {"School Nurse", "Pool Lifeguard"}, answer.text
    assert "certified in adult and infant CPR" in answer.text


def test_a_credential_the_cards_missed_is_named_by_its_words_in_another_order(tmp_path, shared_embeddings):
    """"AACE code enforcement certification": one card holds "AACE Code Enforcement Officer"; another page requires
    "Certification as a Code Enforcement Officer by the American Association of Code Enforcement (AACE)", the same
    words in another order, and is listed from that sentence; a page that only enforces codes is not."""
    from conftest import corpus_assistant

    docs = {
        "gorse-code-enforcement-officer.md": "# Code Enforcement Officer\n\nGorse County\n\n## Licenses and "
                                             "Certifications\n\nAACE Code Enforcement Officer certification is required "
                                             "within 12 months of hire.\n",
        "heath-zoning-inspector.md": "# Zoning Inspector\n\nHeath Planning Agency\n\n## Licenses and Certifications\n\n"
                                     "- Certification as a Code Enforcement Officer by the American Association of Code "
                                     "Enforcement (AACE) within twelve (12) months of hire.\n",
        "ivy-sign-inspector.md": "# Sign Inspector\n\nIvy City\n\n## Duties\n\nInspects signs and enforces the code "
                                 "enforcement ordinance.\n",
    }
    assistant = corpus_assistant(tmp_path, docs, shared_embeddings)
    answer = assistant.ask("Which of these jobs require AACE code enforcement certification?")
    assert answer.route == "facts", answer.text
    assert set(bullet_lines(answer)) == {"Code Enforcement Officer", "Zoning Inspector"}, answer.text
