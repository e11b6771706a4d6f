"""The site: pages written and built into HTML in a temporary folder, then swapped in."""

from __future__ import annotations

import filecmp
import logging
import shutil
import tempfile
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from generator.backend import DOCS, PUBLIC, SiteBackend
from generator.config import Config
from generator.errors import RenderError, UpdateInterrupted
from generator.files import write_atomically
from generator.models import NavEntry
from generator.render import Page

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


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


def _target(folder: Path, path: str) -> Path:
    target = folder.joinpath(*path.split("/"))
    if folder.resolve() not in target.resolve().parents:
        raise RenderError(f"page path {path!r} leaves the docs folder")
    return target


def write_pages(pages: Sequence[Page], folder: Path) -> None:
    for page in pages:
        target = _target(folder, page.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8", newline="\n")


def page_changes(pages: Sequence[Page], folder: Path) -> dict[str, str | None]:
    """What turns the pages in `folder` into `pages`: each new or changed page with its text,
    each page `folder` holds that `pages` lacks with None."""
    changes: dict[str, str | None] = {}
    for page in pages:
        try:
            same = _target(folder, page.path).read_bytes() == page.content.encode("utf-8")
        except OSError:
            same = False
        if not same:
            changes[page.path] = page.content
    wanted = {page.path for page in pages}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and (relative := path.relative_to(folder).as_posix()) not in wanted:
            changes[relative] = None
    return changes


def make_changes(folder: Path, changes: Mapping[str, str | None]) -> None:
    """Make `changes` (page_changes) in `folder`, each file written whole; folders left empty
    are removed."""
    for path, text in sorted(changes.items()):
        target = _target(folder, path)
        if text is None:
            target.unlink(missing_ok=True)
            for parent in target.relative_to(folder).parents[:-1]:
                if any((folder / parent).iterdir()):
                    break
                (folder / parent).rmdir()
        else:
            write_atomically(target, text)


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


def _interruptible(update: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `update`, which puts files in place one by one: stopped half-way, it says so."""
    try:
        return update(*args, **kwargs)
    except KeyboardInterrupt as stop:
        raise UpdateInterrupted from stop


# Beyond this share of the pages changed, the pages are written afresh into a new folder (and a
# process converts them ahead of the build) rather than overlaid on the previous ones.
CHANGES_MAX_SHARE = 0.5


def publish(
    pages: list[Page],
    site_dir: Path,
    config: Config,
    html: bool,
    *,
    html_cache: Path | None = None,
    dated: datetime | None = None,
) -> None:
    """Build the HTML site of the pages and put both in place when all is built: a failed
    build leaves the previous site whole. With `html_cache` (a folder) and a previous site, a
    build changes only what changed: unchanged pages reuse the work of earlier builds, the
    pages that changed are made into the previous ones during the build (not on disk), and
    once the build is done the HTML site and the pages are updated in place, each file
    written whole, the others not touched. Otherwise (no cache, the first build, most pages
    changed, no page kept) the pages and the HTML site are written into temporary folders and
    swapped in whole. The pages are handed over: `pages` is emptied once they are written (or
    their changes noted), so that MkDocs, which reads them from there, does not build beside
    a second copy of every page (of a large site, hundreds of MB). `dated` is the date the
    site gives as its own (see SiteBackend.build)."""
    from generator.backend.mkdocs_site import MkDocsBackend

    # MkDocs reads a relative docs folder from the project file's folder, not ours.
    site_dir = site_dir.resolve()
    backend: SiteBackend = MkDocsBackend(site_dir, config)
    site_dir.mkdir(parents=True, exist_ok=True)
    _recover(site_dir)
    for stale in site_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=site_dir)).resolve()
    try:
        docs, public = work / DOCS, work / PUBLIC
        published, pages_dir = site_dir / PUBLIC, site_dir / DOCS
        backend.configure(navigation(pages))
        changes = (
            page_changes(pages, pages_dir)
            if html and html_cache is not None and published.is_dir() and pages_dir.is_dir()
            else None
        )
        if changes is not None and len(changes) > CHANGES_MAX_SHARE * len(pages):
            changes = None
        swaps = []
        if changes is None:
            write_pages(pages, docs)
            swaps.append((docs, pages_dir))
        pages.clear()
        if html:
            previous = published if html_cache is not None and published.is_dir() else None
            if changes is None:
                stats = backend.build(docs, public, html_cache, previous, dated=dated)
            else:
                stats = backend.build(pages_dir, public, html_cache, previous, changes, dated=dated)
            if stats.kept:
                written, removed = _interruptible(update_in_place, public, published, stats.kept)
                log.info(
                    "site updated in place: %d file(s) written, %d page(s) kept, %d removed",
                    written,
                    len(stats.kept),
                    removed,
                )
            else:
                swaps.insert(0, (public, published))  # what readers see goes first
        _swap_all(swaps)
        if changes is not None:
            _interruptible(make_changes, pages_dir, changes)  # the pages built from, last
    finally:
        shutil.rmtree(work, ignore_errors=True)
