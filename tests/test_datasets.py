"""A batch folder as a dataset (issue 11): unique ids, duplicates and reprints, real types in
Parquet and CSV, the dataset card and ``load_dataset``, a journal that holds only what resume
needs, a commit that is atomic whatever kills it, readers of any ``--formats``, strict JSON.

The logic runs on made-up pages (the test pipeline of test_batch.py) and on the committed corpus
pages; the realworld case (each page copied 5 times, 10 of them edited) skips without
``../shared``.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from benchmark_scripts import load_benchmark
from test_batch import fake_extract, make_pages, read_jsonl

from policyextract import folder
from policyextract.batch import BatchError, UsageError, collect_inputs, run_batch
from policyextract.cli import main
from policyextract.dataset import load_records
from policyextract.output import ARTICLE_SCHEMA, FACT_SCHEMA
from policyextract.record import article_id

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO / ".." / "shared" / "realworld"
CORPUS = REPO / "corpus"

# Paragraphs of two unrelated made-up articles (the test pipeline: one paragraph per line).
STORY = [
    "某省今年以来坚持把发展经济的着力点放在实体经济上，全省规模以上工业增加值同比增长百分之六。",
    "省工业和信息化厅负责人介绍，全省新培育省级先进制造业集群十二个，中小企业特色产业集群三十个。",
    "下一步将加大集群培育力度，开展第二批省级先进制造业集群培育认定，推动集群向高端化迈进。",
    "同时加快集群提质增效，充分发挥集群跨行业跨领域交叉融合优势，鼓励龙头企业牵头组建创新联合体。",
    "会议强调，各地要强化要素保障，完善用地用能支持政策，为集群发展营造良好环境。",
]
OTHER = [
    "市气象台昨日发布寒潮蓝色预警，预计未来三天全市气温将下降八到十摄氏度，并伴有大风天气。",
    "交通部门提醒市民出行注意安全，道路结冰路段将采取临时交通管制措施，请驾驶员减速慢行。",
    "教育部门表示，各中小学将根据天气情况灵活调整上学时间，确保师生安全。",
]


def page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def made_up_pages(tmp_path: Path) -> list[str]:
    """a, and b its exact copy; c a reprint of a (a paragraph dropped, another added); d and e
    another story; na.txt a title that pandas would read as a missing value."""
    reprint = [*STORY[:3], *STORY[4:], "记者了解到，相关部门将加强监督检查，确保政策落到实处。"]
    return make_pages(
        tmp_path / "in",
        {
            "a.txt": page(STORY),
            "b.txt": page(STORY),
            "c.txt": page(reprint),
            "d.txt": page(OTHER),
            "e.txt": page(OTHER[:2]),
            "na.txt": page(["NA", "null", "NaN 3"]),
        },
    )


def by_name(out: Path) -> dict[str, dict[str, Any]]:
    return {Path(r["source"]["path"]).name: r for r in read_jsonl(out / "articles.jsonl")}


# ------------------------------------------------------------------------------------------
# Identity, duplicates, reprints


def test_ids_duplicates_and_stories_of_made_up_pages(tmp_path: Path) -> None:
    paths = made_up_pages(tmp_path)
    out = tmp_path / "out"
    summary = run_batch(paths, out, jobs=2, extract_fn=fake_extract)
    records = by_name(out)
    ids = {name: article_id(r["source"]["path"]) for name, r in records.items()}
    assert {name: r["article_id"] for name, r in records.items()} == ids
    assert len(set(ids.values())) == 6
    shown = {
        name: (r["duplicate_of"], r["story_id"], r["story_similarity"])
        for name, r in records.items()
    }
    a, d = ids["a.txt"], ids["d.txt"]
    assert shown["a.txt"] == (None, a, 1.0)
    assert shown["b.txt"] == (a, a, 1.0)  # the same bytes
    assert shown["c.txt"][:2] == (None, a) and 0.5 <= shown["c.txt"][2] < 1.0
    assert shown["d.txt"] == (None, d, 1.0)
    assert shown["e.txt"][:2] == (None, d)  # two of three paragraphs: a reprint too
    assert shown["na.txt"] == (None, ids["na.txt"], 1.0)
    manifest = summary.manifest
    assert manifest["dedupe"]["threshold"] == 0.4
    assert (manifest["counts"]["duplicates"], manifest["counts"]["stories"]) == (1, 3)

    # The same inputs given the same way: the same ids; a higher threshold splits the reprints.
    again = run_batch(
        paths, out, jobs=1, resume=True, extract_fn=fake_extract, dedupe_threshold=0.95
    )
    assert again.skipped == 6
    records = by_name(out)
    assert {name: r["article_id"] for name, r in records.items()} == ids
    assert records["c.txt"]["story_id"] == ids["c.txt"]
    assert records["b.txt"]["story_id"] == a
    assert again.manifest["dedupe"]["threshold"] == 0.95
    assert "--dedupe-threshold 0.95" in (out / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["0", "1", "nan", "-0.2"])
def test_a_bad_dedupe_threshold_is_bad_usage(tmp_path: Path, value: str) -> None:
    make_pages(tmp_path / "in", {"a.txt": "甲\n"})
    argv = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]
    assert main([*argv, "--dedupe-threshold", value]) == 2
    assert not (tmp_path / "out").exists()


def test_two_inputs_with_one_article_id_fail_loudly_and_keep_the_old_set(tmp_path: Path) -> None:
    # A name whose bytes are not UTF-8 is shown as \xff text: a file really named so collides.
    folder_in = tmp_path / "in"
    folder_in.mkdir()
    try:
        (folder_in / os.fsdecode(b"a\xff.txt")).write_text("甲\n1\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("file names must be Unicode here")
    make_pages(folder_in, {"b.txt": "乙\n"})
    out = tmp_path / "out"
    run_batch(collect_inputs([str(folder_in)]), out, jobs=1, extract_fn=fake_extract)
    before = (out / "manifest.json").read_bytes()
    make_pages(folder_in, {"a\\xff.txt": "丙\n2\n"})
    with pytest.raises(BatchError, match="have the same article_id"):
        run_batch(collect_inputs([str(folder_in)]), out, jobs=1, extract_fn=fake_extract)
    assert (out / "manifest.json").read_bytes() == before
    assert [p.name for p in (out / ".sets").iterdir()] == ["1"]


# ------------------------------------------------------------------------------------------
# The folder as other tools load it


def check_dataset(out: Path) -> None:
    """What every batch folder made with all formats must hold: unique ids, a one-to-one fact
    join, typed published times, tables that give back the JSONL records, the card's configs."""
    import pandas as pd

    records = read_jsonl(out / "articles.jsonl")
    articles = pd.read_parquet(out / "articles.parquet")
    facts = pd.read_parquet(out / "facts.parquet")
    assert articles["article_id"].is_unique and len(articles) == len(records)
    assert (
        len(facts.merge(articles, on="article_id"))
        == len(facts)
        == sum(len(r["facts"]) for r in records)
    )
    for table in (articles, facts):
        assert str(table["published"].dtype) == "datetime64[us, Asia/Shanghai]"
    dated = articles.dropna(subset=["published"])
    assert len(dated) == sum(r["metadata"]["published"] is not None for r in records)
    # published_text is the record's text; published its instant (a date: local midnight).
    for _, row in dated.iterrows():
        text = row["published_text"]
        expected = pd.Timestamp(text + ("T00:00:00+08:00" if len(text) == 10 else ""))
        assert row["published"] == expected
    assert set(facts["first_day"].dropna().map(type)) <= {__import__("datetime").date}

    # Both tables give back the records (but tables and tokens), in Parquet and in CSV.
    expected = [{**r, "tables": [], "tokens": None} for r in records]
    for formats in ("parquet", "csv"):
        only = out.parent / f"{out.name}-{formats}"
        shutil.copytree(folder.read_folder(out), only)
        (only / "articles.jsonl").unlink()
        if formats == "csv":
            for name in ("articles.parquet", "facts.parquet"):
                (only / name).unlink()
        assert load_records(only).records == expected, formats

    # The CSV as the README's recipe reads it: the same rows and values as the Parquet file.
    table = pd.read_csv(
        out / "facts.csv", encoding="utf-8-sig", keep_default_na=False, na_values=[""],
        dtype={"value_text": str},
    )  # fmt: skip
    assert list(table["value_text"].fillna("")) == list(facts["value_text"].fillna(""))
    assert list(table.columns) == FACT_SCHEMA.names


