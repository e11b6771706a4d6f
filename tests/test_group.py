"""Grouping: the events gate, look-alike events apart, copies folded, stable story ids."""

from __future__ import annotations

import json
from dataclasses import replace

from generator.group import find_duplicates, group
from generator.models import Analysis, Group
from tests.conftest import FIXTURES

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


def _moved(analysis: Analysis, published: str) -> Analysis:
    """The same report, dated another day (to put two events of one kind in the same week)."""
    return replace(analysis, article=replace(analysis.article, published=published))


def _event(analyses: tuple[Analysis, ...], event: str) -> list[Analysis]:
    gold = labels()
    return sorted(
        (a for a in analyses if gold[a.article.id] == event),
        key=lambda a: (a.article.published or "", a.article.id),
    )


def _look_alikes(analyses: tuple[Analysis, ...]) -> tuple[list[Analysis], list[Analysis]]:
    """Two earthquakes (Peru, Sulawesi), the second moved into the first one's days."""
    peru = _event(analyses, "quake-peru-2025-03-09")
    sulawesi = [_moved(a, "2025-03-10") for a in _event(analyses, "quake-sulawesi-2025-03-18")]
    return peru, sulawesi


def _largest(groups: tuple[Group, ...], ids: set[str]) -> Group:
    return max(groups, key=lambda g: (len(ids & set(g.articles)), g.id))


def test_look_alike_events_of_the_same_days_stay_apart(
    event_analyses: tuple[Analysis, ...],
) -> None:
    """Two earthquakes reported the same days: the main story of each holds none of the other's
    reports (a single report of each may still pair up: see test_new_look_alike_...)."""
    peru, sulawesi = _look_alikes(event_analyses)
    groups = group((*peru, *sulawesi))
    peru_ids, sulawesi_ids = {a.article.id for a in peru}, {a.article.id for a in sulawesi}
    assert not sulawesi_ids & set(_largest(groups, peru_ids).articles)
    assert not peru_ids & set(_largest(groups, sulawesi_ids).articles)


def test_new_look_alike_reports_start_their_own_story(
    event_analyses: tuple[Analysis, ...],
) -> None:
    """Incremental build: the first earthquake's stories exist; reports of a second earthquake
    of the same days arrive. Every earlier story keeps its id and its articles, and the main
    one takes none of the new reports: they form a story of their own."""
    peru, sulawesi = _look_alikes(event_analyses)
    first = group(peru)
    previous = {i: g.id for g in first for i in g.articles}
    after = {g.id: g for g in group((*peru, *sulawesi), previous)}
    new_ids = {a.article.id for a in sulawesi}
    for story in first:
        assert set(story.articles) <= set(after[story.id].articles)
    main = _largest(first, set(previous))
    assert set(after[main.id].articles) == set(main.articles)
    new_story = _largest(tuple(after.values()), new_ids)
    assert new_story.id not in {g.id for g in first}
    assert len(new_ids & set(new_story.articles)) >= len(new_ids) - 1


def test_later_reports_of_a_story_join_it_and_keep_its_id(
    event_analyses: tuple[Analysis, ...],
) -> None:
    peru = _event(event_analyses, "quake-peru-2025-03-09")
    first = group(peru[:3])
    previous = {i: g.id for g in first for i in g.articles}
    after = {i: g.id for g in group(peru, previous) for i in g.articles}
    assert all(after[i] == story for i, story in previous.items())
    main = previous[peru[0].article.id]
    assert sum(1 for story in after.values() if story == main) > 3  # later reports joined it


def test_two_stories_of_an_earlier_build_are_never_joined(
    event_analyses: tuple[Analysis, ...],
) -> None:
    peru = _event(event_analyses, "quake-peru-2025-03-09")
    half = len(peru) // 2
    previous = {a.article.id: "quake-a" if n < half else "quake-b" for n, a in enumerate(peru)}
    stories = {g.id: set(g.articles) for g in group(peru, previous)}
    assert stories == {
        "quake-a": {a.article.id for a in peru[:half]},
        "quake-b": {a.article.id for a in peru[half:]},
    }


def test_reports_a_week_later_are_a_related_story(event_analyses: tuple[Analysis, ...]) -> None:
    """Reports of the same matter a week later are a story of their own (a follow-up), linked
    both ways as related, with which came first."""
    peru = _event(event_analyses, "quake-peru-2025-03-09")
    first_days, week_later = peru[:4], [_moved(a, "2025-03-17") for a in peru[4:]]
    groups = {g.id: g for g in group((*first_days, *week_later))}
    story_of = {i: g.id for g in groups.values() for i in g.articles}
    early = {story_of[a.article.id] for a in first_days}
    late = {story_of[a.article.id] for a in week_later}
    assert not early & late
    links = {(g.id, r.story): r.why for g in groups.values() for r in g.related}
    assert any("later event" in why for (a, b), why in links.items() if a in early and b in late)
    assert any("earlier event" in why for (a, b), why in links.items() if a in late and b in early)
    for g in groups.values():
        assert all(r.story in groups and r.story != g.id for r in g.related)
