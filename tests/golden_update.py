"""Regenerate tests/golden/: `make golden`, after a change to the output that is intended.

The golden files are the rendered Markdown pages and digest.json of the seeds; a change in
output then shows up as a diff that a reviewer reads."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.group import group
from generator.read import read
from generator.render import Page, render
from generator.synthesise import synthesise

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds"
GOLDEN_SITE_URL = "https://example.org/digest/"


def seed_pages() -> tuple[Page, ...]:
    """The seeds rendered with the default configuration and a site_url (so that the feeds,
    written only for a site with a public address, are part of it), paths relative to the
    repository."""
    result = read([Path("seeds")], max_file_bytes=5_000_000, max_articles=1000)
    config = Config(site_url=GOLDEN_SITE_URL)
    analyses = analyse(clean(result.sources), config)
    return render(synthesise(group(analyses), analyses, config), analyses, config)


def main() -> None:
    import os

    os.chdir(ROOT)  # paths in digest.json are written relative to the working folder
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for page in seed_pages():
        target = GOLDEN / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
