"""Page furniture: lines that are never a class's name, whatever the publisher.

Print buttons, banners, office names, packet marks and street addresses sit where titles sit on
real pages ("Print Friendly", "=== Job Details ===", "Attachment B"). The title finder skips them
and the documents page warns when a title reads like one.

Example:
    >>> is_page_furniture("Print Friendly")
    True
"""

from __future__ import annotations

import re

from assistant.ingest.title_text import DOCUMENT_KIND

# a web or mail address alone on its line ("www.county.example/csc", "hr@county.example")
WEB_OR_MAIL = r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
# Page furniture that is never a class title, whatever the publisher ("Print Friendly", "=== Job Details ===").
NOT_A_TITLE = re.compile(
    r"equal (?:employment )?opportunity|print(?:er)?[ -]friendly|share this|job details|job posting|job bulletin|"
    r"recruitment (?:bulletin|announcement)|(?:job|position|examination) announcement|open competitive|"
    r"apply (?:now|online|here)|skip to|main menu|sign in|log ?in\b|home\s*[>»/]|back to|^[=*_~-]{2,}|[=]{2,}\s*$|"
    r"page \d+ of \d+|^(?:search|menu|navigation|contact us|careers?|jobs?)$|"
    r"^(?:now|we'?re|we are|is) (?:hiring|recruiting)\b|^join (?:our|the) team\b|"  # a banner's call, not the job
    r"^(?:[a-z-]+ )?(?:employment|job|career|position) opportunit(?:y|ies)$|"  # "Classified Employment Opportunity"
    r"^(?:search jobs|job search|all jobs|save job|share|share this job|create a job alert|job alerts?|my account)$|"
    r"\b(?:department|division|bureau)$|\b(?:personnel|human resources|employment) services$|"  # an office's name
    # the body that classifies, alone or with its service or its notice's number ("Personnel Commission - Classified
    # Service", "Civil Service Commission No. 26-CS-0412")
    r"\b(?:civil service|personnel|merit system|merit|classification) (?:commission|board)(?:$|\s*[-–—,]|\s+no\b)|"
    r"\bclassified service$|"
    r"^(?:the )?(?:class|job) (?:series|family)$|"  # a section naming no job ("Class Series")
    r"^(?:about (?:the|this) (?:job|position|role)|job summary|position summary|overview|the role)$|"
    r"^about (?:us|our \w+|the \w+(?: \w+)?)$|"  # "About the Port", "About the Department": the employer, not a job
    r"^(?:section|part|article)\s+[A-Z0-9]{1,3}\b\s*[-–—:.]|"  # a form's or a code's section ("SECTION A - POSITION …")
    r"^(?:class|job|position) (?:information|details|data)$|"  # a box of the class's fields, not its name
    r"^(?:(?:classification|compensation)(?: and (?:pay|compensation))?|pay|salary) plan$|"  # a plan of many classes
    r"\bfy ?\d{2,4}\b|^(?:plan year|run (?:date|time)|report)\b|"  # a payroll report's header lines
    r"^(?:(?:inter-?office )?(?:memorandum|memo)|(?:council |board )?(?:staff|agenda) report)$|"  # a memo's kind, not its subject
    r"\b(?:examination|exam|employment|civil service|personnel) bulletin$|^bulletin\b|"  # the kind of paper, not its class
    r"^(?:exam(?:ination)?|announcement|bulletin|posting|recruitment|requisition|notice|job(?: opening)?|position|"
    r"vacancy)\s+(?:id|no\.?|number|#)\s*[:#]?\s*[\w-]+$|"  # ("Job Opening ID 26-1183": the posting's number)
    # a posting's number, whatever its words ("Job Control No. 26-OEM-0311"); a resolution's or an ordinance's number
    # names the paper itself ("Resolution No. 2025-47", which a question may ask by it)
    r"^(?!(?:resolution|ordinance)\b)(?:[a-z]+\s+){1,3}(?:no\.|number|#)\s*[:#]?\s*[\w-]*\d[\w-]*$|"
    # a form's row of numbered labels ("1. CLASSIFICATION TITLE 2. WORKING TITLE", "5. DEPARTMENT 6. SECTION"), the
    # names under them
    r"\btitles?$|^\d{1,2}\.\s+[a-z][^\n]*?\s\d{1,2}\.\s+[a-z]|"
    # a page's contents box, and a staff report's sections, over the document's own name
    r"^(?:on this page|in this (?:page|section|article)|(?:table of |page )?contents|jump to(?: section)?|quick links|"
    r"related links|recommendations?|background|fiscal impact|discussion|attachments?)$|"
    # a proposal's status over the class it proposes ("NEW CLASSIFICATION - RECOMMENDED FOR ADOPTION")
    r"\brecommended for (?:adoption|approval)\b|^(?:new|proposed|revised|draft) (?:classification|class|job description)\b|"
    r"\battachment\s+[A-Z0-9]{1,3}\b|"  # an agenda packet's mark ("Agenda Item 9 - Attachment A")
    # a reissue's notice over the bulletin ("ERRATA - BULLETIN REISSUED MARCH 30, 2026") and a board's record of what
    # it did ("Board action"), not the class
    r"^(?:errata|erratum|corrections?|amendments?|addend(?:um|a))\b|\breissued\b|^(?:board|council|commission) actions?$|"
    r"^(?:agenda )?item\s+(?:no\.?\s*)?[\w.-]{1,8}$|^packet p(?:g|age)\.?\s*\d+$|"  # a council packet's page marks
    r"^(?:(?:regular|special|adjourned|board|council|commission|committee)\s+)*meeting\b[^\n]*?"  # "BOARD MEETING 02/10/2026"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)|"
    r"\bversion$|"  # the copy's kind, not its job ("TEXT-ONLY ACCESSIBLE VERSION", "Printable Version")
    r"\S {3,}[A-Z]{1,2}-?\d{1,3}$|"  # a newspaper's masthead and its page ("THE ALDER LEDGER-COURIER      B9")
    r"^\d{1,6}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|square|sq|boulevard|blvd|drive|dr|way|lane|"
    r"ln|plaza|court|ct|place|pl|parkway|pkwy|circle|highway|hwy)\b|"  # a street address
    # a web or mail address, or a telephone number, alone: how to reach the publisher ("www.county.example/csc")
    rf"{WEB_OR_MAIL}|^(?:tel\.?|phone:?)?\s*\(?\d{{3}}\)?[\s.-]*\d{{3}}[\s.-]\d{{4}}$",
    re.IGNORECASE,
)


def is_page_furniture(title: str) -> bool:
    """Whether a title reads like page furniture ("Print Friendly", "=== Job Details ===")."""
    return bool(NOT_A_TITLE.search(title.strip())) or bool(DOCUMENT_KIND.fullmatch(title.strip()))
