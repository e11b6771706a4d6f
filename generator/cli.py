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
from typing import TYPE_CHECKING, TextIO

from generator import __version__
from generator.backend import FRAMEWORK_LOGGERS
from generator.config import Config, load_config
from generator.errors import ConfigError, DigestError, UpdateInterrupted
from generator.pipeline import BuildReport, Progress, build
from generator.read import BODY_KEYS, FRONT_MATTER_KEYS, KEY_ALIASES, describe_keys

if TYPE_CHECKING:  # the fetcher's libraries (httpx, feedparser) load only for `digest fetch`
    from generator.fetch import FetchReport

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
# Without a terminal (CI, a log file) a line is printed when a stage starts and then at least
# this often while it runs: a 300-article build once printed nothing for 70 s, which reads as
# a hung job.
PROGRESS_INTERVAL_SECONDS = 5.0
# How often the progress thread looks at the clock, as a share of the interval: lines come
# at most this late.
PROGRESS_CHECKS_PER_INTERVAL = 5


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


def _keys_help() -> str:
    aliases = "; ".join(f"'{alias}' is read as '{key}'" for alias, key in KEY_ALIASES.items())
    return (
        "article metadata (Markdown front matter, JSON records, sources.yaml entries):\n"
        f"  keys: {describe_keys(FRONT_MATTER_KEYS)}\n"
        f"  {aliases}; when both are given, the canonical key wins (with a warning)\n"
        f"  a JSON record holds its article in {' or '.join(map(repr, BODY_KEYS))}\n"
        "  unknown keys are ignored, with one warning per file that lists the known keys"
    )


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
        + "\n\n"
        + _keys_help()
        + "\n\nexit codes: 0 built; 1 the build failed (or no article to build); "
        "2 usage or configuration error",
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


def _escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's runner reads it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value (file=...): ':' and ',' end it unless escaped."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(
    kind: str,
    message: str,
    path: str | None = None,
    line: int | None = None,
    title: str | None = None,
) -> str:
    """A GitHub Actions workflow command (`::warning file=a.jsonl,line=3::...`) that shows
    `message` as an annotation of the run, on the file when it is known."""
    properties = [f"title={_escape_property(title)}"] if title else []
    if path:
        absolute = Path(path).absolute()
        if absolute.is_relative_to(Path.cwd()):  # GitHub links files by their repository path
            path = absolute.relative_to(Path.cwd()).as_posix()
        properties.append(f"file={_escape_property(path)}")
        if line:
            properties.append(f"line={line}")
    head = f"::{kind} {','.join(properties)}" if properties else f"::{kind}"
    return f"{head}::{_escape_data(message)}"


def _on_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


class _GitHubAnnotations(logging.Handler):
    """On GitHub Actions, each warning and each skipped input also as a `::warning` workflow
    command on stdout, where the runner reads them: annotations on the run and on the file."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        path, line = getattr(record, "input_path", None), getattr(record, "input_line", None)
        print(annotation("warning", record.getMessage(), path, line), flush=True)


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PlainFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if _on_github_actions():
        root.handlers.append(_GitHubAnnotations())
    root.setLevel(logging.WARNING)
    log.setLevel(logging.INFO if verbose else logging.WARNING)
    # MkDocs and its plugins talk a lot at INFO; keep their warnings only.
    for name in FRAMEWORK_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)


def _error(message: str) -> None:
    """A fatal error: on stderr, and as an annotation on GitHub Actions."""
    print(f"digest: error: {message}", file=sys.stderr)
    if _on_github_actions():
        print(annotation("error", message), flush=True)


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


class PlainProgress:
    """Progress as plain lines for a log without a terminal: one when a stage starts, then one
    at least every `interval` seconds while it runs, with its count and rate when the stage
    reports them ("analyse 120/300", "read 5000"). It follows the build from two threads (the
    build's updates, the clock's checks), so it is a class with a lock, not a dataclass."""

    def __init__(
        self,
        stream: TextIO,
        interval: float = PROGRESS_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.interval, self.clock = stream, interval, clock
        self.lock = threading.Lock()
        self.started = self.last_line = clock()
        self.stage = ""
        self.stage_started = self.started
        self.done: int | None = None
        self.total: int | None = None
        self.first: tuple[float, int] | None = None  # (time, count) of the stage's first count

    def __call__(self, update: str) -> None:
        name, _, count = update.partition(" ")  # "analyse 120/1000", "read 5000", "group"
        with self.lock:
            now = self.clock()
            if name != self.stage:
                self.stage, self.stage_started = name, now
                self.done = self.total = self.first = None
                self._write(now, f"{_label(name)} (at {now - self.started:.1f} s)")
            if count:
                done, _, total = count.partition("/")
                self.done, self.total = int(done), int(total) if total else None
                if self.first is None:
                    self.first = (now, self.done)
            self._due(now)

    def check(self) -> None:
        """A line if the current stage has been quiet for an interval (the clock's thread)."""
        with self.lock:
            self._due(self.clock())

    def _due(self, now: float) -> None:
        if not self.stage or now - self.last_line < self.interval:
            return
        took = f"for {now - self.stage_started:.0f} s"
        if self.done is None:
            self._write(now, f"{_label(self.stage)}: still working ({took})")
            return
        count = f"{self.done}/{self.total}" if self.total is not None else str(self.done)
        rate = ""
        if self.first is not None and now > self.first[0]:
            rate = f", {(self.done - self.first[1]) / (now - self.first[0]):.1f} a second"
        self._write(now, f"{_label(self.stage)}: {count} articles{rate} ({took})")

    def _write(self, now: float, line: str) -> None:
        print(f"digest: {line}", file=self.stream, flush=True)
        self.last_line = now


def _label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage)


