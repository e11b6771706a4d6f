"""Reading written dates ("16th March 2024", "Mar. 16, 2024", ISO) into ISO strings."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from generator.lang.schema import LanguageData

_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, lang: LanguageData) -> str | None:
    """The ISO date (or date-time) a written date stands for, or None when it is not one; month
    names in the language `lang`."""
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if len(text) <= 10:
            return parsed.date().isoformat()
        return parsed.isoformat()
    if match := lang.dates.day_month_year.search(text):
        month = lang.calendar.month_numbers.get(match[2].lower())
        if month:
            return _valid(int(match[3]), month, int(match[1]))
    if match := lang.dates.month_day_year.search(text):
        month = lang.calendar.month_numbers.get(match[1].lower())
        if month:
            return _valid(int(match[3]), month, int(match[2]))
    if match := _NUMERIC.search(text):
        # Day first, as written nearly everywhere but the US; an impossible day-first date
        # (month > 12) is read month first.
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        return _valid(year, second, first) or _valid(year, first, second)
    return None


# A numeric date of a page's stamp, its parts perhaps spaced out ("05 / 02 / 2013", "2012. 08.
# 08"): the year first (its order is fixed: year, month, day), or last, in four digits or two.
_STAMP_YEAR_FIRST = re.compile(r"\b(\d{4})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{1,2})\b")
_STAMP_YEAR_LAST = re.compile(r"\b(\d{1,2})\s?([/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})\b")
# A two-digit year of a stamp is of this century.
STAMP_CENTURY = 2000


def stamp_date(text: str, lang: LanguageData, month_first: bool = False) -> str | None:
    """The day a page's stamp line gives, or None when it gives none or could mean two days.
    A month written as a word decides the order; in numbers, a year written first fixes it; a
    date with dots is written day first (the US never writes one so); a date with slashes is
    read month first with `month_first` (the stamp's time zone is American), else only when one
    of its numbers cannot be a month ("09/14/2013"). A two-digit year is read only with the
    order fixed by `month_first`."""
    if lang.dates.day_month_year.search(text) or lang.dates.month_day_year.search(text):
        return parse_date(text, lang)
    if match := _STAMP_YEAR_FIRST.search(text):
        return _valid(int(match[1]), int(match[3]), int(match[4]))
    if match := _STAMP_YEAR_LAST.search(text):
        first, separator, second, year = int(match[1]), match[2], int(match[3]), match[4]
        if len(year) == 2 and not month_first:
            return None
        full_year = int(year) + (STAMP_CENTURY if len(year) == 2 else 0)
        if separator == ".":
            return _valid(full_year, second, first)
        if month_first:
            return _valid(full_year, first, second)
        if first > 12 or second > 12:
            return _valid(full_year, second, first) or _valid(full_year, first, second)
        return None
    return parse_date(text, lang)


def reads_as_numeric_date(text: str) -> bool:
    """Whether a line has a date written in numbers, however a stamp spaces it."""
    return bool(_STAMP_YEAR_FIRST.search(text) or _STAMP_YEAR_LAST.search(text))


def day_of(iso: str | None) -> date | None:
    """The calendar day of an ISO date or date-time."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


# --- dates mentioned in article text -------------------------------------------------------------

# Without a year, a month-day is read in the publication year, unless that puts it more than this
# many days after publication: then it was last year ("in December", written in January).
FUTURE_LIMIT_DAYS = 200
# A past event's yearless date may fall this many days after publication (a late edition, a
# time zone), and a plan's this many days before it (written the day before); further off, it
# was last year, or is next year.
PAST_SLACK_DAYS = 2
_NAME_AFTER_DATE = re.compile(r" [A-Z][a-z]")
_POSSESSIVE = re.compile(r"['’]s?\b")
_QUOTE_MARKS = re.compile(r"[\"“”]")


def quoted(text: str, at: int) -> bool:
    """Whether position `at` is inside a quotation: an odd number of quote marks before it, or
    a closing mark after it that no opening mark before it answers (the quotation began in an
    earlier sentence)."""
    if len(_QUOTE_MARKS.findall(text, 0, at)) % 2 == 1:
        return True
    closing, opening = text.find("”", at), text.find("“", at)
    return closing >= 0 and (opening < 0 or closing < opening) and "“" not in text[:at]


_NAME_AFTER_DAY = re.compile(r"['’]?s?\s+[A-Z][a-z]")


def _month(word: str, lang: LanguageData, text: str = "") -> int:
    """The number of the month a word names; 0 when it names none, or when, in a sentence not
    written in capitals, it is not capitalised ("the 9/12 march", "the 12 march"): a month's name
    is."""
    if text and not word[:1].isupper() and not text.isupper():
        return 0
    return lang.calendar.month_numbers.get(word.lower().rstrip("."), 0)


def weekdays_in(text: str, lang: LanguageData) -> set[str]:
    """Weekdays a sentence puts a happening on ("arrived on Friday", "was indicted Thursday"),
    known date or not; not the day something was said ("officials said Tuesday"), a habit
    ("every Friday"), a weekday in a name ("Fox News Sunday") or one a written date pins down."""
    return set(_weekdays_in(text, lang))


# Synthesis asks this of each sentence of a story several times (which sentences may claim a
# day, the days of once-only happenings, each clause compared): kept per text and language.
@functools.lru_cache(maxsize=1 << 16)
def _weekdays_in(text: str, lang: LanguageData) -> frozenset[str]:
    if not lang.dates.weekday_name.search(text):
        return frozenset()  # most sentences: the mentions pattern, slow, would find no weekday
    found = set()
    for match in lang.dates.mentions.finditer(text):
        day = match["wd"] or match["bare"]
        if not day or (match["bare"] and not _weekday_stands_alone(text, match, lang)):
            continue
        if date_kind(text, match.start(), match.end(), lang) in ("report", "modifier"):
            continue
        found.add(day.capitalize())
    return frozenset(found)


def _weekday_stands_alone(text: str, match: re.Match[str], lang: LanguageData) -> bool:
    """A bare weekday that names a day: not part of a name, not a possessive, not followed by
    the date it falls on, not the day a count of time goes back from ("a month ago Thursday")."""
    return not (
        lang.dates.name_before_day.search(text, 0, match.start())
        or _NAME_AFTER_DAY.match(text, match.end())
        or _POSSESSIVE.match(text, match.end())
        or lang.dates.date_follows.match(text, match.end())
        or _word_before(text, match.start()) == lang.dates.ago
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
    # A span's last day, month or year ("from Oct. 16 to Nov. 14", "March 3-9"), ISO; None for
    # a date that is no span's first.
    last: str | None = None


def find_dates(text: str, published: str | None, lang: LanguageData) -> list[tuple[str, str, str]]:
    """(ISO date, precision, text as written) for every date in a sentence.

    Weekdays and yearless dates are resolved against the publication date when it is known
    ("on Friday" in a Saturday paper is the day before); otherwise they are left out.
    """
    return [(d.iso, d.precision, d.written) for d in dates_in(text, published, lang)]


def dates_in(text: str, published: str | None, lang: LanguageData) -> list[Dated]:
    """Every date in a sentence written in the language `lang`, with what it dates (see
    `date_kind`)."""
    anchor = day_of(published)
    found: list[Dated] = []
    grammar = lang.dates
    if grammar.anaphoric_time.search(text):
        # "On Aug. 17 that year": a date without its year is in a year the sentence does not
        # give, and a weekday in a week it does not give.
        anchor = None
    for match in grammar.mentions.finditer(text):
        written = match[0]
        at = (match.start(), match.end())
        if match["md"] or match["dm"]:
            month = _month(match["month1"] or match["month2"], lang, text)
            day = int(match["day"] or match["day2"])
            year_text = match["year1"] or match["year2"]
            if not month or not 1 <= day <= 31:
                continue
            if match["dm"] and not year_text and _NUMBER_AFTER.match(text, match.end()):
                continue  # "the 19 Sept. 11 hijackers": a count before a date, not a day
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
                continue  # "the 9 March Brigade": a date in a name
            iso = _valid(year, month, day)
            kind = date_kind(text, *at, lang)
            last_day = 0
            if match["day_end"] and kind != "modifier":
                link = grammar.ordinal_end.sub("", text[match.end("day") : match.start("day_end")])
                between = grammar.range_opener.search(text, 0, match.start())
                if grammar.span_link.fullmatch(link) or (
                    between is not None
                    and between[0].split()[0].lower() in grammar.span_and_openers
                    and grammar.span_and.fullmatch(link)
                ):
                    # "March 3-9", "between March 3 and 9": a span of days
                    last_day = int(match["day_end"])
                else:
                    # "on May 4 and 5": two days; shown under the first, it would read as a
                    # happening of that day
                    kind = "unknown"
            if iso and anchor and not year_text:
                days = (date.fromisoformat(iso) - anchor).days
                if kind in _AHEAD and days < -PAST_SLACK_DAYS and _reported_future(text, at, lang):
                    # "said they would meet on May 2", in a paper of May 9: whether it happened,
                    # and in which year it was planned, the text does not tell
                    kind = "unknown"
                elif kind in _AHEAD and days < -PAST_SLACK_DAYS:
                    # "until Feb. 8", written in December; but "when they take over on Jan. 5"
                    # in a paper of Jan. 6 was written the day before, not a year ahead
                    ahead = _valid(year + 1, month, day)
                    if ahead and (date.fromisoformat(ahead) - anchor).days > FUTURE_LIMIT_DAYS:
                        # "preferring to wait until after Nov. 5", in a paper of Dec. 3: a day
                        # most of a year ahead is written with its year; without it, the
                        # plan or bound is one of the past, whose happening is not told
                        kind = "unknown"
                    else:
                        iso = ahead
                elif kind not in _AHEAD and days > PAST_SLACK_DAYS:
                    iso = _valid(year - 1, month, day)  # "began on Sept. 14", written in May
            if iso and last_day:
                last = _valid(int(iso[:4]), month, last_day)
                if last is None or last <= iso:
                    kind, last = "unknown", None  # "May 30-2": which month it ends in is a guess
                found.append(Dated(iso, "day", written, *at, kind=kind, last=last))
            elif iso:
                found.append(Dated(iso, "day", written, *at, kind=kind))
        elif (match["weekday"] or match["bare"]) and anchor:
            if match["bare"] and not _weekday_stands_alone(text, match, lang):
                continue  # "Super Tuesday", "Wednesday's release", "Friday, Sept. 14"
            if grammar.date_follows.match(text, match.end()):
                continue  # "Friday, Sept. 14": the written date says which Friday
            day_word = match["wd"] or match["bare"]
            target = lang.calendar.weekdays.index(day_word.lower())
            word = written.split()[0].lower()
            delta = (target - anchor.weekday()) % 7
            if word == grammar.next_word and not delta:
                delta = 7  # "next Sunday" written on a Sunday: a week on, not today
            kind = date_kind(text, *at, lang)
            if kind in _AHEAD and word != grammar.next_word and _reported_future(text, at, lang):
                # "said Tuesday they would meet Thursday", in a paper of Saturday: this week's
                # Thursday, already past, or the next? The text does not tell.
                found.append(
                    Dated(
                        date.fromordinal(anchor.toordinal() + delta).isoformat(),
                        "day",
                        written,
                        *at,
                        kind="unknown",
                    )
                )
                continue
            if (
                word == grammar.next_word
                or kind in _AHEAD
                or (kind != "event" and _future(text, at[0], lang))
            ):
                # "will meet the mayor on Monday", "before meeting him on Monday": the coming one.
                resolved = anchor.toordinal() + delta
            elif word == grammar.last_word and target == anchor.weekday():
                continue  # "last Friday" written on a Friday: today, or a week before?
            else:
                # "on Friday" in news is nearly always the most recent such day (or today).
                resolved = anchor.toordinal() - ((anchor.weekday() - target) % 7)
            found.append(
                _dated(text, date.fromordinal(resolved).isoformat(), "day", *at, lang=lang)
            )
        elif match["mo"]:
            month = _month(match["month3"], lang, text)
            year_text = match["year3"]
            ambiguous = match["month3"].lower().rstrip(".") in grammar.ambiguous_months
            if not month or (ambiguous and not year_text and text.isupper()):
                continue  # "MAY": a verb far more often than a month ("in May" is one)
            year = int(year_text) if year_text else (anchor.year if anchor else 0)
            if not year:
                continue
            shift = None if year_text else grammar.period_shifts.get(written.split()[0].lower())
            if anchor and shift:
                # "next March", "last November": the first such month after, or before, the
                # report's own ("next November" written in November is a year ahead)
                year += shift if (month - anchor.month) * shift <= 0 else 0
            # "in December" written in March: last December if the clause tells of the past,
            # else the coming one ("facing re-election in November").
            elif (
                not year_text
                and anchor
                and month > anchor.month
                and _past(_up_to_subordinate(_clause_around(text, *at, lang), written, lang), lang)
                and date_kind(text, *at, lang) not in _AHEAD
            ):
                year -= 1
            found.append(_dated(text, f"{year:04d}-{month:02d}", "month", *at, lang=lang))
        elif match["yr"]:
            if _names_a_thing_after(text, match.end(), lang):
                # "rose to fame in 1997 film ...", "($50 million in 2005 dollars)": the year
                # names the thing after it, like "the 2015 agreement"
                found.append(Dated(match["year4"], "year", written, *at, kind="modifier"))
                continue
            dated = _dated(text, match["year4"], "year", *at, lang=lang)
            spanned = grammar.range_of_years.match(text, match.start())
            if spanned and match["year_end"] and match["year_end"] > match["year4"]:
                # "from 1998 to 2004", "between 2007 and 2014": a span of years
                dated = replace(dated, last=match["year_end"])
            if (match["year_end"] or grammar.season_tail.match(text, match.end())) and not (
                spanned
            ):
                # "in 1982-83", "in 2012-2013": a season or a span told as one; at which point
                # of it the sentence's news happened, it does not tell ("from 1981-85" is a
                # span, dated by its start)
                dated = replace(dated, kind="unknown")
            found.append(dated)
        elif match["year5"]:
            # "the 2015 agreement": a year that names a thing, not the day of an event.
            found.append(Dated(match["year5"], "year", written, *at, kind="modifier"))
        elif match["rel"] and anchor:
            named = grammar.show_today.match(text, match.start()) and not text.isupper()
            if named or quoted(text, match.start()):
                continue  # "today" in a quotation is the day the words were spoken
            if _word_before(text, match.start()) in grammar.determiners:
                continue  # "over the last week", "in the last year": a period up to now
            iso, precision = _relative(match, anchor, lang)
            if _POSSESSIVE.match(text, match.end()):
                # "last year's election": the date names a thing, like "the 2015 agreement"
                found.append(Dated(iso, precision, written, *at, kind="modifier"))
                continue
            found.append(_dated(text, iso, precision, *at, lang=lang))
    if anchor:
        found = _weekday_spans(found, text, anchor, lang)
    read = []
    for dated in _paired(found, text, lang):
        dated = _coordinated(_told(dated, text, lang), text, lang)
        dated = _bounded(_spanned(dated, text, lang), text, lang)
        quoted_day = _counted_from_now(dated.written, lang) and quoted(text, dated.start)
        if dated.kind != "modifier" and quoted_day:
            # "“We met them on Tuesday,” she said": the Tuesday before the words were spoken,
            # which may not be the report's day; which one, the text does not tell
            dated = replace(dated, kind="unknown")
        read.append(dated)
    return _planned_from_report(read, anchor, lang) if anchor else read


def page_dates(
    text: str, published: str | None, updated_only: bool, lang: LanguageData
) -> list[Dated]:
    """The dates of a sentence of a page dated `published` (see `dates_in`). When that date is
    only a later version's stamp (`updated_only`), a day counted in days from the day the text
    was written ("yesterday", "today", "two days ago") is of a day not known: the update is the
    last day it can be, and a paragraph kept from an earlier version counts from that version's
    day. A weekday stays read: the last such day before an update made within the week is the
    one the first version meant."""
    found = dates_in(text, published, lang)
    if not updated_only:
        return found
    return [
        replace(d, kind="unknown")
        if d.kind != "modifier" and _counted_in_days(d.written, lang)
        else d
        for d in found
    ]


def _counted_in_days(written: str, lang: LanguageData) -> bool:
    """Whether a date is a number of days from the day it is written ("yesterday", "three days
    ago")."""
    words = written.lower().split()
    grammar = lang.dates
    ago_days = (
        len(words) > 1 and words[-1] == grammar.ago and grammar.periods.get(words[1]) == "day"
    )
    return ago_days or any(word in grammar.day_shifts for word in words)


# Between two weekdays, the words that make them one span with no opener before the first
# ("taken Thursday through Monday", "Friday-Sunday"); "to" and "until" need one ("from Monday
# to Wednesday"): "moved the vote Friday to Monday" is no span.
_WEEKDAY_SPAN_LINK = re.compile(r"\s*(?:-|–|through|thru)\s*", re.I)


def _weekday_spans(found: list[Dated], text: str, anchor: date, lang: LanguageData) -> list[Dated]:
    """Two weekdays written as one span ("taken Thursday through Monday", "from Monday to
    Wednesday") read as one date from its first day to its last: each weekday resolved alone
    puts the end in another week than the start ("through Monday" in a Saturday paper would
    be the coming Monday). The span is resolved by tense as a whole: one told in the past ended
    on the last such end day up to the publication day, a plan starts on the next such first
    day. The last weekday dates nothing of its own."""
    spanned = list(found)
    for at in range(len(spanned) - 1):
        first, second = spanned[at], spanned[at + 1]
        if not (_is_weekday(first.written, lang) and _is_weekday(second.written, lang)):
            continue
        link = text[first.end : second.start]
        opener = lang.dates.range_opener.search(text, 0, first.start)
        opened = opener is not None and not text[opener.end() : first.start].strip()
        joined = _WEEKDAY_SPAN_LINK.fullmatch(link) or (
            opened and lang.dates.span_link.fullmatch(link)
        )
        if not joined or first.kind == "modifier":
            continue
        start_day, end_day = (_weekday_of(d.written, lang) for d in (first, second))
        length = (end_day - start_day) % 7 or 7
        if first.kind in _AHEAD:
            start = anchor.toordinal() + (start_day - anchor.weekday()) % 7
        else:
            start = anchor.toordinal() - (anchor.weekday() - end_day) % 7 - length
        spanned[at] = replace(
            first,
            iso=date.fromordinal(start).isoformat(),
            last=date.fromordinal(start + length).isoformat(),
        )
        spanned[at + 1] = replace(second, kind="modifier")
    return spanned


def _is_weekday(written: str, lang: LanguageData) -> bool:
    words = written.lower().split()
    return len(words) == 1 and words[0] in lang.calendar.weekdays


def _weekday_of(written: str, lang: LanguageData) -> int:
    return lang.calendar.weekdays.index(written.lower().split()[-1])


def _paired(found: list[Dated], text: str, lang: LanguageData) -> list[Dated]:
    """The dates of a sentence with each span written as two dates ("from Oct. 16 to Nov.
    14", "from March 2013 until June 2014", "between Oct. 1 and Oct. 5") read as one: its first
    date knows its last (a day or month without its year that falls before the first is in the
    next year), and the last dates nothing of its own (a modifier)."""
    grammar = lang.dates
    paired = list(found)
    for at in range(len(paired) - 1):
        first, second = paired[at], paired[at + 1]
        if first.kind == "modifier" or first.last or second.precision == "week":
            continue
        opener = grammar.range_opener.search(text, 0, first.start)
        opening = (opener[0] if opener else first.written).split()[0].lower()
        if opening not in grammar.span_openers:
            continue
        link = text[first.end : second.start]
        link_word = second.written.split()[0]
        if link_word.lower() in grammar.span_link_words:
            link += link_word
        joined = grammar.span_link.fullmatch(link) or (
            opening in grammar.span_and_openers and grammar.span_and.fullmatch(link)
        )
        if not joined:
            continue
        last = second.iso
        if last <= first.iso[: len(last)] and not _YEAR_WRITTEN.search(second.written):
            last = f"{int(last[:4]) + 1:04d}{last[4:]}"  # "from Dec. 22 through Jan. 25"
        if last <= first.iso[: len(last)]:
            continue
        paired[at] = replace(first, last=last)
        paired[at + 1] = replace(second, kind="modifier")
    return paired


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _spanned(dated: Dated, text: str, lang: LanguageData) -> Dated:
    """A date that opens a span ("will take place from Oct. 16 to Nov. 14", "From 2007 to
    2011, he bought ...") dates a happening that lasts: shown under its first day alone, it
    would read as a happening of that day. A span whose last date is read is shown as a span
    (`last`), unless its clause counts an amount over it; that one, and one whose last is not
    read ("from 1981-85"), get the kind "unknown" (a modifier stays one)."""
    grammar = lang.dates
    clause = _clause_around(text, dated.start, dated.end, lang)
    if (
        dated.kind not in ("modifier", "report")
        and dated.precision in ("year", "month")
        and not _story_day(dated.written, lang)
        and (grammar.share.search(clause) or grammar.amount_before.search(text, 0, dated.end))
    ):
        # "In 2012, 30% of the farms ran at a loss", "grossed $40 million in 2014": the period
        # a share or an amount is counted over, a statistic; what the sentence tells happened
        # on no date of its own
        return replace(dated, kind="unknown")
    if dated.last and grammar.amount.search(clause):
        # "made $4 million between 2003 and 2006", "save $90 billion from 2021 to 2030": the
        # period an amount is counted over, not the time of a happening; what else the
        # sentence dates is then a guess, as beside any date that cannot be placed
        return replace(dated, kind="unknown")
    if dated.kind == "modifier" or dated.last:
        return dated
    opener = grammar.range_opener.search(text, 0, dated.start)
    if grammar.range_of_years.match(text, opener.start() if opener else dated.start):
        return replace(dated, kind="unknown")
    return dated


def _bounded(dated: Dated, text: str, lang: LanguageData) -> Dated:
    """A date right after a word that makes it a bound ("will deliver an update before Oct.
    9", "will wrap up its recess after this week") is not the day of the happening, which the
    text does not tell: its kind becomes "unknown" (a modifier or a report keeps its own)."""
    if dated.kind in ("modifier", "report") or _POSSESSIVE.match(text, dated.end):
        return dated  # "before next Thursday's election": the election is on that day
    if _word_before(text, dated.start) in lang.dates.bound_words:
        return replace(dated, kind="unknown")
    return dated


def _planned_from_report(found: list[Dated], anchor: date, lang: LanguageData) -> list[Dated]:
    """A weekday of a plan told beside the day it was said ("will tour the coast on Tuesday,
    an official said Friday") is the first such day after the saying. When that is not the one
    read from the publication date (the saying was days before it, and its Tuesday already
    past), the sentence was written before its page's date and which day it means is not known:
    its kind becomes "unknown"."""
    weekdays = lang.calendar.weekdays
    said = [
        date.fromisoformat(d.iso)
        for d in found
        if d.kind == "report" and d.precision == "day" and _story_day(d.written, lang)
    ]
    said = [day for day in said if day < anchor]
    if not said:
        return found
    read = []
    for dated in found:
        named = [w for w in dated.written.lower().split() if w in weekdays]
        if dated.kind in _AHEAD and dated.precision == "day" and named:
            target = weekdays.index(named[-1])
            planned = {
                date.fromordinal(day.toordinal() + (target - day.weekday()) % 7) for day in said
            }
            if planned != {date.fromisoformat(dated.iso)}:
                dated = replace(dated, kind="unknown")
        read.append(dated)
    return read


def _coordinated(dated: Dated, text: str, lang: LanguageData) -> Dated:
    """A date joined to another by "and" or "or" ("in 1970 and 1985", "in April and May",
    "tonight or tomorrow") dates no one happening: two of them, a span or a guess. Its kind
    becomes "unknown" (a modifier stays one); "between 1970 and 1985" stays a span."""
    grammar = lang.dates
    if dated.kind == "modifier" or dated.last:
        return dated  # a modifier, or a span ("between Oct. 1 and Oct. 5")
    pair = grammar.year_pair.search(dated.written) and not grammar.range_opener.search(
        text, 0, dated.start
    )
    if (
        pair
        or grammar.coordinated_after.match(text, dated.end)
        or grammar.coordinated_before.search(text[: dated.start])
    ):
        return replace(dated, kind="unknown")
    return dated


def _told(dated: Dated, text: str, lang: LanguageData) -> Dated:
    """A date of an event as its clause tells it: a happening is told in the past ("resigned on
    Friday", "was killed in 2011"); in a clause with no verb in the past ("the Senate votes
    Tuesday", "has sought since the attacks in 2012", "the film is set in 1973", a caption)
    what the date dates is not known, and the date is kept but dates no event. So for a span
    ("from 1882 to 1919": "was mayor", not "have been tense since the occupation"). A date in
    a quotation is read within it. Which week a
    weekday (or "today") is in depends on the tense: it must be told in the past in its own
    clause, not only in a clause near it ("the plan, which passed the council, faces a review on
    Tuesday")."""
    text, start, end = _within_quotation(text, dated.start, dated.end)
    if dated.kind != "event":
        return dated
    told = (
        _governing(text, start, end, lang)
        if _fronted(text, start, end, lang)
        else _clause_around(text[:start], start, start, lang)
    )
    if lang.dates.negated.search(told):
        # "did not return calls Friday", "On Friday, it did not seem likely that ..."
        return replace(dated, kind="unknown")
    grammar = lang.dates
    opener = grammar.range_opener.search(text, 0, start)
    span = grammar.range_of_years.match(text, opener.start() if opener else start)
    if (
        span
        and len(grammar.clause_break.split(text[:start])) > 1
        and not _has_verb(_clause_around(text, start, end, lang), lang)
    ):
        # "Jane Roe, the city's mayor from 1998 to 2004, said ...": a span in an aside
        # without a verb (not one that opens the sentence: "From 2007 to 2011, he bought ...")
        # is a term of office that says who someone is
        return replace(dated, kind="modifier")
    own = _story_day(dated.written, lang)
    if _told_in_past(text, start, end, lang, own_clause=own):
        return dated
    if span and not dated.last:
        return dated  # left to `_spanned`: a span whose end is not read dates nothing
    return replace(dated, kind="unknown")


_AHEAD = ("plan", "deadline")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_WORD_AFTER = re.compile(r",?\s+([A-Za-z]+)\b")
_PART_OF_DAY = re.compile(r"\s+([A-Za-z]+)")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 30) : at].split()
    return words[-1].lower() if words else ""


