"""Synthesis: one story from many sources (headline, cited summary, fact box, notes)."""

from __future__ import annotations

import gc
import os
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

from generator import background, claims, disagree, factbox, names, own_days, people, timeline
from generator.align import SentenceGroup, align
from generator.cache import DiskCache, content_key, fingerprint
from generator.cache import code_fingerprint as modules_fingerprint
from generator.config import Config
from generator.entities import load_gazetteers
from generator.keyphrases import story_keyphrases
from generator.lang import is_caption, most_used
from generator.lang.schema import LanguageData
from generator.models import Analysis, Group, Sentence, SourceNote, Story
from generator.quotes import story_quotes
from generator.restate import QUOTATION, outside_quotes, stems
from generator.summary import (
    first_word,
    headline,
    opens_unresolved,
    representative,
    stated_groups,
    summarise,
)

# A source note lists at most this many statements that only that source makes.
MAX_UNIQUE = 3
UNIQUE_MIN_WORDS = 8


def notes(
    analyses: Sequence[Analysis],
    groups: Sequence[SentenceGroup],
    facts_by_article: Mapping[str, int],
    lang: LanguageData,
    alignment: tuple[np.ndarray, Sequence[Sentence]] | None = None,
    *,
    main: str = "",
) -> tuple[SourceNote, ...]:
    """Per source: its lead, its keyphrases, and the statements no other source makes: its
    sentences that no fact shares and that resemble no other source's sentence even loosely
    (a fact told in other words is not news only one outlet has), the most central first. A
    statement of the story's `main` event (its headline) is no news only one outlet has."""
    novel = _novel(alignment) if alignment is not None else None
    # The more sources, the likelier one of them shares words with a statement by chance.
    unlike = UNIQUE_MAX_LIKENESS * max(1.0, (len(analyses) - 1) / 2) ** 0.5
    # The facts only one source states, by source, in the order of `groups`.
    alone: dict[tuple[str, ...], list[SentenceGroup]] = defaultdict(list)
    for g in groups:
        alone[g.articles].append(g)
    found = []
    for analysis in analyses:
        quoted = _inside_quotation(analysis.sentences)
        # What the other sources write, made only for a source that has statements of its own.
        others: str | None = None
        other_values: set[float] = set()
        other_stems: list[frozenset[str]] = []
        own = []
        for g in alone[(analysis.article.id,)]:
            first = g.members[0]
            restated = novel.get((first.article, first.index), 0.0) if novel else 0.0
            if (
                len(first.text.split()) < UNIQUE_MIN_WORDS
                or first.text == analysis.lead
                or first.index in quoted
                # before _statement, whose patterns are slow: most sentences are like another's
                or restated >= unlike
                or not _statement(g, lang)
            ):
                continue
            if others is None:
                others = " ".join(
                    s.text for a in analyses if a is not analysis for s in a.sentences
                )
                other_values = {f.value for a in analyses if a is not analysis for f in a.figures}
                other_stems = [
                    stems(text, lang)
                    for a in analyses
                    if a is not analysis
                    for text in (*(s.text for s in a.sentences), a.article.title or "")
                ]
            if _told_elsewhere(first.text, other_stems, lang) or _states_main_event(
                first.text, main, lang
            ):
                continue
            own.append((_anchors(first, analysis, others, other_values), g))
        own.sort(key=lambda pair: (-pair[0], -_novelty(pair[1], novel), pair[1].members[0].index))
        chosen = [g for _, g in own[:MAX_UNIQUE]]
        unique = tuple(
            representative(g, lang).text for g in sorted(chosen, key=lambda g: g.members[0].index)
        )
        found.append(
            SourceNote(
                article=analysis.article.id,
                lead=analysis.lead,
                unique=unique,
                keyphrases=tuple(k.phrase for k in analysis.keyphrases),
                facts_covered=facts_by_article.get(analysis.article.id, 0),
            )
        )
    return tuple(found)


