"""Feeds: read as a feed reader reads them, checked against RSS 2.0 and JSON Feed 1.1, and
written only when the site's public address (`site_url`, an absolute http(s) URL) is known."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.config import Config, make_config
from generator.errors import ConfigError
from generator.feeds import json_feed, rss
from generator.group import group
from generator.models import Analysis, Cited, Story
from generator.synthesise import synthesise
from tests.conftest import FIXTURES, SEEDS, write

SITE_URL = "https://news.example.org/digest/"
JSON_FEED_SCHEMA = FIXTURES / "feeds" / "jsonfeed-1.1.schema.json"
ATOM = "{http://www.w3.org/2005/Atom}"

# The adversarial fixtures whose text and metadata carry markup (see tests/fixtures/hostile/README).
HOSTILE_FIXTURES = (
    "html-in-text.txt",
    "html-page.html",
    "links.md",
    "data-url.md",
    "urls.jsonl",
    "jinja.md",
    "markdown-syntax.txt",
    "markdown-meta.jsonl",
)
# Two reports of one invented event, with markup in the titles and in the text.
COUNCIL = [
    {
        "id": f"council-{n}",
        "title": "Council <script>alert('x1')</script> votes on budget",
        "outlet": f"Harbour Post {n}",
        "published": f"2025-03-0{n}",
        "text": "The Lanmere town council voted on Monday to approve the school budget, "
        "<script>alert('x2')</script> councillors said. <img src=x onerror=alert('x3')>\n"
        "The budget of 12 million crowns pays for two new schools, the mayor, Piet Olander, "
        "said after the vote in the Lanmere town hall.",
    }
    for n in (1, 2)
]
# Headlines a story could be given: tags, handlers, comments, declarations, and text that only
# looks like markup and must read as written.
HOSTILE_HEADLINES = [
    "Council <script>alert('x1')</script> votes on budget",
    "Ports shut <img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)> storm",
    "<!-- hidden --> comment <!DOCTYPE html> <?php x ?>",
    '</title><a href="javascript:alert(1)">click</a>',
    "AT&T says I <3 N.Y.; 1 < 2 and 3 <= 4",
    "Entities as text: &lt;script&gt; and &amp;",
    "]]> <![CDATA[<script>alert(1)</script>]]>",
    # Characters XML cannot hold, which the feed drops: a '<' before one is a '<' before a letter.
    "<\x1cscript>alert(1)</script> <\ufffeimg src=x onerror=alert(1)>",
]


# XML 1.0 has no place for these; the feed drops them (see generator/feeds.py).
_NOT_IN_FEEDS = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def as_xml_reads(text: str) -> str:
    """`text` as an XML parser returns it: characters XML cannot hold dropped, line ends as LF."""
    return _NOT_IN_FEEDS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


class ReaderHtml(HTMLParser):
    """What a feed reader's HTML parser makes of a field: the text shown, and anything live."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.shown: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.live.append(f"<{tag}>")
        self.live += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.live.append(f"</{tag}>")

    def handle_comment(self, data: str) -> None:
        self.live.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.live.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.live.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.live.append(f"<![{data}]>")

    def handle_data(self, data: str) -> None:
        self.shown.append(data)


def read_as_html(text: str) -> ReaderHtml:
    parser = ReaderHtml()
    parser.feed(text)
    parser.close()
    return parser


def live_markup(text: str) -> list[str]:
    return read_as_html(text).live


def shown_as_html(text: str) -> str:
    return "".join(read_as_html(text).shown)


@dataclass(frozen=True)
class Feeds:
    rss: ElementTree.Element
    json: dict[str, Any]
    stories: dict[str, dict[str, Any]]  # digest.json's stories by id


def read_feeds(folder: Path) -> Feeds:
    data = json.loads((folder / "digest.json").read_text(encoding="utf-8"))
    return Feeds(
        ElementTree.fromstring((folder / "feed.xml").read_bytes()),
        json.loads((folder / "feed.json").read_text(encoding="utf-8")),
        {story["id"]: story for story in data["stories"]},
    )


