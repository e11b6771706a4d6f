"""Grouping: articles about one event become one story; republished copies are folded."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from generator.dates import day_of
from generator.models import Analysis, Group
from generator.text import slugify

# An article joins the story whose centroid it is most similar to when the cosine similarity of
# their TF-IDF vectors reaches this value; below it, it starts a story of its own. Tuned on the
# labelled corpora in `make eval` (BASIL and tests/fixtures/events): see the README's figures.
JOIN_SIMILARITY = 0.15
# An article joins a story only if it is this similar to at least one of its articles, not only
# to their average: a large story's centroid grows generic and would draw in look-alike events.
MEMBER_MIN_SIMILARITY = 0.15
# Reports of one event cluster in time; beyond this gap an otherwise similar article is more
# likely a look-alike event (the next earthquake, the next rate decision) than a follow-up.
MAX_DAYS_APART = 7
# Within this gap, no time penalty applies; it grows linearly to MAX_DAYS_APART.
FREE_DAYS_APART = 2
# Two articles whose word 5-shingles overlap this much (Jaccard) are copies of one text.
DUPLICATE_JACCARD = 0.7
SHINGLE_WORDS = 5
# Copies have near-identical word vectors; only pairs this similar are shingled and compared.
COPY_MIN_SIMILARITY = 0.6
# Each article is compared with this many articles before it in time order (and never with all
# of them): a story's reports arrive within days, and this many articles span several days of a
# large feed. Bounds the cost of grouping to O(n x WINDOW_ARTICLES).
WINDOW_ARTICLES = 3000
# Articles whose similarities are computed in one sparse product (memory: BLOCK x WINDOW floats).
BLOCK_ARTICLES = 512
# In a corpus of more than MIN_ARTICLES_FOR_MAX_DF articles, a word in more than this share of
# them is no evidence of a shared event.
COMMON_WORD_SHARE = 0.5
MIN_ARTICLES_FOR_MAX_DF = 20


@dataclass
class _Cluster:
    """A story being formed (mutable inside this module only)."""

    members: list[int]
    # Sum of the cosine similarities of all pairs of members, self-pairs included: the squared
    # length of the members' vector sum, so similarity to the centroid needs no centroid vector.
    pair_sum: float
    first: date | None
    last: date | None


def _name_token(name: str) -> str:
    return "ent_" + _NON_WORD.sub("_", name.lower())


def _document(analysis: Analysis) -> str:
    """What grouping compares: the title twice (it says what the event is), the body, and each
    named person, place and organisation as one token (so "Jane Doe" is one rare term)."""
    article = analysis.article
    title = article.title or ""
    names = " ".join(
        _name_token(m.name)
        for m in analysis.mentions
        if m.type in ("person", "place", "organisation")
    )
    return f"{title}\n{title}\n{article.text}\n{names}"


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


def vectorise(analyses: Sequence[Analysis]) -> csr_matrix:
    """L2-normalised TF-IDF rows, one per article (float32 to halve the memory)."""
    vectorizer = TfidfVectorizer(
        sublinear_tf=True,
        stop_words="english",
        max_df=COMMON_WORD_SHARE if len(analyses) > MIN_ARTICLES_FOR_MAX_DF else 1.0,
        dtype=np.float32,
    )
    documents = [_document(a) for a in analyses]
    try:
        matrix: csr_matrix = vectorizer.fit_transform(documents)
    except ValueError:
        # No word survives (articles of digits or stop words, or all sharing every word):
        # compare every token instead; with nothing at all, every article stands alone.
        fallback = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", dtype=np.float32)
        try:
            matrix = fallback.fit_transform(documents)
        except ValueError:
            matrix = csr_matrix((len(documents), 1), dtype=np.float32)
    return matrix


@dataclass(frozen=True)
class Clustering:
    stories: list[list[int]]  # article indexes per story, in reading order
    # article index -> (its most similar earlier article of the same story, their similarity)
    nearest: dict[int, tuple[int, float]]


def cluster(
    analyses: Sequence[Analysis],
    threshold: float = JOIN_SIMILARITY,
    fixed: Mapping[int, str] | None = None,
) -> list[list[int]]:
    """Article indexes per story (see `cluster_with_neighbours`)."""
    return cluster_with_neighbours(analyses, threshold, fixed).stories


def cluster_with_neighbours(
    analyses: Sequence[Analysis],
    threshold: float = JOIN_SIMILARITY,
    fixed: Mapping[int, str] | None = None,
) -> Clustering:
    """One pass over the articles in time order; each joins the story whose centroid is most
    similar (cosine, damped by the time gap), or starts a new one.

    Each article is compared only with the WINDOW_ARTICLES articles before it, in blocks of
    sparse products, so the cost grows linearly with the number of articles. The similarity to
    a story's centroid is computed from those article-to-article similarities.

    `fixed` maps article indexes to the story they were given by an earlier build: those keep
    it (stories never reshuffle), and only the other articles are placed by similarity."""
    if not analyses:
        return Clustering([], {})
    fixed = fixed or {}
    nearest: dict[int, tuple[int, float]] = {}
    fixed_cluster: dict[str, int] = {}
    order = reading_order(analyses)
    matrix = vectorise([analyses[i] for i in order])
    days = [day_of(analyses[i].article.published) for i in order]
    count = len(order)
    cluster_of = np.full(count, -1, dtype=np.int64)
    clusters: list[_Cluster] = []
    for block_start in range(0, count, BLOCK_ARTICLES):
        block_end = min(count, block_start + BLOCK_ARTICLES)
        low = max(0, block_start - WINDOW_ARTICLES)
        similarities = (matrix[block_start:block_end] @ matrix[low:block_end].T).toarray()
        for i in range(block_start, block_end):
            row = similarities[i - block_start, : i - low]
            earlier = cluster_of[low:i]
            best, best_score = -1, threshold
            previous_story = fixed.get(order[i])
            if previous_story is not None:
                best = fixed_cluster.get(previous_story, -1)
            elif len(row):
                dots = np.bincount(earlier, weights=row, minlength=len(clusters))
                for c in np.flatnonzero(dots > threshold * 0.5):
                    if row[earlier == c].max() < MEMBER_MIN_SIMILARITY:
                        continue
                    story = clusters[c]
                    score = dots[c] / np.sqrt(story.pair_sum) * _time_factor(days[i], story)
                    if score >= best_score:
                        best, best_score = int(c), float(score)
            if best < 0:
                if previous_story is not None:
                    fixed_cluster[previous_story] = len(clusters)
                cluster_of[i] = len(clusters)
                clusters.append(_Cluster([i], 1.0, days[i], days[i]))
                continue
            story = clusters[best]
            in_story = earlier == best
            if in_story.any():
                j = int(np.argmax(np.where(in_story, row, -1.0)))
                nearest[order[i]] = (order[low + j], float(row[j]))
            dot = float(np.dot(row, in_story))
            story.pair_sum += 2 * dot + 1.0
            story.members.append(i)
            cluster_of[i] = best
            if days[i] is not None:
                story.first = min(d for d in (story.first, days[i]) if d is not None)
                story.last = max(d for d in (story.last, days[i]) if d is not None)
    return Clustering([[order[i] for i in c.members] for c in clusters], nearest)


_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashes of the text's overlapping runs of `size` words (case ignored)."""
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i : i + size])) for i in range(max(1, len(words) - size + 1)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def find_duplicates(
    analyses: Sequence[Analysis],
    members: Sequence[int],
    nearest: Mapping[int, tuple[int, float]] | None = None,
) -> dict[str, str]:
    """Copy -> original for members with near-identical texts (the earliest is the original).

    With `nearest` (from clustering), an article is checked only against its most similar
    earlier article, and only when their TF-IDF similarity already says "nearly the same text":
    linear instead of comparing every pair of a story."""
    sets: dict[int, frozenset[int]] = {}

    def shingled(i: int) -> frozenset[int]:
        if i not in sets:
            sets[i] = shingles(analyses[i].article.text)
        return sets[i]

    original_of: dict[int, int] = {}
    originals: list[int] = []
    for i in members:  # members are in reading order: earlier articles are originals
        if nearest is None:
            candidates = originals
        elif i in nearest and nearest[i][1] >= COPY_MIN_SIMILARITY:
            candidates = [original_of.get(nearest[i][0], nearest[i][0])]
        else:
            candidates = []
        found = next(
            (o for o in candidates if jaccard(shingled(i), shingled(o)) >= DUPLICATE_JACCARD), None
        )
        if found is None:
            originals.append(i)
        else:
            original_of[i] = found
    return {analyses[i].article.id: analyses[o].article.id for i, o in original_of.items()}


def story_id(founder: Analysis) -> str:
    """A stable id: words of the founding article's title plus a hash of its id."""
    article = founder.article
    words = " ".join(re.findall(r"\w+", article.title or (founder.lead or article.id))[:8])
    digest = hashlib.sha1(article.id.encode()).hexdigest()[:6]
    return f"{slugify(words, fallback='story')[:48].strip('-')}-{digest}"


def group(
    analyses: Sequence[Analysis], previous: Mapping[str, str] | None = None
) -> tuple[Group, ...]:
    """Stories, each with its articles in reading order and its copies folded.

    `previous` maps article ids to the story ids an earlier build gave them: those articles stay
    in their stories and the stories keep their ids (and so their URLs)."""
    previous = previous or {}
    fixed = {i: previous[a.article.id] for i, a in enumerate(analyses) if a.article.id in previous}
    groups = []
    used: set[str] = set(previous.values())
    clustering = cluster_with_neighbours(analyses, fixed=fixed)
    for members in clustering.stories:
        story = next((fixed[i] for i in members if i in fixed), None)
        if story is None:
            base = story_id(analyses[members[0]])
            story, n = base, 2
            while story in used:  # never take over the id of an earlier story
                story, n = f"{base}-{n}", n + 1
            used.add(story)
        duplicates = find_duplicates(analyses, members, clustering.nearest)
        ids = tuple(analyses[i].article.id for i in members)
        groups.append(Group(story, ids, duplicates))
    return tuple(sorted(groups, key=lambda g: g.id))
