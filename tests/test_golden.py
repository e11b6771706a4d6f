"""Golden output: the seeds' rendered pages must match tests/golden/ (regenerate: make golden)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.golden_update import GOLDEN, ROOT, seed_pages


@pytest.fixture
def at_root() -> Iterator[None]:
    before = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(before)


@pytest.mark.usefixtures("at_root")
def test_seed_pages_match_golden() -> None:
    pages = {page.path: page.content for page in seed_pages()}
    golden = {
        path.relative_to(GOLDEN).as_posix(): path.read_text(encoding="utf-8")
        for path in GOLDEN.rglob("*")
        if path.is_file()
    }
    assert sorted(pages) == sorted(golden), "pages added or removed: run `make golden` and review"
    for path, content in pages.items():
        assert content == golden[path], f"{path} differs: run `make golden` and review the diff"
