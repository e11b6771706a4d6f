"""Text normalisation for every reader: Unicode NFC, invisible characters, spaces, slugs."""

from __future__ import annotations

import functools
import re
import unicodedata

from ftfy import fix_encoding
from ftfy.badness import is_bad

# Characters that carry no visible text: zero-width spaces and joiners, the BOM, the soft hyphen,
# and bidirectional controls (which can also be used to disguise text; see Trojan Source).
INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u180e",
    )
)
# The same, as a pattern: removing them with it is several times faster than str.translate
# with a dict on long texts (a 1 GB export is normalised record by record).
_INVISIBLE = re.compile("[" + "".join(map(chr, INVISIBLE)) + "]")
# Controls, C1 controls and noncharacters: never text, and invalid in YAML and XML.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
# A word (anything between ASCII spaces) or the ASCII spaces between two words. Not any Unicode
# space: the no-break space is the second byte of a misread 'à' ('Ã' and U+00A0), and a word cut
# there is never repaired.
_WORD_OR_SPACE = re.compile(r"[^ \t\n\r\f\v]+|[ \t\n\r\f\v]+")
# Vertical tab, form feed and the information separators break lines.
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u2029]")


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as Latin-1 or Windows-1252, once or more ('MuÃ\x83Â±oz' for
    'Muñoz', 'itâ€™s'), decoded back by ftfy; text that does not show such sequences (ftfy's
    own test, which reads 'SÃO PAULO' or 'Åland' as the words they are) is returned as it is.
    The text must be in NFC: a scraper's NFD splits the 'Ã' of the sequences into two
    characters, and ftfy then finds no sequence to decode. Before control characters go: the
    C1 controls are the middle bytes of the sequences ('\x83'), and where Windows-1252 was read
    as Latin-1 they are its quotation marks and dashes ('\x92' for '’')."""
    return fix_encoding(text) if is_bad(text) else text


def as_written(text: str) -> str:
    """The text as its author wrote it, as far as characters go: every line break a '\n', NFC,
    mojibake repaired (the first steps of `normalise`; invisible characters, controls and
    spacing are still there)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    repaired = repair_mojibake(text)
    # A repaired sequence may be a combining mark ('AÌ\x80'): compose it again.
    return text if repaired is text else unicodedata.normalize("NFC", repaired)


def as_written_with_offsets(raw: str) -> tuple[str, list[int]]:
    """`raw` with its mojibake repaired as `as_written` repairs it, and for each character the
    offset in `raw` of the characters it comes from, for the evaluation tools that place what
    the generator wrote in the raw text of a corpus. Word by word (ftfy gives no alignment): a
    repaired word's characters are spread over the raw word's, its last at the raw word's last."""
    if as_written(raw) == raw:
        return raw, list(range(len(raw)))
    out: list[str] = []
    offsets: list[int] = []
    for match in _WORD_OR_SPACE.finditer(raw):
        word = match[0]
        repaired = word if word.isspace() else as_written(word)
        last = len(repaired) - 1
        for at, char in enumerate(repaired):
            out.append(char)
            within = (
                len(word) - 1 if at == last else min(len(word) - 1, at * len(word) // len(repaired))
            )
            offsets.append(match.start() + within)
    return "".join(out), offsets


# Passes of `normalise` at most: a repair can uncover another sequence ('\xa0Â\x80' leaves
# 'Â€' once its controls go), and the text is read again until nothing changes.
NORMALISE_PASSES = 4


def normalise(text: str) -> str:
    """NFC, mojibake repaired, no invisible or control characters, one space between words,
    Unix line ends; normalised text is normalised for good (normalise(normalise(t)) ==
    normalise(t)), so what is written from an article reads back the same."""
    out = _normalise_once(text)
    # A normalised text changes again only where ftfy's test now finds a sequence.
    for _ in range(NORMALISE_PASSES - 1):
        if not is_bad(out):
            break
        again = _normalise_once(out)
        if again == out:
            break
        out = again
    return out


def _normalise_once(text: str) -> str:
    text = _CONTROL.sub("", _INVISIBLE.sub("", as_written(text)))
    # Every line break left is a '\n', so str.split() takes the runs of horizontal space of a
    # line (any kind: tabs, no-break and ideographic spaces), several times faster than a
    # pattern on long texts.
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


# For plain ASCII text fold() comes down to this: punctuation but the apostrophe to spaces.
_ASCII_FOLD = str.maketrans(
    {
        chr(c): " "
        for c in range(128)
        if not (chr(c).isalnum() or chr(c) in "_'" or chr(c).isspace())
    }
)


# Every combining mark (a nonzero canonical combining class) is at U+0300 or above: only runs
# of such characters need to be looked at one by one (news text is ASCII but for its quotes).
_MAYBE_COMBINING = re.compile("[^\x00-\u02ff]+")
_DASHES = re.compile(r"[-‐‑‒–—―]")
_NOT_WORD = re.compile(r"[^\w\s']")


def _without_combining(run: re.Match[str]) -> str:
    return "".join(ch for ch in run[0] if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)  # called for the same names and lines again and again
def fold(text: str) -> str:
    """A comparison key: case, accents, quotes, dashes and spacing variants made equal."""
    if text.isascii():  # the same key, an order of magnitude faster
        return " ".join(text.translate(_ASCII_FOLD).lower().split())
    text = _MAYBE_COMBINING.sub(_without_combining, unicodedata.normalize("NFKD", text))
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = _NOT_WORD.sub(" ", _DASHES.sub(" ", text))
    return " ".join(text.split())


_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
SLUG_MAX_LENGTH = 60  # long enough to stay readable, short enough for every file system
# Names Windows refuses for files, whatever the extension.
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def slugify(text: str, fallback: str = "item") -> str:
    """A lower-case ASCII slug safe as a file name and URL segment (never empty, never a path)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_UNSAFE.sub("-", ascii_text.lower()).strip("-")[:SLUG_MAX_LENGTH].strip("-")
    if not slug:
        slug = fallback
    if slug in _RESERVED:
        slug = f"{slug}-"[:SLUG_MAX_LENGTH] + "x"
    return slug
