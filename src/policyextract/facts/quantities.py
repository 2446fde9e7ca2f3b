"""Quantities: a number with its measure word, normalised (12.2万家 → 122000 家).

Numbers are found with one regex on the raw paragraph (jieba splits 14.8% and 12.2万家 apart),
then filtered by rules that encode FACTS.md:

- ``text`` is the number with its measure word, plus a hedge word beside it when that hedge sets
  the qualifier (约0.25个百分点, 近300家, 3.17亿余元, 10家左右, 不少于1万家).
- ``value`` folds 万/亿/万亿 in; ``unit`` is the bare measure word (个百分点 → 百分点, ％ → %).
- A range (3至5个, 15%至20%) is two facts, ``at_least`` and ``at_most``.
- Not quantities: years (2024年) and anything without a measure word (6月7日, 12时55分, phone
  and document numbers); ordinals (第二批); a bare Chinese 一 (一批, 一家, 一次性: an article, not
  a count); numbers inside 《》 titles, political formulas (四个意识, 两个维护) and, for Chinese
  numerals, short quoted names (“两个确保”);
  numerals that start or end inside a jieba word (统一, 两位数, 七台河); time windows anchored at
  the present (近3年, 前4个月, 40多年来, 20年前) — they are periods, neither amount nor date — and
  durations used as a name (三年行动方案, 10年期国债).
- ``subject`` is the shortest noun phrase counted: the nouns right after the measure word (3个
  世界级集群 → 世界级集群), else the nouns before the number (国家先进制造业集群3个), with the
  direction words of a rate kept (主导产业产值年均增长14.8% → 主导产业产值年均增长).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Literal

import regex

from ..models import Doc, Token
from .base import Fact, Number, Qualifier
from .numbers import ARABIC, CHINESE, MULTIPLIERS, json_number, parse_numeral
from .spans import (
    crosses_word,
    inside_word,
    token_at,
    tokens_before,
    tokens_from,
    word_list,
    word_tag,
)


class Quantity(Fact):
    type: Literal["quantity"] = "quantity"
    value: Number | None
    unit: str | None
    subject: str | None = None
    qualifier: Qualifier = "exact"


# --- language data ------------------------------------------------------------------------------


#: Measure words and currencies as written → the unit reported. Collected from FACTS.md and the
#: realworld bodies (government, finance, agriculture, news pages).
UNITS: dict[str, str] = {
    "%": "%",
    "％": "%",
    "‰": "‰",
    "个百分点": "百分点",
    "百分点": "百分点",
    "个基点": "基点",
    "基点": "基点",
    "个小时": "小时",
    "个工作日": "工作日",
    "个季度": "季度",
    "个月": "个月",
    "个点": "百分点",  # 上涨2个点: spoken per-cent points
}
for _unit in word_list(
    # currencies
    "元 美元 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 人民币 块钱 毛钱 "
    # counts
    "个 家 项 批 件 条 座 所 台 辆 架 艘 只 头 套 块 张 份 篇 部 "
    "款 种 类 场 期 次 轮 处 间 栋 层 "
    "名 位 人 人次 户 户次 家次 车次 架次 班次 例 起 宗 笔 单 门 节 册 本 首 支 队 组 对 双 "
    "片 棵 株 匹 枚 颗 根 倍 成 幅 幢 岁 周岁 床 "
    # measures
    "吨 千克 公斤 克 斤 亩 公顷 平方公里 平方千米 平方米 立方米 "
    "公里 千米 米 厘米 毫米 公分 海里 "
    "千瓦时 千瓦 兆瓦 吉瓦 瓦 升 毫升 标准箱 标箱 列 趟 点 "
    # time
    "年 天 周 小时 分钟 秒 工作日 周年"
):
    UNITS.setdefault(_unit, _unit)
#: Latin units, only when no letter follows (5G is no quantity).
LATIN_UNITS = ("GW", "MW", "kW", "km", "kg")

#: Words that start with a measure word but are no measure (7部门 is 7 departments, not 7 部).
UNIT_CLASHES = frozenset(
    word_list("部门 所有 所在 门户 期间 次日 头部 处理 间接 成本 条件 名单 名额 位于")
)

#: Political formulas written with a count, often without quotes: names, not amounts.
SLOGANS = word_list(
    "两个维护 两个确立 两个确保 两个一百年 两个毫不动摇 三个代表 三个务必 四个意识 四个自信 "
    "四个全面 四个革命 五位一体 八项规定 两学一做 三严三实"
)

#: Units of time: their quantities can be periods anchored at the present (近3年), see below.
TIME_UNITS = frozenset(["年", "个月", "天", "周", "小时", "分钟", "秒", "季度", "工作日"])

#: Hedge words before the number (FACTS.md, plus obvious synonyms 将近/接近/不低于/不高于/不到).
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "约": "approx",
    "约为": "approx",
    "大约": "approx",
    "近乎": "approx",
    "近": "approx",
    "将近": "approx",
    "接近": "approx",
    "不少于": "at_least",
    "至少": "at_least",
    "不低于": "at_least",
    "不超过": "at_most",
    "不高于": "at_most",
    "超过": "more_than",
    "逾": "more_than",
    "不足": "less_than",
    "不到": "less_than",
}
#: Words that end with a one-character hedge but are no hedge (签约3个项目, 最近3天); jieba also
#: glues hedges to the word before (占地约300亩 is one token), so only these words cancel a hedge.
HEDGE_CLASHES = frozenset(
    word_list("签约 合约 节约 制约 预约 特约 违约 履约 公约 条约 最近 附近 邻近 靠近 贴近 亲近")
)
#: Hedge words after the measure word.
SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "左右": "approx",
    "以上": "at_least",
    "及以上": "at_least",
    "以下": "at_most",
    "及以下": "at_most",
    "以内": "at_most",
    "之内": "at_most",
    "内": "at_most",
    "以前": "less_than",
}
#: Between number and unit: 1000多项, 3.17亿余元.
MORE_THAN = "多余"

#: Before a number of time units, these make it a window anchored at the present (近3年, 过去6个月).
PERIOD_BEFORE = ("近", "最近", "过去", "前", "后", "未来", "今后", "此前", "这", "那", "头", "之前")
#: After a number of time units, these make it a period or a name (40年来, 20年前, 3年内, 80年代,
#: 10年期国债, 三年行动方案).
PERIOD_AFTER = word_list(
    "来 以来 前 后 间 内 之内 以内 以前 之前 之后 以后 里 代 期 初 底 末 度 级 "
    "行动 规划 计划 方案 攻坚"
)
#: Characters before a number that make it an ordinal or a vague amount (第二批, 数十家, 几百个);
#: a 前 of its own (前10家) is a rank, see :func:`_not_amount`.
NOT_AMOUNT_BEFORE = "第数几"

#: Direction words of a rate: kept in the subject (FACTS.md: 增长, 下降, 同比, 环比).
DIRECTION_WORDS = frozenset(
    word_list(
        "增长 下降 上涨 下跌 下滑 回落 上升 提高 降低 增加 减少 增速 增幅 降幅 同比 环比 "
        "年均 平均 比上年 高于 低于 上调 下调 提升 扩大 缩小"
    )
)
#: Words between a subject and its number that are not part of the subject (销售收入为2519.3亿元).
LINK_WORDS = frozenset(
    word_list(
        "为 达 达到 是 至 到 共 共计 合计 累计 分别 均 都 仅 仅有 只有 已 已经 再 约为 有 "
        "突破 跌破 高达 高 报 收于 升至 降至 增至 跌至 下降至 上升至 在 稳定在 维持在 保持"
    )
)
#: Words that end a subject although jieba tags them as nouns (力争 is nz, 月份 n).
SUBJECT_STOPS = frozenset(word_list("力争 争取 预计 月份 年度 季度 年底 年初 同期"))
#: jieba tags of words that may be part of a noun phrase (nouns, abbreviations, distinguishing
#: words, verbal nouns, English words) and of modifiers allowed inside one but not at its end.
NOUN_TAGS = frozenset(word_list("n nr ns nt nz ng nrt nrfg j b vn an eng s"))
MODIFIER_TAGS = frozenset(word_list("a b m f"))
#: Tags that cannot start a subject found before the number (培育特色产业集群 → 特色产业集群).
LEADING_JUNK_TAGS = frozenset(word_list("m f v"))
#: Tags of a word before a verbal noun that make the verbal noun a verb (新培育, 将建设, 力争培育).
VERBAL_TAGS = frozenset(word_list("a d v nz"))
#: At most this many tokens in a subject (the longest in the seed and realworld samples is 5).
MAX_SUBJECT_TOKENS = 6


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_RE = _alternation(list(UNITS)) + "|(?:" + _alternation(LATIN_UNITS) + ")(?![A-Za-z])"
_QUANTITY = regex.compile(
    rf"(?P<pre>{_alternation(list(PREFIX_QUALIFIERS))})?"
    rf"(?<![0-9０-９.．A-Za-z])"
    rf"(?:(?P<num>{ARABIC})(?P<more>[{MORE_THAN}])?(?P<mult>{_alternation(list(MULTIPLIERS))})?"
    rf"|(?P<cn>{CHINESE}|[百千万](?=[{MORE_THAN}])))"
    rf"(?P<more2>[{MORE_THAN}])?"
    rf"(?P<unit>{_UNIT_RE})?"
    rf"(?P<suf>{_alternation([s for s in SUFFIX_QUALIFIERS if s != '内'])}|内(?!\p{{Han}}))?"
)
#: 百分之三十 → 30 %.
_PER_CENT = regex.compile(rf"百分之(?:(?P<num>{ARABIC})|(?P<cn>{CHINESE}))")
_RANGE_JOIN = regex.compile(r"[\s\u00ad]*(?:至|到|—{1,2}|-|－|~|～|–|―)[\s\u00ad]*")
_SHORT_QUOTE = regex.compile(r"“[^“”]{1,12}”|‘[^‘’]{1,12}’|「[^「」]{1,12}」")
_TITLE = regex.compile(r"《[^《》]*》")
_SLOGAN = regex.compile(_alternation(SLOGANS))
#: A stock quote in brackets: 摩根大通(115.395, 2.79, 2.47%).
_QUOTE_TICKER = regex.compile(r"[(（][0-9.,，\s%+-]+[)）]")
_HAN = regex.compile(r"\p{Han}|[A-Za-z]")


@dataclass
class Found:
    """One quantity found in a paragraph, before it becomes a :class:`Quantity` fact.

    ``subject_end`` is where a subject written after the number ends (targets extend their span
    to it); ``None`` when the subject came from before the number or was not found.
    """

    start: int
    end: int
    number_start: int
    value: Decimal
    unit: str | None
    qualifier: Qualifier
    multiplier: str | None
    chinese: bool
    rule: str
    subject: str | None = None
    subject_end: int | None = None


def extract(doc: Doc) -> list[Fact]:
    facts: list[Fact] = []
    for i, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        for q in find_quantities(text, tokens):
            facts.append(
                Quantity(
                    text=text[q.start : q.end],
                    paragraph=i,
                    start=q.start,
                    end=q.end,
                    rule=q.rule,
                    value=json_number(q.value),
                    unit=q.unit,
                    subject=q.subject,
                    qualifier=q.qualifier,
                )
            )
    return facts


def find_quantities(text: str, tokens: list[Token]) -> list[Found]:
    """The quantities of one paragraph, in text order, with their subjects."""
    candidates = [c for c in (_candidate(m, text) for m in _QUANTITY.finditer(text)) if c]
    if "百分之" in text:
        candidates = _with_per_cent(text, candidates)
    _merge_ranges(text, candidates)
    blocked = _merged(
        [m.span() for m in _TITLE.finditer(text)]
        + [m.span() for m in _QUOTE_TICKER.finditer(text)]
        + [m.span() for m in _SLOGAN.finditer(text)]
    )
    quoted = [m.span() for m in _SHORT_QUOTE.finditer(text)]
    found = [q for q in candidates if _keep(q, text, tokens, blocked, quoted)]
    for k, q in enumerate(found):
        _attach_subject(q, text, tokens, found[k - 1] if k else None)
    return found


def _candidate(m: regex.Match[str], text: str) -> Found | None:
    unit_text, multiplier = m.group("unit", "mult")
    if not unit_text and not multiplier and not _RANGE_JOIN.match(text, m.end()):
        return None  # most matches (一, 6月, 12时): cheap to drop before parsing
    value = parse_numeral((m.group("num") or m.group("cn")) + (multiplier or ""))
    if value is None:
        return None
    more = m.group("more") or m.group("more2")
    qualifier: Qualifier = "exact"
    pre, suf = m.group("pre"), m.group("suf")
    if pre:
        qualifier = PREFIX_QUALIFIERS[pre]
    if suf and (unit_text or multiplier):
        qualifier = SUFFIX_QUALIFIERS[suf]
    if more and (unit_text or multiplier):
        qualifier = "more_than"
    end = m.end()
    if suf and not (unit_text or multiplier):
        end = m.start("suf")
    if more and not (unit_text or multiplier):
        end = m.start("more2") if m.group("more2") else end
    return Found(
        start=m.start(),
        end=end,
        number_start=m.start("num") if m.group("num") else m.start("cn"),
        value=value,
        unit=UNITS.get(unit_text, unit_text) if unit_text else None,
        qualifier=qualifier,
        multiplier=multiplier,
        chinese=m.group("cn") is not None,
        rule="quantity.number_unit" if unit_text else "quantity.multiplier",
    )


def _with_per_cent(text: str, candidates: list[Found]) -> list[Found]:
    """百分之三十: the numeral after 百分之 is a per cent (the main pattern sees it unitless)."""
    for m in _PER_CENT.finditer(text):
        value = parse_numeral(m.group("num") or m.group("cn"))
        if value is not None:
            found = Found(
                start=m.start(),
                end=m.end(),
                number_start=m.start(),
                value=value,
                unit="%",
                qualifier="exact",
                multiplier=None,
                chinese=False,
                rule="quantity.per_cent",
            )
            candidates = [c for c in candidates if not m.start() <= c.start < m.end()]
            candidates.append(found)
    return sorted(candidates, key=lambda c: c.start)


def _merge_ranges(text: str, candidates: list[Found]) -> None:
    """3至5个, 15%至20%, 1.35- 2.7%: the first bound takes the unit of the second."""
    for a, b in pairwise(candidates):
        if b.start != b.number_start or a.qualifier != "exact" or b.qualifier != "exact":
            continue
        if not _RANGE_JOIN.fullmatch(text, a.end, b.start):
            continue
        if a.unit is not None and a.unit != b.unit:
            continue
        if a.unit is None and a.multiplier is None and b.multiplier is not None:
            a.value *= MULTIPLIERS[b.multiplier]
            a.multiplier = b.multiplier
        a.unit = b.unit
        a.qualifier, b.qualifier = "at_least", "at_most"
        a.rule = b.rule = "quantity.range"


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged, in order: containment is then one bisect, not a scan."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(merged, (start, float("inf"))) - 1
    return i >= 0 and merged[i][1] >= end


def _keep(
    q: Found,
    text: str,
    tokens: list[Token],
    blocked: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> bool:
    if q.unit is None and q.multiplier is None:
        return False
    if q.unit == "点" and "." not in text[q.number_start : q.end]:
        return False  # 3点 is a clock time; 232.79点 an index
    if q.chinese and _chinese_not_count(text[q.number_start : q.end], q):
        return False
    if q.number_start > 0 and _not_amount(text, tokens, q.number_start - 1):
        return False
    if _inside(blocked, q.start, q.end):
        return False
    if q.chinese and any(s < q.start and q.end < e for s, e in quoted):
        return False
    if q.chinese and crosses_word(tokens, q.number_start, q.end):
        return False
    if not q.chinese and _unit_in_word(text, tokens, q.end):
        return False
    if q.number_start - q.start == 1 and _hedge_in_word(tokens, q.start):
        q.start, q.qualifier = q.number_start, "exact"  # 签约3个, 最近3天: no hedge
    if q.unit == "年" and _is_year(q):
        return False
    return not (q.unit in TIME_UNITS and _is_period(q, text))


def _chinese_not_count(span: str, q: Found) -> bool:
    """一批/一家 (an article), 二次/二期 (second, not two: a count says 两), 三期工程 (phase three),
    零头 (no amount)."""
    first = span[0]
    if (
        q.value <= 2
        and first in "一二零〇"
        and q.multiplier is None
        and span[1:2] not in "十百千万亿"
    ):
        return True
    return len(span) == 2 and span[1] == "期"


def _not_amount(text: str, tokens: list[Token], i: int) -> bool:
    """第二批, 数十家, 前10家 — but not 目前3名 or 提前3天 (前 inside a word)."""
    if text[i] == "前":
        k = token_at(tokens, i)
        return k < 0 or tokens[k].word == "前"
    return text[i] in NOT_AMOUNT_BEFORE


def _hedge_in_word(tokens: list[Token], offset: int) -> bool:
    k = token_at(tokens, offset)
    return k >= 0 and tokens[k].word in HEDGE_CLASHES


def _unit_in_word(text: str, tokens: list[Token], end: int) -> bool:
    """7部门: the measure word is the head of another word (jieba keeps 层楼, 米处 whole too, so
    only the words of :data:`UNIT_CLASHES` count)."""
    k = token_at(tokens, end - 1)
    return k >= 0 and tokens[k].end > end and tokens[k].word in UNIT_CLASHES


def _is_year(q: Found) -> bool:
    return q.value == q.value.to_integral_value() and 1000 <= q.value <= 2999


def _is_period(q: Found, text: str) -> bool:
    before = text[max(0, q.start - 2) : q.start]
    if text[q.start : q.number_start] == "近" or before.endswith(PERIOD_BEFORE):
        return True
    if q.qualifier in ("at_most", "less_than") and text[q.end - 1] in "内前":
        return True  # 3年内, 10年以前
    return text.startswith(tuple(PERIOD_AFTER), q.end)


# --- subjects -----------------------------------------------------------------------------------


def _attach_subject(q: Found, text: str, tokens: list[Token], previous: Found | None) -> None:
    after = _subject_after(text, tokens, q)
    if after is not None and q.unit not in ("%", "‰", "百分点", "基点"):
        q.subject, q.subject_end = text[after[0] : after[1]], after[1]
        return
    q.subject = _subject_before(text, tokens, q)
    if q.subject is None and previous is not None and _listed_after(text, previous, q):
        q.subject = previous.subject  # 上涨3.8%和1.8%: the second shares the first's subject
    if after is not None and q.subject is None:
        q.subject, q.subject_end = text[after[0] : after[1]], after[1]


def _listed_after(text: str, previous: Found, q: Found) -> bool:
    return text[previous.end : q.start] in ("、", "和", "与", "及", "或", "，")


def _nounish(token: Token) -> bool:
    return _HAN.match(token.word) is not None and word_tag(token.word) in NOUN_TAGS


def _subject_after(text: str, tokens: list[Token], q: Found) -> tuple[int, int] | None:
    """The noun phrase right after the measure word: 3个世界级集群 → 世界级集群."""
    if q.end < len(text) and not _HAN.match(text[q.end]):
        return None
    if q.end > 0 and inside_word(tokens, q.end):
        return None
    words: list[Token] = []
    for token in tokens_from(tokens, q.end, MAX_SUBJECT_TOKENS):
        if not _HAN.match(token.word):
            break
        tag = word_tag(token.word)
        if tag not in NOUN_TAGS and tag not in MODIFIER_TAGS:
            break
        words.append(token)
    while words and (not _nounish(words[-1]) or word_tag(words[-1].word) == "vn"):
        words.pop()
    if not words:
        return None
    return words[0].start, words[-1].end


def _leading_junk(word: str, before: str, after: str) -> bool:
    """Whether the leftmost word of a subject found before the number is no part of it: 首批
    or 新 without their noun, a verbal noun used as the verb (新培育省级特色产业集群,
    培育科技型中小企业) but not one that starts a compound (投资金额, 设计寿命: nothing verbal
    before, a short head)."""
    tag = word_tag(word)
    if tag == "vn":
        noun = after[:-2] if after[-2:] in DIRECTION_WORDS else after  # jieba keeps 价格上涨 whole
        return word_tag(before) in VERBAL_TAGS or len(noun) >= 3
    return tag in LEADING_JUNK_TAGS or (tag == "a" and len(word) == 1)


def _subject_before(text: str, tokens: list[Token], q: Found) -> str | None:
    """The nouns before the number, with a rate's direction words: 产值年均增长14.8%."""
    kept: list[str] = []
    nouns = 0
    leading = True  # link and direction words may only sit between the nouns and the number
    stop = ""  # the word before the subject
    for token in reversed(tokens_before(tokens, q.start, MAX_SUBJECT_TOKENS * 2)):
        word = stop = token.word
        if leading and word in LINK_WORDS:
            continue
        if leading and word in DIRECTION_WORDS:
            kept.append(word)
            continue
        leading = False
        if not _HAN.match(word) or word in SUBJECT_STOPS:
            break
        tag = word_tag(word)
        if tag not in NOUN_TAGS and tag not in MODIFIER_TAGS:
            break
        kept.append(word)
        nouns += tag in NOUN_TAGS
        stop = ""
        if nouns >= MAX_SUBJECT_TOKENS:
            break
    while kept and kept[-1] not in DIRECTION_WORDS:
        if not _leading_junk(kept[-1], stop, kept[-2] if len(kept) > 1 else ""):
            break
        stop = kept.pop()
    head = next((w for w in kept if w not in DIRECTION_WORDS), None)
    if head is None or word_tag(head) not in NOUN_TAGS - {"vn"}:
        return None  # 力争新培育10家: no noun phrase before the number
    return "".join(reversed(kept))
