"""The names people use for classes and employers, matched against a question.

Built from the registry's documents: each class's official title, its title
without a level numeral, its abbreviation (ITSS), common short forms (IT for
Information Technology, admin, tech), its levels, and its employer's aliases
(full name, name without "City of", initials such as MCPS). Matching is token
based and tolerant of typos ("sprngs").

Example:
    >>> catalog = Catalog.from_documents(registry.ready_documents())
    >>> [m.doc_id for m in catalog.match("grade of ITSS II at MCPS").classes]
    ['mcps-it-systems-specialist']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.domain.levels import question_levels
from assistant.query.class_matches import ClassMatch, head_named, one_per_document, written_apart
from assistant.query.catalog_index import (
    ClassEntry, MatchIndex, code_pattern, initials_named, names_kind, series_class_entries, short_abbreviation_pattern,
    similar_words,
)
from assistant.ingest.employers import BODY_WORDS, GOVERNMENT_KINDS, employer_aliases, employer_phrases
from assistant.ingest.title_text import title_abbreviation
from assistant.index.registry import DocumentRecord
from assistant.query.employer_bodies import body_of, other_body
from assistant.query.parts import asks_which_class
from assistant.query.title_modifiers import title_modifiers
from assistant.query.title_words import main_name_tokens, normalize_title_tokens, title_parts
from assistant.query.unlisted_class import (
    named_only_in_describing_clause, unlisted_class, without_employer, without_employer_names,
)
from assistant.text import STOPWORDS, raw_tokens

LEVEL_WORDS = {"intern": "Intern", "trainee": "Trainee", "senior": "Senior", "lead": "Lead", "principal": "Principal",
               "chief": "Chief", "junior": "Junior", "supervising": "Supervising", "assistant": "Assistant"}
_GOVERNMENT_NAME = re.compile(r"^(?:%s) of |" % "|".join(GOVERNMENT_KINDS) +
                              r" (?:County|City|Town|School District|Public Schools)$")
GENERIC_EMPLOYER_WORDS = {"city", "county", "of", "the", "district", "public", "schools", "school", "town", "state",
                          "village", "unified", "and", "library", "authority"}


_PLURAL_ABBREVIATION = re.compile(r"\b([A-Z]{3,6})s\b")


@dataclass
class QuestionMatch:
    """What a question names: classes (best first), employers, levels, and what conflicts."""

    classes: list[ClassMatch] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    missing: str = ""  # why a named class has no document ("no level III", "no Librarian at ...")
    elsewhere: str = ""  # an organisation the question names that no document belongs to ("Lakeview County")
    unlisted: str = ""  # the class named that no catalog entry is ("Police Sergeant"): a document may still describe it
    title_tokens: set[str] = field(default_factory=set)  # question tokens used up by class/employer names
    # other classes of the same documents named in full ("the codes for Word Processing Technician and Senior Word
    # Processing Technician"): ``classes`` holds one match per document
    also_named: list[ClassMatch] = field(default_factory=list)


class Catalog:
    """Title and employer index over the ready documents.

    ``entries`` holds one entry per document (what lists, series and follow-ups walk); ``class_entries`` the
    classes series documents describe, one each, which questions can also name (matched, never listed).
    """

    def __init__(self, entries: list[ClassEntry], class_entries: list[ClassEntry] | None = None) -> None:
        self.entries = entries
        self.class_entries = list(class_entries or [])
        self.by_id = {e.doc_id: e for e in entries}
        counts: dict[str, int] = {}
        for entry in entries:
            for token in set(entry.title_tokens):
                counts[token] = counts.get(token, 0) + 1
        n = max(1, len(entries))
        self.title_idf = {t: math.log(1 + n / c) for t, c in counts.items()}
        for entry in self.class_entries:  # a word only a series' class has is as telling as the rarest title word
            for token in entry.title_tokens:
                self.title_idf.setdefault(token, math.log(1 + n))
        self.employers = sorted({e.employer for e in entries if e.employer})
        self._matchable = entries + self.class_entries
        self._main_names = Counter(main_name_tokens(e.title) for e in self._matchable)
        self._index = MatchIndex(self._matchable)

    @classmethod
    def from_documents(cls, documents: list[DocumentRecord]) -> "Catalog":
        entries = []
        class_entries = []
        for doc in documents:
            base, title_level = title_parts(doc.title)
            aliases = employer_aliases(doc.employer)
            employer_tokens = {t for t in raw_tokens(doc.employer) if t not in GENERIC_EMPLOYER_WORDS}
            entry = ClassEntry(
                doc_id=doc.doc_id, title=doc.title, employer=doc.employer, levels=list(doc.levels),
                title_tokens=normalize_title_tokens(base), title_level=title_level,
                abbreviation=title_abbreviation(base).lower(), employer_aliases=aliases,
                employer_tokens=employer_tokens, class_code=doc.class_code,
            )
            entries.append(entry)
            class_entries.extend(series_class_entries(entry, getattr(doc, "classes", None) or []))
        return cls(entries, class_entries)

    # --- matching
    def _unknown_employer(self, question: str) -> str:
        """An organisation the question names in capitals ("Lakeview County") that no document belongs to."""
        for phrase, _ in employer_phrases(question):
            if not _GOVERNMENT_NAME.search(phrase):
                continue  # "Water Agency", "Health Commission" may be words of a class title
            words = {t for t in raw_tokens(phrase) if t not in GENERIC_EMPLOYER_WORDS}
            # one word of a known employer ("City of Los Angeles Carpenter") or of a class title is enough to
            # let it pass: refuse only when nothing in the name is known
            if not words or any(w in self._index.postings for w in words):
                continue
            if not self._index.similar_employer_tokens(sorted(words)):
                return phrase
        return ""

    def _other_body(self, question: str) -> str:
        return other_body(question, [employer.name for employer in self._index.employers])

    def _employers_named(self, question: str, q_tokens: list[str]) -> tuple[set[str], set[str]]:
        named: set[str] = set()
        used: set[str] = set()
        lowered = question.lower()
        fuzzy_hits = self._index.similar_employer_tokens(q_tokens)
        fuzzy: dict[str, set[str]] = {}  # employers named only by words of their names: the words
        elsewhere = self._other_body(question)
        for employer in self._index.employers:
            body = body_of(employer.name)
            if elsewhere and body is not None and body[1].lower() in elsewhere.lower():
                continue  # "County of Los Angeles" does not name the City of Los Angeles
            for alias, pattern in employer.aliases:
                text = question if alias.isupper() else lowered
                if alias in text and pattern.search(text):
                    named.add(employer.name)
                    used.update(raw_tokens(alias))
                    break
            else:
                if employer.tokens:
                    hits = employer.tokens & fuzzy_hits
                    if hits and (len(hits) >= max(1, math.ceil(len(employer.tokens) / 2))
                                 or any(self._index.place_words.get(hit) == employer.name and hit in q_tokens
                                        for hit in hits)):  # (as written: "call" is no "Calloway")
                        fuzzy[employer.name] = hits
                        named.add(employer.name)
                        used.update(q for q in q_tokens if any(similar_words(t, q) for t in hits))
        # "the Superior Court of Danforth County" names Danforth's court, and not Elsmere's through the words the two
        # courts' names share: a name matched by its words alone needs one that the employers named outright lack,
        # or than another name matched by more of its words
        outright = set().union(*(e.tokens for e in self._index.employers if e.name in named and e.name not in fuzzy))
        for name, hits in list(fuzzy.items()):
            if (outright and hits <= outright) or any(hits < other for other in fuzzy.values()):
                named.discard(name)
            elif outright and all(any(self._matchable[p].employer != name for p in self._index.postings.get(hit, ()))
                                  for hit in hits):
                # "a Street Lighting Electrician at the City of Bratherstone": "lighting" is the word of another
                # employer's class, not the Caldermoss Public Lighting District's name, beside an employer named
                # outright ("Kilnhurst" in a Kilnhurst class's own title still names Kilnhurst)
                named.discard(name)
            elif not hits - BODY_WORDS and (outright or any(
                    hits <= other.tokens for other in self._index.employers if other.name != name)):
                # words saying only what kind of body it is ("Harbor Patrol Officers" of the City of Kelmarsh) name no
                # second employer beside one named outright, nor one of two such bodies ("the port job": the Port
                # Authority's or the Port District's); alone and unique ("the community college job") they name it
                named.discard(name)
        for kind, employer in self._index.employer_by_kind.items():
            if employer.name not in named and names_kind(question, kind):
                named.add(employer.name)
                used.add(kind.lower())
        return named, used

    def match(self, question: str) -> QuestionMatch:
        # "CNAs": the plural of an abbreviation typed in capitals names the class as "CNA" does
        q_norm = normalize_title_tokens(question) + [m.group(1).lower() for m in _PLURAL_ABBREVIATION.finditer(question)]
        q_set = set(q_norm)
        result = QuestionMatch()
        employers, used = self._employers_named(question, q_norm)
        unnamed = without_employer_names(question, employers, used)
        result.employers = sorted(employers)
        result.levels = question_levels(question)
        scored: list[ClassMatch] = []
        similar = self._index.similar_title_words(q_norm)
        for position in self._index.candidates(q_norm, q_set, question, similar):
            entry = self._matchable[position]
            score, hits = self._title_score(entry, q_norm, q_set, question, similar)
            if score <= 0:
                continue
            scored.append(ClassMatch(entry.doc_id, score, entry.employer in employers, entry))
            if score >= 0.6:
                used.update(hits)
        scored.sort(key=lambda m: (m.title_score + (0.3 if m.employer_named else 0)), reverse=True)
        strong = [m for m in scored if m.title_score >= 0.6]
        if employers and not any(m.employer_named for m in strong) and not asks_which_class(question):
            # "the Butte County IT guy": a weaker title match is enough at a named employer (not when the question
            # asks which class it is: "which City job is ... customer service ..." names no Police Service Representative);
            # a better match elsewhere does not hide it ("fernhaven utility billing rep" is Fernhaven's Customer
            # Service Representative II - Utility Billing, not another employer's Utility Billing Specialist)
            at_employer = [m for m in scored if m.employer_named and m.title_score >= 0.3]
            if at_employer:
                top = max(m.title_score for m in at_employer)
                strong = [m for m in at_employer if m.title_score >= top - 0.05]
                for m in strong:  # the question's words for the title, typos included ("rec cordinator")
                    used.update(self._title_score(m.entry, q_norm, q_set, question, similar)[1])
        result.title_tokens = used
        if employers and not any(m.title_score >= FULL_TITLE_SCORE for m in strong):
            # (a partial match too: "a Sheriff's Records Supervisor" is not the Sheriff's Records Technician)
            unlisted = without_employer(unlisted_class(unnamed, [m.entry.title for m in scored if m.employer_named]),
                                         employers)
            if unlisted:  # "a Park Maintenance Worker at Tamsin Valley", whose only class there is the Park Ranger
                named_at = sorted({m.entry.employer for m in scored if m.employer_named}) or sorted(employers)
                result.missing = f"no {unlisted} specification for {', '.join(named_at)} is in the documents"
                result.unlisted = unlisted
                return result
        if not strong and not employers:
            elsewhere = self._other_body(question)
            weak = [m for m in scored if m.title_score >= 0.3]
            if elsewhere and weak:  # "the County of Los Angeles X-ray technician": the City's is no answer
                titles = sorted({m.entry.title for m in one_per_document(weak)})
                result.elsewhere = elsewhere
                result.missing = f"no {' / '.join(titles)} specification for {elsewhere} is in the documents"
                return result
        if not strong:
            return result
        # Keep the best title matches (a clearly better match hides weaker ones)
        best = max(m.title_score for m in strong)
        before = strong
        strong = [m for m in strong if m.title_score >= best - 0.25 or m.title_score >= 0.95]
        if len(employers) >= 2:
            # two employers named ("… at Ostrander County or Deputy Sheriff at Carrow County"): each one's best class
            # is a subject, however it scores against the other's, a weaker one too ("a Pellham County 911 dispatcher")
            for employer in employers:
                own = [m for m in before if m.entry.employer == employer] or [
                    m for m in scored if m.entry.employer == employer and m.title_score >= 0.3]
                if own and not any(m.entry.employer == employer for m in strong):
                    strong.append(max(own, key=lambda m: m.title_score))
        # A title fully matched inside a longer fully matched title ("IT Specialist" in "IT Systems Specialist")
        full = [m for m in strong if m.title_score >= 0.95]
        # unless the question writes the shorter title apart too ("the codes for Word Processing Technician and
        # Senior Word Processing Technician")
        strong = [
            m for m in strong
            if m.employer_named or not any(set(m.entry.title_tokens) < set(o.entry.title_tokens)
                                           and not written_apart(m.entry.title_tokens, o.entry.title_tokens, q_norm)
                                           for o in full if o is not m)
        ]
        if not employers:
            elsewhere = self._unknown_employer(question) or self._other_body(question)
            if elsewhere:  # "Accountant II at Lakeview County": the class exists, but not for that employer
                result.elsewhere = elsewhere
                titles = sorted({m.entry.title for m in one_per_document(strong)})
                result.missing = f"no {' / '.join(titles)} specification for {elsewhere} is in the documents"
                return result
        if employers:
            at_named = [m for m in strong if m.employer_named]
            if not at_named and asks_which_class(question):
                return result  # "Which City job does … information systems …?": a description, no State class named
            if not at_named:
                # "a maintenance worker II at Marlow County": the named employer's "Facilities Maintenance Worker
                # II" holds every word of the title matched elsewhere, so it is that class there
                named_words = [set(m.entry.title_tokens) for m in strong]
                at_named = [m for m in scored if m.employer_named
                            and any(words <= set(m.entry.title_tokens) for words in named_words)]
                strong = at_named or strong
            if not at_named and named_only_in_describing_clause(question, [m.entry.title_tokens for m in strong]):
                return result  # "the district manager who … supervises the bus drivers": no Bus Operator asked
            if not at_named and any(head_named(m.entry, q_norm) for m in strong):
                titles = sorted({m.entry.title for m in one_per_document(strong)})
                result.missing = (
                    f"no {' / '.join(titles)} specification for {', '.join(sorted(employers))} is in the documents"
                )
                # the class as the question names it: a document of that employer may still describe it under a
                # heading of its own ("LIBRARY MEDIA TECHNICIAN" on a page of job descriptions)
                result.unlisted = without_employer(
                    unlisted_class(unnamed, [m.entry.title for m in scored if m.employer_named]), employers)
                return result
            if not at_named:  # "the Public Works job at Dunmere County": a department's words, no class's name
                return result
            # a class named in full that shares no title word with those at the named employers is a second
            # subject whose employer the question calls otherwise ("a State Word Processing Technician or an LAPD
            # Police Service Representative")
            named_words = {t for m in at_named for t in m.entry.title_tokens}
            strong = at_named + [m for m in strong if not m.employer_named and m.title_score >= 0.95
                                 and not named_words & set(m.entry.title_tokens)]
        # Levels: separate documents per level, or levels inside a series document
        if result.levels:
            kept = []
            for m in strong:
                entry = m.entry
                if entry.title_level:
                    if entry.title_level in result.levels:
                        kept.append(m)
                elif entry.levels:
                    if any(level in entry.levels for level in result.levels):
                        kept.append(m)
                elif entry.series_class and (inside := question_levels(entry.title)):
                    # a series' class with its level inside its title ("Paraeducator II - Special Education")
                    if any(level in inside for level in result.levels):
                        kept.append(m)
                else:
                    kept.append(m)
            if not kept:
                titles = sorted({m.entry.title for m in one_per_document(strong)})
                result.missing = f"no level {'/'.join(result.levels)} of {' / '.join(titles)} is in the documents"
                return result
            strong = kept
        # A modifier before the title that the title lacks ("Senior Maintenance Worker")
        modifiers = title_modifiers(question, strong)
        if modifiers and len(strong) >= 1:
            result.modifiers = modifiers
            asked = " ".join(normalize_title_tokens(question))
            words = "|".join(map(re.escape, strong[0].entry.title_tokens))  # through the title's words in a row
            phrase = re.search(r"\b%s\b[\w\s'’-]*?\b(?:%s)(?:\s+(?:%s))*\b" % (modifiers[0], words, words), asked)
            after = re.search(r"\b%s\s+%s\b" % (re.escape(strong[0].entry.title_tokens[-1]), modifiers[0]), asked)
            if after:  # "Electrician Supervisor": the rank after the title
                named = f"{strong[0].entry.title} {modifiers[0].title()}"
            else:
                named = phrase.group(0).title() if phrase else f"{modifiers[0].title()} {strong[0].entry.title}"
            result.missing = f"there is no {named} specification in the documents"
            result.unlisted = named
            return result
        result.classes = one_per_document(strong)
        result.also_named = [m for m in strong if m.title_score >= FULL_TITLE_SCORE and m not in result.classes]
        return result

    def _title_score(self, entry: ClassEntry, q_norm: list[str], q_set: set[str], question: str,
                     similar: dict[str, str] | None = None) -> tuple[float, set[str]]:
        """Share of the title's (idf-weighted) words found in the question; abbreviations count fully.

        ``similar`` (title word -> the first question word similar to it) saves comparing every title word
        with every question word; without it they are compared here.
        """
        hits: set[str] = set()
        if entry.abbreviation and len(entry.abbreviation) >= 3 and entry.abbreviation in q_set and (
                entry.abbreviation not in STOPWORDS or re.search(r"\b%s\b" % entry.abbreviation.upper(), question)):
            # an abbreviation that is also an everyday word ("its" for Information Technology Specialist) only in capitals
            hits.add(entry.abbreviation)
            return 1.0, hits
        # Two-letter abbreviations only when typed in capitals ("OA II", "COs")
        if entry.abbreviation and len(entry.abbreviation) == 2 and short_abbreviation_pattern(entry.abbreviation).search(
            question
        ):
            hits.add(entry.abbreviation)
            return 1.0, hits
        if entry.class_code and entry.class_code in question and code_pattern(entry.class_code).search(question):
            return 1.0, {entry.class_code.lower()}
        total = 0.0
        matched = 0.0
        found_tokens: set[str] = set()
        spelled = initials_named(entry.title_tokens, question)
        for position, token in enumerate(entry.title_tokens):
            weight = self.title_idf.get(token, 1.0)
            total += weight
            if position in spelled:
                found = spelled[position]
            elif similar is not None:
                found = similar.get(token)
            else:
                found = next((q for q in q_norm if similar_words(token, q)), None)
            if found:
                matched += weight
                hits.add(found)
                found_tokens.add(token)
        if total == 0:
            return 0.0, hits
        score = matched / total
        # "IT specialist" names "Information Technology Specialist" (it + specialist); require 2 words for long titles
        if len(entry.title_tokens) >= 3 and len(hits) < 2:
            score = min(score, 0.4)
        main = main_name_tokens(entry.title)
        if main and set(main) <= found_tokens and self._main_names[main] == 1:
            # "Paraeducator" names "Paraeducator (Instructional Assistant)": the name outside the brackets is
            # enough when no other class has it ("Senior Radiologic Technologist (Specialist)" and "(Supervisor)")
            score = max(score, MAIN_NAME_SCORE)
        return score, hits


FULL_TITLE_SCORE = 0.95  # every word of the title in the question
MAIN_NAME_SCORE = 0.9  # a title's name without its bracketed part: a match, below a full one (0.95+)
