"""Targets: a goal for the future with deadline, action and items (到2025年形成3个…、8个…).

A sentence sets a target when a marker opens it before its figures:

- a deadline in the future: 到/至2025年, 2025年前, 2025年底前, 年底前 (rule ``target.deadline``);
  a year alone opening its clause, for that clause's figures, when it is ahead of the
  publication or is its year with 将/要 or a goal word (2024年，全市将新建…);
- a goal word: 力争, 计划, 争取, 确保, 目标 (rule ``target.goal``), not 计划中的 (a planned thing)
  nor after a negation (没有…确保);
  a plan named as the sentence's authority, 按照计划，/根据规划，/按照目标， (not followed by 已,
  了 or 目前: progress); a goal word with 了 or 已 before the figures reports what was done
  (按计划完成了3项实验);
- 今年/明年/年内 or a five-year plan (“十四五”期间 → 2025) followed by 将, 要 or 新 + verb
  (今年新培育…: rule ``target.this_year``; not 5年内, a term), or a span of years ahead (未来3年,
  今后五年) followed by 将 or 要 (rule ``target.this_year``, no deadline: no year is written),
  or 今年 followed by 提出 setting the year's levels (今年，全省提出参合率保持在98%…; not
  提出了/提出的/提出建议120件, nor 今年以来);
- in a plan paragraph — one that says 下一步/今后/接下来, a list item after one that starts with
  a short heading sentence (加大创新支持力度。), or the rest of a paragraph whose first sentence
  sets the year's or a deadline's goals (今年，全省提出…。将…。) — 将 or 要 before the figures
  (将新建…20所, 要加强…，原则上85%以上), or else a figure with a floor (不少于1万家, 30家以上), is
  a requirement set for the future (rule ``target.plan``); an age before the people it describes
  (将0-14周岁儿童…纳入) and a count announcing a list (做好两件事情：) are no items, nor, under
  将/要, a figure counting a noun that modifies another (总结3个试点县的经验), nor one in a
  sentence that reports (去年全省将…, …，全市共有120家) or names an effect (将惠及1.2亿人, 让…);
- a goal word right after the figures: 将通货膨胀率降至2%的目标 (rule ``target.goal_after``), unless
  the goal is reported as reached (完成了…的目标).

Where the sentence's first figure comes before any marker, a later clause opening with a
deadline or 今年/明年 + 将/要 before its figures (…，交通流量剧增，今年…将达到28.45亿人次) starts
the target; a goal word alone there does not (国家重点研发计划立项76项 names a programme).

Forecasts and estimates (预计, 预期, 可能, 估计) are not targets, nor goals whose deadline is
already past (目标是“2020年…” read in 2024). The quantities after the marker in the sentence are
the items of one target: those listed in one clause (5个国家级园区、12个省级园区、40个市级园区) and
those of each further clause the goal governs — one a verb or 将 leads to its figure (…，逐步化解
899所…，并将2000名…), not one that compares (…，是2023年的3倍), reports (…，目前已有50家;
…，截至6月底完成4万亩; 完成全年任务的40%), turns to what happened (…，但最终…仅为117亿元),
points back (…，这些企业平均营收…) or follows a reporter's aside (…，记者了解到，…); a ；
ends a clause, not the sentence, unless a clause after it reports (…;制定了《…》,…); a list
opened by 目标是： takes each figure as an item (主要预期目标是：国内生产总值增长5%左右；…，城镇
调查失业率5.5%左右；…。). A
further clause opening with its own future deadline (…，2030年前增加到50条) starts a target of its
own with that deadline.

The target's ``text`` runs from the marker (计划到2025年…; for a clause with its own
deadline, from the clause start; for a goal word after the figures, from the time the clause
sets, 未来5年 or 到2030年, or else its 将/把, or else the clause start) to the end of its last
item's quantity, the figure with its measure word (…、30个; the noun after it, 省级集群, is the
item's subject). ``label`` is a quoted name right after the items (…的“1+N”政策体系 → 1+N).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from .. import pattern_cache
from ..models import Doc, Token
from .base import Fact, Number, Qualifier, lazy_pattern
from .dates import resolve_date
from .numbers import json_number
from .quantities import CURRENCIES, TIME_UNITS, YEAR_PARTS, Found, paragraph_quantities
from .spans import tokens_between, word_list, word_tag


class TargetItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str | None
    value: Number | None
    unit: str | None
    unit_text: str | None = None  # as a quantity's: the unit as written, null with no unit
    qualifier: Qualifier = "exact"


class Target(Fact):
    type: Literal["target"] = "target"
    deadline: str | None
    action: str | None = None
    label: str | None = None
    items: list[TargetItem]


# --- language data ------------------------------------------------------------------------------

#: Words that set a goal (FACTS.md: 力争…, 计划…, 目标…), longest first in the pattern.
GOAL_WORDS = ("力争", "计划", "争取", "确保", "目标是", "目标为", "目标")
#: Words between a marker and its figures that are no action: goal words (but 确保, a verb: the
#: action when no other is written, 今年将确保廉租住房20万平方米) and the deadline's preposition.
NOT_ACTIONS = frozenset(GOAL_WORDS) - {"确保"} | {"到", "至", "在"}
#: A deadline: 到2025年, 至2030年底, 2025年前, 2027年底前. 前 before a count of the year's parts
#: opens a period of it instead (2023年前三季度, 今年前10个月): a report, no deadline; 年版 is an
#: edition (2024年版《负面清单》), no time.
_PERIOD_AHEAD = r"[\d０-９一二两三四五六七八九十几]"
_YEAR = r"(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3}"
_deadline_pattern = lazy_pattern(
    rf"(?P<to>到|至|在)?(?P<expr>(?P<y>{_YEAR})年(?!版[《〈“（(，,]|版目录|版清单)(?:(?:1[0-2]|[1-9])月(?![0-9一二三四五六七八九十]{{1,3}}[日号]))?(?:底|末)?)"
    rf"(?P<before>前(?!{_PERIOD_AHEAD})|以前|之前)?"
    r"|(?P<to>到|至)?(?P<expr>(?P<rel>今年|明年|本月|(?<![\d〇零一二两三四五六七八九十])年内|本年度?"
    r"|(?<![\d〇零一二两三四五六七八九十今明去前本年上当同])全年)"
    # (a part of the year or a span of its months after 今年: its end is the deadline, 今年上半年
    # → 06, 今年6月至8月 → 08)
    rf"(?:年?底|年?末|(?:1[0-2]|[1-9])月(?:底|末)?(?:[至到—\-](?:1[0-2]|[1-9])月(?:底|末)?)?"
    r"|(?<=今年|明年)(?:上半年|下半年|第?[一二三四]季度)(?:末)?)?)"
    rf"(?P<before>前(?!{_PERIOD_AHEAD})|以前|之前)?"
    rf"|(?<![\d〇零一二两三四五六七八九十今明去前本年])(?P<expr>(?P<end>年底|年末))(?P<before>前(?!{_PERIOD_AHEAD})|以前|之前)"
    r"|(?P<to>到|至)?(?P<expr>[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:期间|时期|末|规划期))"
    # 下半年，全省还将建成…, 三季度，该机场将新开…: a part of this year opening a plan
    r"|(?<![\d〇零一二两三四五六七八九十今明去前本年上当同])(?P<expr>(?P<part>上半年|下半年|第?[一二三四]季度))"
    # 要在9月底前完成…: a bare month's end ahead, after 在 or 于 and a plan's word (see _marker)
    rf"|(?<=[在于])(?P<expr>(?P<bm>1[0-2]|[1-9])月(?:底|末)?)(?P<before>前(?!{_PERIOD_AHEAD})|以前|之前)"
)
#: A plan's word right before the 在 or 于 of a bare month's deadline (要在9月底前, 将于10月前).
_PLAN_BEFORE_AT = pattern_cache.compile(r"(?:要|将|须|应|需|力争|确保|争取|计划|拟|务必)$")
#: The last month of a part of the year (下半年 → 12, 三季度 → 9).
_PART_END = {"上半年": 6, "下半年": 12, "一季度": 3, "二季度": 6, "三季度": 9, "四季度": 12}
#: A part of the year right after a year (2024年一季度末, 2024年上半年): its name as in _PART_END.
_YEAR_PART_AFTER = pattern_cache.compile(rf"第?({'|'.join(_PART_END)})")
#: The last year of a five-year plan: 十四五 (2021–2025) → 2025.
FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
#: After 今年/明年, what makes the sentence a plan rather than a report (今年将…, 今年，全市要…,
#: 今年新培育… — 新 right after the year only: 今年前4个月，全省新登记… is a report). A share of
#: the plan or the goal (完成全年目标任务的60%) reports, and so does a count of the things
#: planned (今年计划实施的300个重点项目已开工280个). 将 and 要 inside other words (即将, 将近,
#: 主要, 重要, 只要, 纪要, 要素…) plan nothing, but a main task or goal does (主要任务是…).
_WILL = r"(?<!即)将(?![近来])"
_MUST = r"(?<![主重只想必纪摘首紧概])要(?![是素点闻害])"
_THIS_YEAR_PLAN = pattern_cache.compile(
    rf"{_WILL}|{_MUST}|(?:主要|首要|重要)(?:任务|工作|目标)|力争|争取|(?<![模虚草仿比])拟(?![定写人任录提聘表推授晋])"
    r"|计划(?!\p{Han}{0,4}的)"
    r"|目标(?!(?:任务)?的)"
)
_THIS_YEAR_NEW = pattern_cache.compile(r"新\p{Han}")
#: 今年，…提出 + the levels set for the year (今年，全省提出参合率保持在98%…) plans too, unless
#: 提出 reports what was put forward (提出了, 提出的, 提出建议120件) or 今年以来 looks back.
_THIS_YEAR_SET = pattern_cache.compile(r"提出(?![了的过]|建议|意见|提案|议案|问题|申请|诉求)")
_LOOKING_BACK = ("以来", "来")
#: …提出，今年… (a work report setting the year's levels, 报告提出，今年全市地区生产总值增长
#: 5.5%左右): the year right after 提出 or 明确 is the levels' deadline.
_PROPOSED_BEFORE = pattern_cache.compile(r"(?:提出|明确)[，,：:]?$")
#: Words of forecasts and conditions: a sentence with them states no goal.
FORECAST_WORDS = ("预计", "预期", "预测", "预将", "可能", "有望", "或将", "显示", "估计", "预估")
#: Words that describe the present state: a figure after them is no goal (目标是将目前的42种…).
PRESENT_WORDS = ("目前", "现有", "当前", "现在")
#: Words that open a plan paragraph, and the longest heading sentence of a plan list item.
PLAN_OPENERS = ("下一步", "今后", "接下来", "下一阶段", "下阶段")
MAX_HEADING = 15
#: Qualifiers that make a figure in a plan paragraph a requirement (覆盖不少于1万家).
FLOOR_QUALIFIERS = frozenset(["at_least"])

#: Verbs that open a further clause of the same plan (到2025年，形成…，培育…，新增…).
ACTION_VERBS = frozenset(
    word_list(
        "形成 培育 建成 建设 打造 达到 突破 实现 完成 新增 新建 新培育 覆盖 引进 培养 认定 "
        "创建 带动 提高 提升 降低 减少 增加 力争 争取 培训 组建 开展 设立 建立 吸引 招引 推动 "
        "增长 达 超过 控制 保持 降至 提高到 "
        # (twentieth session) a level held (优良天数比率稳定在85%以上)
        "稳定 维持"
    )
)
#: Words that open a clause comparing the figure before rather than setting a new one.
COMPARISON_WORDS = frozenset(word_list("是 为 相当于 占 比 较 高于 低于"))
#: Words that make a further clause a report rather than part of the goal (…，目前已有50家).
REPORT_WORDS = frozenset(word_list("已 已经 了 去年 上年 同比 累计已 最终 实际 仅为"))
#: Words opening a further clause that turns from the goal to what happened (…，但认购不足…).
CONTRAST_WORDS = frozenset(word_list("但 但是 然而 不过 却 可是"))
#: Words that say what there is (全市共有120家): a figure after them under 将/要 is a report.
HOLDING_WORDS = frozenset(word_list("共有 现有 拥有 总共有"))
#: A reporter's aside between two clauses: what follows is reported, not planned.
_REPORTING = pattern_cache.compile(r"了解到|据了解|获悉|据介绍|记者")
#: Words opening a clause that points back at the goal's objects (这些企业…): a description.
REFERRING_WORDS = frozenset(word_list("这些 这 此 这一 上述"))
#: Words of progress to a date (截至6月底完成4万亩).
PROGRESS_WORDS = frozenset(word_list("截至 截止 截至目前 截止到"))
#: A share of the goal, reported (完成全年任务的40%).
_SHARE_OF_GOAL = pattern_cache.compile(r"(?:任务|目标|计划)的$|(?:任务|目标|计划)的[^，,]{0,4}$")
#: Words that name an effect rather than a goal (将惠及1.2亿人, 让2000名学生有学上).
EFFECT_WORDS = frozenset(word_list("惠及 受益 让 使 使得 令"))
#: Words that carry the goal on into a further clause without a verb of their own (…，并将22222名…).
FUTURE_WORDS = frozenset(word_list("将 要 并将 还将 力争 争取"))

_CLAUSE_BREAK = pattern_cache.compile(r"[，,：:；;]")
_CLAUSE_BREAK_BACK = pattern_cache.compile(r"[，,：:；;]", flags=regex.REVERSE)
_COMMA = pattern_cache.compile(r"[，,]")
#: A negation in the clause before a goal word (没有…确保, 未能争取): no goal is set.
_NEGATED = pattern_cache.compile(r"(?:没有|未能|并未|从未|尚未|未|没)[^，,。；;！？!?]{0,12}$")
#: A goal word right before a year: the year is the goal's deadline (目标是“2020年规划里程…,
#: 力争2025年…达到…).
_GOAL_YEAR_LEAD = pattern_cache.compile(r"(?:(?:目标|计划)[是为]?[：:]?[“\"]?|力争|确保|争取)$")
#: A year gone by before a goal word in its sentence: the goal is reported (去年…提出力争…).
_PAST_YEAR = pattern_cache.compile(r"去年|前年|上年|上一年|过去一年")


def _past_goal(text: str, start: int, goal: int, first: int) -> bool:
    """A goal told in a sentence about a year gone by, with no deadline of its own before its
    figure (去年，…提出力争…增长6%的目标), is reported; one with a deadline (去年…出台了《…》，
    计划到2025年…) is still set."""
    if not _PAST_YEAR.search(text, start, goal):
        return False
    return _deadline_pattern().search(text, goal, first) is None


#: A plan named as the sentence's authority (按照计划，…; 根据规划，…): it governs what follows.
_ACCORDING = pattern_cache.compile(r"(?:按照|根据|依照|按)(?:计划|规划|目标)[，,]")
#: Words that report a goal as reached (完成了…的目标, …的目标已实现), and how far after the goal
#: word they are looked for.
_ACHIEVED = pattern_cache.compile(r"了|已|完成|超额|达成")
MAX_ACHIEVED_GAP = 6
#: A span of years ahead: 未来5年, 今后三年 (the time a goal is set for, with no year written).
_HORIZON = pattern_cache.compile(
    r"(?:未来|今后)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年"
    # (seventeenth session) a span of years after 在 (将在5年内建成…: its plan's word before it)
    r"|(?<=在)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年内"
)
#: The start of a span of years right before its end year (2024—2026年, 2024-2026年).
#: After a year, the rest of its date and the link to a later year (2024年至2027年, 2024年1月1日
#: 至2025年…): the year opens a span.
_SPAN_OPENS = pattern_cache.compile(
    r"(?:(?:1[0-2]|[1-9])月(?:[0-9]{1,2}[日号])?)?(?:至|到|[—\-－–~～]{1,2})(?:19|20)\d\d年"
)
#: After a deadline's year, a day and 期间/之间: the end of a window a rule is in force for (在…
#: 至2025年12月31日期间的新能源汽车, …期间，对…减半征收), not a goal's deadline.
_WINDOW_END = pattern_cache.compile(r"(?:(?:1[0-2]|[1-9])月)?[0-9]{1,2}[日号](?:期间|之间)")
_YEAR_BEFORE_TO = pattern_cache.compile(
    r"(?:19|20)\d\d(?:年(?:(?:1[0-2]|[1-9])月(?:[0-9]{1,2}[日号])?)?)?$"  # 2024年9月1日 | 至
)
_YEAR_SPAN_BEFORE = pattern_cache.compile(r"(?:19|20)\d\d年?[—\-－–~～]{1,2}$")
#: After 到, the ends of this year and next year (到今年年底, 到明年) set a deadline without a
#: plan's word, as 到2025年 does; a month of this year (到今年3月末) is more often a date reported.
AHEAD_ENDS = frozenset(
    ("今年底", "今年年底", "今年末", "今年年末", "明年", "明年底", "明年年底", "明年末", "明年年末")
)
#: A plan's word before a span of years ahead (将在未来三年内新增…, 计划在今后五年): it plans as
#: one after the span does.
_HORIZON_LEAD = pattern_cache.compile(r"(?:将|要|计划|力争|争取)(?:在|于|用)?$")
#: A goal word right after the figures: 将通货膨胀率降至2%的目标, 实现1000亿元目标.
_GOAL_AFTER = pattern_cache.compile(r"[的之]?(?:预期)?目标")
_LABEL = pattern_cache.compile(r"的?[“\"]([^“”\"]{1,12})[”\"]")
_HEADING = pattern_cache.compile(rf"[^。！？，,]{{2,{MAX_HEADING}}}。")
_ANY_MARKER = pattern_cache.compile(
    rf"{'|'.join(GOAL_WORDS)}|规划|年前|年底前|[到至在]({_YEAR})年|今年|明年|本月|年内|本年|未来"
    r"|今后"
    rf"|(?:{_YEAR})年(?:至少|最少)?[将要]"
    r"|(?:19|20)\d\d年?[—\-－–~～]{1,2}(?:19|20)\d\d年"  # a span of years (2024—2026年)
    r"|十[一二三四五六七八九]五"
    r"|(?:半年|季度)[，,]?[^，,。；;]{0,12}?[将要]"  # 下半年，全省还将…
    r"|[在于](?:1[0-2]|[1-9])月[底末]?(?:以|之)?前"  # 要在9月底前
)
#: A year opening a clause (2025年，全省…): a marker only when it is not before the publication
#: (:func:`_bare_year_plan`), so the paragraph gate checks the year before reading the sentences.
_CLAUSE_YEAR = pattern_cache.compile(r"(?:^|[，,：:。；;！？!?])\s*((?:19|20)\d\d)年")
_GOAL = pattern_cache.compile("|".join(sorted(GOAL_WORDS, key=len, reverse=True)))
#: After 在 + a year: the verb of what is to be reached by then (在2013年时实现…, 在2030年建成;
#: not 完成了, done).
_ACTIONS = "|".join(pattern_cache.longest_first(ACTION_VERBS))
_ACTION_AT = pattern_cache.compile(
    rf"(?:时|之时)?(?:至少|最少)?(?:要|将|需要|需|应)?(?:{_ACTIONS})(?!了)"
)
#: Modal verbs of one character a 在 + year may follow (能在2013年时实现).
_MODAL_CHARS = frozenset("能将要可会应需")
#: After a year written inside a clause (保有量2027年将达到…): a plan's 将/要 and the verb of
#: what is to be reached.
_PLANNED_AT = pattern_cache.compile(rf"(?:至少|最少)?(?:要|将)(?:{_ACTIONS})(?!了)")


#: Words that make a figure before them a condition (达10张以上即可办理, 满60岁方可申领).
_CONDITION = pattern_cache.compile(r"即可|就可|便可|方可|才可|才能|就能|者可")
_CLAUSE_BREAK_OR_END = pattern_cache.compile(r"[，,：:。！？；!?;]")
#: How far after a figure a condition word is looked for.
MAX_CONDITION_GAP = 10

#: Measure words of ages: before the people they describe they define a scope (0-14周岁儿童).
AGE_UNITS = frozenset(("岁", "周岁"))
#: The rules of a paragraph's opening target that make the rest of it a plan paragraph.
OPENING_RULES = frozenset(("target.this_year", "target.deadline"))
#: In a plan paragraph, the words that set the figures after them as goals (将…, 要…).
_PLAN_LEAD = pattern_cache.compile(rf"(?<!必){_WILL}|(?<!需){_MUST}(?!求)")
#: Verbs that cut a time to a limit right before it (审批时间压缩至80个工作日以内): the time is the
#: goal's figure, not how long the plan runs.
TIME_LIMIT_LEADS = tuple(
    word_list(
        "压缩至 压缩到 压缩为 缩短至 缩短到 缩短为 缩减至 压减至 压减到 控制在 减少至 减少到 降至 "
        "降低至 降低到 不超过"
    )
)
#: Measure words that count kinds (三类人才, 两种模式), not amounts.
KIND_UNITS = frozenset(("类", "种", "大类", "层次"))


@dataclass
class _Marker:
    start: int
    end: int
    deadline: str | None
    rule: str


def extract(doc: Doc) -> list[Fact]:
    facts: list[Fact] = []
    framed = _plan_paragraphs(doc.paragraphs)
    for i, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        if not framed[i] and not _ANY_MARKER.search(text) and not _year_ahead(text, doc.published):
            continue  # most paragraphs set no goal: skip finding their quantities
        quantities = paragraph_quantities(doc, i)
        if not quantities:
            continue
        first = 0  # quantities come in text order: walk them with the sentences (linear)
        for span in _sentence_spans(text):
            while first < len(quantities) and quantities[first].start < span[0]:
                first += 1
            last = first
            while last < len(quantities) and quantities[last].start < span[1]:
                last += 1
            inside = quantities[first:last]
            if inside:
                found = _sentence_targets(text, tokens, i, span, inside, framed[i], doc)
                facts += found
                # 今年，全省提出…98%…。将…70%。: a paragraph opening with the year's or a
                # deadline's goals goes on setting goals (a plan paragraph from here on).
                opening = not text[: span[0]].strip(" \u3000")
                if opening and any(f.rule in OPENING_RULES for f in found):
                    framed[i] = True
    return facts


#: Nouns holding 预期 (expected) that name a measure: no forecast word in them.
_EXPECTED_NOUN = pattern_cache.compile(r"预期(?:寿命|收益|收益率|年限)")
_FORECAST = pattern_cache.compile("|".join(FORECAST_WORDS))
#: A verb and 的 after 计划: the things planned, named (计划安排的, 计划建设的).
_PLANNED_THING = pattern_cache.compile(r"\p{Han}{2}的")
#: 计划 as a noun, a programme or a plan named: before a closing quote (“强基计划”) or a word
#: it makes a noun with (计划生育, 计划单列市, 计划项目, 计划书), or after a determiner
#: or a kind of programme (该计划, 本次激励计划, 员工持股计划, 研发计划); not after 本次 alone
#: (本次计划销售大豆50万吨: a verb).
_PLAN_NOUN_AFTER = pattern_cache.compile(r"[”」』》\"'’]|生育|单列|项目|书")
_PLAN_WILL = pattern_cache.compile(r"将|拟|要|力争|确保")
_PLAN_NOUN_BEFORE = pattern_cache.compile(
    r"(?:该|本|此|这|这一|这项|上述|此项|该项|激励|持股|研发|专项|培训|扶持|引才|人才"
    # (nineteenth session) programmes of support and sharing (营养改善计划, 人才支持计划, 现金
    # 分享计划); a quota's plan (招生计划为4200人, 人才引进计划为200人, 投资计划完成420亿元)
    # stays a plan
    r"|改善|支持|分享|资助)$"
)


def _no_plan_set(text: str, m: regex.Match[str]) -> bool:
    """A plan's or a goal's word that sets none: one given up or changed (原计划新开工项目100个,
    原目标), or 计划 ending a programme's name (人才引进计划, 营养改善计划; see
    :func:`_plan_named`) with no plan's word after it."""
    return text.endswith("原", 0, m.start()) or (
        m.group() == "计划" and _plan_named(text, m.start(), m.end())
    )


