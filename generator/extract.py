"""The article of an HTML page: trafilatura's precise extraction, its default one as a fallback.

With `favor_precision` trafilatura (2.3.1) prunes harder, so it leaves out more of a page's
furniture (titles, standfirsts, promotions, links to other stories), but it also skips the
rescue stages of its default mode: a baseline pass when the text found is shorter than its
MIN_EXTRACTED_SIZE, and a retry in recall mode. On a layout its rules do not know, the precise
mode can find almost nothing. Both modes are run; when the precise text is shorter than that
minimum and the default mode found more, the default text is used.

`deduplicate` is left off: its cache outlives one page, so a page's text would depend on the
pages read before it, and a build would not give the same bytes for the same input.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.text import normalise

# Options of both extractions: comments are never the article; tables are kept, since figures
# often stand in one.
INCLUDE_COMMENTS = False
INCLUDE_TABLES = True


@dataclass(frozen=True)
class Extraction:
    """The article text of a page (one paragraph a line) and the page's metadata."""

    text: str
    metadata: dict[str, Any]


def _lines(text: object) -> list[str]:
    return [line for line in normalise(str(text or "")).split("\n") if line.strip()]


def choose(precise: Sequence[str], default: Sequence[str], min_chars: int) -> list[str]:
    """The precise lines, unless they are shorter than trafilatura's minimum size of an
    extraction (`min_chars`) and the default mode found more."""
    size = len("\n".join(precise))
    if size < min_chars and len("\n".join(default)) > size:
        return list(default)
    return list(precise)


def _as_dict(found: Any) -> dict[str, Any]:
    return found.as_dict() if hasattr(found, "as_dict") else dict(found)


def extract(html: str) -> Extraction | None:
    """The article of a page and its metadata, or None when trafilatura finds no article."""
    import trafilatura  # heavy import, only paid when HTML is read
    from trafilatura.settings import DEFAULT_CONFIG

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=INCLUDE_COMMENTS, include_tables=INCLUDE_TABLES
    )
    if found is None:
        return None
    metadata = _as_dict(found)
    precise_found = trafilatura.bare_extraction(
        html, favor_precision=True, include_comments=INCLUDE_COMMENTS, include_tables=INCLUDE_TABLES
    )
    precise = _lines(_as_dict(precise_found).get("text")) if precise_found is not None else []
    min_chars = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
    lines = choose(precise, _lines(metadata.get("text")), min_chars)
    return Extraction("\n".join(lines), metadata)
