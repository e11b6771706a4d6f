"""Amounts of money and counts of things of one slot told by two sources (issue 17): what must be
shown, and what must stay silent. Every text here is made up."""

from __future__ import annotations

from tests.test_disagree_parts import _sides
from tests.test_disagree_words import _fact


def test_an_amount_written_without_its_comma_is_no_year() -> None:
    plain = "The council will pay $4500 to repaint the old library, the clerk said."
    comma = "The council will pay $4,900 to repaint the old library, the clerk said."
    assert [c[1:] for c in _sides(plain, comma, alike=0.5)] == [
        [("4,500 USD", ("a",)), ("4,900 USD", ("b",))]
    ]


def test_sentences_alike_but_for_an_amount_and_a_year_are_two_amounts() -> None:
    before = "The council paid $4,500 to repaint the old library in 1998, the clerk said."
    after = "The council paid $4,900 to repaint the old library in 2011, the clerk said."
    assert _sides(before, after, alike=0.5) == []


FAIR = "The spring fair raised $600,000 for the children's ward, the organisers said."


def test_a_hedged_figure_is_on_the_one_side_it_agrees_with() -> None:
    about = FAIR.replace("$600,000", "about $600,000")
    double = FAIR.replace("$600,000", "about $1.2 million")
    assert [c[1:] for c in _fact(FAIR, about, double)] == [
        [("600,000 USD", ("a", "b")), ("about 1.2 million USD", ("c",))]
    ]


MOVED = "The decree lets the ministry move $3.6 billion from harbour works to the new stadium."


def test_a_hedged_figure_that_agrees_with_both_sides_leaves_them_to_differ() -> None:
    less = MOVED.replace("$3.6", "$3.5")
    about = MOVED.replace("$3.6", "about $3.6")
    assert [c[1:] for c in _fact(MOVED, less, about)] == [
        [("3.5 billion USD", ("b",)), ("3.6 billion USD", ("a",))]
    ]


def _silent_pairs(first: str, second: str) -> list[list[object]]:
    """What two sources' amounts show, in sentences on one point and in one fact's."""
    return _sides(first, second, alike=0.2) + _sides(first, second, alike=0.5)


def test_an_amount_asked_for_is_not_the_amount_given() -> None:
    asked = "The warden asked the county for $2.4 million to mend the jail roof."
    given = "The county approved $1.9 million to mend the jail roof, the warden said."
    assert _silent_pairs(asked, given) == []
    sought = "The tenants sought $8 million in damages from the landlord in court."
    won = "A jury awarded the tenants $3 million in damages from the landlord."
    assert _silent_pairs(sought, won) == []
    # Two amounts given, or two asked for, are one slot.
    other = "The county approved $2.2 million to mend the jail roof, the warden said."
    assert [c[1:] for c in _sides(given, other, alike=0.5)] == [
        [("1.9 million USD", ("a",)), ("2.2 million USD", ("b",))]
    ]


def test_a_figure_given_to_critics_is_not_the_outlets_value() -> None:
    said = "The new ferry terminal will cost the port $40 million, officials say."
    critics = "Critics say the new ferry terminal will cost the port $55 million."
    assert _silent_pairs(said, critics) == []


def test_a_rate_and_a_total_or_two_periods_are_two_amounts() -> None:
    yearly = "The deal pays the conductor $3 million a year, the orchestra said."
    total = "The deal pays the conductor $12 million over four years, the orchestra said."
    assert _silent_pairs(yearly, total) == []
    last = "The shelter raised $2.1 million at its winter auction last year."
    this = "The shelter raised $2.6 million at its winter auction this year."
    assert _silent_pairs(last, this) == []


def test_amounts_of_two_named_bodies_are_two_amounts() -> None:
    upper = "The Assembly budget trims $716 million from the state parks fund."
    lower = "The Senate budget trims $800 million from the state parks fund."
    assert _silent_pairs(upper, lower) == []
