"""Event clustering measured on the labelled sets: tuning and held-out halves, B-cubed scores and
the TF-IDF baseline, shared by `make eval` and the floors in tests/test_eval_grouping.py.

The halves are fixed before any tuning, by a rule that does not look at the text: the gold
clusters (for ECB+ its topics, so that both look-alike events of a topic fall in the same half)
are sorted by the SHA-256 of their id, and the first half of that order tunes, the rest is
held out. Every threshold of generator/group.py was chosen on the tuning halves only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.group import group
from generator.models import Analysis, Group
from generator.read import read
from tools import baselines
from tools.metrics import PRF, bcubed

TUNING, HELD_OUT = "tuning", "held-out"
HALVES = (TUNING, HELD_OUT)
# The sets scored, in report order.
SETS = ("ecbplus", "basil", "multinews")
# Baseline: cosine-distance cuts tried on the tuning half; the best there is used on both halves.
BASELINE_DISTANCES = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
# The corpora are trusted and larger than one build's inputs: read without the build limits.
MAX_FILE_BYTES = 100_000_000
MAX_ARTICLES = 1_000_000


def split_key(set_name: str, cluster: str) -> str:
    """What decides an article's half: its gold cluster, or for ECB+ the topic of it ("37" of
    "37_ecbplus"), since a topic's two events are the look-alikes to keep apart."""
    return cluster.split("_", 1)[0] if set_name == "ecbplus" else cluster


def halves(set_name: str, gold: Mapping[str, str]) -> dict[str, str]:
    """Article id -> TUNING or HELD_OUT: split keys sorted by SHA-256, the first half tunes."""
    keys = sorted(
        {split_key(set_name, c) for c in gold.values()},
        key=lambda k: hashlib.sha256(k.encode()).hexdigest(),
    )
    tuning = set(keys[: len(keys) // 2])
    return {
        item: TUNING if split_key(set_name, c) in tuning else HELD_OUT for item, c in gold.items()
    }


@dataclass(frozen=True)
class LabelledSet:
    name: str
    gold: dict[str, str]  # article id -> gold cluster
    half: dict[str, str]  # article id -> TUNING or HELD_OUT
    analyses: list[Analysis]  # every article our pipeline kept, analysed
    texts: dict[str, str]  # article id -> the title and text the baseline reads
    labels: dict[str, str]  # gold cluster -> a readable label (BASIL's event line), if any


def _jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load(folder: Path, config: Config | None = None, cache_dir: Path | None = None) -> LabelledSet:
    """A labelled set of ../shared/eval: its gold, its halves and our analyses of it (with a
    `cache_dir`, cleaning and analyses are cached there as a build caches them)."""
    rows = _jsonl(folder / "articles.jsonl")
    gold = {str(r["id"]): str(r["cluster"]) for r in rows}
    texts = {str(r["id"]): f"{r.get('title') or ''}\n{r.get('text') or ''}" for r in rows}
    labels: dict[str, str] = {}
    if (folder / "events.jsonl").is_file():
        labels = {str(e["cluster"]): str(e["event"]) for e in _jsonl(folder / "events.jsonl")}
    sources = read([folder / "input.jsonl"], MAX_FILE_BYTES, MAX_ARTICLES).sources
    config = config or Config()
    articles = clean([s for s in sources if s.id in gold], config.language, cache_dir)
    analyses = list(analyse(articles, config, cache_dir))
    return LabelledSet(folder.name, gold, halves(folder.name, gold), analyses, texts, labels)


def _items(labelled: LabelledSet, half: str) -> list[str]:
    return sorted(i for i, h in labelled.half.items() if h == half)


def predicted(groups: Sequence[Group], items: Sequence[str]) -> dict[str, str]:
    """Item -> story; an item the pipeline lost (skipped on reading or cleaning) is a story of
    its own, so that losing articles costs recall instead of being ignored."""
    story = {i: g.id for g in groups for i in (*g.articles, *g.duplicates)}
    return {i: story.get(i, f"lost:{i}") for i in items}


def ours(labelled: LabelledSet, half: str) -> tuple[PRF, tuple[Group, ...]]:
    """Our grouping of one half (built as a digest of that half alone) and its B-cubed score."""
    items = _items(labelled, half)
    keep = set(items)
    groups = group([a for a in labelled.analyses if a.article.id in keep])
    gold = {i: labelled.gold[i] for i in items}
    return bcubed(predicted(groups, items), gold), groups


def baseline(labelled: LabelledSet, half: str, distance: float) -> PRF:
    """Plain TF-IDF and average link cut at `distance` (tools/baselines.py), on one half."""
    items = _items(labelled, half)
    found = baselines.tfidf_clusters([labelled.texts[i] for i in items], distance)
    gold = {i: labelled.gold[i] for i in items}
    return bcubed({i: f"b{label}" for i, label in zip(items, found, strict=True)}, gold)


def baseline_cut(labelled: LabelledSet) -> float:
    """The baseline's best distance cut on the tuning half (ties: the smaller cut)."""
    scores = {d: baseline(labelled, TUNING, d).f1 for d in BASELINE_DISTANCES}
    return max(BASELINE_DISTANCES, key=lambda d: (scores[d], -d))


def mixed(
    labelled: LabelledSet, groups: Sequence[Group], headline: Callable[[Group], str]
) -> list[tuple[str, list[tuple[str, int]]]]:
    """Stories that hold articles of two or more gold events: (headline, [(event, articles)])."""
    found = []
    for g in groups:
        counts: dict[str, int] = {}
        for item in g.articles:  # copies included
            event = labelled.gold[item]
            counts[event] = counts.get(event, 0) + 1
        if len(counts) > 1:
            events = [(labelled.labels.get(e, e), n) for e, n in sorted(counts.items())]
            found.append((headline(g), events))
    return sorted(found)
