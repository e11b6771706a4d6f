"""Quote attribution scored on PolNeAR: who said each direct quotation, against human annotation.

PolNeAR (../shared/eval/polnear, see its README) marks every attribution of 840 US political
news articles with its source span ("the senator", "he", "a spokesman"), cue and content. A
*named direct quotation* here is an attribution marked `direct` whose content holds a quotation
of at least `QUOTE_MIN_WORDS` words (shorter ones are scare quotes and titles, which the
generator does not show as quotes) and whose speaker is a person the article names.

The source span is turned into a name by the text alone: a span with a capitalised name is
completed to the one full name of the article that ends with it ("Clinton" -> "Hillary
Clinton" when she is the only Clinton named); a pronoun, a description or a surname shared by
two people is resolved from `RESOLVED_FILE`, written by a human reader of the held-out part, and
is otherwise left out of the scores (counted, and reported as unresolved).

Articles are split once, by the SHA-256 of their id: `tune` (used when changing the code) and
`heldout` (only reported). Scores:

- speaker precision: of the quotes we give a speaker and whose gold speaker is resolved, the
  share whose speaker is that person (surname equal, first names compatible);
- no-speaker share: of the quotes we find that match a gold attribution, the share we leave
  without a speaker;
- recall: of the named direct quotations, the share we find (a quote overlapping the quoted
  part) with the right speaker.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.models import Analysis
from generator.quotes import QUOTE_MIN_WORDS
from generator.text import as_written_with_offsets

ROOT = Path(__file__).resolve().parent.parent
RESOLVED_FILE = ROOT / "tests" / "fixtures" / "polnear" / "resolved.jsonl"

# Words before a name in a source span that are not part of the name.
_TITLE_WORDS = frozenset(
    """mr mrs ms miss dr sen senator rep representative gov governor president pres vice former
    secretary speaker gen general judge justice rev sir madam chairman chairwoman leader mayor
    candidate nominee democratic republican gop democrat rev. lt col sgt adm chief capt officer
    detective sheriff attorney""".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_QUOTED = re.compile(r"[\"“](?P<text>[^\"“”]+)[\"”]")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)")
_SPACES = re.compile(r"\s+")
_PRONOUNS = frozenset("i we you he she it they his her its their who which that this".split())


def split_of(article_id: str) -> str:
    """`tune` or `heldout`: half of the articles each, fixed by the id alone."""
    return "tune" if hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0 else "heldout"


def name_words(name: str) -> list[str]:
    """The capitalised words of a name without titles, honorifics and possessives, lower-cased."""
    words = [w.strip(".,’'").removesuffix("’s").removesuffix("'s") for w in name.split()]
    words = [w for w in words if w and w[0].isupper() and w.lower() not in _SUFFIXES]
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return [w.lower() for w in words]


def same_person(predicted: str, gold: str) -> bool:
    """Surname equal, and the other words of the shorter name found in order in the longer
    (an initial matches a name with that initial)."""
    ours, theirs = name_words(predicted), name_words(gold)
    if not ours or not theirs or ours[-1] != theirs[-1]:
        return False
    shorter, longer = sorted((ours, theirs), key=len)
    if len(shorter) == 1:
        return True
    # "Garcia Marquez" is "Ana Garcia Marquez"; "Bill Clinton" is not "Hillary Clinton".
    rest = iter(longer)
    return all(any(_first_names_match(word, other) for other in rest) for word in shorter)


def _first_names_match(one: str, other: str) -> bool:
    if one == other:
        return True
    initial = min(one, other, key=len)
    return len(initial.rstrip(".")) == 1 and max(one, other, key=len)[0] == initial[0]


@dataclass(frozen=True)
class GoldQuote:
    """One named direct quotation: where its quoted words are, and who said them."""

    article: str
    attribution: str
    start: int  # span of the longest quoted part of the content
    end: int
    source_text: str
    speaker: str | None  # the resolved full name; None when it could not be resolved


def _longest_quotation(text: str, spans: Sequence[Sequence[int]]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for start, end in spans:
        for match in _QUOTED.finditer(text, start, end):
            if best is None or match.end() - match.start() > best[1] - best[0]:
                best = (match.start("text"), match.end("text"))
    return best


def _full_names(text: str) -> dict[str, set[str]]:
    """Surname (lower-cased) -> the full names in the text that end with it."""
    names: dict[str, set[str]] = {}
    for match in _FULL_NAME.finditer(text):
        words = name_words(" ".join(w for w in match[1].split() if w not in _OPENING_WORDS))
        if len(words) >= 2:
            names.setdefault(words[-1], set()).add(" ".join(w.capitalize() for w in words))
    return names


_CLAUSE_END = re.compile(r",|\(|\s[-–—]\s|\b(?:who|which|that|of|at|in|from|for|with|on)\b")
_RUN = re.compile(r"(?:(?:[A-Z][\w’'.-]*|de|van|von|del|la|le|da|di|bin|al)\s+)*[A-Z][\w’'.-]*")
_OPENING_WORDS = frozenset("The A An But And So Yet Also Then When While As One Some".split())
_PARTICLES = frozenset("de van von del la le da di bin al".split())


def _name_in(source: str) -> list[str]:
    """The person's name in a source span, as words: "Former Oregon Gov. Jane Roe" ->
    Jane Roe; "Rep. Thomas K. Reyes (D-Ore.), a senior member ..." -> Thomas K. Reyes.
    The last capitalised run of the span's first clause, read from its end: the surname, then
    initials and particles, then one first name unless it is a title."""
    source = source.replace("\xa0", " ")
    name = _last_name_of(_CLAUSE_END.split(source, maxsplit=1)[0].strip())
    if not name or (len(name) == 1 and name[0].lower().rstrip(".") in _TITLE_WORDS):
        # "Speaker of the Assembly Rep. Jane Roe (D-OR)": the name is after the "of".
        name = _last_name_of(re.split(r"[,(]", source, maxsplit=1)[0].strip())
    return name


def _last_name_of(head: str) -> list[str]:
    runs = list(_RUN.finditer(head))
    # A description ("the Democratic candidate", "a former official") names nobody.
    if not runs or runs[-1].end() != len(head):
        return []
    words = [w.removesuffix("’s").removesuffix("'s") for w in runs[-1][0].split()]
    while words and words[0] in _OPENING_WORDS:
        words = words[1:]
    if not words:
        return []
    name = [words.pop()]
    while words and (re.fullmatch(r"[A-Z]\.", words[-1]) or words[-1] in _PARTICLES):
        name.insert(0, words.pop())
    if words and words[-1].lower().rstrip(".") not in _TITLE_WORDS and not words[-1].isupper():
        name.insert(0, words.pop())
    return name


def _resolve(source: str, names: Mapping[str, set[str]]) -> str | None:
    """The full name a source span stands for, when the text makes it unique: a surname alone
    is completed to the one full name of the article that ends with it."""
    words = _name_in(source)
    if not words or words[-1].lower() in _PRONOUNS:
        return None
    if len(words) >= 2:
        return " ".join(words)
    full = names.get(words[-1].lower(), set())
    if len(full) == 1:
        return next(iter(full))
    return None if len(full) > 1 else words[-1]


def load_gold(eval_dir: Path) -> tuple[dict[str, str], list[GoldQuote]]:
    """Article texts and every direct quotation of at least QUOTE_MIN_WORDS words."""
    folder = eval_dir / "polnear"
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = {row["id"]: row["text"] for row in map(json.loads, lines)}
    resolved: dict[tuple[str, str], str | None] = {}
    if RESOLVED_FILE.is_file():
        with RESOLVED_FILE.open(encoding="utf-8") as lines:
            for row in map(json.loads, lines):
                resolved[(row["article"], row["attribution"])] = row["speaker"]
    quotes: list[GoldQuote] = []
    with (folder / "attributions.jsonl").open(encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            text = texts[row["id"]]
            names = _full_names(text)
            for item in row["attributions"]:
                if not item["direct"]:
                    continue
                span = _longest_quotation(text, item["content_spans"])
                if span is None or len(text[span[0] : span[1]].split()) < QUOTE_MIN_WORDS:
                    continue
                source = item["source_text"] or ""
                key = (row["id"], item["id"])
                speaker = resolved[key] if key in resolved else _resolve(source, names)
                quotes.append(GoldQuote(row["id"], item["id"], *span, source, speaker))
    return texts, quotes


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'")).strip()


def _locate(quote: str, text: str, normal_text: str, offsets: Sequence[int]) -> tuple[int, int]:
    """Where a quotation we found lies in the raw article text; (-1, -1) when it cannot be found."""
    needle = _normal(quote)
    at = normal_text.find(needle)
    if at < 0:
        return -1, -1
    return offsets[at], offsets[at + len(needle) - 1] + 1


def _normal_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text as _normal makes it (its mojibake repaired as the readers repair it), with the
    raw offset of each of its characters."""
    out: list[str] = []
    offsets: list[int] = []
    space = False
    written, raw_offsets = as_written_with_offsets(text)
    for char, at in zip(written.replace("’", "'").replace("‘", "'"), raw_offsets, strict=True):
        if char.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            offsets.append(at - 1)
            space = False
        out.append(char)
        offsets.append(at)
    return "".join(out), offsets


