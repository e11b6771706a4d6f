"""The day of one happening told with a verb across its object ("arrested Jane Doe on Tuesday")
by one source and on another day by another (issue 17). Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis

# 2021-06-11 is a Friday.
FRIDAY = "2021-06-11"


def _sides(*texts: str) -> list[list[object]]:
    analyses = [analysis(chr(ord("a") + n), text, FRIDAY) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses)
    ]


ARRESTED = "Police arrested Jane Doe on Tuesday at her home in Elmton."


def test_a_verb_told_across_its_object_dates_one_happening() -> None:
    wednesday = "Officers arrested Jane Doe on Wednesday after a chase through Elmton."
    assert _sides(ARRESTED, wednesday) == [
        ["Day: the day", ("Tuesday", ("a",)), ("Wednesday", ("b",))]
    ]
    # The verb right before the day, as before.
    assert _sides(ARRESTED, "Jane Doe was arrested Wednesday in Elmton.") == [
        ["Day: the day", ("Tuesday", ("a",)), ("Wednesday", ("b",))]
    ]


def test_a_verb_across_another_object_dates_another_happening() -> None:
    # Another person arrested, another bill signed: two happenings, each on its own day.
    assert (
        _sides(ARRESTED, ARRESTED.replace("Jane Doe", "John Roe").replace("Tues", "Wednes")) == []
    )
    budget = "The governor signed the state budget bill on Tuesday in Elmton."
    tax = "The governor signed the state tax bill on Wednesday in Elmton."
    assert _sides(budget, tax) == []
    # The same object on two days still disagrees.
    assert _sides(budget, budget.replace("Tuesday", "Wednesday")) == [
        ["Day: the day", ("Tuesday", ("a",)), ("Wednesday", ("b",))]
    ]


def test_a_happening_counted_otherwise_on_another_day_is_another_one() -> None:
    # Two days of arrests, each with its own tally: two happenings, not one on two days.
    saturday = "At least 30 were detained on Saturday during the marches in Elmton."
    sunday = "At least 45 were detained on Sunday during the marches in Elmton."
    assert _sides(saturday, sunday) == []
    words = "Twelve fans were detained on Saturday near the Elmton stadium."
    assert _sides(words, "Nine fans were detained on Sunday near the Elmton stadium.") == []
    # The same tally on two days is one happening, dated two ways.
    assert _sides(saturday, saturday.replace("Saturday", "Sunday")) == [
        ["Day: the day", ("Saturday", ("a",)), ("Sunday", ("b",))]
    ]


def test_another_happening_of_its_kind_or_a_later_verb_is_no_disagreement() -> None:
    jan = "Another player, Tom Roe, was detained early Jan. 6 for speeding on Route 9."
    feb = "Jane Doe was detained late on Feb. 1 on Route 9 for speeding."
    assert _sides(jan.replace("Another player, Tom Roe,", "Jane Doe"), feb) == [
        ["Date: the date", ("2021-01-06", ("a",)), ("2021-02-01", ("b",))]
    ]
    assert _sides(jan, feb) == []


def test_a_later_verb_dates_its_own_happening() -> None:
    people = (Entity("Jane Doe", "person", None, (), ("a", "b")),)
    arrested = analysis("a", "Jane Doe was arrested Sunday near Elmton.", FRIDAY)

    def sides(text: str) -> list[list[tuple[str, tuple[str, ...]]]]:
        other = analysis("b", text, FRIDAY)
        return [
            [(x.text, x.sources) for x in c.claims] for c in _shown(arrested, other, people=people)
        ]

    assert sides("Doe was arrested Wednesday.") == [[("Sunday", ("a",)), ("Wednesday", ("b",))]]
    assert (
        sides("Lab results from the night Jane Doe was arrested reached her lawyer Wednesday.")
        == []
    )


def test_a_day_at_the_head_of_its_sentence_dates_its_clause() -> None:
    # Undated pages: the weekdays are compared as written.
    def sides(*texts: str) -> list[list[object]]:
        analyses = [analysis(chr(ord("a") + n), text, None) for n, text in enumerate(texts)]
        return [
            [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
            for conflict in _shown(*analyses)
        ]

    late = "The painter Ivo Marsh checked into the Larkspur clinic late Thursday."
    expected = [["Day: the day", ("Friday", ("b",)), ("Thursday", ("a",))]]
    assert sides(late, "On Friday, Ivo Marsh checked into the Larkspur clinic.") == expected
    # A time of day set off by commas between the day and its clause.
    early = "Early Friday morning, at about 2 a.m., Ivo Marsh checked into the Larkspur clinic."
    assert sides(late, early) == expected
    # The day something was said, a plan, another clause's verb: no day of the happening.
    said = "On Friday, his agent said Ivo Marsh had checked into the Larkspur clinic."
    assert sides(late, said) == []
    assert sides(late, "On Friday, Ivo Marsh will check into the Larkspur clinic.") == []
    crowd = "On Friday morning, fans waited outside the Larkspur clinic where Ivo Marsh checked in."
    assert sides(late, crowd) == []
