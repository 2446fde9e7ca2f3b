"""The whole record beside trafilatura, cold start, and memory: issue 13's figures in one run.

    python benchmarks/bench_record.py                  # realworld + dev HTML pages, 7 rounds
    python benchmarks/bench_record.py --rounds 3 --no-cold --no-memory

**Warm, per page** (CPU time, ``time.process_time``): ours is bytes → record → the CLI's JSON
line (decoding, reading, metadata, segmentation, facts, keywords, serialisation). trafilatura 2.x
runs on the same page twice: ``extract(with_metadata=True)`` and body-only ``fast=True``. It is
given the page already decoded (a ``str``), so its decoding is not counted against it: the ratios
are conservative. Rounds are interleaved (ours, trafilatura, trafilatura fast, then again) so that
a disturbance hits all three alike; each page's figure is its median over the rounds, and the
report gives the mean per page over each page set and the ratios of those means.

**Cold start**: ``policyextract extract`` of the acceptance article in a fresh process, its CPU
time (user + system, from ``wait4``'s rusage) and its peak RSS; median of ``--cold`` runs with
the compiled-pattern cache warm (as every run after a user's first), alternated with runs without
it, and a bare ``python -c pass`` beside them; then ``python -X importtime`` of the same command,
summed by top-level package (self time), so the import bill is visible.

**Memory**: the peak RSS of one ``extract`` (above) and of a batch worker: ``policyextract batch``
over the realworld pages with ``--jobs 1``, the worker's ``VmHWM`` read from ``/proc`` while it
runs (Linux).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
TARGETS = {"meta": 0.22, "fast": 0.35, "cold_s": 0.5, "worker_mb": 100.0, "extract_mb": 120.0}


def ours(data: bytes) -> object:
    from policyextract.output import dump_json_line
    from policyextract.pipeline import record_of_bytes

    return dump_json_line(record_of_bytes(data).model_dump(mode="json"))


def trafilatura_meta(text: str) -> object:
    import trafilatura

    return trafilatura.extract(text, with_metadata=True)


def trafilatura_fast(text: str) -> object:
    import trafilatura

    return trafilatura.extract(text, fast=True)


def page_sets(shared: Path) -> dict[str, list[Path]]:
    sets = {}
    for name in ("realworld", "realworld-dev"):
        pages = sorted((shared / name / "html").glob("*.html"))
        if pages:
            sets[name] = pages
    return sets


def warm(pages: list[Path], rounds: int) -> dict[str, float]:
    """Mean over pages of each reader's per-page median CPU ms."""
    from policyextract.reader.decoding import read_page

    runs: dict[str, Callable[[Path], object]] = {}
    per_page: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        data = page.read_bytes()
        text = read_page(data).text
        runs = {
            "ours": lambda d=data: ours(d),
            "trafilatura": lambda t=text: trafilatura_meta(t),
            "trafilatura fast": lambda t=text: trafilatura_fast(t),
        }
        times: dict[str, list[float]] = defaultdict(list)
        for _ in range(rounds):
            for name, run in runs.items():
                start = time.process_time()
                run()
                times[name].append(time.process_time() - start)
        for name, found in times.items():
            per_page[name].append(statistics.median(found) * 1000)
    return {name: statistics.fmean(found) for name, found in per_page.items()}


# The command runs under a small Python launcher that reports its child's rusage: a child forked
# straight from this (big) process would report this process's peak RSS as its own, since Linux
# carries the high-water mark across exec.
_LAUNCHER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(done.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)\n"
    "sys.stderr.write(done.stderr.decode(errors='replace')[-500:])\n"
)


def _run_measured(command: list[str], cache_dir: str | None = None) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS in MB of one fresh process running ``command``.

    Bytecode caches are written (a first, discarded run compiles the sources), as in an installed
    package: ``PYTHONDONTWRITEBYTECODE`` would make every run compile them again. ``cache_dir``
    is the compiled-pattern cache's folder ("" for none; ``pattern_cache.py``).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if cache_dir is not None:
        env["POLICYEXTRACT_CACHE_DIR"] = cache_dir
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *command], capture_output=True, text=True, env=env
    )
    status, cpu, peak = done.stdout.split()
    if status != "0":
        raise SystemExit(f"{command} failed: {done.stderr}")
    return float(cpu), float(peak)


