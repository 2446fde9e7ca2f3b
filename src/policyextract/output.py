"""Dataset writers for a batch: records → ``articles.jsonl``, CSV and Parquet files.

Every writer streams: it takes records one at a time, in the order they must appear, and writes
into a folder that the caller makes visible as a whole once every file is complete
(:mod:`policyextract.folder`). Output bytes depend only on the records and their order (no
clock, no host, no worker count), which is what makes a local run, a resumed run and a Dask run
byte-identical.

Types in the flat tables (facts and articles, Parquet and CSV):

- ``published`` is an instant, ``timestamp[us, tz=Asia/Shanghai]`` (a date-only value is the
  local midnight of that day), beside ``published_text`` (the record's text) and
  ``published_precision`` (``day``, ``minute`` when the seconds are zero, ``second``);
- a fact's ISO date or interval (``date``: a date fact's value, an event's or a document's date)
  gets ``first_day`` and ``last_day`` (date32): 2024 → 2024-01-01..2024-12-31,
  2024-01/2024-04 → 2024-01-01..2024-04-30;
- a quantity's ``value`` is float64, and ``value_text`` its exact decimal (integers above 2^53
  included), as the record's JSON number writes it, without an exponent.

In the record itself a fact is a union discriminated by ``type``: a quantity's ``value`` is a
number and a date's an ISO string, each key keeping one type per fact type; the flat tables
split the two into ``value`` and ``date`` so that every column has one type.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .facts import FACT_TYPES
from .folder import fsync_dir, fsync_file
from .jsonsafe import dumps

Row = dict[str, Any]

#: The zone of ``published`` in the tables: the pages' own, China Standard Time.
ZONE_NAME = "Asia/Shanghai"
TIMESTAMP = pa.timestamp("us", tz=ZONE_NAME)


def _zone() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(ZONE_NAME)
    except Exception:  # no time zone database (Windows without tzdata): +08:00 since 1991
        return timezone(timedelta(hours=8))


ZONE = _zone()

#: One row per fact. The article's title is ``title``; a fact's own ``title`` field (an official's
#: post, a document's title) is ``fact_title``. ``items`` (targets) is a JSON string.
FACT_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("path", pa.string()),
        ("offset", pa.int64()),  # of the page's record in the WARC file `path`; else null
        ("title", pa.string()),
        ("published", TIMESTAMP),
        ("published_text", pa.string()),
        ("published_precision", pa.string()),
        ("type", pa.string()),
        ("text", pa.string()),
        ("paragraph", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("rule", pa.string()),
        ("value", pa.float64()),
        ("value_text", pa.string()),
        ("unit", pa.string()),
        ("unit_text", pa.string()),
        ("subject", pa.string()),
        ("qualifier", pa.string()),
        ("deadline", pa.string()),
        ("action", pa.string()),
        ("label", pa.string()),
        ("items", pa.string()),
        ("name", pa.string()),
        ("fact_title", pa.string()),
        ("organization", pa.string()),
        ("organizer", pa.string()),
        ("place", pa.string()),
        ("industry", pa.string()),
        ("level", pa.string()),
        ("date", pa.string()),
        ("first_day", pa.date32()),
        ("last_day", pa.date32()),
    ]
)
FACT_COLUMNS = FACT_SCHEMA.names
# Fact fields renamed in the flat row (all others keep their name): the article's title owns
# ``title``; a date fact's ISO ``value`` is a date, so it goes where every other fact's date goes
# and ``value`` stays numeric.
_RENAMED = {"title": "fact_title"}
_RENAMED_BY_TYPE = {("date", "value"): "date"}
_ARTICLE_KEYS = (
    "article_id", "path", "offset", "title", "published", "published_text", "published_precision",
)  # fmt: skip
# Columns computed from other columns, never filled from a fact field of the same name.
_DERIVED = ("value_text", "first_day", "last_day")

#: One row per page: identity, source, metadata, the body (paragraphs joined by "\n"), the number
#: of tables and fact counts (the tables themselves are in articles.jsonl).
ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_sha256", pa.string()),
        ("duplicate_of", pa.string()),
        ("story_id", pa.string()),
        ("story_similarity", pa.float64()),
        ("path", pa.string()),
        ("offset", pa.int64()),
        ("format", pa.string()),
        ("encoding", pa.string()),
        ("encoding_source", pa.string()),
        ("reader", pa.string()),
        ("title", pa.string()),
        ("published", TIMESTAMP),
        ("published_text", pa.string()),
        ("published_precision", pa.string()),
        ("published_from", pa.string()),
        (
            "published_conflicts",
            pa.list_(pa.struct([("source", pa.string()), ("published", pa.string())])),
        ),
        ("source", pa.string()),
        ("site", pa.string()),
        ("section", pa.string()),
        ("url", pa.string()),
        ("authors", pa.list_(pa.string())),
        ("editors", pa.list_(pa.string())),
        ("description", pa.string()),
        ("language", pa.string()),
        ("image", pa.string()),
        ("keywords", pa.list_(pa.string())),
        ("keyword_weights", pa.list_(pa.float64())),
        ("paragraphs", pa.int32()),
        ("tables", pa.int32()),
        ("body", pa.string()),
        ("facts", pa.int32()),
        *[(f"facts_{name}", pa.int32()) for name in FACT_TYPES],
    ]
)
ARTICLE_COLUMNS = ARTICLE_SCHEMA.names

# Rows buffered per Parquet row group: bounded memory, and a fixed size keeps files identical
# whatever the run's batching. 2,000 fact rows ≈ 1 MB of text.
ROW_GROUP_ROWS = 2000

# Excel and LibreOffice treat a cell opening with one of these as a formula (tab and CR too, as
# OWASP lists them). Such text cells get a leading apostrophe, which spreadsheets show as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns holding numbers we formatted ourselves: never text from a page, so a negative value
# (``-3.5``) is written as is and stays a number in Excel.
_NUMERIC = frozenset(
    {"offset", "paragraph", "start", "end", "value", "value_text", "story_similarity",
     "paragraphs", "tables", "facts", *(f"facts_{name}" for name in FACT_TYPES)}
)  # fmt: skip
# Columns of Parquet list or struct type: JSON text in the CSV.
_JSON_COLUMNS = frozenset(
    {"published_conflicts", "authors", "editors", "keywords", "keyword_weights"}
)


def fact_rows(record: dict[str, Any]) -> list[Row]:
    """The record's facts as flat rows with the columns of :data:`FACT_SCHEMA`."""
    return [dict(zip(FACT_COLUMNS, values, strict=True)) for values in fact_values(record)]


