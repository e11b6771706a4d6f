"""Measures of one of several things of a kind, and counts of times of two people, are no
disagreement (review of session 13). Every text here is made up."""

from __future__ import annotations

from tests.test_disagree_measures import _sides


def test_a_measure_of_one_of_several_of_its_kind_is_no_disagreement() -> None:
    assert _sides("The hearing lasted 3 hours.", "The hearing lasted 5 hours.")  # beside these
    for first, second in (
        ("The first hearing lasted 3 hours.", "The second hearing lasted 5 hours."),
        ("An earlier hearing lasted 3 hours.", "The hearing lasted 5 hours."),
        ("Last year's hearing lasted 3 hours.", "The hearing lasted 5 hours."),
        ("Another standoff lasted 6 hours.", "The standoff lasted 10 hours."),
        # Two climbers, each a fall of their own, in two units.
        (
            "The first climber fell 300 metres down the north face.",
            "A second climber fell 1,500 feet down the north face.",
        ),
    ):
        assert _sides(first, second) == [], first


def test_two_people_hit_a_different_number_of_times_are_no_disagreement() -> None:
    assert (
        _sides(
            "Officers said Ann Lee was shot twice in the chest.",
            "Officers said Tom Ray was shot once in the chest.",
        )
        == []
    )


def test_a_unit_of_three_letters_is_shown_in_the_plural() -> None:
    assert _sides("The 3-day festival opened.", "The 5-day festival opened.") == [
        ["Figure: how long the festival lasted", ("3 days", ("a",)), ("5 days", ("b",))]
    ]


def test_a_count_of_times_struck_no_one_or_of_another_game_is_no_disagreement() -> None:
    hit = "Lee was hit twice in the leg by the pitcher."
    assert _sides(hit, "Lee was hit once in the leg by the pitcher.")
    for first, second in (
        # Fired into the air: no one struck.
        (
            "The guard shot twice in the air at the bank.",
            "The guard shot once in the air at the bank.",
        ),
        # One game of several.
        (hit, "Lee was hit once in the leg by the pitcher in the first game."),
    ):
        assert _sides(first, second) == [], first
