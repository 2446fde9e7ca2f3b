"""``policyextract batch`` against unlucky and hostile inputs: files that are not files, sizes,
time limits, a second batch on the same folder, retries on resume, deep and self-containing
folders, pages found by content, Ctrl-C.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch import fake_extract, make_pages, outputs, read_jsonl

from policyextract import batch
from policyextract.batch import (
    LOCK_NAME,
    Options,
    UsageError,
    collect_inputs,
    discover,
    run_batch,
)
from policyextract.batch_cli import parse_size
from policyextract.cli import main

REPO = Path(__file__).resolve().parents[1]
SEED_HTML = REPO / "corpus" / "sdenews-2024-06-07-industrial-clusters.html"
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}
TESTS = str(Path(__file__).parent)


def run_cli(*args: str, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policyextract", *args],
        capture_output=True,
        text=True,
        check=False,
        env=ENV,
        timeout=timeout,
        **kwargs,  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------------------------------
# Safe reading


def hostile_folder(folder: Path) -> Path:
    """A folder holding a FIFO, a socket, a 1 GB sparse file and a good page."""
    folder.mkdir()
    os.mkfifo(folder / "fifo.html")
    os.mkfifo(folder / "pipe")  # no suffix: would be sniffed if it were a file
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.html"))
    sock.close()
    with open(folder / "big.html", "wb") as handle:
        handle.truncate(2**30)
    (folder / "ok.html").write_bytes(SEED_HTML.read_bytes())
    return folder


def test_a_fifo_a_socket_a_device_and_a_sparse_gigabyte_are_error_rows_at_once(
    tmp_path: Path,
) -> None:
    src = hostile_folder(tmp_path / "in")
    # A subprocess, so that a hang fails the test instead of stalling the suite; the time limit
    # is long so that a row that came from it (stage timeout) would show the page was not refused.
    done = run_cli(
        "batch", str(src), "/dev/zero", "-o", str(tmp_path / "out"), "-j", "2", "--timeout", "60"
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    rows = {Path(e["path"]).name: e for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert {name: (e["stage"], e["reason"]) for name, e in rows.items()} == {
        "zero": ("read", "not a regular file: a character device"),
        "fifo.html": ("read", "not a regular file: a FIFO (named pipe)"),
        "pipe": ("read", "not a regular file: a FIFO (named pipe)"),
        "sock.html": ("read", "not a regular file: a socket"),
        "big.html": (
            "read",
            "too large for a page: 1024 MiB > 16 MiB (--max-page-size raises the cap)",
        ),
    }
    assert len(read_jsonl(tmp_path / "out" / "articles.jsonl")) == 1


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))


def test_extract_of_dev_zero_and_a_sparse_gigabyte_is_one_line_each_in_bounded_memory(
    tmp_path: Path,
) -> None:
    big = tmp_path / "big.html"
    with open(big, "wb") as handle:
        handle.truncate(2**30)
    # Under a 1 GiB address-space limit: reading either file whole would be a MemoryError.
    done = run_cli("extract", "/dev/zero", str(big), str(SEED_HTML), preexec_fn=_limit_memory)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "policyextract: /dev/zero: not a regular file: a character device",
        f"policyextract: {big}: too large for a page: 1024 MiB > 16 MiB "
        "(--max-page-size raises the cap)",
    ]
    assert json.loads(done.stdout.splitlines()[0])["schema_version"] == 6


def test_max_page_size_sets_the_cap(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲页\n" + "有3家\n" * 3000})
    small = Options(max_page_size=1024)
    run_batch(paths, tmp_path / "small", jobs=1, options=small, extract_fn=fake_extract)
    (row,) = read_jsonl(tmp_path / "small" / "errors.jsonl")
    assert row["reason"].startswith("too large for a page: 24,007 bytes > 1,024 bytes")
    run_batch(paths, tmp_path / "big", jobs=1, extract_fn=fake_extract)
    assert len(read_jsonl(tmp_path / "big" / "articles.jsonl")) == 1
    assert [parse_size(s) for s in ("1024", "64K", "32M", "1G", "1.5MiB")] == [
        1024,
        65536,
        32 * 2**20,
        2**30,
        3 * 2**19,
    ]
    assert main(["extract", str(SEED_HTML), "--max-page-size", "1K", "-o", "/dev/null"]) == 1


def test_after_a_timeout_the_parent_never_opens_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "SLEEP\n", "b.txt": "CRASH\n", "c.txt": "丙\n"})

    def forbidden(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the parent read a page file")

    for name in ("read_page_file", "_file_sha256"):  # the parent's copies only
        monkeypatch.setattr(batch, name, forbidden, raising=False)
    summary = run_batch(
        paths, tmp_path / "out", jobs=2, options=Options(timeout=1.0), extract_fn=fake_extract
    )
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["path"]).name, e["stage"]) for e in errors] == [
        ("a.txt", "timeout"),
        ("b.txt", "crash"),
    ]
    assert summary.ok == 1


# ------------------------------------------------------------------------------------------
# One batch per OUTDIR

BATCH_SCRIPT = (
    "import sys; sys.path.insert(0, sys.argv[1])\n"
    "from test_batch import fake_extract\n"
    "from policyextract.batch import collect_inputs, run_batch\n"
    "run_batch(collect_inputs([sys.argv[2]]), sys.argv[3], jobs=2, extract_fn=fake_extract)\n"
)


def start_batch(src: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", BATCH_SCRIPT, TESTS, str(src), str(out)],
        env=ENV,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_lines(file: Path, lines: int, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if file.exists() and file.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.02)
    raise AssertionError("the batch made no progress")


def test_a_second_batch_on_the_same_outdir_is_refused_and_the_first_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {f"p{i:03d}.txt": f"SLOW 第{i}页\n有{i}家\n" for i in range(60)}
    paths = make_pages(tmp_path / "in", texts)
    out = tmp_path / "out"
    first = start_batch(tmp_path / "in", out)
    try:
        wait_for_lines(out / ".work" / "journal.jsonl", 2, first)
        code = main(["batch", str(tmp_path / "in"), "-o", str(out), "-q"])
        err = capsys.readouterr().err
        with pytest.raises(UsageError, match="another batch is writing"):
            run_batch(paths, out, jobs=1, resume=True, extract_fn=fake_extract)
    finally:
        assert first.wait(120) == 0, first.stderr.read() if first.stderr else ""
    assert code == 2
    assert err.count("\n") == 1
    assert f"another batch is writing this folder (pid {first.pid} on " in err
    assert ", started 20" in err
    run_batch(paths, tmp_path / "clean", jobs=2, extract_fn=fake_extract)
    assert outputs(out) == outputs(tmp_path / "clean")
    assert not (out / LOCK_NAME).exists()


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n"})
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    stale = {"pid": int(dead.stdout), "host": socket.gethostname(), "started": "2020-01-01"}
    (out / LOCK_NAME).write_text(json.dumps(stale), encoding="utf-8")
    assert run_batch(paths, out, jobs=1, extract_fn=fake_extract).ok == 1
    assert not (out / LOCK_NAME).exists()


# ------------------------------------------------------------------------------------------
# --resume retries


def test_resume_retries_a_killed_worker_and_a_timeout_and_matches_a_clean_run(
    tmp_path: Path,
) -> None:
    die, hang = tmp_path / "die.flag", tmp_path / "hang.flag"
    texts = {f"p{i}.txt": f"第{i}页\n有{i}家\n" for i in range(6)}
    texts["dies.txt"] = f"DIEIF {die}\n有7家\n"
    texts["hangs.txt"] = f"HANGIF {hang}\n有8家\n"
    paths = make_pages(tmp_path / "in", texts)
    die.touch()
    hang.touch()
    out = tmp_path / "out"
    first = run_batch(paths, out, jobs=2, options=Options(timeout=1.0), extract_fn=fake_extract)
    assert first.manifest["counts"]["failed_by_stage"] == {"crash": 1, "timeout": 1}
    die.unlink()
    hang.unlink()
    # A longer time limit is accepted on resume; only the two failed pages run again.
    resumed = run_batch(
        paths, out, jobs=2, resume=True, options=Options(timeout=30.0), extract_fn=fake_extract
    )
    assert (resumed.skipped, resumed.failed) == (6, 0)
    run_batch(paths, tmp_path / "clean", jobs=2, extract_fn=fake_extract)
    assert outputs(out)["articles.jsonl"] == outputs(tmp_path / "clean")["articles.jsonl"]
    mine, clean = outputs(out), outputs(tmp_path / "clean")
    for manifest in (mine["manifest"], clean["manifest"]):
        manifest["options"].pop("timeout")
    assert mine == clean


def test_retries_are_counted_across_resumes(tmp_path: Path) -> None:
    die = tmp_path / "die.flag"
    die.touch()
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n", "dies.txt": f"DIEIF {die}\n"})
    out = tmp_path / "out"
    run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    again = run_batch(paths, out, jobs=1, resume=True, retries=0, extract_fn=fake_extract)
    assert again.skipped == 2
    tried = [
        run_batch(paths, out, jobs=1, resume=True, retries=2, extract_fn=fake_extract).skipped
        for _ in range(3)
    ]
    assert tried == [1, 1, 2]  # two retries, then the page is left as it is
    (row,) = read_jsonl(out / "errors.jsonl")
    assert (row["stage"], row["reason"]) == ("crash", "worker died (exit code 9)")
    journal = read_jsonl(out / ".work" / "journal.jsonl")
    assert journal[-1]["tries"] == 3


def test_cli_resume_with_another_timeout_and_retries(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"")
    out = str(tmp_path / "out")
    assert main(["batch", str(tmp_path / "in"), "-o", out, "-q", "--timeout", "5"]) == 1
    argv = ["batch", str(tmp_path / "in"), "-o", out, "-q", "--resume", "--timeout", "9"]
    assert main([*argv, "--retries", "3"]) == 1
    assert main([*argv, "--retries", "-1"]) == 2
    assert main([*argv, "--max-page-size", "1M"]) == 2  # changes records: refused


# ------------------------------------------------------------------------------------------
# Walking folders, finding pages


def test_a_tree_1000_levels_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path / "in"
    deep.mkdir()
    os.chdir(deep)  # relative mkdirs: the full path nears PATH_MAX
    try:
        for _ in range(1000):
            os.mkdir("d")
            os.chdir("d")
        Path("page.txt").write_text("x", encoding="utf-8")
    finally:
        os.chdir(REPO)
    try:
        (found,) = collect_inputs([str(deep)])
        assert found.endswith("/d/page.txt") and found.count("/d") == 1000
    finally:  # removed here, bottom up: shutil.rmtree (pytest's clean-up) recurses per level
        os.chdir(deep)
        try:
            while os.path.isdir("d"):
                os.chdir("d")
            Path("page.txt").unlink(missing_ok=True)
            for _ in range(1000):
                os.chdir("..")
                os.rmdir("d")
        finally:
            os.chdir(REPO)


def test_an_outdir_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    paths = make_pages(src, {"a.txt": "甲\n1\n", "sub/b.txt": "乙\n2\n"})
    out = src / "sub" / "out"
    run_batch(paths, out, jobs=1, extract_fn=fake_extract)
    (out / "report.html").write_text("<html>", encoding="utf-8")
    (out / ".facts.csv.tmp").write_text("x", encoding="utf-8")
    for globs in (None, ["*"]):
        assert discover([str(src)], glob=globs, exclude=out).paths == paths
    # OUTDIR given as the input folder itself: only the batch's own files are left out.
    mine = discover([str(out)], glob=["*"], exclude=out).paths
    assert mine == [str(out / "report.html")]


def test_pages_are_found_by_content_and_skipped_files_are_reported(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    html = SEED_HTML.read_bytes()
    for name in ["show.jsp", "index.php", "article", "view?id=3", "a.XHTML", "page.shtml",
                 "index.html.1"]:  # fmt: skip
        (src / name).write_bytes(html)
    (src / "dump").write_text("山东省先进制造业集群。\n", encoding="gbk")
    (src / "photo").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (src / "paper").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (src / "blob.php").write_bytes(bytes(range(256)))
    (src / "notes.md").write_text("x", encoding="utf-8")
    (src / "empty").write_bytes(b"")
    found = discover([str(src)])
    names = sorted(Path(p).name for p in found.paths)
    assert names == sorted(["show.jsp", "index.php", "article", "view?id=3", "a.XHTML",
                            "page.shtml", "index.html.1", "dump"])  # fmt: skip
    assert found.skipped_counts() == {
        "a PDF file": 1,
        "a PNG image": 1,
        "binary content": 1,
        "empty": 1,
        "not a page name (*.md)": 1,
    }
    assert found.skipped_summary().startswith("5 files (1 a PDF file, 1 a PNG image, ")
    assert discover([str(src)], glob=["*.md", "*.jsp"]).paths == [
        str(src / "notes.md"),
        str(src / "show.jsp"),
    ]


def test_a_folder_with_nothing_readable_says_what_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "paper").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "in" / "notes.md").write_text("x", encoding="utf-8")
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        "policyextract batch: no input pages found; skipped 2 files "
        "(1 a PDF file, 1 not a page name (*.md))\n"
    )


def test_glob_can_be_repeated(tmp_path: Path) -> None:
    paths = make_pages(tmp_path / "in", {"a.txt": "甲\n1\n"})
    (tmp_path / "in" / "b.xml").write_text("乙\n2\n", encoding="utf-8")
    (tmp_path / "in" / "c.md").write_text("丙\n3\n", encoding="utf-8")
    argv = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]
    assert main([*argv, "--glob", "*.xml", "--glob", "*.md"]) == 1  # both read (not articles)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["pages"] == 2
    assert manifest["glob"] == ["*.xml", "*.md"]
    assert manifest["skipped_files"] == {"not matching --glob": 1}
    assert paths == [str(tmp_path / "in" / "a.txt")]


# ------------------------------------------------------------------------------------------
# Messages, interruptions


def test_an_outdir_that_is_a_file_or_not_writable_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("甲\n1\n", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    argv = ["batch", str(tmp_path / "a.txt"), "-q", "-o"]
    assert main([*argv, str(tmp_path / "file")]) == 2
    assert main([*argv, str(tmp_path / "file" / "out")]) == 2
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if "ro" in str(p) else real_access(p, mode)
    )
    (tmp_path / "ro").mkdir()
    assert main([*argv, str(tmp_path / "ro")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"policyextract batch: {tmp_path}/file: exists and is not a folder "
        "(-o names the output folder)",
        f"policyextract batch: {tmp_path}/file/out: cannot create the folder: "
        f"{tmp_path}/file is a file",
        f"policyextract batch: {tmp_path}/ro: the output folder is not writable",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_outdir_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲\n1\n", encoding="utf-8")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o500)
    done = run_cli("batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "ro"))
    assert done.returncode == 2
    assert done.stderr == f"policyextract batch: {tmp_path}/ro: the output folder is not writable\n"


def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(200):
        (src / f"p{i:03d}.html").write_bytes(SEED_HTML.read_bytes())
    for moment in ("starting", "running"):
        # a fresh folder each time: the first run's journal lines must not count as the second's
        # progress (with compiled bytecode the first run gets far within its 0.5 s)
        out = tmp_path / f"out-{moment}"
        journal = out / ".work" / "journal.jsonl"
        child = subprocess.Popen(
            [sys.executable, "-m", "policyextract", "batch", str(src), "-o", str(out), "-j", "2"],
            env=ENV,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
        )
        if moment == "starting":
            time.sleep(0.5)  # imports, forkserver start-up and warm-up still under way
        else:
            wait_for_lines(journal, 1, child)
        os.killpg(child.pid, signal.SIGINT)
        _, err = child.communicate(timeout=60)
        assert child.returncode == 130, (moment, err)
        assert err == "policyextract batch: interrupted; rerun with --resume to finish\n"


def test_workers_of_a_killed_batch_exit_without_tracebacks(tmp_path: Path) -> None:
    texts = {f"p{i:03d}.txt": f"SLOW 第{i}页\n有{i}家\n" for i in range(40)}
    make_pages(tmp_path / "in", texts)
    out = tmp_path / "out"
    child = start_batch(tmp_path / "in", out)
    wait_for_lines(out / ".work" / "journal.jsonl", 4, child)
    child.kill()
    _, err = child.communicate(timeout=60)  # returns once every worker has closed stderr
    assert child.returncode == -signal.SIGKILL
    assert err == ""
    assert (out / LOCK_NAME).exists()  # left by the killed run: taken over by the next
    resumed = run_batch(collect_inputs([str(tmp_path / "in")]), out, jobs=2, resume=True,
                        extract_fn=fake_extract)  # fmt: skip
    assert resumed.ok == 40
