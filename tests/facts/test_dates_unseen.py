"""Dates on pages of unseen sites (issue 10): one table per class of error found on the
realworld-dev sample, each case written fresh in general terms (not copied from the pages), with
both sides of each rule: the form that is now read otherwise, and the near form that stays.

Every case is published on Friday 2024-06-07 (a bare day later than the 7th with no month named
is of May: the dateline rule of facts/dates.py).
"""

from __future__ import annotations

import pytest

from policyextract.facts import extract_facts
from policyextract.facts.dates import Date, extract
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

PUBLISHED = "2024-06-07T17:25:36+08:00"

Pair = tuple[str, str | None]


def pairs(sentence: str) -> list[Pair]:
    """(text, value) of every date of the one-paragraph body ``sentence``, in order."""
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=[sentence]))
    facts = extract(doc)
    for fact in facts:
        assert isinstance(fact, Date)
        assert sentence[fact.start : fact.end] == fact.text
    return [(f.text, f.value) for f in facts if isinstance(f, Date)]


def traditional_pairs(sentence: str) -> list[Pair]:
    """(text, value) of every date of a one-paragraph traditional-script body (zh-Hant: matched
    in simplified script, written back in the page's characters)."""
    metadata = Metadata(published=PUBLISHED, language="zh-Hant")
    facts = extract_facts(segment(Article(metadata=metadata, body=[sentence])))
    dates = [f for f in facts if isinstance(f, Date)]
    for fact in dates:
        assert sentence[fact.start : fact.end] == fact.text
    return [(f.text, f.value) for f in dates]


# 当天/当日 right after an occasion's word (首发当天, 开幕当天, 婚礼当天) is the day of that
# occasion: a date when the text dates it just before (5月20日首发，首发当天) or right after
# (闭幕当日（6月5日）), else none. A 当天 after a subject (股价当天) or a governing word (截至当天)
# keeps its reading: the day last named, else the publication's.
OCCASION_DAY: list[tuple[str, list[Pair]]] = [
    (
        "新版图书于5月20日首发，首发当天书店前排起长队。",
        [("5月20日", "2024-05-20"), ("当天", "2024-05-20")],
    ),
    (
        "展览定于6月2日开幕，开幕当天共接待观众三千人次。",
        [("6月2日", "2024-06-02"), ("当天", "2024-06-02")],
    ),
    (
        "闭幕当日（6月5日），组委会公布了获奖名单。",
        [("当日", "2024-06-05"), ("6月5日", "2024-06-05")],
    ),
    ("婚礼当天，即5月18日，天气晴好。", [("当天", "2024-05-18"), ("5月18日", "2024-05-18")]),
    ("新款手机上市当日，门店销量翻了一番。", []),
    ("比赛当天风雨交加，选手们仍坚持完赛。", []),
    ("5月3日，球队抵达北京。比赛当天，主场座无虚席。", [("5月3日", "2024-05-03")]),
    ("消息公布后，该公司股价当天下跌7%。", [("当天", "2024-06-07")]),
    ("截至当天收盘，沪指上涨1.2%。", [("当天", "2024-06-07")]),
    ("6月3日当天，全市降雨明显。", [("6月3日", "2024-06-03"), ("当天", "2024-06-03")]),
]

# A bare day count before the name of a period (15日上诉期限, 7日公示期, 10日犹豫期, 30日期限) is
# the period's length; 15日内 was one already. A day before a verb that holds 期 (到期, 延期), a
# weekday (星期日) or 期间 after an event (会议期间) stays a date.
PERIOD_LENGTH: list[tuple[str, list[Pair]]] = [
    ("当事人可在15日上诉期限内提出上诉。", []),
    ("拟任人选将经过7日公示期，接受群众监督。", []),
    ("投保人享有10日犹豫期。", []),
    ("申请人应在30日期限内补正材料。", []),
    ("企业须在15日内完成整改。", []),
    ("该笔贷款已于5日到期。", [("5日", "2024-06-05")]),
    ("活动因雨于6日延期。", [("6日", "2024-06-06")]),
    ("4日会议期间，代表们提交了议案。", [("4日", "2024-06-04")]),
    ("节目于2日星期日晚播出。", [("2日", "2024-06-02")]),
]

# 今日 opening a medium's name is no date: 今日 followed, with no break, by an outlet word
# (头条, 早报, 新闻网, 电视台, 频道, 杂志…), or by one noun and then one (今日美国报). Before any
# other word — a part of the day, a verb (落网), 报道, 网上, 新闻发布会 — it is today.
OUTLET_NAME: list[tuple[str, list[Pair]]] = [
    ("据今日新闻网报道，当地已恢复供电。", []),
    ("这段视频在今日头条上播放量过亿。", []),
    ("他曾接受今日早报记者采访。", []),
    ("今日俄罗斯电视台播出了这段采访。", []),
    ("今日家庭报刊登了一封读者来信。", []),
    ("今日新闻发布会上，发言人回答了提问。", [("今日", "2024-06-07")]),
    ("今日报道称，暴雨已致三人受伤。", [("今日", "2024-06-07")]),
    ("嫌疑人今日落网。", [("今日", "2024-06-07")]),
    ("今日上午电视台播出了停水通知。", [("今日", "2024-06-07")]),
    ("今日网上报名人数突破一万。", [("今日", "2024-06-07")]),
]

# 年中 after a year (今年年中, 2025年年中) is read with it, as 年初/年底 are: the two middle months
# of that year. 年中 after a count of years (过去五年中) and 年中 starting a word (2023年中国)
# are none.
MID_YEAR: list[tuple[str, list[Pair]]] = [
    ("今年年中，工厂扩建工程全面完成。", [("今年年中", "2024-06/2024-07")]),
    ("该项目预计2025年年中投产。", [("2025年年中", "2025-06/2025-07")]),
    ("去年年中以来，房价持续回落。", [("去年年中", "2023-06/2023-07")]),
    ("2018年年初，项目正式启动。", [("2018年年初", "2018-01")]),
    ("2023年中国经济增长5.2%。", [("2023年", "2023")]),
    ("在过去五年中，该市新增就业岗位十万个。", []),
    ("今年中考报名人数再创新高。", [("今年", "2024")]),
]

