"""Fact extraction: one module per fact type, registered in :data:`EXTRACTORS`.

Each extractor is a plain function ``Doc -> list[Fact]``; it must not keep state between documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import Field

from ..models import Doc
from ..simplify import write_back
from . import (
    campaigns,
    clusters,
    dates,
    documents,
    events,
    officials,
    organizations,
    quantities,
    targets,
)
from .base import Fact
from .campaigns import Campaign
from .clusters import Cluster
from .dates import Date
from .documents import Document
from .events import Event
from .officials import Official
from .organizations import Organization
from .quantities import Quantity
from .targets import Target

Extractor = Callable[[Doc], list[Fact]]

#: The registry: every fact type's extractor, in output order of types.
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("quantity", quantities.extract),
    ("target", targets.extract),
    ("cluster", clusters.extract),
    ("official", officials.extract),
    ("document", documents.extract),
    ("organization", organizations.extract),
    ("date", dates.extract),
    ("event", events.extract),
    ("campaign", campaigns.extract),
]

AnyFact = Annotated[
    Quantity | Target | Cluster | Official | Document | Organization | Date | Event | Campaign,
    Field(discriminator="type"),
]

FACT_TYPES = [name for name, _ in EXTRACTORS]


def extract_facts(doc: Doc) -> list[Fact]:
    """Run every registered extractor; facts come sorted by position, then by type order."""
    order = {name: i for i, name in enumerate(FACT_TYPES)}
    facts: list[Fact] = []
    for _, extractor in EXTRACTORS:
        facts.extend(extractor(doc))
    facts.sort(key=lambda f: (f.paragraph, f.start, order[f.type], f.end))
    if doc.written is not None:  # found in the converted text: written in the page's own
        write_back(facts, doc.paragraphs, doc.written)
    return facts


__all__ = ["EXTRACTORS", "FACT_TYPES", "AnyFact", "Fact", "extract_facts"]
