"""Officials: a named person with a stated position (title and organisation).

Names are found by their context and by jieba's tokens, never by jieba's ``nr`` tag alone (it
tags 高端化 as a name):

- ``official.org_title_name``: [organisation] title [、 [organisation] title]… name —
  江苏省商务厅外贸处处长王强介绍, 国务院总理李强, 新闻发言人 武平, 党委书记、董事长倪阳平; a Latin
  name (LGIM首席投资官：Sonja Laud, 执行制作人BenBell, 总监Mike); a comma before a name said to be
  an alias (副总裁，李亮（化名）);
- ``official.country_title_name``: country + title + a transliterated name that need not start
  with a surname (法国总理菲利普, 美国财长雅各布·卢); the country is the organisation;
- ``official.name_title``: a name right before a title — 习近平总书记, 得到刘淇书记批示, 杂志社的
  李栓科社长 — where the name starts after punctuation, a word of two or more characters or a
  one-character word such as 的/问/请, and the title has no name after it (新浪乐居总经理罗军: 乐居
  is the body); a capitalised Latin name before a title said after a name (Walker上尉, Gunter
  Schumann教授); a body or a unit written in nouns right before the name is its organisation
  (卫生局药物食品管理科陈耀扬科长);
- ``official.name_post``: a name, a copula (是, 现任, 接任, 被任命为…), a named body and a title
  that ends the clause (雷皓是中国科学院武汉物理与数学研究所研究员, 励小捷接任文物局局长); the
  text runs from the name to the title; without a named body nothing is read (张三是总经理);
- ``official.held_by``: a post, then 由 + the name of who holds it (市财政局局长由黄茂军担任,
  局长一职由费东斌接任); the body named before the post is the organisation;
- ``official.name_caption``: a name, then its body and post in brackets, an interview's caption
  (王丽英（北京市昌平区医院儿科主任）：); the text runs from the name to the post.

An official named with no body whose title heads a kind of body (局长, 院长, 行长, 校长) heads the
one body of that kind the page names before them (花莲县卫生局…，由徐祥明局长亲自督导); with none
or several named, the organisation stays empty.

Titles are ``lexicon/titles.txt`` (by hand) and ``job_titles_generated.txt`` (the head words of
human-annotated positions, ``scripts/build_titles.py``) less ``job_titles_excluded.txt``; a
modifier before a title stays in it (销售总监, 高级经济学家: ``title_modifiers*.txt``), and so do
原 or 前 (原副部长, 前董事长: a former post), 正 (正局长: the head, not a deputy), a field of work
between 的 and the title (生前的音乐总监) and a field that jieba's dictionary glues to the title in
one word (内务部长, 组织部长, 主治医师); a product or trade between a body and its title is no
part of the post (华夏银行 | 信用卡 | 客户经理: ``title_modifiers_excluded.txt``). A named body's
party committee holds the post (中国钢铁工业协会 | 党委副书记); a place's committee is the body
(自治区党委 | 书记).

A Chinese name starts with a surname (``surnames*.txt``, from the 百家姓 and a modern ranking,
``scripts/build_surnames.py``); where it ends is told by jieba's tokens: a token that is a name
(王为民), or the surname and the one-character tokens after it (jieba cuts an unknown name into
characters: 余|崇|正, 郭|在|根), two or three characters (three or four with a compound surname),
less a function character glued to its end (刘山在 → 刘山). A word that starts with a surname
character is no name (周二晚, 满意地, 金融系), nor is a surname with a form of address (姚先生,
方总). A transliterated name is whole tokens of transliteration characters (弗里吉尔森, 梅德韦杰夫;
``translit_chars*.txt``), or parts joined by a dot (杰夫·莫雷尔, 杰夫•莫雷尔). The name is followed
by a cue of ``lexicon/name_cues.txt`` (介绍, 表示, 说…), 先生/女士, punctuation, a digit, the end
of the paragraph or a word (副主任冀岩上月曾表示); a common dictionary word (表示, 党委) or a place
is no name. A two-character transliterated name jieba knows (布朗) counts before 的 or an adverb
(检察长布朗的办公室); a Chinese surname may start a transliterated given name (主任沈伊莎贝尔); a
given name that is an adverb (闫|大为) stays whole before a cue character; ？ or □ between two
parts of transliteration characters is a dot the page's encoding lost (查理？布林克).

The organisation is the named body just before the first title (see :mod:`.organizations`; a
bracketed region stays in it: 三菱东京日联银行（中国）; else a place with the places written before
it (佛山市顺德区), a country or its one-character short form as a word (美 | 国防部长), a place's
short form before its head (深圳 | 市长), a Latin acronym, or the nouns written right before the
title — a body known by a name without a suffix: 通灵珠宝 | 总裁, 新浪乐居 | 总经理; not a kind
(俱乐部, 公司) nor an unnamed body (某集团, 该公司)), or such a body before 的 and the title
(深发展的副行长; not a kind: 数据公司的副总裁), completed from context (省商务厅 →
江苏省商务厅 in a Jiangsu article). A department written between the body and the title is in
the organisation (山东大学社会学系 | 教授, 市检察院公诉处 | 检察员, 华安证券销售交易总部 |
总经理), and so is the body named right before a unit whose name holds a verb of its trade,
back to punctuation or 据/的 (途牛旅游网 | 度假产品部 | 总监; not before an anchored body:
时任 | 武汉市检察院); a place starts a word (崇礼县, not 礼县 inside it); a body followed by an
adverb, a preposition, a conjunction or a pronoun before the title is a clause's subject, no
official's (盖蒂信托都如同创始人). ``title`` is everything from
the first title to the name, as written: posts at one body stay one title (副书记、省长), and posts
at several bodies keep the later bodies inside it (中共中央 | 政治局常委、国务院总理). One fact per
person (first mention with a title); the page's reporters and editors are never officials.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from .. import pattern_cache
from ..lexicon_user import shipped_list, version, word_list
from ..models import Doc, Token
from ..segmentation import tokenizer
from .base import Fact, shared
from .context import complete_organization
from .organizations import (
    BREAK_WORDS,
    COUNTRIES,
    COUNTRIES_AT,
    GENERIC_NAMES,
    INNER_CONJUNCTIONS,
    LEADING_JUNK,
    LEADING_WORDS,
    Edges,
    Organization,
    anchor_at,
    find_in_run,
    paragraph_edges,
)
from .organizations import (
    _found as organization_mentions,
)
from .organizations import extract as organizations_of
from .organizations import patterns as org_patterns
from .places import gazetteer, lookup
from .spans import (
    HAN_RUN,
    NAME_DOTS,
    TRANSLIT,
    inside_word,
    single_surnames,
    starts_pattern,
    token_at,
    word_tag,
)


class Official(Fact):
    type: Literal["official"] = "official"
    name: str
    title: str | None
    organization: str | None = None


# Modifiers that make a title of a title (副局长, 常务副省长, 首席经济学家).
TITLE_PREFIXES = (
    "常务副", "副", "代理", "执行", "名誉", "终身", "首席", "高级", "资深", "总",
    # (eleventh session) joint heads and full-time posts of an association (联席主席, 专职副会长)
    "联席", "专职", "专职副",
)  # fmt: skip
# Titles that also follow a name (习近平总书记, 魏少军教授). Kept short: after a name, most titles
# are a form of address with a surname only (曲局长), which names nobody.
TITLES_AFTER_NAME = (
    "总书记",
    "主席",
    "副主席",
    "总理",
    "副总理",
    "委员长",
    "教授",
    "院士",
    "研究员",
    # military ranks follow a name (阿列克谢·库兹涅佐夫上校透露)
    "上将",
    "中将",
    "少将",
    "准将",
    "大校",
    "上校",
    "中校",
    "少校",
    "上尉",
    "中尉",
    "少尉",
)
# A dictionary word more frequent than this is a word, not a name (jieba's dict.txt counts:
# 李强 159 and 武平 12 are names in it; 表示 19238, 党委 and 张家 378 are not).
NAME_MAX_FREQ = 300
# …and right between a title and a cue (局长高峰表示), up to this count.
CUED_NAME_MAX_FREQ = 5000
# Names jieba knows may be more frequent than other names (伊万诺夫 146, 布什 708; 王明 368).
FOREIGN_MAX_FREQ = 1000
# Characters that never occur in a name candidate (function words glued to a short name).
NOT_IN_NAME = frozenset("的了在是等们这那该各本每此和与及对向为被把将已也都就还又副给")
# A word that starts inside the token after a surname cuts the name there (冀|岩上|月 → 冀岩,
# 上月) when it is at least this frequent in jieba's dictionary (上月 473; not 为在).
SPLIT_MIN_FREQ = 100
# Characters that never end a name in a run of one-character tokens (刘|山|在, 王|强|说), and
# characters that end names (边春和, 闫大为) as often as they follow one (孙楠和, 王诚做…): the
# longer name is kept only where a cue or punctuation follows it.
ALWAYS_TRIM = frozenset(
    "在的了是等们说称对向给把被将已也都就还又与及副姓氏却竟仍"
    "到赴率驻"  # a leader's travel, lead and posting (副市长刘杰到长沙县调研, 郝鹏赴京, 李明率团,
    # 第一书记王刚驻村)
    "所"  # 市长李明所作的报告: the particle before the verb
)
# Adverbs that end a given name of two characters only as often as the name is a surname and
# one (范曾, 王曾): after a longer name they are the next verb's (部长陈竺曾指出, 主任王东亦表示,
# 院长孙涛则认为).
TRIM_AFTER_GIVEN = frozenset("曾亦则")
MAY_TRIM = frozenset("和为同做作拿出用谈讲带因任获")
# …of which the verbs: before a noun they take it as their object (赵刚作工作报告: 赵刚;
# 王选获国家…奖: 王选).
MAY_TRIM_VERBS = frozenset("做作拿用谈讲带获")
OBJECT_TAGS = frozenset(("n", "vn", "nz"))
# …or an object that opens with 关于 (刘昆作关于预算执行情况的报告: 刘昆).
OBJECT_LEADS = frozenset(("关于",))
# Last characters of a body's name: a "name" ending with one is a body (董事局主席).
NOT_LAST_IN_NAME = frozenset("局厅部委办院所处科室司社台馆会团队组府邸宫")
# Of those, the ones that end a body far more often than a name, even where jieba's tokens cut
# the name out (李栓科, 张会 are names).
BODY_LAST = frozenset("局厅部委办院所处室司府")
# Punctuation and white space that may follow a name.
AFTER_NAME_CHARS = r"[，。、；：！？,.;:!?（(“”\"」』）)\s\d]"
# A Latin name: two or three capitalised words (Vincent Mortier, Mary C. Daly), the same written
# without spaces (BenBell, BrendanO’Connor), or one capitalised or lower-case word written right
# after a title (总监Mike, 负责人julia: news copied from some sites is lower-cased). A part after
# the first may start with an elided prefix (O’Connor, D'Amato).
_PART = r"(?:[A-Z]['’])?[A-Z][a-z]+"
LATIN_NAME = (
    rf"[A-Z][a-z]+(?: (?:[A-Z]\.|{_PART})){{1,2}}|[A-Z][a-z]+{_PART}(?:{_PART})?"
    r"|(?<=\p{Han})[A-Z][a-z]{2,}|(?<=\p{Han})[a-z]{3,20}(?![A-Za-z])"
)
# What a page whose encoding lost the dot shows in its place (查理？布林克, 约翰□米勒), or a
# hyphen or a space written for it (爱德华-帕克, 莫里茨－克拉默, 克里斯托弗 维罗达): a dot only
# between two transliterated parts (see :func:`_transliterated`).
LOST_DOTS = "？□-－‐ "
# Forms of address after a surname: 姚先生, 方总, 王局 and 吴大夫 name nobody.
HONORIFICS = (
    *("先生", "女士", "小姐", "大夫", "医生", "教授"),
    *("总", "老", "局", "董", "工", "哥", "姐", "某"),
)
# Forms of address written as a word of their own after a surname (孙晶孙女士).
POLITE = frozenset(("先生", "女士", "小姐"))
POLITE_WORDS = tuple(sorted(POLITE))
# The longest transliterated name written without a dot (阿列克谢克里沃鲁奇科).
MAX_TRANSLIT = 10
# Tags of jieba's dictionary for a person's name.
NAME_TAGS = frozenset(("nr", "nrfg", "nrt"))
# Tags of words that are no part of a name (周二晚, 满意地, 于近日): time words, adverbs,
# prepositions, conjunctions, particles, pronouns, numerals, measure words, localisers, verbs.
NOT_NAME_TAGS = frozenset(
    ("t", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "m", "q", "f", "v", "vn",
     "ad", "i", "l")
)  # fmt: skip
# Tags jieba's dictionary gives to rare words that are often names too (苏宁 and 江平 ns, 舒畅 a):
# right after a title such a word of a surname and one character is a name (not a noun: 官邸).
MISREAD_NAME_TAGS = frozenset(("ns", "a", "nz"))
# (So is a surname's family, 王家 or 黄家, a noun to jieba, where one character and a cue follow
# it: 市长王家 | 明 | 表示.)
# Tags of adverbs: a word of jieba's dictionary that is one is often a given name (大为, 一新).
ADVERB_TAGS = frozenset(("d", "ad"))
# Tags of frequent words that are no given name after a surname token (于|近日, 王|表示, 于|当地:
# a place word); adverbs are (黄|一新, 闫|大为).
NOT_GIVEN_NAME_TAGS = (NOT_NAME_TAGS - ADVERB_TAGS) | {"s"}
#: A surname and two characters jieba holds as a noun no more often than this is a full name
#: after a title (陈佳洱 3; not 金融业).
_RARE_FULL_NAME = 20
#: A place word jieba counts no more than this (远方 378; not 当地, 东方 3992) may be a given name
#: between a title, a surname and a cue.
_RARE_PLACE_WORD = 1000
# A capitalised Latin name (Walker, JohnSmith, Gunter Schumann) ending where a title starts.
_LATIN_BEFORE = pattern_cache.compile(
    r"(?<![A-Za-z][ \u00a0]?)(?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+(?:[A-Z][a-z]+)?$"
)
# A body known by a Latin acronym right before a title (LGIM首席投资官): 2–8 capitals.
_ACRONYM = pattern_cache.compile(r"(?<![A-Za-z])[A-Z]{2,8}$")
# Characters allowed between an organisation's suffix and the title (人力资源 in
# 上海分公司人力资源总监); at most this many.
MAX_TITLE_LEAD = 6


@dataclass(frozen=True)
class Patterns:
    org_title_name: regex.Pattern[str]
    foreign: str  # a country's official (compiled when first needed: see :func:`_foreign`)
    title_heads: re.Pattern[str]  # where a title (or 首席) may start: its first two characters
    title_sizes: dict[str, tuple[int, ...]]  # their lengths by first two characters, longest first
    scan_words: frozenset[str]  # the titles a scan finds: title_words and 首席
    title_words: frozenset[str]  # titles with and without a prefix (副局长, 书记)
    modifiers: tuple[str, ...]  # words that stay in a title before it (销售总监), longest first
    cue: regex.Pattern[str]  # what may follow a name: a cue, a title said after a name, punctuation
    single: frozenset[str]  # surnames of one character
    compound: frozenset[str]  # surnames of two
    name_part: regex.Pattern[str]  # a part of a Tibetan or Mongolian name (尼玛, 次仁, 巴图)
    japanese: regex.Pattern[str]  # a Japanese surname (佐藤, 伊藤, 岸田)


#: Posts joined by 、 or 兼 after the first that one match reads (省委副书记、省长、省政府党组书记:
#: two; a CV's list of seven posts: six); bounds the readings a list no name follows is tried in
#: (a crafted list of 16 posts reads in about a second, not in hours; eight would cost twenty).
MAX_CHAINED_POSTS = 6


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _compiled(_version: int) -> Patterns:
    words = word_list("titles") + shipped_list("job_titles")
    titles = _alternation(words)
    prefixes = _alternation(TITLE_PREFIXES)
    title = rf"(?:(?:{prefixes})?(?:{titles})|首席\p{{Han}}{{1,6}}?(?:官|师|家))"
    surnames = shipped_list("surnames")
    compound = _alternation([s for s in surnames if len(s) > 1])
    single = "".join(s for s in surnames if len(s) == 1)
    # Its end is told by the tokens (see :func:`_dotted_end`).
    translit = "".join(sorted(TRANSLIT))
    dotted = (
        rf"\p{{Han}}{{2,6}}[{NAME_DOTS}]\p{{Han}}"
        rf"|\p{{Han}}{{2,6}}[{regex.escape(LOST_DOTS)}][{translit}]{{2}}"
    )
    cues = _alternation(shipped_list("name_cues"))
    # A title said after the name is a cue too (所长魏少军教授在…).
    # A day said right after the name ends it too (美国国防部长盖茨周五在…表示).
    after = (
        rf"(?=(?:{cues})|(?:{_alternation(TITLES_AFTER_NAME)})|{AFTER_NAME_CHARS}|$"
        r"|(?:周|星期)[一二三四五六日天]|[昨今前][天日晚]|[0-9０-９]{1,2}日|的)"
    )
    # Posts joined by 、 or 兼 may each carry their own body (省委副书记、省长; 团长、省贸促会会长).
    # At most MAX_CHAINED_POSTS further posts: each can be read several ways (副总经理 = 副 + 总经理
    # = 副总 + 经理), and a list no name follows tried every reading of every post, 3^n (16 posts:
    # minutes). A longer list is read from a later post on (the match is tried at each title).
    # (twentieth session) and 暨, Taiwan's "and" between posts (董事长暨总裁)
    chain = rf"{title}(?:[、兼暨](?:\p{{Han}}{{0,12}}?){title}){{0,{MAX_CHAINED_POSTS}}}"
    # A Chinese name starts with a surname; where it ends is told by jieba's tokens (see
    # :func:`_name_end`), so the pattern only marks where it starts (``han``).
    head = rf"(?:{compound}|[{single}{translit}])"
    # A Tibetan or Mongolian name has no surname: two of its parts start one (尼玛次仁).
    parts = _alternation(shipped_list("minority_name_parts"))
    # A Japanese surname starts a name too (佐藤恒治: 佐 is no Chinese surname).
    japanese = _alternation(shipped_list("japanese_surnames"))
    # A comma may stand between the title and a name said to be an alias (副总裁，李亮（化名）).
    # A Latin name follows a title after a colon (首席投资官：Rick Rieder) or a space.
    # 的 may stand between a title and a name (纪念馆馆长的廖静文).
    # A rank or a role noted in brackets may stand there too (副局长（正局级）孙卫国, 厅长（兼）).
    gap = (
        r"(?:[ \u3000]|，(?=\p{Han}{2,3}（化名）)|[：:] ?(?=[A-Z])|的(?=\p{Han})"
        r"|[（(]\p{Han}{1,6}[）)])?"
    )
    org_title_name = pattern_cache.compile(
        rf"(?P<title>{chain}){gap}"
        rf"(?:(?P<name>{dotted})|(?P<latin>{LATIN_NAME})(?![A-Za-z])"
        rf"|(?P<han>)(?={head}\p{{Han}}|(?:{parts}){{2}}|(?:{japanese})\p{{Han}}))"
    )
    # A country's head of state or minister has a transliterated name that need not start with a
    # surname (法国总理菲利普, 美国财长雅各布·卢); the country is the body.
    foreign = (
        rf"(?P<org>{_alternation(sorted(COUNTRIES))})(?P<title>{chain})"
        rf"(?P<name>\p{{Han}}{{2,6}}?(?:[{NAME_DOTS}]\p{{Han}}{{1,6}}?)?){after}"
    )
    title_words = frozenset(words) | {p + w for p in TITLE_PREFIXES for w in words}
    # Titles are found by dictionary look-ups where their first two characters stand: a regex of
    # the 2,000 titles cost 17 ms to compile at every start of the program.
    scan_words = title_words | {"首席"}
    sizes: dict[str, set[int]] = {}
    for word in scan_words:
        if len(word) > 1:
            sizes.setdefault(word[:2], set()).add(len(word))
    modifiers = tuple(sorted(set(shipped_list("title_modifiers")), key=len, reverse=True))
    cue_re = pattern_cache.compile(
        rf"(?:{cues})|(?:{_alternation(TITLES_AFTER_NAME)})|{AFTER_NAME_CHARS}|$"
    )
    return Patterns(
        org_title_name, foreign, starts_pattern(scan_words),
        {head: tuple(sorted(lengths, reverse=True)) for head, lengths in sizes.items()},
        scan_words, title_words, modifiers, cue_re,
        frozenset(s for s in surnames if len(s) == 1), frozenset(s for s in surnames if len(s) > 1),
        pattern_cache.compile(parts), pattern_cache.compile(japanese),
    )  # fmt: skip


def patterns() -> Patterns:
    return _compiled(version())


@cache
def _foreign(source: str) -> regex.Pattern[str]:
    """The pattern of a country's official (``Patterns.foreign``), compiled on first use: most
    pages name none, and it costs 12 ms to compile."""
    return pattern_cache.compile(source)


def _title_end(text: str, pos: int, stop: int, pats: Patterns) -> int | None:
    """The end of the longest title starting at ``pos`` and ending by ``stop``, if any."""
    for size in pats.title_sizes.get(text[pos : pos + 2], ()):
        if pos + size <= stop and text[pos : pos + size] in pats.scan_words:
            return pos + size
    return pos + 1 if pos < stop and text[pos] in pats.scan_words else None


def _titles(text: str, pats: Patterns) -> list[tuple[int, int]]:
    """The (start, end) of the titles of ``text``, left to right: the longest title at each
    position, none overlapping (what a longest-first alternation of them finds)."""
    found: list[tuple[int, int]] = []
    end = 0
    for head in pats.title_heads.finditer(text):
        pos = head.start()
        if pos < end:
            continue
        title_end = _title_end(text, pos, len(text), pats)
        if title_end is not None:
            if text.startswith("长官", title_end - 1):
                pos, title_end = title_end - 1, title_end + 1  # 外交部 | 长官, not 部长 | 官…
            found.append((pos, title_end))
            end = title_end
    return found


def _title_within(text: str, start: int, stop: int, pats: Patterns) -> bool:
    """A title stands whole inside ``text[start:stop]``."""
    stop = min(stop, len(text))
    return any(_title_end(text, pos, stop, pats) is not None for pos in range(start, stop))


def is_name(name: str, tokens_agree: bool = False, max_freq: int = NAME_MAX_FREQ) -> bool:
    """A plausible person's name: not a common word, a place or a run with function words
    (inside the name, a function character is allowed where jieba's tokens tell the name:
    郭|在|根, 王为民); a word jieba counts more than ``max_freq`` times is a common word."""
    if any(dot in name for dot in NAME_DOTS + LOST_DOTS) or name.isascii():
        return True
    if tokens_agree:
        if name[-1] in ALWAYS_TRIM or name[-1] in BODY_LAST:
            return False
    elif any(ch in NOT_IN_NAME for ch in name) or name[-1] in NOT_LAST_IN_NAME:
        return False
    if tokenizer().freq(name) > max_freq and not _known_full_name(name):
        return False
    return lookup(name) is None


def _known_full_name(name: str) -> bool:
    """A surname and a given name of two characters that jieba's dictionary knows as a name
    (江泽民 2415, 李岚清 311): a name however often the dictionary's texts write it — a common
    word tagged a name is one or two characters (明白, 文明, 王朝)."""
    if not _surname_and_two(name):
        return False
    tags = tokenizer().tag(name)
    return len(tags) == 1 and tags[0][1] in NAME_TAGS


def _surname_and_two(name: str) -> bool:
    """A single surname and two characters, no place (not 张家口): the shape of the names jieba's
    dictionary counts too often for :data:`NAME_MAX_FREQ` (江泽民, 胡锦涛)."""
    return len(name) == 3 and name[0] in patterns().single and lookup(name) is None


def _surname_size(text: str, start: int, pats: Patterns) -> int:
    """The length of the surname that starts at ``start`` (0: none)."""
    if text[start : start + 2] in pats.compound:
        return 2
    return 1 if text[start : start + 1] in pats.single else 0


def _is_name_word(word: str, max_freq: int = NAME_MAX_FREQ) -> bool:
    """A token that is a name as a whole (王为民, 张伟明): jieba's dictionary tags it as one, and
    it is no common word."""
    tags = tokenizer().tag(word)
    return (
        len(tags) == 1
        and tags[0][1] in NAME_TAGS
        and (tokenizer().freq(word) <= max_freq or _known_full_name(word))
    )


def _starts_word(text: str, pos: int, ends: dict[int, int]) -> bool:
    """A word of two or more characters starts at ``pos`` (a token, or a dictionary word that
    jieba glued to the name before it: 冀|岩上|月 → 冀岩 | 上月)."""
    if ends.get(pos, pos) - pos >= 2:
        return True
    freq = tokenizer().freq
    return any(freq(text[pos : pos + size]) > 0 for size in (2, 3) if pos + size <= len(text))


def _strong_follow(text: str, end: int) -> bool:
    """A cue or punctuation follows (not merely a word)."""
    return patterns().cue.match(text, end) is not None


def _translit_run(text: str, start: int, ends: dict[int, int]) -> int:
    """The end of the whole tokens of transliteration characters from ``start``, the first no
    common word of two characters or more (谢谢; 约翰 is a transliterated name, tagged nrt)."""
    first = text[start : ends.get(start, start)]
    if len(first) >= 2 and _is_common(first) and tokenizer().tag(first)[0][1] != "nrt":
        return start
    pos = start
    while pos in ends and (
        all(ch in TRANSLIT for ch in text[pos : ends[pos]])
        or (pos > start and _is_name_word(text[pos : ends[pos]], FOREIGN_MAX_FREQ))
    ):
        pos = ends[pos]  # 卢拉·达|席尔瓦: a word jieba knows as a name goes on the run
    return pos


def _translit_end(text: str, start: int, ends: dict[int, int]) -> int | None:
    """The end of a transliterated name at ``start``: whole tokens of transliteration characters,
    three characters or more (俱乐部副主席弗里吉尔森, 梅|德|韦|杰夫), no common word."""
    pos = _translit_run(text, start, ends)
    if pos - start == 2 and _strong_follow(text, pos):
        return pos  # 司令奈克表示
    if pos - start < 3 or pos - start > MAX_TRANSLIT or _is_common(text[start:pos]):
        return None
    return pos


def _name_ends(
    text: str, start: int, ends: dict[int, int], pats: Patterns, after_title: bool = False
) -> list[int]:
    """Where a Chinese name that starts at ``start`` (with a surname, at a token start) may end,
    best first, as jieba's tokens tell it; none when the characters there are words. The caller
    takes the first one that a cue, punctuation or a word follows.

    - one token that is a name (王为民), or a name and a function character glued (刘山在);
    - else the surname and the one-character tokens after it (余|崇|正, 郭|在|根: jieba cuts an
      unknown name into characters), two or three characters (three or four with a compound
      surname), less a function character at its end (刘|山|在 → 刘山; 边春和 and 孙楠和 are
      both tried);
    - else the surname and the word after it (张|新生), or the surname and the first character of
      that word when a word starts right after (冀|岩上|月 → 冀岩 | 上月).
    A word that starts with a surname character (周二, 满意, 金融系) is no name."""
    if start not in ends:
        return []
    size = _surname_size(text, start, pats)
    foreign = _translit_end(text, start, ends)
    if foreign is not None and (size == 0 or foreign - start > size + 2):
        return [foreign]
    first = ends[start]
    if after_title and size and first == start + size:
        # A Chinese surname and a transliterated given name (主任沈伊莎贝尔, 参谋长贾玛瓦尔):
        # whole tokens of transliteration characters, three or more.
        given = _translit_end(text, first, ends)
        if given is not None and given - first >= 3:
            return [given]
    if size == 0:
        # A foreign name jieba knows as one word (伊万诺夫, 内塔尼亚胡: tagged nr/nrt; 布朗 before
        # 的 or an adverb).
        known = _is_foreign_word(text[start:first]) or _foreign_pair(text, start, ends, pats)
        return [first] if known else []
    longest = start + size + 2
    if first - start > size:  # the surname starts a longer token
        word = text[start:first]
        if first - start <= size + 3 and word[-1] in ALWAYS_TRIM:
            return [first - 1]  # 刘山在
        if (
            first - start == size + 1
            and _one_char_at(text, first, ends)
            and (
                _may_be_name(word)
                or (
                    after_title
                    and (
                        tokenizer().tag(word)[0][1] in MISREAD_NAME_TAGS
                        or (
                            word.endswith("家")
                            and tokenizer().tag(word)[0][1] == "n"
                            and text[first] not in _PLACE_LEVEL_ENDS  # 王家 | 村: a village
                        )
                    )
                    and pats.cue.match(text, first + 1) is not None
                )
            )
        ):
            # 刘海|生, 韩世|同: jieba took the surname and the next character for a word; after
            # a title, a place or adjective it knows well when a cue follows (主任江汉|光表示).
            if pats.cue.fullmatch(text[first]) and ends.get(first + 1, first + 1) - first > 2:
                # 肖扬 | 作 | 工作报告: a cue character before a word opens the predicate
                return [first, *_trimmed(text, start + size, first + 1, ends)]
            return _trimmed(text, start + size, first + 1, ends)
        if first - start <= size + 2 and (
            _is_name_word(word)
            or (
                after_title
                and _is_name_word(word, CUED_NAME_MAX_FREQ)
                and _strong_follow(text, first)
            )
        ):
            return [first]  # a name jieba knows well, between a title and a cue (_chinese_name)
        if (
            after_title
            and first - start == size + 1
            and _may_be_name(word)
            and tokenizer().tag(word)[0][1] in MISREAD_NAME_TAGS
            # not 莫亚|格林: the first part of a foreign name
            and _translit_run(text, first, ends) == first
            and not _is_name_word(_word_at(text, first, ends), FOREIGN_MAX_FREQ)
        ):
            # 苏宁 (ns), 舒畅 (a): a surname and one character that jieba's dictionary knows as a
            # rare word of another class is a name right after a title (not before one: 房贷 |
            # 经理, 王牌 | 飞行员).
            return [first]
        if (
            after_title
            and first - start == size + 2
            and tokenizer().freq(word) <= _RARE_FULL_NAME
            and word_tag(word) in ("n", "nz")
            and lookup(word) is None
            and word[-1] not in BODY_LAST
        ):
            # 北京大学校长陈佳洱今天…: a full name jieba's dictionary holds as a rare noun
            # (陈佳洱 3), right after a title (twentieth session)
            return [first]
        return [first] if _is_foreign_word(word) else []
    pos = first
    while pos < longest and _one_char_at(text, pos, ends):
        pos += 1
    if pos - start > size:
        # 曹|舟|南向, 李|晓|林先生: the last character of the name glued to what follows it;
        # not a verb of its own (王|颀|谈及) or a common verb (刘|芳|参与; but 周|德|明说, a rare
        # verb, is 周德明 | 说) nor an adverb (汤|地|更是 → 汤地).
        glued = text[pos : ends.get(pos, pos)]
        rest = text[pos + 1 : ends.get(pos, pos)]
        if (
            pos < longest
            and (rest in ALWAYS_TRIM or rest in ("先生", "女士"))
            and not _verb_word(glued)
            and not _common_verb(glued)
            and word_tag(glued) not in ADVERB_TAGS
        ):
            return [pos + 1, *_trimmed(text, start + size, pos, ends)]
        return _trimmed(text, start + size, pos, ends)
    after = ends.get(first)
    if after is None:
        return []
    word = text[first:after]
    if (
        len(word) == 2
        and (word[1] in ALWAYS_TRIM or pats.cue.fullmatch(word[1]))
        and word_tag(word) not in ADVERB_TAGS
    ):
        return [first + 1]  # 李|明说; not 闫|大为 (an adverb is a given name: 黄|一新)
    found = []
    # A given name is often a word (张|新生, 李|明亮); not a frequent time word, adverb or verb
    # (于|近日, 王|表示), nor, after a surname that is an adjective, a frequent noun that names
    # nothing (高|收入, 高|价格: an adjective and its noun; not 高|长江, 黄|海洋, 黄|大为).
    common = _is_common(word) and (
        word_tag(word) in NOT_GIVEN_NAME_TAGS
        or (
            size == 1
            and word_tag(text[start]) == "a"
            and word_tag(word) == "n"
            and not _names_something(word)
        )
    )
    if (
        common
        and after_title
        and len(word) == 2
        and not pats.cue.fullmatch(word)
        and (
            word_tag(word) in ("v", "vn")  # a verb read as a given name, not 近日, 当地
            # (twentieth session) or a place word of no great frequency (首席经济学家杨|远方|在)
            or (word_tag(word) == "s" and tokenizer().freq(word) <= _RARE_PLACE_WORD)
        )
        and word not in _REPORT_VERBS
        and HAN_RUN.match(text, after) is not None
        and pats.cue.match(text, after) is not None
    ):
        # 副市长刘|建设|出席, 市长李|胜利|主持 (nineteenth session): right after a title and before
        # a cue, a surname and a common word are a name (not 王|表示: the cue itself)
        common = False
    if len(word) <= 2 and not common and not pats.cue.fullmatch(word):
        found.append(after)
    # 冀|岩上|月: a frequent word starts inside the token (上月).
    if len(word) >= 2 and tokenizer().freq(text[first + 1 : after + 1]) > SPLIT_MIN_FREQ:
        found.append(first + 1)
    return found


#: Verbs of reporting and speaking that stand between a title's surname and a cue as the
#: speaker's own words (厅长周 | 解读说, 市长李 | 回顾指出): no given name (the review).
_REPORT_VERBS = frozenset(
    ("解读", "回顾", "部署", "动员", "详细", "介绍", "通报", "分析", "总结", "讲解", "阐述", "说明")
) | frozenset(("补充", "透露", "回应", "谈到", "提到", "提出", "点评", "解释", "归纳", "概括"))


# Tags of jieba's dictionary for words that name something (a person, a place, a brand…): such a
# word may be a given name (长江, 海洋).
NAMING_TAGS = NAME_TAGS | {"ns", "nz", "nt"}


def _names_something(word: str) -> bool:
    """jieba's dictionary tags ``word``, as one token, as a name of a person, place or thing."""
    tags = tokenizer().tag(word)
    return len(tags) == 1 and tags[0][1] in NAMING_TAGS


