"""Timeline classes of error found in session 14 by reading every entry of the tune halves and
of fresh text, grouped by how each date was read: a name read as the verb "will" (a past week
shown as a plan), a day inside what a report holds (shown as the day of the sentence's news), a
plan heading a list, and a past happening's day read as a plan's. The sentences are made up;
each stands for a kind of error seen on real articles."""

from __future__ import annotations

from tests.test_timeline import kinds, story_timeline


def test_a_capitalised_will_after_another_word_is_a_name_not_a_plan() -> None:
    found = kinds("The critic Anna Will renewed her quarrel with the mayor this week.")
    assert [(iso, kind != "plan") for iso, _, kind in found] == [("2019-03-24", True)]
    # the verb stays a plan's cue, in lower case and where a sentence begins
    assert kinds("The ferry company will open its new quay this week.")[0][2] == "plan"
    assert kinds("Will the ferry company open its new quay this week?")[0][2] == "plan"
    # and a name where a sentence begins is still a name
    assert kinds("Will Okoro renewed his quarrel with the mayor this week.")[0][2] != "plan"


def test_a_day_inside_what_a_report_holds_does_not_date_the_sentence() -> None:
    text = (
        "The mayor kept up her campaign online, pointing to a local report that Dutch sailors "
        "were stopped at the harbour on Friday."
    )
    assert story_timeline([text]) == []


def test_a_plan_in_a_sentence_that_ends_in_a_colon_heads_a_list_and_is_not_placed() -> None:
    assert story_timeline(["Below are the matters the harbour board will weigh today:"]) == []
    told = "The harbour board will weigh the matters today."
    assert story_timeline([told]) == [("2019-03-30", told)]
    # what it tells in the past it still dates
    past = "The harbour board sent the owners this letter on Friday:"
    assert story_timeline([past]) == [("2019-03-29", past)]


def test_a_day_followed_by_a_relative_clause_in_the_past_is_no_plan_s_day() -> None:
    # the day is the crash's, told in the past; when the charge is brought is not told
    found = kinds("The driver will face a charge over the crash Sunday evening that injured nine.")
    assert [kind for _, _, kind in found] == ["unknown"]
    planned = kinds("The driver will face a charge over the crash on Sunday evening.")
    assert [kind for _, _, kind in planned] == ["plan"]


def test_next_week_written_on_a_sunday_is_not_placed() -> None:
    # a Sunday opens the week: the week from the next morning, or the one after it
    text = "The dock crews will go back to the yard next week."
    assert story_timeline([text], "2019-03-31") == []
    assert story_timeline([text], "2019-03-28") == [("2019-03-31", text)]


def test_a_deed_told_with_a_word_that_can_also_tell_speech_is_no_report_of_words() -> None:
    """ "took to the streets", "continued to climb", "continued the search": deeds, dated as
    such; "took to Twitter" and a bare "she continued" tell of words said; "took on" a rival
    stays a word of saying."""
    for deed in (
        "Hundreds of weavers took to the streets of the port on Tuesday to protest the levy.",
        "Rents continued to climb on Wednesday, the housing office reported.",
        "Volunteers continued the search for the lost hikers on Thursday.",
    ):
        assert [kind for _, _, kind in kinds(deed)] == ["event"], deed
    for words in (
        "The harbour master took to Twitter on Tuesday to thank the volunteers.",
        '"The quay will reopen," she continued on Tuesday.',
        "The governor took on her rival for a second day on Tuesday.",
    ):
        assert [kind for _, _, kind in kinds(words)] == ["report"], words