def _plan_word(text: str, start: int, end: int) -> bool:
    """A plan's word (将, 要, 力争, 争取…) between ``start`` and ``end``; not 争取 of funds obtained
    (全年共争取中央和省补助资金96.3亿元: reported)."""
    for m in _THIS_YEAR_PLAN.finditer(text, start, end):
        if _no_plan_set(text, m):
            continue  # 原计划新开工项目100个: reported
        if m.group() != "争取" or not _OBTAINED.match(text, m.end()):
            return True
    return False


def _plan_named(text: str, start: int, end: int) -> bool:
    before = _PLAN_NOUN_BEFORE.search(text, max(0, start - 4), start)
    return bool(before or _PLAN_NOUN_AFTER.match(text, end))


#: Funds and support after 争取: obtained (争取项目资金, 争取上级资金, 争取到中央预算内投资),
#: not a goal striven for (争取实现, 争取达到).
_OBTAINED = pattern_cache.compile(
    r"(?:到位|到)?(?:(?:上级|中央|省级|省|市级|国家|社会|各类|各级)[和及、与]?)*"
    r"(?:预算内|转移支付|财政|补助|专项)?"
    r"(?:资金|项目|支持|政策|补助|补贴|贷款|专项债|额度|指标|投资)"
    # (eighteenth session) the giver's funds of a field (争取中央水利发展资金, 争取地方政府专项债券
    # 资金): a level first, then the field's words
    r"|(?:上级|中央|省级|国家|地方政府)\p{Han}{0,8}?(?:资金|投资|补助|债券|专项债)"
)


