"""Chunker: section-bound chunks with exact offsets, level tags in series documents."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from assistant.ingest.chunking import chunk_text
from assistant.ingest.docinfo import identify
from assistant.ingest.sections import SECTION_LABELS, find_sections

from conftest import BUTTE_NAME, MCPS_NAME


def _chunks(seed_texts, name, **kwargs):
    text = seed_texts[name]
    info = identify(text, name)
    return text, info, chunk_text(text, info.title, info.employer, info.levels, **kwargs)


def _assert_well_formed(text, chunks, chunk_size, trimmed=True):
    """Exact offsets, non-empty trimmed text, size limit, order, no lost content."""
    assert chunks
    covered = [False] * len(text)
    previous_start = -1
    for chunk in chunks:
        assert chunk.text == text[chunk.start:chunk.end]
        assert chunk.text.strip()
        if trimmed:
            assert chunk.text == chunk.text.strip()
        assert len(chunk.text) <= chunk_size
        assert chunk.start > previous_start  # document order
        previous_start = chunk.start
        assert chunk.section_type in SECTION_LABELS
        for i in range(chunk.start, chunk.end):
            covered[i] = True
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not lost, f"text not in any chunk: {text[lost[0]:lost[0] + 40]!r}"


def _assert_within_sections(text, chunks):
    """No chunk crosses a section boundary; each chunk carries its section's type and heading."""
    sections = find_sections(text)
    for chunk in chunks:
        holders = [s for s in sections if s.start <= chunk.start and chunk.end <= s.end]
        assert len(holders) == 1, f"chunk crosses a section boundary: {chunk.text[:60]!r}"
        section = holders[0]
        if section.type != "header":  # header paragraphs are re-typed (summary, supervision ...)
            assert (chunk.section_type, chunk.section) == (section.type, section.heading)


@pytest.mark.parametrize("name", [BUTTE_NAME, MCPS_NAME])
def test_seed_chunks_are_exact_and_section_bound(seed_texts, name):
    text, _, chunks = _chunks(seed_texts, name)
    _assert_well_formed(text, chunks, 900)
    _assert_within_sections(text, chunks)


@pytest.mark.parametrize("name", [BUTTE_NAME, MCPS_NAME])
@pytest.mark.parametrize(("size", "overlap"), [(300, 40), (1500, 200)])
def test_seed_chunks_respect_other_sizes(seed_texts, name, size, overlap):
    text, _, chunks = _chunks(seed_texts, name, chunk_size=size, chunk_overlap=overlap)
    _assert_well_formed(text, chunks, size)
    _assert_within_sections(text, chunks)


def test_butte_chunk_sections(seed_texts):
    text, info, chunks = _chunks(seed_texts, BUTTE_NAME)
    assert info.title == "Information Technology Specialist" and info.employer == "Butte County"
    types = {c.section_type for c in chunks}
    assert {"duties", "qualifications", "licenses", "physical", "salary", "summary", "supervision"} <= types
    assert all(c.level == "" for c in chunks)

    def only(section_type):
        found = [c for c in chunks if c.section_type == section_type]
        assert found, section_type
        return found

    assert any("$25.34-33.96 hourly" in c.text for c in only("salary"))
    assert any("valid US driver\u2019s license" in c.text for c in only("licenses"))
    assert any("Associate\u2019s degree in information technology" in c.text for c in only("qualifications"))
    assert any("lift, carry, push, and pull materials and objects up to 25 pounds" in c.text for c in only("physical"))
    assert any("Trains employees in work principles" in c.text for c in only("duties"))
    assert only("summary")[0].text.startswith("Under direction, provides lead technical")
    assert only("supervision")[0].text.startswith("Receives direction from assigned supervisory")
    duties = only("duties")
    assert all(c.section == "Essential Job Functions" for c in duties) and len(duties) >= 3


