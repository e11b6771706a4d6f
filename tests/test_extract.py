"""HTML extraction that generalises: trafilatura's precise text (its default one when the precise
mode finds too little), and a cleaner that takes from an extracted body only what it is sure of.
The floor is measured on the held-out half of ../shared/eval/html, the pages nothing was tuned on
(tools/evaluate.py: html_half)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import _Draft, boilerplate_reason, clean, is_datestamp, metadata_reason
from generator.extract import choose
from generator.models import Article, Block, Meta, Source
from generator.read import read
from tests.conftest import ENGLISH, ROOT, write
from tools.evaluate import HELD_OUT, OURS_BODY, TRAFILATURA, score_html_half

EVAL_DIR = ROOT.parent / "shared" / "eval"
# Body-only token F1 on the held-out half (47 pages), ours minus trafilatura alone (defaults),
# as `make eval` measures it (the dateline, which the reader sees beside the text, counted):
# 0.9777 - 0.9670 = +0.0107. Issue 14's target for this half.
HELD_OUT_MARGIN_FLOOR = 0.01

PROSE = (
    "The council voted on Tuesday to approve the budget for next year, after a debate that "
    "lasted most of the afternoon and ended with a narrow majority."
)
MORE_PROSE = "Opponents said the plan would cut services in the poorer districts of the town."


def cleaned(lines: list[str], extracted: bool, title: str | None = None) -> Article:
    blocks = tuple(Block("p", line, number) for number, line in enumerate(lines, start=1))
    source = Source("page", "page.html", blocks, Meta(title=title), "html", extracted=extracted)
    (article,) = clean([source])
    return article


@pytest.mark.skipif(
    not (EVAL_DIR / "html" / "input.jsonl").is_file(),
    reason=f"no labelled HTML pages at {EVAL_DIR / 'html'} (see ../shared/eval/README.md)",
)
def test_held_out_pages_are_extracted_better_than_by_trafilatura_alone() -> None:
    result = score_html_half(EVAL_DIR, HELD_OUT, systems=[OURS_BODY, TRAFILATURA])
    margin = result.f1(OURS_BODY) - result.f1(TRAFILATURA)
    assert len(result.ids) > 40
    assert margin >= HELD_OUT_MARGIN_FLOOR, (
        f"held-out token F1 {result.f1(OURS_BODY):.4f}, trafilatura alone "
        f"{result.f1(TRAFILATURA):.4f}: {margin:+.4f}"
    )


def test_an_extracted_body_keeps_lines_that_only_their_position_marks() -> None:
    lines = [
        "Council votes on budget",  # the headline without the site's name
        "Politics",
        "Harbour Post",
        PROSE,
        "Tickets and times: www.harbour-theatre.example",
        "www.harbour-theatre.example",
        MORE_PROSE,
        "Standard seat 40 dollars",
        "Balcony seat 60 dollars",
    ]
    title = "Council votes on budget - Harbour Post"
    ours = cleaned(lines, extracted=True, title=title)
    scraped = cleaned(lines, extracted=False, title=title)
    kept = [b.text for b in ours.blocks]
    assert kept == lines[2:]
    assert {(r.line, r.reason) for r in ours.removed} == {
        ("Council votes on budget", "duplicate title"),
        ("Politics", "section label"),
    }
    # The same lines as scraped text: there the masthead, the bare address and the short lines
    # under the last paragraph are the page's furniture, as before.
    gone = {r.line for r in scraped.removed}
    assert {"Harbour Post", "www.harbour-theatre.example", "Balcony seat 60 dollars"} <= gone


def test_a_long_extracted_paragraph_is_not_taken_for_a_promotion() -> None:
    paragraph = (
        "Residents who missed the meeting can watch the whole debate, including the vote and "
        "the statements of all five councillors, on the council's archive at "
        "https://council.example/archive"
    )
    assert (
        boilerplate_reason(paragraph, ENGLISH) == "promotion"
    )  # 26 words: boilerplate in scraped text
    ours = cleaned([PROSE, paragraph, MORE_PROSE], extracted=True)
    assert paragraph in [b.text for b in ours.blocks]


def test_repeated_lines_of_one_outlet_stay_in_extracted_bodies(tmp_path: Path) -> None:
    stock = "It takes 41 seats to win a majority on the Harbour City council."
    sources = [
        Source(
            f"page{n}",
            f"page{n}.html",
            (Block("p", f"{PROSE} ({n})", 1), Block("p", stock, 2)),
            Meta(outlet="Harbour Post"),
            "html",
            extracted=True,
        )
        for n in range(4)
    ]
    assert all(stock in [b.text for b in a.blocks] for a in clean(sources))


def test_numbers_alone_are_no_date_stamp() -> None:
    for line in ("1500", "2019", "02-751-1500", "12 34"):
        assert not is_datestamp(line, ENGLISH), line
    for line in ("Updated 10:42 GMT", "19.11.2019", "Nov 19, 2019", "Tuesday 19", "Posted 2019"):
        assert is_datestamp(line, ENGLISH), line


def test_a_sentence_opening_with_by_and_a_day_is_no_byline() -> None:
    blank = _Draft(Source("a", "a.txt", (), Meta(), "txt"), [])
    sentence = (
        "By Friday, Contoso was aware clients were losing their files at a pace never seen before."
    )
    assert metadata_reason(sentence, blank, ENGLISH) is None
    assert metadata_reason("By March 2020, the plant had closed.", blank, ENGLISH) is None
    assert metadata_reason("By Jane Doe, Reuters", blank, ENGLISH) == "byline"
    assert metadata_reason("By April Ryan", blank, ENGLISH) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Google changed its privacy policy in 2012 to merge data across its services.",
        "Users can unsubscribe from the service at any time, the company said.",
        "Published in Nature, the study followed 500 patients for ten years.",
        "Copyright law protects the authors of the songs, the court found.",
        "Powered by renewable energy, the new plant opened on Monday.",
        "The servers are stacked together to form dense racks (pictured above).",
        "Users who download the new app on Windows were affected, the company said.",
    ],
)
def test_sentences_that_only_mention_boilerplate_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line, ENGLISH) is None


@pytest.mark.parametrize(
    "line",
    [
        "Privacy Policy | Terms of Use | Contact Us",
        "By continuing you agree to our privacy policy.",
        "You can unsubscribe from these emails whenever you like.",
        "Copyright The Associated Press",
        "Powered by WordPress",
        "The ferry docked at noon. (Photo: Reuters)",
        "Download the Harbour Post app for breaking news",
        "SEE MORE: Protesters gather outside the university",
        "Follow Courier's live updates on the council vote at https://courier.example/vote",
    ],
)
def test_boilerplate_is_still_found(line: str) -> None:
    assert boilerplate_reason(line, ENGLISH) is not None


def test_a_label_is_no_dateline() -> None:
    labelled = cleaned([f"Update: {PROSE}", MORE_PROSE], extracted=True)
    assert labelled.dateline is None and labelled.blocks[0].text == f"Update: {PROSE}"
    wire = cleaned([f"LONDON (AP) — {PROSE}", MORE_PROSE], extracted=True)
    assert wire.dateline == "LONDON" and wire.blocks[0].text == PROSE


def test_the_default_mode_is_used_when_the_precise_one_finds_too_little() -> None:
    default = ["Headline", PROSE, MORE_PROSE]
    assert choose(["Headline"], default, min_chars=250) == default
    assert choose([PROSE, MORE_PROSE], default, min_chars=100) == [PROSE, MORE_PROSE]
    assert choose([], [], min_chars=250) == []


def test_an_html_page_is_read_as_an_extracted_body(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{PROSE} ({n})</p><p>{MORE_PROSE}</p>" for n in range(4))
    write(
        tmp_path,
        "page.html",
        "<html><head><title>Council votes on budget - Harbour Post</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Council votes on budget</h1>{paragraphs}"
        "</article><footer>Privacy Policy | Terms of Use</footer></body></html>",
    )
    (source,) = read([tmp_path], max_file_bytes=5_000_000, max_articles=10).sources
    assert source.extracted
    assert source.meta.title == "Council votes on budget"
    assert f"{PROSE} (0)" in [b.text for b in source.blocks]
    assert not any("Privacy" in b.text for b in source.blocks)


def test_a_page_whose_stamps_give_days_far_apart_has_no_known_date() -> None:
    # A page of dated posts: the newest on top, older ones below. Which day its undated
    # sentences were written is not known; a wrong year would misplace them.
    posts = ["April 10, 2016", PROSE, "June 4, 2015", MORE_PROSE, "April 13, 2015", PROSE]
    assert cleaned(posts, extracted=True).published is None
    # Stamps a day apart (published, then updated) still date the page.
    stamps = ["Published March 3, 2016", PROSE, "Updated March 4, 2016", MORE_PROSE]
    assert cleaned(stamps, extracted=True).published == "2016-03-03"
    # A date with a colon heads an entry of a dated list, not the page.
    listed = [PROSE, "July 15, 2017:", MORE_PROSE]
    assert cleaned(listed, extracted=True).published is None
