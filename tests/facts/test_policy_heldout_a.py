"""Held-out policy-news paragraphs (tests/fixtures/facts/policy_a/): quantities, targets,
clusters and campaigns against answers annotated by hand (FACTS.md and the README's conventions).

The paragraphs are our own text in the style of provincial press conferences, statistics releases,
plans and subsidy rules; each fixture's ``note`` gives the annotation decisions. A fact is matched
by (type, text, occurrence) and then compared on its normalised fields: value, unit, qualifier
(quantity); deadline and items' value, unit, qualifier (target); name, place, industry, level
(cluster); name (campaign). Subjects are compared loosely in a test of their own: one must end
with the other (规模以上工业增加值同比增长 ~ 全省规模以上工业增加值同比增长), because where a
noun phrase starts is a judgement call; a subject on the wrong noun still fails.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "facts" / "policy_a"
TYPES = ("quantity", "target", "cluster", "campaign")
CASES: dict[str, dict[str, Any]] = {
    p.stem: json.loads(p.read_text("utf-8")) for p in sorted(FIXTURES.glob("*.json"))
}

Key = tuple[str, str, str, int]  # fixture, type, text, occurrence

# Known misses, run as strict xfails: key → reason.
MISSED: dict[Key, str] = {}
# The target of 05 runs from its 将 (a plan paragraph's goal marker) to the figure.
TARGET_05 = (
    "将深入实施“链长制”，开展“揭榜挂帅”攻关，推进“千企百园”行动和“数字化转型伙伴行动”，"
    "组织不少于100场"
)
# Subjects that are wrong even loosely: key (and item index for targets) → reason.
SUBJECT_MISSES: dict[tuple[str, str, str, int, int], str] = {
    ("05_campaigns_next_step", "target", TARGET_05, 0, 0): "对接活动 dropped",
    ("05_campaigns_next_step", "quantity", "不少于100场", 0, 0): "对接活动 dropped",
    ("10_subsidy_rules", "quantity", "10%", 0, 0): "实际投入的 before the number",
}


def _extract(case: dict[str, Any]) -> dict[Key, dict[str, Any]]:
    doc = segment(Article(metadata=Metadata(published=case["published"]), body=[case["paragraph"]]))
    seen: Counter[tuple[str, str]] = Counter()
    found: dict[Key, dict[str, Any]] = {}
    for fact in extract_facts(doc):
        if fact.type not in TYPES:
            continue
        assert case["paragraph"][fact.start : fact.end] == fact.text
        n = seen[fact.type, fact.text]
        seen[fact.type, fact.text] += 1
        found["", fact.type, fact.text, n] = fact.model_dump()
    return found


EXTRACTED = {name: _extract(case) for name, case in CASES.items()}


def _expected() -> list[tuple[Key, dict[str, Any]]]:
    rows = []
    for name, case in CASES.items():
        seen: Counter[tuple[str, str]] = Counter()
        for fact in case["facts"]:
            n = seen[fact["type"], fact["text"]]
            seen[fact["type"], fact["text"]] += 1
            rows.append(((name, fact["type"], fact["text"], n), fact))
    return rows


EXPECTED = _expected()


def _normal(fact: dict[str, Any]) -> dict[str, Any]:
    """The fields compared strictly: everything but spans, rules and subjects."""
    if fact["type"] == "target":
        items = [(i["value"], i["unit"], i["qualifier"]) for i in fact["items"]]
        return {"deadline": fact["deadline"], "items": items}
    # unit_text (schema 3) postdates these fixtures; tests/facts/test_quantities.py checks it.
    skip = {"type", "text", "paragraph", "start", "end", "rule", "subject", "unit_text"}
    return {k: v for k, v in fact.items() if k not in skip}


def _xfail(reason: str | None) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param(key, fact, id="-".join(map(str, key)), marks=_xfail(MISSED.get(key)))
        for key, fact in EXPECTED
    ],
)
def test_fact_is_extracted(key: Key, expected: dict[str, Any]) -> None:
    got = EXTRACTED[key[0]].get(("", *key[1:]))
    assert got is not None, f"missing {key}"
    assert _normal(got) == _normal(expected)


def _subjects() -> list[Any]:
    params = []
    for key, fact in EXPECTED:
        subjects = (
            [i["subject"] for i in fact["items"]]
            if fact["type"] == "target"
            else [fact["subject"]]
            if fact["type"] == "quantity"
            else []
        )
        for k, subject in enumerate(subjects):
            full = (*key, k)
            reason = SUBJECT_MISSES.get(full) or MISSED.get(key)
            params.append(
                pytest.param(key, k, subject, id="-".join(map(str, full)), marks=_xfail(reason))
            )
    return params


def _loosely_equal(got: str | None, expected: str | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return got.endswith(expected) or expected.endswith(got)


@pytest.mark.parametrize(("key", "index", "subject"), _subjects())
def test_subject_loosely(key: Key, index: int, subject: str | None) -> None:
    got = EXTRACTED[key[0]].get(("", *key[1:]))
    assert got is not None, f"missing {key}"
    found = got["items"][index]["subject"] if key[1] == "target" else got["subject"]
    assert _loosely_equal(found, subject), (found, subject)


# Extra facts of these types found although not annotated, per fixture → reason.
SPURIOUS: dict[str, str] = {}


@pytest.mark.parametrize("name", [pytest.param(n, marks=_xfail(SPURIOUS.get(n))) for n in CASES])
def test_nothing_else_is_found(name: str) -> None:
    expected = {key[1:] for key, _ in EXPECTED if key[0] == name}
    extra = sorted(key[1:] for key in EXTRACTED[name] if key[1:] not in expected)
    assert extra == []