def check_card(out: Path, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    datasets.disable_progress_bars()
    counts = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]
    cache = tmp_path / "hf-cache"
    articles = datasets.load_dataset(str(out), "articles", cache_dir=str(cache))["train"]
    facts = datasets.load_dataset(str(out), "facts", cache_dir=str(cache))["train"]
    assert (articles.num_rows, facts.num_rows) == (counts["ok"], sum(counts["facts"].values()))
    assert articles.column_names == ARTICLE_SCHEMA.names
    assert facts.features["published"].dtype == "timestamp[us, tz=Asia/Shanghai]"


def test_made_up_pages_load_in_pandas_with_na_texts_kept(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out"
    run_batch(made_up_pages(tmp_path), out, jobs=1, extract_fn=fake_extract)
    check_dataset(out)
    recipe = {"encoding": "utf-8-sig", "keep_default_na": False, "na_values": [""]}
    articles = pd.read_csv(out / "articles.csv", **recipe)
    assert "NA" in set(articles["title"])
    body = articles.loc[articles["title"] == "NA", "body"].iloc[0]
    assert body == "NA\nnull\nNaN 3"
    assert pd.isna(pd.read_csv(out / "articles.csv", encoding="utf-8-sig")["title"]).any()


@pytest.fixture(scope="module")
def corpus_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed corpus pages (an article as HTML and as a text dump), two exact copies of
    the HTML page and a reprint of it (other chrome, a paragraph more), by the real pipeline."""
    tmp = tmp_path_factory.mktemp("corpus")
    pages = tmp / "in"
    pages.mkdir()
    html = CORPUS / "sdenews-2024-06-07-industrial-clusters.html"
    for name in ("a.html", "b.html", "c.html"):
        shutil.copy(html, pages / name)
    shutil.copy(CORPUS / "sdenews-2024-06-07-industrial-clusters.txt", pages / "d.txt")
    bench = load_benchmark("bench_dedupe")
    text = html.read_bytes().decode("gb18030")
    (pages / "e.html").write_text(
        bench.edit_page(text, "chrome+add", random.Random(1)), encoding="utf-8"
    )
    run_batch(collect_inputs([str(pages)]), tmp / "out", jobs=2)
    return tmp / "out"


def test_corpus_copies_and_reprint_are_one_story(corpus_batch: Path) -> None:
    records = by_name(corpus_batch)
    first = records["a.html"]["article_id"]
    assert [records[n]["duplicate_of"] for n in sorted(records)] == [None, first, first, None, None]
    assert {r["story_id"] for r in records.values()} == {first}
    assert records["e.html"]["body"] != records["a.html"]["body"]  # an edited reprint
    assert 0.5 <= records["e.html"]["story_similarity"] < 1.0


def test_corpus_folder_loads_with_types_and_round_trips(corpus_batch: Path) -> None:
    check_dataset(corpus_batch)


def test_corpus_folder_loads_in_polars_and_duckdb(corpus_batch: Path) -> None:
    pl = pytest.importorskip("polars")  # not among the test extras: checked where installed
    duckdb = pytest.importorskip("duckdb")
    facts = pl.read_parquet(corpus_batch / "facts.parquet")
    assert facts.schema["published"] == pl.Datetime("us", "Asia/Shanghai")
    assert facts.schema["value"] == pl.Float64 and facts.schema["first_day"] == pl.Date
    joined = duckdb.sql(
        f"SELECT count(*) FROM '{corpus_batch / 'facts.parquet'}' "
        f"JOIN '{corpus_batch / 'articles.parquet'}' USING (article_id)"
    ).fetchall()
    assert joined == [(len(facts),)]


def test_corpus_folder_loads_by_its_card(corpus_batch: Path, tmp_path: Path) -> None:
    check_card(corpus_batch, tmp_path)
    card = (corpus_batch / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "config_name: facts" in card
    for column in (*ARTICLE_SCHEMA.names, *FACT_SCHEMA.names):
        assert f"`{column}`" in card or column.startswith("facts_"), column


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="needs ../shared/realworld")
def test_realworld_pages_copied_and_edited(tmp_path: Path) -> None:
    """Each realworld page copied 5 times, 10 of them lightly edited (one edit each)."""
    bench = load_benchmark("bench_dedupe")
    rng = random.Random(11)
    pages = tmp_path / "in"
    pages.mkdir()
    sources = sorted((REALWORLD / "html").glob("*.html"))
    edited = set(rng.sample(range(len(sources)), 10))
    kinds = {}
    for i, source in enumerate(sources):
        for k in range(5):
            shutil.copy(source, pages / f"{source.stem}-{k}.html")
        if i in edited:
            html = bench.read_page(source.read_bytes(), path=str(source)).text
            kinds[source.stem] = bench.EDITS[i % len(bench.EDITS)]
            edit = bench.edit_page(html, kinds[source.stem], rng)
            (pages / f"{source.stem}-5.html").write_text(edit, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(collect_inputs([str(pages)]), out, jobs=2)
    assert (summary.ok, summary.failed) == (len(sources) * 5 + 10, 0)
    records = by_name(out)
    for source in sources:
        first = records[f"{source.stem}-0.html"]["article_id"]
        copies = [records[f"{source.stem}-{k}.html"] for k in range(1, 5)]
        assert [r["duplicate_of"] for r in copies] == [first] * 4
        if source.stem in kinds:
            reprint = records[f"{source.stem}-5.html"]
            assert reprint["duplicate_of"] is None
            assert reprint["story_id"] == first, kinds[source.stem]
        assert all(r["story_id"] == first for r in copies)
    assert len({r["story_id"] for r in records.values()}) == len(sources)
    assert len({r["article_id"] for r in records.values()}) == len(records)
    check_dataset(out)
    check_card(out, tmp_path)


# ------------------------------------------------------------------------------------------
# The journal: only what resume needs


def test_the_journal_refers_to_articles_jsonl_and_resume_reads_records_back(
    tmp_path: Path,
) -> None:
    paths = made_up_pages(tmp_path)
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    journal = out / ".work" / "journal.jsonl"
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert all("record" not in line and set(line["ref"]) == {"set", "at", "length", "sha256"}
               for line in lines)  # fmt: skip
    articles = (out / "articles.jsonl").read_bytes()
    assert journal.stat().st_size < len(articles)
    ref = lines[2]["ref"]
    line = articles[ref["at"] : ref["at"] + ref["length"]]
    assert hashlib.sha256(line).hexdigest() == ref["sha256"]

    # A line of the set changed behind the batch's back: that page is extracted again, the
    # others are read back; the outputs are a clean run's.
    current = folder.read_folder(out) / "articles.jsonl"
    damaged = articles.replace(line, line.replace(b'"format":"text"', b'"format":"html"'))
    assert len(damaged) == len(articles) and damaged != articles
    current.write_bytes(damaged)
    resumed = run_batch(paths, out, jobs=1, resume=True, extract_fn=fake_extract)
    assert resumed.skipped == len(paths) - 1
    run_batch(paths, tmp_path / "clean", jobs=1, extract_fn=fake_extract)
    clean = tmp_path / "clean" / "articles.jsonl"
    assert (out / "articles.jsonl").read_bytes() == clean.read_bytes()


def test_without_jsonl_the_journal_keeps_the_records(tmp_path: Path) -> None:
    paths = made_up_pages(tmp_path)
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, formats=["parquet"], extract_fn=fake_extract)
    lines = (out / ".work" / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    assert all("record" in json.loads(line) for line in lines)
    formats = ["parquet"]
    resumed = run_batch(paths, out, jobs=1, resume=True, formats=formats, extract_fn=fake_extract)
    assert resumed.skipped == len(paths)
    run_batch(paths, tmp_path / "clean", jobs=1, formats=formats, extract_fn=fake_extract)
    assert load_records(out).records == load_records(tmp_path / "clean").records


def test_resume_refuses_a_journal_of_schema_5(tmp_path: Path) -> None:
    # Its records lack the dataset keys: a resumed dataset would mix two record versions.
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n"})
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    header = out / ".work" / "options.json"
    options = json.loads(header.read_text(encoding="utf-8"))
    assert options.pop("schema_version") == 6
    header.write_text(json.dumps(options), encoding="utf-8")  # as version 5 wrote it
    with pytest.raises(UsageError, match="records of schema 5, this version writes schema 6"):
        run_batch(paths, out, jobs=1, resume=True, extract_fn=fake_extract)


# ------------------------------------------------------------------------------------------
# An atomic commit


def visible(out: Path) -> dict[str, Any]:
    """What a reader sees in OUTDIR: each published name's bytes, the manifest without ``run``."""
    seen: dict[str, Any] = {}
    for name in folder.NAMES:
        path = out / name
        if path.exists():
            seen[name] = path.read_bytes()
    if "manifest.json" in seen:
        manifest = json.loads(seen.pop("manifest.json"))
        manifest.pop("run")
        seen["manifest"] = manifest
    return seen


def make_plain(out: Path) -> None:
    """``out`` as a batch of an earlier version left it: plain files, records in the journal."""
    current = folder.read_folder(out)
    for name in folder.NAMES:
        if (out / name).is_symlink():
            (out / name).unlink()
            if (current / name).exists():
                shutil.copy(current / name, out / name)
    journal = out / ".work" / "journal.jsonl"
    lines = []
    for line in journal.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if "ref" in entry:
            ref = entry.pop("ref")
            data = (current / "articles.jsonl").read_bytes()[ref["at"] : ref["at"] + ref["length"]]
            entry["record"] = json.loads(data)
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
    journal.write_text("".join(lines), encoding="utf-8")
    (out / folder.CURRENT).unlink()
    shutil.rmtree(out / folder.SETS)


def in_child(run: Callable[[], object], kill_at: str) -> int:
    """Run ``run`` in a forked process that dies (exit 86, no clean-up of any kind) when the
    commit reaches step ``kill_at``; its exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            folder.on_step = lambda step: os._exit(86) if step == kill_at else None
            run()
            code = 0
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize("plain", [False, True], ids=["sets", "plain-files-of-an-old-version"])
def test_a_kill_at_each_step_of_the_commit_leaves_one_complete_set(
    tmp_path: Path, plain: bool
) -> None:
    texts = {f"p{i}.txt": page([f"第{i}页", *STORY[i % 5 :]]) for i in range(5)}
    paths = make_pages(tmp_path / "in", texts)
    base = tmp_path / "base"
    run_batch(paths, base, jobs=1, extract_fn=fake_extract)
    old = visible(base)
    # The next run: a page changed, a page added; everything journalled, nothing committed.
    paths = make_pages(tmp_path / "in", {"p1.txt": page(OTHER), "p9.txt": page(STORY[:2])})

    def stop(step: str) -> None:
        raise KeyboardInterrupt

    folder.on_step = stop
    try:
        with pytest.raises(KeyboardInterrupt):
            run_batch(paths, base, jobs=1, resume=True, extract_fn=fake_extract)
    finally:
        folder.on_step = None
    assert visible(base) == old  # an interrupted commit leaves the old set
    if plain:
        make_plain(base)
        assert visible(base) == old
    run_batch(paths, tmp_path / "clean", jobs=1, extract_fn=fake_extract)
    new = visible(tmp_path / "clean")

    def commit(out: Path) -> Callable[[], object]:
        return lambda: run_batch(paths, out, jobs=1, resume=True, extract_fn=fake_extract)

    steps: list[str] = []
    probe = tmp_path / "probe"
    shutil.copytree(base, probe, symlinks=True)
    folder.on_step = steps.append
    try:
        commit(probe)()
    finally:
        folder.on_step = None
    assert visible(probe) == new
    expected = ["files", "card", "manifest", "journal-written", "linked", "swapped", "journal"]
    if plain:
        expected[4:4] = ["adopted", "adopted-linked"]
    assert steps == [*expected, "clean"]

    for step in steps:
        work = tmp_path / f"kill-{step}"
        shutil.copytree(base, work, symlinks=True)
        assert in_child(commit(work), step) == 86, step
        assert visible(work) in (old, new), step  # one complete set, whichever
        assert visible(work) == (new if steps.index(step) >= steps.index("swapped") else old)
        if visible(work) == new:
            assert load_records(work).records == read_jsonl(tmp_path / "clean" / "articles.jsonl")
        commit(work)()  # the next run completes the folder
        assert visible(work) == new, step
        assert sorted(p.name for p in (work / folder.SETS).iterdir()) == [folder.current_set(work)]
        assert not list(work.glob(".*.tmp")) and not (work / ".work" / "journal.jsonl.new").exists()


def test_a_full_disk_at_the_manifest_leaves_the_old_set_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policyextract import output

    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n"})
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    before = visible(out)
    real = output.fsync_file

    def full(path: Path) -> None:
        if path.name == ".manifest.json.tmp":  # written, but the disk is full at its sync
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path)

    monkeypatch.setattr(output, "fsync_file", full)
    paths = make_pages(tmp_path / "in", {"b.txt": "乙\n"})
    with pytest.raises(OSError, match="No space left"):
        run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    assert visible(out) == before
    assert [p.name for p in (out / folder.SETS).iterdir()] == ["1"]  # the new set is gone
    assert not list(out.rglob("*.tmp")) and not list(out.rglob("*.new"))


def test_without_symbolic_links_the_files_are_moved_in_manifest_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "symbolic links not supported")

    monkeypatch.setattr(os, "symlink", refuse)
    paths = made_up_pages(tmp_path)
    out = tmp_path / "out"
    formats = ["jsonl", "parquet"]
    run_batch(paths, out, jobs=1, formats=formats, extract_fn=fake_extract)
    again = run_batch(paths, out, jobs=1, resume=True, formats=formats, extract_fn=fake_extract)
    assert again.skipped == len(paths)  # the journal's records read back from OUTDIR's file
    assert not any(p.is_symlink() for p in out.iterdir())
    assert sorted(p.name for p in out.iterdir()) == [
        ".work", "README.md", "articles.jsonl", "articles.parquet", "errors.jsonl",
        "facts.parquet", "manifest.json",
    ]  # fmt: skip
    monkeypatch.undo()
    run_batch(paths, tmp_path / "clean", jobs=1, formats=formats, extract_fn=fake_extract)
    assert visible(out) == visible(tmp_path / "clean")


# ------------------------------------------------------------------------------------------
# Readers of any --formats; strict JSON


@pytest.mark.parametrize("formats", ["parquet", "csv"])
def test_report_reads_a_folder_made_with_any_formats(tmp_path: Path, formats: str) -> None:
    paths = made_up_pages(tmp_path)
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, formats=[formats], extract_fn=fake_extract)
    assert main(["report", str(out), "-o", str(tmp_path / "report.html")]) == 0
    assert "某省今年以来" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_nan_and_infinity_never_reach_json(tmp_path: Path) -> None:
    record = {"body": ["增长10%"], "metadata": {"title": "x"}, "facts": [
        {"type": "quantity", "text": "10%", "paragraph": 0, "start": 2, "end": 5, "rule": "r",
         "value": float("nan"), "unit": "%"},
    ]}  # fmt: skip
    odd = 'NaN, "big": 1e999, "inf": -Infinity'
    text = json.dumps(record, ensure_ascii=False).replace("NaN", odd)
    (tmp_path / "fed.jsonl").write_text(text + "\n", encoding="utf-8")
    loaded = load_records(tmp_path / "fed.jsonl")
    fact = loaded.records[0]["facts"][0]
    assert (fact["value"], fact["big"], fact["inf"]) == (None, None, None)
    assert main(["report", str(tmp_path / "fed.jsonl"), "-o", str(tmp_path / "r.html")]) == 0
    page_text = (tmp_path / "r.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page_text, re.S)
    assert blocks  # the report's data blocks (index and shards)

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the report's data")

    for data in blocks:  # strict JSON, as a browser's JSON.parse reads it
        json.loads(data, parse_constant=refuse)

    # A record with an infinity from a replacement pipeline: null in the batch's files.
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n"})
    run_batch(paths, tmp_path / "out", jobs=1, extract_fn=infinite_extract)
    line = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8")
    assert '"weight":null' in line and "Infinity" not in line
    weights = pq.read_table(tmp_path / "out" / "articles.parquet").column("keyword_weights")
    assert weights.to_pylist() == [[None]]


def infinite_extract(data: bytes, **kwargs: Any) -> dict[str, Any]:
    """:func:`fake_extract` with an infinite keyword weight."""
    found = fake_extract(data, **kwargs)
    found["keywords"] = [{"word": "x", "weight": float("inf")}]
    return found


def test_usage_error_for_bad_threshold_in_the_api(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="dedupe threshold"):
        run_batch([], tmp_path / "out", dedupe_threshold=1.5)
