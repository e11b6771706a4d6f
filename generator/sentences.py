"""Sentence splitting for news prose: abbreviations, initials, decimals, quotations, headings."""

from __future__ import annotations

import re

from generator.lang.schema import LanguageData

_CANDIDATE = re.compile(
    r"""(?P<end>[.!?…]+)(?P<close>["”’')\]»]*)\s+(?P<next>["“‘'(\[«]*[\w$£€¥])""",
)
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
# Characters looked back for the word before a full stop: longer than any abbreviation.
WORD_LOOKBACK = 40
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_CAMEL_START = re.compile(r"[a-z]{1,2}[A-Z]")


def _following_words(text: str, start: int, count: int) -> list[str]:
    return [w.strip("\"“‘'([«,;:") for w in text[start:].split(maxsplit=count)[:count]]


def _is_boundary(text: str, match: re.Match[str], lang: LanguageData) -> bool:
    rules = lang.sentences
    end, close = match["end"], match["close"]
    following = _following_words(text, match.start("next"), 3)
    first_word = following[0] if following else ""
    first = first_word[:1]
    if not (
        first.isupper() or first.isdigit() or first in "$£€¥" or _CAMEL_START.match(first_word)
    ):
        return False  # "Will it work?" she asked.
    quotation_ends = end[-1] in "!?" and any(q in close for q in "\"”’'")
    if quotation_ends and any(w.lower() in rules.speech for w in following[1:3]):
        return False  # "We will win!" Reyes said. The attribution belongs to the quotation.
    if end != "." or close:
        return True
    # Only the word before the mark matters: look back a bounded stretch, not from the start
    # of the paragraph (which made splitting quadratic in the paragraph's length).
    end = match.start("end")
    before = _WORD_BEFORE.search(text[max(0, end - WORD_LOOKBACK) : end])
    if before is None:
        return True
    word = before[1].lower().strip("'’")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "George W. Bush", "J. K. Rowling"
    opens_quotation = match["next"][:1] in "\"“‘'"
    if word in rules.never_final:
        return opens_quotation  # 'on Main St. "Three points ..."' starts a quotation
    if word in rules.streets:
        return (
            opens_quotation or first_word.lower() in rules.openers
        )  # "St. Paul" / "Water St. The"
    if word in rules.month_abbreviations or word in rules.before_number:
        return not any(ch.isdigit() for ch in first_word)  # "No. 3", "No. A-23-0417"
    if word in rules.clock:
        return first_word.lower() not in rules.time_continuations  # "9 a.m. Friday", "a.m. Eastern"
    if word in rules.usually_final:
        return True
    if word in rules.place_abbreviations or _DOTTED.fullmatch(word):
        if first_word.lower() in rules.openers:
            return True
        second = following[1] if len(following) > 1 else ""
        if second.lower() in rules.name_joiners:
            return False  # "the U.S. Food and Drug Administration"
        return bool(second[:1].islower()) and first_word.lower() not in rules.name_continuations
    return True


def split_sentences(paragraph: str, lang: LanguageData) -> list[str]:
    """The sentences of one paragraph, each stripped; a heading is one sentence. The language
    `lang` says which abbreviations end a sentence; without its data, every full stop before a
    capital does."""
    sentences = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        if _is_boundary(paragraph, match, lang):
            cut = match.start("next")
            sentence = paragraph[start:cut].strip()
            if sentence:
                sentences.append(sentence)
            start = cut
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
