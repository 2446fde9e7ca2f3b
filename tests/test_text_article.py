"""Text-dump reader: synthetic dumps with hand-written expectations, the acceptance article, and a
chrome/title check on the realworld dumps (skipped when ``../shared/realworld`` is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.models import Article
from policyextract.reader.text_article import classify_line, strip_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
REALWORLD = ROOT / ".." / "shared" / "realworld"
NBSP, IDSP = "\u00a0", "\u3000"
STRIP = " \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"

P1 = "3月1日，某市召开新闻发布会，介绍一季度经济运行情况。全市地区生产总值同比增长6.1%。"
P2 = "某市统计局局长张三介绍，工业生产稳步回升，规模以上工业增加值增长7.2%。"
P3 = "下一步，该市将继续加大政策支持力度，推动经济持续回升向好。"

# --- synthetic dumps ---------------------------------------------------------------------------

BASIC = f"""首页    新闻    财经    体育    科技    房产    汽车
某某网 >> 要闻
某市一季度经济运行稳中向好
来源：某某日报{NBSP}{NBSP}发布时间：2024-04-02 10:30

  本报记者 李四 王五

{IDSP}{IDSP}{P1}

  {P2}
{P3}{NBSP}

编辑：赵六

相关新闻
·> 某市出台稳增长十条措施
·> 某市一季度外贸进出口增长5%
Copyright © 某某网 版权所有
备案号：京ICP备00000000号
"""


def test_basic_dump_metadata() -> None:
    meta = strip_text(BASIC).metadata
    assert meta.title == "某市一季度经济运行稳中向好"
    assert meta.published == "2024-04-02T10:30:00+08:00"
    assert meta.source == "某某日报"
    assert meta.site == "某某网"
    assert meta.section == "要闻"
    assert meta.authors == ["李四", "王五"]
    assert meta.editors == ["赵六"]
    assert meta.url is None


def test_basic_dump_body_is_the_paragraphs_stripped() -> None:
    assert strip_text(BASIC).body == [P1, P2, P3]


HEADER_VARIANTS = f"""网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进某市
当前位置：首页 > 政务公开 > 部门动态
某市发布促进消费若干措施
2024-05-20 09:37
来源：某市人民政府网
分享到：
字体： 小 大
（原标题：关于印发某市促进消费若干措施的通知）
图为措施发布现场。（王五摄）
{P1}
点击进入专题>>
{P2}
某市统计局供图
{P3}
（责任编辑：刘六）
网友评论
这个政策很好，希望早日落地。
"""


def test_header_variants() -> None:
    article = strip_text(HEADER_VARIANTS)
    meta = article.metadata
    assert meta.title == "某市发布促进消费若干措施"
    assert meta.published == "2024-05-20T09:37:00+08:00"
    assert meta.source == "某市人民政府网"
    assert meta.section == "部门动态"
    assert meta.editors == ["刘六"]
    # 原标题, the caption, the link line and the comment are not body.
    assert article.body == [P1, P2, P3]


def test_no_metadata_lines_title_is_the_line_above_the_body() -> None:
    text = f"某市一季度经济运行稳中向好\n\n{P1}\n{P2}\n"
    article = strip_text(text)
    assert article.metadata.title == "某市一季度经济运行稳中向好"
    assert article.metadata.published is None
    assert article.body == [P1, P2]


DECK = f"""某某网 > 时政
习近平主持召开座谈会
来源：新华社
2023-12-01 14:43
某某主持召开座谈会强调
推动区域一体化发展取得新突破
{P1}
{P2}
"""


def test_deck_lines_above_the_first_paragraph_are_body() -> None:
    article = strip_text(DECK)
    assert article.metadata.title == "习近平主持召开座谈会"
    assert article.metadata.source == "新华社"
    assert article.metadata.published == "2023-12-01T14:43:00+08:00"
    assert article.body == ["某某主持召开座谈会强调", "推动区域一体化发展取得新突破", P1, P2]


SUMMARY_BOX = f"""某市数据行业整顿调查
某某网 2019-09-23 07:48
划重点：
1. 监管方从年初就在酝酿针对数据公司的整顿清理。
2. 每个数据源的价格在几毛钱到几块钱不等。
《某刊》作者 周七
{P1}
{P2}
{P3}
"""


def test_summary_box_above_the_byline_is_not_body() -> None:
    article = strip_text(SUMMARY_BOX)
    assert article.metadata.authors == ["周七"]
    assert article.metadata.published == "2019-09-23T07:48:00+08:00"
    assert article.body == [P1, P2, P3]


INLINE_BYLINE = """某地首艘海上油气加工厂启运
2024-05-12 17:19 来源：某某网
新华社深圳5月12日电（记者戴某、印某）由我国自主设计建造的加工厂12日启运。
该加工厂将在珠江口盆地投入使用，年处理原油能力显著提升。
"""


GOV_NOTICE = """首页 | 简 | 繁 | EN | 登录 | 邮箱 | 无障碍
国务院  总理  新闻  政策  互动  服务  数据  国情  国家政务服务平台
当前位置：首页 > 政策 > 最新
国务院办公厅关于印发《某某行动方案》的通知
国办发〔2024〕12号
发布时间：2024-05-13 17:00    来源： 中国政府网
【字体：大 中 小】打印
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2024年5月8日
（此件公开发布）
某某行动方案
为加快推进某某工作，制定本方案。
一、总体要求
到2025年，某某规模达到1万亿元，培育一批具有国际竞争力的企业。
【我要纠错】 责任编辑：李某某
扫一扫在手机打开当前页面
相关稿件
国务院办公厅关于某某的通知
"""


def test_government_notice() -> None:
    article = strip_text(GOV_NOTICE)
    meta = article.metadata
    # The document number between the title and the time line is not the title.
    assert meta.title == "国务院办公厅关于印发《某某行动方案》的通知"
    assert meta.published == "2024-05-13T17:00:00+08:00"
    assert meta.source == "中国政府网"
    assert meta.section == "最新"
    assert meta.editors == ["李某某"]
    # The salutation and the signature (with its date) are the notice's text; the
    # （此件公开发布） note is dropped like a caption.
    assert article.body == [
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。",
        "国务院办公厅",
        "2024年5月8日",
        "某某行动方案",
        "为加快推进某某工作，制定本方案。",
        "一、总体要求",
        "到2025年，某某规模达到1万亿元，培育一批具有国际竞争力的企业。",
    ]


def test_authors_from_the_dateline() -> None:
    meta = strip_text(INLINE_BYLINE).metadata
    assert meta.authors == ["戴某", "印某"]
    assert meta.source == "某某网"


GUARDS = """某市开展金融知识宣传活动
2024-06-01 来源：某某报
记者从活动现场了解到，本次活动的资金来源：市财政专项资金。
记者在现场看到，不少市民围在展台前咨询。该行编辑了宣传手册，并发表声明提醒市民防范诈骗。
"""


def test_body_sentences_mentioning_meta_words_are_kept() -> None:
    body = strip_text(GUARDS).body
    assert body == [
        "记者从活动现场了解到，本次活动的资金来源：市财政专项资金。",
        "记者在现场看到，不少市民围在展台前咨询。该行编辑了宣传手册，并发表声明提醒市民防范诈骗。",
    ]


def test_dangling_labels_are_read_with_the_next_line() -> None:
    text = f"某市物价运行平稳\n本文来源于\n某市统计局\n2024-05-11 09:36:26\n{P1}\n{P2}\n"
    article = strip_text(text)
    assert article.metadata.title == "某市物价运行平稳"
    assert article.metadata.source == "某市统计局"
    assert article.metadata.published == "2024-05-11T09:36:26+08:00"
    assert article.body == [P1, P2]


def test_related_teasers_after_the_editor_line_are_not_body() -> None:
    teasers = "\n".join(
        f"某地出台新政策{i}？专家解读：影响有多大！这是一条带问号的推荐标题。" for i in range(12)
    )
    text = f"某市一季度经济运行稳中向好\n来源：某某日报\n{P1}\n{P2}\n责任编辑：赵六\n{teasers}\n"
    assert strip_text(text).body == [P1, P2]


def test_url_line() -> None:
    text = f"某市一季度经济运行稳中向好\n来源：某某日报\n{P1}\n本文链接：https://www.example.cn/a/1.html\n"
    assert strip_text(text).metadata.url == "https://www.example.cn/a/1.html"


def test_editor_line_in_the_header() -> None:
    text = (
        f"某市一季度经济运行稳中向好\n责任编辑：赵六\n2024-04-02 10:30 来源：某某日报\n{P1}\n{P2}\n"
    )
    article = strip_text(text)
    assert article.metadata.title == "某市一季度经济运行稳中向好"
    assert article.metadata.editors == ["赵六"]
    assert article.body == [P1, P2]


def test_header_line_with_every_field() -> None:
    text = (
        f"某市一季度经济运行稳中向好\n来源：某某日报 | 作者：李四 | 编辑：赵六 | 2024-04-02\n{P1}\n"
    )
    meta = strip_text(text).metadata
    assert (meta.source, meta.published) == ("某某日报", "2024-04-02")
    assert (meta.authors, meta.editors) == (["李四"], ["赵六"])


@pytest.mark.xfail(
    strict=True, reason="a subtitle below the title looks like a title (realworld 002)"
)
def test_subtitle_below_the_title() -> None:
    text = (
        f"某省品牌丝路行正式启动\n\n成功举办双向经贸投资推介会\n\n时间： 2019-09-18 06:23\n{P1}\n"
    )
    assert strip_text(text).metadata.title == "某省品牌丝路行正式启动"


def test_a_dash_subtitle_is_not_the_title() -> None:
    # 引题 above, 主题, then a 副题 opening with a dash: the 主题 is the title.
    text = f"产业链见成效\n某省重点产业营收突破4万亿元\n——来自一线的观察\n来源：某某日报\n{P1}\n"
    article = strip_text(text)
    assert article.metadata.title == "某省重点产业营收突破4万亿元"
    assert article.body == [P1]


# Without a 来源/时间 line the title is the first headline under the breadcrumb, not the nearest
# line above the body (a deck, a display headline, a document's own heading; realworld 015, 021
# with their time lines removed).
NO_HEADER_TITLES = [
    (
        f"某某网 > 数据\n某市4月CPI同比上涨0.3%\n正文\n打印\n4月份居民消费价格同比上涨0.3%\n{P1}\n",
        "某市4月CPI同比上涨0.3%",
    ),
    (
        f"首页 > 时政\n某某主持召开座谈会\n推动区域发展取得新突破\n某某出席\n{P1}\n",
        "某某主持召开座谈会",
    ),
    # a tool bar under the breadcrumb is not a headline
    (
        f"当前位置：新闻中心 > 武汉\n搜索 网站地图 设置首页\n外媒眼中的武汉长假\n{P1}\n",
        "外媒眼中的武汉长假",
    ),
    # no breadcrumb: the nearest headline
    (f"首页 新闻 财经 体育 科技\n某市一季度经济运行稳中向好\n{P1}\n", "某市一季度经济运行稳中向好"),
]


@pytest.mark.parametrize(("text", "title"), NO_HEADER_TITLES)
def test_title_without_a_header_line(text: str, title: str) -> None:
    assert strip_text(text).metadata.title == title


RELATED_LIST_TITLES = [
    # headline, tool bar, then a related list between it and the time line: the list's last
    # headline is not the title
    (
        "新闻\n\n某市一季度经济运行稳中向好\n\n打印\n评论\n\n相关文章\n\n某市出台稳增长十条措施\n"
        f"某市召开经济形势分析会\n某市工业用电量持续回升\n字体大小 - +\n\n最后更新 2024-04-02 10:30\n\n{P1}\n{P2}\n",
        "某市一季度经济运行稳中向好",
    ),
    # a header over a crumb and the headline (fewer than three lines) is no list
    (
        "热点推荐\n\n某某网首页 > 新闻中心 > 某市一季度经济运行稳中向好\n\n某市一季度经济运行稳中向好\n\n"
        f"某某日报 作者：李四 2024年04月02日 10:30\n\n{P1}\n{P2}\n",
        "某市一季度经济运行稳中向好",
    ),
]


@pytest.mark.parametrize(("text", "title"), RELATED_LIST_TITLES)
def test_title_is_not_a_related_list_headline(text: str, title: str) -> None:
    assert strip_text(text).metadata.title == title


def test_information_table_and_repeated_heading() -> None:
    # A 信息公开 table (标题：… row, dated row), then the document's own heading and number.
    text = (
        "您当前的位置：首页 > 政府信息公开\n"
        "标题：\t某市人民政府关于印发某某方案的通知\n"
        "发文字号：\t某政发〔2024〕3号\t发布日期：\t2024年03月15日\n"
        "某市人民政府关于印发某某方案的通知\n某政发〔2024〕3号\n"
        f"各区人民政府，市政府各部门：\n{P1}\n{P2}\n"
    )
    article = strip_text(text)
    assert article.metadata.title == "某市人民政府关于印发某某方案的通知"
    assert article.metadata.published == "2024-03-15"
    assert article.body == ["各区人民政府，市政府各部门：", P1, P2]


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("（记者 赵明 通讯员 钱进）", ["赵明"]),
        ("(文/图 张三 李四)", ["张三", "李四"]),
        ("（张三）", []),  # a bare name: reporter, pen name or editor (see meta_lines)
    ],
)
def test_authors_from_a_closing_credit(tail: str, authors: list[str]) -> None:
    article = strip_text(f"某市一季度经济运行稳中向好\n来源：某某日报\n{P1}\n{P3}{tail}\n")
    assert article.metadata.authors == authors
    assert article.body[-1] == P3 + tail  # the credit stays in the paragraph


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("记者：李四 编辑：赵六", (["李四"], ["赵六"])),  # one line for both
        ("□本报记者 李四", (["李四"], [])),  # a print bullet
    ],
)
@pytest.mark.parametrize("below", [False, True], ids=["above the body", "below the body"])
def test_people_lines(line: str, people: tuple[list[str], list[str]], below: bool) -> None:
    header = "某市一季度经济运行稳中向好\n来源：某某日报 2024-04-02\n"
    text = header + (f"{P1}\n{P2}\n{line}\n" if below else f"{line}\n{P1}\n{P2}\n")
    article = strip_text(text)
    assert (article.metadata.authors, article.metadata.editors) == people
    assert article.body == [P1, P2]


def test_time_line_above_the_title() -> None:
    article = strip_text(f"2024-04-02\n某市一季度经济运行稳中向好\n{P1}\n{P2}\n")
    assert (article.metadata.title, article.metadata.published) == (
        "某市一季度经济运行稳中向好",
        "2024-04-02",
    )
    assert article.body == [P1, P2]


def test_late_source_line_with_an_editor() -> None:
    tail = "来源：某某日报 | 编辑：王五\n发布时间：2024-04-02\n"
    text = f"某市一季度经济运行稳中向好\n{P1}\n{P2}\n{tail}"
    meta = strip_text(text).metadata
    assert (meta.source, meta.published, meta.editors) == ("某某日报", "2024-04-02", ["王五"])


def test_wechat_credit_line() -> None:
    text = f"某市外贸开局良好\n原创 林涛 某某商务 2024年06月12日 18:30 北京\n{P1}\n阅读原文\n"
    article = strip_text(text)
    assert article.metadata.title == "某市外贸开局良好"
    assert article.metadata.published == "2024-06-12T18:30:00+08:00"
    assert article.metadata.authors == ["林涛"]
    assert article.body == [P1]


@pytest.mark.parametrize("text", ["", "\n\n", "首页 新闻 财经 体育 科技", "只有一个标题"])
def test_no_article_gives_an_empty_body(text: str) -> None:
    assert strip_text(text).body == []


def test_documents_do_not_share_state() -> None:
    first = strip_text(BASIC)
    strip_text(HEADER_VARIANTS)
    again = strip_text(BASIC)
    assert again.body == first.body
    assert again.metadata == first.metadata


# Lines built from page-like pieces, so that random dumps hit the line rules.
_PIECES = [
    P1,
    P2,
    "某市一季度经济运行稳中向好",
    "来源：某某日报",
    "2024-04-02 10:30",
    "编辑：赵六",
    "相关新闻",
    "首页 > 新闻",
    "记者 李四",
    "Copyright © 某某网",
    "（王五摄）",
    "",
    " ",
    "\u3000",
    "·> 链接",
    "分享到：",
    "原标题：某某",
    "1",
    "【",
]


@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=30)), max_size=25))
def test_any_dump_gives_stripped_page_lines(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    article = strip_text(text)
    # Each paragraph is a page line with its outer space off, or one column of a line that holds
    # two side by side (split at a gap of four spaces).
    lines = {line.strip(STRIP) for line in text.splitlines()}
    cells = {
        cell for line in lines for cell in regex.split(r"[ \t\u00a0\u3000\u2002\u2003]{4,}", line)
    }
    for paragraph in article.body:
        assert paragraph and paragraph in lines | cells
        assert paragraph == paragraph.strip(STRIP)


# --- the acceptance article --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    return strip_text(SEED.read_text(encoding="utf-8"))


def test_seed_metadata(seed: Article) -> None:
    meta = seed.metadata
    assert meta.title == "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个"
    assert meta.published == "2024-06-07T17:25:36+08:00"
    assert meta.source == "大众报业·经济导报"
    assert meta.site == "山东财经网"
    assert meta.section == "看天下"
    assert meta.authors == ["初磊"]
    assert meta.editors == ["付建"]


# The first characters of each of the seven paragraphs, typed from the page.
SEED_STARTS = [
    "6月7日下午,山东省政府新闻办举行“牢记嘱托 走在前 挑大梁",
    "其中,先进制造业集群主要以单个或多个设区市为创建主体。",
    "中小企业特色产业集群则主要以县域为创建主体。",
    "山东省工业和信息化厅科技处处长刘梅生介绍,下一步,",
    "加大集群培育力度。",
    "加快集群提质增效。",
    "加强集群协同发展。",
]


def test_seed_body_is_the_seven_paragraphs(seed: Article) -> None:
    body = seed.body
    assert len(body) == 7
    for paragraph, start in zip(body, SEED_STARTS, strict=True):
        assert paragraph.startswith(start)
    assert body[-1].endswith("促进集群内外企业融通发展。")
    assert body[0].endswith("产业集聚发展水平不断提升。")


def test_seed_body_keeps_the_page_characters(seed: Article) -> None:
    body = seed.body
    lines = {line.strip(f" \t{NBSP}{IDSP}") for line in SEED.read_text("utf-8").splitlines()}
    assert all(paragraph in lines for paragraph in body)  # nothing but outer spaces removed
    assert "," in body[0] and "，" not in body[0]  # the page's ASCII commas are kept
    assert "“牢记嘱托" in body[0]  # curly quotes are kept
    assert not any(p[0] in f" {NBSP}{IDSP}" or p[-1] in f" {NBSP}{IDSP}" for p in body)
    text = "\n".join(body)
    for chrome in ["经济导报记者 初磊", "编辑:付建", "声明", "新闻推荐", "·>", "Copyright", ">>"]:
        assert chrome not in text


# --- realworld dumps: no chrome, titles ------------------------------------------------------


def _realworld_pages() -> list[tuple[str, str]]:
    text_dir = REALWORLD / "text"
    if not text_dir.is_dir():
        return []
    return [(p.stem, p.read_text("utf-8")) for p in sorted(text_dir.glob("*.txt"))]


# Floors measured on 2026-11-30 (title 25 of 26); a regression must be explained.
TITLE_FLOOR = 0.9


def test_realworld_dumps_leak_no_chrome_and_find_titles() -> None:
    pages = _realworld_pages()
    if not pages:
        pytest.skip("../shared/realworld is absent")
    titles = 0
    for page, text in pages:
        gold = json.loads((REALWORLD / "gold" / f"{page}.json").read_text("utf-8"))
        article = strip_text(text)
        joined = "\n".join(article.body)
        leaked = [s for s in gold.get("chrome_samples", []) if s and s in joined]
        assert not leaked, (page, leaked)
        assert article.body, page
        titles += (article.metadata.title or "").strip() == gold["title"].strip()
        assert (article.metadata.published or "")[:10] == (gold["published"] or "")[:10], page
    assert titles / len(pages) >= TITLE_FLOOR


# --- unseen sites: classes of chrome, titles and list-like bodies -------------------------------

T1 = "市府昨天宣布，市區公車將在明年底前全面改為電動車，票價維持不變。"
T2 = "交通局長表示，目前全市約有一千二百輛公車，其中電動車已占四成。"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Traditional script reads through the simplified word lists.
        ("相關新聞", "related"),
        ("延伸閱讀", "related"),
        ("網友回應", "comments"),
        ("來源：某某日報 2024-03-05 09:12", "meta"),
        ("回應()", "widget"),
        ("列印", "widget"),
        ("轉寄", "widget"),
        ("推薦 ▼", "widget"),
        ("※ 相关文章", "related"),
        # A date with an outlet, a byline or widget words is a time line; a dated headline is not.
        ("2024-01-12 某某日報", "meta"),
        ("某某新聞網 (2024-01-11 16:58)", "meta"),
        ("http://www.example.com 2024年01月12日 17:04 某某网微博", "meta"),
        ("出处：example 2024年01月17日 作者：Example", "meta"),
        ("2024年1月17日重要人事任免一览", "short"),
        # Time-stamped list items and rows of headlines are links.
        ("． 某地夜市美食大评比 网友票选前十名 (01/16 18:02)", "link"),
        ("某地迎来大范围雨雪天气 华北局地有雾 (2024-1-17 11:08:56)", "link"),
        (
            "最新： 台风外围环流影响 北部午后防雷雨 油价下周估涨0.3元 连三涨 高铁加开班次 "
            "疏运连假人潮 夜市美食大评比 网友票选前十名",
            "link",
        ),
        # A headline with ！/？ weighs as a short line; a link title cut short is a link.
        ("某地夜市爆满？ 摊商却喊生意差", "short"),
        ("网友热议“最美司机” 点赞..", "link"),
        # Promo lines, markup, menus cut at a bar.
        ("某某新闻已开设Facebook专页，欢迎按赞加入粉丝团！", "widget"),
        ("新华社倾力推出手机媒体服务，欢迎订阅《某某手机报》！", "widget"),
        ('<li> <a href="#p=1"><img src="a.jpg"></a></li>', "nav"),
        ("体育图片中心 |", "nav"),
        ("听众来信 | 推荐给朋友", "nav"),
        # A numbered contact item of a notice is body; a numbered copyright statement is not.
        ("4、通信地址：某市某路1号 某局法规司（邮编：100088）", "short"),
        ("1、凡本网注明“来源：某某网”的作品，版权均属某某网。", "boiler"),
        # A news sentence that names a channel is prose.
        ("她的照片成为微博上的关注焦点，三天里转发超过十万次。", "prose"),
    ],
)
def test_line_kinds_on_unseen_sites(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_traditional_script_page() -> None:
    text = f"""首頁 政治 財經 社會 國際 生活