def fact_values(record: dict[str, Any]) -> list[list[Any]]:
    """:func:`fact_rows` as lists in :data:`FACT_COLUMNS` order (what the writers take)."""
    meta = record["metadata"]
    base: list[Any] = [None] * len(FACT_COLUMNS)
    source = record["source"]
    base[:7] = [
        _text(record.get("article_id")),
        _text(source["path"]),
        _int(source.get("offset")),
        _text(meta.get("title")),
        *published_columns(meta.get("published")),
    ]
    rows = []
    for fact in record["facts"]:
        row = base.copy()
        kind = fact["type"]
        for key, value in fact.items():
            try:
                place = _PLACES[kind, key]
            except KeyError:
                place = _place(kind, key)
            if place is None:
                continue  # a fact field without a column is dropped, never a crash
            index, kept, convert = place
            if index == _VALUE_INDEX:  # the number, and its exact decimal beside it
                row[_VALUE_TEXT_INDEX] = decimal_text(value)
                row[index] = _float(value)
            else:
                row[index] = value if value is None or value.__class__ is kept else convert(value)
        day = row[_DATE_INDEX]
        if day is not None:
            row[_FIRST_DAY_INDEX], row[_LAST_DAY_INDEX] = date_range(day)
        rows.append(row)
    return rows


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    # A future fact type with a non-numeric ``value`` must not break the float64 column; NaN and
    # infinity are no values (null, as in JSON).
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if number - number == 0.0 else None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    # items, or a future structured field: JSON text keeps the column a string
    return dumps(value, separators=(",", ":"))


