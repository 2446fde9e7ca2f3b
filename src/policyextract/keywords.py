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
from collections import Counter
from functools import cache

import regex

from .idf import idf_table
from .lexicon_user import shipped_list
from .models import Doc
from .record import Keyword

# A keyword is a word of two or more characters with at least one Han character or letter and
# no digit (numbers, dates and percentages are facts, not keywords).
_WORD = regex.compile(r"^(?=.*[\p{Han}A-Za-z])[^\d０-９\p{P}\p{S}\s]{2,}$")
# Weights are rounded so that records are byte-identical across platforms.
WEIGHT_DIGITS = 6


def keywords(doc: Doc, top: int = 10) -> list[Keyword]:
    """The ``top`` words of the body by TF-IDF, heaviest first (ties by word)."""
    counts = Counter(token.word for paragraph in doc.tokens for token in paragraph)
    stop = _stopwords()
    for word in [w for w in counts if len(w) < 2 or w in stop or not _WORD.match(w)]:
        del counts[word]
    if not counts:
        return []
    idf = idf_table().idf
    total = sum(counts.values())
    weights = [
        (round(count * idf(word) / total, WEIGHT_DIGITS), word) for word, count in counts.items()
    ]
    best = heapq.nsmallest(top, weights, key=lambda item: (-item[0], item[1]))
    shown = _as_written(doc, {word for _, word in best})
    return [Keyword(word=shown.get(word, word), weight=weight) for weight, word in best]


def _as_written(doc: Doc, words: set[str]) -> dict[str, str]:
    """Each of ``words`` as the page writes it at its first occurrence: the tokens of a
    traditional page are in simplified script, which the IDF table and the stop words are in."""
    shown: dict[str, str] = {}
    if doc.written is None:
        return shown
    for text, paragraph in zip(doc.written, doc.tokens, strict=True):
        for token in paragraph:
            if token.word in words and token.word not in shown:
                shown[token.word] = text[token.start : token.end]
    return shown


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(shipped_list("stopwords"))
