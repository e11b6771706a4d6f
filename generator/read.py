"""Readers: one per input format behind one small interface, turning files into Sources."""

from __future__ import annotations

import codecs
import fnmatch
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any, ClassVar, Protocol

import yaml
from markdown_it import MarkdownIt

from generator.cache import DiskCache, code_fingerprint, content_key
from generator.errors import DigestError, InputError
from generator.extract import extract
from generator.models import Block, Meta, Source
from generator.text import normalise

log = logging.getLogger(__name__)

SIDECAR_NAME = "sources.yaml"
META_KEYS = ("title", "outlet", "author", "published", "url", "language", "id", "category")
# Set by `digest fetch` on an article whose page could not be fetched: the text is the feed's
# summary only.
FLAG_KEYS = ("summary_only",)
# Keys that scraper and harness exports use for two of ours: read as the canonical key, which
# wins (with a warning) when both are given.
KEY_ALIASES = {"source": "outlet", "date": "published"}
# A JSON record holds its article in one of these.
BODY_KEYS = ("text", "html")
FRONT_MATTER_KEYS = (*META_KEYS, *FLAG_KEYS, *KEY_ALIASES)
JSON_KEYS = (*FRONT_MATTER_KEYS, *BODY_KEYS)
# Bytes looked at to tell text from binary: enough for any header, small enough to be instant.
BINARY_SNIFF_BYTES = 8192
# Encodings in the order of their use on the web (after UTF-8), to break ties between readings.
WEB_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "cp1250",
    "cp932",
    "gb18030",
    "euc_kr",
    "big5",
    "cp1256",
)
# Readings this close to the least chaotic one are equally plausible.
ENCODING_CHAOS_TOLERANCE = 0.01
# YAML front matter and sidecars are small; a larger one is an attack or a mistake.
MAX_YAML_BYTES = 64_000
# Metadata is flat; a hundred levels of nesting is an attack or a broken file.
MAX_YAML_DEPTH = 100
# Bytes of a JSON export read at a time: few reads, and small beside the records they hold, so
# that reading holds one record and one chunk whatever the size of the export.
READ_CHUNK_BYTES = 1 << 20
# Byte order marks that say a file is UTF-16 or UTF-32 (longest first: UTF-32 LE starts with
# the UTF-16 LE mark); Python's codec of that name reads the mark and drops it.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class ReadResult:
    sources: tuple[Source, ...]
    skipped: tuple[InputError, ...]
    files: int = 0  # article files found in the inputs (read or skipped)


# What a reader yields: an article, or why one record of the file was skipped (the rest of the
# file is still read). A reader raises InputError when the file as a whole cannot be read.
Item = Source | InputError


class Reader(Protocol):
    extensions: ClassVar[tuple[str, ...]]

    def read(self, path: Path, data: str) -> Iterator[Item]:
        """The articles in `data`, the decoded text of the file at `path`."""
        ...

    def read_file(self, path: Path, max_record_bytes: int) -> Iterator[Item]:
        """The articles in the file at `path`; one larger than `max_record_bytes` is skipped."""
        ...


def decode(path: Path, raw: bytes) -> str:
    """Decode bytes as UTF-8, or detect the encoding (with a warning naming it); refuse binary."""
    if not raw.strip():
        raise InputError(str(path), "the file is empty; add the article text or remove the file")
    if b"\x00" in raw[:BINARY_SNIFF_BYTES] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(str(path), "the file is binary, not text; give articles as text files")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    found = detect_encoding(raw)
    if found is None:
        raise InputError(str(path), "the file is not text in any known encoding; save it as UTF-8")
    encoding, text = found
    log.warning(
        "%s: not UTF-8; read as %s (save it as UTF-8 to be sure)",
        path,
        encoding,
        extra={"input_path": str(path)},
    )
    return text


def detect_encoding(raw: bytes) -> tuple[str, str] | None:
    """The most plausible encoding of `raw` and the text read with it; None if it is no text."""
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    matches = list(from_bytes(raw))
    if not matches:
        return None
    # Many single-byte encodings decode Western text equally well; among the least chaotic
    # readings, take the encoding most used on the web (windows-1252 above all).
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + ENCODING_CHAOS_TOLERANCE]
    best = min(tied, key=lambda m: (_encoding_rank(m.encoding), m.chaos))
    text = str(best)
    # An encoding more used on the web that reads the very same text is the same reading (in
    # cp1250 and cp1252 alike, 'café’s €2' is the same bytes): name that one, so that the
    # later records of an export are read in the encoding most likely theirs too.
    for encoding in WEB_ENCODINGS[: _encoding_rank(best.encoding)]:
        try:
            if raw.decode(encoding) == text:
                return encoding, text
        except UnicodeDecodeError:
            continue
    return best.encoding, text