市區公車明年全面電動化 票價維持不變
2024-03-05 09:12 民生日報
回應()
列印
轉寄
{T1}
{T2}
相關新聞
． 電動機車補助加碼 最高可領一萬元 (03/04 18:20)
． 捷運新線通車首日 運量突破十萬人次 (03/04 12:05)
"""
    article = strip_text(text)
    assert article.metadata.title == "市區公車明年全面電動化 票價維持不變"
    assert article.metadata.published == "2024-03-05T09:12:00+08:00"
    assert article.metadata.source == "民生日報"  # found folded, given in the page's script
    assert article.body == [T1, T2]


def test_traditional_labels_give_values_in_the_page_script() -> None:
    text = f"""某某縣推動長照服務
時間： 2024-01-11 16:48 來源：某某都市報
{T1}
責任編輯：陳小明
"""
    meta = strip_text(text).metadata
    assert meta.source == "某某都市報"
    assert meta.editors == ["陳小明"]


def test_no_body_run_crosses_the_header_line() -> None:
    # Promo sentences above the headline are not its lead; the title stands above the 来源 line.
    text = f"""您的位置： 首页 > 要闻
某社推出手机报服务，天下大事尽在掌握！欢迎订阅！
订阅方法：移动用户发送短信到10658000，每月资费3元。
某市一季度经济运行稳中向好
2024-04-02 10:30:00 来源：某某日报
{P1}
{P2}
"""
    article = strip_text(text)
    assert article.metadata.title == "某市一季度经济运行稳中向好"
    assert article.body == [P1, P2]


def test_article_resumes_below_an_inline_link_box() -> None:
    # The article goes on with a paragraph of 50+ characters below the box; a teaser line does not.
    more = (
        "据介绍，该市还设立了帮办代办专区，为企业提供全程免费代办服务，"
        "一季度全市新登记企业一千二百余户，同比增长18%。"
    )
    text = f"""某市一季度经济运行稳中向好