#: jieba's count from which a verb read across a name's end is the verb (参与 7,059, 给予 3,432),
#: not the name's last character and a function word (明说 113: 周德明说).
COMMON_VERB_MIN_FREQ = 1000


def _common_verb(word: str) -> bool:
    return word_tag(word) == "v" and tokenizer().freq(word) >= COMMON_VERB_MIN_FREQ


def _verb_word(word: str) -> bool:
    """A verb of jieba's dictionary whose first character is a verb of its own (谈及, 提及, 听说,
    走向): glued after a name's characters, it is the next word, not the name's last character
    and a function word (王|颀|谈及 → 王颀; 曹|舟|南向 → 曹舟南, 南 being no verb)."""
    return len(word) == 2 and word_tag(word) == "v" and word_tag(word[0]) == "v"


def _may_be_name(word: str) -> bool:
    """A token that may be a surname and one character of a name (刘海, 王明, 石安; not 计算)."""
    if _is_name_word(word, FOREIGN_MAX_FREQ):
        return True
    return word_tag(word) not in NOT_NAME_TAGS and not _is_common(word)


def _foreign_pair(text: str, start: int, ends: dict[int, int], pats: Patterns) -> bool:
    """A two-character transliterated name jieba knows (布朗, 维德: one token of transliteration
    characters tagged nr/nrt) that a cue, punctuation or a one-character word a subject is followed
    by follows (检察长布朗的办公室, 检察长布朗再向…)."""
    end = ends.get(start, start)
    word = text[start:end]
    if len(word) != 2 or not all(ch in TRANSLIT for ch in word):
        return False
    tags = tokenizer().tag(word)
    if len(tags) != 1 or tags[0][1] not in NAME_TAGS or tokenizer().freq(word) > FOREIGN_MAX_FREQ:
        return False
    return bool(pats.cue.match(text, end)) or (
        ends.get(end) == end + 1 and text[end] in AFTER_NAME_WORDS
    )


