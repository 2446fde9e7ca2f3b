"""Print every fact of one type found in the realworld gold bodies, with its context, to estimate
precision by eye (and the numbers nobody picked up, to estimate recall).

    python benchmarks/facts_sample.py quantity [--realworld ../shared/realworld] [--misses]

Each line: page, paragraph, ``…context[fact text]context…`` and the fact's typed fields. The seed
article's body (``corpus/``, lines from 6月7日下午 to 融通发展。) comes first as page ``seed``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import regex

from policyextract.facts import EXTRACTORS
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
CONTEXT = 12
#: Any numeral, for --misses: digits or a run of Chinese numeral characters.
NUMERAL = regex.compile(
    r"[0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十][一二两三四五六七八九十百千万亿]*"
)
BASE_FIELDS = {"type", "text", "paragraph", "start", "end"}


def pages(realworld: Path) -> list[tuple[str, list[str], str | None]]:
    found: list[tuple[str, list[str], str | None]] = []
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    first = next(i for i, line in enumerate(lines) if line.startswith("6月7日下午"))
    last = next(i for i, line in enumerate(lines) if line.endswith("融通发展。"))
    found.append(("seed", lines[first : last + 1], "2024-06-07T17:25:36+08:00"))
    for gold in sorted((realworld / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        published = data.get("published")
        if published and "T" not in published:
            published += "T00:00"
        if published and "+" not in published:
            published += "+08:00"
        found.append((gold.stem, data["body"], published))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("type", choices=[name for name, _ in EXTRACTORS])
    parser.add_argument("--realworld", type=Path, default=ROOT.parent / "shared" / "realworld")
    parser.add_argument("--misses", action="store_true", help="numerals not inside any fact")
    args = parser.parse_args()
    extractor = dict(EXTRACTORS)[args.type]
    for name, body, published in pages(args.realworld):
        doc = segment(Article(metadata=Metadata(published=published), body=body))
        facts = extractor(doc)
        for f in facts:
            text = doc.paragraphs[f.paragraph]
            left, right = text[max(0, f.start - CONTEXT) : f.start], text[f.end : f.end + CONTEXT]
            fields = json.dumps(f.model_dump(exclude=BASE_FIELDS), ensure_ascii=False)
            print(f"{name} {f.paragraph} …{left}[{f.text}]{right}… {fields}")
        if args.misses:
            for i, text in enumerate(doc.paragraphs):
                spans = [(f.start, f.end) for f in facts if f.paragraph == i]
                for m in NUMERAL.finditer(text):
                    if not any(s <= m.start() < e for s, e in spans):
                        left, right = text[max(0, m.start() - CONTEXT) : m.start()], text[m.end() :]
                        print(f"{name} {i} MISS …{left}[{m.group()}]{right[:CONTEXT]}…")


if __name__ == "__main__":
    main()
