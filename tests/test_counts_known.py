"""What a source knows of another's count (issue 17): a source that gives the other side's
value anywhere is on no side, but a bound of another thing ("10 to 12 laps") says nothing of
this count, while a bound of this very count ("at least 4 died") hedges it. Every text here is
made up."""

from __future__ import annotations

from generator.models import Analysis
from tests.test_claims import _shown, analysis

# Two outlets on one rower's season: the races she missed with a wrist injury.
MISSED = "The rower missed {} races this season with the wrist injury, her coach said.\nShe rested."
PLANS = "\nShe is expected to row 10 to 12 laps on Saturday."
TOLL = "The landslide in the hill town killed {} people, rescuers said.\nRoads stayed shut."


def _figures(first: str, second: str) -> list[list[object]]:
    built: list[Analysis] = [analysis("a", first), analysis("b", second)]
    return [
        [(c.text, c.sources) for c in conflict.claims]
        for conflict in _shown(*built)
        if conflict.topic.startswith("Figure")
    ]


def test_a_bound_of_another_thing_is_no_knowledge_of_this_count_but_its_own_is() -> None:
    plain = [[("10", ("b",)), ("9", ("a",))]]
    assert _figures(MISSED.format(9), MISSED.format(10)) == plain
    # "10 to 12 laps" bounds laps (at least 10, up to 12), not the races she missed.
    assert _figures(MISSED.format(9), MISSED.format(10) + PLANS) == plain
    # A bound of this very count, or its value written, still knows the other side's value.
    assert _figures(TOLL.format(5), TOLL.format(4)) == [[("4", ("b",)), ("5", ("a",))]]
    hedged = TOLL.format(4) + "\nAt least 4 people were killed in the town, the mayor said."
    assert _figures(TOLL.format(5), hedged) == []
    maybe = TOLL.format(4) + "\nUp to 6 people may have been killed in the town, the mayor said."
    assert _figures(TOLL.format(5), maybe) == []
    both = TOLL.format(4) + "\nA first report had given 5 dead."
    assert _figures(TOLL.format(5), both) == []
