"""The speed-ups of the MkDocs build that need private API: the one module that uses it.

Most pages of a digest do not change from one build to the next, yet MkDocs converts every
page's Markdown, Material parses every page's HTML for the search index, and the theme renders
the same navigation for every page, on each build. The speed-ups, each an exact shortcut:

- Markdown conversions kept between builds: on each page of the build (`on_pre_page`), the
  page's `render` is replaced (on that page only) by one that reuses the result an earlier
  build stored for the same inputs. It knows which private attributes MkDocs' `Page.render`
  sets (`RENDER_SETS`).
- Search entries kept between builds: the `add_entry_from_context` of Material's search index
  (of this build's index only) reuses the entries stored for the same page.
- Material's navigation (`partials/nav.html`) rendered once per set of links: its HTML differs
  from page to page only in which item is marked as the current page and in the relative URLs
  of its links, so a page that is not in the navigation gets the same HTML as any other page
  whose links come out the same. Jinja's compiled `root_render_func` of the template is
  wrapped.
- A helper process converts pages into the cache from the last page to the first while the
  build converts them from the first, through MkDocs' private `_populate_page`, when the
  build's first pages had to be converted.
- Pages kept from the previous site: a page's template is not rendered, and its file not
  written, when the published site holds the HTML its context gives, byte for byte
  (`_KeptPages`: the main template's `render` is wrapped, and MkDocs writes nothing for an
  empty page). The context is described whole (`_Describer`); what it leaves out is checked
  against the theme's templates (`_why_renders_differ`).
- Pages changed in the build rather than in a folder: the new, changed and removed pages are
  made in MkDocs' collection of files (`on_files`, `File.generated`) in the order in which
  MkDocs reads a folder (`walk_order`).

An entry is filed under a hash of everything its result depends on, in a store of the build's
cache (generator/cache.py) named after the code that made it (`store_code`), and stored only
when the page converted cleanly (nothing logged). All of it was read from, and is tested on, the
versions in SUPPORTED; with any other version installed, `unsupported()` says why and the site
is built through the public API alone (generator/backend/mkdocs_site.py).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mkdocs.plugins import BasePlugin, event_priority

from generator.backend import SiteStats
from generator.backend.mkdocs_site import NoOptions
from generator.cache import DiskCache, code_fingerprint, fingerprint, installed
from generator.errors import RenderError

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import TableOfContents
    from mkdocs.utils.templates import TemplateContext

log = logging.getLogger(__name__)

# The releases whose code the speed-ups were read from, as [lowest, first unsupported): what
# `Page.render` sets and `_populate_page` does (MkDocs), the search index's entries and the
# navigation partial (Material), a template's `root_render_func` (Jinja). Tested on the
# versions in uv.lock; widen a range only after reading the new release's code again.
SUPPORTED = {
    "mkdocs": ((1, 6), (1, 7)),
    "mkdocs-material": ((9, 5), (9, 9)),
    "jinja2": ((3, 1), (3, 2)),
}
# The private names this module relies on; tests/test_backend.py checks that no other module
# of the project uses them.
PRIVATE_API = (
    "_populate_page",
    "_title_from_render",
    "add_entry_from_context",
    "root_render_func",
)

# The stores of the speed-ups in the build's cache (generator/cache.py), by kind: Markdown
# conversions, search entries, and the hash of a page's HTML by the hash of what it was
# rendered from.
CONVERSIONS, SEARCH_ENTRIES, RENDERS = "site-conversions", "site-search", "site-renders"
# ... and the ledger of pages: what MkDocs' page loop made of a page, by the page's source.
LEDGER = "site-ledger"

# What `Page.render` sets, read from MkDocs 1.6's source: a page that sets anything else is
# never stored.
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
SEARCH_PLUGIN_MODULE = "material.plugins.search.plugin"
NAVIGATION_TEMPLATE = "partials/nav.html"
# The name the speed-ups are registered under in MkDocs' plugin collection.
PLUGIN_NAME = "news-digest/speedups"
# The name our public-API plugin (mkdocs_site._SitePlugin) is registered under.
SITE_PLUGIN_NAME = "news-digest"
# Below this many pages, a process converting pages beside the build costs more than it saves.
HELPER_MIN_PAGES = 200
# The helper starts once the build has met this many pages, if at least this share of them had
# to be converted: a rebuild whose pages come from the cache (an archive after one more day)
# has no use for a second process doing the same lookups on a shared machine.
HELPER_SAMPLE_PAGES = 30
HELPER_MISS_SHARE = 0.5
# This module, as the generator's modules are named (its code is in its stores' fingerprint).
MODULE = "backend.speedups"
# The helper process: `python -m generator.backend.speedups CONFIG DOCS OUT CACHE`, run from
# the folder that holds the package.
HELPER_MODULE = f"generator.{MODULE}"
ROOT = Path(__file__).resolve().parent.parent.parent


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "-"


def unsupported() -> str:
    """Why the speed-ups must not run with the installed versions; "" when they may."""
    for distribution, (lowest, beyond) in SUPPORTED.items():
        installed = _version(distribution)
        found = re.match(r"(\d+)\.(\d+)", installed)
        release = (int(found[1]), int(found[2])) if found else None
        if release is None or not lowest <= release < beyond:
            supported = f">={lowest[0]}.{lowest[1]},<{beyond[0]}.{beyond[1]}"
            return f"{distribution} {installed} is not in the supported range {supported}"
    return ""


class _Unsupported(Exception):
    """A setting the cache cannot put in a key; the build goes uncached."""


def store_code() -> str:
    """The fingerprint of what makes the speed-ups' entries besides their keys: this module and
    every generator module it imports, Python, and the versions of the framework's code."""
    framework = sorted({*DISTRIBUTIONS.values(), *SUPPORTED})
    return fingerprint(code_fingerprint(MODULE), sys.version, installed(*framework))


