"""Results kept on disk between builds, filed under a hash of everything that determines them."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import shutil
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=8)
def code_fingerprint(modules: tuple[str, ...]) -> str:
    """A hash of the named generator modules and the YAKE version: new code, new cache entries."""
    digest = hashlib.sha256(f"yake {version('yake')}".encode())
    for name in modules:
        digest.update((PACKAGE / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


def content_key(*parts: object) -> str:
    """A hash of values made of dataclasses, tuples, strings and numbers. Their repr, not their
    pickle: a pickle also records which equal strings are one object, so it differs between
    an analysis just made and the same analysis read back from disk."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


class DiskCache:
    """Pickled values in a folder, one file per key, written atomically.

    Not a dataclass: it owns a folder; it holds no data of its own. A missing, unreadable or
    corrupt entry is a miss, and a cache that cannot be written only costs time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_code(cls, parent: Path, kind: str, fingerprint: str) -> DiskCache:
        """The cache of `kind` for this code, in `parent`. Caches of the same kind left by
        other versions of the code can never be read again: they are removed."""
        for stale in parent.glob(f"{kind}-*"):
            if stale.name != f"{kind}-{fingerprint}" and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
        return cls(parent / f"{kind}-{fingerprint}")

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> object | None:
        try:
            with self._path(key).open("rb") as handle:
                found: object = pickle.load(handle)  # our own files, written by put()
                os.utime(handle.fileno())  # used now: kept by prune_unused
                return found
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
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
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(value, protocol=5))
            tmp.replace(path)
        except OSError as error:
            log.warning("cannot write the cache in %s (%s)", self.folder, error.strerror)


# Entries no build has read or written for this long are removed (inputs long gone, older
# versions of stories and pages): the cache stays about the size of what is built from it.
KEEP_UNUSED_DAYS = 30


def prune_unused(parent: Path, days: float = KEEP_UNUSED_DAYS, now: float | None = None) -> int:
    """Remove the entries of every DiskCache in `parent` unused for `days`; their number."""
    cutoff = (time.time() if now is None else now) - days * 86_400
    removed = 0
    for path in parent.glob("*-*/??/*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove: only space is at stake
    return removed
