"""Every registered extractor keeps exact spans on the real bodies of ../shared/realworld.

One test for all fact types (it replaced a copy per type): run with the page's publication time
and without one, since relative dates and deadlines take different paths then.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyextract.facts import EXTRACTORS
from policyextract.facts.targets import Target
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "realworld" / "gold"


@pytest.mark.parametrize("with_published", [True, False], ids=["published", "no-base"])
@pytest.mark.parametrize(("name", "extractor"), EXTRACTORS, ids=[n for n, _ in EXTRACTORS])
def test_realworld_spans(name: str, extractor, with_published: bool) -> None:  # type: ignore[no-untyped-def]
    if not GOLD.is_dir():
        pytest.skip("../shared/realworld is absent")
    count = 0
    for path in sorted(GOLD.glob("*.json")):
        page = json.loads(path.read_text("utf-8"))
        published = page["published"] if with_published else None
        doc = segment(Article(metadata=Metadata(published=published), body=page["body"]))
        for fact in extractor(doc):
            assert doc.paragraphs[fact.paragraph][fact.start : fact.end] == fact.text, path.name
            if name == "target":
                assert isinstance(fact, Target) and fact.items
            count += 1
    if name == "date" and with_published:
        assert count > 100
