"""Where sources disagree: two sources give different values for the same slot of the same
event (a count, an amount, a day or date, an age, a tally, a title) and agree on what the slot
is.

The engine compares claims, never shared words: figures are compared only when they count the
same thing (claims.py) in sentences that state the same fact; days and dates only in clauses
that say the same thing; ages only for the same person; titles only by a rank word (a deputy
minister and the minister), never by a word of time ("former", "late", "outgoing"), which
describes a person at another moment. Figures that differ within the tolerance of their hedges
("about 4,000" and "4,100") do not disagree. Each disagreement names its slot in words, the
values, and who says which.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from generator.align import FACT_SIMILARITY, SentenceGroup, content_tokens
from generator.claims import LIST_FIGURES, agree, claims_of, counted, figure_label
from generator.dates import day_of, find_dates, weekdays_in
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import (
    Analysis,
    Cited,
    Conflict,
    Entity,
    FigureMention,
    Sentence,
)
from generator.summary import shorten
from generator.text import fold

# A disagreement's topic is the main clause of a sentence, cut to this length.
TOPIC_MAX_CHARS = 120


def conflicts(
    analyses: Sequence[Analysis],
    groups: Sequence[SentenceGroup],
    people: Sequence[Entity],
    lang: LanguageData,
    alignment: tuple[np.ndarray, Sequence[Sentence]] | None = None,
) -> tuple[Conflict, ...]:
    """Where sources that state the same fact disagree: a different day or date, a different
    number for the same thing, or a different role for the same person. Nothing is reported
    otherwise.

    `alignment` (the sentence similarities the groups were made from) lets a source whose
    sentence in a fact gives no day give it in another sentence that says the same thing, and
    joins the claims of facts that restate each other (a death toll told in three ways) into
    one disagreement with every source on its side."""
    published = {a.article.id: a.article.published for a in analyses}
    pool = _Pool(alignment, lang) if alignment is not None else None
    numbers: dict[tuple[str, int], list[FigureMention]] = defaultdict(list)
    for a in analyses:
        for f in a.figures:
            numbers[(a.article.id, f.sentence)].append(f)
    points: list[_Point] = []
    for group in groups:  # a sentence only one source has can still join a disagreement
        points.extend(_day_points(group, published, pool, lang))
        points.extend(_figure_points(group, numbers, lang))
    found = [
        conflict for point in _merged(points, pool) if (conflict := point.conflict()) is not None
    ]
    found.extend(_age_conflicts(analyses, people, lang))
    # A day already in dispute in a fact the sources share is not told twice.
    days = {frozenset(c.text for c in conflict.claims) for conflict in found}
    found.extend(
        conflict
        for conflict in _once_event_days(analyses, lang)
        if frozenset(c.text for c in conflict.claims) not in days
    )
    for person in people:
        if person.type != "person":
            continue
        roles: dict[str, set[str]] = {}
        titled: dict[str, list[Sentence]] = defaultdict(list)  # title -> sentences giving it
        for a in analyses:
            by_index = {s.index: s for s in a.sentences}
            for m in a.mentions:
                if m.role and fold(m.name) in {fold(person.name), *map(fold, person.aliases)}:
                    title = " ".join(
                        lang.titles.title_abbreviations.get(w, w) for w in fold(m.role).split()
                    )
                    roles.setdefault(a.article.id, set()).add(title)
                    if m.sentence in by_index:
                        titled[title].append(by_index[m.sentence])
        for conflict in _role_conflict(person.name, roles, lang):
            # Both titles given in accounts of the same fact: the sources describe the person at
            # the same moment. A title recalled elsewhere may be of another time.
            sides = [
                [s for s in titled[c.text.lower()] if s.article in c.sources]
                for c in conflict.claims
            ]
            if pool is None or pool.alike(sides[0], sides[1]):
                found.append(conflict)
    return tuple(found)


# A claim: a weekday ("Friday"), an ISO date, or a figure with its hedge (12.0, "about").
Claim = str | tuple[float, str | None]


@dataclass
class _Point:
    """What each source of one fact says on one point: the day, the date, or one figure."""

    kind: str  # "Day", "Date" or "Figure"
    key: tuple[str, ...]  # points with another key are never compared: kind, unit, noun
    members: list[Sentence]  # the fact's sentences, for its topic and its similarity to others
    claims: dict[str, set[Claim]]  # source -> what it says
    unit: str = ""
    # Days only: the words of the clause each source's day is in. Two sources' days are
    # compared only when their clauses share a word: "came into force on June 1" and "ruled
    # on October 22" date two different things.
    clauses: dict[str, frozenset[str]] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)  # source -> the sentence of its claim
    origin: frozenset[str] = frozenset()  # the sources whose sentences the topic is from
    published: Mapping[str, str | None] = field(default_factory=dict)  # source -> its day
    # Figures only: a source gave two values of this slot in one sentence ("between 3,000 and
    # 1,500 years ago", "56 nautical miles from the port and 12 miles off the coast"): the slot
    # is not one quantity, and nothing is compared.
    ambiguous: bool = False
    # Figures only: every value (with its hedge) each source gives in the story, in this unit
    # or as a bare number.
    known: Mapping[str, set[Claim]] = field(default_factory=dict)
    # The language the sentences are read in (the hedges of figures: "about", "more than").
    lang: LanguageData = field(kw_only=True)

    def slot(self) -> str:
        """What the sources give different values for, in words."""
        if self.kind != "Figure":
            return {"Day": "the day", "Date": "the date", "Tally": "the tally"}[self.kind]
        thing = self.key[-1]
        if self.unit == "%":
            return f"the share ({thing})"
        if self.unit != "count":
            return f"the amount ({thing})"
        return f"how many ({thing})"

    def claiming(self) -> list[Sentence]:
        return [s for s in self.members if s.article in self.claims]

    def agree(self, a: Claim, b: Claim) -> bool:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return agree(a, b, self.lang)
        if isinstance(a, str) and isinstance(b, str) and "--" in (a[:2], b[:2]):
            return a[-5:] == b[-5:]  # "--09-11" and "2016-09-11": one day of the year
        return a == b

    def consistent(self, values: Sequence[set[Claim]]) -> bool:
        """Every two of these claim sets hold a pair of claims that can both be true."""
        return all(
            any(self.agree(a, b) for a in first for b in second)
            for i, first in enumerate(values)
            for second in values[i + 1 :]
        )

    def label(self, claim: Claim) -> str:
        if isinstance(claim, tuple):
            return figure_label(self.unit, claim[0])
        return claim.removeprefix("--")

    def conflict(self) -> Conflict | None:
        """The disagreement, sources grouped by what they say; a source that says two
        incompatible things itself (an updated toll) is left out of it."""
        clear = {
            source: values
            for source, values in self.claims.items()
            if self.consistent([{v} for v in values])
        }
        if self.known:
            # A source that gives, anywhere, a value the other side gives knows both numbers:
            # they are two quantities to it ("35.7 percent federal, 45.8 percent in all").
            clear = {
                source: values
                for source, values in clear.items()
                if not any(
                    not self.consistent([values, other]) and self.consistent([known, other])
                    for known in ({k} for k in self.known.get(source, ()))
                    for other_source, other in clear.items()
                    if other_source != source
                )
            }
        if self.ambiguous or len(clear) < 2 or self.consistent(list(clear.values())):
            return None
        by_claim: dict[str, set[str]] = defaultdict(set)
        for source, values in clear.items():
            by_claim[", ".join(sorted({self.label(v) for v in values}))].add(source)
        if self.clauses:
            # A source stays only if its clause shares a word with a source on another side.
            side = {s: claim for claim, sources in by_claim.items() for s in sources}
            words = {s: self.clauses.get(s, frozenset()) for s in side}
            by_claim = defaultdict(set)
            for a, claim in side.items():
                if any(side[b] != claim and words[a] & words[b] for b in side):
                    by_claim[claim].add(a)
        if len(by_claim) < 2:
            return None  # "16" and "about 16": one claim, written two ways
        if self.kind == "Day" and len({self.published.get(s) for s in clear} - {None}) > 1:
            return None  # "on Sunday" in a Monday paper and in a Friday one: two Sundays
        clear = {s: clear[s] for sources in by_claim.values() for s in sources}
        said = [self.said[s] for s in clear if s in self.said and s in self.origin] or [
            self.said[s] for s in clear if s in self.said
        ]
        if not said:
            return None
        text = min(said, key=lambda t: (len(t), t))
        topic = shorten(text, self.lang, TOPIC_MAX_CHARS) or text
        return Conflict(
            f"{self.kind}: {self.slot()}, in “{topic}”",
            tuple(
                Cited(claim, tuple(sorted(sources))) for claim, sources in sorted(by_claim.items())
            ),
        )


def _day_points(
    group: SentenceGroup,
    published: Mapping[str, str | None],
    pool: _Pool | None,
    lang: LanguageData,
) -> list[_Point]:
    """The weekdays ("on Friday"), calendar days ("August 23") and tallies ("a 7-6 vote") the
    sources of a fact give. Each kind is compared only with its own kind: a weekday cannot be
    checked against a date unless the publication day is known."""
    points = []
    said = {s.article: s.text for s in group.members}
    found_by: dict[str, dict[str, tuple[set[str], frozenset[str]]]] = {}
    if len(group.members) > 1:
        for s in group.members:
            if lang.disagreements.may_claim.search(s.text):
                shared = frozenset().union(
                    *(_words(m.text, lang) for m in group.members if m is not s)
                )
                found_by[s.article] = _clause_claims(s.text, shared, published[s.article], lang)
    for kind in CLAUSE_CLAIMS:
        claims: dict[str, set[Claim]] = {}
        clauses: dict[str, frozenset[str]] = {}
        for article, by_kind in found_by.items():
            found, words = by_kind[kind]
            if found:
                claims[article], clauses[article] = set(found), words
        claiming = [s for s in group.members if s.article in claims]
        origin = frozenset(claims)  # a restating sentence gives a claim, not the topic
        if pool is not None and claims:
            for s, anchor in pool.restating(kind, claiming, set(claims)):
                found, words = _clause_claims(
                    s.text, _words(anchor.text, lang), published[s.article], lang
                )[kind]
                if found:
                    claims[s.article], clauses[s.article] = set(found), words
        points.append(
            _Point(
                kind,
                (kind,),
                claiming,
                claims,
                clauses=clauses,
                said=said,
                origin=origin,
                published={a: _day_text(published[a]) for a in claims},
                lang=lang,
            )
        )
    return points


def _day_text(published: str | None) -> str | None:
    day = day_of(published)
    return day.isoformat() if day else None


def _figure_points(
    group: SentenceGroup, numbers: Mapping[tuple[str, int], list[FigureMention]], lang: LanguageData
) -> list[_Point]:
    """The figures the sources of a fact give, one point per unit and per thing counted:
    "41 foreign nationals" is not compared with "300 passengers" in the same sentence. A figure
    that is one end of a range ("between 3 and 5 inches") is not compared: the range is the
    claim."""
    points: dict[tuple[str, ...], _Point] = {}
    values_by_article: dict[str, set[tuple[float, str | None, str]]] = defaultdict(set)
    for (article, _), figures in numbers.items():
        values_by_article[article].update((f.value, f.hedge, f.unit) for f in figures)
    for s in group.members:
        figures = numbers.get((s.article, s.index), [])
        if len(figures) > LIST_FIGURES or is_caption(s.text, lang):
            continue  # a list or a table row: which figure goes with which noun is a guess
        measured = [counted(f, s.text, lang) for f in figures]
        for f, (thing, _) in zip(figures, measured, strict=True):
            if f.range_text:
                continue
            if not thing:
                # "seeking 8.5 per cent more, while the company offered 5.2 per cent": the
                # noun left out is the one the sentence's other figure of the unit has.
                thing = next(
                    (
                        w
                        for g, (w, _) in zip(figures, measured, strict=True)
                        if g.unit == f.unit and w and w != "age"
                    ),
                    "",
                )
            if thing in _UNCOMPARED or thing in lang.disagreements.uncompared:
                continue  # a count of nothing said; ages are compared person by person
            key = ("Figure", f.unit, thing)
            point = points.setdefault(
                key,
                _Point(
                    "Figure",
                    key,
                    list(group.members),
                    {},
                    f.unit,
                    known={
                        article: {(v, h) for v, h, u in given if u in (f.unit, "count")}
                        for article, given in values_by_article.items()
                    },
                    lang=lang,
                ),
            )
            values = point.claims.setdefault(s.article, set())
            if any(isinstance(v, tuple) and not agree(v, (f.value, f.hedge), lang) for v in values):
                point.ambiguous = True
            values.add((f.value, f.hedge))
            point.said[s.article] = s.text
    return list(points.values())


# Figures never compared as counts: with no noun nobody can tell what they count; ages go person
# by person (and the language has its own: units of measure, spans of time).
_UNCOMPARED = frozenset({"", "age"})


def _merged(points: Sequence[_Point], pool: _Pool | None) -> list[_Point]:
    """Points of one story that are the same point: a disagreement found in one fact takes in
    the claims of the facts that restate it (same kind, unit and noun; claims it already has;
    sentences as alike as two members of a fact), so each side lists all its sources."""
    disputed = [
        p for p in points if len(p.claims) >= 2 and not p.consistent(list(p.claims.values()))
    ]
    if pool is not None:
        # Two facts that each agree within themselves may disagree with each other: "47
        # foreign nationals were aboard" and "41 foreign nationals from nine countries".
        seen = {id(p) for p in disputed}
        calm: dict[tuple[str, ...], list[_Point]] = defaultdict(list)
        for p in points:
            if p.claims and id(p) not in seen:
                calm[p.key].append(p)
        pairs = [
            (first, second)
            for bucket in calm.values()
            for i, first in enumerate(bucket)
            for second in bucket[i + 1 :]
        ]
        for first, second in pairs:
            if set(first.claims) & set(second.claims):
                continue
            values = list(first.claims.values()) + list(second.claims.values())
            if not first.consistent(values) and pool.alike(first.claiming(), second.claiming()):
                pair = _started_from(first)
                _absorb(pair, second)
                disputed.append(pair)
    merged: list[_Point] = []
    taken: set[int] = set()
    for point in disputed:
        if id(point) in taken:
            continue
        taken.add(id(point))
        whole = _started_from(point)
        for other in points:
            if id(other) in taken or other.key != point.key or pool is None:
                continue
            own = {v for values in whole.claims.values() for v in values}
            theirs = {v for values in other.claims.values() for v in values}
            # Another fact joins when each of its claims agrees with one in dispute and one of
            # its sentences restates one of the dispute's.
            fits = all(any(whole.agree(t, o) for o in own) for t in theirs)
            if theirs and fits and pool.alike(whole.members, other.members):
                taken.add(id(other))
                _absorb(whole, other)
        merged.append(whole)
    return merged


def _started_from(point: _Point) -> _Point:
    """A new point holding `point`'s claims, its topic taken from `point`'s sentences."""
    whole = _Point(
        point.kind,
        point.key,
        list(point.members),
        {},
        point.unit,
        origin=point.origin or frozenset(point.claims),
        lang=point.lang,
    )
    _absorb(whole, point)
    return whole


def _absorb(whole: _Point, part: _Point) -> None:
    whole.ambiguous = whole.ambiguous or part.ambiguous
    whole.known = {**part.known, **whole.known}
    whole.published = {**whole.published, **part.published}
    for source, values in part.claims.items():
        whole.claims.setdefault(source, set()).update(values)
        if source in part.clauses:
            whole.clauses[source] = whole.clauses.get(source, frozenset()) | part.clauses[source]
        if source in part.said:
            whole.said.setdefault(source, part.said[source])
    whole.members.extend(s for s in part.members if s not in whole.members)


# Words before a weekday, within its clause, that may name the happening it dates.
ONCE_EVENT_WINDOW = 4


def _once_event_days(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Sources that put a happening that takes place once in a story (the language's
    once_events: an indictment, a resignation, a capsizing) on different weekdays. The
    happening is the word right before the weekday in its clause ("indicted Thursday", "an
    indictment handed up Tuesday"); the day something was said is no claim, nor is a source
    that gives two days."""
    days: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for analysis in analyses:
        for sentence in analysis.sentences:
            if is_caption(sentence.text, lang):
                continue
            for event, day in _event_days(sentence.text, lang):
                days[event][analysis.article.id].add(day)
    found = []
    for event, by_source in sorted(days.items()):
        sides: dict[str, set[str]] = defaultdict(set)
        for source, given in by_source.items():
            if len(given) == 1:
                sides[next(iter(given))].add(source)
        if len(sides) >= 2:
            found.append(
                Conflict(
                    f"Day: day of the {event}",
                    tuple(Cited(day, tuple(sorted(s))) for day, s in sorted(sides.items())),
                )
            )
    return found


