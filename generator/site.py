"""The site: pages written and built into HTML in a temporary folder, then swapped in."""

from __future__ import annotations

import filecmp
import logging
import shutil
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path

from generator.backend import DOCS, PUBLIC, SiteBackend
from generator.config import Config
from generator.errors import RenderError
from generator.models import NavEntry
from generator.render import Page

log = logging.getLogger(__name__)


def navigation(pages: Sequence[Page]) -> tuple[NavEntry, ...]:
    """Home, the sections, the people, places and tags, the archive and the about page: the
    same from one day to the next. Stories and sources are reached from these pages, never
    listed in the navigation: a navigation that changes (the latest stories) is in every page,
    so every page of the site would change with it, and MkDocs' build time and page weight grow
    with the square of a long navigation."""
    sections = tuple(
        NavEntry(page.nav_title, page.path)
        for page in sorted(pages, key=lambda p: (p.nav_title or "", p.path))
        if page.nav_title is not None
    )
    nav = [NavEntry("Home", "index.md")]
    if sections:
        nav.append(NavEntry("Sections", children=sections))
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


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def update_in_place(built: Path, target: Path, kept: Collection[str]) -> tuple[int, int]:
    """Make the published site `target` the new one: the files built into `built` and the
    `kept` ones (paths in the site), which `target` holds already as they must be. Each new or
    changed file is renamed over the old one, so that a reader gets the whole old file or the
    whole new one; unchanged files are not touched; files the new site lacks go last, when the
    pages that linked to them have changed. The number of files written and removed."""
    present = set(kept)
    written = 0
    for source in sorted(built.rglob("*")):
        if source.is_dir():
            continue
        relative = source.relative_to(built).as_posix()
        present.add(relative)
        destination = target / relative
        if _same_file(source, destination):
            continue
        for folder in reversed(destination.relative_to(target).parents[:-1]):
            if (target / folder).is_file():
                (target / folder).unlink()  # a file where the new site has a folder
        destination.parent.mkdir(parents=True, exist_ok=True)
        if destination.is_dir():
            shutil.rmtree(destination)  # a folder where the new site has a file
        source.replace(destination)
        written += 1
    removed = 0
    # Deepest first: a folder is looked at once its files are gone.
    for path in sorted(target.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir():
            if not any(path.iterdir()):
                path.rmdir()
        elif path.relative_to(target).as_posix() not in present:
            path.unlink()
            removed += 1
    return written, removed


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
    site_dir: Path,
    config: Config,
    html: bool,
    *,
    html_cache: Path | None = None,
) -> None:
    """Write the pages (and the HTML site) into temporary folders; put them in place when all
    is built. A failed build leaves the previous site whole. With `html_cache` (a folder),
    unchanged pages reuse the work of earlier builds, and the HTML site is updated in place:
    only the files that changed are written (each whole), the others are not touched. Without
    a cache, or when no page could be kept, the new folders are swapped in whole."""
    from generator.backend.mkdocs_site import MkDocsBackend

    backend: SiteBackend = MkDocsBackend(site_dir, config)
    site_dir.mkdir(parents=True, exist_ok=True)
    _recover(site_dir)
    for stale in site_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=site_dir)).resolve()
    try:
        docs, public = work / DOCS, work / PUBLIC
        published = site_dir / PUBLIC
        write_pages(pages, docs)
        backend.configure(navigation(pages))
        swaps = [(docs, site_dir / DOCS)]
        if html:
            previous = published if html_cache is not None and published.is_dir() else None
            stats = backend.build(docs, public, html_cache, previous)
            if stats.kept:
                written, removed = update_in_place(public, published, stats.kept)
                log.info(
                    "site updated in place: %d file(s) written, %d page(s) kept, %d removed",
                    written,
                    len(stats.kept),
                    removed,
                )
            else:
                swaps.insert(0, (public, published))  # what readers see goes first
        _swap_all(swaps)
    finally:
        shutil.rmtree(work, ignore_errors=True)
