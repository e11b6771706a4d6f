"""The feeds file of `digest fetch`: every option, its type, its default and its meaning, validated
once, with every problem reported together."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator import __version__
from generator.errors import ConfigError

DEFAULT_USER_AGENT = f"news-digest/{__version__} (+https://pypi.org/project/news-digest/)"
# A feeds file is a short list written by hand; a larger one is a mistake or an attack.
MAX_FEEDS_FILE_BYTES = 1_000_000
FEED_KEYS = ("url", "outlet", "category")
# Networks `allow_private: true` opens: every address the safety check would refuse otherwise.
ALL_NETWORKS = ("0.0.0.0/0", "::/0")


@dataclass(frozen=True)
class FeedSource:
    """One feed of the feeds file."""

    url: str
    outlet: str | None = None  # else the feed's own title
    category: str | None = None  # becomes the section of the stories its articles are in


@dataclass(frozen=True)
class FetchSettings:
    """Options of the feeds file besides `feeds`. Each field's comment is its documentation."""

    # How the fetcher introduces itself to the sites it reads (and the name robots.txt rules use).
    user_agent: str = DEFAULT_USER_AGENT
    # true to allow feeds and pages on loopback, private, link-local or reserved addresses, or a
    # list of such networks to allow (for example ["10.1.0.0/16"]); false refuses them all.
    allow_private: bool | tuple[str, ...] = False
    # Seconds between two requests to one host (a longer Crawl-delay in robots.txt wins).
    delay_seconds: float = 1.0
    # Seconds to wait for a connection or for the next bytes of an answer.
    timeout_seconds: float = 20.0
    # Seconds one whole answer may take, however steadily its bytes trickle in.
    max_response_seconds: float = 60.0
    # Another try of a request that timed out, failed to connect or got 429 or 5xx, at most.
    retries: int = 2
    # Seconds before the first retry; each next retry waits twice as long.
    backoff_seconds: float = 2.0
    # Redirects followed for one request, at most.
    max_redirects: int = 5
    # Largest feed accepted (bytes, after decompression).
    max_feed_bytes: int = 10_000_000
    # Largest article page accepted (bytes, after decompression).
    max_page_bytes: int = 5_000_000
    # New articles taken from one feed in one run, newest first.
    max_items_per_feed: int = 100
    # Hosts fetched at the same time; requests to one host always go one after another.
    parallel_hosts: int = 4
    # Runs in which a page that failed for a passing reason (timeout, 5xx) is tried again.
    max_attempts: int = 3


@dataclass(frozen=True)
class FeedsFile:
    feeds: tuple[FeedSource, ...]
    settings: FetchSettings

    def allowed_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        """Networks exempt from the private-address check (none unless `allow_private`)."""
        allow = self.settings.allow_private
        names = ALL_NETWORKS if allow is True else () if allow is False else allow
        return tuple(ipaddress.ip_network(name, strict=False) for name in names)


def _check_url(url: Any) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return "needs a 'url'"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return f"url {url!r} is not a URL"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"url {url!r} must be an http:// or https:// address"
    return None


def _feeds(value: Any, origin: str, problems: list[str]) -> tuple[FeedSource, ...]:
    if not isinstance(value, list) or not value:
        problems.append(f"{origin}: 'feeds' must be a list of feeds, each with a 'url'")
        return ()
    feeds = []
    for number, entry in enumerate(value, start=1):
        where = f"{origin}: feed {number}"
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a mapping with 'url', 'outlet', 'category'")
            continue
        for key in sorted(set(entry) - set(FEED_KEYS), key=str):
            problems.append(f"{where}: unknown key '{key}' (known keys: {', '.join(FEED_KEYS)})")
        if (problem := _check_url(entry.get("url"))) is not None:
            problems.append(f"{where}: {problem}")
            continue
        for key in ("outlet", "category"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                problems.append(f"{where}: '{key}' must be text, not {entry[key]!r}")
        feeds.append(
            FeedSource(
                url=entry["url"].strip(),
                outlet=str(entry["outlet"]).strip() or None if entry.get("outlet") else None,
                category=str(entry["category"]).strip() or None if entry.get("category") else None,
            )
        )
    seen: set[str] = set()
    for feed in feeds:
        if feed.url in seen:
            problems.append(f"{origin}: feed {feed.url} is listed twice")
        seen.add(feed.url)
    return tuple(feeds)


def _setting(name: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """The value converted to the option's type, or a problem."""
    if name == "allow_private":
        if isinstance(value, bool):
            return value, None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            try:
                networks = tuple(str(ipaddress.ip_network(v, strict=False)) for v in value)
            except ValueError as error:
                return None, f"'allow_private': {error}"
            return networks, None
        return None, "'allow_private' must be true, false or a list of networks (10.0.0.0/8)"
    if isinstance(default, bool) or isinstance(value, bool):
        return None, f"'{name}' must be a number, not {value!r}"
    if isinstance(default, str):
        if not isinstance(value, str) or not value.strip():
            return None, f"'{name}' must be text, not {value!r}"
        return value.strip(), None
    if isinstance(default, int):
        if not isinstance(value, int) or value < (0 if name == "retries" else 1):
            return None, f"'{name}' must be a whole number of at least 1, not {value!r}"
        return value, None
    if not isinstance(value, int | float) or value < 0:
        return None, f"'{name}' must be a number of seconds, not {value!r}"
    return float(value), None


def make_feeds_file(loaded: Any, origin: str = "feeds file") -> FeedsFile:
    """A FeedsFile from a parsed YAML mapping; unknown keys and bad values reported together."""
    if not isinstance(loaded, dict):
        raise ConfigError([f"{origin}: must be a mapping with a 'feeds' list"])
    problems: list[str] = []
    feeds = _feeds(loaded.get("feeds"), origin, problems)
    defaults = FetchSettings()
    known = {f.name for f in fields(FetchSettings)}
    options: dict[str, Any] = {}
    for key in sorted(set(loaded) - {"feeds"}, key=str):
        if key not in known:
            hint = ", ".join(["feeds", *sorted(known)])
            problems.append(f"{origin}: unknown option '{key}' (known options: {hint})")
            continue
        value, problem = _setting(key, loaded[key], getattr(defaults, key))
        if problem is not None:
            problems.append(f"{origin}: {problem}")
        else:
            options[key] = value
    if problems:
        raise ConfigError(problems)
    return FeedsFile(feeds, FetchSettings(**options))


def load_feeds_file(path: Path) -> FeedsFile:
    try:
        if path.stat().st_size > MAX_FEEDS_FILE_BYTES:
            raise ConfigError([f"{path}: larger than {MAX_FEEDS_FILE_BYTES} bytes"])
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError([f"{path}: cannot read the feeds file ({error.strerror})"]) from error
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ConfigError([f"{where}: the feeds file is not valid YAML"]) from error
    return make_feeds_file(loaded, origin=str(path))
