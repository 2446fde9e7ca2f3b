"""Fact extraction: one module per fact type, registered in :data:`EXTRACTORS`.

Each extractor is a plain function ``Doc -> list[Fact]``; it must not keep state between documents.

This package is also callable: ``policyextract.facts(body, published=…)`` is
:func:`policyextract.pipeline.body_facts` (the facts of a clean body). The package holds the
name ``policyextract.facts``, so the API function can only be reached under it by the package
itself being the function (see :class:`_CallablePackage`).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Sequence
from datetime import date
from typing import Annotated, Any

from pydantic import Field

from ..lexicon_user import Lexicons
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
from .base import Fact, Sharing
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
_ORDER = {name: i for i, name in enumerate(FACT_TYPES)}


def extract_facts(doc: Doc) -> list[Fact]:
    """Run every registered extractor; facts come sorted by position, then by type order."""
    facts: list[Fact] = []
    with Sharing(doc):  # quantities and dates are found once, for every extractor that needs them
        for _, extractor in EXTRACTORS:
            facts.extend(extractor(doc))
    facts.sort(key=lambda f: (f.paragraph, f.start, _ORDER[f.type], f.end))
    if doc.written is not None:  # found in the converted text: written in the page's own
        write_back(facts, doc)
    return facts


__all__ = ["EXTRACTORS", "FACT_TYPES", "AnyFact", "Fact", "extract_facts"]


class _CallablePackage(types.ModuleType):
    """``policyextract.facts`` as the API function :func:`policyextract.pipeline.body_facts`.

    The import system binds ``policyextract.facts`` to this package whenever it is imported,
    so a function of that name in ``policyextract/__init__.py`` would be replaced by the package
    on first use of the pipeline; the package therefore calls the function itself.
    """

    def __call__(
        self,
        body: str | Sequence[str],
        *,
        published: str | date | None = None,
        lexicon: Lexicons = None,
    ) -> list[dict[str, Any]]:
        """The facts of a clean body: :func:`policyextract.pipeline.body_facts`."""
        from ..pipeline import body_facts

        return body_facts(body, published=published, lexicon=lexicon)


sys.modules[__name__].__class__ = _CallablePackage
