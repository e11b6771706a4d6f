"""The faster YAKE path gives YAKE's own keywords and scores, float for float."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yake

from generator import yake_speedups
from generator.clean import clean
from generator.keyphrases import YakeSettings, _extractor, yake_input
from tests.conftest import EVENTS, FIXTURES, SEEDS, read_sources

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
# Enough labelled texts to meet rare cases (ties, repeated words, lone punctuation), few
# enough to take seconds: YAKE runs twice on each. (All 4,109 articles of the labelled sets
# were compared once, with none different.)
EVAL_TEXTS = 50
# Other phrase lengths than ours are checked on this many of the texts.
OTHER_LENGTH_TEXTS = 12


def _texts() -> list[str]:
    """Article texts as the analysis gives them to YAKE, and a few odd ones."""
    articles = clean(read_sources(SEEDS, EVENTS / "articles.jsonl"))
    texts = [yake_input(a.blocks, a.title) for a in articles]
    texts += [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted((FIXTURES / "hostile").glob("*.txt"))
    ]
    return [*texts, "", ".", "a", "The the THE the.", "Yes. Yes! Yes? 3 3 3.", "— – - …"]


def _eval_texts(corpus: str) -> list[str]:
    path = EVAL_DIR / corpus / "input.jsonl"
    if not path.is_file():
        pytest.skip(f"../shared/eval/{corpus} is not there (see the eval README)")
    lines = path.read_text(encoding="utf-8").splitlines()[:EVAL_TEXTS]
    return [json.loads(line)["text"] for line in lines]


def _same(extractor: yake.KeywordExtractor, texts: list[str]) -> None:
    for text in texts:
        expected = extractor.extract_keywords(text)
        found = yake_speedups.keywords(extractor, text)
        # Equal floats of the same type (numpy's where YAKE's are numpy's): the same bytes
        # wherever a score is written or compared.
        assert [(k, s, type(s)) for k, s in found] == [(k, s, type(s)) for k, s in expected]


def test_the_fast_path_gives_yakes_keywords_and_scores() -> None:
    _same(_extractor(YakeSettings()), _texts())


@pytest.mark.parametrize("max_words", [1, 2, 4])
def test_the_fast_path_gives_yakes_keywords_of_other_lengths(max_words: int) -> None:
    _same(_extractor(YakeSettings(max_words=max_words)), _texts()[:OTHER_LENGTH_TEXTS])


@pytest.mark.parametrize("corpus", ["multinews", "keyphrase/Inspec"])
def test_the_fast_path_gives_yakes_keywords_on_labelled_text(corpus: str) -> None:
    _same(_extractor(YakeSettings()), _eval_texts(corpus))


def test_settings_it_does_not_follow_take_yakes_own_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fast_path(*args: object, **kwargs: object) -> None:
        raise AssertionError("the fast path ran")

    monkeypatch.setattr(yake_speedups, "_Core", no_fast_path)
    text = _texts()[0]
    for extractor in (
        yake.KeywordExtractor(lan="en", n=3, top=20, features=["wfreq", "wrel"]),
        yake.KeywordExtractor(lan="en", n=3, top=20, dedup_lim=1.0),
    ):
        assert yake_speedups.keywords(extractor, text) == extractor.extract_keywords(text)
    monkeypatch.setattr(yake_speedups, "YAKE_VERSION", "0.0.0")
    yake_speedups._replicated.cache_clear()
    extractor = yake.KeywordExtractor(lan="en", n=3, top=20)
    assert yake_speedups.keywords(extractor, text) == extractor.extract_keywords(text)
    yake_speedups._replicated.cache_clear()
