"""Article body → :class:`Doc`: jieba tokens with character offsets, using the domain lexicon.

Segmentation is jieba's: its dictionary (``dict.txt``) and its no-HMM algorithm (the best route
through the word graph). It runs on rjieba, the binding of jieba-rs, the Rust port of jieba with
the same dictionary: on the 455 realworld paragraphs its tokens are identical to jieba's
``Tokenizer.cut(HMM=False)``, at about 0.25 ms per 1,500 characters instead of 3.7 ms, and it
loads in 0.25 s instead of 0.7 s. Where rjieba is not installed, jieba itself is used.

The tokenizer is loaded once per process, lazily, and private: the global ``jieba`` state of a
host program is left alone. The lexicon (``lexicon/*.dict``, jieba user-dict format, plus the
title list and the province and prefecture names of the gazetteer) holds general words only.
Segmentation runs without jieba's HMM: the HMM costs ~5× the time and its guesses for unknown
words (names) are not used by the fact rules, which find names by title patterns. Part-of-speech
tags are computed only when asked for (``--tokens``).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable
from importlib import resources
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

from . import lexicon_user
from .models import Article, Doc, Table, Token
from .reader.timeparse import to_datetime
from .simplify import narrowed, simplified
from .spacing import is_spaced, unspaced

_LOCK = threading.Lock()


class Segmenter:
    """The process's segmenter: rjieba when installed, else jieba (same dictionary, same cut)."""

    def __init__(self) -> None:
        try:
            jieba_rs = _jieba_rs()
            self.backend = "rjieba"
            self._rj: Any = jieba_rs()
            self._jb: Any = None
        except ImportError:  # pragma: no cover - depends on the installation
            import jieba

            jieba.setLogLevel(logging.WARNING)
            self.backend = "jieba"
            self._rj = None
            self._jb = jieba.Tokenizer()
            self._jb.initialize()
        self._pos: Any = None
        # Tags of the words added with one (jieba's attribute of the same name).
        self.user_word_tag_tab: dict[str, str] = {}

    def cut(self, text: str, HMM: bool = False) -> list[str]:  # HMM: jieba's keyword
        """The words of ``text`` (jieba's ``cut``)."""
        if self._rj is not None:
            return list(self._rj.cut(text, HMM))
        return list(self._jb.cut(text, HMM=HMM))

    def tag(self, text: str) -> list[tuple[str, str]]:
        """The words of ``text`` with part-of-speech tags (no HMM)."""
        if self._rj is not None:
            return [(word, flag) for word, flag in self._rj.tag(text, False)]
        if self._pos is None:
            import jieba.posseg

            self._pos = jieba.posseg.POSTokenizer(self._jb)
        return [(pair.word, pair.flag) for pair in self._pos.cut(text, HMM=False)]

    def freq(self, word: str) -> int:
        """The dictionary frequency of ``word`` (0 when it is not a word of the dictionary)."""
        if self._rj is not None:
            # jieba-rs suggests one more than a known word's own frequency.
            return max(int(self._rj.suggest_freq(word)) - 1, 0) if self._rj.has_word(word) else 0
        return int(self._jb.FREQ.get(word) or 0)

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        """Add (or, with frequency 0, delete) a word; without a frequency, one that keeps the
        word whole is suggested (jieba splits a new word whose frequency is too low)."""
        if tag:
            self.user_word_tag_tab[word] = tag
        if freq is None:
            if self.freq(word):
                return  # already a dictionary word: it stays whole as it is
            if self._rj is not None:
                freq = max(int(self._rj.suggest_freq(word)), 1)
            else:
                freq = max(int(self._jb.suggest_freq(word, tune=False)), 1)
        if self._rj is not None:
            self._rj.add_word(word, freq, tag)
        else:
            self._jb.add_word(word, freq, tag)


def _jieba_rs() -> Any:
    """rjieba's ``Jieba`` class, loaded from its extension module.

    Importing the ``rjieba`` package builds a default tokenizer (its ``__init__`` calls ``Jieba()``:
    ~110 ms and ~30 MB) that policyextract never uses, so the extension is loaded without the
    package's ``__init__`` and put in ``sys.modules`` (a later ``import rjieba`` by a host program
    then binds the same module: an extension is initialised once per process).
    """
    name = "rjieba.rjieba"
    for loaded in (sys.modules.get(name), sys.modules.get("rjieba")):
        if loaded is not None:
            return loaded.Jieba
    spec = importlib.util.find_spec("rjieba")
    folders = (spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "rjieba" + suffix)
            if os.path.isfile(path):
                loader = importlib.machinery.ExtensionFileLoader(name, path)
                module_spec = importlib.util.spec_from_loader(name, loader)
                assert module_spec is not None
                module = importlib.util.module_from_spec(module_spec)
                loader.exec_module(module)
                sys.modules[name] = module
                return module.Jieba
    raise ImportError("rjieba is not installed")


