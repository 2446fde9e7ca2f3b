"""Named industrial clusters (facts/clusters.py): answers reasoned out by hand.

Each row lists the clusters of the text as (name, place, industry, level), in order.
"""

from __future__ import annotations

import pytest

from policyextract.facts import clusters
from policyextract.facts.clusters import Cluster
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

PUBLISHED = "2024-06-07T17:25:36+08:00"

# The seed body (corpus/sdenews-2024-06-07-industrial-clusters.txt), character-exact.
SEED = [
    "6月7日下午,山东省政府新闻办举行“牢记嘱托 走在前 挑大梁 奋力谱写中国式现代化山东篇章”主题系列新闻发布会,邀请省工业和信息化厅相关负责人士介绍山东加快打造现代化工业体系情况。经济导报记者从发布会上获悉,当前我省正以高端化、智能化、绿色化、集群化为方向,加快构建现代化产业体系。目前我省拥有国家先进制造业集群3个、中小企业特色产业集群15个,产业集聚发展水平不断提升。",  # noqa: E501
    "其中,先进制造业集群主要以单个或多个设区市为创建主体。去年,山东出台了《加快发展先进制造业集群的实施意见》,计划到2025年初步形成3个世界级集群、8个国家级集群、30个省级集群的“3830”集群发展格局;制定了《先进制造业集群培育认定办法(暂行)》,培育认定10个首批省级先进制造业集群;积极争取国家先进制造业集群统计监测试点,潍坊市动力装备、青岛市轨道交通装备两个集群入选国家试点;编制智能家电、轨道交通装备、动力装备集群培育提升三年行动方案,推动国家级先进制造业集群加快向世界集群提升。",
    "中小企业特色产业集群则主要以县域为创建主体。近年来,山东创新出台《特色产业集群管理办法》,在全国率先启动中小企业特色产业集群培育工作,分4批培育认定了100家中小企业特色产业集群;充分发挥集群运营管理机构、龙头企业、商协会等作用,构建多层次集群服务支撑平台,扎实组织融链固链、数字化转型、技改提级等行动,不断提升集群的创新、合作、数字化、绿色化和国际化水平。目前,100个省级中小企业特色产业集群共吸引集聚企业12.2万家,近3年主导产业产值年均增长14.8%,成为支撑县域经济高质量发展的重要载体。",
    "山东省工业和信息化厅科技处处长刘梅生介绍,下一步,将坚持双轮驱动,推动先进制造业集群和特色产业集群协同发力,真正把产业集群打造成支撑全省加快推进新型工业化、建设先进制造业强省的重要载体。",
    "加大集群培育力度。开展第二批省级先进制造业集群培育认定工作,今年力争新培育10家左右,并积极争创新的国家级集群。建立全省中小企业特色产业集群梯度培育库,实行入库动态管理,今年新培育省级特色产业集群30家以上,力争国家级中小企业特色产业集群继续领跑全国。",
    "加快集群提质增效。充分发挥集群跨行业跨领域交叉融合优势,聚焦产业前沿引领技术和关键共性技术研发与应用,打造一批创新资源集聚、组织运行开放、服务模式多元的产业集群技术创新平台。深入实施中小企业特色产业集群能级提升行动,开展“中小企业特色产业集群服务行”系列活动,组织优质服务机构到集群实地“把脉问诊”,针对性帮助集群解决发展中的问题。",
    "加强集群协同发展。支持集群发展促进机构建设,鼓励开展形式多样的交流合作活动,引导集群内企业加强协作,不断提升集群能级和规模。深入开展“十链百群万企”融链固链专项行动,覆盖不少于1万家中小企业,开展产品配套、协同创新、产业协作等对接交流活动,促进集群内外企业融通发展。",
]

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