def test_mcps_chunk_sections_and_levels(seed_texts):
    text, info, chunks = _chunks(seed_texts, MCPS_NAME)
    assert info.title == "IT Systems Specialist"
    assert info.employer == "Montgomery County Public Schools"
    assert info.levels == ["Intern", "I", "II", "III"]
    types = {c.section_type for c in chunks}
    assert {"summary", "qualifications", "licenses", "physical", "special", "duties"} <= types

    level_two = [c for c in chunks if c.text.startswith("IT Systems Specialist II - Grade 23")]
    assert len(level_two) == 1 and level_two[0].level == "II" and level_two[0].section_type == "duties"
    assert [c.level for c in chunks if c.text.startswith("ITSS Intern - Grade 18")] == ["Intern"]
    assert [c.level for c in chunks if c.text.startswith("IT Systems Specialist I - Grade 20")] == ["I"]
    assert [c.level for c in chunks if c.text.startswith("IT Systems Specialist III (grade 25)")] == ["III"]

    # Every level's paragraph, and its continuation chunks, carry that level, and no chunk mixes levels.
    markers = [("Intern", "ITSS Intern - Grade 18"), ("I", "IT Systems Specialist I - Grade 20"),
               ("II", "IT Systems Specialist II - Grade 23"), ("III", "IT Systems Specialist III (grade 25)")]
    bounds = [text.index(marker) for _, marker in markers] + [text.index("Class Established")]
    for (level, _), start, end in zip(markers, bounds, bounds[1:]):
        inside = [c for c in chunks if start <= c.start < end]
        assert inside and all(c.level == level for c in inside), (level, [(c.level, c.text[:30]) for c in inside])
        for c in inside:
            assert c.end <= end or level == "III"
    assert "Serve as an escalation point for account issues" in "".join(
        c.text for c in chunks if c.level == "II"
    )
    # Text outside the level paragraphs is not tagged with a level.
    assert all(c.level == "" for c in chunks if c.end <= bounds[0])


def test_mcps_footer_is_not_tagged_as_level_three(seed_texts):
    _, _, chunks = _chunks(seed_texts, MCPS_NAME)
    footer = [c for c in chunks if "Class Established: 04/2023" in c.text]
    assert footer and all(c.level == "" for c in footer)


def test_level_paragraph_starts_its_own_chunk():
    text = (
        "DUTIES\n\nGeneral duties shared by every level of the series.\n\n"
        "Clerk I - Learns the basic duties under close supervision.\n\n"
        "Clerk II - Performs the full range of duties independently.\n\n"
        "Level III: Leads other clerks.\n"
    )
    chunks = chunk_text(text, "Clerk", "", ["I", "II", "III"])
    assert [(c.level, c.text.split("\n")[0][:12]) for c in chunks] == [
        ("", "DUTIES"), ("I", "Clerk I - Le"), ("II", "Clerk II - P"), ("III", "Level III: L"),
    ]


def test_small_document_is_one_chunk_per_section():
    text = "DEFINITION\n\nDoes things.\n\nSALARY RANGE\n\n$10 - $12 hourly.\n"
    chunks = chunk_text(text, title="Clerk", employer="", levels=[])
    assert [(c.section_type, c.text) for c in chunks] == [
        ("summary", "DEFINITION\n\nDoes things."),
        ("salary", "SALARY RANGE\n\n$10 - $12 hourly."),
    ]


def test_long_paragraph_without_breaks_is_hard_wrapped():
    words = " ".join(f"word{i}" for i in range(600))
    text = "DEFINITION\n\n" + words + "\n"
    chunks = chunk_text(text, "Clerk", "", [], chunk_size=200, chunk_overlap=20)
    _assert_well_formed(text, chunks, 200)
    assert len(chunks) > 10


