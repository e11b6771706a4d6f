"""Sentence splitting for news prose: abbreviations, initials, decimals, quotations, headings."""

from __future__ import annotations

import re

# Abbreviations that are always followed by more of the same sentence (a name or a number).
NEVER_FINAL = frozenset(
    """mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm sen rep gov pres supt insp det
    rev fr sr st mt ft no nos vol vols art fig pp pg ch sec op ed eds approx est dept univ assn
    bros messrs mme mlle hon amb atty brig cdr cpl pvt rt sgt e.g i.e cf al viz jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that may end a sentence: a boundary only when a typical sentence opener follows.
MAYBE_FINAL = frozenset(
    """u.s u.k u.n e.u u.a.e u.s.a d.c a.m p.m inc ltd corp co plc llc etc jr sr bros vs
    n.y l.a p.a s.a ag gmbh""".split()
)
# Words that open sentences. After a MAYBE_FINAL abbreviation one of these marks a new sentence;
# anything else ("U.S. President", "Inc. shares") continues the current one.
OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    but and or so yet if when while after before as at in on for from by with without since
    however meanwhile still also then now later earlier according some many most more few
    one two three no not nothing none all both each every what who why how where which
    officials police authorities analysts critics experts residents""".split()
)
_CANDIDATE = re.compile(
    r"""(?P<end>[.!?…]+)(?P<close>["”’')\]»]*)\s+(?P<next>["“‘'(\[«]*[\w$£€¥])""",
)
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    end, close, nxt = match["end"], match["close"], match["next"]
    first = nxt.lstrip("\"“‘'([«")[:1]
    if not (first.isupper() or first.isdigit() or first in "$£€¥"):
        # "Will it work?" she asked. / e.g. lower-case brands are rare enough to ignore.
        return False
    if end != "." or close:
        return True
    before = _WORD_BEFORE.search(text, 0, match.start("end"))
    if before is None:
        return True
    word = before[1].lower().strip("'’")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "George W. Bush", "J. K. Rowling"
    if word in NEVER_FINAL:
        return False
    following = text[match.start("next") :].split(maxsplit=1)[0].strip("\"“‘'([«,;:").lower()
    if word in MAYBE_FINAL or "." in word:
        return following in OPENERS
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
