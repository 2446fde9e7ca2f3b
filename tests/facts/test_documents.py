"""Documents named in 《》 (facts/documents.py): title, issuing verb and its date.

Each case is (paragraph, publication time, expected [(title, action, date)]) worked out by hand: the
seed article, sentences copied from the realworld bodies (site in the id), policy sentences written
in the usual forms, and guards against newspapers, programmes, books and articles.
"""

from __future__ import annotations

import pytest
from seed_body import SEED_BODY

from policyextract.facts.documents import Document, extract, is_document_title, is_short_form
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment

PUBLISHED = "2024-06-07T17:25:36+08:00"

# The seed article's paragraphs 1 and 2, character-exact (ASCII commas and parentheses).
SEED_1 = SEED_BODY[1]
SEED_2 = SEED_BODY[2]

Row = tuple[str, str | None, str | None]


def documents_of(paragraphs: list[str], published: str | None = PUBLISHED) -> list[Row]:
    doc = segment(Article(metadata=Metadata(published=published), body=paragraphs))
    rows: list[Row] = []
    for fact in extract(doc):
        assert isinstance(fact, Document)
        assert doc.paragraphs[fact.paragraph][fact.start : fact.end] == fact.text == fact.title
        assert fact.rule == "document.title"
        rows.append((fact.title, fact.action, fact.date))
    return rows


def case(text: str, expected: list[Row], id: str, published: str | None = PUBLISHED) -> object:
    return pytest.param(text, published, expected, id=id)


