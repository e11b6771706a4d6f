"""Readers: one per input format behind one small interface, turning files into Sources."""

from __future__ import annotations

import fnmatch
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar, Protocol

import yaml
from markdown_it import MarkdownIt

from generator.errors import DigestError, InputError
from generator.models import Block, Meta, Source
from generator.text import normalise

log = logging.getLogger(__name__)

SIDECAR_NAME = "sources.yaml"
META_KEYS = ("title", "outlet", "author", "published", "url", "language", "id", "category")
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


@dataclass(frozen=True)
class ReadResult:
    sources: tuple[Source, ...]
    skipped: tuple[InputError, ...]


class Reader(Protocol):
    extensions: ClassVar[tuple[str, ...]]

    def read(self, path: Path, data: str) -> Iterator[Source]: ...


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
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(str(path), "the file is not text in any known encoding; save it as UTF-8")
    # Many single-byte encodings decode Western text equally well; among the least chaotic
    # readings, take the encoding most used on the web (windows-1252 above all).
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + ENCODING_CHAOS_TOLERANCE]
    best = min(tied, key=lambda m: (_encoding_rank(m.encoding), m.chaos))
    log.warning("%s: not UTF-8; read as %s (save it as UTF-8 to be sure)", path, best.encoding)
    return str(best)


def _encoding_rank(encoding: str) -> int:
    return WEB_ENCODINGS.index(encoding) if encoding in WEB_ENCODINGS else len(WEB_ENCODINGS)


def _to_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return normalise(str(value)).replace("\n", " ").strip() or None


