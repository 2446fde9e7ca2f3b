"""Quantities: a number with its measure word, normalised (12.2万家 → 122000 家).

Numbers are found with one regex on the raw paragraph (jieba splits 14.8% and 12.2万家 apart),
then filtered by rules that encode FACTS.md:

- ``text`` is the number with its measure word, plus a hedge word beside it when that hedge sets
  the qualifier (约0.25个百分点, 近300家, 3.17亿余元, 10家左右, 不少于1万家, 3倍多, 两个多月).
- ``value`` folds 万/亿/万亿 in (and a mixed amount: 2万8千 → 28000, 3千5百 → 3500);
  ``unit`` is the bare measure word (个百分点 → 百分点, ％ → %),
  ``unit_text`` the unit as written (个百分点, ％), null exactly when ``unit`` is. A unit written
  with a slash is one compound unit (0.55万人次/公里·日 → 5500 人次/公里·日, 1.2万元/亩 → 12000
  元/亩); rates written as words (每月, 人均) stay in the subject. Spoken currency is 元 with the
  value scaled (2毛钱 → 0.2 元, unit_text 毛钱; 10块钱 → 10 元).
- A range (3至5个, 15%至20%) is two facts, ``at_least`` and ``at_most``.
- Shares: 百分之三十 → 30 %, 千分之五 → 5 ‰; a fraction 四分之一 → 0.25 with no unit (rounded
  to 4 decimals: 三分之二 → 0.6667).
- Not quantities: years (2024年) and anything without a measure word (6月7日, 12时55分, phone
  and document numbers); ordinals (第二批); a bare Chinese 一 (一批, 一家, 一次性: an article, not
  a count); numbers inside 《》 titles, political formulas (四个意识, 两个维护) and, for Chinese
  numerals, short quoted names (“两个确保”);
  numerals that start or end inside a jieba word (统一, 两位数, 七台河); time windows anchored at
  the present (近3年, 前4个月, 40多年来, 20年前, 在3年内, 未来三至五年内) — they are periods,
  neither amount nor date (a bound with 内 written alone is an amount: 6个月内不给予) — and
  durations used as a name (五年行动计划, 10年期国债).
- ``subject`` is the shortest noun phrase counted: the nouns right after the measure word (5家
  国家级孵化器 → 国家级孵化器), else the nouns before the number (省级专精特新企业120家), with the
  direction words of a rate kept (规上工业增加值年均增长7.5% → 规上工业增加值年均增长). Named
  earlier in the sentence: a bare rate takes the amount before it (营业额385.7亿元，同比增长42.2%
  → 营业额同比增长); a planned figure takes the object of its verb (…高新技术企业认定工作，今年
  力争新认定50家 → 高新技术企业); else the direction words alone (…，比上年同期上涨0.1% → 上涨).
- In a table row (a body paragraph that ``Doc.tables`` maps to a row), a figure in a data cell
  takes its row and column headers as subject and, when the cell is a bare figure (5.6, -3.2),
  its unit from the headers or the table's 单位： note; see "table cells" below.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise
from operator import attrgetter
from typing import Literal

import regex

from .. import pattern_cache
from ..lexicon_user import shipped_list
from ..models import CELL_SEPARATOR, Doc, Table, Token
from .base import Fact, Number, Qualifier, lazy_pattern, shared
from .dates import DAY_TERMS, roc_year
from .numbers import ARABIC, CHINESE, CN_FIRST, MULTIPLIERS, json_number, parse_numeral
from .officials import person_name_end, translit_name_end
from .spans import (
    HAN_RUN,
    TRANSLIT,
    SpanIndex,
    crosses_word,
    inside_word,
    lexicon_memo,
    single_surnames,
    token_at,
    tokens_before,
    tokens_between,
    tokens_from,
    word_list,
    word_tag,
)


class Quantity(Fact):
    type: Literal["quantity"] = "quantity"
    value: Number | None
    unit: str | None
    #: The unit as written, after any 万/亿 folded into ``value`` (个百分点, ％, 毛钱, 元/吨);
    #: ``None`` exactly when ``unit`` is ``None``.
    unit_text: str | None = None
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
    "个千分点": "千分点",  # 出生率下降0.38个千分点: points of a rate per thousand
    "千分点": "千分点",
    "个小时": "小时",
    "个工作日": "工作日",
    "个季度": "季度",
    "个月": "个月",
    "个星期": "个星期",  # 2个星期左右: weeks with 个, as 个月 (周 and 星期 alone are 周)
    "个点": "百分点",  # 上涨2个点: spoken per-cent points
    # 多 inside the measure word: 两个多月, 3个多小时 (more than; see _candidate)
    "个多月": "个月",
    "个多小时": "小时",
    "个多星期": "个星期",
}
#: Spoken currency units: the canonical unit and the factor the value takes (2毛钱 → 0.2 元);
#: ``unit_text`` keeps the word as written.
CURRENCY_FACTORS: dict[str, tuple[str, Decimal]] = {
    "块钱": ("元", Decimal(1)),
    "元钱": ("元", Decimal(1)),
    "毛钱": ("元", Decimal("0.1")),
    "角钱": ("元", Decimal("0.1")),
    "分钱": ("元", Decimal("0.01")),
}
for _spoken, (_canonical, _) in CURRENCY_FACTORS.items():
    UNITS[_spoken] = _canonical
#: Colloquial names of a currency: the canonical unit, ``unit_text`` as written (十美金 → 10 美元,
#: 3000台币 → 3000 新台币, not 3000 台 of machines).
UNITS["美金"] = "美元"
UNITS["台币"] = "新台币"
UNITS["澳门币"] = "澳门元"
UNITS["新元"] = "新加坡元"  # Singapore's and Malaysia's press (13亿新元, 5000万令吉)
UNITS["令吉"] = "林吉特"
UNITS["马币"] = "林吉特"
#: Measure words of counts (个, 家, 套, 份, 次…): the second half of a compound unit (台套, 人份).
COUNT_UNITS = word_list(
    "个 家 项 批 件 条 座 所 台 辆 架 艘 只 头 套 块 张 份 篇 部 "
    "款 种 类 场 期 次 轮 处 间 栋 层 "
    "名 位 人 人次 户 户次 家次 车次 台次 架次 班次 例 起 宗 笔 单 门 节 册 本 首 支 队 组 对 双 "
    "片 棵 株 匹 枚 颗 根 倍 成 幅 幢 岁 周岁 床 部门 部分"
)
for _unit in COUNT_UNITS + word_list(
    # currencies
    "元 美元 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 人民币 新台币 澳门元 加元 新加坡元 泰铢 "
    "瑞士法郎 林吉特 比索 "
    # measures
    "吨 千克 公斤 克 斤 亩 公顷 平方公里 平方千米 平方米 立方米 "
    "公里 千米 米 厘米 毫米 公分 海里 "
    "千瓦时 千瓦 兆瓦 吉瓦 瓦 升 毫升 标准箱 标箱 列 趟 点 "
    # time
    "年 天 周 小时 分钟 秒 工作日 周年 日"
):
    UNITS.setdefault(_unit, _unit)
#: The general inventory (lexicon/units*.txt): jieba's measure words (段, 杯, 毫克, 千卡),
#: standard metrology and Taiwan's metric names (公克, 公升, 公尺), counters (人份, 方面).
for _unit in shipped_list("units"):
    UNITS.setdefault(_unit, _unit)
#: Standard metrology symbols as written on news pages, either case (330ml, 168CM, 49KG, 八百ＣＣ);
#: a full-width one (ＣＣ) is reported half-width in ``unit``. ℃ is a symbol of its own.
LATIN_UNITS = (
    # energy (35.1GWh, 200MWh, 15kWh) before power (GW, MW, kW)
    *word_list("TWh GWh MWh kWh Wh"),
    "GW",
    "MW",
    "kW",
    *word_list("km kg mg ml mL cc cm mm KM KG MG ML CC CM MM"),
    # contents and frequencies (17.27g/kg, 1.2GHz); g alone is left out (4g is a network)
    *word_list("g/kg mg/kg μg/kg mg/L g/L GHz MHz kHz"),
    # concentrations in air and water (PM2.5浓度为42μg/m³, 0.05mg/m³, 12μg/L)
    *word_list("μg/m³ mg/m³ μg/m3 mg/m3 μg/L"),
    # capacities of a production line, tonnes a day, an hour, a year (5000t/d, 30万t/a)
    *word_list("t/d t/h t/a"),
    # storage and batteries of devices (16GB存储空间, 电池容量2000mAh), and of a region's data
    # centres (存力总量达到30EB), and computing power (算力规模超过20EFLOPS)
    *word_list("TB GB MB mAh PB EB ZB EFLOPS PFLOPS TFLOPS"),
    # basis points in financial media (LPR+30BP, 下调5bp) and square metres (120m²)
    *word_list("BP bp m²"),
)
_FULL_WIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)
for _latin in LATIN_UNITS:
    UNITS[_latin.translate(_FULL_WIDTH)] = _latin  # ＣＣ → CC
UNITS.setdefault("℃", "℃")
UNITS.update({"BP": "基点", "bp": "基点", "m²": "平方米", "㎡": "平方米"})
#: The denominators of a compound unit written with a slash (元/吨, 人次/公里·日, 公里/小时):
#: the whole X/Y is the unit. Rates written as words (每月, 每人每年, 人均) stay in the subject.
PER_UNITS = word_list(
    "吨 千克 公斤 克 斤 亩 公顷 平方公里 平方千米 平方米 立方米 公里 千米 米 千瓦时 千瓦 度 "
    "人 人次 户 家 台 辆 件 条 个 只 头 张 套 份 床 "
    "年 月 日 天 周 小时 时 分钟 分 秒 次 km kg kWh h t m "
    # volumes: concentrations in water and prices of fuel (1.2毫克/升, 25毫克/L, 7.5元/升)
    "升 毫升 L "
    # floor area as property news writes it (11580元/㎡, 4.2万元/m², 3.5万元/平米), and a
    # painting's (10704元/平方尺); not 平 alone, the start of 平方尺 as often as of 平米
    "㎡ m² 平米 平方尺 "
    # (fifteenth session) energy per unit of output (0.48吨标准煤/万元, 0.3千克/元) and
    # per unit of power (0.82吨/兆瓦时); a hundred millilitres of blood, grams of food or
    # kilometres driven (185.6mg/100ml, 216毫克/100毫升, 15千瓦时/百公里)
    "万元 元 兆瓦时 MWh 100ml 100mL 100毫升 100克 100g 百公里 100公里 "
    # (seventeenth session) a price per share (收盘价32.15元/股, 每股收益1.2元/股)
    "股 "
    # (eighteenth session) Taiwan's metric names of area and volume (14.2微克/立方公尺)
    "平方公尺 立方公尺 公尺 公升"
)

#: Words that start with a measure word but are no measure (3所有, 5期间). 部门 and 部分 are
#: units of their own (教育部等7部门: 7 departments, not 7 部).
UNIT_CLASHES = frozenset(
    word_list(
        "所有 所在 门户 期间 次日 头部 处理 间接 成本 条件 名单 名额 位于 天价 针对 针对性 瓶颈 "
        # 发, 尾, 把 count rounds, fish and knives (120发, 10万尾, 160把), not in 2发布, 2012发送
        "发布 发展 发生 发现 发出 发放 发行 发表 发动 发起 发言 发挥 发电 发射 发送 发售 发货 "
        "尾声 尾款 把握 把关"
    )
)

#: Political formulas and set nicknames written with a count, often without quotes: names, not
#: amounts (三桶油: the three oil majors).
SLOGANS = word_list(
    "两个维护 两个确立 两个确保 两个一百年 两个毫不动摇 三个代表 三个务必 四个意识 四个自信 "
    "四个全面 四个革命 五位一体 八项规定 两学一做 三严三实 三桶油"
)

#: Measure words of a package of measures named by its count in quotes (“惠企28条”, “金融16条”).
PACKAGE_UNITS = frozenset(("条", "招", "项"))

#: Units of time: their quantities can be periods anchored at the present (近3年), see below.
TIME_UNITS = frozenset(
    ["年", "个月", "天", "周", "个星期", "小时", "分钟", "秒", "秒钟", "季度", "工作日"]
)

#: Units of time jieba tags as time words (8个星期): never a modifier of a noun after them.
TIME_WORDS = TIME_UNITS | frozenset(word_list("星期 礼拜 钟头 月 日 时 分 秒 年"))

#: Hedge words before the number (FACTS.md, plus obvious synonyms 将近/不低于/不高于/不到). 接近
#: ("comes close to") is a verb, no hedge: the human gold writes 接近800亿美元 as exact 800亿美元
#: in five places of six (dev d042, d116, d131; realworld 008; only realworld 023 reads approx).
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "约": "approx",
    "大约": "approx",
    "近乎": "approx",
    "近": "approx",
    "将近": "approx",
    "不少于": "at_least",
    "至少": "at_least",
    "不低于": "at_least",
    "不超过": "at_most",
    "不高于": "at_most",
    # a bound said as a prohibition (最好不要超过1秒, 不得低于60分): the negation makes the bound
    **dict.fromkeys(word_list("不要超过 不能超过 不得超过 不应超过 不宜超过 不可超过"), "at_most"),
    **dict.fromkeys(word_list("不得低于 不能低于 不应低于 不得少于 不能少于"), "at_least"),
    # 不小于/不大于 are 不低于/不高于 (距离不能小于1.5米)
    **dict.fromkeys(word_list("不小于 不能小于 不得小于 不应小于 不宜小于"), "at_least"),
    **dict.fromkeys(word_list("不大于 不能大于 不得大于 不应大于 不宜大于"), "at_most"),
    "超过": "more_than",
    "超": "more_than",  # 超3000家, 超百亿元: short for 超过
    "逾": "more_than",
    "不足": "less_than",
    "不到": "less_than",
    # ages and terms: 未满18周岁, 不满60周岁 (less than); 已满/年满/满18周岁 (at least)
    "不满": "less_than",
    "未满": "less_than",
    "已满": "at_least",
    "年满": "at_least",
    "满": "at_least",
}
#: Words that end with a one-character hedge but are no hedge (签约3个项目, 最近3天); jieba also
#: glues hedges to the word before (占地约300亩 is one token), so only these words cancel a hedge.
HEDGE_CLASHES = frozenset(
    word_list(
        "签约 合约 节约 制约 预约 特约 违约 履约 公约 条约 最近 附近 邻近 靠近 贴近 亲近 赶超 高超 "
        "充满 布满 圆满 美满 饱满 丰满 期满 届满 任满 刑满 填满 装满 挤满 坐满 住满 写满 满满"
    )
)
#: Hedge words after the measure word.
SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "左右": "approx",
    "以上": "at_least",
    "及以上": "at_least",
    "或以上": "at_least",  # Hong Kong's and Taiwan's 65歲或以上長者
    "以下": "at_most",
    "及以下": "at_most",
    "或以下": "at_most",
    "以内": "at_most",
    "之内": "at_most",
    "内": "at_most",
    "以前": "less_than",
    "出头": "more_than",  # 60岁出头: a little over
}
#: Between number and unit: 1000多项, 3.17亿余元.
MORE_THAN = "多余"

#: Before a number of time units, these make it a window anchored at the present (近3年, 过去6个月).
PERIOD_BEFORE = (
    *("近", "最近", "过去", "前", "后", "未来", "今后", "此前", "这", "那", "头", "之前"),
    "首",  # Hong Kong's 今年首5個月 (a date), 上市首3个月 (a window after the event)
)
#: After a number of time units, these make it a period or a name (40年来, 20年前, 3年内, 80年代,
#: 10年期国债, 五年行动计划); not 间 (28年间 is a span of years).
PERIOD_AFTER = word_list(
    "来 以来 前 后 内 之内 以内 以前 之前 之后 以后 里 代 期 初 底 末 度 级 "
    "行动 规划 计划 方案 攻坚 "
    "义务教育 一贯制"  # 九年义务教育巩固率, 十二年一贯制学校: a school system's name
)
#: An air quality measure's averaging window (臭氧日最大8小时平均浓度, 二氧化硫24小时平均浓度,
#: 8小时滑动平均): the standard 1, 8 and 24 hours before these words are part of its name (not
#: 实施48小时平均浓度下降20%, a time elapsed).
_AVERAGING_WINDOW = pattern_cache.compile(
    r"(?<![0-9])(?:1|8|24|一|八|二十四)小时(?=平均浓度|滑动平均)"
)
#: Characters before a number that make it an ordinal or a vague amount (第二批, 数十家, 几百个);
#: a 前 of its own (前10家) is a rank, see :func:`_not_amount`.
NOT_AMOUNT_BEFORE = "第数几"

#: Direction words of a rate: kept in the subject (FACTS.md: 增长, 下降, 同比, 环比).
DIRECTION_WORDS = frozenset(
    word_list(
        "增长 下降 上涨 下跌 下滑 回落 上升 提高 降低 增加 减少 增速 增幅 降幅 同比 环比 "
        "年均 平均 比上年 高于 低于 上调 下调 提升 扩大 缩小 上浮 下浮 增产 减产 延长 缩短 "
        # FACTS.md: 最高/最低 belong to the subject (增速最高达到25.6%)
        "最高 最低 "
        # statistics releases: 增速比1—4月加快0.3个百分点
        "加快 放缓 回升 "
        # customs and markets: 贸易顺差…，收窄1.3%; 汇率走强0.5%; 首付比例调高5个百分点
        "收窄 走强 走弱 调高 调低 "
        # market reports: 人民币兑美元跌0.06%, 股价暴涨逾50%, 员工总数由7万人锐减至1.9万人
        "涨 跌 升 降 暴涨 暴跌 大涨 大跌 收涨 收跌 微涨 微跌 "
        "飙升 骤降 锐减 激增 猛增 下挫 上扬 缩水 微增 微降 大增 "
        # energy and emissions: 煤炭消费总量较2017年削减10%, 压减粗钢产量300万吨
        "削减 压减 "
        # Taiwan's press: 年增/年減 for 同比增长/下降 (外銷訂單金額…，年減18.6%)
        "年增 年减 月增 月减 季增 季减 年涨 年跌 调涨 调降 调升 上修 下修 年成长 年衰退 成长 衰退 "
        # Hong Kong's press: 按年/按月 for 同比/环比 (零售业总销货价值按年上升8.2%)
        "按年 按月 按季 "
        # environmental bulletins: PM2.5平均浓度…，同比改善5.9%
        "改善 恶化 "
        # Hong Kong and Macau GDP releases: 本地生产总值按年实质收缩8.9%; forecasts of
        # economies (欧元区经济将萎缩8.7%)
        "收缩 萎缩 "
        # credit statistics: 人民币贷款增加1.48万亿元，同比多增3005亿元
        "多增 少增 多减 少减 "
        # bond yields and money-market rates: 国债收益率上行5个基点; currencies: 人民币对美元
        # 中间价较上一交易日调贬45个基点, 较上月贬值0.3%
        "上行 下行 升值 贬值 调贬 走高 走低 "
        # weather and hydrology: 降水量较常年同期偏多12%, 来水偏少3成
        "偏多 偏少 偏高 偏低 "
        # shareholders buying or selling shares (公司股东增持2000万股)
        "增持 减持 "
        # income statistics: 同比名义增长6.3%，扣除价格因素实际增长5.9%
        "名义 实际 "
        # an amount added after its noun (市场主体新增1.2万户, 民营企业贷款新增2860亿元), net
        # (5G基站比上年末净增37.1万个)
        "新增 净增 净减 "
        # a comparative of counts (病患明显多出一到两成, as the dev gold writes it; 高出, as 高 and
        # 低, stays out: 居民收入比…高出两成; a lone 多 or 少 is too often something else: 最 | 多
        # cut by jieba, 少 | 两例 with no noun the gold writes)
        "多出"
    )
)
#: Words between a subject and its number that are not part of the subject (销售收入为2519.3亿元).
LINK_WORDS = frozenset(
    word_list(
        "为 达 达到 是 就是 至 到 共 共计 合计 累计 总计 分别 均 都 仅 仅有 只有 已 已经 再 约为 "
        # a sum converted into a currency (收受他人财物共计折合人民币320万元)
        "折合 折合为 折算 介于 "
        # Hong Kong's 录得 (recorded), jieba's noun: 零售业总销货价值录得按年下跌32.8%; what is
        # counted after it is named there (录得3宗本地个案, 录得赤字)
        "录得 "
        "有 "
        "突破 跌破 高达 高 报 收于 报收 收报 报收于 收盘于 升至 降至 增至 跌至 下降至 上升至 在 "
        "稳定在 维持在 "
        "保持 接近 处于 "
        # the start of a change: 由7万人锐减至1.9万人, 从3家增加到5家
        "由 从 "
        # the price adjustment before a real growth (扣除价格因素实际增长4.8%)
        "扣除价格因素 剔除价格因素 "
        # modal verbs: 萎缩幅度可能高达12%
        "可能 或将 将会 会 能 能够 可以 可 要 可达 有望 了 只要 只需 仅需 只有 需要 需 "
        "应该 应当 应 "
        # comparisons, remainders and extents: 体积小于0.05立方米, 存活率只剩25%, 高烧持续72小时
        "小于 大于 等于 少于 多于 低于 高于 剩 剩下 只剩 仅剩 持续 长达 多达 重达"
    )
)
#: Link words that jieba splits (降/至, 维持/在, 分别/为): matched on the text, not on tokens.
LINK_SUFFIXES = word_list(
    "降至 升至 增至 跌至 提高到 提高至 降低到 降低至 下降到 上升到 减少到 增加到 "
    "维持在 稳定在 控制在 保持在 分别为 分别是 分别达 均为 仅为 约为 降到 升到 涨到 跌到 "
    "长达 多达 重达 只剩 仅剩 低至 高至 涨至 低于 高于 "
    # a level reached by cutting or stretching (办理时限压缩至2.3个工作日, 工期缩短到90天)
    "压缩至 压缩到 缩短至 缩短到 缩减至 缩减到 压减至 压减到 延长至 延长到 扩大至 扩大到 "
    # a rate or a price set anew (基本工资调升至每月27,470元, 时薪调升至183元)
    "调升至 调升到 调降至 调降到 调涨至 调涨到 调高至 调高到 上调至 上调到 下调至 下调到 "
    # (sixteenth session) a level recovered to (旅客吞吐量力争恢复至3000万人次) or set anew
    # (利率下限调整为不低于3.5%: jieba cuts 调整 | 为)
    "恢复至 恢复到 调整为 调整至 调整到 "
    # (twentieth session) an estimate's figure (经济成长率概估为6.51%, 出口预估介于380亿至400亿美元)
    "概估为 初估为 预估为 估计为 估算为 临时估计为 介于"
)
#: Words right before the verb of a planned or counted figure whose object was named in an
#: earlier clause (…高新技术企业认定工作，今年力争新认定50家).
PLAN_VERB_LEADS = frozenset(word_list("新 再 力争 争取 计划 将 要 累计 共"))
_PLAN_LEAD = pattern_cache.compile("|".join(pattern_cache.longest_first(PLAN_VERB_LEADS)))
MAX_PLAN_LEAD_GAP = 12  # characters between 新/力争… and the number (新培育认定10家)
#: Tags of function words (adverbs, prepositions, conjunctions, particles) in a bare clause.
FUNCTION_TAGS = frozenset(word_list("d p c u uj ul uz ud ug uv"))
MAX_LINK = max(map(len, LINK_SUFFIXES))
_LINK_LAST = frozenset(w[-1] for w in LINK_SUFFIXES)
_LINK_TAIL = pattern_cache.compile(f"(?:{'|'.join(LINK_SUFFIXES)})+$")
#: A link between a noun and its figure before 的 (票息为3.375%的债券, 规模达100亿元的基金): the
#: noun is what the figure measures, whatever its last character.
_VALUE_LINK = pattern_cache.compile(r"(?:均|约|高达|已)?(?:为|达|达到)(?:约)?")
#: Units of rates and shares: their subject is never the noun after them (上涨3.8%的商品), and
#: a rate's bare direction words do not borrow an earlier rate's subject.
RATE_UNITS = frozenset(["%", "‰", "百分点", "千分点", "基点", "倍", "成"])
#: Sentence and clause breaks, for subjects named earlier in the sentence.
_SENTENCE_BREAK = pattern_cache.compile(r"[。！？!?；;]")
_CLAUSE_BREAKS = "，,：:、"
#: The bases of comparisons jieba tags as nouns (较上季末增加, 比上届增加, 较前一交易日上行).
BASE_TERMS = frozenset(word_list("季末 季度末 季初 上季 上季度 上届 上一届 交易日"))
#: Words that end a subject although jieba tags them as nouns (力争 is nz, 月份 n), and
#: :data:`BASE_TERMS`.
SUBJECT_STOPS = (
    frozenset(
        word_list(
            "力争 争取 预计 月份 年度 季度 年底 年初 同期 去年同期 上年同期 上月 上年 去年 远期 "
            "近期 当前 目前 今年 明年 之日起"
        )
    )
    | BASE_TERMS
)
#: The first characters of 上月, 本月, 下月, 当月 (jieba cuts some: 上 | 月).
_MONTH_DEICTICS = frozenset("上本下当")
#: Parts of the year reported (jieba tags the quarters nouns): between the noun and its figure
#: they are passed over (工业增加值一季度增长6.2% → 工业增加值增长), before the noun they end
#: it (广东省前三季度进出口 → 进出口), as the gold drops 全年 and 上半年 from the nouns it writes
#: (中心全年人员工资 → 人员工资).
YEAR_PARTS = frozenset(
    word_list(
        "一季度 二季度 三季度 四季度 第一季度 第二季度 第三季度 第四季度 前三季度 首季度 "
        "上半年 下半年 "
        # Singapore's and Hong Kong's 第三季, 首季 (without 度)
        "第一季 第二季 第三季 第四季 首季"
    )
)
#: A time a figure is reached at, written between its noun and the figure (在6月份, 今年年底前,
#: 明年6月底前, 2022年底前, 上月, 今年前5个月); the bare parts of the year are YEAR_PARTS.
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_TIME_BETWEEN = pattern_cache.compile(
    # (nineteenth session) a reading's date after 截至 (外汇储备截至5月底为…), a period from its
    # start (今年以来, 从今年12月28日起) and months as a range (今年1—4月)
    r"(?:在|于|截至|截止|截止到|从|自)?"
    r"(?:(?:(?:19|20)\d\d|今|明|去|本|上)年(?:年?(?:底|末|内|初))?"
    r"(?:前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月)?"
    rf"(?:(?:{_MONTH_NUMBER}[—–\-－~至到])?{_MONTH_NUMBER}月(?:份|底|末|初|中旬|上旬|下旬)?)?"
    rf"(?:[0-9]{{1,2}}日)?"
    rf"|(?:{_MONTH_NUMBER}[—–\-－~至到])?{_MONTH_NUMBER}月(?:份|底|末|初|中旬|上旬|下旬)?"
    r"|年初|年内|目前"
    # a quarter's end after 截至 (截至今年第一季末, 截至一季度末)
    r"|(?:今年|去年|[0-9]{4}年)?第?[一二三四]季度?(?:末|底)"
    r"|[上本]个?月(?:份|底|末|初)?"
    # (sixteenth session) a day of the week and the week itself (恒生指数周四收报, 北向资金本周…)
    r"|(?:周|星期)[一二三四五六日天]|[上本这当]周|本周末|日内"
    # (seventeenth session) the day and the hour of a reading (水位今天8时达到20.6米, 气温昨日14时)
    r"|(?:今天|今日|昨天|昨日|当天|当日|[0-9]{1,2}日)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})时许?"
    r"|今天|今日|昨天|昨日)"
    r"(?:前|以来|起)?$"
)
_TIME_LAST = frozenset("年底末内初月份旬前一二三四五六日天周时许来起")
#: Words of aiming or expecting that may stand between a noun and its figure (经费争取不低于35元,
#: 销售额预计达100亿元): passed over, as an adverb is, when they stand right before the figure.
GOAL_LEADS = frozenset(word_list("力争 争取 预计 有望 可望"))
#: Parts of speech for subjects where jieba's dictionary misleads: unknown words of two Han
#: characters count as nouns (按计划, 减按, 投运), suffixes are tagged as verbs or measure words
#: (流转费, 烟酒类), adverbs as nouns (实际投运). A lone character the dictionary does not know
#: (非 of 非食品, 畜 of 畜肉类) and the prefixes 全/总/净 modify the noun after them.
SUBJECT_TAGS: dict[str, str] = {
    **dict.fromkeys(word_list("费 类 率 额 量 数 楼 实践 身高 工资"), "n"),
    **dict.fromkeys(
        word_list("实际 按计划 按期 按时 按要求 按规定 如期 依次 陆续 减按 继续 最好"), "d"
    ),
    **dict.fromkeys(
        word_list("投运 计入 迈入 跻身 步入 降到 升到 涨到 跌到 时隔 总计 并处 处以"), "v"
    ),
    **dict.fromkeys(word_list("起码 最少"), "d"),
    # adverbs of the extent of a change jieba tags as nouns (微幅下降至19.1%)
    **dict.fromkeys(word_list("微幅 小幅 小幅度"), "d"),
    # verbs of printing and issuing jieba tags as nouns (教育局印制十万份…)
    **dict.fromkeys(word_list("印制 印发 编印 寄发 张贴"), "v"),
    # Hong Kong's 录得 (recorded), a link before the figure (see LINK_WORDS) and a verb before a
    # noun (经常帐录得赤字1102.8亿美元 → 赤字, as dev d040's gold)
    "录得": "v",
    "即将来临": "v",
    "一次性": "b",
    **dict.fromkeys(word_list("千亿 百亿 万亿 千万 百万 亿元 万元"), "m"),
    **dict.fromkeys(word_list("全 总 净 非 副"), "h"),
    # (sixteenth session) tiers of cities and kinds of homes jieba tags as numerals: they tell the
    # series apart (二线城市二手住宅销售价格, 三线城市同比下降, 二套住房), kept in the subject
    **dict.fromkeys(
        word_list("一线 二线 三线 四线 五线 一二线 二三线 三四线 四五线 二手 二套 三套"), "b"
    ),
}
#: Lone characters jieba leaves untagged that start a noun (非食品, 畜肉类, 禽蛋类, 原材料).
NOUN_PREFIXES = frozenset("非畜禽原副")
#: Nouns that end a compound whose first word is a verb (流转费, 增长率, 接种人数, 招生规模).
NOUN_SUFFIXES = frozenset(
    word_list("费 率 额 量 数 比例 比重 人数 人次 户数 次数 数量 金额 面积 规模")
)
_CN_NUMERAL = "一二两三四五六七八九十〇零廿卅百千万亿"
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十〇零百千万亿多余")
#: Nouns that name no thing counted: a figure's club or mark (2000亿阵营, 突破千亿大关).
NOT_SUBJECTS = frozenset(
    word_list("阵营 大关 关口 行列 俱乐部 门槛 量级 级别 人民币 美元 标准 标准定额")
)
#: Verbs whose first object is a recipient (给予男方25天的护理假, 拖欠了员工两个月的工资), with
#: their 了.
RECIPIENT_VERBS = tuple(
    verb + done
    for verb in word_list("给予 给 授予 奖励 补贴 发放 拖欠 欠 支付 付给 补发 退还 赔偿")
    for done in ("", "了")
)
#: Currencies: an amount of them is often named by the verb before it (获利10.79亿元).
CURRENCIES = frozenset(
    word_list(
        "元 美元 美金 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 人民币 新台币 台币 澳门币 澳门元 "
        "加元 新加坡元 泰铢 瑞士法郎 林吉特 比索"
    )
)
#: jieba tags of words that may be part of a noun phrase (nouns, abbreviations, distinguishing
#: words, verbal nouns, English words) and of modifiers allowed inside one but not at its end.
NOUN_TAGS = frozenset(word_list("n nr ns nt nz ng nrt nrfg j b vn an eng s"))
MODIFIER_TAGS = frozenset(word_list("a b m f h"))
#: Tags that cannot start a subject found before the number (培育特色产业集群 → 特色产业集群).
LEADING_JUNK_TAGS = frozenset(word_list("m f v"))
#: Tags of a word before a verbal noun that make the verbal noun a verb (新培育, 将建设, 力争培育).
VERBAL_TAGS = frozenset(word_list("a d v nz"))
#: Light verbs whose object is a verbal noun, which then names the amount (完成投资1.5亿元,
#: 给予奖励50万元, 实现出口300亿元).
LIGHT_VERBS = frozenset(word_list("完成 实现 给予 获得 累计完成 完成了 实现了"))
#: At most this many tokens in a subject (the longest in the seed and realworld samples is 5).
MAX_SUBJECT_TOKENS = 6


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in pattern_cache.longest_first(words))


_LATIN = pattern_cache.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+")
#: Latin units only when no letter follows (5G, MG6 are no quantity).
_LATIN_UNIT_RE = (
    "(?:"
    + _alternation([u for u in UNITS if _LATIN.fullmatch(u)] + list(LATIN_UNITS))
    + ")(?![A-Za-zＡ-Ｚａ-ｚ])"
)
_UNIT_RE = _alternation([u for u in UNITS if not _LATIN.fullmatch(u)]) + "|" + _LATIN_UNIT_RE
#: The per-part of a compound unit: /公里, ／吨, /公里·日 (no letter may follow a Latin one).
_PER_RE = rf"[/／](?:{_alternation(PER_UNITS)})(?:[·・•](?:{_alternation(PER_UNITS)}))?(?![A-Za-z])"
#: 千 and 百 after Arabic digits are a scale too (2千元 → 2000 元, 1百克 → 100 克, 3千万 →
#: 30000000), but not where 千X or 百X is a unit of its own (3千米, 2千卡: 3 km, 2 kcal) or a
#: share (百分之).
SCALES: dict[str, Decimal] = {
    **MULTIPLIERS,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "千": Decimal(1000),
    "百": Decimal(100),
}
#: Scales that need a unit after them: a bare 2千 is no amount (but 2千万 is, like 2万).
UNIT_SCALES = frozenset(["千", "百"])


def _scale_re() -> str:
    parts = [_alternation(list(MULTIPLIERS)), "千亿|百亿|千万|百万"]
    for scale in ("千", "百"):
        rests = ["分"] + [u[1:] for u in UNITS if u.startswith(scale) and len(u) > 1]
        parts.append(f"{scale}(?!{_alternation(rests)})")
    return "|".join(parts)


#: The first characters of the hedges before a figure: a cheap test before the alternation.
_PREFIX_FIRST = "".join(sorted({w[0] for w in PREFIX_QUALIFIERS}))
#: The hedges as a pattern; 近 not inside 接近 (a verb: 接近800亿美元 is exact).
_PREFIX_RE = _alternation(list(PREFIX_QUALIFIERS)).replace("近", "(?<!接)近")
#: A currency named between a hedge and its figure (约人民币3亿元, 逾新台币30亿元): the hedge still
#: sets the qualifier, so the span takes both; without a hedge the currency stays out of the span
#: (罚金人民币5万元 → 5万元, as the gold writes it).
_HEDGED_CURRENCY = "人民币|新台币|台币|港币|港元|澳门币"
_QUANTITY = pattern_cache.compile(
    rf"(?:(?=[{_PREFIX_FIRST}])(?P<pre>{_PREFIX_RE})(?:{_HEDGED_CURRENCY}(?=[0-9０-９]))?)?"
    rf"(?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ])"  # K91, Ｋ91: a model code, no figure
    rf"(?:(?P<num>{ARABIC})(?: (?=[{MORE_THAN}]|{_scale_re()}|{_UNIT_RE}))?"  # 103 家, 3.5 亿元
    rf"(?P<more>[{MORE_THAN}])?(?P<mult>{_scale_re()})?"
    rf"|(?P<cn>{CHINESE}|[百千万](?=[{MORE_THAN}])|(?<=[超近逾约])(?:[百千](?:万亿|亿|万)?|万亿?|亿)(?!分之))"
    # a decimal said in numerals (三点六亿元, 零点五个百分点)
    r"(?:点(?P<cdec>[〇零一二三四五六七八九]{1,4})(?P<cdmult>万亿|亿|万)?)?"
    rf"(?:(?P<cmore>[{MORE_THAN}几])(?P<cmult>万亿|亿|万))?)"
    rf"(?:(?<=[{_CN_NUMERAL}])(?P<more3>几)|(?P<more2>[{MORE_THAN}])|(?P<about>来)(?={_UNIT_RE}))?"
    rf"(?:(?<=[0-9０-９][万千百][{MORE_THAN}])(?P<mult2>亿))?"  # 1万多亿元: over 10^12
    rf"(?:(?<=[0-9０-９]) (?={_LATIN_UNIT_RE}))?"  # 300 mm, 2.0 g/kg: one space before a symbol
    # 2.8亿度: kilowatt-hours; 86.5亿方, 3200万方: cubic metres (方 alone is no unit)
    rf"(?:(?P<unit>{_UNIT_RE}|(?<=[万亿])[度方])(?P<per>{_PER_RE})?)?"
    rf"(?P<suf>{_alternation([s for s in SUFFIX_QUALIFIERS if s != '内'])}|内(?!\p{{Han}}))?"
)
#: 百分之三十 → 30 %, 千分之五 → 5 ‰, 百分之五点二 → 5.2 % (a decimal said in numerals); rates
#: per ten thousand and per 100,000 as health and finance bulletins give them: 万分之三 → 3 ‱,
#: 10万分之15.6 and 十万分之零点三 → 15.6 and 0.3 in /10万 (the unit as 18.3/10万 is written).
_per_cent = lazy_pattern(
    rf"(?P<base>[百千]|(?<![百千十0-9０-９])(?:十|10|１０)?[万萬])分之(?:(?P<num>{ARABIC})"
    rf"|(?P<cn>{CHINESE})(?:点(?P<tenths>[〇零一二三四五六七八九]+))?)"
)
#: 四分之一 → 0.25, 近三分之一 → approx 0.3333: a share without a unit (百分之 is per cent, above).
_fraction = lazy_pattern(
    rf"(?P<pre>{_PREFIX_RE})?"
    rf"(?<![0-9０-９.．])(?P<den>{ARABIC}|{CHINESE})分之(?P<num>{ARABIC}|{CHINESE})"
    rf"(?P<suf>以上|以下|左右|多)?"
)
#: Fractions are rounded to this many decimals (2/3 → 0.6667).
FRACTION_PLACES = Decimal("0.0001")
_RANGE_JOIN = pattern_cache.compile(r"[\s\u00ad]*(?:至|到|—{1,2}|-|－|~|～|–|―)[\s\u00ad]*")
_SHORT_QUOTE = pattern_cache.compile(r"“[^“”]{1,12}”|‘[^‘’]{1,12}’|「[^「」]{1,12}」")
#: The rest of a quoted name after its figure: Han characters, no particle of speech
#: (“15分钟就业服务圈”, not “200块钱而已”, “80万单位的青霉素”).
_NAME_GOES_ON = pattern_cache.compile(r"(?:(?![的了呢吧啊吗而])\p{Han}){2,}")
_TITLE = pattern_cache.compile(r"《[^《》]*》")
_SLOGAN = pattern_cache.compile(_alternation(SLOGANS))
#: A stock quote in brackets: 摩根大通(115.395, 2.79, 2.47%).
_QUOTE_TICKER = pattern_cache.compile(r"[(（][0-9.,，\s%+-]+[)）]")
_HAN = pattern_cache.compile(r"\p{Han}|[A-Za-z]")
#: A code of digits then letters (5G, 3G, 4K, 5A) that jieba keeps as one token: before a noun it
#: is a modifier of the subject, no figure.
_CODE_MODIFIER = pattern_cache.compile(r"[0-9]{1,2}[A-Za-z]{1,2}")
#: What a grade is written with before 级 (A级, 5A级, 3A级).
_GRADE = pattern_cache.compile(r"[0-9]?[A-Z]{1,2}")
#: A month right after N年 makes N a year of a date (九十六年九月, 100年7月1日 on a Republic-era
#: page), not a duration: a duration in months says 个月 (两年6个月).
_MONTH_AFTER = pattern_cache.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|正)月")


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
    more_at: int | None = None  # a 多 right after the measure word (3倍多), see _keep
    unit_text: str | None = None  # the unit as written (毛钱, 个百分点, 元/吨)
    named_by_verb: bool = False  # the subject is the verb before (获利10亿元), see _range_bounds
    pair_start: int | None = None  # the second of 四五天, 2、3块钱: where the first starts
    range_end: bool = False  # the second bound of a range (3至5个), see _range_bounds


def extract(doc: Doc) -> list[Fact]:
    facts: list[Fact] = []
    rows = table_rows(doc.tables)
    for i, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        row = rows.get(i)
        found = paragraph_quantities(doc, i) if row is None else find_in_row(text, tokens, *row)
        if doc.metadata.language == "zh-Hant":
            # 97年 on a Taiwan page is a Republic-era year (a date fact), no duration
            found = [q for q in found if q.unit != "年" or not _republic_year(text, q, doc)]
        for q in found:
            facts.append(
                Quantity(
                    text=text[q.start : q.end],
                    paragraph=i,
                    start=q.start,
                    end=q.end,
                    rule=q.rule,
                    value=json_number(q.value),
                    unit=q.unit,
                    unit_text=q.unit_text if q.unit is not None else None,
                    subject=q.subject,
                    qualifier=q.qualifier,
                )
            )
    return facts


def paragraph_quantities(doc: Doc, index: int) -> list[Found]:
    """:func:`find_quantities` of the ``index``-th paragraph, found once for every extractor within
    extract_facts (base.Sharing; the targets read them too). Not to be changed by the caller."""
    text = doc.paragraphs[index]
    found = _paragraph_found(doc, index)
    names = shared(doc, ("quantity_names",), lambda: _figure_names(doc))
    if not names:
        return found
    inside = [m.span() for m in _name_pattern(names).finditer(text)]
    return [q for q in found if not any(s <= q.start and q.end <= e for s, e in inside)]


def _paragraph_found(doc: Doc, index: int) -> list[Found]:
    text, tokens = doc.paragraphs[index], doc.tokens[index]
    return shared(doc, ("quantities", index), lambda: find_quantities(text, tokens))


#: Words said right after a person's name (说, 表示, 指出…: ``name_cues.txt``, the officials').
@cache
def _name_cues() -> regex.Pattern[str]:
    return pattern_cache.compile(_alternation(shipped_list("name_cues")))


#: Dictionary tags of a surname's character that make it none there (有一成表示: a verb; 比, 就:
#: function words); 何 (r), 黄 (a), 张 (q) stay surnames.
_NOT_SURNAME_TAGS = frozenset(word_list("v vn p d c u uj ul ad"))
MAX_GIVEN_NAME = 2


def _figure_names(doc: Doc) -> frozenset[str]:
    """Names of people that read as a figure after a surname (何一成: 一成), told by a word said
    after a name (何一成說) somewhere on the page; every occurrence of such a name is no amount."""
    from ..simplify import simplified

    single = single_surnames()  # built once: the list has some 450 entries
    names: set[str] = set()
    for i, text in enumerate(doc.paragraphs):
        tokens = doc.tokens[i]
        for q in _paragraph_found(doc, i):
            if not q.chinese or q.start != q.number_start or q.start == 0:
                continue
            if q.end - q.start > MAX_GIVEN_NAME or text[q.start - 1] not in single:
                continue
            k = token_at(tokens, q.start - 1)
            if (
                k < 0
                or tokens[k].word != text[q.start - 1]
                or word_tag(tokens[k].word) in _NOT_SURNAME_TAGS
            ):
                continue
            if _name_cues().match(simplified(text[q.end : q.end + 4])):
                names.add(text[q.start - 1 : q.end])
    return frozenset(names)


@cache
def _name_pattern(names: frozenset[str]) -> regex.Pattern[str]:
    return regex.compile(_alternation(list(names)))


def find_quantities(text: str, tokens: list[Token]) -> list[Found]:
    """The quantities of one paragraph, in text order, with their subjects."""
    candidates = [c for c in (_candidate(m, text) for m in _QUANTITY.finditer(text)) if c]
    if "分之" in text:
        candidates = _with_fractions(text, _with_per_cent(text, candidates))
    if "的" in text and ("/" in text or "／" in text):
        candidates = _with_slash_fractions(text, candidates)
    if ("/" in text or "／" in text) and ("万" in text or "萬" in text):
        candidates = _with_rates_per_100k(text, candidates)
    if _SYMBOL_FIRST.search(text):
        candidates = _with_symbol_amounts(text, candidates)
    if "率" in text:
        candidates = _with_rate_values(text, candidates)
    candidates = _with_bare_values(text, candidates)
    if "百" in text or "千" in text:
        candidates = _with_bare_hundreds(text, tokens, candidates)
    if "亿" in text or "万" in text:
        candidates = _with_bare_scales(text, tokens, candidates)
    if "多" in text or "余" in text:
        candidates = _with_bare_sums(text, tokens, candidates)
    if "万" in text or "亿" in text or "萬" in text or "億" in text:
        candidates = _with_round_scales(text, tokens, candidates)
    if "整" in text:
        candidates = _with_whole_units(text, candidates)
    if "半" in text:
        candidates = _with_halves(text, candidates)
    if _ADJACENT_NUMERALS.search(text) or (
        ("千" in text or "万" in text or "百" in text) and _ADJACENT_SCALED.search(text)
    ):
        candidates = _with_adjacent_numerals(text, candidates)
    if "、" in text:
        pairs = _listed_pair_starts(text)
        if pairs:
            candidates = _with_listed_pairs(text, candidates, pairs)
    if "个亿" in text or "个万" in text or "个多亿" in text or "个多万" in text:
        candidates = _with_colloquial_scales(text, tokens, candidates)
    if "番" in text:
        candidates = _with_doublings(text, candidates)
    if "级" in text:
        candidates = _with_magnitudes(text, candidates)
    if "兆" in text:
        candidates = _with_trillions(text, candidates)
    if not candidates:
        return []  # most paragraphs: none of the scans below is needed
    if "千" in text or "百" in text or "万" in text:
        candidates = _join_mixed_scales(text, candidates)
    if "千" in text and "百" in text:
        _join_thousands(text, candidates)
    _merge_ranges(text, candidates)
    if "和" in text or "、" in text:
        candidates = _with_listed_rates(text, candidates)
    _share_list_unit(text, candidates)
    blocked = _merged(
        [m.span() for m in _TITLE.finditer(text)]
        + [m.span() for m in _QUOTE_TICKER.finditer(text)]
        + [m.span() for m in _SLOGAN.finditer(text)]
    )
    quoted = [m.span() for m in _SHORT_QUOTE.finditer(text)]
    found = [q for q in candidates if _keep(q, text, tokens, blocked, quoted)]
    if any(q.rule == "quantity.adjacent" for q in found):
        # 六七年前: the first of two adjacent numerals stands or falls with the second
        ends = {q.start for q in found if q.rule == "quantity.adjacent"}
        # and the second with the first (近一两年: a window, neither is an amount)
        starts = {q.start for q in found}
        found = [
            q for q in found if q.rule != "quantity.adjacent" or _pair_kept(text, q, starts, ends)
        ]
    for k, q in enumerate(found):
        if q.rule == "quantity.rate_value":
            q.subject = _rate_named(text, tokens, q.start)
        elif k and q.start == q.number_start and _shares_per_cent(text, found[k - 1], q):
            q.subject = found[k - 1].subject  # 百分之六到七: the upper bound counts the same
        elif q.rule == "quantity.sum":
            q.subject = _spending_verb(tokens, q.start)  # 花6000多: named by its verb
        elif q.rule == "quantity.doubling":
            q.subject = _doubled(text, tokens, text.rfind("翻", 0, q.start))
        else:
            _attach_subject(q, text, tokens, found[:k])
            if q.subject is None and q.unit is None:
                q.subject = _spending_verb(tokens, q.start)  # 花了4万多: a sum, unit unsaid
    for a, b in pairwise(found):
        scope_only = bool(a.subject and b.subject_end and _SCOPE.fullmatch(a.subject))
        # 培育3至5家整车企业: the noun after the upper bound counts both, whatever stands before
        # the lower (a verb jieba tags a noun)
        named_after = b.subject_end is not None and b.subject_end > b.end and a.subject_end is None
        if (
            (a.subject is None or a.named_by_verb or scope_only or named_after)
            and b.subject
            and _range_bounds(a, b)
        ):
            # 用3—5年时间, 全市3岁至11岁人群: the noun after the upper bound counts both (a scope
            # before the lower bound says where, not what)
            a.subject = b.subject
        elif a.subject is None and a.rule == b.rule == "quantity.adjacent" and a.end == b.start:
            a.subject = b.subject  # 洗面乳一两千元: both figures count the same
    for k, (a, b) in enumerate(pairwise(found)):
        if a.subject is None and _stacked_count(text, a, b, found[k + 2 : k + 3]):
            # 35名14至21岁青少年, 5类105项实验项目, 4项和5项专利: a count with a figure right
            # after it counts what that figure's noun after it names
            a.subject = b.subject
    if "分别" in text:
        _respectively(text, tokens, found)
    late: set[int] = set()  # figures named by the last resort
    for k, q in enumerate(found):
        if q.subject is not None or q.rule in _OWN_SUBJECT_RULES:
            continue
        if k and (q.range_end or q.pair_start is not None or _changed_to(text, found[k - 1], q)):
            # 从3000-4000人, 2、3块钱: both count the same; 从3000人迅速升至18万: the end of a
            # change counts what its start counts
            q.subject = found[k - 1].subject
        else:
            q.subject = _last_resort_subject(text, tokens, q)
            late.add(k)
    for k, q in enumerate(found):
        if k - 1 in late and q.subject is not None and _directions_only().fullmatch(q.subject):
            # 早稻面积已落实2150万亩，比去年增加12万亩: the amount's subject came last, after the
            # change was read; the change is the amount's, as when it is named at once
            named = _earlier_amount(text, q, found[:k])
            if named is not None and named.subject and _bare_clause(text, tokens, q.start):
                q.subject = _without_change(named.subject) + q.subject
    for k, q in enumerate(found):
        if k and q.subject in _TALLIES and (tallied := _tallied(text, found[k - 1], q)):
            q.subject = tallied + q.subject
        elif k and q.subject is not None and _directions_only().fullmatch(q.subject):
            parallel = _parallel_change(text, tokens, q, found[:k])
            if parallel is not None:
                q.subject = parallel + q.subject
    for q in found:
        if q.subject is not None and len(q.subject) == 1:
            q.subject = _whole_lone_subject(q, text, tokens)
    return found


#: A period alone before a change's words in a clause of its own (，二季度增长4.7%, ，9月份增长3%).
_PERIOD_ONLY = pattern_cache.compile(
    r"(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年|[0-9一二三四五六七八九十]{1,2}月份?|当月|其中)?"
    r"[，,]?(?:则|也|仍)?"
)
#: Nouns of a rate of change: a figure's change named after them is no change of a thing.
_RATE_NOUNS = ("增速", "增幅", "涨幅", "降幅", "跌幅", "比重", "占比")


def _parallel_change(text: str, tokens: list[Token], q: Found, earlier: list[Found]) -> str | None:
    """The thing whose change a clause of a period and a change's words only reports (一季度国内
    生产总值同比增长5.3%，二季度增长4.7% → 国内生产总值; …同比增长5.4%，…，环比增长0.59%): the
    noun of the nearest earlier change in the same unit and sentence (twentieth session)."""
    clause = max(text.rfind(c, 0, q.start) for c in _CLAUSE_BREAKS) + 1
    head = text[clause : q.start]
    subject = q.subject or ""
    period = head[: len(head) - len(subject)]
    if not head.endswith(subject) or not _PERIOD_ONLY.fullmatch(period):
        return None
    for e in reversed(earlier[-_PARALLEL_REACH:]):  # a bounded look back: linear time
        if _SENTENCE_BREAK.search(text, e.end, q.start):
            return None
        if e.subject is None or e.unit != q.unit or not _names_change(e.subject):
            continue
        other_base = next((b for b in ("同比", "环比") if subject.startswith(b)), None)
        if not period.strip("，,则也仍") and not (
            other_base and ("环比" if other_base == "同比" else "同比") in e.subject
        ):
            # 消费品价格上涨1.2%，服务价格上涨0.8%，同比上涨1%: with neither a period of its own
            # nor the other base of the same measure (同比…，环比…), a bare change sums up
            return None
        noun: str = _PERIOD_START.sub("", _trailing_change().sub("", e.subject))
        if noun and not noun.endswith(_RATE_NOUNS):
            return noun
    return None


#: The earlier figures of a sentence a bare change looks back over (…同比增长5.4%，增速…0.9个
#: 百分点，环比增长0.59%: two back).
_PARALLEL_REACH = 4
#: A period opening a subject (一季度国内生产总值): the thing is named without it.
_PERIOD_START = pattern_cache.compile(r"^(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年)")


#: Nouns of a tally that open a clause after a figure of the same thing (内地旅客占整体访港旅客的
#: 77%左右，人数逾260万人次; 网上零售销货价值占…的9.1%，金额为28.7亿港元).
_TALLIES = frozenset(word_list("人数 总数 金额 数量 总量 总额"))
#: …and the tallies a named thing may end with already (投资件数 → 投资金额).
_TALLY_ENDS = (*_TALLIES, "件数", "个数", "户数", "笔数", "次数")


def _tallied(text: str, previous: Found, q: Found) -> str | None:
    """What a tally opening a clause counts (twentieth session): the thing the figure before
    it in the same sentence measures, without its change or the whole it is a share of."""
    at = text.rfind(q.subject or "", previous.end, q.start)
    if at < 1 or text[at - 1] not in "，,；;":
        return None
    if any(mark in text[previous.end : at - 1] for mark in "。，,；;"):
        return None  # the figure before is that of the clause right before, or of none
    named = _trailing_change().sub("", (previous.subject or "").split("占")[0])
    for tally in _TALLY_ENDS:
        named = named.removesuffix(tally)
    return named or None


@cache
def _trailing_change() -> regex.Pattern[str]:
    """The change words a subject ends with (按年增长, 同比上升, 累计增加)."""
    words = sorted(
        DIRECTION_WORDS | {"按年", "按月", "按季", "累计", "年增", "年减", "实质", "实际", "名义"}
    )
    return pattern_cache.compile(f"(?:{_alternation(words)})+$")


#: What stands between two counts of one noun written once after the second (4项和5项专利).
_COUNT_JOINS = frozenset(("和", "、", "与", "及", "或"))


def _stacked_count(text: str, a: Found, b: Found, after: list[Found]) -> bool:
    """``a`` is a count (no rate, time, age or money) right before the figure ``b`` (or joined
    to it, in the same unit, by 和/、), and the subject of ``b`` is written after it (or after
    the upper bound of the range ``b`` opens)."""
    if a.unit is None or a.unit in RATE_UNITS or a.unit in TIME_UNITS or a.unit in AGE_UNITS:
        return False
    if a.unit in CURRENCIES or b.subject is None:
        return False
    gap = text[a.end : b.start]
    if gap and not (gap in _COUNT_JOINS and a.unit == b.unit):
        return False
    if b.subject_end is not None or text.startswith("的" + b.subject, b.end):
        return True  # 2家300人以上的企业: the noun after 的 is written for both
    return bool(after and after[0].range_end and after[0].subject_end is not None)


#: Rules whose subject is decided by the rule itself (a rate's value, a level, a sum, a doubling).
_OWN_SUBJECT_RULES = frozenset(
    ("quantity.rate_value", "quantity.value", "quantity.sum", "quantity.doubling")
)


#: A clause ending with a superlative, a comma and a bare link before a figure (…最高，达).
_SUPERLATIVE_THEN_LINK = pattern_cache.compile(
    r"最(?:高|低|多|少|大|小)(?P<comma>[，,])(?:达到|达|为|约为|是|有)?"
)


def _last_resort_subject(text: str, tokens: list[Token], q: Found) -> str | None:
    """When no rule names a figure: for a measure word of a count the noun right after it
    (五道养生健康年菜), else the nearest nouns before it in its clause."""
    if q.unit in COUNT_UNITS:
        # 五道招牌菜品: what a measure word counts is the noun right after it; 三个站，: a
        # one-character noun closing the clause too
        after = _noun_phrase_at(tokens, q.end) or _counted_after(tokens, q.end)
        if after is not None and text[after[0] : after[1]] not in NOT_SUBJECTS:
            return text[after[0] : after[1]]  # (接近8000万人次大关: a mark, no thing counted)
        one = tokens_from(tokens, q.end, 1)
        if (
            one
            and one[0].start == q.end
            and len(one[0].word) == 1
            and _HAN.match(one[0].word)
            and one[0].word not in LONE_FUNCTION
            and _ends_clause(text, one[0].end)
        ):
            return one[0].word
    if text.startswith(("后", "之后", "以后"), q.end):
        return None  # 住了三天之后: a narrated time the rules named, or none
    top = _SUPERLATIVE_THEN_LINK.search(text, max(0, q.start - 8), q.start)
    if top is not None and top.end() == q.start:
        # 金融及保险业平均总薪资最高，达12.8万元 (twentieth session): a bare link after the
        # clause that names the highest or lowest is that clause's figure
        return _subject_before(text, tokens, top.start("comma"))[0]
    nearest = _nearest_noun_before(text, tokens, q.start)
    if nearest is not None:
        clause = max(text.rfind(c, 0, q.start) for c in _CLAUSE_BREAKS) + 1
        than = next(
            (t for t in tokens_between(tokens, clause, q.start) if t.word in ("较", "比")), None
        )
        if than is not None and text.rfind(nearest, than.end, q.start) >= 0:
            # 较上一交易日调贬30个基点: the base of a comparison is no subject; the noun before
            # 比 is (网上订票比这个时间还要早2个小时 → 网上订票)
            return _subject_before(text, tokens, than.start)[0]
    return nearest


def _pair_kept(text: str, q: Found, starts: set[int], ends: set[int]) -> bool:
    """Whether one of two adjacent figures (四五天, 2、3块钱) keeps its partner: the second its
    first, the first (one character) its second."""
    if q.pair_start is not None:
        return q.pair_start in starts
    return q.end != q.number_start + 1 or q.end + (text[q.end : q.end + 1] == "、") in ends


#: Names listed before 分别 (出口额和进口额, 营业收入、利润): Han phrases joined by 、和与及.
_NAME_JOIN = pattern_cache.compile(r"[、和与及]")
_NAMES = pattern_cache.compile(r"\p{Han}{2,12}(?:[、和与及]\p{Han}{2,12})+")
#: The same list ending where the search ends (right before 分别), each name read back from its
#: join (受灾人次、因灾死亡失踪人数和直接经济损失: greedily the second name had run over 和 and
#: the list ended short of 分别).
_NAMES_TO_END = pattern_cache.compile(
    r"(?<![0-9０-９])\p{Han}{2,16}(?:[、和与及]\p{Han}{2,16})+$"  # not 2024 | 年单位…
)


def _listed_names(text: str, tokens: list[Token], start: int, end: int, count: int) -> list[str]:
    """The ``count`` noun phrases of a list that ends right before 分别 (营业成本和营业支出增幅却
    分别…), or nothing when the text there is no such list of that many names. Names are split
    at 、; a 和/与/及 joins names only when the list needs it (其他用品及服务、教育文化娱乐价格: 及
    is inside the first name). A head noun written once after the last name (…、教育文化娱乐价格)
    is shared by every name."""
    names = _NAMES_TO_END.search(text, start, end)
    if names is None:
        return []
    commas = [i for i, c in enumerate(text[names.start() : end]) if c == "、"]
    joins = [
        m.start()
        for m in _NAME_JOIN.finditer(text, names.start(), end)
        if text[m.start()] != "、" and not inside_word(tokens, m.start())
    ]
    commas = [names.start() + k for k in commas]
    if "业" in text[names.start() : end]:
        # 批发和零售业、住宿和餐饮业: the marks inside an industry's name join no names
        inner = [(m.start(), m.end()) for m in _sector_scan().finditer(text, names.start(), end)]
        commas = [k for k in commas if not any(a < k < b for a, b in inner)]
        joins = [k for k in joins if not any(a < k < b for a, b in inner)]
    last_join = [k for k in joins if not commas or k > commas[-1]][-1:]
    tail = text[commas[-1] + 1 if commas else names.start() : end]
    options = [sorted(commas + last_join), sorted(commas + joins)]
    if "和" not in tail and "与" not in tail:
        options.insert(0, commas)  # 和/与 in the last name joins two names; 及 may be inside one
    for cuts in options:
        if len(cuts) + 1 == count:
            break
    else:
        return []
    ends = [*cuts, end]
    starts = [names.start()] + [k + 1 for k in cuts]
    de = text.find("的", starts[-1], end)
    if de > starts[-1] and all(
        b - a <= _MAX_OWNER for a, b in zip(starts, [*cuts, de], strict=True)
    ):
        # 京津冀、长三角、粤港澳大湾区的数字经济规模 (nineteenth session): short names listed
        # before 的 all own what follows it, written once
        rest = text[de + 1 : end]
        if "的" not in text[names.start() : de] and _noun_phrase_at(tokens, de + 1):
            return [text[a:b] + rest for a, b in zip(starts, [*cuts, de], strict=True)]
    # The first name's leading time or goal words are the clause's, unless another name opens
    # with a time too: then the times set the names apart (年初和年末存款余额).
    contrast = any(
        _ends_list_lead(t[0]) for t in (tokens_from(tokens, a, 1) for a in starts[1:]) if t
    )
    first = -1 if contrast else names.start()
    phrases = [_listed_name(text, tokens, a, b, first) for a, b in zip(starts, ends, strict=True)]
    if not all(phrases):
        return []
    spans = [(text.find(p, a, b), p) for p, a, b in zip(phrases, starts, ends, strict=True) if p]
    return _shared_head([p for _, p in spans], tokens, [k + len(p) for k, p in spans])


#: The longest name listed before a 的 that all the names share (粤港澳大湾区的…).
_MAX_OWNER = 8
#: Ordinals listed with the noun written once after the last (第一、二、三产业增加值).
_ORDINAL_LIST = pattern_cache.compile(
    r"(?P<first>第?[一二三四五六七八九])(?P<more>(?:、[一二三四五六七八九])+)(?P<noun>\p{Han}{2,10})$"
)


def _ordinal_names(text: str, start: int, end: int, count: int) -> list[str]:
    """第一、二、三产业增加值 right before 分别 → 第一产业增加值, 第二产业增加值, 第三产业增加值 (as
    many as the figures, or none; 第 only where it is written)."""
    m = _ORDINAL_LIST.search(text, max(start, end - 30), end)
    if m is None:
        return []
    numerals = [m.group("first")[-1], *m.group("more").split("、")[1:]]
    if len(numerals) != count:
        return []
    ordinal = "第" if m.group("first").startswith("第") else ""  # as written (一、二、三产业)
    return [f"{ordinal}{n}{m.group('noun')}" for n in numerals]


#: Words opening a list that pick out members of a set named before (其中, 当中): no part of a name.
LIST_OPENERS = frozenset(word_list("其中 当中"))


#: Head nouns a list writes once, after its last name (食品、能源价格 → 食品价格, 能源价格).
SHARED_HEADS = word_list(
    "价格 指数 产量 销量 销售额 增速 增幅 降幅 增加值 产值 收入 支出 投资 比重 占比"
)


def _parallel_word(words: list[Token], first: str) -> bool:
    """A name ending in a noun that names no measure of its own (国人高血压, 城镇; not 出口,
    营业收入) and holding no word ``first`` (营业成本和营业支出增幅: 营业 is no parallel)."""
    tag, parallel = (_tag(words[-1].word) if words else ""), _tag(first)
    return (
        bool(words)
        and all(w.word != first for w in words)
        and (
            (tag in _PARALLEL_TAGS and parallel in _PARALLEL_TAGS)
            or (len(words) == 1 and tag == "vn" == parallel)
        )
        and words[-1].word[-1] not in ATTRIBUTE_ENDS
        and words[-1].word not in SHARED_HEADS
    )


#: Tags of a word that may stand parallel to a listed name (城镇 | 农村, 高血压 | 高血糖): a noun
#: or a place; a verbal noun only as a whole name (出口 | 进口总额, not 其他用品及服务 | 教育…).
_PARALLEL_TAGS = frozenset(word_list("n nz ns s j b"))
_CONJUNCTIONS = frozenset("及和与、")


def _shared_head(names: list[str], tokens: list[Token], ends: list[int]) -> list[str]:
    last = tokens_between(tokens, ends[-1] - len(names[-1]), ends[-1])
    # a conjunction after the last name's first word makes that name one compound (交通通信、
    # 衣着、生活用品及服务价格: 生活用品 stands for no other name, 价格 is what they share)
    if (
        len(last) >= 2
        and last[1].word not in _CONJUNCTIONS
        and all(
            _parallel_word(tokens_between(tokens, end - len(name), end), last[0].word)
            for name, end in zip(names[:-1], ends, strict=False)
        )
    ):
        # 高血压、高血糖控制率, 城镇和农村居民人均可支配收入: each name before the last ends in
        # a word standing for the last name's first, and the rest of it is written once for all
        rest = "".join(t.word for t in last[1:])
        # 装备制造业、高技术制造业增加值: a name that already ends with the rest's first word takes
        # only what follows it (装备制造业增加值, not 装备制造业制造业增加值)
        again = "".join(t.word for t in last[2:])
        shared = _shared_tail([t.word for t in last[1:]], names[:-1])
        if shared is not None:
            # 住户存款、非金融企业存款余额: an earlier name holding a word of the rest (存款) shows
            # the rest up to it is the last name's own; what follows it is shared (余额)
            return [n + shared for n in names[:-1]] + [names[-1]]
        return [n + (again if n.endswith(last[1].word) else rest) for n in names[:-1]] + [names[-1]]
    head = next((h for h in SHARED_HEADS if names[-1].endswith(h) and names[-1] != h), None)
    if head is None:
        return names
    # a name that ends in a measure of its own takes no head (社会消费品零售总额和固定资产投资:
    # not 零售总额投资; but 增量和存量投资: 增量 is a kind of investment)
    return [n if n.endswith(_HEADS_AND_MEASURES) else n + head for n in names]


#: Nouns of a measure that end a listed name of their own (总额, 总值, 余额, 产量, 人数).
MEASURES = tuple(
    word_list("总额 总值 余额 总量 产量 数量 人数 人次 户数 金额 数额 税额 销量 规模 率")
)
#: What a listed name may end with to take no shared head (:func:`_shared_head`).
_HEADS_AND_MEASURES = SHARED_HEADS + MEASURES


def _shared_tail(rest: list[str], names: list[str]) -> str | None:
    """What follows the last word of ``rest`` (the last name's words after its first) that an
    earlier name ends with or holds (新能源汽车、锂离子电池、光伏电池产量: 电池 → 产量), or ``None``
    when no earlier name holds one or nothing follows it."""
    for j in range(len(rest) - 2, -1, -1):
        if len(rest[j]) > 1 and any(rest[j] in n for n in names):
            return "".join(rest[j + 1 :])
    return None


def _ends_list_lead(token: Token) -> bool:
    """A time or a goal word (今年, 上半年, 全年, 力争, 预计) before a list's first name, none of it
    (see :func:`_listed_names` for the times that set names apart)."""
    word = token.word
    return (
        word in SUBJECT_STOPS
        or word in YEAR_PARTS
        or word == "全年"
        or (len(word) > 1 and _tag(word) == "t")  # not 当 of jieba's 当 | 期发行量
    )


def _listed_name(
    text: str, tokens: list[Token], start: int, end: int, first: int = -1
) -> str | None:
    """A listed name as written when all its words are nominal (净利率), else the noun phrase
    that ends it (其上半年销售毛利率 → 毛利率)."""
    words = tokens_between(tokens, start, end)
    while words and _tag(words[-1].word) == "d":
        words = words[:-1]  # 营业支出增幅却
    if words and words[0].word in LIST_OPENERS:
        words = words[1:]  # 其中其他用品及服务、…: the opener points into the set, names nothing
    # The first name runs from the clause's start: a time or a goal before it (今年力争 | 全市工业
    # 投资和民间投资分别…) ends a subject there as it does before a single figure's noun; a time
    # that sets the names apart stays (年初和年末存款余额, 夏季和冬季用电负荷).
    if start == first:
        lead = max((k for k, t in enumerate(words[:-1]) if _ends_list_lead(t)), default=-1)
        words = words[lead + 1 :]
    inner = words[1:-1]
    if words and all(
        (_HAN.match(t.word) and _tag(t.word) not in FUNCTION_TAGS)
        or (t in inner and t.word in "及和与")
        for t in words
    ):
        return text[words[0].start : words[-1].end]
    return _subject_before(text, tokens, end)[0]


def _respectively(text: str, tokens: list[Token], found: list[Found]) -> None:
    """游客1856.3万人次，收入186.2亿元，分别同比增长8.2%和10.5%: listed rates after 分别 pair
    in order with the amounts named before them in the sentence."""
    amounts_found = sorted((e for e in found if e.unit not in RATE_UNITS), key=attrgetter("start"))
    amount_starts = [e.start for e in amounts_found]
    k = 0
    while k < len(found):
        q, group = found[k], [found[k]]
        own: list[str | None] = [None]  # each later figure's own direction (、下降6.2%和增长1.1%)
        while k + len(group) < len(found):
            nxt = found[k + len(group)]
            if _listed_after(text, group[-1], nxt):
                own.append(None)
            elif (turn := _turned_join(text, group[-1], nxt)) is not None and "分别" in text[
                max(0, q.start - 12) : q.start
            ]:
                own.append(turn)
            else:
                break
            group.append(nxt)
        k += len(group)
        # the clause of the group: a sentence's end closes the clause before it too (…分别为
        # 1.5亿人次和3.2亿人次。全年铁路、公路货运量分别为…: the second list's own names)
        clause = max(text.rfind(c, 0, q.start) for c in "，,：:。；;！？!?") + 1
        at = text.find("分别", clause, q.start)
        if len(group) < 2 or at < 0:
            continue
        direction = "".join(
            t.word for t in tokens_between(tokens, at, q.start) if t.word in DIRECTION_WORDS
        )
        # 事故起数和死亡人数同比分别下降…: a 同比/环比 before 分别 is every pair's, no name's part
        compared = next((w for w in ("同比", "环比") if text.endswith(w, clause, at)), "")
        direction = compared + direction
        names_end = at - len(compared)
        names = _ordinal_names(text, clause, names_end, len(group)) or _listed_names(
            text, tokens, clause, names_end, len(group)
        )
        if not names and at == clause and text[clause - 1 : clause] in ("，", ","):
            # 高血压、高血糖控制率，分别为29.2%、30.4%: the list may close the clause before
            before = max(text.rfind(c, 0, clause - 1) for c in "，,。；;：:") + 1
            names = _listed_names(text, tokens, before, clause - 1, len(group))
        if len(names) == len(group):
            for g, name, turn in zip(group, names, own, strict=True):
                # 出口额和进口额分别增长5%和3%; 火电、水电分别增长1.3%和下降6.2%: its own direction
                g.subject = name + (compared + turn if turn else direction)
            continue
        sentence = _sentence_start(text, q.start)
        # the amounts (no rates) of the sentence before the clause, counted by bisection first
        # (a paragraph of N such sentences stays linear)
        low, high = bisect_left(amount_starts, sentence), bisect_left(amount_starts, clause)
        if (
            high - low > len(group)
            and "其中"
            in text[
                amounts_found[high - len(group) - 1].end : amounts_found[high - len(group)].start
            ]
        ):
            # 全年…26000元，其中城镇…32516元，农村…18034元，分别增长7.2%和10.5% (nineteenth
            # session): the rates are of the parts listed after 其中
            low = high - len(group)
        amounts = amounts_found[low:high] if high - low == len(group) else []
        if (
            all(g.unit in RATE_UNITS for g in group)
            and _bare_clause(text, tokens, q.start)
            and len(amounts) == len(group)
            and all(e.subject is not None for e in amounts)
        ):
            for g, e in zip(group, amounts, strict=True):
                g.subject = f"{e.subject}{direction}"
            continue
        if (
            all(g.unit in RATE_UNITS for g in group)
            and at == clause
            and high - low > len(group)
            and _bare_clause(text, tokens, q.start)
        ):
            for g in group:
                g.subject = None  # 粮食…，棉花…，油料…，分别增长1%和2%: which two is not written
            continue
        listed = _NAMES.search(text, clause, at)
        if listed is not None and listed.end() == at:
            for g in group:
                g.subject = None  # names and figures do not pair: no subject, not a wrong one
            continue
        named = _named_before_clause(text, tokens, clause) if at == clause else None
        if named is None and at > clause and not _NAME_JOIN.search(text, clause, at):
            named = _subject_before(text, tokens, at)[0]  # 用量分别以2.0g/kg以下，及1.0g/kg以下
        if named is not None and all(g.subject is None for g in group):
            for g in group:
                g.subject = named + direction  # 洗衣机的销量更低，分别为1万、5.1万和5.5万台


#: Adverbs of degree jieba leaves untagged as lone characters (较低, 更高).
DEGREE_ADVERBS = frozenset("较更最很太越")


def _named_before_clause(text: str, tokens: list[Token], clause: int) -> str | None:
    """The one noun phrase that ends the clause before ``clause`` (a 分别 opening its clause),
    past a predicate of adverbs and adjectives (销量更低，分别为…); ``None`` when that clause
    ends with a list of names (they pair or nothing does) or with no noun."""
    end = clause - 1
    if end <= 0 or text[end] not in "，,":
        return None
    for token in reversed(tokens_before(tokens, end, 3)):
        if _tag(token.word) not in ("d", "a", "ad") and token.word not in DEGREE_ADVERBS:
            break
        end = token.start
    start = max(text.rfind(c, 0, end) for c in "，,。；;：:") + 1
    listed = _NAMES.search(text, start, end)
    if listed is not None and listed.end() == end:
        return None
    return _subject_before(text, tokens, end)[0]


#: One digit right after 成 is its tenth (3成1 is 31 per cent, 三成五 35): a lone digit, no
#: number, measure word or decimal point after it.
_DIGIT_VALUES = "0123456789０１２３４５６７８９〇一二三四五六七八九"
_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")
_TENTH_OF_CHENG = pattern_cache.compile(
    rf"([1-9１-９一二三四五六七八九])(?![0-9０-９.．十百千万亿{_CN_NUMERAL}]|{_UNIT_RE}|分之)"
)
#: …and after 万/亿 said aloud (2万5一平米: 一 before a measure is "per", no digit).
_TENTH_OF_SCALE = pattern_cache.compile(
    rf"([1-9１-９])(?![0-9０-９.．十百千万亿]|[{_CN_NUMERAL}](?!\p{{Han}})|{_UNIT_RE}|分之"
    r"|[,，][0-9０-９]{3}(?![0-9０-９]))"  # 20萬8,438人: a group of thousands, no tenth
)


#: Scales whose next digit may be said alone after them (6万9 → 69000, 三万五 → 35000).
_SPOKEN_SCALES = frozenset("万亿")
_SPOKEN_CN = pattern_cache.compile(r"[一二两三四五六七八九十]万[一二三四五六七八九]$")


#: A round figure, the only one 来 (about) follows: 十, 二十, 百, 20, 300.
_ROUND = pattern_cache.compile(r"(?:[十百千]|[1-9１-９][0０]+)$")


#: Units whose figures may be below zero, written with a minus sign (-1℃).
SIGNED_UNITS = frozenset(["℃"])
_MINUS_SIGNS = frozenset("-－−")
#: A minus sign not after a digit (a dash after a digit joins a range: 3-5℃).
_MINUS = pattern_cache.compile(r"(?<![0-9０-９.．])[-－−]")
#: Before a dash, a letter, a per-cent sign or a closing bracket makes it a dash between two
#: figures or names (5%-10%, A-1), not a minus sign.
_DASH_AFTER = pattern_cache.compile(r"[A-Za-zＡ-Ｚａ-ｚ%％‰)）\]】]")


@cache
def _unit_ends() -> frozenset[str]:
    return frozenset(unit[-1] for unit in UNITS)


def _minus_before(text: str, start: int, unit: str | None) -> bool:
    """每股收益约-0.1477元, 环比-1.19%, (-1℃): a minus sign written before the figure, not a dash
    joining two figures (3-5℃, 5%-10%, 3元-5元: a unit or a letter stands before it)."""
    if not _MINUS.match(text, start - 1):
        return False
    if unit in SIGNED_UNITS:
        return True
    before = text[start - 2 : start - 1]
    return not (before and (_DASH_AFTER.match(before) or before in _unit_ends()))


def _three_digits(text: str) -> Decimal | None:
    """七八七, 一六七: three digits with no place value are a figure read digit by digit
    (parse_numeral takes four, a year, or a written zero), unless they count up or down one by
    one (一二三, 五四三: a count-off) or repeat one.

    >>> _three_digits("七八七"), _three_digits("一二三"), _three_digits("一一一")
    (Decimal('787'), None, None)
    """
    digits = [_DIGIT_OF.get(c) for c in text]
    if len(digits) != 3 or None in digits or digits[0] == 0:
        return None
    a, b, c = digits
    if a is None or b is None or c is None or (b - a == c - b and abs(b - a) <= 1):
        return None
    return Decimal(100 * a + 10 * b + c)


#: Chinese digits as ASCII ones, for a decimal said in numerals.
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


#: The groups of _QUANTITY by number: a group asked for by name costs five times as much, and
#: _candidate reads a dozen for every match.
_Q = _QUANTITY.groupindex
_FIRST_GROUPS = tuple(_Q[name] for name in ("unit", "mult", "cmult", "cn", "cdmult"))
_OTHER_GROUPS = tuple(
    _Q[name] for name in word_list("pre num more cmore more2 more3 about per suf cdec mult2")
)


def _candidate(m: regex.Match[str], text: str) -> Found | None:
    unit_text, mult, cmult, cn, cdmult = m.group(*_FIRST_GROUPS)
    multiplier = mult or cmult or cdmult  # 一千五百多万元: 多 before the multiplier
    if cn and not multiplier and not unit_text and _SPOKEN_CN.search(cn):
        multiplier = cn[-2]  # 三万五: a Chinese numeral said aloud, an amount as 三万 is
    if not unit_text and not multiplier and not _RANGE_JOIN.match(text, m.end()):
        return None  # most matches (一, 6月, 12时): cheap to drop before parsing
    if unit_text in STORAGE_UNITS and _CODE_AFTER.match(text, m.end()):
        return None  # GB 50016-2014 GB 50222-2017: the year of a standard, then the next code
    # The other groups in one call (a call per group cost more than the rest of this function).
    pre, num, more, cmore, more2, more3, about, per, suf, cdec, mult2 = m.group(*_OTHER_GROUPS)
    more2 = more2 or more3  # 十几个, 二十几岁: more than the round figure written
    mult = mult or ""
    value: Decimal | None
    if cn == "亿" and pre and text[m.start() - 1 : m.end(_Q["pre"])] not in HEDGE_CLASHES:
        # 超亿元, 近亿元: a hedge before 亿 alone (亿元以上 and 签约亿元以上 are no figure)
        value = MULTIPLIERS["亿"]
    elif mult in MULTIPLIERS or not mult:
        value = parse_numeral((num or cn) + mult)
    else:
        value = parse_numeral(num)  # 2千, 1百: a scale parse_numeral does not take
        value = value * SCALES[mult] if value is not None else None
    if value is None and cn and not mult and len(cn) == 3:
        value = _three_digits(cn)  # 七八七人: Taiwan's wire copy writes figures digit by digit
    if value is not None and cdec:
        # 三点六亿元 → 3.6 × 10^8: the digits after 点 one by one, then the scale
        value += Decimal("0." + cdec.translate(_CN_DIGITS))
        if cdmult:
            value *= MULTIPLIERS[cdmult]
    if value is not None and cmult:
        value *= MULTIPLIERS[cmult]
    if value is None:
        return None
    if mult2:
        value *= MULTIPLIERS["亿"]  # 1万多亿元, 2万余亿元, 1千多亿元: 亿 after the 多
        multiplier = "亿"
    unit = UNITS.get(unit_text, unit_text) if unit_text else None
    if unit_text in CURRENCY_FACTORS:
        value *= CURRENCY_FACTORS[unit_text][1]  # 2毛钱 → 0.2 元
    if unit == "折" and 10 < value < 100 and value == value.to_integral_value():
        value /= 10  # 85折 (八五折) is 8.5折: 85% of the price paid
    per = per or ""
    if unit and per:
        unit += "/" + per[1:]  # 0.55万人次/公里·日: the whole compound unit
    more = more or more2 or cmore
    qualifier: Qualifier = "exact"
    if pre:
        qualifier = PREFIX_QUALIFIERS[pre]
    if suf and (unit_text or multiplier):
        qualifier = SUFFIX_QUALIFIERS[suf]
    if (more and (unit_text or multiplier)) or (unit_text and "多" in unit_text):
        qualifier = "more_than"
    if about and _ROUND.search(num or cn):
        qualifier = "approx"  # 十来人, 二十来岁, 20来个: about (a round figure only)
    elif about:
        return None  # 3来人: no figure of speech
    end = m.end()
    if suf and not (unit_text or multiplier):
        end = m.start(_Q["suf"])
    if more and not (unit_text or multiplier):
        end = m.start(_Q["more2"]) if more2 else end
    tenth = _TENTH_OF_CHENG.match(text, end) if unit == "成" and not suf and not more else None
    if tenth is not None:
        value += Decimal(_DIGIT_VALUES.index(tenth.group(1)) % 10) / 10  # 3成1, 三成五: 3.1 成
        end = tenth.end(1)
    if multiplier in _SPOKEN_SCALES and not unit_text and not suf and not more and num:
        tenth = _TENTH_OF_SCALE.match(text, end)
        if tenth is not None:
            # 6万9, 1亿3: said aloud, the digit after the scale is its tenth (69000), no
            # figure of its own
            scale = MULTIPLIERS[multiplier]
            value += Decimal(_DIGIT_VALUES.index(tenth.group(1)) % 10) * scale / 10
            end = tenth.end(1)
    more_at = None
    if unit_text and not suf and text.startswith("多", end):
        more_at = end  # 3倍多: kept in _keep when 多 is a word of its own
    start = m.start()
    if (
        start
        and text[start - 1] in _MINUS_SIGNS
        and start == m.start(_Q["num"])
        and _minus_before(text, start, unit)
    ):
        start, value = start - 1, -value  # (-1℃), 收益-0.1477元: the sign is kept; 3-5℃ a range
    return Found(
        start=start,
        end=end,
        number_start=m.start(_Q["num"]) if num else m.start(_Q["cn"]),
        value=value,
        unit=unit,
        qualifier=qualifier,
        multiplier=multiplier,
        chinese=cn is not None,
        rule="quantity.number_unit" if unit_text else "quantity.multiplier",
        more_at=more_at,
        unit_text=unit_text + per if unit_text else None,
    )


#: 兆 as a scale of 10^12 (Taiwan's and Japan's): before a figure in 亿 or before a currency
#: (2兆8,813億元, 2兆元); elsewhere 兆 is mega (兆瓦, 兆帕), a unit's prefix.
_TRILLION_BEFORE = pattern_cache.compile(r"([0-9０-９]+(?:[.．][0-9０-９]+)?)兆$")
_TRILLIONS = pattern_cache.compile(
    r"([0-9０-９]+(?:[.．][0-9０-９]+)?)兆((?:美|日|欧|港|新台币|人民币)?元)"
)
TRILLION = Decimal(10) ** 12


def _with_trillions(text: str, candidates: list[Found]) -> list[Found]:
    """2兆8,813億元: the 兆 before an amount in 亿 adds its trillions (2881300000000); 2兆元: a
    bare 兆 before a currency is an amount of its own."""
    for q in candidates:
        if q.multiplier != "亿" and not (q.value >= 10**8 and q.unit_text in CURRENCIES):
            continue
        before = _TRILLION_BEFORE.search(text, max(0, q.start - 12), q.start)
        if before is not None:
            trillions = parse_numeral(before.group(1))
            if trillions is not None:
                q.value += trillions * TRILLION
                q.start = q.number_start = before.start()
    added = []
    k = 0  # candidates come in text order: one walk beside the matches (linear)
    for m in _TRILLIONS.finditer(text):
        while k < len(candidates) and candidates[k].end <= m.start():
            k += 1
        value = parse_numeral(m.group(1))
        if value is None or (k < len(candidates) and candidates[k].start <= m.start()):
            continue
        unit = UNITS.get(m.group(2), m.group(2))
        added.append(
            Found(
                start=m.start(),
                end=m.end(),
                number_start=m.start(),
                value=value * TRILLION,
                unit=unit,
                qualifier="exact",
                multiplier=None,
                chinese=False,
                rule="quantity.number_unit",
                unit_text=m.group(2),
            )
        )
    return _merged_in(candidates, added) if added else candidates


#: Scales of a figure that may follow one in 亿 as its lower part (1亿2000万, 1亿2千万, 3亿零5百万).
_BELOW_YI = frozenset(("万", "千万", "百万"))
_YI = MULTIPLIERS["亿"]


def _join_mixed_scales(text: str, candidates: list[Found]) -> list[Found]:
    """2万8千多例: a figure in 万/亿 followed at once by a smaller one in 千/百 is one amount
    (28000, more_than 例), not 20000 and 8000; so is a figure in 亿 followed by one in 万 (1亿
    2000万元 → 120000000, 3亿零500万元), and a figure in 万 followed by a whole group of four
    digits (Taiwan's 20萬8,438人 → 208438) or by 零 and a smaller one (1萬零56人 → 10056). A
    hedge before the first (約1萬2000元, 超過1萬5000名) is the whole amount's."""
    joined: list[Found] = []
    for c in candidates:
        a = joined[-1] if joined else None
        zero = a is not None and text[a.end : a.end + 1] == "零" and a.end + 1 == c.start
        if (
            a is not None
            and (a.end == c.start or zero)
            and c.start == c.number_start
            and a.unit is None
            and (a.qualifier == "exact" or a.start < a.number_start)  # 約1萬2000元: a hedge before
            and a.multiplier in MULTIPLIERS
            and (
                (c.multiplier in UNIT_SCALES and c.value < MULTIPLIERS[a.multiplier] and not zero)
                or (a.multiplier == "万" and _lower_group(c, zero))
                or (a.multiplier == "亿" and c.multiplier in _BELOW_YI and c.value < _YI)
            )
        ):
            a.value += c.value
            a.end, a.unit, a.unit_text = c.end, c.unit, c.unit_text
            if c.qualifier != "exact" or a.start == a.number_start:
                a.qualifier = c.qualifier  # a hedge before the whole stays (約1萬2000元: approx)
            a.rule, a.more_at = c.rule, c.more_at
            continue
        joined.append(c)
    return joined


def _lower_group(c: Found, zero: bool) -> bool:
    """``c`` is the four digits below a figure in 万 (8,438 after 20萬) or, after 零, a figure
    below a thousand (零56)."""
    if c.multiplier is not None or c.value != int(c.value):
        return False
    return c.value < 1000 if zero else 1000 <= c.value < 10000


#: Arabic thousands written right before a figure in 百 (3千5百元).
_THOUSANDS_BEFORE = pattern_cache.compile(r"(?<![0-9０-９.．])(?P<num>[1-9１-９])千$")


def _join_thousands(text: str, candidates: list[Found]) -> None:
    """3千5百元 → 3500 元: Arabic thousands written right before an amount in 百 are part of it
    (a bare 3千 is no figure of its own: 千 needs a unit after it)."""
    for c in candidates:
        if c.multiplier != "百" or c.start != c.number_start:
            continue
        m = _THOUSANDS_BEFORE.search(text, max(0, c.start - 2), c.start)
        value = parse_numeral(m.group("num")) if m else None
        if m is not None and value is not None:
            c.value += value * 1000
            c.start = c.number_start = m.start()


_PER_BASE_UNITS = {"百": "%", "千": "‰", "万": "‱"}
#: After 万分之一: a chance or a hope, the idiom of "hardly" (万分之一的希望).
_SLIM_CHANCE = pattern_cache.compile(r"的(?:希望|可能|机会|把握)")
#: Hedges right before a rate per 100,000 (不到1/10万), longest first.
_HEDGES_LONGEST_FIRST = tuple(pattern_cache.longest_first(PREFIX_QUALIFIERS))
#: A cheap check for a currency symbol or code before running :data:`_SYMBOL_AMOUNT`.
_SYMBOL_FIRST = pattern_cache.compile(r"[$￥€£]|RM|USD|HKD|SGD|MYR|RMB|CNY|EUR|GBP|MOP")
#: A rate per 100,000 written with a slash (孕产妇死亡率下降到18.3/10万): the rate's value in
#: /10万, as 十万分之 gives it; the base is no amount of its own.
_PER_100K = lazy_pattern(
    r"(?<![0-9０-９.．/／])(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)[/／](?:10|１０)[万萬]"
    r"(?P<suf>以上|以下|左右)?"
)


def _with_per_cent(text: str, candidates: list[Found]) -> list[Found]:
    """百分之三十, 千分之五: the numeral after 百分之 is a per cent (the main pattern sees it
    unitless), after 千分之 a per mille."""
    for m in _per_cent().finditer(text):
        if m.group("base")[-1] in "万萬" and _SLIM_CHANCE.match(text, m.end()):
            continue  # 只有万分之一的希望: a way of saying "hardly", no rate
        value = parse_numeral(m.group("num") or m.group("cn"))
        if value is not None and m.group("tenths"):
            value += Decimal("0." + m.group("tenths").translate(_CN_DIGITS))
        if value is not None:
            found = Found(
                start=m.start(),
                end=m.end(),
                number_start=m.start(),
                value=value,
                unit=_PER_BASE_UNITS.get(simplified_scale(m.group("base")), "/10万"),
                unit_text=m.group("base") + "分之",
                qualifier="exact",
                multiplier=None,
                chinese=False,
                rule="quantity.per_cent",
            )
            candidates = [c for c in candidates if not m.start() <= c.start < m.end()]
            candidates.append(found)
            upper = _shared_per_cent_bound(text, m, found)
            if upper is not None:
                candidates = [c for c in candidates if not upper.start <= c.start < upper.end]
                candidates.append(upper)
    return sorted(candidates, key=lambda c: c.start)


#: The upper bound of a range that shares the 百分之 of its lower bound (百分之六到七, 百分之5至8):
#: a bare figure of the same script, not followed by a unit or a word of its own.
_SHARED_BOUND = lazy_pattern(
    rf"{_RANGE_JOIN.pattern}(?:(?P<num>{ARABIC})|(?P<cn>{CHINESE}))(?![0-9０-９.．%％])"
    r"(?=[^\p{Han}]|[的之左]|$)"
)


#: Currency symbols and codes written before the figure (US$5亿, HK$5000, RM150亿, €500万), with
#: the currency each names; a bare $ or ¥ is left alone (whose dollar or yen is not said).
SYMBOL_CURRENCIES = {
    "US$": "美元", "USD": "美元", "HK$": "港元", "HKD": "港元", "S$": "新加坡元",
    "SGD": "新加坡元", "NT$": "新台币", "RM": "林吉特", "MYR": "林吉特", "RMB": "人民币",
    "CNY": "人民币", "￥": "元", "€": "欧元", "EUR": "欧元", "£": "英镑", "GBP": "英镑",
    "MOP": "澳门元", "A$": "澳元", "C$": "加元",
}  # fmt: skip
_SYMBOL_AMOUNT = lazy_pattern(
    rf"(?<![A-Za-z])(?P<cur>{_alternation(list(SYMBOL_CURRENCIES))})\s?"
    rf"(?P<num>{ARABIC})(?P<mult>万亿|亿|万|千)?(?![0-9０-９.．%％A-Za-z]|\p{{Han}}?元)"
)


def _with_symbol_amounts(text: str, candidates: list[Found]) -> list[Found]:
    """US$5亿 → 500000000 美元, HK$5000 → 5000 港元: a currency symbol before a figure."""
    added: list[Found] = []
    for m in _SYMBOL_AMOUNT().finditer(text):
        value = parse_numeral(m.group("num"))
        if value is None:
            continue
        code, number = m.group("cur"), m.group("num")
        glued_whole = not (m.group("mult") or m.start("num") > m.end("cur")) and not any(
            c in number for c in ".．,，"
        )
        if code.isalpha() and glued_whole:
            continue  # 型号为RM100: letters glued to a whole number name a model
        mult = m.group("mult")
        if mult:
            value *= MULTIPLIERS[mult]
        added.append(
            Found(
                start=m.start(),
                end=m.end(),
                number_start=m.start("num"),
                value=value,
                unit=SYMBOL_CURRENCIES[code],
                unit_text=code,
                qualifier="exact",
                multiplier=mult,
                chinese=False,
                rule="quantity.number_unit",
            )
        )
    return _merged_in(candidates, added)


def _with_rates_per_100k(text: str, candidates: list[Found]) -> list[Found]:
    """孕产妇死亡率下降到18.3/10万: the rate's value in /10万."""
    added: list[Found] = []
    for m in _PER_100K().finditer(text):
        suf, value = m.group("suf"), parse_numeral(m.group("num"))
        if value is None:
            continue
        hedge = next((w for w in _HEDGES_LONGEST_FIRST if text.endswith(w, 0, m.start())), "")
        qualifier = SUFFIX_QUALIFIERS[suf] if suf else PREFIX_QUALIFIERS.get(hedge, "exact")
        added.append(
            Found(
                start=m.start() - len(hedge),
                end=m.end(),
                number_start=m.start(),
                value=value,
                unit="/10万",
                unit_text=m.group()[len(m.group("num")) : m.end() - m.start() - len(suf or "")],
                qualifier=qualifier,
                multiplier=None,
                chinese=False,
                rule="quantity.per_cent",
            )
        )
    return _merged_in(candidates, added)


def _shares_per_cent(text: str, lower: Found, upper: Found) -> bool:
    shared_unit = upper.unit_text
    return (
        shared_unit in ("百分之", "千分之")
        and lower.unit_text == shared_unit
        and upper.rule == "quantity.range"
        and not text.startswith(shared_unit or "", upper.start)
        and _RANGE_JOIN.fullmatch(text, lower.end, upper.start) is not None
    )


def _shared_per_cent_bound(text: str, m: regex.Match[str], lower: Found) -> Found | None:
    bound = _SHARED_BOUND().match(text, m.end())
    if bound is None or (bound.group("num") is None) != (m.group("num") is None):
        return None
    value = parse_numeral(bound.group("num") or bound.group("cn"))
    if value is None or value <= lower.value:
        return None
    lower.qualifier, lower.rule = "at_least", "quantity.range"
    start = bound.start("num") if bound.group("num") else bound.start("cn")
    return Found(
        start=start,
        end=bound.end(),
        number_start=start,
        value=value,
        unit=lower.unit,
        unit_text=lower.unit_text,
        qualifier="at_most",
        multiplier=None,
        chinese=False,
        rule="quantity.range",
        range_end=True,
    )


#: A bare figure a rate is said to be (死亡率为1.2, 发生率为每百万人口25): the value of the rate,
#: with no unit; a measure word after it is the main pattern's.
_RATE_VALUE = lazy_pattern(
    r"\p{Han}率(?P<lead>约为|約為|为|為|是|达|達)(?:每[^\s0-9０-９，,。；;：:、]{1,6})?"
    rf"(?P<num>(?<![0-9０-９.．]){ARABIC})"
    rf"(?![0-9０-９.．%％‰A-Za-z]|{_UNIT_RE}|{_alternation(list(MULTIPLIERS))})"
    r"(?P<suf>左右|及以上|以上|及以下|以下)?"
)


def _with_rate_values(text: str, candidates: list[Found]) -> list[Found]:
    """死亡率为1.2: a bare figure after a rate and 为/是/达 is the rate's value (no unit)."""
    for m in _RATE_VALUE().finditer(text):
        value = parse_numeral(m.group("num"))
        if value is None or any(c.start <= m.start("num") < c.end for c in candidates):
            continue
        suf = m.group("suf")
        qualifier: Qualifier = "approx" if m.group("lead")[0] in "约約" else "exact"
        candidates.append(
            _unitless(
                start=m.start("num"),
                end=m.end(),
                number_start=m.start("num"),
                value=value,
                qualifier=SUFFIX_QUALIFIERS[suf] if suf else qualifier,
                rule="quantity.rate_value",
            )
        )
    return sorted(candidates, key=lambda c: c.start)


#: A bare figure that is the value something stands at (指数为-4, 汇价交投于77.90水平附近,
#: 投标倍数为3.1，, 实测值达到930，): after a verb or preposition of level, with a break or a
#: word of level after it; its sign is kept. No integer of five digits or more (a code, a phone
#: number) and no year.
_BARE_VALUE = lazy_pattern(
    # (报: a rate's quote, 人民币对美元中间价报7.1021, 收盘报7.0780; not 举报, 通报, 上报, 简报…)
    r"(?:[为為于於至到达達在是的]|突破|跌破|指向|报收|收于|收於|(?<![举通电汇申预年快周日月上简播呈填])报)"
    rf"(?P<sign>[+\-－−])?(?P<num>{ARABIC})"
    r"(?![0-9０-９.．%％‰A-Za-zＡ-Ｚａ-ｚ、~～\-－/／:：])"
    r"(?=[，,。；;！!？?）)]|水平|点位|关口|附近|一线|$)"
)
_BARE_END = pattern_cache.compile(r"[0-9０-９](?:[，,。；;！!？?）)]|水平|点位|关口|附近|一线|$)")
_CODE_LIKE = pattern_cache.compile(r"[0-9０-９]{5,}|(?:19|20)[0-9]{2}")


def _with_bare_values(text: str, candidates: list[Found]) -> list[Found]:
    """指数为-4, 逊于9月时的+2, 汇价突破78.60水平: a bare figure after a verb or preposition of
    level and before a break or a word of level is the value of what is named (unit null)."""
    if not _BARE_END.search(text):
        return candidates  # most figures have a unit: no digit before a break or a level word
    for m in _BARE_VALUE().finditer(text):
        num, sign = m.group("num", "sign")
        start = m.start("sign") if sign else m.start("num")
        if _CODE_LIKE.fullmatch(num) or any(
            c.start < m.end() and start < c.end for c in candidates
        ):
            continue
        value = parse_numeral(num)
        if value is None:
            continue
        candidates.append(
            _unitless(
                start=start,
                end=m.end(),
                number_start=m.start("num"),
                value=-value if sign and sign != "+" else value,
                qualifier="exact",
                rule="quantity.value",
            )
        )
    return sorted(candidates, key=lambda c: c.start)


#: 百/千 alone before a currency or a measure word of a count is a figure (甄选了百款好物和百位
#: 主播, 百元以上的停车费, 千元左右): not after another numeral or a vague word (数百, 上千: those
#: say "some hundreds"), not inside a word (老百姓, 千家万户, 百货), not before a metric unit
#: (千米, 千克: a unit of its own) nor 年/家 (百年老店, 百家争鸣).
_BARE_HUNDRED = lazy_pattern(
    r"(?<![0-9０-９一二两兩三四五六七八九十百千万萬数數几幾上成近逾约約多余餘每])"
    r"(?P<scale>[百千])(?P<unit>元|块钱|款|位|条|條|名|项|項|种|種|个|個|件|所|台|辆|輛|粒|次|间|間|道|支)"
)
_HUNDREDS = {"百": Decimal(100), "千": Decimal(1000)}


def _with_bare_hundreds(text: str, tokens: list[Token], candidates: list[Found]) -> list[Found]:
    for m in _BARE_HUNDRED().finditer(text):
        start, end = m.span()
        if inside_word(tokens, start) or any(c.start < end and start < c.end for c in candidates):
            continue
        k = token_at(tokens, start)
        if k >= 0 and tokens[k].end > end:
            continue  # 千元户, 百分之: a word that runs past the unit is a word of its own
        unit_text = m.group("unit")
        unit = UNITS.get(unit_text, unit_text)
        value = _HUNDREDS[m.group("scale")]
        suffix = next((w for w in _HUNDRED_SUFFIXES if text.startswith(w, end)), None)
        qualifier: Qualifier = SUFFIX_QUALIFIERS[suffix] if suffix else "exact"
        end += len(suffix or "")
        if unit_text in CURRENCY_FACTORS:
            unit, factor = CURRENCY_FACTORS[unit_text]
            value *= factor
        candidates.append(
            Found(
                start=start,
                end=end,
                number_start=start,
                value=value,
                unit=unit,
                unit_text=unit_text,
                qualifier=qualifier,
                multiplier=None,
                chinese=True,
                rule="quantity.number_unit",
            )
        )
    return sorted(candidates, key=lambda c: c.start)


#: Bounds written after a bare 百/千 figure (百元以上, 千元左右), longest first.
_HUNDRED_SUFFIXES = ("及以上", "及以下", "以上", "以下", "左右", "以内")


#: A round figure said with its scale alone (百亿, 千亿, 万亿): an amount when it is the object of
#: a verb and nothing follows but 的 or a break (做到千亿的目标); before a noun or 级 it is a label
#: of size (千亿产业, 千亿级).
BARE_SCALES = {"百亿": Decimal(10) ** 10, "千亿": Decimal(10) ** 11, "万亿": Decimal(10) ** 12}


#: Scales that make a figure of their own after a hedge word (近千万网友, 逾百万): a hedge says
#: that an amount follows, so 千万 is no adverb there.
HEDGED_SCALES = {
    **BARE_SCALES,
    "万": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
}


def _with_bare_scales(text: str, tokens: list[Token], candidates: list[Found]) -> list[Found]:
    # Whether a figure found before covers a token, by bisection (a figure this loop adds ends
    # at its token, before any later one, so the spans taken first answer for all).
    spans: SpanIndex | None = None  # built at the first scale word (most paragraphs have none)
    for k, token in enumerate(tokens):
        value = HEDGED_SCALES.get(token.word)
        if value is None and not (k > 0 and token.word in _SCALED_MONEY):
            continue
        if spans is None:
            spans = SpanIndex((c.start, c.end) for c in candidates)
        if value is None:
            _with_scaled_money(tokens, k, candidates, spans)
            continue
        if k == 0 or spans.overlaps(token.start, token.end):
            continue
        verb = tokens[k - 1]
        hedged = verb.end == token.start and verb.word in PREFIX_QUALIFIERS
        if token.word not in BARE_SCALES and not hedged:
            continue
        if verb.end != token.start or not (hedged or word_tag(verb.word).startswith("v")):
            continue
        if (
            not hedged
            and k + 1 < len(tokens)
            and not tokens[k + 1].word.isspace()
            and tokens[k + 1].word
            not in (
                "的",
                "，",
                ",",
                "。",
                "；",
                "！",
                "？",
            )
        ):
            continue
        hedge = PREFIX_QUALIFIERS.get(verb.word)  # 超万亿, 逾千亿: the hedge is the verb
        candidates.append(
            Found(
                start=token.start if hedge is None else verb.start,
                end=token.end,
                number_start=token.start,
                value=value,
                unit=None,
                qualifier=hedge or "exact",
                multiplier=token.word[1:],
                chinese=False,
                rule="quantity.multiplier",
            )
        )
    return sorted(candidates, key=lambda c: c.start)


#: Scales said alone before a currency, one word to jieba (百亿元, 万亿元): the currency makes an
#: amount of them wherever they follow a verb (总投资达百亿元, 营收突破千亿元大关), not 万元
#: (万元GDP能耗 is a rate's base) and not before 级 (千亿元级产业集群: a size).
MONEY_SCALES = {**BARE_SCALES, "百万": Decimal(10) ** 6, "千万": Decimal(10) ** 7}
#: Those words by scale and currency (a look-up per token, most of which are none).
_SCALED_MONEY = {s + c: (s, c) for s in MONEY_SCALES for c in CURRENCIES}


def _with_scaled_money(
    tokens: list[Token], k: int, candidates: list[Found], spans: SpanIndex
) -> None:
    """Append 百亿元 (tokens[k]) as 10000000000 元 when a verb or a hedge stands right before it
    and no figure found before (``spans``) covers it."""
    token, verb = tokens[k], tokens[k - 1]
    money = _SCALED_MONEY.get(token.word)
    if money is None or verb.end != token.start:
        return
    if k + 1 < len(tokens) and tokens[k + 1].word.startswith("级"):
        return
    hedge = PREFIX_QUALIFIERS.get(verb.word)
    if hedge is None and not word_tag(verb.word).startswith("v"):
        return
    if spans.overlaps(token.start, token.end):
        return
    candidates.append(
        Found(
            start=token.start if hedge is None else verb.start,
            end=token.end,
            number_start=token.start,
            value=MONEY_SCALES[money[0]],
            unit=money[1],
            qualifier=hedge or "exact",
            multiplier=money[0][1:],
            chinese=False,
            rule="quantity.number_unit",
            unit_text=money[1],
        )
    )


#: A round Chinese figure with 万/亿 that jieba keeps as one numeral (六千万, 五十万), no unit.
_ROUND_SCALE = pattern_cache.compile(
    r"[一二两兩三四五六七八九十][一二两兩三四五六七八九十百千]*[万萬亿億]"
)
_ROUND_SCALE_BOUNDS: dict[str, Qualifier] = {
    "以上": "at_least",
    "以下": "at_most",
    "左右": "approx",
}


def _with_round_scales(text: str, tokens: list[Token], candidates: list[Found]) -> list[Found]:
    """六千万以上, 年薪五十万，: a round Chinese figure with its scale and no unit, a numeral
    word of its own followed by a bound (以上, 以下, 左右) or a break, is an amount with unit
    null (as 20个亿). Not before another word (两千万寻找: a verb), nor 千万 (an adverb: no
    digit first)."""
    for k, token in enumerate(tokens):
        if not _ROUND_SCALE.fullmatch(token.word):
            continue
        if any(c.start < token.end and token.start < c.end for c in candidates):
            continue
        nxt = tokens[k + 1].word if k + 1 < len(tokens) else ""
        bound = _ROUND_SCALE_BOUNDS.get(nxt)
        if bound is None and nxt and not nxt.isspace() and nxt not in "，,。；;！!？?":
            continue
        value = parse_numeral(simplified_scale(token.word))
        if value is None:
            continue
        candidates.append(
            Found(
                start=token.start,
                end=token.end + (len(nxt) if bound else 0),
                number_start=token.start,
                value=value,
                unit=None,
                qualifier=bound or "exact",
                multiplier=simplified_scale(token.word[-1]),
                chinese=True,
                rule="quantity.multiplier",
            )
        )
    return sorted(candidates, key=lambda c: c.start)


def simplified_scale(word: str) -> str:
    return word.replace("萬", "万").replace("億", "亿").replace("兩", "两")


#: 整 between a figure and a unit of time (一整天, 两整年): a modifier, the figure a duration.
_WHOLE_TIME = lazy_pattern(
    rf"(?<![0-9０-９.．{_CN_NUMERAL}])(?:(?P<num>{ARABIC})|(?P<cn>{CHINESE}))整"
    r"(?P<unit>天|年|个月|小时|周|星期|夜|晚)"
)
_WHOLE_TIME_UNITS = {"星期": "周", "夜": "天", "晚": "天"}


def _whole_match(
    m: regex.Match[str],
    value: Decimal,
    unit: str | None,
    qualifier: Qualifier,
    chinese: bool,
    rule: str,
    unit_text: str | None = None,
) -> Found:
    """A quantity spanning the whole match ``m``, its number at the match's start."""
    return Found(
        start=m.start(),
        end=m.end(),
        number_start=m.start(),
        value=value,
        unit=unit,
        qualifier=qualifier,
        multiplier=None,
        chinese=chinese,
        rule=rule,
        unit_text=unit_text,
    )


#: 翻一番, 翻了两番: a number of doublings, the measure of many a plan's goal (收入翻一番). 番 is
#: no measure word elsewhere (三番五次, 一番努力: units_excluded.txt).
_DOUBLING = pattern_cache.compile(r"翻了?(?P<num>[一两二三四五六七八九十])番")


def _with_doublings(text: str, candidates: list[Found]) -> list[Found]:
    """规模翻两番: the number of doublings (value 2, unit 番; the text 两番)."""
    added = []
    for m in _DOUBLING.finditer(text):
        value = parse_numeral(m.group("num"))
        if value is not None:
            found = _whole_match(m, value, "番", "exact", True, "quantity.doubling", "番")
            found.start = found.number_start = m.start("num")
            added.append(found)
    return _merged_in(candidates, added)


#: An earthquake's magnitude and a wind's force in 级 (7.0级地震, 阵风可达11级, 8级以上大风). 级
#: is no measure word elsewhere (一级, 二级市场, 5A级: a rank or a grade; units_excluded.txt).
_MAGNITUDE = pattern_cache.compile(
    r"(?<![0-9０-９.．A-Za-z第])(?P<pre>约|近|超过|逾)?"
    r"(?P<num>[0-9]{1,2}(?:\.[0-9])?|[一二三四五六七八九十]{1,2})级(?P<suf>以上|左右|以下)?"
)
#: A wind named by its direction (东南风, 偏北风).
_WIND = r"(?:偏[东南西北]|[东西][南北]|[东南西北])风"
_MAGNITUDE_AFTER = pattern_cache.compile(
    rf"(?:强烈|强|浅源|雷暴|雷雨)?(?:地震|余震|强震|大风|阵风|狂风)|{_WIND}"
)
_MAGNITUDE_BEFORE = pattern_cache.compile(
    rf"(?:震级|里氏|地震|余震|阵风|风力|风速|大风|{_WIND})[^，,。；;]{{0,4}}$"
)
#: A level after the figure that makes it a warning's or a response's, no force (大风三级预警).
_LEVEL_AFTER = pattern_cache.compile(r"(?:以上)?(?:应急|预警|响应|风险|标准)")


def _with_magnitudes(text: str, candidates: list[Found]) -> list[Found]:
    """九寨沟县发生7.0级地震, 阵风可达7级左右: the magnitude or the force (unit 级), where an
    earthquake or a wind is named right after it, or its measure right before it."""
    added = []
    for m in _MAGNITUDE.finditer(text):
        if _LEVEL_AFTER.match(text, m.end() - len(m.group("suf") or "")) or not (
            _MAGNITUDE_AFTER.match(text, m.end())
            or _MAGNITUDE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            continue
        value = parse_numeral(m.group("num"))
        if value is None:
            continue
        pre, suf = m.group("pre"), m.group("suf")
        qualifier: Qualifier = "exact"
        if pre:
            qualifier = PREFIX_QUALIFIERS[pre]
        if suf:
            qualifier = SUFFIX_QUALIFIERS[suf]
        found = _whole_match(
            m, value, "级", qualifier, not m.group("num")[0].isdigit(), "quantity.number_unit", "级"
        )
        found.number_start = m.start("num")
        added.append(found)
    return _merged_in(candidates, added)


def _doubled(text: str, tokens: list[Token], at: int) -> str | None:
    """规模翻两番: what doubles is named right before 翻, or before the 比/较 of its base
    (人均收入比2010年翻一番)."""
    named = _subject_before(text, tokens, at)[0]
    if named is None:
        clause = max(text.rfind(c, max(0, at - MAX_COMPARED_GAP), at) for c in "，,。；;：:")
        base = max(text.rfind(c, clause + 1, at) for c in "比较")
        if base > clause + 1:
            named = _subject_before(text, tokens, base)[0]
    return named


def _with_whole_units(text: str, candidates: list[Found]) -> list[Found]:
    """穿了一整天, 经过一整年: 整 between the figure and its unit of time is a modifier; the figure
    is a duration of that unit (1 天), kept by the rules of any duration (a verb before 一)."""
    for m in _WHOLE_TIME().finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in candidates):
            continue
        value = parse_numeral(m.group("num") or m.group("cn"))
        if value is None:
            continue
        unit = _WHOLE_TIME_UNITS.get(m.group("unit"), m.group("unit"))
        candidates.append(
            _whole_match(
                m,
                value,
                unit,
                "exact",
                m.group("cn") is not None,
                "quantity.number_unit",
                unit_text=m.group("unit"),
            )
        )
    return sorted(candidates, key=lambda c: c.start)


#: A figure of time and a half (两个半小时, 3个半月, 一年半, 三天半): the half is in the value.
_HALF_TIME = lazy_pattern(
    rf"(?<![0-9０-９.．{_CN_NUMERAL}])(?:(?P<num>{ARABIC})|(?P<cn>{CHINESE}))"
    r"(?:个半(?P<inner>小时|月|星期|钟头)|(?P<outer>个小时|个月|个星期|年|天|周|小时|分钟)半)"
    # not a word that 半 starts (一年半载, 2024年半导体, 半数, 半年报, 半程马拉松)
    r"(?!载|价|导体|数|年|程|场|决赛|成品|岛|径)"
)
_HALF_UNITS = {"月": "个月", "星期": "个星期", "钟头": "小时", "个小时": "小时"}
_YEAR_LIKE = pattern_cache.compile(r"(?:19|20)\d\d")


def _with_halves(text: str, candidates: list[Found]) -> list[Found]:
    """演出持续了两个半小时 → 2.5 小时, 用了一年半 → 1.5 年: one figure, kept by the rules of
    any duration (一年半载 is an idiom, no amount)."""
    added: list[Found] = []
    for m in _HALF_TIME().finditer(text):
        value = parse_numeral(m.group("num") or m.group("cn"))
        if value is None or (
            m.group("outer") == "年" and _YEAR_LIKE.fullmatch(m.group("num") or "")
        ):
            continue  # 2024年半…: a year, no duration
        written = m.group("inner") or m.group("outer")
        unit = _HALF_UNITS.get(written, written)
        added.append(
            _whole_match(
                m,
                value + Decimal("0.5"),
                unit,
                "exact",
                m.group("cn") is not None,
                "quantity.number_unit",
                unit_text=written,
            )
        )
    return _merged_in(candidates, added)


#: Two adjacent Chinese digits, the second one more, sharing the unit after them (每隔四五天,
#: 三四个月): "four or five", not a number; 一二 (一二九) and a numeral before or a 十 after
#: (十三四岁, 三四十人) are left alone.
_ADJACENT_NUMERALS = pattern_cache.compile(
    rf"(?<![{_CN_NUMERAL}0-9０-９两兩])(?:(?P<a>[二三四五六七八])(?P<b>[三四五六七八九])|(?P<a>一)(?P<b>两))"
    rf"(?![{_CN_NUMERAL}])"
)
_DIGIT_OF = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUE = {**_DIGIT_OF, "两": 2, **{str(i): i for i in range(10)}}


#: The same before a scale written once (一两千元, 五六千元, 三四万人): 1000 and 2000 元.
_ADJACENT_SCALED = pattern_cache.compile(
    rf"(?<![{_CN_NUMERAL}0-9０-９])(?P<a>[一二三四五六七八])(?P<b>[二两三四五六七八九])(?=[百千万])"
)


def _with_adjacent_numerals(text: str, candidates: list[Found]) -> list[Found]:
    """每隔四五天 → 四 (4 天) and 五天 (5 天), each exact: one fact per number with the unit
    written once, as the list 每一、二小时 (the README's list rule); 一两千元 → 一 (1000 元) and
    两千元 (2000 元), the scale written once too."""
    added: list[Found] = []
    matches = [(m, False) for m in _ADJACENT_NUMERALS.finditer(text)]
    matches += [(m, True) for m in _ADJACENT_SCALED.finditer(text)]
    for m, scaled in matches:
        a, b = _DIGIT_VALUE[m.group("a")], _DIGIT_VALUE[m.group("b")]
        if b != a + 1:
            continue
        after = _QUANTITY.match(text, m.start("b"))
        second = _candidate(after, text) if after is not None else None
        if second is None or second.unit is None or second.number_start != m.start("b"):
            continue
        if (second.multiplier is not None and not scaled) or second.qualifier != "exact":
            continue
        value = second.value / b * a if scaled else Decimal(a)
        added += [_first_of_pair(second, m.start("a"), m.end("a"), value, chinese=True), second]
    return _merged_in(candidates, added)


def _first_of_pair(second: Found, start: int, end: int, value: Decimal, chinese: bool) -> Found:
    """The first of two figures that share the second's unit (四 of 四五天, 2 of 2、3块钱); both
    become ``quantity.adjacent`` and stand or fall together (:func:`_pair_kept`)."""
    second.rule = "quantity.adjacent"
    second.pair_start = start
    return _in_unit_of(second, start, end, value, chinese, "quantity.adjacent")


def _in_unit_of(
    other: Found, start: int, end: int, value: Decimal, chinese: bool, rule: str
) -> Found:
    """An exact figure ``text[start:end]`` written in the unit of ``other``, written after it."""
    return Found(
        start=start,
        end=end,
        number_start=start,
        value=value,
        unit=other.unit,
        qualifier="exact",
        multiplier=None,
        chinese=chinese,
        rule=rule,
        unit_text=other.unit_text,
    )


def _merged_in(candidates: list[Found], added: list[Found]) -> list[Found]:
    """``candidates`` with ``added`` in place of those they overlap, in text order."""
    if not added:
        return candidates
    spans = SpanIndex((a.start, a.end) for a in added)
    kept = [c for c in candidates if not spans.overlaps(c.start, c.end)]
    return sorted(kept + added, key=lambda c: c.start)


#: Two figures, the second one more, listed with 、 before a unit written once (2、3块钱,
#: 一、二小时); 第 before them makes two ordinals (第2、3批).
_LISTED_PAIR = pattern_cache.compile(
    r"(?<![0-9０-９.．,，、/:：\-—~～A-Za-z])(?P<ord>第)?"
    rf"(?:(?P<a>[0-9])、(?P<b>[0-9])(?![0-9０-９.．])"
    rf"|(?P<ca>[一二两三四五六七八])、(?P<cb>[二三四五六七八九])(?![{_CN_NUMERAL}]))"
)


_PAIR_GATE = pattern_cache.compile(r"第?[0-9一二两三四五六七八]、[0-9二两三四五六七八九]")


def _listed_pair_starts(text: str) -> list[int]:
    """Where :data:`_LISTED_PAIR` may match: a figure on each side of a 、 (a plain scan; the
    pair's own pattern, with its lookbehind, is tried only there)."""
    return [m.start() for m in _PAIR_GATE.finditer(text)]


def _with_listed_pairs(text: str, candidates: list[Found], starts: list[int]) -> list[Found]:
    """只要2、3块钱 → 2 元 and 3 元, each exact, as 四五天 (the first takes the unit written once
    after the second); 第2、3批 → no amount (two ordinals)."""
    by_start = {c.start: c for c in candidates}
    added: list[Found] = []
    dropped: set[int] = set()
    for m in filter(None, (_LISTED_PAIR.match(text, start) for start in starts)):
        a_group, b_group = ("a", "b") if m.group("a") else ("ca", "cb")
        second = by_start.get(m.start(b_group))
        if second is None or second.unit is None or second.number_start != second.start:
            continue
        if m.group("ord"):
            dropped.add(second.start)
            continue
        first_value = _DIGIT_VALUE[m.group(a_group)]
        if second.multiplier is not None or second.qualifier != "exact":
            continue
        if second.value != first_value + 1:
            continue
        spoken = CURRENCY_FACTORS.get(second.unit_text or "")
        value = Decimal(first_value) * (spoken[1] if spoken else 1)
        start, end = m.span(a_group)
        added.append(_first_of_pair(second, start, end, value, chinese=a_group == "ca"))
    if not added and not dropped:
        return candidates
    kept = [c for c in candidates if c.start not in dropped]
    return sorted(kept + added, key=lambda c: c.start)


#: A colloquial 个 before 亿/万 (超过20个亿, 两个多亿, 一个亿以上): the scale folds into the value
#: as 亿 alone does, no unit written.
_COLLOQUIAL_SCALE = lazy_pattern(
    rf"(?P<pre>{_PREFIX_RE})?"
    rf"(?<![0-9０-９.．A-Za-z{_CN_NUMERAL}])(?:(?P<num>{ARABIC})|(?P<cn>[{CN_FIRST}][十百千{CN_FIRST}]*))"
    r"(?P<more>[多余])?个(?P<more2>多)?(?P<mult>亿|万)(?!亿)"
    r"(?P<suf>以上|以下|左右)?"
)


def _with_colloquial_scales(text: str, tokens: list[Token], candidates: list[Found]) -> list[Found]:
    """超过20个亿 → 2000000000 more_than: 个 between a figure and 亿/万 is colloquial, the scale
    folds into the value (unit null) — not when 亿/万 begins another word (两个万亩园区, 三个亿元
    村: a count of things whose name starts with the scale)."""
    added: list[Found] = []
    for m in _COLLOQUIAL_SCALE().finditer(text):
        k = token_at(tokens, m.start("mult"))
        if k < 0 or tokens[k].end not in (m.end("mult"), m.end()):
            continue  # 万亩, 亿元: the scale is part of the noun counted (亿左右 is not)
        value = parse_numeral(m.group("num") or m.group("cn"))
        if value is None:
            continue
        qualifier: Qualifier = "exact"
        if m.group("pre"):
            qualifier = PREFIX_QUALIFIERS[m.group("pre")]
        if m.group("suf"):
            qualifier = SUFFIX_QUALIFIERS[m.group("suf")]
        if m.group("more") or m.group("more2"):
            qualifier = "more_than"
        added.append(
            Found(
                start=m.start(),
                end=m.end(),
                number_start=m.start("num") if m.group("num") else m.start("cn"),
                value=value * MULTIPLIERS[m.group("mult")],
                unit=None,
                qualifier=qualifier,
                multiplier=m.group("mult"),
                chinese=m.group("cn") is not None,
                rule="quantity.multiplier",
            )
        )
    return _merged_in(candidates, added)  # the matches do not overlap each other


#: Verbs of spending and earning: a figure with 多 right after one, closing its clause, is a sum
#: of money whose unit is left unsaid (我得花6000多).
SPENDING_VERBS = frozenset(
    verb + done
    for verb in word_list("花 花掉 赚 挣 付 交 赔 亏 欠 借 省 卖 收")
    for done in ("", "了")
)
_BARE_SUM = lazy_pattern(
    rf"(?<![0-9０-９.．A-Za-z])(?P<num>{ARABIC})[多余](?=[，,。；;！!？?、”」』）)]|$)"
)


def _spending_verb(tokens: list[Token], start: int) -> str | None:
    """The verb of spending right before ``start`` (花, 花了: jieba may cut 了 off)."""
    before = tokens_before(tokens, start, 2)
    if before and before[-1].end == start and before[-1].word == "了" and len(before) == 2:
        start, before = before[-1].start, before[:1]
    if not before or before[-1].end != start:
        return None
    word = before[-1].word
    return word if word in SPENDING_VERBS else None


def _with_bare_sums(text: str, tokens: list[Token], candidates: list[Found]) -> list[Found]:
    """我得花6000多: an Arabic figure with 多/余 and no unit, right after a verb of spending or
    earning and closing its clause, is a sum (unit null, more_than); other bare figures stay out."""
    for m in _BARE_SUM().finditer(text):
        if _spending_verb(tokens, m.start()) is None:
            continue
        if any(c.start < m.end() and m.start() < c.end for c in candidates):
            continue
        value = parse_numeral(m.group("num"))
        if value is None:
            continue
        candidates.append(_whole_match(m, value, None, "more_than", False, "quantity.sum"))
    return sorted(candidates, key=lambda c: c.start)


def _rate_named(text: str, tokens: list[Token], start: int) -> str | None:
    """The rate whose value starts at ``start``: the word ending in 率 before 为/是/达."""
    at = text.rfind("率", 0, start)
    k = token_at(tokens, at)
    return text[tokens[k].start : tokens[k].end] if k >= 0 and tokens[k].end == at + 1 else None


def _unitless(
    *, start: int, end: int, number_start: int, value: Decimal, qualifier: Qualifier, rule: str
) -> Found:
    """A figure with no unit and no scale word: a fraction, a rate's value, a level."""
    return Found(
        start=start,
        end=end,
        number_start=number_start,
        value=value,
        unit=None,
        qualifier=qualifier,
        multiplier=None,
        chinese=False,
        rule=rule,
    )


def _with_fractions(text: str, candidates: list[Found]) -> list[Found]:
    """四分之一 → 0.25 with no unit; the hedge words around it set the qualifier."""
    fractions: list[Found] = []
    for m in _fraction().finditer(text):
        if m.group("den")[-1] in "万萬":
            continue  # 万分之三, 十万分之零点三: a rate per ten thousand or 100,000 (_per_cent)
        den, num = parse_numeral(m.group("den")), parse_numeral(m.group("num"))
        if den is None or num is None or den == 0:
            continue
        pre, suf = m.group("pre"), m.group("suf")
        qualifier: Qualifier = PREFIX_QUALIFIERS[pre] if pre else "exact"
        if suf:
            qualifier = "more_than" if suf == "多" else SUFFIX_QUALIFIERS[suf]
        found = _unitless(
            start=m.start(),
            end=m.end(),
            number_start=m.start("den"),
            value=(num / den).quantize(FRACTION_PLACES).normalize(),
            qualifier=qualifier,
            rule="quantity.fraction",
        )
        fractions.append(found)
    # a figure starting inside a fraction is a piece of it (四分之一: no 一 of its own)
    spans = SpanIndex((f.start, f.end) for f in fractions)
    kept = [c for c in candidates if not spans.holds(c.start, c.start + 1)]
    return sorted(kept + fractions, key=lambda c: c.start)


#: A fraction written with a slash after 的, the share of a base (所需热量的1/5): both figures of
#: one ASCII or full-width digit or two, the numerator the smaller; no digit, slash or date word
#: around it (1/5 alone, 1/5日 or 2012/1/5 are dates).
_SLASH_FRACTION = pattern_cache.compile(
    r"(?<=的)(?P<num>[0-9０-９])[/／](?P<den>[0-9０-９]{1,2})(?![0-9０-９/／.．日号號月年%％])"
)


def _with_slash_fractions(text: str, candidates: list[Found]) -> list[Found]:
    """一天所需热量的1/5 → 0.2 with no unit, as 五分之一."""
    for m in _SLASH_FRACTION.finditer(text):
        num, den = parse_numeral(m.group("num")), parse_numeral(m.group("den"))
        if num is None or den is None or not 0 < num < den:
            continue
        found = _unitless(
            start=m.start(),
            end=m.end(),
            number_start=m.start(),
            value=(num / den).quantize(FRACTION_PLACES).normalize(),
            qualifier="exact",
            rule="quantity.fraction",
        )
        candidates = [c for c in candidates if not (c.start < m.end() and m.start() < c.end)]
        candidates.append(found)
    return sorted(candidates, key=lambda c: c.start)


#: A hedge before a range's first bound: about the whole range, whose bounds set the qualifiers.
_RANGE_HEDGES = ("约", "大约")
_CURRENCY_AFTER_HEDGE = pattern_cache.compile(rf"(?:{_HEDGED_CURRENCY})$")


def _merge_ranges(text: str, candidates: list[Found]) -> None:
    """3至5个, 15%至20%, 1.35- 2.7%: the first bound takes the unit of the second."""
    for a, b in pairwise(candidates):
        signed = b.value < 0 and b.start == b.number_start - 1  # 约-0.1477元至-0.1970元
        if (b.start != b.number_start and not signed) or b.qualifier != "exact":
            continue
        # 约人民币1亿元至2亿元: the currency named after the hedge stays out of the bounds too
        hedge = _CURRENCY_AFTER_HEDGE.sub("", text[a.start : a.number_start])
        hedged = a.qualifier == "approx" and hedge in _RANGE_HEDGES
        if a.qualifier != "exact" and not hedged:
            continue
        if not _RANGE_JOIN.fullmatch(text, a.end, b.start):
            continue
        if hedged:
            a.start = (
                a.number_start
            )  # 约0.9亿元至1.2亿元: the hedge is the range's, its bounds stay
            if a.value < 0:
                a.start -= 1
        if a.unit is not None and a.unit != b.unit:
            continue
        if b.unit in TIME_UNITS and (_is_period(b, text) or (b.unit == "年" and _is_year(b))):
            continue  # 05-07年度, 2010-2011年: years of a date, not a range of durations
        if a.unit is None and a.multiplier is None and b.multiplier is not None:
            a.value *= SCALES[b.multiplier]
            a.multiplier = b.multiplier
        if a.unit is None and b.unit_text in CURRENCY_FACTORS:
            a.value *= CURRENCY_FACTORS[b.unit_text][1]  # 2到5毛钱
        if a.unit is None:
            a.unit, a.unit_text = b.unit, b.unit_text
            if a.start == a.number_start and _minus_before(text, a.start, a.unit):
                a.start, a.value = a.start - 1, -a.value  # -3至5℃
        a.qualifier, b.qualifier = "at_least", "at_most"
        if a.value > b.value:  # 约-0.1477元至-0.1970元: the bounds by value
            a.qualifier, b.qualifier = b.qualifier, a.qualifier
        a.rule = b.rule = "quantity.range"
        b.range_end = True


#: A bare figure and a joiner right before a figure in points or per cent (回落0.5和 | 0.2个百分点).
_BARE_BEFORE_RATE = pattern_cache.compile(
    r"(?<![0-9０-９.．%％])([0-9０-９]+(?:[.．][0-9０-９]+)?)[和、与及]$"
)
#: At most this many bare figures listed before one rate (5.2、6.1、4.8和7.3%).
MAX_LISTED_RATES = 6


def _with_listed_rates(text: str, candidates: list[Found]) -> list[Found]:
    """分别回落0.5和0.2个百分点, 分别增长5.2、6.1和7.3%: bare figures listed before a figure in
    points or per cent are figures of that unit, one fact each (the regex finds no unit there)."""
    added: list[Found] = []
    for b in candidates:
        if b.unit not in ("百分点", "%") or b.start != b.number_start:
            continue
        at = b.start
        for _ in range(MAX_LISTED_RATES):
            m = _BARE_BEFORE_RATE.search(text, max(0, at - 12), at)
            value = parse_numeral(m.group(1)) if m is not None else None
            if m is None or value is None:
                break
            start, end = m.span(1)
            added.append(_in_unit_of(b, start, end, value, False, "quantity.number_unit"))
            at = start
    return _merged_in(candidates, added)


def _share_list_unit(text: str, candidates: list[Found]) -> None:
    """5.7万、8万和7.2万台, 4.5个和7.7个百分点: figures listed before the last one take the unit
    written once after it (a bare 万/亿 figure only, or 个 before 个百分点; 2、3块钱 holds no
    figure before 3; bare figures before a rate are found by :func:`_with_listed_rates`)."""
    for a, b in reversed(list(pairwise(candidates))):
        if b.unit is None or a.rule == "quantity.range":
            continue
        if text[a.end : b.start] not in ("、", "和", "与", "及", "或") or b.start != b.number_start:
            continue
        if a.unit == "个" and b.unit_text == "个百分点":
            a.unit, a.unit_text = b.unit, b.unit_text  # 4.5个和7.7个百分点
            continue
        if a.unit is not None or a.multiplier is None:
            continue
        if b.unit_text in CURRENCY_FACTORS:
            a.value *= CURRENCY_FACTORS[b.unit_text][1]
        a.unit, a.unit_text = b.unit, b.unit_text


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


#: Measure words that also number a place: a group of a village, a building of an estate.
ADDRESS_UNITS = frozenset(("组", "栋", "幢"))
#: After such a number in digits, 的 or a flat's number makes it an address (5组的村民, 2栋2-2,
#: 12幢3单元, 6栋楼); not the nouns of buildings counted (1500幢楼宇, 30栋楼房).
_ADDRESS_AFTER = pattern_cache.compile(
    r"的|[0-9０-９]+[-－—][0-9０-９]|楼(?![宇房])|[0-9０-９]+(?:单元|层|室|号)"
)


def _address_part(text: str, q: Found) -> bool:
    """A part of an address: a staircase unit (3单元: 单 is no count there), a village's group
    (该村五组), a floor after its building (6栋楼5层)."""
    before = text[q.start - 1 : q.start]
    return (
        (q.unit == "单" and text.startswith("元", q.end))
        or (q.unit == "组" and before == "村")
        or (q.unit == "层" and before == "楼")
    )


#: Rules whose figure needs no measure word: a share (四分之一), a rate's value (死亡率为1.2).
UNITLESS_RULES = frozenset(
    ["quantity.fraction", "quantity.rate_value", "quantity.sum", "quantity.value"]
)


#: A rate or a move of one before a figure in BP/bp (LPR+30BP, 利率下调5bp, 收益率上行3bp).
_RATE_BEFORE = pattern_cache.compile(
    r"率|LPR|利差|点差|加点|减点|[+＋]|上调|下调|上行|下行|调降|调升"
)
#: Words of flights, ships and trains before a count in 班 (航班1500班, 客运班轮120班); else 班
#: is a class's number (九年级九班, 1班、2班的学生).
_RUNS_BEFORE = pattern_cache.compile(r"航班|班机|航线|航空|客运|货运|班轮|班列|列车|船")


#: Readings taken over a window of time written before them (24小时降雨量, 1小时最大雨强, 72小时
#: 累计降水量): the window is part of the measure's name, no amount.
_WINDOW_MEASURE = pattern_cache.compile(
    r"(?:最大|累计|平均|过程)?(?:降雨量|降水量|雨量|雨强|降雨|降水)"
)
#: Units of capacity before 级: a class of size (5000吨级泊位, 30万吨级码头, 百万千瓦级机组, 千米级
#: 隧道), not an amount; the label stays in the subject of a count after it.
SIZE_CLASS_UNITS = frozenset(
    ("吨", "千瓦", "瓦", "兆瓦", "米", "千米", "公里", "立方米", "伏", "千伏")
)


def _keep(
    q: Found,
    text: str,
    tokens: list[Token],
    blocked: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> bool:
    if q.rule == "quantity.doubling":
        return not _inside(blocked, q.start, q.end)  # jieba keeps 翻一番 whole, an idiom
    if q.unit is None and q.multiplier is None and q.rule not in UNITLESS_RULES:
        return False
    if q.unit is None and q.multiplier in UNIT_SCALES:
        return False  # a bare 2千 or 1百: no amount without its unit
    if q.start > 1 and text[q.start - 1] in "/／" and text[q.start - 2] in _DIGIT_VALUES:
        return False  # 死亡率控制在10/10万以下: the base of a rate, no amount of its own
    if q.start > 0 and text[q.start - 1] == "每" and text[q.end : q.end + 1].isdigit():
        return False  # 死亡率下降到每10万人8.5: the base of the rate written before its value
    if q.unit == "日" and not _days_bound(text, q) and text[q.number_start] != "两":
        return False  # 6月7日, 15日: a day of a date; 两日 (a date says 二日) is a duration
    if q.unit == "年" and q.qualifier == "exact" and text.startswith(("平均", "年均"), q.end):
        return False  # 两年平均增长5.1%: the years a rate is averaged over describe the rate
    if q.unit in ADDRESS_UNITS and not q.chinese and _ADDRESS_AFTER.match(text, q.end):
        return False  # 5组的村民, 2栋2-2: the number of a group or a building, an address
    if _address_part(text, q):
        return False  # 3单元, 村五组, 楼5层: a unit, a village's group, a floor of an address
    if q.unit in TIME_UNITS and q.qualifier == "exact" and _WINDOW_MEASURE.match(text, q.end):
        return False  # 24小时降雨量达288毫米: the window a reading is taken over names the measure
    if q.unit in SIZE_CLASS_UNITS and text.startswith("级", q.end):
        # 30万吨级原油码头, 百万千瓦级机组: a size class names the noun, as 千亿级 does
        return False
    if q.unit == "款" and _YEAR_LIKE.fullmatch(text[q.number_start : q.end - 1]):
        return False  # 2024款比亚迪汉EV: a model year, no count of models
    if q.unit == "班" and not _RUNS_BEFORE.search(text, max(0, q.start - 15), q.start):
        return False  # 九年级九班, 1班、2班的学生: a class's number, no count of flights
    if q.unit_text in ("BP", "bp") and not _RATE_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False  # 1500bp的DNA片段: base pairs; basis points go with a rate (LPR+30BP)
    if (
        q.unit == "次"
        and _SESSION_AFTER.match(text, q.end)
        and _SESSION_OF.search(text, max(0, q.start - 12), q.start)
    ):
        return False  # 十三届全国人大三次会议, 十九届中央纪委六次全会: a session's ordinal
    if q.unit_text and _word_at(tokens, q.end - len(q.unit_text)) in FIRST_WORDS:
        return False  # iPhone 5首日销量, 小米手机2首批: a model's number, then "the first day"
    if (
        q.unit == "点"
        and "." not in text[q.number_start : q.end]
        and q.value <= 24
        and not _points_counted(text, tokens, q)
    ):
        return False  # 3点 is a clock time; 232.79点 and 64点 are index points
    if (
        q.chinese
        and _chinese_not_count(text[q.number_start : q.end], q, text[q.start - 1 : q.start])
        and not _one_duration(text, tokens, q)
        and not _one_left(tokens, q)
        and not _one_of_them(tokens, q)
        and not _one_session(text, tokens, q)
        and not text.endswith(ONE_BOUNDS, q.number_start, q.end)
        and not (q.unit in TIME_UNITS and text.endswith(SENTENCES, 0, q.start))
    ):
        return False
    if q.number_start > 0 and _not_amount(text, tokens, q.number_start - 1):
        return False
    if q.chinese and _place_name(text, tokens, q):
        return False
    if _inside(blocked, q.start, q.end):
        return False
    opening, inside = next(((s, e) for s, e in quoted if s < q.start and q.end < e), (None, None))
    if inside is not None and (q.chinese or _NAME_GOES_ON.fullmatch(text, q.end, inside - 1)):
        # “两个确保”, “15分钟就业服务圈”: a figure inside a short quoted name, with the name going
        # on after it, is part of the name (FACTS: numbers inside names)
        return False
    if (
        inside is not None
        and opening is not None
        and q.end == inside - 1
        and q.unit in PACKAGE_UNITS
        and _NAME_GOES_ON.fullmatch(text, opening + 1, q.start)
        and _tag(tokens_before(tokens, q.start, 1)[0].word) in NOUN_TAGS | {"a"}
    ):
        return False  # “惠企28条”, “稳企业10条”: a package of measures named by its count
    if (
        q.chinese
        and q.rule != "quantity.adjacent"
        and crosses_word(tokens, q.number_start, q.end)
        and not (q.unit_text in CURRENCY_FACTORS and not inside_word(tokens, q.number_start))
        and not _hedged_token(tokens, q)
    ):
        return False  # 三番五次 is an idiom; 一分钱一粒 (one token 一分钱一) a price
    if not q.chinese and _unit_in_word(text, tokens, q.end):
        return False
    _compound_unit(text, tokens, q)
    if (
        q.unit in TEMPERATURE_UNITS
        and q.start == q.number_start
        and text.endswith("零下", 0, q.start)
    ):
        q.start, q.value = q.start - 2, -q.value  # 最低气温零下8℃: below zero, −8 ℃
    if q.number_start - q.start == 1 and _hedge_in_word(tokens, q.start):
        q.start, q.qualifier = q.number_start, "exact"  # 签约3个, 最近3天: no hedge
    elif text[q.start : q.number_start] == "超" and _records_after(text, q.end):
        q.start, q.qualifier = q.number_start, "exact"  # 超3项世界纪录: broke three records
    elif q.number_start - q.start > 1:
        _hedge_after_word(text, tokens, q)
    if q.more_at is not None and _word_at(tokens, q.more_at) == "多":
        q.end = q.more_at + 1  # 3倍多, 3年多: but not 3个多功能厅
        if q.qualifier == "exact":
            q.qualifier = "more_than"
    if q.unit == "块" and _paid_pieces(text, tokens, q):
        q.unit = "元"  # 付给医院五十块: spoken currency, as 块钱 (unit_text stays 块)
    if _bound_within(text, tokens, q):
        q.end, q.qualifier = q.end + 1, "at_most"  # 1公尺內很快: 内 a word of its own
    if (
        (q.unit in TIME_UNITS or q.unit == "日")
        and q.qualifier == "exact"
        and text[q.end : q.end + 1] in ("内", "內")
    ):
        q.end, q.qualifier = q.end + 1, "at_most"  # 就诊后6个月内附上: 内 joined to the verb
        if not _after_event(text, tokens, q):
            q.end, q.qualifier = q.end - 1, "exact"
    if q.unit == "年" and (_is_year(q) or _MONTH_AFTER.match(text, q.end)):
        return False  # 2024年; 九十六年九月, 100年7月1日: a year of a date, not a duration
    if q.unit in TIME_UNITS and _rate_term_after(tokens, q.end):
        return False  # 五年存活率, 3年复发率: the span of a rate's name, no amount
    if q.unit in ("天", "日") and _DAYS_COUNTED.search(text, max(0, q.start - 9), q.start):
        return True  # 重污染天数控制在3天以内: a count of days, no window of time (nineteenth)
    return not (
        q.unit in TIME_UNITS
        and _is_period(q, text)
        and not _after_event(text, tokens, q)
        and not _lasted_before(text, tokens, q)
        and not _since_event(text, tokens, q)
        and not _narrated_after(text, tokens, q)
    )


def _records_after(text: str, end: int) -> bool:
    """超3项世界青年纪录: 超 before a count of records is the verb (broke), not a hedge."""
    stop = _CLAUSE_END.search(text, end)
    return "纪录" in text[end : stop.start() if stop else len(text)]


#: Verbs of paying and spending that make a 块 closing its clause spoken currency (付给医院五十块).
PAYING_VERBS = SPENDING_VERBS | frozenset(RECIPIENT_VERBS) | frozenset(word_list("付给 花费 收费"))


def _paid_pieces(text: str, tokens: list[Token], q: Found) -> bool:
    """块 with no noun after it (closing its clause) after a verb of paying in the same clause is
    the spoken 元 (付给医院五十块); 8块腕骨, 有2块运到 count pieces."""
    if not _ends_clause(text, q.end):
        return False
    clause = max(text.rfind(c, 0, q.start) for c in _CLAUSE_BREAKS + "。；;！!？?") + 1
    return any(t.word in PAYING_VERBS for t in tokens if clause <= t.start and t.end <= q.start)


#: Words of a remainder or a sole one: 一 right after one (只剩一家, 仅剩下一个, 仅有一个区域) is a
#: count of one, no article.
REMAINDER_WORDS = frozenset(word_list("剩 只剩 仅剩 剩下 只剩下 仅剩下 就剩 还剩 仅有 只有"))


def _one_left(tokens: list[Token], q: Found) -> bool:
    if q.start != q.number_start or q.unit not in COUNT_UNITS:
        return False
    before = tokens_before(tokens, q.start, 2)
    if not before or before[-1].end != q.start:
        return False
    pair = "".join(t.word for t in before) if before[0].end == before[-1].start else ""
    return before[-1].word in REMAINDER_WORDS or pair in REMAINDER_WORDS  # 仅|有 one word


#: Counters of people: 其中 right before their 一 and a predicate right after (两人脱险，其中一人
#: 轻伤; 其中一名有擦伤) counts one of a group already counted; before a noun (其中一位主妇, 一名
#: 男子) 一名/一位 introduces a person.
PEOPLE_COUNTERS = frozenset(word_list("人 名 位"))


def _one_of_them(tokens: list[Token], q: Found) -> bool:
    if q.start != q.number_start or q.unit not in PEOPLE_COUNTERS:
        return False
    before = tokens_before(tokens, q.start, 1)
    after = tokens_from(tokens, q.end, 1)
    return (
        bool(before)
        and before[0].end == q.start
        and before[0].word == "其中"
        and bool(after)
        and after[0].start == q.end
        and _tag(after[0].word) in ("v", "a", "d")
    )


#: Times of day before a figure with 点 (下午三点, 晚上九点后): a clock time, never points.
DAY_TIMES = word_list(
    "上午 下午 晚上 凌晨 早上 中午 傍晚 夜里 夜间 清晨 早晨 晚间 今晚 明早 每天 当天"
)


def _points_counted(text: str, tokens: list[Token], q: Found) -> bool:
    """两点意见, 三点质疑：: a Chinese figure of two or more with 点 right before a noun of two
    or more characters (or a verb whose points a colon lists) counts points; not after a time
    of day (下午三点), nor before a word of time (三点钟, 三点半, 五点前) or a verb (三点召开)."""
    if not q.chinese or q.value < 2 or q.start != q.number_start:
        return False
    k = token_at(tokens, q.end)
    if k < 0 or tokens[k].start != q.end or len(tokens[k].word) < 2:
        return False
    word = tokens[k].word
    if word[0] in "钟半多整前后以到至左" or word in TIME_WORDS:
        return False
    listed = text.startswith(("：", ":"), tokens[k].end)  # 三点质疑：一、…: the points follow
    if _tag(word) != "n" and not (listed and _tag(word) in ("v", "vn")):
        return False
    before = tokens_before(tokens, q.start, 1)
    return not (before and before[0].word in DAY_TIMES)


def _bound_within(text: str, tokens: list[Token], q: Found) -> bool:
    """内 after a measure (1公尺内很快, 500元内就): a bound when jieba keeps it a word of its own,
    whatever follows; after a unit of time it makes a window (3年内, :data:`PERIOD_AFTER`), and
    a count's 内 is a place (门店内)."""
    if q.unit is None or q.unit in TIME_WORDS or q.unit in COUNT_UNITS:
        return False
    if q.qualifier != "exact" or q.end >= len(text) or text[q.end] not in "内內":
        return False
    k = token_at(tokens, q.end)
    return k >= 0 and tokens[k].start == q.end and tokens[k].end == q.end + 1


#: Last characters of a place name (三元桥, 五里屯, 六里庄): standing alone as jieba's token right
#: after a measure word that counts no such thing (元, 里, not 个), the figure is inside a name.
PLACE_SUFFIXES = frozenset("桥橋路街巷站村庄莊屯门門河湖山岛島镇鎮寺塔坊营營堡湾灣沟溝")


def _place_name(text: str, tokens: list[Token], q: Found) -> bool:
    if q.unit is None or q.unit in COUNT_UNITS or q.end >= len(text):
        return False
    if text[q.end] not in PLACE_SUFFIXES:
        return False
    k = token_at(tokens, q.end)
    return k >= 0 and tokens[k].start == q.end and tokens[k].end == q.end + 1


#: Tags of the word before 近/后 that make the figure of time a window, not a duration counted
#: from an event: prepositions (在近3年), conjunctions, time and place words, figures.
_WINDOW_LEAD_TAGS = frozenset(word_list("p c u uj t f s m q r"))


#: Verbs of saving or spending time jieba's dictionary tags as nouns (节省近两小时车程).
TIME_SAVING_VERBS = frozenset(word_list("节省 节约 缩短 花费 耗费"))


def _near_after_verb(text: str, tokens: list[Token], q: Found) -> bool:
    """节省近两小时车程: 近 and a figure of time right after a verb, before a noun that ends the
    clause (no 来, 内, 前 of a window after it; not 創下近25年最…), is a duration the verb
    spends."""
    if text[q.start : q.number_start] != "近" or text.startswith(tuple(PERIOD_AFTER), q.end):
        return False
    after = tokens_from(tokens, q.end, 1)
    if not after or after[0].start != q.end or not _ends_clause(text, after[0].end):
        return False  # 創下近25年最嚴重的水平: a window before a superlative
    if not HAN_RUN.fullmatch(after[0].word) or _tag(after[0].word) != "n":
        return False
    before = tokens_before(tokens, q.start, 1)
    if not before or before[0].end != q.start:
        return False
    return _tag(before[0].word) in ("v", "vd") or before[0].word in TIME_SAVING_VERBS


#: Words before N内 that make it a window at the present or a deadline, no amount (未来六个月内,
#: 在3年内开了十家分店, 计划五年内).
WINDOW_LEADS = (
    *(w for w in PERIOD_BEFORE if w not in ("后", "之前")),  # 后/之前 follow an event
    *("在", "力争", "争取", "计划", "将", "要"),
)


#: The first bound of a range written before a figure (三至 in 三至五年内).
_RANGE_START_BACK = pattern_cache.compile(
    r"[0-9０-９一二两三四五六七八九十]+(?:至|到|~|～|-|－|—)$"
)


#: A count of days right before its figure, past a link (优良天数达到, 重污染天数控制在).
_DAYS_COUNTED = pattern_cache.compile(r"(?:天数|日数)\p{Han}{0,4}$")


def _window_before(text: str, start: int) -> bool:
    """A window word before a figure of time or before its range's first bound (未来三至五年内)."""
    bound = _RANGE_START_BACK.search(text, max(0, start - 6), start)
    return text.endswith(WINDOW_LEADS, 0, bound.start() if bound else start)


#: Words that set a goal: after N内 in its clause they make it a deadline (3年内市值力争突破…).
GOAL_WORDS = ("力争", "争取", "计划", "目标", "确保")


def _goal_in_clause(text: str, end: int) -> bool:
    """A goal word after a figure in its clause (3年内市值力争突破…): the figure is a deadline
    (not 再 or 共, which _PLAN_LEAD also holds: 6个月内不得再申请 is a bound)."""
    stop = _CLAUSE_END.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    return any(word in clause for word in GOAL_WORDS)


def _after_event(text: str, tokens: list[Token], q: Found) -> bool:
    """被刑事拘留近40天, 受理此案后3个月: a figure of time that closes its clause right after an
    event (a verb or a noun, with 近 or a lone 后 between) is a duration counted from that event,
    not a window anchored at the present (近3年来, 在近3年, 近3年的数据, 今后3个月). With 内
    after it, after a lone 后 (就诊后7天内, 售出后30天之内, 回来后在6个月内, 结束后的6个月内:
    at_most) or after 之日起 (出院之日起6个月内); 在6个月内 stays out."""
    within = q.qualifier == "at_most" and text.endswith(("内", "內"), q.start, q.end)
    if q.qualifier in ("at_most", "less_than") and not within:
        return False
    lead = text[q.start : q.number_start]
    if not within and not _ends_clause(text, q.end) and not _near_after_verb(text, tokens, q):
        return False
    if within and not lead and text.endswith("之日起", 0, q.start):
        return True  # 出院之日起6个月内: the day of the event is named
    if (
        within
        and not lead
        and not _window_before(text, q.start)
        and not _goal_in_clause(text, q.end)
    ):
        # 6个月内不给予评定, 老手2分钟内就能, 三年内增幅: a bound of time is an amount (at_most);
        # a window at the present or a deadline (未来六个月内, 必须在6个月内, 计划五年内) is none
        return True
    gap = 1 if within and not lead and _word_at(tokens, q.start - 1) in ("的", "在") else 0
    hou_at = q.start - 1 - gap
    hou = not lead and text[hou_at : hou_at + 1] == "后" and _word_at(tokens, hou_at) == "后"
    if (lead != "近" or within) and not hou:
        return False
    at = hou_at if hou else q.start
    before = tokens_before(tokens, at, 1)
    if not before or before[0].end != at or not _HAN.match(before[0].word):
        return False
    word = before[0].word
    if word in SUBJECT_STOPS or word in TIME_WORDS or word in PERIOD_BEFORE:
        return False
    tag = _tag(word)
    return tag not in _WINDOW_LEAD_TAGS or (hou and tag == "r" and len(word) > 1)  # 此案后


def _lasted_before(text: str, tokens: list[Token], q: Found) -> bool:
    """穿了一整天之后, 过了两年后: a figure of time right after a verb's 了 (jieba tags 过 a
    particle) and before 后/之后/以后 is how long the event lasted (as 相隔3年后), not a window
    anchored at the present."""
    if q.start != q.number_start or not text.startswith(("后", "之后", "以后"), q.end):
        return False
    before = tokens_before(tokens, q.start, 2)
    return (
        len(before) == 2
        and before[-1].word == "了"
        and before[-1].end == q.start
        and _HAN.match(before[0].word) is not None
        and (_tag(before[0].word).startswith("v") or _tag(before[0].word) in ("", "ug"))
    )


#: Verbs after which a time and 后 is a time ahead of the present, not one after an event
#: (预计3年后, 他表示5年后将…): saying, planning, expecting.
NOT_EVENT_VERBS = frozenset(
    word_list(
        "预计 计划 打算 准备 希望 争取 力争 预期 估计 预测 预料 有望 需要 将要 可能 "
        "表示 认为 指出 称 说 透露 强调 介绍 相信 承诺 宣布 要求 规定 约定"
    )
)


def _since_event(text: str, tokens: list[Token], q: Found) -> bool:
    """起飞约一分钟后, 毕业两年后: a figure of time between a verb of two or more characters and
    后/之后/以后 counts from that event (as 受理此案后3个月), not from the present — not after a
    verb of saying or planning (预计3年后)."""
    if text[q.start : q.number_start] not in ("", "约", "大约"):
        return False
    if not text.startswith(("后", "之后", "以后"), q.end):
        return False
    before = tokens_before(tokens, q.start, 1)
    if not before or before[0].end != q.start:
        return False
    word = before[0].word
    return (
        len(word) >= 2
        and HAN_RUN.fullmatch(word) is not None
        and _tag(word) == "v"
        and word not in NOT_EVENT_VERBS
    )


#: Words that put a time after a figure ahead of the present (新规将于一个月后实施, 三年后将建成):
#: a plan or a forecast, not a narrated event.
FUTURE_WORDS = frozenset(word_list("将 将要 将会 会 拟 可望 有望"))
#: Before a figure of time and 后, these carry the narration on from the event before them
#: (在手术58天后, 开通的14年之后).
_NARRATION_LINKS = ("在", "的")


def _narrated_after(text: str, tokens: list[Token], q: Found) -> bool:
    """两年后，他又回到了家乡; 在手术58天后; 开通的14年之后: a figure of time before 后 that opens
    its clause (or follows 在/的) in a narrated sentence counts from the event told before it: a
    duration. In a sentence that plans or forecasts (将于一个月后实施, 三年后将建成, 预计3年后)
    it is a window at the present and stays out."""
    if text[q.start : q.number_start] not in ("", "约", "大约"):
        return False
    if not text.startswith(("后", "之后", "以后"), q.end):
        return False
    at = q.start
    while at > 0 and text[at - 1] in " \u3000":
        at -= 1
    if at > 0 and text[at - 1] not in "，,。；;：:！!？?”」" and not _event_before(tokens, at):
        return False
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, q.start)), default=0)
    clause = max(start, max(text.rfind(c, 0, q.start) for c in _CLAUSE_BREAKS) + 1)
    said = (t.word for t in tokens_between(tokens, start, q.start))
    if any(word in NOT_EVENT_VERBS or word in FUTURE_WORDS for word in said):
        return False  # 他表示，5年后…; 将在两周后
    end = q.end
    for _ in range(2):  # the figure's clause and the next one: 三年后，这里将建成
        stop = _CLAUSE_END.search(text, end + 1)
        end = stop.start() if stop else len(text)
    return not any(t.word in FUTURE_WORDS for t in tokens_between(tokens, clause, end))


def _event_before(tokens: list[Token], at: int) -> bool:
    """在/的, or a word of an event (住院, 手术, 开通) right before ``at``: what the time after it
    counts from is told there."""
    before = tokens_before(tokens, at, 1)
    if not before or before[0].end != at:
        return False
    return before[0].word in _NARRATION_LINKS or _event_word(before[0].word)


def _event_word(word: str) -> bool:
    return (
        len(word) >= 2
        and HAN_RUN.fullmatch(word) is not None
        and _tag(word) in ("v", "vn", "n")
        and word not in TIME_WORDS
        and word not in SUBJECT_STOPS
        and word not in INTERVAL_LEADS  # 时隔一年之后: the interval's length, no event
    )


def _event_named_before(text: str, tokens: list[Token], at: int) -> str | None:
    """The event a time before 后 counts from, when its word stands right before the figure or
    before a 的 there (进场两天之后, 开通的14年之后); ``None`` otherwise."""
    if text.endswith("的", 0, at):
        at -= 1
    before = tokens_before(tokens, at, 1)
    if not before or before[0].end != at or not _event_word(before[0].word):
        return None
    return before[0].word


def _compound_unit(text: str, tokens: list[Token], q: Found) -> None:
    """3人份, 2台套, 300辆次: a measure word followed at once by a one-character measure word
    of a count (份, 套, 次, 位: jieba's tag q) is one compound unit, not the first one cut
    (3人), when that character is a word of its own or jieba keeps the two whole (辆次; not
    米处, 层楼)."""
    unit = q.unit_text
    if unit is None or not text.endswith(unit, q.start, q.end) or UNITS.get(unit) != q.unit:
        return
    nxt = text[q.end : q.end + 1]
    if nxt not in COUNT_UNITS or word_tag(nxt) != "q":
        return
    k = token_at(tokens, q.end)
    alone = k >= 0 and tokens[k].start == q.end and tokens[k].end == q.end + 1
    whole = k >= 0 and tokens[k].start == q.end - len(unit) and tokens[k].end == q.end + 1
    if alone or whole:
        q.unit, q.unit_text, q.end = unit + nxt, unit + nxt, q.end + 1


def _rate_term_after(tokens: list[Token], end: int) -> bool:
    """A noun of rate (存活率, 复发率) written right after a figure of time names a measure over
    that span; the figure is part of the term."""
    k = token_at(tokens, end)
    if k < 0 or tokens[k].start != end:
        return False
    for token in tokens[k : k + 4]:
        word = token.word
        if len(word) > 1 and word[-1] == "率" and word_tag(word).startswith("n"):
            return True
        if word not in _LOAN_KINDS:
            return False  # 5年以上 | 公积金 | 贷款利率 (nineteenth session): a loan's kind between
    return False


#: Kinds of loan or deposit between a tenor and its rate (5年以上公积金贷款利率).
_LOAN_KINDS = frozenset(word_list("公积金 贷款 商业 住房 个人 存款 房贷 首套 二套"))


def _days_bound(text: str, q: Found) -> bool:
    """十五日以下, 10日以上, 就诊后七日内: a count of days with a bound (a penalty, a term) or
    counted from an event — a date takes no 以上/以下/内 and follows its month."""
    if q.start > 0 and text[q.start - 1] in "月号.-/／":
        return False
    if text.endswith(("以上", "以下"), q.start, q.end) or text.endswith(DAY_TERMS, 0, q.start):
        return True  # 十五日以下, 行政拘留5日
    within = text.endswith(("内", "內"), q.start, q.end) or text.startswith(("内", "內"), q.end)
    return within and text.endswith(("后", "之日起"), 0, q.start)


#: Units of temperature a figure below zero (零下) is written in.
TEMPERATURE_UNITS = frozenset(("℃", "摄氏度"))
#: A session of a numbered congress or committee (届…三次会议, 六次全会): the count is its ordinal.
_SESSION_AFTER = pattern_cache.compile(r"(?:全体)?会议|全会|常委会议")
#: …right after a congress's term, or its body after the term (十三届全国人大三次会议, 十三届五次
#: 会议; not 本届政府任期内已举办8次会议 nor 召开了五次会议: meetings counted).
_SESSION_OF = pattern_cache.compile(
    r"届(?:[^，,。]{0,6}(?:人大|政协|纪委|中央|委员会|代表大会|党代会))?$"
)
#: Words of "the first" (首日, 首批) as jieba keeps them: a 首 opening one counts no songs or
#: poems (iPhone 5首日销量; but 3首 | 单曲, 10首 | 周杰伦的歌 do).
FIRST_WORDS = frozenset(
    word_list(
        "首日 首批 首发 首周 首次 首轮 首映 首演 首秀 首届 首站 首场 首家 首月 首年 首单 首销 首飞"
    )
)
#: Units of storage, whose Latin letters are also the code of a Chinese standard (GB 2760): a
#: digit or a slash after them (GB 50222, GB/T) makes them that code.
STORAGE_UNITS = frozenset(word_list("TB GB MB PB EB ZB"))
_CODE_AFTER = pattern_cache.compile(r"\s*[0-9０-９/／]")
#: Units after which 一 is an amount, not the article (增长一倍, 一成, 一人份, 年夜饭一餐).
ONE_AMOUNT_UNITS = frozenset(word_list("倍 成 人份 餐"))
#: Portions: after 的, their 一 is the article again (最要紧的一餐).
PORTION_UNITS = frozenset(word_list("人份 餐"))
#: Units after which 二 counts, not ranks (“正义”二字: two characters; 逾二成: 20%, no "second").
TWO_AMOUNT_UNITS = frozenset(word_list("字 成"))


def _chinese_not_count(span: str, q: Found, text_before: str = "") -> bool:
    """一批/一家 (an article), 二次/二期 (second, not two: a count says 两), 三期工程 (phase three),
    零头 (no amount)."""
    first = span[0]
    if (
        q.value <= 2
        and first in "一二零〇"
        and q.multiplier is None
        and span[1:2] not in "十百千万亿"
        and not (
            first == "一"
            and q.unit in ONE_AMOUNT_UNITS
            and not (q.unit in PORTION_UNITS and text_before == "的")
        )
        and not (first == "二" and q.unit in TWO_AMOUNT_UNITS)
        and q.unit_text not in CURRENCY_FACTORS  # 一分钱, 一块钱: a sum, never the article
    ):
        return True
    return len(span) == 2 and span[1] == "期"


#: Sentences and terms of a court, written with 二 for two (判处有期徒刑二年, 缓刑二年, 拘役二个月,
#: 剥夺政治权利二年): 二 there counts.
SENTENCES = tuple(word_list("徒刑 缓刑 拘役 管制 政治权利 考验期 缓期"))


#: Sessions, cases and portions whose 一 after a verb is an amount (做一次血液透析, 通报一例,
#: 一天限一份, 相當於一茶匙的油脂量), not the article (在一次公开场合, 发布一份报告).
SESSION_UNITS = frozenset(word_list("次 例"))
#: Bounds written after a figure that make 一 an amount whatever its unit (一公尺以上, 一倍以上).
ONE_BOUNDS = ("以上", "以下", "以内", "之内", "左右")
SPOON_PORTION_UNITS = frozenset(word_list("份 茶匙 汤匙"))
#: What may follow a portion's 一 (以一份為限, 一茶匙的油脂量).
_PORTION_AFTER = ("的", "为限", "為限")
_FIGURE_CHAR = pattern_cache.compile(rf"[0-9０-９{_CN_NUMERAL}]")
_CLAUSE_END = pattern_cache.compile(r"[，,：:、。！？!?；;（(「“\s]")


def _one_session(text: str, tokens: list[Token], q: Found) -> bool:
    """一次 counting sessions right after a verb, ending its clause or before the noun that ends
    it (做一次血液透析, 血液透析一次, 淨化一次; not 一次的, 看一次感冒…十美金: the base of a price,
    住院一次不管…); 一份, 一茶匙 with a hedge, before 的 or 为限, or after a verb ending its
    clause (不超過一份, 相當於一茶匙的, 一天限一份; not 发布一份报告: a thing introduced)."""
    if text[q.number_start] != "一" or q.unit not in SESSION_UNITS | SPOON_PORTION_UNITS:
        return False
    if q.multiplier is not None or text.startswith(("一", "次", "性"), q.end):
        return False
    before = tokens_before(tokens, q.number_start, 2)
    if len(before) == 2 and before[1].word == "了" and before[1].end == q.number_start:
        before = before[:1]  # 做了一次手术: the verb's 了 between
        verb_end = q.number_start - 1
    else:
        before = before[-1:]
        verb_end = q.number_start
    after_verb = (
        bool(before)
        and before[0].end == verb_end
        and word_tag(before[0].word) in ("v", "vn")
        and before[0].word not in NOT_DURATION_VERBS
    )
    stop = _CLAUSE_END.search(text, q.end)
    rest = text[q.end : stop.start() if stop else len(text)]
    if q.unit in SPOON_PORTION_UNITS:
        if text[q.start - 1 : q.start] == "的":
            return False
        if q.start < q.number_start or rest.startswith(_PORTION_AFTER):
            return True
        return after_verb and rest == ""
    if (
        not after_verb
        and rest == ""
        and before
        and before[0].end == q.number_start
        and HAN_RUN.fullmatch(before[0].word)
        and len(before[0].word) > 1
        and word_tag(before[0].word) == "n"
        and before[0].word[-1] not in "年月周天日季期"
    ):
        return True  # 血液淨化一次: a noun of an act (jieba's 净化 is a noun) ending its clause
    if not after_verb or rest.startswith("的"):
        return False
    return len(rest) <= 6 and _FIGURE_CHAR.search(rest) is None and "不" not in rest


#: Words before 一+a unit of time that make it a duration (上市已一周, 工作一小时, 长达一年).
DURATION_LEADS = frozenset(word_list("已 已经 了 仅 只 才 足足 整整 长达 达 约 历时 耗时 用时"))


#: Words of an interval: the figure of time after them is its length, even before 之后/后
#: (时隔一年之后, 相隔3年后), and verbs of lasting or of shifting a time (经过近8天的搜寻,
#: 提前12天订票: 前 there is no window's 前).
INTERVAL_LEADS = word_list("时隔 相隔 间隔 经过 历经 历时 耗时 提前 推后 延后 滞后 超前 为期")
#: Adverbs of extent before a one-character verb (多学一年, 再等一天, 晚到一周).
EXTENT_ADVERBS = frozenset(word_list("多 少 再 又 晚 早 只 仅 才 已 还 共 整整 足足"))
#: Words joining a duration to a longer or another one (半年甚至一年, 三个月或一年).
ESCALATIONS = frozenset(word_list("甚至 乃至 甚或 或 或者"))
_TIME_FIGURE_BEFORE = pattern_cache.compile(
    rf"(?:[半{_CN_NUMERAL}0-9０-９]|[半{_CN_NUMERAL}0-9０-９]个)(?:年|个月|天|周|小时|分钟)$"
)
#: Ends of the nouns of a term (试用期, 任期, 有效期, 期限, 服务年限): 一年 after them is the term's
#: length (not 时间: 这段时间一天比一天好).
TERM_ENDS = ("期", "期限", "年限")
#: One-character verbs that say what there is, not how long (有一天, 是一年): no duration.
NOT_DURATION_VERBS = frozenset(word_list("有 是 在 为 像"))


def _one_duration(text: str, tokens: list[Token], q: Found) -> bool:
    """一周, 一小时, 一个月 after a verb or an adverb of extent (上市已一周, 每工作一个小时,
    持续一个月, 住一天, 多学一年), after an interval (时隔一年), with a bound (不超过一年,
    一年以上, 一年多) or before another figure of time (一年六个月) is a duration: an amount, not
    the article 一 (一天一个价, 那一年, 有一天, 一个月隐含波动率 stay out)."""
    if text[q.number_start] != "一" or len(q.unit_text or "") > 3:
        return False
    if q.unit in AGE_UNITS:  # 不到一岁, 一岁以下: an age with a bound
        return q.start < q.number_start or q.qualifier != "exact" or q.more_at is not None
    if q.unit not in TIME_UNITS:
        return False
    nxt = _QUANTITY.match(text, q.end)
    if nxt is not None and text[q.end] != "一" and _part_of_duration(q.unit, nxt):
        return True
    if nxt is not None and nxt.start() == q.end and (nxt.group("num") or nxt.group("cn")):
        return False  # 一天24个小时, 一天一个价: a rate, not a duration
    if q.start < q.number_start or q.qualifier != "exact" or q.more_at is not None:
        return True  # a bound: 不超过一年, 一年以上, 一年左右, 一年多
    before = tokens_before(tokens, q.start, 2)
    if not before or before[-1].end != q.start:
        return False
    word = before[-1].word
    if word in ESCALATIONS and _TIME_FIGURE_BEFORE.search(text, 0, before[-1].start):
        return True  # 延误半年甚至一年: the next of two durations
    term = before[0].word if word in ("为", "是") and len(before) == 2 else word
    if len(term) > 1 and term.endswith(TERM_ENDS):
        return True  # 试用期一年, 任期为一年: the length of a term named before
    if (
        len(word) == 1
        and word_tag(word) in ("v", "")
        and word not in NOT_DURATION_VERBS
        and (word_tag(word) == "v" or (len(before) == 2 and before[0].word in EXTENT_ADVERBS))
    ):
        # a one-character verb: 住一天, 干一年; after an adverb of extent, any (多学一年)
        return _HAN.match(word) is not None
    return (
        word in DURATION_LEADS
        or word in INTERVAL_LEADS
        or (len(word) > 1 and word_tag(word) in ("v", "vd", "vn") and word not in DIRECTION_WORDS)
    )


#: Units of time from the longest; a duration written in two figures goes down (一年六个月).
_TIME_ORDER = ("年", "个月", "周", "天", "小时", "分钟", "秒")


#: How many of the next smaller unit make one of a unit (一年六个月, not 一天24个小时: a rate).
_TIME_PARTS = {"年": 12, "个月": 31, "周": 7, "天": 24, "小时": 60, "分钟": 60}


def _part_of_duration(unit: str | None, nxt: regex.Match[str]) -> bool:
    """Whether ``nxt``, the figure right after one ``unit``, is the rest of one duration: a
    smaller unit of time, fewer of it than make one ``unit``."""
    after = UNITS.get(nxt.group("unit") or "", nxt.group("unit"))
    if unit not in _TIME_PARTS or after not in _TIME_ORDER:
        return False
    value = parse_numeral(nxt.group("num") or nxt.group("cn") or "")
    smaller = _TIME_ORDER.index(after) > _TIME_ORDER.index(unit)
    return smaller and value is not None and value < _TIME_PARTS[unit]


def _not_amount(text: str, tokens: list[Token], i: int) -> bool:
    """第二批, 数十家, 前10家 — but not 目前3名 or 提前3天 (前 inside a word), nor 参保人数520万人
    (数 ending a noun: the figure is that noun's)."""
    if text[i] == "前":
        k = token_at(tokens, i)
        return k < 0 or tokens[k].word == "前"
    if text[i] != "数":
        return text[i] in NOT_AMOUNT_BEFORE  # 第 ends 排名第, 倒数第: still an ordinal
    k = token_at(tokens, i)
    return not (k >= 0 and tokens[k].end == i + 1 and tokens[k].start < i)


def _hedge_after_word(text: str, tokens: list[Token], q: Found) -> None:
    """今年满3岁: a hedge whose first character ends the word before (年满 of 今年满) is the rest
    (满), when that rest is a hedge of the same meaning."""
    k = token_at(tokens, q.start)
    if k < 0 or tokens[k].start >= q.start or tokens[k].end >= q.number_start:
        return
    rest = text[tokens[k].end : q.number_start]
    if PREFIX_QUALIFIERS.get(rest) == q.qualifier:
        q.start = tokens[k].end


def _word_at(tokens: list[Token], offset: int) -> str | None:
    k = token_at(tokens, offset)
    return tokens[k].word if k >= 0 else None


def _hedged_token(tokens: list[Token], q: Found) -> bool:
    """增长近三成, 培育近百家: jieba keeps a hedged figure whole (近三成 is one word); the word is
    the figure with its hedge, no idiom."""
    k = token_at(tokens, q.start)
    return (
        q.number_start > q.start
        and k >= 0
        and tokens[k].start == q.start
        and tokens[k].end == q.end
    )


def _hedge_in_word(tokens: list[Token], offset: int) -> bool:
    k = token_at(tokens, offset)
    return k >= 0 and (tokens[k].word in HEDGE_CLASHES or tokens[k].word in _BALANCES)


#: A trade or market balance jieba keeps whole (出超, 买超): its 超 is no hedge. Read on tokens
#: only: as text, 收入超亿元 and 支出超 would match too (nineteenth session).
_BALANCES = frozenset(word_list("出超 入超 买超 卖超"))


def _unit_in_word(text: str, tokens: list[Token], end: int) -> bool:
    """7部门: the measure word is the head of another word (jieba keeps 层楼, 米处 whole too, so
    only the words of :data:`UNIT_CLASHES` count)."""
    k = token_at(tokens, end - 1)
    return k >= 0 and tokens[k].end > end and tokens[k].word in UNIT_CLASHES


def _republic_year(text: str, q: Found, doc: Doc) -> bool:
    return q.qualifier == "exact" and roc_year(text, q.start, q.end, doc.published) is not None


def _is_year(q: Found) -> bool:
    return q.value == q.value.to_integral_value() and 1000 <= q.value <= 2999


def _is_period(q: Found, text: str) -> bool:
    before = text[max(0, q.start - 2) : q.start]
    if before.endswith(tuple(INTERVAL_LEADS)):
        return False  # 时隔一年之后, 相隔3年后: the length of an interval
    if text[q.start : q.number_start] == "近" or before.endswith(PERIOD_BEFORE):
        return True
    if q.qualifier in ("at_most", "less_than") and text[q.end - 1] in "内前":
        return True  # 3年内, 10年以前
    if _AVERAGING_WINDOW.match(text, q.start):
        return True
    return text.startswith(tuple(PERIOD_AFTER), q.end)


# --- subjects -----------------------------------------------------------------------------------


#: Last characters of nouns jieba leaves alone after the word they end (否决 | 率, 年 | 费): the
#: one-character noun suffixes, and 价, 值, 数 (单 | 价, 总 | 值, 人 | 数).
_NOUN_TAILS = NOUN_SUFFIXES | frozenset("价值数")


def _whole_lone_subject(q: Found, text: str, tokens: list[Token]) -> str | None:
    """A one-character subject is never a function character (94岁了 → null); a noun's tail
    jieba cut off (否决率接近30% → 否决 | 率) takes the word glued before it."""
    subject = q.subject or ""
    if subject in LONE_FUNCTION or subject in _PARTICLES:
        return None
    if subject in _NOUN_TAILS:
        at = text.rfind(subject, 0, q.start)
        before = tokens_before(tokens, at, 1) if at > 0 else []
        if before and before[0].end == at and HAN_RUN.fullmatch(before[0].word):
            return before[0].word + subject
    return subject


#: Particles that are never a subject (了, 的, 着, 过).
_PARTICLES = frozenset("了的着过们地得")


#: Units that are the administrative levels counted (覆盖全国31省份, 16地市): the level names the
#: figure, as 12个市 names 市 (units.txt).
ADMIN_LEVEL_UNITS = frozenset(word_list("省份 省区市 省市区 省区 省市 地市 县市 县市区 区县 县区"))


#: Measure words that are nouns of bodies or places (14部门, 5部委): after 等 the count's own
#: noun names what is counted.
BODY_UNITS = frozenset(("部门", "部委", "单位", "机构", "省份", "省市", "城市", "国家", "地区"))
#: Holiday words a duration right after is the length of (“五一”假期5天, 春运40天); a word ending
#: with 节 is a holiday when jieba tags it a time word (春节, 清明节), not an event (音乐节) or a
#: season (季节). jieba tags most of them as time words, which no subject holds.
PERIOD_WORDS = frozenset(
    ("假期", "长假", "小长假", "黄金周", "春运", "暑期", "寒假", "暑假", "假日", "连假", "新年")
)
_PERIOD_WORDS_TUPLE = tuple(PERIOD_WORDS)  # and 元旦假期, one word to jieba
PERIOD_ENDS = (*PERIOD_WORDS, "节")
#: The words of a holiday's name before its 假期 (“五一”, 国庆中秋): time words and quotes, at most
#: this many tokens.
_PERIOD_TAGS = frozenset(("t", "nz", "m"))
_PERIOD_TOKENS = 4
#: Words of extent between a holiday and its length (春节长达9天, 假期共7天, 假期为期8天),
#: longest first.
_PERIOD_LINKS = word_list("长达 为期 共计 合计 一共 总共 共有 共 为 达 仅 只有 有")


def _period_before(text: str, tokens: list[Token], start: int) -> str | None:
    """The holiday written right before ``start``, with the holiday names before its 假期."""
    before = tokens_before(tokens, start, _PERIOD_TOKENS)
    if not before or before[-1].end != start:
        return None
    last = before[-1].word
    if not (last.endswith(_PERIOD_WORDS_TUPLE) or (last.endswith("节") and word_tag(last) == "t")):
        return None  # 一季节, 音乐节: a season's or an event's word, no holiday
    begin = before[-1].start
    for token in reversed(before[:-1]):
        if (
            token.end != begin
            or _A_YEAR.fullmatch(token.word)
            or not (
                token.word in '“”"'
                or token.word in _CALENDARS
                or (
                    word_tag(token.word) in _PERIOD_TAGS and token.word[0] not in DEICTIC_TIME_HEADS
                )
            )
        ):
            break  # 今年 | 春运40天: the year is when, no part of the holiday's name
        begin = token.start
    if text[begin] in DEICTIC_TIME_HEADS and word_tag(text[begin : begin + 2]) == "t":
        begin += 2  # 今年春节 (one word to jieba): the year is when
    period = text[begin:start].lstrip('”"')
    return period or None


#: A year written before a noun (2024年春运, 二〇二四年春运).
_YEAR_AHEAD = pattern_cache.compile(r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?=\p{Han})")
#: A year's word before a holiday (2025年, 二〇二五年, a lone 年), no part of its name (新年 is).
_A_YEAR = pattern_cache.compile(r"(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九]{1,4})?年")
#: The calendars a holiday is named in (农历春节, 农历新年).
_CALENDARS = frozenset(("农历", "阴历", "农曆", "陰曆"))


#: Verbs of lasting before a duration: they name nothing, the activity that lasted is named after
#: the duration (历经14年探索，) or else before them (展会历时4天).
_LASTING = ("历经", "历时", "耗时", "用时", "经过", "为期")


#: Roman numerals of a class (Ⅲ类水质, 劣Ⅴ类断面, Ⅰ至Ⅲ类; Latin letters as some pages write them),
#: merged into one token before 类 by :func:`_subject_before`.
_ROMAN = r"(?:[ⅠⅡⅢⅣⅤⅥ]+|I{1,3}|IV|V)"
_ROMAN_RANGE = rf"劣?{_ROMAN}(?:[至—\-～到]{_ROMAN})?"
_ROMAN_CLASS = pattern_cache.compile(_ROMAN_RANGE)
_ROMAN_RUN = pattern_cache.compile(_ROMAN_RANGE + "(?=类)")
_ROMAN_FIRST = frozenset("劣ⅠⅡⅢⅣⅤⅥIV")
#: A company's equity right after a per-cent figure (51%股权, 30%的股份).
_STAKE_AFTER = pattern_cache.compile(r"的?(?P<stake>股权|股份)(?:(?=[的转给予并及和])|(?!\p{Han}))")
#: Units of distance, and the side of a landmark written before one (以北, 以东约).
_DISTANCE_UNITS = frozenset(word_list("公里 千米 米 里 海里"))
_SIDE_OF = pattern_cache.compile(r"(?P<side>以[东南西北]{1,2}|[东南西北]{1,2}侧)(?:约|大约|近)?$")
#: A clause with 的 and no noun, opening its sentence or clause, then a link before a count
#: (其中，营收超亿元的有15家; 参加培训的达3000人次): the clause names the kind counted.
_HEADLESS = pattern_cache.compile(
    r"(?:^|[，。；：！？,;:!?]|其中)(?!其中|虽然|雖然|但|而|如果|据|據)"
    r"(?P<kind>[^，。；：！？,;:!?“”「」的]{2,16}?)的"
    r"(?:共有|仅有|只有|已有|还有|达到|超过|共|仅|只|有|达|约|为)(?:约|近|超过|逾)?$"
)


def _lasted_named(text: str, tokens: list[Token], q: Found) -> str | None:
    """历经10年攻关，: the activity after a duration led by a verb of lasting, when it closes the
    clause; 展会历时4天: else the noun before that verb (not after 经过, which opens a clause)."""
    lead = next((w for w in _LASTING if text.endswith(w, 0, q.start)), None)
    if lead is None or (lead == "为期" and text.startswith("的", q.end)):
        return None  # 为期两天的例会: the noun after 的 is named (see _attach_subject)
    after = tokens_from(tokens, q.end, 1)
    if (
        after
        and after[0].start == q.end
        and len(after[0].word) >= 2
        and _tag(after[0].word) in ("v", "vn", "n", "a", "ad", "an")  # 经过5年努力，
        and _ends_clause(text, after[0].end)
    ):
        return after[0].word
    if lead == "经过":
        return None
    at = q.start - len(lead)
    if lead == "为期" and at > 0 and text[at - 1] in "，,":
        return _topic_of(text, tokens, at - 1)  # 艺术节在苏州开幕，为期15天: the event
    named = _subject_before(text, tokens, at)[0]
    if named is None:
        # 展会历时4天, 检查历时26天: jieba tags the activity a verb
        before = tokens_before(tokens, at, 1)
        if before and before[0].end == at and len(before[0].word) >= 2:
            named = before[0].word if _tag(before[0].word) in ("v", "vn") else None
    return named


#: How the name of an occasion or an activity that lasts ends (艺术节, 运动会, 博览会, 书展, 联赛,
#: 专项行动, 检查, 培训, 演习).
_OCCASION_ENDS = (
    *"节会展赛",
    *word_list(
        "活动 行动 检查 督查 巡视 整治 培训 演习 军演 展览 论坛 峰会 比赛 联赛 仪式 调查 普查 "
        "考试 评选 巡演 演出 庙会 集市"
    ),
)
#: Words before a sentence's topic that say which one (此次检查, 本届书展, 第十四届艺术节).
_WHICH_ONE = pattern_cache.compile(
    r"(?:此次|本次|这次|该次|本届|此届|今年|今年的|第[一二三四五六七八九十0-9]+[届次期])"
)


def _topic_of(text: str, tokens: list[Token], comma: int) -> str | None:
    """The noun phrase opening the sentence whose first clause ends at ``comma`` (此次检查从…开始，
    为期26天 → 检查), past the words that say which one; none when no noun phrase opens it."""
    begin = _sentence_start(text, comma)
    while begin < comma and text[begin] in " \u3000":
        begin += 1
    which = _WHICH_ONE.match(text, begin, comma)
    if which is not None:
        begin = which.end()
    phrase = _noun_phrase_at(tokens, begin, verbal=True)
    if phrase is None or phrase[0] != begin or phrase[1] > comma:
        return None
    topic = text[phrase[0] : phrase[1]]
    # an occasion or an activity lasts (艺术节, 博览会, 检查, 演习), not the people in it (专家组,
    # 大学生) nor a word jieba cut short (联合 | 军 | 演)
    return topic if topic.endswith(_OCCASION_ENDS) else None


def _attach_subject(q: Found, text: str, tokens: list[Token], earlier: list[Found]) -> None:
    if q.unit in ADMIN_LEVEL_UNITS:
        q.subject = q.unit_text
        return
    if q.unit in AGE_UNITS:
        if text.startswith(("时", "的时候"), q.end):
            # 谢焕桂10岁时患上, 在拉德哈瓦9岁时: the age at which someone did something is that
            # person's, named right before it (else the noun before, or no one: not 时患上)
            q.subject = (
                _person_before(text, tokens, q.start) or _subject_before(text, tokens, q.start)[0]
            )
            return
        person = _person_after(text, tokens, q.end)
        if person is not None:
            q.subject, q.subject_end = text[person[0] : person[1]], person[1]
            return
    if q.unit in TIME_UNITS:
        # “五一”假期5天, 清明节3天, 农历春节长达9天: the length of the holiday, past a word of
        # extent between them
        at = q.start - next((len(w) for w in _PERIOD_LINKS if text.endswith(w, 0, q.start)), 0)
        period = _period_before(text, tokens, at) if text.endswith(PERIOD_ENDS, 0, at) else None
        if period is not None:
            q.subject = period
            return
        lasted = _lasted_named(text, tokens, q)
        if lasted is not None:
            q.subject = lasted
            return
    if q.unit == "%" and (stake := _STAKE_AFTER.match(text, q.end)):
        # 收购浙江中控技术股份有限公司2.5%股权, 持有其51%的股份 (nineteenth session): a share of a
        # company's equity is the stake (not the company's name before it)
        q.subject, q.subject_end = stake.group("stake"), stake.end()
        return
    if q.unit in _DISTANCE_UNITS and (side := _SIDE_OF.search(text, max(0, q.start - 6), q.start)):
        # 雨花收费站以北6公里处, 市区以东10公里: a distance from a landmark is named by it and the
        # side (dev d121's gold: 京港澳高速雨花收费站以北)
        landmark = _subject_before(text, tokens, side.start())[0]
        if landmark is not None:
            q.subject = landmark + side.group("side")
            return
    if (
        q.unit in _HEADLESS_UNITS
        and _ends_clause(text, q.end)
        and (headless := _HEADLESS.search(text, max(0, q.start - _HEADLESS_SPAN), q.start))
    ):
        # 负债在100万至500万元的有17家, 获得补贴的有1200人: a clause and 的 with no noun after
        # name the kind counted, when the count closes its clause (dev d124's gold: 没有负债)
        q.subject = headless.group("kind")
        return
    if q.unit in TIME_UNITS and text.startswith(("后", "之后", "以后"), q.end):
        # 手术58天后, 开通的14年之后: the time since an event is named by the event, or by nothing
        q.subject = _event_named_before(text, tokens, q.start)
        return
    previous = earlier[-1] if earlier else None
    turned = _turned(text, tokens, previous, q)
    if turned is not None:
        q.subject = turned
        return
    if previous is not None and previous.subject and _households_and_people(previous, q):
        q.subject = previous.subject  # 贫困户4512户15836人: the people of the households counted
        return
    level = _level_after_change(text, previous, q)
    if level is not None:
        q.subject = level
        return
    if previous is not None and previous.subject and _changed_to(text, previous, q):
        q.subject = previous.subject  # 利率由3.1%调整为2.85%: the end counts what the start counts
        return
    begun = _CHANGE_FROM.search(text, max(0, q.start - _CHANGE_FROM_SPAN), q.start)
    if (
        begun is not None
        and begun.end() - begun.start() > 1
        and _change_to().match(text, q.end) is not None
    ):
        # 藏羚羊数量由上世纪80年代的2万只恢复到7万只, 工资标准由每月2320元调整为…: the start of a
        # change written with its time or its rate counts the noun before 由/从 (the rate with it);
        # not without the change (从去年的300个申报项目中评选出…: the noun after it)
        since = _SINCE.search(text, max(0, begun.start() - _CHANGE_FROM_SPAN), begun.start())
        changed = _subject_before(text, tokens, since.start() if since else begun.start())[0]
        if changed is not None:
            q.subject = changed + (begun.group("rate") or "")
            return
    # 汇价交投于77.90水平: a level word after a bare value is no subject
    after = None if q.rule == "quantity.value" else _subject_after(text, tokens, q)
    if (
        after is not None
        and q.unit not in RATE_UNITS - {"倍", "成"}
        and not _attribute_glued(text, tokens, q.start)
    ):
        q.subject, q.subject_end = text[after[0] : after[1]], after[1]
        return
    if text.endswith("等", 0, q.start) and q.unit_text in BODY_UNITS:
        # 商务部等14部门印发: the names before 等 are examples of what is counted, which the
        # count's own noun names
        q.subject = q.unit_text
        return
    subject, direction = _subject_before(text, tokens, q.start)
    if subject is not None and "分别" not in text:
        subject = _joined_before(text, tokens, q.start, subject, direction)
    if subject in _GOAL_NOUNS:
        # 国内生产总值增长预期目标为5%左右 (nineteenth session): a goal is named by the measure and
        # the change written before it
        head = text.rfind(subject, max(0, q.start - 12), q.start)
        measure = _subject_before(text, tokens, head)[0] if head > 0 else None
        if measure is not None and text.endswith(measure, 0, head):
            subject = measure + subject
    if subject is not None and "计划" in subject:
        subject = _after_plan(text, tokens, q.start, subject)
        if subject.endswith("计划") and subject[:-2].endswith(tuple(NOUN_SUFFIXES)):
            subject = subject[:-2]  # 贷款发放量计划达到150亿元: the measure's plan, a verb (19th)
    if q.rule == "quantity.value":
        # 反弹目标将指向79.50, 实测值达到930: named before the word of level the figure follows
        link = tokens_before(tokens, q.start, 1)
        if link and link[0].end == q.start:
            subject, direction = _subject_before(text, tokens, link[0].start)
    if subject is not None and q.unit in RATE_UNITS and "占" in text:
        subject = _share_of(text, tokens, q.start, subject, direction)
    base = _compared_base(text, tokens, q, subject) if direction or q.unit in RATE_UNITS else -1
    if base >= 0:
        # 招标价格比零售指导价平均下降62%: the noun before 比, not the base after it; 增速高于
        # 全国1.8个百分点: the comparative and its base are written with the subject (realworld
        # 017's gold: 高于全国)
        against = text[base : q.start] if text.startswith(COMPARATIVES, base) else ""
        if (
            not against
            and q.unit in CHANGE_UNITS
            and _THAN_ADJECTIVE.fullmatch(text, base, q.start)
            and any(
                t.end == q.start and t.word in _THAN_WORDS
                for t in tokens_before(tokens, q.start, 1)
            )
        ):
            # 增长8.9%，比全国高3.2个百分点 (nineteenth session): 比 X 高 as 高于 X is written
            against = text[base : q.start]
        subject = _compared_subject(text, tokens, base, against or direction)
        if subject is None and against:
            # 研发投入强度为2.5%，高于全省平均水平1.8个百分点: the level named before, if any
            named = _earlier_amount(text, q, earlier) if _bare_clause(text, tokens, base) else None
            subject = (named.subject if named and named.subject else "") + against
    if subject is not None and text.startswith("的", q.end):
        head = text.rfind(subject, 0, q.start)
        if _rate_word(subject):
            subject = None  # 接受人均3000元的出游消费标准: a rate alone names no amount
        elif (
            word_tag(subject) == "ns"
            or _SCOPE.fullmatch(subject)
            or text.endswith(RECIPIENT_VERBS, 0, max(head, 0))
        ):
            # 与美国78.4%的利用率: a place is no measure, nor a scope (全市80%的村庄, 全球约
            # 三分之一的人口); 给予男方25天的护理假: the one given to is not what is given. The
            # noun after 的 is the subject.
            subject = None
        elif (
            (subject[-1] not in ATTRIBUTE_ENDS or subject in WORTH_WORDS)
            and not subject.startswith(("每", "人均"))  # a rate (每个婴幼儿每月) stays
            and not (head >= 0 and _VALUE_LINK.fullmatch(text, head + len(subject), q.start))
            # (twentieth session) a forecast after 的 names no measure (维持核心通胀率介于2.5%至
            # 3.5%的预测: the rate is the subject)
            and not text.startswith(_FORECASTS, q.end + 1)
        ) and _noun_phrase_at(tokens, q.end + 1, verbal=True):
            # 集邮总公司10克的邮票金砖, 与前男友长达3分钟的视频: a figure and 的 before a noun
            # measure that noun, unless the noun before is an attribute the figure is the value
            # of (海拔4000米的地方, 面值为24元的大版, 市值超过300亿美元的巨头)
            subject = None
    q.subject = subject
    if q.subject is None and previous is not None and _listed_after(text, previous, q):
        q.subject = previous.subject  # 上涨3.8%和1.8%: the second shares the first's subject
    if (
        q.subject is None
        and previous is not None
        and previous.subject_end is not None
        and previous.unit == q.unit
        and _AMONG.fullmatch(text, previous.subject_end, q.start)
    ):
        q.subject = previous.subject  # 97家中央企业中已有63家: some of the things counted
    if q.subject is None and previous is not None and _range_bounds(previous, q):
        # 6500~7000人次: both bounds count the same thing; 1万元以上5万元以下的罚款: the noun
        # after 的 is written for both
        after_de = (
            _noun_phrase_at(tokens, q.end + 1, verbal=True)
            if text.startswith("的", q.end) and not text.startswith(_FORECASTS, q.end + 1)
            else None
        )
        q.subject = text[after_de[0] : after_de[1]] if after_de else previous.subject
    if after is not None and q.subject is None:
        q.subject, q.subject_end = text[after[0] : after[1]], after[1]
    compared = _compared_to().search(text, max(0, q.start - 30), q.start) if direction else None
    if q.subject is None and compared:
        # 能耗较2020年下降13.5%: the subject stands before the base of the comparison
        q.subject = _compared_subject(text, tokens, compared.start(), compared.group("dir"))
    if q.subject is None and previous is not None and _changed_to(text, previous, q):
        q.subject = previous.subject  # 员工总数由7万人锐减至1.9万人: the end counts the same
    if q.subject is None and direction in EXTREMES and text.startswith("的", q.end):
        # 以最低5分钱/分钟的通话资费, 给予最高500万元的科研经费支持: the noun after 的 names the
        # figure, the extreme written with it (dev d120's gold: 最低通话资费)
        named_after = _noun_phrase_at(tokens, q.end + 1, verbal=True)
        if named_after is not None:
            q.subject = direction + text[named_after[0] : named_after[1]]
    if q.subject is None and direction:
        # 营业额385.7亿元，同比增长42.2%: the rate of the amount named earlier in the sentence
        bare = _bare_clause(text, tokens, q.start)
        named = _earlier_amount(text, q, earlier) if bare else None
        if named is None and bare:
            # 猪肉价格环比下降2.1%，同比下降9.8%: with no amount before, a rate after another
            # rate of a noun is that noun's
            noun = _rate_noun_before(text, q, earlier, direction)
            q.subject = noun + direction if noun else direction
        else:
            q.subject = _without_change(named.subject or "") + direction if named else direction
    if q.subject is None and q.rule != "quantity.value":  # 指向79.50: the verb measures nothing
        q.subject = _subject_of_verb(text, tokens, q.start)
    if q.subject is None and q.start > 0 and text[q.start - 1] == "的" and q.unit in RATE_UNITS:
        if previous is not None and previous.end == q.start - 1:
            # 超过限量4g/kg的3倍: a multiple of an amount is named as the amount is (not its unit)
            q.subject = previous.subject
        elif base := _BASE_TIME_BEFORE_DE.search(text, max(0, q.start - 20), q.start - 1):
            # 客流量恢复到疫情前的95%, 航班量恢复至2019年同期的85%: a level against a time's is
            # the level of the noun before the link
            q.subject = _subject_before(text, tokens, base.start())[0]
            if (
                q.subject is None
                and _bare_clause(text, tokens, base.start())
                and "分别" not in text[_sentence_start(text, base.start()) : base.start()]
            ):
                # 旅客运输量6.2亿人次，恢复至2019年的93.9%: of the amount named earlier in the
                # sentence, as a bare 同比增长 is (nineteenth session)
                named = _earlier_amount(text, q, earlier)
                q.subject = _without_change(named.subject) if named and named.subject else None
        else:
            # 收取回款佣金的10%: the share of the noun before 的
            q.subject = _subject_before(text, tokens, q.start - 1)[0]
            whole = _WHOLE_OF.search(text, max(0, q.start - 24), q.start)
            part = _subject_before(text, tokens, whole.start())[0] if whole else None
            if whole and part and q.subject and whole.group("whole").endswith(q.subject):
                # 核电发电量占全省发电量的24%: the part, 占 and the whole, as with a share's word
                # (数字经济核心产业增加值占地区生产总值比重); the whole alone when no part is
                # written in the clause (约占总数的六成: dev d194's gold)
                q.subject = part + whole.group()[:-1]
    if (
        q.subject is None
        and q.start > 0
        and text[q.start - 1] == "的"
        and _ends_clause(text, q.end)
    ):
        # 年薪最高的68万，: a figure ending its clause is the amount of the noun before 的 — not
        # after a link word (车流长达创纪录的631公里: 创纪录 qualifies the figure)
        subject = _subject_before(text, tokens, q.start - 1)[0]
        head = text.rfind(subject, 0, q.start - 1) if subject else -1
        link = tokens_before(tokens, head, 1) if head >= 0 else []
        if subject and not (link and link[0].end == head and link[0].word in LINK_WORDS):
            q.subject = subject
    if q.subject is None and text.startswith("的", q.end):
        # 为期两天的例会, 给予男方25天的护理假: with no noun before, the noun after 的
        if text.startswith(tuple(_TITLE_QUOTES), q.end + 1):
            after = _quoted_after(text, tokens, q.end + 1)  # 为期一个月的“直播月”活动
        else:
            # 为期40天的2024年春运: the year says which one, the noun after it is named
            year = _YEAR_AHEAD.match(text, q.end + 1)
            after = _noun_phrase_at(tokens, year.end() if year else q.end + 1, verbal=True)
        q.subject = text[after[0] : after[1]] if after else None
    if q.subject is None:
        q.subject = _rate_beside(text, tokens, q)
    if q.subject is None and _bracketed(text, q):
        # 肉和鱼(-1℃)、冷饮(1℃): a figure alone in brackets measures the noun right before them
        q.subject = _subject_before(text, tokens, q.start - 1)[0]
    if q.subject is None and q.start > 0 and text[q.start - 1] in _LABEL_MARKS:
        # 身高：168CM, 年龄：23周岁: a field of a form is named by its label, the word before
        # the colon (not the previous field's value before it: 籍贯：北京身高：)
        label = tokens_before(tokens, q.start - 1, 1)
        if label and label[0].end == q.start - 1 and _nounish(label[0]):
            q.subject = label[0].word
    if q.subject is None and _ends_clause(text, q.end):
        q.subject = _amounted_to(text, tokens, q.start)
    if q.subject is None and _ends_clause(text, q.end):
        # 一根就是1万到2万元: the base stands before a range's first bound
        at = previous.start if previous is not None and q.range_end else q.start
        q.subject = _base_before(text, tokens, at, q.unit)
    if q.subject is None:
        q.subject = _verb_named(text, tokens, q)
        q.named_by_verb = q.subject is not None
    if q.subject is None:
        q.subject = _compound_after(text, tokens, q)
    elif _SCOPE_ONLY.fullmatch(q.subject):
        # 各县市约210家急诊服务合约医院: a scope before a count says where; the compound after
        # it, when one closes the clause, is what is counted
        q.subject = _compound_after(text, tokens, q) or q.subject


def _joined_before(text: str, tokens: list[Token], start: int, subject: str, direction: str) -> str:
    """Nouns joined by 和/与/及 or 、 before one figure are its subject together (游客和船员, 夏季
    湿疹和香港脚激增: dev d066's gold; 风电、光伏发电量), the first as written before the
    conjunction; not part of a longer list (A、B、C、D、E…)."""
    noun = subject[: len(subject) - len(direction)] if direction else subject
    head = text.rfind(noun, max(0, start - 40), start)
    # 风电、光伏发电量合计 (nineteenth session): items listed with 、 share a total written after
    # them (合计, 共); without one the figure may be the last item's alone (秃顶、身高约1.73米)
    marks = "和与及、" if _TOTAL_AFTER.match(text, head + len(noun)) else "和与及"
    joined = subject
    for _ in range(_MAX_JOINED):
        if head < 1 or text[head - 1] not in marks:
            break
        first, first_direction = _subject_before(text, tokens, head - 1)
        if first is None or first_direction or not text.endswith(first, 0, head - 1):
            break
        joined = first + text[head - 1] + joined
        head -= len(first) + 1
        marks = marks.replace("和与及", "")  # one conjunction, before the last item only
    if marks and text[head - 1 : head] == "、":
        return subject  # part of a longer list than was read
    return joined


#: A total right after the items listed (合计达到, 共, 总计).
_TOTAL_AFTER = pattern_cache.compile(r"(?:合计|共计|总计|总共|合共|共|累计合计)")
#: Items joined before one figure read back at most (风电、光伏和生物质发电量).
_MAX_JOINED = 4


#: A goal's own nouns, named by the measure before them (增长预期目标, 的目标值).
_GOAL_NOUNS = frozenset(word_list("目标 预期目标 目标值"))
#: Verbs of planning jieba tags as nouns, that a subject may run back over (今年计划投资6000亿元).
PLAN_WORDS = frozenset(("计划",))
#: Measures a plan's verb names (计划开工面积, 计划招生规模, 计划检修工期, 计划建设用地指标).
_PLANNED_MEASURES = frozenset(
    ("面积", "规模", "工期", "指标", "用地指标", "数量", "人数", "总量", "总额", "里程", "产量")
)
_VERB_TAGS_OF_PLAN = frozenset(("v", "vn"))


def _after_plan(text: str, tokens: list[Token], start: int, subject: str) -> str:
    """What a plan counts, without the plan's verbs: after 计划 and the verbs of what is planned,
    the noun that is their object (计划生产原油3000万吨 → 原油, 国铁集团计划投产新线 → 新线), or
    the verb itself when no noun follows it (计划投资6000亿元 → 投资, as a sum right after its
    verb is named by the verb). A subject holding 计划 as a noun (本科招生计划) is kept."""
    head = text.rfind(subject, 0, start)
    if head < 0:
        return subject
    words = tokens_between(tokens, head, head + len(subject))
    plan = next((k for k, t in enumerate(words) if t.word in PLAN_WORDS), None)
    if (
        plan is None
        or plan + 1 >= len(words)
        or _tag(words[plan + 1].word) not in _VERB_TAGS_OF_PLAN
    ):
        return subject
    k = plan + 1
    while k + 1 < len(words) and _tag(words[k + 1].word) in _VERB_TAGS_OF_PLAN:
        k += 1  # 计划新建改造: verbs in a row
    rest = words[k + 1 :]
    if words[-1].word in _PLANNED_MEASURES:
        # 计划开工面积, 计划招生规模, 原计划工期 (jieba tags 工期 a verbal noun): the planned
        # measure, named with its verb
        return subject
    if not rest and words[k].word in DIRECTION_WORDS:
        return subject  # 招生计划增加500人: a change of the plan, no verb of one
    rest = rest or words[k : k + 1]
    return text[rest[0].start : head + len(subject)]


#: A link and a time whose level a share after 的 is measured against (恢复至2019年同期,
#: 恢复到疫情前).
_BASE_TIME_BEFORE_DE = pattern_cache.compile(
    r"(?:恢复至|恢复到|达到|相当于)"
    r"(?:(?:19|20)\d\d年|去年|上年|疫情前|疫情之前)(?:同期)?(?:水平)?$"
)


#: Last characters of attribute nouns, whose value a figure is (海拔, 面值, 市值, 营业额, 增长率,
#: 总量, 期限, 里程, 距离): before a figure and 的 they name it, not the noun after 的.
ATTRIBUTE_ENDS = frozenset("拔值价额率量限程龄重长高宽深距离积温速幅数费资入出口度格位薪")


def _attribute_glued(text: str, tokens: list[Token], start: int) -> bool:
    """A measure noun written right against the figure (发热量5500大卡市场动力煤, 排量1.5升发动机):
    the figure is that attribute's value, and the noun after it is the thing that has it."""
    before = tokens_before(tokens, start, 1)
    if not before or before[0].end != start:
        return False
    word = before[0].word
    return (
        len(word) >= 2
        and word[-1] in ATTRIBUTE_ENDS
        and word not in WORTH_WORDS
        and _tag(word) in NOUN_TAGS - {"vn"}
    )


#: "Worth" alone is no attribute of a thing named: 一批价值约万元的首饰 counts the jewels (not
#: 市值, 面值, which are: 市值超过300亿美元的巨头).
WORTH_WORDS = frozenset(word_list("价值 总价值"))
#: Nouns of a forecast: after a figure and 的 they name no measure of their own.
_FORECASTS = tuple(word_list("预测 预期 预估 估计 预判"))
#: A subject that is a scope and nothing else (全省, 各县市).
_SCOPE_ONLY = pattern_cache.compile(
    r"全(?:国|省|市|县|区|镇|乡|村|球|世界)|我国|各(?:省|市|县|区|地|县市|省市|省区市)"
)
#: Words of a whole scope (全市, 全球, 我国): before a share and 的 they say where, not what.
_SCOPE = pattern_cache.compile(
    r"全(?:国|省|市|县|区|镇|乡|村|球|世界|美|欧|校|厂|社会)|我国|世界|全体"
)
#: Words passed over between a figure and the nearest noun before it in its clause: verbs,
#: adverbs, particles, conjunctions and prepositions (每板有12粒, 社区拆零药分为三类).
_PASSED_TAGS = frozenset(word_list("v vd d ad c p u uj ul uz ug ud y zg a"))
#: At most this many words passed over, and this many nouns kept.
MAX_PASSED = 4
MAX_NEAREST = 3


#: Tags that end the words a measure word counts (a verb, a particle, a preposition…).
_COUNTED_STOP_TAGS = frozenset(word_list("v vd d ad c p u uj ul uz ug ud y m q f t"))


def _counted_after(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """近100名本科毕业生, 98处控导工程: the words right after a count's measure word up to a verb, a
    particle or a break, ending in a noun (whatever jieba tags the words before it: 本科 r)."""
    run: list[Token] = []
    for token in tokens_from(tokens, end, MAX_NEAREST + 1):
        if token.start != (run[-1].end if run else end) or not HAN_RUN.fullmatch(token.word):
            break
        tag = _tag(token.word)
        if tag in _COUNTED_STOP_TAGS and tag != "vn":
            break
        run.append(token)
    while run and not (_tag(run[-1].word) in NOUN_TAGS and len(run[-1].word) > 1):
        run.pop()
    return (run[0].start, run[-1].end) if run else None


#: The mark that opens the clause of a figure, searched backwards from it.
_CLAUSE_MARK_BACK = pattern_cache.compile(r"[，,：:、。；;！!？?“”「」（）()]", flags=regex.REVERSE)


def _nearest_noun_before(
    text: str, tokens: list[Token], start: int, *, verbs: bool = True
) -> str | None:
    """每板有12粒 → 每板, 社区拆零药分为三类 → 社区拆零药, 超级本将超过75款 → 超级本: when no rule
    names the figure, the nearest nouns before it in its clause, over at most a few verbs,
    adverbs and particles. None when the clause holds no noun before the figure."""
    mark = _CLAUSE_MARK_BACK.search(text, 0, start)
    clause = mark.end() if mark else 0
    window = [
        t for t in tokens_before(tokens, start, MAX_PASSED + MAX_NEAREST * 2) if t.start >= clause
    ]
    if any(t.word == "分别" for t in window):
        return None  # 三个名字分别…两个数: a list that does not pair names nothing
    kept: list[Token] = []
    passed = 0
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        word, tag = token.word, _tag(token.word)
        if kept and (word in _NOT_PASSED or word in LINK_WORDS):
            # 比平均工资要高5倍: the noun after 比 is the base; 长达创纪录的400公里: a link
            # before the noun makes it a qualifier of the figure
            return None
        if tag == "vn" and not kept and k > 0:
            return None  # 新培育共10家: a verbal noun after a modifier is the figure's verb;
            # opening its clause it names the amount (投入3200万元)
        if _nounish_before(window, k) and not _not_named(word) and not _unit_of_figure(text, token):
            if kept and token.end != kept[-1].start:
                break
            kept.append(token)
            if len(kept) == MAX_NEAREST:
                break
            continue
        if kept:
            break
        passed += 1
        if not verbs and tag in ("v", "vd") and word not in LINK_WORDS:
            return None
        if word == "每" or word in LONE_ADVERBS:
            continue  # 眼睛每三十分钟, 食用量仍以一份为限: 每 or an adverb between noun and figure
        if tag not in _PASSED_TAGS or passed > MAX_PASSED or word in _NOT_PASSED:
            return None  # 研究报告预测…: what is said is no subject; 比平均工资高5倍: no base
    while kept and len(kept[-1].word) == 1 and kept[-1].word != "每":
        kept.pop()  # 央|企资金缺口, 调|研报告: a lone character opening the run is no noun's start
    if not kept:
        return None
    first = kept[-1]
    before = tokens_before(tokens, first.start, 1)
    glued_measure = len(first.word) > 1 and word_tag(first.word[0]) == "q"
    if before and before[0].word in DEMONSTRATIVES and glued_measure:
        return text[first.start + 1 : kept[0].end]  # 这批货要等3个星期: the measure word dropped
    return text[first.start : kept[0].end]


#: One-character adverbs jieba leaves untagged (仍, 才): passed over like tagged ones.
LONE_ADVERBS = frozenset("仍才又曾均亦却便乃")
#: Words the nearest noun is never found across: comparisons (the noun is the base, FACTS.md)
#: and verbs of saying or planning.
_NOT_PASSED = frozenset(word_list("比 较 比起 相比 于")) | NOT_EVENT_VERBS


def _nounish_before(window: list[Token], k: int) -> bool:
    """A noun, or a Han word the dictionary does not tag: of two characters or more, or one
    glued after a noun (过期|药)."""
    word, tag = window[k].word, _tag(window[k].word)
    if tag in NOUN_TAGS:
        return True
    if word == "每" and k + 1 < len(window) and len(window[k + 1].word) == 1:
        return True  # 每板有12粒: a rate's base (FACTS.md: rates go into the subject)
    if len(word) == 1 and k > 0 and window[k - 1].word == "每":
        return True
    if tag or HAN_RUN.fullmatch(word) is None:
        return False
    if len(word) > 1:
        return True
    left = window[k - 1] if k > 0 else None
    glued = left is not None and left.end == window[k].start and _tag(left.word) in NOUN_TAGS
    return glued and word not in LONE_FUNCTION and word != "每"  # 眼睛每三十分钟


def _not_named(word: str) -> bool:
    """Words that name no measured thing: time words, link verbs, currencies."""
    return (
        word in SUBJECT_STOPS
        or word in TIME_WORDS
        or word in LINK_WORDS
        or word in CURRENCIES
        or word in CURRENCY_FACTORS
        or word in DIRECTION_WORDS
        or word in NOT_EVENT_VERBS
    )


def _bracketed(text: str, q: Found) -> bool:
    """Whether the figure stands alone in round brackets (冷饮(1℃), 冷饮（1℃）)."""
    opened = text[q.start - 1 : q.start]
    return opened in ("(", "（") and text.startswith(")" if opened == "(" else "）", q.end)


#: The colon after the label of a field (年龄：23周岁).
_LABEL_MARKS = ("：", ":")


def _ends_clause(text: str, end: int) -> bool:
    return end == len(text) or text[end] in _CLAUSE_BREAKS or _SENTENCE_BREAK.match(text, end)


def _compound_after(text: str, tokens: list[Token], q: Found) -> str | None:
    """两名判定医师, 约210家急诊服务合约医院: a compound noun after the measure word whose first
    word jieba tags as a verb or an adverb, when the compound ends its clause (no object, no
    predicate after it) — a count, not a money, time or rate figure."""
    if q.unit is None or q.unit in TIME_UNITS | CURRENCIES:
        return None
    words: list[Token] = []
    for token in tokens_from(tokens, q.end, 5):
        if not _HAN.match(token.word) or (words and words[-1].end != token.start):
            break
        if words and _NEXT_FIGURE.match(text, token.start):
            break  # 死亡 | 及2700例: the list's next figure
        words.append(token)
    agent = next((k for k, t in enumerate(words[:4]) if t.word == "者"), -1)
    if agent > 0 and words[0].start == q.end and all(_tag(t.word) == "v" for t in words[:agent]):
        return text[q.end : words[agent].end]  # 六成受调者: verbs and 者 make a noun of agents
    if q.unit in RATE_UNITS:
        return None
    if not words or words[0].start != q.end or len(words) == 5:
        return None
    end = words[-1].end
    listed = _NEXT_FIGURE.match(text, end) is not None  # 16万人死亡及2700例胎儿流产
    if end < len(text) and (_HAN.match(text[end]) or text[end].isdigit()) and not listed:
        return None  # the phrase runs on: a verb and its object (4人接种疫苗后…)
    if len(words) == 1:
        # 34人死亡, 38人受伤: people or cases counted by what befell them, ending the clause;
        # any count by what it is (5方面改进, 两种选择) — not an age (17岁开始, 60岁出头)
        word = words[0].word
        tag = _tag(word)
        fate = (
            q.unit not in AGE_UNITS
            and len(word) >= 2
            and (tag in FATE_TAGS or tag == "vn" or (tag == "a" and q.unit in PEOPLE_COUNTERS))
        )  # 一人轻伤: what befell people may be a state; 两方面影响: a verbal noun is a thing
        return word if fate and word not in DIRECTION_WORDS | NOT_NAMING_VERBS else None
    tags = [_tag(t.word) for t in words]
    if tags[0] not in ("v", "vn", "d") or len(words[0].word) < 2 or not _nounish(words[-1]):
        return None
    if any(tag not in NOUN_TAGS | {"v", "vn", "d"} for tag in tags):
        return None
    return text[q.end : end]


#: Measure words of ages: a verb after them says when, not what is counted (17岁开始).
AGE_UNITS = frozenset(word_list("岁 周岁"))
#: Tags of the one word that says what befell the people or cases counted (死亡, 下落不明).
FATE_TAGS = frozenset(("v", "i", "l"))
#: A conjunction and the next figure of a list after a count's word (死亡及2700例…).
_NEXT_FIGURE = pattern_cache.compile(rf"[及和与、][0-9０-９{_CN_NUMERAL}]")


#: First characters of time words said relative to now (当天, 今年, 去年, 昨日, 上周, 近期), which
#: may stand between a subject and its direction; a time noun (周期) is a noun of its own.
DEICTIC_TIME_HEADS = frozenset("当今去昨前明后本上下近同此目")

#: Adverbs of extent before the direction word of a change (微幅下降至, 大幅增加到).
CHANGE_ADVERBS = word_list(
    "大幅 小幅 微幅 大幅度 小幅度 略微 稍微 明显 显著 进一步 急剧 稳步 迅速 逐步 一路"
)
#: Between the two figures of a change (7万人锐减至1.9万人, 3家增加到5家, 21.9%微幅下降至19.1%),
#: the time of the end written with 的 (从1990年的1200万降至2010年的760万).
_change_to = lazy_pattern(
    rf"(?:{_alternation(CHANGE_ADVERBS)})?"
    rf"(?:(?:{_alternation(list(DIRECTION_WORDS))})+(?:至|到|为|成)"
    # 减少到了1个, 由3.1%调整为2.85%, 由2万只恢复到7万只
    r"|[增减](?:至|到)|恢复(?:至|到)|(?:调整|调|变|变更|改)(?:为|至|到))了?"
    # the time of the end: 2010年的, 去年的, 去年底的 (由2017年的3万元增加到去年的28万元)
    r"(?:(?:(?:[12１２][0-9０-９]{3}年|去年|上年|今年|前年|本年)(?:[0-9０-９]{1,2}月)?(?:底|末)?"
    r"|目前|现在|当前|如今)的)?"
    r"(?:每[人户月年天日]){0,2}"  # 由每人每月180元提高到每人每月200元: the rate written again
)


#: The start of a change with the time it held (由上世纪80年代的, 从十年前的, 由2019年底的) or its
#: rate (由每月, 从每人每年) between 由/从 and the figure.
_CHANGE_FROM = pattern_cache.compile(
    r"(?:由|从)(?:[^，。；！？,;由从的]{1,10}?(?:年代|年|月|前|初|末|底|期)"
    r"(?:初|末|中期|底)?的)?(?P<rate>(?:每[人户月年天日]|人均){1,2})?$"
)
_CHANGE_FROM_SPAN = 18
#: When a change takes effect, between its noun and 由 (自9月1日起由每月2320元调整为…).
_SINCE = pattern_cache.compile(r"(?:自|从)[^，。；！？,;由从]{1,12}?起$")


#: A rate turning from one direction to the other (由上月下降1.3%转为上涨1.7%): the direction
#: after 由/从 and the month or the period it is compared with, and the one after 转为.
_TURN_DIRECTIONS = r"(?P<dir>下降|上涨|增长|下跌|上升|回落|减少|增加|下滑|回升)"
_TURN_FROM = pattern_cache.compile(
    r"(?:由|从)(?:上月|上个月|上季度|上季|上期|上年|去年|前值|此前|前一个月)?的?"
    + _TURN_DIRECTIONS
    + "$"
)
_TURN_TO = pattern_cache.compile(r"(?:，|,)?转为" + _TURN_DIRECTIONS)


_TURN_SPAN = 12  # the characters of 由上月下降 looked back over from a figure


def _turned(text: str, tokens: list[Token], previous: Found | None, q: Found) -> str | None:
    """鲜菜价格由上月下降1.3%转为上涨1.7%: each rate of a turn is the noun before 由 with its own
    direction (鲜菜价格下降, 鲜菜价格上涨), else ``None``."""
    turn = _TURN_FROM.search(text, max(0, q.start - _TURN_SPAN), q.start)
    if turn is not None and _TURN_TO.match(text, q.end):
        named = _subject_before(text, tokens, turn.start())[0]
        return named + str(turn["dir"]) if named else None
    if previous is not None and previous.subject:
        to = _TURN_TO.fullmatch(text, previous.end, q.start)
        if to is not None and _TURN_FROM.search(
            text, max(0, previous.start - _TURN_SPAN), previous.start
        ):
            return _without_change(previous.subject) + str(to["dir"])
    return None


def _changed_to(text: str, previous: Found, q: Found) -> bool:
    """``q`` is the end of a change starting at ``previous`` (7万人锐减至1.9万人, 从1990年的1200万
    降至2010年的760万), in the same unit or with its unit unsaid (从3000人迅速升至18万)."""
    return (previous.unit == q.unit or (q.unit is None and q.multiplier is not None)) and (
        _change_to().fullmatch(text, previous.end, q.start) is not None
    )


def _verb_named(text: str, tokens: list[Token], q: Found) -> str | None:
    """建设4年, 连续加息十次, 获利10.79亿元: a duration, a count of times or an amount of money
    right after its verb, with no noun written, is named by that verb.

    So is a count closing its clause right after its verb (死亡31人, 售出了250万张): glued to it,
    the verb says what befell what is counted. A count after a link word is the value of an
    unwritten noun (确定为3个, 新培育共10家: null); one followed by a verb is that verb's subject
    (坠毁4人死亡); a rate (元/平方米) is no count."""
    count = q.unit not in TIME_UNITS and q.unit not in CURRENCIES and q.unit != "次"
    if q.unit in RATE_UNITS or (count and ("/" in (q.unit or "") or not _ends_clause(text, q.end))):
        return None
    if q.end < len(text) and (
        text[q.end].isdigit()
        or (
            _HAN.match(text[q.end])
            and not _verb_follows(tokens, q.end)
            and not _word_at_is(tokens, q.end, "等")  # 高烧持续72小时等症状: a list ends
            and not (q.unit in CURRENCIES and _object_with_figure(text, tokens, q.end))
            and not (q.unit in CURRENCIES and _purpose_at(tokens, q.end))
        )
    ):
        return None  # 拍卖15.01亿欧元6个月期国债: a noun follows, the verb names no amount
    start = _strip_links(text, q.start)
    if count:
        glued = q.start - 1 if text.startswith("了", q.start - 1) else q.start
        if start != q.start:
            return None
        before = tokens_before(tokens, glued, 1)
        if not before or before[0].end != glued or before[0].word in LINK_WORDS:
            return None
        start = glued
    for token in reversed(tokens_before(tokens, start, 3)):
        if token.word in LINK_WORDS or token.word in CURRENCIES or token.word == "为期":
            continue  # 赔偿新台币500万元: the currency written before the amount; 展会为期四天
        tag = SUBJECT_TAGS.get(token.word) or word_tag(token.word)  # (录得: a verb)
        if (
            tag in ("v", "vn")
            and (len(token.word) >= 2 or _one_char_action(token.word, q))
            and token.word not in DIRECTION_WORDS
            and token.word not in NOT_NAMING_VERBS
            and token.word not in MODALS
        ):
            # 每亩增收200元, 户均增收2600元, 按每人每月发放: the rate written before it stays
            rate_start = token.start
            for _ in range(MAX_RATE_WORDS):
                k = token_at(tokens, rate_start - 1)
                rate = tokens[k].word if k >= 0 and tokens[k].end == rate_start else ""
                if not (rate in RATE_WORDS or (rate.startswith("每") and len(rate) == 2)):
                    break
                rate_start = tokens[k].start
            if rate_start == token.start and token.word in FLOW_VERBS:
                # 国债发行6425亿元, 艺术团成立3周年: the noun right before a verb of a flow of
                # money or of a founding is what the amount is of (not a scope: 全市…)
                # past an adverb of time between the noun and the verb (管廊已建成126公里,
                # 充电桩新投运2000个)
                lead = token.start - next(
                    (len(a) for a in FLOW_ADVERBS_LONGEST if text.endswith(a, 0, token.start)), 0
                )
                named, _ = _subject_before(text, tokens, lead)
                at = lead - len(named) if named and text.endswith(named, 0, lead) else -1
                if (
                    named
                    and at >= 0
                    and not _SCOPE.fullmatch(named)
                    and word_tag(named) != "ns"
                    # not the receiver (为退役军人发放, 向农户发放: who is paid, not what; 因为
                    # and 作为 are no preposition of a receiver)
                    and not (
                        text.endswith(RECEIVER_LEADS, 0, at)
                        and text[at - 2 : at - 1] not in "因作成认"
                    )
                ):
                    return named + token.word
            return text[rate_start : token.end]
        return None
    return None


#: Adverbs that may stand between a noun and its verb of a flow or of building (已建成, 累计发行).
FLOW_ADVERBS_LONGEST = ("已经", "累计", "共计", "还将", "已", "共", "新", "再", "还", "将")
#: Prepositions of the receiver of a flow of money (为企业拨付, 向农户发放, 给学生发放).
RECEIVER_LEADS = tuple("为向给对替帮")
#: Verbs of flows of money (issuing, paying, allotting, dealing, falling due) and of a founding:
#: the noun right before them is what their amount is of (专项债发行3000亿元, 醫療保險基金支付
#: 2263元 as dev d127's gold writes it, 艺术团成立十周年 as d026's).
FLOW_VERBS = frozenset(
    word_list(
        "发行 成交 融资 募资 募集 支付 拨付 拨款 投放 发放 兑付 到期 回笼 净回笼 净投放 净融资 "
        "赔付 成立 "
        # and of building (地下综合管廊已建成126公里，在建48公里)
        "建成 在建 完工 开工 新开工 竣工 投运 通车 改造"
    )
)
#: One-character verbs that link, give, say or contain a figure rather than name an action lasting
#: it (称一整天…, 含3天).
NOT_ACTIONS = frozenset(
    "有是在为用花要需达占约近超过到至给让被把将会能可得称说讲含叫请令使以按从自"
)


#: One-character verbs of earning, investing, owing or paying: a sum right after one is named by
#: it (只挣了20多万元, 投7500万元). Not 卖 or 售: a price is the thing's sold (这套邮票只卖9元).
MONEY_ACTIONS = frozenset("挣赚投捐赔罚亏欠借贷缴")


def _one_char_action(word: str, q: Found) -> bool:
    """跑3个小时, 洗20秒: a one-character verb of an action right before how long it lasts;
    挣了20多万元: a verb of money right before the sum."""
    if q.unit in CURRENCIES:
        return word in MONEY_ACTIONS
    return q.unit in TIME_UNITS and word not in NOT_ACTIONS


#: Measures no counter counts, and the averages before them: after a count's noun they open
#: what is said of the things counted (28个行业 | 增加值保持增长, 41个品种 | 平均降价58%).
COUNTLESS_MEASURES = frozenset(
    word_list(
        "增加值 产值 总产值 生产总值 地区生产总值 价格 平均价格 比例 比重 浓度 天数 优良天数 指数 "
        "营业收入 收入 利润 营收 销量 销售额 增速 增幅 降幅 降价 涨幅 平均 人均 占比 总量 规模 "
        "房价"
    )
)


_COUNTLESS_STARTS = tuple(sorted(COUNTLESS_MEASURES))  # (价格下降: one token to jieba)
#: Words after a measure that say how it is taken (浓度 | 同比, 浓度 | 均值).
_AFTER_MEASURE = frozenset(word_list("同比 环比 均值 平均值 总量 总额"))


def _counted_before_measure(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase after a count, cut before a measure of the things counted (see
    :data:`COUNTLESS_MEASURES`; nineteenth session), when a noun is left."""
    words = tokens_between(tokens, span[0], span[1])
    for i in range(1, len(words)):
        if words[i].word not in COUNTLESS_MEASURES:
            continue
        if any(
            not w.word.startswith(_COUNTLESS_STARTS)
            and w.word not in _AFTER_MEASURE
            and _tag(w.word) not in ("v", "vn", "d")
            for w in words[i + 1 :]
        ):
            continue  # 3个省级价格 | 监测点, 5只宽基指数 | 基金: the measure names a kind of thing
        if i >= 2 and words[i - 1].word + words[i].word in COUNTLESS_MEASURES:
            # 13个区县 | 地区 | 生产总值: the measure's two words
            return span[0], words[i - 1].start
        return span[0], words[i].start
    return span


#: Nouns of money a verbal noun may modify after a sum (1000万元建设资金, 500万元扶持基金),
#: matched as endings: 金 also ends 资金 and 基金, 费 ends 经费, 款 ends 贷款.
MONEY_NOUNS = tuple(
    word_list(
        "费 费用 款 金 补贴 津贴 补助 补偿 赔偿 奖励 投资 预算 资本 成本 收入 支出 开支 工资 "
        "薪酬 税 债券 债"
    )
)


def _purpose_after(tokens: list[Token], span: tuple[int, int]) -> bool:
    """The phrase after a sum opens with a verb and its object (投入3000万元 | 优化社区公园设施,
    投资30亿元 | 建设第三条生产线, 拨款6亿元 | 资助科研): what the sum is spent on, no amount of
    that object (nineteenth session); not a verbal noun before a noun of money (建设资金)."""
    words = tokens_between(tokens, span[0], span[1])
    if len(words) < 2 or _tag(words[0].word) not in ("v", "vn"):
        return False
    if words[0].word.endswith(MONEY_NOUNS):
        return False  # 1.5亿元经费 | 闲置: jieba tags 经费 a verbal noun
    return not "".join(t.word for t in words).endswith(MONEY_NOUNS)  # (simplified words)


def _purpose_at(tokens: list[Token], at: int) -> bool:
    """What a sum is spent on follows it at ``at`` (see :func:`_purpose_after`)."""
    after = _noun_phrase_after(tokens, at)
    return after is not None and after[0] == at and _purpose_after(tokens, after)


def _verb_object_figure(text: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """``span`` opens with a verb and runs into a figure of its own (建设年产 | 10GWh), not a noun
    the sum qualifies before its count (10亿元以上 | 项目132个)."""
    first = tokens_from(tokens, span[0], 1)
    return (
        span[1] < len(text)
        and text[span[1]] in _FIGURE_DIGITS
        and bool(first)
        and _tag(first[0].word) in ("v", "vn")
    )


def _object_with_figure(text: str, tokens: list[Token], at: int) -> bool:
    """A verb's object with a figure of its own follows a sum (50亿元 | 建设年产10GWh…): the sum
    is the verb's before it, no amount of that object."""
    after = _noun_phrase_after(tokens, at)
    return after is not None and _verb_object_figure(text, tokens, after)


#: Verbs of need, existence, addition, division and completion: they take an amount but name
#: nothing (需要2分钟, 还有一个多月, 加上一年, 分为三类, 届满10年).
NOT_NAMING_VERBS = frozenset(
    word_list(
        "需要 需 还有 没有 只有 共有 已有 还要 加上 再加上 等于 相当于 花费 花了 分为 分成 届满 满 "
        "时隔 相隔"  # 时隔6年: an interval's length, which no verb names
    )
)
#: Modals before a figure: they name nothing either (不会超过10套, 无法突破1美元).
MODALS = frozenset(word_list("不会 可能 可以 能够 应该 应当 必须 不能 无法 未能 难以"))


def _word_at_is(tokens: list[Token], offset: int, word: str) -> bool:
    after = tokens_from(tokens, offset, 1)
    return bool(after) and after[0].start == offset and after[0].word == word


def _verb_follows(tokens: list[Token], offset: int) -> bool:
    """Whether a new predicate starts at ``offset`` (工作一小时要休息, 建设4年后): an adverb, a
    modal or a verb, or 后 — not a noun the figure would measure."""
    after = tokens_from(tokens, offset, 1)
    if not after or after[0].start != offset:
        return False
    word = after[0].word
    return (
        word == "后"
        or word in LINK_WORDS  # 拖欠了两个月总计6000元: a link to the next figure
        or (word_tag(word) in ("d", "v") and word not in DIRECTION_WORDS)
    )


@cache
def _compared_to() -> regex.Pattern[str]:
    """较2020年下降, 比1—4月加快, 比上年同期增长: a comparison with a time before a rate."""
    num = "[0-9０-９一二三四五六七八九十〇零]+"
    time = (
        r"(?:上年|去年|上一年度?|上个?月|上一?季度?|上一?届|上周|(?:前|上)一(?:个)?交易日|年初|同期"
        rf"|{num}(?:[—\-－至到~～]{num})?(?:年|月|季度))"
    )
    directions = _alternation(sorted(DIRECTION_WORDS - {"最高", "最低"}))
    return pattern_cache.compile(
        rf"(?:较|比)(?:{time})+(?:底|末|初|同期|份)?(?:相比)?(?P<dir>(?:{directions})+)[了至到为]?$"
    )


def _compared_subject(text: str, tokens: list[Token], at: int, direction: str) -> str | None:
    """The nouns before 较/比 plus the direction words; jieba may glue 比 to the noun (价格比)."""
    k = token_at(tokens, at)
    head = tokens[k].start if k >= 0 and tokens[k].start < at else at
    clause = max(text.rfind(c, 0, head) for c in _CLAUSE_BREAKS) + 1
    lead = tokens_between(tokens, clause, head)
    if lead and lead[0].word in COUNTED_BY:
        return None  # 按可比口径较2019年同期增长: how it is counted, no noun compared
    named, before = _subject_before(text, tokens, head)
    if named is None and before in RATE_NOUNS:
        named = before  # 降幅均比上月扩大0.1个百分点: the rate compared is the subject
    glued = text[head:at]
    if glued and not (glued.isalpha() and word_tag(glued) in NOUN_TAGS):
        return None
    return (named or "") + glued + direction if named or glued else None


#: Direction words that name a rate (增速, 降幅): a thing compared on its own before 比.
RATE_NOUNS = frozenset(word_list("增速 增幅 降幅 涨幅 跌幅"))

#: Comparatives whose base stands between them and a change in points (增速高于全国1.8个百分点,
#: 快于全部规模以上工业4.6个百分点): the subject is the noun before them.
COMPARATIVES = tuple(word_list("高于 低于 快于 慢于"))
_COMPARATIVE = pattern_cache.compile("|".join(COMPARATIVES))

#: 比, a base and an adjective of comparison before points (比全国高, 比全部规模以上工业高出): the
#: comparative as written, as 高于全国 is, the adjective a word of its own (not 提 | 高: 比上年提高
#: is a direction, read as one).
_THAN_WORDS = frozenset(word_list("高出 低出 高 低 快 慢"))
_THAN_ADJECTIVE = pattern_cache.compile(
    r"比[^，。；！？,;!?\s比0-9０-９%]{1,14}?(?:高出|低出|高|低|快|慢)"
)
#: Characters within the clause between 比/较 and the figure it compares.
MAX_COMPARED_GAP = 20


def _compared_base(text: str, tokens: list[Token], q: Found, subject: str | None) -> int:
    """Where a 比 or 较 of the figure's clause stands when the subject found before the number
    lies after it (…比国家公布的零售指导价平均下降62%: the base of the comparison), else -1."""
    low = max(0, q.start - MAX_COMPARED_GAP)
    changes = q.unit in CHANGE_UNITS  # a comparative's base only before a change in points
    for token in reversed(tokens_between(tokens, low, q.start)):
        if token.word in _CLAUSE_BREAKS or _SENTENCE_BREAK.match(token.word):
            return -1
        than = _COMPARATIVE.search(text, token.start, token.end + 1) if changes else None
        if than is not None:
            head = text.rfind(subject, than.end(), q.start) if subject else than.end()
            return than.start() if head >= than.end() else -1
        if token.word in ("比", "较") or _glued_than(token.word):
            head = text.rfind(subject, token.end, q.start) if subject else token.end
            return token.end - 1 if head >= token.end else -1
    return -1


#: A base of comparison right after a glued 比 (价格比 | 上年上涨).
_BASE_AFTER_THAN = pattern_cache.compile(
    r"(?:上年|去年|前年|上月|上个月|上季度|上一季度|同期|上年同期|年初"
    r"|(?:19|20)[0-9]{2}年|[一二三四]季度)"  # times: 价格比 | 全国高 stays as jieba cut it
)


def _glued_than(word: str) -> bool:
    """价格比, 规模较: jieba glued 比 or 较 to the noun before it (not 同比, 环比, 占比, 对比)."""
    return (
        len(word) > 2
        and word.endswith(("比", "较"))
        and word not in DIRECTION_WORDS
        and word_tag(word[:-1]) in NOUN_TAGS
    )


#: Words of a share (占地区生产总值比重, 占GDP的比例).
SHARE_WORDS = ("比重", "比例", "份额")
#: 占 and the whole a share is of, before the share's word: at most this many characters.
_SHARE_OF = pattern_cache.compile(r"占[^\p{P}\s占]{1,20}?的?(?:比重|比例|份额)$")


#: 占 and the whole right before 的 and a share's figure (占全省发电量的24%).
_WHOLE_OF = pattern_cache.compile(r"占(?![比据有])(?P<whole>[^\p{P}\s占的]{1,20})的$")


def _share_of(text: str, tokens: list[Token], start: int, subject: str, direction: str) -> str:
    """数字经济核心产业增加值占地区生产总值比重达到12%: a share is named by its part, 占, the
    whole and the share's word, as written (FACTS: the thing measured), not by the whole's
    noun alone (地区生产总值比重) or the share's word (比重)."""
    named = subject[: len(subject) - len(direction)] if direction else subject
    if not named.endswith(SHARE_WORDS):
        return subject  # 吸菸者占總違規案33.9%: no share's word, the whole is named (d056's gold)
    at = text.rfind(named, max(0, start - 40), start)
    if at < 0:
        return subject
    end = at + len(named)
    share = _SHARE_OF.search(text, max(0, end - 24), end)
    if share is None:
        return subject
    part = _subject_before(text, tokens, share.start())[0]
    if part is None:
        # 民间投资增长5.7%，占固定资产投资的比重为56.3%: the part is named in the clause before;
        # the share is named by its whole, as written (not 比重 alone)
        return f"{share.group()}{direction}"
    return f"{part}{share.group()}{direction}"


def _rate_noun_before(text: str, q: Found, earlier: list[Found], direction: str) -> str | None:
    """The noun of the rate right before ``q`` in its sentence, when both are a year-on-year and
    a month-on-month rate of it (猪肉价格环比下降2.1%，同比下降9.8% → 猪肉价格); ``None``
    otherwise: a change of the rate itself (CPI同比上涨2.1%，比上月回落0.2%: the rise slowed) or a
    summary after a list (…，服务价格上涨0.8%，同比上涨1%) names no noun of the one before."""
    if q.unit not in RATE_UNITS or q.unit in CHANGE_UNITS or not earlier:
        return None
    if not direction.startswith(_PERIOD_RATES):
        return None
    e = earlier[-1]
    if e.unit not in RATE_UNITS or not e.subject or _SENTENCE_BREAK.search(text, e.end, q.start):
        return None
    if not any(p in e.subject for p in _PERIOD_RATES) or direction[:2] in e.subject:
        return None
    noun = e.subject
    while (shorter := _without_change(noun)) != noun:
        noun = shorter
    return noun if noun != e.subject and not _directions_only().fullmatch(noun) else None


#: The periods a rate is compared over (year on year, month on month; Hong Kong's 按年, 按月).
_PERIOD_RATES = ("同比", "环比", "按年", "按月")


@cache
def _directions_only() -> regex.Pattern[str]:
    """A subject that is direction words alone (增加, 同比增长): a change not yet named."""
    return pattern_cache.compile(f"(?:{_alternation(sorted(DIRECTION_WORDS))})+")


def _earlier_amount(text: str, q: Found, earlier: list[Found]) -> Found | None:
    """The nearest earlier figure of the same sentence with a subject, when it is an amount (not
    itself a rate)."""
    for e in reversed(earlier):
        if _SENTENCE_BREAK.search(text, e.end, q.start):
            return None
        if e.subject is not None:
            if q.unit in CHANGE_UNITS and e.unit in _LEVEL_UNITS:
                # 优良天数比例为86.5%，同比提高2.3个百分点: points change the per-cent level
                # named before, unless that figure is itself a change (增长8.7%，提高1个百分点)
                return None if _names_change(e.subject) else e
            if q.unit in RATE_UNITS and _names_change(e.subject):
                # 进出口3.64万亿元，同比增长8%，环比增长1.4%; 产量…，增加177.6亿斤，增长1.3%:
                # a rate after another change is the amount's, named further back
                continue
            if q.unit in RATE_UNITS and e.unit in RATE_UNITS and _share_clause(text, e):
                # 收入完成3811.6亿元，为预算的101.2%，增长7.8%: a share of the amount in between
                # is no thing that grows; the amount named before it is
                continue
            # 企业3200余家，较上年增加600家: an amount's change is in the amount's unit
            same = q.unit in RATE_UNITS or e.unit == q.unit
            return e if e.unit not in RATE_UNITS and same else None
    return None


def _share_clause(text: str, e: Found) -> bool:
    """The clause of ``e`` gives a share: 占…, 为…的 (占一般公共预算收入比重为69.5%, 为预算的
    101.2%)."""
    clause = max(text.rfind(c, 0, e.start) for c in _CLAUSE_BREAKS) + 1
    words = text[clause : e.start]
    return "占" in words or "佔" in words or (words.startswith("为") and "的" in words)


#: Units of a level a change in points (CHANGE_UNITS) is measured against.
_LEVEL_UNITS = frozenset(("%", "‰"))


def _without_change(subject: str) -> str:
    """An amount's subject less the change it ends with, for the change of that change (人民币贷款
    增加1.48万亿元，同比多增3005亿元 → 人民币贷款同比多增); a subject that is all change stays."""
    return next(
        (subject[: -len(w)] for w in _CHANGE_ENDS if subject.endswith(w) and len(subject) > len(w)),
        subject,
    )


def _names_change(subject: str) -> bool:
    """Whether a subject ends in a change (进出口总值同比增长), not a level (优良天数比例,
    工业增加值增速: a growth rate is a level its points change)."""
    return subject.endswith(_CHANGE_ENDS)


#: Direction words a subject may end with, longest first (the longest that leaves a subject goes).
_CHANGE_ENDS = tuple(
    pattern_cache.longest_first(
        DIRECTION_WORDS - RATE_NOUNS - frozenset(word_list("平均 年均 最高 最低"))
    )
)


def _bare_clause(text: str, tokens: list[Token], start: int) -> bool:
    """Whether the clause before the number holds only direction, link and function words
    (，同比增长42.2%) — no noun of its own (亩均增产25斤, 占比下滑至5.15%)."""
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_BREAKS) + 1
    compared = False  # 较上年增加600家, 较“十三五”末增加: after 较/比 a time is the base
    scope = False  # 按可比口径分别增长: after 按 the words name how it is counted, no thing
    dated = -1  # the end of a date written as the base
    # ，较同期限国债收益率上浮8个基点: a clause opening with 较/比 has its base's nouns up to the
    # direction word, and names no thing of its own
    based = False
    for t in tokens_between(tokens, clause, start):
        tag = word_tag(t.word)
        date = _BASE_DATE.match(text, t.start) if compared and t.start >= dated else None
        if t.word in COMPARED_BY and not based:
            based = not compared and t.start == clause
            compared = True
        elif t.start < dated:
            continue
        elif date is not None and date.end() >= t.end:
            dated = date.end()  # 比2022年提高, 较1月份增加, 较3月末下降: a date is the base
        elif based and t.word not in DIRECTION_WORDS:
            if t.word[0] in _ARABIC_DIGITS:
                return False  # 比2017年的2073.5亿元增长: a base with a figure, a clause of its own
            continue
        elif t.word in DIRECTION_WORDS or t.word in LINK_WORDS or tag in FUNCTION_TAGS:
            based = False
            scope = scope and t.word not in LINK_WORDS and t.word not in DIRECTION_WORDS
            scope = scope or t.word in COUNTED_BY
            continue
        elif scope and _HAN.match(t.word):
            continue
        elif not (compared and _time_of_base(t.word, tag)):
            return False  # a noun or a figure of its own (比2017年的2073.5亿元增长)
    return True


#: The same period of an earlier time, a comparison's base (上年同期, 去年同期).
SAME_PERIOD = frozenset(word_list("同期 上年 去年 上年同期 去年同期"))
#: Tags of the words of a time a comparison's base names (上年, 年初, “十三五”末).
_BASE_TIME_TAGS = frozenset(("t", "m", "f"))
#: Words of a base that jieba tags as nouns (:data:`BASE_TERMS`) and 届 of 上 | 届.
BASE_NOUNS = BASE_TERMS | {"届"}


#: A date written with its figure as the base of a comparison (2022年, 1月份, 3月末, 一季度).
_BASE_DATE = pattern_cache.compile(
    r"(?:(?:19|20)[0-9]{2}年(?:末|底|初)?|[0-9一二三四五六七八九十]{1,2}(?:月份?|月末|月底|月初)"
    r"|[一二三四1-4]季度(?:末)?|第[一二三四1-4]季度(?:末)?)"
)


def _time_of_base(word: str, tag: str) -> bool:
    """A word of the time a comparison counts from: a time word, a plan period in its quotes
    (“十三五”末), 同期; never a figure."""
    if word in SAME_PERIOD or word in BASE_NOUNS or word in ("“", "”", '"'):
        return True
    return tag in _BASE_TIME_TAGS and not any(c.isdigit() for c in word)


#: Words that open the base of a comparison (较上年, 比去年同期).
COMPARED_BY = frozenset(word_list("较 比 同"))
#: Prepositions of the way a figure is counted (按可比口径, 按现价计算, 按照新标准).
COUNTED_BY = frozenset(word_list("按 按照"))


def _subject_of_verb(text: str, tokens: list[Token], start: int) -> str | None:
    """开展新一批高新技术企业认定工作，今年力争新认定50家: the verb before the number (认定)
    names its object in an earlier clause of the sentence; the nouns before that mention (or
    after it: 认定高新技术企业，今年新认定50家) are the subject."""
    if not _PLAN_LEAD.search(text, max(0, start - MAX_PLAN_LEAD_GAP), start):
        return None
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_BREAKS)
    if clause < 0 or not _PLAN_LEAD.search(text, clause, start):
        return None
    sentence = _sentence_start(text, clause)
    words = [t.word for t in tokens_between(tokens, clause, start)]
    k = next(
        (
            i
            for i in range(len(words) - 1, 0, -1)
            if len(words[i]) > 1 and word_tag(words[i]) in ("v", "vn")
        ),
        0,
    )
    verb = words[k] if k else None
    if verb is None or verb in LINK_WORDS or verb in DIRECTION_WORDS:
        return None
    if words[k - 1] not in PLAN_VERB_LEADS:
        return None  # 有192家企业获得投资，其中3成企业获得…: a report, not a new plan figure
    at = text.rfind(verb, sentence, clause)
    if at < 0 or inside_word(tokens, at):
        return None
    subject, _ = _subject_before(text, tokens, at)
    k = token_at(tokens, at - 1)
    if subject is None and (k < 0 or word_tag(tokens[k].word) in ("v", "d", "a", "ad")):
        # 加快认定高新技术企业: the object after the verb (not 概要里的加息路径点阵图)
        after = _noun_phrase_after(tokens, at + len(verb))
        subject = text[after[0] : after[1]] if after else None
    return subject


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(c, 0, offset) for c in "。！？!?；;") + 1


def _range_bounds(previous: Found, q: Found) -> bool:
    if (
        previous.end == q.start
        and previous.qualifier in ("at_least", "more_than")
        and q.qualifier in ("at_most", "less_than")
    ):
        # 一千元以上五千元以下的罚款, 已满18周岁不满60周岁的公民: a range with its two hedges
        return True
    return previous.rule == q.rule == "quantity.range" and q.range_end


#: Direction words of an extreme (FACTS.md: they belong to the subject).
EXTREMES = frozenset(word_list("最高 最低"))
#: Units of a change in a rate (上调0.6个百分点, 扩大8个基点), after which 至 gives the new level.
CHANGE_UNITS = frozenset(word_list("百分点 千分点 基点"))
_DIRECTIONS_LONGEST_FIRST = tuple(pattern_cache.longest_first(DIRECTION_WORDS))
#: Between a change and the level it reaches in another unit (净利增长15%至26.2亿新元) or in
#: any unit after 报/达到 (融资余额增加86.5亿元，报11236亿元; 沪指收跌0.18%报2919.74点).
_TO_LEVEL = pattern_cache.compile(
    r"[，,]?(?:报收于|报收|收报|报|达到|达|收于|升至|降至|增至|减至|升到|降到|增加到|减少到|上升至"
    r"|下降至)"
    r"(?:每[人户月年天日]|人均){0,2}"  # 提高20元，达到每人每月123元: the level's rate
)


def _level_after_change(text: str, previous: Found | None, q: Found) -> str | None:
    """增速预期中值上调了0.6个百分点至1%, 收益率扩大8个基点至2.15%, 净利增长15%至26.2亿新元,
    融资余额增加86.5亿元，报11236亿元: the level a change reaches is the changed thing's, the
    change's subject less its direction words. A change in the level's own unit before 至 may be
    a range's first bound (增加100人至200人), so 至 counts only across units."""
    if previous is None or not previous.subject:
        return None
    between = text[previous.end : q.start]
    if between in ("至", "到", "，至", ",至", "，到"):
        if previous.unit not in CHANGE_UNITS and (
            previous.unit == q.unit or previous.unit not in RATE_UNITS
        ):
            return None
    elif not _TO_LEVEL.fullmatch(between):
        return None
    named = previous.subject
    changed = False
    while tail := next((w for w in _DIRECTIONS_LONGEST_FIRST if named.endswith(w)), None):
        named, changed = named[: -len(tail)], True
    if not changed and previous.unit == q.unit and text.endswith(MILESTONES, 0, previous.start):
        return named  # 地区生产总值首次突破万亿元，达到10234.5亿元: the mark passed, then the level
    return named if named and changed else None


#: Verbs of passing or nearing a round mark, which the exact level then follows.
MILESTONES = tuple(word_list("突破 超过 跨越 迈上 站上 冲破 跃上 接近 逼近"))


def _households_and_people(previous: Found, q: Found) -> bool:
    """A count of people glued to a count of households (4512户15836人, 3.2万户5.6万人): the same
    families counted twice, so the people share the households' subject."""
    return q.start == previous.end and previous.unit == "户" and q.unit in PEOPLE_UNITS


def _listed_after(text: str, previous: Found, q: Found) -> bool:
    if previous.end == q.start and previous.unit in TIME_UNITS | {"岁"}:
        return q.unit in TIME_UNITS  # 有期徒刑两年6个月, 1岁3个月: one duration in two figures
    # across a comma a list's figures are in one unit (2.0g/kg以下，及1.0g/kg以下); a sum after
    # a count is no item of its list (…的村21个，10万元以下的村3个), while 3388万平方米、48万套
    # measure one thing two ways
    join = text[previous.end : q.start]
    if join == "，" and text.startswith("的", q.end):
        return False  # 就业率达到92%，85%的毕业生…: a figure opening a clause names what follows 的
    return join in _LIST_JOINS and ("，" not in join or previous.unit == q.unit)


def _turned_join(text: str, previous: Found, q: Found) -> str | None:
    """The direction word written after a list's joiner before ``q`` (增长1.3%、下降6.2%和增长1.1%:
    下降, 增长), when the rest is a joiner of one list; else ``None``."""
    join = text[previous.end : q.start]
    for word in _DIRECTIONS_LONGEST:
        if join.endswith(word) and join[: -len(word)] in _LIST_JOINS:
            return word
    return None


#: What stands between two figures of one list (2.0g/kg以下，及1.0g/kg以下).
# fmt: off
_LIST_JOINS = frozenset((
    "、", "和", "与", "及", "或", "或者", "或是", "，", "以及", "，及", "，和", "，以及", "，或",
    # (twentieth session) two bounds of one amount (不低于5000万元且不超过1亿元)
    "且", "并且",
))
# fmt: on


#: Direction words, longest first (for the end of a list's joiner).
_DIRECTIONS_LONGEST = tuple(sorted(DIRECTION_WORDS, key=len, reverse=True))

#: The first characters of a Chinese numeral, as a set (looked up for every subject word).
_CN_FIRST_SET = frozenset(CN_FIRST)


@lexicon_memo
def _tag(word: str) -> str:
    """jieba's tag of ``word`` with :data:`SUBJECT_TAGS`'s corrections; a lone Han character
    the dictionary does not know is a modifier (非, 畜)."""
    if word in SECTORS:
        return "n"  # 批发和零售业, merged by _subject_before
    tag = SUBJECT_TAGS.get(word) or word_tag(word)
    if word[:1] in _CN_FIRST_SET and word.lstrip(_CN_NUMERAL) in UNITS:
        return "m"  # 六个月, 三年, 五千元: a figure jieba keeps whole is no noun
    if word.startswith("每") and 1 < len(word) <= 3:
        return "h"  # 每个婴幼儿每月: rates stay in the subject (FACTS.md)
    if word.endswith(_TENOR_ENDS) and _TENOR_BEFORE.fullmatch(word):
        return "h"  # 1年期, 6个月期 (merged by _phrases_merged): a rate's or a bond's tenor
    if not tag and word in NOUN_PREFIXES:
        return "h"
    if not tag and _LETTER_TYPE.fullmatch(word):
        return "n"  # B型, A股: a letter and a kind, one word to jieba (4例B型流感死亡案例)
    return tag


#: A Latin letter glued to a Han kind word (B型, A股, H股).
_LETTER_TYPE = pattern_cache.compile(r"[A-Z][型股类级]")


def _nounish(token: Token) -> bool:
    return _HAN.match(token.word) is not None and _tag(token.word) in NOUN_TAGS


#: Attributes joined by 、 before 的 and the noun they describe (特色鲜明、优势突出的人工智能
#: 应用场景); not a list of priced things (一两千元的洗面乳、五六千元的面霜: 的 or figures inside).
_ATTRIBUTES_BEFORE_DE = pattern_cache.compile(r"(?:\p{Han}{2,8}、)+\p{Han}{2,8}的")
_NOT_ATTRIBUTE = pattern_cache.compile(r"[的〇零一二两三四五六七八九十百千万亿]")


#: The end of a list of kinds before 的 (鼓圈音乐、森林疗愈、心理剧等形式的…活动).
_SUCH_FORMS = tuple(word_list("等形式 等方式 等内容 等类型 等领域 等方面"))


def _all_attributes(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The items listed with 、 between ``start`` and ``end`` are attributes: the last ends in a
    word that is no noun or in 等形式 (…、心理剧等形式), and every other is a phrase of two words
    or more or ends in one (特色鲜明、优势突出, 技术领先、市场占有率高; not 乡镇、街道 or
    部门、单位, lists of the things counted)."""
    items = [*(i for i in range(start, end) if text[i] == "、"), end]
    begin = start
    for k, item_end in enumerate(items):
        words = tokens_between(tokens, begin, item_end)
        if not words or words[-1].end != item_end:
            return False
        noun_last = _tag(words[-1].word) in NOUN_TAGS - {"b"}
        if k == len(items) - 1 and text.endswith(_SUCH_FORMS, begin, item_end):
            noun_last = False  # …、心理剧等形式的专业心理体验活动: kinds of the thing counted
        if noun_last and (k == len(items) - 1 or len(words) < 2):
            return False
        begin = item_end + 1
    return True


def _subject_after(text: str, tokens: list[Token], q: Found) -> tuple[int, int] | None:
    """The noun phrase right after the measure word: 5家国家级孵化器 → 国家级孵化器."""
    attributes = _ATTRIBUTES_BEFORE_DE.match(text, q.end) if "、" in text else None
    if (
        attributes is not None
        and not _NOT_ATTRIBUTE.search(text, q.end, attributes.end() - 1)
        and _all_attributes(text, tokens, q.end, attributes.end() - 1)
    ):
        # 20个以上特色鲜明、优势突出的人工智能应用场景: what is counted is the noun after the
        # attributes listed before 的
        after = _noun_phrase_at(tokens, attributes.end())
        if after is not None and after[0] == attributes.end():
            return after
    if text.startswith("“", q.end):
        # 24个“动物系”网贷平台: a short quoted name before the noun is part of the subject
        close = text.find("”", q.end, q.end + 10)
        after = _noun_phrase_at(tokens, close + 1) if close > 0 else None
        if after and after[0] == close + 1:
            return q.end, after[1]
        return _quoted_title(text, q)
    if text.startswith(tuple(_TITLE_QUOTES), q.end):
        return _quoted_title(text, q)
    if q.unit in CURRENCIES and (tenor := _TENOR.match(text, q.end)) is not None:
        # 开展500亿元7天期逆回购操作, 拍卖15.01亿欧元6个月期国债: the instrument with its tenor
        # (dev d046's gold: 6个月期国债)
        after = _noun_phrase_at(tokens, tenor.end())
        return (q.end, after[1]) if after and after[0] == tenor.end() else None
    if q.unit in _PERSON_COUNTERS and (age := _AGE_AFTER.match(text, q.end)) is not None:
        # 约45万名65岁以上老年人 (twentieth session): an age written between a count of people and
        # the noun is part of what is counted
        after = _noun_phrase_at(tokens, age.end())
        return (q.end, after[1]) if after is not None and after[0] == age.end() else None
    if q.end < len(text) and not _HAN.match(text[q.end]):
        return None
    if q.unit in CURRENCIES:
        grant = _GRANT_AFTER.match(text, q.end)
        if grant is not None and not _HAN.match(text, grant.end()):
            # 给予20万元奖励。, 最高3000万元支持；: the sum is the grant; not a verb going on to
            # its object (投入5000万元支持企业发展, 3200万元资助了16个县区)
            return q.end, grant.end()
    if text[q.end - 1 : q.end] in ("内", "內"):
        return None  # 就诊后七日内携带…: what follows a term is what must be done in it
    if (q.unit in TIME_UNITS or q.unit in RATE_UNITS) and text[q.end : q.end + 1] in _NEGATIONS:
        # 超过三天不提货, 逾二成不合格: what is not done in a time, or by a share, is the
        # predicate, no subject
        return None
    k = token_at(tokens, q.end)
    if (
        q.unit == "个"
        and k >= 0
        and tokens[k].word in ("个人", "人")
        and tokens[k].end == q.end + 1
    ):
        # 8个人, 三个人: jieba glues the measure word to 人 or leaves 人 alone (a lone
        # character is no subject of its own)
        return q.end, q.end + 1
    if q.unit == "个" and k >= 0 and tokens[k].start == q.end and tokens[k].word in _ADMIN_UNITS:
        return q.end, q.end + 1  # 12个市46个县: a count of administrative units names the level
    if q.end > 0 and inside_word(tokens, q.end):
        return None
    if (
        q.unit in ACTION_UNITS
        and k >= 0
        and tokens[k].start == q.end
        and _tag(tokens[k].word) == "vn"
    ):
        # 335万多次稽查及辅导: after a count of times a verbal noun names the action counted
        return _noun_phrase_at(tokens, q.end, verbal=True)
    if q.unit in PEOPLE_UNITS:
        fate = _fate_after(text, tokens, q.end)
        if fate is not None:
            return fate  # 105人死亡, 4人当场死亡, 132人全部遇难, 3人失联: what befell them
        # 约3000人次接受…的筛查服务: a verb after a count of people is what they do; no relative
        # clause opens there
        after = _noun_phrase_at(tokens, q.end)
    else:
        after = _noun_phrase_after(tokens, q.end, measured=q.unit not in TIME_UNITS)
        if after is None and q.unit in THING_COUNTERS:
            after = _characters_noun(text, tokens, q.end)
        if after is not None and q.unit in CURRENCIES and _verb_object_figure(text, tokens, after):
            # 投资约50亿元建设年产 | 10GWh…项目: a sum before the verb of what it builds, whose
            # own figure follows, is no amount of that verb's object (see _verb_named)
            after = None
        if after is not None and q.unit in CURRENCIES and _purpose_after(tokens, after):
            after = None  # 投入3000万元优化社区公园设施: what the sum is for (see _purpose_after)
        if after is not None and q.unit in THING_COUNTERS:
            after = _counted_before_measure(tokens, after)
    if (
        after is not None
        and text.startswith(_LABEL_MARKS, after[1])
        and text[q.start - 1 : q.start] in _LABEL_MARKS
    ):
        # 年龄：23周岁学校：…: in a form, a noun before a colon labels the next field (not in
        # 提出两个关键词：…, where it is what the figure counts)
        return None
    return after


#: Measure words of people, and an age right after one (45万名 | 65岁以上 | 老年人).
_PERSON_COUNTERS = frozenset(("人", "人次", "名", "位"))
_AGE_AFTER = pattern_cache.compile(
    r"[0-9０-９]{1,3}周?岁(?:(?:及|或)?以[上下]|至[0-9０-９]{1,3}周?岁)?(?=\p{Han})"
)


#: What befalls people counted in a disaster or an accident: the subject of the count before
#: it, over a place or a cause before the count (造成甘肃105人死亡; the dev gold's 两百余人 | 丧命).
FATES = frozenset(
    word_list(
        "死亡 遇难 丧生 丧命 罹难 身亡 受伤 重伤 轻伤 失踪 失联 死亡失踪 受灾 被困 获救 "
        "确诊 感染 住院 中毒"
    )
)
#: Adverbs between a count of people and their fate (4人当场死亡, 132人全部遇难).
_FATE_ADVERBS = ("当场", "全部", "不同程度", "先后", "相继", "均", "都", "已", "共")


def _fate_after(text: str, tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The span of a fate (:data:`FATES`) written right after a count of people, past an
    adverb of manner or extent, else ``None``."""
    for adverb in _FATE_ADVERBS:
        if text.startswith(adverb, at):
            at += len(adverb)
            break
    k = token_at(tokens, at)
    if k < 0 or tokens[k].start != at or tokens[k].word not in FATES:
        return None
    return at, tokens[k].end


#: Between a count with its noun after it and a count of some of them (97家中央企业中，已有63家).
_AMONG = pattern_cache.compile(r"(?:当中|之中|中)[，,]?(?:已经|已|共|仍|还|则)?(?:有|共有)?")
#: A bond's or an operation's tenor between a sum and the instrument (7天期, 10年期, 3个月期).
_TENOR_WORD = r"(?:天|日|个月|年)期"
_TENOR = pattern_cache.compile(r"[0-9]{1,2}" + _TENOR_WORD)
#: What a sum of money given is (给予20万元奖励, 3000元一次性补助, 10万元奖补资金): jieba tags
#: most of these words as verbs, so no noun phrase is found after the sum.
_GRANT_AFTER = pattern_cache.compile(
    r"(?:一次性)?(?:(?:现汇|紧急|人道主义)?援助|奖励|补助|补贴|支持|扶持|资助|奖补|贴息)(?:资金|金)?"
)


#: Administrative units counted by 个 that jieba leaves as one character (12个市, 46个县).
_ADMIN_UNITS = frozenset("省市县区镇乡村州国")

#: A rate right after a price, closing its clause (3分钱一粒, 3元每瓶).
_RATE_AFTER = pattern_cache.compile(r"[每一](\p{Han})(?=[，,。；;！？!?”」）)]|$)")
#: Units of time: a rate of time alone (每年, 每月) says when, not what is counted.
_TIME_RATES = frozenset("年月日天周时")


def _rate_beside(text: str, tokens: list[Token], q: Found) -> str | None:
    """With no noun for a figure that closes its clause, the rate written beside it is its
    subject (FACTS.md: rates go into the subject): 每粒才3分钱 → 每粒, 3分钱一粒 → 一粒, 2-3元每瓶
    → 每瓶; not a rate of time (每年) nor 每隔 (every so often)."""
    rate = _RATE_AFTER.match(text, q.end)
    if rate is not None and UNITS.get(rate.group(1)) is not None:
        return rate.group() if rate.group(1) not in _TIME_RATES else None
    if not _ends_clause(text, q.end):
        return None
    before = [t for t in tokens_before(tokens, q.start, 2) if _tag(t.word) != "d"][-1:]
    if before and before[0].word[:1] == "每" and 2 <= len(before[0].word) <= 3:
        measure = before[0].word[1:]
        if measure in UNITS and measure[-1] not in _TIME_RATES:
            return before[0].word
    return None


def _person_after(text: str, tokens: list[Token], end: int) -> tuple[int, int] | None:
    """74岁的李本清, 89岁汪婆婆: the person named after an age; 86岁的老兵欧兴田: a noun of who
    they are and the name."""
    start = end + 1 if text.startswith("的", end) else end
    ends = {t.start: t.end for t in tokens}
    role = _noun_phrase_at(tokens, start)
    if role is not None and role[1] - role[0] <= MAX_ROLE:
        named = _person_at(text, ends, role[1])
        if named is not None:
            return start, named[1]
    return _person_at(text, ends, start) or _person_noun_at(tokens, start)


def _person_before(text: str, tokens: list[Token], end: int) -> str | None:
    """The person named right before ``end``: a Chinese name (谢焕桂), a run of transliteration
    characters after a dot or a word (拉德哈瓦), or a noun of a person (孩子); else ``None``."""
    window = tokens_before(tokens, end, 2 * MAX_ROLE)
    # a window of the tokens, not all of them: an age per clause stays linear
    ends = {t.start: t.end for t in (*window, *tokens_from(tokens, end, MAX_ROLE))}
    before = window[-MAX_ROLE:]
    run = end
    while run > 0 and text[run - 1] in TRANSLIT:
        run -= 1
    if end - run >= 3 and run in ends:
        return text[run:end]  # 拉德|哈瓦: the whole run, not a surname in it
    for token in before:  # the longest first
        if person_name_end(text, token.start, ends) == end:
            return text[token.start : end]
    last = before[-1] if before else None
    if last is None or last.end != end:
        return None
    if _person_noun_at(tokens, last.start) == (last.start, end):
        return last.word  # 孩子
    return None


#: Last characters of nouns of a person (男童, 女子, 老人, 患者, 男病人, 女生).
_PERSON_ENDS = frozenset("人男女童孩子者生翁妪婆伯汉兵娃儿叟妇")


def _person_noun_at(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """5岁男童被困, 69岁男病人: a noun of a person right after an age, in one or two words, is
    who is that old (not the verb glued after it)."""
    at, found = start, None
    first = tokens_from(tokens, start, 2)
    if (
        len(first) == 2
        and len(first[0].word) == 1
        and first[1].word == "姓"
        and (first[0].start, first[1].start) == (start, first[0].end)
    ):
        at = first[1].end  # 58岁沈姓妇女: a surname and 姓 open the noun (Taiwan's and Hong
        # Kong's papers name people so)
    for i, token in enumerate(tokens_from(tokens, at, 2)):
        tag = _tag(token.word)
        if token.start != at or not HAN_RUN.fullmatch(token.word) or token.end - start > MAX_ROLE:
            break
        if i == 0 and len(token.word) == 1 and tag == "a":
            tag = "n"  # 22岁大男孩: a one-character adjective opens the noun of the person
        if tag != "" and not tag.startswith("n"):
            break
        if token.word[-1] in _PERSON_ENDS and tag != "nr" and token.end - start > 1:
            found = (start, token.end)  # 男|病人: the longer noun; 伯|納黛特 is a name
        at = token.end
    return found


#: At most this many characters in the noun of who a person is, before the name (医学泰斗).
MAX_ROLE = 4


def _person_at(text: str, ends: dict[int, int], start: int) -> tuple[int, int] | None:
    """A person named from ``start``, a token's start (the officials' name rules): a Chinese
    name, a transliterated one (66岁的伯纳黛特), or a nickname given as an alias
    (5岁的小杰（化名）)."""
    if start >= len(text) or start not in ends:
        return None
    name_end = person_name_end(text, start, ends) or translit_name_end(text, start, ends)
    if name_end is None:
        alias = _ALIAS_NAME.match(text, start)
        name_end = alias.end(1) if alias else None
    return (start, name_end) if name_end is not None else None


#: A nickname (小杰, 阿强, 老王) given as an alias: 小杰（化名）.
_ALIAS_NAME = pattern_cache.compile(r"([小阿老]\p{Han}{1,2})[（(]化名[）)]")


#: Quotation marks and title brackets, opening → closing.
_TITLE_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》"}
MAX_QUOTED_TITLE = 20


def _closing_mark(text: str, at: int) -> int | None:
    """Where the quoted name opening at ``at`` closes, within :data:`MAX_QUOTED_TITLE`; ``None``
    for no name, or for quoted speech (“各种参观，各种电话”: a clause break inside; a subject
    crosses no clause)."""
    close = text.find(_TITLE_QUOTES[text[at]], at + 1, at + 2 + MAX_QUOTED_TITLE)
    if close < at + 2 or any(
        c in _CLAUSE_BREAKS or _SENTENCE_BREAK.match(c) for c in text[at + 1 : close]
    ):
        return None
    return close


def _quoted_title(text: str, q: Found) -> tuple[int, int] | None:
    """印制十万份「权益保障攻略」，: a quoted title right after the measure word and closing the
    clause is what is counted, without its marks."""
    close = _closing_mark(text, q.end)
    if close is None or not _ends_clause(text, close + 1):
        return None
    return q.end + 1, close


def _quoted_after(text: str, tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The quoted name opening at ``at`` and the noun it names, marks included (“直播月”活动);
    without a noun after it, the name inside its marks (520天的“火星之旅”中: 火星之旅)."""
    close = _closing_mark(text, at)
    if close is None:
        return None
    noun = _noun_phrase_at(tokens, close + 1, verbal=True)
    if noun is not None and noun[0] == close + 1:
        return at, noun[1]
    return at + 1, close


#: Measure words of a count of times: a verbal noun after them is the action counted.
ACTION_UNITS = frozenset(word_list("次 人次 场次"))


#: At most this many words between a measure word and the 的 of a relative clause (23个实际投运
#: 的城市, 两条锈蚀斑驳的铁轨, 1000多家不同类型和规模的会员).
MAX_RELATIVE_TOKENS = 6


def _noun_phrase_after(
    tokens: list[Token], offset: int, *, measured: bool = True
) -> tuple[int, int] | None:
    """With ``measured``, a relative clause measuring its noun counts that noun (no duration
    does: 连续3年利润超过5亿元的公司)."""
    relative = _relative_head(tokens, offset, measured=measured)
    if relative is not None:
        return relative
    return _noun_phrase_at(tokens, offset)


def _relative_head(
    tokens: list[Token], offset: int, *, measured: bool = True
) -> tuple[int, int] | None:
    """59个开通城轨交通的城市: the noun after 的 when a relative clause (a verb, an adjective,
    a list) stands between the measure word and it — not when a noun is followed by its verb
    (3名航天员完成了既定的任务: 航天员)."""
    window = tokens_from(tokens, offset, MAX_RELATIVE_TOKENS + 1)
    k = next((i for i, t in enumerate(window) if t.word == "的"), -1)
    as_ = next((i for i, t in enumerate(window[:k]) if t.word == "为"), -1) if k > 0 else -1
    if (
        as_ >= 1
        and not _AMOUNT_WORD.match(window[as_ + 1].word)
        and all(_tag(t.word) in NOUN_TAGS or _tag(t.word) in ("v", "a") for t in window[:as_])
    ):
        # 以260余家配套企业为支撑的产业集群 (twentieth session): the noun before 为 is what is
        # counted, set as a role of the head after 的 (not a measure: 面值为24元的…)
        return _noun_phrase_at(tokens, offset)
    if measured and k >= 2 and _measured_relative([t.word for t in window[:k]]):
        return _noun_phrase_at(tokens, window[k].end)
    if k < 1 or any(not _HAN.match(t.word) for t in window[:k]):
        return None
    tags = [_tag(t.word) for t in window[:k]]
    if all(tag in NOUN_TAGS for tag in tags):
        return None  # 3个集群的产值: the clusters are counted
    if window[0].word in PREDICATE_ADVERBS:
        return None  # 开心果15颗就相当于一茶匙的油脂量: the figure's predicate, no relative clause
    if tags[0] in NOUN_TAGS and any(t not in NOUN_TAGS | {"c", "z"} for t in tags[1:]):
        return None  # a noun and its predicate (12个国家全是…的加盟共和国, 10位草根英雄以…的
        # 爱心): the noun
    head = _noun_phrase_at(tokens, window[k].end, verbal=True)
    last = token_at(tokens, head[1] - 1) if head is not None else -1
    if last >= 0 and _tag(tokens[last].word) in ("v", "vn"):
        # 5种不同的治疗方法: after 的 a verb may open the noun it names, not end it (的赎回日期
        # 预计: the clause's verb; 的监督下: a frame, not a thing)
        return _noun_phrase_at(tokens, window[k].end)
    return head


#: Words comparing a measure with an amount (产值过千亿元, 营业收入超过10亿元).
_OVER = frozenset(word_list("超 过 超过 逾 达 达到 高于 不低于 不少于"))
#: The words of an amount jieba cuts: digits, a decimal point, a scale, a unit.
_AMOUNT_WORD = pattern_cache.compile(r"[0-9０-９.．]+|[十百千万亿]+\p{Han}{0,2}")


def _measured_relative(words: list[str]) -> bool:
    """产值过千亿元的产业集群, 营业收入超亿元的企业: nouns, a word of comparison and an amount
    before 的 say what the noun after 的 measures; that noun is what a count before them
    counts (10个左右产值过千亿元的产业集群 → 产业集群)."""
    j = next((i for i, w in enumerate(words) if w in _OVER or _AMOUNT_WORD.fullmatch(w)), -1)
    if j < 1 or not all(_tag(w) in NOUN_TAGS for w in words[:j]):
        return False
    over, rest = words[j] in _OVER, words[j + (words[j] in _OVER) :]
    if not over and rest[-1:] != ["以上"]:
        return False  # 营业收入2000万元以上的企业: a bound after the amount compares it too
    return bool(rest) and all(_AMOUNT_WORD.fullmatch(w) or w == "以上" for w in rest)


_FIGURE_OR_HAN = pattern_cache.compile(r"[\p{Han}0-9０-９]")
#: Adverbs that open a predicate: after a figure they start what is said of it, not a relative
#: clause before a noun (15颗就相当于…的油脂量).
PREDICATE_ADVERBS = frozenset("就才都也又还便即则却")


def _aspect_after(window: list[Token], i: int) -> bool:
    """The word at ``i`` is followed by the aspect 了 and more words (资助了16个县区), so it is a
    verb; 了 closing the clause is the sentence's particle (7年多的时间了，)."""
    if i + 2 >= len(window) or window[i + 1].word != "了":
        return False
    return (
        window[i + 1].start == window[i].end
        and _FIGURE_OR_HAN.match(window[i + 2].word) is not None
    )


#: Characters that end nouns of places, bodies and households, which jieba leaves alone after
#: a word it knows (农村幸福 | 院, 监测 | 户, 扶贫 | 站), and terms (质量担保 | 期).
HEAD_CHARS = frozenset("院站所馆村户店厂园室点期品")
#: Of :data:`PREDICATE_OPENERS`, the ones that are the predicate's verb itself (参赛, 投案): what
#: follows is no noun.
PREDICATE_VERBS = frozenset(
    word_list(
        "参赛 参展 参会 投案 投案自首 自首 出列 获评 入选 上榜 "
        # services done for those counted (为2.8万户小微企业办理延期还本付息)
        "办理 减免 退还 兑现"
    )
)
#: Words that open what is said of the things counted, after their noun, though jieba tags them
#: nouns or idioms: all of them, in person, on their own, one after another (全部出列, 现场观看,
#: 主动投案, 相继落户) and taking part, giving oneself up, leaving a list, being named (参赛,
#: 投案自首, 获评: :data:`PREDICATE_VERBS`).
PREDICATE_OPENERS = (
    frozenset(
        word_list("全部 全面 全面完成 全都 均 都 现场 主动 相继 陆续 先后 集中 成功 顺利 正式")
    )
    | PREDICATE_VERBS
)


def _opens_predicate(window: list[Token], i: int) -> bool:
    """``window[i]``, a word of :data:`PREDICATE_OPENERS`, opens what is said of the noun before
    it: a noun (not a modifier: 市级 | 全面小康示范村, 创业 | 成功案例) stands right before it,
    and a verb, the end, or the predicate's verb follows (全部 | 出列, 主动 | 投案; not 现场 |
    教学基地)."""
    if _tag(window[i - 1].word) not in NOUN_TAGS - {"b", "vn"}:
        return False
    if window[i].word in PREDICATE_VERBS or i + 1 == len(window):
        return True
    nxt = window[i + 1].word
    return nxt in PREDICATE_VERBS or _tag(nxt) not in NOUN_TAGS


def _noun_phrase_at(
    tokens: list[Token], offset: int, *, verbal: bool = False
) -> tuple[int, int] | None:
    """The noun phrase starting at ``offset``; with ``verbal``, a verbal noun may end it (的投资:
    after 的 it is no verb)."""
    words: list[Token] = []
    suffixes: set[int] = set()  # where an agent noun jieba cut in two stands (快递|员)
    window = tokens_from(tokens, offset, MAX_SUBJECT_TOKENS)
    for i, token in enumerate(window):
        if not _HAN.match(token.word) or "了" in token.word:
            break  # 翻了一番: jieba keeps some verb phrases whole and tags them nouns
        if token.word in _LONE_LOCALISERS:
            # 涨幅逾5倍后 | 公司股价: a figure and 后 say when, the noun after is no subject; 例会
            # | 后 | 发表声明: after a noun, a localiser ends it (a time or a place of it)
            break
        if words and token.word in PREDICATE_OPENERS and _opens_predicate(window, i):
            break  # 52个贫困村 | 全部出列, 6000余名运动员 | 参赛: the predicate, tagged a noun
        if words and _level_range(window, i):
            words.append(token)  # 地级及以上城市, 县级及以下医疗机构: a range of levels in the noun
            continue
        tag = _tag(token.word)
        if (
            i == 0
            and token.word in _NEGATIONS
            and i + 1 < len(window)
            and window[1].start == token.end
            and _tag(window[1].word) in NOUN_TAGS
        ):
            tag = "h"  # 14种不 | 合格 | 食品: a negation opening the noun is part of it
        if verbal and tag == "v" and not any(_tag(w.word) in NOUN_TAGS - {"b"} for w in words):
            tag = "vn"  # 的一次性补助: after 的 a verb names a thing (not after a noun: 的利率升至)
        if _time_modifier(window, i):
            tag = "h"  # 9天的春节长假: a festival or season right before a noun modifies it
        if (
            tag in ("v", "vn")
            and i + 1 < len(window)
            and window[i + 1].word in AGENT_SUFFIXES
            and window[i + 1].start == token.end
            and not _suffix_runs_on(window, i + 1)
        ):
            tag = "vn"  # 快递|员: a verb with an agent suffix is a noun of agents
            suffixes.add(token.start)
        if (
            token.word in AGENT_SUFFIXES
            and words
            and (_tag(words[-1].word) in NOUN_TAGS or words[-1].start in suffixes)
            and not _suffix_runs_on(window, i)
        ):
            tag = "n"  # 狗仔队|员, 快递|员: jieba cut the agent suffix off its noun
            suffixes.add(token.start)
        if tag not in NOUN_TAGS and tag not in MODIFIER_TAGS and not (words and token.word == "级"):
            break  # 级 after a word is a grade (2个千亿级产业集群)
        if _aspect_after(window, i):
            break  # 资助了16个县区: a word with the aspect 了 is a verb, whatever jieba tags it
        words.append(token)
    while words:
        tag = _tag(words[-1].word)
        if (verbal and tag in ("v", "vn")) or (_nounish(words[-1]) and tag != "vn"):
            break
        if words[-1].start in suffixes:
            break
        words.pop()
    if len(words) == 1 and len(words[0].word) == 1 and _tag(words[0].word) != "n":
        # 100余名主播: jieba cut 余名|主|播; a lone modifier is no subject, the next lone
        # character completes the noun
        k = token_at(tokens, words[0].end)
        if k < 0 or len(tokens[k].word) != 1 or not _HAN.match(tokens[k].word):
            return None
        words.append(tokens[k])
    if not words or (len(words) == 1 and words[0].word in NOT_SUBJECTS):
        return None
    return words[0].start, words[-1].end


def _level_range(window: list[Token], i: int) -> bool:
    """``window[i]`` is 及 before 以上/以下, or 以上/以下 after 及 (地级及以上城市)."""
    if window[i].word == "及":
        return i + 1 < len(window) and window[i + 1].word in ("以上", "以下")
    return window[i].word in ("以上", "以下") and i > 0 and window[i - 1].word == "及"


#: Negations that may open a noun (不合格食品, 非食品类): a modifier, no adverb of a verb.
_NEGATIONS = frozenset("不非无")
#: Localisers that make a time or a place of the figure before them (5倍后, 3年前, 两天内).
_LONE_LOCALISERS = frozenset("后前内外间里")
#: Measure words that are themselves the people counted (8亿人次, 300人).
PEOPLE_UNITS = frozenset(word_list("人 人次"))
#: One-character suffixes of agents and members (队员, 业务员, 经销商) and of points (停泊点):
#: jieba may leave them alone after the noun or verb they end (狗仔队|员, 停泊|点); and 人员 after
#: a verb (养老保险领取 | 人员).
AGENT_SUFFIXES = frozenset(word_list("员 者 师 商 手 点 人员"))
#: Demonstratives before a measure word and its noun (这道工序, 每个项目).
DEMONSTRATIVES = frozenset(word_list("这 那 每 该 此 某 哪"))


def _suffix_runs_on(window: list[Token], i: int) -> bool:
    """The one-character suffix at ``i`` opens another word with a lone character glued after it
    (院线 | 点 | 映: 点映, a showing), so it ends no noun."""
    nxt = window[i + 1] if i + 1 < len(window) else None
    return (
        nxt is not None
        and nxt.start == window[i].end
        and len(nxt.word) == 1
        and _HAN.match(nxt.word) is not None
    )


def _time_modifier(window: list[Token], i: int) -> bool:
    """Whether ``window[i]`` is a time word (春节, 国庆) modifying the noun right after it."""
    word = window[i].word
    if _tag(word) != "t" or word in SUBJECT_STOPS or word in TIME_WORDS or i + 1 >= len(window):
        return False
    return _nounish(window[i + 1]) and _tag(window[i + 1].word) != "t"


#: The quarters of a year as written before 季度 (一季度, 第三季度).
_QUARTERS = frozenset(("一", "二", "三", "四", "第一", "第二", "第三", "第四"))


_QUOTE_CLOSES = frozenset("”」")
_QUOTE_OPENS = {"”": "“", "」": "「"}
#: At most this many characters in a quoted noun before a figure.
MAX_QUOTED_NOUN = 8


def _quoted_noun(text: str, window: list[Token], i: int) -> str | None:
    """The word in quotes that closes at ``window[i]`` right before a figure (收取“服务费”100元),
    when it is a short run of Han characters ending in a noun; else ``None``."""
    close = window[i]
    opening = text.rfind(
        _QUOTE_OPENS[close.word], max(0, close.start - MAX_QUOTED_NOUN - 1), close.start
    )
    if opening < 0 or i < 1:
        return None
    quoted = text[opening + 1 : close.start]
    if not HAN_RUN.fullmatch(quoted) or _tag(window[i - 1].word) not in NOUN_TAGS:
        return None
    return quoted


_ONE_CHARACTER_MEASURES = frozenset("费率额量")
#: Nouns of a count or a sum a verb before names (死亡人数, 上网电量, 签约金额, 出境人次).
_COUNT_NOUNS = frozenset(word_list("人数 人次 户数 次数 件数 数量 数目 金额 总额 电量 总量"))
#: Verbs that say what a sum touches, not what it is (涉及金额 is the sum involved: 金额).
_INVOLVING = frozenset(word_list("涉及 涉案 包括"))


def _leading_junk(word: str, before: str, after: str) -> bool:
    """Whether the leftmost word of a subject found before the number is no part of it: 首批
    or 新 without their noun, a verbal noun used as the verb (新培育省级特色产业集群,
    培育科技型中小企业) but not one that starts a compound (投资金额, 设计寿命: nothing verbal
    before, a short head); nor one before a distinguishing word (培育省级以上…企业: 省级 is b)."""
    if word[-2:] == "季度" and word[:-2] in _QUARTERS:
        return True  # 一季度中国规模以上工业产能利用率: the quarter is the figure's date
    tag = _tag(word)
    if tag == "v" and len(word) > 1 and after in _ONE_CHARACTER_MEASURES:
        return False  # 绿色出行分担率: a verb before 率/量/额/费 makes the measure's noun
    if (
        tag == "v"
        and len(word) > 1
        and after in _COUNT_NOUNS
        and word not in LIGHT_VERBS | _INVOLVING
    ):
        return False  # so before a noun of a count or a sum (死亡人数, 上网电量, 签约金额)
    if tag == "vn" and before in LIGHT_VERBS:
        return False
    if tag == "vn":
        noun = after[:-2] if after[-2:] in DIRECTION_WORDS else after  # jieba keeps 价格上涨 whole
        return _tag(before) in VERBAL_TAGS or len(noun) >= 3 or _tag(after) == "b"
    return tag in LEADING_JUNK_TAGS or (tag == "a" and len(word) == 1)


#: Characters jieba leaves alone after a noun that end a time or a place, or link it to the
#: figure (用餐时1人份, 系统经1年多, 眼睛每三十分钟): never the tail of a noun.
LONE_FUNCTION = (
    frozenset(
        "时后前中内外上下里间经每各该本其此这那等约近达为是有在于对向从由被把将已再都也还就至到及和与或共计"
    )
    | LONE_ADVERBS  # 食用量仍…: no noun's last character
)


#: Tags of single characters that are never part of a word jieba cut into characters: pronouns,
#: prepositions, conjunctions, particles, adverbs, localisers, interjections (jieba tags 年 and 道
#: numerals and measure words: 年 | 菜, 步 | 道 are words cut so).
_NOT_WORD_PART_TAGS = frozenset(("r", "p", "c", "u", "d", "f", "y", "e", "o"))
_NUMERAL_CHARACTERS = frozenset(_CN_NUMERAL + "几半")
#: The longest word read from lone characters (署 | 立 | 医院 is 署立医院).
_CHARACTERS_LONGEST = 4


def _characters_noun(text: str, tokens: list[Token], at: int) -> tuple[int, int] | None:
    """15条步 | 道分别有, 2183个品 | 规。: a noun jieba did not know and cut into lone characters,
    read whole after a count — two or more lone characters glued together (with a noun of jieba's
    after them: 署 | 立 | 医院), ending where the clause, a localiser or an adverb does."""
    window = tokens_from(tokens, at, _CHARACTERS_LONGEST + 1)
    run: list[Token] = []
    for token in window:
        if (
            token.start != (run[-1].end if run else at)
            or len(token.word) != 1
            or not _HAN.match(token.word)
            or token.word in LONE_FUNCTION
            or token.word in _PARTICLES
            or token.word in _NUMERAL_CHARACTERS
            or _tag(token.word) in _NOT_WORD_PART_TAGS
        ):
            break
        run.append(token)
    if len(run) < 2 or len(run) > _CHARACTERS_LONGEST:
        return None
    end = run[-1].end
    rest = tokens_from(tokens, end, 1)
    if rest and rest[0].start == end and _HAN.match(rest[0].word):
        nxt = rest[0].word
        if len(nxt) >= 2 and _tag(nxt) in NOUN_TAGS:
            return at, rest[0].end  # 署 | 立 | 医院
        if not (nxt in LONE_FUNCTION or _tag(nxt) in ("d", "f") or nxt == "分别"):
            return None  # a verb or more characters follow: no word of its own
    elif not (end == len(text) or text[end] in _RUN_ENDS):
        return None  # 连 | 丢7球: a figure follows, the characters are a verb's
    return at, end


#: Marks a noun read from lone characters may end at (a clause's or a sentence's end).
_RUN_ENDS = frozenset("，,：:、。；;！？!?）)」』”")
#: Measure words of things counted (个, 家, 条, 种, 道…), not of events, sessions, money or
#: measures: a noun read from lone characters after one is what is counted (15条步 | 道,
#: 23家署 | 立 | 医院); after 场, 期 or 元 the characters are more often a verb (九场派 | 彩,
#: 以41.33亿元收 | 槌).
THING_COUNTERS = frozenset(
    word_list(
        "个 家 项 批 件 条 座 所 台 辆 架 艘 只 头 套 块 张 份 篇 部 款 种 类 处 间 栋 层 名 位 "
        "册 本 首 支 片 棵 株 匹 枚 颗 根 幅 幢 床 道 粒 盒 瓶 罐 包 袋 箱"
    )
)


#: Characters looked back over for a headless clause: its kind, 的 and the link.
_HEADLESS_SPAN = 32
#: Counts of people, households and things: the units a headless clause names (_HEADLESS).
_HEADLESS_UNITS = PEOPLE_UNITS | THING_COUNTERS | frozenset(word_list("户 家次"))


def _glued_left(window: list[Token], i: int) -> bool:
    """The token before ``window[i]`` ends where it starts (no space or mark between)."""
    return window[i - 1].end == window[i].start


#: Words of the present time (蓄水率目前只剩21%).
NOW_WORDS = frozenset(word_list("目前 当前 现在 如今 眼下 现时"))


def _year_glued(text: str, token: Token) -> bool:
    """``token`` is 年 and a noun of three or more characters right after a year's digits
    (2023 | 年产值), or 月 and one after a month's (1-5 | 月销量): jieba glued the date's last
    character to the noun."""
    word = token.word
    if len(word) <= 2:
        return False
    if word[0] == "月":
        return token.start >= 1 and text[token.start - 1] in _FIGURE_DIGITS
    return word[0] == "年" and token.start >= 4 and text[token.start - 4 : token.start].isdigit()


#: Digits a scale glued to the word after it (37 | 万港元) follows.
_FIGURE_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _time_after_noun(text: str, window: list[Token], i: int) -> int | None:
    """The start of a time phrase ending with ``window[i]`` and written right after a noun (not
    after a comparative: 低于去年11月4.8%的增速), else ``None``."""
    if window[i].word[-1] not in _TIME_LAST:
        return None
    found = _TIME_BETWEEN.search(text, max(0, window[i].end - 14), window[i].end)
    if found is None or found.start() == found.end():
        return None
    j = next((j for j in range(i - 1, -1, -1) if window[j].end <= found.start()), None)
    if j is None or window[j].end != found.start() or not _nounish_before(window, j):
        return None
    start: int = found.start()
    return start


#: Localisers that close the whole a share is taken of (在全国总里程中 | 占比).
_WHOLE_ENDS = frozenset(("中", "之中", "当中", "里", "内"))


def _subject_before(text: str, tokens: list[Token], start: int) -> tuple[str | None, str]:
    """The nouns before the number, with a rate's direction words: 产值年均增长14.8%; and the
    direction words alone when no noun phrase precedes them (…，同比增长42.2%)."""
    figure_at = start
    start = _strip_links(text, start)
    kept: list[str] = []
    head_end = -1  # where the word nearest the figure that is no link, time or adverb ends
    linked = False  # a link word (共, 为, 达) stands between the subject and the number
    nouns = 0
    leading = True  # link and direction words may only sit between the nouns and the number
    stop = ""  # the word before the subject
    tail = ""  # a character jieba cut off the noun right before the figure
    window = tokens_before(tokens, start, MAX_SUBJECT_TOKENS * 2)
    for i in range(len(window) - 2, max(len(window) - 5, -1), -1):
        if window[i].word == "占" and window[i + 1].word in ("比", "比达", "比为"):
            # 占比仅2%, 占比下滑至5.15%, 占比达42%: jieba cuts 占|比 (or 占|比达); the share is
            # the subject, the link after it no part of it, with the part it is the share of
            # written before it (高新技术企业占比达35%); after the whole's 中 (在…总里程中占比仅2%)
            # the part is unnamed: 占比 alone
            merged = Token("占比", "n", window[i].start, window[i + 1].end)
            whole = i > 0 and (
                window[i - 1].word in _WHOLE_ENDS
                or any(t.word == "在" for t in window[max(0, i - 4) : i])
            )  # …中 | 占比, 出口额在全国 | 占比: the whole, the part unnamed
            window = (
                [merged, *window[i + 2 :]] if whole else [*window[:i], merged, *window[i + 2 :]]
            )
            break
    if "较" in text or "比" in text:
        # 投资规模较 | 2023年增长: jieba glued the comparison's 较 to the noun, no part of it;
        # 价格比 | 上年上涨 likewise before a base (not 城乡居民收入比为2.16, a ratio)
        window = [
            Token(t.word[:-1], t.pos, t.start, t.end - 1)
            if _glued_than(t.word)
            and (t.word.endswith("较") or _BASE_AFTER_THAN.match(text, t.end) is not None)
            else t
            for t in window
        ]
    if (
        len(window) >= 2
        and window[-2].word == "每"
        and window[-2].end == window[-1].start
        and (
            (len(window[-1].word) == 1 and _HAN.match(window[-1].word)) or window[-1].word in UNITS
        )
    ):
        # 价格从每 | 项2毛钱, 价格将从每 | 立方米2.45元: jieba cut the rate right before the
        # figure; 每项, 每立方米 is one rate
        merged = Token("每" + window[-1].word, "h", window[-2].start, window[-1].end)
        window = [*window[:-2], merged]
    if window and ("）" in text or ")" in text):
        window = _past_aside(_past_acronyms(window))
    if "每" in text:
        # 每万人口: one rate modifier
        window = _phrases_merged(text, window, _PER_SCALE, _PER_FIRST)
    if "类" in text:
        window = _phrases_merged(text, window, _ROMAN_RUN, _ROMAN_FIRST)  # 劣 | Ⅴ, Ⅰ | 至 | Ⅲ
    if "业" in text:
        window = _phrases_merged(text, window, _sector_scan(), _SECTOR_FIRST)
    if "期" in text:
        # 1 | 年期 | 国债收益率, 6 | 个 | 月 | 期 | 国债: the tenor says which rate or bond, kept in
        # the subject as dev d046's gold writes 6个月期国债收益率 (only before a noun)
        window = _phrases_merged(text, window, _TENOR_BEFORE, _TENOR_FIRST, followed=True)
    if "按" in text:
        window = _past_scope(_periods_merged(window))
    passed_to = len(text)  # a time phrase between the noun and the figure starts here
    joined_at = -1  # a token already joined to the head after it
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        word = stop = token.word
        if token.start >= passed_to or i == joined_at:
            continue
        if word[0] in "万亿" and token.start > 0 and text[token.start - 1] in _FIGURE_DIGITS:
            break  # 的37 | 万港元 | 几乎要增加60万港元: the scale and unit of an earlier figure
        if leading and (between := _time_after_noun(text, window, i)) is not None:
            # 核心通胀在6月份降至2.9%, 参保率今年年底前要达到97%, 失业率上月回落至5.9%: the time
            # the figure is reached at, between the noun and the figure
            passed_to = between
            continue
        if word in YEAR_PARTS or (
            word == "前" and window[i + 1 : i + 2] and window[i + 1].word in YEAR_PARTS
        ):
            if leading:
                continue  # 工业增加值一季度增长6.2%: the part of the year between noun and figure
            break  # 广东省前三季度进出口: before the noun it ends it
        if leading and word in DIRECTION_WORDS:
            kept.append(word)
            continue
        if leading and word in LINK_WORDS:
            linked = linked or (not kept and word in COUNTING_LINKS)
            continue
        if leading and not kept and word in CURRENCIES:
            continue  # 罚金人民币5万元, 赔偿新台币500万元: the amount's currency, no subject
        if leading and (_rate_word(word) or (i > 0 and _priced_base(word, window[i - 1].word))):
            kept.append(word)  # 价格达到了每罐408元: the rate stays, the link before it is passed
            continue
        tag = _tag(word)
        if leading and tag == "d":
            continue  # 常年稳定在…, 一直高于…
        if leading and word in GOAL_LEADS:
            continue  # 服务经费争取不低于35元: the goal word between the noun and its figure
        if leading and word == "安排" and i > 0 and _tag(window[i - 1].word) in NOUN_TAGS:
            # 一般公共预算支出安排328.5亿元: the sum set for a budget's item, named before 安排
            # (院方已安排三名值班医师 names its noun after the figure, found before this)
            continue
        if leading and (
            (tag == "t" and word[0] in DEICTIC_TIME_HEADS and word[-1] in "年月日天周时")
            or (word in NOW_WORDS and i > 0 and _tag(window[i - 1].word) in NOUN_TAGS)
        ):
            # 股价当天暴涨逾50%, 李女士今年52岁, 蓄水率目前只剩21%: a time word between noun
            # and figure (not 回落至目前的1%, 到现在才…: the time the figure is reached at)
            continue
        if leading and kept and kept[-1] in ("平均", "年均") and _AVERAGED_OVER.fullmatch(word):
            continue  # 增加值两年平均增长5.1%: the years averaged over, between noun and rate
        if leading:
            head_end = token.end
        leading = False
        if word in _QUOTE_CLOSES and not kept:
            quoted = _quoted_noun(text, window, i)
            if quoted is not None:
                kept.append(quoted)  # 收取“服务费”100元: the word in quotes is the thing paid
                stop = ""
            break
        if (
            not kept
            and word in HEAD_CHARS
            and i > 0
            and _tag(window[i - 1].word) in NOUN_TAGS | MODIFIER_TAGS | {"v", "vn"}
            and window[i - 1].end == token.start
            and _HAN.match(window[i - 1].word)
        ):
            # 农村幸福|院86所, 监测|户236户: the head of a noun jieba cut off, one word with the
            # word before it
            kept.append(window[i - 1].word + word)
            nouns += 1
            joined_at = i - 1
            continue
        if not kept and word in HEAD_CHARS and i > 0 and window[i - 1].word == "的":
            kept.append(word)  # 收入50万元以上的村21个: the noun described, one character
            nouns += 1
            continue
        if not tag and _HAN.match(word) and len(word) == 1 and i > 0:
            left = window[i - 1].word
            if len(left) > 1 and _glued_left(window, i) and _tag(left) in NOUN_TAGS:
                if kept and _tag(kept[-1]) in NOUN_TAGS:
                    tag = "h"  # 非金属矿|物|制品业: a character jieba left between two nouns
                elif not kept and token.end == start and not tail and word not in LONE_FUNCTION:
                    # 杏仁|果8颗, 萝卜|糕约227大卡: a character jieba cut off the noun right
                    # before the figure is the end of that noun
                    tail = word
                    continue
        if kept and (
            _CODE_MODIFIER.fullmatch(word)
            or (word == "级" and i > 0 and _GRADE.fullmatch(window[i - 1].word))
        ):
            # 5G | 基站, 3G | 手机, 5A | 级 | 景区: a code of digits and letters, or a grade,
            # modifies the noun
            kept.append(word)
            stop = ""
            continue
        if (
            word in ("&", "＆")
            and kept
            and kept[-1][:1].isascii()
            and i > 0
            and window[i - 1].word[-1:].isascii()
            and window[i - 1].word[-1:].isalpha()
        ):
            kept.append(word)  # R&D经费投入强度: an ampersand between Latin letters is in a name
            continue
        if _year_glued(text, token) and _tag(word[1:]) in NOUN_TAGS:
            kept.append(word[1:])  # 2023 | 年产值 | 达到…: the year's 年 glued to the noun
            stop = ""
            break
        if kept and token.pos == "h" and word[0] in _TENOR_FIRST and _tag(word) == "h":
            kept.append(word)  # 1年期 | 国债收益率: a tenor merged by _phrases_merged
            stop = ""
            continue
        if _ROMAN_CLASS.fullmatch(word) and kept and kept[-1].startswith("类"):
            # Ⅲ | 类水质断面, 劣 | Ⅴ | 类: a water-quality class (nineteenth session)
            kept.append(word)
            stop = ""
            continue
        if not _HAN.match(word) or word in SUBJECT_STOPS or _unit_of_figure(text, token):
            break
        if word == "月" and i > 0 and window[i - 1].word in _MONTH_DEICTICS:
            break  # 中国国航上 | 月 | 旅客周转量: jieba cut 上月, a time before the noun ends it
        if tag in ("v", "vn", "a", "z") and kept and kept[-1] in NOUN_SUFFIXES:
            kept.append(word)  # 流转费, 增长率, 优良比例: the verb or adjective is the noun's
            stop = ""
            continue
        if tag == "z" and len(word) == 2 and kept and _tag(kept[-1]) in NOUN_TAGS:
            tag = "h"  # 下肢长短差别, 出外踏青活动: a status word before a noun modifies it
        if word in PARTNER_PREPOSITIONS and _trade_flow(kept):
            kept.append(word)  # 对东盟出口, 自东盟进口: the partner's preposition says which way
            stop = ""
            continue
        if word == "不" and kept and len(kept[-1]) == 2 and _glued_left(window, i + 1):
            kept.append(word)  # 不 | 合格 | 电动车: the negation is the noun's (不合格), kept
            stop = ""
            continue
        if (
            kept
            and head_end < figure_at
            and _verb_of_compound(word)
            and word not in MODALS
            and word not in NOT_EVENT_VERBS  # 金管局宣布 | 基本利率: saying, planning
            and _glued_left(window, i + 1)
            and _tag(kept[-1]) in NOUN_TAGS
            and i > 0
            and _glued_left(window, i)
            and _tag(window[i - 1].word) in _SANDWICH_TAGS
            and _HAN.match(window[i - 1].word) is not None
            and _measure_head(kept)
        ):
            # 全国快递 | 业务量累计完成…, 财政补助 | 标准提高30元: a verb glued between two nouns,
            # the second a measure a link or a verb of its own follows, modifies that measure
            # (not before an object the figure follows: 销售 | 汽车20万辆 is a verb and what it
            # sells; nor before a thing: 化妆品征收 | 进口关税)
            kept[-1] = word + kept[-1]
            stop = ""
            continue
        if tag not in NOUN_TAGS and tag not in MODIFIER_TAGS:
            break
        kept.append(word + tail)
        tail = ""
        nouns += tag in NOUN_TAGS
        stop = ""
        if nouns >= MAX_SUBJECT_TOKENS:
            break
    if linked and len(kept) == 1 and len(kept[0]) > 1 and _tag(kept[0]) == "vn":
        # 吸烟违规共7404件: a verbal noun before a link word is what the link counts, a noun;
        # a verb glued before it is part of the compound (not a light verb: 完成投资达5亿元)
        if _verb_of_compound(stop):
            return stop + kept[0], ""
        if stop not in LIGHT_VERBS and _tag(stop) not in VERBAL_TAGS:
            return kept[0], ""
    while kept and kept[-1] not in DIRECTION_WORDS:
        if not _leading_junk(kept[-1], stop, kept[-2] if len(kept) > 1 else ""):
            break
        stop = kept.pop()
    k = next((i for i, w in enumerate(kept) if w not in DIRECTION_WORDS), len(kept))
    direction = "".join(reversed(kept[:k]))
    if k == len(kept) or not (_head_noun(kept, k) or stop in LIGHT_VERBS):
        return None, direction  # 力争新培育10家: no noun phrase before the number
    if stop in _PATIENT_LEADS and kept[k] in SANCTIONS and k + 1 < len(kept):
        # 被市场监管部门罚款300万元, 对相关企业罚款87万元: the one who fines or is fined, after
        # 被 or 对, is no part of the fine
        return kept[k] + direction, direction
    subject = "".join(reversed(kept))
    if stop in DEMONSTRATIVES and len(kept[-1]) > 1 and word_tag(kept[-1][0]) == "q":
        subject = subject[1:]  # 这道工序需要3分钟: jieba glued the measure word to the noun
    return subject, direction


#: Prepositions of the agent or the patient of a sanction (被…罚款, 对…罚款).
_PATIENT_LEADS = frozenset(("被", "对", "遭"))
#: Sanctions and awards a sum is the amount of (罚款300万元).
SANCTIONS = frozenset(word_list("罚款 罚金 处罚 赔偿 补偿 奖励 赔付 索赔"))


#: Flows of trade and investment whose partner a preposition names (对东盟出口, 自韩国进口, 向
#: 东盟投资): without it the partner reads as the one that exports.
TRADE_FLOWS = frozenset(
    word_list("出口 进口 进出口 出口额 进口额 进出口额 投资 贸易 贸易额 直接投资 双边贸易")
)
PARTNER_PREPOSITIONS = frozenset(word_list("对 自 向 与"))


def _trade_flow(kept: list[str]) -> bool:
    """The subject kept so far (nearest the figure first) is a flow of trade after its partner:
    a flow word, past the direction words, then at least one more word (the partner)."""
    k = next((i for i, w in enumerate(kept) if w not in DIRECTION_WORDS), len(kept))
    if k + 1 < len(kept) and kept[k] in TRADE_FLOWS:
        return True
    # 与欧盟贸易总值, 对非洲直接投资存量 (nineteenth session): the flow right after the partner,
    # its measure after it
    return len(kept) >= 2 and kept[-2] in TRADE_FLOWS and kept[-1] not in DIRECTION_WORDS


#: The years a rate is averaged over (两年平均, 三年平均).
_AVERAGED_OVER = pattern_cache.compile(r"[两二三四五六七八九十0-9]{1,2}年")


#: A rate's base in a round number of people or households (每万人口, 每千人, 每百户,
#: 每10万人口): one word of the subject, however jieba cuts it (每 | 万 | 人口, 每千人 | 口).
_PER_SCALE = pattern_cache.compile(
    r"每(?:[0-9]{1,4}[十百千万]{0,2}|[十百千万]{1,2})(?:人口|名|人|户|家|平方公里)"
)


#: A loan's, a deposit's or a bond's tenor before its noun (一年期, 5年期以上, 6个月期, 7天期).
_TENOR_BEFORE = pattern_cache.compile(
    r"(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})" + _TENOR_WORD + r"(?:以上|以下|及以上)?"
)


_TENOR_FIRST = frozenset("0123456789一二两三四五六七八九十")
_TENOR_ENDS = ("期", "以上", "以下")
_PER_FIRST = frozenset("每")


#: Industries as statistics name them (lexicon/industry_sectors.txt): one noun in a subject,
#: whatever 、, 和 or 及 they hold (批发和零售业增加值, 电力、热力、燃气及水生产和供应业).
SECTORS = frozenset(shipped_list("industry_sectors"))
_sector_scan = lazy_pattern("|".join(map(regex.escape, pattern_cache.longest_first(SECTORS))))
_SECTOR_FIRST = frozenset(s[0] for s in SECTORS)


def _phrases_merged(
    text: str,
    window: list[Token],
    pattern: regex.Pattern[str],
    firsts: frozenset[str],
    followed: bool = False,
) -> list[Token]:
    """``window`` with the tokens of each match of ``pattern`` (from a token whose first
    character is in ``firsts``, to a token's end) merged into one word (a modifier, or an
    industry's name); with ``followed``, only where a token follows the match."""
    merged: list[Token] = []
    i = 0
    while i < len(window):
        token = window[i]
        m = pattern.match(text, token.start) if token.word[0] in firsts else None
        j = i
        while m is not None and j < len(window) and window[j].end < m.end():
            j += 1
        if m is not None and j + (1 if followed else 0) < len(window) and window[j].end == m.end():
            merged.append(Token(m.group(), "h", token.start, m.end()))
            i = j + 1
            continue
        merged.append(token)
        i += 1
    return merged


#: At most this many words in the phrase of how a figure is counted (按可比口径, 按现价计算).
MAX_SCOPE_WORDS = 4
#: Periods after 按: 按年/按月/按季 is Hong Kong's 同比/环比, a direction, no way of counting.
_PERIODS = frozenset(word_list("年 月 季 季度 周 日 年度 月度"))
#: Verbs that end such a phrase (按现价计算, 按常住人口统计).
_COUNTING_VERBS = frozenset(word_list("计算 统计 测算 核算 折算"))


def _periods_merged(window: list[Token]) -> list[Token]:
    """``window`` with Hong Kong's 按 | 年 (同比) and 按 | 月 (环比) as one direction word."""
    merged: list[Token] = []
    for token in window:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.word == "按"
            and last.end == token.start
            and "按" + token.word in DIRECTION_WORDS
        ):
            merged[-1] = Token("按" + token.word, "d", last.start, token.end)
            continue
        merged.append(token)
    return merged


def _past_scope(window: list[Token]) -> list[Token]:
    """社会消费品零售总额按可比口径增长7.1%: the phrase of how a figure is counted between a noun
    and the direction words before its figure is passed over, so that the noun before it is the
    subject (not 口径)."""
    i = len(window) - 1
    while i >= 0 and (window[i].word in DIRECTION_WORDS or window[i].word in LINK_WORDS):
        i -= 1
    if i == len(window) - 1:
        return window  # 按成交额的5%: no verb after the phrase, the noun is the figure's
    j = i
    while j >= 0 and i - j < MAX_SCOPE_WORDS and window[j].word not in COUNTED_BY:
        word = window[j].word
        if not _HAN.match(word) or word.startswith("每") or word in _PERIODS:
            # 按每人每月发放300元: a rate, part of the subject; Hong Kong's 按年 (同比)
            return window
        if j == i and _tag(word) in ("v", "vn") and word not in _COUNTING_VERBS:
            return window
        j -= 1
    if j < 0 or j == i or window[j].word not in COUNTED_BY:
        return window
    # (…，按可比口径同比增长129.5%: at a clause's start the phrase goes as well, the direction
    # words left to name the figure with the amount before)
    return window[:j] + window[i + 1 :]


_OPENING_BRACKETS = frozenset("（(")
_CLOSING_BRACKETS = frozenset("）)")
#: At most this many characters inside an aside passed over.
MAX_ASIDE = 10


def _past_aside(window: list[Token]) -> list[Token]:
    """居民消费价格指数（CPI）同比上涨, 高新技术企业（含外资）达到: a short aside in brackets
    between a noun and the direction or link words before its figure (an abbreviation, a scope)
    is passed over, so that the noun before it is the subject."""
    i = len(window) - 1
    while i >= 0 and (
        window[i].word in DIRECTION_WORDS
        or window[i].word in LINK_WORDS
        or _tag(window[i].word) == "d"
    ):
        i -= 1
    if i < 2 or window[i].word not in _CLOSING_BRACKETS:
        return window
    j = i - 1
    while j >= 0 and window[j].word not in _OPENING_BRACKETS:
        word = window[j].word
        if not _HAN.match(word):
            return window  # a mark or a figure inside: no short aside (CPI, GDP pass via _HAN)
        j -= 1
    if j < 1 or window[i].start - window[j].end > MAX_ASIDE or not _HAN.match(window[j - 1].word):
        return window
    return window[:j] + window[i + 1 :]


#: An abbreviation in brackets inside a measure's name (广义货币（M2）余额, 中期借贷便利（MLF）).
_ACRONYM = pattern_cache.compile(r"[A-Za-z][A-Za-z0-9]{0,5}")


def _past_acronyms(window: list[Token]) -> list[Token]:
    """广义货币（M2）余额301.85万亿元: an abbreviation in brackets between two words of a name is
    passed over, so that the words before it stay in the subject."""
    out: list[Token] = []
    i = 0
    while i < len(window):
        if (
            i + 3 < len(window)
            and window[i].word in _OPENING_BRACKETS
            and _ACRONYM.fullmatch(window[i + 1].word)
            and window[i + 2].word in _CLOSING_BRACKETS
            and out
            and _HAN.match(out[-1].word)
            and _HAN.match(window[i + 3].word)
        ):
            i += 3
            continue
        out.append(window[i])
        i += 1
    return out


#: Link words that say what a total or an extent is (共, 为, 达, 持续): a verbal noun before them
#: is their subject (吸烟违规共7404件), unlike a modal (改革起码需要五年).
COUNTING_LINKS = frozenset(
    word_list("共 共计 合计 累计 总计 为 达 达到 高达 多达 长达 持续 是 已 已经")
)


#: Tags of the noun before a verb that modifies the measure after it (全国 | 快递 | 业务量).
_SANDWICH_TAGS = frozenset(word_list("n nz ns j vn eng"))  # not nt: a body does (海关查获)
#: How the measure a verb may modify ends (业务量, 管理率, 补助标准, 成交价格, 飞行时间).
_MEASURE_HEAD_ENDS = (
    *"费率额量数价值",
    *word_list("比例 比重 规模 面积 标准 价格 收入 时间 里程 指数 目标 成本 场次 体积 期限 限额"),
)


def _measure_head(kept: list[str]) -> bool:
    """The subject kept so far (nearest the figure first) has a measure as its head noun."""
    head = next((w for w in kept if w not in DIRECTION_WORDS), "")
    return head.endswith(_MEASURE_HEAD_ENDS)


def _verb_of_compound(word: str) -> bool:
    """A verb of two characters or more that can begin a compound noun with the verbal noun
    after it (吸烟|违规): no light, plan, link or direction verb."""
    return (
        len(word) >= 2
        and _HAN.match(word) is not None
        and _tag(word) == "v"
        and word not in LIGHT_VERBS
        and word not in PLAN_VERB_LEADS
        and word not in LINK_WORDS
        and word not in DIRECTION_WORDS
        and word not in NOT_NAMING_VERBS
    )


def _counting_unit(unit: str) -> bool:
    """A measure word that is no unit of time (瓶, 根, 次; not 年, 季度)."""
    return unit in UNITS and unit not in TIME_WORDS and UNITS[unit] not in TIME_UNITS


def _one_base(word: str) -> bool:
    """一根, 一次: one of a measure word that is no unit of time, a rate's base."""
    return word.startswith("一") and _counting_unit(word[1:])


def _base_alone(word: str) -> bool:
    """A rate's base that may be a figure's whole subject: 每瓶, 一根 — one of a measure word that
    is no unit of time (每年, 每季度 say when; 每隔 is an interval)."""
    if word.startswith("每") and len(word) > 1:
        return _counting_unit(word[1:].removeprefix("个"))
    return _one_base(word)


#: Verbs that say what an amount came to when the figure closes its clause (集装箱吞吐量完成
#: 2800万标准箱); before a noun after the figure they take it as their object (完成了3项实验).
AMOUNTED_TO = frozenset(word_list("完成 实现 完成了 实现了"))


def _amounted_to(text: str, tokens: list[Token], start: int) -> str | None:
    """The noun before 完成/实现 right before a figure that closes its clause: what the amount
    came to (集装箱吞吐量完成2800万标准箱 → 集装箱吞吐量)."""
    verb = tokens_before(tokens, start, 1)
    if not verb or verb[0].end != start or verb[0].word not in AMOUNTED_TO:
        return None
    return _subject_before(text, tokens, verb[0].start)[0]


def _base_before(text: str, tokens: list[Token], start: int, unit: str | None) -> str | None:
    """每瓶有100粒左右, 一根就是1万到2万元: with nothing else naming a figure that closes its
    clause, a rate's base right before it (past link words and adverbs) is its subject, as
    FACTS.md puts rates into the subject; one of a measure word (一根) only before a price (else
    it is an article: 一位60公斤、…的女性); not when a noun stands before the base (those rules
    name the noun)."""
    window = tokens_before(tokens, _strip_links(text, start), 4)
    while window and (window[-1].word in LINK_WORDS or _tag(window[-1].word) == "d"):
        window = window[:-1]
    if not window or not _base_alone(window[-1].word):
        return None
    if window[-1].word.startswith("一") and unit not in CURRENCIES:
        return None
    before = window[-2].word if len(window) > 1 and window[-2].end == window[-1].start else ""
    if before and _tag(before) in NOUN_TAGS - {"b"}:
        return None
    return window[-1].word


#: Rates written as words that are not 每…: per person, per household, per mu.
RATE_WORDS = frozenset(word_list("人均 户均 亩均 生均"))
#: At most this many rate words written one after another (每人每月).
MAX_RATE_WORDS = 3


@lexicon_memo
def _rate_word(word: str) -> bool:
    """每罐, 每个婴幼儿, 人均: a rate written as a word, kept in the subject (FACTS.md); jieba
    keeps 每人每年 whole and tags it a noun."""
    return (
        word in RATE_WORDS
        or (word.startswith("每") and len(word) > 1 and _tag(word) == "h")
        or _DOUBLE_RATE.fullmatch(word) is not None
        or (word.startswith("每") and word[1:] in UNITS)  # 每平方米, as jieba keeps it
        or _PER_SCALE.fullmatch(word) is not None  # 每10万人口, merged by _phrases_merged
    )


#: A rate per head and per time (每人每年, 每人每月, 每生每天) as jieba keeps it: one word.
_DOUBLE_RATE = pattern_cache.compile(r"每\p{Han}每\p{Han}")


def _priced_base(word: str, noun_before: str) -> bool:
    """奶粉一罐600元, 针灸一次4块钱: one of a measure word (not of time) right after the noun it
    prices is the base of a rate written as words, like 每罐 (an article after a verb is not:
    出售一批多达1100项)."""
    return (
        _one_base(word)
        and _HAN.match(noun_before) is not None
        and _tag(noun_before) in NOUN_TAGS - {"vn"}
    )


#: Units of a date or a clock time: glued to a figure they end it, never open a noun (21日共).
_DATE_UNITS = frozenset("年月日号时点分秒")


def _unit_of_figure(text: str, token: Token) -> bool:
    """Whether ``token`` is the measure word of an earlier figure (2毛钱到10块钱: 毛钱 is no
    subject of 10块钱), or opens with a date's or a clock time's unit (21 | 日共六天: jieba
    glued the 日 of a date to the next character), or is a school year's 学年 (2024/2025 | 学年).
    Digits ending a code (PM2.5 | 年均浓度, PM10 | 日均值) are no figure."""
    if token.start == 0 or text[token.start - 1] not in _NUMERAL_CHARS:
        return False
    code = _CODE_DIGITS_BACK.search(text, max(0, token.start - MAX_CODE_DIGITS), token.start)
    letter = text[code.start() - 1] if code is not None and code.start() > 0 else ""
    if letter.isascii() and letter.isalpha():
        return False
    return token.word in UNITS or token.word[0] in _DATE_UNITS or token.word.startswith("学年")


#: The digits (and a decimal point) right before a position, looked for this far back only (a
#: search from the paragraph's start would cost its length at every figure).
_CODE_DIGITS_BACK = pattern_cache.compile(r"[0-9.]+$")
MAX_CODE_DIGITS = 8


def _head_noun(kept: list[str], k: int) -> bool:
    """A noun heads the subject; so does a verbal noun after another noun (制造业投资) or before a
    direction word (投资增长) — alone (培育10家) it is the verb. A rate word next to the
    number (每个婴幼儿每月) is passed over."""
    while k < len(kept) - 1 and (_rate_word(kept[k]) or _priced_base(kept[k], kept[k + 1])):
        k += 1
        while k < len(kept) - 1 and kept[k] in DIRECTION_WORDS:
            k += 1  # 标准提升至人均290元: the noun before the direction of the rate
    tag = _tag(kept[k])
    if tag in NOUN_TAGS - {"vn"} or kept[k] in HEAD_CHARS:
        return True  # (村, 院: a head character jieba's dictionary tags nothing)
    nouns_before = any(_tag(w) in NOUN_TAGS - {"vn"} for w in kept[k + 1 :])
    return tag == "vn" and (k > 0 or nouns_before)


#: Adverbials between a subject and its figure: 连续7年稳定在, 第一次超过, 在2030年至少要达到,
#: a day (客运量17日为).
_ADVERBIAL_TAIL = pattern_cache.compile(
    r"(?:连续[0-9一二三四五六七八九十两]+(?:年|个月|天|次)|第一次|首次|再次|首度"
    r"|[在到于]?(?:19|20|１９|２０)[0-9０-９]{2}年(?:[0-9０-９]{1,2}月)?(?:底|末|前|以前)?"
    r"|至少|最多|普遍|一般|基本"
    r"|[由从](?:[0-9０-９]{2,4}|[〇零一二三四五六七八九十]{2,4})年(?:[0-9０-９]{1,2}月)?(?:底|末)?的?"
    r"|[由从](?:此前|之前|以前|原来|原先|过去|当时)的?"
    # a period named in words: 由年初的4.2%, 由前一报告期的4个, 从上年末的
    r"|[由从](?:前一|上一|上个?|去|今|本|同)?(?:年初|年底|年末|年|月初|月末|月底|月|季度末|季度|季"
    r"|报告期|周|期|年同期)(?:末|底|初)?的?"
    r"|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)"
    r"(?:将|要|会|已|已经|可)?(?:稳定在|保持在|达到|超过|突破|达|为|在)?\s*$"
)


def _strip_links(text: str, start: int) -> int:
    """Skip link words that jieba splits in two (降至, 维持在) and adverbials (连续7年, 首次,
    在2030年) before the number, and spaces."""
    for _ in range(4):
        before = start
        while start > 0 and text[start - 1] in " \u3000\u00a0":
            start -= 1
        if start > 0 and text[start - 1] in _LINK_LAST:
            m = _LINK_TAIL.search(text, max(0, start - 2 * MAX_LINK), start)
            start = m.start() if m else start
        m = _ADVERBIAL_TAIL.search(text, max(0, start - 12), start)
        if m:
            start = m.start()
        if start == before:
            break
    return start


# --- table cells --------------------------------------------------------------------------------
#
# A row of a table is a body paragraph whose cells are joined by CELL_SEPARATOR (see
# models.Table). A figure in a data cell counts what its headers name: its subject is the row
# header and the column header, the unit the column header's (增长（%）, 绝对额（亿元）), else
# the row header's, else the table's (单位：万元 in the caption or a header row). A bare figure
# (5.6, -3.2, 1,234) is a quantity only when a unit is found; its sign is kept (-3.2 under
# 增长（%） is -3.2).
# Figures written with their measure word (125家) are found as in prose and take the headers as
# subject. Header cells are read as prose.

#: Multipliers written before the unit in a header (（万元）, （百万美元）), longest first.
HEADER_MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(100),
}
#: Headers of columns that number or date the rows, not count anything (序号 1, 2, 3; 年份 2023).
INDEX_HEADERS = frozenset(word_list("序号 编号 排名 名次 排序 位次 年份 年度 代码 编码 邮编 电话"))
#: Words before a row label that only mark its place in the table (其中：制造业, #国有企业).
_ROW_MARK = pattern_cache.compile(
    r"^(?:其中\s*[:：]?|[#＃*＊]+|[0-9０-９]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*"
)
#: A unit note in a header or caption: （亿元）, (%), （单位：万元）, 单位：万吨, 增长%, 同比±%.
_header_unit = lazy_pattern(
    r"[（(]\s*(?:(?:计量)?单位\s*[:：]\s*)?(?P<paren>[^（）()]{1,10}?)\s*[)）]\s*$"
    r"|(?:计量)?单位\s*[:：]\s*(?P<note>[^\s，,。；;）)]{1,10})"
    r"|(?P<sign>[±+\-]?[%％‰])\s*$"
)
#: A bare figure in a cell: sign, digits, a multiplier, a per-cent sign; nothing else.
_cell_figure = lazy_pattern(
    rf"(?P<sign>[+\-−－])?\s*(?P<num>{ARABIC})\s*(?P<mult>万亿|亿|万)?\s*(?P<pct>[%％‰])?"
)
#: Headers that name a time (2024年, 1-5月, 一季度, 上年同期): they go before the row label in a
#: subject, as Chinese writes them (2024年粮食产量).
_period = lazy_pattern(
    r"^(?:(?:19|20)\d\d\s*年?度?)?\s*"
    r"(?:[1-4一二三四]\s*季度|前三季度|上半年|下半年|全年|年初|年末|年底|本月|当月|上月|本期|上期"
    r"|本年|上年|去年|今年|同期"
    r"|[0-9０-９一二三四五六七八九十]{1,2}\s*(?:[-—–~～至]\s*[0-9０-９一二三四五六七八九十]{1,2})?\s*月份?)*"
    r"\s*(?:累计|末|底|止|同期)?$"
)


def table_rows(tables: list[Table]) -> dict[int, tuple[Table, int]]:
    """Body paragraph index → (its table, its row index), for the rows of every table."""
    return {t.paragraph + r: (t, r) for t in tables for r in range(len(t.rows))}


def find_in_row(text: str, tokens: list[Token], table: Table, r: int) -> list[Found]:
    """The quantities of row ``r`` of ``table`` (the paragraph ``text``), in text order."""
    if CELL_SEPARATOR.join(table.rows[r]) != text:
        return find_quantities(text, tokens)  # not the row (a Doc built by hand): prose
    found: list[Found] = []
    start = 0
    for j, cell in enumerate(table.rows[r]):
        end = start + len(cell)
        if cell:
            found.extend(_in_cell(text, tokens, table, r, j, start, end))
        start = end + len(CELL_SEPARATOR)
    return found


def _in_cell(
    text: str, tokens: list[Token], table: Table, r: int, j: int, start: int, end: int
) -> list[Found]:
    cell = text[start:end]
    is_header = r < table.header_rows or j < table.header_columns
    subject, unit = (None, None) if is_header else _headers(table, r, j)
    bare = _cell_figure().fullmatch(cell)
    if bare and not is_header:
        q = _bare_figure(bare, unit, start)
        if q is None or _header_of(table, j) in INDEX_HEADERS:
            return []
        q.subject = subject
        return [q]
    inner = [
        Token(t.word, t.pos, t.start - start, t.end - start)
        for t in tokens_between(tokens, start, end)
        if t.end <= end
    ]
    found = find_quantities(cell, inner)
    for q in found:
        q.start, q.end, q.number_start = q.start + start, q.end + start, q.number_start + start
        if q.subject_end is not None:
            q.subject_end += start
        if subject:
            q.subject, q.subject_end = subject, None
    return found


@dataclass(frozen=True)
class _Unit:
    unit: str | None
    multiplier: Decimal = Decimal(1)
    text: str | None = None  # as written, without the multiplier (元/吨, 块钱, ％)


def _bare_figure(m: regex.Match[str], unit: _Unit | None, offset: int) -> Found | None:
    """A cell that is only a figure: a quantity with the unit of its headers, or none."""
    if m.group("pct"):
        unit = _Unit(UNITS[m.group("pct")], text=m.group("pct"))
    if unit is None or unit.unit is None:
        return None
    value = parse_numeral(m.group("num") + (m.group("mult") or ""))
    if value is None:
        return None
    if m.group("sign") and m.group("sign") != "+":
        value = -value
    return Found(
        start=offset,
        end=offset + m.end(),
        number_start=offset + m.start("num"),
        value=value * unit.multiplier,
        unit=unit.unit,
        qualifier="exact",
        multiplier=m.group("mult"),
        chinese=False,
        rule="quantity.table_cell",
        unit_text=unit.text or unit.unit,
    )


def _headers(table: Table, r: int, j: int) -> tuple[str | None, _Unit | None]:
    """The subject and the unit that the headers give the cell at row ``r``, column ``j``."""
    column = _column_labels(table, j)
    row = _row_labels(table, r)
    unit = next(
        (u for u in map(_unit_of, [*reversed(column), *reversed(row)]) if u is not None),
        None,
    ) or _table_unit(table)
    labels = [_label(x) for x in [*row, *column]]
    periods = [x for x in labels if x and _period().fullmatch(x)]
    names = [x for x in labels if x and not _period().fullmatch(x)]
    subject = _joined([*dict.fromkeys([*periods, *names])])
    return subject or None, unit


def _column_labels(table: Table, j: int) -> list[str]:
    """The header cells above column ``j``, top first. A slot left empty in an upper header row
    is taken by the cell on its left (a colspan: 5月份 over 绝对额 and 增长); in the lowest header
    row it is the lower part of a rowspan, whose text is already above."""
    labels: list[str] = []
    for h in range(table.header_rows):
        cells = table.rows[h]
        k = j
        while h < table.header_rows - 1 and k > table.header_columns and not cells[k]:
            k -= 1
        if cells[k] and cells[k] not in labels:
            labels.append(cells[k])
    return labels


def _row_labels(table: Table, r: int) -> list[str]:
    """The header cells left of row ``r``; an empty one in an outer header column is a rowspan,
    taken from above."""
    labels: list[str] = []
    for c in range(table.header_columns):
        k = r
        while c < table.header_columns - 1 and k > table.header_rows and not table.rows[k][c]:
            k -= 1
        if table.rows[k][c]:
            labels.append(table.rows[k][c])
    return labels


def _header_of(table: Table, j: int) -> str | None:
    """The lowest header cell above column ``j``, without its unit."""
    labels = _column_labels(table, j)
    return _label(labels[-1]) if labels else None


def _label(header: str) -> str:
    """A header cell as a part of a subject: without its unit note and row marks."""
    m = _header_unit().search(header)
    if m and _unit_of(header) is not None:
        header = header[: m.start()]
    label: str = _ROW_MARK.sub("", header)
    return label.strip(" ：:")


def _joined(parts: list[str]) -> str:
    """Header parts joined as Chinese writes a noun phrase: no space, except between two Latin
    letters or digits (GDP Growth)."""
    out = ""
    for part in parts:
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and part[0].isascii()
            and part[0].isalnum()
        ):
            out += " "
        out += part
    return out


def _table_unit(table: Table) -> _Unit | None:
    """A unit note for the whole table: in its caption or a header row (单位：万元)."""
    notes = [table.caption or ""] + [c for row in table.rows[: table.header_rows] for c in row]
    for note in notes:
        m = _header_unit().search(note)
        if m and m.group("note"):
            return _parse_unit(m.group("note"))
    return None


def _unit_of(header: str) -> _Unit | None:
    m = _header_unit().search(header)
    if m is None:
        return None
    if m.group("sign"):
        return _Unit(UNITS[m.group("sign")[-1]], text=m.group("sign")[-1])
    return _parse_unit(m.group("paren") or m.group("note"))


def _parse_unit(text: str) -> _Unit | None:
    """（亿元） → 10^8 元, （%） → %, （元/吨） → 元/吨 (a compound unit, as in prose),
    （万人次） → 10^4 人次, （毛钱） → 0.1 元; an unknown unit → ``None``."""
    text = text.strip()
    unit, slash, per = text.partition("/")
    if slash and not per:
        return None
    unit = unit.lstrip("±+-")
    multiplier = Decimal(1)
    if unit not in UNITS:
        prefix = next((p for p in HEADER_MULTIPLIERS if unit.startswith(p)), None)
        if prefix is None:
            return None
        multiplier, unit = HEADER_MULTIPLIERS[prefix], unit[len(prefix) :]
    if unit not in UNITS:
        return None
    if unit in CURRENCY_FACTORS:
        multiplier *= CURRENCY_FACTORS[unit][1]
    per = f"/{per.strip()}" if per else ""
    return _Unit(UNITS[unit] + per, multiplier, unit + per)
