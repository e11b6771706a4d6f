"""Named values of one slot that two sources fill two ways: the holder of one role (one
quotation credited to "general manager Jane Doe" by one outlet and to "general manager Jane
Roe" by another) and the colour of one named thing ("a silver Sedanio", "a gray Sedanio").

Precision first. A holder: the same quotation (a run of QUOTE_RUN_WORDS words in common) is
credited, with a title right before the name, to two names of one title (the same title word
and the word before it, "general manager") and one first name or initials ("A.J. Doe", "A.J.
Roe": one surname mistaken), by sources each of which credits it to one name; no source writes
both surnames (two people it knows, who may both have said it), and no third name is credited
with it: two senators of a joint statement or two spokesmen of one script are two people. Two
people quoted in one story are not one slot: only one quotation credited two ways is.

A colour: a colour word right before a thing's capitalised name that heads its noun phrase ("a
silver Sedanio heading north", not "a gold Olympic medal"); compared only when no source gives
the thing two colours, each colour's sources name it in two words at least (a make and a model,
which few things of one story share) and it is none of the story's people, places, bodies or
groups. Colours that share a word ("dark blue", "blue") agree.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.conflict_parts import components, plainest, topic
from generator.entities import is_group
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, Entity
from generator.text import fold

# Words in a row two sources must quote alike for one quotation: fewer are a phrase many
# speakers use ("we are aware of the").
QUOTE_RUN_WORDS = 6
# A quotation, between double marks, long enough to hold such a run.
_QUOTED = re.compile(r"[\"“](?P<text>[^\"“”]{20,}?)[\"”]")
# A sentence that ends in a name's initials ("general manager A.J.") was cut inside the name.
_ENDS_IN_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}$")
_WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class _Credit:
    """A quotation one source credits to a titled name, with the sentence that credits it."""

    source: str
    name: str  # as written
    surname: str  # folded
    title: str  # folded: the title word and the word before it ("general manager")
    runs: frozenset[tuple[str, ...]]  # the quotation's runs of QUOTE_RUN_WORDS words
    sentence: str


def role_conflicts(
    analyses: Sequence[Analysis], entities: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """The roles whose holder and the things whose colour two sources give two ways."""
    return [*_holder_conflicts(analyses, lang), *_colour_conflicts(analyses, entities, lang)]


# Holders -----------------------------------------------------------------------------------------


def _holder_conflicts(analyses: Sequence[Analysis], lang: LanguageData) -> list[Conflict]:
    """One quotation credited to two names of one title (see above)."""
    credits = [c for a in analyses for c in _credits(a, lang)]
    links: dict[int, set[int]] = {n: set() for n in range(len(credits))}
    for n, first in enumerate(credits):
        for m in range(n + 1, len(credits)):
            if first.runs & credits[m].runs:
                links[n].add(m)
                links[m].add(n)
    texts = [" ".join(s.text for s in a.sentences) for a in analyses]
    found = []
    for component in components(links):
        group = [credits[n] for n in component]
        surnames = {c.surname for c in group}
        if len(surnames) != 2 or len({c.title for c in group}) != 1:
            continue  # one name, three, or titles not shown alike
        if len({_first_name(c.name) for c in group}) != 1:
            continue  # two people who may both have said it (a joint statement, a script)
        if any(all(_writes(t, s) for s in surnames) for t in texts):
            continue  # a source that names both knows two people
        sides: dict[str, set[str]] = defaultdict(set)
        for c in group:
            sides[c.surname].add(c.source)
        both = set.intersection(*sides.values())
        sides = {s: sources - both for s, sources in sides.items()}
        if all(sides.values()):
            found.append(_holder_conflict(group, sides, lang))
    return found


def _credits(analysis: Analysis, lang: LanguageData) -> list[_Credit]:
    """The quotations an article credits to a titled name: in the sentence that holds the
    quotation, or in a sentence ending in a colon right before it."""
    sentences = _whole_sentences([s.text for s in analysis.sentences])
    found = []
    for n, sentence in enumerate(sentences):
        quoted = [m["text"] for m in _QUOTED.finditer(sentence)]
        after_colon = n > 0 and sentences[n - 1].rstrip().endswith(":")
        if not quoted and not after_colon:
            continue  # no quotation to credit: most sentences, and the name pattern is slow
        names = _titled_names(_QUOTED.sub("“”", sentence), lang)
        if not names and after_colon:
            names = _titled_names(sentences[n - 1], lang)  # 'Doe issued a statement: "…"'
            quoted = quoted or [sentence]
        runs = frozenset(r for q in quoted for r in _runs(q))
        for name, title in names if runs else ():
            found.append(
                _Credit(analysis.article.id, name, fold(name).split()[-1], title, runs, sentence)
            )
    return found


def _whole_sentences(sentences: Sequence[str]) -> list[str]:
    """Sentences with those cut inside a name's initials joined to the next."""
    whole: list[str] = []
    cut = False
    for sentence in sentences:
        if cut:
            whole[-1] = f"{whole[-1]} {sentence}"
        else:
            whole.append(sentence)
        cut = _ENDS_IN_INITIALS.search(sentence) is not None
    return whole


