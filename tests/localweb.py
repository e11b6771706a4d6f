"""A small news web served on loopback addresses by the test suite itself: five outlets, each on
its own address (127.0.0.1 to 127.0.0.5), with feeds in three formats, article pages with their
page furniture, robots.txt, redirects, errors, slow and huge answers and a malformed feed.

The articles are the labelled real-text fixtures of tests/fixtures/events. On day 1 the feeds
list the articles published up to DAY_ONE_LAST; on day 2, the first 50 articles in all."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events" / "articles.jsonl"
OUTLETS = 5
ARTICLES = 50
DAY_ONE_LAST = "2025-03-12"
LAST_MODIFIED = format_datetime(datetime(2025, 3, 12, 6, 0, tzinfo=UTC), usegmt=True)


def last_modified(day: int) -> str:
    """When outlet 5's feed last changed, on day 1 or day 2 of the web."""
    return format_datetime(datetime(2025, 3, 11 + day, 6, 0, tzinfo=UTC), usegmt=True)


# Furniture every page carries; none of it may reach the archive.
FURNITURE = (
    "We use cookies to tailor what you read here",
    "Share on Facebook",
    "All rights reserved",
    "Leave a comment",
    "Sign up for our morning newsletter",
)
TRACKING = "?utm_source=rss&utm_medium=feed&utm_campaign=morning"


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    delay: float = 0.0  # seconds before the answer starts
    drip: float = 0.0  # seconds between bytes of the body (a slow, steady trickle)
    declared_length: int | None = None  # a Content-Length that says more than is sent
    stream_bytes: int = 0  # a body this large, made on the fly without a length


@dataclass
class Outlet:
    number: int  # 1..5: its address is 127.0.0.<number>
    name: str
    feed_format: str  # "rss", "atom" or "json"
    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"127.0.0.{self.number}:{self.port}"

    @property
    def base(self) -> str:
        return f"http://{self.host}"


def fixture_articles() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    rows.sort(key=lambda r: (r["published"], r["id"]))
    return rows[:ARTICLES]


def page(article: dict[str, Any], site: str, canonical: str) -> bytes:
    paragraphs = "\n".join(
        f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n") if p.strip()
    )
    title = html.escape(article["title"])
    author = html.escape(article.get("author") or "Staff")
    related = "\n".join(
        f'<li><a href="/other/{n}">Another story readers liked, number {n}</a></li>'
        for n in range(1, 6)
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {html.escape(site)}</title>
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{article["published"]}">
<link rel="canonical" href="{html.escape(canonical)}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
<div class="cookie-banner"><p>{FURNITURE[0]}. <button>Accept all</button></p></div></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author}</p>
<time datetime="{article["published"]}">{article["published"][:10]}</time>
<div class="share"><a href="#">{FURNITURE[1]}</a> <a href="#">Share on X</a></div>
{paragraphs}
</article>
<aside><h2>Related stories</h2><ul>{related}</ul></aside>
<div class="newsletter"><p>{FURNITURE[4]}</p><form><input name="email"></form></div>
<section class="comments"><h2>Comments</h2><form><p>{FURNITURE[3]}</p><textarea></textarea>
<button>Post</button></form></section>
</main>
<footer><p>© 2025 {html.escape(site)}. {FURNITURE[2]}.</p><p>Privacy policy · Terms · Contact</p>
</footer></body></html>""".encode()


def _rss(outlet: Outlet, items: list[dict[str, Any]]) -> bytes:
    entries = "\n".join(
        f"""<item><title>{html.escape(i["title"])}</title><link>{html.escape(i["link"])}</link>
<guid>{html.escape(i["link"])}</guid><pubDate>{i["date"]}</pubDate>
<author>{html.escape(i.get("author") or "")}</author>
<description>{html.escape(i["summary"])}</description></item>"""
        for i in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{html.escape(outlet.name)}</title>
<link>{outlet.base}/</link><description>News</description>
{entries}
</channel></rss>""".encode()


