"""When the story's lead happening happened, told as two days or two clock times by two
sources (issue 17). Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis

VOSS = Entity("Mara Voss", "person", None, (), ("a", "b"))
TUESDAY = "Mara Voss checked into the Pell Lake Clinic on Tuesday."
CHECKED_DAYS = [
    [
        "Day: the day Mara Voss checked into the Pell Lake Clinic",
        ("Friday", ("b",)),
        ("Tuesday", ("a",)),
    ]
]


def _sides(*texts: str, published: tuple[str | None, ...] = ()) -> list[list[object]]:
    """Each shown disagreement's kind and sides, one article per text (undated unless told)."""
    analyses = [
        analysis(chr(ord("a") + n), text, published[n] if published else None)
        for n, text in enumerate(texts)
    ]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, people=(VOSS,))
    ]


def test_two_days_of_one_lead_happening_disagree() -> None:
    # One act by one person, told by two verbs of one object.
    assert _sides(TUESDAY, "Mara Voss has entered the Pell Lake Clinic on Friday.") == CHECKED_DAYS
    # A day at the head of the sentence dates the clause after it; an age set off by commas.
    fronted = "Early Friday, Mara Voss, 41, quietly entered the Pell Lake Clinic."
    assert _sides(TUESDAY, fronted) == CHECKED_DAYS


def test_two_happenings_or_no_happening_told_is_no_disagreement() -> None:
    # Two clinics, each named: two stays.
    assert _sides(TUESDAY, "Mara Voss has entered the Oakmere Clinic on Friday.") == []
    # A day of telling, a plan, one of several.
    assert _sides(TUESDAY, "Mara Voss said Friday that she had entered the clinic.") == []
    assert _sides(TUESDAY, "Mara Voss will enter the Pell Lake Clinic on Friday.") == []
    assert _sides(TUESDAY, "Mara Voss has entered another clinic on Friday.") == []
    assert _sides(TUESDAY, "Mara Voss entered the Pell Lake Clinic again on Friday.") == []
    # One verb of two objects: two acts.
    met = "Mara Voss met the mayor at about 9:30 a.m."
    assert _sides(met, "Mara Voss met the governor at about 4:30 p.m.") == []
    # Whose act is not clear: a pronoun.
    assert _sides(TUESDAY, "She has entered the Pell Lake Clinic on Friday.") == []
    # Two verbs without one object are two acts.
    assert _sides(TUESDAY, "Mara Voss left the city on Friday.") == []
    # Told after the lead: not the article's main happening.
    later = "The clinic is small.\nIt treats forty patients.\nMara Voss entered it on Friday."
    assert _sides(TUESDAY, later) == []
    # Papers of two days: "Friday" may be of another week.
    friday = "Mara Voss has entered the Pell Lake Clinic on Friday."
    assert _sides(TUESDAY, friday, published=("2019-03-06", "2019-03-16")) == []
    # A source that gives both days is on no side.
    both = f"{friday}\nMara Voss entered the Pell Lake Clinic on Tuesday, a friend said."
    assert _sides(TUESDAY, both) == []


def test_clock_times_differ_only_beyond_their_hedges() -> None:
    def times(first: str, second: str) -> list[list[object]]:
        return _sides(
            f"Mara Voss was stopped on the highway {first}.", f"Mara Voss was stopped {second}."
        )

    assert times("at about 1:30 a.m.", "at about 1:00 a.m.") == [
        [
            "Time: the time Mara Voss stopped",
            ("about 1:00 a.m.", ("b",)),
            ("about 1:30 a.m.", ("a",)),
        ]
    ]
    # Within the hedges: a quarter hour written as minutes, an hour written alone.
    assert times("at about 1:30 a.m.", "shortly after 1:20 a.m.") == []
    assert times("at about 1:30 a.m.", "around 2 a.m.") == []
    # A time by a named clock, or a bound, is not compared.
    assert times("at about 1:30 a.m. local time", "at about 4:30 a.m.") == []
    assert times("at about 1:30 a.m.", "until 4 a.m.") == []


def test_a_happening_told_as_the_first_of_several_is_not_the_lead_one() -> None:
    # "first entered": a later stay followed, another happening than Tuesday's.
    first = "Mara Voss first entered the Pell Lake Clinic on Friday."
    assert _sides(TUESDAY, first) == []
    assert _sides(TUESDAY, "Mara Voss originally entered the Pell Lake Clinic on Friday.") == []
    # The same act told plainly still disagrees.
    assert _sides(TUESDAY, "Mara Voss entered the Pell Lake Clinic on Friday.") == CHECKED_DAYS
