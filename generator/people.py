"""One identity per person: the entities of a story, and the same person named alike site-wide.

"Brenner", "Harold Brenner", "Harold J. Brenner" and "President Brenner" are one person; "Bill
Clinton" and "Hillary Clinton" are two, and a bare "Clinton" is one of them only where one
Clinton is in play: in its own article first, else in its story. A person needs evidence (a
title, an honorific, a known job noun, an age, a first name from the name list, a pronoun that
refers back: see generator/entities.py); a name nothing confirms is left out.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from generator import names
from generator.entities import is_group, is_label
from generator.lang.schema import LanguageData
from generator.models import Analysis, Entity, Keyphrase, Mention, Story
from generator.text import fold

# Kinds of mention that name no person: never resolved to one.
_NOT_PEOPLE = frozenset({"place", "organisation"})


@dataclass(frozen=True)
class PersonName:
    """A person's name taken apart: 'President Harold J. Brenner Jr.' -> first 'harold', core
    ('harold', 'brenner'), initials 'j', suffix 'jr'."""

    core: tuple[str, ...]  # folded words, honorifics, initials and suffix left out
    initials: str
    suffix: str
    # The given name, nicknames written out ("Bill" and "William" are one name); "" for a
    # name of one word.
    first: str

    @property
    def key(self) -> str:
        """Given name and surname: what two written forms of one person share."""
        return " ".join(w for w in (self.first, self.core[-1], self.suffix) if w)

    def ends_with(self, other: PersonName) -> bool:
        """Whether `other` is this name's surname part ("Peña Nieto", "Brenner Jr", "Brenner")."""
        n = len(other.core)
        return n < len(self.core) and self.core[-n:] == other.core and self.suffix == other.suffix

    def given(self, other: PersonName) -> bool:
        """Whether `other` is this name's given name alone ("Hillary", "Barack")."""
        return (
            len(other.core) == 1
            and len(self.core) > 1
            and not other.suffix
            and other.core[0] == self.core[0]
        )


# A story takes apart each mention of its people several times (identities, holders of a
# surname, the site-wide names): the parts are kept per name and language.
@functools.lru_cache(maxsize=1 << 14)
def parse_name(name: str, lang: LanguageData) -> PersonName:
    """A person's name taken apart by the honorifics, name suffixes and nicknames of `lang`."""
    words = [w.strip(".") for w in fold(name).replace("’", "'").split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in lang.titles.honorifics:
        words = words[1:]
    suffix = ""
    if len(words) > 1 and words[-1] in lang.names.name_suffixes:
        suffix = words.pop()
    initials = "".join(w for w in words[1:-1] if len(w) == 1)
    core = tuple(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1))
    core = core or ("",)
    first = lang.names.nicknames.get(core[0], core[0]) if len(core) > 1 else ""
    return PersonName(core, initials, suffix, first)


def normal_title(role: str, lang: LanguageData) -> frozenset[str]:
    """The words of a title, written out and without rank words: "former Sen." -> {senator}."""
    titles = lang.titles
    words = (titles.title_abbreviations.get(w, w) for w in fold(role).replace(".", "").split())
    return frozenset(
        w for w in words if w not in titles.role_qualifiers and w not in titles.small_words
    )


def _titles_match(role: str | None, roles: Iterable[str], lang: LanguageData) -> bool:
    if not role:
        return False
    wanted = normal_title(role, lang)
    return bool(wanted) and any(
        wanted <= (title := normal_title(r, lang)) or title <= wanted for r in roles if r
    )


@dataclass
class _Identity:
    """The mentions of one person (or one unresolved name) in a story, as they are gathered."""

    names: Counter[str]
    kinds: Counter[str]
    roles: Counter[str]
    sources: set[str]
    # Mentions of the full name read as something else (an organisation's, a place's, common
    # words): what a person's evidence must outweigh. A bare surname read as a word
    # ("Kardashian" taken for a demonym) is not counted.
    against: int = 0


