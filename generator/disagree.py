"""Where sources disagree: two sources give different values for the same slot of the same
event (a count, an amount, a day or date, an age, a tally, a title) and agree on what the slot
is.

The engine compares claims, never shared words: figures are compared only when they count the
same thing (claims.py) in sentences that state the same fact, or, in sentences less alike, when
the words right next to them say they fill the same slot ("$4.2 million from road
repair projects", "the city's road repair budget, to the tune of $4.1 million"); days
and dates only in clauses that say the same thing, or next to the same verb of what happened;
the span of a recurrence ("the third fire in six weeks") by its nth time; ages only for the same
person; titles only by a rank word (a deputy minister and the minister), never by a word of time
("former", "late", "outgoing"), which describes a person at another moment; the state of a plan
("abandoned" and "put on hold", "expected to meet" and "unlikely to meet") only for one plan,
told by words of its own next to both states; a period told from the paper's day ("earlier this
week", "earlier this year") only with a day or year outside it for one happening, and a deed said
to be done ("said in 2019 that she repaid") as done by the day it was said; and sentences of one
fact in the same words but for one value (a minimal pair: "the 1200 block of Elm Street", "the
1500 block of Elm Street") on that value. A count written as a bare word ("four people") is
compared as its number in one fact and in such minimal pairs, and in sentences less alike only
as a toll or a count of one happening's thing (counts.py: tolls in two leads, lengths of one
happening in hours).
Figures that differ within the tolerance of their hedges ("about 4,000" and "4,100") do not
disagree, nor do figures further apart than one slot's values are (SLOT_MAX_RATIO), nor does a
source that gives, anywhere, the other side's value too, nor amounts framed as two quantities
(amounts.py: one asked for and one given, a figure given to critics, a rate and a total, two
periods or two named bodies). Each disagreement names its slot in
words, the values as each source writes them, and who says which.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from generator.align import FACT_SIMILARITY, SentenceGroup, content_tokens
from generator.amounts import framing, joined_sides, names_apart, years_told
from generator.claims import (
    APPROXIMATE_SHARE,
    LIST_FIGURES,
    Claims,
    agree,
    claims_by_article,
    claims_of,
    counted,
    figure_label,
    head_noun,
    same_value,
    singular,
)
from generator.conflict_parts import CLAUSE_BREAK as _CLAUSE_BREAK
from generator.conflict_parts import components, person_owner, plainest, topic
from generator.counts import (
    CountStory,
    Lead,
    another_period,
    count_story,
    lead_tolls,
    moments,
    span_conflicts,
    toll_lead,
    two_groups,
)
from generator.counts import toll as _toll
from generator.dates import (
    Dated,
    dates_in,
    day_of,
    find_dates,
    quoted,
    weekday_spans,
    weekdays_in,
)
from generator.figures import about_after, word_counts
from generator.happening_days import happening_day_conflicts
from generator.lang import get as language_data
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import (
    Analysis,
    Cited,
    Conflict,
    Entity,
    FigureClaim,
    FigureMention,
    Sentence,
)
from generator.named_slots import named_slot_conflicts
from generator.occasions import occasion_day_conflicts
from generator.residences import residence_conflicts
from generator.roles import role_conflicts
from generator.text import fold
from generator.told_apart import Marks, Told, other_people, told_apart


def conflicts(
    analyses: Sequence[Analysis],
    groups: Sequence[SentenceGroup],
    people: Sequence[Entity],
    lang: LanguageData,
    alignment: tuple[np.ndarray, Sequence[Sentence]] | None = None,
    *,
    claims: Claims | None = None,
) -> tuple[Conflict, ...]:
    """Where sources that state the same fact disagree: a different day or date, a different
    number for the same thing, or a different role for the same person. Nothing is reported
    otherwise.

    `alignment` (the sentence similarities the groups were made from) lets a source whose
    sentence in a fact gives no day give it in another sentence that says the same thing, and
    joins the claims of facts that restate each other (a death toll told in three ways) into
    one disagreement with every source on its side. `claims` are the analyses' figure claims
    by article id (claims.claims_by_article), when they were already made."""
    if claims is None:
        claims = claims_by_article(analyses, lang)
    # Counts in words are compared only where the sentences are one fact's or the same words
    # but for the value: told in sentences less alike, a small count of prose ("two more
    # charges", "three goals" in one match) meets too many others.
    counting = _with_word_counts(analyses, lang)
    published = {a.article.id: a.article.published for a in analyses}
    pool = _Pool(alignment, lang) if alignment is not None else None
    named = _NamedPeople(analyses, people)
    pairs = _minimal_pairs(counting, pool, lang, named=named) if pool is not None else []
    numbers: dict[tuple[str, int], list[FigureMention]] = defaultdict(list)
    values_by_article = _known_values(counting)
    story = count_story(analyses, lang)
    iso_days = {(a.article.id, n): given for a in analyses for n, given in _iso_days(a).items()}
    for a in counting:
        for f in a.figures:
            numbers[(a.article.id, f.sentence)].append(f)
    points: list[_Point] = []
    for group in groups:  # a sentence only one source has can still join a disagreement
        points.extend(_day_points(group, published, pool, named, lang, numbers=numbers))
        points.extend(
            _figure_points(
                group, numbers, values_by_article, named, lang, days=iso_days, story=story
            )
        )
    found = [
        conflict for point in _merged(points, pool) if (conflict := point.conflict()) is not None
    ]
    if pool is not None:
        found.extend(
            c
            for c in _slot_conflicts(
                analyses,
                pool,
                lang,
                _with_slot_word_counts(claims, analyses, counting, lang),
                values_by_article,
                pairs=pairs,
                named=named,
            )
            if not any(_covers(shown, c) for shown in found)
        )
    found.extend(_age_conflicts(analyses, people, lang, claims))
    found.extend(_recurrence_spans(analyses, lang))
    found.extend(
        c for c in _compound_sizes(analyses, lang) if not any(_covers(f, c) for f in found)
    )
    found.extend(c for c in span_conflicts(analyses, lang) if not any(_covers(f, c) for f in found))
    if pool is not None:
        found.extend(
            c
            for c in _happening_days(counting, pool, named, lang)
            if not any(_covers(shown, c) for shown in found)
        )
    if pool is not None:
        found.extend(_state_conflicts(analyses, pool, named, lang))
        found.extend(_part_ordinals(analyses, pool, named, lang))
    # A day already in dispute in a fact the sources share is not told twice.
    days = {frozenset(c.text for c in conflict.claims) for conflict in found}
    found.extend(
        conflict
        for conflict in _once_event_days(analyses, people, lang)
        if frozenset(c.text for c in conflict.claims) not in days
    )
    found.extend(
        c for c in occasion_day_conflicts(analyses, lang) if not any(_covers(f, c) for f in found)
    )
    found.extend(_title_conflicts(analyses, people, pool, lang))
    found.extend(named_slot_conflicts(analyses, people, lang))
    found.extend(residence_conflicts(analyses, people, lang))
    found.extend(
        c
        for c in happening_day_conflicts(analyses, people, lang)
        if not any(_covers(f, c) for f in found)
    )
    found.extend(role_conflicts(analyses, people, lang))
    found.extend(c for c in pairs if not any(_covers(shown, c) for shown in found))
    return tuple(found)


def _known_values(analyses: Sequence[Analysis]) -> dict[str, set[tuple[float, str | None, str]]]:
    """Each source's values anywhere in its text, as (value, hedge, unit): its figures and the
    counts of its records (made once per story: per fact it was quadratic in a long article)."""
    known: dict[str, set[tuple[float, str | None, str]]] = defaultdict(set)
    for a in analyses:
        known[a.article.id] = {(f.value, f.hedge, f.unit) for f in a.figures} | _record_counts(a)
    return known


def _record_counts(analysis: Analysis) -> set[tuple[float, str | None, str]]:
    """The counts an article writes as two joined by a dash ("moved to 41-2", "a 7-6 vote"),
    which are no figures: a source that writes "41-2" knows of 41 wins, though it gives "30
    wins" by stoppage in the same sentence."""
    return {
        (float(count), None, "count")
        for sentence in analysis.sentences
        for match in _TALLY.finditer(sentence.text)
        for count in match.groups()
    }


def _with_word_counts(analyses: Sequence[Analysis], lang: LanguageData) -> list[Analysis]:
    """The analyses with their counts written as bare words among their figures
    (figures.word_counts), which the fact box leaves as prose: a source that writes "four
    people were killed" gives the slot a value as one that writes "5 people were killed" does.
    An analysis without such a count is itself."""
    found = []
    for analysis in analyses:
        extra = word_counts(analysis.sentences, analysis.figures, lang)
        found.append(replace(analysis, figures=analysis.figures + extra) if extra else analysis)
    return found


def _with_slot_word_counts(
    claims: Claims, analyses: Sequence[Analysis], counting: Sequence[Analysis], lang: LanguageData
) -> Claims:
    """The claims with each source's counts written as bare words that may fill a slot in
    sentences less alike: tolls ("four people were killed") and counts of a thing in a
    happening ("ten crates were seized")."""
    found: dict[str, tuple[FigureClaim, ...]] = {}
    for plain, counted_too in zip(analyses, counting, strict=True):
        made = tuple(claims[plain.article.id])
        extra = counted_too.figures[len(plain.figures) :]
        if extra:
            written = {(f.sentence, f.text) for f in extra}
            # Only the sentences that hold such counts are read again (a sentence's claims
            # depend on its own figures alone), not the whole article.
            lines = {f.sentence for f in extra}
            some = replace(
                counted_too, figures=tuple(f for f in counted_too.figures if f.sentence in lines)
            )
            made += tuple(
                c
                for c in claims_of(some, lang)
                if (c.sentence, c.text) in written and (c.verb or _toll(c, lang))
            )
        found[plain.article.id] = made
    return found


def _title_conflicts(
    analyses: Sequence[Analysis], people: Sequence[Entity], pool: _Pool | None, lang: LanguageData
) -> list[Conflict]:
    """Two titles of one person given in accounts of the same fact."""
    found: list[Conflict] = []
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
    return found


# A claim: a weekday ("Friday"), an ISO date, or a figure with its hedge (12.0, "about").
Claim = str | tuple[float, str | None]


def _marks(sentence: str, at: int, end: int, named: _NamedPeople, lang: LanguageData) -> Marks:
    """The marks (see Marks) of a figure written at `at`..`end` of a sentence."""
    if at < 0:
        return _sentence_marks(sentence, "", named, lang)
    before = _CLAUSE_BREAK.split(sentence[:at])
    after = _CLAUSE_BREAK.split(sentence[end:])[0]
    near = f"{before[-1]} {after}"
    if len(_slot_words(near, lang)) < SLOT_OWN_CLAUSE_WORDS and len(before) > 1:
        near = f"{before[-2]} {near}"  # "In Ohio, turnout was 61 percent"
    return replace(
        _sentence_marks(sentence, near, named, lang),
        heads=_head_places(before, named, lang),
        tense=_figure_tense(sentence[:at], lang),
        persons=named.of(_after_speaker(near, lang), lang),
        days=frozenset(day.lower() for day in weekdays_in(near, lang)),
        framing=framing(sentence, at, end, lang),
    )


# Content words at most of a sentence's first clause whose places are where the clauses after it
# happen ("In Vessa,", "The bridge at Ashby fell,"): a longer one tells a happening of its own.
HEAD_CLAUSE_WORDS = 4


def _head_places(before: Sequence[str], named: _NamedPeople, lang: LanguageData) -> frozenset[str]:
    """The places of a sentence's first short clause (HEAD_CLAUSE_WORDS), when a figure is in a
    later clause (`before`: the clauses before it): "In Vessa, 14 people died", "The bridge at
    Ashby fell, stranding 200 people". Not a speaker's ("In Leeds, police said 40 died")."""
    if len(before) < 2 or len(_slot_words(before[0], lang)) > HEAD_CLAUSE_WORDS:
        return frozenset()
    return _places(_after_speaker(before[0], lang), named, lang)


