"""Chinese numerals → int, exactly as cn2an 0.5.24's ``cn2an(text, "smart")`` reads them.

Only the characters :data:`policyextract.facts.numbers.CHINESE` admits reach this module
(一…九 两 〇 零 十 百 千 万 亿: no 点, no 负, no Arabic digit, no 壹/拾 forms); on those it answers
what cn2an answers, and ``None`` where cn2an raises. cn2an is not imported: its import compiles
large regexes (and its dependency ``proces`` a city-name one) and cost ~100 ms of CPU on every
cold start, more than all numerals of a page. ``tests/test_numerals.py`` checks this module
against cn2an on a generated table of every form and every string of up to three characters
(when it was written, every string of up to six characters of this alphabet, 25.6 million, and
3 million random and mutated ones of up to twenty matched as well); cn2an is a test dependency only.

cn2an's steps (``Cn2An.cn2an`` in its ``cn2an/cn2an.py``), which :func:`chinese_to_int` follows
one by one:

1. 零十 → 零一十, 零百 → 零一百;
2. the forms its own converter writes, read back: 万零X千 → 万X千, then a 零 inserted in 万X十 /
   万X百 / 亿X十 / 亿X百, in 千X十 / 千十, a 一 in 百十, and 零十 → 零一十 again;
3. a string of the strict grammar (:func:`_grammatical`, the regex cn2an builds) is read by
   place value (:func:`_place_value`);
4. else a string of digits only is read digit by digit (二〇二五 → 2025);
5. else the "speaking" form (一万二, 三千五, 十三万六): unit groups with at most two digits each,
   then one digit, which takes the unit one below the last (一万二 → 一万二千); a last unit of
   十 or 亿 has none below it in cn2an's table, and the string is refused;
6. else refused.

cn2an's quirks on strings no writer means are kept, so that records stay what they were: digits
before one unit add up (一二万三 → 33000), and 〇 is no 零 to the rewrites 零十 → 零一十 and
万零X千 → 万X千 (二千零十 → 2010, but 二千〇十 is refused).

>>> [chinese_to_int(s) for s in ["三千二百", "两万", "一亿零五百万", "二〇二五", "一万二", "十"]]
[3200, 20000, 105000000, 2025, 12000, 10]
>>> [chinese_to_int(s) for s in ["十四五", "一十二十", "十二三", "千", ""]]
[None, None, None, None, None]
"""

from __future__ import annotations

#: Digit characters and their values (cn2an's NUMBER_CN2AN on our alphabet).
DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
#: Unit characters and their values (cn2an's UNIT_CN2AN on our alphabet).
UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
#: The unit one below a speaking form's last unit (cn2an's UNIT_LOW_AN2CN[unit // 10]).
_UNIT_BELOW = {"百": "十", "千": "百", "万": "千"}


def chinese_to_int(text: str) -> int | None:
    """The value cn2an's smart mode gives ``text``, or ``None`` where it raises (or where
    ``text`` has a character outside :data:`DIGITS` and :data:`UNITS`)."""
    if not text or any(c not in DIGITS and c not in UNITS for c in text):
        return None
    s = _normalize(text.replace("零十", "零一十").replace("零百", "零一百"))
    if _grammatical(s):
        return _place_value(s)
    if all(c in DIGITS for c in s):
        return int("".join(str(DIGITS[c]) for c in s))
    if len(s) >= 3 and _speaking(s):
        below = _UNIT_BELOW.get(s[-2])
        return None if below is None else _place_value(s + below)
    return None


def _normalize(s: str) -> str:
    """cn2an's ``__normalize_integer_data``: four substitutions, each over the whole string left
    to right without overlaps (as ``re.sub`` does; D is any digit, 零 and 〇 included), then
    零十 → 零一十. A helper runs only where its pattern can match."""
    if "万零" in s:
        s = _sub_wan_zero(s)
    if ("万" in s or "亿" in s) and ("十" in s or "百" in s):
        s = _sub_big_unit(s)
    if "千" in s and "十" in s:
        s = _sub_thousand(s)
    return s.replace("百十", "百一十").replace("零十", "零一十")


