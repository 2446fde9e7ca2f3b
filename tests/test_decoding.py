"""Decoding and format detection: bytes → Page."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from policyextract.errors import ExtractionError
from policyextract.reader.decoding import declared_encoding, read_page

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED_HTML = CORPUS / "sdenews-2024-06-07-industrial-clusters.html"

PAGE = (
    "<html><head>{meta}<title>标题</title></head>"
    "<body><p>山东省政府新闻办举行发布会。</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "encoding", "how"),
    [
        # BOMs win over everything.
        (codecs.BOM_UTF8 + "中文页面".encode(), "utf-8", "bom"),
        (codecs.BOM_UTF16_LE + "中文页面".encode("utf-16-le"), "utf-16-le", "bom"),
        # A declared GB charset whose bytes are GBK: decoded as GB18030, the superset.
        (PAGE.format(meta='<meta charset="gb2312">').encode("gbk"), "gb18030", "declared"),
        (
            PAGE.format(
                meta='<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
            ).encode("gbk"),
            "gb18030",
            "declared",
        ),
        # A page that says gb2312 but whose bytes are UTF-8 (a saver re-encoded it): UTF-8 wins.
        (PAGE.format(meta='<meta charset="gb2312">').encode("utf-8"), "utf-8", "detected"),
        (PAGE.format(meta='<meta charset="utf-8">').encode("utf-8"), "utf-8", "declared"),
        (
            '<?xml version="1.0" encoding="GBK"?><html><p>中文</p></html>'.encode("gbk"),
            "gb18030",
            "declared",
        ),
        # No declaration: valid UTF-8 is detected; GBK bytes go to the detector.
        ("山东省工业和信息化厅介绍情况。".encode(), "utf-8", "detected"),
        (b"plain ascii text only", "utf-8", "default"),
    ],
)
def test_encoding_choice(data: bytes, encoding: str, how: str) -> None:
    page = read_page(data)
    assert (page.encoding, page.encoding_source) == (encoding, how)


def test_undeclared_gbk_is_detected() -> None:
    text = (
        "山东省工业和信息化厅科技处处长介绍，下一步将坚持双轮驱动，推动先进制造业集群协同发力。" * 5
    )
    page = read_page(text.encode("gbk"))
    assert page.encoding_source == "detected"
    assert page.text == text


def test_seed_html_declares_gb2312_but_is_gbk() -> None:
    data = SEED_HTML.read_bytes()
    assert declared_encoding(data) == "gb2312"
    page = read_page(data)
    assert (page.encoding, page.encoding_source, page.format) == ("gb18030", "declared", "html")
    # A strict GB2312 decoder reads the GBK middle dot A1A4 as U+30FB: the source would be wrong.
    assert "大众报业・经济导报" in data.decode("gb2312", errors="replace")
    assert "大众报业·经济导报" in page.text


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>正文</p></body></html>", "html"),
        ("  \n<html><p>正文</p></html>", "html"),
        ("<div class='a'><p>正文</p><p>第二段</p></div>", "html"),
        ("新闻标题\n来源:新华社 2024-05-09\n正文第一段。", "text"),
        # One stray angle bracket in a text dump does not make it HTML.
        ("标题\n价格<100元的商品占比提高。\n正文。", "text"),
    ],
)
def test_format_from_content(text: str, fmt: str) -> None:
    assert read_page(text.encode()).format == fmt


def test_input_format_overrides_detection() -> None:
    assert read_page(b"<p>a</p><p>b</p><div>c</div>", input_format="text").format == "text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "byte-order mark"),
    ],
)
def test_bad_input_has_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        read_page(data)


def test_sha256_is_of_the_bytes() -> None:
    import hashlib

    data = "正文".encode()
    assert read_page(data).sha256 == hashlib.sha256(data).hexdigest()
