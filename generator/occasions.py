"""Days sources give one occasion of one sitting (a debate, a rally, a funeral): "the vice
presidential debate on Tuesday" in one, "the face-off Thursday night ... for a vice presidential
debate" in another.

The day is read only where it is written with the occasion's noun: right after it at the start
of a clause ("The debate on Tuesday was ...", "During the rally Friday, ...") or as its
possessive ("Thursday's debate"). Two sources' days are of one occasion when one names it in at
least two words ("the Elmton mayoral debate") that the other's sentence writes too, and the
other's own occasion is that name or fewer of its words in a sentence that writes them all, or
its noun alone ("the face-off") in a sentence that writes the name; never an occasion of another
of its kind ("the next debate", "the first rally"), one set by another moment ("ahead of
the debate"), a day in a quotation, nor a day later than the other source's paper (a debate to
come is another one). A source that gives two days of the occasion, or writes the other side's
day anywhere, is on no side; weekdays are compared only in papers of one day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.align import content_tokens
from generator.conflict_parts import CLAUSE_BREAK, components, plainest, topic
from generator.dates import day_of, quoted, weekday_spans
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, Sentence

# Content words at least in an occasion's name for another sentence writing it to name it: one
# noun alone ("the debate") may be any debate of the story.
NAMING_WORDS = 2

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@dataclass(frozen=True)
class _Held:
    """A day one source says an occasion was held on."""

    sentence: Sentence
    day: str  # the weekday as written, capitalised
    iso: str | None  # the day it falls on, by the paper's day, when known
    noun: str  # the occasion's noun, lower case ("debate")
    name: frozenset[str]  # content words of its name ("vice", "presidential", "debate")
    written: str  # its name as written, lower case ("vice presidential debate")
    text: str  # its sentence in lower case, to find another's name in
    paper: str | None  # the day its paper went out (ISO), when known


def occasion_day_conflicts(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Sources that give one occasion of one sitting different days (see above)."""
    grammar = lang.disagreements
    if not grammar.one_sitting:
        return []
    held = {a.article.id: _held(a, lang) for a in analyses}
    if sum(1 for found in held.values() if found) < 2:
        return []  # most stories: no two sources date an occasion
    papers = {a.article.id: a.article.published for a in analyses}
    weekdays = {
        a.article.id: {day for s in a.sentences for day, *_ in weekday_spans(s.text, lang)}
        for a in analyses
    }
    links: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    items = [(source, n, h) for source, found in sorted(held.items()) for n, h in enumerate(found)]
    for i, (first, n, a) in enumerate(items):
        for second, m, b in items[i + 1 :]:
            if first == second or day_of(papers[first]) != day_of(papers[second]):
                continue
            if _one_occasion(a, b, lang):
                links[(first, n)].add((second, m))
                links[(second, m)].add((first, n))
    found = []
    for group in components(links):
        conflict = _conflict([(s, held[s][n]) for s, n in group], weekdays, lang)
        if conflict is not None:
            found.append(conflict)
    return found


def _held(analysis: Analysis, lang: LanguageData) -> list[_Held]:
    """The days an article writes with an occasion of one sitting's noun."""
    grammar = lang.disagreements
    resolved = {
        (m.sentence, m.span[0]): m.date
        for m in analysis.dates
        if m.span is not None and m.precision == "day"
    }
    published = day_of(analysis.article.published)
    paper = published.isoformat() if published else None
    found = []
    for sentence in analysis.sentences:
        text = sentence.text
        if not lang.dates.weekday_name.search(text):
            continue  # most sentences: the patterns below are slower
        kinds: dict[int, str] | None = None
        for match in _CAPITALISED.finditer(text):
            day, start, end = match[0], match.start(), match.end()
            if day.lower() not in lang.calendar.weekdays or quoted(text, start):
                continue
            clause = CLAUSE_BREAK.split(text[:start])[-1]
            named = _occasion(clause, text[end:], lang)
            if named is None:
                continue
            name, noun = named
            if grammar.occasion_other.search(name) or grammar.occasion_other.search(clause):
                continue  # "the next debate", "last Tuesday's rally": another of its kind
            if kinds is None:  # read once a sentence names an occasion with a weekday: slow
                kinds = {at: kind for _, at, _, kind in weekday_spans(text, lang)}
            if kinds.get(start) in ("plan", "deadline") or lang.dates.date_follows.match(text, end):
                continue  # "until Friday", "Friday, June 3"
            if is_caption(text, lang):
                break
            found.append(
                _Held(
                    sentence,
                    day,
                    resolved.get((sentence.index, start)),
                    noun,
                    frozenset(content_tokens(name, lang)),
                    " ".join(name.lower().split()),
                    text.lower(),
                    paper,
                )
            )
    return found


