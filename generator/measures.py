"""Measures sources give one thing of a story, and where they differ: how long it lasted or how
long, high or far it is ("a 13-hour filibuster", "the filibuster lasted 11 hours"; compared in
one unit, "91 minutes" and "1 hour 30 minutes"), the year a term ends ("her term ends in
2019"), and how many times one happening struck someone ("shot once in the leg", "struck twice
in the leg").

A thing is one thing of the story when no source gives it two values (a source that writes
"her 13-hour filibuster" and "his 21-hour one" tells of two filibusters, and no value of
either is compared), and when the sides name no other person, place or owner for it.
Measures told as planned, possible or a bound ("could face", "is expected to last") are no
values of what was; values in quotation marks or capitalised as a headline are someone else's
words. Values that a hedge, or the rounding of a value converted from another unit,
reconciles ("about 600 metres" and "2,000 feet") do not disagree, nor do values further apart
than one thing's values are (MAX_RATIO)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from generator.claims import agree
from generator.lang import tells_another
from generator.lang.schema import LanguageData, MeasureWords
from generator.models import Analysis, Cited, Conflict, Sentence

# How alike two sentences are (disagree._Pool.similarity_of): article, index, other article,
# other index.
Similarity = Callable[[str, int, str, int], float]

# Two sources' values of one thing differ by a misreading or a rounding, not by more than
# twice: "a two-hour meeting" and "a five-hour meeting" are two meetings.
MAX_RATIO = 2.0
# Sentences that count a happening's hits must be on one point of the story (as for figures'
# slots in disagree.py: paraphrases of one fact score 0.3-0.6, one point in other words
# 0.15-0.3), and share this many words beside the verb and the count.
TIMES_SIMILARITY = 0.15
TIMES_SHARED_WORDS = 2

_CLAUSE_BREAK = re.compile(r"[,;:()]\s|\s[—–-]+\s|[“”\"]")
_QUOTE_MARK = re.compile(r"[\"“”]")
_YEAR = re.compile(r"\d{4}")
# A value's conversion in brackets right after it ("55 km (34 miles)"): the same value.
_CONVERSION = re.compile(r"\s*\([^()]*\)")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+")
_WORD = re.compile(r"[a-z]+")
_OWNER = re.compile(r"([A-Za-z]+)(?:['’]s?)?\s+$")
_POSSESSIVE = re.compile(r"[A-Za-z]+['’]s?$")
# The kinds of values beside the measures of a thing (whose kinds are the units', "time" and
# "length"): a year a term ends, a count of times, a length a happening covered.
_END = "end"
_TIMES = "times"
_MOVED = "moved"
# The kinds told by a verb, not a thing: compared only in sentences on one point (_one_point).
_TOLD_ALIKE = frozenset({_TIMES, _MOVED})


@dataclass(frozen=True)
class _Value:
    """One source's value of one thing: the key of the thing and its kind, the value in the
    kind's base unit (or a year, a count), its hedge, and how it is shown."""

    article: str
    sentence: Sentence
    key: tuple[str, str]  # (thing, kind): ("filibuster", "time"), ("term", "end")
    value: float
    hedge: str | None
    shown: str  # "nearly 13 hours", "1 hour 30 minutes", "2019", "twice"
    unit: float  # the size of its smallest unit ("30 minutes": 60 s); 1 for a year or count
    step: float  # how far its writer may have rounded it, in base units ("2,000 feet": 1,000)
    names: frozenset[str]  # capitalised words of its clause: whose or where the thing is
    owner: str  # the owner written right before it ("his", "cruz"), or ""
    words: frozenset[str]  # content words of its sentence
    # How a count of times or a length covered is told: the verb as written ("struck"), with
    # what follows a length's unit in its clause ("fell down the face of the peak").
    phrase: str = ""


def conflicts(
    analyses: Sequence[Analysis], lang: LanguageData, similarity: Similarity | None
) -> list[Conflict]:
    """The disagreements on the measures of one thing, the year a term ends and the times a
    happening struck someone (see the module's docstring). `similarity` tells how alike two
    sentences are: without it, no count of times is compared."""
    values = [v for a in analyses for s in a.sentences for v in _values_in(a, s, lang)]
    by_key: dict[tuple[str, str], list[_Value]] = defaultdict(list)
    for value in values:
        by_key[value.key].append(value)
    found = []
    for key, given in sorted(by_key.items()):
        if key[1] in _TOLD_ALIKE and similarity is None:
            continue
        conflict = _conflict(key, given, lang, similarity)
        if conflict is not None:
            found.append(conflict)
    return found


