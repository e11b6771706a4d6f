"""The site backend: the speed-ups (conversions and search entries kept between builds, the
navigation rendered once per kind of page, a helper process converting ahead) write the bytes
the plain public-API build writes, convert only the pages that changed, warn (and fail in
strict mode) exactly where MkDocs does, and step aside, with one line, for framework versions
they were not read from. Only one module of the project uses the framework's private API."""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.backend import SiteStats, mkdocs_site, speedups
from generator.backend.mkdocs_site import MkDocsBackend
from generator.cli import main
from generator.config import Config
from generator.errors import RenderError
from generator.render import Page
from generator.site import page_changes
from tests.conftest import FIXTURES, ROOT, SEEDS, write

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
    """The digest's Markdown pages and MkDocs project for the seeds and `articles`."""
    inputs = site.parent / f"{site.name}-in"
    shutil.rmtree(inputs, ignore_errors=True)
    for seed in sorted(SEEDS.iterdir()):
        write(inputs, seed.name, seed.read_text(encoding="utf-8"))
    write(inputs, "events.jsonl", "\n".join(articles))
    assert main(["build", str(inputs), "--site-dir", str(site), "--no-html", "--no-cache"]) == 0
    return site


def html(
    site: Path,
    out: Path,
    cache: Path | None,
    *,
    fast: bool = True,
    previous: Path | None = None,
    changes: dict[str, str | None] | None = None,
) -> tuple[dict[str, bytes], SiteStats]:
    """Build the HTML of `site` into `out` (with the speed-ups unless not `fast`), the site
    built before being in `previous`, with `changes` to its pages; every file it wrote."""
    shutil.rmtree(out, ignore_errors=True)
    backend = MkDocsBackend(site, Config(), speedups=fast)
    stats = backend.build(site / "docs", out, cache, previous, changes)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    return files, stats


def html_of(page: str) -> str:
    """Where a Markdown page's HTML goes, with directory URLs: a.md -> a/index.html."""
    folder = page.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"{folder}/index.html" if folder else "index.html"


def markdown_pages(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}


def stored_entries(cache: Path) -> list[Path]:
    """The entries of the speed-ups' stores in the build cache `cache`."""
    kinds = (speedups.CONVERSIONS, speedups.SEARCH_ENTRIES)
    return sorted(p for kind in kinds for p in cache.glob(f"{kind}-*/*/*.pickle"))


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_docs(tmp_path_factory.mktemp("small") / "site", events(8))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_docs(tmp_path_factory.mktemp("theme") / "site", events(12))


