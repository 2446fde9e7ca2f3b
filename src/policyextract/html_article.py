"""HTML → Article. (Placeholder: being written.)"""

from __future__ import annotations

from .models import Article, Metadata


def strip_html(html: str) -> Article:
    return Article(metadata=Metadata(), body=[])
