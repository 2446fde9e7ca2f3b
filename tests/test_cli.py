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
    assert json.loads(out)["schema_version"] == 3


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
        f"policyextract: {binary}: binary content, not a text or HTML page",
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


@pytest.mark.parametrize("as_type", [bytes, str, Path])
def test_python_api_takes_bytes_text_or_path(as_type: type) -> None:
    if as_type is bytes:
        source: object = SEED_TXT.read_bytes()
    elif as_type is str:
        source = SEED_TXT.read_text("utf-8")
    else:
        source = SEED_TXT
    record = extract(source)  # type: ignore[arg-type]
    assert record["metadata"]["published"] == "2024-06-07T17:25:36+08:00"
    assert record["source"]["path"] == (str(SEED_TXT) if as_type is Path else None)


def test_python_api_raises_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="empty file"):
        extract(b"")
