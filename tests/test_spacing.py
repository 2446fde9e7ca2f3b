"""Character-spaced paragraphs (a site that puts a space between every two characters): matched
without the spaces, every fact written back with them (policyextract.spacing). The sentences
are written by hand in the style of such pages; the figures are read off them by eye."""

from __future__ import annotations

from typing import Any

import pytest

from policyextract import extract
from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment
from policyextract.spacing import is_spaced, unspaced


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("九 龍 區 發 生 三 宗 爆 竊 案 。", True),
        ("公 司 表 示 ， 去 年 盈 利 為 8.13 億 元 。", True),
        ("記者 許雪毅 王橙澄", False),  # a byline spaced between names
        ("全市新增企业103 家，同比增长5 %。", False),
        ("港 鐵", False),  # too few characters to tell
        ("Gunter Schumann said so", False),
    ],
)
def test_spaced_paragraphs_are_told_from_spaced_words(text: str, spaced: bool) -> None:
    assert is_spaced(text) is spaced


def test_unspaced_keeps_latin_word_spaces_and_maps_every_character() -> None:
    text = "由 Gunter Schumann 說 ， 約 3 個 月"
    matched, positions = unspaced(text)
    assert matched == "由Gunter Schumann說，約3個月"
    assert len(positions) == len(matched)
    assert all(text[at] == ch for at, ch in zip(positions, matched, strict=True))


def facts(paragraph: str, kind: str, language: str = "zh-Hant") -> list[dict[str, Any]]:
    metadata = Metadata(published="2012-01-12", language=language)
    article = Article(metadata=metadata, body=["导语。", paragraph])
    found = [f.model_dump() for f in extract_facts(segment(article)) if f.type == kind]
    for fact in found:  # every span is the page's own text
        assert article.body[fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]
    return found


def test_spaced_quantities_keep_the_page_text_and_spaces() -> None:
    paragraph = "公 司 預 期 ， 去 年 盈 利 為 8.13 億 元 人 民 幣 ， 有 兩 個 主 要 客 戶 。"
    rows = [(f["text"], f["value"], f["unit"], f["subject"]) for f in facts(paragraph, "quantity")]
    assert rows == [("8.13 億 元", 813000000, "元", "盈 利"), ("兩 個", 2, "个", "主 要 客 戶")]


def test_spaced_dates_resolve_as_unspaced_ones() -> None:
    paragraph = "衞 生 署 表 示 ， 病 人 上 月 26 日 入 院 ， 去 年 已 經 求 醫 。"
    rows = [(f["text"], f["value"]) for f in facts(paragraph, "date")]
    assert rows == [("上 月 26 日", "2011-12-26"), ("去 年", "2011")]


def test_ordinary_paragraphs_are_untouched() -> None:
    paragraph = "记者 许雪毅 报道：全市新增企业103 家，同比增长5%。"
    rows = [(f["text"], f["start"]) for f in facts(paragraph, "quantity", "zh-Hans")]
    assert rows == [("103 家", 16), ("5%", 26)]


def test_record_of_a_spaced_page_keeps_its_body_and_spans() -> None:
    body = "港 鐵 表 示 ， 機 場 快 綫 由 12 分 鐘 加 密 至 10 分 鐘 一 班 車 。"
    page = (
        '<html><head><title>港鐵加密班次</title><meta name="pubdate" content="2012-01-17">'
        f"</head><body><h1>港鐵加密班次</h1><div class='article'><p>{body}</p>"
        f"<p>{body}</p></div></body></html>"
    ).encode()
    record = extract(page, tokens=True)
    assert record["body"][0] == body
    quantities = [f for f in record["facts"] if f["type"] == "quantity"]
    assert [(f["text"], f["unit_text"]) for f in quantities][:2] == [
        ("12 分 鐘", "分 鐘"),
        ("10 分 鐘", "分 鐘"),
    ]
    for fact in record["facts"]:
        assert record["body"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]
    words = [word for word, _ in record["tokens"][0]]
    assert "".join(words).replace(" ", "") == body.replace(" ", "")
