"""Publication times as pages print them → ISO 8601 with the page's local offset (+08:00).

Forms are data: each pattern names year, month, day and optionally hour, minute, second.

Year first (2011-12-14, 2011/12/14, 2011.12.14, 2011年12月14日) is the Chinese order and is
always read so. Year last (14.12.2011, 14/12/2011 10:30) is the order of Hong Kong pages and of
foreign outlets' Chinese services; it is read only when one order is certain:

- the first number is above 12 (14/12/2011): day, month, year;
- the second number is above 12 (12/14/2011): month, day, year (the American order);
- both at most 12 with dots (05.06.2011): day first, as everywhere dots stand between the
  numbers of a year-last date (Europe, Hong Kong; American dates use slashes);
- both at most 12 with slashes or dashes (05/06/2011): not a date, since 5 June and 6 May are
  both read on Chinese-language pages; a page's other date fields decide.

The two separators must be the same (12-09/2011 is no date). A date's span ends at its last
digit or 日, never at the white space after it, so the words after a date can be told from words
glued to it (2012-01-12 某某日报 against 2012年4月1日起).

>>> parse_published("加入时间:2024-6-7 17:25:36")
'2024-06-07T17:25:36+08:00'
>>> parse_published("2024年06月07日 09:30")
'2024-06-07T09:30:00+08:00'
>>> parse_published("2024-06-07")
'2024-06-07'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import regex

CHINA = timezone(timedelta(hours=8))

_YMD = (
    r"(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>[01]?\d)\s*(?:[-/.]|月)\s*(?P<d>[0-3]?\d)"
    r"(?:\s*日)?"
)
# Year last: two numbers of one or two digits, the same separator twice, a four-digit year; not
# inside a dotted number run (a version or an address: 1.2.2011.5).
_YEAR_LAST = (
    r"(?<![\d.A-Za-z])(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<yl>(?:19|20)\d\d)"
    r"(?!\.\d)"
)
_DATE = f"(?:{_YMD}|{_YEAR_LAST})"
MONTHS = 12
_TIME = r"(?:\s*T?\s*(?P<H>[0-2]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?)?"
_OFFSET = r"(?P<tz>Z|[+-]\d\d:?\d\d)?"
_PATTERN = regex.compile(r"(?<!\d)" + _DATE + _TIME + _OFFSET + r"(?!\d)")


# Every date form has a year of four digits: most lines have none, and stdlib ``re`` tells that
# several times faster than the full pattern can.
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_published(text: str) -> tuple[str, int, int] | None:
    """The first date-time in ``text`` as (ISO string, start, end), or ``None``."""
    if not _YEAR.search(text):
        return None
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


_INSTANT = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)")


def local_time(instant: str | None) -> str | None:
    """An instant written with its zone (a WARC-Date) in the pages' local time, +08:00, to the
    second; ``None`` when it is not such an instant.

    >>> local_time("2024-05-22T00:21:04Z")
    '2024-05-22T08:21:04+08:00'
    >>> local_time("2024-05-21T23:59:59.123456Z"), local_time("yesterday")
    ('2024-05-22T07:59:59+08:00', None)
    """
    match = _INSTANT.fullmatch((instant or "").strip())
    if match is None:
        return None
    zone = "+00:00" if match[2] == "Z" else match[2]
    try:
        value = datetime.fromisoformat(match[1] + zone)
    except ValueError:
        return None
    return value.astimezone(CHINA).isoformat()


def to_datetime(iso: str | None) -> datetime | None:
    """The datetime of an ISO string written by :func:`parse_published` (dates at midnight)."""
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=CHINA)


def _year_last(match: regex.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a year-last date when its order is certain (see the module doc)."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["yl"])
    if a > MONTHS:
        return year, b, a
    if b > MONTHS:
        return year, a, b
    return (year, b, a) if match["sep"] == "." else None


def _to_iso(match: regex.Match[str]) -> str | None:
    if match["y"] is not None:
        y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        ymd = _year_last(match)
        if ymd is None:
            return None
        y, m, d = ymd
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
