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


# A word, not letters glued to a number ("12th graders" counts graders, no "th").
_WORD = re.compile(r"(?<!\w)[A-Za-z][\w’'.-]*")


# Each figure of a sentence asks where its ranges, shares, phone numbers and footnote marks
# are: they are found once per sentence (the last few sentences' are kept).
@functools.lru_cache(maxsize=64)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(pattern.finditer(text))


def _about(sentence: str, end: int, start: int, grammar: FigureGrammar) -> str:
    """The noun phrase a figure quantifies: the words right after it ("4,000 rescue workers"),
    else the nouns right before it ("inflation from 6%"), across a comma only when the figure
    closes its clause, as one set beside a noun does ("the highest rate, around 97 percent.")."""
    appositive = bool(_APPOSITIVE_END.match(sentence, end))
    if after := about_after(sentence, end, grammar):
        return after
    first = _NEXT_WORD.match(sentence, end)
    if (
        first
        and _opens_noun_phrase(sentence, end, first[0][: -len(first[1])], first[1], grammar)
        and not _time_phrase(sentence, first.end(), grammar)
    ):
        return ""  # "examined 23 the agency had flagged": what it counts is not written
    if subject := _subject_of_change(sentence, start, grammar):
        return subject
    return _about_before(sentence, start, grammar, appositive)


def _time_phrase(sentence: str, at: int, grammar: FigureGrammar) -> bool:
    """Whether the words after an article at `at` say when ("the following year", "the same
    day"): a phrase of time after a figure, not the noun phrase of another clause."""
    if grammar.duration_after.match(sentence, at):
        return True
    word = _NEXT_WORD.match(sentence, at)
    return bool(word and grammar.duration_after.match(sentence, word.end()))


def _subject_of_change(sentence: str, start: int, grammar: FigureGrammar) -> str:
    """The subject a figure is the new value of ("The death toll has risen to 45": death toll),
    or "" when the subject is a preposition's ("Backing for the levy has slipped to 31%")."""
    change = grammar.subject_before_change.search(sentence, 0, start)
    if not change:
        return ""
    subject = _about_before(sentence, change.start(), grammar, False)
    at = sentence.rfind(subject, 0, change.start()) if subject else -1
    if at < 0 or grammar.preposition_before.search(sentence, 0, at):
        return ""
    return subject


def about_after(sentence: str, end: int, grammar: FigureGrammar) -> str:
    """The words right after a figure that say what it counts ("4,000 rescue workers"), up to
    three, within its phrase; "" when its phrase ends with it ("rose to 16.")."""
    words: list[tuple[str, int]] = []
    # Nor past another number: "a town of around 9,000 about 40 miles north" (but "12 of
    # the 20 people" count people both).
    numbers = [
        m.start()
        for pattern in (grammar.figure, grammar.word_figure)
        for m in _matches(pattern, sentence)
        if m.start() >= end
        and m[0].strip()
        and not _same_noun_between(sentence[end : m.start()], grammar)
    ]
    stop = min(numbers, default=len(sentence))
    if rate := _rate_after(sentence, end, grammar):
        return rate  # "$3 a gallon": per gallon, not gallons
    if grammar.when_after.match(sentence, end):
        return ""  # "$4 million last week": when, not what
    for match in _WORD.finditer(sentence, end, stop):
        gap = sentence[end if not words else words[-1][1] : match.start()]
        word = match[0].lower().rstrip(".")  # "in April.": the full stop is no part of it
        if _ABOUT_GAP.search(gap):
            break
        if word in grammar.possessives and not words:
            continue  # "two million of its customers" counts customers
        if _opens_noun_phrase(sentence, end, gap, word, grammar) and not words:
            break  # "the 23 the auditor flagged": another noun phrase opens
        if words and word in grammar.dangling:
            break  # "two weeks about leaving the firm": the weeks, no more
        if (
            word in grammar.phrase_end
            or word in grammar.label_never_opens
            or grammar.contracted_auxiliary.search(word)
        ):
            break  # "17 times while she slept", "the 3 weeks we've had": another clause
        if word not in grammar.skip_after or words:
            words.append((match[0], match.end()))
        # "goals conceded per match": a rate word takes the word after it along.
        if len(words) > ABOUT_WORDS or (
            len(words) == ABOUT_WORDS and words[-1][0].lower() not in grammar.rate_words
        ):
            break
    while (
        words
        and words[-1][0].lower() not in grammar.rate_words
        and (
            words[-1][0].lower() in grammar.skip_after
            or words[-1][0].lower() in grammar.phrase_stop
            or words[-1][0].lower() in grammar.dangling
        )
    ):
        words.pop()  # "seconds into" (the round), "pounds between" (two years): cut short
    if _participle_closes(sentence, words, grammar):
        words.pop()  # "the 300 mark heading into the final round": the mark
    if words and (rate := _rate_after(sentence, words[-1][1], grammar)):
        words.append((rate, 0))  # "400 litres each hour": a rate, not a quantity of litres
    return " ".join(w for w, _ in words).rstrip(".")


def _participle_closes(sentence: str, words: list[tuple[str, int]], grammar: FigureGrammar) -> bool:
    """Whether the last of a figure's words is a verb's "-ing" form after its noun, going on
    with a preposition ("mark heading into", "people living in"); not after one ("weeks of
    talks in")."""
    if len(words) < 2:
        return False
    last, before = words[-1][0], words[-2][0].lower()
    following = _NEXT_WORD.match(sentence, words[-1][1])
    # Only after a plural its verb's "-ing" form is a verb: "new funding for", "a 12-storey
    # building in" are nouns.
    plural = before in grammar.plural_nouns or (before.endswith("s") and not before.endswith("ss"))
    return bool(
        last.islower()
        and last.endswith(grammar.gerund_endings)
        and plural
        and following
        and following[1].lower() in grammar.phrase_stop
    )


def _opens_noun_phrase(
    sentence: str, end: int, gap: str, word: str, grammar: FigureGrammar
) -> bool:
    """Whether an article right after a figure's number opens a noun phrase of its own ("23
    the auditor flagged"), not one the figure is of ("six of the ledgers")."""
    return (
        gap.isspace()
        and f" {word}" in grammar.articles_before
        and sentence[:end].rsplit(maxsplit=1)[-1].lower() not in grammar.skip_after
    )


def _rate_after(sentence: str, end: int, grammar: FigureGrammar) -> str:
    """The rate a figure is written per, right after it ("per person", "a gallon"), or ""."""
    rate = grammar.rate_after.match(sentence, end)
    if not rate or (rate["rate"] != "per" and rate["unit"] not in grammar.rate_units):
        return ""
    if rate["unit"].endswith(grammar.participle_endings) and (
        noun := _NEXT_WORD.match(sentence, rate.end())
    ):
        return f"{rate[0].strip()} {noun[1]}"  # "per licensed driver"
    return rate[0].strip()


# What ends a clause between two words: what a figure counts is never across it ("in 1,500
# years ago, only 4 were dug up" counts no years; "Press 2 ..., and 3" counts no hackers).
_CLAUSE_GAP = re.compile(r"[,;:()\[\]\"“”—–]|--|\s-\s")
_PHRASE_GAP = re.compile(r"[;:()\[\]\"“”—–]|--|\s-\s")
_APPOSITIVE_END = re.compile(r"\s*(?:[.,;!?)]|$)")
# What ends the phrase after a figure: "$1 million -- critics noted --" counts no critics.
# Words after a figure that say what it counts ("4,000 rescue workers"): more are another
# phrase's.
ABOUT_WORDS = 3
_ABOUT_GAP = re.compile(r"[,;:()\"“”—–]|--|\s-\s")


