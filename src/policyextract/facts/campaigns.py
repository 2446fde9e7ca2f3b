"""Campaigns: a named action, pattern or programme in quotes (“十链百群万企”)."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Campaign(Fact):
    type: Literal["campaign"] = "campaign"
    name: str


def extract(doc: Doc) -> list[Fact]:
    return []
