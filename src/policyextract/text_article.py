"""Text dump → Article. (Placeholder: being written.)"""

from __future__ import annotations

from .models import Article, Metadata


def strip_text(text: str) -> Article:
    return Article(metadata=Metadata(), body=[])
