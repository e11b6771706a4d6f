"""Material's navigation rendered once per kind of page, and templates compiled once: the site
is byte for byte the one MkDocs writes without them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator import site as site_module
from generator import themecache
from generator.site import build_html
from tests.test_htmlcache import build_docs, events, fixed_build_date  # noqa: F401  (fixture)


def built(site: Path, out: Path, cache: Path | None) -> dict[str, bytes]:
    shutil.rmtree(out, ignore_errors=True)
    build_html(site / "mkdocs.build.yml", site / "docs", out, cache)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_docs(tmp_path_factory.mktemp("theme") / "site", events(12))


def test_shared_navigation_and_compiled_templates_write_the_same_bytes(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = themecache.faster_templates

    @contextmanager
    def unshared(bytecode: Path | None) -> Iterator[None]:
        with original(None, share_navigation=False):
            yield

    monkeypatch.setattr(site_module, "faster_templates", unshared)
    reference = built(site, tmp_path / "reference", None)
    monkeypatch.undo()

    keys: list[Any] = []
    key_of = themecache.navigation_key

    def counting(context: Any) -> tuple[str, ...] | None:
        key = key_of(context)
        keys.append(key)
        return key

    monkeypatch.setattr(themecache, "navigation_key", counting)
    cache = tmp_path / "cache"
    assert built(site, tmp_path / "shared", None) == reference
    assert built(site, tmp_path / "cold", cache) == reference
    assert any((cache / themecache.BYTECODE).iterdir()), "no compiled template was kept"
    assert built(site, tmp_path / "warm", cache) == reference
    pages = keys[: len(keys) // 3]
    in_navigation = [k for k in pages if k is None]
    # The home page and the other pages listed in the navigation are rendered as they are;
    # every other page shares the HTML of a page with the same links.
    assert 3 <= len(in_navigation) < len(pages)
    assert len(set(pages)) < len(pages) // 4


def test_a_page_listed_in_the_navigation_is_marked_as_the_current_page(
    site: Path, tmp_path: Path
) -> None:
    files = built(site, tmp_path / "out", None)
    about = files["about/index.html"].decode("utf-8")
    people = files["people/index.html"].decode("utf-8")
    assert 'href="./" class="md-nav__link md-nav__link--active"' in about
    assert 'href="./" class="md-nav__link md-nav__link--active"' in people
    sources = [p for p in files if p.startswith("sources/") and p.endswith("/index.html")]
    assert sources
    for path in sources:  # not in the navigation: no item marked
        assert "md-nav__link--active" not in files[path].decode("utf-8")
