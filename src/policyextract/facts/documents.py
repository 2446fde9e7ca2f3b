"""Policy documents named in 《》: title, action (出台, 印发…), resolved date.

A 《》 title is a document when its last word names a kind of law, regulation, plan, notice,
measure, opinion, report or standard (:data:`DOCUMENT_SUFFIXES`, tried after dropping trailing
parentheses such as (暂行) or （2021—2025年））. A leading 关于 is no proof (《关于父亲的回忆》 is
an essay); official titles end with their kind (关于…的通知, 关于…的答复). Newspapers, magazines,
programmes, books and articles are not documents: a title ending like a periodical (…报, 周刊),
a known outlet (:data:`MEDIA`) or a title followed by 一文/记者/网站 is skipped. A title followed by
its kind (《…》白皮书) or right after a verb that only issues documents (印发《中国制造2025》) is a
document whatever its last word; an edition year after the kind (《世界投资报告2023》) is ignored.

A title written inside a title in angle brackets (《关于修改〈中华人民共和国职业病防治法〉的决定》)
is a document of its own when it reads as one (the law amended), with no action of its own.

A title that is only a kind (《通知》, 《报告》, 《实施意见》) stands for a document named in full
(以下简称《通知》) or for nothing the reader can tell: it is no document of its own (issue 10; the
full title is the fact); so is any title introduced as a short form (以下简称《防治法》).
The fact's ``text`` and ``title`` are the inner text as written (brackets removed, ASCII
parentheses kept); the span points inside the brackets. ``action`` is the plain
issuing verb governing the title — before it (山东出台了《…》 → 出台; 联合印发 → 印发) or after it
(《…》近日发布 → 发布); a title cited (根据《…》, 按照《…》) has none. ``date`` is the resolved
date of that action: the last date of the same sentence (split at 。；！？) before the verb,
except a deadline (到2025年), a dateline (中国网5月13日讯) or when the verb is marked vague (近日,
日前): 去年，山东出台了《…》 → "2023". Titles listed together (出台了《A》《B》和《C》) share the
verb.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Literal

import regex

from .. import pattern_cache
from ..lexicon_user import shipped_list
from ..models import Doc
from . import dates
from .base import Fact, lazy_pattern


class Document(Fact):
    type: Literal["document"] = "document"
    title: str
    action: str | None = None
    date: str | None = None


#: The last word of a document's title. Collected from State Council and provincial document
#: naming (党政机关公文格式 kinds plus plan, standard and report names); longest first is not
#: needed because a title only has to end with one of them.
DOCUMENT_SUFFIXES: tuple[str, ...] = (
    "意见", "办法", "规划", "方案", "通知", "条例", "法", "法案", "法典", "法规", "规定", "决定",
    "纲要", "计划", "措施", "细则", "通则", "总则", "标准", "报告", "白皮书", "蓝皮书", "指南",
    "指引", "目录", "清单", "名单", "公告", "通告", "公报", "通报", "决议", "章程", "宪章", "准则",
    "规则", "规范", "守则", "导则", "规程", "协定", "协议", "协议书", "合同", "备忘录", "公约",
    "条约", "议定书", "宣言", "声明", "批复", "函", "政策", "要点", "纲领", "解释", "制度", "大纲",
    "路线图", "议程", "倡议", "倡议书", "意见书", "建议书", "责任书", "任务书", "承诺书", "提案",
    "议案", "纪要", "答复", "复函", "回复", "意见稿", "草案", "行动", "要求", "年报", "季报",
    "修正案", "预案",
    # (twelfth session) 中央一号文件, budgets (财政预算案, 市级预算), Hong Kong's subsidiary
    # legislation (…规例), lists kept by law (…野生动物名录)
    "文件", "预算", "预算案", "规例", "名录",
    # (twentieth session) a plan named a blueprint (《香港气候行动蓝图2050》)
    "蓝图",
)  # fmt: skip
#: Titles ending in 法 that name a skill or a book, not a law (《孙子兵法》, 《学习方法》).
_NOT_LAW = (
    "兵法", "方法", "算法", "书法", "手法", "做法", "想法", "说法", "看法", "疗法", "语法", "技法",
    "笔法", "画法", "心法", "魔法", "战法", "打法", "玩法", "写法", "用法", "功法", "拳法", "剑法",
)  # fmt: skip

#: Laws that end like one of those (预算法 ends like 算法, an algorithm).
_LAWS_OF_NOT_LAW = ("预算法", "預算法")

#: Periodicals whose names end like a document word are rare; these outlets are named often in
#: policy news. A title equal to one of them is never a document.
MEDIA: frozenset[str] = frozenset(
    ["求是", "新闻联播", "焦点访谈", "新闻1+1", "半月谈", "瞭望", "红旗文稿", "财经", "棱镜"]
)
#: Endings of periodicals and programmes (…日报, …周刊, …之声).
_MEDIA_ENDING = pattern_cache.compile(
    r"(?<!公|通|简|快|年|情|汇|申|呈|预|季|月)报$|(?:周刊|月刊|杂志|画报|文摘|频道|之声|联播|访谈|节目|栏目)$"
)
#: A title followed by these names an article, a book or an outlet (《…》一文, 《…》记者).
_NOT_DOCUMENT_AFTER = pattern_cache.compile(
    r"一文|一书|一诗|一曲|一剧|杂志|记者|网站|报道|栏目|节目|专栏|纪录片|专题片|电视剧|电影|歌曲|丛书"
    r"|的(?:文章|报道|评论|社论|署名文章|演讲|讲话)"
)
#: A title right after these is an article's, a book's or a journal's (刊发评论《…》, 专著《…》),
#: whatever its last word; not 题为 alone (题为《…的提案》的提案: the dev gold's document; 题为《…》
#: 的文章 is an article by what follows it).
_NOT_DOCUMENT_BEFORE = pattern_cache.compile(
    r"(?:文章|评论|社论|评论员文章|报道|专著|著作|新书|该书|书籍|期刊|刊文|短评|述评)[:：]?$"
)
#: A headline that explains a document (《一图读懂2024年政府工作报告》) is no document.
_EXPLAINER = ("一图读懂", "一图看懂", "图解", "图说")
#: A standard's label before its title (国家标准《电动汽车传导充电用连接装置》), or its code in
#: brackets after it (（GB/T 20234—2023）): the title names a standard whatever its last word.
_STANDARD_BEFORE = pattern_cache.compile(r"标准[:：]?$")
_STANDARD_CODE_AFTER = pattern_cache.compile(r"^[（(]\s*[A-Z]{1,4}(?:/[A-Z])?\s*[0-9]")
_TRAILING_PARENS = pattern_cache.compile(r"(?:[（(][^（）()]*[)）])+$")
#: An edition year after the kind (《世界投资报告2023》, 《…指南 2024版》) is dropped like
#: parentheses.
_TRAILING_YEAR = pattern_cache.compile(r"\s*(?:19|20)\d\d(?:年版?|版)?$")
#: A title followed by its kind is a document whatever its last word (《新时代的中国绿色发展》
#: 白皮书, 《中国制造2025》规划).
_DOCUMENT_AFTER = pattern_cache.compile(r"白皮书|蓝皮书|报告|文件|规划|纲要|行动计划|实施方案|条例")
_TITLE = pattern_cache.compile(r"《([^《》\n]{1,120})》")
#: A title inside a title, in the angle brackets written there (〈中华人民共和国职业病防治法〉).
_INNER_TITLE = pattern_cache.compile(r"[〈<]([^〈〉<>\n]{1,120})[〉>]")
#: A title introduced as a short form (以下简称《防治法》, 下称《条例》) stands for the title just
#: named in full: no document of its own, whatever its words.
_NAMED_SHORT = pattern_cache.compile(r"(?:简称|下称)为?[:：]?[“\"「]?$")

#: Verbs that issue, adopt or change a document. The action is the plain verb: adverbs
#: (联合印发, 正式发布) and a second verb (印发实施, 制定出台) are left out; 通过 alone is too often
#: "by means of" (通过《…》等立法), so only 审议/表决/原则通过 count.
ACTIONS: tuple[str, ...] = (
    "审议通过", "表决通过", "原则通过", "讨论通过", "印发", "出台", "制定", "制订", "发布", "颁布",
    "修订", "修改", "公布", "下发", "发出", "推出", "编制", "起草", "签署", "签发", "批准", "实施",
    "施行", "实行", "废止", "出炉", "征求意见",
    # (nineteenth session) the State Council's forwarding and approving (转发, 批复同意, 原则同意)
    "转发", "批复同意", "原则同意",
)  # fmt: skip
_VERB = "(?P<verb>" + "|".join(ACTIONS) + ")"
#: Verbs that only issue documents: a title right after one is a document whatever its last word
#: (印发《中国制造2025》); 发布, 推出, 公布 also launch songs, shows and books.
_ISSUING = frozenset(
    (
        *("印发", "出台", "颁布", "制定", "制订", "下发", "签发", "审议通过", "表决通过"),
        *("原则通过", "讨论通过", "转发", "批复同意", "原则同意"),
    )
)
#: The verb before the title, with at most an aspect particle or a few filler words between.
_action_before = lazy_pattern(
    _VERB + r"(?:出台|印发|实施|施行|发布)?(?:了|过|的)?(?:新的|新版|一系列|系列|一份|一批)?$"
)
#: The longest text _action_before can match (a 4-character verb, a 2-character second verb, 了,
#: 一系列: 10), with room to spare.
_ACTION_BEFORE_REACH = 16
#: The verb after the title: past a parenthesis (以下简称…) and adverbs (近日, 正式, 已于…起).
#: 已经 is 已 then 经, both listed: listing it too made each 已经 two ways to match, so a run of
#: them (《…》已经已经…) cost 2^n tries (sixteenth session's audit).
_action_after = lazy_pattern(
    r"^(?:[（(][^（）()]{0,40}[)）])?"
    r"(?:的|已|正式|近日|日前|近期|将|于|也|由|经|相继|先后|今起|起|公开|[\d年月日]{2,12})*" + _VERB
)
#: A list of titles shares the verb of its first one (出台了《A》《B》和《C》).
_LIST_JOINER = pattern_cache.compile(r"^》?(?:、|和|及|与|以及)?$")
_SEGMENT_END = pattern_cache.compile(r"[。！？；!?;]")
#: Adverbs that say an action's date is vague (《…》近日发布 has no date).
_VAGUE = pattern_cache.compile(r"近日|日前|近期|此前")
#: A date followed by these is a dateline (新华社北京6月7日电, 中国网5月13日讯).
_DATELINE_END = ("电", "讯")
#: A date preceded by these is a deadline or a range's end, not the date of an action.
_NOT_ACTION_DATE = ("到", "至", "截至", "截止")


def _core(title: str) -> str:
    """The title without trailing parentheses and edition year (…规划（2021—2025年）, …报告2023)."""
    core = _TRAILING_PARENS.sub("", title).strip() or title
    return _TRAILING_YEAR.sub("", core) or core


def _media(title: str) -> bool:
    """A periodical, a programme or an outlet (《大公报》: the paper, not a 公报 communiqué)."""
    return (
        title in MEDIA
        or title in _known_companies()
        or _MEDIA_ENDING.search(_core(title)) is not None
    )


@cache
def _known_companies() -> frozenset[str]:
    """The companies and outlets known by name (``lexicon/companies.txt``): a 《》 title that is
    one names the outlet, never a document."""
    return frozenset(shipped_list("companies"))


def is_document_title(title: str, after: str = "") -> bool:
    """Whether a 《》 title names a document (see the module's rule).

    >>> is_document_title("高新技术企业认定管理办法(暂行)"), is_document_title("人民日报")
    (True, False)
    >>> is_document_title("通知"), is_document_title("有轨电车发展规划反思与应用展望")
    (True, False)
    """
    if _NOT_DOCUMENT_AFTER.match(after) or _media(title) or title.startswith(_EXPLAINER):
        return False
    core = _core(title)
    if _DOCUMENT_AFTER.match(after):
        return True
    if core.endswith(_NOT_LAW) and not core.endswith(_LAWS_OF_NOT_LAW):
        return False
    return core.endswith(DOCUMENT_SUFFIXES)


#: Words that make a short form of a kind (《实施意见》, 《行动计划》): with them a title is still
#: only its kind.
_GENERIC_MODIFIERS = pattern_cache.compile(
    r"(?:实施|指导|若干|行动|工作|总体|专项|暂行|具体|管理|补充|有关|相关|该|本|上述)*"
)


def is_short_form(title: str) -> bool:
    """A title that is only a kind of document (《通知》, 《意见》, 《实施方案》): the short form
    of a document named in full elsewhere (以下简称《通知》), not a document of its own.

    >>> is_short_form("通知"), is_short_form("实施意见"), is_short_form("网络安全法")
    (True, True, False)
    """
    core = _core(title)
    for kind in DOCUMENT_SUFFIXES:
        if core.endswith(kind):
            modifiers = core[: -len(kind)]
            if _GENERIC_MODIFIERS.fullmatch(modifiers):
                return True
    return False


def extract(doc: Doc) -> list[Fact]:
    """Every document title of the body with its issuing verb and date."""
    spans = dates.DateSpans(doc)  # resolved only as far as a title with a verb needs
    facts: list[Fact] = []
    for index, text in enumerate(doc.paragraphs):
        run: list[Document] = []  # titles listed together: 《A》、《B》和《C》
        segment_ends: list[int] | None = None
        scan = _nested_as_angles(text) if "《" in text else text
        for match in _TITLE.finditer(scan):
            title, after = text[match.start(1) : match.end(1)], text[match.end() : match.end() + 4]
            if segment_ends is None:
                segment_ends = [end.end() for end in _SEGMENT_END.finditer(text)]
            action, verb_start, segment_start = _action(text, match, segment_ends)
            # 国务院印发《中国制造2025》 is a document without a kind word.
            issued = verb_start < match.start() and action in _ISSUING
            listed = run and _LIST_JOINER.match(text[run[-1].end : match.start()])
            if listed and action is None and run[-1].action in _ISSUING:
                issued = True  # 印发《…指南》、《…处方集》: the list shares the issuing verb
            if issued and (_media(title) or _NOT_DOCUMENT_AFTER.match(after)):
                issued = False
            before = text[max(0, match.start() - 8) : match.start()]
            standard = _STANDARD_BEFORE.search(before) or _STANDARD_CODE_AFTER.match(
                text, match.end()
            )
            if _NOT_DOCUMENT_BEFORE.search(before):
                issued = False  # 刊发评论《稳就业要有新办法》: an article, whatever its words
            elif standard and not _media(title):
                issued = True  # 国家标准《预制菜》, 《城镇供水服务》（CJ/T 316-2009）
            if (
                not (issued or is_document_title(title, after))
                or is_short_form(title)
                or (_NOT_DOCUMENT_BEFORE.search(before) and not standard)
            ):
                # 《〈…意见〉解读》, 《关于〈…法（草案）〉的说明》: the document explained inside
                facts.extend(_inner_documents(text, scan, index, *match.span(1)))
                continue
            if _NAMED_SHORT.search(text, max(0, match.start() - 6), match.start()):
                continue  # 以下简称《防治法》: the short form of the title just named
            start, end = match.span(1)
            date = None
            if action is not None:
                date = _action_date(text, spans[index], segment_start, verb_start)
            if not (run and _LIST_JOINER.match(text[run[-1].end : start - 1])):
                run = []
            elif action is None:
                action, date = run[-1].action, run[-1].date  # 出台了《A》《B》: B's verb is A's
            elif verb_start > end:
                for member in run:  # 《A》和《B》相继印发: A's verb is B's
                    if member.action is None:
                        member.action, member.date = action, date
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
            run.append(document)
            # 《…关于修改〈中华人民共和国职业病防治法〉的决定》: the law the decision amends is a
            # document of its own, named inside the title
            facts.extend(_inner_documents(text, scan, index, start, end))
    return facts


def _nested_as_angles(text: str) -> str:
    """``text`` with every 《》 pair written inside another 《》 pair turned into 〈〉, one
    character for one (《关于印发《…方案》的通知》 as 《关于印发〈…方案〉的通知》): the outer title
    is matched whole, the inner one as a title inside it."""
    if text.count("《") < 2:
        return text
    chars = list(text)
    depth = 0
    for i, char in enumerate(chars):
        if char == "《":
            depth += 1
            if depth > 1:
                chars[i] = "〈"
        elif char == "》" and depth > 0:
            if depth > 1:
                chars[i] = "〉"
            depth -= 1
        elif char == "\n":
            depth = 0
    return "".join(chars)


def _inner_documents(text: str, scan: str, paragraph: int, start: int, end: int) -> list[Document]:
    """The documents named in angle brackets inside a title (〈中华人民共和国职业病防治法〉; in
    ``scan``, a nested 《》 is written so)."""
    found: list[Document] = []
    for inner in _INNER_TITLE.finditer(scan, start, end):
        title = text[inner.start(1) : inner.end(1)]
        inner_after = text[inner.end() : inner.end() + 4]
        if is_document_title(title, inner_after) and not is_short_form(title):
            found.append(
                Document(
                    text=title,
                    paragraph=paragraph,
                    start=inner.start(1),
                    end=inner.end(1),
                    rule="document.title",
                    title=title,
                )
            )
    return found


def _action(
    text: str, match: regex.Match[str], segment_ends: list[int]
) -> tuple[str | None, int, int]:
    """The issuing verb of a title, where it starts, and where the dates of its action begin
    (-1 when the sentence says the date is vague: 《…》近日发布)."""
    # The sentence's start, by bisection over the paragraph's sentence ends (found once).
    i = bisect_right(segment_ends, match.start())
    segment_start = segment_ends[i - 1] if i else 0
    # The verb and its fillers stand right before the title: a short window is searched, not the
    # whole sentence (a list of thousands of titles would be scanned once per title).
    window = max(segment_start, match.start() - _ACTION_BEFORE_REACH)
    before = _action_before().search(text, window, match.start())
    if before is not None:
        return before["verb"], before.start(), segment_start
    after = _action_after().search(text[match.end() : match.end() + 60])
    if after is None:
        return None, 0, 0
    verb_start = match.end() + after.start("verb")
    if _VAGUE.search(text, match.end(), verb_start):
        return after["verb"], verb_start, -1
    return after["verb"], verb_start, segment_start


def _action_date(text: str, spans: list[dates.Span], segment_start: int, verb: int) -> str | None:
    """The last date of the verb's sentence before the verb, unless it is a deadline (到2025年)
    or a dateline (中国网5月13日讯)."""
    date = None
    if segment_start < 0:
        return None
    # Dates come in text order, without overlaps: only those from the sentence's start are read.
    first = bisect_left(spans, segment_start, key=lambda span: span.start)
    for span in spans[first:]:
        if span.start >= verb:
            break
        if span.end > verb or span.value is None:
            continue
        deadline = text[max(0, span.start - 2) : span.start].endswith(_NOT_ACTION_DATE)
        if not deadline and not text.startswith(_DATELINE_END, span.end):
            date = span.value
    return date
