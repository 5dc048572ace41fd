"""Licenses and certifications read into the fact cards (facts/extraction/quals.py), as postings print them.

Each case is a layout seen in a published posting whose credential the cards missed, so a list question
("which jobs require CPR certification?") left that class out.
"""

from __future__ import annotations

from assistant.facts import FactCard, extract_cards


def card_of(text: str, title: str = "Park Ranger") -> FactCard:
    card = extract_cards(text, "doc", title)[0]
    for key, (start, end) in card.spans.items():
        assert 0 <= start < end <= len(text), key
    return card


def test_a_credential_to_hold_by_a_date_is_required() -> None:
    """No "must" or "required": the date to hold it by says it is a condition of the job."""
    card = card_of("# Telecommunicator\n\n## Minimum Qualifications\n\nEducation: High school diploma.\n\n"
                   "Emergency Medical Dispatcher (EMD) certification and CPR certification within six (6) months of hire.\n",
                   "Telecommunicator")
    assert "CPR" in card.certifications_required and "Emergency Medical Dispatcher (EMD)" in card.certifications_required
    attendant = card_of("# Bus Service Attendant\n\n## What you need\n\n- A Class B Commercial Driver License (CDL) with "
                        "passenger (P) and air brake endorsements within 90 days of hire.\n", "Bus Service Attendant")
    assert any("Commercial Driver License (CDL)" in item for item in attendant.licenses_required), attendant.licenses_required
    told = card_of("# Bus Service Attendant\n\n## What you need\n\n- A Class B Commercial Driver License (CDL) would be "
                   "useful for moving buses.\n", "Bus Service Attendant")
    assert not told.licenses_required  # no date, no "must": not stated as required


def test_a_word_list_bullet_read_as_the_letter_o_still_lists_a_held_credential() -> None:
    card = card_of("SCHOOL BUS DRIVER\n\nMINIMUM QUALIFICATIONS\n\no Valid Class B Commercial Driver License (CDL)\n"
                   "o Passenger (P) and School Bus (S) endorsements\n", "School Bus Driver")
    assert card.licenses_required == ["Valid Class B Commercial Driver License (CDL)"]


def test_certification_in_names_what_follows_and_a_card_is_a_certificate() -> None:
    card = card_of("# Park Ranger I/II\n\n## Licenses and Certificates (both levels)\n\n"
                   "Certification in First Aid and CPR within six (6) months of appointment.\n\n"
                   "Current American Heart Association BLS Provider (CPR) card at the time of hire.\n\n"
                   "OSHA 10-Hour General Industry card within 30 days of hire.\n")
    assert "Certification in First Aid and CPR" in card.certifications_required
    assert "American Heart Association BLS Provider (CPR) card" in card.certifications_required
    assert "OSHA 10-Hour General Industry card" in card.certifications_required
    aide = card_of("# Health Aide\n\n## Licenses and Certificates\n\nCurrent CPR (adult, child, and infant) and First Aid "
                   "certification must be obtained within 30 days of employment.\n", "Health Aide")
    assert aide.certifications_required == ["CPR (adult, child, and infant) and First Aid"]  # the bracket inside the name


def test_a_fact_sheets_next_label_is_no_part_of_a_license_name() -> None:
    """"Union Represented by … (SLMWU)" then "License Valid Class C …": the label line names no license."""
    card = card_of("KEY FACTS\nUnion Represented by the Saltmarsh Landing Municipal Workers Union (SLMWU)\n"
                   "License Valid Class C driver license; Qualified Pesticide Applicator Certificate within 12 months of hire\n",
                   "Groundskeeper")
    assert card.licenses_required == ["Valid Class C driver license"], card.licenses_required
    assert card.certifications_required == ["Qualified Pesticide Applicator"]


