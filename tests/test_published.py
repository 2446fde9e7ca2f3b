"""Publication times in every time zone (issue 16): one table per source of ``published``.

Each case is a small page written by hand around one source of the time (a meta tag, JSON-LD,
``<time datetime>``, a visible 来源/时间 line, the URL, a script's epoch) with and without a zone;
the expected instant is worked out by hand: a time written in another zone is the same instant
rewritten in the page's local zone, +08:00 (00:21:04Z is 08:21:04+08:00; 20:00-05:00 is 09:00
the next day), and a time written without a zone is local.
"""

from __future__ import annotations

import pytest
from test_html_meta import HEADLINE, PARAGRAPHS, meta_of, page

from policyextract.reader.text_article import strip_text
from policyextract.reader.timeparse import parse_published


def json_ld(value: str) -> str:
    return (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{value}"}}</script>'
    )


# (what the case shows, the page, the published instant, its source)
SOURCES = [
    # meta tags
    (
        "meta, UTC with Z and milliseconds",
        page(head='<meta property="article:published_time" content="2024-05-22T00:21:04.000Z">'),
        "2024-05-22T08:21:04+08:00",
        "meta",
    ),
    (
        "meta, +00:00",
        page(head='<meta property="article:published_time" content="2024-05-22T00:21:04+00:00">'),
        "2024-05-22T08:21:04+08:00",
        "meta",
    ),
    (
        "meta, -05:00 crosses midnight into the next local day",
        page(head='<meta name="pubdate" content="2024-05-21T20:00:00-05:00">'),
        "2024-05-22T09:00:00+08:00",
        "meta",
    ),
    (
        "meta, +08:00 as written",
        page(head='<meta name="pubdate" content="2024-05-22T08:21:04+08:00">'),
        "2024-05-22T08:21:04+08:00",
        "meta",
    ),
    (
        "meta, no zone: local",
        page(head='<meta name="pubdate" content="2024-05-22 08:21:04">'),
        "2024-05-22T08:21:04+08:00",
        "meta",
    ),
    (
        "meta, a date alone stays a date",
        page(head='<meta name="pubdate" content="2024-05-22">'),
        "2024-05-22",
        "meta",
    ),
    # JSON-LD
    (
        "JSON-LD, Z",
        page(head=json_ld("2024-05-21T23:30:00Z")),
        "2024-05-22T07:30:00+08:00",
        "json-ld",
    ),
    (
        "JSON-LD, +0900 without a colon",
        page(head=json_ld("2024-05-22T10:00:00+0900")),
        "2024-05-22T09:00:00+08:00",
        "json-ld",
    ),
    (
        "JSON-LD, no zone",
        page(head=json_ld("2024-05-22T08:21")),
        "2024-05-22T08:21:00+08:00",
        "json-ld",
    ),
    # <time datetime>
    (
        "<time> after the headline, Z",
        page(before='<time datetime="2024-05-22T00:21:04Z">2024年5月22日</time>'),
        "2024-05-22T08:21:04+08:00",
        "time",
    ),
    (
        "<time itemprop=datePublished>, -05:00",
        page(
            before='<span><time itemprop="datePublished" datetime="2024-05-21T20:21:04-05:00">'
            "</time></span>"
        ),
        "2024-05-22T09:21:04+08:00",
        "time",
    ),
    (
        "<time>, no zone",
        page(before='<time datetime="2024-05-22T08:21:04"></time>'),
        "2024-05-22T08:21:04+08:00",
        "time",
    ),
    # the visible 来源/时间 line
    (
        "visible line, 24-hour clock",
        page(before="<div>来源：示例日报 2024-05-22 08:21</div>"),
        "2024-05-22T08:21:00+08:00",
        "page",
    ),
    (
        "visible line, 上午 and a weekday (not read)",
        page(before="<div>2024年5月22日週三 上午8:21</div>"),
        "2024-05-22T08:21:00+08:00",
        "page",
    ),
    (
        "visible line, 下午",
        page(before="<div>发布时间：2024年5月22日 下午3:05</div>"),
        "2024-05-22T15:05:00+08:00",
        "page",
    ),
    (
        "visible line, 晚上 and 点",
        page(before="<div>发布时间：2024年5月22日 晚上11点</div>"),
        "2024-05-22T23:00:00+08:00",
        "page",
    ),
    (
        "visible line, a printed zone is the page's own",
        page(before="<div>更新时间：2024-05-22 09:21 GMT+9</div>"),
        "2024-05-22T09:21:00+09:00",
        "page",
    ),
    (
        "visible line, 北京时间",
        page(before="<div>2024年05月22日 08:21 北京时间</div>"),
        "2024-05-22T08:21:00+08:00",
        "page",
    ),
    # the URL (a date only: no zone to honour)
    (
        "URL date",
        page(head='<link rel="canonical" href="https://news.example.cn/2024/0522/c1001.html">'),
        "2024-05-22",
        "url",
    ),
    # a script's Unix time is an instant: written in the local zone
    (
        "script epoch",
        page(script='<script>var ct = "1716337264";</script>'),
        "2024-05-22T08:21:04+08:00",
        "script",
    ),
]