def _encoding_rank(encoding: str) -> int:
    return WEB_ENCODINGS.index(encoding) if encoding in WEB_ENCODINGS else len(WEB_ENCODINGS)


def _to_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return normalise(str(value)).replace("\n", " ").strip() or None


def meta_from(
    mapping: Mapping[Any, Any], keys: KeyReport | None = None, at: Place = ("", None)
) -> Meta:
    """The metadata of a front matter, JSON record or sidecar entry. The aliases are read as
    their canonical keys, which win when both are given; with `keys`, unknown keys and such
    clashes are noted there, at `at`, to be reported once for the file."""
    values = {key: _to_text(mapping.get(key)) for key in META_KEYS}
    for alias, key in KEY_ALIASES.items():
        given = _to_text(mapping.get(alias))
        if given is None:
            continue
        if values[key] is None:
            values[key] = given
        elif keys is not None:
            keys.note(keys.clashes, alias, at)
    if keys is not None:
        for key in mapping:
            if str(key) not in keys.known:
                keys.note(keys.unknown, str(key), at)
    return Meta(**values, summary_only=mapping.get("summary_only") is True)


# Where in a file something was met: a label for messages ("line 3", "record 2 (line 40)",
# "entry 'a.txt'", or "" in a file of one article) and the line number when known.
Place = tuple[str, int | None]


class KeyReport:
    """The unknown keys of one file's metadata, and the aliases given beside their canonical
    key, each with where it was first met and how often; `report()` warns once for the whole
    file, naming the keys it knows (an export of 10,000 records with one stray key gets one
    warning, not 10,000). Filled while the file is read, so not a frozen dataclass."""

    def __init__(self, where: str, known: Iterable[str]) -> None:
        self.where = where
        self.known = frozenset(known)
        self.unknown: dict[str, tuple[Place, int]] = {}
        self.clashes: dict[str, tuple[Place, int]] = {}

    @staticmethod
    def note(found: dict[str, tuple[Place, int]], key: str, at: Place) -> None:
        first, times = found.get(key, (at, 0))
        found[key] = (first, times + 1)

    def report(self) -> None:
        if self.unknown:
            first, _ = min(self.unknown.values(), key=_place_order)
            log.warning(
                "%s: unknown key%s %s ignored%s; known keys: %s",
                self.where,
                "" if len(self.unknown) == 1 else "s",
                ", ".join(
                    repr(key) + (f" (in {times} records)" if times > 1 else "")
                    for key, (_, times) in sorted(self.unknown.items())
                ),
                _first_at(first),
                describe_keys(self.known),
                extra={"input_path": self.where, "input_line": first[1]},
            )
        for alias, (first, times) in sorted(self.clashes.items()):
            key = KEY_ALIASES[alias]
            log.warning(
                "%s: both '%s' and its alias '%s' are given%s%s; '%s' is used",
                self.where,
                key,
                alias,
                f" in {times} records" if times > 1 else "",
                _first_at(first),
                key,
                extra={"input_path": self.where, "input_line": first[1]},
            )


def _place_order(seen: tuple[Place, int]) -> int:
    return seen[0][1] or 0


def _first_at(place: Place) -> str:
    """' (first at line 3)'; '' in a file of one article."""
    label, _ = place
    return f" (first at {label})" if label else ""


def describe_keys(known: Iterable[str]) -> str:
    """'author, date (alias of published), …': the keys a reader knows, for messages and --help."""
    return ", ".join(
        f"{key} (alias of {KEY_ALIASES[key]})" if key in KEY_ALIASES else key
        for key in sorted(known)
    )


def merge_meta(given: Meta, fallback: Meta) -> Meta:
    """Fields of `given` win; empty ones are filled from `fallback`."""
    return Meta(
        **{k: getattr(given, k) or getattr(fallback, k) for k in META_KEYS},
        summary_only=given.summary_only or fallback.summary_only,
    )