def cold(runs: int) -> dict[str, float]:
    """A start of the program as users meet it after their first run (bytecode and compiled
    patterns cached, in a folder of the benchmark's own), and the same with no pattern cache;
    runs alternate so that both see the same machine."""
    command = [sys.executable, "-m", "policyextract", "extract", str(SEED)]
    with tempfile.TemporaryDirectory() as cache_dir:
        _run_measured(command, cache_dir)  # writes the bytecode and pattern caches
        ours_runs, uncached = [], []
        for _ in range(runs):
            ours_runs.append(_run_measured(command, cache_dir))
            uncached.append(_run_measured(command, "")[0])
    bare = [_run_measured([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    return {
        "cpu_s": statistics.median(cpu for cpu, _ in ours_runs),
        "uncached_s": statistics.median(uncached),
        "peak_mb": statistics.median(mb for _, mb in ours_runs),
        "python_s": statistics.median(bare),
    }


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def import_bill(top: int = 8) -> list[tuple[str, float]]:
    """Self time of ``-X importtime`` summed by top-level package, largest first (ms)."""
    command = [sys.executable, "-X", "importtime", "-m", "policyextract", "extract", str(SEED)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    bill: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        found = _IMPORT_LINE.match(line)
        if found:
            bill[found.group(4).split(".")[0]] += int(found.group(1)) / 1000
    return sorted(bill.items(), key=lambda item: -item[1])[:top]


def _vm_hwm(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else None


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        found = []
        for task in tasks:
            text = (task / "children").read_text().split()
            found += [int(child) for child in text]
        return found
    except OSError:
        return []


def worker_peak(pages: list[Path]) -> float:
    """The largest VmHWM seen among the batch's worker processes (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "pages")
        folder.mkdir()
        for page in pages:
            (folder / page.name).write_bytes(page.read_bytes())
        command = [sys.executable, "-m", "policyextract", "batch", str(folder)]
        command += ["-o", str(Path(tmp, "out")), "--jobs", "1", "--quiet"]
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peaks: dict[int, float] = {}

        def sample() -> None:
            while proc.poll() is None:
                stack = _children(proc.pid)
                while stack:
                    pid = stack.pop()
                    stack += _children(pid)
                    hwm = _vm_hwm(pid)
                    if hwm is not None:
                        peaks[pid] = max(peaks.get(pid, 0.0), hwm)
                time.sleep(0.01)

        sampler = threading.Thread(target=sample)
        sampler.start()
        proc.wait()
        sampler.join()
        if proc.returncode != 0:
            assert proc.stderr is not None
            raise SystemExit(f"batch failed: {proc.stderr.read().decode()[-500:]}")
    return max(peaks.values(), default=float("nan"))


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "over"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cold", type=int, default=7, help="cold-start runs (default 7)")
    parser.add_argument("--no-cold", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--sets", default="realworld,realworld-dev")
    args = parser.parse_args(argv)

    sets = {k: v for k, v in page_sets(args.shared).items() if k in args.sets.split(",")}
    if not sets:
        print(f"no HTML pages under {args.shared}", file=sys.stderr)
        return 1
    first = next(iter(sets.values()))[0]
    ours(first.read_bytes())  # imports, dictionary, lazy tables stay out of the warm figures
    trafilatura_meta(first.read_text("utf-8", errors="replace"))
    for name, pages in sets.items():
        means = warm(pages, args.rounds)
        meta = means["ours"] / means["trafilatura"]
        fast = means["ours"] / means["trafilatura fast"]
        print(f"{name} ({len(pages)} HTML pages, CPU ms per page, median of {args.rounds} rounds):")
        for reader, value in means.items():
            print(f"  {reader:<17} {value:7.2f}")
        print(
            f"  ratio to trafilatura with metadata {meta:.2f} (target ≤ {TARGETS['meta']}: "
            f"{verdict(meta, TARGETS['meta'])}); to its fast body {fast:.2f} "
            f"(target ≤ {TARGETS['fast']}: {verdict(fast, TARGETS['fast'])})"
        )
    if not args.no_cold:
        found = cold(args.cold)
        print(f"cold `policyextract extract` of the acceptance article, median of {args.cold}:")
        print(
            f"  CPU {found['cpu_s']:.3f} s (target ≤ {TARGETS['cold_s']}: "
            f"{verdict(found['cpu_s'], TARGETS['cold_s'])}); without the pattern cache "
            f"{found['uncached_s']:.3f} s; bare Python "
            f"{found['python_s']:.3f} s; peak RSS {found['peak_mb']:.0f} MB "
            f"(target ≤ {TARGETS['extract_mb']:.0f}: "
            f"{verdict(found['peak_mb'], TARGETS['extract_mb'])})"
        )
        bill = ", ".join(f"{name} {ms:.0f}" for name, ms in import_bill())
        print(f"  import self time by package (ms, -X importtime): {bill}")
    if not args.no_memory:
        peak = worker_peak(next(iter(sets.values())))
        print(
            f"batch worker peak RSS (--jobs 1): {peak:.0f} MB (target ≤ "
            f"{TARGETS['worker_mb']:.0f}: {verdict(peak, TARGETS['worker_mb'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
