"""Organisations named in the body, completed from context where unambiguous.

A named organisation is a run of characters ending with an organisation suffix (厅, 局, 委员会,
公司, 协会… from ``lexicon/org_suffixes.txt``) that starts at a *name anchor*: a place of the
gazetteer (山东省, 潍坊市), a country (``lexicon/countries.txt``: 美国联邦储备委员会), a city abroad
where nothing of a name stands before it (``lexicon/cities*.txt``: 洛杉矶警察局), a national
prefix (中国, 国家, 中共, 中央, 国务院, 国际), or a bare 省/市 completed from context
(省商务厅 → 江苏省商务厅). Companies, associations and universities (公司, 集团,
协会, 大学…) also count without an anchor when their own name is not a generic word (上市公司,
保险公司 are not named); a unit after them keeps the whole name (清华大学微电子所). A branch named
by its place only takes the company named right before it (泰康之家上海分公司). Bodies known by name
(``lexicon/organizations.txt``: 国务院, 美联储, 党中央) are found as written, and so are companies
and outlets known by a name without a suffix (``lexicon/companies.txt``: 微软, 富士康, 人民日报)
where they stand alone — glued to a noun they start a longer name (新浪乐居, 中信地产), after a
surname or a title they are a given name (副行长苏宁), a national arm or holding keeps its word
(花旗中国, 汇丰控股), and a credit line opening a paragraph (腾讯财经讯, 北京新浪网 (2012-01-16),
新京报：) is metadata. A list closed by
等企业 after a verb of visiting names companies without suffixes (前往金风科技、特变电工等企业). Not
names: a body word followed by a head noun (美国银行 | 体系), a place followed by 各/有关
(法国各工会). Where jieba glues a suffix to the title after it (局局长, 大学教授), the token is
split, so that 省市场监管局局长 names 省市场监管局 (not 党委书记: a company's 党委 is no body of
its own).

A name never starts with a word that stands before one: a verb, a time word, an adverb, a
pronoun, a preposition (jieba's part of speech, ``spans.word_tag``) or a word of
``lexicon/org_leading.txt`` (上周 | 交通银行, 记者拨打 | 招商银行, 1985年 | 中国银行,
办理 | 韩亚银行), nor with a verbal noun or a kind of body in apposition to it (指控 | 苹果公司,
评级机构 | 标准普尔公司); an unanchored name's own name holds no such word of two or more
characters, an anchored name no pronoun, preposition, conjunction, verb of dealing or count after
its anchor (中国人寿 | 参股 | 深圳市商业银行, 北京有 | 一个 | 东贸中心), and a verb right after a
body starts a clause, not a unit of it (中国银行 | 收购信托公司). 和/与/及 stay inside a name when
they join two fields of one body (上海市规划与国土资源管理局, 中国房地产及住宅研究会), not when a
name ends or starts at them (山东省政府和北京市政府, 国际货币基金组织和世界银行). Bodies known by a
short name (招行) take their branches and centres (招行东直门支行). A district's short form before
one of its bodies anchors the name (丰台法院). A country's armed forces are bodies: a country and a
service (美国陆军, 伊拉克政府军) or a country's one-character short form and 军 or a service (美军,
俄海军; ``lexicon/country_abbrevs.txt``).

Policy (FACTS.md is silent on organisations; this is what a careful annotator would list, as for
officials). Names, not kinds: a bank or company named only by generic words (股份制商业银行,
小额贷款公司, 博彩公司, 电子银行: ``lexicon/org_generic.txt``), a body word on its own (政府, 法院,
空军, 派出所) and a clause ending in a suffix (他证实公司) are no facts. Venues are places, not
organisations (博物馆, 美术馆, 会展中心, 购物中心, 音乐厅, every 馆 but a diplomatic mission, an
expo's 中国馆: ``lexicon/org_venues.txt``); a venue of a body yields the body (市政府会议厅 →
市政府), and the venue an official heads stays the official's organisation (上海博物馆馆长: for
officials, ``find_in_run`` keeps venues). One fact per organisation, at its first mention — a
mention inside an official's organisation counts (a body first named as an official's is the fact
there, not again where it is named alone later). A sub-unit (外贸处 in 江苏省商务厅外贸处; a 部
after a company or an association: 上海市养老服务协会综合事务部) does not yield a fact of its own:
the fact is the body it belongs to; the official who heads the sub-unit keeps the whole name as
organisation. Different names of one body (美国联邦储备委员会, 美联储) are different facts: aliases
are not resolved. A body named inside the 《》 title of a game, a film or a programme is a word of
the title (《德军总部》), not a fact; the body issuing a document stays one.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from operator import attrgetter
from typing import Literal

import regex

from .. import pattern_cache
from ..lexicon_user import shipped_list, version, word_list
from ..models import Doc, Token
from ..segmentation import tokenizer
from .base import Fact, lazy_pattern, shared
from .context import complete_organization
from .documents import is_document_title
from .places import gazetteer, lookup
from .spans import (
    HAN_RUN,
    NAME_DOTS,
    TRANSLIT,
    SpanIndex,
    single_surnames,
    starts_pattern,
    token_at,
    tokens_before,
    tokens_between,
    word_tag,
)


class Organization(Fact):
    type: Literal["organization"] = "organization"
    name: str


# Anchors that start an organisation's name besides the gazetteer's places (联邦: a federation's
# bodies, 联邦调查局, 联邦海关局; 中华: the national bodies named so, 中华全国总工会, 中华慈善总会;
# 共青团: the Youth League's committees, 共青团浙江省委, as 中共 starts the party's; 政协 the
# CPPCC's, 政协北京市委员会, no party committee).
NATIONAL_ANCHORS = (
    "中华人民共和国", "中华", "中国", "中共", "中央", "国家", "国务院", "全国", "国际", "联邦",
    "共青团", "政协",
)  # fmt: skip


def _police_of_place(place: str) -> bool:
    """深圳警方, 英国警方, 北京海淀警方: 警方 names a body after a place only, not after the whole
    country's or the world's (全国警方, 国际警方) nor after a body (深圳市公安局警方)."""
    return bool(place) and place not in NATIONAL_ANCHORS and place[-1] not in _POLICE_BODY_LAST


# Foreign countries (lexicon/countries.txt) start a name too (美国联邦储备委员会, 法国航空公司).
COUNTRIES = frozenset(shipped_list("countries"))
# Countries by their first two characters, longest first (a cheap look-up at every position).
COUNTRIES_AT: dict[str, tuple[str, ...]] = {}
for _country in sorted(COUNTRIES, key=len, reverse=True):
    COUNTRIES_AT[_country[:2]] = (*COUNTRIES_AT.get(_country[:2], ()), _country)
# Cities abroad (``lexicon/cities*.txt``, CLDR's exemplar cities: 莫斯科, 洛杉矶, 首尔) start a
# name too (洛杉矶警察局, 首尔产业通产振兴院), by their first two characters, longest first.
CITIES_AT: dict[str, tuple[str, ...]] = {}
for _city in sorted(shipped_list("cities"), key=len, reverse=True):
    CITIES_AT[_city[:2]] = (*CITIES_AT.get(_city[:2], ()), _city)
# Bare 省/市/县/区 start a name only when completed from context or followed by a body word
# (区市场监管局, 区委: district bodies in district and city news).
LOCAL_ANCHORS = ("省", "市", "县", "自治区", "区")
_ANCHOR_HEADS = frozenset(word[0] for word in NATIONAL_ANCHORS + LOCAL_ANCHORS)
_LOCAL_HEADS = frozenset(word[0] for word in LOCAL_ANCHORS)
# Suffixes strong enough to make a name without an anchor (a company, an association).
STRONG_SUFFIXES = (
    "公司",
    "有限公司",
    "股份有限公司",
    "有限责任公司",
    "分公司",
    "集团",
    "银行",
    "证券",
    "信托",
    "药业",
    "协会",
    "商会",
    "学会",
    "研究会",
    "联合会",
    "促进会",
    "基金会",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "交易所",
    "事务所",
    "医院",
    "诊所",
    "设计院",
    "派出所",
    "总领馆",
    "大使馆",
    "领事馆",
    "电视台",
)
# Trades that end a company's name (安信证券, 湖南信托) but never a unit of another body
# (西南财经大学 | 信托与理财研究所).
TRADES = ("证券", "信托")
# Suffixes of an internal department of a body: their fact is the body (科技处 → its 厅). A branch
# (常德分行, 深圳分公司) is an organisation of its own and keeps its whole name.
SUBUNIT_SUFFIXES = ("处", "科", "室", "司", "组")
# A 组 (医务管理组, 课题组) is only ever a unit: it ends no name before a body does.
UNIT_ONLY_SUFFIXES = ("组",)
# After a company, an association or a university, a 部 is a department too (协会综合事务部,
# 公司市场部); after a government body it is a body of its own (中共中央宣传部).
STRONG_SUBUNIT_SUFFIXES = ("部",)
# Words that make a common noun of a body word right before them (美国银行 | 体系 is the banking
# system of the US, 银行业 an industry): a name followed by one of these is no organisation.
NOT_ORG_HEADS = frozenset(
    # 性: 全国政府性基金, 地方政府性债务, an adjective of the body's kind, no body
    ("体系", "系统", "行业", "业", "业务", "板块", "股", "领域", "部门", "类", "间", "性")
)
# Words a name never starts with (verbs and determiners before a name in a run).
LEADING_JUNK = pattern_cache.compile(
    r"(?:[据由经受在和与及同向对请为是被将把从以于让使令并]|邀请|来自|包括|其中|会上|当天|随后|"
    r"同时|此外|另外|时任|现任|前任|原任|组织|召开|举行|出席|会见|陪同|参加|主持|依托|按照|根据|"
    r"通过|经过|作为|那些|这些|一些|不少|部分|所有|其他|其它|许多|很多|众多|多个|几个|"
    r"第?[这那该本各每某多数两几一二三四五六七八九十百千万余]+[家个所名位份批类种张款条间架艘辆]|首[家个批位款]|"
    r"[一二三四五六七八九十]+大|"
    # a measure word right after a figure in digits (1000张 | 公营医院病床): a count's, no name's
    r"(?<=[0-9０-９])[张家个所名位份批类种款条间架艘辆座处项]|"
    r"一家|这家|那家|该|各|本|某|多家|两家)+"
)
# Parts of speech (jieba's dictionary, ``spans.word_tag``) of words that stand before a name but
# are never part of one: verbs, time words, adverbs, pronouns, prepositions, conjunctions,
# numerals, idioms (上周 | 交通银行, 记者拨打 | 招商银行, 1985年 | 中国银行). A name may start
# right after one; an unanchored name's own name never contains one of two or more characters (a
# one-character token of a proper name is often mistagged: 维 | 旺 | 迪集团).
JUNK_TAGS = frozenset(("v", "vd", "vg", "t", "tg", "d", "r", "p", "c", "l", "i", "z", "y"))
JUNK_CHAR_TAGS = frozenset(("t", "p", "c", "r", "d", "m", "u", "uj", "uv", "ul", "uz", "ug", "ud"))
COUNT_TAGS = frozenset(("m", "q"))
# A company name made only of these words is generic (上市公司 is not a named company).
GENERIC_NAMES = frozenset(shipped_list("org_generic"))
# Words jieba's dictionary tags as nouns that stand before a name as verbs (办理 | 韩亚银行).
LEADING_WORDS = frozenset(shipped_list("org_leading"))
# Tokens a name never contains: conjunctions, particles and the verbs that stand between a name and
# a later suffix-like word (河南省政府新闻办 | 举行 | 新闻发布会).
BREAK_WORDS = frozenset(shipped_list("org_breaks"))
# Common words that end with a suffix character but name no body (布局 ends with 局, 出台 with 台).
NOT_ORG_WORDS = frozenset(shipped_list("not_org_words"))


def _not_org_word(word: str) -> bool:
    """A word of :data:`NOT_ORG_WORDS`, or one ending with a situation's 局 (新格局, 总体布局)."""
    return word in NOT_ORG_WORDS or word.endswith(_SITUATIONS)


#: A situation's 局 that jieba glues to the word before it (新格局, 总体布局), not a bureau's
#: (民政局 ends with 政局 too), and a meeting's 部署 (研究部署, 安排部署: a verb, no 署).
_SITUATIONS = ("格局", "布局", "部署")
# Maximum length of the own name of a company or association found without an anchor (中青旅控股股份
# in 中青旅控股股份有限公司: 7); longer stems were verbs and clauses on the realworld pages.
MAX_UNANCHORED_STEM = 8
# Words after a place that make a kind of body of the rest (法国各工会, 省有关部门).
DETERMINERS = (
    "各",
    "有关",
    "相关",
    "等",
    "某",
    "一家",
    "一位",
    "一间",
    "一所",
    "一个",
    "一大",
    "多家",
    "几家",
    "另一",
    # (twentieth session) words of standing make a kind (欧洲主流博彩公司, 美国知名投资银行)
    "主流",
    "知名",
    "著名",
)
# A branch named by its place only (上海分公司) belongs to the company named right before it
# (泰康之家上海分公司): the name starts there.
BRANCH_SUFFIXES = frozenset(("分公司", "分行", "支行", "代表处", "办事处", "分校"))
# Members and staff of a body, glued to its suffix by jieba as a title is (协会会员, 银行职员).
MEMBERS = frozenset(("会员", "职员"))
# Party committees of a body: a post in one (党委书记) names the body, not the committee.
PARTY = frozenset(("党委", "党组"))
# Maximum length of a name (characters); calibrated on the realworld pages (longest real one:
# 中国银行保险监督管理委员会常德监管分局, 19).
MAX_NAME = 24


@dataclass(frozen=True)
class OrgPatterns:
    run: regex.Pattern[str]  # characters a name may contain
    suffixes: frozenset[str]
    suffix_lengths: tuple[int, ...]  # longest first
    suffix_tails: frozenset[str]  # the last characters of suffixes (a cheap pre-check)
    tail_scan: re.Pattern[str]  # one of those characters (stdlib re: 4× faster on a class)
    heads: frozenset[str]  # the first characters of suffixes
    titles: frozenset[str]
    posts: frozenset[str]  # titles, job words (律师, 理事) and members a suffix may be glued to
    stops: frozenset[str]  # tokens a name never contains: break words and titles
    known_at: dict[str, tuple[str, ...]]  # known names by their first two characters, longest first
    known_names: frozenset[str]
    known_scan: re.Pattern[str]  # where one of them may start (see spans.starts_pattern)
    # Companies and outlets of lexicon/companies.txt: found as written like the known names, but
    # no anchor or boundary for the suffix rules (花旗 inside 湖北荆州公安花旗贷款有限责任公司).
    brands: frozenset[str]
    named: frozenset[str]  # known names and brands: a body before an official's title
    named_at: dict[str, tuple[str, ...]]  # both by their first two characters (one scan)
    named_scan: re.Pattern[str]
    leading: dict[tuple[str, bool], bool]  # is_leading's answers
    plain: dict[str, bool]  # words boundaries() has nothing to do with (see _is_plain)


