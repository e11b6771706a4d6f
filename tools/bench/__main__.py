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
import json
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from tools.bench.child import child_main
from tools.bench.common import (
    CACHES_DIR,
    CORPORA_DIR,
    DEFAULT_EVAL_DIR,
    PROFILES_DIR,
    RESULTS_DIR,
    SITES_DIR,
    WORK_DIR,
    Json,
    say,
)
from tools.bench.corpus import Corpus, Names, added_articles, load_real, make_corpus
from tools.bench.report import Results, as_json, markdown
from tools.bench.run import (
    ADDED_ARTICLES,
    GROUPING_SIZE,
    REFERENCE_SIZE,
    cold_build,
    read_exports,
    rebuild,
    run_child,
)

DEFAULT_SIZES = (100, 1_000, 10_000)
QUICK_SIZES = (100, 1_000)
# JSON-lines exports read (not built: a build keeps every article it reads) to show that the
# reader's memory does not grow with the export: one about 100 MB, one about 1 GB.
EXPORT_MEGABYTES = (100, 1_000)


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
