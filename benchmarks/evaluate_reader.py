"""Score the reader on real pages, HTML or text dumps: ``../shared/realworld`` (26 pages) and
``../shared/realworld-dev`` (207 pages from 77 other sites).

Each page goes through ``policyextract.extract`` (the record a user gets). Per page: body F1
(ROUGE-L, summary-level LCS over jieba tokens of sentences — the metric of magic-html's article
benchmark), title exact match after trimming, published date match (the ``YYYY-MM-DD`` part, and
separately the full minute), source and author exact match (gold ``source`` and ``author``; the
same names in any order), and chrome leakage (how many of the gold ``chrome_samples`` appear in
the extracted body). A field the gold does not give is not scored (the dev set's gold has body,
title and site only; its ``title`` is null where the headline is not in the page's <title>).

    python benchmarks/evaluate_reader.py                 # HTML pages
    python benchmarks/evaluate_reader.py --kind text     # text dumps
    python benchmarks/evaluate_reader.py --dev           # the 207 dev pages, with a per-site table
    python benchmarks/evaluate_reader.py --compare       # also trafilatura and readability-lxml
    python benchmarks/evaluate_reader.py --kind text --no-header   # also without 来源/时间 lines
    python benchmarks/evaluate_reader.py --perturb latin1  # each page with a Latin-1 © added
    python benchmarks/evaluate_reader.py --perturb truncate  # cut inside its last multibyte char
    python benchmarks/evaluate_reader.py --json out.json

The scoring functions (:func:`rouge_l`, :func:`score_page`, :func:`evaluate`, :func:`averages`)
are importable; ``tests/test_reader_gate.py`` reuses them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import regex

Kind = Literal["html", "text"]

REALWORLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "realworld"
REALWORLD_DEV = REALWORLD.parent / "realworld-dev"

# Sentence ends: Chinese and ASCII terminal punctuation, with any closing quotes/brackets after it
# (the split LTP's StnSplit makes in magic-html's benchmark); newlines always end a sentence.
_SENTENCE = regex.compile(r"[^\n]*?(?:[。！？!?…]+[”’」』）)\"']*|$)")


@dataclass(frozen=True)
class Extracted:
    """What a reader returned for one page."""

    body: list[str]
    title: str | None = None
    published: str | None = None
    error: str | None = None
    source: str | None = None
    authors: list[str] | None = None


@dataclass(frozen=True)
class Rouge:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class PageScore:
    page: str
    precision: float
    recall: float
    f1: float
    title: bool | None  # None: the gold does not give it, not scored
    date: bool | None
    minute: bool | None
    leaks: int
    leaked: list[str]
    error: str | None = None
    source: bool | None = None
    authors: bool | None = None
    site: str | None = None  # the page's site (dev set), for the per-site table


# --- the metric ------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Sentences of ``text``: split at line breaks and after 。！？!?… (closing quotes kept)."""
    out: list[str] = []
    for line in text.split("\n"):
        for match in _SENTENCE.finditer(line):
            piece = match.group().strip()
            if piece:
                out.append(piece)
    return out


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def tokens(sentence: str) -> list[str]:
    """jieba tokens of one sentence, white space dropped (as magic-html's benchmark does)."""
    return [t for t in _jieba().lcut(sentence) if t.strip()]


def _lcs_indices(ref: list[str], cand: list[str]) -> list[int]:
    """Indices into ``ref`` of one longest common subsequence (rouge-score's backtrack)."""
    rows, cols = len(ref), len(cand)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        above, here, r = table[i - 1], table[i], ref[i - 1]
        for j in range(1, cols + 1):
            if r == cand[j - 1]:
                here[j] = above[j - 1] + 1
            else:
                here[j] = above[j] if above[j] >= here[j - 1] else here[j - 1]
    found: list[int] = []
    i, j = rows, cols
    while i > 0 and j > 0:
        if ref[i - 1] == cand[j - 1]:
            found.append(i - 1)
            i, j = i - 1, j - 1
        elif table[i - 1][j] > table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    found.reverse()
    return found


def _union_lcs(ref: list[str], cands: list[list[str]], exact: set[tuple[str, ...]]) -> list[str]:
    # A candidate sentence equal to ``ref`` covers all of it: no other candidate can add more,
    # and skipping them keeps the metric cheap when the extraction is nearly right.
    if tuple(ref) in exact:
        return ref
    union: set[int] = set()
    vocab = set(ref)
    for cand in cands:
        if vocab.isdisjoint(cand):
            continue
        union.update(_lcs_indices(ref, cand))
    return [ref[i] for i in sorted(union)]