def _forecast_at(text: str, start: int, end: int) -> int | None:
    """Where the first forecast word of the sentence stands, past 主要预期目标 (the plan's targets)
    and the names of measures (人均预期寿命, 预期收益: no forecast)."""
    for m in _FORECAST.finditer(text, start, end):
        if text.startswith("预期目标", m.start()) or _EXPECTED_NOUN.match(text, m.start()):
            continue
        at: int = m.start()
        return at
    return None


#: A goal word and a colon opening a list of goals (主要预期目标是：…；…；…。): every figure of
#: the list is an item, a verb before it or not.
_LISTED_GOALS = pattern_cache.compile(r"目标(?:是|为)?[：:]")
_GOAL_IS = pattern_cache.compile(r"目标(?:是|为)")
_FULL_SENTENCE = pattern_cache.compile(r"[^。！？!?]+[。！？!?]?")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph, split at 。！？: a ； ends a clause, not the sentence, and the
    goal runs on through the clauses after it that set goals (今年…支付比例将提高到90%…；…统筹
    基金支付比例提高到90%…；…自付比例控制在30%以内。), not through one that reports (…形成3个
    集群;制定了《…》,新建20所: :func:`_reports_after_stop`)."""
    return [m.span() for m in _FULL_SENTENCE.finditer(text)]


def _sentence_targets(
    text: str,
    tokens: list[Token],
    paragraph: int,
    span: tuple[int, int],
    quantities: list[Found],
    framed: bool,
    doc: Doc,
) -> list[Fact]:
    start, end = span
    # 将围绕…两个重点领域发力：今年力争…: a count announcing a list sets no goal, nor the
    # marker read before the goals it announces (twentieth session)
    quantities = [q for q in quantities if not _announces_list(text, q)]
    if not quantities:
        return []
    forecast = _forecast_at(text, start, end)
    if forecast is not None:
        # 今年计划发展…500亩，预计亩均增收2000元以上: the goal stands; the forecast's clause and
        # what follows it are no goal (a forecast before the first figure makes none)
        cut = _clause_start(text, start, forecast)
        quantities = [q for q in quantities if q.end <= cut]
        if not quantities:
            return []
    marker = _marker(text, start, quantities[0].start, doc.published)
    if marker is not None and marker.deadline is not None:
        # 到2025年底前基本完成…任务，今年计划改造小区3000个: the figure's own clause sets its time
        clause = _clause_start(text, marker.end, quantities[0].start)
        nearer = (
            _marker(text, clause, quantities[0].start, doc.published)
            if clause > marker.end
            else None
        )
        if nearer is None or nearer.deadline is None:
            # 今年6月底前，…将全部接入；今年年底前，新增…12个 (twentieth session): the part after a
            # semicolon sets its own time
            semi = max(
                text.rfind("；", marker.end, quantities[0].start),
                text.rfind(";", marker.end, quantities[0].start),
            )
            if semi > marker.end:
                nearer = _marker(text, semi + 1, quantities[0].start, doc.published)
        if nearer is not None and nearer.deadline is not None:
            marker = nearer
    lead = _PLAN_LEAD.search(text, start, quantities[0].start) if framed else None
    if (
        marker is not None
        and lead is not None
        and lead.start() < marker.start
        and text.startswith("确保", marker.start)
    ):
        marker = None  # 要加快…，确保…60%以上: the plan's 要 sets the goal 确保 says again
    if marker is None and lead is not None:
        # In a plan paragraph, 将/要 before the figures sets them as goals (要加强…，原则上85%以上).
        marker = _Marker(lead.start(), lead.end(), None, "target.plan")
    elif marker is None and framed:
        quantities = [q for q in quantities if q.qualifier in FLOOR_QUALIFIERS]
        if not quantities:
            return []
        marker = _Marker(_clause_start(text, start, quantities[0].start), 0, None, "target.plan")
        deadline_match = _deadline_pattern().search(text, start, quantities[0].start)
        if deadline_match:
            marker.deadline = _deadline(deadline_match, doc.published)
    if marker is None and not framed:
        # A later clause opening with a time of its own and a plan's verb before its figures
        # (…，交通流量剧增，今年…将达到28.45亿人次): the sentence's target starts there. Not a goal
        # word alone: there 计划 or 目标 is often a name's (国家重点研发计划立项76项) or a
        # chart's (目标将指向79.50).
        # The time may open a clause of its own (去年…10万人；今年，全市将新增…11万人).
        for k, q in enumerate(quantities[1:], 1):
            previous = quantities[k - 1].end
            later = _marker(text, previous, q.start, doc.published)
            if later is None or later.rule == "target.goal":
                continue
            begin = _clause_start(text, start, later.start + 1)
            if begin > previous:
                return _sentence_targets(
                    text, tokens, paragraph, (begin, end), quantities[k:], framed, doc
                )
    if marker is None:
        after = _goal_after(text, tokens, start, quantities, doc.published)
        if after is None:
            return []
        marker, quantities = after
    # Durations say how long, not how much: 力争用3年时间，培育10个… has one item, 10个 (but a
    # time cut to a limit is the goal: 开办时间压缩至1个工作日以内). Kinds say which, not how
    # much: 目标是培养三类人才 sets no measurable goal.
    items = [
        q
        for q in quantities
        if q.start >= marker.start
        and (
            q.unit not in TIME_UNITS
            or text.endswith(TIME_LIMIT_LEADS, 0, q.start)
            or (
                (q.subject or "").endswith(("天数", "日数"))  # 优良天数达到330天: days counted
                and not text.startswith("的", q.end)  # 无雨日数超过60天的区域: a threshold
            )
        )
        and q.unit not in KIND_UNITS
        and q.unit != "周年"  # 成立八十周年时: an anniversary says when, not how much
    ]
    # (counts announcing a list were left out before the marker was read)
    items = [q for k, q in enumerate(items) if not _age_scope(q, items[k + 1 : k + 2])]
    items = [q for k, q in enumerate(items) if not _threshold(text, q, items[k + 1 : k + 2])]
    items = [q for q in items if not _condition(text, q)]
    items = [q for q in items if not _specification(text, start, marker.end, q)]
    if items and any(w in text[marker.end : items[0].start] for w in PRESENT_WORDS):
        return []
    if lead is not None and marker.start == lead.start():
        # Under a plan's 将/要: a figure counting the noun that modifies another (总结3个试点县的
        # 经验) sets no amount; a report in the sentence (去年全省将…, …，全市共有120家) or an
        # effect (将惠及1.2亿人, 让2000名学生…) is no goal.
        items = [q for q in items if not _modifier(text, q)]
        words = [t.word for t in tokens_between(tokens, start, items[0].start)] if items else []
        if any(
            w in REPORT_WORDS or w in PRESENT_WORDS or w in HOLDING_WORDS or w in EFFECT_WORDS
            for w in words
        ):
            return []
    # Every figure the marker governs is an item of one target (今年将筹资1亿元，化解899所…，并将
    # 22222名…); a further clause opening with its own deadline starts a target of its own.
    listed = bool(items) and _LISTED_GOALS.search(text, marker.start, items[0].start) is not None
    # 预期目标是GDP增长5%左右，城镇新增就业1200万人左右: after 目标是 a clause of nouns is another
    # goal whatever its measure
    goals_named = bool(items) and _GOAL_IS.search(text, marker.start, items[0].start) is not None
    targets: list[tuple[int, str | None, list[Found]]] = []
    for k, group in enumerate(_clause_groups(text, items)):
        first = group[0]
        if k == 0:
            targets.append((marker.start, marker.deadline, list(group)))
            continue
        begin = _clause_start(text, start, first.start)
        previous = targets[-1][2][-1].end
        own = _own_deadline(text, previous, first.start, doc.published)
        if own is not None:
            # …，2020年前提升至2000亿美元; …；到2030年，…突破1500亿元 (the time a clause of its own)
            due, at = own
            targets.append((_clause_start(text, start, at + 1), due, list(group)))
        elif _reported(text, tokens, previous, begin, first.number_start):
            break
        elif _reports_after_stop(text, tokens, previous, begin):
            break  # …形成3个集群;制定了《…》,新建20所: a clause after the ； reports
        elif (
            listed
            or _continues_plan(tokens, begin, first.number_start)
            or _elliptic_item(tokens, begin, first, targets[-1][2][-1], any_unit=goals_named)
            or _bound(first)
        ):
            targets[-1][2].extend(group)  # every goal of a list after 目标是： is an item
        else:
            break
    facts: list[Fact] = []
    for begin, deadline, group in targets:
        first, last = group[0], group[-1]
        if (
            deadline is None
            and doc.published is not None
            and _PLAN_YEAR_OPENING.search(text, 0, begin)
        ):
            # (twentieth session) 今年要…。…力争…增长7%以上: a paragraph that opens this year's
            # plan sets the year of the goals after it that name none
            deadline = str(doc.published.year)
        # The text ends at the last item's figure, as the item's quantity does (…30个, not …30个
        # 省级集群): the noun after it is the item's subject, not part of the span.
        finish = last.end
        label = _LABEL.match(text, last.subject_end or last.end)
        facts.append(
            Target(
                text=text[begin:finish],
                paragraph=paragraph,
                start=begin,
                end=finish,
                rule=marker.rule,
                deadline=deadline,
                action=_action(tokens, max(begin, marker.end), first.start),
                label=label.group(1) if label else None,
                items=[
                    TargetItem(
                        subject=q.subject,
                        value=json_number(q.value),
                        unit=q.unit,
                        unit_text=q.unit_text if q.unit is not None else None,
                        qualifier=q.qualifier,
                    )
                    for q in group
                ],
            )
        )
    return facts


#: 了 or 已 after a marker, before the figures: progress reported (已完成, 完成了), no goal.
_DONE_MARK = pattern_cache.compile("[了已]")
#: A goal reported as met or passed (全年新增就业超过预期目标，达到4.8万人; 完成年度目标)…
_GOAL_MET = pattern_cache.compile(r"(?:超额完成|超过|超出|完成|实现|达成)(?:预期|年度|全年)?目标")
#: …not one to be met: a purpose, a duty, a plan or a hope before it in the sentence (为完成全年
#: 目标，…要…; 确保全面完成; 力争超额完成; 必须完成; 有信心完成; 围绕实现)…
_GOAL_PURPOSE = pattern_cache.compile(
    r"为|要|将|确保|力争|争取|努力|必须|坚决|信心|围绕|对标|如期|推动|全力|奋力|能否|以"
)
#: …nor one named as a base or a condition after it (如期实现目标后, 在完成目标的基础上,
#: 实现目标要求).
_GOAL_MET_AFTER = pattern_cache.compile(r"后|以后|之后|的|要求|任务")


def _marker(text: str, start: int, first: int, published: datetime | None) -> _Marker | None:
    """The earliest goal word or future deadline of the sentence before its first figure; none
    where the sentence reports its goal met before the figure (全年新增就业超过预期目标，达到
    4.8万人)."""
    met = _GOAL_MET.search(text, start, first)
    if (
        met is not None
        and _GOAL_PURPOSE.search(text, start, met.start()) is None
        and not _GOAL_MET_AFTER.match(text, met.end())
    ):
        return None
    found: list[_Marker] = []
    for m in _deadline_pattern().finditer(text, start, first):
        if m.group("bm") and not (
            _PLAN_BEFORE_AT.search(text, max(start, m.start() - 5), m.start() - 1)
            and _DONE_MARK.search(text, m.end(), first) is None
        ):
            continue  # 于9月底前完成了…: done, reported; 要在9月底前完成…: a deadline
        if m.group("y") and not m.group("to") and _SPAN_OPENS.match(text, m.end()):
            continue  # 2024年至2027年…将达到: the span's first year; its end is read next
        window = _WINDOW_END.match(text, m.end()) if m.group("to") else None
        if window is not None and (
            text.startswith("的", window.end()) or not _plan_word(text, m.end(), first)
        ):
            # 购置日期在2024年1月1日至2025年12月31日期间的…, 在…至2027年12月31日期间，对…减半征收:
            # a window a rule is in force for, no goal; a plan's word after it sets one
            # (…至2025年6月30日期间，全市将改造…)
            continue
        # 2024—2026年，全省将…: the end of a span of years ahead is its deadline, as 到2026年 is
        span_start = (
            _YEAR_SPAN_BEFORE.search(text, max(start, m.start() - 8), m.start())
            if m.group("y")
            else None
        )
        if span_start is None and m.group("y") and m.group("to") in ("至", "到"):
            # 2024年至2026年，全省将…: the span's text starts at its first year, as with a dash
            span_start = _YEAR_BEFORE_TO.search(text, max(start, m.start() - 11), m.start())
        # …with a plan's word after it (2022—2024年，全省GDP年均增长… reports; 年度 is a school's)
        spanned = (
            span_start is not None
            and not text.startswith("度", m.end())
            and _plan_word(text, m.end(), first)
            and _DONE_MARK.search(text, m.end(), first) is None
        )
        if (
            m.group("y")
            and not (m.group("to") in ("到", "至") or m.group("before") or spanned)
            and not _GOAL_YEAR_LEAD.search(text, start, m.start())
            and not (m.group("to") == "在" and _ACTION_AT.match(text, m.end()))
            and not (not m.group("to") and _PLANNED_AT.match(text, m.end()))
            and not _bare_year_plan(text, m, start, first, published)
        ):
            # 2023年 alone reports; 到2025年, 2025年前, 目标是“2025年… and 在2025年(时)实现…
            # (a year and the verb of what is to be reached then) set a deadline
            continue
        if m.group("rel") == "本月" and not (
            (m.group("before") or m.group("expr")[-1] in "底末")
            and _DONE_MARK.search(text, m.end(), first) is None
            and "累计" not in text[m.end() : first]
            and _plan_word(text, m.end(), first)
        ):
            # 本月将有两部…, 本月要还5600元: this month's schedule; 本月底前 with a plan's word is
            # a deadline (本月底前，全省将发放…), not a report (本月底前已完成…, 累计处置…,
            # 本月底前，全省80%的县完成了…)
            continue
        if (m.group("rel") or m.group("plan") or m.group("part")) and not (
            (m.group("rel") and m.group("before") and m.group("expr")[-1] in "底末月")
            # 到明年年底，…下降10%以上, 到今年底: as 到2025年, a time ahead that is reached by
            or (
                m.group("rel") in ("今年", "明年")
                and m.group("to") == "到"
                and m.group("expr") in AHEAD_ENDS
                and _DONE_MARK.search(text, m.end(), first) is None
            )
            or (m.group("plan") and m.group("to"))  # 到“十四五”末, as 到2025年
            # (twentieth session) “十四五”末，…提高到68%: a plan's end ahead, as 到 says
            or (
                m.group("plan")
                and m.group("expr").endswith("末")
                and published is not None
                and FIVE_YEAR_PLANS.get(m.group("plan"), 0) >= published.year
                and _DONE_MARK.search(text, m.end(), first) is None
            )
            or (
                m.group("rel")
                and _PROPOSED_BEFORE.search(text, start, m.start())
                and not text.startswith("的", m.end())  # 提出今年的问题: a year's, named
            )
            or (m.group("rel") and text.endswith(GOAL_WORDS, start, m.start()))  # 力争今年…
            # 将在今年内新建…, 将于年内建成…: a plan's word before the year (seventeenth session)
            or (m.group("rel") and _HORIZON_LEAD.search(text, start, m.start()) is not None)
            or _plan_word(text, m.end(), first)
            or (m.group("rel") != "全年" and _THIS_YEAR_NEW.match(text, m.end()))
            or (
                m.group("rel") not in (None, "全年")  # 全年新增…, 全年提出…: a year reported
                and not text.startswith(_LOOKING_BACK, m.end())
                and _THIS_YEAR_SET.search(text, m.end(), first)
            )
        ):
            continue  # 今年两校共迎来…: a report on this year, not a plan
        if m.group("end") and (
            text.endswith(tuple(PROGRESS_WORDS), start, m.start())
            or _DONE_MARK.search(text, m.end(), first) is not None
        ):
            continue  # 截至年底前已完成30个: progress reported, no goal
        deadline = _deadline(m, published)
        if (
            m.group("rel") == "今年"
            and _month_gone(deadline, published)
            and not _goal_set(text, start, first)
            and not _plan_word(text, m.end(), first)
        ):
            # 今年一季度新增…, read in June: a part of this year already over, reported (a goal
            # set for it, 力争今年一季度实现…, keeps its deadline)
            continue
        if m.group("to") and _progress_to(text, m, deadline, published):
            continue  # 截至2024年4月，…累计数量为910.5万台: a count up to a date gone by
        if m.group("to") in ("至", "到") and _span_reported(
            text, m, start, first, deadline, published
        ):
            continue  # 2018年至2020年，…共收受礼金…: a span that has run, reported
        if m.group("y") and not _in_future(deadline, published):
            if _GOAL_YEAR_LEAD.search(text, start, m.start()):
                return None  # 当时…目标是“2020年…”, read in 2024: a past goal, reported
            continue
        if m.group("part") and (
            deadline is None or _DONE_MARK.search(text, m.end(), first) is not None
        ):
            continue  # a part of the year already over, or progress in it reported (已完成)
        rule = "target.this_year" if m.group("rel") or m.group("part") else "target.deadline"
        if m.group("plan") and deadline is not None and not _in_future(deadline, published):
            continue  # “十三五”期间 in 2024: a report
        begin = span_start.start() if span_start is not None else m.start()
        if (
            m.group("to") == "在"
            and begin > start
            and not _CLAUSE_BREAK.match(text, begin - 1)
            and text[begin - 1] not in _MODAL_CHARS
            and not text.endswith(GOAL_WORDS, start, begin)
        ):
            # 装机容量在2030年至少要达到…: after its subject the goal's span starts at the year
            # (业务能在2013年时实现…, 计划在…: the 在 after a modal or a goal word stays)
            begin = m.start("expr")
        elif m.group("to") and text.endswith(("截", "截止"), start, begin):
            begin = text.rfind("截", start, begin)  # 截至2025年底: the preposition is one word
        found.append(_Marker(begin, m.end(), deadline, rule))
        break
    horizon = _HORIZON.search(text, start, first)
    if horizon and (
        _plan_word(text, horizon.end(), first) or _HORIZON_LEAD.search(text, start, horizon.start())
    ):
        # 未来3年白电销售收入将超1000亿元: a span of years ahead and a plan's verb; no year is
        # written, so no deadline is given
        found.append(_Marker(horizon.start(), horizon.end(), None, "target.this_year"))
    goal = _GOAL.search(text, start, first)
    if goal and _NEGATED.search(text, start, goal.start()):
        goal = None  # 也没有以各种方式确保…: a goal denied sets nothing
    if goal and text.startswith(("的", "中的", "任务的"), goal.end()):
        goal = None  # 完成了全年目标的60%: a share of the goal, reported; 计划中的银行: planned
    if goal and _DONE_MARK.search(text, goal.end(), first) is not None:
        goal = None  # 按计划完成了3项实验, 计划内已建成: done, reported

    if goal and goal.group() == "目标" and text.startswith(("区间", "价"), goal.end()):
        goal = None  # 利率目标区间维持在5%至5.25%, 目标价: a rate's band or a price, named
    if goal and goal.group() == "计划" and _PLANNED_THING.match(text, goal.end()):
        goal = None  # 计划安排的28个重点项目: the planned ones, named, no goal set
    if goal and goal.group() in ("计划", "目标") and text.endswith("原", 0, goal.start()):
        goal = None  # 原计划募资18亿元, 原目标: a plan given up or changed, reported
    if (
        goal
        and goal.group() == "计划"
        and _plan_named(text, goal.start(), goal.end())
        and not _PLAN_WILL.search(text, goal.end(), first)
    ):
        # “强基计划”首批试点高校共36所, 该计划共接获…: a programme, no goal set (but 该计划将
        # 支持1000家企业: what the programme will do)
        goal = None
    if goal and goal.group() == "争取" and _OBTAINED.match(text, goal.end()):
        goal = None  # 先后争取项目资金260余万元: funds obtained, reported
    if goal and _past_goal(text, start, goal.start(), first):
        goal = None  # 去年，我们提出力争…增长6%的目标: last year's goal, reported
    # The goal word must govern the figures: 为实现…目标，… and 积极争取…试点，… govern another
    # clause; 力争到2027年，… governs the deadline, which governs the figures.
    governed = found[0].start if found and goal and goal.end() <= found[0].start else first
    if goal and not _COMMA.search(text, goal.end(), governed):  # 目标：GDP增长5%左右 is fine
        found.append(_Marker(goal.start(), goal.end(), None, "target.goal"))
    according = _ACCORDING.search(text, start, first)
    if according and not any(
        w in text[according.end() : first] for w in ("已", "了", *PRESENT_WORDS)
    ):
        # 按照计划，全市将新建…: the plan named first governs the sentence after its comma
        found.append(_Marker(according.start(), according.end(), None, "target.goal"))
    if not found:
        return None
    found.sort(key=lambda mk: mk.start)
    marker = found[0]
    marker.deadline = next((mk.deadline for mk in found if mk.deadline), None)
    if marker.rule == "target.goal" and len(found) > 1:
        marker.rule = found[1].rule
        marker.end = found[1].end
    return marker


def _year_ahead(text: str, published: datetime | None) -> bool:
    """A year opening a clause that is not before the publication's year."""
    if published is None:
        return False
    return any(int(m.group(1)) >= published.year for m in _CLAUSE_YEAR.finditer(text))


