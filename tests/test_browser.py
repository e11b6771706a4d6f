"""The built seed site in a real browser: Debian's headless Chromium driven by Playwright.

The seeds are built once per module and served from localhost, and opened from disk (file://)
as the README tells a reader to; every page, request and console message of the module goes
through one browser profile, so the last checks (no request leaves the machine, no console
errors) cover everything the other tests did. Accessibility (axe-core, WCAG 2.1 AA, light and
dark palettes) is checked on a wider digest, the event fixtures beside the seeds. Screenshots of
the home and story pages at phone and desktop sizes are left in test-artifacts/screenshots/.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit
from urllib.request import url2pathname

import pytest
import yaml
from axe_playwright_python.base import AXE_FILE_PATH
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, ViewportSize, expect

from tools.browser import (
    ROOT,
    SEEDS,
    build_seed_site,
    build_site,
    find_chromium,
    launch_chromium,
    serve_folder,
)

CHROMIUM = find_chromium()
if CHROMIUM is None:
    pytest.skip(
        "chromium is not on PATH: install Debian's package (apt-get install chromium) "
        "to run the real-browser tests",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
HOST = "127.0.0.1"
# Every same-origin URL a page refers to: links, stylesheets, scripts, images.
REFERENCED_URLS = """() => [
  ...Array.from(document.querySelectorAll("a[href]"), (e) => e.href),
  ...Array.from(document.querySelectorAll("link[href]"), (e) => e.href),
  ...Array.from(document.querySelectorAll("script[src]"), (e) => e.src),
  ...Array.from(document.querySelectorAll("img[src]"), (e) => e.src),
]"""
# What a page opened from disk loads or lets the reader follow (not <link rel=prev/next>,
# which no browser follows).
LOADED_OR_FOLLOWED_URLS = """() => [
  ...Array.from(document.querySelectorAll("a[href]"), (e) => e.href),
  ...Array.from(document.querySelectorAll("link[rel=stylesheet][href]"), (e) => e.href),
  ...Array.from(document.querySelectorAll("script[src]"), (e) => e.src),
  ...Array.from(document.querySelectorAll("img[src]"), (e) => e.src),
]"""
# A digest of many events: the labelled event fixtures beside the seeds. It has what the seed
# digest (one story of five sources) has not: stories of two sources, whose meta line is mostly
# text around the source links, single-source reports, date ranges, many tags.
WIDE_INPUTS = (SEEDS, ROOT / "tests" / "fixtures" / "events" / "articles.jsonl")
# The rules of WCAG 2.1 levels A and AA, as axe-core tags them.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# Material's name for each palette of site/mkdocs.yml, by the colour scheme the reader's system
# prefers.
SCHEMES = {"light": "default", "dark": "slate"}


@dataclass(frozen=True)
class Site:
    """The built seed site as served: where it is and what the tests look for in it."""

    public: Path
    base: str
    story: dict[str, Any]
    source_slug: str
    person: str
    surname: str

    def url(self, path: str = "/") -> str:
        return self.base + path

    @property
    def story_path(self) -> str:
        return f"/stories/{self.story['id']}/"

    @property
    def source_path(self) -> str:
        return f"/sources/{self.source_slug}/"


@dataclass
class Traffic:
    """Everything the browser asked for or complained about, across all tests of the module."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"{message.page.url if message.page else '?'}: {message.text}")