def _lines_to_blocks(text: str, first_line: int = 1) -> tuple[Block, ...]:
    return tuple(
        Block("p", line, number)
        for number, line in enumerate(normalise(text).split("\n"), start=first_line)
        if line
    )


class _WholeFile:
    """A file that holds one article: read at once, and the size limit is the file's."""

    def read(self, path: Path, data: str) -> Iterator[Item]:
        raise NotImplementedError

    def read_file(self, path: Path, max_record_bytes: int) -> Iterator[Item]:
        size = path.stat().st_size
        if size > max_record_bytes:
            raise InputError(
                str(path),
                f"file is {size} bytes, over the limit of {max_record_bytes} (max_file_bytes)",
            )
        yield from self.read(path, decode(path, path.read_bytes()))


class TextReader(_WholeFile):
    """Plain text as copied or scraped from a page: one block per line, nothing inferred here."""

    extensions: ClassVar[tuple[str, ...]] = (".txt", ".text")

    def read(self, path: Path, data: str) -> Iterator[Source]:
        yield Source(path.stem, str(path), _lines_to_blocks(data), Meta(), "txt")


def _nesting_depth(text: str) -> int:
    """The deepest run of open brackets and braces (a quick bound; quotes are not parsed)."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest


# libyaml's parser where PyYAML was built with it (the same safe constructor on top): about
# ten times faster, and a daily archive's front matter is read on every build. A document it
# refuses is read again by PyYAML's own parser, whose message is the one reported.
_FAST_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path, text: str, line: int, loader: Any) -> Any:
    # Anchors and aliases are never needed in front matter or a sidecar, and nested aliases
    # expand without end ("billion laughs"): refuse them before constructing.
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise InputError(str(path), "YAML aliases (*name) are not allowed here", line)
    return yaml.load(text, Loader=loader)  # a safe loader: plain data only


def _safe_yaml(path: Path, text: str, line: int = 1) -> Any:
    if len(text) > MAX_YAML_BYTES:
        raise InputError(str(path), f"YAML block larger than {MAX_YAML_BYTES} bytes", line)
    if _nesting_depth(text) > MAX_YAML_DEPTH:
        # PyYAML takes seconds per thousand levels before it gives up: refuse at once.
        raise InputError(str(path), f"YAML nested deeper than {MAX_YAML_DEPTH} levels", line)
    try:
        return _load_yaml(path, text, line, _FAST_YAML_LOADER)
    except yaml.YAMLError:
        pass  # read again below, for PyYAML's own message
    try:
        return _load_yaml(path, text, line, yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = line + mark.line if mark is not None else line
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(
            str(path), f"malformed YAML ({problem}); fix the front matter", where
        ) from error


class MarkdownReader(_WholeFile):
    """Markdown with optional YAML front matter; the body is parsed by markdown-it-py."""

    extensions: ClassVar[tuple[str, ...]] = (".md", ".markdown")
    _parser = MarkdownIt("commonmark")

    def read(self, path: Path, data: str) -> Iterator[Source]:
        meta = Meta()
        body, body_start = data, 1
        lines = data.split("\n")
        if lines and lines[0].strip() == "---":
            end = next(
                (i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None
            )
            if end is None:
                raise InputError(str(path), "front matter opened with '---' is never closed", 1)
            front = _safe_yaml(path, "\n".join(lines[1:end]), line=2)
            if front is not None and not isinstance(front, dict):
                raise InputError(str(path), "front matter must be a mapping of key: value", 2)
            keys = KeyReport(str(path), FRONT_MATTER_KEYS)
            meta = meta_from(front or {}, keys)
            keys.report()
            body, body_start = "\n".join(lines[end + 1 :]), end + 2
        yield Source(path.stem, str(path), self.blocks(body, body_start), meta, "md")

    def blocks(self, body: str, body_start: int) -> tuple[Block, ...]:
        tokens = self._parser.parse(body)
        blocks = []
        for i, token in enumerate(tokens):
            if token.type != "inline" or i == 0:
                continue
            opener = tokens[i - 1].type
            if opener not in ("heading_open", "paragraph_open"):
                continue
            text = (
                "".join(
                    child.content
                    for child in token.children or ()
                    if child.type in ("text", "code_inline")
                )
                or token.content
            )
            line = body_start + (token.map[0] if token.map else 0)
            for part in normalise(text.replace("\n", " ")).split("\n"):
                if part:
                    blocks.append(Block("h" if opener == "heading_open" else "p", part, line))
        return tuple(blocks)


def _html_source(path: Path, ident: str, html: str, meta: Meta, fmt: str) -> Source:
    """Main content and metadata from an HTML page (trafilatura); given metadata wins."""
    extracted = extract(html)
    if extracted is None:
        raise InputError(str(path), "no article text found in the HTML page")
    found = extracted.metadata
    page_meta = Meta(
        title=_to_text(found.get("title")),
        outlet=_to_text(found.get("sitename")),
        author=_to_text(found.get("author")),
        published=_to_text(found.get("date")),
        url=_to_text(found.get("url")),
        language=_to_text(found.get("language")),
    )
    blocks = _lines_to_blocks(extracted.text, first_line=0)
    blocks = tuple(replace(block, line=0) for block in blocks)
    return Source(ident, str(path), blocks, merge_meta(meta, page_meta), fmt, extracted=True)


class HtmlReader(_WholeFile):
    """A saved HTML page."""

    extensions: ClassVar[tuple[str, ...]] = (".html", ".htm")

    def read(self, path: Path, data: str) -> Iterator[Source]:
        yield _html_source(path, path.stem, data, Meta(), "html")


class JsonReader:
    """`.jsonl`: one article object per line; `.json`: one object or a list of them. Both are
    read record by record, so an export of any size is read holding one record at a time; the
    size limit is a record's, and a bad record loses that article only."""

    extensions: ClassVar[tuple[str, ...]] = (".jsonl", ".json")

    def read(self, path: Path, data: str) -> Iterator[Item]:
        raw = data.encode("utf-8", "surrogatepass")
        yield from self.read_stream(path, io.BytesIO(raw), max(len(raw), 1))

    def read_file(self, path: Path, max_record_bytes: int) -> Iterator[Item]:
        with path.open("rb") as stream:
            yield from self.read_stream(path, stream, max_record_bytes)

    def read_stream(self, path: Path, stream: IO[bytes], max_record_bytes: int) -> Iterator[Item]:
        """The articles of the export in `stream` (bytes, seekable), one record at a time."""
        head = stream.read(BINARY_SNIFF_BYTES)
        lines: ByteStream = stream
        if not head.strip() and len(head) < BINARY_SNIFF_BYTES:
            raise InputError(str(path), "the file is empty; add the articles or remove the file")
        stream.seek(0)
        wide = next((name for bom, name in WIDE_BOMS if head.startswith(bom)), None)
        if wide is not None:
            # A broken code unit (a truncated last byte) reads as U+FFFD instead of ending the
            # file: the records around it are kept.
            lines = _Utf8Stream(
                io.TextIOWrapper(stream, encoding=wide, errors="replace", newline="\n")
            )
        elif b"\x00" in head:
            raise InputError(str(path), "the file is binary, not text; give articles as text")
        elif head.startswith(codecs.BOM_UTF8):
            stream.seek(len(codecs.BOM_UTF8))
        export = _Export(self, path, max_record_bytes)
        records = 0
        try:
            if path.suffix.lower() == ".jsonl":
                for number, raw, size in _json_lines(lines, max_record_bytes):
                    records += 1
                    at: Place = (f"line {number}", number)
                    yield export.record(raw, size, at, ident=f"{path.stem}-{number}", line=number)
            else:
                for index, line, raw, size in _JsonValues(path, lines, max_record_bytes):
                    records += 1
                    # A record of a list is shown as the file (line 0) and named by its place.
                    yield export.record(
                        raw,
                        size,
                        (f"record {index} (line {line})", line),
                        ident=f"{path.stem}-{index}",
                        line=0,
                        named=f"record {index}: ",
                    )
        finally:
            export.report()
        if not records:
            raise InputError(str(path), "the file holds no articles (no JSON records)")

    def article(
        self,
        path: Path,
        item: Any,
        number: int,
        ident: str,
        line: int,
        *,
        keys: KeyReport | None = None,
        at: Place = ("", None),
    ) -> Source:
        """The article of one record (`line` 0 for a record of a .json list, shown as the file)."""
        where = f"{path}:{line}" if line else str(path)
        if not isinstance(item, dict):
            raise InputError(where, "expected a JSON object with 'text' or 'html'")
        meta = meta_from(item, keys, at)
        ident = meta.id or ident
        text, html = item.get("text"), item.get("html")
        if isinstance(text, str) and text.strip():
            return Source(ident, where, _lines_to_blocks(text, first_line=0), meta, "jsonl")
        if isinstance(html, str) and html.strip():
            return replace(_html_source(path, ident, html, meta, "jsonl"), path=where)
        raise InputError(where, "the article has no 'text' or 'html'")


