"""Loaders and scores for the labelled fixtures (shared by the tests and tools/evaluate.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.clean import clean
from generator.models import Article
from generator.read import read
from generator.text import normalise

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BOILERPLATE = FIXTURES / "boilerplate"
SENTENCES = FIXTURES / "sentences"
HOLDOUT = FIXTURES / "holdout"


@dataclass(frozen=True)
class LabelledLine:
    label: str  # T title, K keep, H heading, M metadata, R boilerplate
    text: str


def load_labelled(path: Path) -> list[LabelledLine]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            lines.append(LabelledLine(raw[0], normalise(raw[2:])))
    return lines


@dataclass(frozen=True)
class BoilerplateScore:
    precision: float
    recall: float
    true_removed: int
    false_removed: list[str]
    missed: list[str]
    titles_right: int
    titles: int


def clean_labelled(folder: Path, work: Path) -> dict[str, tuple[list[LabelledLine], Article]]:
    """Write each labelled file's raw text to `work` and clean them all together."""
    labelled = {}
    for path in sorted(folder.glob("*.lbl")):
        lines = load_labelled(path)
        raw = path.read_text(encoding="utf-8").splitlines()
        (work / f"{path.stem}.txt").write_text(
            "\n".join(r[2:] if r.strip() else "" for r in raw) + "\n", encoding="utf-8"
        )
        labelled[path.stem] = lines
    articles = clean(read([work], max_file_bytes=5_000_000, max_articles=10_000).sources)
    return {a.id: (labelled[a.id], a) for a in articles}


def score_boilerplate(cleaned: dict[str, tuple[list[LabelledLine], Article]]) -> BoilerplateScore:
    """Line-level precision and recall of removal: R and M lines should go, T/K/H lines stay.

    Identical lines in one article (a title and its duplicate) are interchangeable: what counts
    is how many copies of a text should go and how many went."""
    true_removed, false_removed, missed = 0, [], []
    titles_right = titles = 0
    for name, (lines, article) in sorted(cleaned.items()):
        removed = Counter(r.line for r in article.removed)
        should_go = Counter(line.text for line in lines if line.label in "RM")
        labels: dict[str, str] = {}
        for line in lines:
            labels.setdefault(line.text, line.label)
            if line.label == "T":
                titles += 1
                titles_right += article.title == line.text
        for text in sorted(set(removed) | set(should_go)):
            hits = min(removed[text], should_go[text])
            true_removed += hits
            false_removed += [f"{name}: {labels.get(text, '?')} {text}"] * (removed[text] - hits)
            missed += [f"{name}: {labels.get(text, '?')} {text}"] * (should_go[text] - hits)
    predicted = true_removed + len(false_removed)
    gold = true_removed + len(missed)
    return BoilerplateScore(
        precision=true_removed / predicted if predicted else 1.0,
        recall=true_removed / gold if gold else 1.0,
        true_removed=true_removed,
        false_removed=false_removed,
        missed=missed,
        titles_right=titles_right,
        titles=titles,
    )


def load_sentence_gold(folder: Path = SENTENCES) -> list[list[str]]:
    """Paragraphs, each a list of its gold sentences."""
    paragraphs = []
    for path in sorted(folder.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            sentences = [line.strip() for line in block.splitlines() if line.strip()]
            if sentences:
                paragraphs.append(sentences)
    return paragraphs
