"""The parent side of a measurement: runs a task in a child process, watches the memory of its
process tree, and puts the cold builds, the rebuild and the export readings together."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tools.bench.common import CACHES_DIR, PROFILES_DIR, ROOT, SITES_DIR, WORK_DIR, Json, say
from tools.bench.corpus import Corpus, RealCluster, saved_pages, write_export

# The incremental rebuild and the analysis figures are taken on this corpus (else the smallest).
REFERENCE_SIZE = 1_000
# Grouping alone is timed on this corpus (else the largest run).
GROUPING_SIZE = 10_000
ADDED_ARTICLES = 10
POLL_SECONDS = 0.5


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
