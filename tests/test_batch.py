"""``policyextract batch``: inputs, exactly-once accounting, determinism, limits, resume.

Most cases inject :func:`fake_extract` so that they test the batch machinery, not extraction
quality; the mixed-folder case runs the real pipeline on real and odd pages.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from policyextract.batch import Options, Progress, UsageError, collect_inputs, run_batch
from policyextract.cli import main
from policyextract.errors import ExtractionError
from policyextract.facts.quantities import Quantity
from policyextract.models import Metadata
from policyextract.record import Record, SourceInfo, article_id

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO / ".." / "shared" / "realworld"
SEED = REPO / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"


def fake_extract(data: bytes, *, path: str, input_format: str, tokens: bool) -> dict[str, Any]:
    """A stand-in pipeline: one paragraph per line, a quantity fact per number.

    Markers in the page steer it: SLEEP (hangs), CRASH (kills the worker), FAIL (an extraction
    error), BUG (an unexpected exception), SLOW (40 ms of work); a first line ``HANGIF FILE``
    or ``DIEIF FILE`` hangs or kills the worker while FILE exists.
    """
    text = data.decode("utf-8")
    marker, _, flag = text.partition("\n")[0].partition(" ")
    if marker in ("HANGIF", "DIEIF") and os.path.exists(flag):
        if marker == "DIEIF":
            os._exit(9)
        time.sleep(600)
    if "SLEEP" in text:
        time.sleep(600)
    if "CRASH" in text:
        os._exit(3)
    if "FAIL" in text:
        raise ExtractionError("not an article: test", "strip")
    if "BUG" in text:
        raise RuntimeError("boom")
    if "SLOW" in text:
        time.sleep(0.04)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    facts = [
        Quantity(
            text=m.group(),
            paragraph=i,
            start=m.start(),
            end=m.end(),
            rule="test",
            value=int(m.group()),
            unit=None,
        )
        for i, line in enumerate(lines)
        for m in re.finditer(r"\d+", line)
    ]
    return Record(
        source=SourceInfo(
            path=path,
            format="text",
            encoding="utf-8",
            encoding_source="default",
            sha256=hashlib.sha256(data).hexdigest(),
        ),
        metadata=Metadata(title=lines[0]),
        body=lines,
        facts=facts,  # type: ignore[arg-type]
    ).model_dump(mode="json")


def probe_lexicon(data: bytes, *, path: str, input_format: str, tokens: bool) -> dict[str, Any]:
    """:func:`fake_extract` that reports, as the record's ``site``, the process's organisations."""
    from policyextract.lexicon_user import word_list

    record = fake_extract(data, path=path, input_format=input_format, tokens=tokens)
    record["metadata"]["site"] = word_list("organizations")[-1]
    return record


def make_pages(folder: Path, texts: dict[str, str]) -> list[str]:
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return collect_inputs([str(folder)])


def outputs(outdir: Path) -> dict[str, Any]:
    """Every output file's bytes, and the manifest without its ``run`` part (times, workers)."""
    files: dict[str, Any] = {
        p.name: p.read_bytes() for p in sorted(outdir.iterdir()) if p.is_file()
    }
    manifest = json.loads(files.pop("manifest.json"))
    manifest.pop("run")
    files["manifest"] = manifest
    return files


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


PAGES = {f"p{i:02d}.txt": f"第{i}页标题\n正文有{i * 7}家企业。\n第二段{i}。\n" for i in range(10)}
PAGES.update({"sub/fail.txt": "FAIL\n", "sub/bug.txt": "BUG\n"})


# ------------------------------------------------------------------------------------------
# Inputs


def test_collect_inputs_walks_folders_and_skips_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in ["a.html", "b.HTM", "c.shtml", "d.txt", "e.json", "deep/f.txt", "deep/g.pdf"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "h.txt").write_text("x", encoding="utf-8")
    os.symlink(outside, root / "linked_dir")
    os.symlink(outside / "h.txt", root / "linked.txt")
    found = collect_inputs([str(root)])
    names = [os.path.relpath(p, root) for p in found]
    assert names == ["a.html", "b.HTM", "c.shtml", "d.txt", "deep/f.txt"]
    assert collect_inputs([str(root)], glob="*.pdf") == [str(root / "deep" / "g.pdf")]


