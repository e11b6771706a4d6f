"""The simple systems `make eval` compares the generator with: each is the standard first thing
to try for its task, so a gain over it is a gain worth its complexity."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

# LexRank (Erkan and Radev 2004), thresholded variant: sentences whose TF-IDF cosine reaches
# this value are linked. 0.1 is the paper's best setting.
LEXRANK_THRESHOLD = 0.1
PAGERANK_DAMPING = 0.85
PAGERANK_TOLERANCE = 1e-6
PAGERANK_MAX_ITERATIONS = 100
# A candidate this similar to a sentence already chosen repeats it and is skipped.
LEXRANK_REDUNDANCY = 0.5
RANDOM_SEED = 7


def tfidf_clusters(texts: Sequence[str], distance_threshold: float) -> list[int]:
    """Plain TF-IDF (default settings, English stopwords) and average-link agglomerative
    clustering on cosine distance, cut at `distance_threshold`: the textbook event clusterer."""
    if len(texts) < 2:
        return [0] * len(texts)
    matrix = TfidfVectorizer(stop_words="english").fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance_threshold
    )
    return [int(label) for label in model.fit_predict(matrix)]


def fill_budget(sentences: Iterable[str], budget: int) -> str:
    """Sentences in the given order until `budget` words, the last one cut at the budget, so that
    two summaries compared by ROUGE have exactly the same length."""
    taken: list[str] = []
    count = 0
    for sentence in sentences:
        if count >= budget:
            break
        words = sentence.split()[: budget - count]
        taken.append(" ".join(words))
        count += len(words)
    return " ".join(taken)


def _pagerank(adjacency: np.ndarray) -> np.ndarray:
    """Stationary scores of a random walk on the graph with teleportation (power iteration)."""
    n = adjacency.shape[0]
    degree = adjacency.sum(axis=1, keepdims=True)
    # A sentence without content words links nowhere: let the walk teleport from it.
    transition = np.where(degree > 0, adjacency / np.where(degree > 0, degree, 1.0), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(PAGERANK_MAX_ITERATIONS):
        updated = (1 - PAGERANK_DAMPING) / n + PAGERANK_DAMPING * transition.T @ scores
        if np.abs(updated - scores).sum() < PAGERANK_TOLERANCE:
            return np.asarray(updated)
        scores = updated
    return scores


def lexrank(sentences: Sequence[str], budget: int) -> str:
    """Sentences by LexRank centrality, skipping near-repeats, until `budget` words."""
    if not sentences or budget <= 0:
        return ""
    try:
        matrix = TfidfVectorizer(stop_words="english").fit_transform(sentences)
    except ValueError:  # not one content word in the whole cluster
        return fill_budget(sentences, budget)
    similarity = (matrix @ matrix.T).toarray()
    scores = _pagerank((similarity >= LEXRANK_THRESHOLD).astype(float))
    chosen: list[int] = []
    for i in sorted(range(len(sentences)), key=lambda i: (-scores[i], i)):
        if any(similarity[i, j] > LEXRANK_REDUNDANCY for j in chosen):
            continue
        chosen.append(i)
        if sum(len(sentences[j].split()) for j in chosen) >= budget:
            break
    return fill_budget((sentences[i] for i in chosen), budget)


def random_sentences(sentences: Sequence[str], budget: int, seed: int = RANDOM_SEED) -> str:
    """Sentences in a seeded random order until `budget` words: the floor any method must beat."""
    shuffled = list(sentences)
    random.Random(seed).shuffle(shuffled)
    return fill_budget(shuffled, budget)
