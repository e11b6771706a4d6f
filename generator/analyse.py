"""Per-article analysis: sentences, lead, keyphrases, entities, figures, dates and quotes."""

from __future__ import annotations

import gc
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from generator import names
from generator.cache import DiskCache, content_key
from generator.cache import code_fingerprint as modules_fingerprint
from generator.config import Config
from generator.dates import page_dates
from generator.entities import load_gazetteers, mentions
from generator.figures import find_figures
from generator.keyphrases import extract
from generator.lang import get as language_data
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import Analysis, Article, DateMention, Sentence
from generator.quotes import find_quotes
from generator.sentences import split_sentences

log = logging.getLogger(__name__)

_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[\w,;] )([A-Z][\w’'-]*)")


def sentences_of(article: Article, lang: LanguageData) -> tuple[Sentence, ...]:
    """Body sentences, in order; headings are not sentences."""
    found: list[Sentence] = []
    for paragraph, block in enumerate(article.blocks):
        if block.kind != "p":
            continue
        for text in split_sentences(block.text, lang):
            found.append(Sentence(text, article.id, len(found), paragraph))
    return tuple(found)


def lead_of(sentences: Sequence[Sentence], lang: LanguageData) -> str | None:
    """The first sentence that is news: a photo's caption or a credit left at the top of the
    text ("A man, left, waves a flag ... (Associated Press)") is not what the article leads with.
    The first sentence when every one looks like one."""
    news = next((s for s in sentences if not is_caption(s.text, lang)), None)
    return (news or sentences[0]).text if sentences else None


def analyse_article(article: Article, config: Config) -> Analysis:
    """The article read in its own language. Without data for that language it has sentences
    and YAKE's keyphrases only: no entity, figure, date or quotation is read as if the text
    were in another language."""
    lang = language_data(article.language)
    sentences = sentences_of(article, lang)
    keyphrases = extract(
        article.blocks,
        article.title,
        article.language,
        config.keyphrases_per_article,
        config.keyphrase_max_words,
        lang=lang,
    )
    lead = lead_of(sentences, lang)
    if not lang.supported:
        return Analysis(article=article, sentences=sentences, lead=lead, keyphrases=keyphrases)
    capitalised = frozenset(w for s in sentences for w in _MID_SENTENCE_CAPITAL.findall(s.text))
    found = mentions(sentences, capitalised, lang)
    return Analysis(
        article=article,
        sentences=sentences,
        lead=lead,
        keyphrases=keyphrases,
        mentions=found,
        figures=find_figures(sentences, lang),
        dates=tuple(
            DateMention(d.iso, d.precision, d.written, s.index, d.kind, (d.start, d.end), d.last)
            for s in sentences
            for d in page_dates(s.text, article.published, article.updated_only, lang)
        ),
        quotes=find_quotes(sentences, found, lang),
    )


def analyse(
    articles: Sequence[Article],
    config: Config,
    cache_dir: Path | None = None,
    workers: int | None = None,
    tick: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[Analysis, ...]:
    """Analyse every article, in parallel across `workers` processes (default: all cores), with
    results cached in `cache_dir` by a hash of the article, the settings and the code, so that an
    unchanged article is never analysed twice. `tick(done, total)` reports progress."""
    cache = AnalysisCache(cache_dir, config) if cache_dir is not None else None
    results: list[Analysis | None] = [cache.get(a) if cache else None for a in articles]
    todo = [i for i, found in enumerate(results) if found is None]
    total = len(articles)
    done = total - len(todo)
    tick(done, total)
    workers = workers or os.cpu_count() or 1
    parallel = workers > 1 and len(todo) >= PARALLEL_MIN_ARTICLES
    if todo and (cache is not None or parallel):
        # Before the workers fork, which share them: without a cache, each worker made its own
        # (3 s of CPU each for the first names) and synthesis made them once more.
        folder = cache.store.folder.parent if cache is not None else None
        load_gazetteers(folder)
        names.load(folder)
    with _few_collections():
        if parallel:
            chunk = max(1, min(CHUNK_ARTICLES, len(todo) // (workers * 4) or 1))
            with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) as pool:
                jobs = ((articles[i], config) for i in todo)
                fresh = pool.map(_analyse_one, jobs, chunksize=chunk)
                for i, analysis in zip(todo, fresh, strict=True):
                    results[i] = analysis
                    done += 1
                    if done % chunk == 0 or done == total:
                        tick(done, total)
        else:
            for i in todo:
                results[i] = analyse_article(articles[i], config)
                done += 1
                tick(done, total)
    if cache is not None:
        for i in todo:
            cache.put(articles[i], results[i])  # type: ignore[arg-type]
    return tuple(r for r in results if r is not None)


def _analyse_one(job: tuple[Article, Config]) -> Analysis:
    return analyse_article(*job)


# YAKE makes hundreds of thousands of short-lived objects per article, and with Python's default
# thresholds the cycle collector runs thousands of times over a batch, each older collection
# walking every analysis kept so far. Collecting after this many allocations instead cut the
# time of 400 articles from 14.6 s to 11.4 s (the garbage is the same; it waits a little longer).
GC_THRESHOLDS = (20_000, 20, 20)


@contextmanager
def _few_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _worker_start() -> None:
    gc.set_threshold(*GC_THRESHOLDS)


# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 64
# Articles sent to a worker at a time: large enough to amortise the transfer, small enough to
# keep both cores busy to the end.
CHUNK_ARTICLES = 32


def code_fingerprint() -> str:
    """A hash of the analysis code and the YAKE version."""
    return modules_fingerprint("analyse")


class AnalysisCache:
    """Analyses stored on disk under the hash of the article, the settings and the code."""

    def __init__(self, folder: Path, config: Config) -> None:
        self.settings = (config.language, config.keyphrases_per_article, config.keyphrase_max_words)
        self.store = DiskCache.for_code(folder, "analysis", code_fingerprint())

    def _key(self, article: Article) -> str:
        # Where an article was read from does not change what it says: a moved or renamed
        # file, or a JSON line that moved down, keeps its analysis.
        return content_key(self.settings, replace(article, path=""))

    def get(self, article: Article) -> Analysis | None:
        found = self.store.get(self._key(article))
        if not isinstance(found, Analysis) or replace(found.article, path="") != replace(
            article, path=""
        ):
            return None
        return replace(found, article=article)

    def put(self, article: Article, analysis: Analysis) -> None:
        self.store.put(self._key(article), analysis)
