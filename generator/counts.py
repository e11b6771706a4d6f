"""Counts of one thing that two outlets give of two moments or two groups, not in dispute.

A toll rises while an event is told: an outlet that tells it rising, or tells it "initially",
gives a moment of it, and another outlet's count may be of a later one. Two counts of one thing
may also be of two groups: the dead with and without the attacker, all the hurt and those taken
to hospital, one place and the whole, a thing stopped at two places. disagree.py compares no
such pair (issue 17: a value told at a moment another follows is no disagreement)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from generator.amounts import joined_sides
from generator.claims import agree
from generator.conflict_parts import CLAUSE_BREAK
from generator.dates import weekdays_in
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, FigureClaim
from generator.text import fold

# Dead (or hurt) told with and without their doers differ by as many doers: one gunman, two
# bombers. Tolls further apart are not that.
DOERS_APART = 2
# Content words after a place opener ("at the northern border post") that say where.
PLACE_WORDS = 3
# Words at most between a verb of a plan and the length it gives ("will hold a 24-hour strike"):
# further back, "to" is as often a preposition ("rose to fame in June for her 13-hour speech").
PLAN_REACH = 4
# Event words two leads must share, beyond the story's common ones and the toll's own, for their
# tolls to be of one event (as many as two figures' neighbourhoods must share: SLOT_SHARED_WORDS).
LEAD_SHARED_WORDS = 2

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def toll(claim: FigureClaim, lang: LanguageData) -> bool:
    """Whether a figure counts what the event did: its dead, injured, arrested."""
    return claim.unit == "count" and claim.thing in lang.figures.figure_events.values()


def moments(claims: Sequence[FigureClaim], lang: LanguageData) -> frozenset[tuple[int, str]]:
    """The tolls of one article, as (sentence, text), that it gives at a moment of their rise:
    told so in their sentence ("initially", "according to early reports"), or of a thing whose
    toll the article also tells as changed ("the toll later rose to 41"): its other counts of
    that thing are then earlier or later ones."""
    grammar = lang.disagreements
    changed = {
        c.thing
        for c in claims
        if toll(c, lang) and grammar.value_changed.search(c.said[: max(c.said.find(c.text), 0)])
    }
    return frozenset(
        (c.sentence, c.text)
        for c in claims
        if toll(c, lang) and (c.thing in changed or grammar.toll_moment.search(c.said))
    )


@dataclass(frozen=True)
class CountStory:
    """What a story tells of its counts as a whole."""

    doer_died: bool  # a doer of the event is among its dead ("shot himself")


def count_story(analyses: Iterable[Analysis], lang: LanguageData) -> CountStory:
    """What the story's articles tell of its counts as a whole."""
    died = lang.disagreements.doer_died
    return CountStory(any(died.search(s.text) for a in analyses for s in a.sentences))


def two_groups(a: FigureClaim, b: FigureClaim, story: CountStory, lang: LanguageData) -> bool:
    """Whether two outlets' counts of one thing may count two groups: tolls a doer or two
    apart when a doer died; a count of a whole beside one that names none ("in all", "across
    the region"); a count over a period beside one of a day (_span_and_day); a part of the
    hurt ("seriously", "in hospital") beside all of them; counts at two places ("at the
    northern post", "at the crossing")."""
    if a.unit != "count" or b.unit != "count":
        return False
    grammar = lang.disagreements
    if toll(a, lang) and story.doer_died and abs(a.value - b.value) <= DOERS_APART:
        return True
    if bool(grammar.count_whole.search(a.said)) != bool(grammar.count_whole.search(b.said)):
        return True
    if _span_and_day(a, b, lang) or _span_and_day(b, a, lang):
        return True
    if toll(a, lang) and bool(grammar.toll_part.search(clause(a))) != bool(
        grammar.toll_part.search(clause(b))
    ):
        return True
    here, there = places(a, lang), places(b, lang)
    return bool(here and there and not here & there)


def _span_and_day(span: FigureClaim, day: FigureClaim, lang: LanguageData) -> bool:
    """Whether one count is over a period ("this year", "since May") and the other, naming
    none, of a day its clause names ("on Monday"): the day's may be a part of the span's."""
    period = lang.disagreements.count_period
    return bool(
        period.search(span.said) and not period.search(day.said) and weekdays_in(clause(day), lang)
    )


