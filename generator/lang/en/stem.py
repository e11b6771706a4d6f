"""The Porter (1980) stemmer, as in Martin Porter's reference C implementation.

The evaluation matches keyphrases and ROUGE n-grams on stems, as the published scorers do
(tools/stem.py). Claims are compared on words without their inflections only (`uninflected`:
the stemmer's first step, "meets", "meeting" -> "meet"): its later steps make one word of
"police" and "policy". NLTK is not a dependency of the project, so this compact stemmer is kept
here rather than adding one.
"""

from __future__ import annotations

import functools
import itertools

_VOWELS = frozenset("aeiou")
# Words this short are left alone (the reference implementation does the same).
MIN_STEM_LENGTH = 3

# Steps 2-4: suffix -> replacement, tried longest first; the first suffix that matches decides,
# whether or not its condition on the measure holds (as in the reference implementation).
_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}  # fmt: skip
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip


def _is_consonant(word: str, i: int) -> bool:
    """A letter other than a vowel, and other than a 'y' that follows a consonant."""
    if word[i] in _VOWELS:
        return False
    if word[i] == "y":
        return i == 0 or not _is_consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """m in [C](VC)^m[V]: the number of vowel-consonant sequences."""
    kinds = ("c" if _is_consonant(stem, i) else "v" for i in range(len(stem)))
    runs = "".join(kind for kind, _ in itertools.groupby(kinds))
    return runs.count("vc")


def _has_vowel(stem: str) -> bool:
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _ends_double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)


def _ends_cvc(word: str) -> bool:
    """Consonant-vowel-consonant, the last not w, x or y (as in hop, not in snow)."""
    n = len(word)
    return (
        n >= 3
        and _is_consonant(word, n - 1)
        and not _is_consonant(word, n - 2)
        and _is_consonant(word, n - 3)
        and word[-1] not in "wxy"
    )


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = word[: -len(suffix)]
                if word.endswith(("at", "bl", "iz")):
                    word += "e"
                elif _ends_double_consonant(word) and word[-1] not in "lsz":
                    word = word[:-1]
                elif _measure(word) == 1 and _ends_cvc(word):
                    word += "e"
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _replace_suffix(word: str, rules: dict[str, str], min_measure: int) -> str:
    for suffix in sorted(rules, key=len, reverse=True):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + rules[suffix] if _measure(stem) > min_measure else word
    return word


def _step4(word: str) -> str:
    for suffix in sorted(_STEP4, key=len, reverse=True):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix == "ion" and not stem.endswith(("s", "t")):
                continue
            return stem if _measure(stem) > 1 else word
    return word


def _step5(word: str) -> str:
    if word.endswith("e"):
        m = _measure(word[:-1])
        if m > 1 or (m == 1 and not _ends_cvc(word[:-1])):
            word = word[:-1]
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def uninflected(word: str) -> str:
    """A lower-case word without its inflection: plural, past or -ing ("meetings" -> "meet",
    "prepared" -> "prepar", "cities" -> "citi")."""
    return word if len(word) < MIN_STEM_LENGTH else _step1(word)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word ("generalizations" -> "gener")."""
    if len(word) < MIN_STEM_LENGTH:
        return word
    word = _step1(word)
    word = _replace_suffix(word, _STEP2, 0)
    word = _replace_suffix(word, _STEP3, 0)
    word = _step4(word)
    return _step5(word)
