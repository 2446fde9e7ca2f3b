"""Chinese numerals (facts/chinese_numerals.py): our parser against cn2an on a generated table.

cn2an read every Chinese numeral until issue 13; its import cost more CPU than a page's numerals,
and it is now a test dependency only (the ``test`` extra). The table holds every form we accept —
all numbers below 10,000 written out, numbers with 万, 亿 and 万亿 sections and zeros between
them, each in its variants (两, 〇, 一十, a dropped 零, the spoken 一万二), four-digit years —
then every string of up to three numeral characters and seeded random strings of up to twelve,
which are mostly malformed. Every entry must get cn2an's answer (or ``None`` where cn2an raises),
and ``parse_numeral`` must answer what it answered with cn2an. Rows checked by hand come first and
run without cn2an.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from decimal import Decimal
from functools import cache

import pytest

from policyextract.facts import numbers
from policyextract.facts.chinese_numerals import DIGITS, UNITS, chinese_to_int
from policyextract.facts.numbers import parse_numeral

ALPHABET = "".join(DIGITS) + "".join(UNITS)
LOWER = "零一二三四五六七八九"

# (numeral, value worked out by hand)
BY_HAND = [
    ("零", 0),
    ("〇", 0),
    ("两", 2),
    ("十", 10),
    ("十二", 12),
    ("一十二", 12),
    ("二十", 20),
    ("两十三", 23),
    ("一百零五", 105),
    ("一百一十", 110),
    ("一百十", 110),  # 百十 → 百一十
    ("两百五", 250),  # spoken: 五 takes the unit below 百
    ("三千二百", 3200),
    ("两千三", 2300),
    ("三千五", 3500),
    ("一千零一十", 1010),
    ("一千零十", 1010),
    ("一千十", 1010),  # 千十 → 千零十
    ("二〇二五", 2025),  # digit by digit
    ("一九九八", 1998),
    ("两万", 20000),
    ("一万二", 12000),
    ("一万二十", 10020),  # 万二十 → 万零二十
    ("一万五百", 10500),
    ("一万零五百", 10500),
    ("十万零一千", 101000),  # 万零一千 → 万一千
    ("十三万六", 136000),
    ("一百二十五万三", 1253000),
    ("三千五百万", 35000000),
    ("一亿零五百万", 105000000),
    ("二十一万三千七百亿", 21370000000000),
    ("三万亿", 3000000000000),
    ("一万亿零五", 1000000000005),
    # cn2an's quirks, kept: digits before one unit add up, a trailing 零 takes the unit below
    ("一二万三", 33000),
    ("两千零", 2000),
    ("零五", 5),
]

# Refused (None): no number, or a form cn2an refuses.
# 一亿二 too: cn2an's table has no unit below 亿 for the spoken form (nor below 十: 二二十三).
REFUSED = ["", "万", "千", "亿", "十十", "一亿亿", "一万万", "十四五", "十二三", "一十二十",
           "两三十", "三百四五", "十几", "二千〇十", "二二十三", "一亿二"]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), BY_HAND)
def test_by_hand(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    assert chinese_to_int(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("百", 100), ("千万", 10**7), ("百亿", 10**10), ("万亿", 10**12), ("十五", 15),
     ("二〇二五", 2025), ("一二三四", 1234), ("两三", None), ("一一", None), ("一二万三", 33000)],
)  # fmt: skip
def test_parse_numeral_by_hand(text: str, value: int | None) -> None:
    """Through parse_numeral: a leading 一 is supplied before 百/千/万; a numeral with no unit
    is read only as one digit or a four-digit year."""
    assert parse_numeral(text) == (None if value is None else Decimal(value))


# --- the generated table ---------------------------------------------------------------------


def section(n: int) -> str:
    """1 ≤ n ≤ 9999 written out: 三千零五, 一百一十, 十二 stays 一十二 (the caller drops 一)."""
    out, zero = [], False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(LOWER[digit] + unit)
    return "".join(out)


def written(n: int) -> str:
    """``n`` (below 10^16) as it is written: 一亿零五百万, 十万一千, 三万亿, 十二."""
    if n == 0:
        return "零"
    text = _below(n, 10**8, "亿", lambda m: _below(m, 10**4, "万", section))
    return text[1:] if text.startswith("一十") else text


def _below(n: int, size: int, unit: str, write: Callable[[int], str]) -> str:
    """``n`` as ``write(n // size) + unit`` and the rest, with 零 where the rest's first place
    is empty (一万零五十, 一亿零五百万)."""
    head, rest = divmod(n, size)
    if not head:
        return write(rest)
    text = write(head) + unit
    if rest:
        text += ("零" if rest < size // 10 else "") + write(rest)
    return text


def variants(text: str) -> set[str]:
    """``text`` and the ways pages write it otherwise: 两 for 二, 〇 for 零, 一十 for a leading
    十, a 零 left out or put before thousands (十万零一千), and the spoken form without the last
    unit (一万二千 → 一万二)."""
    found = {text, text.replace("二", "两"), text.replace("零", "〇"), text.replace("零", "")}
    for at, c in enumerate(text[:-2]):
        if c in "万亿" and text[at + 1] in DIGITS and text[at + 2] == "千":
            found.add(text[: at + 1] + "零" + text[at + 1 :])
    if text.startswith("十"):
        found.add("一" + text)
    if text.startswith("二") and len(text) > 1 and text[1] in UNITS:
        found.add("两" + text[1:])
    if len(text) >= 3 and text[-1] in "十百千万" and text[-2] in DIGITS and text[-3] in UNITS:
        found.add(text[:-1])
    return found


def number_sample() -> list[int]:
    """Every number below 10,000; then sections with zeros between them up to 万亿."""
    small = list(range(10000))
    parts = [0, 1, 2, 5, 10, 11, 20, 99, 100, 101, 110, 305, 500, 1000, 1001, 1010, 2000, 2020,
             3050, 9999]  # fmt: skip
    found = set(small)
    for a, b in itertools.product(parts, repeat=2):
        found.update((a * 10**4 + b, a * 10**8 + b, a * 10**12 + b, a * 10**8 + b * 10**4))
    for a, b, c in itertools.product(parts[::3], repeat=3):
        found.update((a * 10**8 + b * 10**4 + c, a * 10**12 + b * 10**8 + c * 10**4))
    return sorted(found)


@cache
def table() -> list[str]:
    """Every numeral form we accept, then malformed strings (see the module docstring)."""
    forms: set[str] = set()
    for n in number_sample():
        forms |= variants(written(n))
    for year in range(1949, 2101):  # years digit by digit: 二〇二五, 二零二五
        digits = "".join(LOWER[int(d)] for d in str(year))
        forms |= {digits, digits.replace("零", "〇")}
    for size in (1, 2, 3):
        forms.update("".join(t) for t in itertools.product(ALPHABET, repeat=size))
    rng = random.Random(13)
    for _ in range(2500):
        forms.add("".join(rng.choices(ALPHABET, k=rng.randint(4, 12))))
    return sorted(forms)


def test_the_table_holds_every_form() -> None:
    rows = set(table())
    assert len(rows) > 20000
    assert {"一亿零五百万", "十万零一千", "一万二", "两千三", "一十二", "二〇二五", "三万亿",
            "一万亿零五", "两百五", "一千十"} <= rows  # fmt: skip
    assert all(written(n) in rows for n in number_sample())


def test_written_forms_are_read_back() -> None:
    """The writer is right: cn2an's grammar reads each written number back to itself."""
    bad = [(n, written(n)) for n in number_sample() if chinese_to_int(written(n)) != n]
    assert bad == []


#: Forms that reach cn2an only through parse_numeral, which supplies their 一 (百亿 → 一百亿).
LEADING_ONE = ["百", "千", "万", "百万", "千万", "百亿", "千亿", "万亿", "百万亿"]


def with_one(text: str) -> str:
    """``text`` with the 一 parse_numeral supplies before 百/千/万 followed by 万/亿 only."""
    leading = text[:1] and text[0] in "百千万" and all(c in "万亿" for c in text[1:])
    return "一" + text if leading else text


@cache
def cn2an_answers() -> dict[str, Decimal | None]:
    """cn2an's answer to every entry of the table, and to it with the 一 parse_numeral supplies, as
    facts/numbers.py made it a value before issue 13 (``None`` where cn2an raised)."""
    cn2an = pytest.importorskip("cn2an", reason="cn2an is not installed (extra [test])")
    answers: dict[str, Decimal | None] = {}
    for text in set(table()) | {with_one(text) for text in table() + LEADING_ONE}:
        try:
            answers[text] = Decimal(str(cn2an.cn2an(text, "smart")))
        except (ValueError, KeyError, IndexError, TypeError):
            answers[text] = None
    return answers


def test_every_form_matches_cn2an() -> None:
    answers = cn2an_answers()
    mismatches = []
    for text in table():
        ours, theirs = chinese_to_int(text), answers[text]
        if str(None if ours is None else Decimal(ours)) != str(theirs):
            mismatches.append((text, ours, theirs))
    assert mismatches == []


def old_parse_numeral(text: str) -> Decimal | None:
    """parse_numeral's Chinese path before issue 13, on cn2an's answers; ``None`` for a string
    that is no Chinese numeral (the alphabet has no Arabic digit)."""
    text = with_one(text)
    if not numbers.is_chinese_numeral(text):
        return None  # never reached cn2an
    # Issue 10 (batch 8): a digit-by-digit figure with a written zero (一八〇) is read so, as
    # cn2an reads it; before, only one digit or a four-digit year was.
    written_zero = "〇" in text and text[0] not in "〇零"
    if not any(c in "十百千万亿" for c in text) and len(text) not in (1, 4) and not written_zero:
        return None
    return cn2an_answers()[text]


def test_parse_numeral_matches_its_cn2an_path() -> None:
    """parse_numeral on the table and on the forms with the 一 left out (百亿, 千万) answers what it
    answered with cn2an."""
    cn2an_answers()
    mismatches = []
    for text in table() + LEADING_ONE:
        ours, theirs = parse_numeral(text), old_parse_numeral(text)
        if str(ours) != str(theirs):
            mismatches.append((text, ours, theirs))
    assert mismatches == []
