"""The day of an occasion of one sitting (a debate, a rally) written with its noun, which two
sources give differently (issue 17). Every text here is made up."""

from __future__ import annotations

from tests.test_disagree_days import _sides

DEBATE = "The Elmton mayoral debate on Tuesday was meant to settle a close race."
HELD = "Day: the day it was held"
SHOWN = [[HELD, ("Tuesday", ("a",)), ("Wednesday", ("b",))]]


def test_one_occasion_named_with_its_day_disagrees() -> None:
    for other in (
        "The mayoral debate Wednesday night drew a record crowd to the Elmton library.",
        "Wednesday night's Elmton mayoral debate drew a record crowd.",
        # Its noun alone, in a sentence that names it in full.
        "The showdown Wednesday night was the loudest Elmton mayoral debate in years.",
    ):
        assert _sides(DEBATE, other) == SHOWN, other


def test_another_occasion_of_its_kind_or_another_moment_is_no_disagreement() -> None:
    assert _sides(DEBATE, "During the Elmton mayoral debate on Wednesday, tempers flared.") == SHOWN
    for other in (
        # Two debates, told apart by their names, by an ordinal or by "next".
        "The Elmton council debate on Wednesday was meant to settle a close race.",
        "The second Elmton mayoral debate on Wednesday drew a smaller crowd.",
        "Next Wednesday's Elmton mayoral debate will be the last.",
        # A rally set by the debate, and the day of a crowd at it.
        "The rally on Wednesday drew crowds ahead of the Elmton mayoral debate.",
        "Wednesday's crowd at the Elmton mayoral debate set a record.",
        # The debate's noun alone names any debate of the story.
        "The debate on Wednesday was calmer than the Elmton mayoral race.",
        # A speaker's words.
        "“The Elmton mayoral debate on Wednesday was a mess,” she said.",
    ):
        assert _sides(DEBATE, other) == [], other


def test_two_days_of_an_occasion_of_many_days_are_no_disagreement() -> None:
    rally = "The Elmton river rally on Tuesday drew a thousand marchers."
    assert _sides(rally, "Wednesday's Elmton river rally ended at the bridge.") == SHOWN
    # A trial and a summit sit on many days: each source may tell another of them.
    trial = "The Elmton arson trial on Tuesday was adjourned early."
    assert _sides(trial, "The Elmton arson trial on Wednesday drew a crowd of reporters.") == []
    summit = "Tuesday's Elmton water summit drew mayors from the valley."
    assert _sides(summit, "The Elmton water summit on Wednesday ended with a pledge.") == []


def test_a_source_that_writes_both_days_takes_no_side() -> None:
    other = "The mayoral debate Wednesday night drew a record crowd to the Elmton library."
    assert _sides(DEBATE, other) == SHOWN
    assert _sides(DEBATE, f"{other}\nCandidates had met voters on Tuesday.") == []
