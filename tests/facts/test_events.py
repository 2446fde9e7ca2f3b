"""Events (facts/events.py): a dated occasion, its name as written and its organiser.

Each case is (paragraph, publication time, expected [(name, date, organizer)]) worked out by hand
from the sentence: the seed article, sentences copied from the realworld bodies (site in the id),
written sentences for the other forms, and guards (no date, no occasion).
"""

from __future__ import annotations

import pytest
from seed_body import SEED_BODY

from policyextract.facts.events import Event, extract
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

PUBLISHED = "2024-06-07T17:25:36+08:00"

# The seed article's first paragraph, character-exact (ASCII commas).
SEED_0 = SEED_BODY[0]

Row = tuple[str, str | None, str | None]


def events_of(paragraphs: list[str], published: str | None = PUBLISHED) -> list[Row]:
    doc = segment(Article(metadata=Metadata(published=published), body=paragraphs))
    rows: list[Row] = []
    for fact in extract(doc):
        assert isinstance(fact, Event)
        assert doc.paragraphs[fact.paragraph][fact.start : fact.end] == fact.text == fact.name
        rows.append((fact.name, fact.date, fact.organizer))
    return rows


def case(text: str, expected: list[Row], id: str, published: str | None = PUBLISHED) -> object:
    return pytest.param(text, published, expected, id=id)


