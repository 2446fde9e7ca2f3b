"""Records → the report's data: a compact index read at opening, and shards read on demand.

The index holds what the article list, its filters and the timeline need, one column per field
(titles, publication times, sources as numbers into a string table, fact counts per type). A
shard holds the full articles of a run of consecutive numbers (body, metadata, facts), or one
corpus table (officials, organisations…), or the failed pages. Facts are stored as arrays, their
type and rule as numbers into the index's tables, and their text only when it is not the
paragraph's characters at their span (the browser cuts it from the body), which roughly halves a
record's size.

Every string here is data for ``JSON.parse``; nothing is ever markup.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Fact type → (colour, Chinese gloss). Unknown types fall back to grey.
FACT_STYLES: dict[str, tuple[str, str]] = {
    "quantity": ("#1f77b4", "数量"),
    "target": ("#d62728", "目标"),
    "cluster": ("#2ca02c", "集群"),
    "official": ("#9467bd", "官员"),
    "document": ("#8c564b", "文件"),
    "organization": ("#e377c2", "机构"),
    "date": ("#ff7f0e", "日期"),
    "event": ("#17becf", "事件"),
    "campaign": ("#bcbd22", "行动"),
}
OTHER_STYLE = ("#7f7f7f", "其他")
# Keys every fact has; the rest are its normalised fields.
SPAN_KEYS = ("type", "text", "paragraph", "start", "end", "rule")
#: An article shard is closed once its JSON passes this many bytes (~100 typical articles).
SHARD_BYTES = 1_000_000
# The ISO prefix the index keeps of a publication time: the date and the minute, no zone (times
# are in the page's own zone already, and the report shows them as written).
_ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2})?)?)?")
_MONTH = re.compile(r"\d{4}-\d{2}")


@dataclass
class ReportData:
    """The index (parsed at opening) and the shards by name, each as JSON text."""

    index: dict[str, Any]
    shards: dict[str, str] = field(default_factory=dict)
    build: str = ""


class StringTable:
    """Strings stored once, referred to by number (rules, sources)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._pos: dict[str, int] = {}

    def number(self, value: str) -> int:
        pos = self._pos.get(value)
        if pos is None:
            pos = self._pos[value] = len(self.items)
            self.items.append(value)
        return pos


def to_json(value: Any) -> str:
    """Compact JSON; ``<``, ``>`` and ``&`` escaped so that no text can end a ``<script>``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def css_name(fact_type: str) -> str:
    """A class-safe form of a fact type (types come from the record, so never trust them)."""
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in fact_type)
    return cleaned or "_"


def style(fact_type: str) -> tuple[str, str]:
    return FACT_STYLES.get(fact_type, OTHER_STYLE)


def facts_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    facts = record.get("facts")
    return [f for f in facts if isinstance(f, dict)] if isinstance(facts, list) else []


def fact_type(fact: dict[str, Any]) -> str:
    return str(fact.get("type", "?"))


def meta_of(record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("metadata")
    return meta if isinstance(meta, dict) else {}


def text_or_none(value: Any) -> str | None:
    """A field as display text: ``None`` for missing or empty, ``str()`` for anything else."""
    if value is None or value == "" or value == [] or value == {}:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def types_present(records: Iterable[dict[str, Any]]) -> list[str]:
    """Fact types in the records: the known ones in their usual order, then others sorted."""
    seen = {fact_type(f) for rec in records for f in facts_of(rec)}
    known = [t for t in FACT_STYLES if t in seen]
    return known + sorted(seen - set(known))


def published_key(value: Any) -> str:
    """The publication time as the index keeps it: its ISO date and minute, else as written."""
    text = text_or_none(value) or ""
    match = _ISO_PREFIX.match(text)
    return match.group(0).replace(" ", "T") if match else text


def month_of(published: str) -> str:
    """``YYYY-MM`` of an index publication time, ``""`` when it has none."""
    return published[:7] if _MONTH.match(published) else ""


def story_of(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(story_id, duplicate_of)``, at the top of the record or in its metadata; absent → None."""
    meta = meta_of(record)
    story = text_or_none(record.get("story_id", meta.get("story_id")))
    original = text_or_none(record.get("duplicate_of", meta.get("duplicate_of")))
    return story, original


def failure_row(row: dict[str, Any]) -> list[str | None]:
    """``[path, stage, reason]`` of an ``errors.jsonl`` row (flat; also an old nested ``error``)."""
    nested = row.get("error") if isinstance(row.get("error"), dict) else {}
    assert isinstance(nested, dict)
    return [
        text_or_none(row.get("path")),
        text_or_none(row.get("stage", nested.get("stage"))),
        text_or_none(row.get("reason", nested.get("reason"))),
    ]


def build_data(
    records: Sequence[dict[str, Any]],
    *,
    title: str,
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
) -> ReportData:
    """Everything the page shows, as an index and shards (see the module doc)."""
    types = types_present(records)
    type_pos = {t: i for i, t in enumerate(types)}
    rules = StringTable()
    sources = StringTable()
    published = [published_key(meta_of(r).get("published")) for r in records]
    index: dict[str, Any] = {
        "title": title,
        "n": len(records),
        "types": [[t, style(t)[1], css_name(t), style(t)[0]] for t in types],
        "titles": [text_or_none(meta_of(r).get("title")) or "" for r in records],
        "published": published,
        "source": [sources.number(_source(r)) for r in records],
        "counts": _counts(records, type_pos),
        "timeline": _timeline(records, published, type_pos),
        "stories": _stories(records),
    }
    shards: dict[str, str] = {}
    index["shards"] = _article_shards(records, type_pos, rules, shards)
    index["rules"] = rules.items
    index["sourceNames"] = sources.items
    from .report_entities import entity_tables  # it reads records with this module's helpers

    tables = entity_tables(records, published)
    index["entities"] = {kind: len(rows) for kind, rows in tables.items()}
    for kind, rows in tables.items():
        shards[kind] = to_json({"rows": rows})
    failed = [failure_row(row) for row in failures]
    index["failed"] = len(failed)
    if failed:
        shards["failures"] = to_json({"rows": failed})
    index["problems"] = len(problems)
    digest = hashlib.sha256(to_json(index).encode())
    for name in sorted(shards):
        digest.update(name.encode())
        digest.update(shards[name].encode())
    build = digest.hexdigest()[:16]
    index["build"] = build
    return ReportData(index, shards, build)


