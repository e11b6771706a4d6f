"""A page's own date from its stamp lines and dateline: the forms news pages print, read only
where one day is meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse import analyse_article
from generator.clean import clean
from generator.config import Config
from tests.conftest import read_sources, write

LEAD = (
    "The county board voted on Tuesday to close the old ferry landing after the storm damaged "
    "its pier, a spokeswoman for the board said."
)
SECOND = "Repairs would cost more than the landing earns in ten years, the board's report found."


def _published(tmp_path: Path, *top: str) -> str | None:
    """The date cleaning gives an article with these lines between its title and its text."""
    body = "\n\n".join(("Ferry landing to close after storm", *top, LEAD, SECOND))
    write(tmp_path, "story.txt", body + "\n")
    (article,) = clean(read_sources(tmp_path))
    return article.published


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        # a clock and a year split by the page's spacing
        ("on Oct 14 2019, 7: 42p", "2019-10-14"),
        ("4:05 p. m. EDT Oct. 14, 2019", "2019-10-14"),
        ("9:10 A. M. OCT. 14, 2019", "2019-10-14"),
        ("Mon Oct 14 2019, 16:20 hrs", "2019-10-14"),
        ("Oct. 14, 2019 | 3:15 p. m.", "2019-10-14"),
        ("on Oct. 14, 2019", "2019-10-14"),
        ("Story Created: Oct 14, 2019 at 8:02 AM AKDT", "2019-10-14"),
        # numbers: a year first fixes the order; dots are written day first
        ("Released 2019-10-14 06:31: 20 GMT", "2019-10-14"),
        ("Published: 2019. 10. 14 10:12 AM", "2019-10-14"),
        ("Article posted on 14. 10. 2019", "2019-10-14"),
        ("Article posted on 03. 10. 2019", "2019-10-03"),
        # slashes: a US time zone reads them month first, a day above 12 in any case
        ("10 / 03 / 19 04:44 PM ET", "2019-10-03"),
        ("Posted at 1:12 PM ET, 10 / 3 / 2019", "2019-10-03"),
        ("Updated 10 / 14 / 2019 11:02 AM", "2019-10-14"),
        # a dateline with its place's state
        ("SPRINGFIELD, IL, October 14, 2019", "2019-10-14"),
    ],
)
def test_stamp_forms_date_the_page(tmp_path: Path, stamp: str, day: str) -> None:
    assert _published(tmp_path, stamp) == day


@pytest.mark.parametrize(
    "stamp",
    [
        # May 10 or 5 October: no zone, no number above 12
        "05/10/2019",
        "Posted 05/10/2019 9:14 PM",
        # a two-digit year, the order unknown
        "05 / 10 / 19 9:14 PM",
    ],
)
def test_stamps_that_could_mean_two_days_give_no_date(tmp_path: Path, stamp: str) -> None:
    body = "\n\n".join(("Ferry landing to close after storm", stamp, LEAD, SECOND))
    write(tmp_path, "story.txt", body + "\n")
    (article,) = clean(read_sources(tmp_path))
    assert article.published is None
    assert stamp in {r.line for r in article.removed}


def test_first_publication_wins_over_a_later_update(tmp_path: Path) -> None:
    published = _published(
        tmp_path, "Updated Oct. 16, 2019 9:30 a.m. ET", "First published Oct. 14, 2019 6:00 p.m. ET"
    )
    assert published == "2019-10-14"


def test_an_update_alone_dates_the_page(tmp_path: Path) -> None:
    assert _published(tmp_path, "UPDATED 10 / 16 / 2019 at 9:30 AM EDT") == "2019-10-16"


def test_a_dateline_with_its_year_dates_the_report_one_without_none(tmp_path: Path) -> None:
    dated, undated = tmp_path / "dated", tmp_path / "undated"
    for folder, dateline in ((dated, "HARWICH, Oct. 14, 2019"), (undated, "HARWICH, Oct 14")):
        body = "\n\n".join(
            ("Ferry landing to close after storm", f"{dateline} (Reuters) - {LEAD}", SECOND)
        )
        write(folder, "story.txt", body + "\n")
    (with_year,) = clean(read_sources(dated))
    (without,) = clean(read_sources(undated))
    assert (with_year.published, with_year.dateline) == ("2019-10-14", "HARWICH")
    assert (without.published, without.dateline) == (None, "HARWICH")


_CARRIED_OVER = (
    "Harbour crews pulled the last stranded boat free yesterday, the port office said.",
    "The county board voted on Monday to close the landing.",
)


def _dated_days(tmp_path: Path, stamp: str) -> list[tuple[str, str]]:
    """The days (ISO, kind) analysis reads in a page under a title and this stamp line."""
    body = "\n\n".join(("Ferry landing to close after storm", stamp, *_CARRIED_OVER))
    write(tmp_path, "story.txt", body + "\n")
    (article,) = clean(read_sources(tmp_path))
    analysis = analyse_article(article, Config())
    return [(d.date, d.kind) for d in analysis.dates if d.precision == "day"]


def test_an_update_alone_does_not_tell_what_yesterday_was(tmp_path: Path) -> None:
    # The page keeps the update as its date (shown, and grouped by), but a day counted in days
    # from the day its text was written is not read from it: the paragraph may be older. The
    # last Monday before a Wednesday update is the Monday an earlier version of that week meant.
    days = _dated_days(tmp_path, "UPDATED 10 / 16 / 2019 at 9:30 AM EDT")
    assert days == [("2019-10-15", "unknown"), ("2019-10-14", "event")]


def test_a_first_publication_stamp_tells_what_yesterday_was(tmp_path: Path) -> None:
    days = _dated_days(tmp_path, "Published 10 / 16 / 2019 at 9:30 AM EDT")
    assert days == [("2019-10-15", "event"), ("2019-10-14", "event")]