def meta_from(mapping: dict[str, Any]) -> Meta:
    return Meta(
        **{key: _to_text(mapping.get(key)) for key in META_KEYS},
        summary_only=mapping.get("summary_only") is True,
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


class TextReader:
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


def _safe_yaml(path: Path, text: str, line: int = 1) -> Any:
    if len(text) > MAX_YAML_BYTES:
        raise InputError(str(path), f"YAML block larger than {MAX_YAML_BYTES} bytes", line)
    if _nesting_depth(text) > MAX_YAML_DEPTH:
        # PyYAML takes seconds per thousand levels before it gives up: refuse at once.
        raise InputError(str(path), f"YAML nested deeper than {MAX_YAML_DEPTH} levels", line)
    try:
        # Anchors and aliases are never needed in front matter or a sidecar, and nested
        # aliases expand without end ("billion laughs"): refuse them before constructing.
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise InputError(str(path), "YAML aliases (*name) are not allowed here", line)
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = line + mark.line if mark is not None else line
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(
            str(path), f"malformed YAML ({problem}); fix the front matter", where
        ) from error


class MarkdownReader:
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
            meta = meta_from(front or {})
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
    import trafilatura  # heavy import, only paid when HTML is read

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    if extracted is None:
        raise InputError(str(path), "no article text found in the HTML page")
    found = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    page_meta = Meta(
        title=_to_text(found.get("title")),
        outlet=_to_text(found.get("sitename")),
        author=_to_text(found.get("author")),
        published=_to_text(found.get("date")),
        url=_to_text(found.get("url")),
        language=_to_text(found.get("language")),
    )
    blocks = _lines_to_blocks(found.get("text") or "", first_line=0)
    blocks = tuple(replace(block, line=0) for block in blocks)
    return Source(ident, str(path), blocks, merge_meta(meta, page_meta), fmt)


class HtmlReader:
    """A saved HTML page."""

    extensions: ClassVar[tuple[str, ...]] = (".html", ".htm")

    def read(self, path: Path, data: str) -> Iterator[Source]:
        yield _html_source(path, path.stem, data, Meta(), "html")


class JsonReader:
    """`.jsonl`: one article object per line; `.json`: one object or a list of them."""

    extensions: ClassVar[tuple[str, ...]] = (".jsonl", ".json")

    def read(self, path: Path, data: str) -> Iterator[Source]:
        if path.suffix == ".json":
            try:
                loaded = json.loads(data)
            except json.JSONDecodeError as error:
                raise InputError(
                    str(path), f"malformed JSON ({error.msg})", error.lineno
                ) from error
            items = loaded if isinstance(loaded, list) else [loaded]
            for number, item in enumerate(items, start=1):
                yield self.article(path, item, number, f"{path.stem}-{number}", 0)
            return
        for number, line in enumerate(data.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                # One bad line loses one article, not the file.
                log.error("%s:%d: malformed JSON (%s); line skipped", path, number, error.msg)
                continue
            except RecursionError:
                log.error("%s:%d: JSON nested too deeply; line skipped", path, number)
                continue
            yield self.article(path, item, number, f"{path.stem}-{number}", number)

    def article(self, path: Path, item: Any, number: int, ident: str, line: int) -> Source:
        where = f"{path}:{line}" if line else str(path)
        if not isinstance(item, dict):
            raise InputError(where, "expected a JSON object with 'text' or 'html'")
        meta = meta_from(item)
        ident = meta.id or ident
        text, html = item.get("text"), item.get("html")
        if isinstance(text, str) and text.strip():
            return Source(ident, where, _lines_to_blocks(text, first_line=0), meta, "jsonl")
        if isinstance(html, str) and html.strip():
            return _html_source(path, ident, html, meta, "jsonl")
        raise InputError(where, "the article has no 'text' or 'html'")


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
        loaded = _safe_yaml(sidecar, sidecar.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            raise InputError(str(sidecar), "must map file names or globs to metadata")
        for pattern, values in loaded.items():
            if isinstance(values, dict):
                entries.append((str(pattern), meta_from(values)))
            else:
                log.warning("%s: entry %r is not a mapping; ignored", sidecar, pattern)
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


def read(paths: Iterable[Path], max_file_bytes: int, max_articles: int) -> ReadResult:
    """Read every article in `paths`; a file that cannot be read is reported and skipped."""
    roots = list(paths)
    files, skipped = find_inputs(roots)
    sources: list[Source] = []
    seen_ids: dict[str, str] = {}
    sidecars: dict[Path, list[tuple[str, Meta]]] = {}
    for path in files:
        reader = READER_BY_EXTENSION.get(path.suffix.lower())
        try:
            if reader is None:
                raise InputError(
                    str(path), f"unknown format '{path.suffix}'; use .txt, .md, .html or .jsonl"
                )
            size = path.stat().st_size
            if size > max_file_bytes:
                raise InputError(
                    str(path),
                    f"file is {size} bytes, over the limit of {max_file_bytes} (max_file_bytes)",
                )
            data = decode(path, path.read_bytes())
            given = [
                meta
                for pattern, meta in _folder_metadata(path.parent, sidecars, skipped)
                if fnmatch.fnmatch(path.name, pattern)
            ]
            shown = shown_path(path, roots)
            for source in reader.read(path, data):
                # The reader names the file as it was opened (and the line, for JSON lines):
                # problems are reported there, the article is shown from the given folder.
                where = source.path
                source = replace(source, path=shown + where.removeprefix(str(path)))
                for meta in given:
                    source = replace(source, meta=merge_meta(source.meta, meta))
                source = replace(source, id=source.meta.id or source.id)
                if source.id in seen_ids:
                    skipped.append(
                        InputError(
                            where,
                            f"id '{source.id}' is already used by {seen_ids[source.id]}; "
                            "give it another id",
                        )
                    )
                    continue
                if not source.blocks:
                    skipped.append(InputError(where, "no text left after reading"))
                    continue
                seen_ids[source.id] = where
                sources.append(source)
                if len(sources) > max_articles:
                    raise DigestError(
                        f"more than {max_articles} articles to read (at {source.path}); "
                        "raise 'max_articles' in the configuration or build from fewer inputs"
                    )
        except InputError as error:
            skipped.append(error)
        except RecursionError:
            skipped.append(InputError(str(path), "structure nested too deeply to read"))
        except OSError as error:
            skipped.append(
                InputError(str(path), f"cannot read the file ({error.strerror or error})")
            )
    for problem in skipped:
        log.error("%s; skipped", problem)
    return ReadResult(tuple(sources), tuple(skipped))
