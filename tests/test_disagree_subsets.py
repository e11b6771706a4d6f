"""A total and a part of it are two slots (issue 17): "received 300,000 comments" and "200,000
comments opposing the rule", "50 passengers" and "12 injured passengers", "killed 40 people"
and "killed 15 children". Every text here is made up."""

from __future__ import annotations

from tests.test_disagree_parts import _sides
from tests.test_disagree_words import _fact

TOTAL = "The agency received nearly 300,000 comments on the rule during the review period."
OTHER_TOTAL = "The agency received 235,000 comments on the rule during the review period."
PARTS = (
    "More than 150,000 comments opposing the rule reached the agency during the review period.",
    "Of those, about 150,000 comments opposed the rule during the review period.",
    "The agency received 152,000 comments that opposed the rule during the review period.",
)


def test_two_totals_disagree_and_a_part_joins_neither_side() -> None:
    shown = [["Figure: how many (comment)", ("235,000", ("b",)), ("nearly 300,000", ("a",))]]
    assert _fact(TOTAL, OTHER_TOTAL) == shown
    # A count restricted by a verb after its noun counts a part of all the comments (the parts
    # agree with each other).
    assert _fact(TOTAL, OTHER_TOTAL, *PARTS) == shown
    for part in PARTS:
        assert _fact(TOTAL, part) == [], part
        assert _sides(TOTAL, part, alike=0.5) == [], part
        assert _sides(OTHER_TOTAL, part, alike=0.5) == [], part
    (total,) = _sides(TOTAL, OTHER_TOTAL, alike=0.5)
    assert total[1:] == [("235,000", ("b",)), ("nearly 300,000", ("a",))]
    # A verb after a count that is itself of another noun's phrase may be that noun's: the
    # count is not restricted by it.
    clashing = "Relatives of 150 passengers clashing with police demanded answers from the airline."
    waiting = "Relatives of the flight's 153 passengers demanded answers from the airline."
    assert [c[1:] for c in _sides(clashing, waiting, alike=0.5)] == [
        [("150", ("a",)), ("153", ("b",))]
    ]


def test_a_count_qualified_or_of_another_noun_is_not_the_bare_total() -> None:
    carried = "The bus carried 50 passengers to the hospital, officials said."
    injured = "The bus carried 12 injured passengers to the hospital, officials said."
    assert _fact(carried, injured) == []
    assert _sides(carried, injured, alike=0.5) == []
    people = "The blast killed 40 people in the market, officials said."
    children = "The blast killed 15 children in the market, officials said."
    assert _fact(people, children) == []
    assert _sides(people, children, alike=0.5) == []
    # The same noun, or none written, is one slot.
    assert [c[1:] for c in _fact(people, people.replace("40", "42"))] == [
        [("40", ("a",)), ("42", ("b",))]
    ]


def test_a_source_that_gives_two_figures_of_a_slot_takes_no_side() -> None:
    twice = TOTAL + "\nIn all, the agency received nearly 290,000 comments on the rule, staff said."
    assert _sides(twice, OTHER_TOTAL, alike=0.5) == []
    assert [c[1:] for c in _sides(TOTAL, OTHER_TOTAL, alike=0.5)] == [
        [("235,000", ("b",)), ("nearly 300,000", ("a",))]
    ]
