"""The measured tasks, each run in a fresh interpreter (`python -m tools.bench --child SPEC`) so
that its time and memory are its own: a build, the analysis against plain YAKE, grouping alone,
and reading an export. The generator is imported inside the tasks, after the code is hashed."""

from __future__ import annotations

import cProfile
import hashlib
import io
import json
import logging
import pstats
import re
import resource
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tools.bench.common import ROOT, Json, say

# The reference for the analysis overhead: plain YAKE (its public `extract_keywords`) with the
# settings the generator asks for, as the target was set. YAKE as the generator runs it
# (generator/yake_speedups.py, the same keywords faster) is timed too: what the analysis does
# beyond its keyphrases is the difference from that one, reported in seconds.
YAKE_REFERENCE: dict[str, Any] = {"lan": "en", "n": 3, "dedup_lim": 0.9, "top": 40}
WARM_UP_ARTICLES = 5
HOT_FUNCTIONS = 15


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


# Reading is shown every this many articles.
READ_PROGRESS_EVERY = 1000


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KiB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class StagePeaks:
    """The peak RSS of this process in each stage of a build: at a stage's start the kernel's
    high-water mark (VmHWM) is read for the stage before and reset (writing 5 to
    /proc/self/clear_refs), so each figure is exact, not sampled. The reset also resets what
    getrusage reports as the process's peak: `overall_kb` is the peak over all stages. Where
    the kernel does not allow the reset, no stage figures are kept."""

    def __init__(self) -> None:
        self.kb: dict[str, int] = {}
        self.stage: str | None = None
        self.before_kb = _status_kb("VmHWM")  # interpreter start and imports

    def enter(self, stage: str) -> None:
        self.close()
        try:
            Path("/proc/self/clear_refs").write_text("5")
        except OSError:
            self.stage = None
            return
        self.stage = stage

    def close(self) -> None:
        if self.stage is not None:
            self.kb[self.stage] = _status_kb("VmHWM")
            self.stage = None

    def overall_kb(self) -> int:
        return max([self.before_kb, _status_kb("VmHWM"), *self.kb.values()])


class _Progress:
    """Stage changes, and analysis progress every tenth, as progress lines; the peak memory of
    each stage."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.perf_counter()
        self.shown = -1
        self.peaks = StagePeaks()

    def __call__(self, stage: str) -> None:
        elapsed = time.perf_counter() - self.started
        name, _, count = stage.partition(" ")
        if not count:
            self.peaks.enter(name)
        if name == "read" and count:
            # A line per article read would cost more than reading it from the cache does.
            if int(count) % READ_PROGRESS_EVERY:
                return
        elif name == "analyse" and count:
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
    progress = _Progress(label)
    profiler = cProfile.Profile() if spec.get("profile") else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = build(
        [Path(p) for p in spec["inputs"]],
        Path(spec["site_dir"]),
        Config(),
        cache_dir=Path(spec["cache_dir"]),
        progress=progress,
    )
    build_seconds = time.perf_counter() - started
    progress.peaks.close()
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
    # The stage resets lowered what getrusage reports as this process's peak: the peak over
    # the stages is the process's.
    return (
        result
        | _rusage()
        | {
            "maxrss_self_kb": progress.peaks.overall_kb(),
            "stage_peak_rss_kb": progress.peaks.kb,
        }
    )


ANALYSIS_PARTS = (
    ("generator/analyse.py", "sentences_of"),
    ("generator/keyphrases.py", "extract"),
    ("yake.py", "extract_keywords"),
    ("generator/yake_speedups.py", "keywords"),
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

    from generator import yake_speedups
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
        yake_speedups.keywords(extractor, text)
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
    plain_s, plain_cpu = timed(lambda: [extractor.extract_keywords(text) for text in texts])
    say(f"  analysis: plain YAKE {plain_s:.1f} s; YAKE as the generator runs it")
    yake_s, yake_cpu = timed(lambda: [yake_speedups.keywords(extractor, text) for text in texts])
    say(f"  analysis: YAKE as run {yake_s:.1f} s; analyse, 1 worker")
    one_s, one_cpu = timed(lambda: analyse(articles, config, workers=1))
    say(f"  analysis: 1 worker {one_s:.1f} s; analyse, 2 workers")
    two_s, two_cpu = timed(lambda: analyse(articles, config, workers=2))
    say(f"  analysis: 2 workers {two_s:.1f} s")
    result: Json = {
        "articles": len(articles),
        "yake_plain_s": round(plain_s, 3),
        "yake_s": round(yake_s, 3),
        "workers_1_s": round(one_s, 3),
        "workers_2_s": round(two_s, 3),
        "yake_plain_cpu_s": round(plain_cpu, 3),
        "yake_cpu_s": round(yake_cpu, 3),
        "workers_1_cpu_s": round(one_cpu, 3),
        "workers_2_cpu_s": round(two_cpu, 3),
        "overhead": round(one_s / plain_s - 1, 4),
        "overhead_cpu": round(one_cpu / plain_cpu - 1, 4),
        "beyond_yake_s": round(one_s - yake_s, 3),
        "speed_up": round(one_s / two_s, 3),
    }
    say("  analysis: 1 worker again, timing each step")
    from generator import analyse as analyse_module

    with StepTimer() as steps:
        for name in ANALYSIS_STEPS:
            steps.wrap(analyse_module, name, name)
        steps.wrap(yake_speedups, "keywords", "YAKE (inside extract)")
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


def _own_peak_kb() -> int:
    """This process's peak RSS since it started (VmHWM). Not ru_maxrss: on Linux a child keeps
    the ru_maxrss its parent had when it forked, across exec (here: the bench's own 250 MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
