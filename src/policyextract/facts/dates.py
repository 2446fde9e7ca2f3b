"""Dates, resolved against the publication time (去年 → 2023, 6月7日 → 2024-06-07)."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Date(Fact):
    type: Literal["date"] = "date"
    value: str | None


def extract(doc: Doc) -> list[Fact]:
    return []
