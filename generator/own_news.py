"""Which of a story's dated happenings are its own news, by who did them (issue 17).

A story's news is what its leads tell: the first sentence of each article that tells a
happening names the people, bodies and places of the story. The timeline (timeline.py) shows
as the story's own day every happening dated within a few days before its first report; among
them are happenings that led up to the news, done by others: a rival's rally on the Saturday
before the primary the lead reports, a relative's remark two days before the speech the lead
reports. Such a happening is background ("earlier"), still true at its date.

Such a happening is told apart when all of these hold: one article alone dates it (two articles
that date one happening tell it as news), it is not told in its article's lead, its main
clause's subject names someone (a name, not a pronoun or a noun that points back: "the
turnout", "he"), none of whose names any lead of the story gives and whom no other article of
the story names (one of the story's players, whom more than one report names, does its steps),
what it was done to is named by no lead either ("filed a companion bill" beside leads on the
bill), and its day is before the first day its own article's lead dates. A happening after the
lead's, by whoever, is most often its consequence or the reaction to it ("The secretary of
state announced Wednesday that turnout was a record", after a lead on Tuesday's vote), and
stays the story's own; so does one whose doer the leads name ("On Monday, Ms. Roe rejected the
subpoena" beside a lead on the subpoena sent to her). Without a dated lead nothing tells what
came before the news: every entry stays as it was.
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
    """The timeline with the happenings that led up to the story, done by someone no lead
    names before the lead's day, moved to background; every other entry as it was."""
    published = sorted(a.article.published for a in analyses if a.article.published)
    leads = {a.article.id: (a, lead) for a in analyses if (lead := lead_sentence(a, lang))}
    named = frozenset(word for _, lead in leads.values() for word in name_words(lead.text, lang))
    # the names each article gives, anywhere in it
    names_in = {
        a.article.id: frozenset(word for s in a.sentences for word in name_words(s.text, lang))
        for a in analyses
    }
    return tuple(
        replace(entry, kind="background")
        if _led_up_to(entry, leads, (named, names_in), published, lang)
        else entry
        for entry in entries
    )


def _led_up_to(
    entry: TimelineEntry,
    leads: dict[str, tuple[Analysis, Sentence]],
    names: tuple[frozenset[str], dict[str, frozenset[str]]],
    published: Sequence[str],
    lang: LanguageData,
) -> bool:
    """Whether an event entry is a happening that led up to the story: dated by one article
    alone, not its lead, before the day its article's lead dates, done by someone no lead
    names, to something no lead names either."""
    if entry.kind != "event" or len(entry.sources) != 1 or entry.sources[0] not in leads:
        return False
    analysis, lead = leads[entry.sources[0]]
    if entry.text == lead.text:
        return False
    lead_day = _lead_day(analysis, lead, published, lang)
    if lead_day is None or date.fromisoformat(entry.date[:10]) >= lead_day:
        return False
    told = _doer_and_act(entry.text, lang)
    if told is None:
        return False
    doer, act = told
    named, names_in = names
    actors = _names(doer, lang)
    if not actors or set(actors) & named:
        return False
    # the doer's own name (a name's last word: "Jeb" of "Bush's brother Jeb") given by another
    # article of the story: one of the story's players, whom more than one report names
    source = entry.sources[0]
    if any(actors[-1] in found for other, found in names_in.items() if other != source):
        return False
    leads_tell = frozenset(
        lang.restating.uninflect(word.strip(_EDGE).lower())
        for _, other in leads.values()
        for word in other.text.split()
    )
    return not _words(act, lang) & leads_tell


def lead_sentence(analysis: Analysis, lang: LanguageData) -> Sentence | None:
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
    object: "Gov. Jerry Brown", "her" of "On Tuesday, Gov. Jerry Brown endorsed her"), as
    written; None when no main clause is found, or when its verb is one of saying ("Fox News
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
    small words' list holds it ("a companion bill": the list holds a few nouns)."""
    words = [w.strip(_EDGE).lower() for w in text.split()]
    found = {
        lang.restating.uninflect(w)
        for w in words
        if w.isalpha() and w not in lang.stop_words and w not in lang.calendar.calendar_words
    }
    if words and words[-1].isalpha() and words[-1] not in lang.dates.determiners:
        found.add(lang.restating.uninflect(words[-1]))
    return frozenset(found)


def name_words(text: str, lang: LanguageData) -> frozenset[str]:
    """The words of the names a stretch of text gives, in lower case (see `_names`)."""
    return frozenset(_names(text, lang))


def _names(text: str, lang: LanguageData) -> list[str]:
    """The words of the names a stretch of text gives, in lower case and in order: capitalised
    words that are no small word, title, or word of the calendar ("Gov. Jerry Brown" ->
    ["jerry", "brown"]; "The turnout" -> none)."""
    words = (w.strip(_EDGE) for w in _NAME_BREAK.split(text))
    return [
        word.lower()
        for word in words
        if word[:1].isupper()
        and word.lower() not in lang.stop_words
        and word.lower().rstrip(".") not in lang.titles.title_words
        and word.lower() not in lang.calendar.calendar_words
    ]
