"""The HTML cache: a warm build writes the same bytes as an uncached one, converts only the
pages that changed, and warns (and fails in strict mode) exactly where MkDocs does."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator import htmlcache
from generator import site as site_module
from generator.cli import main
from generator.errors import RenderError
from generator.htmlcache import CacheStats, cached_conversions
from generator.site import HTML_CACHE, build_html
from tests.conftest import FIXTURES, SEEDS, write

EVENTS = FIXTURES / "events" / "articles.jsonl"


@pytest.fixture(autouse=True, scope="module")
def fixed_build_date() -> Iterator[None]:
    """MkDocs dates pages and the sitemap with the build date: keep it fixed between builds."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1750000000")
        yield


def events(count: int) -> list[str]:
    """The first `count` articles of one story and of a few others (so that stories, tags and
    people link to each other)."""
    lines = EVENTS.read_text(encoding="utf-8").splitlines()
    return sorted(lines, key=lambda line: json.loads(line)["published"])[:count]


def build_docs(site: Path, articles: list[str]) -> Path:
    """The digest's Markdown pages and MkDocs config for the seeds and `articles`."""
    inputs = site.parent / f"{site.name}-in"
    shutil.rmtree(inputs, ignore_errors=True)
    for seed in sorted(SEEDS.iterdir()):
        write(inputs, seed.name, seed.read_text(encoding="utf-8"))
    write(inputs, "events.jsonl", "\n".join(articles))
    assert main(["build", str(inputs), "--site-dir", str(site), "--no-html", "--no-cache"]) == 0
    return site


def html(site: Path, out: Path, cache: Path | None) -> tuple[dict[str, bytes], CacheStats]:
    """Build the HTML of `site` into `out`; every file it wrote, by path."""
    shutil.rmtree(out, ignore_errors=True)
    stats = build_html(site / "mkdocs.build.yml", site / "docs", out, cache)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    return files, stats


def markdown_pages(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_docs(tmp_path_factory.mktemp("small") / "site", events(8))


def test_warm_build_reuses_every_page_and_writes_the_same_bytes(
    small_site: Path, tmp_path: Path
) -> None:
    reference, uncached = html(small_site, tmp_path / "reference", None)
    assert uncached.hits == 0 and uncached.converted == []
    cache = tmp_path / "cache"
    cold_files, cold = html(small_site, tmp_path / "cold", cache)
    warm_files, warm = html(small_site, tmp_path / "warm", cache)
    pages = markdown_pages(small_site / "docs")
    assert sorted(cold.converted) == sorted(pages) and cold.hits == 0
    assert sorted(warm.reused) == sorted(pages) and warm.converted == []
    assert warm.search_reused == len(pages) and warm.search_indexed == 0
    assert "search/search_index.json" in reference and "sitemap.xml.gz" in reference
    assert cold_files == reference
    assert warm_files == reference


def test_adding_an_article_converts_only_the_pages_that_changed(tmp_path: Path) -> None:
    site = build_docs(tmp_path / "site", events(8))
    before = markdown_pages(site / "docs")
    cache = tmp_path / "cache"
    html(site, tmp_path / "first", cache)
    build_docs(site, events(9))  # same site folder: earlier stories keep their ids
    after = markdown_pages(site / "docs")
    changed = {path for path, text in after.items() if before.get(path) != text}
    assert changed and len(changed) < len(after) // 2
    reference, _ = html(site, tmp_path / "reference", None)
    files, stats = html(site, tmp_path / "warm", cache)
    assert files == reference
    assert set(stats.converted) == changed
    assert sorted(stats.reused + stats.converted) == sorted(after)


def test_corrupt_entries_are_misses(small_site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    reference, _ = html(small_site, tmp_path / "reference", cache)
    entries = sorted(cache.rglob("*.json"))
    assert entries
    for n, entry in enumerate(entries):
        # Garbage, cut short, other JSON, another entry's contents: each must read as a miss.
        damaged = [b"\x00garbage", entry.read_bytes()[:100], b"[1, 2]", entries[0].read_bytes()]
        entry.write_bytes(damaged[n % len(damaged)])
    files, stats = html(small_site, tmp_path / "again", cache)
    assert files == reference
    assert stats.hits == 0 and stats.search_reused == 0
    _, healed = html(small_site, tmp_path / "healed", cache)
    assert healed.converted == []


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def capture_stats(monkeypatch: pytest.MonkeyPatch) -> list[CacheStats]:
    """The statistics of the builds to come, also of those that fail."""
    captured: list[CacheStats] = []

    @contextmanager
    def capturing(folder: Path | None) -> Iterator[CacheStats]:
        with cached_conversions(folder) as stats:
            captured.append(stats)
            yield stats

    monkeypatch.setattr(site_module, "cached_conversions", capturing)
    return captured


def test_removing_a_linked_page_fails_the_strict_build_as_without_the_cache(
    small_site: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mkdocs.structure.pages import Page

    original_render = Page.render
    cache = tmp_path / "cache"
    html(small_site, tmp_path / "warm-up", cache)
    site = tmp_path / "site"
    shutil.copytree(small_site, site)
    story = next((site / "docs" / "stories").glob("*.md"))
    linked = next(
        source
        for source in sorted((site / "docs" / "sources").glob("*.md"))
        if f"../sources/{source.name})" in story.read_text(encoding="utf-8")
    )
    linked.unlink()
    caplog.clear()
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "uncached", None)
    expected = warnings_of(caplog)
    assert any(linked.name in message for message in expected)
    caplog.clear()
    stats = capture_stats(monkeypatch)
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "cached", cache)
    assert warnings_of(caplog) == expected
    assert story.relative_to(site / "docs").as_posix() in stats[0].converted
    assert Page.render is original_render  # restored after a failed build
    # A page that warned is never stored: the next build warns again.
    caplog.clear()
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "cached-again", cache)
    assert warnings_of(caplog) == expected


