"""Named industrial clusters (潍坊市动力装备集群): name, place, industry, level."""

from __future__ import annotations

from typing import Literal

from ..models import Doc
from .base import Fact


class Cluster(Fact):
    type: Literal["cluster"] = "cluster"
    name: str
    place: str | None = None
    industry: str | None = None
    level: Literal["world", "national", "provincial"] | None = None


def extract(doc: Doc) -> list[Fact]:
    return []
