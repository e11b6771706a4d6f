"""Keyphrases with YAKE, made readable: variants merged, names trimmed of their titles."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yake

from generator import names, yake_speedups
from generator.lang.schema import LanguageData
from generator.models import Block, Entity, Keyphrase
from generator.text import fold


@dataclass(frozen=True)
class YakeSettings:
    """Every YAKE setting we use, stated (YAKE's own defaults are not relied upon)."""

    language: str = "en"
    max_words: int = 3
    # YAKE drops a candidate this similar to a better one; 0.9 keeps near-variants for us to merge.
    dedup_threshold: float = 0.9
    dedup_function: str = "seqm"
    window_size: int = 1
    # Candidates asked of YAKE before our filters; our filters drop about half.
    candidates: int = 40


# Names of people and places make better tags than generic words: their score is multiplied
# by this (lower is better) when a story's keyphrases are ranked.
NAME_PREFERENCE = 0.5
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”]$")


@functools.lru_cache(maxsize=8)
def _extractor(settings: YakeSettings) -> yake.KeywordExtractor:
    return yake.KeywordExtractor(
        lan=settings.language,
        n=settings.max_words,
        dedup_lim=settings.dedup_threshold,
        dedup_func=settings.dedup_function,
        window_size=settings.window_size,
        top=settings.candidates,
    )


def stopwords(language: str) -> frozenset[str]:
    return frozenset(_extractor(YakeSettings(language=language)).stopword_set)


def yake_input(blocks: Sequence[Block], title: str | None) -> str:
    """Text for YAKE: every line ends a sentence (phrases never run across lines), and a Title
    Case headline is lowered to the casing its words have in the body (so "Ties Ahead" is not
    taken for a name)."""
    body_words = Counter(
        w for b in blocks if b.kind == "p" for w in re.findall(r"[\w’'-]+", b.text)
    )

    def sentence_case(line: str) -> str:
        def lower_if_common(match: re.Match[str]) -> str:
            word = match[0]
            # Keep a capital only where the body capitalises the word too (a name, not a headline).
            return word if body_words[word] > 0 else word.lower()

        return re.sub(r"[\w’'-]+", lower_if_common, line)

    lines = [sentence_case(title)] if title else []
    lines += [sentence_case(b.text) if b.kind == "h" else b.text for b in blocks]
    return "\n".join(line if _SENTENCE_END.search(line) else f"{line}." for line in lines)


def tidy(phrase: str, stop: frozenset[str], lang: LanguageData) -> str | None:
    """A readable form of a YAKE candidate, or None: no stopword, title or verb at the edges,
    no dangling possessive, and a name stripped of the title before it."""
    words = phrase.split()
    words[-1] = _POSSESSIVE.sub("", words[-1]) if len(words[-1]) > 3 else words[-1]
    capitalised = [w[:1].isupper() for w in words]
    if any(capitalised) and not all(capitalised):
        # A name glued to a lower-case neighbour ("visited New Zealand"): keep the name part.
        while words and not words[0][:1].isupper():
            words.pop(0)
        while words and not words[-1][:1].isupper():
            words.pop()
        if any(not w[:1].isupper() and w.lower() not in lang.keyphrases.connectors for w in words):
            return None  # "Minister greeted North": two names and a verb, not a phrase
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        # "French President Marin" -> "Marin": a title inside a name phrase starts the name.
        roles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in lang.titles.title_words]
        if roles and roles[-1] < len(words) - 1:
            words = words[roles[-1] + 1 :]
    if all(w.lower().rstrip(".") in lang.titles.title_words for w in words):
        return None
    while words and (words[0].lower() in stop or words[-1].lower() in stop):
        words = words[1:] if words[0].lower() in stop else words[:-1]
    if not words or (len(words) > 1 and words[-1].lower().rstrip(".") in lang.titles.title_words):
        return None
    if any(w.endswith(("’", "'", "’s", "'s")) for w in words[:-1]):
        return None  # an inner possessive ("nations’ shared interests") is a clause
    text = " ".join(words).strip(" -–—'’\"“”")
    if len(text) < 3 or not any(ch.isalpha() for ch in text):
        return None
    return text


def name_runs(text: str, stop: frozenset[str], lang: LanguageData) -> Counter[str]:
    """Runs of capitalised words in `text`, with titles cut off the front ("Swedish Prime
    Minister Jane Doe" counts as "Jane Doe") and possessives off the end."""
    runs: Counter[str] = Counter()
    for match in lang.keyphrases.name_run.finditer(text):
        words = match[0].split()
        roles = [i for i, w in enumerate(words) if w.lower() in lang.titles.title_words]
        if roles:
            words = words[roles[-1] + 1 :]
        while words and words[0].lower() in stop:
            words.pop(0)
        if words:
            words[-1] = _POSSESSIVE.sub("", words[-1])
        if len(words) > 1:
            runs[" ".join(words)] += 1
    return runs


