"""Reading written dates ("23rd August 2025", "Aug. 23, 2025", ISO) into ISO strings."""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    rf"|(?P<bare>(?-i:{'|'.join(w.capitalize() for w in WEEKDAYS)}))"
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
# A past event's yearless date may fall this many days after publication (a late edition, a
# time zone); later than that, it was last year.
PAST_SLACK_DAYS = 2
# "Friday, Sept. 14", "Monday, Oct. 28, 2013": a weekday that the date after it pins down.
_DATE_FOLLOWS = re.compile(
    rf",?\s+(?:{_MONTH_WORD}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})", re.I
)
_NAME_AFTER_DATE = re.compile(r" [A-Z][a-z]")
_POSSESSIVE = re.compile(r"['’]s?\b")
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _quoted(text: str, at: int) -> bool:
    """Whether position `at` is inside a quotation: an odd number of quote marks before it, or
    a closing mark after it that no opening mark before it answers (the quotation began in an
    earlier sentence)."""
    if len(_QUOTE_MARKS.findall(text, 0, at)) % 2 == 1:
        return True
    closing, opening = text.find("”", at), text.find("“", at)
    return closing >= 0 and (opening < 0 or closing < opening) and "“" not in text[:at]


# A weekday that is part of a name: "Super Tuesday", "Fox News Sunday", "Black Friday", "the
# Sunday Times", "Good Friday".
_NAME_BEFORE_DAY = re.compile(
    r"(?:(?<=[\w.,;:] )[A-Z][\w’'.-]*|\b(?:Super|Black|Good|Cyber|Ash|Palm|Easter|Bloody|Holy)) $"
)
_NAME_AFTER_DAY = re.compile(r"['’]?s?\s+[A-Z][a-z]")
# "Today" written with a capital inside a sentence is NBC's programme, not a day.
_SHOW_TODAY = re.compile(r"(?<=[\w,;:] )Today\b")


def _month(word: str) -> int:
    return MONTH_NUMBERS.get(word.lower().rstrip("."), 0)


def weekdays_in(text: str) -> set[str]:
    """Weekdays a sentence puts a happening on ("arrived on Friday", "was indicted Thursday"),
    known date or not; not the day something was said ("officials said Tuesday"), a habit
    ("every Friday"), a weekday in a name ("Fox News Sunday") or one a written date pins down."""
    found = set()
    for match in _MENTIONS.finditer(text):
        day = match["wd"] or match["bare"]
        if not day or (match["bare"] and not _weekday_stands_alone(text, match)):
            continue
        if date_kind(text, match.start(), match.end()) in ("report", "modifier"):
            continue
        found.add(day.capitalize())
    return found


def _weekday_stands_alone(text: str, match: re.Match[str]) -> bool:
    """A bare weekday that names a day: not part of a name, not a possessive, not followed by
    the date it falls on."""
    return not (
        _NAME_BEFORE_DAY.search(text, 0, match.start())
        or _NAME_AFTER_DAY.match(text, match.end())
        or _POSSESSIVE.match(text, match.end())
        or _DATE_FOLLOWS.match(text, match.end())
    )


@dataclass(frozen=True)
class Dated:
    """A date written in a sentence: its ISO value and precision, where it is, and what it
    dates (an event, a plan, a deadline, the day something was said, or nothing: a modifier)."""

    iso: str
    precision: str  # "year" | "month" | "week" | "day"
    written: str
    start: int
    end: int
    kind: str = "event"  # "event" | "plan" | "deadline" | "report" | "modifier"