def summary_lcs(ref: list[list[str]], cand: list[list[str]]) -> Rouge:
    """Summary-level ROUGE-L between tokenised sentences (rouge-score's ``_summary_level_lcs``)."""
    m = sum(map(len, ref))
    n = sum(map(len, cand))
    if not m or not n:
        return Rouge(0.0, 0.0, 0.0)
    left_ref: Counter[str] = Counter()
    left_cand: Counter[str] = Counter()
    for sent in ref:
        left_ref.update(sent)
    for sent in cand:
        left_cand.update(sent)
    exact = {tuple(sent) for sent in cand}
    hits = 0
    for sent in ref:
        for token in _union_lcs(sent, cand, exact):
            if left_cand[token] > 0 and left_ref[token] > 0:
                hits += 1
                left_cand[token] -= 1
                left_ref[token] -= 1
    recall, precision = hits / m, hits / n
    f1 = 0.0 if not hits else 2 * precision * recall / (precision + recall)
    return Rouge(precision, recall, f1)


def rouge_l(gold: Sequence[str], extracted: Sequence[str]) -> Rouge:
    """Body F1: gold paragraphs vs extracted paragraphs, each joined by newlines."""
    ref_text, cand_text = "\n".join(gold), "\n".join(extracted)
    if ref_text == cand_text:
        return Rouge(1.0, 1.0, 1.0)
    ref = [tokens(s) for s in sentences(ref_text)]
    cand = [tokens(s) for s in sentences(cand_text)]
    return summary_lcs([s for s in ref if s], [s for s in cand if s])


def same_title(gold: str | None, got: str | None) -> bool:
    return (gold or "").strip() == (got or "").strip()


def same_date(gold: str | None, got: str | None) -> bool:
    """The ``YYYY-MM-DD`` parts agree (both missing counts as agreement)."""
    return (gold or "")[:10] == (got or "")[:10]


def same_minute(gold: str | None, got: str | None) -> bool:
    """Date, hour and minute agree; a date-only gold needs a date-only answer."""
    return (gold or "")[:16] == (got or "")[:16]


def same_source(gold: str | None, got: str | None) -> bool:
    """The credited outlet, exactly (both missing counts as agreement)."""
    return (gold or "").strip() == (got or "").strip()


def same_authors(gold: str | Sequence[str] | None, got: Sequence[str] | None) -> bool:
    """The same journalists in any order (a gold string is one name)."""
    names = [gold] if isinstance(gold, str) else list(gold or [])
    return sorted(n.strip() for n in names) == sorted(n.strip() for n in got or [])


def score_page(page: str, gold: dict[str, Any], got: Extracted) -> PageScore:
    rouge = rouge_l(gold["body"], got.body)
    text = "\n".join(got.body)
    leaked = [s for s in gold.get("chrome_samples", []) if s and s in text]

    def scored(key: str, same: Callable[[Any, Any], bool], value: Any) -> bool | None:
        # realworld gold always gives these keys (null for "none"); dev gold has no such key.
        return same(gold[key], value) if key in gold else None

    # Dev gold: ``title`` is null where the headline is not in the page's <title>: not scored.
    title = (
        None
        if "headline" in gold and gold["title"] is None
        else scored("title", same_title, got.title)
    )
    return PageScore(
        page=page,
        precision=rouge.precision,
        recall=rouge.recall,
        f1=rouge.f1,
        title=title,
        date=scored("published", same_date, got.published),
        minute=scored("published", same_minute, got.published),
        leaks=len(leaked),
        leaked=leaked,
        error=got.error,
        source=scored("source", same_source, got.source),
        authors=scored("author", same_authors, got.authors),
        site=gold.get("site"),
    )


def _share(values: Sequence[bool | None]) -> float:
    """The share of true among the scored values (1.0 when none is scored)."""
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else 1.0


def averages(rows: Sequence[PageScore]) -> dict[str, float]:
    """Mean per-page numbers; ``f1_of_means`` is magic-html's summary (F1 of mean P and R).
    Title, date, source and authors are shares of the pages whose gold gives them."""
    if not rows:
        return {}
    count = len(rows)
    prec = sum(r.precision for r in rows) / count
    rec = sum(r.recall for r in rows) / count
    return {
        "f1": sum(r.f1 for r in rows) / count,
        "precision": prec,
        "recall": rec,
        "f1_of_means": 0.0 if not prec + rec else 2 * prec * rec / (prec + rec),
        "title": _share([r.title for r in rows]),
        "date": _share([r.date for r in rows]),
        "minute": _share([r.minute for r in rows]),
        "source": _share([r.source for r in rows]),
        "authors": _share([r.authors for r in rows]),
        "leaks": float(sum(r.leaks for r in rows)),
        "refused": float(sum(1 for r in rows if r.error)),
        "pages": float(count),
    }


