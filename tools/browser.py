"""Shared by tests/test_browser.py and tools/screenshots.py: build the seed site, serve a folder
on localhost and drive Debian's Chromium (never a browser downloaded by Playwright)."""

from __future__ import annotations

import functools
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Headless, offline and quiet: no GPU, no QUIC, no first-run pages, and none of Chromium's own
# background traffic (updates, sync, safe-browsing lists), so every request comes from the site.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> str | None:
    """The system Chromium on PATH (Debian's /usr/bin/chromium), or None."""
    return shutil.which("chromium")


def build_site(inputs: Sequence[Path], site_dir: Path) -> Path:
    """Build `inputs` into `site_dir` with the real CLI; return its HTML folder (public/)."""
    from generator.cli import main

    status = main(["build", *map(str, inputs), "--site-dir", str(site_dir)])
    if status != 0:
        raise RuntimeError(f"digest build failed with exit code {status}")
    return site_dir / "public"


def build_seed_site(site_dir: Path) -> Path:
    """Build seeds/ into `site_dir` with the real CLI; return the HTML folder (site_dir/public)."""
    return build_site([SEEDS], site_dir)


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files without a log line per request on stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) from a daemon thread; yield the base URL
    (no trailing slash). The server is shut down when the block ends."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def launch_chromium(
    executable: str | None = None, **context_options: Any
) -> Iterator[BrowserContext]:
    """A headless Chromium with a fresh, temporary profile (removed afterwards).
    `context_options` go to Playwright's launch_persistent_context (viewport, locale, ...)."""
    executable = executable or find_chromium()
    if executable is None:
        raise RuntimeError("chromium is not on PATH (Debian: apt-get install chromium)")
    with (
        tempfile.TemporaryDirectory(prefix="digest-chromium-") as profile,
        sync_playwright() as playwright,
    ):
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            headless=True,
            args=list(CHROMIUM_ARGS),
            **context_options,
        )
        try:
            yield context
        finally:
            context.close()
