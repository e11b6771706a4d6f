"""First names and the gender they usually carry, from a maintained name list (nomquamgender).

nomquamgender (Van Buskirk et al., MIT licence) gives, for 720,000 first names seen in
registries of many countries, how many sources list the name, how many people carry it and
the share of them recorded as women. It is the evidence a name is a person's ("Ines Varga"
is one because "Ines" is a first name) and the evidence a pronoun can use ("she" after
"Jane Roe" and "John Doe" is Roe). Its module needs pandas to import; the data
is read straight from the installed files, and the small table kept here is cached.
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

from generator.text import fold

# A word is a first name when at least this many people in this many registries carry it:
# rarer entries of the list are mostly surnames or noise (a famous surname can be in it,
# carried by one person).
FIRST_NAME_MIN_PEOPLE = 1_000
FIRST_NAME_MIN_SOURCES = 5
# A first name tells a gender when at least this share of its carriers are of one gender
# (nomquamgender's own default: names between 0.1 and 0.9 are not classified).
GENDER_CERTAINTY = 0.9

_DATA_FILE = "nomquamgender/name_data.json"
_TABLE: dict[str, dict[str, str]] = {}  # "loaded": first name -> "f" | "m" | "" (no gender)
_CACHE_KEY = "first-names"


def _build() -> dict[str, str]:
    try:
        path = Path(str(distribution("nomquamgender").locate_file(_DATA_FILE)))
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (PackageNotFoundError, OSError, ValueError):
        return {}
    table = {}
    for name, (sources, people, female, *_) in raw.items():
        if people < FIRST_NAME_MIN_PEOPLE or sources < FIRST_NAME_MIN_SOURCES:
            continue
        if not name.isalpha():
            continue
        if female >= GENDER_CERTAINTY:
            table[fold(name)] = "f"
        elif female <= 1 - GENDER_CERTAINTY:
            table[fold(name)] = "m"
        else:
            table[fold(name)] = ""
    return table


def _table() -> dict[str, str]:
    if "loaded" not in _TABLE:
        _TABLE["loaded"] = _build()
    return _TABLE["loaded"]


def load(cache_dir: Path | None) -> None:
    """Have the table ready in this process (and the workers it forks), from `cache_dir` when
    an earlier build kept it there: reading the list takes about a second. Without a
    `cache_dir`, the table is made here."""
    if "loaded" in _TABLE:
        return
    if cache_dir is None:
        _table()
        return
    from generator.cache import DiskCache, code_fingerprint

    store = DiskCache.for_code(cache_dir, "names", code_fingerprint("names"))
    key = f"{_CACHE_KEY}-{_version()}"
    found = store.get(key)
    if isinstance(found, dict):
        _TABLE["loaded"] = found
        return
    _TABLE["loaded"] = _build()
    store.put(key, _TABLE["loaded"])


def _version() -> str:
    try:
        return version("nomquamgender")
    except PackageNotFoundError:
        return "absent"


def is_first_name(word: str) -> bool:
    return fold(word) in _table()


def gender(first_name: str) -> str | None:
    """ "f" or "m" when the name says it clearly, else None."""
    return _table().get(fold(first_name)) or None