_SEGMENTER: Segmenter | None = None
# How many of the user lexicon's jieba lines the segmenter holds (``--lexicon`` files), as of
# which lexicon version.
_USER_LINES = 0
_USER_VERSION = 0


def tokenizer() -> Segmenter:
    """The process's segmenter with the domain lexicon loaded (built on first use), and the
    words of user lexicon files loaded since (:mod:`.lexicon_user`)."""
    global _SEGMENTER, _USER_LINES, _USER_VERSION
    if _SEGMENTER is None:
        with _LOCK:
            if _SEGMENTER is None:
                segmenter = Segmenter()
                for path in lexicon_files():
                    _load_dict(segmenter, path.read_text(encoding="utf-8").splitlines())
                _load_dict(segmenter, _list_words())
                _SEGMENTER = segmenter
    if lexicon_user.version() != _USER_VERSION:
        with _LOCK:
            user = lexicon_user.jieba_lines()
            _load_dict(_SEGMENTER, user[_USER_LINES:])
            _USER_LINES, _USER_VERSION = len(user), lexicon_user.version()
    return _SEGMENTER


def lexicon_files() -> list[Path]:
    """The shipped lexicon's jieba user-dict files, in a stable order."""
    root = resources.files("policyextract") / "lexicon"
    return sorted(Path(str(entry)) for entry in root.iterdir() if str(entry).endswith(".dict"))


#: A word written in Chinese characters only.
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _list_words() -> list[str]:
    """Titles (and 副 + title), the names of provinces and prefectures and the bodies, companies
    and outlets of three characters or more known by name, as user-dict lines (no frequency)."""
    from .facts.places import gazetteer

    titles = lexicon_user.shipped_list("titles")
    # 副 + a title is one word too, else jieba may cut it against the name after it
    # (新闻出版总署副署长孙寿山: 副署 | 长孙 | 寿山).
    words = [*titles, *(f"副{t}" for t in titles if not t.startswith("副"))]
    words += [p.name for p in gazetteer().by_name.values() if p.level != "county"]
    # Bodies, companies and outlets known by name are words, else jieba may cut one against
    # the word next to it (澎湃 | 新闻报道, 成空 | 邮储银行) and the name is never found whole;
    # not those opening with 中国 or a place, which the organisation rules read from that anchor
    # (中国人寿 | 参股 | 深圳市…); nor Latin ones, which would cut longer words (CNN | IC).
    from .facts.places import lookup

    named = (*lexicon_user.shipped_list("companies"), *lexicon_user.shipped_list("organizations"))
    words += [
        w
        for w in named
        if len(w) >= 3 and _HAN_WORD.fullmatch(w) and not w.startswith("中国") and not lookup(w[:2])
    ]
    return words


def _load_dict(segmenter: Segmenter, lines: Iterable[str]) -> None:
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        segmenter.add_word(parts[0], freq, tag)


def segment_text(text: str, *, pos: bool = False) -> list[Token]:
    """Tokens of one paragraph with offsets; ``pos`` adds jieba part-of-speech tags."""
    if pos:
        pairs = tokenizer().tag(text)
        words, flags = [word for word, _ in pairs], [flag for _, flag in pairs]
    else:
        words = tokenizer().cut(text)
        flags = [""] * len(words)
    ends = list(accumulate(map(len, words)))
    starts = [0, *ends[:-1]] if words else []
    # Each Token straight from its fields: Token(...) goes through a Python-level __new__, which
    # doubles the cost of this stage (it makes one Token per word of every paragraph).
    fields = zip(words, flags, starts, ends, strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))


def segment(article: Article, *, pos: bool = False) -> Doc:
    """The article's body segmented, with the publication time as base for relative dates.

    A traditional-script body is segmented (and its facts matched) in simplified script,
    full-width Latin letters and digits as ASCII, and a character-spaced paragraph without its
    spaces, with the page's own paragraphs kept in ``Doc.written`` (see
    :mod:`policyextract.simplify` and :mod:`policyextract.spacing`).
    """
    body, tables, written = list(article.body), list(article.tables), None
    if article.metadata.language == "zh-Hant":
        written, body = body, [simplified(p) for p in body]
        tables = [_simplified_table(t) for t in tables]
    narrow = [narrowed(p) for p in body]
    if narrow != body:
        written, body = written or body, narrow
    positions: list[list[int] | None] | None = None
    spaced = [is_spaced(p) for p in body]
    if any(spaced):
        written = written or body
        pairs = [unspaced(p) if s else (p, None) for p, s in zip(body, spaced, strict=True)]
        body = [text for text, _ in pairs]
        positions = [at for _, at in pairs]
    return Doc(
        paragraphs=body,
        tokens=[segment_text(p, pos=pos) for p in body],
        published=to_datetime(article.metadata.published),
        metadata=article.metadata,
        tables=tables,
        written=written,
        positions=positions,
    )


def _simplified_table(table: Table) -> Table:
    rows = [[simplified(cell) for cell in row] for row in table.rows]
    caption = simplified(table.caption) if table.caption else table.caption
    return table.model_copy(update={"rows": rows, "caption": caption})
