"""Lengths (issue 17): a length a happening covers ("fell 600 metres") is one slot when the verb
right before both figures is one. Every text here is made up."""

from __future__ import annotations

from tests.test_claims import _shown, analysis


def _sides(first: str, second: str) -> list[list[object]]:
    return [
        [conflict.topic.split(", in “")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(analysis("a", first), analysis("b", second))
    ]


FALL = "Two climbers fell 600 metres down the face of the peak."


def test_one_happening_s_length_told_otherwise_disagrees_and_no_other_length() -> None:
    told = "The two climbers fell about 300 metres down the face of the peak, rescuers said."
    assert _sides(FALL, told) == [
        [
            "Figure: the length (climber fell face peak), in metres",
            ("600", ("a",)),
            ("about 300", ("b",)),
        ]
    ]
    # The verb alone, or what follows the unit told otherwise: two happenings may be meant.
    assert _sides(FALL, "The pair fell about 300 metres from the ridge, rescuers said.") == []
    assert _sides("He ran 10 miles on Monday.", "He ran 26 miles in the race.") == []
    assert _sides("Crews searched 5 miles of river.", "Crews searched 12 miles of coastline.") == []
    # Lengths of two happenings, in two units, or of plays: no disagreement.
    assert _sides(FALL, "The pair swam 650 metres to the shore, rescuers said.") == []
    assert _sides(FALL, "Two climbers fell 2,000 feet down the face of the peak.") == []
    # No verb right before: where something is, not what happened.
    assert _sides("The hut is 600 metres below the peak.", "The hut is 650 metres below it.") == []
    # A play's gain, of which a game has many.
    assert (
        _sides(
            "The rookie ran the stolen pass back 32 yards to score.",
            "The rookie ran the stolen pass back 35 yards to score.",
        )
        == []
    )
