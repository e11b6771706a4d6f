"""Tolls told in two articles' first sentences (issue 17): a lead tells the event its story is
of, so its toll's event words may be a clause away from the count; in digits or in words.
Every text here is made up."""

from __future__ import annotations

from generator.models import Analysis
from tests.test_claims import _shown, analysis

# Two outlets' leads on one avalanche: the count's own words share only "people" and "killed".
SLOPE = (
    "A wall of snow tore through the ski village of Dunmere on Friday, burying chalets and "
    "killing {} people.\nDogs searched the slope at dawn."
)
CHALETS = (
    "Snow swept down onto chalets in the ski village of Dunmere, and {} people were killed, "
    "police said.\nHelicopters flew in blankets."
)


def _tolls(first: str, second: str) -> list[list[object]]:
    built: list[Analysis] = [analysis("a", first), analysis("b", second)]
    return [
        [(c.text, c.sources) for c in conflict.claims]
        for conflict in _shown(*built)
        if conflict.topic.startswith("Figure")
    ]


def test_tolls_in_two_leads_are_one_slot() -> None:
    assert _tolls(SLOPE.format(6), CHALETS.format(8)) == [[("6", ("a",)), ("8", ("b",))]]
    # Tolls written in words, on one side or both.
    assert _tolls(SLOPE.format("six"), CHALETS.format(8)) == [[("6", ("a",)), ("8", ("b",))]]
    assert _tolls(SLOPE.format("six"), CHALETS.format("eight")) == [[("6", ("a",)), ("8", ("b",))]]


def test_leads_of_two_places_or_a_toll_after_the_lead_are_not() -> None:
    assert _tolls(SLOPE.format(6), CHALETS.format(8))
    # Two places named apart.
    other = CHALETS.replace("Dunmere", "Kelloch")
    assert _tolls(SLOPE.format(6), other.format(8)) == []
    # Leads that share no event word beyond the toll's own: two events.
    flood = "A river burst its banks in Dunmere, killing 8 people.\nRoads closed."
    assert _tolls(SLOPE.format(6), flood) == []
    # The toll in a later sentence needs the words next to it, as any figure.
    later = "Helicopters flew in blankets.\n" + CHALETS.format(8).split("\n", maxsplit=1)[0]
    assert _tolls(SLOPE.format(6), later) == []
