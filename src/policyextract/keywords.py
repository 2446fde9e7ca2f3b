"""Top keywords of a body by TF-IDF, using jieba.analyse's IDF table on our own tokens.

The body is not segmented a second time: the Doc's tokens are counted. The IDF values are those
of jieba.analyse (``jieba/analyse/idf.txt``, the table behind ``jieba.analyse.TFIDF().idf_freq``),
read directly from the jieba package once per process: importing ``jieba.analyse`` would also
build jieba's global tokenizer and tagger (about 1 s), which policyextract does not use. A word
missing from the table gets the table's median IDF, as in jieba. The weight is jieba's:
``count × idf / number of counted tokens``.
"""

from __future__ import annotations

import importlib.util
import threading
from collections import Counter
from pathlib import Path

import regex

from .lexicon_user import shipped_list
from .models import Doc
from .record import Keyword

_LOCK = threading.Lock()
_IDF: tuple[dict[bytes, bytes], float] | None = None

# A keyword is a word of two or more characters with at least one Han character or letter and
# no digit (numbers, dates and percentages are facts, not keywords).
_WORD = regex.compile(r"^(?=.*[\p{Han}A-Za-z])[^\d０-９\p{P}\p{S}\s]{2,}$")
# Weights are rounded so that records are byte-identical across platforms.
WEIGHT_DIGITS = 6


def _idf_path() -> Path:
    """jieba's ``analyse/idf.txt``, found without importing jieba (its import costs ~0.15 s)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is required for keywords")
    return Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"


def idf_table() -> tuple[dict[bytes, bytes], float]:
    """jieba.analyse's IDF table (UTF-8 word → idf text) and its median (loaded on first use).

    Values stay bytes until looked up: converting all 270,000 of them up front doubles the load.
    """
    global _IDF
    if _IDF is None:
        with _LOCK:
            if _IDF is None:
                data = _idf_path().read_bytes()
                fields = iter(data.split())
                table = dict(zip(fields, fields, strict=False))
                values = sorted(map(float, table.values()))
                _IDF = (table, values[len(values) // 2])  # jieba's median_idf
    return _IDF


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
    table, median = idf_table()
    total = sum(counts.values())
    weights = []
    for word, count in counts.items():
        raw = table.get(word.encode("utf-8"))
        weight = count * (float(raw) if raw is not None else median) / total
        weights.append((round(weight, WEIGHT_DIGITS), word))
    weights.sort(key=lambda item: (-item[0], item[1]))
    return [Keyword(word=shown.get(word, word), weight=weight) for weight, word in weights[:top]]