@pytest.mark.parametrize(
    ("html", "published", "source"),
    [case[1:] for case in SOURCES],
    ids=[case[0] for case in SOURCES],
)
def test_each_source_and_zone(html: str, published: str, source: str) -> None:
    meta = meta_of(html)
    assert (meta.published, meta.published_from) == (published, source)
    assert meta.published_conflicts == []


HK_PAGE = page(
    head='<meta property="article:published_time" content="2024-05-22T00:21:04.000Z">'
    + json_ld("2024-05-22T00:21:04.000Z"),
    before='<div><time datetime="2024-05-22T00:21:04.000Z">2024年5月22日週三 上午8:21</time></div>',
)


def test_a_utc_instant_and_the_visible_local_time_agree() -> None:
    """The issue's page: machine-readable UTC and visible 上午8:21 are one instant; the machine
    time stands, with its seconds, and nothing disagrees."""
    meta = meta_of(HK_PAGE)
    assert meta.published == "2024-05-22T08:21:04+08:00"
    assert meta.published_from == "meta"
    assert meta.published_conflicts == []


def test_a_visible_time_of_the_same_day_gives_the_time() -> None:
    """A meta time of another minute on the same day (often an index time) yields to the time
    the page shows; the meta's claim stays visible."""
    meta = meta_of(
        page(
            head='<meta name="pubdate" content="2024-05-22T02:00:00Z">',
            before="<div>发布时间：2024-05-22 08:21</div>",
        )
    )
    assert meta.published == "2024-05-22T08:21:00+08:00"
    assert meta.published_from == "page"
    assert [(c.source, c.published) for c in meta.published_conflicts] == [
        ("meta", "2024-05-22T10:00:00+08:00")
    ]


def test_a_visible_time_of_another_day_does_not_replace_the_machine_day() -> None:
    meta = meta_of(
        page(
            head='<meta name="pubdate" content="2024-05-21T17:00:00Z">',  # 22 May, 01:00 local
            before="<div>发布时间：2024-05-21 16:00</div>",
        )
    )
    assert meta.published == "2024-05-22T01:00:00+08:00"
    assert [(c.source, c.published) for c in meta.published_conflicts] == [
        ("page", "2024-05-21T16:00:00+08:00")
    ]


def test_a_printed_zone_sets_the_zone_of_machine_times() -> None:
    """A page that prints its own zone (GMT+9) has machine times written in that zone."""
    meta = meta_of(
        page(
            head='<meta name="pubdate" content="2024-05-22T00:21:04Z">',
            before="<div>更新时间：2024-05-22 09:21 GMT+9</div>",
        )
    )
    assert meta.published == "2024-05-22T09:21:04+09:00"
    assert meta.published_from == "meta"