def _is_foreign_word(word: str) -> bool:
    """A transliterated name jieba knows as one word (伊万诺夫, 内塔尼亚胡: tagged nrt)."""
    if not 3 <= len(word) <= 6:
        return False
    tags = tokenizer().tag(word)
    if len(tags) != 1 or tokenizer().freq(word) > FOREIGN_MAX_FREQ:
        return False
    # 伯南克, 萨科齐: a name tagged nr that starts with no surname (see _name_ends) is one too
    return tags[0][1] == "nrt" or (
        tags[0][1] == "nr" and word[0] not in patterns().single and word[-1] not in NOT_LAST_IN_NAME
    )


def _addressed(text: str, pos: int, ends: dict[int, int]) -> bool:
    """A surname and a one-character form of address start at ``pos``, the address a token of its
    own (王诚 | 王|总: not 王强 | 总结; 李晓林先生 is 李晓林)."""
    return (
        text[pos + 1 : pos + 2] in HONORIFICS
        and ends.get(pos + 1) == pos + 2
        and text[pos] in patterns().single
    )


def _trimmed(text: str, given: int, end: int, ends: dict[int, int]) -> list[int]:
    """The ends of a name whose given name runs from ``given`` to ``end``: less a last character
    that never ends a name (在, 说), or tried with and without one that may (和, 为)."""
    if end - given > 1 and (
        text[end - 1] in ALWAYS_TRIM
        or text[end - 1] in TRIM_AFTER_GIVEN
        or _addressed(text, end - 1, ends)
    ):
        return [end - 1]
    if end - given > 1 and text[end - 1] == text[given - 1] and _word_at(text, end, ends) in POLITE:
        return [end - 1]  # 孙|晶|孙|女士: the name, then the surname with a form of address
    if end - given > 1 and text[end - 1] in MAY_TRIM:
        return [end, end - 1]
    return [end] if end > given else []


#: The unit words a post heads (局 → 局长, 支队 → 支队长) and the posts an office's head holds.
_UNIT_HEADS = ("局", "处", "科", "室", "所", "站", "支队", "大队", "总队", "中队")
_OFFICE_POSTS = ("主任", "副主任")


def _unit_in_title(title: str) -> int:
    """Where the post starts in ``title`` when what comes before it is a unit that post heads
    (禁毒局 | 局长, 高新处 | 处长, 禁毒支队 | 支队长, 巡察办 | 主任), else 0. One post only: a
    list of posts (党组书记、局长) is left as it is."""
    if "、" in title or "兼" in title or "暨" in title:
        return 0
    for unit in _UNIT_HEADS:
        for post in (unit + "长", "副" + unit + "长"):
            at = len(title) - len(post)
            if at >= 2 and title.endswith(post) and title.endswith(unit, 0, at):
                return at
    for post in _OFFICE_POSTS:
        at = len(title) - len(post)
        if at >= 2 and title.endswith(post) and title[at - 1] == "办":
            return at
    return 0


def _cue_inside(text: str, start: int, end: int, pats: Patterns) -> bool:
    """A cue of two characters or more (表示, 指出) starts between ``start`` and ``end``."""
    for at in range(start, end - 1):
        cue = pats.cue.match(text, at)
        if cue is not None and cue.end() - at >= 2:
            return True
    return False


#: A Tibetan or Mongolian name is two or three parts (尼玛次仁, 巴图孟和, 格桑次仁).
MINORITY_NAME_PARTS = 3


def _minority_name_end(text: str, start: int, ends: dict[int, int], pats: Patterns) -> int | None:
    """The end of the Tibetan or Mongolian name at ``start``: the longest run of two or three
    name parts (:file:`lexicon/minority_name_parts.txt`) that a cue, punctuation or a word
    follows."""
    stops: list[int] = []
    pos = start
    while len(stops) < MINORITY_NAME_PARTS:
        match = pats.name_part.match(text, pos)
        if match is None:
            break
        pos = match.end()
        stops.append(pos)
    for end in reversed(stops[1:]):
        if _name_follows(text, end, ends, pats):
            return end
    return None


#: The given name after a Japanese surname: one to three characters (斋藤健, 佐藤恒治, 伊藤信太郎),
#: none of them a place's or a site's word (西村 | 庄, 森田 | 林场, 中村 | 路: places).
MAX_JAPANESE_GIVEN = 3
_NOT_IN_JAPANESE_GIVEN = frozenset("路庄场厂园街屯寨湾港")


def _japanese_name_end(text: str, start: int, ends: dict[int, int], pats: Patterns) -> int | None:
    """The end of the Japanese name at ``start``: a surname of
    :file:`lexicon/japanese_surnames.txt` and the longest given name of one to three Han characters
    that a cue, punctuation or a word follows."""
    match = pats.japanese.match(text, start)
    if match is None:
        return None
    for size in range(MAX_JAPANESE_GIVEN, 0, -1):
        end: int = match.end() + size
        given = text[match.end() : end]
        if (
            len(given) == size
            and all(_HAN.match(ch) for ch in given)
            # 和 opens Japanese given names (植田和男, 和夫, 和子: twentieth session)
            and not any(
                ch in NOT_IN_NAME and not (i == 0 and ch == "和" and size > 1)
                for i, ch in enumerate(given)
            )
            and given[-1] not in NOT_LAST_IN_NAME
            and not any(ch in PLACE_LAST or ch in _NOT_IN_JAPANESE_GIVEN for ch in given)
            # no cue or address in it (斋藤健 | 表示; 高桥 | 表示, 中山 | 同志, 松本 | 先生) and no
            # common word (田中 | 心情): the Chinese reading then stands
            and not any(
                (
                    pats.cue.match(text, at)
                    and not (at == match.end() and given[0] == "和" and size > 1)
                )
                or text.startswith(POLITE_WORDS, at)
                for at in range(match.end(), end)
            )
            and not any(
                tokenizer().freq(text[at : at + 2]) > NAME_MAX_FREQ
                for at in range(match.end(), end - 1)
            )
            and _name_follows(text, end, ends, pats)
        ):
            return end
    return None


def _chinese_name(text: str, start: int, ends: dict[int, int], pats: Patterns) -> int | None:
    """The end of the name at ``start``: the Chinese reading (:func:`_han_name`), or a Japanese
    one where that is longer or the only one (伊藤信太郎, not 伊藤信; 佐藤恒治)."""
    head = (
        _surname_size(text, start, pats)
        or text[start] in TRANSLIT
        or pats.name_part.match(text, start) is not None
    )
    # a Japanese surname opens the way for its own reading only (小山 | 村调研: no Chinese name)
    han = _han_name(text, start, ends, pats) if head else None
    japanese = _japanese_name_end(text, start, ends, pats)
    if japanese is not None and (han is None or japanese > han):
        return japanese
    return han


def _han_name(text: str, start: int, ends: dict[int, int], pats: Patterns) -> int | None:
    """The end of the Chinese name at ``start`` (see :func:`_name_ends`): the first candidate
    that is a name and that a cue, punctuation or a word follows. A candidate ending with 和/为/同
    needs a cue or punctuation after it (边春和表示; 姚刚和国家… is 姚刚)."""
    if text.startswith(HONORIFICS, start + 1):
        return None  # 姚先生, 方总
    minority = _minority_name_end(text, start, ends, pats)
    if minority is not None:
        return minority
    candidates = _name_ends(text, start, ends, pats, after_title=True)
    size = _surname_size(text, start, pats)
    foreign = _translit_end(text, start, ends)
    if candidates == [foreign] and foreign is not None and foreign - start >= 3:
        return foreign  # the transliteration ends where its characters end (奥巴马|既)
    if size == 0 and candidates and _foreign_pair(text, start, ends, pats):
        return candidates[0]  # 布朗 (jieba's count makes it a word: a known name)
    verb_after = False  # the last candidate ended with a verb and its complement followed
    for i, end in enumerate(candidates):
        if _cue_inside(text, start + 1, end, pats):
            continue  # 局长张于 | 表示: a cue of two characters or more ends any name before it
        # 局长王平表示: a name jieba's dictionary knows well (王平, 李娜, 高峰: also common
        # words) between the title and a cue is that person
        cued = _strong_follow(text, end) and _is_name_word(text[start:end], CUED_NAME_MAX_FREQ)
        limit = CUED_NAME_MAX_FREQ if cued else NAME_MAX_FREQ
        if not is_name(text[start:end], tokens_agree=True, max_freq=limit):
            continue
        if verb_after:
            return end  # 杨斌 | 拿起
        if (
            text[end - 1] in MAY_TRIM
            and i + 1 < len(candidates)
            and (text[end : end + 1] in VERB_COMPLEMENTS or text.startswith("一下", end))
        ):
            verb_after = True
            continue  # 杨斌拿起, 崔恺出了, 梁炜谈一下: the last character is the complement's verb
        if text[end - 1] in MAY_TRIM and i + 1 < len(candidates):
            # The longer name where a cue, punctuation or no noun follows (边春和那里, 边春和
            # 表示); else 和 joins the name to a noun or a name (姚刚和国家…, 夏曦和关向应).
            # A title soon after 和 makes it a joiner of two officials (副总裁叶璇和销售经理田源).
            follower = _word_at(text, end, ends)
            joins = _title_within(text, end, end + MAX_TITLE_AFTER_JOINER, pats)
            if (
                (
                    pats.cue.match(text, end)
                    # 为 and 因 before words are the preposition and the cause (赵明为他人谋取,
                    # 张平为展览揭幕, 王刚因受贿)
                    or (word_tag(follower) in NOT_NAME_TAGS and text[end - 1] not in "为因")
                )
                and not text.startswith(tuple(MAY_TRIM), end)
                and not (joins and not pats.cue.match(text, end))
                and not (
                    text[end - 1] in MAY_TRIM_VERBS
                    and (word_tag(follower) in OBJECT_TAGS or follower in OBJECT_LEADS)
                )
            ):
                return end
            continue
        if _name_follows(text, end, ends, pats):
            return end
        # A given name of two one-character tokens is as long as a name gets: a verb, a
        # preposition, an adverb, a time word or a particle after it is the next word (樊富珉任…,
        # 韩立杰拿起…, 于建勇等), while a character jieba knows no use of may still be the name's
        # (陈冯富珍: two surnames).
        if (
            end - start == size + 2
            and ends.get(start + size) == start + size + 1
            and _one_char_at(text, end, ends)
            and word_tag(text[end]) in NEXT_WORD_TAGS
        ):
            return end
    if (
        size == 1
        and _two_surnames(text, start, ends, pats)
        and not _cue_inside(text, start + 1, start + 4, pats)
    ):
        return start + 4
    return None


def _translit_tail(text: str, end: int, ends: dict[int, int]) -> int:
    """A name read from a surname and a transliteration character (谢尔久) that runs on in a
    word jieba tags as a transliterated name (科夫/nrt: 谢尔久科夫): the whole run of
    transliteration tokens from ``end``."""
    word = text[end : ends.get(end, end)]
    if len(word) < 2 or tokenizer().tag(word)[0][1] != "nrt":
        return end
    return _translit_run(text, end, ends)


def _foreign_name_end(start: int, end: int, words_at: dict[int, str]) -> int:
    """Where a country's official's name read from ``start`` to ``end`` ends: before a word inside
    it that is a time word, an adverb or a function word (普京|当天, 孔特|时常, 桑切斯|于)."""
    pos = start
    while pos < end and pos in words_at:
        word = words_at[pos]
        if pos - start >= 2 and (
            word in _AFTER_FOREIGN_NAME
            or (len(word) > 1 and word_tag(word) in NOT_NAME_TAGS and not _is_name_word(word))
        ):
            return pos
        pos += len(word)
    return end


def _two_surnames(text: str, start: int, ends: dict[int, int], pats: Patterns) -> bool:
    """陈冯富珍, 叶刘淑仪: a married woman's name (her husband's surname before her own), four
    one-character tokens — or a surname and a three-character word — with a cue, punctuation or
    a word a name is followed by (今, 在: :data:`AFTER_NAME_WORDS`) right after, where no shorter
    name reads."""
    end = start + 4
    if end > len(text) or text[start + 1] not in pats.single:
        return False
    if not all(_HAN.match(ch) for ch in text[start:end]):
        return False
    if not (
        pats.cue.match(text, end)
        or end == len(text)
        or not _HAN.match(text, end)
        or text[end] in AFTER_NAME_WORDS  # 行政长官林郑月娥今日出席, 叶刘淑仪在会上
    ):
        return False
    pos = start + 1
    while pos < end and ends.get(pos, end + 1) <= end:
        pos = ends[pos]
    return pos == end and is_name(text[start:end], tokens_agree=True)


#: Forms of address that, after a surname, name a person in a story (汪婆婆, 李先生).
ADDRESS_WORDS = (*POLITE_WORDS, "婆婆", "爷爷", "奶奶", "大爷", "大妈", "阿姨", "老人")


def person_name_end(text: str, start: int, ends: dict[int, int]) -> int | None:
    """The end of a person named at ``start`` — a Chinese name that punctuation, a cue or a word
    follows (李本清的, 程建，), or a surname and a form of address (汪婆婆) — else ``None``. Used by
    the quantity subjects (74岁的李本清: whose age)."""
    pats = patterns()
    if text[start : start + 1] in pats.single and text.startswith(ADDRESS_WORDS, start + 1):
        return start + 1 + next(len(w) for w in ADDRESS_WORDS if text.startswith(w, start + 1))
    if _surname_size(text, start, pats) == 0:
        return None
    return _chinese_name(text, start, ends, pats)


def translit_name_end(text: str, start: int, ends: dict[int, int]) -> int | None:
    """The end of a transliterated name of three characters or more at ``start`` (伯纳黛特,
    whole tokens of transliteration characters, no common word), else ``None``. Used by the
    quantity subjects (66岁的伯纳黛特)."""
    return _translit_end(text, start, ends)


def _transliterated(text: str, start: int, end: int, ends: dict[int, int]) -> bool:
    """``text[start:end]`` is a transliterated part: transliteration characters (莫里茨), or one
    token that jieba's dictionary knows as a name (爱德华, 安德烈: tagged nr/nrt)."""
    part = text[start:end]
    if all(ch in TRANSLIT for ch in part):
        return True
    return ends.get(start) == end and _is_name_word(part, FOREIGN_MAX_FREQ)


def _lost_dot_between(text: str, start: int, end: int, ends: dict[int, int]) -> bool:
    """A dotted name's first dot is a dot, or a lost dot (？, □, a hyphen) between two
    transliterated parts: the part before it one of :func:`_transliterated` (the pattern makes
    the part after it transliteration characters)."""
    dot = next((p for p in range(start, end) if text[p] in NAME_DOTS + LOST_DOTS), None)
    if dot is None or text[dot] in NAME_DOTS:
        return True
    return _transliterated(text, start, dot, ends)


def _dotted_end(text: str, start: int, end: int, ends: dict[int, int]) -> int | None:
    """The end of a dotted name: each part after a dot runs over whole tokens of transliteration
    characters (尼古拉·马卡罗夫|当天, 理查德•迈尔|设计), else up to the first cue or punctuation
    (艾尔肯·吐尼亚孜|出席, 科林•杜|魯|蒙|就); a dot after a part starts one more part
    (米哈伊尔·谢尔盖耶维奇·戈尔巴乔夫). ``None``: no end found."""
    cue = patterns().cue
    dot = min(p for p in (text.find(d, start, end) for d in NAME_DOTS + LOST_DOTS) if p >= 0)
    while True:
        part: int | None = _translit_run(text, dot + 1, ends)
        assert part is not None
        first_end = ends.get(dot + 1)
        if (
            part == dot + 1
            and first_end is not None
            and _is_name_word(text[dot + 1 : first_end], FOREIGN_MAX_FREQ)
        ):
            # a part jieba knows as a name though a character of it is no transliteration's
            # (罗兰·费舍尔|设计: 舍), and the transliteration characters after it
            part = _translit_run(text, first_end, ends)
        if part == dot + 1 or (
            ends.get(part - 1) == part
            and _one_char_at(text, part, ends)
            and not patterns().cue.match(text, part)
        ):
            # none, or characters cut one by one before one that is none (杜|魯|蒙|就)
            # 的 ends a name too (大卫|钟|斯|的话: no transliteration writes 的), as a function
            # character that never ends a name does (卡尔·莱文|却)
            part = next(
                (
                    e
                    for e in range(dot + 2, min(dot + 10, len(text) + 1))
                    if cue.match(text, e) or text[e : e + 1] in ALWAYS_TRIM
                ),
                None,
            )
        if part is None:
            return None
        part = _without_title(text, dot + 1, part)  # 亨|泽|尔博士: the title jieba glued on
        if text[part : part + 1] not in NAME_DOTS + LOST_DOTS or not _HAN.match(text, part + 1):
            return part
        dot = part


def _without_title(text: str, start: int, end: int) -> int:
    """``end`` less a title of two or more characters that ends the name part ``start``–``end``
    (安德烈亚斯﹒亨泽尔博士 → …亨泽尔)."""
    for size in (3, 2):
        if end - start > size and text[end - size : end] in patterns().title_words:
            return end - size
    return end


def _mission(
    text: str, span: tuple[int, int], title_start: int
) -> tuple[int, tuple[int, int] | None] | None:
    """Where a mission's title starts (its 驻, found before or inside the body found before the
    title) and the span of the country or body that sends it, written right before 驻 (中国 |
    驻美国 | 大使; 驻村 | 第一书记: none); ``None`` when no 驻 stands there."""
    at = text.find("驻", max(0, span[0] - 1), title_start)
    if at < 0:
        return None
    if any(text.endswith(suffix, at + 1, title_start) for suffix in org_patterns().suffixes):
        return None  # 中国驻圣保罗总领馆 | 副总领事: the mission is a body, the official's
    if at > span[0]:
        return at, (span[0], at)
    country = next((c for c in SENDING_COUNTRIES if text.endswith(c, 0, at) and len(c) <= at), None)
    return at, ((at - len(country), at) if country else None)


#: Words jieba makes of a title's last character and a surname after it (主任 | 何 → 任何).
GLUED_TITLE_WORDS = frozenset(("任何",))


