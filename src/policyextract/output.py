"""Dataset writers for a batch: records → ``articles.jsonl``, ``facts.csv``, Parquet files.

Every writer streams: it takes records one at a time, in the order they must appear, and writes to
a temporary name that the caller renames once the whole file is complete (:class:`OutputSet`).
Output bytes depend only on the records and their order (no clock, no host, no worker count), which
is what makes a local run, a resumed run and a Dask run byte-identical.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .facts import FACT_TYPES

Row = dict[str, Any]

#: One row per fact. The article's title is ``title``; a fact's own ``title`` field (an official's
#: post, a document's title) is ``fact_title``. ``items`` (targets) is a JSON string.
FACT_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("path", pa.string()),
        ("offset", pa.int64()),  # of the page's record in the WARC file `path`; else null
        ("title", pa.string()),
        ("published", pa.string()),
        ("type", pa.string()),
        ("text", pa.string()),
        ("paragraph", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("rule", pa.string()),
        ("value", pa.float64()),
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
    ]
)
FACT_COLUMNS = FACT_SCHEMA.names
# Fact fields renamed in the flat row (all others keep their name): the article's title owns
# ``title``; a date fact's ISO ``value`` is a date, so it goes where every other fact's date goes
# and ``value`` stays numeric.
_RENAMED = {"title": "fact_title"}
_RENAMED_BY_TYPE = {("date", "value"): "date"}
_ARTICLE_KEYS = ("article_id", "path", "offset", "title", "published")

#: One row per page: source, metadata, the body (paragraphs joined by "\n"), the number of
#: tables and fact counts (the tables themselves are in articles.jsonl).
ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("path", pa.string()),
        ("offset", pa.int64()),
        ("format", pa.string()),
        ("encoding", pa.string()),
        ("encoding_source", pa.string()),
        ("reader", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
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
        ("paragraphs", pa.int32()),
        ("tables", pa.int32()),
        ("body", pa.string()),
        ("facts", pa.int32()),
        *[(f"facts_{name}", pa.int32()) for name in FACT_TYPES],
    ]
)

# Rows buffered per Parquet row group: bounded memory, and a fixed size keeps files identical
# whatever the run's batching. 2,000 fact rows ≈ 1 MB of text.
ROW_GROUP_ROWS = 2000

# Excel and LibreOffice treat a cell opening with one of these as a formula (tab and CR too, as
# OWASP lists them). Such text cells get a leading apostrophe, which spreadsheets show as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns holding numbers we formatted ourselves: never text from a page, so a negative value
# (``-3.5``) is written as is and stays a number in Excel.
_NUMERIC = frozenset({"offset", "paragraph", "start", "end", "value"})


def fact_rows(record: dict[str, Any]) -> list[Row]:
    """The record's facts as flat rows with the columns of :data:`FACT_SCHEMA`."""
    return [dict(zip(FACT_COLUMNS, values, strict=True)) for values in fact_values(record)]


