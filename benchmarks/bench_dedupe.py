"""Measure the reprint grouping of ``policyextract batch`` (``story_id``): precision, recall, speed.

The pages of ``../shared/realworld`` and ``../shared/realworld-dev`` (HTML and their text dumps)
and copies of each HTML page edited by :func:`edit_page` the way a reprint differs from its
original (other chrome: navigation, footer, title suffix; a paragraph added or removed; another
来源 line) are extracted with the batch's own pipeline. The truth: an HTML page, its text dump
and its edited copies are one story; pages of different ids are different stories (the corpus
may hold a few true reprints of its own: the pairs across ids found at the chosen threshold are
printed for checking by eye).

Reported, for each threshold and for a few shingle sizes and permutation counts:

- pairwise precision and recall of "same story" (every pair of records in one predicted story
  that is one true story is a true positive), and F1;
- recall per edit kind: the share of edited copies placed in their original's story;
- with ``--exact``, the same grouping with exact Jaccard over all earlier records (no LSH, all
  pairs): what LSH's candidate search itself loses.

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
from typing import Any

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
            text = _BODY.sub(lambda m: m.group() + f"<div class='info'>来源：{outlet}</div>", text, 1)
    return _chrome(text, rng)


def _chrome(text: str, rng: random.Random) -> str:
    site = rng.choice(("某某网", "地方新闻网", "政务资讯网"))
    nav = "".join(f"<a href='/c{i}'>{w}</a> | " for i, w in enumerate(("首页", "要闻", "政务", site)))
    header = f"<div class='topnav'>{nav}</div><div class='ad'>广告位招租 联系电话 010-12345678</div>"
    footer = (
        f"<div class='footer'>版权所有 © {site} 京ICP备{rng.randint(10000, 99999)}号 "
        "关于我们 | 联系我们 | 网站地图</div>"
    )
    text = _BODY.sub(lambda m: m.group() + header, text, count=1)
    text = re.sub(r"</body>", lambda m: footer + m.group(), text, count=1, flags=re.IGNORECASE)
    return re.sub(r"</title>", lambda m: f"_{site}" + m.group(), text, count=1, flags=re.I)


def originals() -> list[tuple[str, Path]]:
    """(story id, page file) of every shared page: an HTML page and its text dump share an id."""
    found = []
    for folder in ("realworld", "realworld-dev"):
        for sub in ("html", "text"):
            for file in sorted((SHARED / folder / sub).glob("*.*")):
                found.append((f"{folder}/{file.stem}", file))
    return found


def make_pages(folder: Path, seed: int = 7) -> dict[str, tuple[str, str]]:
    """Write the originals and the edited copies into ``folder``: file name → (story id, edit
    kind, or ``original``)."""
    rng = random.Random(seed)
    truth: dict[str, tuple[str, str]] = {}
    for story, file in originals():
        name = f"{story.replace('/', '-')}-{file.parent.name}{file.suffix}"
        (folder / name).write_bytes(file.read_bytes())
        truth[name] = (story, "original")
        if file.suffix != ".html":
            continue
        html = read_page(file.read_bytes(), path=str(file)).text
        for kind in EDITS:
            copy = f"{story.replace('/', '-')}-{kind.replace('+', '-')}.html"
            (folder / copy).write_text(edit_page(html, kind, rng), encoding="utf-8")
            truth[copy] = (story, kind)
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
    predicted: Sequence[str], records: Sequence[dict[str, Any]], truth: dict[str, tuple[str, str]]
) -> dict[str, float]:
    """Per edit kind, the share of edited copies in the story of their original HTML page."""
    story_of_original = {}
    kinds = []
    for label, record in zip(predicted, records, strict=True):
        story, kind = truth[Path(record["source"]["path"]).name]
        kinds.append((story, kind, label))
        if kind == "original" and record["source"]["path"].endswith(".html"):
            story_of_original[story] = label
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for story, kind, label in kinds:
        if kind != "original":
            totals[kind] += 1
            hits[kind] += label == story_of_original.get(story)
    return {kind: hits[kind] / totals[kind] for kind in EDITS if totals[kind]}


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        truth = make_pages(folder)
        records = extract(folder, Path(tmp) / "out")
    labels = [truth[Path(r["source"]["path"]).name][0] for r in records]
    kinds = Counter(kind for _, kind in truth.values())
    print(f"{len(records)} records ({dict(kinds)}), {len(set(labels))} true stories\n")

    rows = []
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        predicted = group(records, threshold=threshold)
        p, r = pair_scores(predicted, labels)
        by_edit = edit_recall(predicted, records, truth)
        rows.append(
            [threshold, f"{p:.3f}", f"{r:.3f}", f"{2 * p * r / max(p + r, 1e-9):.3f}",
             len(set(predicted)), *(f"{by_edit.get(k, 0):.3f}" for k in EDITS)]
        )  # fmt: skip
    print(f"shingles {SHINGLE_SIZE} characters, {NUM_PERM} permutations")
    print(_table(rows, ["threshold", "precision", "recall", "F1", "stories", *EDITS]))

    rows = []
    for size, perms in [(3, 128), (4, 128), (5, 64), (5, 128), (5, 256), (7, 128)]:
        predicted = group(records, threshold=DEFAULT_THRESHOLD, num_perm=perms, shingle_size=size)
        p, r = pair_scores(predicted, labels)
        rows.append([size, perms, f"{p:.3f}", f"{r:.3f}"])
    print(f"\nthreshold {DEFAULT_THRESHOLD}")
    print(_table(rows, ["shingle", "permutations", "precision", "recall"]))

    predicted = group(records, threshold=DEFAULT_THRESHOLD)
    crossed = Counter(
        (labels[i], labels[j])
        for i, j in _pairs(predicted) - _pairs(labels)
    )  # fmt: skip
    print(f"\nstory pairs across ids at {DEFAULT_THRESHOLD}: {sorted(crossed)[:20]}")

    if args.exact:
        rows = []
        for threshold in (0.3, 0.5, 0.7):
            p, r = pair_scores(exact_group(records, threshold), labels)
            rows.append([threshold, f"{p:.3f}", f"{r:.3f}"])
        print("\nexact Jaccard, all pairs")
        print(_table(rows, ["threshold", "precision", "recall"]))

    for distinct in (False, True):
        seconds = speed(records, args.records, distinct)
        what = "mostly distinct" if distinct else "reprint-heavy"
        print(
            f"\n{what}: {seconds:.1f} s CPU for {args.records} records "
            f"({seconds / args.records * 1e3:.2f} ms a record)"
        )


if __name__ == "__main__":
    main()