def complete_name(phrase: str, runs: Counter[str]) -> str:
    """A lone given name or surname completed to the full name the text uses most for it."""
    if " " in phrase or not phrase[:1].isupper():
        return phrase
    containing = [(n, run) for run, n in runs.items() if phrase in run.split()]
    if not containing:
        return phrase
    count, run = max(containing, key=lambda item: (item[0], len(item[1]), item[1]))
    return run if count >= 2 or len(containing) == 1 else phrase


def _keep_best(scored: Iterable[tuple[str, float]], limit: int) -> tuple[Keyphrase, ...]:
    """Merge variants (case, hyphen, spacing), then drop a phrase inside a better-scored one."""
    best: dict[str, tuple[float, str]] = {}
    for text, score in scored:
        key = fold(text)
        if key not in best or score < best[key][0]:
            best[key] = (score, text)
    ranked = sorted(best.items(), key=lambda item: (item[1][0], item[0]))
    kept: list[tuple[str, float, str]] = []
    for key, (score, text) in ranked:
        padded = f" {key} "
        if any(padded in f" {other} " or f" {other} " in padded for other, _, _ in kept):
            continue
        kept.append((key, score, text))
        if len(kept) == limit:
            break
    return tuple(Keyphrase(text, round(score, 6)) for _, score, text in kept)


def extract(
    blocks: Sequence[Block],
    title: str | None,
    language: str,
    limit: int,
    max_words: int,
    *,
    lang: LanguageData,
) -> tuple[Keyphrase, ...]:
    """The article's keyphrases, best first (lower YAKE score is better): YAKE's for the
    `language` (its own stopwords), trimmed of the words `lang` has (titles, connectors)."""
    settings = YakeSettings(language=language, max_words=max_words)
    text = yake_input(blocks, title)
    if not text.strip():
        return ()
    stop = stopwords(language)
    runs = name_runs(text, stop, lang)
    scored = []
    for phrase, score in yake_speedups.keywords(_extractor(settings), text):
        if tidied := tidy(phrase, stop, lang):
            scored.append((complete_name(tidied, runs), float(score)))
    return _keep_best(scored, limit)


def story_keyphrases(
    per_article: Sequence[Sequence[Keyphrase]],
    limit: int,
    people: Sequence[Entity],
    lang: LanguageData,
) -> tuple[Keyphrase, ...]:
    """A story's keyphrases: those many of its sources share come first, then by YAKE score.

    The story score is the best article score divided by the number of articles that have the
    phrase, so a phrase that three sources pick outranks one that a single source scores well.
    A phrase that names one of the story's `people` ("Brenner", "Harold J") is that person's
    name; weekdays, months, lone first names, titles and generic words are no tags.
    """
    identity = _person_forms(people)
    named = {fold(e.name) for e in people if e.type != "person"}  # "Georgia" the place
    support: Counter[str] = Counter()
    best: dict[str, tuple[float, str]] = {}
    for phrases in per_article:
        kept: dict[str, Keyphrase] = {}
        for k in phrases:
            text = identity.get(fold(k.phrase), k.phrase)
            if fit_for_tag(text, named, lang) and fold(text) not in kept:
                kept[fold(text)] = Keyphrase(text, k.score)
        for key, phrase in kept.items():
            support[key] += 1
            if key not in best or phrase.score < best[key][0]:
                best[key] = (phrase.score, phrase.phrase)
    scored = [
        (text, score / support[key] * (NAME_PREFERENCE if text[:1].isupper() else 1.0))
        for key, (score, text) in best.items()
    ]
    return _keep_best(scored, limit)


def _person_forms(people: Sequence[Entity]) -> dict[str, str]:
    """Folded forms of each person's name -> the name: every alias, the surname, and the given
    name with its middle initial ("Donald J"), each only when one person has it."""
    holders: dict[str, set[str]] = {}
    for person in people:
        if person.type != "person":
            continue
        for form in (person.name, *person.aliases):
            words = fold(form).replace(".", "").split()
            for part in {fold(form), " ".join(words), words[-1], " ".join(words[:-1])}:
                if part:
                    holders.setdefault(part, set()).add(person.name)
    return {form: next(iter(names)) for form, names in holders.items() if len(names) == 1}


def fit_for_tag(phrase: str, places: frozenset[str] | set[str], lang: LanguageData) -> bool:
    """Not a weekday or a month, a lone first name, a title or a generic word. A word that is
    also a first name is a tag when it names one of the story's `places` or bodies (folded):
    "Georgia", "Florida"."""
    words = fold(phrase).replace(".", "").split()
    calendar = lang.calendar.calendar_words
    if not words or all(w in calendar or w in lang.names.generic_tag_words for w in words):
        return False
    if any(w in calendar for w in words) and len(words) <= 2:
        return False  # "Monday night", "March 3"
    if len(words) == 1 and words[0] in lang.titles.title_words:
        return False
    if len(words) == 1 and names.is_first_name(words[0]) and fold(phrase) not in places:
        return phrase[:1].islower()  # "Hope" no, "hope" yes
    return not (len(words) == 2 and len(words[1]) == 1)  # "Adam B": a name cut short
