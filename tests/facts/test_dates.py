"""Dates: resolve_date and the date facts of a body (facts/dates.py).

Tables of (sentence, publication time, expected [(text, value)]) — the seed article, sentences
copied from the realworld bodies (site in the case id), sentences written for the hard cases of
the issue, and false-positive guards. Expectations were worked out by hand from each sentence.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from seed_body import SEED_BODY

from policyextract.facts import extract_facts
from policyextract.facts.dates import Date, extract, resolve_date
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment
from policyextract.simplify import write_back

PUBLISHED = "2024-06-07T17:25:36+08:00"
BASE = datetime(2024, 6, 7, 17, 25, 36, tzinfo=timezone(timedelta(hours=8)))

# The seed article's paragraphs 0, 1 and 4, character-exact (ASCII commas and parentheses).
SEED_0 = SEED_BODY[0]
SEED_1 = SEED_BODY[1]
SEED_2 = SEED_BODY[2]
SEED_4 = SEED_BODY[4]


def dates_of(paragraphs: list[str], published: str | None = PUBLISHED) -> list[Date]:
    doc = segment(Article(metadata=Metadata(published=published), body=paragraphs))
    facts = extract(doc)
    if (
        doc.written is not None
    ):  # matched narrowed (１９９８ as 1998): written as the page writes it
        write_back(facts, doc)
    for fact in facts:
        assert isinstance(fact, Date)
        assert paragraphs[fact.paragraph][fact.start : fact.end] == fact.text
    return [f for f in facts if isinstance(f, Date)]


def pairs(paragraphs: list[str], published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in dates_of(paragraphs, published)]


# --- resolve_date: the contract others call ------------------------------------------------------

RESOLVE = [
    ("去年", "2023"),
    ("今年", "2024"),
    ("明年", "2025"),
    ("前年", "2022"),
    ("到2025年", "2025"),
    ("6月7日", "2024-06-07"),
    ("6月7日下午", "2024-06-07"),
    ("上月", "2024-05"),
    ("本月", "2024-06"),
    ("7月份", "2024-07"),
    ("2025年底", "2025-12"),
    ("2025年末", "2025-12"),
    ("今年年底", "2024-12"),
    ("2024年5月", "2024-05"),
    ("2019年9月18日", "2019-09-18"),
    ("二〇二五年", "2025"),
    ("昨天", "2024-06-06"),
    ("今天", "2024-06-07"),
    ("前4个月", "2024-01/2024-04"),
    ("今年前两个月", "2024-01/2024-02"),
    ("1—4月", "2024-01/2024-04"),
    ("2010年至2020年", "2010/2020"),
    ("2021—2025年", "2021/2025"),
    ("5月7日至9日", "2024-05-07/2024-05-09"),
    ("2019年10月至2020年9月", "2019-10/2020-09"),
    ("上半年", "2024-01/2024-06"),
    ("去年下半年", "2023-07/2023-12"),
    ("一季度", "2024-01/2024-03"),
    ("前三季度", "2024-01/2024-09"),
    ("2023年第四季度", "2023-10/2023-12"),
    ("9月上旬", "2024-09"),
    ("本周", "2024-06-03/2024-06-09"),
    # Weekdays (publication: Friday 2024-06-07): with 上/本/下 in that week, alone the last
    # such day up to the publication.
    ("本周三", "2024-06-05"),
    ("上周五", "2024-05-31"),
    ("下周一", "2024-06-10"),
    ("下个星期二", "2024-06-11"),
    ("周四", "2024-06-06"),
    ("星期五", "2024-06-07"),
    ("周六", "2024-06-01"),
    ("每周三", None),
    # Two-digit years only before a month or a part of the year.
    ("24年上半年", "2024-01/2024-06"),
    ("23年12月", "2023-12"),
    ("98年底", "1998-12"),
    # Decades: a bare one from the 30s on is the 1900s; 20年代 alone is unclear.
    ("上世纪90年代", "1990/1999"),
    ("20世纪80年代", "1980/1989"),
    ("1980年代", "1980/1989"),
    ("本世纪20年代", "2020/2029"),
    ("80年代初", "1980/1989"),
    ("6月7至9日", "2024-06-07/2024-06-09"),
    ("一季度末", "2024-03"),
    ("前三季度末", "2024-09"),
    ("二〇二四年六月七日", "2024-06-07"),
    ("十二月三十一日", "2024-12-31"),
    ("2024年6月7日—8日", "2024-06-07/2024-06-08"),
    ("6月7日-6月9日", "2024-06-07/2024-06-09"),
    ("3日至5日", "2024-06-03/2024-06-05"),
    ("2024-6-7", "2024-06-07"),
    ("2023年度", "2023"),
    ("每年3月", None),  # recurring
    ("每月15日", None),
    ("去年同期", "2023"),  # no period spoken of before it: the year
    ("2月30日", None),  # no such day
    ("近年来", None),
    ("目前", None),
]


@pytest.mark.parametrize(("expression", "expected"), RESOLVE)
def test_resolve_date(expression: str, expected: str | None) -> None:
    assert resolve_date(expression, BASE) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("去年", None),
        ("6月7日", None),
        ("上月", None),
        ("2025年", "2025"),
        ("2019年9月18日", "2019-09-18"),
    ],
)
def test_resolve_date_without_base_leaves_relative_forms_open(
    expression: str, expected: str | None
) -> None:
    assert resolve_date(expression, None) == expected


# --- extract: every date of a body ---------------------------------------------------------------


def case(
    paragraphs: list[str],
    expected: list[tuple[str, str | None]],
    id: str,
    published: str | None = PUBLISHED,
) -> object:
    return pytest.param(paragraphs, published, expected, id=id)


CASES = [
    case([SEED_0], [("6月7日", "2024-06-07")], id="seed-press-conference"),
    case([SEED_1], [("去年", "2023"), ("2025年", "2025")], id="seed-2025-not-2025-01"),
    case([SEED_2], [], id="seed-vague-words-and-durations"),
    case([SEED_4], [("今年", "2024"), ("今年", "2024")], id="seed-this-year-twice"),
    case(
        [
            "4月份，全国居民消费价格同比上涨0.3%。1\xad\xad—4月平均，全国居民消费价格比上年同期上涨0.1%。"
        ],
        [
            ("4月份", "2024-04"),
            ("1\xad\xad—4月", "2024-01/2024-04"),
            ("上年同期", "2023-01/2023-04"),
        ],
        id="stats.gov-soft-hyphen-range-and-same-period",
    ),
    case(
        [
            "神舟九号飞船2012年6月16日发射入轨后，经过4次变轨，于18日14时14分成功实现了与天宫一号目标飞行器"
            "的自动交会对接，形成组合体。"
        ],
        [("2012年6月16日", "2012-06-16"), ("18日", "2012-06-18")],
        id="cmse-bare-day-in-named-month-no-clock-no-names",
    ),
    case(
        [
            "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。",
            "9日的罢工是继5日80万多人参与的全国跨行业大罢工后的第二轮向政府施压行动。当天大巴黎地区交通几乎完全瘫痪。",
        ],
        [
            ("12月9日", "2019-12-09"),
            ("9日", "2019-12-09"),
            ("9日", "2019-12-09"),
            ("5日", "2019-12-05"),
            ("当天", "2019-12-09"),
        ],
        id="xinhua-dateline-and-same-day-is-the-sentence-topic",
        published="2019-12-10T07:57:40+08:00",
    ),
    case(
        [
            "当地时间9月16日下午，2019年山西品牌丝路行（南美站）活动在巴西圣保罗正式启动。",
            "当天下午，省贸促会分别与巴西圣保罗州工业联合会等签署合作协议。",
        ],
        [("9月16日", "2019-09-16"), ("2019年", "2019"), ("当天", "2019-09-16")],
        id="shanxi-same-day-next-paragraph",
        published="2019-09-18T06:23:00+08:00",
    ),
    case(
        [
            "据Wind资讯数据，2019年上半年，龙湖集团的销售毛利率和净利率分别较去年同期下滑4.51个百分点。"
        ],
        [("2019年上半年", "2019-01/2019-06"), ("去年同期", "2018-01/2018-06")],
        id="caijing-half-year-same-period",
        published="2019-09-07T13:43:45+08:00",
    ),
    case(
        [
            "第三方数据行业从2013、2014年就开始兴起，在2017-2018年左右迎来大爆发。截至2018年底，累计客户数量增长。"
        ],
        [
            ("2013", "2013"),
            ("2014年", "2014"),
            ("2017-2018年", "2017/2018"),
            ("2018年底", "2018-12"),
        ],
        id="qq-year-list-range-and-year-end",
    ),
    case(
        ["龙湖集团2016年至2018年间的营业支出分别为多少。"],
        [("2016年至2018年", "2016/2018")],
        id="caijing-year-range-without-jian",
    ),
    case(
        ["中共中央政治局常委、国务院总理李强5月7日至9日在新疆调研。"],
        [("5月7日至9日", "2024-05-07/2024-05-09")],
        id="xinhua-day-range",
    ),
    case(
        [
            "“今年3月，习近平总书记主持召开新时代推动中部地区崛起座谈会。2022年起，河南启动建设示范区。"
        ],
        [("今年3月", "2024-03"), ("2022年", "2022")],
        id="people-relative-year-with-month",
    ),
    case(
        [
            "2020年高考填报志愿时，刘佳芸选择了“养老服务管理”专业，当年这个专业在全国首次招收本科生。"
        ],
        [("2020年", "2020"), ("当年", "2020")],
        id="cyol-that-year",
    ),
    case(
        ["2023年12月至次年2月，全省开展行动。2019年10月，教育部发文；同年12月，上海开设专业。"],
        [
            ("2023年12月", "2023-12"),
            ("次年2月", "2024-02"),
            ("2019年10月", "2019-10"),
            ("同年12月", "2019-12"),
        ],
        id="written-next-year-and-same-year",
    ),
    case(
        ["上海从2018年年初开始试点。不仅如此，今年9月，学校将开设新专业。"],
        [("2018年年初", "2018-01"), ("今年9月", "2024-09")],
        id="cyol-year-start-and-this-september",
    ),
    case(
        ["预计欧洲央行将在9月采取行动，但可能会推迟到10月或12月宣布。"],
        [("9月", "2024-09"), ("10月", "2024-10"), ("12月", "2024-12")],
        id="sina-bare-months",
    ),
    case(
        ["2023年全省工业增加值增长5%，其中12月份增长6%。"],
        [("2023年", "2023"), ("12月份", "2023-12")],
        id="month-takes-the-year-of-its-sentence",
    ),
    case(
        # Outside the sentence, a month still to come in the publication's year (December, read
        # in June 2024) is of the story's earlier year: a figure already reported for it.
        ["2023年全省工业增加值增长5%。12月份增长6%。"],
        [("2023年", "2023"), ("12月份", "2023-12")],
        id="month-outside-the-sentence-after-publication-takes-the-story-year",
    ),
    case(
        # One already past in the publication's year keeps that year.
        ["2023年全省工业增加值增长5%。3月份增长6%。"],
        [("2023年", "2023"), ("3月份", "2024-03")],
        id="month-outside-the-sentence-takes-the-publication-year",
    ),
    case(
        ["前4个月，全省进出口总值增长8%，比去年同期提高2个百分点。"],
        [("前4个月", "2024-01/2024-04"), ("去年同期", "2023-01/2023-04")],
        id="first-months-and-same-period",
    ),
    case(
        ["上月，全市新增企业500家；本月15日起实施新办法；明年将继续推进，前年已启动。"],
        [("上月", "2024-05"), ("本月15日", "2024-06-15"), ("明年", "2025"), ("前年", "2022")],
        id="relative-months-and-years",
    ),
    case(
        ["5月份，全国居民消费价格同比上涨0.3%，环比下降0.1%，上月为下降0.1%。"],
        [("5月份", "2024-05"), ("上月", "2024-04")],
        id="last-month-of-the-reported-month",
    ),
    case(
        ["3月份，规上工业增加值比上月加快1.2个百分点，下月将发布一季度数据。"],
        [
            ("3月份", "2024-03"),
            ("上月", "2024-02"),
            ("下月", "2024-04"),
            ("一季度", "2024-01/2024-03"),
        ],
        id="relative-months-count-from-the-sentence-month",
    ),
    case(
        ["3月份，全市新增企业800家。上月新增企业500家。"],
        [("3月份", "2024-03"), ("上月", "2024-05")],
        id="relative-month-in-a-sentence-naming-none-counts-from-publication",
    ),
    case(
        ["昨天下午，会议在济南召开；今天上午继续；在9月9日当天完成销售。"],
        [
            ("昨天", "2024-06-06"),
            ("今天", "2024-06-07"),
            ("9月9日", "2024-09-09"),
            ("当天", "2024-09-09"),
        ],
        id="relative-days-without-time-of-day",
    ),
    case(
        ["力争到2025年底，全省规上工业企业数字化转型全覆盖，二〇三〇年基本实现。"],
        [("2025年底", "2025-12"), ("二〇三〇年", "2030")],
        id="future-years-are-dates",
    ),
    case(
        [
            "报道称，周四，黄金周正式开启。早在周三晚上，民众就踏上出行之路。世界银行周一预测经济增长。"
        ],
        [("周四", "2020-10-01"), ("周三", "2020-09-30"), ("周一", "2020-09-28")],
        id="chinanews-weekdays-are-the-last-such-days",
        published="2020-10-04T20:30:00+08:00",
    ),
    case(
        ["2023年全省地区生产总值比上年增长5.2%，上年末常住人口增加。"],
        [("2023年", "2023"), ("上年", "2022"), ("上年末", "2022-12")],
        id="previous-year-of-the-sentence-year",
    ),
    case(
        ["2018年设计业销售收入比2017年增长21.5%，增速比上年的26.1%回落4.6个百分点。"],
        [("2018年", "2018"), ("2017年", "2017"), ("上年", "2017")],
        id="sina-previous-year-counts-back-from-the-sentence-topic",
        published="2019-09-07T15:10:53+08:00",
    ),
    case(
        ["2023年12月，全省新增企业500家，当月出口比上年同期增长3%。"],
        [("2023年12月", "2023-12"), ("当月", "2023-12"), ("上年同期", "2022-12")],
        id="that-month-is-the-month-last-named",
    ),
    case(
        ["当月，全省新增企业1000家。20年代的经济发展。"],
        [],
        id="guard-that-month-and-decade-without-a-base",
    ),
    case(
        ["1—4月，全省出口与去年同期相比增长3%。"],
        [("1—4月", "2024-01/2024-04"), ("去年同期", "2023-01/2023-04")],
        id="same-period-in-jiebas-tongqi-xiangbi",
    ),
    case(
        ["当天上午，会议召开。今年夏天，全省开展行动。"],
        [("当天", "2024-06-07"), ("今年", "2024")],
        id="same-day-without-a-day-named-is-the-news-day-and-jiebas-jinnian-xiatian",
    ),
    case(
        ["6、7月份，全省降雨偏多，6月中下旬尤甚。"],
        [("6", "2024-06"), ("7月份", "2024-07"), ("6月中下旬", "2024-06")],
        id="month-list-and-mid-late-month",
    ),
    case(
        ["全省GDP比上年增长5.2%。"],
        [("上年", "2023")],
        id="previous-year-without-a-year-is-before-publication",
    ),
    case(
        ["今年首季经济增长2.7%，比去年第四季的2.2%高。第三季出口增长，首季度亦然。"],
        [
            ("今年首季", "2024-01/2024-03"),
            ("去年第四季", "2023-10/2023-12"),
            ("第三季", "2024-07/2024-09"),
            ("首季度", "2024-01/2024-03"),
        ],
        id="quarters-written-as-ji-in-hong-kong-taiwan-and-singapore",
    ),
    case(
        ["依法对其行政拘留5日，并处罚款500元；给予行政拘留10日的处罚。他于5日被行政拘留。"],
        [("5日", "2024-06-05")],
        id="terms-of-detention-are-no-dates",
    ),
    case(
        ["2023—2024学年，全省在校生100万人；2024-2025学年度第一学期开学。"],
        [("2023—2024学年", "2023/2024"), ("2024-2025学年度", "2024/2025")],
        id="school-years-are-their-two-years",
    ),
    case(
        ["在《爱情公寓》第二季第七集中，他率队首季征战英超，一年四季。"],
        [],
        id="guard-seasons-of-shows-and-leagues",
    ),
    case(
        ["全省粮食产量比上年增加12万吨，油料产量比上年增加3万吨，蔬菜产量比上年增长2.1%。"],
        [("上年", "2023"), ("上年", "2023"), ("上年", "2023")],
        id="previous-year-never-counts-back-from-another-previous-year",
    ),
    # False-positive guards: clock times, vague words, durations, names, ordinals, counts of years.
    case(
        [
            "近年来，目前，近日，当前，日前，近3年，近4年来，三年来，年内，当年，第二批，3个月，连续5日，5日内。"
        ],
        [],
        id="guard-vague-words-and-durations",
    ),
    case(
        [
            "天宫一号与神舟九号组合体分离，八一广场，9号线，“海葵一号”12时48分接触，设计寿命30年，价格100日元。"
        ],
        [],
        id="guard-names-clock-times-and-yen",
    ),
    case(
        ["去年，省政府印发《山东省制造业数字化转型行动方案（2022—2025年）》和《2023年工作要点》。"],
        [("去年", "2023")],
        id="guard-years-inside-document-titles-are-names",
    ),
    case(
        ["这相当天然，美国10年期国债收益率，近2000年的历史，计划到2025年初步形成。"],
        [("2025年", "2025")],
        id="guard-words-across-jieba-words",
    ),
    case(
        [
            "窗口周一至周五办理业务，每周三集中审批。会议于6月3日（星期一）召开。公司成立24年来发展迅速。"
        ],
        [("6月3日", "2024-06-03")],
        id="guard-timetables-weekday-of-a-date-and-short-durations",
    ),
    case(
        ["这座古城有2000年历史，本周一起讨论保护方案。"],
        [("本周", "2024-06-03/2024-06-09")],
        id="guard-years-of-history-and-yiqi-together",
    ),
    case(
        ["厂房于１９９８年建成，２０２３年１１月２０日停产，今年前５个月无产出。"],
        [
            ("１９９８年", "1998"),
            ("２０２３年１１月２０日", "2023-11-20"),
            ("今年前５个月", "2024-01/2024-05"),
        ],
        id="full-width-digits-are-digits",
    ),
    case(
        ["大年初一至年初五，景区客流大增；年初一批项目已开工，年初制定的计划正在落实。"],
        [("年初", "2024-01"), ("年初", "2024-01")],
        id="guard-lunar-new-year-days-are-no-january",
    ),
    case(
        ["上周新增病例较上上周减少，上上个月的数据下下周公布。"],
        [
            ("上周", "2024-05-27/2024-06-02"),
            ("上上周", "2024-05-20/2024-05-26"),
            ("上上个月", "2024-04"),
            ("下下周", "2024-06-17/2024-06-23"),
        ],
        id="two-weeks-or-months-back-and-ahead",
    ),
    case(
        ["卫生部门今（7）日公布，昨(6日)新增病例3例；该局5日曾发布提醒。"],
        [("今（7）日", "2024-06-07"), ("昨(6日)", "2024-06-06"), ("5日", "2024-06-05")],
        id="relative-day-with-its-day-in-brackets",
    ),
    case(
        ["6月3日起，镇上的老人回忆起当年的供销社。2019年5月，工厂投产，同年12月扩建。"],
        [("6月3日", "2024-06-03"), ("2019年5月", "2019-05"), ("同年12月", "2019-12")],
        id="that-year-needs-a-year-written",
    ),
    case(
        ["今年元月5日召开年会，元月份销量回升，美元月均汇率持平。"],
        [("今年元月5日", "2024-01-05"), ("元月份", "2024-01")],
        id="yuanyue-is-january",
    ),
    case(
        ["3、4和5月出口回升，1月8、9日召开年会。"],
        [
            ("3", "2024-03"),
            ("4", "2024-04"),
            ("5月", "2024-05"),
            ("1月8", "2024-01-08"),
            ("9日", "2024-01-09"),
        ],
        id="months-and-days-of-a-list",
    ),
    case(
        ["昨晚8时，大桥合龙；今晨车辆试通行，明晚举行通车仪式。他订阅了《今晚报》。"],
        [("昨晚", "2024-06-06"), ("今晨", "2024-06-07"), ("明晚", "2024-06-08")],
        id="a-day-and-its-part-in-one-word",
    ),
    case(
        ["景区将于除夕当日，即2月9日闭园。"],
        [("当日", "2024-02-09"), ("2月9日", "2024-02-09")],
        id="a-relative-day-explained-by-ji",
    ),
    case(
        ["去年5月2日，患者入院。5月3日病情加重，5月4日转院。新规将于8月1日起施行。"],
        [
            ("去年5月2日", "2023-05-02"),
            ("5月3日", "2023-05-03"),
            ("5月4日", "2023-05-04"),
            ("8月1日", "2024-08-01"),
        ],
        id="a-story-told-in-an-earlier-year-goes-on-in-that-year",
        published="2024-04-20T09:00:00+08:00",
    ),
    case(
        ["此前，该公司曾于2023年11月发行债券。", "评级机构5日下调该公司评级，称其偿债能力减弱。"],
        [("2023年11月", "2023-11"), ("5日", "2024-06-05")],
        id="a-bare-day-of-a-new-paragraph-is-not-of-a-past-episode",
    ),
]


@pytest.mark.parametrize(("paragraphs", "published", "expected"), CASES)
def test_extract(
    paragraphs: list[str], published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(paragraphs, published) == expected


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [
        pytest.param(
            ["新华社巴黎12月9日电 法国9日再次爆发大罢工。"],
            "2019-12-10T07:57:40+08:00",
            [("12月9日", "2019-12-09"), ("9日", "2019-12-09")],
            id="xinhua-2019",
        ),
        pytest.param(
            ["美国联邦储备委员会14日宣布维持利率不变。这是美联储自去年年初以来首次暂停加息。"],
            "2023-06-15T08:10:00+08:00",
            [("14日", "2023-06-14"), ("去年年初", "2022-01")],
            id="xinhua-bare-day-before-publication-day",
        ),
        pytest.param(
            ["12月28日，会议召开。11—12月，出口增长。9月，展会将在济南举行。"],
            "2024-01-05T10:00:00+08:00",
            [("12月28日", "2023-12-28"), ("11—12月", "2023-11/2023-12"), ("9月", "2024-09")],
            id="december-in-a-january-article-is-last-year",
        ),
        pytest.param(
            ["1-12月，工业增加值增长4.6%，四季度增长5.1%，前三季度增长4.0%。截至年底，企业100家。"],
            "2024-01-17T10:00:00+08:00",
            [
                ("1-12月", "2023-01/2023-12"),
                ("四季度", "2023-10/2023-12"),
                ("前三季度", "2023-01/2023-09"),
                ("年底", "2023-12"),
            ],
            id="spans-of-last-year-in-a-january-article",
        ),
        pytest.param(
            ["上半年，计划开工100个，一季度力争开工30个。下半年，全市将继续推进。力争年底前完成。"],
            "2024-01-17T10:00:00+08:00",
            [
                ("上半年", "2024-01/2024-06"),
                ("一季度", "2024-01/2024-03"),
                ("下半年", "2024-07/2024-12"),
                ("年底", "2024-12"),
            ],
            id="spans-told-ahead-in-a-january-article-are-this-year",
        ),
        pytest.param(
            ["1月1日起，新修订的条例将正式施行。1月份，全市将启动春运。1月，全市完成投资10亿元。"],
            "2024-12-27T10:00:00+08:00",
            [("1月1日", "2025-01-01"), ("1月份", "2025-01"), ("1月", "2024-01")],
            id="january-told-ahead-in-a-december-article-is-next-year",
        ),
        pytest.param(
            [
                "入境人员须居家健康监测7日，可在华停留15日，超过30日的须申报，活动为期5日。",
                "外国游客在广东可逗留6日，可在海南停留最长30日。",
            ],
            "2024-05-20T10:00:00+08:00",
            [],
            id="counts-of-days-after-a-stay-a-watch-or-a-bound-are-no-dates",
        ),
        pytest.param(
            ["网购商品支持7日无理由退货。会议于7日召开。"],
            "2024-05-20T10:00:00+08:00",
            [("7日", "2024-05-07")],
            id="days-of-no-questions-returns-are-no-date",
        ),
        pytest.param(
            ["今年首5个月共录得48宗。首3个月，本港出口增长5%。该股上市首3个月涨了50%。"],
            "2024-06-20T10:00:00+08:00",
            [("今年首5个月", "2024-01/2024-05"), ("首3个月", "2024-01/2024-03")],
            id="hong-kong-first-months-after-a-year-or-opening-a-clause",
        ),
        pytest.param(
            [
                "今年上半年，旅游收入增长，比2019年同期增长12%。该公司2021年营收120亿元，上年同期为98亿元。"
            ],
            "2024-07-20T10:00:00+08:00",
            [
                ("今年上半年", "2024-01/2024-06"),
                ("2019年同期", "2019-01/2019-06"),
                ("2021年", "2021"),
                ("上年同期", "2020"),
            ],
            id="same-period-of-a-year-written-and-of-the-year-before-the-sentence",
        ),
        pytest.param(
            [
                "2023年，全省收入216784亿元。其中，上半年收入10万亿元。年末，债务余额15.9万亿元。"
                "5月，首批项目开工。今年一季度增长3%。下半年，全市将继续推进。"
            ],
            "2024-05-20T10:00:00+08:00",
            [
                ("2023年", "2023"),
                ("上半年", "2023-01/2023-06"),
                ("年末", "2023-12"),
                ("5月", "2023-05"),
                ("今年一季度", "2024-01/2024-03"),
                ("下半年", "2024-07/2024-12"),
            ],
            id="a-paragraph-opening-with-an-earlier-year-reports-that-year",
        ),
        pytest.param(
            [
                "年末，全国社会保障卡持卡人数13.8亿人，比上年末增加2000万人。四季度，社会消费品零售总额增长。"
            ],
            "2024-01-25T10:00:00+08:00",
            [("年末", "2023-12"), ("上年末", "2022-12"), ("四季度", "2023-10/2023-12")],
            id="society-is-no-modal-and-last-year-end-counts-back-from-the-year-end",
        ),
        pytest.param(
            ["较计划工期提前两个月完成。今年前4个月，出口增长。"],
            "2024-06-20T10:00:00+08:00",
            [("今年前4个月", "2024-01/2024-04")],
            id="ahead-of-schedule-is-no-first-months",
        ),
        pytest.param(
            [
                "8月12日，全市启动为期三个月的专项整治行动。",
                "条例自今年5月1日起施行以来，头盔佩戴率由65%提升至87%。",
                "当天下午，交警支队在实验中学举行交通安全进校园活动。",
            ],
            "2024-08-13T10:00:00+08:00",
            [("8月12日", "2024-08-12"), ("今年5月1日", "2024-05-01"), ("当天", "2024-08-12")],
            id="the-day-a-rule-takes-effect-is-no-day-of-the-story",
        ),
        pytest.param(
            [
                "2023年，全市GDP比上年增长5.5%。年末，全市常住人口1280万人。",
                "2023年，全市GDP比2019年增长20%，5月份增速最快。",
                "2023年1-11月，全市投资增长6.8%，11月当月增长7.2%。",
                "2022年全市CPI比上年上涨2%，2023年比上年上涨0.5%。",
            ],
            "2024-06-05T10:00:00+08:00",
            [
                ("2023年", "2023"),
                ("上年", "2022"),
                ("年末", "2023-12"),
                ("2023年", "2023"),
                ("2019年", "2019"),
                ("5月份", "2023-05"),
                ("2023年1-11月", "2023-01/2023-11"),
                ("11月", "2023-11"),
                ("当月", "2023-11"),
                ("2022年", "2022"),
                ("上年", "2021"),
                ("2023年", "2023"),
                ("上年", "2022"),
            ],
            id="a-comparison-base-is-no-year-of-the-story",
        ),
        pytest.param(
            [
                "1-11月，全市已将85个项目纳入库。四季度，全市将近30个项目开工。年底前，全市已完成改造。"
            ],
            "2024-01-15T10:00:00+08:00",
            [("1-11月", "2023-01/2023-11"), ("四季度", "2023-10/2023-12"), ("年底", "2023-12")],
            id="reviews-with-jiang-jin-or-done-are-last-year",
        ),
        pytest.param(
            ["一季度，全市将集中开工重大项目60个。自1月1日起施行以来，该条例已受理案件500件。"],
            "2024-12-18T10:00:00+08:00",
            [("一季度", "2025-01/2025-03"), ("1月1日", "2024-01-01")],
            id="early-spans-told-ahead-in-december-are-next-year-not-since-then",
        ),
        pytest.param(
            ["2023年，全市GDP增长5%。增速比上年同期提高2个百分点。"],
            "2024-06-21T10:00:00+08:00",
            [("2023年", "2023"), ("上年同期", "2022")],
            id="last-years-same-period-after-a-paragraphs-opening-year",
        ),
        pytest.param(
            ["联邦储备委员会30日宣布加息。"],
            "2024-07-02T08:00:00+08:00",
            [("30日", "2024-06-30")],
            id="bare-day-after-publication-day-is-last-month",
        ),
        pytest.param(
            ["去年，今年3月，6月7日，当天，2019年9月18日，2025年。"],
            None,
            [
                ("去年", None),
                ("今年3月", None),
                ("6月7日", None),
                ("当天", None),
                ("2019年9月18日", "2019-09-18"),
                ("2025年", "2025"),
            ],
            id="no-publication-time-no-relative-values",
        ),
    ],
)
def test_extract_with_publication(
    paragraphs: list[str], published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(paragraphs, published) == expected


def test_rules_are_named() -> None:
    rules = {f.rule for f in dates_of([SEED_0, SEED_1])}
    assert rules == {"date.month_day", "date.relative_year", "date.year"}


def test_today_in_a_quoted_report() -> None:
    """今天 explained by a bracketed date is that date (a quoted report's day)."""
    text = "报道称，从今天（10月1日）到下周四，中国预计将有6亿人次出行。"
    assert pairs([text], "2020-10-04T20:30:00+08:00") == [
        ("今天", "2020-10-01"),
        ("10月1日", "2020-10-01"),
        ("下周四", "2020-10-08"),
    ]


def test_documents_do_not_share_state() -> None:
    first, second = [SEED_0, SEED_1], ["新华社巴黎12月9日电 法国9日再次爆发大罢工。当天交通瘫痪。"]
    alone = pairs(second, "2019-12-10T07:57:40+08:00")
    pairs(first)
    assert pairs(second, "2019-12-10T07:57:40+08:00") == alone


def traditional_pairs(text: str, published: str) -> list[tuple[str, str | None]]:
    """The dates of a traditional page (matched in simplified script, written as on the page)."""
    meta = Metadata(published=published, language="zh-Hant")
    facts = extract_facts(segment(Article(metadata=meta, body=[text])))
    return [(f.text, f.value) for f in facts if isinstance(f, Date)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "該案於八十九年三月起訴，一百零二年五月二日宣判。",
            "2014-01-20T10:00:00+08:00",
            [("八十九年三月", "2000-03"), ("一百零二年五月二日", "2013-05-02")],
            id="republic-years-in-chinese-numerals",
        ),
        pytest.param(
            "工程歷時三十年，九月完工。",
            "2014-01-20T10:00:00+08:00",
            [("九月", "2014-09")],
            id="guard-thirty-years-is-a-duration",
        ),
    ],
)
def test_traditional_pages(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert traditional_pairs(text, published) == expected


def test_chinese_numeral_years_are_taiwan_only() -> None:
    assert pairs(["该案于八十九年三月起诉。"]) == []


# Sixteenth session (agriculture probe): a range of months with a part of each month written is one
# interval of those months (5月下旬至6月上旬 was two dates), as 5月至6月 is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月下旬至6月上旬是小麦收获期。", [("5月下旬至6月上旬", "2024-05/2024-06")]),
        ("5月底至6月，全市开展检查。", [("5月底至6月", "2024-05/2024-06")]),
        ("5月中旬，全市开展检查。", [("5月中旬", "2024-05")]),
    ],
)
def test_month_ranges_with_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in dates_of([text], "2024-06-07T09:00:00+08:00")] == expected


# Sixteenth session (health probe): 前一个月 after a comparison's 较/比 is the month before, no first
# months of the year; 前两个月 opening a clause still is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("门诊量较前一个月增加15.2%。", []),
        ("前两个月，全省销售增长。", [("前两个月", "2024-01/2024-02")]),
    ],
)
def test_month_before_a_comparison(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in dates_of([text], "2024-06-07T09:00:00+08:00")] == expected
