"""Facts on traditional-script pages (issue 15): script invariance and fact density.

Two measures, on pages from ``../shared`` (skipped when absent; nothing of it is committed):

- **Script invariance.** Every simplified realworld and realworld-dev page (HTML) is converted to
  traditional script with OpenCC (``s2t``: the whole page, chrome and metadata too) and both
  versions are extracted. A fact of the original counts as found when the converted page has a
  fact of the same type whose text, converted back (``t2s``), and value are the original's. Every
  fact of a converted page must have an exact span (``body[p][start:end] == text``).
- **Density.** Facts per 1,000 body characters on the traditional and the simplified pages of
  realworld-dev, by type.

    python benchmarks/evaluate_script.py [--limit N] [--show-missed K]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import opencc
import regex

from policyextract import extract
from policyextract.errors import ExtractionError
from policyextract.reader import read_page

SHARED = Path(__file__).resolve().parents[2] / "shared"
_CHARSET = regex.compile(r"charset\s*=\s*[\"']?[\w-]+", regex.IGNORECASE)
TYPES = ("official", "organization", "date", "quantity", "document", "cluster", "campaign")


def _pages(limit: int | None) -> list[Path]:
    pages = sorted((SHARED / "realworld" / "html").glob("*.html"))
    pages += sorted((SHARED / "realworld-dev" / "html").glob("*.html"))
    return pages[:limit] if limit else pages


def _key(fact: dict[str, Any], t2s: Any) -> tuple[str, str, str]:
    value = fact.get("value")
    return fact["type"], t2s.convert(fact["text"]), "" if value is None else str(value)


def _spans_exact(record: dict[str, Any]) -> bool:
    body = record["body"]
    return all(body[f["paragraph"]][f["start"] : f["end"]] == f["text"] for f in record["facts"])


def invariance(pages: list[Path], show: int) -> dict[str, Any]:
    s2t, t2s = opencc.OpenCC("s2t.json"), opencc.OpenCC("t2s.json")
    wanted = found = 0
    bad_spans = 0
    by_type: Counter[str] = Counter()
    missed_by_type: Counter[str] = Counter()
    missed: list[str] = []
    converted_pages = 0
    for page in pages:
        data = page.read_bytes()
        try:
            original = extract(data)
        except ExtractionError:
            continue
        if original["metadata"]["language"] != "zh-Hans":
            continue
        # The page as the reader decoded it, converted, and saved as UTF-8 (its charset too).
        html = _CHARSET.sub("charset=utf-8", s2t.convert(read_page(data).text))
        try:
            converted = extract(html.encode("utf-8"), input_format="html")
        except ExtractionError:
            converted = {"facts": [], "body": [], "metadata": {"language": None}}
        converted_pages += 1
        if not _spans_exact(converted):
            bad_spans += 1
        have = Counter(_key(f, t2s) for f in converted["facts"])
        for fact in original["facts"]:
            key = _key(fact, t2s)
            wanted += 1
            by_type[fact["type"]] += 1
            if have[key] > 0:
                have[key] -= 1
                found += 1
            else:
                missed_by_type[fact["type"]] += 1
                if len(missed) < show:
                    missed.append(f"{page.name}\t{fact['type']}\t{fact['text']}\t{fact.get('value')}")
    return {
        "pages": converted_pages,
        "facts": wanted,
        "found": found / wanted if wanted else 1.0,
        "pages_with_inexact_spans": bad_spans,
        "by_type": {
            t: round(1 - missed_by_type[t] / by_type[t], 3) for t in sorted(by_type) if by_type[t]
        },
        "missed": missed,
    }


def density(limit: int | None) -> dict[str, dict[str, float]]:
    chars: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    pages = sorted((SHARED / "realworld-dev" / "html").glob("*.html"))
    for page in pages[:limit] if limit else pages:
        try:
            record = extract(page.read_bytes())
        except ExtractionError:
            continue
        language = record["metadata"]["language"] or "none"
        chars[language] += sum(map(len, record["body"]))
        counter = counts.setdefault(language, Counter())
        counter.update(f["type"] for f in record["facts"])
    return {
        language: {t: round(counts[language][t] * 1000 / chars[language], 2) for t in TYPES}
        for language in sorted(chars)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--show-missed", type=int, default=0, metavar="K")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent", file=sys.stderr)
        return 0
    result = invariance(_pages(args.limit), args.show_missed)
    print(
        f"script invariance: {result['found']:.3f} of {result['facts']} facts on "
        f"{result['pages']} pages converted to traditional; pages with an inexact span: "
        f"{result['pages_with_inexact_spans']}"
    )
    print("  by type:", result["by_type"])
    for line in result["missed"]:
        print("  missed:", line)
    print("facts per 1,000 body characters on realworld-dev:")
    for language, row in density(args.limit).items():
        print(f"  {language:8}", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
