"""The guard against corpus text in the repository (test_no_eval_text) finds a planted run.

Each case writes a made-up article into a made-up corpus folder and a made-up repository
that copies six of its words in a way a copy is often made: punctuation left behind, a
comment wrapped over two lines, a straight apostrophe for a curly one, a corpus two folders
deep, a file outside the Python sources. Beside it stand lines the guard must let pass: a
marked boilerplate line and words of the article parted by markup's tags.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import test_no_eval_text as guard

ARTICLE = (
    "Harbour officials said the lighthouse keeper’s cottage will reopen to visitors in the "
    "spring. The ferry captain said the harbour master closed the quay at dawn on Friday."
)
# Lines of the article the guard must not report: a marked line, and words parted by tags.
ALLOWED = {
    "generator/furniture.py": "PATTERN = 'the harbour master closed the quay at dawn'"
    "  # eval-text: boilerplate\n",
    "templates/page.md.j2": "<b>Harbour officials said</b> the <i>lighthouse</i> keeper\n",
}
PLANTED = {
    "punctuation": (
        "basil/articles.jsonl",
        "generator/plans.py",
        '# "reopen to visitors in the spring" is a plan, not a happening\n',
    ),
    "wrapped": (
        "basil/articles.jsonl",
        "generator/quay.py",
        "x = 1  # the captain said the harbour\n# master closed the quay early\n",
    ),
    "apostrophe": (
        "basil/articles.jsonl",
        "tests/test_cottage.py",
        'TEXT = "Harbour officials said the lighthouse keeper\'s cottage is shut."\n',
    ),
    "deep corpus": (
        "keyphrase/Made/articles.jsonl",
        "tools/notes.py",
        "# The ferry captain said the harbour master closed it.\n",
    ),
    "theme file": (
        "basil/articles.jsonl",
        "site/overrides/main.html",
        "<p>The ferry captain said the harbour master would wait.</p>\n",
    ),
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_a_run_of_six_words_planted_in_the_repository_is_found(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, planted_file, planted_text = PLANTED[case]
    root, eval_dir = tmp_path / "repo", tmp_path / "eval"
    (eval_dir / "basil").mkdir(parents=True)
    _write(eval_dir / corpus, json.dumps({"id": "made-up-1", "text": ARTICLE}) + "\n")
    _write(root / "README.md", "A made-up repository.\n")
    for name, text in {**ALLOWED, planted_file: planted_text}.items():
        _write(root / name, text)
    monkeypatch.setattr(guard, "ROOT", root)
    monkeypatch.setattr(guard, "DEFAULT_EVAL_DIR", eval_dir)
    with pytest.raises(AssertionError) as failure:
        guard.test_no_line_of_the_repository_quotes_the_labelled_corpora()
    message = str(failure.value)
    assert f"{planted_file}:" in message
    assert not [name for name in ALLOWED if f"{name}:" in message]
