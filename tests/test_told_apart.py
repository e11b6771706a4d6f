"""What tells two figures apart (generator/told_apart.py), read alike whether the two sentences
were grouped as one fact or only fill one slot in sentences less alike: a place at the head of
the sentence, a group's own word, a side for or against, a figure asked for beside one offered,
two things that changed, one thing measured on two days. The same words but for the value stay
a disagreement. Every text here is made up."""

from __future__ import annotations

import numpy as np
import pytest

from generator import disagree
from generator.align import SentenceGroup
from generator.lang.en import ENGLISH
from tests.test_claims import analysis

# Two sentences as alike as two loose accounts of one fact, and as two on one point only.
ALIKE = 0.35
ON_ONE_POINT = 0.2


def _shown(first: str, second: str, *, grouped: bool) -> list[list[object]]:
    """The disagreements of a story of two sources of one sentence each, the two sentences
    grouped as one fact or left to the slots of sentences less alike."""
    analyses = [analysis("a", first), analysis("b", second)]
    sentences = [a.sentences[0] for a in analyses]
    similarity = np.full((2, 2), ALIKE if grouped else ON_ONE_POINT, dtype=np.float32)
    np.fill_diagonal(similarity, 1.0)
    groups = [SentenceGroup(tuple(sentences), 0.5)] if grouped else []
    found = disagree.conflicts(analyses, groups, [], ENGLISH, (similarity, sentences))
    return [[c.text for c in conflict.claims] for conflict in found]


BOTH = pytest.mark.parametrize("grouped", [True, False], ids=["one fact", "one slot"])


@BOTH
def test_a_place_at_the_head_of_each_sentence_tells_two_tolls_apart(grouped: bool) -> None:
    assert (
        _shown(
            "In Kellbrook, 22 people died when the dam gave way.",
            "In Farrowdale, 31 people died when the dam gave way.",
            grouped=grouped,
        )
        == []
    )
    assert _shown(
        "In Kellbrook, 22 people died when the dam gave way.",
        "In Kellbrook, 31 people died when the dam gave way.",
        grouped=grouped,
    ) == [["22", "31"]]


def test_a_place_in_the_clause_before_a_figure_is_where_it_happened() -> None:
    assert (
        _shown(
            "The pier at Rosslyn collapsed in the storm, leaving 40 people stranded.",
            "The pier at Dunmere collapsed in the storm, leaving 65 people stranded.",
            grouped=True,
        )
        == []
    )


@BOTH
def test_one_group_named_with_two_words_of_its_own_is_two_groups(grouped: bool) -> None:
    assert (
        _shown(
            "Apprentice welders at the Norbury yard earn $23,000 a year.",
            "Master welders at the Norbury yard are paid $61,000 a year.",
            grouped=grouped,
        )
        == []
    )
    assert _shown(
        "Apprentice welders at the Norbury yard earn $23,000 a year.",
        "Apprentice welders at the Norbury yard are paid $27,000 a year.",
        grouped=grouped,
    ) == [["23,000 USD", "27,000 USD"]]


def test_two_motions_tallies_are_not_one_tally() -> None:
    assert (
        _shown(
            "The housing motion cleared the chamber with 64 votes.",
            "The transport motion cleared the chamber with 58 votes.",
            grouped=True,
        )
        == []
    )


@BOTH
def test_counts_for_and_against_one_motion_are_two_counts(grouped: bool) -> None:
    assert (
        _shown(
            "At the meeting, 312 shareholders voted in favour of the merger.",
            "At the meeting, 187 shareholders voted against the merger.",
            grouped=grouped,
        )
        == []
    )


@BOTH
def test_a_share_asked_for_across_its_noun_is_not_the_share_offered(grouped: bool) -> None:
    assert (
        _shown(
            "The pilots' union is seeking a pay increase of 9 percent this spring.",
            "The airline has offered a pay increase of 3 percent this spring.",
            grouped=grouped,
        )
        == []
    )


def test_the_changes_of_two_things_are_two_changes() -> None:
    grouped = True  # less alike, main already left them apart
    assert (
        _shown(
            "Bus fares will rise by 5 percent in April.",
            "Parking fees will rise by 11 percent in April.",
            grouped=grouped,
        )
        == []
    )
    assert _shown(
        "Bus fares will rise by 5 percent in April.",
        "Bus fares will rise by 7 percent in April.",
        grouped=grouped,
    ) == [["5%", "7%"]]


def test_one_thing_measured_otherwise_on_two_days_dates_two_happenings() -> None:
    assert (
        _shown(
            "Shares of the copper miner slid 6 percent on Thursday.",
            "Shares of the copper miner slid 3 percent on Friday.",
            grouped=False,
        )
        == []
    )
