"""Events: an occasion with a date (a 新闻发布会 and its theme), its organiser."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Event(Fact):
    type: Literal["event"] = "event"
    date: str | None
    name: str
    organizer: str | None = None


def extract(doc: Doc) -> list[Fact]:
    return []