def _title_glued_to_name(
    text: str, tokens: list[Token], scan: list[tuple[int, int]]
) -> dict[int, int] | None:
    """Token ends with a token split where jieba glued a title's last character to the name
    after it (…厅 | 长金志 | 刚, 学院 | 院 | 长江 | 小涓: 厅长金志刚, 院长江小涓), so that the name
    starts a word; ``None`` where no title ends so (most paragraphs)."""
    glued = [
        end
        for start, end in scan
        if (k := token_at(tokens, end - 1)) >= 0
        and tokens[k].start == end - 1
        and tokens[k].end > end
        and (
            # the body's suffix again: 厅 | 厅长, 院 | 院长 (not 外交部 | 长期以来); or a surname
            # after 长 in a word that is no place (市 | 长江 | 大明, 学校 | 长江 | 绵恒, 县 | 长安
            # | 立新; not 省 | 长沙市)
            (
                text[start - 1 : start] == text[start]
                or (
                    _surname_glued_to_chang(tokens[k].word) and _cue_soon_after(text, tokens, k + 1)
                )
            )
            if text[end - 1] == "长"
            # 主任 | 何勇 cut 主 | 任何 | 勇: the title starts a word
            else tokens[k].word in GLUED_TITLE_WORDS and not inside_word(tokens, start)
        )
    ]
    if not glued:
        return None
    ends = {t.start: t.end for t in tokens}
    for end in glued:
        ends[end - 1], ends[end] = end, ends[end - 1]
    return ends


def _surname_glued_to_chang(word: str) -> bool:
    """``word`` (a token starting with a title's 长) is 长 and a surname jieba read as one word
    with it (长江, 长安, 长白), not a place's name (长沙, 长宁区, 长春市)."""
    return (
        len(word) >= 2
        and word[1] in single_surnames()
        and lookup(word) is None
        and lookup(word[:2]) is None
        and word not in gazetteer().by_name
    )


@cache
def _said_after() -> regex.Pattern[str]:
    """Punctuation, or a cue of two characters or more or 说/称/在 (表示, 出席, 说): the cues
    that end a name for certain; one-character adverbs (正, 也, 将) may start other words."""
    cues = [c for c in shipped_list("name_cues") if len(c) >= 2 or c in "说称在"]
    return pattern_cache.compile(rf"{AFTER_NAME_CHARS}|$|{_alternation(cues)}")


def _cue_soon_after(text: str, tokens: list[Token], k: int) -> bool:
    """A cue or punctuation right after ``tokens[k - 1]`` or after one or two short tokens
    following it (长江 | 大明 | 表示, 长江 | 绵 | 恒 | 出席: a name's end; not 长江 | 二桥 |
    主要)."""
    cue = _said_after()
    for i in range(k, min(k + 3, len(tokens) + 1)):
        if cue.match(text, tokens[i - 1].end):
            return True
        if i == len(tokens) or len(tokens[i].word) > 2:
            return False
    return False


def _title_matches(
    text: str, scan: list[tuple[int, int]], pats: Patterns
) -> Iterator[regex.Match[str]]:
    """The matches of ``org_title_name``, tried only where a title starts (``scan``: the titles
    are found by look-ups, several times faster than regex on a long alternation)."""
    end = 0
    for title_start, _ in scan:
        if title_start < end:
            continue
        match = pats.org_title_name.match(text, title_start)
        if match is not None:
            end = match.end()
            yield match


# At most this many modifiers stay in a title before it.
MAX_MODIFIERS = 3
# Words between a body and a title that are no part of the title (的, 相关负责人, 一位业务员).
# (twentieth session) 籍 after a party is membership, not the post (国民党籍 | 立法委员).
TITLE_LEADS = ("的", "相关", "有关", "一位", "一名", "籍")


#: A rank or role noted in brackets after a title (（正局级）, （兼）, （主持工作）).
_BRACKET_NOTE = pattern_cache.compile(r"[（(]\p{Han}{1,6}[）)]$")


def _strip_title(title: str) -> str:
    """The title as written, less the white space, colon or 的 before the name and the words of
    :data:`TITLE_LEADS` after the body, and a product or trade written between the body and the
    title (华夏银行 | 信用卡 | 客户经理: ``title_modifiers_excluded.txt``), which is no part of
    the post, unless the whole is a title of the lexicon (国家主席). A rank or a role noted in
    brackets (副局长（正局级）) is no part of the post either."""
    title = _BRACKET_NOTE.sub("", title).rstrip(" \u3000，：:的")  # 副局长（正局级）: a note
    count = _COUNT_AFTER_DE.match(title)
    if count is not None and 1 < count.end() < len(title):
        title = title[count.end() :]  # 柯达的另一位联席总裁: 的另一位 is no part of the post
    leads = _not_modifiers()
    words = patterns().title_words
    while (
        title not in words  # a title of its own (国家主席) keeps its first word
        and (lead := next((w for w in leads if title.startswith(w)), None))
        and len(lead) < len(title)
    ):
        title = title[len(lead) :]
    return title


@cache
def _not_modifiers_of(_version: int) -> tuple[str, ...]:
    words = set(TITLE_LEADS) | set(shipped_list("title_modifiers_excluded"))
    return tuple(sorted(words, key=len, reverse=True))


def _not_modifiers() -> tuple[str, ...]:
    """Words after a body that are no part of the title: :data:`TITLE_LEADS` and the hand-kept
    non-modifiers (信用卡, 地产), longest first."""
    return _not_modifiers_of(version())


def _modifiers_before(text: str, title_start: int, ends: dict[int, int], pats: Patterns) -> int:
    """Where a title starts with the modifiers written before it, whole words (销售总监, 高级
    经济学家, 固定收益业务全球首席投资官; at most :data:`MAX_MODIFIERS`), 原 or 前 for a
    former post (原副部长, 前董事长) and 正 for the head as against a deputy (正局长)."""
    pos = _glued_start(text, title_start, ends, pats)
    for _ in range(MAX_MODIFIERS):
        modifier = next((m for m in pats.modifiers if text.endswith(m, 0, pos)), None)
        if modifier is None or pos - len(modifier) not in ends:
            break
        pos -= len(modifier)
    if pos == title_start:
        pos = _field_after_de(text, pos, ends)
    if pos == title_start:
        pos = _activity_before(text, pos, ends)
    if text.startswith(("原", "前", "正"), pos - 1) and ends.get(pos - 1) == pos:
        # a former post (原副部长, 前董事长) or the head as against a deputy (正局长), 原/前/正 a
        # word of its own (not 日前, 真正)
        pos -= 1
    elif text.startswith("代", pos - 1) and ends.get(pos - 1, pos) > pos:
        pos -= 1  # 代市长, 代省长: an acting post, one word with its title to jieba
    return pos


#: Tags of the nouns that may lead a title's activity (食品 | 药物 | 管理处长).
ACTIVITY_TAGS = frozenset(("n", "vn", "nz"))
#: A word rarer than this in jieba's dictionary before an activity is a name (艾瑞咨询): the
#: activity is then a firm's trade, no part of the title.
ACTIVITY_MIN_FREQ = 50


def _activity_before(text: str, pos: int, ends: dict[int, int]) -> int:
    """Where a title starts with the activity it runs written before it: a verbal noun right
    before the title (管理, 营销, 研发) and the nouns before that (食品药物管理处长, 市场营销总监),
    at most :data:`MAX_MODIFIERS` words, none a body's suffix or a known name. It is part of
    the title (issue 9: 设计总监), never a body."""
    first = _word_ending(pos, ends)
    if first is None or pos - first < 2 or word_tag(text[first:pos]) != "vn":
        return pos
    suffixes, named = org_patterns().suffixes, org_patterns().named
    begin = pos
    for _ in range(MAX_MODIFIERS):
        start = _word_ending(begin, ends)
        if start is None:
            break
        word = text[start:begin]
        if len(word) == 1:
            # 艾|瑞 | 咨询 | 分析师: jieba cut an unknown name into characters; a function word
            # or a mark ends the activity
            return pos if HAN_RUN.fullmatch(word) and word not in NOT_IN_NAME else begin
        if (
            not HAN_RUN.fullmatch(word)
            or word_tag(word) not in ACTIVITY_TAGS
            or word in suffixes
            or word in named
            or word.endswith(tuple(suffixes))
        ):
            break
        if tokenizer().freq(word) < ACTIVITY_MIN_FREQ:
            return pos  # 艾瑞 | 咨询 | 分析师: a name before the activity makes it a firm's
        begin = start
    return begin


#: The longest word looked for back from a position (jieba's words are shorter).
MAX_WORD = 8


def _word_ending(pos: int, ends: dict[int, int]) -> int | None:
    """The start of the token that ends at ``pos``, or ``None``."""
    return next(
        (k for k in range(pos - 1, max(-1, pos - MAX_WORD), -1) if ends.get(k) == pos), None
    )


def _field_after_de(text: str, pos: int, ends: dict[int, int]) -> int:
    """A field of work written between 的 and a title (杰克逊生前的音乐总监, 地产的物业顾问,
    标准普尔公司的欧洲主权评级主管): after 的 it names no body, so it stays in the title. A noun
    of two characters, a token of its own, that is no place or country; or two or three nouns
    (a place may start them: 欧洲 | 主权 | 评级), at most :data:`MAX_FIELD` characters."""
    if "的" not in text[max(0, pos - MAX_FIELD - 1) : pos]:
        return pos  # most titles: no 的 near
    suffixes = org_patterns().suffixes
    at = pos
    words: list[str] = []
    while len(words) < 3:
        begin = next((k for k in range(at - 1, pos - MAX_FIELD - 1, -1) if ends.get(k) == at), -1)
        if begin < 0:
            break
        word = text[begin:at]
        if (
            word == "的"
            or len(word) < 2
            or word_tag(word) not in FIELD_TAGS
            or any(word[i:] in suffixes for i in range(len(word)))
            or word[-1] in PLACE_LAST
        ):
            break  # 润泽地产市场部 | 总经理, 襄樊市 | 站主: a body, no field
        words.append(word)
        at = begin
    de = _de_before(text, at) if words else None  # 的, or 的另一位 (a count of people)
    if de is None or ends.get(de) != de + 1:
        return pos
    if words[0] in FIELD_ENDS:
        return pos  # 研究部的 | 农林牧渔行业 | 首席分析师: see _field_before
    if len(words) == 1 and (
        word_tag(words[0]) != "n" or words[0] in SENDING_COUNTRIES or lookup(words[0]) is not None
    ):
        return pos  # (来访的中国 | 国务委员: China is the body, no field)
    return at


#: 的, then a count of people (另一位, 一名, 其他): 柯达的另一位联席总裁, 伦敦国王学院的另一位
#: 心理学教授 — the body before 的 is the official's.
_COUNT_AFTER_DE = pattern_cache.compile(r"的(?:另|其他|其中)?(?:[一两二三四五六七八九]?[位名])?")


def _de_before(text: str, pos: int) -> int | None:
    """Where the 的 stands that ends right before ``pos``, over a count of people (的另一位)."""
    if text.startswith("的", pos - 1):
        return pos - 1
    for size in (2, 3, 4):
        if pos - size >= 0 and text[pos - size] == "的":
            match = _COUNT_AFTER_DE.match(text, pos - size)
            if match is not None and match.end() == pos:
                return pos - size
    return None


# At most this many characters of a field of work between 的 and a title; the tags of its words.
MAX_FIELD = 8
FIELD_TAGS = frozenset(("n", "nz", "vn", "ns"))


def _glued_start(text: str, title_start: int, ends: dict[int, int], pats: Patterns) -> int:
    """Where a title starts that a dictionary noun glues to the field written before it (内务部长,
    组织部长: one word of jieba's dictionary ending with the title): at that word's start, unless
    what comes before the title is a body, a place or a country (区委 | 书记, 美国 | 总统)."""
    if title_start in ends:
        return title_start
    start = next(
        (p for p in range(title_start - 1, max(-1, title_start - 4), -1) if p in ends), None
    )
    if start is None:
        return title_start
    word, head = text[start : ends[start]], text[start:title_start]
    if (
        len(head) < 2
        or word[len(head) :] not in pats.title_words
        or word_tag(word) != "n"
        or tokenizer().freq(word) == 0
        or head in COUNTRIES
        or lookup(head) is not None
        or head.endswith(tuple(org_patterns().suffixes))
    ):
        return title_start
    return start


def _one_char_at(text: str, pos: int, ends: dict[int, int]) -> bool:
    """A one-character Han token at ``pos``."""
    return ends.get(pos) == pos + 1 and bool(_HAN.match(text, pos))


def _name_follows(text: str, end: int, ends: dict[int, int], pats: Patterns) -> bool:
    """What follows a name: a cue (表示, 说), a title said after a name, 先生/女士, punctuation,
    the end, a word of two or more characters (副主任冀岩上月曾表示), or a one-character word a
    subject is followed by (张三用…来评价, 李四在答辩状中称: :data:`AFTER_NAME_WORDS`)."""
    if pats.cue.match(text, end) or text.startswith(("先生", "女士"), end):
        return True
    if _addressed(text, end, ends) or (
        text[end : end + 1] in pats.single and _word_at(text, end + 1, ends) in POLITE
    ):
        return True  # the same person addressed by surname right after (王诚王总, 孙晶孙女士)
    if end in ends:
        size = ends[end] - end
        return size >= 2 or (size == 1 and text[end] in AFTER_NAME_WORDS)
    return _starts_word(text, end, ends)


#: At most this many names listed after an official's share the post (a guard, not a limit
#: met in text: meeting reports list five or six).
MAX_LISTED_NAMES = 12


def _listed_names(
    text: str, end: int, ends: dict[int, int], pats: Patterns, titled: set[int]
) -> list[tuple[int, int]]:
    """Names listed after an official's name that share the post before it (副市长靳丽华、景卫东、
    覃国强出席; 院士钟南山、李兰娟分别…): each starts with a surname right after 、 and is followed
    by another 、 or a cue. An official of its own (副市长张三、市委秘书长李四) or a name with a
    post of its own after it (局长张三、李四教授) ends the list; a list holding anything that is
    no name (副市长吴刚、高新区、经开区负责人; 市长李明、高密、诸城) shares the post with none."""
    spans: list[tuple[int, int]] = []
    while len(spans) < MAX_LISTED_NAMES and text.startswith("、", end):
        start = end + 1
        if start in titled:
            break
        name_end = (
            _chinese_name(text, start, ends, pats) if _surname_size(text, start, pats) else None
        )
        if name_end is None or name_end - start > 4:
            return []
        if not (
            text.startswith("、", name_end)
            or pats.cue.match(text, name_end) is not None
            or word_tag(_word_at(text, name_end, ends)).startswith("v")
        ):
            return []  # 营养师林圆真、吴雅瑛设计出…: a verb after the last name ends the list too
        if text.startswith(TITLES_AFTER_NAME, name_end) or _title_at(text, name_end, pats):
            break
        name = text[start:name_end]
        if (
            lookup(name) is not None
            or name in org_patterns().known_names
            or (tokenizer().freq(name) > 0 and not _is_name_word(name))
            or name[-1] in PLACE_LAST
        ):
            return []  # a place, a body or a word: a list of others
        spans.append((start, name_end))
        end = name_end
    if text.startswith("等", end) and not text.startswith(_SAME_GROUP, end + 1):
        return []  # 书记李勇、马云、马化腾等企业家代表: a group of others, named by example
    return spans


#: Posts several people hold at once (members, ranks, deputies; professions ending in 师 too: see
#: :func:`_shared_post`): only these are shared by the
#: names listed after a name (副市长靳丽华、景卫东; 院士钟南山、李兰娟) — a 市长 or a 董事长 is
#: one person, the names after that one's are others (董事长王石、万科、华润等企业负责人).
SHARED_POSTS = (
    "常委", "委员", "成员", "院士", "教授", "研究员", "专家", "代表", "理事", "董事", "监事",
    "顾问", "参事", "巡视员", "调研员",
)  # fmt: skip


def _shared_post(title: str) -> bool:
    post = title.rpartition("、")[2]
    if post.startswith("总"):
        return False  # a chief (总工程师, 总经理) is one person
    if post.endswith("师"):
        return True  # a profession many hold (营养师, 设计师, 药师)
    return post.startswith(("副", "常务副")) or post.endswith(SHARED_POSTS)


#: After a list of names, 等 and these name the same people (副市长A、B等领导出席); 等 before any
#: other noun names a group the list belongs to (县委书记张伟、王大妈等村民代表: not officials).
_SAME_GROUP = ("同志", "领导", "人", "出席", "参加", "陪同")


def _title_at(text: str, pos: int, pats: Patterns) -> bool:
    return _title_end(text, pos, len(text), pats) is not None


def _no_common_word(name: str) -> bool:
    """A name that is no word of jieba's dictionary, or one it knows as a name (廖静文, 王为民)."""
    return tokenizer().freq(name) == 0 or _is_name_word(name, FOREIGN_MAX_FREQ)


def _word_at(text: str, pos: int, ends: dict[int, int]) -> str:
    return text[pos : ends.get(pos, pos + 1)]


_HAN = pattern_cache.compile(r"\p{Han}")


def _is_common(word: str) -> bool:
    return tokenizer().freq(word) > NAME_MAX_FREQ


# The first characters of the heads of a place (市长, 省委书记, 县长): a place's short form may
# stand right before one (深圳市长 = 深圳 | 市长).
PLACE_HEADS = frozenset("省市县区州")
# One-character short forms of countries, written before a title as a word of their own (美国防部长
# = 美 | 国防部长, 俄外长).
COUNTRY_SHORT_FORMS = frozenset("美俄英法德日韩朝印巴澳加意")


# Party posts whose first word may belong to the body instead (自治区党委书记: 自治区党委 + 书记).
PARTY_PREFIXES = ("党工委", "纪工委", "党委", "纪委", "党组")


def _run_start(text: str, pos: int) -> int:
    """Where the run of name characters that ends at ``pos`` starts."""
    run = org_patterns().run
    start = pos
    while start > 0 and run.fullmatch(text[start - 1]):
        start -= 1
    return start