def _bare_year_plan(
    text: str, m: regex.Match[str], start: int, first: int, published: datetime | None
) -> bool:
    """A year alone opening its clause sets a deadline as 到 + the year does when it is ahead of
    the publication (2025年，全省…达到10% read in 2024), or is the publication's own year with a
    plan's word before the figures (2024年，全市将新建…; not 即将), as 今年将 is. Only for the
    figures of its own clause, or, for a year alone as a clause, of the sentence when a plan's
    将/要 follows (2012年，…将进一步扩大，…1900多个…); not a year with a month after it (a date,
    2025年1月1日起…), nor one looking back (2024年以来)."""
    if published is None or m.group("to") or m.group("expr") != m.group("y") + "年":
        return False
    opens = m.start() == start or _CLAUSE_BREAK.match(text, m.start() - 1) is not None
    if not opens or text.startswith(_LOOKING_BACK, m.end()) or not m.group("y").isdigit():
        return False
    end = m.end()
    part = _PART_AFTER.match(text, end)
    if part is not None and int(m.group("y")) > published.year:
        end = part.end()  # 2025年前三季度，全省力争…: a part of a year ahead is ahead too
    elif _MONTH_AFTER.match(text, end):
        return False
    alone = text[end : end + 1] in "，,"
    after = end + alone
    lead = _PLAN_LEAD.search(text, after, first)
    if _CLAUSE_BREAK.search(text, after, first) and not (alone and lead):
        # the year governs its own clause's figures only, unless it frames the sentence as a
        # clause of its own and a plan's 将/要 follows (2012年，…将进一步扩大，…1900多个…)
        return False
    year = int(m.group("y"))
    plan = lead is not None or _goal_set(text, after, first)
    return year > published.year or (year == published.year and plan)


