"""A happening put in a period told from the paper's day by one source ("earlier this week",
"earlier this year") and on a day or in a year outside it by another (issue 17). Every text
here is made up."""

from __future__ import annotations

from generator import disagree
from tests.conftest import ENGLISH
from tests.test_claims import _shown, analysis

# 2021-06-11 is a Friday: "earlier this week" in that day's paper is Monday 7 to Thursday 10.
FRIDAY = "2021-06-11"


def _sides(*texts: str, published: str = FRIDAY, alike: float = 0.25) -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text, published) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, alike=alike)
    ]


WEEK = "The weekly printed a profile earlier this week alleging that the coach had lied."
FRIDAY_TOLD = (
    "The coach blamed the club for the weekly's profile printed Friday that alleged he lied."
)


def test_a_day_outside_the_week_told_earlier_in_it_disagrees() -> None:
    assert _sides(WEEK, FRIDAY_TOLD) == [
        ["Date: the date", ("Friday", ("b",)), ("earlier this week", ("a",))]
    ]


def test_a_day_the_period_may_hold_or_a_period_unbounded_is_no_disagreement() -> None:
    # Thursday is earlier in the week than the Friday paper: both may be true.
    thursday = FRIDAY_TOLD.replace("Friday", "Thursday")
    assert _sides(WEEK, thursday) == []
    # "this week" without "earlier" holds the Friday too.
    assert _sides(WEEK.replace("earlier this week", "this week"), FRIDAY_TOLD) == []
    # Sentences on unrelated points are not compared.
    assert _sides(WEEK, FRIDAY_TOLD, alike=0.05) == []


YEAR_SAID = "The mayor's aides said in 2020 that the mayor returned about $40,000 to the fund."
YEAR_TOLD = "He returned more than $40,000 to the fund earlier this year, the paper found."


def test_a_deed_said_done_in_an_earlier_year_than_another_source_tells() -> None:
    # Said in 2020 to be done: done by the end of 2020; "earlier this year" of a 2021 paper.
    assert _sides(YEAR_SAID, YEAR_TOLD) == [
        ["Date: the date", ("by 2020", ("a",)), ("earlier this year", ("b",))]
    ]


def test_a_plan_said_or_years_of_the_calendar_alone_are_no_disagreement() -> None:
    # Said in 2020 that he would repay: a plan, which may have been carried out this year.
    plan = "The mayor's aides said in 2020 that the mayor would return about $40,000 to the fund."
    assert _sides(plan, YEAR_TOLD) == []
    # Said this year that he repaid it: done by now, within the other's period.
    assert _sides(YEAR_SAID.replace("in 2020", "this year"), YEAR_TOLD) == []
    # Two years of the calendar: a deed may recur; neither is told from the paper's day.
    twice = YEAR_TOLD.replace("earlier this year", "in 2019")
    assert _sides(YEAR_TOLD.replace("earlier this year", "in 2018"), twice) == []
    # Said in 2020 of what is done now: no deed done by then.
    assert _sides(YEAR_SAID.replace("returned", "returns"), YEAR_TOLD) == []


def test_a_verb_of_the_irregular_past_with_a_prefix_is_in_the_past() -> None:
    for word in ("repaid", "withheld", "misled", "overpaid"):
        assert disagree._in_past(word, ENGLISH), word
    for word in ("repay", "report", "mislead"):
        assert not disagree._in_past(word, ENGLISH), word


SAID_DONE = "The club said on Tuesday that its coach resigned over the row with the board."
DONE_LATER = "The coach of the club resigned on Wednesday over the row with the board."


def test_a_deed_said_done_on_a_day_before_another_source_puts_it() -> None:
    # Said on Tuesday to be done: done by that Tuesday, not on the Wednesday after.
    assert _sides(SAID_DONE, DONE_LATER) == [
        ["Date: the date", ("Wednesday", ("b",)), ("by Tuesday", ("a",))]
    ]
    # Done on the Monday before: both may be true.
    assert _sides(SAID_DONE, DONE_LATER.replace("Wednesday", "Monday")) == []
    # A deed denied, or one to come, is no deed done by then.
    denied = SAID_DONE.replace("its coach resigned", "its coach did not resign")
    assert _sides(denied, DONE_LATER) == []
    planned = SAID_DONE.replace("its coach resigned", "its coach would resign")
    assert _sides(planned, DONE_LATER) == []


def test_a_date_and_a_figure_that_split_the_sources_alike_are_both_shown() -> None:
    # Two slots of two kinds: the pages of the audit and the year of the deed. The second is
    # not the first found again because the same sources stand on each side.
    pages = "\nThe mayor's 48-page audit was sent to the Elm County board."
    shown = _sides(YEAR_SAID + pages, YEAR_TOLD + pages.replace("48", "47"))
    assert [str(side[0]).split(":")[0] for side in shown] == ["Figure", "Date"]
    assert shown[1] == ["Date: the date", ("by 2020", ("a",)), ("earlier this year", ("b",))]


def _dated_sides(*told: tuple[str, str]) -> list[list[object]]:
    """The disagreements of texts each in a paper of its own day."""
    analyses = [analysis(chr(ord("a") + n), text, day) for n, (text, day) in enumerate(told)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses)
    ]


def test_last_week_in_a_paper_may_be_the_seven_days_before_it() -> None:
    last_week = ("The inmate escaped last week while being moved between prisons.", "2009-12-05")
    # A Saturday paper's "last week" may hold that week's Monday, five days before it.
    monday = ("The inmate escaped Monday while being moved between prisons.", "2009-11-30")
    assert _dated_sides(last_week, monday) == []
    # A day before the seven days and the calendar week before the paper's is outside it.
    friday = ("The inmate escaped Friday while being moved between prisons.", "2009-11-23")
    assert _dated_sides(last_week, friday) == [
        ["Date: the date", ("Friday", ("b",)), ("last week", ("a",))]
    ]
