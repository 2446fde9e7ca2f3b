"""Policy documents named in 《》: title, action (出台, 印发…), resolved date.

A 《》 title is a document when its last word names a kind of law, regulation, plan, notice,
measure, opinion, report or standard (:data:`DOCUMENT_SUFFIXES`, tried after dropping trailing
parentheses such as (暂行) or （2021—2025年）), or when it starts with 关于. Newspapers, magazines,
programmes, books and articles are not documents: a title ending like a periodical (…报, 周刊),
a known outlet (:data:`MEDIA`) or a title followed by 一文/记者/网站 is skipped.

The fact's ``text`` and ``title`` are the inner text as written (brackets removed, ASCII
parentheses kept); the span points inside the brackets. ``action`` is the issuing verb governing
the title — before it (山东出台了《…》 → 出台) or after it (《…》近日发布 → 发布) — and ``date`` is
the resolved date of that action when the same sentence gives one before the verb
(去年，山东出台了《…》 → "2023"; a deadline such as 到2025年 is no action date).
"""

from __future__ import annotations

from typing import Literal

import regex

from ..models import Doc
from . import dates
from .base import Fact


class Document(Fact):
    type: Literal["document"] = "document"
    title: str
    action: str | None = None
    date: str | None = None


#: The last word of a document's title. Collected from State Council and provincial document
#: naming (党政机关公文格式 kinds plus plan, standard and report names); longest first is not
#: needed because a title only has to end with one of them.
DOCUMENT_SUFFIXES: tuple[str, ...] = (
    "意见", "办法", "规划", "方案", "通知", "条例", "法", "法案", "法典", "规定", "决定", "纲要",
    "计划", "措施", "细则", "标准", "报告", "白皮书", "指南", "指引", "目录", "清单", "名单",
    "公告", "通告", "公报", "通报", "决议", "章程", "准则", "规则", "规范", "守则", "导则", "协定",
    "协议", "公约", "条约", "议定书", "宣言", "声明", "批复", "函", "政策", "要点", "纲领", "解释",
    "制度", "大纲", "路线图", "倡议", "倡议书", "规程", "指导意见", "实施意见",
)  # fmt: skip

#: Periodicals whose names end like a document word are rare; these outlets are named often in
#: policy news. A title equal to one of them is never a document.
MEDIA: frozenset[str] = frozenset(
    ["求是", "新闻联播", "焦点访谈", "新闻1+1", "半月谈", "瞭望", "红旗文稿", "财经", "棱镜"]
)
#: Endings of periodicals and programmes (…日报, …周刊, …之声).
_MEDIA_ENDING = regex.compile(
    r"(?<!公|通|简|快|年|情|汇|申|呈|预|季|月)报$|(?:周刊|月刊|杂志|画报|文摘|频道|之声|联播|访谈|节目|栏目)$"
)
#: A title followed by these names an article, a book or an outlet (《…》一文, 《…》记者).
_NOT_DOCUMENT_AFTER = regex.compile(r"一文|一书|一诗|一曲|一剧|杂志|记者|网站|报道|栏目|节目|专栏")
_TRAILING_PARENS = regex.compile(r"(?:[（(][^（）()]*[)）])+$")
_TITLE = regex.compile(r"《([^《》\n]{1,120})》")

