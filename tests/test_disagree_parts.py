"""Which part of one thing two sources say (issue 17): "the second verse of the hymn" and "the
third verse of the hymn". Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis


def _sides(*texts: str, alike: float = 0.25, people: tuple[Entity, ...] = ()) -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    return [
        [conflict.topic, *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, alike=alike, people=people)
    ]


SECOND = "The motion would rewrite the second verse of the hymn to drop the word soldiers."
THIRD = "If passed, the third verse of the hymn will be rewritten to drop the word soldiers."


def test_two_sources_name_another_part_of_one_thing() -> None:
    assert _sides(SECOND, THIRD) == [
        ["Ordinal: which verse of the hymn", ("second", ("a",)), ("third", ("b",))]
    ]


def test_parts_that_are_moments_told_twice_or_of_other_acts_are_no_disagreement() -> None:
    # Halves, days and rounds are moments of a happening: a story tells several of them.
    half = "Jane Roe scored in the first half of the final to give the visitors the lead."
    assert _sides(half, half.replace("first", "second")) == []
    trial = "The witness testified on the second day of the trial about the missing ledger."
    assert _sides(trial, trial.replace("second", "third")) == []
    # A source that names both parts is on no side.
    both = SECOND + "\nThe third verse of the hymn stays as it is."
    assert _sides(both, THIRD) == []
    # Sentences too unlike, or alike only in the part and the thing, tell two acts.
    assert _sides(SECOND, THIRD, alike=0.05) == []
    sung = "The choir sang the third verse of the hymn at the close of the service."
    assert _sides(SECOND, sung) == []
