"""Publication times as pages print them → ISO 8601 with the page's local offset (+08:00).

Forms are data: each pattern names year, month, day and optionally hour, minute, second.

Year first (2011-12-14, 2011/12/14, 2011.12.14, 2011年12月14日) is the Chinese order and is
always read so; 民國113年6月7日 is a Republic-era year (113 + 1911 = 2024). Year last
(14.12.2011, 14/12/2011 10:30) is the order of Hong Kong pages and of
foreign outlets' Chinese services; it is read only when one order is certain:

- the first number is above 12 (14/12/2011): day, month, year;
- the second number is above 12 (12/14/2011): month, day, year (the American order);
- both at most 12 with dots (05.06.2011): day first, as everywhere dots stand between the
  numbers of a year-last date (Europe, Hong Kong; American dates use slashes);
- both at most 12 with slashes or dashes (05/06/2011): not a date, since 5 June and 6 May are
  both read on Chinese-language pages; a page's other date fields decide.

The two separators must be the same (12-09/2011 is no date).

A time may follow: 17:25, 17:25:36.000, 9时30分, 11点, 10点半, with a part of the day before a
12-hour clock (上午8:21, 下午3:05 = 15:05, 中午1点 = 13:00, 晚上11点 = 23:00, 晚上12点 = the next
day's 00:00, 凌晨2点) or AM/PM after it. A weekday between the date and the time (週三, 星期三) is
skipped, never read. A zone written with the time (Z, +08:00, +0800, GMT+9, UTC-05:00, 北京时间) is
kept as written; a time without one is local, +08:00. Rewriting an instant in the page's zone is
the reader's choice (:func:`in_zone`; see ``html_meta._published``).

A date's span ends at its last digit or 日 (or a time's 点, 分, 秒, 半), never at the white space
after it, so the words after a date can be told from words glued to it (2012-01-12 某某日报
against 2012年4月1日起).

>>> parse_published("加入时间:2024-6-7 17:25:36")
'2024-06-07T17:25:36+08:00'
>>> parse_published("2024年06月07日 09:30")
'2024-06-07T09:30:00+08:00'
>>> parse_published("2024-06-07")
'2024-06-07'
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta, timezone, tzinfo

import regex

from .. import pattern_cache
from .lazy import lazy_re, lazy_regex

CHINA = timezone(timedelta(hours=8))

_YMD = (
    r"(?:(?P<y>(?:19|20)\d\d)|民[国國]\s*(?P<roc>1?\d{1,2})(?=\s*年))"
    r"\s*(?:[-/.]|年)\s*(?P<m>[01]?\d)\s*(?:[-/.]|月)\s*(?P<d>[0-3]?\d)"
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
# A weekday between the date and the time (2024年5月22日週三, （星期三）) is skipped, never read.
_WEEKDAY = r"(?:[(（]\s*)?(?:星期|礼拜|禮拜|週|周)[一二三四五六日天](?:\s*[)）])?"
# The part of the day before a 12-hour clock time (上午8:21, 下午3:05, 晚上11点).
_HALF_DAY = (
    r"(?P<ap>上午|下午|中午|晚上|晚间|晚間|凌晨|早上|早晨|清晨|傍晚|夜间|夜間|夜里|夜裡|深夜"
    r"|[AaPp]\.?[Mm]\.?(?![A-Za-z]))"
)
# A clock time: 17:25, 17:25:36(.000), 9时30分, 9點30分15秒, 11点, 10点半. 点击 (clicks) and
# 时间 are words, not hours.
_CLOCK = (
    r"(?P<H>[0-2]?\d)\s*(?:[:：]\s*(?P<M>[0-5]\d)(?:\s*[:：]\s*(?P<S>[0-5]\d)(?:\.\d{1,9})?)?"
    r"|[时時点點](?![击擊间間])\s*(?:(?P<M2>[0-5]?\d)(?:\s*分(?:\s*(?P<S2>[0-5]?\d)\s*秒?)?)?"
    r"|(?P<half>半))?)"
)
_TIME = (
    rf"(?:\s*(?:T|[,，])?\s*(?:{_WEEKDAY}\s*)?{_HALF_DAY}?\s*{_CLOCK}"
    r"(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
)
# A zone written after the time: Z or +08:00 glued (ISO 8601), +0800 after a space (RFC 2822),
# GMT+8 / UTC-05:00, or 北京时间.
_OFFSET = (
    r"(?:(?P<tz>Z|[+-]\d\d:?\d\d)|\s(?P<tz2>[+-]\d{4})"
    r"|\s*[(（]?\s*(?:GMT|UTC)\s*(?:(?P<zs>[+-])\s*(?P<zh>1[0-4]|0?\d)(?::?(?P<zm>[0-5]\d))?)?"
    r"\s*[)）]?|\s*[(（]?(?P<bj>北京时间|北京時間)[)）]?)?"
)
_PATTERN = pattern_cache.compile(r"(?<!\d)" + _DATE + _TIME + _OFFSET + r"(?!\d)")


# Every date form has a year of four digits or 民国: most lines have none, and stdlib ``re``
# tells that several times faster than the full pattern can.
_YEAR = re.compile(r"(?:19|20)\d\d|民[国國]")


# The readers ask about the same lines several times (a line is a dateline candidate, a source
# line, a byline): 40% of the calls on the realworld and dev pages repeat one. The answer depends
# on the text alone and is immutable.
@functools.lru_cache(maxsize=4096)
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


def epoch_to_iso(seconds: int, zone: tzinfo = CHINA) -> str:
    """A Unix time (seconds) as ISO 8601 in ``zone``, by default the pages' local time, +08:00.

    >>> epoch_to_iso(1700000000)
    '2023-11-15T06:13:20+08:00'
    """
    return datetime.fromtimestamp(seconds, zone).isoformat()


_INSTANT = lazy_re(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)")


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
    if match["y"] is not None or match["roc"] is not None:
        y = int(match["y"]) if match["y"] else int(match["roc"]) + 1911  # 民国1年 is 1912
        m, d = int(match["m"]), int(match["d"])
    else:
        ymd = _year_last(match)
        if ymd is None:
            return None
        y, m, d = ymd
    try:
        day = datetime(y, m, d)
    except ValueError:
        return None
    clock = _clock(match)
    if clock is None:  # no time, or none that exists (25:00): the date stands alone
        return day.date().isoformat()
    return (day + clock).replace(tzinfo=_zone(match)).isoformat()


# Parts of the day after noon, and of the night, before a 12-hour clock time.
_AFTERNOON = frozenset({"下午", "傍晚", "pm"})
_NIGHT = frozenset({"晚上", "晚间", "晚間", "夜间", "夜間", "夜里", "夜裡", "深夜"})
_MORNING = frozenset({"上午", "凌晨", "早上", "早晨", "清晨", "am"})
_NOON_HOURS = 12
_EVENING_FROM = 6  # 晚上6点 is 18:00; 深夜2点 is 02:00
_DAY_HOURS = 24


def _clock(match: regex.Match[str]) -> timedelta | None:
    """The time of day as an offset from midnight (24:00 and past for 晚上12点), or ``None``."""
    if match["H"] is None:
        return None
    hour = int(match["H"])
    minute = int(match["M"] or match["M2"] or (30 if match["half"] else 0))
    second = int(match["S"] or match["S2"] or 0)
    if hour > _DAY_HOURS:
        return None
    part = (match["ap"] or match["ap2"] or "").lower().replace(".", "")
    if hour <= _NOON_HOURS and part:
        if part in _AFTERNOON and hour < _NOON_HOURS:
            hour += 12
        elif part == "中午" and hour < _EVENING_FROM:
            hour += 12  # 中午1点 is 13:00; 中午12点 stays
        elif part in _NIGHT and hour >= _EVENING_FROM:
            hour += 12  # 晚上12点 is midnight: 24:00, the next day's 00:00
        elif part in _MORNING and hour == _NOON_HOURS:
            hour = 0
    if hour == _DAY_HOURS and part not in _NIGHT:
        return None
    return timedelta(hours=hour, minutes=minute, seconds=second)


def _zone(match: regex.Match[str]) -> timezone:
    """The zone written with the time; a time written without one is the pages' local +08:00."""
    tz = match["tz"] or match["tz2"]
    if tz == "Z":
        return timezone.utc
    if tz:
        sign, hours, minutes = tz[0], int(tz[1:3]), int(tz[-2:])
    elif match["zs"]:
        sign, hours, minutes = match["zs"], int(match["zh"]), int(match["zm"] or 0)
    elif match["bj"] or match["H"] is None:
        return CHINA
    elif "GMT" in match[0] or "UTC" in match[0]:
        return timezone.utc  # GMT or UTC with no offset
    else:
        return CHINA
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


