"""Whether one sentence states what another says: a claim match, not shared words (issue 17).

A source is cited for a summary sentence only when its own sentence states that content. Words
in common are not enough: "Brenner fired back" and "an eagerness to assail Brenner" share a name,
"X will meet the Queen" and "X is unlikely to meet the Queen" share every word but one. A
sentence is read here as a claim: its content words without the words of saying (every quotation
has "said"), what it says of its names (the words it writes in lower case), its names, its
numbers (and its amounts known only by their order: "hundreds"), its days and months, the words
of its quotations, and which of its words a negation reaches. Another sentence states the claim
when it has most of those words and most of what is said of the names, more than half of what
its quotations say, every name and every number, no other day or month, and no word negated in
one and affirmed in the other. A question states nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.align import content_tokens
from generator.lang.schema import LanguageData
from generator.text import fold

# A negation reaches this many words after it, within its clause ("not currently being
# investigated": three words on).
NEGATION_REACH = 4
# What closes a quotation or an aside after a sentence's last mark.
_CLOSERS = "\"'”’)]»"
# A word as written: letters, digits and the marks inside words.
_WORD = re.compile(r"[^\s\"“”‘’'()\[\]]+(?:['’][^\s\"“”‘’'()\[\]]+)*")
# Punctuation after a word that ends its clause.
_CLAUSE_END = re.compile(r"[,;:!?—–]$|\s[-–—]$")
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")


# A quotation: between a pair of marks, or from an opening mark the sentence never closes to
# its end.
QUOTATION = re.compile(r'“[^”]*(?:”|$)|"[^"]*(?:"|$)')


def outside_quotes(text: str) -> str:
    """A sentence without its quotations."""
    return QUOTATION.sub(" ", text)


@dataclass(frozen=True)
class Claim:
    """One sentence read for what it claims."""

    tokens: frozenset[str]  # content words, without the words of saying
    predicate: frozenset[str]  # of them, the words written in lower case, titles left out
    names: tuple[frozenset[str], ...]  # the content words of each name
    speakers: tuple[frozenset[str], ...]  # of them, the names of whoever says it
    numbers: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    negated: frozenset[str]  # words only ever reached by a negation
    affirmed: frozenset[str]  # words never reached by one
    hedged: frozenset[str]  # words only ever reached by a hedge ("could", "a possibility")
    plain: frozenset[str]  # words never reached by one
    question: bool
    quoted: frozenset[str]  # the content words inside its quotation marks


def is_question(text: str) -> bool:
    """Whether a sentence asks (a quoted question too: '"Why now?"')."""
    return text.strip().rstrip(_CLOSERS).endswith("?")


@dataclass(frozen=True)
class _Word:
    key: str  # folded
    capital: bool
    tokens: tuple[str, ...]  # its content words, without the words of saying
    opening: bool  # the first word of the sentence or of a quotation
    clause_end: bool  # punctuation after it ends its clause
    saying: bool  # a word of saying ("said", "according")


def _words(text: str, lang: LanguageData) -> list[_Word]:
    found: list[_Word] = []
    words_of = lang.restating
    for match in _WORD.finditer(text):
        raw = match[0]
        bare = raw.strip(".,;:!?-–—…")
        key = fold(bare)
        before = text[match.start() - 1] if match.start() else ""
        saying = key in words_of.attribution_words
        found.append(
            _Word(
                key=key,
                capital=bare[:1].isupper(),
                # Days and months are compared as dates (conflicts), not as words in common.
                tokens=()
                if saying or key in lang.titles.honorifics or key in lang.calendar.calendar_words
                else tuple(
                    words_of.synonyms.get(t, t)
                    for t in content_tokens(words_of.clitic.sub("", bare), lang, uninflected=True)
                    if not t.isdigit()
                ),
                opening=not found or before in _OPENERS,
                clause_end=bool(_CLAUSE_END.search(raw)),
                saying=saying,
            )
        )
    return found


# What stands right before the first word of a quotation or an aside, without a space.
_OPENERS = frozenset({"“", '"', "‘", "(", "["})


def _numbers(words: list[_Word], text: str, lang: LanguageData) -> set[str]:
    """The numbers of a sentence, in digits ("1,200" -> "1200"; "sixty-five" -> "65"), and its
    amounts known only by their order, as written ("hundreds")."""
    found = {digits.replace(",", "") for digits in _DIGITS.findall(text)}
    found.update(w.key for w in words if w.key in lang.restating.vague_amounts)
    tens = 0  # "sixty" before "five"
    for part in (part for word in words for part in word.key.split()):
        value = lang.numbers.words.get(part)
        if value is None:
            tens = 0
            continue
        if value > 1:  # "one" is "one of them", "one day" far more often than a count
            found.add(str(tens + value) if tens and value < 10 else str(value))
        tens = value if value >= 20 and value % 10 == 0 else 0
    return found


def _is_name_word(word: _Word, lang: LanguageData) -> bool:
    """A capitalised word of a name: not a title ("Sen.", "President") nor a day or a month."""
    return (
        word.capital
        and bool(word.tokens)
        and word.key not in lang.titles.honorifics
        and word.key not in lang.titles.role_words
        and word.key not in lang.calendar.calendar_words
    )


def _reached(
    words: list[_Word], cue: Callable[[_Word], bool], lang: LanguageData
) -> tuple[set[str], set[str]]:
    """The content words that a cue word (a negation, a hedge) reaches, and the others. A cue
    reaches NEGATION_REACH words on, not past the end of its clause."""
    inside: set[str] = set()
    outside: set[str] = set()
    reach = 0  # words the last cue still reaches
    for word in words:
        if word.key.split("'")[0] in lang.restating.clause_breaks:
            reach = 0
        if cue(word):
            reach = NEGATION_REACH + 1
        (inside if reach > 0 else outside).update(word.tokens)
        reach = 0 if word.clause_end else max(0, reach - 1)
    return inside, outside


# A name this many words before a word of saying says it ("Mr. Brenner said", "Brenner also
# said"), or after one ("according to the police").
SPEAKER_REACH = 3


def _speaks(words: list[_Word], start: int, lang: LanguageData) -> bool:
    """Whether the name that starts at `start` is who says the sentence's words: right before a
    word of saying, or right after one ("…," said Jane Doe; according to Jane Doe)."""
    end = start
    while (
        end + 1 < len(words) and not words[end].clause_end and _is_name_word(words[end + 1], lang)
    ):
        end += 1
    if not words[end].clause_end:
        for word in words[end + 1 : end + 1 + SPEAKER_REACH]:
            if word.saying:
                return True
            if word.clause_end:
                break
    before = words[max(0, start - SPEAKER_REACH) : start]
    # "told The Star": who is told is not who says.
    return any(
        w.saying and not w.clause_end and w.key not in lang.restating.telling for w in before
    )


def _describes_a_person(word: _Word, lang: LanguageData) -> bool:
    """A title or a job written beside a name ("the senator", "a former lawyer"): it says who
    someone is, not what the sentence says of them."""
    titles = lang.titles
    return (
        word.key in titles.role_words
        or word.key in titles.job_words
        or word.key in titles.role_qualifiers
    )


@functools.lru_cache(maxsize=1 << 14)
def claim(text: str, lang: LanguageData) -> Claim:
    """Read a sentence as a claim in the language `lang`."""
    words = _words(text, lang)
    predicate: set[str] = set()
    names: list[tuple[set[str], int]] = []  # each name's words, and where it starts
    words_of = lang.restating
    negated, affirmed = _reached(
        words,
        lambda w: w.key in words_of.negations or w.key.endswith(words_of.negated_ending),
        lang,
    )
    hedged, plain = _reached(words, lambda w: w.key in words_of.hedges and not w.capital, lang)
    for i, word in enumerate(words):
        previous = words[i - 1] if i else None
        following = words[i + 1] if i + 1 < len(words) else None
        if not _is_name_word(word, lang):
            if not word.capital and not _describes_a_person(word, lang):
                predicate.update(word.tokens)
            continue
        joined = previous is not None and not previous.clause_end and _is_name_word(previous, lang)
        if joined:
            names[-1][0].update(word.tokens)
            continue
        alone = following is None or word.clause_end or not _is_name_word(following, lang)
        if word.opening and alone and not (following is not None and following.saying):
            # A sentence's first word is capitalised whatever it is: alone, it names nothing
            # (unless it says something: "Sano told reporters").
            predicate.update(word.tokens)
            continue
        names.append((set(word.tokens), i))
    speakers = [n for n, start in names if _speaks(words, start, lang)]
    calendar = lang.calendar
    return Claim(
        tokens=frozenset(t for w in words for t in w.tokens),
        predicate=frozenset(predicate),
        names=tuple(frozenset(n) for n, _ in names),
        speakers=tuple(frozenset(n) for n in speakers),
        numbers=frozenset(_numbers(words, text, lang)),
        weekdays=frozenset(w.key for w in words if w.capital and w.key in calendar.weekdays),
        months=frozenset(
            str(calendar.month_numbers[w.key])
            for w in words
            if w.capital and w.key in calendar.month_numbers
        ),
        negated=frozenset(negated - affirmed),
        affirmed=frozenset(affirmed - negated),
        hedged=frozenset(hedged - plain),
        plain=frozenset(plain - hedged),
        question=is_question(text),
        quoted=frozenset(
            t
            for quotation in QUOTATION.findall(text)
            for w in _words(quotation, lang)
            for t in w.tokens
        ),
    )


# A claim of fewer content words and numbers than this ("He bet on the right horses")
# cannot be told from another by the words they share: only the same words (cosine similarity
# at least SAME_WORDS) state it.
MIN_WORDS = 4
SAME_WORDS = 0.9
# Another sentence states a claim when it has at least this share of the claim's words ...
COVERAGE = 0.65
# ... or, nearly the same words (cosine similarity of content words at least SIMILARITY), at
# least MIN_COVERAGE of them (a short sentence that says part of a long one is not it) ...
SIMILARITY = 0.6
MIN_COVERAGE = 0.6
# ... and at least this share of what the claim says of its names (its lower-case words):
# "Brenner fired back" is not stated by a sentence that only names Brenner.
PREDICATE_COVERAGE = 0.5
# A quotation is what its speaker says, whoever they are said to be: more than this share of
# its own words ('"The dam held all night," said the engineer of the county's water board' is not
# stated by the same engineer of the same board saying that the river rose all night).
QUOTATION_COVERAGE = 0.5


def conflicts(shown: Claim, other: Claim) -> str | None:
    """Why `other` cannot state what `shown` says whatever their words, or None: a question,
    a number of `shown` that `other` lacks, another day or month, another speaker, a word negated in
    one and affirmed in the other."""
    if shown.question or other.question:
        return "a question"
    if not shown.numbers <= other.numbers:
        return "a number"
    # A sentence that dates what it says, but not on every day `shown` names, tells of
    # another happening ("told the paper on Saturday" / "signed it on Thursday").
    if other.weekdays and not shown.weekdays <= other.weekdays:
        return "another day"
    if other.months and not shown.months <= other.months:
        return "another month"
    if other.speakers and shown.speakers and not any(s & other.tokens for s in shown.speakers):
        return "another speaker"
    if shown.negated & other.affirmed or shown.affirmed & other.negated:
        return "a negation"
    if shown.hedged & other.plain or shown.plain & other.hedged:
        return "a hedge"
    return None


def states(shown: Claim, other: Claim, similarity: float) -> bool:
    """Whether a sentence read as `other` states the claim `shown` (their content words'
    cosine similarity is `similarity`)."""
    if conflicts(shown, other) is not None:
        return False
    wanted = shown.tokens
    if not other.speakers:
        # A quotation without its speaker's name ("…," he said) is checked on what it says.
        wanted = wanted.difference(*shown.speakers)
    if not wanted or (len(wanted) + len(shown.numbers) < MIN_WORDS and similarity < SAME_WORDS):
        return False
    coverage = len(wanted & other.tokens) / len(wanted)
    said = len(shown.predicate & other.tokens) / len(shown.predicate) if shown.predicate else 1.0
    if said < PREDICATE_COVERAGE or not _quotation_stated(shown.quoted, other.tokens):
        return False
    return coverage >= COVERAGE or (similarity >= SIMILARITY and coverage >= MIN_COVERAGE)


def _quotation_stated(quoted: frozenset[str], other: frozenset[str]) -> bool:
    """Whether `other` has more than QUOTATION_COVERAGE of the words of a claim's quotations
    (or it quotes nobody)."""
    return not quoted or len(quoted & other) > QUOTATION_COVERAGE * len(quoted)


@functools.lru_cache(maxsize=1 << 14)
def stems(text: str, lang: LanguageData) -> frozenset[str]:
    """The content words of a sentence as stems ("preparation", "prepared" -> "prepar"), each
    family of words for one thing as one, without the words of saying, days and months: what
    two sentences that tell the same thing in other words still share."""
    words = lang.restating
    found = set()
    for word in content_tokens(words.clitic.sub("", text), lang):
        if word in words.attribution_words or word in lang.calendar.calendar_words:
            continue
        found.add(words.synonyms.get(words.uninflect(word)) or words.stem(word))
    return frozenset(found)
