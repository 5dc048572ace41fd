"""html_to_text on small synthetic pages: site chrome dropped, the specification kept with its structure."""

from __future__ import annotations

import time

from assistant.ingest.html_text import html_to_text

MENU_WORDS = ["Salaries", "Telework", "Vacation vs. Annual Leave Comparison Chart", "CalPERS Retirement", "Holidays",
              "Abolished Classes", "Bargaining Unit 1", "Bargaining Unit 21"]


def _menu(words: list[str]) -> str:
    items = "".join(f'<li class="static"><a href="/pages/{i}.aspx"><span>{w}</span></a></li>' for i, w in enumerate(words))
    return f'<ul class="root static">{items}<li><a href="/more">More</a><ul>{items}</ul></li></ul>'


def test_heavy_site_navigation_around_a_spec_is_dropped() -> None:
    page = f"""<!DOCTYPE html><html><head><title>
        Groundskeeper (1234)
        - Example State HR</title><script>var menu = {{"Telework": 1}};</script></head>
    <body><form method="post" action="./1234.aspx" id="aspnetForm">
    <div class="noindex"><a href="javascript:;">Skip Ribbon Commands</a></div>
    <header><div class="top-nav">{_menu(["Home", "About Us", "Newsroom", "Contact Us"])}</div></header>
    <div id="sideNavBox"><div class="menu vertical">{_menu(MENU_WORDS * 3)}</div></div>
    <div class="pm-pageTitle"><h1>Groundskeeper (1234)</h1></div>
    <div class="rowBand"><div id="content_label" style="display:none">Page Content Main</div>
    <div class="ms-rtestate-field"><h1>Groundskeeper</h1>
    <p><strong>Class Code:</strong> 1234</p>
    <h2>Definition</h2><p>Under supervision, maintains state park grounds, lawns and trails.</p>
    <h2>Minimum Qualifications</h2><p>One year of grounds maintenance experience.</p>
    <h2>Special Personal Characteristics</h2><p>Willingness to work outdoors in all weather.</p></div></div>
    <footer><ul><li><a href="/c">Conditions of Use</a></li><li><a href="/p">Privacy Policy</a></li>
    <li><a href="/a">Accessibility</a></li></ul></footer></form></body></html>"""
    text, title = html_to_text(page.encode("utf-8"))
    assert title == "Groundskeeper (1234) - Example State HR"
    for gone in ("Telework", "CalPERS", "Vacation vs", "Bargaining Unit", "Salaries", "Skip Ribbon", "Page Content Main",
                 "Privacy Policy", "Newsroom", "var menu"):
        assert gone not in text, gone
    lines = text.split("\n")
    assert "# Groundskeeper (1234)" in lines and "# Groundskeeper" in lines
    assert "## Definition" in lines and "## Special Personal Characteristics" in lines
    assert "Class Code: 1234" in lines
    assert "Under supervision, maintains state park grounds, lawns and trails." in lines
    assert text.index("## Definition") < text.index("## Minimum Qualifications") < text.index("One year of grounds")


def test_latin1_declaration_is_read_as_windows_1252() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            "<title>Clerk \u2013 Class Specification</title></head><body><h1>Clerk</h1>"
            "<p>The \u201cclerk\u201d doesn\u2019t supervise \u2013 see the na\u00efve caf\u00e9 rule\u2026</p></body></html>")
    data = page.encode("cp1252")
    assert b"\x93" in data and b"\x96" in data  # bytes that ISO-8859-1 reads as C1 control characters
    text, title = html_to_text(data)
    assert title == "Clerk \u2013 Class Specification"
    assert "The \u201cclerk\u201d doesn\u2019t supervise \u2013 see the na\u00efve caf\u00e9 rule\u2026" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text) and "\ufffd" not in text


