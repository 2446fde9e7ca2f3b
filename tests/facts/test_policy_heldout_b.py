"""Held-out policy news (set b): officials, organisations, documents, events and dates.

``tests/fixtures/facts/policy_b/*.json`` hold short policy-news paragraphs written for these tests
(press conferences, ministry notices, statistics releases, provincial plans; invented names), each
with its publication time and every fact of those five types annotated by hand after FACTS.md and
the README. A fact the tool is known to miss carries ``"miss": reason``; a wrong fact it is known
to add is listed under ``"extra"`` with its reason. Both are strict xfails, so a fix promotes them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "facts" / "policy_b"
TYPES = ("official", "organization", "document", "event", "date")
# The fields compared besides type, paragraph and text (the normalised ones).
FIELDS = {
    "official": ("name", "title", "organization"),
    "organization": ("name",),
    "document": ("title", "action", "date"),
    "event": ("name", "date", "organizer"),
    "date": ("value",),
}
CASES = {path.stem: json.loads(path.read_text("utf-8")) for path in sorted(FIXTURES.glob("*.json"))}

Key = tuple[Any, ...]


def key(fact: dict[str, Any]) -> Key:
    fields = FIELDS[fact["type"]]
    return (fact["type"], fact["paragraph"], fact["text"], *(fact[f] for f in fields))


_FOUND: dict[str, list[Key]] = {}


def found(case: str) -> list[Key]:
    """The tool's facts of one case (computed once; every span checked against its paragraph)."""
    if case not in _FOUND:
        data = CASES[case]
        article = Article(metadata=Metadata(published=data["published"]), body=data["paragraphs"])
        doc = segment(article)
        facts = [f.model_dump() for f in extract_facts(doc) if f.type in TYPES]
        for fact in facts:
            assert (
                data["paragraphs"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]
            )
        _FOUND[case] = [key(f) for f in facts]
    return _FOUND[case]


def _expected_params() -> list[Any]:
    params = []
    for case, data in CASES.items():
        for fact in data["facts"]:
            marks = [pytest.mark.xfail(strict=True, reason=fact["miss"])] if "miss" in fact else []
            ident = f"{case}:{fact['type']}:{fact['text']}"
            params.append(pytest.param(case, key(fact), marks=marks, id=ident))
    return params


def _precision_params() -> list[Any]:
    params = []
    for case, data in CASES.items():
        reason = data.get("extra_reason")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, marks=marks, id=case))
    return params


def test_fixtures_are_well_formed() -> None:
    assert len(CASES) >= 8
    for case, data in CASES.items():
        for fact in data["facts"]:
            paragraph = data["paragraphs"][fact["paragraph"]]
            assert fact["text"] in paragraph, (case, fact)
            assert set(FIELDS[fact["type"]]) <= set(fact), (case, fact)


@pytest.mark.parametrize(("case", "expected"), _expected_params())
def test_expected_fact_is_found(case: str, expected: Key) -> None:
    assert expected in found(case)


@pytest.mark.parametrize("case", _precision_params())
def test_no_unexpected_facts(case: str) -> None:
    expected = [key(f) for f in CASES[case]["facts"]]
    assert [k for k in found(case) if k not in expected] == []
    # One fact per person and per organisation: nothing found twice.
    assert len(found(case)) == len(set(found(case)))
