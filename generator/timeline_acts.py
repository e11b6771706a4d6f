"""One timeline entry per happening: who did what, told by two sentences in their own words.

timeline.py joins two sentences of one date when one states the other (`same_happening`); a
story still showed "Holt was moved to the list Tuesday" and "the Comets moved forward Holt to
the reserve list Tuesday" as two entries, and a list article's heading in capitals beside the
sentence under it. Here two sentences of one date tell one happening when their main verbs are
one (its stem) and the names of one's actor and act are all among the other's ("Comets moved
Holt" and "Comets moved Pike" stay two); a verb of saying is read through to what was said
("the coach announced Wednesday that Pike was placed on the reserve list").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.lang.schema import LanguageData
from generator.models import DateMention, Sentence
from generator.restate import stems
from generator.text import fold

# A happening as timeline.happening reads it: the stem of its main verb and its core.
Told = tuple[str, str] | None

_EDGE = ".,;:!?()\"“”'’"
# A name word shorter than this keeps a final "s" ("Ross"); longer, "Comets" and "Comet"
# are one name.
SHORTEST_PLURAL_NAME = 4
# Of a heading's content words, at least this share must be among the sentence's it stands over.
HEADING_SHARE = 2 / 3


def same_act(one: str, other: str, told_one: Told, told_other: Told, lang: LanguageData) -> bool:
    """Whether two sentences of one date tell one happening: the same main verb (its stem),
    neither negated alone, and the names of one's actor and act all among the other's (none
    may name no one: "police arrested a man" twice is not one arrest)."""
    if told_one is None or told_other is None or told_one[0] != told_other[0]:
        return False
    if _negated(told_one[1], lang) != _negated(told_other[1], lang):
        return False
    names_one, names_other = actor_names(one, told_one, lang), actor_names(other, told_other, lang)
    if not names_one or not names_other:
        return False
    return names_one <= names_other or names_other <= names_one


def actor_names(sentence: str, told: tuple[str, str], lang: LanguageData) -> frozenset[str]:
    """The name words of a happening's actor and act: those of the sentence up to the end of its
    core (subject, verb, object), the subject's asides too ("Another Comet, forward Dana
    Pike, was fined"), lower case, a plural's "s" dropped, no day or month. The sentence's
    first word counts when it is capitalised and no function word."""
    core = told[1].split()
    at = sentence.find(core[-1]) if core else -1
    told_up_to = sentence[: at + len(core[-1])] if at >= 0 else told[1]
    calendar = lang.calendar
    names = set()
    for index, written in enumerate(told_up_to.split()):
        word = written.strip(_EDGE).removesuffix("'s").removesuffix("’s")
        folded = fold(word)
        if not word[:1].isupper() or not folded.isalpha() or folded in lang.stop_words:
            continue
        if folded in calendar.calendar_words or folded in calendar.month_numbers:
            continue  # "Jan. 6", "Tuesday": when, not who
        if index == 0 and word.isupper():
            continue
        names.add(_one_form(folded))
    return frozenset(names)


def _one_form(name: str) -> str:
    return name[:-1] if len(name) >= SHORTEST_PLURAL_NAME and name.endswith("s") else name


def _negated(core: str, lang: LanguageData) -> bool:
    words = fold(core).split()
    return any(w in lang.dates.negations or w.endswith(("n't", "n’t")) for w in words)


_THAT = re.compile(r"\bthat\s+")


def reported(sentence: str, told: Told, lang: LanguageData) -> str | None:
    """What a sentence whose main verb is one of saying reports, as a sentence of its own ("Coach
    Roe announced Wednesday that Doe was placed on IR" -> "Doe was placed on IR"); None for any
    other sentence."""
    if told is None:
        return None
    verb = fold(told[1].split()[-1].strip(_EDGE)) if told[1].split() else ""
    if verb not in lang.verbs.speech:
        return None
    at = sentence.find(told[1].split()[-1])
    found = _THAT.search(sentence, at) if at >= 0 else None
    return sentence[found.end() :] if found else None


def heading_over(heading: str, source: str, sentence: str, other: str, lang: LanguageData) -> bool:
    """Whether a sentence in capitals ("IN 1969, THE QUEEN OPENED THE LINE.") is the heading of
    another sentence of its own source on the same date: most of its content words are that
    sentence's. The heading says again what the sentence under it tells."""
    if source != other or not heading.isupper() or sentence.isupper():
        return False
    words = stems(heading.lower(), lang)
    return bool(words) and len(words & stems(sentence.lower(), lang)) >= HEADING_SHARE * len(words)


# Dates of a sentence that date no happening of it: the day something was said ("Tuesday's
# lawsuit says"), a year naming a thing.
_NOT_A_HAPPENING = ("report", "modifier")


def days_pointed_back(
    mentions: Sequence[DateMention], sentences: Sequence[Sentence], lang: LanguageData
) -> list[DateMention]:
    """An article's dates, a sentence that points back to a day ("On that day, Roe obtained an
    order") dated by the one full date (a day) of the sentence before it, and by no other date
    it writes (a year of a clause beside it is not the day pointed to); with no such date
    before it (the day of a report is none), the sentence dates nothing (which day is meant
    is a guess)."""
    pointing = {s.index: s for s in sentences if lang.dates.day_pointed_back.search(s.text)}
    if not pointing:
        return list(mentions)
    kept = [m for m in mentions if m.sentence not in pointing]
    for index, sentence in pointing.items():
        before = [
            m
            for m in mentions
            if m.sentence == index - 1 and m.kind not in _NOT_A_HAPPENING and m.precision == "day"
        ]
        if len(before) == 1 and before[0].last is None:
            written = lang.dates.day_pointed_back.search(sentence.text)
            assert written is not None
            kept.append(replace(before[0], text=written[0], sentence=index, span=None))
    return kept
