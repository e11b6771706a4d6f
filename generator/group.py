"""Grouping: articles about one event become one story; republished copies are folded."""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from generator.dates import day_of
from generator.lang import get as language_data
from generator.models import Analysis, Group, Related
from generator.signature import (
    Signature,
    close_in_time,
    event_day,
    featured_names,
    names_apart,
    of_article,
    shared_names,
)
from generator.text import slugify

# Two stories (an article is a story of one) are joined when the cosine similarity of their
# TF-IDF vectors, averaged over every pair of articles across the two, reaches this value:
# average link, so an article must agree with most of a story, not only with its average (a large
# story's centroid grows generic and draws in look-alike events). Chosen on the tuning halves of
# ECB+, BASIL and Multi-News (tools/clustering.py, `make eval`): 0.14 and 0.15 tie there (0.125
# and 0.175 score lower), and 0.14 keeps a local-angle report ("local man survives the ferry
# disaster") in its many-outlet story (tests/fixtures/stories).
JOIN_SIMILARITY = 0.14
# Pairs less similar than this are not kept: they count as 0 in the averages (a little stricter
# than the exact average), and there are millions of them in a large feed.
EDGE_MIN_SIMILARITY = 0.05
# Reports of one event are published within days of it: the articles of one story all fall
# within this many days of each other (the day of the event and the next three). A later
# report is a follow-up, or the next event of the same kind: a story of its own, linked as
# related. Every BASIL event (100, dated) spans at most 4 days, 94 of them at most 2.
STORY_SPAN_DAYS = 3
# ...unless they all report an event of the same day, or of the day before (an event late at
# night, time zones), told by the date in their leads (generator.signature.event_day): a
# report published a week later of "the bombing on Thursday, Nov. 10" is still that event.
EVENT_SPAN_DAYS = 1
# Look-alike events (two earthquakes, two castings of one role) share their words but not their
# people and places. A name that recurs in one story and appears nowhere in the other is
# evidence that they report different events: with a share p of one story's articles naming it
# (add-one smoothed), the chance that all n articles of the other leave it out by accident is
# (1 - p) ** n. Two stories are kept apart when that chance is below this level both ways.
# Needing it both ways lets a follow-up name someone new; the level makes the rule act only
# between stories of several articles each (two single articles never veto each other).
# 0.1 to 0.005 were tried on the tuning halves: the rarer level cost ECB+ the least recall.
NAME_CHANCE_LEVEL = 0.005
# ...but two stories whose articles are on average twice as alike as they need to be to join
# tell one event in the same words: the names one adds are its details (another official
# quoted, another witness), not another event. Without this, the 10,000-article benchmark
# corpus (stories remixed from several real reports each) lost a tenth of its recall.
NAMES_MAX_SIMILARITY = 2 * JOIN_SIMILARITY
# Two stories are related (a follow-up, an earlier or look-alike event) when their average
# pairwise similarity reaches this share of JOIN_SIMILARITY; a story lists at most
# MAX_RELATED of them, the most similar first.
RELATED_SHARE = 0.5
MAX_RELATED = 5
# Stories reported more than this many days apart are not linked: a thread a reader can walk,
# not every story of the same kind.
RELATED_MAX_DAYS = 14
# Names shown as the reason of a relation.
RELATED_NAMES_SHOWN = 3
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


@dataclass(frozen=True)
class Vectors:
    """TF-IDF rows of the articles, and the column of each word."""

    matrix: csr_matrix
    columns: Mapping[str, int]


def vectorise(analyses: Sequence[Analysis]) -> csr_matrix:
    """L2-normalised TF-IDF rows, one per article (float32 to halve the memory)."""
    return _vectors(analyses).matrix


def stop_words(analyses: Sequence[Analysis]) -> list[str]:
    """The stop words of every language the articles are in (that has data), sorted."""
    languages = {analysis.article.language for analysis in analyses}
    return sorted(frozenset().union(*(language_data(code).stop_words for code in languages)))


def _vectors(analyses: Sequence[Analysis]) -> Vectors:
    vectorizer = TfidfVectorizer(
        sublinear_tf=True,
        stop_words=stop_words(analyses),
        max_df=COMMON_WORD_SHARE if len(analyses) > MIN_ARTICLES_FOR_MAX_DF else 1.0,
        dtype=np.float32,
    )
    documents = [_document(a) for a in analyses]
    try:
        matrix: csr_matrix = vectorizer.fit_transform(documents)
    except ValueError:
        # No word survives (articles of digits or stop words, or all sharing every word):
        # compare every token instead; with nothing at all, every article stands alone.
        vectorizer = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", dtype=np.float32)
        try:
            matrix = vectorizer.fit_transform(documents)
        except ValueError:
            empty = csr_matrix((len(documents), 1), dtype=np.float32)
            return Vectors(empty, {})
    return Vectors(matrix, vectorizer.vocabulary_)


