"""Reading written dates ("23rd August 2025", "Aug. 23, 2025", ISO) into ISO strings."""

from __future__ import annotations

import re
from datetime import date, datetime

from generator.patterns import NUMBER_WORDS

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}){_ORDINAL}\s+([a-z]+)\.?,?\s+(\d{{4}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"([a-z]+)\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})", re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The ISO date (or date-time) a written date stands for, or None when it is not one."""
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if len(text) <= 10:
            return parsed.date().isoformat()
        return parsed.isoformat()
    if match := _DAY_MONTH_YEAR.search(text):
        month = MONTH_NUMBERS.get(match[2].lower())
        if month:
            return _valid(int(match[3]), month, int(match[1]))
    if match := _MONTH_DAY_YEAR.search(text):
        month = MONTH_NUMBERS.get(match[1].lower())
        if month:
            return _valid(int(match[3]), month, int(match[2]))
    if match := _NUMERIC.search(text):
        # Day first, as written nearly everywhere but the US; an impossible day-first date
        # (month > 12) is read month first.
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        return _valid(year, second, first) or _valid(year, first, second)
    return None


def day_of(iso: str | None) -> date | None:
    """The calendar day of an ISO date or date-time."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


# --- dates mentioned in article text -------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_COUNT_WORDS = NUMBER_WORDS
_MENTIONS = re.compile(
    rf"\b(?:"
    rf"(?P<md>(?P<month1>{_MONTH_WORD})\s+{_DAY}(?:\s*(?:-|–|to|and)\s*(?P<day_end>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year1>\d{{4}}))?)"
    rf"|(?P<dm>(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_WORD})(?:,?\s+(?P<year2>\d{{4}}))?)"
    rf"|(?P<weekday>(?:on|last|this|next|since|from|by|until)\s+(?P<wd>{'|'.join(WEEKDAYS)}))"
    rf"|(?P<mo>(?:in|since|from|until|by|last|next|early|late|mid-?)\s+(?P<month3>{_MONTH_WORD})(?!\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(?P<year3>\d{{4}}))?)"
    rf"|(?P<yr>(?:in|since|from|until|by|of|to|between)\s+(?P<year4>(?:1[89]|20)\d\d)(?:\s*(?:-|–|to|and)\s*(?P<year_end>(?:1[89]|20)\d\d))?)"
    rf"|(?P<rel>yesterday|today(?!['’])|tomorrow|(?:last|next|this) (?:week|month|year)"
    rf"|(?P<count>\d{{1,2}}|{'|'.join(_COUNT_WORDS)}) (?P<unit>days?|weeks?|months?|years?) ago)"
    rf"|the (?P<year5>(?:19|20)\d\d)(?= [a-z])"
    rf")\b",
    re.IGNORECASE,
)
# Without a year, a month-day is read in the publication year, unless that puts it more than this
# many days after publication: then it was last year ("in December", written in January).
FUTURE_LIMIT_DAYS = 200


def _month(word: str) -> int:
    return MONTH_NUMBERS.get(word.lower().rstrip("."), 0)


_ON_WEEKDAY = re.compile(
    rf"\b(?:on|last|late on|early on)\s+({'|'.join(WEEKDAYS)})\b", re.IGNORECASE
)


def weekdays_in(text: str) -> set[str]:
    """Weekdays a sentence puts something on ("arrived on Friday"), known date or not."""
    return {match[1].capitalize() for match in _ON_WEEKDAY.finditer(text)}


def find_dates(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """(ISO date, precision, text as written) for every date in a sentence.

    Weekdays and yearless dates are resolved against the publication date when it is known
    ("on Friday" in a Saturday paper is the day before); otherwise they are left out.
    """
    anchor = day_of(published)
    found: list[tuple[str, str, str]] = []
    for match in _MENTIONS.finditer(text):
        written = match[0]
        if match["md"] or match["dm"]:
            month = _month(match["month1"] or match["month2"])
            day = int(match["day"] or match["day2"])
            year_text = match["year1"] or match["year2"]
            if not month or not 1 <= day <= 31:
                continue
            if year_text:
                year = int(year_text)
            elif anchor:
                year = anchor.year
                guess = _valid(year, month, day)
                if guess and (date.fromisoformat(guess) - anchor).days > FUTURE_LIMIT_DAYS:
                    year -= 1
            else:
                continue
            iso = _valid(year, month, day)
            if iso:
                found.append((iso, "day", written))
        elif match["weekday"] and anchor:
            target = WEEKDAYS.index(match["wd"].lower())
            word = written.split()[0].lower()
            delta = (target - anchor.weekday()) % 7
            if word in ("next", "until", "by") or _FUTURE_CUE.search(
                text[max(0, match.start() - 80) : match.start()]
            ):
                # "will meet the mayor on Monday", "before meeting him on Monday": the coming one.
                resolved = anchor.toordinal() + delta
            else:
                # "on Friday" in news is nearly always the most recent such day (or today).
                resolved = anchor.toordinal() - ((anchor.weekday() - target) % 7)
            found.append((date.fromordinal(resolved).isoformat(), "day", written))
        elif match["mo"]:
            month = _month(match["month3"])
            year_text = match["year3"]
            if not month or (match["month3"].lower().rstrip(".") == "may" and not year_text):
                continue  # "may" is a verb far more often than a month
            year = int(year_text) if year_text else (anchor.year if anchor else 0)
            if not year:
                continue
            if not year_text and anchor and month > anchor.month + 6:
                year -= 1
            found.append((f"{year:04d}-{month:02d}", "month", written))
        elif match["yr"]:
            found.append((match["year4"], "year", written))
        elif match["year5"]:
            found.append((match["year5"], "year", written))  # "the 2015 agreement"
        elif match["rel"] and anchor:
            found.append(_relative(match, anchor))
    return found


# Words that put the weekday that follows them in the future.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|is to|are to|is due|are due|due to|scheduled|expected|set to|plans?|"
    r"planned|before|ahead of|upcoming|later)\b",
    re.IGNORECASE,
)


def _relative(match: re.Match[str], anchor: date) -> tuple[str, str, str]:
    """ "yesterday", "last week", "two days ago": resolved against the publication day."""
    written = match[0]
    words = written.lower().split()
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}
    if words[0] in shift:
        return date.fromordinal(anchor.toordinal() + shift[words[0]]).isoformat(), "day", written
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _COUNT_WORDS[words[0]]
        unit = words[1].rstrip("s")
    else:
        count, unit = {"last": -1, "next": 1, "this": 0}[words[0]], words[1]
        count = -count  # "last week" is one week ago
    if unit == "day":
        return date.fromordinal(anchor.toordinal() - count).isoformat(), "day", written
    if unit == "week":
        return date.fromordinal(anchor.toordinal() - 7 * count).isoformat(), "week", written
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", written
    return f"{anchor.year - count:04d}", "year", written
