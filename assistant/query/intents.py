"""What kind of fact a question asks for, and what evidence would state it.

Each intent has question cues, the section types where the fact usually sits, and an evidence pattern: a passage
that does not match it cannot answer the question (that is how "the class is there but the fact is not" is detected).

Example:
    >>> detect_intents("What degree does the Butte County IT specialist job require?")[0].name
    'education'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Collection

from assistant.domain.pay import PAY_COMPENSATION, SHIFT_RATE
from assistant.text import plain_spelling
from assistant.query.asides import without_set_aside
from assistant.query.costs_asked import asks_cost_borne
from assistant.query.intent_values import DATE, VALUE_PATTERNS


@dataclass(frozen=True)
class Intent:
    name: str
    cues: re.Pattern[str]
    sections: tuple[str, ...]
    evidence: re.Pattern[str]
    words: tuple[str, ...] = ()  # words that the cue already covers (not counted as unanswered terms)
    value: re.Pattern[str] | None = None  # what a passage that states the fact itself looks like


# "What does a Carpenter II do that a Carpenter I doesn't?": what one class does beyond another
# ("what does a Highway Engineer III do at the State of Carrowell that a Highway Engineer II doesn't?": where, between)
BEYOND_THE_OTHER = (r"(?:do(?:es)?|handles?|performs?|covers?|ha(?:s|ve)|gets?)(?: (?:at|in|for|with) [\w' ]{2,40}?)? that "
                    r"(?:an? |the )?[\w\s]{0,60}(?:doesn'?t|does not|don'?t|do not|can'?t|cannot)")
# "dive pay", "hazard pay": a kind of extra pay named by what it is paid for (holiday pay is paid leave)
PAID_FOR = (r"(?:dive|diving|hazard(?:ous duty)?|swing|certification|assignment|specialty|skills?|retention|canine|k-?9|"
            r"sea) pay")


# what one question asks runs up to the next one ("what step do new hires start on and how do raises work?")
_ONE_QUESTION = r"(?:(?!\b(?:and|or)\s+(?:how|what|when|where|why|who|which)\b)[^,;?])*"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


INTENTS: list[Intent] = [
    Intent("salary", _p(r"\b(salary|salaries|pay(?!\s*grade)|pays|paid(?! (?:training|leave|time off|holidays?|vacation|sick|"
                        r"academy|internship|apprenticeship|(?:for )?by|out of)\b)|earn|earns|earning|makes?(?!\s+(?:u|you|them|me|us|him|her|people|employees|staff|workers)\b)|wage|wages|" + PAY_COMPENSATION + r"|how much money|(?:hourly|annual|monthly)(?!\s+(?!(?:salary|salaries|pay|wages?|rates?|range|income|compensation|amount|figure|base|steps?)\b)[a-z])|annually|per (?:hour|hr)|an? (?:hour|hr)|(?:per|a) yr|(?<!days )(?<!weeks )(?<!months )a year(?![- ]round)|per month|per year|biweekly|tops? out|topping out|top step|starts? (?:out )?(?:at )?(?:an? )?(?:higher|lower)(?: (?:rate|pay|wage|salary)s?)?|(?:higher|lower|better|starting|base|pay) rates?|hiring (?:range|rate)s?|full (?:salary |pay )?range|dollars?)\b|"
                      r"\${2,}|\bhow much\s*\$(?!\s?\d)"),  # "how much $$": money asked in signs
           ("salary", "header"), _p(r"\$\s?\d|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b|\b\d+\.\d{2}\b"),
           ("salary", "pay", "paid", "earn", "make", "wage", "compensation", "hourly", "annual", "monthly", "hour", "year", "range", "dollar", "money",
            # where in the range ("the top pay", "the starting wage"): the pay's own words, not a subject to find
            "top", "bottom", "maximum", "minimum", "max", "min", "highest", "lowest", "starting")),
    # ("what salary band …?": a university's or a state's name for a grade)
    Intent("grade", _p(r"\b(grade|pay grade|salary grade|range number|what (?:salary |pay )?range|which (?:salary |pay )?range|salary schedule|pay schedule|"
                       r"(?:salary|pay|job|broad) band|(?:what|which) band)\b"),
           ("salary", "header", "duties"), _p(r"\bgrade\b|\brange\s*(?:no\.?|number|#)?\s*:?\s*\d|\bschedule\b|\bband\s*[A-Z0-9]"),
           ("grade", "range", "schedule", "salary", "pay", "band")),
    Intent("code", _p(r"\b(class code|job code|class number|(?<!building )(?<!safety )(?<!electrical )(?<!plumbing )(?<!fire )"
                      r"(?<!vehicle )(?<!penal )(?<!health )(?<!municipal )(?<!dress )(?<!and )"
                      # (a code of writing or of law, not the class's: "the math braille code", "the tax code")
                      r"(?<!braille )(?<!math )(?<!nemeth )(?<!morse )(?<!zip )(?<!area )(?<!tax )(?<!labor )(?<!civil )"
                      r"(?<!criminal )(?<!education )(?<!water )(?<!color )(?<!source )(?<!billing )(?<!door )code(?! of (?:conduct|ethics|regulations))(?!\s+(?:enforcement|compliance|inspectors?|officers?)\b))\b"), ("header",), _p(r"\bcode\b"), ("code", "class", "number")),
    Intent("education", _p(r"\b(degree|(?<!special )(?<!continuing )(?<!professional )education|diploma|bachelor'?s?|associate(?:'s|s)(?!\s+level)|associate (?:degree|of arts|of science)|master(?:'s|s)|master of|ged|college(?! (?:district|campus(?:es)?|police|safety)\b)|(?<!many )school(?! (?:district|year|bus|site|board|calendar|days?)\b)|4[- ]year|four[- ]year|2[- ]year|graduate)\b"),
           ("qualifications",), _p(r"degree|diploma|\bGED\b|education|bachelor|associate|master|college|high school|graduat|"
                                  r"\b(?:12th|twelfth) grade"),
           ("degree", "education", "diploma", "college", "school", "year", "graduate")),
    Intent("experience", _p(r"\b(experience|years of(?! (?:continuous |full-time )?(?:service|employment))|how long .* worked|background(?!\s+(?:check|investigation|screening)))\b"), ("qualifications",), _p(r"experience"), ("experience", "year")),
    Intent("license", _p(r"\b(licen[cs]es?|driver'?s?|driving|cdl|commercial|endorsement)\b"), ("licenses", "qualifications", "special"),
           _p(r"licen[cs]e|\bCDL\b|endorsement"), ("license", "licence", "driver", "driving", "cdl", "commercial", "endorsement", "valid")),
    Intent("certification", _p(r"\b(certificat\w*|certified|credentials?|certs?)\b"), ("licenses", "qualifications", "special"),
           _p(r"certif|credential"), ("certificate", "certification", "certified", "credential")),
    Intent("overtime", _p(r"\bOT\b|\b(overtime|flsa|exempt|non-?exempt|time and a half|comp(?:ensatory)? time)\b"), ("overtime", "special", "header"),
           # ("… paid straight-time pay for the extra hours": how an exempt class's extra hours are paid)
           _p(r"overtime|exempt|\bFLSA\b|time and (?:a|one)[- ]half|one and one[- ]half times|compensatory time|straight[- ]time"),
           ("overtime", "flsa", "exempt", "eligible", "eligibility", "pay", "status")),
    # ("how many cases does a caseworker carry?", "do they carry a gun?": carried, not lifted)
    Intent("lift", _p(r"\b(lift|lifting|heav(?:y|ier|iest)|weight|pounds|lbs)\b|^(?!.*\b(?:cases?|caseloads?|clients?|participants?|"
                      r"students?|guns?|firearms?|weapons?|pagers?|phones?|radios?)\b).*\bcarry\b"), ("physical",), _p(r"\blift|pounds|\blbs\b|\d\s?lb"),
           ("lift", "lifting", "heavy", "heavier", "heaviest", "weight", "pound", "lbs", "carry", "object", "stuff", "must", "able")),
    Intent("reports_to", _p(r"\b(report(?:s)? to(?! work)|reporting to(?! work)|boss|supervisor is|who supervises|"
                            r"who(?:'s| is) (?:the |their |his |her )?(?:direct |immediate )?supervisor)\b"), ("supervision", "header"),
           # ("Under direction of the City Surveyor, the Survey Party Chief plans …": whose direction it works under)
           _p(r"reports? to|supervision (?:from|of)|direction from|supervised by|receives|under (?:the )?(?:\w+ )?direction of"),
           ("report", "boss")),
    Intent("supervision", _p(r"\b((?<!who is the )(?<!who's the )supervis\w*|oversee\w*|manage staff|lead direction|direct(?:ly)? (?:supervise|staff))\b"), ("supervision",),
           # ("The supervisor directs two full-time Box Office Assistants …" supervises; a "Supervisory Unit" bargains)
           _p(r"supervis(?!ory (?:unit|employees?)\b)|lead direction|direction to|direction over|oversee|\bdirects (?:the work of|(?:a |the )?(?:staff|team|crew)\b|"
              r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) )"), ("supervise", "supervision", "staff", "directly", "oversee")),
    Intent("probation", _p(r"\b(probation\w*|probaton|introductory period|trial period)\b"), ("special", "other"),
           # ("a six-month trial service period", "a working test period": other employers' names for probation)
           _p(r"probation|introductory|trial (?:service )?period|working test period"),
           ("probation", "probationary", "introductory", "period", "probaton")),
    # "Which union represents …?", "what bargaining unit is it in?"
    Intent("union", _p(r"\b(unions?|bargaining(?: unit)?|collective bargaining|represented by|labor (?:agreement|contract))\b|"
                       r"\bwho represents\b"), ("header", "special", "other"),
           _p(r"\bbargaining\b|\bunion\b|\bassociation\b|\brepresented by\b|\b(?:un)?represent(?:ed|ation)\b|\bMOU\b|\blocal \d|\bAFSCME\b|\bSEIU\b|"
              r"\bTeamsters\b|\bIBEW\b|\bunit\s*\(?\s*(?:unit\s*)?\d"),
           ("union", "unions", "bargaining", "unit", "represent", "represents", "represented", "labor")),
    Intent("promotion", _p(r"\b(?:how (?:do|does|can|could|would|to)|what (?:does|would|will) it take)\b[^?]{0,80}\b(?:(?:get|move|go|step)\s+(?:up\s+)?(?:to|into)|become)\b"
                           r"[^?]{0,40}\b(?:level|[IVX]{1,4}|[1-5]|senior|lead|next)\b|"  # ("how do they get to level II?")
                           r"\bnext (?:job|step|position|class|rung) up\b|"
                           r"\b(promot(?!ional (?:exam|examination|test|process|list|announcement|bulletin|recruitment|posting))\w*|mov(?:e|es|ed|ing) up|advance\w*|career ladder|next level|flexibly staffed|bump(?:ed|s)? up|get bumped)\b"), ("distinguishing", "special", "other"),
           _p(r"promot|advance|move to|flexibl|may compete|appointed to|reclassifi\w* (?:to|as)\b"),
           ("promote", "promoted", "promotion", "move", "advance", "take", "bump", "bumped")),  # "get bumped up to II"
    Intent("physical", _p(r"\b(physical|standing|stand|bend|climb|working conditions|environment|outdoors|noise|fitness)\b"), ("physical",),
           # (a fitness standard is stated by what one carries and how far: "a 3-mile hike carrying a 45-pound pack")
           _p(r"physical|stand|bend|climb|environment|outdoor|noise|fitness|\bcarry(?:ing)?\b|\blift(?:ing)?\b|"
              r"\d+[- ](?:pound|lb)|\bhike\b|\bendurance\b|\bstrength\b"),
           ("physical", "demand", "conditions", "environment")),
    Intent("typing", _p(r"\b(typing|type(?!\s+of\b)|wpm|words per minute|keyboarding)\b"), ("ksa", "qualifications"), _p(r"typ|words per minute|keyboard"),
           ("typing", "type", "speed", "wpm")),
    Intent("substitution", _p(r"\b(substitut\w*|sub\b|in lieu|count(?:s)? (?:toward|towards|instead)|in place of|equivalent|replace|"
                            r"instead of (?:an? |the |my |any )?(?:[\w-]+ )?(?:degree|diploma|education|experience|college|license|"
                            r"certificat\w*|training|schooling)|(?:experience|education|degree|training)\b[^?]{0,40}\binstead)\b"), ("qualifications",),
           _p(r"substitut|in lieu|equivalent|count(?:s|ed)? toward|may replace|qualifying"), ("substitute", "sub", "instead", "lieu", "count", "equivalent", "replace")),
    Intent("differential", _p(r"\b(bilingual|differential|premium|longevity|standby pay|mileage|" + PAID_FOR + r"|on-?call pay|incentive|call(?:ed)?[- ]?(?:backs?|outs?) pay|(?:pa(?:y|ys|id)|how much|earns?)\b[^?]{0,60}\bcall(?:ed)?[- ]?back|call(?:ed)?[- ]?backs?\b[^?]{0,60}\b(?:pa(?:y|ys|id)|how much|earns?)|pa(?:y|ys|id)\b[^?]{0,50}\b(?:for |during )?(?:standby|on[- ]?call)|(?:get|paid|earn|pay|make)s?\s+(?:anything\s+|(?:[\w'’]+\s+){1,3})?extra\b(?! (?:hours?|time|shifts?|dut(?:y|ies)|work)\b)|(?:anything|something) extra|extra (?:pay|money|for|when|if)|how much (?:extra|more)\b[^?]{0,80}\bpa(?:y|ys|id)\b[^?]{0,40}\bfor\b|how much (?:extra|more)\b(?![^?]*\bthan\b)[^?]{0,80}\b(?:get|gets|earn|earns|receive|receives)\b[^?]{0,40}\bfor\b|(?:pa(?:y|ys|id)|earn)\b[^?]{0,20}\bfor speaking\b(?! (?:at|to|with|on|before|in public)\b)|(?:pa(?:y|ys|id)|earn)\s+(?:more|extra)\s+for\s+(?:having|holding|being|knowing)\b|(?:nights?|evenings?|weekends?|overnights?|swing|graveyard)(?:\s+shifts?)?\s+(?:pay|get paid|earn)\s+(?:more|extra)|(?:pa(?:y|ys|id)|earn)\s+(?:more|extra)\s+(?:for|on|at|during)\s+(?:the\s+)?(?:nights?|evenings?|weekends?|overnights?|swing|graveyard))\b|extra \$"), ("salary", "special", "other"),
           # ("Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour": a shift's row in a table of differentials)
           # (a share that is no pay: "rose 38 percent from 2023", "40% of time")
           _p(r"bilingual|differential|premium|longevity|standby|on-call|incentive|stipend|call[- ]?(?:back|out)|mileage|per mile|"
              r"\d\s?(?:%|percent)(?!\s+from\b|\s+of\s+(?:the\s+|their\s+|work\s+)?time\b)|"
              + PAID_FOR + r"|"
              r"(?:extra|additional)\s+(?:[\w-]+\s+){0,2}?(?:pay|compensation)|" + SHIFT_RATE.pattern),
           ("bilingual", "differential", "premium", "longevity", "standby", "incentive", "extra", "mileage")),
    # when the work is done: on call, nights, weekends, shifts, the work schedule ("what's the schedule like?"; a
    # salary schedule is pay)
    Intent("on_call", _p(r"\b(on[- ]?call|after[- ]hours|standby|nights?|weekends?|saturdays?|sundays?|shifts?|(?<!salary )(?<!pay )schedule|"
                         r"what hours|work(?:ing)? hours|(?:what|which) are the hours|the hours like|"
                         # ("what days and hours does it work?", "which days does it work?")
                         r"(?:what|which) days(?: and (?:hours|times))?(?: does| do| will| would| is| are)\b[^?]{0,80}\bwork|"
                         # ("what time do they start?", "start time")
                         r"what time (?:do|does|will|would|is|are)\b[^?]{0,30}\b(?:start|begin|end|finish|get off)|"
                         r"start(?:ing)? times?)\b"),
           ("duties", "special", "physical"),
           _p(r"on[- ]call|after-hours|standby|night|weekend|shift|saturday|sunday|holiday|irregular hours|odd hours|evening|"
              r"(?<!salary )(?<!pay )schedule\b(?! (?:of|for) (?:pay|salar))|\d+[- ]hours? (?:on|shifts?|days?)|hours? off|"
              r"work ?week|\bplatoon|\b(?:mon|tues|wednes|thurs|fri)days?\b(?!,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:-|–|to|until)\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\b"),
           ("call", "after", "hours", "standby", "night", "weekend", "shift", "schedule")),
    # where the work is: "where would I report to work?", "where is the job located?"
    Intent("location", _p(r"\bwhere (?:would|will|do|does|is|are|am)\b[^?]{0,40}\b(?:work|report|located|based|stationed)\b|"
                          r"\b(?:work |job )?location\b|\breport(?:ing)? to work\b"),
           ("header", "summary", "other", "special"),
           _p(r"\blocation\b|\blocated\b|\breport(?:s|ing)? to (?:the |a )?[\w ]{0,30}(?:yard|facility|center|office|building|"
              r"station|site|campus|plant)\b|\b\d{1,5} [A-Z][a-z]+ (?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Way)\b"),
           ("where", "location", "located", "report", "work", "based", "stationed")),
    # how much of the year and of the day the job works ("how many days a year …", "the work year and daily hours")
    Intent("work_year", _p(r"\b(?:work(?:ing)?|school|calendar) year\b|\byear[- ]round\b|\ball year\b|"
                           r"\b(?:9|10|11|12|nine|ten|eleven|twelve)[- ]month (?:job|position|employee|calendar)\b|"
                           r"\b(?:days?|months?) (?:a|per|each|in the|of the) "
                           r"(?:year|yr)\b|\bhours? (?:a|per|each) (?:day|week)\b|\bdaily hours\b|"
                           r"\b(?:in|over|during) the summers?\b|\bsummers? off\b|\bsummer (?:months|break)\b"),
           ("header", "summary", "special", "other"),
           _p(r"\b(?:work(?:ing)?|school|student|calendar) year\b|\b\d+ (?:work(?:ing)? |duty |contract |school )?days\b|"
              r"\b\d+[- ]days?[- ](?:(?:work(?:ing)?|duty|school) )?(?:calendar|year|schedule|contract)\b|"  # "205-day work calendar"
              r"\bhours? (?:a|per) (?:day|week)\b|\bhours/(?:day|week)\b|\b\d+(?:\.\d+)?[- ]hours?\b|"
              r"\bmonths? (?:a|per) year\b|\b\d+[- ]months?\b|\bwork(?:ing)? days\b|^hours\b"),
           ("work", "working", "school", "calendar", "year", "day", "days", "daily", "hour", "hours", "month", "months",
            "week", "yr")),
    # the kind of appointment: "is it permanent?", "is the position paid for by a grant?"
    # ("how long … before you're permanent?" asks the probation)
    # (a describing clause's "the seasonal job of hanging insect traps …, what does it pay?" asks the pay)
    Intent("appointment", _p(r"\b(an? (?:permanent|temporary) (?:position|job|role|appointment)(?=\s*\?*\s*$)|"
                             r"(?:is|are) (?:it|this|that|they|the (?:job|position|role))\s+(?:an?\s+)?(?:permanent|temporary|"
                             r"seasonal)|limited[- ]term|fixed[- ]term|grant[- ]funded|"
                             r"(?:funded|paid for|paid)\s+(?:by|from|through|with|out of)\s+(?:a\s+|the\s+)?grants?)\b"),
           ("header", "summary", "special", "other"),
           _p(r"\b(?:permanent|temporary|limited[- ]term|fixed[- ]term|seasonal|provisional|grants?|funded|funding|"
              r"contingent (?:on|upon)|at[- ]will)\b"),
           ("permanent", "temporary", "limited", "term", "seasonal", "provisional", "grant", "grants", "funded", "paid")),
    Intent("remote", _p(r"\b(remote(?:ly)?(?!\s+(?:prisons?|locations?|sites?|areas?|units?|facilit\w+|camps?|parks?|stations?|posts?|"
                           r"institutions?|correctional|rural|islands?|plants?|towns?|regions?|villages?|offices?)\b)|telework\w*|telecommut\w*|work(?:ing)? (?:from|at) home|(?:partly |partially )?from home|wfh|hybrid)\b"),
           ("other", "special", "physical"), _p(r"\bremote(?:ly)?\b|telework|telecommut|(?:from|at) home\b|\bhybrid\b"),
           ("remote", "remotely", "telework", "telecommute", "home", "hybrid", "work", "week", "day", "days")),
    # what must be cleared before the first day: "do they need a background check?", "is there a drug test?"
    Intent("clearance", _p(r"\b(background (?:checks?|investigations?|screening)|fingerprint\w*|live ?scan|criminal (?:history|record|"
                           r"background)|drug (?:tests?|testing|screens?|screening)|(?:tb|tuberculosis) (?:tests?|clearance|screening)|"
                           r"pre-?employment (?:physical|medical|screening|requirements?|checks?)|clearances?)\b"),
           ("special", "qualifications", "other", "header"),
           _p(r"background|fingerprint|live ?scan|department of justice|\bDOJ\b|\bFBI\b|criminal|drug|alcohol|tuberculosis|"
              r"\bTB\b|pre-?employment|clearance|medical (?:exam|evaluation)|physical exam"),
           ("background", "check", "checks", "fingerprint", "fingerprints", "fingerprinting", "clearance", "clearances",
            "drug", "test", "screen", "screening", "criminal")),
    Intent("age", _p(r"\b(how old|minimum age|age requirement|years? old|years of age|\bage\b)"), ("qualifications", "special"),
           _p(r"\bage\b|years old"), ("age", "old", "minimum")),
    Intent("qualifications", _p(r"\b(qualifications?|requirements? (?:for|to)|what (?:do i|do you|does one|would i|would you) need|qualify|minimum requirements|eligib(?:le|ility) to (?:apply|take|test|compete|sit)|requirements)\b|\bwhat (?:do|does|did|will)\b[^?]{0,60}\brequire\b"),
           ("qualifications", "licenses", "ksa"), _p(r"."), ("qualification", "qualifications", "requirement", "requirements", "need", "minimum", "apply",
                                                         "eligible", "eligibility")),
    Intent("status", _p(r"\b(still (?:used|in use|active|exists?|around|open|current|valid)|abolish\w*|discontinued|inactive|obsolete|"
                        r"no longer (?:used|exists?|in use)|(?:established|created|adopted|revised|updated) (?:on|in|when)|"
                        r"when was (?:it|this|that|the [\w\s()]+?) (?:established|created|adopted|revised|updated)|been around|"
                        r"how long (?:has|have) (?:it|this|that|the [\w\s()]+?) (?:existed|been in use|been used))\b"),
           ("dates", "header", "other"),
           _p(r"abolish|established|revised|title changed|inactive|discontinued|obsolete|adopted|updated"),
           ("still", "used", "use", "active", "abolished", "established", "revised", "exist", "exists", "current", "longer")),
    Intent("exam_content", _p(r"\b(?:topics?|subjects?|areas?|material|study|prepare|questions?|covered|cover|include|"
                              r"(?:what|anything)(?:'s| is| are)? on)\b[^?]{0,60}\b(?:tests?|exams?|examinations?|interviews?)\b|"
                              r"\b(?:tests?|exams?|examinations?|interviews?)\b[^?]{0,20}\b(?:cover|covers|include|includes|ask|asks|about)\b|"
                              r"\bwhat (?:will|do|does|would|might|could) (?:they|the \w+) ask\b|\b(?:knowledge|skills)\b[^?]{0,30}\btested\b"),
           ("special", "other", "ksa"),
           # (a bulletin listing no topics says what is on the test by its parts: "Part I - Written … exercise | 40%")
           _p(r"knowledge of|examined (?:for|on)|may (?:be )?(?:assess|test|measure|include)|questions (?:on|about|related)|"
              r"topics|subject areas|\bpart (?:i{1,3}|[1-3])\b[^|\n]{0,20}\b(?:written|oral|performance|exercise)"),
           ("topic", "topics", "subject", "subjects", "area", "areas", "material", "study", "prepare", "question",
            "questions", "cover", "covered", "include", "exam", "examination", "test")),
    Intent("dates", _p(r"\bwhen\b[^?]{0,90}\b(?:file|filing|apply|applications?|tests?|exams?|examinations?|interviews?|"
                       r"deadline|opens?|closes?)\b|\b(?:filing (?:period|dates?|window)|deadline|closing date|last (?:day|date) to (?:apply|file)|"
                       r"application period|(?:by|until|till) when|start(?:ing)? date|first day of work|when\b[^?]{0,90}\bstart(?:s|ing)?(?: work(?:ing)?)?\s*\?)"),
           ("other", "special"), _p(DATE),
           ("when", "file", "filing", "apply", "application", "deadline", "date", "dates", "period", "window", "open",
            "close", "test", "exam", "written", "interview", "last", "final", "day", "start", "first")),  # ("the last day to apply", "… start work?")
    Intent("apply", _p(r"\bhow (?:do|can|would|should|does) (?:i|you|we|one|u|someone|people) (?:go about )?apply(?:ing)?\b|"
                       r"\bhow to apply\b|\bapplication process\b|\bwhere (?:do|can|should) (?:i|you|u) apply\b|"
                       r"\bhow (?:do|can) (?:i|you|u) submit (?:an? |my )?application\b"),
           ("other", "special"),
           _p(r"\bapply\b|\bapplications?\b|\bsubmit|\bonline at\b|\bwww\.|https?://|\bcover letter\b|\br[ée]sum[ée]\b|"
              r"\b(?:attach|upload|include|submit)\s+(?:a|an|your|the|one|two|three|copies|a copy|proof)\b|\btranscripts?\b|"
              r"\bletters? of (?:recommendation|reference|introduction)\b|\bsupplemental questionnaire|"
              r"\b(?:complete|fill out|fill in)\s+(?:the|an?|your)\b[^.\n]{0,60}\b(?:form|application)\b"),
           ("apply", "application", "submit", "how")),
    Intent("knowledge", _p(r"\b(?:knowledge|abilities|ability to|skills|skill set|need to know|expected? (?:\w+ ){0,6}to know|"
                           r"supposed to know|have to know|must know|be able to)\b"),
           ("ksa",), _p(r"knowledge of|ability to|abilities|skills? in|able to"),
           ("know", "knowledge", "ability", "abilities", "skill", "skills", "able", "expect", "expected", "need")),
    Intent("exam", _p(r"(?<!drug )(?<!medical )(?<!physical )(?<!typing )(?<!fitness )(?<!alcohol )(?<!vision )(?<!hearing )\b(exams?|examinations?|tests?|tested|scored|scoring|weighted|weights?|interviews?|selection process|assessments?)\b"),
           ("special", "other"),
           _p(r"examination|\btests?\b|interview|weight|multiple[- ]choice|essay|written|qualifying|\bscor|assessment|proctored"),
           ("exam", "examination", "test", "score", "scored", "weight", "weighted", "given", "interview", "selection", "process")),
    # ("what does a III do beyond the II?", "what more does the senior do than the II?")
    Intent("difference", _p(r"\b(differ(?!entials?\b)\w*|distinguish\w*|what sets|sets? (?:it|them) apart|separates?|tells? (?:\w+ ){0,3}apart|"
                            r"(?:do|does|handle|handles|perform|performs)\b[^?,]{0,20}\bbeyond (?:the|an?|what)\b|"
                            + BEYOND_THE_OTHER + r")\b"),
           ("distinguishing", "summary"),
           _p(r"\b(?:entry|journey|advanced|supervis\w*|independen\w*|distinguish\w*|differ\w*|whereas|in contrast|"
              r"rather than|more (?:complex|difficult|responsib)|level)\b"),
           ("differ", "difference", "different", "distinguish", "distinguishes", "set", "apart", "separate", "separates",
            "doesnt", "dont")),
    Intent("duties", _p(r"\b(duties|responsibilities|tasks|what does %s do|day to day|functions|what do %s do|"
                        r"what\s+(?:\w+\s+){1,3}(?:does|do|would|will)\s%s\s(?:do|doing)|what would (?:i|you|they) be doing)\b"
                        % ((_ONE_QUESTION,) * 3)), ("duties", "summary"),
           _p(r"."), ("duty", "duties", "responsibility", "task", "function", "do")),
    Intent("overview", _p(r"\b(tell me about|describe|description of|overview|summary of|what is (?:a|an|the) [\w\s]+ (?:job|position|role|class)|about the [\w\s]+ (?:job|position|role))\b"),
           ("summary", "distinguishing", "duties"), _p(r"."), ("tell", "describe", "description", "overview", "summary", "about")),
]

INTENTS = [
    Intent(i.name, i.cues, i.sections, i.evidence, i.words, re.compile(VALUE_PATTERNS[i.name], re.I) if i.name in VALUE_PATTERNS else None)
    for i in INTENTS
]
_BY_NAME = {intent.name: intent for intent in INTENTS}

_COUNTS_NOT_MONEY = re.compile(
    r"\bhow many\b[^?]{0,40}?\b(?:days?|hours?|weeks?|holidays?|credits?|units?|points?|years?|months?)\b", re.I)
_MAKES_IT_DIFFERENT = re.compile(
    r"\bwhat makes\b[^?]{0,80}?\b(?:different|differ|distinct|unique|apart|stand out|special)\b", re.I)
_PHYSICAL_TEST = re.compile(r"\bphysical (?:ability|agility|fitness|performance) (?:tests?|exams?|examinations?)\b", re.I)
_EARNS_CREDENTIAL = re.compile(r"\bearn\w*\b", re.I)
_PAY_WORD = re.compile(r"\$|dollar|salary|wage|\bpay\b|paid|earn|how much", re.I)
# "is being bilingual an advantage?", "is Spanish preferred?": a skill wanted, not pay for it
_SKILL_WANTED = re.compile(r"\b(?:advantage|advantageous|preferred|prefer|desirable|desired|a plus|helpful|"
                           r"required|requirement|necessary|needed)\b", re.I)
_EXTRA_WORDS = re.compile(r"\b(?:extra|more|stipend|differential|premium|bonus|incentive|money|get|gets|receive)\b", re.I)

_SINGULAR = re.compile(r"\b([a-z]{3,}[^sui\W])s\b")  # lower case: "Public Schools" names an employer


# ("wat fema classes do i need for the … job at sallowmere county and by when": a need, said far from its "by when")
_REQUIREMENT_DEADLINE = re.compile(r"\b(?:complete|obtain|get|earn|finish|pass|acquire|need|needs|require[ds]?)\b[^?]{0,90}"
                                   r"\b(?:by|until|till) when\b|"
                                   # ("by when does the engineer have to be a registered PE?": the need said after it)
                                   r"\b(?:by|until|till) when\b[^?]{0,90}\b(?:have|has|need|needs) to (?:be|have|hold|get|"
                                   r"obtain|complete|earn|pass|finish)\b|\b(?:by|until|till) when\b[^?]{0,90}\bmust\b", re.I)
_POSTING_DATE = re.compile(r"\b(?:apply|application|file|filing|close|closing|posting|open)\w*\b", re.I)
_TIME_OFF = re.compile(r"\b(?:vacation|leave|holidays?|sick|pto|paid time off|off)\b", re.I)

CUE_WORDS = tuple(sorted({w for intent in INTENTS for w in intent.words if len(w) >= 5}))  # what typos are read as


_OPENING_NUMBER = re.compile(r"\b(?:position|job|posting|requisition|recruitment|vacancy)\s+(?:number|no\.?|#|id)\b",
                             re.IGNORECASE)
_EXAM_NUMBER = re.compile(r"\bexam(?:ination)?\s+(?:number|no\b|#)", re.I)


# a grade and the pay asked together ("what pay grade and range", "the grade and monthly salary", "salary and grade")
_GRADE_AND_PAY = re.compile(r"\b(?:grade|band)\s+and\s+(?:the\s+|its\s+)?(?:(?:pay|salary|hourly|monthly|annual|wage|hiring)\s+)?"
                            r"(?:range|salary|pay|wages?|rate)\b|\b(?:salary|pay|wage|hiring)\s+(?:range\s+)?and\s+"
                            r"(?:(?:pay|salary)\s+)?(?:grade|band)\b", re.IGNORECASE)
# a grade the question names by its number: given, not asked ("the annual salary for Range 24", "pay at grade 18")
_GIVEN_GRADE = re.compile(r"\b(?:for|at|on|in|of)\s+(?:(?:pay|salary)\s+)?(?:grade|range)\s*(?:no\.?|#)?\s*\d", re.I)


def gives_grade(question: str) -> bool:
    """Whether ``question`` names a grade by its number to ask about it ("the hourly pay at grade 18")."""
    return bool(_GIVEN_GRADE.search(question))


_CLASS_REPLACED = re.compile(r"\b(?:class(?:ification)?|classes|title|series|job|position)s?\b[^?]{0,80}\breplac\w*|"
                             r"\breplac\w*\b[^?]{0,40}\b(?:class(?:ification)?|title|series|job|position)s?\b", re.I)
_QUALIFYING_WORDS = re.compile(r"\b(?:experience|education|degree|diploma|college|training|certificat\w*|licen[cs]e|"
                               r"course\w*|units|years?)\b", re.I)


_ASKS_HISTORY = re.compile(r"\b(?:formerly|previous(?:ly)?|used to be|old (?:title|name)|history|established|created|"
                           r"retitled|renamed|abolished|adopted|when was)\b", re.I)


def asks_class_history(question: str) -> bool:
    """Whether the question asks the class's history ("which classification did the series replace?", "when was it
    established?"), which only a class history table or note states."""
    return bool(_ASKS_HISTORY.search(question) or (_CLASS_REPLACED.search(question)
                                                    and not _QUALIFYING_WORDS.search(question)))