def _organization_before(
    text: str, edges: Edges, title_start: int, floor: int = 0
) -> tuple[int, int] | None:
    """The span of the named body right before a title (with at most MAX_TITLE_LEAD characters
    between them, 人力资源 in 上海分公司人力资源总监), starting at ``floor`` or after, or
    ``None``."""
    start = max(_run_start(text, title_start), floor)
    if start == title_start:
        return None
    # The title starts a word even where jieba glued it to the body (协会会长).
    spans = find_in_run(text, start, title_start, edges.with_end(text, title_start, start))
    if (
        spans
        and MAX_TITLE_LEAD < title_start - spans[-1].end <= MAX_DEPARTMENT_LEAD
        and text[spans[-1].end : title_start].endswith(DEPARTMENTS)
        and title_start in edges.words
        and not _clause_lead(text, spans[-1].end, title_start, edges)
    ):
        # 标准普尔公司 | 欧洲主权评级部门 | 负责人: a department named at length is a unit of
        # the body before it
        return spans[-1].start, title_start
    if spans and title_start - spans[-1].end <= MAX_TITLE_LEAD:
        if _clause_lead(text, spans[-1].end, title_start, edges):
            return None  # 盖蒂信托 | 都如同 | 创始人: the body is a clause's subject
        if text[spans[-1].end : title_start].endswith(DEPARTMENTS) and title_start in edges.words:
            return spans[-1].start, title_start  # 山东大学社会学系 | 教授: a unit of the body
        return _party_post(text, spans[-1].start, spans[-1].end)
    # A body known by a name without a suffix (美联储主席): the longest one (中国证监会, not
    # 证监会), tried by length so that the answer never depends on a set's order.
    known = org_patterns().named
    for size in _lengths(known):
        if title_start - size >= start and text[title_start - size : title_start] in known:
            return title_start - size, title_start
    return None


# Tags of words that never stand between a body and its official's title: adverbs, prepositions,
# conjunctions and pronouns (盖蒂信托都如同创始人: the body starts a clause; not 人力资源, 的).
CLAUSE_TAGS = frozenset(("d", "ad", "p", "c", "r"))


def _clause_lead(text: str, end: int, title_start: int, edges: Edges) -> bool:
    """The words between a body (ending at ``end``) and the title hold an adverb, a preposition,
    a conjunction or a pronoun: the body is no official's, but a clause's subject. A 与/和
    between two nouns of a department is one of its fields (呼吸与危重症医学科 | 主任)."""
    department = text.endswith(DEPARTMENTS, end, title_start)
    pos = title_start
    while pos > end and pos in edges.words:
        word = edges.words[pos]
        before = edges.words.get(pos - len(word), "") if pos - len(word) > end else ""
        fields = (
            department
            and word in INNER_CONJUNCTIONS
            and bool(before)
            and word_tag(before) not in CLAUSE_TAGS
        )
        if word_tag(word) in CLAUSE_TAGS and word not in TITLE_LEADS and not fields:
            return True
        pos -= len(word)
    return False


def _party_post(text: str, start: int, end: int) -> tuple[int, int]:
    """A named body's party committee before a post (中国钢铁工业协会党委 | 副书记): the post is
    held in the committee (党委副书记) at the body named before it; a place's committee is the
    body (自治区党委 | 书记, 乡党委 | 书记)."""
    party = next((p for p in PARTY_PREFIXES if text.endswith(p, start, end)), None)
    if party is None:
        return start, end
    body_end = end - len(party)
    body = text[start:body_end]
    if (
        len(body) < 2
        or body[-1] in PLACE_LAST
        or lookup(body) is not None
        or _full_place_before(text, body_end) is not None
    ):
        return start, end
    return start, body_end


# Last characters of a department (社会学系, 公诉处, 眼科, 销售交易总部): written between a
# body's name and the title, the unit is in the official's organisation (a sub-unit), not in
# the title.
DEPARTMENTS = ("系", "处", "科", "部门", "部")
# At most this many characters of a department between a body's name and the title
# (标准普尔公司 | 欧洲主权评级部门 | 负责人).
MAX_DEPARTMENT_LEAD = 12

# Last characters of a place or its level (自治区, 乡, 镇, 村, 旗): its party committee is a body.
PLACE_LAST = frozenset("省市县区乡镇村旗州盟")

# A pronoun for a body named before (该院, 该公司, 本行): the kind of body it names (院) and the
# last characters of the names of that kind (医院, 学院, 研究院).
PRONOUN_KINDS = {
    "院": ("院",),
    "医院": ("医院",),
    "公司": ("公司", "集团"),
    "集团": ("集团",),
    "所": ("所",),
    "行": ("行",),
    "银行": ("银行",),
    "局": ("局",),
    "校": ("学", "学院", "学校"),
    "大学": ("大学",),
    "中心": ("中心",),
    "协会": ("协会",),
}
# Last characters of a department after such a pronoun (该院外科部, 该公司企划部广告宣传科).
PRONOUN_DEPARTMENTS = (*DEPARTMENTS, "部", "室")


def _pronoun_department(
    text: str, title_start: int, ends: dict[int, int]
) -> tuple[int, int] | None:
    """A department written after a pronoun for a body and before the title (该院 | 外科部 |
    医师, 该公司 | 企划部广告宣传科 | 副科长): the (start, end) of the pronoun, whole tokens, the
    department (whole nouns, at most :data:`MAX_DEPARTMENT_LEAD` characters) ending at the
    title."""
    if title_start not in ends or not text[:title_start].endswith(PRONOUN_DEPARTMENTS):
        return None
    window = range(max(0, title_start - MAX_DEPARTMENT_LEAD - 3), title_start)
    for pos in (p for p in window if p in ends):  # the window, not every token (linear)
        if text[pos] not in "该本" or ends.get(pos) not in (pos + 1, pos + 2, pos + 3):
            continue
        kind = next(
            (k for k in PRONOUN_KINDS if text.startswith(k, pos + 1) and pos + 1 + len(k) in ends),
            None,
        )
        if kind is None:
            continue
        unit = pos + 1 + len(kind)
        if unit == title_start or title_start - unit > MAX_DEPARTMENT_LEAD:
            return None
        at = unit
        while at < title_start:
            word = text[at : ends.get(at, at + 1)]
            if at not in ends or not _HAN.fullmatch(word[0]) or word_tag(word) in NOT_NAME_TAGS:
                return None
            at = ends[at]
        return (pos, unit) if at == title_start else None
    return None


def _referent(doc: Doc, index: int, end: int, pronoun: str) -> str | None:
    """The body a pronoun (该院, 该公司) points back to: the one body of its kind named before it
    in the paragraph (三军总医院…该院; a known company for 该公司: 格兰仕…该公司); none when
    none or several are."""
    lasts = PRONOUN_KINDS[pronoun[1:]]
    # 该公司 also points back to a company known by its name alone (向格兰仕方面咨询，该公司…)
    brands = org_patterns().brands if "公司" in lasts else frozenset()
    text = doc.paragraphs[index]
    names = {
        complete_organization(text[s:e], doc)
        for s, e, _ in organization_mentions(text, doc.tokens[index], paragraph_edges(doc, index))
        if e <= end and (text[s:e].endswith(lasts) or text[s:e] in brands)
    }
    return names.pop() if len(names) == 1 else None


# Last characters of a department of a body (放射科, 企划部, 糖尿病中心, 资料室).
BARE_DEPARTMENT_ENDS = ("科", "部", "室", "中心")
# Kinds of body that hold such departments: a hospital, a clinic, a company, a school, a bank.
HOLDER_KINDS = ("医院", "诊所", "公司", "集团", "大学", "学院", "银行", "研究院")
# At most this many characters in a bare department's name.
MAX_BARE_DEPARTMENT = 8


def _bare_department(text: str, span: tuple[int, int], edges: Edges) -> bool:
    """The organisation found is a department named alone (放射科 | 医师, 糖尿病中心 | 主任): no
    place or body starts it and no kind of body is inside it."""
    name = text[span[0] : span[1]]
    return (
        len(name) <= MAX_BARE_DEPARTMENT
        and name.endswith(BARE_DEPARTMENT_ENDS)
        and not any(kind in name for kind in HOLDER_KINDS)
        and name not in org_patterns().known_names  # 铁道部: a body of its own
        and anchor_at(text, span[0], span[1], edges) is None
    )


def _holder_before(doc: Doc, index: int, end: int) -> str | None:
    """The body a department named alone belongs to, when the article makes it unambiguous: the
    last body of a kind that holds departments (:data:`HOLDER_KINDS`) first named before it in
    its paragraph (第一站是白下中医院。药剂科科长…), else the one such body named in the
    paragraphs before (嘉义基督教医院… | 糖尿病中心主任…); none when none or several are."""
    facts = shared(doc, "organization_facts_list", lambda: organizations_of(doc))
    holders = [
        f
        for f in facts
        if isinstance(f, Organization)
        and f.name.endswith(HOLDER_KINDS)
        and (f.paragraph < index or (f.paragraph == index and f.end <= end))
    ]
    here = [f.name for f in holders if f.paragraph == index]
    if here:
        return here[-1]
    names = {f.name for f in holders}
    return names.pop() if len(names) == 1 else None


# Words joining two officials, after which the second one's body is sought.
JOINERS = ("和", "与", "及", "、", "，")


@cache
def _lengths(names: frozenset[str]) -> tuple[int, ...]:
    """The lengths of ``names``, longest first."""
    return tuple(sorted({len(name) for name in names}, reverse=True))


def _place_before(text: str, title_start: int) -> tuple[int, int] | None:
    """A place's full name right before the title (青岛市 in 青岛市市长): the body is the place,
    with the places that contain it written before it (佛山市顺德区 in 佛山市顺德区区长)."""
    start = _full_place_before(text, title_start)
    if start is None:
        return None
    while (outer := _full_place_before(text, start)) is not None:
        start = outer
    return start, title_start


def _short_place_before(text: str, title_start: int, edges: Edges) -> tuple[int, int] | None:
    """A place's short form as a word of its own before the head of that place (深圳 | 市长,
    山东 | 省长): the body is the place as written."""
    if text[title_start : title_start + 1] not in PLACE_HEADS:
        return None
    word = edges.words.get(title_start)
    place = lookup(word) if word else None
    if word is None or place is None or not place.name.endswith(text[title_start]):
        # 高雄市 | 长: jieba glued the place's 市 to it and left 长 alone; the short form before
        # the suffix is the body, as 深圳 | 市长's is
        glued = edges.words.get(title_start + 1)
        place = lookup(glued) if glued and len(glued) > 2 else None
        if glued is None or place is None or place.name != glued:
            return None
        return title_start + 1 - len(glued), title_start
    return title_start - len(word), title_start


def _full_place_before(text: str, end: int) -> int | None:
    """Where the full name of a place that ends at ``end`` starts, else ``None``."""
    gaz = gazetteer()
    for size in gaz.lengths:
        start = end - size
        place = gaz.by_name.get(text[start:end]) if start >= 0 else None
        if place is not None and place.name == text[start:end]:
            return start
    return None


#: Countries whose post before a title makes them the body: the foreign ones and China (中国外交部长
#: 王毅 as 美国财政部长保尔森).
SENDING_COUNTRIES = COUNTRIES | {"中国"}


#: Characters before 中国 that end a verb or a particle, not a company's name (会见了中国外长,
#: 来访的中国国务委员, 与中国外长).
_BEFORE_CHINA = frozenset("了的见与和同及在对向访")


def _country_before(text: str, title_start: int, edges: Edges) -> tuple[int, int] | None:
    """A country right before the title (法国 in 法国总统), or its one-character short form as a
    word of its own (美 | 国防部长, 俄 | 外长): the body is the country."""
    for size in (4, 3, 2):
        start = title_start - size
        if start >= 0 and text[start:title_start] in SENDING_COUNTRIES:
            if (
                text[start:title_start] == "中国"
                and start
                and HAN_RUN.match(text, start - 1)
                and text[start - 1] not in _BEFORE_CHINA
            ):
                continue  # 花旗中国 | 董事长: a company's arm in China, not the country
            return start, title_start
    short = title_start - 1
    if (
        text[short:title_start] in COUNTRY_SHORT_FORMS
        and edges.words.get(title_start) == text[short:title_start]
    ):
        return short, title_start
    return None


#: The party's Central Committee written short (中央政治局委员): a body before a title.
CENTRAL = "中央"


def _central_before(text: str, title_start: int) -> tuple[int, int] | None:
    """中央 opening its clause right before a title (中央政治局委员、上海市委书记…): the party's
    Central Committee, written short for 中共中央, is the body."""
    start = title_start - len(CENTRAL)
    if start < 0 or not text.startswith(CENTRAL, start):
        return None  # (jieba may keep 中央政治局 as one word: the text is read, not tokens)
    if start > 0 and _HAN.match(text, start - 1):
        return None  # 党中央, 团中央: a body whose own name ends with 中央 is read as a whole
    return start, title_start


def _bracketed_before(text: str, edges: Edges, title_start: int) -> tuple[int, int] | None:
    """A body with a bracketed qualifier before the title (三菱日联银行（中国）首席分析师)."""
    if not text.startswith("）", title_start - 1):
        return None
    open_at = text.rfind("（", max(0, title_start - 8), title_start)
    if open_at <= 0:
        return None
    span = _organization_before(text, edges, open_at)
    if span is None or span[1] != open_at:
        return None
    return span[0], title_start


def _acronym_before(text: str, title_start: int) -> tuple[int, int] | None:
    """A Latin acronym right before the title (LGIM首席投资官): the body is the acronym."""
    match = _ACRONYM.search(text, max(0, title_start - 9), title_start)
    return match.span() if match is not None else None


def _page_body_before(
    doc: Doc, text: str, title_start: int, ends: dict[int, int]
) -> tuple[int, int] | None:
    """柯达联席总裁…: a body the page names elsewhere (by a short name the organisation rules
    read there: 柯达公司 … 柯达), written whole right before the title."""
    if title_start == 0:
        return None
    names = shared(doc, "page_org_names", lambda: _page_org_names(doc))
    for name in names.get(text[title_start - 1], ()):
        start = title_start - len(name)
        if start >= 0 and text.startswith(name, start) and start in ends:
            return start, title_start
    return None


#: Last characters of a ministry or bureau jieba glues to its name when 长 follows (美国商务部 |
#: 长, 卫福部 | 长), where 财政部长 and 公安局长 are one word and one title.
_GLUED_HEADS = frozenset("部局厅署")


def _glued_ministry(text: str, tokens: list[Token], title_start: int) -> int:
    """Where a title that starts inside a body's word starts (卫福部 | 长 → 卫福部长, as jieba's
    one word 财政部长 is a title): at that word's start, past a country opening it (美国商务部 |
    长 → 美国 | 商务部长, the country being the official's organisation)."""
    if text[title_start : title_start + 1] not in _GLUED_HEADS:
        return title_start
    k = token_at(tokens, title_start)
    if k < 0 or tokens[k].start == title_start or tokens[k].end != title_start + 1:
        return title_start
    start = tokens[k].start
    country = next(
        (c for c in COUNTRIES_AT.get(text[start : start + 2], ()) if text.startswith(c, start)), ""
    )
    return start + len(country) if start + len(country) < title_start else title_start


#: What a ministry's name holds between its country and 部长 (国家发展, 房屋及地方政府,
#: 食品、农业与消费者保护): Han words, joined by 、 and conjunctions, with no 部 of its own.
_MINISTRY_FIELD = pattern_cache.compile(r"(?:(?!部)\p{Han}|、){2,20}部长")
#: How far before a title its country may stand.
MAX_MINISTRY_FIELD = 20


def _country_ministry(
    text: str, start: int, name_start: int, title: str, organization: str | None
) -> tuple[int, str, str] | None:
    """A minister titled by the ministry's field after the country (新加坡国家发展部长, 马来西亚
    房屋及地方政府部长, 德国食品、农业与消费者保护部长): (start, the country as the organisation,
    the field and 部长 as the title), as 美国商务部长 reads (see :func:`_glued_ministry`);
    ``None`` for any other title or where a body of its own ends in 部 (中国外交部 | 部长)."""
    if not title.endswith("部长") or (organization is not None and organization.endswith("部")):
        return None
    at = text.rfind(title, start, name_start + 1)
    if at < 0:
        return None
    end = at + len(title)
    low = max(0, at - MAX_MINISTRY_FIELD)
    for pos in range(end - 5, low - 1, -1):  # the country nearest the title (美国和英国国防部长)
        for country in COUNTRIES_AT.get(text[pos : pos + 2], ()):
            if text.startswith(country, pos) and _MINISTRY_FIELD.fullmatch(
                text, pos + len(country), end
            ):
                return min(start, pos), country, text[pos + len(country) : end]
    return None


# The heads of a body, and the last characters of the bodies they head (局长 heads a 局).
HEADS = {
    **{f"{c}长": (c,) for c in "局处厅部科司署院所行社台馆站队"},
    "校长": ("校", "大学", "学院", "中学", "小学"),
}


#: A party committee's short names, the body of the first of several posts only (省委常委、副省长).
_PARTY_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "盟委", "旗委", "党委", "党工委")
#: What makes a post a deputy's or an executive's of the same post (副主任 of 主任).
_DEPUTY_PREFIXES = ("常务副", "副", "执行")


def _without_deputy(post: str) -> str:
    """``post`` less what makes it a deputy's or an executive's (副主任 → 主任)."""
    for prefix in _DEPUTY_PREFIXES:
        post = post.removeprefix(prefix)
    return post


def _listed_deputy(
    text: str, start: int, title: str, before: int, before_title: str, body: str | None
) -> str | None:
    """The body of the official listed right before (…、, …，) when this one's post is that one's
    last post or its deputy's (省发改委主任胡伟林、副主任刘文杰: 省发改委); none for another post
    (岳阳市委书记刘爱华、市长李爱武: the mayor is no post of the party committee)."""
    if body is None or text[before:start] not in ("、", "，", ","):
        return None
    post = _without_deputy(title.removeprefix("原").removeprefix("前"))
    last = _without_deputy(before_title.split("、")[-1])
    if "、" in before_title and body.endswith(_PARTY_COMMITTEES):
        # 省委常委、副省长刘伟，副省长赵德明 (nineteenth session): the party committee is the first
        # post's body only; a post after it (副省长) is none of the committee's
        first = _without_deputy(before_title.split("、")[0])
        return body if post and post == first else None
    if post and post == last:
        return body
    # a company's leaders listed one after another (中国五矿集团有限公司党组书记、董事长翁祖亮，
    # 总经理国文清): every post of a company's is at that company
    mine = _without_deputy(title.split("、")[-1])
    if body.endswith(_COMPANY_ENDS) and mine in COMPANY_POSTS and last in COMPANY_POSTS:
        return body
    return None


