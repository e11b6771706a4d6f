"""`digest fetch`: feeds in, new articles out into an archive that only grows.

    feeds  = read every feed (conditionally: unchanged feeds answer 304)
    items  = their new items, each canonical URL once, never one archived before
    pages  = fetch each page politely, extract it as the HTML reader does, write it

Hosts are fetched in parallel, each host's requests one after another (client.py). Every
failure is named with its reason and skipped; a page that cannot be had keeps its feed summary,
marked as such."""

from __future__ import annotations

import logging
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from generator.errors import FetchError, InputError
from generator.fetch.archive import Archive, ArticleFile, Pending, canonical_url, link_url
from generator.fetch.client import Answer, Client
from generator.fetch.feeds import ParsedFeed, parse_feed
from generator.fetch.settings import FeedsFile, FeedSource
from generator.models import Block, Source
from generator.read import READER_BY_EXTENSION

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
T = TypeVar("T")
R = TypeVar("R")

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/xml",
        "text/xml",
        "text/rss+xml",
        "text/plain",  # some servers label every static file so
        "",
    }
)
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
# Fewer words of text than this is a video, a gallery, a live page or an error page, not an
# article: too little to summarise or to cite (news reports run to hundreds of words).
MIN_ARTICLE_WORDS = 60
# A feed summary shorter than this says too little to stand for its article.
MIN_SUMMARY_WORDS = 15
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
# Bytes at the start of a page searched for a <meta charset> (HTML5 says 1024; be generous).
CHARSET_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Failure:
    kind: str  # "feed" or "page"
    url: str
    reason: str
    feed: str | None = None  # the feed (or outlet) a page came from


@dataclass
class FetchReport:
    """What a run did. Mutable while the run fills it, from several threads under `lock`."""

    feeds_read: int = 0
    feeds_unchanged: int = 0
    archived: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    duplicates: int = 0
    retry_later: int = 0
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def nothing_fetched(self) -> bool:
        return not (self.feeds_read or self.feeds_unchanged or self.archived)

    def fail(self, failure: Failure) -> None:
        where = f" (from {failure.feed})" if failure.feed else ""
        log.warning("%s %s: %s%s", failure.kind, failure.url, failure.reason, where)
        with self.lock:
            self.failures.append(failure)


def by_host(
    items: Sequence[T],
    url_of: Callable[[T], str],
    work: Callable[[T], R],
    parallel: int,
    stop: threading.Event,
) -> list[tuple[T, R | FetchError]]:
    """`work` on every item: hosts in parallel, each host's items one after another, in order."""
    queues: dict[str, list[T]] = defaultdict(list)
    for item in items:
        queues[urlsplit(url_of(item)).netloc].append(item)

    def drain(queue: list[T]) -> list[tuple[T, R | FetchError]]:
        done: list[tuple[T, R | FetchError]] = []
        for item in queue:
            if stop.is_set():
                break
            try:
                done.append((item, work(item)))
            except FetchError as error:
                done.append((item, error))
        return done

    results: list[tuple[T, R | FetchError]] = []
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        futures = [pool.submit(drain, queues[host]) for host in sorted(queues)]
        try:
            for future in futures:
                results.extend(future.result())
        except BaseException:
            stop.set()  # an interrupted run: workers stop after the page in hand
            raise
    return results


def decode_page(answer: Answer) -> str:
    charset = answer.charset
    if charset is None and (found := _META_CHARSET.search(answer.body[:CHARSET_SNIFF_BYTES])):
        charset = found[1].decode("ascii")
    if charset is not None:
        try:
            return answer.body.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown encoding name: try UTF-8, as browsers do
    return answer.body.decode("utf-8", errors="replace")


def extract(answer: Answer) -> Source:
    """The page's text and metadata, read exactly as the HTML reader reads a saved page."""
    if answer.content_type not in PAGE_TYPES:
        raise FetchError(answer.url, f"not an article page (content type {answer.content_type})")
    reader = READER_BY_EXTENSION[".html"]
    try:
        source = next(iter(reader.read(Path("page.html"), decode_page(answer))))
    except InputError as error:
        raise FetchError(answer.url, f"not an article ({error.reason})") from error
    if isinstance(source, InputError):  # readers report a bad record as an item of its own
        raise FetchError(answer.url, f"not an article ({source.reason})")
    words = sum(len(block.text.split()) for block in source.blocks)
    if words < MIN_ARTICLE_WORDS:
        raise FetchError(answer.url, f"not an article (only {words} words of text)")
    return source