def _occasion(before: str, after: str, lang: LanguageData) -> tuple[str, str] | None:
    """The name of the occasion of one sitting a weekday is written with, and its noun (lower
    case): the words of its clause `before` it ("The vice presidential debate on"), or its
    possessive `after` it ("'s debate"); None when it is written with none."""
    named = lang.disagreements.occasion_before.match(before)
    if named is not None:
        noun = named[2].lower()
        return (f"{named[1]}{named[2]}", noun) if noun in lang.disagreements.one_sitting else None
    owned = lang.disagreements.occasion_owner.match(after)
    if owned is None:
        return None
    words = owned[1].split()
    for n, word in enumerate(words):
        if word.lower() in lang.disagreements.one_sitting:
            return " ".join(words[: n + 1]), word.lower()
    return None


def _one_occasion(first: _Held, second: _Held, lang: LanguageData) -> bool:
    """Whether two days, of two sources, are given one occasion (see above)."""
    if first.day == second.day:
        return False
    for day, other in ((first, second), (second, first)):
        if day.iso and other.paper and day.iso > other.paper:
            return False  # an occasion to come, which the other paper could not report
    return _names(first, second, lang) or _names(second, first, lang)


def _names(named: _Held, other: _Held, lang: LanguageData) -> bool:
    """Whether `named`'s occasion, told in NAMING_WORDS or more, is `other`'s: `other` tells it
    in fewer words of that name ("the mayoral debate") in a sentence that writes all of its
    words, or by its noun alone ("the face-off") in a sentence that writes the name in full,
    not after a word that sets another moment by it ("ahead of the mayoral debate")."""
    if len(named.name) < NAMING_WORDS:
        return False
    if len(other.name) >= NAMING_WORDS:
        # In fewer words of the name, in a sentence that writes all its words: a shorter name
        # alone may be another of its kind ("the Republican debate" beside "the Republican
        # undercard debate").
        return other.name <= named.name <= frozenset(content_tokens(other.text, lang))
    at = other.text.find(named.written)
    while at >= 0:
        before = re.findall(r"[a-z]+", other.text[:at])[-3:]
        if not set(before) & lang.disagreements.occasion_relative:
            return True
        at = other.text.find(named.written, at + 1)
    return False


def _conflict(
    held: Sequence[tuple[str, _Held]], weekdays: dict[str, set[str]], lang: LanguageData
) -> Conflict | None:
    """The disagreement of one occasion's day: sources grouped by the day they give; one that
    gives two, or writes another side's day anywhere, is on no side."""
    given: dict[str, set[str]] = defaultdict(set)
    said: dict[str, str] = {}
    for source, occasion in held:
        given[source].add(occasion.day)
        said.setdefault(source, occasion.sentence.text)
    clear = {source: next(iter(days)) for source, days in given.items() if len(days) == 1}
    sides: dict[str, set[str]] = defaultdict(set)
    for source, day in clear.items():
        if any(other != day and other in weekdays[source] for other in clear.values()):
            continue  # it writes the other day too
        sides[day].add(source)
    if len(sides) < 2:
        return None
    text = plainest(said[s] for side in sides.values() for s in side)
    return Conflict(
        f"Day: the day it was held, in “{topic(text, lang)}”",
        tuple(Cited(day, tuple(sorted(s))) for day, s in sorted(sides.items())),
    )
