"""Event signatures: who a story names and when it was reported, to keep look-alike events apart."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from generator.dates import day_of
from generator.models import Analysis

_LOWER_WORD = re.compile(r"\b[a-z]\w*")
# Words as grouping's TF-IDF vectoriser reads them (scikit-learn's default token pattern).
_TOKEN = re.compile(r"\b\w\w+\b")
# The lead says when the event happened ("bombed on Thursday", "on Nov. 10"): a day-precise
# date in this many first sentences, at most EVENT_LOOKBACK_DAYS before the article was
# published, is the event's own day. A report published days later is then still seen as
# reporting the same day's event.
EVENT_LEAD_SENTENCES = 2
EVENT_LOOKBACK_DAYS = 7


def event_day(analysis: Analysis) -> date | None:
    """The day of the event an article reports: the latest day-precise date its lead gives
    within EVENT_LOOKBACK_DAYS before publication (weekdays are already resolved against the
    publication date; an earlier date in a follow-up's lead is the event it follows up), else
    the day it was published; None when undated."""
    published = day_of(analysis.article.published)
    if published is None:
        return None
    found = []
    for mention in analysis.dates:
        if mention.precision != "day" or mention.sentence >= EVENT_LEAD_SENTENCES:
            continue
        day = day_of(mention.date)
        if day is not None and 0 <= (published - day).days <= EVENT_LOOKBACK_DAYS:
            found.append(day)
    return max(found, default=published)


def featured_names(analysis: Analysis, columns: Mapping[str, int]) -> dict[int, str]:
    """The names an article mentions (people, places, organisations and the capitalised names
    the entity finder could not type), as the columns of grouping's vectoriser, each with the
    word as the article writes it. A word the article also writes in lower case ("the Deal",
    "a deal") is a common word, not a name; words the vectoriser drops (stop words, words in
    most articles) are evidence of nothing."""
    lower: set[str] | None = None
    found: dict[int, str] = {}
    for mention in analysis.mentions:
        for word in _TOKEN.findall(mention.name):
            column = columns.get(word.lower())
            if column is None or column in found:
                continue
            if lower is None:  # read only for articles that name something
                lower = set(_LOWER_WORD.findall(analysis.article.text))
            if word.lower() not in lower:
                found[column] = word
    return found


@dataclass
class Signature:
    """What a story being formed reports: its size, how many of its articles name each name,
    every word any of them uses, and its first and last reporting days (mutable inside grouping
    only)."""

    size: int
    names: Counter[int]
    words: set[int]
    first: date | None  # first and last day of publication
    last: date | None
    event_first: date | None  # first and last day of the events reported (see event_day)
    event_last: date | None
    label: str | None = None  # the story an earlier build gave it, if any
    members: list[int] = field(default_factory=list)

    def absorb(self, other: Signature) -> None:
        self.size += other.size
        # The smaller collection is added to the larger (the other signature is dropped).
        if len(other.names) > len(self.names):
            self.names, other.names = other.names, self.names
        self.names.update(other.names)
        if len(other.words) > len(self.words):
            self.words, other.words = other.words, self.words
        self.words |= other.words
        self.first, self.last = _bounds(self.first, self.last, other.first, other.last)
        self.event_first, self.event_last = _bounds(
            self.event_first, self.event_last, other.event_first, other.event_last
        )
        self.label = self.label or other.label
        if len(other.members) > len(self.members):
            self.members, other.members = other.members, self.members
        self.members += other.members


def _bounds(*days: date | None) -> tuple[date | None, date | None]:
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else (None, None)


def of_article(
    index: int,
    names: Iterable[int],
    words: Iterable[int],
    days: tuple[date | None, date | None],
    label: str | None,
) -> Signature:
    """The signature of one article; `days` are its day of publication and its event's day."""
    published, event = days
    return Signature(
        1, Counter(names), set(words), published, published, event, event, label, [index]
    )


def _span(*days: date | None) -> int:
    first, last = _bounds(*days)
    return (last - first).days if first is not None and last is not None else 0


def close_in_time(a: Signature, b: Signature, report_days: int, event_days: int) -> bool:
    """The two stories were reported within `report_days` of each other, or report events
    within `event_days` of each other (a late report of the same day's event); undated stories
    are close to every other."""
    return _span(a.first, a.last, b.first, b.last) <= report_days or (
        _span(a.event_first, a.event_last, b.event_first, b.event_last) <= event_days
    )


def _unlikely_absence(have: Signature, lack: Signature, level: float) -> bool:
    """True when a name recurring in `have` appears in no article of `lack`, and its absence is
    less likely than `level` by chance: with p the (add-one smoothed) share of `have`'s articles
    naming it, (1 - p) ** lack.size < level. In a story of two or more articles, a name only one
    of them uses is that article's detail, not the story's."""
    limit = math.log(1 / level) / lack.size
    for name, count in have.names.items():
        if count < 2 <= have.size or name in lack.words:
            continue
        share = (count + 1) / (have.size + 2)
        if math.log(1 / (1 - share)) >= limit:
            return True
    return False


def names_apart(a: Signature, b: Signature, level: float) -> bool:
    """Each story names someone or somewhere that the other never mentions, beyond chance: two
    events of one kind (see NAME_CHANCE_LEVEL in generator.group)."""
    return _unlikely_absence(a, b, level) and _unlikely_absence(b, a, level)


def shared_names(a: Signature, b: Signature, limit: int) -> list[int]:
    """The names both stories use, those most of their articles use first."""
    common = set(a.names) & set(b.names)
    return sorted(common, key=lambda n: (-(a.names[n] + b.names[n]), n))[:limit]
