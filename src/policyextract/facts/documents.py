"""Policy documents named in 《》: title, action (出台, 印发…), resolved date."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Document(Fact):
    type: Literal["document"] = "document"
    title: str
    action: str | None = None
    date: str | None = None


def extract(doc: Doc) -> list[Fact]:
    return []