def _names_a_thing(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether a date stands between an article or a possessive and a noun ("the Friday
    deadline", "a Sept. 14 email", "the Sept. 11 attacks", "the state's March 1 caucuses",
    "Mr. Roe's July 3 party"), or names a part of a day that does
    ("the hasty Sunday evening vote", "Sunday morning's attack"): it names a thing,
    like "the 2015 agreement", and dates no happening of the sentence."""
    part = _PART_OF_DAY.match(text, end)
    if part and part[1].lower() in lang.dates.parts_of_day:
        if _POSSESSIVE.match(text, part.end()):
            return True
        noun = _PART_OF_DAY.match(text, part.end())  # no comma: "Friday night, restoring"
        return bool(
            noun
            and noun[1].islower()
            and noun[1] not in lang.stop_words
            and noun[1] not in lang.dates.day_part_prepositions
            and not noun[1].endswith(lang.dates.past_ending)
        )
    before = _word_before(text, start)
    if before not in lang.dates.noun_determiners and not _POSSESSIVE_WORD.search(before):
        return False
    after = _WORD_AFTER.match(text, end)
    return bool(
        after
        and after[1].islower()
        and after[1] not in lang.stop_words
        and after[1] not in lang.dates.parts_of_day
    )


# A word in the possessive: "Roe's", "the state’s", "the voters'".
_POSSESSIVE_WORD = re.compile(r"\w(?:['’]s|s['’])$")


_WORD_AFTER_YEAR = re.compile(r"\s+([a-z][a-z-]*)\b")


def _names_a_thing_after(text: str, end: int, lang: LanguageData) -> bool:
    """Whether the year that ends at `end` stands before a noun it names ("in 1997 film", "in
    2006 dollars", "in 2012 elections"); not before any other word ("in 2012 apart from")."""
    after = _WORD_AFTER_YEAR.match(text, end)
    return after is not None and after[1] in lang.dates.named_by_year


def _future(text: str, at: int, lang: LanguageData) -> bool:
    """Whether the clause before `at` speaks of what is to come ("will meet", "is due")."""
    clause = lang.dates.clause_break.split(text[max(0, at - FUTURE_CUE_CHARS) : at])[-1]
    return bool(lang.dates.future_cue.search(clause))


# The shortest verb in the past with the regular ending has this many letters and one more
# ("sued", "died"); shorter words ending so are no verbs ("red", "bed").
MIN_REGULAR_PAST = 3
# How far back a future cue may be from the weekday it puts in the future.
FUTURE_CUE_CHARS = 120


def _told_in_past(
    text: str, start: int, end: int, lang: LanguageData, *, own_clause: bool = False
) -> bool:
    """Whether what the date at text[start:end] dates is told in the past ("resigned on
    Friday"); not in a clause with a verb in the present or the future ("is expected", "has
    sought", "will meet"), nor in one that tells the present before the past ("has been leading
    the review, and the letters mailed this week fall under ...", "is scarred by a law passed in
    2010": the date goes with a verb that names a thing)."""
    if own_clause:
        # A weekday's week depends on its own clause's tense, a verb in the past in it ("the
        # county is the first to move -- officials announced a plan Monday").
        return _past(_clause_around(text, start, end, lang), lang)
    clause = _governing(text, start, end, lang)
    present = lang.dates.present_marker.search(clause)
    if not _past(clause, lang) or (present and not _past(clause[: present.start()], lang)):
        return False
    return not _present_last(clause, text, start, lang)


def _present_last(clause: str, text: str, start: int, lang: LanguageData) -> bool:
    """Whether the last verb before a date, in the clause that tells it (when that clause is
    the date's own or comes before it), is in the present or the future: "the coach said the
    players are getting more time this week" tells a state that holds now, not a happening of
    that week, though its clause has a verb in the past before it."""
    at = text.find(clause)
    if at < 0 or at >= start:
        return False
    lead = clause[: start - at]
    markers = list(lang.dates.present_marker.finditer(lead))
    return bool(markers) and not _past(lead[markers[-1].end() :], lang)


def _governing(text: str, start: int, end: int, lang: LanguageData) -> str:
    """The clause whose verb tells what the date at text[start:end] dates: the date's own clause;
    for a phrase with no verb of its own, the nearest clause that has one, the one before it
    first ("was sued by his driver, Tom Reyes, in 2011, alleging ...") unless the phrase opens
    the sentence or a "that" clause ("In a letter on Monday, the lawyer said ...", "said that
    on Sept. 10, the agency had warned ...")."""
    clause = _clause_around(text, start, end, lang)
    if _has_verb(clause, lang) and not _fronted(text, start, end, lang):
        return clause
    masked = _SHORT_ASIDE.sub(lambda aside: " " * len(aside[0]), text)
    cuts = list(lang.dates.clause_break.finditer(masked))
    spans = list(
        zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(text)], strict=True)
    )
    openers = ["", *(c[0].strip().lower() for c in cuts)]
    here = next(i for i, (_, stop) in enumerate(spans) if start < stop or i == len(spans) - 1)
    before = list(range(here - 1, -1, -1))
    after = list(range(here + 1, len(spans)))
    # A phrase that opens the sentence, or opens a "that" clause with its date ("said that on
    # Sept. 10, the agency had warned"), goes with the clause after it.
    opens_complement = openers[here] in lang.dates.complement_openers and not text[
        spans[here][0] : start
    ].strip(" ,").count(" ")
    forward_first = here == 0 or opens_complement
    for i in (after + before) if forward_first else (before + after):
        neighbour = text[spans[i][0] : spans[i][1]]
        first = neighbour.split()[:1]
        relative = (
            # "a newspaper that is the state's largest daily", not "that position was made"
            openers[i] in lang.dates.complement_openers
            and bool(first)
            and _has_verb(first[0], lang)
        ) or lang.dates.subordinator.match(neighbour.strip()) is not None
        if relative:
            continue  # "a newspaper that is the state's largest daily": not the main clause
        if _has_verb(neighbour, lang):
            return neighbour
    return clause