def test_collect_inputs_files_stdin_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    stdin = io.StringIO(f"{tmp_path}/b.txt\n\n{tmp_path}/missing.txt\n")
    found = collect_inputs(
        [str(tmp_path / "a.json"), "-", str(tmp_path), f"{tmp_path}/./b.txt"], stdin=stdin
    )
    assert found == [f"{tmp_path}/a.json", f"{tmp_path}/b.txt", f"{tmp_path}/missing.txt"]
    with pytest.raises(UsageError):
        collect_inputs([str(tmp_path / "nothing-here")])


# ------------------------------------------------------------------------------------------
# Real pipeline: a mixed folder, every input exactly once

GBK_PAGE = """<!DOCTYPE html><html><head><meta charset="gbk">
<title>市政府召开全市工作会议</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div>
<div class="article"><h1>市政府召开全市工作会议</h1>
<p>6月5日，市政府召开全市经济工作会议，总结今年以来全市经济运行情况，部署下一阶段重点工作。</p>
<p>会议指出，今年以来全市规模以上工业增加值同比增长6.5%，固定资产投资增长8.2%，经济运行稳中有进。</p>
<p>会议要求，各级各部门要坚定信心，狠抓落实，确保完成全年目标任务，推动经济高质量发展。</p>
</div><div class="footer">版权所有 某市人民政府</div></body></html>"""


