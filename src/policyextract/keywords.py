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

from collections import Counter

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
    stop = set(shipped_list("stopwords"))
    counts: Counter[str] = Counter()
    # A word as the page writes it (its first occurrence): the tokens of a traditional page are
    # in simplified script, which the IDF table and the stop words are written in.
    shown: dict[str, str] = {}
    for i, paragraph in enumerate(doc.tokens):
        for token in paragraph:
            word = token.word
            if len(word) > 1 and word not in stop:
                counts[word] += 1
                if doc.written is not None and word not in shown:
                    shown[word] = doc.written[i][token.start : token.end]
    for word in [w for w in counts if not _WORD.match(w)]:
        del counts[word]
    if not counts:
        return []
    idf = idf_table().idf
    total = sum(counts.values())
    weights = [
        (round(count * idf(word) / total, WEIGHT_DIGITS), word) for word, count in counts.items()
    ]
    weights.sort(key=lambda item: (-item[0], item[1]))
    return [Keyword(word=shown.get(word, word), weight=weight) for weight, word in weights[:top]]
