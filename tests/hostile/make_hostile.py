"""Hostile inputs for the reader and the fact extractors, generated (some are 50 MB).

``python tests/hostile/make_hostile.py OUTDIR [--huge]`` writes every case into OUTDIR (the huge
ones only with ``--huge``); tests call :func:`cases` and :func:`huge_cases` and write into their
tmp dir. Each case is bytes as a page file would hold them. Nothing here is committed at size.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

# One plausible sentence with a date, a quantity, an organisation and a target, to put inside the
# hostile structures so that the extractors have something to chew on.
SENTENCE = "6月7日，山东省工业和信息化厅介绍，全省拥有国家先进制造业集群3个，计划到2025年培育30个。"
NESTING = 10_000
HUGE_BYTES = 50 * 1024 * 1024
LINE_BYTES = 8 * 1024 * 1024


def _html(body: str, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>标题</title></head>"
        f"<body>{body}</body></html>"
    ).encode()


def _nested(tag: str, depth: int = NESTING, close: bool = True) -> bytes:
    inner = f"<p>{SENTENCE}</p>"
    return _html(f"<{tag}>" * depth + inner + (f"</{tag}>" * depth if close else ""))


XML_BOMB = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE html [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head>'
    f"<body><p>{SENTENCE}</p><p>&lol9;</p></body></html>"
).encode()

# An external entity and an external DTD: a reader that resolved them would read this machine's
# files or fetch a URL.
XXE = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [\n'
    ' <!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    f"<html><body><p>{SENTENCE}</p><p>&xxe;</p></body></html>"
).encode()

# Numbers that break naive parsing: overflow to inf, more digits than int() converts by default
# (4300), pathological Chinese numerals, and runs that tempt regex backtracking.
NUMBERS = {
    "float_overflow": "全省投资1e309元",
    "float_underflow": "增长1e-400%",
    "yi_overflow": "规模达99999999999999999999亿元",
    "long_digits_wan": "共有" + "9" * 50 + "万家企业",
    "digits_5000": "达到" + "9" * 5000 + "个",
    "numeral_run": "约" + "一" * 2000 + "亿元",
    "yi_run": "亿" * 3000 + "元",
    "year_run": "到" + "2025年" * 2000,
    "ordinal_run": "第" + "九" * 3000 + "批",
    "fullwidth_tiny": "０.０００００００１万个",
    "separators": "12，345，678，901，234，567，890，123元",
    "ranges": "负-3个、3—5—7—9个、3至5至7个",
}


def cases() -> dict[str, bytes]:
    """Small and medium hostile inputs (each well under 1 MB, except the nested ones ~100 KB)."""
    gbk_body = SENTENCE.encode("gbk")
    return {
        "empty": b"",
        "whitespace": b" \n\t\r\n \xe3\x80\x80",
        "bom_only": b"\xef\xbb\xbf",
        "utf16_bom_odd_bytes": b"\xff\xfe" + b"a\x00b",
        "random_binary": bytes(range(256)) * 40,
        "png_header": b"\x89PNG\r\n\x1a\n" + bytes(2000),
        "nul_in_text": ("\x00".join([SENTENCE] * 50)).encode(),
        "nul_after_8k": (SENTENCE * 200 + "\x00" + SENTENCE).encode(),
        "nul_in_html": _html(f"<p>{SENTENCE}\x00{SENTENCE}</p>" * 5),
        "nested_div": _nested("div"),
        "nested_div_unclosed": _nested("div", close=False),
        "nested_table": _html("<table><tr><td>" * NESTING + SENTENCE),
        "nested_inline": _nested("span"),
        "nested_quotes": ("“" * NESTING + SENTENCE + "”" * NESTING).encode(),
        "nested_book_titles": ("《" * NESTING + SENTENCE + "》" * NESTING).encode(),
        "tag_soup": ("<" * 50_000 + SENTENCE + ">" * 50_000).encode(),
        "many_paragraphs": _html(f"<p>{SENTENCE}</p>" * 500),
        "charset_gb2312_utf8_bytes": _html(f"<p>{SENTENCE}</p>", "<meta charset='gb2312'>"),
        "charset_utf8_gbk_bytes": (
            b"<html><head><meta charset='utf-8'></head><body><p>" + gbk_body + b"</p></body></html>"
        ),
        "charset_conflicting": (
            b'<?xml version="1.0" encoding="big5"?><html><head>'
            b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
            b"<meta charset='koi8-r'></head><body><p>" + gbk_body + b"</p></body></html>"
        ),
        "charset_bogus_name": _html(f"<p>{SENTENCE}</p>", "<meta charset='x-no-such-charset'>"),
        "charset_utf16_declared": _html(f"<p>{SENTENCE}</p>", "<meta charset='utf-16'>"),
        "charset_xml_utf32_ascii": b'<?xml version="1.0" encoding="utf-32"?><html><body>'
        b"<p>Plain ASCII text of an article, long enough to be a paragraph.</p></body></html>",
        "comments_odd": _html(
            f"<p>山东<!-- <p>隐藏的段落</p> -->省{SENTENCE}</p><p>3<!-- x -->个<!--->集群</p>"
            f"<!--> <p>{SENTENCE}</p><!---->",
            "<title><!-- t --></title>",
        ),
        "comment_unterminated": _html(f"<p>{SENTENCE}</p><!-- <p>{SENTENCE}</p>"),
        "cdata_odd": _html(
            f"<p><![CDATA[{SENTENCE}]]></p><p>{SENTENCE}<![CDATA[</p><script>x</script>]]></p>"
        ),
        "entities_odd": _html(
            f"<p>{SENTENCE}&#0;&#xD800;&#99999999;&#x110000;&bogus;&amp;lt;script&gt;</p>"
        ),
        "xml_bomb": XML_BOMB,
        "xxe": XXE,
        **{f"number_{name}": f"{text}。".encode() for name, text in NUMBERS.items()},
        "numbers_html": _html("".join(f"<p>{text}。</p>" for text in NUMBERS.values())),
        "script_only": b"<html><body><script>alert(1)</script></body></html>",
        "huge_attribute": _html(f"<p title='{'a' * 2_000_000}'>{SENTENCE}</p>"),
        "control_chars": ("".join(chr(c) for c in range(1, 32)) * 10 + SENTENCE).encode(),
        "surrogate_bytes": b"\xed\xa0\x80" * 100 + SENTENCE.encode(),
        "bidi_and_zero_width": ("\u202e\u200b\ufeff\u2066" + SENTENCE).encode() * 20,
    }


def huge_cases() -> dict[str, Callable[[], bytes]]:
    """Huge inputs, built on demand: a 50 MB page and an 8 MB single line."""
    return {
        "huge_page_50mb": _huge_page,
        "huge_single_line": _huge_line,
    }


def _huge_page() -> bytes:
    paragraph = f"<p>{SENTENCE * 4}</p>\n".encode()
    head = _html("").split(b"<body>")[0] + b"<body>"
    count = (HUGE_BYTES - len(head)) // len(paragraph)
    return head + paragraph * count + b"</body></html>"


def _huge_line() -> bytes:
    unit = SENTENCE.encode()
    return unit * (LINE_BYTES // len(unit))


def write_all(outdir: Path, *, huge: bool = False) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    items = dict(cases())
    if huge:
        items.update({name: make() for name, make in huge_cases().items()})
    for name, data in items.items():
        path = outdir / f"{name}.page"
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: make_hostile.py OUTDIR [--huge]")
    for written_path in write_all(Path(sys.argv[1]), huge="--huge" in sys.argv[2:]):
        print(written_path)