def _has_verb(clause: str, lang: LanguageData) -> bool:
    return bool(
        _past(clause, lang) or lang.dates.present_marker.search(clause) or _reports(clause, lang)
    )


def _past(clause: str, lang: LanguageData) -> bool:
    """Whether a clause has a verb in the past tense ("resigned", "met", "was"); an -ed word
    after an article or a possessive is an adjective ("a revised bill"), one after "has" or
    "have" tells of a past with no day ("has sought"), and one before "by" with no auxiliary is
    a participle ("followed by the council on Friday"), and so is one after "is" or "are" (the
    present: "is widely expected"). A capitalised word is a name ("the Rose Garden")."""
    grammar = lang.dates
    found = list(re.finditer(r"[A-Za-z]+", clause))
    written = [m[0] for m in found]
    # "he's", "they're": what is left after the apostrophe ("re-signed" is no contraction)
    contracted = {
        at
        for at, m in enumerate(found)
        if m.start() > 0 and clause[m.start() - 1] in "'’" and m[0].lower() in grammar.contracted
    }
    words = [w.lower() for w in written]
    for at, word in enumerate(words):
        if written[at][0].isupper() and not clause.isupper():
            continue  # a name ("the Rose Garden"), unless the text is all capitals
        previous = words[at - 1] if at else ""
        following = words[at + 1] if at + 1 < len(words) else ""
        regular = (
            len(word) > MIN_REGULAR_PAST
            and bool(grammar.past_ending)
            and word.endswith(grammar.past_ending)
            and word not in grammar.not_past
            and previous not in grammar.determiners
            and following not in grammar.agent_words
        )
        perfect = (
            previous in grammar.perfect_auxiliaries
            or at - 1 in contracted
            or (
                at > 1
                and words[at - 2] in grammar.perfect_auxiliaries
                and (previous.endswith("ly") or previous in grammar.negations)
            )
        )  # "has sought", "is widely expected", "is not expected"
        if (word in grammar.irregular_past or regular) and not perfect:
            return True
    return False


