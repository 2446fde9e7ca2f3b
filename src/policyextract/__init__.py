"""policyextract: Chinese policy-news pages → clean, structured, verifiable data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ExtractionError

if TYPE_CHECKING:
    from .pipeline import extract, extract_record

__version__ = "0.1.0"

__all__ = ["ExtractionError", "__version__", "extract", "extract_record", "to_spacy"]


def __getattr__(name: str) -> Any:
    # The pipeline (jieba, lxml, the lexicons: ~0.3 s) loads on first use, so that the command
    # line owns Ctrl-C from its first instant (one line, exit 130, no traceback from an import).
    if name in ("extract", "extract_record"):
        from . import pipeline

        return getattr(pipeline, name)
    # spaCy is heavy: ``to_spacy`` imports it on first access, never at ``import policyextract``.
    if name == "to_spacy":
        from .spacy_export import to_spacy

        return to_spacy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