def _same_noun_between(between: str, grammar: FigureGrammar) -> bool:
    """Whether two numbers count one noun: "12 of the 20 people"."""
    words = between.lower().split()
    return bool(words) and set(words) <= grammar.skip_after


def _about_before(
    sentence: str,
    start: int,
    grammar: FigureGrammar,
    appositive: bool,
    skipped: frozenset[str] = frozenset(),
) -> str:
    """The nouns right before a figure, within its clause ("inflation from 6%"); "" when the
    words there are a date's ("in early May at 44%") or another figure's ("from $410 million in
    2019 to")."""
    modifier = grammar.figure_modifier_before.search(sentence, 0, start)
    nouns = ""
    if modifier:
        nouns = _about_before(sentence, modifier.start(), grammar, appositive, skipped)
    if set(nouns.lower().split()) - grammar.subject_pronouns:
        return nouns  # "backing at a steady 46 percent": backing
    content: list[str] = []
    end = start
    in_date = False
    gap = _PHRASE_GAP if appositive else _CLAUSE_GAP
    for match in reversed(list(_WORD.finditer(sentence, 0, start))):
        if gap.search(sentence, match.end(), end):
            break
        if (
            content
            and content[0].islower()
            and content[0] not in grammar.figure_events
            and _CLAUSE_GAP.search(sentence, match.end(), end)
        ):
            break  # "for the mayor, pulled 70 percent.": a clause's verb, not a set-off noun
        end = match.start()
        word = match[0]
        lower = word.lower()
        if not content and lower in grammar.coordinators:
            break  # "12 were killed and 20 wounded": "killed" is the other number's
        if lower in skipped:
            continue  # "rose 0.3 percentage points to 5.1 percent": no points
        if in_date:
            in_date = lower not in grammar.phrase_stop
            continue  # "Inflation in early March was 3.1 percent": on to the noun
        if not content and lower in grammar.calendar_words:
            if not grammar.auxiliary_before.search(sentence, 0, start):
                return ""  # "level in early May at 44%": when, not what
            in_date = True
            continue
        if lower in grammar.scales or _DIGIT.search(sentence, match.end(), end):
            return ""  # another figure's words: what it counts is not here
        if lower in grammar.skip_after or lower in grammar.phrase_end:
            if content:
                break
            continue
        content.insert(0, word)
        if len(content) == 2:
            if word.islower() and word in grammar.verbs_after_noun:
                content.pop(0)  # "shows Doe at 51 percent": Doe's
            break
    while content and content[-1].lower() in grammar.dangling:
        content.pop()  # "cost between" (a range): what hangs is no part of it
    return " ".join(content).rstrip(".")


def verb_before(sentence: str, start: int, about: str, grammar: FigureGrammar) -> bool:
    """Whether the words a figure is shown with, read before it (`about`, ending before
    `start`), end with a verb's word: a particle ("came out with 27 percent"), a verb's "-ing"
    form after a preposition ("after winning 9"), an adverb after a verb ("slipped slightly to
    31 percent"), a verb of change ("has shrunk by 40,000"), a change from the figure ("a steep
    climb from the 3 percent") or a bare verb ("hopes to win 61 percent", "would shave 2
    percent"). They say what was done, not what the figure counts."""
    word = about.rsplit(maxsplit=1)[-1] if about.strip() else ""
    at = sentence.rfind(word, 0, start) if word else -1
    if at < 0:
        return False
    lower, before = word.lower(), sentence[:at]
    if lower in grammar.particles:
        return True
    previous = _WORD_BEFORE.search(before)
    if (
        lower.endswith(grammar.gerund_endings)
        and previous
        and (previous[1] in grammar.phrase_stop or previous[1] in grammar.dangling)
    ):
        return True  # "after winning 9 or more": what was done
    if lower.endswith(grammar.adverb_endings) and before.rstrip().endswith(
        grammar.participle_endings
    ):
        return True
    if grammar.change_by.match(sentence, at + len(word), start) and grammar.auxiliary_before.search(
        before
    ):
        return True  # "the town has shrunk by 40,000": by how much, not what
    if grammar.change_from.match(sentence, at + len(word), start) and (
        lower.endswith(grammar.participle_endings) or lower in grammar.change_words
    ):
        return True  # "sales climbed from $410 million", "a climb from 3 percent": a start
    return word.islower() and bool(grammar.infinitive_before.search(before))


_SCORE_AFTER = re.compile(r"[-–]\d")  # "7-6": a tally, read by factbox.py
# "2+2", "24/7", "3.1.1": a number joined to another by a sign is part of a sum, a fraction, a
# date or a version, never a count of something. (The second number of "1–3%" or "4–6 hours",
# after its dash, is the end of a range: shown alone it would read as an exact figure.)
_JOINED_AFTER = re.compile(r"\s?[+/]\s?\d|\.\d")  # "odds of 2 / 1" too
_JOINED_BEFORE = "-–/:.+"
# "Jane Roe's 30 Under 30", "the Forbes 30 Under 30": a hedge written in title case inside a
# clause is a word of a name ("More than 200 people" opens a sentence; all capitals shout).
_CLAUSE_GOES_ON = re.compile(r"[\w,;’']\s*$")
# Whole numbers of five digits or more written without separators are catalogue numbers, codes
# or identifiers ("KUVP 129716"): news writes counts that large with commas ("129,716").
IDENTIFIER_DIGITS_BARE = 5
# How far before an amount the one it converts may be written ("2bn yen ($13.4m, £10.5m)").
CONVERSION_REACH = 80
# "2bn yen ($13.4m, £10.5m)", "4,200 meters (13,780 feet)", "2,000 BD (nearly $5,300)": an amount in
# brackets right after another is the same amount converted, not another figure.
_CONVERTED_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:[\s-]?[^\W\d_]+\.?){0,3}\s*\((?:[^()]{0,40}?[,;]\s?)?(?:[a-z]+\s){0,2}$"
)
# A whole sentence in brackets that opens with a label and a colon is a link to another page,
# not the story: "[Photos: Old Harbour with 2 Million Visitors]", "(Read more: 5 questions
# for the new harbour master)".
_LINK_LINE = re.compile(r"^\s*[\[(][^\[\]():]{1,40}:\s[^\[\]()]*[\])][.\s]*$")
# A fraction after a number: "5 ½ days" is 5.5 days.
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_FRACTION_AFTER = re.compile(rf"\s?([{''.join(_FRACTIONS)}])")