def _surname(entities: list[dict[str, Any]]) -> tuple[str, str]:
    """A person of the story and the name the articles call them by: a one-word alias that is
    part of the full name (Brenner for Harold Brenner), else the last word of the name."""
    people = [e for e in entities if e["type"] == "person"]
    assert people, "the seed story has no person entity to search for"
    for person in people:
        words = person["name"].split()
        for alias in person["aliases"]:
            if " " not in alias and alias in words:
                return person["name"], str(alias)
    return people[0]["name"], people[0]["name"].split()[-1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    public = build_seed_site(tmp_path_factory.mktemp("browser-site"))
    digest = json.loads((public / "digest.json").read_text(encoding="utf-8"))
    story = max(digest["stories"], key=lambda s: len(s["articles"]))
    person, surname = _surname(story["entities"])
    source_slug = sorted(p.name for p in (public / "sources").iterdir() if p.is_dir())[0]
    with serve_folder(public) as base:
        yield Site(public, base, story, source_slug, person, surname)


@dataclass(frozen=True)
class WideSite:
    """The digest of many events as served: one page of each kind, and a word to search for."""

    base: str
    pages: dict[str, str]  # kind of page -> path
    query: str  # a word to search for


@pytest.fixture(scope="module")
def wide_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WideSite]:
    site_dir = tmp_path_factory.mktemp("browser-wide-site")
    public = build_site(WIDE_INPUTS, site_dir)
    digest = json.loads((public / "digest.json").read_text(encoding="utf-8"))
    told = [s for s in digest["stories"] if len(s["articles"]) > 1]
    most = max(told, key=lambda s: (len(s["articles"]), s["id"]))
    # A story page's meta line, fact box and notes change with its number of sources: the first
    # story told by one source, the first told by two, and the one told by the most.
    by_count = {len(s["articles"]): s for s in reversed(digest["stories"])}
    pages = {f"story of {n} source(s)": f"/stories/{by_count[n]['id']}/" for n in (1, 2)}
    source_slug = sorted(p.name for p in (public / "sources").iterdir() if p.is_dir())[0]
    pages |= {
        f"story of {len(most['articles'])} sources": f"/stories/{most['id']}/",
        "home": "/",
        "source": f"/sources/{source_slug}/",
        "people": "/people/",
        "places": "/places/",
        "tags": "/tags/",
        "archive": "/archive/",
        "about": "/about/",
    }
    # A word of the story's first tag: its search results show tags with the word marked.
    page_source = (site_dir / "docs" / "stories" / f"{most['id']}.md").read_text(encoding="utf-8")
    tags = yaml.safe_load(page_source.split("---\n")[1])["tags"]
    with serve_folder(public) as base:
        yield WideSite(base, pages, html.unescape(tags[0]).split()[-1])


@pytest.fixture(scope="module")
def traffic() -> Traffic:
    return Traffic()


@pytest.fixture(scope="module")
def context(traffic: Traffic) -> Iterator[BrowserContext]:
    with launch_chromium(
        CHROMIUM, viewport=DESKTOP, color_scheme="light", reduced_motion="reduce"
    ) as browser:
        browser.set_default_timeout(10_000)
        browser.on("request", lambda request: traffic.requests.append(request.url))
        browser.on("page", traffic.watch)
        for blank in browser.pages:  # the persistent context opens with one blank page
            traffic.watch(blank)
        yield browser


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    page = context.new_page()
    page.set_viewport_size(DESKTOP)
    yield page
    page.close()


def _heading(text: str) -> re.Pattern[str]:
    """A heading's text as shown: the text, then Material's permalink sign."""
    return re.compile(rf"^\s*{re.escape(text)}\s*¶?\s*$")


def _referenced(page: Page, site: Site) -> set[str]:
    urls: list[str] = page.evaluate(REFERENCED_URLS)
    return {urldefrag(u).url for u in urls if u.startswith(site.base + "/")}


def _visit_everything(page: Page, site: Site) -> None:
    """Home, story, a source page and a search, so that the traffic checks below see a full
    session even when they run alone."""
    for path in ("/", site.story_path, site.source_path):
        page.goto(site.url(path))
        page.wait_for_load_state("networkidle")
    _search(page, site.surname)


def _search(page: Page, query: str) -> None:
    box = page.locator("input.md-search__input")
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # phone layout: the search icon opens an overlay, focused
        opener.click()
    else:
        box.click()
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=20)


def test_home_page_lists_the_story(page: Page, site: Site) -> None:
    page.goto(site.url())
    link = page.locator(f".md-content a[href$='{site.story_path}']").first
    expect(link).to_be_visible()
    expect(link).to_have_text(site.story["headline"])
    link.click()
    page.wait_for_url(f"**{site.story_path}")
    expect(page.locator("h1")).to_have_text(_heading(site.story["headline"]))