CASES = [
    case(
        SEED_1,
        [
            ("加快发展先进制造业集群的实施意见", "出台", "2023"),
            ("先进制造业集群培育认定办法(暂行)", "制定", None),
        ],
        id="seed-dated-and-undated-after-semicolon",
    ),
    case(SEED_2, [("特色产业集群管理办法", "出台", None)], id="seed-vague-near-years-no-date"),
    case(
        "28日，国务院联防联控机制印发《关于进一步落实分区分级差异化防控策略的通知》（以下简称《通知》），"
        "就进一步指导各地准确落实分区分级差异化防控策略作出部署。",
        [
            ("关于进一步落实分区分级差异化防控策略的通知", "印发", "2020-02-28"),
        ],  # 《通知》 is its short form: no document of its own
        id="xinhua-notice-and-its-abbreviation",
        published="2020-02-29T18:34:31+08:00",
    ),
    case(
        "根据亿欧智库2018年11月发布的《2018中国智能风控研究报告》（下称“《报告》”）显示，截至当时，"
        "金融风控企业已经达到573家。",
        [("2018中国智能风控研究报告", "发布", "2018-11")],  # 《报告》: its short form
        id="qq-report-published-in-a-month",
        published="2019-09-23T07:48:00+08:00",
    ),
    case(
        "2017年6月1日开始实行的《网络安全法》明确提到：网络运营者收集、使用个人信息，应当遵循合法、正当、"
        "必要的原则。",
        [("网络安全法", "实行", "2017-06-01")],
        id="qq-law-in-force-since",
        published="2019-09-23T07:48:00+08:00",
    ),
    case(
        "据呼和浩特市人民政府网站消息，《呼和浩特市关于促进婴幼儿照护服务发展的若干措施》近日发布。",
        [("呼和浩特市关于促进婴幼儿照护服务发展的若干措施", "发布", None)],
        id="china.com.cn-verb-after-title-vague-date",
        published="2024-05-13T13:48:00+08:00",
    ),
    case(
        "就不难理解今年《政府工作报告》为何提出“防止产能过剩和低水平重复建设”。为了实现《巴黎协定》目标，"
        "美国甚至通过《基础设施和就业法案》等立法，安排了75亿美元资金。",
        [
            ("政府工作报告", None, None),
            ("巴黎协定", None, None),
            ("基础设施和就业法案", None, None),
        ],
        id="economic-daily-report-agreement-act-tongguo-is-by-means-of",
    ),
    case(
        "不过，据业主提供的长沙市住建局《关于龙湖水晶郦城项目部分购房人信访事项的答复》，龙湖擅自拆除样板房"
        "的行为确属违规。",
        [("关于龙湖水晶郦城项目部分购房人信访事项的答复", None, None)],
        id="caijing-guanyu-reply",
    ),
    case(
        "2023年12月，工业和信息化部等八部门联合印发《关于加快传统制造业转型升级的指导意见》。",
        [("关于加快传统制造业转型升级的指导意见", "印发", "2023-12")],
        id="written-joint-issue-with-month",
    ),
    case(
        "近年来，省政府先后出台了《山东省“十四五”制造业高质量发展规划》《关于推动先进制造业和现代服务业深度融合"
        "的实施意见》和《山东省制造业数字化转型行动方案（2022—2025年）》等政策文件。",
        [
            ("山东省“十四五”制造业高质量发展规划", "出台", None),
            ("关于推动先进制造业和现代服务业深度融合的实施意见", "出台", None),
            ("山东省制造业数字化转型行动方案（2022—2025年）", "出台", None),
        ],
        id="written-list-shares-the-verb",
    ),
    case(
        "《中华人民共和国中小企业促进法》于2018年1月1日起施行。会议审议通过了《山东省优化营商环境条例"
        "（修订草案）》。",
        [
            ("中华人民共和国中小企业促进法", "施行", "2018-01-01"),
            ("山东省优化营商环境条例（修订草案）", "审议通过", None),
        ],
        id="written-law-in-force-and-draft-adopted",
    ),
    case(
        "市政府办公室关于印发《济南市促进民营经济高质量发展若干措施》的通知。《意见》明确，到2025年全面完成。",
        [("济南市促进民营经济高质量发展若干措施", "印发", None)],  # 《意见》 names no document
        id="written-notice-of-issue-and-abbreviation",
    ),
    case(
        "去年，省工信厅发布了《2023年山东省数字经济发展白皮书》和《山东省工业企业数字化转型指南》。",
        [
            ("2023年山东省数字经济发展白皮书", "发布", "2023"),
            ("山东省工业企业数字化转型指南", "发布", "2023"),
        ],
        id="written-white-paper-and-guide",
    ),
    case(
        "《山东省优化营商环境条例》将于7月1日起正式施行。省政府印发实施《山东省数字经济发展规划》，"
        "省发改委就《山东省节能办法（征求意见稿）》公开征求意见。",
        [
            ("山东省优化营商环境条例", "施行", "2024-07-01"),
            ("山东省数字经济发展规划", "印发", None),
            ("山东省节能办法（征求意见稿）", "征求意见", None),
        ],
        id="written-in-force-on-a-day-compound-verb-and-draft",
    ),
    case(
        "5月20日，《山东省数据条例》正式发布。中国网5月13日讯 《呼和浩特市育儿补贴办法》正式发布。",
        [("山东省数据条例", "发布", "2024-05-20"), ("呼和浩特市育儿补贴办法", "发布", None)],
        id="written-date-before-title-verb-after-but-not-a-dateline",
    ),
    case(
        "《山东省数据条例》和《山东省数字经济促进条例》相继施行。",
        [("山东省数据条例", "施行", None), ("山东省数字经济促进条例", "施行", None)],
        id="written-list-verb-after-the-last-title",
    ),
    case(
        "按照《山东省制造业高质量发展行动计划》要求，贯彻落实《关于推动工业经济平稳增长的若干措施》。",
        [
            ("山东省制造业高质量发展行动计划", None, None),
            ("关于推动工业经济平稳增长的若干措施", None, None),
        ],
        id="written-cited-not-issued",
    ),
    case(
        "国务院新闻办发布《新时代的中国绿色发展》白皮书。联合国贸发会议发布《世界投资报告2023》。",
        [("新时代的中国绿色发展", "发布", None), ("世界投资报告2023", "发布", None)],
        id="written-kind-after-the-title-and-edition-year",
    ),
    case(
        "公司披露《2023年年报》，工信部发布《电动汽车用动力蓄电池安全要求》强制性国家标准。",
        [("2023年年报", None, None), ("电动汽车用动力蓄电池安全要求", "发布", None)],
        id="written-annual-report-and-standard",
    ),
    # Guards: newspapers, magazines, programmes, books, songs, articles.
    case(
        "据《人民日报》报道，《经济日报》《中国证券报》记者、《求是》杂志和《新闻联播》《焦点访谈》都关注此事。",
        [],
        id="guard-newspapers-and-programmes",
    ),
    case(
        "据《红周刊》记者了解，英国《金融时报》对资管公司进行了调查，法国《星期日报》也有报道。",
        [],
        id="caijing-sina-xinhua-guard-periodicals",
    ),
    case(
        "词作家田汉创作《义勇军进行曲》的故事，大型室内舞秀《燕云十八骑》首秀，陆游写了《冬夜读书示子聿》。",
        [],
        id="china.com.cn-guard-songs-shows-poems",
    ),
    case(
        "马强等人在《有轨电车发展规划反思与应用展望》一文中分析了决策问题。他在《城市规划》杂志上发表了观点。",
        [],
        id="thepaper-guard-article-and-journal",
    ),
    case(
        "剧团推出《燕云十八骑》，《经济参考报》报告显示，出版社发布《三体》新版。",
        [],
        id="guard-launched-shows-and-a-newspaper-before-a-kind-word",
    ),
    case(
        "央视播出《大国重器》纪录片，剧组制定《流浪地球》电影宣传计划。",
        [],
        id="guard-documentaries-and-films",
    ),
    case(
        "全国人大常委会审议通过《刑法修正案（十二）》。",
        [("刑法修正案（十二）", "审议通过", None)],
        id="written-amendment",
    ),
    case(
        "市政府修订《城市供水管理条例》（以下简称《供水条例》），并发布《农村饮水工程管护办法》"
        "（下称“《管护办法》”）。",
        [("城市供水管理条例", "修订", None), ("农村饮水工程管护办法", "发布", None)],
        id="short-forms-named-by-jiancheng-are-no-documents",
    ),
    case(
        "省卫生厅印发《基层医疗机构用药手册》、《常见病诊疗路径》等，供各地使用。",
        [("基层医疗机构用药手册", "印发", None), ("常见病诊疗路径", "印发", None)],
        id="a-list-after-an-issuing-verb-shares-it",
    ),
    case(
        "全国人大常委会审议通过《关于修改〈中华人民共和国职业病防治法〉的决定》。",
        [
            ("关于修改〈中华人民共和国职业病防治法〉的决定", "审议通过", None),
            ("中华人民共和国职业病防治法", None, None),
        ],
        id="a-law-named-inside-a-title-is-a-document-too",
    ),
    case(
        "1955年他在《大公报》开设专栏。国家统计局发布《2023年国民经济和社会发展统计公报》。",
        [("2023年国民经济和社会发展统计公报", "发布", None)],
        id="a-known-outlet-in-brackets-is-no-gazette",
    ),
    case(
        "《关于〈红楼梦〉研究的报告》发布。",
        [("关于〈红楼梦〉研究的报告", "发布", None)],
        id="a-book-named-inside-a-title-is-none",
    ),
    # twelfth session
    case(
        "强制性国家标准《电动汽车传导充电用连接装置》（GB/T 20234—2023）发布。团体标准《预制菜》发布。",
        [("电动汽车传导充电用连接装置", "发布", None), ("预制菜", "发布", None)],
        id="a-standard-by-its-label-or-its-code-whatever-its-last-word",
    ),
    case(
        "《中央一号文件》提出。特区政府公布《2024-25年度财政预算案》。刊宪《2024年公司（修订）规例》。",
        [
            ("中央一号文件", None, None),
            ("2024-25年度财政预算案", "公布", None),
            ("2024年公司（修订）规例", None, None),
        ],
        id="files-budgets-and-hong-kong-regulations",
    ),
    case(
        "新华社刊发评论《稳就业要有新办法》。专著《中国土地制度改革研究报告》出版。"
        "刊发题为《对违规吃喝问题的调查报告》的文章。《一图读懂2024年政府工作报告》。",
        [],
        id="articles-books-and-explainers-are-no-documents",
    ),
    case(
        "新华网刊发《〈关于加快经济社会发展全面绿色转型的意见〉解读》。",
        [("关于加快经济社会发展全面绿色转型的意见", None, None)],
        id="a-document-explained-inside-another-title",
    ),
    case(
        "县政府印发《关于印发《XX县人居环境整治行动实施方案》的通知》。",
        [
            ("关于印发《XX县人居环境整治行动实施方案》的通知", "印发", None),
            ("XX县人居环境整治行动实施方案", None, None),
        ],
        id="a-title-inside-a-title-in-doubled-brackets",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_extract(text: str, published: str | None, expected: list[Row]) -> None:
    assert documents_of([text], published) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("先进制造业集群培育认定办法(暂行)", True),
        ("通知", True),
        ("关于龙湖水晶郦城项目部分购房人信访事项的答复", True),
        ("2023年国民经济和社会发展统计公报", True),
        ("长江三角洲区域一体化发展规划纲要", True),
        ("人民日报", False),
        ("中国证券报", False),
        ("新闻联播", False),
        ("三体", False),
        ("孙子兵法", False),
        ("关于父亲的回忆", False),
        ("中华人民共和国民法典", True),
        ("山东省产业结构调整指导目录（2024年本）", True),
        ("关于加强合作的备忘录", True),
        ("健康中国行动（2019—2030年）", True),
        ("深圳市轨道交通突发事件应急预案", True),  # 预案: a contingency plan
        # (fourteenth session) 预算法 is a law, though it ends like 算法 (an algorithm)
        ("中华人民共和国预算法", True),
        ("预算法", True),
        ("机器学习算法", False),
    ],
)
def test_is_document_title(title: str, expected: bool) -> None:
    assert is_document_title(title) is expected


