"""Collection settings and fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policyextract import lexicon_user

# A standalone fuzzing script (needs atheris, runs for minutes): not part of the pytest run, and
# not importable for --doctest-modules where atheris is not installed.
collect_ignore_glob = ["hostile/atheris_*.py"]


@pytest.fixture
def restore_lexicon() -> Iterator[None]:
    """User lexicons change the process; put the rules' lists back after the test. The words
    stay in the segmenter (it cannot drop them), so tests load made-up words."""
    saved = {name: list(entries) for name, entries in lexicon_user._USER.items()}
    loaded, files = set(lexicon_user._LOADED), list(lexicon_user._FILES)
    version = lexicon_user._VERSION
    yield
    for name, entries in saved.items():
        lexicon_user._USER[name][:] = entries
    lexicon_user._LOADED.clear()
    lexicon_user._LOADED.update(loaded)  # a file loaded by the test can be loaded again
    lexicon_user._FILES[:] = files
    lexicon_user._VERSION = version + 1000  # patterns built meanwhile are not reused
