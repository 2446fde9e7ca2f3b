"""The dataset writers: flat fact rows, CSV escaping, Parquet column types."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from policyextract.facts import FACT_TYPES
from policyextract.models import Metadata
from policyextract.output import (
    ARTICLE_SCHEMA,
    FACT_COLUMNS,
    FACT_SCHEMA,
    OutputSet,
    article_row,
    csv_cell,
    csv_row,
    fact_column,
    fact_rows,
)
from policyextract.record import Record

SHA = "ab" * 32


def _fact(type_: str, text: str, start: int, **fields: object) -> dict[str, object]:
    return {
        "type": type_,
        "text": text,
        "paragraph": 0,
        "start": start,
        "end": start + len(text),
        "rule": f"{type_}.test",
        **fields,
    }


RECORD = {
    "schema_version": 5,
    "source": {
        "path": "pages/a.html",
        "format": "html",
        "encoding": "utf-8",
        "encoding_source": "declared",
        "sha256": SHA,
        "reader": "article",
        "offset": None,
    },
    "metadata": {
        "title": "=某市召开会议",
        "published": "2024-06-07T09:30:00+08:00",
        "published_from": "page",
        "published_conflicts": [{"source": "meta", "published": "2024-06-06"}],
        "source": "某某日报",
        "site": None,
        "section": None,
        "url": None,
        "authors": ["张三"],
        "editors": [],
        "description": None,
        "language": None,
        "image": None,
    },
    "body": ["市长李四出席会议。全年增长-3.5%。", "第二段。"],
    "tables": [],
    "keywords": [{"word": "会议", "weight": 1.0}],
    "tokens": None,
    "facts": [
        _fact("official", "市长李四", 0, name="李四", title="市长", organization=None),
        _fact("quantity", "-3.5%", 13, value=-3.5, unit="%", subject="全年", qualifier="exact"),
        _fact("quantity", "3830家", 0, value=3830, unit="家", subject=None, qualifier="exact"),
        _fact(
            "target",
            "到2027年达到10个",
            0,
            deadline="2027",
            action="达到",
            label=None,
            items=[{"subject": "集群", "value": 10, "unit": "个", "qualifier": "exact"}],
        ),
        _fact("date", "6月7日", 0, value="2024-06-07"),
    ],
}


@pytest.mark.parametrize(
    ("column", "value", "cell"),
    [
        ("text", '=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("text", "+86 531", "'+86 531"),
        ("text", "-3.5%", "'-3.5%"),  # text from a page: escaped even when it reads as a number
        ("subject", "@SUM(A1)", "'@SUM(A1)"),
        ("name", "\tcmd", "'\tcmd"),
        ("name", "\rcmd", "'\rcmd"),
        ("title", "A=B", "A=B"),  # only the first character matters
        ("text", "增长3.5%", "增长3.5%"),
        ("text", "", ""),
        ("unit", None, ""),
        ("value", -3.5, "-3.5"),  # numeric columns: our own numbers, left as numbers
        ("value", 3830.0, "3830"),
        ("value", 0.25, "0.25"),
        ("start", 0, "0"),
        ("paragraph", 12, "12"),
    ],
)
def test_csv_cell(column: str, value: object, cell: str) -> None:
    assert csv_cell(column, value) == cell


def test_fact_rows_flatten_every_fact_with_its_article() -> None:
    rows = fact_rows(RECORD)
    assert [r["type"] for r in rows] == ["official", "quantity", "quantity", "target", "date"]
    assert all(list(r) == FACT_COLUMNS for r in rows)
    official, negative, integer, target, date = rows
    assert (official["title"], official["fact_title"], official["name"]) == (
        "=某市召开会议",
        "市长",
        "李四",
    )
    assert official["article_id"] == SHA and official["path"] == "pages/a.html"
    assert official["offset"] is None
    assert (negative["value"], integer["value"]) == (-3.5, 3830.0)
    assert isinstance(integer["value"], float)
    assert json.loads(target["items"]) == [
        {"subject": "集群", "value": 10, "unit": "个", "qualifier": "exact"}
    ]
    assert (date["value"], date["date"]) == (None, "2024-06-07")


def test_unknown_fields_are_dropped_and_odd_values_kept_as_text() -> None:
    fact = _fact("cluster", "某某集群", 0, name="某某集群", level=3, extra="x", place=["甲", "乙"])
    (row,) = fact_rows({**RECORD, "facts": [fact]})
    assert "extra" not in row
    assert (row["level"], row["place"]) == ("3", '["甲","乙"]')


def test_article_row_counts_facts_by_type() -> None:
    row = article_row(RECORD)
    assert list(row) == ARTICLE_SCHEMA.names
    assert row["body"] == "市长李四出席会议。全年增长-3.5%。\n第二段。"
    assert (row["paragraphs"], row["facts"]) == (2, 5)
    assert (row["facts_quantity"], row["facts_official"], row["facts_event"]) == (2, 1, 0)
    assert row["keywords"] == ["会议"]


def test_a_page_inside_a_warc_file_is_named_by_archive_and_offset_in_every_row() -> None:
    archived = {**RECORD, "source": {**RECORD["source"], "path": "crawl.warc.gz", "offset": 1234}}
    assert {(r["path"], r["offset"]) for r in fact_rows(archived)} == {("crawl.warc.gz", 1234)}
    assert (article_row(archived)["path"], article_row(archived)["offset"]) == (
        "crawl.warc.gz",
        1234,
    )


def _write(tmp_path: Path, formats: Sequence[str] = ("jsonl", "csv", "parquet")) -> OutputSet:
    files = OutputSet(tmp_path, formats)
    files.add_record(RECORD)
    files.add_error({"path": "pages/b.html", "reason": "empty file", "stage": "read"})
    files.commit()
    return files


def test_csv_opens_in_excel_and_defuses_formulas(tmp_path: Path) -> None:
    _write(tmp_path)
    raw = (tmp_path / "facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == FACT_COLUMNS
    assert {r["title"] for r in rows} == {"'=某市召开会议"}
    negative = rows[1]
    assert (negative["text"], negative["value"]) == ("'-3.5%", "-3.5")
    assert rows[2]["value"] == "3830"


def test_parquet_has_the_documented_column_types(tmp_path: Path) -> None:
    _write(tmp_path)
    facts = pq.read_table(tmp_path / "facts.parquet")
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert facts.schema.equals(FACT_SCHEMA)
    assert articles.schema.equals(ARTICLE_SCHEMA)
    types = {f.name: f.type for f in facts.schema}
    assert types["value"] == pa.float64() and types["start"] == pa.int32()
    assert types["items"] == pa.string()
    assert {f.name: f.type for f in articles.schema}["authors"] == pa.list_(pa.string())
    assert facts.num_rows == 5 and articles.num_rows == 1
    assert facts.column("value").to_pylist() == [None, -3.5, 3830.0, None, None]
    assert articles.column("facts_date").to_pylist() == [1]
    assert articles.column("published_conflicts").to_pylist() == [
        [{"source": "meta", "published": "2024-06-06"}]
    ]
    assert [f"facts_{t}" for t in FACT_TYPES] == ARTICLE_SCHEMA.names[-len(FACT_TYPES) :]


def test_formats_pick_the_files_and_leave_no_temporary_names(tmp_path: Path) -> None:
    files = _write(tmp_path, formats=["jsonl"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "errors.jsonl"]
    assert files.files == ["errors.jsonl", "articles.jsonl"]
    assert json.loads((tmp_path / "articles.jsonl").read_text(encoding="utf-8")) == RECORD
    error = json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))
    assert error == {"path": "pages/b.html", "reason": "empty file", "stage": "read"}


def test_abort_removes_the_temporary_files(tmp_path: Path) -> None:
    files = OutputSet(tmp_path, ["jsonl", "csv", "parquet"])
    files.add_record(RECORD)
    files.abort()
    assert list(tmp_path.iterdir()) == []


def _fact_fields() -> list[tuple[str, str]]:
    defs = Record.model_json_schema()["$defs"]
    return [
        (kind, key)
        for kind in FACT_TYPES
        for key in defs[kind.capitalize()]["properties"]
        if key != "type"
    ]


@pytest.mark.parametrize(("kind", "key"), _fact_fields())
def test_every_field_of_every_fact_type_has_a_column(kind: str, key: str) -> None:
    # A field added to a fact model must get a column here too, not vanish from the CSV.
    assert fact_column(kind, key) is not None


def test_no_two_fields_of_a_fact_type_share_a_column() -> None:
    by_kind: dict[str, list[str | None]] = {}
    for kind, key in _fact_fields():
        by_kind.setdefault(kind, []).append(fact_column(kind, key))
    for kind, columns in by_kind.items():
        assert len(set(columns)) == len(columns), kind


def test_every_metadata_field_is_an_article_column() -> None:
    assert set(Metadata.model_fields) <= set(ARTICLE_SCHEMA.names)


CSV_TEXTS = ["=x", "+1", "-3.5%", "@a", "\tb", "\rc", "A=B", "", None, "增长3.5%"]
# What fact_values puts in the numeric columns: ints for the span, floats (or None) for value.
CSV_NUMBERS = {
    "offset": [0, 1234, None],
    "paragraph": [0, 12, None],
    "start": [0, 7],
    "end": [1, 1000],
    "value": [-3.5, 3830.0, 0.25, 2.0**60, 1e-7, -0.0, None],
}


@pytest.mark.parametrize("text", CSV_TEXTS)
def test_csv_row_is_csv_cell_on_every_text_column(text: str | None) -> None:
    # csv_row is the writers' fast path; the line csv.writer makes of it must be csv_cell's.
    row = [text if c not in CSV_NUMBERS else None for c in FACT_COLUMNS]
    assert _csv_line(csv_row(row)) == _cells_line(row)


@pytest.mark.parametrize(
    ("column", "number"), [(c, n) for c, numbers in CSV_NUMBERS.items() for n in numbers]
)
def test_csv_row_is_csv_cell_on_numeric_columns(column: str, number: float | None) -> None:
    row = [number if c == column else None for c in FACT_COLUMNS]
    assert _csv_line(csv_row(row)) == _cells_line(row)


def _cells_line(row: list[object]) -> str:
    return _csv_line([csv_cell(c, v) for c, v in zip(FACT_COLUMNS, row, strict=True)])


def _csv_line(cells: list[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


def test_add_record_writes_the_given_json_text_as_is(tmp_path: Path) -> None:
    files = OutputSet(tmp_path, ["jsonl"])
    text = json.dumps(RECORD, ensure_ascii=False, separators=(",", ":"))
    files.add_record(RECORD, text)
    files.add_record(RECORD)  # without the text: encoded here, to the same bytes
    files.commit()
    assert (tmp_path / "articles.jsonl").read_text(encoding="utf-8") == f"{text}\n{text}\n"