@dataclass(frozen=True)
class _Stores:
    """The speed-ups' stores in a build's cache: Markdown conversions, search entries, the
    hashes of pages' HTML, and the ledger of pages."""

    conversions: DiskCache
    search: DiskCache
    renders: DiskCache
    ledger: DiskCache

    @classmethod
    def open(cls, cache: Path) -> _Stores:
        code = store_code()
        return cls(
            DiskCache.for_code(cache, CONVERSIONS, code),
            DiskCache.for_code(cache, SEARCH_ENTRIES, code),
            DiskCache.for_code(cache, RENDERS, code),
            DiskCache.for_code(cache, LEDGER, code),
        )


def _hash(parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# A text longer than this goes into a key as its own hash: a page's Markdown or HTML (tens of
# kilobytes) costs five times less to hash than to write as JSON first, and every kept page's
# keys hold it three or four times.
LONG_TEXT = 256
# Marks a text put in a key as its hash; no other value of a key is a list that starts so.
TEXT_HASH = "text-sha256"


def _text(value: str) -> str | list[str]:
    """A text as it goes into a key: itself, or (a long one) its hash, marked as such."""
    if len(value) <= LONG_TEXT:
        return value
    return [TEXT_HASH, hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()]


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
    return _hash(parts)


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
    """The `render` of the pages of one build: a stored conversion when the page's inputs are
    the same as when it was stored, else MkDocs' own `Page.render`, stored for next time."""

    def __init__(self, store: DiskCache, stats: SiteStats, tally: _Tally) -> None:
        from mkdocs.structure.pages import Page

        self.store, self.stats, self.tally = store, stats, tally
        self.page_class = Page
        self.original = Page.render
        self.config: MkDocsConfig | None = None
        self.fingerprint: str | None = None
        # Told of each page, whether it had to be converted (the helper's start waits on it).
        self.on_page: Callable[[bool], None] = lambda converted: None
        # The files each page converted cleanly looked up (by its path), for the ledger.
        self.lookups: dict[str, dict[str, list[Any] | None]] = {}

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
        if fingerprint is None or page.markdown is None:
            self.original(page, config, files)
            return
        file = page.file
        key = _hash(
            [
                fingerprint,
                file.src_uri,
                file.url,
                file.dest_uri,
                file.inclusion.name,
                _text(page.markdown),
            ]
        )
        entry = self.store.get(key)
        if isinstance(entry, dict) and _lookups_hold(entry.get("lookups"), files):
            try:
                self._apply(page, entry, files)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a damaged entry: convert afresh below
            else:
                self.stats.reused.append(file.src_uri)
                self.lookups[file.src_uri] = entry["lookups"]
                self.on_page(False)
                return
        self.stats.converted.append(file.src_uri)
        self.on_page(True)
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
            self.store.put(key, entry)
            self.lookups[file.src_uri] = recording.lookups

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
    """The `add_entry_from_context` of one build's Material search index: the entries stored
    for the same page when there are, else the index's own, stored for next time."""

    def __init__(self, store: DiskCache, stats: SiteStats, index: Any, plugin_module: Any) -> None:
        self.store, self.stats, self.index, self.plugin_module = store, stats, index, plugin_module
        self.original: Callable[[Page], None] = index.add_entry_from_context
        self.versions = [sys.version, _version("mkdocs-material"), _version("mkdocs")]
        # Set when the build keeps pages by the ledger, which holds their entries.
        self.ledger: _Ledger | None = None

    def add_entry_from_context(self, page: Page) -> None:
        entries: list[dict[str, Any]] = self.index.entries
        restored = self.ledger.search_entries(page) if self.ledger is not None else None
        if restored is not None:
            entries.extend(restored)
            return
        # jieba segments Chinese text with a dictionary of its own: not in the key.
        if self.plugin_module.jieba is not None or not isinstance(page.content, str):
            self.original(page)
            return
        meta = page.meta
        key = _hash(
            [
                self.versions,
                page.url,
                _text(page.content),
                repr(page.title),
                # The entries read these from the page's metadata; repr tells types apart.
                [repr(meta[name]) if name in meta else "" for name in ("title", "tags", "search")],
                _toc_shape(page.toc),
            ]
        )
        stored = self.store.get(key)
        if isinstance(stored, list) and all(isinstance(e, dict) for e in stored):
            entries.extend(stored)
            self.stats.search_reused += 1
            if self.ledger is not None:
                self.ledger.note_search(page, stored)
            return
        start = len(entries)
        self.original(page)
        self.stats.search_indexed += 1
        written = _index_json(entries[start:])
        read_back = json.loads(written)
        # Stored only if the entries read back write the same search index.
        if _index_json(read_back) == written:
            self.store.put(key, read_back)
            if self.ledger is not None:
                self.ledger.note_search(page, read_back)


def _index_json(entries: object) -> str:
    # As the search plugin writes its index.
    return json.dumps(entries, separators=(",", ":"), default=str)


def _search_plugin(config: MkDocsConfig) -> Any | None:
    """Material's search plugin of this build, once its `on_config` has made the index."""
    for plugin in config.plugins.values():
        if type(plugin).__module__ == SEARCH_PLUGIN_MODULE and hasattr(plugin, "search_index"):
            return plugin
    return None


def _targets(nav: Navigation) -> list[str]:
    """Every URL the navigation partial may pass through the `url` filter: its pages, its
    links, the home page and the theme's assets (the logo)."""
    targets = ["", "assets/"]
    stack: list[Any] = list(nav.items)
    while stack:
        item = stack.pop(0)
        url = getattr(item, "url", None)
        if isinstance(url, str):
            targets.append(url)
        stack.extend(getattr(item, "children", None) or ())
    if nav.homepage is not None:
        targets.append(nav.homepage.url)
    return targets


def navigation_key(context: Any) -> tuple[str, ...] | None:
    """What the navigation's HTML depends on for the page being rendered, besides what is the
    same for the whole build (the navigation's items, the configuration, the language). None
    for a page the navigation marks (it is in the navigation): such a page is rendered as is."""
    from mkdocs.utils import normalize_url

    page: Page | None = context.get("page")
    nav: Navigation | None = context.get("nav")
    base_url = context.get("base_url")
    if page is None or nav is None or not isinstance(base_url, str):
        return None
    if any(item is page for item in nav.pages) or any(item.active for item in nav.pages):
        return None
    return (base_url, *(normalize_url(target, page=page) for target in _targets(nav)))


def _share(template: jinja2.Template, key_of: Callable[[Any], tuple[str, ...] | None]) -> None:
    """Render `template` once per key: later renders with the same key repeat the first HTML."""
    render = template.root_render_func
    rendered: dict[tuple[str, ...], str] = {}

    def shared(context: Any) -> Iterator[str]:
        key = key_of(context)
        if key is None:
            yield from render(context)
            return
        html = rendered.get(key)
        if html is None:
            html = rendered[key] = "".join(render(context))
        yield html

    template.root_render_func = shared


# The template MkDocs renders a page with (unless the page's metadata names another one):
# the one whose renders are kept.
PAGE_TEMPLATE = "main.html"
# Names of a page's template context left out of the key of its HTML: the configuration, the
# same for the whole build (its file and the theme's overrides are hashed once), and two that
# change with every build but that no page template reads (checked on the templates): the list
# of every page, for the sitemap, and the date of the build.
BUILD_WIDE = frozenset({"config"})
UNREAD = frozenset({"pages", "build_date_utc"})
# An attribute of a page left out of its key: the build's date again (MkDocs' "last updated"),
# read by no page template (checked on the templates' sources).
UNREAD_PAGE_ATTRIBUTES = frozenset({"update_date"})
# The page's `render` that _PageCache puts on each page, and the `read_source` the ledger puts
# on it: code, not data of the page.
OWN_PAGE_ATTRIBUTES = frozenset({"render", "read_source"})
# Values of a context are described down to this depth; a deeper one is not described (its
# page is rendered as it would be without the speed-ups).
DESCRIBE_DEPTH = 12
# Objects of these packages found in a context (Material's tag references) are described by
# their attributes; objects of any other kind are not described.
DESCRIBED_PACKAGES = ("material.", "mkdocs.")


class _Describer:
    """Describes the template context of a page as JSON data: everything a template could read
    of it. Pages, sections and links that a value refers to (the navigation, a page's
    neighbours) are described by what a template shows of them. The navigation is described
    once per set of items marked active (for most pages: none). Not a dataclass: it holds the
    framework's classes and what it has described."""

    def __init__(self) -> None:
        from mkdocs.structure.files import File
        from mkdocs.structure.nav import Link, Navigation, Section
        from mkdocs.structure.pages import Page
        from mkdocs.structure.toc import TableOfContents

        self.file, self.page, self.section, self.link = File, Page, Section, Link
        self.navigation, self.toc = Navigation, TableOfContents
        self.navigations: dict[tuple[int, tuple[bool, ...]], object] = {}

    def context(self, context: dict[str, Any]) -> object:
        """Every value of the context but those of BUILD_WIDE and UNREAD, the page itself with
        all its attributes. Raises _Unsupported for a value of a kind it does not know."""
        described = []
        for name in sorted(context):
            if name in BUILD_WIDE or name in UNREAD:
                continue
            value = context[name]
            if name == "page":
                left_out = UNREAD_PAGE_ATTRIBUTES | OWN_PAGE_ATTRIBUTES
                attributes = {k: v for k, v in vars(value).items() if k not in left_out}
                described.append([name, "page", self.value(attributes)])
            else:
                described.append([name, self.value(value)])
        return described

    def value(self, value: object, depth: int = 0) -> object:
        if depth > DESCRIBE_DEPTH:
            raise _Unsupported("a value nested too deep")
        deeper = depth + 1
        if isinstance(value, str):
            return _text(value)
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, list | tuple):
            return [type(value).__name__, [self.value(v, deeper) for v in value]]
        if isinstance(value, dict):
            pairs = [[self.value(k, deeper), self.value(v, deeper)] for k, v in value.items()]
            return ["dict", pairs]
        if isinstance(value, set | frozenset):
            return ["set", sorted(json.dumps(self.value(v, deeper)) for v in value)]
        if isinstance(value, self.file):
            return ["File", value.src_uri, value.dest_uri, value.url, value.inclusion.name]
        if isinstance(value, self.page):
            meta = self.value(value.meta, deeper)
            return ["Page", value.file.src_uri, value.url, value.title, value.active, meta]
        if isinstance(value, self.section):
            children = [self.value(child, deeper) for child in value.children]
            return ["Section", value.title, value.active, children]
        if isinstance(value, self.link):
            return ["Link", value.title, value.url]
        if isinstance(value, self.navigation):
            return self._navigation(value, deeper)
        if isinstance(value, self.toc):
            return ["TableOfContents", _toc_shape(value)]
        kind = type(value)
        if kind.__module__.startswith(DESCRIBED_PACKAGES) and hasattr(value, "__dict__"):
            return [f"{kind.__module__}.{kind.__qualname__}", self.value(vars(value), deeper)]
        raise _Unsupported(f"a value of type {kind.__qualname__}")

    def _navigation(self, navigation: Navigation, depth: int) -> object:
        active = []
        stack: list[Any] = list(navigation.items)
        while stack:
            item = stack.pop()
            active.append(bool(getattr(item, "active", False)))
            stack.extend(getattr(item, "children", None) or ())
        key = (id(navigation), tuple(active))
        if key not in self.navigations:
            items = [self.value(item, depth) for item in navigation.items]
            homepage = self.value(navigation.homepage, depth)
            self.navigations[key] = ["Navigation", items, homepage]
        return self.navigations[key]


