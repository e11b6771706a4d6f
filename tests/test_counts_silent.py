"""Counts in two outlets that differ without disagreeing (issue 17): a toll at two moments of
its rise, counts of two groups (the dead with and without the attacker, the hurt and those
taken to hospital), of one place and of the whole, counts of a thing on two days, over a
season or at two places. Each test first shows its story's two counts disagree as plainly
written, then that the change that makes them two quantities silences them. Every text here is
made up."""

from __future__ import annotations

from generator.models import Analysis
from tests.test_claims import _shown, analysis

# Two outlets' tolls of one mudslide, next to the same words of it (the slide, the ridge).
RIDGE = (
    "The mudslide below the ridge killed {} people on Thursday, officials said.\n"
    "Diggers worked under floodlights."
)
SLIDE = (
    "{} people were killed by the mudslide below the ridge, the governor said.\n"
    "Roads to the valley were shut."
)


def _figures(*analyses: Analysis) -> list[list[object]]:
    return [
        [(c.text, c.sources) for c in conflict.claims]
        for conflict in _shown(*analyses)
        if conflict.topic.startswith("Figure")
    ]


def _story(first: str, second: str) -> list[list[object]]:
    return _figures(analysis("a", first), analysis("b", second))


def _disagree(first: str, second: str) -> bool:
    return len(_story(first, second)) == 1


def test_a_toll_that_rose_is_two_moments() -> None:
    assert _disagree(RIDGE.format(40), SLIDE.format(42))
    risen = RIDGE.format(40) + "\nBy nightfall the toll had climbed to 43."
    assert _story(risen, SLIDE.format(42)) == []
    later = SLIDE.format(38) + "\nThe toll later rose to 41, the governor said."
    assert _story(RIDGE.format(40), later) == []


def test_a_count_so_far_or_at_first_is_a_moment() -> None:
    assert _disagree(RIDGE.format(40), SLIDE.format(38))
    so_far = RIDGE.format(40).replace("people on Thursday", "people so far")
    assert _story(so_far, SLIDE.format(43)) == []
    early = SLIDE.format(38).replace("the governor said", "according to early reports")
    assert _story(RIDGE.format(40), early) == []
    initially = SLIDE.format(38).replace("the governor said", "the governor initially said")
    assert _story(RIDGE.format(40), initially) == []


def test_a_toll_of_a_happening_a_span_away_is_not_compared() -> None:
    assert _disagree(RIDGE.format(40), SLIDE.format(43))
    before = SLIDE.format(43).replace("the governor said", "two days before rain closed the pass")
    assert _story(RIDGE.format(40), before) == []
    latest = RIDGE.format(40).replace("The mudslide", "The latest mudslide")
    assert _story(latest, SLIDE.format(43)) == []


MARKET = "The gunman killed {} people at the crowded market on Thursday, police said.\nShops shut."
STALLS = "{} people were killed at the crowded market by the gunman{}.\nShops shut."


def test_the_dead_with_and_without_the_attacker_are_two_groups() -> None:
    assert _disagree(MARKET.format(12), STALLS.format(13, ""))
    assert _story(MARKET.format(12), STALLS.format(13, ", including the gunman himself")) == []
    turned = " before he turned the gun on himself"
    assert _story(MARKET.format(12), STALLS.format(13, turned)) == []


HURT = "A derailed train injured {} people outside the station on Thursday.\nThe line shut."
WARD = "{} people were {} outside the station after a train derailed.\nThe line shut."


def test_the_hurt_and_those_in_hospital_are_two_groups() -> None:
    assert _disagree(HURT.format(55), WARD.format("About 100", "injured"))
    assert _story(HURT.format(55), WARD.format("About 100", "hospitalised")) == []
    assert _story(HURT.format(55), WARD.format("About 100", "treated")) == []
    badly = HURT.format(9).replace("injured", "badly injured")
    assert _story(badly, WARD.format(12, "hurt")) == []


def test_a_count_of_one_place_and_of_the_whole_are_two() -> None:
    assert _disagree(RIDGE.format(30), SLIDE.format(40))
    whole = SLIDE.format(40).replace("the governor said", "the governor said of the whole province")
    assert _story(RIDGE.format(30), whole) == []
    across = SLIDE.format(40).replace("the governor said", "across the region")
    assert _story(RIDGE.format(30), across) == []


POST = "{} trucks were stopped {}.\nThe road reopened."
SPOKESMAN = "7 trucks were stopped, a spokesman said.\nThe road reopened."


def test_counts_of_a_thing_on_two_days_or_over_a_season_are_two() -> None:
    assert _disagree(POST.format(4, "before dawn"), SPOKESMAN)
    assert _story(POST.format(4, "on Monday"), POST.format(7, "on Tuesday")) == []
    assert _story(POST.format(4, "on Monday"), POST.format(31, "this year")) == []
    since = "Since January 31 trucks have been stopped.\nThe road reopened."
    assert _story(POST.format(4, "on Monday"), since) == []


def test_counts_of_a_thing_at_two_places_are_two() -> None:
    assert _disagree(POST.format(4, "before dawn"), SPOKESMAN)
    north = POST.format(4, "at the northern border post")
    assert _story(north, POST.format(7, "at the southern crossing")) == []