def find_dates(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """(ISO date, precision, text as written) for every date in a sentence.

    Weekdays and yearless dates are resolved against the publication date when it is known
    ("on Friday" in a Saturday paper is the day before); otherwise they are left out.
    """
    return [(d.iso, d.precision, d.written) for d in dates_in(text, published)]


def dates_in(text: str, published: str | None) -> list[Dated]:
    """Every date in a sentence, with what it dates (see `date_kind`)."""
    anchor = day_of(published)
    found: list[Dated] = []
    for match in _MENTIONS.finditer(text):
        written = match[0]
        at = (match.start(), match.end())
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
            if not year_text and _NAME_AFTER_DATE.match(text, match.end()):
                continue  # "the 17 February Brigade": a date in a name
            iso = _valid(year, month, day)
            kind = date_kind(text, *at)
            if iso and anchor and not year_text:
                days = (date.fromisoformat(iso) - anchor).days
                if kind in _AHEAD and days < 0:
                    iso = _valid(year + 1, month, day)  # "until Feb. 8", written in December
                elif kind not in _AHEAD and days > PAST_SLACK_DAYS:
                    iso = _valid(year - 1, month, day)  # "began on Sept. 14", written in May
            if iso:
                found.append(_dated(text, iso, "day", *at))
        elif (match["weekday"] or match["bare"]) and anchor:
            if match["bare"] and not _weekday_stands_alone(text, match):
                continue  # "Super Tuesday", "Wednesday's release", "Friday, Sept. 14"
            if _DATE_FOLLOWS.match(text, match.end()):
                continue  # "Friday, Sept. 14": the written date says which Friday
            day_word = match["wd"] or match["bare"]
            target = WEEKDAYS.index(day_word.lower())
            word = written.split()[0].lower()
            delta = (target - anchor.weekday()) % 7
            kind = date_kind(text, *at)
            if word == "next" or kind in _AHEAD or (kind != "event" and _future(text, at[0])):
                # "will meet the mayor on Monday", "before meeting him on Monday": the coming one.
                resolved = anchor.toordinal() + delta
            else:
                # "on Friday" in news is nearly always the most recent such day (or today).
                resolved = anchor.toordinal() - ((anchor.weekday() - target) % 7)
            dated = _dated(text, date.fromordinal(resolved).isoformat(), "day", *at)
            if dated.kind == "event" and not _past(_clause_around(text, *at)):
                # "the Senate votes Tuesday": with no verb in the past, which Tuesday is meant
                # is not known; the day is kept but dates no event.
                dated = Dated(dated.iso, "day", dated.written, *at, kind="unknown")
            found.append(dated)
        elif match["mo"]:
            month = _month(match["month3"])
            year_text = match["year3"]
            if not month or (match["month3"].lower().rstrip(".") == "may" and not year_text):
                continue  # "may" is a verb far more often than a month
            year = int(year_text) if year_text else (anchor.year if anchor else 0)
            if not year:
                continue
            # "in December" written in March: last December if the clause tells of the past,
            # else the coming one ("facing re-election in November").
            if (
                not year_text
                and anchor
                and month > anchor.month
                and _past(_clause_around(text, *at))
                and date_kind(text, *at) not in _AHEAD
            ):
                year -= 1
            found.append(_dated(text, f"{year:04d}-{month:02d}", "month", *at))
        elif match["yr"]:
            found.append(_dated(text, match["year4"], "year", *at))
        elif match["year5"]:
            # "the 2015 agreement": a year that names a thing, not the day of an event.
            found.append(Dated(match["year5"], "year", written, *at, kind="modifier"))
        elif match["rel"] and anchor:
            if _SHOW_TODAY.match(text, match.start()) or _quoted(text, match.start()):
                continue  # "today" in a quotation is the day the words were spoken
            iso, precision = _relative(match, anchor)
            found.append(_dated(text, iso, precision, *at))
    return found


_AHEAD = ("plan", "deadline")


def _future(text: str, at: int) -> bool:
    """Whether the clause before `at` speaks of what is to come ("will meet", "is due")."""
    clause = _CLAUSE_BREAK.split(text[max(0, at - FUTURE_CUE_CHARS) : at])[-1]
    return bool(_FUTURE_CUE.search(clause))


# How far back a future cue may be from the weekday it puts in the future.
FUTURE_CUE_CHARS = 120
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s[—–-]\s|\bthat\b")
# A deadline: what must happen by a day, or lasts until it.
_DEADLINE_CUE = re.compile(
    r"\b(?:until|till|by|due|deadline|expires?|expiring|no later than|effective)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Words of saying: a date next to one of these is the day something was said, not the day of
# what was said ("officials said on Tuesday"; "in a statement on Thursday").
_REPORT_WORDS = re.compile(
    r"\b(?:said|say|says|saying|told|tell|tells|tweeted|tweet|wrote|writes|added|noted|stressed"
    r"|argued|insisted|insisting|acknowledged|urged|urging|encouraged|asked|warned|claimed|denied"
    r"|explained|stated|declared|posted|conceded|suggested|predicted|vowed|promised|repeated"
    r"|reiterated|complained|criticized|criticised|criticism|blasted|slammed|praised|downplayed"
    r"|responded|replied|recalled|revealed|acknowledging|interview|statement|remarks|speech"
    r"|press conference|news conference|briefing|op-ed"
    r"|reported|reports|reporting|testified|testimony|appeared|appearing|appearance|defended"
    r"|confirmed|confirms|confirming"
    r"|defending|attacked|attack on|accused|accusing|called for|called on|called it|questioned"
    r"|dismissed|echoed|joked|mocked|lashed out|pushed back|hit back|fired back|weighed in"
    r"|spoke|speaking|addressed|addressing|asserted|contended|countered|disputed|doubled down"
    r"|emphasized|emphasised|expressed|indicated|maintained|mentioned|pointed out|proclaimed"
    r"|remarked|signaled|signalled|touted|took aim|took on|took to|continued|debate|rally"
    r"|on Twitter|on Facebook|on television|on TV|news show)\b",
    re.IGNORECASE,
)


# "from 2000 to 2006": a span of years, dated by its start (a term of office, a war).
_RANGE_OF_YEARS = re.compile(
    rf"(?:from|between)\s+(?:\d{{4}}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)\s*(?:-|–|to|and)\s*\d",
    re.I,
)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.I)
# A date after one of these opens or bounds a period, or names a thing ("the budget of 2012"):
# it dates no happening.
_PERIOD_WORDS = frozenset({"since", "from", "between", "of", "to"})


# Verbs in the past that do not end in -ed.
_IRREGULAR_PAST = frozenset(
    """was were had did said told met went came took made gave left ran won lost began sent held
    spoke wrote became brought thought found got saw knew put set led paid sold bought fell rose
    struck chose broke drove flew kept meant stood felt heard hit quit read sat shot spent
    taught threw wore withdrew overtook upheld overturned sought swore fought caught""".split()
)
# Words ending in -ed that are not verbs in the past.
_NOT_PAST = frozenset("need needs speed red bed hundred seed indeed proceed embed shed".split())


def _past(clause: str) -> bool:
    """Whether a clause has a verb in the past tense ("resigned", "met", "was"); an -ed word
    after an article or a possessive is an adjective ("a revised bill")."""
    previous = ""
    for word in re.findall(r"[a-z]+", clause.lower()):
        if word in _IRREGULAR_PAST or (
            len(word) > 4
            and word.endswith("ed")
            and word not in _NOT_PAST
            and previous not in _DETERMINERS
        ):
            return True
        previous = word
    return False


# "promised to pull all troops out by 2014": a deadline set in the past.
_INFINITIVE = re.compile(r"\bto (?-i:[a-z]+)\b(?<!\bto the)(?<!\bto a)(?<!\bto an)")
_DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
_MODAL = re.compile(r"\b(?:will|would|shall|should|must|can|could|may|might|has to|have to)\b")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a date is in; for a date set before its clause ("On Monday, however, the
    senator left"), the clause that follows it."""
    before = _CLAUSE_BREAK.split(text[:start])[-1]
    after = _CLAUSE_BREAK.split(text[end:])[0]
    clause = before + text[start:end] + after
    if len(clause.split()) <= len(text[start:end].split()) + FRONTED_EXTRA_WORDS:
        clause += text[end : end + FRONTED_CLAUSE_CHARS]
    return clause


# A date whose clause has at most this many other words ("On Monday, however,") is set before
# the clause it dates, read up to this many characters on.
FRONTED_EXTRA_WORDS = 2
FRONTED_CLAUSE_CHARS = 150


def date_kind(text: str, start: int, end: int) -> str:
    """What the date written at text[start:end] dates: a "deadline" ("until Friday", "due by
    June 1"), a "plan" (what will or is expected to happen), a "report" (the day something was
    said: "officials said on Tuesday"), a "modifier" (a period, a habit), or an "event" (what
    happened). A date inside a quotation is read within the quotation: "“it passed its last
    inspection in September,” she said" dates the inspection, not her words."""
    if _quoted(text, start):
        opening = max(text.rfind(mark, 0, start) for mark in '"“')
        closing = [i for i in (text.find(mark, end) for mark in '"”') if i >= 0]
        quote_end = min(closing) if closing else len(text)
        text, start, end = text[opening + 1 : quote_end], start - opening - 1, end - opening - 1
    return _kind(text, start, end)


def _kind(text: str, start: int, end: int) -> str:
    words = text[start:end].split()[:1] + text[max(0, start - 12) : start].split()[-1:]
    words = [w.lower() for w in words]
    clause = _clause_around(text, start, end)
    if any(w in ("every", "each") for w in words):
        return "modifier"  # "every Friday": a habit, not a day
    if any(w in ("until", "till", "by") for w in words) or _DEADLINE_CUE.search(text, 0, start):
        # "until Friday", "due by June 1"; but "had raised £1,870 by Thursday" is an event
        past = (
            _past(clause)
            and not _PLAN_CUE.search(clause)
            and not _MODAL.search(clause)
            and not _INFINITIVE.search(clause)
        )
        return "event" if past else "deadline"
    opener = _RANGE_OPENER.search(text, 0, start)
    range_start = opener.start() if opener else start
    if any(w in _PERIOD_WORDS for w in words) and not _RANGE_OF_YEARS.match(text, range_start):
        return "modifier"  # "since 2016", "between June 1 and ...": a baseline or a period
    before = _CLAUSE_BREAK.split(text[max(0, start - FUTURE_CUE_CHARS) : start])[-1]
    if _PLAN_CUE.search(before) or text[start:end].lower().startswith(("next", "tomorrow")):
        return "plan"
    if _REPORT_WORDS.search(clause):
        return "report"
    return "event"


def _dated(text: str, iso: str, precision: str, start: int, end: int) -> Dated:
    return Dated(iso, precision, text[start:end], start, end, date_kind(text, start, end))


# Words that make what a date dates a plan: "will meet on Monday", "is due to vote on June 1".
_PLAN_CUE = re.compile(
    r"\b(?:will|shall|is to|are to|(?:is|are|was|were) due|scheduled|slated|set for|set to"
    r"|expected to|expects? to|plans? to|planning to|planned for|intends? to|upcoming"
    r"|the coming|ahead of|later this|to be held)\b|\bto be \w+(?:ed|en)\b"
    # the present of a scheduled happening: "is meeting on Tuesday", "are in court Monday"
    r"|\b(?:is|are|am)\s+(?:\w+ing|in|on|at)\b(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
# Words that put the weekday that follows them in the future.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|is to|are to|is due|are due|due to|scheduled|expected|set to|plans?|"
    r"planned|before|ahead of|upcoming|later)\b",
    re.IGNORECASE,
)


def _relative(match: re.Match[str], anchor: date) -> tuple[str, str]:
    """ "yesterday", "last week", "two days ago": resolved against the publication day."""
    words = match[0].lower().split()
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}
    if words[0] in shift:
        return date.fromordinal(anchor.toordinal() + shift[words[0]]).isoformat(), "day"
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _COUNT_WORDS[words[0]]
        unit = words[1].rstrip("s")
    else:
        count, unit = {"last": -1, "next": 1, "this": 0}[words[0]], words[1]
        count = -count  # "last week" is one week ago
    if unit == "day":
        return date.fromordinal(anchor.toordinal() - count).isoformat(), "day"
    if unit == "week":
        return date.fromordinal(anchor.toordinal() - 7 * count).isoformat(), "week"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{anchor.year - count:04d}", "year"
