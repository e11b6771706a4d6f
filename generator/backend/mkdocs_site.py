"""The site built by MkDocs with the Material theme, through their public API.

`MkDocsBackend.build` is MkDocs' own build (`mkdocs build --strict`) with one plugin of ours,
registered through MkDocs' plugin events: it keeps the theme's compiled templates between builds
(`on_env`) and writes the search index as a script (`on_post_build`). The speed-ups that need
private API (generator/backend/speedups.py) join the build only where the installed versions
are the ones they were read from; elsewhere one line says so and the build goes this plain way,
which gives the same pages."""

from __future__ import annotations

import html
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from mkdocs.config.base import Config as PluginConfig
from mkdocs.plugins import BasePlugin, event_priority

from generator.backend import DOCS, PUBLIC, SiteStats
from generator.config import Config
from generator.errors import RenderError
from generator.files import write_atomically
from generator.models import NavEntry

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page as MkDocsPage

log = logging.getLogger(__name__)

# The base configuration and theme overrides a new site folder starts from.
BASE_SITE = Path(__file__).resolve().parent.parent.parent / "site"
BASE_FILES = ("mkdocs.yml", "overrides")
BUILD_CONFIG = "mkdocs.build.yml"
# Folder in the build's cache for the theme's compiled templates.
BYTECODE = "jinja"
# Material's search index, and the same index as a script: a page opened from disk (file://)
# may not request a JSON file, so there Material loads the script, which sets `__index`.
SEARCH_INDEX = ("search", "search_index.json")
SEARCH_INDEX_SCRIPT = ("search", "search_index.js")
# The name our plugin is registered under in MkDocs' plugin collection.
PLUGIN_NAME = "news-digest"  # speedups.SITE_PLUGIN_NAME
# The variable MkDocs reads a build's date from (reproducible-builds.org), else the clock.
SOURCE_DATE = "SOURCE_DATE_EPOCH"


