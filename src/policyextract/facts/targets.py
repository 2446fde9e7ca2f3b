"""Targets: a goal for the future with deadline, action and items (到2025年形成3个…、8个…)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..models import Doc
from .base import Fact, Number, Qualifier


class TargetItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str | None
    value: Number | None
    unit: str | None
    qualifier: Qualifier = "exact"


class Target(Fact):
    type: Literal["target"] = "target"
    deadline: str | None
    action: str | None = None
    label: str | None = None
    items: list[TargetItem]


def extract(doc: Doc) -> list[Fact]:
    return []
