"""A daily archive rebuilt after a new day: the published site is the one a cold build of the
same input writes, byte for byte, and only the files that changed are written; the navigation
is the same from one day to the next, so that a new day changes no page of an older story."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import render as render_module
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


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def identities(folder: Path) -> dict[str, list[int]]:
    """Each file's inode and time of change: a file rewritten (even with the same bytes) or
    renamed over gets new ones."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            status = path.stat()
            found[path.relative_to(folder).as_posix()] = [status.st_ino, status.st_mtime_ns]
    return found


def build(inputs: Path, site: Path, cache: Path) -> None:
    assert main(["build", str(inputs), "--site-dir", str(site), "--cache-dir", str(cache)]) == 0


# The folders of a site folder: the HTML site, and the pages it is built from.
FOLDERS = ("public", "docs")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """An archive built, then rebuilt after one more day; and a cold build of the same days.
    What the site folder held before the rebuild is kept in before/ (files and identities)."""
    root = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1750000000")
        site, cache, inputs, before = root / "site", root / "cache", root / "in", root / "before"
        write_days(inputs, LAST_ARCHIVED_DAY)
        build(inputs, site, cache)
        for folder in FOLDERS:
            for path, data in files_of(site / folder).items():
                write(before / folder, path, data)
            write(before, f"{folder}.json", json.dumps(identities(site / folder)))
        write_days(inputs, NEW_DAY)
        build(inputs, site, cache)
        build(inputs, root / "cold", root / "cold-cache")
        yield {"site": site, "before": before, "cold": root / "cold"}


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_rebuilt_site_is_the_cold_build_of_the_same_days_byte_for_byte(
    archive: dict[str, Path], folder: str
) -> None:
    rebuilt, cold = files_of(archive["site"] / folder), files_of(archive["cold"] / folder)
    assert sorted(rebuilt) == sorted(cold)
    assert [path for path in sorted(cold) if rebuilt[path] != cold[path]] == []


@pytest.mark.parametrize("folder", FOLDERS)
def test_only_the_files_that_changed_are_written(archive: dict[str, Path], folder: str) -> None:
    before, after = files_of(archive["before"] / folder), files_of(archive["site"] / folder)
    was = json.loads((archive["before"] / f"{folder}.json").read_text(encoding="utf-8"))
    now = identities(archive["site"] / folder)
    unchanged = [path for path in after if before.get(path) == after[path]]
    assert [path for path in unchanged if was[path] != now[path]] == []  # none rewritten
    # A new day changes the pages of its stories, not the site: most pages are untouched.
    changed = [path for path in after if before.get(path) != after[path]]
    assert len(changed) < len(after) // 3, changed
    home, month = (
        ("index.html", "archive/2025-03/index.html")
        if folder == "public"
        else (
            "index.md",
            "archive/2025-03.md",
        )
    )
    assert home in changed and month in changed
    untouched_stories = [p for p in unchanged if p.startswith("stories/")]
    assert untouched_stories  # stories of earlier days, not reported again on the new day


def test_a_rebuild_stopped_while_it_updates_the_site_is_completed_by_the_next(
    archive: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C after the first files of the new day are in place: the site holds whole files,
    old and new; the next build makes it the cold build's site, byte for byte."""
    site, cache, inputs = tmp_path / "site", tmp_path / "cache", tmp_path / "in"
    write_days(inputs, LAST_ARCHIVED_DAY)
    build(inputs, site, cache)
    write_days(inputs, NEW_DAY)
    replace = Path.replace
    moved: list[Path] = []

    def interrupted(self: Path, target: str | os.PathLike[str]) -> Path:
        if site / "public" in Path(target).parents:
            moved.append(self)
            if len(moved) == 3:
                raise KeyboardInterrupt
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", interrupted)
    argv = ["build", str(inputs), "--site-dir", str(site), "--cache-dir", str(cache)]
    assert main(argv) == 1
    assert "some of the previous build and some of this one" in capsys.readouterr().err
    monkeypatch.setattr(Path, "replace", replace)
    assert len(moved) == 3
    build(inputs, site, cache)
    for folder in FOLDERS:
        assert files_of(site / folder) == files_of(archive["cold"] / folder)


def test_the_navigation_lists_the_sections_and_no_story(archive: dict[str, Path]) -> None:
    page = (archive["site"] / "public" / "people" / "index.html").read_text(encoding="utf-8")
    navigation = page[page.index("md-nav--primary") : page.index("md-sidebar--secondary")]
    for section in SECTIONS:
        assert f'href="../sections/{section.lower()}/"' in navigation
    assert "stories/" not in navigation and "sources/" not in navigation
    home = (archive["site"] / "public" / "index.html").read_text(encoding="utf-8")
    assert 'href="sections/world/"' in home  # each group of the home page leads to its section


def test_a_site_folder_given_relative_to_the_working_folder_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--site-dir site` (the usual way to call it): the rebuild that overlays the pages that
    changed on the previous ones hands MkDocs their folder, which must not be read relative to
    the project file's folder."""
    monkeypatch.chdir(tmp_path)
    write_days(tmp_path / "in", LAST_ARCHIVED_DAY)
    build(Path("in"), Path("out/site"), Path("cache"))
    write_days(tmp_path / "in", NEW_DAY)
    build(Path("in"), Path("out/site"), Path("cache"))
    assert (tmp_path / "out" / "site" / "public" / "archive" / "2025-03" / "index.html").is_file()


def test_people_and_places_by_initial_are_rebuilt_as_a_cold_build_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past a page of names, people and places have a page per initial: a new day adds names
    to some of them (and initials); the rebuilt site is still the cold build's."""
    monkeypatch.setattr(render_module, "ENTITY_PAGE_ENTRIES", 5)
    site, cache, inputs = tmp_path / "site", tmp_path / "cache", tmp_path / "in"
    write_days(inputs, LAST_ARCHIVED_DAY)
    build(inputs, site, cache)
    before = files_of(site / "public")
    write_days(inputs, NEW_DAY)
    build(inputs, site, cache)
    build(inputs, tmp_path / "cold", tmp_path / "cold-cache")
    for folder in FOLDERS:
        rebuilt, cold = files_of(site / folder), files_of(tmp_path / "cold" / folder)
        assert sorted(rebuilt) == sorted(cold)
        assert [path for path in sorted(cold) if rebuilt[path] != cold[path]] == []
    after = files_of(site / "public")
    initials = [p for p in after if p.startswith(("people/", "places/")) and p.count("/") == 2]
    assert initials and any(before.get(p) != after[p] for p in initials)