#: Verbs that issue, adopt or change a document, longest first so 联合印发 wins over 印发.
ACTIONS: tuple[str, ...] = (
    "审议通过", "表决通过", "联合印发", "正式印发", "研究制定", "修订印发", "印发", "出台", "制定",
    "制订", "发布", "颁布", "修订", "修改", "公布", "下发", "发出", "推出", "编制", "起草", "签署",
    "批准", "实施", "施行", "实行", "废止", "出炉",
)  # fmt: skip
_VERB = "(?P<verb>" + "|".join(ACTIONS) + ")"
#: The verb before the title, with at most an aspect particle or a few filler words between.
_ACTION_BEFORE = regex.compile(_VERB + r"(?:了|过|的)?(?:新的|新版|一系列|系列|一份|一批)?$")
#: The verb after the title: past a parenthesis (以下简称…) and adverbs (近日, 正式, 已于…起).
_ACTION_AFTER = regex.compile(
    r"^(?:[（(][^（）()]{0,40}[)）])?"
    r"(?:已经|已|正式|近日|日前|近期|将|于|也|由|经|相继|先后|今起|起|[\d年月日]{2,12})*" + _VERB
)
#: A list of titles shares the verb of its first one (出台了《A》《B》和《C》).
_LIST_JOINER = regex.compile(r"^》?(?:、|和|及|与|以及|，)?$")
_SEGMENT_END = regex.compile(r"[。！？；!?;]")
#: A date preceded by these is a deadline or a range's end, not the date of an action.
_NOT_ACTION_DATE = ("到", "至", "截至", "截止")


def is_document_title(title: str, after: str = "") -> bool:
    """Whether a 《》 title names a document (see the module's rule).

    >>> is_document_title("先进制造业集群培育认定办法(暂行)"), is_document_title("人民日报")
    (True, False)
    >>> is_document_title("通知"), is_document_title("有轨电车发展规划反思与应用展望")
    (True, False)
    """
    if title in MEDIA or _NOT_DOCUMENT_AFTER.match(after):
        return False
    core = _TRAILING_PARENS.sub("", title).strip() or title
    if _MEDIA_ENDING.search(core):
        return False
    return core.startswith("关于") or core.endswith(DOCUMENT_SUFFIXES)


def extract(doc: Doc) -> list[Fact]:
    """Every document title of the body with its issuing verb and date."""
    if not any("《" in text for text in doc.paragraphs):
        return []  # skip resolving the dates again
    by_paragraph: dict[int, list[dates.Date]] = {}
    for fact in dates.extract(doc):
        if isinstance(fact, dates.Date) and fact.value is not None:
            by_paragraph.setdefault(fact.paragraph, []).append(fact)
    facts: list[Fact] = []
    for index, text in enumerate(doc.paragraphs):
        previous: Document | None = None
        for match in _TITLE.finditer(text):
            title = match[1]
            if not is_document_title(title, text[match.end() : match.end() + 3]):
                continue
            start, end = match.span(1)
            action, date = _action(text, match, by_paragraph.get(index, []))
            # 《A》、《B》: B shares A's verb (and date).
            joined = previous is not None and _LIST_JOINER.match(text[previous.end : start - 1])
            if action is None and previous is not None and joined:
                action, date = previous.action, previous.date
            document = Document(
                text=title,
                paragraph=index,
                start=start,
                end=end,
                rule="document.title",
                title=title,
                action=action,
                date=date,
            )
            facts.append(document)
            previous = document
    return facts


def _action(
    text: str, match: regex.Match[str], found_dates: list[dates.Date]
) -> tuple[str | None, str | None]:
    """The issuing verb of a title and the date of that action, when the sentence gives them."""
    segment_start = 0
    for end in _SEGMENT_END.finditer(text, 0, match.start()):
        segment_start = end.end()
    before = _ACTION_BEFORE.search(text, segment_start, match.start())
    if before is not None:
        verb, verb_start = before["verb"], before.start()
    else:
        after = _ACTION_AFTER.search(text[match.end() : match.end() + 60])
        if after is None:
            return None, None
        # 《…》于2023年5月印发: only a date between the title and its verb is the verb's; one
        # before the title (a dateline) is not (《…》近日发布 stays undated).
        verb, verb_start = after["verb"], match.end() + after.start("verb")
        segment_start = match.end()
    date = None
    for fact in found_dates:
        inside = segment_start <= fact.start and fact.end <= verb_start
        if inside and not text[max(0, fact.start - 2) : fact.start].endswith(_NOT_ACTION_DATE):
            date = fact.value
    return verb, date
