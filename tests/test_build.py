"""End to end: the CLI builds the seeds into a temporary site; exit codes; atomic output."""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import subprocess
import sys
import weakref
from datetime import UTC, date, datetime
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import jsonschema
import pytest

from generator import render as render_module
from generator.cli import main
from generator.text import fold
from tests.conftest import FIXTURES, SCHEMA, SEEDS, write


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)  # built as on any day, by the clock
        assert main(["build", str(SEEDS), "--site-dir", str(site)]) == 0
    return site


def test_seed_site_has_home_its_stories_and_its_sources(
    built_site: Path, seed_expected: dict[str, Any]
) -> None:
    public = built_site / "public"
    assert (public / "index.html").is_file()
    stories = list((public / "stories").glob("*/index.html"))
    sources = list((public / "sources").glob("*/index.html"))
    assert len(stories) == seed_expected["stories"] and len(sources) == seed_expected["articles"]
    page = stories[0].read_text(encoding="utf-8")
    assert "Fact box" in page and "What each source adds" in page
    for needle in seed_expected["site"]["never_on_a_built_story_page"]:
        assert needle not in page
    home = (public / "index.html").read_text(encoding="utf-8")
    assert "stories/" in home


def test_the_site_is_dated_by_its_newest_report_not_by_the_clock(built_site: Path) -> None:
    """MkDocs dates the sitemap's gzip copy with the build's date: the same articles built on
    another day gave other bytes. The site's date is its newest report's day, and the build
    leaves no date set behind it."""
    digest = json.loads((built_site / "public" / "digest.json").read_text(encoding="utf-8"))
    newest = max(s["last_published"][:10] for s in digest["stories"] if s["last_published"])
    midnight = datetime.combine(date.fromisoformat(newest), datetime.min.time(), tzinfo=UTC)
    header = (built_site / "public" / "sitemap.xml.gz").read_bytes()[:10]
    assert int.from_bytes(header[4:8], "little") == int(midnight.timestamp())  # gzip MTIME
    assert "SOURCE_DATE_EPOCH" not in os.environ


def test_site_is_offline(built_site: Path) -> None:
    for page in (built_site / "public").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
        assert "cdn.jsdelivr" not in html and "unpkg.com" not in html


