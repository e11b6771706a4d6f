"""Large exports end to end: a scraper's JSON lines of saved pages build every article, and a
build that would publish no article fails and says why."""

from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.config import Config
from tests.conftest import FIXTURES, write

EVENTS = FIXTURES / "events" / "articles.jsonl"
# The export of issue 14: 90 saved pages made 16 MB, over the 5 MB limit that then applied to
# the whole file. Ours is larger, so that the test holds if the default limit grows a little.
EXPORT_BYTES = 16_500_000


def saved_page(article: dict[str, Any], others: list[dict[str, Any]], size: int) -> str:
    """A page as a browser saves it: navigation, related links, a footer and, above all, the
    inline scripts with the app's state that make real pages weigh hundreds of KB."""
    title = html.escape(article["title"])
    outlet = html.escape(article["outlet"])
    body = "".join(
        f"<p>{html.escape(part)}</p>\n" for part in article["text"].split("\n\n") if part.strip()
    )
    related = "".join(
        f'<li><a href="{html.escape(o["url"])}">{html.escape(o["title"])}</a></li>'
        for o in others[:8]
    )
    head = f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
    page = (
        '</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f"<main><article><h1>{title}</h1>\n{body}</article>"
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>"
        f"<footer><p>© {outlet}. All rights reserved.</p></footer></body></html>"
    )
    state = json.dumps(
        {"related": [{"title": o["title"], "url": o["url"], "teaser": o["text"]} for o in others]}
    )
    scripts: list[str] = []
    while len(head) + len(page) + sum(len(script) for script in scripts) < size:
        scripts.append(f"<script>window.__STATE_{len(scripts)}__ = {state};</script>\n")
    return head + "".join(scripts) + page


@pytest.mark.slow
def test_a_16_mb_export_of_saved_pages_builds_every_article(tmp_path: Path) -> None:
    """Issue 14: such an export was skipped whole (max_file_bytes) and the build published a
    site of no article with exit code 0. Its records use the harness keys 'source' and
    'date', which were ignored without a word."""
    articles = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    export = tmp_path / "in" / "saved-pages.jsonl"
    export.parent.mkdir()
    per_page = EXPORT_BYTES // len(articles) + 1
    with export.open("w", encoding="utf-8") as out:
        for n, article in enumerate(articles):
            others = [articles[(n + k) % len(articles)] for k in range(1, 30)]
            record = {
                "id": article["id"],
                "url": article["url"],
                "source": article["outlet"],
                "date": article["published"],
                "html": saved_page(article, others, per_page),
            }
            out.write(json.dumps(record) + "\n")
    assert export.stat().st_size > max(EXPORT_BYTES, 3 * Config().max_file_bytes)
    digest = tmp_path / "digest.json"
    argv = ["build", str(export), "--site-dir", str(tmp_path / "site"), "--no-html"]
    assert main([*argv, "--no-cache", "--json", str(digest)]) == 0
    built = {a["id"]: a for a in json.loads(digest.read_text(encoding="utf-8"))["articles"]}
    assert sorted(built) == sorted(a["id"] for a in articles)
    for article in articles:
        got = built[article["id"]]
        assert got["title"] == article["title"]
        assert got["outlet"] == article["outlet"]
        published = datetime.fromisoformat(article["published"])
        assert datetime.fromisoformat(got["published"]) == published
        last_paragraph = article["text"].strip().split("\n\n")[-1]
        assert last_paragraph[:200] in got["text"]


# ---------------------------------------------------------------------------------------------
# Nothing to build: a failure that says why


def build(*inputs: Path, site: Path) -> int:
    return main(["build", *map(str, inputs), "--site-dir", str(site), "--no-html", "--no-cache"])


def test_an_empty_folder_fails_the_build_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    assert build(tmp_path / "in", site=tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert f"nothing to build: no article files found: {tmp_path / 'in'} is empty" in err
    assert "give files ending in .htm, .html, .json, .jsonl" in err


def test_a_folder_without_article_files_names_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "in", "report.pdf", b"%PDF-1.4")
    write(tmp_path / "in", ".hidden/a.txt", "Hidden text.")
    assert build(tmp_path / "in", site=tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "holds 2 file(s) but no article file (a.txt, report.pdf" in err
    assert "names starting with '.' are not read" in err


def test_an_export_whose_records_are_all_skipped_fails_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ['{"id": "a", "title": "No text"}', "{broken", '{"id": "b", "text": "   "}']
    export = write(tmp_path / "in", "export.jsonl", "\n".join(lines) + "\n")
    assert build(export, site=tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "nothing to build: every input was skipped (3 problems, each named above)" in err
    for line in (1, 2, 3):
        assert f"export.jsonl:{line}: " in err


def test_articles_that_are_all_boilerplate_fail_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    furniture = "Share on Facebook\nShare on Twitter\n"  # eval-text: boilerplate
    write(tmp_path / "in", "a.txt", furniture)
    assert build(tmp_path / "in", site=tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "nothing to build: no article text is left in the 1 article(s) read" in err
