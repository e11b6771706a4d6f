"""The background a story shows (issue 17): an earlier happening is shown under its date only
when that date is clearly the date of what its sentence tells. The sentences are made up; each
stands for a kind of error seen on real articles."""

from __future__ import annotations

from dataclasses import replace

from generator.background import checked
from generator.timeline import timeline
from tests.conftest import ENGLISH
from tests.test_timeline import one_source

# A Thursday.
PUBLISHED = "2016-06-09"


def background(sentences: list[str], published: str | None = PUBLISHED) -> list[tuple[str, str]]:
    """(date, sentence) of the background a one-source story told in `sentences` shows."""
    analysis = one_source(sentences, published)
    entries = checked(timeline([analysis], [], ENGLISH), [analysis], ENGLISH)
    return [(e.date, e.text) for e in entries if e.kind == "background"]


def test_a_span_recalled_is_one_entry_from_its_start_to_its_end() -> None:
    analysis = one_source(["Mr. Pike was mayor from 2001 to 2007."], PUBLISHED)
    entries = checked(timeline([analysis], [], ENGLISH), [analysis], ENGLISH)
    assert [(e.date, e.end, e.kind) for e in entries] == [("2001", "2007", "background")]


def test_a_recalled_happening_is_shown_under_its_date() -> None:
    told = [
        "The company was founded in 1998 by two engineers from Ohio.",
        "Mr. Pike took office in 2000, and he opposed the plan.",
        "The law was struck down in March 2015 by a federal judge.",
        # a span, which did not happen in its first year: dated by both its ends
        "Mr. Pike was mayor from 2001 to 2007, and he opposed the plan.",
    ]
    assert background(told) == [
        ("1998", told[0]),
        ("2000", told[1]),
        ("2001", told[3]),
        ("2015-03", told[2]),
    ]


def test_a_sentence_whose_news_is_a_day_of_the_story_is_not_background() -> None:
    # "said on Wednesday": the sentence tells what was said this week, not what happened in 2001.
    told = ["Mr. Pike, mayor from 2001 to 2007, said on Wednesday that his tour was a blunder."]
    assert background(told) == []


def test_one_of_two_years_is_no_date() -> None:
    assert background(["The woman met the boy at a park in 2011 or 2012, police said."]) == []


def test_a_sentence_that_looks_ahead_is_not_background() -> None:
    told = ["The opera, set in the run-up to the strike in 1974, will be staged by Jane Roe."]
    assert background(told) == []


def test_a_day_still_to_come_is_not_placed_a_year_back() -> None:
    # Written on June 9 without a year, a June 17 the sentence tells in the future is this
    # year's, still to come: not a day of the year before.
    told = ["The band announced that the two would tour together June 17 in Harbour City."]
    assert background(told) == []
    told = ["The speaker wants the plan made public before the governor speaks on Jan. 28."]
    assert background(told, published="2014-01-22") == []
    # A past day without its year, which the text before places in its year, stays. (It was
    # shown without that year too, until a day of the year before read far back with no year
    # named, "Sept. 11" in March, proved as often a day long past: see the next test.)
    told = [
        "The depot was sold to a freight firm in 2012.",
        "A boiler exploded at the east side of the depot on Aug. 16, injuring two workers.",
    ]
    assert background(told, published="2013-05-10") == [("2012", told[0]), ("2012-08-16", told[1])]


def test_a_day_far_back_in_the_year_before_needs_its_year_named() -> None:
    # Written in March with no year anywhere, a day of last September may be any year's (a day
    # long past, or a day that names what happened on it): it is not shown. A recent day of the
    # year before needs no year.
    told = ["A boiler exploded at the old depot on Sept. 12, injuring two workers."]
    assert background(told, published="2016-03-18") == []
    told = ["A boiler exploded at the old depot on Dec. 12, injuring two workers."]
    assert background(told, published="2016-01-18") == [("2015-12-12", told[0])]
    # A number of four digits that dates nothing names no year: "2015 calls", "the 2015 budget".
    told = [
        "Dispatchers said 2015 calls came in during the storm.",
        "The council cut the 2015 budget for road repairs.",
        "A boiler exploded at the old depot on Sept. 12, injuring two workers.",
    ]
    assert background(told, published="2016-03-18") == []