#: A part of a year right after it (2025年前三季度, 2025年上半年, 2025年一季度).
_PART_AFTER = pattern_cache.compile(
    r"前(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个?(?:月|季度)|[上下]半年|第?[一二三四1-4]季度"
)


def _goal_after(
    text: str,
    tokens: list[Token],
    start: int,
    quantities: list[Found],
    published: datetime | None,
) -> tuple[_Marker, list[Found]] | None:
    """Figures that a goal word follows (…降至2%的目标): the clause up to them is the target."""
    for k, q in enumerate(quantities):
        named = text[q.end : q.subject_end or q.end]
        goal = _GOAL_AFTER.match(text, q.subject_end or q.end)
        if named.endswith("目标") or goal:
            begin = _clause_start(text, start, q.start)
            if _past_goal(text, start, begin, q.start):
                return None  # 去年，我们提出力争…增长6%的目标: last year's, reported
            after = text[goal.end() if goal else q.subject_end or q.end :][:MAX_ACHIEVED_GAP]
            if _ACHIEVED.search(text, begin, q.start) or _ACHIEVED.search(after):
                return None  # 完成了增长5%的目标, 5%的目标已经实现: reached, not set
            # 将通货膨胀率降至2%的目标: the goal starts at its 将/把 when the clause has one, or at
            # the time it sets when that comes first (…实现未来5年做到千亿的目标 → 未来5年…), as a
            # target starts at its deadline (到2025年…), not at the clause's subject.
            leads = [t.start for t in tokens_between(tokens, begin, q.start) if t.word in "将把"]
            times = _future_times(text, begin, q.start, published)
            begin = min(([leads[-1]] if leads else []) + times, default=begin)
            if _action(tokens, begin, q.start) is None:
                return None  # 从2500公里的目标，降至…: the goal is named, not set
            group = [g for g in quantities[: k + 1] if g.start >= begin]
            marker = _Marker(begin, begin, None, "target.goal_after")
            for m in _deadline_pattern().finditer(text, start, group[0].start):
                if m.group("to") in ("到", "至") or m.group("before"):
                    deadline = _deadline(m, published)
                    if _in_future(deadline, published):
                        marker.deadline = deadline
                        break
            return marker, group
    return None


