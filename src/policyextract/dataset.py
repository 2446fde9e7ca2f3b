"""Records back from what the tool wrote: a batch folder (any ``--formats``), a JSON or JSONL file
of records, or a saved page. ``report`` and ``export`` read their input through
:func:`load_records`.

A batch folder is read from its current set (:func:`policyextract.folder.read_folder`, resolved
once, so a batch committing meanwhile cannot mix two sets): from ``articles.jsonl`` when it was
written, else rebuilt from ``articles.parquet`` and ``facts.parquet``, else from ``articles.csv``
and ``facts.csv``. A rebuilt record equals the JSONL record but for ``tables`` (the tables hold
their count only: rebuilt as ``[]``) and ``tokens`` (``null``). From CSV, an empty cell is null
(an empty string in the record reads back as null) and a cell defused for spreadsheets
(``'=…``) loses its apostrophe.

JSON is read strictly: ``NaN``, ``Infinity`` and numbers beyond a float's range, which a record
fed by hand may hold, become null (:func:`policyextract.jsonsafe.loads`).
"""

from __future__ import annotations

import csv
import json
import os
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ExtractionError
from .folder import read_folder
from .jsonsafe import loads


@dataclass
class Loaded:
    """Records, skipped input lines, and a batch's failed pages."""

    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Streamed:
    """Like :class:`Loaded`, but ``records`` is read as it is iterated (once), and ``problems``
    fills in as it is read: a report of a million lines never holds them all."""

    records: Iterator[dict[str, Any]]
    problems: list[str] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)


def load_records(path: str | os.PathLike[str]) -> Loaded:
    """Records from a batch folder, a JSON/JSONL file, or a saved page.

    ``problems`` gets one line per input that was skipped (bad JSON, not a record); for a batch
    folder, ``failures`` gets its ``errors.jsonl`` rows. A saved page is extracted; a page that
    cannot be extracted raises :class:`ExtractionError`.
    """
    streamed = stream_records(path)
    return Loaded(list(streamed.records), streamed.problems, streamed.failures)


def stream_records(path: str | os.PathLike[str]) -> Streamed:
    """:func:`load_records`, one record at a time (JSONL is read as it goes; a JSON file, a page
    or a folder without ``articles.jsonl`` is read at once)."""
    file = Path(path)
    problems: list[str] = []
    if file.is_dir():
        return stream_folder(file)
    if file.suffix.lower() == ".jsonl":
        with file.open("rb"):  # unreadable: an error now, not halfway through a report
            pass
        return Streamed(_iter_jsonl(file, problems), problems)
    if file.suffix.lower() == ".json":
        records, problems = _read_json(file)
        return Streamed(iter(records), problems)
    from .pipeline import extract

    return Streamed(iter([extract(file)]))


def load_folder(folder: Path) -> Loaded:
    """The records and failed pages of a batch folder made with any ``--formats``."""
    streamed = stream_folder(folder)
    return Loaded(list(streamed.records), streamed.problems, streamed.failures)


def stream_folder(folder: Path) -> Streamed:
    """:func:`load_folder`, streaming ``articles.jsonl`` when the folder has it."""
    base = read_folder(folder)
    problems: list[str] = []
    records: Iterator[dict[str, Any]]
    if (base / "articles.jsonl").is_file():
        records = _iter_jsonl(base / "articles.jsonl", problems)
    elif (base / "articles.parquet").is_file():
        records = iter(records_from_parquet(base))
    elif (base / "articles.csv").is_file():
        records = iter(records_from_csv(base))
    else:
        raise ExtractionError(
            "no articles.jsonl, articles.parquet or articles.csv in this folder", stage="report"
        )
    failures: list[dict[str, Any]] = []
    errors = base / "errors.jsonl"
    if errors.is_file():
        failures = list(_iter_jsonl(errors, [], want=lambda v: isinstance(v, dict)))
    return Streamed(records, problems, failures)