def test_a_photo_caption_is_no_background() -> None:
    told = [
        "Two coast guard pilots, assigned to a rescue unit, fly a helicopter during a mission"
        " to help look for the lost trawler in this April 11, 2015 handout photo."
    ]
    assert background(told) == []


def test_a_date_in_a_clause_beside_the_news_is_not_its_background() -> None:
    # "who was mayor from 2001 to 2007": a term of office that says who someone is, not
    # the date of what the sentence tells (the opposing).
    told = [
        "Mr. Pike, who was mayor from 2001 to 2007, opposed the plan.",
        "Hart, a nurse who won a jackpot in 2002, soon lost her fortune.",
        "The museum, which opened in 1994, draws few visitors.",
    ]
    assert background(told) == []
    kept = ["The museum opened in 1994 and drew few visitors."]
    assert background(kept) == [("1994", kept[0])]


def test_a_count_of_time_that_is_one_of_two_is_no_date() -> None:
    told = ["The couple moved to the coast five or six years ago, a neighbour said."]
    assert background(told) == []
    told = ["The couple moved to the coast six years ago, a neighbour said."]
    assert background(told) == [("2010", told[0])]


def test_a_clause_set_after_a_noun_dates_that_clause_not_the_news() -> None:
    # "a claim his driver had filed in 2014": the year is the filing's; the sentence's news (the
    # settlement) has no date of its own.
    for told in (
        "The mayor used city funds to settle a claim his former driver, Jane Roe,"
        " had filed in 2014.",
        "Auditors looked into the seat that the mayor vacated in 2008.",
        "It is the same spa the famous boxer visited in 2010.",
    ):
        assert background([told]) == [], told
    # The subject of the news after a phrase that opens the sentence is no such clause, nor is
    # a name beside its noun, nor what was said ("noted to a reporter that ...").
    kept = [
        "The company his father founded closed in 1998.",
        "In the final the team beat the visitors in 2014.",
        "Her son Jack Doe, 23, was killed in 2011 in a crash.",
        "A neighbour, Jo Marsh, noted to one reporter that her uncle had died in 2012.",
    ]
    assert background(kept) == [
        ("1998", kept[0]),
        ("2011", kept[2]),
        ("2012", kept[3]),
        ("2014", kept[1]),
    ]


def test_a_date_inside_a_phrase_of_a_noun_dates_that_phrase() -> None:
    for told in (
        "The club reached nine cup finals, including a win in 1983.",
        "The video was played at the hearing of two men charged with robbing a clerk, 52,"
        " on Oct. 2, 2011.",
    ):
        assert background([told]) == [], told
    # Read without a publication date, "in May" is no date that would leave the sentence out.
    told = "The man was found guilty in May of knowingly robbing a bank in 2015."
    assert background([told], published=None) == []
    kept = "The man was convicted in 2015 of robbing a bank."
    assert background([kept]) == [("2015", kept)]
    # A verb after the phrase closes it: the date is the verb's.
    kept = "The man was convicted of taking a part in the fraud and sentenced on Nov. 3, 1958."
    assert background([kept]) == [("1958-11-03", kept)]


def test_an_undated_article_is_read_as_the_timeline_reads_it() -> None:
    # An article whose own date is not known may be weeks later than the story's first one: in
    # December, its "last year" may be this year or the one before, and the timeline does not
    # read it. The background reads its sentence the same way: the year it writes stands, not
    # judged by a "last year" read against the first date (here one of two, "or 2 months").
    dated = one_source(["The county opened an inquiry on Friday."], "2016-12-09")
    told = "The mill was sold in 2015 and closed last year or 2 months after the sale."
    undated = one_source([told], None)
    undated = replace(
        undated,
        article=replace(undated.article, id="b"),
        sentences=tuple(replace(s, article="b") for s in undated.sentences),
    )
    stories = [dated, undated]
    entries = checked(timeline(stories, [], ENGLISH), stories, ENGLISH)
    assert [(e.date, e.text) for e in entries if e.kind == "background"] == [("2015", told)]