def _atom(outlet: Outlet, items: list[dict[str, Any]]) -> bytes:
    entries = "\n".join(
        f"""<entry><title>{html.escape(i["title"])}</title>
<link rel="alternate" href="{html.escape(i["link"])}"/><id>{html.escape(i["link"])}</id>
<updated>{i["iso"]}</updated><author><name>{html.escape(i.get("author") or "")}</name></author>
<summary>{html.escape(i["summary"])}</summary></entry>"""
        for i in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{html.escape(outlet.name)}</title>
<id>{outlet.base}/</id><updated>2025-03-20T00:00:00Z</updated>
{entries}
</feed>""".encode()


def _json(outlet: Outlet, items: list[dict[str, Any]]) -> bytes:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": outlet.name,
        "items": [
            {
                "id": i["link"],
                "url": i["link"],
                "title": i["title"],
                "summary": i["summary"],
                "date_published": i["iso"],
                "authors": [{"name": i.get("author") or ""}],
            }
            for i in items
        ],
    }
    return json.dumps(feed).encode()


FEED_WRITERS = {
    "rss": (_rss, "application/rss+xml"),
    "atom": (_atom, "application/atom+xml"),
    "json": (_json, "application/feed+json"),
}


@dataclass(frozen=True)
class Hit:
    outlet: int
    path: str
    status: int
    conditional: bool
    at: float = 0.0  # time.monotonic() when the request arrived


class LocalWeb:
    """The servers, their routes for the current day, and a log of every request they got."""

    def __init__(self) -> None:
        self.outlets = [
            Outlet(1, "The Capital Ledger Online", "rss"),
            Outlet(2, "Transnational Wire Service", "rss"),
            Outlet(3, "Meridian Herald", "atom"),
            Outlet(4, "Evening Sentinel", "json"),
            Outlet(5, "Valley Courier", "rss"),
        ]
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.servers: list[ThreadingHTTPServer] = []
        self.articles = fixture_articles()
        self.day = 1

    # What each outlet serves -------------------------------------------------------------

    def outlet_of(self, index: int) -> Outlet:
        return self.outlets[index % OUTLETS]

    def article_path(self, article: dict[str, Any]) -> str:
        return f"/{article['published'][:10].replace('-', '/')}/{article['id']}.html"

    def todays_articles(self) -> list[dict[str, Any]]:
        if self.day == 1:
            return [a for a in self.articles if a["published"][:10] <= DAY_ONE_LAST]
        return list(self.articles)

    def real_urls(self) -> dict[str, str]:
        """Fixture id -> the address its page is served at, for the articles listed today."""
        urls = {}
        for index, article in enumerate(self.articles):
            if article in self.todays_articles():
                urls[article["id"]] = self.outlet_of(index).base + self.article_path(article)
        return urls

    def build(self) -> None:
        """Routes of the current day."""
        feeds: dict[int, list[dict[str, Any]]] = {o.number: [] for o in self.outlets}
        second_feed: list[dict[str, Any]] = []
        for outlet in self.outlets:
            outlet.routes = {}
        for index, article in enumerate(self.articles):
            outlet = self.outlet_of(index)
            path = self.article_path(article)
            outlet.routes[path] = Route(body=page(article, outlet.name, outlet.base + path))
            if article not in self.todays_articles():
                continue
            moment = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
            moment = moment.astimezone(UTC)
            link = outlet.base + path
            if outlet.number == 1 and index % 2 == 0:
                # Listed behind a redirect, as many feeds do (a click-counting address).
                outlet.routes[f"/go/{article['id']}"] = Route(301, location=path)
                link = f"{outlet.base}/go/{article['id']}"
            item = {
                "title": article["title"],
                "link": link + (TRACKING if outlet.number == 2 else ""),
                "date": format_datetime(moment, usegmt=True),
                "iso": moment.isoformat(),
                "author": article.get("author"),
                "summary": article["text"].split("\n\n")[0],
            }
            feeds[outlet.number].append(item)
            if outlet.number == 2 and len(second_feed) < 4:
                # The same articles again in another feed, under other tracking parameters.
                second_feed.append({**item, "link": outlet.base + path + "?fbclid=XyZ#comments"})
        self._add_traps(feeds)
        for outlet in self.outlets:
            write, content_type = FEED_WRITERS[outlet.feed_format]
            items = sorted(feeds[outlet.number], key=lambda i: i["iso"], reverse=True)
            outlet.routes["/feed"] = Route(body=write(outlet, items), content_type=content_type)
        two = self.outlets[1]
        two.routes["/business/feed"] = Route(
            body=_rss(two, second_feed), content_type="application/rss+xml"
        )
        five = self.outlets[4]
        five.routes["/broken/feed"] = Route(
            body=b"<rss version='2.0'><channel><title>Broken</title><item><title>Cut",
            content_type="application/rss+xml",
        )
        # Robots: outlet 2 forbids /private/ to everyone; outlet 3 forbids /members/ to us only;
        # outlet 4 asks for a (short) crawl delay; outlet 5 has none (404).
        self.outlets[0].routes["/robots.txt"] = Route(
            body=b"User-agent: *\nAllow: /\n", content_type="text/plain"
        )
        two.routes["/robots.txt"] = Route(
            body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        self.outlets[2].routes["/robots.txt"] = Route(
            body=b"User-agent: news-digest-test\nDisallow: /members/\n\nUser-agent: *\nDisallow:\n",
            content_type="text/plain",
        )
        self.outlets[3].routes["/robots.txt"] = Route(
            body=b"User-agent: *\nCrawl-delay: 0.05\n", content_type="text/plain"
        )

    def _add_traps(self, feeds: dict[int, list[dict[str, Any]]]) -> None:
        """Items that must fail, each for its own reason, on every day."""
        one, two, three, four, five = self.outlets
        summary = (
            "A long summary of an article whose page cannot be fetched, long enough to stand "
            "for it in the digest until the page can be read again."
        )

        def item(outlet: Outlet, link: str, title: str) -> None:
            feeds[outlet.number].append(
                {
                    "title": title,
                    "link": link,
                    "date": LAST_MODIFIED,
                    "iso": "2025-03-12T06:00:00+00:00",
                    "author": None,
                    "summary": summary,
                }
            )

        two.routes["/private/secret.html"] = Route(body=b"<html>must never be fetched</html>")
        item(two, f"{two.base}/private/secret.html", "Forbidden by robots")
        three.routes["/members/only.html"] = Route(body=b"<html>members only</html>")
        item(three, f"{three.base}/members/only.html", "Forbidden to us by robots")
        item(one, "http://169.254.169.254/latest/meta-data/", "Cloud metadata")
        one.routes["/meta"] = Route(302, location="http://169.254.169.254/latest/meta-data/")
        item(one, f"{one.base}/meta", "Redirect to the metadata service")
        one.routes["/intranet"] = Route(302, location="http://10.0.0.1/admin")
        item(one, f"{one.base}/intranet", "Redirect into a private network")
        item(one, "ftp://127.0.0.1/file.txt", "Not the web")
        item(three, f"{three.base}/gone.html", "A page that is gone")  # 404: no route
        three.routes["/error.html"] = Route(500, body=b"oops")
        item(three, f"{three.base}/error.html", "A page that always fails")
        four.routes["/slow.html"] = Route(delay=6.0, body=b"<html>late</html>")
        item(four, f"{four.base}/slow.html", "A page that answers too late")
        four.routes["/drip.html"] = Route(drip=0.5, body=b"<html>" + b"x" * 12 + b"</html>")
        item(four, f"{four.base}/drip.html", "A page that trickles in")
        five.routes["/huge.html"] = Route(declared_length=50_000_000, body=b"<html>")
        item(five, f"{five.base}/huge.html", "A page that says it is huge")
        five.routes["/endless.html"] = Route(stream_bytes=3_000_000)
        item(five, f"{five.base}/endless.html", "A page that never ends")
        five.routes["/photo.jpg"] = Route(body=b"\xff\xd8\xff" * 10, content_type="image/jpeg")
        item(five, f"{five.base}/photo.jpg", "A photo, not an article")
        five.routes["/video.html"] = Route(
            body=b"<html><body><article><h1>Watch</h1><p>Video: the day in pictures.</p>"
            b"</article></body></html>"
        )
        item(five, f"{five.base}/video.html", "A video page")
        loop = "/loop"
        five.routes[loop] = Route(302, location=loop + "x")
        for n in range(1, 12):
            five.routes[loop + "x" * n] = Route(302, location=loop + "x" * (n + 1))
        item(five, f"{five.base}{loop}", "Redirects without end")

    # Serving -------------------------------------------------------------------------------

    def start(self) -> None:
        web = self
        for outlet in self.outlets:

            class Handler(BaseHTTPRequestHandler):
                served = outlet

                def log_message(self, format: str, *args: Any) -> None:
                    pass  # quiet: the web keeps its own log

                def do_GET(self) -> None:
                    web.serve(self, self.served)

            server = ThreadingHTTPServer((f"127.0.0.{outlet.number}", 0), Handler)
            server.daemon_threads = True
            outlet.port = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)
        self.build()

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def serve(self, request: BaseHTTPRequestHandler, outlet: Outlet) -> None:
        path = request.path
        route = outlet.routes.get(path.split("?")[0])
        conditional = bool(
            request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since")
        )
        if route is None:
            route = Route(404, body=b"<html>not found</html>")
        etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
        status = route.status
        # Outlets 1-4 answer If-None-Match; outlet 5 only If-Modified-Since.
        if status == 200 and path.endswith("feed"):
            if outlet.number != 5 and request.headers.get("If-None-Match") == etag:
                status = 304
            if outlet.number == 5 and request.headers.get("If-Modified-Since") == last_modified(
                self.day
            ):
                status = 304
        with self.lock:
            self.hits.append(Hit(outlet.number, path, status, conditional, time.monotonic()))
        # The client may give up (too slow, too large), as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(request, route, status, etag, outlet)

    def _answer(
        self, request: BaseHTTPRequestHandler, route: Route, status: int, etag: str, outlet: Outlet
    ) -> None:
        time.sleep(route.delay)
        request.send_response(status)
        if route.location:
            request.send_header("Location", route.location)
        if status == 304:
            request.end_headers()
            return
        request.send_header("Content-Type", route.content_type)
        if outlet.number == 5:
            request.send_header("Last-Modified", last_modified(self.day))
        else:
            request.send_header("ETag", etag)
        if route.stream_bytes:
            request.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>"
            sent = 0
            while sent < route.stream_bytes:
                request.wfile.write(chunk)
                sent += len(chunk)
            return
        length = route.declared_length or len(route.body)
        request.send_header("Content-Length", str(length))
        request.end_headers()
        if route.drip:
            for byte in route.body:
                request.wfile.write(bytes([byte]))
                request.wfile.flush()
                time.sleep(route.drip)
            return
        request.wfile.write(route.body)

    # What the tests ask -------------------------------------------------------------------

    def feeds_file(self, **settings: Any) -> dict[str, Any]:
        one, two, three, four, five = self.outlets
        feeds = [
            {"url": f"{one.base}/feed", "outlet": "The Capital Ledger", "category": "Business"},
            {"url": f"{two.base}/feed", "category": "World"},
            {"url": f"{two.base}/business/feed", "category": "Business"},
            {"url": f"{three.base}/feed", "outlet": "The Meridian Herald", "category": "World"},
            {"url": f"{four.base}/feed", "category": "World"},
            {"url": f"{five.base}/feed"},
            {"url": f"{five.base}/broken/feed"},
        ]
        return {
            "feeds": feeds,
            "user_agent": "news-digest-test/1.0 (+https://example.org/about)",
            "allow_private": ["127.0.0.0/8"],
            "delay_seconds": 0.01,
            # Generous for a loaded machine; the slow pages are slower still.
            "timeout_seconds": 2.5,
            "max_response_seconds": 3.0,
            "retries": 1,
            "backoff_seconds": 0.05,
            "max_page_bytes": 1_000_000,
            "parallel_hosts": 5,
            **settings,
        }

    def hits_since(self, start: int) -> list[Hit]:
        with self.lock:
            return self.hits[start:]


def running_web() -> Iterator[LocalWeb]:
    web = LocalWeb()
    web.start()
    try:
        yield web
    finally:
        web.stop()
