"""Dask mode: the same OUTDIR files as the local mode, the time limit and crash isolation of the
local mode, paths read the same from workers started elsewhere, and ``extract_bag``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from distributed.comm.utils import get_tcp_server_addresses  # noqa: E402
from test_batch import (  # noqa: E402
    PAGES,
    fake_extract,
    make_pages,
    outputs,
    probe_lexicon,
    read_jsonl,
)
from test_batch_queue import steered_extract  # noqa: E402

from policyextract.batch import Options, collect_inputs, run_batch  # noqa: E402
from policyextract.dask import extract_bag, run_partition  # noqa: E402
from policyextract.pipeline import extract  # noqa: E402

REALWORLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # In-process (threads): starts in a fraction of a second and needs no pickled test code.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as running:
        yield running


@pytest.fixture(scope="module")
def cluster_elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A cluster of one worker process started in a folder of its own, as workers on other
    machines are: a relative path the submitter gives is not a file there."""
    here, environ = os.getcwd(), dict(os.environ)
    # A relative PYTHONPATH (``PYTHONPATH=src pytest``) would not find this checkout from there.
    if "PYTHONPATH" in os.environ:
        folders = os.environ["PYTHONPATH"].split(os.pathsep)
        os.environ["PYTHONPATH"] = os.pathsep.join(os.path.abspath(f) for f in folders)
    os.chdir(tmp_path_factory.mktemp("elsewhere"))
    try:
        running = distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, dashboard_address=None
        )
    finally:
        os.chdir(here)
        os.environ.clear()
        os.environ.update(environ)
    with running:
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


def test_relative_paths_and_lexicons_are_read_by_workers_started_elsewhere(
    tmp_path: Path, cluster_elsewhere: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_pages(tmp_path / "in", {f"p{i}.txt": f"第{i}页\n{i}\n" for i in range(3)})
    (tmp_path / "words.txt").write_text("[organizations]\n某某测试数据局\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    paths = collect_inputs(["in"])
    assert paths == ["in/p0.txt", "in/p1.txt", "in/p2.txt"]
    options = Options(lexicons=("words.txt",))
    address = cluster_elsewhere.scheduler_address
    summary = run_batch(paths, "dask", options=options, scheduler=address, extract_fn=probe_lexicon)
    assert (summary.ok, summary.failed) == (3, 0), read_jsonl(tmp_path / "dask" / "errors.jsonl")
    records = read_jsonl(tmp_path / "dask" / "articles.jsonl")
    # Named as given (the outputs and the journal do not depend on the scheduler).
    assert [r["source"]["path"] for r in records] == paths
    assert [r["metadata"]["site"] for r in records] == ["某某测试数据局"] * 3
    run_batch(paths, "local", jobs=1, options=options, extract_fn=probe_lexicon)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")


def test_the_time_limit_holds_on_a_cluster(tmp_path: Path, cluster: Any) -> None:
    texts = {"a.txt": "甲\n1\n", "naps.txt": "NAP 5\n乙\n2\n", "c.txt": "丙\n3\n"}
    paths = make_pages(tmp_path / "in", texts)
    summary = run_batch(
        paths,
        tmp_path / "out",
        options=Options(timeout=1.0),
        scheduler=cluster.scheduler_address,
        extract_fn=steered_extract,
    )
    assert (summary.ok, summary.failed) == (2, 1)
    (row,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert (Path(row["path"]).name, row["stage"], row["reason"]) == (
        "naps.txt",
        "timeout",
        "over 1 s",
    )


def test_a_page_that_kills_its_process_costs_only_that_page_on_a_cluster(
    tmp_path: Path, cluster_elsewhere: Any
) -> None:
    texts = {"a.txt": "甲\n1\n", "dies.txt": "CRASH\n", "c.txt": "丙\n3\n"}
    paths = make_pages(tmp_path / "in", texts)
    summary = run_batch(
        paths, tmp_path / "out", scheduler=cluster_elsewhere.scheduler_address,
        extract_fn=fake_extract,
    )  # fmt: skip
    assert (summary.ok, summary.failed) == (2, 1)
    (row,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert (Path(row["path"]).name, row["stage"]) == ("dies.txt", "crash")
    assert row["reason"] == "worker died (exit code 3)"


def test_scheduler_local_starts_its_own_cluster_on_localhost_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bound: list[str] = []
    real = distributed.LocalCluster

    def local_cluster(*args: Any, **kwargs: Any) -> Any:
        started = real(*args, **kwargs)
        bound.append(started.scheduler_address)
        bound.extend(host for host, *_ in get_tcp_server_addresses(started.scheduler.http_server))
        return started

    monkeypatch.setattr(distributed, "LocalCluster", local_cluster)
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
    # The scheduler and its dashboard (page paths, no password) are not offered to the network.
    scheduler, *dashboard = bound
    assert scheduler.startswith("tcp://127.0.0.1:")
    assert dashboard and set(dashboard) == {"127.0.0.1"}


def test_a_worker_without_the_submitters_folder_says_so_for_relative_paths(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n"})
    done = run_partition([*paths, "in/b.txt"], str(tmp_path / "gone"), Options(), fake_extract)
    assert [(d.path, d.error) for d in done] == [
        (paths[0], None),
        (
            "in/b.txt",
            {
                "reason": f"no such folder on the worker: {tmp_path}/gone "
                "(relative paths are read there)",
                "stage": "read",
            },
        ),
    ]