@pytest.fixture(scope="module")
def plain_site(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """`site` built through the public API alone."""
    files, stats = html(site, tmp_path_factory.mktemp("plain") / "out", None, fast=False)
    assert stats.plain == "turned off"
    return files


def test_the_site_built_with_the_speed_ups_off_is_the_same_byte_for_byte(
    site: Path, plain_site: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "search/search_index.json" in plain_site and "sitemap.xml.gz" in plain_site
    assert "search/search_index.js" in plain_site
    # The plain build keeps compiled templates (public Jinja API) and nothing else.
    plain_cache = tmp_path / "plain-cache"
    files, stats = html(site, tmp_path / "plain", plain_cache, fast=False)
    assert files == plain_site
    assert stats.reused == stats.converted == [] and stats.search_indexed == 0
    assert any((plain_cache / mkdocs_site.BYTECODE).iterdir())
    assert stored_entries(plain_cache) == []
    # The speed-ups without a cache (the navigation shared), cold, warm.
    assert html(site, tmp_path / "uncached", None)[0] == plain_site
    cache = tmp_path / "cache"
    cold_files, cold = html(site, tmp_path / "cold", cache)
    warm_files, warm = html(site, tmp_path / "warm", cache)
    pages = markdown_pages(site / "docs")
    assert sorted(cold.converted) == sorted(pages) and cold.hits == 0
    assert sorted(warm.reused) == sorted(pages) and warm.converted == []
    assert cold_files == plain_site
    assert warm_files == plain_site
    # With the helper process converting beside the build.
    monkeypatch.setattr(speedups, "HELPER_MIN_PAGES", 0)
    monkeypatch.setattr(speedups, "HELPER_SAMPLE_PAGES", 1)
    shutil.rmtree(cache)
    assert html(site, tmp_path / "beside", cache)[0] == plain_site


def test_no_page_keeps_its_markdown_and_html_once_it_is_written(
    site: Path, plain_site: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs would hold the Markdown and the HTML of every page until its build ends, most of
    its memory on a large site: each page lets them go once written, with or without the
    speed-ups, and keeps its title."""
    from mkdocs.structure.pages import Page as MkDocsPage

    made: list[MkDocsPage] = []
    make = MkDocsPage.__init__

    def recording(page: MkDocsPage, *args: Any, **kwargs: Any) -> None:
        make(page, *args, **kwargs)
        made.append(page)

    monkeypatch.setattr(MkDocsPage, "__init__", recording)
    for fast in (False, True):
        made.clear()
        files, _ = html(site, tmp_path / f"fast-{fast}", tmp_path / f"cache-{fast}", fast=fast)
        assert files == plain_site
        assert sorted(p.file.src_uri for p in made) == sorted(markdown_pages(site / "docs"))
        assert [p.file.src_uri for p in made if p.markdown or p.content] == []
        assert all(p.title for p in made)


def test_warm_build_reuses_every_page_and_search_entry(small_site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    html(small_site, tmp_path / "cold", cache)
    _, warm = html(small_site, tmp_path / "warm", cache)
    pages = markdown_pages(small_site / "docs")
    assert sorted(warm.reused) == sorted(pages) and warm.converted == []
    assert warm.search_reused == len(pages) and warm.search_indexed == 0


def test_adding_an_article_converts_only_the_pages_that_changed(tmp_path: Path) -> None:
    site = build_docs(tmp_path / "site", events(8))
    before = markdown_pages(site / "docs")
    cache = tmp_path / "cache"
    html(site, tmp_path / "first", cache)
    build_docs(site, events(9))  # same site folder: earlier stories keep their ids
    after = markdown_pages(site / "docs")
    changed = {path for path, text in after.items() if before.get(path) != text}
    assert changed and len(changed) < len(after) // 2
    reference, _ = html(site, tmp_path / "reference", None, fast=False)
    files, stats = html(site, tmp_path / "warm", cache)
    assert files == reference
    assert set(stats.converted) == changed
    assert sorted(stats.reused + stats.converted) == sorted(after)


def test_corrupt_entries_are_misses(small_site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    reference, _ = html(small_site, tmp_path / "reference", cache)
    entries = stored_entries(cache)
    assert entries
    intact = {entry: entry.read_bytes() for entry in entries}
    for n, entry in enumerate(entries):
        # Garbage, cut short, other JSON, another entry's contents: each must read as a miss.
        whole, other = intact[entry], intact[entries[n - 1]]
        damaged = [b"\x00garbage", whole[: len(whole) // 2], b"[1, 2]", other]
        entry.write_bytes(damaged[n % len(damaged)])
    files, stats = html(small_site, tmp_path / "again", cache)
    assert files == reference
    assert stats.hits == 0 and stats.search_reused == 0
    _, healed = html(small_site, tmp_path / "healed", cache)
    assert healed.converted == []


def test_a_build_keeps_the_entries_another_site_of_the_same_cache_uses(
    small_site: Path, site: Path, tmp_path: Path
) -> None:
    """One pruning rule for every store of the build cache: an entry goes when no build has
    used it for a month, not because the last build did not need it (two sites built with one
    cache, a page that comes back)."""
    cache = tmp_path / "cache"
    html(small_site, tmp_path / "first", cache)
    html(site, tmp_path / "other", cache)
    _, again = html(small_site, tmp_path / "again", cache)
    assert again.converted == [] and again.search_indexed == 0


def test_pages_the_previous_site_holds_are_kept_and_not_written(
    small_site: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first, _ = html(small_site, tmp_path / "first", cache)
    shutil.copytree(tmp_path / "first", tmp_path / "again-first")
    files, stats = html(small_site, tmp_path / "again", cache, previous=tmp_path / "first")
    pages = {html_of(path) for path in markdown_pages(small_site / "docs")}
    assert sorted(stats.kept) == sorted(pages) and pages <= set(first)
    assert not pages & set(files)  # not written: the previous site has them
    assert {path: first[path] for path in files} == files  # the rest written as before
    # A page whose published file is not what was built (edited, or left half-written by an
    # interrupted update) is rendered again.
    damaged = sorted(pages)[0]
    (tmp_path / "first" / damaged).write_text("edited", encoding="utf-8")
    files, stats = html(small_site, tmp_path / "third", cache, previous=tmp_path / "first")
    assert damaged not in stats.kept and files[damaged] == first[damaged]
    # The site folder moved elsewhere (with its theme overrides): its pages are still kept.
    moved = tmp_path / "elsewhere" / "site"
    shutil.copytree(small_site, moved)
    _, stats = html(moved, tmp_path / "moved", cache, previous=tmp_path / "again-first")
    assert sorted(stats.kept) == sorted(pages)
    # Without a previous site nothing is kept, with one built without speed-ups everything is.
    assert html(small_site, tmp_path / "fourth", cache)[1].kept == []
    html(small_site, tmp_path / "plain", None, fast=False)
    _, stats = html(small_site, tmp_path / "fifth", cache, previous=tmp_path / "plain")
    assert sorted(stats.kept) == sorted(pages)


def published(previous: Path, files: dict[str, bytes], stats: SiteStats) -> dict[str, bytes]:
    """The site a build makes of the previous one: the pages it kept, the files it wrote."""
    return {path: (previous / path).read_bytes() for path in stats.kept} | files


def test_pages_the_ledger_holds_skip_the_page_loop_and_give_the_same_site(
    small_site: Path, tmp_path: Path
) -> None:
    """A page built before from the same source, whose links find the same files and whose
    template would be given the same context, is kept from the ledger of the previous build:
    MkDocs' page loop neither converts nor renders it, and the site is the plain build's."""
    cache, first = tmp_path / "cache", tmp_path / "first"
    pages = markdown_pages(small_site / "docs")
    plain, _ = html(small_site, tmp_path / "plain", None, fast=False)
    files, stats = html(small_site, first, cache)
    assert files == plain and stats.restored == []  # nothing to keep from: all noted
    files, stats = html(small_site, tmp_path / "again", cache, previous=first)
    assert sorted(stats.restored) == sorted(pages)
    assert stats.reused == stats.converted == [] and stats.search_reused == 0
    assert sorted(stats.kept) == sorted(html_of(page) for page in pages)
    assert published(first, files, stats) == plain
    # A story changed: only it is converted; the others are kept.
    story = next(page for page in sorted(pages) if page.startswith("stories/"))
    text = pages[story].decode("utf-8")
    changes: dict[str, str | None] = {story: text.replace("\n## ", "\nAdded line.\n\n## ", 1)}
    assert changes[story] != text
    plain, _ = html(small_site, tmp_path / "plain-changed", None, fast=False, changes=changes)
    files, stats = html(small_site, tmp_path / "changed", cache, previous=first, changes=changes)
    assert story not in stats.restored and stats.converted == [story]
    assert len(stats.restored) == len(pages) - 1
    assert published(first, files, stats) == plain


def test_a_page_whose_context_changed_is_rendered_though_its_source_did_not(
    small_site: Path, tmp_path: Path
) -> None:
    """The tags page without its listing: every story keeps its source, but its links to its
    tags (which the tags plugin adds to its context) go, so no tagged story is kept from the
    ledger; the site is the plain build's of the changed pages."""
    cache, first = tmp_path / "cache", tmp_path / "first"
    html(small_site, first, cache)
    tags = (small_site / "docs" / "tags.md").read_text(encoding="utf-8")
    changes: dict[str, str | None] = {"tags.md": tags.replace("<!-- material/tags -->", "")}
    assert changes["tags.md"] != tags
    plain, _ = html(small_site, tmp_path / "plain", None, fast=False, changes=changes)
    files, stats = html(small_site, tmp_path / "again", cache, previous=first, changes=changes)
    tagged = [
        page
        for page, text in markdown_pages(small_site / "docs").items()
        if text.startswith(b"---") and b"\ntags:" in text.split(b"\n---", 1)[0]
    ]
    assert tagged and not set(tagged) & set(stats.restored)
    assert stats.restored  # the pages without tags are kept
    assert published(first, files, stats) == plain


def test_changes_made_in_the_build_give_the_site_of_a_folder_that_holds_them(
    small_site: Path, site: Path, plain_site: dict[str, bytes], tmp_path: Path
) -> None:
    """The pages of `site` given as changes to those of a smaller site (and one page of it
    removed): the HTML is that of `site`, with the speed-ups (which make the changes in
    memory, in the order in which MkDocs reads a folder) and without (from a changed copy);
    the folder itself is not touched."""
    folder = tmp_path / "site"
    shutil.copytree(small_site, folder)
    write(folder, "docs/stories/gone.md", "# A story no longer published\n")
    before = markdown_pages(folder / "docs")
    wanted = [
        Page(path.relative_to(site / "docs").as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted((site / "docs").rglob("*"))
        if path.is_file()
    ]
    changes = page_changes(wanted, folder / "docs")
    assert changes["stories/gone.md"] is None and len(changes) < len(wanted)
    fast, stats = html(folder, tmp_path / "fast", tmp_path / "cache", changes=changes)
    assert fast == plain_site and stats.plain == ""
    plain, stats = html(folder, tmp_path / "plain", None, fast=False, changes=changes)
    assert plain == plain_site and stats.plain == "turned off"
    assert markdown_pages(folder / "docs") == before


def test_walk_order_is_the_order_in_which_mkdocs_reads_a_folder(tmp_path: Path) -> None:
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    names = [
        "index.md", "about.md", "Zebra.md", "_notes.md", "a-b.md", "a.md", "b/README.md",
        "archive/index.md", "archive/2025-03.md", "archive/2025-03-page-2.md",
        "archive/2025-10.md", "stories/index.md", "stories/z.md", "stories/a/deep.md",
        "sources/README.md", "sources/x.md", "digest.json", "feed.xml", "a/index.md",
    ]  # fmt: skip
    for name in names:
        write(tmp_path / "docs", name, "# Page\n")
    write(tmp_path, "mkdocs.yml", "site_name: Order\n")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    read = [file.src_uri for file in get_files(config)]
    assert sorted(read) == sorted(names)
    assert sorted(names, key=speedups.walk_order) == read


def test_the_helper_process_starts_only_when_pages_must_be_converted(
    small_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build whose pages come from the cache (a rebuild after one more day) starts no
    second process: it would only repeat the build's lookups on a shared machine."""
    monkeypatch.setattr(speedups, "HELPER_MIN_PAGES", 0)
    monkeypatch.setattr(speedups, "HELPER_SAMPLE_PAGES", 3)
    started: list[Path] = []
    real = speedups._Helper.__init__

    def starting(self: speedups._Helper, *paths: Path) -> None:
        started.append(paths[1])
        real(self, *paths)

    monkeypatch.setattr(speedups._Helper, "__init__", starting)
    cache = tmp_path / "cache"
    html(small_site, tmp_path / "cold", cache)
    assert len(started) == 1
    html(small_site, tmp_path / "warm", cache)
    assert len(started) == 1


def test_a_setting_the_templates_read_is_in_the_key_of_every_page(tmp_path: Path) -> None:
    """The footer shows `copyright`, here from a file the project file inherits (its bytes do
    not change): changed, no page is kept and each shows the new one."""
    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", "INHERIT: base.yml\n" + MINIMAL_CONFIG)
    write(site, "base.yml", "copyright: Made by the first team\n")
    write(site, "docs/index.md", "# Home\n\n[A](a.md)\n")
    write(site, "docs/a.md", "# A\n")
    cache = tmp_path / "cache"
    html(site, tmp_path / "first", cache)
    write(site, "base.yml", "copyright: Made by the second team\n")
    files, stats = html(site, tmp_path / "again", cache, previous=tmp_path / "first")
    assert stats.kept == []
    assert b"Made by the second team" in files["a/index.html"]


def test_a_theme_that_reads_the_date_of_the_build_keeps_no_page(tmp_path: Path) -> None:
    """A page's key leaves out the build's date, which no template of Material reads: a theme
    override that reads it has every page rendered, and says why."""
    site = tmp_path / "site"
    config = MINIMAL_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: theme\n")
    write(site, "mkdocs.build.yml", config)
    footer = '{% extends "base.html" %}\n{% block footer %}{{ build_date_utc }}{% endblock %}\n'
    write(site, "theme/main.html", footer)
    write(site, "docs/index.md", "# Home\n")
    cache = tmp_path / "cache"
    html(site, tmp_path / "first", cache)
    _, stats = html(site, tmp_path / "again", cache, previous=tmp_path / "first")
    assert stats.kept == [] and "build_date_utc" in stats.rewritten


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def capture_stats(monkeypatch: pytest.MonkeyPatch) -> list[SiteStats]:
    """The statistics of the builds to come, also of those that fail."""
    captured: list[SiteStats] = []

    def making(**kwargs: Any) -> SiteStats:
        stats = SiteStats(**kwargs)
        captured.append(stats)
        return stats

    monkeypatch.setattr(mkdocs_site, "SiteStats", making)
    return captured


def test_removing_a_linked_page_fails_the_strict_build_as_without_the_speed_ups(
    small_site: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
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
        html(site, tmp_path / "plain", None, fast=False)
    expected = warnings_of(caplog)
    assert any(linked.name in message for message in expected)
    caplog.clear()
    stats = capture_stats(monkeypatch)
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "cached", cache)
    assert warnings_of(caplog) == expected
    assert story.relative_to(site / "docs").as_posix() in stats[0].converted
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
        html(site, tmp_path / "plain", None, fast=False)
    expected = warnings_of(caplog)
    assert any("#target" in message for message in expected)
    caplog.clear()
    stats = capture_stats(monkeypatch)
    with pytest.raises(RenderError, match="strict mode"):
        html(site, tmp_path / "cached", cache)
    assert warnings_of(caplog) == expected
    assert stats[0].reused == ["index.md", "a.md"] and stats[0].converted == ["b.md"]


# An MkDocs hook (a public plugin event) that records what a page holds once converted.
SPY_HOOK = """\
import json
from pathlib import Path


def on_page_content(html, page, config, files):
    state = [
        page.file.src_uri,
        page.content,
        page.title,
        str(page.toc),
        [vars(a).get("active") for a in page.toc],
        sorted(page.present_anchor_ids or ()),
        {f.src_uri: a for f, a in (page.links_to_anchors or {}).items()},
    ]
    with Path(__file__).with_name("seen.jsonl").open("a", encoding="utf-8") as seen:
        seen.write(json.dumps(state) + "\\n")
    return html
"""


def test_a_reused_page_keeps_its_title_toc_and_anchors(tmp_path: Path) -> None:
    """What MkDocs' conversion sets on a page, compared between a plain, a cold and a warm
    build, as the plugins that run after the conversion see it."""
    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", MINIMAL_CONFIG + "hooks:\n  - spy.py\n")
    write(site, "spy.py", SPY_HOOK)
    write(site, "docs/index.md", "# Home *page*\n\n[A](a.md#two)\n\n## One\n\n### Deep {#deep}\n")
    write(site, "docs/a.md", "Intro <a name='raw'></a>\n\n## Two\n\n[self](#two)\n")
    html(site, tmp_path / "plain", None, fast=False)
    cache = tmp_path / "cache"
    html(site, tmp_path / "cold", cache)
    _, warm = html(site, tmp_path / "warm", cache)
    assert sorted(warm.reused) == ["a.md", "index.md"]
    seen: dict[str, list[list[Any]]] = {}
    for line in (site / "seen.jsonl").read_text(encoding="utf-8").splitlines():
        state = json.loads(line)
        seen.setdefault(state[0], []).append(state[1:])
    assert sorted(seen) == ["a.md", "index.md"]
    for states in seen.values():
        assert len(states) == 3 and states[0] == states[1] == states[2]
        assert states[0][4] or states[0][5]  # anchors, or links to them, were recorded


def test_an_extension_that_reads_other_files_turns_the_cache_off(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(site, "mkdocs.build.yml", MINIMAL_CONFIG + "  - pymdownx.snippets\n")
    write(site, "docs/index.md", "# Home\n")
    _, stats = html(site, tmp_path / "out", tmp_path / "cache")
    assert "pymdownx.snippets" in stats.disabled and stats.hits == 0
    assert not list((tmp_path / "cache").glob(f"{speedups.CONVERSIONS}-*/*/*"))


def test_a_second_cli_build_converts_no_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stats = capture_stats(monkeypatch)
    site = tmp_path / "site"
    analyses = tmp_path / "analyses"
    for _ in range(2):
        assert (
            main(["build", str(SEEDS), "--site-dir", str(site), "--cache-dir", str(analyses)]) == 0
        )
    assert stored_entries(analyses)  # the site's stores sit beside the analyses' ones
    assert stats[0].hits == 0 and stats[0].converted
    # Every page comes from the ledger (the site is unchanged) or else the conversions' store.
    assert stats[1].converted == []
    assert stats[1].hits + len(stats[1].restored) == len(stats[0].converted)
    assert stats[1].restored


def test_pages_converted_by_the_helper_process_give_the_same_bytes(
    small_site: Path, tmp_path: Path
) -> None:
    """The helper converts pages from the last to the first into the cache while MkDocs builds;
    run to the end before the build, every page the build takes from it must be exact."""
    reference, _ = html(small_site, tmp_path / "reference", None, fast=False)
    cache = tmp_path / "cache"
    out = tmp_path / "helped"
    job = (small_site / "mkdocs.build.yml", small_site / "docs", out, cache)
    assert speedups.convert_ahead(*job) == len(markdown_pages(small_site / "docs"))
    helped, stats = html(small_site, out, cache)
    assert helped == reference
    # Every conversion, and every search entry but the tags index's: the tags plugin writes
    # that page's list when the build has read every page, after the helper indexed it.
    assert stats.converted == [] and stats.search_indexed == 1


def test_a_failing_helper_process_is_reported_with_what_failed(
    small_site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "no-such-config.yml"
    helper = speedups._Helper(missing, small_site / "docs", tmp_path / "out", tmp_path / "cache")
    assert helper.process.wait(timeout=120) == 1
    caplog.clear()
    helper.stop()
    [warning] = warnings_of(caplog)
    assert "failed" in warning and "reading the configuration" in warning
    assert missing.name in warning


def test_a_helper_process_stopped_by_the_build_is_not_reported(
    small_site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    job = (small_site / "mkdocs.build.yml", small_site / "docs", tmp_path / "out", tmp_path)
    helper = speedups._Helper(*job)
    caplog.clear()
    helper.stop()
    assert warnings_of(caplog) == []


@pytest.mark.parametrize(
    "installed",
    [("mkdocs", "1.7.0"), ("mkdocs", "2.0.0"), ("mkdocs-material", "10.0.1"), ("jinja2", "3.2")],
)
def test_another_framework_version_builds_the_plain_way_with_one_line(
    site: Path,
    plain_site: dict[str, bytes],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    installed: tuple[str, str],
) -> None:
    distribution, release = installed
    real_version = speedups._version
    caplog.clear()
    cache = tmp_path / "cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            speedups,
            "_version",
            lambda name: release if name == distribution else real_version(name),
        )
        files, stats = html(site, tmp_path / "out", cache)
    assert files == plain_site
    assert f"{distribution} {release}" in stats.plain
    assert stats.hits == 0 and stored_entries(cache) == []
    [line] = [r.getMessage() for r in caplog.records if r.name.startswith("generator")]
    assert f"{distribution} {release}" in line and "public API" in line


def test_the_installed_framework_is_supported() -> None:
    """The locked versions are the ones the speed-ups were read from: `make test` runs them."""
    assert speedups.unsupported() == ""


def test_the_navigation_is_rendered_once_per_set_of_links(
    site: Path, plain_site: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys: list[Any] = []
    key_of = speedups.navigation_key

    def counting(context: Any) -> tuple[str, ...] | None:
        key = key_of(context)
        keys.append(key)
        return key

    monkeypatch.setattr(speedups, "navigation_key", counting)
    assert html(site, tmp_path / "shared", None)[0] == plain_site
    in_navigation = [k for k in keys if k is None]
    # The home page and the other pages listed in the navigation are rendered as they are;
    # every other page shares the HTML of a page with the same links.
    assert 3 <= len(in_navigation) < len(keys)
    assert len(set(keys)) < len(keys) // 4


def test_a_page_listed_in_the_navigation_is_marked_as_the_current_page(
    site: Path, tmp_path: Path
) -> None:
    files, _ = html(site, tmp_path / "out", None)
    about = files["about/index.html"].decode("utf-8")
    people = files["people/index.html"].decode("utf-8")
    assert 'href="./" class="md-nav__link md-nav__link--active"' in about
    assert 'href="./" class="md-nav__link md-nav__link--active"' in people
    sources = [p for p in files if p.startswith("sources/") and p.endswith("/index.html")]
    assert sources
    for path in sources:  # not in the navigation: no item marked
        assert "md-nav__link--active" not in files[path].decode("utf-8")


def test_the_framework_internals_are_used_in_one_module_only() -> None:
    """MkDocs', Material's and Jinja's private names, and replacing a method of their classes,
    appear in generator/backend/speedups.py and nowhere else in the project."""
    private = re.compile(
        "|".join(re.escape(name) for name in speedups.PRIVATE_API) + r"|\.(render|get_\w+)\s*=[^=]"
    )
    allowed = Path(speedups.__file__).resolve()
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("generator", "tests", "tools")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.resolve() != allowed and "fixtures" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert found == []
    assert private.search(allowed.read_text(encoding="utf-8"))


def test_only_the_backend_imports_the_framework() -> None:
    imports = re.compile(r"^\s*(from|import)\s+(mkdocs|material)\b", re.MULTILINE)
    backend = ROOT / "generator" / "backend"
    outside = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "generator").rglob("*.py"))
        if backend not in path.parents and imports.search(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_a_long_text_goes_into_a_key_as_its_hash_and_every_change_of_it_changes_the_key() -> None:
    """A page's Markdown and HTML are in the keys of its conversion, search entries and HTML:
    hashed once rather than written out as JSON, and told apart from any other value."""
    describer = speedups._Describer()
    text = "<p>" + "a report of the day, " * 500 + "</p>"
    described = describer.value({"content": text, "title": "Short"})
    assert len(json.dumps(described)) < len(text) // 20  # the text is not in the key
    assert "Short" in json.dumps(described)  # a short one is, as it is
    edited = describer.value({"content": text.replace("day", "dax", 1), "title": "Short"})
    assert speedups._hash(edited) != speedups._hash(described)
    # A list that reads like a hashed text is described as a list: another key.
    lookalike = describer.value({"content": speedups._text(text), "title": "Short"})
    assert speedups._hash(lookalike) != speedups._hash(described)
