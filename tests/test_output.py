"""The dataset writers: flat fact rows, CSV escaping, Parquet column types."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
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
ID = "0123456789abcdef"


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
    "schema_version": 6,
    "article_id": ID,
    "duplicate_of": None,
    "story_id": ID,
    "story_similarity": 1.0,
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
    assert official["article_id"] == ID and official["path"] == "pages/a.html"
    assert official["offset"] is None
    assert (negative["value"], integer["value"]) == (-3.5, 3830.0)
    assert (negative["value_text"], integer["value_text"]) == ("-3.5", "3830")
    assert isinstance(integer["value"], float)
    assert json.loads(target["items"]) == [
        {"subject": "集群", "value": 10, "unit": "个", "qualifier": "exact"}
    ]
    assert (date["value"], date["date"]) == (None, "2024-06-07")
    assert (date["first_day"], date["last_day"]) == (dt.date(2024, 6, 7), dt.date(2024, 6, 7))
    assert official["first_day"] is None and official["value_text"] is None
    assert {(r["published"], r["published_text"], r["published_precision"]) for r in rows} == {
        (dt.datetime(2024, 6, 7, 1, 30, tzinfo=dt.timezone.utc), RECORD_PUBLISHED, "minute")
    }


RECORD_PUBLISHED = "2024-06-07T09:30:00+08:00"


@pytest.mark.parametrize(
    ("value", "text", "number"),
    [
        (2**60 + 1, "1152921504606846977", 2.0**60),  # beyond 2^53: exact as text only
        (-(10**17) - 3, "-100000000000000003", -1e17),
        (0.1, "0.1", 0.1),
        (1e-7, "0.0000001", 1e-7),
        (123456.789, "123456.789", 123456.789),
        (float("nan"), None, None),  # no number: null, as in JSON
        (float("inf"), None, None),
        (10**400, "1" + "0" * 400, None),  # too large for a float
        (True, None, None),
        ("12", None, None),
    ],
)
def test_quantity_value_is_a_float_beside_its_exact_decimal_text(
    value: object, text: str | None, number: float | None
) -> None:
    fact = _fact("quantity", "x", 0, value=value, unit=None, subject=None, qualifier=None)
    (row,) = fact_rows({**RECORD, "facts": [fact]})
    assert (row["value_text"], row["value"]) == (text, number)


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-06-07", "2024-06-07", "2024-06-07"),
        ("2024-02", "2024-02-01", "2024-02-29"),  # a leap year's February
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-01/2024-04", "2024-01-01", "2024-04-30"),
        ("2010/2020", "2010-01-01", "2020-12-31"),
        ("2024-05-07/2024-05-09", "2024-05-07", "2024-05-09"),
        ("2024-02-30", None, None),  # no such day
        ("上周", None, None),
        ("2024/", None, None),
    ],
)
def test_a_date_facts_interval_has_its_first_and_last_day(
    value: str, first: str | None, last: str | None
) -> None:
    (row,) = fact_rows({**RECORD, "facts": [_fact("date", "x", 0, value=value)]})
    days = (row["first_day"], row["last_day"])
    assert days == tuple(None if d is None else dt.date.fromisoformat(d) for d in (first, last))


@pytest.mark.parametrize(
    ("published", "instant", "precision"),
    [
        ("2024-06-07", "2024-06-06T16:00:00+00:00", "day"),  # the local midnight
        ("2024-06-07T09:30:00+08:00", "2024-06-07T01:30:00+00:00", "minute"),
        ("2024-06-07T09:30:05+08:00", "2024-06-07T01:30:05+00:00", "second"),
        ("2024-06-07T09:30:00-05:00", "2024-06-07T14:30:00+00:00", "minute"),  # the instant kept
        ("2024-06-07T09:30:00.250000+08:00", "2024-06-07T01:30:00.250000+00:00", "second"),
        ("6月7日", None, None),  # not ISO: only the text
        (None, None, None),
    ],
)
def test_published_is_an_instant_beside_its_text_and_precision(
    published: str | None, instant: str | None, precision: str | None
) -> None:
    record = {**RECORD, "metadata": {**RECORD["metadata"], "published": published}}
    row = article_row(record)
    when = row["published"]
    assert (None if when is None else when.astimezone(dt.timezone.utc).isoformat()) == instant
    assert (row["published_text"], row["published_precision"]) == (published, precision)
    if when is not None:
        assert str(when.tzinfo) == "Asia/Shanghai"


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
    files.close()
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
    assert (negative["value_text"], rows[2]["value"]) == ("-3.5", "3830")
    assert rows[0]["published"] == "2024-06-07T09:30:00+08:00"
    assert (rows[4]["first_day"], rows[4]["last_day"]) == ("2024-06-07", "2024-06-07")
    articles = list(csv.DictReader(
        (tmp_path / "articles.csv").read_bytes().decode("utf-8-sig").splitlines()
    ))  # fmt: skip
    assert list(articles[0]) == ARTICLE_SCHEMA.names
    assert (articles[0]["title"], articles[0]["authors"]) == ("'=某市召开会议", '["张三"]')
    assert (articles[0]["story_similarity"], articles[0]["offset"]) == ("1", "")


def test_parquet_has_the_documented_column_types(tmp_path: Path) -> None:
    _write(tmp_path)
    facts = pq.read_table(tmp_path / "facts.parquet")
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert facts.schema.equals(FACT_SCHEMA)
    assert articles.schema.equals(ARTICLE_SCHEMA)
    types = {f.name: f.type for f in facts.schema}
    assert types["value"] == pa.float64() and types["start"] == pa.int32()
    assert types["items"] == pa.string() and types["value_text"] == pa.string()
    assert types["published"] == pa.timestamp("us", tz="Asia/Shanghai")
    assert types["first_day"] == types["last_day"] == pa.date32()
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
    assert files.articles is None or files.articles.closed
    assert json.loads((tmp_path / "articles.jsonl").read_text(encoding="utf-8")) == RECORD
    error = json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))
    assert error == {"path": "pages/b.html", "reason": "empty file", "stage": "read"}


def test_abort_removes_the_files(tmp_path: Path) -> None:
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
    "value_text": ["-3.5", "1152921504606846977", None],
    # Typed columns: written by us, never defused.
    "published": [dt.datetime(2024, 6, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))],
    "first_day": [dt.date(2024, 1, 1), None],
    "last_day": [dt.date(2024, 12, 31)],
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
    first = files.add_record(RECORD, text)
    second = files.add_record(RECORD)  # without the text: encoded here, to the same bytes
    files.close()
    data = (tmp_path / "articles.jsonl").read_bytes()
    assert data.decode() == f"{text}\n{text}\n"
    # Where each line is, for the journal: offset, length and sha256 of the line's bytes.
    line = data[: len(data) // 2]
    assert (first, second) == (
        (0, len(line), hashlib.sha256(line).hexdigest()),
        (len(line), len(line), hashlib.sha256(line).hexdigest()),
    )
