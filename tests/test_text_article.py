"""Text-dump reader: synthetic dumps with hand-written expectations, the acceptance article, and a
chrome/title check on the realworld dumps (skipped when ``../shared/realworld`` is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyextract.models import Article
from policyextract.text_article import strip_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
REALWORLD = ROOT / ".." / "shared" / "realworld"
NBSP, IDSP = "\u00a0", "\u3000"

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


@pytest.mark.parametrize("text", ["", "\n\n", "首页 新闻 财经 体育 科技", "只有一个标题"])
def test_no_article_gives_an_empty_body(text: str) -> None:
    assert strip_text(text).body == []


def test_documents_do_not_share_state() -> None:
    first = strip_text(BASIC)
    strip_text(HEADER_VARIANTS)
    again = strip_text(BASIC)
    assert again.body == first.body
    assert again.metadata == first.metadata


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
