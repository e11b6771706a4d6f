"""What every kind of disagreement (disagree.py, occasions.py, named_slots.py) is built from:
the groups of claims linked as one slot, and the topic a reader sees it under."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from generator.lang.schema import LanguageData
from generator.summary import shorten

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
