"""Facts that hold (issue 17): figures as claims, dates of events, the timeline, disagreements,
citations, "only here" notes and copies, each on the trap it was built against."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from generator import claims, disagree
from generator.align import SentenceGroup
from generator.dates import dates_in, weekdays_in
from generator.figures import find_figures
from generator.models import (
    Analysis,
    Article,
    Block,
    DateMention,
    Entity,
    Sentence,
)
from generator.render import republished
from generator.summary import stating
from generator.synthesise import notes
from generator.timeline import placement, timeline
from tests.conftest import ENGLISH


def figures_of(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures([Sentence(text, "a", 0, 0)], ENGLISH)]


def kinds(text: str, published: str = "2018-12-23") -> list[tuple[str, str]]:
    return [(d.iso, d.kind) for d in dates_in(text, published, ENGLISH)]


def article(ident: str, text: str, published: str | None = "2018-12-23", **meta: str) -> Article:
    blocks = tuple(Block("p", line, 0) for line in text.split("\n"))
    return Article(
        ident, ident, ident, None, meta.get("outlet"), meta.get("author"), published, None, None,
        "en", blocks, (),
    )  # fmt: skip


def analysis(ident: str, text: str, published: str | None = "2018-12-23") -> Analysis:
    """An analysis of one-sentence paragraphs, with their figures and dates."""
    sentences = tuple(Sentence(line, ident, i, i) for i, line in enumerate(text.split("\n")))
    dates = tuple(
        DateMention(d.iso, d.precision, d.written, s.index, d.kind)
        for s in sentences
        for d in dates_in(s.text, published, ENGLISH)
    )
    return Analysis(
        article(ident, text, published),
        sentences,
        sentences[0].text,
        (),
        figures=find_figures(sentences, ENGLISH),
        dates=dates,
    )


# Figures ----------------------------------------------------------------------------------------


def test_vague_amounts_stay_words() -> None:
    assert figures_of("Dozens of homes flooded and thousands of people fled.") == []
    assert figures_of("Hundreds of protesters gathered.") == []
    assert figures_of("Nearly two hundred troops left.") == [(200.0, "count")]


def test_identifiers_addresses_and_sizes_are_no_figures() -> None:
    for text in (
        "Flight 214 landed in San Francisco.",
        "Section 215 of the Patriot Act allows it.",
        "Call (202) 555-0100 for details.",
        "He lives at 10 Downing Street.",
        "Graphic is 146 mm x 127 mm.",
        "See http://example.com/story?id=691976 for more.",
        "She has the ambition of a 20-something!",
        "It came about 6 months after the vote.",
        "He was named to the list of the 50 Most Beautiful.",
    ):
        assert figures_of(text) == [], text


def test_money_in_cents_and_shares_in_words() -> None:
    assert figures_of("It pays 14 cents to every dollar.") == [(0.14, "USD")]
    assert figures_of("Nine out of 10 winners go broke.") == [(90.0, "%")]
    assert figures_of("About 33 Senate Democrats voted yes.") == [(33.0, "count")]
    assert figures_of("It was the third fire in six weeks.") == [(6.0, "count")]


def test_one_number_for_two_things_is_two_figures() -> None:
    first = analysis("a", "The plan saves $700 billion in Medicare cuts.")
    second = analysis("b", "The budget includes $700 billion of new spending on roads.")
    shown = claims.story_figures([first, second], ENGLISH)
    assert sorted(f.sources for f in shown) == [("a",), ("b",)]
    same = analysis("c", "Some 80,000 American soldiers are stationed there.")
    other = analysis("d", "About 80,000 US troops are based in the region.")
    (joined,) = claims.story_figures([same, other], ENGLISH)
    assert joined.sources == ("c", "d")
    assert {c.text for c in joined.said} == {same.sentences[0].text, other.sentences[0].text}


def test_a_number_that_counts_nothing_said_is_not_shown() -> None:
    alone = analysis("a", "He said that it was 12.")
    assert claims.story_figures([alone], ENGLISH) == ()


def test_ages_belong_to_the_person_named_next_to_them() -> None:
    def age(text: str) -> tuple[str, str | None]:
        (figure,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
        return claims.counted(figure, text, ENGLISH)

    assert age("Jane Doe, 32, was arrested.") == ("age", "Jane Doe")
    assert age("The suspect, a 33-year-old Jane Doe, fled.") == ("age", "Jane Doe")
    assert age("Police named her as Jane Doe, aged 32.") == ("age", "Jane Doe")


# Dates ------------------------------------------------------------------------------------------


def test_what_a_date_dates() -> None:
    assert kinds("Mattis resigned Thursday in protest.") == [("2018-12-20", "event")]
    assert kinds("Officials said Tuesday that he had left.") == [("2018-12-18", "report")]
    assert kinds("In a statement on Thursday, the firm denied it.") == [("2018-12-20", "report")]
    assert kinds("The hearing is scheduled for Tuesday.") == [("2018-12-25", "plan")]
    assert kinds("Congress has until Feb. 8 to act.") == [("2019-02-08", "deadline")]
    assert kinds("The 2015 deal still holds.") == [("2015", "modifier")]
    assert kinds("Emissions fell since 2016.") == [("2016", "modifier")]
    assert kinds("He was governor from 2000 to 2006.") == [("2000", "event")]


def test_weekdays_in_names_shows_and_quotations_date_nothing() -> None:
    assert kinds("She appeared on Fox News Sunday to defend him.") == []
    assert kinds("Super Tuesday is near.") == []
    assert kinds("He told NBC's Today show that he would run.") == []
    assert kinds("“We rely on it today,” he said.") == []
    assert kinds("The process began on Friday, Sept. 14, at noon.", "2013-05-13") == [
        ("2012-09-14", "event")
    ]


def test_weekdays_are_resolved_by_tense() -> None:
    # Published on a Sunday: the coming Tuesday for a plan, the last one for what happened.
    assert kinds("The Senate will vote Tuesday.")[0][0] == "2018-12-25"
    assert kinds("The Senate voted Tuesday.")[0][0] == "2018-12-18"
    # No verb in the past, no word of the future: which Tuesday is not known.
    assert kinds("The Senate votes Tuesday.") == [("2018-12-18", "unknown")]


def test_weekday_claims_leave_out_the_day_of_saying() -> None:
    assert weekdays_in("They were indicted Thursday, prosecutors said Friday.", ENGLISH) == {
        "Thursday"
    }
    assert weekdays_in("It is published every Friday.", ENGLISH) == set()


# Timeline ---------------------------------------------------------------------------------------


def test_timeline_holds_the_story_its_plans_and_apart_its_background() -> None:
    first = analysis(
        "a",
        "The minister resigned on Thursday after a row.\n"
        "She said on Wednesday that she had no regrets.\n"
        "Her successor will be sworn in on January 3.\n"
        "She was first elected in March 2009.\n"
        "Her deputy flew to Brussels on Friday, since taking office in June.",
    )
    entries = {(e.date, e.kind) for e in timeline([first], [], ENGLISH)}
    assert ("2018-12-20", "event") in entries
    assert ("2019-01-03", "plan") in entries
    assert ("2009-03", "background") in entries
    assert not any(date == "2018-12-19" for date, _ in entries)  # the day she said it
    # Two dates: the one of the main clause ("flew on Friday"), not the subordinate one.
    assert ("2018-12-21", "event") in entries and ("2018-06", "background") not in entries


def test_dates_far_from_the_reports_are_never_the_story_s_days() -> None:
    def place(iso: str, precision: str, kind: str = "event", text: str = "on Monday") -> str | None:
        from datetime import date

        mention = DateMention(iso, precision, text, 0, kind)
        return placement(mention, date(2018, 12, 20), date(2018, 12, 23), ENGLISH)

    assert place("2018-12-17", "day") == "event"
    assert place("2018-11-02", "day") == "background"
    assert place("2018-12", "month") is None  # partly the story, partly before it
    assert place("2018-12-30", "day") is None  # a past event dated after the reports
    assert place("2019-01-03", "day", "plan") == "plan"
    assert place("2019", "year", "plan") is None  # too vague to be a date of the story


# Disagreements ----------------------------------------------------------------------------------


def test_titles_of_another_time_are_no_disagreement() -> None:
    conflict = disagree._role_conflict
    assert conflict("Jane Doe", {"a": {"former president"}, "b": {"president"}}, ENGLISH) == []
    assert conflict("Jane Doe", {"a": {"late senator"}, "b": {"senator"}}, ENGLISH) == []
    (deputy,) = conflict("Jane Doe", {"a": {"deputy minister"}, "b": {"minister"}}, ENGLISH)
    assert [c.text for c in deputy.claims] == ["Deputy minister", "Minister"]


def test_one_person_given_two_ages() -> None:
    doe = Entity("Jane Doe", "person", None, ("Doe",), ("a", "b"))
    first = analysis("a", "Jane Doe, 32, was charged on Monday.")
    second = analysis("b", "The driver, Jane Doe, 33, was charged.")
    same = analysis("c", "Doe, 32, denies the charge.")
    (ages,) = disagree._age_conflicts([first, second, same], [doe], ENGLISH)
    assert ages.topic == "Age: age of Jane Doe"
    assert [(c.text, c.sources) for c in ages.claims] == [("32", ("a", "c")), ("33", ("b",))]
    assert disagree._age_conflicts([first, same], [doe], ENGLISH) == []


def test_a_happening_that_takes_place_once_put_on_two_days() -> None:
    first = analysis("a", "Two former aides were indicted Thursday over the leak.", None)
    second = analysis(
        "b", "According to an indictment handed up Tuesday and unsealed Thursday, he lied.", None
    )
    (day,) = disagree._once_event_days([first, second], ENGLISH)
    assert day.topic == "Day: day of the indictment"
    assert [(c.text, c.sources) for c in day.claims] == [("Thursday", ("a",)), ("Tuesday", ("b",))]
    met = analysis("c", "The two leaders met on Monday in Rome.", None)
    other = analysis("d", "The two leaders met on Tuesday in Paris.", None)
    assert disagree._once_event_days([met, other], ENGLISH) == []  # meetings happen more than once


def test_every_disagreement_names_its_slot() -> None:
    point = disagree._Point("Figure", ("Figure", "count", "dead"), [], {}, "count", lang=ENGLISH)
    assert point.slot() == "how many (dead)"
    assert disagree._Point("Day", ("Day",), [], {}, lang=ENGLISH).slot() == "the day"


# Citations and notes ----------------------------------------------------------------------------


def _group(*texts: str) -> tuple[SentenceGroup, np.ndarray, dict[tuple[str, int], int]]:
    members = tuple(Sentence(t, chr(ord("a") + i), 0, 0) for i, t in enumerate(texts))
    similarity = np.eye(len(members), dtype=np.float32)
    similarity[0, 1:] = similarity[1:, 0] = 0.35  # aligned, as two loose paraphrases are
    index = {(s.article, s.index): i for i, s in enumerate(members)}
    return SentenceGroup(members, 0.5), similarity, index


def test_a_source_is_cited_only_for_what_it_states() -> None:
    group, similarity, index = _group(
        "The court struck down the law on Tuesday, ruling it unconstitutional.",
        "The court struck down the law, ruling it unconstitutional.",
        "Critics of the law welcomed the court's ruling on Tuesday.",
    )
    assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a", "b")


def test_a_source_is_never_cited_for_what_it_contradicts_or_leaves_open() -> None:
    # Each pair shares most of its words, and each second sentence does not state the first:
    # a negation, a hedge, another number, another speaker, a question.
    for shown, other in (
        (
            "The prince will meet the Queen at the palace on Friday.",
            "The prince is unlikely to meet the Queen at the palace on Friday.",
        ),
        (
            "The senator said Republicans will not cave on the border wall.",
            "The deal is a clear cave by the senator on the border wall.",
        ),
        (
            "The mayor could be indicted by a grand jury within a month.",
            "The mayor was indicted by a grand jury within a month.",
        ),
        (
            "Sixty-five people were killed in the fighting on Tuesday.",
            "Four people were killed in the fighting on Tuesday.",
        ),
        (
            '"The plan is a disaster for the city," Smith said.',
            '"The plan is a disaster for the city," Jones said.',
        ),
        (
            "The council approved the budget on Monday after a long debate.",
            "Did the council approve the budget on Monday after a long debate?",
        ),
    ):
        group, similarity, index = _group(shown, other)
        assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a",), other


def test_a_name_in_common_is_not_a_claim_in_common() -> None:
    group, similarity, index = _group(
        "The senator from Ohio immediately fired back at the governor on Twitter.",
        "The governor has long been eager to assail the senator from Ohio on Twitter.",
        # the same claim in other words: other inflections, a word for the same thing
        "The senator from Ohio fires back at the governor immediately on Twitter, aides said.",
    )
    assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a", "c")


def test_a_short_claim_is_cited_only_in_the_same_words() -> None:
    group, similarity, index = _group(
        "She trusted the right advisers.",
        "Few advisers trusted the governor's judgment, she said.",
        "She trusted the right advisers.",
    )
    similarity[0, 2] = similarity[2, 0] = 1.0
    assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a", "c")


def test_captions_and_questions_are_never_only_here() -> None:
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "FILE - In this Monday, Oct. 22, 2018 photo, the mayor speaks to reporters in the hall.\n"
        "But will the mayor's new budget plan survive a vote in the council next spring?\n"
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    one = analysis("a", lines)
    other = analysis("b", "The council approved the budget after a debate on Monday.")
    groups = [SentenceGroup((s,), 0.1) for s in (*one.sentences, *other.sentences)]
    similarity = np.zeros((5, 5), dtype=np.float32)
    sentences = [*one.sentences, *other.sentences]
    (note, _) = notes([one, other], groups, {}, ENGLISH, (similarity, sentences))
    assert note.unique == (one.sentences[3].text,)


def _notes_of(lines: str, other: str, main: str = "") -> tuple[str, ...]:
    """The "only here" notes of the first of two articles whose sentences resemble none of
    the other's (no likeness in the alignment), in a story headlined `main`."""
    one, two = analysis("a", lines), analysis("b", other)
    sentences = [*one.sentences, *two.sentences]
    groups = [SentenceGroup((s,), 0.1) for s in sentences]
    similarity = np.zeros((len(sentences),) * 2, dtype=np.float32)
    (note, _) = notes([one, two], groups, {}, ENGLISH, (similarity, sentences), main=main)
    return note.unique