# What makes a number no quantity, read from the words around it.
# "Flight 214", "Section 2", "Amendment 64": a number right after a capitalised word names a
# thing (a sentence's first word is capitalised anyway: "Only 12 came").
# "Eastport's Fox 9" too: a possessive before the name still shows it is no sentence's start.
# "iPhone 5", "eBay 2": a word with a capital inside names a thing as well.
# After an opening bracket or quotation mark too: "(KUVP 142200)", "titled “Perfect 10”".
# "the Group of 20 summit", "the Committee of 100": a number after a capitalised noun and "of"
# names the body too.
_NAME_BEFORE = re.compile(
    r"(?:(?<=[\w,;:'’] )|(?<=[(“\"‘]))([A-Z][\w.’'&-]*|[a-z]+[A-Z][\w’'-]*)(?<!['’]s)(?<!s['’])"
    r"(?: of)? $"
)
# "KPIX 5 reporter", "LOCAL 6": an acronym names, wherever it stands.
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}[A-Z\d&]* $")
# A figure quoted alone is a phrase someone used, not a quantity of anything said: the
# “47 percent” (a remark), backed it “1,000 percent”. A quoted count of something ("1.43
# million cables") is a figure; a quoted name ("Perfect 10") is read by _NAME_BEFORE.
_QUOTE_OPENS = re.compile(r"[“\"‘]\s?$")
_QUOTE_CLOSES = re.compile(r"[.,!?]?[”\"’]")
# A link, a file name, a form field or a handle: "pid=691976", "feed.swf?id=6".
_CODE_TOKEN = re.compile(
    r"https?:|www\.|[/=_@?&#]|\.(?:swf|php|html?|jpe?g|png|gif|aspx?|pdf|docx?|xlsx?|txt|zip|mp[34])\b"
)
# Whole numbers this long without separators are identifiers (counts in news have commas).
IDENTIFIER_DIGITS = 7
# "5 x 7 inches", "152 mm x 102 mm", "3c x 5": the size of a picture.
_DIMENSION = re.compile(r"\s?(?:[a-z]{1,3}\s?)?[x×]\s?\d")
_DIMENSION_BEFORE = re.compile(r"\d\s?(?:[a-z]{1,3}\s?)?[x×]\s?$")
# "6 feet 5 inches", "the 6-foot 7-inch center": the inches of a height in feet and inches.
_HEIGHT_BEFORE = re.compile(r"\d[\s-](?:foot|feet)[\s-]+$")
# "4-Mec", "2(2)": a number that is part of a name or of a numbered clause.
# "Code 1624(a)(1)" too: a numbered clause.
_PART_OF_NAME = re.compile(r"-[A-Z]|\(\d|\([a-z]{1,3}\)")
_CLAUSE_NUMBER_BEFORE = re.compile(r"\w\($")
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
# "0800 096 1233", "+44 20 7158 0197": a number opening with a zero and going on in groups.
_PHONE_GROUPS = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?0\d{1,4}\)?(?:[\s.-]\d{2,4}){2,3}\b")
# "options (1) and (2)": a one-digit list marker (after a name it is an age: "Jane Doe (3)").
# "(42, 43, 55)": citations of a paper; "options (1) and (2)": list markers. After a name the
# number in brackets is an age ("Jane Doe (3)"); one number of two or more digits in brackets
# is often a count ("home runs (21)").
_LIST_MARKER = re.compile(r"\(\d\)|\(\d{1,3}(?:\s?[,–-]\s?\d{1,3})+\)")
_NAME_END = re.compile(r"[A-Z][\w’'.-]*\s*$")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
# "140, 000 people", "$300, 000 bond": a number whose thousands comma is followed by a space, as
# some feeds write them; read as two numbers either would be wrong, and which one is meant
# ("1, 300") is a guess: neither is a figure.
_SIGNS_BEFORE = re.compile(r"([~∼≈<≤>≥]{1,2})\s?$")
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:, \d{3})+(?![\d])")
# "... quit, 39 , 40 and ...": footnote numbers of a copied page, their brackets lost.
_FOOTNOTE_LIST = re.compile(r"\d{1,3}(?: , \d{1,3})+(?!\d)")
# Letters glued to the end of a number ("5,250ft", "8chan").
GLUED_LETTERS = re.compile(r"[^\W\d_]+")
# The word after a number.
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


