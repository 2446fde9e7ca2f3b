"""policyextract: Chinese policy-news pages → clean, structured, verifiable data."""

from __future__ import annotations

from typing import Any

from .errors import ExtractionError
from .pipeline import extract, extract_record

__version__ = "0.1.0"

__all__ = ["ExtractionError", "__version__", "extract", "extract_record", "to_spacy"]


def __getattr__(name: str) -> Any:
    # spaCy is heavy: ``to_spacy`` imports it on first access, never at ``import policyextract``.
    if name == "to_spacy":
        from .spacy_export import to_spacy

        return to_spacy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
