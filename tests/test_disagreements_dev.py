"""The disagreement dev set (tests/fixtures/disagreements/dev.json, issue 17): its events are
others than the facts gold's and the audit's, its halves fixed, and every side's span lies in an
article of its event. Reads ../shared/eval (never copied here); skips when it is absent."""

from __future__ import annotations

import json

import pytest

from tools import facts_eval

EVAL_DIR = facts_eval.DEFAULT_EVAL_DIR


def test_the_dev_set_is_apart_from_the_gold_and_the_audit() -> None:
    events = facts_eval.load_dev()
    clusters = [e["cluster"] for e in events]
    assert len(clusters) == len(set(clusters)) == 36
    taken = {g["cluster"] for g in facts_eval.load_gold()} | set(facts_eval.audit_clusters())
    assert not taken & set(clusters)
    assert sorted(e["split"] for e in events) == ["heldout"] * 18 + ["tune"] * 18
    for event in events:
        for disagreement in event["disagreements"]:
            sides = disagreement["claims"]
            assert len(sides) >= 2 and disagreement["class"] and disagreement["what"]
            for side in sides:
                assert side["articles"] == sorted({s["article"] for s in side["spans"]})
                assert set(side["articles"]) <= set(event["articles"])
            # No article on two sides: a source that tells both values takes no side.
            assert len({a for side in sides for a in side["articles"]}) == sum(
                len(side["articles"]) for side in sides
            )


def test_every_span_lies_in_its_article() -> None:
    texts: dict[str, str] = {}
    for name in facts_eval.SETS:
        path = EVAL_DIR / name / "articles.jsonl"
        if not path.is_file():
            pytest.skip(f"the labelled corpora are not at {EVAL_DIR}")
        with path.open(encoding="utf-8") as lines:
            texts |= {row["id"]: row["text"] for row in map(json.loads, lines)}
    for event in facts_eval.load_dev():
        assert set(event["articles"]) <= set(texts)
        for disagreement in event["disagreements"]:
            for side in disagreement["claims"]:
                for span in side["spans"]:
                    text = texts[span["article"]]
                    assert 0 <= span["start"] < span["end"] <= len(text)
                    # A span holds the value's digits when the value is written with digits.
                    digits = "".join(c for c in side["value"] if c.isdigit())
                    if digits and not side["value"].startswith(("earlier", "20")):
                        written = text[span["start"] : span["end"]]
                        assert digits in "".join(c for c in written if c.isdigit()), written