def decimal_text(value: Any) -> str | None:
    """A JSON number's exact decimal, without an exponent: the digits of an ``int`` (exact at
    any size), a float as its shortest repr writes it; ``None`` for anything else.

    >>> decimal_text(2**60 + 1), decimal_text(1e-7), decimal_text(14.8), decimal_text("x")
    ('1152921504606846977', '0.0000001', '14.8', None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value - value == 0.0:
        return format(Decimal(repr(value)), "f")
    return None


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=8192)
def date_range(text: str) -> tuple[date | None, date | None]:
    """The first and last day of an ISO date, month, year or interval of those; ``(None, None)``
    for anything else.

    >>> [str(day) for day in date_range("2024") + date_range("2024-01/2024-04")]
    ['2024-01-01', '2024-12-31', '2024-01-01', '2024-04-30']
    >>> date_range("2010/2020")[1], date_range("上周")
    (datetime.date(2020, 12, 31), (None, None))
    """
    first, slash, last = text.partition("/")
    start = _days(first)
    end = _days(last) if slash else start
    if start is None or end is None:
        return None, None
    return start[0], end[1]


def _days(text: str) -> tuple[date, date] | None:
    match = _ISO_DAY.fullmatch(text)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if day is not None and month is not None:
            return date(year, month, day), date(year, month, day)
        if month is not None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # 2024-02-30, year 0
        return None


def published_columns(text: Any) -> tuple[datetime | None, str | None, str | None]:
    """``metadata.published`` as the tables' ``published`` (an instant in :data:`ZONE`; a date
    is its local midnight), ``published_text`` and ``published_precision``.

    >>> published_columns("2024-06-07")[0].isoformat(), published_columns("2024-06-07")[2]
    ('2024-06-07T00:00:00+08:00', 'day')
    >>> [published_columns(t)[2] for t in ("2024-06-07T09:30:00+08:00", "2024-06-07T09:30:05Z")]
    ['minute', 'second']
    """
    if not isinstance(text, str):
        return None, None, None
    return _published(text)


_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)
def _published(text: str) -> tuple[datetime | None, str | None, str | None]:
    try:
        if _DAY_ONLY.fullmatch(text):
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=ZONE), text, "day"
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, text, None
    if value.tzinfo is None:  # a local time without a zone: the pages' own
        value = value.replace(tzinfo=ZONE)
    # The reader writes every time with seconds; most pages print them to the minute.
    precision = "second" if value.second or value.microsecond else "minute"
    return value.astimezone(ZONE), text, precision


_Place = tuple[int, type, Callable[[Any], Any]]
# (fact type, field) → (column index, the type kept as is, converter for anything else), filled
# on first sight of each pair: the per-fact loop is one dict lookup per field, which keeps the
# batch's parent process cheap (~28 facts a page on the realworld pages).
_PLACES: dict[tuple[str, str], _Place | None] = {}
_CONVERTERS: dict[str, tuple[type, Callable[[Any], Any]]] = {
    "paragraph": (int, _int),
    "start": (int, _int),
    "end": (int, _int),
    "value": (float, _float),
}
_VALUE_INDEX = FACT_COLUMNS.index("value")
_VALUE_TEXT_INDEX = FACT_COLUMNS.index("value_text")
_DATE_INDEX = FACT_COLUMNS.index("date")
_FIRST_DAY_INDEX = FACT_COLUMNS.index("first_day")
_LAST_DAY_INDEX = FACT_COLUMNS.index("last_day")
_PUBLISHED_INDEX = FACT_COLUMNS.index("published")


def fact_column(kind: str, key: str) -> str | None:
    """The column of field ``key`` of a ``kind`` fact (``None``: the field is not written)."""
    column = _RENAMED_BY_TYPE.get((kind, key)) or _RENAMED.get(key, key)
    if column in _ARTICLE_KEYS or column in _DERIVED or column not in FACT_COLUMNS:
        return None
    return column


def _place(kind: str, key: str) -> _Place | None:
    column = fact_column(kind, key)
    place = None
    if column is not None:
        place = (FACT_COLUMNS.index(column), *_CONVERTERS.get(column, (str, _text)))
    _PLACES[kind, key] = place
    return place


def article_row(record: dict[str, Any]) -> Row:
    """The record as one flat row with the columns of :data:`ARTICLE_SCHEMA`."""
    return dict(zip(ARTICLE_COLUMNS, article_values(record), strict=True))


def article_values(record: dict[str, Any]) -> list[Any]:
    """:func:`article_row` as a list in :data:`ARTICLE_COLUMNS` order."""
    source, meta = record["source"], record["metadata"]
    counts = dict.fromkeys(FACT_TYPES, 0)
    for fact in record["facts"]:
        counts[fact["type"]] = counts.get(fact["type"], 0) + 1
    keywords = record.get("keywords") or []
    return [
        _text(record.get("article_id")),
        _text(source["sha256"]),
        _text(record.get("duplicate_of")),
        _text(record.get("story_id")),
        _float(record.get("story_similarity")),
        source["path"],
        _int(source.get("offset")),
        source["format"],
        source["encoding"],
        source["encoding_source"],
        source.get("reader"),
        meta.get("title"),
        *published_columns(meta.get("published")),
        meta.get("published_from"),
        [
            {"source": c["source"], "published": c["published"]}
            for c in meta.get("published_conflicts") or []
        ],
        *(meta.get(key) for key in ("source", "site", "section", "url")),
        list(meta.get("authors") or []),
        list(meta.get("editors") or []),
        *(meta.get(key) for key in ("description", "language", "image")),
        [k["word"] for k in keywords],
        [_float(k.get("weight")) for k in keywords],
        len(record["body"]),
        len(record.get("tables") or []),
        "\n".join(record["body"]),
        len(record["facts"]),
        *(counts[name] for name in FACT_TYPES),
    ]


def csv_cell(column: str, value: Any) -> str:
    """A CSV cell: ``None`` is empty; text that a spreadsheet would run as a formula is defused;
    a list or struct is JSON text, a time or date ISO 8601.

    >>> csv_cell("text", "=HYPERLINK(1)"), csv_cell("value", -3.5), csv_cell("text", "-3.5")
    ("'=HYPERLINK(1)", '-3.5', "'-3.5")
    """
    if value is None:
        return ""
    if column in _NUMERIC:
        return _number(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    text = dumps(value, separators=(",", ":")) if column in _JSON_COLUMNS else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


_FORMULA_CHARS = frozenset(_FORMULA_START)
_NOT_TEXT = {*_NUMERIC, "published", "first_day", "last_day"}
_TEXT_INDEXES = tuple(i for i, column in enumerate(FACT_COLUMNS) if column not in _NOT_TEXT)


def csv_row(values: list[Any]) -> list[Any]:
    """A row of :func:`fact_values` ready for ``csv.writer``: :func:`csv_cell` on every column.

    Only what ``csv.writer`` would write differently is touched (it writes ``None`` as an empty
    cell, an ``int`` as its digits and a date as ISO already): formula-like text, integral float
    values and the publication time.
    """
    row = values.copy()
    for i in _TEXT_INDEXES:
        text = row[i]
        if text and text[0] in _FORMULA_CHARS:
            row[i] = "'" + text
    if row[_VALUE_INDEX] is not None:
        row[_VALUE_INDEX] = _number(row[_VALUE_INDEX])
    if row[_PUBLISHED_INDEX] is not None:
        row[_PUBLISHED_INDEX] = row[_PUBLISHED_INDEX].isoformat()
    return row


def _number(value: float | int | str) -> str:
    # Integral floats without ".0" so that 2025 and 2025.0 read the same in every tool.
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)


def dump_json_line(obj: Any) -> str:
    return dumps(obj, separators=(",", ":")) + "\n"


class _ParquetSink:
    """Rows (lists in schema order) → fixed-size row groups, built column by column."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.schema = schema
        self.rows: list[list[Any]] = []
        self.writer = pq.ParquetWriter(str(path), schema, compression="zstd")

    def add(self, rows: Iterable[list[Any]]) -> None:
        self.rows.extend(rows)
        while len(self.rows) >= ROW_GROUP_ROWS:
            self._flush(self.rows[:ROW_GROUP_ROWS])
            del self.rows[:ROW_GROUP_ROWS]

    def close(self) -> None:
        if self.rows:
            self._flush(self.rows)
        self.rows = []
        self.writer.close()

    def _flush(self, rows: list[list[Any]]) -> None:
        columns = zip(*rows, strict=True)
        fields = zip(columns, self.schema, strict=True)
        arrays = [pa.array(column, type=field.type) for column, field in fields]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))


