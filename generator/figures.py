"""Figures in a sentence: percentages, money and counts, with unit and what they measure."""

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
# Word numbers, and the vague plurals news uses as figures ("dozens of", "hundreds of").
_WORD_NUMBERS = {
    **{word: value for word, value in NUMBER_WORDS.items() if value >= 2},
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
}
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
    rf"(?:(?P<hedge>{_HEDGE})\s+)?\b(?P<number>{'|'.join(_WORD_NUMBERS)})\b(?:\s+of)?",
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
_RANK_BEFORE = re.compile(r"\b(?:No|no|Nos|number|Number)\.?\s*$")


def _range_around(text: str, start: int, end: int) -> str | None:
    """The range a figure belongs to ("from 25% to 15%", "between 3 and 5"), if any."""
    for match in _RANGE.finditer(text):
        if match.start() <= start and end <= match.end() + 1:
            return match[0].strip()
    return None


def find_figures(sentences: Sequence[Sentence]) -> tuple[FigureMention, ...]:
    """Every figure in the sentences; years are dates, not figures, and are left out."""
    found: list[FigureMention] = []
    for sentence in sentences:
        text = sentence.text
        for match in _FIGURE.finditer(text) if _DIGIT.search(text) else ():
            number = match["number"]
            before = text[max(0, match.start() - 1) : match.start()]
            if (
                before.isalnum()
                or (before in "-/:" and before)
                or _SCORE_AFTER.match(text, match.end())
                or _ORDINAL_AFTER.match(text, match.end())
                or _RANK_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
            ):
                continue  # inside a word, a code, a score or a time; a rank ("No. 2")
            currency = (match["currency"] or "").lower()
            if not match["percent"] and not currency and _YEAR.fullmatch(number):
                continue
            value = float(number.replace(",", ""))
            if match["scale"]:
                value *= _SCALE[match["scale"].lower()]
            if match["percent"]:
                unit = "%"
            elif currency:
                unit = _CURRENCY[currency]
            else:
                unit = "count"
            after = text[match.end() :]
            if unit == "count" and (
                _MONTH_BEFORE.search(text[: match.start()]) or _MONTH_AFTER.match(after)
            ):
                continue  # a day of the month: dates are read by dates.py
            if unit == "count" and re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)", after):
                continue
            if unit == "count" and value < 2 and not match["scale"]:
                continue
            about = _about(text, match.end(), match.start())
            found.append(
                FigureMention(
                    value,
                    unit,
                    about,
                    match[0].strip(),
                    sentence.index,
                    hedge=(match["hedge"] or "").lower() or None,
                    range_text=_range_around(text, match.start(), match.end()),
                )
            )
        for match in _WORD_FIGURE.finditer(text) if _NUMBER_WORD.search(text) else ():
            if not match["hedge"] and match["number"].lower() not in (
                "dozens",
                "hundreds",
                "thousands",
            ):
                continue  # "two leaders" is prose; "some two dozen" or "hundreds of" are figures
            about = _about(text, match.end(), match.start())
            if about:
                value = float(_WORD_NUMBERS[match["number"].lower()])
                hedge = (match["hedge"] or "").lower() or None
                found.append(
                    FigureMention(value, "count", about, match[0].strip(), sentence.index, hedge)
                )
    return tuple(_share_range_about(found))


def _share_range_about(found: list[FigureMention]) -> list[FigureMention]:
    """Both ends of "between 3 and 5 inches" measure what the last end is followed by."""
    last_about = {(f.sentence, f.range_text): f.about for f in found if f.range_text}
    return [
        replace(f, about=last_about[(f.sentence, f.range_text)]) if f.range_text else f
        for f in found
    ]
