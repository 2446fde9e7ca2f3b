"""Quantities: a number with its measure word, normalised (12.2万家 → 122000 家)."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact, Number, Qualifier


class Quantity(Fact):
    type: Literal["quantity"] = "quantity"
    value: Number | None
    unit: str | None
    subject: str | None = None
    qualifier: Qualifier = "exact"


def extract(doc: Doc) -> list[Fact]:
    return []