@dataclass(frozen=True)
class Found:
    """A quotation as a speaker finder gave it, placed in the raw text."""

    article: str
    start: int
    end: int
    speaker: str | None


def place(analyses: Iterable[Analysis], texts: Mapping[str, str]) -> list[Found]:
    found = []
    for analysis in analyses:
        text = texts[analysis.article.id]
        normal, offsets = _normal_with_offsets(text)
        for quote in analysis.quotes:
            start, end = _locate(quote.text, text, normal, offsets)
            found.append(Found(analysis.article.id, start, end, quote.speaker))
    return found


@dataclass(frozen=True)
class Scores:
    quotes_found: int  # our quotes that overlap a gold direct quotation
    with_speaker: int  # ... of which we give a speaker
    judged: int  # ... of which the gold speaker is resolved
    right: int  # ... of which ours is that person
    gold_named: int  # named direct quotations (resolved gold speaker)
    gold_found_right: int  # ... found with the right speaker
    gold_found: int  # ... found at all
    unresolved: int  # gold quotations whose speaker could not be resolved

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 0.0

    @property
    def no_speaker(self) -> float:
        return 1 - self.with_speaker / self.quotes_found if self.quotes_found else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found_right / self.gold_named if self.gold_named else 0.0

    @property
    def found_recall(self) -> float:
        return self.gold_found / self.gold_named if self.gold_named else 0.0


