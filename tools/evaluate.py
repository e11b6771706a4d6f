"""`make eval`: score the generator on labelled third-party corpora, each beside a baseline.

The corpora live outside the repository (../shared/eval, see its README.md) and are only read
from there. Every section prints our score next to a baseline computed in the same run on the
same documents, because an absolute figure on these sets says little on its own: the gold
standards were made by other people for other purposes. The Markdown report goes to stdout,
the same figures as JSON to bench-results/eval.json, progress and timings to stderr.

    .venv/bin/python -m tools.evaluate [--only clustering,html] [--limit 50] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yake

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.errors import InputError
from generator.group import find_duplicates, group
from generator.keyphrases import extract
from generator.lang import get as language_data
from generator.models import Analysis, Block, Conflict, Group, Source
from generator.read import JsonReader, read
from generator.synthesise import synthesise, synthesise_story
from tools import baselines, clustering
from tools.metrics import (
    PRF,
    adjusted_rand,
    bcubed,
    keyphrase_prf,
    mean_prf,
    paired_bootstrap,
    phrase_key,
    rouge_l,
    rouge_n,
    rouge_tokens,
    token_prf,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
RESULTS_FILE = ROOT / "bench-results" / "eval.json"
EVENTS_FIXTURE = ROOT / "tests" / "fixtures" / "events"
SECTIONS = (
    "clustering",
    "html",
    "keyphrases",
    "summaries",
    "stories",
    "disagreements",
    "quotes",
    "facts",
)

# The corpora are trusted and larger than one build's inputs: read them without the build limits.
MAX_FILE_BYTES = 100_000_000
MAX_ARTICLES = 1_000_000
CONFIG = Config()

# Keyphrases: scored at 10, phrases of up to 3 words, YAKE's near-duplicate cut as ours uses it.
KEYPHRASES_AT = 10
KEYPHRASE_MAX_WORDS = 3
YAKE_DEDUP_LIMIT = 0.9
# SemEval's papers run to 8,000 words and YAKE takes about half a second on one: all 243 of them,
# twice, would be most of the run. Without --limit, an evenly spread sample of this many is scored.
DEFAULT_SAMPLE = {"SemEval2010": 100}

# Summaries: Lead-N takes this many first sentences (ours has CONFIG.summary_sentences).
LEAD_SENTENCES = 3

log = logging.getLogger("tools.evaluate")
Json = dict[str, Any]


@dataclass
class Section:
    """One part of the report: its Markdown lines and the same figures for the JSON file."""

    title: str
    lines: list[str] = field(default_factory=list)
    data: Json = field(default_factory=dict)


# Helpers ---------------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[Json]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def _prf_json(score: PRF) -> Json:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }


def _interval(ours: Sequence[float], baseline: Sequence[float]) -> str:
    low, high = paired_bootstrap(ours, baseline)
    return f"[{low:+.3f}, {high:+.3f}]"


def _analyses(path: Path, keep: Callable[[str], bool]) -> list[Analysis]:
    """Our pipeline up to analysis, on the articles of a JSONL file whose id `keep` accepts."""
    sources = [s for s in read([path], MAX_FILE_BYTES, MAX_ARTICLES).sources if keep(s.id)]
    return list(analyse(clean(sources, CONFIG.language), CONFIG))


# 1. Clustering ---------------------------------------------------------------------------------


def _labels(clusters: Iterable[Iterable[str]], items: Iterable[str]) -> dict[str, str]:
    """Item -> cluster label; an item the pipeline lost (skipped on reading or cleaning) is a
    cluster of its own, so that losing articles costs recall instead of being ignored."""
    labels = {item: f"c{n}" for n, members in enumerate(clusters) for item in members}
    return {item: labels.get(item, f"lost:{item}") for item in items}


def _cluster_scores(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Json:
    return {
        "bcubed": _prf_json(bcubed(predicted, gold)),
        "ari": round(adjusted_rand(predicted, gold), 4),
        "clusters": len({predicted[i] for i in gold}),
    }


def _fixture_scores(limit: int | None) -> Json:
    """tests/fixtures/events, scored whole (a development set of our own, not split)."""
    path = EVENTS_FIXTURE / "articles.jsonl"
    labels: dict[str, str] = json.loads((EVENTS_FIXTURE / "clusters.json").read_text("utf-8"))
    items = _jsonl(path)[:limit]
    gold = {str(item["id"]): labels[str(item["id"])] for item in items}
    analyses = _analyses(path, gold.__contains__)
    ours = _labels(((*g.articles, *g.duplicates) for g in group(analyses)), gold)
    texts = [f"{item.get('title') or ''}\n{item.get('text') or ''}" for item in items]
    sweep = {
        d: _cluster_scores(
            {i: f"b{b}" for i, b in zip(gold, baselines.tfidf_clusters(texts, d), strict=True)},
            gold,
        )
        for d in clustering.BASELINE_DISTANCES
    }
    best = max(sweep, key=lambda d: sweep[d]["bcubed"]["f1"])
    return {"ours": _cluster_scores(ours, gold), "baseline": {"distance": best, **sweep[best]}}


def _score_halves(labelled: clustering.LabelledSet) -> Json:
    """Ours and the baseline on both halves of one set, and the stories that mix gold events."""
    cut = clustering.baseline_cut(labelled)
    by_id = {a.article.id: a for a in labelled.analyses}

    def headline(g: Group) -> str:
        return synthesise_story(g, by_id, CONFIG).headline

    result: Json = {"set": labelled.name, "baseline_distance": cut, "halves": {}}
    for half in clustering.HALVES:
        score, groups = clustering.ours(labelled, half)
        base = clustering.baseline(labelled, half, cut)
        items = [i for i, h in labelled.half.items() if h == half]
        result["halves"][half] = {
            "articles": len(items),
            "gold_clusters": len({labelled.gold[i] for i in items}),
            "stories": len(groups),
            "ours": _prf_json(score),
            "baseline": _prf_json(base),
            "mixed": [
                {"headline": h, "events": [{"event": e, "articles": n} for e, n in events]}
                for h, events in clustering.mixed(labelled, groups, headline)
            ],
        }
    return result


def evaluate_clustering(eval_dir: Path, limit: int | None) -> Section:
    section = Section("Clustering")
    sets: list[Json] = []
    for name in clustering.SETS:
        folder = eval_dir / name
        if not folder.is_dir():
            section.lines += [f"{name}: skipped, {folder} is missing.", ""]
            continue
        started = time.perf_counter()
        sets.append(_score_halves(clustering.load(folder, CONFIG)))
        log.info("clustering: %s in %.1f s", name, time.perf_counter() - started)
    rows = []
    for s in sets:
        for half, h in s["halves"].items():
            ours, base = h["ours"], h["baseline"]
            rows.append(
                (
                    s["set"],
                    half,
                    f"{h['articles']} / {h['gold_clusters']}",
                    ours["precision"],
                    ours["recall"],
                    ours["f1"],
                    base["precision"],
                    base["recall"],
                    base["f1"],
                    f"{ours['f1'] - base['f1']:+.3f}",
                    len(h["mixed"]),
                )
            )
    header = (
        "set",
        "half",
        "articles / events",
        "ours B³ P",
        "ours B³ R",
        "ours B³ F1",
        "baseline P",
        "baseline R",
        "baseline F1",
        "F1 gain",
        "mixed stories",
    )
    section.lines += _table(header, rows)
    section.lines += [
        "Halves fixed before tuning (tools/clustering.py): gold clusters (ECB+: topics, so that "
        "both look-alike events of a topic fall together) sorted by SHA-256 of their id, the "
        "first half tunes. Every threshold in generator/group.py was chosen on the tuning "
        "halves; each half is grouped on its own. Baseline: plain TF-IDF + average link "
        "(tools/baselines.py) cut at the distance best on the tuning half ("
        + ", ".join(f"{s['set']} {s['baseline_distance']}" for s in sets)
        + "), the same cut on the held-out half. Lost articles count as stories of their own.",
        "",
    ]
    if (EVENTS_FIXTURE / "articles.jsonl").is_file():
        fixture = _fixture_scores(limit)
        o, b = fixture["ours"]["bcubed"], fixture["baseline"]["bcubed"]
        section.lines += [
            f"tests/fixtures/events (whole, 70 articles, 22 events): ours B³ P {o['precision']:.3f}"
            f" R {o['recall']:.3f} F1 {o['f1']:.3f}; baseline at its own best cut "
            f"{fixture['baseline']['distance']} (oracle): F1 {b['f1']:.3f}.",
            "",
        ]
        section.data["events_fixture"] = fixture
    section.lines += ["Stories that mix gold events (headline: the events and their articles):", ""]
    for s in sets:
        for half, h in s["halves"].items():
            for story in h["mixed"]:
                events = " + ".join(f"{e['event']} ({e['articles']})" for e in story["events"])
                section.lines.append(f"- {s['set']} {half}: {story['headline']} — {events}")
    section.lines.append("")
    section.data["sets"] = sets
    basil = eval_dir / "basil"
    if basil.is_dir():
        # The headlines of the stories BASIL's grouping makes: a section of its own in the report.
        headlines = evaluate_headlines(eval_dir, limit)
        section.lines += [f"### {headlines.title}", "", *headlines.lines]
        section.data["headlines"] = headlines.data
    return section


# 2. HTML extraction ----------------------------------------------------------------------------


OURS_PAGE = "ours: reader + cleaner, title + body"
OURS_BODY = "ours: reader + cleaner, body only"
READER_BODY = "ours: reader only (not cleaned), body only"
TRAFILATURA = "baseline: trafilatura.extract, defaults"
# The pages are split in two by a fixed rule on their id, decided before any tuning: the first
# byte of SHA-256(id) even -> the half the extraction may be tuned on, odd -> the half it is only
# scored on. A rule, not a list, so no page's id is copied here and a page added to the corpus
# lands in a half without anyone choosing. (44 tuning and 47 held-out pages of the 91.)
TUNE = "tune"
HELD_OUT = "held-out"
HALVES = (TUNE, HELD_OUT)
# What the held-out half should show (issue 14): ours at least this much above trafilatura alone.
HELD_OUT_TARGET = 0.01


def html_half(page_id: str) -> str:
    """The half of the HTML corpus a page belongs to (see HALVES)."""
    return TUNE if hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2 == 0 else HELD_OUT


def _block_text(title: str | None, blocks: Iterable[Block]) -> str:
    return "\n".join([*([title] if title else []), *(block.text for block in blocks)])


def _our_pages(path: Path, pages: Sequence[Json]) -> tuple[dict[str, list[str]], int]:
    """Our text of every page, in the variants of the report, and how many pages yielded no
    article at all. Pages are cleaned together, as one build would clean them."""
    reader = JsonReader()
    sources: dict[str, Source] = {}
    failed = 0
    for number, page in enumerate(pages, start=1):
        try:
            source = reader.article(path, page, number, f"page-{number}", number)
        except InputError:
            failed += 1
            continue
        sources[str(page["id"])] = source
    articles = {a.id: a for a in clean(sources.values(), CONFIG.language)}
    texts: dict[str, list[str]] = {OURS_PAGE: [], OURS_BODY: [], READER_BODY: []}
    for page in pages:
        ident = str(page["id"])
        read_page, article = sources.get(ident), articles.get(ident)
        texts[READER_BODY].append(_block_text(None, read_page.blocks) if read_page else "")
        # The dateline is cut from the first paragraph into a field that every page shows
        # beside the text ("WASHINGTON —"); the gold keeps it in the paragraph, so it counts.
        dateline = [article.dateline] if article and article.dateline else []
        texts[OURS_PAGE].append(_block_text(article.title, article.blocks) if article else "")
        texts[OURS_BODY].append(
            "\n".join([*dateline, _block_text(None, article.blocks)]) if article else ""
        )
    return texts, failed + len(sources) - len(articles)


@dataclass(frozen=True)
class HtmlHalf:
    """Every system's text and token scores on the pages of one half, in page order."""

    half: str
    ids: list[str]
    texts: dict[str, list[str]]
    scores: dict[str, list[PRF]]
    empty: int

    def f1(self, system: str) -> float:
        return mean_prf(self.scores[system]).f1