# A statement another source's sentence (or title) shares this share of stems with tells that
# source's fact in other words ("the law differs" / "the law's different wording"; "legislation
# was prepared" / "the preparation of legislation"): it is no news only its source has. On the
# facts gold's tuning half it removes 2 notes, both another source's fact; on 140 BASIL and
# Multi-News events outside the gold, 7 of 632 notes, 3 of them another source's fact or page
# debris: three times the share of wrong notes among those it keeps.
UNIQUE_MAX_SHARED_STEMS = 0.4
# A statement of fewer stems says too little to be judged by the stems it shares.
UNIQUE_MIN_STEMS = 4


def _told_elsewhere(text: str, other_stems: Sequence[frozenset[str]], lang: LanguageData) -> bool:
    """Whether another source's sentence shares most of what a statement says, in any form of
    its words."""
    own = stems(text, lang)
    if len(own) < UNIQUE_MIN_STEMS:
        return False
    return any(len(own & other) >= UNIQUE_MAX_SHARED_STEMS * len(own) for other in other_stems)


# A statement that has this share of the stems of the story's headline (of at least
# UNIQUE_MIN_STEMS) tells the story's main event, whatever it adds.
MAIN_EVENT_STEMS = 0.8


def _states_main_event(text: str, main: str, lang: LanguageData) -> bool:
    event = stems(main, lang)
    if len(event) < UNIQUE_MIN_STEMS:
        return False
    return len(stems(text, lang) & event) >= MAIN_EVENT_STEMS * len(event)


# A statement is news only its source has when no other source's sentence resembles it: its
# likeness to the closest one (cosine of content words) is below this, in a story of up to three
# sources; the bar rises with the square root of how many other sources there are, whose sentences
# share words with it by chance the more of them there are. On the facts gold's tuning half
# (stories of 2 to 4 sources) the notes shown state facts no other outlet states 91% of the
# time, against 55% before. A statement that names what no other source names ranks first.
UNIQUE_MAX_LIKENESS = 0.1
# A statement this central to the story restates its main event in other words.
UNIQUE_MAX_CENTRALITY = 0.25


# A statement ends as a sentence does, with a full stop or an exclamation mark (inside a
# quotation or brackets or not); a headline or a link's text does not, and a question (a quoted
# one too: '"Why now?"') states nothing.
_SENTENCE_END = re.compile(r"[.!][\"”’')\]]*$")


def _statement(group: SentenceGroup, lang: LanguageData) -> bool:
    """Whether a sentence of one source may be news only it has: not the story's main event,
    neither page furniture (a caption, a credit, a prompt, a link's headline) nor a question,
    which states nothing, and understood without the sentences around it."""
    text = group.members[0].text.strip()
    return (
        group.centrality < UNIQUE_MAX_CENTRALITY
        and _SENTENCE_END.search(text) is not None
        # "Editor's picks ...": a list of links to other stories, glued to a line of text
        and not lang.boilerplate.related_marker.match(text)
        # shown alone, under its outlet's name, a note must stand alone: not "That brought
        # criticism ...", not "He handled many cases ..." (who?), not a quotation whose
        # speaker it does not name
        and not _needs_context(text, lang)
        # "(Another paper has also written about this.)": an aside on the sentence before
        and not _ASIDE.match(text)
        and not _unattributed_quote(text, lang)
        and not _short_quotation(text)
        and not _speaker_unnamed(text, lang)
        and not _own_voice(text, lang)
        # last: the caption and furniture patterns are the slow tests
        and not is_caption(text, lang)
        and not lang.boilerplate.furniture.search(text)
    )


# A sentence wholly in brackets, a full stop inside or after them.
_ASIDE = re.compile(r"^\(.*\)\.?$", re.DOTALL)


def _needs_context(text: str, lang: LanguageData) -> bool:
    """Whether a sentence leans on the ones before it: it opens with "That", "However", "It's"
    or a person's pronoun that does not only say who told what follows, its subject is such a
    pronoun ("On Friday he"), or it is an example or a step of something told before. A
    quotation is left to the rules of quotations: inside one, "they" is the speaker's word, and
    who the speaker is decides."""
    if text.lstrip()[:1] in ('"', "“"):
        return False
    opener = first_word(text)
    return (
        (
            opens_unresolved(text, lang)
            and not (opener in lang.summary.subject_pronouns and _reported(text, 0, lang))
            and not (lang.summary.dummy_subject.match(text) and not _names_a_person(text, lang))
        )
        or _person_unnamed(text, lang)
        or lang.summary.leans_on_context.search(text) is not None
    )