def by_site(rows: Sequence[PageScore]) -> list[tuple[str, dict[str, float]]]:
    """Averages per site, worst body F1 first (the dev set's per-site failure table)."""
    sites: dict[str, list[PageScore]] = {}
    for row in rows:
        sites.setdefault(row.site or "?", []).append(row)
    table = [(site, averages(site_rows)) for site, site_rows in sites.items()]
    return sorted(table, key=lambda item: (item[1]["f1"], item[0]))


# --- readers ---------------------------------------------------------------------------------

Reader = Callable[[Path, Kind], Extracted]


def read_ours(path: Path, kind: Kind) -> Extracted:
    """policyextract's record for the page (``policyextract.extract``), as a user gets it."""
    return _ours(path, kind)


def with_latin1_byte(data: bytes) -> bytes:
    """The page with a Latin-1 ``©`` (one byte, 0xA9) added to its footer: before ``</body>``,
    else at the end. In UTF-8, GBK or Big5 that byte is invalid where it stands."""
    mark = b" \xa9 2024 "
    at = data.lower().rfind(b"</body>")
    return data[:at] + mark + data[at:] if at >= 0 else data + mark


def with_truncated_end(data: bytes) -> bytes:
    """The page cut inside its last multibyte character (a download or save cut short): what
    follows the character's first byte is gone."""
    for i in range(len(data) - 1, -1, -1):
        if data[i] >= 0x80:
            # Walk back to the first byte of this character (UTF-8 continuation bytes are 10xxxxxx;
            # in GBK/Big5 the lead byte is the first of two high bytes).
            start = i
            while start > 0 and 0x80 <= data[start] < 0xC0 and data[start - 1] >= 0x80:
                start -= 1
            if start == i and i > 0 and data[i - 1] >= 0x80:
                start = i - 1  # a two-byte GBK/Big5 character: keep its lead byte only
            return data[: start + 1]
    return data


PERTURBATIONS: dict[str, Callable[[bytes], bytes]] = {
    "latin1": with_latin1_byte,
    "truncate": with_truncated_end,
}


def perturbed_reader(name: str) -> Reader:
    """Our reader on each page's bytes changed by the perturbation ``name``."""
    change = PERTURBATIONS[name]

    def read(path: Path, kind: Kind) -> Extracted:
        return _ours(change(path.read_bytes()), kind)

    return read


def read_ours_without_header(path: Path, kind: Kind) -> Extracted:
    """Our record for a text dump with its 来源/时间 lines removed: how titles and bodies hold up
    on pages that print no such line (the text reader leans on it to find the header)."""
    from policyextract.reader.text_article import DATELINE, META, classify_line

    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if classify_line(line.strip()) not in (META, DATELINE)]
    return _ours("\n".join(kept) + "\n", "text")


def _ours(source: Path | str | bytes, kind: Kind) -> Extracted:
    """Our record for a page file, its bytes, or its text (a ``str``, read as ``kind``)."""
    from policyextract import ExtractionError, extract

    try:
        if isinstance(source, str):
            record = extract(html=source) if kind == "html" else extract(text=source)
        else:
            record = extract(source, input_format=kind)
    except ExtractionError as err:
        return Extracted(body=[], error=err.reason)
    meta = record["metadata"]
    return Extracted(
        body=record["body"],
        title=meta["title"],
        published=meta["published"],
        source=meta["source"],
        authors=meta["authors"],
    )


def _visible_lines(html: str) -> list[str]:
    from bs4 import BeautifulSoup

    text = BeautifulSoup(html, "lxml").get_text("\n", strip=True)
    return [line for line in text.split("\n") if line.strip()]


def read_trafilatura(path: Path, kind: Kind) -> Extracted:
    import trafilatura

    html = path.read_text(encoding="utf-8", errors="replace")
    text = trafilatura.extract(html, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html)
    return Extracted(
        body=[line for line in text.split("\n") if line.strip()],
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
        authors=[a.strip() for a in (getattr(meta, "author", None) or "").split(";") if a.strip()],
    )


def read_readability(path: Path, kind: Kind) -> Extracted:
    from readability import Document

    doc = Document(path.read_text(encoding="utf-8", errors="replace"))
    return Extracted(body=_visible_lines(doc.summary()), title=doc.short_title())


