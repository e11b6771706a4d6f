"""Which dated happenings are a story's own news (issue 17): a day that dates only a telling is
not shown; a happening told in the past perfect is shown as background. The sentences are made
up; each stands for a kind of error seen on real articles."""

from __future__ import annotations

from generator.background import checked as background_checked
from generator.models import Analysis
from generator.own_days import checked
from generator.timeline import timeline
from tests.conftest import ENGLISH
from tests.test_timeline import one_source

# A Thursday.
PUBLISHED = "2016-06-09"


def shown(*analyses: Analysis) -> list[tuple[str, str, str]]:
    """(date, kind, sentence) of what a story of these articles shows on its timeline."""
    entries = timeline(list(analyses), [], ENGLISH)
    entries = background_checked(checked(entries, list(analyses), ENGLISH), analyses, ENGLISH)
    return [(e.date, e.kind, e.text) for e in entries]


def test_a_day_that_dates_a_telling_is_no_happening() -> None:
    lead = "The Marrow County board approved the quarry permit on Wednesday."
    # the day a fact was made known, written before the clause whose verb makes it known
    made_known = "On Tuesday, the ferry captain disclosed that the hull had cracked in April."
    said = "On June 6 at a harbour forum, Councillor Vane said the levy must rise."
    # the day of an attribution set after the news it attributes
    attributed = "The ferry line will add a night crossing, the operator announced on Tuesday."
    story = one_source([lead, made_known, said, attributed], PUBLISHED)
    assert shown(story) == [("2016-06-08", "event", lead)]


def test_making_known_a_decision_of_ones_own_is_a_happening() -> None:
    lead = "Governor Talbot announced on Tuesday that she would pardon the two fishermen."
    also = "The ferry captain disclosed on Wednesday that the hull had cracked."
    assert shown(one_source([lead, also], PUBLISHED)) == [("2016-06-07", "event", lead)]


def test_a_happening_told_before_the_time_of_the_story_is_background() -> None:
    lead = "The Marrow County board approved the quarry permit on Wednesday."
    # the past perfect: what had happened before the time the story tells
    earlier = "The quarrel had flared up on Tuesday when the keeper locked the gate."
    # told in the past: a day of the story's own, even before its lead's day
    before = "Quarry owners held an open house for their neighbours on Monday."
    assert shown(one_source([lead, earlier, before], PUBLISHED)) == [
        ("2016-06-06", "event", before),
        ("2016-06-07", "background", earlier),
        ("2016-06-08", "event", lead),
    ]


def test_a_state_reached_by_a_day_is_that_days_news() -> None:
    lead = "A rockfall closed the coast road near Pellow on Tuesday."
    # the past perfect with the day by which it was done: what stood on that day
    reached = "By Wednesday the number of stranded drivers had grown to 60."
    afternoon = "By Wednesday afternoon, crews had cleared one lane."
    assert shown(one_source([lead, reached, afternoon], PUBLISHED)) == [
        ("2016-06-07", "event", lead),
        ("2016-06-08", "event", afternoon),
        ("2016-06-08", "event", reached),
    ]
