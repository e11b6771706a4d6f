"""The site backend: the one place that knows the framework turning Markdown pages into HTML.

The pipeline writes the site's Markdown pages into a folder and describes its navigation as
plain data (`NavEntry`); a backend writes the project file that goes with the pages
(`configure`), builds the HTML site from them (`build`) and serves a live preview (`serve`).
Nothing outside this package imports MkDocs or Material: `mkdocs_site.py` builds through their
public API, and `speedups.py`, the only module that touches their private API, makes that
build faster where the installed versions are the ones its code was read from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from generator.models import NavEntry

# The loggers of the framework: the CLI sets their level, the build collects their warnings.
FRAMEWORK_LOGGERS = ("mkdocs",)
# A site folder holds the Markdown pages in DOCS and the HTML site in PUBLIC: the project file
# names them, so that the framework's own commands build and serve the folder as it is.
DOCS, PUBLIC = "docs", "public"


@dataclass
class SiteStats:
    """What one HTML build did. Not frozen: the speed-ups fill it while the build runs."""

    # Pages whose Markdown conversion came from the cache, and pages converted afresh.
    reused: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    # Pages whose search entries came from the cache, and pages indexed afresh.
    search_reused: int = 0
    search_indexed: int = 0
    # Why the build went through the public API only ("" when the speed-ups ran).
    plain: str = ""
    # Why the speed-ups ran without the cache of conversions ("" when it was used).
    disabled: str = ""
    # Pages (their paths in the HTML site) that the previous site holds already, as they are:
    # not written by this build.
    kept: list[str] = field(default_factory=list)
    # Why no page could be kept ("" when pages were kept or no previous site was given).
    rewritten: str = ""
    # Pages (their paths in the docs folder) kept from the ledger of the previous builds:
    # MkDocs' page loop neither read, converted, indexed nor rendered them.
    restored: list[str] = field(default_factory=list)

    @property
    def hits(self) -> int:
        return len(self.reused)


class SiteBackend(Protocol):
    """What the pipeline needs from the framework that makes the HTML site."""

    def configure(self, nav: Sequence[NavEntry]) -> None:
        """Write into the site folder what a build of its pages needs besides the pages: the
        project file with the site's name, address and navigation, and the theme's files
        (these are kept when present, so that a site can change them)."""

    def build(
        self,
        docs: Path,
        out: Path,
        cache: Path | None,
        previous: Path | None = None,
        changes: Mapping[str, str | None] | None = None,
        *,
        dated: datetime | None = None,
    ) -> SiteStats:
        """The HTML site of the Markdown pages in `docs`, written into `out`, with the project
        last configured; `changes` replaces pages of `docs` (path: new text) or removes them
        (path: None) for this build, without touching `docs`. `dated` is the date the site
        gives as its own (the sitemap's): the same input, the same bytes, on any day. With
        `cache` (a folder kept between builds), work done for unchanged pages by an earlier
        build is reused; with `previous` (the site built last) too, a page whose HTML is there
        already, byte for byte, is not written into `out` but listed in the stats' `kept`.
        Raises RenderError when the build fails or (the build is strict) warns."""

    def serve(self, address: str | None) -> None:
        """A live preview of the configured site, rebuilt whenever its pages change."""
