"""policyextract: Chinese policy-news pages → clean, structured, verifiable data."""

from __future__ import annotations

from .errors import ExtractionError
from .pipeline import extract, extract_record

__version__ = "0.1.0"

__all__ = ["ExtractionError", "__version__", "extract", "extract_record"]