def _values_in(analysis: Analysis, sentence: Sentence, lang: LanguageData) -> list[_Value]:
    """A sentence's values of measures, years a term ends and counts of times. The patterns
    are tried at every word: only on a sentence with a word each needs (most have none)."""
    words = lang.measures
    text = sentence.text
    found: list[_Value] = []
    if words.unit_cue.search(text):
        for pattern in (words.before, words.after):
            for match in pattern.finditer(text):
                value = _measure(analysis, sentence, match, lang)
                if value is not None:
                    found.append(value)
        found.extend(_moved(analysis, sentence, lang))
    if _YEAR.search(text):
        found.extend(_end_years(analysis, sentence, lang))
    if words.times_cue.search(text):
        found.extend(_times(analysis, sentence, lang))
    return found


def _measure(
    analysis: Analysis, sentence: Sentence, match: re.Match[str], lang: LanguageData
) -> _Value | None:
    """The measure of a thing a match reads, or None when it is none (see the docstring)."""
    words = lang.measures
    text = sentence.text
    thing = match["thing"].lower()
    if thing in words.no_thing or thing in lang.stop_words or thing in words.units:
        return None
    if thing.endswith("s") and not thing.endswith("ss"):
        return None  # "12-hour shifts": many things, each measured
    if _quoted(text, match.start()):
        return None
    start = match.start("number")
    before = _clause_before(text, min(match.start(), match.start("thing")))
    if words.unsure_before.search(before) or tells_another(before, lang):
        return None
    kind, size = words.units[match["unit"].lower()]
    value, unit, step = _amount(match["number"], size, lang)
    shown = f"{match['number']} {_plural(match['unit'], value / size, words)}"
    if match.groupdict().get("number2") and match["unit2"]:
        kind2, size2 = words.units[match["unit2"].lower()]
        if kind2 != kind or size2 >= size:
            return None  # "3 hours 2 miles": not one value
        more, unit, step = _amount(match["number2"], size2, lang)
        value += more
        shown += f" {match['number2']} {_plural(match['unit2'], more / size2, words)}"
    hedge = match["hedge"].lower() if match["hedge"] else None
    return _Value(
        analysis.article.id,
        sentence,
        (thing, kind),
        value,
        hedge,
        f"{hedge} {shown}" if hedge else shown,
        unit,
        step,
        _names(text, min(start, match.start("thing")), match.end(), lang),
        _owner(text, min(match.start(), match.start("thing")), lang),
        frozenset(_WORD.findall(text.lower())) - lang.stop_words,
    )


def _amount(written: str, size: float, lang: LanguageData) -> tuple[float, float, float]:
    """A number and its unit's size as (value, unit, step) in the base unit: the step is the
    place of its last digit that is not a zero ("2,000": 1,000 units), a written word's one."""
    digits = written.replace(",", "")
    if not digits[0].isdigit():
        return float(lang.numbers.words[written.lower()]) * size, size, size
    if "." in digits:
        return float(digits) * size, size, 10.0 ** -len(digits.split(".")[1]) * size
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return float(digits) * size, size, 10.0**zeros * size


def _plural(unit: str, count: float, words: MeasureWords) -> str:
    """The unit as written, in the plural for a count other than one ("13-hour": 13 hours,
    "3-day": 3 days): the plural a unit takes when it is one of the units' words ("km" has
    none, and stays as written)."""
    if count == 1 or not unit.isalpha():
        return unit
    plural = words.unit_plurals.get(unit.lower(), unit + "s")
    return plural if plural.lower() in words.units else unit


def _quoted(text: str, at: int) -> bool:
    """Whether a position is inside a quotation: an odd number of quotation marks before it."""
    return len(_QUOTE_MARK.findall(text, 0, at)) % 2 == 1


def _clause_before(text: str, at: int) -> str:
    return _CLAUSE_BREAK.split(text[:at])[-1]


def _names(text: str, start: int, end: int, lang: LanguageData) -> frozenset[str]:
    """The capitalised words of the clause around a value (not its sentence's first word),
    calendar words left out: whose, or where, the thing is."""
    low = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    high = min((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), default=len(text))
    return frozenset(
        m[0].lower()
        for m in _NAME_WORD.finditer(text, low, high)
        if m.start() > 0 and m[0].lower() not in lang.disagreements.calendar_tokens
    )


def _owner(text: str, at: int, lang: LanguageData) -> str:
    """The owner written right before a thing ("her", "Cruz's"), lower case, or ""."""
    match = _OWNER.search(text, 0, at)
    if match is None:
        return ""
    word = match[0].strip()
    if word.lower() in lang.measures.owner_pronouns or (
        _POSSESSIVE.match(word) and word[0].isupper()
    ):
        return match[1].lower()
    return ""