def score(found: Sequence[Found], gold: Sequence[GoldQuote], articles: set[str]) -> Scores:
    """Scores of `found` against the gold quotations of `articles`."""
    by_article: dict[str, list[GoldQuote]] = {}
    for quote in gold:
        if quote.article in articles:
            by_article.setdefault(quote.article, []).append(quote)
    matched: dict[GoldQuote, list[Found]] = {}
    quotes_found = with_speaker = judged = right = 0
    for item in found:
        if item.article not in articles or item.start < 0:
            continue
        overlapping = [
            g for g in by_article.get(item.article, []) if item.start < g.end and g.start < item.end
        ]
        if not overlapping:
            continue
        target = max(overlapping, key=lambda g: min(item.end, g.end) - max(item.start, g.start))
        matched.setdefault(target, []).append(item)
        quotes_found += 1
        if item.speaker is None:
            continue
        with_speaker += 1
        if target.speaker is not None:
            judged += 1
            right += same_person(item.speaker, target.speaker)
    named = [g for quotes in by_article.values() for g in quotes if g.speaker is not None]
    found_right = sum(
        any(
            f.speaker is not None and same_person(f.speaker, g.speaker or "")
            for f in matched.get(g, [])
        )
        for g in named
    )
    unresolved = sum(g.speaker is None for quotes in by_article.values() for g in quotes)
    return Scores(
        quotes_found,
        with_speaker,
        judged,
        right,
        len(named),
        found_right,
        sum(g in matched for g in named),
        unresolved,
    )


def nearest_name(analyses: Iterable[Analysis], texts: Mapping[str, str]) -> list[Found]:
    """The baseline: the same quotations, each given to the person named nearest to it in its
    sentence (else the last person named in the sentence before), as proximity rules do."""
    found = []
    for analysis in analyses:
        text = texts[analysis.article.id]
        normal, offsets = _normal_with_offsets(text)
        by_sentence: dict[int, list[str]] = {}
        for mention in analysis.mentions:
            if mention.type.startswith("person"):
                by_sentence.setdefault(mention.sentence, []).append(mention.name)
        sentences = {s.index: s.text for s in analysis.sentences}
        for quote in analysis.quotes:
            sentence = sentences.get(quote.sentence, "")
            at = max(sentence.find(quote.text), 0)
            middle = at + len(quote.text) // 2
            here = [
                (abs(sentence.find(name) - middle), name)
                for name in by_sentence.get(quote.sentence, [])
                if sentence.find(name) >= 0
            ]
            before = by_sentence.get(quote.sentence - 1, [])
            speaker = min(here)[1] if here else before[-1] if before else None
            start, end = _locate(quote.text, text, normal, offsets)
            found.append(Found(analysis.article.id, start, end, speaker))
    return found
