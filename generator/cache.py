"""Results kept on disk between builds, filed under a hash of everything that determines them.

One kind of store for every cache of the build (analyses, stories, pages, the site's HTML
conversions and search entries): `DiskCache`, a folder named after its kind and the fingerprint
of what makes its entries, one file per key, written through the one atomic writer. One pruning
rule for all of them: a store of other code can never be read again and goes when a store of its
kind is opened; an entry no build has read or written for KEEP_UNUSED_DAYS goes at the end of a
build (`prune_unused`)."""

from __future__ import annotations

import ast
import functools
import hashlib
import logging
import os
import pickle
import re
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path
from typing import TypeVar

from generator.files import write_atomically

log = logging.getLogger(__name__)

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent
# A fingerprint is this many hex digits of a SHA-256: 64 bits, no collision in any cache's life.
FINGERPRINT_DIGITS = 16
# A store's folder: its kind, a hyphen, the fingerprint of what makes its entries.
_STORE_FOLDER = re.compile(rf"(?P<kind>[a-z][a-z0-9-]*)-[0-9a-f]{{{FINGERPRINT_DIGITS}}}")


def source_of(module: str) -> Path | None:
    """The file of a generator module named relative to the package ("cache", "lang.en",
    "lang.en.calendar"): a module's own file, or a package's __init__.py; None when the name
    is no module of ours (a class or a function imported from one)."""
    base = PACKAGE.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imports(module: str) -> tuple[frozenset[str], frozenset[str]]:
    """What `module` imports anywhere in its source (at the top or inside a function, where
    heavy or optional imports live), read from its syntax tree: the generator modules, and the
    top-level names of other projects' modules ("yake", "lxml", "json" of the standard library
    among them). Importing a module of a package runs the package's __init__.py first: every
    package on the way is imported too ("generator.lang.en.calendar" imports "lang" and
    "lang.en")."""
    path = source_of(module)
    if path is None:
        return frozenset(), frozenset()
    return _imports_in(path, module, path.stat().st_mtime_ns)


# The closures of the stages share most of their modules: each file is parsed once per run
# (once per version of it: `changed`, its time of change, is part of the key).
@functools.lru_cache(maxsize=256)
def _imports_in(path: Path, module: str, changed: int) -> tuple[frozenset[str], frozenset[str]]:
    """(the generator modules, the top-level names of other modules) imported in `path`."""
    # Where a relative import starts: the package itself for an __init__.py, else its parent.
    here = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    others: set[str] = set()
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    # Only a source that writes the name can call `distribution` (_data_read_from): the others'
    # expressions (nine nodes in ten) need no walk.
    nodes = ast.walk(tree) if DATA_CALL in source else _statements(tree)
    for node in nodes:
        data_of = _data_read_from(node)
        if data_of is not None:
            # Data read from another project's files (a name list) makes results as its code
            # does; its distribution is named where it is located.
            others.add(data_of)
            continue
        if isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parent = here[: len(here) - (node.level - 1)]
                base = [PACKAGE.name, *parent, *(node.module or "").split(".")]
                base = [part for part in base if part]
            elif node.module:
                base = node.module.split(".")
            else:
                continue
            names = [base] + [[*base, alias.name] for alias in node.names]
        else:
            continue
        for parts in names:
            if parts[0] != PACKAGE.name:
                others.add(parts[0])
                continue
            for end in range(2, len(parts) + 1):
                name = ".".join(parts[1:end])
                if source_of(name) is not None:
                    found.add(name)
    return frozenset(found), frozenset(others)


# The function through which a module reads another project's data (_data_read_from).
DATA_CALL = "distribution"
# The fields of a statement (or of an except clause or a case of a match) that hold statements.
_STATEMENT_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")


def _statements(tree: ast.Module) -> Iterator[ast.AST]:
    """Every statement of a module at any depth (in functions, classes, branches, except
    clauses and cases), with the except clauses and cases themselves: every import is one."""
    todo: list[ast.AST] = list(tree.body)
    while todo:
        node = todo.pop()
        yield node
        for field in _STATEMENT_FIELDS:
            todo.extend(getattr(node, field, ()))


def _data_read_from(node: ast.AST) -> str | None:
    """The project named when `node` is a call `distribution("name")`: importlib.metadata's
    way to a project's files, how data a project ships is read without importing its code."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    first = node.args[0]
    if called == DATA_CALL and isinstance(first, ast.Constant):
        return first.value if isinstance(first.value, str) else None
    return None


@functools.lru_cache(maxsize=16)
def import_closure(module: str) -> tuple[str, ...]:
    """Every generator module that `module` needs, itself included: what made its results."""
    seen, todo = {module}, [module]
    while todo:
        for name in _imports(todo.pop())[0] - seen:
            seen.add(name)
            todo.append(name)
    return tuple(sorted(seen))


def fingerprint(*parts: str) -> str:
    """A short hash of `parts`, in their order."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:FINGERPRINT_DIGITS]


def installed(*distributions: str) -> str:
    """The installed versions of `distributions`, as one line ("-" for one not installed):
    the part of a fingerprint that stands for code of other projects."""
    found = []
    for distribution in distributions:
        try:
            found.append(f"{distribution} {version(distribution)}")
        except PackageNotFoundError:
            found.append(f"{distribution} -")
    return "; ".join(found)


@functools.lru_cache(maxsize=1)
def _distributions_of_modules() -> Mapping[str, list[str]]:
    # Scans every installed distribution's file list: once per run.
    return packages_distributions()


