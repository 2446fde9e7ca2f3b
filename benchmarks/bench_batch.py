"""Benchmark ``policyextract batch``: pages/s and peak RSS per worker for --jobs 1 and 2.

The realworld pages (HTML and text dumps) are copied into a temporary folder, repeated until there
are ``--pages`` of them (default 2,000). The script then measures, in one run:

- plain ``extract_record`` in this process over whole cycles of the page set (the baseline),
  before and again after the batches (the overhead is charged against the mean of the two);
- ``run_batch`` with each ``--jobs`` value, end to end (worker start, journal, final files): wall
  time (pages/s, speed-up) and CPU time of the parent and the workers (per-page overhead; the
  parent's share is printed on its own: it is all overhead);
- the peak RSS of each worker process (``VmHWM`` from /proc, sampled while the batch runs).

Linux only (reads /proc). On a shared machine wall-clock numbers are noisy; the load average is
printed with the results.

Targets (issue 4): speed-up ≥ 1.8× from 1 to 2 workers, peak RSS ≤ 250 MB per worker, per-page
overhead of the batch at --jobs 1 over the plain baseline ≤ 10%.

    python benchmarks/bench_batch.py                # the full run (~2 minutes on 2 cores)
    python benchmarks/bench_batch.py --pages 200    # a quick check
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from policyextract.batch import Done, Options, collect_inputs, process_page, run_batch
from policyextract.pipeline import extract_record
from policyextract.segmentation import tokenizer

REALWORLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld"
SAMPLE_SECONDS = 0.1


def make_pages(folder: Path, count: int) -> list[str]:
    sources = sorted((REALWORLD / "html").glob("*.html")) + sorted(
        (REALWORLD / "text").glob("*.txt")
    )
    if not sources:
        raise SystemExit(f"no pages under {REALWORLD}")
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copyfile(source, folder / f"{i:05d}-{source.name}")
    return collect_inputs([str(folder)])


def baseline(paths: list[str]) -> float:
    """CPU seconds per page for plain in-process extraction (jieba loaded beforehand).

    CPU time, not wall time: the machine may be shared, and CPU time is what contention changes
    least. The batch is charged the same way: its parent's and its workers' CPU time.
    """
    tokenizer()
    started = time.process_time()
    for path in paths:
        with contextlib.suppress(Exception):  # failed pages cost time too, as in the batch
            extract_record(path).model_dump(mode="json")
    return (time.process_time() - started) / len(paths)


def worker_extra(paths: list[str], repeats: int = 3) -> tuple[float, float]:
    """(plain, worker) CPU seconds per page: plain extraction against what a batch worker does
    with a page (read, hash, extract, encode its journal line), in this process.

    Each page is timed ``repeats`` times both ways, alternately, and the fastest of each is kept
    (as ``timeit`` does): on a shared machine the slow runs are other processes' doing, so the
    difference of the minima is the worker's own overhead, steadier than two whole runs compared.
    """
    tokenizer()
    options = Options()

    def plain_page(path: str) -> None:
        with contextlib.suppress(Exception):
            extract_record(path).model_dump(mode="json")

    def worker_page(path: str) -> None:
        Done.of(process_page(path, options))

    plain = worker = 0.0
    for path in paths:
        best = {plain_page: float("inf"), worker_page: float("inf")}
        for _ in range(repeats):
            for step in best:
                started = time.process_time()
                step(path)
                best[step] = min(best[step], time.process_time() - started)
        plain += best[plain_page]
        worker += best[worker_page]
    return plain / len(paths), worker / len(paths)


class Sampler:
    """Samples the peak RSS (MB) and CPU seconds of every descendant process while it runs."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in _descendants(os.getpid()):
                peak = _vm_hwm(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
                cpu = _cpu_seconds(pid)
                if cpu is not None:
                    self.cpu[pid] = max(cpu, self.cpu.get(pid, 0.0))
            time.sleep(SAMPLE_SECONDS)

    def workers(self) -> list[float]:
        # The forkserver only imports modules and forks: it is not a worker.
        return sorted(v for pid, v in self.peaks.items() if not _is_forkserver(pid))

    def workers_cpu(self) -> float:
        # Last sample before a worker exits: undercounts by at most SAMPLE_SECONDS per worker.
        return sum(v for pid, v in self.cpu.items() if not _is_forkserver(pid))


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _vm_hwm(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime + stime


_FORKSERVERS: set[int] = set()


def _is_forkserver(pid: int) -> bool:
    try:
        if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
            _FORKSERVERS.add(pid)
    except OSError:
        pass
    return pid in _FORKSERVERS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages in the batch (default 2000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--json", metavar="FILE", help="also write the results here")
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        paths = make_pages(root / "in", args.pages)
        unique = 52 if len(paths) >= 52 else len(paths)
        cycles = max(1, min(len(paths), 5 * unique) // unique)
        sample = paths[: cycles * unique]
        plain = baseline(sample)
        print(f"pages: {len(paths)}; plain extract: {plain * 1e3:.1f} ms CPU per page")
        results: dict[str, dict[str, float]] = {}
        batches: list[tuple[int, float, float]] = []  # jobs, CPU per page, parent CPU
        for jobs in jobs_list:
            with Sampler() as sampler:
                started, parent_cpu = time.perf_counter(), time.thread_time()
                summary = run_batch(paths, root / f"out-{jobs}", jobs=jobs)
                seconds = time.perf_counter() - started
                parent_cpu = time.thread_time() - parent_cpu  # run_batch runs in this thread
            workers = sampler.workers()
            cpu_per_page = (parent_cpu + sampler.workers_cpu()) / len(paths)
            batches.append((jobs, cpu_per_page, parent_cpu))
            results[str(jobs)] = {
                "seconds": seconds,
                "pages_per_s": len(paths) / seconds,
                "ok": summary.ok,
                "failed": summary.failed,
                "peak_rss_mb_max": max(workers, default=0.0),
                "workers_seen": len(workers),
                "cpu_s_per_page": cpu_per_page,
                "parent_cpu_s": parent_cpu,
                "overhead_cpu_vs_plain": cpu_per_page / plain - 1,
            }
            print(
                f"--jobs {jobs}: {seconds:.1f} s, {len(paths) / seconds:.1f} pages/s, "
                f"ok {summary.ok}, failed {summary.failed}, "
                f"peak RSS per worker {max(workers, default=0.0):.0f} MB, "
                f"CPU {cpu_per_page * 1e3:.1f} ms per page "
                f"({cpu_per_page / plain - 1:+.1%} over plain; parent {parent_cpu:.1f} s, "
                f"{parent_cpu / len(paths) * 1e3:.2f} ms per page)"
            )
        # The machine's speed drifts while others work on it: measure the baseline again after
        # the batches and charge them against the mean of the two measurements.
        again = baseline(sample)
        plain = (plain + again) / 2
        print(f"plain extract again: {again * 1e3:.1f} ms CPU per page; mean {plain * 1e3:.1f} ms")
        for jobs, cpu_per_page, _ in batches:
            results[str(jobs)]["overhead_cpu_vs_plain"] = cpu_per_page / plain - 1
            print(f"--jobs {jobs}: {cpu_per_page / plain - 1:+.1%} CPU per page over the mean")
        # The same overhead by its parts: the parent's CPU (all of it overhead) plus the worker's
        # own cost per page measured side by side with plain extraction.
        side_plain, side_worker = worker_extra(paths[:unique])
        extra = side_worker - side_plain
        print(
            f"worker vs plain, fastest of 3 a page: {side_worker * 1e3:.2f} vs "
            f"{side_plain * 1e3:.2f} ms CPU per page ({extra * 1e3:+.2f} ms)"
        )
        for jobs, _, parent_cpu in batches:
            parts = (parent_cpu / len(paths) + extra) / side_plain
            results[str(jobs)]["overhead_by_parts"] = parts
            print(f"--jobs {jobs}: parent + worker overhead = {parts:+.1%} of plain extraction")
        report: dict[str, object] = {"pages": len(paths), "plain_s_per_page": plain, **results}
        if "1" in results and "2" in results:
            speedup = results["1"]["seconds"] / results["2"]["seconds"]
            report["speedup_1_to_2"] = speedup
            print(f"speed-up 1 → 2 workers: {speedup:.2f}× (target ≥ 1.8×)")
        print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()}")
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
