"""`make bench`, the archive step: a daily archive as `digest fetch` writes it (a folder per day,
one Markdown file per article, about 100 articles a day), built cold, then rebuilt after one
more day. The target: the rebuild takes under 10% of the cold build.

A full year (36,500 articles) takes this 2-core machine longer than a benchmark should (a cold
build of 10,000 articles alone takes minutes): `--days` sets the span (default 60), and the report
says which span was measured. Articles are made from real text as in tools/bench/corpus.py (the same
recombined and renamed clusters), with each story's reports on the day it starts and the next.

    .venv/bin/python -m tools.bench_archive [--days 60] [--per-day 100] [--keep]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from generator.fetch.archive import ArticleFile
from generator.models import Block
from tools.bench.common import (
    CACHES_DIR,
    CORPORA_DIR,
    DEFAULT_EVAL_DIR,
    RESULTS_DIR,
    SITES_DIR,
    Json,
    say,
)
from tools.bench.corpus import (
    FIRST_DAY,
    OUTLETS,
    Names,
    RealCluster,
    StoryPlan,
    load_real,
    story_size,
    variant,
)
from tools.bench.run import run_child, site_stats

DEFAULT_DAYS = 60
PER_DAY = 100
TARGET_REBUILD_SHARE = 0.10
# Sections, as feeds' categories give them: each synthetic story gets one.
SECTIONS = ("World", "Business", "Science", "Sport", "Culture")


def write_day(folder: Path, articles: Sequence[Json], section_of: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        ident = str(article["id"])
        page = ArticleFile(
            title=article["title"],
            outlet=article["outlet"],
            author=article["author"],
            published=article["published"],
            url=article["url"],
            language="en",
            category=section_of[ident],
            summary_only=False,
            blocks=tuple(Block("p", p, 0) for p in str(article["text"]).split("\n\n")),
        )
        (folder / f"{ident}.md").write_text(page.markdown(), encoding="utf-8")


def make_archive(
    days: int, per_day: int, clusters: Sequence[RealCluster], names: Names
) -> tuple[Path, Path, int]:
    """The archive of `days - 1` days, and the last day in a folder of its own."""
    rng = random.Random(f"news-digest-archive-{days}-{per_day}")
    root = CORPORA_DIR / f"archive-{days}d"
    if root.exists():
        shutil.rmtree(root)
    archive, new_day = root / "archive", root / "new-day"
    deck: list[int] = []
    total = 0
    for day in range(days):
        count, articles, sections = 0, [], {}
        while count < per_day:
            size = min(story_size(rng), per_day - count)
            if not deck:
                deck = list(range(len(clusters)))
                rng.shuffle(deck)
            cluster = deck.pop()
            start = FIRST_DAY + timedelta(days=day, hours=rng.uniform(0, 18))
            plan = StoryPlan(
                number=total,
                cluster=cluster,
                size=size,
                start=start,
                offset=rng.randrange(len(clusters[cluster].articles)),
                outlets=tuple(rng.sample(OUTLETS, len(OUTLETS))),
                rename=names.renamer(rng, cluster),
            )
            section = rng.choice(SECTIONS)
            for j in range(size):
                ident = f"d{day:03d}-s{total:05d}-v{j:02d}"
                articles.append(variant(rng, clusters[cluster], plan, j, ident))
                sections[ident] = section
            count += size
            total += 1
        folder = (new_day if day == days - 1 else archive) / f"{FIRST_DAY + timedelta(days=day):%F}"
        write_day(folder, articles, sections)
    return archive, new_day, days * per_day


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS)
    parser.add_argument("--per-day", type=int, default=PER_DAY)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--keep", action="store_true", help="keep the archive and sites")
    args = parser.parse_args(argv)
    clusters, origin = load_real(args.eval_dir)
    say(f"archive of {args.days} days x {args.per_day} articles from {origin}")
    archive, new_day, articles = make_archive(args.days, args.per_day, clusters, Names(clusters))
    label = f"archive-{args.days}d"
    site, cache = SITES_DIR / label, CACHES_DIR / label
    for folder in (site, cache):
        if folder.exists():
            shutil.rmtree(folder)
    spec: Json = {"inputs": [str(archive)], "site_dir": str(site), "cache_dir": str(cache)}
    cold = run_child("build", f"{label} cold", spec)
    # The new day joins the archive, as `digest fetch` adds it: the build reads one folder.
    for day in new_day.iterdir():
        shutil.move(str(day), archive / day.name)
    again = run_child("build", f"{label} rebuild +1 day", spec)
    if cold is None or again is None:
        return 1
    share = again["total_s"] / cold["total_s"]
    # On a shared machine the wall-clock share depends on what else runs; the CPU the builds
    # used (the build and its processes) says what the rebuild costs of itself.
    cpu_share = again["cpu_s"] / cold["cpu_s"] if cold["cpu_s"] else 0.0
    result = {
        "days": args.days,
        "articles_per_day": args.per_day,
        "articles": articles,
        "cold_s": cold["total_s"],
        "cold_stages_s": cold["seconds"],
        "rebuild_s": again["total_s"],
        "rebuild_stages_s": again["seconds"],
        "rebuild_share": round(share, 3),
        "target_share": TARGET_REBUILD_SHARE,
        "met": share < TARGET_REBUILD_SHARE,
        "cold_cpu_s": cold["cpu_s"],
        "rebuild_cpu_s": again["cpu_s"],
        "rebuild_cpu_share": round(cpu_share, 3),
        "cold_peak_rss_kb": cold["peak_tree_rss_kb"],
        "other_load_cold": cold["other_load"],
        "other_load_rebuild": again["other_load"],
        **site_stats(site),
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / f"{label}.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    lines = [
        f"# Archive rebuild: {args.days} days x {args.per_day} articles ({articles} in all)",
        "",
        "| stage | cold (s) | rebuild after one more day (s) |",
        "|---|---:|---:|",
        *(
            f"| {stage} | {cold['seconds'].get(stage, 0):.1f} | {seconds:.1f} |"
            for stage, seconds in again["seconds"].items()
        ),
        f"| **total** | **{cold['total_s']:.1f}** | **{again['total_s']:.1f}** |",
        "",
        f"Rebuild / cold: {share:.1%} (target under {TARGET_REBUILD_SHARE:.0%}): "
        + ("met" if share < TARGET_REBUILD_SHARE else "NOT met"),
        "",
        f"CPU used (the build and its processes): cold {cold['cpu_s']:.1f} s, rebuild "
        f"{again['cpu_s']:.1f} s, {cpu_share:.1%}; other processes used "
        f"{cold['other_load']} and {again['other_load']} of the machine's cores meanwhile.",
    ]
    report = "\n".join(lines) + "\n"
    (RESULTS_DIR / f"{label}.md").write_text(report, encoding="utf-8")
    print(report)
    if not args.keep:
        shutil.rmtree(archive.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