# A month followed by 到期/期满/届满 is when a loan or bond falls due: it is a date, but a later
# bare day is not of that month (nor of its year); a month the story is told in still is.
DUE_MONTH: list[tuple[str, list[Pair]]] = [
    (
        "该批国债将于2027年3月到期，5日起开始认购。",
        [("2027年3月", "2027-03"), ("5日", "2024-06-05")],
    ),
    (
        "这份租赁合同2026年9月期满，房东3日发出了续约通知。",
        [("2026年9月", "2026-09"), ("3日", "2024-06-03")],
    ),
    ("3月到期的存款较6日减少两成。", [("3月", "2024-03"), ("6日", "2024-06-06")]),
    ("2023年3月，公司完成重组，15日正式挂牌。", [("2023年3月", "2023-03"), ("15日", "2023-03-15")]),
]

# A year inside a quoted name of an award, a list, an event or a meeting (“2023年度十大科技人物”,
# “…奖”, “…”奖: no clause punctuation inside, a name word last or 奖/评选/称号 right after the
# quote) is part of the name: no date. Quoted speech (with clause punctuation), a quote that names
# no award or event, a year heading a clause and the leading year of an unquoted name (召开2024年
# 全省教育工作会议, as the realworld gold reads 2019年…活动) stay dates.
NAME_YEAR: list[tuple[str, list[Pair]]] = [
    ("她入选了“2023年度十大科技人物”。", []),
    ("该片荣获“2022年中国电影金鸡奖”最佳编剧。", []),
    ("这一项目获得了“2021年度城市更新优秀案例”奖。", []),
    ("“2020年中国新闻奖”评选结果揭晓。", []),
    ("他获评“广东省2022年度优秀教师”称号。", []),
    ("他说：“2024年是攻坚之年，任务很重。”", [("2024年", "2024")]),
    ("“2023年全市经济平稳运行”是报告的结论。", [("2023年", "2023")]),
    (
        "为表彰2023年度在防汛工作中表现突出的集体，省里召开了大会。",
        [("2023年度", "2023")],
    ),
    ("在2024年全省教育工作会议上，厅长部署了重点任务。", [("2024年", "2024")]),
    ("新款汽车亮相2023年上海国际车展。", [("2023年", "2023")]),
    ("“2022年发展会更快”，他对记者说。", [("2022年", "2022")]),
]
NAME_YEAR_TRADITIONAL: list[tuple[str, list[Pair]]] = [
    ("她獲選為「2023年度十大風雲人物」。", []),
    ("該片奪得「2023年香港電影金像獎」最佳影片。", []),
    ("他說：「2024年是關鍵一年，不能鬆懈。」", [("2024年", "2024")]),
    ("在2024年全港醫療衛生工作會議上，局長提出了目標。", [("2024年", "2024")]),
]

# 昨天/今天/明天 as a figure of speech are no dates: two or three of them standing for different
# days head clauses of one sentence, none followed by a part of the day or a clock time, in a
# sentence that writes no digit; the same words later in the paragraph echo the figure. A word
# with a part of the day (今天上午), one not heading a clause (他将于明天出庭), a sentence with
# figures (35度) and words in different sentences stay dates.
FIGURE_OF_SPEECH: list[tuple[str, list[Pair]]] = [
    ("常言道：昨天是历史，今天是礼物，明天是未知。", []),
    ("今天你不努力学习，明天就得努力找工作。", []),
    ("今天是他，明天就可能是你。后来他说，明天的事谁也说不准。", []),
    (
        "昨天北京最高气温35度，今天降至28度。",
        [("昨天", "2024-06-06"), ("今天", "2024-06-07")],
    ),
    (
        "今天上午，代表团抵达广州，明天将前往深圳。",
        [("今天", "2024-06-07"), ("明天", "2024-06-08")],
    ),
    (
        "警方今天拘捕一名男子，他将于明天出庭。",
        [("今天", "2024-06-07"), ("明天", "2024-06-08")],
    ),
    (
        "昨天，市政府召开会议。今天，各区开始落实。",
        [("昨天", "2024-06-06"), ("今天", "2024-06-07")],
    ),
]
FIGURE_OF_SPEECH_TRADITIONAL: list[tuple[str, list[Pair]]] = [
    ("昨天是別人，今天是我們，明天又會是誰？", []),
    ("老闆說：今天不加班，明天就走人。", []),
    (
        "今天上午，代表團抵達廣州，明天將前往深圳。",
        [("今天", "2024-06-07"), ("明天", "2024-06-08")],
    ),
    (
        "警方今日拘捕一名男子，他將於明日提堂。",
        [("今日", "2024-06-07"), ("明日", "2024-06-08")],
    ),
]

# A bare weekday told ahead is the coming such day, from the publication day on: a word right
# before it puts it so (定于周日, 将于周五), or a future word (将, 即将, 会, 拟) follows in its
# clause or the next with no completed action (了, 已经) or verb of saying (表示, 发布, 预测)
# between. Else it stays the last such day up to publication; 将 before its object is 把.
WEEKDAY_AHEAD: list[tuple[str, list[Pair]]] = [
    ("运动会定于周日开幕。", [("周日", "2024-06-09")]),
    ("新馆周六将正式对外开放。", [("周六", "2024-06-08")]),
    ("周一开学，家长们会提前准备好文具。", [("周一", "2024-06-10")]),
    ("理事会将于周五表决。", [("周五", "2024-06-07")]),
    ("央行周一表示，将继续实施稳健的货币政策。", [("周一", "2024-06-03")]),
    ("该公司周二将竞争对手告上法庭。", [("周二", "2024-06-04")]),
    ("周三发布的数据显示，物价将继续回落。", [("周三", "2024-06-05")]),
    ("他周四已经办完了手续，下月将回国。", [("周四", "2024-06-06"), ("下月", "2024-07")]),
    ("周三的降雨导致多条道路积水。", [("周三", "2024-06-05")]),
]
WEEKDAY_AHEAD_TRADITIONAL: list[tuple[str, list[Pair]]] = [
    ("新館週六將正式開放。", [("週六", "2024-06-08")]),
    ("週日舉行市長選舉，預料投票率會創新高。", [("週日", "2024-06-09")]),
    ("央行週一表示，將維持利率不變。", [("週一", "2024-06-03")]),
    ("該公司週二將兩家同業告上法院。", [("週二", "2024-06-04")]),
]

