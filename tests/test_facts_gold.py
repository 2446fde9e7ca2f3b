"""The hand-annotated fact samples (``benchmarks/facts_gold/``, ``benchmarks/facts_gold_dev/``)
stay checkable: every gold fact's ``text`` stands in its paragraph of the page's gold body, and
``evaluate_facts.py --pages`` scores exactly the pages it names. Skipped when ``../shared`` is
absent (the bodies live there, never in the project)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_benchmark


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    module = load_benchmark("evaluate_facts")
    if not (module.REALWORLD / "gold").is_dir() or not (module.REALWORLD_DEV / "gold").is_dir():
        pytest.skip("../shared/realworld and realworld-dev are absent")
    return module


@pytest.mark.parametrize("sample", ["facts_gold", "facts_gold_dev"])
def test_every_gold_span_stands_in_its_paragraph(evaluation: ModuleType, sample: str) -> None:
    gold = evaluation.GOLD if sample == "facts_gold" else evaluation.GOLD_DEV
    realworld = evaluation.REALWORLD if sample == "facts_gold" else evaluation.REALWORLD_DEV
    bodies: dict[str, list[str]] = {}
    missing = []
    files = sorted(gold.glob("*/*.json"))
    assert files
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        page = str(data.get("page", path.stem))
        if page not in bodies:
            bodies[page] = evaluation.load_body(page, realworld)[0]
        for fact in data["facts"]:
            if fact["text"] not in bodies[page][fact["paragraph"]]:
                missing.append(f"{path.parent.name}/{path.name}: {fact['text']}")
    assert not missing


def test_pages_limits_the_score_to_the_pages_named(evaluation: ModuleType) -> None:
    folder = evaluation.GOLD_DEV / "dates"
    pages = sorted(p.stem for p in folder.glob("*.json"))[:3]
    gold = sum(
        len(json.loads((folder / f"{p}.json").read_text(encoding="utf-8"))["facts"]) for p in pages
    )
    score = evaluation.evaluate(
        "dates", evaluation.REALWORLD_DEV, evaluation.GOLD_DEV, frozenset(pages)
    )
    assert score.gold == gold
    assert (
        score.gold
        < evaluation.evaluate("dates", evaluation.REALWORLD_DEV, evaluation.GOLD_DEV).gold
    )


def test_the_gold_folders_are_the_extractors_fact_types(evaluation: ModuleType) -> None:
    for gold in (evaluation.GOLD, evaluation.GOLD_DEV):
        for folder in (p.name for p in Path(gold).iterdir() if p.is_dir()):
            assert evaluation.fact_type(folder)
