"""Score fact extractors against hand annotation of the realworld gold bodies.

Gold lives in ``benchmarks/facts_gold/<type>/<page>.json``, one file per annotated page::

    {"page": "020", "facts": [{"paragraph": 3, "text": "5000元", "value": 5000, "unit": "元",
                                "qualifier": "exact", "subject": "一次性育儿津贴"}, …]}

``<type>`` is the plural of a fact type (``quantities``, ``targets``, ``officials``,
``organizations``, ``dates``, ``documents``, …). ``paragraph`` indexes the page's gold ``body``;
``text`` is the exact span. Every other field of a gold fact is compared with the extractor's
field of the same name (fields the gold omits are not compared; keys starting with ``_`` and
``note`` are comments). A page annotated with no facts has ``"facts": []`` — it still counts.
Page ``seed`` is the acceptance article's body (``corpus/``, 6月7日下午 … 融通发展。).

Scores per type:

- ``span``: a predicted fact matches a gold fact on the same paragraph with the identical text
  (multiset matching: a figure said twice is two facts).
- ``value``: matches on paragraph + the normalised fields of the gold fact, ignoring the loose
  fields (``subject``) and the text: numbers compare as numbers, strings stripped, nested lists
  (a target's ``items``) compared as multisets.
- per-field agreement on span-matched pairs; loose fields (``subject``) agree when one contains
  the other.
- ``subject`` (quantities, any type whose gold writes subjects), on span-matched pairs whose gold
  fact *has a noun written*: the gold gives it a non-null ``subject`` (the annotator found the
  thing counted in the clause; a gold fact without a ``subject`` key, or with ``null``, has none
  written and is not counted here). ``exact``: the predicted subject equals the gold's;
  ``contained``: one contains the other (either way; exact included); ``null``: the extractor
  gave no subject — the subject-null rate where a noun is written.
- ``unit`` agreement (exact) on span-matched pairs whose gold writes a ``unit`` (null included:
  a fraction has none); ``unit_text`` likewise when the gold writes it.

    python benchmarks/evaluate_facts.py                     # every annotated type
    python benchmarks/evaluate_facts.py quantities --show   # also list misses and false positives
    python benchmarks/evaluate_facts.py --json scores.json
    python benchmarks/evaluate_facts.py --dev               # the unseen-site sample (below)
    python benchmarks/evaluate_facts.py --dev --pages d072,d112   # some of its pages (a batch)

``--dev`` scores ``benchmarks/facts_gold_dev/<type>/dNNN.json`` instead: the same format, on the
gold bodies of ``../shared/realworld-dev/`` (sites the rules were not tuned on). Its pages are the
first ones in order of ``sha1(id)`` whose gold body has at least 400 characters (a fixed draw, not
a choice of easy or hard pages); their gold gives no publication time, so the one our reader finds
in the page's HTML resolves relative dates, as it would for a user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from policyextract.facts import EXTRACTORS
from policyextract.models import Article, Metadata
from policyextract.reader import read
from policyextract.reader.script import language_of
from policyextract.segmentation import segment
from policyextract.simplify import write_back

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "facts_gold"
GOLD_DEV = ROOT / "benchmarks" / "facts_gold_dev"
REALWORLD = ROOT.parent / "shared" / "realworld"
REALWORLD_DEV = ROOT.parent / "shared" / "realworld-dev"
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"

#: Keys of a gold fact that are not compared as fields.
META = {"paragraph", "text", "start", "end", "rule", "type", "note"}
#: Fields compared loosely (containment) and left out of the ``value`` match.
LOOSE = {"subject"}


def fact_type(folder: str) -> str:
    """``quantities`` → ``quantity``; ``officials`` → ``official``; a singular name stays."""
    names = {name for name, _ in EXTRACTORS}
    for candidate in (folder, folder[:-3] + "y", folder[:-1]):
        if candidate in names:
            return candidate
    raise SystemExit(f"evaluate_facts: no extractor for gold folder {folder!r}")


def load_body(page: str, realworld: Path) -> tuple[list[str], str | None]:
    """The page's gold body and publication time (``seed``: the acceptance article)."""
    if page == "seed":
        lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        first = next(i for i, line in enumerate(lines) if line.startswith("6月7日下午"))
        last = next(i for i, line in enumerate(lines) if line.endswith("融通发展。"))
        return lines[first : last + 1], "2024-06-07T17:25:36+08:00"
    data = json.loads((realworld / "gold" / f"{page}.json").read_text(encoding="utf-8"))
    published = data.get("published")
    if published is None and (realworld / "html" / f"{page}.html").is_file():
        # Dev gold gives no time: take the one read from the page, as a user's run would.
        html = (realworld / "html" / f"{page}.html").read_bytes()
        published = read(html, path=f"{page}.html").metadata.published
    if published and "T" not in published:
        published += "T00:00"
    if published and "+" not in published:
        published += "+08:00"
    return data["body"], published


