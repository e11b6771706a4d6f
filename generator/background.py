"""Which recalled happenings a story shows as its background (issue 17).

The timeline (timeline.py) labels "background" every dated happening of its sentences that lies
before the story's own days. Shown to a reader under its date, such an entry says "this
happened then": that holds only when the date is the date of what the sentence tells. It does
not when the date is written in a clause that hangs off the sentence's news ("Smith, who won in
2001, said on Wednesday ..."), when the sentence's news is a day of the story itself ("... said on
Wednesday"), when the date spans a period ("from 2000 to 2006") or is one of two ("in 2011 or
2012"), when the sentence looks ahead ("will be directed"), or when a day written without its
year was placed far back in the year before (a day that has not come yet this year is a plan,
not the past; a day long past is written with its year) and no source writes it with that year.
Such entries are left out: the page may show less background, never a wrong date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from generator.dates import day_of
from generator.lang.schema import LanguageData
from generator.models import Analysis, DateMention, Sentence, TimelineEntry
from generator.timeline import story_mentions

# A date written without its year is this year's, or, early in a year, a recent day of the year
# before ("on Dec. 20" written on Jan. 5), or a day of a past year the sentences before name.
UNDATED_YEAR_MAX_DAYS = 92
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def checked(
    entries: Sequence[TimelineEntry], analyses: Sequence[Analysis], lang: LanguageData
) -> tuple[TimelineEntry, ...]:
    """The timeline without the background entries whose date is not clearly the date of what
    their sentence tells; every other entry as it was."""
    by_id = {a.article.id: a for a in analyses}
    published = sorted(a.article.published for a in analyses if a.article.published)
    # Years the story writes in a date of what happened, planned or was said ("on Sept. 11,
    # 2012", "in 2012"): not any number of four digits ("2012 calls") nor a year naming a thing
    # ("the 2012 budget"), which place no day.
    years_written = frozenset(
        m.date[:4]
        for a in analyses
        for m in a.dates
        if m.kind != "modifier" and _YEAR.search(m.text)
    )
    return tuple(
        entry
        for entry in entries
        if entry.kind != "background" or _holds(entry, by_id, published, years_written, lang)
    )


def _holds(
    entry: TimelineEntry,
    by_id: dict[str, Analysis],
    published: Sequence[str],
    years_written: frozenset[str],
    lang: LanguageData,
) -> bool:
    """Whether the sentence an entry shows dates what it tells at the entry's date, in the
    source it was read from, its dates read as the timeline reads them (an undated article's
    against the story's publication dates, see `story_mentions`)."""
    first = day_of(published[0]) if published else None
    for source in entry.sources:
        analysis = by_id.get(source)
        if analysis is None:
            continue
        for sentence in analysis.sentences:
            if sentence.text != entry.text:
                continue
            mentions = [
                m
                for m in story_mentions(analysis, published, lang)
                if m.sentence == sentence.index and m.date == entry.date
            ]
            if mentions:
                return all(
                    _dates_the_news(m, sentence, first, years_written, lang) for m in mentions
                )
    return False  # the sentence shown cannot be read again: say nothing


def _dates_the_news(
    mention: DateMention,
    sentence: Sentence,
    first: date | None,
    years_written: frozenset[str],
    lang: LanguageData,
) -> bool:
    text = sentence.text
    at = text.find(mention.text)
    before, after = text[: max(0, at)], text[at + len(mention.text) :] if at >= 0 else ""
    if (
        at < 0
        or lang.dates.alternative_after.match(after)
        or lang.dates.alternative_before.search(before)
    ):
        return False  # "in 2011 or 2012": when it happened is one of two
    if lang.dates.plan_cue.search(_outside(text, mention.text)):
        return False  # "will be directed": the sentence looks ahead
    if _names_a_story_day(text, mention.text, lang):
        return False  # "said on Wednesday": the sentence's news is the story's own day
    if not _year_guessed(mention, first):
        return True
    # Told in the future tense ("would travel together July 9"), a day placed a year back is a
    # day still to come this year. A day in the past that is not a recent one is written with
    # its year, or in a story that names its year ("the attack of Sept. 11, 2012 ... on Friday,
    # Sept. 14"): without either, "Sept. 11" read in March is as likely a day long past, or a
    # name, as last September's.
    return not lang.dates.future_cue.search(text) and (
        mention.precision != "day" or mention.date[:4] in years_written
    )


def _outside(text: str, written: str) -> str:
    return text.replace(written, " ")


def _names_a_story_day(text: str, written: str, lang: LanguageData) -> bool:
    """Whether the sentence also names a day counted from its publication (a weekday,
    "yesterday"), outside the date `written`: a day of the story's own, not of its background.
    A weekday that opens a written date ("Friday, Sept. 14") is that date's."""
    at = text.find(written)
    words = [
        (m[0].lower(), m.start())
        for m in re.finditer(r"[\w']+", text)
        if not at <= m.start() < at + len(written)
    ]
    for word, start in words:
        if word in lang.calendar.weekday_words or word in lang.dates.day_shifts:
            rest = re.match(r"[\w']+\W+([\w']+)", text[start:])
            if not (rest and rest[1].lower() in lang.calendar.month_numbers):
                return True
    return False


def _year_guessed(mention: DateMention, first: date | None) -> bool:
    """Whether a day or month written without its year was placed in an earlier year, further
    back than a writer leaves a year out when nothing before tells it."""
    if first is None or mention.precision == "year":
        return False
    if _YEAR.search(mention.text) or not mention.date[:4].isdigit():
        return False
    placed = date.fromisoformat(
        mention.date if len(mention.date) == 10 else f"{mention.date[:7]}-01"
    )
    return placed.year < first.year and (first - placed).days > UNDATED_YEAR_MAX_DAYS
