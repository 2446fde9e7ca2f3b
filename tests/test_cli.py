"""The ``extract`` command: output shapes, per-input errors, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policyextract import ExtractionError, extract
from policyextract.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_TXT = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
SEED_HTML = SEED_TXT.with_suffix(".html")


def test_one_path_prints_one_pretty_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TXT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n")
    assert "山东拥有国家先进制造业集群" in out  # UTF-8, not \u-escaped
    assert json.loads(out)["schema_version"] == 6


def test_several_paths_print_jsonl_in_input_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_HTML), str(SEED_TXT)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"]["format"] for line in lines] == ["html", "text"]


def test_bad_inputs_get_one_line_each_and_the_rest_is_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    missing = tmp_path / "missing.txt"
    code = main(["extract", str(empty), str(SEED_TXT), str(binary), str(missing)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.splitlines()) == 1
    errors = captured.err.splitlines()
    assert errors == [
        f"policyextract: {empty}: empty file",
        f"policyextract: {binary}: a PNG image, not a web page",
        f"policyextract: {missing}: no such file",
    ]


def test_not_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "nav.html"
    page.write_text("<html><body><ul><li><a href='/'>首页</a></li></ul></body></html>")
    assert main(["extract", str(page)]) == 1
    assert "not an article" in capsys.readouterr().err


def test_output_file_and_format(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SEED_TXT), "--format", "jsonl", "-o", str(out)]) == 0
    (line,) = out.read_text("utf-8").splitlines()
    assert json.loads(line)["metadata"]["site"] is not None


def test_console_script_exits_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", str(empty)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == f"policyextract: {empty}: empty file\n"


def test_python_api_raises_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="empty file"):
        extract(b"")


# ------------------------------------------------------------------------------------------
# Inputs: stdin, odd names, things that are not pages


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "policyextract", *args],
        capture_output=True,
        input=stdin,
        check=False,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )


def test_dash_reads_the_page_from_stdin() -> None:
    done = run_cli("extract", "-", stdin=SEED_HTML.read_bytes())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["path"] is None
    assert record["metadata"]["title"] == extract(SEED_HTML)["metadata"]["title"]


def test_an_output_that_is_also_an_input_is_refused_before_anything_is_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "v.html"
    page.write_bytes(SEED_HTML.read_bytes())
    alias = tmp_path / "sub" / ".." / "v.html"
    (tmp_path / "sub").mkdir()
    assert main(["extract", str(SEED_TXT), str(page), "-o", str(alias)]) == 2
    assert page.read_bytes() == SEED_HTML.read_bytes()
    assert capsys.readouterr().err == (
        f"policyextract: -o {alias} is also an input; choose another output file\n"
    )


def test_a_file_name_that_is_not_utf8_is_carried_losslessly(tmp_path: Path) -> None:
    import os

    try:
        odd = os.fsencode(tmp_path) + b"/gbk-\xb2\xe2.txt"
        Path(os.fsdecode(odd)).write_bytes(SEED_TXT.read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("file names must be Unicode here")
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "missing.txt"
    for argv in (["-o", str(out)], []):
        done = run_cli("extract", os.fsdecode(odd), str(missing), str(SEED_TXT), *argv)
        assert done.returncode == 1
        assert b"Traceback" not in done.stderr
        text = out.read_bytes() if argv else done.stdout
        lines = text.decode("utf-8").splitlines()  # valid UTF-8
        assert len(lines) == 2  # the missing file did not stop the one after it
        first = json.loads(lines[0])["source"]["path"]
        assert "\\udcb2\\udce2" in lines[0]
        assert os.fsencode(first) == odd  # the name's bytes, back
        assert json.loads(lines[1])["source"]["path"] == str(SEED_TXT)


@pytest.mark.parametrize("name", ["a<b>.html", "line\nbreak.html", "<p>正文。"])
def test_an_existing_file_is_read_as_a_file_whatever_its_name(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / name
    page.write_bytes(SEED_HTML.read_bytes())
    assert main(["extract", str(page)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["path"] == str(page)
    assert record["source"]["format"] == "html"


def test_inputs_that_are_not_pages_say_what_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    docx = tmp_path / "notice.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    parquet = tmp_path / "facts.parquet"
    parquet.write_bytes(b"PAR1\x15\x04\x15\x10" + bytes(64) + b"PAR1")
    folder = tmp_path / "pages"
    folder.mkdir()
    url = "https://www.gov.cn/zhengce/2024-06/07/content_1.htm"
    argv = ["extract", str(pdf), str(docx), str(parquet), str(folder), url, str(SEED_TXT)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert captured.err.splitlines() == [
        f"policyextract: {pdf}: a PDF file, not a web page",
        f"policyextract: {docx}: a Word document (.docx), not a web page",
        f"policyextract: {parquet}: a Parquet file, not a web page",
        f"policyextract: {folder}: is a folder: use `policyextract batch FOLDER -o OUTDIR` for "
        "folders of pages",
        f"policyextract: {url}: URLs are not fetched: save the page and pass the file",
    ]


def test_a_missing_folder_for_report_output_names_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "report.html"
    done = run_cli("report", str(SEED_TXT), "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.decode() == f"policyextract: {tmp_path / 'nowhere'}: no such folder\n"
