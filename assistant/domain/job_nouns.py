"""The nouns that end a job title ("Analyst", "Operator", "Ranger"): the head word that says which kind of job.

Why one home: a heading ending in one is a class title rather than a section (ingest), and a question naming
"a Bus Operator" at an employer whose only operator class is the "Light Rail Vehicle Operator" names a class
the documents lack (query).

Example:
    >>> ends_with_job_noun("Senior Laboratory Coordinator"), ends_with_job_noun("Working Conditions")
    (True, False)
"""

from __future__ import annotations

import re

JOB_NOUNS = frozenset({
    "analyst", "technician", "specialist", "assistant", "manager", "director", "coordinator", "clerk", "officer",
    "generalist", "representative", "administrator", "supervisor", "worker", "engineer", "mechanic", "operator",
    "inspector", "aide", "associate", "accountant", "auditor", "librarian", "nurse", "planner", "scientist",
    "counselor", "driver", "carpenter", "electrician", "custodian",
    # heads of other common titles (never verbs people use to describe work: no "guard", "coach", "drive")
    "ranger", "dispatcher", "deputy", "firefighter", "paramedic", "trainee", "technologist", "investigator",
    "secretary", "receptionist", "cashier", "programmer", "developer", "architect", "surveyor", "appraiser",
    "examiner", "therapist", "pharmacist", "hygienist", "dietitian", "nutritionist", "paralegal", "attorney",
    "instructor", "teacher", "interpreter", "translator", "machinist", "welder", "painter", "plumber", "laborer",
    "buyer", "estimator", "drafter", "designer", "chemist", "biologist", "curator", "archivist", "naturalist",
    "sergeant", "lieutenant", "captain", "paraeducator", "bookkeeper", "typist", "groundskeeper", "gardener",
    "cadet", "apprentice",
    "marshal", "chief", "superintendent", "advisor", "adviser", "agent", "attendant", "leader", "helper",
    "registrar", "bailiff", "treasurer", "controller", "comptroller", "assessor", "educator", "tutor", "clinician",
    "physician", "psychologist", "epidemiologist", "veterinarian", "sanitarian", "telecommunicator", "lifeguard",
    "locksmith", "millwright", "lineworker", "mason", "trimmer", "reader", "storekeeper", "housekeeper", "cook",
    "pathologist", "audiologist", "hydrologist", "geologist", "ecologist", "toxicologist", "entomologist", "botanist",
    "meteorologist", "statistician", "economist", "forester", "conservationist", "practitioner", "dentist",
    "optometrist", "psychiatrist", "midwife", "caseworker", "adjuster", "underwriter", "actuary", "recruiter",
    "pipefitter", "steamfitter", "ironworker", "glazier", "roofer", "janitor", "courier", "deckhand", "wharfinger",
    "photographer", "historian", "archaeologist", "commissioner", "ombudsperson", "liaison", "producer", "navigator",
    "installer", "steward", "trainer", "teller", "scheduler", "groomer", "videographer", "editor", "writer",
    "upholsterer", "chaplain", "announcer", "collector", "keeper",
})
_ENDS_WITH = re.compile(r"\b(?:%s)s?$" % "|".join(sorted(JOB_NOUNS)), re.IGNORECASE)


_LEVEL_SUFFIX = re.compile(r"\s+(?:IV|V|I{1,3})(?:\s*/\s*(?:IV|V|I{1,3}))*$", re.IGNORECASE)
_IN_TRAINING = re.compile(r"[\s-]+in[\s-]+training$", re.IGNORECASE)  # "Operator-in-Training": a trainee class


def ends_with_job_noun(text: str) -> bool:
    """Whether ``text`` ends with a job noun (its plural too), a level's numerals aside ("Officer I/II") and a
    trainee's "-in-Training" too ("Operator-in-Training"): the shape of a class title."""
    return bool(_ENDS_WITH.search(_IN_TRAINING.sub("", _LEVEL_SUFFIX.sub("", text.strip()))))


def job_noun(word: str) -> str:
    """``word`` as a job noun in the singular ("operators" → "operator"), or '' when it is none."""
    lower = word.lower()
    if lower in JOB_NOUNS:
        return lower
    if lower.endswith("s") and lower[:-1] in JOB_NOUNS:
        return lower[:-1]
    singular = lower[:-1] if lower.endswith("s") else lower
    if any(singular.endswith(noun) and len(singular) - len(noun) >= COMPOUND_HEAD for noun in _COMPOUNDED):
        return singular  # "caseworker", "craftsworker": a closed compound on a job noun
    return ""


def names_a_job(text: str) -> bool:
    """Whether any word of ``text`` is a job's noun ("Staff Services Analyst (General)", "Job Developer / …"), unlike
    "24-Hour Job Information Line"."""
    return any(job_noun(word) for word in re.findall(r"[A-Za-z]+", text))


COMPOUND_HEAD = 3  # letters before the job noun in a closed compound ("case|worker")
_COMPOUNDED = tuple(noun for noun in JOB_NOUNS if len(noun) >= 5) + ("master",)  # "harbormaster", "dockmaster"
