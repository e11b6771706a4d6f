"""The report: the measurements against their targets, as Markdown (bench.md) and JSON
(bench.json)."""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tools.bench.child import YAKE_REFERENCE
from tools.bench.common import PROFILES_DIR, ROOT, Json
from tools.bench.corpus import EXPORT_HTML_EVERY, SEED
from tools.bench.run import ADDED_ARTICLES, GROUPING_SIZE, REFERENCE_SIZE

# Other processes using more than this many cores during a run make its wall time suspect.
SHARED_MACHINE_CORES = 0.25

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
# Reading holds a record and a chunk at a time: its peak may not grow by more than this from the
# smaller export to the larger (interpreter, trafilatura and lxml come first, whatever the size).
TARGET_EXPORT_GROWTH_BYTES = 64_000_000
TARGET_EXPORT_PEAK_BYTES = 256_000_000

STAGES = ("read", "clean", "analyse", "group", "synthesise", "render", "site")


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
        "analysis overhead beyond plain YAKE ≤ 15%",
        None if a is None else a["overhead"] <= TARGET_ANALYSIS_OVERHEAD,
        "–"
        if a is None
        else f"{a['overhead']:+.0%} wall ({a['overhead_cpu']:+.0%} CPU); beyond YAKE as run: "
        f"{a.get('beyond_yake_s', float('nan')):.1f} s",
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
    """bench.md: one section a measurement, then the targets (and the profiles, if any)."""
    sections = (
        _header(r),
        _corpora_section(r),
        _cold_section(r),
        _rebuild_section(r),
        _analysis_section(r),
        _grouping_section(r),
        _exports_section(r),
        _targets_section(r),
        _profiles_section(r),
    )
    return "\n".join(line for section in sections for line in section).rstrip() + "\n"


def _built_sizes(r: Results) -> list[int]:
    """The corpus sizes whose cold build succeeded, smallest first."""
    return [s for s in r.sizes if r.cold.get(s) is not None]


def _header(r: Results) -> list[str]:
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
    return lines


def _corpora_section(r: Results) -> list[str]:
    lines = ["", "## Corpora", ""]
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
    return lines


def _cold_section(r: Results) -> list[str]:
    lines = ["", "## Cold builds", ""]
    lines.append(
        "Fresh process, empty analysis cache, new site folder, HTML included. "
        "Stage seconds from `BuildReport.seconds`; wall is the whole child process "
        "(interpreter start and imports included); memory is the peak of the process tree "
        "(PSS of the build and its analysis workers, sampled every 0.5 s) and the build "
        "process's own peak RSS, in all and in each stage (the kernel's high-water mark, "
        "reset as each stage starts)."
    )
    lines += [""]
    failed = [s for s in r.sizes if s in r.cold and r.cold[s] is None]
    if failed:
        lines += [f"Failed: {', '.join(f'{s:,}' for s in failed)} articles.", ""]
    sizes = _built_sizes(r)
    if sizes:
        lines += _cold_table(r, sizes)
    return lines


def _cold_table(r: Results, sizes: Sequence[int]) -> list[str]:
    """One column a corpus size: stage times, memory, and what the build made."""
    cold = [r.cold[s] or {} for s in sizes]
    lines = ["| | " + " | ".join(f"{s:,}" for s in sizes) + " |"]
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
    for stage in STAGES:
        row(
            f"peak RSS, build process, {stage}",
            (
                _bytes(1024 * c["stage_peak_rss_kb"][stage])
                if stage in c.get("stage_peak_rss_kb", {})
                else "–"
                for c in cold
            ),
        )
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
    return lines


def _rebuild_section(r: Results) -> list[str]:
    cold_ref = r.cold.get(r.reference)
    lines = ["", f"## Adding {ADDED_ARTICLES} articles to {r.reference:,}", ""]
    if r.rebuild is None or cold_ref is None:
        lines.append("Not measured.")
        return lines
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
    return lines