# Two four-digit years joined by a dash in brackets, with no 年 (三年(2019—2021)过渡期,
# 规划（2021-2025）), are the years of a period, an interval as 2019年至2021年 is. Out of brackets
# (编号2019-2021) or descending they stay no date.
YEAR_RANGE_BRACKETED: list[tuple[str, list[Pair]]] = [
    ("该市设置了三年(2019—2021)过渡期。", [("2019—2021", "2019/2021")]),
    ("十四五规划（2021-2025）提出了目标。", [("2021-2025", "2021/2025")]),
    ("档案编号为2019-2021的文件已归档。", []),
    ("书页（2025—2021）有误。", []),
]
# A weekday after a day and a comma names that day's weekday, as in brackets: no date of its own.
DATED_WEEKDAY: list[tuple[str, list[Pair]]] = [
    ("展会于5月25日，星期六上午开幕。", [("5月25日", "2024-05-25")]),
    ("大会定在六月三号，周一举行。", [("六月三号", "2024-06-03")]),
    ("受台风影响，周一全市停课。", [("周一", "2024-06-03")]),
]
# The year before a holiday is a date although jieba writes them as one word (今年春节); the
# holiday itself names no fixed day.
YEAR_BEFORE_HOLIDAY: list[tuple[str, list[Pair]]] = [
    ("今年春节期间，景区游客明显增加。", [("今年", "2024")]),
    ("去年春节，全市接待游客120万人次。", [("去年", "2023")]),
    ("春节期间，景区游客明显增加。", []),
]
YEAR_RANGE_BRACKETED_TRADITIONAL: list[tuple[str, list[Pair]]] = [
    ("政府設置了三年（2019—2021）過渡期。", [("2019—2021", "2019/2021")]),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *[pytest.param(s, e, id=f"occasion-{i}") for i, (s, e) in enumerate(OCCASION_DAY)],
        *[pytest.param(s, e, id=f"period-{i}") for i, (s, e) in enumerate(PERIOD_LENGTH)],
        *[pytest.param(s, e, id=f"outlet-{i}") for i, (s, e) in enumerate(OUTLET_NAME)],
        *[pytest.param(s, e, id=f"midyear-{i}") for i, (s, e) in enumerate(MID_YEAR)],
        *[pytest.param(s, e, id=f"due-{i}") for i, (s, e) in enumerate(DUE_MONTH)],
        *[pytest.param(s, e, id=f"name-year-{i}") for i, (s, e) in enumerate(NAME_YEAR)],
        *[pytest.param(s, e, id=f"figure-{i}") for i, (s, e) in enumerate(FIGURE_OF_SPEECH)],
        *[pytest.param(s, e, id=f"weekday-{i}") for i, (s, e) in enumerate(WEEKDAY_AHEAD)],
        *[
            pytest.param(s, e, id=f"year-range-{i}")
            for i, (s, e) in enumerate(YEAR_RANGE_BRACKETED)
        ],
        *[pytest.param(s, e, id=f"dated-weekday-{i}") for i, (s, e) in enumerate(DATED_WEEKDAY)],
        *[pytest.param(s, e, id=f"holiday-{i}") for i, (s, e) in enumerate(YEAR_BEFORE_HOLIDAY)],
    ],
)
def test_unseen_dates(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *[
            pytest.param(s, e, id=f"name-year-{i}")
            for i, (s, e) in enumerate(NAME_YEAR_TRADITIONAL)
        ],
        *[
            pytest.param(s, e, id=f"figure-{i}")
            for i, (s, e) in enumerate(FIGURE_OF_SPEECH_TRADITIONAL)
        ],
        *[
            pytest.param(s, e, id=f"weekday-{i}")
            for i, (s, e) in enumerate(WEEKDAY_AHEAD_TRADITIONAL)
        ],
        *[
            pytest.param(s, e, id=f"year-range-{i}")
            for i, (s, e) in enumerate(YEAR_RANGE_BRACKETED_TRADITIONAL)
        ],
    ],
)
def test_unseen_dates_traditional(sentence: str, expected: list[Pair]) -> None:
    assert traditional_pairs(sentence) == expected


# Batch 11: 本周末/上周末 are that week's Saturday and Sunday (published Friday 2024-06-07); with
# the date in brackets after it, that date; a bare 周末 (habitual as often as not) is no date.
WEEKENDS: list[tuple[str, list[Pair]]] = [
    ("本周末将出现月全食。", [("本周末", "2024-06-08/2024-06-09")]),
    ("上周末召开了座谈会。", [("上周末", "2024-06-01/2024-06-02")]),
    ("本周末(6月8日)将出现月全食。", [("本周末", "2024-06-08"), ("6月8日", "2024-06-08")]),
    ("周末去公园的人很多。", []),
]


# Batches 12 and 13: 当晚 is the evening of the day named before it (else of the news), as
# 当天; 截至 before a weekday says "up to" that day, no timetable (published Friday 2024-06-07).
SAME_EVENING: list[tuple[str, list[Pair]]] = [
    (
        "6月5日，他来到现场。当晚，大家一起吃饭。",
        [("6月5日", "2024-06-05"), ("当晚", "2024-06-05")],
    ),
    ("当晚，她以神秘嘉宾身份出现。", [("当晚", "2024-06-07")]),
    ("截至周二收盘时，市值约为1.6亿美元。", [("周二", "2024-06-04")]),
    ("周一至周五开放。", []),
]


# Batch 15: 即日(起) is the day named before it in the sentence, else the day of the news (as
# 当天); two two-digit years with 年度 are a range of years (05-07年度 → 2005/2007), nothing when
# the second is not later.
SAME_DAY_AND_FISCAL: list[tuple[str, list[Pair]]] = [
    ("该公司6月5日宣布，即日起开通自提点。", [("6月5日", "2024-06-05"), ("即日", "2024-06-05")]),
    ("即日起，他将每天下基层。", [("即日", "2024-06-07")]),
    (
        "柯达6月3日申请破产保护。同日，苹果公司宣布降价。",
        [("6月3日", "2024-06-03"), ("同日", "2024-06-03")],
    ),
    ("两者不可同日而语。", []),
    ("他曾获05-07年度最佳分析师。", [("05-07年度", "2005/2007")]),
    ("编号12-10年度。", []),
]


