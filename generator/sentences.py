"""Sentence splitting for news prose: abbreviations, initials, decimals, quotations, headings."""

from __future__ import annotations

import re

from generator.patterns import ORGANISATION_WORDS, ROLE_TITLES, SPEECH_VERBS

# Abbreviations that are always followed by more of the same sentence (a name or a number).
NEVER_FINAL = frozenset(
    """mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm sen rep gov pres supt insp det
    rev fr mt ed eds approx est dept univ assn messrs mme mlle hon amb atty brig cdr cpl
    pvt rt cllr e.g i.e cf al viz v vs""".split()
)
# Abbreviations written before a number ("No. 10", "Vol. 2") or after one ("9 ft."): they end
# the sentence when a capitalised word follows instead of a number ("said no. She left").
BEFORE_NUMBER = frozenset(
    ["no", "nos", "vol", "vols", "art", "fig", "pp", "pg", "ch", "sec", "op", "ft"]
)
# Month abbreviations: "Aug. 23" continues the sentence, "in Aug. Prices rose" ends it.
MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# Abbreviations that usually end what comes before them: company suffixes, Jr., times, etc.
# Followed by a capitalised word, they end the sentence ("sold to Halden Ltd. About 1,100 ...").
USUALLY_FINAL = frozenset("""inc ltd corp co plc llc bros jr sr etc ag gmbh s.a""".split())
# Times of day: "at 9 a.m. Police said" ends, "at 9 a.m. Friday" and "a.m. Eastern time" go on.
CLOCK = frozenset(["a.m", "p.m"])
TIME_CONTINUATIONS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow eastern central
    pacific mountain atlantic local gmt utc bst cet et est edt ct cst cdt pt pst pdt mt mst mdt
    ist jst aest sharp""".split()
)
# Street abbreviations: "St. Paul" goes on, "from Water St. The project" ends.
STREETS = frozenset(["st", "rd", "ave", "blvd", "ln", "sq", "hwy", "pl", "ct"])
# Place abbreviations: "the U.S. President" goes on, "observers from the U.K. The talks" ends.
PLACE_ABBREVIATIONS = frozenset(["u.s", "u.k", "u.n", "e.u", "u.a.e", "u.s.a", "d.c", "n.y", "l.a"])
# Words that open sentences. After a place abbreviation one of these marks a new sentence.
OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    but and or so yet if when while after before as at in on for from by with without since
    however meanwhile still also then now later earlier according some many most more few
    one two three no not nothing none all both each every what who why how where which
    officials police authorities analysts critics experts residents""".split()
)
# After a place abbreviation, a capitalised word that names an institution continues the name.
_NAME_CONTINUATIONS = (
    ORGANISATION_WORDS
    | {w for t in ROLE_TITLES for w in t.split()}
    | frozenset("national federal state treasury embassy military central supreme district".split())
)
_SPEECH = SPEECH_VERBS | frozenset(
    ["shouted", "asked", "cried", "replied", "whispered", "laughed", "continued"]
)
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


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    end, close = match["end"], match["close"]
    following = _following_words(text, match.start("next"), 3)
    first_word = following[0] if following else ""
    first = first_word[:1]
    if not (
        first.isupper() or first.isdigit() or first in "$£€¥" or _CAMEL_START.match(first_word)
    ):
        return False  # "Will it work?" she asked.
    quotation_ends = end[-1] in "!?" and any(q in close for q in "\"”’'")
    if quotation_ends and any(w.lower() in _SPEECH for w in following[1:3]):
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
    if word in NEVER_FINAL:
        return opens_quotation  # 'on Main St. "Three points ..."' starts a quotation
    if word in STREETS:
        return opens_quotation or first_word.lower() in OPENERS  # "St. Paul" / "Water St. The"
    if word in MONTHS or word in BEFORE_NUMBER:
        return not any(ch.isdigit() for ch in first_word)  # "No. 3", "No. A-23-0417"
    if word in CLOCK:
        return first_word.lower() not in TIME_CONTINUATIONS  # "9 a.m. Friday", "a.m. Eastern"
    if word in USUALLY_FINAL:
        return True
    if word in PLACE_ABBREVIATIONS or _DOTTED.fullmatch(word):
        if first_word.lower() in OPENERS:
            return True
        second = following[1] if len(following) > 1 else ""
        if second.lower() in ("and", "of", "&", "for"):
            return False  # "the U.S. Food and Drug Administration"
        return bool(second[:1].islower()) and first_word.lower() not in _NAME_CONTINUATIONS
    return True


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, each stripped; a heading is one sentence."""
    sentences = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        if _is_boundary(paragraph, match):
            cut = match.start("next")
            sentence = paragraph[start:cut].strip()
            if sentence:
                sentences.append(sentence)
            start = cut
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
