"""Numeral parsing and token-boundary helpers (facts/numbers.py, facts/spans.py)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from policyextract.facts.numbers import is_chinese_numeral, json_number, parse_numeral
from policyextract.facts.spans import crosses_word, inside_word, token_at, word_tag
from policyextract.models import Token
from policyextract.segmentation import segment_text

# (numeral as written, exact value) — forms from FACTS.md, the issue and the realworld bodies.
NUMERALS = [
    ("3", Decimal(3)),
    ("12.2万", Decimal(122000)),
    ("1.5亿", Decimal(150000000)),
    ("456亿", Decimal(45600000000)),
    ("21.37万亿", Decimal(21370000000000)),
    ("0.55万", Decimal(5500)),
    ("12，345，678", Decimal(12345678)),
    ("12,345", Decimal(12345)),
    ("１２．５", Decimal("12.5")),
    ("14.8", Decimal("14.8")),
    ("33979.33", Decimal("33979.33")),
    ("两", Decimal(2)),
    ("三", Decimal(3)),
    ("十", Decimal(10)),
    ("十五", Decimal(15)),
    ("一百二十", Decimal(120)),
    ("一百零五", Decimal(105)),
    ("两万", Decimal(20000)),
    ("三千五百万", Decimal(35000000)),
    ("二〇二五", Decimal(2025)),
    ("百", Decimal(100)),  # 百余家: the 一 is left out before 余/多
]


@pytest.mark.parametrize(("text", "value"), NUMERALS)
def test_parse_numeral(text: str, value: Decimal) -> None:
    assert parse_numeral(text) == value


# Not one numeral: read digit by digit, 两三 (two or three) would be 23 and 一一 (one by one) 11.
@pytest.mark.parametrize(
    "text", ["", "下一步", "两三", "一一", "十几", "十四五", "12.2万家", "3-5"]
)
def test_parse_numeral_rejects(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("14.8"), "14.8"),
        (Decimal("122000.0"), "122000"),
        (Decimal("0.30"), "0.3"),
        (Decimal("21370000000000.00"), "21370000000000"),
        (Decimal("0.07"), "0.07"),
        (Decimal("1056.2") * Decimal(10) ** 8, "105620000000"),
    ],
)
def test_json_number_is_exact(value: Decimal, expected: str) -> None:
    assert json.dumps(json_number(value)) == expected


def test_json_number_types() -> None:
    assert isinstance(json_number(Decimal("3.0")), int)
    assert isinstance(json_number(Decimal("3.5")), float)


@pytest.mark.parametrize(("text", "chinese"), [("十五", True), ("两", True), ("15", False)])
def test_is_chinese_numeral(text: str, chinese: bool) -> None:
    assert is_chinese_numeral(text) is chinese


TOKENS = [Token("统一", "", 0, 2), Token("两位数", "", 2, 5), Token("3", "", 5, 6)]


@pytest.mark.parametrize(
    ("start", "end", "crosses"),
    [(0, 2, False), (1, 2, True), (2, 4, True), (2, 5, False), (5, 6, False), (0, 6, False)],
)
def test_crosses_word(start: int, end: int, crosses: bool) -> None:
    assert crosses_word(TOKENS, start, end) is crosses


def test_token_at_and_inside_word() -> None:
    assert token_at(TOKENS, 3) == 1
    assert token_at(TOKENS, 6) == -1
    assert inside_word(TOKENS, 3)
    assert not inside_word(TOKENS, 2)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("我们坚持统一领导", "一"), ("实现两位数增长", "两位"), ("下一步将继续", "一")],
)
def test_numeral_inside_a_jieba_word(sentence: str, word: str) -> None:
    """With real jieba tokens 一 of 统一, 两位 of 两位数 and 一 of 下一步 (下/一步) cut a word."""
    tokens = segment_text(sentence)
    start = sentence.index(word)
    assert crosses_word(tokens, start, start + len(word))


def test_numeral_on_word_boundaries() -> None:
    sentence = "形成两个集群"
    tokens = segment_text(sentence)
    assert not crosses_word(tokens, 2, 4)  # 两个


def test_word_tag_is_a_dictionary_lookup() -> None:
    segment_text("企业")  # loads jieba
    assert word_tag("企业").startswith("n")
    assert word_tag("形成") == "v"
    assert word_tag("3") == ""
