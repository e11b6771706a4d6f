"""Scores of a story against the gold of the many-source story fixtures (tests/fixtures/stories).

Each fixture is one event told by 11 or 12 outlets, with a gold.json that lists what a reader
should find: the actors, the figures and who gives them, the disagreements built in (and the
traps that are not disagreements), the quotes, what each outlet alone reports, the dated
events and the boilerplate lines that must not appear anywhere."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.group import group
from generator.models import Conflict, Story
from generator.read import read
from generator.synthesise import synthesise
from generator.text import fold

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
# Other news of the same weeks: a digest never holds one event only, and which words are rare
# (what grouping weighs) is only realistic among many events.
BACKGROUND = Path(__file__).resolve().parent / "fixtures" / "events" / "articles.jsonl"
Gold = dict[str, Any]
FLOORS_NOTE = (
    "Shares in [0, 1]: grouped is the F1 of the story's articles; people, the key players (named "
    "by 3+ outlets) in the fact box; figure_sources, the F1 of the outlets listed per figure; "
    "conflict_*, the disagreements built in (recall), those found that are real (precision) and "
    "the outlets on each side (F1); quotes, with their speaker; unique, outlets whose note shows "
    "what only they report; timeline, dated events. Floors in tests/test_stories.py."
)
# People named by this many outlets are the story's key players: the fact box must show them.
KEY_PLAYER_SOURCES = 3


@dataclass
class StoryScore:
    """Shares in [0, 1]; the lists say what was missed, for the test's message."""

    grouped: float  # F1 of the story's articles against the fixture's files
    headline: bool
    summary_cited: float  # summary sentences citing at least one source
    summary_sources: float  # mean sources cited per summary sentence
    people: float  # people that 3 or more outlets name, found in the fact box
    figure_sources: float  # F1 of the sources listed for each gold figure the story shows
    conflict_recall: float
    conflict_precision: float
    conflict_sides: float  # F1 of the sources on each side of the disagreements found
    quotes: float  # gold quotes found with their speaker
    unique: float  # outlets whose note lists what only they report
    timeline: float  # gold dated events on the timeline (by date)
    boilerplate_leaks: list[str] = field(default_factory=list)
    missed: dict[str, list[str]] = field(default_factory=dict)


def load_gold(name: str) -> Gold:
    gold: Gold = json.loads((STORIES / name / "gold.json").read_text(encoding="utf-8"))
    return gold


def build_story(
    name: str, config: Config | None = None, cache_dir: Path | None = None
) -> tuple[Story, list[Story]]:
    """The story the pipeline makes of a fixture among the background news (the one with most
    of its files), and every story it makes; with a `cache_dir`, analyses are kept there as a
    build keeps them (the background news is the same in every fixture)."""
    config = config or Config()
    gold = load_gold(name)
    files = {_stem(f) for f in gold["files"]}
    paths = [STORIES / name / file for file in gold["files"]] + [BACKGROUND]
    articles = clean(read(paths, config.max_file_bytes, config.max_articles).sources)
    analyses = analyse(articles, config, cache_dir)
    stories = list(synthesise(group(analyses), analyses, config))
    return max(stories, key=lambda s: (len(files & set(s.articles)), s.id)), stories


def _stem(file: str) -> str:
    return file.rsplit(".", 1)[0]


def _f1(found: set[str], gold: set[str]) -> float:
    if not found and not gold:
        return 1.0
    hits = len(found & gold)
    return 2 * hits / (len(found) + len(gold)) if hits else 0.0


def _side_matches(kind: str, claim: str, value: str) -> bool:
    claim, value = fold(claim).replace(",", ""), fold(value).replace(",", "")
    if kind == "role":
        return claim in value or value in claim
    return claim == value


# A vote "7-6" is a figure in the gold and a tally in the digest.
_KIND_PREFIX = {
    "figure": ("Figure:", "Tally:"),
    "day": ("Day:",),
    "date": ("Date:",),
    "role": ("Title of",),
}


def _conflict_matches(found: Conflict, gold: Gold) -> bool:
    """A disagreement found is a gold one when it is of the same kind, about the same person
    for titles, and each gold side is one of its claims."""
    if not found.topic.startswith(_KIND_PREFIX[gold["kind"]]):
        return False
    if gold["kind"] == "role" and fold(gold["about"]) not in fold(found.topic):
        return False
    return all(
        any(_side_matches(gold["kind"], c.text, side["value"]) for c in found.claims)
        for side in gold["sides"]
    )


