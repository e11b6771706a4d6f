"""Sentence splitting, scored on a hand-labelled set of news sentence boundaries."""

from __future__ import annotations

import pytest

from generator.sentences import split_sentences
from tests.conftest import ENGLISH
from tests.labelled import HOLDOUT, load_sentence_gold

# Boundary accuracy on tests/fixtures/sentences (457 boundaries; a development set).
BOUNDARY_ACCURACY_FLOOR = 0.99


def cut_points(sentences: list[str]) -> set[int]:
    points, offset = set(), 0
    for sentence in sentences[:-1]:
        offset += len(sentence) + 1
        points.add(offset)
    return points


def test_boundary_accuracy_gate() -> None:
    paragraphs = load_sentence_gold()
    boundaries = sum(len(p) for p in paragraphs)
    errors = sum(
        len(cut_points(p) ^ cut_points(split_sentences(" ".join(p), ENGLISH))) for p in paragraphs
    )
    assert boundaries >= 300
    assert 1 - errors / boundaries >= BOUNDARY_ACCURACY_FLOOR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He moved to the U.S. The next day he left.",
            ["He moved to the U.S.", "The next day he left."],
        ),
        ("U.S. President Jane Doe met Gen. Smith.", ["U.S. President Jane Doe met Gen. Smith."]),
        (
            '"Will we win?" she asked. Prices rose 3.5%.',
            ['"Will we win?" she asked.', "Prices rose 3.5%."],
        ),
        (
            "It closed on Aug. 23, 2025. George W. Bush spoke.",
            ["It closed on Aug. 23, 2025.", "George W. Bush spoke."],
        ),
        (
            "Sold to Halden Ltd. About 900 jobs went.",
            ["Sold to Halden Ltd.", "About 900 jobs went."],
        ),
        ("Looking Ahead to Lisbon", ["Looking Ahead to Lisbon"]),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    assert split_sentences(text, ENGLISH) == expected


def test_boundary_accuracy_gate_on_held_out_text() -> None:
    paragraphs = load_sentence_gold(HOLDOUT / "sentences")
    boundaries = sum(len(p) for p in paragraphs)
    errors = sum(
        len(cut_points(p) ^ cut_points(split_sentences(" ".join(p), ENGLISH))) for p in paragraphs
    )
    assert boundaries >= 250
    assert 1 - errors / boundaries >= BOUNDARY_ACCURACY_FLOOR
