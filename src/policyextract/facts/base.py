"""What every fact carries: its type, exact surface text, span and the rule that produced it."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar, Token
from functools import cache, partial
from typing import Any, Literal, TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from .. import pattern_cache
from ..models import Doc

Qualifier = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than"]
Number = int | float


class Fact(BaseModel):
    """Base of every fact: ``doc.paragraphs[paragraph][start:end] == text``."""

    model_config = ConfigDict(extra="forbid")

    type: str
    text: str
    paragraph: int
    start: int
    end: int
    rule: str


T = TypeVar("T")
# The document being read by extract_facts, and what its extractors computed for it.
_SHARED: ContextVar[tuple[Doc, dict[Hashable, Any]] | None] = ContextVar("shared", default=None)


class Sharing:
    """Within ``with Sharing(doc)``, what one extractor computes for ``doc`` (a paragraph's
    quantities, the body's dates) serves the others too (see :func:`shared`); nothing outlives
    the block. (A class, not a generator context manager: it runs once per document.)"""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._token: Token[tuple[Doc, dict[Hashable, Any]] | None] | None = None

    def __enter__(self) -> None:
        self._token = _SHARED.set((self._doc, {}))

    def __exit__(self, *_: object) -> None:
        if self._token is not None:
            _SHARED.reset(self._token)


def shared(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, once per ``key`` for ``doc`` inside :class:`Sharing`; else every time (an
    extractor called on its own)."""
    current = _SHARED.get()
    if current is None or current[0] is not doc:
        return compute()
    memo = current[1]
    if key not in memo:
        memo[key] = compute()
    found: T = memo[key]
    return found


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """``regex.compile(pattern, flags)`` on the first call, the same pattern after: for the
    patterns most pages never need, whose compiling would cost every start of the program."""
    return cache(partial(pattern_cache.compile, pattern, flags))
