"""Dates, resolved against the publication time (去年 → 2023, 6月7日 → 2024-06-07)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ..models import Doc
from .base import Fact


class Date(Fact):
    type: Literal["date"] = "date"
    value: str | None


def extract(doc: Doc) -> list[Fact]:
    return []


def resolve_date(expression: str, published: datetime | None) -> str | None:
    """An explicit or relative date expression → ISO 8601 (or interval), else ``None``.

    Resolved against ``published``, never the machine clock: 去年 → "2023", 今年 → "2024",
    6月7日 → "2024-06-07", 到2025年 → "2025", 2025年底 → "2025-12" (publication in 2024).
    (Contract stub: being written.)
    """
    return None
