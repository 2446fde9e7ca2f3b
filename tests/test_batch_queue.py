"""Batching under load: each local worker holds a few pages (the one it runs and the next ones),
so a busy parent does not leave it idle; a worker lost with pages queued costs only the page it
ran, and the time limit stays per page.

The parent is made busy on purpose: ``on_done`` blocks on the first result until the worker
shows it has started a later page, which it can only do when it holds pages beyond the one it
ran. No case depends on how fast the machine is.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from test_batch import fake_extract, make_pages

from policyextract import batch
from policyextract.batch import Done, Options, run_local


def steered_extract(data: bytes, *, path: str, input_format: str, tokens: bool) -> dict[str, Any]:
    """:func:`fake_extract` with the worker's pid as the record's ``site``, and two first-line
    markers: ``MARK FILE`` creates FILE (then the rest of the page is read), ``NAP SECONDS``
    sleeps that long."""
    first, _, rest = data.decode("utf-8").partition("\n")
    marker, _, argument = first.partition(" ")
    if marker == "MARK":
        Path(argument).touch()
        data = rest.encode("utf-8")
    elif marker == "NAP":
        time.sleep(float(argument))
        data = rest.encode("utf-8")
    record = fake_extract(data, path=path, input_format=input_format, tokens=tokens)
    record["metadata"]["site"] = str(os.getpid())
    return record


def wait_for(flag: Path, what: str) -> None:
    deadline = time.monotonic() + 30
    while not flag.exists():
        if time.monotonic() > deadline:
            raise AssertionError(what)
        time.sleep(0.01)


def worker_pid(done: Done) -> str:
    site: str = json.loads(done.line)["record"]["metadata"]["site"]
    return site


@pytest.fixture
def three_pages_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parent decides how many pages a worker holds; three makes the first chunk a, b, c.
    monkeypatch.setattr(batch, "QUEUE_PAGES", 3, raising=False)


@pytest.mark.usefixtures("three_pages_each")
@pytest.mark.parametrize(
    ("marker", "stage", "reason"),
    [("CRASH", "crash", "worker died (exit code 3)"), ("SLEEP", "timeout", "over 1 s")],
)
def test_a_worker_lost_with_pages_queued_costs_only_the_page_it_ran(
    tmp_path: Path, marker: str, stage: str, reason: str
) -> None:
    started = tmp_path / "b-started"
    texts = {f"{name}.txt": f"{name}页\n{i}\n" for i, name in enumerate("acde")}
    texts["b.txt"] = f"MARK {started}\n{marker}\n"
    paths = make_pages(tmp_path / "in", texts)
    seen: list[Done] = []

    def on_done(done: Done) -> None:
        seen.append(done)
        if len(seen) == 1:  # a's result: the parent stays busy until the worker is on b
            wait_for(started, "the worker sat idle while the parent was busy")

    run_local(paths, Options(timeout=1.0), 1, on_done, steered_extract)
    assert Counter(d.path for d in seen) == Counter(paths)  # every page once: none lost, none twice
    by_name = {Path(d.path).name: d for d in seen}
    assert by_name["b.txt"].error == {"reason": reason, "stage": stage}
    assert all(d.error is None for name, d in by_name.items() if name != "b.txt")
    pids = {name: worker_pid(d) for name, d in by_name.items() if name != "b.txt"}
    # c was queued behind b in the lost worker: a replacement did it, and the pages after it.
    assert pids["c.txt"] == pids["d.txt"] == pids["e.txt"] != pids["a.txt"]


@pytest.mark.usefixtures("three_pages_each")
def test_the_time_limit_is_per_page_not_per_chunk(tmp_path: Path) -> None:
    # Three pages of 0.6 s in one worker, under a 1 s limit: 1.8 s for the chunk, 0.6 s a page.
    texts = {f"p{i}.txt": f"NAP 0.6\n第{i}页\n{i}\n" for i in range(3)}
    paths = make_pages(tmp_path / "in", texts)
    seen: list[Done] = []
    run_local(paths, Options(timeout=1.0), 1, seen.append, steered_extract)
    assert sorted(d.path for d in seen) == paths
    assert [d.error for d in seen] == [None, None, None]
    assert len({worker_pid(d) for d in seen}) == 1


@pytest.mark.usefixtures("three_pages_each")
def test_a_worker_goes_on_with_its_queued_pages_while_the_parent_is_busy(tmp_path: Path) -> None:
    flags = [tmp_path / f"p{i}-started" for i in range(4)]
    texts = {f"p{i}.txt": f"MARK {flag}\n第{i}页\n{i}\n" for i, flag in enumerate(flags)}
    paths = make_pages(tmp_path / "in", texts)
    seen: list[Done] = []

    def on_done(done: Done) -> None:
        seen.append(done)
        if len(seen) == 1:  # busy with p0's result until the worker has started p2
            wait_for(flags[2], "the worker sat idle while the parent was busy")

    run_local(paths, Options(), 1, on_done, steered_extract)
    assert [Path(d.path).name for d in seen] == ["p0.txt", "p1.txt", "p2.txt", "p3.txt"]
    assert len({worker_pid(d) for d in seen}) == 1
