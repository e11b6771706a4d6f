"""Cache keys come from the code that made the entry: each stage's import closure, not a list."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache
from generator.backend import speedups
from tests.conftest import ROOT

# Every stage whose results are cached, by the module that makes them (the site's conversions,
# search entries and pages: the backend's speed-ups, in a subpackage).
CACHED_STAGES = (
    "analyse",
    "clean",
    "entities",
    "names",
    "render",
    "synthesise",
    "backend.speedups",
)


@pytest.mark.parametrize("stage", CACHED_STAGES)
def test_a_fingerprint_covers_every_module_the_stage_imports(stage: str) -> None:
    """What Python really loads when the stage is imported (in a fresh interpreter) is inside
    the closure the fingerprint hashes; the closure also holds imports made inside functions."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json, sys, generator.{stage}; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('generator.'))))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {name.removeprefix("generator.") for name in json.loads(loaded.stdout)}
    assert modules <= set(cache.import_closure(stage)), modules - set(cache.import_closure(stage))


def test_a_change_to_any_module_of_the_closure_changes_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)

    def fingerprint(stage: str) -> str:
        cache.import_closure.cache_clear()
        cache.code_fingerprint.cache_clear()
        return cache.code_fingerprint(stage)

    before = fingerprint("synthesise")
    # A module the stage reaches only through another one, and one imported inside a function.
    deep = next(m for m in cache.import_closure("synthesise") if m not in ("synthesise", "cache"))
    with (package / f"{deep}.py").open("a", encoding="utf-8") as source:
        source.write("\n# changed\n")
    assert fingerprint("synthesise") != before
    unrelated = fingerprint("names")
    (package / "render.py").write_text(
        (package / "render.py").read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8"
    )
    assert fingerprint("names") == unrelated  # render is not in the names stage's closure
    cache.import_closure.cache_clear()
    cache.code_fingerprint.cache_clear()


def test_the_site_stores_are_keyed_by_the_backend_code_not_by_a_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to any module the speed-ups import (here the backend that builds through the
    public API) gives the site's stores a new fingerprint; nothing has to be bumped by hand."""
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)

    def store_code() -> str:
        cache.import_closure.cache_clear()
        cache.code_fingerprint.cache_clear()
        return speedups.store_code()

    closure = cache.import_closure("backend.speedups")
    assert {"backend", "backend.mkdocs_site", "files", "cache"} <= set(closure)
    before = store_code()
    with (package / "backend" / "mkdocs_site.py").open("a", encoding="utf-8") as source:
        source.write("\n# changed\n")
    assert store_code() != before
    cache.import_closure.cache_clear()
    cache.code_fingerprint.cache_clear()


def test_the_closure_follows_the_modules_of_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module of a package (generator/lang/en/calendar.py) is in the closure however it is
    imported: by its full name, from its package, or relatively from a sibling; the packages on
    the way (whose __init__.py runs first) are in it too, and a name imported from a module (a
    constant, a class) is no module."""
    package = tmp_path / "generator"
    for name, source in {
        "__init__.py": "",
        "stage.py": "from generator.lang import get\n",
        "other.py": "import generator.lang.en.numbers\n",
        "lang/__init__.py": "from generator.lang import en\nfrom generator.lang.xx import DATA\n",
        "lang/xx.py": "DATA = None\n",
        "lang/en/__init__.py": "from . import calendar\nfrom .titles import HONORIFICS\n",
        "lang/en/calendar.py": "from ..xx import DATA\n",
        "lang/en/titles.py": "HONORIFICS = ()\n",
        "lang/en/numbers.py": "",
        "unused.py": "",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(source, encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE", package)
    cache.import_closure.cache_clear()
    try:
        assert cache.import_closure("stage") == (
            "lang",
            "lang.en",
            "lang.en.calendar",
            "lang.en.titles",
            "lang.xx",
            "stage",
        )
        assert cache.import_closure("other") == (
            "lang",
            "lang.en",
            "lang.en.calendar",
            "lang.en.numbers",
            "lang.en.titles",
            "lang.xx",
            "other",
        )
    finally:
        cache.import_closure.cache_clear()


def test_a_project_read_as_data_is_in_the_fingerprint() -> None:
    """A name list read from another project's files, not imported, still keys the cache."""
    assert "nomquamgender" in cache.projects_imported("names")
    assert "yake" in cache.projects_imported("analyse")
    assert "trafilatura" in cache.projects_imported("read")


def test_an_upgraded_project_the_stage_imports_changes_the_fingerprint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.metadata.version
    cache.code_fingerprint.cache_clear()
    before = cache.code_fingerprint("read")
    monkeypatch.setattr(
        cache, "version", lambda name: "99.0" if name == "trafilatura" else real(name)
    )
    cache.code_fingerprint.cache_clear()
    assert cache.code_fingerprint("read") != before
    cache.code_fingerprint.cache_clear()