def _event_days(text: str, lang: LanguageData) -> list[tuple[str, str]]:
    """(happening, weekday) pairs of a sentence: "were indicted Thursday" -> ("indictment",
    "Thursday")."""
    found = []
    for day in weekdays_in(text, lang):
        for match in re.finditer(rf"\b{day}\b", text):
            clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
            for word in re.findall(r"[a-z]+", clause.lower())[-ONCE_EVENT_WINDOW:]:
                event = next(
                    (
                        name
                        for stem, name in lang.disagreements.once_events.items()
                        if word.startswith(stem)
                    ),
                    None,
                )
                if event:
                    found.append((event, day))
                    break
    return found


def _age_conflicts(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """Sources that give one person different ages ("Jane Doe, 32," and "Jane Doe, 33,").
    Whose age a figure is comes from its sentence (claims.counted); a name that could be two
    people of the story is not compared, nor is a source that gives one person two ages."""
    owner: dict[str, str | None] = {}
    for person in people:
        if person.type != "person":
            continue
        for form in (person.name, *person.aliases):
            for key in {fold(form), fold(form).split()[-1]} if fold(form) else set():
                owner[key] = None if owner.get(key, person.name) != person.name else person.name
    ages: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for analysis in analyses:
        for claim in claims_of(analysis, lang):
            if claim.thing != "age" or not claim.person or claim.unit != "count":
                continue
            name = fold(claim.person)
            whose = owner.get(name) or owner.get(name.split()[-1] if name else "")
            if whose:
                ages[whose][analysis.article.id].add(claim.value)
    found = []
    for whose, by_source in sorted(ages.items()):
        clear = {source: next(iter(v)) for source, v in by_source.items() if len(v) == 1}
        sides: dict[float, set[str]] = defaultdict(set)
        for source, age in clear.items():
            sides[age].add(source)
        if len(sides) >= 2:
            found.append(
                Conflict(
                    f"Age: age of {whose}",
                    tuple(
                        Cited(f"{age:g}", tuple(sorted(sources)))
                        for age, sources in sorted(sides.items())
                    ),
                )
            )
    return found


def _role_conflict(person: str, roles: dict[str, set[str]], lang: LanguageData) -> list[Conflict]:
    """Sources that give one person titles differing by a rank word ("deputy minister" and
    "minister"). "President" and "prime minister" are two people's titles, and "minister"
    and "shipping minister" one title written short: neither is a conflict; nor are "former
    president" and "president", which describe one man at two moments. A source that uses
    both titles is on neither side."""
    users: dict[str, set[str]] = defaultdict(set)
    for article, titles in roles.items():
        for title in titles:
            users[title].add(article)
    found = []
    for plain, ranked in sorted(
        (a, b)
        for a in users
        for b in users
        if set(a.split()) < set(b.split())
        and set(b.split()) - set(a.split()) <= lang.titles.rank_qualifiers
    ):
        sides = {plain: users[plain] - users[ranked], ranked: users[ranked] - users[plain]}
        if all(sides.values()):
            found.append(
                Conflict(
                    f"Title of {person}",
                    tuple(
                        Cited(title[:1].upper() + title[1:], tuple(sorted(sources)))
                        for title, sources in sorted(sides.items())
                    ),
                )
            )
    return found


_CLAUSE_BREAK = re.compile(r"\s*[,;:()]\s+|\s+[—–-]+\s+")
_DATE_HINT = re.compile(r"\d")  # a calendar day is written with digits
# A date written without its year ("Sept. 11") is compared by its month and day only: the year
# read from a publication date may differ between sources for no other reason.
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


# Claims read clause by clause, each kind on its own.
CLAUSE_CLAIMS = ("Day", "Date", "Tally")
# "a 7-6 vote", "won 3-1": two counts that make one result. Only next to a word of voting,
# ruling or playing, so that "2-3 days" or "ages 5-11" are not tallies.
_TALLY = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/-]|[.,]\d)")


