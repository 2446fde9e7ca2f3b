"""Benchmark ``policyextract batch``: pages/s and peak RSS per worker for --jobs 1 and 2.

The realworld and realworld-dev pages (HTML and text dumps, 466 in all; whichever of the two
folders exist) are copied into a temporary folder under distinct names, repeated until there are
``--pages`` of them (default 2,000).

With ``--neighbours N`` (default 1) the batches run beside N CPU-burning processes (a busy loop
each, at normal priority): the measure of batching under load (issue 12: ``--jobs 2`` ≥ 1.6×
``--jobs 1`` with a neighbour). Each neighbour runs in a session of its own, as an unrelated job
would (``--same-session``: in the benchmark's session, as a job started from the same shell).
The script prints the speed-up of each pair of runs (``--repeat`` pairs, run alternately so that
drift hits both) and where the workers' time went, from the kernel's ``/proc/PID/schedstat``:
running, waiting for a CPU (runnable while other processes ran) and waiting for work (asleep, i.e.
waiting for the parent to read a result or send a page). Only the last is the batch's doing; the
second is the machine's contention. It also prints the CPU the neighbours and all other processes
of the machine took, and the ceiling that fair CPU sharing sets on the speed-up:

- processes in one session share the cores equally: with C cores, N busy neighbours and j
  workers each process gets at most min(1, C / (j + N)) of a core, so on 2 cores with one
  neighbour --jobs 2 reaches at most 2 × 2/3 = 1.33× --jobs 1;
- with autogroup scheduling (Linux's default for desktop and server kernels, and this machine's;
  systemd's per-session cgroups act alike) each session gets an equal share, whatever number of
  processes it runs: a batch beside one neighbour in another session gets one of 2 cores with
  one worker or two, so the ceiling is 1.0× (a little more where the kernel's balancing lets
  both workers run while the neighbour waits).

With ``--neighbours 0`` (a quiet machine) the script also measures, in one run:

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

    python benchmarks/bench_batch.py                  # under load: one busy neighbour
    python benchmarks/bench_batch.py --repeat 3       # three pairs of runs, the median ratio
    python benchmarks/bench_batch.py --neighbours 0   # quiet machine, with the overhead figures
    python benchmarks/bench_batch.py --pages 200      # a quick check
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from policyextract import batch
from policyextract.batch import Done, Options, collect_inputs, process_page, run_batch
from policyextract.pipeline import extract_record
from policyextract.segmentation import tokenizer

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
REALWORLD = SHARED / "realworld"
SAMPLE_SECONDS = 0.1
#: Pages of the plain-extraction baseline and of the side-by-side worker measure (a sample).
OVERHEAD_SAMPLE = 260


def page_sources() -> list[Path]:
    """The HTML pages and text dumps of shared/realworld and shared/realworld-dev."""
    found: list[Path] = []
    for folder in (REALWORLD, SHARED / "realworld-dev"):
        found += sorted((folder / "html").glob("*.html")) + sorted((folder / "text").glob("*.txt"))
    return found


def make_pages(folder: Path, count: int) -> list[str]:
    sources = page_sources()
    if not sources:
        raise SystemExit(f"no pages: neither {REALWORLD} nor {SHARED / 'realworld-dev'} exists")
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copyfile(source, folder / f"{i:05d}-{source.parent.parent.name}-{source.name}")
    return collect_inputs([str(folder)])


def start_neighbours(count: int, *, same_session: bool) -> list[subprocess.Popen[bytes]]:
    """``count`` busy-loop processes at normal priority, each in a session of its own (as an
    unrelated job: with autogroup scheduling, a session is a scheduling group) unless
    ``same_session``."""
    return [
        subprocess.Popen(
            [sys.executable, "-c", "while True: pass"], start_new_session=not same_session
        )
        for _ in range(count)
    ]


def autogroup() -> bool:
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def fair_share_ceiling(cores: int, neighbours: int, jobs: int, *, per_session: bool) -> float:
    """Pages/s of ``jobs`` workers relative to one worker when the cores are shared fairly among
    processes (``per_session=False``) or among sessions, each neighbour in its own
    (``per_session=True``); the parent, mostly waiting, is left out."""

    def work(j: int) -> float:
        if not per_session:
            return j * min(1.0, cores / (j + neighbours))
        # Equal shares for the sessions, none more than it can use: a neighbour one core.
        left, sessions = float(cores), neighbours + 1
        for _ in range(neighbours):
            if left / sessions < 1.0:
                return min(float(j), left / sessions)
            left, sessions = left - 1.0, sessions - 1
        return min(float(j), left)

    return work(jobs) / work(1)


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
    """Samples the peak RSS (MB), CPU seconds and scheduler times of every descendant process
    while it runs."""

    def __init__(self, exclude: set[int] | None = None) -> None:
        self.exclude = exclude or set()
        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        #: pid → first and last sample of (time, seconds running, seconds waiting for a CPU).
        self.sched: dict[int, list[tuple[float, float, float]]] = {}
        self.parents: dict[int, int] = {}
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
            for pid, parent in _descendants(os.getpid()).items():
                if pid in self.exclude:
                    continue
                self.parents[pid] = parent
                peak = _vm_hwm(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
                cpu = _cpu_seconds(pid)
                if cpu is not None:
                    self.cpu[pid] = max(cpu, self.cpu.get(pid, 0.0))
                times = _sched_seconds(pid)
                if times is not None:
                    first = self.sched.setdefault(pid, [(time.monotonic(), *times)])[0]
                    self.sched[pid] = [first, (time.monotonic(), *times)]
            time.sleep(SAMPLE_SECONDS)

    def is_worker(self, pid: int) -> bool:
        # Workers fork from the forkserver. The forkserver (it only imports modules and forks)
        # and multiprocessing's resource tracker are this process's own children. (A worker's
        # command line is the forkserver's: it cannot tell them apart.)
        return self.parents.get(pid, os.getpid()) != os.getpid()

    def workers(self) -> list[float]:
        return sorted(v for pid, v in self.peaks.items() if self.is_worker(pid))

    def workers_cpu(self) -> float:
        # Last sample before a worker exits: undercounts by at most SAMPLE_SECONDS per worker.
        return sum(v for pid, v in self.cpu.items() if self.is_worker(pid))

    def worker_time_split(self) -> tuple[float, float, float]:
        """The workers' time between their first and last samples, as shares: running, waiting
        for a CPU (runnable, but other processes ran), waiting for work (asleep: no page to
        run, i.e. waiting for the parent). The last is what batching under load reduces; the
        second is the machine's contention, which no scheduling of pages can reduce."""
        span = run = wait = 0.0
        for pid, ((t0, run0, wait0), (t1, run1, wait1)) in self.sched.items():
            if self.is_worker(pid):
                span, run, wait = span + t1 - t0, run + run1 - run0, wait + wait1 - wait0
        if span <= 0:
            return (0.0, 0.0, 0.0)
        return (run / span, wait / span, max(0.0, 1 - (run + wait) / span))


