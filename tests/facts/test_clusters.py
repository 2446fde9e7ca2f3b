"""Named industrial clusters (facts/clusters.py): answers reasoned out by hand.

Each row lists the clusters of the text as (name, place, industry, level), in order.
"""

from __future__ import annotations

import pytest
from seed_body import SEED_BODY

from policyextract.facts import clusters
from policyextract.facts.clusters import Cluster
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

PUBLISHED = "2024-06-07T17:25:36+08:00"

# The seed body (corpus/sdenews-2024-06-07-industrial-clusters.txt), character-exact.
SEED = SEED_BODY

Row = tuple[str, str | None, str | None, str | None]


def run(paragraphs: list[str]) -> list[Cluster]:
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=paragraphs))
    facts = clusters.extract(doc)
    for fact in facts:
        assert doc.paragraphs[fact.paragraph][fact.start : fact.end] == fact.text
    return [f for f in facts if isinstance(f, Cluster)]


def rows(paragraphs: list[str]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.name, f.place, f.industry, f.level) for f in run(paragraphs)]


def test_seed_clusters() -> None:
    # Two lists in paragraph 1; the generic kinds (国家先进制造业集群, 世界级集群, 特色产业集群,
    # 世界集群) and verbs before 集群 (加大集群, 充分发挥集群) name no cluster.
    facts = run(SEED)
    assert [(f.text, f.name, f.place, f.industry, f.level) for f in facts] == [
        ("潍坊市动力装备", "潍坊市动力装备集群", "潍坊市", "动力装备", None),
        ("青岛市轨道交通装备", "青岛市轨道交通装备集群", "青岛市", "轨道交通装备", None),
        ("智能家电", "智能家电集群", None, "智能家电", None),
        ("轨道交通装备", "轨道交通装备集群", None, "轨道交通装备", None),
        ("动力装备集群", "动力装备集群", None, "动力装备", None),
    ]
    assert {f.rule for f in facts} == {"cluster.list"}


FORMS = [
    (
        "苏州市纳米新材料集群入选国家先进制造业集群。",
        [("苏州市纳米新材料集群", "苏州市", "纳米新材料", None)],
    ),
    (
        "深圳市新一代信息通信集群发展迅速。",
        [("深圳市新一代信息通信集群", "深圳市", "新一代信息通信", None)],
    ),
    (  # a lone member before 产业集群 needs no place
        "要打造新能源汽车产业集群。",
        [("新能源汽车产业集群", None, "新能源汽车", None)],
    ),
    (  # a level word right before the member
        "打造世界级轨道交通装备产业集群。",
        [("轨道交通装备产业集群", None, "轨道交通装备", "world")],
    ),
    (  # a list with 等 and a count
        "青岛市智能家电、烟台市高端化工等2个集群获评。",
        [
            ("青岛市智能家电集群", "青岛市", "智能家电", None),
            ("烟台市高端化工集群", "烟台市", "高端化工", None),
        ],
    ),
    (  # a place within a place is one place (eighth session: it was 兰山区 alone)
        "其中临沂市兰山区板材产业集群规模最大。",
        [("临沂市兰山区板材产业集群", "临沂市兰山区", "板材", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS)
def test_forms(sentence: str, expected: list[Row]) -> None:
    assert rows([sentence]) == expected


FORMS += [
    (  # members that are whole clusters: each its own
        "东莞市智能移动终端集群、深圳市先进电池材料集群、广州市智能装备集群等7个集群上榜。",
        [
            ("东莞市智能移动终端集群", "东莞市", "智能移动终端", None),
            ("深圳市先进电池材料集群", "深圳市", "先进电池材料", None),
            ("广州市智能装备集群", "广州市", "智能装备", None),
        ],
    ),
    (  # 和 inside an industry's name; short forms of prefectures
        "苏州纳米新材料、无锡物联网、南京软件和信息服务等集群进入决赛。",
        [
            ("苏州纳米新材料集群", "苏州", "纳米新材料", None),
            ("无锡物联网集群", "无锡", "物联网", None),
            ("南京软件和信息服务集群", "南京", "软件和信息服务", None),
        ],
    ),
    (  # 做强 is a verb: its tail 强 starts no industry; 三大 belongs to the tail
        "要做大做强集成电路、生物医药、人工智能三大产业集群。",
        [
            ("集成电路产业集群", None, "集成电路", None),
            ("生物医药产业集群", None, "生物医药", None),
            ("人工智能产业集群", None, "人工智能", None),
        ],
    ),
    (  # a county-level city of the gazetteer
        "国家级中小企业特色产业集群名单公布，寿光市蔬菜种业集群入选。",
        [("寿光市蔬菜种业集群", "寿光市", "蔬菜种业", None)],
    ),
]

NO_CLUSTER = [
    "加快发展先进制造业集群。",
    "到2025年初步形成3个世界级集群、8个国家级集群、30个省级集群。",
    "今年新培育省级特色产业集群30家以上。",
    "推动国家级先进制造业集群加快向世界集群提升。",
    "加大集群培育力度。",
    "打造一批创新资源集聚、组织运行开放、服务模式多元的产业集群技术创新平台。",
    "引导集群内企业加强协作，不断提升集群能级和规模。",
    "分4批培育认定了100家中小企业特色产业集群。",
    "打造具有国际竞争力的数字产业集群。",  # one generic word, no place
    "全省培育了10个省级战略性新兴产业集群。",
]


@pytest.mark.parametrize("sentence", NO_CLUSTER)
def test_no_cluster(sentence: str) -> None:
    assert rows([sentence]) == []


# Sixteenth session (government-report probe): a scale or a level between a list's count and its
# word (三大千亿级产业集群, 两个国家级先进制造业集群) keeps the last member, and the level is every
# member's; 先进制造业集群 after a list of members ends it as 产业集群 does.
SCALED_TAILS = [
    (
        "全市已形成新能源汽车、生物医药、高端装备三大千亿级产业集群。",
        [
            ("新能源汽车产业集群", None, "新能源汽车", None),
            ("生物医药产业集群", None, "生物医药", None),
            ("高端装备产业集群", None, "高端装备", None),
        ],
    ),
    (
        "长沙工程机械、株洲轨道交通装备两个国家级先进制造业集群入选。",
        [
            ("长沙工程机械先进制造业集群", "长沙", "工程机械", "national"),
            ("株洲轨道交通装备先进制造业集群", "株洲", "轨道交通装备", "national"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SCALED_TAILS)
def test_scaled_tails(sentence: str, expected: list[Row]) -> None:
    assert rows([sentence]) == expected