def is_record(value: Any) -> bool:
    """True for a dict shaped enough to draw: a list of string paragraphs."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("body"), list)
        and all(isinstance(p, str) for p in value["body"])
    )


def _iter_jsonl(
    file: Path, problems: list[str], want: Callable[[Any], bool] | None = None
) -> Iterator[dict[str, Any]]:
    with file.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = loads(line)
            except (ValueError, RecursionError):  # RecursionError: hostile nesting
                problems.append(f"{file.name} line {number}: not JSON")
                continue
            if _keep(value, f"{file.name} line {number}", problems, want):
                yield value


def _read_json(file: Path) -> tuple[list[dict[str, Any]], list[str]]:
    try:
        value = loads(file.read_text(encoding="utf-8", errors="replace"))
    except (ValueError, RecursionError) as err:
        raise ExtractionError("not JSON", stage="report") from err
    problems: list[str] = []
    items = value if isinstance(value, list) else [value]
    records = [v for i, v in enumerate(items) if _keep(v, f"{file.name} item {i}", problems)]
    return records, problems


def _keep(
    value: Any, where: str, problems: list[str], want: Callable[[Any], bool] | None = None
) -> bool:
    if (want or is_record)(value):
        return True
    problems.append(f"{where}: not a record (needs a body list)")
    return False


# ------------------------------------------------------------------------------------------
# Records rebuilt from the flat tables


def records_from_parquet(base: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    articles = pq.read_table(base / "articles.parquet").to_pylist()
    facts = base / "facts.parquet"
    return records_from_rows(articles, pq.read_table(facts).to_pylist() if facts.is_file() else [])


def records_from_csv(base: Path) -> list[dict[str, Any]]:
    articles = _csv_rows(base / "articles.csv")
    facts = _csv_rows(base / "facts.csv") if (base / "facts.csv").is_file() else []
    return records_from_rows(articles, facts)


def records_from_rows(
    articles: Iterable[dict[str, Any]], facts: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Records from rows of the articles and facts tables (see the module's docstring)."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in facts:
        by_article.setdefault(row["article_id"], []).append(_fact(row))
    return [_record(row, by_article.get(row["article_id"], [])) for row in articles]


def _record(row: dict[str, Any], facts: list[dict[str, Any]]) -> dict[str, Any]:
    from .models import SCHEMA_VERSION

    meta_keys = ("source", "site", "section", "url")
    words, weights = row["keywords"] or [], row["keyword_weights"] or []
    return {
        "schema_version": SCHEMA_VERSION,
        "article_id": row["article_id"],
        "duplicate_of": row["duplicate_of"],
        "story_id": row["story_id"],
        "story_similarity": row["story_similarity"],
        "source": {
            "path": row["path"],
            "format": row["format"],
            "encoding": row["encoding"],
            "encoding_source": row["encoding_source"],
            "sha256": row["content_sha256"],
            "reader": row["reader"],
            "offset": row["offset"],
        },
        "metadata": {
            "title": row["title"],
            "published": row["published_text"],
            "published_from": row["published_from"],
            "published_conflicts": list(row["published_conflicts"] or []),
            **{key: row[key] for key in meta_keys},
            "authors": list(row["authors"] or []),
            "editors": list(row["editors"] or []),
            **{key: row[key] for key in ("description", "language", "image")},
        },
        "body": row["body"].split("\n") if row["paragraphs"] else [],
        "tables": [],
        "keywords": [
            {"word": word, "weight": weight} for word, weight in zip(words, weights, strict=False)
        ],
        "tokens": None,
        "facts": facts,
    }


def _fact(row: dict[str, Any]) -> dict[str, Any]:
    from .output import fact_column

    kind = row["type"]
    fact: dict[str, Any] = {}
    for key in _fact_fields().get(kind, ("type", "text", "paragraph", "start", "end", "rule")):
        column = fact_column(kind, key) or key
        value = row.get(column)
        if column == "value":
            value = _number(row.get("value_text"))
        elif column == "items" and value is not None:
            value = json.loads(value)
        fact[key] = value
    return fact


def _number(text: str | None) -> int | float | None:
    if text is None:
        return None
    return int(text) if text.lstrip("-").isdigit() else float(text)


_FIELDS: dict[str, tuple[str, ...]] = {}


def _fact_fields() -> dict[str, tuple[str, ...]]:
    """Fact type → the fields of its model, in the record's order."""
    if not _FIELDS:
        from .facts import AnyFact

        for model in typing.get_args(typing.get_args(AnyFact)[0]):
            _FIELDS[model.model_fields["type"].default] = tuple(model.model_fields)
    return _FIELDS


def _csv_rows(file: Path) -> list[dict[str, Any]]:
    """Rows of one of the batch's CSV files with the Parquet file's values: numbers parsed,
    lists decoded, an empty cell null, a defused formula without its apostrophe."""
    from .output import ARTICLE_SCHEMA, FACT_SCHEMA

    schema = ARTICLE_SCHEMA if file.name == "articles.csv" else FACT_SCHEMA
    types = {f.name: str(f.type) for f in schema}
    with file.open(encoding="utf-8-sig", newline="") as stream:
        return [
            {column: _cell(types.get(column, "string"), cell) for column, cell in row.items()}
            for row in csv.DictReader(stream)
        ]


_DEFUSED = tuple("'" + c for c in ("=", "+", "-", "@", "\t", "\r"))


def _cell(kind: str, cell: str) -> Any:
    if cell == "":
        return None
    if kind in ("int32", "int64"):
        return int(cell)
    if kind == "double":
        return float(cell)
    if kind.startswith("list"):
        return json.loads(cell)
    if kind == "string" and cell.startswith(_DEFUSED):
        return cell[1:]
    return cell
