"""Every fact of the acceptance article, against ``golden/seed.facts.json``.

The golden file was typed by hand from the article, sentence by sentence (spans located by
searching the typed text in the body); the README's fact conventions explain each choice. A fact is
matched by type and span, then compared field by field; ``rule`` is an implementation detail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policyextract import extract

ROOT = Path(__file__).resolve().parents[1]
GOLDEN: list[dict[str, Any]] = json.loads(
    (ROOT / "tests" / "golden" / "seed.facts.json").read_text("utf-8")
)
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters"

# Known misses, run as strict xfails: (type, paragraph, text) → reason. None at present.
KNOWN_MISSES: dict[tuple[str, int, str], str] = {}


def _key(fact: dict[str, Any]) -> tuple[str, int, int, int]:
    return fact["type"], fact["paragraph"], fact["start"], fact["end"]


@pytest.fixture(scope="module", params=[".txt", ".html"])
def facts(request: pytest.FixtureRequest) -> dict[tuple[str, int, int, int], dict[str, Any]]:
    record = extract(SEED.with_suffix(request.param))
    found = {}
    for fact in record["facts"]:
        assert record["body"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]
        found[_key(fact)] = {k: v for k, v in fact.items() if k != "rule"}
    return found


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(
            fact,
            id=f"{fact['type']}-{fact['paragraph']}-{fact['text']}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[key])]
            if (key := (fact["type"], fact["paragraph"], fact["text"])) in KNOWN_MISSES
            else [],
        )
        for fact in GOLDEN
    ],
)
def test_golden_fact_is_extracted(
    expected: dict[str, Any], facts: dict[tuple[str, int, int, int], dict[str, Any]]
) -> None:
    assert facts.get(_key(expected)) == expected


def test_no_fact_beyond_the_golden(
    facts: dict[tuple[str, int, int, int], dict[str, Any]],
) -> None:
    extra = sorted(set(facts) - {_key(fact) for fact in GOLDEN})
    assert extra == []


def test_nothing_from_the_chrome(facts: dict[tuple[str, int, int, int], dict[str, Any]]) -> None:
    texts = {fact["text"] for fact in facts.values()}
    for chrome_figure in ["16.1%", "0.01%", "6.6亿", "250014", "0531-85196503"]:
        assert chrome_figure not in texts
