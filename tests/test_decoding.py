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


# --- a few bad bytes, wrong declarations -------------------------------------------------------
# Sentences of our own, long enough to be evidence (a CJK reading needs 16 non-ASCII characters).
HANS = "市政府新闻办公室今天上午举行发布会，介绍全市推进城市更新和老旧小区改造的最新进展情况。"
HANT = "市政府新聞辦公室今天上午舉行記者會，介紹全市推動都市更新與老舊社區改造的最新進展。"
LATIN1_MARK = b" \xa9 2024 "  # a Latin-1 copyright sign pasted into a footer


def _html(body: str, encoding: str, meta: str = "") -> bytes:
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>".encode(
        encoding
    )


def _charset(name: str) -> str:
    return f'<meta charset="{name}">'


def _with_mark(data: bytes) -> bytes:
    at = data.rfind(b"</body>")
    return data[:at] + LATIN1_MARK + data[at:] if at >= 0 else data + LATIN1_MARK


def _cut(data: bytes, tail: int) -> bytes:
    """``data`` cut ``tail`` bytes before its end (inside the last character)."""
    return data[:-tail]


@pytest.mark.parametrize(
    ("data", "encoding", "how", "sentence"),
    [
        # UTF-8 with one Latin-1 byte: UTF-8, lossy, whatever the page declares.
        (_with_mark(_html(HANS, "utf-8", _charset("utf-8"))), "utf-8", "declared-lossy", HANS),
        (_with_mark(_html(HANS, "utf-8")), "utf-8", "detected-lossy", HANS),
        (_with_mark(_html(HANS, "utf-8", _charset("gb2312"))), "utf-8", "detected-lossy", HANS),
        # A text dump cut inside its last character (一 of 一。 keeps its first byte only).
        (_cut((HANS * 3 + "一").encode(), 2), "utf-8", "detected-lossy", HANS),
        # A UTF-8 page with a footer in GBK (a server-side include): still UTF-8.
        (
            _html(HANS * 8, "utf-8", _charset("utf-8")) + "版权所有".encode("gbk"),
            "utf-8",
            "declared-lossy",
            HANS,
        ),
        # A Big5 page whose navigation is in UTF-8 (a widget): Big5, the navigation lost; with a
        # sixth of it in UTF-8 and no declaration, nothing decodes it: the most Chinese reading.
        (
            _html(
                "網站首頁，新聞中心。".encode().decode("latin-1"), "latin-1", _charset("big5")
            ).replace(b"</body>", f"<p>{HANT}</p>".encode("big5") * 6 + b"</body>"),
            "big5hkscs",
            "declared-lossy",
            HANT,
        ),
        (
            _html("網站首頁，新聞中心。".encode().decode("latin-1") * 6, "latin-1").replace(
                b"</body>", f"<p>{HANT}</p>".encode("big5") * 6 + b"</body>"
            ),
            "big5hkscs",
            "detected-lossy",
            HANT,
        ),
        # GB and Big5 pages with a bad byte: their declared encoding, lossy.
        (_with_mark(_html(HANS, "gbk", _charset("gb2312"))), "gb18030", "declared-lossy", HANS),
        (
            _cut(_html(HANS, "gbk", _charset("gbk")) + "。".encode("gbk"), 1),
            "gb18030",
            "declared-lossy",
            HANS,
        ),
        (_with_mark(_html(HANT, "big5", _charset("big5"))), "big5hkscs", "declared-lossy", HANT),
        # Declarations the bytes plainly contradict: overridden, labelled detected.
        (_html(HANT, "big5", _charset("gb2312")), "big5hkscs", "detected", HANT),
        (_html(HANS, "gbk", _charset("big5")), "gb18030", "detected", HANS),
        (_html(HANS, "gbk", _charset("iso-8859-1")), "gb18030", "detected", HANS),
        (_html(HANT, "big5", _charset("windows-1252")), "big5hkscs", "detected", HANT),
        (_with_mark(_html(HANS, "gbk", _charset("iso-8859-1"))), "gb18030", "detected-lossy", HANS),
        (_html(HANS, "utf-8", _charset("utf-16")), "utf-8", "detected", HANS),
        (_html("Plain text.", "ascii", _charset("utf-16")), "utf-8", "default", "Plain text."),
        # No declaration: the CJK encoding the bytes read as Chinese in.
        (_with_mark((HANS * 2).encode("gbk")), "gb18030", "detected-lossy", HANS),
        ((HANT * 2).encode("big5"), "big5hkscs", "detected", HANT),
        # Declarations the bytes agree with hold, even where GB18030 would also decode them;
        # decoded with the superset browsers use (windows-1252, Windows-31J, UHC).
        (
            _html("Café crème brûlée à la française, très réussi.", "latin-1", _charset("latin1")),
            "cp1252",
            "declared",
            "Café crème brûlée",
        ),
        (_html("Zürich", "cp1252", _charset("windows-1252")), "cp1252", "declared", "Zürich"),
        (
            _html(
                "東京都は本日、新しい都市計画の概要を発表しました。",
                "shift_jis",
                _charset("shift_jis"),
            ),
            "cp932",
            "declared",
            "東京都は本日",
        ),
        (
            _html("서울시는 오늘 새로운 도시 계획을 발표했습니다.", "euc-kr", _charset("euc-kr")),
            "cp949",
            "declared",
            "서울시는 오늘",
        ),
        # A byte-order mark with a bad byte after it.
        (codecs.BOM_UTF8 + _with_mark(_html(HANS, "utf-8")), "utf-8", "bom-lossy", HANS),
        # UTF-16 without a byte-order mark: its NUL bytes make it no binary; it reads as text.
        (_html(HANS, "utf-16-le"), "utf-16-le", "detected", HANS),
        (_html(HANS, "utf-16-be"), "utf-16-be", "detected", HANS),
        (f"标题\n{HANS}\n".encode("utf-16-be"), "utf-16-be", "detected", HANS),
    ],
)
def test_bad_bytes_and_wrong_declarations(
    data: bytes, encoding: str, how: str, sentence: str
) -> None:
    page = read_page(data)
    assert (page.encoding, page.encoding_source) == (encoding, how)
    assert sentence in page.text
    # Bytes that fit no encoding are replaced, and said so; none otherwise.
    assert ("\ufffd" in page.text) == how.endswith("-lossy")


