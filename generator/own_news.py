"""Which of a story's dated happenings are its own news, by who did them (issue 17).

A report's news is what its lead tells: its first sentence that tells a happening names the
people, bodies and places of the news. The timeline (timeline.py) shows as the story's own day
every happening dated within a few days before the report; among them are happenings that led
up to the news, done by others: a rival's rally on the Saturday before the primary the lead
reports, a campaign's memo the day before the vote, a poll out the day before the speech.
Such a happening is background ("earlier"), still true at its date.

In a story of one report, a happening is told apart so when all of these hold: it is not the
lead's, its day is before the first day the lead dates, its main clause's subject names someone
(a name, not a pronoun or a noun that points back: "the turnout", "he") whom the lead does not
name, and what it was done to is named by the lead neither ("filed a rival levy" beside a
lead on the levy). A happening after the lead's, by whoever, is most often its consequence or
the reaction to it ("The harbour master closed the quay on Thursday", after a lead on
Tuesday's vote), and stays the story's own; so does one whose doer the lead
names ("On Monday, Ms. Roe rejected the subpoena" beside a lead on the subpoena sent to her).
Without a dated lead nothing tells what came before the news: every entry stays as it was.

A story of several reports is left as it was: what one report alone tells beside its lead may
be a step of the news that the other reports lead with or name elsewhere, and on the labelled
stories of several reports the same reading moved as many right entries as wrong ones
(session 15: one wrong of a tuning half, one right of a held-out half).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from generator.lang.schema import LanguageData
from generator.models import Analysis, Sentence, TimelineEntry
from generator.restate import stems
from generator.timeline import happening, story_mentions

# A lead tells its happening in a sentence of at least this many words: a shorter first
# "sentence" is a heading or a fragment of one ("U.S.", "ABSTRACT.").
LEAD_MIN_WORDS = 6
# What a name is cut into words at: spaces, hyphens and possessives ("Anti-Trump", "Ryan's").
_NAME_BREAK = re.compile(r"[\s\-–—]+|['’]s?\b")
_EDGE = ".,;:!?\"'“”‘’()"


def checked(
    entries: Sequence[TimelineEntry], analyses: Sequence[Analysis], lang: LanguageData
) -> tuple[TimelineEntry, ...]:
    """The timeline of a story of one report with the happenings that led up to its news (see
    the module's docstring) moved to background; every other entry, and every entry of a story
    of several reports, as it was."""
    if len(analyses) != 1:
        return tuple(entries)
    (analysis,) = analyses
    lead = _lead_sentence(analysis, lang)
    published = [analysis.article.published] if analysis.article.published else []
    lead_day = _lead_day(analysis, lead, published, lang) if lead else None
    if lead is None or lead_day is None:
        return tuple(entries)
    return tuple(
        replace(entry, kind="background") if _led_up_to(entry, lead, lead_day, lang) else entry
        for entry in entries
    )


def _led_up_to(entry: TimelineEntry, lead: Sentence, lead_day: date, lang: LanguageData) -> bool:
    """Whether an event entry is a happening that led up to the news its lead tells: not the
    lead, before the lead's day, done by someone the lead does not name, to something it does
    not name either."""
    if entry.kind != "event" or entry.text == lead.text:
        return False
    if date.fromisoformat(entry.date[:10]) >= lead_day:
        return False
    told = _doer_and_act(entry.text, lang)
    if told is None:
        return False
    doer, act = told
    actors = _name_words(doer, lang)
    if not actors or actors & _name_words(lead.text, lang):
        return False
    lead_tells = frozenset(
        lang.restating.uninflect(word.strip(_EDGE).lower()) for word in lead.text.split()
    )
    return not _words(act, lang) & lead_tells


def _lead_sentence(analysis: Analysis, lang: LanguageData) -> Sentence | None:
    """An article's lead: its first sentence that tells a happening (a main clause with a verb
    in the past or an auxiliary), long enough not to be a heading."""
    for sentence in sorted(analysis.sentences, key=lambda s: s.index):
        if len(sentence.text.split()) >= LEAD_MIN_WORDS and happening(sentence.text, lang):
            return sentence
    return None


def _lead_day(
    analysis: Analysis, lead: Sentence, published: Sequence[str], lang: LanguageData
) -> date | None:
    """The first day the lead dates (a happening or the day it was told), or None when it
    dates no day."""
    days = [
        date.fromisoformat(m.date)
        for m in story_mentions(analysis, published, lang)
        if m.sentence == lead.index and m.precision == "day" and m.kind != "modifier"
    ]
    return min(days, default=None)


def _doer_and_act(sentence: str, lang: LanguageData) -> tuple[str, str] | None:
    """The subject of a sentence's main clause and what follows its main verb in its core (its
    object), as written ("On Tuesday, Gov. Ada Quill vetoed the levy": "Gov. Ada Quill", "the
    levy"); None when no main clause is found, or when its verb is one of saying ("the radio
    confirmed that ..."): who did what is then in what was said."""
    told = happening(sentence, lang)
    if told is None:
        return None
    stem, core = told
    words = core.split()
    # happening() gives a verb without a stem (a stop word: "said") as written, in lower case
    verb = next(
        (
            at
            for at, word in enumerate(words)
            if word.strip(_EDGE).lower() == stem or stem in stems(word.strip(_EDGE), lang)
        ),
        None,
    )
    if verb is None or lang.dates.report_words.fullmatch(words[verb].strip(_EDGE)):
        return None
    return " ".join(words[:verb]), " ".join(words[verb + 1 :])


def _words(text: str, lang: LanguageData) -> frozenset[str]:
    """The words of an act that name what was done or to what, in lower case and without
    their endings: its content words, and its last one (the head of its object) even when the
    small words' list holds it ("a rival bill": the list holds a few nouns)."""
    words = [w.strip(_EDGE).lower() for w in text.split()]
    found = {
        lang.restating.uninflect(w)
        for w in words
        if w.isalpha() and w not in lang.stop_words and w not in lang.calendar.calendar_words
    }
    if words and words[-1].isalpha() and words[-1] not in lang.dates.determiners:
        found.add(lang.restating.uninflect(words[-1]))
    return frozenset(found)


def _name_words(text: str, lang: LanguageData) -> frozenset[str]:
    """The words of the names a stretch of text gives, in lower case: capitalised words that
    are no small word, title, or word of the calendar ("Gov. Ada Quill" -> {"ada",
    "quill"}; "The turnout" -> none)."""
    words = (w.strip(_EDGE) for w in _NAME_BREAK.split(text))
    return frozenset(
        word.lower()
        for word in words
        if word[:1].isupper()
        and word.lower() not in lang.stop_words
        and word.lower().rstrip(".") not in lang.titles.title_words
        and word.lower() not in lang.calendar.calendar_words
    )
