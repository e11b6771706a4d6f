"""Fuzz the readers and the cleaner: bytes in, no exception out but our own DigestErrors.

    .venv/bin/python -m tools.fuzz [--seconds 30] [--seed 0] [--engine auto|atheris|mutate]

Each input goes through `generator.read.decode`, then every reader (.txt, .md, .html, .json,
.jsonl) and `generator.clean.clean`. A crash is any exception other than DigestError and its
subclasses (an InputError is the documented way to refuse a file). Every distinct crash is
printed and its input saved under test-artifacts/fuzz-crashes/ (with a .trace file beside it),
to be turned into a regression test in tests/test_hostile.py.

Engines:
- atheris (coverage-guided, libFuzzer) when it is importable and --engine is auto or atheris;
- otherwise a random-mutation loop: bit flips, byte and token insertions, deletions,
  duplications, splices of two inputs, inserted boilerplate lines, re-encodings and wrappers
  (YAML front matter, a JSON line, an HTML page) over a seed corpus made of seeds/,
  tests/fixtures/boilerplate (labels stripped) and tests/fixtures/hostile (without its bombs
  and the fuzz crashes kept there as regressions).
  An input whose cleaning looks different from all before it (new removal reasons, a title
  found or not) joins the pool, so the loop drifts towards inputs the cleaner treats in new ways.

The standalone run limits its own memory (--max-memory-mb) and stops on an input that runs
longer than --hang-seconds, saving it first: a memory bomb or an endless loop is a crash too.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import importlib.util
import io
import json
import logging
import os
import random
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from pathlib import Path

from generator.clean import clean
from generator.errors import DigestError
from generator.models import Source
from generator.read import READER_BY_EXTENSION, JsonReader, decode

ROOT = Path(__file__).resolve().parent.parent
CRASH_DIR = ROOT / "test-artifacts" / "fuzz-crashes"
# libFuzzer's corpus: the seed corpus, and every input that reached new code is added to it.
CORPUS_DIR = ROOT / "test-artifacts" / "fuzz-corpus"
EXTENSIONS = (".txt", ".md", ".html", ".json", ".jsonl")
# Inputs are kept small so that many run per second; an occasional large one is made on purpose.
MAX_INPUT_BYTES = 64_000
POOL_LIMIT = 2_000
# The size limit per JSON record in the streaming pass: small, so that inputs cross it often.
FUZZ_RECORD_BYTES = 4_096
# An input slower than this (plus SLOW_SECONDS_PER_MB for each MB of it) is reported: not a
# crash, but saved and listed as slow, since superlinear time on some shape of input is a bug.
SLOW_SECONDS = 5.0
SLOW_SECONDS_PER_MB = 10.0

# Lines and fragments that mean something to a reader or to the cleaner.
TOKENS: tuple[bytes, ...] = tuple(
    token.encode("utf-8") if isinstance(token, str) else token
    for token in (
        "---\n",
        "...\n",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        b"\x00",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xed\xa0\x80",  # an encoded surrogate: not UTF-8
        b"\xc0\xaf",  # an overlong encoding
        b"\x93\x94\x96\x80",  # windows-1252 quotes, dash and euro
        "\u200b",
        "\u200d",
        "\u202e",
        "\u2066",
        "\u2028",
        "\u2029",
        "\x85",
        "\x0b",
        "\x0c",
        "\ufffe",
        "\ufeff",
        "e\u0301",
        "🎉",
        "👩‍👩‍👧",
        "東京で地震が発生しました。",
        "العاصفة أغلقت الموانئ",
        "title: ",
        "outlet: ",
        "author: ",
        "published: ",
        "url: ",
        "id: ",
        "language: ",
        "!!python/object/apply:os.system ['true']",
        "&a [1, 2]",
        "*a",
        "{{ 7*191 }}",
        "{% raw %}",
        "{#",
        "<script>alert(1)</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&#0;",
        "&amp;",
        "[x](javascript:alert(1))",
        "!!! note",
        "{: onclick=alert(1) }",
        "| a | b |",
        "# ",
        "## ",
        "> ",
        "- ",
        "1. ",
        "```",
        '"',
        "“",
        "”",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        "=" * 40,
        "#" * 40,
        "—" * 40,
        "~" * 40,
        "a" * 5000,
        "By Jane Doe, Political Editor",
        "By KVLN Staff",
        "LONDON (Reuters) - ",
        "TREVANI, April 14 (Meridian Wire) -",
        "Published: 14 April 2024 09:12 GMT",
        "Updated 8:15 AM ET, Mar 18, 2024",
        "4 March 2025",
        "2025-03-04T10:00:00+01:00",
        "Related Articles",
        "Share",
        "Advertisement",
        "###",
        "-ends-",
        "About Crestline",
        "Follow us on Twitter",
        "World",
        "Middle East | Politics",
        '{"text": "',
        '{"html": "<p>',
        '"id": "',
        "<html><body><article><p>",
        "</p></article></body></html>",
        "Heavy winds closed three ports on Tuesday, officials said.",
    )
)


@dataclasses.dataclass(frozen=True)
class Crash:
    """An input that made a reader or the cleaner raise something other than a DigestError."""

    extension: str
    data: bytes
    error: str  # exception type and message
    where: str  # innermost frame: file:line in function
    trace: str
    frames: tuple[tuple[str, str], ...] = ()  # (file name, function) of every frame
    iteration: int = 0  # the input's number in the run
    saved: Path | None = None

    @property
    def signature(self) -> tuple[str, str]:
        return self.error.split(":", 1)[0], self.where


@dataclasses.dataclass
class FuzzReport:
    engine: str
    seconds: float = 0.0
    iterations: int = 0  # inputs run (each through every reader and the cleaner)
    pool: int = 0
    crashes: list[Crash] = field(default_factory=list)
    slow: list[tuple[float, Path | None]] = field(default_factory=list)

    def summary(self) -> str:
        rate = self.iterations / self.seconds if self.seconds else 0.0
        lines = [
            f"fuzz ({self.engine}): {self.iterations} inputs in {self.seconds:.1f} s "
            f"({rate:.0f}/s), pool {self.pool}, {len(self.crashes)} distinct crash(es), "
            f"{len(self.slow)} slow input(s)"
        ]
        for crash in self.crashes:
            lines.append(
                f"  CRASH {crash.extension} (input {crash.iteration}): {crash.error} "
                f"at {crash.where}"
            )
            lines.append(f"        input ({len(crash.data)} bytes): {crash.data[:120]!r}")
            if crash.saved is not None:
                lines.append(f"        saved: {crash.saved}")
        for took, saved in self.slow:
            lines.append(f"  SLOW {took:.1f} s: {saved}")
        return "\n".join(lines)


def exercise(data: bytes, extension: str) -> tuple[str, ...]:
    """Decode `data`, read it as a file of `extension` and clean it. Returns a coarse description
    of what cleaning did (for the mutation loop's feedback). DigestErrors are the documented
    refusals and are swallowed; anything else propagates."""
    path = Path(f"fuzz{extension}")
    try:
        text = decode(path, data)
    except DigestError:
        return (extension, "refused")
    reader = READER_BY_EXTENSION[extension]
    sources: list[Source] = []
    try:
        # A reader yields articles, and InputErrors for records it skips.
        sources.extend(item for item in reader.read(path, text) if isinstance(item, Source))
    except DigestError:
        if not sources:
            return (extension, "unreadable")
    if isinstance(reader, JsonReader):
        # Also the bytes as a file holds them, record by record with a small limit, so that the
        # splitters meet records over the limit, broken encodings and cut-off lists too.
        try:
            for _ in reader.read_stream(path, io.BytesIO(data), FUZZ_RECORD_BYTES):
                pass
        except DigestError:
            pass
    articles = clean(sources)
    shape: list[str] = [extension, str(min(len(sources), 3)), str(min(len(articles), 3))]
    for article in articles:
        shape.append("title" if article.title else "untitled")
        shape.extend(sorted({r.reason.split(" in ")[0] for r in article.removed}))
        shape.append(f"dateline={article.dateline is not None}")
    return tuple(shape)


def fuzz_one(data: bytes) -> None:
    """The atheris entry point: every reader and the cleaner on one input."""
    for extension in EXTENSIONS:
        exercise(data, extension)


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "generator" in Path(f.filename).parts] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def _save(crash_dir: Path, kind: str, extension: str, data: bytes, note: str) -> Path:
    crash_dir.mkdir(parents=True, exist_ok=True)
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}{extension}"
    path = crash_dir / name
    path.write_bytes(data)
    path.with_name(name + ".trace").write_text(note, encoding="utf-8")
    return path


def strip_labels(text: str) -> str:
    """A labelled boilerplate fixture (two-character label, then the raw line) as raw text."""
    return "\n".join(line[2:] if line.strip() else "" for line in text.splitlines()) + "\n"


def seed_corpus(root: Path = ROOT) -> list[tuple[str, bytes]]:
    """(extension, bytes) of every seed input, in a stable order."""
    corpus: list[tuple[str, bytes]] = []
    for path in sorted((root / "seeds").glob("*.txt")):
        corpus.append((".txt", path.read_bytes()))
    for path in sorted((root / "tests" / "fixtures" / "boilerplate").glob("*.lbl")):
        corpus.append((".txt", strip_labels(path.read_text(encoding="utf-8")).encode()))
    hostile = root / "tests" / "fixtures" / "hostile"
    for path in sorted(hostile.rglob("*")):
        kept_out = {"bombs", "fuzz"} & set(path.relative_to(hostile).parts)
        if path.is_file() and not kept_out and path.suffix in EXTENSIONS:
            corpus.append((path.suffix, path.read_bytes()))
    # The same texts in the other formats, so every reader starts from real articles.
    texts = [data for ext, data in corpus if ext == ".txt"][:12]
    for number, data in enumerate(texts):
        text = data.decode("utf-8", "replace")
        first, _, rest = text.partition("\n")
        corpus.append(
            (".md", f"---\ntitle: {json.dumps(first)}\nid: s{number}\n---\n{rest}".encode())
        )
        corpus.append((".jsonl", (json.dumps({"id": f"j{number}", "text": text}) + "\n").encode()))
        corpus.append((".json", json.dumps([{"title": first, "text": rest}]).encode()))
        paragraphs = "".join(f"<p>{line}</p>\n" for line in rest.splitlines() if line.strip())
        corpus.append(
            (
                ".html",
                f"<html><head><title>{first}</title></head><body><article><h1>{first}</h1>\n"
                f"{paragraphs}</article></body></html>\n".encode(),
            )
        )
    return corpus


def boilerplate_lines(root: Path = ROOT) -> list[bytes]:
    """The boilerplate (R) and metadata (M) lines of the labelled fixtures, to insert."""
    found = set()
    for path in sorted((root / "tests" / "fixtures" / "boilerplate").glob("*.lbl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line[:2] in ("R ", "M ") and line[2:].strip():
                found.add(line[2:].strip().encode())
    return sorted(found)


def _line_bounds(data: bytes, rng: random.Random) -> int:
    """A random position at the start of a line (or anywhere, one time in four)."""
    if not data or rng.random() < 0.25:
        return rng.randrange(len(data) + 1)
    starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A]
    return rng.choice(starts)


def _wrap(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    text = data.decode("utf-8", "replace")
    first, _, rest = text.partition("\n")
    choice = rng.randrange(4)
    if choice == 0:
        keys = rng.sample(["title", "outlet", "author", "published", "url", "id", "language"], 3)
        front = "\n".join(
            f"{k}: {json.dumps(first) if rng.random() < 0.5 else first}" for k in keys
        )
        return ".md", f"---\n{front}\n---\n{rest}".encode()
    if choice == 1:
        item: dict[str, object] = {"text": text, "title": first, "id": first[:20]}
        return ".jsonl", (json.dumps(item, ensure_ascii=rng.random() < 0.5) + "\n").encode()
    if choice == 2:
        return ".json", json.dumps(
            [{"html": f"<p>{line}</p>"} for line in text.split("\n")]
        ).encode()
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return ".html", f"<html><body><article><h1>{first}</h1>{body}</article></body></html>".encode()


def mutate(
    data: bytes, other: bytes, lines: Sequence[bytes], rng: random.Random
) -> tuple[bytes, str | None]:
    """One to four stacked mutations of `data`; `other` is a second input for splices. Returns
    the new bytes and, when the mutation changed the format (a wrapper), the new extension."""
    out = bytearray(data)
    extension = None
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(13)
        if op == 0 and out:  # flip a bit
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
        elif op == 1 and out:  # an interesting byte
            i = rng.randrange(len(out))
            out[i] = rng.choice((0x00, 0x0A, 0x0D, 0x20, 0x22, 0x2D, 0x3A, 0x7F, 0x80, 0xFF))
        elif op in (2, 3):  # a token
            token = rng.choice(TOKENS)
            at = _line_bounds(bytes(out), rng)
            out[at:at] = token
        elif op == 4 and out:  # delete a range
            i = rng.randrange(len(out))
            del out[i : i + rng.randint(1, 64)]
        elif op == 5 and out:  # duplicate a range
            i = rng.randrange(len(out))
            chunk = out[i : i + rng.randint(1, 256)]
            at = rng.randrange(len(out) + 1)
            out[at:at] = chunk * rng.randint(1, 4)
        elif op == 6:  # splice with another input
            cut = rng.randrange(len(out) + 1)
            out = out[:cut] + other[rng.randrange(len(other) + 1) :]
        elif op in (7, 8) and lines:  # a boilerplate or metadata line
            at = _line_bounds(bytes(out), rng)
            out[at:at] = rng.choice(lines) + b"\n"
        elif op == 9:  # shuffle or swap lines
            parts = bytes(out).split(b"\n")
            if len(parts) > 1:
                i, j = rng.randrange(len(parts)), rng.randrange(len(parts))
                parts[i], parts[j] = parts[j], parts[i]
            out = bytearray(b"\n".join(parts))
        elif op == 10 and out:  # truncate
            del out[rng.randrange(len(out)) :]
        elif op == 11:  # re-encode
            text = bytes(out).decode("utf-8", "replace")
            codec = rng.choice(("utf-16", "utf-16-be", "cp1252", "latin-1", "utf-8-sig"))
            out = bytearray(text.encode(codec, "replace"))
        elif op == 12:  # wrap in another format
            extension, wrapped = _wrap(bytes(out), rng)
            out = bytearray(wrapped)
    return bytes(out[:MAX_INPUT_BYTES]), extension


class _Watchdog:
    """Stops the process (after saving the input) when one input runs longer than `limit`."""

    def __init__(self, limit: float, crash_dir: Path) -> None:
        self.limit = limit
        self.crash_dir = crash_dir
        self.current: tuple[str, bytes, float] | None = None
        self.lock = threading.Lock()
        threading.Thread(target=self._watch, daemon=True).start()

    def start(self, extension: str, data: bytes) -> None:
        with self.lock:
            self.current = (extension, data, time.monotonic())

    def stop(self) -> None:
        with self.lock:
            self.current = None

    def _watch(self) -> None:
        while True:
            time.sleep(min(1.0, self.limit / 4))
            with self.lock:
                current = self.current
            if current is not None and time.monotonic() - current[2] > self.limit:
                extension, data, _ = current
                saved = _save(self.crash_dir, "hang", extension, data, f"ran over {self.limit} s\n")
                print(f"fuzz: HANG over {self.limit} s; input saved: {saved}", flush=True)
                os._exit(3)


# A date no language reads: dateparser then tries (and compiles the patterns of) every locale.
WARM_UP_DATE = "qqq 31 qqq 2024"


def _warm_up() -> None:
    """Pay one-off costs before inputs are timed. The first page whose date trafilatura's
    htmldate hands to dateparser compiles the patterns of every locale: 5 to 8 s on a loaded
    machine (0.01 s the next time), which made whichever HTML input came first 'slow'."""
    try:  # a dependency of htmldate, itself of trafilatura (untyped: imported by name)
        dateparser = importlib.import_module("dateparser")
    except ImportError:
        return
    dateparser.parse(WARM_UP_DATE)


def run(
    seconds: float = 30.0,
    seed: int = 0,
    *,
    crash_dir: Path | None = CRASH_DIR,
    max_crashes: int = 20,
    corpus: Sequence[tuple[str, bytes]] | None = None,
    watchdog: _Watchdog | None = None,
    progress: Callable[[str], None] | None = None,
) -> FuzzReport:
    """The random-mutation loop, for `seconds` (and at least one input). Deterministic for a
    given seed up to the number of inputs that fit in the time."""
    rng = random.Random(seed)
    pool = list(corpus if corpus is not None else seed_corpus())
    lines = boilerplate_lines()
    seeds = len(pool)
    seen_shapes: set[tuple[str, ...]] = set()
    seen_crashes: set[tuple[str, str]] = set()
    report = FuzzReport(engine="mutate")
    logger = logging.getLogger("generator")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)  # readers and the cleaner log every refusal
    _warm_up()
    started = time.monotonic()
    next_note = started + 10
    try:
        while report.iterations == 0 or time.monotonic() - started < seconds:
            extension, base = pool[rng.randrange(len(pool))]
            _, other = pool[rng.randrange(len(pool))]
            if report.iterations < seeds:
                extension, data = pool[report.iterations]  # the seeds themselves first
            else:
                data, wrapped = mutate(base, other, lines, rng)
                extension = wrapped or extension
                if rng.random() < 0.02:  # now and then a big input
                    data = data * rng.randint(2, 40)
            for target in (extension, *(e for e in EXTENSIONS if e != extension)):
                if target != extension and rng.random() < 0.8:
                    continue  # mostly the input's own format; sometimes every other one
                if watchdog is not None:
                    watchdog.start(target, data)
                took = time.monotonic()
                try:
                    shape = exercise(data, target)
                except Exception as error:
                    crash = Crash(
                        target,
                        data,
                        f"{type(error).__name__}: {str(error)[:200]}",
                        _where(error),
                        traceback.format_exc(),
                        tuple(
                            (Path(f.filename).name, f.name)
                            for f in traceback.extract_tb(error.__traceback__)
                        ),
                        report.iterations,
                    )
                    if crash.signature not in seen_crashes:
                        seen_crashes.add(crash.signature)
                        if crash_dir is not None:
                            kept = _save(crash_dir, "crash", target, data, crash.trace)
                            crash = dataclasses.replace(crash, saved=kept)
                        report.crashes.append(crash)
                        if progress is not None:
                            progress(f"fuzz: crash {crash.error} at {crash.where}")
                    continue
                finally:
                    if watchdog is not None:
                        watchdog.stop()
                took = time.monotonic() - took
                if took > SLOW_SECONDS + SLOW_SECONDS_PER_MB * len(data) / 1e6:
                    saved = (
                        _save(crash_dir, "slow", target, data, f"took {took:.1f} s\n")
                        if crash_dir is not None
                        else None
                    )
                    report.slow.append((took, saved))
                if shape not in seen_shapes and len(pool) < POOL_LIMIT:
                    seen_shapes.add(shape)
                    pool.append((target, data))
            report.iterations += 1
            if len(report.crashes) >= max_crashes:
                break
            if progress is not None and time.monotonic() > next_note:
                next_note += 10
                progress(f"fuzz: {report.iterations} inputs, pool {len(pool)}")
    finally:
        logger.setLevel(level)
    report.seconds = time.monotonic() - started
    report.pool = len(pool)
    return report


def atheris_available() -> bool:
    return importlib.util.find_spec("atheris") is not None


def libfuzzer_dictionary(tokens: Iterable[bytes]) -> str:
    """Tokens as a libFuzzer -dict file (one quoted, escaped entry a line; 64 bytes at most)."""
    lines = []
    for token in tokens:
        if len(token) <= 64:
            escaped = "".join(
                chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}" for b in token
            )
            lines.append(f'"{escaped}"')
    return "\n".join(lines) + "\n"


def run_atheris(
    seconds: float, crash_dir: Path, extra: Iterable[str] = (), corpus_dir: Path = CORPUS_DIR
) -> None:
    """Coverage-guided fuzzing with atheris (libFuzzer); never returns (libFuzzer exits)."""
    atheris = importlib.import_module("atheris")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for extension, data in seed_corpus():
        (corpus_dir / f"{hashlib.sha1(data).hexdigest()[:16]}{extension}").write_bytes(data)
    crash_dir.mkdir(parents=True, exist_ok=True)
    dictionary = corpus_dir.parent / "fuzz.dict"
    dictionary.write_text(libfuzzer_dictionary(TOKENS), encoding="ascii")
    logging.getLogger("generator").setLevel(logging.CRITICAL + 1)
    atheris.instrument_all()
    argv = [
        sys.argv[0],
        f"-dict={dictionary}",
        f"-max_total_time={int(seconds)}",
        f"-artifact_prefix={crash_dir}{os.sep}",
        f"-max_len={MAX_INPUT_BYTES}",
        "-timeout=60",
        "-rss_limit_mb=2048",
        *extra,
        str(corpus_dir),
    ]
    atheris.Setup(argv, fuzz_one)
    atheris.Fuzz()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fuzz", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to run (default 30)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the mutation loop")
    parser.add_argument(
        "--engine",
        choices=("auto", "atheris", "mutate"),
        default="auto",
        help="atheris when importable (auto), or the random-mutation loop",
    )
    parser.add_argument("--crash-dir", type=Path, default=CRASH_DIR, help="where crashes go")
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        default=CORPUS_DIR,
        help="atheris: the corpus, kept and grown between runs (make fuzz-smoke starts anew)",
    )
    parser.add_argument(
        "--max-memory-mb",
        type=int,
        default=2048,
        help="address-space limit of this process (a memory bomb becomes a MemoryError crash)",
    )
    parser.add_argument(
        "--hang-seconds", type=float, default=60.0, help="stop on an input running this long"
    )
    args = parser.parse_args(argv)
    if args.engine == "atheris" or (args.engine == "auto" and atheris_available()):
        run_atheris(args.seconds, args.crash_dir, corpus_dir=args.corpus_dir)
        return 0
    if args.max_memory_mb > 0:
        try:
            import resource

            limit = args.max_memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            print("fuzz: cannot limit memory on this platform", file=sys.stderr)
    watchdog = _Watchdog(args.hang_seconds, args.crash_dir)
    report = run(
        args.seconds,
        args.seed,
        crash_dir=args.crash_dir,
        watchdog=watchdog,
        progress=lambda note: print(note, file=sys.stderr, flush=True),
    )
    print(report.summary())
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