def test_times_of_related_news_far_below_do_not_date_the_article() -> None:
    related = "".join(f"<li>某地新闻标题第{i}条</li>" for i in range(60))
    html = page().replace(
        "</body>",
        f'<ul>{related}<li><time datetime="2020-01-01T00:00:00Z"></time></li></ul></body>',
    )
    assert meta_of(html).published is None


def test_a_text_dump_reads_the_visible_time_the_same_way() -> None:
    dump = "\n".join(
        ["示例网 > 新闻", HEADLINE, "2024年5月22日週三 上午8:21 来源：示例日报", *PARAGRAPHS]
    )
    meta = strip_text(dump).metadata
    assert (meta.published, meta.published_from) == ("2024-05-22T08:21:00+08:00", "page")


CLOCKS = [
    ("2024年5月22日 上午8:21", "2024-05-22T08:21:00+08:00"),
    ("2024年5月22日 上午12:10", "2024-05-22T00:10:00+08:00"),  # 12 in the morning is 0 h
    ("2024年5月22日 下午3:05", "2024-05-22T15:05:00+08:00"),
    ("2024年5月22日 下午12:30", "2024-05-22T12:30:00+08:00"),  # 12 after noon stays
    ("2024年5月22日 下午15:05", "2024-05-22T15:05:00+08:00"),  # a 24-hour time stays
    ("2024年5月22日 中午12点", "2024-05-22T12:00:00+08:00"),
    ("2024年5月22日 中午1点", "2024-05-22T13:00:00+08:00"),
    ("2024年5月22日 晚上11点", "2024-05-22T23:00:00+08:00"),
    ("2024年5月22日 晚上12点", "2024-05-23T00:00:00+08:00"),  # midnight ends the day
    ("2024年5月22日 凌晨2点", "2024-05-22T02:00:00+08:00"),
    ("2024年5月22日 深夜2点", "2024-05-22T02:00:00+08:00"),
    ("2024年5月22日 10点半", "2024-05-22T10:30:00+08:00"),
    ("2024年5月22日 9時30分15秒", "2024-05-22T09:30:15+08:00"),
    ("2024-05-22 08:21 PM", "2024-05-22T20:21:00+08:00"),
    ("2024-05-22 8:21 a.m.", "2024-05-22T08:21:00+08:00"),
    # weekdays are skipped, never read as a date
    ("2024年5月22日 星期三 08:21", "2024-05-22T08:21:00+08:00"),
    ("2024年5月22日（星期三）", "2024-05-22"),
    ("2024年5月22日週三", "2024-05-22"),
    # zones written with the time are kept as written (the reader rewrites machine times)
    ("2024-05-22T00:21:04.000Z", "2024-05-22T00:21:04+00:00"),
    ("2024-05-22 10:00:00 +0800", "2024-05-22T10:00:00+08:00"),
    ("2024-05-22 10:30 GMT+9", "2024-05-22T10:30:00+09:00"),
    ("2024-05-22 10:30 (UTC-05:00)", "2024-05-22T10:30:00-05:00"),
    ("2024-05-22 10:30 GMT", "2024-05-22T10:30:00+00:00"),
    # words that only look like hours
    ("2024-05-22 12点击", "2024-05-22"),
    ("2024-05-22 25:00", "2024-05-22"),
]


@pytest.mark.parametrize(("text", "expected"), CLOCKS)
def test_clock_forms(text: str, expected: str) -> None:
    assert parse_published(text) == expected


def test_relative_dates_resolve_against_the_local_day() -> None:
    """31 December 17:00 UTC is 1 January 01:00 in Beijing: 今年 on that page is the new year."""
    from policyextract import extract

    html = page(head='<meta name="pubdate" content="2024-12-31T17:00:00Z">').replace(
        "市政府常务会议近日", "市政府常务会议今年"
    )
    record = extract(html.encode())
    assert record["metadata"]["published"] == "2025-01-01T01:00:00+08:00"
    dates = [(f["text"], f["value"]) for f in record["facts"] if f["type"] == "date"]
    assert ("今年", "2025") in dates
