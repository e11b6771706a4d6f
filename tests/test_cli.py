"""The command in CI: progress lines without a terminal, GitHub annotations, a closing list of
every skipped input, and metadata keys documented in --help."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from generator import cli
from generator.cli import main
from tests.conftest import SEEDS, write

STORY = (
    "Storm closes ports\n"
    "Heavy winds closed three ports on Tuesday, officials said, as waves reached six metres.\n"
)


def build(*inputs: Path, site: Path, extra: tuple[str, ...] = ()) -> int:
    argv = ["build", *map(str, inputs), "--site-dir", str(site), "--no-html", "--no-cache"]
    return main([*argv, *extra])


def test_without_a_terminal_every_stage_prints_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a terminal a build printed nothing until its summary (70 s of silence for 300
    articles in CI)."""
    assert build(SEEDS, site=tmp_path / "site") == 0
    err = capsys.readouterr().err.splitlines()
    stages = [line for line in err if re.fullmatch(r"digest: [A-Z][^:]+ \(at \d+\.\d s\)", line)]
    assert [line.split(" (at")[0] for line in stages] == [
        "digest: Reading articles",
        "digest: Removing boilerplate",
        "digest: Analysing articles",
        "digest: Grouping into stories",
        "digest: Writing stories",
        "digest: Rendering pages",
        "digest: Writing pages",
    ]
    assert err[-1].startswith("Built 1 story from 5 articles")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_long_stages_print_their_count_and_rate_every_interval() -> None:
    clock, out = FakeClock(), io.StringIO()
    progress = cli.PlainProgress(out, interval=5.0, clock=clock)
    progress("analyse 0/300")
    clock.now += 2
    progress("analyse 40/300")
    progress.check()  # 2 s: too soon for a line
    clock.now += 4
    progress("analyse 90/300")  # 6 s after the last line
    clock.now += 1
    progress.check()  # 1 s after it: too soon again
    clock.now += 3
    progress("site")
    clock.now += 5
    progress.check()  # a stage that reports no count still says it is alive
    clock.now += 5
    progress.check()
    assert out.getvalue().splitlines() == [
        "digest: Analysing articles (at 0.0 s)",
        "digest: Analysing articles: 90/300 articles, 15.0 a second (for 6 s)",
        "digest: Building the site (MkDocs) (at 10.0 s)",
        "digest: Building the site (MkDocs): still working (for 5 s)",
        "digest: Building the site (MkDocs): still working (for 10 s)",
    ]


def test_a_long_build_prints_lines_within_its_stages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through the command, with the interval made short and the clock real."""
    monkeypatch.setattr(cli, "PROGRESS_INTERVAL_SECONDS", 0.01)
    assert build(SEEDS, site=tmp_path / "site") == 0
    err = capsys.readouterr().err
    assert re.search(r"digest: Analysing articles: \d/5 articles.* \(for \d+ s\)", err), err


def test_the_summary_lists_every_skipped_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Malformed lines of an export and articles left empty by the cleaner were reported as
    they happened but missing from the closing list."""
    folder = tmp_path / "in"
    write(folder, "good.txt", STORY)
    write(folder, "broken.md", "---\ntitle: [\n---\nText.\n")
    furniture = "Share on Facebook\nShare on Twitter\n"  # eval-text: boilerplate
    write(folder, "boilerplate.txt", furniture)
    lines = [json.dumps({"id": "j1", "text": STORY.replace("Tuesday", "Monday")})]
    lines += [f'{{"id": "bad{n}", "text": ' for n in range(30)]  # thirty malformed lines
    lines += [json.dumps({"id": "untitled"})]
    write(folder, "export.jsonl", "\n".join(lines) + "\n")
    assert build(folder, site=tmp_path / "site") == 0
    err = capsys.readouterr().err
    summary = err[err.index("Skipped ") :].splitlines()
    assert summary[0] == "Skipped 33 input(s):"
    listed = summary[1:]
    assert len(listed) == 33 and all(line.startswith("  - ") for line in listed)
    for n in range(2, 32):
        assert any(f"export.jsonl:{n}: malformed JSON" in line for line in listed), n
    assert any("export.jsonl:32: the article has no 'text' or 'html'" in line for line in listed)
    assert any("broken.md:2: malformed YAML" in line for line in listed)
    assert any(
        "boilerplate.txt: no article text left after removing boilerplate" in line
        for line in listed
    )


def test_annotations_are_escaped_as_github_reads_them() -> None:
    assert cli.annotation("warning", "50% done\r\nnext: a, b", "in/a,b:c.jsonl", 3) == (
        "::warning file=in/a%2Cb%3Ac.jsonl,line=3::50%25 done%0D%0Anext: a, b"
    )
    assert cli.annotation("error", "no file") == "::error::no file"
    assert cli.annotation("warning", "no line", "x.md") == "::warning file=x.md::no line"


def test_on_github_actions_skipped_inputs_and_warnings_are_annotations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.chdir(tmp_path)  # files are named by their path from the workspace
    folder = Path("in")
    write(folder, "good.txt", STORY)
    write(folder, "broken: 100%, really.md", "---\ntitle: [\n---\nText.\n")
    lines = [json.dumps({"id": "a", "text": STORY, "tags": ["x"]}), '{"id": "b", "text": "cut']
    write(folder, "export.jsonl", "\n".join(lines) + "\n")
    assert build(folder, site=Path("site")) == 0
    out = capsys.readouterr().out.splitlines()
    # The build has no site_url: one warning on the run itself (no file) says the feeds are out.
    assert sum(line.startswith("::warning::site_url is not set") for line in out) == 1
    out = [line for line in out if not line.startswith("::warning::site_url")]
    assert sorted(out) == [
        "::warning file=in/broken%3A 100%25%2C really.md,line=2::in/broken: 100%25, really.md:2: "
        "malformed YAML (expected the node content, but found '<stream end>'); fix the front "
        "matter; skipped",
        "::warning file=in/export.jsonl,line=1::in/export.jsonl: unknown key 'tags' ignored "
        "(first at line 1); known keys: author, category, date (alias of published), html, id, "
        "language, outlet, published, source (alias of outlet), summary_only, text, title, url",
        "::warning file=in/export.jsonl,line=2::in/export.jsonl:2: malformed JSON "
        "(Unterminated string starting at); skipped",
    ]
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert build(folder, site=Path("site")) == 0
    assert not capsys.readouterr().out  # elsewhere, nothing on stdout


def test_a_failed_build_is_an_error_annotation_on_github_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (tmp_path / "in").mkdir()
    assert build(tmp_path / "in", site=tmp_path / "site") == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("::error::nothing to build: no article files found")


def test_help_documents_the_metadata_keys_and_their_aliases(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    assert "source (alias of outlet)" in out and "date (alias of published)" in out
    assert "'source' is read as 'outlet'; 'date' is read as 'published'" in out
    assert "the canonical key wins" in out
    assert "one warning per file" in out
