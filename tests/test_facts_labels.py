"""The facts scorer's label check (tools/facts_eval.py, issue 17): a figure right by its value is
right with its label only when the label names what the gold figure counts. The pairs are made
up for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.models import Cited, Figure
from tools import facts_eval
from tools.facts_eval import LABEL_NAMES_IT, LABEL_UNDECIDED, label_verdict


@pytest.mark.parametrize(
    ("label", "counts"),
    [
        ("residents evacuated", "residents evacuated from the valley"),
        ("evacuated", "people evacuated"),  # "people" is no thing: the participle is
        ("bridge cost", "cost of the new bridge"),
        ("hour hearing", "length of the hearing"),  # a measure: what it is of is counted
        ("tariff on steel", "tariffs on imported steel"),
        ("age of Ann Novak", "Novak's age"),
        ("people", "people"),  # the gold counts no more than the label says
    ],
)
def test_a_label_that_names_the_thing_counted_is_right(label: str, counts: str) -> None:
    assert label_verdict(label, counts) == LABEL_NAMES_IT


@pytest.mark.parametrize(
    ("label", "counts"),
    [
        ("years", "prison term for fraud"),
        ("people", "workers furloughed"),
        ("years old", "Novak's age"),
        ("a year", "salary of the mayor"),
        ("percent", "turnout in the runoff"),
        ("average", "average cost of a wedding"),
    ],
)
def test_a_label_of_units_or_measures_only_is_wrong(label: str, counts: str) -> None:
    assert label_verdict(label, counts) == "a unit only"


def test_a_label_that_names_only_where_or_whose_is_wrong_but_undecided() -> None:
    # "4 flood" does not say what four of, yet "flood victims" would: a rule cannot tell.
    verdict = label_verdict("flood", "homes destroyed in the flood")
    assert verdict == "a circumstance only" and verdict in LABEL_UNDECIDED
    assert label_verdict("Novak", "Novak's age") == "a circumstance only"


def test_a_label_in_other_words_is_wrong_and_counted_as_undecided() -> None:
    verdict = label_verdict("soldiers", "troops deployed abroad")
    assert verdict == "other words" and verdict in LABEL_UNDECIDED
    assert label_verdict("", "troops deployed abroad") == "no label"


def test_a_share_must_say_what_it_is_a_share_of_doing() -> None:
    # "41 teachers" counts teachers; "41% teachers" reads as a share that are teachers.
    assert label_verdict("teachers", "teachers backing the strike") == LABEL_NAMES_IT
    assert label_verdict("teachers", "teachers backing the strike", share=True) == (
        "a share's base only"
    )
    assert label_verdict("teachers backing it", "teachers backing the strike", share=True) == (
        LABEL_NAMES_IT
    )
    assert label_verdict("growth rate", "expected growth rate", share=True) == LABEL_NAMES_IT


def _score(about: str) -> facts_eval.EventScore:
    """One story of one figure, right by its value, labelled `about`."""
    text = "The court gave him 5 years in prison for the fraud."
    at = text.index("5 years")
    analysis = SimpleNamespace(
        article=SimpleNamespace(id="a"),
        sentences=[SimpleNamespace(index=0, text=text)],
        figures=[SimpleNamespace(unit="count", value=5.0, sentence=0, text="5 years")],
    )
    figure = Figure(5.0, "count", about, "5 years", ("a",), said=(Cited(text, ("a",)),))
    gold = {
        "figures": [
            {
                "article": "a",
                "start": at,
                "end": at + len("5 years"),
                "value": 5,
                "low": None,
                "high": None,
                "unit": "years",
                "counts": "prison term for fraud",
                "slot": "term",
            }
        ],
        "not_figures": [],
    }
    story = SimpleNamespace(figures=(figure,))
    built = facts_eval.Built(story, (analysis,), {"a": text})  # type: ignore[arg-type]
    score = facts_eval.EventScore("e", "tune")
    facts_eval.score_figures(facts_eval._Event(gold, built), score)
    return score


def test_a_figure_right_by_value_is_scored_by_its_label_too() -> None:
    labelled = _score("prison term").tallies
    assert (labelled["figures"].right, labelled["figure_labels"].right) == (1, 1)
    bare = _score("years").tallies
    assert (bare["figures"].shown, bare["figures"].right) == (1, 1)
    assert (bare["figure_labels"].shown, bare["figure_labels"].right) == (1, 0)
    assert bare["figure_labels"].wrong == [
        "e: '5 years': a unit only; the gold counts 'prison term for fraud'"
    ]
    assert bare["figure_labels"].found == 0 and labelled["figure_labels"].found == 1


def test_the_table_shows_the_label_precision_beside_the_value_precision() -> None:
    tallies = {m: facts_eval.Tally() for m in facts_eval.MEASURES}
    tallies["figures"] = facts_eval.Tally(shown=4, right=4)
    tallies["figure_labels"] = facts_eval.Tally(shown=4, right=1, undecided=2)
    report = facts_eval.Report({"tune": tallies, "heldout": tallies}, [], {}, [])
    header, _, tune, _ = facts_eval.table(report)
    assert "| figures P | figures P, label | figures R |" in header
    assert "| 1.000 (4/4) | 0.250 (1/4; 2 undecided) |" in tune
