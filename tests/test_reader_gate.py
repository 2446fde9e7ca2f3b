"""Gate: the reader's averages on ``../shared/realworld`` must not drop below the pinned floors.

The floors live in ``reader_floors.json`` beside this file; the scoring is the evaluation script's
own (``benchmarks/evaluate_reader.py``), imported, not re-implemented. Skipped when the realworld
pages are absent, and for text dumps while the text reader finds no body on any page.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT / ".." / "shared" / "realworld"
FLOORS: dict[str, Any] = json.loads((ROOT / "tests" / "reader_floors.json").read_text("utf-8"))
SCORES = ("f1", "title", "date", "minute")


def _evaluation() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "evaluate_reader", ROOT / "benchmarks" / "evaluate_reader.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    return _evaluation()


@pytest.mark.parametrize("kind", ["html", "text"])
def test_reader_holds_its_floors(kind: str, evaluation: ModuleType) -> None:
    if not (REALWORLD / kind).is_dir():
        pytest.skip(f"../shared/realworld/{kind} is absent")
    rows = evaluation.evaluate(REALWORLD, kind)
    if all(row.error for row in rows):
        pytest.skip(f"the {kind} reader finds no article on any page yet")
    average = evaluation.averages(rows)
    floors = FLOORS[kind]
    below = {k: round(average[k], 4) for k in SCORES if average[k] < floors[k]}
    worst = sorted(rows, key=lambda row: row.f1)[:3]
    assert not below, f"below the floors {floors}: {below}; lowest F1 pages: {worst}"
    leaked = {row.page: row.leaked for row in rows if row.leaks}
    assert len(leaked) <= floors["max_leaks"], f"chrome in the body: {leaked}"


@pytest.mark.parametrize(
    ("gold", "extracted", "expected"),
    [
        (["甲乙丙。"], ["甲乙丙。"], 1.0),  # identical text short-cuts to 1
        (["今天天气很好。"], [], 0.0),  # nothing extracted
        ([], ["多余的文字。"], 0.0),  # nothing expected
    ],
)
def test_metric_edges(
    gold: list[str], extracted: list[str], expected: float, evaluation: ModuleType
) -> None:
    assert evaluation.rouge_l(gold, extracted).f1 == expected


def test_metric_counts_a_missing_sentence_as_lost_recall(evaluation: ModuleType) -> None:
    # Two equal-length sentences, one missing: every extracted token is right (precision 1) and
    # half of the gold tokens are found (recall 1/2).
    score = evaluation.rouge_l(["我们今天开会。他们明天开会。"], ["我们今天开会。"])
    assert (score.precision, score.recall) == (1.0, 0.5)


@pytest.mark.parametrize(
    ("gold", "got", "date", "minute"),
    [
        ("2024-05-20T09:37", "2024-05-20T09:37:00+08:00", True, True),
        ("2024-05-20T09:37", "2024-05-20", True, False),
        ("2024-05-20", "2024-05-20T09:37:00+08:00", True, False),
        ("2024-05-20", "2024-05-21", False, False),
        (None, None, True, True),
    ],
)
def test_date_scores(
    gold: str | None, got: str | None, date: bool, minute: bool, evaluation: ModuleType
) -> None:
    assert (evaluation.same_date(gold, got), evaluation.same_minute(gold, got)) == (date, minute)