def load_html_pages(eval_dir: Path) -> tuple[list[Json], dict[str, str]]:
    """The pages of ../shared/eval/html (input form) and the gold body of each, by id."""
    folder = eval_dir / "html"
    pages = _jsonl(folder / "input.jsonl")
    gold = {str(a["id"]): str(a["text"] or "") for a in _jsonl(folder / "articles.jsonl")}
    return pages, gold


def score_html_half(
    eval_dir: Path, half: str, limit: int | None = None, systems: Iterable[str] | None = None
) -> HtmlHalf:
    """Our extraction and trafilatura alone on one half of the HTML corpus. The half is cleaned
    on its own, so nothing of the other half reaches it (not even as a repeated line)."""
    pages, gold_by_id = load_html_pages(eval_dir)
    chosen = [page for page in pages if html_half(str(page["id"])) == half][:limit]
    gold = [gold_by_id[str(page["id"])] for page in chosen]
    texts, empty = _our_pages(eval_dir / "html" / "input.jsonl", chosen)
    wanted = set(systems) if systems is not None else {*texts, TRAFILATURA}
    if TRAFILATURA in wanted:
        import trafilatura  # heavy import, only paid when the baseline is scored

        texts[TRAFILATURA] = [trafilatura.extract(str(page["html"])) or "" for page in chosen]
    texts = {name: t for name, t in texts.items() if name in wanted}
    scores = {
        name: [token_prf(text, g) for text, g in zip(system, gold, strict=True)]
        for name, system in texts.items()
    }
    return HtmlHalf(half, [str(page["id"]) for page in chosen], texts, scores, empty)


