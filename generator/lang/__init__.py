"""Language data in one place: one folder per language, read through `get(language)`.

As in spaCy's lang/ packages, a language is a folder (lang/en/) of word lists and patterns
(calendar words, number words, verbs of speech, titles, stop words, boilerplate...) assembled
into one LanguageData (schema.py); no other module holds a word list of a language. An
article is read with the data of the language it declares (else the configured one); a
language without a folder gets lang/xx/, the data of no language: it is cleaned of what every
language shares, given keyphrases by YAKE, and read for no entity, figure, date or quotation.

Adding a language: a folder like lang/en/ and one line in LANGUAGES. The registry is written
out, not discovered, so that the stages' cache keys (cache.py, from their imports) follow it.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Iterable

from generator.lang.en import ENGLISH
from generator.lang.schema import LanguageData
from generator.lang.xx import NO_LANGUAGE

log = logging.getLogger(__name__)

# ISO 639-1 code -> the language's data.
LANGUAGES: dict[str, LanguageData] = {"en": ENGLISH}


def primary(language: str) -> str:
    """The language of a tag without its region or script: "en-GB", "EN_us" -> "en"."""
    return language.strip().lower().replace("_", "-").split("-")[0]


def get(language: str) -> LanguageData:
    """The data of a language (a code such as "en" or "en-GB"); the data of no language
    (NO_LANGUAGE, `supported` False) when there is none for it."""
    return LANGUAGES.get(primary(language), NO_LANGUAGE)


def most_used(languages: Iterable[str]) -> LanguageData:
    """The data of the language most of these (the languages of a story's articles) are in,
    ties to the first code in alphabetical order: what a story told by them is read in. A story
    of articles in two languages is read in the one most of them use; each article's own
    analysis (entities, figures, dates, quotations) was made in its own language."""
    counts = Counter(primary(code) for code in languages)
    if not counts:
        return NO_LANGUAGE
    return get(min(counts, key=lambda code: (-counts[code], code)))


# A story's sentences are asked whether they are captions or credits by several stages (the
# figures and days compared, the sources' own statements): the answer is kept per text.
@functools.lru_cache(maxsize=1 << 16)
def is_caption(text: str, lang: LanguageData) -> bool:
    """Whether a sentence is a photo caption or a credit left in the text (the language's
    boilerplate.caption)."""
    return lang.boilerplate.caption.search(text) is not None


def tells_another(words: str, lang: LanguageData) -> bool:
    """Whether words tell one of several of a kind ("the first hearing", "another standoff", "a
    second video", "later met", "also"): the words that make an occasion another of its kind,
    and those of one more event (the language's disagreements.occasion_other, other_event)."""
    grammar = lang.disagreements
    return bool(grammar.occasion_other.search(words) or grammar.other_event.search(words))


def without_data(languages: Iterable[str]) -> list[str]:
    """The languages among these that have no data, each once, sorted."""
    return sorted({code for code in languages if not get(code).supported})


def warn_without_data(languages: Iterable[str]) -> None:
    """One warning naming every language of the build that has no data."""
    missing = without_data(languages)
    if missing:
        log.warning(
            "no language data for %s (known: %s): those articles are cleaned of links and "
            "handles only, keep YAKE's keyphrases, and have no entities, figures, dates or "
            "quotations read from them",
            ", ".join(missing),
            ", ".join(sorted(LANGUAGES)),
        )
