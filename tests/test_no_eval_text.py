"""No text of the labelled corpora, nor of the demo articles, in the repository.

The corpora in ../shared/eval are read at test and eval time and never copied here: an example
in a comment or a test sentence taken from one of their articles would let the code be tuned
to, and judged on, the text it quotes. This test finds every run of WINDOW_WORDS words of a
source, test, tool or template line that also stands in an article of the corpora. A line that
must hold such words (a boilerplate pattern's own example: page furniture is the same on every
site) says so with the marker below. Skips when the corpora are absent.

The demo articles in seeds/ are one example, not the target: code, tests and comments must not
quote them either (their expected values live in tests/fixtures/seeds/expected.json, data read
at test time), so the same windows are looked for in them; the same marker lets a boilerplate
pattern hold page furniture they share with every site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.facts_eval import DEFAULT_EVAL_DIR

ROOT = Path(__file__).resolve().parent.parent
# Six words in a row: long enough that a shared run is a quotation, not a common phrase.
WINDOW_WORDS = 6
# Shorter runs of six words ("in the search for the") are common English, not quotations.
WINDOW_MIN_CHARS = 26
SCANNED = ("generator", "tests", "tools", "templates")
SUFFIXES = {".py", ".j2", ".md"}
# Fixtures hold ids, spans and short annotated values by design; golden files are our output.
EXCLUDED = {"fixtures", "golden"}
MARKER = "eval-text: boilerplate"
SEEDS = ROOT / "seeds"
# Quotation marks and markup's angle brackets part words: "<span>Your email" holds "Your".
_PARTING = re.compile(r"[\"“”<>]")


def _repository_windows() -> dict[str, list[str]]:
    """Each window of the repository's lines -> where it stands (file:line)."""
    files = [ROOT / "README.md"] + [
        path
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in SUFFIXES and path.is_file() and not EXCLUDED & set(path.parts)
    ]
    where: dict[str, list[str]] = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if MARKER in line:
                continue
            for window in _windows(_PARTING.sub(" ", line).split()):
                where.setdefault(window, []).append(f"{path.relative_to(ROOT)}:{number}")
    return where


def _windows(words: list[str]) -> Iterator[str]:
    for start in range(len(words) - WINDOW_WORDS + 1):
        window = " ".join(words[start : start + WINDOW_WORDS])
        if len(window) >= WINDOW_MIN_CHARS and "=" not in window:  # markup or code, not prose
            yield window


def _corpus_texts(eval_dir: Path) -> Iterator[str]:
    for path in sorted(eval_dir.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                for value in row.values() if isinstance(row, dict) else ():
                    if isinstance(value, str) and len(value) > WINDOW_MIN_CHARS:
                        yield value


def test_no_line_of_the_repository_quotes_the_labelled_corpora() -> None:
    if not (DEFAULT_EVAL_DIR / "basil").is_dir():
        pytest.skip(f"the labelled corpora are not at {DEFAULT_EVAL_DIR}")
    ours = _repository_windows()
    found: dict[str, list[str]] = {}
    for text in _corpus_texts(DEFAULT_EVAL_DIR):
        for window in _windows(_PARTING.sub(" ", text).split()):
            if window in ours:
                found[window] = ours[window]
    listed = [f"{places[0]}: {window}" for window, places in sorted(found.items())]
    assert not listed, "text of ../shared/eval in the repository:\n" + "\n".join(listed)


def test_no_line_of_the_repository_quotes_the_demo_articles() -> None:
    ours = _repository_windows()
    found: dict[str, list[str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for window in _windows(_PARTING.sub(" ", line).split()):
                if window in ours:
                    found[window] = ours[window]
    listed = [f"{places[0]}: {window}" for window, places in sorted(found.items())]
    assert not listed, "text of seeds/ in the repository:\n" + "\n".join(listed)
