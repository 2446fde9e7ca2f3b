"""Line-level metadata readers: table-driven cases typed by hand.

Cases are grouped by where they came from: the acceptance article (seed), forms seen on the
realworld pages of many sites (realworld), forms common on Chinese news sites (common), and
false-positive guards: body sentences that mention 来源, 记者, 编辑 or 声明 (guards).
"""

from __future__ import annotations

import pytest

from policyextract.reader.meta_lines import (
    clean_title,
    closing_byline,
    copyright_owner,
    crumb_site,
    is_boilerplate,
    is_site_name,
    parse_breadcrumb,
    parse_byline,
    parse_editor_line,
    parse_source_line,
    source_line_authors,
    title_space,
)

NBSP, IDSP = "\u00a0", "\u3000"

# --- parse_source_line ---------------------------------------------------------------------------

SOURCE_LINES = [
    # seed
    (
        "来源:大众报业·经济导报   加入时间:2024-6-7 17:25:36  ",
        ("大众报业·经济导报", "2024-06-07T17:25:36+08:00"),
    ),
    # full-width colons, NBSP and ideographic spaces between the fields
    (
        f"来源：大众报业·经济导报{NBSP}{NBSP}加入时间：2024-6-7{IDSP}17:25:36",
        ("大众报业·经济导报", "2024-06-07T17:25:36+08:00"),
    ),
    # realworld forms
    ("来源：新华社", ("新华社", None)),
    ("2024-05-13 06:16 来源：经济日报", ("经济日报", "2024-05-13T06:16:00+08:00")),
    ("发布时间：2024-05-13 来源：新华社", ("新华社", "2024-05-13")),
    ("时间：2024-05-13 10:00 作者：张三", (None, "2024-05-13T10:00:00+08:00")),
    ("时间： 2019-09-18 06:23 来源： 山西日报", ("山西日报", "2019-09-18T06:23:00+08:00")),
    ("2020-02-29 18:34:31 来源: 新华社 举报", ("新华社", "2020-02-29T18:34:31+08:00")),
    ("2019-09-07 15:10:53 字号： A- A A+ 来源：EETOP", ("EETOP", "2019-09-07T15:10:53+08:00")),
    ("本文来源于 国家统计局 2024-05-11 09:36:26", ("国家统计局", "2024-05-11T09:36:26+08:00")),
    ("来源： 人民日报 2024-05-13 08:49", ("人民日报", "2024-05-13T08:49:00+08:00")),
    (
        "2024年05月10日06:58 | 来源：人民网－人民日报",
        ("人民网－人民日报", "2024-05-10T06:58:00+08:00"),
    ),
    ("2023-06-15 08:10 来源：中国新闻网 王帆", ("中国新闻网", "2023-06-15T08:10:00+08:00")),
    (
        "发稿时间：2024-05-13 06:03:00 来源： 中国青年报",
        ("中国青年报", "2024-05-13T06:03:00+08:00"),
    ),
    ("发布日期: 2012-06-24", (None, "2012-06-24")),
    # a date opening the line, then an outlet without a label
    ("2016年05月25日10:10 新浪财经", ("新浪财经", "2016-05-25T10:10:00+08:00")),
    ("2024年05月10日 00:26 每日经济新闻", ("每日经济新闻", "2024-05-10T00:26:00+08:00")),
    # a space after a dashed date is a gap, not part of the date (the outlet is not glued to it)
    ("2012-01-12 南方日报", ("南方日报", "2012-01-12")),
    ("2012/01/12 南方日报", ("南方日报", "2012-01-12")),
    ("2012-01-12 | 某某晚报", ("某某晚报", "2012-01-12")),
    ("2012-01-12 要闻", (None, "2012-01-12")),  # a bare word after a date is a column tag
    # year-last dates (Hong Kong pages)
    ("14/12/2011 10:30 来源：某某报", ("某某报", "2011-12-14T10:30:00+08:00")),
    ("最后更新 14.12.2011 19:00", (None, "2011-12-14T19:00:00+08:00")),
    # a date line alone is a time line
    ("2024-05-20 09:37", (None, "2024-05-20T09:37:00+08:00")),
    ("2012年6月24日", (None, "2012-06-24")),
    # 发布于 is a place, not an outlet
    ("2024-05-13 06:16 发布于 北京 官方账号", (None, "2024-05-13T06:16:00+08:00")),
    # common: 稿源, 文章来源, 【】 brackets
    ("稿源：人民日报 2023年03月01日 09:30", ("人民日报", "2023-03-01T09:30:00+08:00")),
    ("【来源：中国政府网】", ("中国政府网", None)),
    ("文章来源：市发展改革委  发布时间：2023-11-02", ("市发展改革委", "2023-11-02")),
    # a promotion where the outlet stands is no source (the line is still a source line)
    ("来源：某某下载客户端独家抢先看", (None, None)),
    ("2024-05-13 10:25 来源：扫码关注某某", (None, "2024-05-13T10:25:00+08:00")),
    ("来源：某某日报客户端", ("某某日报客户端", None)),  # an app is an outlet
    # a 原创 credit line's date is the page's; the account is not a 来源
    ("原创 张三 某某发布 2024年06月12日 18:30 北京", (None, "2024-06-12T18:30:00+08:00")),
    # 出处 names the outlet as 来源 does
    ("出处：某某晚报", ("某某晚报", None)),
    ("2012-01-12 作者：张三 出处：某某经济新闻 责任编辑：李四", ("某某经济新闻", "2012-01-12")),
    # traditional labels (the HTML reader passes lines in their own script)
    ("出處：某某晚報", ("某某晚報", None)),
    ("來源：某某日報 發佈時間：2012-01-12", ("某某日報", "2012-01-12")),
    ("發布時間：2012-01-12 10:30 來源：某某社", ("某某社", "2012-01-12T10:30:00+08:00")),
    (
        "文章來源：某某新聞網  發表時間：2012-01-12 08:30",
        ("某某新聞網", "2012-01-12T08:30:00+08:00"),
    ),
    ("【來源：某某網】", ("某某網", None)),
    ("更新時間：2012/01/12 08:30", (None, "2012-01-12T08:30:00+08:00")),
    ("2012年01月12日 10:10 某某財經", ("某某財經", "2012-01-12T10:10:00+08:00")),
    # a byline sharing its line with the date: before it, or after the date and the outlet
    ("某某傳媒╱記者王小明／台北報導 2012-01-12 12:01", (None, "2012-01-12T12:01:00+08:00")),
    ("2012-01-17 某某時報 王小明／台北報導", ("某某時報", "2012-01-17")),
    # twelfth session: a self-media post's place and a paper's page after the closing date
    ("南湖发布 2024-09-06 18:22 发表于浙江", (None, "2024-09-06T18:22:00+08:00")),
    ("南湖日报 2024年9月6日 第A02版", (None, "2024-09-06")),
]

