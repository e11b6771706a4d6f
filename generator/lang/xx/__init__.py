"""A language without data: no word list, no pattern but the few every language shares."""

from __future__ import annotations

import re

from generator.lang.schema import Boilerplate, LanguageData
from generator.lang.xx.boilerplate import BOILERPLATE

NO_LANGUAGE = LanguageData(
    code="xx",
    boilerplate=Boilerplate(
        lines=tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in BOILERPLATE)
    ),
)