def _source(record: dict[str, Any]) -> str:
    meta = meta_of(record)
    return text_or_none(meta.get("source")) or text_or_none(meta.get("site")) or ""


def _counts(records: Sequence[dict[str, Any]], type_pos: dict[str, int]) -> list[list[int]]:
    """One column per type: the number of facts of that type in each article."""
    columns = [[0] * len(records) for _ in type_pos]
    for i, rec in enumerate(records):
        for fact in facts_of(rec):
            columns[type_pos[fact_type(fact)]][i] += 1
    return columns


def _timeline(
    records: Sequence[dict[str, Any]], published: Sequence[str], type_pos: dict[str, int]
) -> dict[str, Any]:
    """Articles and facts by type per publication month (``""``: no usable date)."""
    articles: Counter[str] = Counter()
    facts: dict[str, list[int]] = {}
    for rec, when in zip(records, published, strict=True):
        month = month_of(when)
        articles[month] += 1
        row = facts.setdefault(month, [0] * len(type_pos))
        for fact in facts_of(rec):
            row[type_pos[fact_type(fact)]] += 1
    months = sorted(articles)
    return {
        "months": months,
        "articles": [articles[m] for m in months],
        "facts": [facts[m] for m in months],
    }


def _stories(records: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Story groups when records carry ``story_id``: per article its story number (-1: none)
    and whether it names the article it reprints (``duplicate_of``)."""
    table = StringTable()
    story: list[int] = []
    reprint: list[int] = []
    for rec in records:
        sid, original = story_of(rec)
        story.append(-1 if sid is None else table.number(sid))
        reprint.append(0 if original is None else 1)
    if not table.items:
        return None
    return {"ids": table.items, "of": story, "reprint": reprint}


def _article_shards(
    records: Sequence[dict[str, Any]],
    type_pos: dict[str, int],
    rules: StringTable,
    shards: dict[str, str],
) -> list[int]:
    """Fill ``shards`` with ``articles-NNNN``; returns the first article number of each."""
    starts: list[int] = []
    parts: list[str] = []
    size = 0

    def close() -> None:
        name = f"articles-{len(starts) - 1:04d}"
        shards[name] = f'{{"first":{starts[-1]},"articles":[{",".join(parts)}]}}'

    for i, rec in enumerate(records):
        if not parts:
            starts.append(i)
        entry = to_json(article_entry(rec, type_pos, rules))
        parts.append(entry)
        size += len(entry.encode("utf-8"))
        if size >= SHARD_BYTES:
            close()
            parts, size = [], 0
    if parts:
        close()
    return starts


def article_entry(
    record: dict[str, Any], type_pos: dict[str, int], rules: StringTable
) -> dict[str, Any]:
    """One article for its shard: metadata, source, body and compact facts."""
    body = [p for p in record.get("body", []) if isinstance(p, str)]
    entry: dict[str, Any] = {"m": _non_empty(meta_of(record)), "b": body}
    source = record.get("source")
    if isinstance(source, dict):
        entry["s"] = _non_empty(source)
    sid, original = story_of(record)
    if sid is not None:
        entry["story"] = [sid, original]
    entry["f"] = [compact_fact(f, body, type_pos, rules) for f in facts_of(record)]
    return entry


def _non_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in values.items() if text_or_none(v) is not None}


def compact_fact(
    fact: dict[str, Any], body: Sequence[str], type_pos: dict[str, int], rules: StringTable
) -> list[Any]:
    """``[type, paragraph, start, end, rule, fields, text]`` (see the module doc).

    ``paragraph``/``start``/``end`` are null unless they are integers; ``text`` is null when the
    span is valid and its characters are the fact's text, so a bad span keeps its text.

    >>> t = StringTable()
    >>> compact_fact({"type": "date", "text": "6月", "paragraph": 0, "start": 0, "end": 2,
    ...               "rule": "r", "value": "2024-06"}, ["6月7日"], {"date": 0}, t)
    [0, 0, 0, 2, 0, {'value': '2024-06'}, None]
    >>> compact_fact({"type": "date", "text": "7日", "paragraph": 0, "start": 0, "end": 2},
    ...              ["6月7日"], {"date": 0}, t)[6]
    '7日'
    """
    where = [_int_or_none(fact.get(k)) for k in ("paragraph", "start", "end")]
    text = fact.get("text")
    p, s, e = where
    drawn = (
        p is not None
        and s is not None
        and e is not None
        and 0 <= p < len(body)
        and 0 <= s < e <= len(body[p])
        and body[p][s:e] == text
    )
    kept = None if drawn else "" if text is None else text if isinstance(text, str) else str(text)
    rule = fact.get("rule")
    fields = {str(k): v for k, v in fact.items() if k not in SPAN_KEYS}
    return [
        type_pos[fact_type(fact)],
        *where,
        None if rule is None else rules.number(str(rule)),
        fields,
        kept,
    ]


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
