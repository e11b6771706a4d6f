"""Figures written round are no disagreement with the figure they round (issue 17): "150
passengers" and "153 passengers" say one number, one to the nearest ten. Every text here is made
up."""

from __future__ import annotations

from tests.test_claims import _shown, analysis


def _values(*texts: str) -> list[list[str]]:
    analyses = [analysis(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    return [[c.text for c in conflict.claims] for conflict in _shown(*analyses)]


def test_a_round_figure_and_the_figure_it_rounds_do_not_disagree() -> None:
    rounded = "The ferry was carrying 150 passengers when it ran aground near the harbour."
    assert _values(rounded, rounded.replace("150", "153")) == []
    price = "The mayor bought a $43,000 watch with money from the road repair fund."
    assert _values(price, price.replace("43,000", "43,350")) == []


def test_figures_beyond_their_rounding_still_disagree() -> None:
    rounded = "The ferry was carrying 150 passengers when it ran aground near the harbour."
    # 165 does not round to 150; 146 does, but lies too far from it for a writer's rounding.
    assert _values(rounded, rounded.replace("150", "165")) == [["150", "165"]]
    assert _values(rounded, rounded.replace("150", "146")) == [["146", "150"]]
    # Both written to one digit after the point: $3.5 billion is not $3.6 billion rounded.
    amount = "The order moves $3.5 billion from road repair projects to the new bridge."
    assert _values(amount, amount.replace("3.5", "3.6")) == [["3.5 billion USD", "3.6 billion USD"]]
    # Below a hundred a figure is told to the unit: 40 and 41 dead are two tolls.
    toll = "The storm killed 40 people in the valley towns overnight, officials said."
    assert _values(toll, toll.replace("40", "41")) == [["40", "41"]]
