"""Crawl archives and original URLs (issue 12): WARC and MHTML inputs, ``--url`` and ``--urls``.

The committed fixtures (``tests/fixtures/archives/``, made-up articles, written by ``make.py``
there) test the feature without ``../shared``; the realworld pages, turned into WARC and MHTML
files in a temporary folder, test that an archived page gives the same record as the page file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from archive_pages import Capture, gzipped, mhtml_bytes, warc_bytes
from test_batch import fake_extract, kill_after_journal_lines, outputs, read_jsonl

from policyextract.archives import is_mhtml, is_warc, shown_key, split_key
from policyextract.batch import Options, collect_inputs, discover, run_batch
from policyextract.cli import main
from policyextract.pipeline import extract

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "archives"
REALWORLD = REPO / ".." / "shared" / "realworld"

ARTICLE_URL = "https://news.example.cn/2024-05/21/content_1001.html?from=list"
UNDATED_URL = "https://news.example.cn/content/1002.html"
SAVED_URL = "https://news.example.cn/2024-05/21/content_1001.html"


def archived(fake: Any = fake_extract) -> Any:
    """``fake`` that also puts the origin keywords (url, captured, offset) into its record."""

    def run(data: bytes, *, path: str, input_format: str, tokens: bool, **origin: Any) -> Any:
        record = fake(data, path=path, input_format=input_format, tokens=tokens)
        record["metadata"]["url"] = origin.get("url")
        record["metadata"]["published"] = origin.get("captured")
        record["source"]["offset"] = origin.get("offset")
        return record

    return run


def slow_archived(data: bytes, *, path: str, input_format: str, tokens: bool, **origin: Any) -> Any:
    """:func:`archived` over ``fake_extract``, importable by worker processes."""
    return archived()(data, path=path, input_format=input_format, tokens=tokens, **origin)


def warc_header(archive: bytes, offset: int) -> str:
    """The header block of the WARC record at ``offset``, read without warcio: the gzip member
    there (a .warc.gz) or the bytes there (a .warc)."""
    data = archive[offset:]
    if data.startswith(b"\x1f\x8b"):
        data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(4096)
    return data.split(b"\r\n\r\n", 1)[0].decode()


def synthetic_pages(count: int) -> list[Capture]:
    return [
        Capture(f"https://news.example.cn/p/{i:03d}.html", f"SLOW 第{i}页\n有{i}家\n".encode())
        for i in range(count)
    ]


# ------------------------------------------------------------------------------------------
# The committed fixtures, through the real pipeline


def test_a_warc_and_an_mhtml_file_give_their_pages_with_url_date_and_offset(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("crawl.warc.gz", "page.mhtml"):
        shutil.copy(FIXTURES / name, src / name)
    found = discover([str(src)])
    warc = str(src / "crawl.warc.gz")
    assert [split_key(p)[0] for p in found.paths] == [warc, warc, str(src / "page.mhtml")]
    # Every record that is not a page is counted, none dropped (make.py lists the records).
    assert found.skipped_record_counts() == {
        "HTTP status 404": 1,
        "WARC metadata record": 1,
        "WARC request record": 4,
        "WARC warcinfo record": 1,
        "not HTML (image/png)": 1,
    }
    summary = run_batch(
        found.paths, tmp_path / "out", jobs=1, skipped_records=found.skipped_record_counts()
    )
    assert (summary.ok, summary.failed) == (3, 0)
    article, undated, saved = read_jsonl(tmp_path / "out" / "articles.jsonl")
    page = extract(FIXTURES / "article.html")

    # The page fetched with gzip and chunking: the same record as the page file, but the URL is
    # the one it was fetched from (not its canonical URL) and the source names archive + offset.
    assert (article["body"], article["facts"]) == (page["body"], page["facts"])
    assert article["source"]["sha256"] == page["source"]["sha256"]
    assert article["metadata"]["url"] == ARTICLE_URL != page["metadata"]["url"]
    assert article["metadata"]["published"] == "2024-05-21T09:30:00+08:00"  # the page's own
    assert article["source"]["path"] == warc
    archive = (src / "crawl.warc.gz").read_bytes()
    header = warc_header(archive, article["source"]["offset"])
    assert "WARC-Type: response" in header and f"WARC-Target-URI: {ARTICLE_URL}" in header

    # No publication time on the page: the WARC-Date 2024-05-22T00:21:04Z in +08:00, and the
    # relative dates resolved from it (今年 → 2024, 去年 → 2023); no site name: the URL's host.
    assert undated["metadata"]["published"] == "2024-05-22T08:21:04+08:00"
    assert undated["metadata"]["published_from"] == "archive"
    dates = {f["text"]: f["value"] for f in undated["facts"] if f["type"] == "date"}
    assert dates == {"今年": "2024", "去年": "2023"}
    assert (undated["metadata"]["url"], undated["metadata"]["site"]) == (
        UNDATED_URL,
        "news.example.cn",
    )
    assert f"WARC-Target-URI: {UNDATED_URL}" in warc_header(archive, undated["source"]["offset"])
    assert article["source"]["offset"] < undated["source"]["offset"]

    # The MHTML file (GBK, quoted-printable): the same body and facts; its saved URL.
    assert (saved["body"], saved["facts"]) == (page["body"], page["facts"])
    assert (saved["source"]["path"], saved["source"]["offset"]) == (str(src / "page.mhtml"), None)
    assert saved["metadata"]["url"] == SAVED_URL

    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == 6
    assert sum(manifest["skipped_records"].values()) == 8
    import pyarrow.parquet as pq

    rows = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    assert [(r["path"], r["offset"]) for r in rows] == [
        (warc, article["source"]["offset"]),
        (warc, undated["source"]["offset"]),
        (str(src / "page.mhtml"), None),
    ]
    facts = pq.read_table(tmp_path / "out" / "facts.parquet").to_pylist()
    assert {r["offset"] for r in facts if r["path"] == warc} == {
        article["source"]["offset"],
        undated["source"]["offset"],
    }


def test_extract_reads_an_mhtml_file_and_refuses_a_warc_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(FIXTURES / "page.mhtml")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["metadata"]["url"] == SAVED_URL
    assert record["body"] == extract(FIXTURES / "article.html")["body"]

    assert main(["extract", str(FIXTURES / "crawl.warc.gz")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"policyextract: {FIXTURES / 'crawl.warc.gz'}: a WARC archive of many pages, not one "
        "page: `policyextract batch` reads the pages in it"
    ]


def test_extract_url_fills_metadata_url_and_dates_an_undated_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "https://county.example.cn/2023-11/02/roads.html"
    assert main(["extract", "--url", url, str(FIXTURES / "undated.html")]) == 0
    meta = json.loads(capsys.readouterr().out)["metadata"]
    assert (meta["url"], meta["published"], meta["site"]) == (
        url,
        "2023-11-02",
        "county.example.cn",
    )
    assert meta["published_from"] == "url"

    # The given URL is where the page was fetched from: it wins over the page's canonical URL,
    # and the page's own time still wins over the URL's date.
    assert main(["extract", "--url", url, str(FIXTURES / "article.html")]) == 0
    meta = json.loads(capsys.readouterr().out)["metadata"]
    assert (meta["url"], meta["published"], meta["site"]) == (
        url,
        "2024-05-21T09:30:00+08:00",
        "示例新闻网",
    )
    assert extract(FIXTURES / "undated.html", url=url)["metadata"]["url"] == url


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--url", "https://a.example/x", "a.html", "b.html"], "--url is the URL of one page"),
        (["--url", "www.example.cn/a.html", "a.html"], "is not an http(s) URL"),
    ],
)
def test_extract_url_misuse_exits_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *argv]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and message in err[0]


# ------------------------------------------------------------------------------------------
# Broken archives: one error row each, no traceback, the rest of the batch goes on


def test_truncated_and_corrupt_warc_files_give_one_error_row_each(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    pages = [FIXTURES / "article.html", FIXTURES / "undated.html", FIXTURES / "article.html"]
    captures = [
        Capture(f"https://x.example.cn/{i}.html", page.read_bytes()) for i, page in enumerate(pages)
    ]
    bad: dict[tuple[str, int], str] = {}  # (file, offset) → words of the reason
    for name, gz in (("cut.warc", False), ("cut.warc.gz", True)):
        data = warc_bytes(captures, gz=gz)
        # The last record is the third response: cut it in half, as a killed crawler leaves it.
        last = _offsets(data, gz)[-1]
        (src / name).write_bytes(data[: last + (len(data) - last) // 2])
        bad[name, last] = "truncated WARC record"
    whole = warc_bytes(captures, gz=False)
    (src / "one-stream.warc.gz").write_bytes(gzip.compress(whole))  # not record by record
    bad["one-stream.warc.gz", 0] = "warcio recompress"
    (src / "garbage.warc").write_bytes(b"WARC/1.0\r\nthis is no header\r\n\r\n" + bytes(200))
    bad["garbage.warc", 0] = "unreadable WARC record"
    second = _offsets(whole, False)[1]  # a broken record between the first and second page
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n"
    (src / "broken.warc").write_bytes(whole[:second] + broken + whole[second:])
    bad["broken.warc", second] = "unreadable WARC record"
    shutil.copy(FIXTURES / "article.html", src / "page.html")

    done = subprocess.run(
        [sys.executable, "-m", "policyextract", "batch", str(src), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "WARNING" not in done.stderr
    records = read_jsonl(tmp_path / "out" / "articles.jsonl")
    # The pages before a cut or broken record are read: two in each cut file, one before the
    # broken record; the batch goes on to the page file.
    assert sorted(Path(r["source"]["path"]).name for r in records) == [
        "broken.warc",
        "cut.warc",
        "cut.warc",
        "cut.warc.gz",
        "cut.warc.gz",
        "page.html",
    ]
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert sorted((Path(e["path"]).name, e["offset"]) for e in errors) == sorted(bad)
    for error in errors:
        assert error["stage"] == "read" and "\n" not in error["reason"]
        assert bad[Path(error["path"]).name, error["offset"]] in error["reason"]


def _offsets(data: bytes, gz: bool) -> list[int]:
    """Offsets of the response records of a WARC written by :func:`warc_bytes`, found without
    warcio: gzip members decompressed one by one, or the record headers of a plain file."""
    if not gz:
        starts = [m.start() for m in re.finditer(rb"WARC/1\.0\r\n", data)]
        return [
            start
            for start in starts
            if b"WARC-Type: response" in data[start : data.index(b"\r\n\r\n", start)]
        ]
    found, offset = [], 0
    while offset < len(data):
        member = zlib.decompressobj(wbits=31)
        text = member.decompress(data[offset:])
        if b"WARC-Type: response" in text.split(b"\r\n\r\n", 1)[0]:
            found.append(offset)
        offset = len(data) - len(member.unused_data)
    return found


# ------------------------------------------------------------------------------------------
# Resume inside an archive


def test_resume_inside_a_warc_file_after_a_killed_run_matches_a_clean_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "crawl.warc.gz").write_bytes(warc_bytes(synthetic_pages(40), gz=True))
    paths = collect_inputs([str(src)])
    assert len(paths) == 40 and all(split_key(p)[1] is not None for p in paths)
    out = tmp_path / "out"
    journal = out / ".work" / "journal.jsonl"
    code = kill_after_journal_lines("test_archives", "slow_archived", src, out, 8)
    assert code == -signal.SIGKILL
    done = read_jsonl(journal)
    assert 8 <= len(done) < 40
    # The journal names each page by archive and offset: those pages are not extracted again.
    assert {(e["path"], e["offset"]) for e in done} <= {split_key(p) for p in paths}

    resumed = run_batch(paths, out, jobs=2, resume=True, extract_fn=slow_archived)
    assert resumed.skipped >= len(done)
    run_batch(paths, tmp_path / "clean", jobs=2, extract_fn=slow_archived)
    assert outputs(out) == outputs(tmp_path / "clean")
    records = read_jsonl(out / "articles.jsonl")
    assert [r["metadata"]["url"] for r in records] == [c.url for c in synthetic_pages(40)]
    assert [(r["source"]["path"], r["source"]["offset"]) for r in records] == [
        split_key(p) for p in paths
    ]


def test_resume_reads_only_the_records_appended_to_a_warc_file(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    archive = src / "crawl.warc"
    captures = synthetic_pages(4)
    archive.write_bytes(warc_bytes(captures, gz=False))
    out = tmp_path / "out"
    run_batch(collect_inputs([str(src)]), out, jobs=1, extract_fn=slow_archived)
    # A crawler appends to its WARC: the old records keep their offsets, the new ones are new.
    more = [
        Capture(f"https://news.example.cn/q/{i}.html", f"新页{i}\n有{i}家\n".encode())
        for i in range(3)
    ]
    with open(archive, "ab") as stream:
        stream.write(warc_bytes(more, gz=False))
    paths = collect_inputs([str(src)])
    summary = run_batch(paths, out, jobs=1, resume=True, extract_fn=slow_archived)
    assert (summary.pages, summary.skipped) == (7, 4)
    run_batch(paths, tmp_path / "clean", jobs=1, extract_fn=slow_archived)
    assert outputs(out) == outputs(tmp_path / "clean")


# ------------------------------------------------------------------------------------------
# Discovery by name and by content


def test_archives_are_found_by_name_and_by_their_first_bytes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    pages = warc_bytes(synthetic_pages(2), gz=False)
    (src / "CRAWL.WARC").write_bytes(pages)
    (src / "capture").write_bytes(pages)  # no suffix: a plain WARC, by its first bytes
    (src / "capture.1").write_bytes(warc_bytes(synthetic_pages(2), gz=True))  # gzipped
    (src / "saved").write_bytes((FIXTURES / "page.mhtml").read_bytes())  # MHTML, no suffix
    (src / "Saved.MHT").write_bytes((FIXTURES / "page.mhtml").read_bytes())
    (src / "notes.gz").write_bytes(gzip.compress(b"just text"))
    (src / "blob").write_bytes(gzip.compress(b"not a WARC either"))
    found = discover([str(src)])
    shown = sorted(shown_key(p)[len(str(src)) + 1 :] for p in found.paths)
    offsets = [str(o) for o in _offsets(pages, False)]
    gz_offsets = [str(o) for o in _offsets((src / "capture.1").read_bytes(), True)]
    assert shown == sorted(
        [
            *(f"CRAWL.WARC@{o}" for o in offsets),
            *(f"capture@{o}" for o in offsets),
            *(f"capture.1@{o}" for o in gz_offsets),
            "Saved.MHT",
            "saved",
        ]
    )
    assert found.skipped_counts() == {"a gzip archive": 1, "not a page name (*.gz)": 1}
    assert found.skipped_record_counts() == {"WARC request record": 6, "WARC warcinfo record": 3}


def test_no_realworld_page_or_dump_is_taken_for_an_archive() -> None:
    files = sorted((REALWORLD / "html").glob("*.html")) + sorted((REALWORLD / "text").glob("*.txt"))
    if not files:
        pytest.skip("shared/realworld is absent")
    for file in files:
        head = file.read_bytes()[:4096]
        assert not is_mhtml(head) and not is_warc(head), file.name


# ------------------------------------------------------------------------------------------
# --urls


def test_urls_file_fills_metadata_url_for_the_pages_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "crawl"
    (src / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "undated.html", src / "a.html")
    shutil.copy(FIXTURES / "undated.html", src / "sub" / "b.html")
    shutil.copy(FIXTURES / "article.html", src / "c.html")
    shutil.copy(FIXTURES / "undated.html", src / "unlisted.html")
    lists = tmp_path / "lists"
    lists.mkdir()
    # A TSV with a header, paths relative to the file's own folder, one absolute path.
    (lists / "urls.tsv").write_text(
        "path\turl\tstatus\n"
        "../crawl/a.html\thttps://county.example.cn/2023-11-02/a.html\t200\n"
        f"{src / 'sub' / 'b.html'}\thttps://county.example.cn/b.html\t200\n"
        "../crawl/c.html\thttps://mirror.example.org/c.html\t200\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    argv = ["batch", str(src), "-o", str(out), "-j", "1", "-q", "--urls", str(lists / "urls.tsv")]
    assert main(argv) == 0
    meta = {
        Path(r["source"]["path"]).name: r["metadata"] for r in read_jsonl(out / "articles.jsonl")
    }
    assert meta["a.html"]["url"] == "https://county.example.cn/2023-11-02/a.html"
    assert meta["a.html"]["published"] == "2023-11-02"  # the URL's date: the page gives none
    assert meta["b.html"]["url"] == "https://county.example.cn/b.html"
    assert meta["b.html"]["published"] is None and meta["b.html"]["site"] == "county.example.cn"
    assert meta["c.html"]["url"] == "https://mirror.example.org/c.html"  # beats its canonical
    assert meta["unlisted.html"]["url"] is None
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["urls"] == str(lists / "urls.tsv")

    # The same as CSV, URL first: the same records.
    (lists / "urls.csv").write_text(
        "url,file\n"
        '"https://county.example.cn/2023-11-02/a.html",../crawl/a.html\n'
        f"https://county.example.cn/b.html,{src / 'sub' / 'b.html'}\n"
        "https://mirror.example.org/c.html,../crawl/c.html\n",
        encoding="utf-8",
    )
    argv = ["batch", str(src), "-o", str(tmp_path / "csv"), "-j", "1", "-q"]
    assert main([*argv, "--urls", str(lists / "urls.csv")]) == 0
    assert (tmp_path / "csv" / "articles.jsonl").read_bytes() == (
        out / "articles.jsonl"
    ).read_bytes()

    # --resume refuses another URLs file: it changes records.
    assert main([*argv[:4], "--resume", "--urls", str(lists / "urls.tsv")]) == 2
    assert "--resume with other options" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "a.html\thttp://x.cn/1\nb.html\tnot a url\n",
            "urls.tsv:2: expected a path and an http(s) URL",
        ),
        (
            "a.html,http://x.cn/1\na.html,http://x.cn/2\n",
            "urls.tsv:2: a.html already has another URL (line 1)",
        ),
    ],
)
def test_a_bad_urls_file_is_one_line_and_exit_2(
    tmp_path: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES / "undated.html", tmp_path / "a.html")
    (tmp_path / "urls.tsv").write_text(text, encoding="utf-8")
    argv = ["batch", str(tmp_path / "a.html"), "-o", str(tmp_path / "out"), "--urls"]
    assert main([*argv, str(tmp_path / "urls.tsv")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and message in err[0]


def test_a_urls_file_that_names_no_input_page_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES / "undated.html", tmp_path / "a.html")
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "urls.tsv").write_text("a.html\thttps://x.cn/a.html\n", encoding="utf-8")
    argv = ["batch", str(tmp_path / "a.html"), "-o", str(tmp_path / "out"), "-j", "1"]
    assert main([*argv, "--urls", str(tmp_path / "lists" / "urls.tsv")]) == 0
    assert "none of its 1 paths is an input page" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------
# Dask: one archive, one partition


def test_dask_puts_the_pages_of_one_archive_in_one_partition(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    from policyextract.dask import extract_bag, partitions

    (tmp_path / "a.warc").write_bytes(warc_bytes(synthetic_pages(5), gz=False))
    (tmp_path / "b.warc.gz").write_bytes(warc_bytes(synthetic_pages(3), gz=True))
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"第{i}页\n有{i}家\n", encoding="utf-8")
    paths = collect_inputs([str(tmp_path)])
    groups = partitions(paths, 2)
    by_file = [sorted({split_key(p)[0] for p in group}) for group in groups]
    assert [len(group) for group in groups] == [5, 3, 2, 2, 1]
    assert by_file[:2] == [[str(tmp_path / "a.warc")], [str(tmp_path / "b.warc.gz")]]
    assert sorted(p for group in groups for p in group) == paths

    # The pages run in a page process (the time limit): extract_fn must be importable there.
    bag = extract_bag(paths, partition_pages=2, with_errors=True, extract_fn=slow_archived)
    assert bag.npartitions == 5
    sizes = bag.map_partitions(lambda part: [len(list(part))]).compute(scheduler="sync")
    assert sizes == [5, 3, 2, 2, 1]
    entries = bag.compute(scheduler="sync")
    assert [(e["path"], e.get("offset")) for e in entries] == [
        split_key(p) for group in groups for p in group
    ]


# ------------------------------------------------------------------------------------------
# The realworld pages as WARC and MHTML files


def test_realworld_pages_in_warc_and_mhtml_files_give_the_records_of_the_page_files(
    tmp_path: Path,
) -> None:
    files = sorted((REALWORLD / "html").glob("*.html"))
    if not files:
        pytest.skip("shared/realworld is absent")
    src = tmp_path / "in"
    (src / "mhtml").mkdir(parents=True)
    captures = []
    for i, file in enumerate(files):
        html = file.read_bytes()
        url = f"https://archive.example.cn/{file.stem}.html"
        # As crawlers store responses: some gzip-encoded, some chunked, some both.
        captures.append(
            Capture(
                url,
                gzipped(html) if i % 2 else html,
                encoding="gzip" if i % 2 else None,
                chunked=i % 3 == 0,
            )
        )
        transfer = "base64" if i % 2 else "quoted-printable"
        (src / "mhtml" / f"{file.stem}.mhtml").write_bytes(
            mhtml_bytes(html, url, transfer=transfer)
        )
    (src / "crawl.warc").write_bytes(warc_bytes(captures, gz=False))
    (src / "crawl.warc.gz").write_bytes(warc_bytes(captures, gz=True))
    summary = run_batch(collect_inputs([str(src)]), tmp_path / "out", jobs=2)
    assert (summary.pages, summary.failed) == (3 * len(files), 0)

    by_url: dict[str, list[dict[str, Any]]] = {}
    for record in read_jsonl(tmp_path / "out" / "articles.jsonl"):
        by_url.setdefault(record["metadata"]["url"], []).append(record)
    for i, file in enumerate(files):
        page = extract(file)
        records = by_url[f"https://archive.example.cn/{file.stem}.html"]
        kinds = sorted(Path(r["source"]["path"]).suffix for r in records)
        assert kinds == [".gz", ".mhtml", ".warc"], file.name
        for record in records:
            assert record["body"] == page["body"], (file.name, record["source"]["path"])
            assert record["facts"] == page["facts"], (file.name, record["source"]["path"])
            assert record["metadata"]["published"] == page["metadata"]["published"], file.name
            assert record["metadata"]["title"] == page["metadata"]["title"], file.name
            # The same bytes, except where quoted-printable made CRLF line ends LF.
            if record["source"]["offset"] is not None or i % 2:
                assert record["source"]["sha256"] == page["source"]["sha256"], file.name


def test_realworld_urls_from_the_sources_list(tmp_path: Path) -> None:
    sources = REALWORLD / "sources.tsv"
    if not sources.exists():
        pytest.skip("shared/realworld is absent")
    # sources.tsv notes the original URL of some pages (url=…): write them as a crawler's list.
    urls = {}
    for line in sources.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) > 6 and cells[6].startswith("url="):
            urls[f"html/{cells[0]}.html"] = cells[6][len("url=") :]
    assert len(urls) >= 10
    (tmp_path / "urls.tsv").write_text(
        "".join(f"{REALWORLD / path}\t{url}\n" for path, url in urls.items()), encoding="utf-8"
    )
    pages = [str(REALWORLD / path) for path in urls]
    out = tmp_path / "out"
    argv = ["batch", *pages, "-o", str(out), "-j", "2", "-q", "--urls", str(tmp_path / "urls.tsv")]
    assert main(argv) == 0
    for record in read_jsonl(out / "articles.jsonl"):
        path = os.path.relpath(record["source"]["path"], REALWORLD)
        assert record["metadata"]["url"] == urls[path]
        assert record["metadata"]["published"] == extract(REALWORLD / path)["metadata"]["published"]


def test_a_page_of_an_archive_that_hangs_is_a_timeout_row_at_its_offset(tmp_path: Path) -> None:
    captures = synthetic_pages(3)
    captures[1].body = "HANG 第1页\nSLEEP\n".encode()
    (tmp_path / "crawl.warc").write_bytes(warc_bytes(captures, gz=False))
    paths = collect_inputs([str(tmp_path / "crawl.warc")])
    options = Options(timeout=1.0)
    summary = run_batch(paths, tmp_path / "out", jobs=2, options=options, extract_fn=slow_archived)
    assert (summary.ok, summary.failed) == (2, 1)
    (error,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert (error["path"], error["offset"], error["stage"]) == (
        *split_key(paths[1]),
        "timeout",
    )
