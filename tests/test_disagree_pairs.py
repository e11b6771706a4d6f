"""Minimal pairs (issue 17): two sources state one fact in the same words but for one value, a
number, a weekday, a date or an ordinal. Every text here is made up."""

from __future__ import annotations

import numpy as np

from generator import disagree
from tests.conftest import ENGLISH
from tests.test_claims import _shown, analysis


def _sides(*texts: str, alike: float = 0.4, published: str = "2019-03-08") -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text, published) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(", in")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, alike=alike)
    ]


def _pairs(*texts: str, alike: float = 0.4, published: str = "2019-03-08") -> list[list[str]]:
    """The minimal pairs alone, of one article per text (every two sentences of two sources
    `alike`), each as its topic's slot and its values."""
    analyses = [analysis(chr(ord("a") + n), text, published) for n, text in enumerate(texts)]
    sentences = [s for a in analyses for s in a.sentences]
    articles = np.array([s.article for s in sentences])
    similarity = np.where(articles[:, None] == articles[None, :], 0.0, alike).astype(np.float32)
    pool = disagree._Pool((similarity, sentences), ENGLISH)
    return [
        [conflict.topic.split(", in")[0], *(c.text for c in conflict.claims)]
        for conflict in disagree._minimal_pairs(
            analyses, pool, ENGLISH, named=disagree._NamedPeople(analyses, [])
        )
    ]


BLOCK = "The clerk was robbed at a kiosk in the 1200 block of North Larch Road before dawn."
OTHER_BLOCK = "Police said the clerk was robbed at a kiosk in the 1500 block of North Larch Road."


def test_one_number_told_otherwise_in_the_same_words_disagrees() -> None:
    # The number of a block is an address: a place, never a count of blocks.
    assert _sides(BLOCK, OTHER_BLOCK) == [
        [
            "Address: the address (block of North Larch Road)",
            ("1200", ("a",)),
            ("1500", ("b",)),
        ]
    ]


READING = "The tax bill passed its third reading in the assembly late on Tuesday evening."


def test_one_ordinal_told_otherwise_in_the_same_words_disagrees() -> None:
    assert _sides(READING, READING.replace("third", "second")) == [
        [
            "Ordinal: which one (reading in the assembly late on Tuesday evening)",
            ("second", ("b",)),
            ("third", ("a",)),
        ]
    ]


def test_values_of_other_words_moments_or_speakers_are_no_disagreement() -> None:
    assert _pairs(BLOCK, OTHER_BLOCK) == [
        ["Address: the address (block of North Larch Road)", "1200", "1500"]
    ]
    # The words after the number differ: another street, maybe another kiosk.
    assert _pairs(BLOCK, OTHER_BLOCK.replace("North Larch", "South Elm")) == []
    # Sentences too unlike to be one fact's.
    assert _pairs(BLOCK, OTHER_BLOCK, alike=0.2) == []
    # Within each other's hedges.
    assert _pairs(BLOCK, OTHER_BLOCK.replace("1500", "about 1,250")) == []
    # A source that gives the other value too knows both: two blocks to it.
    assert _pairs(BLOCK, OTHER_BLOCK + "\nA second kiosk in the 1200 block was closed.") == []
    # A value told as a new total is of another moment: each paper's.
    toll = "The number of people treated for burns rose to 31 by the evening, officials said."
    assert _pairs(toll, toll.replace("31", "34")) == []
    # Inside a quotation: each speaker's words.
    quoted = '"We saw 40 trucks cross the bridge at night," the farmer told the radio station.'
    assert _pairs(quoted, quoted.replace("40", "45")) == []
    # A second value that differs too: not one slot.
    two = "The 12 riders finished the 140 km stage in heavy rain near the coast."
    assert _pairs(two, two.replace("12", "14").replace("140", "145")) == []


def test_weekdays_of_papers_of_two_days_are_not_compared() -> None:
    met = "The two envoys met on Monday at the lakeside villa to sign the water pact."
    first = analysis("a", met, "2019-03-08")
    second = analysis("b", met.replace("Monday", "Tuesday"), "2019-03-15")
    assert _shown(first, second, alike=0.4) == []
    assert _pairs(met, met.replace("Monday", "Tuesday")) == [["Day: the day", "Monday", "Tuesday"]]