def _sub_wan_zero(s: str) -> str:
    """``(万)零(?=D千)`` → 万 (the lookahead consumes nothing)."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        out.append(s[i])
        skip = s[i] == "万" and s[i + 1 : i + 2] == "零" and s[i + 2 : i + 3] in DIGITS
        i += 2 if skip and s[i + 3 : i + 4] == "千" else 1
    return "".join(out)


def _sub_big_unit(s: str) -> str:
    """``([万亿])(D[十百])`` → \\1零\\2."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if s[i] in "万亿" and i + 2 < n and s[i + 1] in DIGITS and s[i + 2] in "十百":
            out.append(s[i] + "零" + s[i + 1 : i + 3])
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _sub_thousand(s: str) -> str:
    """``(千)(D?十)`` → 千零\\2."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if s[i] == "千" and i + 2 < n and s[i + 1] in DIGITS and s[i + 2] == "十":
            out.append("千零" + s[i + 1 : i + 3])
            i += 3
        elif s[i] == "千" and s[i + 1 : i + 2] == "十":
            out.append("千零十")
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _speaking(s: str) -> bool:
    """``^([D]{0,2}[U])+[D]$``: unit groups of at most two digits each, then one digit."""
    if s[-1] not in DIGITS or s[-2] not in UNITS:
        return False
    run = 0
    for c in s[:-1]:
        run = run + 1 if c in DIGITS else 0
        if run > 2:
            return False
    return True


def _place_value(s: str) -> int:
    """cn2an's ``__integer_convert``, from the last character back: a digit adds itself times the
    current unit; 万 and 亿 raise the section unit (万亿 multiplies); a leading unit counts one."""
    total, unit, section = 0, 1, 1
    last = len(s) - 1
    for index, c in enumerate(reversed(s)):
        if c in DIGITS:
            total += DIGITS[c] * unit
            continue
        unit = UNITS[c]
        if unit % 10000 == 0:
            if unit > section:
                section = unit
            else:
                section = unit * section
                unit = section
        if unit < section:
            unit = unit * section
        if index == last:
            total += unit
    return total


# The strict grammar of cn2an's ``__get_pattern`` (a regex nested eight deep), as functions named
# after its parts. 亿 and 万 each occur at most once in a number of it, and once in each part of
# it that holds one, so a part splits there without search.

_ZERO = "零〇"
_NONZERO = "一二两三四五六七八九"


def _grammatical(s: str) -> bool:
    """Whether the whole of ``s`` is an integer of cn2an's strict grammar (一千零五, 三万亿):
    ``零 | _1_99999999 亿 (零 _1_99999999 | _10000_99999999)? | _1_99999999``."""
    if s in _ZERO:
        return len(s) == 1
    head, yi, tail = s.partition("亿")
    if not yi:
        return _1_99999999(s)
    return _1_99999999(head) and (
        not tail or (tail[0] in _ZERO and _1_99999999(tail[1:])) or _10000_99999999(tail)
    )


def _1_99999999(s: str) -> bool:
    return _10000_99999999(s) if "万" in s else _1_9999(s)


def _10000_99999999(s: str) -> bool:
    """``_1_9999 万 (零 _1_999 | _1000_9999)?``."""
    head, wan, tail = s.partition("万")
    return (
        bool(wan)
        and _1_9999(head)
        and (not tail or (tail[0] in _ZERO and _1_999(tail[1:])) or _1000_9999(tail))
    )


def _1_9999(s: str) -> bool:
    return _1000_9999(s) or _1_999(s)


def _1000_9999(s: str) -> bool:
    """``一…九 千 (零 _1_99 | _100_999)?``."""
    if len(s) < 2 or s[0] not in _NONZERO or s[1] != "千":
        return False
    tail = s[2:]
    return not tail or (tail[0] in _ZERO and _1_99(tail[1:])) or _100_999(tail)


def _1_999(s: str) -> bool:
    return _100_999(s) or _1_99(s)


def _100_999(s: str) -> bool:
    """``一…九 百 (零 一…九 | 一…九 十 一…九?)?``."""
    if len(s) < 2 or s[0] not in _NONZERO or s[1] != "百":
        return False
    tail = s[2:]
    if len(tail) == 2 and tail[0] in _ZERO:
        return tail[1] in _NONZERO
    return not tail or (tail[0] in _NONZERO and _1_99(tail) and len(tail) >= 2)


def _1_99(s: str) -> bool:
    """``一…九? 十 一…九? | 一…九``."""
    if len(s) == 1:
        return s in _NONZERO or s == "十"
    if s[:1] in _NONZERO and s[1:2] == "十":  # 二十, 二十五
        s = s[1:]
    return s[:1] == "十" and (len(s) == 1 or (len(s) == 2 and s[1] in _NONZERO))
