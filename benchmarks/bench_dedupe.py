"""Measure the reprint grouping of ``policyextract batch`` (``story_id``): precision, recall, speed.

The pages of ``../shared/realworld`` and ``../shared/realworld-dev`` (HTML and their text dumps)
and copies of each HTML page edited by :func:`edit_page` the way a reprint differs from its
original (other chrome: navigation, footer, title suffix; a paragraph added or removed; another
来源 line) are extracted with the batch's own pipeline. The truth: an HTML page, its text dump
and its edited copies are one story; pages of different ids are different stories, except the
corpus's own reprints (:data:`REPRINTS`: five pairs of realworld-dev pages, the same report on
two sites, and two rewrites of the same news, found by this grouping or the all-pairs margins
and checked by eye). Pairs across stories found at the default
threshold are printed for checking by eye.

Reported, for each threshold and for a few shingle sizes and permutation counts:

- pairwise precision and recall of "same story" (every pair of records in one predicted story
  that is one true story is a true positive), and F1;
- recall per edit kind: the share of edited copies placed in their original's story, and of
  text dumps placed with their HTML page (a select-all copy: more chrome, other line breaks);
- with ``--exact``, the same grouping with exact Jaccard over all earlier records (no LSH, all
  pairs): what LSH's candidate search itself loses; and the margins: the highest exact
  similarity of two records of different stories, the lowest of an edited copy to its original.

Speed: :class:`policyextract.dedupe.Stories` over 10,000 records made from the extracted ones,
(a) reprint-heavy (each record a copy of one of the ~1,400 above with one paragraph of its own
added, so every story has ~7 members per copy round) and (b) mostly distinct (bodies made of
paragraphs drawn at random from all records); CPU seconds per 10,000 records.

    python benchmarks/bench_dedupe.py             # ~1 minute on 2 cores
    python benchmarks/bench_dedupe.py --exact     # adds the all-pairs comparison (~1 more minute)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from policyextract.batch import collect_inputs, run_batch
from policyextract.dedupe import DEFAULT_THRESHOLD, NUM_PERM, SHINGLE_SIZE, Stories, shingles
from policyextract.reader.decoding import read_page

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EDITS = ("chrome", "chrome+add", "chrome+remove", "chrome+source")
# Sentences a reprinting site might add: generic, so they also appear in unrelated copies.
ADDED = (
    "记者了解到，相关部门将进一步加强监督检查，确保各项政策措施落到实处。",
    "据悉，下一步当地还将出台配套细则，推动相关工作取得更大成效。",
    "业内人士表示，这一举措对于促进行业高质量发展具有重要意义。",
    "（本文来源于网络，如有侵权请联系删除）",
    "更多精彩内容，请关注本网站官方微信公众号。",
)
SOURCES = ("新华网", "人民网", "中国新闻网", "央广网", "澎湃新闻")
#: Stories told twice inside realworld-dev, one story each: five reprints (the same report on two
#: sites) and two rewrites (the same news written anew, exact similarity 0.30 and 0.20: more than
#: a reprint's edits, which the grouping is not meant to catch).
REPRINTS = (
    ("d025", "d027"), ("d062", "d184"), ("d067", "d146"), ("d129", "d142"), ("d134", "d148"),
    ("d122", "d195"), ("d180", "d187"),
)  # fmt: skip
_PARAGRAPH = re.compile(r"<p\b[^>]*>(?:(?!</?p\b).)*?</p>", re.IGNORECASE | re.DOTALL)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?[\w-]+", re.IGNORECASE)
_SOURCE = re.compile(r"(来源|來源)(\s*[:：]\s*)([^<\s|]{1,30})")
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


def edit_page(html: str, kind: str, rng: random.Random) -> str:
    """``html`` edited as a reprint of it might be: ``kind`` is one of :data:`EDITS` (other
    chrome always; then a paragraph added, a paragraph removed, or another 来源). The page is
    returned as UTF-8 text: its charset declarations say so."""
    text = _CHARSET.sub("charset=utf-8", html)
    if kind.endswith("+add") or kind.endswith("+remove"):
        paragraphs = [m for m in _PARAGRAPH.finditer(text) if len(_CJK.findall(m.group())) >= 20]
        if paragraphs:
            middle = paragraphs[len(paragraphs) // 2]
            if kind.endswith("+add"):
                added = f"<p>{rng.choice(ADDED)}</p>"
                text = text[: middle.end()] + added + text[middle.end() :]
            else:
                text = text[: middle.start()] + text[middle.end() :]
    if kind.endswith("+source"):
        outlet = rng.choice(SOURCES)
        text, n = _SOURCE.subn(lambda m: m.group(1) + m.group(2) + outlet, text, count=1)
        if not n:
            info = f"<div class='info'>来源：{outlet}</div>"
            text = _BODY.sub(lambda m: m.group() + info, text, 1)
    return _chrome(text, rng)


def _chrome(text: str, rng: random.Random) -> str:
    site = rng.choice(("某某网", "地方新闻网", "政务资讯网"))
    words = ("首页", "要闻", "政务", site)
    nav = "".join(f"<a href='/c{i}'>{w}</a> | " for i, w in enumerate(words))
    ad = "<div class='ad'>广告位招租 联系电话 010-12345678</div>"
    header = f"<div class='topnav'>{nav}</div>{ad}"
    footer = (
        f"<div class='footer'>版权所有 © {site} 京ICP备{rng.randint(10000, 99999)}号 "
        "关于我们 | 联系我们 | 网站地图</div>"
    )
    text = _BODY.sub(lambda m: m.group() + header, text, count=1)
    text = re.sub(r"</body>", lambda m: footer + m.group(), text, count=1, flags=re.IGNORECASE)
    return re.sub(r"</title>", lambda m: f"_{site}" + m.group(), text, count=1, flags=re.I)


def originals() -> list[tuple[str, Path]]:
    """(story id, page file) of every shared page: an HTML page and its text dump share an id,
    and so do the corpus's own reprints."""
    same = {b: a for a, b in REPRINTS}
    found = []
    for folder in ("realworld", "realworld-dev"):
        for sub in ("html", "text"):
            for file in sorted((SHARED / folder / sub).glob("*.*")):
                found.append((f"{folder}/{same.get(file.stem, file.stem)}", file))
    return found


