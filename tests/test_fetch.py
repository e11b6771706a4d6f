"""`digest fetch`: the safe client, feeds, the archive, and two days of a local news web."""

from __future__ import annotations

import ipaddress
import itertools
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpcore
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.config import Config
from generator.errors import ConfigError
from generator.fetch import fetch
from generator.fetch.archive import Archive, ArticleFile, canonical_url, url_key
from generator.fetch.client import BlockedAddressError, GuardedBackend, address_problem
from generator.fetch.feeds import parse_feed
from generator.fetch.settings import make_feeds_file
from generator.models import Block
from generator.pipeline import STATE_FILE, build
from generator.read import MarkdownReader, read
from tests.localweb import FURNITURE, LocalWeb, running_web

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    yield from running_web()


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address a socket of the fetcher connected to."""
    seen: list[str] = []
    real = socket.create_connection

    def recording(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(str(address[0]))
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", recording)
    return seen


# Canonical URLs ------------------------------------------------------------------------------


def test_canonical_url_removes_tracking_fragment_www_and_default_port() -> None:
    same = [
        "https://www.example.org/news/story.html?utm_source=rss&utm_medium=feed",
        "http://example.org:80/news/story.html#comments",
        "https://EXAMPLE.org/news/story.html?fbclid=abc&gclid=def",
        "https://example.org:443/news/story.html",
    ]
    assert {canonical_url(u) for u in same} == {"https://example.org/news/story.html"}
    assert len({url_key(u) for u in same}) == 1


def test_canonical_url_keeps_what_names_the_article() -> None:
    # Query parameters that are not trackers pick the article: two ids, two articles.
    a = canonical_url("https://example.org/article.php?id=1&utm_source=x")
    b = canonical_url("https://example.org/article.php?id=2")
    assert a != b
    assert canonical_url("https://example.org/a?b=2&a=1") == "https://example.org/a?a=1&b=2"
    assert canonical_url("https://example.org/one") != canonical_url("https://example.org/two")


# Addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "not public"),  # carrier-grade NAT, shared
        ("0.0.0.0", "private"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "private"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "private"),  # IPv4-mapped
        ("2002:7f00:1::1", "loopback"),  # 6to4 around 127.0.0.1
        ("ff02::1", "multicast"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    found = address_problem(ipaddress.ip_address(address))
    assert (found is None) == (problem is None)
    if problem is not None:
        assert found is not None


def test_backend_refuses_a_name_with_any_private_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """A resolver that mixes a public and a private answer is refused outright, and nothing
    is connected to."""
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, 80)) for ip in ("93.184.216.34",)]
    answers.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", 80)))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers)
    connected: list[str] = []
    monkeypatch.setattr(
        httpcore.SyncBackend, "connect_tcp", lambda self, host, *a, **k: connected.append(host)
    )
    with pytest.raises(BlockedAddressError, match=r"169\.254\.169\.254"):
        GuardedBackend(()).connect_tcp("evil.example", 80)
    assert connected == []


def test_backend_connects_to_the_address_it_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name is resolved once; the socket goes to that checked address, not
    to whatever a second lookup would answer."""
    lookups = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])

    def rebinding(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "rebind.example":
            ip = next(lookups)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, 80))]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, 80))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    targets: list[str] = []

    def connect(self: Any, host: str, *args: Any, **kwargs: Any) -> Any:
        targets.append(host)
        raise httpcore.ConnectError("no network in tests")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect)
    with pytest.raises(httpcore.ConnectError):
        GuardedBackend(()).connect_tcp("rebind.example", 80)
    assert targets == ["93.184.216.34"]
    with pytest.raises(BlockedAddressError):  # the second lookup answers loopback: refused
        GuardedBackend(()).connect_tcp("rebind.example", 80)
    assert targets == ["93.184.216.34"]


# Settings -----------------------------------------------------------------------------------


def test_feeds_file_problems_are_reported_together() -> None:
    with pytest.raises(ConfigError) as caught:
        make_feeds_file(
            {
                "feeds": [{"url": "ftp://example.org/feed"}, {"url": "https://a.org/f", "x": 1}],
                "delay_secs": 1,
                "retries": -1,
                "allow_private": "yes",
            }
        )
    text = "\n".join(caught.value.problems)
    assert "http:// or https://" in text
    assert "unknown key 'x'" in text
    assert "unknown option 'delay_secs'" in text
    assert "'retries'" in text
    assert "'allow_private'" in text