def _fronted(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether a date is set before its clause among the first words of the sentence ("On
    Monday, however, the senator left")."""
    opening = lang.dates.clause_break.split(text[:start])[-1]
    after = lang.dates.clause_break.split(text[end:])[0]
    words = len((opening + text[start:end] + after).split())
    return (
        len(text[:start].split()) <= FRONTED_EXTRA_WORDS
        and words <= len(text[start:end].split()) + FRONTED_EXTRA_WORDS
    )


def _clause_around(text: str, start: int, end: int, lang: LanguageData) -> str:
    """The clause a date is in; for a date set before its clause at the start of the sentence
    ("On Monday, however, the senator left"), the clause that follows it. A short aside in
    brackets ("Jane Roe (D) announced") does not end a clause."""
    text = _SHORT_ASIDE.sub(lambda aside: " " * len(aside[0]), text)
    opening = lang.dates.clause_break.split(text[:start])
    after = lang.dates.clause_break.split(text[end:])[0]
    clause = opening[-1] + text[start:end] + after
    fronted = len(text[:start].split()) <= FRONTED_EXTRA_WORDS
    if fronted and len(clause.split()) <= len(text[start:end].split()) + FRONTED_EXTRA_WORDS:
        clause += text[end : end + FRONTED_CLAUSE_CHARS]
    return clause


_WORDS_AFTER = re.compile(r"[A-Za-z'’]+")


def _past_relative_after(text: str, end: int, lang: LanguageData) -> bool:
    """Whether a date (and a part of its day) is followed by a relative clause in the past
    ("the crash Sunday night that killed two"): the date is of what that clause tells."""
    words = [w.lower() for w in _WORDS_AFTER.findall(text, end)[:3]]
    if words[:1] and words[0] in lang.dates.parts_of_day:
        words = words[1:]
    return (
        len(words) >= 2
        and (words[0] in lang.dates.complement_openers or words[0] in lang.dates.relative_pronouns)
        and _past(words[1], lang)
    )


def _up_to_subordinate(clause: str, written: str, lang: LanguageData) -> str:
    """A date's clause without the subordinate clause that follows the date in its stretch of
    words ("Remember in November the senators who voted no"): its verbs tell of the noun
    before it, not of the time the date's own clause is in. One set off by a comma ("In
    October, when a seat fell vacant, the governor named ...") leads on to the date's clause."""
    at = clause.find(written)
    if at < 0:
        return clause
    after = at + len(written)
    stretch = clause.find(", ", after)
    opener = lang.dates.subordinator.search(clause, after, stretch if stretch >= 0 else len(clause))
    return clause[: opener.start()] if opener else clause


# "(D)", "(R-Ky.)", "(@user)": an aside too short to be a clause of its own.
_SHORT_ASIDE = re.compile(r"\([^()]{1,12}\)")


# A date among the first words of its sentence, whose clause has at most this many other words
# ("On Monday, however,", "Finally, in December,"), is set before the clause it dates, read up
# to this many characters on.
FRONTED_EXTRA_WORDS = 2
FRONTED_CLAUSE_CHARS = 150


def date_kind(text: str, start: int, end: int, lang: LanguageData) -> str:
    """What the date written at text[start:end] dates: a "deadline" ("until Friday", "due by
    June 1"), a "plan" (what will or is expected to happen), a "report" (the day something was
    said: "officials said on Tuesday"), a "modifier" (a period, a habit), an "event" (what
    happened), or "unknown" (a date in a phrase of its own: "for passing a bill on Tuesday").
    A date inside a quotation is read within the quotation: "“it passed its last inspection in
    September,” she said" dates the inspection, not her words."""
    return _kind(*_within_quotation(text, start, end), lang)


def _within_quotation(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The quotation a date is in, and the date's place in it; the sentence when it is in none."""
    if not quoted(text, start):
        return text, start, end
    opening = max(text.rfind(mark, 0, start) for mark in '"“')
    closing = [i for i in (text.find(mark, end) for mark in '"”') if i >= 0]
    quote_end = min(closing) if closing else len(text)
    return text[opening + 1 : quote_end], start - opening - 1, end - opening - 1


def _kind(text: str, start: int, end: int, lang: LanguageData) -> str:
    grammar = lang.dates
    words = text[start:end].split()[:1] + text[max(0, start - 12) : start].split()[-1:]
    words = [w.lower() for w in words]
    clause = _clause_around(text, start, end, lang)
    if grammar.post_signature.search(text, 0, start):
        return "report"  # "— Name (@user) June 3, 2017": the day a post was written
    if grammar.page_note.match(text):
        return "report"  # "CORRECTION: ... was published early Wednesday": the page's own history
    if grammar.update_stamp.match(text[:start]):
        return "report"  # "UPDATE - Oct. 12, 9:45 a.m.: ...": the day the report was updated
    if any(w in grammar.habit_words for w in words):
        return "modifier"  # "every Friday": a habit, not a day
    if _names_a_thing(text, start, end, lang):
        return "modifier"
    if grammar.picture_after.match(text, end):
        return "modifier"  # "in this Oct. 3, 2012 handout photo": the day a picture was taken
    lead_word = text[start:end].split(maxsplit=1)[0].lower()
    counted = lead_word.isdigit() or lead_word in lang.numbers.words
    if grammar.baseline.search(text, 0, start) and not counted:
        # "six more permits this May than it did in May 2010": a baseline; but "set sail more
        # than two weeks ago" is a count of time back to a happening
        return "modifier"
    if grammar.from_amount.search(text, 0, start):
        return "modifier"  # "climbed to 58% from 41% in 2009": the other side of a change
    cue = next((w for w in words if w in grammar.deadline_words), None)
    if cue is None and (found := grammar.deadline_cue.search(text, 0, start)):
        cue = found[0].split()[0].lower()
    if cue is not None:
        # "until Friday", "due by June 1"; but in a clause in the past, "had raised £1,870 by
        # Thursday" is an event and "stayed until Friday" the end of a period.
        lead = _clause_around(text[:start], start, start, lang)  # the clause up to the date
        past = (
            _past(clause, lang)
            and not grammar.plan_cue.search(clause)
            and not grammar.modal.search(clause)
            and not grammar.infinitive.search(lead)
        )
        if (
            not past
            and cue in grammar.period_end
            and any(
                w in grammar.negations or w.endswith(("n't", "n’t"))
                for w in re.findall(r"[a-z]+(?:['’]t)?", lead.lower())
            )
        ):
            # "will not wait until Friday", "will not vote until Tuesday": what is done
            # before the day, or only on it; nothing lasts until it ("can't agree by Feb. 8"
            # is still due by then)
            return "unknown"
        if not past:
            return "deadline"
        if cue in grammar.period_end:
            return "modifier"
        if cue not in grammar.done_by:
            return "deadline"
        # "By Thursday, the governor clarified ...": dated like any other date of the past
    opener = grammar.range_opener.search(text, 0, start)
    range_start = opener.start() if opener else start
    if any(w in grammar.period_words for w in words) and not grammar.range_of_years.match(
        text, range_start
    ):
        return "modifier"  # "since 2016", "between June 1 and ...": a baseline or a period
    before = grammar.clause_break.split(text[max(0, start - FUTURE_CUE_CHARS) : start])[-1]
    # Words of a quotation the date is not in are the speaker's: "“... the firm will
    # stop ...,” the mayor told reporters Friday" is no plan for Friday.
    before = _outside_quotations(before)
    if grammar.unfulfilled.search(before):
        return "unknown"  # "was supposed to open in April": a plan not carried out
    if grammar.called_off.search(_outside_quotations(text[end:])):
        return "unknown"  # "a rally set for Wednesday has been postponed": it will not be then
    if grammar.gerund_phrase.search(before):
        # "chided the council for approving a budget on Tuesday", "will become law after
        # voting to override Wednesday": the date is in a phrase of its own, which tells
        # neither the tense nor the happening of its clause.
        return "unknown"
    # A clause of its own with its subject and a verb in the past, between a word of a plan
    # and the date ("will meet them Saturday after the visitors beat the hosts Friday"), dates
    # what was done, not the plan; not a relative clause ("elections which are planned for
    # Dec. 15") nor a participle ("as planned on Friday").
    own = list(grammar.subordinator.finditer(before))
    rest = before[own[-1].end() :].split() if own else []
    done = (
        bool(own)
        and own[-1][0].lower() not in grammar.relative_pronouns
        and len(rest) > 1
        and not _past(rest[0], lang)
        and _past(" ".join(rest), lang)
    )
    if not done and (
        grammar.plan_cue.search(before) or text[start:end].lower().startswith(grammar.plan_openers)
    ):
        if _past_relative_after(text, end, lang):
            # "will be charged over the crash Sunday night that killed two": the day of a
            # happening told in the past, which the plan is about; the plan's day is not told
            return "unknown"
        return "plan"
    if _reported_future(text, (start, end), lang):
        return "plan"  # "said they would travel together July 9"
    lead = _clause_around(text[:start], start, start, lang)
    if _reports(clause, lang) or _said_of(text, start, lang) or grammar.source_cue.search(lead):
        return "report"
    if _claim_made(text, start, end, lang) or _spoken_object(text[:start], lang):
        return "report"
    # On the story's own days (a weekday, "yesterday"), what is told is most often what someone
    # said, even outside the date's clause: "Asked about it, he remained adamant on Sunday",
    # "offered a vote of confidence on Tuesday, saying ...", "in a letter Monday to a senator,
    # said ...". An older date recalls a deed and its reasons ("sued the firm in 2009, claiming
    # ..."), and the words said of it ("called for lifting the embargo in 2002"): it keeps its
    # kind.
    if _story_day(text[start:end], lang) and (
        grammar.report_opener.match(text)
        or grammar.report_participle.search(text, end)
        or _reports(_governing(text, start, end, lang), lang)
    ):
        return "report"
    return "event"


# Punctuation and quotation marks around a word.
_WORD_EDGE = ".,;:!?\"'“”‘’"


def _claim_made(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether a date is followed right away by "that" and what was said ("charged in a
    complaint Tuesday that ...", "said in a statement, in May, that ..."), after a word of saying
    or charging in its part of the sentence: the day the words were said. Not "in May that
    year"."""
    grammar = lang.dates
    following = text[end:].lstrip(" ,").split()[:2]
    if not following or following[0].lower() not in grammar.complement_openers:
        return False
    if len(following) > 1 and following[1].strip(_WORD_EDGE).lower() in grammar.time_nouns:
        return False
    lead = _outside_quotations(re.split(r"[;:]\s", text[:start])[-1])
    return _reports(lead, lang) or grammar.claim_verb.search(lead) is not None


# Between a verb and its object noun of speech, at most this many words ("made some such
# comments"); between the noun and the date, at most one ("gave a speech on Monday").
OBJECT_MODIFIERS = 2


def _spoken_object(before: str, lang: LanguageData) -> bool:
    """Whether the words right before a date end with a noun of words said that is the object of
    a verb in the past ("repeated those comments Friday", "had harsh words Sunday", "gave a
    speech on Monday"): the date is the day the words were said. Not a noun after a
    preposition ("angered leaders with his comments on Monday": what angered them is told)."""
    words = [w.strip(_WORD_EDGE) for w in _outside_quotations(before).split()]
    if words and words[-1].lower() in lang.dates.adjunct_openers:
        words.pop()  # "on", "in"
    if not words or words[-1].lower() not in lang.dates.spoken_nouns:
        return False
    for back in range(2, OBJECT_MODIFIERS + 3):
        if back > len(words):
            return False
        word = words[-back]
        if not word[:1].islower():
            return False  # a name: "the Senate's remarks", "Mr. Roe's words"
        if _past(word, lang):
            return True
        if word.lower() in lang.dates.adjunct_openers:
            return False  # "with his comments", "after the speech": a phrase of its own
    return False


def _reported_future(text: str, at: tuple[int, int], lang: LanguageData) -> bool:
    """Whether the date at text[at[0]:at[1]] is a plan told with "would" in its clause before
    it ("announced that they would travel together July 9"), or in the past ("was scheduled
    to begin Monday"), or after "ahead of" in a clause in the past ("spoke ahead of the vote
    on Monday"); not one told with "will"."""
    text, start, _ = _within_quotation(text, *at)
    grammar = lang.dates
    before = grammar.clause_break.split(text[max(0, start - FUTURE_CUE_CHARS) : start])[-1]
    before = _outside_quotations(before)
    ahead = list(grammar.ahead_of.finditer(before))
    if ahead and _past(before[: ahead[-1].start()], lang) and not grammar.modal.search(before):
        # "said ... ahead of his event on Monday": what came after the words may be past by the
        # report's day, or still ahead of it; which day it is, the text does not tell
        return True
    # Only in the date's own clause: in "would be refunded for the weeks lost since the strike
    # started in early March", March dates the start, not what would happen.
    own = list(grammar.subordinator.finditer(before))
    if own:
        before = before[own[-1].end() :]
    if grammar.past_plan.search(before):
        return True  # "was scheduled to begin Monday": a plan told in the past, like "would"
    return bool(grammar.reported_future.search(before)) and not grammar.plan_cue.search(before)


def _reports(clause: str, lang: LanguageData) -> bool:
    """Whether a clause tells of something said; not a word of saying in a phrase of its own
    ("took the mayor's office in 2012 partly by arguing that ...")."""
    for match in lang.dates.report_words.finditer(clause):
        word = match[0].lower()
        if not (
            word.endswith(lang.dates.gerund_ending)
            and _word_before(clause, match.start()) in lang.dates.gerund_prepositions
        ):
            return True
    return False


_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _outside_quotations(text: str) -> str:
    """The words of `text` outside quotations, a quotation whose opening mark is before it
    included (a closing curly mark before any opening one, or an odd straight mark)."""
    closing = text.find("”")
    if closing >= 0 and "“" not in text[:closing]:
        text = text[closing + 1 :]
    if text.count('"') % 2:
        text = text[text.find('"') + 1 :]
    return _QUOTATION.sub(" ", text)


def _said_of(text: str, start: int, lang: LanguageData) -> bool:
    """Whether the date at `start` is in a clause about something said, opened by "that" right
    after a word of saying ("in a radio interview that aired Tuesday night")."""
    cuts = list(lang.dates.clause_break.finditer(text, 0, start))
    if not cuts or cuts[-1][0].strip().lower() not in lang.dates.complement_openers:
        return False
    return bool(lang.dates.report_antecedent.search(text, 0, cuts[-1].start()))


def _counted_from_now(written: str, lang: LanguageData) -> bool:
    """Whether a date is counted from the day it is written or spoken: a weekday, "yesterday",
    "last week", "two months ago"."""
    words = written.lower().split()
    grammar = lang.dates
    return _story_day(written, lang) or (
        bool(words) and (words[0] in grammar.period_shifts or words[-1] == grammar.ago)
    )


def _story_day(written: str, lang: LanguageData) -> bool:
    """Whether a date is a weekday or a day counted from publication ("yesterday")."""
    return any(
        word in lang.calendar.weekday_words or word in lang.dates.day_shifts
        for word in written.lower().split()
    )


def _dated(
    text: str, iso: str, precision: str, start: int, end: int, *, lang: LanguageData
) -> Dated:
    return Dated(iso, precision, text[start:end], start, end, date_kind(text, start, end, lang))


def _relative(match: re.Match[str], anchor: date, lang: LanguageData) -> tuple[str, str]:
    """ "yesterday", "last week", "two days ago": resolved against the publication day."""
    grammar = lang.dates
    words = match[0].lower().split()
    shift = grammar.day_shifts
    if words[0] in shift:
        return date.fromordinal(anchor.toordinal() + shift[words[0]]).isoformat(), "day"
    if words[-1] == grammar.ago:
        count = int(words[0]) if words[0].isdigit() else lang.numbers.words[words[0]]
        unit = grammar.periods[words[1]]
    else:
        count, unit = grammar.period_shifts[words[0]], grammar.periods[words[1]]
        count = -count  # "last week" is one week ago
    if unit == "day":
        return date.fromordinal(anchor.toordinal() - count).isoformat(), "day"
    if unit == "week":
        # The calendar week: "this week" is the one the report is in (from its first day),
        # "last week" the one before, "three weeks ago" the one 21 days back is in.
        day = anchor.toordinal() - 7 * count
        start = day - (date.fromordinal(day).weekday() - grammar.week_start) % 7
        return date.fromordinal(start).isoformat(), "week"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{anchor.year - count:04d}", "year"


def weekday_spans(text: str, lang: LanguageData) -> list[tuple[str, int, int, str]]:
    """Each weekday a sentence writes (not in a name, not pinned by a written date), with where
    it is written and what it dates, as `dates_in` tells it when there is no publication day to
    resolve it against: (weekday, start, end, kind)."""
    if not lang.dates.weekday_name.search(text):
        return []  # most sentences (see _weekdays_in)
    found = []
    for match in lang.dates.mentions.finditer(text):
        day = match["wd"] or match["bare"]
        if not day or (match["bare"] and not _weekday_stands_alone(text, match, lang)):
            continue
        if lang.dates.date_follows.match(text, match.end()):
            continue
        kind = date_kind(text, match.start(), match.end(), lang)
        clause = _clause_around(text, match.start(), match.end(), lang)
        if kind == "event" and not _past(clause, lang):
            kind = "unknown"
        found.append((day.capitalize(), match.start(), match.end(), kind))
    return found