def test_page_debris_and_lines_that_need_their_context_are_never_only_here() -> None:
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "Mayor signs autographs for fans at the city's 'Summer Fest'\n"  # a link's headline
        "Editor's Picks Jane Roe, who had just met the mayor, still can't explain the vote.\n"
        "Hide Caption 3 of 12 Photos: The mayor speaks to reporters in the council hall.\n"
        "Channel 5's John Doe has the latest on the council's vote and the mayor's budget.\n"
        "That brought sharp criticism from the opposition leader on the council on Sunday.\n"
        '\u201cWe hope to have the new budget in place very soon for everyone."\n'
        'And how will the council pay for all of the new auditors next year?"\n'
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    unique = _notes_of(lines, "The council approved the budget after a debate on Monday.")
    assert unique == (
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )


def test_another_sources_fact_in_other_words_is_not_only_here() -> None:
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "Emergency legislation was prepared and approved in advance by the cabinet.\n"
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    other = (
        "The council approved the budget after a debate on Monday.\n"
        "The government made preparations in advance, including emergency legislation."
    )
    assert _notes_of(lines, other) == (
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )


def test_the_story_s_main_event_is_not_only_here() -> None:
    lines = (
        "Residents packed the hall on Monday for the last hearing of the year.\n"
        "In a late vote, the city council approved the mayor's budget for next year.\n"
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    other = "Residents spoke at length about the new park at the hearing."
    assert _notes_of(lines, other, main="City council approves mayor's budget") == (
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )


def test_who_republished_whom_only_when_the_evidence_shows_it() -> None:
    original = article("a", "The council approved the budget.", "2025-03-01", outlet="Wire")
    later = article("b", "The council approved the budget.", "2025-03-02", outlet="Gazette")
    same_day = replace(later, published="2025-03-01")
    credited = replace(
        same_day, blocks=(Block("p", "(Wire) - The council approved the budget.", 0),)
    )
    assert republished(later, original)
    assert not republished(same_day, original)
    assert republished(credited, original)
    # A time of day against a bare date of the same day shows nothing; instants in two time
    # zones are compared as instants (01:00 UTC is before 23:00 the evening before in New York).
    assert not republished(replace(same_day, published="2025-03-01T18:00:00"), original)
    east = replace(original, published="2025-03-01T23:00:00-05:00")
    west = replace(later, published="2025-03-02T01:00:00+00:00")
    assert republished(east, west) and not republished(west, east)
    # The outlet named in the copy's lead is no credit line.
    mention = replace(
        same_day, blocks=(Block("p", "The Wire reported that the council approved it.", 0),)
    )
    assert not republished(mention, original)
