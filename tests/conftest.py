"""Shared test helpers: paths, a fresh config, the seeds and the events analysed once per session,
and an analysis cache shared by the tests of one run."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.lang import get as language_data
from generator.models import Analysis, Article, Source
from generator.read import read

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMA = ROOT / "generator" / "schema" / "digest.schema.json"
EVENTS = FIXTURES / "events"
# What the tests expect of the demo build (see its README): the tests name only its keys.
SEED_EXPECTED = FIXTURES / "seeds" / "expected.json"
# The data of the language the test articles are written in.
ENGLISH = language_data("en")


@pytest.fixture
def config() -> Config:
    return Config()


@pytest.fixture(autouse=True)
def _not_on_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds in tests must not print workflow commands into a CI run of the tests (the
    tests of annotations set GITHUB_ACTIONS themselves)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def read_sources(*paths: Path) -> tuple[Source, ...]:
    return read(list(paths), max_file_bytes=5_000_000, max_articles=100_000).sources


@pytest.fixture(scope="session")
def seed_articles() -> tuple[Article, ...]:
    return clean(read_sources(SEEDS))


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    """The demo articles' expected values, read from tests/fixtures/seeds/expected.json."""
    expected: dict[str, Any] = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return expected


@pytest.fixture(scope="session")
def seed_analyses(seed_articles: tuple[Article, ...]) -> tuple[Analysis, ...]:
    return analyse(seed_articles, Config())


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def analysis_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build cache (cleaning, analyses) for tests that analyse the same articles: the many-source
    stories and the events share their background news, the grouping floors and the facts floors
    share BASIL. New for each run of pytest (under its numbered temporary folder), so that no test
    passes on what an older run or older code left; the workers of one run share it (their
    folders, popen-gw0 and so on, sit side by side in the run's folder). An entry is found only
    by the hash of the article, the settings and the code, and a build reads it back equal to a
    fresh analysis (tests/test_analyse.py checks it), so the tests see what they would compute."""
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = run / "shared-analysis-cache"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def event_analyses(analysis_cache: Path) -> tuple[Analysis, ...]:
    """The events fixture (tests/fixtures/events): a few weeks of news, many stories."""
    return analyse(clean(read_sources(EVENTS / "articles.jsonl")), Config(), analysis_cache)
