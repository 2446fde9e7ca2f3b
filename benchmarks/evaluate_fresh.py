"""Score the facts on paragraphs written fresh, tool-blind: ``benchmarks/facts_fresh/*.jsonl``.

Each line is one paragraph written and annotated by an annotator who never ran the tool (see
``facts_fresh/README.md``), in the styles the hidden pages hold: statistics bulletins, work
reports, enterprise and finance news, Hong Kong, Macau and Taiwan news. Each paragraph is read as
a one-paragraph body published on the line's ``published`` date.

- **quantities** are matched in order by ``text`` (else by one text containing the other: an
  annotator may leave a hedge out); then ``value`` and ``unit``, ``qualifier`` and ``subject``
  (exact, contained either way, null) are compared on the matched pairs;
- **dates** by ``text`` and by (``text``, ``value``);
- **documents** by title;
- **targets** by their items' (deadline, value, unit);
- **organisations** by name, **officials** by name, then title and organisation.

Usage::

    python benchmarks/evaluate_fresh.py                 # every file
    python benchmarks/evaluate_fresh.py --show d e      # files d and e, with every disagreement
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent / "facts_fresh"


def _facts(paragraph: dict[str, Any]) -> list[Any]:
    from policyextract.facts import extract_facts
    from policyextract.models import Article, Metadata
    from policyextract.reader.script import language_of
    from policyextract.segmentation import segment

    text = paragraph["text"]
    meta = Metadata(published=paragraph["published"] + "T00:00+08:00", language=language_of(text))
    return extract_facts(segment(Article(metadata=meta, body=[text])))


def _pair(ours: list[Any], gold: dict[str, Any], used: set[int]) -> int | None:
    text = gold["text"]
    for exact in (True, False):
        for i, fact in enumerate(ours):
            if i in used:
                continue
            if fact.text == text if exact else (fact.text in text or text in fact.text):
                return i
    return None


def score(paragraphs: Sequence[dict[str, Any]], show: bool = False) -> Counter[str]:
    """Counts of agreement over ``paragraphs``; with ``show``, each disagreement is printed."""
    n: Counter[str] = Counter()

    def note(kind: str, pid: str, *what: object) -> None:
        if show:
            print(kind, pid, *what)

    for p in paragraphs:
        facts, pid = _facts(p), p["id"]
        if "quantities" in p:
            ours = [f for f in facts if f.type == "quantity"]
            used: set[int] = set()
            for g in p["quantities"]:
                n["q_gold"] += 1
                i = _pair(ours, g, used)
                if i is None:
                    note("quantity-missed", pid, g["text"], g.get("subject"))
                    continue
                used.add(i)
                f = ours[i]
                n["q_hit"] += 1
                value_unit = (
                    abs(float(f.value) - float(g["value"]))
                    <= 1e-9 * max(1.0, abs(float(g["value"])))
                    and f.unit == g["unit"]
                )
                n["q_value_unit"] += value_unit
                if not value_unit:
                    note(
                        "quantity-value",
                        pid,
                        g["text"],
                        g["value"],
                        g["unit"],
                        "≠",
                        f.value,
                        f.unit,
                    )
                n["q_qualifier"] += f.qualifier == g["qualifier"]
                if g.get("subject"):
                    want, got = g["subject"], f.subject
                    n["s_gold"] += 1
                    n["s_exact"] += got == want
                    n["s_contained"] += got is not None and (got in want or want in got)
                    n["s_null"] += got is None
                    if got is None or not (got in want or want in got):
                        note("subject", pid, g["text"], "gold:", want, "ours:", got)
            n["q_ours"] += len(ours)
            for i, f in enumerate(ours):
                if i not in used:
                    note("quantity-extra", pid, f.text, f.subject)
        if "dates" in p:
            ours = [f for f in facts if f.type == "date"]
            pairs = {(f.text, f.value) for f in ours}
            texts = {f.text for f in ours}
            for g in p["dates"]:
                n["d_gold"] += 1
                n["d_text"] += g["text"] in texts
                n["d_value"] += (g["text"], g["value"]) in pairs
                if (g["text"], g["value"]) not in pairs:
                    note("date", pid, g, sorted(pairs))
            n["d_ours"] += len(ours)
        if "documents" in p:
            titles = Counter(f.title for f in facts if f.type == "document")
            wanted = Counter(g["title"] for g in p["documents"])
            n["doc_gold"] += sum(wanted.values())
            n["doc_ours"] += sum(titles.values())
            n["doc_hit"] += sum((wanted & titles).values())
            for title in sorted((wanted - titles).elements()):
                note("document-missed", pid, title)
            for title in sorted((titles - wanted).elements()):
                note("document-extra", pid, title)
        if "targets" in p:
            # items of goals by (deadline, value, unit): a goal found with its due date
            ours_items = Counter(
                (f.deadline, float(i.value), i.unit)
                for f in facts
                if f.type == "target"
                for i in f.items
            )
            gold_items = Counter(
                (t["deadline"], float(i["value"]), i["unit"])
                for t in p["targets"]
                for i in t["items"]
            )
            n["t_gold"] += sum(gold_items.values())
            n["t_ours"] += sum(ours_items.values())
            n["t_hit"] += sum((gold_items & ours_items).values())
            for item in sorted((gold_items - ours_items).elements()):
                note("target-missed", pid, item)
            for item in sorted((ours_items - gold_items).elements()):
                note("target-extra", pid, item)
        if "organizations" in p:
            names = {f.name for f in facts if f.type == "organization"}
            gold = {g["name"] for g in p["organizations"]}
            n["o_gold"] += len(gold)
            n["o_ours"] += len(names)
            n["o_hit"] += len(gold & names)
            for name in sorted(gold - names):
                note("organization-missed", pid, name)
            for name in sorted(names - gold):
                note("organization-extra", pid, name)
            officials = {f.name: f for f in facts if f.type == "official"}
            for g in p["officials"]:
                n["f_gold"] += 1
                f = officials.get(g["name"])
                if f is None:
                    note("official-missed", pid, g)
                    continue
                n["f_hit"] += 1
                n["f_title"] += f.title == g["title"]
                n["f_org"] += f.organization == g["organization"]
                if f.title != g["title"] or f.organization != g["organization"]:
                    note("official-fields", pid, g, "ours:", f.title, f.organization)
            n["f_ours"] += len(officials)
            for name in sorted(set(officials) - {g["name"] for g in p["officials"]}):
                note("official-extra", pid, name, officials[name].title)
    return n


def summary(n: Counter[str]) -> list[str]:
    def r(a: str, b: str) -> str:
        return f"{n[a] / n[b]:.3f}" if n[b] else "-"

    lines = []
    if n["q_gold"]:
        lines.append(
            f"quantities ({n['q_gold']} gold): P {r('q_hit', 'q_ours')} R {r('q_hit', 'q_gold')}; "
            f"value+unit {r('q_value_unit', 'q_hit')}, qualifier {r('q_qualifier', 'q_hit')}; "
            f"subject ({n['s_gold']}) exact {r('s_exact', 's_gold')}, contained "
            f"{r('s_contained', 's_gold')}, null {r('s_null', 's_gold')}"
        )
    if n["d_gold"]:
        lines.append(
            f"dates ({n['d_gold']} gold): text R {r('d_text', 'd_gold')}; value P "
            f"{r('d_value', 'd_ours')} R {r('d_value', 'd_gold')}"
        )
    if n["doc_gold"]:
        lines.append(
            f"documents ({n['doc_gold']} gold, by title): P {r('doc_hit', 'doc_ours')} "
            f"R {r('doc_hit', 'doc_gold')}"
        )
    if n["t_gold"]:
        lines.append(
            f"target items ({n['t_gold']} gold, by deadline, value and unit): "
            f"P {r('t_hit', 't_ours')} R {r('t_hit', 't_gold')}"
        )
    if n["o_gold"]:
        lines.append(
            f"organisations ({n['o_gold']} gold): P {r('o_hit', 'o_ours')} R {r('o_hit', 'o_gold')}"
        )
    if n["f_gold"]:
        lines.append(
            f"officials ({n['f_gold']} gold): P {r('f_hit', 'f_ours')} R {r('f_hit', 'f_gold')}; "
            f"title {r('f_title', 'f_hit')}, organisation {r('f_org', 'f_hit')}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("sets", nargs="*", help="file stems (a, b…); default: all")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    files = sorted(ROOT.glob("*.jsonl"))
    if args.sets:
        files = [f for f in files if f.stem in args.sets]
    if not files:
        print(f"no fresh sets in {ROOT}", file=sys.stderr)
        return 1
    paragraphs = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines()]
    print(f"{len(paragraphs)} paragraphs from {', '.join(f.stem for f in files)}")
    for line in summary(score(paragraphs, show=args.show)):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