class _Export:
    """One JSON export being read: its path, its limit per record, and what is reported once
    for the whole file (unknown keys, records not in UTF-8)."""

    def __init__(self, reader: JsonReader, path: Path, limit: int) -> None:
        self.reader, self.path, self.limit = reader, path, limit
        self.keys = KeyReport(str(path), JSON_KEYS)
        self.text_of = _RecordDecoder(path)

    def record(
        self, raw: bytes | None, size: int, at: Place, *, ident: str, line: int, named: str = ""
    ) -> Item:
        """One record's article, or why it is skipped: named by file and line (and `named`)."""
        number = at[1]

        def problem(reason: str) -> InputError:
            return InputError(str(self.path), named + reason, number)

        if raw is None:
            return problem(
                f"record is {size} bytes, over the limit of {self.limit} (max_file_bytes)"
            )
        try:
            item = json.loads(self.text_of(raw, at))
        except InputError as error:
            return problem(error.reason)
        except ValueError as error:  # malformed JSON, or a number too long to convert
            return problem(f"malformed JSON ({getattr(error, 'msg', error)})")
        except RecursionError:
            return problem("JSON nested too deeply to read")
        try:
            return self.reader.article(
                self.path, item, number or 0, ident, line, keys=self.keys, at=at
            )
        except InputError as error:
            return problem(error.reason)
        except RecursionError:
            return problem("structure nested too deeply to read")

    def report(self) -> None:
        self.keys.report()
        self.text_of.report()


