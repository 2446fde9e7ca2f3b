"""Campaigns (facts/campaigns.py): quoted names of actions, patterns and programmes.

Each case is (paragraph, expected names) worked out by hand from the sentence: the seed article,
sentences copied from the realworld bodies (site in the id), written sentences, and guards against
quoted idioms, speech, themes and offences.
"""

from __future__ import annotations

import pytest
from seed_body import SEED_BODY

from policyextract.facts.campaigns import Campaign, extract
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

# The seed article's paragraphs 1, 5 and 6, character-exact (ASCII commas and parentheses).
SEED_1 = SEED_BODY[1]
SEED_5 = SEED_BODY[5]
SEED_6 = SEED_BODY[6]
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
    pytest.param(
        "“五一”假期文旅活动丰富，“双11”促销活动开启，“百千万工程”深入推进。",
        ["百千万工程"],
        id="guard-holidays-before-their-activities",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


@pytest.mark.xfail(
    strict=True, reason="a campaign named without a programme word (十年禁渔) is missed"
)
def test_campaign_without_programme_word() -> None:
    assert names_of("持续推进长江“十年禁渔”，加强联合执法。") == ["十年禁渔"]


# Seventeenth session (tourism and ecology probes): a quoted consumption season or festival
# (“仲夏夜消费季”, “家电消费节”期间) is a campaign whatever follows it; a quote before a day's
# name (“六五”环境日) names the day, no programme (日益 is no day: “三下乡”活动日益丰富).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“仲夏夜消费季”启动仪式在市中心举行。", ["仲夏夜消费季"]),
        ("“家电消费节”期间，全市家电销售额增长20%。", ["家电消费节"]),
        ("今年“六五”环境日主场活动在江苏举行。", []),
        ("“三下乡”活动日益丰富。", ["三下乡"]),
        ("“放心消费”活动周启动。", ["放心消费"]),
    ],
)
def test_seasons_and_days(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected


# Eighteenth session (police probe): a police offensive is a programme (“冬季攻势”, “春雷”攻势).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市公安机关开展“冬季攻势”，破获案件300起。", ["冬季攻势"]),
        ("深入推进“春雷”攻势。", ["春雷"]),
    ],
)
def test_offensives(text: str, expected: list[str]) -> None:
    assert names_of(text) == expected