def _same_site(a: str, b: str) -> bool:
    host_a, host_b = (urlsplit(u).hostname or "" for u in (a, b))
    return host_a.removeprefix("www.") == host_b.removeprefix("www.")


def _published(page: str | None, feed: str | None) -> str | None:
    """The page's date wins; the feed's date-time is kept when it falls on that day (it is
    more precise than the date most pages give)."""
    if page and feed and feed.startswith(page[:10]) and len(page) <= 10:
        return feed
    return page or feed


def _summary_blocks(summary: str | None) -> tuple[Block, ...]:
    lines = [line for line in (summary or "").split("\n") if line.strip()]
    return tuple(Block("p", line, 0) for line in lines)


def _negated(iso: str) -> tuple[int, ...]:
    """A sort key that puts later ISO date-times first (all are UTC and of one length)."""
    return tuple(-ord(ch) for ch in iso)


def _keeps_summary(error: FetchError) -> bool:
    """Whether the feed's summary stands in for a page that could not be had: yes when the site
    failed to serve it (an HTTP error, a timeout, too large); no when the page must not be read
    (robots.txt, a blocked address) or is not an article at all."""
    return error.transient or error.reason.startswith(("HTTP ", "too large"))


class Fetcher:
    """One run over one archive. Not a dataclass: it owns the client and the archive lock."""

    def __init__(self, feeds: FeedsFile, archive: Archive, day: date, progress: Progress) -> None:
        self.feeds = feeds
        self.settings = feeds.settings
        self.archive = archive
        self.day = day
        self.progress = progress
        self.client = Client(self.settings, feeds.allowed_networks())
        self.report = FetchReport()
        self.stop = threading.Event()
        self._archive_lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._validators: dict[str, dict[str, str]] = {}

    def run(self) -> FetchReport:
        try:
            items = self.read_feeds()
            self.fetch_pages(items)
        finally:
            self.report.requests = self.client.requests
            self.client.close()
        return self.report

    # Feeds ---------------------------------------------------------------------------------

    def read_feed(self, feed: FeedSource) -> ParsedFeed | None:
        """The feed, or None when it is unchanged since the last run (HTTP 304)."""
        known = self.archive.feed_state().get(feed.url, {})
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        answer = self.client.get(
            feed.url, max_bytes=self.settings.max_feed_bytes, accept=FEED_ACCEPT, headers=headers
        )
        self.progress("feeds")
        if answer.status == 304:
            return None
        if answer.content_type not in FEED_TYPES:
            raise FetchError(feed.url, f"not a feed (content type {answer.content_type})")
        parsed = parse_feed(answer.body, answer.content_type, answer.url)
        validators = {
            "etag": answer.headers.get("etag", ""),
            "last_modified": answer.headers.get("last-modified", ""),
        }
        self._validators[feed.url] = {k: v for k, v in validators.items() if v}
        return parsed

    def read_feeds(self) -> list[Pending]:
        feeds = self.feeds.feeds
        results = by_host(
            feeds, lambda f: f.url, self.read_feed, self.settings.parallel_hosts, self.stop
        )
        items = self.archive.pending()  # left by an interrupted run, or to try again
        for feed, result in sorted(results, key=lambda r: feeds.index(r[0])):
            if isinstance(result, FetchError):
                self.report.fail(Failure("feed", feed.url, result.reason, feed.outlet))
                continue
            if result is None:
                self.report.feeds_unchanged += 1
                log.info("feed %s: unchanged since the last run", feed.url)
                continue
            self.report.feeds_read += 1
            outlet = feed.outlet or result.title
            # Newest first (undated last, else in the feed's order), as many as the settings say.
            newest = sorted(
                result.items, key=lambda i: (i.published is None, _negated(i.published or ""))
            )
            for entry in newest[: self.settings.max_items_per_feed]:
                items.append(
                    Pending(
                        url=entry.url,
                        title=entry.title,
                        published=entry.published,
                        author=entry.author,
                        summary=entry.summary,
                        feed_url=feed.url,
                        outlet=outlet,
                        category=feed.category,
                    )
                )
        todo: dict[str, Pending] = {}
        for item in items:
            key = canonical_url(item.url)
            if key in todo or self.archive.is_done(item.url):
                continue
            if urlsplit(item.url).scheme not in ("http", "https"):
                self._final(item, FetchError(item.url, "not an http(s) address"))
                continue
            todo[key] = item
        pending = list(todo.values())
        # The items first, then the validators: a run killed between the two fetches the
        # feeds again; the other order would lose the items of feeds answered 304 next time.
        self.archive.save_pending(pending)
        state = self.archive.feed_state()
        state.update(self._validators)
        self.archive.save_feed_state(state)
        return pending

    # Pages ---------------------------------------------------------------------------------

    def fetch_pages(self, items: Sequence[Pending]) -> None:
        self._total = len(items)
        results = by_host(
            items, lambda i: i.url, self.fetch_page, self.settings.parallel_hosts, self.stop
        )
        later = []
        for item, result in results:
            if isinstance(result, FetchError):
                attempts = item.attempts + 1
                if result.transient and attempts < self.settings.max_attempts:
                    later.append(replace(item, attempts=attempts))
                    self.report.retry_later += 1
                    reason = f"{result.reason}; tried again next run"
                    self.report.fail(Failure("page", item.url, reason, item.outlet))
                else:
                    self._final(item, result)
        self.archive.save_pending(later)

    def fetch_page(self, item: Pending) -> str:
        try:
            answer = self.client.get(
                item.url, max_bytes=self.settings.max_page_bytes, accept=PAGE_ACCEPT
            )
            source = extract(answer)
        finally:
            with self.report.lock:
                self._done += 1
                self.progress(f"pages {self._done}/{self._total}")
        declared = source.meta.url
        urls = [item.url, answer.url]
        # A page may name its canonical address; only one on its own site is believed, or a
        # page could pass itself off as another outlet's article and keep that one out.
        if declared and _same_site(declared, answer.url):
            urls.append(declared)
        article = ArticleFile(
            title=source.meta.title or item.title,
            outlet=item.outlet or source.meta.outlet,
            author=source.meta.author or item.author,
            published=_published(source.meta.published, item.published),
            url=link_url(answer.url),
            language=source.meta.language,
            category=item.category,
            summary_only=False,
            blocks=source.blocks,
        )
        with self._archive_lock:
            if any(self.archive.is_done(url) for url in urls[1:]):
                self.archive.record(urls, {"duplicate": item.url})
                with self.report.lock:
                    self.report.duplicates += 1
                log.info("page %s: already archived under another address", item.url)
                return "duplicate"
            path = self.archive.write(self.day, item.url, article)
            relative = path.relative_to(self.archive.folder).as_posix()
            self.archive.record(urls, {"archived": relative})
        with self.report.lock:
            self.report.archived.append(relative)
        return relative

    def _final(self, item: Pending, error: FetchError) -> None:
        """A page that will not be fetched: named, and kept as its feed summary if it has one."""
        keep = _keeps_summary(error) and len((item.summary or "").split()) >= MIN_SUMMARY_WORDS
        reason = error.reason + ("; the feed's summary is kept" if keep else "")
        self.report.fail(Failure("page", item.url, reason, item.outlet))
        outcome: dict[str, str] = {"failed": error.reason}
        with self._archive_lock:
            if keep:
                article = ArticleFile(
                    title=item.title,
                    outlet=item.outlet,
                    author=item.author,
                    published=item.published,
                    url=link_url(item.url),
                    language=None,
                    category=item.category,
                    summary_only=True,
                    blocks=_summary_blocks(item.summary),
                )
                path = self.archive.write(self.day, item.url, article)
                outcome["archived"] = path.relative_to(self.archive.folder).as_posix()
                with self.report.lock:
                    self.report.summaries.append(outcome["archived"])
            self.archive.record([item.url], outcome)


def fetch(
    feeds: FeedsFile,
    into: Path,
    *,
    day: date | None = None,
    progress: Progress = lambda stage: None,
) -> FetchReport:
    """Fetch the new articles of every feed into the archive `into` (see the module's doc)."""
    into.mkdir(parents=True, exist_ok=True)
    archive = Archive(into)
    today = day or datetime.now(UTC).date()
    return Fetcher(feeds, archive, today, progress).run()
