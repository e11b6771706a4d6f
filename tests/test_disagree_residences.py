"""Where a named person lives, given as two towns by two sources (issue 17): "Dana Quill, 41,
of Marrowby" and "Dana Quill of Tellford". Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis

QUILL = Entity("Dana Quill", "person", None, (), ("a", "b"))
CHARGED = "Dana Quill, 41, of Marrowby was charged with arson on Monday."


def _sides(*texts: str, people: tuple[Entity, ...] = (QUILL,)) -> list[list[object]]:
    """Each shown disagreement's kind and sides, of undated articles (one per text)."""
    analyses = [analysis(chr(ord("a") + n), text, None) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, people=people)
    ]


def test_two_towns_for_one_person_disagree() -> None:
    expected = [["Place: where Dana Quill lives", ("Marrowby", ("a",)), ("Tellford", ("b",))]]
    assert _sides(CHARGED, "Dana Quill of Tellford was charged with arson.") == expected
    # The town after "who lived in", ending its clause; a surname alone is the person too.
    assert _sides(CHARGED, "Quill, who lived in Tellford, was charged with arson.") == expected
    # A middle initial and a title before the name.
    teacher = "Teacher Dana R. Quill of Tellford set the fire, police say."
    assert _sides(CHARGED, teacher) == expected


def test_a_town_inside_the_other_or_another_time_is_no_disagreement() -> None:
    # The state, a large city, a county: any may hold the small town.
    assert _sides(CHARGED, "Dana Quill of Texas was charged with arson.") == []
    assert _sides(CHARGED, "Dana Quill of Chicago was charged with arson.") == []
    assert _sides(CHARGED, "Dana Quill of Harlow County was charged with arson.") == []
    # A part of a state or a large city named by it holds towns too.
    assert _sides(CHARGED, "Dana Quill of South Texas was charged with arson.") == []
    # One town's name inside the other's, and a story that writes both in one sentence.
    assert _sides(CHARGED, "Dana Quill of East Marrowby was charged with arson.") == []
    tellford = "Dana Quill of Tellford was charged with arson."
    assert _sides(CHARGED, tellford, "Marrowby is a hamlet on the edge of Tellford.") == []
    # The state written after the town is the same town.
    assert _sides(CHARGED, "Dana Quill of Marrowby, Okla., was charged with arson.") == []
    # A time of its own after the town: where she lived once, not where she lives.
    assert _sides(CHARGED, "Dana Quill, who lived in Tellford until 2019, was charged.") == []
    # But a large town beside two small ones leaves the small ones in disagreement.
    assert _sides(CHARGED, tellford, "Dana Quill of Chicago was charged with arson.") == [
        ["Place: where Dana Quill lives", ("Marrowby", ("a",)), ("Tellford", ("b",))]
    ]


def test_two_people_or_a_source_of_both_towns_is_no_disagreement() -> None:
    brother = Entity("Lee Quill", "person", None, (), ("b",))
    # Her brother's town is his own.
    other = "Her brother, Lee Quill of Tellford, was not charged."
    assert _sides(CHARGED, other, people=(QUILL, brother)) == []
    # Each one's own towns still compare.
    again = f"{CHARGED}\nHer brother, Lee Quill of Brackwell, was questioned."
    assert _sides(again, other, people=(QUILL, brother)) == [
        ["Place: where Lee Quill lives", ("Brackwell", ("a",)), ("Tellford", ("b",))]
    ]
    # A first name of someone the story does not know, before the shared surname.
    assert _sides(CHARGED, "Her cousin Ray Quill of Tellford was questioned.") == []
    # A source that gives both towns is on no side; the other source then has no one to
    # disagree with.
    both = "Dana Quill of Tellford was charged.\nDana Quill of Marrowby denies the charge."
    assert _sides(CHARGED, both) == []
    # A body named after "of" is no town, and a name of no one in the story says nothing.
    assert _sides(CHARGED, "Dana Quill of the Harbor Stores chain was charged.") == []
    assert _sides(CHARGED, "Officer Tom Reyes of Tellford made the arrest.") == []
