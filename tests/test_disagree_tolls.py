"""Tolls (issue 17): what an event did (its dead, its injured, its arrests) is one slot of the
event, told by the word that names the event; a toll counted on two days is two moments. Every
text here is made up."""

from __future__ import annotations

from generator.models import Analysis
from tests.test_claims import _shown, analysis

FIRE = "A fire at the depot killed 12 people on Monday."
OTHER_FIRE = "Officials said 15 people were killed in the depot fire."
SIDES = ["Figure: how many (depot killed people)", ("12", ("a",)), ("15", ("b",))]


def _sides(*analyses: Analysis) -> list[list[object]]:
    return [
        [conflict.topic.split(", in")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses)
    ]


def test_a_toll_told_in_other_words_disagrees_but_not_with_a_count_of_another_thing() -> None:
    # Only "depot" tells the slot beyond the dead themselves: enough for a toll.
    assert _sides(analysis("a", FIRE), analysis("b", OTHER_FIRE)) == [SIDES]
    # Shots fired and bullets that hit: two slots of one event.
    fired = "The guard fired 30 shots at the depot gate, police said."
    hit = "Police said 9 bullets hit the depot gate."
    assert _sides(analysis("a", fired), analysis("b", hit)) == []


def test_a_toll_of_two_moments_is_no_disagreement() -> None:
    # Papers of one day (or undated) tell one moment; papers of two days, a count and its update.
    assert _sides(analysis("a", FIRE, "2019-03-04"), analysis("b", OTHER_FIRE, "2019-03-04")) == [
        SIDES
    ]
    assert _sides(analysis("a", FIRE, None), analysis("b", OTHER_FIRE, None)) == [SIDES]
    assert _sides(analysis("a", FIRE, "2019-03-04"), analysis("b", OTHER_FIRE, "2019-03-06")) == []
    # Told as a change: the count at one moment.
    rose = "The toll of the depot fire rose to 15 people killed, officials said."
    assert _sides(analysis("a", FIRE), analysis("b", rose)) == []


def test_a_toll_told_as_the_value_of_the_toll_disagrees_on_every_side() -> None:
    stood = analysis("a", "The death toll from the mine blast stood at 40.")
    put = analysis("b", "Officials put the death toll from the mine blast at 43.")
    killed = analysis("c", "The mine blast killed 42 people, officials said.")
    (toll,) = _shown(stood, put, killed)
    assert [(c.text, c.sources) for c in toll.claims] == [
        ("40", ("a",)),
        ("42", ("c",)),
        ("43", ("b",)),
    ]
