"""What the corpus names across its articles: one table per kind of fact.

Each row is one entity (an official by name, an organisation, a cluster, a document by title, a
target by deadline and wording) with what the facts say about it and the articles that name it.
Article numbers are stored sorted and delta-encoded (``[3, 1, 4]`` is articles 3, 4 and 8): a
common name appears in thousands of articles, and small gaps print short.

Rows (the browser's column order; lists hold the most frequent values first, at most
:data:`MAX_VALUES`):

- ``officials``: ``[name, titles, organisations, articles, mentions]``
- ``organizations``: ``[name, articles, mentions]``
- ``clusters``: ``[name, places, industries, levels, articles, mentions]``
- ``documents``: ``[title, actions, first, last, articles, mentions]`` where ``actions`` are
  ``[action, date]`` pairs (either may be null, not both) and
  ``first``/``last`` the earliest and latest publication dates of the articles naming it
- ``targets``: ``[deadline, text, action, items, articles, mentions]``, ``items`` as
  ``"省级集群 30个"`` strings
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .report_data import fact_type, text_or_none

MAX_VALUES = 10
# How a target item's qualifier is written before its value.
_QUALIFIERS = {"approx": "约", "at_least": "≥", "at_most": "≤", "more_than": ">", "less_than": "<"}


@dataclass
class _Entity:
    label: list[Any]
    values: list[Counter[Any]]
    articles: list[int] = field(default_factory=list)
    mentions: int = 0


_text = text_or_none


# Per kind: the fact type it gathers, its key and label, and the valued fields it collects.
_Spec = tuple[str, Callable[[dict[str, Any]], list[Any]], Callable[[dict[str, Any]], list[Any]]]


def _named(key: str) -> Callable[[dict[str, Any]], list[Any]]:
    return lambda f: [_text(f.get(key)) or _text(f.get("text")) or ""]


def _official_values(fact: dict[str, Any]) -> list[Any]:
    return [_text(fact.get("title")), _text(fact.get("organization"))]


def _cluster_values(fact: dict[str, Any]) -> list[Any]:
    return [_text(fact.get(k)) for k in ("place", "industry", "level")]


def _document_values(fact: dict[str, Any]) -> list[Any]:
    action, date = _text(fact.get("action")), _text(fact.get("date"))
    return [(action, date) if action or date else None]


def _target_label(fact: dict[str, Any]) -> list[Any]:
    return [_text(fact.get("deadline")), _text(fact.get("text")) or ""]


def _target_values(fact: dict[str, Any]) -> list[Any]:
    items = fact.get("items")
    items = items if isinstance(items, list) else []
    texts = [target_item(i) for i in items if isinstance(i, dict)]
    return [_text(fact.get("action")), "；".join(texts) or None]


SPECS: dict[str, _Spec] = {
    "officials": ("official", _named("name"), _official_values),
    "organizations": ("organization", _named("name"), lambda f: []),
    "clusters": ("cluster", _named("name"), _cluster_values),
    "documents": ("document", _named("title"), _document_values),
    "targets": ("target", _target_label, _target_values),
}


def target_item(item: dict[str, Any]) -> str:
    """One target item as read: subject, qualifier, value and unit as written.

    >>> target_item({"subject": "省级集群", "value": 30, "unit": "个", "qualifier": "exact"})
    '省级集群 30个'
    >>> target_item({"subject": None, "value": 2.0, "unit_text": "%", "qualifier": "at_most"})
    '≤2%'
    """
    value = item.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    unit = _text(item.get("unit_text")) or _text(item.get("unit")) or ""
    qualifier = _QUALIFIERS.get(str(item.get("qualifier")), "")
    amount = f"{qualifier}{_text(value) or ''}{unit}"
    subject = _text(item.get("subject"))
    return f"{subject} {amount}" if subject else amount


class EntityTables:
    """Gathers the tables article by article (:meth:`add`), in one pass over the records."""

    def __init__(self) -> None:
        self.wanted = {spec[0]: kind for kind, spec in SPECS.items()}
        self.found: dict[str, dict[tuple[Any, ...], _Entity]] = {kind: {} for kind in SPECS}

    def add(self, article: int, facts: Sequence[dict[str, Any]]) -> None:
        """The facts of article number ``article`` (numbers must come in increasing order)."""
        for fact in facts:
            kind = self.wanted.get(fact_type(fact))
            if kind is None:
                continue
            _, label_of, values_of = SPECS[kind]
            label = label_of(fact)
            values = values_of(fact)
            entity = self.found[kind].get(tuple(label))
            if entity is None:
                entity = _Entity(label, [Counter() for _ in values])
                self.found[kind][tuple(label)] = entity
            entity.mentions += 1
            for counter, value in zip(entity.values, values, strict=True):
                if value is not None:
                    counter[value] += 1
            if not entity.articles or entity.articles[-1] != article:
                entity.articles.append(article)

    def rows(self, published: Sequence[str]) -> dict[str, list[list[Any]]]:
        """The rows of every kind that has at least one (see the module doc); ``published``
        gives each article's publication time, as the index keeps it."""
        return {
            kind: [_row(kind, e, published) for e in _ordered(entities.values())]
            for kind, entities in self.found.items()
            if entities
        }


def _ordered(entities: Any) -> list[_Entity]:
    """Most articles first, then by label (a stable order for equal counts)."""
    return sorted(entities, key=lambda e: (-len(e.articles), [str(v) for v in e.label]))


def _row(kind: str, entity: _Entity, published: Sequence[str]) -> list[Any]:
    values: list[Any] = [[v for v, _ in c.most_common(MAX_VALUES)] for c in entity.values]
    if kind == "targets":  # the action and the items are single values, not lists
        values = [v[0] if v else None for v in values]
    row: list[Any] = [*entity.label, *values]
    if kind == "documents":
        dates = sorted(d[:10] for d in (published[i] for i in entity.articles) if d[:4].isdigit())
        row += [dates[0] if dates else None, dates[-1] if dates else None]
    return [*row, delta(entity.articles), entity.mentions]


def delta(numbers: Sequence[int]) -> list[int]:
    """Sorted numbers as the first and then the gaps.

    >>> delta([3, 4, 8])
    [3, 1, 4]
    """
    return [b - a for a, b in zip([0, *numbers], numbers, strict=False)]
