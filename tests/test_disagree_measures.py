"""Measures of one thing (issue 17): how long it lasted or how long, high or far it is, in one
unit or two; the year a term ends; how many times a happening struck someone. Every text here
is made up."""

from __future__ import annotations

from tests.test_claims import _shown, analysis


def _sides(*texts: str, alike: float = 0.25) -> list[list[object]]:
    built = [analysis(chr(ord("a") + i), text) for i, text in enumerate(texts)]
    return [
        [conflict.topic, *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*built, alike=alike)
    ]


SPEECH = "The senator drew crowds with her nearly 9-hour speech against the harbour plan."


def test_a_things_duration_before_or_after_its_noun_disagrees() -> None:
    told = "Her speech – 7 hours of argument without a pause – ended near midnight."
    same = "Reporters timed the 9-hour speech from the gallery."
    assert _sides(SPEECH, told, same) == [
        [
            "Figure: how long the speech lasted",
            ("7 hours", ("b",)),
            ("9 hours", ("a", "c")),
        ]
    ]
    assert _sides(SPEECH, "The speech lasted seven hours, aides said.") == [
        ["Figure: how long the speech lasted", ("seven hours", ("b",)), ("nearly 9 hours", ("a",))]
    ]


def test_measures_of_many_things_or_of_plans_or_owners_apart_do_not() -> None:
    assert _sides(SPEECH, "Her speech lasted 7 hours.")  # beside each pair below
    # Many things, each measured: a plural noun.
    assert _sides("Nurses there work 12-hour shifts.", "The nurses work 10-hour shifts.") == []
    assert _sides("The guards work 12-hour rotations.", "The guards work 10-hour rotations.") == []
    # A length planned or possible, against what was.
    assert _sides(SPEECH, "Her speech was expected to last 7 hours.") == []
    assert _sides(SPEECH, "She said her speech could run 7 hours.") == []
    # Two owners: two speeches.
    assert (
        _sides("Ann Lee's 9-hour speech won praise.", "Tom Ray's 7-hour speech won praise.") == []
    )
    assert _sides("Her 9-hour speech won praise.", "His 7-hour speech won praise.") == []
    # A source that measures two such things: the story holds two.
    assert (
        _sides("Her 9-hour speech followed his 7-hour speech.", "The 7-hour speech came first.")
        == []
    )
    # Further apart than one thing's values are, or no thing at all.
    assert (
        _sides("After a 2-hour meeting, talks ended.", "After a 5-hour meeting, talks ended.") == []
    )
    assert _sides("Voting closes in a 24-hour window.", "Voting closes in a 48-hour window.") == []
    # In quotation marks: someone else's words, a headline.
    assert _sides(SPEECH, "A weekly titled its piece “her 7-hour speech” on Sunday.") == []


def test_a_measure_in_two_units_is_compared_in_one() -> None:
    assert _sides(
        "The film runs 91 minutes.", "The film, which runs 1 hour 30 minutes, opens."
    ) == [
        [
            "Figure: how long the film lasted",
            ("1 hour 30 minutes", ("b",)),
            ("91 minutes", ("a",)),
        ]
    ]
    assert (
        _sides("The film runs 90 minutes.", "The film, which runs 1 hour 30 minutes, opens.") == []
    )
    # Metres and feet: within the rounding of a value converted, no disagreement.
    assert _sides(
        "Rescuers reached a fall of 1,000 feet.", "Rescuers reached a fall of 600 metres."
    )
    assert (
        _sides("Rescuers reached a fall of 2,000 feet.", "Rescuers reached a fall of 600 metres.")
        == []
    )
    assert (
        _sides("Crews climbed the 8,611-metre peak.", "Crews climbed the 28,251-foot peak.") == []
    )
    # A value with its conversion is one value.
    assert _sides(
        "Crews climbed the 8,611-metre (28,251-foot) peak.", "Crews climbed the 8,400-metre peak."
    ) == [
        [
            "Figure: how long, high or far the peak is",
            ("8,400 metres", ("b",)),
            ("8,611 metres", ("a",)),
        ]
    ]
    assert (
        _sides(
            "Crews climbed the 8,611-metre (28,251-foot) peak.",
            "Crews climbed the 28,251-foot peak.",
        )
        == []
    )
    assert (
        _sides(
            "Rescuers reached a fall of 600 metres (1,969 feet).",
            "Rescuers reached a fall of 600 metres.",
        )
        == []
    )


def test_the_year_a_term_ends_disagrees_for_one_owner() -> None:
    assert _sides(
        "Her second term as mayor officially ends in 2031.",
        "She hinted she may step down before her term ends in 2030.",
    ) == [["Date: the year the term ends", ("2030", ("b",)), ("2031", ("a",))]]
    # Two people's terms, or a term that ended before the paper's year.
    assert _sides("His term ends in 2031.", "Her term ends in 2030.") == []
    assert _sides("Lee's term ends in 2031.", "Ray's term ends in 2030.") == []
    assert _sides("Her term ends in 2016, aides said.", "Her term ends in 2015.") == []


def test_how_many_times_one_happening_struck_someone() -> None:
    once = "Police said the guard, Ann Lee, was shot once in the left arm."
    assert _sides(once, "The guard, Ann Lee, was hit twice in the arm, police said.") == [
        [
            "Figure: how many times someone was shot in the arm",
            ("once", ("a",)),
            ("twice", ("b",)),
        ]
    ]
    # Another place hit, another happening, sentences on other points, a multiple or a repeat.
    assert _sides(once, "The guard, Ann Lee, was hit twice in the chest, police said.") == []
    assert _sides(once, "The guard, Ann Lee, was arrested twice, police said.") == []
    # No place hit: which of a story's victims is meant is not said.
    assert _sides("The guard, Ann Lee, was shot once.", "The guard, Ann Lee, was shot twice.") == []
    assert _sides(once, "The guard, Ann Lee, was hit twice in the arm.", alike=0.05) == []
    assert _sides("The guard, Ann Lee, was paid twice as much.", once) == []
    assert _sides("Police said the guard, Ann Lee, was warned once again.", once) == []


FALL = "Two climbers fell 600 metres down the face of the peak."


def test_a_length_covered_told_in_two_units_disagrees_beyond_their_rounding() -> None:
    told = "The two climbers fell 1,000 feet down the face of the peak, rescuers said."
    assert _sides(FALL, told) == [
        [
            "Figure: how far it fell down the face of the peak",
            ("1,000 feet", ("b",)),
            ("600 metres", ("a",)),
        ]
    ]
    # Within the rounding of a converted value; of another stretch; on other points; possible.
    assert _sides(FALL, told.replace("1,000", "2,000")) == []
    assert _sides(FALL, "The two climbers fell 1,000 feet from the ridge, rescuers said.") == []
    assert _sides(FALL, told, alike=0.05) == []
    assert (
        _sides(FALL, "The climbers could have fallen 1,000 feet down the face of the peak.") == []
    )
    # A conversion in brackets is the same value; a verb of being tells where, not a happening.
    assert (
        _sides(FALL, "Two climbers fell 600 metres (1,969 feet) down the face of the peak.") == []
    )
    assert (
        _sides("The hut was 600 metres down the face.", "The hut was 1,000 feet down the face.")
        == []
    )
