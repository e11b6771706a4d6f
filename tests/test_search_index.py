"""The search index every reader downloads whole: it holds what a story is looked up by (its
headline, dates, outlets, summary, fact box and tags), not the full text of every page; the
listing pages stay out of it, and the tags page does not repeat every tag in its table of
contents."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.render import PAGE_LIMITS
from tests.conftest import FIXTURES, SEEDS

# Many events: stories of one to many sources, with related stories, quotes and timelines.
INPUTS = (SEEDS, FIXTURES / "events" / "articles.jsonl")
# The sections of a story page a search lands on: its top (headline, dates, outlets, summary)
# and its fact box (people, places, organisations, days, figures).
STORY_SECTIONS = ("", "#fact-box")
# Pages that list other pages: their text is the headlines of the stories they list.
LISTING_PAGES = ("", "tags/", "people/", "places/", "archive/")
# The most text a source page's entry may hold: its metadata, not its article.
SOURCE_ENTRY_CHARS = 300


@dataclass(frozen=True)
class Built:
    public: Path
    digest: dict[str, Any]
    docs: list[dict[str, Any]]  # the search index's entries

    def entries_of(self, url: str) -> list[dict[str, Any]]:
        return [e for e in self.docs if e["location"].split("#")[0] == url]


# The fact box's "Also named" row folds the names past this many: few here, so that the
# stories of these inputs fold some.
ALSO_NAMED_SHOWN = 1


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    site = tmp_path_factory.mktemp("search-site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(PAGE_LIMITS, "also_named_shown", ALSO_NAMED_SHOWN)
        assert main(["build", *map(str, INPUTS), "--site-dir", str(site)]) == 0
    public = site / "public"
    digest = json.loads((public / "digest.json").read_text(encoding="utf-8"))
    index = json.loads((public / "search" / "search_index.json").read_text(encoding="utf-8"))
    return Built(public, digest, index["docs"])


def _plain(text: str) -> str:
    """An entry's text as a reader reads it: tags out, entities decoded, spaces folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _folded(text: str) -> str:
    return " ".join(text.split())


def test_a_story_is_indexed_by_its_headline_people_and_outlets_and_nothing_below_its_fact_box(
    built: Built,
) -> None:
    told = [s for s in built.digest["stories"] if len(s["articles"]) > 1]
    assert len(told) >= 5 and any(s["related"] for s in told), "too few stories to check"
    for story in built.digest["stories"]:
        url = f"stories/{story['id']}/"
        entries = built.entries_of(url)
        assert [e["location"].removeprefix(url) for e in entries] == list(
            STORY_SECTIONS[: len(entries)]
        ), f"{url}: sections below the fact box are in the search index"
        top = entries[0]
        assert _plain(top["title"]) == _folded(story["headline"])
        words = " ".join(_plain(e["text"]) for e in entries)
        people = [e["name"] for e in story["entities"] if e["type"] == "person"]
        if people:
            assert _folded(people[0]) in words, f"{url}: {people[0]} is not in the index"
        members = set(story["articles"])
        outlets = {a["outlet"] for a in built.digest["articles"] if a["id"] in members} - {None}
        if outlets:
            assert any(_folded(o) in words for o in outlets), f"{url}: no outlet in the index"
        page = (built.public / url / "index.html").read_text(encoding="utf-8")
        # The attribute lists that keep sections out: none shows as text, none stays in the HTML.
        assert "data-search-exclude" not in page
        article = page[page.index("<article") : page.index("</article>")]
        assert not re.search(r"\{\s*\}", article), f"{url}: an attribute list shows"
        summary = _folded(" ".join(sentence["text"] for sentence in story["summary"]))
        for quote in story["quotes"]:
            if _folded(quote["text"]) not in summary:
                assert _folded(quote["text"]) not in words, f"{url}: a quote is in the index"