#: The heads of a company, and the kinds a page calls it by right before their title (公司董事长
#: 谭旭光 heads the one company the page names before).
COMPANY_HEADS = ("董事长", "总经理", "总裁", "首席执行官")
COMPANY_KINDS = ("公司", "集团")
#: The last words of a company's name, and the posts of its leadership (the party's in it too).
_COMPANY_ENDS = (*COMPANY_KINDS, "银行")
COMPANY_POSTS = frozenset(
    (
        *COMPANY_HEADS,
        *("监事会主席", "董事", "监事", "总会计师", "总工程师", "总经济师", "财务总监"),
        *("董事会秘书", "书记", "党委书记", "党组书记", "纪委书记", "党委委员", "党组成员"),
        *("工会主席", "行长", "总法律顾问"),
        # (seventeenth session) a board's chair and the chief officers (阿里巴巴集团董事会
        # 主席蔡崇信、首席执行官吴泳铭)
        *("董事会主席", "董事局主席", "主席", "联席首席执行官", "首席财务官", "首席运营官"),
        *("首席技术官", "执行董事", "独立董事"),
    )
)


def _head_of(doc: Doc, index: int, start: int, title: str) -> str | None:
    """花莲县卫生局为做好…，由徐祥明局长亲自督导: an official named with no body, whose title
    heads a kind of body (局长, 院长, 校长), heads the one body of that kind the page names
    before them; none when it names none or several (FACTS.md: completed from context only
    where the text makes it unambiguous)."""
    if inside_word(doc.tokens[index], start):
        return None  # 美国商务部 | 长 | 戴利: a body glued to the title, one the rules did not read
    head = next((h for h in HEADS if title.endswith(h)), None)
    if head is not None:
        lasts = HEADS[head]
    elif title.endswith(COMPANY_HEADS) and doc.paragraphs[index].endswith(COMPANY_KINDS, 0, start):
        head, lasts = "公司", COMPANY_KINDS  # 公司董事长谭旭光: the company is called by its kind
    else:
        return None
    # Where each body of the kind is first named: two before the official make it ambiguous,
    # unless the last one stands in the official's own sentence (在歌尔股份有限公司，公司总经理
    # 李友波说: the company just named).
    firsts = shared(doc, ("head_bodies", head), lambda: _first_mentions(doc, lasts))
    before = bisect_right(firsts, (index, start), key=lambda f: f[0])
    if before == 1:
        return firsts[0][1]
    if before > 1:
        # the one body of the kind in the official's sentence (not 市公安局和市税务局…局长)
        (paragraph, end), name = firsts[before - 1]
        (earlier, earlier_end), _ = firsts[before - 2]
        text = doc.paragraphs[index]
        if (
            paragraph == index
            and not _SENTENCE_ENDS.search(text, end, start)
            and (earlier != index or _SENTENCE_ENDS.search(text, earlier_end, end))
        ):
            return name
    return None


#: The ends of a sentence: a body named before one is no longer "just named".
_SENTENCE_ENDS = pattern_cache.compile(r"[。！？!?；;]")


def _first_mentions(doc: Doc, lasts: tuple[str, ...]) -> list[tuple[tuple[int, int], str]]:
    """((paragraph, end), name) of each body ending with one of ``lasts``, at its first mention,
    in text order."""
    seen: set[str] = set()
    firsts: list[tuple[tuple[int, int], str]] = []
    mentions = sorted(
        ((f.paragraph, f.end), f.name)
        for f in organizations_of(doc)
        if isinstance(f, Organization) and f.name.endswith(lasts)
    )
    for at, name in mentions:
        if name not in seen:
            seen.add(name)
            firsts.append((at, name))
    return firsts


def _page_org_names(doc: Doc) -> dict[str, tuple[str, ...]]:
    """The page's organisation names by their last character, longest first."""
    names = {f.name for f in organizations_of(doc) if isinstance(f, Organization)}
    by_last: dict[str, tuple[str, ...]] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        by_last[name[-1]] = (*by_last.get(name[-1], ()), name)
    return by_last


def _party_body(
    text: str, edges: Edges, title_start: int, name_start: int
) -> tuple[int, int] | None:
    """The body a party or discipline committee opening the title belongs to, the committee
    included (自治区党委 | 书记, 湖南省纪委 | 书记), else ``None``."""
    for prefix in PARTY_PREFIXES:
        if text.startswith(prefix, title_start) and title_start + len(prefix) < name_start:
            found = _organization_before(text, edges, title_start + len(prefix))
            level = next((w for w in BARE_LEVELS if text.endswith(w, 0, title_start)), None)
            if found is None and level is not None:
                opener = text[title_start - len(level) - 1 : title_start - len(level)]
                if not _HAN.match(opener) or opener in LEVEL_OPENERS:
                    # 镇党委书记周海涛, 村党支部书记…: the committee of the level the story is
                    # about, as 镇党委副书记、镇长 is
                    return title_start - len(level), title_start + len(prefix)
            return found
    return None


#: The levels whose committee a story names bare (镇党委, 村党支部, 街道党工委), and what may stand
#: before such a level (该镇党委书记: the text's own town).
BARE_LEVELS = ("街道", "社区", "乡", "镇", "村")
LEVEL_OPENERS = frozenset("该本")


def _known_party_body(text: str, title_start: int) -> tuple[int, int] | None:
    """中央纪委书记, 中央纪委副书记: a known body ending with the committee that opens the title
    (jieba glues 中央纪委 and the title matched from 纪委) is the body, the committee in it."""
    for prefix in PARTY_PREFIXES:
        if text.startswith(prefix, title_start):
            end = title_start + len(prefix)  # 中央 | 纪委书记
        elif text.endswith(prefix, 0, title_start):
            end = title_start  # 中央纪委 | 副书记
        else:
            continue
        known = org_patterns().known_names
        return next(
            (
                (start, end)
                for start in range(max(0, end - len(prefix) - _KNOWN_PARTY_HEAD), end - 1)
                if text[start:end] in known
            ),
            None,
        )
    return None


#: The most characters of a known body before its committee (中央 | 纪委, 中央军委 | 纪委).
_KNOWN_PARTY_HEAD = 6


def _find_organization(
    text: str, edges: Edges, title_start: int, name_start: int, ends: dict[int, int]
) -> tuple[int, int] | None:
    known = _known_party_body(text, title_start)
    if known is not None:
        return known
    span = _organization_before(text, edges, title_start)
    if span is None:
        span = _bracketed_before(text, edges, title_start)
    if span is None:
        # 湖南省纪委书记, 市纪委书记: jieba glues the committee to the post; the place's committee
        # is the body (湖南省纪委 | 书记), as 自治区党委 | 书记 is
        span = _party_body(text, edges, title_start, name_start)
    if span is None:
        span = _place_before(text, title_start)
        if span is not None and span[0] not in ends:
            span = None  # a place starts a word (张家口崇礼县: not 礼县)
        span = span or _country_before(text, title_start, edges)
        span = span or _central_before(text, title_start)
    if span is None:
        span = _short_place_before(text, title_start, edges)
    if span is None:
        span = _acronym_before(text, title_start)
    if span is None:
        ship = _SHIP_BEFORE.search(text, max(0, title_start - 16), title_start)
        span = ship.span() if ship is not None else None  # “雪龙”号船长: the ship is the body
    if span is None:
        span = _nouns_before(text, edges, title_start, named_after=True)
        if span is not None and span[1] == title_start:
            span = _party_post(text, *span)  # 华东电力设计院党委 | 副书记
    de = _de_before(text, title_start)
    if span is None and de is not None and de >= 2:
        # A body, 的, then the title (中国婚博会的副秘书长, 深发展的副行长; 柯达的另一位联席总裁):
        # whole tokens, no person (邵老师的律师).
        before = de
        span = _organization_before(text, edges, before)
        if span is None or span[1] != before:
            span = _nouns_before(text, edges, before)
        if span is not None and (
            span[0] not in ends
            or text[span[0] : ends[span[0]]] in GENERIC_NAMES
            or text[span[0] : span[1]].endswith(tuple(patterns().title_words))
        ):
            span = None  # 数据公司的副总裁: a kind of body, not one named
    if (
        span is not None
        and text.endswith(UNIT_ENDS, *span)
        and anchor_at(text, span[0], span[1], edges) is None
    ):
        span = (_unit_parent_start(text, edges, span[0]), span[1])  # not after 武汉市检察院
    return span


# Last characters of a unit inside a body (a department, a centre, a headquarters).
UNIT_ENDS = ("部", "中心", "科", "室", "处", "院", "所", "系")
# Before a unit's name, at most this many words of the body's name.
MAX_PARENT_WORDS = 4
# Tags of words that end a body's name before its unit (a function word, a count, a time).
_NOT_PARENT_TAGS = CLAUSE_TAGS | {"u", "uj", "m", "q", "t", "f"}
# One-character words after which a body's name may open (据 | 国泰君安…, 、 | …).
_PARENT_OPENERS = frozenset("据由经的在从对向与和及自")


def _unit_parent_start(text: str, edges: Edges, start: int) -> int:
    """Where the body a unit belongs to starts, when the unit's name holds a verb of its trade
    that ended the body's name (国泰君安 | 销售交易总部, 途牛旅游网 | 度假产品部): the words right
    before the unit, back to punctuation or a one-character word that opens a name (据, 的),
    holding a noun of two characters or more. Else the unit starts where it was found."""
    pos, count, named = start, 0, False
    while pos in edges.words and count < MAX_PARENT_WORDS:
        word = edges.words[pos]
        tag = word_tag(word)
        if (
            not _NAME_WORD.fullmatch(word)
            or word in BREAK_WORDS
            or word in NOT_BODY_WORDS
            or word in patterns().title_words
            or tag in _NOT_PARENT_TAGS
            or (len(word) == 1 and (word in NOT_IN_NAME or word in PRONOUNS))
        ):
            break
        named = named or (len(word) >= 2 and tag not in ("v", "vn", "vd"))
        pos -= len(word)
        count += 1
    opens = pos == 0 or not _HAN.match(text, pos - 1) or edges.words.get(pos) in _PARENT_OPENERS
    return pos if named and opens and pos < start else start


#: A ship named in quotes right before a title (“雪龙”号 | 船长, “科斯塔·康科迪亚”号 | 船长).
_SHIP_BEFORE = pattern_cache.compile(r"[“「][^”」，。]{1,12}[”」]号$")


def _nouns_before(
    text: str, edges: Edges, title_start: int, named_after: bool = False
) -> tuple[int, int] | None:
    """A body known by a name without a suffix right before the title (通灵珠宝 | 总裁, 中信证券
    | 宏观分析师, 新浪乐居 | 总经理): the nouns written before it, back to punctuation, a verb or
    a function word (at most :data:`MAX_NAME_WORDS` words), when they are not a bare suffix or a
    generic word (公司 | 总经理 names no body)."""
    pos = title_start
    count = 0
    while pos in edges.words and count < MAX_NAME_WORDS:
        word = edges.words[pos]
        if not _NAME_WORD.fullmatch(word) or word in BREAK_WORDS or word in NOT_BODY_WORDS:
            break
        if len(word) > 1 and word in LEADING_WORDS:
            break  # 时任 | 国家总理: a word of office or time stands before a body, in none
        if len(word) == 1:
            # jieba cuts an unknown name into characters (通|灵|珠宝): a character is part of it
            # unless it is a function word or a pronoun.
            if word in NOT_IN_NAME or word in PRONOUNS:
                break
            if LEADING_JUNK.fullmatch(word) and (pos == 1 or not _HAN.match(text, pos - 2)):
                # 经 | 放射科 | 医师, 据 | 通|灵|珠宝: a preposition opening the clause is no part
                # of the name (inside one it may be: 中|经|联盟)
                break
        elif word in patterns().title_words:
            break
        elif word_tag(word) in NOT_NAME_TAGS and not (
            count == 0 and len(word) == 2 and word[-1] in BODY_LAST and word_tag(word) == "v"
        ):
            # the body's last word right before the title may be mis-tagged (诊所, tagged a
            # verb: 荣|新|诊所 | 副院长)
            break
        elif _is_name_word(word) and not (named_after and count == 0 and len(word) >= 3):
            # a person (王广善总经理、研究院总经理上官建华); but with the person named after the
            # title, a word of three characters or more jieba tags as a name right before it is
            # the body (格兰仕 | 副总裁 | 陆骥烈, 申银万国 | 首席分析师 | 罗鶄)
            break
        pos -= len(word)
        count += 1
    name = text[pos:title_start]
    if len(name) < 2 or name in GENERIC_NAMES or name in org_patterns().suffixes:
        return None
    if name.endswith(FIELD_ENDS):
        return None  # 医药行业 | 首席分析师: a field of work, no body
    if name[0] in UNNAMED:
        return None  # 某集团, 该公司: a body not named
    if count == 1 and tokenizer().freq(name) > COMMON_NOUN_FREQ:
        return None  # a common noun (俱乐部, 特区, 企业): no name
    return pos, title_start


# Last words of a field of work, never of a body (医药行业, 农林牧渔行业, 新能源板块, and a post's
# portfolio: 外交与安全政策 | 高级代表, 非洲事务 | 特别代表).
FIELD_ENDS = ("行业", "领域", "板块", "产业", "政策", "事务")