def tallies_in(text: str, lang: LanguageData) -> set[str]:
    """Results written as two counts, the larger first: "7-6", "8-5"."""
    if not lang.disagreements.tally_words & set(fold(text).split()):
        return set()
    found = set()
    for match in _TALLY.finditer(text):
        high, low = sorted((int(match[1]), int(match[2])), reverse=True)
        found.add(f"{high}-{low}")
    return found


def clause_claims(
    text: str, context: Sequence[str], published: str | None, lang: LanguageData
) -> dict[str, tuple[set[str], frozenset[str]]]:
    """The weekdays ("on Friday"), calendar days ("August 23", as ISO dates) and tallies a
    sentence gives for the fact it shares with the `context` sentences, each with the words
    of its clause. When a sentence gives several of a kind, only the clause that says most of
    what the context says counts: in "Before meeting her on Monday, the envoy landed on
    Saturday for talks", the landing is the shared fact. A claim in a clause that shares no
    word with the context is about something else ("under the law, which took effect on
    June 1, ...") and is left out."""
    shared = frozenset().union(*(_words(other, lang) for other in context))
    return _clause_claims(text, shared, published, lang)


@functools.lru_cache(maxsize=65536)
def _words(text: str, lang: LanguageData) -> frozenset[str]:
    """The content words of a sentence or clause, calendar words left out."""
    return frozenset(content_tokens(text, lang)) - lang.disagreements.calendar_tokens