# Batches 7, 13, 19: bare day ranges written with 号 (17-21号, 13号到16号; not 1-3号线), a bare
# day keeping the month of the bare day before it (17-21号…22-26号, published June 7th: both in
# June), and 同月 as 当月 (同月25日: a day of the month last named).
DAYS_WITH_HAO: list[tuple[str, list[Pair]]] = [
    (
        "我们看到5-7号这段时间余票所剩无几，而翻到8-10号，则出现了点点绿意。",
        [("5-7号", "2024-06-05/2024-06-07"), ("8-10号", "2024-06-08/2024-06-10")],
    ),
    # a forecast sets its days ahead (thirteenth session; was May's, read as a past dateline)
    ("预计13号到16号有雨。", [("13号到16号", "2024-06-13/2024-06-16")]),
    ("地铁1-3号线延误。", []),
    (
        "去年8月3日他入院，同月25日出院。",
        [("去年8月3日", "2023-08-03"), ("同月25日", "2023-08-25")],
    ),
]


# The tables of batches 10–20 above, one test.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *WEEKENDS,
        *SAME_EVENING,
        *SAME_DAY_AND_FISCAL,
        *DAYS_WITH_HAO,
    ],
)
def test_batches_10_to_20(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Batches 21–23: a newspaper's one-character 昨/今 right before a verb or a preposition is the day
# (卫生局昨公布, 记者昨从…获悉, 市府今表示); inside a word (至今, 如今, 古今) it is none.
LONE_DAYS: list[tuple[str, list[Pair]]] = [
    ("市卫生局昨公布抽检结果。", [("昨", "2024-06-06")]),
    ("记者昨从市交通委获悉。", [("昨", "2024-06-06")]),
    ("市府今表示将调整票价。", [("今", "2024-06-07")]),
    ("至今仍未公布，如今古今中外都一样。", []),
    ("今年产量增长，昨天下了雨。", [("今年", "2024"), ("昨天", "2024-06-06")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LONE_DAYS)
def test_lone_days(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Batches 21–23: a dateline in the body's opening paragraphs (湖南日报6月5日讯, 新华社北京6月6日电,
# 北京时间6月6日晚间消息) is the day 今天/昨天/明天 count from, when it is at most a week before
# the publication (published June 7th); a dateline of the publication's day or none changes
# nothing.
DATELINES: list[tuple[list[str], list[Pair]]] = [
    (
        ["本报记者摄", "湖南日报6月5日讯（记者 李明）今天8时，水位再创新低。"],
        [("6月5日", "2024-06-05"), ("今天", "2024-06-05")],
    ),
    (
        ["北京时间6月6日晚间消息，该公司今日下午宣布，即日起开通服务。"],
        [("6月6日", "2024-06-06"), ("今日", "2024-06-06"), ("即日", "2024-06-06")],
    ),
    (["（法新社日内瓦6日电）秘书长昨天表示。"], [("6日", "2024-06-06"), ("昨天", "2024-06-05")]),
    (["新华社北京6月7日电 今天，会议召开。"], [("6月7日", "2024-06-07"), ("今天", "2024-06-07")]),
    (["5月1日讯 今天，会议召开。"], [("5月1日", "2024-05-01"), ("今天", "2024-06-07")]),
]


@pytest.mark.parametrize(("body", "expected"), DATELINES)
def test_dateline_is_today(body: list[str], expected: list[Pair]) -> None:
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=body))
    assert [(f.text, f.value) for f in extract(doc) if isinstance(f, Date)] == expected


# A bare month that would fall after the publication month (June 7th) in a story told in an
# earlier year (在刚刚过去的2023年…。8月，…。10月，…; 去年7月…9月…) is of that year; one the
# sentence puts ahead (将于9月, 9月起) or speaks of now or what may come (可能最早在本月或9月)
# stays in the publication's year.
STORY_MONTHS: list[tuple[str, list[Pair]]] = [
    (
        "在刚刚过去的2023年，两国庆祝建交。8月，主席进行了国事访问。10月，总理访华。",
        [("2023年", "2023"), ("8月", "2023-08"), ("10月", "2023-10")],
    ),
    ("去年7月，他来到北京。9月，他回到上海。", [("去年7月", "2023-07"), ("9月", "2023-09")]),
    ("2023年产量增长。新规将于9月实施。", [("2023年", "2023"), ("9月", "2024-09")]),
    ("2023年产量增长。9月起实施新规。", [("2023年", "2023"), ("9月", "2024-09")]),
    (
        "2020年公司裁员。报道称，公司可能最早在本月或9月申请破产。",
        [("2020年", "2020"), ("本月", "2024-06"), ("9月", "2024-09")],
    ),
    ("8月，总理访华。", [("8月", "2024-08")]),
]


# 由/从/自 before a bare weekday and 起 after it: from that day on, the coming one (published on
# Friday June 7th: 周日 is June 9th), unless the sentence tells it done (了, 已).
FROM_WEEKDAY: list[tuple[str, list[Pair]]] = [
    ("机场快线由星期日起加密至10分钟一班。", [("星期日", "2024-06-09")]),
    ("从周一起，他已经没有上班了。", [("周一", "2024-06-03")]),
]


# Two months next to each other written as one (去年八九月份) are an interval; 起 before 至 keeps a
# range whole (1月16日起至21日).
MONTH_PAIRS_AND_RANGES: list[tuple[str, list[Pair]]] = [
    ("去年八九月份，他来到北京。", [("去年八九月份", "2023-08/2023-09")]),
    ("三五月间", []),
    ("活动自1月16日起至21日共六天。", [("1月16日起至21日", "2024-01-16/2024-01-21")]),
]


# The tables of the fifth Dec 6 session, one test.
@pytest.mark.parametrize(
    ("sentence", "expected"), [*STORY_MONTHS, *FROM_WEEKDAY, *MONTH_PAIRS_AND_RANGES]
)
def test_fifth_session_classes(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# The spoken day 19号 is a day where a word of time follows it (19号前, 20号下午), as 19日 is;
# the number of a building, a line or a document (19号楼, 3号线, 5号文件) is none.
SPOKEN_DAYS: list[tuple[str, list[Pair]]] = [
    ("5号前报名的还可以领取纪念品。", [("5号", "2024-06-05")]),
    ("20号下午，他去了现场。", [("20号", "2024-05-20")]),
    ("他住在19号楼，乘3号线，按5号文件办理。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SPOKEN_DAYS)
def test_spoken_days(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Eighth session: jieba's 去年此时 (this time last year) keeps its year; 当年 is that year only
# after a date of its own paragraph, else "back then" (paragraphs of one body, in order).
def body_pairs(paragraphs: list[str]) -> list[tuple[int, str, str | None]]:
    doc = segment(Article(metadata=Metadata(published=PUBLISHED), body=paragraphs))
    return [(f.paragraph, f.text, f.value) for f in extract_facts(doc) if isinstance(f, Date)]


def test_this_time_last_year() -> None:
    assert pairs("去年此时，他就这样身着单衣。") == [("去年", "2023")]


def test_back_then_needs_a_date_in_its_paragraph() -> None:
    body = [
        "去年此时，他在寒风中苦寻雇主。",
        "颁奖嘉宾说，他把当年得到的红苹果化成了无数红苹果。",
        "2020年高考时，她选择了这个专业，当年这个专业首次招生。",
    ]
    assert body_pairs(body) == [(0, "去年", "2023"), (2, "2020年", "2020"), (2, "当年", "2020")]


# Ninth session: jieba keeps some frames of a preposition and a date as one word (从明年起,
# 从今年起, 从今天起); the date inside is read. A word that only starts with 从 is no frame when
# the date would run into the next word (从前天气很冷: 天气, weather).
GLUED_FRAMES = [
    ("从明年起，连续三年每年新增就业10万人。", [("明年", "2025")]),
    ("新规从今年起实施。", [("今年", "2024")]),
    ("从今天起开放预约。", [("今天", "2024-06-07")]),
    ("从前天气很冷。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), GLUED_FRAMES)
def test_dates_in_glued_frames(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Ninth session: the year a sentence reports holds over its clauses split by ；, as over those
# split by ， (a bulletin's 2023年…；全年…，年末…: 年末 is 2023's); 。 ends it.
YEAR_OVER_SEMICOLONS = [
    (
        "2023年国内生产总值增长5.2%；全年城镇新增就业1244万人，年末失业率为5.1%。",
        [("2023年", "2023"), ("年末", "2023-12")],
    ),
    # (fifteenth session: 年末 reported six months ahead is last year's by its own rule, so a
    # nearer part shows that 。 ends the year's hold)
    (
        "2023年国内生产总值增长5.2%。上半年失业率为5.1%。",
        [("2023年", "2023"), ("上半年", "2024-01/2024-06")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), YEAR_OVER_SEMICOLONS)
def test_year_holds_over_semicolons(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Thirteenth session: 1至3季度 (1-3季度, 一至三季度) is the span of the first three quarters, as
# 前三季度 is, not the third quarter alone.
QUARTER_RANGES = [
    ("今年1至3季度，全市GDP增长5.1%。", [("今年1至3季度", "2024-01/2024-09")]),
    ("一至三季度，全省进出口增长3%。", [("一至三季度", "2024-01/2024-09")]),
    ("2023年1-4季度累计增长5%。", [("2023年1-4季度", "2023-01/2023-12")]),
    # 一 inside a word (统一) opens no range: the quarter's end stays
    ("统一到三季度末完成。", [("三季度末", "2024-09")]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUARTER_RANGES)
def test_quarter_ranges(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


def pairs_at(sentence: str, published: str) -> list[Pair]:
    """(text, value) of every date of ``sentence`` published at ``published``."""
    doc = segment(Article(metadata=Metadata(published=published), body=[sentence]))
    return [(f.text, f.value) for f in extract_facts(doc) if isinstance(f, Date)]


# Thirteenth session: a month counted up to (截至9月底) or since (10月份以来) is gone by: read in
# January, last year's; told ahead (截至3月底，全市将…) it stays this year's.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("截至9月底，我国网民规模达到5.38亿。", [("9月底", "2012-09")]),
        ("10月份以来，猪肉价格持续上涨。", [("10月份", "2012-10")]),
        ("截至3月底，全市将完成改造。", [("3月底", "2013-03")]),
        # a day, or a period's close, is a deadline ahead
        ("本次征求意见截至7月31日，公众可反馈意见。", [("7月31日", "2013-07-31")]),
        ("报名截至8月底，逾期不予受理。", [("8月底", "2013-08")]),
    ],
)
def test_months_gone_by(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2013-01-15T09:00:00+08:00") == expected


# Thirteenth session: a bare day later than the publication's is last month's (a dateline
# written the next morning) unless set ahead right before it (将于18日, 预计，18日至20日).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该案将于18日上午9时公开开庭。", [("18日", "2020-06-18")]),
        (
            "中央气象台预计，18日至20日，江南将有大到暴雨。",
            [("18日至20日", "2020-06-18/2020-06-20")],
        ),
        ("发言人18日表示，美方将会派遣部队。", [("18日", "2020-05-18")]),
        ("原定于18日召开的股东大会已如期召开。", [("18日", "2020-05-18")]),  # a plan told after
    ],
)
def test_days_set_ahead(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-16T09:00:00+08:00") == expected


# Thirteenth session: 前日 is 前天 as the evening papers write it; 前日本首相 is a former premier.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("前日晚，一辆货车在高速上起火。", [("前日", "2024-06-05")]),
        ("前日本首相访华。", []),
        ("前日相鸠山由纪夫访问南京。", []),
    ],
)
def test_day_before_yesterday(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Fourteenth session: a fiscal or tax year over two calendar years (2020/21年度, 2020至21年度,
# 2022-23年度, 2019/20课税年度) is the range of its two years; two years that are no consecutive
# pair (2020/25年度) are none.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("政府预计2020/21年度综合赤字为1391亿元。", [("2020/21年度", "2020/2021")]),
        ("财政司司长发表2020至21年度财政预算案。", [("2020至21年度", "2020/2021")]),
        ("工程于2022-23年度完成。", [("2022-23年度", "2022/2023")]),
        ("2019/20课税年度的薪俸税。", [("2019/20课税年度", "2019/2020")]),
        ("1999/00年度的盈余。", [("1999/00年度", "1999/2000")]),
        ("2020/25年度的计划。", []),
    ],
)
def test_fiscal_years(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Fourteenth session: the year of a company's report, meeting or payout (2019年年度股东大会,
# 2019年年报, 2019年度利润分配) is no year of the story: a bare day after it is the publication's
# year's; a year that is the story's (2019年，公司…于5月…) still carries.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "公司将于2020年6月30日召开2019年年度股东大会，股权登记日为6月22日。",
            [("2020年6月30日", "2020-06-30"), ("2019年", "2019"), ("6月22日", "2020-06-22")],
        ),
        (
            "公司于4月28日披露2019年年报，并于5月20日召开业绩说明会。",
            [("4月28日", "2020-04-28"), ("2019年", "2019"), ("5月20日", "2020-05-20")],
        ),
        (
            "公司2019年度利润分配方案已于5月15日经股东大会审议通过。",
            [("2019年度", "2019"), ("5月15日", "2020-05-15")],
        ),
        ("2019年公司于5月完成重组。", [("2019年", "2019"), ("5月", "2019-05")]),
        # a report that tells of its year, and a department, leave the year the story's
        (
            "2019年年度报告显示，截至12月31日，公司总资产为300亿元。",
            [("2019年", "2019"), ("12月31日", "2019-12-31")],
        ),
        ("2010年财务部门在8月5日发现了问题。", [("2010年", "2010"), ("8月5日", "2010-08-05")]),
    ],
)
def test_years_of_reports_are_no_story_years(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-15") == expected


# Fourteenth session: 去年同月 and 去年同季 are the month or the quarter spoken of a year before,
# as 去年同期 is (it had read 去年 and a 同月 of this year). A relative month sets no period for
# 去年同期: 上月召开的会议指出…较去年同期 dates the meeting, not the figures.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5月份居民消费价格较去年同月上升1.1%。", [("5月份", "2020-05"), ("去年同月", "2019-05")]),
        (
            "今年首季本地生产总值较去年同季下跌8.9%。",
            [("今年首季", "2020-01/2020-03"), ("去年同季", "2019-01/2019-03")],
        ),
        (
            "上月召开的会议指出，全省财政收入较去年同期下降8%。",
            [("上月", "2020-05"), ("去年同期", "2019")],
        ),
    ],
)
def test_same_month_and_quarter_last_year(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-15") == expected


# Fourteenth session: a range of days with an hour after its first day (12日8时至13日8时,
# 6月13日0时至6月14日24时: rainfall and epidemic bulletins) is one interval, as 13日至14日 is; the
# second day's hour is left out of the span.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("12日8时至13日8时，全市平均降雨量50毫米。", [("12日8时至13日", "2020-06-12/2020-06-13")]),
        (
            "6月13日0时至6月14日24时，新增病例3例。",
            [("6月13日0时至6月14日", "2020-06-13/2020-06-14")],
        ),
        ("3月14日0时至20日24时实施管控。", [("3月14日0时至20日", "2020-03-14/2020-03-20")]),
    ],
)
def test_day_ranges_with_hours(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-15") == expected


# Fourteenth session: a day with its whole period after it (6月14日0—24时) is the day a bulletin
# counts, which a later 当日 points back to (not the 今日 of the report); a bare span of months
# read as last year's (1—12月份 in January) is what 上年 counts back from.
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "国家卫健委今日通报，6月14日0—24时，新增确诊病例3例；当日新增治愈出院病例5例。",
            "2020-06-15",
            [("今日", "2020-06-15"), ("6月14日", "2020-06-14"), ("当日", "2020-06-14")],
        ),
        (
            "1—12月份，全国房地产开发投资141443亿元，比上年增长7.0%。",
            "2021-01-18",
            [("1—12月份", "2020-01/2020-12"), ("上年", "2019")],
        ),
        # 当日 before no figure is the report's day
        (
            "6月15日，国家卫健委通报6月14日0—24时疫情，当日还召开了新闻发布会。",
            "2020-06-15",
            [("6月15日", "2020-06-15"), ("6月14日", "2020-06-14"), ("当日", "2020-06-15")],
        ),
    ],
)
def test_bulletin_days_and_last_years_months(
    sentence: str, published: str, expected: list[Pair]
) -> None:
    assert pairs_at(sentence, published) == expected


# Fourteenth session: a quarter counted from the publication's (上季度, 本季度末, 下个季度; 上季
# compared with or at its end: 较上季, 上季末) is that quarter or its last month; 本季联赛 and
# 上季主力 are a sports season, no date.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("不良贷款率较上季末下降0.1个百分点。", [("上季末", "2020-03")]),
        ("本季度末，公司在手订单约为38亿元。", [("本季度末", "2020-06")]),
        ("预计下季度出口将回升。", [("下季度", "2020-07/2020-09")]),
        ("总人口较上季减少2000人。", [("上季", "2020-01/2020-03")]),
        ("他们拥有本季联赛客场7战全胜的战绩。", []),
        ("上季主力琼斯伤愈。", []),
    ],
)
def test_relative_quarters(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-15") == expected


# Fifteenth session: a money fund's 7日年化 is no day; a range from a year to a month or a month to
# a year keeps each end as written (2015/2019-03, 2018-05/2020); 于本周三 is read (jieba's
# dictionary had 于本周 as a name); weekdays listed together are one run of days (本周六、周日:
# the Sunday after that Saturday; 周六、周日两天 reported: both), and a list after 每周 recurs;
# 上季末 counts back from the quarter the sentence reports (一季度末…较上季末 → 2019-12); a CV's
# dotted months (1976.05生, 2016.12—2020.05) are months, a dotted index level is no date.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("余额宝最新7日年化收益率为1.497%。", []),
        ("2015年至2019年3月，他先后收受财物。", [("2015年至2019年3月", "2015/2019-03")]),
        ("2018年5月至2020年，共收受礼金。", [("2018年5月至2020年", "2018-05/2020")]),
        ("2010年至2020年，全市经济总量翻番。", [("2010年至2020年", "2010/2020")]),
        ("中方将于本周三举办发布会。", [("本周三", "2020-06-17")]),
        ("比赛将于本周六、周日举行。", [("本周六", "2020-06-20"), ("周日", "2020-06-21")]),
        (
            "周六、周日两天，景区接待游客5万人次。",
            [("周六", "2020-06-13"), ("周日", "2020-06-14")],
        ),
        ("每周一、周三开放。", []),
        ("每逢周六、周日，公园游客明显增多。", []),
        # a run of days reported is over by the publication day (a Monday)
        ("周一、周二，美股连续两天大幅下跌。", [("周一", "2020-06-08"), ("周二", "2020-06-09")]),
        # a month to a year's part: the part is the later year's
        (
            "2018年5月至2020年一季度，全市工业增长。",
            [("2018年5月", "2018-05"), ("2020年一季度", "2020-01/2020-03")],
        ),
        # 上季度 counts back from the quarter reported, not from the base compared with
        (
            "一季度，GDP比去年四季度回落1.2个百分点，较上季度下降。",
            [
                ("一季度", "2020-01/2020-03"),
                ("去年四季度", "2019-10/2019-12"),
                ("上季度", "2019-10/2019-12"),
            ],
        ),
        (
            "一季度末，商业银行不良贷款率1.91%，较上季末上升0.05个百分点。",
            [("一季度末", "2020-03"), ("上季末", "2019-12")],
        ),
        ("1976.05生，1998.07参加工作。", [("1976.05", "1976-05"), ("1998.07", "1998-07")]),
        ("2016.12—2020.05，任湖北省副省长。", [("2016.12—2020.05", "2016-12/2020-05")]),
        ("上证指数收于2020.12点。", []),
    ],
)
def test_fifteenth_session_dates(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-06-15") == expected


# Fifteenth session: a later part of the year reported (年末, 四季度, 下半年: a figure or a change
# written, nothing still to do), not told ahead, seven months or more after the publication's
# month is last year's, and so are the sentence's other bare parts (a bulletin read in March);
# 到年底, 预计年底 stay this year's.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "年末全市常住人口1234.5万人，比上年末增加12.3万人。",
            [("年末", "2019-12"), ("上年末", "2018-12")],
        ),
        ("年末存款余额比年初增加1200亿元。", [("年末", "2019-12"), ("年初", "2019-01")]),
        (
            "四季度，GDP比三季度加快0.2个百分点。",
            [("四季度", "2019-10/2019-12"), ("三季度", "2019-07/2019-09")],
        ),
        ("到年底，全市将新建学校12所。", [("年底", "2020-12")]),
        ("预计年底将达到5000家。", [("年底", "2020-12")]),
        # what is still to do, or a plan told without a figure or a change, stays this year's
        ("四季度是全年工作的关键时期，各地务必抓紧抓实。", [("四季度", "2020-10/2020-12")]),
        ("项目年底完工投产。", [("年底", "2020-12")]),
        # 主要 is no 要 of a duty
        ("年末全市主要经济指标增长6%。", [("年末", "2019-12")]),
        # two halves of one year
        (
            "上半年全市GDP增长5%，下半年增长6%。",
            [("上半年", "2020-01/2020-06"), ("下半年", "2020-07/2020-12")],
        ),
    ],
)
def test_parts_of_last_year_reported(sentence: str, expected: list[Pair]) -> None:
    assert pairs_at(sentence, "2020-03-10") == expected