class ByteStream(Protocol):
    """What the record splitters read from: a binary file, or _Utf8Stream."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


class _Utf8Stream:
    """A text stream (a UTF-16 or UTF-32 export) seen as UTF-8 bytes, for the record splitters:
    `readline(n)` and `read(n)` take up to n characters."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text

    def readline(self, size: int = -1) -> bytes:
        return self.text.readline(size).encode("utf-8", "surrogatepass")

    def read(self, size: int = -1) -> bytes:
        return self.text.read(size).encode("utf-8", "surrogatepass")


class _RecordDecoder:
    """The text of one record: UTF-8, as JSON must be; a record that is not is read in the
    encoding found for the file's first such record, with one warning for the whole file.
    Keeps what it found while the file is read, so not a frozen dataclass."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding: str | None = None
        self.first: Place = ("", None)
        self.times = 0

    def __call__(self, raw: bytes, at: Place) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        self.times += 1
        if self.encoding is not None:
            try:
                return raw.decode(self.encoding)
            except UnicodeDecodeError:
                pass  # not the file's encoding after all: this record is looked at alone
        found = detect_encoding(raw)
        if found is None:
            raise InputError(str(self.path), "not text in any known encoding; save as UTF-8")
        if self.encoding is None:
            self.encoding, self.first = found[0], at
        return found[1]

    def report(self) -> None:
        if self.encoding is not None:
            log.warning(
                "%s: %s not UTF-8%s; read as %s (save the export as UTF-8 to be sure)",
                self.path,
                "1 record" if self.times == 1 else f"{self.times} records",
                _first_at(self.first),
                self.encoding,
                extra={"input_path": str(self.path), "input_line": self.first[1]},
            )


def _json_lines(stream: ByteStream, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, the line without its end or None when it is over `limit` bytes, its size)
    for every line that is not blank; a line over the limit is passed over, never held."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if line.endswith(b"\n") or len(line) <= limit:
            content = line.rstrip(b"\r\n")
            if content.strip():
                yield number, content if len(content) <= limit else None, len(content)
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := stream.readline(READ_CHUNK_BYTES)):
            size += len(line)
        yield number, None, size - line.endswith(b"\n")


class _JsonValues:
    """The top-level values of a JSON document, as (index, line, bytes or None when over the
    limit, size): each element of a list, or the document itself when it is not a list. Only
    strings and brackets are followed (by regular expressions over chunks read in turn), so a
    value is found without being parsed, a value over the limit is passed over without being
    held, and a malformed one loses itself only; json.loads then parses each value alone."""

    _SPACE = re.compile(rb"[ \t\r\n]*")
    _STRUCTURE = re.compile(rb'["\[\]{},]')
    # The rest of a string up to its closing quote (not consumed), or to the end of the buffer.
    _STRING = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)

    def __init__(self, path: Path, stream: ByteStream, limit: int) -> None:
        self.path, self.stream, self.limit = str(path), stream, limit
        self.buffer = b""
        self.pos = 0  # where scanning is, in the buffer
        self.line = 1  # line number at self.counted
        self.counted = 0  # newlines are counted up to here

    def _more(self, keep: int) -> bool:
        """Read the next chunk, letting go of the buffer before `keep`; False at the end."""
        chunk = self.stream.read(READ_CHUNK_BYTES)
        if not chunk:
            return False
        self._line_at(keep)
        self.buffer = self.buffer[keep:] + chunk
        self.pos -= keep
        self.counted -= keep
        return True

    def _line_at(self, offset: int) -> int:
        if offset > self.counted:
            self.line += self.buffer.count(b"\n", self.counted, offset)
            self.counted = offset
        return self.line

    def _next(self) -> bytes:
        """The next byte that is not white space (left unconsumed); b'' at the end."""
        while True:
            match = self._SPACE.match(self.buffer, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buffer):
                return self.buffer[self.pos : self.pos + 1]
            if not self._more(self.pos):
                return b""

    def _error(self, reason: str) -> InputError:
        return InputError(self.path, reason, self._line_at(self.pos))

    def __iter__(self) -> Iterator[tuple[int, int, bytes | None, int]]:
        first = self._next()
        if first != b"[":
            yield self._value(1, whole=True)
            return
        self.pos += 1
        if self._next() == b"]":
            raise self._error("the list is empty: no articles")
        index = 0
        while True:
            index += 1
            self._next()
            yield self._value(index, whole=False)
            after = self._next()
            if after == b",":
                self.pos += 1
            elif after == b"]":
                self.pos += 1
                break
            elif not after:
                raise self._error(f"the list is not closed after record {index} (no ']')")
            else:
                raise self._error(f"unexpected {after.decode('latin-1')!r} after record {index}")
        if self._next():
            raise self._error("unexpected text after the end of the list")

    def _value(self, index: int, whole: bool) -> tuple[int, int, bytes | None, int]:
        """The value that starts here; it ends before a ',' or closing bracket outside any
        bracket of its own (or, `whole`, at the end of the file)."""
        start = self.pos
        line = self._line_at(start)
        dropped = 0  # bytes of the value already let go (it is over the limit)
        depth = 0
        in_string = False
        while True:
            if in_string:
                end = self._STRING.match(self.buffer, self.pos)
                self.pos = end.end() if end else self.pos
                if self.buffer[self.pos : self.pos + 1] == b'"':
                    self.pos += 1
                    in_string = False
                    continue
            elif whole:
                self.pos = len(self.buffer)
            elif found := self._STRUCTURE.search(self.buffer, self.pos):
                char = found.group()
                self.pos = found.end()
                if char == b'"':
                    in_string = True
                elif char in b"[{":
                    depth += 1
                elif depth and char != b",":
                    depth -= 1
                elif not depth:  # a ',' or the list's closing bracket: the value ends before it
                    self.pos = found.start()
                    break
                continue
            else:
                self.pos = len(self.buffer)
            # The buffer is used up: read on, letting go of the value if it is over the limit.
            over = dropped + self.pos - start > self.limit
            keep = self.pos if over else start
            dropped += keep - start
            if not self._more(keep):
                start = keep
                break
            start = 0
        value = self.buffer[start : self.pos].rstrip(b" \t\r\n")
        size = dropped + len(value)
        return index, line, (value if not dropped and size <= self.limit else None), size


READERS: tuple[Reader, ...] = (TextReader(), MarkdownReader(), HtmlReader(), JsonReader())
READER_BY_EXTENSION = {ext: reader for reader in READERS for ext in reader.extensions}


def find_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders into the article files they hold, in a stable order."""
    found: list[Path] = []
    problems: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in READER_BY_EXTENSION
                    and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(InputError(str(path), "no such file or folder"))
    return found, problems