def clause(claim: FigureClaim) -> str:
    """The clause of a sentence a figure is written in ("" when it is not found as written)."""
    at = claim.said.find(claim.text)
    if at < 0:
        return ""
    before = CLAUSE_BREAK.split(claim.said[:at])[-1]
    return before + CLAUSE_BREAK.split(claim.said[at:])[0]


def places(claim: FigureClaim, lang: LanguageData) -> frozenset[str]:
    """The words, folded, that say where a count's thing happened, within its clause: those
    after "at", "near" ("stopped at the northern post": northern, post); empty when none."""
    words = [fold(w) for w in _WORD.findall(clause(claim))]
    hedges = lang.figures.at_least | lang.figures.at_most
    left_out = lang.stop_words | lang.disagreements.calendar_tokens
    found: set[str] = set()
    for i, word in enumerate(words):
        if word not in lang.disagreements.place_openers or " ".join(words[i : i + 2]) in hedges:
            continue  # "at least 40" is a hedge, not a place
        found.update([w for w in words[i + 1 :] if w not in left_out][:PLACE_WORDS])
    return frozenset(found)


@dataclass(frozen=True)
class Lead:
    """What an article's first sentence, its lead, says of the event its toll is of."""

    stems: frozenset[str]  # its content words, stemmed
    names: frozenset[str]  # its capitalised words: the place, body or person the event is of


def toll_lead(
    analysis: Analysis,
    claim: FigureClaim,
    stems: frozenset[str],
    names: frozenset[str],
    lang: LanguageData,
) -> Lead | None:
    """A toll's lead (`stems`, `names`: its sentence's words) when the toll is told in its
    article's first sentence; None for another figure or sentence."""
    if not toll(claim, lang) or claim.sentence != min(s.index for s in analysis.sentences):
        return None
    return Lead(stems, names)


def lead_tolls(one: Lead | None, other: Lead | None, left_out: frozenset[str]) -> bool:
    """Whether two tolls of one noun are each told in its article's lead, leads that share
    words of the event beyond `left_out` (the story's common words and the toll's own, stemmed)
    and name no places or bodies apart. A news article's first sentence tells the event the
    story is of: its toll's event words are often a clause away from the count ("A storm
    swept the coast on Sunday, killing four people"), too far for the words next to the figure
    to tell, but every word of a lead is of that event."""
    if one is None or other is None:
        return False
    if one.names and other.names and not one.names & other.names:
        return False  # "killed four people in Springfield" and "... in Shelbyville"
    return len((one.stems & other.stems) - left_out) >= LEAD_SHARED_WORDS


# The length of one happening ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    """A length in hours or minutes one source gives one happening ("a 13-hour standoff")."""

    source: str
    value: float
    hedge: str | None
    marks: frozenset[str]  # the capitalised words of its sentence: whose, where, which month
    years: frozenset[str]  # the years its sentence gives


