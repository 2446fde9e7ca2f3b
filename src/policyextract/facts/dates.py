"""Dates, resolved against the publication time (去年 → 2023, 6月7日 → 2024-06-07).

The date grammar is data: :data:`RULES` is an ordered list of named patterns in the style of
dateparser, built from a few shared pieces (:data:`PIECES`: a year, a relative year, a month, a
day…). All rules are joined into one alternation, so at any position the first rule that matches
wins: longer forms (ranges, 年+月+日) come before their parts. One resolver reads the named groups
(``y`` year, ``ry`` relative year, ``m`` month, ``d`` day, ``part`` 上半年/年底…) and writes ISO
8601: a year ``2024``, a month ``2024-05``, a day ``2024-06-07`` or an interval ``2024-01/2024-04``.

Conventions (FACTS.md): the text is the date only — 下午, 上午 and clock times (12时55分) are left
out, as is a governing preposition (到2025年 → text 2025年). Vague words (近年来, 目前, 近日, 当前,
日前, 近3年, 年内) and durations (3个月, 5日内) are not dates. Without a publication time relative
forms resolve to ``None``; nothing is ever read off the machine clock.

Decisions beyond FACTS.md: 上年 in a sentence that names a year is the year before it
(2023年GDP比上年增长 → 2022: statistics are published the year after). 上周 is its Monday–Sunday
interval; 本周三/上周五/下周一 are days of that week; a bare 周四 is the last Thursday up to the
publication (told ahead: the coming one); timetables (周一至周五, 每周三) are not dates. A
two-digit year counts only before a month or a part of the year (24年上半年). Decades are
intervals (上世纪90年代 → 1990/1999); 一季度末 is the quarter's last month. A bare month ten or
more months after the publication's is last year's (12月28日 in a January article). 当天 with no
day named before it is the day of the news; 当月/当年 with nothing named before are no dates.
Holidays (春节, 国庆) name no fixed day and are left out, as is 今年以来 beyond its 今年
(大年初一 is no 年初). Full-width digits are digits (２０１２年). A bare day in a new paragraph
is of the month that paragraph names, else of the publication's (unless the month last named is
the publication's); a bare 1月30日 past the publication in a story told in an earlier year goes on
in that year. 今（17）日 is the bracketed day; 昨晚/今晨 are days; 元月 is January; lists give
every member (6、8和9月, 1月24、25日).

Unseen sites (issue 10):

- 当天/当日 right after an occasion's word (发售当日, 开幕当天, 婚礼当天: a verb or time word, a
  word ending in an occasion noun, :data:`_EVENT_WORDS`) is that occasion's day: the day the text
  gives the occasion just before, within a sentence (6月1日发售，发售当日 → June 1st), else a date
  right after that explains it (开幕当天（5月3日）); with neither it is no date. After a subject
  (股价当天) or a governing word (截至当天) 当天 keeps the reading above.
- A bare day count before the name of a period — a two-character word and 期/期限, or 期限
  itself (10日上诉期限, 7日公示期, 30日期限) — is a duration, like 15日内.
- 今日 opening a medium's name is no date: 今日 followed, with no break, by an outlet word (头条,
  说法, 早报, 新闻网, 电视台, 频道, 杂志…), or by one noun and then one (今日美国报). Before any
  other word (今日报道, 今日上午, 今日落网, 今日新闻发布会) it is today.
- 年中 after a year (今年年中, 2011年年中) is read with it, as 年初/年底 are, as the year's two
  middle months (2011-06/2011-07). 年中 after a count of years (过去5年中) is none.
- A month that a loan or bond falls due in (2021年7月到期, 3月期满) is a date but sets no context:
  a later bare day (…较16日) stays in the month the text tells, as if it were not there.
- A year inside a quoted name of an award, a list, an event or a meeting is part of the name, no
  date: the quote (“”, 「」, 『』) holds no clause punctuation and ends with a name word (奖,
  人物, 榜, 评选, 大会, 会议, 论坛, 展…) or is followed by 奖/评选/称号 (“2011年度十大经济人物”,
  “2011年度…手机”奖). Quoted speech (“2012年是奥运年，…”) stays a date, as does the leading
  year of an unquoted name (召开2024年第二次全体会议), as the realworld gold reads it.
- 昨天/今天/明天 (昨日/今日/明日) as a figure of speech are no dates: two or three of them
  standing for different days head clauses of one sentence (今天你不加班，明天就找工作; 昨天是
  部门，今天是他，明天…), none followed by a part of the day or a clock time, in a sentence that
  writes no digit; the same words later in that paragraph echo the figure.
- A bare weekday told ahead is the coming such day, from the publication day on: a word right
  before it puts it so (定于周日, 将于周五), or a future word (将, 即将, 会, 拟) follows in its
  clause or the next with no completed action (了, 已经) or verb of saying (表示, 发布, 预测)
  between (周六选战开票，不少民众会…). 将 before a noun is 把 (周二将苹果公司告上法庭).
  由/从/自 before it and 起 after it (由星期日起加密) put it ahead too, unless the sentence
  tells it done (了, 已).
- A bare month that would fall after the publication's month, in a story told in an earlier
  year (在刚刚过去的2011年…。6月，…访问。10月，…访华。 read in January 2012; 去年6月…8月…), is
  of that year, as a bare day is (:func:`_story_month`); not when its clause or what follows puts
  it ahead (将于6月, 6月起) or its sentence speaks of now or what may come (本月, 可能, 最早).
- Two months next to each other written as one (去年八九月份, 七八月) are an interval; 起 before
  至/到 keeps a range whole (1月16日起至21日).
- Two four-digit years joined by a dash in brackets, with no 年 (三年(2009—2011)过渡期), are the
  years of a period, an interval as 2009年至2011年 is; out of brackets, or descending, no date.

>>> from datetime import datetime
>>> base = datetime(2024, 6, 7, 17, 25)
>>> [resolve_date(e, base) for e in ["去年", "到2025年", "6月7日下午", "前4个月", "2025年底"]]
['2023', '2025', '2024-06-07', '2024-01/2024-04', '2025-12']
>>> resolve_date("2010年至2020年", None), resolve_date("今年", None)
('2010/2020', None)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal, NamedTuple

import regex

from .. import pattern_cache
from ..models import Doc, Token
from .base import Fact, shared
from .spans import inside_word, token_at, tokens_before, tokens_from, word_list, word_tag


class Date(Fact):
    type: Literal["date"] = "date"
    value: str | None


# --- the grammar (data) -------------------------------------------------------------------------

_CN_DIGITS = "〇零○一二三四五六七八九"
# Soft hyphens (U+00AD) sit around dashes in some CMS output (1\xad\xad—4月).
_DASH = r"\xad*(?:起?(?:至|到)|—{1,2}|－|-|~|～|–)\xad*"
_SHORT_YEARS = pattern_cache.compile(r"([1-9]\d{0,2})年")
_DIGIT = pattern_cache.compile(r"\d")
#: An hour after a day that opens a range (12日8时至13日8时, 6月13日0时至…): part of the span.
_CLOCK = r"(?:(?:[01]?\d|2[0-4])(?:时|点)(?:[0-5]?\d分)?)?"

#: 初/底/末 that begin a word are no part of a date (2025年初步形成, 年底线, 月末端).
_NOT_WORD = r"(?:(?<![初底末])|(?![步期级次中心始衷创线部层气蕴价端尾梢]))"

#: A Republic-era year in Chinese numerals, 20-199 (九十六, 一百零一, 一百一十三), never inside a
#: longer numeral.
_CN_ROC = (
    r"(?<![〇零一二三四五六七八九十百千两])"
    r"(?:[二三四五六七八九]十[一二三四五六七八九]?"
    r"|一百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)"
)

#: 一季度, 第三季度, 前三季度, 1至3季度 (as 前三季度; 一至 not inside a word: 统一到三季度末),
#: 首季度; Hong Kong's, Taiwan's and Singapore's 第三季 (no 度: 第N before it, so that 四季
#: stays the seasons; not a season of a show or a league: 《…》第二季, 第三季第七集,
#: 第三季节目). 首季 with no 度 only after a year (今年首季: 首季征战 is a season).
_QUARTERS = (
    r"(?:(?:第?[一二三四1-4]|前[二两三2-3]|(?:(?<![\d０-９])1|(?<![^年，,、（(\s])一)(?:至|到|[-—－–~～]{1,2})[二三四2-4]|首)季度"
    r"(?:末|底)?"
    r"|(?<![》”」])第[一二三四1-4]季(?![度节播赛第])(?:末|底)?)"
)

#: Shared pieces, substituted into the rules as ``{name}``; the second rule of a range uses the
#: same pieces renamed with a ``2`` (``y2``, ``m2``, ``d2``).
PIECES: dict[str, str] = {
    # A four-digit year, Arabic or Chinese (二〇二五); never preceded by a digit.
    # 民国113年 (the Republic era, Taiwan's calendar: 113 → 2024) is a year too.
    "Y": r"(?<![\d.．])(?P<y>(?:19|20)\d\d|[一二]["
    + _CN_DIGITS
    + r"]{3}|民国\s?(?:[1-9]\d{0,2}|[一二三四五六七八九十百零〇]{1,6}))(?!\d)",
    "RY": r"(?P<ry>去年|今年|明年|前年|后年|上年|上一年|本年|同年|当年|次年|翌年)",
    "M": r"(?<![\d.．"
    + _CN_DIGITS
    + r"十两百千万])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
    # 元月 is January (今年元月6日); after a year or a clause's start only (美元月均 is no date)
    + r"|(?<=年|^|[，。、；：:\s（(“])元(?=月))",
    "D": r"(?P<d>[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])",
    "PART": r"(?:(?P<part>上半年|下半年|"
    + _QUARTERS
    + r"|首季(?![度节播赛])|年初|年中|年底|年末|初|底|末)"
    + _NOT_WORD
    + ")",
    "MPART": r"(?:(?P<mpart>初|底|末|上旬|中旬|下旬|上中旬|中下旬)" + _NOT_WORD + ")",
    "RM": r"(?P<rm>上上个?月|下下个?月|上个?月|本月|下个?月|这个月|当月|同月)",
    "RD": r"(?P<rd>前天|前日(?![本相企银方军媒])|昨天|昨日|今天|今日|即日|明天|明日|后天|当天"
    r"|当日|当晚|同日|次日|翌日|昨晚|昨夜|昨晨|今晨|今早|今晚|今夜|明晚|明早|前晚)",
    "RW": r"(?P<rw>上上个?星期|下下个?星期|上上周|下下周|上个?星期|下个?星期|本星期|这个?星期"
    r"|上周|本周|下周|这周)",
    "WD": r"(?P<wd>[一二三四五六日天])",
    "N": r"(?P<n>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])",
}
PIECES["QUARTERS"] = _QUARTERS
#: A day that more days of a list follow (8 of 8、9日): the list's 日 comes after the last.
PIECES["DAY_LIST"] = r"(?=(?:[、和及](?:[12]\d|3[01]|0?[1-9]))+[日号])"
PIECES["YEAR"] = "(?:" + PIECES["Y"] + "年|" + PIECES["RY"] + ")"
PIECES["Y2"] = PIECES["Y"].replace("<y>", "<y2>")
PIECES["M2"] = PIECES["M"].replace("<m>", "<m2>")
PIECES["D2"] = PIECES["D"].replace("<d>", "<d2>")

#: Ordered rules: (name, pattern). Earlier rules win at the same starting position.
RULES: list[tuple[str, str]] = [
    # 5月7日至9日, 6月7至9日, 2023年6月1日至6月30日
    # 6月13日0时至6月14日24时: the hour after the first day (the second's is left out)
    (
        "day_range",
        r"{YEAR}?{M}月{D}(?:[日号]" + _CLOCK + r")?" + _DASH + r"(?:{Y2}年)?(?:{M2}月)?{D2}[日号]",
    ),
    # 1—4月, 今年1-4月份, 2019年10月至2020年9月; a part of each month written (5月下旬至6月上旬,
    # 5月底至6月: the months, as precise as a month value is)
    (
        "month_range",
        r"{YEAR}?{M}(?:月份?(?:上旬|中旬|下旬|初|底|末)|月?份?)"
        + _DASH
        # (seventeenth session) the end's year said relative to the publication's too (去年10月至
        # 今年3月)
        + r"(?:{Y2}年|(?<=[至到—\-－–~～])(?P<ry2>今年|去年|明年))?"
        + r"{M2}月份?(?:上旬|中旬|下旬|初|底|末)?",
    ),
    # 去年八九月份, 七八月: two months next to each other, written as one (an interval)
    (
        "month_pair",
        r"{YEAR}?(?<![〇零一二三四五六七八九十])(?=一二|二三|三四|四五|五六|六七|七八|八九)"
        r"(?P<m>[一二三四五六七八])(?P<m2>[二三四五六七八九])月份?",
    ),
    # 2015年至2019年3月, 2018年5月至2020年: a range from a year to a month or from a month to a
    # year, each end as precise as it is written (2015/2019-03, 2018-05/2020)
    (
        "year_to_month",
        r"{Y}年" + _DASH + r"{Y2}年{M2}月份?(?![0-9一二三四五六七八九十]{1,2}[日号])",
    ),
    (
        "month_to_year",
        r"{Y}年{M}月份?" + _DASH + r"{Y2}年"
        r"(?![0-9一二三四五六七八九十]{1,2}月|[底末初中度前]|第?[一二三四1-4]季|[上下]半年|年[底末初中])",
    ),
    # 2010年至2020年, 2017-2018年
    # (2009—2011) in brackets, with no 年: the years of a period named before (三年(2009—2011))
    (
        "year_range",
        r"{Y}年?" + _DASH + r"{Y2}年|(?<=[（(]){Y}" + _DASH + r"{Y2}(?=[）)])"
        # 2023—2024学年: the years of a school year
        r"|{Y}" + _DASH + r"{Y2}学年度?",
    ),
    # 前4个月, 今年前两个月; Hong Kong's 今年首5個月 (首 after a year or opening a clause only:
    # 上市首3个月 counts from an event)
    # (not 提前两个月: ahead of schedule, a duration)
    # (not after a comparison's 较/比/与/同: 较前一个月 is the month before, no first month)
    ("first_months", r"(?:{YEAR}?(?<![提较比与同])前|{YEAR}首|(?<!\p{Han})首){N}个?月份?"),
    # 2019年9月18日, 今年3月19日
    ("year_month_day", r"{YEAR}{M}月{D}(?:[日号]|{DAY_LIST})"),
    # A CV's months written with a dot (1976.05生, 1998.07参加工作, 2016.12—2020.05任…): a
    # year and a two-digit month, only before a CV's words or a range, so that figures stay
    # figures (指数报2019.05点)
    (
        "dotted_month",
        r"(?<![\d.．])(?P<y>(?:19|20)\d\d)\.(?P<m>0[1-9]|1[0-2])(?!\d)"
        r"(?:(?:—{1,2}|－|-|~|～|至)(?P<y2>(?:19|20)\d\d)\.(?P<m2>0[1-9]|1[0-2])(?!\d)"
        r"|(?=出?生|参加工作|入党|加入|毕业|(?:—{1,2}|－|-|~|～|至)(?:今|至今|现在)))",
    ),
    # 2024-6-7, 2024.06.07
    (
        "numeric_day",
        r"(?<![\d.．])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
        r"(?P<d>[12]\d|3[01]|0?[1-9])(?!\d)",
    ),
    # A two-digit year only before a month or a part of the year (24年上半年, 23年12月5日):
    # alone, 24年 is a duration. One rule rather than a form of {Y}: cheaper. A three-digit
    # year of 100-199 there is a Republic-era year (113年6月7日, Taiwan's own way of writing),
    # and so before 度 (113年度, a fiscal year).
    # Taiwan writes the Republic-era year in Chinese numerals too (九十六年九月, 一百零一年三月):
    # read so on a traditional page only (:func:`_short_year`).
    # 05-07年度: two two-digit years of a range of (fiscal or award) years
    ("short_year_range", r"(?<![\d.．])(?P<sy1>\d\d)[-—–~～](?P<sy2>\d\d)年度"),
    (
        "short_year",
        r"(?<![\d.．])(?P<y>1\d\d|\d\d|" + _CN_ROC + r")年"
        # (twentieth session) and its months (113年1至5月, 113年1月至5月)
        r"(?:{M}月?份?"
        + _DASH
        + r"{M2}月份?|{M}月(?:{D}[日号]|份?{MPART}?)|{PART}|(?<=1\d\d年)度)",
    ),
    # 2025年底, 今年上半年, 2018年年初, 去年一季度
    ("year_part", r"{YEAR}{PART}"),
    # 2024年5月, 去年12月, 2019年12月份, 2024年5月下旬
    ("year_month", r"{YEAR}{M}月份?{MPART}?"),
    # 6月7日
    # 6月7日; 1月24、25日 (the first day of a list)
    ("month_day", r"{M}月{D}(?:[日号]|{DAY_LIST})"),
    # 7月份, 9月上旬; the months of a list before its last (6、8和9月), as the first year of
    # 2013、2014年
    (
        "month",
        r"{M}月份?{MPART}?|{M}(?=(?:[、和与及](?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]))+月)",
    ),
    # 去年同期 (the period last spoken of, a year earlier)
    # 去年同期; 比2019年同期 (the months spoken of, in that year)
    # 去年同月, 去年同季 (Hong Kong's releases: 较去年同月上升1.1%)
    ("same_period", r"(?P<ry>去年|上年|上一年)同(?:期|月|季度?)|{Y}年同(?:期|月|季度?)"),
    # 上世纪90年代, 1980年代, 80年代 (a bare decade from the 30s on is the 1900s)
    (
        "decade",
        r"(?P<cent>上个?世纪|20世纪|二十世纪|本世纪|21世纪|二十一世纪)?"
        r"(?:(?P<dy>(?:19|20)\d0)|(?<![\d.．])(?P<dec>[1-9]0|[一二三四五六七八九]十))年代",
    ),
    # 2020/21年度, 2020至21年度, 2022-23财政年度, 2019/20课税年度: a fiscal or tax year over two
    # calendar years (Hong Kong's and Macau's budgets), and a school year (2023/24学年)
    (
        "fiscal_year",
        r"(?<![\d.．])(?P<fy>(?:19|20)\d\d)\s*[/／\-－—–~～至]\s*(?P<fy2>(?:19|20)?\d\d)"
        r"(?:(?:财政|財政|课税|課稅)?年度|学年|學年)",
    ),
    # 2024年, 2023年度; the first year of a list (2013、2014年)
    ("year", r"{Y}年度?|{Y}(?=[、和与及](?:19|20)\d\d年)"),
    # 97年 on a Taiwan page: a bare Republic-era year, read only on a traditional page whose
    # publication it precedes by at most ROC_WINDOW years and with no word of a duration about it
    # (see :func:`roc_year`); elsewhere the match is dropped, and 30年 stays a duration.
    ("roc_year", r"(?<![\d.．])(?P<roc>[1-9]\d{1,2})年"),
    # 上半年, 一季度, 年底 (the year in context)
    ("part", r"(?P<part>上半年|下半年|{QUARTERS})|(?P<part>年初|年底|年末)"),
    # 上月, 本月15日, 下个月底; a range of its days (本月15日至17日)
    ("relative_month", r"{RM}(?:{D}[日号](?:" + _DASH + r"{D2}[日号])?)?{MPART}?"),
    # 上季度, 本季度末, 较上季末, 下个季度, 前一季度: a quarter counted from the publication's;
    # 季 alone only compared with (较上季) or at its end (上季末): 本季联赛, 上季主力 are a sports
    # season
    (
        "relative_quarter",
        r"(?P<rq>(?:上个?|本|这个?|下个?|[上前下]一个?)季度|(?<=[较比与])上季|[上本]季(?=[末底]))"
        r"(?P<qe>末|底|初)?",
    ),
    # 今（17）日, 昨（16）日, 今（17日）: the day written in brackets (Taiwan's press)
    (
        "bracketed_day",
        r"(?P<bd>[今昨明前])[（(](?:(?P<d>[12]\d|3[01]|0?[1-9])[）)]日|(?P<d>[12]\d|3[01]|0?[1-9])日[）)])",
    ),
    # Taiwan's press writes the year and the month in brackets too: 今（113）年, 去(2023)年,
    # 上（5）月, 本（6）月
    ("bracketed_year", r"(?P<by>[今去明])[（(](?P<byn>1[0-9]{2}|20[0-9]{2})[）)]年(?![0-9])"),
    ("bracketed_month", r"(?P<bm>[上本下])[（(](?P<bmn>1[0-2]|0?[1-9])[）)]月"),
    ("relative_day", r"{RD}"),
    # 上周, 本周三, 下个星期一
    # (本周一起讨论: 一起 is "together", not Monday)
    # 本周一度突破: once, no Monday (but 本周一度假区, 下周一度汛…: Monday)
    ("relative_week", r"{RW}(?:(?P<wend>末)|(?!一[起直些定般样同道]|一度(?![假汛电])){WD})?"),
    # 周四, 星期三: the last such day up to the publication
    ("weekday", r"(?:周|星期){WD}"),
    ("relative_year", r"{RY}度?"),
    # 3日至5日 (the month in context)
    # 3日至5日, 17-21号, 13号到16号 (号 not of a line, a building or a document: 1-3号线)
    (
        "day_range_bare",
        r"(?<![\d.．])(?P<d>[12]\d|3[01]|0?[1-9])(?:[日号]"
        + _CLOCK
        + r")?"
        + _DASH
        + r"{D2}(?:日|号(?![线楼院文令机车]))",
    ),
    # 18日 (the month in context)
    # 18日; the days of a list before it (24、25日: 24 is a day too); the spoken 19号 where a
    # word of time follows it (19号前, 20号下午: not 19号楼, 3号线, 5号文件)
    (
        "day",
        r"(?<![\d.．])(?P<d>[12]\d|3[01]|0?[1-9])(?:日|{DAY_LIST}"
        r"|号(?=前|后|以前|以后|之前|之后|起|当天|当日|上午|下午|中午|晚上|凌晨|早上|夜间))",
    ),
    # 卫生局昨公布, 市府今表示: a newspaper's one-character day (last: 今年, 昨天 come first)
    ("lone_day", r"(?P<ld>[昨今])"),
]


def _expand(pattern: str) -> str:
    for name in sorted(PIECES, key=len, reverse=True):
        pattern = pattern.replace("{" + name + "}", PIECES[name])
    return pattern


#: Every rule starts with one of these characters and holds a date word within a few characters;
#: checking both first makes the alternation ~30× faster (measured on the realworld bodies:
#: 5 ms → 0.17 ms per 1,500 characters).
_FIRST = r"(?=[\d〇零○一二三四五六七八九十两去今明前后上本同下这昨当次翌第年周星民元即首])"
_NEAR = (
    r"(?=.{0,11}?[年月日号季周天期旬]|(?:19|20)\d\d[-/.]\d|[昨今明前当][晚晨早夜]|[昨今]"
    r"|(?<=[（(])(?:19|20)\d\d\xad*[至到—－\-~～–])"
)
_PATTERN = pattern_cache.compile(
    _FIRST + _NEAR + "(?:" + "|".join(f"(?P<r_{name}>{_expand(p)})" for name, p in RULES) + ")"
)
#: Exactly one rule's group matches, so they may be checked in any order: the commonest first
#: (counted on the realworld bodies) saves most of the lookups.
_COMMON = ("year", "month_day", "day", "relative_year", "year_month", "month", "relative_day")
_RULE_NAMES = [*_COMMON, *(name for name, _ in RULES if name not in _COMMON)]

#: A bare day (18日) preceded or followed by these is a duration or another word (连续5日, 5日内,
#: 100日元), not a date. Collected from the realworld bodies and common phrasing.
#: Terms of detention and of a closure or a notice: a count of days after them is their length
#: (行政拘留5日, 停业10日, 公示7日), a quantity, no date.
DAY_TERMS = (
    *("拘留", "拘役", "羁押", "关押", "停业", "停产", "停工", "公示", "隔离"),
    # a stay, a watch or a bound the days measure (停留15日, 医学观察14日, 超过30日, 满7日)
    *("为期", "為期", "停留", "居住", "住院", "监测", "監測", "观察", "觀察", "暂停", "暫停"),
    *("逗留", "居留", "最长", "最長"),
    *("延长", "延長", "逾期", "超过", "超過", "长达", "長達", "不足", "少于", "少於", "满", "滿"),
)
_DAY_BEFORE = (
    "近", "连续", "每", "前", "后", "第", "数", "几", "这", "过去", "个", "半", "逾", *DAY_TERMS
)  # fmt: skip
_DAY_AFTER = (
    "内", "来", "以来", "之内", "以内", "元", "均", "本", "常", "左右", "游", "制",
    "的处罚", "的行政拘留", "不等",  # 10日的处罚, 10日至15日不等
    "无理", "無理",  # 7日无理由退货: the days a buyer may return goods in
    "年化",  # 7日年化收益率: the days a money fund's yield is averaged over
)  # fmt: skip
#: A bare day count before the name of a period (10日上诉期限, 7日公示期, 15日犹豫期) is the
#: period's length: a two-character word then 期 or 期限, or 期限 itself (10日期限). One
#: character before 期 is mostly a verb of the date (18日到期, 18日延期, 5日星期一); a word that
#: is a part of the day, or holds a preposition or 的 (18日起进入假期, 18日为期三天), is none.
_PERIOD_AFTER = pattern_cache.compile(
    r"期限|(?!上午|下午|中午|晚上|早上|凌晨|夜间)"
    r"[^\P{Han}到届延逾过为是同当预定星的在于起至和及与前后]{2}期(?:限)?(?!间)"
)
#: 每年3月, 每月15日 recur: no one date.
_RECURRING = ("每年", "每月", "每", "每到", "逢")
_RECURRING_RULES = frozenset(
    (
        *("month", "month_day", "month_range", "day", "day_range", "day_range_bare"),
        *("first_months", "weekday", "relative_week", "month_pair"),
    )
)
#: 初二…初十 after 年: a day of the lunar new year (年初五); 年初一 may also be 年初 + 一些/一批.
_LUNAR_DAY = tuple("二三四五六七八九十")
#: A month word followed by these is a noun (月球, 月饼, 月薪).
_MONTH_AFTER = ("球", "饼", "薪", "亮", "光", "票", "子", "嫂", "季", "度", "卡", "供")
#: A year preceded by these is a count of years (近2000年, 约2000年前).
_YEAR_BEFORE = ("近", "约", "逾", "长达", "历时", "第", "每", "超过")
#: …or followed by these (2000年历史, 1000年之久).
_YEAR_AFTER = ("历史", "之久")
#: A year and its number in a series of announcements (公告2020年第14号, 令2019年第4号); not a
#: year's typhoon or flood, numbered within it (2020年第2号台风, 长江2020年第1号洪水: dates).
_NUMBERED_AFTER = pattern_cache.compile(
    r"第[0-9０-９一二三四五六七八九十百]{1,4}号(?!台风|洪水|热带|超强|强台风|强热带|风暴)"
)
#: Characters after which a relative word stays a date although jieba joined them into one token
#: (今天下午, 年间, 去年同期).
_CONTINUATIONS = frozenset(
    (
        *(
            "下午",
            "上午",
            "中午",
            "晚上",
            "早上",
            "凌晨",
            "晚",
            "早",
            "夜",
            "间",
            "同期",
            "以来",
            "起",
        ),
        *("相比", "比"),  # jieba's 同期相比 (与去年同期相比)
        *("春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季"),  # jieba's 今年夏天
        "春节",  # jieba's 今年春节: the holiday is no date, the year before it is
        *("此时", "此刻"),  # jieba's 去年此时: this time last year
    )
)
#: Rules whose match is a word, checked against jieba's words (the others start with a digit).
_WORD_RULES = frozenset(
    [
        "same_period",
        "part",
        "relative_month",
        "relative_day",
        "lone_day",
        "relative_week",
        "weekday",
        "relative_year",
    ]
)
#: 当天 right after a day (9月9日当天) is that day: at most this many characters between.
_ADJACENT = 1
#: Words that make the word before 当天/当日 an occasion (发售当日, 开幕当天, 婚礼当天): jieba's
#: verbs (tag v…) and time words (除夕, 生日), words ending in an occasion's noun, and event verbs
#: jieba's dictionary has as nouns. Such a 当天 is the occasion's day, which the text must write.
_EVENT_ENDINGS = ("会", "会议", "式", "礼", "仪式", "赛", "节", "活动", "考试", "庆典")
_EVENT_WORDS = frozenset(
    word_list(
        "开庭 上市 通车 开业 事发 案发 开学 开园 开馆 开盘 开通 开售 开赛 首发 首映 上映 投票 "
        "揭幕 竣工 开工 签约 挂牌 成立 启动 发射 开考 放榜 入学 登记 交房 停牌 复牌"
    )
)
#: Verbs before 当天 that govern it rather than name an occasion (截至当天, 表示当天…, 定在当天).
_NOT_EVENTS = frozenset(
    word_list(
        "截至 截止 直到 直至 等到 到了 表示 宣布 透露 介绍 指出 强调 获悉 据悉 得知 了解 知道 "
        "显示 认为 发现 回忆 记得 证实 确认 披露 报道 称 说 定在 选在 安排 就是 正是 即"
    )
)
#: How far (characters, within a sentence) an occasion's word may stand from the day that dates
#: it (6月1日发售, 6月1日起正式发售, 发售定于6月1日).
_EVENT_GAP = 8
#: Words that name a news outlet (今日头条, 今日早报, 今日新闻网): a medium's name is 今日, at most
#: one noun, then an outlet word (今日美国报).
_OUTLET_WORDS = frozenset(word_list("头条 说法 杂志 周刊 频道 电台 卫视 报"))
_OUTLET_ENDINGS = (
    "日报", "早报", "晚报", "晨报", "时报", "商报", "女报", "周报", "导报", "都市报", "新闻网",
    "电视台", "广播台", "新闻社", "通讯社", "频道", "杂志", "周刊",
)  # fmt: skip
#: After a date, the start of a rule's force (自5月1日起施行, 起正式实施, 起生效).
_EFFECTIVE = pattern_cache.compile(r"起(?:正式)?(?:施行|实施|生效|执行)")
#: Words right before a year that make it the base of a comparison (比上年, 较2019年, 同比上年).
_COMPARED_BEFORE = ("比", "较", "較", "相比", "同比")
#: A month followed by these is when a loan or bond falls due (2021年7月到期的债券): a term of
#: the thing, not the time the text tells, so no context for later dates (…较16日扩大).
_DUE = ("到期", "期满", "届满")
#: The last word of the quoted name of an award, a list, an event or a meeting (“2011年度十大经济
#: 人物”, “2012年中国电影金鸡奖”): a year inside such a name is part of it, no date.
_NAME_ENDINGS = (
    "奖", "奖项", "人物", "榜", "榜单", "评选", "大会", "年会", "会议", "峰会", "论坛", "博览会",
    "交易会", "展览会", "展会", "运动会", "晚会", "盛典", "典礼", "颁奖礼", "大赛", "联赛",
    "锦标赛", "展", "电影节", "艺术节", "文化节", "音乐节", "旅游节",
)  # fmt: skip
#: …and the words after a closing quote that make the quoted text such a name (“…”奖, “…”评选).
_NAME_AFTER = ("奖", "评选", "称号", "荣誉")
_OPENING_QUOTES = {"“": "”", "「": "」", "『": "』"}
#: A quoted name has no clause punctuation and at most this many characters.
_QUOTED_NAME = pattern_cache.compile(r"[^，,。；;：:！!？?“”「」『』\n]{1,40}")
#: 昨天/今天/明天 as a figure of speech (昨天是部门，今天是他，明天就可能是任何人): the day each
#: word stands for, and where it heads a clause (after a sentence's or clause's start, a colon
#: or an opening quote).
_FIGURE_DAYS = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1}
_FIGURE_HEAD = pattern_cache.compile(
    r"(?<=^|[，,：:“「。！？；!?;\s])(?:昨天|昨日|今天|今日|明天|明日)"
)
_FIGURE_WORD = pattern_cache.compile(r"昨天|昨日|今天|今日|明天|明日")
#: A part of the day or a clock time after the word makes it a real day (今天上午, 明天晚上,
#: 昨天凌晨, 明天8时).
_DAY_PART = pattern_cache.compile(r"[上下中]午|白天|[晚早夜凌清傍深]|\d")
#: Words right before a bare weekday that put it ahead (将于周六, 定于周五, 预计周日, 计划在周一).
_AHEAD_BEFORE = pattern_cache.compile(r"(?:将|拟|定|计划|预计|预定)(?:于|在)?$")
#: 由/从/自 before a weekday with 起 after it: from that day on (由星期日起); 已 tells it done
#: (:data:`_DONE`, below).
_FROM_BEFORE = pattern_cache.compile(r"(?:由|从|從|自)\s*$")
#: Words after a bare weekday, in its clause or the next, that put it ahead (周六将举行, 周六选战
#: 开票，不少民众会…, 周六起又会有冷空气): a future auxiliary (将 before a noun is 把: 周二将苹果
#: 公司告上法庭).
_FUTURE_WORDS = frozenset(word_list("将 即将 将要 将会 拟 届时"))
_FUTURE_WILL = pattern_cache.compile(r"[又就也还才不]?会有?")
#: Words between a bare weekday and a future word that keep the weekday in the past: a completed
#: action (了, 已经) or a verb of saying, whose future is the one reported (周一表示，…将…).
_NOT_AHEAD = frozenset(
    word_list(
        "了 已 已经 曾 曾经 说 称 表示 宣布 指出 透露 预测 预计 预期 报告 报道 认为 强调 介绍 "
        "公布 显示 发布 警告 声称 宣称 证实 确认 披露 据悉 获悉 提出 承认 否认"
    )
)
#: How many words after a bare weekday are searched for a future word.
_FUTURE_REACH = 30
_HAN = pattern_cache.compile(r"\p{Han}{2,}")
#: A day opens its sentence when at most this many characters precede it there (当地时间9月16日)
#: or it is a dateline (新华社乌鲁木齐5月9日电); calibrated on the realworld pages, where
#: 9日的罢工是继5日… puts the 5th seven characters in.
_TOPIC_GAP = 5
_TITLE = pattern_cache.compile(r"《[^《》\n]*》")
_SENTENCE_END = pattern_cache.compile(r"[。！？；!?;]")
#: Stops that end a clause of a sentence, not the sentence: the year a sentence reports holds
#: over them (2023年…增长5.2%；全年…，年末…: 年末 is 2023's).
_CLAUSE_STOPS = frozenset("；;")
_CLAUSE_END = pattern_cache.compile(r"[，,。！？；!?;：:]")

_PART_MONTHS: dict[str, tuple[int, int]] = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "年初": (1, 1),
    "初": (1, 1),
    "年中": (6, 7),  # the middle of the year: its two middle months (2011年年中 → 2011-06/2011-07)
    "年底": (12, 12),
    "年末": (12, 12),
    "底": (12, 12),
    "末": (12, 12),
}
_QUARTER = pattern_cache.compile(
    r"(?:第?(?P<q>[一二三四1-4])|(?:前|[1一](?:至|到|[-—－–~～]{1,2}))(?P<n>[二两三四2-4])|(?P<first>首))"
    r"季度?(?P<end>末|底)?"
)
#: Offsets of the relative words from the publication's year, month, day or week.
_REL_YEAR = {
    "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2
}  # fmt: skip
_REL_MONTH = {
    "上上月": -2, "上上个月": -2, "上月": -1, "上个月": -1, "本月": 0, "这个月": 0, "下月": 1,
    "下个月": 1, "下下月": 2, "下下个月": 2,
}  # fmt: skip
_REL_DAY = {
    # 前日 as the evening papers write 前天 (not 前日本首相: a former Japanese premier)
    "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
    "后天": 2,
    # a part of a day written in one word: the day (昨晚 → yesterday), as 6月7日下午 → 6月7日
    "前晚": -2, "昨晚": -1, "昨夜": -1, "昨晨": -1, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0,
    "明晚": 1, "明早": 1,
}  # fmt: skip
_THAT_YEAR = frozenset(["同年", "当年"])
#: 当年 is that year only after a date of its own paragraph (2020年高考…，当年…); elsewhere it
#: is "back then" (石校长把当年得到的红苹果…), no date. 同年 names a year in any case.
_BACK_THEN = frozenset(["当年"])
_THAT_MONTH = frozenset(["当月", "同月"])
_NEXT_YEAR = frozenset(["次年", "翌年"])
_THIS_CENTURY = frozenset(["本世纪", "21世纪", "二十一世纪"])
#: A bare month this many months or more after the publication's is last year's: news looks back
#: over the new year (12月28日 in a January article) more often than ten months ahead.
_MONTHS_AHEAD = 10
#: 上年 in a sentence about a year is the year before that one (statistics are published the
#: year after: 2023年全国GDP比上年增长5.2% → 2022).
_PREVIOUS_YEAR = frozenset(["上年", "上一年"])
_NEXT_DAY = frozenset(["次日", "翌日"])
#: 当晚: the evening of that day; 即日(起): from that day (宣布，即日起…: the day announced);
#: 同日: the same day
_SAME_DAY = frozenset(["当天", "当日", "当晚", "即日", "同日"])
_REL_WEEK = {
    "上周": -1, "上星期": -1, "上个星期": -1, "本周": 0, "这周": 0, "本星期": 0, "这星期": 0,
    "这个星期": 0, "下周": 1, "下星期": 1, "下个星期": 1, "上上周": -2, "上上星期": -2,
    "上上个星期": -2, "下下周": 2, "下下星期": 2, "下下个星期": 2,
}  # fmt: skip
#: Weekday numbers (Monday 0) of 周一…周日 / 星期天.
_WEEKDAY = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
#: A weekday beside these is a timetable (周一至周五, 每周三), or the weekday of the date before
#: it (6月3日（星期一）), not a date of its own.
_WEEKDAY_AFTER = ("至", "到", "-", "—", "~", "～", "、", "和", "及")
_WEEKDAY_BEFORE = ("日（", "日(", "号（", "号(", "至", "到", "-", "—", "~", "～", "日", "号")
#: A weekday written out (周一, 星期日, 礼拜天).
_WEEKDAY_WORD = r"(?:周|星期|礼拜)[一二三四五六日天]"
#: A recurring weekday and a list's joiner (每周一、周三, 每星期二和星期四): what follows recurs.
_RECURRING_LIST = pattern_cache.compile(
    rf"(?:每到|每|逢)个?{_WEEKDAY_WORD}"
    r"(?:[、和及](?:周|星期|礼拜)?[一二三四五六日天])*[、和及]$"
)
#: A list's joiner and a weekday after a weekday (周六、周日, 周一和周二): the first is a day too.
_WEEKDAY_LIST_NEXT = pattern_cache.compile(rf"[、和及]{_WEEKDAY_WORD}")
#: Words ending in 至 that say "up to" a day, not a range's second end (截至周二).
_UNTIL = ("截至", "直至")
#: A day of the month and a comma right before a weekday (12月10日，星期六).
_DATED_WEEKDAY = pattern_cache.compile(r"[0-9０-９一二三四五六七八九十][日号][，,]$")
_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "两": 2}
_CN_VALUE["元"] = 1  # 元月: January


# --- resolution ---------------------------------------------------------------------------------


@dataclass
class _Context:
    """What earlier dates of the same document tell the resolver (one per document)."""

    published: datetime | None
    sentence_year: int | None = None  # an explicit year earlier in the same sentence
    sentence_first: int | None = None  # the sentence's first year, the one 上年 counts back from
    sentence_month: tuple[int, int] | None = None  # the month the sentence reports, for 上月
    sentence_quarter: tuple[int, int] | None = None  # the quarter it reports (year, 0-3), for 上季
    part_year: int | None = None  # the year its bare parts are of, once one was put last year
    month: tuple[int, int] | None = None  # the last (year, month) named, for a bare 18日
    day: date | None = None  # the last day named, for 次日 (and 当天 failing better)
    bare_day: date | None = None  # the last bare day (18日), whose month the next one keeps
    topic_day: date | None = None  # the last day that opens a sentence (9日的罢工…), for 当天
    counted_day: date | None = None  # the day a bulletin counts (6月14日0—24时), for 当日新增…
    anchor: date | None = None  # the day 当天 refers to, chosen in :func:`_iter_dates`
    year: int | None = None  # the last year named, for 同年
    period: tuple[tuple[int, int], tuple[int, int]] | None = None  # last month span, for 同期
    # the days of the last range of days and the period it set (10月1日至7日…去年同期: those days)
    days: tuple[tuple[date, date], tuple[tuple[int, int], tuple[int, int]]] | None = None
    # the month a 上月 the story reports named, for a later 当月 (cleared by a month written)
    relative_month: tuple[int, int] | None = None
    roc: bool = False  # a traditional-script page: a short year may be of the Republic era
    ahead: bool = False  # the bare weekday being resolved is told ahead (周六将举行)
    topic_year: int | None = None  # the year a paragraph opens with (2023年，全省…)
    month_ahead: bool = False  # ``month`` is a month ahead (下月10日), kept to its sentence
    today: date | None = (
        None  # the day 今天/昨天 count from: the dateline's, else the publication's
    )


def _cn_int(text: str) -> int:
    """Small Chinese or Arabic numerals: 7, 07, 十二, 二十三, 二〇二五 (digit by digit)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_VALUE[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def _year_number(text: str, ctx: _Context | None = None) -> int:
    """2024, 二〇二四, the short 24 (→ 2024; 98 → 1998), and Republic-era years: 民国113 and a
    bare 113 (→ 2024), and on a traditional page a bare 99 that is nearer the publication year
    as 2010 than as 1999 (Taiwan writes 99年1月 for January 2010)."""
    if text.startswith("民国"):
        return _cn_number(text[2:].strip()) + ROC_OFFSET
    year = _cn_number(text)
    if year >= _ROC_MAX:
        return year
    if year >= _ROC_MIN:
        return year + ROC_OFFSET
    short = year + (2000 if year <= 50 else 1900)
    if ctx is not None and ctx.roc and ctx.published is not None:
        published = ctx.published.year
        if abs(year + ROC_OFFSET - published) < abs(short - published):
            return year + ROC_OFFSET
    return short


#: Republic-era year N is N + 1911 (民国1年 is 1912).
ROC_OFFSET = 1911
_ROC_MIN, _ROC_MAX = 100, 200


def _cn_number(text: str) -> int:
    """民国's year number: Arabic, or Chinese with 百/十 (一百一十三) or digit by digit (一一三)."""
    if text.isdigit():
        return int(text)
    if "百" not in text:
        return _cn_int(text)
    hundreds, _, rest = text.partition("百")
    rest = rest.lstrip("零〇")
    return _CN_VALUE[hundreds] * 100 + (_cn_int(rest) if rest else 0)


def _year(
    match: regex.Match[str], ctx: _Context, key: str = "y", month: int | None = None
) -> int | None:
    """The year a match names: explicit, relative to publication, or from context. A bare
    month far ahead of the publication's is last year's (12月28日 in a January article)."""
    if match[key]:
        return _year_number(match[key], ctx)
    rel = match["ry"] if key == "y" else None
    if rel in _THAT_YEAR:
        return ctx.year  # that year: the one last named (None when none was)
    if rel in _NEXT_YEAR:
        return ctx.year + 1 if ctx.year is not None else None
    if rel in _PREVIOUS_YEAR and ctx.sentence_first is not None:
        return ctx.sentence_first - 1  # 2023年GDP比上年增长: the year before 2023
    if rel:
        return ctx.published.year + _REL_YEAR[rel] if ctx.published else None
    if ctx.sentence_year is not None:
        return ctx.sentence_year
    if ctx.published is None:
        return None
    if key == "y" and _topic_year(match, ctx):
        return ctx.topic_year  # 2023年，全市…。5月，首批项目开工: the year the paragraph reports
    if month is not None and month - ctx.published.month >= _MONTHS_AHEAD:
        return ctx.published.year - 1
    if (
        month is not None
        and month - ctx.published.month >= _BACK_AHEAD
        and _looking_back(match)
        and not _told_ahead(match)  # 截至3月底，全市将完成…: a deadline ahead
    ):
        return ctx.published.year - 1  # 截至9月底 read in January: last September
    return ctx.published.year


#: Words that count up to a month or from it (截至9月底, 10月份以来): the month is gone by when
#: it is at least this many months after the publication's (截至9月底 read in January; 截至7月底
#: read in June is as often a deadline ahead).
_UP_TO = ("截至", "截止")
_BACK_AHEAD = 4
#: What closes a period still open before 截至 (报名截至8月15日, 有效期截至12月底) or after the
#: date (截至8月31日止): a deadline, not a count up to a time gone by.
_OPEN_PERIODS = ("报名", "征求意见", "有效期", "期限", "时间", "申报", "活动", "登记", "受理")


def _looking_back(m: regex.Match[str]) -> bool:
    """A whole month counted up to (截至9月底) or since (10月份以来): a time already gone by; not
    a day (征求意见截至7月31日) nor a period's close (报名截至…, …止)."""
    text: str = m.string
    if m.group()[-1] not in "月底末份" or text.startswith("止", m.end()):
        return False
    if text.startswith(("以来", "份以来"), m.end()):
        return True
    up_to = next((w for w in _UP_TO if text.endswith(w, 0, m.start())), None)
    return up_to is not None and not text.endswith(_OPEN_PERIODS, 0, m.start() - len(up_to))


def _topic_year(m: regex.Match[str], ctx: _Context) -> bool:
    """Whether a bare date is of the earlier year its paragraph opens with (2023年，…), no other
    year named since, nothing around it telling it ahead nor its sentence speaking of now or
    what may come (…可能最早在本月或9月…)."""
    topic, published = ctx.topic_year, ctx.published
    if topic is None or topic != ctx.year or published is None or topic >= published.year:
        return False
    sentence = _SENTENCE_END_BACK.search(m.string, 0, m.start())
    if _NOW_OR_LATER.search(m.string, sentence.end() if sentence else 0, m.start()):
        return False
    return not _told_ahead(m)


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _span(year: int, first: int, last: int) -> str:
    return _ym(year, first) if first == last else f"{_ym(year, first)}/{_ym(year, last)}"


def _day(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1 <= month <= 12:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _part_months(part: str) -> tuple[int, int]:
    quarter = _QUARTER.fullmatch(part)
    if quarter is None:
        return _PART_MONTHS[part]
    if quarter["first"]:
        first, last = 1, 3  # 首季: the first quarter
    elif quarter["n"]:
        first, last = 1, 3 * _cn_int(quarter["n"])
    else:
        last = 3 * _cn_int(quarter["q"])
        first = last - 2
    return (last, last) if quarter["end"] else (first, last)  # 一季度末 → March


#: Words that put a date ahead (将于8月1日起施行): such a date is no day of a past story.
_AHEAD = pattern_cache.compile(r"将|拟|预计|计划|定于|有望|届时|之前|前夕|截止|截至|到期")
#: How far back the clause of a date is searched for those words.
_AHEAD_REACH = 12


def _story_day(day: date, m: regex.Match[str], ctx: _Context) -> date:
    """A bare 1月30日 that would fall after the publication, in a story told in an earlier year
    (去年1月27日…1月29日…1月30日), goes on in that year when it follows the last day named and
    nothing in its clause puts it ahead (将于8月1日起施行)."""
    last = ctx.day
    if ctx.published is None or last is None or day <= ctx.published.date():
        return day
    if last.year >= ctx.published.year:
        return day
    before = m.string[max(0, m.start() - _AHEAD_REACH) : m.start()]
    clause = _CLAUSE_END.split(before)[-1]
    if _AHEAD.search(clause) or _AHEAD.match(m.string, m.end()):
        return day
    earlier = _day(last.year, day.month, day.day)
    return earlier if earlier is not None and earlier >= last else day


#: Words of the present or of what may come, earlier in a bare month's sentence (本月, 今年,
#: 可能, 最早): the month is no part of a story told in an earlier year.
_NOW_OR_LATER = pattern_cache.compile(r"本月|今年|本周|目前|现在|現在|可能|最早|有望|或将|或將")
_SENTENCE_END_BACK = pattern_cache.compile(r"[。！？!?；;]", flags=regex.REVERSE)
#: Words after a bare month that put it ahead (6月起实施, 6月份开始).
_AHEAD_AFTER = pattern_cache.compile(r"份?(?:起|开始|開始|以后|以後|后|後|前|底前|将|將|要)")


def _story_month(year: int, month: int, m: regex.Match[str], ctx: _Context) -> int:
    """A bare 6月 that would fall after the publication month, in a story told in an earlier
    year (在刚刚过去的2011年，…。6月，…访问。10月，…访华。 read in January 2012; 去年6月…8月…),
    is of that year, unless its clause or what follows puts it ahead (将于6月, 6月起实施)."""
    published = ctx.published
    if published is None or ctx.year is None or ctx.year >= published.year:
        return year
    if (year, month) <= (published.year, published.month):
        return year
    sentence = _SENTENCE_END_BACK.search(m.string, 0, m.start())
    if _NOW_OR_LATER.search(m.string, sentence.end() if sentence else 0, m.start()):
        return year  # 柯达可能最早在本月或2月初申请…: the sentence speaks of now or what may come
    before = m.string[max(0, m.start() - _AHEAD_REACH) : m.start()]
    clause = _CLAUSE_END.split(before)[-1]
    if _AHEAD.search(clause) or _AHEAD.match(m.string, m.end()):
        return year
    if _AHEAD_AFTER.match(m.string, m.end()):
        return year
    return ctx.year


def _full_day(m: regex.Match[str], ctx: _Context) -> str | None:
    """2019年9月18日, 6月7日, 2024-6-7, and the ranges 5月7日至9日 (year from context)."""
    month = _cn_int(m["m"])
    first = _day(_year(m, ctx, month=month), month, _cn_int(m["d"]))
    if first is None:
        return None
    if not (m["y"] or m["ry"] or ctx.sentence_year):
        first = _story_day(first, m, ctx)
        if _new_year_ahead(first.month, m, ctx):
            first = _day(first.year + 1, first.month, first.day) or first
    ctx.month, ctx.day = (first.year, first.month), first
    ctx.relative_month = None
    if m["y"] or m["ry"]:
        ctx.year = first.year  # 当年/同年 refer to a year written, not to 6月7日's implied one
    if m["d2"] is None:
        return first.isoformat()
    year2 = _year_number(m["y2"], ctx) if m["y2"] else first.year
    month2 = _cn_int(m["m2"]) if m["m2"] else first.month
    last = _day(year2, month2, _cn_int(m["d2"]))
    if last is None or last <= first:
        return None
    if not m.string.endswith(_COMPARED_BEFORE, 0, m.start()):
        # (twentieth session) the days a later 去年同期 is a year before (10月1日至7日国庆假期…
        # 比去年同期增长 → 2023-10-01/2023-10-07)
        ctx.period = ((first.year, first.month), (last.year, last.month))
        ctx.days = ((first, last), ctx.period)
    return f"{first.isoformat()}/{last.isoformat()}"


def _new_year_ahead(month: int, m: regex.Match[str], ctx: _Context) -> bool:
    """Whether a bare month far before the publication's is next year's: told ahead (1月1日起施行,
    1月将…) in a December article. Told plainly, it is this year's (a review of the year)."""
    published = ctx.published
    if published is None or published.month - month < _MONTHS_AHEAD:
        return False
    if _SINCE.match(m.string, m.end()):
        return False  # 自1月1日起施行以来: in force since, this year's
    return _told_ahead(m) or _AHEAD.match(m.string, m.end()) is not None


#: After a date, the time since it (自1月1日起施行以来, 1月以来).
_SINCE = pattern_cache.compile(r"(?:起\p{Han}{0,4})?以来")


#: A span of months from January (1—11月, 前三季度) ending this many months or more after the
#: publication's is last year's: its figures are a finished year's (read in January, 1—10月 and
#: 前三季度 look back over the new year; a plan of the year names 今年 or a nearer span).
_SPAN_AHEAD = 8
#: A later part of the year reported (年末, 四季度, 下半年), not told ahead, this many months
#: or more after the publication's is last year's: a bulletin published in spring reports the
#: year just ended (年末全市常住人口1234.5万人, read in March).
_PART_AHEAD = 7
_YEAR_END_PARTS = frozenset(("年末", "年底", "四季度", "第四季度", "三季度", "第三季度", "下半年"))
#: Words of what is still to do or must be done (要, 务必, 还需…; not 主要, 需求): a part of the
#: year with them is ahead, whatever else the sentence reports.
_STILL_TO_DO = pattern_cache.compile(
    r"(?<![主重只必纪紀摘首紧緊概])要(?![素点點闻聞害求])|需(?!求)|务必|務必|必须|必須|应当|應當|即将|即將"
    r"|仍将|仍將"
)
#: Signs of a sentence reporting a part of the year: a figure, a share or a change (not 项目年底
#: 完工投产, which tells a plan without a plan's word).
_REPORT_SIGNS = pattern_cache.compile(
    r"[0-9０-９]|[成倍]|增长|增長|下降|增加|减少|減少|回落|上升|低于|低於|高于|高於|锐减|銳減|同比|环比|環比"
)


def _reported(m: regex.Match[str]) -> bool:
    """The sentence of a bare part of the year reports (a figure, a change: :data:`_REPORT_SIGNS`)
    and says nothing is still to do (要, 务必…)."""
    text = m.string
    start = max(text.rfind(c, 0, m.start()) for c in "。！？!?；;\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in "。！？!?；;\n") if i >= 0]
    end = min(ends) if ends else len(text)
    if _STILL_TO_DO.search(text, start, end):
        return False
    return bool(_REPORT_SIGNS.search(text, start, end))


def _period_year(m: regex.Match[str], ctx: _Context, first: int, last: int) -> int | None:
    """The year of a bare span of months (上半年, 四季度, 1—10月): last year's when it ends far
    after the publication's month (as a bare month, by :data:`_MONTHS_AHEAD`; a span from
    January by :data:`_SPAN_AHEAD`) and nothing tells it ahead, else the publication's. A story
    of an earlier year does not carry a span (去年第四季…。第三季出口增长: this year's), but a
    paragraph opening with an earlier year does, while no other year is named (2023年，全省…。
    年末，…; 其中，上半年…: that year's)."""
    published = ctx.published
    if m["y"] or m["ry"] or ctx.sentence_year or published is None:
        return _year(m, ctx)
    if _told_ahead(m):
        if published.month - first >= _MONTHS_AHEAD:
            return published.year + 1  # 一季度，全市将… read in December: next year's plan
        return published.year  # 下半年，全市将…: a plan of this year
    if _topic_year(m, ctx) and ctx.topic_year is not None:
        return ctx.topic_year  # 2023年，全省…。年末，…; 其中，上半年…: the year it reports
    ahead = last - published.month
    if ahead >= _MONTHS_AHEAD or (first == 1 and last > first and ahead >= _SPAN_AHEAD):
        return published.year - 1
    if ctx.part_year is not None:
        return ctx.part_year  # 年末…比年初增加: the year the sentence's first part was of
    if m["part"] in _YEAR_END_PARTS and ahead >= _PART_AHEAD and _reported(m):
        # 年末全市常住人口1234.5万人, 四季度GDP增长6% read in March: last year's, and so are the
        # sentence's other bare parts (…比年初增加, 比三季度加快)
        ctx.part_year = published.year - 1
        return published.year - 1
    if m["part"]:
        ctx.part_year = published.year  # 上半年…增长5%，下半年增长6%: both halves of one year
    return published.year


#: How far after a span of months the words that tell it ahead are looked for (下半年，全市将…).
_AHEAD_AFTER_REACH = 12


def _told_ahead(m: regex.Match[str]) -> bool:
    """Whether words around a bare span tell it ahead: 到 right before it, 前/起 right after it,
    or a plan's word in its clause before it or in its sentence within
    :data:`_AHEAD_AFTER_REACH` characters after it (joined with | so that a modal 会 right after
    the span is told from one inside a word); 已 after it tells it done instead."""
    before = m.string[max(0, m.start() - _AHEAD_REACH) : m.start()]
    after = _SENTENCE_END.split(m.string[m.end() : m.end() + _AHEAD_AFTER_REACH])[0]
    if _AHEAD_AFTER.match(m.string, m.end()) and not _DONE.search(after):
        return True  # 年底前, 下半年起 (not 年底前，全市已完成…: done)
    if m.string.endswith("到", 0, m.start()):
        return True  # 到年底: by the year's end
    if _DONE.search(after):
        return False  # 1-11月，全市已将85个项目纳入…: a review
    return bool(_SPAN_AHEAD_WORDS.search(_CLAUSE_END.split(before)[-1] + "|" + after))


#: A word after a span that reports it done (已, 已经, 業已): no plan, whatever else follows.
_DONE = pattern_cache.compile(r"已")


#: Words of a plan or a goal, which put a span ahead (力争年底, 下半年，全市将…); unlike a day's
#: (:data:`_AHEAD`), not 截至: 截至年底 read in January is the year just ended.
_SPAN_AHEAD_WORDS = pattern_cache.compile(
    r"将(?!近)|將(?!近)|拟|擬|预计|預計|计划(?!外)|計劃(?!外)|定于|有望|届时|屆時|力争|力爭|确保|確保"
    r"|争取|爭取|目标|目標|要求"
    r"|预测|預測|预期|預期|估计|估計|打算|准备|準備"
    # 会 as a modal: right after the span (年底会回落) or after an adverb (也会, 还会), not inside
    # a noun (社会保障卡, 协会, 机会)
    r"|\|[会會]|(?<=[也还還就才仍都或])[会會]"
)


def _month_range(m: regex.Match[str], ctx: _Context) -> str | None:
    first_m, last_m = _cn_int(m["m"]), _cn_int(m["m2"])
    year = _period_year(m, ctx, first_m, last_m)
    if year is None or not 1 <= first_m <= 12 or not 1 <= last_m <= 12:
        return None
    if m["y2"]:
        year2 = _year_number(m["y2"], ctx)
    elif m["ry2"] and ctx.published is not None:
        year2 = ctx.published.year + _REL_YEAR[m["ry2"]]
    else:
        year2 = year
    if (year2, last_m) <= (year, first_m):
        return None
    ctx.period = ((year, first_m), (year2, last_m))
    return f"{_ym(year, first_m)}/{_ym(year2, last_m)}"


def _year_range(m: regex.Match[str], ctx: _Context) -> str | None:
    first_y, last_y = _year_number(m["y"], ctx), _year_number(m["y2"], ctx)
    return f"{first_y}/{last_y}" if last_y > first_y else None


def _year_to_month(m: regex.Match[str], ctx: _Context) -> str | None:
    first_y, last_y, last_m = (
        _year_number(m["y"], ctx),
        _year_number(m["y2"], ctx),
        _cn_int(m["m2"]),
    )
    if last_y <= first_y or not 1 <= last_m <= 12:
        return None
    ctx.period = ((first_y, 1), (last_y, last_m))
    return f"{first_y}/{_ym(last_y, last_m)}"


def _month_to_year(m: regex.Match[str], ctx: _Context) -> str | None:
    first_y, first_m, last_y = (
        _year_number(m["y"], ctx),
        _cn_int(m["m"]),
        _year_number(m["y2"], ctx),
    )
    if last_y <= first_y or not 1 <= first_m <= 12:
        return None
    ctx.period = ((first_y, first_m), (last_y, 12))
    return f"{_ym(first_y, first_m)}/{last_y}"


def _dotted_month(m: regex.Match[str], ctx: _Context) -> str | None:
    first = _ym(int(m["y"]), int(m["m"]))
    if m["y2"] is None:
        return first
    last = (int(m["y2"]), int(m["m2"]))
    return f"{first}/{_ym(*last)}" if last > (int(m["y"]), int(m["m"])) else None


def _first_months(m: regex.Match[str], ctx: _Context) -> str | None:
    n = _cn_int(m["n"])
    year = _period_year(m, ctx, 1, n)
    if year is None or not 1 <= n <= 12:
        return None
    ctx.period = ((year, 1), (year, n))
    return _span(year, 1, n)


def _year_part(m: regex.Match[str], ctx: _Context) -> str | None:
    first_m, last_m = _part_months(m["part"])
    year = _period_year(m, ctx, first_m, last_m)
    if year is None:
        return None
    ctx.period = ((year, first_m), (year, last_m))  # 一季度末…比上年同期: 2023-03
    return _span(year, first_m, last_m)


def _month(m: regex.Match[str], ctx: _Context) -> str | None:
    month = _cn_int(m["m"])
    year = _year(m, ctx, month=month)
    if year is None or not 1 <= month <= 12:
        return None
    if not (m["y"] or m["ry"] or ctx.sentence_year):
        year = _story_month(year, month, m, ctx)
        year += _new_year_ahead(month, m, ctx)
        year -= _done_ahead(year, month, m, ctx)
    if not m.string.endswith(_COMPARED_BEFORE, 0, m.start()):
        # (twentieth session) not 涨幅比8月回落…；当月…: a comparison's base month is no month
        # the story speaks of
        ctx.month = (year, month)
        ctx.period = ((year, month), (year, month))
        ctx.relative_month = None
    return _ym(year, month)


#: Verbs of publishing (发布, 公布, 印发…), in both scripts.
_PUBLISHING = "发布|發布|公布|印发|印發|出台|颁布|頒布|披露|发表|發表"
#: A verb of an event and 的 or 了 right after a relative month (上月召开的会议): when it was held.
_EVENT_AFTER = pattern_cache.compile(
    rf"(?:召开|举行|舉行|举办|舉辦|{_PUBLISHING}|开幕|開幕|"
    r"闭幕|閉幕|签署|簽署|通过|通過|启动|啟動|成立|推出|上线|上線)(?:的|了)"
)
#: A verb of a thing done and 的 or 了 right after a bare month (9月发布的公报, 10月公布了): the
#: month is one gone by.
_DONE_AFTER_MONTH = pattern_cache.compile(
    rf"份?(?:底|初|末|中旬|上旬|下旬)?(?:{_PUBLISHING})(?:的|了)"
)


def _done_ahead(year: int, month: int, m: regex.Match[str], ctx: _Context) -> bool:
    """A bare month after the publication's month told as done and cited as a source (国家统计局
    9月发布的公报显示…, 据…10月公布的统计, read in June: last year's), unless a word of the sentence
    before it puts it ahead or waits for it (将于, 待, 一旦, 关注, 计划…)."""
    published = ctx.published
    if published is None or (year, month) <= (published.year, published.month):
        return False
    done = _DONE_AFTER_MONTH.match(m.string, m.end())
    if done is None:
        return False
    sentence = _SENTENCE_END_BACK.search(m.string, 0, m.start())
    start = sentence.end() if sentence else 0
    if _AHEAD.search(m.string, start, m.start()) or _WAITING.search(m.string, start, m.start()):
        return False
    end = _SENTENCE_END.search(m.string, done.end())
    stop = end.start() if end else len(m.string)
    if _STILL_AHEAD.search(m.string, done.end(), stop):
        return False  # 据悉，该市7月发布的实施细则将明确…: what it will say, still ahead
    cited = _CITED.search(m.string, done.end(), stop)
    return cited is not None or "据" in m.string[start : m.start()]


#: Words before a month that wait for it or expect it (待9月公布的, 一旦10月出台了, 关注…9月公布的).
_WAITING = pattern_cache.compile(
    r"待|等|一旦|如果|若|关注|期待|等待|计划|将|拟|预计|有望|即将|准备|可能"
)
#: Words after a document told as done that cite it as a source (…的公报显示, …的数据表明).
_CITED = pattern_cache.compile(r"显示|表明|指出|称|提到|数据|统计|提出|规定|明确|要求|强调")
#: After a document told as done, a word of what it will do (…发布的细则将明确…).
_STILL_AHEAD = pattern_cache.compile(r"将|即将|会|拟")


def _roc_year(m: regex.Match[str], ctx: _Context) -> str | None:
    if not ctx.roc:
        return None
    year = roc_year(m.string, m.start(), m.end(), ctx.published)
    if year is not None:
        ctx.year = year
    return None if year is None else str(year)


#: Republic-era years are read bare only this many years before the publication.
ROC_WINDOW = 30
#: A Republic-era year ahead of the publication, at most this many years, is a year where a word
#: sets a time by it (到115年, 預計115年, 115年起; not 120年前, years ago).
ROC_AHEAD = 10
_ROC_AHEAD_BEFORE = word_list("到 至 於 于 預計 预计 自 從 从 將 将 目標 目标")
#: (nineteenth session: a season or a half of a year ahead, 115年夏季尖峰負載.)
_ROC_AHEAD_AFTER = (
    "起",
    "底",
    "年底",
    "開始",
    "开始",
    "夏季",
    "冬季",
    "春季",
    "秋季",
    "上半年",
    "下半年",
)
#: …never before words of a past or a length (建於120年前, 在120年的發展歷程中: durations).
_ROC_NOT_AHEAD_AFTER = ("前", "的", "間", "间", "來", "来", "以來", "以来", "之久", "歷", "历")
#: Words around a number of years that make it a duration or an age (长达30年, 近20年, 90年代,
#: 10年来, 60多年), never a bare Republic-era year.
_DURATION_BEFORE = (
    "近", "逾", "超过", "长达", "满", "为期", "过去", "已有", "约", "第", "共", "历时", "经过",
    "用了", "花了", "每", "前", "后", "这", "那", "头", "整整", "足足", "将近", "不到", "至少",
)  # fmt: skip
_DURATION_AFTER = (
    "代", "级", "期", "前", "后", "内", "间", "来", "多", "余", "半", "左右", "之久", "以上",
    "以下", "以来", "的时间", "的历史", "龄", "刑", "徒刑",
)  # fmt: skip


def roc_year(text: str, start: int, end: int, published: datetime | None) -> int | None:
    """The year of a bare Republic-era year ``text[start:end]`` (``97年`` → 2008) on a traditional
    page: ``民国`` before it, or a year of at most three digits that falls within
    :data:`ROC_WINDOW` years before the publication, with no duration word around it; else
    ``None``. The caller says the page is traditional; without a publication, only 民国 counts."""
    match = _SHORT_YEARS.fullmatch(text, start, end)
    if match is None:
        return None
    year = int(match[1]) + ROC_OFFSET
    if text.endswith(("民国", "民國"), 0, start):
        return year
    if published is None:
        return None
    before, after = text[max(0, start - 4) : start], text[end : end + 3]
    if 0 < year - published.year <= ROC_AHEAD:
        # 到115年, 預計115年開徵, 115年起: a year ahead only where a word sets a time by it
        if after.startswith(_ROC_NOT_AHEAD_AFTER):
            return None
        if before.endswith(_ROC_AHEAD_BEFORE) or after.startswith(_ROC_AHEAD_AFTER):
            return year
        return None
    if not 0 <= published.year - year <= ROC_WINDOW:
        return None
    if before.endswith(_DURATION_BEFORE) or after.startswith(_DURATION_AFTER):
        return None
    return year


def _short_year_range(m: regex.Match[str], ctx: _Context) -> str | None:
    """05-07年度 → 2005/2007: each two-digit year in the century that keeps it at most a year
    after the publication (no publication: the 2000s)."""
    now = ctx.published.year if ctx.published else 2099
    first, last = (_two_digit_year(int(m[g]), now) for g in ("sy1", "sy2"))
    return f"{first}/{last}" if first < last else None


def _fiscal_year(m: regex.Match[str], ctx: _Context) -> str | None:
    """2020/21年度 → 2020/2021: the year it starts in and the next, as a range of years."""
    first, second = int(m["fy"]), int(m["fy2"])
    if second < 100:
        second += first - first % 100 + (100 if second < first % 100 else 0)
    return f"{first}/{second}" if second == first + 1 else None


def _two_digit_year(year: int, now: int) -> int:
    return 2000 + year if 2000 + year <= now + 1 else 1900 + year


def _short_year(m: regex.Match[str], ctx: _Context) -> str | None:
    if not m["y"].isdigit() and not ctx.roc:
        return None  # 九十六年 as a year is Taiwan's way of writing only
    if m["m2"]:
        first_m, last_m = _cn_int(m["m"]), _cn_int(m["m2"])
        year = _year(m, ctx, month=first_m)
        if year is None or not 1 <= first_m < last_m <= 12:
            return None
        ctx.period = ((year, first_m), (year, last_m))
        return f"{_ym(year, first_m)}/{_ym(year, last_m)}"
    if m["d"]:
        return _full_day(m, ctx)
    if m["part"]:
        return _year_part(m, ctx)
    return _month(m, ctx) if m["m"] else _year_only(m, ctx)


def _same_period(m: regex.Match[str], ctx: _Context) -> str | None:
    """The same months a year before the period last spoken of (2019年上半年…去年同期 → 2018
    H1), or in the year written (今年上半年…比2019年同期 → 2019 H1); without a period, that year,
    the year before the sentence's (2021年营收…，上年同期 → 2020) or before publication."""
    period = ctx.period
    if m["y"]:
        year: int | None = _year_number(m["y"], ctx)
    elif m["ry"] in _PREVIOUS_YEAR and ctx.sentence_first is not None:
        year = ctx.sentence_first - 1
        if period is not None and period[0][0] != ctx.sentence_first:
            period = None  # the months of another year, spoken of before the sentence
    elif m["ry"] in _PREVIOUS_YEAR and ctx.topic_year is not None and ctx.topic_year == ctx.year:
        year = ctx.topic_year - 1  # 2023年，全市GDP增长5%。增速比上年同期…: the year before 2023
    elif period is None:
        year = ctx.published.year - 1 if ctx.published else None
    else:
        year = period[0][0] - 1
    if year is None or period is None:
        return str(year) if year is not None else None
    if ctx.days is not None and ctx.days[1] == period:
        (d1, d2), _ = ctx.days
        first, last = _day(year, d1.month, d1.day), _day(year + d2.year - d1.year, d2.month, d2.day)
        if first is not None and last is not None:
            return f"{first.isoformat()}/{last.isoformat()}"
    (y1, m1), (y2, m2) = period
    if (y1, m1) == (y2, m2):
        return _ym(year, m1)
    return f"{_ym(year, m1)}/{_ym(year + y2 - y1, m2)}"


def _year_only(m: regex.Match[str], ctx: _Context) -> str | None:
    year = _year(m, ctx)
    if year is not None and not m.string.endswith(_COMPARED_BEFORE, 0, m.start()):
        ctx.year = year  # not 比上年, 比2019年: a comparison's base is no year of the story
        if (
            m["ry"] in ("今年", "本年")
            and m.string.startswith("以来", m.end())
            and ctx.published is not None
            and ctx.published.year == year
        ):
            # (twentieth session) 今年以来…，去年同期: the months of this year so far, a year before
            ctx.period = ((year, 1), (year, ctx.published.month))
    return None if year is None else str(year)


def _relative_month(m: regex.Match[str], ctx: _Context) -> str | None:
    """上月, 本月15日, 下个月底: counted from the month the sentence reports when it names one
    (3月份，CPI比上月回落 → February, whenever the article is published), else from the
    publication's month."""
    if m["rm"] in _THAT_MONTH:  # that month: the one last named (同月25日: a day of it)
        that = ctx.relative_month or ctx.month
        if that is None:
            return None
        if m["d"]:
            found = _day(that[0], that[1], _cn_int(m["d"]))
            return found.isoformat() if found else None
        return _ym(*that)
    if ctx.sentence_month is not None:
        base_year, base_month = ctx.sentence_month
    elif ctx.published is not None:
        base_year, base_month = ctx.published.year, ctx.published.month
    else:
        return None
    total = base_year * 12 + base_month - 1 + _REL_MONTH[m["rm"]]
    year, month = divmod(total, 12)
    if m["d"]:
        found = _day(year, month + 1, _cn_int(m["d"]))
        if found is None:
            return None
        # 本月15日…，18日, 下月10日开幕，15日闭幕: a bare day after is of that month — a month
        # ahead only in its own sentence (下月1日起施行。截至6日…: a day gone by)
        ctx.month, ctx.day = (found.year, found.month), found
        ctx.month_ahead = _REL_MONTH[m["rm"]] > 0
        if m["d2"] is None:
            return found.isoformat()
        last = _day(year, month + 1, _cn_int(m["d2"]))
        return f"{found.isoformat()}/{last.isoformat()}" if last and last > found else None
    # (twentieth session) the month a 去年同月 or 同期 after it compares with (上月访港旅客较去年
    # 同月上升 → May last year)
    if (
        ctx.sentence_month is None
        and not m.string.endswith(_COMPARED_BEFORE, 0, m.start())
        and not _EVENT_AFTER.match(m.string, m.end())
    ):
        # (not 5月份…与上月持平: the month reported stays the period; 比上月 is a base; 上月召开的
        # 会议 dates an event, not the figures after it); a later 当月 is that month too
        ctx.period = ((year, month + 1), (year, month + 1))
        ctx.relative_month = (year, month + 1)
    return _ym(year, month + 1)


def _relative_quarter(m: regex.Match[str], ctx: _Context) -> str | None:
    """上季度 → the quarter before the publication's, 本季度末 → its last month (较上季末下降0.1个
    百分点: the end of last quarter, as banks' results write it); counted from the quarter the
    sentence reports when it names one (一季度末，…较上季末 → last December), as 上月 is."""
    # 上一季度, 前一季度: the quarter before (not the year's first, 一季度)
    offset = -1 if m["rq"][0] in "上前" else 1 if m["rq"][0] == "下" else 0
    if ctx.sentence_quarter is not None:
        quarter = ctx.sentence_quarter[0] * 4 + ctx.sentence_quarter[1] + offset
    elif ctx.published is not None:
        quarter = ctx.published.year * 4 + (ctx.published.month - 1) // 3 + offset
    else:
        return None
    year, first = quarter // 4, quarter % 4 * 3 + 1
    if m["qe"] in ("末", "底"):
        return _ym(year, first + 2)
    if m["qe"] == "初":
        return _ym(year, first)
    return f"{_ym(year, first)}/{_ym(year, first + 2)}"


def _decade(m: regex.Match[str], ctx: _Context) -> str | None:
    """上世纪90年代 → 1990/1999; 80年代 → 1980/1989."""
    if m["dy"]:
        first = int(m["dy"])
    else:
        tens = _cn_int(m["dec"])
        cent = m["cent"] or ""
        if cent in _THIS_CENTURY:
            first = 2000 + tens
        elif cent or tens >= 30:
            first = 1900 + tens
        else:
            return None  # 20年代 alone: which century is unclear
    return f"{first}/{first + 9}"


def _today(ctx: _Context) -> date | None:
    """The day 今天 means: the dateline's, else the publication's (``None`` without either)."""
    return ctx.today or (ctx.published.date() if ctx.published is not None else None)


def _relative_day(m: regex.Match[str], ctx: _Context) -> str | None:
    word = m["rd"]
    today = _today(ctx)
    if word in _SAME_DAY:
        if ctx.anchor is None and today is not None:
            return today.isoformat()  # no day named yet: the day of the news
        return ctx.anchor.isoformat() if ctx.anchor else None
    if word in _NEXT_DAY:
        return (ctx.day + timedelta(days=1)).isoformat() if ctx.day else None
    if today is None:
        return None
    ctx.day = today + timedelta(days=_REL_DAY[word])
    return ctx.day.isoformat()


def _lone_day_value(m: regex.Match[str], ctx: _Context) -> str | None:
    today = _today(ctx)
    if today is None:
        return None
    ctx.day = today - timedelta(days=1 if m["ld"] == "昨" else 0)
    return ctx.day.isoformat()


def _lone_day(tokens: list[Token], start: int) -> bool:
    """卫生局昨公布, 市府今表示, 记者昨从…获悉: 昨/今 as a word of its own right before a verb
    or a preposition is the day."""
    k = token_at(tokens, start)
    if k < 0 or tokens[k].start != start or tokens[k].end != start + 1 or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.start == start + 1 and word_tag(after.word).startswith(("v", "p"))


#: A dateline opening the body (湖南日报12月15日讯, 新华社北京1月12日电, 北京时间1月16日晚间消息):
#: the day the report was written.
_DATELINE = pattern_cache.compile(
    r"(?<![0-9年月])(?:(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
    r"(?:(?:[早晚]间|上午|下午|晚|早)?(?:电|讯|電|訊)|(?<=月\d{1,2}日)(?:[早晚]间)?消息)"
)
#: The words a dateline ends with: a cheap test before the search.
_DATELINE_WORD = pattern_cache.compile(r"日(?:[早晚]间|上午|下午|晚|早)?(?:电|讯|電|訊|消息)")
#: A dateline stands in the body's first paragraphs (after a photo caption at most).
_DATELINE_PARAGRAPHS = 3
#: How far before the publication a dateline may be and still be this report's (a paper dated
#: the morning after, a page saved days later).
_DATELINE_REACH = timedelta(days=7)


def dateline_day(first: str, published: datetime | None) -> date | None:
    """The day of the dateline in the body's opening, when it is before the publication's and
    at most a week before it: 今天, 昨天 and 明天 then count from it (湖南日报12月15日讯 …今天8时,
    published on the 16th → the 15th). ``None`` otherwise (the publication's day is used).

    >>> dateline_day("湖南日报12月15日讯(记者柳德新)今天8时", datetime(2011, 12, 16))
    datetime.date(2011, 12, 15)
    >>> dateline_day("（法新社日內瓦31日電）", datetime(2012, 1, 1))
    datetime.date(2011, 12, 31)
    >>> dateline_day("本报讯 今天上午", datetime(2011, 12, 16)) is None
    True
    """
    if published is None or not _DATELINE_WORD.search(first):
        return None
    m = _DATELINE.search(first.translate(_FULL_WIDTH))
    if m is None:
        return None
    day = None
    for back in (0, 1):  # 12月31日电 published in January; 31日电 published on the 1st
        year, month = published.year, published.month - back
        if m["m"]:
            year, month = int(m["y"]) if m["y"] else published.year - back, int(m["m"])
        elif month == 0:
            year, month = year - 1, 12
        day = _day(year, month, int(m["d"]))
        if day is not None and day <= published.date():
            break
    if day is None or not timedelta(0) < published.date() - day <= _DATELINE_REACH:
        return None
    return day


_BRACKETED = {"前": -2, "昨": -1, "今": 0, "明": 1}


def _bracketed_day(m: regex.Match[str], ctx: _Context) -> str | None:
    """今（17）日: the day written in brackets, in the month of the relative day (昨 → the day
    before the publication), else in the month before or after, whichever is nearer."""
    if ctx.published is None:
        return None
    near = ctx.published.date() + timedelta(days=_BRACKETED[m["bd"]])
    day = _cn_int(m["d"])
    months = [(near.year, near.month + k) for k in (0, -1, 1)]
    found = [_day(y + (mo - 1) // 12, (mo - 1) % 12 + 1, day) for y, mo in months]
    days = [d for d in found if d is not None]
    if not days:
        return None
    ctx.day = min(days, key=lambda d: abs(d - near))
    ctx.month = (ctx.day.year, ctx.day.month)
    return ctx.day.isoformat()


def _bracketed_year(m: regex.Match[str], ctx: _Context) -> str | None:
    """今（113）年, 去(2023)年, 明（114）年度: the year written in brackets (a Republic-era one of
    three digits); where it disagrees with the relative word, the year written wins."""
    year = int(m["byn"]) + (ROC_OFFSET if len(m["byn"]) == 3 else 0)
    ctx.year = year
    return str(year)


def _bracketed_month(m: regex.Match[str], ctx: _Context) -> str | None:
    """上（5）月, 本（6）月: the month written in brackets, in the year that puts it before, at or
    after the publication's month as the relative word says."""
    if ctx.published is None:
        return None
    month, now = int(m["bmn"]), ctx.published
    year = now.year
    if m["bm"] == "上" and month > now.month:
        year -= 1  # 上（12）月 read in January
    elif m["bm"] == "下" and month < now.month:
        year += 1
    ctx.month = (year, month)
    return _ym(year, month)


def _relative_week(m: regex.Match[str], ctx: _Context) -> str | None:
    """上周 → that week as an interval of days (a period, like 前4个月); with a weekday
    (上周五, 下个星期一) → that day; 本周末 → that week's Saturday and Sunday."""
    if ctx.published is None:
        return None
    day = ctx.published.date() + timedelta(weeks=_REL_WEEK[m["rw"]])
    monday = day - timedelta(days=day.weekday())
    if m["wd"]:
        ctx.day = monday + timedelta(days=_WEEKDAY[m["wd"]])
        return ctx.day.isoformat()
    if m["wend"]:  # 本周末, 上周末: that week's Saturday and Sunday
        saturday, sunday = monday + timedelta(days=5), monday + timedelta(days=6)
        return f"{saturday.isoformat()}/{sunday.isoformat()}"
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


#: A weekday and the joiner of a list right before another weekday (周六、周日, 周一和周二).
_LISTED_WEEKDAY = pattern_cache.compile(rf"{_WEEKDAY_WORD}[、和及与]$")


def _weekday(m: regex.Match[str], ctx: _Context) -> str | None:
    """周四 → the last Thursday up to the publication day (news reports what has happened); told
    ahead (周四将举行), the coming Thursday from the publication day on."""
    if ctx.published is None:
        return None
    today = ctx.published.date()
    if ctx.day is not None and _LISTED_WEEKDAY.search(m.string, max(0, m.start() - 4), m.start()):
        # 本周六、周日, 下周一和周二: a weekday listed after another is of the same run of days
        # (not past the publication day in a report: then it is the last such day, as alone)
        listed = ctx.day + timedelta(days=(_WEEKDAY[m["wd"]] - ctx.day.weekday()) % 7 or 7)
        if ctx.ahead or ctx.day > today or listed <= today:
            ctx.day = listed
            return ctx.day.isoformat()
    if ctx.ahead:
        ctx.day = today + timedelta(days=(_WEEKDAY[m["wd"]] - today.weekday()) % 7)
    else:
        ctx.day = today - timedelta(days=(today.weekday() - _WEEKDAY[m["wd"]]) % 7)
        listed = _WEEKDAY_LIST_NEXT.match(m.string, m.end())
        if listed is not None:
            # 周一、周二，美股连续两天下跌: the run of days listed is over by the publication day
            later = (_WEEKDAY[listed.group()[-1]] - _WEEKDAY[m["wd"]]) % 7 or 7
            if ctx.day + timedelta(days=later) > today:
                ctx.day -= timedelta(weeks=1)
    return ctx.day.isoformat()


def _bare_days(m: regex.Match[str], ctx: _Context) -> str | None:
    """18日 and 3日至5日, in the month in context."""
    ahead = _SET_FOR.search(m.string, max(0, m.start() - 6), m.start()) is not None
    first = _bare_day(_cn_int(m["d"]), ctx, ahead=ahead)
    if first is None or m["d2"] is None:
        return first
    assert ctx.day is not None
    last = _day(ctx.day.year, ctx.day.month, _cn_int(m["d2"]))
    return f"{first}/{last.isoformat()}" if last and last > ctx.day else None


Resolver = Callable[[regex.Match[str], _Context], "str | None"]

#: How each rule's match becomes a value: named strategies, one per kind of expression.
RESOLVERS: dict[str, Resolver] = {
    "day_range": _full_day,
    "month_range": _month_range,
    "month_pair": _month_range,  # 八九月份: the pattern admits only months next to each other
    "year_range": _year_range,
    "year_to_month": _year_to_month,
    "month_to_year": _month_to_year,
    "first_months": _first_months,
    "year_month_day": _full_day,
    "numeric_day": _full_day,
    "dotted_month": _dotted_month,
    "year_part": _year_part,
    "short_year": _short_year,
    "short_year_range": _short_year_range,
    "fiscal_year": _fiscal_year,
    "year_month": _month,
    "month_day": _full_day,
    "month": _month,
    "same_period": _same_period,
    "year": _year_only,
    "roc_year": _roc_year,
    "part": _year_part,
    "relative_month": _relative_month,
    "relative_quarter": _relative_quarter,
    "bracketed_day": _bracketed_day,
    "bracketed_year": _bracketed_year,
    "bracketed_month": _bracketed_month,
    "relative_day": _relative_day,
    "relative_week": _relative_week,
    "decade": _decade,
    "weekday": _weekday,
    "relative_year": _year_only,
    "day_range_bare": _bare_days,
    "lone_day": _lone_day_value,
    "day": _bare_days,
}


def _resolve(rule: str, m: regex.Match[str], ctx: _Context) -> str | None:
    """The ISO value of one match (``None`` when its base is unknown or it is no real day)."""
    return RESOLVERS[rule](m, ctx)


#: Words that set a bare day ahead right before it (将于18日, 定于, 预计，18日至20日; not 原定于,
#: 曾计划于: a plan told of after the day).
_SET_FOR = pattern_cache.compile(r"(?<![原曾本])(?:将于|将在|定于|拟于|计划于|预计于|预计[，,]?)$")


def _bare_day(day: int, ctx: _Context, *, ahead: bool = False) -> str | None:
    """18日: in the month last named, else in the publication's month (the one before when the
    day is later than the publication day, as in a dateline written the next morning, unless
    the text tells it ahead: 预计18日至20日…将有暴雨, 将于18日开庭)."""
    if ctx.month is not None:
        year, month = ctx.month
    elif ctx.day is not None and ctx.day == ctx.bare_day:
        year, month = ctx.day.year, ctx.day.month  # 17-21号…22-26号: the month of the days before
    elif ctx.published is not None:
        year, month = ctx.published.year, ctx.published.month
        if day > ctx.published.day and not ahead:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    else:
        return None
    found = _day(year, month, day)
    if found is None:
        return None
    ctx.day = ctx.bare_day = found
    return found.isoformat()


# --- guards ---------------------------------------------------------------------------------------


#: Each rule's group number, in the order of _RULE_NAMES: one call for all groups, then a look
#: at each by number, costs a fraction of asking for one group by name after another.
_RULE_GROUPS = [(_PATTERN.groupindex["r_" + name] - 1, name) for name in _RULE_NAMES]


def _rule_of(match: regex.Match[str]) -> str:
    groups = match.groups()
    for index, name in _RULE_GROUPS:
        if groups[index] is not None:
            return name
    raise AssertionError("no rule matched")  # pragma: no cover


def _is_false_positive(rule: str, text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if rule in _RECURRING_RULES and before.endswith(_RECURRING):
        return True
    if rule in ("day", "day_range_bare"):
        if before.endswith(_DAY_BEFORE) or after.startswith(_DAY_AFTER):
            return True
        return rule == "day" and _PERIOD_AFTER.match(text, end) is not None
    if rule in ("month", "year_month"):
        return text[end - 1] == "月" and after.startswith(_MONTH_AFTER)
    if rule == "year":
        if _NUMBERED_AFTER.match(text, end):
            return True  # 商务部公告2020年第14号: a document's number, no date
        return before.endswith(_YEAR_BEFORE) or after.startswith(_YEAR_AFTER)
    if rule == "weekday":
        if _RECURRING_LIST.search(text, max(0, start - 12), start):
            return True  # 每周一、周三: the list of a recurring day recurs
        if _DATED_WEEKDAY.search(text, max(0, start - 4), start):
            return (
                True  # 12月10日，星期六: the weekday of the date just written, no date of its own
            )
        if before.endswith(_UNTIL):
            return after.startswith(_WEEKDAY_AFTER)  # 截至周二收盘时: the day, no timetable
        if _WEEKDAY_LIST_NEXT.match(text, end):
            return before.endswith(_WEEKDAY_BEFORE)  # 周六、周日两天: both days, a list
        return after.startswith(_WEEKDAY_AFTER) or before.endswith(_WEEKDAY_BEFORE)
    if rule == "part" and text.startswith("年初", end - 2):
        # 大年初一, 年初五: the lunar calendar's days of the new year (holidays), not January
        return before.endswith("大") or after.startswith(_LUNAR_DAY)
    return False


#: Prepositions jieba glues to the date after them (从今年起, 从明年起, 从今天起).
_GLUED_FROM = frozenset("从自")


def _crosses_word(tokens: list[Token], start: int, end: int) -> bool:
    """A match starting inside a jieba word (相当天然 → 当天), or ending inside one that does not
    continue it as a date (今日头条), is no date."""
    if inside_word(tokens, start):
        k = token_at(tokens, start)
        if not (k >= 0 and start == tokens[k].start + 1 and tokens[k].word[0] in _GLUED_FROM):
            return True  # 从明年起, 从今天起: jieba's one word of a preposition and the date
    i = token_at(tokens, end)
    if i >= 0 and tokens[i].start < end:
        return tokens[i].word[end - tokens[i].start :] not in _CONTINUATIONS
    return False


def _is_outlet(word: str) -> bool:
    """A news outlet's word: 头条, 早报, 新闻网, 电视台, and any longer word ending in 网
    (财经网; a two-character one is mostly a verb: 落网, 联网)."""
    return (
        word in _OUTLET_WORDS
        or word.endswith(_OUTLET_ENDINGS)
        or (len(word) >= 3 and word.endswith("网"))
    )


def _names_outlet(tokens: list[Token], end: int) -> bool:
    """今日 ending at ``end`` opens a medium's name (今日新闻网, 今日头条, 今日美国报): the next
    word is an outlet word, or a noun and then one, with no break between."""
    i = token_at(tokens, end)
    if i < 0 or tokens[i].start != end:
        return False
    if _is_outlet(tokens[i].word):
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        following is not None
        and following.start == tokens[i].end
        and _HAN.fullmatch(tokens[i].word) is not None
        and word_tag(tokens[i].word).startswith("n")
        and _is_outlet(following.word)
    )


def _figures(text: str) -> set[int]:
    """Where 昨天/今天/明天 (昨日/今日/明日) are a figure of speech, no dates: two or three of
    them standing for different days head clauses of one sentence (今天你不加班，明天就找工作;
    昨天是部门，今天是他，明天…), none is followed by a part of the day or a clock time, and the
    sentence writes no digit (a time-specific report: 昨天最高气温35度，今天降至28度). The words
    of such a figure are the figure's again later in the paragraph (…你明天找的工作)."""
    words: set[str] = set()
    found: set[int] = set()
    sentence_start = 0
    for end in [e.end() for e in _SENTENCE_END.finditer(text)] + [len(text)]:
        if sentence_start >= end:
            break
        heads = [
            m
            for m in _FIGURE_HEAD.finditer(text, sentence_start, end)
            if _DAY_PART.match(text, m.end()) is None
        ]
        days = {_FIGURE_DAYS[m[0]] for m in heads}
        if len(days) >= 2 and not _DIGIT.search(text, sentence_start, end):
            words.update(m[0] for m in heads)
        if words:
            for m in _FIGURE_WORD.finditer(text, sentence_start, end):
                if m[0] in words and _DAY_PART.match(text, m.end()) is None:
                    found.add(m.start())
        sentence_start = end
    return found


def _weekday_ahead(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The bare weekday ``text[start:end]`` is told ahead: a word before it puts it so (将于周六,
    定于周五), or a future word (将, 即将, 会, 拟) follows in its clause or the next with no
    completed action or verb of saying between (周六选战开票，不少民众会…; not 周一表示，…将…)."""
    if _AHEAD_BEFORE.search(text, max(0, start - 4), start):
        return True
    if _FROM_BEFORE.search(text, max(0, start - 2), start) and text.startswith("起", end):
        # 由星期日起…加密: a change from that day on, unless the sentence tells it done
        rest = _SENTENCE_END.search(text, end)
        return not _DONE.search(text, end, rest.start() if rest else len(text))
    boundaries = 0
    following = tokens_from(tokens, end, first=_FUTURE_REACH)
    for i, token in enumerate(following):
        word = token.word
        if _SENTENCE_END.fullmatch(word) or word in _NOT_AHEAD:
            return False
        if _CLAUSE_END.fullmatch(word):
            boundaries += 1
            if boundaries > 1:
                return False
            continue
        if word == "将" and i + 1 < len(following):
            after = following[i + 1]
            if word_tag(after.word).startswith(("n", "r", "m", "eng")) or after.word.isdigit():
                continue  # 将 before its object is 把 (周二将苹果公司告上法庭)
        if word in _FUTURE_WORDS or _FUTURE_WILL.fullmatch(word):
            return True
    return False


def _name_word(word: str) -> bool:
    """The last word of the name of an award, a list, an event or a meeting (会议, 电子展, 大奖,
    人物); a verb ending so (发展, 进展) is none."""
    if not word.endswith(_NAME_ENDINGS):
        return False
    return not (word.endswith("展") and word_tag(word).startswith("v"))


def _in_name(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The year ``text[start:end]`` (2011年, 2011年度) is inside a quoted name of an award, a
    list, an event or a meeting, no date: the quote (“”, 「」, 『』) holds no clause punctuation
    and ends with a name word (“2011年度十大经济人物”, “2012年…设计奖”) or is followed by 奖,
    评选, 称号 (“2011年度…手机”奖). Quoted speech (“2012年是奥运年，…”) holds clause
    punctuation and stays a date. An unquoted name's leading year stays a date, as the realworld
    gold reads it (召开2024年第二次全体会议, 2019年山西品牌丝路行活动)."""
    opening = max(text.rfind(quote, max(0, start - 40), start) for quote in _OPENING_QUOTES)
    if opening < 0:
        return False
    close = text.find(_OPENING_QUOTES[text[opening]], end, opening + 42)
    if close < 0 or not _QUOTED_NAME.fullmatch(text, opening + 1, close):
        return False
    if text.startswith(_NAME_AFTER, close + 1):
        return True
    last = tokens_before(tokens, close, last=1)
    return bool(last) and last[0].end == close and _name_word(last[0].word)


def _occasion_before(tokens: list[Token], start: int) -> str | None:
    """The occasion 当天/当日 at ``start`` is the day of (发售当日 → 发售), else ``None``."""
    before = tokens_before(tokens, start, last=1)
    if not before or before[0].end != start:
        return None
    word = before[0].word
    if _HAN.fullmatch(word) is None or word in _NOT_EVENTS:
        return None
    tag = word_tag(word)
    if word in _EVENT_WORDS or word.endswith(_EVENT_ENDINGS) or tag.startswith(("v", "t")):
        return word
    return None


def _occasion_day(text: str, word: str, start: int, found: list[_Found]) -> date | None:
    """The day the text gives the occasion ``word`` before ``start``: a day (a found date of day
    precision) within :data:`_EVENT_GAP` characters of the word in the same sentence
    (6月1日发售，发售当日 → June 1st); the nearest one before wins."""
    for _, d_start, d_end, value in reversed(found):
        if value is None or len(value) != 10:
            continue
        for w_start in (text.find(word, d_end, start), text.rfind(word, 0, d_start)):
            if w_start < 0 or w_start + len(word) > start:
                continue
            gap = text[d_end:w_start] if w_start >= d_end else text[w_start + len(word) : d_start]
            if len(gap) <= _EVENT_GAP and _SENTENCE_END.search(gap) is None:
                return date.fromisoformat(value)
    return None


_Found = tuple[str, int, int, str | None]

# --- public functions -----------------------------------------------------------------------------


class Span(NamedTuple):
    """A resolved date of a paragraph, for extractors that date other facts."""

    start: int
    end: int
    value: str | None


class _Resolver:
    """The dates of a body, per paragraph: paragraphs are resolved in order and only as far as
    asked (dates carry context forward: 9日 after 12月…)."""

    def __init__(self, doc: Doc) -> None:
        self._paragraphs = _paragraphs(doc)
        self._ctx = _Context(published=doc.published, roc=_traditional(doc))
        opening = "\n".join(text for text, _ in self._paragraphs[:_DATELINE_PARAGRAPHS])
        self._ctx.today = dateline_day(opening, doc.published)
        self._done: list[list[_Found]] = []

    def __getitem__(self, index: int) -> list[_Found]:
        while len(self._done) <= index:
            text, tokens = self._paragraphs[len(self._done)]
            self._done.append(_iter_dates(text, tokens, self._ctx))
        return self._done[index]


def _resolver(doc: Doc) -> _Resolver:
    """The body's dates: one resolver for every extractor within extract_facts (base.Sharing),
    else a new one per call, so that nothing is kept between documents."""
    return shared(doc, "dates", lambda: _Resolver(doc))


class DateSpans:
    """The dates :func:`extract` finds, per paragraph, as light (start, end, value) tuples.

    For extractors that date other facts: paragraphs are resolved only as far as asked.
    """

    def __init__(self, doc: Doc) -> None:
        self._found = _resolver(doc)
        self._spans: dict[int, list[Span]] = {}

    def __getitem__(self, index: int) -> list[Span]:
        if index not in self._spans:
            found = self._found[index]
            self._spans[index] = [Span(start, end, value) for _, start, end, value in found]
        return self._spans[index]


def _traditional(doc: Doc) -> bool:
    return doc.metadata.language == "zh-Hant"


def _paragraphs(doc: Doc) -> list[tuple[str, list[Token]]]:
    return [
        (text, doc.tokens[index] if index < len(doc.tokens) else [])
        for index, text in enumerate(doc.paragraphs)
    ]


def extract(doc: Doc) -> list[Fact]:
    """Every date expression of the body, resolved against ``doc.published``."""
    facts: list[Fact] = []
    resolved = _resolver(doc)
    for index, text in enumerate(doc.paragraphs):
        for rule, start, end, value in resolved[index]:
            facts.append(
                Date(
                    text=text[start:end],
                    paragraph=index,
                    start=start,
                    end=end,
                    rule="date." + rule,
                    value=value,
                )
            )
    return facts


#: Rules that name a month of their own (6月7日, 2024年3月, 3月份): the month a sentence reports.
_MONTH_RULES = frozenset(
    ("year_month_day", "numeric_day", "year_month", "month_day", "month", "short_year")
)  # (short_year: 113年4月, a Republic-era month: nineteenth session)


#: Full-width digits (２０１２年１２月５日, common in wire copy) read as ASCII ones: one character
#: for one, so every span stays the page's.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
#: translate builds a new string character by character; most paragraphs need none of it.
_ANY_FULL_WIDTH = pattern_cache.compile("[０-９]")


def _iter_dates(text: str, tokens: list[Token], ctx: _Context) -> list[_Found]:
    if _ANY_FULL_WIDTH.search(text):
        text = text.translate(_FULL_WIDTH)
    found: list[_Found] = []
    ctx.sentence_year = ctx.sentence_month = ctx.sentence_quarter = ctx.topic_year = None
    ctx.part_year = None
    published = ctx.published
    if ctx.month and (published is None or ctx.month != (published.year, published.month)):
        # A bare 16日 in a new paragraph is of the month the paragraph names, else of the
        # publication's: a month named paragraphs earlier (去年4月26日…) is a past episode.
        ctx.month = None
    last_end, sentence_start, day_end = 0, 0, -1
    undated: set[int] = set()  # 当天 of an occasion the text does not date: kept if explained
    titles = [t.span() for t in _TITLE.finditer(text)] if "《" in text else []
    figures = _figures(text) if len(_FIGURE_WORD.findall(text)) >= 2 else set()
    title_starts = [t_start for t_start, _ in titles]
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        # Titles do not overlap: only the last one opening before the date can hold it.
        inside = bisect_left(title_starts, start) - 1
        if inside >= 0 and titles[inside][1] > start:
            continue  # part of a document's name (《…行动方案（2022—2025年）》), as 天宫一号 is
        rule = _rule_of(match)
        if _is_false_positive(rule, text, start, end):
            continue
        # Digits are never inside a jieba word, but a relative word can be (相当天然 → 当天).
        if rule in _WORD_RULES and _crosses_word(tokens, start, end):
            continue
        if match["rd"] == "今日" and _names_outlet(tokens, end):
            continue  # 今日新闻网, 今日头条: a medium's name
        if rule == "lone_day" and not _lone_day(tokens, start):
            continue  # 至今, 今非昔比: no day
        if rule == "relative_day" and start in figures:
            continue  # 今天你不加班，明天就找工作: a figure of speech, no day
        if rule == "year" and match["y"] and _in_name(text, tokens, start, end):
            continue  # “2011年度十大经济人物”: a quoted name's year
        ends = [e.end() for e in _SENTENCE_END.finditer(text, last_end, start)]
        if ends:
            sentence_start = ends[-1]
            if any(text[e - 1] not in _CLAUSE_STOPS for e in ends):
                ctx.sentence_year = ctx.sentence_first = ctx.sentence_month = None
                ctx.sentence_quarter = ctx.part_year = None
                if ctx.month_ahead:
                    ctx.month, ctx.month_ahead = None, False
        last_end = end
        occasion = None
        if rule == "relative_day":
            # 当天 after 9月9日 is that day; else the day that opened a recent sentence
            # (9日的罢工是继5日…。当天… → the 9th); else the last day named.
            ctx.anchor = ctx.day if start - day_end <= _ADJACENT else (ctx.topic_day or ctx.day)
            if ctx.counted_day is not None and _COUNTED_AFTER.match(text, end):
                ctx.anchor = ctx.counted_day  # …0—24时…；当日新增治愈出院病例5例: the day counted
            if match["rd"] in _SAME_DAY:
                occasion = _occasion_before(tokens, start)
        if occasion is not None:
            # 发售当日: the day of that occasion, when the text dates it (6月1日发售); else
            # only a date right after may explain it (开幕当天（5月3日）), or it is none.
            event_day = _occasion_day(text, occasion, start, found)
            value = event_day.isoformat() if event_day else None
            if event_day is None:
                undated.add(len(found))
            found.append((rule, start, end, value))
            continue
        effective = _EFFECTIVE.match(text, end) is not None
        of_report = rule == "year" and bool(
            _MEETING_OF_YEAR.match(text, end)
            or (_REPORT_OF_YEAR.match(text, end) and text.endswith(_DISCLOSED, 0, start))
        )
        saved = replace(ctx) if effective or of_report or text.startswith(_DUE, end) else None
        ctx.ahead = rule == "weekday" and _weekday_ahead(text, tokens, start, end)
        value = _resolve(rule, match, ctx)
        if match["ry"] in _BACK_THEN and not any(f[3] for f in found):
            value = None  # 当年 with no date before it in its paragraph: "in those days"
        if value is None and (
            rule in ("roc_year", "short_year_range", "fiscal_year")
            or (rule == "short_year" and not match["y"].isdigit())
        ):
            continue  # a duration (30年), or a page that is no Taiwan page
        if value is None and (
            match["ry"] in _THAT_YEAR
            or match["ry"] in _NEXT_YEAR
            or match["rm"] in _THAT_MONTH
            or rule == "decade"
            or (rule == "year_range" and not text.endswith("年", start, end))
        ):
            continue  # 当年 with no year named before is "in those days", not a date; (2025—2021)
            # with no 年 is no period
        if value is not None and len(value) == 10 and match["rd"] not in _SAME_DAY:
            day_end = end
            if start - sentence_start <= _TOPIC_GAP or text.startswith("电", end):
                ctx.topic_day = ctx.day
            if _WHOLE_DAY.match(text, end):
                ctx.counted_day = ctx.day  # 6月14日0—24时: the day a bulletin counts
        compared = text.endswith(_COMPARED_BEFORE, 0, start)
        if compared:
            pass  # 比上年增长, 比2019年增长: the base of a comparison, no year the text tells
        elif match["y"] and rule not in (
            *("numeric_day", "year_range", "month_range", "day_range"),
            "same_period",  # 比2019年同期: the base of a comparison, no year the sentence tells
        ):
            ctx.sentence_year = ctx.year = _year_number(match["y"], ctx)
            # 2022年…比上年上涨2%，2023年比上年上涨0.5%: 上年 counts back from the nearest year
            ctx.sentence_first = ctx.sentence_year
            if rule == "year" and start == 0 and text.startswith(("，", ","), end):
                ctx.topic_year = ctx.year  # 2023年，全国…: the paragraph reports that year
        elif match["y"] and rule == "month_range" and not match["y2"] and value is not None:
            # 2023年1-11月，…，11月当月增长7.2%: the range's year is its sentence's, and the
            # paragraph's opening year no longer holds
            ctx.sentence_year = ctx.year = int(value[:4])
        elif rule == "month_range" and match["ry2"] and value is not None:
            # 去年9月到今年1月，…但2月以后: the months after the range are of its end's year
            ctx.sentence_year = ctx.year = int(value.rpartition("/")[2][:4])
        elif match["ry"] and value is not None and rule != "same_period":
            ctx.sentence_year = ctx.year = int(value[:4])
        elif (
            rule == "month_range"
            and value is not None
            and ctx.published is not None
            and int(value[:4]) < ctx.published.year
        ):
            # 1—12月份…比上年增长7.0% read in January: the months are last year's, and 上年
            # counts back from them
            ctx.sentence_first = int(value[:4])
        if ctx.sentence_first is None and match["ry"] not in _PREVIOUS_YEAR:
            # 上年 counts back from a year the sentence names, never from another 上年 (比上年增加
            # 12万吨，…比上年增加3万吨: both the year before publication)
            ctx.sentence_first = ctx.sentence_year
        if ctx.sentence_first is None and rule == "part" and value is not None:
            # 年末全省常住人口…，比上年末减少18万人: 上年 counts back from the year 年末 is of
            ctx.sentence_first = int(value[:4])
        if rule in _MONTH_RULES and value is not None and len(value) in (7, 10):
            ctx.sentence_month = (int(value[:4]), int(value[5:7]))
        if (
            rule in ("part", "year_part")
            and value is not None
            and "季" in text[start:end]
            and ctx.sentence_quarter is None  # the first quarter named, not a base after it
        ):
            # 一季度末，…较上季末上升: 上季 counts back from the quarter the sentence reports
            ctx.sentence_quarter = (int(value[-7:-3]), (int(value[-2:]) - 1) // 3)
        if saved is not None and value is not None and (len(value) == 7 or of_report):
            # 2021年7月到期的债券: no month of the story; 召开2019年年度股东大会，股权登记日为
            # 6月22日: the year a report or a meeting is of is no year of the story
            for name in _DUE_KEEPS:
                setattr(ctx, name, getattr(saved, name))
        if effective and saved is not None:
            # 条例自今年5月1日起施行…。当天下午: the day a rule takes effect is no day of the
            # story a later 当天 points back to
            ctx.day, ctx.topic_day = saved.day, saved.topic_day
        found.append((rule, start, end, value))
    if "（" in text or "(" in text or "即" in text:
        found = _explained_days(text, found)
    if undated:
        found = [f for i, f in enumerate(found) if i not in undated or f[3] is not None]
    return found


#: After a year (2019年, 2019年度): a company's meeting or payout of that year, held the year after,
#: which the story's later bare dates are not in (2019年年度股东大会, 2019年度利润分配); its annual
#: report too when the sentence discloses it (披露2019年年报，并于5月20日…), but not when the
#: report tells of that year (2019年年度报告显示，截至12月31日…).
_MEETING_OF_YEAR = pattern_cache.compile(
    r"(?:年度|年)?(?:年度股东大会|股东大会|利润分配|权益分派|分红)"
)
_REPORT_OF_YEAR = pattern_cache.compile(r"(?:年度|年)?(?:年报|年度报告)")
_DISCLOSED = ("披露", "发布", "公布", "发布了", "披露了", "公布了")
#: The whole of a day after it (6月14日0—24时, 0时至24时): the day a health bulletin's figures
#: are of, which a later 当日 before more figures points back to (…通报，6月14日0—24时…；当日新增…;
#: not 当日还召开了新闻发布会, the day of the report).
_COUNTED_AFTER = pattern_cache.compile(r"(?:新增|治愈|出院|死亡|报告|发现|确诊|解除|累计|共)")
_WHOLE_DAY = pattern_cache.compile(r"\s*0\s*(?:时|点)?\s*(?:[—\-－–~～]{1,2}|至|到)\s*24\s*[时点]")
#: The context a month falling due leaves as it was (2021年7月到期的债券…较16日).
_DUE_KEEPS = ("month", "sentence_month", "sentence_year", "sentence_first", "year", "period")


#: What stands between a relative day and the date that explains it: 今天（10月1日）,
#: 当日，即1月22日, 当天（即5日）.
_EXPLAINED_BY = frozenset(("（", "(", "（即", "(即", "，即", ",即", "即"))


def _explained_days(text: str, found: list[_Found]) -> list[_Found]:
    """今天（10月1日）, 除夕当日，即1月22日, 本周末(12月10日): a relative day or week explained by
    the date right after it is that date (a quoted report's 今天 is the report's day, not the
    publication's)."""
    for i in range(len(found) - 1):
        rule, start, end, _ = found[i]
        _, after_start, _, after_value = found[i + 1]
        explained = text[end:after_start] in _EXPLAINED_BY
        relative = rule in ("relative_day", "relative_week")
        if relative and explained and after_value and len(after_value) == 10:
            found[i] = (rule, start, end, after_value)
    return found


def resolve_date(expression: str, published: datetime | None) -> str | None:
    """An explicit or relative date expression → ISO 8601 (or interval), else ``None``.

    Resolved against ``published``, never the machine clock: 去年 → "2023", 今年 → "2024",
    6月7日 → "2024-06-07", 到2025年 → "2025", 2025年底 → "2025-12" (publication in 2024).
    The first date found in ``expression`` is used.
    """
    ctx = _Context(published=published)
    expression = expression.translate(_FULL_WIDTH)
    for match in _PATTERN.finditer(expression):
        rule = _rule_of(match)
        if not _is_false_positive(rule, expression, *match.span()):
            return _resolve(rule, match, ctx)
    return None
