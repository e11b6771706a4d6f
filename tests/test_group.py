"""Grouping: the events gate, look-alike events apart, copies folded, stable story ids."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.group import find_duplicates, group
from generator.models import Analysis
from tests.conftest import FIXTURES, read_sources

EVENTS = FIXTURES / "events"
# B-cubed F1 floor on tests/fixtures/events (70 articles, 22 events, 6 look-alike pairs).
EVENTS_BCUBED_F1_FLOOR = 0.95


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, story in predicted.items():
        by_pred.setdefault(story, set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item in predicted:
        same = by_pred[predicted[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    precision, recall = precision / len(predicted), recall / len(predicted)
    return precision, recall, 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def event_analyses() -> tuple[Analysis, ...]:
    return analyse(clean(read_sources(EVENTS / "articles.jsonl")), Config())


def labels() -> dict[str, str]:
    loaded: dict[str, str] = json.loads((EVENTS / "clusters.json").read_text(encoding="utf-8"))
    return loaded


def test_seeds_make_one_story_of_five(seed_analyses: tuple[Analysis, ...]) -> None:
    (story,) = group(seed_analyses)
    assert len(story.articles) == 5 and not story.duplicates


def test_events_clustering_gate(event_analyses: tuple[Analysis, ...]) -> None:
    predicted = {i: g.id for g in group(event_analyses) for i in g.articles}
    precision, recall, f1 = bcubed(predicted, labels())
    print(f"events B-cubed P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= EVENTS_BCUBED_F1_FLOOR


def test_look_alike_events_stay_apart(event_analyses: tuple[Analysis, ...]) -> None:
    gold = labels()
    for g in group(event_analyses):
        assert len({gold[i] for i in g.articles}) == 1 or len(g.articles) > 3, g.articles
    mixed = [g for g in group(event_analyses) if len({gold[i] for i in g.articles}) > 1]
    assert len(mixed) <= 1


def test_syndicated_copies_are_folded(event_analyses: tuple[Analysis, ...]) -> None:
    copies = {
        copy: original for g in group(event_analyses) for copy, original in g.duplicates.items()
    }
    assert copies.get("a044") == "a029" and copies.get("a042") == "a029"
    assert len(copies) == 2  # independently written reports are never "copies"


def test_story_ids_stable_when_articles_are_added(event_analyses: tuple[Analysis, ...]) -> None:
    """Remove some later articles, then add them back: every story keeps its id."""
    ordered = sorted(event_analyses, key=lambda a: (a.article.published or "", a.article.id))
    early = ordered[: len(ordered) * 2 // 3]
    before = {g.articles[0]: g.id for g in group(early)}
    after = {g.articles[0]: g.id for g in group(event_analyses)}
    shared = set(before) & set(after)
    assert len(shared) >= len(before) // 2  # most earlier stories are still founded alike
    for founder in shared:
        assert after[founder] == before[founder]


def test_exact_copy_is_a_duplicate_of_the_earlier(seed_analyses: tuple[Analysis, ...]) -> None:
    first = seed_analyses[1]
    copy = replace(first, article=replace(first.article, id="zz-copy", published="2099-01-01"))
    duplicates = find_duplicates([first, copy], [0, 1])
    assert duplicates == {"zz-copy": first.article.id}


def test_grouping_is_deterministic(event_analyses: tuple[Analysis, ...]) -> None:
    assert group(event_analyses) == group(tuple(reversed(event_analyses)))


def test_no_articles_no_stories() -> None:
    assert group(()) == ()
