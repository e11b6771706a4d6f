"""A named role in the event (the body that did one thing, the account that posted one video)
that two sources fill with different names (issue 17). Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis

FRIDAY = "2021-06-11"
PEOPLE = (
    Entity("Jane Doe", "person", None, (), ("a", "b")),
    Entity("Tom Roe", "person", None, (), ("a", "b")),
)


def _sides(*texts: str) -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text, FRIDAY) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, alike=0.1, people=PEOPLE)
    ]


HEARD = "Jane Doe was grilled by the Elmton County Water Affairs Committee for three hours."
NAMED = [
    "Name: the committee's name",
    ("Elmton County Water Affairs Committee", ("a",)),
    ("Elmton County Water Resources Committee", ("b",)),
]


def test_one_body_named_two_ways_for_one_person_disagrees() -> None:
    other = "Members of the Elmton County Water Resources Committee pressed Doe on the funds."
    assert _sides(HEARD, other) == [NAMED]


def test_two_bodies_are_no_disagreement() -> None:
    assert _sides(HEARD, "Doe met the Elmton County Water Resources Committee.") == [NAMED]
    for other in (
        # A committee and its subcommittee; a name and its short form.
        "Doe later met the Elmton County Water Subcommittee.",
        "Doe later met the County Water Committee.",
        # Another chamber or county: the word that differs opens the name.
        "Doe later met the Westbrook County Water Committee.",
        # Two committees of one county, apart in their first words after it.
        "Doe later met the Elmton Fire Safety Committee.",
        # Another person before the other body.
        "Tom Smith later met the Elmton County Water Resources Committee.",
        # A source that names both bodies knows two.
        "Doe met the Elmton County Water Resources Committee and the Elmton County Water Affairs"
        " Committee.",
    ):
        assert _sides(HEARD, other) == [], other
    # Review of session 13: the word that differs right after a chamber or a county opens the
    # body's remit, so the names are two bodies'.
    for first, second in (
        ("Texas House Appropriations Committee", "Texas House Education Committee"),
        ("Elm County Planning Board", "Elm County Zoning Board"),
    ):
        assert _sides(f"Jane Doe testified before the {first}.", f"Doe met the {second}.") == []
    # A third name of the pattern: which two are one body is not clear.
    third = "Roe met the Elmton County Water Quality Committee."
    assert _sides(HEARD, "Doe later met the Elmton County Water Resources Committee.", third) == []


POSTED = "The clip was posted on YouTube by “ElmtonWatch22” on Sunday."


def test_two_accounts_that_posted_one_video_disagree() -> None:
    other = "The YouTube video was published under an account titled RiverCam."
    assert _sides(POSTED, other) == [
        ["Name: the account that posted it", ("ElmtonWatch22", ("a",)), ("RiverCam", ("b",))]
    ]
    for other in (
        # Another platform; a person's plain name; a source that names both accounts.
        "The video was shared on Facebook by RiverCam.",
        "The YouTube video was published under an account titled Roe.",
        "The YouTube clip was published under an account titled RiverCam, not ElmtonWatch22.",
    ):
        assert _sides(POSTED, other) == [], other