def config_file(folder: Path, text: str) -> Path:
    return write(folder, "digest.yml", text)


@pytest.fixture(scope="module")
def hostile_feeds(tmp_path_factory: pytest.TempPathFactory) -> Feeds:
    """The hostile fixtures and two reports with markup in their titles, built by the CLI."""
    work = tmp_path_factory.mktemp("hostile-feeds")
    inputs = work / "in"
    for name in HOSTILE_FIXTURES:
        write(inputs, name, (FIXTURES / "hostile" / name).read_bytes())
    write(inputs, "council.jsonl", "\n".join(json.dumps(a) for a in COUNCIL) + "\n")
    config = config_file(work, f"site_url: {SITE_URL}\n")
    site = work / "site"
    argv = ["build", str(inputs), "--site-dir", str(site), "--config", str(config)]
    assert main([*argv, "--no-html", "--no-cache"]) == 0
    return read_feeds(site / "docs")


def rss_texts(root: ElementTree.Element) -> Iterator[tuple[str, str]]:
    """(where, decoded text) of every element of the feed."""
    for element in root.iter():
        if element.text and element.text.strip():
            yield element.tag, element.text


def summary_of(story: dict[str, Any]) -> str:
    return " ".join(sentence["text"] for sentence in story["summary"])


# ---------------------------------------------------------------------------------------------
# Point 1: no text from an article is live markup in a feed


def test_no_text_of_a_hostile_article_is_live_markup_in_feed_xml(hostile_feeds: Feeds) -> None:
    """A feed reader decodes the XML, then renders the description (and often the title) as
    HTML: a <script> and an <img onerror> of an article once ran there."""
    problems = [
        f"{where}: {found}"
        for where, text in rss_texts(hostile_feeds.rss)
        for found in live_markup(text)
    ]
    assert not problems


def test_feed_xml_shows_the_story_text_as_written(hostile_feeds: Feeds) -> None:
    """Escaped, not stripped: read as HTML, each item is its story's headline and summary."""
    items = hostile_feeds.rss.findall("./channel/item")
    assert len(items) == len(hostile_feeds.stories)
    for item in items:
        story = hostile_feeds.stories[item.findtext("guid") or ""]
        assert shown_as_html(item.findtext("description") or "") == summary_of(story)
        assert shown_as_html(item.findtext("title") or "") == html.unescape(story["headline"])
    # The fixtures do put markup into summaries: the checks above are not idle. (Headlines are
    # written from sentences without markup; the next tests give stories hostile headlines.)
    assert sum("<script>" in summary_of(s) for s in hostile_feeds.stories.values()) >= 1


def test_json_feed_holds_plain_text_only(hostile_feeds: Feeds) -> None:
    """JSON Feed says `title` and `content_text` are plain text; no HTML field is written, so a
    reader has nothing to render as HTML."""
    html_fields = {"content_html"}
    for item in hostile_feeds.json["items"]:
        assert not html_fields & set(item)
        story = hostile_feeds.stories[item["id"]]
        assert item["content_text"] == summary_of(story)
        assert item["title"] == story["headline"]


@pytest.fixture(scope="module")
def seed_stories(seed_analyses: tuple[Analysis, ...]) -> tuple[Story, ...]:
    return synthesise(group(seed_analyses), seed_analyses, Config())


@pytest.mark.parametrize("headline", HOSTILE_HEADLINES)
def test_markup_in_a_headline_or_summary_is_never_live(
    headline: str, seed_stories: tuple[Story, ...]
) -> None:
    stories = [
        replace(s, headline=headline, summary=(Cited(f"Said {headline} today.", ()),))
        for s in seed_stories
    ]
    root = ElementTree.fromstring(rss(stories, "Digest <b>x</b>", SITE_URL).encode("utf-8"))
    assert not [found for _, text in rss_texts(root) for found in live_markup(text)]
    item = root.find("./channel/item")
    assert item is not None
    assert shown_as_html(item.findtext("title") or "") == html.unescape(as_xml_reads(headline))
    assert shown_as_html(item.findtext("description") or "") == as_xml_reads(
        f"Said {headline} today."
    )
    feed = json.loads(json_feed(stories, "Digest", SITE_URL))
    assert feed["items"][0]["title"] == headline
    assert feed["items"][0]["content_text"] == f"Said {headline} today."


