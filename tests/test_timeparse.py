"""Printed publication times: table-driven cases typed by hand.

Year-first dates are the Chinese order; year-last dates (Hong Kong pages, foreign outlets'
Chinese services) are read only when their order is certain (see the timeparse module doc).
"""

from __future__ import annotations

import pytest

from policyextract.reader.timeparse import find_published, parse_published

PUBLISHED = [
    # year first, every separator
    ("2011-12-14", "2011-12-14"),
    ("2011/12/14", "2011-12-14"),
    ("2011.12.14", "2011-12-14"),  # never read day-first
    ("2011.01.02", "2011-01-02"),
    ("2011年12月14日", "2011-12-14"),
    ("2024年6月7日 9时30分", "2024-06-07T09:30:00+08:00"),
    ("加入时间:2024-6-7 17:25:36", "2024-06-07T17:25:36+08:00"),
    ("2024-06-07T09:30:00Z", "2024-06-07T09:30:00+00:00"),
    # the Republic era (Taiwan): 民國N年 is N + 1911
    ("發布日期：民國113年6月7日 上午10:30", "2024-06-07T10:30:00+08:00"),
    ("民国101年01月17日", "2012-01-17"),
    # year last: the day above 12 fixes the order
    ("14.12.2011", "2011-12-14"),
    ("14/12/2011 10:30", "2011-12-14T10:30:00+08:00"),
    ("最后更新 14.12.2011 19:00", "2011-12-14T19:00:00+08:00"),
    ("發佈日期：28-02-2012", "2012-02-28"),
    ("12/14/2011", "2011-12-14"),  # the second number above 12: month first
    # year last with dots: day first even when both numbers could be months
    ("05.06.2011", "2011-06-05"),
    ("更新時間：01.02.2012 08:15", "2012-02-01T08:15:00+08:00"),
    ("截至14.12.2011。", "2011-12-14"),  # a full stop after the year ends the date
]

NO_DATE = [
    "",
    "05/06/2011",  # 5 June or 6 May: not read
    "05-06-2011 10:30",
    "12-09/2011",  # two different separators
    "31.02.2011",  # no such day
    "31/31/2011",
    "1.2.2011.5",  # a dotted number run
    "v1.2.2011",  # a version
    "2011.13.01",  # no month 13, and a year first is never read backwards
    "第12期",
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED)
def test_parse_published(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date(text: str) -> None:
    assert parse_published(text) is None


# A date's span ends at its last digit or 日, not at the white space after it: the words after
# a date are told from words glued to it by the character at the span's end.
SPANS = [
    ("2012-01-12 南方日报", (0, 10)),
    ("2012年01月12日 南方日报", (0, 11)),
    ("2012-01-12 10:30 南方日报", (0, 16)),
    ("来源：某某 14/12/2011 某某", (6, 16)),
]


@pytest.mark.parametrize(("text", "span"), SPANS)
def test_span(text: str, span: tuple[int, int]) -> None:
    found = find_published(text)
    assert found is not None and found[1:] == span