def projects_imported(stage: str) -> tuple[str, ...]:
    """The installed distributions whose modules the stage's code imports directly (trafilatura,
    yake, markdown-it-py ...), sorted; the standard library has none."""
    by_module = _distributions_of_modules()
    found: set[str] = set()
    for name in import_closure(stage):
        for top in _imports(name)[1]:
            found.update(by_module.get(top, ()))
    return tuple(sorted(found))


@functools.lru_cache(maxsize=16)
def code_fingerprint(stage: str) -> str:
    """A hash of the code of a stage (the module `stage` and every generator module it imports,
    found from the imports themselves) and of the versions of the other projects that code
    imports (an upgraded extractor or keyword library makes other entries): new code, new
    cache entries. Their own dependencies are not followed: a pinned lock file moves them."""
    digest = hashlib.sha256(installed(*projects_imported(stage)).encode())
    for name in import_closure(stage):
        path = source_of(name)
        if path is not None:
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:FINGERPRINT_DIGITS]


def content_key(*parts: object) -> str:
    """A hash of values made of dataclasses, tuples, strings and numbers. Their repr, not their
    pickle: a pickle also records which equal strings are one object, so it differs between
    an analysis just made and the same analysis read back from disk."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


# What reading a damaged pickle raises (the pickle module names these, "but not necessarily
# limited to"; the others are what truncated or foreign bytes were seen to raise).
_DAMAGED = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    KeyError,
    TypeError,
    ValueError,
    OverflowError,
)


class DiskCache:
    """Pickled values in a folder, one file per key, written atomically; each file holds its
    key too, so that a file copied or renamed onto another key reads as a miss.

    Not a dataclass: it owns a folder; it holds no data of its own. A missing, unreadable or
    corrupt entry is a miss, and a cache that cannot be written only costs time (said once)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.writable = True

    @classmethod
    def for_code(cls, parent: Path, kind: str, code: str) -> DiskCache:
        """The store of `kind` for the code whose fingerprint is `code`, in `parent`. Stores of
        the same kind left by other versions of the code can never be read again: removed."""
        if not _STORE_FOLDER.fullmatch(f"{kind}-{code}"):
            raise ValueError(f"not a store's name: {kind}-{code}")
        if parent.is_dir():
            for stale in parent.iterdir():
                found = _STORE_FOLDER.fullmatch(stale.name)
                if found and found["kind"] == kind and stale.name != f"{kind}-{code}":
                    shutil.rmtree(stale, ignore_errors=True)
        return cls(parent / f"{kind}-{code}")

    def _path(self, key: str) -> Path:
        return self.folder / key[:SHARD_CHARACTERS] / f"{key}.pickle"

    def get(self, key: str) -> object | None:
        # The path joined as text: a rebuild reads an entry per article and page, and pathlib
        # builds two Path objects for each (a tenth of reading a small entry).
        path = os.path.join(self.folder, key[:SHARD_CHARACTERS], f"{key}.pickle")  # noqa: PTH118
        try:
            with open(path, "rb") as handle:  # noqa: PTH123
                stored_key, found = pickle.load(handle)  # our own files, written by put()
                if stored_key != key:
                    return None
                os.utime(handle.fileno())  # used now: kept by prune_unused
                value: object = found
                return value
        except (OSError, *_DAMAGED):
            return None

    def get_or_make(self, key: str, kind: type[T], make: Callable[[], T]) -> T:
        """The value kept under `key` if it is a `kind`; else `make()`, kept for next time."""
        found = self.get(key)
        if isinstance(found, kind):
            return found
        made = make()
        self.put(key, made)
        return made

    def put(self, key: str, value: object) -> None:
        if not self.writable:
            return
        try:
            write_atomically(self._path(key), pickle.dumps((key, value), protocol=5))
        except OSError as error:
            log.warning("cannot write the cache in %s (%s)", self.folder, error.strerror)
            self.writable = False


# Entries no build has read or written for this long are removed (inputs long gone, older
# versions of stories and pages): the cache stays about the size of what is built from it.
KEEP_UNUSED_DAYS = 30


def prune_unused(parent: Path, days: float = KEEP_UNUSED_DAYS, now: float | None = None) -> int:
    """Remove the entries of every DiskCache in `parent` unused for `days`; their number.
    Walked with os.scandir: a cache holds an entry per article and page, and pathlib's glob
    and stat cost several times more per entry than the walk itself."""
    cutoff = (time.time() if now is None else now) - days * 86_400
    removed = 0
    for store in _entries(parent):
        if not _STORE_FOLDER.fullmatch(store.name):
            continue
        for shard in _entries(store.path):
            if len(shard.name) != SHARD_CHARACTERS or not shard.is_dir(follow_symlinks=False):
                continue
            for entry in _entries(shard.path):
                if not entry.name.endswith(".pickle"):
                    continue
                try:
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)  # noqa: PTH108  (a DirEntry: no Path made per entry)
                        removed += 1
                except OSError:
                    continue  # gone already, or not ours to remove: only space is at stake
    return removed


# An entry's file is in a folder named after the first characters of its key (DiskCache._path).
SHARD_CHARACTERS = 2


def _entries(folder: str | Path) -> list[os.DirEntry[str]]:
    """The entries of `folder`, none when it cannot be read."""
    try:
        with os.scandir(folder) as found:
            return list(found)
    except OSError:
        return []
