"""Occasions, bodies and accounts told as one of several (review of session 13): no
disagreement. Every text here is made up."""

from __future__ import annotations

from tests import test_disagree_names as names
from tests.test_disagree_days import _sides
from tests.test_disagree_occasions import DEBATE, SHOWN


def test_a_shorter_name_whose_sentence_lacks_a_word_of_the_longer_is_another_occasion() -> None:
    assert _sides(DEBATE, "The Elmton mayoral debate Wednesday night drew a crowd.") == SHOWN
    undercard = "The Elmton undercard mayoral debate on Tuesday drew few viewers."
    assert _sides(undercard, "The Elmton mayoral debate on Wednesday drew many viewers.") == []


def test_a_body_met_another_time_is_no_other_name_of_it() -> None:
    assert names._sides(names.HEARD, "Doe met the Elmton County Water Resources Committee.") == [
        names.NAMED
    ]
    assert (
        names._sides(names.HEARD, "Doe later met the Elmton County Water Resources Committee.")
        == []
    )


def test_an_account_that_posted_another_time_is_no_other_name_of_it() -> None:
    told = "The YouTube video was published under an account titled RiverCam."
    assert names._sides(names.POSTED, told)
    for other in (
        "A second YouTube video was published under an account titled RiverCam.",
        "The clip was later shared on YouTube by RiverCam.",
    ):
        assert names._sides(names.POSTED, other) == [], other
