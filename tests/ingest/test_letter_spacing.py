"""Headings set in spaced capitals (assistant.ingest.letter_spacing): a bulletin's class and county read again."""

from __future__ import annotations

from assistant.ingest.docinfo import identify
from assistant.ingest.letter_spacing import joined_letter_spacing
from assistant.ingest.loaders import load_bytes

BULLETIN = ("*" * 78 + "\n*                 R O W L E S B Y   C O U N T Y                              *\n"
            "*                  CIVIL SERVICE COMMISSION                                  *\n" + "*" * 78 + "\n\n"
            "                    OPEN COMPETITIVE EXAMINATION ANNOUNCEMENT\n\n"
            "        EXAMINATION NO. 26-114                     ISSUED: MARCH 30, 2026\n\n"
            "                        V I V A R I U M   T E C H N I C I A N\n\n"
            "        Department: Rowlesby County Medical College\n\n"
            " SALARY (MONTHLY)\n     Step A      Step B      Step C\n     $3,912      $4,108      $4,313\n"
            "  A B C D E\n\nTHE POSITION\n\nCares for research animals in the vivarium.\n")


def test_spaced_capitals_spell_their_words_and_a_step_rows_letters_stay() -> None:
    joined = joined_letter_spacing(BULLETIN)
    assert "*                 ROWLESBY COUNTY" in joined and "VIVARIUM TECHNICIAN" in joined
    assert "  A B C D E" in joined  # letters in the alphabet's order are a table's columns
    assert joined_letter_spacing("Grades A B C D E apply") == "Grades A B C D E apply"  # within running text


def test_a_loaded_bulletin_names_its_spaced_class() -> None:
    """Read as one-letter words, the class line named nothing: the title came from the file name, with the
    employer's words and the kind of document in it."""
    name = "rowlesby-county-vivarium-technician-exam-bulletin.txt"
    doc = load_bytes(BULLETIN.encode(), ".txt", name)
    assert "ROWLESBY COUNTY" in doc.text
    assert identify(doc.text, name).title == "Vivarium Technician"


def test_a_spaced_memorandum_banner_is_no_title() -> None:
    """"I N T E R O F F I C E   M E M O R A N D U M", read as words, says what kind of paper it is: the class of the
    promotional opportunity it announces comes from elsewhere (here the file name)."""
    memo = ("VANTRELL COUNTY\nHUMAN RESOURCES DEPARTMENT\n\n                    I N T E R O F F I C E   M E M O R A N D U M\n\n"
            "TO:       All Vantrell County Employees\nRE:       PROMOTIONAL OPPORTUNITY - SENIOR OFFICE SPECIALIST\n\n"
            "Human Resources is accepting applications.\n")
    name = "vantrell-county-senior-office-specialist.txt"
    assert identify(load_bytes(memo.encode(), ".txt", name).text, name).title == "Senior Office Specialist"
