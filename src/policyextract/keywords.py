"""Top keywords of a body by TF-IDF, using jieba.analyse's IDF table on our own tokens.

The body is not segmented a second time: the Doc's tokens are counted. The IDF values are those
of jieba.analyse (``jieba/analyse/idf.txt``, the table behind ``jieba.analyse.TFIDF().idf_freq``),
read from a compiled copy shipped in the package (``lexicon/idf.bin``, :mod:`policyextract.idf`:
a memory-mapped MARISA trie, loaded in under a millisecond, where parsing jieba's text cost
~135 ms and ~50 MB in every process); importing ``jieba.analyse`` would also build jieba's global
tokenizer and tagger (about 1 s), which policyextract does not use. A word missing from the table
gets the table's median IDF, as in jieba. The weight is jieba's: ``count × idf / number of
counted tokens``.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter

from . import pattern_cache
from .idf import IdfTable, idf_table
from .lexicon_user import shipped_list
from .models import Doc
from .record import Keyword

# A keyword is a word of two or more characters with at least one Han character or letter and
# no digit (numbers, dates and percentages are facts, not keywords).
_WORD = pattern_cache.compile(r"^(?=.*[\p{Han}A-Za-z])[^\d０-９\p{P}\p{S}\s]{2,}$")
# Most words are plain Han characters of the first CJK block, which ``_WORD`` accepts: stdlib
# ``re`` says so in half the time ``regex`` takes to run ``_WORD``.
_PLAIN_HAN = re.compile("[\u4e00-\u9fa5]{2,}")
# Weights are rounded so that records are byte-identical across platforms.
WEIGHT_DIGITS = 6


def keywords(doc: Doc, top: int = 10) -> list[Keyword]:
    """The ``top`` words of the body by TF-IDF, heaviest first (ties by word)."""
    # Counted in C: a generator over the tokens costs as much as the rest of this function.
    counts = Counter(map(itemgetter(0), chain.from_iterable(doc.tokens)))
    # The table is asked for on every call: a table gone is an error, never cached weights.
    table = idf_table()
    found = [
        (count, idf, word)
        for word, count in counts.items()
        if (idf := _idf(word, table)) is not None
    ]
    if not found:
        return []
    total = sum(count for count, _, _ in found)
    if len(found) > top:
        found = _contenders(found, top, total)
    # Negated weights, so that the smallest items are the heaviest words, ties by word, without
    # a key function (-(-w) is w exactly).
    weights = [(-round(count * idf / total, WEIGHT_DIGITS), word) for count, idf, word in found]
    best = [(-weight, word) for weight, word in heapq.nsmallest(top, weights)]
    shown = _as_written(doc, {word for _, word in best})
    return [Keyword(word=shown.get(word, word), weight=weight) for weight, word in best]


def _contenders(
    found: list[tuple[int, float, str]], top: int, total: int
) -> list[tuple[int, float, str]]:
    """The words that may be among the ``top`` once weights are rounded, which most are not.
    Rounding keeps the order of weights (ties aside), so the ``top``-th weight rounds to the
    lightest rounded weight kept; a word more than a rounding step below it cannot reach it."""
    raw = [count * idf for count, idf, _ in found]
    floor = heapq.nlargest(top, raw)[-1] / total - 2 * 10**-WEIGHT_DIGITS
    return [item for item, weight in zip(found, raw, strict=True) if weight / total >= floor]


@lru_cache(maxsize=1 << 15)
def _idf(word: str, table: IdfTable) -> float | None:
    """The word's IDF in ``table``, or ``None`` when it is no keyword. Cached: the same words
    recur from page to page, and the test and the lookup cost a microsecond each."""
    if len(word) < 2 or word in _stopwords():
        return None
    if not (_PLAIN_HAN.fullmatch(word) or _WORD.match(word)):
        return None
    return table.idf(word)


def _as_written(doc: Doc, words: set[str]) -> dict[str, str]:
    """Each of ``words`` as the page writes it at its first occurrence: the tokens of a
    traditional page are in simplified script, which the IDF table and the stop words are in."""
    shown: dict[str, str] = {}
    if doc.written is None:
        return shown
    for index, paragraph in enumerate(doc.tokens):
        for token in paragraph:
            if token.word in words and token.word not in shown:
                shown[token.word] = doc.as_written(index, token.start, token.end)
    return shown


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(shipped_list("stopwords"))
