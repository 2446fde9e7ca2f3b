"""Segmentation + fact extraction cost per article, and the cold start of ``policyextract extract``.

Per-article figures exclude jieba's one-time load. Each article body is timed through
``segment`` + ``extract_facts``; the figure is normalised to 1,500 characters. The baseline, timed
in the same run on the same bodies, is the reference jieba's own ``cut`` without HMM (pure Python,
default dictionary): the ratio compares our whole segmentation + fact stage with the bare cut a
jieba user would pay anyway. Our segmentation itself runs on rjieba when installed (same
dictionary and algorithm, see ``segmentation.py``); its backend is printed.

Traditional script (issue 15): each body is also converted to traditional with OpenCC (``s2t``)
and timed the same way, interleaved with its simplified original; the ratio traditional /
simplified is the cost of matching in simplified script and writing the facts back.

    python benchmarks/bench_facts.py [--realworld ../shared/realworld] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import opencc

from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment, tokenizer

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"


def bodies(realworld: Path) -> list[tuple[str, list[str]]]:
    found = []
    for gold in sorted((realworld / "gold").glob("*.json")):
        data = json.loads(gold.read_text("utf-8"))
        found.append((gold.stem, data["body"]))
    return found


def per_1500(seconds: float, chars: int) -> float:
    return seconds * 1000 * 1500 / max(chars, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realworld", type=Path, default=ROOT.parent / "shared" / "realworld")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    cold = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "policyextract", "extract", str(SEED)],
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    python_start = time.perf_counter() - start

    import jieba

    jieba.setLogLevel(60)
    reference = jieba.Tokenizer()
    reference.initialize()
    tk = tokenizer()  # the one-time loads stay out of the per-article figures
    s2t = opencc.OpenCC("s2t.json")
    ours, base, traditional = [], [], []
    published = "2024-06-07T17:25:36+08:00"
    for _, body in bodies(args.realworld):
        chars = sum(map(len, body))
        article = Article(metadata=Metadata(published=published, language="zh-Hans"), body=body)
        converted = Article(
            metadata=Metadata(published=published, language="zh-Hant"),
            body=[s2t.convert(p) for p in body],
        )
        best_ours = best_base = best_trad = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            extract_facts(segment(article))
            t1 = time.perf_counter()
            for paragraph in body:
                list(reference.cut(paragraph, HMM=False))
            t2 = time.perf_counter()
            extract_facts(segment(converted))
            t3 = time.perf_counter()
            best_ours, best_base = min(best_ours, t1 - t0), min(best_base, t2 - t1)
            best_trad = min(best_trad, t3 - t2)
        ours.append(per_1500(best_ours, chars))
        base.append(per_1500(best_base, chars))
        traditional.append(per_1500(best_trad, chars))

    median_ours, median_base = statistics.median(ours), statistics.median(base)
    print(f"articles: {len(ours)}; segmentation backend: {tk.backend}")
    print(f"segment + facts, median per 1,500 chars: {median_ours:.2f} ms (target ≤ 5 ms)")
    print(f"baseline: reference jieba cut (no HMM):   {median_base:.2f} ms")
    print(f"ratio ours / baseline:                    {median_ours / median_base:.2f}×")
    median_trad = statistics.median(traditional)
    print(
        f"the same bodies in traditional script:    {median_trad:.2f} ms, "
        f"{median_trad / median_ours:.2f}× simplified (target ≤ 1.30×)"
    )
    print(
        f"cold `policyextract extract` on the seed:  {statistics.median(cold):.2f} s "
        f"(target < 1.5 s; bare Python start {python_start:.2f} s)"
    )


if __name__ == "__main__":
    main()
