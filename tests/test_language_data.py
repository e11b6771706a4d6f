"""Language data lives in generator/lang/, is read by the article's language, and a language
without data is read for nothing (with one warning) rather than read as English."""

from __future__ import annotations

import ast
import json
import logging
import re
from pathlib import Path

import pytest

from generator import lang
from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.models import Analysis, Block, Meta, Source
from generator.pipeline import build
from tests.conftest import ENGLISH, ROOT

# --- no word list outside generator/lang/ ---------------------------------------------------------

PACKAGE = ROOT / "generator"
LANGUAGE_DATA = PACKAGE / "lang"
# A collection of this many words is a word list; a pair ("p", "h") is not a vocabulary.
MIN_WORDS = 3
# A word or a phrase of words: letters, with inner apostrophes, hyphens or full stops ("a.m.",
# "jr."); not a dotted path ("markdown.extensions.").
_WORD = re.compile(r"(?!.*\.[A-Za-z]{2})[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*)*")
# An alternation of words in a pattern: "said|told|added".
_ALTERNATION = re.compile(
    r"(?<![\\\w])[A-Za-z]{2,}(?:\|[A-Za-z]{2,}){" + str(MIN_WORDS - 1) + r",}(?!\w)"
)

# Collections of words that are names the code itself gives things (keys of a format, labels
# of its own kinds, packages), not words of a language read in articles: their words, sorted.
NOT_A_LANGUAGE = {
    ("author", "category", "id", "language", "outlet", "published", "title", "url"): (
        "the metadata keys of the input formats"
    ),
    ("category", "outlet", "url"): "the keys of a feeds file",
    (
        "body",
        "cases",
        "finalbody",
        "handlers",
        "orelse",
    ): "the fields of Python's syntax tree that hold statements",
    ("organisation", "person", "place"): "the kinds of entity the pipeline gives mentions",
    ("organisation", "other", "place"): "the kinds of entity the pipeline gives mentions",
    ("Date", "Day", "Tally"): "the kinds of claim disagree.py compares, as labels",
    ("day", "month", "week", "year"): "the precisions of a date, as digest.json names them",
    (
        "analyse",
        "clean",
        "feeds",
        "group",
        "pages",
        "read",
        "render",
        "site",
        "synthesise",
        "write",
    ): ("the stages of a build, as the command line's progress names them"),
    ("markdown", "material", "mkdocs", "pygments", "pymdownx"): "Python distributions",
    ("html", "php", "swf"): "extensions of files in a link",
    ("aspx", "gif", "png"): "extensions of files in a link",
    ("mp", "txt", "zip"): "extensions of files in a link",
    ("search", "tags", "title"): "the keys of a page's metadata that MkDocs reads",
    ("site-conversions", "site-renders", "site-search"): "the kinds of the site's cache stores",
}