def _page_templates(config: MkDocsConfig) -> dict[str, str]:
    """The HTML templates of the theme by name, with their sources: the first of each name in
    the theme's folders, as the template loader finds them. Folders whose name starts with a
    dot (Material's thousands of icons) hold no page template: not walked."""
    found: dict[str, str] = {}
    for folder in config.theme.dirs:
        for root, folders, names in os.walk(folder):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for name in sorted(names):
                if name.endswith(".html"):
                    path = Path(root, name)
                    found.setdefault(path.relative_to(folder).as_posix(), path.read_text("utf-8"))
    return found


def _why_renders_differ(env: jinja2.Environment, config: MkDocsConfig, store: DiskCache) -> str:
    """Why a page's HTML might depend on more than its key; "" when it cannot. What the
    templates read is found from the syntax trees of those that write one of the names (a
    second or more for all of Material's; one of them does); the answer is kept under the hash
    of their sources."""
    import jinja2.meta

    # Our own plugin's handler lets go of a page's text and returns its output as it came.
    ours = config.plugins.get(SITE_PLUGIN_NAME)
    handlers = [
        h
        for h in config.plugins.events["post_page"]
        if ours is None or getattr(h, "__self__", None) is not ours
    ]
    if handlers:
        return f"a plugin changes pages after their template ({handlers[0]})"
    templates = _page_templates(config)
    key = _hash(["templates read", sorted(templates.items())])
    known = store.get(key)
    if isinstance(known, str):
        return known
    why = ""
    for name, source in sorted(templates.items()):
        if not _may_read_unread(source):
            continue  # nothing to find in it: not parsed (most of the theme's)
        try:
            read = jinja2.meta.find_undeclared_variables(env.parse(source))
        except jinja2.TemplateError:
            continue  # a template this build cannot compile renders no page of it
        if read & UNREAD:
            why = f"the template {name} reads {', '.join(sorted(read & UNREAD))}"
        elif any(attribute in source for attribute in UNREAD_PAGE_ATTRIBUTES):
            why = f"the template {name} may read a page's {', '.join(UNREAD_PAGE_ATTRIBUTES)}"
        if why:
            break
    store.put(key, why)
    return why


