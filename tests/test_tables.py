"""Data tables in HTML articles (reader/html_tables.py): which tables are data, their rows, headers
and captions, and the contract that each row is also a body paragraph.

Pages are small hand-written snippets in the styles of statistics releases and Chinese CMS
layouts: one article of four prose paragraphs (so the density scoring has something to find)
plus the table under test. Expectations are written by hand from the snippet.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.models import CELL_SEPARATOR, Article, Table
from policyextract.pipeline import extract
from policyextract.reader import read

PARAGRAPHS = [
    "国家统计局今天发布数据，5月份全国规模以上工业增加值同比增长5.6%，比上月回落1.1个百分点。",
    "分三大门类看，采矿业增加值同比增长3.6%，制造业增长6.0%，公用事业增长13.7%。",
    "分经济类型看，国有控股企业增加值同比增长3.4%，股份制企业增长6.0%，私营企业增长5.2%。",
    "国家统计局新闻发言人表示，总的来看，5月份国民经济运行总体平稳，转型升级持续推进。",
]
LEAD = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
TAIL = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])


def page(table: str, *, wrap: str = "{}") -> str:
    article = wrap.format(f'<div class="article">{LEAD}{table}{TAIL}</div>')
    return (
        "<html><head><title>5月份规模以上工业增加值增长5.6%_示例网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
        f'<div class="main"><h1>5月份规模以上工业增加值增长5.6%</h1>{article}</div>'
        '<div class="footer">版权所有 示例网 Copyright © 2024</div></body></html>'
    )


def read_html(html: str) -> Article:
    return read(html.encode(), input_format="html")


# --- data tables --------------------------------------------------------------------------------

TH_HEADERS = (
    "<table><caption>2024年5月份规模以上工业增加值主要数据</caption>"
    "<thead><tr><th>指标</th><th>5月份</th><th>1-5月份</th></tr></thead>"
    "<tbody><tr><th>规模以上工业增加值（%）</th><td>5.6</td><td>6.2</td></tr>"
    "<tr><th>采矿业（%）</th><td>3.6</td><td>2.1</td></tr>"
    "<tr><th>制造业（%）</th><td>6.0</td><td>6.7</td></tr></tbody></table>"
)
EVIDENT = (
    "<table border='1'><tr><td>地区</td><td>企业数（家）</td><td>营业收入（亿元）</td></tr>"
    "<tr><td>东部地区</td><td>1,250</td><td>3,456.7</td></tr>"
    "<tr><td>中部地区</td><td>860</td><td>1,234.5</td></tr>"
    "<tr><td>西部地区</td><td>540</td><td>—</td></tr></table>"
)
# A two-level header: 5月份 and 1-5月份 each span two columns; 指标 spans two rows.
SPANS = (
    "<table><tr><td rowspan='2'>指标</td>"
    "<td colspan='2'>5月份</td><td colspan='2'>1-5月份</td></tr>"
    "<tr><td>绝对额</td><td>增长（%）</td><td>绝对额</td><td>增长（%）</td></tr>"
    "<tr><td>社会消费品零售总额（亿元）</td>"
    "<td>39211</td><td>3.7</td><td>195237</td><td>4.1</td></tr>"
    "<tr><td>其中：餐饮收入（亿元）</td><td>4318</td><td>5.0</td><td>21017</td><td>7.9</td></tr>"
    "</table>"
)
# Rows of figures only (a number-only column beside month labels; no letters in the cells).
NUMBERS_ONLY = (
    "<p>表2 2024年居民消费价格月度涨跌幅度</p><p>单位：%</p>"
    "<table><tr><td>月份</td><td>同比</td><td>环比</td></tr>"
    "<tr><td>1</td><td>-0.8</td><td>0.3</td></tr>"
    "<tr><td>2</td><td>0.7</td><td>1.0</td></tr>"
    "<tr><td>3</td><td>0.1</td><td>-1.0</td></tr></table>"
)
# Word-exported: a <p> in every cell, a bold header row, an empty spacer column, an empty row.
WORD_EXPORT = (
    "<table class='MsoNormalTable'>"
    "<tr><td><p><b>项目</b></p></td><td></td><td><p><b>数量</b></p></td></tr>"
    "<tr><td><p>新开工项目</p></td><td></td><td><p>125个</p></td></tr>"
    "<tr><td></td><td></td><td></td></tr>"
    "<tr><td><p>竣工项目</p></td><td></td><td><p>87个</p></td></tr></table>"
)
# A statistics table with a note row under it that is a long paragraph of its own.
NOTE_ROW = (
    "<table><tr><td>指标</td><td>绝对额</td><td>增长（%）</td></tr>"
    "<tr><td>货物进出口总额（亿元）</td><td>17500</td><td>8.6</td></tr>"
    "<tr><td>出口额（亿元）</td><td>9800</td><td>7.6</td></tr>"
    "<tr><td colspan='3'><p>注：1.本表数据为初步统计数，部分数据因四舍五入的原因，"
    "存在总计与分项合计不等的情况。</p>"
    "<p>2.增长速度按可比价格计算，与上年同期相比，下同，不再一一说明。</p></td></tr>"
    "</table>"
)
# A time series: bare years head the rows (labels, not figures).
YEARS = (
    "<table><tr><td>年份</td><td>国内生产总值（亿元）</td><td>增长（%）</td></tr>"
    "<tr><td>2022</td><td>1,204,724</td><td>3.0</td></tr>"
    "<tr><td>2023</td><td>1,260,582</td><td>5.2</td></tr></table>"
)
# The data table sits inside a layout table that holds the article (nested: the outer one is
# layout, the walk goes in and finds the inner one).
NESTED = (
    "<table><tr><td>地区</td><td>增长（%）</td></tr><tr><td>北京</td><td>5.1</td></tr>"
    "<tr><td>上海</td><td>4.9</td></tr></table>"
)

DATA_CASES = [
    (
        "th headers and a caption",
        TH_HEADERS,
        Table(
            paragraph=3,
            caption="2024年5月份规模以上工业增加值主要数据",
            rows=[
                ["指标", "5月份", "1-5月份"],
                ["规模以上工业增加值（%）", "5.6", "6.2"],
                ["采矿业（%）", "3.6", "2.1"],
                ["制造业（%）", "6.0", "6.7"],
            ],
            header_rows=1,
            header_columns=1,
        ),
    ),
    (
        "evident header row and column",
        EVIDENT,
        Table(
            paragraph=2,
            caption=None,
            rows=[
                ["地区", "企业数（家）", "营业收入（亿元）"],
                ["东部地区", "1,250", "3,456.7"],
                ["中部地区", "860", "1,234.5"],
                ["西部地区", "540", "—"],
            ],
            header_rows=1,
            header_columns=1,
        ),
    ),
    (
        "colspan and rowspan leave the covered slots empty",
        SPANS,
        Table(
            paragraph=2,
            rows=[
                ["指标", "5月份", "", "1-5月份", ""],
                ["", "绝对额", "增长（%）", "绝对额", "增长（%）"],
                ["社会消费品零售总额（亿元）", "39211", "3.7", "195237", "4.1"],
                ["其中：餐饮收入（亿元）", "4318", "5.0", "21017", "7.9"],
            ],
            header_rows=2,
            header_columns=1,
        ),
    ),
    (
        "number-only rows and a title and unit line above",
        NUMBERS_ONLY,
        Table(
            paragraph=4,
            caption="表2 2024年居民消费价格月度涨跌幅度 单位：%",
            rows=[
                ["月份", "同比", "环比"],
                ["1", "-0.8", "0.3"],
                ["2", "0.7", "1.0"],
                ["3", "0.1", "-1.0"],
            ],
            header_rows=1,
            header_columns=0,
        ),
    ),
    (
        "bold header row, empty column and empty row dropped",
        WORD_EXPORT,
        Table(
            paragraph=2,
            rows=[["项目", "数量"], ["新开工项目", "125个"], ["竣工项目", "87个"]],
            header_rows=1,
            header_columns=1,
        ),
    ),
    (
        "a long note row does not make it layout",
        NOTE_ROW,
        Table(
            paragraph=2,
            rows=[
                ["指标", "绝对额", "增长（%）"],
                ["货物进出口总额（亿元）", "17500", "8.6"],
                ["出口额（亿元）", "9800", "7.6"],
                [
                    # the two <p> join with a space: 。 is wide, 2 is not (as browsers join)
                    "注：1.本表数据为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的"
                    "情况。 2.增长速度按可比价格计算，与上年同期相比，下同，不再一一说明。",
                    "",
                    "",
                ],
            ],
            header_rows=1,
            header_columns=1,
        ),
    ),
    (
        "bare years head the rows",
        YEARS,
        Table(
            paragraph=2,
            rows=[
                ["年份", "国内生产总值（亿元）", "增长（%）"],
                ["2022", "1,204,724", "3.0"],
                ["2023", "1,260,582", "5.2"],
            ],
            header_rows=1,
            header_columns=1,
        ),
    ),
]


@pytest.mark.parametrize(("name", "table", "expected"), DATA_CASES, ids=[c[0] for c in DATA_CASES])
def test_data_tables(name: str, table: str, expected: Table) -> None:
    article = read_html(page(table))
    assert article.tables == [expected]
    assert_rows_in_body(article)
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body


def assert_rows_in_body(article: Article) -> None:
    for t in article.tables:
        for i, cells in enumerate(t.rows):
            assert article.body[t.paragraph + i] == CELL_SEPARATOR.join(cells)


def test_caption_element_is_a_body_paragraph_above_the_rows() -> None:
    article = read_html(page(TH_HEADERS))
    (table,) = article.tables
    assert article.body[table.paragraph - 1] == table.caption


def test_number_only_rows_are_kept_whole() -> None:
    """No figure is lost: rows without letters and rows with a leading empty cell stay."""
    body = read_html(page(NUMBERS_ONLY)).body
    assert "1\t-0.8\t0.3" in body
    assert "\t绝对额\t增长（%）\t绝对额\t增长（%）" in read_html(page(SPANS)).body


def test_data_table_inside_a_layout_table() -> None:
    wrap = "<table><tr><td>{}</td><td>栏目导航</td></tr></table>"
    article = read_html(page(NESTED, wrap=wrap))
    assert [t.rows for t in article.tables] == [
        [["地区", "增长（%）"], ["北京", "5.1"], ["上海", "4.9"]]
    ]
    assert_rows_in_body(article)


def test_table_after_an_end_marker_is_dropped_whole() -> None:
    html = page("<p>相关新闻</p>" + EVIDENT)
    article = read_html(html)
    assert article.tables == []
    assert not any("东部地区" in p for p in article.body)


# --- layout tables ------------------------------------------------------------------------------

LAYOUT_CASES = [
    (
        "one cell around the article",
        "<table><tr><td><p>本市召开会议，部署下一阶段工作，要求各部门抓好落实。</p></td></tr></table>",
        ["本市召开会议，部署下一阶段工作，要求各部门抓好落实。"],
    ),
    (
        "two columns: a prose cell beside a side cell",
        "<table><tr><td><p>第一段正文，介绍了会议的主要内容和下一步安排，要求各地抓好落实工作。</p>"
        "<p>第二段正文，说明了相关政策的实施时间和适用范围，请有关单位认真执行。</p></td>"
        "<td>专题</td></tr><tr><td>上一篇</td><td>下一篇</td></tr></table>",
        ["第一段正文，介绍了会议的主要内容和下一步安排，要求各地抓好落实工作。"],
    ),
    (
        "a numbered list of sentences",
        "<table><tr><td>①</td><td>凡注明来源为本网的作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用。</td></tr>"
        "<tr><td>②</td><td>凡注明来源为其他媒体的作品，均转载自其它媒体，转载目的在于传递更多信息。</td></tr></table>",
        [],
    ),
    (
        # info bars and pagers are one-row tables: the cells stay lines judged one by one
        "a single row",
        "<table><tr><td>2024年5月份</td><td>同比增长</td></tr></table>",
        ["2024年5月份", "同比增长"],
    ),
    (
        "a single column",
        "<table><tr><td>5.6%</td></tr><tr><td>6.2%</td></tr></table>",
        [],
    ),
    (
        "a link grid",
        "<table><tr><td><a href='/1'>经济运行稳中有进</a></td>"
        "<td><a href='/2'>就业形势总体稳定</a></td></tr>"
        "<tr><td><a href='/3'>物价水平温和回升</a></td>"
        "<td><a href='/4'>外贸进出口增长</a></td></tr></table>",
        [],
    ),
    (
        "a photo grid",
        "<table><tr><td><img src='a.jpg'></td><td><img src='b.jpg'></td></tr>"
        "<tr><td>车间生产线</td><td>港口集装箱</td></tr></table>",
        [],
    ),
    (
        "an info box",
        "<table><tr><td>来源：国家统计局</td><td>发布时间：2024-06-14</td></tr>"
        "<tr><td>作者：张明</td><td>浏览次数：1024</td></tr></table>",
        [],
    ),
    (
        "a form of label： cells",
        "<table><tr><td>索引号：</td><td>000014349/2024-00123</td></tr>"
        "<tr><td>发布机构：</td><td>统计局</td></tr><tr><td>文号：</td><td>统字〔2024〕5号</td></tr></table>",
        ["统计局"],
    ),
]


@pytest.mark.parametrize(
    ("name", "table", "in_body"), LAYOUT_CASES, ids=[c[0] for c in LAYOUT_CASES]
)
def test_layout_tables_are_not_data(name: str, table: str, in_body: list[str]) -> None:
    article = read_html(page(table))
    assert article.tables == []
    assert not any(CELL_SEPARATOR in p for p in article.body)
    for text in in_body:
        assert text in article.body  # read as paragraphs, as before


def test_layout_table_around_the_whole_article() -> None:
    wrap = (
        "<table><tr><td><a href='/'>首页</a></td><td><a href='/n'>新闻</a></td></tr>"
        "<tr><td colspan='2'>{}</td></tr><tr><td>主办单位</td><td>联系我们</td></tr></table>"
    )
    article = read_html(page("", wrap=wrap))
    assert article.tables == []
    assert article.body == PARAGRAPHS


# --- facts from cells, end to end ---------------------------------------------------------------


def test_cell_facts_keep_exact_spans_and_take_headers() -> None:
    record = extract(page(SPANS).encode(), input_format="html")
    body = record["body"]
    cells = [f for f in record["facts"] if f["rule"] == "quantity.table_cell"]
    for f in record["facts"]:
        assert body[f["paragraph"]][f["start"] : f["end"]] == f["text"]
    got = [(f["text"], f["value"], f["unit"], f["subject"]) for f in cells]
    assert got == [
        ("39211", 3921100000000, "元", "5月份社会消费品零售总额绝对额"),
        ("3.7", 3.7, "%", "5月份社会消费品零售总额增长"),
        ("195237", 19523700000000, "元", "1-5月份社会消费品零售总额绝对额"),
        ("4.1", 4.1, "%", "1-5月份社会消费品零售总额增长"),
        ("4318", 431800000000, "元", "5月份餐饮收入绝对额"),
        ("5.0", 5, "%", "5月份餐饮收入增长"),
        ("21017", 2101700000000, "元", "1-5月份餐饮收入绝对额"),
        ("7.9", 7.9, "%", "1-5月份餐饮收入增长"),
    ]
    assert [t["paragraph"] for t in record["tables"]] == [2]


# --- any grid -----------------------------------------------------------------------------------

CELL = st.sampled_from(["", "5.6", "-0.8", "指标", "增长（%）", "东部地区", "—", "1,250"])
SPAN = st.sampled_from(["", " colspan='2'", " rowspan='2'", " colspan='3' rowspan='2'"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(CELL, SPAN, st.booleans()), max_size=5), max_size=6))
def test_any_grid_keeps_rows_in_body(grid: list[list[tuple[str, str, bool]]]) -> None:
    """Whatever the spans and empty cells, a table found keeps its rows as body paragraphs
    (strip_chrome asserts it too) and all rows have the table's width."""
    rows = "".join(
        "<tr>"
        + "".join(
            f"<{'th' if th else 'td'}{span}>{text}</{'th' if th else 'td'}>"
            for text, span, th in row
        )
        + "</tr>"
        for row in grid
    )
    article = read_html(page(f"<table>{rows}</table>"))
    assert_rows_in_body(article)
    for t in article.tables:
        assert len({len(r) for r in t.rows}) == 1
        assert all(any(r) for r in t.rows)
        assert 0 <= t.header_rows < len(t.rows) and 0 <= t.header_columns < len(t.rows[0])