def _descendants(pid: int) -> dict[int, int]:
    """Every process below ``pid``, with its parent."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = {}, [pid]
    while todo:
        parent = todo.pop()
        for child in children.get(parent, []):
            found[child] = parent
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


def _sched_seconds(pid: int) -> tuple[float, float] | None:
    """Seconds a process has run and has waited, runnable, for a CPU (``/proc/PID/schedstat``)."""
    try:
        run, wait, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(run) / 1e9, int(wait) / 1e9


def machine_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used so far (``/proc/stat``)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / _TICKS  # user … steal; guest time is counted in user


def run_one(paths: list[str], out: Path, jobs: int, neighbours: list[int]) -> dict[str, float]:
    """One batch, end to end: wall time, CPU of the parent and the workers, peak RSS, the share
    of its core each worker was busy, the CPU the neighbours took meanwhile, and the CPU that
    other processes of the machine took (not ours: on a shared machine, other people's jobs)."""
    before = [_cpu_seconds(pid) or 0.0 for pid in neighbours]
    known = {pid: _cpu_seconds(pid) or 0.0 for pid in _descendants(os.getpid())}
    busy, own = machine_busy_seconds(), time.process_time()
    with Sampler(exclude=set(neighbours)) as sampler:
        started, parent_cpu = time.perf_counter(), time.thread_time()
        summary = run_batch(paths, out, jobs=jobs)
        seconds = time.perf_counter() - started
        parent_cpu = time.thread_time() - parent_cpu  # run_batch runs in this thread
    busy, own = machine_busy_seconds() - busy, time.process_time() - own
    after = [_cpu_seconds(pid) or 0.0 for pid in neighbours]
    shutil.rmtree(out)
    workers = sampler.workers()
    cpu_per_page = (parent_cpu + sampler.workers_cpu()) / len(paths)
    neighbour_cpu = sum(b - a for a, b in zip(before, after, strict=True))
    children = sum(cpu - known.get(pid, 0.0) for pid, cpu in sampler.cpu.items())
    running, waiting_for_cpu, waiting_for_work = sampler.worker_time_split()
    return {
        "seconds": seconds,
        "pages_per_s": len(paths) / seconds,
        "ok": summary.ok,
        "failed": summary.failed,
        "peak_rss_mb_max": max(workers, default=0.0),
        "workers_seen": len(workers),
        "cpu_s_per_page": cpu_per_page,
        "parent_cpu_s": parent_cpu,
        # Busy share: the workers' CPU over the time they could have run (jobs × wall time).
        "worker_busy": sampler.workers_cpu() / (jobs * seconds),
        "worker_running": running,
        "worker_waiting_for_cpu": waiting_for_cpu,
        "worker_waiting_for_work": waiting_for_work,
        "neighbour_cpu_share": neighbour_cpu / seconds,
        "others_cpu_share": max(0.0, busy - own - children - neighbour_cpu) / seconds,
    }


def describe(jobs: int, found: dict[str, float], pages: int) -> str:
    return (
        f"--jobs {jobs}: {found['seconds']:.1f} s, {found['pages_per_s']:.1f} pages/s, "
        f"ok {found['ok']:.0f}, failed {found['failed']:.0f}, "
        f"peak RSS per worker {found['peak_rss_mb_max']:.0f} MB, "
        f"workers running {found['worker_running']:.0%} / waiting for a CPU "
        f"{found['worker_waiting_for_cpu']:.0%} / waiting for work "
        f"{found['worker_waiting_for_work']:.0%}, "
        f"neighbours {found['neighbour_cpu_share']:.2f} cores, "
        f"other processes {found['others_cpu_share']:.2f} cores, "
        f"CPU {found['cpu_s_per_page'] * 1e3:.1f} ms per page (parent "
        f"{found['parent_cpu_s'] / pages * 1e3:.2f} ms per page)"
    )


def overhead(paths: list[str], results: dict[str, list[dict[str, float]]]) -> dict[str, float]:
    """The batch's CPU per page against plain extraction, whole runs and by parts (quiet
    machine only: a busy neighbour distorts both)."""
    sample = paths[:OVERHEAD_SAMPLE]
    plain = (baseline(sample) + baseline(sample)) / 2
    print(f"plain extract: {plain * 1e3:.1f} ms CPU per page (mean of two runs)")
    found: dict[str, float] = {"plain_s_per_page": plain}
    side_plain, side_worker = worker_extra(sample[:52])
    extra = side_worker - side_plain
    print(
        f"worker vs plain, fastest of 3 a page: {side_worker * 1e3:.2f} vs "
        f"{side_plain * 1e3:.2f} ms CPU per page ({extra * 1e3:+.2f} ms)"
    )
    for jobs, runs in results.items():
        cpu = statistics.median(r["cpu_s_per_page"] for r in runs)
        parent = statistics.median(r["parent_cpu_s"] for r in runs) / len(paths)
        found[f"overhead_cpu_vs_plain_{jobs}"] = cpu / plain - 1
        found[f"overhead_by_parts_{jobs}"] = (parent + extra) / side_plain
        print(
            f"--jobs {jobs}: {cpu / plain - 1:+.1%} CPU per page over plain; parent + worker "
            f"overhead {(parent + extra) / side_plain:+.1%} of plain extraction"
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages in the batch (default 2000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument(
        "--neighbours",
        type=int,
        default=1,
        help="CPU-burning processes beside the batch (default 1)",
    )
    parser.add_argument(
        "--same-session",
        action="store_true",
        help="start the neighbours in this session (default: each in a session of its own)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each --jobs, alternated")
    parser.add_argument(
        "--queue", type=int, help="pages a worker holds (batch.QUEUE_PAGES; default: the code's)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the results here")
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]
    if args.queue is not None:
        batch.QUEUE_PAGES = args.queue  # read by the parent when it hands pages out
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        paths = make_pages(root / "in", args.pages)
        print(
            f"pages: {len(paths)} ({len(page_sources())} distinct); cores: {cores}; "
            f"neighbours: {args.neighbours}"
            f"{' (same session)' if args.same_session else ''}; autogroup: {autogroup()}; "
            f"pages a worker holds: {getattr(batch, 'QUEUE_PAGES', 1)}"
        )
        neighbours = start_neighbours(args.neighbours, same_session=args.same_session)
        results: dict[str, list[dict[str, float]]] = {str(j): [] for j in jobs_list}
        try:
            time.sleep(0.5 if neighbours else 0.0)  # let them settle onto the cores
            for _ in range(args.repeat):
                for jobs in jobs_list:
                    found = run_one(paths, root / "out", jobs, [n.pid for n in neighbours])
                    results[str(jobs)].append(found)
                    print(describe(jobs, found, len(paths)), flush=True)
        finally:
            for neighbour in neighbours:
                neighbour.kill()
                neighbour.wait()
        report: dict[str, object] = {
            "pages": len(paths),
            "neighbours": args.neighbours,
            "same_session": args.same_session,
            "autogroup": autogroup(),
            "queue_pages": getattr(batch, "QUEUE_PAGES", 1),
            "runs": results,
        }
        for jobs, runs in results.items():

            def median(key: str, runs: list[dict[str, float]] = runs) -> float:
                return statistics.median(r[key] for r in runs)

            print(
                f"--jobs {jobs}, median of {len(runs)}: {median('pages_per_s'):.1f} pages/s, "
                f"workers waiting for work {median('worker_waiting_for_work'):.0%}, "
                f"for a CPU {median('worker_waiting_for_cpu'):.0%}"
            )
        if "1" in results and "2" in results:
            ratios = [
                one["seconds"] / two["seconds"]
                for one, two in zip(results["1"], results["2"], strict=True)
            ]
            # Sessions are scheduled as groups only when autogroup is on and they are apart.
            per_session = autogroup() and not args.same_session
            ceiling = fair_share_ceiling(cores, args.neighbours, 2, per_session=per_session)
            report["speedup_1_to_2"] = ratios
            report["fair_share_ceiling"] = ceiling
            target = "1.6× with a neighbour" if args.neighbours else "1.8×"
            sharing = "per session (autogroup)" if per_session else "per process"
            print(
                f"speed-up 1 → 2 workers: {statistics.median(ratios):.2f}× median of "
                f"{', '.join(f'{r:.2f}' for r in ratios)} (target ≥ {target}; ceiling with "
                f"{args.neighbours} busy neighbour(s) on {cores} cores, CPU shared {sharing}: "
                f"{ceiling:.2f}×)"
            )
        if args.neighbours == 0:
            report.update(overhead(paths, results))
        print(f"load average: {os.getloadavg()}")
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
