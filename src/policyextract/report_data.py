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

import json
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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
    # Schema 6 records always carry the key, null outside a batch: then the metadata may say.
    story = text_or_none(record.get("story_id") or meta.get("story_id"))
    original = text_or_none(record.get("duplicate_of") or meta.get("duplicate_of"))
    return story, original


def failure_row(row: dict[str, Any]) -> list[str | None]:
    """``[path, stage, reason, offset]`` of an ``errors.jsonl`` row (flat; also an old nested
    ``error``). ``offset`` places a page inside a WARC file (schema 5), else it is null."""
    nested = row.get("error") if isinstance(row.get("error"), dict) else {}
    assert isinstance(nested, dict)
    return [
        text_or_none(row.get("path")),
        text_or_none(row.get("stage", nested.get("stage"))),
        text_or_none(row.get("reason", nested.get("reason"))),
        text_or_none(row.get("offset")),
    ]


def new_build() -> str:
    """A new build id: 16 hex digits."""
    return secrets.token_hex(8)


class TypeTable:
    """Fact types numbered as first seen (shards are written before all types are known)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.number: dict[str, int] = {}

    def of(self, name: str) -> int:
        pos = self.number.get(name)
        if pos is None:
            pos = self.number[name] = len(self.names)
            self.names.append(name)
        return pos

    def order(self) -> list[int]:
        """Numbers in display order: the known types as :data:`FACT_STYLES` lists them, then
        the others by name."""
        known = [self.number[t] for t in FACT_STYLES if t in self.number]
        other = sorted((n for n in self.names if n not in FACT_STYLES), key=str)
        return known + [self.number[n] for n in other]


def build_data(
    records: Iterable[dict[str, Any]],
    *,
    title: str,
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
    sink: Callable[[str, str], None] | None = None,
    build: str | None = None,
) -> ReportData:
    """Everything the page shows, as an index and shards (see the module doc), in one pass.

    Each shard goes to ``sink(name, json_text)`` as soon as it is complete, so that a large
    corpus is never held whole (``records`` may be a generator); without a sink the shards are
    kept in the result. ``problems`` is read after the records, so a reader may fill it as it
    goes. The build id (random unless given) is named by every shard file, and the page
    refuses another build's.
    """
    from .report_entities import EntityTables  # it reads facts with this module's helpers

    build = build or new_build()
    shards: dict[str, str] = {}
    emit = sink or shards.__setitem__
    types, rules, sources, stories = TypeTable(), StringTable(), StringTable(), StringTable()
    tables = EntityTables()
    titles: list[str] = []
    published: list[str] = []
    source: list[int] = []
    counts: list[list[int]] = []
    story: list[int] = []
    reprint: list[int] = []
    months: dict[str, list[Any]] = {}  # month → [articles, {type number: facts}]
    chunk = _Chunker(emit)
    for i, rec in enumerate(records):
        meta, facts = meta_of(rec), facts_of(rec)
        numbers = [types.of(fact_type(f)) for f in facts]
        titles.append(text_or_none(meta.get("title")) or "")
        published.append(published_key(meta.get("published")))
        source.append(sources.number(_source(rec)))
        while len(counts) < len(types.names):  # a type first seen here: zeros before
            counts.append([0] * i)
        for column in counts:
            column.append(0)
        for k in numbers:
            counts[k][i] += 1
        month = months.setdefault(month_of(published[-1]), [0, Counter()])
        month[0] += 1
        month[1].update(numbers)
        sid, original = story_of(rec)
        story.append(-1 if sid is None else stories.number(sid))
        reprint.append(0 if original is None else 1)
        tables.add(i, facts)
        chunk.add(i, to_json(article_entry(rec, numbers, rules)))
    chunk.close()
    ordered = sorted(months)
    index: dict[str, Any] = {
        "build": build,
        "title": title,
        "n": len(titles),
        "types": [[t, style(t)[1], css_name(t), style(t)[0]] for t in types.names],
        "order": types.order(),
        "titles": titles,
        "published": published,
        "source": source,
        "sourceNames": sources.items,
        "counts": counts,
        "rules": rules.items,
        "shards": chunk.starts,
        "timeline": {
            "months": ordered,
            "articles": [months[m][0] for m in ordered],
            "facts": [[months[m][1][k] for k in range(len(types.names))] for m in ordered],
        },
        "stories": {"ids": stories.items, "of": story, "reprint": reprint}
        if stories.items
        else None,
    }
    rows = tables.rows(published)
    index["entities"] = {kind: len(kind_rows) for kind, kind_rows in rows.items()}
    for kind, kind_rows in rows.items():
        emit(kind, to_json({"rows": kind_rows}))
    failed = [failure_row(row) for row in failures]
    index["failed"] = len(failed)
    if failed:
        emit("failures", to_json({"rows": failed}))
    index["problems"] = len(problems)
    return ReportData(index, shards, build)


def _source(record: dict[str, Any]) -> str:
    meta = meta_of(record)
    return text_or_none(meta.get("source")) or text_or_none(meta.get("site")) or ""


class _Chunker:
    """Article entries into shards ``articles-NNNN`` of about :data:`SHARD_BYTES` each."""

    def __init__(self, emit: Callable[[str, str], None]) -> None:
        self.emit = emit
        self.starts: list[int] = []
        self.parts: list[str] = []
        self.size = 0

    def add(self, number: int, entry: str) -> None:
        if not self.parts:
            self.starts.append(number)
        self.parts.append(entry)
        self.size += len(entry.encode("utf-8"))
        if self.size >= SHARD_BYTES:
            self.close()

    def close(self) -> None:
        if self.parts:
            name = f"articles-{len(self.starts) - 1:04d}"
            self.emit(name, f'{{"first":{self.starts[-1]},"articles":[{",".join(self.parts)}]}}')
            self.parts, self.size = [], 0


def article_entry(
    record: dict[str, Any], numbers: Sequence[int], rules: StringTable
) -> dict[str, Any]:
    """One article for its shard: metadata, source, body and compact facts (``numbers``: the
    type number of each of its facts)."""
    body = [p for p in record.get("body", []) if isinstance(p, str)]
    entry: dict[str, Any] = {"m": _non_empty(meta_of(record)), "b": body}
    source = record.get("source")
    if isinstance(source, dict):
        entry["s"] = _non_empty(source)
    sid, original = story_of(record)
    if sid is not None:
        entry["story"] = [sid, original]
    facts = facts_of(record)
    entry["f"] = [compact_fact(f, k, body, rules) for f, k in zip(facts, numbers, strict=True)]
    return entry


def _non_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in values.items() if text_or_none(v) is not None}


def compact_fact(
    fact: dict[str, Any], type_number: int, body: Sequence[str], rules: StringTable
) -> list[Any]:
    """``[type, paragraph, start, end, rule, fields, text]`` (see the module doc).

    ``paragraph``/``start``/``end`` are null unless they are integers; ``text`` is null when the
    span is valid and its characters are the fact's text, so a bad span keeps its text.

    >>> t = StringTable()
    >>> compact_fact({"type": "date", "text": "6月", "paragraph": 0, "start": 0, "end": 2,
    ...               "rule": "r", "value": "2024-06"}, 0, ["6月7日"], t)
    [0, 0, 0, 2, 0, {'value': '2024-06'}, None]
    >>> compact_fact({"type": "date", "text": "7日", "paragraph": 0, "start": 0, "end": 2},
    ...              0, ["6月7日"], t)[6]
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
        type_number,
        *where,
        None if rule is None else rules.number(str(rule)),
        fields,
        kept,
    ]


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