def _unattributed_quote(text: str, lang: LanguageData) -> bool:
    """A piece of a longer quotation (its marks unbalanced), or a quotation on its own whose
    speaker the sentence does not name: shown alone, it leaves the reader asking who says so.
    The word of saying must stand outside the quotation: in '"We said this would happen.' the
    quotation's own "said" names no speaker."""
    piece = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    whole = text[:1] in '"“' and text.rstrip().rstrip(".!").endswith(('"', "”"))
    return (piece or whole) and not lang.attribution.verb.search(outside_quotes(text))


# A quotation with no more than this many words around it outside its marks stands with its
# attribution alone ("Roe told the Gazette", "said Jane Doe, the mayor").
ATTRIBUTION_MAX_WORDS = 6


def _short_quotation(text: str) -> bool:
    """A quotation of fewer than UNIQUE_MIN_WORDS words with only its attribution around it
    ('"Time will tell," Roe told reporters.'): a reaction that says too little
    to be news only its source has, whatever the length of the line."""
    quoted = " ".join(QUOTATION.findall(text)).split()
    return bool(quoted) and (
        len(outside_quotes(text).split()) <= ATTRIBUTION_MAX_WORDS
        and len(quoted) < UNIQUE_MIN_WORDS
    )


# A subject pronoun this early in a sentence, after nothing but small words ("Even as he", "On
# Friday he", "Since then, they"), or right after the comma that closes an opening phrase ("For
# an instant, they"), is named only in the sentences before.
PRONOUN_REACH = 5


# Where a word's clitic begins ("they're", "we’ll").
_CLITIC = re.compile(r"['’]")


def _person_unnamed(text: str, lang: LanguageData) -> bool:
    """Whether a sentence's subject is a pronoun ("he", "they") that nothing before it names:
    shown alone, who it is about is not known. A possessive may point ahead ("After his
    election, Smith ...") and is left alone."""
    words = text.split()
    for n, raw in enumerate(words[:PRONOUN_REACH]):
        # "they're" is "they"
        word = _CLITIC.split(raw.strip("\"“”‘’'(),;:").lower())[0]
        if word in lang.summary.subject_pronouns:
            return not (_reported(text, n, lang) or _named_after(text, words[:n], lang))
        small = (
            word in lang.stop_words
            or word in lang.calendar.calendar_words
            or word.isdigit()
            or word.endswith("ly")
        )
        if raw.endswith(",") and not any(w[:1].isupper() for w in words[1 : n + 1]):
            # the end of an opening phrase that names no one: is the subject next a pronoun?
            after = (
                _CLITIC.split(words[n + 1].strip("\"“”‘’'").lower())[0]
                if n + 1 < len(words)
                else ""
            )
            return after in lang.summary.subject_pronouns and not _reported(text, n + 1, lang)
        if not small:
            return False
    return False


def _names_a_person(text: str, lang: LanguageData) -> bool:
    """Whether a sentence refers to someone by a pronoun ("him", "their")."""
    persons = lang.summary.unresolved_openers - lang.summary.back_references
    return any(w.strip(".,;:!?\"“”'’()").lower() in persons for w in text.split())


def _named_after(text: str, before: Sequence[str], lang: LanguageData) -> bool:
    """Whether a pronoun in an opening clause points ahead to the name that is the subject right
    after that clause ("As he often has, Rubio assailed ...")."""
    opening = " ".join(before)
    if not lang.dates.subordinator.match(opening) or "," not in text:
        return False
    subject = text.split(",", 1)[1].split()
    return (
        bool(subject)
        and subject[0][:1].isupper()
        and first_word(subject[0]) not in (lang.summary.unresolved_openers)
    )


def _reported(text: str, at: int, lang: LanguageData) -> bool:
    """Whether the pronoun that is word `at` of a sentence only says who told what follows ("He
    said the industry spent $3 million", "She also told reporters ..."): what is said stands
    alone; who said it is someone of the story."""
    following = [w.strip(",;:").lower() for w in text.split()[at + 1 : at + 3]]
    return any(w in lang.restating.attribution_words for w in following)