CASES = [
    case(
        SEED_0,
        [
            (
                "“牢记嘱托 走在前 挑大梁 奋力谱写中国式现代化山东篇章”主题系列新闻发布会",
                "2024-06-07",
                "山东省政府新闻办",
            )
        ],
        id="seed-press-conference-with-theme",
    ),
    case(
        "5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会，河南省有关负责同志介绍了相关情况。",
        [("“推动高质量发展”系列主题新闻发布会", "2024-05-09", "国务院新闻办")],
        id="people-press-conference",
        published="2024-05-10T06:58:00+08:00",
    ),
    case(
        "新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午在上海"
        "主持召开深入推进长三角一体化发展座谈会并发表重要讲话。",
        [
            # The leader presided; an organiser is a body that organised it (issue 10).
            ("深入推进长三角一体化发展座谈会", "2023-11-30", None)
        ],
        id="xinhua-dateline-subject-without-day-and-place",
        published="2023-12-01T14:43:00+08:00",
    ),
    case(
        "在9月3日召开的全国公安机关打击“套路贷”犯罪工作推进会上，公安部公布了十起典型的“套路贷”案例。",
        [("全国公安机关打击“套路贷”犯罪工作推进会", "2019-09-03", None)],
        id="qq-at-the-meeting",
        published="2019-09-23T07:48:00+08:00",
    ),
    case(
        "9月3日，在第二届全球IC企业家大会暨第十七届中国国际半导体博览会开幕式上，魏少军教授发表演讲。",
        [("第二届全球IC企业家大会暨第十七届中国国际半导体博览会开幕式", "2019-09-03", None)],
        id="ifeng-at-the-opening-ceremony",
        published="2019-09-07T15:10:53+08:00",
    ),
    case(
        "当地时间9月16日下午，2019年山西品牌丝路行（南美站）活动在巴西圣保罗正式启动，并成功举办中国（山西）"
        "－巴西双向经贸投资推介会。",
        [
            ("2019年山西品牌丝路行（南美站）活动", "2019-09-16", None),
            ("中国（山西）－巴西双向经贸投资推介会", "2019-09-16", None),
        ],
        id="shanxi-launched-and-held",
        published="2019-09-18T06:23:00+08:00",
    ),
    case(
        "中国网5月20日电 5月18日晚，古北水镇 “光之城”文旅融合系列活动正式启动。",
        [("古北水镇 “光之城”文旅融合系列活动", "2024-05-18", None)],
        id="china.com.cn-launch-in-the-evening",
        published="2024-05-20T09:37:00+08:00",
    ),
    case(
        "3月19日，上海工程技术大学举办了养老服务管理专业专场就业实习招聘会。",
        [("养老服务管理专业专场就业实习招聘会", "2024-03-19", "上海工程技术大学")],
        id="cyol-job-fair",
        published="2024-05-13T06:03:00+08:00",
    ),
    case(
        "2017年12月，瑞丽召开关于暂停瑞丽市城市轨道交通项目（一期）建设的专题会议。",
        # 瑞丽 is a place, not a body that organised the meeting (issue 10).
        [("关于暂停瑞丽市城市轨道交通项目（一期）建设的专题会议", "2017-12", None)],
        id="thepaper-month-dated-meeting",
        published="2024-05-10T00:26:00+08:00",
    ),
    case(
        "第二届数字经济博览会将于9月10日至12日在青岛举行。",
        [("第二届数字经济博览会", "2024-09-10/2024-09-12", None)],
        id="written-future-expo-with-range",
    ),
    case(
        "6月3日，省委常委会召开会议，传达学习重要讲话精神。",
        [("会议", "2024-06-03", "省委常委会")],
        id="written-bare-meeting",
    ),
    case(
        "中国国际贸易促进委员会6月4日举办了“走进山东”推介会。",
        [("“走进山东”推介会", "2024-06-04", "中国国际贸易促进委员会")],
        id="written-subject-before-day",
    ),
    case(
        "记者6月3日从省工信厅获悉，第三届中国（济南）国际数字经济博览会将于7月举行。",
        [("第三届中国（济南）国际数字经济博览会", "2024-07", None)],
        id="written-date-of-the-verb-not-of-the-report",
    ),
    case(
        "6月1日，“好品山东”品牌推广活动启动仪式在青岛举行。",
        [("“好品山东”品牌推广活动启动仪式", "2024-06-01", None)],
        id="written-ceremony-of-an-activity",
    ),
    case(
        "6月6日上午，山东省人民政府新闻办公室召开新闻发布会，介绍有关情况。",
        [("新闻发布会", "2024-06-06", "山东省人民政府新闻办公室")],
        id="written-plain-press-conference",
    ),
    case(  # 在<day>的<name>上: the name starts after 的
        "商务部新闻发言人何亚东在4月11日的例行新闻发布会上说，外资同比下降。",
        [("例行新闻发布会", "2024-04-11", None)],
        id="policy-at-dated-briefing",
    ),
    # Guards: no date in the sentence, or no occasion.
    case(
        "近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。日前，省工信厅召开全省工业经济运行调度会。",
        [],
        id="guard-vague-dates",
    ),
    case(
        "要深入贯彻习近平总书记在新时代推动西部大开发座谈会上的重要讲话精神。",
        [],
        id="xinhua-guard-referenced-meeting-without-date",
    ),
    case(
        "今年以来，全省举办各类招聘活动500余场。6月3日，各地召开多场座谈会。",
        [],
        id="guard-kinds-of-occasions",
    ),
    case(
        "6月3日，省商会成立。法国各工会号召10日继续举行全国跨行业大罢工及游行。",
        [],
        id="guard-bodies-and-strikes-are-not-occasions",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_extract(text: str, published: str | None, expected: list[Row]) -> None:
    assert events_of([text], published) == expected


def test_rule_names_the_form() -> None:
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=[SEED_0]))
    assert [f.rule for f in extract(doc)] == ["event.active"]


def test_no_publication_time_leaves_the_day_open() -> None:
    assert events_of(["6月3日，省委常委会召开会议。"], None) == []


@pytest.mark.xfail(
    strict=True, reason="an occasion dated only by 当天 in a later sentence is missed"
)
def test_event_dated_by_a_later_sentence() -> None:
    text = "省工信厅举办了数字经济论坛。6月3日当天，共有500人参加。"
    assert events_of([text]) == [("数字经济论坛", "2024-06-03", "省工信厅")]


def test_documents_do_not_share_state() -> None:
    first = ["新华社巴黎12月9日电 法国9日再次爆发大罢工。"]
    second = ["18日，省政府召开常务会议。"]
    alone = events_of(second)
    events_of(first, "2019-12-10T07:57:40+08:00")
    assert events_of(second) == alone == [("常务会议", "2024-05-18", "省政府")]
