"""Screenshots of the seed site for the README: home and story page, desktop and phone.

Builds seeds/ into a temporary site, serves it on localhost, photographs it with Debian's
headless Chromium and writes small PNGs to docs/screenshots/ (the tallest pages are clipped;
a file above the size limit is retaken shorter).

    .venv/bin/python -m tools.screenshots [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import FloatRect, Page, ViewportSize

from tools.browser import ROOT, build_seed_site, find_chromium, launch_chromium, serve_folder

OUT = ROOT / "docs" / "screenshots"
MAX_BYTES = 400_000
SHRINK_STEP = 200  # px taken off the height while a file is above MAX_BYTES
MIN_HEIGHT = 600


@dataclass(frozen=True)
class Shot:
    name: str
    page: str  # "home" or "story"
    viewport: ViewportSize
    max_height: int  # the page is clipped to this height (px); shorter pages are taken whole


SHOTS = (
    Shot("home-desktop", "home", {"width": 1280, "height": 900}, 1600),
    Shot("story-desktop", "story", {"width": 1280, "height": 900}, 1600),
    Shot("home-phone", "home", {"width": 390, "height": 844}, 1400),
    Shot("story-phone", "story", {"width": 390, "height": 844}, 1400),
)


def take(page: Page, shot: Shot, target: Path) -> int:
    """Photograph the current page into `target`; return the height used (px)."""
    page_height: int = page.evaluate("() => document.documentElement.scrollHeight")
    height = min(shot.max_height, max(page_height, shot.viewport["height"]))
    while True:
        clip: FloatRect = {"x": 0, "y": 0, "width": shot.viewport["width"], "height": height}
        page.screenshot(path=target, full_page=True, clip=clip)
        if target.stat().st_size <= MAX_BYTES or height - SHRINK_STEP < MIN_HEIGHT:
            return height
        height -= SHRINK_STEP


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        print(
            "screenshots: error: chromium is not on PATH (apt-get install chromium)",
            file=sys.stderr,
        )
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="digest-screenshots-") as tmp:
        public = build_seed_site(Path(tmp) / "site")
        digest = json.loads((public / "digest.json").read_text(encoding="utf-8"))
        story = max(digest["stories"], key=lambda s: len(s["articles"]))
        paths = {"home": "/", "story": f"/stories/{story['id']}/"}
        with (
            serve_folder(public) as base,
            launch_chromium(chromium, color_scheme="light", reduced_motion="reduce") as browser,
        ):
            page = browser.new_page()
            for shot in SHOTS:
                page.set_viewport_size(shot.viewport)
                page.goto(base + paths[shot.page])
                page.wait_for_load_state("networkidle")
                target = args.out / f"{shot.name}.png"
                height = take(page, shot, target)
                size = target.stat().st_size
                print(f"{target}: {shot.viewport['width']}x{height}, {size // 1000} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