def test_no_publication_time_keeps_explicit_dates_only() -> None:
    text = "去年，山东出台了《山东省民营经济实施意见》；2023年5月，省政府印发《山东数据管理办法》。"
    assert documents_of([text], None) == [
        ("山东省民营经济实施意见", "出台", None),
        ("山东数据管理办法", "印发", "2023-05"),
    ]


def test_plan_named_without_a_document_word() -> None:
    """A title right after a verb that only issues documents (印发) is one."""
    assert documents_of(["国务院印发《中国制造2025》。"]) == [("中国制造2025", "印发", None)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("通知", True),
        ("实施意见", True),
        ("行动计划", True),
        ("管理办法（试行）", True),
        ("报告2023", True),
        ("网络安全法", False),
        ("宪法", False),
        ("民法典", False),
        ("政府工作报告", False),
        ("关于加快传统制造业转型升级的指导意见", False),
    ],
)
def test_short_forms(title: str, expected: bool) -> None:
    assert is_short_form(title) is expected


# Nineteenth session (State Council probe): the State Council's forwarding and approving verbs and
# 讨论通过 are a document's action (bare 通过 stays out: "by means of").
@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("会议原则同意《长江经济带发展实施方案》。", "原则同意"),
        ("国务院批复同意《北京城市副中心控制性详细规划》。", "批复同意"),
        ("国务院办公厅转发《关于进一步做好稳就业工作的意见》。", "转发"),
        ("会议讨论通过《生态保护补偿条例（草案）》。", "讨论通过"),
    ],
)
def test_state_council_actions(sentence: str, action: str) -> None:
    doc = segment(Article(metadata=Metadata(published="2024-06-07"), body=[sentence]))
    assert [f.action for f in extract(doc) if isinstance(f, Document)] == [action]


# Twentieth session (fresh Hong Kong paragraph): a plan named a blueprint is a document, its
# edition year after the word (《香港气候行动蓝图2050》); a blueprint of no 《》 is none.
def test_blueprints_are_plans() -> None:
    assert is_document_title("香港气候行动蓝图2050") and is_document_title("陆路交通总蓝图")