def in_zone(iso: str, zone: tzinfo = CHINA) -> str:
    """An instant written in another zone, rewritten in ``zone``; a date (no time) is kept.

    >>> in_zone("2024-05-22T00:21:04+00:00")
    '2024-05-22T08:21:04+08:00'
    >>> in_zone("2024-05-21T20:00:00-05:00")
    '2024-05-22T09:00:00+08:00'
    >>> in_zone("2024-05-22")
    '2024-05-22'
    """
    value = to_datetime(iso)
    if value is None or len(iso) <= len("2024-05-22"):
        return iso
    return value.astimezone(zone).isoformat()


def zone_of(iso: str | None) -> tzinfo | None:
    """The zone an instant is written in; ``None`` for a date or no value."""
    if not iso or len(iso) <= len("2024-05-22"):
        return None
    value = to_datetime(iso)
    return value.tzinfo if value is not None else None


#: The years a page's own date may fall in (a CMS default or a typo lies outside).
MIN_YEAR, MAX_YEAR = 1990, 2100


def valid_date(text: str | None) -> str | None:
    """``text`` read as a publication time (:func:`parse_published`) within the years pages
    carry, else ``None``."""
    if not text:
        return None
    value = parse_published(text)
    if value is None or not MIN_YEAR <= int(value[:4]) <= MAX_YEAR:
        return None
    return value


_URL_DATE = lazy_regex(r"(?<!\d)((?:19|20)\d\d)[-/_]?([01]\d)[-/_]?([0-3]\d)(?!\d)")


def url_date(url: str | None) -> str | None:
    """The date a URL holds (``/2024-05/20/``, ``/20240509/``, ``t20240513_``), if any.

    >>> url_date("http://news.example.cn/2024-05/13/content_1.shtml")
    '2024-05-13'
    >>> url_date("https://example.cn/n1/2024/0517/c14739-1.html"), url_date(None)
    ('2024-05-17', None)
    """
    if not url:
        return None
    match = _URL_DATE.search(url)
    return valid_date(f"{match[1]}-{match[2]}-{match[3]}") if match else None