def test_source_pages_are_indexed_by_title_and_metadata_not_by_their_text(built: Built) -> None:
    sources = [e for e in built.docs if e["location"].startswith("sources/")]
    assert sources
    assert all("#" not in e["location"] for e in sources), "a source's text is in the index"
    # Title, outlet, author, date, dateline, section: a few words, whatever the article's length.
    assert max(len(_plain(e["text"])) for e in sources) < SOURCE_ENTRY_CHARS
    indexed = " ".join(_plain(e["text"]) for e in sources)
    for article in built.digest["articles"]:
        opening = _folded(article["text"])[:80]
        assert opening not in indexed, f"{article['id']}: its text is in the search index"


def test_listing_pages_are_not_in_the_search_index(built: Built) -> None:
    pages = {e["location"].split("#")[0] for e in built.docs}
    listed = sorted(p for p in pages if p in LISTING_PAGES or p.startswith(LISTING_PAGES[1:]))
    assert listed == [], f"listing pages in the search index: {listed}"
    assert "about/" in pages


def test_tags_page_lists_every_tag_without_a_table_of_contents_entry_for_each(built: Built) -> None:
    page = (built.public / "tags" / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<h\d id="(tag:[^"]+)"', page))
    assert len(anchors) > 50
    assert not re.search(r'href="#tag:[^"]*" class="md-nav__link"', page)
    for story in built.digest["stories"]:
        html = (built.public / "stories" / story["id"] / "index.html").read_text(encoding="utf-8")
        for anchor in re.findall(r'href="\.\./\.\./tags/#(tag:[^"]+)"', html):
            assert anchor in anchors, f"{story['id']} links to a tag the tags page lacks: {anchor}"


def test_every_person_place_and_organisation_of_a_story_leads_to_it(built: Built) -> None:
    """The fact box names a story's first few people, places and organisations; the rest, named
    only in its quotes and notes or on the people and places pages (all left out of the index),
    are found by search too, in the entries of the story that names them."""
    beyond = 0
    for story in built.digest["stories"]:
        url = f"stories/{story['id']}/"
        words = " ".join(_plain(e["text"]) for e in built.entries_of(url))
        for entity in story["entities"]:
            if entity["type"] in ("person", "place", "organisation"):
                assert _folded(entity["name"]) in words, f"{url}: {entity['name']} is not found"
        people = [e["name"] for e in story["entities"] if e["type"] == "person"]
        beyond += len(people[5:])
    assert beyond, "no story names more people than its fact box shows"


def test_names_folded_in_the_also_named_row_stay_on_the_page_and_in_the_index(built: Built) -> None:
    """Past its first names, the "Also named" row says "and N more" and folds the rest in a
    closed <details> of the same row: the row stays one line, and a search still finds the
    story by every name folded away."""
    folded = 0
    for story in built.digest["stories"]:
        url = f"stories/{story['id']}/"
        beyond = [
            name
            for kind, shown in _FACT_BOX.items()
            for name in [e["name"] for e in story["entities"] if e["type"] == kind][shown:]
        ]
        page = (built.public / url / "index.html").read_text(encoding="utf-8")
        row = re.search(
            r'<details class="also-named"><summary>and (\d+) more</summary>(.*?)</details>',
            page,
            re.S,
        )
        if len(beyond) <= ALSO_NAMED_SHOWN:
            assert row is None, url
            continue
        assert row is not None, f"{url}: {len(beyond)} names in one row, none folded"
        rest = beyond[ALSO_NAMED_SHOWN:]
        assert int(row[1]) == len(rest)
        words = " ".join(_plain(e["text"]) for e in built.entries_of(url))
        for name in rest:
            assert _folded(name) in _plain(row[2]), f"{url}: {name} is not in the folded names"
            assert _folded(name) in words, f"{url}: {name}, folded, is not in the index"
        folded += 1
    assert folded, "no story folds a name"


# Names each row of the fact box shows before "Also named": people, places, organisations.
_FACT_BOX = {
    "person": PAGE_LIMITS["people_in_fact_box"],
    "place": PAGE_LIMITS["places_in_fact_box"],
    "organisation": PAGE_LIMITS["organisations_in_fact_box"],
}
