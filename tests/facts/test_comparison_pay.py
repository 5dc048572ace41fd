"""A comparison of pay whose fact card found only a grade: the document's own dollars, read by retrieval, not
"No dollar amounts stated"."""

from __future__ import annotations

from conftest import corpus_assistant

STEP_TABLE_SPEC = """CITY OF WEXLEY PARK
REFUSE COLLECTOR
CLASS CODE: 4410          SALARY RANGE: 22

DEFINITION
Under general supervision, operates a side-loading refuse truck on an assigned residential route.

SALARY
Range 22 is paid by step:

   STEP      HOURLY      MONTHLY
   A         $22.41      $3,884
   B         $23.53      $4,079
   C         $24.71      $4,283
   D         $25.95      $4,498
   E         $27.25      $4,723

Step B after six months; each later step after twelve months of satisfactory service.
"""

RANGE_POSTING = """# Solid Waste Equipment Operator

Harrowden Valley Sanitation District

## Pay

$25.80 - $33.95 per hour.

## Duties

Operates automated side-loader and roll-off trucks on collection routes.
"""


def test_a_pay_comparison_reads_a_step_tables_dollars_the_card_missed(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"wexley-park-refuse-collector.txt": STEP_TABLE_SPEC,
                                            "harrowden-solid-waste-operator.md": RANGE_POSTING}, shared_embeddings)
    answer = assistant.ask("Which pays more at the top of its range: Refuse Collector with the City of Wexley Park or "
                           "Solid Waste Equipment Operator with the Harrowden Valley Sanitation District?")
    assert answer.answered and "No dollar amounts stated" not in answer.text, answer.text
    assert "27.25" in answer.text and "33.95" in answer.text, answer.text


RIGGER_SERIES = """# Stage Rigger I / Stage Rigger II

State of Marlowe · Class specification

## Stage Rigger I

The entry level. Climbs and rigs the counterweight fly system under supervision.

Pay: $24.10 - $30.40 per hour.

## Stage Rigger II

The lead level. Leads the rigging crew on a show and signs the daily inspection log.

Pay: $27.60 - $34.85 per hour.
"""


def test_a_comparison_naming_one_level_of_a_page_titled_with_its_levels_compares_that_level(
        tmp_path, shared_embeddings) -> None:
    """"… or the State of Marlowe's Stage Rigger I?": the page is titled "Stage Rigger I / Stage Rigger II"; its
    level I is compared, not the page with both levels' pay."""
    assistant = corpus_assistant(tmp_path, {"harrowden-solid-waste-operator.md": RANGE_POSTING,
                                            "marlowe-state-stage-rigger.md": RIGGER_SERIES}, shared_embeddings)
    answer = assistant.ask("Which pays more at the top of the range: Harrowden Valley Sanitation District's Solid "
                           "Waste Equipment Operator or the State of Marlowe's Stage Rigger I?")
    assert answer.answered, answer.text
    assert "30.40" in answer.text and "34.85" not in answer.text, answer.text
