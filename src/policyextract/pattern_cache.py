"""Compiled patterns kept between runs, so that a start of the program does not parse them again.

The ``regex`` package parses a pattern in Python: the ~300 patterns of the reader and the fact
extractors cost ~150 ms to compile, a third of a cold ``policyextract extract``. A compiled
pattern pickles as its compiled code, and unpickling rebuilds it in C (~6 ms for all of them), as
Python's own bytecode cache spares a module's parsing. :func:`compile` returns the pattern an
earlier run compiled from the same source and flags, and compiles it otherwise. At exit, a run
that compiled anything new writes the patterns it used beside those the file held, so that runs
of different kinds (a text dump, an HTML page, a user lexicon) stop recompiling each other's; past
:data:`MAX_PATTERNS` the file keeps only this run's, so it never grows with old pattern sets.

Where: ``patterns-<regex version>-<python tag>.pickle`` in ``$POLICYEXTRACT_CACHE_DIR``, else in
``$XDG_CACHE_HOME/policyextract``, else in ``~/.cache/policyextract``. An empty
``POLICYEXTRACT_CACHE_DIR``, or no home directory to be found, turns the cache off.

It is only a speed-up, so a missing, unreadable, corrupt or unwritable file is passed over and
the patterns compile as before; the patterns, and so every output, are the same either way. The
file is written owner-only and read only when the current user owns it and nobody else may write
it (unpickling trusts the file, as the bytecode cache trusts its files). Only patterns whose
source is fixed by the program and its data go through here: a pattern built from a page's words
is compiled directly, or the file would grow with every page.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import regex

_MAGIC = b"policyextract patterns 1\n"
#: The most patterns the file keeps: about twice what one run uses (loading the file costs ~6 ms
#: per 400 patterns, so the bound also bounds what a cold start pays for it).
MAX_PATTERNS = 800
_DIGEST = 16

Key = tuple[str, int]


def cache_path() -> Path | None:
    """The cache file for this ``regex`` and Python, or ``None`` when the cache is off."""
    chosen = os.environ.get("POLICYEXTRACT_CACHE_DIR")
    if chosen is not None:
        if not chosen:
            return None
        folder = Path(chosen)
    else:
        base = os.environ.get("XDG_CACHE_HOME")
        if not base:
            home = os.path.expanduser("~")
            if not os.path.isabs(home):
                return None  # no home to keep a cache in: never a folder named ~ in the working one
            base = os.path.join(home, ".cache")
        folder = Path(base) / "policyextract"
    return folder / f"patterns-{regex.__version__}-{sys.implementation.cache_tag}.pickle"


def load(path: Path) -> dict[Key, regex.Pattern[str]]:
    """The patterns stored at ``path``; empty when the file is missing, not the user's own,
    writable by others, or not a whole file this module wrote."""
    try:
        with path.open("rb") as file:
            info = os.fstat(file.fileno())
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return {}
            data = file.read()
    except OSError:
        return {}
    start = len(_MAGIC) + _DIGEST
    head, digest, payload = data[: len(_MAGIC)], data[len(_MAGIC) : start], data[start:]
    if head != _MAGIC or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return {}
    try:
        stored = pickle.loads(payload)
    except Exception:  # a file of another version of this module: start afresh
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        key: pattern
        for key, pattern in stored.items()
        if isinstance(pattern, regex.Pattern) and pattern.pattern == key[0]
    }


def save(path: Path, patterns: dict[Key, regex.Pattern[str]]) -> None:
    """Write ``patterns`` to ``path`` whole or not at all (a temporary file, then a rename), so
    that runs ending at the same time leave one of their files, never a mix."""
    payload = pickle.dumps(patterns, protocol=pickle.HIGHEST_PROTOCOL)
    digest = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + digest + payload)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


class PatternCache:
    """The patterns of one run: those loaded from the file, and those this run has used."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.stored: dict[Key, regex.Pattern[str]] | None = None
        self.used: dict[Key, regex.Pattern[str]] = {}
        self.compiled_new = False

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        key = (pattern, int(flags))
        found = self.used.get(key)
        if found is None:
            if self.stored is None:
                self.stored = load(self.path) if self.path is not None else {}
            found = self.stored.get(key)
            if found is None:
                found = regex.compile(pattern, flags)
                self.compiled_new = True
            self.used[key] = found
        return found

    def write(self) -> None:
        """Store this run's patterns, with the file's others, if it compiled any the file did
        not have; only this run's when both together pass :data:`MAX_PATTERNS`."""
        if self.compiled_new and self.path is not None:
            kept = {**(self.stored or {}), **self.used}
            save(self.path, kept if len(kept) <= MAX_PATTERNS else self.used)


_CACHE = PatternCache(cache_path())
atexit.register(_CACHE.write)


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, taken from the cache of earlier runs when it is there."""
    return _CACHE.compile(pattern, flags)


def longest_first(words: Iterable[str]) -> list[str]:
    """Words longest first, then in code-point order. An alternation of them prefers the longer
    of two words that start alike, and is the same string in every run, where a set's order is
    not: the same pattern, and a hit in the cache."""
    return sorted(words, key=lambda word: (-len(word), word))
