"""The archive `digest fetch` fills: one Markdown file per article under a folder per day, and
what it must remember between runs (under `.fetch/`, which `digest build` never reads).

Every file is written whole or not at all, and always in this order: the article, then the line
that says it is done. A run killed at any point leaves an archive the next run resumes: an
article whose line is missing is known by the key in its file name."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from courlan import normalize_url

from generator.files import write_atomically
from generator.models import Block
from generator.text import normalise, slugify

log = logging.getLogger(__name__)

STATE_FOLDER = ".fetch"
PAGES_LOG = "pages.jsonl"  # one line per article done: archived, or failed for good
FEEDS_STATE = "feeds.json"  # per feed: validators for conditional requests
PENDING = "pending.json"  # items still to do: from an interrupted run, or failed for a while
# Hex digits of the canonical URL's hash in file names and the log: 48 bits, so a year of
# 100 articles a day has about one chance in a million of two URLs sharing a key.
KEY_HEX = 12
TITLE_SLUG_CHARS = 50
_KEY_IN_NAME = re.compile(rf"-([0-9a-f]{{{KEY_HEX}}})\.md$")
# Characters that start Markdown syntax anywhere in a line: escaped with a backslash, so the
# Markdown reader gives back exactly the text that was written.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&!~|])")
# What makes a line a heading, list item, quote, rule or setext underline when it starts it.
_LINE_START = re.compile(r"^(\d{1,9})([.)])|^([#+=>\-])")


def link_url(url: str) -> str:
    """The address to link an article by: tracking parameters (utm_*, fbclid...), the fragment
    and the default port removed, host lower-cased, remaining parameters sorted (courlan)."""
    try:
        cleaned = normalize_url(url.strip(), strict=False)
    except ValueError:
        cleaned = url.strip()
    return urlunsplit(urlsplit(cleaned)._replace(fragment=""))


def canonical_url(url: str) -> str:
    """The address an article is known by: its link address without `www.`, and http and https
    taken as one (no outlet serves two articles that differ only there)."""
    parts = urlsplit(link_url(url))
    host = parts.netloc.removeprefix("www.")
    return urlunsplit(("https", host, parts.path or "/", parts.query, ""))


def url_key(url: str) -> str:
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:KEY_HEX]


def _escape_markdown(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: f"{m[1]}\\{m[2]}" if m[1] is not None else f"\\{m[3]}", text, count=1
    )


@dataclass(frozen=True)
class ArticleFile:
    """What is written for one article: front matter and the paragraphs of its text."""

    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str
    language: str | None
    category: str | None
    summary_only: bool
    blocks: tuple[Block, ...]

    def markdown(self) -> str:
        meta: dict[str, Any] = {
            key: value
            for key, value in asdict(self).items()
            if key not in ("blocks", "summary_only") and value
        }
        if self.summary_only:
            meta["summary_only"] = True
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000)
        paragraphs = [
            _escape_markdown(" ".join(normalise(block.text).split())) for block in self.blocks
        ]
        body = "\n\n".join(p for p in paragraphs if p)
        return f"---\n{front}---\n\n{body}\n"


@dataclass(frozen=True)
class Pending:
    """An article still to fetch, with what its feed said about it."""

    url: str
    title: str | None
    published: str | None
    author: str | None
    summary: str | None
    feed_url: str
    outlet: str | None
    category: str | None
    attempts: int = 0


class Archive:
    """The archive folder. Not a dataclass: it owns files on disk and the set of URLs done."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.state = folder / STATE_FOLDER
        self.done: set[str] = set()
        self._load_done()

    def _load_done(self) -> None:
        log_file = self.state / PAGES_LOG
        if log_file.is_file():
            for number, line in enumerate(log_file.read_text("utf-8").split("\n"), start=1):
                if not line.strip():
                    continue
                try:
                    self.done.update(json.loads(line)["keys"])
                except (ValueError, KeyError, TypeError):
                    # A line cut short by a killed run: its article file still names its key.
                    log.info("%s:%d: unreadable line ignored", log_file, number)
        if self.folder.is_dir():
            for day in self.folder.iterdir():
                if day.is_dir() and not day.name.startswith("."):
                    for file in day.iterdir():
                        if match := _KEY_IN_NAME.search(file.name):
                            self.done.add(match[1])

    def is_done(self, url: str) -> bool:
        return url_key(url) in self.done

    def write(self, day: date, key_url: str, article: ArticleFile) -> Path:
        """Write the article into the day's folder (atomically); returns its path."""
        slug = slugify(article.title or "", fallback="article")[:TITLE_SLUG_CHARS].strip("-")
        path = self.folder / day.isoformat() / f"{slug or 'article'}-{url_key(key_url)}.md"
        write_atomically(path, article.markdown())
        return path

    def record(self, urls: Iterable[str], outcome: Mapping[str, Any]) -> None:
        """Remember that these URLs are done (archived, or failed for good), durably."""
        keys = sorted({url_key(u) for u in urls})
        self.done.update(keys)
        line = json.dumps({"keys": keys, **outcome}, ensure_ascii=False, sort_keys=True)
        self.state.mkdir(parents=True, exist_ok=True)
        with (self.state / PAGES_LOG).open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def feed_state(self) -> dict[str, dict[str, str]]:
        return self._read_json(FEEDS_STATE)

    def save_feed_state(self, state: Mapping[str, Mapping[str, str]]) -> None:
        text = json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        write_atomically(self.state / FEEDS_STATE, text)

    def pending(self) -> list[Pending]:
        rows = self._read_json(PENDING).get("items", [])
        found = []
        for row in rows if isinstance(rows, list) else []:
            try:
                found.append(Pending(**row))
            except TypeError:
                log.info("%s: an unreadable pending item was dropped", self.state / PENDING)
        return found

    def save_pending(self, items: Sequence[Pending]) -> None:
        rows = [asdict(item) for item in sorted(items, key=lambda i: canonical_url(i.url))]
        text = json.dumps({"items": rows}, indent=1, ensure_ascii=False) + "\n"
        write_atomically(self.state / PENDING, text)

    def _read_json(self, name: str) -> dict[str, Any]:
        path = self.state / name
        if not path.is_file():
            return {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log.warning("%s: unreadable (%s); started afresh", path, error)
            return {}
        return loaded if isinstance(loaded, dict) else {}
