"""Cleaning on real text: boilerplate gone with reasons, every sentence kept, metadata found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.analyse import analyse
from generator.clean import boilerplate_reason, clean, looks_like_heading
from generator.config import Config
from generator.group import group
from generator.models import Article
from tests.conftest import ENGLISH, read_sources, write
from tests.labelled import (
    BOILERPLATE,
    HOLDOUT,
    clean_labelled,
    load_labelled,
    score_boilerplate,
)

# Pinned floors of line-level boilerplate removal on tests/fixtures/boilerplate (51 articles).
# Raise them when the cleaner improves; a drop below them fails the suite.
BOILERPLATE_PRECISION_FLOOR = 0.97
BOILERPLATE_RECALL_FLOOR = 0.97
TITLE_ACCURACY_FLOOR = 0.95


def by_id(articles: tuple[Article, ...], prefix: str) -> Article:
    return next(a for a in articles if a.id.startswith(prefix))


def test_seed_boilerplate_is_gone_with_reasons(
    seed_articles: tuple[Article, ...], seed_expected: dict[str, Any]
) -> None:
    expected = seed_expected["cleaning"]
    text = "\n".join(a.text for a in seed_articles)
    removed = {r.line: r.reason for a in seed_articles for r in a.removed}
    for line in expected["boilerplate_lines"]:
        assert line not in text
        assert line in removed
    for marker in expected["boilerplate_markers"]:
        assert marker not in text
    for line, reason in expected["removal_reasons"].items():
        assert removed[line] == reason


def test_every_seed_sentence_is_kept(
    seed_articles: tuple[Article, ...], seed_expected: dict[str, Any]
) -> None:
    """Each line of the raw seeds ending in a full stop is prose and must survive cleaning
    (but for one notice of the site, which ends in a full stop too)."""
    notice = seed_expected["cleaning"]["full_stop_boilerplate_start"]
    for article in seed_articles:
        raw = Path(article.path).read_text(encoding="utf-8").splitlines()
        prose = [
            line.strip() for line in raw if line.strip().endswith(".") and len(line.split()) > 8
        ]
        for line in prose:
            if line.startswith(notice):
                continue
            assert any(line.endswith(block.text) for block in article.blocks), line


def test_seed_titles_bylines_and_datelines(
    seed_articles: tuple[Article, ...], seed_expected: dict[str, Any]
) -> None:
    expected = seed_expected["cleaning"]
    byline = expected["byline_article"]
    desk = by_id(seed_articles, byline["id"])
    # The section label above the title is no title.
    assert desk.title and desk.title.startswith(byline["title_start"])
    assert (desk.outlet, desk.author, desk.published) == (
        byline["outlet"],
        byline["author"],
        byline["published"],
    )
    assert {"line": byline["label_line"], "reason": "section label"} in [
        {"line": r.line, "reason": r.reason} for r in desk.removed
    ]
    twice = expected["doubled_title_article"]
    doubled = by_id(seed_articles, twice["id"])
    assert doubled.title == twice["title"]
    assert doubled.text.count(twice["title_words"]) == 0
    assert [r.reason for r in doubled.removed].count("duplicate title") == 1
    assert doubled.dateline == twice["dateline"]
    assert doubled.blocks[0].text.startswith(twice["body_start"])
    # Its first line is a sentence.
    assert by_id(seed_articles, expected["untitled_article"]).title is None


def test_seed_subheadings_are_headings(
    seed_articles: tuple[Article, ...], seed_expected: dict[str, Any]
) -> None:
    expected = seed_expected["cleaning"]["subheading_article"]
    article = by_id(seed_articles, expected["id"])
    headings = [b.text for b in article.blocks if b.kind == "h"]
    assert expected["heading"] in headings
    assert all(not h.endswith(".") for h in headings)


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook",
        "- Copy link",
        "Subscribe to our newsletter",
        "ALSO READ: Minister resigns after row over budget",
        "See also: (In UK) Storm hits coast",
        "Advertisement",
        "Story continues below advertisement",
        "https://example.com/a/b",
        "@newsdesk",
        "© 2024 Harbour Media. All rights reserved.",
        "We use cookies to tailor what you read here. Accept all cookies",
        "Note: By registering for an account you agree to Harbour Media's terms.",
        # a web archive's notice where it kept no copy of the page (made-up crawler)
        "Since 2001, Example Crawl Co. has been donating its "
        "crawl data to the Internet Archive, whose Wayback "  # eval-text: boilerplate
        "Machine shows it some weeks later.",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert boilerplate_reason(line, ENGLISH) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to follow the evacuation routes posted online by the agency.",
        "The company said it would share more details next week.",
        "Comments from the minister drew criticism from farm unions on Tuesday.",
        "Related talks on a national agreement are due to resume next week.",
        "Share prices across the sector rose slightly on the news.",
        "By signing the accord, both governments agreed to cut tariffs on steel.",
        "The Internet Archive's Wayback Machine now holds copies of billions of pages, its "
        "director said on Monday.",
    ],
)
def test_prose_that_looks_like_boilerplate_is_kept(line: str) -> None:
    assert boilerplate_reason(line, ENGLISH) is None


def test_headings_need_short_unpunctuated_capitalised_lines() -> None:
    assert looks_like_heading("Open Questions: Ports, Rail Links, and Fares", ENGLISH)
    assert not looks_like_heading("The talks ended without agreement.", ENGLISH)
    assert not looks_like_heading(
        "officials said the talks would resume after the holiday weekend ended", ENGLISH
    )


def test_lines_repeated_across_one_outlet_are_removed(tmp_path: Path) -> None:
    footer = "Harbour Post journalism is funded by readers like you today"
    for n in range(3):
        write(
            tmp_path,
            f"hp{n}.md",
            f"---\noutlet: Harbour Post\n---\nStory number {n} says something new.\n\n{footer}\n",
        )
    articles = clean(read_sources(tmp_path))
    assert all(footer not in a.text for a in articles)
    assert all(any("repeats in 3 articles" in r.reason for r in a.removed) for a in articles)


WIRE_REPORT = (
    "Kerrow Valley ferry crews will strike for two days from Monday, the union said on Friday, "
    "after talks with the operator over night-shift pay broke down for the third time.",
    "The operator said it would run a reduced timetable with managers at the helm and urged "
    "passengers to check the crossings before they travel.",
    "About 9,000 people use the three routes on a weekday, most of them commuters to the port.",
)


def test_copies_of_one_report_keep_their_text(tmp_path: Path) -> None:
    """A wire report that three sites print under the agency's copyright (or one outlet saves
    three times) repeats every line in three articles of one 'outlet': its lines are the
    report, not a template, and no copy may lose its text (the grouping folds copies)."""
    footer = "Copyright 2026 Kerrow Wire Service. All rights reserved."
    update = "Talks are due to resume on Sunday, the union said later on Friday."
    for n in range(3):
        body = "\n\n".join(WIRE_REPORT + ((update,) if n == 2 else ()))
        page = f"Ferry crews to strike for two days\n\n{body}\n\n{footer}\n"
        write(tmp_path, f"site{n}.txt", page)
    articles = clean(read_sources(tmp_path))
    assert len(articles) == 3
    for article in articles:
        assert all(paragraph in article.text for paragraph in WIRE_REPORT)
        assert "Copyright" not in article.text


def test_template_lines_go_from_copies_too(tmp_path: Path) -> None:
    """In copies of one report, a short line the outlet puts under every article still goes."""
    footer = "Read more from the Harbour Post newsroom"
    for n in range(3):
        body = "\n\n".join(WIRE_REPORT)
        write(tmp_path, f"hp{n}.md", f"---\noutlet: Harbour Post\n---\n{body}\n\n{footer}\n")
    write(tmp_path, "hp3.md", f"---\noutlet: Harbour Post\n---\nA story of its own.\n\n{footer}\n")
    articles = clean(read_sources(tmp_path))
    assert len(articles) == 4
    assert all(footer not in a.text for a in articles)
    assert sum(WIRE_REPORT[0] in a.text for a in articles) == 3


BRIEFS = (
    "Kerrow Valley council voted on Tuesday to close the old swimming baths on Mill Lane for "
    "repairs until March.",
    "A lorry shed its load of gravel on the coast road near Ardle early on Wednesday, closing "
    "both lanes.",
    "The Harbour Post quiz night raised 2,400 pounds for the lifeboat station, its organisers "
    "said on Thursday evening.",
    "Two teenagers from Brennock won places in the national youth orchestra after auditions in "
    "the capital last month.",
)
APPEAL = (
    "The Harbour Post is a nonprofit newsroom run by its readers. We do not sell your data and "
    "we keep every story free to read, because local news should reach everyone in the valley, "
    "whatever they can afford.",
    "If you value what we do, please give what you can this month. A gift of any size pays a "
    "reporter to sit through council meetings so you do not have to, and it keeps us independent.",
)


def test_a_long_appeal_under_short_briefs_is_a_template(tmp_path: Path) -> None:
    """A brief under an appeal longer than itself is not a copy of the other briefs: a copy
    repeats another article's lead, a template never does. The appeal goes from each brief, and
    the briefs stay four stories."""
    appeal = "\n\n".join(APPEAL)
    for n, brief in enumerate(BRIEFS):
        write(tmp_path, f"hp{n}.md", f"---\noutlet: Harbour Post\n---\n{brief}\n\n{appeal}\n")
    articles = clean(read_sources(tmp_path))
    assert len(articles) == len(BRIEFS)
    for article in articles:
        assert all(paragraph not in article.text for paragraph in APPEAL)
        assert sum(brief in article.text for brief in BRIEFS) == 1
    assert len(group(analyse(articles, Config()))) == len(BRIEFS)


def test_boilerplate_removal_gate(tmp_path: Path) -> None:
    score = score_boilerplate(clean_labelled(BOILERPLATE, tmp_path))
    print(
        f"boilerplate P={score.precision:.3f} R={score.recall:.3f} "
        f"titles={score.titles_right}/{score.titles}"
    )
    assert score.precision >= BOILERPLATE_PRECISION_FLOOR, score.false_removed
    assert score.recall >= BOILERPLATE_RECALL_FLOOR
    assert score.titles_right / score.titles >= TITLE_ACCURACY_FLOOR


def test_no_content_line_of_the_labelled_corpus_is_lost(tmp_path: Path) -> None:
    cleaned = clean_labelled(BOILERPLATE, tmp_path)
    lost = []
    for name, (lines, article) in cleaned.items():
        body = {b.text for b in article.blocks} | {article.title}
        for line in lines:
            if line.label in "KH" and not any(line.text.endswith(text) for text in body if text):
                lost.append(f"{name}: {line.text}")
    assert not lost


def test_labelled_fixture_files_are_well_formed() -> None:
    files = sorted(BOILERPLATE.glob("*.lbl"))
    assert len(files) >= 40
    for path in files:
        labels = {line.label for line in load_labelled(path)}
        assert labels <= set("TKHMR"), path


# Held-out set, written apart from the code (tests/fixtures/holdout): the gap to the development
# set above is what the cleaner really does on text it was not written for.
HOLDOUT_PRECISION_FLOOR = 0.97
HOLDOUT_RECALL_FLOOR = 0.90
HOLDOUT_TITLE_FLOOR = 0.85


def test_boilerplate_removal_gate_on_held_out_articles(tmp_path: Path) -> None:
    score = score_boilerplate(clean_labelled(HOLDOUT / "boilerplate", tmp_path))
    print(f"held-out boilerplate P={score.precision:.3f} R={score.recall:.3f}")
    assert score.precision >= HOLDOUT_PRECISION_FLOOR, score.false_removed
    assert score.recall >= HOLDOUT_RECALL_FLOOR
    assert score.titles_right / score.titles >= HOLDOUT_TITLE_FLOOR


def test_first_passes_kept_between_builds_give_the_same_articles(tmp_path: Path) -> None:
    from generator import clean as clean_module
    from tests.conftest import SEEDS

    sources = read_sources(SEEDS)
    reference = clean(sources)
    cache = tmp_path / "cache"
    assert clean(sources, cache_dir=cache) == reference
    (folder,) = cache.glob("clean-*")
    assert len(list(folder.rglob("*.pickle"))) == len(sources)
    calls: list[str] = []
    original = clean_module._first_pass

    def counting(source: object, lang: object) -> object:
        calls.append("called")
        return original(source, lang)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clean_module, "_first_pass", counting)
        assert clean(sources, cache_dir=cache) == reference
        assert calls == []  # every first pass came from the cache
        for entry in folder.rglob("*.pickle"):
            entry.write_bytes(b"damaged")
        assert clean(sources, cache_dir=cache) == reference
        assert len(calls) == len(sources)
