"""Readers: every format in, bad input reported by name and skipped, inputs never written."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from generator.read import read
from tests.conftest import SEEDS, write

ARTICLE = "Storm closes ports\n\nHeavy winds closed three ports on Tuesday, officials said.\n"


def run(*paths: Path, limit: int = 5_000_000):  # type: ignore[no-untyped-def]
    return read(list(paths), max_file_bytes=limit, max_articles=1000)


def test_seeds_are_read_as_text_with_file_stem_ids() -> None:
    result = run(SEEDS)
    assert [s.id for s in result.sources] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert not result.skipped
    assert all(s.format == "txt" and s.blocks for s in result.sources)


def test_markdown_front_matter_and_body_structure(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: Ports close\noutlet: Harbour Post\npublished: 2025-03-04\n"
        "id: custom/id 1\n---\n# Ports close\n\n"
        "Heavy winds closed **three** ports, [officials](https://example.org) said.\n\n"
        "## Shipping\n\n- Ferries were cancelled.\n",
    )
    (source,) = run(path).sources
    assert source.id == "custom/id 1"
    assert source.meta.title == "Ports close" and source.meta.outlet == "Harbour Post"
    assert source.meta.published == "2025-03-04"
    kinds = [(b.kind, b.text) for b in source.blocks]
    assert ("h", "Ports close") in kinds and ("h", "Shipping") in kinds
    assert ("p", "Heavy winds closed three ports, officials said.") in kinds
    assert ("p", "Ferries were cancelled.") in kinds


def test_jsonl_one_article_per_line_and_bad_line_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = [
        json.dumps({"id": "a", "title": "One", "outlet": "Wire", "text": "First text here."}),
        "{not json",
        json.dumps({"id": "b", "text": "Second text here."}),
        json.dumps({"id": "c"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines))
    with caplog.at_level(logging.ERROR):
        result = run(path)
    assert [s.id for s in result.sources] == ["a", "b"]
    assert "feed.jsonl:2: malformed JSON" in caplog.text
    assert any("feed.jsonl:4" in str(e) and "no 'text' or 'html'" in str(e) for e in result.skipped)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("bad.md", "---\ntitle: [unclosed\n---\nText.", "malformed YAML"),
        ("open.md", "---\ntitle: x\nText without end.", "never closed"),
        ("bad.json", '{"id": 1,', "malformed JSON"),
        ("notes.docx", "text", "unknown format"),
    ],
)
def test_bad_input_is_named_and_skipped_others_still_read(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, name, content)
    result = run(*sorted(tmp_path.iterdir()))
    assert [s.id for s in result.sources] == ["good"]
    (problem,) = result.skipped
    assert name in str(problem) and message in str(problem)


def test_file_over_size_limit_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "huge.txt", "word " * 2000)
    result = run(tmp_path, limit=1000)
    assert [s.id for s in result.sources] == ["good"]
    assert "over the limit" in str(result.skipped[0]) and "huge.txt" in str(result.skipped[0])


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.jsonl",
        json.dumps({"id": "same", "text": "One."})
        + "\n"
        + json.dumps({"id": "same", "text": "Two."}),
    )
    result = run(tmp_path)
    assert [s.id for s in result.sources] == ["same"]
    assert "already used" in str(result.skipped[0])


def test_non_utf8_is_decoded_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Le ministre a déclaré que les écoles resteront fermées jusqu'à vendredi prochain. " * 3
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        (source,) = run(path).sources
    assert "déclaré" in source.blocks[0].text
    assert "not UTF-8" in caplog.text and "latin.txt" in caplog.text


def test_sidecar_gives_metadata_and_explicit_metadata_wins(tmp_path: Path) -> None:
    write(tmp_path, "sources.yaml", "'wire-*.txt': {outlet: Wire Service, published: 2025-01-02}\n")
    write(tmp_path, "wire-1.txt", ARTICLE)
    write(tmp_path, "wire-2.md", "---\noutlet: Own Name\n---\nText of the second article.\n")
    sources = {s.id: s for s in run(tmp_path).sources}
    assert sources["wire-1"].meta.outlet == "Wire Service"
    assert sources["wire-1"].meta.published == "2025-01-02"
    assert sources["wire-2"].meta.outlet == "Own Name"  # given wins over the sidecar


def test_inputs_are_never_written(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    run(tmp_path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_articles_are_shown_by_the_given_folder_name_not_where_it_is(tmp_path: Path) -> None:
    """Pages and digest.json never reveal the builder's folders, and moving the inputs
    elsewhere changes no byte of them."""
    for place in ("here", "there/deeper"):
        folder = tmp_path / place / "feeds"
        write(folder, "a.txt", ARTICLE)
        write(folder, "wire/b.jsonl", json.dumps({"text": ARTICLE}) + "\n")
        single = write(tmp_path / place, "c.txt", ARTICLE.replace("Storm", "Gale"))
        result = run(folder, single)
        assert [s.path for s in result.sources] == ["feeds/a.txt", "feeds/wire/b.jsonl:1", "c.txt"]
    # A problem is still reported where the file really is.
    broken = write(tmp_path / "here" / "feeds", "empty.txt", "")
    assert any(str(broken) in str(problem) for problem in run(broken.parent).skipped)
