"""Things that look alike but are two (issue 17, precision): two sources that tell two
happenings, two people, two places, two moments, a plan and what was done, or two things
measured, give no disagreement; nor do two roundings of one measure. Every text here is made up.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from generator import disagree
from generator.align import SentenceGroup
from generator.lang.en import ENGLISH
from generator.models import Entity
from tests.test_claims import analysis


def _person(name: str) -> Entity:
    return Entity(name, "person", "", (), ("a", "b"))


def _shown(first: str, second: str, people: Sequence[Entity] = ()) -> list[list[object]]:
    """The disagreements of a story of two sources of one sentence each, aligned as two loose
    paraphrases of one fact are, as [topic, (value, sources)...]."""
    analyses = [analysis("a", first), analysis("b", second)]
    sentences = [a.sentences[0] for a in analyses]
    similarity = np.full((2, 2), 0.35, dtype=np.float32)
    np.fill_diagonal(similarity, 1.0)
    group = SentenceGroup(tuple(sentences), 0.5)
    found = disagree.conflicts(analyses, [group], people, ENGLISH, (similarity, sentences))
    return [
        [conflict.topic.split(", in “")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in found
    ]


def test_two_peoples_funerals_on_two_days_are_no_disagreement() -> None:
    people = [_person("Ada Quill"), _person("Bram Sorel")]
    assert (
        _shown(
            "The funeral of Ada Quill was held on Tuesday.",
            "The funeral of Bram Sorel was held on Thursday.",
            people,
        )
        == []
    )
    assert (
        _shown(
            "A vigil for the first victim, Ada Quill, took place on Tuesday.",
            "A vigil for Bram Sorel, another victim, took place on Thursday.",
            people,
        )
        == []
    )
    # One person's funeral told on two days still is.
    assert _shown(
        "The funeral of Ada Quill was held on Tuesday.",
        "The funeral of Ada Quill was held on Thursday.",
        people,
    ) == [["Day: the day", ("Thursday", ("b",)), ("Tuesday", ("a",))]]


def test_counts_in_two_places_are_no_disagreement() -> None:
    assert (
        _shown(
            "About 4,000 people joined the march in Dunmore.",
            "About 11,000 people joined the march in Calder.",
        )
        == []
    )
    assert _shown("In Vermont, turnout was 61 percent.", "In Idaho, turnout was 54 percent.") == []
    # The same place, or none named: one count.
    assert _shown(
        "About 4,000 people joined the march in Dunmore.",
        "Some 11,000 people joined the march in Dunmore.",
    ) == [["Figure: how many (people)", ("about 4,000", ("a",)), ("some 11,000", ("b",))]]


def test_a_speed_is_no_length() -> None:
    assert (
        _shown(
            "The gusts reached 70 miles per hour along the shore.",
            "The gusts reached 45 miles along the shore.",
        )
        == []
    )


def test_lengths_two_things_covered_are_no_disagreement() -> None:
    assert (
        _shown(
            "The boulder fell 150 feet onto the path.",
            "The hiker fell 30 feet onto the path.",
        )
        == []
    )
    # What fell, told alike, still is one fall.
    assert _shown(
        "The hiker fell 150 feet onto the path.",
        "The hiker fell 30 feet onto the path.",
    ) == [["Figure: the length (hiker fell path), in feet", ("150", ("a",)), ("30", ("b",))]]


def test_a_measure_within_its_rounding_is_no_disagreement() -> None:
    assert (
        _shown(
            "The two divers sank 300 metres below the ledge.",
            "The two divers sank 305 metres below the ledge, the coastguard said.",
        )
        == []
    )
    # Beyond the rounding of the rounder figure, or of a count, it is.
    assert _shown(
        "The two divers sank 300 metres below the ledge.",
        "The two divers sank 330 metres below the ledge, the coastguard said.",
    ) == [["Figure: the length (diver sank ledge), in metres", ("300", ("a",)), ("330", ("b",))]]
    assert _shown(
        "The blast killed 40 people at the depot.", "The blast killed 41 people at the depot."
    ) == [["Figure: how many (dead)", ("40", ("a",)), ("41", ("b",))]]


def test_two_of_a_series_are_no_disagreement() -> None:
    assert (
        _shown(
            "A parcel bomb went off at the post office on Monday, wounding 9 people.",
            "A second parcel bomb went off at the post office on Wednesday, wounding 3 people.",
        )
        == []
    )
    assert (
        _shown(
            "The first patient was discharged on Monday from the ward.",
            "The second patient was discharged on Friday from the ward.",
        )
        == []
    )


def test_a_plan_and_what_was_done_are_no_disagreement() -> None:
    assert (
        _shown(
            "The organisers expected 60,000 fans at the festival.",
            "The festival drew 41,000 fans, the organisers said.",
        )
        == []
    )


def test_counts_in_the_same_words_but_for_the_place_are_no_disagreement() -> None:
    assert (
        _shown(
            "The gale cut power to 70,000 homes in Wexham.",
            "The gale cut power to 25,000 homes in Brayford.",
        )
        == []
    )


def test_shares_of_two_people_are_no_disagreement() -> None:
    people = [_person("Ada Lind"), _person("Ivan Dorr")]
    assert (
        _shown(
            "Ada Lind was elected on Tuesday with 54 percent of the vote.",
            "Ivan Dorr was elected on Tuesday with 61 percent of the vote.",
            people,
        )
        == []
    )
    # Who said it is not whose it is.
    assert _shown(
        "Ada Lind said the blast killed 40 people at the depot.",
        "Ivan Dorr said the blast killed 44 people at the depot.",
        people,
    ) == [["Figure: how many (dead)", ("40", ("a",)), ("44", ("b",))]]


def test_one_thing_counted_on_two_days_is_no_disagreement() -> None:
    # what crews did on each of two days: two counts, not two tellings of one
    assert (
        _shown(
            "Crews towed 14 stranded cars from the pass on Saturday.",
            "Crews towed 9 stranded cars from the pass on Sunday.",
        )
        == []
    )
    # the same day, or a day only one source gives: one count
    assert _shown(
        "Crews towed 14 stranded cars from the pass on Saturday.",
        "Crews towed 9 stranded cars from the pass on Saturday.",
    ) == [["Figure: how many (car)", ("14", ("a",)), ("9", ("b",))]]


def test_counts_of_two_groups_in_one_fact_are_no_disagreement() -> None:
    # the dead with and without the bomber who died with them
    assert (
        _shown(
            "The bomber killed 6 people at the depot.",
            "Seven people died at the depot, including the bomber.",
        )
        == []
    )
    # a whole district's count and one village's
    assert (
        _shown(
            "Across the district 900 barns were damaged by the hail.",
            "In Oldmere 140 barns were damaged by the hail.",
        )
        == []
    )
    # one count told two ways still disagrees
    assert _shown(
        "The hail damaged 900 barns in the district.",
        "The hail damaged 1,400 barns in the district.",
    ) == [["Figure: how many (barn)", ("1,400", ("b",)), ("900", ("a",))]]


def test_an_amount_asked_for_and_one_given_in_one_fact_are_two() -> None:
    assert (
        _shown(
            "The harbour board requested $8 million for the sea wall.",
            "The ministry granted the harbour board $3 million for the sea wall.",
        )
        == []
    )
    assert _shown(
        "The ministry granted the harbour board $8 million for the sea wall.",
        "The ministry granted the harbour board $3 million for the sea wall.",
    ) == [["Figure: the amount (board)", ("3 million USD", ("b",)), ("8 million USD", ("a",))]]
