"""Which of a story's dated happenings are its own news, and which are background (issue 17).

The timeline (timeline.py) shows as the story's own day every happening dated within a few days
before its first report. Not every one is: a story tells its news in its articles' leads, and
recalls around it what led up to it (a rally on the weekend before the vote the story reports,
a letter sent two days before the hearing it covers) and what had happened before the time it
tells ("the issue had come up Friday"). Those are shown as background, under "earlier": still
true at their date, no longer told as the news of that day. A story that develops over days (a
crash on Monday in one article's lead, an arrest on Tuesday in another's) keeps every day from
the first its leads name.

A day that dates only the telling of something is no happening at all: "she disclosed on Sunday
that he had called her" tells what she made known that day, and "X will join the show, the
network announced Tuesday" dates the network's words. Such an entry is not shown (a day
something was said is never a timeline event: timeline.py leaves "said on Tuesday" out the
same way). Making known a decision or a deed of one's own is a happening ("announced Tuesday
he is running", "announced that he would ban travel"): it stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from generator.dates import day_of
from generator.lang.schema import LanguageData
from generator.models import Analysis, DateMention, Sentence, TimelineEntry
from generator.restate import stems
from generator.timeline import EVENT_WINDOW_DAYS, happening, same_happening, story_mentions

# An article's lead: its first sentences that tell something (a kicker line or a one-word
# section name before them is no lead). Two: the news and its first detail.
LEAD_SENTENCES = 2
# A sentence shorter than this many words is a heading or a kicker, not a lead.
LEAD_MIN_WORDS = 5
# After an attribution's verb and its date, at most this many characters end the sentence
# (", NBC announced on Tuesday."): the date is the attribution's.
ATTRIBUTION_TAIL_CHARS = 3
# An attribution set after the news has a short subject ("the network", "NBC News").
ATTRIBUTION_MAX_WORDS = 5
# Punctuation around a word.
_EDGE = ".,;:!?\"'“”‘’()"
# A date of week precision stands for its first day and the six after.
WEEK_DAYS = 7


def checked(
    entries: Sequence[TimelineEntry], analyses: Sequence[Analysis], lang: LanguageData
) -> tuple[TimelineEntry, ...]:
    """The timeline with its event entries sorted out: a day that dates only a telling left
    out, a happening recalled from before the story's news moved to background; every other
    entry as it was. (A telling long past, a hearing's question or a review's finding, is
    itself a happening the story recalls: background keeps it.)"""
    published = sorted(a.article.published for a in analyses if a.article.published)
    leads = [s for a in analyses for s in lead(a, lang)]
    start = _first_lead_day(analyses, leads, published, lang)
    by_id = {a.article.id: a for a in analyses}
    kept = []
    for entry in entries:
        if entry.kind != "event":
            kept.append(entry)
            continue
        told = _told(entry, by_id, published, lang)
        if any(dates_a_telling(sentence.text, mention.text, lang) for sentence, mention in told):
            continue
        if any(lang.dates.past_perfect.search(_main_clause(s.text, lang)) for s, _ in told) or (
            start is not None and _recalled(entry, told, leads, start, lang)
        ):
            entry = replace(entry, kind="background")
        kept.append(entry)
    return tuple(kept)


def lead(analysis: Analysis, lang: LanguageData) -> list[Sentence]:
    """An article's lead: its first sentences long enough to tell something, not captions."""
    found = [
        s
        for s in sorted(analysis.sentences, key=lambda s: s.index)
        if len(s.text.split()) >= LEAD_MIN_WORDS and not lang.boilerplate.caption.search(s.text)
    ]
    return found[:LEAD_SENTENCES]


def _first_lead_day(
    analyses: Sequence[Analysis],
    leads: Sequence[Sentence],
    published: Sequence[str],
    lang: LanguageData,
) -> date | None:
    """The first day any article's lead dates a happening or a telling on (a day or a week,
    within the story's days: not a plan, a deadline, a day long before, nor a day that only names
    a thing, "last Friday's attacks"): where the story's own news begins. None when no
    lead names one: then nothing tells its news from what led up to it."""
    first = day_of(published[0]) if published else None
    last = day_of(published[-1]) if published else None
    if first is None or last is None:
        return None
    in_lead = {(s.article, s.index) for s in leads}
    days = [
        date.fromisoformat(m.date)
        for a in analyses
        for m in story_mentions(a, published, lang)
        if (a.article.id, m.sentence) in in_lead
        and m.precision in ("day", "week")
        and m.kind in ("event", "report")
        and (first - date.fromisoformat(m.date)).days <= EVENT_WINDOW_DAYS
        and date.fromisoformat(m.date) <= last
    ]
    return min(days, default=None)