NOT_SOURCE_LINES = [
    "",
    "据统计，其主要收入来源：农业。",  # a body sentence with 来源：
    "资金来源：财政拨款和社会资本",  # 来源 inside a word, not at a field boundary
    "经济导报记者从发布会上获悉，当前我省正以高端化为方向。",
    "6月7日下午,山东省政府新闻办举行新闻发布会。",
    "2024年，全省规模以上工业增加值增长8.1%，其中制造业增长9.2%，为近年来最高水平。",
    "新闻推荐",
    "2024年4月1日起，新规正式实施",  # a clause opening with a date is text
    "2024年4月1日，全市召开动员大会",
    "2024年4月1日起新规正式实施",
    "2024-04-01起新规正式实施",  # words glued to a dashed date
    "05/06/2011 来源不明的消息",  # neither a date nor a label at a field boundary
    "·> 2025年山东能源领域新技术、新产品、新设备推荐目录公示",
    "新规2024年5月1日起施行第3版",  # a page's mark only right after a closing date
]


@pytest.mark.parametrize(("line", "expected"), SOURCE_LINES)
def test_parse_source_line(line: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_source_line(line) == expected


@pytest.mark.parametrize("line", NOT_SOURCE_LINES)
def test_not_a_source_line(line: str) -> None:
    assert parse_source_line(line) is None


# --- parse_byline --------------------------------------------------------------------------------

BYLINES = [
    ("经济导报记者 初磊", ["初磊"]),  # seed
    ("  经济导报记者 初磊", ["初磊"]),
    ("记者 张三 李四", ["张三", "李四"]),
    ("本报记者 王乐文 方 敏", ["王乐文", "方敏"]),  # a padded two-character name
    ("文/图 王五", ["王五"]),
    ("文丨王五", ["王五"]),
    ("（记者 赵六）", ["赵六"]),
    ("(记者 赵六 通讯员 钱七)", ["赵六"]),  # correspondents are not journalists
    ("通讯员 钱七", []),  # a byline naming no journalist
    ("作者：孙七", ["孙七"]),
    ("《棱镜》作者 周纯", ["周纯"]),
    ("中青报·中青网记者 魏其濛 来源：中国青年报", ["魏其濛"]),
    # placeholders name nobody, but the line is still a byline (dropped from the body)
    ("作者：佚名", []),
    ("作者：本站", []),
    ("记者 张三 IP属地：北京", ["张三"]),
    ("记者 张三 报道", ["张三"]),
    ("本报记者 欧阳明华、李娜", ["欧阳明华", "李娜"]),
    ("记者 阿依古丽·买买提", ["阿依古丽·买买提"]),
    ("文/本报记者 张三", ["张三"]),
    ("本报记者 张三 实习生 李四", ["张三", "李四"]),
    ("新华社摄影记者 王五", ["王五"]),
    ("本报记者 张三 本报通讯员 李四", ["张三"]),
    ("记者：王五、赵六", ["王五", "赵六"]),
    # print bullets, 采写, and an editor field after the names
    ("□本报记者 张三", ["张三"]),
    ("◎ 记者 李四 王五", ["李四", "王五"]),
    ("采写：张三 李四", ["张三", "李四"]),
    ("记者：张三 编辑：李四", ["张三"]),
    # Self-media credit lines (WeChat and kin): 原创 [author] account [date] [place].
    ("原创 张三 某某发布 2024年06月12日 18:30 北京", ["张三"]),
    ("原创： 王五编译 某某研究", ["王五"]),  # realworld 008's form
    ("原创 某某发布 2024-06-12 18:30", []),  # the account alone names no journalist
    ("原创 南湖发布 南湖发布 2024年09月06日 18:22 浙江", []),  # the account written twice
    # traditional script
    ("本報記者 王小明", ["王小明"]),
    ("（記者 王小明 通訊員 李四）", ["王小明"]),
    ("文／圖 王五", ["王五"]),
    ("記者：王五、趙六 編輯：錢七", ["王五", "趙六"]),
    ("作者：佚名", []),
    ("原創 張三 某某發布 2024年06月12日", ["張三"]),
    # where the journalist reported is not a name: a slash, or a space after a name, before it
    ("记者王小明／北京报道", ["王小明"]),
    ("记者 王小明 北京报道", ["王小明"]),
    ("记者 张三/上海报道", ["张三"]),
    ("本报记者 张三 李四 深圳报道", ["张三", "李四"]),
    ("本报记者 张三 北京电", ["张三"]),
    ("记者 张三 综合报道", ["张三"]),
    ("记者王小明 发自北京", ["王小明"]),
    ("記者王小明／台北報導", ["王小明"]),
    ("〔記者王小明／台北報導〕", ["王小明"]),
    ("某某傳媒╱記者王小明／台北報導", ["王小明"]),  # a slash after the outlet
    ("記者 王小明 高雄報導", ["王小明"]),
    # ... but a name glued to 报道, or in a list, is kept
    ("记者张三报道", ["张三"]),
    ("记者 张三、李四报道", ["张三", "李四"]),
    # a credit without a role word, as Taiwan papers print it
    ("王小明／台北報導", ["王小明"]),
    ("【甲乙丙、丁戊己／綜合報導】", ["甲乙丙", "丁戊己"]),
    ("北部中心／綜合報導", []),  # a desk: a credit line naming nobody
]

NOT_BYLINES = [
    "",
    "记者了解到",
    "记者 从现场获悉",
    "经济导报记者从发布会上获悉，当前我省正以高端化、智能化为方向。",
    "记者在现场看到，工人们正在紧张施工。",
    "文化",
    "图片",
    "中国载人航天工程新闻发言人 武平",  # a speaker, not a journalist byline
    "来源：新华社",
    "作者：",
    # 记者 + what the reporter did is a heading
    "记者调查",
    "記者手記",
    "记者 探访",
    # a slash before a 报道 tail is not enough: the words before it must be names
    "他說／台北報導",
    "据了解／北京报道",
]


@pytest.mark.parametrize(("line", "expected"), BYLINES)
def test_parse_byline(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


SOURCE_LINE_AUTHORS = [
    ("时间：2024-05-13 10:00 来源：某某日报 作者：张三 李四", ["张三", "李四"]),
    ("2023-06-15 08:10 来源：中国新闻网 王帆", ["王帆"]),
    ("来源：人民日报 海外版", []),  # an edition, not a person
    ("来源：本站 原创", []),
    ("来源：新华社", []),
    ("这是一句正文，不是来源行。", []),
    ("发布时间：2024年06月07日 09:30 来源：某某日报 作者：张三 责任编辑：李四", ["张三"]),
    ("某某新闻客户端 05-20 08:45 记者 孙丽", ["孙丽"]),  # a yearless info line, timed
    ("某某新闻客户端 记者 孙丽", []),  # untimed: may be a heading, not an info line
    # a region after the outlet is the poster's IP region, labelled or not
    ("2024-05-13 10:25:34 来源: 某某日报 北京", []),
    ("2024-05-13 10:25:34 来源: 某某日报 內蒙古", []),
    ("2024-05-13 10:25:34 来源: 某某日报 IP属地：广东", []),
    ("2024-05-13 10:25:34 来源: 某某日报 美国", []),
    ("2024-05-13 10:25:34 来源: 某某日报 作者：张三 IP属地：北京", ["张三"]),
    ("2024-05-13 来源：某某日报 小编", []),  # a placeholder, not a journalist
    ("時間：2024-05-13 10:00 來源：某某日報 作者：張三 李四", ["張三", "李四"]),
    ("發佈時間：2024-05-13 來源：某某日報 記者：王五", ["王五"]),
    ("某某新聞 05-20 08:45 記者 孫麗", ["孫麗"]),
    ("某某傳媒╱記者王小明／台北報導 2012-01-12 12:01", ["王小明"]),
    ("本报记者 张三 2024-05-13 10:00", ["张三"]),
    ("2012-01-17 某某時報 王小明／台北報導", ["王小明"]),
    ("2011-12-08 作者：记者 张三 来源：某某网", ["张三"]),  # 记者 is a role, not a name
]


@pytest.mark.parametrize(("line", "expected"), SOURCE_LINE_AUTHORS)
def test_source_line_authors(line: str, expected: list[str]) -> None:
    assert source_line_authors(line) == expected


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


CLOSING_CREDITS = [
    ("活动现场气氛热烈。（记者 赵明 通讯员 钱进）", ["赵明"]),
    ("共建清朗网络空间。(文/图 张三 李四)", ["张三", "李四"]),  # realworld 012's form
    ("共建清朗网络空间。（文/图 张三）\u3000", ["张三"]),
    # Bare names are not read: a reporter (realworld 002), a pen name (018) or the editor (003).
    ("获得了观众的阵阵掌声肯定。（张三）", []),
    ("才能让底色更亮、成色更足。（某某日报评论员）", []),
    ("会议取得圆满成功。（完）", []),
    ("他说：“这是一次（重要的）机会。”", []),
    ("", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSING_CREDITS)
def test_closing_byline(paragraph: str, expected: list[str]) -> None:
    assert closing_byline(paragraph) == expected


# --- parse_editor_line ---------------------------------------------------------------------------

EDITOR_LINES = [
    ("编辑:付建", ["付建"]),  # seed
    ("责任编辑：王五", ["王五"]),
    ("【责任编辑：郭旭】", ["郭旭"]),
    # a placeholder account is an editor line that names nobody (the line is still dropped)
    ("（责任编辑：系统管理员）", []),
    ("(编辑 文静)", ["文静"]),
    ("(责编：汤诗瑶、丁涛)", ["汤诗瑶", "丁涛"]),
    ("[ 责编：杨煜 ]", ["杨煜"]),
    ("【纠错】 责任编辑： 尹世杰", ["尹世杰"]),
    ("【纠错】 【责任编辑:王頔】", ["王頔"]),
    ("本文来源：新华社 责任编辑：李曦_NN2587", ["李曦"]),  # a staff code after the name
    ("责任编辑：支全明 SF099", ["支全明"]),
    ("编辑：倪仕轩 责任编辑：杨格", ["倪仕轩", "杨格"]),
    ("责任编辑：biaoffeng", []),  # a login name, not a person's name
    ("责任编辑：张三 排版：李四", ["张三"]),  # 排版 is a role, not a name
    ("编辑：admin", []),
    ("[责任编辑：PN030]", []),  # a staff code alone
    # the value ends at its closing bracket or at the next field's label
    ("[责任编辑：王五] 标签：某某 打人 打人事件", ["王五"]),
    ("( 编辑： 赵六 ) 【字号：大 中 小】【打印】【关闭】", ["赵六"]),
    ("[编辑： 钱七 ] 频道精选", ["钱七"]),
    ("责任编辑:孙八 标签：某词,另一词,@某人abc", ["孙八"]),
    ("审核：张三", []),  # a review line: an editor line without 编辑 names
    ("记者：张三 编辑：李四", ["李四"]),  # a byline may open an editor line
    # traditional labels
    ("責任編輯：王五", ["王五"]),
    ("【責任編輯：郭某】", ["郭某"]),
    ("編輯：王五 責任編輯：趙六", ["王五", "趙六"]),
    ("（責任編輯：系統管理員）", []),
    ("審核：張三", []),
]

NOT_EDITOR_LINES = [
    "",
    "编辑部",
    "他曾担任编辑，后来调任记者。",
    "本书由资深编辑王五主持编写",
    "责任编辑：",
]


@pytest.mark.parametrize(("line", "expected"), EDITOR_LINES)
def test_parse_editor_line(line: str, expected: list[str]) -> None:
    assert parse_editor_line(line) == expected


@pytest.mark.parametrize("line", NOT_EDITOR_LINES)
def test_not_an_editor_line(line: str) -> None:
    assert parse_editor_line(line) is None


# --- is_boilerplate ------------------------------------------------------------------------------

BOILERPLATE = [
    "Copyright @ 山东财经网   地址:济南市泺源大街2号 大众传媒大厦F24",
    "版權所有 不得轉載 某某網",  # traditional script, unfolded (as the HTML reader passes it)
    "本網站所有內容，未經授權不得轉載或鏡像。",
    "聯絡電話：(852) 2000 0000",
    "邮编:250014    电子邮箱:sdenews@126.com",
    "备案号:鲁ICP备09023866-44号 鲁新网备案号:201000112",
    "违法不良信息举报电话:0531-85196503 邮箱:sdenews@126.com",
    "[山东财经网声明]:凡本网注明“来源:经济导报·山东财经网”的所有作品,版权均属于经济导报·山东财经网。",
    "版权所有： 中国载人航天工程官方网站 主办方： 中国载人航天工程办公室",
    "© 1997-2020 网易公司版权所有",
    "免责声明：本内容来自平台创作者，不代表本网的观点和立场。",
    "转载请注明出处",
    "京ICP备05022684号-3",
    "沪公网安备 31010502000027号",
    "Copyright © 2000 - 2024 XINHUANET.com All Rights Reserved.",
    "联系电话：010-12345678",
    "本网站由某某网版权所有，未经授权禁止复制或建立镜像",
    "版权声明：本文为原创作品，转载请注明出处。",
]

NOT_BOILERPLATE = [
    "",
    "美联储在为期两天的货币政策例会后发表声明，强调维持联邦基金利率目标区间不变。",
    "市民可拨打12345热线电话反映问题，相关部门将在24小时内答复。",
    "该公司注重知识产权保护，去年新增授权专利120件。",
    "未经许可，任何单位和个人不得从事危险化学品经营活动。",  # a regulation, not a notice
    "该公司随后发布免责声明称，相关产品与其无关。",
    "中央网信办违法和不良信息举报中心今天发布通报，今年以来共受理举报1.2亿件，同比增长12%。",
    "6月7日下午,山东省政府新闻办举行新闻发布会。",
    "联系人：王某某 电话：010-68200000",  # a notice's contact person is part of the notice
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", NOT_BOILERPLATE)
def test_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


# --- clean_title ---------------------------------------------------------------------------------

TITLES = [
    (
        "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个_山东财经网",
        None,
        "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个",
    ),
    (
        "国务院联防联控机制:湖北和武汉要严格管控防输出_网易新闻",
        None,
        "国务院联防联控机制:湖北和武汉要严格管控防输出",
    ),
    ("美联储维持利率不变 - 国际 - 南方网", None, "美联储维持利率不变"),
    ("法国全国大罢工再次严重影响交通-新华网", None, "法国全国大罢工再次严重影响交通"),
    ("人民币中间价创逾五年新低|新浪财经", None, "人民币中间价创逾五年新低"),
    ("某地出台十条措施_要闻_某某日报", None, "某地出台十条措施"),
    ("某地出台十条措施_山海资讯", "山海资讯", "某地出台十条措施"),
    # the left part is a column name, the right part is the headline: nothing to strip
    (
        "棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等",
        None,
        "棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等",
    ),
    (
        "2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%",
        None,
        "2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%",
    ),
    ("山西品牌丝路行（南美站）正式启动", None, "山西品牌丝路行（南美站）正式启动"),
    ("  标题两侧有空白  ", None, "标题两侧有空白"),
    # an ideographic space between two clauses is part of the headline; layout space is not
    (f"春節連假旅遊{IDSP}出遠門 | 台灣味 | 某某新聞網", None, f"春節連假旅遊{IDSP}出遠門"),
    (f"第一句標題 \n{IDSP}第二句標題 - 某某新聞", None, f"第一句標題 {IDSP}第二句標題"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"  甲乙丙丁{IDSP}戊己庚  ", f"甲乙丙丁{IDSP}戊己庚"),
        ("甲乙\n\t  丙丁", "甲乙 丙丁"),
        (f"甲乙{NBSP}{NBSP}丙丁", "甲乙 丙丁"),
        (f"{IDSP}甲乙丙丁{IDSP}", "甲乙丙丁"),
    ],
)
def test_title_space(text: str, expected: str) -> None:
    assert title_space(text) == expected


@pytest.mark.parametrize(("title", "site", "expected"), TITLES)
def test_clean_title(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site) == expected


# --- parse_breadcrumb ----------------------------------------------------------------------------

BREADCRUMBS = [
    ("山东财经网 >> 看天下", ["山东财经网", "看天下"]),  # seed
    ("首页 > 新闻 > 正文", ["首页", "新闻", "正文"]),
    ("当前位置：首页 > 数据 >", ["首页", "数据"]),
    ("您的当前位置：新闻中心 > 武汉", ["新闻中心", "武汉"]),
    ("人民网>>健康·生活", ["人民网", "健康·生活"]),
    ("> 山西要闻", ["山西要闻"]),  # a breadcrumb continued on its own line
    ("当前位置：首页/新闻/正文", ["首页", "新闻", "正文"]),
    # the label's other word orders, a space before its colon, traditional script
    ("您所在的位置： 某某新闻网 > 新闻中心 > 正文", ["某某新闻网", "新闻中心", "正文"]),
    ("您当前的位置 ：某某网 > 本网专稿 正文", ["某某网", "本网专稿 正文"]),
    ("您现在的位置：首页 > 新闻 > 正文", ["首页", "新闻", "正文"]),
    ("位置提示：某网首页 > 湖南频道 > 正文", ["某网首页", "湖南频道", "正文"]),
    ("您的位置： 首頁 - 新聞中心 - 地方要聞", ["首頁", "新聞中心", "地方要聞"]),
    ("當前位置：首頁\\新聞中心\\科衛", ["首頁", "新聞中心", "科衛"]),
    ("您所在的位置： 某网首页 -> 某某新闻 -> 本网原创", ["某网首页", "某某新闻", "本网原创"]),
]

NOT_BREADCRUMBS = [
    "",
    "增速由3%>2%的变化说明了问题。",
    "2024/05/13",
    "山东拥有国家先进制造业集群3个、中小企业特色产业集群15个",
    "·> 经导财评丨规范收费行为让平台经济行稳致远，这是一条很长的相关新闻标题",
    "2024-05-13 - 2024-05-20",  # dates joined by a dash, no label
    "某地 - 某某 - 某某某",  # plain dashes cut steps only after a 位置 label
]


@pytest.mark.parametrize(("line", "expected"), BREADCRUMBS)
def test_parse_breadcrumb(line: str, expected: list[str]) -> None:
    assert parse_breadcrumb(line) == expected


@pytest.mark.parametrize("line", NOT_BREADCRUMBS)
def test_not_a_breadcrumb(line: str) -> None:
    assert parse_breadcrumb(line) is None


# --- site names: one reading for both readers -------------------------------------------------

COPYRIGHT_OWNERS = [
    ("版权所有：某某新闻网", "某某新闻网"),
    ("©2005-2010 某某新闻网 版权所有 ICP证 川B2-00000000", "某某新闻网"),
    ("主办：某某省人民政府办公厅 © 某某省人民政府网 版权所有", "某某省人民政府网"),
    ("某某网版权所有 未经授权禁止复制和建立镜像", "某某网"),
    ("本网站由某某新闻网版权所有，未经授权禁止复制", "某某新闻网"),  # 本网站由 is not the name
    ("Copyright 《某某网》 All Rights Reserved 版权所有 复制必究", "某某网"),
    ("服務條款 | 關於我們 © 版權所有 2012 某某日報 SomeDaily.", "某某日報"),  # traditional
    ("版权所有 某某互联网新闻中心 Copyright © example.cn", "某某互联网新闻中心"),
    ("某某日报社版权所有 本站所有新闻内容未经协议授权，禁止下载使用", "某某日报社"),
    # a company or a brand owns a site without being its name; the page itself is no name
    ("Copyright © 1996-2024 Example Corporation 某某公司 版权所有", None),
    ("© 1997-2020 某某公司版权所有 About Us", None),
    ("某某新媒体 版权所有 Copyright © 2016", None),
    ("Copyright © 某某南京网络传媒有限公司 版权所有 苏ICP备00000000号", None),
    ("欢迎访问某某之星！请点此与我们联系 版权所有：Copyright © 1996-2010年", None),
    ("本网站版权所有", None),
    ("自由某某報 版權所有 © 2012", "自由某某報"),  # 由 inside a name is not 本网站由
    ("未经许可不得转载", None),  # no 版权所有
]


@pytest.mark.parametrize(("line", "expected"), COPYRIGHT_OWNERS)
def test_copyright_owner(line: str, expected: str | None) -> None:
    assert copyright_owner(line) == expected


SITE_NAMES = [
    ("某某网", True),
    ("某某新聞網", True),
    ("某某電子報", True),
    ("某某省人民政府门户网站", True),
    ("21CN.COM", True),
    ("某某电视台", True),
    ("滚动新闻", False),  # a section
    ("国内国际", False),
    ("网易新闻中心", False),  # a section of a site: read only when nothing better names it
    ("某某网，欢迎您", False),  # a clause
    ("某某新闻客户端最新最全的新闻资讯网", False),  # too long for a name
]


@pytest.mark.parametrize(("name", "expected"), SITE_NAMES)
def test_is_site_name(name: str, expected: bool) -> None:
    assert is_site_name(name) is expected


@pytest.mark.parametrize(
    ("step", "expected"),
    [("某网首页", "某网"), ("某某新聞網", "某某新聞網"), ("首页", None), ("新闻中心", None)],
)
def test_crumb_site(step: str, expected: str | None) -> None:
    assert crumb_site(step) == expected


# --- robustness: every function answers on any line ------------------------------------------

ODD_LINES = ["", " ", "\u3000", ">>", "【】", "：", "来源", "编辑", "记者", "©", "a" * 5000, "\x00"]


@pytest.mark.parametrize("line", ODD_LINES)
def test_odd_lines_do_not_raise(line: str) -> None:
    parse_source_line(line)
    parse_byline(line)
    parse_editor_line(line)
    parse_breadcrumb(line)
    is_boilerplate(line)
    clean_title(line)
    copyright_owner(line)
    title_space(line)


# --- both scripts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("來源：某某日報", ("某某日報", None)),  # 來源 in traditional, the outlet as written
        ("出處：某某網", ("某某網", None)),
        ("發佈時間：2012-01-12 10:30", (None, "2012-01-12T10:30:00+08:00")),
    ],
)
def test_traditional_labels_read_unfolded(
    line: str, expected: tuple[str | None, str | None]
) -> None:
    # The HTML reader does not fold its lines: the labels match in either script.
    assert parse_source_line(line) == expected
