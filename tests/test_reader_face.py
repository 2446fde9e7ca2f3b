"""The reader's face: ``read``/``strip_chrome`` — one-line paragraphs, the script of the text, the
fallback to the text reader, and the layering of the reader package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from policyextract import ExtractionError, extract
from policyextract.models import Page
from policyextract.reader import one_line, strip_chrome
from policyextract.reader.script import language_of

READER = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "reader"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("第一行\n第二行", "第一行第二行"),  # CJK on both sides: joined
        ("第一行\r\n    第二行", "第一行第二行"),  # indentation of the wrapped line goes too
        ("增长了，\n同比", "增长了，同比"),  # full-width punctuation is wide
        ("GDP\ngrew", "GDP grew"),  # Latin on both sides: a space
        ("总额达到\n5.2亿元", "总额达到 5.2亿元"),  # CJK then a digit: a space, as browsers do
        ("甲\u2028乙", "甲乙"),  # line separator
        ("甲\u2029乙", "甲乙"),  # paragraph separator
        ("甲\x85乙", "甲乙"),  # NEL
        ("a\x0bb\x0cc", "a b c"),  # VT, FF
        ("a\x1cb\x1fc", "a b c"),  # information separators
        ("a\r\rb", "a b"),  # a run of breaks is one break
        ("甲\t乙", "甲\t乙"),  # a tab alone is not a break (table cells are joined by tabs)
        ("没有换行", "没有换行"),
    ],
)
def test_one_line(paragraph: str, expected: str) -> None:
    assert one_line(paragraph) == expected


def test_hard_wrapped_html_paragraph_is_one_line_and_spans_hold() -> None:
    page = (
        "<html><head><title>某市发布统计公报</title></head><body><div class='content'>"
        "<h1>某市发布统计公报</h1>"
        "<p>2024年全市地区生产总值\n达到1200亿元，比上年\r\n增长5.2%。全年新增市场主体\n"
        "3.5万户，同比增长12%。</p>"
        "<p>全市规模以上工业增加值增长6.1%，\u2028高技术制造业增长9.8%，"
        "占规模以上工业比重提高到18.5%。</p></div></body></html>"
    )
    record = extract(html=page)
    assert record["body"] == [
        "2024年全市地区生产总值达到1200亿元，比上年增长5.2%。"
        "全年新增市场主体 3.5万户，同比增长12%。",
        "全市规模以上工业增加值增长6.1%，高技术制造业增长9.8%，占规模以上工业比重提高到18.5%。",
    ]
    for fact in record["facts"]:
        assert record["body"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港特別行政區政府今日發表聲明，表示會繼續推動經濟發展。", "zh-Hant"),
        ("香港特别行政区政府今日发表声明，表示会继续推动经济发展。", "zh-Hans"),
        ("中国人民大学", "zh-Hans"),  # shared characters only: simplified, the common case
        ("臺灣", "zh-Hant"),
        ("GDP grew 5% in 2024.", None),
        ("", None),
    ],
)
def test_language_of(text: str, expected: str | None) -> None:
    assert language_of(text) == expected


def test_record_says_the_script_of_the_page() -> None:
    page = "<html><body><div><p>%s</p></div></body></html>"
    hant = "臺北市政府今日宣布，明年將擴大補助範圍，預計受惠家庭超過十萬戶，相關措施將於一月實施。"
    hans = "北京市政府今日宣布，明年将扩大补助范围，预计受惠家庭超过十万户，相关措施将于一月实施。"
    assert extract(html=page % hant)["metadata"]["language"] == "zh-Hant"
    assert extract(html=page % hans)["metadata"]["language"] == "zh-Hans"


def test_a_page_taken_for_html_without_a_body_is_read_as_text() -> None:
    # A dump quoting an unclosed <script> line: as HTML everything after it is script, so no body;
    # a page whose format was sniffed is then read as text, and the record says it fell back.
    dump = (
        '<script type="text/javascript">\n'
        "首页 | 新闻 | 财经\n"
        "某省出台措施支持中小企业发展\n"
        "2024-05-08 09:30 来源：某某日报\n"
        "某省日前出台若干措施，从融资、用地、人才等方面支持中小企业发展，"
        "力争到2025年培育专精特新企业1000家以上。\n"
        "措施提出，对新认定的专精特新“小巨人”企业给予一次性奖励，"
        "并加大首贷、信用贷支持力度，降低企业融资成本。\n"
    )
    article = strip_chrome(Page(dump, "html", "utf-8", "default", "0" * 64, sniffed=True))
    assert article.reader == "fallback"
    assert article.page is not None and article.page.format == "text"
    assert article.body[0].startswith("某省日前出台若干措施")
    # Asked for as HTML (not sniffed), the same page has no article.
    with pytest.raises(ExtractionError, match="no body text"):
        strip_chrome(Page(dump, "html", "utf-8", "default", "0" * 64, sniffed=False))


# --- layering ----------------------------------------------------------------------------------
# Each reader module may import only modules below it (the face imports all of them).
LAYERS = {
    "lazy": -1,  # patterns compiled on first use: under every module that holds patterns
    "decoding": 0,
    "dom": 0,
    "timeparse": 0,
    "script": 0,
    "meta_lines": 1,
    "html_meta": 2,
    "text_article": 2,
    "html_tables": 2,
    "html_article": 3,
}


def _reader_imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_reader_modules_import_only_modules_below(name: str) -> None:
    path = READER / f"{name}.py"
    if not path.exists():
        pytest.skip(f"{name}.py does not exist")
    above = {m for m in _reader_imports(path) if LAYERS.get(m, -1) >= LAYERS[name]}
    assert not above, f"{name} imports {above}, which are not below it"


def test_every_reader_module_has_a_layer() -> None:
    modules = {p.stem for p in READER.glob("*.py")} - {"__init__"}
    assert modules <= set(LAYERS)
