"""Targets (facts/targets.py): goals for the future, with answers reasoned out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.facts import extract_facts, targets
from policyextract.facts.targets import Target
from policyextract.models import Article, Doc, Metadata
from policyextract.segmentation import segment

from .test_quantities import ALPHABET, SEED

PUBLISHED = "2024-06-07T17:25:36+08:00"


def make_doc(*paragraphs: str, published: str | None = PUBLISHED) -> Doc:
    return segment(Article(metadata=Metadata(published=published), body=list(paragraphs)))


def found(*paragraphs: str, published: str | None = PUBLISHED) -> list[Target]:
    return [
        f
        for f in targets.extract(make_doc(*paragraphs, published=published))
        if isinstance(f, Target)
    ]


def items(target: Target) -> list[tuple[object, ...]]:
    return [(i.subject, i.value, i.unit, i.qualifier) for i in target.items]


def test_seed_targets() -> None:
    doc = make_doc(*SEED)
    got = [f for f in targets.extract(doc) if isinstance(f, Target)]
    assert [(t.paragraph, t.text, t.deadline, t.action, t.label) for t in got] == [
        (
            1,
            "计划到2025年初步形成3个世界级集群、8个国家级集群、30个",
            "2025",
            "形成",
            "3830",
        ),
        (4, "今年力争新培育10家左右", "2024", "培育", None),
        (4, "今年新培育省级特色产业集群30家以上", "2024", "培育", None),
        # A programme in progress whose requirement is the coverage: no deadline stated.
        (6, "覆盖不少于1万家", None, "覆盖", None),
    ]
    assert [items(t) for t in got] == [
        [
            ("世界级集群", 3, "个", "exact"),
            ("国家级集群", 8, "个", "exact"),
            ("省级集群", 30, "个", "exact"),
        ],
        [("省级先进制造业集群", 10, "家", "approx")],  # object of 培育, a clause before
        [("省级特色产业集群", 30, "家", "at_least")],
        [("中小企业", 10000, "家", "at_least")],
    ]
    for t in got:
        assert doc.paragraphs[t.paragraph][t.start : t.end] == t.text
    assert [t.rule for t in got] == [
        "target.deadline",
        "target.this_year",
        "target.this_year",
        "target.plan",
    ]


# (sentence, [(text, deadline, action, [(value, unit, qualifier)])])
SENTENCES = [
    (
        "到2025年，全省规上工业企业达到5万家，培育专精特新企业1000家以上。",
        [
            (
                "到2025年，全省规上工业企业达到5万家，培育专精特新企业1000家以上",
                "2025",
                "达到",
                [(50000, "家", "exact"), (1000, "家", "at_least")],
            ),
        ],
    ),
    (
        "力争到2027年，全市数字经济核心产业增加值占GDP比重达到12%。",
        [
            (
                "力争到2027年，全市数字经济核心产业增加值占GDP比重达到12%",
                "2027",
                "达到",
                [(12, "%", "exact")],
            )
        ],
    ),
    (
        "今年将新建基站1.2万个。",
        [("今年将新建基站1.2万个", "2024", "新建", [(12000, "个", "exact")])],
    ),
    (
        "明年力争实现营收100亿元。",
        [("明年力争实现营收100亿元", "2025", "实现", [(10000000000, "元", "exact")])],
    ),
    (
        "2025年前，完成100个老旧小区改造。",
        [("2025年前，完成100个", "2025", "完成", [(100, "个", "exact")])],
    ),
    (
        "“十四五”期间，全省将新建5G基站10万个。",
        [("“十四五”期间，全省将新建5G基站10万个", "2025", "新建", [(100000, "个", "exact")])],
    ),
    (
        "到2025年，全省规模以上工业增加值年均增长6%左右，数字经济核心产业增加值占GDP比重达到10%。",
        [
            (
                "到2025年，全省规模以上工业增加值年均增长6%左右，数字经济核心产业增加值占GDP比重达到10%",
                "2025",
                "增长",
                [(6, "%", "approx"), (10, "%", "exact")],
            ),
        ],
    ),
    (
        "力争用3年时间，培育10个以上千亿级产业集群、100家左右链主企业。",
        [
            (
                "力争用3年时间，培育10个以上千亿级产业集群、100家左右",
                None,
                "培育",
                [(10, "个", "at_least"), (100, "家", "approx")],
            )
        ],
    ),
    (
        "到2027年，全省高新技术企业达到3万家以上，科技型中小企业超过5万家。",
        [
            (
                "到2027年，全省高新技术企业达到3万家以上，科技型中小企业超过5万家",
                "2027",
                "达到",
                [(30000, "家", "at_least"), (50000, "家", "more_than")],
            ),
        ],
    ),
    (
        "今年主要预期目标：地区生产总值增长5%左右。",
        [("今年主要预期目标：地区生产总值增长5%左右", "2024", "增长", [(5, "%", "approx")])],
    ),
    # The goal word after the figure (realworld/022): the target runs from 将 to the figure.
    (
        "同时重申坚定致力于将通货膨胀率降至2%的目标。",
        [("将通货膨胀率降至2%", None, "降", [(2, "%", "exact")])],
    ),
    (
        "到2027年实现粮食产量1.3万亿斤的目标。",
        [("到2027年实现粮食产量1.3万亿斤", "2027", "实现", [(1300000000000, "斤", "exact")])],
    ),
    # The subject of a planned figure named in the clause before (seed article, paragraph 4).
    (
        "加快认定高新技术企业，今年力争新认定500家。",
        [("今年力争新认定500家", "2024", "认定", [(500, "家", "exact")])],
    ),
    # A floor or ceiling before the number continues the plan without a verb.
    (
        "到2025年底，全省能耗较2020年下降13.5%，5G基站总数不低于20万个。",
        [
            (
                "到2025年底，全省能耗较2020年下降13.5%，5G基站总数不低于20万个",
                "2025-12",
                "下降",
                [(13.5, "%", "exact"), (200000, "个", "at_least")],
            ),
        ],
    ),
    # A figure before 的 describes the noun counted by the next figure: no item of its own.
    (
        "力争培育年营业收入超百亿元的龙头企业10家。",
        [("力争培育年营业收入超百亿元的龙头企业10家", None, "培育", [(10, "家", "exact")])],
    ),
    # A further clause that opens with its own deadline is a further goal with that deadline.
    (
        "两市约定，到2026年将直飞航线增加到30条，2030年前增加到50条。",
        [
            ("到2026年将直飞航线增加到30条", "2026", "增加", [(30, "条", "exact")]),
            ("2030年前增加到50条", "2030", "增加", [(50, "条", "exact")]),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s[0][:12] for s in SENTENCES])
def test_sentences(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = found(sentence)
    assert [
        (t.text, t.deadline, t.action, [(i.value, i.unit, i.qualifier) for i in t.items])
        for t in got
    ] == expected


def found_in(sentence: str, traditional: bool) -> list[tuple[str, list[object]]]:
    """(text, item values) of every target of ``sentence``; a traditional page is matched in
    simplified script and written back in its own characters, as a user's run does."""
    language = "zh-Hant" if traditional else None
    metadata = Metadata(published=PUBLISHED, language=language)
    doc = segment(Article(metadata=metadata, body=[sentence]))
    return [
        (f.text, [i.value for i in f.items]) for f in extract_facts(doc) if isinstance(f, Target)
    ]