# A word as a reader sees it, with its clitic ("we'll", "you’re"), the words a hyphen joins to it
# ("a thank-you note" has no "you" of its own), and the digits, dots, slashes and at-signs of an
# identifier ("I-95", "we.example.org", "@us"), none of which is a word of anyone's voice.
_PLAIN_WORD = re.compile(r"[@#]?\w+(?:[-'’./@]\w+)*")


def _own_voice(text: str, lang: LanguageData) -> bool:
    """Whether a sentence, outside its quotations, speaks in the first person or to the reader
    ("I waited at the door", "Thank you all for your support", "We'll see"): the
    words of a letter or a statement whose quotation marks the page lost, or the writer's own
    opinion; under its outlet's name, a reader would take them for the outlet's news. Past the
    first word, a capitalised one is a name ("the US"), and so is "I" after a capitalised word
    ("World War I"); a capitalised one before another is a name too ("Us Weekly reported",
    "Our Lady of Mercy"), and an identifier is none ("I-95")."""
    words = _PLAIN_WORD.findall(outside_quotes(text))
    for n, word in enumerate(words):
        bare = re.split(r"['’]", word)[0]
        if not bare.isalpha() or bare.lower() not in lang.summary.own_voice:
            continue
        if n + 1 < len(words) and bare[:1].isupper() and words[n + 1][:1].isupper():
            continue  # "Us Weekly", "Our Lady": a name, whatever follows "I" ("I Am Legend")
        if bare == "I":
            if not (n and words[n - 1][:1].isupper()):
                return True
        elif bare.islower() or (n == 0 and not bare.isupper()):
            return True
    return False


def _speaker_unnamed(text: str, lang: LanguageData) -> bool:
    """A quotation whose speaker is only a pronoun ('"...," she said.'): outside its marks, the
    sentence names no one (no capitalised word but a pronoun). Shown alone, who said it is not
    known."""
    if not any(mark in text for mark in '"“”'):
        return False
    outside = outside_quotes(text)
    return not any(
        word[:1].isupper() and word.strip(",.;:!?").lower() not in lang.summary.unresolved_openers
        for word in outside.split()
    )


# A quotation left open runs on over at most this many sentences; a mark left open longer was
# a stray one (an inch mark, a mark the page lost), not a quotation still running.
QUOTATION_MAX_SENTENCES = 6
# A straight quotation mark after a space or one of these (or first) opens a quotation; after
# a word or a comma it closes one.
_BEFORE_OPENING = frozenset(" \t\n([{—–-")


def _inside_quotation(sentences: Sequence[Sentence]) -> set[int]:
    """The indices of the sentences that begin inside a quotation an earlier sentence opened
    ('"The bridge stays shut.' then 'Nobody may cross it before Monday.'): shown alone, such a
    sentence is a piece of someone's words without their name. A quotation runs on within its
    paragraph, and into the next only when that one opens with a quotation mark, as quotations
    of several paragraphs are written; a mark left open at a paragraph's end otherwise was lost
    or stray."""
    inside: set[int] = set()
    opened_at: int | None = None  # the sentence whose quotation is still open
    paragraph: int | None = None
    for n, sentence in enumerate(sorted(sentences, key=lambda s: s.index)):
        text = sentence.text
        if sentence.paragraph != paragraph and not text.lstrip().startswith(('"', "“")):
            opened_at = None
        paragraph = sentence.paragraph
        if opened_at is not None and n - opened_at > QUOTATION_MAX_SENTENCES:
            opened_at = None
        if opened_at is not None:
            inside.add(sentence.index)
        for at, mark in enumerate(text):
            if mark == "“" or (mark == '"' and (at == 0 or text[at - 1] in _BEFORE_OPENING)):
                opened_at = n  # a quotation opens (or, after a paragraph, opens again)
            elif mark in '”"':
                opened_at = None
    return inside


_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")


