"""Campaigns (facts/campaigns.py): quoted names of actions, patterns and programmes.

Each case is (paragraph, expected names) worked out by hand from the sentence: the seed article,
sentences copied from the realworld bodies (site in the id), written sentences, and guards against
quoted idioms, speech, themes and offences.
"""

from __future__ import annotations

import pytest

from policyextract.facts.campaigns import Campaign, extract
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

# The seed article's paragraphs 1, 5 and 6, character-exact (ASCII commas and parentheses).
SEED_1 = (
    "其中,先进制造业集群主要以单个或多个设区市为创建主体。去年,山东出台了《加快发展先进制造业集群的实施"
    "意见》,计划到2025年初步形成3个世界级集群、8个国家级集群、30个省级集群的“3830”集群发展格局;制定了"
    "《先进制造业集群培育认定办法(暂行)》,培育认定10个首批省级先进制造业集群;积极争取国家先进制造业集群"
    "统计监测试点,潍坊市动力装备、青岛市轨道交通装备两个集群入选国家试点;编制智能家电、轨道交通装备、动"
    "力装备集群培育提升三年行动方案,推动国家级先进制造业集群加快向世界集群提升。"
)
SEED_5 = (
    "加快集群提质增效。充分发挥集群跨行业跨领域交叉融合优势,聚焦产业前沿引领技术和关键共性技术研发与应用,"
    "打造一批创新资源集聚、组织运行开放、服务模式多元的产业集群技术创新平台。深入实施中小企业特色产业集群能"
    "级提升行动,开展“中小企业特色产业集群服务行”系列活动,组织优质服务机构到集群实地“把脉问诊”,针对性帮助"
    "集群解决发展中的问题。"
)
SEED_6 = (
    "加强集群协同发展。支持集群发展促进机构建设,鼓励开展形式多样的交流合作活动,引导集群内企业加强协作,不断"
    "提升集群能级和规模。深入开展“十链百群万企”融链固链专项行动,覆盖不少于1万家中小企业,开展产品配套、协同"
    "创新、产业协作等对接交流活动,促进集群内外企业融通发展。"
)
SEED_0_THEME = (
    "6月7日下午,山东省政府新闻办举行“牢记嘱托 走在前 挑大梁 奋力谱写中国式现代化山东篇章”"
    "主题系列新闻发布会"
)


def names_of(text: str) -> list[str]:
    doc = segment(Article(metadata=Metadata(), body=[text]))
    names: list[str] = []
    for fact in extract(doc):
        assert isinstance(fact, Campaign)
        assert text[fact.start : fact.end] == fact.text == fact.name
        assert fact.rule == "campaign.quoted"
        names.append(fact.name)
    return names


CASES = [
    pytest.param(SEED_1, ["3830"], id="seed-pattern-after-a-phrase"),
    pytest.param(SEED_5, ["中小企业特色产业集群服务行"], id="seed-tour-and-idiom"),
    pytest.param(SEED_6, ["十链百群万企"], id="seed-special-action"),
    pytest.param(SEED_0_THEME, [], id="seed-guard-event-theme"),
    pytest.param(
        "阿里巴巴开启了为期一个月的“长春阿里新经济直播月”活动，甄选了百款长春特色产品。",
        ["长春阿里新经济直播月"],
        id="people-activity",
    ),
    pytest.param(
        "近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。",
        ["心成长"],
        id="ynet-programme",
    ),
    pytest.param(
        "该项目在国内首创“深水导管架+圆筒型FPSO”开发模式，为我国深水油气开发提供了新方案。",
        ["深水导管架+圆筒型FPSO"],
        id="xinhua-pattern",
    ),
    pytest.param(
        "实施“千企技改”工程，推进“万企上云”行动，实施“强省会”战略。",
        ["千企技改", "万企上云", "强省会"],
        id="written-project-action-strategy",
    ),
    pytest.param(
        "中国农业银行常德分行承办的2019“金融知识普及月 金融知识进万家 争做理性投资者 "
        "争做金融好网民”宣传活动在致远·乐路口广场正式启动。",
        ["金融知识普及月 金融知识进万家 争做理性投资者 争做金融好网民"],
        id="changde-long-slogan-named-campaign",
    ),
    pytest.param(
        '深入开展"十链百群万企"融链固链专项行动，推进「万企上云」行动。',
        ["十链百群万企", "万企上云"],
        id="written-ascii-and-corner-quotes",
    ),
    # Guards
    pytest.param(
        "非法侵犯公民个人信息、“套路贷”犯罪活动，积极融入“一带一路”建设，以“产能过剩”之名行贸易保护主义之实。",
        [],
        id="qq-economic-daily-guard-offences-and-concepts",
    ),
    pytest.param(
        "他说：“我们将开展专项行动。”继续实施“严格管控、外防输出、内防扩散”策略，培育“专精特新”中小企业。",
        [],
        id="guard-speech-slogan-and-label",
    ),
    pytest.param("客户可到“中国建设银行”网点办理。", [], id="guard-bank-name-ending-in-hang"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


@pytest.mark.xfail(
    strict=True, reason="a campaign named without a programme word (十年禁渔) is missed"
)
def test_campaign_without_programme_word() -> None:
    assert names_of("持续推进长江“十年禁渔”，加强联合执法。") == ["十年禁渔"]