# One goal governs every figure of its sentence (issue 10): they are the items of one target,
# until a clause reports (已, 目前, 去年, 同比) or compares (是…的3倍) instead of acting (a verb,
# 将).
GOVERNED: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "今年还将投入2亿元，逐步改造300所学校，并将1500名教师纳入培训。",
        False,
        [("今年还将投入2亿元，逐步改造300所学校，并将1500名", [200000000, 300, 1500])],
    ),
    (
        "今年還將投入2億元，逐步改造300所學校，並將1500名教師納入培訓。",
        True,
        [("今年還將投入2億元，逐步改造300所學校，並將1500名", [200000000, 300, 1500])],
    ),
    (
        "今年计划完成投资50亿元，带动就业3000人。",
        False,
        [("今年计划完成投资50亿元，带动就业3000人", [5000000000, 3000])],
    ),
    # 占比达30%: jieba cuts 占/比达, and 达 still carries the goal on.
    (
        "到2025年，全省新建充电桩1万个，其中快充桩占比达30%以上。",
        False,
        [("到2025年，全省新建充电桩1万个，其中快充桩占比达30%以上", [10000, 30])],
    ),
    (
        "今年，該市提出公共交通分擔率提升至45%，新能源公交車佔比達90%。",
        True,
        [("今年，該市提出公共交通分擔率提升至45%，新能源公交車佔比達90%", [45, 90])],
    ),
    # A clause that reports or compares is not governed by the goal.
    ("今年将新建学校10所，目前已有50所。", False, [("今年将新建学校10所", [10])]),
    ("明年將新增床位800張，去年已新增600張。", True, [("明年將新增床位800張", [800])]),
    ("力争到2027年引进企业200家，同比增长20%。", False, [("力争到2027年引进企业200家", [200])]),
    (
        "到2026年，全市将建成充电桩5000个，是2023年的3倍。",
        False,
        [("到2026年，全市将建成充电桩5000个", [5000])],
    ),
    # A clause that turns to what happened (但, 最终, 仅为) is not governed by the goal.
    (
        "该行计划发行300亿元票据，但认购不足导致最终发行量仅为150亿元。",
        False,
        [("计划发行300亿元", [30000000000])],
    ),
    (
        "該行計劃發行300億元票據，然而市場反應冷淡，實際發行120億元。",
        True,
        [("計劃發行300億元", [30000000000])],
    ),
    # Nor one after a reporter's aside, pointing back (这些), progress to a date (截至), or a share
    # of the goal (完成全年任务的40%).
    (
        "力争到2026年培育龙头企业50家，记者了解到，这些企业平均营收超过10亿元。",
        False,
        [("力争到2026年培育龙头企业50家", [50])],
    ),
    (
        "力爭到2026年培育龍頭企業50家，這些企業平均營收超過10億元。",
        True,
        [("力爭到2026年培育龍頭企業50家", [50])],
    ),
    ("今年计划完成造林10万亩，截至6月底完成4万亩。", False, [("今年计划完成造林10万亩", [100000])]),
    (
        "今年計劃完成造林10萬畝，上半年完成全年任務的40%。",
        True,
        [("今年計劃完成造林10萬畝", [100000])],
    ),
    # A verb of one character does not carry the goal on (分两个学期: how, not how much).
    ("今年将开设课程8门，学生分两个学期修完。", False, [("今年将开设课程8门", [8])]),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"), GOVERNED, ids=[s[0][:12] for s in GOVERNED]
)
def test_one_goal_governs_its_figures(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# 今年 + 提出 sets the year's levels (issue 10), not when 提出 reports what was put forward
# (提出了, 提出的, 提出建议120件) or 今年以来 looks back.
THIS_YEAR_SET: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "今年，全省提出城镇新增就业保持在110万人以上，调查失业率控制在5.5%以内。",
        False,
        [
            (
                "今年，全省提出城镇新增就业保持在110万人以上，调查失业率控制在5.5%以内",
                [1100000, 5.5],
            )
        ],
    ),
    (
        "今年，該市提出公共交通分擔率提升至45%，新能源公交車比例達到90%。",
        True,
        [("今年，該市提出公共交通分擔率提升至45%，新能源公交車比例達到90%", [45, 90])],
    ),
    ("今年以来，全省人大代表共提出建议320件。", False, []),
    ("今年，代表們提出建議120件。", True, []),
    ("今年以來，該市提出新增就業5萬人。", True, []),
    ("今年，市里提出了新建10所学校的要求。", False, []),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"), THIS_YEAR_SET, ids=[s[0][:12] for s in THIS_YEAR_SET]
)
def test_this_year_set_levels(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# A target's text ends at its last item's figure and measure word, as the item's quantity does;
# the noun after it is the item's subject (issue 10). A quoted label after the noun is still read.
SPAN_ENDS: list[tuple[str, bool, str, str | None]] = [
    ("到2026年，全市建成社区食堂120个左右。", False, "到2026年，全市建成社区食堂120个左右", None),
    ("到2026年，全市建成120个社区食堂。", False, "到2026年，全市建成120个", None),
    ("今年將在3200個自然村全部接通自來水。", True, "今年將在3200個", None),
    (
        "计划到2027年培育5个千亿级集群的“5100”产业体系。",
        False,
        "计划到2027年培育5个",
        "5100",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "text", "label"), SPAN_ENDS, ids=[s[0][:12] for s in SPAN_ENDS]
)
def test_span_ends_at_the_figure(
    sentence: str, traditional: bool, text: str, label: str | None
) -> None:
    language = "zh-Hant" if traditional else None
    doc = segment(
        Article(metadata=Metadata(published=PUBLISHED, language=language), body=[sentence])
    )
    got = [(f.text, f.label) for f in extract_facts(doc) if isinstance(f, Target)]
    assert got == [(text, label)]


# A goal named after its figure (…的目标) starts at the time it sets when the clause has one
# (未来五年, 到2030年), as a target starts at its deadline, not at the clause's subject (issue 10);
# at 将/把 when that comes first; at the clause start when neither is written.
GOAL_AFTER_STARTS: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "公司要想实现未来五年营收做到千亿的目标，必须加快转型。",
        False,
        [("未来五年营收做到千亿", [100000000000])],
    ),
    (
        "該集團希望實現到2030年營收達到500億元的目標。",
        True,
        [("到2030年營收達到500億元", [50000000000])],
    ),
    (
        "该市提出未来三年将空气优良天数比例提高到85%的目标。",
        False,
        [("未来三年将空气优良天数比例提高到85%", [85])],
    ),
    (
        "全市围绕实现粮食总产量达到150万吨的目标，加快高标准农田建设。",
        False,
        [("全市围绕实现粮食总产量达到150万吨", [1500000])],
    ),
    (
        "該行重申致力於將通脹率降至2%的目標。",
        True,
        [("將通脹率降至2%", [2])],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"),
    GOAL_AFTER_STARTS,
    ids=[s[0][:12] for s in GOAL_AFTER_STARTS],
)
def test_goal_after_starts_at_its_time(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# A paragraph opening with the year's goals (今年…提出/将…) is a plan paragraph from there on, as
# one after 下一步: 将/要 before figures sets them as goals, with no deadline of their own (issue
# 10). Ages before the people they describe (0-6岁儿童) and a count announcing a list (三件大事：)
# are no items.
PLAN_PARAGRAPHS: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "今年，全市提出新增城镇就业5万人。将新建公办幼儿园20所，其学位达到6000个。"
        "要加快养老服务建设，确保护理型床位占比60%以上。",
        False,
        [
            ("今年，全市提出新增城镇就业5万人", [50000]),
            ("将新建公办幼儿园20所，其学位达到6000个", [20, 6000]),
            ("要加快养老服务建设，确保护理型床位占比60%以上", [60]),
        ],
    ),
    (
        "今年，全市將新增就業5萬人。將65歲以上老人納入保障，報銷比例達到80%。",
        True,
        [("今年，全市將新增就業5萬人", [50000]), ("將65歲以上老人納入保障，報銷比例達到80%", [80])],
    ),
    (
        "今年，全市将新增就业5万人。将0-6岁儿童纳入保障范围，报销比例达到80%。",
        False,
        [
            ("今年，全市将新增就业5万人", [50000]),
            ("将0-6岁儿童纳入保障范围，报销比例达到80%", [80]),
        ],
    ),
    ("下一步，将新建充电桩500个。", False, [("将新建充电桩500个", [500])]),
    # Not opened by a goal: 将 alone sets none.
    ("去年，全市新增就业5万人。将新建公办幼儿园20所。", False, []),
    ("去年，全市新增就業5萬人。將新建公辦幼兒園20所。", True, []),
    # Under 将/要, a figure counting a noun that modifies another (3个试点县的经验) and a figure
    # after a report of what there is (共有, 现有) are no goals.
    ("下一步，将认真总结3个试点县的经验，在全省推广。", False, []),
    ("下一步，將認真總結3個試點縣的經驗，在全省推廣。", True, []),
    (
        "今年，全市将新增就业5万人。局长表示，将继续做好就业工作，全市共有120家企业参与招聘。",
        False,
        [("今年，全市将新增就业5万人", [50000])],
    ),
    (
        "今年，全縣將新建道路30公里。將投入資金2億元，改造危房500戶。",
        True,
        [
            ("今年，全縣將新建道路30公里", [30]),
            ("將投入資金2億元，改造危房500戶", [200000000, 500]),
        ],
    ),
    # A report in the sentence (去年…将) or an effect (惠及, 让) under 将/要 is no goal.
    (
        "今年，全省将新建学校10所。去年全省将300所学校纳入改造范围。",
        False,
        [("今年，全省将新建学校10所", [10])],
    ),
    (
        "到2025年，全省將建成示範區20個。這項工作將惠及全省1.2億人。",
        True,
        [("到2025年，全省將建成示範區20個", [20])],
    ),
    (
        "今年，全省将新建学校10所。要把学校建设好，让2000名学生有学上。",
        False,
        [("今年，全省将新建学校10所", [10])],
    ),
    # 需要, 主要 are no 要; a count announcing a list is no amount.
    (
        "今年，全市将新增就业5万人。需要企业扩招30%。同时要做好三件大事：一是稳就业；二是保民生。",
        False,
        [("今年，全市将新增就业5万人", [50000])],
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "traditional", "expected"),
    PLAN_PARAGRAPHS,
    ids=[s[0][:12] for s in PLAN_PARAGRAPHS],
)
def test_plan_paragraphs_set_goals_after_will(
    paragraph: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(paragraph, traditional) == expected


# An estimate (估计, 预估) is a forecast like 预计: its figures are quantities, no goal.
ESTIMATES: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    ("协会估计，今年将有80万游客来访。", False, []),
    ("協會預估，明年將有80萬遊客來訪。", True, []),
    ("协会提出，今年将接待游客80万人次。", False, [("今年将接待游客80万人次", [800000])]),
    ("協會表示，明年將接待遊客80萬人次。", True, [("明年將接待遊客80萬人次", [800000])]),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"), ESTIMATES, ids=[s[0][:12] for s in ESTIMATES]
)
def test_estimates_are_no_goal(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# 计划中的 describes a thing as planned (计划中的银行): 计划 then governs no figure.
PLANNED_THINGS: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    ("这家计划中的银行将由5家城商行组成。", False, []),
    ("這家計劃中的銀行將由5家城商行組成。", True, []),
    ("该行计划中期发行债券50亿元。", False, [("计划中期发行债券50亿元", [5000000000])]),
    ("該行計劃今年發行債券50億元。", True, [("計劃今年發行債券50億元", [5000000000])]),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"), PLANNED_THINGS, ids=[s[0][:12] for s in PLANNED_THINGS]
)
def test_planned_things_are_no_goal(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# A plan named as the sentence's authority (按照计划，… 根据规划，… 按照目标，…) governs the
# figures after its comma (issue 10: 计划 as a goal marker); not progress (已完成), nor an
# arrangement (按照安排，会议…).
ACCORDING_TO_PLAN: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    ("按照计划，全市将新建学校10所。", False, [("按照计划，全市将新建学校10所", [10])]),
    (
        "根據規劃，該園區將入駐企業200家。",
        True,
        [("根據規劃，該園區將入駐企業200家", [200])],
    ),
    (
        "按照目標，全市二級以上醫院基本藥物使用比例要不低於20%。",
        True,
        [("按照目標，全市二級以上醫院基本藥物使用比例要不低於20%", [20])],
    ),
    ("根据计划，该项目已完成投资的80%。", False, []),
    ("按照安排，会议于3日召开，共有200人参加。", False, []),
    ("根據計劃，目前已有30家企業入駐。", True, []),
    # 按计划 without a comma reads the same way: what was done as planned is no goal
    ("航天员按计划完成了3项实验。", False, []),
    ("该公司计划已建成门店200家。", False, []),
]


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"),
    ACCORDING_TO_PLAN,
    ids=[s[0][:12] for s in ACCORDING_TO_PLAN],
)
def test_according_to_plan(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# A sentence whose first figure reports and whose later clause opens with its own time and a
# plan's verb (今年…将): the target starts at that clause. A goal word alone there is often a
# name's (国家重点研发计划立项76项) and starts none.
LATER_CLAUSE: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "为期40天的春运，交通流量剧增，今年春运期间的公路旅客发送量将达到28.45亿人次。",
        False,
        [("今年春运期间的公路旅客发送量将达到28.45亿人次", [2845000000])],
    ),
    ("全省新增企业300家，国家重点研发计划立项76项。", False, []),
    # 在 + a future year + the verb of what is to be reached then sets a deadline (Dec 7); a past
    # year, or the verb with 了, reports
    (
        "公司希望相关业务能在2026年时实现规模翻两番，达到总收入的25%。",
        False,
        [("在2026年时实现规模翻两番，达到总收入的25%", [2, 25])],
    ),
    ("该市力争在2027年建成5G基站2万个。", False, [("力争在2027年建成5G基站2万个", [20000])]),
    ("该市在2020年建成5G基站2万个。", False, []),
    # a number of doublings is an item (翻一番: 1 番)
    (
        "到2030年，全市生产总值比2020年翻一番。",
        False,
        [("到2030年，全市生产总值比2020年翻一番", [1])],
    ),
    ("该市在2027年完成了5G基站2万个。", False, []),
]