def _moved(analysis: Analysis, sentence: Sentence, lang: LanguageData) -> list[_Value]:
    """The lengths happenings covered ("fell 600 metres down the face"), keyed by the verb and
    the words after the unit in its clause: "ran 10 miles on Monday" and "ran 26 miles in the
    race" are two runs. Not told as planned or possible, nor in quotes."""
    text = sentence.text
    found = []
    for match in lang.measures.moved.finditer(text):
        verb = match["verb"].lower()
        if verb in lang.stop_words or not _in_past(verb, lang) or _quoted(text, match.start()):
            continue  # "was 55 km from the town": where it is, no happening
        before = _clause_before(text, match.start())
        if lang.measures.unsure_before.search(before) or tells_another(before, lang):
            continue
        rest = text[match.end() :]
        rest = rest[len(m[0]) :] if (m := _CONVERSION.match(rest)) else rest
        tail = _CLAUSE_BREAK.split(rest)[0].strip().rstrip(".!?")
        after = frozenset(_WORD.findall(tail.lower())) - lang.stop_words
        size = lang.measures.units[match["unit"].lower()][1]
        value, unit, step = _amount(match["number"], size, lang)
        hedge = match["hedge"].lower() if match["hedge"] else None
        shown = f"{match['number']} {_plural(match['unit'], value / size, lang.measures)}"
        found.append(
            _Value(
                analysis.article.id,
                sentence,
                (f"{verb} {' '.join(sorted(after))}".strip(), _MOVED),
                value,
                hedge,
                f"{hedge} {shown}" if hedge else shown,
                unit,
                step,
                _names(text, match.start(), match.end(), lang),
                "",
                frozenset(_WORD.findall(text.lower())) - lang.stop_words - set(lang.measures.units),
                f"{verb} {tail}".strip(),
            )
        )
    return found


def _in_past(word: str, lang: LanguageData) -> bool:
    """Whether a word is a verb in the past ("fell", "plunged")."""
    grammar = lang.dates
    return word in grammar.irregular_past or (
        bool(grammar.past_ending)
        and word.endswith(grammar.past_ending)
        and word not in grammar.not_past
    )


def _end_years(analysis: Analysis, sentence: Sentence, lang: LanguageData) -> list[_Value]:
    """The years a term or contract ends, told ahead: not before the paper's year (a term that
    ended is a happening, another kind of slot)."""
    published = analysis.article.published
    found = []
    for match in lang.measures.end_year.finditer(sentence.text):
        thing, year = match["thing"].lower(), int(match["year"])
        if thing in lang.stop_words or _quoted(sentence.text, match.start()):
            continue
        if published and year < int(published[:4]):
            continue
        found.append(
            _Value(
                analysis.article.id,
                sentence,
                (thing, _END),
                float(year),
                None,
                match["year"],
                1.0,
                1.0,
                _names(sentence.text, match.start(), match.end(), lang),
                _owner(sentence.text, match.start(), lang),
                frozenset(_WORD.findall(sentence.text.lower())) - lang.stop_words,
            )
        )
    return found


def _times(analysis: Analysis, sentence: Sentence, lang: LanguageData) -> list[_Value]:
    """How many times a happening struck someone: a verb in the past ("shot", "stabbed") and
    its count ("once", "three times"), keyed by the verb (the verbs of one hit as one) and
    the place hit, which tells one wound of one person (a story may tell of two victims shot
    a different number of times). Told of someone struck ("was shot", not "shot twice in the
    air"), in a clause that tells no other of its kind ("in the first game"); not told as
    possible ("could have been shot twice"), nor in quotes."""
    words = lang.measures
    found = []
    for match in words.frequency.finditer(sentence.text):
        verb = match["verb"].lower()
        if verb not in words.hit_verbs and not verb.endswith("ed"):
            continue
        before = _clause_before(sentence.text, match.start())
        if _quoted(sentence.text, match.start()) or words.unsure_before.search(before):
            continue
        if not words.hit_passive.search(before):
            continue  # "shot twice in the air": struck no one
        clause = before + _CLAUSE_BREAK.split(sentence.text[match.start() :])[0]
        if tells_another(clause, lang):
            continue  # "hit twice in the leg in the first game": one game of several
        times = match["times"].lower()
        count = words.times_words.get(times)
        if count is None:
            number = times.split()[0]
            count = int(number) if number.isdigit() else lang.numbers.words.get(number)
        if count is None:
            continue
        where = (match["where"] or "").lower()
        if not where:
            continue  # "was shot three times": of which of the story's victims, unsaid
        happening = "hit" if verb in words.hit_verbs else verb
        found.append(
            _Value(
                analysis.article.id,
                sentence,
                (f"{happening} {where}".strip(), _TIMES),
                float(count),
                None,
                match["times"].lower(),
                1.0,
                1.0,
                _names(sentence.text, match.start(), match.end(), lang),
                "",
                frozenset(_WORD.findall(sentence.text.lower()))
                - lang.stop_words
                - {verb, where, *times.split()},
                verb,
            )
        )
    return found


