"""Where a named person lives, told as two towns by two sources ("Jane Doe, 34, of Elmton" and
"Jane Doe of Oakvale is charged"; "Jane Doe, who lived in Oakvale,").

Precision first: a town is read only right after a name the story resolves to one of its people
(a surname that two people share names no one), as the whole run of capitalised words after "of"
or as the end of a clause after "who lives in". Two towns are compared only when both are small
places: a country, a state, a large city (the gazetteer) or an area ("Elm County", "the Oak
District") may hold the other, and so may a town that shares a word with it ("Richmond Hill",
"South Richmond Hill"); a story that writes the two towns in one sentence may be telling one
inside the other, and compares neither. A source that gives both towns is on no side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.conflict_parts import person_owner, plainest, topic
from generator.entities import gazetteer
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, Entity
from generator.text import fold


@dataclass(frozen=True)
class _Home:
    """A town one source gives as where a person lives, with the sentence it is written in."""

    source: str
    person: str  # the person's folded full name
    town: str  # as written
    sentence: str


def residence_conflicts(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """The people whose town two sources give as two (see above)."""
    owner = person_owner(people)
    names = {fold(p.name): p.name for p in people if p.type == "person"}
    homes = [h for a in analyses for h in _homes(a, owner, lang)]
    sentences = [fold(s.text) for a in analyses for s in a.sentences]
    found = []
    for person in sorted({h.person for h in homes}):
        towns: dict[str, set[str]] = defaultdict(set)  # folded town -> its sources
        for h in homes:
            if h.person == person and _small(fold(h.town), lang):
                towns[fold(h.town)].add(h.source)
        if len(towns) < 2 or not _apart(list(towns), sentences):
            continue
        sides = {
            town: {s for s in sources if not any(s in towns[t] for t in towns if t != town)}
            for town, sources in towns.items()
        }
        sides = {town: sources for town, sources in sides.items() if sources}
        if len(sides) < 2:
            continue  # every source that tells a second town tells both
        said = [
            h.sentence
            for h in homes
            if h.person == person and h.source in sides.get(fold(h.town), ())
        ]
        written = {fold(h.town): h.town for h in homes if h.person == person}
        text = plainest(said)
        found.append(
            Conflict(
                f"Place: where {names.get(person, person)} lives, in “{topic(text, lang)}”",
                tuple(
                    Cited(written[town], tuple(sorted(sources)))
                    for town, sources in sorted(sides.items())
                ),
            )
        )
    return found


def _homes(analysis: Analysis, owner: dict[str, str], lang: LanguageData) -> list[_Home]:
    """The towns an article gives as where one of the story's people lives."""
    found = []
    for sentence in analysis.sentences:
        for match in lang.disagreements.residence.finditer(sentence.text):
            town = match["place"] or match["lived_in"]
            person = _person(match["name"], owner)
            if person is None or set(fold(town).split()) & set(person.split()):
                continue  # no one of the story, or a name's own word ("Doe of Doe Farms")
            found.append(_Home(analysis.article.id, person, town, sentence.text))
    return found


def _person(name: str, owner: dict[str, str]) -> str | None:
    """The story's person a run of capitalised words ends with: the whole run, or its last words
    after a title ("Prosecutor Jane Doe"); a surname alone only when it is all the run, since
    "John Doe" may be another Doe than the one the surname stands for."""
    written = fold(name).split()
    initials = [w for w in written if len(w.rstrip(".")) > 1]  # "Jane Q. Doe" is "Jane Doe"
    for words in (initials, written) if initials != written else (written,):
        whose = _owner_of(words, owner)
        if whose != "":
            return whose
    return None


def _owner_of(words: Sequence[str], owner: dict[str, str]) -> str | None:
    """The person the words name, None for an unclear name, "" for none of the story."""
    for start in range(len(words)):
        form = " ".join(words[start:])
        if form in owner:
            whose = owner[form]
            if whose.startswith("?") or (start and len(words) - start == 1):
                return None  # two people's form, or a first name of someone else before it
            return whose
    return ""


def _small(town: str, lang: LanguageData) -> bool:
    """Whether a folded town is a small place: no run of its words in the gazetteer (a country, a
    state, a large city, or a part of one: "South Florida") and not named as an area ("Elm
    County"), any of which may hold another town; it says nothing against a town inside it."""
    words = town.split()
    large = gazetteer(lang)
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return words[-1] not in lang.names.place_words and not any(run in large for run in runs)


def _apart(towns: Sequence[str], sentences: Sequence[str]) -> bool:
    """Whether small towns are places neither of which may hold another: no two sharing a word
    or written in one sentence."""
    for n, first in enumerate(towns):
        for second in towns[n + 1 :]:
            if set(first.split()) & set(second.split()):
                return False
            if any(_writes(s, first) and _writes(s, second) for s in sentences):
                return False
    return True


def _writes(text: str, town: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(town)}(?!\w)", text) is not None
