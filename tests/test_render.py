"""Rendering: escaping of untrusted text, page set, digest.json against its schema, determinism."""

from __future__ import annotations

import json
import pickle
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

from generator import render as render_module
from generator.cache import DiskCache
from generator.config import Config
from generator.group import group
from generator.models import Analysis, Entity, Figure, Related, Story
from generator.render import (
    PAGE_LIMITS,
    archive_pages,
    digest_data,
    digest_json,
    home_sections,
    make_env,
    md,
    render,
    safe_url,
    when,
)
from generator.synthesise import synthesise
from tests.conftest import SCHEMA

HOSTILE = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "{{ config }} {% include 'x' %}",
    "**bold** _it_ # heading `code` | table | {: .class }",
    "![img](data:text/html;base64,PHNjcmlwdD4=)",
    '<img src=x onerror="alert(1)">',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escapes_every_markup_character(text: str) -> None:
    escaped = md(text)
    outside_references = re.sub(r"&#\d+;", "", escaped)
    for ch in "<>[]()*_`{}#|!&":
        assert ch not in outside_references
    # Rendered as Markdown, the escaped text is the original text, as text.
    html = MarkdownIt("commonmark").renderInline(escaped)
    assert (
        "<script" not in html and "<a " not in html and "<img" not in html and "<strong" not in html
    )


def test_md_folds_line_breaks() -> None:
    assert "\n" not in md("line one\n# not a heading\n- not a list")


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        ('https://example.com/"onmouseover="x', False),
    ],
)
def test_only_http_urls_become_links(url: str, safe: bool) -> None:
    assert (safe_url(url) is not None) == safe


@pytest.mark.parametrize("url", ["A://[", "http://[::1", "https://[example.com/"])
def test_a_malformed_url_names_no_source(url: str, seed_analyses: tuple[Analysis, ...]) -> None:
    article = replace(seed_analyses[0].article, outlet=None, url=url)
    assert article.source_name is None  # found by the fuzzer: urlsplit raised here
    assert safe_url(url) is None


@pytest.fixture(scope="module")
def seed_pages(seed_analyses: tuple[Analysis, ...]) -> dict[str, str]:
    stories = synthesise(group(seed_analyses), seed_analyses, Config())
    return {p.path: p.content for p in render(stories, seed_analyses, Config())}


def test_pages_of_the_seed_digest(
    seed_pages: dict[str, str], seed_expected: dict[str, Any]
) -> None:
    stories = [p for p in seed_pages if p.startswith("stories/")]
    sources = [p for p in seed_pages if p.startswith("sources/")]
    assert len(stories) == seed_expected["stories"] and len(sources) == seed_expected["articles"]
    assert {"index.md", "about.md", "tags.md", "digest.json"} <= set(seed_pages)
    story = seed_pages[stories[0]]
    assert "## Fact box" in story and "## What each source adds" in story
    assert 'class="cite"' in story


def test_digest_json_validates_against_the_schema(
    seed_pages: dict[str, str], seed_expected: dict[str, Any]
) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(seed_pages["digest.json"])
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == seed_expected["articles"]
    assert len(data["stories"]) == seed_expected["stories"]
    assert all(a["story"] == data["stories"][0]["id"] for a in data["articles"])


