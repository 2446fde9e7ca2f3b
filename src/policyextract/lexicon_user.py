"""The word lists the fact rules use, and user lexicon files (``--lexicon FILE``).

The shipped lists live in ``lexicon/*.txt`` (one entry a line, ``#`` starts a comment). A user
file extends them for the rest of the process. Its format is sections of one entry a line::

    # comment
    [titles]            # official titles: 首席数据官
    [org_suffixes]      # last words of organisation names: 数据局
    [organizations]     # full organisation names, found as written: 国家数据局
    [clusters]          # full cluster names: 苏州市纳米新材料集群
    [words]             # jieba user-dict lines (word [freq] [tag]): 低空经济 n

Every entry is also a word for jieba (:func:`jieba_lines`), so segmentation keeps it whole. The
rules read the lists through :func:`word_list`, and they and the segmenter rebuild what depends
on them when :func:`version` changes. This module imports no stage: the segmenter pulls the words.

Loading is additive and process-wide (a loaded file cannot be unloaded), and idempotent: a file
whose content was loaded already, under any name, is not loaded again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import ExtractionError

#: The API's ``lexicon=``: one user lexicon file or several.
Lexicons = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None

#: Sections of a user file → the shipped list each one extends (``None``: no shipped list).
SECTIONS: dict[str, str | None] = {
    "titles": "titles",
    "org_suffixes": "org_suffixes",
    "organizations": "organizations",
    "clusters": None,
    "words": None,
}

_USER: dict[str, list[str]] = {name: [] for name in SECTIONS}
# jieba user-dict lines (``word [freq] [tag]``) of every user file loaded, in load order.
_JIEBA: list[str] = []
_VERSION = 0
# The content hashes of the files loaded, and their absolute paths in load order.
_LOADED: set[str] = set()
_FILES: list[str] = []


@cache
def shipped_list(name: str) -> tuple[str, ...]:
    """The entries of ``lexicon/<name>.txt`` in file order: one or more a line, separated by
    white space; ``#`` starts a comment.

    A list built by a script from an inventory is merged in: the entries of
    ``<name>_generated.txt`` (never edited by hand) follow, and those of ``<name>_excluded.txt``
    (hand corrections the script never overwrites) are dropped from both."""
    entries = list(_read_list(name))
    excluded = set(_read_list(f"{name}_excluded"))
    seen = set(entries)
    for entry in _read_list(f"{name}_generated"):
        if entry not in seen:
            entries.append(entry)
            seen.add(entry)
    return tuple(e for e in entries if e not in excluded)


def _read_list(name: str) -> tuple[str, ...]:
    data = resources.files("policyextract") / "lexicon" / f"{name}.txt"
    if not data.is_file():
        return ()
    entries = []
    for line in data.read_text(encoding="utf-8").splitlines():
        entries.extend(line.split("#", 1)[0].split())
    return tuple(entries)


def word_list(name: str) -> tuple[str, ...]:
    """A shipped list (or a user-only section) with the user's entries appended."""
    shipped = shipped_list(name) if SECTIONS.get(name, name) is not None else ()
    return shipped + tuple(_USER.get(name, ()))


def version() -> int:
    """Changes whenever a user lexicon is loaded: rules cache their patterns per version."""
    return _VERSION


def jieba_lines() -> tuple[str, ...]:
    """The user files' jieba user-dict lines so far (each file's lines are appended)."""
    return tuple(_JIEBA)


def parse_user_lexicon(text: str, source: str = "lexicon") -> dict[str, list[str]]:
    """The sections of a user lexicon file; :class:`ExtractionError` for a malformed one."""
    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry.startswith("["):
            name = entry.strip("[]").strip()
            if not entry.endswith("]") or name not in SECTIONS:
                raise ExtractionError(
                    f"{source}:{number}: unknown section {entry!r} "
                    f"(expected one of {', '.join(SECTIONS)})",
                    stage="lexicon",
                )
            current = name
            continue
        if current is None:
            raise ExtractionError(
                f"{source}:{number}: entry before any section (start with e.g. [titles])",
                stage="lexicon",
            )
        if current != "words" and len(entry.split()) != 1:
            raise ExtractionError(
                f"{source}:{number}: one entry a line expected in [{current}]", stage="lexicon"
            )
        sections[current].append(entry)
    return sections


def loaded_files() -> tuple[str, ...]:
    """The absolute paths of the user files loaded in this process, in load order (worker
    processes started later load them too: :func:`policyextract.extract_many`)."""
    return tuple(_FILES)


def load_user_lexicon(path: str) -> bool:
    """Extend the lexicon of this process with the user file at ``path``; ``False`` (nothing
    done) when a file with the same content was loaded before."""
    global _VERSION
    try:
        data = Path(path).read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ExtractionError(f"{path}: lexicon is not UTF-8 text", stage="lexicon") from err
    except OSError as err:
        reason = err.strerror or str(err)
        raise ExtractionError(f"{path}: cannot read lexicon: {reason}", stage="lexicon") from err
    digest = hashlib.sha256(data).hexdigest()
    if digest in _LOADED:
        return False
    sections = parse_user_lexicon(text, path)
    _JIEBA.extend(sections["words"])
    for name in ("titles", "org_suffixes", "organizations", "clusters"):
        _JIEBA.extend(sections[name])
    for name, entries in sections.items():
        _USER[name].extend(e.split()[0] for e in entries)
    _LOADED.add(digest)
    _FILES.append(os.path.abspath(path))
    _VERSION += 1
    return True


def use_lexicons(lexicon: Lexicons) -> None:
    """Load the API's ``lexicon=`` (a file or several; ``None``: nothing) into this process.

    Lexicons are process-wide and additive, as with the CLI: once loaded, a file applies to
    every later page (and to :func:`policyextract.extract_many`'s workers); it cannot be
    unloaded. Loading a file whose content is already loaded does nothing, so passing the same
    ``lexicon=`` on every call costs one small read. The segmenter is policyextract's own: the
    host program's ``jieba`` is not touched.
    """
    if lexicon is None:
        return
    files = [lexicon] if isinstance(lexicon, str | os.PathLike) else list(lexicon)
    for file in files:
        load_user_lexicon(os.fspath(file))
