"""Disagreements read from words: the state two sources put one plan in ("abandoned" and "put on
hold"; "expected to meet" and "unlikely to meet"). Every text here is made up."""

from __future__ import annotations

from generator.models import Conflict, Entity
from tests.test_claims import _shown, analysis


def _sides(conflict: Conflict) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.text, c.sources) for c in conflict.claims]


def test_a_plan_ended_by_one_source_and_put_on_hold_by_another() -> None:
    ended = analysis(
        "a",
        "On the same day Jane Doe, the chief executive of Acme Widgets, said the firm would "
        "abandon a deal with the county to expand its Springfield headquarters.",
    )
    paused = analysis(
        "b", "Acme Widgets on Sunday put on hold its plan to expand its Springfield headquarters."
    )
    (state,) = _shown(ended, paused)
    # The slot in words, the values as written, and who says which.
    assert state.topic.startswith(
        "State: what became of the plan (expand Springfield headquarters), in “"
    )
    assert _sides(state) == [("abandon", ("a",)), ("put on hold", ("b",))]
    # Sentences on unrelated points are not compared, however alike the words next to them.
    assert _shown(ended, paused, alike=0.05) == []


def test_an_act_expected_by_one_source_and_unlikely_by_another() -> None:
    expected = analysis(
        "a", "The prince is expected to meet the mayor during his visit to the port."
    )
    unlikely = analysis(
        "b", "The prince is unlikely to meet the mayor while in the port, aides said."
    )
    (state,) = _shown(expected, unlikely)
    assert state.topic.startswith("State: whether it is expected to meet (")
    assert _sides(state) == [("expected to meet", ("a",)), ("unlikely to meet", ("b",))]


def test_states_that_are_no_claim_or_of_two_plans_do_not_disagree() -> None:
    paused = analysis("b", "The council postponed the vote on the new stadium budget until spring.")
    # A threat, a call, a denial or a condition says nothing of what became of the plan.
    for unsure in (
        "Opponents threatened to cancel the vote on the new stadium budget.",
        "Opponents urged the council to cancel the vote on the new stadium budget.",
        "The council did not cancel the vote on the new stadium budget, a spokesman said.",
        "The vote on the new stadium budget would be cancelled if the audit fails.",
    ):
        assert _shown(analysis("a", unsure), paused) == [], unsure
    # Two plans of one story: another thing, in another place.
    leeds = analysis("a", "Organisers cancelled the charity concert in Leeds over safety fears.")
    york = analysis("b", "Organisers postponed the charity concert in York over safety fears.")
    assert _shown(leeds, york) == []
    # One act expected of one person and unlikely of another: two people, no disagreement.
    people = [
        Entity("Jane Doe", "person", None, ("Doe",), ("a", "b")),
        Entity("John Roe", "person", None, ("Roe",), ("a", "b")),
    ]
    doe = analysis("a", "Jane Doe is expected to testify before the harbour inquiry next week.")
    roe = analysis("b", "John Roe is unlikely to testify before the harbour inquiry next week.")
    assert _shown(doe, roe, people=people) == []
    # "likely to be" tells no act by its verb: what is expected is in the words after it.
    closed = analysis("a", "The old bridge is likely to be closed this winter.")
    repaired = analysis("b", "The old bridge is not likely to be repaired soon.")
    assert _shown(closed, repaired) == []


def test_a_plan_told_at_two_moments_or_in_both_states_is_no_disagreement() -> None:
    text_paused = "The league postponed the final between the two harbour clubs."
    text_ended = "The league cancelled the final between the two harbour clubs."
    # Postponed in Monday's paper, cancelled in Wednesday's: the plan changed, as plans do.
    monday = analysis("a", text_paused, published="2018-12-17")
    wednesday = analysis("b", text_ended, published="2018-12-19")
    assert _shown(monday, wednesday) == []
    # Cancelled first and then only postponed: two reports that cannot both hold.
    earlier = analysis("a", text_ended, published="2018-12-17")
    later = analysis("b", text_paused, published="2018-12-19")
    (state,) = _shown(earlier, later)
    assert _sides(state) == [("cancelled", ("a",)), ("postponed", ("b",))]
    # A source that tells both states (one after the other) takes no side.
    both = analysis("c", f"{text_paused}\nA day later the league cancelled the final between "
                    "the two harbour clubs.")  # fmt: skip
    assert _shown(both, later) == []


def test_a_figure_asked_about_or_of_a_running_count_is_no_claim() -> None:
    won = analysis("a", "The senator won 71 percent of the union vote in the county caucus.")
    asked = analysis(
        "b", "It is no question of whether the senator would win 88 percent of the union vote."
    )
    stated = analysis("b", "The senator won 88 percent of the union vote in the county caucus.")
    # The nearest true case: two sources state two shares of one vote.
    assert len(_shown(won, stated)) == 1
    # "whether she would win 88 percent" asks; a question states nothing either.
    assert _shown(won, asked) == []
    question = analysis("b", "Did the senator win 88 percent of the union vote in the caucus?")
    assert _shown(won, question) == []
    # A count still running is told at a moment: 64 percent of the precincts reporting late at
    # night and all of them the next day are two moments of one count.
    night = analysis(
        "a", "The mayor led with 52 percent of the vote, with 64 percent of precincts reporting."
    )
    morning = analysis(
        "b", "The mayor won with 55 percent of the vote, with 100 percent of the precincts counted."
    )
    assert _shown(night, morning) == []
    toll = analysis("a", "The storm has killed 12 people in the valley so far, officials said.")
    later = analysis("b", "The storm has killed 19 people in the valley, officials said.")
    assert _shown(toll, later) == []
    # A market's move during a session is a price at one moment of it.
    early = analysis("a", "Shares of the toy maker fell 2 percent in early trading on the news.")
    late = analysis("b", "Shares of the toy maker fell 9 percent in late trading on the news.")
    assert _shown(early, late) == []
    # The nearest true case: two moves of the day told with no moment.
    day = analysis("a", "Shares of the toy maker fell 2 percent on the news of the recall.")
    other = analysis("b", "Shares of the toy maker fell 9 percent on the news of the recall.")
    assert len(_shown(day, other)) == 1


def test_figures_of_polls_are_not_compared() -> None:
    # Two polls of one story, each told by one outlet: which poll a share is of is not said in
    # words the two share.
    one = analysis(
        "a", "A poll for a regional paper found 61 percent of voters oppose the new bridge toll."
    )
    other = analysis(
        "b", "A survey published on Sunday said 74 percent of voters oppose the new bridge toll."
    )
    assert _shown(one, other) == []
    # The nearest true case: the same shares stated, not of a poll, disagree.
    stated = analysis(
        "a", "Some 61 percent of voters oppose the new bridge toll, the council said."
    )
    also = analysis("b", "Some 74 percent of voters oppose the new bridge toll, the council said.")
    assert len(_shown(stated, also)) == 1
    # "So far" of another clause dates no count: 150 and 153 passengers still disagree.
    search = analysis(
        "a",
        "The so far fruitless search has taken a toll, with families of 150 foreign passengers "
        "clashing with police.",
    )
    count = analysis(
        "b", "Some families of the ferry's 153 foreign passengers have refused to go home."
    )
    assert len(_shown(search, count)) == 1