def _full_names(mentions: Iterable[Mention], lang: LanguageData) -> dict[str, str]:
    """Full person names (two words or more) -> identity. Forms that differ only in a middle
    initial or a nickname are one identity, unless two different initials share a given name
    and a surname ("George H. W. Bush", "George W. Bush"): then each initial is its own. One
    name written in two ways (`_variants`) is one identity too."""
    by_key: dict[str, set[str]] = defaultdict(set)
    written: Counter[str] = Counter()
    for m in mentions:
        parsed = parse_name(m.name, lang)
        if m.type not in _NOT_PEOPLE and m.type != "other" and len(parsed.core) > 1:
            by_key[parsed.key].add(m.name)
            written[parsed.key] += 1
    same = _variants(written, {k: min(f) for k, f in by_key.items()}, lang)
    identity = {}
    for key, forms in by_key.items():
        initials = {parse_name(f, lang).initials for f in forms} - {""}
        for form in forms:
            own = parse_name(form, lang).initials
            if len(initials) <= 1:
                identity[form] = same.get(key, key)
            elif own:
                identity[form] = f"{key} ({own})"
            # a plain form beside two initials is ambiguous: resolved below like a surname
    return identity


# Two written forms one letter apart are one name misspelt ("Katharine"/"Katherine", "Philipp"/
# "Philip") only in words this long and with these first letters alike: shorter names, or
# names apart from their first letters, are other people's ("Mark"/"Mary", "Jason"/"Mason").
VARIANT_MIN_LETTERS = 5
VARIANT_SAME_START = 2


def _variants(
    written: Counter[str], forms: Mapping[str, str], lang: LanguageData
) -> dict[str, str]:
    """Name keys -> the key of the one person they are another form of: a full name that ends
    another (`_middle_name`), or a name with one word misspelt by one letter ("Ana Kovacs"
    for "Ana Kovac") whose given names do not tell two genders. Only where one person fits;
    of two spellings, the one written more often is the identity. `forms`: a written form
    per key."""
    parsed = {key: parse_name(form, lang) for key, form in forms.items()}
    same: dict[str, str] = {}
    for key, name in parsed.items():
        fits = [
            other
            for other, full in parsed.items()
            if other != key
            and (
                (
                    full.ends_with(name)
                    and _middle_name(forms[other], name, written[other] >= written[key], lang)
                )
                or (_misspelt(name, full) and (written[other], other) > (written[key], key))
            )
        ]
        if len(fits) == 1:
            same[key] = fits[0]
    return {key: _last(key, same) for key in same}


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _middle_name(longer: str, tail: PersonName, as_often: bool, lang: LanguageData) -> bool:
    """Whether a name written in full before `tail` ("Alison Mei Chen" before "Mei Chen",
    "Ruben Tomas Vela Jr." before "Tomas Vela Jr.") is one person who goes by a middle
    name: the words before the tail are first names of the name list, or, when the full form
    is written at least `as_often`, plain capitalised words that label nothing. A label or a
    role before a name ("RB Tom Reyes", "Lisbon-born Jane Roe") is no given name."""
    lead = parse_name(longer, lang).core[: -len(tail.core)]
    extra = [w for w in longer.split() if fold(w).strip(".") in lead]
    if len(extra) != len(lead) or any(
        is_label(w, lang) or fold(w) in lang.calendar.calendar_words for w in extra
    ):
        return False  # "Thursday Jane A. Roe": a day, not a given name
    return all(names.is_first_name(w) for w in extra) or (
        as_often and all(_NAME_WORD.fullmatch(w) for w in extra)
    )


def _last(key: str, same: Mapping[str, str]) -> str:
    """Where a chain of forms ends ("J. Doe" -> "Jane Doe" -> "Jane A. Doe")."""
    seen = {key}
    while key in same and same[key] not in seen:
        key = same[key]
        seen.add(key)
    return key


