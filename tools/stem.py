"""The Porter (1980) stemmer the evaluation matches keyphrases and ROUGE n-grams with, as the
published scorers do; it lives with the English language data (generator/lang/en/stem.py)."""

from __future__ import annotations

from generator.lang.en.stem import stem

__all__ = ["stem"]
