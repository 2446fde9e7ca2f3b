"""Gate: officials and organisations on the CLUENER2020 dev sentences must not drop below the
pinned floors (``ner_floors.json`` beside this file).

The scoring is ``benchmarks/evaluate_ner.py``'s own, imported. The floors are on the ``check``
part (a fifth of the sentences, chosen by hash, kept for confirming changes) and on the whole set.
Skipped when ``../shared/ner-dev`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
FLOORS: dict[str, Any] = json.loads((ROOT / "tests" / "ner_floors.json").read_text("utf-8"))


def _evaluation() -> ModuleType:
    return load_benchmark("evaluate_ner")


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    module = _evaluation()
    if not module.NER_DEV.is_file():
        pytest.skip("../shared/ner-dev is absent")
    return module


@pytest.fixture(scope="module")
def figures(evaluation: ModuleType) -> dict[str, dict[str, float]]:
    parts, _ = evaluation.evaluate(evaluation.load())
    return {part: scores.ratios() for part, scores in parts.items()}


@pytest.mark.parametrize("part", ["check", "all"])
def test_officials_and_organisations_hold_their_floors(
    part: str, figures: dict[str, dict[str, float]]
) -> None:
    floors = FLOORS[part]
    got = figures[part]
    below = {k: round(got[k], 4) for k in floors if got[k] < floors[k]}
    assert not below, f"{part}: below the floors {floors}: {below}"


def test_the_mapping_reads_officials_as_the_dev_set_readme_says(evaluation: ModuleType) -> None:
    text = "中国国际经济交流中心世界经济研究部部长徐占忱说，记者王小明报道"
    label = {
        "organization": {"中国国际经济交流中心": [[0, 9]]},
        "position": {"世界经济研究部部长": [[10, 18]], "记者": [[24, 25]]},
        "name": {"徐占忱": [[19, 21]], "王小明": [[26, 28]]},
    }
    officials, not_scored = evaluation.gold_of(text, label)
    assert [(o.name, o.title, o.organization) for o in officials] == [
        ("徐占忱", "世界经济研究部部长", "中国国际经济交流中心")
    ]
    assert not_scored == {"王小明"}  # a reporter is no official, and not scored either way
    text = "党委书记、董事长倪阳平"
    label = {
        "position": {"党委书记": [[0, 3]], "董事长": [[5, 7]]},
        "name": {"倪阳平": [[8, 10]]},
    }
    officials, _ = evaluation.gold_of(text, label)
    assert [(o.name, o.title) for o in officials] == [("倪阳平", "党委书记、董事长")]