def test_story_page_shows_fact_box_cited_summary_and_source_notes(page: Page, site: Site) -> None:
    page.goto(site.url(site.story_path))
    expect(page.locator("h1")).to_have_text(_heading(site.story["headline"]))

    factbox = page.locator(".factbox table")
    expect(factbox).to_be_visible()
    expect(factbox).to_contain_text("Who")
    expect(factbox).to_contain_text(site.person)
    expect(factbox.locator("th").last).to_have_text("Support")

    summary = page.locator(".summary")
    expect(summary).to_be_visible()
    cites = summary.locator("a.cite")
    assert cites.count() >= len(site.story["summary"]), "every summary sentence cites a source"
    # Material's instant navigation makes every href absolute: compare the fragments.
    fragments: list[str] = cites.evaluate_all("els => els.map(e => e.hash)")
    assert all(f.startswith("#src-") for f in fragments), fragments

    expect(page.get_by_role("heading", name="What each source adds")).to_be_visible()
    notes = page.locator("h3[id^='src-']")
    expect(notes).to_have_count(len(site.story["notes"]))
    full_texts = page.get_by_role("link", name="Full text")
    expect(full_texts).to_have_count(len(site.story["notes"]))


def test_every_citation_link_lands_on_an_element_of_the_page(page: Page, site: Site) -> None:
    page.goto(site.url(site.story_path))
    # The first link of each distinct target: (index among a.cite, path, fragment).
    targets: list[tuple[int, str, str]] = page.locator("a.cite").evaluate_all(
        """els => {
          const seen = new Set();
          return els.flatMap((e, i) =>
            seen.has(e.href) ? [] : (seen.add(e.href), [[i, e.pathname, e.hash]]));
        }"""
    )
    assert targets, "the story page has no citation links"
    missing = []
    for index, path, fragment in targets:
        assert path == site.story_path, f"citation {fragment} leaves the page: {path}"
        page.locator("a.cite").nth(index).click()
        page.wait_for_function("h => location.hash === h", arg=fragment)
        found = page.evaluate(
            "() => document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null"
        )
        if not found:
            missing.append(fragment)
    assert not missing, f"citation links to no element of the page: {missing}"


def test_every_internal_link_returns_200(page: Page, site: Site) -> None:
    broken = []
    checked: set[str] = set()
    for path in ("/", site.story_path, site.source_path):
        page.goto(site.url(path))
        for url in sorted(_referenced(page, site) - checked):
            checked.add(url)
            response = page.request.get(url)
            if response.status != 200:
                broken.append(f"{path} -> {url}: {response.status}")
    assert len(checked) > 10, f"too few internal links found: {sorted(checked)}"
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_for_a_person_finds_the_story(
    page: Page, site: Site, viewport: ViewportSize
) -> None:
    page.set_viewport_size(viewport)
    page.goto(site.url())
    _search(page, site.surname)
    result = page.locator(
        f".md-search-result__list a.md-search-result__link[href*='{site.story_path}']"
    ).first
    expect(result).to_be_visible()
    expect(result).to_contain_text(site.surname)


def test_no_escaped_entities_in_visible_text(page: Page, site: Site) -> None:
    shown = []
    for path in ("/", site.story_path, site.source_path):
        page.goto(site.url(path))
        text: str = page.locator(".md-content").inner_text()
        shown += [f"{path}: {m}" for m in sorted(set(re.findall(r"&#?\w+;", text)))]
    assert not shown, f"HTML entities shown as text: {shown}"


def test_highlighted_keyphrases_keep_their_spaces(page: Page, site: Site) -> None:
    page.goto(site.url(site.source_path))
    glued: list[str] = page.locator(".md-content mark").evaluate_all(
        """marks => marks.flatMap(m => {
          const before = m.previousSibling?.textContent ?? "";
          const after = m.nextSibling?.textContent ?? "";
          const word = /[\\p{L}\\p{N}]/u;
          return word.test(before.slice(-1)) || word.test(after.slice(0, 1))
            ? [before.slice(-12) + "[" + m.textContent + "]" + after.slice(0, 12)] : [];
        })"""
    )
    assert page.locator(".md-content mark").count() > 0, "the source page highlights nothing"
    assert not glued, f"keyphrases glued to their neighbours: {glued[:5]}"


