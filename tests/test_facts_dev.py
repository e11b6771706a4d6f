"""The partial annotations (tests/fixtures/facts-dev and facts-pn, issue 17): their events are
others than the facts gold's, the audit's and the disagreement dev set's, their halves are fixed,
each file annotates the parts it lists, and every span lies in its article. Reads
../shared/eval (never copied here); skips when it is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tools import facts_eval

CHECKER = facts_eval.GOLD_DIR / "check_gold.py"


@pytest.mark.parametrize("name", sorted(facts_eval.PARTIAL_DIRS))
def test_the_dev_events_are_apart_and_split_in_halves(name: str) -> None:
    events = facts_eval.load_gold(facts_eval.PARTIAL_DIRS[name])
    assert len(events) >= 20
    clusters = [e["cluster"] for e in events]
    assert len(clusters) == len(set(clusters))
    taken = {g["cluster"] for g in facts_eval.load_gold()} | set(facts_eval.audit_clusters())
    taken |= {d["cluster"] for d in facts_eval.load_dev()}
    assert not taken & set(clusters)
    for event in events:
        # Even positions of the selection order are `tune` (README.md).
        expected = "tune" if int(event["name"].rsplit("-", 1)[1]) % 2 == 0 else "heldout"
        assert event["split"] == expected, event["name"]
        assert set(event["parts"]) <= set(facts_eval.PART_MEASURES)
        assert event["facts"] == [] and event["debris"] == []


@pytest.mark.parametrize("name", sorted(facts_eval.PARTIAL_DIRS))
def test_every_span_lies_in_its_article(name: str) -> None:
    if not (facts_eval.DEFAULT_EVAL_DIR / "basil").is_dir():
        pytest.skip(f"the labelled corpora are not at {facts_eval.DEFAULT_EVAL_DIR}")
    spec = importlib.util.spec_from_file_location("check_gold", CHECKER)
    assert spec and spec.loader
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    corpora = {s: checker.texts(facts_eval.DEFAULT_EVAL_DIR, s) for s in facts_eval.SETS}
    paths = sorted(Path(facts_eval.PARTIAL_DIRS[name]).glob("*-*.json"))
    problems = [p for path in paths for p in checker.check(path, corpora, False)]
    assert not problems, problems[:5]