# A span of years ahead with a plan's verb sets a goal with no deadline (no year is written);
# N年内 is a term, not 年内 (within this year).
HORIZONS: list[tuple[str, bool, list[tuple[str, list[object]]]]] = [
    (
        "未来3年白电销售收入将超1000亿元。",
        False,
        [("未来3年白电销售收入将超1000亿元", [100000000000])],
    ),
    ("今後五年，全省將新建學校100所。", True, [("今後五年，全省將新建學校100所", [100])]),
    ("未来3年，全市新增企业300家。", False, []),
]


def test_a_term_in_years_is_not_this_year() -> None:
    doc = segment(
        Article(metadata=Metadata(published=PUBLISHED), body=["3年内市值力争突破1000亿元。"])
    )
    (target,) = [f for f in extract_facts(doc) if isinstance(f, Target)]
    assert target.deadline is None  # not 2024: 3年内 is a term
    assert target.text == "力争突破1000亿元"


@pytest.mark.parametrize(
    ("sentence", "traditional", "expected"),
    [*LATER_CLAUSE, *HORIZONS],
    ids=[s[0][:12] for s in [*LATER_CLAUSE, *HORIZONS]],
)
def test_later_clauses_and_horizons_set_targets(
    sentence: str, traditional: bool, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, traditional) == expected


