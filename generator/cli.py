"""The `digest` command: argument parsing, logging handlers, progress display and exit codes."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.config import Config, load_config
from generator.errors import ConfigError, DigestError
from generator.pipeline import BuildReport, build

if TYPE_CHECKING:  # the fetcher's libraries (httpx, feedparser) load only for `digest fetch`
    from generator.fetch import Failure, FetchReport

log = logging.getLogger("generator")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_INPUT = Path("seeds")
STAGE_LABELS = {
    "read": "Reading articles",
    "clean": "Removing boilerplate",
    "analyse": "Analysing articles",
    "group": "Grouping into stories",
    "synthesise": "Writing stories",
    "render": "Rendering pages",
    "site": "Building the site (MkDocs)",
    "write": "Writing pages",
    "feeds": "Reading feeds",
    "pages": "Fetching articles",
}


def _options_help() -> str:
    lines = ["configuration options (YAML file given by --config, else ./digest.yml):"]
    source = Path(__file__).with_name("config.py").read_text(encoding="utf-8").splitlines()
    for f in fields(Config):
        comment = next(
            (
                source[i - 1].strip("# ").strip()
                for i, line in enumerate(source)
                if line.strip().startswith(f"{f.name}:")
            ),
            "",
        )
        lines.append(f"  {f.name} (default {f.default!r}): {comment}")
    return "\n".join(lines)


def _fetch_options_help() -> str:
    from generator.fetch.settings import FetchSettings

    lines = ["feeds file (YAML): 'feeds', a list of {url, outlet, category}, and these options:"]
    source = (
        Path(__file__).with_name("fetch").joinpath("settings.py").read_text("utf-8").splitlines()
    )
    for f in fields(FetchSettings):
        comment = [
            source[j].strip("# ").strip()
            for i, line in enumerate(source)
            if line.strip().startswith(f"{f.name}:")
            for j in range(i - 1, -1, -1)
            if source[j].strip().startswith("#")
            and all(source[k].strip().startswith("#") for k in range(j, i))
        ]
        lines.append(f"  {f.name} (default {f.default!r}): {' '.join(reversed(comment))}")
    return "\n".join(lines)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn news articles from many outlets into a browsable digest site.",
    )
    parser.add_argument("--version", action="version", version=f"news-digest {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="article files or folders (.txt, .md, .html, .jsonl, .json); default: seeds/",
    )
    common.add_argument(
        "--site-dir",
        type=Path,
        default=Path("site"),
        metavar="DIR",
        help="MkDocs project to write: config, pages (docs/), HTML (public/); default: site/",
    )
    common.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="YAML configuration file (see the options below)",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", help="also show informational messages"
    )

    build_cmd = commands.add_parser(
        "build",
        parents=[common],
        help="build the digest site",
        description="Read the articles, group them into stories and build the site.",
        epilog=_options_help()
        + "\n\nexit codes: 0 built; 1 the build failed; 2 usage or configuration error",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build_cmd.add_argument(
        "--json", type=Path, metavar="FILE", help="also write the digest as JSON to FILE"
    )
    build_cmd.add_argument(
        "--no-html", action="store_true", help="stop after writing the Markdown pages and JSON"
    )
    build_cmd.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(".cache"),
        metavar="DIR",
        help="where analyses of unchanged articles are kept between builds; default: .cache/",
    )
    build_cmd.add_argument(
        "--no-cache",
        action="store_true",
        help="use no cache: analyse every article, write every story and convert every page afresh",
    )
    build_cmd.add_argument(
        "--regroup",
        action="store_true",
        help="group all articles afresh (by default, articles keep the stories an earlier build "
        "gave them, so story ids and URLs stay stable)",
    )
    build_cmd.add_argument(
        "--strict", action="store_true", help="fail the build on any warning (nothing is published)"
    )

    fetch_cmd = commands.add_parser(
        "fetch",
        help="fetch the new articles of a list of feeds into an archive folder",
        description="Read each feed of FEEDS.yml, fetch the articles it lists that the archive "
        "does not hold yet, and write them into DIR, which `digest build DIR` builds.",
        epilog=_fetch_options_help()
        + "\n\nexit codes: 0 fetched (failures are listed); 1 nothing could be fetched at all; "
        "2 usage or feeds-file error",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    fetch_cmd.add_argument("feeds", type=Path, metavar="FEEDS.yml", help="the feeds file")
    fetch_cmd.add_argument(
        "--into", type=Path, required=True, metavar="DIR", help="the archive folder to add to"
    )
    fetch_cmd.add_argument(
        "-v", "--verbose", action="store_true", help="also show informational messages"
    )

    serve_cmd = commands.add_parser(
        "serve",
        parents=[common],
        help="live preview that rebuilds when an article or template changes",
        description="Build the pages, serve the site on localhost and rebuild on every change.",
    )
    serve_cmd.add_argument(
        "--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT", help="address to serve on"
    )
    return parser


class _PlainFormatter(logging.Formatter):
    """One parseable line per message: 'digest: warning: seeds/a.txt: ...'."""

    def format(self, record: logging.LogRecord) -> str:
        return f"digest: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PlainFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    log.setLevel(logging.INFO if verbose else logging.WARNING)
    # MkDocs and its plugins talk a lot at INFO; keep their warnings only.
    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def _progress(enabled: bool) -> Iterator[callable]:  # type: ignore[valid-type]
    """A spinner with the current stage on a terminal; a plain line per stage in CI with -v."""
    if not enabled:
        yield lambda stage: log.info("stage: %s", stage)
        return
    from rich.console import Console

    console = Console(stderr=True)
    started = time.perf_counter()
    with console.status("Starting") as status:

        def show(stage: str) -> None:
            name, _, count = stage.partition(" ")  # "analyse 120/1000"
            label = STAGE_LABELS.get(name, name) + (f" {count}" if count else "")
            status.update(f"{label} … ({time.perf_counter() - started:.0f} s)")

        yield show


def _summary(report: BuildReport, site_dir: Path, html: bool) -> str:
    where = site_dir / ("public/index.html" if html else "docs")
    total = sum(report.seconds.values())
    stories = f"{report.stories} {'story' if report.stories == 1 else 'stories'}"
    articles = f"{report.articles} article{'' if report.articles == 1 else 's'}"
    lines = [f"Built {stories} from {articles} in {total:.1f} s: {where}"]
    if report.skipped:
        lines.append(f"Skipped {len(report.skipped)} input(s):")
        lines += [f"  - {problem}" for problem in report.skipped]
    return "\n".join(lines)


def run_build(args: argparse.Namespace, config: Config) -> int:
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        print(f"digest: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    with _progress(_interactive()) as progress:
        report = build(
            inputs,
            args.site_dir,
            config,
            html=not args.no_html,
            json_file=args.json,
            strict=args.strict,
            regroup=args.regroup,
            cache_dir=None if args.no_cache else args.cache_dir,
            progress=progress,
        )
    print(_summary(report, args.site_dir, html=not args.no_html), file=sys.stderr)
    return EXIT_OK


def _fingerprint(paths: Sequence[Path]) -> tuple[tuple[str, float], ...]:
    files = []
    for path in paths:
        candidates = path.rglob("*") if path.is_dir() else [path]
        files += [(str(p), p.stat().st_mtime) for p in candidates if p.is_file()]
    return tuple(sorted(files))


def run_serve(args: argparse.Namespace, config: Config) -> int:
    from mkdocs.commands.serve import serve

    from generator.render import TEMPLATES_DIR

    inputs = args.inputs or [DEFAULT_INPUT]
    build(inputs, args.site_dir, config, html=False)
    watched = [*inputs, TEMPLATES_DIR]
    stop = threading.Event()

    def rebuild_on_change() -> None:
        seen = _fingerprint(watched)
        while not stop.wait(1.0):
            now = _fingerprint(watched)
            if now != seen:
                seen = now
                try:
                    build(inputs, args.site_dir, config, html=False)
                    print("digest: rebuilt the pages", file=sys.stderr)
                except DigestError as error:
                    print(f"digest: error: {error}", file=sys.stderr)

    threading.Thread(target=rebuild_on_change, daemon=True).start()
    try:
        serve(
            config_file=str(args.site_dir / "mkdocs.build.yml"),
            livereload=True,
            dev_addr=args.dev_addr,
        )
    finally:
        stop.set()
    return EXIT_OK


def _annotation(failure: Failure) -> str:
    """A GitHub Actions warning annotation for one failure (workflow-command escaping)."""

    def escape(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    title = escape(f"digest fetch: {failure.kind} failed").replace(":", "%3A").replace(",", "%2C")
    return f"::warning title={title}::{escape(f'{failure.url}: {failure.reason}')}"


def _fetch_summary(report: FetchReport, into: Path) -> str:
    feeds = report.feeds_read + report.feeds_unchanged
    lines = [
        f"Fetched {len(report.archived)} new article(s) into {into} "
        f"({feeds} feed(s) read, {report.feeds_unchanged} unchanged; "
        f"{len(report.summaries)} kept as feed summaries; {report.duplicates} duplicate(s); "
        f"{report.requests} request(s))"
    ]
    if report.failures:
        lines.append(f"{len(report.failures)} failure(s):")
        lines += [
            f"  - {f.kind} {f.url}: {f.reason}"
            for f in sorted(report.failures, key=lambda f: (f.kind, f.url))
        ]
    return "\n".join(lines)


def run_fetch(args: argparse.Namespace) -> int:
    from generator.fetch import fetch
    from generator.fetch.settings import load_feeds_file

    feeds = load_feeds_file(args.feeds)
    with _progress(_interactive()) as progress:
        report = fetch(feeds, args.into, progress=progress)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for failure in sorted(report.failures, key=lambda f: (f.kind, f.url)):
            print(_annotation(failure), flush=True)
    print(_fetch_summary(report, args.into), file=sys.stderr)
    if report.nothing_fetched:
        print("digest: error: nothing could be fetched from any feed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    _setup_logging(args.verbose)
    if args.command == "fetch":
        return _guarded(lambda: run_fetch(args))
    try:
        config = load_config(args.config)
    except ConfigError as error:
        for problem in error.problems:
            print(f"digest: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return run_build(args, config) if args.command == "build" else run_serve(args, config)
    except ConfigError as error:
        for problem in error.problems:
            print(f"digest: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except DigestError as error:
        print(f"digest: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("digest: interrupted; the previous site is unchanged", file=sys.stderr)
        return EXIT_FAILED


def _guarded(run: Callable[[], int]) -> int:
    """Exit codes for a command that loads its own configuration."""
    try:
        return run()
    except ConfigError as error:
        for problem in error.problems:
            print(f"digest: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except DigestError as error:
        print(f"digest: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("digest: interrupted; the next run resumes where this one stopped", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
