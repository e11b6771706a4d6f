"""Facts that hold (issue 17): figures as claims, dates of events, the timeline, disagreements,
citations, "only here" notes and copies, each on the trap it was built against."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from generator import claims, disagree, lang
from generator.align import SentenceGroup
from generator.dates import dates_in, weekdays_in
from generator.figures import find_figures
from generator.models import (
    Analysis,
    Article,
    Block,
    Conflict,
    DateMention,
    Entity,
    Mention,
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
        "Section 48 of the Harbour Safety Act allows it.",
        "Call (202) 555-0100 for details.",
        "He lives at 10 Downing Street.",
        "Graphic is 146 mm x 127 mm.",
        "See http://example.com/story?id=691976 for more.",
        "He has the energy of a 30-something!",
        "It came about 6 months after the vote.",
        "She was named to the list of the 50 Best Dressed.",
    ):
        assert figures_of(text) == [], text


def test_numbers_that_name_mark_or_date_are_no_figures() -> None:
    for text in (
        "The clerk dialled 911 at once, and a 911 operator answered.",
        "Posts on 8chan and 4chan mocked the 49ers fans.",
        "Hide Caption 3 of 9 Photos: the harbour at dawn",
        "1 of 14 Full Screen Autoplay Close",
        "The fort was built in 312 BC and rebuilt by Gaius (250 B.C.), a general.",
        "In the spring of 1642, the town burned.",
        "He kept a ticket for a 2011 or '12 match.",
        "She led the league with a (.412) average.",
        "The new 3.0 release of the app fixed it.",
        "Call 0800 555 0199 or 020 7946 0958 for help.",
        "As shown in table 4 and Group 3, patients at stage 2 improved.",
        "(Interview notes, March 2, 2011, p. 9).",
        "It was logged as Case Call # 212.",
        "The deal breaks statute 52(b) of the code.",
        "Answers (1) and (2) were merged, as earlier work found (41, 42, 57).",
        "Catalysts for a cleaner fuel1,2,3 are scarce.",
        "Trials targeting smokers, 39 , 40 have helped.",
        "36 As Smith and colleagues suggested, one message may serve all.",
        "Shops began selling the iPhone 6 in March.",
        "A video obtained by Texas' Fox 4 shows the car.",
        "Her first album came out on 50 Cent's label.",
        "30 Rock is now in reruns.",
        "KTVU 2 reporter Ann Novak confirmed it.",
        "The band's last single, “Lucky 7,” sold well.",
        "He called the claim 100 percent wrong and said he was 100% sure.",
        "The union is the 800-pound gorilla in the room.",
        "The suspect is 6-foot-1 and was seen at the 10 o'clock news.",
        "Everyone loved the music of the 80's.",
        "The market closed at 1630 GMT, an hour late.",
    ):
        assert figures_of(text) == [], text


def test_numbers_in_words_ranges_shares_and_money_words() -> None:
    assert figures_of("Officers seized nearly two-dozen rifles.") == [(24.0, "count")]
    assert figures_of("More than a dozen aides quit; dozens of others stayed.") == [(12.0, "count")]
    assert (
        figures_of("It paid nearly three hundred and thirty thousand dollars to some twenty-five.")
        == []
    )
    assert figures_of("Between 8 and 35 percent of pupils say so.") == [(8.0, "%"), (35.0, "%")]
    assert figures_of("The city grew from 3 to 5 million people.")[0] == (3e6, "count")
    assert figures_of("The disease strikes one in 20 children.") == [(5.0, "%")]
    assert figures_of("She is one of 212 people he follows.") == [(212.0, "count")]
    assert figures_of("The camp sits at 2,400m above the valley.") == []
    assert figures_of("The book sold 3m copies.") == [(3e6, "count")]
    assert figures_of("Growth could rise by close to two percent.") == [(2.0, "%")]
    assert figures_of("The fund holds up to 90 million dollars.") == [(9e7, "USD")]
    assert figures_of("In March, 12 people died; on June, 4 2009 none did.") == [(12.0, "count")]
    (about_twenty,) = find_figures(
        [Sentence("They expect 20 or so delegates.", "a", 0, 0)], ENGLISH
    )
    # "or so" written after the number is shown before it as the source meant it: about 20.
    assert (about_twenty.value, about_twenty.hedge, about_twenty.about) == (
        20.0,
        "about",
        "delegates",
    )


def test_about_and_over_after_some_words_are_prepositions_not_hedges() -> None:
    def hedges(text: str) -> list[tuple[float, str | None]]:
        return [(f.value, f.hedge) for f in find_figures([Sentence(text, "a", 0, 0)], ENGLISH)]

    assert hedges("The clerk handed over 300 files.") == [(300.0, None)]
    assert hedges("The flood killed over 200 people.") == [(200.0, "over")]
    assert hedges("The memo gave information about two hidden programs.") == []
    assert hedges("Police said about 20 men were held.") == [(20.0, "about")]


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
    same = analysis("c", "Some 12,000 American soldiers are stationed there.")
    other = analysis("d", "About 12,000 US troops are based in the region.")
    (joined,) = claims.story_figures([same, other], ENGLISH)
    assert joined.sources == ("c", "d")
    assert {c.text for c in joined.said} == {same.sentences[0].text, other.sentences[0].text}


def test_a_unit_glued_to_its_number_is_the_unit_it_measures() -> None:
    glued = analysis("a", "The hiker slid about 200ft down the icy slope before the rope held.")
    metres = analysis("b", "The hiker slid 200 metres down the icy slope before the rope held.")
    assert sorted(f.sources for f in claims.story_figures([glued, metres], ENGLISH)) == [
        ("a",),
        ("b",),
    ]
    feet = analysis("c", "The hiker slid 200 feet down the icy slope before the rope held.")
    (joined,) = claims.story_figures([glued, feet], ENGLISH)
    assert joined.sources == ("a", "c")


def test_one_duration_for_two_things_is_two_figures() -> None:
    tenure = analysis("a", "She held the post for eight years as trade secretary.")
    partners = analysis("b", "The two men ran the fund together for eight years.")
    assert len(claims.story_figures([tenure, partners], ENGLISH)) == 2
    shutdown = analysis("c", "The shutdown left workers without pay for 35 days.")
    again = analysis("d", "For 35 days the shutdown kept workers from their pay.")
    (joined,) = claims.story_figures([shutdown, again], ENGLISH)
    assert joined.sources == ("c", "d")


def test_a_bare_group_noun_is_shown_with_the_happening_it_takes_part_in() -> None:
    def labels(text: str) -> list[str]:
        return [f.about for f in claims.story_figures([analysis("a", text)], ENGLISH)]

    assert labels("In the port town, 35 sailors were detained by the coast guard.") == [
        "sailors detained"
    ]
    assert labels("The flood stranded 120 hikers who were camping near the gorge.") == [
        "hikers camping"
    ]
    assert labels("The storm injured 60 villagers in the northern valley.") == ["villagers injured"]
    assert labels("The rookie rushed for 140 yards against the Pilots.") == ["yards rushed"]
    # How long a verb lasted is no happening of what is counted.
    assert labels("The rule had been required for 25 years by the agency.") == ["years"]


def test_counts_of_two_happenings_are_not_merged() -> None:
    marched = analysis("a", "On the bridge, 150 students marched toward the ministry.")
    detained = analysis("b", "By night 150 students were detained near the ministry gates.")
    shown = claims.story_figures([marched, detained], ENGLISH)
    assert sorted(f.sources for f in shown if f.value == 150.0) == [("a",), ("b",)]


def test_a_unit_counted_for_two_holders_is_two_figures() -> None:
    first = analysis("c", "Tomas Varga scored 17 points as the Hornets won the home game.")
    second = analysis("d", "Leo Brandt led the Owls with 17 points in the home game loss.")
    shown = claims.story_figures([first, second], ENGLISH)
    assert sorted(f.sources for f in shown if f.value == 17.0) == [("c",), ("d",)]
    both = analysis("f", f"{first.sentences[0].text}\n{second.sentences[0].text}")
    assert len([f for f in claims.story_figures([both], ENGLISH) if f.value == 17.0]) == 2
    again = analysis("e", "Varga finished the home game with 17 points for the Hornets.")
    (joined,) = [f for f in claims.story_figures([first, again], ENGLISH) if f.value == 17.0]
    assert joined.sources == ("c", "e")


def test_the_ends_of_a_range_are_bounds_and_hedges_are_kept() -> None:
    def hedged(text: str) -> list[tuple[float, str | None]]:
        return [(f.value, f.hedge) for f in find_figures([Sentence(text, "a", 0, 0)], ENGLISH)]

    assert hedged("They asked for a term of 46 to 57 months.") == [
        (46.0, "at least"),
        (57.0, "up to"),
    ]
    assert hedged("Between 8 and 35 percent of pupils say so.") == [
        (8.0, "at least"),
        (35.0, "up to"),
    ]
    assert hedged("The mayor won, 54 to 45.") == [(54.0, None), (45.0, None)]  # a tally
    assert hedged("It outraised him $5.4 million to $200,000.") == [(5.4e6, None), (2e5, None)]
    assert hedged("The share rose from 25% to 30%.") == [(25.0, None), (30.0, None)]  # a change
    assert hedged("Activists say there were as many as 200,000 victims.") == [(2e5, "as many as")]
    assert hedged("The tower, perhaps 15 stories tall, is planned.") == [(15.0, "perhaps")]


def test_a_bound_from_above_and_one_from_below_are_two_figures() -> None:
    more = analysis("a", "Just 80 swimmers swam more than three times a month in the trial.")
    less = analysis("b", "Swimmers who swam less than three times a month in the trial did best.")
    shown = claims.story_figures([more, less], ENGLISH)
    assert [(f.value, f.hedge, f.sources) for f in shown if f.value == 3.0] == [
        (3.0, "more than", ("a",)),
        (3.0, "less than", ("b",)),
    ]


def test_a_thing_named_near_another_figure_is_not_enough_to_merge() -> None:
    poll = analysis("a", "The poll shows Ortiz at 49 percent and Kim at 45 percent.")
    label = analysis("b", "Today 45 percent of voters call Kim too cautious.")
    shown = claims.story_figures([poll, label], ENGLISH)
    assert sorted(f.sources for f in shown if f.value == 45.0) == [("a",), ("b",)]


def test_numbers_joined_by_signs_links_names_and_catalogue_numbers_are_no_figures() -> None:
    for text in (
        "Only 1–3% of ticks carry it.",  # the end of a range, after its dash
        "It takes 4–6 hours of feeding.",
        "He used a “2+2” metaphor.",
        "The shop is open 24/7.",
        "The crawler (version 2.4.1-beta) ran.",
        "Specimens XMP 204411 and 204415 were found.",
        "[Photos: 5 Castles of the Old Kingdom]",
        "(Also on the Daily Post: 10 things to know about the mayor)",
        "She is on the magazine's 30 Under 30 list.",
        "They met at the Group of 20 summit.",
        'Press 2 "to speak to an agent."',
        "Estimates range widely (refs 13, 19).",
        "Read the fact sheet (172k.pdf)",
    ):
        assert figures_of(text) == [], text
    assert figures_of("More than 200 people came.") == [(200.0, "count")]
    assert figures_of("It reached a total of MORE THAN $4.72 billion.") == [(4.72e9, "USD")]
    assert figures_of("(The firm said 12 workers were hurt.)") == [(12.0, "count")]
    assert figures_of("He told the press 2 days later that 12 people died.") == [(12.0, "count")]


def test_an_amount_converted_in_brackets_is_one_figure() -> None:
    assert figures_of("Osaka agreed to pay 2bn yen ($18m, £14m) to a fund.") == [(2e9, "JPY")]
    assert figures_of("It lies at 5,900 meters (19,350 feet).") == [(5900.0, "count")]
    assert figures_of("She was fined 3,000 dinars (nearly $8,000).") == [(3000.0, "count")]
    assert figures_of("His shoe size (15) is big.") == [(15.0, "count")]
    assert figures_of("He hit home runs (21) and stole 12 bases.") == [
        (21.0, "count"),
        (12.0, "count"),
    ]


def test_a_day_cut_from_its_month_by_the_sentence_splitter_is_no_figure() -> None:
    sentences = [
        Sentence("It renewed the post-Sept.", "a", 0, 0),
        Sentence("11 law in 2011.", "a", 1, 0),
    ]
    assert find_figures(sentences, ENGLISH) == ()
    sentences = [Sentence("It met in Paris.", "a", 0, 0), Sentence("12 people came.", "a", 1, 0)]
    assert [f.value for f in find_figures(sentences, ENGLISH)] == [12.0]


def test_a_fraction_after_a_number_is_part_of_it() -> None:
    assert figures_of("The crew expects to land in the next 5 ½ days.") == [(5.5, "count")]


def test_what_a_figure_counts_is_read_within_its_clause() -> None:
    def shown(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.about) for f in claims.story_figures([analysis("a", text)], ENGLISH)]

    assert shown("Of 2,046 tombs built 4,000 years ago, just 9 were found with a shield.") == [
        (2046.0, "tombs built")
    ]  # no "6 years"
    assert shown('Press 2 "to speak to an agent," and 3 "to hear this again."') == []
    assert shown("The plan holds $150 billion in new grants and $310 billion in tax credits.") == [
        (1.5e11, "new grants"),
        (3.1e11, "tax credits"),
    ]
    assert shown("He was accused of assault on a child under 14, court papers show.") == []
    assert shown("She has two sons, ages 17 and 12, at home.") == []
    assert shown("The storm killed over 12.") == [(12.0, "storm killed")]
    assert shown("He paid $5 million in April.") != [(5e6, "April")]
    assert shown("Two games passed $1 billion in 23 days.") != [(1e9, "days")]
    assert shown("It is a village of around 4,000 about 25 miles north.") == [
        (4000.0, "village"),
        (25.0, "miles north"),
    ]  # no "4,000 miles north"
    assert shown("The tour includes 14 stops over four days.") == [
        (14.0, "stops"),
        (4.0, "days"),
    ]
    # The part counts within its whole; the whole did not all come.
    assert shown("Only 17 of the 25 young pupils came.") == [
        (17.0, "of the 25 young pupils came"),
        (25.0, "young pupils"),
    ]
    assert shown("It has the highest graduation rate in the state, around 97 percent.") == [
        (97.0, "state")
    ]


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
    assert age("A 20-year-old man fled on Saturday.") == ("age", None)
    assert age("Her neighbour Ann Marlow, 35, wept.") == ("age", "Ann Marlow")  # no month
    assert age("The fine on Jane Doe, $5,300, was paid.")[0] != "age"
    # Whose age it is: a name, not a place, a people, a college or a word opening the sentence.
    assert age("The 49-year-old lectures at Hill College.") == ("age", None)
    assert age("A 40-year-old woman from Lake County lost her arms.") == ("age", None)
    assert age("He was a 23-year-old Coast Guard cadet.") == ("age", None)
    assert age("A 90-year-old Texas woman wants a holiday.") == ("age", None)
    assert age("The 61-year-old Smith will play her.") == ("age", "Smith")
    assert age("Instead, the 68-year-old filmmaker died.") == ("age", None)
    assert age("Today Ann Novak, 21, showed it.") == ("age", "Ann Novak")
    assert age("John Roe Jr., 56, of Springfield was held.") == ("age", "John Roe Jr.")
    assert age("Police arrested 49-year-old John Roe and charged him.") == ("age", "John Roe")


# Dates ------------------------------------------------------------------------------------------


def test_what_a_date_dates() -> None:
    assert kinds("Mattis resigned Thursday in protest.") == [("2018-12-20", "event")]
    assert kinds("Officials said Tuesday that he had left.") == [("2018-12-18", "report")]
    assert kinds("In its statement on Thursday, the firm denied it.") == [("2018-12-20", "report")]
    assert kinds("The hearing is scheduled for Tuesday.") == [("2018-12-25", "plan")]
    assert kinds("Congress has until Feb. 8 to act.") == [("2019-02-08", "deadline")]
    assert kinds("The 2015 deal still holds.") == [("2015", "modifier")]
    assert kinds("Emissions fell since 2016.") == [("2016", "modifier")]
    # a span: no happening of its first year, but one from its first year to its last
    assert kinds("He was governor from 2000 to 2006.") == [("2000", "event")]
    assert [
        d.last for d in dates_in("He was governor from 2000 to 2006.", "2018-12-23", ENGLISH)
    ] == ["2006"]


def test_weekdays_in_names_shows_and_quotations_date_nothing() -> None:
    assert kinds("She went on Fox News Sunday and defended him.") == []
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


def test_every_weekday_the_dates_pattern_reads_is_seen_by_the_weekday_filter() -> None:
    # weekdays_in runs the long mentions pattern only on a sentence weekday_name finds a name in:
    # a form of a weekday the pattern reads and the filter misses would be lost.
    for language in lang.LANGUAGES.values():
        grammar = language.dates
        for day in language.calendar.weekdays:
            for text in (
                f"They were indicted {day.capitalize()} over the leak.",
                f"They were indicted on {day} over the leak.",
                f"THEY WERE INDICTED ON {day.upper()} OVER THE LEAK.",
            ):
                read = [m for m in grammar.mentions.finditer(text) if m["wd"] or m["bare"]]
                assert read, text
                assert grammar.weekday_name.search(text), text
                assert weekdays_in(text, language) == {day.capitalize()}, text


# Timeline ---------------------------------------------------------------------------------------


def test_timeline_holds_the_story_its_plans_and_apart_its_background() -> None:
    first = analysis(
        "a",
        "The minister resigned on Thursday after a row.\n"
        "She said on Wednesday that she had no regrets.\n"
        "Her successor will be sworn in on January 3.\n"
        "She was first elected in March 2009.\n"
        "Her deputy flew to Brussels on Friday, since taking up the post in June.",
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


def test_a_deputy_of_a_force_holding_a_rank_is_no_other_rank() -> None:
    """ "Deputy Sgt. Doe" (a sheriff's deputy who is a sergeant) and "Sgt. Doe" are one title;
    a deputy chief or a deputy minister still ranks below the chief or the minister."""
    conflict = disagree._role_conflict
    assert conflict("Jane Doe", {"a": {"deputy sergeant"}, "b": {"sergeant"}}, ENGLISH) == []
    assert conflict("Jane Doe", {"a": {"deputy officer"}, "b": {"officer"}}, ENGLISH) == []
    (chief,) = conflict("Jane Doe", {"a": {"deputy chief"}, "b": {"chief"}}, ENGLISH)
    assert [c.text for c in chief.claims] == ["Chief", "Deputy chief"]


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
    doe = Entity("Jane Doe", "person", None, ("Doe",), ("a", "b"))
    first = analysis("a", "Jane Doe was indicted Thursday over the leak.", None)
    second = analysis("b", "Doe was indicted Tuesday, according to papers unsealed Thursday.")
    (day,) = disagree._once_event_days([first, second], [doe], ENGLISH)
    assert day.topic == "Day: day of the indictment of Jane Doe"
    assert [(c.text, c.sources) for c in day.claims] == [("Thursday", ("a",)), ("Tuesday", ("b",))]
    met = analysis("c", "The two leaders met on Monday in Rome.", None)
    other = analysis("d", "The two leaders met on Tuesday in Paris.", None)
    assert disagree._once_event_days([met, other], [], ENGLISH) == []  # meetings recur
    # No person named: the clauses tell it is one happening (the ferry) or not.
    ferry = analysis("e", "The ferry capsized on Friday off the coast.", None)
    late = analysis("f", "The ferry capsized Saturday, officials said.", None)
    (capsized,) = disagree._once_event_days([ferry, late], [], ENGLISH)
    assert capsized.topic == "Day: day of the capsizing"
    barge = analysis("g", "A barge capsized Saturday upstream.", None)
    assert disagree._once_event_days([ferry, barge], [], ENGLISH) == []


def test_a_happening_of_one_person_is_not_dated_by_another_persons() -> None:
    """Two people resigned on two days: no disagreement on the day of "the" resignation."""
    people = [
        Entity("Jane Doe", "person", None, ("Doe",), ("a", "b")),
        Entity("John Roe", "person", None, ("Roe",), ("a",)),
    ]
    roe = analysis(
        "a",
        "Officials confirmed that Roe handed in his resignation on Friday, "
        "a day after Doe resigned.",
    )
    doe = analysis("b", "Jane Doe, the defense secretary, resigned Thursday in protest.")
    assert disagree._once_event_days([roe, doe], people, ENGLISH) == []
    # A pronoun does not say who: "he resigned" is no claim about Jane Doe.
    he = analysis("c", "He resigned Friday in protest.")
    assert disagree._once_event_days([he, doe], people, ENGLISH) == []
    # Two people named before the day: whose resignation it is is not clear.
    both = analysis("d", "Doe said Roe resigned Friday.")
    assert disagree._once_event_days([both, doe], people, ENGLISH) == []
    # A name after a preposition is not whom it happened to: the aides were indicted.
    aides = analysis("f", "Two aides of Jane Doe were indicted Thursday over the leak.", None)
    papers = analysis("g", "According to an indictment unsealed Tuesday, the leak began in May.")
    (indicted,) = disagree._once_event_days([aides, papers], people, ENGLISH)
    assert [c.text for c in indicted.claims] == ["Thursday", "Tuesday"]
    # Whose mother died is not who died; a death of no one named is compared with none.
    mother = analysis("h", "Jane Doe's mother died on Friday.")
    died = analysis("i", "Jane Doe died on Thursday, her family said.")
    assert disagree._once_event_days([mother, died], people, ENGLISH) == []
    someone = analysis("j", "A man died on Friday.")
    unnamed = analysis("k", "A man died Thursday in the crash.")
    assert disagree._once_event_days([someone, unnamed], people, ENGLISH) == []
    passed = analysis("l", "Defense secretary Jane Doe died Friday.")
    (death,) = disagree._once_event_days([passed, died], people, ENGLISH)
    assert death.topic == "Day: day of the death of Jane Doe"
    # The same person on two days is a disagreement.
    other = analysis("e", "Defense secretary Jane Doe resigned on Friday.")
    (day,) = disagree._once_event_days([other, doe], people, ENGLISH)
    assert [(c.text, c.sources) for c in day.claims] == [("Friday", ("e",)), ("Thursday", ("b",))]


def _shown(
    *analyses: Analysis, alike: float = 0.25, people: Sequence[Entity] = ()
) -> list[Conflict]:
    """The disagreements of a story of these analyses whose sentences, from different sources,
    are each `alike` (too little to be grouped as one fact: no groups are given)."""
    sentences = [s for a in analyses for s in a.sentences]
    articles = np.array([s.article for s in sentences])
    similarity = np.where(articles[:, None] == articles[None, :], 0.0, alike).astype(np.float32)
    np.fill_diagonal(similarity, 1.0)
    return list(disagree.conflicts(analyses, [], people, ENGLISH, (similarity, sentences)))


def test_one_amount_told_in_unlike_sentences_disagrees() -> None:
    first = analysis(
        "a", "The order lets the mayor divert $4.2 million from road repair projects to the park."
    )
    second = analysis(
        "b",
        "The mayor would also unlock money from the city's road repair budget, to the tune of "
        "$4.5 million.",
    )
    same = analysis("c", "The order diverts about $4.4 million from road repair projects.")
    (amount,) = _shown(first, second)
    assert amount.topic.startswith("Figure: the amount (road repair)")
    assert [(c.text, c.sources) for c in amount.claims] == [
        ("4.2 million USD", ("a",)),
        ("4.5 million USD", ("b",)),
    ]
    # "about $4.4 million" is within 10% of both: it agrees with each, and takes no side.
    three = [first, second, same]
    (amount,) = _shown(*three)
    assert [c.sources for c in amount.claims] == [("a",), ("b",)]
    # Sentences on unrelated points are not compared, however alike the words next to them.
    assert _shown(first, second, alike=0.05) == []


def test_figures_of_two_things_or_known_to_both_sides_do_not_disagree() -> None:
    killed = analysis("a", "The ministry said 15 people were killed in the northern province.")
    elsewhere = analysis("b", "In total, 86 people were killed in the port city on Monday.")
    assert _shown(killed, elsewhere) == []
    plan = analysis("a", "His plan would cut $800 billion from the health program.")
    done = analysis(
        "b",
        "The governor has cut $716 billion from the health program.\n"
        "His rival says the plan takes more than $700 billion from the health program too.",
    )
    # The second source gives the first's $800 billion as "more than $700 billion" too: to it the
    # two are two amounts.
    assert _shown(plan, done) == []
    average = analysis(
        "a", "From 2009 through 2016 the pair paid an average tax rate of 28.4 percent."
    )
    one_year = analysis("b", "The pair paid an average tax rate of 33.1 percent in 2016.")
    assert _shown(average, one_year) == []
    ages = analysis("a", "Most of the 3,000 residents aged 20 to 29 live with their parents.")
    share = analysis("b", "Some 31 residents aged 20 live with their parents, the survey found.")
    assert _shown(ages, share) == []


def test_one_happening_put_on_two_days_in_unlike_sentences() -> None:
    first = analysis(
        "a",
        "A council aide apologized on Friday over a post that mocked the mayor's son.",
        "2014-11-29",
    )
    second = analysis(
        "b",
        "The spokeswoman was made to apologize Saturday over a post critical of the mayor.",
        "2014-11-30",
    )
    (day,) = _shown(first, second)
    assert day.topic.startswith("Day: the day")
    assert [(c.text, c.sources) for c in day.claims] == [("Friday", ("a",)), ("Saturday", ("b",))]
    # A week beside the day dates another happening: the day is still the apology's.
    recalled = analysis(
        "b",
        "The spokeswoman was made to apologize Saturday over a post critical of the mayor's visit "
        "earlier this week.",
        "2014-11-30",
    )
    (day,) = _shown(first, recalled)
    assert [(c.text, c.sources) for c in day.claims] == [("Friday", ("a",)), ("Saturday", ("b",))]
    # Two days in one sentence: which of them dates the apology is not clear.
    both = analysis(
        "b",
        "The spokeswoman was made to apologize Saturday over a post critical of the mayor's visit "
        "on Wednesday.",
        "2014-11-30",
    )
    assert _shown(first, both) == []
    fired = analysis(
        "c", "The board fired the director on June 3, 2015, after a long review.", None
    )
    dismissed = analysis("d", "The director was fired on June 4, 2015 by the board.", None)
    (date,) = _shown(fired, dismissed)
    assert date.topic.startswith("Date: the date")
    assert [c.text for c in date.claims] == ["2015-06-03", "2015-06-04"]
    # A day after the other source went out is a later happening it could not report.
    early = analysis("a", "The two leaders met on Sunday at the palace for an hour.", "2012-12-10")
    late = analysis("b", "The two leaders met for an hour on Thursday at the palace.", "2012-12-13")
    assert _shown(early, late) == []
    # Two happenings that share a noun of the story next to their days are two happenings.
    signed = analysis("c", "The president on Tuesday signed an accord annexing the region.", None)
    approved = analysis("d", "Parliament approved an accord Thursday to annex the region.", None)
    assert _shown(signed, approved) == []
    # The same happening in two places, on two days: two happenings.
    port = analysis(
        "e", "In total, 86 residents were killed Monday in Harbour City, activists said.", None
    )
    inland = analysis(
        "f", "A car bomb in the city of Eastbrook killed at least five people on Sunday.", None
    )
    assert _shown(port, inland, alike=0.4) == []


def _fact_days(
    *texts: str, published: str | None = "2018-12-23", people: Sequence[Entity] = ()
) -> list[str]:
    """The days in dispute in one fact the sources' sentences state (one sentence each, aligned
    as loose paraphrases are), as "day: sources" lines."""
    analyses = [analysis(chr(ord("a") + i), t, published) for i, t in enumerate(texts)]
    sentences = [a.sentences[0] for a in analyses]
    similarity = np.full((len(sentences), len(sentences)), 0.35, dtype=np.float32)
    np.fill_diagonal(similarity, 1.0)
    group = SentenceGroup(tuple(sentences), 0.5)
    found = disagree.conflicts(analyses, [group], people, ENGLISH, (similarity, sentences))
    return [
        f"{c.text}: {','.join(c.sources)}"
        for conflict in found
        if conflict.topic.startswith(("Day:", "Date:"))
        for c in conflict.claims
    ]


def test_the_day_of_one_happening_is_not_compared_with_another_act_on_the_same_person() -> None:
    # Identifying a driver and arresting her are two acts: each has its own day.
    identified = "Police identified the driver on Thursday as Jane Roe of Elmwood."
    arrested = "Jane Roe of Elmwood was arrested on Wednesday near the old bridge."
    assert _fact_days(identified, arrested) == []
    # The same act on two days is still a disagreement, told with one verb or a word of its
    # family ("was killed", "died").
    again = "Jane Roe of Elmwood was arrested on Thursday near the old bridge."
    assert _fact_days(arrested, again) == ["Thursday: b", "Wednesday: a"]
    killed = "The night guard was killed Tuesday in the blast at the fuel depot."
    died = "The night guard died Monday in the blast at the fuel depot."
    assert _fact_days(killed, died) == ["Monday: b", "Tuesday: a"]
    # A visitor's arrival told as his landing is one happening.
    arrived = "The envoy arrived in the capital on Friday for two days of talks."
    landed = "The envoy landed in the capital on Saturday for two days of talks."
    assert _fact_days(arrived, landed) == ["Friday: a", "Saturday: b"]
    # A date of another act on the same people: "announced" one thing, "took over" another.
    announced = "The club's owner announced on May 3, 2019 that the coach was relieved."
    took_over = "The owner took over the club on May 6, 2017, naming a new coach."
    assert _fact_days(announced, took_over, published=None) == []


def test_one_act_done_to_two_people_on_two_days_is_two_happenings() -> None:
    people = [
        Entity("Ann Smith", "person", None, ("Smith",), ("a", "b")),
        Entity("Bo Jones", "person", None, ("Jones",), ("a", "b")),
    ]
    smith = "The Rovers placed forward Ann Smith on the injured list Tuesday after the match."
    jones = "The Rovers placed Bo Jones on the injured list Wednesday after the match."
    # Whether the sentences are one fact's (a group) or alike enough to tell one happening:
    # each names another person, so neither path compares their days.
    assert _fact_days(smith, jones, people=people) == []
    assert _shown(analysis("a", smith), analysis("b", jones), alike=0.5, people=people) == []
    # A clause that opens with its verb has its subject at the head of the sentence.
    aside = "Bo Jones, the club's top scorer, was placed on the injured list Wednesday."
    assert _fact_days(smith, aside, people=people) == []
    # Someone named after a preposition or as an owner is not whom the act is of, and a
    # surname in lower case is a word.
    named = disagree._NamedPeople([], people)
    assert named.of("The club placed Bo Jones on the list", ENGLISH) == {"bo jones"}
    assert named.of("A post critical of Ann Smith was deleted", ENGLISH) == frozenset()
    assert named.of("Bo Jones's aide apologized", ENGLISH) == frozenset()
    assert named.of("The smith and her apprentice were hurt", ENGLISH) == frozenset()
    # The same person on two days is still a disagreement, on both paths, and a clause that
    # names no one ("was placed") makes no claim of another person.
    again = "Ann Smith was placed on the injured list Wednesday after the match."
    assert _fact_days(smith, again, people=people) == ["Tuesday: a", "Wednesday: b"]
    (day,) = _shown(analysis("a", smith), analysis("b", again), alike=0.5, people=people)
    assert [c.text for c in day.claims] == ["Tuesday", "Wednesday"]
    unnamed = "The forward was placed on the injured list Wednesday after the match."
    assert _fact_days(smith, unnamed, people=people) == ["Tuesday: a", "Wednesday: b"]


def test_a_plan_is_never_compared_with_a_past_happening() -> None:
    played = "The Rovers beat the Hornets 3-1 in the semifinal on Friday."
    for planned in (
        "The Rovers advance to play the Lions on Saturday in the final.",
        "The Rovers will play the Lions in the final on Saturday.",
        "The Rovers are set to play the Lions in the final on Saturday.",
    ):
        assert _fact_days(played, planned) == [], planned
    # An infinitive after a verb in the past tells what was done, on its day.
    assert _fact_days(
        "The aide had to resign on Friday over the post.",
        "The aide resigned on Saturday over the post.",
    ) == ["Friday: a", "Saturday: b"]
    # Two days of one plan still disagree.
    assert _fact_days(
        "The Rovers advance to play the Lions on Saturday in the final.",
        "The Rovers will play the Lions in the final on Sunday.",
    ) == ["Saturday: a", "Sunday: b"]


def test_a_turnout_just_short_of_a_number_and_one_past_it_disagree() -> None:
    reached = analysis(
        "a", "Officials said turnout reached 93.9 percent in the vote for parliament."
    )
    short = analysis("b", "The election board put turnout at almost 90%.")
    (turnout,) = _shown(reached, short)
    assert turnout.topic.startswith("Figure: the share (turnout)")
    assert [(c.text, c.sources) for c in turnout.claims] == [
        ("93.9%", ("a",)),
        ("almost 90%", ("b",)),
    ]
    # "about 92%" may be 93.9%; "almost 94%" is short of it by a rounding.
    about = analysis("c", "The election board put turnout at about 92%.")
    assert _shown(reached, about) == []
    rounded = analysis("d", "The election board put turnout at almost 94%.")
    assert _shown(reached, rounded) == []
    # A share of something else is no turnout, whatever the words around it.
    seats = analysis("e", "The election commission said that 90% of the seats went to the party.")
    assert _shown(reached, seats) == []


def test_a_recurrence_counted_over_two_spans() -> None:
    first = analysis("a", "It was the third fire at the plant in six weeks, officials said.")
    second = analysis("b", "It was the third such blaze in five weeks.")
    (span,) = _shown(first, second)
    assert [(c.text, c.sources) for c in span.claims] == [("5 weeks", ("b",)), ("6 weeks", ("a",))]
    other = analysis("c", "It was the second recall in five weeks.")
    assert _shown(first, other) == []


def test_an_age_goes_to_the_person_the_story_writes_the_name_for() -> None:
    # "Doe" is written for John Doe; Mary Doe is in the story too, named in full.
    john = Entity("John Doe", "person", None, ("Doe",), ("a", "b"))
    mary = Entity("Mary Doe", "person", None, (), ("a",))
    first = analysis("a", "Doe, 41, was charged on Monday. Mary Doe was not charged.")
    second = analysis("b", "John Doe, 42, was charged.")
    (ages,) = disagree._age_conflicts([first, second], [john, mary], ENGLISH)
    assert ages.topic == "Age: age of John Doe"


def test_an_age_goes_to_a_person_under_a_title_a_suffix_or_a_name_the_story_lacks() -> None:
    def ages(people: list[Entity], first: str, second: str) -> list[tuple[str, list[str]]]:
        found = disagree._age_conflicts(
            [analysis("a", first), analysis("b", second)], people, ENGLISH
        )
        return [(c.topic, [claim.text for claim in c.claims]) for c in found]

    mark = Entity("Mark Roe", "person", None, (), ("a", "b"))
    miles = Entity("Miles Roe", "person", None, (), ("a",))
    # Two Roes in the story: the surname alone is no one's, the titled full name is Mark's.
    assert ages([mark, miles], "Dr. Mark Roe, 43, was there.", "Mark Roe, 44, was there.") == [
        ("Age: age of Mark Roe", ["43", "44"])
    ]
    junior = Entity("Joseph Doe Jr.", "person", None, (), ("a", "b"))
    assert ages([junior], "Joseph Doe Jr., 49, was charged.", "Doe, 48, was charged.") == [
        ("Age: age of Joseph Doe Jr.", ["48", "49"])
    ]
    # A name no entity of the story holds is a person of its own.
    assert ages([], "Kathy Poe, 10, was hit.", "Poe, 11, was hit on Monday.") == [
        ("Age: age of Kathy Poe", ["10", "11"])
    ]
    # Another first name under the same surname is another person.
    assert ages([mark], "Mary Roe, 43, was there.", "Mark Roe, 44, was there.") == []


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
            "The mayor could be charged by state prosecutors within a month.",
            "The mayor was charged by state prosecutors within a month.",
        ),
        (
            "Sixty-five soldiers died in the battle for the port on Tuesday.",
            "Four soldiers died in the battle for the port on Tuesday.",
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


def test_pieces_of_quotations_and_lines_about_someone_unnamed_are_never_only_here() -> None:
    # Shown alone under its outlet's name, a note must be understood alone: not the second
    # sentence of someone's quotation (no marks of its own), not a line that opens with "He"
    # or "It's" (who? what?) or whose subject is "he" after small words ("On Friday he"), not an
    # example or a step of something told before ("For instance", "Then there's", "Both men"),
    # not a quotation said by "she", not a quotation whose only word of saying is its own.
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "\u201cI think the mayor is running a huge political gamble with this budget.\n"
        "If he has gone soft on the unions, it will hurt him badly at the polls.\n"
        "He handled many important cases for the city before he joined the council in 2010.\n"
        "It\u2019s always fun to watch the council argue about money late into the night.\n"
        "On Friday he voted against the budget for the third year in a row, as he had promised.\n"
        "For instance, one clerk was paid twice for the same week of work in the spring.\n"
        "Then there's the new tram line, which will cost twice what the council had planned.\n"
        "Both men were let go before they could draw their full pension and health cover.\n"
        '"We said all along that this would happen to the budget in the end.\n'
        '"The budget is a disaster for every family in this town," she said.\n'
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    unique = _notes_of(lines, "The council approved the budget after a debate on Monday.")
    assert unique == (
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )


def _notes_in_paragraphs(paragraphs: list[list[str]], other: str) -> tuple[str, ...]:
    """The "only here" notes of an article written in `paragraphs` (lists of sentences) against
    another one whose sentences resemble none of its own."""
    lines = [line for paragraph in paragraphs for line in paragraph]
    number = [n for n, paragraph in enumerate(paragraphs) for _ in paragraph]
    one, two = analysis("a", "\n".join(lines)), analysis("b", other)
    one = replace(
        one, sentences=tuple(replace(s, paragraph=number[s.index]) for s in one.sentences)
    )
    sentences = [*one.sentences, *two.sentences]
    groups = [SentenceGroup((s,), 0.1) for s in sentences]
    similarity = np.zeros((len(sentences),) * 2, dtype=np.float32)
    (note, _) = notes([one, two], groups, {}, ENGLISH, (similarity, sentences))
    return note.unique


def test_the_next_sentence_of_a_quotation_is_not_only_here() -> None:
    # A quotation runs on within its paragraph (and into a next paragraph that opens with a
    # quotation mark); a mark left open at a paragraph's end (a tweet whose closing mark the
    # page lost) hides nothing after it.
    kept = "The mayor's office hired three new auditors from a firm in Denver last year."
    unique = _notes_in_paragraphs(
        [
            ["The council approved the budget on Monday after a long debate."],
            [
                "\u201cThe budget is a gift to the unions and to nobody else in this city.",
                "The city will pay for this mistake for many years to come, mark my words.",
            ],
            ["\u201cWe will make peace with everyone in this city in the end, believe me!"],
            [kept],
        ],
        "The council approved the budget after a debate on Monday.",
    )
    assert unique == (kept,)


def test_lines_that_stand_alone_stay_only_here() -> None:
    # "It's too early to say whether ...": an "it" that stands for nothing; "As he has
    # before, Smith ...": a pronoun that points to the name right after; a quotation with its
    # speaker's name.
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "It's too early to say whether the budget will survive a vote in the state senate.\n"
        "As he has done before, Mayor Jane Roe blamed the unions for the delays at city hall.\n"
        '"If they cared about the city, they would stop blocking the tram," said John Doe.'
    )
    unique = _notes_of(lines, "The council approved the budget after a debate on Monday.")
    assert len(unique) == 3


def test_wire_captions_and_the_page_s_prompts_are_never_only_here() -> None:
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "Firefighters stand outside the council hall after the vote in Denver, March 9, 2016.\n"
        "General view of the entrance to the council hall after the vote on the new budget.\n"
        "Check out the rest of our coverage of the budget fight in the council this week.\n"
        "Keep up-to-date with our scores and traffic with our apps for iPhone and Android.\n"
        "Read on for the reactions of the council members, the mayor and the unions.\n"
        "The station will update this story when the police release more details tonight.\n"
        "The mayor's office hired three new auditors from a firm in Denver last year."
    )
    unique = _notes_of(lines, "The council approved the budget after a debate on Monday.")
    assert unique == (
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )


def test_another_sources_fact_in_other_words_is_not_only_here() -> None:
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "Emergency legislation was drafted and signed off in advance by the cabinet.\n"
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


def test_the_size_of_one_thing_written_as_a_compound() -> None:
    """ "a 48-page indictment" and "the 47-page indictment": one document, two sizes."""
    first = analysis("a", "Among the allegations in the 48-page indictment of Jane Doe were trips.")
    second = analysis("b", "The goal was to enrich the Doe family, the 47-page indictment says.")
    (pages,) = disagree._compound_sizes([first, second], ENGLISH)
    assert pages.topic == "Figure: how many (pages) of the indictment"
    assert [(c.text, c.sources) for c in pages.claims] == [("47", ("b",)), ("48", ("a",))]
    # Units of measure and spans of time say how much, of which a story holds several.
    margin = analysis("c", "Voters backed him by a 22-point margin after a 12-hour debate.")
    other = analysis("d", "Voters oppose it by a 16-point margin after a 13-hour debate.")
    assert disagree._compound_sizes([margin, other], ENGLISH) == []
    # A source that gives two sizes is on no side.
    both = analysis("e", "A 48-page indictment, or 47-page indictment, was filed against Doe.")
    assert disagree._compound_sizes([first, both], ENGLISH) == []
    # Sides that name no one in common: two races' leads, not one lead.
    north = analysis("f", "In the north, Jane Roe took a narrow 4,215-vote lead on Monday.")
    south = analysis("g", "In the south, the recount could erase Smith's 7,348-vote lead.")
    assert disagree._compound_sizes([north, south], ENGLISH) == []


def test_a_count_of_a_thing_qualified_alike_names_its_slot() -> None:
    """ "150 Filipino passengers" and "153 Filipino passengers": what is counted, qualified the same
    way, says the slot, in sentences on one point but not one fact."""
    first = analysis("a", "Relatives of the 150 Filipino passengers clashed with police.")
    second = analysis("b", "Some relatives of the ferry's 153 Filipino passengers refused to go.")
    (count,) = _shown(first, second, alike=0.12)
    assert count.topic.startswith("Figure: how many (Filipino passengers), in")
    assert [(c.text, c.sources) for c in count.claims] == [("150", ("a",)), ("153", ("b",))]
    # Qualified otherwise, they are counts of two things.
    other = analysis("c", "Relatives of the 153 Chilean passengers refused to go.")
    assert _shown(first, other, alike=0.12) == []
    # Sentences on unrelated points are not compared.
    assert _shown(first, second, alike=0.05) == []
    pages = analysis("d", "Crates filled with 30,000 pages of printed memos were delivered.")
    received = analysis("e", "The ministry said it had received 34,000 pages of his memos.")
    (sheets,) = _shown(pages, received, alike=0.2)
    assert sheets.topic.startswith("Figure: how many (pages of his memos), in")
    assert [c.text for c in sheets.claims] == ["30,000", "34,000"]
    # A unit of measure says how a thing is counted, not what: two margins of a story.
    backed = analysis("f", "The group now backs him by a 22-point margin, the poll found.")
    oppose = analysis("g", "Voters oppose the plan by a 16-point margin, the poll found.")
    assert _shown(backed, oppose, alike=0.12) == []


# Figures an editor found wrong in fresh stories (issue 17, figures on events nobody tuned on) ---


def hedged(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.hedge) for f in find_figures([Sentence(text, "a", 0, 0)], ENGLISH)]


def test_a_thousands_comma_followed_by_a_space_leaves_no_figure() -> None:
    # Read as "120" and "000", or as "3" and "642", the figure would be wrong; which is meant is
    # a guess.
    assert figures_of("The flood displaced 120, 000 residents of the valley.") == []
    assert figures_of("Bail was set at $250, 000 on Monday.") == []
    assert figures_of("He ended the season with 3, 642 rushing yards.") == []


def test_a_time_of_day_written_with_spaces_is_no_count() -> None:
    assert figures_of("The crash happened at about 9 p. m. on Sunday.") == []
    assert figures_of("Witnesses heard two blasts at 4 a. m. near the camp.") == []


def test_the_numbers_of_a_ratio_count_nothing() -> None:
    assert figures_of("Pollsters gave her a 3 in 4 chance of winning the seat.") == []
    assert figures_of("Roughly 4 in 1,000 patients relapse within a year.") == []
    assert figures_of("The storm killed 3 in 2019.") == [(3.0, "count")]  # a year: no ratio
    assert (12.0, "count") in figures_of("Police arrested 12 in 24 hours.")


def test_a_share_is_shown_as_written_not_as_our_percentage() -> None:
    def shown(text: str) -> list[str]:
        return [
            claims.figure_label(f.unit, f.value, f.shown)
            for f in claims.story_figures([analysis("a", text)], ENGLISH)
        ]

    assert shown("Experts say one in every 500 users was exposed.") == ["one in every 500"]
    assert shown("The quarterback completed 29 of 34 passes.") == ["29 of 34"]
    assert shown("Some 12 percent of users were exposed.") == ["12%"]


def test_a_number_listed_after_a_name_names_a_thing_too() -> None:
    assert figures_of("The flaw affects Firefox 3 and 4 on every system.") == []
    assert figures_of("Fire crews closed Route 9 and 10 overnight.") == []
    assert figures_of("Rescuers pulled 3 and 4 more from the rubble.") == [
        (3.0, "count"),
        (4.0, "count"),
    ]


def test_hedges_a_source_writes_are_kept_and_no_others_are_made() -> None:
    assert hedged("The council refused anything less than $4.2 million.") == [(4.2e6, None)]
    assert hedged("The bill cuts $2.3 trillion over 10 years.") == [(2.3e12, None), (10.0, None)]
    assert hedged("She has taught there for over 10 years.") == [(10.0, "over")]
    assert hedged("Only 8 percent were over 60 years of age.") == [(8.0, None), (60.0, "over")]
    assert hedged("The mantle is cooler (<900 °C) some ~40 km down.") == [
        (900.0, "less than"),
        (40.0, "about"),
    ]
    assert hedged("Officials expect to reach probably 300 homes.") == [(300.0, "probably")]
    assert hedged("Repairs could take three to five weeks.") == [(5.0, "up to")]
    # "as many as" bounds the range: its low end is no figure, its high end one at most.
    assert hedged("As many as 20 to 25 marchers were held.") == [(25.0, "up to")]


def test_what_a_number_after_and_counts_is_not_the_word_before_and() -> None:
    text = "Officials said 14 people were killed and 31 were wounded."
    found = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
    assert [(f.value, f.about) for f in found] == [(14.0, "people"), (31.0, "")]
    assert figures_of("He now has odds of 5 / 1 to win.") == []


def test_fractions_devices_and_idioms_are_no_figures() -> None:
    for text in (
        "Nearly two-thirds of the voters stayed home.",
        "The app runs on 64-bit phones.",
        "The kit has a 42-inch screen and a remote.",
        "Deputies found a .22-caliber rifle in the car.",
        "He shot it with a 12-gauge shotgun.",
        "Wolves are rare in the lower 48.",
        "Traffic backed up on the 710 freeway.",
    ):
        assert figures_of(text) == [], text
    assert figures_of("The wall is 42 inches high.") == [(42.0, "count")]


def test_a_decimal_cut_at_its_point_leaves_no_figure_either_side() -> None:
    sentences = [
        Sentence("The final was watched by 7.", "a", 0, 0),
        Sentence("4m people, its best audience.", "a", 1, 0),
    ]
    assert find_figures(sentences, ENGLISH) == ()


def test_what_a_compound_measures_and_where_a_counted_phrase_ends() -> None:
    def thing(text: str) -> str:
        (figure,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
        return claims.counted(figure, text, ENGLISH)[0]

    assert thing("She gave a 45-minute address to the crowd.") == "minute"
    assert thing("A 12-page memo says the plan failed.") == "page"
    assert thing("The 12-person jury deliberated.") == "people"
    assert claims.head_noun("memo alleges fraud", ENGLISH) == "memo"
    assert claims.head_noun("claims were filed", ENGLISH) == "claim"
    # An age set off by commas after a noun is the age of whom the noun names.
    assert thing("The goalkeeper, 29, was sent off.") == "age"
    assert thing("Voters filled the seats, 125, on Sunday.") != "age"
    # "under the age of 16" bounds an age, of no one named: nothing is counted.
    assert thing("Many pupils under the age of 16 suffer from it.") == ""


def test_one_person_s_age_is_one_figure() -> None:
    full = analysis("a", "Jane Roe Jr., 41, was arrested on Monday.")
    short = analysis("b", "Roe, 41, denied the charge.")
    unnamed = analysis("c", "The 41-year-old teacher was released on bail.")
    (age,) = claims.story_figures([full, short, unnamed], ENGLISH)
    assert age.about == "age of Jane Roe Jr."
    assert age.sources == ("a", "b")
    # An age of no one named is shown once, whoever writes it.
    again = analysis("d", "A 41-year-old woman was hurt.")
    (unowned,) = claims.story_figures([unnamed, again], ENGLISH)
    assert (unowned.about, unowned.sources) == ("years old", ("c", "d"))
    assert claims.same_person("Jeffny Pally", "Pally", ENGLISH)
    assert not claims.same_person("Jane Roe", "John Roe", ENGLISH)


def test_hedges_written_after_the_number_or_before_an_article() -> None:
    assert hedged("It needs 60 or more votes in the council.") == [(60.0, "at least")]
    assert hedged("Most spend it all in five years or less.") == [(5.0, "at most")]
    assert hedged("The fund plans to buy up to a 4.75% stake.") == [(4.75, "up to")]
    assert hedged("They argued about a 5% raise.") == [(5.0, None)]  # a preposition
    # "-plus": a lower bound, of a share too ("90-plus percent").
    assert hedged("He said 90-plus percent of the files were old.") == [(90.0, "at least")]
    assert figures_of("He said 90-plus percent of the files were old.") == [(90.0, "%")]
    assert hedged("The $70,000-plus sedan burned.") == [(70000.0, "at least")]


def test_an_embedded_post_s_credit_line_states_nothing() -> None:
    line = "A post shared by Jane Roe (@jroe) on Mar 14, 2019 at 4:07pm PDT"
    assert ENGLISH.boilerplate.caption.search(line)


def test_a_figure_is_read_where_it_is_written_not_inside_another_number() -> None:
    text = "On Dec. 26, 1996, hours later, they said the 6-year-old boy had vanished."
    (figure,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
    assert claims.counted(figure, text, ENGLISH) == ("age", None)
    assert claims.locate("6", text) == text.index("6-year")


def test_an_age_closing_a_clause_of_time() -> None:
    def thing(text: str) -> str:
        (figure,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
        return claims.counted(figure, text, ENGLISH)[0]

    assert thing("She had a degree by the time she was 17.") == "age"
    assert thing("When he turned 40, he quit the band.") == "age"
    assert thing("Jane Roe quit when Roe was 52.") == "age"
    assert thing("When the count was 40, they stopped.") != "age"  # a count, no person


def test_bounds_of_ages_guesses_between_two_numbers_and_mixed_fractions() -> None:
    assert figures_of("Members who are 58 and older keep their benefits.") == []
    assert figures_of("Guests aged 65 or over get in free.") == []
    assert hedged("A room with 30 or 40 members in it.") == [(40.0, "up to")]
    assert figures_of("The charger was unplugged 2 1/2 hours ago.") == []
    assert figures_of("Police found a 9 mm handgun in the car.") == []
    assert hedged("She took the 12+ hour flight home.") == [(12.0, "at least")]


def test_an_age_stated_of_a_pronoun_or_a_name() -> None:
    def thing(text: str) -> str:
        (figure,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
        return claims.counted(figure, text, ENGLISH)[0]

    assert thing("In the film, Roe was 56 when the war began.") == "age"
    assert thing("She is currently 61 and still acting.") == "age"
    assert thing("Turnout was 56, officials said.") != "age"  # no person


# Figures as an editor reads them (issue 17, fourth pass) ----------------------------------------


def _found(text: str) -> list[tuple[float, str, str | None, str]]:
    return [
        (f.value, f.unit, f.hedge, f.about)
        for f in find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
    ]


def _in_fact_box(*texts: str, published: str = "2018-12-23") -> list[tuple[str, str | None, str]]:
    analyses = [analysis(f"s{i}", text, published) for i, text in enumerate(texts)]
    return [
        (claims.figure_label(f.unit, f.value, f.shown), f.hedge, f.about)
        for f in claims.story_figures(analyses, ENGLISH)
    ]


def test_a_hedge_before_an_added_amount_still_hedges_it() -> None:
    assert _found("The repair may take maybe an additional 30 hours, a crew chief said.") == [
        (30.0, "count", "maybe", "hours")
    ]
    assert _found("Crews need perhaps another 36 hours to finish the dam.") == [
        (36.0, "count", "perhaps", "hours")
    ]
    assert _found("Up to a further 300 troops may follow.") == [(300.0, "count", "up to", "troops")]


def test_a_share_written_without_of_is_still_a_share() -> None:
    assert figures_of("Some 9 out 10 drivers ignore the new sign.") == [(90.0, "%")]


def test_two_counts_that_name_different_nouns_are_two_figures() -> None:
    wins = analysis("a", "The Otters posted a 10-win turnaround under their new coach.")
    seasons = analysis("b", "The coach has led the Otters for 10 seasons and the wins followed.")
    shown = claims.story_figures([wins, seasons], ENGLISH)
    assert sorted(f.sources for f in shown) == [("a",), ("b",)]
    staff = analysis("c", "Nearly 70 Linden College lecturers signed the letter.")
    members = analysis("d", "The letter was signed by nearly 70 lecturers in all.")
    (joined,) = claims.story_figures([staff, members], ENGLISH)
    assert joined.sources == ("c", "d")


def test_an_age_is_told_of_a_name_never_of_a_title() -> None:
    assert _in_fact_box("Deputy Marshal Carl Moss, 56, retired in May.") == [
        ("56", None, "age of Carl Moss")
    ]
    assert _in_fact_box("The town's Police Chief, 56, retired in May.") == [
        ("56", None, "years old")
    ]
    assert _in_fact_box("She will not turn 25 until after the regatta.") == [
        ("25", None, "years old")
    ]


def test_a_number_named_by_the_word_opening_its_sentence_is_no_figure() -> None:
    assert figures_of("Windows 8, due out in October, is not affected.") == []
    assert figures_of("Apollo 11 landed on the moon in July.") == []
    assert figures_of("Another 20 people were hurt in the crush.") == [(20.0, "count")]


def test_a_money_range_gives_bounds_and_a_label_keeps_the_written_decimals() -> None:
    assert [
        (v, h)
        for v, _, h, _ in _found("The hall cost between $2.65 million and more than $3 million.")
    ] == [
        (2.65e6, "at least"),
        (3e6, "more than"),
    ]
    assert claims.figure_label("USD", 2.65e6) == "2.65 million USD"
    assert claims.figure_label("USD", 43_885_310.0) == "43.9 million USD"


def test_a_rate_is_shown_with_what_it_is_per() -> None:
    assert _in_fact_box("Tickets to the fair cost $50 per person.") == [
        ("50 USD", None, "per person")
    ]
    assert _found("Gas sold for $3 a gallon last week.") == [(3.0, "USD", None, "a gallon")]
    assert _found("The defence allowed 156.9 yards per game.") == [
        (156.9, "count", None, "yards per game")
    ]


def test_percentage_points_are_not_what_a_percentage_is_of() -> None:
    assert _found("Joblessness rose 3 percentage points to 5.1 per cent.") == [
        (3.0, "count", None, "percentage points"),
        (5.1, "%", None, "Joblessness rose"),
    ]


def test_similes_and_names_of_lists_are_no_figures() -> None:
    assert figures_of("It was a 24-hour-a-day job for the nurses.") == []
    assert figures_of("She writes like a 19-year-old who found a thesaurus.") == []
    assert figures_of("The pitcher went on the 15-day injured list.") == []


def test_what_a_figure_counts_ends_at_a_double_hyphen() -> None:
    (figure,) = _found("It cost more than $1 million -- critics noted -- for one day.")
    assert "critics" not in figure[3]


def test_a_verb_after_the_counted_noun_ends_its_phrase() -> None:
    assert claims.head_noun("harbour levy goes", ENGLISH) == "levy"
    assert claims.head_noun("new rules includes", ENGLISH) == "rule"


def test_letters_glued_to_a_number_and_possessives_after_of() -> None:
    assert _found("About 22 percent of 10th graders have tried it.")[0][3].startswith("graders")
    assert _found("The leak exposed all two million of its customers.") == [
        (2e6, "count", None, "customers")
    ]
    assert _found("Catches averaged 1,482 pounds between 2011 and 2014.")[0][3] == "pounds"


def test_an_age_told_of_a_one_word_name_or_after_a_plural_title_or_a_possessive() -> None:
    def with_person(text: str) -> list[str]:
        read = replace(analysis("a", text), mentions=(Mention("Dana Lowe", "person", None, 0),))
        return [f.about for f in claims.story_figures([read], ENGLISH)]

    assert with_person("Dana was 41.") == ["age of Dana"]
    assert with_person("Pilots Dana Lowe, 50, took off at dawn.") == ["age of Dana Lowe"]
    assert with_person("It was the 32-year-old Lowe's third win of the year.") == ["age of Lowe"]


def _shown_figures(*texts: str, published: str | None = "2018-12-23") -> list[tuple[float, str]]:
    """The story's figures, as (value, about), of one article per text."""
    built = [analysis(chr(ord("a") + i), t, published) for i, t in enumerate(texts)]
    return sorted((f.value, f.about) for f in claims.story_figures(built, ENGLISH))


