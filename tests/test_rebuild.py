"""A daily archive rebuilt after a new day: the published site is the one a cold build of the
same input writes, byte for byte, and only the files that changed are written; the navigation
is the same from one day to the next, so that a new day changes no page of an older story."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import FIXTURES, write

EVENTS = FIXTURES / "events"
# The days of the archive, and the day that comes after them.
LAST_ARCHIVED_DAY, NEW_DAY = "2025-03-14", "2025-03-15"
SECTIONS = ("Business", "Science", "World")


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs dates the sitemap with the build's date: the same for every build here."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")


def write_days(folder: Path, until: str) -> None:
    """The fixture's articles published up to the day `until`, a file per day as an archive
    holds them, each article in a section (feeds give a category; here one per event, so that a
    story's articles agree)."""
    clusters = json.loads((EVENTS / "clusters.json").read_text(encoding="utf-8"))
    events = sorted(set(clusters.values()))
    days: dict[str, list[str]] = {}
    for line in (EVENTS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["published"][:10] <= until:
            event = clusters[article["id"]]
            article["category"] = SECTIONS[events.index(event) % len(SECTIONS)]
            days.setdefault(article["published"][:10], []).append(json.dumps(article))
    for day, lines in days.items():
        write(folder, f"{day}.jsonl", "\n".join(lines) + "\n")


def files_of(public: Path) -> dict[str, bytes]:
    return {
        p.relative_to(public).as_posix(): p.read_bytes() for p in public.rglob("*") if p.is_file()
    }


def identities(public: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and time of change: a file rewritten (even with the same bytes) or
    renamed over gets new ones."""
    found = {}
    for path in public.rglob("*"):
        if path.is_file():
            status = path.stat()
            found[path.relative_to(public).as_posix()] = (status.st_ino, status.st_mtime_ns)
    return found


def build(inputs: Path, site: Path, cache: Path) -> None:
    assert main(["build", str(inputs), "--site-dir", str(site), "--cache-dir", str(cache)]) == 0


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """An archive built, then rebuilt after one more day; and a cold build of the same days."""
    root = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1750000000")
        site, cache, inputs = root / "site", root / "cache", root / "in"
        write_days(inputs, LAST_ARCHIVED_DAY)
        build(inputs, site, cache)
        before = files_of(site / "public")
        (root / "before.json").write_text(
            json.dumps({p: [*identities(site / "public")[p]] for p in before}), encoding="utf-8"
        )
        write_days(inputs, NEW_DAY)
        (root / "before").mkdir()
        for path, data in before.items():
            write(root / "before", path, data)
        build(inputs, site, cache)
        build(inputs, root / "cold", root / "cold-cache")
        yield {"root": root, "site": site, "before": root / "before", "cold": root / "cold"}


def test_the_rebuilt_site_is_the_cold_build_of_the_same_days_byte_for_byte(
    archive: dict[str, Path],
) -> None:
    rebuilt, cold = files_of(archive["site"] / "public"), files_of(archive["cold"] / "public")
    assert sorted(rebuilt) == sorted(cold)
    assert [path for path in sorted(cold) if rebuilt[path] != cold[path]] == []


def test_only_the_files_that_changed_are_written(archive: dict[str, Path]) -> None:
    public = archive["site"] / "public"
    before, after = files_of(archive["before"]), files_of(public)
    was = {
        path: tuple(identity)
        for path, identity in json.loads(
            (archive["root"] / "before.json").read_text(encoding="utf-8")
        ).items()
    }
    now = identities(public)
    unchanged = [path for path in after if before.get(path) == after[path]]
    rewritten = [path for path in unchanged if was[path] != now[path]]
    assert rewritten == []
    # A new day changes the pages of its stories, not the site: most pages are untouched.
    changed = [path for path in after if before.get(path) != after[path]]
    pages = [path for path in after if path.endswith(".html")]
    assert len(changed) < len(pages) // 3, changed
    assert "index.html" in changed and "archive/2025-03/index.html" in changed
    untouched_stories = [p for p in unchanged if p.startswith("stories/")]
    assert untouched_stories  # stories of earlier days, not reported again on the new day


def test_the_navigation_lists_the_sections_and_no_story(archive: dict[str, Path]) -> None:
    page = (archive["site"] / "public" / "people" / "index.html").read_text(encoding="utf-8")
    navigation = page[page.index("md-nav--primary") : page.index("md-sidebar--secondary")]
    for section in SECTIONS:
        assert f'href="../sections/{section.lower()}/"' in navigation
    assert "stories/" not in navigation and "sources/" not in navigation
    home = (archive["site"] / "public" / "index.html").read_text(encoding="utf-8")
    assert 'href="sections/world/"' in home  # each group of the home page leads to its section