def _anchors(sentence: Sentence, analysis: Analysis, others: str, other_values: set[float]) -> int:
    """How many things a sentence names that no other source does: a figure no other source
    gives, a name no other source writes. A statement that has them is surely its own source's;
    one without may be another source's fact in other words."""
    figures = {f.value for f in analysis.figures if f.sentence == sentence.index}
    names = {name for name in _NAME.findall(sentence.text) if name not in others}
    return int(bool(figures - other_values)) + int(bool(names))


# How much a statement's likeness to another source's sentence counts against it as news only
# its source has: its centrality is multiplied by (1 - likeness) to this power.
NOVELTY_WEIGHT = 2


def _novel(alignment: tuple[np.ndarray, Sequence[Sentence]]) -> dict[tuple[str, int], float]:
    """How much each sentence resembles the closest sentence of another source."""
    similarity, sentences = alignment
    articles = np.array([s.article for s in sentences])
    closest = np.zeros(len(sentences))
    # One block of the matrix per source (its rows, the other sources' columns), not one mask
    # per sentence.
    for article in np.unique(articles):
        rows = articles == article
        if not rows.all():
            closest[rows] = similarity[np.ix_(rows, ~rows)].max(axis=1)
    return {(s.article, s.index): float(closest[i]) for i, s in enumerate(sentences)}


def _novelty(group: SentenceGroup, closest: Mapping[tuple[str, int], float] | None) -> float:
    first = group.members[0]
    restated = closest.get((first.article, first.index), 0.0) if closest is not None else 0.0
    return group.centrality * (1.0 - restated) ** NOVELTY_WEIGHT


def story_language(group: Group, by_id: Mapping[str, Analysis]) -> LanguageData:
    """The language a story is read in: the one most of its distinct articles are in."""
    return most_used(by_id[i].article.language for i in group.articles if i not in group.duplicates)


def synthesise_story(group: Group, by_id: Mapping[str, Analysis], config: Config) -> Story:
    members = [by_id[i] for i in group.articles]
    distinct = [a for a in members if a.article.id not in group.duplicates]
    distinct_ids = [a.article.id for a in distinct]
    lang = story_language(group, by_id)
    groups, similarity, sentences = align(distinct, distinct_ids, lang)
    stated = stated_groups(groups, similarity, sentences, lang)
    facts = factbox.facts(groups, lang, stated)
    entities = people.entities(distinct, lang)
    key_names = factbox.prominent_names(
        [e for e in entities if e.type in ("person", "place")], distinct
    )[:3]
    summary = summarise(
        groups,
        similarity,
        sentences,
        len(distinct),
        config.summary_sentences,
        lang=lang,
        stated=stated,
    )
    title = headline(distinct, key_names, lang)
    facts_by_article = {i: sum(1 for f in facts if i in f.sources) for i in distinct_ids}
    figure_claims = claims.claims_by_article(distinct, lang)
    published = sorted(a.article.published for a in members if a.article.published)
    return Story(
        id=group.id,
        headline=title,
        articles=group.articles,
        duplicates=dict(group.duplicates),
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        summary=summary,
        keyphrases=story_keyphrases(
            [a.keyphrases for a in distinct], config.keyphrases_per_article, entities, lang
        ),
        facts=facts,
        # Every name its articles give (digest.json, the people and places pages, the search
        # index through the fact box's "Also named" row); the page caps what it shows.
        entities=entities,
        figures=claims.fact_box_figures(distinct, lang, figure_claims),
        timeline=background.checked(
            own_days.checked(timeline.timeline(distinct, groups, lang), distinct, lang),
            distinct,
            lang,
        ),
        quotes=story_quotes(distinct, [e for e in entities if e.type == "person"], key_names),
        conflicts=disagree.conflicts(
            distinct, groups, entities, lang, (similarity, sentences), claims=figure_claims
        ),
        notes=notes(distinct, groups, facts_by_article, lang, (similarity, sentences), main=title),
        related=group.related,
    )