def _sidecar(folder: Path, cache: dict[Path, list[tuple[str, Meta]]]) -> list[tuple[str, Meta]]:
    """The `sources.yaml` of a folder: file name or glob -> metadata, in file order."""
    if folder in cache:
        return cache[folder]
    entries: list[tuple[str, Meta]] = []
    sidecar = folder / SIDECAR_NAME
    if sidecar.is_file():
        loaded = _safe_yaml(sidecar, decode(sidecar, sidecar.read_bytes()))
        if not isinstance(loaded, dict):
            raise InputError(str(sidecar), "must map file names or globs to metadata")
        keys = KeyReport(str(sidecar), FRONT_MATTER_KEYS)
        for pattern, values in loaded.items():
            if isinstance(values, dict):
                entries.append(
                    (str(pattern), meta_from(values, keys, (f"entry {pattern!r}", None)))
                )
            else:
                log.warning(
                    "%s: entry %r is not a mapping; ignored",
                    sidecar,
                    pattern,
                    extra={"input_path": str(sidecar)},
                )
        keys.report()
    cache[folder] = entries
    return entries


def _folder_metadata(
    folder: Path, cache: dict[Path, list[tuple[str, Meta]]], skipped: list[InputError]
) -> list[tuple[str, Meta]]:
    """The folder's sidecar metadata; a broken sidecar is reported once and its files are read
    without it (a bad sources.yaml must not lose the articles beside it)."""
    try:
        return _sidecar(folder, cache)
    except InputError as error:
        skipped.append(error)
        cache[folder] = []
        return []


