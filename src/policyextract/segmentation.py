"""Article body → :class:`Doc`: jieba tokens with character offsets, using the domain lexicon.

jieba is loaded once per process, lazily, into a private :class:`jieba.Tokenizer` so that the
global ``jieba`` state of a host program is left alone. The lexicon (``lexicon/*.dict``, jieba
user-dict format, plus the title list and the province and prefecture names of the gazetteer)
holds general words only. Segmentation runs without jieba's HMM: the HMM costs ~5× the time and
its guesses for unknown words (names) are not used by the fact rules, which find names by title
patterns. The part-of-speech tagger is built only when tags are asked for (``--tokens``): loading
its tag table costs about as much as loading jieba itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .models import Article, Doc, Token
from .timeparse import to_datetime

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

_LOCK = threading.Lock()
_TOKENIZER: jieba.Tokenizer | None = None
_POS: jieba.posseg.POSTokenizer | None = None
# User-dict lines added after load (``--lexicon``): replayed if the tokenizer is built later.
_EXTRA: list[str] = []


def tokenizer() -> jieba.Tokenizer:
    """The process's jieba tokenizer with the domain lexicon loaded (built on first use)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        with _LOCK:
            if _TOKENIZER is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                tk.initialize()
                for path in lexicon_files():
                    _load_dict(tk, path.read_text(encoding="utf-8").splitlines())
                _load_dict(tk, _list_words())
                _load_dict(tk, _EXTRA)
                _TOKENIZER = tk
    return _TOKENIZER


def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over the process's tokenizer (built on first use)."""
    global _POS
    tk = tokenizer()
    if _POS is None:
        with _LOCK:
            if _POS is None:
                import jieba.posseg

                _POS = jieba.posseg.POSTokenizer(tk)
    return _POS


def lexicon_files() -> list[Path]:
    """The shipped lexicon's jieba user-dict files, in a stable order."""
    root = resources.files("policyextract") / "lexicon"
    return sorted(Path(str(entry)) for entry in root.iterdir() if str(entry).endswith(".dict"))


def _list_words() -> list[str]:
    """Titles and the names of provinces and prefectures, as user-dict lines (no frequency)."""
    from .facts.places import gazetteer
    from .lexicon_user import shipped_list

    words = list(shipped_list("titles"))
    words += [p.name for p in gazetteer().by_name.values() if p.level != "county"]
    return words


def add_words(lines: Iterable[str]) -> None:
    """Add jieba user-dict lines (``word [freq] [tag]``) to the process's tokenizer."""
    lines = list(lines)
    with _LOCK:
        _EXTRA.extend(lines)
    if _TOKENIZER is not None:
        _load_dict(_TOKENIZER, lines)


def _load_dict(tk: jieba.Tokenizer, lines: Iterable[str]) -> None:
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        if freq is None:
            # jieba splits a new word whose frequency is too low; suggest one that keeps it whole
            # (never lower than the word's own dictionary frequency).
            freq = max(tk.suggest_freq(word, tune=False), tk.FREQ.get(word) or 0, 1)
        tk.add_word(word, freq, tag)


def segment_text(text: str, *, pos: bool = False) -> list[Token]:
    """Tokens of one paragraph with offsets; ``pos`` adds jieba part-of-speech tags."""
    tokens: list[Token] = []
    offset = 0
    if pos:
        for pair in pos_tokenizer().cut(text, HMM=False):
            end = offset + len(pair.word)
            tokens.append(Token(pair.word, pair.flag, offset, end))
            offset = end
    else:
        for word in tokenizer().cut(text, HMM=False):
            end = offset + len(word)
            tokens.append(Token(word, "", offset, end))
            offset = end
    return tokens


def segment(article: Article, *, pos: bool = False) -> Doc:
    """The article's body segmented, with the publication time as base for relative dates."""
    return Doc(
        paragraphs=list(article.body),
        tokens=[segment_text(p, pos=pos) for p in article.body],
        published=to_datetime(article.metadata.published),
        metadata=article.metadata,
    )