def _after_speaker(text: str, lang: LanguageData) -> str:
    """A clause's words after its last verb of speech ("Police chief Jo Roe said 40 died":
    "40 died"): who said a figure is not whom it is of."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    spoken = [w for w in words if w[0].lower() in lang.verbs.speech]
    return text[spoken[-1].end() :] if spoken else text


def _figure_tense(before: str, lang: LanguageData) -> str:
    """Whether a figure is of a plan ("had planned to cut 500 jobs", "expected 50,000"): "plan";
    of what was done, told by a verb in the past right before it ("cut 320 jobs", "drew about
    38,000"): "done"; else ""."""
    if lang.dates.plan_cue.search(before) or lang.dates.future_cue.search(before):
        return "plan"
    words = [w for w in re.findall(r"[a-z]+", before.lower()) if w not in lang.stop_words]
    return "done" if words and _in_past(words[-1], lang) else ""


def _sentence_marks(sentence: str, near: str, named: _NamedPeople, lang: LanguageData) -> Marks:
    """The marks of a claim told in `near` (its clause) of a sentence: its places (names that
    are no person's of the story nor a title), and the sentence's words of one of several ("a
    second bomb"; not of a moment: "the first time")."""
    several = frozenset(
        fold(found[0])
        for found in lang.disagreements.one_of_several.finditer(sentence)
        if _next_word(sentence, found.end()) not in lang.disagreements.part_moments
    )
    return Marks(places=_places(near, named, lang), series=several)


def _places(text: str, named: _NamedPeople, lang: LanguageData) -> frozenset[str]:
    """The names in a stretch of a sentence (not its first word) that are no person's of the
    story nor a title: a title names no place ("President Doe said 40 died")."""
    titles = lang.titles.title_words | lang.titles.job_words
    return frozenset(name for name in _names_in(text, lang) - named.words if name not in titles)


def _next_word(text: str, at: int) -> str:
    found = _NEXT_WORD.match(text, at)
    return found[1].lower() if found else ""


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
    # Days and dates only: the happenings each source's clause tells, by tense and verb
    # (see _acts). Two sources' days are compared only for one happening: "identified the
    # victim on Thursday" and "was killed Wednesday" date two acts on one person, and "advances
    # to play Saturday" a game to come, not the one "defeated ... on Friday" tells.
    acts: dict[str, frozenset[str]] = field(default_factory=dict)
    # Days and dates only: the story's people each source's clause names (see _NamedPeople).
    # "placed Jane Doe on injured reserve Tuesday" and "placed John Roe on injured reserve
    # Wednesday" date one act done to two people: two happenings, not compared.
    persons: dict[str, frozenset[str]] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)  # source -> the sentence of its claim
    # Days, dates and tallies: what tells each source's happening from another of its kind
    # (see Marks): two sources whose marks tell two apart ("in Leeds", "in York"; "a second
    # bomb") are not compared.
    marks: dict[str, Marks] = field(default_factory=dict)
    origin: frozenset[str] = frozenset()  # the sources whose sentences the topic is from
    published: Mapping[str, str | None] = field(default_factory=dict)  # source -> its day
    # Figures only: a source gave two values of this slot in one sentence ("between 2,000 and
    # 1,200 years ago", "48 nautical miles from the port and 9 miles off the coast"): the slot
    # is not one quantity, and nothing is compared.
    ambiguous: bool = False
    # Figures only: every value (with its hedge) each source gives in the story, in this unit
    # or as a bare number.
    known: Mapping[str, set[Claim]] = field(default_factory=dict)
    # Figures only: each source's figure in its sentence (a claim, with what may tell it from
    # another: told_apart), and what the story tells of its counts: two sources' figures told
    # apart, or counts that may be of two groups (counts.two_groups: the dead with and without
    # the gunman, a county's homes and a village's) are not compared.
    told: dict[str, Told] = field(default_factory=dict)
    count_story: CountStory | None = None
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
            measure = self.kind == "Figure" and _a_measure(self.key[-1], self.lang)
            return _agree(a, b, self.lang, measure=measure)
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
            return _hedged(self.unit, claim)
        return claim.removeprefix("--")

    def labels(self, values: set[Claim]) -> str:
        """What one source says (see _figure_labels)."""
        exact = {v for v in values if not (isinstance(v, tuple) and v[1])}
        return _LABEL_JOIN.join(sorted({self.label(v) for v in exact or values}))

    def joined(
        self, by_claim: Mapping[str, set[str]], clear: Mapping[str, set[Claim]]
    ) -> dict[str, set[str]]:
        """Figures' sides with a hedged one set on the one side it agrees with (see
        amounts.joined_sides)."""
        values = {
            label: {v for s in sources for v in clear[s]} for label, sources in by_claim.items()
        }
        return joined_sides(by_claim, values, _is_hedged, self.agree)

    def conflict(self) -> Conflict | None:
        """The disagreement, sources grouped by what they say; a source that says two
        incompatible things itself (an updated toll), or two figures of the slot (see
        _one_figure), is left out of it."""
        clear = {
            source: values
            for source, values in self.claims.items()
            if self.consistent([{v} for v in values])
            and (self.kind != "Figure" or _one_figure(self.labels(values)))
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
        if self.kind == "Figure" and _orders_apart(clear.values()):
            return None  # 4 goals in a season, 85 in a career
        by_claim: dict[str, set[str]] = defaultdict(set)
        for source, values in clear.items():
            by_claim[self.labels(values)].add(source)
        if self.clauses:
            # A source stays only if its clause shares a word with a source on another side.
            side = {s: claim for claim, sources in by_claim.items() for s in sources}
            words = {s: self.clauses.get(s, frozenset()) for s in side}
            acts = {s: self.acts.get(s, frozenset()) for s in side}
            persons = {s: self.persons.get(s, frozenset()) for s in side}
            dated = self.kind in _DATED_KINDS
            by_claim = defaultdict(set)
            for a, claim in side.items():
                if any(
                    side[b] != claim
                    and words[a] & words[b]
                    and (
                        not dated
                        or (acts[a] & acts[b] and not other_people(persons[a], persons[b]))
                    )
                    for b in side
                ):
                    by_claim[claim].add(a)
        if self.kind == "Figure":
            by_claim = self.joined(by_claim, clear)
        if len(by_claim) < 2:
            return None  # "16" and "about 16": one claim, written two ways
        if self._apart(by_claim):
            return None  # "5,000 marched in Leeds", "12,000 marched in York": two marches
        if self.kind == "Day" and len({self.published.get(s) for s in clear} - {None}) > 1:
            return None  # "on Sunday" in a Monday paper and in a Friday one: two Sundays
        clear = {s: clear[s] for sources in by_claim.values() for s in sources}
        said = [self.said[s] for s in clear if s in self.said and s in self.origin] or [
            self.said[s] for s in clear if s in self.said
        ]
        if not said:
            return None
        text = plainest(said)
        about = topic(text, self.lang)
        return Conflict(
            f"{self.kind}: {self.slot()}, in “{about}”",
            tuple(
                Cited(claim, tuple(sorted(sources))) for claim, sources in sorted(by_claim.items())
            ),
        )

    def _apart(self, by_claim: Mapping[str, set[str]]) -> bool:
        """Whether two sources on two sides tell two happenings: days by their marks (Marks),
        figures as told_apart says or as counts of two groups."""
        side = {s: claim for claim, sources in by_claim.items() for s in sources}
        pairs = [(a, b) for a in side for b in side if side[a] != side[b]]
        if self.kind != "Figure":
            return any(
                self.marks[a].apart(self.marks[b])
                for a, b in pairs
                if a in self.marks and b in self.marks
            )
        told = [(self.told[a], self.told[b]) for a, b in pairs if a in self.told and b in self.told]
        return any(told_apart(a, b, self.lang, grouped=True) for a, b in told) or any(
            two_groups(a.claim, b.claim, self.count_story, self.lang)
            for a, b in told
            if self.count_story is not None
        )


def _is_hedged(value: object) -> bool:
    """Whether a figure as a disagreement reads it, (value, hedge), is hedged ("about 4,000")."""
    return isinstance(value, tuple) and bool(value[1])


def _orders_apart(values: Iterable[set[Claim]]) -> bool:
    """Whether the figures sources give are further apart than one slot's values are (see
    SLOT_MAX_RATIO): two things, or two spans of time, that a fact's words do not tell apart."""
    numbers = [abs(v[0]) for given in values for v in given if isinstance(v, tuple)]
    return bool(numbers) and max(numbers) > SLOT_MAX_RATIO * min(numbers)


def _day_points(
    group: SentenceGroup,
    published: Mapping[str, str | None],
    pool: _Pool | None,
    named: _NamedPeople,
    lang: LanguageData,
    *,
    numbers: _Numbers,
) -> list[_Point]:
    """The weekdays ("on Friday"), calendar days ("March 16") and tallies ("a 7-6 vote") the
    sources of a fact give. Each kind is compared only with its own kind: a weekday cannot be
    checked against a date unless the publication day is known."""
    points = []
    said = {s.article: s.text for s in group.members}
    sentences = {s.article: s for s in group.members}
    found_by: dict[str, dict[str, _ClauseClaims]] = {}
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
        acts: dict[str, frozenset[str]] = {}
        persons: dict[str, frozenset[str]] = {}
        marks: dict[str, Marks] = {}
        for article, by_kind in found_by.items():
            found, words, told, clause = by_kind[kind]
            if found:
                claims[article], clauses[article], acts[article] = set(found), words, told
                persons[article] = named.of(clause, lang)
                marks[article] = _point_marks(
                    kind, sentences[article], clause, named, lang, numbers=numbers
                )
        if not claims:
            continue  # no source says anything of this kind here: nothing to compare or merge
        claiming = [s for s in group.members if s.article in claims]
        origin = frozenset(claims)  # a restating sentence gives a claim, not the topic
        if pool is not None:
            for s, anchor in pool.restating(kind, claiming, set(claims)):
                found, words, told, clause = _clause_claims(
                    s.text, _words(anchor.text, lang), published[s.article], lang
                )[kind]
                if found:
                    claims[s.article], clauses[s.article], acts[s.article] = (
                        set(found),
                        words,
                        told,
                    )
                    persons[s.article] = named.of(clause, lang)
                    marks[s.article] = _point_marks(kind, s, clause, named, lang, numbers=numbers)
        points.append(
            _Point(
                kind,
                (kind,),
                claiming,
                claims,
                clauses=clauses,
                acts=acts,
                persons=persons,
                said=said,
                marks=marks,
                origin=origin,
                published={a: _day_text(published[a]) for a in claims},
                lang=lang,
            )
        )
    return points


def _point_marks(
    kind: str,
    sentence: Sentence,
    clause: str,
    named: _NamedPeople,
    lang: LanguageData,
    *,
    numbers: _Numbers,
) -> Marks:
    """The marks of a day's, a date's or a tally's clause (see Marks); `numbers`: the figures
    of each sentence, by (article id, index)."""
    marks = _sentence_marks(sentence.text, clause, named, lang)
    if kind in _DATED_KINDS:
        figures = numbers.get((sentence.article, sentence.index), [])
        return replace(marks, counts=frozenset(f.value for f in figures))
    return marks


# The figures of each sentence, by (article id, sentence index).
_Numbers = Mapping[tuple[str, int], list[FigureMention]]


def _day_text(published: str | None) -> str | None:
    day = day_of(published)
    return day.isoformat() if day else None


def _figure_points(
    group: SentenceGroup,
    numbers: Mapping[tuple[str, int], list[FigureMention]],
    values_by_article: Mapping[str, set[tuple[float, str | None, str]]],
    named: _NamedPeople,
    lang: LanguageData,
    *,
    days: Mapping[tuple[str, int], frozenset[str]] | None = None,
    story: CountStory | None = None,
) -> list[_Point]:
    """The figures the sources of a fact give, one point per unit and per thing counted:
    "41 foreign nationals" is not compared with "300 passengers" in the same sentence. A figure
    that is one end of a range ("between 3 and 5 inches") is not compared: the range is the
    claim. `days`: the ISO days each sentence gives, by (article id, index)."""
    points: dict[tuple[str, ...], _Point] = {}
    for s in group.members:
        figures = numbers.get((s.article, s.index), [])
        if not figures:
            continue  # most sentences: nothing to compare, and no caption pattern to run
        if len(figures) > LIST_FIGURES or is_caption(s.text, lang):
            continue  # a list or a table row: which figure goes with which noun is a guess
        measured = [counted(f, s.text, lang) for f in figures]
        for f, (thing, _) in zip(figures, measured, strict=True):
            if f.range_text or not _stated(s.text, s.text.find(f.text), lang):
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
            if _uncompared(thing, lang):
                continue  # a count of nothing said; ages are compared person by person
            key = ("Figure", f.unit, _described_as(f, thing, s.text, lang), thing)
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
                    count_story=story,
                    lang=lang,
                ),
            )
            claim = FigureClaim(
                s.article, s.index, f.value, f.unit, f.hedge, f.text, f.about, thing, None, s.text
            )
            values = point.claims.setdefault(s.article, set())
            if any(isinstance(v, tuple) and not agree(v, (f.value, f.hedge), lang) for v in values):
                point.ambiguous = True
            values.add((f.value, f.hedge))
            point.said[s.article] = s.text
            at = s.text.find(f.text)
            others = [g.text for g in figures if g.unit == f.unit and g is not f]
            point.told[s.article] = _told(
                claim,
                _neighbourhood(s.text, at, at + len(f.text), others),
                days=(days or {}).get((s.article, s.index), frozenset()),
                values=[g.text for g in figures if not g.text.isdigit()],
                named=named,
                lang=lang,
            )
    return list(points.values())


def _described_as(figure: FigureMention, thing: str, sentence: str, lang: LanguageData) -> str:
    """What sets a count apart from the bare count of its thing, as a key: the words that
    restrict it ("injur" of "12 injured passengers", "oppos" of "comments opposing the rule",
    see _restriction) and, for a count of an event, the noun written after it ("killed 15
    children"); "" for the bare count. Counts with other keys are of two slots: a total and a
    part of it."""
    at = sentence.find(figure.text)
    if at < 0:
        return ""
    end = at + len(figure.text)
    after = sentence[end:]
    words = set(_restriction(figure.unit, thing, sentence[:at], after, lang))
    if figure.unit == "count" and (noun := _written_noun(sentence, end, lang)) != thing:
        words.add(noun)
    words.discard("")
    return " ".join(sorted(words))


# Closing quotation marks and spaces after a sentence's last word.
_CLOSING = " \t\"'”’»"


def _stated(sentence: str, at: int, lang: LanguageData) -> bool:
    """Whether a sentence states a figure written at `at` as a value of its slot: not asked
    about ("whether he would win 60 percent", a question), nor told in a sentence of a running
    count at one moment ("with 81 percent of precincts reporting", "so far"), which another
    source may tell at another, nor of a poll or survey, when a story may cite several."""
    if at < 0:
        return True  # not found as written: nothing to read around it
    grammar = lang.disagreements
    before = _CLAUSE_BREAK.split(sentence[:at])[-1]
    clause = before + _CLAUSE_BREAK.split(sentence[at:])[0]
    # A count of votes may be told at its moment in another clause: "led with 52 percent,
    # with 64 percent of precincts reporting". "So far" only of its own clause: "the so far
    # fruitless search, with relatives of 150 passengers" dates no count.
    return not (
        sentence.rstrip(_CLOSING).endswith("?")
        or grammar.figure_asked.search(before)
        or grammar.count_so_far.search(clause)
        or grammar.votes_counted_so_far.search(sentence)
        or grammar.figure_of_a_poll.search(sentence)
    )


# Figures never compared as counts: with no noun nobody can tell what they count; ages go person
# by person (and the language has its own: units of measure, spans of time).
_UNCOMPARED = frozenset({"", "age"})


def _uncompared(thing: str, lang: LanguageData) -> bool:
    """Whether figures of a thing are never compared as counts: nothing said, ages, units of
    measure and rates of them ("mile per hour": a story holds many speeds, as many lengths)."""
    return (
        thing in _UNCOMPARED
        or thing in lang.disagreements.uncompared
        or thing.split(maxsplit=1)[0] in lang.disagreements.uncompared
    )


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
        count_story=point.count_story,
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
        if source in part.acts:
            whole.acts[source] = whole.acts.get(source, frozenset()) | part.acts[source]
        if source in part.persons:
            whole.persons[source] = whole.persons.get(source, frozenset()) | part.persons[source]
        if source in part.told:
            whole.told.setdefault(source, part.told[source])
        if source in part.said:
            whole.said.setdefault(source, part.said[source])
        if source in part.marks:
            whole.marks.setdefault(source, part.marks[source])
    whole.members.extend(s for s in part.members if s not in whole.members)


# Words before a weekday, within its clause, that may name the happening it dates.
ONCE_EVENT_WINDOW = 4


@dataclass(frozen=True)
class _OnceDay:
    """A weekday one source puts a happening of the language's once_events on."""

    source: str
    event: str  # the happening's name ("resignation")
    day: str  # the weekday as written
    # Whom it happened to: the one person the text names as its subject; None when it names
    # no person and no pronoun stands for one (a ferry capsized).
    actor: str | None
    subject: frozenset[str]  # content words of its subject, when it is not a person
    words: frozenset[str]  # content words of its clause, the happening's and the calendar's out