def synthesise(
    groups: Sequence[Group],
    analyses: Sequence[Analysis],
    config: Config,
    cache_dir: Path | None = None,
    workers: int | None = None,
) -> tuple[Story, ...]:
    """Stories newest first (by their latest article; undated last), ties by id. With a
    `cache_dir`, a story whose articles, settings and code are unchanged since an earlier build
    is taken from there instead of being written again. Stories are written in parallel across
    `workers` processes (default: all cores)."""
    by_id = {a.article.id: a for a in analyses}
    # A story is made from the analyses of its articles, and an analysis from its article by
    # the analysis code with the settings: the articles, the settings and both codes make it
    # (hashing the analyses themselves, several times the size of the articles, cost more than
    # a second of a daily archive's rebuild).
    code = fingerprint(modules_fingerprint("synthesise"), modules_fingerprint("analyse"))
    store = DiskCache.for_code(cache_dir, "stories", code) if cache_dir is not None else None
    found: list[Story | None] = []
    todo: list[tuple[int, Group, str]] = []  # where, the group to write, its key in the store
    for group in groups:
        if store is None:
            todo.append((len(found), group, ""))
            found.append(None)
            continue
        # Where an article was read from is not part of its story; nor are the stories it is
        # related to, which change as other stories come (a new day relates old stories to new
        # ones): they are set on the story as it comes from the store.
        members = [by_id[i] for i in group.articles]
        unrelated = replace(group, related=())
        key = content_key(config, unrelated, [replace(a.article, path="") for a in members])
        kept = store.get(key)
        if not isinstance(kept, Story):
            todo.append((len(found), unrelated, key))
            kept = None
        found.append(kept)
    written = _write_stories([group for _, group, _ in todo], by_id, config, workers, cache_dir)
    for (at, _, key), story in zip(todo, written, strict=True):
        if store is not None:
            store.put(key, story)
        found[at] = story
    stories = [
        replace(story, related=group.related)
        for story, group in zip(found, groups, strict=True)
        if story is not None
    ]
    if not config.publish_single_source:
        stories = [s for s in stories if len(s.articles) - len(s.duplicates) > 1]
    languages = {group.id: story_language(group, by_id) for group in groups}
    stories = list(people.unify(stories, languages))
    stories.sort(key=lambda s: (s.last_published is None, _negate(s.last_published), s.id))
    return tuple(stories)


# Below this many stories to write, starting worker processes costs more than it saves.
PARALLEL_MIN_STORIES = 32
# Stories sent to a worker at a time: stories differ in size tenfold, so a few at a time keep
# both cores busy to the end.
CHUNK_STORIES = 4


def _write_stories(
    groups: Sequence[Group],
    by_id: Mapping[str, Analysis],
    config: Config,
    workers: int | None,
    cache_dir: Path | None,
) -> list[Story]:
    """The story of each group, in order. A story is a function of its group's analyses
    alone: stories are written in worker processes, which are given the analyses once, as they
    start (forked, they share the parent's memory; only each group and its story are sent)."""
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(groups) < PARALLEL_MIN_STORIES:
        return [synthesise_story(group, by_id, config) for group in groups]
    # Before the workers fork, which share them: when every article's analysis came from the
    # cache, nothing has read the place names (half a second) and the first names yet, and
    # each worker read them for itself.
    load_gazetteers(cache_dir)
    names.load(cache_dir)
    # The analyses the workers share are never collected: a collection in a forked worker
    # would touch (and so copy) every page of them.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_worker_start, initargs=(by_id, config)
        ) as pool:
            return list(pool.map(_write_in_worker, groups, chunksize=CHUNK_STORIES))
    finally:
        gc.unfreeze()


# What a synthesis worker writes stories from: set once as it starts (a worker process lives
# for one build's synthesis).
_WORKER_INPUT: dict[str, tuple[Mapping[str, Analysis], Config]] = {}


def _worker_start(by_id: Mapping[str, Analysis], config: Config) -> None:
    _WORKER_INPUT["input"] = (by_id, config)


def _write_in_worker(group: Group) -> Story:
    by_id, config = _WORKER_INPUT["input"]
    return synthesise_story(group, by_id, config)


def _negate(iso: str | None) -> tuple[int, ...]:
    """A sort key that puts later ISO dates first; a date-time comes before the bare date of its
    day ("2025-03-09T20:45" before "2025-03-09", as in reverse string order), which the final 1
    (above every negated character) ensures."""
    return (*(-ord(ch) for ch in (iso or "")), 1)