def test_a_bad_feeds_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - url: javascript:alert(1)\ntimeout: 3\n", encoding="utf-8")
    assert main(["fetch", str(feeds), "--into", str(tmp_path / "archive")]) == 2
    err = capsys.readouterr().err
    assert "must be an http:// or https:// address" in err and "unknown option 'timeout'" in err
    assert not (tmp_path / "archive").exists()


def test_allow_private_takes_networks() -> None:
    feeds = make_feeds_file({"feeds": ["https://a.org/f"], "allow_private": ["10.1.0.0/16"]})
    assert [str(n) for n in feeds.allowed_networks()] == ["10.1.0.0/16"]
    assert make_feeds_file({"feeds": ["https://a.org/f"]}).allowed_networks() == ()


# Feeds --------------------------------------------------------------------------------------


RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://a.org/"><title>RDF Times</title><link>https://a.org/</link>
<description>d</description></channel>
<item rdf:about="https://a.org/1"><title>One</title><link>https://a.org/1</link>
<dc:date>2025-03-01T10:00:00Z</dc:date><dc:creator>Ann Novak</dc:creator>
<description>&lt;p&gt;First &amp;amp; best.&lt;/p&gt;</description></item>
</rdf:RDF>"""


def test_rss_1_0_items() -> None:
    parsed = parse_feed(RSS1, "application/rdf+xml", "https://a.org/feed")
    assert parsed.title == "RDF Times"
    [item] = parsed.items
    assert (item.url, item.title, item.author) == ("https://a.org/1", "One", "Ann Novak")
    assert item.published == "2025-03-01T10:00:00+00:00"
    assert item.summary == "First & best."


def test_json_feed_items_and_relative_links() -> None:
    data = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "title": "J",
            "author": {"name": "Desk"},
            "items": [
                {"id": "1", "url": "/a/1", "title": "A", "content_html": "<p>x</p><p>y</p>"},
                {"id": "2", "title": "no url: skipped"},
            ],
        }
    ).encode()
    parsed = parse_feed(data, "application/feed+json", "https://j.org/feed.json")
    [item] = parsed.items
    assert (item.url, item.author, item.summary) == ("https://j.org/a/1", "Desk", "x\ny")


@pytest.mark.parametrize(
    "body", [b"not a feed at all <<<", b'{"items": []}', b"<rss><channel><item><title>Cut"]
)
def test_malformed_feeds_are_named(body: bytes) -> None:
    with pytest.raises(Exception, match="malformed feed"):
        parse_feed(body, "application/rss+xml", "https://a.org/feed")


def test_a_feed_body_is_never_opened_as_a_file(tmp_path: Path) -> None:
    """feedparser opens a string that names a file; a hostile body must not read one."""
    secret = tmp_path / "secret.xml"
    secret.write_text(
        '<rss version="2.0"><channel><title>Secret</title><item><title>s</title>'
        "<link>https://a.org/s</link></item></channel></rss>"
    )
    with pytest.raises(Exception, match="malformed feed"):
        parse_feed(str(secret).encode(), "application/rss+xml", "https://a.org/feed")


# The archive's Markdown ---------------------------------------------------------------------


def _round_trip(paragraphs: list[str]) -> list[str]:
    article = ArticleFile(
        title="T: a [title] *with* <markup> & 'quotes'",
        outlet="O",
        author=None,
        published="2025-03-01",
        url="https://a.org/1",
        language="en",
        category="World",
        summary_only=False,
        blocks=tuple(Block("p", p, 0) for p in paragraphs),
    )
    [source] = MarkdownReader().read(Path("a.md"), article.markdown())
    assert source.meta.title == article.title
    return [b.text for b in source.blocks]


def test_markdown_keeps_text_that_looks_like_markup() -> None:
    paragraphs = [
        "# not a heading",
        "- not a list",
        "1. not a list either",
        "> not a quote",
        "---",
        "*stars* and _underscores_ and `ticks` and [brackets](x) and <b>tags</b> &amp; \\",
        "2025) a year",
        "=== under",
        "+ plus",
    ]
    assert _round_trip(paragraphs) == paragraphs


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Z")),
            min_size=1,
            max_size=40,
        ).map(lambda s: " ".join(s.split())),
        min_size=1,
        max_size=4,
    )
)
def test_markdown_round_trip_is_exact(paragraphs: list[str]) -> None:
    from generator.text import normalise

    wanted = [" ".join(normalise(p).split()) for p in paragraphs]
    wanted = [p for p in wanted if p]
    assert _round_trip(paragraphs) == wanted


# The local web, two days --------------------------------------------------------------------


def _feeds(web: LocalWeb, folder: Path, **settings: Any) -> Path:
    path = folder / "feeds.yml"
    path.write_text(yaml.safe_dump(web.feeds_file(**settings)), encoding="utf-8")
    return path


def _archived_urls(archive: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for path in archive.glob("*/*.md"):
        [source] = MarkdownReader().read(path, path.read_text(encoding="utf-8"))
        found[source.meta.url or ""] += 1
    return found


EXPECTED_FAILURES = {
    "/private/secret.html": "robots.txt forbids",
    "/members/only.html": "robots.txt forbids",
    "169.254.169.254/latest/meta-data/": "blocked address 169.254.169.254",
    "/meta": "blocked address 169.254.169.254",
    "/intranet": "blocked address 10.0.0.1",
    "ftp://127.0.0.1/file.txt": "not an http(s) address",
    "/gone.html": "HTTP 404",
    "/error.html": "HTTP 500",
    "/slow.html": "timeout",
    "/drip.html": "too slow",
    "/huge.html": "too large",
    "/endless.html": "too large",
    "/photo.jpg": "not an article page (content type image/jpeg)",
    "/video.html": "not an article",
    "/loop": "more than 5 redirects",
    "/broken/feed": "malformed feed",
}


def _check_failures_named(messages: str) -> None:
    for where, reason in EXPECTED_FAILURES.items():
        lines = [line for line in messages.splitlines() if where in line]
        assert any(reason in line for line in lines), f"{where}: {reason} not reported"


def _story_of(site: Path) -> dict[str, str]:
    stories = json.loads((site / STATE_FILE).read_text(encoding="utf-8"))["stories"]
    return {article: story for story, articles in stories.items() for article in articles}


@pytest.mark.slow
def test_two_days_of_a_local_news_web(
    web: LocalWeb, tmp_path: Path, connections: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    archive, site, cache = tmp_path / "archive", tmp_path / "site", tmp_path / "cache"
    feeds = make_feeds_file(web.feeds_file())
    caplog.set_level(logging.WARNING, logger="generator")

    # Day 1
    report = fetch(feeds, archive, day=date(2025, 3, 12))
    real = web.real_urls()
    archived = _archived_urls(archive)
    assert len(real) == 37
    for ident, url in real.items():
        assert archived[url] == 1, f"{ident} archived {archived[url]} times"
    _check_failures_named(caplog.text)
    assert not any("/private/" in h.path or "/members/" in h.path for h in web.hits)
    # Tracking-parameter duplicates from the second feed were not fetched again.
    page_hits = Counter((h.outlet, h.path.split("?")[0]) for h in web.hits if ".html" in h.path)
    assert max(page_hits[(o, p)] for (o, p) in page_hits if "/2025/" in p) == 1
    for text in FURNITURE:
        assert not any(text in p.read_text() for p in archive.glob("*/*.md")), text
    assert report.feeds_read == 6 and not report.nothing_fetched
    # Pages that failed because the site did not serve them keep the feed's summary, marked.
    summaries = {p for p in archive.glob("*/*.md") if "summary_only: true" in p.read_text()}
    assert {p.name.rsplit("-", 1)[0] for p in summaries} == {
        "a-page-that-is-gone",
        "a-page-that-says-it-is-huge",
        "a-page-that-never-ends",
    }
    build([archive], site, Config(), html=False, cache_dir=cache)
    day_one = _story_of(site)
    home = (site / "docs" / "index.md").read_text(encoding="utf-8")
    # Sections are the feeds' categories (which ones the last days show depends on the news).
    assert "## World" in home or "## Business" in home
    assert "## Stories" not in home
    assert (site / "docs" / "archive" / "2025-03.md").is_file()
    assert len(day_one) == 37 + 3

    # Day 1 again: every feed answers 304, nothing new is fetched; only pages that failed for
    # a passing reason are tried again.
    start = len(web.hits)
    again = fetch(feeds, archive, day=date(2025, 3, 12))
    hits = web.hits_since(start)
    feed_hits = [h for h in hits if h.path.endswith("/feed") and "broken" not in h.path]
    assert len(feed_hits) == 6 and all(h.status == 304 and h.conditional for h in feed_hits)
    retried = {h.path for h in hits if not h.path.endswith(("feed", "robots.txt"))}
    assert retried == {"/error.html", "/slow.html", "/drip.html"}
    assert again.archived == [] and again.feeds_unchanged == 6

    # Day 2: the feeds list 13 more articles.
    web.day = 2
    web.build()
    report = fetch(feeds, archive, day=date(2025, 3, 13))
    real = web.real_urls()
    archived = _archived_urls(archive)
    assert len(real) == 50
    for ident, url in real.items():
        assert archived[url] == 1, f"{ident} archived {archived[url]} times"
    assert len(report.archived) == 13
    # Third attempt: the always-failing page is given up and kept as its summary.
    assert "a-page-that-always-fails" in {p.name.rsplit("-", 1)[0] for p in archive.glob("*/*")}
    build([archive], site, Config(), html=False, cache_dir=cache)
    day_two = _story_of(site)
    for article, story in day_one.items():
        assert day_two[article] == story, f"{article} left story {story}"

    # No socket went anywhere but the loopback web.
    assert connections and all(ipaddress.ip_address(a) in LOOPBACK for a in connections)
    # The archive reads cleanly as build input.
    assert read([archive], 5_000_000, 100_000).skipped == ()


def test_cli_names_every_failure_and_annotates_in_ci(
    web: LocalWeb,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    feeds = _feeds(web, tmp_path)
    assert main(["fetch", str(feeds), "--into", str(tmp_path / "archive")]) == 0
    out, err = capsys.readouterr()
    _check_failures_named(err)
    assert "Fetched 37 new article(s)" in err
    annotations = [line for line in out.splitlines() if line.startswith("::warning ")]
    assert len(annotations) == len(EXPECTED_FAILURES)
    assert all("\n" not in a and "::" in a[2:] for a in annotations)


def test_private_addresses_are_blocked_unless_allowed(
    web: LocalWeb, tmp_path: Path, capsys: pytest.CaptureFixture[str], connections: list[str]
) -> None:
    """With allow_private false the whole loopback web is refused, before any connection."""
    feeds = _feeds(web, tmp_path, allow_private=False)
    assert main(["fetch", str(feeds), "--into", str(tmp_path / "archive")]) == 1
    err = capsys.readouterr().err
    assert err.count("blocked address 127.0.0.") >= 7
    assert "nothing could be fetched" in err
    assert connections == [] and web.hits == []


def test_one_host_is_asked_one_request_at_a_time_and_as_robots_txt_asks(
    web: LocalWeb, tmp_path: Path
) -> None:
    """Outlet 4's robots.txt asks for 0.05 s between requests, more than the settings' 0.01 s:
    its requests are spaced by at least that, and never overlap."""
    settings = web.feeds_file()
    settings["feeds"] = [f for f in settings["feeds"] if "127.0.0.4:" in f["url"]]
    fetch(make_feeds_file(settings), tmp_path / "archive", day=date(2025, 3, 12))
    times = sorted(h.at for h in web.hits if h.outlet == 4 and h.path != "/robots.txt")
    assert len(times) >= 8
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.045


@pytest.mark.slow
def test_a_killed_run_resumes_without_duplicates(web: LocalWeb, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    feeds = _feeds(web, tmp_path, delay_seconds=0.3)
    child = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "fetch", str(feeds), "--into", str(archive)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "GITHUB_ACTIONS": ""},
    )
    deadline = time.monotonic() + 60
    while len(list(archive.glob("*/*.md"))) < 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    first = len(list(archive.glob("*/*.md")))
    assert 8 <= first < 37 + 3, "the run should have been killed half-way"
    assert main(["fetch", str(feeds), "--into", str(archive)]) == 0
    archived = _archived_urls(archive)
    for url in web.real_urls().values():
        assert archived[url] == 1
    assert not list(archive.rglob(".*.md.*")), "a temporary file was left behind"
    assert read([archive], 5_000_000, 100_000).skipped == ()
    assert len(Archive(archive).done) >= 37