def evaluate_html(eval_dir: Path, limit: int | None) -> Section:
    section = Section("HTML extraction")
    halves = {half: score_html_half(eval_dir, half, limit) for half in HALVES}
    rows = []
    for result in halves.values():
        pages = len(result.ids)
        for name, per_page in result.scores.items():
            mean = mean_prf(per_page)
            words = sum(len(t.split()) for t in result.texts[name]) / max(1, pages)
            rows.append((result.half, name, mean.precision, mean.recall, mean.f1, f"{words:.0f}"))
    header = ("half", "system", "token P", "token R", "token F1", "words/page")
    section.lines += _table(header, rows)
    comparisons: dict[str, dict[str, str]] = {}
    margins: dict[str, float] = {}
    for half, result in halves.items():
        baseline_f1 = [s.f1 for s in result.scores[TRAFILATURA]]
        comparisons[half] = {}
        for name in (OURS_PAGE, OURS_BODY):
            ours_f1 = [s.f1 for s in result.scores[name]]
            wins = sum(1 for a, b in zip(ours_f1, baseline_f1, strict=True) if a > b)
            losses = sum(1 for a, b in zip(ours_f1, baseline_f1, strict=True) if a < b)
            comparisons[half][name] = (
                f"{_interval(ours_f1, baseline_f1)}, better on {wins} pages, worse on {losses}"
            )
        margins[half] = result.f1(OURS_BODY) - result.f1(TRAFILATURA)
    _, gold_by_id = load_html_pages(eval_dir)
    scored = [i for result in halves.values() for i in result.ids]
    gold_words = sum(len(gold_by_id[i].split()) for i in scored) / max(1, len(scored))
    section.lines += [
        f"{len(scored)} pages (gold: {gold_words:.0f} words/page, body only: no title), split "
        "by the first byte of SHA-256(page id): even -> `tune` (the half the extraction may be "
        "tuned on), odd -> `held-out` (only reported). Each half is read and cleaned on its own. "
        "Macro averages of per-page bag-of-words overlap on lower-cased word tokens. Pages where "
        "we extracted nothing: "
        + ", ".join(f"{h} {r.empty}" for h, r in halves.items())
        + ". Body-only F1 ours - trafilatura alone: "
        + ", ".join(f"{h} {m:+.4f}" for h, m in margins.items())
        + f" (target on the held-out half: at least {HELD_OUT_TARGET:+.4f}, "
        + ("met" if margins[HELD_OUT] >= HELD_OUT_TARGET else "not met")
        + "). F1 ours - baseline, 95% paired bootstrap:",
        "",
        *(
            f"- {half}, {name}: {text}"
            for half, by_name in comparisons.items()
            for name, text in by_name.items()
        ),
        "",
    ]
    section.data = {
        "split": "sha256(id)[0] even: tune; odd: held-out",
        "halves": {
            half: {
                "pages": len(result.ids),
                "empty_ours": result.empty,
                "systems": {name: _prf_json(mean_prf(s)) for name, s in result.scores.items()},
                "body_f1_minus_baseline": round(margins[half], 5),
                "vs_baseline": comparisons[half],
            }
            for half, result in halves.items()
        },
        "per_page_f1": {
            ident: {"half": result.half}
            | {name: round(s[i].f1, 4) for name, s in result.scores.items()}
            for result in halves.values()
            for i, ident in enumerate(result.ids)
        },
    }
    return section


