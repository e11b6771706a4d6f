"""Dates of events (issue 17, point 2), the classes of error found reading the timeline of fresh
text in session 12: words said dated by their day, a plan read into a past clause, a page's own
notes, a name read as a day, a day without its year read in two years, a list's participle, a
possessive's date, a day inside a quotation; and in session 13, "next" and "last" before a month,
a relative clause after the noun a month precedes. The sentences are made up; each stands for a
kind of error seen on real articles."""

from __future__ import annotations

from dataclasses import replace

from generator.timeline import timeline
from tests.conftest import ENGLISH
from tests.test_timeline import kinds, story_of, story_timeline


def test_words_said_as_the_object_of_a_verb_are_dated_by_the_day_they_were_said() -> None:
    # "repeated those comments Friday": no word of saying, but the object is words said.
    assert kinds("The governor repeated those comments Friday on a radio show.") == [
        ("2019-03-29", "Friday", "report")
    ]
    assert kinds("The coach had harsh words Sunday night for the referees.") == [
        ("2019-03-24", "Sunday", "report")
    ]
    assert kinds("The mayor gave a speech on Monday at the port.") == [
        ("2019-03-25", "on Monday", "report")
    ]
    # A noun of speech in a phrase of its own does not date the words: what they did is told.
    assert kinds("He angered the council with his comments on Monday.") == [
        ("2019-03-25", "on Monday", "event")
    ]


def test_a_day_after_ahead_of_in_a_past_clause_is_no_plan() -> None:
    # Said on a Monday, read on the Tuesday after: "ahead of his rally on Monday" is that
    # Monday, or the next one; the text does not tell which.
    text = "“It is not right,” the senator said to reporters ahead of his rally on Monday in Ohio."
    assert kinds(text, "2019-03-26") == [("2019-04-01", "on Monday", "unknown")]
    # Told in the future, it stays a plan.
    text = "The senator will speak to reporters ahead of his rally on Monday in Ohio."
    assert kinds(text, "2019-03-26") == [("2019-04-01", "on Monday", "plan")]


def test_a_note_on_the_page_dates_no_happening() -> None:
    # A correction or an editor's note tells the page's own history, in any words.
    text = "CORRECTION: Because of an error, a draft of this article went online early Wednesday."
    assert [k for _, _, k in kinds(text)] == ["report"]
    text = "Editor's note: A draft of this story ran on Friday by mistake."
    assert [k for _, _, k in kinds(text)] == ["report"]


def test_today_in_capitals_inside_a_sentence_is_a_name() -> None:
    assert kinds("She wrote about the race for the USA TODAY Network.") == []
    # A sentence all in capitals writes its days in capitals too.
    assert [d for d, _, _ in kinds("THE MAYOR RESIGNED TODAY.")] == ["2019-03-30"]


def test_a_day_without_its_year_read_in_two_years_is_not_placed() -> None:
    # Read in a January report and in a September one, "April 9" is in two years: which one
    # the sources mean, the text does not make clear.
    analyses = story_of(
        [
            ("2019-01-03", ["The body was found on April 9."]),
            ("2019-09-26", ["The body was found on April 9.", "The jury met on Thursday."]),
        ]
    )
    shown = [(e.date, e.text) for e in timeline(analyses, [], ENGLISH)]
    assert shown == [("2019-09-26", "The jury met on Thursday.")]
    # A source that writes the day with its year once and without it later: not another year.
    analyses = story_of(
        [
            (
                "2019-09-26",
                [
                    "The calls began on April 8, 2018, the police said.",
                    "The phone was switched off on April 8.",
                    "The jury met on Thursday.",
                ],
            )
        ]
    )
    shown = [(e.date, e.text) for e in timeline(analyses, [], ENGLISH)]
    assert not any("switched off" in text for _, text in shown)