def _clause_claims(
    text: str, shared: frozenset[str], published: str | None, lang: LanguageData
) -> dict[str, tuple[set[str], frozenset[str]]]:
    best: dict[str, tuple[set[str], frozenset[str]]] = {
        k: (set(), frozenset()) for k in CLAUSE_CLAIMS
    }
    best_overlap = dict.fromkeys(CLAUSE_CLAIMS, 0)
    for clause in _CLAUSE_BREAK.split(text):
        found = {
            "Day": weekdays_in(lang.disagreements.reported_on.sub("", clause), lang),
            "Date": {
                iso if _YEAR_WRITTEN.search(written) else f"--{iso[5:]}"
                for iso, precision, written in find_dates(clause, published, lang)
                if precision == "day" and written.split()[-1].lower() not in lang.calendar.weekdays
            },
            "Tally": tallies_in(clause, lang),
        }
        if not any(found.values()):
            continue
        words = _words(clause, lang)
        overlap = len(shared & words)
        for kind, claims in found.items():
            if not claims:
                continue
            if overlap > best_overlap[kind]:
                best[kind], best_overlap[kind] = (claims, words), overlap
            elif overlap == best_overlap[kind] and overlap:
                # No clause stands out: all are claims.
                best[kind] = (best[kind][0] | claims, best[kind][1] | words)
    return best