@contextmanager
def _progress(interactive: bool) -> Iterator[Progress]:
    """A spinner with the current stage on a terminal; plain lines otherwise (CI, log files)."""
    if not interactive:
        plain = PlainProgress(sys.stderr, interval=PROGRESS_INTERVAL_SECONDS)
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(plain.interval / PROGRESS_CHECKS_PER_INTERVAL):
                plain.check()

        watcher = threading.Thread(target=watch, name="digest-progress", daemon=True)
        watcher.start()
        try:
            yield plain
        finally:
            stop.set()
            watcher.join()
        return
    from rich.console import Console

    console = Console(stderr=True)
    started = time.perf_counter()
    with console.status("Starting") as status:

        def show(stage: str) -> None:
            name, _, count = stage.partition(" ")  # "analyse 120/1000"
            label = _label(name) + (f" {count}" if count else "")
            status.update(f"{label} … ({time.perf_counter() - started:.0f} s)")

        yield show


def _summary(report: BuildReport, site_dir: Path, html: bool) -> str:
    where = site_dir / ("public/index.html" if html else "docs")
    total = sum(report.seconds.values())
    stories = f"{report.stories} {'story' if report.stories == 1 else 'stories'}"
    articles = f"{report.articles} article{'' if report.articles == 1 else 's'}"
    lines = [f"Built {stories} from {articles} in {total:.1f} s: {where}"]
    if report.skipped:
        # Every one, however many: a list cut short hides exactly the inputs one looks for.
        lines.append(f"Skipped {len(report.skipped)} input(s):")
        lines += [f"  - {problem}" for problem in report.skipped]
    return "\n".join(lines)


def run_build(args: argparse.Namespace, config: Config) -> int:
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        _error(f"no such file or folder: {', '.join(missing)}")
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
    from generator.backend.mkdocs_site import MkDocsBackend
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
        MkDocsBackend(args.site_dir, config).serve(args.dev_addr)
    finally:
        stop.set()
    return EXIT_OK


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
    if _on_github_actions():
        for failure in sorted(report.failures, key=lambda f: (f.kind, f.url)):
            message = f"{failure.url}: {failure.reason}"
            title = f"digest fetch: {failure.kind} failed"
            print(annotation("warning", message, title=title), flush=True)
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
            _error(problem)
        return EXIT_USAGE
    try:
        return run_build(args, config) if args.command == "build" else run_serve(args, config)
    except ConfigError as error:
        for problem in error.problems:
            _error(problem)
        return EXIT_USAGE
    except DigestError as error:
        _error(str(error))
        return EXIT_FAILED
    except UpdateInterrupted:
        print(
            "digest: interrupted while the site was updated: its files are whole, some of the "
            "previous build and some of this one; build again to finish",
            file=sys.stderr,
        )
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