def _may_read_unread(source: str) -> bool:
    """Whether a template's source names a variable of UNREAD or an attribute of
    UNREAD_PAGE_ATTRIBUTES at all: a template can read a name only by writing it, so one that
    writes none of them needs no parsing (the theme has over a hundred templates; one does)."""
    return any(name in source for name in UNREAD | UNREAD_PAGE_ATTRIBUTES)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return None


class _KeptPages:
    """The render of the pages of one build whose HTML the previous site holds already: the
    page's template is not rendered and its file is not written (the site is updated in place
    around it: generator/site.py). A page's HTML is known by the hash of everything its
    template reads; the store maps that to the hash of the HTML, which the previous site's file
    must still have. Not a dataclass: it wraps a template."""

    def __init__(
        self, store: DiskCache, previous: Path | None, stats: SiteStats, build_wide: str
    ) -> None:
        self.store, self.previous, self.stats, self.build_wide = store, previous, stats, build_wide
        self.sources: set[str] = set()
        self.describer = _Describer()
        # Set when the build keeps pages by the ledger: it learns each page rendered here.
        self.ledger: _Ledger | None = None

    def wrap(self, template: jinja2.Template) -> None:
        original = template.render

        def render(*args: Any, **kwargs: Any) -> str:
            if len(args) != 1 or kwargs or not isinstance(args[0], dict):
                return original(*args, **kwargs)
            return self.render(original, template.name or "", args[0])

        template.render = render  # type: ignore[method-assign]

    def render(
        self, original: Callable[[dict[str, Any]], str], name: str, context: dict[str, Any]
    ) -> str:
        page = context.get("page")
        if page is None:
            return original(context)
        destination = page.file.dest_uri
        if self.ledger is not None and self.ledger.keeps(page):
            return self._keep(page)
        try:
            key = _hash([self.build_wide, name, self.describer.context(context)])
        except _Unsupported:
            return original(context)
        if self.previous is not None:
            known = self.store.get(key)
            if isinstance(known, str) and known == _file_digest(self.previous / destination):
                if self.ledger is not None and name == PAGE_TEMPLATE:
                    self.ledger.record(page, context, known)
                return self._keep(page)
        output = original(context)
        if output.strip():
            # The bytes MkDocs writes (no plugin changes them: _why_renders_differ).
            html = _digest(output.encode("utf-8", errors="xmlcharrefreplace"))
            self.store.put(key, html)
            if self.ledger is not None and name == PAGE_TEMPLATE:
                self.ledger.record(page, context, html)
        return output

    def _keep(self, page: Page) -> str:
        self.stats.kept.append(page.file.dest_uri)
        self.sources.add(page.file.src_uri)
        return ""  # MkDocs writes no file for an empty page (and says so: _QuietKept)


