"""Figures in a sentence: percentages, money and counts, with unit and what they measure.

A figure is a quantity of something. Vague amounts ("dozens of", "thousands of") stay words and
are no figures; nor are identifiers ("Flight 214", "Section 2", a phone number, a number in a
link), dimensions of a photo ("5 x 7 inches"), ages in a simile ("20-something"), spans that
place something in time ("six months after", "60 years ago": dates.py reads those), years, days
of the month, times of day and ranks."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from generator.lang.schema import FigureGrammar, LanguageData
from generator.models import FigureMention, Sentence

_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}
# Both figure patterns open with an optional hedge ("about", "more than"...), which the regex
# engine tries at every position: skip sentences where no digit or number word can match.
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


# Each figure of a sentence asks where its ranges, shares, phone numbers and footnote marks
# are: they are found once per sentence (the last few sentences' are kept).
@functools.lru_cache(maxsize=64)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(pattern.finditer(text))


def _about(sentence: str, end: int, start: int, grammar: FigureGrammar) -> str:
    """The noun phrase a figure quantifies: the words right after it ("4,000 rescue workers"),
    else the nouns right before it ("inflation from 6%")."""
    words: list[tuple[str, int]] = []
    for match in _WORD.finditer(sentence, end):
        gap = sentence[end if not words else words[-1][1] : match.start()]
        if any(ch in gap for ch in ',;:()"“”') or match[0].lower() in grammar.phrase_end:
            break
        if match[0].lower() not in grammar.skip_after or words:
            words.append((match[0], match.end()))
        if len(words) == 3:
            break
    if words:
        return " ".join(w for w, _ in words).rstrip(".")
    before = [m[0] for m in _WORD.finditer(sentence[:start])]
    content: list[str] = []
    for word in reversed(before):
        if word.lower() in grammar.skip_after or word.lower() in grammar.phrase_end:
            if content:
                break
            continue
        content.insert(0, word)
        if len(content) == 2:
            break
    return " ".join(content).rstrip(".")


_SCORE_AFTER = re.compile(r"[-–]\d")  # "7-6": a tally, read by factbox.py


# What makes a number no quantity, read from the words around it.
# "Flight 214", "Section 2", "Amendment 64": a number right after a capitalised word names a
# thing (a sentence's first word is capitalised anyway: "Only 12 came").
_NAME_BEFORE = re.compile(r"(?<=[\w,;:] )([A-Z][\w.’'-]*)(?<!['’]s)(?<!s['’]) $")
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
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")


# "the 50 Most Beautiful", "NBC 10 Philadelphia": a number opening a name. A count of a group
# ends with a plural ("33 Senate Democrats"), a name rarely does.
# When the capitalised words qualify a noun after them ("2,000 American troops"), they are no
# name.
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)(?![\w’'-])(?!\s+[A-Za-z])")


def _opens_a_name(after: str, calendar_words: frozenset[str]) -> bool:
    match = _NAME_AFTER.match(after)
    return (
        match is not None
        and not match[1].endswith("s")
        and not calendar_words & set(match[1].lower().split())
    )


def _not_a_quantity(text: str, start: int, end: int, grammar: FigureGrammar) -> bool:
    """Whether the number written at text[start:end] names, links, sizes or dates something
    rather than counting it."""
    before, after = text[:start], text[end:]
    token_start = max(before.rfind(" "), before.rfind("\n")) + 1
    token_end = min((i for i in (after.find(" "), after.find("\n")) if i >= 0), default=len(after))
    token = text[token_start : end + token_end]
    digits = text[start:end].replace(",", "").split(".")[0].lstrip("$€£¥₹₩")
    return bool(
        grammar.identifier_before.search(before)
        or _CODE_TOKEN.search(token)
        or (digits.isdigit() and len(digits) >= IDENTIFIER_DIGITS and "," not in text[start:end])
        or _PART_OF_NAME.match(after)
        or _CLAUSE_NUMBER_BEFORE.search(before)
        or _DIMENSION.match(after)
        or _DIMENSION_BEFORE.search(before)
        or grammar.simile_after.match(after)
        or (grammar.time_span_after.match(after) and not before.endswith(grammar.duration_opener))
        or grammar.street_after.match(after)
        or any(m.start() <= start < m.end() for m in _matches(_PHONE, text))
        or any(m.start() <= start < m.end() for m in _matches(_FOOTNOTE, text))
    )


def _range_around(text: str, start: int, end: int, grammar: FigureGrammar) -> str | None:
    """The range a figure belongs to ("from 25% to 15%", "between 3 and 5"), if any."""
    for match in _matches(grammar.range, text):
        if match.start() <= start and end <= match.end() + 1:
            return match[0].strip()
    return None


def _range_spans_time(text: str, start: int, end: int, grammar: FigureGrammar) -> bool:
    """Whether a number is an end of a range that places something in time."""
    for match in _matches(grammar.range, text):
        if match.start() <= start and end <= match.end() + 1:
            return bool(grammar.time_span_after.match(text, len(match[0].rstrip()) + match.start()))
    return False


def find_figures(sentences: Sequence[Sentence], lang: LanguageData) -> tuple[FigureMention, ...]:
    """Every figure in the sentences, written in the language `lang`; years are dates, not
    figures, and are left out."""
    grammar = lang.figures
    found: list[FigureMention] = []
    for sentence in sentences:
        text = sentence.text
        for match in grammar.figure.finditer(text) if _DIGIT.search(text) else ():
            number = match["number"]
            before = text[max(0, match.start() - 1) : match.start()]
            start = match.start("currency") if match["currency"] else match.start("number")
            if (
                before.isalnum()
                or (before in "-/:" and before)
                or _SCORE_AFTER.match(text, match.end())
                or grammar.ordinal_after.match(text, match.end())
                or grammar.rank_before.search(text[max(0, match.start() - 8) : match.start()])
                or _not_a_quantity(text, start, match.end(), grammar)
            ):
                continue  # inside a word, a code, a score or a time; a rank ("No. 2")
            currency = (match["currency"] or "").lower()
            if not match["percent"] and not currency and _YEAR.fullmatch(number):
                continue
            value = float(number.replace(",", ""))
            if match["scale"]:
                value *= grammar.scales[match["scale"].lower()]
            after = text[match.end() :]
            share = _share_at(text, match.start("number"), match.end("number"), grammar)
            if match["percent"]:
                unit = "%"
            elif currency:
                unit = _CURRENCY[currency]
            elif not match["scale"] and grammar.cents_after.match(after):
                unit, value = "USD", value / 100  # "14 cents"
            elif share is not None:
                unit, value = "%", share  # "nine out of 10": 90%
            else:
                unit = "count"
            if unit == "count" and (
                _opens_a_name(after, lang.calendar.calendar_words)
                or _NAME_BEFORE.search(text, 0, match.start())
            ):
                continue  # "the 50 Most Beautiful", "NBC 10 Philadelphia", "Fox 5"
            if unit == "count" and (
                grammar.month_before.search(text[: match.start()])
                or grammar.month_after.match(after)
            ):
                continue  # a day of the month: dates are read by dates.py
            if unit == "count" and grammar.clock_after.match(after):
                continue
            if unit == "count" and value < 2 and not match["scale"]:
                continue
            if _range_spans_time(text, match.start(), match.end(), grammar):
                continue  # "buried between 3,000 and 1,500 years ago": both ends date it
            about = _about(text, match.end(), match.start(), grammar)
            written = match[0].strip()
            if share is not None and unit == "%" and not match["percent"]:
                written = next(
                    m[0] for m in _matches(grammar.out_of, text) if m.end() == match.end()
                )
            found.append(
                FigureMention(
                    value,
                    unit,
                    about,
                    written,
                    sentence.index,
                    hedge=(match["hedge"] or "").lower() or None,
                    range_text=_range_around(text, match.start(), match.end(), grammar),
                )
            )
        for match in grammar.word_figure.finditer(text) if grammar.number_word.search(text) else ():
            duration = grammar.duration_after.match(text, match.end())
            if (not match["hedge"] and not duration) or _not_a_quantity(
                text, match.start("number"), match.end(), grammar
            ):
                continue  # "two leaders" is prose; "nearly two hundred", "six weeks" are figures
            about = _about(text, match.end(), match.start(), grammar)
            if about:
                value = float(grammar.word_numbers[match["number"].lower()])
                if match["scale"]:
                    value *= grammar.word_scales[match["scale"].lower()]
                hedge = (match["hedge"] or "").lower() or None
                found.append(
                    FigureMention(value, "count", about, match[0].strip(), sentence.index, hedge)
                )
    return tuple(_share_range_about(found))


def _share_at(text: str, start: int, end: int, grammar: FigureGrammar) -> float | None:
    """The percentage a number is the whole of ("nine out of 10": 90.0), if it is one."""
    for match in _matches(grammar.out_of, text):
        if match.start("whole") == start and match.end("whole") == end:
            part = match["part"].lower()
            count = (
                float(grammar.number_words[part]) if part in grammar.number_words else float(part)
            )
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