def test_a_part_of_a_whole_set_apart_counts_within_it() -> None:
    # "18 games" alone would be all of them: the part keeps its whole, and is never one fact
    # with a count of all the wins.
    assert _shown_figures(
        "The Otters won 18 of their last 23 matches.", "The Otters have 18 wins this year."
    ) == [(18.0, "of their last 23 matches"), (18.0, "wins"), (23.0, "matches")]
    # The whole counts its noun: the verb is the part's.
    assert _shown_figures("Seven of the council's 12 members voted against it.") == [
        (12.0, "members")
    ]
    assert _shown_figures("Police said 11 of the 40 guests were hurt.") == [
        (11.0, "of the 40 guests"),
        (40.0, "guests"),
    ]


def test_a_rate_keeps_what_it_is_per_and_its_base_is_no_figure() -> None:
    assert _shown_figures("The county has 3.1 nurses per 1,000 people.") == [
        (3.1, "nurses per 1,000 people")
    ]
    assert _shown_figures("There is one ambulance for every 9,000 residents last year.") == []
    # A rate and a count of the same noun are two facts.
    assert _shown_figures(
        "The county has 3.1 nurses per 1,000 people.", "The ward had 3.1 nurses on duty."
    ) == [(3.1, "nurses"), (3.1, "nurses per 1,000 people")]