def test_overlap_repeats_a_short_previous_unit():
    bullets = "\n".join(f"- Duty number {i} is described in this bullet line." for i in range(40))
    text = "ESSENTIAL DUTIES\n\n" + bullets + "\n"
    chunks = chunk_text(text, "Clerk", "", [], chunk_size=300, chunk_overlap=120)
    _assert_well_formed(text, chunks, 300)
    assert len(chunks) > 3
    # consecutive chunks share their boundary bullet (overlap), and never more than one unit
    for a, b in zip(chunks, chunks[1:]):
        assert b.start < a.end
        assert a.text.split("\n")[-1] == b.text.split("\n")[0]


# --- property: any document made of heading-like lines, prose and bullets -----------------

_WORD = st.sampled_from(
    "the clerk performs duties under supervision salary range license physical demands knowledge ability "
    "experience education grade 23 $20.00 hourly II III Intern - : ; , . • ** # DEFINITION QUALIFICATIONS".split()
)
_LINE = st.one_of(
    st.lists(_WORD, min_size=1, max_size=40).map(" ".join),
    st.sampled_from([
        "DEFINITION", "## Essential Duties", "SALARY RANGE:", "Minimum Qualifications", "**Knowledge of:**",
        "Ability to:", "PHYSICAL DEMANDS: Must lift 25 pounds and climb ladders during routine work.",
        "Clerk II - Grade 23 - Performs the full range of duties.", "Level I: Learns.", "  • Shelves books.",
        "- Collects fares.", "1. Drives buses.", "Step | Hourly", "", "   ", "\t",
    ]),
)
_DOC = st.lists(_LINE, min_size=1, max_size=40).map("\n".join)


@hsettings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=_DOC, size=st.integers(min_value=80, max_value=900))
def test_chunks_are_exact_bounded_and_lose_nothing(text, size):
    if not text.strip():
        assert chunk_text(text, "Clerk", "", ["I", "II"], chunk_size=size, chunk_overlap=size // 5) == []
        return
    chunks = chunk_text(text, "Clerk", "", ["I", "II", "III"], chunk_size=size, chunk_overlap=size // 5)
    _assert_well_formed(text, chunks, size, trimmed=False)  # see test_hard_wrap_chunks_are_trimmed
    _assert_within_sections(text, chunks)
    assert all(c.level in {"", "I", "II", "III"} for c in chunks)
    assert all(c.text.strip() for c in chunks)


def test_hard_wrap_chunks_are_trimmed():
    line = " ".join(["word"] * 19)
    text = "DEFINITION\n\n" + line + "\n  continued on an indented line without any full stop here\n"
    chunks = chunk_text(text, "Clerk", "", [], chunk_size=100, chunk_overlap=20)
    _assert_well_formed(text, chunks, 100)  # trimmed=True


def test_chunks_never_have_an_empty_section_heading():
    chunks = chunk_text("## **\n\nSome text here.\n", "Clerk", "", [])
    assert chunks and all(c.section for c in chunks)


def test_level_blocks_run_through_their_markdown_sub_headings():
    text = (
        "# Carpenter Series\n\n## Minimum Qualifications\n\n## Carpenter I\n\n### Either I\n\nAn apprenticeship.\n\n"
        "### Or II\n\nFour years of carpentry experience.\n\n## Carpenter II\n\n### Either I\n\nOne year as a journey level "
        "carpenter.\n\n### Or II\n\nFive years of carpentry experience.\n\nEducation: two years of college.\n\n"
        "## Knowledge and Abilities\n\nKnowledge of tools and methods.\n"
    )
    chunks = chunk_text(text, title="Carpenter Series", employer="State of California", levels=["I", "II"],
                        chunk_size=120, chunk_overlap=0)

    def level_of(line: str) -> str:
        return next(c.level for c in chunks if line in c.text)

    assert level_of("Four years of carpentry experience.") == "I"
    assert level_of("Five years of carpentry experience.") == "II"
    assert level_of("Education: two years of college.") == "II"
    assert level_of("Knowledge of tools and methods.") == ""  # a heading as high as the level's ends its block
