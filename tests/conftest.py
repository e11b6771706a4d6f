"""Shared test helpers: paths, a fresh config, and the seeds analysed once per session."""

from __future__ import annotations

from pathlib import Path

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
