"""What every part of the benchmark shares: where its files go, and its progress lines."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
RESULTS_DIR = ROOT / "bench-results"
CORPORA_DIR = RESULTS_DIR / "corpora"
SITES_DIR = RESULTS_DIR / "sites"
CACHES_DIR = RESULTS_DIR / "caches"
WORK_DIR = RESULTS_DIR / "work"
PROFILES_DIR = RESULTS_DIR / "profiles"

Json = dict[str, Any]


def say(message: str) -> None:
    """A progress line on stderr (the report itself goes to stdout)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