# 3. Keyphrases ---------------------------------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    """Paragraphs split on blank lines, hard line wraps inside one joined (SemEval's texts are
    PDF lines: a wrap is not the end of a phrase)."""
    return [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _gold_in_text(gold: Iterable[str], text: str) -> tuple[int, int]:
    """How many gold phrases occur in the text (stemmed, on word boundaries): the most that any
    extractive method can find."""
    padded = f" {phrase_key(text)} "
    keys = {key for key in map(phrase_key, gold) if key}
    return sum(1 for key in keys if f" {key} " in padded), len(keys)


def _spread(items: Sequence[Json], count: int) -> list[Json]:
    """`count` items evenly spread over the sequence (every category of a sorted set is seen)."""
    if count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


def _score_keyphrase_set(folder: Path, limit: int | None) -> Json:
    documents = _jsonl(folder / "articles.jsonl")
    total = len(documents)
    if limit is not None:
        documents = documents[:limit]
    elif folder.name in DEFAULT_SAMPLE:
        documents = _spread(documents, DEFAULT_SAMPLE[folder.name])
    gold_by_id = {
        str(k["id"]): [str(p) for p in k["keyphrases"]] for k in _jsonl(folder / "keyphrases.jsonl")
    }
    raw_yake = yake.KeywordExtractor(
        lan="en", n=KEYPHRASE_MAX_WORDS, dedup_lim=YAKE_DEDUP_LIMIT, top=KEYPHRASES_AT
    )
    ours: list[PRF] = []
    baseline: list[PRF] = []
    found = findable = given = 0
    for document in documents:
        gold = gold_by_id.get(str(document["id"]), [])
        if not gold:
            continue
        title = document.get("title") or None
        body = paragraphs(str(document["text"] or ""))
        blocks = [Block("p", p, 0) for p in body]
        phrases = [
            k.phrase
            for k in extract(
                blocks, title, "en", KEYPHRASES_AT, KEYPHRASE_MAX_WORDS, lang=language_data("en")
            )
        ]
        given += len(phrases)
        # The baseline reads the same title and paragraphs: only the method differs.
        text = "\n\n".join([*([title] if title else []), *body])
        candidates = [phrase for phrase, _ in raw_yake.extract_keywords(text)]
        ours.append(keyphrase_prf(phrases, gold, KEYPHRASES_AT))
        baseline.append(keyphrase_prf(candidates, gold, KEYPHRASES_AT))
        hits, present = _gold_in_text(gold, text)
        found, findable = found + hits, findable + present
    return {
        "set": folder.name,
        "documents": len(ours),
        "of": total,
        "ours": _prf_json(mean_prf(ours)),
        "baseline": _prf_json(mean_prf(baseline)),
        "ours_phrases_per_document": round(given / max(1, len(ours)), 2),
        "gold_in_text": round(found / max(1, findable), 4),
        "f1_interval": _interval([s.f1 for s in ours], [s.f1 for s in baseline]),
    }


def evaluate_keyphrases(eval_dir: Path, limit: int | None) -> Section:
    section = Section("Keyphrases")
    folders = sorted(
        p for p in (eval_dir / "keyphrase").iterdir() if (p / "keyphrases.jsonl").is_file()
    )
    sets = []
    for folder in folders:
        started = time.perf_counter()
        sets.append(_score_keyphrase_set(folder, limit))
        log.info("keyphrases: %s in %.1f s", folder.name, time.perf_counter() - started)
    systems = (("ours (generator.keyphrases.extract)", "ours"), ("baseline raw YAKE", "baseline"))
    measures = ("precision", "recall", "f1")
    rows = [
        (s["set"], f"{s['documents']} of {s['of']}", name, *(s[key][m] for m in measures))
        for s in sets
        for name, key in systems
    ]
    at = KEYPHRASES_AT
    section.lines += _table(("set", "docs", "system", f"P@{at}", f"R@{at}", f"F1@{at}"), rows)
    section.lines += [
        "Exact match after lower-casing, removing punctuation and Porter-stemming every word. "
        "Both systems read the title and the paragraphs; raw YAKE is `KeywordExtractor(lan='en', "
        f"n={KEYPHRASE_MAX_WORDS}, dedup_lim={YAKE_DEDUP_LIMIT}, top={KEYPHRASES_AT})`. "
        "Gold phrases found in the text (the ceiling for any extractive method): "
        + "; ".join(f"{s['set']} {s['gold_in_text']:.0%}" for s in sets)
        + ". Phrases we return per document: "
        + "; ".join(f"{s['set']} {s['ours_phrases_per_document']}" for s in sets)
        + ". F1@10 ours - baseline, 95% paired bootstrap: "
        + "; ".join(f"{s['set']} {s['f1_interval']}" for s in sets)
        + ".",
        "",
    ]
    section.data = {"at": KEYPHRASES_AT, "sets": sets}
    return section


# 4. Summaries ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Summaries:
    """Each system's summary of one cluster, beside the editor's."""

    reference: str
    systems: dict[str, str]


OURS = "ours (synthesise_story)"
LEAD = f"Lead-{LEAD_SENTENCES}"
LEAD_BUDGET = "Lead, same length as ours"
LEXRANK = "LexRank, same length as ours"
RANDOM = "random sentences, same length as ours"


def _summarise_cluster(cluster_id: str, members: Sequence[Analysis], reference: str) -> _Summaries:
    """Ours and the baselines, on the same cleaned and analysed articles of one gold cluster."""
    if not members:
        return _Summaries(reference, dict.fromkeys((OURS, LEAD, LEAD_BUDGET, LEXRANK, RANDOM), ""))
    duplicates = find_duplicates(members, range(len(members)))
    story = synthesise_story(
        Group(cluster_id, tuple(a.article.id for a in members), duplicates),
        {a.article.id: a for a in members},
        CONFIG,
    )
    ours = " ".join(cited.text for cited in story.summary)
    budget = len(ours.split())
    distinct = [a for a in members if a.article.id not in duplicates]
    sentences = [s.text for a in distinct for s in a.sentences]
    first = next((a for a in distinct if a.sentences), distinct[0])
    lead = [s.text for s in first.sentences]
    return _Summaries(
        reference,
        {
            OURS: ours,
            LEAD: " ".join(lead[:LEAD_SENTENCES]),
            LEAD_BUDGET: baselines.fill_budget(lead, budget),
            LEXRANK: baselines.lexrank(sentences, budget),
            RANDOM: baselines.random_sentences(sentences, budget),
        },
    )


def _rouge(summary: str, reference: Sequence[str]) -> tuple[PRF, PRF, PRF]:
    tokens = rouge_tokens(summary)
    return rouge_n(tokens, reference, 1), rouge_n(tokens, reference, 2), rouge_l(tokens, reference)


def evaluate_summaries(eval_dir: Path, limit: int | None) -> Section:
    section = Section("Summaries")
    folder = eval_dir / "multinews"
    references = {
        str(c["cluster"]): str(c["summary"]) for c in _jsonl(folder / "clusters.jsonl")[:limit]
    }
    cluster_of = {str(a["id"]): str(a["cluster"]) for a in _jsonl(folder / "articles.jsonl")}
    analyses = _analyses(folder / "input.jsonl", lambda ident: cluster_of.get(ident) in references)
    by_cluster: dict[str, list[Analysis]] = {c: [] for c in references}
    for analysis in analyses:
        by_cluster[cluster_of[analysis.article.id]].append(analysis)
    results = [_summarise_cluster(c, members, references[c]) for c, members in by_cluster.items()]

    names = list(results[0].systems) if results else []
    scores: dict[str, list[tuple[PRF, PRF, PRF]]] = {name: [] for name in names}
    for result in results:
        reference = rouge_tokens(result.reference)
        for name in names:
            scores[name].append(_rouge(result.systems[name], reference))
    rows = []
    data: Json = {}
    for name in names:
        per_cluster = scores[name]
        means = [mean_prf([s[i] for s in per_cluster]).f1 for i in range(3)]
        words = sum(len(r.systems[name].split()) for r in results) / max(1, len(results))
        rows.append((name, *means, f"{words:.0f}"))
        data[name] = {
            "rouge1": round(means[0], 4),
            "rouge2": round(means[1], 4),
            "rougeL": round(means[2], 4),
            "words": round(words, 1),
        }
    section.lines += _table(("system", "ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1", "words"), rows)

    def f1s(name: str, metric: int) -> list[float]:
        return [s[metric].f1 for s in scores[name]]

    intervals = {
        other: [_interval(f1s(OURS, m), f1s(other, m)) for m in range(3)]
        for other in names
        if other != OURS
    }
    empty = sum(1 for r in results if not r.systems[OURS])
    reference_words = sum(len(r.reference.split()) for r in results) / max(1, len(results))
    section.lines += [
        f"{len(results)} Multi-News clusters, {len(analyses)} articles after cleaning "
        f"({sum(1 for c in cluster_of.values() if c in references) - len(analyses)} lost); "
        f"editor summaries average {reference_words:.0f} words. Ours: {CONFIG.summary_sentences} "
        f"sentences (the product default); empty summaries: {empty}. LexRank, Lead and random "
        "sentences are cut to exactly our length per cluster, so ROUGE F1 compares like with like; "
        "Lead-3 keeps its own length. ROUGE: lower-cased alphanumeric tokens, Porter-stemmed, no "
        "stopword removal; ROUGE-L on the whole summary as one sequence.",
        "",
        "Ours - baseline, 95% paired bootstrap of ROUGE-1 / ROUGE-2 / ROUGE-L F1:",
        "",
    ]
    section.lines += [f"- vs {other}: {' / '.join(cis)}" for other, cis in intervals.items()]
    section.lines.append("")
    section.data = {
        "clusters": len(results),
        "articles": len(analyses),
        "empty_ours": empty,
        "reference_words": round(reference_words, 1),
        "systems": data,
        "intervals_vs_ours": intervals,
    }
    return section


# 5. Stories of many outlets and their disagreements ---------------------------------------------


def evaluate_stories(eval_dir: Path, limit: int | None) -> Section:
    """Our own labelled stories of 11 and 12 outlets (tests/fixtures/stories), part by part."""
    from tests.stories import FLOORS_NOTE, build_story, load_gold, score

    section = Section("Stories of many outlets (tests/fixtures/stories)")
    parts = (
        "grouped",
        "people",
        "figure_sources",
        "conflict_recall",
        "conflict_precision",
        "conflict_sides",
        "quotes",
        "unique",
        "timeline",
    )
    rows, data = [], {}
    for name in ("ferry", "ruling"):
        story, stories = build_story(name)
        result = score(story, stories, load_gold(name))
        data[name] = {p: round(getattr(result, p), 3) for p in parts} | {
            "headline": story.headline,
            "missed": result.missed,
        }
        rows.append([name, *(f"{getattr(result, p):.2f}" for p in parts)])
    section.lines = [
        *_table(["story", *parts], rows),
        "",
        FLOORS_NOTE,
        "",
    ]
    section.data = data
    return section


def evaluate_quotes(eval_dir: Path, limit: int | None) -> Section:
    """Who said each named direct quotation, on PolNeAR (tools/attribution.py), tune and
    held-out halves, beside the nearest-name baseline on the same quotations."""
    from tools import attribution

    section = Section("Quote speakers (PolNeAR, 840 articles; tools/attribution.py)")
    texts, gold = attribution.load_gold(eval_dir)
    ids = sorted(texts)[:limit] if limit else sorted(texts)
    wanted = set(ids)
    analyses = _analyses(eval_dir / "polnear" / "input.jsonl", lambda i: i in wanted)
    systems = {
        "ours": attribution.place(analyses, texts),
        "nearest name": attribution.nearest_name(analyses, texts),
    }
    rows, data = [], {}
    for half in ("tune", "heldout"):
        articles = {i for i in ids if attribution.split_of(i) == half}
        for name, found in systems.items():
            result = attribution.score(found, gold, articles)
            rows.append(
                [
                    half,
                    name,
                    result.precision,
                    result.recall,
                    result.no_speaker,
                    f"{result.judged}/{result.gold_named}",
                ]
            )
            data[f"{half}/{name}"] = {
                "speaker_precision": round(result.precision, 4),
                "named_direct_recall": round(result.recall, 4),
                "no_speaker_share": round(result.no_speaker, 4),
                "judged": result.judged,
                "named_direct_quotations": result.gold_named,
                "unresolved_gold": result.unresolved,
            }
    section.lines = [
        *_table(
            [
                "half",
                "speakers by",
                "speaker precision",
                "recall (named direct, right speaker)",
                "no speaker",
                "judged / gold",
            ],
            rows,
        ),
        "Speaker precision: of our quotations that overlap a gold direct quotation of at least "
        "6 words and whose gold speaker is known, the share given to that person. The "
        "held-out half is only reported; floors in tests/test_attribution.py.",
        "",
    ]
    section.data = data
    return section


def evaluate_disagreements(eval_dir: Path, limit: int | None) -> Section:
    """Every disagreement found in the real stories of BASIL (3 outlets each) and Multi-News, for
    a reader to audit: no labels say which are right, so each is listed with its sources. Twice:
    in the stories of the sets' own events, and in the stories a build of each whole set makes
    (our grouping), which are what the digest shows."""
    section = Section("Disagreements in real stories (for audit)")
    counts: Json = {}
    listed: list[str] = []
    built: list[str] = []
    for set_name, folder in (("BASIL", eval_dir / "basil"), ("Multi-News", eval_dir / "multinews")):
        if not folder.is_dir():
            continue
        cluster_of = {str(a["id"]): str(a["cluster"]) for a in _jsonl(folder / "articles.jsonl")}
        clusters = sorted(set(cluster_of.values()))[:limit]
        keep = {ident for ident, c in cluster_of.items() if c in set(clusters)}
        analyses = _analyses(folder / "input.jsonl", keep.__contains__)
        by_cluster: dict[str, list[Analysis]] = defaultdict(list)
        for analysis in analyses:
            by_cluster[cluster_of[analysis.article.id]].append(analysis)
        kinds: Counter[str] = Counter()
        stories = 0
        for cluster_id in clusters:
            members = by_cluster.get(cluster_id, [])
            if len(members) < 2:
                continue
            stories += 1
            story = synthesise_story(
                Group(cluster_id, tuple(a.article.id for a in members), {}),
                {a.article.id: a for a in members},
                CONFIG,
            )
            for conflict in story.conflicts:
                kinds[_conflict_kind(conflict)] += 1
                listed.append(f"- {set_name} {cluster_id}: {_conflict_line(conflict)}")
        whole: Counter[str] = Counter()
        published = synthesise(group(analyses), analyses, CONFIG)
        for story in published:
            for conflict in story.conflicts:
                whole[_conflict_kind(conflict)] += 1
                built.append(f"- {set_name} story {story.id}: {_conflict_line(conflict)}")
        counts[set_name] = {
            "stories": stories,
            **dict(sorted(kinds.items())),
            "built stories": len(published),
            "built": dict(sorted(whole.items())),
        }
    section.lines = [
        *_table(
            [
                "set",
                "events of 2+ articles",
                "disagreements by kind",
                "stories of a build",
                "disagreements by kind",
            ],
            [
                [
                    name,
                    c["stories"],
                    ", ".join(
                        f"{k} {v}"
                        for k, v in c.items()
                        if k not in ("stories", "built stories", "built")
                    ),
                    c["built stories"],
                    ", ".join(f"{k} {v}" for k, v in c["built"].items()),
                ]
                for name, c in counts.items()
            ],
        ),
        "",
        "In the sets' own events (one story per labelled event):",
        "",
        *listed,
        "",
        "In the stories a build of each whole set publishes (our grouping):",
        "",
        *built,
        "",
    ]
    section.data = {"counts": counts, "listed": listed, "built": built}
    return section


def _conflict_kind(conflict: Conflict) -> str:
    return conflict.topic.split(":")[0].split(" of ")[0]


def _conflict_line(conflict: Conflict) -> str:
    """A disagreement in one line: its slot and topic, and who says which."""
    sides = "; ".join(f"{c.text} ({', '.join(c.sources)})" for c in conflict.claims)
    return f"{conflict.topic[:110]} — {sides}"


# 7. Headlines ---------------------------------------------------------------------------------


def evaluate_headlines(eval_dir: Path, limit: int | None) -> Section:
    """On BASIL's stories as our grouping makes them: the share of multi-source stories with
    titled articles that are headed by one of their own titles (issue 16 asks for 0.95), and
    how close each headline is to the dataset's one-line event label (ROUGE-1 F1), beside the
    first article's title and its lead sentence as baselines."""
    from generator import factbox, people
    from generator.summary import clean_title, headline
    from generator.synthesise import story_language

    section = Section("Headlines (BASIL)")
    folder = eval_dir / "basil"
    articles = _jsonl(folder / "articles.jsonl")
    cluster_of = {str(a["id"]): str(a["cluster"]) for a in articles}
    event_of = {str(e["cluster"]): str(e["event"]) for e in _jsonl(folder / "events.jsonl")}
    keep = set(list(cluster_of)[:limit] if limit else cluster_of)
    analyses = _analyses(folder / "input.jsonl", keep.__contains__)
    by_id = {a.article.id: a for a in analyses}
    titled = by_title = 0
    scores: dict[str, list[float]] = defaultdict(list)
    for story in group(analyses):
        members = [by_id[i] for i in story.articles if i not in story.duplicates]
        if len(members) < 2:
            continue
        lang = story_language(story, by_id)
        titles = {
            clean_title(a.article.title, a.article.outlet, lang) for a in members if a.article.title
        }
        found = people.entities(members, lang)
        key_names = factbox.prominent_names(
            [e for e in found if e.type in ("person", "place")], members
        )[:3]
        ours = headline(members, key_names, lang)
        if titles:
            titled += 1
            by_title += ours in titles
        events = Counter(cluster_of[a.article.id] for a in members)
        event = event_of.get(events.most_common(1)[0][0], "")
        first = members[0]
        for system, text in (
            ("ours", ours),
            ("baseline: first article's title", first.article.title or first.lead or ""),
            ("baseline: first article's lead", first.lead or ""),
        ):
            scores[system].append(
                rouge_n(rouge_tokens(text), rouge_tokens(event), 1).f1 if event else 0.0
            )
    share = by_title / titled if titled else 0.0
    rows = [(system, round(sum(v) / len(v), 4) if v else 0.0) for system, v in scores.items()]
    section.lines = [
        f"Multi-source stories with titled articles: {titled}; headed by one of their titles: "
        f"{by_title} ({share:.3f}).",
        "",
        *_table(("system", "ROUGE-1 F1 against the event label"), rows),
        "BASIL's event labels are mostly one outlet's own title, so a title scores well against "
        "them by construction; the lead line shows what a lead sentence scores.",
        "",
    ]
    section.data = {
        "titled_stories": titled,
        "headed_by_title": by_title,
        "share": round(share, 4),
        "rouge1_f1": dict(rows),
    }
    return section