def test_phone_layout_does_not_scroll_sideways(page: Page, site: Site) -> None:
    page.set_viewport_size(PHONE)
    wide = []
    for path in ("/", site.story_path, site.source_path):
        page.goto(site.url(path))
        width: int = page.evaluate("() => document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide.append(f"{path}: {width} px")
    assert not wide, f"pages wider than the {PHONE['width']} px phone screen: {wide}"


def test_screenshots_of_home_and_story(page: Page, site: Site) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for name, path in (("home", "/"), ("story", site.story_path)):
            page.goto(site.url(path))
            page.wait_for_load_state("networkidle")
            target = SCREENSHOTS / f"{name}-{viewport['width']}x{viewport['height']}.png"
            page.screenshot(path=target, full_page=True)
            assert target.stat().st_size > 1000


def test_site_opened_from_disk_follows_a_story_link_and_searches(page: Page, site: Site) -> None:
    """What the README tells a reader: open site/public/index.html. From file:// there is no
    server to turn a folder into its index.html, and no web worker may start."""
    page.goto((site.public / "index.html").as_uri())
    link = page.locator(f".md-content a[href*='{site.story_path.lstrip('/')}']").first
    expect(link).to_have_text(site.story["headline"])
    link.click()
    expect(page.locator("h1")).to_have_text(_heading(site.story["headline"]))
    assert page.url.startswith("file:"), page.url

    for start in ("index.html", f"{site.story_path.strip('/')}/index.html"):
        page.goto((site.public / start).as_uri())
        _search(page, site.surname)
        result = page.locator(
            f".md-search-result__list a.md-search-result__link[href*='{site.story_path}']"
        ).first
        expect(result).to_contain_text(site.surname)
    result.click()
    expect(page.locator("h1")).to_have_text(_heading(site.story["headline"]))
    assert page.url.startswith("file:"), page.url


def test_every_link_of_the_site_opened_from_disk_leads_to_a_file(page: Page, site: Site) -> None:
    folders = []
    checked = 0
    for path in ("/", site.story_path, site.source_path):
        page.goto((site.public / path.strip("/") / "index.html").as_uri())
        urls: list[str] = page.evaluate(LOADED_OR_FOLLOWED_URLS)
        for url in sorted({urldefrag(u).url for u in urls if u.startswith("file:")}):
            checked += 1
            target = Path(url2pathname(urlsplit(url).path))
            if not target.is_file():
                folders.append(f"{path} -> {url}")
    assert checked > 10, "too few links to files of the site"
    assert not folders, "links that open no file from disk:\n" + "\n".join(folders)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_every_kind_of_page_meets_wcag_21_aa(
    context: BrowserContext, wide_site: WideSite, scheme: str
) -> None:
    """axe-core's WCAG 2.1 A and AA rules on one page of each kind and on search results, in
    the palette Material picks for a reader whose system prefers `scheme`."""
    page = context.new_page()
    # No palette chosen on an earlier visit: Material follows prefers-color-scheme.
    page.add_init_script("localStorage.clear()")
    page.add_init_script(path=AXE_FILE_PATH)  # axe-core, as bundled in the locked wheel
    page.emulate_media(color_scheme="dark" if scheme == "dark" else "light")
    found = []
    try:
        for kind, path in [*wide_site.pages.items(), ("search", "/")]:
            page.goto(wide_site.base + path)
            page.wait_for_load_state("networkidle")
            if kind == "search":
                _search(page, wide_site.query)
                expect(page.locator(".md-search-result__item").first).to_be_visible()
            shown = page.evaluate("() => document.body.dataset.mdColorScheme")
            assert shown == SCHEMES[scheme], f"{kind}: palette {shown}, not {SCHEMES[scheme]}"
            results: dict[str, Any] = page.evaluate("o => axe.run(document, o)", AXE_OPTIONS)
            assert results["passes"] or results["violations"], f"{kind}: axe checked nothing"
            found += [
                f"{kind} ({path}): {v['id']} ({v['impact']}) {n['target']}: "
                + " ".join(n["failureSummary"].split())
                for v in results["violations"]
                for n in v["nodes"]
            ]
    finally:
        page.close()
    assert not found, f"{len(found)} WCAG 2.1 AA violation(s):\n" + "\n".join(found)


def test_no_request_leaves_localhost(page: Page, site: Site, traffic: Traffic) -> None:
    _visit_everything(page, site)
    assert traffic.requests, "no request was recorded"
    # file: URLs are the site opened from disk; they leave the machine no more than localhost.
    foreign = sorted(
        {
            u
            for u in traffic.requests
            if urlsplit(u).scheme != "file" and urlsplit(u).hostname != HOST
        }
    )
    assert not foreign, f"requests to other hosts than {HOST}: {foreign}"


def test_no_console_errors(page: Page, site: Site, traffic: Traffic) -> None:
    _visit_everything(page, site)
    assert not traffic.errors, "\n".join(traffic.errors)
