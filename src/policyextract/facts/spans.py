"""Token-boundary helpers: align regex matches on raw text with jieba's words.

A regex match found on the raw text is only a fact when it does not cut a word in two: 一 in 统一
or 两位 in 两位数 start or end inside a jieba token. Tokens of a paragraph are contiguous and sorted
by offset, so lookups bisect instead of scanning.

>>> from policyextract.models import Token
>>> toks = [Token("统一", "", 0, 2), Token("两位数", "", 2, 5)]
>>> crosses_word(toks, 1, 2), crosses_word(toks, 2, 4), crosses_word(toks, 0, 5)
(True, True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, wraps
from importlib import resources
from itertools import accumulate
from operator import attrgetter
from typing import TypeVar

from .. import lexicon_user, pattern_cache
from ..lexicon_user import shipped_list
from ..models import Token
from ..segmentation import tokenizer

_HAN_WORD = pattern_cache.compile(r"\p{Han}{2,}")
#: A word written in Han characters only, of any length.
HAN_RUN = pattern_cache.compile(r"\p{Han}+")
#: The dots between the parts of a name (杰夫·莫雷尔, 伊爾塞﹒艾格納; 中国铁建·青秀城, a project).
NAME_DOTS = "·•‧・﹒"
# Bisection keys: C getters, not Python functions (a lookup calls its key at every step).
_start = attrgetter("start")
_end = attrgetter("end")

# Characters of transliterated foreign names (弗里吉尔森, 梅德韦杰夫): the officials' rules read
# foreign names by them, the organisations' a foreign name before a name's dot.
TRANSLIT = frozenset("".join(shipped_list("translit_chars")))


@cache
def single_surnames() -> frozenset[str]:
    """The surnames of one character (``lexicon/surnames``: some 450)."""
    return frozenset(s for s in shipped_list("surnames") if len(s) == 1)


def token_at(tokens: list[Token], offset: int) -> int:
    """Index of the token that contains character ``offset`` (``-1`` outside the tokens)."""
    i = bisect_right(tokens, offset, key=_start) - 1
    if 0 <= i < len(tokens) and tokens[i].start <= offset < tokens[i].end:
        return i
    return -1


def inside_word(tokens: list[Token], offset: int) -> bool:
    """``True`` when ``offset`` falls strictly inside a token (not on a boundary)."""
    i = token_at(tokens, offset)
    return i >= 0 and tokens[i].start < offset


def crosses_word(tokens: list[Token], start: int, end: int) -> bool:
    """``True`` when the span ``[start, end)`` starts or ends inside a jieba word."""
    return inside_word(tokens, start) or inside_word(tokens, end)


def tokens_before(tokens: list[Token], offset: int, last: int | None = None) -> list[Token]:
    """The tokens that end at or before ``offset``, in text order (only the ``last`` ones)."""
    i = bisect_right(tokens, offset, key=_end)
    return tokens[max(0, i - last) if last is not None else 0 : i]


def tokens_from(tokens: list[Token], offset: int, first: int | None = None) -> list[Token]:
    """The tokens that start at or after ``offset``, in text order (only the ``first`` ones).

    Bounded slices keep the callers linear on pathological single-line pages.
    """
    i = bisect_right(tokens, offset - 1, key=_start)
    return tokens[i : i + first] if first is not None else tokens[i:]


def tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens that start in ``[start, end)``, in text order."""
    i = bisect_right(tokens, start - 1, key=_start)
    j = bisect_right(tokens, end - 1, key=_start)
    return tokens[i:j]


class SpanIndex:
    """Spans sorted by start with the running furthest end: whether a span overlaps one of them,
    or lies inside one, by bisection (a paragraph of N figures or names stays linear, not N × N
    as a scan of every span for every question is)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the spans starting before ``end``
        return k > 0 and self.reach[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether one span holds all of ``[start, end)``."""
        k = bisect_right(self.starts, start)  # the spans starting at or before ``start``
        return k > 0 and self.reach[k - 1] >= end


def starts_pattern(words: frozenset[str] | set[str]) -> re.Pattern[str]:
    """Where one of ``words`` may start: one of their first characters followed by one of their
    second characters, or a word of one character. A superset (the caller looks the word up):
    a cheap pattern to compile and about twice as fast as an alternation of the words' first two
    characters."""
    firsts = {word[0] for word in words if len(word) > 1}
    seconds = {word[1] for word in words if len(word) > 1}
    singles = {word for word in words if len(word) == 1}

    def chars(found: set[str]) -> str:
        return "".join(sorted(map(re.escape, found)))

    pattern = f"[{chars(firsts)}](?=[{chars(seconds)}])" if firsts else "(?!)"
    return re.compile(f"{pattern}|[{chars(singles)}]" if singles else pattern)


def word_list(text: str) -> tuple[str, ...]:
    """A word list written as one space-separated string (language data reads better so)."""
    return tuple(text.split())


#: A memo of tags holds at most this many words (a batch of pages may read a large vocabulary).
MEMO_WORDS = 100_000


T = TypeVar("T")


def lexicon_memo(compute: Callable[[str], T]) -> Callable[[str], T]:
    """``compute`` (what a word is, read from the lexicon: never ``None``) remembered per word
    until a user lexicon is loaded: the subject rules ask about the same few thousand words again
    and again."""
    memo: dict[str, T] = {}
    seen = [lexicon_user.version()]

    @wraps(compute)
    def lookup(word: str) -> T:
        version = lexicon_user.version()
        if version != seen[0]:
            memo.clear()  # a user lexicon loaded since: its tags may differ
            seen[0] = version
        found = memo.get(word)
        if found is None:
            if len(memo) >= MEMO_WORDS:
                memo.clear()
            found = memo[word] = compute(word)
        return found

    return lookup


@lexicon_memo
def word_tag(word: str) -> str:
    """The part of speech of ``word`` as jieba's dictionary gives it — a lookup, not a posseg run.

    Tags come from the user lexicon (words added with a tag), then from
    ``lexicon/word_classes.tsv`` (jieba's non-nouns; loading jieba.posseg's full table would cost
    about 1 s per process). A word of two or more Han characters found in neither is a noun; any
    other unknown word (digits, punctuation, a lone character) is "".

    >>> word_tag("形成"), word_tag("培育"), word_tag("集群"), word_tag("3")
    ('v', 'vn', 'n', '')
    """
    tag = tokenizer().user_word_tag_tab.get(word) or _word_classes().get(word)
    if tag is None:
        if _HAN_WORD.fullmatch(word):
            return "n"
        return "eng" if word.isascii() and word.isalpha() else ""
    return str(tag)


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, str]:
    # Generated classes first, then the hand-kept corrections, which win.
    classes: dict[str, str] = {}
    for name in ("word_classes.tsv", "word_class_fixes.tsv"):
        lines = (resources.files("policyextract") / "lexicon" / name).read_text("utf-8")
        for line in lines.splitlines():
            word, _, tag = line.partition("\t")
            if tag and not word.startswith("#"):
                classes[word] = tag
    return classes