def test_a_part_of_a_count_is_not_the_count() -> None:
    shown = _shown_figures(
        "The boxer retired with 44 wins, including 39 wins by stoppage.",
        "The boxer retired with 39 wins.",
    )
    assert shown == [(39.0, "wins"), (39.0, "wins by stoppage"), (44.0, "wins")]
    first = analysis("a", "The boxer retired with 44 wins, including 39 wins by stoppage.")
    assert [c.thing for c in claims.claims_of(first, ENGLISH)] == ["win", "win (part)"]
    # A verb that includes is no part of a count before it.
    assert _shown_figures("The tour includes 14 stops.") == [(14.0, "stops")]


def test_figures_of_what_would_be_or_of_an_earlier_event_are_labelled_apart() -> None:
    assert _shown_figures(
        "If 300 guests had stayed inside, the fire would have been worse.",
        "About 300 guests were inside the hall.",
    ) == [(300.0, "guests"), (300.0, "guests (hypothetical)")]
    assert _shown_figures("Unless 60 senators agree, the bill dies.") == [
        (60.0, "senators agree (hypothetical)")
    ]
    # An assumption is a condition: what follows it is what would be.
    shown = _shown_figures("For the model, we assume that the mill sells 900 tonnes of flour.")
    assert [label for _, label in shown] == ["tonnes of flour (hypothetical)"]
    shown = _shown_figures("Assuming 900 tonnes of sales, the mill breaks even.")
    assert [label for _, label in shown] == ["tonnes of sales (hypothetical)"]
    # "check if" asks whether: the count is a fact; what a sentence opening with a condition
    # says was is no hypothetical.
    assert _shown_figures("Agencies can check if their plans harm any of the 812 species.") == [
        (812.0, "species")
    ]
    assert _shown_figures("If this was routine, I wonder why it took five months to say so.") == [
        (5.0, "months")
    ]
    # A baseline year ("since 2001") and a measure joined by a hyphen date no toll.
    assert _shown_figures("Cases fell 20% since 2001 -- and 4,000 deaths were avoided.") == [
        (20.0, "Cases fell"),
        (4000.0, "deaths avoided"),
    ]
    assert _shown_figures(
        "He was convicted in the 2011 killing of a man and his 9-week-old pup."
    ) == [(9.0, "week-old pup")]
    # A toll of an earlier disaster, told for comparison, is not this one's.
    assert _shown_figures(
        "The 1998 flood killed 900 people, far more than the 14 killed on Monday.",
        "The flood killed 900 people, officials said.",
    ) == [(14.0, "killed"), (900.0, "people killed"), (900.0, "people killed (1998)")]