def _sides_f1(found: Conflict, gold: Gold) -> float:
    scores = []
    for side in gold["sides"]:
        claimed = set()
        for claim in found.claims:
            if _side_matches(gold["kind"], claim.text, side["value"]):
                claimed |= set(claim.sources)
        scores.append(_f1(claimed, {_stem(f) for f in side["files"]}))
    return sum(scores) / len(scores)


def score(story: Story, stories: list[Story], gold: Gold) -> StoryScore:
    missed: dict[str, list[str]] = {}
    files = {_stem(f) for f in gold["files"]}
    text = json.dumps(asdict(story), ensure_ascii=False)

    headline = fold(story.headline)
    headline_ok = len(story.headline) <= 90 and all(
        any(term in headline for term in terms) for terms in gold["headline_terms"]
    )

    people = {fold(n) for e in story.entities for n in (e.name, *e.aliases)}
    players = [p for p in gold["people"] if len(p["files"]) >= KEY_PLAYER_SOURCES]
    found_people = [p for p in players if fold(p["name"]) in people]
    missed["people"] = [p["name"] for p in players if p not in found_people]

    figure_scores = []
    for figure in gold["figures"]:
        shown = [f for f in story.figures if f.value == float(figure["value"])]
        if shown:
            listed = {s for f in shown for s in f.sources}
            figure_scores.append(_f1(listed, {_stem(f) for f in figure["files"]}))

    matched = [
        g for g in gold["conflicts"] if any(_conflict_matches(c, g) for c in story.conflicts)
    ]
    missed["conflicts"] = [
        f"{g['kind']}: {g['about']}" for g in gold["conflicts"] if g not in matched
    ]
    true_found = [
        c for c in story.conflicts if any(_conflict_matches(c, g) for g in gold["conflicts"])
    ]
    missed["false conflicts"] = [
        f"{c.topic} {[x.text for x in c.claims]}" for c in story.conflicts if c not in true_found
    ]
    sides = [_sides_f1(c, g) for g in matched for c in story.conflicts if _conflict_matches(c, g)]

    quoted = [
        q
        for q in gold["quotes"]
        if any(
            fold(q["words"]) in fold(sq.text)
            and sq.speaker is not None
            and fold(q["speaker"]).split()[-1] in fold(sq.speaker)
            for sq in story.quotes
        )
    ]
    missed["quotes"] = [q["speaker"] for q in gold["quotes"] if q not in quoted]

    notes = {n.article: n for n in story.notes}
    unique_found = [
        file
        for file, words in gold["unique"].items()
        if _stem(file) in notes and any(fold(words) in fold(u) for u in notes[_stem(file)].unique)
    ]
    missed["unique"] = sorted(set(gold["unique"]) - set(unique_found))

    dates = {entry.date for entry in story.timeline}
    dated = [t for t in gold["timeline"] if any(d.startswith(t["date"]) for d in dates)]
    missed["timeline"] = [f"{t['date']} {t['what']}" for t in gold["timeline"] if t not in dated]

    return StoryScore(
        grouped=_f1(set(story.articles), files),
        headline=headline_ok,
        summary_cited=sum(1 for s in story.summary if s.sources) / max(1, len(story.summary)),
        summary_sources=sum(len(s.sources) for s in story.summary) / max(1, len(story.summary)),
        people=len(found_people) / len(players),
        figure_sources=sum(figure_scores) / len(figure_scores) if figure_scores else 0.0,
        conflict_recall=len(matched) / len(gold["conflicts"]),
        conflict_precision=len(true_found) / len(story.conflicts) if story.conflicts else 1.0,
        conflict_sides=sum(sides) / len(sides) if sides else 0.0,
        quotes=len(quoted) / len(gold["quotes"]),
        unique=len(unique_found) / len(gold["unique"]),
        timeline=len(dated) / len(gold["timeline"]),
        boilerplate_leaks=[line for line in gold["boilerplate"] if line in text],
        missed={k: v for k, v in missed.items() if v},
    )