class MkDocsBackend:
    """A site folder built with MkDocs: its `mkdocs.yml` and `overrides/` (the theme's
    customisations, copied from site/ when missing) and the `mkdocs.build.yml` written from
    them for each build. Not a dataclass: it owns a folder; its settings are the config's.
    With `speedups` False, the private-API speed-ups never run (the tests compare the two)."""

    def __init__(self, site_dir: Path, config: Config, *, speedups: bool = True) -> None:
        self.site_dir = site_dir
        self.config = config
        self.speedups = speedups

    @property
    def config_file(self) -> Path:
        return self.site_dir / BUILD_CONFIG

    def configure(self, nav: Sequence[NavEntry]) -> None:
        self._prepare()
        base_file = self.site_dir / "mkdocs.yml"
        try:
            base = yaml.safe_load(base_file.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise RenderError(
                f"{base_file}: cannot read the base MkDocs configuration ({error})"
            ) from error
        if not isinstance(base, dict):
            raise RenderError(f"{base_file}: the MkDocs configuration must be a mapping")
        base["site_name"] = self.config.site_name
        if self.config.site_url:
            base["site_url"] = self.config.site_url
        base["docs_dir"], base["site_dir"] = DOCS, PUBLIC
        base["nav"] = [_nav_item(entry) for entry in nav]
        header = "# Written by `digest build` from mkdocs.yml: edit mkdocs.yml, not this file.\n"
        write_atomically(
            self.config_file, header + yaml.safe_dump(base, sort_keys=False, allow_unicode=True)
        )

    def _prepare(self) -> None:
        """Give a new site folder the base configuration and theme overrides (kept if present)."""
        self.site_dir.mkdir(parents=True, exist_ok=True)
        if self.site_dir.resolve() == BASE_SITE.resolve():
            return
        for name in BASE_FILES:
            target = self.site_dir / name
            if target.exists():
                continue
            source = BASE_SITE / name
            if source.is_dir():
                shutil.copytree(source, target)
            else:
                shutil.copy2(source, target)

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
        """`mkdocs build --strict` of the pages in `docs` into `out`; any warning fails it.
        Pages kept from `previous`, and `changes` made without a copy of `docs`, need the
        speed-ups: the plain build writes every page, from a copy of `docs` with `changes`.
        MkDocs dates the sitemap (and the gzip header of its copy) by SOURCE_DATE_EPOCH, else by
        the clock: `dated` is set as that date for the build, unless the caller's environment
        sets one."""
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice about MkDocs 2.0
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException

        stats = SiteStats(plain=self._why_plain())
        try:
            with ExitStack() as speeding:
                if dated is not None:
                    speeding.enter_context(_source_date(dated))
                if changes and stats.plain:
                    docs = speeding.enter_context(_changed_copy(docs, changes, out.parent))
                mkdocs_config = load_config(
                    config_file=str(self.config_file),
                    docs_dir=str(docs),
                    site_dir=str(out),
                    strict=True,
                )
                mkdocs_config.plugins[PLUGIN_NAME] = _SitePlugin(
                    cache / BYTECODE if cache is not None else None
                )
                if not stats.plain:
                    from generator.backend import speedups

                    speeding.enter_context(
                        speedups.faster(
                            mkdocs_config,
                            config_file=self.config_file,
                            docs=docs,
                            out=out,
                            cache=cache,
                            stats=stats,
                            previous=previous,
                            changes=changes or {},
                        )
                    )
                build(mkdocs_config)
        except MkDocsException as error:
            raise RenderError(f"mkdocs build failed: {error}") from error
        except SystemExit as error:  # MkDocs' Abort on warnings in strict mode
            raise RenderError(f"mkdocs build failed ({error})") from error
        if cache is not None and not stats.plain:
            log.info(
                "HTML cache: %d page(s) reused, %d converted",
                len(stats.reused),
                len(stats.converted),
            )
        return stats

    def _why_plain(self) -> str:
        """Why this build goes through the public API only; "" when the speed-ups may run."""
        if not self.speedups:
            return "turned off"
        from generator.backend import speedups

        reason = speedups.unsupported()
        if reason:
            log.warning(
                "site speed-ups off: %s; the site is built through MkDocs' public API "
                "(slower, the same pages)",
                reason,
            )
        return reason

    def serve(self, address: str | None) -> None:
        from mkdocs.commands.serve import serve

        serve(config_file=str(self.config_file), livereload=True, dev_addr=address)


@contextmanager
def _source_date(dated: datetime) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to `dated` while the block runs, when it is not set already (a
    reproducible-builds setting of the caller wins); as it was afterwards."""
    if SOURCE_DATE in os.environ:
        yield
        return
    os.environ[SOURCE_DATE] = str(int(dated.timestamp()))
    try:
        yield
    finally:
        os.environ.pop(SOURCE_DATE, None)


@contextmanager
def _changed_copy(docs: Path, changes: Mapping[str, str | None], where: Path) -> Iterator[Path]:
    """A copy of `docs` (in a temporary folder in `where`) with `changes` made, for the plain
    build, which reads every page from one folder."""
    where.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".docs-", dir=where))
    try:
        copy = folder / DOCS
        shutil.copytree(docs, copy)
        for path, text in changes.items():
            target = copy.joinpath(*path.split("/"))
            if text is None:
                target.unlink(missing_ok=True)
            else:
                write_atomically(target, text)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _nav_item(entry: NavEntry) -> dict[str, Any]:
    # MkDocs and Material write navigation titles into the HTML as they are: escape them here.
    title = html.escape(entry.title, quote=True)
    if entry.path is not None:
        return {title: entry.path}
    return {title: [_nav_item(child) for child in entry.children]}


class NoOptions(PluginConfig):  # type: ignore[no-untyped-call]
    """The settings of a plugin that has none (MkDocs wants a class)."""


class _SitePlugin(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """Our part of every build, through MkDocs' plugin events. Not a dataclass: a plugin."""

    def __init__(self, bytecode: Path | None) -> None:
        super().__init__()
        self.bytecode = bytecode

    # First: before any plugin loads a template (Material's tags plugin renders its listings
    # at priority 100, the speed-ups load the navigation at 0).
    @event_priority(150)
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """The theme's templates (tens of them) are compiled in every build; a Jinja bytecode
        cache in the build's cache keeps them compiled between builds (Jinja checks each entry
        against the template's source and its own version)."""
        import jinja2

        if self.bytecode is not None:
            try:
                self.bytecode.mkdir(parents=True, exist_ok=True)
            except OSError:
                return env  # no cache folder: the templates are compiled as usual
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(self.bytecode))
        return env

    @event_priority(-100)  # last: after every other plugin has seen the page
    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        """A page's Markdown and HTML body are not read once its output is made (the search
        entries and the tag listings are made from them before; link checks after read only
        the anchors): MkDocs would keep them for every page until the build ends, the largest
        part of its memory on a large site. They become empty strings, not None, so that
        `page.title` reads as it did."""
        page.markdown = ""
        page.content = ""
        return output

    @event_priority(-100)  # last: after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        write_search_index_script(Path(config.site_dir))


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