def test_schema_rejects_a_broken_digest(seed_analyses: tuple[Analysis, ...]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = digest_data([], seed_analyses)
    del data["articles"][0]["removed"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_digest_json_is_what_json_dumps_writes_kept_or_not(
    event_analyses: tuple[Analysis, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """digest.json, written entry by entry (and from the cache), is the text json.dumps writes
    of the whole digest, whatever the stories: none, some, with related ones left out."""
    stories = synthesise(group(event_analyses), event_analyses, Config())
    related = replace(stories[0], related=(Related(stories[1].id, "x"), Related("gone", "y")))
    cases = [(), stories, (related, *stories[1:])]
    store = DiskCache(tmp_path / "digest-0123456789abcdef")
    for case in cases:
        expected = json.dumps(digest_data(case, event_analyses), ensure_ascii=False, indent=1)
        assert digest_json(case, event_analyses) == expected
        assert digest_json(case, event_analyses, store) == expected
    # Read back, not encoded again.
    monkeypatch.setattr(render_module, "_entry_json", lambda entry: pytest.fail("encoded"))
    assert digest_json(stories, event_analyses, store) == json.dumps(
        digest_data(stories, event_analyses), ensure_ascii=False, indent=1
    )


def test_rendering_is_deterministic(
    seed_analyses: tuple[Analysis, ...], seed_pages: dict[str, str]
) -> None:
    again = {
        p.path: p.content
        for p in render(
            synthesise(group(seed_analyses), seed_analyses, Config()), seed_analyses, Config()
        )
    }
    assert again == seed_pages


def test_source_pages_kept_between_builds_are_the_pages_rendered_afresh(
    seed_analyses: tuple[Analysis, ...],
    seed_pages: dict[str, str],
    seed_expected: dict[str, Any],
    tmp_path: Path,
) -> None:
    stories = synthesise(group(seed_analyses), seed_analyses, Config())
    cache = tmp_path / "cache"
    first = {p.path: p.content for p in render(stories, seed_analyses, Config(), cache_dir=cache)}
    assert first == seed_pages
    (folder,) = cache.glob("pages-*")
    entries = sorted(folder.rglob("*.pickle"))
    # One per source page and one per story page.
    assert len(entries) == seed_expected["articles"] + len(stories)
    for entry in entries:  # a later build reads them back (an entry holds its key too)
        entry.write_bytes(pickle.dumps((entry.stem, "kept")))
    again = {p.path: p.content for p in render(stories, seed_analyses, Config(), cache_dir=cache)}
    assert [again[p] for p in again if p.startswith("sources/")] == ["kept"] * seed_expected[
        "articles"
    ]
    assert [again[p] for p in again if p.startswith("stories/")] == ["kept"] * len(stories)
    # A new headline for the story is a new link on each of its source pages, and a new story
    # page.
    retitled = [replace(s, headline=s.headline + " Updated") for s in stories]
    pages = {p.path: p.content for p in render(retitled, seed_analyses, Config(), cache_dir=cache)}
    for path, content in pages.items():
        if path.startswith(("sources/", "stories/")):
            assert "Updated" in content and content != seed_pages[path]


def test_boilerplate_never_reaches_a_story_page(
    seed_pages: dict[str, str], seed_expected: dict[str, Any]
) -> None:
    story = next(v for k, v in seed_pages.items() if k.startswith("stories/"))
    for needle in seed_expected["site"]["never_in_a_story_page_source"]:
        assert needle not in story


def test_schema_file_is_valid_json() -> None:
    assert json.loads(Path(SCHEMA).read_text(encoding="utf-8"))["title"]


def test_a_story_of_hundreds_of_sources_keeps_a_light_page(
    seed_analyses: tuple[Analysis, ...],
) -> None:
    """Issue 16: lists are cut short on the page (quotes, notes, citations, source names), every
    citation link still lands on an anchor of the page, and the page stays small."""
    (story,) = [
        s for s in synthesise(group(seed_analyses), seed_analyses, Config()) if len(s.articles) > 2
    ]
    many = tuple(
        replace(a, article=replace(a.article, id=f"copy-{n:03d}", slug=f"copy-{n:03d}"))
        for n in range(400)
        for a in seed_analyses[:1]
    )
    ids = tuple(a.article.id for a in many)
    base_note, base_quote = story.notes[0], story.quotes[0] if story.quotes else None
    big = replace(
        story,
        articles=ids,
        duplicates={},
        summary=tuple(replace(s, sources=ids) for s in story.summary),
        notes=tuple(replace(base_note, article=i) for i in ids),
        quotes=tuple(
            replace(base_quote, text=f"{base_quote.text} ({n})", source=i, sources=(i,))
            for n, i in enumerate(ids)
        )
        if base_quote
        else (),
    )
    page = next(
        p.content for p in render((big,), many, Config()) if p.path == f"stories/{big.id}.md"
    )
    assert len(page.encode()) < 120_000, len(page.encode())
    anchors = set(re.findall(r'id="src-([\w-]+)"|\{ #src-([\w-]+)[ }]', page))
    defined = {a or b for a, b in anchors}
    linked = set(re.findall(r'href="#src-([\w-]+)"', page))
    assert linked <= defined
    assert "more quotes" in page and "more sources" in page


def _variant(story: Story, name: str, last: str, sources: int, _category: str | None) -> Story:
    ids = tuple(f"{name}-{n}" for n in range(sources))
    return replace(
        story, id=name, articles=ids, duplicates={}, first_published=last, last_published=last
    )


def test_home_shows_recent_days_by_section_most_covered_first(
    seed_analyses: tuple[Analysis, ...],
) -> None:
    [seed] = synthesise(group(seed_analyses), seed_analyses, Config())
    base = seed_analyses[0].article
    plan = [  # id, last reported, sources, category
        ("world-big", "2024-03-15", 4, "World"),
        ("world-small", "2024-03-16", 2, "World"),
        ("business", "2024-03-14", 3, "Business"),
        ("plain", "2024-03-16", 2, None),
        ("single", "2024-03-16", 1, "World"),
        ("old", "2024-03-13", 5, "World"),  # 3 days before the newest: archive only
        ("february", "2024-02-02", 2, "World"),
    ]
    stories = [_variant(seed, *row) for row in plan]
    articles = {
        ident: replace(base, id=ident, category=category)
        for (name, _, sources, category), story in zip(plan, stories, strict=True)
        for ident in story.articles
    }
    sections, singles, more = home_sections(stories, articles, days=3)
    assert [(title, [s.id for s in members]) for title, members in sections] == [
        ("Business", ["business"]),
        ("World", ["world-big", "world-small"]),
        ("More stories", ["plain"]),
    ]
    assert [s.id for s in singles] == ["single"] and more
    pages = {p.path: p.content for p in archive_pages(make_env(), stories)}
    assert sorted(pages) == ["archive/2024-02.md", "archive/2024-03.md", "archive/index.md"]
    assert "stories/february.md" in pages["archive/2024-02.md"]
    assert "stories/february.md" not in pages["archive/2024-03.md"]
    index = pages["archive/index.md"]
    assert index.index("2024-03.md") < index.index("2024-02.md")


def test_an_outlet_with_two_articles_is_one_source(
    seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    first, second = seed_analyses[0].article, seed_analyses[1].article
    assert first.outlet != "Same Wire" != second.outlet
    twice = tuple(
        replace(a, article=replace(a.article, outlet="Same Wire"))
        if a.article.id in (first.id, second.id)
        else a
        for a in seed_analyses
    )
    stories = synthesise(group(twice), twice, Config())
    pages = {p.path: p.content for p in render(stories, twice, Config())}
    (story,) = (content for path, content in pages.items() if path.startswith("stories/"))
    meta = next(line for line in story.splitlines() if 'class="story-meta"' in line)
    assert meta.count("Same Wire") == 1 and "Same Wire</a> (2 articles)" in meta
    assert f"{seed_expected['articles'] - 1} sources:" in meta  # two articles are one source
    home = next(line for line in pages["index.md"].splitlines() if "Same Wire" in line)
    assert home.count("Same Wire") == 1 and "(2 articles)" in home


def test_related_stories_are_linked_when_published(seed_analyses: tuple[Analysis, ...]) -> None:
    (story,) = synthesise(group(seed_analyses), seed_analyses, Config())
    other = replace(story, id="other-story-1", headline="The other story", related=())
    linked = replace(
        story,
        related=(Related(other.id, "same names: Ana; later event"), Related("gone-2", "x")),
    )
    pages = {p.path: p.content for p in render((linked, other), seed_analyses, Config())}
    page = pages[f"stories/{story.id}.md"]
    line = next(line for line in page.splitlines() if line.startswith("**Related:**"))
    assert "[The other story](other-story-1.md)" in line and "later event" in line
    assert "gone-2" not in page  # a story this digest does not publish is not linked
    data = json.loads(pages["digest.json"])
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    rows = {s["id"]: s for s in data["stories"]}
    assert rows[story.id]["related"] == [
        {"story": "other-story-1", "why": "same names: Ana; later event"}
    ]
    assert rows["other-story-1"]["related"] == []


def test_also_published_as_says_who_republished_whom_only_when_the_evidence_shows_it(
    seed_analyses: tuple[Analysis, ...],
) -> None:
    (story,) = synthesise(group(seed_analyses), seed_analyses, Config())
    day = "2024-03-16"
    analyses = tuple(
        replace(a, article=replace(a.article, outlet="First Wire", published=day))
        if a.article.id == story.articles[0]
        else a
        for a in seed_analyses
    )
    first = next(a for a in analyses if a.article.id == story.articles[0])
    copied = replace(
        story, articles=(*story.articles, "copy"), duplicates={"copy": first.article.id}
    )

    def also_published(published: str, opening: str = "") -> str:
        """The "Also published as" line of the story with a copy of its first article."""
        blocks = first.article.blocks
        if opening:
            blocks = (replace(blocks[0], text=opening + blocks[0].text), *blocks[1:])
        copy = replace(
            first,
            article=replace(
                first.article, id="copy", slug="copy", outlet="Copy Daily", published=published,
                blocks=blocks,
            ),
        )  # fmt: skip
        pages = {p.path: p.content for p in render((copied,), (*analyses, copy), Config())}
        page = pages[f"stories/{story.id}.md"]
        # The line after the heading (and its attribute list, which keeps it out of search).
        return (
            re.split(r"## Also published as[^\n]*\n", page, maxsplit=1)[1].strip().splitlines()[0]
        )

    same_text = "- The same text appeared in Copy Daily and First Wire."
    # The same day, one of them with its time of day: nothing shows which came first.
    assert also_published(f"{day}T09:30:00") == same_text
    # Another outlet named near the start is no credit line.
    assert also_published(day, "First Wire reported on Saturday that ") == same_text
    assert also_published("2024-03-17") == "- Copy Daily republished First Wire’s report."
    assert also_published(day, "(First Wire) - ") == "- Copy Daily republished First Wire’s report."
    # The copy came first: the article grouping took the later one for the original.
    assert also_published("2024-03-15") == "- First Wire republished Copy Daily’s report."


def test_a_figure_shows_its_hedge(seed_analyses: tuple[Analysis, ...]) -> None:
    """ "more than $1 million" shown as "1 million USD" would state an exact amount no source
    gives."""
    (story,) = synthesise(group(seed_analyses), seed_analyses, Config())
    figure = Figure(1e6, "USD", "campaign spending", "more than $1 million", story.articles[:1])
    hedged = replace(story, figures=(replace(figure, hedge="more than"),))
    pages = {p.path: p.content for p in render((hedged,), seed_analyses, Config())}
    row = next(
        line
        for line in pages[f"stories/{story.id}.md"].splitlines()
        if line.startswith("| **Figures**")
    )
    assert "| more than 1 million USD campaign spending |" in row


def test_a_span_on_the_timeline_is_written_from_its_first_date_to_its_last() -> None:
    # What both ends share is written once, as the page writes one date.
    assert when("2015-10-16", "day", "2015-11-14") == "16 Oct – 14 Nov 2015"
    assert when("2015-03-03", "day", "2015-03-09") == "3–9 Mar 2015"
    assert when("2018-12-22", "day", "2019-01-25") == "22 Dec 2018 – 25 Jan 2019"
    assert when("2014-03", "month", "2014-06") == "Mar – Jun 2014"
    assert when("2013-03", "month", "2014-06") == "Mar 2013 – Jun 2014"
    assert when("1998", "year", "2004") == "1998 – 2004"
    assert when("2015-10-16", "day") == "16 Oct 2015"


def _also_named_row(
    seed_analyses: tuple[Analysis, ...], per_kind: int
) -> tuple[tuple[Entity, ...], dict[str, str], str]:
    """The seeds' story given `per_kind` made-up people, places and organisations: the names,
    the rendered pages by path, and the story page's "Also named" row."""
    (story,) = synthesise(group(seed_analyses), seed_analyses, Config())
    crowd = tuple(
        Entity(f"{kind.title()}{n:03d} Example", kind, None, (), story.articles[:1])
        for kind in ("person", "place", "organisation")
        for n in range(per_kind)
    )
    pages = {
        p.path: p.content
        for p in render((replace(story, entities=crowd),), seed_analyses, Config())
    }
    (row,) = [
        line
        for line in pages[f"stories/{story.id}.md"].splitlines()
        if line.startswith("| **Also named**")
    ]
    return crowd, pages, row


def test_the_also_named_row_stays_short_and_folds_the_rest(
    seed_analyses: tuple[Analysis, ...],
) -> None:
    """A story of many sources names many people: the fact box's "Also named" row shows the
    first few and folds the rest under "and N more", each of them still on the page."""
    crowd, _, row = _also_named_row(seed_analyses, 15)
    shown = PAGE_LIMITS["also_named_shown"]
    beyond = 45 - sum(
        PAGE_LIMITS[k]
        for k in ("people_in_fact_box", "places_in_fact_box", "organisations_in_fact_box")
    )
    visible, folded = row.split("<details", 1)
    assert visible.count(" · ") == shown - 1
    assert f"<summary>and {beyond - shown} more</summary>" in folded
    assert sum(row.count(e.name) for e in crowd) == beyond


def test_the_also_named_row_holds_a_bounded_number_of_names(
    seed_analyses: tuple[Analysis, ...],
) -> None:
    """A story of a thousand sources may name thousands: the row holds the first names up to
    its cap, folded, and the rest are in digest.json only, so that the page stays light."""
    crowd, pages, row = _also_named_row(seed_analyses, 200)
    on_page = PAGE_LIMITS["also_named_on_page"]
    assert sum(e.name in row for e in crowd) == on_page
    assert f"<summary>and {on_page - PAGE_LIMITS['also_named_shown']} more</summary>" in row
    assert all(e.name in pages["digest.json"] for e in crowd)
