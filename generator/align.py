"""Sentence alignment across the sources of one story: which sentences say the same thing."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from generator.lang.schema import LanguageData
from generator.models import Analysis, Sentence
from generator.text import fold

# Two sentences from different sources state the same fact when the cosine similarity of their
# content words reaches this value (measured on the seeds and the events fixtures: paraphrases
# of one fact score 0.3-0.6, different facts of one story rarely above 0.25).
FACT_SIMILARITY = 0.3
# Sentences aligned per story at most (memory: their square, in 4-byte floats: about 64 MB),
# and at least this many of each article's first sentences.
MAX_ALIGNED_SENTENCES = 4000
MIN_SENTENCES_PER_ARTICLE = 20


def content_tokens(text: str, lang: LanguageData, *, uninflected: bool = False) -> list[str]:
    """Words that carry meaning, with spelling variants made equal (US, U.S.; 15%, 15 percent):
    not the stop words of the language `lang`, and its plural endings cut (`uninflected`: every
    inflection, "meetings" and "meets" -> "meet")."""
    return list(_content_tokens(text, lang, uninflected))


# A story's sentences are tokenised again and again: by the alignment, then for every pair of
# members in the summary's citations, the headline and the disagreements. Kept per text (and
# language, which hashes by identity): on the 1,000-article bench corpus, 169,724 calls
# were made for 12,273 distinct texts.
@functools.lru_cache(maxsize=1 << 16)
def _content_tokens(text: str, lang: LanguageData, uninflected: bool) -> tuple[str, ...]:
    words_of = lang.tokens
    text = words_of.percent.sub(words_of.percent_word, text)
    text = _INITIALS.sub(lambda m: "".join(filter(None, m.groups())), text)
    alias_key, stop_words = lang.names.alias_keys, lang.stop_words
    plural, not_plural = words_of.plural_ending, words_of.not_plural_endings
    tokens = []
    for word in fold(text).split():
        word = alias_key.get(word, word)
        if word in stop_words or (len(word) < 2 and not word.isdigit()):
            continue
        if uninflected:
            word = lang.restating.uninflect(word)
        elif len(word) > 4 and plural and word.endswith(plural) and not word.endswith(not_plural):
            word = word[: -len(plural)]
        tokens.append(word)
    return tuple(tokens)


# "U.S.", "U.N.", "U.A.E.": initials written with full stops, read as one word.
_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?")


@dataclass(frozen=True)
class SentenceGroup:
    """Sentences from different articles (at most one each) that state the same fact."""

    members: tuple[Sentence, ...]
    centrality: float  # mean similarity of the members to the whole story

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({s.article for s in self.members}))


def align(
    analyses: Sequence[Analysis], distinct: Sequence[str], lang: LanguageData
) -> tuple[list[SentenceGroup], np.ndarray, list[Sentence]]:
    """Group the sentences of the distinct articles (read in the language `lang`); returns
    groups, the similarity matrix and the sentence list it indexes."""
    keep = set(distinct)
    # The similarity matrix is sentences x sentences: bound it. News puts what matters first,
    # so each article's first sentences are the ones aligned.
    per_article = max(MIN_SENTENCES_PER_ARTICLE, MAX_ALIGNED_SENTENCES // max(1, len(keep)))
    sentences = [s for a in analyses if a.article.id in keep for s in a.sentences[:per_article]]
    if not sentences:
        return [], np.zeros((0, 0)), []
    vectorizer = TfidfVectorizer(analyzer=partial(content_tokens, lang=lang), sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([s.text for s in sentences])
    except ValueError:  # no content word at all
        return (
            [SentenceGroup((s,), 0.0) for s in sentences],
            np.zeros((len(sentences),) * 2),
            sentences,
        )
    similarity = (matrix @ matrix.T).toarray().astype(np.float32)
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    centrality = np.asarray(matrix @ centroid).ravel() / norm

    # Greedy union, best pairs first; a group never takes two sentences of one article.
    owner = list(range(len(sentences)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(sentences))}
    article_of = np.array([s.article for s in sentences])
    rows, cols = np.nonzero(np.triu(similarity >= FACT_SIMILARITY, k=1))
    pairs = [
        (float(similarity[i, j]), int(i), int(j))
        for i, j in zip(rows, cols, strict=True)
        if article_of[i] != article_of[j]
    ]
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        articles_a = {sentences[k].article for k in groups[a]}
        if articles_a & {sentences[k].article for k in groups[b]}:
            continue
        # Every member must still resemble the newcomer's group: no chains of weak links.
        if min(similarity[x, y] for x in groups[a] for y in groups[b]) < FACT_SIMILARITY / 2:
            continue
        for k in groups[b]:
            owner[k] = a
        groups[a].extend(groups.pop(b))
    result = [
        SentenceGroup(
            tuple(sorted((sentences[k] for k in members), key=lambda s: (s.article, s.index))),
            float(np.mean([centrality[k] for k in members])),
        )
        for members in groups.values()
    ]
    return result, similarity, sentences