# Figures that are no goal: reports on the past or the present, forecasts, measures in force.
NOT_TARGETS = [
    "今年两校共迎来近100名本科毕业生。",  # realworld/019: this year, but a report
    "今年前4个月，全省新登记市场主体52.3万户，同比增长8.1%。",
    "“十三五”期间，全省新建5G基站10万个。",  # a plan period already over in 2024
    "2023年，全省新培育企业100家。",
    "去年，山东培育认定10个首批省级先进制造业集群。",
    "预计到2025年，市场规模将达到1000亿元。",
    "为实现充分就业和通胀目标，美联储决定将利率目标区间维持在5%至5.25%的水平不变。",  # 022
    "积极争取国家先进制造业集群统计监测试点，两个集群入选国家试点。",
    "到2020年底，累计建成有轨电车线路500公里。",  # a deadline already past in 2024
    "对普惠托育示范机构，给予一次性补贴5万元。",  # realworld/020: a measure in force
    "目标是逐步将目前法国各行业的42种退休制度合并成一个统一方案。",  # 005: 42 is today's count
    "国际能源署的报告显示，到2030年，全球新能源汽车需求量将达4500万辆。",  # 025: a forecast
    "截至目前，已完成全年目标的60%。",  # a share of the goal, reported
    "当时，国内有轨电车的发展目标是“2020年规划里程2500公里左右”。",  # 026: a past goal
    "去年全省完成了增长5%的目标。",  # a goal reached
    "增长5%左右的目标已经实现。",
    "学院的目标是培养三类人才：技术技能人才、管理人才和创新人才。",  # kinds, not an amount
    "今年起申请门槛将放宽，缴费满12个月即可申领补贴。",  # a condition of eligibility
    "明年起，年满60周岁的老人方可参加体检，家庭人口达5人以上才能申请。",
]


@pytest.mark.parametrize("sentence", NOT_TARGETS, ids=[s[:12] for s in NOT_TARGETS])
def test_not_targets(sentence: str) -> None:
    assert found(sentence) == []


def test_plan_paragraphs_follow_a_next_step() -> None:
    """A floor in a list item after 下一步 is a requirement; without the frame it is a report."""
    opener = "下一步，将坚持双轮驱动。"
    item = "加强集群协同发展。深入开展专项行动，覆盖不少于1万家中小企业。"
    assert [t.text for t in found(opener, item)] == ["覆盖不少于1万家"]
    assert found(item) == []


def test_deadline_without_publication_time() -> None:
    got = found("今年力争新培育10家左右。", published=None)
    assert [(t.text, t.deadline) for t in got] == [("今年力争新培育10家左右", None)]
    got = found("计划到2025年形成3个世界级集群。", published=None)
    assert [t.deadline for t in got] == ["2025"]


def test_quoted_goal_deadline() -> None:
    """A year right after the goal word is its deadline (realworld/026, as if read in 2017)."""
    got = found("国内有轨电车的发展目标是“2020年规划里程2500公里左右”。", published="2017-01-01")
    assert [t.deadline for t in got] == ["2020"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=ALPHABET + "到计划力争今年明年将新培育下一步", max_size=50), max_size=3
    )
)
def test_never_raises_and_spans_hold(paragraphs: list[str]) -> None:
    doc = make_doc(*paragraphs)
    for t in targets.extract(doc):
        assert doc.paragraphs[t.paragraph][t.start : t.end] == t.text


def test_year_after_zai_is_the_deadline() -> None:
    """力争在2027年建成…: the year after 在, before the verb of what is to be reached, is the
    deadline (not a goal without one)."""
    (target,) = found("该市力争在2027年建成5G基站2万个。")
    assert target.deadline == "2027"


# Plan sentences as policy pages write them (eighth session), published 2024-06-07: a year alone
# opening its clause ahead of the publication, or the publication's own year with 将/要 or a
# goal word, sets a deadline for the figures of its own clause; 年底前 is this year's end; 确保
# is a goal word (and the action when no other verb is written). (sentence, [(text, deadline,
# values)]).
PLAN_FORMS: list[tuple[str, list[tuple[str, str | None, list[object]]]]] = [
    (
        "2025年，全省数字经济核心产业增加值占比达到10%。",
        [("2025年，全省数字经济核心产业增加值占比达到10%", "2025", [10])],
    ),
    (
        "2024年，全市将新建5G基站3000个，新增规上企业200家。",
        [("2024年，全市将新建5G基站3000个，新增规上企业200家", "2024", [3000, 200])],
    ),
    ("年底前，全市建成充电桩1万个。", [("年底前，全市建成充电桩1万个", "2024-12", [10000])]),
    ("今年9月底前完成改造项目30个。", [("今年9月底前完成改造项目30个", "2024-09", [30])]),
    # a forecast's clause ends the goal, not the goals before it
    (
        "今年，全村计划发展稻虾共养面积500亩，预计亩均增收2000元以上。",
        [("今年，全村计划发展稻虾共养面积500亩", "2024", [500])],
    ),
    ("今年全县争取实现地区生产总值增长6%。", [("今年全县争取实现地区生产总值增长6%", "2024", [6])]),
    # …and a goal striven for stays one (争取实现…项目, 力争今年的…: 今年 after a goal word is its
    # deadline)
    (
        "力争今年县域经济综合实力进入全省前20位，县级财政收入突破30亿元。",
        [("力争今年县域经济综合实力进入全省前20位，县级财政收入突破30亿元", "2024", [3000000000])],
    ),
    ("争取实现项目投产30个。", [("争取实现项目投产30个", None, [30])]),
    ("力争今年的地区生产总值增长6%。", [("力争今年的地区生产总值增长6%", "2024", [6])]),
    # …but 截至 a date ahead is a deadline, its span from 截至
    (
        "截至2025年底，全市将建成公共充电桩5万个。",
        [("截至2025年底，全市将建成公共充电桩5万个", "2025-12", [50000])],
    ),
    # 全年 (twelfth session) is the publication's year, as 今年 is
    (
        "确保全年粮食产量稳定在1100亿斤以上。",
        [("确保全年粮食产量稳定在1100亿斤以上", "2024", [110000000000])],
    ),
    (
        "全年计划完成投资不低于300亿元。",
        [("全年计划完成投资不低于300亿元", "2024", [30000000000])],
    ),
    (
        "今年年底前，全市力争新增企业100家。",
        [("今年年底前，全市力争新增企业100家", "2024-12", [100])],
    ),
    # (twelfth session) a stage after ； with its own deadline in a clause of its own is a target
    # of its own; a time in a later clause than the sentence's opening one governs the figure of
    # its clause; a goal word right before a year, and 到 a five-year plan's end, set a deadline
    (
        "到2025年，全省氢能产业产值达到500亿元；到2030年，全省氢能产业产值突破1500亿元。",
        [
            ("到2025年，全省氢能产业产值达到500亿元", "2025", [50000000000]),
            ("到2030年，全省氢能产业产值突破1500亿元", "2030", [150000000000]),
        ],
    ),
    (
        "去年，全市城镇新增就业10万人；今年，全市将新增城镇就业11万人。",
        [("今年，全市将新增城镇就业11万人", "2024", [110000])],
    ),
    (
        "到2025年底前基本完成老旧小区改造任务，今年计划改造小区3000个。",
        [("今年计划改造小区3000个", "2024", [3000])],
    ),
    (
        "力争2025年全市工业总产值达到1万亿元。",
        [("力争2025年全市工业总产值达到1万亿元", "2025", [1000000000000])],
    ),
    ("到“十四五”末，全省城镇化率达到75%。", [("到“十四五”末，全省城镇化率达到75%", "2025", [75])]),
    # a share to reach after the first goal (，占GDP比重达到12%) is an item of the same target
    (
        "到2025年，全省数字经济核心产业增加值达到1800亿元，占GDP比重达到12%。",
        [
            (
                "到2025年，全省数字经济核心产业增加值达到1800亿元，占GDP比重达到12%",
                "2025",
                [180000000000, 12],
            )
        ],
    ),
    # a work report's levels for the year, after 提出/明确
    (
        "市政府工作报告提出，今年全市地区生产总值增长5.5%左右，规上工业增加值增长6%。",
        [("今年全市地区生产总值增长5.5%左右，规上工业增加值增长6%", "2024", [5.5, 6])],
    ),
]
# …and what stays a report: the publication's year without a plan's word, 即将 (an event), a
# year with its month (a date), a year governing another clause's figure, progress by 年底前,
# last year's end, a goal denied.
NOT_PLAN_FORMS = [
    "2024年，全市新建5G基站3000个。",
    "2024年，龙湖集团即将迎来上市10周年。",
    "2025年1月1日起，最低工资标准调整为每月2200元。",
    "2026年废除旧制度是改革目标之一，但会上提出了时间表：300个试点县先行推开。",
    "截至年底前已完成改造项目30个。",
    # funds obtained (争取项目资金), the planned ones named (计划安排的), a rate's target band
    "驻村第一书记王强先后争取项目资金260余万元，修建产业路12公里。",
    "去年，该县累计争取上级资金5.6亿元。",
    "过去一年，县里计划安排的28个重点项目全部开工。",
    "美联储宣布，将联邦基金利率目标区间维持在5%至5.25%的水平不变，符合普遍预期。",
    # 截至 a date gone by is progress up to it (the 至 is no deadline's)
    "截至2024年4月，全国充电基础设施累计数量为910.5万台。",
    "截止到2023年底，全省累计建成5G基站10万个。",
    "去年年底前，全市建成充电桩1万个。",
    "该行也没有以各种方式确保投资两家基金公司的客户得到公平对待。",
    # 全年 reported (新增…, no plan's word), a share of the year's plan or goal
    "全年新增城镇就业12万人。",
    "全年完成投资300亿元，完成年度计划的105%。",
    "截至10月底，完成了今年目标任务的86%。",
    # the things planned, counted while progress is reported; last year's goal, reported
    "截至目前，今年计划实施的300个重点项目已开工280个，完成投资500亿元。",
    "去年，我们提出力争地区生产总值增长6%的目标，实际增长6.2%。",
    "他提出今年的问题很多，共有100个。",
]


