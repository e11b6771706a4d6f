"""Counts of one thing that two outlets give of two moments or two groups, not in dispute.

A toll rises while an event is told: an outlet that tells it rising, or tells it "initially",
gives a moment of it, and another outlet's count may be of a later one. Two counts of one thing
may also be of two groups: the dead with and without the attacker, all the hurt and those taken
to hospital, one place and the whole, a thing stopped at two places. disagree.py compares no
such pair (issue 17: a value told at a moment another follows is no disagreement)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.conflict_parts import CLAUSE_BREAK
from generator.dates import weekdays_in
from generator.lang.schema import LanguageData
from generator.models import Analysis, FigureClaim
from generator.text import fold

# Dead (or hurt) told with and without their doers differ by as many doers: one gunman, two
# bombers. Tolls further apart are not that.
DOERS_APART = 2
# Content words after a place opener ("at the northern border post") that say where.
PLACE_WORDS = 3

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
