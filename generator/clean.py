"""Cleaning: boilerplate removed (each line kept with its reason); title, byline, date found."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from generator import patterns
from generator.dates import parse_date
from generator.models import Article, Block, Meta, RemovedLine, Source
from generator.text import fold, slugify

log = logging.getLogger(__name__)

# Boilerplate is short: a line of more words than this is prose, whatever it starts with.
BOILERPLATE_MAX_WORDS = 40
# A line repeated in this many articles of one outlet is that outlet's template (a footer, a
# promotion); two articles can share a line by syndication, three of one outlet rarely do.
REPEAT_MIN_ARTICLES = 3
# Lines this short are not worth counting as repeats ("Comments" is caught by the patterns).
REPEAT_MIN_CHARS = 12
# A title is a line, not a paragraph: beyond this many words it is the lead sentence.
TITLE_MAX_WORDS = 25
TITLE_MIN_WORDS = 3
# A subheading is short; a longer line without a full stop is prose that lost its punctuation.
HEADING_MAX_WORDS = 14
# Section labels ("World", "Middle East") sit in the first few lines above the title.
SECTION_LABEL_MAX_WORDS = 3
TOP_LINES = 6
# Marks that end a sentence (a line that ends with one is prose, not a heading or a title).
TERMINAL = tuple('.!?…"”’)»:;,')
_SMALL_WORDS = frozenset(
    """a an and as at but by for from in into of on or over the to under up with vs via""".split()
)

_BOILERPLATE = tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in patterns.BOILERPLATE)
_METADATA = tuple((reason, re.compile(p)) for reason, p in patterns.METADATA)
_OUTLET_CLUES = tuple(re.compile(p, re.IGNORECASE) for p in patterns.OUTLET_CLUES)


@dataclass
class _Draft:
    """Work in progress on one article (mutable while cleaning, never leaves this module)."""

    source: Source
    kept: list[Block]
    removed: list[RemovedLine] = field(default_factory=list)
    inferred: dict[str, str] = field(default_factory=dict)

    def remove(self, block: Block, reason: str) -> None:
        self.removed.append(RemovedLine(block.text, reason, block.line))

    def infer(self, key: str, value: str | None) -> None:
        value = (value or "").strip(" ,.;|/-")
        if value and key not in self.inferred:
            self.inferred[key] = value


def boilerplate_reason(line: str) -> str | None:
    """Why a line is boilerplate, or None when it is not."""
    if len(line.split()) > BOILERPLATE_MAX_WORDS:
        return None
    for reason, pattern in _BOILERPLATE:
        if pattern.fullmatch(line):
            return reason
    return None


def _split_authors(author: str) -> tuple[str, str | None]:
    """'Jane Doe, Reuters' -> ('Jane Doe', 'Reuters'): a one-word last part is the outlet."""
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", author) if p.strip()]
    if len(parts) > 1 and len(parts[-1].split()) == 1:
        return ", ".join(parts[:-1]), parts[-1]
    return ", ".join(parts), None


def metadata_reason(line: str, draft: _Draft) -> str | None:
    """Why a line is metadata (filling the draft's inferred fields), or None."""
    if len(line.split()) > BOILERPLATE_MAX_WORDS // 2:
        return None
    for reason, pattern in _METADATA:
        match = pattern.fullmatch(line)
        if match is None:
            continue
        found = match.groupdict()
        if found.get("author"):
            author, outlet = _split_authors(found["author"])
            draft.infer("author", author)
            draft.infer("outlet", outlet)
        draft.infer("outlet", found.get("outlet"))
        if found.get("date"):
            draft.infer("published", parse_date(found["date"]))
        return reason
    return None


def _outlet_clue(line: str) -> str | None:
    for pattern in _OUTLET_CLUES:
        if match := pattern.search(line):
            return match["outlet"].strip()
    return None


def _first_pass(source: Source) -> _Draft:
    draft = _Draft(source, [])
    for block in source.blocks:
        if block.kind == "p" and (reason := boilerplate_reason(block.text)):
            draft.infer("outlet_clue", _outlet_clue(block.text))
            draft.remove(block, reason)
        elif block.kind == "p" and (reason := metadata_reason(block.text, draft)):
            draft.remove(block, reason)
        else:
            draft.kept.append(block)
    return draft


def _remove_repeats(drafts: list[_Draft]) -> None:
    """Remove lines that recur across several articles of one outlet (its page template)."""
    by_outlet: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        outlet = (
            draft.source.meta.outlet
            or draft.inferred.get("outlet")
            or draft.inferred.get("outlet_clue")
        )
        if outlet:
            by_outlet[fold(outlet)].append(draft)
    for outlet_drafts in by_outlet.values():
        if len(outlet_drafts) < REPEAT_MIN_ARTICLES:
            continue
        counts: dict[str, int] = defaultdict(int)
        for draft in outlet_drafts:
            for key in {fold(b.text) for b in draft.kept if len(b.text) >= REPEAT_MIN_CHARS}:
                counts[key] += 1
        for draft in outlet_drafts:
            keep = []
            for block in draft.kept:
                n = counts.get(fold(block.text), 0)
                if n >= REPEAT_MIN_ARTICLES and len(block.text) >= REPEAT_MIN_CHARS:
                    draft.remove(block, f"repeats in {n} articles of the same outlet")
                else:
                    keep.append(block)
            draft.kept = keep


def _ends_open(text: str) -> bool:
    return not text.endswith(TERMINAL)


def is_section_label(text: str) -> bool:
    words = fold(text).split()
    return (
        0 < len(words) <= SECTION_LABEL_MAX_WORDS
        and _ends_open(text)
        and (
            " ".join(words) in patterns.SECTION_LABELS
            or all(w in patterns.SECTION_LABELS for w in words)
        )
    )


def looks_like_heading(text: str) -> bool:
    """A short line without final punctuation whose words are mostly capitalised."""
    words = text.split()
    if not 1 <= len(words) <= HEADING_MAX_WORDS or not _ends_open(text) or text.endswith(","):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    capitalised = sum(1 for w in content if w[0].isupper())
    return bool(content) and (capitalised / len(content) >= 0.6 or len(words) <= 4)


def _find_title(draft: _Draft, given: str | None) -> str | None:
    """The title: given, else the first short unpunctuated line on top; its copies are removed."""
    title = given
    kept = draft.kept
    # Section labels and the title sit on top: look only at the first few lines.
    for block in list(kept[:TOP_LINES]):
        if title is None and is_section_label(block.text) and len(kept) > 1:
            draft.remove(block, "section label")
            kept.remove(block)
            continue
        break
    if title is None and kept:
        first = kept[0]
        words = len(first.text.split())
        title_like = first.kind == "h" or (
            TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS
            and (_ends_open(first.text) or first.text.endswith(("?", "!")))
        )
        if title_like and len(kept) > 1:
            title = first.text
            kept.pop(0)
    if title:
        key = fold(title)
        for block in [b for b in kept[:TOP_LINES] if fold(b.text) == key]:
            draft.remove(block, "duplicate title")
            kept.remove(block)
    return title


def _find_dateline(draft: _Draft) -> str | None:
    """'CITY:' or 'CITY (Agency) -' at the start of the first paragraph, cut from the text."""
    for i, block in enumerate(draft.kept):
        if block.kind != "p":
            continue
        match = patterns.DATELINE.match(block.text)
        if match is None or len(match["place"].split()) > 4:
            return None
        draft.infer("agency", match["agency"])
        draft.kept[i] = replace(block, text=block.text[match.end() :])
        return match["place"].strip(" ,")
    return None


def _mark_headings(blocks: list[Block]) -> list[Block]:
    """Short unpunctuated lines between paragraphs become headings (never summary sentences)."""
    marked = []
    for i, block in enumerate(blocks):
        is_last = i == len(blocks) - 1
        if block.kind == "p" and not is_last and looks_like_heading(block.text):
            block = replace(block, kind="h")
        marked.append(block)
    return marked


def _unique_slugs(ids: Iterable[str]) -> dict[str, str]:
    """A distinct, safe slug per id (a clash gets a numbered suffix, in id order)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for ident in sorted(ids):
        base = slugify(ident, fallback="article")
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        slugs[ident] = slug
    return slugs


def _finish(draft: _Draft, slug: str, default_language: str) -> Article:
    given: Meta = draft.source.meta
    title = _find_title(draft, given.title)
    dateline = _find_dateline(draft)
    blocks = _mark_headings(draft.kept)
    inferred = draft.inferred
    outlet = (
        given.outlet
        or inferred.get("outlet")
        or inferred.get("outlet_clue")
        or inferred.get("agency")
    )
    published = parse_date(given.published) if given.published else inferred.get("published")
    if given.published and published is None:
        log.warning(
            "%s: published date %r is not a date; ignored", draft.source.path, given.published
        )
    removed = tuple(sorted(draft.removed, key=lambda r: (r.number, r.line)))
    return Article(
        id=draft.source.id,
        slug=slug,
        path=draft.source.path,
        title=title,
        outlet=outlet,
        author=given.author or inferred.get("author"),
        published=published,
        dateline=dateline,
        url=given.url,
        language=given.language or default_language,
        blocks=tuple(blocks),
        removed=removed,
    )


def clean(sources: Iterable[Source], default_language: str = "en") -> tuple[Article, ...]:
    """Clean every source; cross-article evidence (repeated template lines) is used too."""
    drafts = [_first_pass(source) for source in sources]
    _remove_repeats(drafts)
    slugs = _unique_slugs(d.source.id for d in drafts)
    articles = []
    for draft in drafts:
        article = _finish(draft, slugs[draft.source.id], default_language)
        if not any(block.kind == "p" for block in article.blocks):
            log.warning(
                "%s: no article text left after removing boilerplate; skipped", article.path
            )
            continue
        articles.append(article)
    return tuple(articles)
