"""What a cold ``policyextract extract`` loads (issue 13): only what extracting a page needs.

Timings belong to ``benchmarks/bench_record.py``; these tests hold the decisions behind them, which
a stray top-level import would silently undo: the batch machinery, dataset writers, spaCy and the
report stay unloaded, and jieba-rs's dictionary is built once, not twice.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fresh_python import run_python

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"

# Modules a one-page extract has no use for, each with why it must not load.
NOT_LOADED = {
    "policyextract.batch": "batch runs only under `policyextract batch`",
    "multiprocessing.connection": "worker pipes belong to batch",
    "pyarrow": "Parquet is written by batch and the dataset writers",
    "policyextract.output": "dataset writers (CSV, Parquet)",
    "spacy": "export and report only",
    "policyextract.report": "report only",
    "dask": "batch --scheduler only",
    "cn2an": "numerals are read by facts/chinese_numerals.py (cn2an checks it in the tests)",
    "rjieba": "the rjieba package builds a default dictionary at import (see segmentation.py)",
}


def _modules_after_extract() -> set[str]:
    code = (
        "import json, sys\n"
        "from policyextract.cli import main\n"
        f"status = main(['extract', {str(SEED)!r}, '-o', {os.devnull!r}])\n"
        "print(json.dumps([status, sorted(sys.modules)]))\n"
    )
    done = run_python(code, timeout=120)
    assert done.returncode == 0, done.stderr
    status, modules = json.loads(done.stdout.splitlines()[-1])
    assert status == 0
    return set(modules)


def test_extract_loads_only_what_it_uses() -> None:
    modules = _modules_after_extract()
    assert "policyextract.segmentation" in modules  # the page was really extracted
    loaded = {name: why for name, why in NOT_LOADED.items() if name in modules}
    assert not loaded, loaded


def test_one_jieba_rs_dictionary_and_rjieba_still_importable() -> None:
    code = (
        "import sys\n"
        "from policyextract.segmentation import tokenizer\n"
        "segmenter = tokenizer()\n"
        "assert segmenter.backend == 'rjieba', segmenter.backend\n"
        "assert 'rjieba' not in sys.modules\n"
        "import rjieba\n"  # a host program importing it afterwards gets the same extension
        "assert rjieba.Jieba is sys.modules['rjieba.rjieba'].Jieba\n"
        "assert ''.join(rjieba.cut('国务院办公厅印发通知', False)) == '国务院办公厅印发通知'\n"
    )
    done = run_python(code, timeout=120)
    assert done.returncode == 0, done.stderr