def fact_values(record: dict[str, Any]) -> list[list[Any]]:
    """:func:`fact_rows` as lists in :data:`FACT_COLUMNS` order (what the writers take)."""
    meta = record["metadata"]
    base: list[Any] = [None] * len(FACT_COLUMNS)
    source = record["source"]
    base[:5] = [
        _text(source["sha256"]),
        _text(source["path"]),
        _int(source.get("offset")),
        _text(meta.get("title")),
        _text(meta.get("published")),
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
            row[index] = value if value is None or value.__class__ is kept else convert(value)
        rows.append(row)
    return rows


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _float(value: Any) -> float | None:
    # A future fact type with a non-numeric ``value`` must not break the float64 column.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    # items, or a future structured field: JSON text keeps the column a string
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


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


def fact_column(kind: str, key: str) -> str | None:
    """The column of field ``key`` of a ``kind`` fact (``None``: the field is not written)."""
    column = _RENAMED_BY_TYPE.get((kind, key)) or _RENAMED.get(key, key)
    return column if column not in _ARTICLE_KEYS and column in FACT_COLUMNS else None


def _place(kind: str, key: str) -> _Place | None:
    column = fact_column(kind, key)
    place = None
    if column is not None:
        place = (FACT_COLUMNS.index(column), *_CONVERTERS.get(column, (str, _text)))
    _PLACES[kind, key] = place
    return place


def article_row(record: dict[str, Any]) -> Row:
    """The record as one flat row with the columns of :data:`ARTICLE_SCHEMA`."""
    source, meta = record["source"], record["metadata"]
    counts = dict.fromkeys(FACT_TYPES, 0)
    for fact in record["facts"]:
        counts[fact["type"]] = counts.get(fact["type"], 0) + 1
    row: Row = {
        "article_id": source["sha256"],
        "path": source["path"],
        "offset": source.get("offset"),
        "format": source["format"],
        "encoding": source["encoding"],
        "encoding_source": source["encoding_source"],
        "reader": source.get("reader"),
        **{key: meta.get(key) for key in ("title", "published", "published_from")},
        "published_conflicts": [
            {"source": c["source"], "published": c["published"]}
            for c in meta.get("published_conflicts") or []
        ],
        **{key: meta.get(key) for key in ("source", "site", "section")},
        "url": meta.get("url"),
        "authors": list(meta.get("authors") or []),
        "editors": list(meta.get("editors") or []),
        **{key: meta.get(key) for key in ("description", "language", "image")},
        "keywords": [k["word"] for k in record.get("keywords") or []],
        "paragraphs": len(record["body"]),
        "tables": len(record.get("tables") or []),
        "body": "\n".join(record["body"]),
        "facts": len(record["facts"]),
    }
    row.update({f"facts_{name}": counts[name] for name in FACT_TYPES})
    return row


def csv_cell(column: str, value: Any) -> str:
    """A CSV cell: ``None`` is empty; text that a spreadsheet would run as a formula is defused.

    >>> csv_cell("text", "=HYPERLINK(1)"), csv_cell("value", -3.5), csv_cell("text", "-3.5")
    ("'=HYPERLINK(1)", '-3.5', "'-3.5")
    """
    if value is None:
        return ""
    if column in _NUMERIC:
        return _number(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


_FORMULA_CHARS = frozenset(_FORMULA_START)
_TEXT_INDEXES = tuple(i for i, column in enumerate(FACT_COLUMNS) if column not in _NUMERIC)
_VALUE_INDEX = FACT_COLUMNS.index("value")


def csv_row(values: list[Any]) -> list[Any]:
    """A row of :func:`fact_values` ready for ``csv.writer``: :func:`csv_cell` on every column.

    Only what ``csv.writer`` would write differently is touched (it writes ``None`` as an empty
    cell and an ``int`` as its digits already): formula-like text and integral float values.
    """
    row = values.copy()
    for i in _TEXT_INDEXES:
        text = row[i]
        if text and text[0] in _FORMULA_CHARS:
            row[i] = "'" + text
    if row[_VALUE_INDEX] is not None:
        row[_VALUE_INDEX] = _number(row[_VALUE_INDEX])
    return row


def _number(value: float | int) -> str:
    # Integral floats without ".0" so that 2025 and 2025.0 read the same in every tool.
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)


def dump_json_line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


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


class OutputSet:
    """The dataset files of one batch, written under temporary names and renamed by :meth:`commit`.

    ``formats`` picks among ``jsonl`` (``articles.jsonl``), ``csv`` (``facts.csv``) and ``parquet``
    (``facts.parquet``, ``articles.parquet``); ``errors.jsonl`` is always written.
    """

    def __init__(self, outdir: Path, formats: Sequence[str]) -> None:
        self.outdir = outdir
        self._final: list[tuple[Path, Path]] = []
        self._closers: list[Callable[[], None]] = []
        self.errors = self._text("errors.jsonl")
        self.articles = self._text("articles.jsonl") if "jsonl" in formats else None
        self.csv: Any = None
        if "csv" in formats:
            # UTF-8 with BOM: Excel reads BOM-less CSV in the machine's ANSI code page. The BOM
            # is written by hand: the utf-8-sig codec encodes in Python, ~2 µs a row.
            stream = self._text("facts.csv")
            stream.write("\ufeff")
            self.csv = csv.writer(stream, lineterminator="\r\n")
            self.csv.writerow(FACT_COLUMNS)
        self.facts_pq = (
            self._parquet("facts.parquet", FACT_SCHEMA) if "parquet" in formats else None
        )
        self.articles_pq = (
            self._parquet("articles.parquet", ARTICLE_SCHEMA) if "parquet" in formats else None
        )

    @property
    def files(self) -> list[str]:
        return [final.name for _, final in self._final]

    def add_record(self, record: dict[str, Any], text: str | None = None) -> None:
        """Add one record; ``text`` is its compact JSON when the caller has it already (the
        journal does), which then goes to ``articles.jsonl`` as is instead of being re-encoded."""
        if self.articles is not None:
            self.articles.write(dump_json_line(record) if text is None else text + "\n")
        rows = fact_values(record) if self.csv is not None or self.facts_pq is not None else []
        if self.csv is not None:
            self.csv.writerows(map(csv_row, rows))
        if self.facts_pq is not None:
            self.facts_pq.add(rows)
        if self.articles_pq is not None:
            row = article_row(record)
            self.articles_pq.add([[row[name] for name in ARTICLE_SCHEMA.names]])

    def add_error(self, error: dict[str, Any]) -> None:
        self.errors.write(dump_json_line(error))

    def commit(self) -> None:
        """Close every file, make it durable, then rename it to its final name."""
        for close in self._closers:
            close()
        for tmp, final in self._final:
            _fsync(tmp)
            os.replace(tmp, final)
        _fsync_dir(self.outdir)

    def abort(self) -> None:
        for close in self._closers:
            with contextlib.suppress(Exception):  # best effort: the files are removed anyway
                close()
        for tmp, _ in self._final:
            tmp.unlink(missing_ok=True)

    def _text(self, name: str, encoding: str = "utf-8") -> IO[str]:
        tmp = self._tmp(name)
        stream = open(tmp, "w", encoding=encoding, newline="")  # noqa: SIM115 - closed by commit
        self._closers.append(stream.close)
        return stream

    def _parquet(self, name: str, schema: pa.Schema) -> _ParquetSink:
        sink = _ParquetSink(self._tmp(name), schema)
        self._closers.append(sink.close)
        return sink

    def _tmp(self, name: str) -> Path:
        final = self.outdir / name
        tmp = self.outdir / f".{name}.tmp"
        self._final.append((tmp, final))
        return tmp


def write_json(path: Path, obj: Any) -> None:
    """Write ``obj`` as pretty JSON through a temporary name."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":  # directories cannot be opened for fsync on Windows
        _fsync(path)
