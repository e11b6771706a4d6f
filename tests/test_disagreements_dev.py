"""The disagreement dev sets (tests/fixtures/disagreements/, issue 17): their events are others
than the facts gold's, the audit's and each other's, their halves fixed, and every side's span
lies in an article of its event. Reads ../shared/eval (never copied here); skips when it is
absent."""

from __future__ import annotations

import json
import re

import pytest

from tools import facts_eval

EVAL_DIR = facts_eval.DEFAULT_EVAL_DIR
NUMBER = re.compile(r"\d[\d,]*\d|\d")


# Per dev set, its events in each half.
HALVES = {
    "dev": {"tune": 18, "heldout": 18},
    "dev-2": {"tune": 12, "heldout": 12},
    "ecbplus": {"tune": 0, "heldout": 8},
}


@pytest.mark.parametrize("name", sorted(facts_eval.DEV_FILES))
def test_a_dev_set_is_apart_from_the_gold_the_audit_and_the_other_sets(name: str) -> None:
    events = facts_eval.load_dev(facts_eval.DEV_FILES[name])
    clusters = [e["cluster"] for e in events]
    assert len(clusters) == len(set(clusters)) == sum(HALVES[name].values())
    taken = {g["cluster"] for g in facts_eval.load_gold()} | set(facts_eval.audit_clusters())
    taken |= {
        e["cluster"]
        for other, path in facts_eval.DEV_FILES.items()
        if other != name
        for e in facts_eval.load_dev(path)
    }
    assert not taken & set(clusters)
    halves = {s: sum(e["split"] == s for e in events) for s in facts_eval.SPLITS}
    assert halves == HALVES[name]
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


@pytest.mark.parametrize("name", sorted(facts_eval.DEV_FILES))
def test_every_span_lies_in_its_article(name: str) -> None:
    texts: dict[str, str] = {}
    for corpus in facts_eval.SETS:
        path = EVAL_DIR / corpus / "articles.jsonl"
        if not path.is_file():
            pytest.skip(f"the labelled corpora are not at {EVAL_DIR}")
        with path.open(encoding="utf-8") as lines:
            texts |= {row["id"]: row["text"] for row in map(json.loads, lines)}
    for event in facts_eval.load_dev(facts_eval.DEV_FILES[name]):
        assert set(event["articles"]) <= set(texts)
        for disagreement in event["disagreements"]:
            for side in disagreement["claims"]:
                for span in side["spans"]:
                    text = texts[span["article"]]
                    assert 0 <= span["start"] < span["end"] <= len(text)
                    # A number the span writes is in its value when both write digits (a value
                    # may give it in two units, "600 m (2,000 ft)", or as a sum of parts).
                    written = NUMBER.findall(text[span["start"] : span["end"]])
                    digits = "".join(c for c in side["value"] if c.isdigit())
                    if written and digits and not side["value"].startswith(("earlier", "20")):
                        assert any(n.replace(",", "") in digits for n in written), written