@pytest.mark.parametrize(("sentence", "expected"), PLAN_FORMS, ids=[s[0][:12] for s in PLAN_FORMS])
def test_plan_forms(sentence: str, expected: list[tuple[str, str | None, list[object]]]) -> None:
    got = [(t.text, t.deadline, [i.value for i in t.items]) for t in found(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", NOT_PLAN_FORMS, ids=[s[:12] for s in NOT_PLAN_FORMS])
def test_not_plan_forms(sentence: str) -> None:
    assert found(sentence) == []


# Ninth session: a ； ends a clause, not the sentence: the goal runs on through the clauses after
# it that set goals (a verb leads to the figure), not through one that reports (去年…, 制定了…).
# A list of goals opened by 目标是： (a government work report's 主要预期目标) takes every figure
# as an item, with or without a verb before it (城镇调查失业率5.5%左右).
LISTED_GOALS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    (
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
        "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。",
        [
            (
                "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
                "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右",
                [5, 12000000, 5.5, 3],
            )
        ],
    ),
    (
        "今年的目标是全市产值增长8%；去年全市产值增长6%。",
        [("今年的目标是全市产值增长8%", [8])],
    ),
    (
        "今年支付比例将提高到90%；探索建立保障制度，自付比例控制在30%以内。",
        [("今年支付比例将提高到90%；探索建立保障制度，自付比例控制在30%以内", [90, 30])],
    ),
    (
        "计划到2025年形成3个集群;制定了《实施办法》,新建20所。",
        [("计划到2025年形成3个", [3])],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTED_GOALS)
def test_listed_goals(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Ninth session: a year opening a clause after another (他表示，2012年…) opens it as a year opening
# the sentence does (a reversed pattern only ever matched at the paragraph's end); a year alone as
# a clause frames the sentence's figures when a plan's 将/要 follows; a report (no 将) and a past
# year set nothing.
YEAR_CLAUSES: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("他表示，2024年全市将新建学校30所。", [("2024年全市将新建学校30所", [30])]),
    (
        "他表示，2024年，全市将进一步扩大范围，新建学校30所。",
        [("2024年，全市将进一步扩大范围，新建学校30所", [30])],
    ),
    ("他表示，2024年，全市新建学校30所。", []),
    ("他表示，2023年，全市将新建学校30所。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), YEAR_CLAUSES)
def test_year_clauses(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Ninth session: 预期 inside a measure's name (人均预期寿命, 预期收益) makes no forecast of the
# sentence; 预计 still does.
EXPECTED_NOUNS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("到2025年，全市人均预期寿命达到80岁。", [("到2025年，全市人均预期寿命达到80岁", [80])]),
    ("预计到2025年，全市人均寿命达到80岁。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), EXPECTED_NOUNS)
def test_expected_nouns(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Tenth session: a year ahead written after the subject sets a deadline when a plan's 将/要 and
# the verb of what is to be reached follow it (保有量2027年将达到…, 覆盖率在2025年要达到…); after
# its subject the span starts at the year, after a modal the 在 stays (业务能在2013年时实现…);
# a year already past reports.
YEARS_AFTER_SUBJECT: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("全市新能源汽车保有量2027年将达到50万辆。", [("2027年将达到50万辆", [500000])]),
    ("全省森林覆盖率在2025年要达到45%。", [("2025年要达到45%", [45])]),
    ("柯达希望，这些业务能在2026年时实现收入翻两番。", [("在2026年时实现收入翻两番", [2])]),
    ("该市常住人口2023年将达到100万人。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), YEARS_AFTER_SUBJECT)
def test_years_after_subject(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


def test_year_end_deadline_in_january_is_this_year() -> None:
    # twelfth session: a goal due 年底前 is this year's end, even where a bare 年底 read in January
    # is last year's date
    doc = make_doc("年底前，全市将建成5G基站3000个。", published="2024-01-17T10:00:00+08:00")
    assert [t.deadline for t in targets.extract(doc) if isinstance(t, Target)] == ["2024-12"]


def test_year_then_first_quarters_is_a_report() -> None:
    # thirteenth session: 2024年前三季度 is a period of the year reported, not 2024年前 (a
    # deadline): its figures set no goal, while 2025年前完成… still does
    doc = make_doc(
        "2024年前三季度，全市进出口总额9678.5亿元。2025年前完成改造100个。",
        published="2024-11-20T10:00:00+08:00",
    )
    assert [t.deadline for t in targets.extract(doc) if isinstance(t, Target)] == ["2025"]
    # a part of a year ahead opening a goal sentence still sets that year
    doc = make_doc(
        "2025年前三季度，全省力争完成固定资产投资3000亿元。",
        published="2024-11-20T10:00:00+08:00",
    )
    assert [t.deadline for t in targets.extract(doc) if isinstance(t, Target)] == ["2025"]


# Thirteenth session: a clause of nouns alone before its figure leaves out the verb of the clause
# before it (…新建公共充电桩3000个，换电站50座): another item of the same goal. A clause with a
# word of its own that is no noun (其中) does not run on.
ELLIPTIC_ITEMS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    (
        "今年全市将新建公共充电桩3000个，换电站50座。",
        [("今年全市将新建公共充电桩3000个，换电站50座", [3000, 50])],
    ),
    (
        "到2030年，全市5G基站达到1万个，规上企业200家。",
        [("到2030年，全市5G基站达到1万个，规上企业200家", [10000, 200])],
    ),
    (
        "今年全市将新建学校10所，其中小学5所。",
        [("今年全市将新建学校10所", [10])],
    ),
    # sums of money in two currencies are items alike
    (
        "今年，全省力争实现进出口总额4.5万亿元，实际使用外资200亿美元。",
        [
            (
                "今年，全省力争实现进出口总额4.5万亿元，实际使用外资200亿美元",
                [4500000000000, 20000000000],
            )
        ],
    ),
    # not a time reported, a scope's stock, nor a measure of another kind
    ("今年将完成投资200亿元，去年同期120亿元。", [("今年将完成投资200亿元", [20000000000])]),
    ("今年将新建充电桩3000个，全市充电桩保有量1.2万个。", [("今年将新建充电桩3000个", [3000])]),
    ("今年将新建学校10所，平均年龄28岁。", [("今年将新建学校10所", [10])]),
]


@pytest.mark.parametrize(("sentence", "expected"), ELLIPTIC_ITEMS)
def test_elliptic_items(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Thirteenth session: 拟 after 今年 plans (今年拟安排…); after 目标是 a clause of nouns is another
# goal whatever its measure; an anniversary (成立八十周年时) says when, no item.
GOVERNMENT_REPORTS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    (
        "今年拟安排地方政府专项债券3.75万亿元。",
        [("今年拟安排地方政府专项债券3.75万亿元", [3750000000000])],
    ),
    (
        "今年发展主要预期目标是国内生产总值增长5%左右，城镇新增就业1200万人左右。",
        [("今年发展主要预期目标是国内生产总值增长5%左右，城镇新增就业1200万人左右", [5, 12000000])],
    ),
    ("到二〇二九年中华人民共和国成立八十周年时，完成本决定提出的改革任务。", []),
    ("今年模拟考试共有3万人参加。", []),
    # personnel to be appointed, hired or praised, and 虚拟 hold no plan's 拟
    ("今年拟录用公务员120名，现予公示。", []),
    ("今年虚拟现实产业产值达到300亿元。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), GOVERNMENT_REPORTS)
def test_government_reports(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Fourteenth session: 计划 as a noun, a programme or a plan named, sets no goal: before a closing
# quote (“强基计划”), after a determiner (该计划) or a kind of programme (激励计划, 持股计划); a
# company's or a city's plan (公司计划明年投资, 本次计划销售) still does.
NAMED_PLANS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("“强基计划”首批试点高校共36所。", []),
    ("“国培计划”累计培训中小学教师1500万人次。", []),
    ("该计划共接获约5000宗申请。", []),
    ("公司2019年股票期权激励计划首次授予的股票期权数量为800万份。", []),
    ("员工持股计划涉及员工120人。", []),
    ("公司计划明年投资50亿元。", [("计划明年投资50亿元", [5000000000])]),
    # what a named programme will do is a goal (该扶持计划将…), and 计划经济增长 is a plan of growth
    ("该扶持计划将在三年内支持1000家中小企业。", [("计划将在三年内支持1000家", [1000])]),
    ("政府计划经济增长率达到6%左右。", [("计划经济增长率达到6%左右", [6])]),
    ("本次计划销售大豆50.21万吨。", [("计划销售大豆50.21万吨", [502100])]),
    # nineteenth session (science, companies and Macau probes): programmes of support and sharing
    # (营养改善计划, 学生资助计划) are named, no plan's word; a quota's plan stays a plan
    ("农村义务教育学生营养改善计划膳食补助标准为每生每天5元。", []),
    ("学生资助计划补助标准为每生每年3000元。", []),
    ("今年人才引进计划为200人。", [("今年人才引进计划为200人", [200])]),
    ("今年计划新建学校10所。", [("今年计划新建学校10所", [10])]),
    ("北京大学今年本科招生计划为4200人左右。", [("今年本科招生计划为4200人左右", [4200])]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_PLANS)
def test_named_plans(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


def deadlines(sentence: str) -> list[str | None]:
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=[sentence]))
    return [f.deadline for f in extract_facts(doc) if isinstance(f, Target)]


# Fourteenth session: a month written with a deadline's year is the deadline's (到2025年6月 →
# 2025-06, 2026年6月底前 → 2026-06; it had been 2025 and no target); with a day after it the
# year stays the deadline.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2025年6月，全市建成充电桩1万个。", ["2025-06"]),
        ("2026年6月底前完成改造项目20个。", ["2026-06"]),
        ("到2025年，全市建成充电桩1万个。", ["2025"]),
        ("到2025年6月30日，全市建成充电桩1万个。", ["2025"]),
    ],
)
def test_month_of_a_deadline(sentence: str, expected: list[str | None]) -> None:
    assert deadlines(sentence) == expected


# Fourteenth session: a clause describing what is built, after the goal's own clause (计划2025年
# 底建成通车，全长约320公里; 计划明年开工，总投资120亿元), holds the project's measures, no goal;
# a goal's own figures stay (到2025年，全市建成充电桩1万个).
SPECIFICATIONS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("该项目计划2025年底建成通车，全长约320公里。", []),
    ("新航站楼计划2026年投入使用，设计年旅客吞吐量4000万人次。", []),
    ("该线路计划明年开工，线路全长48公里，总投资120亿元。", []),
    ("到2025年，全市建成充电桩1万个。", [("到2025年，全市建成充电桩1万个", [10000])]),
    # a clause with a verb of its own after the measure's word is a goal
    (
        "到2025年，全省将培育省级工业设计中心100家，设计服务收入突破200亿元。",
        [
            (
                "到2025年，全省将培育省级工业设计中心100家，设计服务收入突破200亿元",
                [100, 20000000000],
            )
        ],
    ),
    (
        "到2025年，全省力争新建农村公路5000公里，总长度达到12万公里。",
        [("到2025年，全省力争新建农村公路5000公里，总长度达到12万公里", [5000, 120000])],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SPECIFICATIONS)
def test_specifications_are_no_goals(
    sentence: str, expected: list[tuple[str, list[object]]]
) -> None:
    assert found_in(sentence, False) == expected


def deadlines_at(sentence: str, published: str) -> list[str | None]:
    doc = segment(Article(metadata=Metadata(published=published), body=[sentence]))
    return [f.deadline for f in extract_facts(doc) if isinstance(f, Target)]


# Fourteenth session: a part of this year opening a plan (下半年，全省还将…; 三季度，…将…) is its
# deadline, the part's last month; a part already over when published, or a part with no plan's
# word (一季度，全省新开工…: a report), sets none.
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("下半年，全省还将建成通车高速公路5条。", "2020-06-15", ["2020-12"]),
        ("三季度，该机场将新开国际航线5条。", "2020-06-15", ["2020-09"]),
        ("三季度，该机场将新开国际航线5条。", "2020-11-15", []),
        ("一季度，全省新开工项目120个。", "2020-06-15", []),
        ("上半年将要结束，全市已完成固定资产投资600亿元。", "2020-06-15", []),
    ],
)
def test_parts_of_this_year_as_deadlines(
    sentence: str, published: str, expected: list[str | None]
) -> None:
    assert deadlines_at(sentence, published) == expected


# Fourteenth session: 争取 of funds from several bodies or of transfers (全年共争取中央和省补助资金,
# 争取上级转移支付资金, 争取到位国家和省资金) reports funds obtained, no plan, after 今年/全年 too;
# 力争争取上级资金 and 争取实现 still plan.
OBTAINED_FUNDS: list[tuple[str, list[tuple[str, list[object]]]]] = [
    ("全年共争取中央和省补助资金96.3亿元。", []),
    ("全年共争取上级转移支付资金58.7亿元。", []),
    ("全年争取到位国家和省资金42.3亿元。", []),
    ("今年力争争取上级资金10亿元以上。", [("今年力争争取上级资金10亿元以上", [1000000000])]),
    ("今年争取实现地区生产总值增长6%。", [("今年争取实现地区生产总值增长6%", [6])]),
]


@pytest.mark.parametrize(("sentence", "expected"), OBTAINED_FUNDS)
def test_funds_obtained(sentence: str, expected: list[tuple[str, list[object]]]) -> None:
    assert found_in(sentence, False) == expected


# Fifteenth session: 将 and 要 inside other words (主要污染物, 重要河湖, 将近) make no plan of this
# year's figures; 今年，全市要新建…, 需要新建…, a main task or goal (主要任务是, 首要任务是) and
# 必将 still do.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("上半年，全市主要污染物排放量同比下降5.2%。", []),
        ("今年一季度，全市重要河湖水质优良比例为92%。", []),
        ("今年将近有1000人参加考试。", []),
        ("今年，全市要新建学校12所。", ["2020"]),
        ("今年主要目标是地区生产总值增长6%左右。", ["2020"]),
        ("今年，全区需要新建幼儿园12所。", ["2020"]),
        ("今年全市的主要任务是新开工重点项目120个。", ["2020"]),
        ("今年的首要任务是新建保障性住房5000套。", ["2020"]),
        ("今年全省经济必将保持6%以上的增长。", ["2020"]),
    ],
)
def test_will_and_must_inside_words(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2020-06-15") == expected


# Fifteenth session: the end of a span of dates (2018年至2020年, 2019年3月至2020年2月) that is not
# ahead of the publication reports the span's figures (受贿, 累计完成); with a plan's word after it,
# or a later year or month, it is still a deadline.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2018年至2020年，蒋某先后收受礼金共计2.3万元。", []),
        ("2019年3月至2020年2月，该局共收受礼金12万元。", []),
        ("2018年至2020年5月，全市累计完成技改投资860亿元。", []),
        ("2018年至2020年，全省将新建学校300所。", ["2020"]),
        ("《规划》提出，2018年至2020年，全省新建农村学校300所。", ["2020"]),
        ("2018年到2020年，全市累计收受礼金共计45万元。", []),
        ("2020年至2022年，全省新建学校300所。", ["2022"]),
        ("2019年至2020年12月，全市新建学校300所。", ["2020-12"]),
        ("到2020年，全省新建学校300所。", ["2020"]),
    ],
)
def test_spans_gone_by_are_reported(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2020-06-15") == expected


# Fifteenth session: a time cut to a limit (开办时间压缩至1个工作日以内, 审批时间压缩至80个工作日)
# is the goal's figure; a plan's own length (力争用3年时间) still is not.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("力争今年底前，全市企业开办时间压缩至1个工作日以内。", [[1]]),
        ("到2022年，工程建设项目审批时间压缩至80个工作日以内。", [[80]]),
        ("力争用3年时间，培育10个产业集群。", [[10]]),
    ],
)
def test_times_cut_to_a_limit(sentence: str, expected: list[list[object]]) -> None:
    doc = segment(Article(metadata=Metadata(published="2020-06-15"), body=[sentence]))
    got = [[i.value for i in f.items] for f in extract_facts(doc) if isinstance(f, Target)]
    assert got == expected


# Fifteenth session: 截至 a part of the publication's year already over (2024年一季度末,
# 2024年上半年 read in June) is progress, no goal; a part still ahead stays a deadline.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("截至2024年一季度末，全市已有数字经济企业1.86万家。", []),
        ("截至2024年上半年，全市已建成5G基站3万个。", []),
        ("截至2024年底，全市将建成5G基站5万个。", ["2024-12"]),
    ],
)
def test_parts_gone_by_are_progress(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-15") == expected


# Fifteenth session: a part of the year or a span of its months after 今年/明年 is the deadline
# by its end (今年上半年 → 06, 今年6月至8月 → 08, 明年上半年 → next year's 06).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("今年6月至8月，全市将举办线上招聘会不少于30场。", ["2020-08"]),
        ("今年上半年全省将完成药品抽检5000批次。", ["2020-06"]),
        ("今年三季度，全市将新建学校12所。", ["2020-09"]),
        ("明年上半年，全市将新建学校12所。", ["2021-06"]),
        ("今年，全市将新建学校12所。", ["2020"]),
    ],
)
def test_parts_of_this_year_after_jinnian(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2020-06-15") == expected


# Sixteenth session (government-report probe): a sentence that reports its goal met or passed before
# its figure (超过预期目标，达到4.8万人; 完成年度目标) sets none; a goal to be met (要确保完成年度
# 目标，力争…; 力争实现全年目标) still does.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年新增城镇就业人数超过预期目标，达到4.8万人。", []),
        ("今年地区生产总值完成年度目标，增长6.5%。", []),
        ("今年要确保完成年度目标，力争增长6%。", ["2024"]),
        ("今年力争实现全年目标，地区生产总值增长6%。", ["2024"]),
    ],
)
def test_goals_met_are_reported(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Sixteenth session, the review: a goal met named as a purpose, a duty, a hope or a base (为完成全年
# 目标，…要…; 确保全面完成; 力争超额完成; 在完成目标的基础上) leaves the target after it.
@pytest.mark.parametrize(
    "sentence",
    [
        "为完成全年目标，下半年全市要新增城镇就业2万人。",
        "确保全面完成全年目标任务，力争规上工业增加值增长8%。",
        "今年力争超额完成目标，固定资产投资达到300亿元。",
        "在完成目标的基础上，今年将新增就业1万人。",
    ],
)
def test_goals_to_meet_still_set(sentence: str) -> None:
    assert deadlines_at(sentence, "2024-06-07") != []


# Seventeenth session (ecology, employment and investment probes): 到 before next year or this
# year's end sets a goal as 到2025年 does, unless progress is reported (已); 本月底前 and 本月内 set
# one for this month (本月将有…, 本月要还… are schedules); a plan's word before a span of years
# ahead (将在未来三年内) plans as one after it does, with no deadline written.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到明年年底，全市PM2.5平均浓度下降10%以上。", ["2025-12"]),
        ("到今年年底，全省新能源汽车保有量达到50万辆。", ["2024-12"]),
        ("到今年3月底，全省已建成充电桩5万个。", []),
        ("至今年5月，累计投注2万多元。", []),
        ("本月底前，全省将发放一次性扩岗补助5000万元。", ["2024-06"]),
        ("本月将有两部电影上映，票价50元。", []),
        ("园区将在未来三年内新增标准厂房100万平方米。", [None]),
        # the review: a month of this year after 到 is a date reported; progress before this
        # month's end is reported
        ("到今年3月末，全省本外币存款余额达到10万亿元。", []),
        ("本月底前已完成1500户的入户走访。", []),
        ("本月底前累计处置投诉2000件。", []),
        ("本月底前，全省80%的县完成了普查任务。", []),
        ("本月底前，各地要完成隐患排查整治1000处。", ["2024-06"]),
    ],
)
def test_deadlines_ahead_without_a_year(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Seventeenth session (trade probe): a year before 版 names an edition (2024年版《负面清单》), no
# deadline.
def test_an_edition_year_is_no_deadline() -> None:
    sentence = "2024年版《外商投资准入特别管理措施（负面清单）》将条目缩减至31条。"
    assert deadlines_at(sentence, "2024-06-07") == []
    # the second review: 版 starting another word (版权, 版图) leaves the deadline
    assert deadlines_at("到2027年版权登记总量突破500万件。", "2024-06-07") == ["2027"]


# Seventeenth session (science, county and budget probes): the end of a span of years ahead is the
# deadline (2024—2026年，全省将…; a span gone by reports), and 将在N年内 plans as 将在未来N年 does.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2024—2026年，全省将累计投入150亿元。", ["2026"]),
        ("2023—2025年，全省计划发行专项债券4800亿元。", ["2025"]),
        ("2021—2023年，全省累计投入80亿元。", []),
        # the third review: a span reaching this year without a plan's word reports
        ("2022—2024年，全省GDP年均增长5.2%。", []),
        ("2021—2024年，全市已累计完成投资300亿元。", []),
        ("2023—2024年度，全校共招收新生3000人。", []),
        ("中关村科学城将在5年内建成10个以上新型研发机构。", [None]),
        ("该企业在3年内增长了2倍。", []),
    ],
)
def test_spans_of_years_ahead(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Seventeenth session (county probe): a plan's word before this year (将在今年内新建…, 将于年内建成…)
# plans as one after it does.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县民政局将在今年内新建养老服务中心15所。", ["2024"]),
        ("全县将于年内建成污水处理厂6座。", ["2024"]),
        ("今年内，全市已新建学校5所。", []),
    ],
)
def test_plan_words_before_this_year(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Eighteenth session (social security probe): a bare month's end after 在 or 于 and a plan's word
# is a deadline (要在9月底前, 将于10月底前), this year's or, when it has gone by, next year's; not
# done (已于3月底前完成), nor without a plan's word.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各地要在9月底前完成培训，培训人数不少于2000人。", ["2024-09"]),
        ("全市将于10月底前新建充电桩500个。", ["2024-10"]),
        ("要在3月底前完成改造200户。", ["2025-03"]),
        ("该项目已于3月底前完成投资2亿元。", []),
        ("在9月底前完成培训的学员有2000人。", []),
    ],
)
def test_bare_month_deadlines(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Eighteenth session (water and finance probes): funds of a field obtained from a level after 争取
# are reported (争取中央水利发展资金42.6亿元), and a plan given up is none (原计划募资18亿元).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全省共争取中央水利发展资金42.6亿元，比上年增加5.3亿元。", []),
        ("一家拟IPO企业撤回申请，原计划募资18亿元。", []),
        ("今年力争争取中央资金10亿元以上。", ["2024"]),
    ],
)
def test_funds_obtained_and_plans_given_up(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Nineteenth session (energy and trade probes): a part of this year whose last month ended before
# the month of publication is reported, whatever stands before it (大唐集团今年一季度新增…, read in
# June); a part not yet over, or one named after a goal's word, is still a target.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("大唐集团今年一季度新能源新增装机300万千瓦。", []),
        ("该片区今年一季度新设企业1200家。", []),
        ("今年6月底前完成改造100个。", ["2024-06"]),
        ("今年三季度全省将新增光伏装机200万千瓦。", ["2024-09"]),
        # the review: a goal set for a part gone by keeps its deadline
        ("企业力争今年一季度实现营收10亿元。", ["2024-03"]),
        ("计划今年4月完成改造项目30个。", ["2024-04"]),
        # the second review: 原计划 is a plan given up, no goal's word
        ("今年一季度，全市原计划新开工项目100个，实际开工112个。", []),
    ],
)
def test_parts_of_this_year_gone_by(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Nineteenth session (fiscal probe): a span 2024年至2027年 is due at its last year and its text
# starts at its first (as 2024—2026年 does); a window a rule is in force for, ending on a day
# before 期间 (2024年1月1日至2025年12月31日期间), is no goal.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2024年至2026年，全省将新建充电桩5万个。", [("2024年至2026年", "2026")]),
        ("据测算，2025年至2027年全省将累计减税降费超过800亿元。", [("2025年至2027年", "2027")]),
        (
            "对购置日期在2024年1月1日至2025年12月31日期间的新能源汽车免征车辆购置税，"
            "每辆车免税额不超过3万元。",
            [],
        ),
        ("到2025年12月31日前完成改造100个。", [("到2025年", "2025")]),
        # the review: a span of days ahead opening its sentence is a plan's, not a window
        (
            "2024年9月1日至2025年6月30日期间，全市将分批改造老旧燃气管道1500公里。",
            [("2024年9月1日至2025年", "2025")],
        ),
        ("2024至2026年，全省将新建充电桩5万个。", [("2024至2026年", "2026")]),
        # the second review: a window without 的 and without a plan's word is a rule in force, or
        # a report
        (
            "在2024年1月1日至2027年12月31日期间，对新能源汽车减半征收车辆购置税，"
            "每辆车减税额不超过1.5万元。",
            [],
        ),
        ("2023年7月1日至2024年6月30日期间，全市新增就业8万人。", []),
    ],
)
def test_spans_of_years_and_windows_in_force(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    got = found(sentence, published="2024-06-07T00:00+08:00")
    assert [(t.text[: len(text)], t.deadline) for t, (text, _) in zip(got, expected)] == expected
    assert len(got) == len(expected)


# Nineteenth session (ecology probe): a count of days (优良天数, 重污染天数) is a goal's item, as any
# amount is; a duration still is none (力争用3年时间…).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("今年全市要确保空气质量优良天数达到330天以上。", ["2024"]),
        ("到2025年，全市重污染天数控制在3天以内。", ["2025"]),
        # the fourth review: a count of days before 的 is a threshold, no goal
        ("计划今年全市无雨日数超过60天的区域启动抗旱应急响应。", []),
    ],
)
def test_counts_of_days_as_goals(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-06-07") == expected


# Twentieth session (fresh plan paragraphs): a count announcing a list (围绕…两个重点领域发力：) is no
# item and sets no marker before the goals it announces; the part after a semicolon sets its own
# time; a level held (稳定在) continues the goal's clauses.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "下一步，全省将围绕算力和数据两个重点领域发力：今年力争软件业务收入增长12%以上，"
            "新增国家级工业互联网平台两个。",
            [("今年力争软件业务收入增长12%以上，新增国家级工业互联网平台两个", "2024", [12, 2])],
        ),
        (
            "今年6月底前，全市社区卫生服务中心将全部接入平台；今年年底前，新增紧密型医联体12个。",
            [("今年年底前，新增紧密型医联体12个", "2024-12", [12])],
        ),
        (
            "今年将PM2.5年均浓度控制在30微克/立方米以下，优良天数比率稳定在85%以上。",
            [
                (
                    "今年将PM2.5年均浓度控制在30微克/立方米以下，优良天数比率稳定在85%以上",
                    "2024",
                    [30, 85],
                )
            ],
        ),
    ],
)
def test_lists_semicolons_and_levels_held(
    sentence: str, expected: list[tuple[str, str | None, list[object]]]
) -> None:
    got = found(sentence, published="2024-03-15T00:00+08:00")
    assert [(t.text, t.deadline, [i.value for i in t.items]) for t in got] == expected


# Twentieth session (fresh work reports): a paragraph that opens this year's plan (今年要…) sets
# the year of the goals after it that name none.
def test_a_plan_paragraphs_year() -> None:
    got = found(
        "今年要大力发展新质生产力。力争数字经济核心产业增加值突破5000亿元，新增上市公司15家。",
        published="2024-03-05T00:00+08:00",
    )
    assert [(t.deadline, [i.value for i in t.items]) for t in got] == [("2024", [500000000000, 15])]


# Twentieth session (fresh work reports): a five-year plan's end ahead opening a sentence is a
# deadline as 到 makes it (“十四五”末，…); one gone by reports.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“十四五”末，全省常住人口城镇化率提高到68%左右。", ["2025"]),
        ("“十三五”末，全省城镇化率达到60%。", []),
    ],
)
def test_a_plans_end_ahead(sentence: str, expected: list[str | None]) -> None:
    assert deadlines_at(sentence, "2024-03-05") == expected