def test_list_items_are_lines_and_glued_source_text_is_split() -> None:
    page = ("<h2>Minimum Qualifications</h2><ul><li>Possession of a valid driver's license</li>"
            "<li>Experience: two years of <b>equipment</b> operation</li></ul>"
            "<ol><li>First item<ul><li>Nested item</li></ul></li><li>Second item</li></ol>"
            "<p>Equivalent to completion of the twelfth grade. andPossession of a Class C license. "
            "and Either IExperience: one year. Or IITwo years of college. Or IVThree years elsewhere.</p>"
            "<p>Range\ufffdB applies; assist in\ufffdfluoroscopic work.</p>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "- Possession of a valid driver's license\n- Experience: two years of equipment operation" in text
    assert "licenseExperience" not in text and "license Experience" not in text
    assert "- First item\n- Nested item\n- Second item" in text
    flat = " ".join(text.split())
    for glued in ("andPossession", "IExperience", "IITwo", "IVThree", "\ufffd"):
        assert glued not in text, glued
    assert "twelfth grade. and Possession of a Class C license." in flat
    assert "Either I Experience: one year. Or II Two years of college. Or IV Three years" in flat
    assert "Range B applies; assist in fluoroscopic work." in flat


def test_tables_are_rows_and_layout_tables_are_blocks() -> None:
    classes = "".join(f"<tr><td>PN{n}0</td><td>64{n}</td><td><a href='/c/{n}'>Carpenter {r}</a></td></tr>"
                      for n, r in ((4, "I"), (3, "II"), (1, "Supervisor")))
    page = f"""<html><body><table width="100%"><tr>
      <td valign="top"><a href="/">Home</a><br><a href="/jobs">Jobs</a><br><a href="/t">Telework</a><br>
        <a href="/r">CalPERS Retirement</a></td>
      <td valign="top"><h1>Carpenter Series</h1>
        <table><caption>Class Titles and Codes</caption><thead><tr><th>Schem Code</th><th>Class Code</th>
        <th>Class</th></tr></thead><tbody>{classes}</tbody></table>
        <p>Entry is typically from Carpenter I.</p>
        <table><tr><td><p>Step</p></td><td>Monthly</td></tr><tr><td>A</td><td>$5,870<br>(2024)</td></tr></table>
      </td></tr></table></body></html>"""
    text, _ = html_to_text(page.encode("utf-8"))
    assert "Telework" not in text and "CalPERS" not in text
    assert "# Carpenter Series" in text.split("\n")
    assert "Class Titles and Codes" in text
    assert ("Schem Code | Class Code | Class\nPN40 | 644 | Carpenter I\nPN30 | 643 | Carpenter II\n"
            "PN10 | 641 | Carpenter Supervisor") in text
    assert "Step | Monthly\nA | $5,870 (2024)" in text
    assert "Entry is typically from Carpenter I." in text.split("\n")


def test_main_region_dates_in_article_footer_and_definition_lists() -> None:
    page = ("<body><header>SITEHEADER</header><div class='sidebar'>SIDEBAR</div><main><article>"
            "<header><h1>Librarian I</h1></header><dl><dt>Salary</dt><dd>$28.40 - $36.25 hourly</dd>"
            "<dt>Job Number:</dt><dd>2024-0117</dd></dl><footer>Approved March 2023</footer></article></main>"
            "<footer>SITEFOOTER</footer></body>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert text == "# Librarian I\n\nSalary: $28.40 - $36.25 hourly\n\nJob Number: 2024-0117\n\nApproved March 2023"


def test_a_page_that_is_only_links_is_kept_rather_than_emptied() -> None:
    links = "".join(f"<li><a href='/spec/{n}'>Class specification {n}</a></li>" for n in range(12))
    text, _ = html_to_text(f"<html><body><h1>Class specifications</h1><ul>{links}</ul></body></html>".encode())
    assert "# Class specifications" in text and "- Class specification 11" in text


def test_deeply_nested_tables_stay_linear_and_keep_their_text() -> None:
    def page(depth: int) -> bytes:
        return ("<table><tr><td>a</td><td>b <table><tr><td>c</td><td>" * depth + "DEEP TEXT"
                + "</td></tr></table></td></tr></table>" * depth + "<p>AFTER</p>").encode()

    timings = []
    for depth in (1500, 3000):
        start = time.perf_counter()
        text, _ = html_to_text(page(depth))
        timings.append(time.perf_counter() - start)
        assert "DEEP TEXT" in text and "AFTER" in text  # past libxml2's 2048-level limit too
    assert timings[1] < 6 * timings[0] + 0.5, timings  # doubling the depth must not quadruple the time


def test_empty_and_hostile_input_does_not_raise() -> None:
    assert html_to_text(b"") == ("", "")
    for data in (b"   ", b"<html></html>", b"\x00\x01<p>\x08x</p>", b"<div>" * 5000 + b"deep", b"<?xml ?><p>&#0;</p>",
                 b"\xff\xfe<\x00p\x00>\x00", "<p>\ud800</p>".encode("utf-8", "surrogatepass")):
        text, title = html_to_text(data)
        assert isinstance(text, str) and isinstance(title, str) and "\x00" not in text
    assert html_to_text(b"<div>" * 5000 + b"deep")[0] == "deep"


def test_abutting_inline_elements_are_never_glued_and_a_label_span_reads_label_colon_value() -> None:
    """A page's layout shows <span>Job Number</span><span>2025-00318</span> apart; glued into "Job Number2025-00318"
    neither the label nor the number can be found or quoted."""
    assert html_to_text(b"<div><span>Job Number</span><span>2025-00318</span></div>")[0] == "Job Number: 2025-00318"
    assert html_to_text(b"<p>He <b>is</b><i>here</i> now</p>")[0] == "He is here now"
    page = ("<html><body><h1>Records Clerk</h1><div class='meta'><span>Salary</span><span>$21.40 Hourly</span></div>"
            "<div class='meta'><span>Closing Date</span><strong>03/14/2025</strong></div>"
            "<p>Maintains <em>personnel</em><em>files</em> and answers questions.</p></body></html>")
    text, _ = html_to_text(page.encode())
    assert text.split("\n\n") == ["# Records Clerk", "Salary: $21.40 Hourly", "Closing Date: 03/14/2025",
                                  "Maintains personnel files and answers questions."]


def test_a_label_span_opening_its_block_is_not_glued_to_the_text_after_it() -> None:
    """"<span class='who'>Applicant</span>How long is probation?": a style sheet shows the label on a line of its
    own; read as text the two words stay apart, while a drop capital ("<b>T</b>he") and mid-sentence bold stay
    as they are."""
    page = (b"<div class='chat'><div class='msg'><span class='who'>Applicant</span>How long is probation?</div>"
            b"<div class='msg'><span class='who'>Recruiter (Human Resources)</span>Twelve months.</div></div>")
    assert html_to_text(page)[0].split("\n\n") == ["Applicant How long is probation?",
                                                    "Recruiter (Human Resources) Twelve months."]
    assert html_to_text(b"<p><b>T</b>he clerk files.</p>")[0] == "The clerk files."
    assert html_to_text(b"<p>Files <b>record</b>s daily.</p>")[0] == "Files records daily."


def test_a_charts_labels_that_state_figures_are_read_and_a_figureless_drawing_is_dropped() -> None:
    """A series page drew its hourly ranges only as an SVG bar chart: each bar's labels are one line, labels
    sharing a column ("Step 1" over "$79,500") are one line, and an icon's SVG stays out."""
    page = (b"<main><h2>Salary ranges</h2><svg role='img'><title>Hourly ranges</title>"
            b"<g><rect x='230' width='134'/><text x='10'>Stores Specialist I</text><text x='380'>$21.06 - $25.60</text></g>"
            b"<g><text x='10'>Stores Specialist II</text><text x='446'>$23.22 - $28.22</text></g></svg>"
            b"<svg><g><text x='20'>Step 1</text><text x='20'>$79,500</text><text x='85'>Step 2</text>"
            b"<text x='85'>$81,940</text><text x='150'>Step 3</text><text x='150'>$84,450</text>"
            b"<text x='215'>Step 4</text><text x='215'>$87,030</text></g></svg>"
            b"<p>Apply <svg><path d='M0 0'/><text>Go</text></svg> online.</p></main>")
    lines = html_to_text(page)[0].split("\n\n")
    assert lines[:4] == ["## Salary ranges", "Hourly ranges", "Stores Specialist I: $21.06 - $25.60",
                         "Stores Specialist II: $23.22 - $28.22"]
    assert "Step 1: $79,500" in lines and "Step 4: $87,030" in lines
    assert lines[-1] == "Apply online."


def test_inline_text_with_its_own_spaces_and_table_cells_get_no_colon() -> None:
    """A label pair is two inline elements alone in a block outside a table row; text already spaced stays as it
    is, and two spans inside one table cell are kept apart by a space only."""
    assert html_to_text(b"<p><b>Note:</b> apply by Friday.</p>")[0] == "Note: apply by Friday."
    assert html_to_text(b"<p>Full <b>time</b> position</p>")[0] == "Full time position"
    text, _ = html_to_text(b"<table><tr><td><span>Range</span><span>22</span></td><td>$19.55</td></tr></table>")
    assert text == "Range 22 | $19.55"


def test_a_row_drawn_with_two_blocks_reads_as_one_line() -> None:
    """<div><div>20%</div><div>Web mapping …</div></div>: the share of time stands beside its duty on the page,
    so it is one line; a short label block and its short value read "Label: value"; a heading block above a
    long section body stays a line of its own."""
    page = ("<html><body><h1>GIS Analyst</h1><div class='duty'><div class='pct'>20%</div><div class='text'><b>Web "
            "mapping.</b> Builds web maps and dashboards.</div></div><div class='row'><div>Salary</div><div>$5,100 - "
            "$6,200 monthly</div></div><div class='sec'><div>Working Conditions</div><div>" + "Office work. " * 15 +
            "</div></div></body></html>")
    lines = html_to_text(page.encode())[0].split("\n\n")
    assert "20% Web mapping. Builds web maps and dashboards." in lines
    assert "Salary: $5,100 - $6,200 monthly" in lines
    assert "Working Conditions" in lines


def test_a_read_only_text_box_holding_the_document_is_its_content() -> None:
    """A CMS preview puts the whole specification, as escaped HTML, in a <textarea>; a form's short box stays out."""
    body = "&lt;h3&gt;Definition&lt;/h3&gt;&lt;p&gt;" + "Provides veterinary technical care to shelter animals. " * 5 + "&lt;/p&gt;"
    page = (f"<html><body><div>Edit | Preview | History</div><textarea readonly>{body}</textarea>"
            "<form><textarea name='note'>short note</textarea></form></body></html>")
    text = html_to_text(page.encode())[0]
    assert "### Definition" in text and "Provides veterinary technical care" in text
    assert "short note" not in text


def test_a_row_of_a_label_block_with_its_colon_and_a_value_block_reads_as_one_line() -> None:
    html = (b"<html><body><div class='hdr'><div class='row'><div class='lbl'>Bargaining Unit:</div>"
            b"<div class='val'>11 - Registered Nurses</div></div><div class='row'><div class='lbl'>Class Code:</div>"
            b"<div class='val'>5271 / 5272</div></div></div><h2>Definition</h2><p>Provides nursing services to "
            b"families in their homes and in county clinics.</p></body></html>")
    text, _ = html_to_text(html)
    assert "Bargaining Unit: 11 - Registered Nurses" in text and "Class Code: 5271 / 5272" in text


def test_a_job_boards_key_facts_beside_its_main_region_are_kept() -> None:
    html = (b"<html><body><nav><a href='/'>Home</a><a href='/jobs'>Jobs</a></nav><main><h1>Food Service Worker I</h1>"
            b"<p>Prepares, portions and serves breakfast and lunch to students; cleans kitchen and serving areas and "
            b"keeps sanitation standards in accordance with county health regulations.</p></main>"
            b"<aside><div class='card'><h2>Job Details</h2><dl><dt>Posted</dt><dd>08/04/2025</dd><dt>Closes</dt>"
            b"<dd>08/18/2025 11:59 PM</dd><dt>Salary</dt><dd>$18.27 - $21.14 Per Hour</dd></dl></div>"
            b"<div class='similar'><h2>Similar Jobs</h2><ul><li><a href='/1'>Cook</a></li><li><a href='/2'>Baker</a></li>"
            b"</ul></div></aside></body></html>")
    text, _ = html_to_text(html)
    assert "Closes: 08/18/2025 11:59 PM" in text and "Salary: $18.27 - $21.14 Per Hour" in text
    assert text.index("Prepares, portions") < text.index("Closes:") and "Baker" not in text


def test_a_key_facts_box_with_no_heading_of_its_own_is_headed_by_its_label() -> None:
    """The sidebar's facts come after the page's last section ("Other Jobs at …", a later box's heading): headed by
    the box's label, they are no part of that section."""
    html = (b"<html><body><main><h1>Solid Waste Equipment Operator</h1><p>Operates automated side-loader and roll-off "
            b"trucks on residential and commercial collection routes in all weather conditions.</p>"
            b"<h2>Selection Process</h2><p>Practical driving test, tentatively the week of March 9, 2026.</p></main>"
            b"<aside aria-label='Job summary'><dl><dt>Salary</dt><dd>$25.80 - $33.95 Hourly</dd><dt>Opening Date</dt>"
            b"<dd>02/02/2026</dd><dt>Closing Date</dt><dd>2/23/2026 5:00 PM</dd></dl><h2>Other Jobs at the District</h2>"
            b"<ul><li><a href='/1'>Fleet Mechanic II</a></li></ul></aside></body></html>")
    text, _ = html_to_text(html)
    assert "## Job summary\nSalary: $25.80 - $33.95 Hourly" in text, text


def test_a_pay_table_in_a_box_beside_the_main_region_is_kept_with_its_notes() -> None:
    """A series page's "Pay at a Glance" box in the right rail: each level's range, and the hourly equivalents
    under the table; the rail's list of related classes' links is not read in."""
    html = (b"<html><body><nav><a href='/'>Home</a><a href='/jobs'>Jobs</a></nav><main><h1>Evidence Technician "
            b"Series</h1><p>Incumbents receive, document, store and release property and evidence that officers book, "
            b"and maintain the chain of custody for every item until its final disposition.</p></main>"
            b"<aside><div class='box'><h2>Pay at a Glance</h2><p>Biweekly salary ranges</p><table><tr><th>Class</th>"
            b"<th>Grade</th><th>Biweekly Range</th></tr><tr><td>Evidence Technician I</td><td>P14</td>"
            b"<td>$2,310.40 - $2,951.20</td></tr><tr><td>Senior Evidence Technician</td><td>P21</td>"
            b"<td>$3,060.00 - $3,907.20</td></tr></table><p>Hourly equivalents: ET I $28.88 - $36.89.</p></div>"
            b"<div class='box'><h2>Related Classes</h2><ul><li><a href='/1'>Crime Analyst</a></li></ul></div>"
            b"</aside></body></html>")
    text, _ = html_to_text(html)
    assert "Senior Evidence Technician | P21 | $3,060.00 - $3,907.20" in text
    assert "Hourly equivalents: ET I $28.88 - $36.89." in text and "Crime Analyst" not in text


def test_a_pay_list_in_a_side_box_keeps_terms_that_name_a_whole_class_and_its_code() -> None:
    """"Deputy District Attorney I (Class 2811)" beside "$98,446 - $119,662": a long term, but a class's name and its
    pay range; a side menu's long link texts are still left out."""
    html = (b"<html><body><aside><h2>In This Section</h2><ul><li><a href='/a'>Class Specifications A-Z</a></li>"
            b"<li><a href='/b'>Legal and Judicial Classes</a></li></ul></aside><main><h1>Deputy District Attorney I/II/III"
            b"</h1><p>Incumbents prosecute criminal cases on behalf of the People, from misdemeanor arraignments through "
            b"felony jury trials, and provide legal advice to law enforcement agencies.</p></main>"
            b"<aside><div class='box'><h2>Salary at a Glance</h2><dl>"
            b"<dt>Deputy District Attorney I (Class 2811)</dt><dd>$98,446 - $119,662</dd>"
            b"<dt>Deputy District Attorney II (Class 2812)</dt><dd>$113,214 - $137,613</dd>"
            b"<dt>Deputy District Attorney III (Class 2813)</dt><dd>$137,613 - $167,273</dd></dl></div></aside>"
            b"</body></html>")
    text, _ = html_to_text(html)
    assert "## Salary at a Glance\nDeputy District Attorney I (Class 2811): $98,446 - $119,662" in text, text
    assert "Deputy District Attorney III (Class 2813): $137,613 - $167,273" in text
    assert "Legal and Judicial Classes" not in text


def test_an_embedded_postings_srcdoc_frame_is_read_as_part_of_the_page() -> None:
    import html as html_lib

    posting = ("<html><body><h1>Bus Operator (Full-Time)</h1><p>Job Number 2025-017</p>"
               "<h2>Compensation</h2><p>$24.87 - $33.41 per hour. New operators attend a paid seven-week training "
               "class at the starting rate.</p><h2>Probation</h2><p>New operators serve a 180-day probation.</p>"
               "</body></html>")
    page = ("<html><head><title>Bus Operator - JobHarbor</title></head><body><nav><a href='/'>Home</a></nav>"
            "<main><h1>Bus Operator - Full Time</h1><p>$25 - $33 an hour (rounded)</p>"
            f"<iframe srcdoc=\"{html_lib.escape(posting, quote=True)}\" title='Original posting'></iframe>"
            "</main></body></html>").encode()
    text, _ = html_to_text(page)
    assert "$24.87 - $33.41 per hour" in text and "180-day probation" in text
    assert text.index("$25 - $33 an hour") < text.index("$24.87")  # in the frame's place on the page


def test_a_button_that_opens_the_block_after_it_is_that_blocks_heading() -> None:
    """Accordions: "<button aria-expanded>Minimum Qualifications</button><div>…</div>" and "<h3><button>Level
    2</button></h3>" name the block they open; an "Apply" or "Print" button opens nothing and stays furniture."""
    page = (b"<html><body><main><h1>Horticulturist Series</h1>"
            b"<button type='button' class='accordion-toggle' aria-expanded='false'>Minimum Qualifications</button>"
            b"<div><p>An associate degree in horticulture or two years of paid experience in public garden work.</p></div>"
            b"<h3><button type='button' data-accordion>Horticulturist 2</button></h3>"
            b"<div><p>A bachelor's degree in horticulture and one year of professional horticultural experience.</p></div>"
            b"<p><button type='button'>Apply</button> <button type='button'>Print</button></p>"
            b"<p>Applications are accepted online through the state careers portal until the position is filled.</p>"
            b"</main></body></html>")
    text, _ = html_to_text(page)
    assert "#### Minimum Qualifications\n\nAn associate degree" in text, text
    assert "### Horticulturist 2\n\nA bachelor's degree" in text, text
    assert "Apply" not in text and "Print" not in text, text



def test_a_dialog_holding_a_table_is_content_other_dialogs_are_controls() -> None:
    """The salary grades a "See salary grades" link opens live in a <dialog>: its table is the pay; a cookie
    dialog is no content."""
    page = ("<html><body><main><h1>Public Safety Officer I and II</h1><p>Salary grade U-08 / U-10. "
            + "Patrols the campus on foot and by vehicle. " * 20 + "</p>"
            "<dialog id='grades'><h2>Staff Salary Grades (monthly)</h2><table><tr><th>Grade</th><th>Minimum</th>"
            "<th>Maximum</th></tr><tr><td>U-10</td><td>$4,310</td><td>$5,818</td></tr></table></dialog>"
            "<dialog id='cookies'><p>We use cookies to improve your visit.</p><button>Accept</button></dialog>"
            "</main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "U-10 | $4,310 | $5,818" in text
    assert "cookies" not in text


def test_a_noscript_table_is_content_other_noscript_blocks_are_not() -> None:
    """A pay table a script widget draws from data is printed in <noscript> for readers without scripts: that
    table is the pay; a "please enable JavaScript" notice is no content."""
    page = ("<html><body><main><h1>Traffic Signal Technician II</h1><p>Range R-57. "
            + "Troubleshoots and repairs signal controllers. " * 20 + "</p>"
            "<div id='pay-widget'>Loading salary table…</div>"
            "<noscript><table><tr><th>Range</th><th>Step A</th><th>Step E</th></tr>"
            "<tr><td>R-57</td><td>$33.78</td><td>$41.06</td></tr></table></noscript>"
            "<noscript><p>Please enable JavaScript to use the job alerts.</p></noscript>"
            "</main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "R-57 | $33.78 | $41.06" in text
    assert "enable JavaScript" not in text
    lines = ("<html><body><main><h1>Weatherization Installer II</h1><p>Range W17. " + "Installs insulation. " * 20
             + "</p><noscript><p>Hourly rates for the ranges in this series:<br>Range W17: $23.52 / $24.70 / $28.59<br>"
             "Range W20: $26.07 / $27.37 / $31.69</p></noscript></main></body></html>")
    text, _ = html_to_text(lines.encode("utf-8"))
    assert "Range W17: $23.52 / $24.70 / $28.59" in text  # a fallback printing the rates as lines is content too


def test_the_pay_a_toggle_hides_is_kept_screen_reader_text_is_not() -> None:
    """An "Hourly | Biweekly | Annual" toggle shows one figure and hides the others as `hidden` siblings: all are
    the class's pay; a short hidden label with no sibling shown is dropped."""
    page = ("<html><body><main><h1>Street Lighting Electrician</h1><p>Maintains streetlights and circuits. " * 10
            + "</p><div class='pay'><span class='pay-amount'>$38.12 - $48.67 Hourly</span>"
            "<span class='pay-amount' hidden>$3,049.60 - $3,893.60 Biweekly</span>"
            "<span class='pay-amount' hidden>$79,289.60 - $101,233.60 Annually</span></div>"
            "<span class='note' hidden>Opens in a new window</span></main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "$3,049.60 - $3,893.60 Biweekly" in text and "$79,289.60 - $101,233.60 Annually" in text
    assert "new window" not in text


def test_a_pages_heading_beside_its_apply_print_email_buttons_is_kept() -> None:
    """A job board's <h1> shares a block with its Apply / Print / Email / Job Alert links: the block is link-heavy,
    but its heading is what the page is about, not a menu's caption."""
    page = ("<html><body><nav><a href='/'>Home</a><a href='/jobs'>Jobs</a><a href='/hr'>HR</a></nav><main>"
            "<div class='job-head'><h1>Greenhouse Grower</h1><div class='job-actions'><a href='/apply'>Apply</a>"
            "<a href='#'>Print</a><a href='mailto:?'>Email</a><a href='/alerts'>Job Alert</a></div></div>"
            + "<p>Grows the City's bedding plants and hanging baskets from seed to finished plants.</p>" * 6
            + "</main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "# Greenhouse Grower" in text, text
    assert "Job Alert" not in text, text
