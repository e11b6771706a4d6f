"""Headline and cited summary of a story, chosen from sentences that several sources share."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import numpy as np

from generator.align import SentenceGroup, content_tokens
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Sentence
from generator.quotes import quotes_unnamed_speaker
from generator.restate import claim, is_question, states

HEADLINE_MAX_CHARS = 90
# Summary sentences shorter than this say too little, longer ones are hard to read.
SENTENCE_MIN_WORDS = 7
SENTENCE_MAX_WORDS = 55
# Two chosen sentences more similar than this repeat each other; the second is skipped.
REDUNDANCY_SIMILARITY = 0.45
# Weights of the summary score: how many sources report it, how central it is to the story,
# and how early the sources put it (news writing puts what matters first).
SUPPORT_WEIGHT = 1.0
CENTRALITY_WEIGHT = 1.0
POSITION_WEIGHT = 0.6


def first_word(text: str) -> str:
    """The first word, without a clitic: "It's" and "They’re" open with "it" and "they"."""
    return re.split(r"[\s,'’]", text.strip("\"“‘' "), maxsplit=1)[0].lower()


def opens_unresolved(text: str, lang: LanguageData) -> bool:
    return first_word(text) in lang.summary.unresolved_openers


def refers_back(text: str, lang: LanguageData) -> bool:
    """Whether a sentence opens by pointing back to what was said before it ("That brought
    criticism", "However, the law differs"): alone, it is not understood."""
    return first_word(text) in lang.summary.back_references


_LINK = re.compile(r"https?://|www\.|\S+@\S+\.\w|\bbit\.ly/|\bpic\.twitter\.com/")
# Share of capitals above which a line shouts ("I TOLD YOU SO!") rather than reports.
SHOUTING_CAPITALS = 0.6


def reads_as_news(text: str, lang: LanguageData) -> bool:
    """Neither a link, an address, a call to action nor shouting: fit for a summary or headline."""
    letters = [ch for ch in text if ch.isalpha()]
    capitals = sum(1 for ch in letters if ch.isupper()) / len(letters) if letters else 1.0
    return (
        capitals < SHOUTING_CAPITALS
        and not _LINK.search(text)
        and not lang.summary.call_to_action.search(text)
    )


def clarity(sentence: Sentence, lang: LanguageData) -> tuple[bool, bool, int, str, str]:
    """A sort key, clearest first: a full sentence of readable length that stands on its own."""
    words = len(sentence.text.split())
    readable = SENTENCE_MIN_WORDS <= words <= SENTENCE_MAX_WORDS
    return (
        not readable,
        opens_unresolved(sentence.text, lang),
        abs(words - 25),
        sentence.article,
        sentence.text,
    )


def representative(group: SentenceGroup, lang: LanguageData) -> Sentence:
    """The clearest member: a full sentence of readable length that stands on its own."""
    return min(group.members, key=lambda sentence: clarity(sentence, lang))


def _position(sentence: Sentence, lengths: dict[str, int]) -> float:
    return sentence.index / max(1, lengths[sentence.article])


# Each group's sentence to show and the sources that state it (best_stated), in the order of
# the groups.
Stated = tuple[tuple[Sentence, tuple[str, ...]], ...]


def stated_groups(
    groups: Sequence[SentenceGroup],
    similarity: np.ndarray,
    sentences: Sequence[Sentence],
    lang: LanguageData,
) -> Stated:
    """Each group's sentence to show and the sources that state it, found once for the summary
    and the fact box: the readable member that most sources restate (a short core sentence more
    often than a long one that adds details only its own source has), the clearest among
    equals. Reading who states what is the costliest step of both."""
    index = _sentence_index(sentences)
    return tuple(best_stated(group, similarity, index, lang) for group in groups)


def _sentence_index(sentences: Sequence[Sentence]) -> dict[tuple[str, int], int]:
    """Each sentence's row in the similarity matrix, by its article and place."""
    return {(s.article, s.index): i for i, s in enumerate(sentences)}


def summarise(
    groups: Sequence[SentenceGroup],
    similarity: np.ndarray,
    sentences: Sequence[Sentence],
    n_sources: int,
    count: int,
    *,
    lang: LanguageData,
    stated: Stated,
) -> tuple[Cited, ...]:
    """`count` sentences: supported, central, early, not redundant; in reading order.
    `stated` is `stated_groups` of the groups."""
    index = _sentence_index(sentences)
    lengths: dict[str, int] = {}
    for s in sentences:
        lengths[s.article] = max(lengths.get(s.article, 0), s.index + 1)
    shown = {id(group): found for group, found in zip(groups, stated, strict=True)}

    def rep_of(group: SentenceGroup) -> Sentence:
        return shown[id(group)][0]

    def score(group: SentenceGroup) -> float:
        support = len(shown[id(group)][1]) / max(1, n_sources)
        position = 1.0 - min(_position(s, lengths) for s in group.members)
        return (
            SUPPORT_WEIGHT * support
            + CENTRALITY_WEIGHT * group.centrality
            + POSITION_WEIGHT * position
        )

    ranked = [
        (score(group) - (0.3 if opens_unresolved(rep_of(group).text, lang) else 0.0), group)
        for group in groups
    ]
    ranked.sort(key=lambda c: (-c[0], rep_of(c[1]).article, rep_of(c[1]).index))
    chosen: list[SentenceGroup] = []
    chosen_rows: list[int] = []
    # Best first, each judged fit only when its turn comes: the patterns of page furniture are
    # slow, and a summary takes its few sentences from the top of a story's dozens of groups.
    for _, group in ranked:
        if not fit_for_summary(rep_of(group).text, lang):
            continue
        row = index[(rep_of(group).article, rep_of(group).index)]
        if any(similarity[row, other] > REDUNDANCY_SIMILARITY for other in chosen_rows):
            continue
        chosen.append(group)
        chosen_rows.append(row)
        if len(chosen) == count:
            break
    # Reading order: where the sources put the fact, on average.
    chosen.sort(
        key=lambda g: (
            float(np.mean([_position(s, lengths) for s in g.members])),
            rep_of(g).text,
        )
    )
    if chosen and opens_unresolved(rep_of(chosen[0]).text, lang):
        # Never open the summary with "He" or "This": move the first self-contained sentence up.
        first = next((g for g in chosen if not opens_unresolved(rep_of(g).text, lang)), None)
        if first is not None:
            chosen.remove(first)
            chosen.insert(0, first)
    return tuple(Cited(rep_of(g).text, shown[id(g)][1]) for g in chosen)


# The fact box and the summary ask this of the same shown sentences, and the caption and
# furniture patterns are slow: the answer is kept per text.
@functools.lru_cache(maxsize=1 << 14)
def fit_for_summary(text: str, lang: LanguageData) -> bool:
    """A readable statement that stands alone as news: no question, link, caption, page
    furniture or quotation of an unnamed speaker."""
    words = len(text.split())
    return (
        SENTENCE_MIN_WORDS <= words <= SENTENCE_MAX_WORDS
        and not is_question(text)
        and not quotes_unnamed_speaker(text, lang)
        and reads_as_news(text, lang)
        # last: the caption and furniture patterns are the slow tests
        and lang.boilerplate.caption.search(text) is None
        and lang.boilerplate.furniture.search(text) is None
    )


def best_stated(
    group: SentenceGroup,
    similarity: np.ndarray,
    index: Mapping[tuple[str, int], int],
    lang: LanguageData,
) -> tuple[Sentence, tuple[str, ...]]:
    """The member of a group to show, with the sources that state it: the readable member that
    most sources restate, the clearest among equals."""
    clear = {id(member): clarity(member, lang) for member in group.members}
    options = sorted(group.members, key=lambda sentence: clear[id(sentence)])
    readable = [m for m in options if not clear[id(m)][0]] or options
    # A day counted from the paper's ("yesterday", "today") is read by a reader against the day
    # they read the digest, and sources of one story are of different days: a member that
    # names no such day is shown when there is one.
    readable = [m for m in readable if not names_relative_day(m.text, lang)] or readable
    cited = [(m, stating(group, m, similarity, index, lang)) for m in readable]
    return max(cited, key=lambda pair: len(pair[1]))


def names_relative_day(text: str, lang: LanguageData) -> bool:
    """Whether a sentence names a day by its distance from the paper's ("yesterday")."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return not words.isdisjoint(lang.dates.day_shifts)


def stating(
    group: SentenceGroup,
    shown: Sentence,
    similarity: np.ndarray,
    index: Mapping[tuple[str, int], int],
    lang: LanguageData,
) -> tuple[str, ...]:
    """The articles whose sentence in `group` states what `shown` says: its own article, and
    each other member that states the same claim (restate.py), not one that merely shares some
    of its words."""
    others = [member for member in group.members if member.article != shown.article]
    if not others:
        # Most groups are one source's sentence alone: it states its own claim, and reading a
        # claim (restate.claim) is the costliest step of a summary.
        return (shown.article,)
    wanted = claim(shown.text, lang)
    row = index.get((shown.article, shown.index))
    found = {shown.article}
    for member in others:
        if member.article in found:
            continue
        col = index.get((member.article, member.index))
        alike = float(similarity[row, col]) if row is not None and col is not None else 0.0
        if states(wanted, claim(member.text, lang), alike):
            found.add(member.article)
    return tuple(sorted(found))


def _trim(text: str, lang: LanguageData) -> str:
    text = text.strip().rstrip(",;:.")
    text = lang.summary.trailing_time.sub("", text)
    return text.strip().rstrip(",;:")


def shorten(sentence: str, lang: LanguageData, limit: int = HEADLINE_MAX_CHARS) -> str | None:
    """A sentence cut to its main clause, without trailing time words, if it fits in `limit`."""
    text = sentence.strip().rstrip(".")
    main_clause = re.split(r",\s|;\s|\s[–—]\s|\s-\s", text)[0]
    for candidate in (text, main_clause):
        cut = _trim(candidate, lang)
        while len(cut) > limit and lang.summary.trailing_phrase.search(cut):
            cut = _trim(lang.summary.trailing_phrase.sub("", cut), lang)
        for long_form, short_form in lang.summary.headline_abbreviations:
            if len(cut) > limit:
                cut = re.sub(rf"\b{long_form}\b", short_form, cut)
        if len(cut) <= limit and len(cut.split()) >= 4:
            return cut
    return None


# A headline is a whole title or a whole sentence of at most HEADLINE_MAX_CHARS (it is also
# the page title and the navigation entry): longer ones are passed over, never cut.
TITLE_MIN_WORDS = 3
LEAD_HEADLINE_MIN_WORDS = 5
# How much of each other article a title is compared with: its title and first sentences,
# where news writing says what the story is about.
CENTRE_SENTENCES = 5
# "Title | Reuters", "Title - BBC News", "Title :: Site": a site name or a section after these.
_TITLE_TAIL = re.compile(r"\s*(?P<sep>\||::|\s[-–—]|\s[-–—]\s)\s*(?P<tail>[^|:–—]+?)\s*$")
# "World news: Title", "POLITICS | Title": a section label before the title.
_TITLE_HEAD = re.compile(r"^\s*(?P<head>[^:|]{2,30}?)\s*(?::|\||\s[-–—])\s+(?=\S)")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
# A site name or a section label: at most this many words.
LABEL_MAX_WORDS = 5


def _is_label(text: str, outlet: str | None, lang: LanguageData) -> bool:
    """A site name ("Reuters", "BBC News", "nytimes.com", the article's own outlet) or a section
    label ("World news", "Politics")."""
    key = text.casefold().strip(" .")
    words = key.split()
    if not words or len(words) > LABEL_MAX_WORDS:
        return False
    if outlet and key == outlet.casefold().strip(" ."):
        return True
    if key in lang.names.section_labels or _DOMAIN.match(key):
        return True
    stripped = key
    for suffix in lang.summary.section_suffixes:
        stripped = stripped.removesuffix(suffix)
    if stripped in lang.names.section_labels:
        return True  # "World news", "US news"
    titled = all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())
    return titled and words[-1] in lang.names.outlet_words  # "Fox News", "The Daily Telegraph"


def clean_title(title: str, outlet: str | None, lang: LanguageData) -> str:
    """A title without the site name and section labels around it: "Floods kill 12 | Reuters",
    "World news: Floods kill 12" and "Floods kill 12 - BBC News" -> "Floods kill 12"."""
    text = " ".join(title.split())
    while (tail := _TITLE_TAIL.search(text)) and tail.start() > 0:
        after_bar = tail["sep"].strip() in ("|", "::")
        short = len(tail["tail"].split()) <= LABEL_MAX_WORDS
        if not (_is_label(tail["tail"], outlet, lang) or (after_bar and short)):
            break
        text = text[: tail.start()].rstrip()
    while (head := _TITLE_HEAD.match(text)) and _is_label(head["head"], outlet, lang):
        text = text[head.end() :]
    return text.strip()


# A sentence that opens inside brackets or a quotation, or does not end as a sentence ends,
# was cut from something longer.
_WHOLE_SENTENCE = re.compile(r"^[^(\[\"“‘'].*[.!]['’\"”]?$", re.DOTALL)


def _headline_worthy(text: str, min_words: int, lang: LanguageData) -> bool:
    """Reads as news, long enough to say something, and neither a photo credit nor a dateline
    ("WASHINGTON"), nor a bare label."""
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(text.split()) >= min_words
        and reads_as_news(text, lang)
        and not lang.summary.photo_credit.search(text)
        and not all(ch.isupper() for ch in letters)
    )


def _without_dateline(lead: str, lang: LanguageData) -> str:
    """ "WASHINGTON (Reuters) - The Senate voted ..." -> "The Senate voted ..."."""
    match = lang.boilerplate.dateline.match(lead)
    if match and match["place"].isupper():
        return lead[match.end() :]
    return lead


def headline(analyses: Sequence[Analysis], key_names: Sequence[str], lang: LanguageData) -> str:
    """The story's headline: the title closest to the story's centre (the one whose words the
    other articles share most), cleaned of site names and section labels; only when no article
    has a title, the most central lead sentence, whole (or, when every lead is too long for a
    headline, another whole opening sentence). Ties go to the line that names more of the main
    actors (`key_names`), then to the shorter."""
    bags = [_centre_tokens(a, lang) for a in analyses]
    names = [set(content_tokens(name, lang)) for name in key_names]

    def centrality(text: str, own: int) -> float:
        tokens = set(content_tokens(text, lang))
        if not tokens:
            return 0.0
        others = [bag for i, bag in enumerate(bags) if i != own] or [bags[own]]
        return sum(len(tokens & bag) / len(tokens) for bag in others) / len(others)

    def rank(item: tuple[str, int]) -> tuple[float, int, int, str]:
        text, own = item
        tokens = set(content_tokens(text, lang))
        named = sum(1 for name in names if name and name & tokens)
        return (-round(centrality(text, own), 6), -named, len(text), text)

    bodies = set().union(*(_centre_tokens(a, lang, with_title=False) for a in analyses))
    titles = []
    for i, analysis in enumerate(analyses):
        if analysis.article.title:
            title = clean_title(analysis.article.title, analysis.article.outlet, lang)
            if (
                len(title) <= HEADLINE_MAX_CHARS
                and _headline_worthy(title, TITLE_MIN_WORDS, lang)
                and set(content_tokens(title, lang)) & bodies  # "share tweet pin email" is no title
            ):
                titles.append((title, i))
    if titles:
        return min(titles, key=rank)[0]
    # No title: the leads, whole; else another opening sentence short enough to stand whole.
    for count in (1, CENTRE_SENTENCES):
        sentences = []
        for i, analysis in enumerate(analyses):
            texts = [analysis.lead or ""] if count == 1 else [s.text for s in analysis.sentences]
            for text in texts[:count]:
                whole = _without_dateline(text, lang).strip()
                sentence = whole.rstrip(".")
                if (
                    _WHOLE_SENTENCE.match(whole)
                    and len(sentence) <= HEADLINE_MAX_CHARS
                    and _headline_worthy(sentence, LEAD_HEADLINE_MIN_WORDS, lang)
                    and not sentence.endswith("?")
                    and not opens_unresolved(sentence, lang)
                ):
                    sentences.append((sentence, i))
        if sentences:
            return min(sentences, key=rank)[0]
    fallback = next((t for a in analyses if (t := a.lead or a.article.title)), "Untitled story")
    if len(fallback) <= HEADLINE_MAX_CHARS:
        return fallback
    return fallback[: HEADLINE_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"  # no whole line fits


def _centre_tokens(analysis: Analysis, lang: LanguageData, *, with_title: bool = True) -> set[str]:
    """The words of an article's title and first sentences."""
    title = (analysis.article.title or "") if with_title else ""
    text = " ".join([title, *(s.text for s in analysis.sentences[:CENTRE_SENTENCES])])
    return set(content_tokens(text, lang))