def _words(node: ast.AST) -> list[str] | None:
    """The strings of a literal collection of strings, or None when it is not one."""
    if isinstance(node, ast.Dict):
        # A mapping of words (to words or numbers), not a record built from variables.
        if not all(isinstance(v, ast.Constant) for v in node.values):
            return None
        items: list[ast.expr | None] = list(node.keys)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = list(node.elts)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    else:
        return None
    if not all(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items):
        return None
    return [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def word_lists(source: str) -> list[tuple[int, tuple[str, ...]]]:
    """(line, words) of every word list in a module's source: a literal collection (a tuple,
    a list, a set, the keys of a mapping of constants, a string split into words) of at least
    MIN_WORDS words, or a regular expression's alternation of that many words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = _words(node)
        if (
            words is not None
            and len(words) >= MIN_WORDS
            and all(_WORD.fullmatch(w) and any(c.islower() for c in w) for w in words)
        ):
            found.append((getattr(node, "lineno", 0), tuple(sorted(words))))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.extend(
                (node.lineno, tuple(sorted(match[0].split("|"))))
                for match in _ALTERNATION.finditer(node.value)
            )
    return found


def test_the_scan_finds_the_forms_word_lists_take() -> None:
    """What the scan below calls a word list, and what it does not (ordinary code)."""
    lists = word_lists(
        "MONTHS = ('january', 'february', 'march')\n"
        "STOP = frozenset('a an the'.split())\n"
        "SAYS = frozenset({'said', 'told', 'added'})\n"
        "HEDGES = {'about': 1, 'around': 1, 'nearly': 1}\n"
        "CUE = re.compile(r'\\b(?:will|would|shall)\\b')\n"
        "def f(word):\n"
        "    return word in ('every', 'each', 'all')\n"
    )
    assert sorted(words for _, words in lists) == [
        ("a", "an", "the"),
        ("about", "around", "nearly"),
        ("added", "said", "told"),
        ("all", "each", "every"),
        ("february", "january", "march"),
        ("shall", "will", "would"),
    ]
    ordinary = (
        "KINDS = ('p', 'h')\n"  # a pair
        "SIZES = (1, 2, 3)\n"
        "CODES = ('USD', 'EUR', 'GBP')\n"  # capitals only: codes, not words
        "row = {'name': name, 'roles': roles, 'stories': stories}\n"  # a record
        "TOKEN = re.compile(r'\\b\\w\\w+\\b|[a-z]|\\d{4}')\n"
        "FILES = ('a.md', 'b_c', 'x y')\n"
        "PACKAGES = ('markdown.extensions.', 'pymdownx.', 'material.extensions.')\n"
    )
    assert word_lists(ordinary) == []


def test_no_module_outside_lang_holds_a_word_list() -> None:
    """Month names, stop words, verbs of speech, titles...: a language's words are in its
    folder under generator/lang/, read through generator.lang.get(language); a stage that
    holds its own copy reads every article as English."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if LANGUAGE_DATA in path.parents:
            continue
        for line, words in word_lists(path.read_text(encoding="utf-8")):
            if words not in NOT_A_LANGUAGE:
                found.append(f"{path.relative_to(ROOT)}:{line}: {' '.join(words)[:80]}")
    assert not found, "word lists outside generator/lang/:\n" + "\n".join(found)


def test_every_allowed_collection_is_still_in_the_code() -> None:
    """An entry of NOT_A_LANGUAGE that no module holds any more is removed, not kept."""
    held = {
        words
        for path in PACKAGE.rglob("*.py")
        if LANGUAGE_DATA not in path.parents
        for _, words in word_lists(path.read_text(encoding="utf-8"))
    }
    assert set(NOT_A_LANGUAGE) <= held, set(NOT_A_LANGUAGE) - held


# --- the data of a language, by its code ----------------------------------------------------------


def test_a_language_is_found_by_its_code_with_or_without_a_region() -> None:
    assert lang.get("en") is ENGLISH
    assert lang.get("en-GB") is ENGLISH
    assert lang.get("EN_us") is ENGLISH
    assert not lang.get("fr").supported
    assert not lang.get("").supported
    assert lang.without_data(["en", "fr", "en-GB", "de", "fr-CA"]) == ["de", "fr", "fr-CA"]


def test_a_story_is_read_in_the_language_most_of_its_articles_are_in() -> None:
    assert lang.most_used(["en", "fr", "en-GB"]) is ENGLISH
    assert not lang.most_used(["fr", "fr", "en"]).supported
    assert lang.most_used(["en", "fr"]) is ENGLISH  # a tie goes to the first code
    assert not lang.most_used([]).supported


# --- an article in a language without data -------------------------------------------------

# Written in English, so that English data would find a person, a quotation, figures and dates
# in it: declared in another language, none of them may be read.
REPORT = (
    "Floods close the Harbour Road bridge",
    "Flooding closed the Harbour Road bridge in Kelby on Monday, officials said.",
    "“Nobody should try to cross the river tonight,” said Mayor Jane Doe, a former engineer.",
    "About 1,200 people were evacuated from 40 homes on March 3, 2025, the council said.",
    "www.example.org/floods",
)


def _source(ident: str, language: str | None) -> Source:
    title, *paragraphs = REPORT
    blocks = tuple(Block("p", text, n) for n, text in enumerate(paragraphs, start=1))
    # An outlet of its own: lines three articles of one outlet share are its page template.
    meta = Meta(title=title, published="2025-03-04", language=language, outlet=f"{ident} Post")
    return Source(ident, f"{ident}.txt", blocks, meta, "txt")


def _analysed(*sources: Source) -> dict[str, Analysis]:
    return {a.article.id: a for a in analyse(clean(sources), Config(), workers=1)}


def test_an_article_in_a_language_without_data_is_not_read_as_english(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="generator")
    found = _analysed(_source("english", "en"), _source("french", "fr"), _source("plain", None))
    english, french, plain = found["english"], found["french"], found["plain"]
    # Read as English, the report has all of these: the test could fail.
    assert english.mentions and english.quotes and english.figures and english.dates
    assert plain.mentions == english.mentions  # no language declared: the configured one
    assert french.article.language == "fr"
    assert (french.mentions, french.quotes, french.figures, french.dates) == ((), (), (), ())
    assert french.sentences and french.keyphrases  # YAKE's own stopwords still apply
    # What every language shares is still cleaned: a bare link is no article text.
    assert [r.reason for r in french.article.removed] == ["bare link"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len([w for w in warnings if "no language data" in w]) == 1
    assert "no language data for fr " in warnings[0]


def test_a_build_warns_once_naming_every_language_without_data(tmp_path: Path) -> None:
    title, *paragraphs = REPORT
    records = [
        {
            "id": ident,
            "title": title,
            "text": "\n\n".join(paragraphs),
            "language": code,
            "outlet": f"{ident} Post",
        }
        for ident, code in (("a", "fr"), ("b", "de"), ("c", "fr"), ("d", "en"))
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = build([source], tmp_path / "site", Config(), html=False)
    about_language = [w for w in report.warnings if "no language data" in w]
    assert len(about_language) == 1
    assert about_language[0].startswith("no language data for de, fr (known: en)")
