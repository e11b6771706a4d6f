"""Feeds read into items: RSS 0.9x, 1.0 and 2.0 and Atom by feedparser, JSON Feed 1.0 and 1.1
by the standard library (feedparser 6 does not read JSON Feed)."""

from __future__ import annotations

import calendar
import io
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from generator.errors import FetchError
from generator.text import normalise

JSON_FEED_VERSION = "https://jsonfeed.org/version/"
JSON_TYPES = ("application/feed+json", "application/json")


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, with what the feed says about it."""

    url: str
    title: str | None
    published: str | None  # ISO date-time, UTC
    author: str | None
    summary: str | None  # plain text
    feed_url: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    items: tuple[FeedItem, ...]
    format: str  # "rss20", "atom10", "json"...


def plain_text(fragment: str | None) -> str | None:
    """Text of an HTML fragment (feed summaries are HTML), one paragraph per line."""
    if not fragment or not fragment.strip():
        return None
    import lxml.html  # a dependency of trafilatura; parses without fetching anything

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return normalise(fragment).strip() or None
    for element in root.iter("p", "br", "div", "li"):
        element.tail = "\n" + (element.tail or "")
    text = "\n".join(line for line in normalise(root.text_content()).split("\n") if line)
    return text or None


def _iso(moment: time.struct_time | None) -> str | None:
    if moment is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC).isoformat()


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(normalise(value).split()) or None


def _json_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def _json_author(item: dict[str, Any], feed: dict[str, Any]) -> str | None:
    authors = item.get("authors") or ([item["author"]] if "author" in item else None)
    authors = authors or feed.get("authors") or ([feed["author"]] if "author" in feed else [])
    names = [_text(a.get("name")) for a in authors if isinstance(a, dict)]
    return ", ".join(n for n in names if n) or None


def parse_json_feed(data: bytes, feed_url: str) -> ParsedFeed:
    try:
        loaded = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise FetchError(feed_url, f"malformed feed (not valid JSON: {error})") from error
    version = loaded.get("version") if isinstance(loaded, dict) else None
    if not isinstance(version, str) or not version.startswith(JSON_FEED_VERSION):
        raise FetchError(feed_url, "malformed feed (JSON, but not a JSON Feed)")
    entries = loaded.get("items")
    if not isinstance(entries, list):
        raise FetchError(feed_url, "malformed feed (JSON Feed without 'items')")
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        summary = entry.get("summary") or entry.get("content_text")
        html = entry.get("content_html")
        items.append(
            FeedItem(
                url=urljoin(feed_url, link.strip()),
                title=_text(entry.get("title")),
                published=_json_date(entry.get("date_published") or entry.get("date_modified")),
                author=_json_author(entry, loaded),
                summary=_text(summary) if isinstance(summary, str) else plain_text(html),
                feed_url=feed_url,
            )
        )
    return ParsedFeed(_text(loaded.get("title")), tuple(items), "json")


def _entry_link(entry: Any) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    link = entry.get("link")
    return str(link) if link else None


def parse_xml_feed(data: bytes, content_type: str, feed_url: str) -> ParsedFeed:
    # A stream, never bytes or a string: feedparser opens a string that looks like a URL or a
    # file name itself, so a hostile feed body could make it read a local file.
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={
            "content-type": content_type or "application/xml",
            "content-location": feed_url,
        },
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise FetchError(feed_url, f"malformed feed (not RSS, Atom or JSON Feed{detail})")
    items = []
    for entry in parsed.entries:
        link = _entry_link(entry)
        if not link:
            continue
        summary = entry.get("summary") or ""
        items.append(
            FeedItem(
                url=urljoin(feed_url, link.strip()),
                title=_text(entry.get("title")),
                published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                author=_text(entry.get("author")),
                summary=plain_text(summary),
                feed_url=feed_url,
            )
        )
    if parsed.get("bozo") and not items:
        # Broken XML that still yields items is read, as feed readers do; with none, it is not
        # a feed that can be used, and saying so is more useful than an empty success.
        raise FetchError(feed_url, f"malformed feed ({parsed.get('bozo_exception')})")
    return ParsedFeed(_text(parsed.feed.get("title")), tuple(items), str(parsed.version))


def parse_feed(data: bytes, content_type: str, feed_url: str) -> ParsedFeed:
    """Items of a feed of any supported format; FetchError when it is none of them."""
    if content_type in JSON_TYPES or data.lstrip()[:1] == b"{":
        return parse_json_feed(data, feed_url)
    return parse_xml_feed(data, content_type, feed_url)
