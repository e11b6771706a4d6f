"""Per-article analysis: sentences, lead, keyphrases, entities, figures, dates and quotes."""

from __future__ import annotations

import re

from generator.config import Config
from generator.dates import find_dates
from generator.entities import mentions
from generator.figures import find_figures
from generator.keyphrases import extract, stopwords
from generator.models import Analysis, Article, DateMention, Sentence
from generator.quotes import find_quotes
from generator.sentences import split_sentences

_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[\w,;] )([A-Z][\w’'-]*)")


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """Body sentences, in order; headings are not sentences."""
    found: list[Sentence] = []
    for paragraph, block in enumerate(article.blocks):
        if block.kind != "p":
            continue
        for text in split_sentences(block.text):
            found.append(Sentence(text, article.id, len(found), paragraph))
    return tuple(found)


def analyse_article(article: Article, config: Config) -> Analysis:
    sentences = sentences_of(article)
    stop = stopwords(article.language)
    capitalised = frozenset(w for s in sentences for w in _MID_SENTENCE_CAPITAL.findall(s.text))
    found = mentions(sentences, stop, capitalised)
    return Analysis(
        article=article,
        sentences=sentences,
        lead=sentences[0].text if sentences else None,
        keyphrases=extract(
            article.blocks,
            article.title,
            article.language,
            config.keyphrases_per_article,
            config.keyphrase_max_words,
        ),
        mentions=found,
        figures=find_figures(sentences),
        dates=tuple(
            DateMention(iso, precision, written, s.index)
            for s in sentences
            for iso, precision, written in find_dates(s.text, article.published)
        ),
        quotes=find_quotes(sentences, found),
    )


def analyse(articles: tuple[Article, ...], config: Config) -> tuple[Analysis, ...]:
    return tuple(analyse_article(article, config) for article in articles)
