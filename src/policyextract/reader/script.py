"""The script a text is written in: simplified (zh-Hans) or traditional (zh-Hant) Chinese.

Told from the text itself, never from a declaration (Big5 pages are traditional, but GBK and UTF-8
pages can be either): the characters that only one script uses are counted, from a table built
from OpenCC's conversion tables (``scripts/build_script_chars.py``). The majority wins; a text
with no such character but with Han characters is simplified (shared characters only: the
difference cannot be seen, and simplified is far more common); a text without Han is ``None``.

>>> language_of("香港特區政府發表聲明")
'zh-Hant'
>>> language_of("香港特区政府发表声明")
'zh-Hans'
>>> language_of("Hello") is None
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from ..models import Language

_HAN = regex.compile(r"\p{Han}")
# Enough text to decide; counting a whole long page changes nothing.
_SAMPLE = 20_000


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("policyextract") / "lexicon" / "script_chars.tsv"
    rows = dict(line.split("\t", 1) for line in data.read_text("utf-8").splitlines() if line)
    return frozenset(rows["hant"]), frozenset(rows["hans"])


def language_of(text: str) -> Language | None:
    """``zh-Hant`` or ``zh-Hans`` for a Chinese text, ``None`` for a text without Han."""
    sample = text[:_SAMPLE]
    if not _HAN.search(sample):
        return None
    hant, hans = _tables()
    traditional = sum(1 for char in sample if char in hant)
    simplified = sum(1 for char in sample if char in hans)
    return "zh-Hant" if traditional > simplified else "zh-Hans"
