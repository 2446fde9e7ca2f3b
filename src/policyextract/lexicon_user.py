"""User lexicon files (``--lexicon FILE``). (Placeholder: being written.)"""

from __future__ import annotations

from .errors import ExtractionError


def load_user_lexicon(path: str) -> None:
    raise ExtractionError(f"{path}: user lexicons are not supported yet")
