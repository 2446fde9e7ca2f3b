"""Time the HTML reader (page bytes → article record) beside trafilatura, in the same run.

    python benchmarks/bench_reader.py            # the realworld HTML pages, 5 rounds
    python benchmarks/bench_reader.py --rounds 9

Ours: decoding, HTML/text decision, parsing, chrome stripping and metadata (``read_page`` +
``strip_chrome``) — the reader part of a record; segmentation and facts are timed elsewhere.
trafilatura: ``extract`` with its metadata, on the same decoded text. Each page's time is its best
of ``--rounds`` runs (the least disturbed); the report gives the median over pages and the ratio.
Times are the process's CPU time (``time.process_time``), so that other programs competing for
the CPU do not count against either reader; ``--wall`` uses the wall clock instead.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REALWORLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld"
TARGET_MS = 5.0


def ours(data: bytes) -> object:
    from policyextract.reader import strip_chrome
    from policyextract.reader.decoding import read_page

    return strip_chrome(read_page(data))


def trafilatura_reader(data: bytes) -> object:
    import trafilatura

    return trafilatura.extract(data.decode("utf-8", errors="replace"), with_metadata=True)


def best_ms(
    func: Callable[[bytes], object], data: bytes, rounds: int, clock: Callable[[], float]
) -> float:
    times = []
    for _ in range(rounds):
        start = clock()
        func(data)
        times.append(clock() - start)
    return min(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="HTML reader speed beside trafilatura")
    parser.add_argument("--root", type=Path, default=REALWORLD)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args = parser.parse_args(argv)
    pages = sorted((args.root / "html").glob("*.html"))
    if not pages:
        print(f"no pages under {args.root / 'html'}", file=sys.stderr)
        return 1
    readers: dict[str, Callable[[bytes], object]] = {"policyextract": ours}
    if not args.no_trafilatura:
        readers["trafilatura"] = trafilatura_reader
    medians: dict[str, float] = {}
    for name, func in readers.items():
        func(pages[0].read_bytes())  # warm-up: imports, lazy tables
        clock = time.perf_counter if args.wall else time.process_time
        per_page = [best_ms(func, page.read_bytes(), args.rounds, clock) for page in pages]
        medians[name] = statistics.median(per_page)
        print(
            f"{name:<14} median {medians[name]:6.2f} ms/page  "
            f"(min {min(per_page):.2f}, max {max(per_page):.2f}, {len(pages)} pages)"
        )
    ours_ms = medians["policyextract"]
    verdict = "ok" if ours_ms <= TARGET_MS else "over"
    print(f"target ≤ {TARGET_MS:.1f} ms/page: {verdict}")
    if "trafilatura" in medians:
        print(f"ratio policyextract / trafilatura: {ours_ms / medians['trafilatura']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