# Fifteenth session, Taiwan's press: a Republic-era year ahead of the publication where a word
# sets a time by it (預計115年, 到115年, 119年前) is a year, not a duration; the year and the month
# written in brackets (去（112）年, 今（113）年, 上（5）月, 本（6）月) are dates, as 今（13）日 is;
# 115年 of a duration stays out.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("預計115年開徵。", [("115年", "2026")]),
        ("到115年社會住宅將達成12萬戶。", [("115年", "2026")]),
        ("自115年起實施。", [("115年", "2026")]),
        ("這棵樹有115年。", []),
        ("這座車站建於120年前。", []),  # years ago, a duration
        ("去（112）年全年稅收超徵3757億元。", [("去（112）年", "2023")]),
        ("經濟部今（113）年將編列50億元。", [("今（113）年", "2024")]),
        ("行政院上（5）月通過草案。", [("上（5）月", "2024-05")]),
        ("本（6）月起實施。", [("本（6）月", "2024-06")]),
        ("去(2023)年出口成長。", [("去(2023)年", "2023")]),
        # where the year written disagrees with the relative word, the year written wins
        ("今（2019）年出口成長。", [("今（2019）年", "2019")]),
        ("明（114）年度預算。", [("明（114）年", "2025")]),
    ],
)
def test_taiwan_years_and_months(sentence: str, expected: list[Pair]) -> None:
    assert traditional_pairs(sentence) == expected


