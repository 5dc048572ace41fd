"""The witnesses a title finder weighs besides the page's first lines: the page's <title> repeating one of its
headings, and the file's name spelling one of its lines."""

from __future__ import annotations

from assistant.ingest.docinfo import identify
from assistant.ingest.page_title import html_title_parts


def test_the_heading_the_page_title_repeats_is_the_title_though_a_sidebar_heading_comes_first() -> None:
    """A sidebar's "## Series at a glance" is rendered above the page's "# Cable Splicer I / II"; the page's title
    repeats that heading, so it names the job whatever noun ends it."""
    text = ("## Series at a glance\n\nDepartment: Public Works\n\n## Questions?\n\nhr@alder.example\n\n"
            "# Cable Splicer I / II\n\n## Series concept\n\nSplicers join and test fiber and copper cable.\n")
    info = identify(text, "alder-cable-splicer.html", "Cable Splicer I / II - Class Specifications - City of Alder")
    assert info.title == "Cable Splicer I / II"


def test_a_page_titles_parts_are_the_job_without_the_site_and_the_kind_of_page() -> None:
    assert html_title_parts("Cable Splicer I / II - Class Specifications - City of Alder", "City of Alder") == [
        "Cable Splicer I / II"]


def test_a_line_the_file_name_spells_names_the_job_when_the_title_found_names_none() -> None:
    """A newspaper's page of legal notices: another notice's subject ("ALCOHOLIC BEVERAGES") comes first; the file
    is named for the examination notice's class."""
    text = ("THE ALDER LEDGER                    B9\n\n      NOTICE OF APPLICATION TO SELL\n           ALCOHOLIC "
            "BEVERAGES\n\nThe applicant is applying to sell beer and wine.\n\n            CITY OF ALDER\n       "
            "CIVIL SERVICE COMMISSION\n  NOTICE OF OPEN COMPETITIVE EXAMINATION\n\n        LICENSE AND PERMIT "
            "ANALYST\n\nSALARY: $34.62 - $44.18 hourly.\n")
    assert identify(text, "alder-city-license-permit-analyst.txt").title == "License and Permit Analyst"
    assert identify(text, "alder-ledger-page-b9.txt").title != "License and Permit Analyst"


def test_the_file_names_job_said_among_other_words_names_it_when_the_title_found_names_none() -> None:
    """A job line's transcript: its banner names the recording ("24-HOUR JOB INFORMATION LINE"); the job the file is
    named for stands only inside a message's heading ("[MSG 111]  TOLL COLLECTOR, PART-TIME {press 1, 1}")."""
    text = ("==========\n  ALDER BRIDGE DISTRICT\n  24-HOUR JOB INFORMATION LINE  -  (555) 013-4400\n==========\n\n"
            "[MSG 111]  TOLL COLLECTOR, PART-TIME          {press 1, 1}\n\n\"The District is hiring part-time Toll "
            "Collectors at twenty-two dollars an hour.\"\n")
    assert identify(text, "alder-bridge-district-toll-collector.txt").title == "Toll Collector"
    assert identify(text, "alder-bridge-district-jobline-2026-04.txt").title != "Toll Collector"
    # a title naming a job, though not at its end, is kept: "(General)" is part of it
    general = "STATE OF ALDER\n\nSTAFF SERVICES ANALYST (GENERAL)\n\nClass code 5393\n\nDuties: analyses staff services.\n"
    assert identify(general, "alder-staff-services-analyst.html").title == "Staff Services Analyst (General)"


def test_the_page_title_part_its_breadcrumb_ends_on_is_the_title_over_a_section_heading() -> None:
    """No heading names the job ("## Description", "## Benefits"), and "Greenhouse Grower" ends in no job noun; the
    breadcrumb's last step and the page's <title> both name it, so it is the title, not the "Benefits" tab."""
    text = ("Job Opportunities » Parks and Urban Forestry » Greenhouse Grower\n\nSalary | $23.86 - $30.45 Hourly\n\n"
            "## Description\n\nThe Greenhouse Grower plans and grows the City's bedding plants.\n\n## Benefits\n\n"
            "- Medical, dental and vision plans.\n")
    info = identify(text, "vetchley-city-greenhouse-grower.html",
                    "Greenhouse Grower | Job Opportunities | City of Vetchley")
    assert info.title == "Greenhouse Grower", info.title
