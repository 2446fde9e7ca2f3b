"""Officials: a named person with a stated position (title and organisation)."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Official(Fact):
    type: Literal["official"] = "official"
    name: str
    title: str | None
    organization: str | None = None


def extract(doc: Doc) -> list[Fact]:
    return []