# Material's tags plugin: it reads a page's front matter (restored by the ledger) when the page
# is read, and adds the page's links to its tags to the page's context.
TAGS_PLUGIN_MODULE = "material.plugins.tags.plugin"
# The plugins whose page events the ledger was written against, by module: what they do to a
# page is either done again for a kept page (its `page_markdown` events are run) or restored
# (Material's search entries), or is in the key (the context the tags plugin adds to).
LEDGER_PLUGINS = frozenset(
    {SEARCH_PLUGIN_MODULE, TAGS_PLUGIN_MODULE, __name__, "generator.backend.mkdocs_site"}
)
# MkDocs' events about one page; a handler of one of them from any other plugin turns the
# ledger off (it could do to a kept page what the ledger does not know of).
PAGE_EVENTS = (
    "pre_page",
    "page_read_source",
    "page_markdown",
    "page_content",
    "page_context",
    "post_page",
)
# What MkDocs' page loop sets on a page (`read_source`, then `render`): restored by the ledger.
# Every other attribute of a page (its file, URL, place in the navigation) is in the late key.
POPULATED = RENDER_SETS | {"markdown", "meta"}


def _handler_module(handler: Any) -> str:
    owner = getattr(handler, "__self__", None)
    return type(owner).__module__ if owner is not None else str(getattr(handler, "__module__", ""))


def _why_no_ledger(config: MkDocsConfig) -> str:
    """Why the ledger may not keep pages in this build ("" when it may): a plugin whose page
    events it does not know."""
    for event in PAGE_EVENTS:
        for handler in config.plugins.events[event]:
            if _handler_module(handler) not in LEDGER_PLUGINS:
                return f"a plugin handles the {event} event of pages ({handler})"
    return ""