def page_ids(root: Path, kind: Kind) -> list[str]:
    folder = root / kind
    suffix = ".html" if kind == "html" else ".txt"
    return sorted(
        p.stem for p in folder.glob(f"*{suffix}") if (root / "gold" / f"{p.stem}.json").exists()
    )


def evaluate(
    root: Path = REALWORLD,
    kind: Kind = "html",
    reader: Reader = read_ours,
    pages: Sequence[str] | None = None,
) -> list[PageScore]:
    """Score ``reader`` on every page of ``root`` (or the named ``pages``)."""
    suffix = ".html" if kind == "html" else ".txt"
    rows = []
    for page in pages or page_ids(root, kind):
        gold = json.loads((root / "gold" / f"{page}.json").read_text(encoding="utf-8"))
        rows.append(score_page(page, gold, reader(root / kind / f"{page}{suffix}", kind)))
    return rows


# --- command line ----------------------------------------------------------------------------


def _mark(ok: bool | None) -> str:
    return "   · " if ok is None else "  ok " if ok else "  -- "


def _print_rows(rows: Sequence[PageScore]) -> None:
    print(f"{'page':<6}{'F1':>7}{'P':>7}{'R':>7}  title date minute src  auth leaks")
    for r in rows:
        mark = _mark
        extra = f"  {r.leaked}" if r.leaked else ""
        extra += f"  error: {r.error}" if r.error else ""
        print(
            f"{r.page:<6}{r.f1:7.3f}{r.precision:7.3f}{r.recall:7.3f}"
            f"{mark(r.title)}{mark(r.date)}{mark(r.minute)}{mark(r.source)}{mark(r.authors)}"
            f" {r.leaks:5d}{extra}"
        )


def _print_average(name: str, avg: dict[str, float]) -> None:
    print(
        f"{name:<12} F1 {avg['f1']:.4f}  (P {avg['precision']:.4f} R {avg['recall']:.4f}, "
        f"F1 of means {avg['f1_of_means']:.4f})  title {avg['title']:.3f}  "
        f"date {avg['date']:.3f}  minute {avg['minute']:.3f}  source {avg['source']:.3f}  "
        f"authors {avg['authors']:.3f}  leaks {int(avg['leaks'])}  refused {int(avg['refused'])}"
    )


def _print_sites(rows: Sequence[PageScore], worst: int = 25) -> None:
    print(f"\n{'site (worst first)':<32}{'pages':>6}{'F1':>7}{'title':>7}{'refused':>8}")
    for site, avg in by_site(rows)[:worst]:
        print(
            f"{site:<32}{int(avg['pages']):>6}{avg['f1']:7.3f}{avg['title']:7.3f}"
            f"{int(avg['refused']):>8}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--kind", choices=["html", "text"], default="html")
    parser.add_argument("--root", type=Path, default=REALWORLD, help="the realworld folder")
    parser.add_argument("--dev", action="store_true", help="the dev set (../shared/realworld-dev)")
    parser.add_argument(
        "--perturb", choices=sorted(PERTURBATIONS), help="change each page's bytes first"
    )
    parser.add_argument("--compare", action="store_true", help="also trafilatura, readability")
    parser.add_argument("--json", metavar="FILE", help="write the numbers here")
    parser.add_argument(
        "--no-header",
        action="store_true",
        help="text dumps: also read them without 来源/时间 lines",
    )
    parser.add_argument("pages", nargs="*", help="page ids (default: all)")
    args = parser.parse_args(argv)
    if args.dev:
        args.root = REALWORLD_DEV
    if not (args.root / args.kind).is_dir():
        print(f"no pages under {args.root / args.kind}", file=sys.stderr)
        return 1

    readers: dict[str, Reader] = {
        "policyextract": perturbed_reader(args.perturb) if args.perturb else read_ours
    }
    if args.compare and args.kind == "html":
        readers["trafilatura"] = read_trafilatura
        readers["readability"] = read_readability
    if args.no_header and args.kind == "text":
        readers["no header"] = read_ours_without_header
    results: dict[str, Any] = {"kind": args.kind, "readers": {}}
    for name, reader in readers.items():
        rows = evaluate(args.root, args.kind, reader, args.pages or None)
        if name == "policyextract":
            _print_rows(rows)
            if any(r.site for r in rows):
                _print_sites(rows)
        results["readers"][name] = {
            "average": averages(rows),
            "pages": [asdict(r) for r in rows],
        }
    print()
    for name, result in results["readers"].items():
        _print_average(name, result["average"])
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