2024-04-02 10:30 来源：某某日报
{P1}
推荐阅读
多地试点“免申即享” 惠企政策直达快享
某市出台稳外贸十条措施
专家：营商环境优化要久久为功
{more}
{P3}
相关新闻
某市出台稳增长十条措施
"""
    assert strip_text(text).body == [P1, more, P3]


def test_side_by_side_columns_are_read_apart() -> None:
    gap = " " * 12
    text = f"""某市一季度经济运行稳中向好
2024-04-02 10:30 来源：某某日报
{P1}
{P2}{gap}热点新闻
{P3}{gap}某市出台稳增长十条措施
编辑：赵六
"""
    assert strip_text(text).body == [P1, P2, P3]


def test_character_spaced_headline() -> None:
    text = """衞 生 署 呼 籲 停 服 一 種 口 服 產 品
2024-01-11 HKT 21:43
衞 生 署 呼 籲 市 民 不 要 購 買 或 服 用 一 種 口 服 產 品 ， 因 為 產 品 含 未 標 示 成 分 。
有 關 產 品 不 屬 本 港 註 冊 藥 劑 產 品 。
"""
    article = strip_text(text)
    assert article.metadata.title == "衞 生 署 呼 籲 停 服 一 種 口 服 產 品"
    assert len(article.body) == 2


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # A deck with two commas below the headline is not the title.
        (
            "某公司宣布重组 起诉多家同行侵权\n有分析认为公司在寻找转机，也有观点认为，"
            "公司只是在为卖个好价钱做准备\n张三\n2024年01月12日14:57 来源：某某晚报",
            "某公司宣布重组 起诉多家同行侵权",
        ),
        # A date-and-outlet line between the headline and the body is a time line.
        (
            "某市发布促进消费若干措施\n2024-01-12 某某日報\n调整字体︰ 大 中 小",
            "某市发布促进消费若干措施",
        ),
        # Two menu words around a bar are no headline.
        (
            "某市发布促进消费若干措施\n听众来信 | 推荐给朋友\n2024年1月16日 星期一",
            "某市发布促进消费若干措施",
        ),
    ],
)
def test_title_on_unseen_layouts(header: str, title: str) -> None:
    assert strip_text(f"{header}\n{P1}\n{P2}\n").metadata.title == title


def test_lead_paragraph_above_a_byline_is_body() -> None:
    # A lead above the byline is the article's; only a summary box (划重点： …) is not.
    text = f"""某市一季度经济运行稳中向好
