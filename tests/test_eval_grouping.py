"""Grouping floors on the labelled corpora of ../shared/eval: held-out halves of ECB+ (look-alike
events of one kind) and BASIL (dated political news), and the whole BASIL build."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.group import group
from tools import clustering

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
# Floors on the held-out halves (tools/clustering.py fixes the halves; nothing was tuned on
# them). Measured when set: ECB+ P 0.964 R 0.891 F1 0.926 (baseline 0.866); BASIL P 1.000
# R 0.982 F1 0.991 (baseline 0.977).
HELD_OUT_F1 = {"ecbplus": 0.92, "basil": 0.97}
HELD_OUT_PRECISION = 0.95
# Margin over the TF-IDF + average-link baseline of the same run (its cut chosen on the tuning
# half). On BASIL's held-out half that baseline already scores 0.977, so a method can beat it
# by at most 0.023: there the floor is only "not below it".
BASELINE_MARGIN = {"ecbplus": 0.03, "basil": 0.0}


def _labelled(name: str, cache_dir: Path) -> clustering.LabelledSet:
    folder = EVAL_DIR / name
    if not (folder / "input.jsonl").is_file():
        pytest.skip(f"{folder} is missing: the grouping floors need ../shared/eval/{name}")
    return clustering.load(folder, cache_dir=cache_dir)


@pytest.fixture(scope="module")
def ecbplus(analysis_cache: Path) -> clustering.LabelledSet:
    return _labelled("ecbplus", analysis_cache)


@pytest.fixture(scope="module")
def basil(analysis_cache: Path) -> clustering.LabelledSet:
    return _labelled("basil", analysis_cache)


@pytest.mark.parametrize("name", ["ecbplus", "basil"])
def test_held_out_floors(name: str, request: pytest.FixtureRequest) -> None:
    labelled: clustering.LabelledSet = request.getfixturevalue(name)
    ours, _ = clustering.ours(labelled, clustering.HELD_OUT)
    baseline = clustering.baseline(labelled, clustering.HELD_OUT, clustering.baseline_cut(labelled))
    print(f"{name} held-out: ours {ours}, baseline {baseline}")
    assert ours.precision >= HELD_OUT_PRECISION
    assert ours.f1 >= HELD_OUT_F1[name]
    assert ours.f1 >= baseline.f1 + BASELINE_MARGIN[name]


def test_halves_split_ecbplus_by_topic(ecbplus: clustering.LabelledSet) -> None:
    """Both look-alike events of a topic fall in the same half, and the halves are balanced."""
    half_of_topic: dict[str, set[str]] = {}
    for item, cluster in ecbplus.gold.items():
        half_of_topic.setdefault(cluster.split("_")[0], set()).add(ecbplus.half[item])
    assert all(len(halves) == 1 for halves in half_of_topic.values())
    tuning = sum(1 for halves in half_of_topic.values() if clustering.TUNING in halves)
    assert tuning == len(half_of_topic) // 2


def test_no_basil_story_mixes_two_events(basil: clustering.LabelledSet) -> None:
    """The whole of BASIL built as one digest: no story tells two events (5 did before)."""
    mixed = clustering.mixed(basil, group(basil.analyses), lambda g: g.id)
    assert mixed == []