def _plain_json(value: object) -> str | None:
    """`value` as JSON text if it reads back equal (a page's front matter: YAML may give dates
    and keys that are not strings, which JSON does not keep); else None."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return None
    return text if json.loads(text) == value else None


class _Ledger:
    """The pages of one build that MkDocs' page loop may skip: each page rendered (or kept by
    its context) is noted in the ledger under its "early" key, everything known before the page
    is read (the build-wide hash, the page's file and source), with what the loop made of it:
    its front matter, title, table of contents, anchors, the files its links looked up, its
    search entries, the hash of its HTML, and the "late" key of what its template is given
    besides the page (the navigation, the page's place in it, the context plugins add).

    In a later build, a page whose early key is in the ledger, whose links find the same files
    and whose HTML the previous site holds is kept: its source is not parsed nor converted
    (`read_source` and `render` restore the ledger's), its search entries are the ledger's, its
    template is not rendered. Its `page_markdown` events run, so that the tags plugin knows its
    tags; if its Markdown comes out of them otherwise than noted, or its late key differs when
    its context is made, it is converted and rendered as any page. Not a dataclass: it follows
    the pages of a build."""

    def __init__(
        self,
        store: DiskCache,
        previous: Path | None,
        stats: SiteStats,
        build_wide: str,
        *,
        lookups: Mapping[str, dict[str, list[Any] | None]],
        with_search: bool,
    ) -> None:
        self.store, self.previous, self.stats, self.build_wide = store, previous, stats, build_wide
        # The files each page converted cleanly looked up (_PageCache's), and whether the
        # build has a search index whose entries the ledger must hold.
        self.lookups, self.with_search = lookups, with_search
        self.describer = _Describer()
        self.files: Files | None = None
        # By page path: the early key, the front matter and Markdown as read, the search
        # entries; and the entry of each page being kept.
        self.early: dict[str, str] = {}
        self.read: dict[str, tuple[int, str]] = {}
        self.search: dict[str, list[dict[str, Any]]] = {}
        self.kept: dict[str, dict[str, Any]] = {}
        # The conversion of a page the ledger cannot restore (its `render` before ours).
        self.convert: dict[str, Callable[[MkDocsConfig, Files], None]] = {}

    def early_key(self, page: Page, source: str) -> str:
        file = page.file
        parts = [self.build_wide, file.src_uri, file.dest_uri, file.url, file.inclusion.name]
        return _hash([*parts, _text(source)])

    def late_key(self, context: Mapping[str, Any], page: Page) -> str:
        """What the template is given besides what the page's source and the build decide."""
        left_out = POPULATED | OWN_PAGE_ATTRIBUTES | UNREAD_PAGE_ATTRIBUTES
        attributes = {k: v for k, v in vars(page).items() if k not in left_out}
        names = sorted(n for n in context if n != "page" and n not in BUILD_WIDE | UNREAD)
        described = [[n, self.describer.value(context[n])] for n in names]
        return _hash([described, self.describer.value(attributes)])

    def pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        """Note the page's early key; keep the page if the ledger holds it as it is."""
        self.files = files
        file = page.file
        try:
            source = file.content_string
        except (OSError, ValueError):
            return  # MkDocs' own reading says what is wrong
        key = self.early_key(page, source)
        self.early[file.src_uri] = key
        convert = page.render
        self.convert[file.src_uri] = convert
        entry = self.store.get(key) if self.previous is not None else None
        if (
            self.previous is not None
            and isinstance(entry, dict)
            and _lookups_hold(entry.get("lookups"), files)
            and entry.get("html") == _file_digest(self.previous / file.dest_uri)
        ):
            self.kept[file.src_uri] = entry
            page.read_source = functools.partial(self._restore_source, page, source, entry)  # type: ignore[method-assign]
            page.render = functools.partial(self._restore_render, page, entry)  # type: ignore[method-assign]
        else:
            page.read_source = functools.partial(self._read_source, page, page.read_source)  # type: ignore[method-assign]

    def _read_source(
        self, page: Page, read: Callable[[MkDocsConfig], None], config: MkDocsConfig
    ) -> None:
        read(config)
        meta = _plain_json(page.meta)
        if page.markdown is not None and meta is not None:
            self.read[page.file.src_uri] = (len(page.markdown), meta)

    def _restore_source(
        self, page: Page, source: str, entry: dict[str, Any], config: MkDocsConfig
    ) -> None:
        length, meta = entry["read"]
        page.markdown = source[len(source) - length :]
        page.meta = json.loads(meta)
        # As read: noted again should the page be converted after all.
        self.read[page.file.src_uri] = entry["read"]

    def _restore_render(
        self, page: Page, entry: dict[str, Any], config: MkDocsConfig, files: Files
    ) -> None:
        """The conversion as the ledger holds it, if the page's `page_markdown` events gave
        the Markdown they gave when it was noted (else the page is converted)."""
        src_uri = page.file.src_uri
        if page.markdown is None or _text(page.markdown) != entry["markdown"]:
            self._unkeep(page, config, files)
            return
        try:
            _PageCache._apply(page, {**entry["conversion"], "content": ""}, files)
        except (KeyError, TypeError, ValueError, AttributeError):
            self._unkeep(page, config, files)
            return
        self.stats.restored.append(src_uri)

    def _unkeep(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        self.kept.pop(page.file.src_uri, None)
        self.convert[page.file.src_uri](config, files)

    def page_context(self, context: Mapping[str, object], page: Page, config: MkDocsConfig) -> None:
        """Before the other plugins see a kept page's context: if what its template would be
        given differs from the ledger's, convert the page (as MkDocs would have) and let the
        build render it."""
        entry = self.kept.get(page.file.src_uri)
        if entry is None:
            return
        seen = dict(context)
        for handler in config.plugins.events["page_context"]:
            if _handler_module(handler) == TAGS_PLUGIN_MODULE:
                handler(seen, page=page, config=config, nav=context.get("nav"))
        try:
            same = self.late_key(seen, page) == entry["late"]
        except _Unsupported:
            same = False
        if same:
            return
        assert self.files is not None
        self.stats.restored.remove(page.file.src_uri)
        self._unkeep(page, config, self.files)
        assert page.content is not None
        page.content = config.plugins.on_page_content(
            page.content, page=page, config=config, files=self.files
        )

    def keeps(self, page: Page) -> bool:
        return page.file.src_uri in self.kept

    def search_entries(self, page: Page) -> list[dict[str, Any]] | None:
        entry = self.kept.get(page.file.src_uri)
        return None if entry is None else entry["search"]

    def note_search(self, page: Page, entries: list[dict[str, Any]]) -> None:
        self.search[page.file.src_uri] = entries

    def record(self, page: Page, context: Mapping[str, Any], html: str) -> None:
        """Note a page rendered (or kept by its context) in the ledger, when everything the
        loop made of it can be restored: its front matter is plain data, it converted cleanly
        (its conversion and links are known) and its search entries are known."""
        src_uri = page.file.src_uri
        key, read = self.early.get(src_uri), self.read.pop(src_uri, None)
        lookups = self.lookups.get(src_uri)
        search = self.search.pop(src_uri, None)
        if key is None or read is None or lookups is None or page.markdown is None:
            return
        if self.with_search and search is None:
            return
        try:
            late = self.late_key(context, page)
        except _Unsupported:
            return
        conversion = _PageCache._entry(page, set(RENDER_SETS))
        if conversion is None:
            return
        del conversion["content"]  # a kept page's HTML is the previous site's
        entry = {
            "read": read,
            "markdown": _text(page.markdown),
            "conversion": conversion,
            "lookups": lookups,
            "search": search,
            "late": late,
            "html": html,
        }
        self.store.put(key, entry)


def walk_order(src_uri: str) -> tuple[tuple[int, bool, str], ...]:
    """Where MkDocs' get_files puts a file of the docs folder: it walks the folder top down
    (os.walk), a folder's files before its subfolders, subfolders by name, and a folder's files
    by name with index and README first (mkdocs/structure/files.py, `_file_sort_key`)."""
    *folders, name = src_uri.split("/")
    stem = os.path.splitext(name)[0]  # noqa: PTH122  (as MkDocs splits it)
    return (*((1, False, folder) for folder in folders), (0, stem not in ("index", "README"), name))


# MkDocs' logger that says which page gave no HTML.
BUILD_LOGGER = "mkdocs.commands.build"


class _QuietKept(logging.Filter):
    """MkDocs says that it skipped a page whose template gave no HTML: not news for a kept
    page, which the previous site holds."""

    def __init__(self, plugin: _SpeedUps) -> None:
        super().__init__()
        self.plugin = plugin

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.plugin.kept is None or not message.startswith("Page skipped: '"):
            return True
        return message.split("'")[1] not in self.plugin.kept.sources


# The settings the theme's templates read, as MkDocs holds them once loaded (also from a file
# the project file inherits): each is described, besides the project file itself.
TEMPLATE_SETTINGS = (
    "site_name",
    "site_url",
    "site_description",
    "site_author",
    "copyright",
    "repo_url",
    "repo_name",
    "edit_uri",
    "extra",
    "extra_css",
    "extra_javascript",
    "use_directory_urls",
)


def _build_wide(config: MkDocsConfig, config_file: Path) -> str:
    """A hash of what every page's HTML depends on alike: the project file and the settings
    the templates read, the theme's settings and overrides (the installed theme is in the
    stores' code), the settings of the conversions. Raises _Unsupported for a setting that
    is not plain data."""
    describer = _Describer()
    # `extra` is a mapping of MkDocs' own (which also knows where the project file is): as a
    # plain dict, what the templates read of it.
    settings = {}
    for name in TEMPLATE_SETTINGS:
        value = config[name]
        settings[name] = describer.value(dict(value) if isinstance(value, Mapping) else value)
    # The theme's locale is a Babel Locale (MkDocs makes it from `language`): by its name.
    # The overrides' folder is where the site folder is: its files are hashed below instead.
    theme = describer.value(
        {
            name: str(value) if name == "locale" else value
            for name, value in config.theme.items()
            if name != "custom_dir"
        }
    )
    parts = [config_fingerprint(config), _digest(config_file.read_bytes())]
    parts += [json.dumps([settings, theme], sort_keys=True)]
    custom = config.theme.custom_dir
    if custom:
        root = Path(custom)
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            parts += [path.relative_to(root).as_posix(), _digest(path.read_bytes())]
    return _hash(parts)


class _SpeedUps(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """The speed-ups of one build, joined to it through MkDocs' plugin events; without a
    store, only the navigation is shared. Not a dataclass: a plugin."""

    def __init__(
        self,
        stores: _Stores | None,
        stats: SiteStats,
        tally: _Tally,
        *,
        previous: Path | None = None,
        config_file: Path | None = None,
        changes: Mapping[str, str | None] | None = None,
    ) -> None:
        super().__init__()
        self.stores, self.stats = stores, stats
        self.pages = _PageCache(stores.conversions, stats, tally) if stores is not None else None
        self.previous, self.config_file = previous, config_file
        self.changes = changes or {}
        self.kept: _KeptPages | None = None
        self.search: _SearchCache | None = None
        # Why no page can be kept ("" when pages may be), and the hash of what every page's
        # HTML depends on alike: known before the pages are read (on_nav).
        self.why_rewritten = "no cache or project file"
        self.build_wide = ""
        self.ledger: _Ledger | None = None

    # First: the other plugins see the pages as they would in a folder holding the changes.
    @event_priority(200)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """The pages of the docs folder with the changes made: a changed or added page is a
        file of MkDocs held in memory (`File.generated`), a removed one is left out, and the
        collection keeps the order in which MkDocs reads a folder (walk_order), on which the
        order of the search index and the sitemap depends."""
        if not self.changes:
            return files
        from mkdocs.structure.files import File
        from mkdocs.structure.files import Files as FileCollection

        kept = [f for f in files if f.src_uri not in self.changes]
        made = [
            File.generated(config, path, content=text)
            for path, text in self.changes.items()
            if text is not None
        ]
        return FileCollection(sorted([*kept, *made], key=lambda f: walk_order(f.src_uri)))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        plugin = _search_plugin(config)
        if self.stores is None or plugin is None:
            return
        index = plugin.search_index
        module = sys.modules[SEARCH_PLUGIN_MODULE]
        self.search = _SearchCache(self.stores.search, self.stats, index, module)
        index.add_entry_from_context = self.search.add_entry_from_context

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Decide whether pages may be kept, before they are read: the ledger keeps pages
        from the start of the page loop."""
        if self.stores is None or self.config_file is None or self.pages is None:
            return nav
        why = _why_renders_differ(config.theme.get_env(), config, self.stores.renders)
        if not why:
            try:
                self.build_wide = _build_wide(config, self.config_file)
            except _Unsupported as reason:
                why = str(reason)
        self.why_rewritten = why
        if why:
            return nav
        why_no_ledger = _why_no_ledger(config)
        if why_no_ledger:
            log.info("every page read and converted: %s", why_no_ledger)
            return nav
        self.ledger = _Ledger(
            self.stores.ledger,
            self.previous,
            self.stats,
            self.build_wide,
            lookups=self.pages.lookups,
            with_search=_search_plugin(config) is not None,
        )
        if self.search is not None:
            self.search.ledger = self.ledger
        return nav

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        # Subclasses (blog posts and the like) may render differently: leave them alone.
        if self.pages is not None and type(page) is self.pages.page_class:
            page.render = functools.partial(self.pages.render, page)  # type: ignore[method-assign]
            if self.ledger is not None:
                self.ledger.pre_page(page, config, files)
        return page

    # First: a kept page whose context is not the ledger's is converted before the other
    # plugins (the search index) see it.
    @event_priority(300)
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        if self.ledger is not None:
            self.ledger.page_context(context, page, config)

    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        import jinja2

        try:
            template = env.get_template(NAVIGATION_TEMPLATE)
        except jinja2.TemplateNotFound:
            return env  # a theme without Material's navigation partial
        _share(template, navigation_key)
        self._keep_pages(env, config)
        return env

    def _keep_pages(self, env: jinja2.Environment, config: MkDocsConfig) -> None:
        """Keep the pages the previous site holds already, where every input of a page's HTML
        can be put in a key; note what each page rendered gives, for the next build."""
        if self.stores is None or self.config_file is None or self.pages is None:
            return
        why = self.why_rewritten
        if why:
            self.stats.rewritten = why
            log.info("every page rendered: %s", why)
            return
        self.kept = _KeptPages(self.stores.renders, self.previous, self.stats, self.build_wide)
        self.kept.ledger = self.ledger
        self.kept.wrap(env.get_template(PAGE_TEMPLATE))


@contextmanager
def faster(
    config: MkDocsConfig,
    *,
    config_file: Path,
    docs: Path,
    out: Path,
    cache: Path | None,
    stats: SiteStats,
    previous: Path | None = None,
    changes: Mapping[str, str | None] | None = None,
) -> Iterator[None]:
    """Join the speed-ups to the MkDocs build of `config` run inside (from `config_file`, of
    the pages in `docs` into `out`). With `cache`, conversions and search entries stored there
    are reused, a helper process converts pages ahead of the build on a large site, and pages
    whose HTML the site in `previous` holds already are not written (`stats.kept`); `changes`
    are made to the pages of `docs` in the build, not in the folder. The entries are pruned by
    the one rule of the build's caches (generator/cache.py)."""
    stores = _Stores.open(cache) if cache is not None else None
    tally = _Tally()
    plugin = _SpeedUps(
        stores, stats, tally, previous=previous, config_file=config_file, changes=changes
    )
    config.plugins[PLUGIN_NAME] = plugin
    # 'mkdocs' may not pass its records on to the root logger (the mkdocs CLI sets it so).
    watched = [logging.getLogger(), logging.getLogger("mkdocs")]
    for logger in watched:
        logger.addHandler(tally)
    quiet = _QuietKept(plugin)
    build_log = logging.getLogger(BUILD_LOGGER)
    build_log.addFilter(quiet)
    helper = None
    if (
        cache is not None
        and plugin.pages is not None
        and not changes  # the helper reads the pages from `docs`, without the changes
        and (os.cpu_count() or 1) >= 2
        and sum(1 for _ in docs.rglob("*.md")) >= HELPER_MIN_PAGES
    ):
        helper = _LazyHelper(functools.partial(_Helper, config_file, docs, out, cache))
        plugin.pages.on_page = helper.page
    try:
        yield
        if helper is not None:
            helper.stop()
            helper = None
    finally:
        if helper is not None:
            helper.stop()
        for logger in watched:
            logger.removeHandler(tally)
        build_log.removeFilter(quiet)


class _LazyHelper:
    """The helper process, started once HELPER_SAMPLE_PAGES pages of the build are met if at
    least HELPER_MISS_SHARE of them were converted. Not a dataclass: it owns the process."""

    def __init__(self, start: Callable[[], _Helper]) -> None:
        self.start = start
        self.helper: _Helper | None = None
        self.seen = self.converted = 0

    def page(self, converted: bool) -> None:
        if self.seen >= HELPER_SAMPLE_PAGES:
            return  # decided
        self.seen += 1
        self.converted += converted
        if self.seen >= HELPER_SAMPLE_PAGES and self.converted >= HELPER_MISS_SHARE * self.seen:
            self.helper = self.start()

    def stop(self) -> None:
        if self.helper is not None:
            self.helper.stop()
            self.helper = None


class _Helper:
    """A process converting pages into the cache from the last to the first while MkDocs
    builds them from the first (in one process); the build finds there the pages the helper
    got to first. Only a speed-up: a page the helper converted differently, or not yet, is
    converted by the build, and the helper is stopped when the build is done. Its failures are
    reported when it stops. Not a dataclass: it owns a process."""

    def __init__(self, config_file: Path, docs: Path, out: Path, cache: Path) -> None:
        # What the helper prints: read when it stops (a pipe nobody reads could fill and block).
        self.errors: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (closed in stop)
        # A fresh interpreter, not a fork: a fork of a large build would come to copy its memory.
        command = [sys.executable, "-m", HELPER_MODULE]
        command += [str(p.resolve()) for p in (config_file, docs, out, cache)]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.errors,
            cwd=ROOT,
        )

    def stop(self) -> None:
        """Stop the helper if it still runs; log a warning if it failed before."""
        if self.process.poll() is None:
            self.process.terminate()
        status = self.process.wait()
        self.errors.seek(0)
        output = self.errors.read().decode("utf-8", "replace").strip()
        self.errors.close()
        if status in (0, -signal.SIGTERM):
            return
        if status < 0:
            what = f"killed by signal {-status}"
        else:
            what = output.splitlines()[-1] if output else f"exit status {status}"
        log.warning(
            "the process converting pages ahead of the build failed (%s); the build converted "
            "the pages itself",
            what,
        )
        log.debug("output of the failed helper process:\n%s", output)


class HelperFailed(RenderError):
    """What the helper process was doing when it failed, and the error."""


def convert_ahead(config_file: Path, docs: Path, out: Path, cache: Path) -> int:
    """The helper's work: MkDocs' own steps up to the conversion of each page, last page
    first, with the caches of the speed-ups, so that each page that converts cleanly is stored
    for the build. The number of pages converted; HelperFailed says what failed."""
    from mkdocs.commands.build import _populate_page
    from mkdocs.config import load_config
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    tally = _Tally()  # a page that logs anything is not stored (the build reports it)
    watched = [logging.getLogger(), logging.getLogger("mkdocs")]
    for logger in watched:
        logger.addHandler(tally)
    converted = 0
    doing = "reading the configuration and the pages"
    try:
        config = load_config(
            config_file=str(config_file), docs_dir=str(docs), site_dir=str(out), strict=True
        )
        config.plugins[PLUGIN_NAME] = _SpeedUps(_Stores.open(cache), SiteStats(), tally)
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        config.plugins.on_nav(nav, config=config, files=files)
        search = _search_plugin(config)
        for file in reversed(files.documentation_pages(inclusion=InclusionLevel.is_included)):
            doing = f"converting {file.src_uri}"
            if file.page is None:
                Page(None, file, config)
            assert file.page is not None
            _populate_page(file.page, config, files)
            if search is not None:
                search.search_index.add_entry_from_context(file.page)
                search.search_index.entries.clear()
            file.page.markdown = file.page.content = None  # stored: free the memory
            converted += 1
    except Exception as error:
        raise HelperFailed(f"{doing}: {type(error).__name__}: {error}") from error
    finally:
        for logger in watched:
            logger.removeHandler(tally)
    return converted


def _helper_main(arguments: list[str]) -> int:
    # MkDocs' messages are the build's to report: nothing is printed from here but a failure.
    for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    try:
        convert_ahead(*(Path(argument) for argument in arguments))
    except HelperFailed as failure:
        traceback.print_exc()
        print(failure, file=sys.stderr)  # the last line: what the build's log says
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_helper_main(sys.argv[1:]))