@dataclass(frozen=True)
class Clustering:
    stories: list[list[int]]  # article indexes per story, in reading order
    # article index -> (its most similar earlier article of the same story, their similarity)
    nearest: dict[int, tuple[int, float]]
    # story number -> (related story number, why), most similar first
    related: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


def cluster(
    analyses: Sequence[Analysis],
    threshold: float | None = None,
    fixed: Mapping[int, str] | None = None,
) -> list[list[int]]:
    """Article indexes per story (see `cluster_with_neighbours`)."""
    return cluster_with_neighbours(analyses, threshold, fixed).stories


def _edges(
    matrix: csr_matrix, days: Sequence[tuple[date | None, date | None]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (later, earlier, similarity) of articles in reading order that are at least
    EDGE_MIN_SIMILARITY alike and reported within RELATED_MAX_DAYS of each other (or undated):
    those that may share a story, or be related.
    Each article is compared only with the WINDOW_ARTICLES before it, in blocks of sparse
    products, so the cost rises in step with the count of articles."""
    count = matrix.shape[0]
    published = np.array([p.toordinal() if p else -1 for p, _ in days], dtype=np.int64)
    later: list[np.ndarray] = []
    earlier: list[np.ndarray] = []
    similarity: list[np.ndarray] = []
    for block_start in range(0, count, BLOCK_ARTICLES):
        block_end = min(count, block_start + BLOCK_ARTICLES)
        low = max(0, block_start - WINDOW_ARTICLES)
        block = (matrix[block_start:block_end] @ matrix[low:block_end].T).toarray()
        rows, cols = np.nonzero(block >= EDGE_MIN_SIMILARITY)
        i, j = rows + block_start, cols + low
        undated = (published[i] < 0) | (published[j] < 0)
        near = np.abs(published[i] - published[j]) <= RELATED_MAX_DAYS
        keep = (j < i) & (undated | near)
        later.append(i[keep])
        earlier.append(j[keep])
        similarity.append(block[rows[keep], cols[keep]])
    if not later:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    return np.concatenate(later), np.concatenate(earlier), np.concatenate(similarity)


class _Agglomeration:
    """Average-link agglomerative clustering on a sparse similarity graph, with cannot-links:
    the pair of stories whose articles are on average the most alike is joined first, unless
    the joined story would span more than STORY_SPAN_DAYS, would hold two stories of an earlier
    build, or the two name different people and places beyond chance (NAME_CHANCE_LEVEL)."""

    def __init__(self, signatures: list[Signature], threshold: float) -> None:
        self.threshold = threshold
        self.stories = signatures
        self.size = [s.size for s in signatures]
        self.alive = [True] * len(signatures)
        self.version = [0] * len(signatures)
        # Sum of the similarities of every pair of articles across two stories.
        self.links: list[dict[int, float]] = [{} for _ in signatures]
        self.heap: list[tuple[float, int, int, int, int]] = []

    def link(self, i: int, j: int, similarity: float) -> None:
        self.links[i][j] = self.links[i].get(j, 0.0) + similarity
        self.links[j][i] = self.links[j].get(i, 0.0) + similarity

    def average(self, a: int, b: int) -> float:
        return self.links[a].get(b, 0.0) / (self.size[a] * self.size[b])

    def push(self, a: int, b: int) -> None:
        score = self.average(a, b)
        if score >= self.threshold:
            low, high = min(a, b), max(a, b)
            entry = (-score, low, high, self.version[low], self.version[high])
            heapq.heappush(self.heap, entry)

    def join(self, a: int, b: int) -> int:
        """Join two stories; return the number the joined one goes on under (that of the one
        with more neighbours, so that the fewer links are moved)."""
        if (len(self.links[b]), a) > (len(self.links[a]), b):
            a, b = b, a
        self.stories[a].absorb(self.stories[b])
        self.size[a] += self.size[b]
        self.alive[b] = False
        kept = self.links[a]
        for c, total in self.links[b].items():
            del self.links[c][b]
            if c != a:
                kept[c] = kept.get(c, 0.0) + total
                self.links[c][a] = self.links[c].get(a, 0.0) + total
        kept.pop(b, None)
        self.links[b] = {}
        self.version[a] += 1
        return a

    def apart(self, a: int, b: int) -> str | None:
        """Why stories a and b cannot be one, or None when they can."""
        first, second = self.stories[a], self.stories[b]
        if first.label is not None and second.label is not None and first.label != second.label:
            return "stories of an earlier build"
        if not close_in_time(first, second, STORY_SPAN_DAYS, EVENT_SPAN_DAYS):
            return "days apart"
        if self.average(a, b) < NAMES_MAX_SIMILARITY and names_apart(
            first, second, NAME_CHANCE_LEVEL
        ):
            return "other names"
        return None

    def run(self) -> None:
        for a, neighbours in enumerate(self.links):
            for b in neighbours:
                if a < b:
                    self.push(a, b)
        while self.heap:
            _, a, b, version_a, version_b = heapq.heappop(self.heap)
            if not (self.alive[a] and self.alive[b]):
                continue
            if self.version[a] != version_a or self.version[b] != version_b:
                continue  # either story has grown since: a fresher entry is in the heap
            if self.apart(a, b) is not None:
                continue
            kept = self.join(a, b)
            # Every average with the joined story changed; those that reach the threshold are
            # queued (the queue orders them, whatever the order they are pushed in).
            needed = self.threshold * self.size[kept]
            for c, total in self.links[kept].items():
                if total >= needed * self.size[c]:
                    self.push(kept, c)


def cluster_with_neighbours(
    analyses: Sequence[Analysis],
    threshold: float | None = None,
    fixed: Mapping[int, str] | None = None,
) -> Clustering:
    """Stories by average-link agglomeration (see _Agglomeration), with the articles of each in
    reading order, each article's nearest earlier story-mate, and the related stories.

    `fixed` maps article indexes to the story they were given by an earlier build: those keep
    it (stories never reshuffle; two earlier stories are never joined), and only the other
    articles are placed by similarity: a new article joins an earlier story, or starts its own."""
    if not analyses:
        return Clustering([], {})
    fixed = fixed or {}
    order = reading_order(analyses)
    vectors = _vectors([analyses[i] for i in order])
    matrix = vectors.matrix
    days = [(day_of(analyses[i].article.published), event_day(analyses[i])) for i in order]
    shown: dict[int, str] = {}  # each name as the first article in reading order writes it
    signatures = []
    for position, i in enumerate(order):
        names = featured_names(analyses[i], vectors.columns)
        for column, word in names.items():
            shown.setdefault(column, word)
        words = matrix.indices[matrix.indptr[position] : matrix.indptr[position + 1]].tolist()
        signatures.append(of_article(position, names.keys(), words, days[position], fixed.get(i)))
    later, earlier, similarity = _edges(matrix, days)
    agglomeration = _Agglomeration(signatures, threshold or JOIN_SIMILARITY)
    joinable = _joinable(later, earlier, days)
    pairs = (later[joinable].tolist(), earlier[joinable].tolist(), similarity[joinable].tolist())
    for i, j, s in zip(*pairs, strict=True):
        agglomeration.link(i, j, s)
    # The stories of an earlier build are formed first, whatever their similarity.
    founders: dict[str, int] = {}
    for position, i in enumerate(order):
        label = fixed.get(i)
        if label is None:
            continue
        if label in founders:
            founders[label] = agglomeration.join(founders[label], position)
        else:
            founders[label] = position
    agglomeration.run()
    alive = [a for a in range(len(order)) if agglomeration.alive[a]]
    number = {a: n for n, a in enumerate(alive)}
    story_of = np.empty(len(order), dtype=np.int64)
    for a in alive:
        story_of[agglomeration.stories[a].members] = a
    nearest: dict[int, tuple[int, float]] = {}
    same = story_of[later] == story_of[earlier]
    inside = (later[same].tolist(), earlier[same].tolist(), similarity[same].tolist())
    for i, j, s in zip(*inside, strict=True):
        if order[i] not in nearest or s > nearest[order[i]][1]:
            nearest[order[i]] = (order[j], s)
    stories = [sorted(agglomeration.stories[a].members) for a in alive]
    edges = (story_of[later], story_of[earlier], similarity)
    related = _related(agglomeration, edges, number, shown)
    return Clustering([[order[p] for p in members] for members in stories], nearest, related)


def _joinable(
    later: np.ndarray, earlier: np.ndarray, days: Sequence[tuple[date | None, date | None]]
) -> np.ndarray:
    """Which pairs may share a story: undated, reported within STORY_SPAN_DAYS of each other,
    or reporting events within EVENT_SPAN_DAYS (the others may only be related)."""
    published = np.array([p.toordinal() if p else -1 for p, _ in days], dtype=np.int64)
    event = np.array([e.toordinal() if e else -1 for _, e in days], dtype=np.int64)
    undated = (published[later] < 0) | (published[earlier] < 0)
    reported = np.abs(published[later] - published[earlier]) <= STORY_SPAN_DAYS
    happened = np.abs(event[later] - event[earlier]) <= EVENT_SPAN_DAYS
    joinable: np.ndarray = undated | reported | happened
    return joinable


def _related(
    agglomeration: _Agglomeration,
    edges: tuple[np.ndarray, np.ndarray, np.ndarray],
    number: Mapping[int, int],
    shown: Mapping[int, str],
) -> dict[int, list[tuple[int, str]]]:
    """Stories alike enough to be related (RELATED_SHARE of the join similarity) but kept apart:
    why, in a few words (the names they share, and which came first). `edges` are the pairs of
    articles, as the stories they are in, and their similarity."""
    story_a, story_b, similarity = edges
    across = story_a != story_b
    if not across.any():
        return {}
    low = np.minimum(story_a[across], story_b[across])
    high = np.maximum(story_a[across], story_b[across])
    pairs, where = np.unique(np.stack([low, high]), axis=1, return_inverse=True)
    totals = np.bincount(where.ravel(), weights=similarity[across], minlength=pairs.shape[1])
    related: dict[int, list[tuple[float, int, str]]] = {}
    minimum = agglomeration.threshold * RELATED_SHARE
    for (x, y), total in zip(pairs.T.tolist(), totals.tolist(), strict=True):
        score = total / (agglomeration.size[x] * agglomeration.size[y])
        if score < minimum:
            continue
        for a, b in ((x, y), (y, x)):
            first, second = agglomeration.stories[a], agglomeration.stories[b]
            names = shared_names(first, second, RELATED_NAMES_SHOWN)
            parts = []
            if names:
                parts.append("same names: " + ", ".join(shown.get(n, "?") for n in names))
            if first.first is not None and second.first is not None and first.first != second.first:
                parts.append("later event" if first.first < second.first else "earlier event")
            related.setdefault(number[a], []).append(
                (score, number[b], "; ".join(parts) or "similar reports")
            )
    return {
        n: [(other, why) for _, other, why in sorted(found, key=lambda r: (-r[0], r[1]))][
            :MAX_RELATED
        ]
        for n, found in related.items()
    }


_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashes of the text's overlapping runs of `size` words (case ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return frozenset((hash(tuple(words)),))  # one run: the whole text
    # The runs as zip makes them (words[i], ..., words[i + size - 1]), hashed without a Python
    # loop: a rebuild shingles every story's near-copies again.
    return frozenset(map(hash, zip(*(words[k:] for k in range(size)), strict=False)))


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
    """Stories, each with its articles in reading order, its copies folded and the stories it
    is related to.

    `previous` maps article ids to the story ids an earlier build gave them: those articles stay
    in their stories and the stories keep their ids (and so their URLs)."""
    previous = previous or {}
    fixed = {i: previous[a.article.id] for i, a in enumerate(analyses) if a.article.id in previous}
    used: set[str] = set(previous.values())
    clustering = cluster_with_neighbours(analyses, fixed=fixed)
    ids: list[str] = []
    for members in clustering.stories:
        story = next((fixed[i] for i in members if i in fixed), None)
        if story is None:
            base = story_id(analyses[members[0]])
            story, n = base, 2
            while story in used:  # never take over the id of an earlier story
                story, n = f"{base}-{n}", n + 1
            used.add(story)
        ids.append(story)
    groups = []
    for number, members in enumerate(clustering.stories):
        duplicates = find_duplicates(analyses, members, clustering.nearest)
        related = tuple(
            Related(ids[other], why) for other, why in clustering.related.get(number, [])
        )
        articles = tuple(analyses[i].article.id for i in members)
        groups.append(Group(ids[number], articles, duplicates, related))
    return tuple(sorted(groups, key=lambda g: g.id))