def _told(
    entry: TimelineEntry,
    by_id: dict[str, Analysis],
    published: Sequence[str],
    lang: LanguageData,
) -> list[tuple[Sentence, DateMention]]:
    """Each source's sentence of an entry, with the date it is shown under as written there."""
    texts = {(c.sources[0], c.text) for c in entry.said if c.sources} or {
        (source, entry.text) for source in entry.sources
    }
    found = []
    for source, text in sorted(texts):
        analysis = by_id.get(source)
        if analysis is None:
            continue
        for sentence in analysis.sentences:
            if sentence.text != text:
                continue
            found += [
                (sentence, m)
                for m in story_mentions(analysis, published, lang)
                if m.sentence == sentence.index and m.date == entry.date
            ][:1]
    return found


def dates_a_telling(sentence: str, written: str, lang: LanguageData) -> bool:
    """Whether a date written in a sentence dates only the telling of something: set after the
    news in its attribution (", the network announced Tuesday."), or dating a main clause whose
    verb is a word of saying, the date written before it ("On Sunday, she disclosed that ...",
    "On May 3 on the radio, the mayor said ..."): timeline.py reads a date's own clause so
    (dates.py), a date set in front of the clause it dates is read here."""
    at = sentence.find(written)
    if at < 0:
        return False
    pieces = sentence[:at].split(", ")
    attribution = [w.strip(_EDGE) for w in pieces[-1].split()]
    if attribution and attribution[-1].lower() in lang.dates.adjunct_openers:
        attribution = attribution[:-1]  # "announced on Tuesday"
    grammar = lang.dates
    if (
        len(pieces) > 1
        and 0 < len(attribution) <= ATTRIBUTION_MAX_WORDS
        and any(p.fullmatch(attribution[-1]) for p in (grammar.report_words, grammar.announcing))
        and len(sentence[at + len(written) :].strip()) <= ATTRIBUTION_TAIL_CHARS
    ):
        return True
    verb = _main_verb(sentence, lang)
    # the verb after the date: a date after it is in its clause, or in what was said
    return (
        bool(verb) and grammar.report_words.fullmatch(verb) is not None and sentence.find(verb) > at
    )


def _main_verb(sentence: str, lang: LanguageData) -> str:
    """The main verb of a sentence's main clause as written ("disclosed"), or nothing."""
    told = happening(sentence, lang)
    if told is None:
        return ""
    stem, core = told
    # happening() gives a verb without a stem (a stop word: "said") as written, in lower case
    return next(
        (
            bare
            for bare in (w.strip(_EDGE) for w in core.split())
            if bare.lower() == stem or stem in stems(bare, lang)
        ),
        "",
    )


def _main_clause(sentence: str, lang: LanguageData) -> str:
    """The core of a sentence's main clause (its subject, verb and object; see
    `timeline.happening`), or nothing when none is found."""
    told = happening(sentence, lang)
    return told[1] if told else ""


def _recalled(
    entry: TimelineEntry,
    told: Sequence[tuple[Sentence, DateMention]],
    leads: Sequence[Sentence],
    start: date,
    lang: LanguageData,
) -> bool:
    """Whether an event entry is a happening the story recalls from before its news: all its
    days before the first day a lead names, its sentence no lead, and no lead telling the same
    happening."""
    last = date.fromisoformat((entry.end or entry.date)[:10])
    if entry.precision == "week":
        last = date.fromordinal(last.toordinal() + WEEK_DAYS - 1)
    if last >= start or not told:
        return False
    in_lead = {(s.article, s.index) for s in leads}
    return not any(
        (sentence.article, sentence.index) in in_lead
        or any(same_happening(sentence.text, other.text, lang) for other in leads)
        for sentence, _ in told
    )
