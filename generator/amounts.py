"""Amounts of one slot told by two sources (issue 17): what the words around a figure of money
or a count of things say about which slot it fills, beyond what disagree.py reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass
from typing import TypeVar

from generator.conflict_parts import CLAUSE_BREAK
from generator.lang.schema import LanguageData

T = TypeVar("T")  # a figure as a disagreement reads it: (value, hedge), or a day

# A year written in a sentence: four digits standing alone.
_YEAR = re.compile(r"\b\d{4}\b")


def years_told(sentence: str, values: Iterable[str]) -> frozenset[str]:
    """The years a sentence writes outside the `values` written in it ("$1000", "the 3000
    block"): amounts and places, not the years 1000 and 3000; else a price written without its
    comma would be of another year than the same price written with one."""
    for written in sorted(set(values), key=len, reverse=True):
        sentence = sentence.replace(written, " ")
    return frozenset(_YEAR.findall(sentence))


def joined_sides(
    sides: Mapping[str, set[str]],
    values: Mapping[str, Set[T]],
    hedged: Callable[[T], bool],
    agree: Callable[[T, T], bool],
) -> dict[str, set[str]]:
    """The sides of one slot's disagreement (label -> its sources; `values`: label -> the
    figures it gives), a hedged side set on the side it agrees with: "about 500,000" beside
    "500,000" and "about 1 million" is on the side of "500,000", the one side it can be; a
    hedged side that agrees with two sides ("about 3.6 billion" beside "3.6 billion" and "3.5
    billion") takes neither, and leaves the two to differ. Sides that still agree are left as
    they are, for the caller to refuse."""

    def meet(first: str, second: str) -> bool:
        return any(agree(x, y) for x in values[first] for y in values[second])

    joined = {label: set(sources) for label, sources in sides.items()}
    for label in sorted(sides):
        if not all(hedged(v) for v in values[label]):
            continue
        others = [o for o in sorted(sides) if o != label and o in joined and meet(label, o)]
        if len(others) == 1 and not all(hedged(v) for v in values[others[0]]):
            joined[others[0]] |= joined.pop(label)
        elif len(others) > 1:
            del joined[label]
    return joined


# Content words before an amount, within its clause, that may say it was asked for ("the
# governor asked lawmakers for $2 million", "the union wants a pay rise of 12 percent"). Not
# after it: "150 passengers demanded answers" is what they did.
ASKED_WORDS_BEFORE = 4
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Framing:
    """How a sentence frames one of its amounts: asked for, a dissenter's, a rate, or of a
    period told from the report's day."""

    asked: bool = False  # "requested $2 million"
    dissent: bool = False  # "critics say it will cost $55 million"
    rate: str = ""  # the period it is per: "year" of "$5 million a year"
    periods: frozenset[str] = frozenset()  # "last year" of its sentence


def framing(sentence: str, start: int, end: int, lang: LanguageData) -> Framing:
    """How the sentence frames the amount written from `start` to `end` in it."""
    grammar = lang.disagreements
    # Small words aside: "wants a pay rise of 12 percent" asks for it across its noun.
    before = [
        w
        for w in _WORD.findall(CLAUSE_BREAK.split(sentence[:start].lower())[-1])
        if w not in lang.stop_words
    ]
    rate = grammar.rate_after.match(sentence, end)
    periods = {
        f"{grammar.same_period.get(m['which'].lower(), m['which'].lower())} {m['period'].lower()}"
        for m in grammar.relative_period.finditer(sentence)
    }
    return Framing(
        asked=any(w in grammar.asked_for for w in before[-ASKED_WORDS_BEFORE:]),
        dissent=any(w in grammar.dissenters for w in _WORD.findall(sentence.lower())),
        rate=(rate["per"] or rate["adverb"]).lower() if rate else "",
        periods=frozenset(periods),
    )


def framed_apart(first: Framing, second: Framing) -> bool:
    """Whether two sources' amounts are two quantities by how they are framed: one asked for
    and one given, one a dissenter's, a rate and a total (or rates of two periods), or amounts
    of two periods told from the report's day ("last year" and "this year")."""
    return (
        first.asked != second.asked
        or first.dissent != second.dissent
        or first.rate != second.rate
        or bool(first.periods and second.periods and first.periods != second.periods)
    )


def names_apart(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether the names next to two amounts say they are of two things: each names one the
    other does not ("the Senate plan cuts Medicare" and "the House plan cuts Medicare")."""
    return bool(first - second and second - first)