def shown_path(path: Path, roots: Sequence[Path]) -> str:
    """The path an article is shown with (on its page, in digest.json): from the folder given
    on the command line, by that folder's name, never where the folder is on this machine.
    Published pages do not reveal the builder's folders, and moving the inputs changes nothing."""
    for root in roots:
        if path == root:
            return path.name
        if path.is_relative_to(root):
            name = root.name or root.resolve().name
            return PurePosixPath(name, *path.relative_to(root).parts).as_posix()
    return path.as_posix()


class _Logged(logging.Handler):
    """Whether anything of ours was logged while a file was read (a warning about its encoding
    or its keys): such a file is read again by every build, so that every build says so."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.any = False

    def emit(self, record: logging.LogRecord) -> None:
        self.any = True


class ReadCache:
    """The articles of each file read whole (a .txt, .md or .html file), kept between builds
    under the file's path, size and time of change and the reading code: a daily archive is
    read again by every build, and its files, once written, never change. A file whose
    reading logged anything or found a problem is not kept. JSON exports are not kept: one may
    hold a gigabyte, read one record at a time. Not a dataclass: it owns a store."""

    def __init__(self, cache_dir: Path) -> None:
        self.store = DiskCache.for_code(cache_dir, "read", code_fingerprint("read"))

    def items(self, reader: Reader, path: Path, max_record_bytes: int) -> Iterable[Item]:
        if not isinstance(reader, _WholeFile):
            return reader.read_file(path, max_record_bytes)
        status = path.stat()
        # The time of change in nanoseconds and the size: a file written again (by hand, or by
        # a fetch that replaced it) gets a new time, whatever its size.
        key = content_key(str(path), status.st_size, status.st_mtime_ns, max_record_bytes)
        found = self.store.get(key)
        if isinstance(found, tuple) and all(isinstance(item, Source) for item in found):
            return found
        logged = _Logged()
        logger = logging.getLogger(__name__.split(".")[0])
        logger.addHandler(logged)
        try:
            items = tuple(reader.read_file(path, max_record_bytes))
        finally:
            logger.removeHandler(logged)
        if not logged.any and all(isinstance(item, Source) for item in items):
            self.store.put(key, items)
        return items


def read(
    paths: Iterable[Path],
    max_file_bytes: int,
    max_articles: int,
    tick: Callable[[int], None] = lambda articles: None,
    cache_dir: Path | None = None,
) -> ReadResult:
    """Read every article in `paths`; a file or record that cannot be read is reported and
    skipped. `max_file_bytes` limits one article: a whole file, or one record of a JSON export.
    `tick(articles)` reports progress. With `cache_dir`, what files read whole gave is kept
    there (ReadCache)."""
    cache = ReadCache(cache_dir) if cache_dir is not None else None
    roots = list(paths)
    files, skipped = find_inputs(roots)
    for problem in skipped:
        _report_skipped(problem)
    sources: list[Source] = []
    seen_ids: dict[str, str] = {}
    sidecars: dict[Path, list[tuple[str, Meta]]] = {}

    def skip(problem: InputError) -> None:
        skipped.append(problem)
        _report_skipped(problem)

    for path in files:
        reader = READER_BY_EXTENSION.get(path.suffix.lower())
        try:
            if reader is None:
                raise InputError(
                    str(path), f"unknown format '{path.suffix}'; use .txt, .md, .html or .jsonl"
                )
            broken = len(skipped)
            folder_meta = _folder_metadata(path.parent, sidecars, skipped)
            for problem in skipped[broken:]:
                _report_skipped(problem)
            given = [meta for pattern, meta in folder_meta if fnmatch.fnmatch(path.name, pattern)]
            shown = shown_path(path, roots)
            items = (
                reader.read_file(path, max_file_bytes)
                if cache is None
                else cache.items(reader, path, max_file_bytes)
            )
            for item in items:
                if isinstance(item, InputError):
                    skip(item)
                    continue
                # The reader names the file as it was opened (and the line, for JSON lines):
                # problems are reported there, the article is shown from the given folder.
                source, where = item, item.path
                suffix = where.removeprefix(str(path))  # ":12" for a line of JSON lines
                line = int(suffix[1:]) if suffix[1:].isdigit() else None
                source = replace(source, path=shown + suffix)
                for meta in given:
                    source = replace(source, meta=merge_meta(source.meta, meta))
                source = replace(source, id=source.meta.id or source.id)
                if source.id in seen_ids:
                    skip(
                        InputError(
                            str(path),
                            f"id '{source.id}' is already used by {seen_ids[source.id]}; "
                            "give it another id",
                            line,
                        )
                    )
                    continue
                if not source.blocks:
                    skip(InputError(str(path), "no text left after reading", line))
                    continue
                seen_ids[source.id] = where
                sources.append(source)
                tick(len(sources))
                if len(sources) > max_articles:
                    raise DigestError(
                        f"more than {max_articles} articles to read (at {source.path}); "
                        "raise 'max_articles' in the configuration or build from fewer inputs"
                    )
        except InputError as error:
            skip(error)
        except RecursionError:
            skip(InputError(str(path), "structure nested too deeply to read"))
        except OSError as error:
            skip(InputError(str(path), f"cannot read the file ({error.strerror or error})"))
    return ReadResult(tuple(sources), tuple(skipped), len(files))


def _report_skipped(problem: InputError) -> None:
    """Each skipped input is logged when it is met (a long build shows it at once), with its
    file and line apart for CI annotations."""
    log.error(
        "%s; skipped",
        problem,
        extra={"input_path": problem.path, "input_line": problem.line, "skipped": True},
    )


def nothing_read(roots: Sequence[Path], result: ReadResult) -> str:
    """Why reading `roots` gave no article, and what to do: for a build that has nothing to
    build."""
    if result.skipped and result.files:
        count = len(result.skipped)
        return (
            f"every input was skipped ({count} problem{'' if count == 1 else 's'}, each named "
            "above); fix or remove them, or raise 'max_file_bytes' for articles over the limit"
        )
    extensions = ", ".join(sorted(READER_BY_EXTENSION))
    reasons = []
    for root in roots:
        if not root.is_dir():
            continue
        entries = [p for p in root.rglob("*") if p.is_file()]
        if not entries:
            reasons.append(f"{root} is empty")
        else:
            shown = ", ".join(sorted(p.name for p in entries)[:3])
            more = "…" if len(entries) > 3 else ""
            reasons.append(
                f"{root} holds {len(entries)} file(s) but no article file ({shown}{more}; "
                "names starting with '.' are not read)"
            )
    found = "; ".join(reasons) or "no article file among the inputs"
    return f"no article files found: {found}; give files ending in {extensions}"