# 8. Facts checked against the text (tests/fixtures/facts) ---------------------------------------


def evaluate_facts(eval_dir: Path, limit: int | None) -> Section:
    """Figures, timeline dates, disagreements, citations and "only here" notes of 40 annotated
    events, on their tuning and held-out halves (the rules: tools/facts_eval.py)."""
    from tools import facts_eval

    section = Section("Facts checked against the text (tests/fixtures/facts)")
    report = facts_eval.evaluate(eval_dir)
    section.lines = [
        *facts_eval.table(report),
        "",
        "Precision (right/shown) and recall (found/gold) per half of the gold; the matching rules "
        "are in tools/facts_eval.py. Figures P counts a figure right by its value; figures P, "
        "label only when its label names what the gold figure counts too (undecided: its label "
        "shares no word with the thing the gold names and may be a synonym of it). Summary "
        "sentences that state no gold fact (not judged for citations): "
        + ", ".join(f"{s} {report.extra[s].get('unstated_summary', 0)}" for s in facts_eval.SPLITS)
        + ". What is wrong on the tuning half:",
        "",
        *facts_eval.details(report, "tune"),
        "Disagreements shown on the 10 unannotated BASIL events kept for the audit:",
        "",
        *(f"- {line}" for line in report.audit or ["(none)"]),
        "",
    ]
    section.data = {
        split: {m: t.as_json(details=False) for m, t in report.splits[split].items()}
        for split in facts_eval.SPLITS
    } | {
        "audit": report.audit,
        **{
            name.replace("-", "_"): {s: t.as_json(details=False) for s, t in splits.items()}
            for name, splits in report.devs.items()
        },
        **{
            name.replace("-", "_"): {
                split: {m: t.as_json(details=False) for m, t in tallies.items()}
                for split, tallies in splits.items()
            }
            for name, splits in report.partial.items()
        },
    }
    return section