2024-04-02 10:30 来源：某某日报
{P3}
记者陈某／台北报道
{P1}
{P2}
"""
    assert strip_text(text).body == [P3, P1, P2]


def test_list_the_article_ends_with_is_body() -> None:
    items = ["1、能源资源性产品，包括煤炭、焦炭等", "2、农业生产资料，包括拖拉机、收割机等"]
    text = f"""某市调整进口暂定税率
2024-01-11 09:06 来源：某某网
{P1}
本次调整涉及以下商品：
{chr(10).join(items)}
编辑：米兰
"""
    assert strip_text(text).body == [P1, "本次调整涉及以下商品：", *items]


def test_photo_story_falls_back_to_its_caption() -> None:
    caption = "3月27日，某县农技人员操作植保无人机进行喷洒作业。眼下正值春耕时节。 陈某 摄"
    text = f"""春耕时节 无人机田间忙(图)
2024-03-28 08:15:02 来源: 某某晚报
{caption}
(本文来源：某某晚报)
网友评论
网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。
发表跟贴可同步到微博啦，登录立即体验！
"""
    article = strip_text(text)
    assert article.body == [caption]
    assert article.reader == "fallback"
    assert article.metadata.title == "春耕时节 无人机田间忙(图)"


def test_the_densest_run_is_the_article_path() -> None:
    assert strip_text(BASIC).reader == "article"


@pytest.mark.parametrize(
    "text",
    [
        # An index page: headlines, menus, no sentence.
        "首页 新闻 财经\n某市出台稳增长十条措施\n某市一季度外贸进出口增长5%\n更多>>\n",
        # An empty shell with one caption too short to be an article.
        "某市新闻\n2024-03-28 来源：某某网\n图为活动现场。\n",
    ],
)
def test_too_little_prose_is_no_article(text: str) -> None:
    assert strip_text(text).body == []


# Twelfth session: a Hong Kong government press release as its text dump has it (the date with
# its weekday in brackets under the title, the time of day on a line of its own, the release
# closed by 完 and the date again): written here in the form, no release copied.
HK_RELEASE = """新聞公報
某某中心公布最新監測數據
2023年12月21日（星期四）
香港時間17時45分
某某中心今日公布最新監測數據。中心發言人表示，活躍程度持續上升。
在截至十二月十六日的一星期內，陽性百分比為7.3%，高於前一星期的5.9%。
完
2023年12月21日（星期四）
香港時間17時45分
"""


def test_hong_kong_press_release() -> None:
    article = strip_text(HK_RELEASE)
    assert article.metadata.title == "某某中心公布最新監測數據"
    assert article.metadata.published == "2023-12-21"
    assert article.body == [
        "某某中心今日公布最新監測數據。中心發言人表示，活躍程度持續上升。",
        "在截至十二月十六日的一星期內，陽性百分比為7.3%，高於前一星期的5.9%。",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("香港時間17時45分", "dateline"),
        ("完", "boiler"),
        ("（完）", "boiler"),
        ("完成任务", "short"),
    ],
)
def test_release_time_and_end_marks(line: str, kind: str) -> None:
    assert classify_line(line) == kind
