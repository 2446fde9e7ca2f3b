"""Numerals: find them in raw text and normalise them exactly (12.2万 → 122000, 十五 → 15).

Values are :class:`~decimal.Decimal` inside, so that 14.8 stays 14.8; :func:`json_number` turns
them into a JSON number at the edge. Arabic numerals (ASCII or full-width, with thousands
separators) are parsed here; Chinese numerals by :mod:`.chinese_numerals`, our own parser, which
reads them as cn2an did (checked against cn2an on a generated table of every form we accept), on
the isolated numeral only — never on a sentence, where 下一步 holds no numeral.

>>> parse_numeral("12.2万"), parse_numeral("1.5亿"), parse_numeral("21.37万亿")
(Decimal('122000.0'), Decimal('150000000.0'), Decimal('21370000000000.00'))
>>> parse_numeral("12，345，678"), parse_numeral("十五"), parse_numeral("二〇二五")
(Decimal('12345678'), Decimal('15'), Decimal('2025'))
>>> [json_number(parse_numeral(s)) for s in ["14.8", "12.2万", "两", "一百二十"]]
[14.8, 122000, 2, 120]
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .. import pattern_cache
from .chinese_numerals import chinese_to_int

#: Full-width digits and punctuation that appear inside numbers on Chinese pages.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

#: Arabic digits (ASCII or full-width).
DIGIT = "[0-9０-９]"

#: An Arabic numeral: thousands groups (12,345 or 12，345，678) or plain, with an optional decimal
#: part. Groups must be exactly three digits, so 9日，10日 is never read as one number.
ARABIC = rf"{DIGIT}{{1,3}}(?:[,，]{DIGIT}{{3}})+(?:[.．]{DIGIT}+)?|{DIGIT}+(?:[.．]{DIGIT}+)?"

#: Chinese numeral characters; a numeral starts with a digit word (not 百/千/万/亿, which alone are
#: "many" in idioms: 百年一遇, 千山万水, 万企).
CN_FIRST = "一二两三四五六七八九十〇零廿卅"
#: ○ (a white circle) is the zero Taiwan's wire copy writes in digit-by-digit figures (一八○件).
CN_ALL = CN_FIRST + "百千万亿○"
CHINESE = rf"[{CN_FIRST}][{CN_ALL}]*"

#: Multipliers written after an Arabic numeral (12.2万, 456亿, 21.37万亿), longest first. 千/百/十
#: are left out: 3千米 is 3 km, not 3000 米.
MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
}

_MULTIPLIER_SUFFIX = pattern_cache.compile("(" + "|".join(MULTIPLIERS) + ")$")
_ARABIC_ONLY = pattern_cache.compile(rf"(?:{ARABIC})$")
_CHINESE_ONLY = pattern_cache.compile(rf"{CHINESE}$")
#: Characters that give a place value; a numeral without one is read digit by digit.
_POSITIONAL = frozenset("十百千万亿廿卅")
#: 廿 and 卅, twenty and thirty in one character (五百廿一万, 百分之廿五: Taiwan and Hong Kong
#: pages, dates of old texts), are read as 二十 and 三十.
_TENS = str.maketrans({"廿": "二十", "卅": "三十"})


@lru_cache(maxsize=4096)
def parse_numeral(text: str) -> Decimal | None:
    """The value of one isolated numeral (Arabic, Chinese or mixed), or ``None`` (cached: a
    Decimal is immutable, and a page's figures repeat).

    >>> parse_numeral("456亿"), parse_numeral("两万"), parse_numeral("三"), parse_numeral("下一步")
    (Decimal('45600000000'), Decimal('20000'), Decimal('3'), None)
    >>> parse_numeral("百"), parse_numeral("百亿"), parse_numeral("亿"), parse_numeral("十四五")
    (Decimal('100'), Decimal('10000000000'), None, None)
    """
    text = text.strip()
    if not text:
        return None
    if text[0] in "百千万" and all(c in "万亿" for c in text[1:]):
        text = "一" + text  # 百余家, 千余人, 超百亿元: the 一 is left out
    if _CHINESE_ONLY.match(text):
        return _parse_chinese(text)
    multiplier = Decimal(1)
    suffix = _MULTIPLIER_SUFFIX.search(text)
    if suffix and not _CHINESE_ONLY.match(text):
        multiplier = MULTIPLIERS[suffix.group(1)]
        text = text[: suffix.start()]
    if not _ARABIC_ONLY.match(text):
        return None
    try:
        return Decimal(text.translate(_HALF_WIDTH).replace(",", "")) * multiplier
    except InvalidOperation:
        return None


@lru_cache(maxsize=4096)
def _parse_chinese(text: str) -> Decimal | None:
    """A Chinese numeral (cached: the same few numerals recur on every page).

    Digit-by-digit forms are accepted only as a single digit, a four-digit year (二〇二五) or a
    figure with a written zero digit (一八〇, 一五○: the zero says the digits are digits); read
    digit by digit, 两三 (two or three) would be 23 and 一一 (one by one) 11.

    >>> _parse_chinese("两三"), _parse_chinese("一一"), _parse_chinese("一百零五")
    (None, None, Decimal('105'))
    >>> _parse_chinese("一八○"), _parse_chinese("二〇")
    (Decimal('180'), Decimal('20'))
    >>> _parse_chinese("五百廿一万"), _parse_chinese("廿五"), _parse_chinese("卅")
    (Decimal('5210000'), Decimal('25'), Decimal('30'))
    """
    text = text.replace("○", "〇")
    digit_by_digit = "〇" in text and text[0] not in "〇零"  # 一八〇; not 〇〇, 〇五
    if len(text) not in (1, 4) and not any(c in _POSITIONAL for c in text) and not digit_by_digit:
        return None  # 两三 (two or three), 一一 (one by one)
    value = chinese_to_int(text.translate(_TENS))
    return None if value is None else Decimal(value)


#: Beyond this magnitude a figure is no amount an article states (the world's GDP is ~10^14 元)
#: but a run of digits; it would also overflow int64 columns and Python's int-to-text limit.
MAX_MAGNITUDE = Decimal(10) ** 18


def json_number(value: Decimal) -> int | float | None:
    """A Decimal as a JSON number: ``int`` when integral, else the float of its decimal string;
    ``None`` for a value that is not finite or beyond :data:`MAX_MAGNITUDE`.

    >>> json_number(Decimal("122000.0")), json_number(Decimal("14.8")), json_number(Decimal("0.30"))
    (122000, 14.8, 0.3)
    >>> json_number(Decimal("9" * 30)) is None
    True
    """
    if not value.is_finite() or abs(value) >= MAX_MAGNITUDE:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(str(value.normalize()))


def is_chinese_numeral(text: str) -> bool:
    """``True`` for a numeral written in Chinese characters (两, 十五, 二〇二五)."""
    return bool(_CHINESE_ONLY.match(text))