def _by_head(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` by their first two characters, longest first (a look-up at each token start:
    one regex alternation of several hundred names cost more than the rest of the rules)."""
    heads: dict[str, tuple[str, ...]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        heads[word[:2]] = (*heads.get(word[:2], ()), word)
    return heads


@cache
def _compiled(_version: int) -> OrgPatterns:
    suffixes = frozenset(word_list("org_suffixes"))
    known = word_list("organizations")
    brands = frozenset(shipped_list("companies")) - frozenset(known)
    return OrgPatterns(
        run=pattern_cache.compile(r"[\p{Han}A-Za-z（）()·]+"),
        suffixes=suffixes,
        suffix_lengths=tuple(sorted({len(x) for x in suffixes}, reverse=True)),
        suffix_tails=frozenset(x[-1] for x in suffixes),
        tail_scan=re.compile(f"[{''.join(sorted({re.escape(x[-1]) for x in suffixes}))}]"),
        heads=frozenset(x[0] for x in suffixes),
        titles=frozenset(word_list("titles")),
        posts=frozenset(word_list("titles") + shipped_list("job_titles")) | MEMBERS,
        stops=BREAK_WORDS | frozenset(word_list("titles")),
        known_at=_by_head(known),
        known_names=frozenset(known),
        known_scan=starts_pattern(frozenset(known)),
        brands=brands,
        named=frozenset(known) | brands,
        named_at=_by_head((*known, *brands)),
        named_scan=starts_pattern(frozenset(known) | brands),
        leading={},
        plain={},
    )


def patterns() -> OrgPatterns:
    return _compiled(version())


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int  # end of the whole name (sub-unit included)
    body_end: int  # end of the body the name belongs to (== end without a sub-unit)
    anchored: bool


@dataclass(frozen=True)
class Edges:
    ends: set[int]  # token ends (and 0)
    ordered: list[int]  # the same, sorted
    words: dict[int, str]  # token end → token
    breaks: list[int]  # starts of tokens a name cannot contain (sorted)
    clean: set[int]  # positions after which a name may start without an anchor
    suffixes: list[tuple[int, str]]  # (end, longest suffix) at token ends, in text order
    words_from: dict[int, int]  # token start → token end

    def with_end(self, text: str, pos: int, lo: int = 0) -> Edges:
        """The edges of ``text[lo:pos]`` and a few tokens around it, with ``pos`` as one more
        token end (a title glued to a body: the token 省委书记 becomes 省委 | 书记). Only that
        window is copied, so that asking once per title stays linear in the paragraph."""
        if pos in self.ends:
            return self
        first = max(0, bisect_left(self.ordered, lo) - _WINDOW_MARGIN)
        last = bisect_right(self.ordered, pos) + _WINDOW_MARGIN
        ordered = self.ordered[first:last]
        low, high = ordered[0], ordered[-1]
        words = {e: self.words[e] for e in ordered if e in self.words}
        words_from = {}
        for e, word in words.items():
            start = e - len(word)
            if start in self.words_from:
                words_from[start] = self.words_from[start]
        for start, end in list(words_from.items()):
            if start < pos < end:
                words_from[start], words_from[pos] = pos, end
        inside = self.suffixes[
            bisect_left(self.suffixes, (low, "")) : bisect_right(self.suffixes, (high, "\uffff"))
        ]
        suffixes = sorted(inside + _suffixes_at(text, [pos]))
        # A break token cut by the new end no longer breaks (党委书记 → 党委 | 书记).
        breaks = [
            b
            for b in self.breaks[bisect_left(self.breaks, low) : bisect_right(self.breaks, high)]
            if not b < pos < self.words_from.get(b, b)
        ]
        clean = {e for e in ordered if e in self.clean}
        ends = {*ordered, pos}
        return Edges(ends, sorted(ends), words, breaks, clean, suffixes, words_from)


#: Token ends copied on each side of the window of :meth:`Edges.with_end`.
_WINDOW_MARGIN = 4


_token_end = attrgetter("end")


def _suffixes_at(text: str, ends: list[int]) -> list[tuple[int, str]]:
    """The longest organisation suffix ending at each of ``ends`` (ends without one left out)."""
    pats = patterns()
    found = []
    for e in ends:
        if e == 0 or text[e - 1] not in pats.suffix_tails:
            continue
        for size in pats.suffix_lengths:
            if size <= e and text[e - size : e] in pats.suffixes:
                found.append((e, text[e - size : e]))
                break
    return found


#: Suffixes of bodies of members: a post before one names their trade (医师协会, 教师工会); and
#: firms, where it names their business (意向顾问股份公司, 管理顾问有限公司).
TRADE_BODIES = frozenset(
    (
        *("协会", "学会", "研究会", "联合会", "公会", "工会", "联谊会"),
        *("公司", "股份公司", "有限公司", "股份有限公司", "有限责任公司"),
    )
)


#: Words :func:`boundaries` remembers as plain before it forgets them all.
_PLAIN_WORDS = 100_000


def _is_plain(word: str, pats: OrgPatterns) -> bool:
    """Whether :func:`boundaries` only records ``word``: it cannot be cut (a suffix glued to a
    title, 市立) nor break a name (a stop word, a title glued to a body, a title's first
    character before 长), whatever surrounds it. A word of the checks below is never plain."""
    if len(word) > 2 and word[0] in pats.heads:
        return False
    if len(word) > 3 and word[-1] == "立":
        return False
    if word in pats.stops or (len(word) > 2 and word[-2:] in pats.titles):
        return False
    return not (len(word) == 1 and word + "长" in pats.titles)


def boundaries(text: str, tokens: list[Token]) -> Edges:
    """Token ends, break tokens and suffix ends of one paragraph (computed once per paragraph)."""
    pats = patterns()
    stops, posts, heads, titles = pats.stops, pats.posts, pats.heads, pats.titles
    words: dict[int, str] = {}
    words_from: dict[int, int] = {}
    breaks: list[int] = []
    clean = {0}
    plain = pats.plain
    if len(plain) > _PLAIN_WORDS:
        plain.clear()  # a long batch meets new words without end: the cache stays bounded
    # One pass with locals: this runs for every token of every paragraph.
    for word, _, start, end in tokens:
        is_plain = plain.get(word)
        if is_plain is None:
            is_plain = plain[word] = _is_plain(word, pats)
        if is_plain:  # most words: no cut, no break
            words[end] = word
            words_from[start] = end
            continue
        if len(word) > 2 and word[0] in heads:
            # jieba glues a body's suffix to the title or job after it (市场监管 | 局局长, 大学教授,
            # 律师 | 事务所律师): split it, so that the body ends at its suffix and the title breaks
            # the name. Not 党委书记: a company's party committee is no body of its own (the
            # company is).
            for cut in range(1, min(len(word) - 1, 4)):
                if word[:cut] == "党":
                    break  # 党支部书记: a party branch's secretary, no body 党 before 支部书记
                if word[cut:] in posts and word[:cut] in pats.suffixes and word[:cut] not in PARTY:
                    words[start + cut], words_from[start] = word[:cut], start + cut
                    word, start = word[cut:], start + cut
                    break
        if len(word) > 3 and word[-1] == "立" and word[-2] in "市县省区":
            # 台北市立 | 联合医院: jieba glues 立 (municipal) to the city that anchors the name
            words[end - 1], words_from[start] = word[:-1], end - 1
            word, start = word[-1], end - 1
        words[end] = word
        words_from[start] = end
        if (
            word in stops
            or (
                len(word) > 2
                and word[-2:] in titles
                and text[end - 2 : end + 1] not in pats.suffixes
            )
            or (
                len(word) == 1
                and text[start - 1 : start] == word
                and text[end : end + 1] == "长"
                and word + "长" in titles
            )
        ):
            # a title glued to its body or a prefix (财政部长, 副队长) breaks a name too, unless
            # it runs into a suffix (学部委员 | 会: 委员会); so does a title's first character
            # after the body's same suffix where jieba glued its 长 to the name after it
            # (工业和信息化厅 | 厅 | 长金志)
            breaks.append(start)
            clean.add(end)
    if breaks:
        # A post right before an association's suffix is its members' trade, no break (中国 | 医师
        # | 协会, 教师 | 工会).
        breaks = [
            b
            for b in breaks
            if not (
                words.get(words_from.get(b, -1), "") in posts
                and words.get(words_from.get(words_from.get(b, -1), -1), "") in TRADE_BODIES
            )
        ]
    ordered = [0, *words]  # tokens come in text order
    ends = set(ordered)
    # Suffixes are sought only at the token ends after a suffix's last character (most have none).
    tails = [m.end() for m in pats.tail_scan.finditer(text)]
    suffixes = [
        (e, suffix)
        for e, suffix in _suffixes_at(text, [e for e in tails if e in ends])
        if (not _not_org_word(words.get(e, "")) or words.get(e) == suffix)
        and not _verb_object(words.get(e, ""), suffix)
    ]
    glued = [
        (e, size)
        for e, _ in suffixes
        for size in (_glued_conjunction(text, e),)
        if size
        and (
            words_from.get(e) == e + size + 1
            or _place_glued(text, e + size - 1, words_from.get(e, e))
        )
    ]
    if glued:
        # jieba reads a conjunction after a body into the next name (县医院 | 和县 | 妇幼保健院:
        # 和县 is a county, and so is 会同县 in 县教育局 | 会同县 | 财政局; 渔业局 | 和永嘉 |
        # 县政府): the conjunction breaks there (rare: the token order is rebuilt)
        for at, size in glued:
            end = words_from[at]
            words[at + size], words[end] = text[at : at + size], text[at + size : end]
            words_from[at], words_from[at + size] = at + size, end
            breaks.append(at)
            clean.add(at + size)
        words = dict(sorted(words.items()))
        breaks.sort()
        ordered = [0, *words]
        ends = set(ordered)
    return Edges(ends, ordered, words, breaks, clean, suffixes, words_from)


def _glued_conjunction(text: str, at: int) -> int:
    """The length of a conjunction (和, 与, 及, 会同: together with) starting at ``at``, or 0."""
    if text[at : at + 1] in "和与及":
        return 1
    return 2 if text.startswith("会同", at) else 0


def _place_glued(text: str, at: int, end: int) -> bool:
    """The word ``text[at:end]`` is a conjunction glued to a place's name, the place or its
    administrative suffix written next (和永嘉 | 县政府, 与湖州 | 市政府)."""
    rest = text[at + 1 : end]
    if len(rest) < 2:
        return False
    return lookup(rest) is not None or lookup(rest + text[end : end + 1]) is not None


def _verb_object(word: str, suffix: str) -> bool:
    """考大学, 办公司, 去银行: jieba's word of a one-character verb and a kind of body is an
    action (taking the exam, running a firm), not the end of a name; not a one-character
    suffix's (建委, 联社, 使馆 are short names of bodies)."""
    if word in _FACTORY_ACTIONS:
        return True  # 在泰国建厂: building a factory, no 厂 of a name
    return len(suffix) >= 2 and len(word) == len(suffix) + 1 and word_tag(word[0]) == "v"


#: Setting up a factory, jieba's one word of a verb and 厂 (建厂, 办厂, 设厂).
_FACTORY_ACTIONS = frozenset(("建厂", "办厂", "设厂", "开厂"))


def suffix_ends(start: int, end: int, edges: Edges) -> list[tuple[int, str]]:
    """Ends (and longest suffixes) of organisation suffixes inside ``[start, end]``.

    A suffix ends at a token boundary; one ending a common word (布局, 出台) is none.
    """
    first = bisect_right(edges.suffixes, (start, "\uffff"))
    found = []
    for e, suffix in edges.suffixes[first:]:
        if e > end:
            break
        if e - len(suffix) >= start:
            found.append((e, suffix))
    return found


def _is_body_word(words_from: dict[int, int], pos: int, text: str, anchor: str) -> bool:
    """The token at ``pos`` is the anchor and a suffix (省委, 市政府), or the anchor and a body's
    name jieba keeps as one word (省公安厅, 县公安局), not 市场部 (市场 is a word)."""
    end = words_from.get(pos)
    if end is None:
        return False
    rest = text[pos + len(anchor) : end]
    if rest in patterns().suffixes:
        return True
    return (
        len(rest) >= 2
        and bool(_suffixes_at(text, [end]))
        and tokenizer().freq(text[pos : pos + len(anchor) + 1]) == 0
    )


# A county or district named by its short form (丰台 for 丰台区) starts the name of one of its
# own bodies written right after it (丰台法院, 海淀看守所, 丰台邮政局, 观塘裁判法院); anywhere
# else a county's short form is too often a common word to anchor a name.
LOCAL_BODIES = frozenset(
    (
        "法院", "人民法院", "检察院", "人民检察院", "政府", "人民政府", "区委", "县委", "区政府",
        "县政府", "公安局", "公安分局", "分局", "看守所", "派出所", "交警大队", "税务局", "人大",
        "政协", "纪委", "教委", "教育局", "卫生局", "民政局", "财政局", "法制办",
        "裁判法院", "邮政局", "邮电局", "交通局", "环保局", "住建局", "城管局", "文化局",
        "体育局", "统计局", "审计局", "国土局", "规划局", "水务局", "人社局", "市场监管局",
        "商务局", "发改委", "区议会",
    )
)  # fmt: skip


@cache
def _county_shorts() -> frozenset[str]:
    """Short forms of counties and districts (丰台区 → 丰台) that are not names of their own."""
    places = gazetteer().by_name
    freq = tokenizer().freq
    return frozenset(
        place.name[:-1]
        for place in places.values()
        if place.level == "county"
        and len(place.name) >= 3
        and place.name[-1] in "区县"
        and place.name[:-1] not in places
        # not one that is a common word (比如 of 比如县, 新建 of 新建区, 城中 of 城中区)
        and freq(place.name[:-1]) < _COMMON_SHORT_FREQ
    )


#: jieba's count at which a county's short form is a common word more often than the county.
_COMMON_SHORT_FREQ = 800


def _county_short(text: str, pos: int, end: int, edges: Edges) -> str | None:
    """A county's short form at ``pos`` as a whole word, followed by one of its bodies."""
    word_end = edges.words_from.get(pos)
    if word_end is None or word_end - pos < 2:
        return None
    word = text[pos:word_end]
    for size in (2, 3):
        # jieba glues some to their body in one word (海淀法院, 朝阳法院).
        if word[:size] in _county_shorts() and word[size:] in LOCAL_BODIES:
            return word[:size]
    if word not in _county_shorts():
        return None
    next_end = edges.words_from.get(word_end)
    if next_end is None or next_end > end or text[word_end:next_end] not in LOCAL_BODIES:
        return None
    return text[pos:word_end]


# Administrative suffixes that end a place's name, and the words ending with one that name a kind
# of place, not a place (自治州, 地级市, 大都市).
PLACE_SUFFIXES = ("省", "州", "县", "市")
NOT_PLACES = ("自治州", "自治县", "级市", "辖市", "都市", "城市", "级县")
PLACE_DETERMINERS = frozenset("全本该各外每同邻此某多")


def _place_word(text: str, pos: int, end: int, edges: Edges) -> str | None:
    """A word of three or more characters at ``pos`` naming a place by its administrative suffix
    that the gazetteer does not hold (a former county, 崇礼县; a foreign state or province,
    特拉华州, 魁北克省), when a body's suffix follows it."""
    word_end = edges.words_from.get(pos)
    if word_end is None or word_end - pos < 3 or word_end >= end:
        return None
    word = text[pos:word_end]
    if (
        not word.endswith(PLACE_SUFFIXES)
        or word.endswith(NOT_PLACES)
        or word[0] in PLACE_DETERMINERS
        or not _NUMERALS.isdisjoint(word)  # 东北三省 is a region
        or word_tag(word) != "n"
    ):
        return None
    return word


#: A town or a city's subdistrict (青山镇, 益庆乡, 龙柏街道): the level's word after its name.
TOWN_LEVELS = ("街道", "镇", "乡")
#: The bodies of a town or subdistrict, after which its name is an anchor (青山镇人民政府,
#: 木林镇政府, 城关镇党委, 长丰街道办, 石桥铺街道党工委, 沙坪镇中心小学).
TOWN_BODIES = (
    "人民政府", "政府", "党委", "党工委", "人大", "纪委", "纪工委", "办事处", "办", "派出所",
    "卫生院", "中心卫生院", "中心小学", "中心学校", "小学", "中学", "财政所", "司法所",
    "农业服务中心", "综合执法队", "便民服务中心", "社区卫生服务中心",
)  # fmt: skip
#: Characters before a level's word that make a word of a kind, not a town's name (小镇, 乡镇,
#: 城乡, 下乡), or a determiner (各街道, 本镇).
NOT_TOWNS = {
    "镇": frozenset("小古城乡村集重名市各该每本此某全"),
    "乡": frozenset("城镇下回返家故老同异本他外水各该每此某全"),
    "街道": frozenset("大小各该每本此某全"),
    # 农村, 乡村, 贫困村, 示范村, 行政村, 自然村, 邻村; 城市社区, 农村社区
    "村": frozenset("农乡山渔各本该全每此某邻同外困范政然点"),
    "社区": frozenset("市村各本该全每此某"),
}
#: (twelfth session) A village's or a community's name of two or three characters with 村 or
#: 社区 is an anchor before the bodies they hold (小河村村委会, 东关村党支部, 幸福社区居委会): the
#: gazetteer stops at counties.
VILLAGE_LEVELS = ("村", "社区")
VILLAGE_BODIES = {
    "村": ("村委会", "村民委员会", "党支部", "党总支", "党委", "村务监督委员会", "经济合作社"),
    "社区": ("居委会", "居民委员会", "党支部", "党总支", "党委"),
}


def _town_word(text: str, pos: int, end: int, edges: Edges) -> str | None:
    """A town's name of two or three characters at ``pos`` (a word's start) with its level's word,
    followed by one of the town's bodies (青 | 山镇 | 人民政府 → 青山镇); a village's or a
    community's, with its own (小河 | 村 | 村委会 → 小河村)."""
    near = text[pos + 2 : pos + 4]
    if not any(c in near for c in "镇乡街村社"):
        return None  # most positions: no level's word where a town's name would end
    for size in (2, 3):
        name_end = pos + size
        level = next(
            (w for w in (*TOWN_LEVELS, *VILLAGE_LEVELS) if text.startswith(w, name_end, end)),
            None,
        )
        if level is None:
            continue
        body = name_end + len(level)
        first = edges.words_from.get(pos, pos + 1)
        if level in VILLAGE_LEVELS:
            # a village's name is words of its own (前进 | 村, 柳树 | 湾 | 村), and a verb may be
            # one (前进, 胜利): only a word before the name's other words leads it (在 | 小河 | 村)
            named = name_end in edges.ends and text[pos] not in _LEVEL_CHARS
            leading = first != name_end and is_leading(text[pos:first])
            bodies = VILLAGE_BODIES[level]
        else:
            named, leading, bodies = True, is_leading(text[pos:first]), TOWN_BODIES
        if (
            not named
            or leading
            or text[name_end - 1] in NOT_TOWNS[level]
            or not HAN_RUN.fullmatch(text, pos, name_end)
            or not (
                text.startswith(bodies, body, end)
                or (level in TOWN_LEVELS and _village_after(text, body, end, edges))
            )
        ):
            continue
        return text[pos:body]
    return None


#: Characters of a level's word, none of which starts a village's name (镇 | 小河村).
_LEVEL_CHARS = frozenset("省市县区镇乡街村")


def _village_after(text: str, pos: int, end: int, edges: Edges) -> bool:
    """A village's or a community's anchor follows ``pos`` (王庄镇 | 小河村村委会)."""
    if pos not in edges.words_from:
        return False
    anchor = _town_word(text, pos, end, edges)
    return anchor is not None and anchor.endswith(VILLAGE_LEVELS)


def anchor_at(text: str, pos: int, end: int, edges: Edges) -> str | None:
    """The name anchor starting at ``pos``: a place, 中国/国家…, or a bare 省/市 (a whole word)."""
    anchor = gazetteer().prefix(text, pos, end)
    if anchor is None:
        anchor = _county_short(text, pos, end, edges) or _place_word(text, pos, end, edges)
    if anchor is None and pos in edges.words_from:
        anchor = _town_word(text, pos, end, edges)
    if anchor is None and text[pos : pos + 2] in COUNTRIES_AT:
        for country in COUNTRIES_AT[text[pos : pos + 2]]:
            if text.startswith(country, pos, end):
                return country
    if (
        anchor is None
        and text[pos] in _PAIR_SHORTS
        and text[pos + 1 : pos + 2] in _PAIR_SHORTS
        and text[pos] != text[pos + 1]
        and not (pos and text[pos - 1].isdigit())  # 7日 | 中国人民银行: a date's 日
        and text[pos + 1 : pos + 3] not in COUNTRIES_AT  # 日 | 美国…: a country's own name
        and not text.startswith(NATIONAL_ANCHORS, pos + 1)  # 对日 | 中国…, 赴日 | 中央…
        and "（" not in text[pos : pos + MAX_NAME]  # 中欧班列（乌鲁木齐）集结中心: a service's site
        and _opens_name(text, pos, edges)
    ):
        # 日中友好协会, 美中关系全国委员会 (twentieth session): two countries by their short forms
        # open the name of a body between them
        return text[pos : pos + 2]
    if anchor is None and text[pos : pos + 2] in CITIES_AT and _opens_name(text, pos, edges):
        for city in CITIES_AT[text[pos : pos + 2]]:
            if text.startswith(city, pos, end):
                return city
    if anchor is None and text[pos : pos + 1] not in _ANCHOR_HEADS:
        return None
    if anchor is None:
        for word in NATIONAL_ANCHORS:
            if text.startswith(word, pos, end):
                anchor = word
                break
    if anchor is None:
        for word in LOCAL_ANCHORS:
            # A whole word (省 | 工业和信息化厅) or a word that is itself a body (省委, 市政府);
            # not 市 in 市场.
            if text.startswith(word, pos, end) and (
                pos + len(word) in edges.ends or _is_body_word(edges.words_from, pos, text, word)
            ):
                anchor = word
                break
    if anchor is not None and text.startswith(("级", "性"), pos + len(anchor)):
        return None  # 国家级, 省级 are levels, 全国性 a scope, not bodies
    if anchor in LOCAL_ANCHORS and _COUNTED_LEVEL.search(text, max(0, pos - 8), pos):
        return None  # 14个市人社局, 各县教育局, 21个地级以上市教育局: bodies of a kind, counted
    if anchor in LOCAL_ANCHORS and pos > 0 and text[pos - 1] in _CROSSING_VERBS:
        return None  # 广之旅出 | 省 | 游中心, 跨省, 赴市: a verb of going across, no level's body
    if anchor == "区" and text.endswith(ZONE_ENDS, 0, pos + 1):
        return None  # 横琴粤澳深度合作 | 区 | 执行委员会: a zone's 区, no district (twentieth)
    return anchor


def _opens_name(text: str, pos: int, edges: Edges) -> bool:
    """A city abroad (or two countries' short forms) at ``pos`` opens a name: nothing of a name
    stands right before it (a
    sentence's start, punctuation, a verb, a preposition or another leading word: 在 | 洛杉矶…),
    not a brand it is part of (三菱 | 东京日联银行) or an outlet's credit line (新华网 | 洛杉矶)."""
    if pos == 0 or not HAN_RUN.match(text[pos - 1]):
        return True
    before = edges.words.get(pos)
    return before is not None and (is_leading(before, False) or word_tag(before) in _OPENING_TAGS)


#: Countries' one-character short forms that pair to open a body between two of them (中日, 日中,
#: 中美, 美中友好协会).
_PAIR_SHORTS = frozenset("中美俄英法德日韩朝印澳欧非")


#: Tags of a word after which a name may start (verbs, prepositions, conjunctions, particles).
_OPENING_TAGS = frozenset(("v", "vn", "p", "c", "u", "uj", "ul", "d", "r"))


#: One-character verbs of going that make a word with a bare level after them (出省, 跨市, 赴县).
_CROSSING_VERBS = frozenset("出跨赴离进返回入外")


#: A count or 各 right before a bare level (14个 | 市, 各 | 县, 21个地级以上 | 市).
_COUNTED_LEVEL = pattern_cache.compile(
    # (twentieth session) and a numeral right before the level (四省边际中心城市, 两市)
    r"(?:[0-9０-９一二两三四五六七八九十百]个(?:地级|县级)?(?:以上)?|各|[两三四五六七八九十几多])$"
)


def is_leading(word: str | None, first: bool = True) -> bool:
    """``word`` stands before a name and is never part of one (see :func:`_is_leading`; answers
    kept per lexicon version: this runs at every position a name may start)."""
    if not word:
        return False
    cache = patterns().leading
    key = (word, first)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _is_leading(word, first)
    return found


def _is_leading(word: str, first: bool) -> bool:
    """``word`` stands before a name and is never part of one (a verb, a time word…).

    As the ``first`` word of a name, a count leads too (一万股东亚银行 is no name); inside a
    name it is part of it (联达四方). The trade of a company (开发, 拍卖 in 亚通开发有限公司)
    and a suffix (支行: jieba tags it a verb) never lead."""
    if word in patterns().suffixes or word in GENERIC_NAMES:
        return False
    if word in LEADING_WORDS:
        return True
    tag = word_tag(word)
    if len(word) == 1:
        return tag in JUNK_CHAR_TAGS
    return tag in JUNK_TAGS or (first and tag in COUNT_TAGS)


#: Legal forms, longest first: a name registered with one may hold a verb after its first word
#: (中信 | 通用 | 航空有限责任公司), as no clause ends in a legal form; a bracketed region may stand
#: before one (汇丰银行（中国）有限公司).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


#: A rank (第一, 第3): inside a name's own words it makes a kind (第一集团 of a race).
_ORDINAL = pattern_cache.compile(r"第[一二三四五六七八九十0-9]+")


def _clean_stem(pos: int, stem_end: int, edges: Edges, suffix: str = "") -> bool:
    """The own name ``[pos, stem_end)`` of an unanchored name holds no leading word: none at
    all as its first word, none of two or more characters after it (a one-character word inside
    a proper name is often mistagged: 南共体 is 南 | 共/d | 体), but a verb after the first word
    of a name with a legal form."""
    at = pos
    while at < stem_end:
        nxt = edges.words_from.get(at)
        if nxt is None:
            return True
        word = edges.words.get(nxt)
        if (
            nxt <= stem_end
            and (at == pos or nxt - at > 1)
            and is_leading(word, at == pos)
            and not (at > pos and suffix in LEGAL_FORMS and word_tag(word or "") == "v")
            and not (at == pos and suffix in LEGAL_FORMS and _brand_pair(edges, at, nxt))
        ):
            return False
        if (
            at > pos
            and nxt <= stem_end
            and nxt - at > 1
            and (
                LEADING_JUNK.fullmatch(word or "")
                or (nxt == stem_end and _ORDINAL.fullmatch(word or ""))
            )
        ):
            # 全球 | 很多 | 一些 | 商会, 紧追 | 第一 | 集团: a count, a determiner or a rank
            # right before the suffix makes a kind (第三大保险公司 is left to the kind rules)
            return False
        if at == pos and stem_end - nxt >= 2 and (_verbal(word) or word in KIND_NOUNS):
            # 指控 | 苹果公司, 评级机构 | 标准普尔公司: the rest is a name of its own
            return False
        at = nxt
    return True


def _brand_pair(edges: Edges, at: int, nxt: int) -> bool:
    """A lone character and another lone one after it, neither a determiner nor a numeral, open
    a registered name: a brand jieba did not know, cut in two (顺 | 丰航空有限公司, 同 | 程旅行控股
    有限公司, 和 | 记港口集团有限公司), not a preposition before one (和 | 某 | 公司, 与 | 华为)."""
    after = edges.words_from.get(nxt)
    second = edges.words.get(after, "") if after is not None else ""
    return (
        nxt - at == 1
        and word_tag(edges.words.get(nxt, "")) in ("p", "c")  # 顺, 同, 和: not 有 | 请
        and len(second) == 1
        and HAN_RUN.fullmatch(second) is not None
        and second not in _NOT_BRAND_CHARS
    )


#: Determiners, numerals and function characters that follow a preposition or a verb before a
#: company (和某公司, 与该公司, 向在建…).
_NOT_BRAND_CHARS = frozenset(
    "某本该此这那各每其一二两三四五六七八九十百千万亿全的了着过在是为被把将从向对与和及或等也都"
)


# Nouns of a kind of body that stand before a name in apposition (评级机构 | 标准普尔公司).
# 辖区 (the precinct's) stands so before a police station (辖区 | 淮海路派出所).
KIND_NOUNS = frozenset(
    ("机构", "企业", "单位", "公司", "集团", "银行", "会员单位", "旗下", "老店", "巨头", "辖区")
)
_KIND_SCAN = re.compile("|".join(sorted(KIND_NOUNS, key=len, reverse=True)))


def _verbal(word: str | None) -> bool:
    """``word`` is a verbal noun (jieba's vn: 指控, 投资) that is no trade of a company."""
    if word is None or len(word) < 2 or word in GENERIC_NAMES:
        return False
    return word_tag(word) == "vn"


#: Medical departments: a clinic named only by them is a kind (牙科诊所, 妇产科家庭医学科诊所);
#: before a title they stay a department of the official's body (眼科 | 医师).
_DEPARTMENTS_ONLY = re.compile("(?:家庭医学科|妇产科|皮肤科|牙科|儿科|眼科|内科|外科)+")


def _is_generic(name: str, suffix: str) -> bool:
    stem = name[: len(name) - len(suffix)]
    if len(stem) < 2 or stem == "人民":
        return True  # 人民医院, 人民政府 alone: every county's, a kind without its place
    if suffix == "诊所" and _DEPARTMENTS_ONLY.fullmatch(stem):
        return True
    # The stem is generic when it is made of generic words only (数据 + 科技 in 数据科技公司).
    return _generic_words(stem)


def _generic_words(stem: str) -> bool:
    """``stem`` is made of words of ``org_generic.txt`` only."""
    rest = stem
    while rest:
        for size in (3, 2, 1):
            if rest[:size] in GENERIC_NAMES:
                rest = rest[size:]
                break
        else:
            return False
    return True


def _after_each(text: str, pos: int) -> bool:
    """A bare 省/市/县/区 at ``pos`` follows 各 (各县, 各区县): it names every one of them."""
    before = text[max(0, pos - 2) : pos]
    return before.endswith("各") or (before[:1] == "各" and before[1:] in LOCAL_ANCHORS)


def _next_local_body(text: str, ends: list[tuple[int, str]], edges: Edges) -> int:
    """Where a bare local body word (省政府, 市委) starts right after one of ``ends`` (the
    end of a whole name), else the end of the text."""
    for e, _ in ends:
        if text[e : e + 1] not in _LOCAL_HEADS:
            continue
        for anchor in LOCAL_ANCHORS:
            if text.startswith(anchor, e) and _is_body_word(edges.words_from, e, text, anchor):
                return e
    return len(text)


# Conjunctions inside a body's name that join two of its fields (规划与国土资源管理局,
# 住房保障和房产管理局, 国际合作与交流司, 房地产及住宅研究会), and 联合 (joint: 韩国联合参谋部,
# 市立联合医院), a verb between two bodies (省消协联合省家电协会) or before a verb (联合印发).
INNER_CONJUNCTIONS = frozenset(("和", "与", "及", "联合"))
#: People named by their standing, not by a post (秦皇岛市领导及摄影家协会): no field of a body.
PEOPLE = frozenset(("领导", "专家", "官员", "学者", "人士", "干部", "嘉宾"))


#: A development zone or a park ends a place: the words joined to it by 与/和 are a body of their
#: own, no field of one name (成都高新区与华为技术有限公司签约); not any 区 (老区和山区建设促进会,
#: 库区和移民工作局 are fields of one name).
ZONE_ENDS = (
    "开发区", "高新区", "经开区", "实验区", "试验区", "示范区", "新区", "园区", "自贸区", "保税区",
    "合作区", "综试区", "产业区", "工业区",
)  # fmt: skip
_LONGEST_POST = 6


def _after_post(text: str, pos: int) -> bool:
    """A post (a title or a job word) ends right before ``pos``."""
    posts = patterns().posts
    return any(text[pos - size : pos] in posts for size in range(2, min(pos, _LONGEST_POST) + 1))


def _inner_conjunction(text: str, pos: int, at: int, limit: int, edges: Edges) -> bool:
    """The break token at ``at`` is a conjunction inside a name starting at ``pos``: 和/与/及
    between two fields, not between two bodies (山东省政府和北京市政府: a name ends before it; 省委
    和省政府: a name starts after it) nor before a name of its own."""
    word_end = edges.words_from.get(at)
    if word_end is None or text[at:word_end] not in INNER_CONJUNCTIONS or at - pos < 2:
        return False
    first = bisect_left(edges.suffixes, (at, ""))
    if first < len(edges.suffixes) and edges.suffixes[first][0] == at:
        return False  # a whole name ends before the conjunction
    before = edges.words.get(at)
    if _generic_words(text[pos:at]) or before in patterns().posts or before in PEOPLE:
        return False  # it joins a kind (外资行和…), a post or people (市领导及…) to a body
    if anchor_at(text, word_end, limit, edges) is not None:
        return False
    if text.startswith("人民", word_end):
        return False  # 药业和 | 人民医院: a people's court, hospital or government is a body
    if edges.words.get(pos) in patterns().posts:
        return False  # 医师 | 张学伦和书田诊所…: after a post a person is named, no field
    if _after_post(text, pos):
        return False  # 副市长 | 段文斌与比亚迪股份有限公司: the words after a post are a person
    before = edges.words.get(pos, "")
    if len(before) == 1 and before in single_surnames() and edges.words_from.get(pos) == at:
        return False  # 叶 | 建新 | 与镇党委…: a surname and a given name before 与, a person
    if text.endswith(ZONE_ENDS, pos, at):
        return False  # 郑州航空港经济综合实验区与富士康科技集团: a zone is a place, not a field
    # Nor two bodies known by name (国际货币基金组织和世界银行).
    known = patterns().known_names
    if any(text[begin:at] in known for begin in range(max(pos, at - 12), at - 1)):
        return False
    if any(
        text.startswith(name, word_end)
        for name in patterns().known_at.get(text[word_end : word_end + 2], ())
    ):
        return False
    # The name goes on to a suffix before the next break.
    nxt = bisect_right(edges.breaks, at)
    stop = min(limit, edges.breaks[nxt]) if nxt < len(edges.breaks) else limit
    if text[at:word_end] == "联合" and any(
        e - len(s) == word_end for e, s in suffix_ends(word_end, stop, edges)
    ):
        return True  # 台北市立 | 联合 | 医院: a united body, 联合 a word of its name
    after = suffix_ends(word_end + 1, stop, edges)
    # … with no verb after the conjunction (借记卡与 | 办理我国商业银行 is a clause), unless the
    # verb names the field the suffix right after it closes (物流与采购联合会, 疾病控制和预防中心).
    if not after:
        return False
    next_end = edges.words_from.get(word_end, -1)
    next_word = edges.words.get(next_end, "")
    if next_word in LEADING_WORDS:
        return False
    if word_tag(next_word) in ("v", "vd"):
        return any(e - len(s) == next_end for e, s in after)
    return True


def _candidate_ends(
    text: str, pos: int, end: int, edges: Edges, anchor: str | None
) -> list[tuple[int, str]]:
    """The suffix ends a name starting at ``pos`` may end at (before any break token)."""
    limit = min(end, pos + MAX_NAME)
    stop = limit
    index = bisect_left(edges.breaks, pos)
    while index < len(edges.breaks) and edges.breaks[index] < limit:
        stop = edges.breaks[index]
        if not _inner_conjunction(text, pos, stop, limit, edges):
            break
        index, stop = index + 1, limit
    ends = suffix_ends(pos, stop, edges)
    if anchor is not None:
        if text.startswith(DETERMINERS, pos + len(anchor)):
            return []  # 法国各工会, 省有关部门: a kind of body, not a name
        if anchor in LOCAL_ANCHORS and _after_each(text, pos):
            return []  # 各县政府, 各市县政府: every county's government is a kind of body
        # 省委省政府: a body word of its own right after a whole name starts the next name.
        limit = min(
            _next_local_body(text, ends, edges),
            _clause_word(pos + len(anchor), ends, edges),
            _next_anchor(text, end, [x for x in ends if x[0] > pos + len(anchor)], edges),
        )
        ends = [
            (e, s) for e, s in ends if e <= limit and not _factory_kind(text, pos, anchor, e, s)
        ]
        if (
            ends
            and (anchor in ("全国", "国家") or anchor in LOCAL_ANCHORS)
            and _national_kind(text, pos, ends[0], anchor, len(ends) > 1)
        ):
            return []
        if ends and _particle_suo(text, *ends[0], edges):
            return []  # 日本重建 | 所需: a clause, not an institute
        if ends and _indefinite_kind(text, pos, anchor, ends[0]):
            return []  # 一家 | 乌克兰公司, 一间 | 印度工程公司: some firm of a country, no name
        known = patterns().known_names
        return _clean_units(
            [
                (e, s)
                for e, s in ends
                if e > pos + len(anchor) or s in STRONG_SUFFIXES or text[pos:e] in known
            ],
            edges,
        )
    known = patterns().known_names
    found: list[tuple[int, str]] = []
    # A body known by a name without a suffix (招行) takes its units too (招行东直门支行).
    known_end = _known_end(text, pos, edges)
    if known_end is not None:
        found.append((known_end, ""))
    for e, s in ends:
        stem_end = e - len(s)
        if "（" in text[pos:e]:
            # Brackets only after a name (see _bracket_tail), or a registered name's place
            # before its legal form (唯冠科技（深圳）有限公司)
            place = _registered_place(text, pos, e, s)
            if place is None or (found and found[-1][0] != place):
                break  # (a brand known without a suffix, 宝马, may open the registered name)
            stem_end = place
        if _particle_suo(text, e, s, edges) and (
            not found or edges.words.get(e - 1, "")[-1:] in PERSON_ENDS
        ):
            # 周星驰 | 所商谈, 重建 | 所需, 欧盟 | 领导人 | 所达成: the particle 所 before a verb,
            # not an institute (清华大学 | 微电子 | 所 is one)
            break
        if found and e - len(s) >= found[-1][0]:
            # 招商银行 | 投资 | 永隆银行, 央行 | 发布 | 公告…信托公司: a clause's verb and its
            # object, no unit (after a name known without a suffix, only a plain verb counts:
            # 华为 | 投资 | 控股有限公司 is one)
            clause_tags = _VERB_TAGS if found[-1][1] else _PLAIN_VERB
            if (
                s in STRONG_SUFFIXES
                and (found[-1][1] in STRONG_SUFFIXES or not found[-1][1])
                and _verb_then_name(found[-1][0], e - len(s), edges, clause_tags)
            ):
                break
            # A unit of a named body (清华大学 | 微电子所, 某某公司 | 市场部).
            found.append((e, s))
        elif (
            text[pos:e] in known
            or (
                s in STRONG_SUFFIXES
                and stem_end - pos <= MAX_UNANCHORED_STEM
                and not _is_generic(text[pos:stem_end] + s, s)
                # (a known brand opens a registered name: 可口可乐（中国）饮料有限公司)
                and (_clean_stem(pos, stem_end, edges, s) or text[pos:stem_end] in patterns().named)
                and not _clause_before_suffix(pos, stem_end, edges)
                and not _place_after_words(text, pos, stem_end, end, edges, LOCAL_ANCHORS)
                # 服务 | 北京银行, 假钞 | 南京银行: a city's bank is named by the city alone (a
                # company's arm in a city keeps its brand: 满记甜品上海公司)
                and not (s == "银行" and _place_after_words(text, pos, stem_end, end, edges))
            )
        ):
            found.append((e, s))
    found = _clean_units(found, edges)
    return [] if found and found[-1][1] == "" else found


#: Tags of a word that, between a named body and a later body's suffix, makes a clause of them.
_VERB_TAGS = frozenset(("v", "vn", "p", "c"))
_PLAIN_VERB = frozenset(("v",))


def _verb_then_name(
    start: int, stem_end: int, edges: Edges, tags: frozenset[str] = _VERB_TAGS
) -> bool:
    """Between a named body's end and a later suffix, a verb (or a preposition, a conjunction;
    one of ``tags``) and then more words of a name (招商银行 | 投资 | 永隆 | 银行, 央行 | 发布 |
    公告…); not a trade alone before a legal form (中粮集团 | 投资 | 有限公司)."""
    at, previous = start, ""
    while at < stem_end:
        nxt = edges.words_from.get(at)
        if nxt is None or nxt > stem_end:
            return False
        word = edges.words.get(nxt, "")
        # 同济大学 | 建筑 | 与 | 城市规划 | 学院: two fields of one unit, not two bodies
        fields = word in INNER_CONJUNCTIONS and word_tag(previous).startswith("n")
        if word_tag(word) in tags and nxt < stem_end and not fields:
            return True
        at, previous = nxt, word
    return False


# Tags of a one-character word that ends no name's stem right before its suffix after a longer
# word: an adjective, a localiser, a verb or an adverb (专家建议 | 大 | 医院, 现行政策 | 下 | 医院:
# a kind or a clause).
_NOT_STEM_END_TAGS = frozenset(("a", "f", "v", "d"))


def _clause_before_suffix(pos: int, stem_end: int, edges: Edges) -> bool:
    """The unanchored stem ``[pos, stem_end)`` ends with a one-character word of
    :data:`_NOT_STEM_END_TAGS` after a word of two characters or more (a name jieba does not
    know is cut into single characters: 星 | 展 | 银行, 林 | 达 | 集团 stay names)."""
    word = edges.words.get(stem_end, "")
    before = edges.words.get(stem_end - 1, "")
    return (
        len(word) == 1
        and len(before) >= 2
        and stem_end - 1 - len(before) >= pos
        and word_tag(word) in _NOT_STEM_END_TAGS
    )


def _registered_place(text: str, pos: int, end: int, suffix: str) -> int | None:
    """Where the own name stops in ``[pos, end)`` when it is a registered company's, its place
    in brackets before the legal form (唯冠科技（深圳）有限公司 → 唯冠科技), with the business
    written between them (宝马（中国）汽车贸易有限公司), else ``None``."""
    if suffix not in LEGAL_FORMS:
        return None
    match = _BRACKETED.search(text, pos, end - len(suffix))
    if match is None or match.start() - pos < 2:
        return None
    business = text[match.end() : end - len(suffix)]
    if len(business) > _MAX_BUSINESS or (business and not HAN_RUN.fullmatch(business)):
        return None
    return int(match.start()) if _is_region(match.group(1)) else None


#: The longest business written between a registered name's place and its legal form (汽车贸易,
#: 信息技术, 饮料).
_MAX_BUSINESS = 8


def _factory_kind(text: str, pos: int, anchor: str, end: int, suffix: str) -> bool:
    """A place and a kind of factory (武汉工厂, 美国精炼厂), or a place and a company's listing or
    ownership (香港上市公司, 美国外资银行): no name."""
    stem = text[pos + len(anchor) : end - len(suffix)]
    if stem and stem in STATUS_KINDS:
        return True
    return suffix == "厂" and _generic_words(text[pos + len(anchor) : end])


#: A company's listing or ownership: after a place, before the suffix, a kind (香港上市公司).
STATUS_KINDS = frozenset(
    ("上市", "外资", "中资", "民营", "国有", "合资", "独资", "全资", "私营", "外国", "本地", "当地")
)


# Parts of speech of words an anchored name never holds after its anchor (pronouns, prepositions,
# conjunctions, particles, state words: 香港 | 我们的 | …). Not verbs, adverbs and time words:
# jieba tags words of bodies' names so (住房保障局, 自然保护联盟, 现代国际关系研究院).
ANCHORED_JUNK_TAGS = frozenset(("r", "p", "c", "y", "z"))
#: Verbs of building or adding a body after a place (滨江区新建小学和初中各3所, 城关区新增幼儿园):
#: the place builds a kind of body, it names none (not 建设 or 改造: 城乡建设局, 旧城改造办公室).
BUILDING_VERBS = frozenset(("新建", "新增", "扩建", "改扩建", "新设", "建成", "创建"))


def _next_anchor(text: str, end: int, ends: list[tuple[int, str]], edges: Edges) -> int:
    """The end of a whole name among ``ends`` after which, past other words, a place or a
    country starts a name of its own (香港政府 | 官员曾呼吁 | 香港银行, 省财政厅 | 指导 |
    市保险协会); the end of the text when there is none. A place right after a body names its
    branch (中国银行湖南省分行), and 驻 its office (省政府驻京办事处)."""
    for (e, _), (nxt, _) in itertools.pairwise(ends):
        if not text.startswith("驻", e) and _place_after_words(text, e, nxt, end, edges):
            return e
    return len(text)


def _place_after_words(
    text: str, start: int, stop: int, end: int, edges: Edges, only: tuple[str, ...] = ()
) -> bool:
    """A place or a country (not 中国/国家…; one of ``only`` when given) starts a word in
    ``(start, stop)`` after a word that is none."""
    at: int | None = start
    other = False
    while at is not None and at < stop:
        anchor = anchor_at(text, at, end, edges)
        if anchor is not None and anchor not in NATIONAL_ANCHORS and (not only or anchor in only):
            if other:
                return True
        else:
            other = True
        at = edges.words_from.get(at)
    return False


def _clause_word(pos: int, ends: list[tuple[int, str]], edges: Edges) -> int:
    """Where the first word of two or more characters that makes a clause of an anchored name
    starts after ``pos`` (its anchor's end), before the last of ``ends``: a pronoun, a preposition
    or a conjunction, a word of ``org_leading.txt`` or a count (中国人寿 | 参股 | 深圳市商业银行,
    北京有 | 一个 | 培训中心); the end of that name when there is none. One-character words are
    often proper names' characters that jieba mistags (缔顺科技: 顺/p)."""
    last = ends[-1][0] if ends else pos
    suffixes = patterns().suffixes
    at = pos
    while at < last:
        nxt = edges.words_from.get(at)
        if nxt is None:
            break
        word = edges.words.get(nxt, "")
        if (
            len(word) > 1
            and word not in suffixes
            and (
                LEADING_JUNK.fullmatch(word)  # a count even when generic (深圳 | 首家外资银行)
                or word in BUILDING_VERBS  # 滨江区 | 新建 | 小学: what the district builds
                or (
                    word not in GENERIC_NAMES
                    and (word in LEADING_WORDS or word_tag(word) in ANCHORED_JUNK_TAGS)
                )
            )
        ):
            return at
        at = nxt
    return last


#: Counts that make what follows one of a kind (一家乌克兰公司: a Ukrainian firm, unnamed).
_INDEFINITE = ("一家", "一间", "一所", "一个", "某家", "某")


def _indefinite_kind(text: str, pos: int, anchor: str, first: tuple[int, str]) -> bool:
    """A count right before a place and a suffix with only generic words between (一家 | 乌克兰
    公司, 一间 | 印度工程公司) names some body of that place, not one: a kind. A name of its own
    after the place (一家 | 美国 | 福克斯公司) stays."""
    if anchor in LOCAL_ANCHORS or anchor in NATIONAL_ANCHORS:
        return False  # 某县 | 县委, 一家 | 中国银行 (an outlet of the bank): left to their rules
    if not text.endswith(_INDEFINITE, max(0, pos - 2), pos):
        return False
    stem = text[pos + len(anchor) : first[0] - len(first[1])]
    return not stem or _generic_words(stem)


def _known_end(text: str, pos: int, edges: Edges) -> int | None:
    """The end of a known name without a suffix starting at ``pos`` as a whole word, if any."""
    for name in patterns().known_at.get(text[pos : pos + 2], ()):
        end = pos + len(name)
        if end in edges.ends and text.startswith(name, pos):
            return None if _suffixes_at(text, [end]) else end
    return None


def _national_kind(text: str, pos: int, first: tuple[int, str], anchor: str, longer: bool) -> bool:
    """全国 or 国家 and generic words before the first suffix: the country's bodies of a kind
    (全国 | 股份制银行, 全国 | 农村信用社; 国家 | 重点实验室, 国家 | 工程研究中心: a designation),
    not a name (全国 | 银行间同业拆借中心 goes on past its 银行; 国家 | 统计局)."""
    stem = text[pos + len(anchor) : first[0] - len(first[1])]
    designated = first[1].endswith(("室", "中心", "基地")) and _designation(stem)
    if anchor == "国家":
        # a lab's or a centre's (国家重点实验室, 国家工程研究中心); an institute named so is a body
        # (国家实验研究院, 国家创新研究院)
        return bool(stem) and designated
    if anchor == "全国" or anchor in LOCAL_ANCHORS:
        # (nineteenth session) the designations of the labs' reform and the provinces' own: 全国
        # 重点实验室, 省实验室, 省技术创新中心 are kinds, no body
        if designated and (stem or first[1].endswith("实验室")):
            return True
        if anchor != "全国":
            # 市公立医院, 省公立医院 (nineteenth session): a bare level and a kind of institution
            # name every one of them; 县人民医院 is the county's hospital, 省商务厅 its department
            # (not a name going on past the kind: 市公立医院改革领导小组办公室)
            return stem in _INSTITUTION_KINDS and first[1].endswith(_INSTITUTIONS) and not longer
    if anchor == "全国" and first[1] in PROVINCIAL_SUFFIXES:
        return True  # 全国文化和旅游厅局长会议: every province's department, no body of the country
    if not stem:
        # 全国海关, 全国法院: the country's offices of a kind (全国人大, 全国总工会 are bodies, and
        # so is a name going on past the kind: 全国医院协会, 全国法院干部学院)
        return anchor == "全国" and first[1] in NATIONWIDE_KINDS and not longer
    return _generic_words(stem)


#: Kinds of hospital and school by who runs them or their grade (公立医院, 定点医院, 三甲医院).
_INSTITUTION_KINDS = frozenset(
    ("公立", "私立", "民办", "公办", "民营", "公营", "私营", "定点", "应急", "方舱", "临时"),
) | frozenset(("三甲", "二甲", "三级甲等", "二级甲等"))
_INSTITUTIONS = ("医院", "学校", "中学", "小学", "幼儿园", "卫生院")
#: Suffixes of a province's departments, which the country has none of (its are 部, 委, 局).
PROVINCIAL_SUFFIXES = frozenset(("厅",))
#: Kinds of office every place has: after 全国 alone they name all of them, no body.
NATIONWIDE_KINDS = frozenset(
    (
        "海关",
        "法院",
        "检察院",
        "银行",  # 全国银行工作会议 (twentieth session): every bank's meeting, no body
        "政府",  # 全国政府采购规模, 全国政府债务余额: every level's (nineteenth session)
        "公安机关",
        "检察机关",
        "审判机关",
        "税务机关",
        "医院",
        "学校",
        "高校",
    )
)


#: Designations the state gives labs and centres (国家重点实验室, 国家工程研究中心, 国家技术创新
#: 中心): after 国家 they name a kind of body, not one (unlike 国家 | 建设部, 国家 | 统计局).
NATIONAL_DESIGNATIONS = frozenset(
    (
        "重点",
        "工程",
        "技术",
        "创新",
        "工程技术",
        "临床医学",
        "示范",
        "高新技术",
        "企业技术",
        "研究",
        "实验",
        # (nineteenth session) 国家制造业创新中心, 省产业创新中心 (not 技术转移: 省技术转移中心
        # is a body)
        "制造业",
        "区域",
        "产业",
        "协同",
        "成果转化",
        "医疗",  # 国家区域医疗中心, 国家医学中心
        "医学",
    )
)


def _designation(stem: str) -> bool:
    rest = stem
    while rest:
        word = next((w for w in (rest[:4], rest[:3], rest[:2]) if w in NATIONAL_DESIGNATIONS), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


#: 指数 right after a known name, or after a figure and a few words, makes it the name of an
#: index (标准普尔500种股票指数, 标普500指数), not the body (央行10月22日 stays the body).
_INDEX_AFTER = pattern_cache.compile(r"(?:[0-9０-９]+\p{Han}{0,4})?指数")

#: Last characters of a word for people: before 所 and a verb, the particle (领导人所达成).
PERSON_ENDS = frozenset("人者们")


def _particle_suo(text: str, e: int, suffix: str, edges: Edges) -> bool:
    """The suffix 所 ending at ``e`` is a word of its own followed by a verb: the particle
    (周星驰所商谈, 日本重建所需), not an institute of a name without a body before it."""
    if suffix != "所" or edges.words.get(e) != "所":
        return False
    nxt = edges.words_from.get(e)
    return nxt is not None and word_tag(text[e:nxt]).startswith("v")


#: Units a body names by what they do, one verb before the suffix (执行委员会, 管理委员会,
#: 协调办公室): no clause, as 收购 | 信托公司 is.
FUNCTION_UNITS = frozenset(("委员会", "理事会", "办公室"))


def _clean_units(ends: list[tuple[int, str]], edges: Edges) -> list[tuple[int, str]]:
    """``ends`` up to the first unit that starts with a verb (中国银行 | 收购信托公司 is a clause,
    not a unit of the bank; a verb inside a unit may name its field: 住房保障司); none when the
    first is a unit only (中国公民和团组, 专家组)."""
    if ends and ends[0][1] in UNIT_ONLY_SUFFIXES:
        return []
    for i in range(1, len(ends)):
        at, suffix = ends[i - 1][0], ends[i][1]
        if suffix in TRADES:
            return ends[:i]
        # 所 and 办 right after a name are a particle and a verb, not units (苏州博物馆 | 所拿到,
        # 分行 | 办理); 局 after 人社 is the rest of 人社局.
        if suffix in ("所", "办") and ends[i][0] - 1 == at:
            return ends[:i]
        word = edges.words.get(edges.words_from.get(at, -1))
        if suffix in FUNCTION_UNITS and edges.words_from.get(at) == ends[i][0] - len(suffix):
            continue  # 世界卫生组织 | 执行 | 委员会: a committee named by its one verb
        # A branch may be named by a place jieba takes for a time word (建设银行东四支行) or by
        # 某 (招商银行某分行).
        branch = suffix in BRANCH_SUFFIXES and word_tag(word or "") in ("t", "r")
        registered = (
            suffix in LEGAL_FORMS
            and word not in LEADING_WORDS
            and word_tag(word or "") in ("v", "vn")
        )
        if is_leading(word, False) and not branch and not registered:
            # 中国证券 | 登记 | 结算有限责任公司: a name registered with a legal form holds the
            # verbs of its trade, not a verb of dealing (收购, 参股: org_leading.txt)
            return ends[:i]
        # Nor a unit holding a word an anchored name never holds (工行 | 及时与发卡银行).
        if _clause_word(at, ends[i : i + 1], edges) < ends[i][0]:
            return ends[:i]
    return ends


def _balanced(text: str, start: int, end: int) -> bool:
    depth = 0
    for ch in text[start:end]:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _is_kind(name: str) -> bool:
    """``name`` is a bare suffix or generic words before one (银行, 国有银行)."""
    suffixes = patterns().suffixes
    return any(
        name[len(name) - size :] in suffixes and _generic_words(name[: len(name) - size])
        for size in patterns().suffix_lengths
        if size <= len(name)
    )


def _parent_start(text: str, pos: int, floor: int, edges: Edges) -> int:
    """Where the company owning a branch at ``pos`` starts: the words right before it, back to a
    break, a generic or leading word (养老 | 机构 | 泰康之家上海分公司), at most
    MAX_UNANCHORED_STEM characters; ``pos`` when there is none."""
    begin = pos
    while begin > floor:
        word = edges.words.get(begin)
        if word is None or begin - len(word) < floor:
            break
        if (
            word in BREAK_WORDS
            or word in GENERIC_NAMES
            or LEADING_JUNK.fullmatch(word)
            or (len(word) > 1 and is_leading(word, False))
        ):
            break
        if pos - (begin - len(word)) > MAX_UNANCHORED_STEM:
            break
        begin -= len(word)
    # 驻 starts no name of its own (设立驻巴西代表处: the office is 巴西代表处's).
    return begin + 1 if text.startswith("驻", begin) and begin < pos else begin


# A short region in brackets (followed by a legal form of LEGAL_FORMS or not).
_BRACKETED = pattern_cache.compile(r"[（(]([^（）()]{1,6})[）)]")


def _is_region(inner: str) -> bool:
    """The text in brackets is a country or a place (（中国）, （深圳）)."""
    return inner == "中国" or inner in COUNTRIES or lookup(inner) is not None


def _bracket_tail(text: str, pos: int, end: int) -> int:
    """The end of a region in brackets right after a name (日联银行（中国）), else ``pos``."""
    match = _BRACKETED.match(text, pos, end)
    if match is None:
        return pos
    if _is_region(match.group(1)):
        # The name may go on with its legal form (汇丰银行（中国）有限公司).
        tail = next((x for x in LEGAL_FORMS if text.startswith(x, match.end())), "")
        return int(match.end()) + len(tail)
    return pos


def _standing(suffix: str) -> bool:
    """A body named by ``suffix`` has an office that acts in its own name (委员会, 领导小组)."""
    return suffix.endswith(("委员会", "小组"))


#: Suffixes that also name the business a bank's department serves (公司业务部, 个人银行部).
_DEPARTMENT_KINDS = frozenset(("公司", "银行"))


def _body_end(ends: list[tuple[int, str]]) -> int:
    """Where the body ends among the suffix ends of one name (before its departments)."""
    strong = [e for e, s in ends if s in STRONG_SUFFIXES or s == ""]
    for i, (e, s) in reversed(list(enumerate(ends))):
        if s in SUBUNIT_SUFFIXES:
            continue
        if s in PARTY and i > 0 and e - len(s) == ends[i - 1][0]:
            continue  # the party committee of a body names the body (某协会 | 党委)
        if (
            s == "办公室"
            and i > 0
            and e - len(s) == ends[i - 1][0]
            and not _standing(ends[i - 1][1])
        ):
            # A body's own office names the body (西南证券 | 办公室). With a field between them
            # (市政府 | 新闻办公室), or as a committee's standing agency (食品安全委员会办公室),
            # it is a body of its own.
            continue
        if s in STRONG_SUBUNIT_SUFFIXES and strong and strong[0] < e:
            continue
        if s in _DEPARTMENT_KINDS and 0 < i < len(ends) - 1 and ends[i + 1][1] in ("部", "中心"):
            # 中国银行上海市分行 | 公司业务部, 建设银行北京分行 | 个人银行部: the kind of business
            # a department serves, inside its name; the body ends before it
            continue
        return e
    # Units only (台北市动物保护处 | 动物管理组): the body is named up to the last one that may be
    # a body of its own.
    return next((e for e, s in reversed(ends) if s not in UNIT_ONLY_SUFFIXES), ends[-1][0])


# Venues (博物馆, 会展中心, 音乐厅): places, not bodies; longest first.
VENUES = tuple(sorted(shipped_list("org_venues"), key=len, reverse=True))
_VENUE_TAILS = frozenset(v[-1] for v in VENUES)


def _is_venue(text: str, end: int) -> bool:
    """The name ending at ``end`` names a venue: a 馆 (but a diplomatic mission: 大使馆) or
    one of lexicon/org_venues.txt."""
    if end == 0 or text[end - 1] not in _VENUE_TAILS:
        return False
    if text[end - 1] == "馆":
        return not text.endswith(("使馆", "领馆"), 0, end)
    return text.endswith(VENUES, 0, end)


def _junk_ends_word(text: str, pos: int, edges: Edges) -> bool:
    """A leading word ends at ``pos``: a token ends there, or the rest of the token is a bare
    省/市 (该省 | 保监局), not inside a word (某大 | 型 in 某大型)."""
    if pos in edges.ends:
        return True
    nxt = bisect_right(edges.ordered, pos)
    return nxt < len(edges.ordered) and text[pos : edges.ordered[nxt]] in LOCAL_ANCHORS


def find_in_run(
    text: str, start: int, end: int, edges: Edges, venues: bool = True
) -> list[OrgSpan]:
    """Organisation names in one run of name characters ``text[start:end]``.

    With ``venues`` false, a venue (苏州博物馆) is no name: an organisation fact is never a venue,
    but the venue an official heads (上海博物馆馆长) is the official's organisation.

    A name starts at an anchor, or (a company, an association) at a clean start: the start of
    the run, or right after a break token or a leading word such as 据 or 该.
    """
    spans: list[OrgSpan] = []
    pos = start
    clean = True
    while pos < end:
        # Skip ahead to where a name could still reach the next suffix (most text has none).
        index = bisect_right(edges.suffixes, (pos, "\uffff"))
        if index == len(edges.suffixes) or edges.suffixes[index][0] > end:
            break
        reach = edges.suffixes[index][0] - MAX_NAME
        if pos < reach:
            nxt = bisect_left(edges.ordered, reach)
            pos = edges.ordered[nxt] if nxt < len(edges.ordered) else end
            clean = pos in edges.clean or _clean_after(edges.words.get(pos))
            continue
        junk = LEADING_JUNK.match(text, pos, end)
        if junk is not None and junk.end() > pos and _junk_ends_word(text, junk.end(), edges):
            pos, clean = junk.end(), True
            continue
        anchor = anchor_at(text, pos, end, edges)
        ends = _candidate_ends(text, pos, end, edges, anchor) if anchor or clean else []
        inner = _inner_name(text, pos, anchor, ends, edges) if ends else None
        if inner is not None:
            # The words before a whole name inside this one are a clause (本报讯 | 交通银行,
            # 论坛上 | 财政部): the name starts there.
            pos, clean = inner, True
            continue
        counted = _before_count(text, pos, ends, edges) if ends else ends
        if ends and not counted:
            # A kind (某炒汇公司, 两家贷款子公司): no name starts inside it; one may after it
            # (美国第四大投资银行 | 雷曼兄弟公司).
            pos, clean = ends[0][0], True
            continue
        ends = counted
        # Brackets inside a name come in pairs (三菱日联银行（中国）, not 乌鲁木齐）集结中心).
        ends = [(e, s) for e, s in ends if _balanced(text, pos, e)]
        if not venues:
            # A venue is no body (苏州博物馆); a venue of a body yields the body (市政府会议厅).
            # A place and 馆 alone is a pavilion (中国馆, 瑞士馆 at an expo).
            bare = pos + len(anchor or "") + 1
            ends = [(e, s) for e, s in ends if not _is_venue(text, e) and (e, s) != (bare, "馆")]
        if ends:
            last_end = ends[-1][0]
            body_end = _body_end(ends)
            begin = pos
            if anchor is not None and text[pos + len(anchor) : ends[0][0]] in BRANCH_SUFFIXES:
                floor = max(start, spans[-1].end if spans else start)
                begin = _parent_start(text, pos, floor, edges)
                if begin < pos and _is_kind(text[begin:pos]):
                    # The branch of a kind of bank is a kind (股份制银行 | 深圳分行).
                    pos, clean = last_end, True
                    continue
            if last_end == body_end:
                last_end = body_end = _bracket_tail(text, last_end, end)
            spans.append(OrgSpan(begin, last_end, body_end, anchor is not None))
            pos, clean = last_end, True
            after = edges.words_from.get(pos)
            if (
                ends[-1][1] in STRONG_SUFFIXES
                and after is not None
                and after < end
                and word_tag(edges.words.get(after, "")) in _VERB_TAGS
            ):
                pos = after  # 招商银行 | 投资 | 永隆银行: the verb after a whole body opens no name
            continue
        # No name starts here: move to the next token boundary.
        nxt = bisect_right(edges.ordered, pos)
        pos = edges.ordered[nxt] if nxt < len(edges.ordered) else end
        clean = pos in edges.clean or _clean_after(edges.words.get(pos))
    return spans


def _inner_name(
    text: str, pos: int, anchor: str | None, ends: list[tuple[int, str]], edges: Edges
) -> int | None:
    """Where a whole name starts inside the name at ``pos``, after words of a clause, if any.

    Unanchored, that is a word of the dictionary that is a name of its own (a token with a
    suffix and a name of two characters or more before it: 正值 | 汇丰银行, 6层 |
    中国青少年发展基金会) ending at the body's first suffix; anchored, a national body of
    ``organizations.txt`` after words other than the anchor (中国论坛上 | 工业和信息化部)."""
    known_at = patterns().known_at
    apposed = _apposition(text, pos + len(anchor or ""), ends[0], edges)
    if apposed is not None:
        return apposed
    if anchor is None:
        e, suffix = ends[0]
        word = edges.words.get(e, "")
        start = e - len(word)
        if any(text.startswith(name, pos) for name in known_at.get(text[pos : pos + 2], ())):
            return None  # a known name (住房城乡建设部) is whole
        if (
            start > pos
            and text[pos:start] not in _DIRECTIONS
            and word.endswith(suffix)
            and len(word) - len(suffix) >= 2
            and (word in patterns().known_names or not _is_generic(word, suffix))
            and word not in NOT_ORG_WORDS
        ):
            return start
        return None
    last = ends[-1][0]
    if patterns().known_scan.search(text, pos + len(anchor) + 1, last) is None:
        return None
    bodies = {e for e, _ in ends}
    at = edges.words_from.get(pos)
    while at is not None and at < last:
        # After a body the known name is a unit of it (香港特区政府 | 财政司).
        if at > pos + len(anchor) and at not in bodies and not _modifies(edges.words.get(at)):
            for name in known_at.get(text[at : at + 2], ()):
                if at + len(name) in edges.ends and text.startswith(name, at):
                    return at
        at = edges.words_from.get(at)
    return None


#: Tags of a word that, right before a known name, makes one name with it (湖北省教育 | 考试院:
#: a field of the body), where a clause word does not (中国论坛上 | 工业和信息化部).
_MODIFIER_TAGS = frozenset(("n", "vn", "nz", "b"))


def _modifies(word: str | None) -> bool:
    """Not a body of its own (中国网博会 | 文化部: two bodies side by side)."""
    return (
        word is not None
        and len(word) > 1
        and word_tag(word) in _MODIFIER_TAGS
        and word[-1] not in _BODY_ENDS
    )


_BODY_ENDS = frozenset("会院部局厅委办所社署处司府")
#: …and a brigade's (交警支队): the last characters of a body that 警方 after it does not name
#: again (深圳市公安局警方).
_POLICE_BODY_LAST = _BODY_ENDS | {"队"}


def _kind_word(word: str) -> bool:
    """``word`` is a kind noun, alone or after generic words in one word (龙头企业, 上市公司)."""
    if word in KIND_NOUNS:
        return True
    return any(
        word.endswith(kind) and len(word) > len(kind) and _generic_words(word[: -len(kind)])
        for kind in KIND_NOUNS
    )


def _apposition(text: str, pos: int, first: tuple[int, str], edges: Edges) -> int | None:
    """Where a name starts after a kind of body in apposition inside the name at ``pos``
    (中国最大的汽车企业 | 某某集团, 英国百年老店 | 某某银行, 芯片供应商 | 博通公司): the word
    after the kind begins an own name of two characters or more, with no generic word, before
    the first suffix."""
    e, suffix = first
    stem_end = e - len(suffix)
    if _KIND_SCAN.search(text, pos, stem_end) is None and "商" not in text[pos:stem_end]:
        return None
    index = bisect_left(edges.ordered, pos)
    at: int | None = edges.ordered[index] if index < len(edges.ordered) else None
    while at is not None and at < stem_end:
        nxt = edges.words_from.get(at)
        if nxt is None or nxt >= stem_end:
            return None
        if (_kind_word(text[at:nxt]) or _trader(text[at:nxt])) and stem_end - nxt >= 2:
            rest = nxt
            while rest < stem_end:
                word_end = edges.words_from.get(rest)
                if word_end is None or text[rest:word_end] in GENERIC_NAMES:
                    break
                # 标准普尔公司: a company's name and its suffix in one token
                glued = stem_end < word_end <= e and suffix in COMPANIES
                rest = stem_end if glued else word_end
            if rest == stem_end and not is_leading(edges.words.get(edges.words_from[nxt])):
                return nxt
        at = nxt
    return None


# Numerals that number a body (二院, 三部); 两 only counts.
_NUMERALS = frozenset("一二三四五六七八九十百千0123456789")
# Suffixes of a company or a bank: one of several after a count (广州一银行).
COMPANIES = frozenset(("公司", "有限公司", "分公司", "集团", "银行", "证券", "信托"))
# A direction before a place is part of its name (南 | 加利福尼亚州立大学).
_DIRECTIONS = frozenset("东南西北")

# Counts and quantifiers inside a name (广州 | 一 | 银行, 三大 | 国有银行, 多数 | 银行): what
# follows is a kind of body, not a name.
_COUNT = pattern_cache.compile(
    r"第?[一二两三四五六七八九十百千几数多\d]+(?:大|[家个所名位批类种间部])?|某|多数|大多数|少数|"
    r"一些|很多|许多|不少|个别|部分|其中"
)


def _before_count(
    text: str, pos: int, ends: list[tuple[int, str]], edges: Edges
) -> list[tuple[int, str]]:
    """``ends`` before a count inside the name at ``pos`` whose next body is a kind (海关总署 |
    三部委, 广州 | 一银行); all of them when there is no such count."""
    last = ends[-1][0]
    if _COUNT.search(text, pos, last) is None:
        return ends
    at = edges.words_from.get(pos)
    while at is not None and at < last:
        nxt = edges.words_from.get(at)
        if nxt is None:
            break
        word = text[at:nxt]
        count = _COUNT.match(word)
        after = [(e, s) for e, s in ends if e > at]
        if count is not None and after:
            e, suffix = after[0]
            count_end = at + count.end() - count.start()
            stem = text[count_end : e - len(suffix)]
            # A count that ends inside the suffix numbers a unit (监管二部, 营销四部), as does an
            # ordinal right before it (第二厅); a branch may be named by 某 (招商银行某分行).
            # A bare numeral numbers a body too (无锡二院, 市一医院), but a company or a bank
            # after one is one of several (广州一银行, 杭州一公司).
            numbered = not stem and (
                word.startswith("第")
                or suffix in BRANCH_SUFFIXES
                or (set(count.group()) <= _NUMERALS and suffix not in COMPANIES)
            )
            # A body after 某 is not named whatever its trade (某炒汇公司).
            kind = (
                count_end <= e - len(suffix)
                and not numbered
                and (
                    not stem
                    or word == "某"
                    or ((word_tag(word) == "m" or count_end == nxt) and _generic_words(stem))
                )
            )
            if kind:
                return [(e0, s0) for e0, s0 in ends if e0 <= at]
        at = nxt
    return ends


def _clean_after(word: str | None) -> bool:
    """A name may start right after ``word`` without an anchor: a leading word, a verb, a kind
    of body, or a kind of trader in apposition (生产商 | 洛克希德马丁公司, 运营商 | …)."""
    return is_leading(word, False) or _verbal(word) or word in KIND_NOUNS or _trader(word)


def _trader(word: str | None) -> bool:
    """A noun of a kind of trader: two or more characters ending with 商 (生产商, 供应商, 开发商;
    not the verb 协商)."""
    return (
        word is not None
        and len(word) >= 2
        and word.endswith("商")
        and word_tag(word) in ("n", "nz", "")
    )


def paragraph_edges(doc: Doc, index: int) -> Edges:
    """:func:`boundaries` of the ``index``-th paragraph, computed once for the organisations and
    the officials within extract_facts (base.Sharing)."""
    text, tokens = doc.paragraphs[index], doc.tokens[index]
    return shared(doc, ("edges", index), lambda: boundaries(text, tokens))


# A character of no name (the complement of OrgPatterns.run), sought forwards and backwards.
_NOT_RUN = pattern_cache.compile(r"[^\p{Han}A-Za-z（）()·]")
_NOT_RUN_BACK = pattern_cache.compile(r"[^\p{Han}A-Za-z（）()·]", flags=regex.REVERSE)


def find_orgs(text: str, tokens: list[Token], edges: Edges | None = None) -> list[OrgSpan]:
    """Every organisation name in a paragraph (``edges``: its :func:`boundaries`, when known)."""
    if edges is None:
        edges = boundaries(text, tokens)
    spans: list[OrgSpan] = []
    covered = 0  # where the last run read ends
    # Only the runs of name characters around a suffix: a run without one names nothing.
    for suffix_end, _ in edges.suffixes:
        if suffix_end <= covered:
            continue
        before = _NOT_RUN_BACK.search(text, 0, suffix_end)
        start = before.end() if before else 0
        if start == suffix_end:
            continue  # the suffix ends with no name character: it ends no run
        after = _NOT_RUN.search(text, suffix_end)
        covered = after.start() if after else len(text)
        spans.extend(find_in_run(text, start, covered, edges, venues=False))
    if spans and any(dot in text for dot in NAME_DOTS):
        spans = [_with_dotted_head(text, span) for span in spans]
    return spans


def _with_dotted_head(text: str, span: OrgSpan) -> OrgSpan:
    """A name that starts right after a name dot takes the transliterated name before it
    (约翰斯·霍普金斯大学: the dot is inside a foreign name, twentieth session)."""
    if span.start < 3 or text[span.start - 1] not in NAME_DOTS:
        return span
    head = span.start - 1
    while head > 0 and text[head - 1] in TRANSLIT and span.start - 1 - head < _MAX_DOTTED_HEAD:
        head -= 1
    if span.start - 1 - head < 2:
        return span
    return OrgSpan(head, span.end, span.body_end, span.anchored)


#: The longest transliterated part before a name's dot (约翰斯·, 圣路易斯·).
_MAX_DOTTED_HEAD = 6


# Kinds that close a list of makers or brands (三星、中兴、华为等终端厂商): its members are names
# even when they are common words (苹果) and with no verb of visiting before them; 企业/公司 may
# close a list of trades (走访了汽车、家电等企业), see :func:`_listed`. The first ones may also
# lead a list (上市公司包括：…).
MAKER_KINDS = ("上市公司", "厂商", "厂家", "品牌", "券商", "运营商")
BRAND_KINDS = (*MAKER_KINDS, "巨头", "电商")
_BRAND_KIND = pattern_cache.compile(rf"等\p{{Han}}{{0,4}}?(?:{'|'.join(BRAND_KINDS)})")
# A list of names closed by the kind of body they are, after a verb of visiting (前往金风科技、
# 特变电工等企业 — the form of inspection reports): each member is a company without a suffix.
_LISTED_KIND = (
    r"等(?:[一二两三四五六七八九十几\d]+[家个所])?(?:终端|手机|家电|通信|电信|科技|互联网|国内|国外|海外)?"
    rf"(?:企业|公司|银行|机构|车企|药企|房企|{'|'.join(BRAND_KINDS)})"
)
_LISTED_END = pattern_cache.compile(
    rf"、[\p{{Han}}A-Za-z]{{2,10}}{_LISTED_KIND}(?!家|主|集团|集群)"
)
_listed_kind = lazy_pattern(_LISTED_KIND)
_listed_pattern = lazy_pattern(
    rf"(?:[\p{{Han}}A-Za-z]{{2,10}}、)+[\p{{Han}}A-Za-z]{{2,10}}(?={_LISTED_KIND})"
)
# How far before the closing 等企业 a list may start (characters).
LISTED_REACH = 160
VISIT_VERBS = frozenset(("前往", "走访", "走进", "来到", "考察", "参观", "深入", "赴", "到"))
# Words that introduce a list's members (包括A、B等公司, 如A、B等企业).
LIST_LEADS = frozenset(("包括", "如", "例如", "比如", "像", "诸如"))
# Tags of a word opening a clause before its list (来自, 由, 与): no part of the first name.
_LEAD_TAGS = frozenset(("v", "p", "c", "d", "r"))
# Marks after which a list opens its clause.
_LIST_OPENERS = frozenset("，,。；;：:（(“「 \u3000")
# A member that is one common word is a kind (走访了汽车、家电等企业), not a name (jieba's counts).
LISTED_MAX_FREQ = 300


def _listed(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of company names in a list closed by 等企业 after a verb of visiting, by 等厂商 or
    another kind of makers opening its clause, or led by such a kind (上市公司包括：…)."""
    ends = [m.end() for m in _LISTED_END.finditer(text)] if "等" in text else []
    led = _MAKER_KIND_SCAN.search(text) is not None
    if not ends and not led:
        return []
    found: list[tuple[int, int]] = []
    by_start = {t.start: t for t in tokens}
    window = max(0, ends[0] - LISTED_REACH) if ends else 0
    for match in _listed_pattern().finditer(text, window, ends[-1]) if ends else ():
        members = match.group().split("、")
        first_end = match.start() + len(members[0])
        brands = _BRAND_KIND.match(text, match.end()) is not None
        begin = None
        for t in tokens_between(tokens, match.start(), first_end):  # not every token: linear
            if t.word in VISIT_VERBS or (brands and t.word in LIST_LEADS):
                begin = t.end + (text.startswith("了", t.end))
        opens = match.start() == 0 or text[match.start() - 1] in _LIST_OPENERS
        if begin is None and brands and opens:
            begin = match.start()  # ，三星、摩托罗拉、中兴、华为等终端厂商: the list opens a clause
            lead = by_start.get(begin)
            if lead is not None and lead.end < first_end and word_tag(lead.word) in _LEAD_TAGS:
                begin = lead.end  # 来自国泰君安、安信证券等券商: the verb opening the clause
        if begin is None or begin >= first_end:
            continue
        members[0] = text[begin:first_end]
        found.extend(_members(begin, members, by_start, brands))
    if led:
        for match in _kind_led_pattern().finditer(text):
            members = match.group("list").split("、")
            found.extend(_members(match.start("list"), members, by_start, True))
    return found


def _members(
    pos: int, members: list[str], by_start: dict[int, Token], brands: bool
) -> list[tuple[int, int]]:
    """The spans of a list's members starting at ``pos``, all or nothing: one kind (汽车), place
    or country in the list makes it a list of kinds. A common word is a kind unless the list is
    of makers or brands (苹果、三星等手机厂商)."""
    seg = tokenizer()
    spans = []
    for member in members:
        start, end = pos, pos + len(member)
        pos = end + 1
        common = (
            not brands
            and start in by_start
            and by_start[start].end == end
            and seg.freq(member) > LISTED_MAX_FREQ
        )
        if start not in by_start or common or lookup(member) is not None:
            return []
        if member in COUNTRIES:
            return []  # 中国、美国等品牌: countries of origin, no makers
        if len(member) < 2 or _is_generic(member, ""):
            return []
        spans.append((start, end))
    return spans


# A list of makers led by their kind (上市公司包括：双鹭药业、通化东宝、华兰生物等).
_MAKER_KIND_SCAN = pattern_cache.compile("|".join(MAKER_KINDS))
_kind_led_pattern = lazy_pattern(
    rf"(?:{'|'.join(MAKER_KINDS)})(?:主要)?(?:包括|有)[：:]?"
    r"(?P<list>(?:[\p{Han}A-Za-z]{2,10}、)+[\p{Han}A-Za-z]{2,10}?)(?=等|[。，；,;]|$)"
)


# A list names bodies when at least this many of its members are names found by the rules.
MIN_LISTED_WITH = 2
# Members of such a list that are names too: at most this long.
MAX_LISTED_WITH = 8
# What ends a list's last member (等, a break).
_LIST_END = pattern_cache.compile(r"等|[、，,。；;：:！!？?）)\s]")


def _listed_with(
    text: str, tokens: list[Token], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """文化和旅游部、中国长城保护协会、中青旅、保利影业、博纳文旅等: the members of a list in which
    at least two members are names found by the other rules, and which hold none but names, are
    names too (a body known by a brand or a short name). A member that is a place, a country, a
    kind or a common dictionary word leaves the whole list alone."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    exact = set(taken)
    by_end = {e: s for s, e in taken}
    found: list[tuple[int, int]] = []
    for run in _ENUMERATION.finditer(text):
        seps = [run.start() + i for i, c in enumerate(run.group()) if c == "、"]
        members: list[tuple[int, int]] = []
        first_end = seps[0]
        if first_end in by_end:
            members.append((by_end[first_end], first_end))
        for a, b in pairwise(seps):
            members.append((a + 1, b))
        stop = _LIST_END.search(text, seps[-1] + 1)
        last_end = stop.start() if stop else len(text)
        if last_end - seps[-1] - 1 <= MAX_LISTED_WITH:
            members.append((seps[-1] + 1, last_end))
        named = [span for span in members if span in exact]
        others = [span for span in members if span not in exact]
        # 浪潮集团、歌尔股份、万华化学等企业: closed by its kind of body, one name is enough
        kind = _listed_kind().match(text, last_end) is not None
        if len(named) < (1 if kind else MIN_LISTED_WITH) or not others:
            continue
        if any(any(s < e2 and s2 < e for s2, e2 in taken) for s, e in others):
            continue  # a member overlapping a found name was cut otherwise: leave the list alone
        if all(_listed_name(text, s, e, starts, ends) for s, e in others) and not any(
            _has_clause_word(tokens, s, e) for s, e in others
        ):
            found.extend(others)
    return found


# A run of names joined by 、.
_ENUMERATION = pattern_cache.compile(r"[^、，,。；;：:！!？?\s]+(?:、[^、，,。；;：:！!？?\s]+)+")


def _has_clause_word(tokens: list[Token], start: int, end: int) -> bool:
    """A verb, a preposition or another clause word inside ``[start, end)`` (公证部门查看录像,
    光大为代表): the member runs into the clause after the list."""
    i = bisect_left(tokens, start, key=_token_start)
    while i < len(tokens) and tokens[i].start < end:
        if word_tag(tokens[i].word) in _CODED_STOP_TAGS:
            return True
        i += 1
    return False


def _listed_name(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    member = text[start:end]
    if start not in starts or end not in ends or end - start > MAX_LISTED_WITH:
        return False
    if member in COUNTRIES or lookup(member) is not None or _is_generic(member, ""):
        return False
    return tokenizer().freq(member) <= LISTED_MAX_FREQ  # 汽车, 钢铁: kinds, not names


# A listed company's stock code in brackets after its short name (恒瑞医药(600276), 贵州茅台
# （600519.SH）, 腾讯控股（00700.HK）, *ST金杯(600609)): the name is a company's.
_STOCK_CODE = pattern_cache.compile(
    r"[ \u3000]*[（(][ \u3000]*(?:[036]\d{5}(?:\.S[HZ])?|\d{4,5}\.HK)[ \u3000]*[）)]",
    flags=regex.IGNORECASE,
)
# At most this many characters of a short name before its code.
MAX_CODED_NAME = 8
# Tags of words that end the short name on its left (是, 如, 和, 的…).
_CODED_STOP_TAGS = frozenset(("v", "p", "c", "d", "u", "uj", "r", "m", "f", "t", "q"))


def _coded(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of short company names right before a stock code in brackets: the name's words back
    to a break, a verb, a preposition or a conjunction (如恒瑞医药(600276)、海正药业(600267))."""
    found: list[tuple[int, int]] = []
    for m in _STOCK_CODE.finditer(text):
        end = m.start()
        before = tokens_before(tokens, end, MAX_CODED_NAME)
        start = end
        for token in reversed(before):
            if token.end != start or not _CODED_NAME.fullmatch(token.word):
                break
            word = token.word
            tag = word_tag(word)
            if start != end and (
                (len(word) > 1 and tag in _CODED_STOP_TAGS)
                or (len(word) == 1 and tag in _LEAD_TAGS)  # 而通化东宝
                or word in _CODED_STOP_WORDS
                or word.endswith(("公司", "集团", "企业"))  # 上市公司宝钢股份: the kind before
            ):
                break
            if end - token.start > MAX_CODED_NAME:
                break
            start = token.start
        if end - start >= 2 and lookup(text[start:end]) is None:
            found.append((start, end))
    return found


_CODED_NAME = pattern_cache.compile(r"[\p{Han}A-Za-z*]+")
_CODED_STOP_WORDS = frozenset("如是和与及的在由对向将被把")


# The armed forces of a country named by its one-character short form (美军, 俄海军, 美 | 空军):
# the short forms of lexicon/country_abbrevs.txt before 军 or a service. A full country name
# before a service is an anchored name (美国陆军, 俄罗斯海军: 海军 is a suffix).
COUNTRY_ABBREVS = frozenset(shipped_list("country_abbrevs"))
SERVICES = ("军", "海军", "陆军", "空军", "空天军")


def _forces(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of the forces of a country named by its short form."""
    found: list[tuple[int, int]] = []
    if "军" not in text:
        return found
    for i, token in enumerate(tokens):
        word = token.word
        if word[:1] not in COUNTRY_ABBREVS or token.start in (s for s, _ in found[-1:]):
            continue
        before = tokens[i - 1] if i else None
        if (
            before is not None
            and before.end == token.start
            and before.word in single_surnames()
            and not word_tag(before.word)  # a surname and nothing else (not 于, 万, 张)
        ):
            continue  # 教授王 | 德军: a given name after a surname, no country's army
        if word[1:] in SERVICES:
            found.append((token.start, token.end))
        elif len(word) == 1 and i + 1 < len(tokens) and tokens[i + 1].word in SERVICES[1:]:
            found.append((token.start, tokens[i + 1].end))
    return found


def _department_word(text: str, end: int) -> bool:
    """门 right after a name's 部 makes 部门 (各级应急管理部门), not 门户, 门前, 门口, 门票…"""
    return text.startswith("门", end) and text[end + 1 : end + 2] not in _MEN_WORDS


#: Characters after 门 that make a word of its own (门户网站, 门前, 门口, 门将, 门票, 门诊…).
_MEN_WORDS = frozenset("户前口将票诊店面槛卫外内类")


# Bodies of a state a country's one-character short form names before them (美政府, 俄国防部,
# 美 | 商务部: the US Department of Commerce, not China's): a national body of
# lexicon/organizations.txt or one of these.
STATE_BODIES = frozenset(("政府", "参议院", "众议院", "国会", "议会", "内阁"))
# Short forms that are also common function words (以 by, 西 west, 加 add…) name no country here.
_ABBREV_TAGS = frozenset(("p", "v", "f", "d", "c", "r"))
# A short form after another (中美, 美俄) names a pair of countries, not one state's body.
_PAIRED = COUNTRY_ABBREVS | {"中"}


@cache
def _abbrev_chars() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(COUNTRY_ABBREVS))}]")


_token_start = attrgetter("start")


def _abbreviated(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of a state's bodies named after its country's short form (美政府, 美 | 商务部)."""
    found: list[tuple[int, int]] = []
    known = patterns().known_names
    # Only tokens starting at a short form's character can qualify: found by a scan in C and a
    # binary search, not a Python loop over every token.
    for at in _abbrev_chars().finditer(text):
        i = bisect_left(tokens, at.start(), key=_token_start)
        if i == len(tokens) or tokens[i].start != at.start():
            continue
        token = tokens[i]
        word = token.word
        head = word[:1]
        if head not in COUNTRY_ABBREVS or word_tag(head) in _ABBREV_TAGS:
            continue
        before = text[token.start - 1] if token.start else ""
        if before and (before.isdigit() or before in _NUMERALS or before in _PAIRED):
            continue  # 3日 | 政府 is a date; 中美 | 政府 the governments of two countries
        rest, last = word[1:], i
        if not rest and i + 1 < len(tokens):
            rest, last = tokens[i + 1].word, i + 1
        after = tokens[last + 1].word if last + 1 < len(tokens) else ""
        if len(rest) >= 2 and (rest in known or rest in STATE_BODIES) and after != "间":
            found.append((token.start, tokens[last].end))  # not 美政府 | 间 (intergovernmental)
    return found


# A news agency's dateline (新华社北京2月29日电, 中广网海口1月12日消息): the credit of the wire,
# not a body in the news.
_DATELINE = pattern_cache.compile(
    r"\p{Han}{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:[电電讯訊]|消息)"  # 中广网北京1月12日消息
    r"|\p{Han}{0,4}?分[网網]消息|快[讯訊]"  # 中广网河南分网消息, 中广网快讯
)
#: Labels of a page's source or a translator's credit right before an outlet's name.
_CREDIT_LABEL = pattern_cache.compile(
    r"(?:来源于?|來源於?|稿源|译者|譯者|转载自|轉載自|摘自)[：:]?\s*$"
)
_OPENING_ONLY = pattern_cache.compile(r"\s*[〔【（(\[]+\s*")
_CLOSING_BRACKETS = "〕】）)]"
# A credit line opening a paragraph: at most a date, a time and a city before the outlet
# (2012-01-12 01:16中国时报, 北京新浪网), and after it a bracket with the date or the reporter, a
# colon, 讯, or 报道 and its reporter in brackets (北京新浪网 (2012-01-16), 中国时报【陈俊雄／新北市
# 报导】, 新京报：4月7日…, 国际在线报道（记者胡唯敏）; not 据光明日报报道：, a source cited).
_CREDIT_OPENING = pattern_cache.compile(r"[\d\s:：./\-]*\p{Han}{0,3}")
_CREDIT_CLOSING = pattern_cache.compile(r"\s*(?:【|[（(]\s*\d|[：:]|[讯訊]|(?:报道|報導)[（(])")


def _credit(text: str, start: int, end: int) -> bool:
    """An outlet named as a wire's dateline or the page's source (新华社北京1月12日电, 据新华社电,
    本文来源于新华社, （译者：中央社陈怡君）, 〔中央社〕 opening the paragraph, 新华社记者…):
    metadata, not an organisation of the story."""
    if _DATELINE.match(text, end):
        return True
    if text.startswith(("电", "電"), end) and text.endswith(("据", "據"), 0, start):
        return True  # 据新华社电
    if (
        start < 24
        and _CREDIT_CLOSING.match(text, end)
        and _CREDIT_OPENING.fullmatch(text, 0, start)
        and (text.endswith(_OUTLET_ENDS, start, end) or text[start:end] in patterns().brands)
    ):
        return True
    if not text.endswith(_OUTLET_ENDS, start, end):
        return False
    if _CREDIT_LABEL.search(text, max(0, start - 6), start):
        return True
    if text.startswith(_BYLINE_AFTER, end) and _BYLINE_BEFORE.search(text, 0, start):
        return True  # 新华社记者任海军 opening the paragraph: a reporter's credit (向新华社记者
        # 回忆 names the outlet in the story)
    return (  # 〔中央社〕 opening the paragraph
        text.startswith(tuple(_CLOSING_BRACKETS), end)
        and _OPENING_ONLY.fullmatch(text, 0, start) is not None
    )


#: Last characters of an outlet's name (新华社, 中国时报, 新浪网, 电视台).
_OUTLET_ENDS = ("社", "报", "報", "网", "網", "台")
_BYLINE_AFTER = ("记者", "記者", "讯", "訊")
# What stands right before a reporter's credit: the paragraph's start, an opening bracket or a
# sentence's end (新华社记者张三报道, （新华社记者张三摄）, 。本报记者…).
_BYLINE_BEFORE = pattern_cache.compile(r"(?:^|[〔【（(\[。！？!?])\s*$")


def _add_free(found: list[tuple[int, int, str]], spans: list[tuple[int, int]], rule: str) -> None:
    """Add to ``found`` the ``spans`` that overlap none of the names found before them (most
    paragraphs have none to add: the index of the names is built only when some are)."""
    if not spans:
        return
    taken = SpanIndex((s, e) for s, e, _ in found)
    found.extend((start, end, rule) for start, end in spans if not taken.overlaps(start, end))


def _found(
    text: str, tokens: list[Token], edges: Edges | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, rule) of the organisations of one paragraph, in text order, no overlaps."""
    found: list[tuple[int, int, str]] = []
    known_names = patterns().known_names
    words_at: dict[int, str] = {}
    for span in find_orgs(text, tokens, edges):
        if _credit(text, span.start, span.body_end):
            continue
        if text.endswith(LISTED_KINDS, span.start, span.body_end):
            continue  # 深交所上市公司, 新三板挂牌公司: the companies listed on a market, a kind
        if _graded_kind(text, span.start, span.body_end):
            continue  # 二级以上医院, 全国乡镇卫生院: a grade or the whole country's, a kind
        head = text[span.end : span.end + 2]
        if head in NOT_ORG_HEADS or head[:1] in NOT_ORG_HEADS:
            words_at = words_at or {t.start: t.word for t in tokens}
            if words_at.get(span.end) in NOT_ORG_HEADS:
                continue
        road = _ROAD.search(text, span.start, span.body_end)
        if (
            road is not None
            and road.end() < span.body_end
            and edges is not None
            and anchor_at(text, road.end(), span.body_end, edges) is not None
        ):
            # 广州市林和西路 | 广州体育学院: an address before the name; the name starts at the
            # place after the road
            span = OrgSpan(road.end(), span.end, span.body_end, True)
        if span.start > 0 and text[span.start - 1] == "某":
            continue  # 被告单位某化工有限公司, 上海某餐饮管理有限公司: a body left unnamed
        if text[span.body_end - 1] == "部" and _department_word(text, span.body_end):
            continue  # 各级应急管理部门: departments of a kind, no ministry
        unnamed = text.find("某", span.start, span.body_end)
        if unnamed > span.start:
            # 建行某支行: the branch is not named; the body before 某 is, when it is one
            if text[span.start : unnamed] in patterns().named:
                found.append((span.start, unnamed, "organization.lexicon"))
            continue
        if text.endswith("警方", span.start, span.body_end) and not _police_of_place(
            text[span.start : span.body_end - 2]
        ):
            if text[span.body_end - 3 : span.body_end - 2] in _POLICE_BODY_LAST:
                # 深圳市公安局警方: the body named before the word
                found.append((span.start, span.body_end - 2, "organization.anchored_suffix"))
            continue  # 全国警方, 国际警方: no place's police named
        if text[span.start : span.body_end] in known_names:
            rule = "organization.lexicon"
        elif span.anchored:
            rule = "organization.anchored_suffix"
        else:
            rule = "organization.named_suffix"
        found.append((span.start, span.body_end, rule))
    _add_free(found, _abbreviated(text, tokens), "organization.abbreviated")
    found.extend(_as_written(text, tokens, found))
    _add_free(found, _forces(text, tokens), "organization.forces")
    _add_free(found, _listed(text, tokens), "organization.listed")
    if "(" in text or "（" in text:
        _add_free(found, _coded(text, tokens), "organization.stock_code")
    if "、" in text and (len(found) >= 2 or (found and "等" in text)):
        spans = [(s, e) for s, e, _ in found]
        for start, end in _listed_with(text, tokens, spans):
            found.append((start, end, "organization.listed_with"))
    if "《" in text:
        titles = [
            m.span()
            for m in _TITLE.finditer(text)
            if not is_document_title(m.group(1), text[m.end() : m.end() + 4])
        ]
        found = [f for f in found if not any(s < f[0] and f[1] < e for s, e in titles)]
    found = [_with_country(text, tokens, f) for f in found]
    return sorted(found)


def _with_country(
    text: str, tokens: list[Token], span: tuple[int, int, str]
) -> tuple[int, int, str]:
    """A body known by name with a country written right before it is that country's (韩国央行,
    日本央行, 美国国务院), as CLUENER writes them, and so with Hong Kong and Macau (澳门立法会);
    the country or region a word of its own."""
    start, end, rule = span
    if rule != "organization.lexicon" or start < 2:
        return span
    k = token_at(tokens, start - 1)
    if k < 0 or tokens[k].end != start:
        return span
    word = tokens[k].word
    if (word in COUNTRIES and word != "中国") or word in SPECIAL_REGIONS:
        return tokens[k].start, end, rule
    return span


#: Hong Kong and Macau, whose own bodies are known by name (立法会, 医管局) and are theirs when
#: written after them (澳门立法会), as a country's are.
SPECIAL_REGIONS = frozenset(("香港", "澳门", "澳門"))


#: Local institutions a scope before them counts all of (全国哨点医院, 全省乡镇卫生院, 全国中医
#: 医院, 全国农民专业合作社): the bodies of every place, no one body.
LOCAL_KINDS = (
    *("医院", "卫生院", "卫生室", "诊所", "医疗机构", "医疗中心", "学校", "中学", "小学"),
    *("幼儿园", "高校", "法院", "检察院", "派出所", "合作社", "村委会", "居委会"),
)
#: Scopes that count every body of a kind (全国, 全省, 全市, 全县, 全区).
SCOPES = ("全国", "全省", "全市", "全县", "全区")


def _graded_kind(text: str, start: int, end: int) -> bool:
    """A name that is a kind: a grade written in it (二级以上医院, 二级及以上综合性医院), or a scope
    before a local institution (全国哨点医院) that no lexicon names."""
    if "以上" in text[start:end] or "以下" in text[start:end]:
        return True
    if not text.startswith(SCOPES, start) or not text.endswith(LOCAL_KINDS, start, end):
        return False
    # a national body's own (全国妇联干部学校) is no kind
    return not any(
        text.startswith(name, start)
        for name in patterns().known_at.get(text[start : start + 2], ())
    )


#: Kinds of companies by their listing (深交所上市公司, 创业板上市公司, 新三板挂牌公司).
LISTED_KINDS = tuple(
    listing + kind
    for listing in ("上市", "挂牌")
    for kind in ("公司", "企业", "银行", "券商", "房企")
)


def _as_written(
    text: str, tokens: list[Token], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Spans of the bodies and companies known by name, found as written, as whole words,
    outside ``found``; a company of ``companies.txt`` only standing alone (see
    :func:`_starts_name`, :func:`_after_surname`)."""
    pats = patterns()
    names_at, brands = pats.named_at, pats.brands
    starts = [m.start() for m in pats.named_scan.finditer(text)]
    if not starts:
        return []
    ends = {0, *map(_token_end, tokens)}
    # Tokens are contiguous: a known name starts at a token end (or 0), as it ends at one.
    starts = [start for start in starts if start in ends]
    taken = SpanIndex((s, e) for s, e, _ in found)
    spans: list[tuple[int, int, str]] = []
    last = 0
    for start in starts:
        if start < last:
            continue
        for name in names_at.get(text[start : start + 2], ()):
            end = start + len(name)
            # Whole words only (商务部 in 商务部门 is no body), not inside a longer name
            # (发展改革委 in 河南省发展改革委), not a wire's dateline.
            if end not in ends or not text.startswith(name, start):
                continue
            if name[-1] == "部" and _department_word(text, end):
                continue  # 应急管理部 | 门: jieba cut 部门 too, a kind of department
            if taken.holds(start, start + 1) or taken.holds(end - 1, end):
                break  # its start or its end inside a name found before
            if (len(name) == 2 or name in brands) and _after_surname(tokens, start):
                break  # 王 | 清华, 副行长 | 苏宁: a person's given name
            if _ALIAS_BEFORE.search(text, max(0, start - 5), start):
                break  # 北京大学（简称北大）: the short name of the body just named
            if name in brands:
                if _rating(text, start, end):
                    break  # 入住三星、四星的团: a hotel's stars, not Samsung
                if text.startswith(tuple(NAME_DOTS), end):
                    break  # 中国铁建·青秀城: a project the company named, not the company
                if _starts_name(tokens, end):
                    break
                end = _arm_end(tokens, end)
            if not _credit(text, start, end) and not _INDEX_AFTER.match(text, end):
                spans.append((start, end, "organization.lexicon"))
            last = end
            break
    return spans


#: A count of stars (三星, 四星级): a hotel's rating, beside another such count or before 级.
_STARS = pattern_cache.compile(r"[一二三四五六七八九两]星")


def _rating(text: str, start: int, end: int) -> bool:
    """The brand ``text[start:end]`` is a count of stars (三星): a rating when 级 follows it or
    another count of stars stands within a few characters (三星、四星的团, 四星和三星酒店)."""
    if not _STARS.fullmatch(text, start, end):
        return False
    if text.startswith("级", end):
        return True
    near = text[max(0, start - 4) : start] + " " + text[end : end + 4]
    return _STARS.search(near) is not None


#: Words that introduce a body's short name (简称北大, 以下简称“证监会”).
_ALIAS_BEFORE = pattern_cache.compile(r"(?:简称|下称|又称|简稱|下稱|又稱)为?[“\"「]?$")


def _arm_end(tokens: list[Token], end: int) -> int:
    """The end of a brand's national arm (花旗 | 中国, 柯达 | 中国: Citi's and Kodak's Chinese
    companies) or its holding (汇丰 | 控股), else ``end``."""
    i = bisect_left(tokens, end, key=_token_start)
    if i < len(tokens) and tokens[i].start == end:
        word = tokens[i].word
        if word == "控股" or word == "中国" or word in COUNTRIES:
            return tokens[i].end
    return end


def _after_surname(tokens: list[Token], start: int) -> bool:
    """Whether a brand starting at ``start`` is a person's given name: after a lone surname
    (肖 | 长虹) or a title (副行长 | 苏宁)."""
    i = bisect_left(tokens, start, key=_token_start)
    if i == 0:
        return False
    word = tokens[i - 1].word
    titles = patterns().titles
    if any(word[at:] in titles for at in range(len(word) - 1)):
        return True  # 行长, 副行长
    return word in single_surnames() and word_tag(word) not in ("p", "c", "d", "v")


#: Words that open a title (首席经济学家, 常务副总裁): a company right before one stands alone.
_TITLE_OPENERS = frozenset(("首席", "常务", "高级", "资深", "执行", "副"))


def _starts_name(tokens: list[Token], end: int) -> bool:
    """Whether a brand ending at ``end`` is glued to a word that makes it part of a longer
    name (新浪 | 乐 | 居, 中信 | 地产, 索尼 | 影业, 腾讯 | 财经讯): any Han word but a title
    (微软 | 总裁), a place or country (its site or arm) and the words that start a clause or a
    phrase (a verb, a preposition, a time word…)."""
    i = bisect_left(tokens, end, key=_token_start)
    if i == len(tokens) or tokens[i].start != end:
        return False
    word = tokens[i].word
    if not ("\u4e00" <= word[0] <= "\u9fff") or word in patterns().posts:
        return False
    if word == "之":
        return True  # 泰康之家, 中国之声: a name of the form X之Y
    if word in _OWNED_AFTER:
        return False  # 格兰仕方面, 华为员工: what belongs to the company, not a longer name
    if word in _TITLE_OPENERS:
        return False  # 高盛 | 首席中国经济学家: a title's first word after the company (20th)
    if word.endswith(_YEAR_PART_ENDS):
        return False  # 比亚迪一季度销量: the part of the year reported (jieba tags it a numeral)
    tag = word_tag(word)
    if word in ("中国", "控股") or word in COUNTRIES or lookup(word) is not None:
        return False  # a site of the company (中国海油 | 青岛 | …基地)
    if len(word) > 1 and tag in _CLAUSE_WORD_TAGS:
        return False
    return tag == "vn" or tag[:1] not in _CLAUSE_TAGS


#: Ends of the parts of a year a company reports (一季度, 前三季度, 首季, 上半年, 全年).
_YEAR_PART_ENDS = ("季度", "季", "半年", "全年")
#: A road or a street of an address (林和西路, 深南大道, 长安街): no part of a name after it.
_ROAD = pattern_cache.compile(r"\p{Han}{1,4}?(?:大道|大街|路|街)(?=\p{Han})")
#: Nouns after a company's name that say what belongs to it, never part of a longer name.
_OWNED_AFTER = frozenset(
    (
        *("方面", "官方", "内部", "高层", "旗下", "员工", "股价", "股票", "用户", "总部", "股东"),
        *("记者", "記者", "编辑", "編輯"),  # an outlet's reporter (大江网记者, 新浪记者)
        # what the company owns, runs, makes or says (阿里巴巴子公司, 新浪微博, 尼康数码相机,
        # 英特尔架构): the maker is named, the thing is no longer name
        *("子公司", "微博", "官方微博", "网站", "官网", "平台", "产品", "品牌", "创始人"),
        *("手机", "相机", "数码相机", "电脑", "芯片", "处理器", "架构", "系统", "软件"),
        *("公告", "声明", "财报", "业绩", "市值", "门店", "专卖店", "卖场"),
        # (seventeenth session) what the company publishes or reports (据美团数据显示, 中兴通讯年报
        # 显示, 携程报告)
        *("数据", "年报", "报告", "统计", "监测", "调查", "营收", "收入", "净利润"),
        # (nineteenth session) the measures a listed company reports and its forecasts (恒瑞医药
        # 研发投入, 海康威视营业收入, 药明康德预计: jieba tags 预计 a verbal noun)
        *("营业收入", "营业总收入", "研发投入", "研发费用", "利润", "利润总额", "毛利率"),
        *("销量", "销售额", "出货量", "订单", "总资产", "股份", "股权", "预计", "预测"),
    )
)
#: Parts of speech of a word that follows a name rather than continuing it: a verb, a
#: preposition, a conjunction, a particle, an adverb, a pronoun, a time or place word.
_CLAUSE_TAGS = frozenset("vpcudrftyz")
#: …and (twelfth session) a numeral or an adverbial adjective of two characters or more (阿里巴巴
#: 首次公布, 英特尔一位员工, 索尼正式获得); not an adjective (万科 | 幸福 | 汇: a project's name),
#: nor one character of a name (新浪 | 乐 | 居).
_CLAUSE_WORD_TAGS = frozenset(("m", "ad"))


# A title in 《》 that names no document (a game, a film, a book: 《德军总部》): the bodies named
# inside are words of the title, not organisations of the text. The body that issues a document
# stays one (《国务院关于…的通知》).
_TITLE = pattern_cache.compile(r"《([^《》\n]*)》")


def spans_in(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """The organisation names of one paragraph as (start, end, rule), in text order, before the
    one-fact-per-organisation rule (for other extractors: an event's organiser)."""
    return sorted(_found(text, tokens))


def extract(doc: Doc) -> list[Fact]:
    # once per document: the officials read the page's names too (柯达公司 … 柯达总裁)
    return list(shared(doc, "organization_facts", lambda: _extract(doc)))


def _extract(doc: Doc) -> list[Organization]:
    facts: list[Organization] = []
    seen: set[str] = set()
    spans: list[list[tuple[int, int, str]]] = []
    for index, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        found = _found(text, tokens, paragraph_edges(doc, index))
        spans.append(found)
        for start, end, rule in found:
            surface = text[start:end]
            name = complete_organization(surface, doc)
            if name in seen:
                continue
            seen.add(name)
            facts.append(
                Organization(
                    text=surface, paragraph=index, start=start, end=end, rule=rule, name=name
                )
            )
    facts.extend(_short_names(doc, facts, spans, seen))
    facts = [_first_mention(doc, f, spans) if f.rule in _CONTEXT_RULES else f for f in facts]
    return sorted(facts, key=lambda f: (f.paragraph, f.start))


#: Rules that find a name without a suffix by its context (a list of companies): the name is the
#: page's, and its fact stands at its first mention (海尔、美的竞争 … 海尔、美的等企业).
_CONTEXT_RULES = frozenset(("organization.listed", "organization.listed_with"))


def _first_mention(
    doc: Doc, fact: Organization, spans: list[list[tuple[int, int, str]]]
) -> Organization:
    hit = _first_whole(doc, fact.name, spans)
    if hit is None or hit >= (fact.paragraph, fact.start):
        return fact
    index, start = hit
    return fact.model_copy(
        update={
            "paragraph": index,
            "start": start,
            "end": start + len(fact.name),
            "text": fact.name,
        }
    )


#: Legal forms whose company the page may also call by the name before them (柯达公司 … 柯达).
SHORT_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "集团公司",
    "公司",
    "集团",
)
_SHORT_FORM = pattern_cache.compile("(?:" + "|".join(SHORT_FORMS) + ")$")
#: At least this many characters in a short name (a one-character stem names nothing).
MIN_SHORT_NAME = 2


def _short_names(
    doc: Doc, facts: list[Organization], spans: list[list[tuple[int, int, str]]], seen: set[str]
) -> list[Organization]:
    """柯达公司 … 柯达申请破产: a company found with its legal form is called by the name before
    that form elsewhere on the page; its first mention there is a fact of its own (two names
    of one body are two facts). Only whole words outside another name, never a place, a
    country, a kind or a common word the dictionary knows as something else."""
    stems = []
    for fact in facts:
        form = _SHORT_FORM.search(fact.name)
        if form is None:
            continue
        stem = fact.name[: form.start()]
        if len(stem) < MIN_SHORT_NAME or stem in seen or stem in COUNTRIES:
            continue
        if lookup(stem) is not None or _is_generic(stem, "") or not _HAN_OR_LATIN.fullmatch(stem):
            continue
        if word_tag(stem) in ("a", "ad", "an"):
            continue  # 辉煌集团 … 辉煌云上: an adjective stem is read as one elsewhere
        stems.append(stem)
    found: list[Organization] = []
    for stem in dict.fromkeys(stems):
        hit = _first_whole(doc, stem, spans)
        if hit is not None:
            index, start = hit
            seen.add(stem)
            found.append(
                Organization(
                    text=stem,
                    paragraph=index,
                    start=start,
                    end=start + len(stem),
                    rule="organization.short_name",
                    name=stem,
                )
            )
    return found


_HAN_OR_LATIN = pattern_cache.compile(r"[\p{Han}A-Za-z]+")


def _first_whole(
    doc: Doc, stem: str, spans: list[list[tuple[int, int, str]]]
) -> tuple[int, int] | None:
    """The first mention of ``stem`` as whole words (a token starts and one ends there) outside
    every name found, as (paragraph, start)."""
    for index, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        at = text.find(stem)
        if at < 0:
            continue
        starts = {t.start for t in tokens}
        after = {t.start: t.word for t in tokens}
        names = SpanIndex((s, e) for s, e, _ in spans[index])
        while at >= 0:
            end = at + len(stem)
            inside = names.holds(at, end)
            whole = at in starts and (end == len(text) or end in after)
            if whole and not inside and not _compound_after(after.get(end, "")):
                return index, at
            at = text.find(stem, at + 1)
    return None


def _compound_after(word: str) -> bool:
    """A noun right after a short name makes a longer name of something else (万达广场, 绿城中国,
    恒盛波尔多小镇): no mention of the company — unless it is a post (花旗首席执行官)."""
    if not _HAN_OR_LATIN.match(word) or word_tag(word) != "n":
        return False
    return not word.endswith(_post_endings())


@cache
def _post_endings() -> tuple[str, ...]:
    from .officials import patterns as official_patterns

    return tuple(official_patterns().title_words)
