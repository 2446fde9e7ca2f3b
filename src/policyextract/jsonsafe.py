"""Strict JSON in and out: NaN and infinity never reach a JSON file; a value that cannot be
represented is null.

Python's ``json`` writes ``NaN`` and ``Infinity`` by default, which no other JSON reader accepts
(a browser's ``JSON.parse`` throws, and with it every script of a report). Records never hold
them from the pipeline (a non-finite quantity is null), but a record can be fed by hand.
"""

from __future__ import annotations

import json
import math
from typing import Any


def dumps(obj: Any, **kwargs: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, **kwargs)`` with every NaN or infinite float as
    ``null`` (the common case, with none, costs one ordinary ``dumps``).

    >>> dumps({"a": float("nan"), "b": [1.5, float("-inf")]})
    '{"a": null, "b": [1.5, null]}'
    """
    try:
        return json.dumps(obj, ensure_ascii=False, allow_nan=False, **kwargs)
    except ValueError:
        return json.dumps(finite(obj), ensure_ascii=False, allow_nan=False, **kwargs)


def finite(obj: Any) -> Any:
    """``obj`` with each non-finite float (in dicts, lists and tuples, at any depth) as ``None``."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {key: finite(value) for key, value in obj.items()}
    if isinstance(obj, list | tuple):
        return [finite(value) for value in obj]
    return obj


def loads(text: str | bytes) -> Any:
    """``json.loads`` that reads ``NaN``, ``Infinity`` and numbers too large for a float
    (``1e999``) as ``None``.

    >>> loads('{"a": NaN, "b": 1e999, "c": 2.5}')
    {'a': None, 'b': None, 'c': 2.5}
    """
    return json.loads(text, parse_constant=_none, parse_float=_float)


def _none(_: str) -> None:
    return None


def _float(text: str) -> float | None:
    value = float(text)
    return value if math.isfinite(value) else None
