"""Patterns compiled on first use, for the ones a typical page never needs.

The reader holds ~180 patterns, and compiling them is most of its import time (the ``regex``
package parses a pattern in Python). Those that most pages never reach (the text-dump reader's,
table captions, copyright owners, rare date forms) wait for their first use, so that a cold start
(``policyextract extract page.html``) pays only for what its page asks. Patterns that nearly every
page uses stay compiled at import: waiting would only move their cost to the first page.

>>> words = lazy_regex(r"\\p{Han}+")
>>> words.pattern, words.findall("GDP 增长 5%")
('\\\\p{Han}+', ['增长'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from .. import pattern_cache

# What callers ask of a pattern.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern that compiles itself when one of its methods is first called. Its ``pattern``
    (the source) is there from the start, so patterns can be combined without compiling them."""

    def __init__(self, compile: Callable[..., Any], pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._compile = compile
        self._flags = flags

    def _compiled(self) -> Any:
        """Compile, and put the compiled pattern's methods on the instance: they hide the
        class's first-use methods, so that later calls cost what a compiled pattern's do."""
        compiled = self._compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled


def _first_use(name: str) -> Callable[..., Any]:
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._compiled(), name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _first_use(_name))


def lazy_regex(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, done at first use."""
    return LazyPattern(pattern_cache.compile, pattern, flags)


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done at first use."""
    return cast("re.Pattern[str]", LazyPattern(re.compile, pattern, flags))
