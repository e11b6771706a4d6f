"""The length of one happening in hours or minutes (issue 17): "a 13-hour sit-in" in one outlet
and "the sit-in -- 9 hours of song" in another give one slot two values. Spans of
days or years, two happenings of one noun and hedges that reconcile are left alone. Every text
here is made up."""

from __future__ import annotations

from generator.models import Analysis
from tests.test_claims import _shown, analysis

# Three outlets on one sit-in by a mayor: its length joined to its noun, or after it.
JOINED = (
    "Mayor Ada Quill won wide praise in October for her {} sit-in outside the ferry office in "
    "Port Wren.\nShe returned to work on Monday."
)
AFTER = (
    "The mayor’s October sit-in – {} of singing on the pier steps – drew crowds from the "
    "valley.\nShop owners brought soup."
)
LASTED = "In Port Wren the sit-in lasted {}, and Quill slept on the steps.\nThe ferry resumed."


def _lengths(*texts: str) -> list[list[object]]:
    built: list[Analysis] = [analysis(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return [
        [conflict.topic, *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*built)
        if conflict.topic.startswith("Figure: how long")
    ]


def test_a_happening_given_two_lengths_in_hours_disagrees() -> None:
    assert _lengths(
        JOINED.format("nearly 13-hour"), AFTER.format("11 hours"), LASTED.format("13 hours")
    ) == [
        [
            "Figure: how long (sit-in), in hours",
            ("11 hours", ("b",)),
            ("13 hours", ("a", "c")),
        ]
    ]
    # In minutes, and a length in words.
    assert _lengths(JOINED.format("forty-minute"), LASTED.format("40 minutes")) == []
    assert _lengths(JOINED.format("ninety-minute"), LASTED.format("55 minutes")) == [
        ["Figure: how long (sit-in), in minutes", ("55 minutes", ("b",)), ("90 minutes", ("a",))]
    ]


def _disagree(*texts: str) -> bool:
    return len(_lengths(*texts)) == 1


def test_lengths_a_hedge_reconciles_or_of_two_happenings_are_no_disagreement() -> None:
    # Each case beside the plain pair that disagrees.
    assert _disagree(JOINED.format("13-hour"), AFTER.format("11 hours"))
    assert _lengths(JOINED.format("about 12-hour"), AFTER.format("11 hours")) == []
    # Nothing named in common: maybe two mayors' sit-ins.
    elsewhere = "A 9-hour sit-in by farmers closed the northern bridge.\nTraffic backed up."
    assert _lengths(JOINED.format("13-hour"), elsewhere) == []
    # Years apart, or one of several.
    earlier = LASTED.format("9 hours").replace("In Port Wren", "In Port Wren in 2011")
    assert _lengths(JOINED.format("13-hour").replace("October", "October 2019"), earlier) == []
    second = "Quill staged a second 9-hour sit-in in Port Wren.\nThe ferry resumed."
    assert _lengths(JOINED.format("13-hour"), second) == []
    # A source that gives the sit-in two lengths.
    both = LASTED.format("13 hours") + "\nA 9-hour sit-in followed in Port Wren."
    assert _lengths(AFTER.format("11 hours"), both) == []


def test_spans_of_days_and_times_after_a_happening_are_no_length() -> None:
    assert _disagree(JOINED.format("13-hour"), LASTED.format("4 hours"))
    days = "Mayor Ada Quill began a 12-day fast in October in Port Wren.\nShe drank tea."
    other = "Quill’s October fast – 10 days of broth – ended in Port Wren.\nShe slept."
    assert _lengths(days, other) == []
    later = "In Port Wren the sit-in – 4 hours later – had grown, Quill said.\nThe ferry waited."
    assert _lengths(JOINED.format("13-hour"), later) == []


def test_lengths_of_a_plan_or_of_another_period_are_not_this_happenings() -> None:
    # The next sit-in, one planned, one a year before: other happenings of the noun.
    assert _lengths(JOINED.format("nearly 13-hour"), LASTED.format("4 hours last year")) == []
    planned = "In Port Wren, Quill said her next protest would be a 20-hour sit-in.\nShe smiled."
    assert _lengths(JOINED.format("nearly 13-hour"), planned) == []
    # Told plainly, the same two lengths still disagree.
    assert len(_lengths(JOINED.format("nearly 13-hour"), LASTED.format("4 hours"))) == 1


def test_a_sentence_of_last_year_is_no_account_of_this_years_happening() -> None:
    # Two accounts alike but for the value and "last year": two debates, by any path.
    lead = "The Tarnwick council passed its plan on Monday after a long debate.\n"
    debate = "The Tarnwick council held a {} debate on the plan.\nCritics left early."
    this_year = analysis("a", lead + debate.format("6-hour"))
    last_year = analysis(
        "b", lead + "Last year " + debate.format("9-hour").replace("The", "the", 1)
    )
    assert _shown(this_year, last_year) == []


def test_a_to_far_before_a_length_is_no_plan() -> None:
    # "rose to fame ... for her 13-hour sit-in": "to" opens no plan of the sit-in.
    fame = "Quill rose to fame in Port Wren in October for her nearly 13-hour sit-in.\nShe waved."
    assert len(_lengths(fame, LASTED.format("4 hours"))) == 1