def test_a_participle_in_a_list_or_set_after_a_comma_with_its_agent_dates_no_news() -> None:
    # "including one ... released Thursday": the day of the example, not of the news.
    text = (
        "The senator leads the race, according to three polls, including one by the university "
        "released Thursday."
    )
    assert story_timeline([text]) == []
    # A verb after "and" is the clause's own again.
    text = "The club made ten finals, including one in Rome, and won a cup on Thursday."
    assert story_timeline([text]) == [("2019-03-28", text)]
    # ", approved Friday by the board,": what was done to the thing before the comma.
    text = "In the new plan, approved Friday by the board, the city keeps its two depots."
    assert story_timeline([text]) == []


def test_a_date_between_a_possessive_and_a_noun_names_a_thing() -> None:
    # Like "the Friday deadline": "the state's March 1 caucuses" names the caucuses.
    text = "The senator won after his aides worked the state's March 1 caucuses."
    assert [k for _, _, k in kinds(text)] == ["modifier"]
    assert [k for _, _, k in kinds("Mr. Roe's July 3 party drew 500 guests.")] == ["modifier"]


def test_a_day_counted_from_now_inside_a_quotation_opened_before_is_the_speaker_s() -> None:
    # The quotation opens in one sentence and closes two sentences on: "today" in the middle
    # one is the day the words were spoken, which the text does not give.
    quoted = ["“The race keeps moving.", "I read in the paper today that he leads.", "It is odd.”"]
    analyses = story_of([("2019-03-30", quoted)])
    analyses = [
        replace(a, sentences=tuple(replace(s, paragraph=0) for s in a.sentences)) for a in analyses
    ]
    assert timeline(analyses, [], ENGLISH) == ()
    # Outside a quotation, the same sentence dates its day.
    assert [e.date for e in timeline(story_of([("2019-03-30", quoted[1:2])]), [], ENGLISH)] == [
        "2019-03-30"
    ]


def test_next_and_last_before_a_month_count_from_the_report_month() -> None:
    # Session 13: "next November" written in November is a year ahead, "next March" written in
    # November is in the coming year, and "last November" written in November a year back.
    november = "2019-11-20"
    assert kinds("The council will vote on the budget next November.", november) == [
        ("2020-11", "next November", "plan")
    ]
    assert kinds("The council will vote on the budget next March.", november) == [
        ("2020-03", "next March", "plan")
    ]
    assert kinds("The council voted on the budget last November.", november) == [
        ("2018-11", "last November", "event")
    ]
    # A month before the report's in its own year is the last one; after it, the next one.
    assert kinds("The council voted on the budget last March.", november) == [
        ("2019-03", "last March", "event")
    ]
    assert kinds("The council will vote on the budget next December.", november) == [
        ("2019-12", "next December", "plan")
    ]


def test_a_clause_after_the_noun_a_month_precedes_does_not_put_it_in_the_past() -> None:
    # Session 13: "in November" written in March is last November only when its own clause
    # tells of the past; a relative clause after the noun tells of that noun.
    march = "2019-03-12"
    assert kinds("Keep in mind in November the mayors who closed the pools.", march) == [
        ("2019-11", "in November", "event")
    ]
    # The clause's own past still makes it last November; so does a main clause after a
    # subordinate one set off by commas.
    assert kinds("The mayors closed the pools in November.", march) == [
        ("2018-11", "in November", "event")
    ]
    assert kinds("In November, when the pools shut, the mayors resigned.", march) == [
        ("2018-11", "In November", "event")
    ]


def test_a_plan_named_by_its_month_half_a_year_ahead_is_no_step_of_the_story() -> None:
    # Session 13: "the general election next November", written in November, is the calendar's
    # season, not this story's next step; a month a few weeks ahead still is.
    far = "The mayor says her rival would lose the general election next November."
    near = "The council will vote on the budget in December."
    assert story_timeline([far, near], "2019-11-20") == [("2019-12", near)]
    # Review of session 13: a month written with its year is named, not only by its month.
    dated = "The council will vote on the charter in November 2020."
    assert story_timeline([dated], "2019-11-20") == [("2020-11", dated)]