def _agree(a: _Value, b: _Value, lang: LanguageData) -> bool:
    """Whether two values of one thing can both be true: within a hedge (claims.agree), or,
    written in units of other sizes, within the rounding of either ("600 metres", "2,000
    feet"). A year is compared as written: one year is not a rounding of the next."""
    if a.key[1] == _END:
        return a.value == b.value
    if agree((a.value, a.hedge), (b.value, b.hedge), lang):
        return True
    return a.unit != b.unit and abs(a.value - b.value) <= (a.step + b.step) / 2


def _conflict(
    key: tuple[str, str], given: Sequence[_Value], lang: LanguageData, similarity: Similarity | None
) -> Conflict | None:
    by_source: dict[str, list[_Value]] = defaultdict(list)
    for value in given:
        by_source[value.article].append(value)
    if any(not _all_agree(values, lang) for values in by_source.values()):
        return None  # a source that gives two values tells of two such things
    if key[1] == _MOVED and len({v.unit for v in given}) < 2:
        return None  # in one unit, a length covered is disagree.py's (_measured)
    # Sources whose values agree are one side ("nearly 13 hours" and "13 hours").
    sides: list[list[_Value]] = []
    for source in sorted(by_source):
        first = min(by_source[source], key=lambda v: (v.hedge is not None, v.sentence.index))
        side = next((s for s in sides if _all_agree([*s, first], lang)), None)
        if side is None:
            sides.append([first])
        else:
            side.append(first)
    if len(sides) < 2:
        return None
    for i, one in enumerate(sides):
        for other in sides[i + 1 :]:
            if not _apart(one, other, lang, similarity):
                return None
    sides.sort(key=lambda side: min(v.value for v in side))
    return Conflict(
        _topic(key, given),
        tuple(Cited(_label(side), tuple(sorted(v.article for v in side))) for side in sides),
    )


def _label(side: Sequence[_Value]) -> str:
    """A side's value as its sources write it: an exact one rather than a hedged one."""
    return min(side, key=lambda v: (v.hedge is not None, v.shown)).shown


def _all_agree(values: Sequence[_Value], lang: LanguageData) -> bool:
    return all(_agree(a, b, lang) for a in values for b in values)


def _apart(
    first: Iterable[_Value],
    second: Iterable[_Value],
    lang: LanguageData,
    similarity: Similarity | None,
) -> bool:
    """Whether two sides' values of one thing cannot both be true, of one thing told alike."""
    for a in first:
        for b in second:
            if _agree(a, b, lang):
                return False
            low, high = sorted((abs(a.value), abs(b.value)))
            if a.key[1] not in (_END, _TIMES) and high > MAX_RATIO * low:
                return False
            if a.names and b.names and not a.names & b.names:
                return False  # "Cruz's filibuster" and "Davis's filibuster"
            if _other_owners(a.owner, b.owner, lang.measures.owner_pronouns):
                return False  # "his term" and "her term", "Cruz's" and "Davis's" filibuster
            if a.key[1] in _TOLD_ALIKE and not _one_point(a, b, similarity):
                return False
    return True


def _other_owners(first: str, second: str, pronouns: frozenset[str]) -> bool:
    """Whether two owners written before a thing are two: two pronouns or two names that
    differ (a pronoun and a name may stand for one person)."""
    if not first or not second or first == second:
        return False
    return (first in pronouns) == (second in pronouns)


def _one_point(a: _Value, b: _Value, similarity: Similarity | None) -> bool:
    """Whether two sentences that count a happening's hits tell one point of the story."""
    if similarity is None:
        return False
    alike = similarity(a.article, a.sentence.index, b.article, b.sentence.index)
    return alike >= TIMES_SIMILARITY and len(a.words & b.words) >= TIMES_SHARED_WORDS


def _topic(key: tuple[str, str], given: Sequence[_Value]) -> str:
    thing, kind = key
    if kind == "time":
        return f"Figure: how long the {thing} lasted"
    if kind == "length":
        return f"Figure: how long, high or far the {thing} is"
    if kind == _END:
        return f"Date: the year the {thing} ends"
    if kind == _MOVED:
        return f"Figure: how far it {min(given, key=lambda v: v.sentence.text).phrase}"
    _, _, where = thing.partition(" ")
    said = min(given, key=lambda v: v.sentence.text).phrase
    return f"Figure: how many times someone was {said} in the {where}"