def _once_event_days(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """Sources that put a happening that takes place once in a story (the language's
    once_events: an indictment, a resignation, a capsizing) on different weekdays. The
    happening is the word right before the weekday in its clause ("indicted Thursday", "an
    indictment handed up Tuesday"); the day something was said is no claim, nor is a source
    that gives two days.

    Once in a story is once for one subject: two people may resign on two days. Two days are
    compared only when both sentences name the same person as the subject of the happening, or
    when neither names a person, in a story that names no two people as its subjects, and
    they do not give two subjects of their own ("the ferry capsized", "a barge capsized")
    unless their clauses share a word; a subject the text leaves unclear (two names, a
    pronoun) makes no claim. Happenings that take place once for each person (the language's
    once_per_person: a death, an arrest) are compared only for a person named."""
    dated = _once_days(analyses, people, lang)
    names = {fold(p.name): p.name for p in people if p.type == "person"}
    found = []
    for event, actor in sorted({(d.event, d.actor or "") for d in dated}):
        if not actor and (
            event in lang.disagreements.once_per_person.values()
            or len({d.actor for d in dated if d.event == event} - {None}) > 1
        ):
            continue  # a death of no one named; two people resigned: whose is this one?
        given: dict[str, set[str]] = defaultdict(set)
        of: dict[str, list[_OnceDay]] = defaultdict(list)
        for d in dated:
            if d.event == event and (d.actor or "") == actor:
                given[d.source].add(d.day)
                of[d.source].append(d)
        side = {
            source: next(iter(days)) for source, days in sorted(given.items()) if len(days) == 1
        }
        sources = list(side)
        for part in [sources] if actor else _one_happening(sources, of):
            sides: dict[str, set[str]] = defaultdict(set)
            for source in part:
                sides[side[source]].add(source)
            if len(sides) < 2:
                continue
            whose = f" of {names[actor]}" if actor in names else ""
            found.append(
                Conflict(
                    f"Day: day of the {event}{whose}",
                    tuple(Cited(day, tuple(sorted(s))) for day, s in sorted(sides.items())),
                )
            )
    return found


def _once_days(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[_OnceDay]:
    """The weekdays each source puts a once-only happening on, with whom it happened to; not
    those whose subject is unclear."""
    owner = person_owner(people)
    dated = []
    for analysis in analyses:
        named = {
            fold(m.name)
            for m in analysis.mentions
            if m.type == "person" and fold(m.name) and fold(m.name) not in owner
        }
        persons = {**{n: n for n in named}, **owner}
        for sentence in analysis.sentences:
            happenings = _event_days(sentence.text, lang)
            # Few sentences date a happening: the caption pattern, slow, runs only on those.
            if not happenings or is_caption(sentence.text, lang):
                continue
            for event, day, lead, head, before, rest in happenings:
                actor, subject = _actor(lead, head, before, persons, lang)
                if actor == "":
                    continue  # whom it happened to is not clear
                words = frozenset(
                    w
                    for w in _plain_words(f"{subject} {head} {rest}", lang)
                    if not any(w.startswith(stem) for stem, _ in _once_stems(lang))
                )
                own = frozenset(_subject_words(subject, lang))
                dated.append(_OnceDay(analysis.article.id, event, day, actor, own, words))
    return dated


def _one_happening(sources: Sequence[str], of: Mapping[str, list[_OnceDay]]) -> list[list[str]]:
    """Sources whose once-only happening, told of no person, is one: linked, directly or
    through others, unless both give subjects of their own that share no word ("the ferry", "a
    barge") and their clauses share none either."""
    links: dict[int, set[int]] = {i: set() for i in range(len(sources))}
    for i, first in enumerate(sources):
        for j in range(i + 1, len(sources)):
            if any(
                not (a.subject and b.subject) or a.subject & b.subject or a.words & b.words
                for a in of[first]
                for b in of[sources[j]]
            ):
                links[i].add(j)
                links[j].add(i)
    return [[sources[i] for i in part] for part in components(links)]


class _NamedPeople:
    """Which of the story's people a stretch of text names: by the story's resolution of its
    people (name, aliases, a surname no one else has; see conflict_parts.person_owner), and by
    the other names of people its articles write. A form two people share stays a form of its
    own."""

    def __init__(self, analyses: Sequence[Analysis], people: Sequence[Entity]) -> None:
        owner = person_owner(people)
        mentioned = {
            fold(m.name)
            for a in analyses
            for m in a.mentions
            if m.type == "person" and fold(m.name) and fold(m.name) not in owner
        }
        self.persons = {**{n: n for n in mentioned}, **owner}
        self.words = frozenset(word for form in self.persons for word in form.split())
        forms = sorted(self.persons, key=lambda form: (-len(form), form))
        self.pattern = (
            re.compile(rf"(?<![\w'])(?:{'|'.join(map(re.escape, forms))})(?!\w)") if forms else None
        )

    def of(self, text: str, lang: LanguageData) -> frozenset[str]:
        """The people a text names as whom its verb tells of, each as its person's key: not a
        name after a preposition ("a post critical of Jane Doe", "during President Doe's
        address") nor one that owns another noun ("Doe's daughters"). Only capitalised words
        are read: a surname that is also a word ("Young") names no one in lower case."""
        if self.pattern is None:
            return frozenset()
        return frozenset(
            self.persons[m[0]]
            for run in _CAPITALISED_RUN.finditer(text)
            if not _after_preposition(text[: run.start()], lang) and not _OWNER_END.search(run[0])
            for m in self.pattern.finditer(fold(run[0]))
        )


# Capitalised words in a row, with the initials and apostrophes of names ("Jane Q. O'Doe").
# A run that ends in a possessive ("Jane Doe's", "the Does'") names the owner of a noun.
_OWNER_END = re.compile(r"['’]s?$")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _with_subject(head: str, sentence: str, lang: LanguageData) -> str:
    """A clause's words before its day, with the sentence's opening clause before them when the
    clause opens with its verb: its subject was written there ("Jane Doe, the club's captain,
    was placed on leave Tuesday")."""
    words = re.findall(r"[A-Za-z]+", head)
    first = words[0] if words else ""
    if first.islower() and (_in_past(first, lang) or first in lang.dates.perfect_auxiliaries):
        return f"{_CLAUSE_BREAK.split(sentence)[0]} {head}"
    return head


def _subject_words(text: str, lang: LanguageData) -> list[str]:
    """Content words that may be a subject: not words of attribution ("according")."""
    return [w for w in _plain_words(text, lang) if w not in lang.disagreements.slot_noise]


@functools.lru_cache(maxsize=1 << 12)
def _form_pattern(form: str) -> re.Pattern[str]:
    """A person's written form as a whole word, in any case: made once per form (re's own cache
    of 512 patterns was too small for a build's names, which were compiled again and again)."""
    return re.compile(rf"(?<![\w']){re.escape(form)}(?!\w)", re.I)


def _actor(
    lead: str, head: str, before: str, persons: Mapping[str, str], lang: LanguageData
) -> tuple[str | None, str]:
    """Whom a happening happened to, and the words of its subject. `lead` is its clause before
    the word of the happening, `head` its clause up to the weekday, `before` the sentence
    before that clause. The subject is in the clause; a clause with no words of its own before
    the happening ("resigned Thursday", "which capsized on Tuesday") has it earlier ("Jane
    Doe, whose ..., resigned Thursday"). A name after a preposition is not the subject ("two
    aides of Jane Doe were indicted"), unless the preposition follows the happening's noun
    ("the resignation of Jane Doe"). Whom: the one person named there; None when no person and
    no pronoun is (a thing's happening); "" when it is not clear (two people, a form two
    people share, a pronoun)."""
    own = bool(_subject_words(lead, lang))
    scope = head if own else f"{before} {head}"
    subject = lead if own else f"{before} {lead}"
    found = {
        whose
        for form, whose in persons.items()
        for match in _form_pattern(form).finditer(scope)
        if not _after_preposition(scope[: match.start()], lang)
        and not _owns_another(scope[match.end() :], lang)
    }
    # "Jane Doe" is found as "jane doe" and as "doe": one person.
    if len(found) > 1 or any(w.startswith("?") for w in found):
        return "", subject
    if found:
        return next(iter(found)), subject
    if lang.disagreements.actor_pronouns & set(re.findall(r"[a-z]+", scope.lower())):
        return "", subject
    return None, subject


# The capitalised words and abbreviations of a name's title written before it ("Del.", "Defense
# Secretary"), back to the word before them.
_TITLE_RUN = re.compile(r"(?:\s*\b[A-Z][\w.'’-]*)*\s*$")


def _after_preposition(text: str, lang: LanguageData) -> bool:
    """Whether a name written after `text` follows a preposition (titles between them), and
    not one right after the word of a once-only happening ("the resignation of")."""
    words = re.findall(r"[a-z]+", _TITLE_RUN.sub("", text).lower())
    if not words or words[-1] not in lang.disagreements.name_prepositions:
        return False
    if len(words) == 3 and words[0] in lang.dates.determiners:
        return False  # "The funeral of Jane Doe was held": the subject is hers
    return not (len(words) > 1 and any(words[-2].startswith(stem) for stem, _ in _once_stems(lang)))


def _once_stems(lang: LanguageData) -> list[tuple[str, str]]:
    """The beginnings of words of once-only happenings, with the happening's name."""
    return [*lang.disagreements.once_events.items(), *lang.disagreements.once_per_person.items()]


# "Jane Doe's mother": the name owns the noun after it.
_POSSESSIVE = re.compile(r"['’]s?\s+([a-z]+)", re.I)


def _owns_another(after: str, lang: LanguageData) -> bool:
    """Whether a name is the owner of the subject rather than the subject ("Jane Doe's mother
    died"); the owner of the happening itself ("Jane Doe's resignation") is whom it is of."""
    match = _POSSESSIVE.match(after)
    if match is None:
        return False
    return not any(match[1].lower().startswith(stem) for stem, _ in _once_stems(lang))


def _event_days(text: str, lang: LanguageData) -> list[tuple[str, str, str, str, str, str]]:
    """(happening, weekday, its clause before the happening's word, its clause up to the
    weekday, the sentence before the clause, the clause after the weekday) of a sentence:
    "were indicted Thursday over the leak" -> ("indictment", "Thursday", "were ", "were
    indicted ", "", " over the leak")."""
    found = []
    for day in weekdays_in(text, lang):
        for match in re.finditer(rf"\b{day}\b", text):
            clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
            rest = _CLAUSE_BREAK.split(text[match.end() :])[0]
            words = list(re.finditer(r"[a-z]+", clause.lower()))[-ONCE_EVENT_WINDOW:]
            for n, word in enumerate(words):
                event = next(
                    (name for stem, name in _once_stems(lang) if word[0].startswith(stem)),
                    None,
                )
                if event and _dates_a_later_verb(word[0], words[n + 1 :], lang):
                    break  # "tests taken when she was arrested were released Wednesday"
                if event:
                    earlier = text[: match.start() - len(clause)]
                    found.append((event, day, clause[: word.start()], clause, earlier, rest))
                    break
    return found


def _dates_a_later_verb(word: str, after: Sequence[re.Match[str]], lang: LanguageData) -> bool:
    """Whether a happening told by a verb in the past is followed, before its weekday, by another
    verb in the past, which the weekday dates ("samples taken when he was arrested were released
    Wednesday"); a happening's noun is not ("an indictment handed up Tuesday")."""
    return _in_past(word, lang) and any(_in_past(w[0], lang) for w in after)


def _age_conflicts(
    analyses: Sequence[Analysis],
    people: Sequence[Entity],
    lang: LanguageData,
    claims: Claims | None = None,
) -> list[Conflict]:
    """Sources that give one person different ages ("Jane Doe, 32," and "Jane Doe, 33,").
    Whose age a figure is comes from its sentence (claims.counted); a name that could be two
    people of the story is not compared, nor is a source that gives one person two ages."""
    made = claims if claims is not None else claims_by_article(analyses, lang)
    aged = [
        (analysis.article.id, claim)
        for analysis in analyses
        for claim in made[analysis.article.id]
        if claim.thing == "age" and claim.person and claim.unit == "count"
    ]
    # The names the story gives each person decide whose a name is; a surname alone is
    # anyone's of that name only when it is no one's written form ("Lane" written for Peter
    # Lane is his, though Ruth Lane is in the story too). A full name given an age that is
    # no one's of the story is a person of its own ("Jane Roe, 41," in one source and "Roe,
    # 42," in another).
    names = _PersonNames(lang)
    for person in people:
        if person.type == "person":
            for form in (person.name, *person.aliases):
                names.add(form, person.name)
    for _, claim in aged:
        if claim.person and len(fold(claim.person).split()) > 1 and not names.known(claim.person):
            names.add(claim.person, claim.person)
    ages: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for source, claim in aged:
        if claim.person and (whose := names.whose(claim.person)):
            ages[whose][source].add(claim.value)
    published = {a.article.id: day_of(a.article.published) for a in analyses}
    found = []
    for whose, by_source in sorted(ages.items()):
        clear = {source: next(iter(v)) for source, v in by_source.items() if len(v) == 1}
        sides: dict[float, set[str]] = defaultdict(set)
        for source, age in clear.items():
            sides[age].add(source)
        if max(sides, default=0) - min(sides, default=0) > AGE_MISREAD_YEARS:
            continue  # "Roe, 32," and "Roe, 36,": the person at two moments
        if len(sides) >= 2 and not _a_birthday_apart(sides, published):
            found.append(_numbers_conflict(f"Age: age of {whose}", sides))
    return found


# Outlets misgive one person's age by a year or two (a birthday they did not know of, an age
# copied from an older report), rarely more: ages further apart tell the person at two moments
# of their life ("Roe, 32," of a fight years before the one of the story).
AGE_MISREAD_YEARS = 2
# Papers this many days apart or more tell a person at two moments of the story (a trial set in
# January, a verdict in September): an age a year higher in the later one is a birthday between.
AGE_MOMENTS_APART_DAYS = 30


def _a_birthday_apart(
    sides: Mapping[float, set[str]], published: Mapping[str, date | None]
) -> bool:
    """Whether two ages a year apart are each given only in papers of their own moment: every
    dated paper of the lower age at least AGE_MOMENTS_APART_DAYS before every dated paper of
    the higher one."""
    if len(sides) != 2:
        return False
    (younger, earlier), (older, later) = sorted(sides.items())
    if older - younger != 1:
        return False
    first = [d for s in earlier if (d := published.get(s)) is not None]
    second = [d for s in later if (d := published.get(s)) is not None]
    return bool(first and second) and (min(second) - max(first)).days >= AGE_MOMENTS_APART_DAYS


class _PersonNames:
    """Whose a written name is, among the people of a story: its full form, the form without
    the titles before it ("Dr. Jane Doe"), or a surname no two people share. A first name's
    short form is the name ("Bill Doe" is William Doe) and a suffix ("Jr.") no surname."""

    def __init__(self, lang: LanguageData) -> None:
        self.lang = lang
        self.named: dict[str, str | None] = {}  # a form -> its person; None: two people's
        self.surnames: dict[str, str | None] = {}
        self.shown: dict[str, str] = {}  # a person's key -> the name first given to it

    def _key(self, name: str) -> list[str]:
        words = [
            w.strip(".")
            for w in fold(name).split()
            if w not in self.lang.names.name_suffixes and w.strip(".")
        ]
        titles = self.lang.titles
        while len(words) > 1 and (
            words[0] in titles.honorifics
            or words[0] in titles.role_words
            or words[0] in titles.title_abbreviations
        ):
            words.pop(0)  # "Dr. Jane Doe", "Mrs. Doe"
        if len(words) > 1:
            words[0] = self.lang.names.nicknames.get(words[0], words[0])
        return words

    def add(self, form: str, person: str) -> None:
        words = self._key(form)
        if not words:
            return
        # One person written two ways ("Bill Doe", "William Doe") is one person.
        person = self.shown.setdefault(" ".join(self._key(person)), person)
        key = " ".join(words)
        self.named[key] = None if self.named.get(key, person) != person else person
        last = words[-1]
        self.surnames[last] = None if self.surnames.get(last, person) != person else person

    def known(self, name: str) -> bool:
        """Whether the name's surname is any person's of the story."""
        words = self._key(name)
        return bool(words) and words[-1] in self.surnames

    def whose(self, name: str) -> str | None:
        words = self._key(name)
        if not words:
            return None
        # The name, or the name without the words before it ("Englishman Jane Doe"), down to two.
        for start in range(max(1, len(words) - 1)):
            if (key := " ".join(words[start:])) in self.named:
                return self.named[key]
        last = words[-1]
        whose = self.named[last] if last in self.named else self.surnames.get(last)
        if whose and len(words) > 1:
            # A full name the story does not know is the surname's person only with the same
            # first name or its initial ("Jane Q. Doe", "J. Doe"), not "Mary Doe".
            first = self._key(whose)[0]
            if not (words[0] == first or (len(words[0]) == 1 and first.startswith(words[0]))):
                return None
        return whose


def _numbers_conflict(topic: str, sides: Mapping[float, set[str]]) -> Conflict:
    """A disagreement of numbers: each value, smallest first, with the sources that give it."""
    return Conflict(
        topic,
        tuple(
            Cited(f"{value:g}", tuple(sorted(sources))) for value, sources in sorted(sides.items())
        ),
    )


def _recurrence_spans(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Sources that count a recurring happening over different spans: "the third fire in six
    weeks" and "the third such fire in five weeks". The slot is the nth time and the unit of
    the span; a source that gives two spans for it is on no side."""
    spans: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for analysis in analyses:
        for sentence in analysis.sentences:
            for match in lang.disagreements.recurrence_span.finditer(sentence.text):
                count = match["count"].lower()
                value = lang.numbers.words.get(count, count)
                key = (match["nth"].lower(), match["unit"].lower())
                spans[key][analysis.article.id].add(f"{value} {key[1]}")
    found = []
    for (nth, unit), by_source in sorted(spans.items()):
        sides: dict[str, set[str]] = defaultdict(set)
        for source, given in by_source.items():
            if len(given) == 1:
                sides[next(iter(given))].add(source)
        if len(sides) >= 2:
            found.append(
                Conflict(
                    f"Span: the {unit} in which it happened for the {nth} time",
                    tuple(Cited(span, tuple(sorted(s))) for span, s in sorted(sides.items())),
                )
            )
    return found


# Words two sources' sentences must share, beside the part and the thing, for their ordinals of
# one part to be told of one act ("changing the second verse of the hymn from ..." and "the
# third verse of the hymn will change from ..."): the rest of the sentence, not the part's name.
PART_SHARED_WORDS = 2


def _part_ordinals(
    analyses: Sequence[Analysis], pool: _Pool, named: _NamedPeople, lang: LanguageData
) -> list[Conflict]:
    """Sources that say a different one of the parts of one thing: "the second verse of the
    hymn" and "the third verse of the hymn". A source that names two of them is on no side;
    parts that are moments of a happening ("the second half of the game") are never compared;
    the sides' sentences must be alike (SLOT_SIMILARITY), share PART_SHARED_WORDS words
    beside the part and the thing, and not be told of two of the story's people."""
    told: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    where: dict[tuple[str, str], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    grammar = lang.disagreements
    for analysis in analyses:
        for sentence in analysis.sentences:
            for match in grammar.part_ordinal.finditer(sentence.text):
                part, thing = match["part"].lower(), match["thing"].lower()
                if {part, thing} & (grammar.part_moments | grammar.uncompared | lang.stop_words):
                    continue
                told[(part, thing)][analysis.article.id].add(match["nth"].lower())
                where[(part, thing)][analysis.article.id].append(sentence)
    found = []
    for (part, thing), by_source in sorted(told.items()):
        sides: dict[str, set[str]] = defaultdict(set)
        for source, given in by_source.items():
            if len(given) == 1:
                sides[next(iter(given))].add(source)
        said = {
            nth: [s for source in sources for s in where[(part, thing)][source]]
            for nth, sources in sides.items()
        }
        if len(sides) >= 2 and all(
            any(
                _one_part_told(a, b, {part, thing}, pool=pool, named=named, lang=lang)
                for a in x
                for b in y
            )
            for i, x in enumerate(said.values())
            for y in list(said.values())[i + 1 :]
        ):
            found.append(
                Conflict(
                    f"Ordinal: which {part} of the {thing}",
                    tuple(Cited(nth, tuple(sorted(s))) for nth, s in sorted(sides.items())),
                )
            )
    return found


def _one_part_told(
    a: Sentence,
    b: Sentence,
    key: set[str],
    *,
    pool: _Pool,
    named: _NamedPeople,
    lang: LanguageData,
) -> bool:
    """Whether two sentences tell one act on a part (see _part_ordinals)."""
    if pool.similarity_of(a.article, a.index, b.article, b.index) < SLOT_SIMILARITY:
        return False
    if other_people(named.of(a.text, lang), named.of(b.text, lang)):
        return False
    first = {_stem(w, lang) for w in _plain_words(a.text, lang)} - key
    second = {_stem(w, lang) for w in _plain_words(b.text, lang)} - key
    return len(first & second) >= PART_SHARED_WORDS


# "a 48-page indictment", "the 38-word oath": the size of one thing of the story, written as a
# number joined to what it counts, before the thing. Groups: the number, what it counts, the
# thing.
_COMPOUND_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})*|[a-z]+)-([a-z]{3,})\s+([a-z]{3,})\b", re.I)


def _compound_sizes(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Sources that give one thing different sizes in what it counts: "a 48-page indictment"
    and "a 47-page indictment". The slot is the thing and what counts it, both as written;
    units of measure and spans of time are left out ("a 22-point margin", "a 12-hour
    filibuster": a story may hold several margins or spans, and they say how much, not how
    big one thing is), as is a source that gives two sizes to the thing; the sides' sentences
    must name someone or somewhere in common (the thing is of one person, body or place)."""
    sizes: dict[tuple[str, str], dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    names: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for analysis in analyses:
        for sentence in analysis.sentences:
            compounds = list(_COMPOUND_SIZE.finditer(sentence.text))
            # Few sentences write a size: the caption pattern, slow, runs only on those.
            if not compounds or is_caption(sentence.text, lang):
                continue
            for match in compounds:
                written, unit, thing = match[1].lower(), match[2].lower(), match[3].lower()
                digits = written.replace(",", "")
                value = int(digits) if digits.isdigit() else lang.numbers.words.get(written)
                counted = unit.removesuffix("s")
                if value is None or {counted, unit, thing} & (
                    lang.disagreements.uncompared | lang.stop_words
                ):
                    continue
                sizes[(counted, thing)][analysis.article.id].add(float(value))
                names[(counted, thing)][analysis.article.id] |= _names_in(sentence.text, lang)
    found = []
    for (counted, thing), by_source in sorted(sizes.items()):
        sides: dict[float, set[str]] = defaultdict(set)
        for source, values in by_source.items():
            if len(values) == 1:
                sides[next(iter(values))].add(source)
        # Each side names someone or somewhere another side names: a "9,610-vote lead" in one
        # race and a "12,562-vote lead" in another are two things.
        named = [
            set().union(*(names[(counted, thing)][s] for s in side)) for side in sides.values()
        ]
        if len(sides) >= 2 and all(a & b for i, a in enumerate(named) for b in named[i + 1 :]):
            found.append(_numbers_conflict(f"Figure: how many ({counted}s) of the {thing}", sides))
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
        and not _deputy_of_a_force(a, b, lang)
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


def _deputy_of_a_force(plain: str, ranked: str, lang: LanguageData) -> bool:
    """Whether `ranked` only adds "deputy" to a rank of a police or armed force ("deputy
    sergeant" and "sergeant"): a sheriff's deputy holding the rank, one title written two ways."""
    added = set(ranked.split()) - set(plain.split())
    return added == {"deputy"} and bool(set(plain.split()) & lang.titles.force_ranks)


_DATE_HINT = re.compile(r"\d")  # a calendar day is written with digits
# A date written without its year ("Sept. 11") is compared by its month and day only: the year
# read from a publication date may differ between sources for no other reason.
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _covers(shown: Conflict, other: Conflict) -> bool:
    """Whether a disagreement already shown splits the sources of another as it does: each side
    of the other within its own side of the shown one (one slot found twice). A slot of another
    kind is another slot: the pages of an indictment and the day of a repayment may split the
    sources alike."""
    if _slot_kind(shown) != _slot_kind(other):
        return False
    sides = [set(c.sources) for c in shown.claims]
    picked = [
        next((i for i, side in enumerate(sides) if set(c.sources) <= side), -1)
        for c in other.claims
    ]
    return -1 not in picked and len(set(picked)) == len(picked)


def _slot_kind(conflict: Conflict) -> str:
    """What kind of slot a disagreement is of: its topic's first word ("Figure", "Age"); a day
    and a date are one kind (when it happened)."""
    kind = conflict.topic.split(":", 1)[0]
    return "Date" if kind == "Day" else kind


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
        if text[: match.start()].endswith("(") or lang.disagreements.record_before.search(
            text[: match.start()]
        ):
            continue  # "the Hawks (10-0)", "falling to 5-10": a record, not this result
        after = _NEXT_WORD.match(text, match.end())
        if after and after[1].lower() in lang.disagreements.tally_parts:
            continue  # "a decisive 11-3 run", "a 20-13 lead": a part of a game, not its result
        high, low = sorted((int(match[1]), int(match[2])), reverse=True)
        found.add(f"{high}-{low}")
    return found


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def clause_claims(
    text: str, context: Sequence[str], published: str | None, lang: LanguageData
) -> dict[str, tuple[set[str], frozenset[str]]]:
    """The weekdays ("on Friday"), calendar days ("March 16", as ISO dates) and tallies a
    sentence gives for the fact it shares with the `context` sentences, each with the words
    of its clause. When a sentence gives several of a kind, only the clause that says most of
    what the context says counts: in "Before meeting her on Monday, the envoy landed on
    Saturday for talks", the landing is the shared fact. A claim in a clause that shares no
    word with the context is about something else ("under the law, which took effect on
    June 1, ...") and is left out."""
    shared = frozenset().union(*(_words(other, lang) for other in context))
    return {
        kind: (claims, words)
        for kind, (claims, words, _, _) in _clause_claims(text, shared, published, lang).items()
    }


@functools.lru_cache(maxsize=65536)
def _words(text: str, lang: LanguageData) -> frozenset[str]:
    """The content words of a sentence or clause, calendar words left out."""
    return frozenset(content_tokens(text, lang)) - lang.disagreements.calendar_tokens


# What a clause claims of one kind: the claims, its content words, the happenings it tells
# and its words before its day (for days and dates, see _acts; the clauses', when several
# claim alike).
_ClauseClaims = tuple[set[str], frozenset[str], frozenset[str], str]
# The kinds of claim that date a happening.
_DATED_KINDS = ("Day", "Date")


def _clause_claims(
    text: str, shared: frozenset[str], published: str | None, lang: LanguageData
) -> dict[str, _ClauseClaims]:
    best: dict[str, _ClauseClaims] = {
        k: (set(), frozenset(), frozenset(), "") for k in CLAUSE_CLAIMS
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
            told: frozenset[str] = frozenset()
            head = ""
            if kind in _DATED_KINDS:
                # The clause up to its day: whom its verb tells of, the day's adjuncts after it
                # ("apologized Friday for a post critical of Jane Doe") left out.
                told = _acts(clause, kind, lang)
                head = _with_subject(clause[: _first_day(clause, kind, lang)], text, lang)
            if overlap > best_overlap[kind]:
                best[kind], best_overlap[kind] = (claims, words, told, head), overlap
            elif overlap == best_overlap[kind] and overlap:
                # No clause stands out: all are claims.
                old = best[kind]
                best[kind] = (old[0] | claims, old[1] | words, old[2] | told, f"{old[3]}; {head}")
    return best


def _acts(clause: str, kind: str, lang: LanguageData) -> frozenset[str]:
    """The happenings a clause dates, each as its tense and its verb's stem (a synonym's
    stem for a verb of a family: "past:kill" for "was killed", "died"): the verbs in the past
    (and the words of a family) of a clause that tells what happened; the verbs after "will"
    or "to" of one whose words before its day tell a plan, a schedule or a future ("is set to
    sign", "advances to play"). A clause whose verb is not found tells no happening that can
    be matched: it dates nothing compared."""
    before = clause[: _first_day(clause, kind, lang)]
    if _planned(before, lang):
        return frozenset(
            f"plan:{_happening_stem(verb, lang)}"
            for verb in lang.disagreements.planned_verb.findall(before.lower())
            if verb not in lang.stop_words
        )
    return frozenset(
        f"past:{_happening_stem(word, lang)}"
        for word in _plain_words(clause, lang)
        if _in_past(word, lang) or _of_a_family(word, lang)
    )


def _of_a_family(word: str, lang: LanguageData) -> bool:
    """Whether a word is one of a family news writes for one happening ("died", "death")."""
    words = lang.restating
    return (
        words.uninflect(word) in words.synonyms
        or words.stem(word) in lang.disagreements.happening_synonyms
    )


def _planned(before: str, lang: LanguageData) -> bool:
    """Whether the words of a clause before its day tell a plan, a schedule or a future ("will",
    "is set to", "advances to play"): the day is of a happening to come. An infinitive after a
    verb in the past tells what was done ("had to apologize Saturday", "was forced to resign
    Friday")."""
    grammar = lang.dates
    if grammar.plan_cue.search(before) or grammar.future_cue.search(before):
        return True
    return any(
        not _in_past(_last_word(before[: found.start()]), lang)
        for found in grammar.infinitive.finditer(before)
    )


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _last_word(text: str) -> str:
    """The last word of a text, lower case ("" when there is none)."""
    found = _LAST_WORD.search(text)
    return found[1].lower() if found else ""


def _first_day(clause: str, kind: str, lang: LanguageData) -> int:
    """Where a clause's first weekday (or, for dates, its first written date) starts."""
    if kind == "Day":
        starts = [start for _, start, _, _ in weekday_spans(clause, lang)]
    else:
        starts = [clause.find(written) for _, _, written in find_dates(clause, None, lang)]
    return min((s for s in starts if s >= 0), default=len(clause))


def _happening_stem(word: str, lang: LanguageData) -> str:
    """What a verb is compared as: its family's word when news writes others for one
    happening ("died", "killed"; "landed", "arrived"), else its stem."""
    words = lang.restating
    stem = words.stem(word)
    return (
        words.synonyms.get(words.uninflect(word))
        or lang.disagreements.happening_synonyms.get(stem)
        or stem
    )


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

    def similarity_of(self, article: str, index: int, other: str, other_index: int) -> float:
        """How alike two sentences are; 0 for a sentence that was not aligned."""
        row, col = self.row.get((article, index)), self.row.get((other, other_index))
        if row is None or col is None:
            return 0.0
        return float(self.similarity[row, col])

    def alike(self, first: Sequence[Sentence], second: Sequence[Sentence]) -> bool:
        """Whether a sentence of one fact restates a sentence of the other."""
        rows = [self.row[(s.article, s.index)] for s in first if (s.article, s.index) in self.row]
        cols = [self.row[(s.article, s.index)] for s in second if (s.article, s.index) in self.row]
        if not rows or not cols:
            return False
        return bool(self.similarity[np.ix_(rows, cols)].max() >= FACT_SIMILARITY)


# Figure slots ---------------------------------------------------------------------------------
#
# Two sources may give one figure in sentences too unlike to be grouped as one fact ("allows
# the mayor to shift $4.2 million from road repair projects" and "free up money
# from the transport department's road repair budget, to the tune of $4.1 million").
# The slot a figure fills is told by the words right next to it, within its clause: what it
# counts, where it comes from, what it did. Two figures fill one slot when those words share
# enough that say something of this story in particular.

# Content words either side of a figure, within its clause, that say which slot it fills.
SLOT_WORDS_BEFORE = 3
SLOT_WORDS_AFTER = 4
# A figure alone in a short clause ("to the tune of $4.1 million", "-- some 7,000 soldiers --")
# is described by the clause before it: read when its own clause gives fewer words than this.
SLOT_OWN_CLAUSE_WORDS = 2
# Words the two figures' neighbourhoods must share to be one slot (a toll's and a length's
# too: one shared word, "attack" or "ran", is as often of two attacks or two runs).
SLOT_SHARED_WORDS = 2
# The sentences of the two figures must be at least this alike (paraphrases of one fact score
# 0.3-0.6; sentences on one point of one story, told in other words, 0.15-0.3).
SLOT_SIMILARITY = 0.15
# Figures that count a thing qualified alike need sentences only this alike: on one point of
# the story (relatives of the passengers), not one fact.
QUALIFIED_SIMILARITY = 0.1
# Two outlets that give one slot differ by a digit or a rounding, not by orders of magnitude:
# figures further apart than this factor are of two things, or one of them is misread ("$300"
# of "$300-$400 billion").
SLOT_MAX_RATIO = 10.0
# A word in more than this share of the story's sentences (the subject of the story: "wall",
# "people") does not tell one slot from another; in a story of few sentences, a word in this
# many or fewer is never such a word (else every word two sentences share would be).
SLOT_COMMON_SHARE = 0.2
SLOT_COMMON_MIN = 3


@dataclass(frozen=True)
class _Slot:
    """One source's figure, with the words that say which slot it fills."""

    claim: FigureClaim
    words: frozenset[str]  # content words next to it, within its clause
    told: Told  # what may tell it from another source's figure (told_apart)
    # A count's words that qualify what it counts: "Chinese" of "150 Chinese passengers",
    # "letters" of "30,000 pages of printed letters".
    qualifier: frozenset[str] = frozenset()
    qualified: str = ""  # the qualified noun as written ("Chinese passengers")
    # The words that restrict what a count counts to a part ("12 injured passengers", "comments
    # opposing the rule"), stemmed: see _restriction.
    restriction: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()  # its words, stemmed (see _stem)
    noun: str = ""  # the noun written right after a count (see _written_noun)
    day: str | None = None  # the day its article was published, when known
    measured: str = ""  # a length's verb, stemmed ("fell 600 metres": see _measured)
    # A toll's article's first sentence, when the toll is told there (counts.toll_lead).
    lead: Lead | None = None


def _slot_conflicts(
    analyses: Sequence[Analysis],
    pool: _Pool,
    lang: LanguageData,
    claims: Claims,
    known: Mapping[str, set[tuple[float, str | None, str]]],
    *,
    pairs: Sequence[Conflict] = (),
    named: _NamedPeople,
) -> list[Conflict]:
    """Figures of two sources that fill one slot (see above) with values no hedge reconciles.
    `known`: what each source gives anywhere in the story (_known_values): a source that also
    gives the other side's value knows both numbers, and they are two quantities to it.
    `pairs`: the story's minimal pairs, which tell a slot of counts in words as written."""
    slots = [slot for a in analyses for slot in _slots(a, claims[a.article.id], named, lang)]
    if len(slots) < 2:
        return []
    common = _common_words(analyses, lang)
    story = count_story(analyses, lang)
    links: dict[int, set[int]] = defaultdict(set)
    # Slots linked to one that may count another group or moment (counts.two_groups): their
    # whole group is left out, since which of its values are of one quantity is unsure.
    unsure: set[int] = set()
    for i, first in enumerate(slots):
        for j in range(i + 1, len(slots)):
            if _same_slot(first, slots[j], pool, common, lang):
                links[i].add(j)
                links[j].add(i)
                if two_groups(first.claim, slots[j].claim, story, lang):
                    unsure.add(i)
    found = []
    for component in components(links):
        if unsure.intersection(component):
            continue
        slotted = [slots[i] for i in component]
        conflict = _slot_conflict(slotted, known, lang)
        if conflict is None:
            continue
        if any(_in_words(s.claim) for s in slotted) and any(_covers(p, conflict) for p in pairs):
            continue  # told by a minimal pair, which shows the words as written ("four")
        found.append(conflict)
    return found


def _in_words(claim: FigureClaim) -> bool:
    """Whether a count is written in words only ("four", "Forty-two")."""
    return not any(ch.isdigit() for ch in claim.text)


def _slots(
    analysis: Analysis, made: Sequence[FigureClaim], named: _NamedPeople, lang: LanguageData
) -> list[_Slot]:
    """The figures of an article (`made`: its claims) that may fill a slot: not ages (compared
    person by person), not an end of a range, not a count of nothing said or of a unit of
    measure."""
    in_range = {(f.sentence, f.text) for f in analysis.figures if f.range_text}
    # A figure's digits are no year ("$1000"), but bare digits may be a year misread as one.
    figures_of: dict[int, list[str]] = defaultdict(list)
    for figure in analysis.figures:
        if not figure.text.isdigit():
            figures_of[figure.sentence].append(figure.text)
    days = _iso_days(analysis)
    claims = [
        c
        for c in made
        if (c.sentence, c.text) not in in_range
        and c.thing != "age"
        and not (c.unit == "count" and _uncompared(c.thing, lang) and not _measured(c, lang))
    ]
    at_a_moment = moments(claims, lang)
    found = []
    for claim in claims:
        at = claim.said.find(claim.text)
        if at < 0 or (claim.sentence, claim.text) in at_a_moment:
            continue  # a toll told at a moment of its rise (counts.moments)
        end = at + len(claim.text)
        if not _stated(claim.said, at, lang):
            continue
        if _toll(claim, lang) and lang.disagreements.value_changed.search(claim.said[:at]):
            continue  # "the toll rose to 40": the count at one moment, another paper's at another
        if _RANGE_BEFORE.search(claim.said[:at]) or _RANGE_AFTER.match(claim.said, end):
            continue  # "ages 20 to 29": an end of a range the figures did not read as one
        others = [
            other.text
            for other in claims
            if other.sentence == claim.sentence and other.unit == claim.unit and other is not claim
        ]
        span = _neighbourhood(claim.said, at, end, others)
        low, _, _, high = span
        after_it = claim.said[end:high]
        words_before, words_after, _ = _near(claim.said, span, lang)
        found.append(
            _Slot(
                claim,
                frozenset(words_before + words_after),
                _told(
                    claim,
                    span,
                    days=days.get(claim.sentence, frozenset()),
                    values=figures_of.get(claim.sentence, ()),
                    named=named,
                    lang=lang,
                ),
                *_qualifier(claim.unit, claim.thing, after_it, lang),
                _restriction(claim.unit, claim.thing, claim.said[low:at], after_it, lang),
                frozenset(_stem(w, lang) for w in words_before + words_after),
                _written_noun(claim.said, end, lang) if claim.unit == "count" else "",
                _day_text(analysis.article.published),
                _measured(claim, lang),
                toll_lead(
                    analysis,
                    claim,
                    frozenset(_stem(w, lang) for w in _slot_words(claim.said, lang)),
                    frozenset(_names_in(claim.said, lang)),
                    lang,
                ),
            )
        )
    return found


def _iso_days(analysis: Analysis) -> dict[int, frozenset[str]]:
    """The ISO days each sentence of an article gives, by its index."""
    days: dict[int, set[str]] = defaultdict(set)
    for mention in analysis.dates:
        if mention.precision == "day":
            days[mention.sentence].add(mention.date)
    return {n: frozenset(given) for n, given in days.items()}


def _neighbourhood(
    sentence: str, at: int, end: int, others: Iterable[str]
) -> tuple[int, int, int, int]:
    """Where a figure written at `at`..`end` of its sentence is read, as (low, at, end, high):
    the neighbourhood stops at another figure of the unit (`others`, as written): "$1.3
    million" in "use $4.2 million from repair projects, along with another $1.3 million" is
    not of them."""
    low, high = 0, len(sentence)
    for other in others:
        where = sentence.find(other)
        if where >= 0 and where + len(other) <= at:
            low = max(low, where + len(other))
        elif where >= end:
            high = min(high, where)
    return low, at, end, high


def _near(
    sentence: str, span: tuple[int, int, int, int], lang: LanguageData
) -> tuple[list[str], list[str], str]:
    """The slot words before and after a figure (see _neighbourhood) within its clause, and
    the stretch of text they are read in; the clause before it too when its own says too
    little ("In Ohio, turnout was 61 percent")."""
    low, at, end, high = span
    before = _CLAUSE_BREAK.split(sentence[low:at])
    after = _CLAUSE_BREAK.split(sentence[end:high])
    words_before = _slot_words(before[-1], lang)[-SLOT_WORDS_BEFORE:]
    words_after = _slot_words(after[0], lang)[:SLOT_WORDS_AFTER]
    near = before[-1] + " " + after[0]
    if len(words_before) + len(words_after) < SLOT_OWN_CLAUSE_WORDS and len(before) > 1:
        words_before = _slot_words(before[-2], lang)[-SLOT_WORDS_BEFORE:] + words_before
        near = before[-2] + " " + near
    return words_before, words_after, near


def _told(
    claim: FigureClaim,
    span: tuple[int, int, int, int],
    *,
    days: frozenset[str],
    values: Iterable[str],
    named: _NamedPeople,
    lang: LanguageData,
) -> Told:
    """What may tell a figure from another source's (see told_apart.Told): `span` where it is
    read (_neighbourhood), `days` the ISO days its sentence gives, `values` the figures its
    sentence writes that are no years ("$1000"). Names are read after a verb of speech: who
    said a figure is not whose it is ("Ada Roe said the blast killed 40")."""
    _, at, end, high = span
    near = _after_speaker(_near(claim.said, span, lang)[2], lang)
    before = _after_speaker(_CLAUSE_BREAK.split(claim.said[: max(at, 0)])[-1], lang)
    stance = lang.disagreements.stance_after.search(_CLAUSE_BREAK.split(claim.said[end:])[0])
    return Told(
        claim,
        _marks(claim.said, at, end, named, lang),
        years_told(claim.said, values),
        frozenset(_names_in(near, lang)),
        frozenset(_names_in(before, lang)),
        _measured_by(claim, lang),
        _measured_of(claim, end, high, lang),
        frozenset(days | {d.lower() for d in weekdays_in(claim.said, lang)}),
        bool(
            lang.disagreements.ordinal.search(claim.said)
            or lang.disagreements.other_event.search(claim.said)
        ),
        _modified(before, lang),
        ("for" if stance["for"] else "against") if stance else "",
        _changed(before, lang),
    )


def _changed(before: str, lang: LanguageData) -> frozenset[str]:
    """What a figure is the size of a change of: the content words, stemmed, of its clause
    before the last word of change ("Water charges will rise by 6 percent": water, charg);
    empty when no word of change is there."""
    words = [w for w in map(fold, re.findall(r"[A-Za-z]+", before)) if w not in lang.stop_words]
    at = max((n for n, w in enumerate(words) if w in lang.figures.change_words), default=0)
    return frozenset(_stem(w, lang) for w in words[:at] if w not in lang.verbs.speech)


# Two words written next to each other, with nothing but spaces between them.
_WORD_PAIR = re.compile(r"(?=\b([A-Za-z]+)\s+([A-Za-z]+)\b)")


def _modified(before: str, lang: LanguageData) -> frozenset[tuple[str, str]]:
    """The nouns a figure's clause writes before it with the word right before each, stemmed,
    as (noun, modifier): ("nurs", "senior") of "Senior nurses earn $72,000". Small words,
    calendar words, the last word before the figure (its verb: "police arrested 5",
    "officers arrested 5") and verbs in the past ("the quake struck", "the tremor struck")
    are neither."""
    left_out = lang.stop_words | lang.disagreements.calendar_tokens
    words = [w for w in map(fold, re.findall(r"[A-Za-z]+", before)) if w not in left_out]
    last = words[-1] if words else ""
    return frozenset(
        (_stem(fold(noun), lang), _stem(fold(word), lang))
        for word, noun in _WORD_PAIR.findall(before)
        if fold(word) not in left_out
        and fold(noun) not in left_out
        and fold(noun) != last
        and not _in_past(fold(noun), lang)
    )


def _measured_of(claim: FigureClaim, end: int, high: int, lang: LanguageData) -> frozenset[str]:
    """A length's content words after its unit within its clause, stemmed ("ran 10 miles on
    Monday": monday); empty for another figure."""
    if not _measured(claim, lang):
        return frozenset()
    words = _slot_words(_CLAUSE_BREAK.split(claim.said[end:high])[0], lang)
    return frozenset(_stem(w, lang) for w in words if w not in lang.disagreements.lengths)


# Words after a count, within its clause, in which the noun of what it counts is looked for
# ("150 Chinese passengers", "1,200 newly hired staff").
QUALIFIED_NOUN_WINDOW = 4
# Words after "of" that say what the counted noun is of ("pages of printed emails").
QUALIFIER_OF_WORDS = 3


def _qualifier(unit: str, thing: str, after: str, lang: LanguageData) -> tuple[frozenset[str], str]:
    """The words that qualify what a count counts: those between the number and the noun
    of the thing ("150 Chinese passengers"), and those of an "of" after it ("50,000 pages of
    Clinton's emails": emails; an owner's name, "Clinton's", says whose, not what); and the
    qualified noun as written ("Chinese passengers")."""
    if unit != "count" or not thing:
        return frozenset(), ""
    words = _QUALIFIER_WORD.findall(_CLAUSE_BREAK.split(after)[0])
    at = _noun_at(words, thing)
    if at is None:
        return frozenset(), ""
    end = at + 1
    if end < len(words) and words[end].lower() == "of":
        end += 1 + QUALIFIER_OF_WORDS
    # Units of measure say how it is counted, not what ("a 22-point margin").
    left_out = lang.stop_words | lang.disagreements.slot_noise | lang.disagreements.uncompared
    found = frozenset(
        _stem(fold(w), lang)
        for w in words[:at] + words[at + 2 : end]
        if w.isalpha() and fold(w) not in left_out and fold(w).removesuffix("s") not in left_out
    )
    written = words[:end]
    while written and fold(written[-1]) in lang.stop_words:
        written.pop()  # "boxes of printed letters from": the phrase ends at its last noun
    return found, " ".join(written)


def _noun_at(words: Sequence[str], thing: str) -> int | None:
    """Where, among the first words after a count, the noun of what it counts is written."""
    return next(
        (i for i, w in enumerate(words[:QUALIFIED_NOUN_WINDOW]) if fold(w).startswith(thing)),
        None,
    )


def _restriction(
    unit: str, thing: str, before: str, after: str, lang: LanguageData
) -> frozenset[str]:
    """The words, stemmed, that restrict what a count counts to a part of it: those between
    the number and its noun ("12 injured passengers"), and the verb right after the noun, a
    participle or a verb the counted do ("comments opposing the rule", "200,000 comments
    opposed it") or that opens a relative clause ("comments that opposed it"). Such a count is
    of a part of the bare one ("received 300,000 comments"), never a rival value of it. The
    verb of the count's own event ("40 people died": the dead) restricts nothing."""
    if unit != "count" or not thing:
        return frozenset()
    words = _QUALIFIER_WORD.findall(_CLAUSE_BREAK.split(after)[0])
    at = _noun_at(words, thing)
    if at is None:
        return frozenset()
    left_out = lang.stop_words | lang.disagreements.slot_noise | lang.disagreements.uncompared
    found = {
        _stem(fold(w), lang)
        for w in words[:at]
        if w.isalpha() and fold(w) not in left_out and fold(w).removesuffix("s") not in left_out
    }
    rest = [fold(w) for w in words[at + 1 :]]
    if rest and rest[0] in lang.disagreements.restricting_openers:
        rest = [w for w in rest[1:] if w not in lang.stop_words]
    elif rest and not rest[0].endswith(lang.figures.participle_endings):
        rest = []
    if rest and not _of_another(before, lang) and lang.figures.figure_events.get(rest[0]) != thing:
        found.add(_stem(rest[0], lang))
    return frozenset(found)


_QUALIFIER_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_OWNER = re.compile(r"['’]s?$")


def _of_another(before: str, lang: LanguageData) -> bool:
    """Whether a count is in the phrase of another noun, after its "of" and only articles or
    owners ("relatives of the ferry's 150 passengers clashed with police"): the verb after the
    count may be that noun's."""
    for word in reversed(_QUALIFIER_WORD.findall(_CLAUSE_BREAK.split(before)[-1])):
        if fold(word) == lang.figures.part_of_word:
            return True
        if fold(word) not in lang.stop_words and not _OWNER.search(word):
            return False
    return False


def _slot_words(text: str, lang: LanguageData) -> list[str]:
    """Content words that may say what a figure is of: not numbers, scale or calendar words,
    nor units of measure (a span of "45 mins" says how, not what)."""
    return [
        w
        for w in content_tokens(text, lang)
        if w.isalpha()
        and w not in lang.disagreements.calendar_tokens
        and w not in lang.disagreements.uncompared
        and w not in lang.disagreements.slot_noise
    ]


def _names_in(text: str, lang: LanguageData) -> set[str]:
    """Capitalised words inside a stretch of a sentence (not its first word), calendar words left
    out: the place, body or person a figure is of."""
    return {
        fold(m[0])
        for m in _NAME_WORD.finditer(text)
        if m.start() > 0 and fold(m[0]) not in lang.disagreements.calendar_tokens
    }


# A number joined to another by "to", "and" or a dash is an end of a range.
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|and|-|–)\s*\$?$")
_RANGE_AFTER = re.compile(r"\s*(?:to|and|-|–)\s*\$?\d")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+")


def _common_words(analyses: Sequence[Analysis], lang: LanguageData) -> frozenset[str]:
    """Words in more than SLOT_COMMON_SHARE of the story's sentences (and SLOT_COMMON_MIN)."""
    counts: dict[str, int] = defaultdict(int)
    total = 0
    for a in analyses:
        for s in a.sentences:
            total += 1
            for word in set(content_tokens(s.text, lang)):
                counts[word] += 1
    return frozenset(
        w for w, n in counts.items() if n > max(SLOT_COMMON_SHARE * total, SLOT_COMMON_MIN)
    )


def _same_slot(
    first: _Slot, second: _Slot, pool: _Pool, common: frozenset[str], lang: LanguageData
) -> bool:
    """Whether two sources' figures fill one slot with values that cannot both be true."""
    a, b = first.claim, second.claim
    if a.article == b.article or a.unit != b.unit:
        return False
    if _agree((a.value, a.hedge), (b.value, b.hedge), lang, measure=_a_measure(a.thing, lang)):
        return False
    if a.unit == "count" and a.thing != b.thing:
        return False  # counts of two things
    if first.measured != second.measured:
        return False  # "fell 600 metres" and "swam 300 metres": two happenings' lengths
    if a.unit == "count" and len({first.noun, second.noun} - {""}) > 1:
        return False  # "killed 40 people" and "killed 15 children": all and a part
    if not (_described(first, second) and _described(second, first)):
        return False  # "received 300,000 comments" and "200,000 comments opposing it": a part
    low, high = sorted((abs(a.value), abs(b.value)))
    if high > SLOT_MAX_RATIO * low:
        return False
    if told_apart(first.told, second.told, lang, grouped=False):
        return False
    if (_in_words(a) or _in_words(b)) and not (
        _toll(a, lang) or _counted_happening(first, second, lang)
    ):
        return False  # a count in words of prose ("held to six starts"): tolls and counts
        # of one happening only (_with_slot_word_counts)
    shared = _shared_words(first, second, common, lang)
    qualified = first.qualifier & second.qualifier
    named = first.words & second.words & lang.disagreements.slot_names
    if (
        len(shared) < SLOT_SHARED_WORDS
        and not named
        and not _lead_tolls(first, second, common, lang)
    ):
        return False
    if _toll(a, lang) and first.day and second.day and first.day != second.day:
        return False  # a toll in papers of two days: each day's count, updated, not disputed
    least = QUALIFIED_SIMILARITY if qualified else SLOT_SIMILARITY
    return pool.similarity_of(a.article, a.sentence, b.article, b.sentence) >= least


def _lead_tolls(first: _Slot, second: _Slot, common: frozenset[str], lang: LanguageData) -> bool:
    """Whether two tolls of one noun are told in their articles' leads, of one event
    (counts.lead_tolls): the story's common words and the toll's own are no event words."""
    if first.noun != second.noun:
        return False
    thing = first.claim.thing
    own = {w for w, event in lang.figures.figure_events.items() if event == thing}
    left_out = frozenset(_stem(w, lang) for w in common | own | {first.noun, thing})
    return lead_tolls(first.lead, second.lead, left_out)


def _shared_words(
    first: _Slot, second: _Slot, common: frozenset[str], lang: LanguageData
) -> set[str]:
    """The words next to two figures that tell their slot: those both have, but for words
    the whole story uses (`common`) and those that only say what a count counts."""
    a, b = first.claim, second.claim
    shared = set(first.words & second.words) - common
    if a.unit == "count":
        # What a count counts is already the same: words that say only that ("people",
        # "killed" for the dead) tell no slot ("15 people were killed in the east" and "83
        # people were killed near the port").
        shared = {
            w for w in shared if w != a.thing and lang.figures.figure_events.get(w) != a.thing
        }
        if _toll(a, lang):
            # A toll's words may be those of the noun it is the value of ("the toll from the
            # blast stood at 40": blast), which tell the event: only the noun written after it
            # says what it counts ("40 people").
            shared -= {first.noun, second.noun}
        else:
            shared -= {head_noun(a.about, lang), head_noun(b.about, lang)}
    # What is counted, qualified alike ("Chinese passengers", "pages of emails"), names the slot
    # itself, even in words the whole story uses; the sentences need only be on one point.
    qualified = first.qualifier & second.qualifier
    if qualified:
        shared |= qualified | {a.thing}
    if first.measured:
        shared.add(first.measured)  # the happening the length is of, however common its verb
    return shared | _counted_happening(first, second, lang)


def _counted_happening(first: _Slot, second: _Slot, lang: LanguageData) -> set[str]:
    """The thing two counts count, as a word of their slot, when both count it in one
    happening ("12 crates were seized", "seized ten crates": crates seized): the thing and
    its happening's verb are then two words of the slot, as a toll's event word and its noun
    are. Empty for counts of no such verb or of two, and for counts whose doers may be two:
    named apart, one named and one not ("Smith scored two goals", "scored three goals"), or
    one told by a pronoun ("he scored three goals": whoever he is)."""
    a, b = first.claim, second.claim
    if a.unit != "count" or not a.verb or a.verb != b.verb or a.thing != b.thing:
        return set()
    if _toll(a, lang):
        return set()  # a toll's thing is its happening ("killed": the dead): one word, not two
    one, other = _doers(a, lang), _doers(b, lang)
    if one is None or other is None or ((one or other) and not one & other):
        return set()
    return {a.thing}


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _doers(claim: FigureClaim, lang: LanguageData) -> frozenset[str] | None:
    """The capitalised words of a count's clause before it, its first word too ("Smith
    scored two goals": smith), the language's small words left out: who did what it counts.
    None when that clause has a subject pronoun ("he scored"), whoever it stands for."""
    at = claim.said.find(claim.text)
    before = _CLAUSE_BREAK.split(claim.said[: max(at, 0)])[-1]
    if any(w in lang.figures.subject_pronouns for w in re.findall(r"[a-z]+", before.lower())):
        return None
    return frozenset(
        folded
        for m in _CAPITALISED.finditer(before)
        if (folded := fold(m[0])) not in lang.stop_words
    )


_LAST_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _measured(claim: FigureClaim, lang: LanguageData) -> str:
    """The verb, stemmed, of a happening a length measures, written right before it ("fell 600
    metres": fell); "" for another figure, or a length no verb is right before ("the 600
    metres", "a ridge of 600 metres")."""
    if claim.unit != "count" or claim.thing not in lang.disagreements.lengths:
        return ""
    at = claim.said.find(claim.text)
    word = _LAST_WORD_BEFORE.search(claim.said, 0, max(at, 0))
    if at < 0 or word is None or word[1] in lang.stop_words:
        return ""
    return _stem(word[1], lang)


# A length's verb and the word right before it ("climbers fell 600 metres": climbers, fell).
_TWO_WORDS_BEFORE = re.compile(r"\b([A-Za-z]+)\s+([a-z]+)\s+$")


def _measured_by(claim: FigureClaim, lang: LanguageData) -> str:
    """The noun, stemmed, right before the verb of a length's happening: what covered it ("the
    rock fell 200 feet": rock); "" when a function word or a name is there ("who fell", "he
    fell", "Doe fell": told by whom, not what) or the figure is no such length."""
    if not _measured(claim, lang):
        return ""
    at = claim.said.find(claim.text)
    words = _TWO_WORDS_BEFORE.search(claim.said, 0, at)
    if words is None or not words[1].islower() or words[1] in lang.stop_words:
        return ""
    return _stem(words[1], lang)


def _written_noun(sentence: str, end: int, lang: LanguageData) -> str:
    """The noun written right after a count ending at `end`, singular ("killed 15 children":
    child), or "" when a verb or nothing follows it ("40 were killed")."""
    noun = head_noun(about_after(sentence, end, lang.figures), lang)
    if noun.endswith(lang.figures.participle_endings) or noun in lang.figures.figure_events:
        return ""
    return noun


def _described(one: _Slot, other: _Slot) -> bool:
    """Whether what restricts one count ("injur" of "12 injured passengers", "oppos" of
    "comments opposing the rule") is said of the other count too, in its own qualifier or next
    to it ("receiv" of "received 300,000 comments" and of "comments received"): else one counts
    a part of what the other counts."""
    return one.restriction <= other.qualifier | other.restriction | other.stems


def _slot_conflict(
    slots: Sequence[_Slot],
    known: Mapping[str, set[tuple[float, str | None, str]]],
    lang: LanguageData,
) -> Conflict | None:
    """The disagreement of one slot, sources grouped by the value they give. A source that
    gives two values no hedge reconciles, or that gives elsewhere in the story a value of the
    other side (it knows both numbers: two quantities to it), is on no side."""
    unit = slots[0].claim.unit
    given: dict[str, set[tuple[float, str | None]]] = defaultdict(set)
    for slot in slots:
        given[slot.claim.article].add((slot.claim.value, slot.claim.hedge))
    clear = {
        source: values
        for source, values in given.items()
        if all(_agree(x, y, lang) for x in values for y in values)
        and _one_figure(_figure_labels(unit, values))
    }
    kept: dict[str, set[tuple[float, str | None]]] = {}
    for source, values in clear.items():
        others = {
            v
            for other, theirs in clear.items()
            if other != source
            for v in theirs
            if not any(_agree(v, mine, lang) for mine in values)
        }
        # A bare number counts only when written the same ("3.6" for "$3.6 billion"): "more than
        # 800,000" people is no amount of money.
        if not any(
            (u == unit and _agree(o, (v, h), lang)) or (u == "count" and same_value(o[0], v))
            for o in others
            for v, h, u in known.get(source, ())
        ):
            kept[source] = values
    sides: dict[str, set[str]] = defaultdict(set)
    values_of: dict[str, set[tuple[float, str | None]]] = defaultdict(set)
    for source, values in kept.items():
        label = _figure_labels(unit, values)
        sides[label].add(source)
        values_of[label] |= values
    sides = joined_sides(sides, values_of, _is_hedged, lambda x, y: _agree(x, y, lang))
    labels = sorted(sides)
    measure = _a_measure(slots[0].claim.thing, lang)
    if len(labels) < 2 or any(
        _agree(x, y, lang, measure=measure)
        for i, first in enumerate(labels)
        for second in labels[i + 1 :]
        for x in values_of[first]
        for y in values_of[second]
    ):
        return None  # one value, or sides that a hedge reconciles: nothing certain to show
    said = [s for s in slots if s.claim.article in kept]
    text = plainest(s.claim.said for s in said)
    about = topic(text, lang)
    return Conflict(
        f"Figure: {_slot_name(said, text, unit, lang)}, in “{about}”",
        tuple(Cited(label, tuple(sorted(sides[label]))) for label in labels),
    )


# How far apart two measures may be and still be one value written at two roundings: a
# length, a height or a weight is rounded by whoever writes it, and more when converted ("1,000
# feet", 304.8 metres, is written "305 metres" by one outlet and "300 metres" by another). Only
# within the rounding of the rounder figure ("300": to the hundred) and never further than this
# share: "300" and "320 metres" differ. Counts and money are never read so ("40 dead" and "41").
MEASURE_ROUNDING_SHARE = 0.05


def _agree(
    a: tuple[float, str | None],
    b: tuple[float, str | None],
    lang: LanguageData,
    *,
    measure: bool = False,
) -> bool:
    """Whether two figures can both be true (claims.agree), a figure just short of its number
    ("nearly 90%") never reaching past it: "nearly 90%" and "93.9%" cannot. Two `measure`s
    agree within their rounding too (see MEASURE_ROUNDING_SHARE)."""
    if measure and _rounded_alike(a[0], b[0]):
        return True
    if not agree(a, b, lang):
        return False
    bounds = lang.figures.at_least | lang.figures.at_most
    for (value, hedge), (other, other_hedge) in ((a, b), (b, a)):
        if hedge not in lang.disagreements.short_of:
            continue
        if other_hedge is None or other_hedge in lang.figures.at_least:
            lowest = other
        elif other_hedge in bounds:
            continue  # "up to 95": as low as the other side likes
        else:
            lowest = other * (1 - APPROXIMATE_SHARE)
        if lowest > value and not same_value(lowest, value):
            return False
    return True


def _rounded_alike(x: float, y: float) -> bool:
    """Whether one of two values is the other rounded to its own last digit ("300" of 305: to
    the hundred), the two within MEASURE_ROUNDING_SHARE of each other."""
    if abs(x - y) > MEASURE_ROUNDING_SHARE * max(abs(x), abs(y)):
        return False
    for rounded, other in ((x, y), (y, x)):
        step = _rounding_step(rounded)
        if step > 1 and round(other / step) * step == rounded:
            return True
    return False


def _rounding_step(value: float) -> int:
    """The place a whole number is written to: 10 for 40, 100 for 300, 1 for 305 or 2.5."""
    if value != int(value) or value == 0:
        return 1
    step, whole = 1, int(abs(value))
    while whole % (step * 10) == 0:
        step *= 10
    return step


def _a_measure(thing: str, lang: LanguageData) -> bool:
    """Whether figures of a thing are measures in a unit ("metre", "mile per hour")."""
    unit = thing.split(maxsplit=1)[0] if thing else ""
    return unit in lang.figures.measure_units or singular(unit, lang) in lang.figures.measure_units


# What joins the figures one source gives in its side's label ("nearly 4,000, nearly 4,300").
_LABEL_JOIN = ", "


def _one_figure(label: str) -> bool:
    """Whether a source's side, as shown, is one figure. A source that gives two figures of a
    slot, even close ones ("nearly 300,000" comments and "nearly 290,000"), tells of two
    quantities (all the comments and those of one kind) or of one at two moments: shown as one
    side, the list mixes them."""
    return _LABEL_JOIN not in label


def _figure_labels(unit: str, values: set[tuple[float, str | None]]) -> str:
    """What one source says, as written: its exact figures when it gives one ("14" rather than
    "about 14" beside it), else its hedged ones ("less than 1%")."""
    exact = {v for v in values if not v[1]}
    return _LABEL_JOIN.join(sorted({_hedged(unit, v) for v in exact or values}))


def _hedged(unit: str, value: tuple[float, str | None]) -> str:
    """A figure with its hedge, as a reader writes it: "less than 1%", "about 4,000"."""
    label = figure_label(unit, value[0])
    return f"{value[1]} {label}" if value[1] else label


_UNIT_WRITTEN = re.compile(r"\s*([A-Za-z]+)")  # "600 metres", "200ft": the unit as written


def _slot_name(slots: Sequence[_Slot], text: str, unit: str, lang: LanguageData) -> str:
    """What the figures are of, in words: the words their neighbourhoods share, in the order
    the topic sentence has them; for counts of a thing all qualify alike, the thing as the
    topic sentence writes it ("Chinese passengers")."""
    if unit == "count" and frozenset.intersection(*(s.qualifier for s in slots)):
        written = [s.qualified for s in slots if s.claim.said == text and s.qualified]
        if written:
            return f"how many ({written[0]})"
    counts: dict[str, set[str]] = defaultdict(set)
    for slot in slots:
        for word in slot.words:
            counts[word].add(slot.claim.article)
    shared = {w for w, sources in counts.items() if len(sources) > 1}
    order = list(dict.fromkeys(w for w in content_tokens(text, lang) if w in shared))
    order += sorted(shared - set(order))
    thing = " ".join(order)
    if slots[0].measured:
        claim = slots[0].claim
        at = claim.said.find(claim.text) + len(claim.text)
        as_written = _UNIT_WRITTEN.match(claim.said, at)
        return f"the length ({thing}), in {as_written[1] if as_written else claim.thing}"
    if unit == "%":
        return f"the share ({thing})"
    if unit != "count":
        return f"the amount ({thing})"
    return f"how many ({thing})"


# Days of one happening ---------------------------------------------------------------------------
#
# Two sources may date one happening in sentences too unlike to be grouped as one fact ("A
# coach on Monday apologized for a comment" and "had to say sorry Tuesday for the comment he
# made about ..."). The happening is told by the words right next to the weekday.

# Content words either side of a weekday, within its clause, that may name what happened then.
HAPPENING_WORDS = 2
# The two sentences must be at least this alike (as for figures, see SLOT_SIMILARITY).
DAY_SIMILARITY = 0.15


@dataclass(frozen=True)
class _Dated:
    """A day (a weekday or a written date) one source puts a happening on."""

    sentence: Sentence
    day: str  # the weekday as written, or the date (ISO, or "March 2016")
    iso: str | None  # the day or month it falls on, when known (a weekday: with the publication)
    kind: str  # "Day" (a weekday) or "Date"
    happening: frozenset[str]  # stems of the words next to it
    done: frozenset[str]  # stems of those of them that are verbs in the past: what happened
    words: frozenset[str]  # content words of its clause
    # Capitalised words of its clause: where it happened ("killed Monday in Eastport").
    names: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()  # the story's people its clause names
    # The first and last day (ISO) it may be: a weekday or a date, that day; a month, its days;
    # a period ("earlier this week", "in 2019"), its days up to where the text bounds it.
    # None when not known (a weekday without a publication day).
    span: tuple[str, str] | None = None
    # Whether it is a period of a week or a year: compared with any other day it may hold,
    # never as written ("earlier this week" and "Thursday" may be one day).
    period: bool = False
    # The verb in the past that tells what happened, when words of its object stand between
    # it and the day ("arrested Jane Doe on Tuesday"), as its stem, and those words: it is one
    # happening with another source's only for the same object.
    verb: str = ""
    object: frozenset[str] = frozenset()
    # The figures its clause gives (value as written, hedges aside): a happening counted or
    # measured otherwise on another day is another one ("30 were arrested Saturday", "45 were
    # arrested Sunday": two days of arrests, each with its tally; "80 mm of rain fell on
    # Sunday", "120 mm on Monday"), as a fact's day is (Marks.counts).
    counts: frozenset[float] = frozenset()
    # Whether its sentence tells, before the day, one more happening of its kind ("Another
    # player was arrested Jan. 6": lang other_event).
    another: bool = False


# Content words at most between a verb in the past and the day its object is told with
# ("signed the state budget bill on Tuesday"): further, the day may date another clause's verb.
OBJECT_WORDS = 3


def _verb_before(before: str, lang: LanguageData) -> tuple[str, frozenset[str]]:
    """The verb in the past that a day dates across its object ("arrested Jane Doe on
    Tuesday"), as its stem, and the object's words; ("", {}) when none is near enough or a
    verb is next to the day already (see HAPPENING_WORDS)."""
    words = _plain_words(before, lang)
    near = words[-HAPPENING_WORDS:]
    if any(_in_past(w, lang) for w in near):
        return "", frozenset()
    for at in range(len(words) - len(near) - 1, len(words) - OBJECT_WORDS - 2, -1):
        if at < 0:
            break
        if _in_past(words[at], lang):
            return _stem(words[at], lang), frozenset(words[at + 1 :])
    return "", frozenset()


def _happening_days(
    analyses: Sequence[Analysis], pool: _Pool, named: _NamedPeople, lang: LanguageData
) -> list[Conflict]:
    """Sources that put one happening (the same word next to the day, and another word of its
    clause in common) on different days. A day later than another source's publication is
    of a later happening; a source that gives two days is on no side."""
    dated = [d for a in analyses for d in _dated_days(a, named, lang)]
    published = {a.article.id: _day_text(a.article.published) for a in analyses}
    links: dict[int, set[int]] = defaultdict(set)
    for i, first in enumerate(dated):
        for j in range(i + 1, len(dated)):
            if _same_happening(first, dated[j], pool, published, lang):
                links[i].add(j)
                links[j].add(i)
    found = []
    for component in components(links):
        given: dict[str, set[str]] = defaultdict(set)
        for i in component:
            given[dated[i].sentence.article].add(dated[i].day)
        sides: dict[str, set[str]] = defaultdict(set)
        for source, days in given.items():
            if len(days) == 1:
                sides[next(iter(days))].add(source)
        if len(sides) < 2:
            continue
        spans = {dated[i].day: dated[i].span for i in component}
        if any(dated[i].period for i in component) and not all(
            (x := spans[one]) and (y := spans[other]) and _apart(x, y)
            for n, one in enumerate(sorted(sides))
            for other in sorted(sides)[n + 1 :]
        ):
            continue  # a period and a day it may hold: "earlier this week", "Thursday"
        texts = [
            dated[i].sentence.text
            for i in component
            if dated[i].sentence.article in set().union(*sides.values())
        ]
        text = plainest(texts)
        about = topic(text, lang)
        kind = dated[component[0]].kind
        found.append(
            Conflict(
                f"{kind}: the {kind.lower()}, in “{about}”",
                tuple(Cited(day, tuple(sorted(sources))) for day, sources in sorted(sides.items())),
            )
        )
    return found


def _dated_days(analysis: Analysis, named: _NamedPeople, lang: LanguageData) -> list[_Dated]:
    """The weekdays and calendar dates (a day, or a month of a year) an article puts happenings
    on (not days of reports, plans or habits), with the happening's words."""
    published = analysis.article.published
    read = _dates_read(analysis, lang)
    found = []
    for sentence in analysis.sentences:
        text = sentence.text
        # In a dated article, a weekday is compared only on the day its date says: a sentence
        # without a date dates nothing here.
        if published and read is not None and sentence.index not in read:
            continue
        # A sentence with no digit or weekday may still put a happening in a period told
        # from the paper's day ("earlier this week"), which the analysis read.
        grammar = lang.disagreements
        if not (grammar.may_claim.search(text) or grammar.period_told.search(text)) or is_caption(
            text, lang
        ):
            continue
        written: list[tuple[str, str | None, str, int, int, str]] = []
        resolved = (
            read.get(sentence.index, []) if read is not None else dates_in(text, published, lang)
        )
        if published and not resolved:
            continue
        by_start = {d.start: d for d in resolved}
        weekdays = weekday_spans(text, lang)
        starts = {start for _, start, _, _ in weekdays}
        # Two days in one sentence: which happening each dates is not clear. A week or a year
        # beside a day ("apologized Saturday for a post on a speech earlier this week") dates
        # another happening, told in other words, and is never compared here.
        days = {start for start, d in by_start.items() if d.precision in _COMPARED_PRECISIONS}
        if len(starts | days) > 1:
            continue
        for dated in resolved:
            if dated.start in starts or dated.precision not in _COMPARED_PRECISIONS:
                continue  # weekdays below, as written; years and weeks say too little
            label = dated.iso if dated.precision == "day" else _month_label(dated.iso, lang)
            written.append((label, dated.iso, "Date", dated.start, dated.end, dated.kind))
        for day, start, end, kind in weekdays:
            iso = None
            if published:
                if (found_day := by_start.get(start)) is None or found_day.precision != "day":
                    continue
                iso, kind = found_day.iso, found_day.kind
            written.append((day, iso, "Day", start, end, kind))
        if not starts | days:
            found.extend(_period_days(sentence, resolved, day_of(published), named, lang))
        counts = [f for f in analysis.figures if f.sentence == sentence.index]
        found.extend(_days_told(sentence, written, named, lang, counts))
    return found


def _days_told(
    sentence: Sentence,
    written: Sequence[tuple[str, str | None, str, int, int, str]],
    named: _NamedPeople,
    lang: LanguageData,
    counts: Sequence[FigureMention] = (),
) -> list[_Dated]:
    """The days of happenings (`written`: label, ISO day, "Day" or "Date", where, and kind) a
    sentence tells, with the happening's words and the `counts` (the sentence's figures, of
    any unit: "shares fell 4% on Monday") its clause gives: not days of reports, plans or
    habits."""
    found = []
    for label, iso, what, start, end, kind in written:
        text = sentence.text
        if kind == "event" and (fronted := _fronted(text, start, end, lang)) is not None:
            text, start, end = fronted
        if kind == "report" and iso and len(iso) == len(_EARLIEST_DAY):
            # "said Tuesday that she had resigned": she resigned by that Tuesday.
            bound = _dated_span(
                sentence,
                (start, end),
                kind=kind,
                label=label,
                span=(iso, iso),
                named=named,
                lang=lang,
            )
            if bound is not None and bound.span and bound.span[0] == _EARLIEST_DAY:
                found.append(bound)
            continue
        if kind != "event":
            continue
        before = _CLAUSE_BREAK.split(text[:start])[-1]
        if _planned(before, lang):
            continue  # "advances to play Saturday": a game to come, not one played
        after = _CLAUSE_BREAK.split(text[end:])[0]
        near = [
            *_next_to_day(_plain_words(before, lang)[-HAPPENING_WORDS:], lang),
            *_plain_words(after, lang)[:HAPPENING_WORDS],
        ]
        if near:
            acting = _with_subject(before, text, lang)
            verb, told = _verb_before(before, lang)
            done = frozenset(_stem(w, lang) for w in near if _in_past(w, lang))
            found.append(
                _Dated(
                    sentence,
                    label,
                    iso,
                    what,
                    frozenset(_stem(w, lang) for w in near) | done | {verb} - {""},
                    done | {verb} - {""},
                    frozenset(_plain_words(f"{before} {after}", lang)),
                    frozenset(_names_in(f" {before} {after}", lang)),
                    named.of(acting, lang) | named.of(text[:start], lang),
                    span=(iso, _last_day(iso)) if iso else None,
                    verb=verb,
                    object=told,
                    counts=_counts_within(text, counts, start - len(before), end + len(after)),
                    another=bool(
                        lang.disagreements.other_event.search(text, 0, start)
                        or lang.disagreements.one_of_several.search(text, 0, start)
                    ),
                )
            )
    return found


# Words at most of a piece set off by commas between a day told at the head of its sentence and
# the clause it dates ("Early Friday, around 1:30 a.m., the singer checked in").
FRONTED_PIECE_WORDS = 4
_PIECE = re.compile(r"\s*([^,]*),\s*")


def _fronted(text: str, start: int, end: int, lang: LanguageData) -> tuple[str, int, int] | None:
    """A sentence that tells a day at its head, before the clause it dates ("Early Friday
    morning, the singer checked into the clinic"), told with the day after that clause ("the
    singer checked into the clinic Early Friday morning"), and where the day now is; None for
    a day told otherwise. Short pieces set off by commas between them (a time of day) are left
    out, and so is a clause of its own inside the one it dates ("... where she checked in"); a
    clause of saying is none (the day may be the day it was said)."""
    grammar = lang.disagreements
    if not grammar.fronted_day_before.match(text[:start]):
        return None
    parts = re.match(r"(?:\s+[A-Za-z]+)*", text[end:])
    if parts is None or any(w.lower() not in grammar.day_parts for w in parts[0].split()):
        return None
    rest = text[end + parts.end() :]
    if not rest.startswith(","):
        return None
    rest = rest[1:]
    while (piece := _PIECE.match(rest)) and (
        len(piece[1].split()) <= FRONTED_PIECE_WORDS and any(c.isdigit() for c in piece[1])
    ):
        rest = rest[piece.end() :]
    clause = _CLAUSE_BREAK.split(grammar.fronted_clause_end.split(rest, maxsplit=1)[0])[0]
    clause = _through_object(clause.strip().rstrip(".!?"), lang)
    if not clause or any(w in lang.verbs.speech for w in _plain_words(clause, lang)):
        return None
    lead = text[:start].lstrip()  # "Early ", "On "
    day = f"{lead}{text[start : end + parts.end()]}"
    at = len(clause) + 1 + len(lead)
    return f"{clause} {day}", at, at + end - start


def _through_object(clause: str, lang: LanguageData) -> str:
    """A clause up to the end of its first verb in the past and the few words of its object
    (OBJECT_WORDS), where a day told after it dates that verb ("the singer checked into the
    Larkspur clinic in Elmton" -> "the singer checked into the Larkspur clinic"); the whole
    clause when it has no such verb."""
    words = list(_WORD.finditer(clause))
    for n, word in enumerate(words):
        if word[0].islower() and _in_past(word[0], lang):
            content = [w for w in words[n + 1 :] if w[0].lower() not in lang.stop_words]
            last = content[OBJECT_WORDS - 1] if len(content) >= OBJECT_WORDS else None
            return clause[: last.end()] if last is not None else clause
    return clause


def _next_to_day(words: Sequence[str], lang: LanguageData) -> list[str]:
    """Of the words right before a day, those that may tell what it dates: a verb in the past
    right before it dates itself, not another verb before it ("samples taken when she was
    arrested were released Wednesday")."""
    if words and _in_past(words[-1], lang):
        return [w for w in words[:-1] if not _in_past(w, lang)] + [words[-1]]
    return list(words)


def _counts_within(
    text: str, counts: Sequence[FigureMention], start: int, end: int
) -> frozenset[float]:
    """The values of the counts written in text[start:end] (a day's clause)."""
    found = set()
    for figure in counts:
        at = text.find(figure.text, start)
        if at >= 0 and at + len(figure.text) <= end:
            found.add(figure.value)
    return frozenset(found)


def _period_days(
    sentence: Sentence,
    resolved: Sequence[Dated],
    today: date | None,
    named: _NamedPeople,
    lang: LanguageData,
) -> list[_Dated]:
    """The period a sentence puts a happening in, when it gives no other day: a week or a year
    told from the paper's day ("earlier this week", "last year"), or a year written
    beside one ("in 2019" of a story told "earlier this year" elsewhere). "Earlier" ends the
    period the day before the paper's. Its happening is the verb in the past next to it, not a
    verb of saying; a period in which something was said ("aides said in 2019 that she
    repaid ...") bounds what the words tell was done by then: that happened by its end."""
    periods = [
        d for d in resolved if d.precision in _PERIOD_PRECISIONS and d.kind in ("event", "report")
    ]
    if today is None or len(periods) != 1:
        return []  # two periods, or none: which happening each dates is not clear
    dated = periods[0]
    span = _period_span(dated, sentence.text, today, lang)
    if span is None:
        return []
    label = _period_label(dated, sentence.text, lang)
    found = _dated_span(
        sentence,
        (dated.start, dated.end),
        kind=dated.kind,
        label=label,
        span=span,
        named=named,
        lang=lang,
    )
    return [found] if found else []


def _dated_span(
    sentence: Sentence,
    at: tuple[int, int],
    *,
    kind: str,
    label: str,
    span: tuple[str, str],
    named: _NamedPeople,
    lang: LanguageData,
) -> _Dated | None:
    """A happening put in a span of days by the date written at `at` (of `kind`, as the dates
    read it), compared by the days it holds: the verb in the past next to the date, not a verb
    of saying; or, when the date is the day or period something was said ("aides said in
    2019 that she repaid ...", "said Tuesday that she had resigned"), the deed the words tell
    in the past, done by the end of it. None when no deed is dated."""
    text = sentence.text
    before = _CLAUSE_BREAK.split(text[: at[0]])[-1]
    after = _CLAUSE_BREAK.split(text[at[1] :])[0]
    told = lang.disagreements.reported_that.match(text, at[1])
    if told:
        if kind != "report":
            return None  # "in 2019 that ...": no saying dated; what is it?
        # What the words say was done, told in the past, happened by the end of the period.
        clause = _CLAUSE_BREAK.split(text[told.end() :])[0]
        if (
            _planned(clause, lang)
            or lang.dates.negated.search(clause)
            or not any(_in_past(w, lang) for w in _plain_words(clause, lang))
        ):
            return None  # "said in 2019 that she would repay", "... did not repay": no deed
        before, after = "", clause
        near = _plain_words(clause, lang)[: 2 * HAPPENING_WORDS + 1]
        span = (_EARLIEST_DAY, span[1])
        label = f"by {label}"
    else:
        if _planned(before, lang):
            return None
        near = [
            *_plain_words(before, lang)[-HAPPENING_WORDS:],
            *_plain_words(after, lang)[:HAPPENING_WORDS],
        ]
    done = frozenset(
        _stem(w, lang)
        for w in near
        if _in_past(w, lang) and w not in lang.restating.attribution_words
    )
    if not done:
        return None  # nothing done is dated: a report's day, or a verb not found
    # The clause's first word is capitalised as a first word, not as a name.
    opening = " " if text.find(before) > 0 else ""
    return _Dated(
        sentence,
        label,
        span[1],
        "Date",
        frozenset(_stem(w, lang) for w in near),
        done,
        frozenset(_plain_words(f"{before} {after}", lang)),
        frozenset(_names_in(f"{opening}{before} {after}", lang)),
        named.of(_with_subject(before, text, lang) if before else after, lang),
        span=span,
        period=True,
    )


# The precisions of a period a happening is put in: compared by the days they hold.
_PERIOD_PRECISIONS = ("week", "year")
# The first day of the calendar: a period bounded only at its end starts here.
_EARLIEST_DAY = "0001-01-01"


def _period_span(
    dated: Dated, text: str, today: date, lang: LanguageData
) -> tuple[str, str] | None:
    """The first and last day of a week or a year; a period written without digits is told from
    the paper's day, and "earlier" ends it the day before. None for a year written as a number
    inside no period of the paper's ("in 2019" alone is compared only with a period told from
    a paper's day, see _same_happening) -- it is kept -- and for an empty period."""
    day = date.fromisoformat(dated.iso) if dated.precision == "week" else None
    if day is not None:
        # The calendar week the day is in, from the language's first day of the week (as
        # dates.py counts "this week" and "last week").
        first = day - timedelta(days=(day.weekday() - lang.dates.week_start) % 7)
        last = first + timedelta(days=6)
    else:
        year = int(dated.iso[:4])
        first, last = date(year, 1, 1), date(year, 12, 31)
    if _word_before(text, dated.start) in lang.disagreements.before_the_day:
        if not first <= today <= last:
            return None  # "earlier last week": no day of the paper's own ends it
        last = today - timedelta(days=1)
    elif day is not None and last < today and not any(c.isdigit() for c in dated.written):
        # A week told from the paper's day that ended before it ("last week") is the calendar
        # week or, as often, the seven days before the paper: a Saturday paper's "last week"
        # may hold that week's Monday.
        last = max(last, today - timedelta(days=1))
    if last < first:
        return None
    return first.isoformat(), last.isoformat()


def _period_label(dated: Dated, text: str, lang: LanguageData) -> str:
    """A period as a reader writes it: its year when it is written with one ("2019"), else its
    words, with "earlier" when the text has it ("earlier this week")."""
    if any(c.isdigit() for c in dated.written):
        return dated.iso[:4]
    word = _word_before(text, dated.start)
    words = dated.written.lower()
    return f"{word} {words}" if word in lang.disagreements.before_the_day else words


def _word_before(text: str, at: int) -> str:
    found = _LAST_WORD.search(text[:at])
    return found[1].lower() if found else ""


def _last_day(iso: str) -> str:
    """The last day a date written as a day ("2016-03-25") or a month ("2016-03") may be."""
    if len(iso) == len("2016-03"):
        year, month = map(int, iso.split("-"))
        following = date(year + month // 12, month % 12 + 1, 1)
        return (following - timedelta(days=1)).isoformat()
    return iso


def _dates_read(analysis: Analysis, lang: LanguageData) -> dict[int, list[Dated]] | None:
    """The dates of each sentence (by its index) as the article's analysis read them, when it
    read them as they are read here (in `lang`, with their places in the sentence): parsing
    every sentence again cost a tenth of a story's synthesis. None when it did not."""
    if (
        not lang.supported
        or language_data(analysis.article.language) is not lang
        or any(m.span is None for m in analysis.dates)
    ):
        return None
    found: dict[int, list[Dated]] = {}
    for m in analysis.dates:
        start, end = m.span or (0, 0)
        found.setdefault(m.sentence, []).append(
            Dated(m.date, m.precision, m.text, start, end, kind=m.kind)
        )
    return found


# The precisions of the dates one happening's days are compared at: a week or a year says too
# little ("earlier this week", "in 2014").
_COMPARED_PRECISIONS = ("day", "month")


def _month_label(iso: str, lang: LanguageData) -> str:
    """A month of a year as a reader writes it: "March 2016"."""
    year, month = iso.split("-")[:2]
    names = [n for n, number in lang.calendar.month_numbers.items() if number == int(month)]
    name = max(names, key=len) if names else month
    return f"{name.capitalize()} {year}"


def _plain_words(text: str, lang: LanguageData) -> list[str]:
    """Content words, lower case, without the calendar's and the day's parts."""
    return [
        w
        for w in content_tokens(text, lang)
        if w.isalpha()
        and w not in lang.disagreements.calendar_tokens
        and w not in lang.disagreements.day_parts
    ]


def _stem(word: str, lang: LanguageData) -> str:
    """A word without its ending of tense or of a noun made from a verb ("apologized",
    "apologize": "apologiz"; "indicted", "indictment": "indict")."""
    for ending in lang.disagreements.stem_endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def _in_past(word: str, lang: LanguageData) -> bool:
    """Whether a word is a verb in the past ("apologized", "met")."""
    grammar = lang.dates
    # "repaid", "withheld", "misled": a prefix before a verb of the irregular past.
    prefixed = any(
        word.startswith(prefix) and word[len(prefix) :] in grammar.irregular_past
        for prefix in lang.disagreements.verb_prefixes
    )
    return (
        word in grammar.irregular_past
        or prefixed
        or (
            len(word) > MIN_STEM
            and bool(grammar.past_ending)
            and word.endswith(grammar.past_ending)
            and word not in grammar.not_past
        )
    )


# A word cut to fewer letters than this says too little ("us" of "used").
MIN_STEM = 4


def _same_happening(
    first: _Dated,
    second: _Dated,
    pool: _Pool,
    published: Mapping[str, str | None],
    lang: LanguageData,
) -> bool:
    """Whether two sources' days date one happening, differently."""
    a, b = first.sentence, second.sentence
    if a.article == b.article or first.day == second.day:
        return False
    if first.period or second.period:
        if not (first.span and second.span) or not _apart(first.span, second.span):
            return False  # "earlier this week" and Thursday may be one day
        if not (_told_from_paper(first) or _told_from_paper(second)):
            return False  # "in 2018" and "in 2019": two years a happening may recur in
        for (start, _), other in ((first.span, b.article), (second.span, a.article)):
            if (day := published.get(other)) and start > day:
                return False  # a later happening, which the other source could not report
    else:
        if first.kind != second.kind:
            return False
        if (first.iso is None) != (second.iso is None) or len(first.iso or "") != len(
            second.iso or ""
        ):
            return False  # a day resolved and a weekday alone, a day and a month: not comparable
        for iso, other in ((first.iso, b.article), (second.iso, a.article)):
            if iso and (day := published.get(other)) and iso > day:
                return False  # a day after a source went out is of a happening it did not report
    # The word they share next to the day is what happened: a verb in the past in one of
    # them ("on Friday apologized", "had to apologize Saturday"), not a noun of the story
    # ("a treaty Thursday", "signed a treaty") that two happenings may share.
    shared = _shared_happening(first, second, lang)
    if not shared:
        return False
    others = {w for w in first.words & second.words if _stem(w, lang) not in shared}
    if not others:
        return False  # "were killed Monday in Eastport" and "others were killed on Wednesday"
    if first.names and second.names and not first.names & second.names:
        return False  # "killed Monday in Eastport" and "killed in Westbrook on Sunday": two places
    if other_people(first.persons, second.persons):
        return False  # "placed Jane Doe on leave Tuesday", "placed John Roe on leave Monday"
    return pool.similarity_of(a.article, a.index, b.article, b.index) >= DAY_SIMILARITY


def _shared_happening(first: _Dated, second: _Dated, lang: LanguageData) -> frozenset[str]:
    """The stems of what happened that two days share: a verb in the past next to one day and
    next to the other or among its words, or told across its object ("arrested Jane Doe on
    Tuesday") and then only for the same object ("signed the budget bill Tuesday" and "signed
    the tax bill Wednesday" tell two signings), and never when each counts it otherwise ("30
    were arrested Saturday", "45 were arrested Sunday": two days of arrests, two tallies), nor
    when either tells one more of its kind ("another", "also": lang other_event)."""
    if first.counts and second.counts and not first.counts & second.counts:
        return frozenset()
    if first.another or second.another:
        return frozenset()  # "another player was arrested Jan. 6": one more of its kind
    shared = (first.done & second.happening) | (second.done & first.happening)
    if shared <= {first.verb, second.verb} and not (
        first.object <= second.words and second.object <= first.words
    ):
        return frozenset()
    return shared


def _apart(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two spans of days (ISO first and last days) share no day."""
    return first[1] < second[0] or second[1] < first[0]


def _told_from_paper(dated: _Dated) -> bool:
    """Whether a day is told from the paper's own day ("Friday", "earlier this year"), not
    written as a date or a year of the calendar."""
    return dated.kind == "Day" or (dated.period and not any(c.isdigit() for c in dated.day))


# States of one plan ------------------------------------------------------------------------------
#
# Two sources may tell one plan in two states that cannot both hold: "the company would abandon
# its deal to expand the headquarters" and "put on hold plans to enlarge its headquarters"; "is
# expected to meet the mayor" and "is unlikely to meet the mayor". What the plan is, is told by
# the words either side of its state, within its clause, as for figures (see _Slot).

# Content words either side of a state, within its clause, that say whose and which plan it is.
STATE_WORDS_BEFORE = 4
STATE_WORDS_AFTER = 6
# Words the two neighbourhoods must share, beside the expected act itself, that are not the
# story's common words: a plan of the story in particular, not its subject.
STATE_SHARED_WORDS = 2
# The two sentences must be at least this alike (as for figures, see SLOT_SIMILARITY).
STATE_SIMILARITY = 0.15


@dataclass(frozen=True)
class _State:
    """The state one source puts a plan or an expected act in."""

    sentence: Sentence
    state: str  # the name of the state's group in the language's plan_state
    written: str  # the state as written, lower case ("put on hold")
    act: str  # the expected act's verb ("meet", "be closed"); "" for a plan's state
    words: frozenset[str]  # content words next to it, within its clause
    names: frozenset[str]  # capitalised words of its clause: whose, or where, the plan is
    persons: frozenset[str]  # the story's people its clause names


def _state_conflicts(
    analyses: Sequence[Analysis], pool: _Pool, named: _NamedPeople, lang: LanguageData
) -> list[Conflict]:
    """Sources that put one plan in states that exclude each other (the language's
    state_opposites): ended and put on hold, expected and unlikely. Their neighbourhoods must
    share words of this plan in particular (not the story's common words) and, for an
    expected act, its verb; clauses that name places or people name one in common and no two
    people; the sentences are on one point. A source that tells the plan in both states (one
    later than the other: "postponed, then cancelled") is on no side. A state denied, wished,
    threatened, made conditional or asked about is no claim."""
    published = {a.article.id: _day_text(a.article.published) for a in analyses}
    opposite = {a: b for pair in lang.disagreements.state_opposites for a, b in (pair, pair[::-1])}
    states = [s for a in analyses for s in _states(a, named, lang)]
    if len(states) < 2:
        return []
    common = _common_words(analyses, lang)
    links: dict[int, set[int]] = defaultdict(set)
    for i, first in enumerate(states):
        for j in range(i + 1, len(states)):
            second = states[j]
            if second.state not in (first.state, opposite.get(first.state)):
                continue
            if _same_plan(first, second, pool, common):
                links[i].add(j)
                links[j].add(i)
    found = []
    for component in components(links):
        told: dict[str, set[str]] = defaultdict(set)  # source -> the states it tells
        written: dict[str, set[str]] = defaultdict(set)  # state -> as written
        for i in component:
            told[states[i].sentence.article].add(states[i].state)
        sides: dict[str, set[str]] = defaultdict(set)
        for source, given in told.items():
            if len(given) == 1:
                sides[next(iter(given))].add(source)
        if len(sides) < 2 or _update(sides, published, lang):
            continue
        for i in component:
            if states[i].sentence.article in sides.get(states[i].state, ()):
                written[states[i].state].add(states[i].written)
        members = [states[i] for i in component if states[i].state in written]
        text = plainest(m.sentence.text for m in members)
        about = topic(text, lang)
        shared = frozenset.intersection(*(m.words for m in members)) - common
        what = " ".join(
            dict.fromkeys(w for w in _WORD.findall(text) if set(content_tokens(w, lang)) & shared)
        )
        act = members[0].act
        slot = f"whether it is expected to {act}" if act else "what became of the plan"
        found.append(
            Conflict(
                f"State: {slot} ({what}), in “{about}”" if what else f"State: {slot}, in “{about}”",
                tuple(
                    Cited(", ".join(sorted(written[state])), tuple(sorted(sources)))
                    for state, sources in sorted(sides.items(), key=lambda x: sorted(written[x[0]]))
                ),
            )
        )
    return found


_WORD = re.compile(r"[\w'’-]+")


def _update(
    sides: Mapping[str, set[str]], published: Mapping[str, str | None], lang: LanguageData
) -> bool:
    """Whether two sides may tell one plan at two moments: every source of one side went out
    on a day before every source of the other, and its state is one a plan leaves ("postponed"
    on Monday, "cancelled" on Wednesday)."""
    days: dict[str, set[str]] = {}
    for state, sources in sides.items():
        known = [published.get(s) for s in sources]
        if None in known:
            return False  # a source of unknown day may have gone out with any other
        days[state] = {day for day in known if day}
    return any(
        state not in lang.disagreements.final_states and max(days[state]) < min(days[other])
        for state in days
        for other in days
        if other != state
    )


def _states(analysis: Analysis, named: _NamedPeople, lang: LanguageData) -> list[_State]:
    """The states an article puts plans and expected acts in, with the words next to each."""
    grammar = lang.disagreements
    found = []
    for sentence in analysis.sentences:
        text = sentence.text
        matches = list(grammar.plan_state.finditer(text))
        # Few sentences tell a state: the condition and caption patterns run only on those.
        if not matches or grammar.state_condition.search(text) or is_caption(text, lang):
            continue
        for match in matches:
            state = next(name for pair in grammar.state_opposites for name in pair if match[name])
            before = _CLAUSE_BREAK.split(text[: match.start()])[-1]
            if grammar.state_unsure_before.search(before):
                continue  # "threatened to cancel", "did not postpone": no claim of what is
            after = _CLAUSE_BREAK.split(text[match.end() :])[0]
            act = (match["act"] or match["act_no"] or "").lower()
            if act in lang.stop_words:
                # "likely to be closed", "expected to have left": the act is the word after.
                act = " ".join([act, *_WORD.findall(after.lower())[:1]])
            near = [
                *_plain_words(before, lang)[-STATE_WORDS_BEFORE:],
                *_plain_words(after, lang)[:STATE_WORDS_AFTER],
            ]
            found.append(
                _State(
                    sentence,
                    state,
                    " ".join(match[0].lower().split()),
                    act,
                    frozenset(near),
                    # The sentence's first word is capitalised as a first word, not a name.
                    frozenset(
                        _names_in(f"{' ' * (match.start() > len(before))}{before} {after}", lang)
                    ),
                    named.of(_with_subject(before, text, lang), lang),
                )
            )
    return found


def _same_plan(first: _State, second: _State, pool: _Pool, common: frozenset[str]) -> bool:
    """Whether two sources' states are of one plan (see _state_conflicts)."""
    a, b = first.sentence, second.sentence
    if a.article == b.article or first.act != second.act:
        return False
    # The act expected ("to meet", "to be closed") is one word of the plan the two share.
    if len(first.words & second.words - common) < STATE_SHARED_WORDS - bool(first.act):
        return False
    if first.names and second.names and not first.names & second.names:
        return False  # "cancelled the concert in Leeds", "postponed the concert in York"
    if other_people(first.persons, second.persons):
        return False  # "Jane Doe is expected to testify", "John Roe is unlikely to testify"
    return pool.similarity_of(a.article, a.index, b.article, b.index) >= STATE_SIMILARITY


# Minimal pairs -----------------------------------------------------------------------------------
#
# Two sources' sentences that state one fact word for word but for one value ("in the 1200 block
# of Elm Street" and "in the 1500 block of Elm Street"; "met on Monday at the palace" and "met
# on Tuesday at the palace") disagree on that value: the words around it, the same in the same
# order, are the evidence that it fills the same slot. A number (with its unit), a weekday, a
# date or an ordinal is such a value; a name is not (one name is written in many ways: "Ark."
# and "Arkansas", "Jane Doe" and "Doe", a town and the state it is in).

# Content words that must be the same, in the same order, right before and right after the value
# in both sentences: what it is of on one side, what it counts or dates on the other.
MINIMAL_PAIR_FLANK = 2


@dataclass(frozen=True)
class _Value:
    """A value written in a sentence, read for a minimal pair."""

    kind: str  # "Figure", "Address", "Day", "Date" or "Ordinal"
    unit: str  # a figure's unit; "" for the others
    # A figure's or an address's (value, hedge); a weekday, an ISO day or an ordinal in words.
    value: Claim
    written: str
    start: int
    end: int
    compared: bool  # False: a value that is read but never compared (an end of a range)


def _minimal_pairs(
    analyses: Sequence[Analysis], pool: _Pool, lang: LanguageData, *, named: _NamedPeople
) -> list[Conflict]:
    """Sources whose sentences, alike as two accounts of one fact (FACT_SIMILARITY), state it in
    the same words but for one value (see above). Not compared: a value in a quotation (the
    speaker's words; two speakers may give two), one told as a change or a running count ("rose
    to", "so far"), weekdays of papers of two days, values within each other's hedges, values of
    sentences that write two years (the years are words, not values, to the pairs). A source
    that gives, anywhere, a value of the other side knows both, and is on no side."""
    by_id = {a.article.id: a for a in analyses}
    dates = {a.article.id: _dates_read(a, lang) for a in analyses}
    read: dict[tuple[str, int], list[object]] = {}
    years: dict[tuple[str, int], frozenset[str]] = {}
    for sentence in pool.sentences:
        analysis = by_id[sentence.article]
        values = _values(analysis, sentence, dates[sentence.article], lang)
        if values:
            read[(sentence.article, sentence.index)] = _sequence(sentence.text, values, lang)
            written = [v.written for v in values if v.kind in ("Figure", "Address")]
            years[(sentence.article, sentence.index)] = years_told(sentence.text, written)
    rows = [pool.row[key] for key in read]
    # What each sentence's items are matched by, made once: a sentence is in many pairs.
    keys = {place: [_key(item) for item in items] for place, items in read.items()}
    given = {a.article.id: _given(a, dates[a.article.id], lang) for a in analyses}
    published = {a.article.id: _day_text(a.article.published) for a in analyses}
    links: dict[tuple[str, int, int], set[tuple[str, int, int]]] = defaultdict(set)
    # Each value's own, its sentence, and how many content words after it both sentences share.
    told: dict[tuple[str, int, int], tuple[_Value, Sentence, int]] = {}
    # Only sentences alike enough are read word by word: a story's pairs are many.
    alike = np.triu(pool.similarity[np.ix_(rows, rows)] >= FACT_SIMILARITY, k=1)
    for n, m in zip(*np.nonzero(alike), strict=True):
        first, second = pool.sentences[rows[n]], pool.sentences[rows[m]]
        if first.article == second.article:
            continue
        one, other = (first.article, first.index), (second.article, second.index)
        if years[one] != years[other]:
            continue  # "paid $4,500 in 1998" and "paid $4,900 in 2011": two payments
        if another_period(first.text, lang) != another_period(second.text, lang):
            continue  # "held a 6-hour debate" and "last year held a 9-hour debate": two debates
        pair = _differing_value(read[one], read[other], (keys[one], keys[other]), lang)
        if pair is None:
            continue
        a, b, shared = pair
        if names_apart(
            _names_before(first.text, a.start, lang), _names_before(second.text, b.start, lang)
        ):
            continue  # "the Senate plan cuts $716 billion" and "the House plan cuts $800 billion"
        if a.kind == "Day" and len({published[first.article], published[second.article]}) > 1:
            continue  # "on Sunday" in a Monday paper and in a Friday one: two Sundays
        if _pair_marks(first.text, a, named, lang).apart(_pair_marks(second.text, b, named, lang)):
            continue  # "80,000 homes in Norfolk", "45,000 homes in Suffolk"
        x = (first.article, first.index, a.start)
        y = (second.article, second.index, b.start)
        links[x].add(y)
        links[y].add(x)
        told[x], told[y] = (a, first, shared), (b, second, shared)
    nodes = sorted(links)
    index = {node: n for n, node in enumerate(nodes)}
    graph = {index[node]: {index[other] for other in links[node]} for node in nodes}
    found = []
    for component in components(graph):
        members = [told[nodes[n]] for n in component]
        conflict = _pair_conflict(members, given, lang)
        if conflict is not None:
            found.append(conflict)
    return found


def _names_before(text: str, at: int, lang: LanguageData) -> frozenset[str]:
    """The names before a value in its clause (see _names_in): whose it is ("the Senate plan
    cuts $716 billion"), not names a clause tells after it."""
    return frozenset(_names_in(_CLAUSE_BREAK.split(text[:at])[-1], lang))


def _pair_marks(text: str, value: _Value, named: _NamedPeople, lang: LanguageData) -> Marks:
    """The marks (see Marks) of a value of a minimal pair: a figure's, or a day's clause's."""
    if value.kind == "Figure":
        return _marks(text, value.start, value.end, named, lang)
    marks = _sentence_marks(text, _CLAUSE_BREAK.split(text[: value.start])[-1], named, lang)
    # "the third reading", "the second reading": an ordinal is the value compared, no mark.
    return replace(marks, series=frozenset()) if value.kind == "Ordinal" else marks


def _values(
    analysis: Analysis,
    sentence: Sentence,
    dates: Mapping[int, list[Dated]] | None,
    lang: LanguageData,
) -> list[_Value]:
    """The numbers, weekdays, dates and ordinals a sentence writes, in order, none inside
    another. `dates`: the article's, as its analysis read them (_dates_read), when it did."""
    text = sentence.text
    found: list[_Value] = []
    at = 0
    for f in analysis.figures:
        if f.sentence != sentence.index or (start := text.find(f.text, at)) < 0:
            continue
        at = start + len(f.text)
        if _an_address(f, text, at, lang):
            address = (f.value, f.hedge)
            found.append(_Value("Address", "", address, f.text, start, at, not f.range_text))
            continue
        whole = not f.range_text and _stated(text, start, lang)
        found.append(_Value("Figure", f.unit, (f.value, f.hedge), f.text, start, at, whole))
    if lang.disagreements.may_claim.search(text):
        for day, start, end, _ in weekday_spans(text, lang):
            found.append(_Value("Day", "", day.lower(), day, start, end, True))
        written = (
            dates.get(sentence.index, [])
            if dates is not None
            else dates_in(text, analysis.article.published, lang)
        )
        for d in written:
            if d.precision == "day" and not weekdays_in(d.written, lang):
                found.append(_Value("Date", "", d.iso[5:], d.written, d.start, d.end, True))
    for match in lang.disagreements.ordinal.finditer(text):
        found.append(
            _Value("Ordinal", "", match[0].lower(), match[0], match.start(), match.end(), True)
        )
    kept: list[_Value] = []
    for value in sorted(found, key=lambda v: (v.start, -v.end)):
        if not kept or value.start >= kept[-1].end:
            kept.append(value)
    return kept


def _an_address(figure: FigureMention, text: str, end: int, lang: LanguageData) -> bool:
    """Whether a number ending at `end` of its sentence is part of an address ("the 3300
    block of ..."): a place, told by its number, and no count of blocks."""
    return figure.unit == "count" and bool(lang.disagreements.address_after.match(text, end))


def _given(
    analysis: Analysis, dates: Mapping[int, list[Dated]] | None, lang: LanguageData
) -> set[tuple[str, str, Claim]]:
    """Every value an article gives anywhere, as (kind, unit, value): its figures, addresses,
    weekdays, days of the year and ordinals."""
    found: set[tuple[str, str, Claim]] = {
        ("Figure", f.unit, (f.value, f.hedge)) for f in analysis.figures
    }
    texts = {s.index: s.text for s in analysis.sentences}
    for f in analysis.figures:
        text = texts.get(f.sentence, "")
        at = text.find(f.text)
        if at >= 0 and _an_address(f, text, at + len(f.text), lang):
            found.add(("Address", "", (f.value, f.hedge)))
    for sentence in analysis.sentences:
        text = sentence.text
        found |= {("Day", "", day.lower()) for day in weekdays_in(text, lang)}
        found |= {("Ordinal", "", m[0].lower()) for m in lang.disagreements.ordinal.finditer(text)}
    if dates is not None:
        found |= {
            ("Date", "", d.iso[5:])
            for written in dates.values()
            for d in written
            if d.precision == "day"
        }
    return found


def _sequence(text: str, values: Sequence[_Value], lang: LanguageData) -> list[object]:
    """A sentence as its content words and its values, in order."""
    items: list[object] = []
    at = 0
    for value in values:
        items.extend(content_tokens(text[at : value.start], lang))
        items.append(value)
        at = value.end
    items.extend(content_tokens(text[at:], lang))
    return items


def _key(item: object) -> object:
    """What an item is matched by: a word by itself, a value by its kind, unit and value."""
    return (item.kind, item.unit, item.value) if isinstance(item, _Value) else item


def _differing_value(
    first: Sequence[object],
    second: Sequence[object],
    keys: tuple[Sequence[object], Sequence[object]],
    lang: LanguageData,
) -> tuple[_Value, _Value, int] | None:
    """The one value two sentences give differently, when every other value and the words
    around it are the same (see MINIMAL_PAIR_FLANK), with how many content words after it the
    two share; None otherwise. `keys`: what the items of each are matched by (`_key`)."""
    matcher = difflib.SequenceMatcher(None, keys[0], keys[1], autojunk=False)
    ops = matcher.get_opcodes()
    differing = [
        n
        for n, (tag, a0, a1, b0, b1) in enumerate(ops)
        if tag != "equal"
        and any(isinstance(item, _Value) for item in (*first[a0:a1], *second[b0:b1]))
    ]
    if len(differing) != 1:
        return None  # no value differs, or two do: not one slot
    n = differing[0]
    tag, a0, a1, b0, b1 = ops[n]
    if tag != "replace" or a1 - a0 != 1 or b1 - b0 != 1 or not 0 < n < len(ops) - 1:
        return None
    a, b = first[a0], second[b0]
    if not (isinstance(a, _Value) and isinstance(b, _Value)):
        return None
    flanks = (ops[n - 1], ops[n + 1])
    if any(op[0] != "equal" or op[2] - op[1] < MINIMAL_PAIR_FLANK for op in flanks):
        return None  # the words next to the value differ: another slot, or another fact
    if (a.kind, a.unit) != (b.kind, b.unit) or not (a.compared and b.compared):
        return None
    if isinstance(a.value, tuple) and isinstance(b.value, tuple) and _agree(a.value, b.value, lang):
        return None  # "about 4,000" and "4,100"
    after = ops[n + 1]
    return a, b, after[2] - after[1]


def _pair_conflict(
    members: Sequence[tuple[_Value, Sentence, int]],
    given: Mapping[str, set[tuple[str, str, Claim]]],
    lang: LanguageData,
) -> Conflict | None:
    """The disagreement of one slot found in minimal pairs: sources grouped by the value they
    give. A source that gives two values, a value in a quotation or told as a change, or
    anywhere a value of another side, is on no side."""
    grammar = lang.disagreements
    values: dict[str, set[_Value]] = defaultdict(set)
    said: dict[str, Sentence] = {}
    shared = min(n for _, _, n in members)
    for value, sentence, _ in members:
        values[sentence.article].add(value)
        said.setdefault(sentence.article, sentence)
    clear: dict[str, _Value] = {}
    for source, written in values.items():
        if len({(v.kind, v.unit, v.value) for v in written}) != 1:
            continue
        value = next(iter(written))
        text = said[source].text
        if quoted(text, value.start) or grammar.value_changed.search(text[: value.start]):
            continue
        clear[source] = value
    # "sank 300 metres", "sank 305 metres": measures, one value at two roundings.
    measure = all(_a_measure(_unit_after(said[s].text, v.end), lang) for s, v in clear.items())
    sides: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, _Value] = {}
    for source, value in clear.items():
        others = [v for v in clear.values() if not _same_value(v, value, lang, measure=measure)]
        if any(_knows(given.get(source, set()), other, lang) for other in others):
            continue  # it knows the other value too
        sides[_value_label(value)].add(source)
        shown[_value_label(value)] = value
    if len(sides) < 2 or any(
        _same_value(x, y, lang, measure=measure)
        for n, x in enumerate(shown.values())
        for y in list(shown.values())[n + 1 :]
    ):
        return None  # one value, or values two sides may both give ("3,300", "about 3,300")
    text = plainest(said[s].text for side in sides.values() for s in side)
    first = next(v for s, v in clear.items() if said[s].text == text)
    about = topic(text, lang)
    return Conflict(
        f"{first.kind}: {_pair_slot(first, text, shared, lang)}, in “{about}”",
        tuple(Cited(label, tuple(sorted(s))) for label, s in sorted(sides.items())),
    )


def _same_value(
    first: _Value, second: _Value, lang: LanguageData, *, measure: bool = False
) -> bool:
    """Whether two values may both be true: figures within their hedges (and `measure`s within
    their rounding), others alike."""
    if isinstance(first.value, tuple) and isinstance(second.value, tuple):
        return _agree(first.value, second.value, lang, measure=measure)
    return first.value == second.value


def _unit_after(text: str, end: int) -> str:
    """The word written right after a value ("metres" of "300 metres"), lower case."""
    found = _UNIT_WRITTEN.match(text, end)
    return found[1].lower() if found else ""


def _knows(given: set[tuple[str, str, Claim]], value: _Value, lang: LanguageData) -> bool:
    """Whether an article gives a value anywhere: a number within its hedges, else as is."""
    if not isinstance(value.value, tuple):
        return (value.kind, value.unit, value.value) in given
    figure = value.value
    return any(
        kind == value.kind
        and unit == value.unit
        and isinstance(other, tuple)
        and _agree(other, figure, lang)
        for kind, unit, other in given
    )


def _value_label(value: _Value) -> str:
    """A value as its source writes it ("about $4,000", "Tuesday", "third")."""
    return " ".join(value.written.split())


# Content words after a value, at most, that name its slot ("block of North Larch Road").
PAIR_SLOT_WORDS = 5


def _pair_slot(value: _Value, text: str, shared: int, lang: LanguageData) -> str:
    """What the values are of, in words: the words after the value in `text` (its sentence)
    that both sources write, up to the last of the `shared` content words."""
    thing = ""
    words = text[value.end :].split()
    for n in range(1, len(words) + 1):
        if len(content_tokens(" ".join(words[:n]), lang)) > min(shared, PAIR_SLOT_WORDS):
            break
        thing = " ".join(words[:n])
    thing = thing.strip(".,;:!?\"'”’)")
    if value.kind == "Day":
        return "the day"
    if value.kind == "Date":
        return "the date"
    if value.kind == "Ordinal":
        return f"which one ({thing})"
    if value.kind == "Address":
        return f"the address ({thing})"
    if value.unit == "%":
        return f"the share ({thing})"
    if value.unit != "count":
        return f"the amount ({thing})"
    return f"how many ({thing})"