def _runs(quotation: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(fold(quotation))
    return frozenset(
        tuple(words[n : n + QUOTE_RUN_WORDS]) for n in range(len(words) - QUOTE_RUN_WORDS + 1)
    )


def _titled_names(text: str, lang: LanguageData) -> list[tuple[str, str]]:
    """The names a sentence credits with a title right before them, each with its title."""
    grammar = lang.disagreements
    found = []
    for match in (*grammar.credited.finditer(text), *grammar.credited_after.finditer(text)):
        title = _title(match["title"], lang)
        if title:
            found.append((" ".join(match["name"].split()), title))
    return found


def _title(words: str, lang: LanguageData) -> str:
    """A title's key: the longest title of the language that ends the words, with the word
    before it ("general manager" in "team general manager"); "" when none ends them."""
    written = [w.lower().strip(",") for w in words.split()]
    titles = set(lang.titles.role_titles)
    for start in range(len(written)):
        if " ".join(written[start:]) in titles:
            return " ".join(written[max(0, start - 1) :])
    return ""


def _first_name(name: str) -> str:
    """A name's first word or initials, folded and without dots ("A.J." and "AJ" are "aj")."""
    return fold(name.split(maxsplit=1)[0].replace(".", ""))


def _writes(text: str, surname: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", fold(text)) is not None


def _holder_conflict(
    group: Sequence[_Credit], sides: dict[str, set[str]], lang: LanguageData
) -> Conflict:
    """A role's two holders, each with the sources that credit the quotation to them."""
    written: dict[str, str] = {}
    for c in sorted(group, key=lambda c: (-len(c.name), c.name)):
        written.setdefault(c.surname, c.name)
    text = plainest(c.sentence for c in group if c.source in sides.get(c.surname, ()))
    return Conflict(
        f"Name: the {group[0].title} quoted, in “{topic(text, lang)}”",
        tuple(
            Cited(written[surname], tuple(sorted(sources)))
            for surname, sources in sorted(sides.items())
        ),
    )


# Colours -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Coloured:
    """A colour one source gives a named thing, with the sentence it is written in."""

    source: str
    thing: str  # folded: the last word of its name
    name: str  # as written
    colours: frozenset[str]  # the colour words, in one spelling
    written: str  # the colour as written
    sentence: str
    owner: str  # folded: whose it is, when a possessive stands before it ("a victim's"); "" if none


def _colour_conflicts(
    analyses: Sequence[Analysis], entities: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """A named thing two sources give two colours (see above)."""
    named = {
        fold(w)
        for e in entities
        if e.type in ("person", "place", "organisation")
        for form in (e.name, *e.aliases)
        for w in form.split()
    }
    told: dict[str, list[_Coloured]] = defaultdict(list)
    for a in analyses:
        for c in _coloured(a, lang):
            if c.thing not in named:
                told[c.thing].append(c)
    found = []
    for colours in (told[t] for t in sorted(told)):
        by_source: dict[str, set[frozenset[str]]] = defaultdict(set)
        for c in colours:
            by_source[c.source].add(c.colours)
        if any(len(given) > 1 for given in by_source.values()):
            continue  # a source that gives two colours may tell two things
        given = {next(iter(g)) for g in by_source.values()}
        if len(given) != 2 or _one_colour(*given):
            continue
        if not all(any(_make_and_model(c) for c in colours if c.colours == g) for g in given):
            continue  # "a white Brenton", "a black Brenton": two cars of one make, maybe
        if len({c.owner for c in colours}) > 1:
            continue  # "the gunman drove a silver Brenton", "a victim's grey Brenton": two cars
        sides = {
            shade: {s for s, g in by_source.items() if shade in g}
            for shade in sorted(given, key=sorted)
        }
        text = plainest(c.sentence for c in colours)
        name = max((c.name for c in colours), key=lambda n: (len(n.split()), n))
        found.append(
            Conflict(
                f"Colour: the colour of the {name}, in “{topic(text, lang)}”",
                tuple(
                    Cited(_shown(colours, shade), tuple(sorted(sources)))
                    for shade, sources in sides.items()
                ),
            )
        )
    return found


def _coloured(analysis: Analysis, lang: LanguageData) -> list[_Coloured]:
    """The colours an article gives things by name, where the name heads its noun phrase."""
    grammar = lang.disagreements
    found = []
    for sentence in analysis.sentences:
        for match in grammar.coloured.finditer(sentence.text):
            words = match["thing"].split()
            if is_group(words, lang) or _modifies(sentence.text[match.end() :], lang):
                continue  # "a black Democrat", "a gold Olympic medal"
            shades = frozenset(
                grammar.colour_spellings.get(w, w) for w in (match["first"], match["second"]) if w
            )
            found.append(
                _Coloured(
                    analysis.article.id,
                    fold(words[-1]),
                    match["thing"],
                    shades,
                    match["colour"],
                    sentence.text,
                    _owner(sentence.text[: match.start()], lang),
                )
            )
    return found


def _owner(before: str, lang: LanguageData) -> str:
    """Whose a coloured thing is, from the word right before its colour: a name or noun with a
    possessive ending ("a victim's", "Doe's") or a possessive pronoun ("his"), folded; ""."""
    words = before.split()
    if not words:
        return ""
    last = fold(words[-1])
    if last.endswith(("'s", "’s")) or last in lang.figures.possessives:
        return last
    return ""


def _make_and_model(coloured: _Coloured) -> bool:
    """Whether a thing is named in two words or more ("Brenton Sedan"), one of a kind few
    things of one story share."""
    return len(coloured.name.split()) > 1


def _modifies(after: str, lang: LanguageData) -> bool:
    """Whether the capitalised name before `after` modifies a noun after it ("Olympic medal"):
    a next word in lower case that is neither a function word nor a participle."""
    word = re.match(r"\s+([a-z][\w-]*)", after)
    if word is None:
        return False
    return word[1] not in lang.stop_words and not word[1].endswith(("ing", "ed"))


def _one_colour(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two colours agree: they share a colour word ("dark blue", "blue")."""
    return bool(first & second)


def _shown(colours: Sequence[_Coloured], shade: frozenset[str]) -> str:
    """A colour as its sources write it most often ("grey" or "gray"), the first among equals."""
    written = Counter(c.written for c in colours if c.colours == shade)
    return min(written, key=lambda w: (-written[w], w))