@pytest.mark.parametrize(
    ("head", "declared"),
    [
        ('<meta charset="gbk">', "gbk"),
        ("<META CHARSET=Big5>", "big5"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb2312"),
        ('<meta content="text/html; charset=big5" http-equiv="content-type">', "big5"),
        # A declaration in a comment is none; the real one after it counts.
        ('<!-- <meta charset="big5"> --><meta charset="gbk">', "gbk"),
        ('<!-- an unterminated comment <meta charset="big5">', None),
        # charset= inside another attribute (a meta description) is no declaration.
        ('<meta name="description" content="charset=big5 的说明"><meta charset="gbk">', "gbk"),
        ("<meta name='description' content='a > b; charset=big5'><meta charset=utf-8>", "utf-8"),
        ('<meta content="text/html; charset=big5">', None),  # no http-equiv
        ('<script src="a.js" charset="gb2312"></script><meta charset="utf-8">', "utf-8"),
        # An XML declaration counts at the start of the document only.
        ('<?xml version="1.0" encoding="GBK"?><html>', "gbk"),
        ('<html><p>x</p><?xml version="1.0" encoding="big5"?>', None),
        ('<meta charset="x-no-such-charset">', None),
        # Python-only codecs are no encodings of the web.
        ('<meta charset="hex">', None),
        ('<meta charset="idna">', None),
        ('<meta charset="cp037">', None),
        ('<meta charset="GB_2312-80">', "gb_2312-80"),
    ],
)
def test_declared_encoding(head: str, declared: str | None) -> None:
    assert declared_encoding(f"{head}<title>t</title>".encode()) == declared


def test_a_declaration_after_a_commented_one_still_counts() -> None:
    meta = '<!-- <meta charset="big5"> --><meta name="description" content="charset=big5">'
    page = read_page(_html(HANS, "gbk", meta + _charset("gbk")))
    assert (page.encoding, page.encoding_source) == ("gb18030", "declared")
    assert HANS in page.text


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
        # A dump quoting a few tags (a rendered <noscript> and <script> line) is text.
        (
            "首页 | 新闻 | 财经\n<noscript><a href='http://ad.example/c'><img src='http://ad."
            "example/i.gif' width='300'></a></noscript>\n市政府召开常务会议\n2024-05-09 来源：本"
            "网\n<script language='javascript' src='http://ad.example/s.js'></script>\n"
            "会议研究部署下一阶段重点工作。\n会议强调，要抓好各项政策落实。\n责任编辑：王明\n"
            "<noscript><a href='http://ad.example/d'><img src='http://ad.example/j.gif'></a>"
            "</noscript>\n相关新闻\n网站地图 | 联系我们\n",
            "text",
        ),
        # Structure: a skeleton after a comment, text before <html>, a bare wrapped fragment.
        ("<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><p>正文</p>", "html"),
        ("Warning: x\n<html><body><p>正文</p></body></html>\n", "html"),
        ("<p>第一段第一行\n第一段第二行</p>\n<p>第二段</p>", "html"),
        # A run of comments before the skeleton; and one with none after it (sixteenth session:
        # the skeleton pattern split such a run every possible way, minutes for 40 comments).
        ("<!-- a --><!-- b -->\n<!-- c --><!DOCTYPE html><p>正文</p>", "html"),
        ("<!--注释-->" * 40 + "\n标题\n正文第一段。\n正文第二段。", "text"),
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
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
        (b"\x00\x01\x02\x03" + bytes(range(256)), "binary"),
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
