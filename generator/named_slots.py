"""Named roles in the event that sources fill with different names: the body that did one thing
("the House Foreign Relations Committee" and "the House Foreign Affairs Committee" for the one
that questioned the same person), and the account that posted one video ("posted on YouTube by
JaneDoe99", "published under an account titled JDoeVids").

Precision first: a name is compared only with a name of the same kind of role, and never when
the two may be two things of the story. A body's two names are one body's when they are one
name but for one word inside it (the same first two words and the same noun of a body at the
end, "Committee"), a word that does not open the body's remit (it follows no word of a chamber
or a level of government: "Texas House Education Committee" and "Texas House Appropriations
Committee" are two), so that a committee and its subcommittee, a name and its short form, or two
chambers' committees never disagree; each is written next to one person of the story that both
sentences name, in a sentence that tells no other time ("later met"); and the story writes no
third name of that pattern. An account is compared only
with an account that posted on the same platform, never one told as posting another time or
another thing ("a second video", "later shared"). A source that writes both names anywhere is
on no side.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.conflict_parts import plainest, topic
from generator.lang import tells_another
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, Entity, Sentence
from generator.text import fold

# A body's name holds at least this many words ("House Foreign Affairs Committee"): in a
# shorter one, the word that differs is most of the name ("House Judiciary Committee", "House
# Oversight Committee" are two committees).
BODY_NAME_WORDS = 4
# Words of a body's name, at least, before the word that differs: the chamber or place and the
# first word of its remit ("House Foreign"); one ("House Armed Services", "House Financial
# Services") leaves two committees of one chamber.
BODY_SHARED_OPENING = 2

# Capitalised words in a row, with the initials and hyphens of names.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class _Named:
    """A name one source gives a role, with the sentence it is written in."""

    source: str
    name: tuple[str, ...]  # its words, as written
    sentence: Sentence


def named_slot_conflicts(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """The named roles sources fill with different names (see above)."""
    return [*_body_names(analyses, people, lang), *_posting_accounts(analyses, lang)]


# Bodies ------------------------------------------------------------------------------------------


def _body_names(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """Two names of one body (see above)."""
    named = [n for a in analyses for n in _bodies_in(a, lang)]
    written = {a.article.id: {n.name for n in named if n.source == a.article.id} for a in analyses}
    by_pattern: dict[tuple[int, tuple[str, ...], str], set[tuple[str, ...]]] = defaultdict(set)
    jurisdictions = lang.disagreements.body_jurisdictions
    for n in named:
        for at in range(BODY_SHARED_OPENING, len(n.name) - 1):
            if n.name[at - 1].lower() not in jurisdictions:  # else the remit's first word differs
                by_pattern[_pattern(n.name, at)].add(n.name)
    pairs = {p: names for p, names in by_pattern.items() if len(names) == 2}
    if not pairs:
        return []  # one name, or three: which two are one body is not clear
    persons = _person_forms(people)
    found = []
    for pattern, names in sorted(pairs.items()):
        first, second = sorted(names)
        sides: dict[tuple[str, ...], set[str]] = defaultdict(set)
        said: dict[str, Sentence] = {}
        for n in named:
            if n.name not in names or (first in written[n.source] and second in written[n.source]):
                continue  # a source that names both knows two bodies
            other = second if n.name == first else first
            if any(_one_person(n.sentence, m.sentence, persons) for m in named if m.name == other):
                sides[n.name].add(n.source)
                said.setdefault(n.source, n.sentence)
        if len(sides) == 2:
            found.append(_conflict(f"the {pattern[2]}'s name", sides, said, lang))
    return found


def _bodies_in(analysis: Analysis, lang: LanguageData) -> list[_Named]:
    """The names of bodies an article writes: capitalised words in a row that end with a noun of
    a body ("House Foreign Affairs Committee"), "The" before them left out."""
    bodies = lang.disagreements.body_nouns
    named = _body_noun_pattern(bodies)
    found = []
    for sentence in analysis.sentences:
        if not named.search(sentence.text):
            continue  # most sentences name no body
        for run in _CAPITALISED_RUN.finditer(sentence.text):
            words = [_POSSESSIVE.sub("", w.rstrip(".")) for w in run[0].split()]
            if words and words[0].lower() in lang.stop_words:
                words = words[1:]
            ends = [n for n, w in enumerate(words) if w.lower() in bodies]
            if tells_another(sentence.text[: run.start()], lang):
                continue  # "Doe later met the ... Committee": another meeting, maybe another body
            if ends and ends[-1] + 1 >= BODY_NAME_WORDS:
                found.append(_Named(analysis.article.id, tuple(words[: ends[-1] + 1]), sentence))
    return found


@functools.lru_cache(maxsize=8)
def _body_noun_pattern(bodies: frozenset[str]) -> re.Pattern[str]:
    """A body's noun in any case ("Committee"), made once per language."""
    return re.compile(rf"\b(?:{'|'.join(sorted(bodies))})\b", re.IGNORECASE)


