"""What the whole article tells about its names: its province, and full organisation names.

(Contract stub: being written.) Used by officials, organisations, clusters and events to complete
names "where the article makes it unambiguous" (省工业和信息化厅 in a Shandong article →
山东省工业和信息化厅).
"""

from __future__ import annotations

from ..models import Doc


def province_of(doc: Doc) -> str | None:
    """The province the article is about, when the text makes it unambiguous, else ``None``."""
    return None


def complete_organization(name: str, doc: Doc) -> str:
    """``name`` completed from context (a leading 省/市 → the article's province/city)."""
    return name