# Running ---------------------------------------------------------------------------------------

EVALUATORS: dict[str, Callable[[Path, int | None], Section]] = {
    "clustering": evaluate_clustering,
    "html": evaluate_html,
    "keyphrases": evaluate_keyphrases,
    "summaries": evaluate_summaries,
    "stories": evaluate_stories,
    "disagreements": evaluate_disagreements,
    "quotes": evaluate_quotes,
    "facts": evaluate_facts,
}
NEEDS = {
    "clustering": "",
    "html": "html",
    "keyphrases": "keyphrase",
    "summaries": "multinews",
    "stories": "",
    "disagreements": "basil",
    "quotes": "polnear",
    "facts": "basil",
}


def _sections(value: str) -> list[str]:
    chosen = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}"
        )
    return chosen


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("the limit must be at least 1")
    return number


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.evaluate", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=DEFAULT_EVAL_DIR,
        help="folder of the labelled corpora (default: %(default)s)",
    )
    parser.add_argument(
        "--only",
        type=_sections,
        default=list(SECTIONS),
        help=f"comma-separated sections: {','.join(SECTIONS)}",
    )
    parser.add_argument(
        "--limit",
        type=_positive,
        default=None,
        help="score only the first N documents of each set (clusters for summaries); without it, "
        "every document, except an evenly spread sample of "
        + ", ".join(f"{n} from {name}" for name, n in DEFAULT_SAMPLE.items()),
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=RESULTS_FILE,
        help="where to write the JSON report (default: %(default)s)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr, format="%(name)s: %(message)s")
    log.setLevel(logging.INFO)
    eval_dir: Path = args.eval_dir
    if not eval_dir.is_dir():
        print(
            f"No evaluation data at {eval_dir}: nothing to score. Put the labelled corpora there "
            "(see ../shared/eval/README.md) or pass --eval-dir."
        )
        return 0
    started = time.perf_counter()
    report: Json = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "eval_dir": str(eval_dir),
        "limit": args.limit,
        "sections": {},
    }
    print("# Evaluation of the generator\n")
    print(
        f"Data: `{eval_dir}`"
        + (f", first {args.limit} documents per set" if args.limit else "")
        + ".\n"
    )
    for name in args.only:
        if not (eval_dir / NEEDS[name]).is_dir():
            print(f"## {name}\n\nSkipped: {eval_dir / NEEDS[name]} is missing.\n")
            continue
        log.info("%s ...", name)
        clock = time.perf_counter()
        section = EVALUATORS[name](eval_dir, args.limit)
        seconds = time.perf_counter() - clock
        log.info("%s: %.1f s", name, seconds)
        print(f"## {section.title}\n")
        print("\n".join(section.lines))
        print(f"({seconds:.1f} s)\n", flush=True)
        report["sections"][name] = {"seconds": round(seconds, 1), **section.data}
    total = time.perf_counter() - started
    report["seconds"] = round(total, 1)
    print(f"Total: {total:.1f} s.")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    log.info("wrote %s", args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
