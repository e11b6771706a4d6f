"""MkDocs' Markdown conversions and search entries, kept on disk between builds.

Most pages of a digest do not change from one build to the next, yet MkDocs converts every
page's Markdown and parses every page's HTML for the search index on each build. During one
build, `cached_conversions` patches `Page.render` and the search plugin's
`SearchIndex.add_entry_from_context` so that a page whose inputs are unchanged reuses the
result stored by an earlier build. The cache never changes the output: an entry is filed under a
hash of everything the result depends on, and a page is stored only when it converted cleanly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.files import write_atomically

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import TableOfContents

log = logging.getLogger(__name__)

# Bump when the layout of an entry or the meaning of a key changes.
SCHEMA = 1
PAGES, SEARCH = "pages", "search"

# What `Page.render` sets, read from MkDocs 1.6's source. Another MkDocs version builds uncached
# until its `render` has been read again: a page that sets anything else is never stored.
MKDOCS_SERIES = "1.6."
RENDER_SETS = frozenset(
    {"content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors"}
)

# Extensions whose output is a function of the Markdown and their configuration alone.
# pymdownx.snippets and pymdownx.b64 read other files, which no key could cover.
BUILTIN_EXTENSIONS = frozenset(
    "abbr admonition attr_list codehilite def_list extra fenced_code footnotes legacy_attrs "
    "legacy_em md_in_html meta nl2br sane_lists smarty tables toc wikilinks".split()
)
PURE_PACKAGES = ("markdown.extensions.", "pymdownx.", "material.extensions.")
IMPURE_EXTENSIONS = frozenset({"pymdownx.snippets", "pymdownx.b64"})
# The distributions whose code makes the HTML; callables in extension settings must come from
# them, so that their version stands for their code.
DISTRIBUTIONS = {
    "markdown": "markdown",
    "pymdownx": "pymdown-extensions",
    "material": "mkdocs-material",
    "pygments": "pygments",
    "mkdocs": "mkdocs",
}


@dataclass
class CacheStats:
    """What one build took from the cache and what it converted afresh."""

    reused: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    search_reused: int = 0
    search_indexed: int = 0
    disabled: str = ""  # why the cache was not used, if it was not

    @property
    def hits(self) -> int:
        return len(self.reused)


class _Unsupported(Exception):
    """A setting the cache cannot put in a key; the build goes uncached."""


class _Store:
    """JSON entries in a folder, one file per key, written atomically; unreadable = missing."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.touched: set[Path] = set()
        self.made: set[Path] = set()
        self.writable = True

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        path = self._path(kind, key)
        try:
            entry = json.loads(path.read_bytes().decode("utf-8", "surrogatepass"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("schema") != SCHEMA or entry.get("key") != key:
            return None
        self.touched.add(path)
        return entry

    def put(self, kind: str, key: str, entry: dict[str, Any]) -> None:
        if not self.writable:
            return
        path = self._path(kind, key)
        data = json.dumps({"schema": SCHEMA, "key": key, **entry}, ensure_ascii=False)
        try:
            if path.parent not in self.made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.made.add(path.parent)
            write_atomically(path, data)
        except OSError as error:
            # A cache that cannot be written only costs time: say so once, then stop trying.
            log.warning("cannot write the HTML cache in %s (%s)", self.folder, error.strerror)
            self.writable = False
            return
        self.touched.add(path)

    def prune(self) -> None:
        """Remove the entries this build did not use: older versions of pages, removed pages."""
        for kind in (PAGES, SEARCH):
            for path in (self.folder / kind).glob("*/*"):
                if path not in self.touched:
                    path.unlink(missing_ok=True)


def _hash(parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "-"


def _plain(value: object) -> object:
    """An extension setting as JSON, with each type marked (True and 1 differ for a setting)."""
    if value is None or isinstance(value, str | bool | int | float):
        return [type(value).__name__, value]
    if isinstance(value, list | tuple):
        return [type(value).__name__, [_plain(v) for v in value]]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise _Unsupported(f"a setting with non-string keys: {value!r}")
        return ["dict", {k: _plain(v) for k, v in value.items()}]
    module, name = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if (
        callable(value)
        and isinstance(module, str)
        and isinstance(name, str)
        and "<" not in name
        and module.split(".")[0] in DISTRIBUTIONS
    ):
        return ["callable", f"{module}:{name}"]
    raise _Unsupported(f"a setting that is not plain data: {value!r}")


def _extension_name(extension: object) -> str:
    if not isinstance(extension, str):
        raise _Unsupported(f"an extension given as an object: {extension!r}")
    module = extension.split(":")[0]
    if module in IMPURE_EXTENSIONS or not (
        module in BUILTIN_EXTENSIONS or module.startswith(PURE_PACKAGES)
    ):
        raise _Unsupported(f"the Markdown extension {extension!r}")
    return extension


def config_fingerprint(config: MkDocsConfig) -> str:
    """A hash of everything besides the page that the conversion of a page depends on.

    Raises _Unsupported for settings the cache cannot describe."""
    links = config.validation.links
    parts = {
        "python": sys.version,
        "versions": {name: _version(name) for name in sorted(DISTRIBUTIONS.values())},
        "extensions": [_extension_name(e) for e in config["markdown_extensions"]],
        "settings": _plain(dict(config["mdx_configs"] or {})),
        "use_directory_urls": bool(config.use_directory_urls),
        "links": [
            int(links.not_found),
            int(links.absolute_links),
            int(links.unrecognized_links),
            int(links.anchors),
        ],
        # Which messages `render` logs, and whether it keeps `links_to_anchors`, depend on it.
        "log_levels": [
            logging.getLogger("mkdocs.structure.pages").getEffectiveLevel(),
            logging.getLogger("MARKDOWN").getEffectiveLevel(),
        ],
    }
    return _hash([SCHEMA, parts])


class _RecordingFiles:
    """The `files` a page is rendered with, noting every lookup: links resolve through them,
    so a stored conversion holds only while each lookup finds the same file at the same URL."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.lookups: dict[str, list[Any] | None] = {}
        self.other_use = False

    def get_file_from_path(self, path: str) -> File | None:
        found = self.files.get_file_from_path(path)
        self.lookups.setdefault(path, _describe_file(found))
        return found

    def __getattr__(self, name: str) -> Any:
        # Not expected from MkDocs 1.6's render; if it happens, the page is not stored.
        self.other_use = True
        return getattr(self.files, name)


def _describe_file(file: File | None) -> list[Any] | None:
    if file is None:
        return None
    return [file.src_uri, file.url, file.inclusion.name]


def _lookups_hold(lookups: object, files: Files) -> bool:
    if not isinstance(lookups, dict):
        return False
    return all(
        _describe_file(files.get_file_from_path(path)) == found for path, found in lookups.items()
    )


def _toc_tokens(toc: TableOfContents | list[Any]) -> list[dict[str, Any]]:
    return [
        {"level": a.level, "id": a.id, "name": a.title, "children": _toc_tokens(a.children)}
        for a in toc
    ]


def _toc_shape(items: Any) -> list[Any]:
    """Every attribute of every table-of-contents item, to check that a rebuilt one is equal."""
    return [
        [
            type(a).__name__,
            sorted((k, repr(v)) for k, v in vars(a).items() if k != "children"),
            _toc_shape(a.children),
        ]
        for a in items
    ]


class _Tally(logging.Handler):
    """Counts the records logged while a page converts. A page that logs anything is not
    stored, so its warnings (broken links, strict mode) come back on every build."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class _PageCache:
    """The replacement for `Page.render` during one build."""

    def __init__(
        self, store: _Store, stats: CacheStats, page_class: type[Page], tally: _Tally
    ) -> None:
        self.store, self.stats, self.tally = store, stats, tally
        self.page_class, self.original = page_class, page_class.render
        self.config: MkDocsConfig | None = None
        self.fingerprint: str | None = None

    def _fingerprint(self, config: MkDocsConfig) -> str | None:
        if config is not self.config:
            self.config = config
            try:
                self.fingerprint = config_fingerprint(config)
            except _Unsupported as reason:
                self.fingerprint = None
                self.stats.disabled = str(reason)
                log.info("HTML cache not used: %s", reason)
        return self.fingerprint

    def render(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        fingerprint = self._fingerprint(config)
        # Subclasses (blog posts and the like) may render differently: leave them alone.
        if fingerprint is None or type(page) is not self.page_class or page.markdown is None:
            self.original(page, config, files)
            return
        file = page.file
        key = _hash(
            [fingerprint, file.src_uri, file.url, file.dest_uri, file.inclusion.name, page.markdown]
        )
        entry = self.store.get(PAGES, key)
        if entry is not None and _lookups_hold(entry.get("lookups"), files):
            try:
                self._apply(page, entry, files)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a damaged entry: convert afresh below
            else:
                self.stats.reused.append(file.src_uri)
                return
        self.stats.converted.append(file.src_uri)
        recording = _RecordingFiles(files)
        before = dict(vars(page))
        logged = self.tally.count
        self.original(page, config, recording)  # type: ignore[arg-type]  # stands in for Files
        if self.tally.count != logged or recording.other_use:
            return
        changed = {k for k, v in vars(page).items() if k not in before or before[k] is not v}
        if not changed <= RENDER_SETS:
            return
        entry = self._entry(page, changed)
        if entry is not None:
            entry["lookups"] = recording.lookups
            self.store.put(PAGES, key, entry)

    @staticmethod
    def _entry(page: Page, changed: set[str]) -> dict[str, Any] | None:
        from mkdocs.structure.toc import get_toc

        tokens = _toc_tokens(page.toc)
        if _toc_shape(get_toc(tokens)) != _toc_shape(page.toc):  # type: ignore[arg-type]
            return None
        links = None
        if "links_to_anchors" in changed:
            links = [
                [target.src_uri, list(anchors.items())]
                for target, anchors in (page.links_to_anchors or {}).items()
            ]
        return {
            "content": page.content,
            "toc": tokens,
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links_to_anchors": links,
        }

    @staticmethod
    def _apply(page: Page, entry: dict[str, Any], files: Files) -> None:
        from mkdocs.structure.toc import get_toc

        content, title, anchors = entry["content"], entry["title"], entry["anchors"]
        if not isinstance(content, str) or not isinstance(title, str | None):
            raise TypeError("damaged entry")
        if not all(isinstance(a, str) for a in anchors):
            raise TypeError("damaged entry")
        toc = get_toc(entry["toc"])
        links: dict[File, dict[str, str]] | None = None
        if entry["links_to_anchors"] is not None:
            links = {}
            for src_uri, pairs in entry["links_to_anchors"]:
                # The same File objects as an uncached render: this page's, or its link's.
                if src_uri == page.file.src_uri:
                    target: File | None = page.file
                else:
                    target = files.get_file_from_path(src_uri)
                if target is None:
                    raise ValueError("damaged entry")
                links[target] = {str(anchor): str(link) for anchor, link in pairs}
        page.content = content
        page.toc = toc
        page._title_from_render = title
        page.present_anchor_ids = set(anchors)
        if links is not None:
            page.links_to_anchors = links


class _SearchCache:
    """The replacement for Material's `SearchIndex.add_entry_from_context` during one build."""

    def __init__(self, store: _Store, stats: CacheStats, plugin: Any) -> None:
        self.store, self.stats, self.plugin = store, stats, plugin
        self.original: Callable[[Any, Page], None] = plugin.SearchIndex.add_entry_from_context
        self.versions = [sys.version, _version("mkdocs-material"), _version("mkdocs")]

    def add_entry_from_context(self, index: Any, page: Page) -> None:
        entries: list[dict[str, Any]] = index.entries
        # jieba segments Chinese text with a dictionary of its own: not in the key.
        if self.plugin.jieba is not None or not isinstance(page.content, str):
            self.original(index, page)
            return
        meta = page.meta
        key = _hash(
            [
                SCHEMA,
                self.versions,
                page.url,
                page.content,
                repr(page.title),
                # The entries read these from the page's metadata; repr tells types apart.
                [repr(meta[name]) if name in meta else "" for name in ("title", "tags", "search")],
                _toc_shape(page.toc),
            ]
        )
        found = self.store.get(SEARCH, key)
        stored = found.get("entries") if found is not None else None
        if isinstance(stored, list) and all(isinstance(e, dict) for e in stored):
            entries.extend(stored)
            self.stats.search_reused += 1
            return
        start = len(entries)
        self.original(index, page)
        self.stats.search_indexed += 1
        written = _index_json(entries[start:])
        read_back = json.loads(written)
        # Stored only if the entries read back write the same search index.
        if _index_json(read_back) == written:
            self.store.put(SEARCH, key, {"entries": read_back})


def _index_json(entries: object) -> str:
    # As the search plugin writes its index.
    return json.dumps(entries, separators=(",", ":"), default=str)


@contextmanager
def cached_conversions(folder: Path | None, *, prune: bool = True) -> Iterator[CacheStats]:
    """For the MkDocs build run inside, reuse stored conversions from `folder` (None: no cache).
    The patches are always undone; with `prune`, entries the build did not use are removed
    after a build that succeeded."""
    stats = CacheStats()
    import mkdocs
    from mkdocs.structure.pages import Page

    if folder is None or not mkdocs.__version__.startswith(MKDOCS_SERIES):
        stats.disabled = "no cache folder" if folder is None else f"MkDocs {mkdocs.__version__}"
        yield stats
        return
    store = _Store(folder)
    tally = _Tally()
    pages = _PageCache(store, stats, Page, tally)
    searches = None
    with suppress(ImportError):
        searches = _SearchCache(store, stats, import_module("material.plugins.search.plugin"))
    # 'mkdocs' may not pass its records on to the root logger (the mkdocs CLI sets it so).
    watched = [logging.getLogger(), logging.getLogger("mkdocs")]
    for logger in watched:
        logger.addHandler(tally)

    # Plain functions, so that they bind to the page (or index) like the methods they replace.
    def render(page: Page, config: MkDocsConfig, files: Files) -> None:
        pages.render(page, config, files)

    def add_entry_from_context(index: Any, page: Page) -> None:
        assert searches is not None
        searches.add_entry_from_context(index, page)

    Page.render = render  # type: ignore[method-assign,assignment]
    if searches is not None:
        searches.plugin.SearchIndex.add_entry_from_context = add_entry_from_context
    try:
        yield stats
        if prune:
            store.prune()
    finally:
        Page.render = pages.original  # type: ignore[method-assign]
        if searches is not None:
            searches.plugin.SearchIndex.add_entry_from_context = searches.original
        for logger in watched:
            logger.removeHandler(tally)


# Below this many pages, a process converting pages beside the build costs more than it saves.
HELPER_MIN_PAGES = 200


@contextmanager
def converting_beside(config_file: Path, docs: Path, public: Path, folder: Path) -> Iterator[None]:
    """While the build inside runs (MkDocs converts pages in one process, first to last), a
    second process converts them last to first into the cache `folder`; the build finds there
    the pages the helper got to first. Only a speed-up: a page the helper converted
    differently, or not yet, is converted by the build, and the helper is stopped when the
    build is done."""
    if (os.cpu_count() or 1) < 2 or sum(1 for _ in docs.rglob("*.md")) < HELPER_MIN_PAGES:
        yield
        return
    import subprocess

    # A fresh interpreter, not a fork: a fork of a large build would come to copy its memory.
    command = [sys.executable, "-m", "generator.htmlcache"]
    command += [str(p.resolve()) for p in (config_file, docs, public, folder)]
    helper = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        yield
    finally:
        helper.terminate()
        helper.wait()


def _warm_part(job: tuple[Path, Path, Path, Path]) -> int:
    """The helper of `converting_beside`: MkDocs' own steps up to the conversion of each page,
    last page first."""
    config_file, docs, public, folder = job
    from mkdocs.commands.build import _populate_page
    from mkdocs.config import load_config
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    from generator.themecache import BYTECODE, faster_templates

    # The build that follows reports every warning; the records still reach the cache's tally
    # (a page that warns is not stored), but nothing is printed from here.
    for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    converted = 0
    try:
        config = load_config(
            config_file=str(config_file), docs_dir=str(docs), site_dir=str(public), strict=True
        )
        with cached_conversions(folder, prune=False), faster_templates(folder / BYTECODE):
            config = config.plugins.on_config(config)
            config.plugins.on_pre_build(config=config)
            files = get_files(config)
            env = config.theme.get_env()
            files.add_files_from_theme(env, config)
            files = config.plugins.on_files(files, config=config)
            set_exclusions(files, config)
            nav = get_navigation(files, config)
            config.plugins.on_nav(nav, config=config, files=files)
            search = next((p for p in config.plugins.values() if hasattr(p, "search_index")), None)
            pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
            for file in reversed(pages):
                if file.page is None:
                    Page(None, file, config)
                assert file.page is not None
                _populate_page(file.page, config, files)
                if search is not None:
                    search.search_index.add_entry_from_context(file.page)
                    search.search_index.entries.clear()
                file.page.markdown = file.page.content = None  # stored: free the memory
                converted += 1
    except Exception as error:  # the build that follows meets the same problem and reports it
        log.debug("converting pages ahead of the build stopped: %s", error)
    return converted


if __name__ == "__main__":  # the helper process of `converting_beside`
    config_arg, docs_arg, public_arg, folder_arg = sys.argv[1:5]
    _warm_part((Path(config_arg), Path(docs_arg), Path(public_arg), Path(folder_arg)))
