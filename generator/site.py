"""The site: pages written and built with MkDocs in a temporary folder, then swapped in."""

from __future__ import annotations

import html
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import yaml

from generator.config import Config
from generator.errors import RenderError
from generator.files import write_atomically
from generator.htmlcache import CacheStats, cached_conversions, converting_beside
from generator.models import Story
from generator.render import Page
from generator.themecache import BYTECODE, faster_templates

log = logging.getLogger(__name__)

BASE_SITE = Path(__file__).resolve().parent.parent / "site"
BASE_FILES = ("mkdocs.yml", "overrides")
BUILD_CONFIG = "mkdocs.build.yml"
DOCS, PUBLIC = "docs", "public"
# Markdown conversions kept between builds (generator/htmlcache.py), in the build's cache.
HTML_CACHE = "html"
# Material's search index, and the same index as a script: a page opened from disk (file://)
# may not request a JSON file, so there Material loads the script, which sets `__index`.
SEARCH_INDEX = ("search", "search_index.json")
SEARCH_INDEX_SCRIPT = ("search", "search_index.js")


def prepare(site_dir: Path) -> None:
    """Give a new site folder the base configuration and theme overrides (kept if present)."""
    site_dir.mkdir(parents=True, exist_ok=True)
    if site_dir.resolve() == BASE_SITE.resolve():
        return
    for name in BASE_FILES:
        target = site_dir / name
        if target.exists():
            continue
        source = BASE_SITE / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)


def navigation(stories: Sequence[Story], config: Config) -> list[Any]:
    """Home, the most recent stories, tags and about: never one entry per article (the page
    weight and build time of MkDocs grow with the square of a long navigation)."""
    # Navigation titles reach the HTML unescaped, like front matter: escape them here.
    recent = [
        {html.escape(s.headline, quote=True): f"stories/{s.id}.md"}
        for s in stories
        if not s.is_single_source
    ]
    nav: list[Any] = [{"Home": "index.md"}]
    if recent and config.recent_stories_in_nav:
        nav.append({"Latest stories": recent[: config.recent_stories_in_nav]})
    nav += [
        {"People": "people.md"},
        {"Places": "places.md"},
        {"Tags": "tags.md"},
        {"Archive": "archive/index.md"},
        {"About": "about.md"},
    ]
    return nav


def write_build_config(site_dir: Path, stories: Sequence[Story], config: Config) -> Path:
    base_file = site_dir / "mkdocs.yml"
    try:
        base = yaml.safe_load(base_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise RenderError(
            f"{base_file}: cannot read the base MkDocs configuration ({error})"
        ) from error
    if not isinstance(base, dict):
        raise RenderError(f"{base_file}: the MkDocs configuration must be a mapping")
    base["site_name"] = config.site_name
    if config.site_url:
        base["site_url"] = config.site_url
    base["docs_dir"], base["site_dir"] = DOCS, PUBLIC
    base["nav"] = navigation(stories, config)
    target = site_dir / BUILD_CONFIG
    header = "# Written by `digest build` from mkdocs.yml: edit mkdocs.yml, not this file.\n"
    write_atomically(target, header + yaml.safe_dump(base, sort_keys=False, allow_unicode=True))
    return target


def write_pages(pages: Sequence[Page], folder: Path) -> None:
    for page in pages:
        target = folder.joinpath(*page.path.split("/"))
        if folder.resolve() not in target.resolve().parents:
            raise RenderError(f"page path {page.path!r} leaves the docs folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8", newline="\n")


def build_html(
    config_file: Path, docs: Path, public: Path, cache_dir: Path | None = None
) -> CacheStats:
    """`mkdocs build --strict` on the given folders; any warning fails the build. With
    `cache_dir`, pages unchanged since an earlier build reuse its Markdown conversions."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice about MkDocs 2.0
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        mkdocs_config = load_config(
            config_file=str(config_file), docs_dir=str(docs), site_dir=str(public), strict=True
        )
        with ExitStack() as helping:
            if cache_dir is not None:
                # MkDocs builds in one process: another converts pages from the other end.
                helping.enter_context(converting_beside(config_file, docs, public, cache_dir))
            helping.enter_context(
                faster_templates(cache_dir / BYTECODE if cache_dir is not None else None)
            )
            with cached_conversions(cache_dir) as stats:
                build(mkdocs_config)
    except MkDocsException as error:
        raise RenderError(f"mkdocs build failed: {error}") from error
    except SystemExit as error:  # MkDocs' Abort on warnings in strict mode
        raise RenderError(f"mkdocs build failed ({error})") from error
    write_search_index_script(public)
    if cache_dir is not None:
        log.info(
            "HTML cache: %d page(s) reused, %d converted",
            len(stats.reused),
            len(stats.converted),
        )
    return stats


def write_search_index_script(public: Path) -> None:
    """The search index as a script, for the site opened from disk, where
    site/overrides/assets/javascripts/from-disk.js runs Material's search worker. Material's
    offline plugin writes the same file, but it also turns directory URLs off, which would move
    every published permalink, and loads a script from a CDN. The index is copied as it is:
    JSON is a JavaScript expression, and the search plugin writes it in ASCII. Nothing is
    written when the search plugin is off."""
    index = public.joinpath(*SEARCH_INDEX)
    if not index.is_file():
        return
    with index.open("rb") as source, public.joinpath(*SEARCH_INDEX_SCRIPT).open("wb") as script:
        script.write(b"var __index = ")
        shutil.copyfileobj(source, script)
        script.write(b";\n")


def _old(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def _swap_all(pairs: Sequence[tuple[Path, Path]]) -> None:
    """Put each `new` where its `target` is, by renames only. If any step fails, the targets
    already swapped are put back; the old folders are removed only when all are in place."""
    moved: list[Path] = []
    try:
        for new, target in pairs:
            if _old(target).exists():
                shutil.rmtree(_old(target))
            if target.exists():
                target.rename(_old(target))
            moved.append(target)
            new.rename(target)
    except BaseException:
        for target in reversed(moved):
            if _old(target).exists():
                if target.exists():
                    shutil.rmtree(target)
                _old(target).rename(target)
        raise
    for target in moved:
        shutil.rmtree(_old(target), ignore_errors=True)


def _recover(site_dir: Path) -> None:
    """After a build killed in the middle of its swap, put the previous folders back."""
    for name in (PUBLIC, DOCS):
        target, old = site_dir / name, _old(site_dir / name)
        if old.exists() and not target.exists():
            old.rename(target)
        elif old.exists():
            shutil.rmtree(old, ignore_errors=True)


def publish(
    pages: Sequence[Page],
    stories: Sequence[Story],
    site_dir: Path,
    config: Config,
    html: bool,
    *,
    html_cache: Path | None = None,
) -> None:
    """Write the pages (and the HTML site) into temporary folders; swap them in when all is built.
    A failed or interrupted build leaves the previous site whole. With `html_cache` (a folder),
    unchanged pages reuse the Markdown conversions of earlier builds."""
    prepare(site_dir)
    _recover(site_dir)
    for stale in site_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=site_dir)).resolve()
    try:
        docs, public = work / DOCS, work / PUBLIC
        write_pages(pages, docs)
        config_file = write_build_config(site_dir, stories, config)
        if html:
            build_html(config_file, docs, public, html_cache)
        # The HTML readers see goes first; then the pages it was built from.
        _swap_all(
            [(public, site_dir / PUBLIC), (docs, site_dir / DOCS)]
            if html
            else [(docs, site_dir / DOCS)]
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
