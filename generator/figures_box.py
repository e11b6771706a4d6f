"""One figure per fact in the fact box: the groups of claims (claims.py) that give the same value
of the same thing under two labels joined, so a reader never sees one fact twice.

claims.py joins two sources' claims when they count the same thing by its key; a story still
showed one player's saves and his stops of one count, one sum as "cheque" and "transfer", one
stay under two nouns, one person's age under two forms of her name. Here two
groups of one value and unit are one fact when they belong to the same holder: the sentences of
both name someone in common, or give another figure in common, and no two holders of it are named
(two players' catches, a team's and a player's yards stay two).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from generator.lang.schema import LanguageData
from generator.models import FigureClaim
from generator.text import fold

# A value this small meets another by chance in a story ("3 days", "2 goals"): two groups of it
# with two labels are joined only by their key (claims.py), never by their holder here.
FEW = 10
# Figures this close are one figure written with more or fewer digits (as claims.py reads them).
ROUNDING_SHARE = 0.005
# Units of a share and of a count (claims.py): a share is of a whole each sentence names, and two
# nouns counted are one thing only when the sentences tell one record.
SHARE = "%"
COUNT = "count"
# What sets a key apart from its noun (" of 23", " (if)"): keys so set apart are never joined.
_QUALIFIED = " "
_EDGE = ".,;:!?()\"“”'’"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]")

Groups = list[list[FigureClaim]]


def sentence_names(sentence: str, lang: LanguageData) -> frozenset[str]:
    """The name words of a sentence, lower case: capitalised words past its first one (which
    any sentence capitalises), no stop word, day or month. A name may end as a plural does
    ("Charles", "Rangers")."""
    stripped = (w.strip(_EDGE) for w in sentence.split()[1:])
    return _names(stripped, lang)


def _names(written: Iterable[str], lang: LanguageData) -> frozenset[str]:
    words = (fold(w.removesuffix("'s").removesuffix("’s")) for w in written if w[:1].isupper())
    return frozenset(
        w
        for w in words
        if w.isalpha() and w not in lang.stop_words and w not in lang.calendar.calendar_words
    )


def holder_names(claim: FigureClaim, lang: LanguageData) -> frozenset[str]:
    """The names that open a figure's clause, before its first lower-case word other than a
    function word ("Holt ran for 640 yards", "the Comets ran for ..."): the clause's
    subject, whose the figure is, when the clause names it."""
    at = claim.said.find(claim.text)
    if at < 0:
        return frozenset()
    opening = []
    for written in _CLAUSE_BREAK.split(claim.said[:at])[-1].split():
        word = written.strip(_EDGE)
        if word[:1].isupper():
            opening.append(word)
        elif fold(word) not in lang.stop_words:
            break
    return _names(opening, lang)


def join_alike(
    groups: Groups,
    lang: LanguageData,
    same_person: Callable[[str | None, str | None, LanguageData], bool],
) -> list[Groups]:
    """The groups of one value, unit and holder joined, in the order of the first of them, each
    as the groups it joins (its parts, most prominent first): an age of two forms of one name
    the story writes in full ("Mira", "Okonkwo" of "Mira Okonkwo"), or a value above FEW under two
    labels whose sentences name someone in common or give another figure in common
    (`_one_holder`); two nouns counted, only with another figure in common; never two shares."""
    full_names = {c.person for g in groups for c in g if c.person and len(c.person.split()) > 1}
    joined: list[Groups] = []
    for group in groups:
        home = next(
            (
                parts
                for parts in joined
                if _one_fact(_whole(parts), group, full_names, lang, same_person)
            ),
            None,
        )
        if home is None:
            joined.append([list(group)])
        else:
            home.append(list(group))
    return joined


def _whole(parts: Groups) -> list[FigureClaim]:
    return [claim for part in parts for claim in part]


def _one_fact(
    one: Sequence[FigureClaim],
    other: Sequence[FigureClaim],
    full_names: set[str],
    lang: LanguageData,
    same_person: Callable[[str | None, str | None, LanguageData], bool],
) -> bool:
    first, second = one[0], other[0]
    if first.unit != second.unit or not _same_value(first.value, second.value):
        return False
    if {(c.article, c.sentence) for c in one} & {(c.article, c.sentence) for c in other}:
        return False  # "a $1 million clause, and she has no $1 million in the bank": two facts
    if first.thing == "age" or second.thing == "age":
        return (
            first.thing == second.thing
            and bool(first.person and second.person)
            and _forms_of_one_name(first.person, second.person, full_names, lang, same_person)
        )
    if first.value <= FEW or not first.thing or not second.thing or first.unit == SHARE:
        return False  # "Kim at 45 percent", "45 percent call Kim cautious": shares of two wholes
    if _bound(one, lang) != _bound(other, lang):
        return False  # "more than $1 million" and "a $1 million clause": a bound and a value
    if _QUALIFIED in first.thing or _QUALIFIED in second.thing:
        return False  # "10 of its 16 games", a rate, a case: each says which part it is
    if first.thing == second.thing or first.unit != COUNT:
        return _one_holder(one, other, lang)
    # two nouns counted ("71 saves", "71 stops"): one record only when it is told whole
    return _one_holder(one, other, lang) and _figure_in_common(one, other)


def _bound(group: Sequence[FigureClaim], lang: LanguageData) -> str:
    """Which bound a group's figure is: "least" ("more than 4,000"), "most" ("up to 4,000") or
    "" (a value, hedged or not)."""
    hedges = {c.hedge for c in group if c.hedge}
    if hedges & lang.figures.at_least:
        return "least"
    return "most" if hedges & lang.figures.at_most else ""


def _forms_of_one_name(
    a: str | None,
    b: str | None,
    full_names: set[str],
    lang: LanguageData,
    same_person: Callable[[str | None, str | None, LanguageData], bool],
) -> bool:
    """Whether two names are one person's: by `same_person`, or as two parts of one full name
    the story gives ("Mira", "Okonkwo" of "Mira Okonkwo") that no other full name of it shares."""
    if same_person(a, b, lang):
        return True
    holders = [n for n in full_names if same_person(n, a, lang) or same_person(n, b, lang)]
    return (
        len(holders) == 1 and same_person(holders[0], a, lang) and same_person(holders[0], b, lang)
    )


def _one_holder(
    one: Sequence[FigureClaim], other: Sequence[FigureClaim], lang: LanguageData
) -> bool:
    """Whether two groups' figures are one holder's: no clause of one names whose it is with
    names the other's clause of it does not ("the Comets ran for" and "Holt ran for"), and
    their sentences name someone in common or give another figure in common ("71 saves in 930
    minutes" and "71 stops over 930 minutes")."""
    holders_one = {n for c in one for n in holder_names(c, lang)}
    holders_other = {n for c in other for n in holder_names(c, lang)}
    if holders_one and holders_other and not holders_one & holders_other:
        return False
    names_one = {n for c in one for n in sentence_names(c.said, lang)}
    names_other = {n for c in other for n in sentence_names(c.said, lang)}
    return bool(names_one & names_other) or _figure_in_common(one, other)


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# A year written in a sentence ("in 2008") is no figure two records share: any two may.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _figure_in_common(one: Sequence[FigureClaim], other: Sequence[FigureClaim]) -> bool:
    """Whether a sentence of each group gives another number in common, of two digits or more
    ("1,098"): the two sentences tell the same record."""

    def others(group: Sequence[FigureClaim]) -> set[str]:
        found = set()
        for claim in group:
            for number in _NUMBER.findall(claim.said.replace(claim.text, " ", 1)):
                digits = number.replace(",", "").rstrip(".")
                if len(digits) > 1 and not _YEAR.fullmatch(number):
                    found.add(digits)
        return found

    return bool(others(one) & others(other))


def _same_value(x: float, y: float) -> bool:
    return abs(x - y) <= ROUNDING_SHARE * max(abs(x), abs(y))


# Why a label names nothing counted (claims.unreadable): a place in a ranking, a share that
# only says "completely".
RANK_ONLY = "a rank"
INTENSIFIER = "a share that only says completely"
# The share that says "completely" ("100 percent avoidable").
WHOLE_SHARE = 100.0
_CLOSES = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)")


def stray_label(group: Sequence[FigureClaim], unit: str, about: str, lang: LanguageData) -> str:
    """Why a figure's label is a stray word, or "": a label that ends on an ordinal ("ranks
    third", "fifth": a place in a ranking, not what the money or the count is of); a share of
    100 whose label is one word closing its clause ("100 percent avoidable.", "100 percent
    honest,": an adverb of degree, no share of anything)."""
    words = about.split()
    if words and lang.disagreements.ordinal.fullmatch(words[-1].strip(_EDGE)):
        return RANK_ONLY
    if unit == SHARE and len(words) == 1 and all(_closes_clause(c, about) for c in group):
        return INTENSIFIER if group[0].value == WHOLE_SHARE else ""
    return ""


def _closes_clause(claim: FigureClaim, about: str) -> bool:
    """Whether a claim's label is written right after its figure and ends its clause."""
    at = claim.said.find(claim.text)
    if at < 0:
        return False
    after = claim.said[at + len(claim.text) :]
    word = after.lstrip()
    return word.startswith(about) and bool(_CLOSES.match(word, len(about)))
