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

import re
from functools import cache
from importlib import resources

from .. import pattern_cache
from ..models import Language

_HAN = pattern_cache.compile(r"\p{Han}")
# Enough text to decide (a few hundred telling characters); counting a long page changes nothing.
_SAMPLE = 5_000


# Words Taiwan and Hong Kong pages write differently, each as long as its mainland form (so that
# folding keeps positions): 记者某某／台北报导 is a byline, 调整字级 a font-size widget.
REGIONAL_WORDS = (("报导", "报道"), ("列印", "打印"), ("字级", "字号"))


@cache
def _fold_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The fold table and a character class of its keys (a fast test for anything to fold)."""
    data = resources.files("policyextract") / "lexicon" / "t2s_chars.tsv"
    table: dict[int, str] = {}
    for row in data.read_text("utf-8").splitlines():
        trad, _, simp = row.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table, re.compile("[" + "".join(map(chr, table)) + "]")


def fold(text: str) -> str:
    """``text`` with traditional characters written simplified, one character for one (and the
    regional words of :data:`REGIONAL_WORDS` in their mainland form).

    The reader's word lists (labels, widget words, list headings) are written once, simplified; a
    line is read folded so that 來源 and 相關新聞 match them too. Positions are kept, so a value
    found in the folded line (an outlet, a name) is cut from the original in its own script.
    Character by character: where OpenCC would need the context (乾 stays 乾 in 乾隆) the single
    character's conversion is taken, which is right for these lists.
    """
    table, traditional = _fold_table()
    # Most lines are simplified: testing first spares the translation (a dict lookup a character).
    folded = text.translate(table) if traditional.search(text) else text
    for regional, mainland in REGIONAL_WORDS:
        folded = folded.replace(regional, mainland)
    return folded


def traditional_forms(char: str) -> str:
    """The traditional characters that :func:`fold` writes as ``char`` ("" for none).

    >>> traditional_forms("记"), traditional_forms("中")
    ('記', '')
    """
    return _unfold_table().get(char, "")


@cache
def _unfold_table() -> dict[str, str]:
    table, _ = _fold_table()
    forms: dict[str, str] = {}
    for traditional, simplified in table.items():
        forms[simplified] = forms.get(simplified, "") + chr(traditional)
    return forms


@cache
def _tables() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Character classes of the traditional-only and the simplified-only characters.

    Stdlib ``re``: its set of 3,500 characters counts 3,000 characters in 0.1 ms, where the
    ``regex`` package takes 5 ms and a Python loop over a frozenset 0.12 ms."""
    data = resources.files("policyextract") / "lexicon" / "script_chars.tsv"
    rows = dict(line.split("\t", 1) for line in data.read_text("utf-8").splitlines() if line)
    return re.compile(f"[{rows['hant']}]"), re.compile(f"[{rows['hans']}]")


def language_of(text: str) -> Language | None:
    """``zh-Hant`` or ``zh-Hans`` for a Chinese text, ``None`` for a text without Han."""
    sample = text[:_SAMPLE]
    if not _HAN.search(sample):
        return None
    hant, hans = _tables()
    traditional = len(hant.findall(sample))
    # Simplified characters are counted only until they tie (most pages have no traditional
    # ones, and counting the simplified is the costly part).
    simplified = 0
    if traditional:
        for simplified, _ in enumerate(hans.finditer(sample), 1):
            if simplified >= traditional:
                break
    return "zh-Hant" if traditional > simplified else "zh-Hans"
