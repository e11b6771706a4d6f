"""One event told by 11 and 12 outlets (tests/fixtures/stories), among 70 other articles: the
story is scored against its gold, part by part, with floors a change must not fall below.

The fixtures were written blind (their author saw no code) and carry traps: hedged figures
that agree with exact ones, figures about different things, a law's start date beside the
ruling's date, reporting days ("said on Wednesday") beside event days. The floors sit just
below the scores measured when they were set (printed with `pytest -s`)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from tests.stories import StoryScore, build_story, load_gold, score

# name -> score -> floor. Precision of disagreements is 1.0: nothing may be invented.
FLOORS: dict[str, dict[str, float]] = {
    "ferry": {
        "grouped": 1.0,
        "summary_cited": 1.0,
        "people": 0.8,
        "figure_sources": 0.8,
        "conflict_recall": 1.0,
        "conflict_precision": 1.0,
        "conflict_sides": 0.75,
        "quotes": 0.7,
        # 5 of 12 (was 7 with looser notes): issue 17 shows as "only here" only statements
        # unlike every other source's (precision on real stories, tools/facts_eval.py, rose
        # from 0.55 to 0.9); in a story of 12 outlets many a detail shares words with others.
        "unique": 0.4,
        # 8 of 11 (was 9): one gold date is read from a participle beside a noun ("..., announced
        # in <year>, which ..."), not from what the sentence tells; issue 17 keeps such dates off
        # the background (timeline.side_clause).
        "timeline": 0.72,
    },
    "ruling": {
        "grouped": 1.0,
        "summary_cited": 1.0,
        "people": 0.8,
        "figure_sources": 0.9,
        "conflict_recall": 0.33,
        "conflict_precision": 1.0,
        "conflict_sides": 0.65,
        "quotes": 0.7,
        # 7 of 11 (was 8): see the note on the ferry's.
        "unique": 0.6,
        # 5 of 7: the gold's "2008, earlier data retention law adopted" is read from "a 2008 data
        # retention law", a year that names a law; issue 17 keeps such years off the timeline.
        # The approval on 21 March is dated only in sentences with two dates: "was approved on
        # 21 March 2025 ... and entered into force on 1 June 2025", and "the fight that began
        # when parliament approved the law on March 21 ..., and escalated in April when ...",
        # both dates in subordinate clauses; issue 17 leaves such sentences off (was 6 of 7).
        "timeline": 0.7,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest, analysis_cache: Path) -> tuple[str, StoryScore]:
    name: str = request.param
    story, stories = build_story(name, cache_dir=analysis_cache)
    result = score(story, stories, load_gold(name))
    shown = {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(result).items()}
    print(f"\n{name}: {story.headline!r}\n  {shown}")
    return name, result


def test_scores_stay_above_their_floors(scored: tuple[str, StoryScore]) -> None:
    name, result = scored
    below = {
        part: (round(getattr(result, part), 3), floor)
        for part, floor in FLOORS[name].items()
        if getattr(result, part) < floor
    }
    assert not below, f"{name}: below the floor {below}; missed: {result.missed}"


def test_headline_names_the_event_and_summary_cites_many(scored: tuple[str, StoryScore]) -> None:
    name, result = scored
    assert result.headline, name
    assert result.summary_sources >= 3  # a summary of 11 outlets cites more than one or two


def test_no_boilerplate_line_reaches_the_story(scored: tuple[str, StoryScore]) -> None:
    _, result = scored
    assert result.boilerplate_leaks == []


def test_disagreements_are_found_and_none_is_invented(scored: tuple[str, StoryScore]) -> None:
    """Hedged and exact figures, different counts, a law's start date and the days of
    reports are traps, not disagreements."""
    _, result = scored
    assert result.conflict_recall > 0
    assert result.conflict_precision == 1.0, result.missed.get("false conflicts")
