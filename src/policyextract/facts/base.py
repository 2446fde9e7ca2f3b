"""What every fact carries: its type, exact surface text, span and the rule that produced it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

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


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """``regex.compile(pattern, flags)`` on the first call, the same pattern after: for the
    patterns most pages never need, whose compiling would cost every start of the program."""
    return cache(partial(regex.compile, pattern, flags))