class Page(NamedTuple):
    """A page of the benchmark: its true story, what it is (``html``, ``text dump`` or an edit
    kind) and the shared page it comes from."""

    story: str
    kind: str
    stem: str


def make_pages(folder: Path, seed: int = 7) -> dict[str, Page]:
    """Write the originals and the edited copies into ``folder``: file name → :class:`Page`."""
    rng = random.Random(seed)
    truth: dict[str, Page] = {}
    for story, file in originals():
        stem = f"{file.parent.parent.name}-{file.stem}"
        name = f"{stem}-{file.parent.name}{file.suffix}"
        (folder / name).write_bytes(file.read_bytes())
        truth[name] = Page(story, "html" if file.suffix == ".html" else "text dump", stem)
        if file.suffix != ".html":
            continue
        html = read_page(file.read_bytes(), path=str(file)).text
        for kind in EDITS:
            copy = f"{stem}-{kind.replace('+', '-')}.html"
            (folder / copy).write_text(edit_page(html, kind, rng), encoding="utf-8")
            truth[copy] = Page(story, kind, stem)
    return truth


def extract(folder: Path, out: Path) -> list[dict[str, Any]]:
    run_batch(collect_inputs([str(folder)]), out, jobs=2)
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def group(records: Sequence[dict[str, Any]], **kwargs: Any) -> list[str]:
    stories = Stories(**kwargs)
    return [
        stories.add(r["article_id"], r["source"]["sha256"], r["body"]).story_id for r in records
    ]


def exact_group(records: Sequence[dict[str, Any]], threshold: float) -> list[str]:
    """The same rule with exact Jaccard against every earlier record (all pairs, no LSH)."""
    sets = [shingles(r["body"]) for r in records]
    story: list[str] = []
    for i, found in enumerate(sets):
        best, best_j = None, 0.0
        for j in range(i):
            union = len(found | sets[j])
            jac = len(found & sets[j]) / union if union else 0.0
            if jac >= threshold and jac > best_j:
                best, best_j = j, jac
        story.append(records[i]["article_id"] if best is None else story[best])
    return story


def margins(records: Sequence[dict[str, Any]], pages: Sequence[Page]) -> None:
    """Print the highest exact similarity across stories and the lowest within, by kind."""
    sets = [shingles(r["body"]) for r in records]
    across: list[tuple[float, str, str]] = []
    lowest: dict[str, float] = {}
    html = {page.stem: i for i, page in enumerate(pages) if page.kind == "html"}
    for i, page in enumerate(pages):
        if page.kind != "html":
            other = sets[html[page.stem]]
            union = len(sets[i] | other)
            jac = len(sets[i] & other) / union if union else 1.0
            lowest[page.kind] = min(lowest.get(page.kind, 1.0), jac)
        for j in range(i):
            if pages[j].story != page.story and sets[i] and sets[j]:
                jac = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
                across.append((jac, page.stem, pages[j].stem))
    across.sort(reverse=True)
    top = list(dict.fromkeys((round(j, 3), *sorted((a, b))) for j, a, b in across))[:6]
    print("\nhighest exact similarity across stories (pages):", top)
    print("lowest exact similarity to the HTML page:", {k: round(v, 3) for k, v in lowest.items()})