MINIMAL_CONFIG = """\
site_name: Anchors
use_directory_urls: true
theme:
  name: material
plugins:
  - search
validation:
  links:
    not_found: warn
    anchors: warn
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
"""


def test_a_reused_page_still_has_its_links_to_anchors_checked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """a.md is reused from the cache; the anchor it links to disappears from b.md."""
    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", MINIMAL_CONFIG)
    write(site, "docs/index.md", "# Home\n\n[A](a.md)\n")
    write(site, "docs/a.md", "# A\n\nSee [the target](b.md#target) and [here](#a).\n")
    write(site, "docs/b.md", "# B\n\n## Target\n\nText.\n")
    cache = tmp_path / "cache"
    html(site, tmp_path / "first", cache)
    write(site, "docs/b.md", "# B\n\n## Elsewhere\n\nText.\n")
    caplog.clear()
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "uncached", None)
    expected = warnings_of(caplog)
    assert any("#target" in message for message in expected)
    caplog.clear()
    stats = capture_stats(monkeypatch)
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "cached", cache)
    assert warnings_of(caplog) == expected
    assert stats[0].reused == ["index.md", "a.md"] and stats[0].converted == ["b.md"]


def test_reused_page_keeps_title_toc_and_anchors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `Page.render` sets, compared between an uncached, a cold and a warm build."""
    from mkdocs.commands import build
    from mkdocs.structure.pages import Page

    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", MINIMAL_CONFIG)
    write(site, "docs/index.md", "# Home *page*\n\n[A](a.md#two)\n\n## One\n\n### Deep {#deep}\n")
    write(site, "docs/a.md", "Intro <a name='raw'></a>\n\n## Two\n\n[self](#two)\n")
    seen: dict[str, list[object]] = {}
    populate = build._populate_page

    def spy(page: Page, *args: Any, **kwargs: Any) -> None:
        populate(page, *args, **kwargs)
        seen.setdefault(page.file.src_uri, []).append(
            [
                page.content,
                page.title,
                str(page.toc),
                [vars(a).get("active") for a in page.toc],
                sorted(page.present_anchor_ids or ()),
                {f.src_uri: a for f, a in (page.links_to_anchors or {}).items()},
            ]
        )

    monkeypatch.setattr(build, "_populate_page", spy)
    html(site, tmp_path / "uncached", None)
    cache = tmp_path / "cache"
    html(site, tmp_path / "cold", cache)
    _, warm = html(site, tmp_path / "warm", cache)
    assert sorted(warm.reused) == ["a.md", "index.md"]
    for states in seen.values():
        assert len(states) == 3 and states[0] == states[1] == states[2]


def test_an_extension_that_reads_other_files_turns_the_cache_off(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", MINIMAL_CONFIG + "  - pymdownx.snippets\n")
    write(site, "docs/index.md", "# Home\n")
    _, stats = html(site, tmp_path / "out", tmp_path / "cache")
    assert "pymdownx.snippets" in stats.disabled and stats.hits == 0
    assert not list((tmp_path / "cache").rglob("pages/*/*.json"))


def test_a_second_cli_build_converts_no_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[CacheStats] = []

    def recording_build_html(*args: object, **kwargs: object) -> CacheStats:
        stats = build_html(*args, **kwargs)  # type: ignore[arg-type]
        runs.append(stats)
        return stats

    monkeypatch.setattr(site_module, "build_html", recording_build_html)
    site = tmp_path / "site"
    analyses = tmp_path / "analyses"
    for _ in range(2):
        assert (
            main(["build", str(SEEDS), "--site-dir", str(site), "--cache-dir", str(analyses)]) == 0
        )
    assert (analyses / HTML_CACHE).is_dir()
    assert runs[0].hits == 0 and runs[0].converted
    assert runs[1].converted == [] and runs[1].hits == len(runs[0].converted)


def test_pages_converted_by_the_helper_process_give_the_same_bytes(
    small_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper converts pages from the last to the first into the cache while MkDocs builds;
    run to the end before the build, every page the build takes from it must be exact."""
    reference, _ = html(small_site, tmp_path / "reference", None)
    cache = tmp_path / "cache"
    out = tmp_path / "helped"
    job = (small_site / "mkdocs.build.yml", small_site / "docs", out, cache)
    assert htmlcache._warm_part(job) == len(markdown_pages(small_site / "docs"))
    helped, stats = html(small_site, out, cache)
    assert helped == reference
    # Every conversion, and every search entry but the tags index's: the tags plugin writes
    # that page's list when the build has read every page, after the helper indexed it.
    assert stats.converted == [] and stats.search_indexed == 1
    # Beside a build (on a site this small the build may finish first): the same bytes.
    monkeypatch.setattr(htmlcache, "HELPER_MIN_PAGES", 0)
    shutil.rmtree(cache)
    with htmlcache.converting_beside(*job):
        beside, _ = html(small_site, tmp_path / "beside", cache)
    assert beside == reference