def _future_times(text: str, start: int, end: int, published: datetime | None) -> list[int]:
    """Where the future times between ``start`` and ``end`` begin: a deadline (到2027年, 2025年前),
    this or next year (今年, 明年), a plan period not yet over, a span ahead (未来5年, 今后三年)."""
    found = [m.start() for m in _HORIZON.finditer(text, start, end)]
    for m in _deadline_pattern().finditer(text, start, end):
        if m.group("y") and not (m.group("to") in ("到", "至") or m.group("before")):
            continue  # 2023年 alone: a report's year
        if _in_future(_deadline(m, published), published):
            found.append(m.start())
    return sorted(found)


def _deadline(m: regex.Match[str], published: datetime | None) -> str | None:
    """到2025年 → "2025", 今年 → the publication year: facts.dates first, a local fallback."""
    expr = m.group("expr")
    if m.group("bm"):
        if published is None:
            return None
        month = int(m.group("bm"))  # this year's month, or next year's when it has gone by
        return f"{published.year + (month < published.month)}-{month:02d}"
    if m.group("plan"):
        last = FIVE_YEAR_PLANS.get(m.group("plan"))
        return str(last) if last else None
    if m.group("end") and published is not None:
        return f"{published.year}-12"  # 年底前 a goal is due by: this year's end, even in January
    if m.group("part"):
        # 下半年 read in June: this year's; a part already over (三季度 read in November) is no
        # deadline of this year's plan
        month = _PART_END[m.group("part").removeprefix("第")]
        if published is None or month < published.month:
            return None
        return f"{published.year}-{month:02d}"
    resolved = resolve_date(expr, published)
    if resolved is not None:
        return resolved.rpartition("/")[2]  # 今年上半年, 今年6月至8月: a span's end is due
    if m.group("y"):
        year: str = m.group("y")
        if not year.isdigit():
            return None
        return year + ("-12" if expr.endswith(("底", "末")) else "")
    if published is None:
        return None
    offset = 1 if m.group("rel") == "明年" else 0
    return str(published.year + offset)