# "the 50 Most Beautiful", "NBC 10 Philadelphia": a number opening a name. A count of a group
# ends with a plural ("33 Senate Democrats"), a name rarely does.
# When the capitalised words qualify a noun after them ("2,000 American troops"), they are no
# name.
# A name may go on with a verb or a preposition ("30 Rock is", "66 Perry for"), which a
# qualifier does not.
_NAME_AFTER = re.compile(
    r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)(?![\w’'-])(?:\s+(?P<next>[A-Za-z]+))?"
)


# "50 Cent's label": a capitalised word in the possessive right after a number is a name.
_NAME_POSSESSIVE_AFTER = re.compile(r"\s+[A-Z][\w-]*['’]s\b")


def _opens_a_name(after: str, lang: LanguageData) -> bool:
    if _NAME_POSSESSIVE_AFTER.match(after):
        return True
    match = _NAME_AFTER.match(after)
    return (
        match is not None
        and not match[1].endswith("s")
        and not lang.calendar.calendar_words & set(match[1].lower().split())
        and (not match["next"] or match["next"] in lang.figures.name_followers)
    )


def _superlative_span(before: str, after: str, grammar: FigureGrammar) -> bool:
    """Whether a length of time is the span a superlative is measured over: "the biggest
    fight in nearly two decades", "in the last 10 years we have been the busiest"."""
    return bool(grammar.span_after.match(after)) and bool(
        grammar.superlative_span_before.search(before)
        or (
            grammar.span_opens_before.search(before)
            and grammar.span_before_superlative.match(after)
        )
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
        or (_HEIGHT_BEFORE.search(before) and re.match(r"[\s-]inch", after))
        or grammar.simile_after.match(after)
        or (grammar.simile_before.search(before) and grammar.age_after.match(after))
        or (grammar.time_span_after.match(after) and not before.endswith(grammar.duration_opener))
        or _names_a_period(before, after, grammar)
        or _superlative_span(before, after, grammar)
        or grammar.street_after.match(after)
        or any(m.start() <= start < m.end() for m in _matches(_PHONE, text))
        or any(m.start() <= start < m.end() for m in _matches(_PHONE_GROUPS, text))
        or any(
            m.start() < start < m.end() and not _NAME_END.search(text, 0, m.start())
            for m in _matches(_LIST_MARKER, text)
        )
        or any(m.start() <= start < m.end() for m in _matches(_FOOTNOTE, text))
        or (_QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(after))
        or any(m.start() <= start < m.end() for m in _matches(_FOOTNOTE_LIST, text))
        or any(m.start() < end and start < m.end() for m in _matches(_SPLIT_THOUSANDS, text))
        or grammar.idiom_before.search(before)
        or grammar.rate_base_before.search(before)  # "2.5 doctors per 1,000 people"
        or grammar.road_after.match(after)
        or grammar.device_size_after.match(after)
        or grammar.age_bound_after.match(after)
        or grammar.mixed_fraction_after.match(after)
    )


def _names_a_period(before: str, after: str, grammar: FigureGrammar) -> bool:
    """Whether a length of time names a part of a time: "the last two weeks of 2019", "the
    first four years of his lease", "in its first 50 days"."""
    opens = grammar.period_of_before.search(before)
    if not opens:
        return False
    if opens["first"] and grammar.duration_after.match(after):
        return True
    return bool(grammar.period_of_after.match(after))


def _range_around(text: str, start: int, end: int, grammar: FigureGrammar) -> str | None:
    """The range a figure belongs to ("from 30% to 12%", "between 3 and 5"), if any."""
    for match in _matches(grammar.range, text):
        if match.start() <= start and end <= match.end() + 1:
            return match[0].strip()
    return None


def _range_end(text: str, match: re.Match[str], grammar: FigureGrammar) -> tuple[str, str] | None:
    """The range a figure is an end of and the hedge that end takes, when the text makes it a
    range: "between 6 and 27 percent", or "38 to 49 months" rising ("54 to 45" is a tally,
    "$6.1 million to $300,000" two sides, "from 60% to 41%" may be a change)."""
    start = match.start("currency") if match["currency"] else match.start("number")
    for found in _matches(grammar.range_to, text):
        if (
            start not in (found.start("low"), found.start("high"))
            or not _rises(found, grammar)
            or not _ends_alike(found)
        ):
            continue
        hedge = grammar.low_end_hedge if start == found.start("low") else grammar.high_end_hedge
        return found[0], hedge
    for found in _matches(grammar.range, text):
        if (
            found[0].lower().startswith(grammar.range_between)
            and found.start() <= match.start()
            and match.end() <= found.end() + 1
        ):
            later = text[match.end() : found.end()].strip()
            return found[0].strip(), grammar.low_end_hedge if later else grammar.high_end_hedge
    return None


def _ends_alike(found: re.Match[str]) -> bool:
    """Whether the two ends of "A to B" can be one quantity's: not a share at one end and money
    at the other ("revenue dipped 1.3 percent to $191 million": a change and where it ended)."""
    money = [found[end][:1] in _CURRENCY for end in ("low", "high")]
    share = [bool(found[f"{end}_share"]) for end in ("low", "high")]
    return not ((share[0] and money[1]) or (money[0] and share[1]))


def _in_tally(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a percentage or a count is a side of a tally, "61% to 33%", "58 to 41" or "45 to
    40 percent" falling (a poll's or a vote's: rising, it is a range); both sides written alike,
    or the unit written once, after the second."""
    start = match.start("number")
    for found in _matches(grammar.range_to, text):
        if start not in (found.start("low"), found.start("high")) or _rises(found, grammar):
            continue
        if _changed_before(text, found.start(), grammar):
            continue  # "Support dropped 48% to 41%": from one value to the next, no tally
        shares = [bool(grammar.percent_after.match(text, found.end(g))) for g in ("low", "high")]
        plain = not any(found[g][:1] in _CURRENCY for g in ("low", "high"))
        alike = shares[0] == shares[1] or shares[1]
        if alike and plain and not found["scale"] and not found["low_scale"]:
            return True
    return False


# How many words before "A to B" a verb of change still governs it ("cut its main rate 5.25%
# to 5%"): its object's words at most.
CHANGE_REACH = 4


def _changed_before(text: str, start: int, grammar: FigureGrammar) -> bool:
    """Whether a verb of change governs the numbers at `start`, within its clause: "Prices
    fell 20% to 10%", "cut its main rate 5.25% to 5%"."""
    clause = _CLAUSE_GAP.split(text[:start])[-1]
    words = [w.lower() for w in _WORD.findall(clause)[-CHANGE_REACH:]]
    return any(w in grammar.change_words for w in words)


def _rises(found: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether the low end of an "A to B" match is below its high end, scales counted."""

    def value(group: str, scale: str | None) -> float:
        number = found[group].lstrip("$€£¥₹₩ ").replace(",", "")
        return float(number) * (grammar.scales[scale.lower()] if scale else 1.0)

    high_scale = found["scale"]
    return value("low", found["low_scale"] or high_scale) < value("high", high_scale)


def _range_spans_time(text: str, start: int, end: int, grammar: FigureGrammar) -> bool:
    """Whether a number is an end of a range that places something in time."""
    for match in _matches(grammar.range, text):
        if match.start() <= start and end <= match.end() + 1:
            return bool(grammar.time_span_after.match(text, len(match[0].rstrip()) + match.start()))
    return False


def find_figures(sentences: Sequence[Sentence], lang: LanguageData) -> tuple[FigureMention, ...]:
    """Every figure in the sentences, written in the language `lang`; years are dates, not
    figures, and are left out."""
    found: list[FigureMention] = []
    previous: Sentence | None = None
    named = _named_numbers(sentences, lang.figures)
    for at, sentence in enumerate(sentences):
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        # "the post-Sept. 11 law" cut after the abbreviation: the number opening the next
        # sentence of the paragraph is the day of that month; "seen by 4. 2m people", a
        # decimal cut at its point, leaves no figure either side of the cut.
        day_first = bool(
            previous
            and _same_paragraph(previous, sentence)
            and (
                lang.figures.month_before.search(previous.text.rstrip() + " ")
                or _cut_decimal(previous, sentence)
            )
        )
        decimal_last = bool(
            following and _same_paragraph(sentence, following) and _cut_decimal(sentence, following)
        )
        previous = sentence
        if _LINK_LINE.match(sentence.text):
            continue  # a link to another page: its numbers are another story's
        if lang.figures.advice_opens.match(sentence.text):
            continue  # "Don't sign anything you will regret for 30 years": no happening
        if _DIGIT.search(sentence.text):
            found += _digit_figures(sentence, lang, day_first, decimal_last, named)
        if lang.figures.number_word.search(sentence.text):
            found += _word_figures(sentence, lang.figures)
    return tuple(_share_range_about(found))


# A run of letters: the word right after a number, without the marks that close it.
_LETTERS = re.compile(r"[^\W\d_]+")


def word_counts(
    sentences: Sequence[Sentence], figures: Sequence[FigureMention], lang: LanguageData
) -> tuple[FigureMention, ...]:
    """Counts written as bare words ("four people", "twenty-four homes"), which find_figures
    leaves as prose ("two leaders"): read only where the noun phrase right after the number
    opens or ends with a plural, is no length of time, and no figure of the sentence holds
    the words. `figures`: those find_figures read in these sentences."""
    grammar = lang.figures
    found = []
    for sentence in sentences:
        text = sentence.text
        if not grammar.number_word.search(text):
            continue
        taken = [
            (at, at + len(f.text))
            for f in figures
            if f.sentence == sentence.index and (at := text.find(f.text)) >= 0
        ]
        for match in grammar.bare_word_count.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            about = about_after(text, match.end(), grammar)
            words = about.lower().split()
            following = _LETTERS.search(text, match.end())
            if not words or following is None or following[0].lower() != words[0]:
                continue  # "two of the men": a part, which the words between tell
            if not any(_plural(w, grammar) for w in words[:1] + words[-1:]):
                continue  # "two were", "two main": no noun counted
            if grammar.duration_after.match(text, match.end()):
                continue  # "two years": a span of time, which dates.py reads
            value = grammar.word_numbers[match["number"].lower()]
            if match["tens"]:
                value += grammar.word_numbers[match["tens"].lower()]
            found.append(
                FigureMention(float(value), "count", about, match[0], sentence.index, None)
            )
    return tuple(found)


def _plural(word: str, grammar: FigureGrammar) -> bool:
    """Whether a lower-case noun is plural: one of the language's plurals without an "s", or
    ending in one ("homes"), not in two ("glass")."""
    return word in grammar.plural_nouns or (
        word.isalpha() and word.endswith("s") and not word.endswith("ss")
    )


# A whole number of two digits or more, as an article may write a name with it.
_NAME_NUMBER = re.compile(r"(?<![\w.,$€£¥₹₩])\d{2,}(?![\w.,]?\d)")


def _named_numbers(sentences: Sequence[Sentence], grammar: FigureGrammar) -> frozenset[str]:
    """The numbers an article writes as names of things: after a noun that numbers them
    ("Proposition 37", "Amendment 64") or as a house number ("64 Maple St."). Two digits at
    least: "page 3" and "3 people" meet too often to say one is the other."""
    named = set()
    for sentence in sentences:
        text = sentence.text
        for match in _NAME_NUMBER.finditer(text):
            if grammar.identifier_before.search(
                text, 0, match.start()
            ) or grammar.street_after.match(text, match.end()):
                named.add(match[0])
    return frozenset(named)


def _names_again(
    text: str, match: re.Match[str], named: frozenset[str], grammar: FigureGrammar
) -> bool:
    """Whether a bare count is a number the article names a thing with, written again
    without its noun: "a close look at 37", "the No on 37 campaign", "64 and 66 Maple" in an
    article about Proposition 37 or 64 Maple St. A count of things is followed by what it
    counts, a plural ("37 voters"); an age is set off after a name ("Jane Doe, 37,")."""
    if match["number"] not in named or match["hedge"] or match["currency"] or match["scale"]:
        return False
    if text[: match.start()].rstrip().endswith((",", "(")):
        return False  # "Jane Doe, 37," or "Jane Doe (37)": an age
    noun = _NEXT_WORD.match(text, match.end())
    word = noun[1] if noun else ""
    plural = word.islower() and (
        word in grammar.plural_nouns or (word.endswith("s") and not word.endswith("ss"))
    )
    return not plural and not re.match(r"\s?-\s?[a-z]", text[match.end() :])


_DECIMAL_HEAD = re.compile(r"\d\.$")
_DECIMAL_TAIL = re.compile(r"\d")


def _same_paragraph(a: Sentence, b: Sentence) -> bool:
    return (a.article, a.paragraph) == (b.article, b.paragraph)


def _cut_decimal(sentence: Sentence, following: Sentence) -> bool:
    """Whether a decimal was cut at its point between two sentences: one ends with a digit and
    its full stop, the next opens with a digit ("watched by 6." and "1m people ...")."""
    return bool(
        _DECIMAL_HEAD.search(sentence.text.rstrip()) and _DECIMAL_TAIL.match(following.text)
    )


def _digit_figures(
    sentence: Sentence,
    lang: LanguageData,
    day_first: bool = False,
    decimal_last: bool = False,
    named: frozenset[str] = frozenset(),
) -> list[FigureMention]:
    """The figures of a sentence written in digits ("$3.5 billion", "about 4,000", "12%");
    with `day_first`, the number opening it is a day of the month the last sentence ended with
    or the decimals of a number it ended with; with `decimal_last`, the number closing it is
    the whole part of a number the next sentence goes on with."""
    grammar = lang.figures
    text = sentence.text
    found: list[FigureMention] = []
    for match in grammar.figure.finditer(text):
        if day_first and not text[: match.start()].strip():
            continue
        if decimal_last and not text[match.end() :].strip(" ."):
            continue
        if _written_as_no_quantity(text, match, grammar):
            continue
        value, unit = _value_and_unit(text, match, grammar)
        if unit == "count" and _count_is_no_quantity(text, match, value, lang):
            continue
        if unit == "count" and _names_again(text, match, named, grammar):
            continue  # "take a close look at 37" in an article about Proposition 37
        if unit == "%" and _intensifier(text, match, value, grammar):
            continue  # "100 percent wrong"
        if _range_spans_time(text, match.start(), match.end(), grammar):
            continue  # "built between 2,000 and 1,200 years ago": both ends date it
        hedge_after = grammar.hedge_after.match(text, match.end())
        end = hedge_after.end() if hedge_after else match.end()
        if plus := grammar.plus_after.match(text, match.end()):
            end = plus.end()  # "60-plus votes": at least 60 votes
            if not match["scale"] and (scale := grammar.scale_after.match(text, end)):
                value *= grammar.scales[scale["scale"].lower()]  # "$9-plus billion"
                end = scale.end()
            if unit == "count" and (percent := grammar.percent_after.match(text, end)):
                unit = "%"  # "90-plus percent"
                end = percent.end()
        about = _about(text, end, match.start(), grammar)
        if unit == "%" and grammar.point_words & set(about.lower().split()):
            # "joblessness rose 0.3 percentage points to 5.1 percent": 5.1% is of joblessness
            about = _about_before(text, match.start(), grammar, False, grammar.point_words)
        # "$2 billion in tax breaks", "90 thousand dollars in aid": what the money is of
        money = grammar.currency_after.match(text, end) if unit not in ("count", "%") else None
        if unit not in ("count", "%") and (
            of := grammar.amount_of.match(text, money.end() if money else end)
        ):
            about = about_after(text, of.end(), grammar) or about
        about = _whole_or_rate(text, match, end, about, lang)
        if grammar.compared_before.search(text, 0, match.start()) and not about_after(
            text, end, grammar
        ):
            about = _compared_about(found, unit, lang) or about
        if unit in ("%", "count") and _in_tally(text, match, grammar):
            about = ""  # "leads Doe 61% to 33%", "a vote of 58 to 41": which side is whose?
        if unit != "count" and about.lower() in grammar.measure_units:
            about = ""  # "that month was 48%": when, not what
        if unit == "count" and subset_of_count(text, match.start(), lang):
            about = _subset_about(text, end, grammar) or about
        written = match[0].strip()
        hedge = match["hedge"] or ""
        if unit == "count" and _bounds_noun_before(text, match, end, lang):
            about = ""  # "a victim under 12": an age bound, no count of victims
        if hedge and _hedge_is_preposition(text, match, grammar):
            hedge = ""  # "handed over 300 emails": 300, not more than 300
            written = text[
                match.start("currency")
                if match["currency"]
                else match.start("number") : match.end()
            ].strip()
        if unit == "%" and not match["percent"] and (share := _share_match(text, match, grammar)):
            written = share[0]
        if hedge and not _hedge_bounds(text, match, grammar):
            hedge = ""  # "anything less than $4.2 billion", "$5 trillion over 10 years"
            written = text[
                match.start("currency")
                if match["currency"]
                else match.start("number") : match.end()
            ].strip()
        hedge = (
            hedge
            or (grammar.low_end_hedge if plus else "")
            or _after_hedge(hedge_after, grammar, text, match.end())
            or _sign_hedge(text, match, grammar)
            or _article_hedge(text, match, unit, grammar)
        )
        range_text = _range_around(text, match.start(), match.end(), grammar)
        if or_range := _or_range_end(text, match, grammar):
            if or_range == grammar.low_end_hedge:
                continue  # "30 or 40 members": the low end of a guess is no figure
            hedge = hedge or or_range
        if end_of := _range_end(text, match, grammar):
            if hedge.lower() in grammar.at_most and end_of[1] == grammar.low_end_hedge:
                continue  # "as many as 30 to 40": the bound is the range's, 30 is no figure
            range_text = range_text or end_of[0]
            hedge = hedge or end_of[1]  # "38 to 49 months": at least 38, up to 49
        found.append(
            FigureMention(
                value,
                unit,
                about,
                written,
                sentence.index,
                hedge=hedge.lower() or None,
                range_text=range_text,
            )
        )
    return found


def _compared_about(earlier: Sequence[FigureMention], unit: str, lang: LanguageData) -> str:
    """What the other side of a comparison counts, written nowhere after it: what the last
    figure of its unit before it counts, up to its verb ("52 percent of members back it,
    compared to 35 percent a year ago": members); "" when the sentence has none before it
    (then the figure keeps the words it was read with)."""
    for figure in reversed(earlier):
        if figure.unit == unit and figure.about:
            return _noun_only(figure.about, lang)
    return ""


def _whole_or_rate(
    text: str, match: re.Match[str], end: int, about: str, lang: LanguageData
) -> str:
    """What a figure counts when the words around it make it a part, a whole or a rate: the
    part of a whole set apart counts within it ("14 of its next 19 games": "of its next 19
    games"); that whole counts only its noun ("Nine of the town's 10 officers backed him": 10
    officers, who did not all back him); a rate keeps its base ("2.5 doctors per 1,000
    people")."""
    grammar, calendar = lang.figures, lang.calendar.calendar_words
    for found in _matches(grammar.part_of_whole, text):
        if _YEAR.fullmatch(found["whole"]):
            continue  # "3 of the 2015 recruits": a year, no whole
        if found.span("part") == match.span("number"):
            whole = about_after(text, found.end("whole"), grammar)
            of = grammar.part_of_word
            return f"{of} {found['det']}{found['whole']} {whole}".strip() if whole else ""
        if found.span("whole") == match.span("number"):
            return _noun_only(about, lang)
    rate = grammar.rate_base_after.match(text, end)
    if rate and (not rate[1].strip() or about.startswith(rate[1].strip())):
        base = f"{rate[3]}{rate[4] or ''}"
        counted: list[str] = []
        for word in about_after(text, rate.end(), grammar).split():
            if word.lower() in grammar.rate_base_ends or word.lower() in calendar:
                break
            counted.append(word)
        return " ".join(w for w in (rate[1].strip(), rate[2], base, *counted) if w)
    return about


def subset_of_count(text: str, start: int, lang: LanguageData) -> bool:
    """Whether the number at text[start:] counts a part of a count written before it in the
    sentence: "58 wins, including 51 by knockout" (not "The tour includes 11 stops")."""
    found = lang.figures.subset_before.search(text, 0, start)
    return bool(
        found
        and (
            _DIGIT.search(text, 0, found.start())
            or lang.figures.number_word.search(text[: found.start()])
        )
    )


# Words a part of a count may run to after its noun ("51 wins by knockout"): more are another
# phrase's.
SUBSET_ABOUT_WORDS = 5


def _subset_about(text: str, end: int, grammar: FigureGrammar) -> str:
    """What a part of a count counts, with the words that set it apart ("including 51 wins by
    knockout": "wins by knockout"), up to the clause's end or the next verb or conjunction."""
    words: list[str] = []
    last = end
    for match in _WORD.finditer(text, end):
        gap = text[last : match.start()]
        if _ABOUT_GAP.search(gap) or len(words) == SUBSET_ABOUT_WORDS:
            break
        word = match[0].lower().rstrip(".")
        if word in grammar.phrase_end and word not in grammar.phrase_stop:
            break
        words.append(match[0].rstrip("."))
        last = match.end()
        if match[0].endswith("."):
            break
    while words and words[-1].lower() in grammar.phrase_stop | grammar.skip_after:
        words.pop()
    return " ".join(words)


def _noun_only(about: str, lang: LanguageData) -> str:
    """The words of what a figure counts up to its verb: "officers backed him" -> "officers"."""
    grammar = lang.figures
    words: list[str] = []
    for word in about.split():
        lower = word.lower()
        if words and (
            lower.endswith(grammar.participle_endings)
            or lower in grammar.verbs_after_noun
            or lower in grammar.count_verbs
        ):
            break
        words.append(word)
    return " ".join(words)


def _or_range_end(text: str, match: re.Match[str], grammar: FigureGrammar) -> str:
    """The hedge of an end of a guess between two numbers ("30 or 40 members": the low end
    takes "at least", the high end "up to"), or "" when the number is none, or they fall."""
    for found in _matches(grammar.or_range, text):
        low, high = (float(found[g].replace(",", "")) for g in ("low", "high"))
        if low >= high:
            continue
        if match.span("number") == found.span("low"):
            return grammar.low_end_hedge
        if match.span("number") == found.span("high"):
            return grammar.high_end_hedge
    return ""


def _after_hedge(
    hedge_after: re.Match[str] | None, grammar: FigureGrammar, text: str = "", end: int = 0
) -> str:
    """The hedge written after a figure, as one written before it ("60 or more": at least),
    or after the noun it counts ("five years or less": at most)."""
    if not hedge_after and text:
        hedge_after = grammar.hedge_after_noun.match(text, end)
    if not hedge_after:
        return ""
    written = hedge_after["hedge"].lower()
    return grammar.hedges_after.get(written, written)


def _article_hedge(text: str, match: re.Match[str], unit: str, grammar: FigureGrammar) -> str:
    """The hedge before an article before a share or an amount: "up to a 6.25% stake"."""
    if unit == "count" or match["hedge"]:
        return ""
    found = grammar.hedge_article_before.search(text, 0, match.start())
    return found["hedge"] if found else ""


def _sign_hedge(text: str, match: re.Match[str], grammar: FigureGrammar) -> str:
    """The hedge written as signs right before a figure ("~50 km"), the bound first when there
    are two ("<∼700 °C": less than), or ""."""
    signs = _SIGNS_BEFORE.search(text, 0, match.start())
    if not signs:
        return ""
    return grammar.sign_hedges.get(signs[1].strip()[0], "")


_OF_AGE = re.compile(r"\s+(?:of\s+age|old)\b")


def _hedge_bounds(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether the hedge before a figure bounds or rounds it: not in "refused anything less
    than $4.2 billion" (which asks for $4.2 billion), nor in "$5.1 trillion in cuts over 10
    years" (the period the amount is spread over)."""
    hedge = (match["hedge"] or "").lower()
    if grammar.not_a_bound_before.search(text, 0, match.start()):
        return False
    duration = grammar.duration_after.match(text, match.end())
    if hedge == "over" and duration and not _OF_AGE.match(text, duration.end()):
        clause = _CLAUSE_GAP.split(text[: match.start()])[-1]
        return not grammar.period_amount_before.search(clause)
    return True


def _written_as_no_quantity(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number in digits is, by how it is written, part of a word, a code, a score, a
    rank, a year or a name rather than a quantity: "8chan", "7-6", "No. 2", "'15", "424 BC"."""
    number = match["number"]
    before = text[max(0, match.start() - 1) : match.start()]
    start = match.start("currency") if match["currency"] else match.start("number")
    glued = GLUED_LETTERS.match(text, match.end("number"))
    scale = match["scale"] or ""
    bare = not scale and not match["percent"] and not match["currency"]
    return bool(
        before.isalnum()
        or (before and before in _JOINED_BEFORE)  # "1-800", "9/11", "10:30", ".340", "1–3%"
        or _JOINED_AFTER.match(text, match.end("number"))  # "2+2", "24/7", "3.1.1"
        or (
            before == "," and text[max(0, match.start() - 2) : match.start() - 1].isdigit()
        )  # "fuel1,2,3"
        or (number[0] == "0" and number[1:2].isdigit())  # "007", "0800": a code
        or (bare and number.endswith(".0"))  # "2.0": a version
        or (bare and number.isdigit() and len(number) >= IDENTIFIER_DIGITS_BARE)
        or _title_case_hedge(text, match)
        or _CONVERTED_BEFORE.search(text[max(0, start - CONVERSION_REACH) : start])
        or _year_abbreviation(text, match)
        or (glued and glued[0] not in grammar.glued_units and glued[0] not in _FRACTIONS)
        or (len(scale) == 1 and not _letter_scale_counts(text, match, grammar))  # "2,400m"
        or grammar.era_after.match(text, match.end("number"))  # "424 BC"
        or _SCORE_AFTER.match(text, match.end())
        or grammar.score_word_after.match(text, match.end())
        or (match["currency"] and not scale and grammar.denomination_after.match(text, match.end()))
        or grammar.ordinal_after.match(text, match.end())
        or grammar.rank_before.search(text[max(0, match.start() - 8) : match.start()])
        or _not_a_quantity(text, start, match.end(), grammar)
        or (not match["percent"] and not match["currency"] and _is_year(text, match, grammar))
        or _is_counter(text, match, grammar)
        or _names_a_unit_noun(text, match, grammar)
    )


def _names_a_unit_noun(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number and the word joined to it make a noun of a unit ("a 3-pointer", "a
    6-footer"): one thing named, not a count of points or feet."""
    noun = grammar.unit_noun_after.match(text, match.end())
    return bool(noun and noun[1] in grammar.measure_units)


def _bounds_noun_before(text: str, match: re.Match[str], end: int, lang: LanguageData) -> bool:
    """Whether a hedge bounds the noun before it rather than counting: "a victim under 12",
    "people over 65" (nothing counted after the number; "killed over 12" counts)."""
    grammar = lang.figures
    if (match["hedge"] or "").lower() not in grammar.noun_bounds or about_after(text, end, grammar):
        return False
    word = _WORD_BEFORE.search(text, 0, match.start())
    if not word:
        return False
    before = word[1]
    return not (
        before in lang.stop_words
        or before in grammar.phrase_end
        or before in grammar.count_verbs
        or before in grammar.preposition_hedges.get(match["hedge"].lower(), frozenset())
        or before.endswith(grammar.participle_endings)
    )


def _title_case_hedge(text: str, match: re.Match[str]) -> bool:
    """Whether the hedge of a figure is a word of a name: written in title case inside a clause
    ("Jane Roe's 30 Under 30 winners")."""
    hedge = match["hedge"] or ""
    return (
        hedge[:1].isupper()
        and not hedge.isupper()
        and bool(_CLAUSE_GOES_ON.search(text, 0, match.start()))
    )


def _hedge_is_preposition(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether the hedge before a number is a preposition: "learned about 37", "presided over
    two briefings"."""
    hedge = (match["hedge"] or "").lower()
    word = _WORD_BEFORE.search(text.lower(), 0, match.start())
    return bool(word and word[1] in grammar.preposition_hedges.get(hedge, frozenset()))


def _year_abbreviation(text: str, match: re.Match[str]) -> bool:
    """Whether a number is a year cut to two digits after an apostrophe: "a 2014 or '15 game"."""
    at = match.start()
    return (
        at > 0
        and text[at - 1] in "'’"
        and len(match["number"]) == 2
        and not text[max(0, at - 2) : at - 1].isalnum()
    )


def _letter_scale_counts(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a one-letter scale ("3m", "$2b") is one: glued to its number, with a currency or
    before what it counts ("3m people"); else it may be a unit ("2,400m" high, "360 B.C.")."""
    glued = match.end("number") == match.start("scale")
    return glued and bool(match["currency"] or grammar.letter_scale_noun.match(text, match.end()))


def _is_year(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number without currency or percent sign is a year: 1800 to 2099 always, an
    older one after a preposition and closing its phrase ("in the spring of 1694,")."""
    number = match["number"]
    if _YEAR.fullmatch(number):
        return True
    return bool(
        not match["hedge"]
        and grammar.old_year.fullmatch(number)
        and grammar.year_before.search(text, 0, match.start())
        and not re.match(r"\s+[a-z]", text[match.end() :])
    )


def _value_and_unit(text: str, match: re.Match[str], grammar: FigureGrammar) -> tuple[float, str]:
    """The value and unit of a figure in digits: 12%, 3.5e9 USD, 0.14 USD ("14 cents"), 90%
    ("nine out of 10"), or a count; the first end of a range takes the scale or percent sign
    of the second ("between 6 and 27 percent", "3 to 5 million")."""
    value = float(match["number"].replace(",", ""))
    if not match["scale"] and (fraction := _FRACTION_AFTER.match(text, match.end("number"))):
        value += _FRACTIONS[fraction[1]]  # "5 ½ days"
    if match["scale"]:
        value *= grammar.scales[match["scale"].lower()]
    currency = (match["currency"] or "").lower()
    after = text[match.end() :]
    share = _share_at(text, match.start("number"), match.end("number"), grammar)
    if match["percent"]:
        return value, "%"
    if currency:
        return value, _CURRENCY[currency]
    if not match["scale"] and grammar.cents_after.match(after):
        return value / 100, "USD"  # "14 cents"
    if money := grammar.currency_after.match(after):
        return value, grammar.currency_words[money["currency"].lower()]  # "90 million dollars"
    if share is not None:
        return share, "%"  # "nine out of 10": 90%
    tail = grammar.range_tail.match(text, match.end())
    if (
        tail
        and not match["scale"]
        and (
            tail["joint"].lower() != "and"
            or _range_around(text, match.start(), match.end(), grammar)
        )
    ):
        if tail["scale"]:
            value *= grammar.scales[tail["scale"].lower()]
        if tail["percent"]:
            return value, "%"
    return value, "count"


def _count_is_no_quantity(
    text: str, match: re.Match[str], value: float, lang: LanguageData
) -> bool:
    """Whether a count names, dates or marks something rather than counting it: a name
    ("the 50 Most Beautiful", "Fox 5", "50 Cent's"), a day of the month, a time of day, an
    emergency number ("called 911"), a gallery counter ("1 of 26 Photos"), a footnote marker
    before a new clause ("24 As Lindqvist ..."), the part of a share, a number below two."""
    grammar = lang.figures
    after = text[match.end() :]
    opener = _NEXT_WORD.match(after)
    return bool(
        _opens_a_name(after, lang)
        or _names_before(text, match.start(), lang)
        or _day_of_month(text, match, grammar)
        or grammar.month_after.match(after)
        or grammar.clock_after.match(after)
        or (value < 2 and not match["scale"])
        or (not match["hedge"] and match["number"] in grammar.emergency_numbers)
        or (opener and opener[1][0].isupper() and opener[1].lower() in grammar.clause_openers)
        or _is_share_part(text, match, grammar)
        or _label_of_noun_before(text, match, lang)
        or _in_ratio(text, match, grammar)
        or _goes_on_a_name(text, match.start(), lang)
        or _titled_unit_after(text, match, grammar)
        or bool(grammar.sources_after.match(text, match.end()))
    )


# A capitalised word after a number within a sentence, and the word after it.
_TITLE_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)(?=\s+[a-z]|\s*[,.;:!?)]|$)")


def _titled_unit_after(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number and a unit written capitalised inside a sentence name a work: "they
    watched 48 Hours on Sunday", "a film like 28 Days Later" (a count of hours is written "48
    hours"); a headline in title case capitalises every word, so the word after the unit is
    lower case here (or the clause ends)."""
    if not text[: match.start()].strip() or match["hedge"]:
        return False  # "Ten Years After ...": a sentence's first word is capitalised anyway
    word = _TITLE_WORD_AFTER.match(text, match.end())
    if not word:
        return False
    unit = word[1].lower()
    return unit in grammar.measure_units or unit.rstrip("s") in grammar.measure_units


def _in_ratio(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number is the part or the whole of a ratio ("a 2 in 3 chance", "about 5 in
    1,000"): neither counts anything. Not "killed 3 in 2012" (a year) nor "5 in 24 hours"."""
    for found in _matches(grammar.ratio_in, text):
        if match.span("number") not in (found.span("part"), found.span("whole")):
            continue
        whole = found["whole"]
        part, total = float(found["part"]), float(whole.replace(",", ""))
        if (
            2 <= part < total
            and not _YEAR.fullmatch(whole)
            and not grammar.not_share_after.match(text, found.end())
        ):
            return True
    return False


# "Browser 8 and 9", "Flights 214 and 215": a number listed right after one that
# names a thing names one too.
_LISTED_AFTER = re.compile(r"(\d+)\s*(?:,|and|or|&)\s*$")


def _goes_on_a_name(text: str, start: int, lang: LanguageData) -> bool:
    listed = _LISTED_AFTER.search(text, 0, start)
    if not listed:
        return False
    before = text[: listed.start(1)]
    return bool(
        _names_before(text, listed.start(1), lang) or lang.figures.identifier_before.search(before)
    )


# The word right before a number and the clause's end right after it.
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+) $")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?()”\"’]|$)")


def _label_of_noun_before(text: str, match: re.Match[str], lang: LanguageData) -> bool:
    """Whether a count closing its clause right after a bare noun labels that noun ("just
    equality 101.", "union official 302,", "herpesvirus 8"): a count that counts what comes
    before it comes after a verb or a preposition ("rose to 16.", "killing 16.", "turns 40",
    "could reach 24 million")."""
    if match["hedge"] or not _CLAUSE_ENDS_AFTER.match(text, match.end()):
        return False
    word = _WORD_BEFORE.search(text, 0, match.start())
    if not word:
        return False
    before = word[1]
    grammar = lang.figures
    return not (
        before in lang.stop_words
        or before in grammar.phrase_end
        or before in grammar.skip_after
        or before in grammar.figure_events
        or before in grammar.count_verbs
        or before.endswith(grammar.verb_endings)
    )


# A year right after a day of the month: "November, 4 2008".
_YEAR_AFTER = re.compile(r",?\s+\d{4}\b")


def _day_of_month(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number is the day of a month written before it ("Sept. 14", "November, 4
    2008")."""
    month = grammar.month_before.search(text, 0, match.start())
    return bool(month and (not month["comma"] or _YEAR_AFTER.match(text, match.end())))


def _names_before(text: str, end: int, lang: LanguageData) -> bool:
    """Whether the word before text[end] and the number there make a name: "Fox 8", "iPhone
    5", "KPIX 5"; not a capitalised function word ("“All 12 of them"...)."""
    name = _NAME_BEFORE.search(text, 0, end)
    return bool(
        (name and name[1].lower() not in lang.stop_words)
        or _ACRONYM_BEFORE.search(text, 0, end)
        or _opening_name(text, end, lang)
    )


# The first word of a sentence, capitalised, right before a number ("Windows 8, due out ...",
# "Apollo 11 landed ...").
_OPENING_WORD = re.compile(r"^[\W]{0,2}([A-Z][a-z][\w’'-]*) $")


def _opening_name(text: str, end: int, lang: LanguageData) -> bool:
    """Whether the number at text[end:] and the capitalised word opening the sentence before it
    make a name: not a function word, an adverb ("Only 12 came"), a word of the calendar or a
    number word ("Monday 12 ..."), and the number counts nothing after it."""
    found = _OPENING_WORD.search(text, 0, end)
    if not found:
        return False
    word = found[1].lower()
    number = _NUMBER_AT.match(text, end)
    return bool(
        number
        and word not in lang.stop_words
        and word not in lang.figures.phrase_end
        and word not in lang.figures.clause_openers
        and word not in lang.figures.number_words
        and word not in lang.calendar.calendar_words
        and not word.endswith("ly")
        and lang.figures.named_number_ends.match(text, number.end())
    )


_NUMBER_AT = re.compile(r"\d[\d,.]*\d|\d")


def _intensifier(text: str, match: re.Match[str], value: float, grammar: FigureGrammar) -> bool:
    """Whether a percentage only says "completely": "100 percent wrong", "100% sure"."""
    return value in grammar.intensifier_percents and bool(
        grammar.intensified_after.match(text, match.end())
    )


def _share_match(text: str, match: re.Match[str], grammar: FigureGrammar) -> re.Match[str] | None:
    """The share ("nine out of 10") whose whole is the number of `match`, if any."""
    return next(
        (m for m in _matches(grammar.out_of, text) if m.span("whole") == match.span("number")),
        None,
    )


def _is_share_part(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number is the part of a share ("7 of 10 voters"): the share is the figure."""
    return any(
        m.span("part") == match.span("number") and _share_value(m, text, grammar) is not None
        for m in _matches(grammar.out_of, text)
    )


def _is_counter(text: str, match: re.Match[str], grammar: FigureGrammar) -> bool:
    """Whether a number is the whole of a page or picture counter ("1 of 26 Full Screen",
    "Hide Caption 4 of 9 Photos"): "N of M" in digits, opening the sentence or after a
    capitalised word, and followed by no lower-case word it would be a share of."""
    share = _share_match(text, match, grammar)
    if not share or not share["part"] or not share["part"].isdigit() or share["out"]:
        return False
    before = text[: share.start()].rstrip()
    opens = not before or bool(re.search(r"(?:^|\s)[A-Z][\w-]*$", before))
    return opens and not re.match(r"\s+[a-z]", text[share.end() :])


def _word_figures(sentence: Sentence, grammar: FigureGrammar) -> list[FigureMention]:
    """The figures of a sentence written in words: after a hedge ("nearly two hundred"), with a
    scale ("two dozen") or before a length of time ("six weeks"); "two leaders" is prose."""
    text = sentence.text
    found = []
    for match in grammar.word_figure.finditer(text):
        number = match["number"].lower()
        duration = grammar.duration_after.match(text, match.end())
        if number in grammar.article_numbers and not (match["hedge"] and match["scale"]):
            continue  # "a hundred times": a manner of speaking
        if _hedge_is_preposition(text, match, grammar) and not duration and not match["scale"]:
            continue  # "information about two programs": no hedge, so prose
        if (
            (not match["hedge"] and not duration and not match["scale"])
            or grammar.compound_after.match(
                text, match.end("scale") if match["scale"] else match.end("number")
            )
            or grammar.compound_before.search(text, 0, match.start("number"))
            or _not_a_quantity(text, match.start("number"), match.end(), grammar)
            or grammar.sources_after.match(text, match.end())
        ):
            continue
        hedge_after = grammar.hedge_after.match(text, match.end())
        about = _about(
            text, hedge_after.end() if hedge_after else match.end(), match.start(), grammar
        )
        if about:
            value = float(grammar.word_numbers[number])
            if match["scale"]:
                value *= grammar.word_scales[match["scale"].lower()]
            hedge = (
                match["hedge"] or _after_hedge(hedge_after, grammar, text, match.end())
            ).lower() or None
            if match["hedge"] and not _hedge_bounds(text, match, grammar):
                hedge = None  # "$5 trillion over ten years": the period, no bound
            if not hedge and grammar.word_range_before.search(text, 0, match.start("number")):
                hedge = grammar.high_end_hedge  # "two to three weeks": up to three
            unit = "%" if grammar.word_percent_after.match(text, match.end()) else "count"
            found.append(FigureMention(value, unit, about, match[0].strip(), sentence.index, hedge))
    return found


def _share_at(text: str, start: int, end: int, grammar: FigureGrammar) -> float | None:
    """The percentage a number is the whole of ("nine out of 10": 90.0), if it is one."""
    for match in _matches(grammar.out_of, text):
        if match.start("whole") == start and match.end("whole") == end:
            return _share_value(match, text, grammar)
    return None


def _share_value(match: re.Match[str], text: str, grammar: FigureGrammar) -> float | None:
    """The percentage of a share match, or None when it is none: a part larger than the whole,
    "one of 143 people" (which counts the 143), or "one in" before a year or a unit ("one in
    2015", "one in 24 hours")."""
    part = (match["part"] or match["one"]).lower()
    count = float(grammar.number_words[part]) if part in grammar.number_words else float(part)
    whole = float(match["whole"].replace(",", ""))
    if match["part"] and not match["out"] and not match["every"] and count < 2:
        return None  # "one of 143 people" counts the 143
    if match["one"] and (
        _YEAR.fullmatch(match["whole"]) or grammar.not_share_after.match(text, match.end())
    ):
        return None
    return round(100 * count / whole, 2) if 0 < count <= whole else None


def _share_range_about(found: list[FigureMention]) -> list[FigureMention]:
    """Both ends of "between 3 and 5 inches" measure what the last end is followed by."""
    # (An end the sentence closes with says nothing: "between $2.65 million and more than $3
    # million." keeps what the first end is of.)
    last_about = {(f.sentence, f.range_text): f.about for f in found if f.range_text and f.about}
    return [
        replace(f, about=last_about[(f.sentence, f.range_text or "")])
        if f.range_text and (f.sentence, f.range_text) in last_about
        else f
        for f in found
    ]