#: A line of ``articles.jsonl``: its byte offset, length and sha256 (what the journal keeps of a
#: committed record, see policyextract.batch).
LineRef = tuple[int, int, str]


class OutputSet:
    """The dataset files of one batch, written into ``folder``: a new, empty folder that the
    caller publishes whole once :meth:`close` has made every file durable.

    ``formats`` picks among ``jsonl`` (``articles.jsonl``), ``csv`` (``facts.csv``,
    ``articles.csv``) and ``parquet`` (``facts.parquet``, ``articles.parquet``); ``errors.jsonl``
    is always written.
    """

    def __init__(self, folder: Path, formats: Sequence[str]) -> None:
        self.folder = folder
        self.files: list[str] = []
        self._closers: list[Callable[[], None]] = []
        self.errors = self._open("errors.jsonl")
        self.articles = self._open("articles.jsonl") if "jsonl" in formats else None
        self._at = 0
        self.csv: Any = None
        self.articles_csv: Any = None
        if "csv" in formats:
            self.csv = self._csv("facts.csv", FACT_COLUMNS)
            self.articles_csv = self._csv("articles.csv", ARTICLE_COLUMNS)
        parquet = "parquet" in formats
        self.facts_pq = self._parquet("facts.parquet", FACT_SCHEMA) if parquet else None
        self.articles_pq = self._parquet("articles.parquet", ARTICLE_SCHEMA) if parquet else None

    def add_record(self, record: dict[str, Any], text: str | None = None) -> LineRef | None:
        """Add one record; ``text`` is its compact JSON when the caller has it already (the
        journal does), which then goes to ``articles.jsonl`` as is instead of being re-encoded.
        Returns where its line is in ``articles.jsonl`` (``None`` without that file)."""
        ref = None
        if self.articles is not None:
            line = (dumps(record, separators=(",", ":")) if text is None else text) + "\n"
            data = line.encode()
            self.articles.write(data)
            ref = (self._at, len(data), hashlib.sha256(data).hexdigest())
            self._at += len(data)
        rows = fact_values(record) if self.csv is not None or self.facts_pq is not None else []
        if self.csv is not None:
            self.csv.writerows(map(csv_row, rows))
        if self.facts_pq is not None:
            self.facts_pq.add(rows)
        if self.articles_csv is not None or self.articles_pq is not None:
            values = article_values(record)
            if self.articles_csv is not None:
                self.articles_csv.writerow(
                    [csv_cell(c, v) for c, v in zip(ARTICLE_COLUMNS, values, strict=True)]
                )
            if self.articles_pq is not None:
                self.articles_pq.add([values])
        return ref

    def add_error(self, error: dict[str, Any]) -> None:
        self.errors.write(dump_json_line(error).encode())

    def close(self) -> None:
        """Close every file and make it durable (file and folder fsync'd)."""
        for close in self._closers:
            close()
        self._closers = []
        for name in self.files:
            fsync_file(self.folder / name)
        fsync_dir(self.folder)

    def abort(self) -> None:
        """Close and remove every file (best effort: the folder is dropped anyway)."""
        for close in self._closers:
            with contextlib.suppress(Exception):
                close()
        self._closers = []
        for name in self.files:
            (self.folder / name).unlink(missing_ok=True)

    def _open(self, name: str) -> IO[bytes]:
        stream = open(self._path(name), "wb")  # noqa: SIM115 - closed by close()
        self._closers.append(stream.close)
        return stream

    def _csv(self, name: str, header: Sequence[str]) -> Any:
        # UTF-8 with BOM: Excel reads BOM-less CSV in the machine's ANSI code page. The BOM
        # is written by hand: the utf-8-sig codec encodes in Python, ~2 µs a row.
        stream = open(self._path(name), "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._closers.append(stream.close)
        stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        return writer

    def _parquet(self, name: str, schema: pa.Schema) -> _ParquetSink:
        sink = _ParquetSink(self._path(name), schema)
        self._closers.append(sink.close)
        return sink

    def _path(self, name: str) -> Path:
        self.files.append(name)
        return self.folder / name


def write_json(path: Path, obj: Any) -> None:
    """Write ``obj`` as pretty JSON (NaN and infinity as null) through a temporary name."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(dumps(obj, indent=2) + "\n", encoding="utf-8")
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written temporary file behind
        raise


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