# Fifteenth session: the year of an announcement's number is no date (商务部公告2020年第14号).
def test_announcement_numbers() -> None:
    assert pairs_at("商务部公告2020年第14号发布。", "2020-06-15") == []
    assert pairs_at("2020年第一季度经济数据发布。", "2020-06-15") != []
    # a year's typhoon is numbered within it: the year is a date
    assert pairs_at("2020年第2号台风“鹦鹉”登陆。", "2020-06-15") == [("2020年", "2020")]


# Seventeenth session (law probe): a range of months whose end's year is said relative to the
# publication (去年10月至今年3月) is one interval, and a bare month after it is of the end's year
# (去年9月到今年1月…，但2月以后: this February, a CLUENER sentence).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("去年10月至今年3月，全市共查处案件120起。", [("去年10月至今年3月", "2023-10/2024-03")]),
        (
            "去年9月到今年1月，租金明显回落，但2月以后租金持续上涨。",
            [("去年9月到今年1月", "2023-09/2024-01"), ("2月", "2024-02")],
        ),
    ],
)
def test_ranges_to_this_year(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


def test_this_week_before_once() -> None:
    assert pairs("英伟达市值本周一度突破3万亿美元。") == [("本周", "2024-06-03/2024-06-09")]
    assert pairs("本周一，全市召开会议。") == [("本周一", "2024-06-03")]
    # the third review: 一度 before 假/汛 is Monday and the next word (度假区, 度汛)
    assert pairs("本周一度假区将正式对外开放。") == [("本周一", "2024-06-03")]
    assert pairs("下周一度汛工作会议将在省城召开。") == [("下周一", "2024-06-10")]


# Eighteenth session (culture probe): a range of days after a relative month is one interval of
# that month (本月15日至17日), and a bare day after a relative month's day is of that month.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("艺术节定于本月15日至17日举行。", [("本月15日至17日", "2024-06-15/2024-06-17")]),
        ("展会将于下月3日到5日举行。", [("下月3日到5日", "2024-07-03/2024-07-05")]),
        ("上月15日召开会议，18日闭幕。", [("上月15日", "2024-05-15"), ("18日", "2024-05-18")]),
        ("本月15日起实施。", [("本月15日", "2024-06-15")]),
    ],
)
def test_relative_month_day_ranges(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Eighteenth session, the reviews: a day of a month ahead (下月10日) sets the month of the bare days
# after it in its own sentence only (15日闭幕), not in the next (截至6日, a day gone by).
def test_month_ahead_sets_its_sentence_month() -> None:
    assert pairs("新规将于下月1日起施行。截至6日，全市已有300家企业完成备案。") == [
        ("下月1日", "2024-07-01"),
        ("6日", "2024-06-06"),
    ]
    assert pairs("博览会下月10日开幕，15日闭幕。") == [
        ("下月10日", "2024-07-10"),
        ("15日", "2024-07-15"),
    ]


# Eighteenth session (Hong Kong probe): a school year over two calendar years is one, as a fiscal
# year is (2023/24学年 → 2023/2024).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023/24学年小一学生人数减少。", [("2023/24学年", "2023/2024")]),
        ("2022-23学年共有学生5万人。", [("2022-23学年", "2022/2023")]),
    ],
)
def test_school_years(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Eighteenth session (macro probe): a quarter's end is the period a later 上年同期 is a year before
# (一季度末…比上年同期 → 2023-03), as a quarter is; a relative month still sets none (see above).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "一季度末，全国工业产能利用率为73.6%，比上年同期下降1.2个百分点。",
            [("一季度末", "2024-03"), ("上年同期", "2023-03")],
        ),
        ("年末，全市常住人口比上年同期增加5万人。", [("年末", "2024-12"), ("上年同期", "2023-12")]),
    ],
)
def test_same_period_of_single_months(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Nineteenth session (Singapore probe): 上一季度 and 前一季度 are the quarter before the
# publication's, as 上季度 is, not the year's first quarter (一季度) read inside them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GDP环比增长1.1%，比上一季度加快0.2个百分点。", [("上一季度", "2024-01/2024-03")]),
        ("经济增长比前一季度的2.2%有所加快。", [("前一季度", "2024-01/2024-03")]),
        ("贷款余额较上一季度末增长3%。", [("上一季度末", "2024-03")]),
        # the review: and 下一季度 the quarter after
        ("下一季度经济有望回升。", [("下一季度", "2024-07/2024-09")]),
    ],
)
def test_the_quarter_before(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Nineteenth session (science probe): a bare month after the publication's month told as done by
# a verb of publishing and 的 or 了 (国家统计局9月发布的公报, read in June) is last year's; one put
# ahead stays this year's (将于9月发布的, 预计9月发布的).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("国家统计局9月发布的公报显示，全国研发经费增长8%。", [("9月", "2023-09")]),
        ("据国家知识产权局10月公布的统计，发明专利增长。", [("10月", "2023-10")]),
        ("将于9月发布的规划备受关注。", [("9月", "2024-09")]),
        ("9月将召开全省大会。", [("9月", "2024-09")]),
        # the third review: waited for or expected, and not cited as a source
        ("待9月公布的普查数据出炉后再作调整。", [("9月", "2024-09")]),
        ("市场普遍关注美联储9月公布的利率决议。", [("9月", "2024-09")]),
        ("按照计划，9月发布的新版指南将覆盖所有中小学校。", [("9月", "2024-09")]),
        # the fourth review: what it set out is cited too; what it will set out is ahead
        ("国务院办公厅12月印发的意见提出，要加快发展银发经济。", [("12月", "2023-12")]),
        ("据悉，该市7月发布的实施细则将明确补贴标准。", [("7月", "2024-07")]),
    ],
)
def test_months_ahead_told_as_done(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Nineteenth session (Taiwan probe): a Republic-era or two-digit year's month (113年4月) is the
# month a later 上月 counts back from, as 2024年4月 is.
def test_a_short_years_month_sets_the_sentence_month() -> None:
    assert traditional_pairs("113年4月失業率為3.36%，較上月下降0.01個百分點。") == [
        ("113年4月", "2024-04"),
        ("上月", "2024-03"),
    ]


# Nineteenth session (Taiwan probe): a Republic-era year ahead before a season or a half of the
# year (115年夏季) is a date, as one before 起 or 底 is; a length of years (115年歷史) is none.
def test_a_republic_year_ahead_before_a_season() -> None:
    assert traditional_pairs("台電預估，115年夏季尖峰負載將創新高。") == [("115年", "2026")]
    assert traditional_pairs("這座大樓已有115年歷史。") == []


# Twentieth session (fresh Hong Kong paragraphs): a 上月 the sentence reports sets the period a
# later 去年同月 or 去年同期 compares with; a 上月 that is a comparison's base (与上月持平) does not.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("上月访港旅客人次较去年同月上升约42%。", [("上月", "2024-05"), ("去年同月", "2023-05")]),
        (
            "5月份，城镇调查失业率为5.0%，与上月持平，比去年同期下降0.2个百分点。",
            [("5月份", "2024-05"), ("上月", "2024-04"), ("去年同期", "2023-05")],
        ),
    ],
)
def test_last_month_sets_the_period_compared(sentence: str, expected: list[Pair]) -> None:
    assert pairs(sentence) == expected


