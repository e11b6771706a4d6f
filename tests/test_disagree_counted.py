"""Counts of one thing in one happening (issue 17): two outlets' counts of a thing by the verb
of its happening ("4 trucks were stopped", "three trucks were stopped") fill one slot, in
digits or in words, when their doers are not two. Every text here is made up."""

from __future__ import annotations

from tests.test_claims import _shown, analysis

STOPPED = "4 trucks were stopped before dawn.\nThe road reopened."


def _sides(first: str, second: str) -> list[list[object]]:
    return [
        [conflict.topic.split(", in")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(analysis("a", first), analysis("b", second))
        if conflict.topic.startswith("Figure")
    ]


def test_counts_of_one_thing_in_one_happening_disagree() -> None:
    # The thing and its verb are the slot's two words ("trucks stopped").
    assert _sides(STOPPED, "3 trucks were stopped, a spokesman said.\nThe road reopened.") == [
        ["Figure: how many (truck stopped)", ("3", ("b",)), ("4", ("a",))]
    ]
    # In words, as in digits.
    assert _sides(STOPPED, "Three trucks were stopped, a spokesman said.\nThe road reopened.") == [
        ["Figure: how many (truck stopped)", ("3", ("b",)), ("4", ("a",))]
    ]


def test_counts_of_a_happening_by_two_doers_are_no_disagreement() -> None:
    assert _sides("Smith scored 2 goals.\nFans cheered.", "2 goals were scored.\nIt rained.") == []
    assert _sides("2 goals were scored.\nFans cheered.", "3 goals were scored.\nIt rained.") == [
        ["Figure: how many (goal scored)", ("2", ("a",)), ("3", ("b",))]
    ]
    # Named apart, named on one side only, or told by a pronoun: maybe two players.
    assert (
        _sides("Smith scored 2 goals.\nFans cheered.", "Jones scored 3 goals.\nFans cheered.") == []
    )
    assert _sides("Smith scored 2 goals.\nFans cheered.", "3 goals were scored.\nIt rained.") == []
    assert _sides("He scored 2 goals.\nFans cheered.", "Smith scored 3 goals.\nFans cheered.") == []
    # Two happenings: trucks that crashed and trucks that were stopped.
    assert _sides("2 trucks crashed before dawn.\nIt rained.", STOPPED) == []


def test_a_count_in_words_of_no_shared_happening_is_not_compared() -> None:
    assert _sides(STOPPED, "Seven trucks were stopped, a spokesman said.\nIt rained.") != []
    # "kept to six starts" and "sat out 9 starts": two words in common (spring, knee), but no
    # happening: a count in words of prose stays out of sentences less alike.
    kept = "A sore knee kept the pitcher to six starts this spring.\nHe is healthy now."
    sat = "The pitcher sat out 9 starts this spring with the sore knee.\nHe is healthy now."
    assert _sides(kept, sat) == []
