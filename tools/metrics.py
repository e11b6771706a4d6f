"""Scores used by `make eval`, written out so that every figure can be checked by reading them.

Each is the usual metric of its task (see ../shared/eval/README.md): B-cubed and ARI for
clustering, bag-of-words token P/R/F1 for extracted article bodies, P/R/F1 at k on stemmed
phrases for keyphrases, ROUGE-1/2/L F1 on stemmed tokens for summaries.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from sklearn.metrics import adjusted_rand_score

from tools.stem import stem

_WORD = re.compile(r"\w+")
# Paired bootstrap: enough resamples for a stable 95% interval, seeded for reproducible reports.
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 13
CONFIDENCE = 0.95


class PRF(NamedTuple):
    precision: float
    recall: float
    f1: float


def prf(hits: float, predicted: float, expected: float) -> PRF:
    """Precision, recall and F1 from counts; an empty side scores 0, never a division error."""
    precision = hits / predicted if predicted else 0.0
    recall = hits / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def mean_prf(scores: Sequence[PRF]) -> PRF:
    """Macro average: every document counts the same, long or short."""
    if not scores:
        return PRF(0.0, 0.0, 0.0)
    n = len(scores)
    return PRF(*(sum(s[i] for s in scores) / n for i in range(3)))


# Clustering ------------------------------------------------------------------------------------


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed precision and recall (Bagga and Baldwin 1998), averaged over the gold items.

    An item's precision is the share of its predicted cluster that shares its gold label; its
    recall the share of its gold cluster that the prediction put with it. Unlike pairwise F1,
    it does not let the largest clusters dominate.
    """
    items = list(gold)
    by_predicted: dict[str, list[str]] = {}
    by_gold: dict[str, list[str]] = {}
    for item in items:
        by_predicted.setdefault(predicted[item], []).append(item)
        by_gold.setdefault(gold[item], []).append(item)
    precision = recall = 0.0
    for item in items:
        same_predicted = by_predicted[predicted[item]]
        both = sum(1 for other in same_predicted if gold[other] == gold[item])
        precision += both / len(same_predicted)
        recall += both / len(by_gold[gold[item]])
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def adjusted_rand(predicted: Mapping[str, str], gold: Mapping[str, str]) -> float:
    """Adjusted Rand index over the gold items: 0 for chance agreement, 1 for identical."""
    items = list(gold)
    return float(adjusted_rand_score([gold[i] for i in items], [predicted[i] for i in items]))


# Extracted text --------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits and underscores)."""
    return _WORD.findall(text.lower())


def token_prf(predicted: str, gold: str) -> PRF:
    """Bag-of-words overlap of two texts (multiset intersection), as in the ScrapingHub
    article-extraction benchmark's token scores."""
    ours, theirs = Counter(words(predicted)), Counter(words(gold))
    hits = sum((ours & theirs).values())
    return prf(hits, sum(ours.values()), sum(theirs.values()))


# Keyphrases ------------------------------------------------------------------------------------


def phrase_key(phrase: str) -> str:
    """A phrase reduced for matching: lower case, punctuation gone, every word Porter-stemmed."""
    return " ".join(stem(w) for w in words(phrase))


def keyphrase_prf(predicted: Sequence[str], gold: Sequence[str], k: int) -> PRF:
    """P/R/F1 at k with exact match of stemmed phrases; precision is over the phrases given
    (at most k), so a system is not punished for a short document with few candidates."""
    top: list[str] = []
    for key in map(phrase_key, predicted):
        if key and key not in top:
            top.append(key)
        if len(top) == k:
            break
    expected = {key for key in map(phrase_key, gold) if key}
    return prf(len(expected.intersection(top)), len(top), len(expected))


# Summaries -------------------------------------------------------------------------------------


def rouge_tokens(text: str) -> list[str]:
    """Tokens for ROUGE: lower-case alphanumeric words, Porter-stemmed (as rouge_score does)."""
    return [stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(predicted: Sequence[str], reference: Sequence[str], n: int) -> PRF:
    ours, theirs = _ngrams(predicted, n), _ngrams(reference, n)
    return prf(sum((ours & theirs).values()), sum(ours.values()), sum(theirs.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (one row of the table kept at a time)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(predicted: Sequence[str], reference: Sequence[str]) -> PRF:
    """ROUGE-L over the whole texts as single sequences (rouge_score's "rougeL")."""
    return prf(lcs_length(predicted, reference), len(predicted), len(reference))


# Significance ----------------------------------------------------------------------------------


def paired_bootstrap(ours: Sequence[float], baseline: Sequence[float]) -> tuple[float, float]:
    """95% interval of the mean per-document difference (ours - baseline) by paired bootstrap.

    An interval that excludes 0 means the difference is unlikely to be an accident of which
    documents happen to be in the set.
    """
    differences = [a - b for a, b in zip(ours, baseline, strict=True)]
    if not differences:
        return (0.0, 0.0)
    rng = random.Random(BOOTSTRAP_SEED)
    n = len(differences)
    means = sorted(sum(rng.choices(differences, k=n)) / n for _ in range(BOOTSTRAP_ROUNDS))
    tail = (1 - CONFIDENCE) / 2
    return means[int(tail * BOOTSTRAP_ROUNDS)], means[int((1 - tail) * BOOTSTRAP_ROUNDS) - 1]