# Twentieth session (fresh Taiwan paragraphs): a Republic-era year's months are one interval
# (113年1至5月), in that year (112年1至12月 is 2023's, not this year's months).
def test_a_republic_years_months() -> None:
    assert traditional_pairs("累計113年1至5月，出口總值突破1,800億美元。") == [
        ("113年1至5月", "2024-01/2024-05")
    ]
    assert traditional_pairs("112年1至12月出口減少9.8%。") == [("112年1至12月", "2023-01/2023-12")]


# Twentieth session (fresh holiday paragraph): a range of days sets the days a later 去年同期 is a
# year before; as a comparison's base it sets none.
def test_the_same_days_last_year() -> None:
    assert pairs_at("5月7日至9日举行展会，成交额比去年同期增长10%。", "2024-11-18") == [
        ("5月7日至9日", "2024-05-07/2024-05-09"),
        ("去年同期", "2023-05-07/2023-05-09"),
    ]


# Twentieth session (fresh national release): a month that is a comparison's base (涨幅比8月回落)
# is no month the story speaks of; a later 当月 is the month a reported 上月 named.
def test_that_month_after_last_month() -> None:
    assert pairs_at(
        "上月，全国居民消费价格同比上涨0.4%，涨幅比8月回落0.2个百分点。当月，全国工业生产者出厂价格同比下降2.8%。",
        "2024-10-18",
    ) == [("上月", "2024-09"), ("8月", "2024-08"), ("当月", "2024-09")]


# Twentieth session (fresh securities paragraph): 今年以来 sets the months of this year so far as
# the period a later 去年同期 is a year before.
def test_this_year_so_far_last_year() -> None:
    assert pairs_at(
        "今年以来已有逾40家上市公司披露增持计划，去年同期仅为20余家。", "2024-04-26"
    ) == [
        ("今年", "2024"),
        ("去年同期", "2023-01/2023-04"),
    ]
