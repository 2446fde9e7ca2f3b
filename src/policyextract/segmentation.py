"""Article body → :class:`Doc`: jieba tokens with character offsets, using the domain lexicon.

jieba is loaded once per process, lazily, into a private :class:`jieba.Tokenizer` so that the
global ``jieba`` state of a host program is left alone. The lexicon (``lexicon/*.dict``, jieba
user-dict format) holds general words only: titles, organisation suffixes, policy vocabulary.
Segmentation runs without jieba's HMM by default: the HMM costs ~5× the time and its guesses for
unknown words (names) are not used by the fact rules, which find names by title patterns.
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


def tokenizer() -> jieba.Tokenizer:
    """The process's jieba tokenizer with the domain lexicon loaded (built on first use)."""
    global _TOKENIZER, _POS
    if _TOKENIZER is None:
        with _LOCK:
            if _TOKENIZER is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                tk.initialize()
                for path in lexicon_files():
                    _load_dict(tk, path.read_text(encoding="utf-8").splitlines())
                _POS = jieba.posseg.POSTokenizer(tk)
                _TOKENIZER = tk
    return _TOKENIZER


def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    tokenizer()
    assert _POS is not None
    return _POS


def lexicon_files() -> list[Path]:
    """The shipped lexicon's jieba user-dict files, in a stable order."""
    root = resources.files("policyextract") / "lexicon"
    return sorted(Path(str(entry)) for entry in root.iterdir() if str(entry).endswith(".dict"))


def add_words(lines: Iterable[str]) -> None:
    """Add jieba user-dict lines (``word [freq] [tag]``) to the process's tokenizer."""
    _load_dict(tokenizer(), lines)


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
            # jieba splits a new word whose frequency is too low; suggest one that keeps it whole.
            freq = max(tk.suggest_freq(word, tune=False), 1)
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