def page_language(page: str, realworld: Path) -> str | None:
    """The page's script as a user's run reads it: ``zh-Hant`` for a traditional page (whose
    facts are matched in simplified script and written back in its own), else ``None``."""
    if page == "seed":
        return None
    data = json.loads((realworld / "gold" / f"{page}.json").read_text(encoding="utf-8"))
    if (realworld / "html" / f"{page}.html").is_file():
        html = (realworld / "html" / f"{page}.html").read_bytes()
        return read(html, path=f"{page}.html").metadata.language
    return "zh-Hant" if data.get("script") == "hant" else None


def predict(
    type_: str, body: list[str], published: str | None, language: str | None = None
) -> list[dict[str, Any]]:
    extractor = dict(EXTRACTORS)[type_]
    if language is None:  # no page to ask: the body's script, as the reader finds it
        language = language_of("\n".join(body))
    doc = segment(Article(metadata=Metadata(published=published, language=language), body=body))
    facts = extractor(doc)
    if doc.written is not None:  # a traditional or spaced page: facts written back as written
        write_back(facts, doc)
    return [f.model_dump() for f in facts]


def norm(value: Any, *, drop: set[str] = LOOSE) -> Any:
    """A hashable, comparable form: numbers as Decimal, strings stripped, lists as sorted tuples."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        try:
            return Decimal(str(value)).normalize()
        except InvalidOperation:
            return value
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return tuple(sorted((k, norm(v, drop=drop)) for k, v in value.items() if k not in drop))
    if isinstance(value, (list, tuple)):
        return tuple(sorted((norm(v, drop=drop) for v in value), key=repr))
    return repr(value)


def project(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """The predicted fact cut down to the gold fact's fields (nested dicts in lists too)."""
    out: dict[str, Any] = {}
    for key, gval in gold.items():
        pval = pred.get(key)
        if isinstance(gval, list) and isinstance(pval, list) and gval and isinstance(gval[0], dict):
            pval = [project(p, gval[0]) if isinstance(p, dict) else p for p in pval]
        out[key] = pval
    return out


def compared(gold: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in gold.items() if k not in META and not k.startswith("_")}


def loose_equal(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str) and a and b:
        return a in b or b in a
    return norm(a) == norm(b)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    span_hits: int = 0
    value_hits: int = 0
    field_agree: Counter[str] = field(default_factory=Counter)
    field_total: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    value_mismatches: list[str] = field(default_factory=list)
    field_mismatches: list[str] = field(default_factory=list)
    #: subject agreement where the gold writes a subject: exact, contained either way, null.
    subject: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def prf(hits: int, gold: int, predicted: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 1.0
        r = hits / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, Any]:
        span = self.prf(self.span_hits, self.gold, self.predicted)
        value = self.prf(self.value_hits, self.gold, self.predicted)
        fields = {k: round(self.field_agree[k] / n, 3) for k, n in self.field_total.items() if n}
        written = self.subject["written"]
        subject = {
            "written": written,
            **{
                k: round(self.subject[k] / written, 3) if written else None
                for k in ("exact", "contained", "null")
            },
        }
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "span": dict(zip(("p", "r", "f1"), (round(x, 3) for x in span), strict=True)),
            "value": dict(zip(("p", "r", "f1"), (round(x, 3) for x in value), strict=True)),
            "fields": fields,
            **({"subject": subject} if written else {}),
        }


