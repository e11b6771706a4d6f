"""The facts gold (tests/fixtures/facts, issue 17): the scorer's matching rules, and floors for
figures, timeline dates, disagreements, citations and "only here" notes on the held-out half.

The floors read the real articles from ../shared/eval (they are never copied here) and skip with
a message when they are absent. Issue 17's acceptance asks, on the held-out half: disagreements
precision >= 0.9 and recall >= 0.5, figures precision >= 0.9, timeline dates >= 0.95, citations
>= 0.95, "only here" >= 0.85. Where that is not reached the floor is what is reached, a little
below the measured figure (`make eval` prints them), and says so."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.models import Cited, Conflict, TimelineEntry
from generator.text import as_written_with_offsets
from tools import facts_eval
from tools.facts_eval import Located, Tally, value_matches

# Held-out measure -> precision floor, with the target beside it when it is not reached.
PRECISION_FLOORS = {
    # Target 0.95, reached: 0.955 (21/22), a source cited only when it states the claim
    # (generator/restate.py). It read 0.966 (28/29) until quotations that do not name their
    # speaker (a quotation cut at its inner full stop, '"...," he said') left the summaries and
    # the facts agreed on: rightly cited, but no statement a reader can place.
    "citations": 0.95,
    # Target 0.9, reached: 0.917 (77/84) when the fact box came to leave out the figures whose
    # label names nothing a reader can take them for ("5 years", "62% of Democrats", an age of
    # no one named: claims.fact_box_figures). It read 0.881 (104/118) with the classes an editor
    # found wrong on fresh events (ages told twice, ratios, split thousands, hedges, sizes of
    # devices...), 0.888 (103/116) when a figure came to be shown only with a label at all.
    "figures": 0.9,
    # Target 0.95: not reached. 0.914 (32/35) with spans, bounds and days read against the wrong
    # week or year left out; lowered to 0.897 (26/29) when a date in a clause beside the news
    # stopped dating an entry on the story's own days too (timeline.side_clause): the six
    # entries that left were right by the gold, which dates each date expression by what it
    # dates, not by the sentence's main clause; the three wrong ones are of other classes.
    "timeline": 0.89,
    # Target 0.85, reached: 0.867 (65/75), a note shown only when it is understood alone
    # (generator/synthesise.py).
    "only_here": 0.85,
    # No target; shown to readers, so it must hold too: 0.947 (18/19) with a date shown only
    # when it clearly dates what its sentence tells (generator/background.py) and is not in a
    # clause beside the sentence's news (timeline.side_clause); lowered to 0.900 (18/20) when
    # spans came to be shown as one entry from their start to their end ("from 2001 to 2007"):
    # two of those shown on the held-out half are wrong by the gold (on the tuning half four
    # are shown, all right; on 79 fresh events four, all right by an editor's reading); 0.895
    # (17/19) when a date after "after"/"before" and a noun phrase, or in an "if" or "according
    # to" stretch, stopped dating a recalled happening (one entry the gold counts right left;
    # on 167 fresh events 20 entries left, all wrong by an editor's reading).
    "background": 0.89,
}
# The facts dev set's held-out half (tests/fixtures/facts-dev): floors a little below what is
# measured, figures 0.958 (91/95), timeline 0.900 (36/40), background 0.917 (11/12). Helpers
# of the session that made the set read output of some of its events before it was annotated
# (its README), so this half is a second check, not an unseen one.
DEV_PRECISION_FLOORS = {"figures": 0.95, "timeline": 0.89, "background": 0.9}
# The PolNeAR set's held-out half (tests/fixtures/facts-pn): single articles of other outlets and
# years, annotated in session 11 before any code was changed for them and never read by the
# engineers. Measured at the end of that session: figures 1.000 (42/42), timeline 0.667 (6/9),
# background 1.000 (5/5). The timeline is the weak part on this text: of the tune half's four
# wrong entries two are statements dated by their day (the gold counts a report's day as no
# happening), one is a span of days read as a deadline, one a day the reader puts outside the
# article's news.
POLNEAR_PRECISION_FLOORS = {"figures": 0.95, "timeline": 0.6, "background": 0.9}
# Disagreements: none shown on the held-out half may be false (target: precision 0.9). The recall
# target of 0.5 is not reached: 0 of its 10 disagreements are found (most differ in words, "puts
# the plan on hold" against "abandons it", which no rule here reads).
MAX_FALSE_DISAGREEMENTS = 0


@pytest.fixture(scope="module")
def report(analysis_cache: Path) -> facts_eval.Report:
    if not (facts_eval.DEFAULT_EVAL_DIR / "basil").is_dir():
        pytest.skip(f"the labelled corpora are not at {facts_eval.DEFAULT_EVAL_DIR}")
    return facts_eval.evaluate(facts_eval.DEFAULT_EVAL_DIR, audit=False, cache_dir=analysis_cache)


@pytest.mark.parametrize("measure", sorted(PRECISION_FLOORS))
def test_held_out_precision_stays_above_its_floor(report: facts_eval.Report, measure: str) -> None:
    tally = report.splits["heldout"][measure]
    assert tally.shown > 0, f"{measure}: nothing shown on the held-out half"
    assert tally.precision >= PRECISION_FLOORS[measure], (measure, tally.right, tally.shown)


def test_no_false_disagreement_on_the_held_out_half(report: facts_eval.Report) -> None:
    tally = report.splits["heldout"]["disagreements"]
    assert tally.shown - tally.right <= MAX_FALSE_DISAGREEMENTS, tally.wrong


# Per disagreement dev set (tests/fixtures/disagreements), the real disagreements it lists.
DEV_DISAGREEMENTS = {"dev": 13, "dev-2": 9, "ecbplus": 36}


@pytest.mark.parametrize("name", sorted(DEV_DISAGREEMENTS))
def test_no_false_disagreement_on_a_dev_set(report: facts_eval.Report, name: str) -> None:
    assert set(report.devs[name]) <= set(facts_eval.SPLITS)
    assert sum(tally.gold for tally in report.devs[name].values()) == DEV_DISAGREEMENTS[name]
    for tally in report.devs[name].values():
        assert tally.shown - tally.right <= MAX_FALSE_DISAGREEMENTS, tally.wrong


@pytest.mark.parametrize("measure", sorted(DEV_PRECISION_FLOORS))
def test_facts_dev_held_out_precision_stays_above_its_floor(
    report: facts_eval.Report, measure: str
) -> None:
    tally = report.facts_dev["heldout"][measure]
    assert tally.shown > 0, f"{measure}: nothing shown on the facts dev set's held-out half"
    assert tally.precision >= DEV_PRECISION_FLOORS[measure], (measure, tally.right, tally.shown)


@pytest.mark.parametrize("measure", sorted(POLNEAR_PRECISION_FLOORS))
def test_polnear_held_out_precision_stays_above_its_floor(
    report: facts_eval.Report, measure: str
) -> None:
    tally = report.partial["polnear"]["heldout"][measure]
    assert tally.shown > 0, f"{measure}: nothing shown on the PolNeAR set's held-out half"
    assert tally.precision >= POLNEAR_PRECISION_FLOORS[measure], (
        measure,
        tally.right,
        tally.shown,
    )


def test_no_false_disagreement_on_the_facts_dev_set(report: facts_eval.Report) -> None:
    for split, tallies in report.facts_dev.items():
        tally = tallies["disagreements"]
        assert tally.shown - tally.right <= MAX_FALSE_DISAGREEMENTS, (split, tally.wrong)


def test_every_gold_event_is_scored(report: facts_eval.Report) -> None:
    assert len(report.events) == 40
    assert {e.split for e in report.events} == {"tune", "heldout"}


# The scorer's rules -----------------------------------------------------------------------------


def test_output_text_is_found_in_the_raw_text_as_written() -> None:
    raw = "He said:\n\n\u201cIt\u2019s  over.\u201d Then 2019 and 19 came."
    located = Located(raw)
    start, end = located.find("\u201cIt's over.\u201d") or (0, 0)
    assert raw[start:end] == "\u201cIt\u2019s  over.\u201d"
    at = located.find("19", word=True)
    assert at is not None and raw[at[0] : at[1]] == "19" and at[0] > raw.index("2019") + 4


def test_text_read_from_mojibake_is_found_in_the_raw_text() -> None:
    """The readers repair mojibake: what the generator writes of such an article is found in
    its raw text, at the raw offsets of the damaged words."""
    written = "Ana Muñoz said the café would reopen."
    raw = "Her words.\n\n" + written.encode("utf-8").decode("latin-1").encode("utf-8").decode(
        "latin-1"
    )
    located = Located(raw)
    start, end = located.find("Muñoz said the café") or (0, 0)
    assert raw[start:end] == raw[raw.index("Mu") : raw.index(" would")]
    found = located.find("reopen.")
    assert found is not None and raw[found[0] : found[1]] == "reopen."


def test_a_misread_a_grave_is_repaired_where_text_is_placed() -> None:
    """UTF-8 'à' read as Latin-1 is 'Ã' and a no-break space: the raw text is cut into words at
    ASCII spaces only, so the word keeps both bytes and is repaired as the readers repair it."""
    written = "Ils sont allés à Paris, déjà."
    raw = "Elle a dit.\n\n" + written.encode("utf-8").decode("latin-1")
    repaired, offsets = as_written_with_offsets(raw)
    assert repaired == "Elle a dit.\n\n" + written
    assert len(offsets) == len(repaired) and offsets == sorted(offsets)
    located = Located(raw)
    start, end = located.find("à Paris, déjà.") or (0, 0)
    # A repaired word's last character sits at its raw word's last: here the no-break space.
    assert (start, end) == (raw.index("\xa0 Paris"), len(raw))


def test_a_shown_side_matches_a_gold_side_by_its_value() -> None:
    assert value_matches("$3.6 billion", "3.6 billion dollars")
    assert not value_matches("$3.5 billion", "$3.6 billion")
    assert value_matches("Tuesday", "Tuesday (unsealed Thursday)")
    assert value_matches("six", "six weeks") and not value_matches("five", "six weeks")
    assert not value_matches("Thursday", "Tuesday")
    # Gold values are in the annotator's words, shown ones as the article writes them: one
    # word in another tense or number is the same value, another word is not.
    assert value_matches("put on hold", "puts the plans on hold")
    assert value_matches("abandoned", "abandons the deal")
    assert not value_matches("cancelled", "postponed the match")


def test_a_shown_disagreement_may_give_two_of_the_gold_values() -> None:
    gold = {
        "claims": [
            {"value": "40 killed", "articles": ["a"]},
            {"value": "41 dead", "articles": ["b"]},
            {"value": "42", "articles": ["c", "d"]},
        ]
    }

    def shown(*sides: tuple[str, tuple[str, ...]]) -> Conflict:
        return Conflict("toll", tuple(Cited(text, sources) for text, sources in sides))

    # Two of three values, each with its own outlets: true, though it shows less.
    assert facts_eval.conflict_matches(shown(("42", ("d",)), ("40", ("a",))), gold)
    assert facts_eval.conflict_matches(shown(("41", ("b",)), ("40", ("a",)), ("42", ("c",))), gold)
    # A value no reader gave, an outlet put on another side, or one gold side given twice: false.
    assert not facts_eval.conflict_matches(shown(("43", ("b",)), ("40", ("a",))), gold)
    assert not facts_eval.conflict_matches(shown(("41", ("b", "c")), ("40", ("a",))), gold)
    assert not facts_eval.conflict_matches(shown(("42", ("c",)), ("42", ("d",))), gold)


def test_dates_match_at_the_precision_shown() -> None:
    match = facts_eval._date_matches
    assert match("2015-03", "month", "2015-03-26")  # less precise than the gold: right
    assert not match("2015-03-26", "day", "2015-03")  # more precise than the gold: wrong
    assert match("2013-05-06", "week", "2013-05-08") and match("2013-05-06", "week", "2013-05")
    # "week of 5 May" is the seven days from the 5th: not the 4th, and the 11th still
    assert match("2013-05-05", "week", "2013-05-11") and not match(
        "2013-05-05", "week", "2013-05-04"
    )
    # a week from 30 Dec to 5 Jan is in January too, and not in February
    assert match("2018-12-30", "week", "2019-01") and match("2018-12-30", "week", "2019")
    assert not match("2018-12-30", "week", "2019-02")
    assert not match("2015", "year", None)


def test_nothing_shown_is_no_error_and_no_finding() -> None:
    empty = Tally(gold=3)
    assert empty.precision == 1.0 and empty.recall == 0.0


def test_an_entry_that_joins_sources_is_right_only_on_one_gold_happening() -> None:
    # Two outlets' sentences on one day: the scorer judges each outlet's own sentence, and the
    # join is right only when the gold puts both on one happening (slot), counted once.
    texts = {"a": "Ann Novak was indicted on Tuesday.", "b": "Bo Ray was indicted on Tuesday."}

    def gold_event(article: str, slot: str) -> dict[str, object]:
        at = texts[article].index("on Tuesday")
        return {
            "article": article,
            "start": at,
            "end": at + len("on Tuesday"),
            "in_story": True,
            "kind": "event",
            "date": "2019-03-26",
            "slot": slot,
        }

    said = tuple(Cited(text, (article,)) for article, text in texts.items())
    entry = TimelineEntry("2019-03-26", texts["a"], ("a", "b"), "day", "event", said)
    story = SimpleNamespace(timeline=(entry,))
    for slots, right in ((("s1", "s1"), 1), (("s1", "s2"), 0)):
        gold = {"dated_events": [gold_event("a", slots[0]), gold_event("b", slots[1])]}
        built = facts_eval.Built(story, (), texts)  # type: ignore[arg-type]
        score = facts_eval.EventScore("e", "tune")
        facts_eval.score_timeline(facts_eval._Event(gold, built), score)
        tally = score.tallies["timeline"]
        assert (tally.shown, tally.right) == (1, right)


def test_a_span_entry_is_judged_by_its_first_date() -> None:
    # "from 1989 to 1994" is one entry from 1989 to 1994: the gold dates the span by its start.
    text = "He was governor from 1989 to 1994."
    at = text.index("1989")
    entry = TimelineEntry("1989", text, ("a",), "year", "background", end="1994")
    story = SimpleNamespace(timeline=(entry,))
    for gold_date, right in (("1989", 1), ("1994", 0)):
        gold = {
            "dated_events": [
                {
                    "article": "a",
                    "start": at,
                    "end": at + len("1989"),
                    "in_story": False,
                    "kind": "event",
                    "date": gold_date,
                    "slot": "term",
                }
            ]
        }
        built = facts_eval.Built(story, (), {"a": text})  # type: ignore[arg-type]
        score = facts_eval.EventScore("e", "tune")
        facts_eval.score_timeline(facts_eval._Event(gold, built), score)
        tally = score.tallies["background"]
        assert (tally.shown, tally.right) == (1, right)
        assert all("1989..1994" in wrong for wrong in tally.wrong)
