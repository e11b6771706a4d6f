"""The site: pages written and built into HTML in a temporary folder, then swapped in."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.backend import DOCS, PUBLIC, SiteBackend
from generator.config import Config
from generator.errors import RenderError
from generator.models import NavEntry, Story
from generator.render import Page

log = logging.getLogger(__name__)


def navigation(stories: Sequence[Story], config: Config) -> tuple[NavEntry, ...]:
    """Home, the most recent stories, tags and about: never one entry per article (the page
    weight and build time of MkDocs grow with the square of a long navigation)."""
    recent = tuple(
        NavEntry(s.headline, f"stories/{s.id}.md") for s in stories if not s.is_single_source
    )
    nav = [NavEntry("Home", "index.md")]
    if recent and config.recent_stories_in_nav:
        nav.append(NavEntry("Latest stories", children=recent[: config.recent_stories_in_nav]))
    nav += [
        NavEntry("People", "people.md"),
        NavEntry("Places", "places.md"),
        NavEntry("Tags", "tags.md"),
        NavEntry("Archive", "archive/index.md"),
        NavEntry("About", "about.md"),
    ]
    return tuple(nav)


def write_pages(pages: Sequence[Page], folder: Path) -> None:
    for page in pages:
        target = folder.joinpath(*page.path.split("/"))
        if folder.resolve() not in target.resolve().parents:
            raise RenderError(f"page path {page.path!r} leaves the docs folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8", newline="\n")


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
    unchanged pages reuse the work of earlier builds."""
    from generator.backend.mkdocs_site import MkDocsBackend

    backend: SiteBackend = MkDocsBackend(site_dir, config)
    site_dir.mkdir(parents=True, exist_ok=True)
    _recover(site_dir)
    for stale in site_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=site_dir)).resolve()
    try:
        docs, public = work / DOCS, work / PUBLIC
        write_pages(pages, docs)
        backend.configure(navigation(stories, config))
        if html:
            backend.build(docs, public, html_cache)
        # The HTML readers see goes first; then the pages it was built from.
        _swap_all(
            [(public, site_dir / PUBLIC), (docs, site_dir / DOCS)]
            if html
            else [(docs, site_dir / DOCS)]
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
