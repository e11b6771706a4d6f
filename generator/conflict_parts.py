"""What every kind of disagreement (disagree.py, occasions.py, named_slots.py, residences.py) is
built from: the groups of claims linked as one slot, the topic a reader sees it under, and whose
a written name is."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from generator.lang.schema import LanguageData
from generator.models import Entity
from generator.summary import shorten
from generator.text import fold

# Where a sentence's clauses break: commas, semicolons, colons, brackets, dashes.
CLAUSE_BREAK = re.compile(r"\s*[,;:()]\s+|\s+[—–-]+\s+")
# A disagreement's topic is the plainest sentence that states it, cut to this length.
TOPIC_MAX_CHARS = 120

# An item of a graph of links: a claim's index, or a source with an index.
Node = TypeVar("Node", int, tuple[str, int])


def components(links: Mapping[Node, set[Node]]) -> list[list[Node]]:
    """The linked groups of items, each in order, in the order of their first item."""
    seen: set[Node] = set()
    found = []
    for start in sorted(links):
        if start in seen:
            continue
        component: set[Node] = set()
        todo = [start]
        while todo:
            item = todo.pop()
            if item not in component:
                component.add(item)
                todo.extend(links[item] - component)
        seen |= component
        found.append(sorted(component))
    return found


def plainest(texts: Iterable[str]) -> str:
    """The shortest of the sentences, the first in order among equals."""
    return min(texts, key=lambda t: (len(t), t))


def topic(text: str, lang: LanguageData) -> str:
    """A sentence cut to a topic's length (its main clause, see `summary.shorten`)."""
    return shorten(text, lang, TOPIC_MAX_CHARS) or text


def person_owner(people: Sequence[Entity]) -> dict[str, str]:
    """Each written form of the story's people (name, aliases, a surname no one else has) ->
    the folded full name of its person; a form two people share -> "?" and the form."""
    named: dict[str, str | None] = {}
    surnames: dict[str, str | None] = {}
    for person in people:
        if person.type != "person":
            continue
        whose = fold(person.name)
        for form in (person.name, *person.aliases):
            if key := fold(form):
                named[key] = None if named.get(key, whose) != whose else whose
                last = key.split()[-1]
                surnames[last] = None if surnames.get(last, whose) != whose else whose
    forms = {**{k: v for k, v in surnames.items() if k not in named}, **named}
    # A form two people share names neither: it stays, owned by no one, so that a sentence
    # that writes it has an unclear subject.
    return {k: v or f"?{k}" for k, v in forms.items()}