_MARKUP_PIECES = st.sampled_from(
    [
        *["<", ">", "&", "/", "!", "?", "-", "=", '"', "'", " ", "script", "img", "on", "a", "3"],
        # White space to HTML, or characters XML drops or changes: '<' + one + a letter.
        *["\x1c", "\x00", "\ufffe", "\r", "\n", "\t", "\x0c", "\xa0", "\u2028", "lt;"],
    ]
)
_WHOLE_MARKUP = st.sampled_from(
    [
        *["<script>", "</script>", "<img src=x onerror=alert(1)>", "<b>", "</ b>", "<a\thref=x>"],
        *["<!-- c -->", "<![CDATA[", "]]>", "<?x?>", "<!DOCTYPE html>", "&lt;i&gt;", "&#60;"],
    ]
)
_TEXT = st.lists(st.one_of(_MARKUP_PIECES, _WHOLE_MARKUP, st.text(max_size=3)), max_size=30).map(
    "".join
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(headline=_TEXT, summary=_TEXT)
def test_no_text_becomes_markup_in_an_rss_item(headline: str, summary: str) -> None:
    """Any text as headline and summary: the feed parses, nothing in it is live HTML, and read
    as HTML it is the text again."""
    story = Story(
        id="s",
        headline=headline,
        articles=("a",),
        duplicates={},
        first_published=None,
        last_published=None,
        summary=(Cited(summary, ("a",)),),
        keyphrases=(),
        facts=(),
        entities=(),
        figures=(),
        timeline=(),
        quotes=(),
        conflicts=(),
        notes=(),
    )
    root = ElementTree.fromstring(rss([story], "Digest", SITE_URL).encode("utf-8"))
    item = root.find("./channel/item")
    assert item is not None
    for tag in ("title", "description"):
        assert not live_markup(item.findtext(tag) or "")
    assert shown_as_html(item.findtext("title") or "") == html.unescape(as_xml_reads(headline))
    assert shown_as_html(item.findtext("description") or "") == as_xml_reads(summary)


# ---------------------------------------------------------------------------------------------
# Point 4: site_url is an absolute http(s) address; without it no feed or sitemap is written


@pytest.mark.parametrize(
    "url",
    [
        "news.example.org",
        "news.example.org/digest/",
        "//news.example.org/",
        "ftp://news.example.org/",
        "javascript:alert(1)",
        "https://",
        "https:///digest/",
        "https://news.example.org:port/",
        "https://news example.org/",
        "https://news.example.org/?page=1",
        "https://news.example.org/#top",
        "https://user:secret@news.example.org/",
    ],
)
def test_a_site_url_that_is_not_an_absolute_http_address_is_refused(url: str) -> None:
    with pytest.raises(ConfigError) as refused:
        make_config({"site_url": url}, origin="digest.yml")
    (problem,) = refused.value.problems
    assert problem.startswith("digest.yml: 'site_url'")
    # Says what would do; a password is not repeated into a build log.
    assert "https://" in problem if "secret" not in url else "secret" not in problem


@pytest.mark.parametrize(
    "url",
    ["", "https://news.example.org", "http://localhost:8000/", "https://example.org/a/b/"],
)
def test_absolute_http_site_urls_are_accepted(url: str) -> None:
    assert make_config({"site_url": url}).site_url == url


def test_a_site_url_without_scheme_is_a_usage_error_even_without_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`site_url: news.example.org` was accepted: silently with --no-html (feeds with links
    relative to nothing), otherwise MkDocs failed later with exit 1."""
    config = config_file(tmp_path, "site_url: news.example.org\nsummary_sentnces: 3\n")
    argv = ["build", str(SEEDS), "--site-dir", str(tmp_path / "s"), "--config", str(config)]
    assert main([*argv, "--no-html"]) == 2
    err = capsys.readouterr().err
    # Reported together with the other problems of the file, before any work.
    assert "'site_url'" in err and "https://news.example.org" in err
    assert "unknown option 'summary_sentnces'" in err
    assert not (tmp_path / "s").exists()


def warning_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("digest: warning:")]


def test_without_site_url_the_feeds_are_left_out_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without site_url, feed.xml had <link>./</link> and relative item links (invalid RSS),
    feed.json relative URLs and no feed_url, and sitemap.xml no URL, and nothing said so."""
    site = tmp_path / "site"
    assert main(["build", str(SEEDS), "--site-dir", str(site), "--no-cache"]) == 0
    (warning,) = warning_lines(capsys.readouterr().err)
    assert "site_url" in warning and "digest.yml" in warning
    assert "feed.xml and feed.json are left out" in warning
    assert "sitemap.xml lists no page" in warning
    public = site / "public"
    assert (public / "index.html").is_file() and (public / "digest.json").is_file()
    for name in ("feed.xml", "feed.json"):
        assert not (public / name).exists() and not (site / "docs" / name).exists(), name
    for page in public.rglob("*.html"):  # no link to a feed that is not there
        assert 'rel="alternate"' not in page.read_text(encoding="utf-8"), page
    # --strict turns the warning into a failure, and the site stays as it was.
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    assert main(["build", str(SEEDS), "--site-dir", str(site), "--strict"]) == 1
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before


@pytest.fixture(scope="module")
def site_with_url(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built with site_url, in strict mode: no warning at all."""
    work = tmp_path_factory.mktemp("with-url")
    config = config_file(work, f"site_url: {SITE_URL}\n")
    site = work / "site"
    argv = ["build", str(SEEDS), "--site-dir", str(site), "--config", str(config), "--strict"]
    assert main([*argv, "--no-cache"]) == 0
    return site / "public"


# RFC 822 section 5 date-time, with the four-digit year of RFC 1123 that RSS 2.0 readers expect.
RFC822 = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? "
    r"(?:[+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$"
)
# Elements RSS 2.0 defines (https://www.rssboard.org/rss-specification); others need a namespace.
RSS_CHANNEL = frozenset(
    "title link description language copyright managingEditor webMaster pubDate lastBuildDate "
    "category generator docs cloud ttl image rating textInput skipHours skipDays item".split()
)
RSS_ITEM = frozenset(
    "title link description author category comments enclosure guid pubDate source".split()
)


def absolute(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def rss_problems(root: ElementTree.Element, feed_url: str) -> list[str]:
    """What makes a document invalid RSS 2.0 (required elements, absolute links, RFC 822 dates,
    unique guids), and a missing or wrong atom:link to itself (the RSS Board's profile)."""
    if root.tag != "rss" or root.get("version") != "2.0":
        return [f"root is <{root.tag} version={root.get('version')}>"]
    channels = root.findall("channel")
    if len(channels) != 1:
        return [f"{len(channels)} channels"]
    (channel,) = channels
    problems = [
        f"channel has no {name}"
        for name in ("title", "link", "description")
        if not (channel.findtext(name) or "").strip()
    ]
    if not absolute(channel.findtext("link")):
        problems.append(f"channel link {channel.findtext('link')!r} is not absolute")
    selves = [a.get("href") for a in channel.findall(f"{ATOM}link") if a.get("rel") == "self"]
    if selves != [feed_url]:
        problems.append(f"atom:link rel=self is {selves}, not [{feed_url!r}]")
    guids = []
    for element in channel:
        if not element.tag.startswith("{") and element.tag not in RSS_CHANNEL:
            problems.append(f"channel has <{element.tag}>, not an RSS 2.0 element")
    for n, item in enumerate(channel.findall("item")):
        where = f"item {n}"
        for element in item:
            if not element.tag.startswith("{") and element.tag not in RSS_ITEM:
                problems.append(f"{where} has <{element.tag}>, not an RSS 2.0 element")
        if not (item.findtext("title") or item.findtext("description")):
            problems.append(f"{where} has neither title nor description")
        if not absolute(item.findtext("link")):
            problems.append(f"{where} link {item.findtext('link')!r} is not absolute")
        guid = item.find("guid")
        if guid is None or not (guid.text or "").strip():
            problems.append(f"{where} has no guid")
        else:
            guids.append(guid.text)
            if guid.get("isPermaLink", "true") == "true" and not absolute(guid.text):
                problems.append(f"{where} guid is a permalink but not an absolute URL")
        for date in (item.findtext("pubDate"), channel.findtext("pubDate")):
            if date is not None and not (RFC822.match(date) and parsedate_to_datetime(date)):
                problems.append(f"{where} date {date!r} is not RFC 822")
    if len(guids) != len(set(guids)):
        problems.append("guids repeat")
    return problems


def test_feed_xml_is_valid_rss_2(site_with_url: Path) -> None:
    root = ElementTree.parse(site_with_url / "feed.xml").getroot()
    assert not rss_problems(root, f"{SITE_URL}feed.xml")
    items = root.findall("./channel/item")
    assert len(items) == 1  # one story in the seeds
    assert root.findtext("./channel/link") == SITE_URL
    link = items[0].findtext("link") or ""
    assert link.startswith(SITE_URL)
    assert (site_with_url / link.removeprefix(SITE_URL) / "index.html").is_file()
    assert items[0].findtext("pubDate")


def test_the_rss_check_finds_what_makes_a_feed_invalid() -> None:
    """The checker above, on the feeds this generator used to write without site_url."""
    relative = """<rss version="2.0"><channel><title>T</title><link>./</link>
      <description>D</description><item><title>A</title><link>stories/a/</link>
      <guid isPermaLink="false">a</guid><pubDate>2024-03-16</pubDate></item></channel></rss>"""
    problems = rss_problems(ElementTree.fromstring(relative), f"{SITE_URL}feed.xml")
    assert any("channel link './'" in p for p in problems)
    assert any("item 0 link 'stories/a/'" in p for p in problems)
    assert any("not RFC 822" in p for p in problems)
    assert any("atom:link" in p for p in problems)


def json_feed_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(JSON_FEED_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_feed_json_is_valid_json_feed_1_1(site_with_url: Path) -> None:
    feed = json.loads((site_with_url / "feed.json").read_text(encoding="utf-8"))
    json_feed_validator().validate(feed)
    assert feed["home_page_url"] == SITE_URL and feed["feed_url"] == f"{SITE_URL}feed.json"
    (item,) = feed["items"]
    assert item["url"].startswith(SITE_URL)
    assert (site_with_url / item["url"].removeprefix(SITE_URL) / "index.html").is_file()
    # check-jsonschema (a maintained validator) also checks the RFC 3339 dates.
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is None:
        pytest.skip("check-jsonschema is not installed (it is a dev dependency: make install)")
    result = subprocess.run(
        [checker, "--schemafile", str(JSON_FEED_SCHEMA), str(site_with_url / "feed.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_json_feed_schema_refuses_what_the_generator_used_to_write() -> None:
    """Relative item URLs, as written without site_url, and an item without content."""
    validator = json_feed_validator()
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": []}
    validator.validate(feed)
    for item in (
        {"id": "a", "url": "stories/a/", "content_text": "x"},
        {"id": "a", "url": f"{SITE_URL}stories/a/"},
        {"id": "a", "content_text": "x", "date_published": "2024-03-16"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate({**feed, "items": [item]})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**feed, "home_page_url": "./"})


def test_with_site_url_the_sitemap_lists_every_page_by_absolute_url(site_with_url: Path) -> None:
    root = ElementTree.parse(site_with_url / "sitemap.xml").getroot()
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = [loc.text or "" for loc in root.iter(f"{namespace}loc")]
    assert f"{SITE_URL}" in locations and all(loc.startswith(SITE_URL) for loc in locations)
    assert any("/stories/" in loc for loc in locations)
    home = (site_with_url / "index.html").read_text(encoding="utf-8")
    assert 'type="application/rss+xml"' in home and 'type="application/feed+json"' in home
