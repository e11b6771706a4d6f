"""A count written in words by one source ("four people") and in digits or other words by another
is a value of one slot (issue 17): the fact box leaves bare number words as prose, the
disagreement engine compares them, in one fact or in the same words but for the value; and
counts of one fact orders of magnitude apart are two things, not a disagreement; nor are ages a
year apart in papers months apart. Every text here is made up."""

from __future__ import annotations

import numpy as np

from generator import disagree, figures
from generator.align import SentenceGroup
from generator.models import Sentence
from tests.conftest import ENGLISH
from tests.test_claims import _shown, analysis

CRASH = "Four people were killed in the crash on the highway near Elmton."


def _sides(*texts: str, alike: float = 0.4) -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, alike=alike)
    ]


def _counts(text: str) -> list[tuple[float, str]]:
    sentences = [Sentence(text, "a", 0, 0)]
    read = figures.find_figures(sentences, ENGLISH)
    return [(f.value, f.text) for f in figures.word_counts(sentences, read, ENGLISH)]


def test_bare_counts_in_words_are_read_for_comparison_only() -> None:
    assert _counts("Twenty-four homes burned and two men were hurt.") == [
        (24.0, "Twenty-four"),
        (2.0, "two"),
    ]
    # The fact box still reads none of them.
    assert figures.find_figures([Sentence(CRASH, "a", 0, 0)], ENGLISH) == ()
    # A span of time, a part of a set, a number with a scale, a hedged number (already a
    # figure) and a number glued to a modifier are not bare counts.
    for text in (
        "He served two years in prison.",
        "Two of the men were hurt.",
        "Some two hundred troops left.",
        "At least four people died.",
        "The two-year deal ended.",
    ):
        assert _counts(text) == [], text


def _fact(*texts: str) -> list[list[object]]:
    """The disagreements of one fact each source states in one sentence (one group)."""
    analyses = [analysis(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    sentences = [a.sentences[0] for a in analyses]
    similarity = np.full((len(sentences), len(sentences)), 0.35, dtype=np.float32)
    np.fill_diagonal(similarity, 1.0)
    group = SentenceGroup(tuple(sentences), 0.5)
    found = disagree.conflicts(analyses, [group], [], ENGLISH, (similarity, sentences))
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in found
    ]


def test_a_count_in_words_and_one_in_digits_of_one_fact_disagree() -> None:
    assert _fact(CRASH, CRASH.replace("Four", "5")) == [
        ["Figure: how many (dead)", ("4", ("a",)), ("5", ("b",))]
    ]
    # The same count written both ways is one value; people hurt are not people killed.
    assert _fact(CRASH, CRASH.replace("Four", "4")) == []
    assert _fact(CRASH, CRASH.replace("Four", "Five").replace("killed", "hurt")) == []


def test_counts_in_words_in_the_same_words_but_for_the_value_disagree() -> None:
    first = "The storm killed four people in the county, officials said."
    second = "Officials said the storm killed six people in the county."
    assert _sides(first, second) == [
        ["Figure: how many (people in the county)", ("four", ("a",)), ("six", ("b",))]
    ]
    # A count within the other's hedge; a source that gives both values itself: no
    # disagreement.
    assert _sides(first, second.replace("six", "at least three")) == []
    both = f"{second}\nThe first reports said the storm killed four people."
    assert _sides(first, both) == []
    # Counts in words told in sentences less alike are not compared: "two more" prison terms
    # may be two of the three another source counts.
    added = "Roe later got two more prison terms for the attack on a warden."
    assert _sides("Roe is now in the middle of three prison terms.", added, alike=0.25) == []


def test_counts_of_one_fact_orders_of_magnitude_apart_are_no_disagreement() -> None:
    # A season's goals and a career's, a few monitors of one body and all of them: one fact's
    # words do not tell the two apart, the factor between the values does.
    season = "The striker scored 4 goals in her first season at the club."
    career = "The striker scored 85 goals in her years at the club."
    assert _fact(season, career) == []
    few = "The bloc sent just 4 monitors to watch the count."
    assert _fact(few, "About 60 monitors watched the count.") == []
    # Values within the factor still disagree.
    assert _fact(season.replace("4", "40"), career) == [
        ["Figure: how many (goal)", ("40", ("a",)), ("85", ("b",))]
    ]


def test_ages_a_year_apart_in_papers_months_apart_are_a_birthday_between() -> None:
    charged = "Prosecutors charged Jane Roe, 26, with two counts of fraud."
    convicted = "A jury convicted Jane Roe, 27, of two counts of fraud."

    def ages(first_day: str, second_day: str, first: str = charged) -> list[list[object]]:
        analyses = [analysis("a", first, first_day), analysis("b", convicted, second_day)]
        return [
            [conflict.topic, *((c.text, c.sources) for c in conflict.claims)]
            for conflict in _shown(*analyses)
            if conflict.topic.startswith("Age")
        ]

    # A January paper's 26 and a September paper's 27: two moments, no disagreement.
    assert ages("2013-01-03", "2013-09-27") == []
    # Papers of one week, or the older age in the earlier paper: a disagreement.
    told = ["Age: age of Jane Roe", ("26", ("a",)), ("27", ("b",))]
    assert ages("2013-09-24", "2013-09-27") == [told]
    assert ages("2013-09-27", "2013-01-03") == [told]
    assert ages("2013-01-03", "2013-09-27", charged.replace("26", "25")) == [
        ["Age: age of Jane Roe", ("25", ("a",)), ("27", ("b",))]
    ]


def test_a_source_that_writes_the_other_count_in_a_record_knows_both() -> None:
    # "41-2" tells 41 wins: the 30 of the same sentence are a part of them (by stoppage).
    record = "The boxer moved to 41-2 on the night, with 30 wins by stoppage."
    career = "The boxer moved to a record of 41 wins and two losses on the night."
    assert _fact(record, career) == []
    # Without the record, the two counts of wins disagree.
    assert _fact(record.replace("41-2 on the night, with ", ""), career) == [
        ["Figure: how many (win)", ("30", ("a",)), ("41", ("b",))]
    ]


def test_ages_years_apart_tell_a_person_at_two_moments() -> None:
    # A story that also tells an earlier bout gives the boxer's age then: no disagreement.
    earlier = analysis("a", "Jane Roe, 32, won her first title in a bout in the capital.")
    now = analysis("b", "Jane Roe, 36, won the title bout in the capital.")
    assert [c.topic for c in _shown(earlier, now)] == []
    # Two years apart is still one moment misgiven.
    assert [
        c.topic for c in _shown(earlier, analysis("b", now.sentences[0].text.replace("36", "34")))
    ] == ["Age: age of Jane Roe"]