def _later_body(
    doc: Doc,
    index: int,
    edges: Edges,
    title_start: int,
    name_start: int,
    span: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """课题组负责人、厦大公共卫生学院院长夏宁邵, 载人航天工程总指挥、中央军委委员、…常万全: posts
    listed with 、 where the first names no body (none, or words holding no body's name)
    and a later one opens with a named body. The official is read from that body on (its
    posts at that body are the title): the posts before it are at no body the text names.
    Where the first post is at a body, posts at two bodies stay one title (台北马偕医院小儿感染科
    资深主治医师、儿童保健协会秘书长: the first body, the rest the title)."""
    text = doc.paragraphs[index]
    bodies: list[tuple[int, int]] = shared(  # once per paragraph, in text order
        doc,
        ("mention_spans", index),
        lambda: sorted(
            {(s, e) for s, e, _ in organization_mentions(text, doc.tokens[index], edges)}
        ),
    )
    if span is not None:
        named = org_patterns().named
        words = text[span[0] : span[1]]
        first = bisect_left(bodies, (span[0], -1))  # the first body starting in the span
        if (
            (first < len(bodies) and bodies[first][1] <= span[1])
            or any(text[k : span[1]] in named for k in range(span[0], span[1] - 1))
            or (words[-1] in NOT_LAST_IN_NAME and edges.words.get(span[1]) != words)
            or words == CENTRAL
            or _full_place_before(text, span[1]) == span[0]  # 青岛市 | 副市长、市公安局局长
        ):
            # the first post is at a body (北京2008奥组委: a body's last character, not one
            # word of a kind such as 课题组): posts at two bodies stay one title
            return None
    for org_start, org_end in bodies[bisect_right(bodies, (title_start, len(text))) :]:
        if org_start >= name_start:
            break
        if (
            org_end < name_start
            and text[org_start - 1] == "、"
            and not text.startswith("、", org_end)
        ):
            return org_start, org_end
    return None


def _known_start(text: str, start: int) -> int:
    """Where a body found from ``start`` really starts when a known name runs over that point
    (三 | 总大肠直肠外科: 三总 is a medical centre's short name; the rules stopped at the
    numeral), else ``start``."""
    named = org_patterns().named
    for size in (2, 3, 4):
        for k in range(max(0, start - size + 1), start):
            if text[k : k + size] in named:
                return k
    return start


def _country_of_known(text: str, tokens: list[Token], span: tuple[int, int]) -> int:
    """Where a body known by name starts with the country written right before it (韩国 | 央行
    | 行长: 韩国央行, as the organisation facts read it), else where it starts."""
    start = span[0]
    if text[start : span[1]] not in org_patterns().known_names:
        return start
    k = token_at(tokens, start - 1)
    if k >= 0 and tokens[k].end == start and tokens[k].word in COUNTRIES - {"中国"}:
        return tokens[k].start
    return start


def _names_body(text: str, span: tuple[int, int], edges: Edges) -> bool:
    """The words ``span`` before a field of work name a body: a name with a body's suffix or a
    known one, or one word of three characters or more (申银万国, 国泰君安)."""
    name = text[span[0] : span[1]]
    if name in org_patterns().named or find_in_run(text, span[0], span[1], edges):
        return True
    return edges.words.get(span[1]) == name and len(name) >= 3


def _field_before(text: str, pos: int, ends: dict[int, int]) -> int | None:
    """Where a field of work starts that is written right before a title (申银万国 | 医药行业 |
    首席分析师, 研究部的 | 农林牧渔 | 行业 | 首席分析师): a token ending with a word of
    :data:`FIELD_ENDS`, or such a word alone after a noun of two characters or more. The field
    tells what the post covers: it is no part of the title, and the body is the one named before
    it."""
    begin = _word_ending(pos, ends)
    if begin is None or pos - begin < 2 or not text.endswith(FIELD_ENDS, begin, pos):
        return None
    if pos - begin > 2:
        return begin  # 医药行业: one word
    first = _word_ending(begin, ends)
    if first is None or begin - first < 2 or word_tag(text[first:begin]) not in FIELD_TAGS | {"j"}:
        return None
    return first


# First characters of a body that is not named (某集团, 该公司, 本市).
UNNAMED = frozenset("某该本这那各其此")
# One-character pronouns, verbs and joiners that are no part of a body's name (我, 其, 问, 暨).
PRONOUNS = frozenset("我你他她它其问请让叫由暨兼")
# Words before a title that name no body (记者, 我们, 嘉宾…).
NOT_BODY_WORDS = frozenset(("记者", "嘉宾", "主持人", "网友", "专业", "著名", "资深", "知名"))
# One word more frequent than this in jieba's dictionary is a kind, not a body's name (俱乐部
# 1958, 特区 945; 新浪 653, 央行 390 and 足协 398 are names).
COMMON_NOUN_FREQ = 900
# At most this many words make a body's name without a suffix.
MAX_NAME_WORDS = 4
_NAME_WORD = pattern_cache.compile(r"[\p{Han}A-Za-z0-9·•&]+")


# Characters that complete a one-character verb (拿起, 出了, 带来): after one, that verb is no part
# of the name before it.
VERB_COMPLEMENTS = frozenset("起来去了着过出到完好")

# Tags of a one-character word that starts the next word after a full-length name.
NEXT_WORD_TAGS = frozenset(
    ("v", "p", "d", "c", "r", "t", "f", "u", "uj", "ul", "uv", "ud", "ug", "uz", "i")
)

# How far after a name ending with 和 a title makes 和 a joiner (叶璇和销售经理田源).
MAX_TITLE_AFTER_JOINER = 10

# One-character words that follow a subject: a preposition, an adverb or a light verb (张三用…,
# 李四在…, 王五也…, 李云飞竟…), 的 (上将吕正操的遗体), or 今/昨 of a dateline's day
# (何一成今（16）日表示, 王五昨指出), or a verb of motion (贾新光来做评论, 李建华去了现场).
# A name the tokens end right before one of them is a name.
AFTER_NAME_WORDS = frozenset(
    "在于对向给把被将已也都就还又曾则便用以让由跟的竟却仍再才更亦均即今昨来去到"
    "赴率致驻"  # a leader's travel, lead, address and posting (市长杨国强赴北京, 郑建新致欢迎辞,
    # 第一书记王刚驻村以来)
    "所"  # 院长刘振华所作的工作报告: the particle before the verb
    "因"  # 原局长陈勇因严重违纪…: the cause after the name
)
#: One-character words that end a country's official's name read up to a cue (武契奇|时表示: the
#: clause's "when"), besides the characters that never end a name.
_AFTER_FOREIGN_NAME = ALWAYS_TRIM | AFTER_NAME_WORDS | frozenset("时")

# One-character words that may stand right before a name said before its title (杂志社的李栓科社长,
# 问孙楠总监, 请王强董事长).
# (seventeenth session: 在李强总理见证下, 应习近平主席邀请, 经王刚局长批准)
BEFORE_NAME = frozenset("的问请向和与及对由让给被把同跟为称有是在应经")


#: Last characters of the places below a county, which the gazetteer does not hold (红星村,
#: 青山镇, 益庆乡): before a post they name a body, no person.
_PLACE_LEVEL_ENDS = frozenset("村镇乡屯寨")


def _names_before_titles(
    text: str, scan: list[tuple[int, int]], ends: dict[int, int], pats: Patterns, titled: set[int]
) -> list[tuple[int, int, str, str, None, str]]:
    """习近平总书记, 得到刘淇书记批示, 杂志社的李栓科社长: a name right before a title token, as
    jieba's tokens tell it (the name ends where the title starts, and starts after punctuation, a
    word of two or more characters or a one-character word of :data:`BEFORE_NAME`)."""
    found: list[tuple[int, int, str, str, None, str]] = []
    for title_start, title_end in scan:  # a title of whole tokens (副|主任; not 部长 in 部|长江)
        if title_start in titled or not _whole_tokens(title_start, title_end, ends):
            continue
        follower = _word_at(text, title_end, ends)
        if follower in org_patterns().suffixes or follower.startswith(_long_suffixes()):
            continue  # 律师 | 事务所(律师): the title word starts a body's name
        latin = _LATIN_BEFORE.search(text, max(0, title_start - 30), title_start)
        if latin is not None and text[title_start:title_end] in TITLES_AFTER_NAME:
            # Walker上尉, Smith教授: a capitalised Latin name before a title said after a name
            name = latin.group()
            found.append((latin.start(), title_end, name, text[title_start:title_end], None,
                          "official.name_title"))  # fmt: skip
            continue
        translit = _translit_before(text, title_start, ends)
        if translit is None and text[title_start:title_end] in HEADS_OF_STATE:
            translit = _short_foreign_before(text, title_start, ends)
        if (
            translit is not None
            and text[translit:title_start] not in org_patterns().named
            and text[translit:title_start] not in COUNTRIES  # 塞尔维亚总统: the country's head
        ):
            found.append((translit, title_end, text[translit:title_start],
                          text[title_start:title_end], None, "official.name_title"))  # fmt: skip
            continue
        for start in range(max(0, title_start - 4), title_start - 1):
            if start not in ends or not _opens_name(text, start, ends):
                continue
            name_ends = _name_ends(text, start, ends, pats)
            if _translit_run(text, start, ends) == title_start:
                name_ends = [title_start]  # 维德探长, 杰克船长: a transliterated name
            name = text[start:title_start]
            if name[-1] in MAY_TRIM or any(p in titled for p in range(start, title_start)):
                break  # 陈立和部长…: 和 joins two persons; or the name of an official found
            if name in org_patterns().named:
                break  # 阿里巴巴总裁: a company's name before its officer's title
            if name in COUNTRIES or lookup(name) is not None:
                break  # 乌克兰总统: a country or a place before its head's title
            if name[-1] in _PLACE_LEVEL_ENDS and name[0] not in single_surnames():
                # 红星村党支部书记: a village or a town the gazetteer lacks, no person (张国镇副市长
                # opens with a surname: a person)
                break
            if (
                name[0] == "任"
                and text[start - 1 : start] in _POST_VERB_LEADS
                and _is_common(name[1:])
            ):
                break  # 此前任 | 央行行长助理: the verb of holding a post (not 随后任振鹤省长)
            if (name_ends[:1] == [title_start] and is_name(name, tokens_agree=True)) or (
                ends.get(start) == title_start
                and (
                    (text[title_start:title_end] in TITLES_AFTER_NAME and _known_leader(name))
                    # (twentieth session) one token jieba tags a name, right before the title,
                    # up to a known name's count (中国人民大学王明教授: 王明 368; not 谢谢 1088)
                    or (
                        len(name) <= 3
                        and _surname_size(text, start, pats) > 0
                        and _is_name_word(name, FOREIGN_MAX_FREQ)
                        and is_name(name, tokens_agree=True, max_freq=FOREIGN_MAX_FREQ)
                    )
                )
            ):
                rule = "official.name_title"
                found.append((start, title_end, name, text[title_start:title_end], None, rule))
                break
    return found


def _past_title_after_name(text: str, at: int) -> int:
    """Past a title said after a name and the 、 after it (院士、 in 吴朝晖院士、党委书记), else
    ``at``."""
    for title in TITLES_AFTER_NAME:
        if text.startswith(title, at) and text.startswith("、", at + len(title)):
            return at + len(title) + 1
    return at


def _translit_before(text: str, title_start: int, ends: dict[int, int]) -> int | None:
    """The start of a transliterated name of three characters or more that ends where a title
    starts (梅德韦杰夫总统, 阿列克谢·库兹涅佐夫上校): the longest run of whole tokens of
    transliteration characters, its parts joined by dots, that opens a name, begins with no
    place (伊朗|内贾德) and has no part that is a common word."""
    if title_start < 3 or text[title_start - 1] not in TRANSLIT:
        return None  # most titles: no transliteration character right before
    longest = MAX_TRANSLIT * 2 + 1
    for start in range(max(0, title_start - longest), title_start - 2):
        if start not in ends or not _opens_name(text, start, ends):
            continue
        if lookup(text[start : ends[start]]) is not None:
            continue  # 俄罗斯|…: a country before the name
        pos = start
        while pos < title_start:
            end: int | None = _translit_run(text, pos, ends)
            if end == pos:  # a common word, not tagged a transliterated name (约翰 is)
                break
            if pos == start and end == title_start:  # no dot: three characters or more
                end = _translit_end(text, pos, ends)
            if end is None or (end != title_start and text[end] not in NAME_DOTS):
                break
            pos = end if end == title_start else end + 1
        if pos == title_start:
            return start
    return None


# Posts a foreign leader's short name comes before (普京总理, 奥朗德总统).
HEADS_OF_STATE = frozenset(("总统", "总理", "首相", "国王", "女王", "议长", "主席"))


def _short_foreign_before(text: str, title_start: int, ends: dict[int, int]) -> int | None:
    """普京总理: a two-character word starting with a transliteration character right before a
    head of state's title, one whole token that opens a name, that jieba tags a name or a place
    and that is no place of the gazetteer nor a country (jieba tags 普京 a place)."""
    start = title_start - 2
    if start < 0 or ends.get(start) != title_start or not _opens_name(text, start, ends):
        return None
    word = text[start:title_start]
    if word[0] not in TRANSLIT or lookup(word) is not None or word in COUNTRIES:
        return None
    return start if tokenizer().tag(word)[0][1] in ("nrt", "nr", "ns") else None


# Verbs between a person and the post that person holds (张三是北京大学教授, 李四现任省委书记,
# 王五被任命为财政部部长): traditional forms too.
COPULAS = (
    *("是", "系", "为", "為", "任", "现任", "現任", "出任", "接任", "担任", "擔任", "升任", "兼任"),
    *("调任", "調任", "获任", "獲任", "当选", "當選", "当选为", "當選為", "任命为", "任命為"),
    *("被任命为", "被任命為"),
    # (fifteenth session) a post held already, in turn or given up (龚旗煌已任…, 杨帆同志不再担任…
    # 职务, 刘振亚卸任…董事长); not the posts of a career (曾任, 历任: the CLUENER mapping reads
    # no official across them, and the person holds none of them now)
    *("已任", "拟任", "转任", "改任", "继任", "不再担任", "不再兼任"),
    *("卸任", "辞去", "辞任"),
)
#: 免去 + a name + (同志)的 right before the body of the post taken away: the 的 stands where a
#: copula would.
_REMOVED_FROM = pattern_cache.compile(r"(?<=免去\p{Han}{2,4}?)(?:同志)?的$")
#: The head of a CV's entry: a name, then the sex (周丽娟，女，…; 被告人王富玉，男，…), at the
#: start of a paragraph or a sentence, or after a label's colon (拟任人选：周丽娟，女，…).
_CV_HEAD = pattern_cache.compile(
    r"(?:^|(?<=[。；;！？\n：:]))(?:被告人|犯罪嫌疑人)?(?P<name>\p{Han}{2,4})[，,]\s*[男女][，,（(]"
)
#: The head of a team is an official's post only at a team of public work (国家统计局广州调查队
#: 队长, 驻村工作队队长, 执法队副队长), never at a sports team (中国女排队长, 战队的队长).
TEAM_POSTS = frozenset(("队长", "副队长"))
SERVICE_TEAMS = (
    *("调查队", "工作队", "执法队", "稽查队", "医疗队", "救援队", "消防队", "巡逻队", "考察队"),
    *("科考队", "勘探队", "地质队", "工程队", "服务队", "突击队", "防疫队", "宣讲队", "大队"),
    *("支队", "中队", "总队"),
)
#: Characters before 任 that make it the verb of holding a post (此前任, 曾任, 先后任, 兼任).
_POST_VERB_LEADS = frozenset("前曾现后历兼出担继接调升拟转改已并再又")
#: Words of address after a name in appointments (任命刘建国同志为…局长, 李强同志任…书记).
COMRADES = ("同志",)
_COPULA_ANYWHERE = pattern_cache.compile("|".join(pattern_cache.longest_first(COPULAS)))
_COPULA_BEFORE = pattern_cache.compile(f"(?:{_COPULA_ANYWHERE.pattern})$")
# The longest body written between a copula and the title it holds.
MAX_POST_BODY = 40
# Where the post said after a copula ends: punctuation, a bracket or the end (…院长的张三 is the
# other order, found by the title rules).
_POST_END = pattern_cache.compile(
    r"(?:的?职务(?:的(?:请求|申请))?|一职|后)?(?:[，。；：！？,.;:!?、（）()\[\]【】」』”\s]|$)"
)


def _body_or_place_before(text: str, edges: Edges, title_start: int) -> tuple[int, int] | None:
    """The named body before a title, else a place whose head the title is (深圳市 | 市长)."""
    return _organization_before(text, edges, title_start) or _place_before(text, title_start)


#: The last characters of a body before a listed post (市纪委 | 书记, 县监委 | 主任, 市委办公室 |
#: 主任), and the longest such body read.
_LISTED_BODY_LAST = frozenset("委局厅部办院所处室司府会")
MAX_LISTED_BODY = 9


def _next_post(text: str, pos: int, title_at: dict[int, int]) -> int | None:
    """The end of the post listed at ``pos`` after a 、: a title right there, or a body of Han
    characters and its title (市纪委书记)."""
    if pos in title_at:
        return title_at[pos]
    for end in range(pos + 1, min(len(text), pos + MAX_LISTED_BODY) + 1):
        if not _HAN.match(text, end - 1):
            return None
        last = text[end - 1]
        if (last in _LISTED_BODY_LAST or last in PLACE_LAST) and end in title_at:
            return title_at[end]  # 市 | 纪委书记, 县监委 | 主任
    return None


def _names_then_posts(
    text: str,
    scan: list[tuple[int, int]],
    ends: dict[int, int],
    edges: Edges,
    pats: Patterns,
    titled: set[int],
) -> list[tuple[int, int, str, str, str, str]]:
    """张三是北京大学教授, 李四接任文物局局长, 委任王五教授为中医药学院院长: a name, a copula
    (:data:`COPULAS`), a named body and a title that ends the clause. The body is required: 他是
    公司总经理 and 张三是总经理 name no body, and a bare copula reads too many clauses."""
    found: list[tuple[int, int, str, str, str, str]] = []
    title_at = dict(scan)
    for title_start, title_end in scan:
        while text.startswith("、", title_end):
            # 任长沙市委常委、秘书长: the posts listed; 任市委常委、市纪委书记: each at its body
            nxt = _next_post(text, title_end + 1, title_at)
            if nxt is None:
                break
            title_end = nxt
        if title_start in titled or not _POST_END.match(text, title_end):
            continue
        low = max(0, title_start - MAX_POST_BODY)
        if (
            not _COPULA_ANYWHERE.search(text, low, title_start)
            and "免去" not in text[low:title_start]
        ):
            continue  # no copula near enough: no body needs finding
        # the body, or a place whose head the title is (林峰辞去深圳市市长职务)
        span = _body_or_place_before(text, edges, title_start)
        if span is None or span[0] in titled:
            continue
        copula = _COPULA_BEFORE.search(text, max(0, span[0] - 4), span[0])
        if copula is None:
            # 免去张志强的教育部副部长职务: a post taken away, the name between 免去 and 的
            copula = _REMOVED_FROM.search(text, max(0, span[0] - 12), span[0])
        if copula is None or copula.start() not in ends:  # the copula starts a token
            continue
        before = copula.start()
        if text[before - 1 : before] in "，," and before > 0:
            # 周丽娟，女，1975年8月生，现任市财政局副局长: a CV's entry names its person first
            head = _CV_HEAD.search(text, 0, before)
            if head is not None and not _SENTENCE_ENDS.search(text, head.end(), before):
                name = head.group("name")
                if is_name(name, tokens_agree=True, max_freq=CUED_NAME_MAX_FREQ):
                    title = _strip_title(text[title_start:title_end])
                    found.append((head.start("name"), title_end, name, title,
                                  text[span[0] : span[1]], "official.name_post"))  # fmt: skip
            continue
        after_name = next(  # 吕爱平教授为…: a title said after the name, before the copula
            (
                t
                for t in (*TITLES_AFTER_NAME, *COMRADES)
                if text.endswith(t, 0, before) and len(t) < before
            ),
            "",
        )
        name_end = before - len(after_name)
        for start in range(max(0, name_end - 4), name_end - 1):
            if start not in ends or not _opens_name(text, start, ends):
                continue
            name = text[start:name_end]
            # the first reading, or a shorter one the copula cuts (李 | 明 | 为: 李明为 and 李明)
            # a copula and a post make a name jieba knows well a person's (张伟任…党委书记)
            if _name_read(text, start, name_end, ends, pats, CUED_NAME_MAX_FREQ):
                title = _strip_title(text[title_start:title_end])
                found.append((start, title_end, name, title, text[span[0] : span[1]],
                              "official.name_post"))  # fmt: skip
                break
    return found


def _name_read(
    text: str, start: int, end: int, ends: dict[int, int], pats: Patterns, max_freq: int
) -> bool:
    """``text[start:end]`` ends where the name read at ``start`` ends (the first reading or a
    shorter one: 李 | 明 | 为 → 李明) and is a name."""
    return end in _name_ends(text, start, ends, pats)[:2] and is_name(
        text[start:end], tokens_agree=True, max_freq=max_freq
    )


#: An appointment before a name and 为 before the post (公司聘任刘洋先生为公司财务总监, 会议任命
#: 张伟为副市长, 董事会选举王刚先生为公司董事长): a person given a post, though no body is named.
_APPOINTED = pattern_cache.compile(
    r"(?:聘任|聘请|任命|委任|选举|推选|提名|增补)(?P<name>\p{Han}{2,4}?)(?:先生|女士|同志)?为"
    r"(?:公司|本公司|该公司|集团|本行|该行|公司第[一二三四五六七八九十]+届董事会)?$"
)
#: How far before a post an appointment is looked for.
MAX_APPOINTED = 24


def _appointed(
    text: str,
    scan: list[tuple[int, int]],
    ends: dict[int, int],
    pats: Patterns,
    titled: set[int],
) -> list[tuple[int, int, str, str, None, str]]:
    """聘任刘洋先生为公司财务总监: the name after an appointing verb and the post after 为."""
    found: list[tuple[int, int, str, str, None, str]] = []
    for title_start, title_end in scan:
        if title_start in titled or not _POST_END.match(text, title_end):
            continue
        post_start = _modifiers_before(text, title_start, ends, pats)  # 财务 | 总监
        m = _APPOINTED.search(text, max(0, post_start - MAX_APPOINTED), post_start)
        if m is None or m.start("name") not in ends:
            continue
        start, name = m.start("name"), m.group("name")
        if not _name_read(text, start, m.end("name"), ends, pats, NAME_MAX_FREQ):
            continue
        title = _strip_title(text[post_start:title_end])
        found.append((start, title_end, name, title, None, "official.name_post"))
    return found


#: After a post: 由 + a name + the verb of holding it (市财政局局长由黄茂军担任, 局长一职由费东斌
#: 接任).
_HELD_BY = pattern_cache.compile(
    r"(?:一职)?(?:改|将|则|仍)?由(?P<name>\p{Han}{2,4}?)(?:同志|先生|女士)?"
    r"(?:担任|接任|兼任|出任|继任|代理|暂代|接替)"
)


def _held_by(
    text: str,
    scan: list[tuple[int, int]],
    ends: dict[int, int],
    edges: Edges,
    pats: Patterns,
    titled: set[int],
) -> list[tuple[int, int, str, str, str | None, str]]:
    """省卫生健康委员会主任由孙军担任: a post, then the name of who holds it after 由; the body is
    the one named before the post, if any."""
    found: list[tuple[int, int, str, str, str | None, str]] = []
    for title_start, title_end in scan:
        if title_start in titled:
            continue
        m = _HELD_BY.match(text, title_end)
        if m is None or m.start("name") not in ends:
            continue
        name = m.group("name")
        if not _name_read(text, m.start("name"), m.end("name"), ends, pats, CUED_NAME_MAX_FREQ):
            continue
        post_start = _modifiers_before(text, title_start, ends, pats)
        span = _body_or_place_before(text, edges, post_start)
        body = text[span[0] : span[1]] if span else None
        title = _strip_title(text[post_start:title_end])
        found.append((span[0] if span else post_start, m.end("name"), name, title, body,
                      "official.held_by"))  # fmt: skip
    return found


def _known_leader(name: str) -> bool:
    """A name jieba's dictionary counts too often to pass :data:`NAME_MAX_FREQ` (胡锦涛 557,
    江泽民 2414: the dictionary's own leaders) is a name right before a title said after a name
    (胡锦涛主席, 周恩来总理): one whole token of a surname and two characters, no place."""
    return _surname_and_two(name) and name[-1] not in ALWAYS_TRIM and name[-1] not in BODY_LAST


#: A Latin acronym in brackets after a body's name: an alias, no part of the name.
_BRACKETED_ACRONYM = pattern_cache.compile(r"[（(][A-Za-z]{2,10}[）)]$")


def _without_acronym(text: str, start: int, end: int) -> str:
    """The body's name without a bracketed acronym after it (世界卫生组织（WHO） → 世界卫生组织)."""
    found = _BRACKETED_ACRONYM.search(text, start, end)
    return text[start : found.start() if found else end]


#: At most this many characters between a caption's opening bracket and its title.
MAX_CAPTION = 40
_CAPTION_BREAK = pattern_cache.compile(r"[：:，,。；;]")


def _captioned(
    text: str,
    scan: list[tuple[int, int]],
    edges: Edges,
    pats: Patterns,
    titled: set[int],
    tokens: list[Token],
) -> list[tuple[int, int, str, str, str | None, str]]:
    """王丽英（北京市昌平区医院儿科主任）：: a name, then its body and post in brackets (the
    caption of an interview). The text runs from the name to the title."""
    found: list[tuple[int, int, str, str, str | None, str]] = []
    ends = edges.words_from
    for title_start, title_end in scan:
        if title_start in titled or text[title_end : title_end + 1] not in ("）", ")"):
            continue
        opening = max(text.rfind("（", 0, title_start), text.rfind("(", 0, title_start))
        if opening < 2 or title_start - opening > MAX_CAPTION:
            continue
        if _CAPTION_BREAK.search(text, opening, title_start):
            continue  # （新浪认证：汪潮涌为…董事长）: a sentence in brackets, no caption
        for start in range(max(0, opening - 4), opening - 1):
            if start in ends and _opens_name(text, start, ends):
                if (
                    _surname_size(text, start, pats)
                    and _chinese_name(text, start, ends, pats) == opening
                ):
                    first = _modifiers_before(text, title_start, ends, pats)
                    # the bracket holds the body and its units before the post, as written
                    span = _organization_before(text, edges, first, opening + 1)
                    named = (span and span[0] == opening + 1) or any(
                        s == opening + 1 for s, _, _ in organization_mentions(text, tokens, edges)
                    )
                    body = text[opening + 1 : first] if named and first > opening + 1 else None
                    title = text[first:title_end]
                    rule = "official.name_caption"
                    found.append((start, title_end, text[start:opening], title, body, rule))
                break
    return found


#: Determiners before a kind of body that leave it unnamed (某律师事务所, 该研究所).
UNNAMING = frozenset("某该本这那此其")


def _body_before_name(text: str, edges: Edges, name_start: int) -> tuple[int, int] | None:
    """The named body right before a name said before its title, or before 的 there
    (南京大学法学院周长征副教授, 中国科学院武汉物理与数学研究所的雷皓教授): a name with a suffix or
    one known, ending where the name (or its 的) starts; ``None`` when anything else stands
    between."""
    end = name_start - 1 if text.startswith("的", name_start - 1) else name_start
    if end < 2:
        return None
    span = _organization_before(text, edges, end)
    if span is None and end == name_start:
        # 卫生局药物食品管理科 | 陈耀扬科长: the nouns of a unit written right before the name
        span = _nouns_before(text, edges, end)
        if span is not None and not text.endswith(UNIT_ENDS, *span):
            span = None
    if span is None or span[1] != end or text[span[0] - 1 : span[0]] in UNNAMING:
        return None  # 某律师事务所 | 徐骏律师: a body left unnamed
    return span


@cache
def _long_suffixes_of(_version: int) -> tuple[str, ...]:
    return tuple(sorted(s for s in org_patterns().suffixes if len(s) >= 2))


def _long_suffixes() -> tuple[str, ...]:
    """The suffixes of bodies' names of two characters or more (事务所, 委员会)."""
    return _long_suffixes_of(version())


def _whole_tokens(start: int, end: int, ends: dict[int, int]) -> bool:
    """``start``–``end`` is one token or more."""
    while start < end and start in ends:
        start = ends[start]
    return start == end


def _opens_name(text: str, start: int, ends: dict[int, int]) -> bool:
    """A name may start at ``start``: after punctuation, a word of two or more characters, a
    one-character word of :data:`BEFORE_NAME` or a body's last character (经济|所|秦尊文所长);
    never right after a digit (8 | 位老手医师: a count's measure word)."""
    if start > 0 and text[start - 1].isdecimal():
        return False
    if start == 0 or not _HAN.match(text, start - 1):
        return True
    pos = start - 1
    while pos > 0 and pos not in ends:
        pos -= 1
    return ends.get(pos) == start and (
        start - pos >= 2 or text[pos] in BEFORE_NAME or text[pos] in BODY_LAST
    )


#: The rules of an official whose post is written before the name: names listed after it share
#: the post.
LISTING_RULES = frozenset(("official.title_name", "official.org_title_name"))


def extract(doc: Doc) -> list[Fact]:
    pats = patterns()
    excluded = set(doc.metadata.authors) | set(doc.metadata.editors)
    facts: list[Fact] = []
    seen: set[str] = set()
    listed_after: list[tuple[int, int, int, str, str | None]] = []  # paragraph, span, post, body
    for index, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        edges: Edges | None = None  # computed for the first title of the paragraph
        found: list[tuple[int, int, str, str, str | None, str]] = []
        words_at: dict[int, str] | None = None
        ends: dict[int, int] | None = None
        titled: set[int] = set()  # positions inside the titles and names of the officials found
        scan = _titles(text, pats)
        if not scan:
            continue  # no title: no official
        ends = _title_glued_to_name(text, tokens, scan)
        for match in _title_matches(text, scan, pats):
            group = next(g for g in ("name", "latin", "han") if match.group(g) is not None)
            name_start = match.start(group)
            if group == "name":
                ends = ends or {t.start: t.end for t in tokens}
                if not _lost_dot_between(text, name_start, match.end(group), ends):
                    group = "han"  # no dot (院长李明？安德…): a name that ends before it
            if group == "han":
                ends = ends or {t.start: t.end for t in tokens}
                name_end = _chinese_name(text, name_start, ends, pats)
                if name_end is None:
                    continue
                if any(ch in TRANSLIT for ch in text[name_start + 1 : name_end]):
                    name_end = _translit_tail(text, name_end, ends)
                if name_end - name_start >= 3 and text[name_end - 1] == "于":
                    name_end -= 1  # 董事会秘书刘洋于近日, 总统普京于5日: the preposition of a time
                name = text[name_start:name_end]
                gap = text[match.end("title") : name_start]
                if gap == "的" and not _no_common_word(name):
                    continue  # 主席的衣领: after 的 a dictionary word is what the title owns
            elif group == "name":  # dotted: its last part is whole tokens (马卡罗夫|当天)
                ends = ends or {t.start: t.end for t in tokens}
                dotted_end = _dotted_end(text, match.start(group), match.end(group), ends)
                if dotted_end is None:
                    continue
                name_end = dotted_end
                name = text[name_start:name_end]
            else:
                name = match.group(group)
                name_end = match.end(group)
                if not is_name(name) or name in pats.title_words:
                    continue  # 总裁ceo: a title, not a name
            ends = ends or {t.start: t.end for t in tokens}
            post_start = _modifiers_before(text, match.start("title"), ends, pats)
            post_start = _glued_ministry(text, tokens, post_start)
            # 申银万国 | 医药行业 | 首席分析师: the body is sought before the field of work
            field = _field_before(text, post_start, ends)
            title_start = start = post_start if field is None else field
            edges = edges or paragraph_edges(doc, index)
            organization: str | None = None
            span = _find_organization(text, edges, title_start, name_start, ends)
            mission = _mission(text, span, title_start) if span is not None else None
            if mission is not None:
                # 中国驻美国大使崔天凯, 驻村第一书记: the place a mission is in belongs to the title
                # (驻美国大使); the country or body sending it, written before 驻, is the body
                title_start = start = mission[0]
                span = mission[1]
            if field is not None and span is not None and not _names_body(text, span, edges):
                span = None  # 地球系统 | 科学研究领域 | 科学家: words of the field, no body
            if span is not None and not titled.isdisjoint(range(span[0], title_start)):
                # A body or a title never runs over an official found before (A和销售经理B,
                # 财政部长保尔森和纽约储备银行行长盖纳): the body is sought after that one.
                floor = max(p for p in titled if p < title_start) + 1
                floor += text.startswith(JOINERS, floor)  # past 和/与/及
                span = (
                    _organization_before(text, edges, title_start, floor)
                    if floor < title_start
                    else None
                )
            if span is None:
                span = _page_body_before(doc, text, title_start, ends)
            elif span[0] > 0:
                span = (_known_start(text, span[0]), span[1])
                span = (_country_of_known(text, tokens, span), span[1])
            titled.update(range(title_start, name_end))
            unit = _pronoun_department(text, title_start, ends)
            if unit is not None:
                # 该院外科部 | 医师: the department of the body the pronoun points back to
                span = (unit[1], title_start)
            if span is not None:
                start, title_start = span
                organization = complete_organization(_without_acronym(text, *span), doc)
                if unit is not None:
                    body = _referent(doc, index, unit[0], text[unit[0] : unit[1]])
                    organization = body + organization if body else organization
                elif _bare_department(text, span, edges):
                    body = _holder_before(doc, index, span[0])
                    organization = body + organization if body else organization
                    space = span[0] - 1
                    if body and text[space : span[0]].isspace() and text.endswith(body, 0, space):
                        # 嘉义基督教医院 家庭医学科主任: the body written right before, past a
                        # space, is in the span and in the name as written
                        start = space - len(body)
                        organization = text[start : span[1]]
            if field is not None:
                title_start = post_start  # the field is no part of the post
                start = start if span is not None else post_start
            title = _strip_title(text[title_start:name_start])
            if "、" in title:
                later = _later_body(doc, index, edges, title_start, name_start, span)
                if later is not None:
                    start, title_start = later
                    organization = complete_organization(text[start:title_start], doc)
                    title = _strip_title(text[title_start:name_start])
            if title_start - 1 in titled and title_start == start:
                # 校长吴朝晖院士、党委书记任少波: a title said after the last official's name is
                # that one's; this post starts after it
                start = title_start = _past_title_after_name(text, title_start)
                title = _strip_title(text[title_start:name_start])
            ministry = _country_ministry(text, start, name_start, title, organization)
            if ministry is not None:
                start, organization, title = ministry
            cut = _unit_in_title(title)
            if cut and organization:
                # 云南省公安厅 | 禁毒局局长 → 云南省公安厅禁毒局 | 局长: a unit named before
                # the post it heads is the body's
                organization, title = organization + title[:cut], title[cut:]
            rule = "official.org_title_name" if organization else "official.title_name"
            found.append((start, name_end, name, title, organization, rule))
        # Tried only where a word starts with a country's name (most paragraphs name none).
        for pos in [t.start for t in tokens if t.word[:2] in COUNTRIES_AT]:
            match = _foreign(pats.foreign).match(text, pos)
            if match is None:
                continue
            name = match.group("name")
            # The name is whole words (not 府表示 in 法国总统府表示).
            words_at = words_at or {t.start: t.word for t in tokens}
            whole = match.start("name") in words_at and (
                match.end() in words_at or match.end() == len(text)
            )
            name_end = _foreign_name_end(match.start("name"), match.end("name"), words_at)
            if name_end != match.end("name"):
                # 普京|当天, 武契奇|时, 桑切斯|于: a time word or a function word after the name
                name = text[match.start("name") : name_end]  # two characters or more
            # a Slavic transliteration ends with 科 (-ko: 卢卡申科), which ends no department here
            spelt = name.endswith("科") and len(name) >= 3 and is_name(name[:-1])
            first = words_at.get(match.start("name"), "")
            if (
                len(first) >= 2
                and tokenizer().freq(first) > NAME_MAX_FREQ
                and not _is_name_word(first)
            ):
                continue  # 总统 | 候选人特朗普, 总统 | 助理乌沙科夫: a common word, no name yet
            if whole and (is_name(name) or spelt) and all(f[2] != name for f in found):
                # 巴西总统卢拉·达席尔瓦: a name read shorter at the same place (卢拉·达, the
                # tokens' end of its last part) is this person's, the longer reading wins
                at = match.start("name")
                found = [f for f in found if not (f[1] - len(f[2]) == at and name.startswith(f[2]))]
                rule = "official.country_title_name"
                org = match.group("org")
                found.append((match.start(), name_end, name, match.group("title"), org, rule))
        ends = ends or {t.start: t.end for t in tokens}
        for start, end, name, title, _, rule in _names_before_titles(
            text, scan, ends, pats, titled
        ):
            edges = edges or paragraph_edges(doc, index)
            span = _body_before_name(text, edges, start)
            organization = complete_organization(text[span[0] : span[1]], doc) if span else None
            found.append((span[0] if span else start, end, name, title, organization, rule))
        edges = edges or paragraph_edges(doc, index)
        posts = _names_then_posts(text, scan, ends, edges, pats, titled)
        if posts:
            # one fact for the person: the copula's, over a name and title inside it (吕爱平教授)
            # (both start at the name: drop the fact the copula's text runs over)
            spans = {(name, start): end for start, end, name, _, _, _ in posts}
            found = [f for f in found if spans.get((f[2], f[0]), -1) < f[1]]
            for start, end, name, title, body, rule in posts:
                found.append((start, end, name, title, complete_organization(body, doc), rule))
        if "为" in text:
            named = {f[2] for f in found}
            for start, end, name, title, _, rule in _appointed(text, scan, ends, pats, titled):
                if name not in named:
                    found.append((start, end, name, title, None, rule))
        if "由" in text:
            named = {f[2] for f in found}
            for start, end, name, title, body, rule in _held_by(
                text, scan, ends, edges, pats, titled
            ):
                if name not in named:
                    organization = complete_organization(body, doc) if body else None
                    found.append((start, end, name, title, organization, rule))
        if "（" in text or "(" in text:
            captioned = _captioned(text, scan, edges, pats, titled, tokens)
            for start, end, name, title, body, rule in captioned:
                organization = complete_organization(body, doc) if body else None
                found.append((start, end, name, title, organization, rule))
        named = {f[2] for f in found}
        previous: tuple[int, str, str | None] | None = None  # end, title, body of the last one
        listing = "、" in text
        for start, end, name, title, organization, rule in sorted(found):
            if name in seen or name in excluded:
                continue
            if organization in named and organization != name:
                # 总统阿罗约的发言人奥莱塔: the person whose aide this is names no body
                start = max(start, text.find(title, start + len(organization), end))
                organization, rule = None, "official.title_name"
            listed = next((n for n in named if n != name and f"{n}、" in title), None)
            if listed is not None:
                # 美国国务卿蓬佩奥、国防部长埃斯珀: the post after the last official's name and its
                # 、 is this one's, at the body they share
                cut = title.index(f"{listed}、") + len(listed) + 1
                start = text.find(title[cut:], start, end)
                title = title[cut:]
            if organization is None and previous is not None:
                organization = _listed_deputy(text, start, title, *previous)
            if organization is None:
                organization = _head_of(doc, index, start, title)
            if title in TEAM_POSTS and not (organization or "").endswith(SERVICE_TEAMS):
                continue  # 中国女排队长朱婷, 队长杜恩: a sports team's captain holds no post
            previous = (end, title, organization)
            seen.add(name)
            facts.append(
                Official(
                    text=text[start:end],
                    paragraph=index,
                    start=start,
                    end=end,
                    rule=rule,
                    name=name,
                    title=title,
                    organization=organization,
                )
            )
            if listing and rule in LISTING_RULES and _shared_post(title):
                for at, stop in _listed_names(text, end, ends, pats, titled):
                    listed_after.append((index, at, stop, title, organization))
    # Names listed after an official's share its post, unless the page gives them their own
    # (醫師何驊、李瑞華 … 放射科醫師李瑞華: the post written with the name is the fact).
    for index, at, stop, title, organization in listed_after:
        name = doc.paragraphs[index][at:stop]
        if name in seen or name in excluded:
            continue
        seen.add(name)
        facts.append(
            Official(
                text=name,
                paragraph=index,
                start=at,
                end=stop,
                rule="official.listed_name",
                name=name,
                title=title,
                organization=organization,
            )
        )
    return facts