def test_references_to_figures_of_a_paper_are_no_figures() -> None:
    assert figures_of("Maps adapted from an earlier survey: figs 3, 5.") == []


def test_a_scaled_amount_is_labelled_as_written() -> None:
    assert claims.figure_label("USD", 4.718e9) == "4.718 billion USD"
    assert claims.figure_label("USD", 2.25e6) == "2.25 million USD"
    assert claims.figure_label("USD", 1.23456e9) == "1.2 billion USD"  # computed, rounded


def test_tens_and_teens_in_words_are_numbers_and_end_no_figure_early() -> None:
    # Read as its first words, "three hundred and sixty thousand" was a figure of 300.
    assert figures_of("The firm paid nearly three hundred and sixty thousand dollars.") == []
    assert figures_of("Some sixty people were moved from the tower.") == [(60.0, "count")]
    assert figures_of("About seventeen people were hurt in the crash.") == [(17.0, "count")]


# Figures as a strict editor reads them (issue 17, sixth pass) -----------------------------------


def _said_for(*texts: str) -> list[tuple[float, tuple[str, ...]]]:
    """The story's figures, as (value, each source's sentence cited for it)."""
    built = [analysis(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return sorted(
        (f.value, tuple(c.text for c in f.said)) for f in claims.story_figures(built, ENGLISH)
    )


def test_a_number_an_article_names_a_thing_with_is_no_count_where_written_bare() -> None:
    # "37" alone, in an article about Proposition 37, is the measure, not 37 of anything.
    measure = (
        "Voters weighed Proposition 58 on Tuesday.\n"
        "Voters ought to study 58 with care, a spokeswoman said.\n"
        "The No on 58 campaign raised money.\n"
        "Turnout was light, and 58 voters waited at one school."
    )
    assert figures_of(measure) == [(58.0, "count")]
    # Ages set off after a name, and counts of a plural, stay figures.
    assert figures_of("Lee, 58, runs the No on 58 committee in Amendment 58's county.") == [
        (58.0, "count")
    ]
    # A house number written again beside another one.
    street = "The couple bought 42 Linden Ave. in May.\nNeighbors of 42 and 44 Linden are fed up."
    assert figures_of(street) == []
    # In an article that names no such thing, the same words count.
    assert figures_of("Voters ought to study 58 percent of the budget with care.") == [(58.0, "%")]
    # The side a campaign takes on a numbered measure names the measure.
    assert figures_of("Support fell after the No on 58 ads ran.") == []
    assert figures_of("Lawmakers voted no on 12 bills.") == [(12.0, "count")]
    # One-digit names meet counts too often: "Section 3" says nothing of "3 came back".
    assert figures_of("Section 3 was struck down.\nOnly 3 came back.") == [(3.0, "count")]


def test_an_age_in_a_simile_with_any_readers_relative_is_no_figure() -> None:
    assert figures_of("It is like having your 80-year-old uncle move in for good.") == []
    assert figures_of("It felt like watching a 6-year-old drive a bus.") == []
    assert figures_of("She cared for her 80-year-old uncle for years.") == [(80.0, "count")]


def test_a_whole_percentage_of_an_ideal_is_no_share() -> None:
    assert figures_of("You can never have 100 percent safety, the minister said.") == []
    assert figures_of("There is 100 percent no risk to the water, he said.") == []
    assert figures_of("Fares rose 100 percent in a year.") == [(100.0, "%")]


def test_a_figure_is_cited_from_a_sentence_of_prose_before_a_headline_line() -> None:
    # The body opens with its headline repeated (no full stop): the sentence cited for the
    # figure is the article's own sentence that gives it.
    story = _said_for(
        "Ferry owner Dana Roe, 52, charged with fraud\nDana Roe, 52, was charged on Monday.",
        "Dana Roe, 52, denied the charges.",
    )
    assert story == [
        (52.0, ("Dana Roe, 52, was charged on Monday.", "Dana Roe, 52, denied the charges."))
    ]
    # Said only in such a line, the line is cited.
    assert _said_for("Ferry owner Dana Roe, 52, charged with fraud") == [
        (52.0, ("Ferry owner Dana Roe, 52, charged with fraud",))
    ]


def test_a_sentence_giving_one_number_for_two_things_is_no_evidence_for_either() -> None:
    # Cited for "four hours to upload", the second sentence does not show which four hours it
    # means: the two outlets' figures are shown apart.
    shown = _shown_figures(
        "Each dive takes four hours to upload the scans.",
        "The robot spends four hours diving and four hours to upload the scans.",
    )
    assert [v for v, _ in shown].count(4.0) == 3
    # Said once for one thing, the same figure is one fact.
    assert [
        v
        for v, _ in _shown_figures(
            "Each dive takes four hours to upload the scans.",
            "It needs four hours to upload the scans.",
        )
    ].count(4.0) == 1


def test_how_many_sources_a_report_has_is_no_figure_of_its_story() -> None:
    assert figures_of("The account rests on talks with 14 people familiar with the deal.") == []
    assert figures_of("More than a dozen aides who requested anonymity agreed.") == []
    assert figures_of("About 30 aides with knowledge of the talks said so.") == []
    # People familiar with a place are a count of the story.
    assert figures_of("Some 200 people familiar with the hills joined the search.") == [
        (200.0, "count")
    ]


def test_a_number_and_a_capitalised_unit_inside_a_sentence_name_a_work() -> None:
    assert figures_of("They watched 48 Hours on Sunday.") == []
    assert figures_of("Her film 300 Miles to Home won a prize.") == []
    assert figures_of("They waited 48 hours on Sunday.") == [(48.0, "count")]
    # A sentence's first word is capitalised anyway.
    assert figures_of("48 Hours passed before the rain stopped.") == [(48.0, "count")]


def test_a_few_of_one_thing_with_nothing_else_in_common_are_two_tallies() -> None:
    # Two deaths in one place and two in another: the same key and value, nothing else shared.
    assert _said_for(
        "Snow caused at least two deaths apiece in Ohio and Utah.",
        "Troopers said a pileup on the bridge killed at least two people.",
    ) == [
        (2.0, ("Snow caused at least two deaths apiece in Ohio and Utah.",)),
        (2.0, ("Troopers said a pileup on the bridge killed at least two people.",)),
    ]
    # Said of the same place, they are one toll.
    assert _said_for(
        "Snow left at least two deaths in Ohio.", "In Ohio, the snow killed at least two people."
    ) == [
        (
            2.0,
            (
                "Snow left at least two deaths in Ohio.",
                "In Ohio, the snow killed at least two people.",
            ),
        )
    ]


def test_counts_per_week_of_different_things_are_not_one_figure() -> None:
    # "a week" is what both are per, not what they count: hours and runs.
    assert _shown_figures(
        "Joggers in the study period ran nearly seven hours a week.",
        "Joggers who logged hours in the study period ran fewer than seven times a week.",
    ) == [(7.0, "hours a week"), (7.0, "times a week")]
    # Two units are two measures, whatever the sentences share.
    assert _shown_figures(
        "Crews in the valley cleared the road in three days of shifts lasting hours.",
        "Crews in the valley cleared the road in three hours, over days of shifts.",
    ) == [(3.0, "days of shifts"), (3.0, "hours")]


def test_figures_of_a_credited_photo_caption_or_a_video_teaser_are_not_shown() -> None:
    assert (
        _shown_figures(
            "Dana Roe / For The Ledger Sam Roe, 22, holds a sign at a vigil on Main Street."
        )
        == []
    )
    assert _shown_figures("Crews cleared 40 tons of mud on Friday. (Lee Park/The Ledger)") == []
    assert _shown_figures("The court dropped 3 of 8 counts. Sam Roe has the details.") == []
    # Prose that says who has the details is no teaser.
    assert _shown_figures("Only the mayor has the details of the 40 contracts.") == [
        (40.0, "contracts")
    ]


def test_a_rank_in_stars_is_no_count() -> None:
    assert figures_of("The 4-star general retired in May.") == []
    assert figures_of("The hotel earned 4 stars from the guide.") == [(4.0, "count")]


def test_numbers_in_advice_are_of_no_happening() -> None:
    assert figures_of("Don't sign a lease you will regret for the next 20 years.") == []
    assert figures_of("“Do not open more than 3 accounts,” the bank warned.") == []
    assert figures_of("Dona Roe signed a 20-year lease.") == [(20.0, "count")]


def test_a_height_in_feet_and_inches_is_no_figure_of_either_unit() -> None:
    assert figures_of("The guard stands 6 feet 5 inches tall.") == []
    assert figures_of("The 6-foot 7-inch center pushed through.") == []
    assert figures_of("The wall is 6 feet tall and 5 inches thick.") == [
        (6.0, "count"),
        (5.0, "count"),
    ]


def test_a_span_counted_in_seasons_or_lifetimes_before_ago_places_in_time() -> None:
    assert figures_of("Farmers sowed it here ten thousand winters ago.") == []
    assert figures_of("The clan left the coast 40 generations ago.") == []
    assert figures_of("The clan fished the coast for 40 generations.") == [(40.0, "count")]


def test_the_span_a_superlative_is_measured_over_is_no_figure() -> None:
    assert figures_of("It is the fiercest fight over the levy in nearly two decades.") == []
    assert figures_of("Turnout was the lowest in 40 years, the clerk said.") == []
    assert figures_of("In the last 12 years the ferry has been the busiest on the coast.") == []
    # The first of something in a span counts the span since the last one.
    assert figures_of("She is the first mayor in 40 years to lose a recall.") == [(40.0, "count")]
    assert figures_of("The rest of the crew stayed for 3 weeks.") == [(3.0, "count")]


def shown_labels(*texts: str) -> list[tuple[float, str, str | None]]:
    """The figures two or more made-up sources' fact box shows: value, label and hedge."""
    analyses = [analysis(f"s{i}", text) for i, text in enumerate(texts)]
    return sorted((f.value, f.about, f.hedge) for f in claims.story_figures(analyses, ENGLISH))


def test_a_figure_is_shown_only_with_words_that_say_what_it_counts() -> None:
    # A relative "of" a number counts children no word names: left out, not "7 grandmother".
    kin = "Wren Hollis, a grandmother of 7, reopened the mill bakery on Tuesday."
    assert shown_labels(kin, kin) == []
    # A clause after the number ("when", "after") is no label; nor a verb's -ing form alone.
    when = "The keeper was 9 when he first rowed across the frozen bay."
    after = "Ridgeford climbed to 14 after edging past the Lakeview club."
    falling = "Rangers on the ridge counted about 300 falling."
    for text in (when, after, falling):
        assert all(
            f[1].split()[0] not in {"when", "after", "falling"} for f in shown_labels(text, text)
        )
    # An adverb before a verb says what was done: no count of it.
    paid = "The clerk took $700 allegedly handed over by the contractor."
    assert shown_labels(paid, paid) == []
    # A capitalised word that is no plural, after a number, is part of a name ("the 6 Harbor").
    gang = "Detectives blamed the 6 Harbor for the raid on the depot."
    assert shown_labels(gang, gang) == []
    # ... but a name before what is counted labels it, and a plain count stays shown.
    workers = "Police counted 14 Orvale plant workers among the injured at the depot."
    rocks = "Rangers said about 300 falling rocks had closed the pass on the ridge."
    assert shown_labels(workers, workers) == [(14.0, "Orvale plant workers", None)]
    assert shown_labels(rocks, rocks) == [(300.0, "falling rocks", "about")]
    plural = "The motion passed with 17 Harbor Whigs and 3 TVs in the gallery."
    assert sorted(f[1] for f in shown_labels(plural, plural)) == ["Harbor Whigs", "TVs"]
    # A clause after a figure ends its label: "17 times", not "17 times while she".
    times = "The guard knocked 17 times while she slept in the cabin."
    assert shown_labels(times, times) == [(17.0, "times knocked", None)]


def _labelled(text: str) -> list[tuple[str | None, float, str]]:
    shown = claims.story_figures([analysis("a", text)], ENGLISH)
    return [(f.hedge, f.value, f.about) for f in shown]


def test_a_span_that_places_something_in_time_is_no_figure() -> None:
    assert figures_of("The final is still more than five weeks away.") == []
    assert figures_of("The ballot comes six weeks and a day after the launch.") == []
    assert figures_of("She raised $9 million during the last two weeks of the season.") == [
        (9e6, "USD")
    ]
    assert figures_of("During the first four years of his lease, he held 40 parties.") == [
        (40.0, "count")
    ]
    assert sorted(figures_of("He served for two years and won 40 votes.")) == [
        (2.0, "count"),
        (40.0, "count"),
    ]  # a length of time still counts


def test_the_words_of_a_verb_before_a_figure_count_nothing() -> None:
    for text in (
        "The mayor hopes to win 61 percent.",
        "Backing for the levy has slipped slightly to 31 percent.",
        "Among the young, the mayor came out with 27 percent.",
        "His backing slid by the same margin down to 39 percent.",
        "By spring she was hovering near 70% in the county.",
        "Both scores were level in early May at 44%.",
        "The reform would trim less than 2 percent, the agency said.",
        "Each club hopes to collect more than $45 million.",
    ):
        assert _labelled(text) == [], text
    # Nor is what a figure counts the scale of the figure before it.
    sales = _labelled("Sales went from $300 million in 2014 to $500 million.")
    assert [about for _, _, about in sales] == ["Sales went"]
    # A noun before the figure still says what it counts.
    assert _labelled("The top levy rate is 41.5 percent.") == [(None, 41.5, "levy rate")]


def test_the_shares_of_a_tally_are_not_told_apart() -> None:
    assert _labelled("The senator leads the governor 61% to 33% among likely donors.") == []
    assert _labelled("The mayor's share rose from 33% to 47% among likely donors.") != []


def test_a_case_put_to_the_reader_is_hypothetical() -> None:
    assert _labelled("Suppose that the mayor wins 20 districts by spring.") == [
        (None, 20.0, "districts (hypothetical)")
    ]


def test_the_far_end_of_what_is_told_is_a_hedge() -> None:
    assert _labelled("The pickers earned as little as 30 cents.") == [
        ("as little as", 0.3, "cents")
    ]
    assert _labelled("They plan to trim the duty to as low as 8 percent.")[0][0] == "as low as"


def test_what_a_figure_counts_ends_before_a_preposition_that_hangs() -> None:
    assert _labelled("She spent six months about leaving the firm.") == [(None, 6.0, "months")]


def test_an_event_word_past_a_coordinator_is_another_figures() -> None:
    text = "The storm flattened barns, killing at least nine hikers and injuring scores."
    (five,) = find_figures([Sentence(text, "a", 0, 0)], ENGLISH)
    assert claims.counted(five, text, ENGLISH)[0] == "dead"
    killed = analysis(
        "a", "The storm flattened barns, killing at least nine hikers and injuring scores."
    )
    injured = analysis("b", "At least nine hikers were injured in the storm, officials said.")
    assert len(claims.story_figures([killed, injured], ENGLISH)) == 2


def test_a_verb_after_a_preposition_or_a_time_after_a_figure_counts_nothing() -> None:
    assert _labelled("They are the only club to take 8 titles after losing 11 or more.") == [
        (None, 8.0, "titles")
    ]
    assert _labelled("The club rallied after losing 11 or more the previous year.") == []


def test_a_nationality_after_an_age_is_no_one_named() -> None:
    both = analysis("a", "The veteran outran the 52-year-old Canadian in the final lap.")
    named = analysis("b", "The veteran outran 52-year-old Tom Doe in Oslo.")
    assert [f.about for f in claims.story_figures([both, named], ENGLISH)] == ["age of Tom Doe"]


def test_over_a_length_of_time_after_a_count_is_no_hedge() -> None:
    assert _labelled("The panel talked for 30 hours over three days.") == [
        (None, 30.0, "hours"),
        (None, 3.0, "days"),
    ]


def test_words_after_a_figure_that_are_no_noun_phrase_count_nothing() -> None:
    for text in (
        "Turnout in the ward was 6 percent higher than last term.",
        "Rents in the suburb were 12% cheaper than forecast.",
        "The lead stood at 410 nearing Monday's vote.",
        "The nurses, 71 percent of whom back the union, walked out.",
        "The two ledgers were among 23 the auditor flagged for review.",
        "The club agreed to stage a total of 12.",
        "The town's population has shrunk by 40,000.",
        "Rent was the main worry for us directly at 58 percent.",
    ):
        assert _labelled(text) == [], text
    assert _labelled("The board has 15 remaining Whigs on it.") == [(None, 15.0, "remaining Whigs")]
    # A lone adverb after a figure says how often: a rate.
    assert _labelled("The count of cases rose by 35 percent weekly.") == [(None, 35.0, "weekly")]
    assert _labelled("At least six of the ledgers were marked private.") == [
        ("at least", 6.0, "ledgers")
    ]


def test_a_scale_after_plus_scales_the_figure() -> None:
    assert figures_of("They passed a $9-plus billion plan.") == [(9e9, "USD")]


def test_a_change_from_a_figure_is_not_what_it_counts() -> None:
    assert _labelled("That is a steep climb from the 3 percent who liked her in June.") == []
    assert _labelled("Her sales climbed from $410 million to a record.") == []


def test_a_participle_going_on_with_a_preposition_is_no_part_of_what_is_counted() -> None:
    assert _labelled("Some 300 families living in the valley fled.") == [
        ("some", 300.0, "families")
    ]
    assert _labelled("The trip includes three weeks of talks in the hills.")[0][2] == (
        "weeks of talks"
    )


def test_a_level_reached_a_vote_tally_and_what_people_say_count_nothing_said() -> None:
    for text in (
        "The council approved the plan on a vote of 58 to 41.",
        "And 64 percent say the city is heading the wrong way.",
    ):
        assert _labelled(text) == [], text
    assert _labelled("The survey shows Doe at 51 percent.") == [(None, 51.0, "Doe")]


def test_the_first_days_of_a_term_place_it_in_time() -> None:
    assert figures_of("No club did more in its first 50 days in the league.") == []


def test_a_toll_or_an_amount_shown_with_its_verb_is_kept() -> None:
    # A count of an event is named by the event's word, whatever verb it is shown with; the
    # subject of "has risen to" is what reached the figure.
    assert _labelled("The death toll has risen to 45.") == [(None, 45.0, "death toll")]
    assert _labelled("The death toll has climbed to 45.") == [(None, 45.0, "death toll")]
    assert _labelled("The number of people killed has risen to 45.") != []
    assert _labelled("Her favour score has slipped to 38 percent this spring.") == [
        (None, 38.0, "favour score")
    ]
    # A verb of money names what the amount is.
    for text, verb in (
        ("The bridge could cost $500 million.", "cost"),
        ("The firm agreed to pay $5 million to settle the case.", "pay"),
        ("The tunnel is expected to cost $1.2 billion.", "cost"),
        ("The state would spend $3 billion on roads.", "spend"),
        ("The county will receive $20 million.", "receive"),
    ):
        assert [about for _, _, about in _labelled(text)] == [verb], text


def test_only_a_clause_opening_with_suppose_or_imagine_puts_a_case() -> None:
    for text in (
        "It is hard to imagine, but the flood destroyed 300 homes.",
        "Imagine Dragons sold 40,000 tickets at the arena.",
        "She could not imagine how the 12 families who lost their homes would cope.",
    ):
        assert all("hypothetical" not in about for _, _, about in _labelled(text)), text
    assert _labelled("Imagine 500 people inside the hall.")[0][2].endswith("(hypothetical)")
    # The case goes on to the sentence's end, through brackets and other clauses.
    for text in (
        "For a start, suppose that Doe wins (by 2,000) in 20 districts, while Roe takes 10 towns.",
        "Or imagine a spring when no one has the 300 votes needed.",
    ):
        shown = _labelled(text)
        assert shown and all(about.endswith("(hypothetical)") for _, _, about in shown), text


def test_a_figure_before_another_noun_phrase_has_no_label() -> None:
    assert _labelled("Investigators examined 23 the agency had flagged.") == []
    # A phrase of time after it is no other noun phrase: the words before still count.
    spent = _labelled("Outlays sank to $2.4 billion the next year.")
    assert [about for _, _, about in spent] == ["Outlays sank"]


def test_a_noun_in_ing_is_kept_in_what_a_figure_counts() -> None:
    assert _labelled("The board approved $2 million in new funding for schools.") == [
        (None, 2e6, "new funding")
    ]
    assert _labelled("Congress passed $40 million in military spending on ships.") == [
        (None, 4e7, "military spending")
    ]
    assert _labelled("The firm raised $300 million in a public offering in May.") == [
        (None, 3e8, "public offering")
    ]
    assert _labelled("They live in a 12-storey building in the centre.") == [
        (None, 12.0, "storey building")
    ]
    assert _labelled("About 300 people living in the valley fled.") == [("about", 300.0, "people")]


def test_a_month_between_a_noun_and_its_figure_is_skipped() -> None:
    assert _labelled("Inflation in March was 3.1 percent.") == [(None, 3.1, "Inflation")]
    assert _labelled("Inflation in early March was 3.1 percent.") == [(None, 3.1, "Inflation")]


def test_a_change_from_one_value_to_another_is_no_tally() -> None:
    for text in (
        "Support dropped 48% to 41%.",
        "The bank cut its main rate 5.25% to 5%.",
        "Prices fell 20% to 10%.",
    ):
        assert len(_labelled(text)) == 2, text
    assert _labelled("The jury voted 10 to 2 to convict.") == []


def test_over_a_period_after_any_counted_noun_is_no_hedge() -> None:
    shown = _labelled("The storm killed 12 people over two days.")
    assert (None, 2.0, "days") in shown


def test_a_quotation_is_cited_only_from_a_source_that_says_it() -> None:
    # The same speaker, described in the same words, says another thing: what a quotation
    # claims is its own words, not who its speaker is.
    group, similarity, index = _group(
        '"A boy died when a roof fell in," said Jane Roe, a nurse at the clinic in Dalton town.',
        '"We have treated around 40 people hurt when the roofs of their homes fell in," Jane '
        "Roe, a nurse at the clinic in Dalton town, told reporters.",
        "One of the dead was a boy who died when a roof fell in, said Jane Roe, a nurse at the "
        "clinic in Dalton town.",
    )
    assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a", "c")


def test_an_amount_known_by_its_order_is_cited_only_in_the_same_order() -> None:
    group, similarity, index = _group(
        "The storm left hundreds of people injured in the coastal towns on Tuesday.",
        "The storm left dozens of people injured in the coastal towns on Tuesday.",
        "The storm left hundreds of people injured in the towns on the coast on Tuesday.",
    )
    assert stating(group, group.members[0], similarity, index, ENGLISH) == ("a", "c")


def test_words_of_the_writer_or_without_their_context_are_never_only_here() -> None:
    # A letter or a statement whose quotation marks the page lost, the writer's own voice, a
    # reaction of a few words with its attribution, more words of a speaker whose first ones
    # came before, an aside in brackets, a credit line, a video player's close button, and a
    # subject pronoun written with its clitic. Names and compounds stay: "Us Weekly", "World War
    # I", "a thank-you note".
    kept = (
        "The mayor told People and Us Weekly that she would not run again.",
        "The mayor sent a thank-you note to the museum's World War I collectors.",
        "The mayor's office hired three new auditors from a firm in Denver last year.",
    )
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "I stayed inside the shelter all night and then I went home.\n"
        "Your kind messages and support are holding our family up every day.\n"
        '"We will see where this goes," Roe told the Gazette.\n'
        'Roe added, "The budget is about who we are as a city, not about money."\n'
        "(Another paper has also written about this odd budget rule before.)\n"
        "Jane Roe, John Doe and Mary Major contributed to this article.\n"
        "CLOSE The Gazette's reporters give their views on the council's budget vote.\n"
        "At least they're having fun with the new rules for the tram line.\n" + "\n".join(kept)
    )
    assert _notes_of(lines, "The council approved the budget after a debate on Monday.") == kept


def test_a_name_or_an_identifier_with_a_word_of_the_first_person_is_no_own_voice() -> None:
    # A road's number, a magazine opening its sentence and a name of a few capitalised words
    # hold "I", "Us" and "Our" as no one's voice; the writer's own words, even beside them, are
    # still left out.
    kept = (
        "Traffic on I-95 was backed up for six miles after the crash near the tram depot.",
        "Us Weekly first reported the split of the two council members on Friday.",
        "Our Lady of Mercy hospital took in eleven people hurt in the crash on Friday.",
    )
    lines = (
        "The council approved the budget on Monday after a long debate.\n"
        "I-95 was closed for an hour, and I drove home on the old coast road instead.\n"
        "Our reporters waited at the tram depot all night for the council's answer.\n"
        + "\n".join(kept)
    )
    assert _notes_of(lines, "The council approved the budget after a debate on Monday.") == kept


# Labels read through the sentence's structure (session 12) -------------------------------------


def _labels(text: str) -> dict[float, str]:
    return {c.value: c.about for c in claims.claims_of(analysis("a", text), ENGLISH)}


def test_a_count_with_no_noun_is_shown_with_the_verb_after_it() -> None:
    labels = _labels("At least six hikers were killed and 14 were injured in the rockfall.")
    assert labels[14.0] == "injured"
    # Read before the figure, its verb is shown once.
    assert _labels("The storm that killed 14, the mayor said, was the worst.")[14.0] == "killed"


def test_the_verb_after_the_group_of_a_counted_noun_is_the_nouns() -> None:
    assert _labels("At least 8 members of the clan were killed.")[8.0] == "members killed"


def test_a_count_after_by_in_a_unit_a_contest_is_won_by_is_a_margin() -> None:
    assert _labels("The mayor is ahead by 5 points among older voters.")[5.0] == "point margin"
    assert _labels("She carried the county by about 4,000 votes.")[4000.0] == "vote margin"
    assert (
        _labels("He trails in the state by nearly 6 percentage points.")[6.0]
        == "percentage point margin"
    )
    # A change of a size is no margin, nor is a count of people after "by".
    assert _labels("Turnout rose by 3 points in the county.")[3.0] == "points"
    assert _labels("She widened her lead in the county by 9,000 votes.")[9000.0] == "votes"
    assert _labels("The office was picketed by 40 nurses.")[40.0] == "nurses"
    assert _labels("The team was paced by 17 points from its guard.")[17.0] == "points"


def test_a_word_between_an_article_and_a_figure_says_nothing_it_counts() -> None:
    labels = _labels("The survey puts the mayor's approval at a steady 58 percent, a high.")
    assert labels[58.0] == "mayor's approval"
    # With only a pronoun before them, the word is kept: the figure is not left out.
    assert _labels("It was a record 61 percent.")[61.0] == "record"


def test_the_other_side_of_a_comparison_counts_what_the_first_side_counts() -> None:
    text = "Some 61 percent of parents backed the plan, compared to 30 percent last spring."
    assert _labels(text)[30.0] == "parents"
    text = "In May, 70 percent of tenants approved the rent deal, compared with just 22 percent."
    assert _labels(text)[22.0] == "tenants"
    # With no figure of its unit before it, it keeps its words and is not left out.
    text = "The share fell, compared with 35 percent four years ago."
    assert [c.thing for c in claims.claims_of(analysis("a", text), ENGLISH)] != [""]


def test_a_time_right_after_a_figure_says_when_not_what_it_counts() -> None:
    assert "month" not in _labels("Donors gave $2 million last month to the fund.")[2e6]
    assert _labels("About 45 percent backed the levy last spring.")[45.0] != "last spring"


def test_a_supposed_case_opening_a_sentence_makes_its_figures_hypothetical() -> None:
    text = "In that scenario, 300 workers would be laid off."
    assert _labels(text)[300.0] == "workers (hypothetical)"
    # A case told, with no modal after it, is a trial's: its figures are facts.
    assert "hypothetical" not in _labels("In that case, the court awarded $3 million.")[3e6]


def test_a_noun_made_of_a_unit_and_its_number_counts_nothing() -> None:
    assert figures_of("She sank a 3-pointer at the buzzer.") == []
    assert figures_of("The 7-footer blocked 6 shots.") == [(6.0, "count")]
    assert figures_of("A 12-member panel met.") == [(12.0, "count")]


def test_a_name_and_a_singular_noun_after_a_number_are_a_name() -> None:
    text = "Police said he ran with the 9 Block crew on the east side."
    assert [c.thing for c in claims.claims_of(analysis("a", text), ENGLISH)] == [""]
    # A group of people in the plural, or a nationality before its noun, is counted.
    assert _labels("The vote drew 5 Senate Whigs.")[5.0] == "Senate Whigs"
    text = "Some 4,000 Korean infantry crossed."
    assert [c.thing for c in claims.claims_of(analysis("a", text), ENGLISH)] != [""]


def test_a_rate_after_what_a_figure_counts_is_part_of_its_label() -> None:
    assert _labels("The mill dumps 800 gallons each day into the creek.")[800.0] == (
        "gallons each day"
    )


def test_a_measure_shown_with_its_unit_alone_takes_the_noun_before_its_of() -> None:
    assert _labels("The ship sank at a depth of 40 meters off the cape.")[40.0] == (
        "depth in meters"
    )
    assert _labels("She faces a sentence of 12 years.")[12.0] == "sentence in years"
    # A noun of quantity names nothing: "a total of", "a span of".
    assert _labels("He ran a total of 14 miles.")[14.0] == "miles"


def test_money_written_in_words_is_of_what_follows_its_in() -> None:
    assert _labels("The fund paid 40 thousand dollars in grants.")[40000.0] == "grants"


def test_a_clause_opened_by_a_contracted_subject_is_no_part_of_a_label() -> None:
    assert _labels("It was one of the odder talks in the nine years I've known him.")[9.0] == (
        "years"
    )


def test_a_videos_title_and_running_time_give_no_figure() -> None:
    assert _labels("More Videos The flood in 3 minutes 01:42") == {}


def test_a_tied_score_and_a_notes_face_value_are_no_figures() -> None:
    assert figures_of("They broke open a 9-all game late in the half.") == []
    assert figures_of("He posed with a stack of $20 bills.") == []
    assert figures_of("The bank sold $4 billion notes.") == [(4e9, "USD")]
