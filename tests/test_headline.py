"""Headlines: the most representative title, cleaned; a lead sentence only when no article
has a title, and then whole (issue 16, point 4). The texts are written for these tests."""

from __future__ import annotations

from generator.analyse import analyse_article
from generator.config import Config
from generator.models import Analysis, Article, Block
from generator.summary import clean_title, headline
from tests.conftest import ENGLISH


def _analysis(ident: str, title: str | None, outlet: str | None, *paragraphs: str) -> Analysis:
    article = Article(
        ident,
        ident,
        f"{ident}.txt",
        title,
        outlet,
        None,
        None,
        None,
        None,
        "en",
        tuple(Block("p", text, n) for n, text in enumerate(paragraphs, start=1)),
        (),
    )
    return analyse_article(article, Config())


def test_site_names_and_section_labels_leave_the_title() -> None:
    assert clean_title("Dam bursts after week of rain | Reuters", "Reuters", ENGLISH) == (
        "Dam bursts after week of rain"
    )
    assert clean_title("Dam bursts after week of rain - BBC News", None, ENGLISH) == (
        "Dam bursts after week of rain"
    )
    assert clean_title("World news: Dam bursts after week of rain", None, ENGLISH) == (
        "Dam bursts after week of rain"
    )
    assert (
        clean_title("Dam bursts | World news | The Guardian", "The Guardian", ENGLISH)
        == "Dam bursts"
    )
    # A colon or a dash that belongs to the title stays.
    assert (
        clean_title("Mayor: the dam will be rebuilt", None, ENGLISH)
        == "Mayor: the dam will be rebuilt"
    )
    assert (
        clean_title("Dam bursts - and a town waits", None, ENGLISH)
        == "Dam bursts - and a town waits"
    )


def test_the_title_closest_to_the_story_heads_it() -> None:
    body = (
        "The Orlen dam burst on Tuesday after a week of heavy rain, flooding the valley town "
        "of Marsk and forcing 4,000 people from their homes, officials said."
    )
    analyses = [
        _analysis("a", "Dam bursts in Marsk, 4,000 flee floods | Daily Ledger", None, body),
        _analysis("b", "Opinion: what the rain tells us", None, body),
        _analysis("c", "Marsk dam bursts after week of rain - Valley News", None, body),
    ]
    chosen = headline(analyses, ["Marsk"], ENGLISH)
    assert chosen in {
        "Dam bursts in Marsk, 4,000 flee floods",
        "Marsk dam bursts after week of rain",
    }


def test_a_lead_heads_the_story_only_whole_and_only_without_titles() -> None:
    lead = "A panel formed by Governor Jane Doe, which met in private, will report on Friday."
    analyses = [
        _analysis("a", None, None, lead, "The panel has nine members."),
        _analysis("b", None, None, "WASHINGTON (Wire) - " + lead, "Its report is due soon."),
    ]
    assert headline(analyses, [], ENGLISH) == lead.rstrip(".")


def test_a_lead_too_long_for_a_headline_is_never_cut() -> None:
    long_lead = (
        "A commission formed by Governor Jane Doe last year, which met in private for months, "
        "will recommend sweeping changes to the state court on Friday."
    )
    analyses = [
        _analysis("a", None, None, long_lead, "The commission will report to the governor."),
        _analysis("b", None, None, long_lead, "Its members were named in March by the governor."),
    ]
    chosen = headline(analyses, [], ENGLISH)
    assert (
        chosen
        in {
            "The commission will report to the governor",
            "Its members were named in March by the governor",
        }
        or chosen == "The commission will report to the governor"
    )
    assert not long_lead.startswith(chosen)


def test_a_photo_credit_or_a_dateline_never_heads_a_story() -> None:
    analyses = [
        _analysis(
            "a",
            "(Photo: Getty Images)",
            None,
            "MARSK (Wire) - Rescue teams reached the flooded town of Marsk on Wednesday.",
        ),
        _analysis("b", "MARSK", None, "Rescue teams reached the flooded town of Marsk."),
        _analysis(
            "c",
            "The flooded harbour of Marsk at dawn. (Jane Roe/Valley Times)",
            None,
            "(Rescue teams reached the flooded town of Marsk",
        ),
    ]
    assert headline(analyses, [], ENGLISH) in {
        "Rescue teams reached the flooded town of Marsk on Wednesday",
        "Rescue teams reached the flooded town of Marsk",
    }
