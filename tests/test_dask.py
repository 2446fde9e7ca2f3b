"""Dask mode: the same OUTDIR files as the local mode, and ``extract_bag`` for pipelines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from test_batch import PAGES, fake_extract, make_pages, outputs, read_jsonl  # noqa: E402

from policyextract.batch import Options, run_batch  # noqa: E402
from policyextract.dask import extract_bag  # noqa: E402
from policyextract.pipeline import extract  # noqa: E402

REALWORLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # In-process (threads): starts in a fraction of a second and needs no pickled test code.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as running:
        yield running


def test_cluster_run_writes_the_same_files_as_the_local_run(tmp_path: Path, cluster: Any) -> None:
    paths = make_pages(tmp_path / "in", PAGES)
    local = run_batch(paths, tmp_path / "local", jobs=2, extract_fn=fake_extract)
    remote = run_batch(
        paths,
        tmp_path / "dask",
        jobs=2,
        scheduler=cluster.scheduler_address,
        extract_fn=fake_extract,
    )
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    assert (remote.ok, remote.failed) == (local.ok, local.failed) == (10, 2)
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["scheduler"] == cluster.scheduler_address


def test_cluster_run_resumes_from_a_local_journal(tmp_path: Path, cluster: Any) -> None:
    paths = make_pages(tmp_path / "in", PAGES)
    run_batch(paths[:5], tmp_path / "out", jobs=1, extract_fn=fake_extract)
    resumed = run_batch(
        paths,
        tmp_path / "out",
        resume=True,
        scheduler=cluster.scheduler_address,
        extract_fn=fake_extract,
    )
    assert resumed.skipped == 5
    run_batch(paths, tmp_path / "clean", jobs=1, extract_fn=fake_extract)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def test_extract_bag_gives_the_pipeline_records(cluster: Any) -> None:
    page = REALWORLD / "html" / "001.html"
    if not page.exists():
        pytest.skip("shared/realworld is absent")
    with distributed.Client(cluster) as client:
        records = extract_bag([str(page), "missing.html"]).compute(scheduler=client)
        entries = extract_bag(["missing.html"], with_errors=True).compute(scheduler=client)
    assert records == [extract(str(page))]
    error = {"reason": "no such file", "stage": "read"}
    assert entries == [{"path": "missing.html", "sha256": None, "error": error}]


def test_scheduler_local_starts_its_own_cluster(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n", "b.txt": "FAIL\n"})
    summary = run_batch(
        paths,
        tmp_path / "out",
        jobs=1,
        scheduler="local",
        options=Options(),
        extract_fn=fake_extract,
    )
    assert (summary.ok, summary.failed) == (1, 1)
    assert [Path(e["path"]).name for e in read_jsonl(tmp_path / "out" / "errors.jsonl")] == [
        "b.txt"
    ]