_NAME = re.compile(r"(?<=\S\s)[A-Z][a-z]+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def span_conflicts(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Sources that give one happening lengths in hours or minutes no hedge reconciles: "a
    nearly 13-hour standoff" and "the standoff lasted 9 hours". The slot is the happening's
    noun and the unit; the sides' sentences name someone, somewhere or a month in common (the
    same noun may be of two people's or places' happenings), give no years apart ("her 2011
    standoff"), and tell no other one of its kind ("a second standoff"); a source that gives
    the happening two lengths is on no side. Spans of days or years are never compared (see
    the language's happening_span patterns)."""
    spans: dict[tuple[str, str], list[_Span]] = defaultdict(list)
    for analysis in analyses:
        for sentence in analysis.sentences:
            for noun, unit, span in _spans_in(sentence.text, analysis.article.id, lang):
                spans[(noun, unit)].append(span)
    found = []
    for (noun, unit), given in sorted(spans.items()):
        conflict = _span_conflict(noun, unit, given, lang)
        if conflict is not None:
            found.append(conflict)
    return found


def _spans_in(text: str, source: str, lang: LanguageData) -> list[tuple[str, str, _Span]]:
    """The lengths of happenings a sentence gives, as (noun, unit, span)."""
    grammar = lang.disagreements
    found: list[tuple[str, str, _Span]] = []
    if not grammar.happening_span_unit.search(text):
        return found  # most sentences: no length in hours or minutes
    for pattern in (grammar.happening_span_before, grammar.happening_span_after):
        for match in pattern.finditer(text):
            noun, unit = singular_noun(match["noun"]), match["unit"].lower()
            written = match["number"].lower()
            value = float(written) if written[0].isdigit() else lang.numbers.words.get(written)
            if value is None or noun in lang.stop_words or noun in lang.disagreements.uncompared:
                continue
            before = text[: match.start()]
            if grammar.ordinal.search(before) or grammar.one_of_several.search(before):
                continue  # "a second 10-hour standoff": one of several
            near = " ".join(before.lower().split()[-PLAN_REACH:])
            if grammar.planned_verb.search(near) or another_period(text, lang):
                continue  # "would be a 48-hour strike", "a 3-hour delay last week": not this one
            hedge = " ".join(match["hedge"].lower().split()) if match["hedge"] else None
            marks = frozenset(fold(m[0]) for m in _NAME.finditer(text)) - lang.stop_words
            years = frozenset(_YEAR.findall(text))
            found.append((noun, unit, _Span(source, float(value), hedge, marks, years)))
    return found


def another_period(text: str, lang: LanguageData) -> bool:
    """Whether a sentence dates what it tells to a period before or after the story's ("last
    year", "next week", "two days ago"): a happening of that period is another of its kind."""
    words = [w.lower() for w in _WORD.findall(text)]
    grammar = lang.dates
    return grammar.ago in words or any(
        grammar.period_shifts.get(word) and after in grammar.periods
        for word, after in pairwise(words)
    )


def singular_noun(word: str) -> str:
    """A noun, lower case, without a plural "s" ("standoffs": standoff)."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _span_conflict(
    noun: str, unit: str, given: Sequence[_Span], lang: LanguageData
) -> Conflict | None:
    """The disagreement of one happening's length, sources grouped by the value they give (a
    hedged value on the one side it agrees with: amounts.joined_sides)."""
    by_source: dict[str, list[_Span]] = defaultdict(list)
    for span in given:
        by_source[span.source].append(span)
    sides: dict[str, set[str]] = defaultdict(set)
    values: dict[str, set[tuple[float, str | None]]] = defaultdict(set)
    for source, spans in by_source.items():
        told = {(s.value, s.hedge) for s in spans}
        if not all(agree(x, y, lang) for x in told for y in told):
            continue  # two lengths from one source: two happenings to it
        label = _span_label(spans[0], unit)
        sides[label].add(source)
        values[label] |= told
    joined = joined_sides(sides, values, lambda v: v[1] is not None, lambda x, y: agree(x, y, lang))
    labels = sorted(joined)
    if len(labels) < 2:
        return None
    of = {label: [s for s in given if s.source in joined[label]] for label in labels}
    for i, first in enumerate(labels):
        for second in labels[i + 1 :]:
            one, other = of[first], of[second]
            if any(agree((x.value, x.hedge), (y.value, y.hedge), lang) for x in one for y in other):
                return None  # sides a hedge reconciles: nothing certain to show
            marks = frozenset().union(*(s.marks for s in one)) & frozenset().union(
                *(s.marks for s in other)
            )
            if not marks or _years_apart(one, other):
                return None  # no one, place or month in common: maybe two happenings
    return Conflict(
        f"Figure: how long ({noun}), in {unit}s",
        tuple(Cited(label, tuple(sorted(joined[label]))) for label in labels),
    )


def _years_apart(one: Sequence[_Span], other: Sequence[_Span]) -> bool:
    """Whether two sides' sentences give years, none in common ("her 2011 standoff")."""
    first = frozenset().union(*(s.years for s in one))
    second = frozenset().union(*(s.years for s in other))
    return bool(first and second and not first & second)


def _span_label(span: _Span, unit: str) -> str:
    """A length as a reader writes it: "nearly 13 hours"."""
    number = f"{span.value:g}"
    plural = "" if span.value == 1 else "s"
    return f"{span.hedge + ' ' if span.hedge else ''}{number} {unit}{plural}"