#: A month written after a deadline's year (截至2024年4月, 截至2024年3月底).
_MONTH_AFTER = pattern_cache.compile(r"(1[0-2]|[1-9])月")


def _progress_to(
    text: str, m: regex.Match[str], deadline: str | None, published: datetime | None
) -> bool:
    """The 至/到 of 截至, 截止到 before a date that is not ahead of the publication: progress up
    to then, no goal (截至2024年4月 in May 2024; 截至2025年底 read in 2024 stays a deadline)."""
    if not text.endswith(("截", "截止"), 0, m.start("to")) or deadline is None or published is None:
        return False
    year = int(deadline[:4])
    if year != published.year:
        return year < published.year
    month = _MONTH_AFTER.match(text, m.end("y") + 1)
    if month is None:
        # 截至2024年一季度末, 截至2024年上半年: a part of the year, gone by when its last month is
        part = _YEAR_PART_AFTER.match(text, m.end("y") + 1)
        return part is not None and _PART_END[part.group(1)] <= published.month
    return int(month.group(1)) <= published.month


#: A date right before 至: the start of a span of dates (2018年至2020年, 2019年3月至2020年2月).
_SPAN_START = pattern_cache.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:(?:1[0-2]|[1-9])月)?$"
)


def _span_reported(
    text: str,
    m: regex.Match[str],
    start: int,
    first: int,
    deadline: str | None,
    published: datetime | None,
) -> bool:
    """The end of a span of dates (2018年至2020年, 2018年到2020年) is a goal's deadline only when
    it is still ahead of the publication (a later year, or a later month of its year) or the
    sentence sets a plan (2018年至2020年，全省将新建…; 《规划》提出，2018年至2020年…); otherwise the
    span's figures are reported."""
    if published is None or deadline is None:
        return False
    if not _SPAN_START.search(text, max(start, m.start() - 9), m.start()):
        return False
    if (
        _plan_word(text, start, first)
        or _GOAL.search(text, start, first)
        or any(w in text[start : m.start()] for w in ("提出", "明确"))
    ):
        return False
    year, month = int(deadline[:4]), deadline[5:7]
    ahead = year > published.year or (
        year == published.year and bool(month) and int(month) > published.month
    )
    return not ahead


def _goal_set(text: str, start: int, end: int) -> bool:
    """A goal's word between ``start`` and ``end`` that sets one (see :func:`_no_plan_set`)."""
    return any(not _no_plan_set(text, g) for g in _GOAL.finditer(text, start, end))


def _month_gone(deadline: str | None, published: datetime | None) -> bool:
    """A deadline's month (2024-03) ended before the month of publication (2024-06)."""
    if deadline is None or published is None or len(deadline) != 7:
        return False
    return (int(deadline[:4]), int(deadline[5:])) < (published.year, published.month)


def _in_future(deadline: str | None, published: datetime | None) -> bool:
    if deadline is None or published is None:
        return True  # no base to compare with: trust the 到…年 wording
    return int(deadline[:4]) >= published.year


def _clause_groups(text: str, items: list[Found]) -> list[list[Found]]:
    """Figures listed in one clause form one group: 3个…、8个…、30个… ."""
    groups: list[list[Found]] = []
    for q in items:
        if groups:
            previous = groups[-1][-1]
            gap = text[previous.subject_end or previous.end : q.start]
            if not _CLAUSE_BREAK.search(gap):
                groups[-1].append(q)
                continue
        groups.append([q])
    return groups


def _threshold(text: str, q: Found, following: list[Found]) -> bool:
    """培育营业收入超百亿元的龙头企业10家: a figure before 的 describes the noun counted by the
    next figure of its clause; it sets no goal of its own."""
    if not following or not text.startswith("的", q.subject_end or q.end):
        return False
    return not _CLAUSE_BREAK.search(text, q.end, following[0].start)


def _age_scope(q: Found, following: list[Found]) -> bool:
    """将0-14周岁儿童…纳入, 65岁以上老人: an age before the people it describes says who is
    meant, not how much is to be reached (将退休年龄提高到65岁 keeps its item). A range's first
    age takes its noun from the range's second."""
    if q.unit not in AGE_UNITS:
        return False
    if q.subject_end is not None:
        return True
    partner = following[0] if following else None
    return (
        q.rule == "quantity.range"
        and partner is not None
        and partner.rule == "quantity.range"
        and partner.unit in AGE_UNITS
        and partner.subject_end is not None
    )


def _modifier(text: str, q: Found) -> bool:
    """总结3个试点县的经验: the figure's noun, followed by 的 and another noun, modifies it; not a
    goal named after it (…的目标) nor a label (…的“520”…)."""
    end = q.subject_end or q.end
    if q.subject_end is None or not text.startswith("的", end):
        return False
    return not (_GOAL_AFTER.match(text, end) or _LABEL.match(text, end))


#: This year's plan opening a sentence (今年要…, 今年将…, 今年还要…): its paragraph's goals' year.
_PLAN_YEAR_OPENING = pattern_cache.compile(
    r"(?:^|[。；;])\s*(?:今年|今年内|今年全年)[，,]?(?:还|也|仍)?(?:要|将)"
)


def _announces_list(text: str, q: Found) -> bool:
    """做好两件事情：一是…: a count announcing the list that follows names no amount to reach; so
    does one whose clause ends with a colon a verb or two after it (围绕…两个重点领域发力：…)."""
    end = q.subject_end or q.end
    after = _CLAUSE_BREAK.search(text, end)
    return (
        after is not None and text[after.start()] in "：:" and after.start() - end <= _ANNOUNCE_GAP
    )


#: Characters between a count's noun and the colon after its clause's verb (发力：, 开展工作：).
_ANNOUNCE_GAP = 4