def test_mixed_folder_gives_each_input_one_record_or_one_error(tmp_path: Path) -> None:
    page = REALWORLD / "html" / "001.html"
    if not page.exists():
        pytest.skip("shared/realworld is absent")
    src = tmp_path / "in"
    src.mkdir()
    html = page.read_bytes()
    (src / "good.html").write_bytes(html)
    (src / "dump.txt").write_bytes(SEED.read_bytes())
    (src / "empty.html").write_bytes(b"")
    (src / "binary.html").write_bytes(bytes(range(256)) * 64)
    (src / "truncated.html").write_bytes(html[: len(html) // 3])
    (src / "gbk.html").write_bytes(GBK_PAGE.encode("gbk"))
    paths = collect_inputs([str(src)])
    summary = run_batch(paths, tmp_path / "out", jobs=1)

    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    done = [r["source"]["path"] for r in records] + [e["path"] for e in errors]
    assert sorted(done) == paths  # nothing lost, nothing doubled
    assert [r["source"]["path"] for r in records] == sorted(r["source"]["path"] for r in records)
    assert (summary.pages, summary.ok, summary.failed) == (6, len(records), len(errors))
    assert summary.exit_status == 1
    by_path = {e["path"]: (e["stage"], e["reason"]) for e in errors}
    assert by_path[str(src / "empty.html")] == ("read", "empty file")
    assert by_path[str(src / "binary.html")][0] == "read"
    for record in records:  # each record is its own page's (no state carried between pages)
        data = Path(record["source"]["path"]).read_bytes()
        assert record["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    good = {r["source"]["path"]: r for r in records}
    assert str(src / "good.html") in good
    gbk = good[str(src / "gbk.html")]
    assert gbk["source"]["encoding"] == "gb18030"
    assert gbk["body"][1].startswith("会议指出，今年以来全市规模以上工业增加值同比增长6.5%")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["ok"] + manifest["counts"]["failed"] == 6
    facts = sum(len(r["facts"]) for r in records)
    assert sum(manifest["counts"]["facts"].values()) == facts


# ------------------------------------------------------------------------------------------
# Determinism, limits


def test_jobs_1_and_jobs_2_write_identical_files(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", PAGES)
    one = run_batch(paths, tmp_path / "one", jobs=1, extract_fn=fake_extract)
    two = run_batch(paths, tmp_path / "two", jobs=2, extract_fn=fake_extract)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert (one.ok, one.failed) == (10, 2)
    assert two.exit_status == 1
    errors = read_jsonl(tmp_path / "one" / "errors.jsonl")
    assert [(Path(e["path"]).name, e["stage"]) for e in errors] == [
        ("bug.txt", "internal"),
        ("fail.txt", "strip"),
    ]
    assert errors[0]["reason"] == "internal error: RuntimeError('boom')"
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == [
        ".current",
        ".sets",
        ".work",
        "README.md",
        "articles.csv",
        "articles.jsonl",
        "articles.parquet",
        "errors.jsonl",
        "facts.csv",
        "facts.parquet",
        "manifest.json",
    ]


def test_articles_jsonl_copies_each_record_from_the_journal_exactly(tmp_path: Path) -> None:
    # The record's JSON text is cut out of its journal line, not re-encoded: a path that
    # contains the journal's own key text must not confuse the cut.
    texts = {'a,"record":{"x".txt': "甲\n1\n", "b\\\\.txt": "乙\n2\n", "c\u3000页.txt": "丙\n"}
    paths = make_pages(tmp_path / "in", texts)
    run_batch(paths, tmp_path / "out", jobs=1, extract_fn=fake_extract)
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    expected = [
        fake_extract(Path(p).read_bytes(), path=p, input_format="auto", tokens=False) for p in paths
    ]
    for record, path in zip(expected, paths, strict=True):  # the dataset keys, set by the batch
        own = article_id(path)
        record.update(article_id=own, story_id=own, story_similarity=1.0)  # bodies unlike
    assert [json.loads(line) for line in lines] == expected
    assert lines == [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in expected]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    try:  # 测 in GBK: bytes that are not UTF-8, as a page saved on a Chinese Windows may be named
        (folder / os.fsdecode(b"gbk-\xb2\xe2.txt")).write_text("甲\n1\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):  # a file system that only takes Unicode names
        pytest.skip("file names must be Unicode here")
    paths = make_pages(folder, {"ok.txt": "乙\n2\n", "bad.txt": "FAIL\n"})
    paths.append(os.fsdecode(os.fsencode(folder) + b"/missing-\xff.txt"))
    summary = run_batch(paths, tmp_path / "out", jobs=1, extract_fn=fake_extract)
    assert (summary.ok, summary.failed) == (2, 2)
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [Path(r["source"]["path"]).name for r in records] == ["gbk-\\xb2\\xe2.txt", "ok.txt"]
    assert [(Path(e["path"]).name, e["stage"]) for e in errors] == [
        ("bad.txt", "strip"),
        ("missing-\\xff.txt", "read"),
    ]
    rows = (tmp_path / "out" / "facts.csv").read_text(encoding="utf-8-sig")
    assert "gbk-\\xb2\\xe2.txt" in rows


def test_a_hung_page_and_a_crashed_worker_become_error_rows(tmp_path: Path) -> None:
    paths = make_pages(
        tmp_path / "in",
        {"a.txt": "甲\n1\n", "b.txt": "SLEEP\n", "c.txt": "CRASH\n", "d.txt": "丁\n2\n"},
    )
    options = Options(timeout=1.0)
    summary = run_batch(paths, tmp_path / "out", jobs=2, options=options, extract_fn=fake_extract)
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["path"]).name, e["stage"]) for e in errors] == [
        ("b.txt", "timeout"),
        ("c.txt", "crash"),
    ]
    assert errors[0]["reason"] == "over 1 s"
    assert errors[1]["reason"] == "worker died (exit code 3)"
    assert (summary.ok, summary.failed) == (2, 2)


# ------------------------------------------------------------------------------------------
# Resume


def kill_after_journal_lines(
    module: str, extract_fn: str, inputs: Path, out: Path, lines: int
) -> int | None:
    """Run a batch of ``inputs`` into ``out`` in a child process with ``module.extract_fn`` (a
    test module's fake extractor), SIGKILL it once its journal holds ``lines`` entries, and
    return its exit code."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        f"from {module} import {extract_fn}\n"
        "from policyextract.batch import collect_inputs, run_batch\n"
        f"run_batch(collect_inputs([sys.argv[2]]), sys.argv[3], jobs=2, extract_fn={extract_fn})\n"
    )
    journal = out / ".work" / "journal.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(Path(__file__).parent), str(inputs), str(out)]
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if journal.exists() and journal.read_bytes().count(b"\n") >= lines:
                break
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    return child.returncode


def test_resume_after_a_killed_run_matches_a_clean_run(tmp_path: Path) -> None:
    texts = {f"p{i:03d}.txt": f"SLOW 第{i}页\n有{i}家\n" for i in range(48)}
    paths = make_pages(tmp_path / "in", texts)
    out = tmp_path / "out"
    journal = out / ".work" / "journal.jsonl"
    assert kill_after_journal_lines("test_batch", "fake_extract", tmp_path / "in", out, 8) == (
        -signal.SIGKILL
    )
    done = journal.read_bytes().count(b"\n")
    assert 8 <= done < 48
    assert not (out / "articles.jsonl").exists()  # nothing half-written under a final name

    resumed = run_batch(paths, out, jobs=2, resume=True, extract_fn=fake_extract)
    assert resumed.skipped >= done
    run_batch(paths, tmp_path / "clean", jobs=2, extract_fn=fake_extract)
    assert outputs(out) == outputs(tmp_path / "clean")
    assert len(read_jsonl(out / "articles.jsonl")) == 48


def test_resume_redoes_changed_and_new_pages_and_a_torn_journal_line(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", PAGES)
    out = tmp_path / "out"
    run_batch(paths, out, jobs=2, extract_fn=fake_extract)
    journal = out / ".work" / "journal.jsonl"
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(b"".join(lines[:-1]) + lines[-1][:20])  # killed while writing a line
    changed = Path(json.loads(lines[0])["path"])  # any page but the torn one
    changed.write_text("改过的页\n99\n", encoding="utf-8")
    paths = make_pages(tmp_path / "in", {"zz.txt": "新页\n5\n"})

    summary = run_batch(paths, out, jobs=2, resume=True, extract_fn=fake_extract)
    assert (summary.pages, summary.skipped) == (13, 10)  # 12 - torn - changed; zz.txt is new
    run_batch(paths, tmp_path / "clean", jobs=1, extract_fn=fake_extract)
    assert outputs(out) == outputs(tmp_path / "clean")


def test_resume_with_other_options_is_refused(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n"})
    run_batch(paths, tmp_path / "out", jobs=1, extract_fn=fake_extract)
    with pytest.raises(UsageError):
        run_batch(
            paths,
            tmp_path / "out",
            jobs=1,
            resume=True,
            options=Options(tokens=True),
            extract_fn=fake_extract,
        )


# ------------------------------------------------------------------------------------------
# Command line


def test_every_worker_loads_the_user_lexicons(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {f"p{i}.txt": f"第{i}页\n" for i in range(6)})
    lexicon = tmp_path / "words.txt"
    lexicon.write_text("[organizations]\n某某测试数据局\n", encoding="utf-8")
    options = Options(lexicons=(str(lexicon),))
    run_batch(paths, tmp_path / "out", jobs=2, options=options, extract_fn=probe_lexicon)
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert [r["metadata"]["site"] for r in records] == ["某某测试数据局"] * 6


@pytest.mark.parametrize(
    "extra",
    [
        ["--formats", "jsonl,xml"],
        ["--jobs", "0"],
        ["--timeout", "-1"],
        ["--lexicon", "/nonexistent/words.txt"],
        ["--lexicon", "BADLEXICON"],
        ["MISSING"],
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, extra: list[str]) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("[no_such_section]\n词\n", encoding="utf-8")
    extra = [str(tmp_path / "bad.txt") if e == "BADLEXICON" else e for e in extra]
    inputs = [str(tmp_path / "a.txt")]
    if extra == ["MISSING"]:
        inputs, extra = [*inputs, str(tmp_path / "missing.txt")], []
    args = ["batch", *inputs, "-o", str(tmp_path / "out"), "-q", *extra]
    assert main(args) == 2
    assert not (tmp_path / "out").exists()


def test_missing_outdir_option_exits_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["batch", str(tmp_path)])
    assert exit.value.code == 2


def test_a_folder_without_pages_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out"), "-q"]) == 2


def test_cli_exit_status_and_formats(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    argv = ["batch", str(tmp_path), "-o", str(out), "-j", "1", "--formats", "csv", "-q"]
    assert main(argv) == 1
    assert sorted(p.name for p in out.iterdir()) == [
        ".current",
        ".sets",
        ".work",
        "README.md",
        "articles.csv",
        "errors.jsonl",
        "facts.csv",
        "manifest.json",
    ]
    error = read_jsonl(out / "errors.jsonl")[0]
    assert error == {
        "path": str(tmp_path / "empty.txt"),
        "offset": None,
        "reason": "empty file",
        "stage": "read",
    }


def test_progress_bar_shows_pages_errors_and_eta() -> None:
    stream = io.StringIO()
    bar = Progress(total=4, done=1, stream=stream)  # one page done by an earlier run
    bar.update(error=False)
    bar.update(error=True)
    bar.update(error=False)
    bar.close()
    last = stream.getvalue().rsplit("\r", 1)[-1]
    # tqdm's closing line: done/total, elapsed<remaining (the ETA), rate, our errors count.
    assert re.search(r"4/4 \[[0-9:]+<00:00, +[0-9.?]+ ?\w*page/s, errors=1\]", last), last