def test_the_time_allowed_to_get_a_certificate_is_no_card_question(tmp_path, shared_embeddings) -> None:
    """"Who has longer to get the Qualified Applicator Certificate: …?": the cards know who requires it, not by when;
    each class's passages state the time allowed."""
    from conftest import corpus_assistant

    golf = ("# Golf Course Superintendent\n\nCounty of Brisbury\n\n## Licenses\n\nA Qualified Applicator Certificate (QAC) "
            "issued by the State Department of Agriculture within twelve (12) months of appointment.\n\n## Duties\n\n"
            "Plans turf maintenance of the greens, tees and fairways.\n")
    fields = ("# Athletic Fields Supervisor\n\nDelvin Park District\n\n## Licenses\n\nA Qualified Applicator Certificate "
              "(QAC) in the landscape maintenance category within six (6) months of appointment.\n\n## Duties\n\n"
              "Supervises the crews that mow and line the District's ballfields.\n")
    assistant = corpus_assistant(tmp_path, {"brisbury-golf.md": golf, "delvin-fields.md": fields}, shared_embeddings)
    answer = assistant.ask("Who has longer to get the Qualified Applicator Certificate: Brisbury County's Golf Course "
                           "Superintendent or Delvin's Athletic Fields Supervisor?")
    assert answer.answered and "12" in answer.text and "6" in answer.text.replace("12", ""), answer.text


def test_what_moving_up_takes_is_the_next_levels_and_a_levels_label_at_appointment_is_its_requirement() -> None:
    """A PDF spec with no "Licenses" heading found: "Sports Turf Specialist II: a State Qualified Applicator License
    … at appointment" is level II's requirement; "A Sports Turf Specialist I may be advanced to … II after …
    possession of a State Qualified Applicator License" is what the move takes, not level I's requirement."""
    text = ("Sports Turf Specialist I / II\nRowdale Recreation and Park District\n"
            "Maintains athletic fields.\nThe Positions\nSports Turf Specialist II: a State Qualified Applicator License "
            "(pesticide applicator) at appointment.\nAdvancement\nA Sports Turf Specialist I may be advanced to Sports "
            "Turf Specialist II after two (2) years of service, possession of a State Qualified Applicator License and a "
            "satisfactory evaluation.\n")
    cards = {card.level: card for card in extract_cards(text, "doc", "Sports Turf Specialist I / II", levels=["I", "II"])}
    assert not any("Applicator" in item for item in cards["I"].licenses_required), cards["I"].licenses_required
    assert any("Applicator" in item for item in cards["II"].licenses_required), cards["II"].licenses_required


def test_a_credential_that_earns_pay_is_no_requirement() -> None:
    """"Employees who hold the CSFM designation receive certification pay of 5%" under "Licenses and Certificates"
    says what holding it earns: the card lists it as desirable (its own line says so), not as required; the license
    the same section requires stays required."""
    card = card_of("# Sports Turf Specialist\n\n## Licenses and Certificates\n\n- A valid driver's license.\n"
                   "- The Certified Sports Field Manager (CSFM) designation is desirable.\n\nEmployees who hold the "
                   "Certified Sports Field Manager (CSFM) designation receive certification pay of 5% of base pay.\n",
                   "Sports Turf Specialist")
    assert not card.certifications_required, card.certifications_required
    assert card.certifications_preferred == ["Certified Sports Field Manager (CSFM)"]
    assert card.licenses_required == ["valid driver's license"]
    premium = card_of("# Instrument Technician\n\n## Certification\n\nCertification premium: An employee who holds an ISA "
                      "Certified Control Systems Technician (CCST) Level II certification receives a premium of 2.5% above "
                      "base pay.\n", "Instrument Technician")
    assert not premium.certifications_required, premium.certifications_required


def test_a_sections_own_heading_run_into_its_first_line_names_no_credential() -> None:
    """A PDF's "LEVELS, STATE CERTIFICATE AND PAY (hourly, …)" heading over its table: the heading is no credential;
    the certificate a row requires is."""
    card = card_of("OPERATOR SERIES\n\nLEVELS, STATE CERTIFICATE AND PAY (hourly, effective July 1, 2024)\n"
                   "Level Code State Operator Certificate Required Range Hourly Pay\n"
                   "Operator I 5401 Grade I Water Treatment Operator 34 $27.45 - $33.37\n", "Operator")
    assert not any("STATE CERTIFICATE AND PAY" in item for item in card.certifications_required), \
        card.certifications_required