def test_search_index_is_also_a_script_for_the_site_opened_from_disk(built_site: Path) -> None:
    """From file:// Material loads the index with a <script> (tests/test_browser.py searches)."""
    search = built_site / "public" / "search"
    script = (search / "search_index.js").read_text(encoding="utf-8")
    prefix, suffix = "var __index = ", ";\n"
    assert script.startswith(prefix) and script.endswith(suffix)
    index = json.loads(script.removeprefix(prefix).removesuffix(suffix))
    assert index == json.loads((search / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"], "the search index is empty"


def test_published_site_keeps_directory_urls(built_site: Path) -> None:
    """Story pages are permalinks (the feeds link them): stories/<id>/ on a web server."""
    public = built_site / "public"
    story = next((public / "stories").iterdir())
    assert (story / "index.html").is_file()
    assert f'href="stories/{story.name}/"' in (public / "index.html").read_text(encoding="utf-8")


def test_digest_json_is_published_and_valid(built_site: Path) -> None:
    data = json.loads((built_site / "public" / "digest.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_no_html_with_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "build",
                str(SEEDS),
                "--site-dir",
                str(tmp_path / "site"),
                "--no-html",
                "--json",
                str(out),
            ]
        )
        == 0
    )
    jsonschema.validate(
        json.loads(out.read_text(encoding="utf-8")), json.loads(SCHEMA.read_text(encoding="utf-8"))
    )
    assert (tmp_path / "site" / "docs" / "index.md").is_file()
    assert not (tmp_path / "site" / "public").exists()


def test_same_input_same_bytes(tmp_path: Path) -> None:
    outputs = []
    for n in range(2):
        site = tmp_path / f"s{n}"
        assert main(["build", str(SEEDS), "--site-dir", str(site), "--no-html"]) == 0
        outputs.append(
            {
                p.relative_to(site): p.read_bytes()
                for p in sorted((site / "docs").rglob("*"))
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1]


def test_missing_input_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nope"), "--site-dir", str(tmp_path / "s")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_bad_config_is_a_usage_error_listing_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, "digest.yml", "summary_sentnces: 3\npublish_single_source: maybe\n")
    assert (
        main(["build", str(SEEDS), "--config", str(config), "--site-dir", str(tmp_path / "s")]) == 2
    )
    err = capsys.readouterr().err
    assert (
        "unknown option 'summary_sentnces'" in err
        and "'publish_single_source' must be true or false" in err
    )


def test_unreadable_file_is_skipped_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    for seed in sorted(SEEDS.iterdir())[:2]:
        write(inputs, seed.name, seed.read_text(encoding="utf-8"))
    write(inputs, "broken.md", "---\ntitle: [\n---\nText.\n")
    assert main(["build", str(inputs), "--site-dir", str(tmp_path / "s"), "--no-html"]) == 0
    err = capsys.readouterr().err
    assert "broken.md" in err and "Skipped 1 input" in err
    assert len(list((tmp_path / "s" / "docs" / "sources").glob("*.md"))) == 2


def test_strict_fails_on_a_warning_and_keeps_the_old_site(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write(
        inputs,
        "a.txt",
        (SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8"),
    )
    # With site_url, a build of good input has no warning (without it, one: see test_feeds.py).
    config = write(tmp_path, "digest.yml", "site_url: https://example.org/digest/\n")
    site = tmp_path / "site"
    argv = ["build", str(inputs), "--site-dir", str(site), "--no-html", "--config", str(config)]
    assert main([*argv, "--strict"]) == 0
    before = {p: p.read_bytes() for p in (site / "docs").rglob("*") if p.is_file()}
    write(inputs, "b.md", "---\ntitle: [\n---\nText.\n")
    assert main([*argv, "--strict"]) == 1
    assert {p: p.read_bytes() for p in (site / "docs").rglob("*") if p.is_file()} == before


def test_help_explains_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    for option in (
        "--site-dir",
        "--json",
        "--no-html",
        "--strict",
        "--config",
        "summary_sentences",
        "exit codes",
    ):
        assert option in out


def test_story_ids_and_members_survive_a_rebuild_with_more_articles(tmp_path: Path) -> None:
    """Build two thirds of the events corpus, then all of it: every earlier story keeps its id
    and its articles (new articles may join it), and --regroup starts afresh."""
    lines = (FIXTURES / "events" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ordered = sorted(lines, key=lambda line: json.loads(line)["published"])
    site = tmp_path / "site"
    early = write(tmp_path, "early/a.jsonl", "\n".join(ordered[: len(ordered) * 2 // 3]))
    assert main(["build", str(early), "--site-dir", str(site), "--no-html"]) == 0
    before = json.loads((site / "digest-state.json").read_text(encoding="utf-8"))["stories"]
    full = write(tmp_path, "all/a.jsonl", "\n".join(reversed(ordered)))
    assert main(["build", str(full), "--site-dir", str(site), "--no-html"]) == 0
    after = json.loads((site / "digest-state.json").read_text(encoding="utf-8"))["stories"]
    for story, articles in before.items():
        assert set(articles) <= set(after[story])
        assert (site / "docs" / "stories" / f"{story}.md").is_file()
    assert len(after) > len(before)
    assert main(["build", str(full), "--site-dir", str(site), "--no-html", "--regroup"]) == 0


def test_feeds_archive_people_and_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module, "ARCHIVE_PAGE_STORIES", 5)
    site = tmp_path / "site"
    events = FIXTURES / "events" / "articles.jsonl"
    site_url = "https://example.org/digest/"
    config = write(tmp_path, "digest.yml", f"site_url: {site_url}\n")
    argv = ["build", str(events), "--site-dir", str(site), "--no-cache", "--config", str(config)]
    assert main(argv) == 0  # strict MkDocs
    public = site / "public"
    rss = ElementTree.parse(public / "feed.xml").getroot()
    items = rss.findall("./channel/item")
    feed = json.loads((public / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["id"] for i in feed["items"]] == [i.findtext("guid") for i in items]
    for item in feed["items"]:  # permalinks are absolute, and resolve in the built site
        assert item["url"].startswith(site_url)
        assert (public / item["url"].removeprefix(site_url) / "index.html").is_file()
    pages = sorted((public / "archive").rglob("index.html"))
    assert len(pages) >= 5  # the index of months, and 22 stories of March 2025, 5 a page
    assert "March 2025" in (public / "archive" / "index.html").read_text(encoding="utf-8")
    assert "Older" in (public / "archive" / "2025-03" / "index.html").read_text(encoding="utf-8")
    people = (public / "people" / "index.html").read_text(encoding="utf-8")
    navigation = people[people.index("md-nav--primary") : people.index("md-sidebar--secondary")]
    assert 'href="../archive/"' in navigation and "stories/" not in navigation
    assert 'type="application/rss+xml"' in (public / "index.html").read_text(encoding="utf-8")


def test_zensical_builds_the_same_project(tmp_path: Path, seed_expected: dict[str, Any]) -> None:
    """Material for MkDocs is in maintenance; Zensical, its successor, reads the same config.
    The generated pages and config must build with it too (a smoke test)."""
    zensical = shutil.which("zensical", path=str(Path(sys.executable).parent))
    if zensical is None:
        pytest.skip("zensical is not installed (it is a dev dependency: make install)")
    site = tmp_path / "site"
    assert main(["build", str(SEEDS), "--site-dir", str(site), "--no-html"]) == 0
    result = subprocess.run(
        [zensical, "build", "--strict", "-f", "mkdocs.build.yml"],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    public = site / "public"
    assert (public / "index.html").is_file()
    stories = list((public / "stories").glob("*/index.html"))
    assert len(stories) == seed_expected["stories"]
    assert len(list((public / "sources").glob("*/index.html"))) == seed_expected["articles"]


HOSTILE_ARTICLE = """---
title: "<script>alert('t')</script> {{ config }} [x](javascript:alert(1))"
outlet: "<img src=x onerror=alert(2)>"
url: "javascript:alert(3)"
---
# <b>Heading</b> {% include 'x' %}

Officials said <script>alert(4)</script> the [report](javascript:alert(5)) was ready on Monday.

![pic](data:text/html;base64,PHNjcmlwdD4=) {: onclick="alert(6)" } <iframe src="https://evil.example"></iframe>

!!! note "admonition"
    <a href="javascript:alert(7)">click</a> and {{ 7 * 7 }} and {# comment #} and **bold**.
"""


def test_article_markup_never_becomes_live_html(tmp_path: Path) -> None:
    """Every string of a hostile article ends up as text in the built site, never as markup."""
    inputs = tmp_path / "in"
    write(inputs, "evil.md", HOSTILE_ARTICLE)
    for seed in sorted(SEEDS.iterdir())[:2]:
        write(inputs, seed.name, seed.read_text(encoding="utf-8"))
    site = tmp_path / "site"
    assert main(["build", str(inputs), "--site-dir", str(site), "--no-cache"]) == 0
    for page in (site / "public").rglob("*.html"):
        markup = LiveMarkup()
        markup.feed(page.read_text(encoding="utf-8"))
        assert not markup.found, (page, markup.found)
    source = next((site / "public" / "sources").glob("evil*/index.html")).read_text(
        encoding="utf-8"
    )
    # What a reader sees: the text without tags (keyphrases are marked up inside it).
    text = html_unescape(re.sub(r"<[^>]+>", "", source))
    assert "{{ config }}" in text and "{{ 7 * 7 }}" in text  # shown as written, never evaluated
    assert "javascript:alert(5)" in text  # the link text is kept, as text


class LiveMarkup(HTMLParser):
    """Collects what would run or load in a browser and did not come from the theme."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        sources = [value or "" for name, value in attrs if name == "src"]
        if tag in ("iframe", "object", "embed") or (
            tag == "img" and any(s == "x" for s in sources)
        ):
            self.found.append(f"<{tag}> from the article")
        if tag == "script" and sources and not all("assets/javascripts" in s for s in sources):
            self.found.append(f"script {sources}")
        if tag == "b":
            self.found.append("<b> from the article")
        for name, value in attrs:
            lowered = (value or "").strip().lower()
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in ("href", "src", "action") and lowered.startswith(("javascript:", "data:")):
                self.found.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script" and "alert(" in data:
            self.found.append("inline script from the article")


def test_a_story_whose_articles_left_the_input_is_named_and_keeps_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Going from more articles to fewer must not delete a story silently: the build names it,
    and the story's id stays reserved, so its articles get it back when they return."""
    rows = [
        json.loads(line)
        for line in (FIXTURES / "events" / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    clusters = json.loads((FIXTURES / "events" / "clusters.json").read_text("utf-8"))
    events = sorted({clusters[r["id"]] for r in rows})[:3]
    kept = [r for r in rows if clusters[r["id"]] in events[:2]]
    leaving = [r for r in rows if clusters[r["id"]] == events[2]]
    site = tmp_path / "site"
    write(tmp_path, "in/kept.jsonl", "\n".join(json.dumps(r) for r in kept))
    leaving_file = write(tmp_path, "in/leaving.jsonl", "\n".join(json.dumps(r) for r in leaving))
    assert main(["build", str(tmp_path / "in"), "--site-dir", str(site), "--no-html"]) == 0
    before = json.loads((site / "digest-state.json").read_text("utf-8"))["stories"]
    [story] = {s for s, articles in before.items() if leaving[0]["id"] in articles}
    capsys.readouterr()
    leaving_file.unlink()
    assert main(["build", str(tmp_path / "in"), "--site-dir", str(site), "--no-html"]) == 0
    err = capsys.readouterr().err
    assert f"story {story} is no longer published" in err
    assert not (site / "docs" / "stories" / f"{story}.md").exists()
    assert (
        main(["build", str(tmp_path / "in"), "--site-dir", str(site), "--no-html", "--strict"]) == 1
    )
    write(tmp_path, "in/leaving.jsonl", "\n".join(json.dumps(r) for r in leaving))
    assert main(["build", str(tmp_path / "in"), "--site-dir", str(site), "--no-html"]) == 0
    after = json.loads((site / "digest-state.json").read_text("utf-8"))["stories"]
    assert after == before


def test_each_stage_lets_go_of_what_later_stages_do_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build holds every article: what no later stage reads is let go as soon as it can be
    (the articles as read once cleaned; the analyses' sentences, names, figures, dates and
    quotes once the stories are written; the analyses and the stories once the pages are; the
    pages once written, before MkDocs reads them), so that a large build's memory does not
    pile up."""
    import generator.group
    import generator.read
    import generator.render
    import generator.site
    from generator import pipeline
    from generator.backend.mkdocs_site import MkDocsBackend

    held: dict[str, list[weakref.ref[Any]]] = {}
    read_to_pages: list[tuple[int, ...]] = []

    def still_held(*names: str) -> list[str]:
        gc.collect()
        return [name for name in names if any(ref() is not None for ref in held[name])]

    def read(*args: Any, **kwargs: Any) -> Any:
        result = read_inputs(*args, **kwargs)
        held["sources"] = [weakref.ref(source) for source in result.sources]
        return result

    def group(*args: Any, **kwargs: Any) -> Any:
        assert still_held("sources") == []
        return group_articles(*args, **kwargs)

    def render(stories: Any, analyses: Any, *args: Any, **kwargs: Any) -> Any:
        held["stories"] = [weakref.ref(story) for story in stories]
        held["analyses"] = [weakref.ref(analysis) for analysis in analyses]
        read_to_pages.extend(
            (len(a.sentences), len(a.mentions), len(a.figures), len(a.dates), len(a.quotes))
            for a in analyses
        )
        return render_pages(stories, analyses, *args, **kwargs)

    def publish(pages: Any, *args: Any, **kwargs: Any) -> Any:
        assert still_held("stories", "analyses") == []
        held["pages"] = [weakref.ref(page) for page in pages]
        return publish_site(pages, *args, **kwargs)

    def build_html(*args: Any, **kwargs: Any) -> Any:
        assert still_held("pages") == [], "MkDocs builds beside a copy of every page"
        return build_site(*args, **kwargs)

    read_inputs, group_articles = generator.read.read, generator.group.group
    render_pages, publish_site = generator.render.render, generator.site.publish
    build_site = MkDocsBackend.build
    for name, stage in (("read", read), ("group", group), ("render", render), ("publish", publish)):
        monkeypatch.setattr(pipeline, name, stage)
    monkeypatch.setattr(MkDocsBackend, "build", build_html)
    assert main(["build", str(SEEDS), "--site-dir", str(tmp_path / "site"), "--no-cache"]) == 0
    assert set(held) == {"sources", "stories", "analyses", "pages"}
    assert read_to_pages and set(read_to_pages) == {(0, 0, 0, 0, 0)}


def test_people_and_places_past_a_page_of_names_get_a_page_per_initial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The people and places pages grow with the archive: past ENTITY_PAGE_ENTRIES names each
    lists its initials, and each initial has a page of its own that links its stories."""
    monkeypatch.setattr(render_module, "ENTITY_PAGE_ENTRIES", 5)
    site = tmp_path / "site"
    assert (
        main(["build", str(FIXTURES / "events" / "articles.jsonl"), "--site-dir", str(site)]) == 0
    )
    public = site / "public"
    digest = json.loads((public / "digest.json").read_text(encoding="utf-8"))
    for folder, kind in (("people", "person"), ("places", "place")):
        index = (public / folder / "index.html").read_text(encoding="utf-8")
        initials = re.findall(r'href="([^"/]+)/">([^<]+)</a> \((\d+)\)', index)
        assert len(initials) > 1, f"{folder}: no initials listed"
        listed = []
        for slug, letter, count in initials:
            page = (public / folder / slug / "index.html").read_text(encoding="utf-8")
            article = page[page.index("<article") : page.index("</article>")]
            names = [html_unescape(n) for n in re.findall(r"<li><strong>([^<]+)</strong>", article)]
            assert names and len(names) == int(count), f"{folder}/{slug}: not {count} names"
            initial = {f[:1].upper() if f[:1].isalpha() else "#" for f in map(fold, names)}
            assert initial == {html_unescape(letter)}
            assert 'href="../../stories/' in article
            listed += names
        named = {e["name"] for s in digest["stories"] for e in s["entities"] if e["type"] == kind}
        assert set(listed) <= named and len(listed) == len({fold(n) for n in named})
