"""Figures in a sentence: percentages, money and counts, with unit and what they measure.

A figure is a quantity of something. Vague amounts ("dozens of", "thousands of") stay words and
are no figures; nor are identifiers ("Flight 214", "Section 2", a phone number, a number in a
link), dimensions of a photo ("5 x 7 inches"), ages in a simile ("20-something"), spans that
place something in time ("six months after", "60 years ago": dates.py reads those), years, days
of the month, times of day and ranks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.models import FigureMention, Sentence
from generator.patterns import NUMBER_WORDS

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}
# Word numbers; a figure only after a hedge ("some two hundred"): "two leaders" is prose.
_WORD_NUMBERS = {word: value for word, value in NUMBER_WORDS.items() if value >= 2}
HEDGES = (
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "at least",
    "at most",
    "more than",
    "over",
    "less than",
    "fewer than",
    "under",
    "up to",
    "an estimated",
    "estimated",
    "close to",
)
_HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?:(?P<currency>US\$|[$€£¥₹₩])\s?)?(?P<number>{_NUMBER})"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|[mb])\b)?"
    rf"(?P<percent>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
_WORD_FIGURE = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?\b(?P<number>{'|'.join(_WORD_NUMBERS)})\b"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion)\b)?(?:\s+of)?",
    re.IGNORECASE,
)
# Both figure patterns open with an optional hedge ("about", "more than"...), which the regex
# engine tries at every position: skip sentences where no digit or number word can match.
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_WORD_NUMBERS)})\b", re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+(?:\d{{1,2}}\s*(?:-|–|to|and)\s*)?$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b", re.IGNORECASE)
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_SKIP_AFTER = frozenset(
    """of the a an and or to in on at for from by with as than percent per cent""".split()
)


_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_PHRASE_END = frozenset(
    """is are was were be been has have had will would could should may might can said says to
    in on at for from by with as than and or but that which who this these those its their
    his her""".split()
)


def _about(sentence: str, end: int, start: int) -> str:
    """The noun phrase a figure quantifies: the words right after it ("4,000 rescue workers"),
    else the nouns right before it ("inflation from 6%")."""
    words: list[tuple[str, int]] = []
    for match in _WORD.finditer(sentence, end):
        gap = sentence[end if not words else words[-1][1] : match.start()]
        if any(ch in gap for ch in ',;:()"“”') or match[0].lower() in _PHRASE_END:
            break
        if match[0].lower() not in _SKIP_AFTER or words:
            words.append((match[0], match.end()))
        if len(words) == 3:
            break
    if words:
        return " ".join(w for w, _ in words).rstrip(".")
    before = [m[0] for m in _WORD.finditer(sentence[:start])]
    content: list[str] = []
    for word in reversed(before):
        if word.lower() in _SKIP_AFTER or word.lower() in _PHRASE_END:
            if content:
                break
            continue
        content.insert(0, word)
        if len(content) == 2:
            break
    return " ".join(content).rstrip(".")


_AMOUNT = (
    rf"(?:[$€£¥₹₩]\s?)?(?:{_NUMBER})\s?(?:%|percent|per cent)?"
    r"(?:\s?(?:thousand|million|billion|trillion))?"
)
# "from 25% to 15%", "between 3 and 5 inches", "10-15%"
_RANGE = re.compile(
    rf"(?:from|between)\s+{_AMOUNT}\s+(?:to|and)\s+{_AMOUNT}"
    rf"|(?:{_NUMBER})\s?(?:-|–|to)\s?(?:{_NUMBER})\s?(?:%|percent|per cent)",
    re.IGNORECASE,
)


_SCORE_AFTER = re.compile(r"[-–]\d")  # "7-6": a tally, read by factbox.py
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s)\b")  # "the 20th film", "the '80s": no counts
_RANK_BEFORE = re.compile(r"\b(?:No|no|Nos|number|Number|[Tt]op|[Rr]anked|[Rr]anks)\.?\s*$")


# What makes a number no quantity, read from the words around it.
# "Flight 214", "Section 2", "Amendment 64": a number right after a capitalised word names a
# thing (a sentence's first word is capitalised anyway: "Only 12 came").
_NAME_BEFORE = re.compile(r"(?<=[\w,;:] )([A-Z][\w.’'-]*)(?<!['’]s)(?<!s['’]) $")
_IDENTIFIER_NOUNS = (
    "flight|section|article|amendment|chapter|title|rule|route|highway|interstate|room|suite"
    "|apartment|gate|platform|bus|model|version|episode|season|volume|page|part|clause"
    "|paragraph|act|bill|proposition|prop|measure|item|exhibit|channel|phase|resolution"
    "|district|ward|precinct|pier|terminal|runway|docket|case|form|schedule|annex|appendix"
)
_IDENTIFIER_BEFORE = re.compile(rf"\b(?:{_IDENTIFIER_NOUNS})\s$", re.IGNORECASE)
# A link, a file name, a form field or a handle: "pid=691976", "feed.swf?id=6".
_CODE_TOKEN = re.compile(r"https?:|www\.|[/=_@?&#]|\.(?:swf|php|html?|jpe?g|png|gif|aspx?)\b")
# Whole numbers this long without separators are identifiers (counts in news have commas).
IDENTIFIER_DIGITS = 7
# "5 x 7 inches", "146 mm x 127 mm", "3c x 5": the size of a picture.
_DIMENSION = re.compile(r"\s?(?:[a-z]{1,3}\s?)?[x×]\s?\d")
_DIMENSION_BEFORE = re.compile(r"\d\s?(?:[a-z]{1,3}\s?)?[x×]\s?$")
# "4-Mec", "2(2)": a number that is part of a name or of a numbered clause.
_PART_OF_NAME = re.compile(r"-[A-Z]|\(\d")
_CLAUSE_NUMBER_BEFORE = re.compile(r"\w\($")
# "20-something", "30-odd": an age or an amount in a simile, never a figure.
_SIMILE_AFTER = re.compile(r"-(?:something|odd|ish)\b", re.IGNORECASE)
# "60 years ago", "six months after the vote": a span that places something in time.
_TIME_SPAN_AFTER = re.compile(
    r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\s+"
    r"(?:ago|after|before|later|earlier|prior|since|from now)\b",
    re.IGNORECASE,
)
_STREET_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.’'-]*){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?"
    r"|Lane|Drive|Place|Way|Square|Court|Terrace|Parkway)\b"
)
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")


# "the 50 Most Beautiful", "NBC 10 Philadelphia": a number opening a name. A count of a group
# ends with a plural ("33 Senate Democrats"), a name rarely does.
# When the capitalised words qualify a noun after them ("2,000 American troops"), they are no
# name.
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)(?![\w’'-])(?!\s+[A-Za-z])")
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december".split()
)


def _opens_a_name(after: str) -> bool:
    match = _NAME_AFTER.match(after)
    return (
        match is not None
        and not match[1].endswith("s")
        and not _CALENDAR_WORDS & set(match[1].lower().split())
    )


def _not_a_quantity(text: str, start: int, end: int) -> bool:
    """Whether the number written at text[start:end] names, links, sizes or dates something
    rather than counting it."""
    before, after = text[:start], text[end:]
    token_start = max(before.rfind(" "), before.rfind("\n")) + 1
    token_end = min((i for i in (after.find(" "), after.find("\n")) if i >= 0), default=len(after))
    token = text[token_start : end + token_end]
    digits = text[start:end].replace(",", "").split(".")[0].lstrip("$€£¥₹₩")
    return bool(
        _IDENTIFIER_BEFORE.search(before)
        or _CODE_TOKEN.search(token)
        or (digits.isdigit() and len(digits) >= IDENTIFIER_DIGITS and "," not in text[start:end])
        or _PART_OF_NAME.match(after)
        or _CLAUSE_NUMBER_BEFORE.search(before)
        or _DIMENSION.match(after)
        or _DIMENSION_BEFORE.search(before)
        or _SIMILE_AFTER.match(after)
        or (_TIME_SPAN_AFTER.match(after) and not before.endswith("for "))
        or _STREET_AFTER.match(after)
        or any(m.start() <= start < m.end() for m in _PHONE.finditer(text))
        or any(m.start() <= start < m.end() for m in _FOOTNOTE.finditer(text))
    )


# "in six weeks", "for three years": a length of time written in words is a quantity.
_DURATION_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b", re.I)
# "14 cents": money in hundredths of the dollar (or euro, pound) named by the word.
_CENTS_AFTER = re.compile(r"\s?(?:cents?|¢)\b", re.IGNORECASE)
# "nine out of 10 winners": a share, read as a percentage.
_OUT_OF = re.compile(
    rf"\b(?P<part>\d+|{'|'.join(NUMBER_WORDS)})\s+(?:out\s+)?of\s+(?:every\s+)?(?P<whole>\d+)\b",
    re.IGNORECASE,
)


def _range_around(text: str, start: int, end: int) -> str | None:
    """The range a figure belongs to ("from 25% to 15%", "between 3 and 5"), if any."""
    for match in _RANGE.finditer(text):
        if match.start() <= start and end <= match.end() + 1:
            return match[0].strip()
    return None


def _range_spans_time(text: str, start: int, end: int) -> bool:
    """Whether a number is an end of a range that places something in time."""
    for match in _RANGE.finditer(text):
        if match.start() <= start and end <= match.end() + 1:
            return bool(_TIME_SPAN_AFTER.match(text, len(match[0].rstrip()) + match.start()))
    return False


def find_figures(sentences: Sequence[Sentence]) -> tuple[FigureMention, ...]:
    """Every figure in the sentences; years are dates, not figures, and are left out."""
    found: list[FigureMention] = []
    for sentence in sentences:
        text = sentence.text
        for match in _FIGURE.finditer(text) if _DIGIT.search(text) else ():
            number = match["number"]
            before = text[max(0, match.start() - 1) : match.start()]
            start = match.start("currency") if match["currency"] else match.start("number")
            if (
                before.isalnum()
                or (before in "-/:" and before)
                or _SCORE_AFTER.match(text, match.end())
                or _ORDINAL_AFTER.match(text, match.end())
                or _RANK_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
                or _not_a_quantity(text, start, match.end())
            ):
                continue  # inside a word, a code, a score or a time; a rank ("No. 2")
            currency = (match["currency"] or "").lower()
            if not match["percent"] and not currency and _YEAR.fullmatch(number):
                continue
            value = float(number.replace(",", ""))
            if match["scale"]:
                value *= _SCALE[match["scale"].lower()]
            after = text[match.end() :]
            share = _share_at(text, match.start("number"), match.end("number"))
            if match["percent"]:
                unit = "%"
            elif currency:
                unit = _CURRENCY[currency]
            elif not match["scale"] and _CENTS_AFTER.match(after):
                unit, value = "USD", value / 100  # "14 cents"
            elif share is not None:
                unit, value = "%", share  # "nine out of 10": 90%
            else:
                unit = "count"
            if unit == "count" and (
                _opens_a_name(after) or _NAME_BEFORE.search(text, 0, match.start())
            ):
                continue  # "the 50 Most Beautiful", "NBC 10 Philadelphia", "Fox 5"
            if unit == "count" and (
                _MONTH_BEFORE.search(text[: match.start()]) or _MONTH_AFTER.match(after)
            ):
                continue  # a day of the month: dates are read by dates.py
            if unit == "count" and re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)", after):
                continue
            if unit == "count" and value < 2 and not match["scale"]:
                continue
            if _range_spans_time(text, match.start(), match.end()):
                continue  # "buried between 3,000 and 1,500 years ago": both ends date it
            about = _about(text, match.end(), match.start())
            written = match[0].strip()
            if share is not None and unit == "%" and not match["percent"]:
                written = next(m[0] for m in _OUT_OF.finditer(text) if m.end() == match.end())
            found.append(
                FigureMention(
                    value,
                    unit,
                    about,
                    written,
                    sentence.index,
                    hedge=(match["hedge"] or "").lower() or None,
                    range_text=_range_around(text, match.start(), match.end()),
                )
            )
        for match in _WORD_FIGURE.finditer(text) if _NUMBER_WORD.search(text) else ():
            duration = _DURATION_AFTER.match(text, match.end())
            if (not match["hedge"] and not duration) or _not_a_quantity(
                text, match.start("number"), match.end()
            ):
                continue  # "two leaders" is prose; "nearly two hundred", "six weeks" are figures
            about = _about(text, match.end(), match.start())
            if about:
                value = float(_WORD_NUMBERS[match["number"].lower()])
                if match["scale"]:
                    value *= {"hundred": 100.0}.get(match["scale"].lower()) or _SCALE[
                        match["scale"].lower()
                    ]
                hedge = (match["hedge"] or "").lower() or None
                found.append(
                    FigureMention(value, "count", about, match[0].strip(), sentence.index, hedge)
                )
    return tuple(_share_range_about(found))


def _share_at(text: str, start: int, end: int) -> float | None:
    """The percentage a number is the whole of ("nine out of 10": 90.0), if it is one."""
    for match in _OUT_OF.finditer(text):
        if match.start("whole") == start and match.end("whole") == end:
            part = match["part"].lower()
            count = float(NUMBER_WORDS[part]) if part in NUMBER_WORDS else float(part)
            whole = float(match["whole"])
            return round(100 * count / whole, 2) if 0 < count <= whole else None
    return None


def _share_range_about(found: list[FigureMention]) -> list[FigureMention]:
    """Both ends of "between 3 and 5 inches" measure what the last end is followed by."""
    last_about = {(f.sentence, f.range_text): f.about for f in found if f.range_text}
    return [
        replace(f, about=last_about[(f.sentence, f.range_text)]) if f.range_text else f
        for f in found
    ]
