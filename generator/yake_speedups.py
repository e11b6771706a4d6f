"""YAKE's keyword extraction with its bookkeeping in plain dicts: the same keywords and scores.

YAKE 0.7.3 spends most of its time on bookkeeping, not on its formulas: per word it builds
context dicts, a candidate object for every n-gram even when the n-gram was seen before (only
its tag string is kept), goes through networkx's views for every co-occurrence, and per term it
asks networkx for its edges again and numpy for the median of a handful of sentence numbers.
Here the same steps run in the same order on the same objects, with that overhead removed: the
co-occurrence graph is kept in two dicts of edge weights (out of and into each term) instead of
networkx's graph, and each term's and each phrase's score is computed by YAKE's formula from
them with the same operations on the same operand types, so every score is the same float; a
phrase that starts or ends with a stopword, which YAKE makes and never returns, is not made;
and a word's punctuation is taken out in one pass, not one pass per punctuation mark. On the
689 Multi-News articles (one process) YAKE took 27.5 s of CPU, this 12.3 s.

It reaches into YAKE's internals (DataCore's hooks, the extractor's cache upkeep), so it runs
only under the YAKE version it was written against; any other version, or settings it does not
replicate, take YAKE's public `extract_keywords`, with one log line.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Sequence
from importlib import metadata
from typing import Any

import numpy as np
import yake
from yake.data import ComposedWord, DataCore, SingleWord
from yake.data.utils import STOPWORD_WEIGHT, get_tag

log = logging.getLogger(__name__)

# The YAKE release whose DataCore, SingleWord.update_h, ComposedWord.update_h and
# extract_keywords this module follows line by line; another release may score differently, so
# it gets YAKE's own path.
YAKE_VERSION = "0.7.3"
# How that release weighs a stopword inside a phrase (by the bigram probabilities around it):
# the only weighting `_Core._phrase_score` replicates.
STOPWORD_WEIGHTING = "bi"

# (tag, word, term) as YAKE's DataCore keeps each word of a block.
_Entry = tuple[str, str, SingleWord]
_Edges = dict[int, dict[int, dict[str, float]]]


@functools.lru_cache(maxsize=8)
def _replicated(extractor: yake.KeywordExtractor) -> bool:
    """Whether `keywords` does for `extractor` exactly what its extract_keywords does (said
    once per extractor when not)."""
    config = extractor.config
    installed = metadata.version("yake")
    same = (
        installed == YAKE_VERSION
        and STOPWORD_WEIGHT == STOPWORD_WEIGHTING
        and config["features"] is None
        and config["dedup_lim"] < 1.0
        and not extractor.lemmatize
    )
    if not same:
        log.info("YAKE %s with %s: keywords by its own, slower path", installed, config)
    return same


def keywords(extractor: yake.KeywordExtractor, text: str) -> list[tuple[str, float]]:
    """What `extractor.extract_keywords(text)` returns, in less than half its time."""
    if not _replicated(extractor):
        return list(extractor.extract_keywords(text))
    if not text:
        return []
    text = text.replace("\n", " ")
    config = extractor.config
    try:
        core = _Core(text, extractor.stopword_set, config["window_size"], config["n"])
        core.build_single_terms_features(features=None)
        core.build_mult_terms_features(features=None)
    except Exception:
        # YAKE turns any failure inside it into a warning and no keywords; its own path does
        # exactly that for this text.
        return list(extractor.extract_keywords(text))
    ranked = sorted((c for c in core.candidates.values() if c.is_valid()), key=lambda c: c.h)
    # YAKE's deduplication as extract_keywords does it: a candidate too similar to one already
    # kept is dropped, until `top` are kept.
    kept: list[ComposedWord] = []
    for candidate in ranked:
        if all(
            extractor.dedup_function(candidate.unique_kw, other.unique_kw) <= config["dedup_lim"]
            for other in kept
        ):
            kept.append(candidate)
            if len(kept) == config["top"]:
                break
    # The extractor's similarity caches are emptied every so many texts, as its own path does.
    extractor._manage_cache_lifecycle(text)
    return [(c.kw, c.h) for c in kept]


def _median(numbers: Sequence[int]) -> float:
    """numpy's median of whole numbers, exactly: the middle one, or the mean of the middle two
    (their sum is exact in a float, so the halving rounds as numpy's mean does)."""
    middle = len(numbers) // 2
    if len(numbers) % 2:
        return numbers[middle]
    return (numbers[middle - 1] + numbers[middle]) / 2


class _Core(DataCore):  # type: ignore[misc]
    """DataCore with its word loop, co-occurrences and term scores done directly.

    Not one of our dataclasses: it is YAKE's own mutable document model, extended."""

    def __init__(self, text: str, stopword_set: set[str], window_size: int, n: int) -> None:
        # Set before DataCore.__init__, which reads the whole text at once.
        self._term_of: dict[str, SingleWord] = {}
        self._out: _Edges = {}
        self._in: _Edges = {}
        super().__init__(
            text=text, stopword_set=stopword_set, config={"windows_size": window_size, "n": n}
        )

    def _process_sentence(
        self, sentence: list[str], sentence_id: int, pos_text: int, context: dict[str, Any]
    ) -> int:
        # DataCore's _process_sentence, _process_word, _update_cooccurrence and
        # _generate_candidates in one loop, in the same order.
        exclude = self.exclude
        discard = self.tags_to_discard
        window, n = context["windows_size"], context["n"]
        freq_ns = self.freq_ns
        blocks: list[list[_Entry]] = []
        block: list[_Entry] = []
        for pos_sent, word in enumerate(sentence):
            if all(c in exclude for c in word):
                if block:
                    blocks.append(block)
                    block = []
                continue
            tag = get_tag(word, pos_sent, exclude)
            term = self._term_of.get(word)
            if term is None:
                term = self._term_of[word] = self.get_term(word)
            term.add_occur(tag, sentence_id, pos_sent, pos_text)
            pos_text += 1
            if tag not in discard:
                for before in block[max(0, len(block) - window) :]:
                    if before[0] not in discard:
                        self._cooccur(before[2], term)
            entry = (tag, word, term)
            self._count([entry])
            phrase = [entry]
            for before in reversed(block[max(0, len(block) - (n - 1)) :]):
                phrase.append(before)
                freq_ns[len(phrase)] += 1.0
                self._count(phrase[::-1])
            block.append(entry)
        if block:
            blocks.append(block)
        if blocks:
            self.sentences_obj.append(blocks)
        return pos_text

    def _count(self, words: list[_Entry]) -> None:
        """add_or_update_composedword, making the candidate only when it is new (a seen one
        keeps nothing of a new one but its tag string). A phrase that starts or ends with a
        stopword is never a keyword (ComposedWord.is_valid), and nothing else reads the
        candidates: it is not kept at all."""
        if words[0][2].stopword or words[-1][2].stopword:
            return
        key = " ".join([w[1] for w in words]).lower()
        found = self.candidates.get(key)
        if found is None:
            found = self.candidates[key] = ComposedWord(words)
        else:
            found.tags.add("".join([w[0] for w in words]))
        found.tf += 1.0

    def get_term(self, str_word: str, save_non_seen: bool = True) -> SingleWord:
        """DataCore.get_term for a word of the text (saved), without its graph node (the
        graph is the edge dicts here); punctuation taken out in one pass, for the same length."""
        unique_term = str_word.lower()
        simples_sto = unique_term in self.stopword_set
        if unique_term.endswith("s") and len(unique_term) > 3:
            unique_term = unique_term[:-1]
        terms = self.terms
        found: SingleWord | None = terms.get(unique_term)
        if found is not None:
            return found
        letters = unique_term.translate(_deletion(self.exclude))
        term = SingleWord(unique_term, len(terms), self.g)
        term.stopword = simples_sto or unique_term in self.stopword_set or len(letters) < 3
        terms[unique_term] = term
        return term

    def _cooccur(self, left: SingleWord, right: SingleWord) -> None:
        """add_cooccur, the edge's data dict kept by both ends."""
        edges = self._out.setdefault(left.id, {})
        weight = edges.get(right.id)
        if weight is None:
            weight = edges[right.id] = {"tf": 0.0}
            self._in.setdefault(right.id, {})[left.id] = weight
        weight["tf"] += 1.0

    def build_single_terms_features(self, features: list[str] | None = None) -> None:
        # DataCore's, with SingleWord.update_h (all features) done here from the edge dicts.
        terms = self.terms.values()
        valid_tfs = np.array([t.tf for t in terms if not t.stopword])
        if not valid_tfs.size:
            return
        avg_tf = valid_tfs.mean()
        std_tf = valid_tfs.std()
        max_tf = max(t.tf for t in terms)
        for term in terms:
            self._score(term, max_tf, avg_tf, std_tf)

    def _score(self, term: SingleWord, max_tf: float, avg_tf: Any, std_tf: Any) -> None:
        """SingleWord.update_h, operation for operation (avg_tf and std_tf are numpy floats
        there too); the edges in insertion order, as networkx lists them."""
        right = self._out.get(term.id, {})
        left = self._in.get(term.id, {})
        wdr = len(right)
        wir = sum(d["tf"] for d in right.values())
        pwr = 0 if wir == 0 else wdr / wir
        wdl = len(left)
        wil = sum(d["tf"] for d in left.values())
        pwl = 0 if wil == 0 else wdl / wil
        data = term.data
        tf = data["tf"]
        data["pl"] = wdl / max_tf
        data["pr"] = wdr / max_tf
        data["wrel"] = (0.5 + (pwl * (tf / max_tf))) + (0.5 + (pwr * (tf / max_tf)))
        data["wfreq"] = tf / (avg_tf + std_tf)
        data["wspread"] = len(data["occurs"]) / self.number_of_sentences
        data["wcase"] = max(data["tf_a"], data["tf_n"]) / (1.0 + math.log(tf))
        data["wpos"] = math.log(math.log(3.0 + _median(sorted(data["occurs"]))))
        data["h"] = (data["wpos"] * data["wrel"]) / (
            data["wcase"] + (data["wfreq"] / data["wrel"]) + (data["wspread"] / data["wrel"])
        )

    def build_mult_terms_features(self, features: list[str] | None = None) -> None:
        # DataCore's, with ComposedWord.update_h (all features) done here from the edge dicts.
        for candidate in self.candidates.values():
            if candidate.is_valid():
                candidate.h = self._phrase_score(candidate)

    def _phrase_score(self, candidate: ComposedWord) -> Any:
        """ComposedWord.update_h with STOPWORD_WEIGHTING, operation for operation: a stopword
        inside the phrase weighs by how often it follows the word before and precedes the word
        after."""
        terms = candidate.terms
        last = len(terms) - 1
        sum_h = 0.0
        prod_h = 1.0
        for t, term in enumerate(terms):
            data = term.data
            if not data["stopword"]:
                sum_h += data["h"]
                prod_h *= data["h"]
                continue
            prob_t1 = 0.0
            if t > 0:
                before = terms[t - 1]
                weight = self._out.get(before.id, {}).get(term.id)
                if weight is not None:
                    prob_t1 = weight["tf"] / before.data["tf"]
            prob_t2 = 0.0
            if t < last:
                after = terms[t + 1]
                weight = self._out.get(term.id, {}).get(after.id)
                if weight is not None:
                    prob_t2 = weight["tf"] / after.data["tf"]
            prob = prob_t1 * prob_t2
            prod_h *= 1 + (1 - prob)
            sum_h -= 1 - prob
        return prod_h / ((sum_h + 1) * candidate.tf)


@functools.lru_cache(maxsize=4)
def _deletion(exclude: frozenset[str]) -> dict[int, None]:
    """A str.translate table that deletes the characters of `exclude` (single characters, as
    DataCore's punctuation is)."""
    return dict.fromkeys(map(ord, exclude))