def score_page(
    page: str, gold_facts: list[dict[str, Any]], predicted: list[dict[str, Any]], score: Score
) -> None:
    score.gold += len(gold_facts)
    score.predicted += len(predicted)
    # Span match: pair each gold fact with an unused prediction of the same paragraph and text.
    unused = list(predicted)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for g in gold_facts:
        hit = next(
            (p for p in unused if p["paragraph"] == g["paragraph"] and p["text"] == g["text"]),
            None,
        )
        if hit is None:
            score.misses.append(f"{page} {g['paragraph']} {g['text']} {compared(g)}")
            continue
        unused.remove(hit)
        pairs.append((g, hit))
        score.span_hits += 1
    for p in unused:
        score.false_positives.append(f"{page} {p['paragraph']} {p['text']} {compared(p)}")
    for g, p in pairs:
        if g.get("subject"):
            got = p.get("subject")
            score.subject["written"] += 1
            score.subject["exact"] += got is not None and got.strip() == g["subject"].strip()
            score.subject["contained"] += got is not None and loose_equal(g["subject"], got)
            score.subject["null"] += not got
        for key, gval in compared(g).items():
            pval = project(p, g).get(key)
            score.field_total[key] += 1
            ok = loose_equal(gval, pval) if key in LOOSE else norm(gval) == norm(pval)
            score.field_agree[key] += ok
            if not ok:
                score.field_mismatches.append(
                    f"{page} {g['paragraph']} {g['text']} {key}: gold {gval!r} got {pval!r}"
                )
    # Value match: same paragraph and the same normalised non-loose fields, text ignored.
    unused = list(predicted)
    for g in gold_facts:
        want = norm(compared(g))
        hit = next(
            (
                p
                for p in unused
                if p["paragraph"] == g["paragraph"] and norm(compared(project(p, g))) == want
            ),
            None,
        )
        if hit is None:
            score.value_mismatches.append(f"{page} {g['paragraph']} {g['text']} {compared(g)}")
            continue
        unused.remove(hit)
        score.value_hits += 1


def evaluate(
    folder: str,
    realworld: Path = REALWORLD,
    gold: Path = GOLD,
    pages: frozenset[str] | None = None,
) -> Score:
    """Score one gold folder (``quantities``…) over every page annotated in it, or over those of
    ``pages`` (file stems: ``d059``) only."""
    type_ = fact_type(folder)
    score = Score()
    for path in sorted((gold / folder).glob("*.json")):
        if pages is not None and path.stem not in pages:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        page = str(data.get("page", path.stem))
        body, published = load_body(page, realworld)
        language = page_language(page, realworld)
        score_page(page, data["facts"], predict(type_, body, published, language), score)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("types", nargs="*", help="gold folders (default: every one)")
    parser.add_argument("--realworld", type=Path, help="the pages' folder (default: ../shared/…)")
    parser.add_argument("--dev", action="store_true", help="score the unseen-site sample")
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", type=Path, help="write the scores as JSON")
    parser.add_argument(
        "--pages", help="score these pages only, comma-separated (a held-out batch: d059,d166,…)"
    )
    args = parser.parse_args(argv)
    only = frozenset(args.pages.split(",")) if args.pages else None
    gold = GOLD_DEV if args.dev else GOLD
    realworld = args.realworld or (REALWORLD_DEV if args.dev else REALWORLD)
    if not (realworld / "gold").is_dir():
        print(f"evaluate_facts: no gold pages under {realworld}", file=sys.stderr)
        return 1
    folders = args.types or sorted(p.name for p in gold.iterdir() if p.is_dir())
    results: dict[str, Any] = {}
    for folder in folders:
        score = evaluate(folder, realworld, gold, only)
        summary = results[folder] = score.summary()
        pages = sum(only is None or p.stem in only for p in (gold / folder).glob("*.json"))
        s, v = summary["span"], summary["value"]
        print(
            f"{folder:14} pages {pages:2}  gold {score.gold:4}  pred {score.predicted:4}  "
            f"span P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f}  "
            f"value P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}"
        )
        if summary["fields"]:
            fields = "  ".join(f"{k} {a:.3f}" for k, a in sorted(summary["fields"].items()))
            print(f"{'':14} field agreement on span matches: {fields}")
        if "subject" in summary:
            sub = summary["subject"]
            print(
                f"{'':14} subject where the gold writes one ({sub['written']}): "
                f"exact {sub['exact']:.3f}  contained {sub['contained']:.3f}  "
                f"null rate {sub['null']:.3f}"
            )
        if args.show:
            for title, rows in (
                ("MISS", score.misses),
                ("FP", score.false_positives),
                ("VALUE-MISS", score.value_mismatches),
                ("FIELD", score.field_mismatches),
            ):
                for row in rows:
                    print(f"  {title} {row}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
