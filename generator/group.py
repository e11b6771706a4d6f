"""Grouping: articles about one event become one story; republished copies are folded."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from generator.dates import day_of
from generator.models import Analysis, Group
from generator.text import fold, slugify

# An article joins the story whose centroid it is most similar to when the cosine similarity of
# their TF-IDF vectors reaches this value; below it, it starts a story of its own. Tuned on the
# labelled corpora in `make eval` (BASIL and tests/fixtures/events): see the README's figures.
JOIN_SIMILARITY = 0.15
# Reports of one event cluster in time; beyond this gap an otherwise similar article is more
# likely a look-alike event (the next earthquake, the next rate decision) than a follow-up.
MAX_DAYS_APART = 7
# Within this gap, no time penalty applies; it grows linearly to MAX_DAYS_APART.
FREE_DAYS_APART = 2
# Two articles whose word 5-shingles overlap this much (Jaccard) are copies of one text.
DUPLICATE_JACCARD = 0.7
SHINGLE_WORDS = 5


@dataclass
class _Cluster:
    """A story being formed (mutable inside this module only)."""

    members: list[int]
    centroid: np.ndarray
    first: date | None
    last: date | None


def _document(analysis: Analysis) -> str:
    article = analysis.article
    title = article.title or ""
    # The title says what the event is: weigh it like a second lead.
    return f"{title}\n{title}\n{article.text}"


def _time_factor(day: date | None, cluster: _Cluster) -> float:
    """1 within FREE_DAYS_APART of the story, falling to 0 at MAX_DAYS_APART; 1 when unknown."""
    if day is None or cluster.first is None or cluster.last is None:
        return 1.0
    gap = max((cluster.first - day).days, (day - cluster.last).days, 0)
    if gap <= FREE_DAYS_APART:
        return 1.0
    return max(0.0, 1.0 - (gap - FREE_DAYS_APART) / (MAX_DAYS_APART - FREE_DAYS_APART))


def reading_order(analyses: Sequence[Analysis]) -> list[int]:
    """Articles oldest first (undated last), ties by id: the order in which stories are formed."""
    return sorted(
        range(len(analyses)),
        key=lambda i: (
            analyses[i].article.published is None,
            analyses[i].article.published or "",
            analyses[i].article.id,
        ),
    )


def cluster(analyses: Sequence[Analysis], threshold: float = JOIN_SIMILARITY) -> list[list[int]]:
    """Single pass over articles in time order; each joins the most similar story or starts one."""
    if not analyses:
        return []
    vectorizer = TfidfVectorizer(
        sublinear_tf=True, stop_words="english", min_df=1, max_df=0.5 if len(analyses) > 20 else 1.0
    )
    matrix = vectorizer.fit_transform([_document(a) for a in analyses])
    clusters: list[_Cluster] = []
    for i in reading_order(analyses):
        vector = matrix[i].toarray().ravel()
        day = day_of(analyses[i].article.published)
        best, best_score = None, threshold
        if clusters:
            centroids = np.vstack([c.centroid for c in clusters])
            norms = np.linalg.norm(centroids, axis=1)
            norms[norms == 0] = 1.0
            scores = centroids @ vector / norms
            for c in np.argsort(-scores, kind="stable")[:10]:
                score = float(scores[c]) * _time_factor(day, clusters[c])
                if score >= best_score:
                    best, best_score = int(c), score
        if best is None:
            clusters.append(_Cluster([i], vector.copy(), day, day))
        else:
            chosen = clusters[best]
            chosen.members.append(i)
            chosen.centroid = chosen.centroid + (vector - chosen.centroid) / len(chosen.members)
            if day is not None:
                chosen.first = min(filter(None, (chosen.first, day)))
                chosen.last = max(filter(None, (chosen.last, day)))
    return [c.members for c in clusters]


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    words = fold(text).split()
    return frozenset(" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_duplicates(analyses: Sequence[Analysis], members: Sequence[int]) -> dict[str, str]:
    """Copy -> original for members with near-identical texts (the earliest is the original)."""
    sets = {i: shingles(analyses[i].article.text) for i in members}
    duplicates: dict[str, str] = {}
    originals: list[int] = []
    for i in members:  # members are in reading order: earlier articles are originals
        original = next(
            (o for o in originals if jaccard(sets[i], sets[o]) >= DUPLICATE_JACCARD), None
        )
        if original is None:
            originals.append(i)
        else:
            duplicates[analyses[i].article.id] = analyses[original].article.id
    return duplicates


def story_id(founder: Analysis) -> str:
    """A stable id: words of the founding article's title plus a hash of its id."""
    article = founder.article
    words = " ".join(re.findall(r"\w+", article.title or (founder.lead or article.id))[:8])
    digest = hashlib.sha1(article.id.encode()).hexdigest()[:6]
    return f"{slugify(words, fallback='story')[:48].strip('-')}-{digest}"


def group(analyses: Sequence[Analysis]) -> tuple[Group, ...]:
    """Stories, each with its articles in reading order and its copies folded."""
    groups = []
    for members in cluster(analyses):
        duplicates = find_duplicates(analyses, members)
        ids = tuple(analyses[i].article.id for i in members)
        groups.append(Group(story_id(analyses[members[0]]), ids, duplicates))
    return tuple(sorted(groups, key=lambda g: g.id))