def detect_intents(question: str, dictionary: Collection[str] = ()) -> list[Intent]:
    """Intents cued by the question, most specific first. With ``dictionary`` (stems of correctly spelled
    words), a misspelled cue word counts as the word ("minmum qualifcations")."""
    # (one space between words: a class's name taken out leaves two, "the math  code" of "the math braille code")
    question = " ".join(plain_spelling(without_set_aside(question), CUE_WORDS, dictionary).split())
    singular = _SINGULAR.sub(r"\1", question)  # "which degrees" cues what "which degree" does
    found = [intent for intent in INTENTS if intent.cues.search(question) or intent.cues.search(singular)]
    names = {i.name for i in found}
    # "pay grade" / "what grade" is a grade question, not a salary one
    if "exam" in names and _EXAM_NUMBER.search(question):
        found = [i for i in found if i.name != "exam"]  # "the exam number": the announcement's, not how it is given
    if "overview" in names and _OPENING_NUMBER.search(question):
        found = [i for i in found if i.name != "overview"]  # "what is the position number of …": a field, no overview
    # ("what pay grade and hourly range …?" asks both); "the salary for Range 24" gives the range and asks the money
    if "grade" in names and "salary" in names and gives_grade(question):
        found = [i for i in found if i.name != "grade"]
    elif "grade" in names and "salary" in names and not re.search(
            r"\$|dollar|(?:salary|hourly|annual|monthly|wage)\s+(?:range|rate)s?|how much|top step|tops? out|"
            r"\bstep\s+[A-Z0-9]\b|\bdoes\s+(?:(?:that|the|this|its|it|each)\s+)?(?:grade|range|band|it)\s+pay\b", question, re.I) \
            and not _GRADE_AND_PAY.search(question):
        found = [i for i in found if i.name != "salary"]
    if "grade" in names and "salary" not in {i.name for i in found} and _GRADE_AND_PAY.search(question):
        found.append(intent_named("salary"))  # "what pay grade and range is it?": the range beside the grade is pay
    # "what (salary) range is X on?" names a range number unless it asks for money
    if "grade" in names and "salary" in names and not re.search(r"\$|dollar|how much|\bpay\b|paid|earn|make|wage", question, re.I):
        found = [i for i in found if i.name == "grade"] + [i for i in found if i.name != "grade"]
    # "how many vacation days do they earn?" counts something that is not money
    if "salary" in names and _COUNTS_NOT_MONEY.search(question) and not re.search(r"\$|dollar|salary|wage|\bpay\b", question, re.I):
        found = [i for i in found if i.name != "salary"]
    # "which classification did the series replace?" asks its history; what replaces education is another question
    if "substitution" in names and _CLASS_REPLACED.search(question) and not _QUALIFYING_WORDS.search(question):
        found = [i for i in found if i.name != "substitution"]
    # "what makes an Operator III different from an Operator II?" asks what sets it apart, not what it earns
    if "salary" in names and _MAKES_IT_DIFFERENT.search(question) and not _PAY_WORD.search(question):
        found = [i for i in found if i.name != "salary"]
        if "difference" not in names:
            found.insert(0, _BY_NAME["difference"])
    # "what physical ability test do I need?": a selection test, not the job's physical demands
    if "physical" in names and _PHYSICAL_TEST.search(question):
        found = [i for i in found if i.name != "physical"]
    # "what are the exam parts and weights?": how the exam is weighted, not what one lifts
    if "lift" in names and "exam" in names and re.search(r"\b(?:exam|examination|test|interview)s?\b", question, re.I) \
            and not re.search(r"\b(?:lift\w*|heav\w*|pounds?|lbs|carry\w*)\b", question, re.I):
        found = [i for i in found if i.name != "lift"]
    # "do they pay for fingerprinting?": a cost the employer may cover, not what the job pays
    if "salary" in names and asks_cost_borne(question):
        found = [i for i in found if i.name != "salary"]
    # "which certifications does it have to earn?": a credential earned, not money
    if "salary" in names and names & {"certification", "license", "education"} and _EARNS_CREDENTIAL.search(question) \
            and not re.search(r"\$|dollar|salary|wage|\bpay\b|paid|how much", question, re.I):
        found = [i for i in found if i.name != "salary"]
    # "overtime pay" is an overtime question
    if "overtime" in names and "salary" in names:
        found = [i for i in found if i.name != "salary"]
    if "differential" in names and "salary" in names:
        found = [i for i in found if i.name != "salary"]
    if "differential" in names and _SKILL_WANTED.search(question) and not _PAY_WORD.search(question) \
            and not _EXTRA_WORDS.search(question):
        found = [i for i in found if i.name != "differential"]
    if "on_call" in names and "differential" in names:
        found = [i for i in found if i.name != "on_call"] + [_BY_NAME["on_call"]]
    # "does X pay its criminalists extra for getting board certified?": the extra pay asked first leads; the credential
    # is what it is paid for ("what certification is required, and is there extra pay for it?" asks the credential)
    credential = [i for i in found if i.name in {"certification", "license", "education"}]
    if "differential" in {i.name for i in found} and credential:
        cued_at = {i.name: m.start() for i in found for m in [i.cues.search(question)] if m}
        if cued_at.get("differential", len(question)) < min(cued_at.get(i.name, len(question)) for i in credential):
            found = [_BY_NAME["differential"]] + [i for i in found if i.name != "differential"]
    # "what training does it have to complete, and by when?": the deadline of a requirement, not the posting's dates
    if "dates" in names and _REQUIREMENT_DEADLINE.search(question) and not _POSTING_DATE.search(question):
        found = [i for i in found if i.name != "dates"]
    # "how many vacation days a year?" counts time off, not the time worked
    if "work_year" in names and _TIME_OFF.search(question):
        found = [i for i in found if i.name != "work_year"]
    if "substitution" in {i.name for i in found}:
        found = [_BY_NAME["substitution"]] + [i for i in found if i.name != "substitution"]
    if "certification" in names and "license" in names and not re.search(r"licen[cs]e|driver", question, re.I):
        found = [i for i in found if i.name != "license"]
    return found


def intent_named(name: str) -> Intent:
    return _BY_NAME[name]