def pair_scores(predicted: Sequence[str], truth: Sequence[str]) -> tuple[float, float]:
    """Pairwise precision and recall of "same story"."""
    same_pred = _pairs(predicted)
    same_true = _pairs(truth)
    hit = len(same_pred & same_true)
    return hit / max(1, len(same_pred)), hit / max(1, len(same_true))


def _pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
    members: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    return {pair for group in members.values() for pair in itertools.combinations(group, 2)}


def edit_recall(
    predicted: Sequence[str], records: Sequence[dict[str, Any]], truth: dict[str, Page]
) -> dict[str, float]:
    """Per edit kind (and for text dumps), the share of copies in their HTML page's story."""
    pages = [truth[Path(r["source"]["path"]).name] for r in records]
    pairs = list(zip(pages, predicted, strict=True))
    story_of_page = {page.stem: label for page, label in pairs if page.kind == "html"}
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for page, label in pairs:
        if page.kind != "html":
            totals[page.kind] += 1
            hits[page.kind] += label == story_of_page[page.stem]
    return {kind: hits[kind] / totals[kind] for kind in (*EDITS, "text dump") if totals[kind]}


def speed(records: Sequence[dict[str, Any]], n: int, distinct: bool, seed: int = 3) -> float:
    """CPU seconds of :class:`Stories` over ``n`` records made from ``records``."""
    rng = random.Random(seed)
    pool = [p for r in records for p in r["body"] if len(p) > 20]
    made = []
    for i in range(n):
        if distinct:
            body = rng.sample(pool, 12)
        else:
            body = [*records[i % len(records)]["body"], f"第{i}号补充说明。"]
        made.append((f"{i:016x}", f"{i:064x}", body))
    stories = Stories()
    start = time.process_time()
    for article_id, sha, body in made:
        stories.add(article_id, sha, body)
    return time.process_time() - start


def _table(rows: Iterable[Sequence[Any]], header: Sequence[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exact", action="store_true", help="also group with all pairs")
    parser.add_argument("--records", type=int, default=10_000, help="records for the speed run")
    parser.add_argument("--cache", type=Path, help="keep the extracted records in this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        truth = make_pages(folder)
        if args.cache and args.cache.exists():
            records = [json.loads(line) for line in args.cache.read_text("utf-8").splitlines()]
        else:
            records = extract(folder, Path(tmp) / "out")
        if args.cache:
            args.cache.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    labels = [truth[Path(r["source"]["path"]).name].story for r in records]
    kinds = Counter(page.kind for page in truth.values())
    print(f"{len(records)} records ({dict(kinds)}), {len(set(labels))} true stories\n")

    columns = [*EDITS, "text dump"]
    rows = []
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        predicted = group(records, threshold=threshold)
        p, r = pair_scores(predicted, labels)
        by_edit = edit_recall(predicted, records, truth)
        rows.append(
            [threshold, f"{p:.3f}", f"{r:.3f}", f"{2 * p * r / max(p + r, 1e-9):.3f}",
             len(set(predicted)), *(f"{by_edit.get(k, 0):.3f}" for k in columns)]
        )  # fmt: skip
    print(f"shingles {SHINGLE_SIZE} characters, {NUM_PERM} permutations")
    print(_table(rows, ["threshold", "precision", "recall", "F1", "stories", *columns]))

    rows = []
    for size, perms in [(3, 128), (4, 128), (5, 64), (5, 128), (5, 256), (7, 128)]:
        predicted = group(records, threshold=DEFAULT_THRESHOLD, num_perm=perms, shingle_size=size)
        p, r = pair_scores(predicted, labels)
        rows.append([size, perms, f"{p:.3f}", f"{r:.3f}"])
    print(f"\nthreshold {DEFAULT_THRESHOLD}")
    print(_table(rows, ["shingle", "permutations", "precision", "recall"]))

    predicted = group(records, threshold=DEFAULT_THRESHOLD)
    crossed = sorted({(labels[i], labels[j]) for i, j in _pairs(predicted) - _pairs(labels)})
    print(f"\nstory pairs across true stories at {DEFAULT_THRESHOLD}: {crossed[:20]}")

    if args.exact:
        rows = []
        for threshold in (0.3, 0.5, 0.7):
            p, r = pair_scores(exact_group(records, threshold), labels)
            rows.append([threshold, f"{p:.3f}", f"{r:.3f}"])
        print("\nexact Jaccard, all pairs")
        print(_table(rows, ["threshold", "precision", "recall"]))
        margins(records, [truth[Path(r["source"]["path"]).name] for r in records])

    for distinct in (False, True):
        seconds = speed(records, args.records, distinct)
        what = "mostly distinct" if distinct else "reprint-heavy"
        print(
            f"\n{what}: {seconds:.1f} s CPU for {args.records} records "
            f"({seconds / args.records * 1e3:.2f} ms a record)"
        )


if __name__ == "__main__":
    main()
