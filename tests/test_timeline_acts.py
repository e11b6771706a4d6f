"""One timeline entry per happening, and no entry that says nothing: one actor's act told in
two sentences, a heading in capitals, a day pointed back to, a lone "he" or "she"
(generator/timeline_acts.py)."""

from __future__ import annotations

from dataclasses import replace

from generator.timeline import timeline
from tests.conftest import ENGLISH
from tests.test_timeline import PUBLISHED, one_source, story_timeline


def entries(*sources: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(date, sources) of the timeline of a story whose articles "a", "b", ... tell `sources`."""
    told = []
    for name, sentences in zip("abc", sources, strict=False):
        analysis = one_source(sentences, PUBLISHED)
        told.append(
            replace(
                analysis,
                article=replace(analysis.article, id=name),
                sentences=tuple(replace(s, article=name) for s in analysis.sentences),
            )
        )
    return [(e.date, e.sources) for e in timeline(told, [], ENGLISH)]


def test_one_actors_act_told_in_other_words_is_one_entry() -> None:
    found = entries(
        ["Rina Holt was moved to the reserve list on Tuesday."],
        ["The Comets moved forward Rina Holt to the reserve list on Tuesday."],
        ["Manager Ole Brandt announced Tuesday that Rina Holt was moved to the reserve list."],
    )
    assert found == [("2019-03-26", ("a", "b", "c"))]
    # two players moved the same day are two entries
    found = entries(
        ["The Comets moved Rina Holt to the reserve list on Tuesday."],
        ["The Comets moved Dana Pike to the reserve list on Tuesday."],
    )
    assert sorted(found) == [("2019-03-26", ("a",)), ("2019-03-26", ("b",))]


def test_a_heading_in_capitals_joins_the_sentence_under_it() -> None:
    body = "In 1931, the mayor opened the new canal with a silver spade."
    assert story_timeline(["IN 1931, THE MAYOR OPENED THE CANAL.", body]) == [("1931", body)]


def test_a_day_pointed_back_to_is_the_day_of_the_sentence_before() -> None:
    told = ["The storm reached the coast on March 3.", "That night, the levee broke."]
    assert [date for date, _ in story_timeline(told)] == ["2019-03-03", "2019-03-03"]
    told = ["The firm was sold.", "On that day, the board quit over a plan signed in May 2016."]
    assert story_timeline(told) == []
