"""Simplified and traditional Chinese: which one a text is written in, and a fold of traditional
characters to simplified ones so that one word list serves both scripts.

Both come from OpenCC's conversion tables, turned into data at build time
(``scripts/build_script_tables.py``); OpenCC is not needed at run time.

The script is told from the text itself, never from a declaration (Big5 pages are traditional,
but GBK and UTF-8 pages can be either): the characters that only one script uses are counted.
The majority wins; a text
with no such character but with Han characters is simplified (shared characters only: the
difference cannot be seen, and simplified is far more common); a text without Han is ``None``.

>>> language_of("香港特區政府發表聲明")
'zh-Hant'
>>> language_of("香港特区政府发表声明")
'zh-Hans'
>>> language_of("Hello") is None
True
>>> fold("相關新聞 來源：某某日報")
'相关新闻 来源：某某日报'
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from ..models import Language

_HAN = regex.compile(r"\p{Han}")
# Enough text to decide; counting a whole long page changes nothing.
_SAMPLE = 20_000


# Words Taiwan and Hong Kong pages write differently, each as long as its mainland form (so that
# folding keeps positions): 记者某某／台北报导 is a byline, 调整字级 a font-size widget.
REGIONAL_WORDS = (("报导", "报道"), ("列印", "打印"), ("字级", "字号"))


@cache
def _fold_table() -> dict[int, str]:
    data = resources.files("policyextract") / "lexicon" / "t2s_chars.tsv"
    table: dict[int, str] = {}
    for row in data.read_text("utf-8").splitlines():
        trad, _, simp = row.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table


def fold(text: str) -> str:
    """``text`` with traditional characters written simplified, one character for one (and the
    regional words of :data:`REGIONAL_WORDS` in their mainland form).

    The reader's word lists (labels, widget words, list headings) are written once, simplified; a
    line is read folded so that 來源 and 相關新聞 match them too. Positions are kept, so a value
    found in the folded line (an outlet, a name) is cut from the original in its own script.
    Character by character: where OpenCC would need the context (乾 stays 乾 in 乾隆) the single
    character's conversion is taken, which is right for these lists.
    """
    folded = text.translate(_fold_table())
    for regional, mainland in REGIONAL_WORDS:
        folded = folded.replace(regional, mainland)
    return folded


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
