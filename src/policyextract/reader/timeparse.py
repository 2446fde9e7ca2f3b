"""Publication times as pages print them → ISO 8601 with the page's local offset (+08:00).

Forms are data: each pattern names year, month, day and optionally hour, minute, second.

>>> parse_published("加入时间:2024-6-7 17:25:36")
'2024-06-07T17:25:36+08:00'
>>> parse_published("2024年06月07日 09:30")
'2024-06-07T09:30:00+08:00'
>>> parse_published("2024-06-07")
'2024-06-07'
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import regex

CHINA = timezone(timedelta(hours=8))

_DATE = (
    r"(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>[01]?\d)\s*(?:[-/.]|月)\s*(?P<d>[0-3]?\d)\s*日?"
)
_TIME = r"(?:\s*T?\s*(?P<H>[0-2]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?)?"
_OFFSET = r"(?P<tz>Z|[+-]\d\d:?\d\d)?"
_PATTERN = regex.compile(r"(?<!\d)" + _DATE + _TIME + _OFFSET + r"(?!\d)")


def find_published(text: str) -> tuple[str, int, int] | None:
    """The first date-time in ``text`` as (ISO string, start, end), or ``None``."""
    for match in _PATTERN.finditer(text):
        iso = _to_iso(match)
        if iso is not None:
            return iso, match.start(), match.end()
    return None


def parse_published(text: str) -> str | None:
    """ISO 8601 for the first date-time in ``text``: local times carry +08:00, dates stay dates."""
    found = find_published(text)
    return found[0] if found else None


def epoch_to_iso(seconds: int) -> str:
    """A Unix time (seconds) as ISO 8601 in the pages' local time, +08:00.

    >>> epoch_to_iso(1700000000)
    '2023-11-15T06:13:20+08:00'
    """
    return datetime.fromtimestamp(seconds, CHINA).isoformat()


def to_datetime(iso: str | None) -> datetime | None:
    """The datetime of an ISO string written by :func:`parse_published` (dates at midnight)."""
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=CHINA)


def _to_iso(match: regex.Match[str]) -> str | None:
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    try:
        if match["H"] is None:
            return datetime(y, m, d).date().isoformat()
        value = datetime(y, m, d, int(match["H"]), int(match["M"]), int(match["S"] or 0))
    except ValueError:
        return None
    tz = match["tz"]
    if tz is None:
        return value.replace(tzinfo=CHINA).isoformat()
    if tz == "Z":
        return value.replace(tzinfo=timezone.utc).isoformat()
    sign = 1 if tz[0] == "+" else -1
    hours, minutes = int(tz[1:3]), int(tz[-2:])
    offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
    return value.replace(tzinfo=offset).isoformat()
