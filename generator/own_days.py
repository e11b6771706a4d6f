"""Which of a story's dated happenings are its own news (issue 17).

The timeline (timeline.py) shows as the story's own day every happening dated within a few days
before its first report. Two kinds of dated sentence are not that:

- A day that dates only the telling of something is no happening at all: "On Sunday, she
  disclosed that he had called her" tells what she made known that day, and "X will join the
  show, the network announced Tuesday" dates the network's words. Such an entry is not shown (a
  day something was said is never a timeline event: dates.py reads "said on Tuesday" so when the
  date is in the clause of the saying; a date set in front of that clause, or a verb of
  announcing set after the news, is read here). Announcing a decision or a deed of one's own is
  a happening ("announced Tuesday he is running"): it stays.
- A happening told in the past perfect ("the issue had come up Friday") happened before the
  time the story tells: it is shown as background, under "earlier", still true at its date.
  Not so when the date is the time by which it was done ("by Tuesday the toll had risen"): that
  dates a state of the story's own day.

Not done here: telling a step of the story from a happening recalled on a day of the same week
(a rally on the Saturday before the vote the story reports). A rule that moved every happening
dated before the first day the articles' leads name, and told by no lead, to background was
measured (session 14): it moved more of the story's own steps ("On Monday, Ms. Roe rejected the
subpoena" beside a lead on the subpoena) than recalled happenings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.lang.schema import LanguageData
from generator.models import Analysis, DateMention, Sentence, TimelineEntry
from generator.restate import stems
from generator.timeline import happening, story_mentions

# After an attribution's verb and its date, at most this many characters end the sentence
# (", NBC announced on Tuesday."): the date is the attribution's.
ATTRIBUTION_TAIL_CHARS = 3
# An attribution set after the news has a short subject ("the network", "NBC News").
ATTRIBUTION_MAX_WORDS = 5
# Punctuation around a word.
_EDGE = ".,;:!?\"'“”‘’()"


def checked(
    entries: Sequence[TimelineEntry], analyses: Sequence[Analysis], lang: LanguageData
) -> tuple[TimelineEntry, ...]:
    """The timeline with its event entries sorted out: a day that dates only a telling left
    out, a happening told in the past perfect moved to background; every other entry as it
    was. (A telling long past, a hearing's question or a review's finding, is itself a
    happening the story recalls: background keeps it.)"""
    published = sorted(a.article.published for a in analyses if a.article.published)
    by_id = {a.article.id: a for a in analyses}
    kept = []
    for entry in entries:
        if entry.kind != "event":
            kept.append(entry)
            continue
        told = _told(entry, by_id, published, lang)
        if any(dates_a_telling(sentence.text, mention.text, lang) for sentence, mention in told):
            continue
        if any(
            lang.dates.past_perfect.search(_main_clause(s.text, lang))
            and not _reached_by(s.text, m.text, lang)
            for s, m in told
        ):
            entry = replace(entry, kind="background")
        kept.append(entry)
    return tuple(kept)


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


def _reached_by(sentence: str, written: str, lang: LanguageData) -> bool:
    """Whether a date is the time by which a past perfect's happening was done ("By Tuesday
    the toll had risen to 19"): the state is the news of that day, not an earlier happening."""
    at = sentence.find(written)
    words = (sentence[:at].split()[-1:] if at > 0 else []) + written.split()[:1]
    return any(w.strip(_EDGE).lower() in lang.dates.done_by for w in words)


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