#: A clause describing what is built, after the goal's own clause (计划2025年底建成通车，全长约
#: 320公里; 计划明年开工，总投资120亿元): its figures are the project's measures, no goal.
_SPECIFICATION = pattern_cache.compile(
    r"(?:线路|项目|工程|主线|大桥|隧道)?(?:全长|总长|设计\p{Han}{0,5}?(?:量|能力|规模|时速|速度|寿命|容量)"
    r"|总投资|占地面积|占地|总建筑面积"
    r"|建筑面积|规划面积|总面积)(?:约|为|约为|达|近)?"
)


def _specification(text: str, start: int, marker_end: int, q: Found) -> bool:
    """The clause of ``q`` is only a measure's name and the figure (全长约320公里, 总投资120亿元),
    after the goal's own clause; not one with a verb of its own (总长度达到12万公里, 设计服务收入
    突破200亿元, 总投资超亿元的重大项目开工100个: goals)."""
    begin = _clause_start(text, start, q.start)
    return begin > marker_end and _SPECIFICATION.fullmatch(text, begin, q.start) is not None


def _condition(text: str, q: Found) -> bool:
    """订票总量达10张以上即可办理: a figure its clause makes a condition (即可, 方可…) is a
    threshold of eligibility, not a goal."""
    rest = text[q.subject_end or q.end : (q.subject_end or q.end) + MAX_CONDITION_GAP]
    clause = _CLAUSE_BREAK_OR_END.split(rest, maxsplit=1)[0]
    return _CONDITION.search(clause) is not None


def _own_deadline(
    text: str, begin: int, end: int, published: datetime | None
) -> tuple[str, int] | None:
    """The future deadline a further clause opens with (…，2020年前提升至…; 到2030年…), and where
    it starts; written in a clause after ``begin`` only."""
    for m in _deadline_pattern().finditer(text, begin, end):
        if not _CLAUSE_BREAK.search(text, begin, m.start()):
            continue  # the previous item's clause: 到2025年达到500亿元，2030年… is the next one's
        if m.group("y") and (m.group("to") in ("到", "至") or m.group("before")):
            deadline = _deadline(m, published)
            if deadline is not None and _in_future(deadline, published):
                return deadline, m.start()
    return None


def _clause_start(text: str, sentence_start: int, offset: int) -> int:
    # Searched backwards from the figure: the cost is the clause's length, not the sentence's.
    last = _CLAUSE_BREAK_BACK.search(text, sentence_start, offset)
    return last.end() if last is not None else sentence_start


def _action(tokens: list[Token], start: int, end: int) -> str | None:
    """The verb that governs the first figure, tried in order of trust: a known action verb
    (形成, 培育, 新建), the first verb of two characters or more (实现营收 → 实现: jieba splits the
    unknown 营收 into 营/收), the last verbal noun (新培育 → 培育), the last one-character verb."""
    words = [t.word for t in tokens_between(tokens, start, end)]
    words = [w for w in words if w not in NOT_ACTIONS]
    tags = [word_tag(w) for w in words]
    choices = (
        [w for w in words if w in ACTION_VERBS],
        [w for w, tag in zip(words, tags, strict=True) if tag == "v" and len(w) > 1],
        [w for w, tag in zip(words, tags, strict=True) if tag == "vn"][::-1],
        [w for w, tag in zip(words, tags, strict=True) if tag == "v"][::-1],
    )
    return next((c[0] for c in choices if c), None)


#: Words opening a share (占GDP比重达到12%): a comparison, a goal where a verb of reaching follows.
SHARE_WORDS = frozenset(("占", "佔"))


#: A clause of nouns alone before its figure (…新建充电桩3000个，换电站50座) leaves out the verb
#: of the clause before it: another item of the same goal. Up to this many words, all nouns.
MAX_ELLIPTIC_WORDS = 4
_ITEM_NOUN_TAGS = frozenset(word_list("n nz nt ng vn j b eng"))
#: Counts whose items may differ in measure word (充电桩3000个，换电站50座).
_ITEM_COUNTS = frozenset(word_list("个 家 项 件 条 座 所 台 辆 架 艘 套 处 间 栋 名 位 人 户 例"))
#: Words that open a statement of its own, not an item: a scope (全市充电桩保有量1.2万个) or a
#: time reported (去年同期120亿元, 一季度进出口总值1200亿元).
_NOT_ITEM_WORDS = frozenset(
    word_list("全市 全省 全县 全区 全国 全镇 全乡 同期 去年同期 上年同期 目前 现有")
)


def _elliptic_item(
    tokens: list[Token], start: int, q: Found, last: Found, *, any_unit: bool = False
) -> bool:
    """…新建公共充电桩3000个，换电站50座; …新增风电装机800万千瓦，光伏装机1200万千瓦: a clause of
    nouns alone before its figure, measured as the goal's last item is (the same unit, both
    counts or both sums of money), is another item of that goal."""
    words = [t.word for t in tokens_between(tokens, start, q.number_start)]
    if not words or len(words) > MAX_ELLIPTIC_WORDS:
        return False
    if any(w in _NOT_ITEM_WORDS or w in YEAR_PARTS for w in words):
        return False
    if not all(word_tag(w) in _ITEM_NOUN_TAGS for w in words):
        return False
    return q.unit is not None and (
        any_unit
        or q.unit == last.unit
        or (q.unit in _ITEM_COUNTS and last.unit in _ITEM_COUNTS)
        or (q.unit in CURRENCIES and last.unit in CURRENCIES)  # …4.5万亿元，实际使用外资200亿美元
    )


def _continues_plan(tokens: list[Token], start: int, end: int) -> bool:
    """A further clause is governed by the same goal when a verb or 将/要 leads to its figure
    (…，培育100家…, …，逐步化解899所…, …，并将22222名…), not when it compares (…，是2023年的3倍),
    reports (…，目前已有50家) or turns to what happened (…，但最终发行量仅为117亿元)."""
    words = [t.word for t in tokens_between(tokens, start, end)]
    if not words or words[0] in CONTRAST_WORDS:
        return False
    if words[0] in COMPARISON_WORDS and not (
        words[0] in SHARE_WORDS and any(w in ACTION_VERBS for w in words[1:])
    ):
        return False  # …，是2023年的3倍; but …，占GDP比重达到12%: a share to reach, a goal
    if any(w in REPORT_WORDS or w in PRESENT_WORDS for w in words):
        return False
    return any(
        w in ACTION_VERBS
        or w[:2] in ACTION_VERBS
        or w[-1:] in ACTION_VERBS  # 占比达90%: jieba cuts 占/比达
        or (len(w) > 3 and w[-2:] in ACTION_VERBS)  # 比例控制 | 在: a verb glued after its noun
        or w in FUTURE_WORDS
        or (len(w) > 1 and word_tag(w) == "v")  # 化解: a verb of its own, not 分 (分两个学期)
        for w in words
    )


def _reports_after_stop(text: str, tokens: list[Token], previous: int, begin: int) -> bool:
    """After a ； the goal runs on only through clauses that set goals: a clause between the last
    item and this one that reports (制定了…, 已…, 去年…) ends the target there."""
    stop = text.find("；", previous, begin)
    if stop < 0:
        stop = text.find(";", previous, begin)
    if stop < 0:
        return False
    return any(
        t.word in REPORT_WORDS or t.word in PRESENT_WORDS or t.word[-1:] == "了"
        for t in tokens_between(tokens, stop, begin)
    )


def _reported(text: str, tokens: list[Token], previous: int, begin: int, end: int) -> bool:
    """A further clause that reports rather than plans: after a reporter's aside (…，记者了解到，…),
    opening with a word pointing back (这些企业平均营收超过10亿元), progress to a date (截至6月底
    完成4万亩), or a share of the goal (完成全年任务的40%)."""
    if _REPORTING.search(text, previous, begin):
        return True
    words = [t.word for t in tokens_between(tokens, begin, end)]
    if words and words[0] in REFERRING_WORDS:
        return True
    if any(w in PROGRESS_WORDS for w in words):
        return True
    return _SHARE_OF_GOAL.search(text, begin, end) is not None


def _bound(q: Found) -> bool:
    """…，5G基站总数不低于20万个: a floor or ceiling written before the number sets a goal
    without a verb."""
    return q.start < q.number_start and q.qualifier in ("at_least", "at_most")


def _plan_paragraphs(paragraphs: list[str]) -> list[bool]:
    """Which paragraphs speak of plans: 下一步… and the list items that follow it."""
    framed: list[bool] = []
    for i, text in enumerate(paragraphs):
        if any(w in text for w in PLAN_OPENERS):
            framed.append(True)
        else:
            framed.append(i > 0 and framed[i - 1] and _HEADING.match(text) is not None)
    return framed