def _pattern(name: tuple[str, ...], at: int) -> tuple[int, tuple[str, ...], str]:
    """A name with its word at `at` left open: its length, its other words and its last word in
    lower case (the noun of the body)."""
    return (len(name), (*name[:at], "", *name[at + 1 :]), name[-1].lower())


def _person_forms(people: Sequence[Entity]) -> dict[str, re.Pattern[str]]:
    """Each person of the story, by name, as a pattern of the names and surname they go by."""
    found = {}
    for person in people:
        if person.type != "person":
            continue
        forms = {fold(f) for f in (person.name, *person.aliases) if fold(f)}
        forms |= {f.split()[-1] for f in forms if len(f.split()) > 1}
        alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        found[person.name] = re.compile(rf"(?<![\w'])(?:{alternatives})(?!\w)")
    return found


def _one_person(first: Sentence, second: Sentence, persons: dict[str, re.Pattern[str]]) -> bool:
    """Whether two sentences name one person of the story."""
    a, b = fold(first.text), fold(second.text)
    return any(p.search(a) and p.search(b) for p in persons.values())


# Accounts ----------------------------------------------------------------------------------------


def _posting_accounts(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """Two accounts named as the one that posted on one platform: a handle after "posted ...
    by" or "an account titled", in a sentence that names one platform."""
    grammar = lang.disagreements
    posted: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    said: dict[tuple[str, str], Sentence] = {}
    for analysis in analyses:
        for sentence in analysis.sentences:
            platforms = {m[0].lower() for m in grammar.platform.finditer(sentence.text)}
            if len(platforms) != 1:
                continue
            platform = next(iter(platforms))
            for match in grammar.posted_by.finditer(sentence.text):
                handle = (match["handle"] or match["handle2"] or "").rstrip(".-")
                if tells_another(sentence.text[: match.start()], lang):
                    continue  # "a second video was posted by ...", "later shared by ..."
                if grammar.handle.fullmatch(handle):
                    posted[platform][analysis.article.id].add(handle)
                    said.setdefault((platform, analysis.article.id), sentence)
    texts = {a.article.id: " ".join(s.text for s in a.sentences) for a in analyses if posted}
    found = []
    for platform, by_source in sorted(posted.items()):
        handles = {h for given in by_source.values() for h in given}
        sides: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for source, given in by_source.items():
            if len(given) != 1:
                continue
            handle = next(iter(given))
            if any(h != handle and _writes(texts[source], h) for h in handles):
                continue  # it names the other account too
            sides[(handle,)].add(source)
        if len(sides) >= 2:
            sentences = {s: said[(platform, s)] for side in sides.values() for s in side}
            found.append(_conflict("the account that posted it", sides, sentences, lang))
    return found


def _writes(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _conflict(
    slot: str,
    sides: dict[tuple[str, ...], set[str]],
    said: dict[str, Sentence],
    lang: LanguageData,
) -> Conflict:
    """A disagreement on a named role: each name with its sources."""
    text = plainest(said[s].text for side in sides.values() for s in side)
    return Conflict(
        f"Name: {slot}, in “{topic(text, lang)}”",
        tuple(
            Cited(" ".join(name), tuple(sorted(sources))) for name, sources in sorted(sides.items())
        ),
    )
