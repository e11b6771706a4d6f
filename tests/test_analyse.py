"""Per-article analysis on real text: keyphrases, entities, figures, dates and quotes."""

from __future__ import annotations

import logging
import os
import re
import time
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import analyse as analyse_module
from generator import entities
from generator.backend import speedups
from generator.cache import DiskCache, prune_unused
from generator.clean import clean
from generator.config import Config
from generator.dates import find_dates, parse_date
from generator.figures import find_figures
from generator.keyphrases import stopwords, tidy
from generator.models import Analysis, Sentence
from generator.text import fold
from tests.conftest import ENGLISH, FIXTURES, read_sources, write


def analysis_of(analyses: tuple[Analysis, ...], prefix: str) -> Analysis:
    return next(a for a in analyses if a.article.id.startswith(prefix))


def test_keyphrases_are_tidy_names_and_phrases(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    stop = stopwords("en")
    for analysis in seed_analyses:
        phrases = [k.phrase for k in analysis.keyphrases]
        assert 3 <= len(phrases) <= 10
        scores = [k.score for k in analysis.keyphrases]
        assert scores == sorted(scores)  # lower is better, best first
        for phrase in phrases:
            words = phrase.lower().split()
            assert words[0] not in stop and words[-1] not in stop, phrase
            assert not phrase.endswith(("’s", "'s")), phrase
    every = {k.phrase for a in seed_analyses for k in a.keyphrases}
    assert set(seed_expected["analysis"]["keyphrases"]) <= every
    assert "Minister" not in every and "President" not in every


def test_tidy_trims_titles_verbs_and_possessives() -> None:
    stop = stopwords("en")
    assert tidy("Chilean President Varga", stop, ENGLISH) == "Varga"
    assert tidy("reaffirmed Costa Rica", stop, ENGLISH) == "Costa Rica"
    assert tidy("Minister greeted North", stop, ENGLISH) is None
    assert tidy("nations’ shared interests", stop, ENGLISH) is None
    assert tidy("Prime Minister", stop, ENGLISH) is None


def test_people_have_roles(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    roles = {(m.name, m.role) for a in seed_analyses for m in a.mentions if m.type == "person"}
    for name, role in seed_expected["analysis"]["people_roles"]:
        assert (name, role) in roles


def test_places_come_from_the_gazetteer(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    expected = seed_expected["analysis"]
    places = {m.name for a in seed_analyses for m in a.mentions if m.type == "place"}
    assert set(expected["places"]) <= places
    assert not set(expected["not_places"]) & places


def test_figures_with_units_and_hedges() -> None:
    sentence = Sentence(
        "Together they employ almost 40,000 Canadian workers and cut fees from 30% to 12%.",
        "a",
        0,
        0,
    )
    found = {(f.value, f.unit, f.about) for f in find_figures([sentence], ENGLISH)}
    assert (40000.0, "count", "Canadian workers") in found
    assert {(30.0, "%"), (12.0, "%")} <= {(v, u) for v, u, _ in found}
    money = find_figures(
        [Sentence("The deal is worth $42 billion, officials said on March 18.", "a", 0, 0)],
        ENGLISH,
    )
    assert [(f.value, f.unit) for f in money] == [
        (42e9, "USD")
    ]  # the day of the month is no figure


def test_dates_written_and_relative() -> None:
    assert parse_date("16th March 2024", ENGLISH) == "2024-03-16"
    assert parse_date("Mar. 16, 2024", ENGLISH) == "2024-03-16"
    found = find_dates(
        "He arrived on Friday and will travel from March 16 to 17, as in January.",
        "2024-03-16",
        ENGLISH,
    )
    assert ("2024-03-15", "day", "on Friday") in found
    assert ("2024-03-16", "day", "March 16 to 17") in found
    assert ("2024-01", "month", "in January") in found
    assert find_dates("He arrived on Friday.", None, ENGLISH) == []  # nothing to resolve it against


def test_quotes_with_speakers_including_a_lost_opening_mark(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    expected = seed_expected["analysis"]["quotes"]
    quotes = analysis_of(seed_analyses, expected["article"]).quotes
    assert len(quotes) == expected["count"]
    lost, declared = quotes
    assert lost.speaker == expected["lost_mark"]["speaker"]
    assert lost.text.startswith(expected["lost_mark"]["start"])
    assert declared.text.startswith(expected["declared"]["start"])
    assert (declared.speaker or "").startswith(expected["declared"]["speaker_start"])


def test_no_analysis_reads_a_boilerplate_line(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    names = seed_expected["analysis"]["boilerplate_names"]
    for analysis in seed_analyses:
        removed = " ".join(r.line for r in analysis.article.removed)
        for sentence in analysis.sentences:
            assert sentence.text not in removed
        assert not any(name in m.name for name in names for m in analysis.mentions)


def test_parallel_and_cached_analysis_equal_the_plain_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = clean(read_sources(FIXTURES / "events" / "articles.jsonl"))
    assert len(articles) >= analyse_module.PARALLEL_MIN_ARTICLES
    plain = analyse_module.analyse(articles, Config(), workers=1)
    parallel = analyse_module.analyse(articles, Config(), cache_dir=tmp_path, workers=2)
    assert parallel == plain

    def must_not_run(article: object, config: object) -> None:
        raise AssertionError("a cached article was analysed again")

    monkeypatch.setattr(analyse_module, "analyse_article", must_not_run)
    ticks: list[tuple[int, int]] = []
    cached = analyse_module.analyse(
        articles, Config(), cache_dir=tmp_path, tick=lambda d, t: ticks.append((d, t))
    )
    assert cached == plain
    assert ticks[-1] == (len(articles), len(articles))
    moved = tuple(replace(a, path=f"elsewhere/{a.path}") for a in articles)
    assert [
        a.article.path for a in analyse_module.analyse(moved, Config(), cache_dir=tmp_path)
    ] == [
        a.path for a in moved
    ]  # a moved file keeps its cached analysis (must_not_run would fail otherwise)


def test_cache_is_keyed_by_settings(tmp_path: Path) -> None:
    articles = clean(read_sources(FIXTURES / "events" / "articles.jsonl"))[:3]
    analyse_module.analyse(articles, Config(), cache_dir=tmp_path, workers=1)
    fewer = analyse_module.analyse(
        articles, Config(keyphrases_per_article=2), cache_dir=tmp_path, workers=1
    )
    assert all(len(a.keyphrases) <= 2 for a in fewer)


def test_relative_dates_and_future_weekdays() -> None:
    found = find_dates(
        "He arrived yesterday, two days after the talks, as he did last week.",
        "2024-03-16",
        ENGLISH,
    )
    assert ("2024-03-15", "day", "yesterday") in found
    assert ("2024-03-09", "week", "last week") in found
    assert find_dates(
        "Talks resume next month under the 2011 agreement.", "2024-03-16", ENGLISH
    ) == [
        ("2024-04", "month", "next month"),
        ("2011", "year", "the 2011"),
    ]
    # Published on a Saturday: "will meet him on Monday" is the coming Monday, "met on Monday"
    # the one before.
    assert find_dates("He will meet the envoy on Monday.", "2024-03-16", ENGLISH) == [
        ("2024-03-18", "day", "on Monday")
    ]
    assert find_dates("He met the envoy on Monday.", "2024-03-16", ENGLISH) == [
        ("2024-03-11", "day", "on Monday")
    ]
    assert find_dates("It is one of today's challenges.", "2024-03-16", ENGLISH) == []


def test_figure_ranges_and_hedges() -> None:
    sentence = Sentence(
        "Between 3 and 5 inches of rain fell, and nearly 2,000 homes lost power.", "a", 0, 0
    )
    found = {f.value: f for f in find_figures([sentence], ENGLISH)}
    assert found[3.0].range_text == found[5.0].range_text == "Between 3 and 5"
    assert found[3.0].about == found[5.0].about == "inches of rain"
    assert found[2000.0].hedge == "nearly"


def test_caches_of_other_code_versions_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / "analysis-0123456789abcdef"
    (stale / "ab").mkdir(parents=True)
    other_kind = tmp_path / "stories-0123456789abcdef"
    other_kind.mkdir()
    analyse_module.AnalysisCache(tmp_path, Config())
    assert not stale.exists() and other_kind.exists()


def test_entries_unused_for_a_month_are_pruned_and_reading_one_keeps_it(
    tmp_path: Path,
) -> None:
    store = DiskCache(tmp_path / "analysis-0123456789abcdef")
    for key in ("aa01", "aa02", "bb03"):
        store.put(key, key)
    # The site's conversions are pruned by the same rule, and what is not a store is left alone
    # (the compiled templates of the theme, kept by Jinja's own cache).
    conversions = DiskCache(tmp_path / f"{speedups.CONVERSIONS}-0123456789abcdef")
    conversions.put("aa04", {"content": "<p>old</p>"})
    templates = write(tmp_path / "jinja", "__jinja2_0a1b.cache", "compiled")
    month_ago = time.time() - 31 * 86_400
    for path in [*tmp_path.rglob("*.pickle"), templates]:
        os.utime(path, (month_ago, month_ago))
    assert store.get("aa02") == "aa02"  # read in this build: used
    assert prune_unused(tmp_path) == 3
    assert store.get("aa01") is None and store.get("bb03") is None
    assert conversions.get("aa04") is None and templates.exists()
    assert store.get("aa02") == "aa02"


def test_an_entry_copied_onto_another_key_is_a_miss(tmp_path: Path) -> None:
    store = DiskCache(tmp_path / "analysis-0123456789abcdef")
    store.put("aa01", "first")
    store.put("aa02", "second")
    store._path("aa02").write_bytes(store._path("aa01").read_bytes())
    assert store.get("aa01") == "first" and store.get("aa02") is None


def test_a_cache_that_cannot_be_written_says_so_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the store's folder should be")
    store = DiskCache(blocked / "analysis-0123456789abcdef")
    with caplog.at_level(logging.WARNING, logger="generator.cache"):
        for key in ("aa01", "aa02", "bb03"):
            store.put(key, key)
    assert [r.getMessage() for r in caplog.records].count(
        f"cannot write the cache in {store.folder} (Not a directory)"
    ) == 1
    assert store.get("aa01") is None


def _fold_reference(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[-‐‑‒–—―]", " ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
@settings(max_examples=500, deadline=None)
def test_fold_fast_path_gives_the_same_key(text: str) -> None:
    assert fold(text) == _fold_reference(text)


def test_gazetteers_are_read_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = entities._build_gazetteers()
    monkeypatch.setattr(entities, "_PLACES", {})
    entities.load_gazetteers(tmp_path)
    assert entities._gazetteers() == made
    monkeypatch.setattr(entities, "_PLACES", {})
    monkeypatch.setattr(entities, "_build_gazetteers", lambda: pytest.fail("made again"))
    entities.load_gazetteers(tmp_path)  # read from the cache this time
    assert entities._gazetteers() == made


def test_the_lead_is_the_first_sentence_that_is_news_not_a_photo_caption() -> None:
    def sentence(index: int, text: str) -> Sentence:
        return Sentence(text, "a", index, index)

    caption = sentence(
        0, "A firefighter, left, carries a child from the flooded street on Sunday... (Reuters)"
    )
    credited = sentence(1, "A rescue boat on the river near the town. (AP Photo/Jane Roe)")
    news = sentence(2, "Floods forced 3,000 people from their homes in the valley on Sunday.")
    assert analyse_module.lead_of((caption, credited, news), ENGLISH) == news.text
    assert analyse_module.lead_of((news, caption), ENGLISH) == news.text
    # Nothing but captions: the first is still the lead, not nothing.
    assert analyse_module.lead_of((caption, credited), ENGLISH) == caption.text
    assert analyse_module.lead_of((), ENGLISH) is None
