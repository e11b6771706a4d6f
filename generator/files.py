"""Files written whole or not at all: the one atomic writer of the build and its caches."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder renamed over it, so
    a reader (or a build killed half-way) sees the old file or the new one, never a part.
    Text is written as UTF-8 with "\\n" line ends; lone surrogates are kept as they came."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