def _analysis_section(r: Results) -> list[str]:
    lines = ["", f"## Analysis on {r.reference:,} articles", ""]
    a = r.analysis
    if a is None:
        lines.append("Not measured.")
        return lines
    n = a["articles"]
    reference_args = ", ".join(f"{k}={v!r}" for k, v in YAKE_REFERENCE.items())
    lines += [
        "Same cleaned texts (as `yake_input` gives them to YAKE), no cache, after a warm-up; "
        f"plain YAKE is `yake.KeywordExtractor({reference_args})`, YAKE as run is the same "
        "run as the generator runs it (`generator/yake_speedups.py`: the same keywords).",
        "",
        "| | wall | ms per article | CPU (process and workers) |",
        "|---|---:|---:|---:|",
    ]
    for title, key in (
        *((("plain YAKE", "yake_plain"),) if "yake_plain_s" in a else ()),
        ("YAKE as run", "yake"),
        ("`analyse`, 1 worker", "workers_1"),
        ("`analyse`, 2 workers", "workers_2"),
    ):
        wall, cpu = a[f"{key}_s"], a[f"{key}_cpu_s"]
        lines.append(f"| {title} | {_seconds(wall)} | {wall / n * 1000:.0f} | {_seconds(cpu)} |")
    lines += [
        "",
        f"Overhead beyond plain YAKE: **{a['overhead']:+.1%}** wall ({a['overhead_cpu']:+.1%} "
        f"CPU); what the analysis does beyond its keyphrases: "
        f"{a.get('beyond_yake_s', float('nan')):.1f} s ("
        f"{a.get('overhead_steps', float('nan')):+.1%} of YAKE as run, in the step-timed run); "
        f"speed-up with 2 workers: **{a['speed_up']:.2f}×** (two workers burn "
        f"{a['workers_2_cpu_s'] / a['workers_1_cpu_s']:.2f}× the CPU of one). Other "
        f"processes used {a['other_load']:.2f} cores meanwhile.",
    ]
    if "steps_s" in a:
        lines += _analysis_steps(a)
    if "parts_s" in a:
        lines += _analysis_parts(a)
    return lines


def _analysis_steps(a: Json) -> list[str]:
    """One worker's time by the steps of `analyse_article`, YAKE apart from the rest of
    `extract`."""
    n = a["articles"]
    steps = dict(a["steps_s"])
    whole = steps.pop("whole")
    yake_inside = steps.get("YAKE (inside extract)", 0.0)
    if "extract" in steps:
        steps["extract"] -= yake_inside
        steps["extract (beyond YAKE)"] = steps.pop("extract")
    steps["rest (analyse_article and the pool loop)"] = whole - sum(steps.values())
    lines = [
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
    return lines


def _analysis_parts(a: Json) -> list[str]:
    """One worker's time by the functions of ANALYSIS_PARTS, from the profiled run."""
    whole = a["profiled_s"]
    lines = [
        "",
        f"Where one worker's time goes (cProfile, cumulative, of {whole:.1f} s profiled):",
        "",
        "| function | seconds | share |",
        "|---|---:|---:|",
    ]
    for name, seconds in a["parts_s"].items():
        lines.append(f"| `{name}` | {seconds:.1f} | {seconds / whole:.0%} |")
    return lines


def _grouping_section(r: Results) -> list[str]:
    lines = ["", f"## Grouping alone on {r.grouping_size:,} articles", ""]
    g = r.grouping
    if g is None:
        lines.append("Not measured.")
        return lines
    lines.append(
        f"`generator.group.group` on {g['articles']:,} analyses "
        f"({g.get('not_cached', 0):,} of them not in the cold build's cache): "
        f"**{_seconds(g['group_s'])}** ({_seconds(g.get('group_cpu_s'))} CPU; "
        f"{_seconds(g['vectorise_s'])} of it TF-IDF "
        f"vectorising); {g['groups']:,} stories. Other processes used "
        f"{g['other_load']:.2f} cores meanwhile."
    )
    return lines


def _exports_section(r: Results) -> list[str]:
    lines = ["", "## Reading a large JSON-lines export", ""]
    if not r.exports:
        lines.append("Not measured.")
        return lines
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
    return lines


def _targets_section(r: Results) -> list[str]:
    lines = [
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
    return lines


def _profiles_section(r: Results) -> list[str]:
    if not r.profile:
        return []
    lines = ["", "## Profiles", ""]
    lines.append(f"cProfile output in `{PROFILES_DIR.relative_to(ROOT)}/` (.prof and .txt).")
    lines.append("")
    for size in _built_sizes(r):
        run = r.cold[size]
        if run is not None and "hot" in run:
            lines += _hot_lines(f"Cold build, {size:,} articles (build process):", run["hot"])
    if r.rebuild is not None and "hot" in r.rebuild:
        lines += _hot_lines("Rebuild:", r.rebuild["hot"])
    if r.analysis is not None and "hot" in r.analysis:
        lines += _hot_lines("Analysis, 1 worker:", r.analysis["hot"])
    if r.grouping is not None and "hot" in r.grouping:
        lines += _hot_lines("Grouping:", r.grouping["hot"])
    return lines


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
