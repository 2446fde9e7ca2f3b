"""Campaigns: a named action, pattern or programme in quotes (“百千万工程”).

A quoted name is a campaign when what follows the closing quote — directly or after a few words of
the same phrase — ends with a programme word (:data:`PROGRAMME_WORDS`: 行动, 专项行动, 系列活动,
工程, 计划, 格局, 模式, 战略, 项目…): “百县千镇万村”高质量发展工程, “无废城市”建设行动; or
when the quoted name itself ends with one (“专精特新企业服务行”, a 行 of visits, not 银行).

Not campaigns: quoted idioms and phrases with no programme word after them (“对症下药”), quoted
speech (a quote after ：/说 or one holding sentence punctuation), and event themes (a quote
followed by 主题…, as in “…”主题新闻发布会), and offences (“套路贷”犯罪活动). Quotes are “”,
「」 or ASCII ""; ``text`` and ``name`` are the quote's inner text; every occurrence is a fact.
"""

from __future__ import annotations

from typing import Literal

import regex

from .. import pattern_cache
from ..models import Doc
from .base import Fact


class Campaign(Fact):
    type: Literal["campaign"] = "campaign"
    name: str


#: Words that end the phrase naming a programme, from the issue and policy-news usage.
PROGRAMME_WORDS: tuple[str, ...] = (
    "专项行动", "行动计划", "行动", "系列活动", "活动", "工程", "计划", "格局", "模式", "战略",
    "项目", "倡议", "攻坚战", "专项整治", "运动", "服务行",
    # (eighteenth session) a police offensive (“冬季攻势”, “春雷”攻势)
    "攻势",
)  # fmt: skip
#: A quoted name ending with 行 is a tour or campaign (丝路行, 服务行) unless the word is one of
#: these (银行, 执行…).
_NOT_TOUR = frozenset(
    ("银行", "执行", "运行", "进行", "可行", "流行", "旅行", "步行", "航行", "飞行", "践行", "发行",
     "推行", "先行", "同行", "平行", "施行", "实行", "举行", "并行", "通行", "出行", "试行", "盛行",
     "奉行", "履行", "强行", "修行", "风行", "言行", "自行", "另行", "现行", "难行")
)  # fmt: skip
#: The longest quoted name taken for a campaign (longer quotes are speech); a name with no
#: programme word after it must be shorter still (a quoted name ending in 行/行动 on its own).
_MAX_NAME = 40
_MAX_OWN_NAME = 25
#: Words allowed between the closing quote and the programme word (提质增效专项行动 is 8).
_MAX_GAP = 12
_WORDS = "|".join(pattern_cache.longest_first(PROGRAMME_WORDS))
_QUOTE = pattern_cache.compile(
    rf"“([^“”\n]{{1,{_MAX_NAME}}})”|「([^「」\n]{{1,{_MAX_NAME}}})」|\"([^\"\n]{{1,{_MAX_NAME}}})\""
)
#: The gap is one noun phrase: no punctuation and none of the function words that join phrases.
_GAP_CHAR = r"(?:[\p{Han}A-Za-z0-9+](?<![在说是被把将对从向为之以和与及或了着过也都就而的]))"
_AFTER = pattern_cache.compile(rf"的?{_GAP_CHAR}{{0,{_MAX_GAP}}}?(?:{_WORDS})(?![会员部室处局组])")
#: “套路贷”犯罪活动 names an offence, not a programme.
_OFFENCE = pattern_cache.compile(r"犯罪|违法|非法|诈骗|违规")
_SPEECH = pattern_cache.compile(r"[，。！？；：,.!?;:]")
_SPEECH_BEFORE = pattern_cache.compile(r"(?:[：:]|说|表示|称|指出|强调|认为|问道)\s*$")
_SPACE = pattern_cache.compile(r"\s")
_THEME = pattern_cache.compile(r"^(?:为)?主题")
#: Consumption campaigns named by their season or festival (“仲夏夜消费季”, “金秋购物节”): a
#: quoted name ending with one is a campaign as one ending with 行动 is.
SEASON_WORDS = ("消费季", "购物季", "消费节", "购物节", "消费月", "促消费月")
_OWN_WORD = pattern_cache.compile(rf"(?:{_WORDS}|{'|'.join(SEASON_WORDS)}|行)$")
#: A day named after the quote (“六五”环境日, “4·15”全民国家安全教育日): the quote names a day,
#: and what follows is that day's, no programme of the quoted name (日益, 日常 are no day).
_DAY_AFTER = pattern_cache.compile(r"\p{Han}{0,6}?日(?![益常趋渐前后内报])")
#: Holidays and shopping days quoted before their activities (“五一”假期文旅活动, “双11”活动,
#: “3·15”晚会): days, not programmes.
HOLIDAYS = frozenset(
    ("五一", "十一", "国庆", "春节", "元旦", "中秋", "端午", "清明", "七一", "八一", "五四", "六一",
     "双节", "双11", "双十一", "双12", "双十二", "618", "3·15", "3.15", "三一五")
)  # fmt: skip
_HOLIDAY_AFTER = pattern_cache.compile(r"(?:小长假|假期|长假|黄金周|期间|当天|当日)")


def extract(doc: Doc) -> list[Fact]:
    """Every quoted programme name of the body."""
    facts: list[Fact] = []
    for index, text in enumerate(doc.paragraphs):
        for match in _QUOTE.finditer(text):
            group = next(g for g in (1, 2, 3) if match[g] is not None)
            name = match[group]
            if not _is_campaign(text, match, name):
                continue
            start, end = match.span(group)
            facts.append(
                Campaign(
                    text=name,
                    paragraph=index,
                    start=start,
                    end=end,
                    rule="campaign.quoted",
                    name=name,
                )
            )
    return facts


def _speech_before(text: str, start: int) -> bool:
    """A speech verb or a colon right before the quote, past white space. Searched from the end of
    the words before it (a one- or two-character cue), not from the paragraph's start, so that a
    paragraph of many quotes is read in linear time."""
    words_end = start
    while words_end > 0 and _SPACE.match(text, words_end - 1):
        words_end -= 1
    return _SPEECH_BEFORE.search(text, max(0, words_end - 2), start) is not None


def _is_campaign(text: str, match: regex.Match[str], name: str) -> bool:
    if _SPEECH.search(name) or _speech_before(text, match.start()):
        return False
    after = text[match.end() : match.end() + _MAX_GAP + 6]
    if name.endswith(SEASON_WORDS) and 3 <= len(name) <= _MAX_OWN_NAME:
        return True  # “家电消费节”期间: a consumption campaign, whatever follows it
    if _THEME.match(after) or name in HOLIDAYS or _HOLIDAY_AFTER.match(after):
        return False  # “五一”假期文旅活动, “双11”促销活动: a holiday's, no programme's name
    if _DAY_AFTER.match(after):
        return False  # “六五”环境日主场活动: the day's activity
    phrase = _AFTER.match(after)
    if phrase is not None:
        return not _OFFENCE.search(phrase[0])
    own = _OWN_WORD.search(name)
    if own is None or not 3 <= len(name) <= _MAX_OWN_NAME:
        return False
    return not (own[0] == "行" and name[-2:] in _NOT_TOUR)
