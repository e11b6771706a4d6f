"""Tolls (issue 17): what an event did (its dead, its injured, its arrests) is one slot of the
event, told by the word that names the event; a toll counted on two days is two moments. Every
text here is made up."""

from __future__ import annotations

from generator.claims import claims_of
from generator.lang.en import ENGLISH
from generator.models import Analysis
from tests.test_claims import _shown, analysis

FIRE = "A fire at the fuel depot killed 12 people on Monday."
OTHER_FIRE = "Officials said 15 people were killed in the fuel depot fire."
SIDES = ["Figure: how many (fuel depot killed people)", ("12", ("a",)), ("15", ("b",))]


def _sides(*analyses: Analysis) -> list[list[object]]:
    return [
        [conflict.topic.split(", in")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses)
    ]


def test_a_toll_told_in_other_words_disagrees_but_not_with_a_count_of_another_thing() -> None:
    # "fuel depot" tells the slot beyond the dead themselves: two words, as for any slot.
    assert _sides(analysis("a", FIRE), analysis("b", OTHER_FIRE)) == [SIDES]
    # One word ("depot") is as often of two events: no disagreement.
    one_word = "Officials said 15 people were killed in the depot fire."
    assert _none("A fire at the depot killed 12 people.", one_word)
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
    rose = "The toll of the fuel depot fire rose to 15 people killed, officials said."
    assert _sides(analysis("a", FIRE), analysis("b", rose)) == []


def test_a_toll_told_as_the_value_of_the_toll_disagrees_on_every_side() -> None:
    stood = analysis("a", "The death toll from the gas plant blast stood at 40.")
    put = analysis("b", "Officials put the death toll from the gas plant blast at 43.")
    killed = analysis("c", "The gas plant blast killed 42 people, officials said.")
    (toll,) = _shown(stood, put, killed)
    assert [(c.text, c.sources) for c in toll.claims] == [
        ("40", ("a",)),
        ("42", ("c",)),
        ("43", ("b",)),
    ]


def _none(first: str, second: str) -> bool:
    return _shown(analysis("a", first), analysis("b", second)) == []


def test_an_age_or_a_time_after_is_or_was_is_no_toll() -> None:
    # Only the value of a noun of an amount ("the toll", "the number") is a toll.
    assert _none(
        "The man arrested after the attack was 23.", "Police arrested 4 people after the attack."
    )
    assert _none("The man who was injured in the attack is 52.", "The attack injured 30 people.")
    (time,) = claims_of(analysis("a", "The fire that killed three people started at 3."), ENGLISH)
    assert time.thing != "dead"
    (number,) = claims_of(analysis("a", "The number of people injured was 30."), ENGLISH)
    assert number.thing == "injured"


def test_tolls_of_two_events_are_no_disagreement() -> None:
    assert _none("The first attack killed 10 people.", "The second attack killed 7 people.")
    assert _none(
        "The crash killed 4 people.", "Another crash on the same road killed 9 people last year."
    )
    assert _none("The attack killed 40 people.", "A previous attack killed 60 people.")
    assert _none(
        "The storm also killed 3 people in a neighbouring state.", "The storm killed 5 people."
    )
    assert _none("The blast at a second mine killed 7 miners.", "The blast killed 10 miners.")
    # Two days told apart (the days themselves are a minimal pair, compared apart from tolls);
    # a place named on one side only.
    days = _shown(
        analysis("a", "Police arrested 30 protesters at the gas plant on Saturday."),
        analysis("b", "Police arrested 45 protesters at the gas plant on Sunday."),
    )
    assert [c.topic for c in days if c.topic.startswith("Figure")] == []
    assert _none(
        "The gas plant blast killed 12 people in Springfield.",
        "The gas plant blast killed 15 people, officials said.",
    )
