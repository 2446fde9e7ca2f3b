"""Organisations named in the body, completed from context where unambiguous."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Organization(Fact):
    type: Literal["organization"] = "organization"
    name: str


def extract(doc: Doc) -> list[Fact]:
    return []
