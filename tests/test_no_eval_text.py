"""No text of the labelled corpora, nor of the demo articles, in the repository.

The corpora in ../shared/eval are read at test and eval time and never copied here: an example
in a comment or a test sentence taken from one of their articles would let the code be tuned
to, and judged on, the text it quotes. This test finds every run of WINDOW_WORDS words of the
repository's source, tests, tools, templates, site theme, docs and settings that also stands in
a text of the corpora (every `.jsonl` under ../shared/eval, however deep). Runs are read as
words: punctuation around a word is no part of it ("vote." is "vote"), a curly apostrophe is a
straight one, and a run goes on from one line to the next (a comment wrapped over two lines),
while markup's tags part runs. A line that must hold such words (a boilerplate pattern's own
example: page furniture is the same on every site) says so with the marker below; a run does
not cross it. Skips when the corpora are absent.

The demo articles in seeds/ are one example, not the target: code, tests and comments must not
quote them either (their expected values live in tests/fixtures/seeds/expected.json, data read
at test time), so the same runs are looked for in them; the same marker lets a boilerplate
pattern hold page furniture they share with every site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

from tools.facts_eval import DEFAULT_EVAL_DIR

ROOT = Path(__file__).resolve().parent.parent
# Six words in a row: long enough that a shared run is a quotation, not a common phrase.
WINDOW_WORDS = 6
# Shorter runs of six words ("in the search for the") are common English, not quotations.
WINDOW_MIN_CHARS = 26
# Every folder we write text in; site/ only its theme (its docs/ and public/ are built output).
SCANNED = ("generator", "tests", "tools", "templates", "site/overrides", "docs", ".github")
SCANNED_FILES = ("README.md", "CHANGELOG.md", "Makefile", "pyproject.toml", "site/mkdocs.yml")
# The kinds of file that hold prose we write (stylesheets and images hold none).
SUFFIXES = {".py", ".j2", ".md", ".html", ".js", ".json", ".yml", ".yaml", ".toml", ".txt"}
# Fixtures hold ids, spans and short annotated values by design; golden files are our output.
EXCLUDED = {"fixtures", "golden"}
MARKER = "eval-text: boilerplate"
SEEDS = ROOT / "seeds"
# A word: letters and digits, with the apostrophes inside it ("don't", "Doe's").
_WORD = re.compile(r"\w+(?:'\w+)*")
# A tag of markup ("<option>May</option><option>June" runs no "May June") and a backslash
# escape of a string or a pattern ("\nThe", "\bsaid") part words.
_PARTING = re.compile(r"<[^<>]*>|\\\w")

Window = tuple[str, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(_PARTING.sub(" ", text.replace("’", "'")))


def _windows(words: list[str]) -> Iterator[Window]:
    return zip(*(words[start:] for start in range(WINDOW_WORDS)), strict=False)


def _scanned_files(root: Path) -> list[Path]:
    files = [root / name for name in SCANNED_FILES if (root / name).is_file()]
    for folder in SCANNED:
        files += [
            path
            for path in sorted((root / folder).rglob("*"))
            if path.suffix in SUFFIXES
            and path.is_file()
            and not EXCLUDED & set(path.relative_to(root).parts)
        ]
    return files


def _file_windows(path: Path) -> Iterator[tuple[Window, int]]:
    """Each run of a file's words with the line it starts on; a marked line ends a run."""
    words: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if MARKER in line:
            yield from zip(_windows(words), lines, strict=False)
            words, lines = [], []
            continue
        line_words = _words(line)
        words += line_words
        lines += [number] * len(line_words)
    yield from zip(_windows(words), lines, strict=False)


@cache
def _repository_windows(root: Path) -> dict[Window, list[str]]:
    """Each run of the repository's words long enough to be a quotation -> where it starts."""
    where: dict[Window, list[str]] = {}
    for path in _scanned_files(root):
        for window, number in _file_windows(path):
            if len(" ".join(window)) >= WINDOW_MIN_CHARS:
                where.setdefault(window, []).append(f"{path.relative_to(root)}:{number}")
    return where


def _corpus_texts(eval_dir: Path) -> Iterator[str]:
    """Every text of every record of the corpora, each once (input.jsonl repeats articles.jsonl)."""
    seen: set[str] = set()
    for path in sorted(eval_dir.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                for value in row.values() if isinstance(row, dict) else ():
                    if isinstance(value, str) and value not in seen:
                        seen.add(value)
                        yield value


def _quoted(texts: Iterable[str], root: Path) -> list[str]:
    """Where the repository holds a run of the texts, one line per run, sorted."""
    ours = _repository_windows(root)
    found: set[Window] = set()
    for text in texts:
        found.update(filter(ours.__contains__, _windows(_words(text))))
    return sorted(f"{place}: {' '.join(window)}" for window in found for place in ours[window])


def test_no_line_of_the_repository_quotes_the_labelled_corpora() -> None:
    if not (DEFAULT_EVAL_DIR / "basil").is_dir():
        pytest.skip(f"the labelled corpora are not at {DEFAULT_EVAL_DIR}")
    listed = _quoted(_corpus_texts(DEFAULT_EVAL_DIR), ROOT)
    assert not listed, "text of ../shared/eval in the repository:\n" + "\n".join(listed)


def test_no_line_of_the_repository_quotes_the_demo_articles() -> None:
    texts = (path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    listed = _quoted(texts, ROOT)
    assert not listed, "text of seeds/ in the repository:\n" + "\n".join(listed)