def _misspelt(one: PersonName, other: PersonName) -> bool:
    """Two names of as many words, alike but for one word a letter apart (one letter changed,
    added or swapped with the next), with given names of no two genders."""
    if len(one.core) != len(other.core) or one.suffix != other.suffix:
        return False
    apart = [(a, b) for a, b in zip(one.core, other.core, strict=True) if a != b]
    if len(apart) != 1:
        return False
    a, b = apart[0]
    if (
        min(len(a), len(b)) < VARIANT_MIN_LETTERS
        or a[:VARIANT_SAME_START] != b[:VARIANT_SAME_START]
    ):
        return False
    genders = {names.gender(one.core[0]), names.gender(other.core[0])} - {None}
    return len(genders) < 2 and _one_letter_apart(a, b)


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two next letters swapped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) == 1:
        return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))
    if len(a) != len(b):
        return False
    apart = [i for i in range(len(a)) if a[i] != b[i]]
    return len(apart) == 1 or (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _resolve(analyses: Sequence[Analysis], lang: LanguageData) -> dict[tuple[str, str], str | None]:
    """(article id, mention name) -> identity, for every mention that can name a person;
    None for a partial name that two people in play could carry."""
    all_mentions = [m for a in analyses for m in a.mentions]
    identity = _full_names(all_mentions, lang)
    evidenced = {
        identity[m.name] for m in all_mentions if m.type == "person" and m.name in identity
    }
    holders: dict[str, PersonName] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    in_article: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        for m in a.mentions:
            if m.name in identity and identity[m.name] in evidenced:
                person = identity[m.name]
                holders.setdefault(person, parse_name(m.name, lang))
                in_article[a.article.id].add(person)
                if m.role:
                    roles[person].add(m.role)
    resolved: dict[tuple[str, str], str | None] = {}
    # The people a partial name (with its title) may stand for, found once per story: every
    # article that writes "Clinton" asks.
    owners_of: dict[tuple[str, str | None], set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.type in _NOT_PEOPLE or (a.article.id, m.name) in resolved:
                continue
            if m.name in identity:
                resolved[(a.article.id, m.name)] = identity[m.name]
                continue
            owners = owners_of.get((m.name, m.role))
            if owners is None:
                part = parse_name(m.name, lang)
                # A title goes with a surname ("President Obama"); with a given name it is a
                # royal's or a cleric's ("Queen Elizabeth"), unless the person holds that title.
                owners = owners_of[(m.name, m.role)] = {
                    p
                    for p, full in holders.items()
                    if full.ends_with(part)
                    or (full.given(part) and (not m.role or _titles_match(m.role, roles[p], lang)))
                }
            if not owners:
                continue  # a name of its own
            # Its own article first, then the story: a bare "Clinton" is the one Clinton
            # there; with two in play, a title ("Secretary Clinton") may still tell them apart.
            local = owners & in_article[a.article.id]
            pool = local or owners
            if len(pool) > 1:
                pool = {p for p in pool if _titles_match(m.role, roles[p], lang)} or pool
            resolved[(a.article.id, m.name)] = next(iter(pool)) if len(pool) == 1 else None
    return resolved


def entities(analyses: Sequence[Analysis], lang: LanguageData) -> tuple[Entity, ...]:
    """One entity per real-world thing across the story, with its sources, aliases and role."""
    resolved = _resolve(analyses, lang)
    found: dict[str, _Identity] = {}
    for analysis in analyses:
        own_outlet = _letters(analysis.article.outlet or "")
        for mention in analysis.mentions:
            at = (analysis.article.id, mention.name)
            if at in resolved and resolved[at] is None:
                continue  # "Clinton" where two Clintons are in play: no one can tell which
            if (
                mention.type == "organisation"
                and own_outlet
                and _letters(mention.name) == own_outlet
            ):
                continue  # "a source told Daily Courier" in Daily Courier's own report
            key = resolved.get(at) or fold(mention.name)
            entry = found.setdefault(key, _Identity(Counter(), Counter(), Counter(), set()))
            entry.names[mention.name] += 1
            entry.kinds[mention.type] += 1
            if " " in mention.name and mention.type in ("organisation", "place", "other"):
                entry.against += 1
            if mention.role:
                entry.roles[mention.role] += 1
            entry.sources.add(analysis.article.id)
    result = []
    for entry in found.values():
        kind = _kind(entry.kinds, entry.against)
        if kind == "other":
            continue
        counts = entry.names
        multiword = [n for n in counts if " " in n] or list(counts)
        # Of forms written as often, one that opens with a first name of the name list: the
        # spelling a misspelt form ("Jnae") is not, a name with no label before it.
        name = max(
            multiword, key=lambda n: (counts[n], names.is_first_name(n.split()[0]), len(n), n)
        )
        roles = entry.roles if kind == "person" else Counter()
        role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
        aliases = tuple(sorted(n for n in counts if n != name))
        result.append(Entity(name, kind, role, aliases, tuple(sorted(entry.sources))))
    result = _without_short_forms(result, lang)
    result = _without_people_as_places(result)
    result.sort(key=lambda e: (-len(e.sources), e.type, e.name))
    return tuple(result)


def _without_people_as_places(found: list[Entity]) -> list[Entity]:
    """A place named by one word that is the family name of a person in the story ("Bush"
    beside "George Bush", "Cordova" beside "Officer Ana Cordova") is most likely that person:
    the gazetteer knows a town of every name. Which it is the text does not settle, so it is
    not listed as a place."""
    family = {fold(e.name.split()[-1]) for e in found if e.type == "person" and " " in e.name}
    return [
        e for e in found if not (e.type == "place" and " " not in e.name and fold(e.name) in family)
    ]


def _letters(name: str) -> str:
    """A name's letters and digits, folded: "The Daily Courier", "dailycourier.com" ->
    "dailycourier" (a web address without its suffix)."""
    name = re.sub(r"^www\.|(\.[a-z]{2,3})+$", "", name.strip().lower())
    return re.sub(r"^the\b|\W|_", "", fold(name))


def _described(name: str, lang: LanguageData) -> bool:
    """A body's name with a word that describes it rather than names it: "Republican Senate",
    "Democratic-controlled House", "S. Congress" (an initial cut from its country): the one
    word alone is the better name, so nothing is folded into this one."""
    first, *rest = name.split()
    return len(rest) == 1 and (
        is_group([first], lang) or "-" in first or len(first.rstrip(".")) == 1
    )


def _without_short_forms(found: list[Entity], lang: LanguageData) -> list[Entity]:
    """An organisation named by one word that ends another organisation's name in the story
    ("Police" beside "Harbour City Police", "Department" beside "Justice Department") is that
    one's second reference: folded into it. With two such names, it could be either: dropped.
    With none, a word that only says what kind of body it is ("the Department said", "the
    Club", "the Office") names no one a reader could tell: dropped too. A body named by the
    one word ("Senate") keeps it."""
    organisations = [e for e in found if e.type == "organisation"]
    kept = [e for e in found if e.type != "organisation" or " " in e.name]
    longer = {e.name: e for e in kept if e.type == "organisation"}
    for short in (e for e in organisations if " " not in e.name):
        if fold(short.name) in lang.names.bodies_named_alone:
            kept.append(short)
            continue
        owners = [
            e
            for e in longer.values()
            if fold(e.name).split()[-1] == fold(short.name) and not _described(e.name, lang)
        ]
        if not owners:
            if fold(short.name) not in lang.names.organisation_words:
                kept.append(short)
        elif len(owners) == 1:
            owner = owners[0]
            merged = replace(
                owner,
                aliases=tuple(sorted({*owner.aliases, short.name, *short.aliases})),
                sources=tuple(sorted({*owner.sources, *short.sources})),
            )
            kept[kept.index(owner)] = longer[owner.name] = merged
    return kept


def _kind(kinds: Counter[str], against: int) -> str:
    """A person when evidence outweighs the full name's readings as something else; else the
    kind most mentions agree on; a candidate nothing confirms ("person?") is no entity."""
    if kinds["person"] and kinds["person"] >= against:
        return "person"  # evidence that most of its other mentions do not contradict
    typed = [k for k in kinds if k not in ("person?", "other", "person")]
    if typed:
        return max(typed, key=lambda k: (kinds[k], k))
    return "other"


# Site-wide ----------------------------------------------------------------------------------


def unify(stories: Sequence[Story], languages: Mapping[str, LanguageData]) -> tuple[Story, ...]:
    """The same person under one name on every page: story entities, the people page and the
    tags. A story that only says "Boehner" gets the one Boehner the other stories name in full
    (or, among several, the one whose title it gives). `languages`: each story's language, by
    story id, whose honorifics, titles and nicknames its names are read with."""
    display = site_names(stories, languages)
    return tuple(_renamed(story, display, languages[story.id]) for story in stories)


def site_names(stories: Sequence[Story], languages: Mapping[str, LanguageData]) -> dict[str, str]:
    """Folded name of every person entity -> the name the site shows for that person."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    form_language: dict[str, LanguageData] = {}  # the language of a key's first form
    people = [(e, languages[s.id]) for s in stories for e in s.entities if e.type == "person"]
    for person, lang in people:
        parsed = parse_name(person.name, lang)
        if len(parsed.core) > 1:
            initials[parsed.key].add(parsed.initials)
    key_of: dict[str, str] = {}
    for person, lang in people:
        parsed = parse_name(person.name, lang)
        if len(parsed.core) < 2:
            continue
        known = initials[parsed.key] - {""}
        if len(known) > 1 and not parsed.initials:
            continue  # "George Bush" beside "George W. Bush" and "George H. W. Bush"
        key = parsed.key if len(known) <= 1 else f"{parsed.key} ({parsed.initials})"
        key_of[fold(person.name)] = key
        forms[key][person.name] += 1
        form_language.setdefault(key, lang)
        if person.role:
            roles[key].add(person.role)
    full = {
        key: parse_name(max(c, key=lambda n: (c[n], n)), form_language[key])
        for key, c in forms.items()
    }
    for person, lang in people:
        parsed = parse_name(person.name, lang)
        if fold(person.name) in key_of or len(parsed.core) != 1:
            continue
        owners = [
            k
            for k, f in full.items()
            if f.ends_with(parsed)
            or (f.given(parsed) and _titles_match(person.role, roles[k], lang))
        ]
        if len(owners) > 1:
            owners = [k for k in owners if _titles_match(person.role, roles[k], lang)]
        if len(owners) == 1:
            key_of[fold(person.name)] = owners[0]
    shown = {key: max(c, key=lambda n: (c[n], -len(n.split()), n)) for key, c in forms.items()}
    return {name: shown[key] for name, key in key_of.items()}


def _renamed(story: Story, display: Mapping[str, str], lang: LanguageData) -> Story:
    merged: dict[str, Entity] = {}
    renamed: dict[str, str] = {}
    for entity in story.entities:
        name = display.get(fold(entity.name), entity.name) if entity.type == "person" else None
        if name is None or name == entity.name:
            key = f"{entity.type}:{fold(entity.name)}"
            merged[key] = _join(merged.get(key), entity)
            continue
        for form in (entity.name, *entity.aliases):
            renamed[fold(form)] = name
        aliases = tuple(sorted({*entity.aliases, entity.name} - {name}))
        key = f"person:{fold(name)}"
        merged[key] = _join(merged.get(key), replace(entity, name=name, aliases=aliases))
    entities = sorted(merged.values(), key=lambda e: (-len(e.sources), e.type, e.name))
    # A tag that is a name the site resolves ("Brenner" in a story that names no Brenner in full),
    # unless two people of the story carry it.
    surnames = Counter(
        parse_name(e.name, lang).core[-1]
        for e in story.entities
        if e.type == "person" and " " in e.name
    )
    for form, name in display.items():
        if " " in form or surnames[form] < 2:
            renamed.setdefault(form, name)
    keyphrases = _renamed_phrases(story.keyphrases, renamed)
    # Speakers too: a quotation is said by the person of the people page, under that name.
    quotes = tuple(
        replace(q, speaker=renamed.get(fold(q.speaker), q.speaker)) if q.speaker else q
        for q in story.quotes
    )
    if (
        tuple(entities) == story.entities
        and keyphrases == story.keyphrases
        and quotes == story.quotes
    ):
        return story
    return replace(story, entities=tuple(entities), keyphrases=keyphrases, quotes=quotes)


def _join(first: Entity | None, second: Entity) -> Entity:
    """Two entities of a story found to be one person: sources and aliases together."""
    if first is None:
        return second
    aliases = tuple(sorted({*first.aliases, *second.aliases} - {first.name}))
    return replace(
        first,
        role=first.role or second.role,
        aliases=aliases,
        sources=tuple(sorted({*first.sources, *second.sources})),
    )


def _renamed_phrases(
    phrases: Sequence[Keyphrase], renamed: Mapping[str, str]
) -> tuple[Keyphrase, ...]:
    """Keyphrases with a person's other forms written as the site's name, once each."""
    seen: set[str] = set()
    result = []
    for phrase in phrases:
        text = renamed.get(fold(phrase.phrase), phrase.phrase)
        if fold(text) in seen:
            continue
        seen.add(fold(text))
        result.append(replace(phrase, phrase=text))
    return tuple(result)