class _Pool:
    """The story's sentence similarities: which sentences restate which."""

    def __init__(
        self, alignment: tuple[np.ndarray, Sequence[Sentence]], lang: LanguageData
    ) -> None:
        self.similarity, self.sentences = alignment
        self.row = {(s.article, s.index): i for i, s in enumerate(self.sentences)}
        has: dict[str, Callable[[str], object]] = {
            "Day": lambda text: weekdays_in(text, lang),
            "Date": lambda text: bool(_DATE_HINT.search(text)),
            "Tally": lambda text: tallies_in(text, lang),
        }
        self.claiming = {
            kind: [i for i, s in enumerate(self.sentences) if has[kind](s.text)]
            for kind in CLAUSE_CLAIMS
        }

    def restating(
        self, kind: str, anchors: Sequence[Sentence], claimed: set[str]
    ) -> list[tuple[Sentence, Sentence]]:
        """For each source outside `claimed`: its sentence that may make a claim of this kind
        and states the same thing as one of the `anchors` (as similar as two members of a
        fact), with that anchor."""
        rows = [self.row[(s.article, s.index)] for s in anchors if (s.article, s.index) in self.row]
        found: dict[str, tuple[float, Sentence, Sentence]] = {}
        for i in self.claiming[kind]:
            candidate = self.sentences[i]
            if candidate.article in claimed:
                continue
            for j in rows:
                score = float(self.similarity[i, j])
                if score >= FACT_SIMILARITY and score > found.get(candidate.article, (0.0,))[0]:
                    found[candidate.article] = (score, candidate, self.sentences[j])
        return [(s, anchor) for _, s, anchor in (found[a] for a in sorted(found))]

    def alike(self, first: Sequence[Sentence], second: Sequence[Sentence]) -> bool:
        """Whether a sentence of one fact restates a sentence of the other."""
        rows = [self.row[(s.article, s.index)] for s in first if (s.article, s.index) in self.row]
        cols = [self.row[(s.article, s.index)] for s in second if (s.article, s.index) in self.row]
        if not rows or not cols:
            return False
        return bool(self.similarity[np.ix_(rows, cols)].max() >= FACT_SIMILARITY)
