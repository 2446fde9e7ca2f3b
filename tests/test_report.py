"""The HTML report: escaping, nested highlights, index and charts, loading, the CLI command."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from report_records import RECORD, XSS_RECORD, records

from policyextract.cli import main
from policyextract.record import Record
from policyextract.report import Span, highlight, load_records, render_report

SEED = Path(__file__).resolve().parents[1] / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"


class _Marks(HTMLParser):
    """Collects, per data-fact id, the text inside its marks and the nesting it was seen at."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: dict[str, str] = {}
        self.scripts: list[str] = []
        self.tags: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self.stack.append(dict(attrs)["data-fact"] or "")
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.stack.pop()
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        for fid in self.stack:
            self.text[fid] = self.text.get(fid, "") + data


def _parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "unbalanced <mark>"
    return parser


@pytest.mark.parametrize("record", [RECORD, XSS_RECORD], ids=["plain", "xss"])
def test_fixture_spans_match_their_text(record: dict[str, Any]) -> None:
    Record.model_validate(record)
    for fact in record["facts"]:
        assert record["body"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]


# (text, spans as (id, start, end), expected number of <mark> fragments per id)
HIGHLIGHT_CASES = [
    ("abcdef", [("x", 1, 3)], {"x": 1}),
    # nested: the inner fact is one fragment inside the outer one
    ("abcdef", [("x", 0, 6), ("y", 2, 4)], {"x": 1, "y": 1}),
    # same span twice: two layers, one fragment each
    ("abcdef", [("x", 1, 4), ("y", 1, 4)], {"x": 1, "y": 1}),
    # partial overlap: the later fact is cut where the earlier one closes
    ("abcdef", [("x", 0, 3), ("y", 2, 5)], {"x": 1, "y": 2}),
    # adjacent: no nesting
    ("abcdef", [("x", 0, 3), ("y", 3, 6)], {"x": 1, "y": 1}),
    # a chain of partial overlaps
    ("abcdefgh", [("x", 0, 3), ("y", 2, 5), ("z", 4, 8)], {"x": 1, "y": 2, "z": 2}),
]


@pytest.mark.parametrize(("text", "spans", "fragments"), HIGHLIGHT_CASES)
def test_highlight_nests_and_keeps_each_fact_text(
    text: str, spans: list[tuple[str, int, int]], fragments: dict[str, int]
) -> None:
    html_text = highlight(text, [Span(fid, "date", s, e, fid) for fid, s, e in spans])
    parsed = _parse(html_text)
    for fid, start, end in spans:
        assert parsed.text[fid] == text[start:end]
        assert html_text.count(f'data-fact="{fid}"') == fragments[fid]
    assert re.sub(r"<[^>]+>", "", html_text) == text


def test_highlight_escapes_text_and_tips() -> None:
    out = highlight("<b>x</b>", [Span("x", "date", 3, 4, '"><script>')])
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "<script>" not in out


def test_report_marks_every_fact_at_its_characters() -> None:
    page = render_report([RECORD])
    parsed = _parse(page)
    for n, fact in enumerate(RECORD["facts"]):
        assert parsed.text[f"a0-f{n}"] == fact["text"]


def test_report_escapes_page_text() -> None:
    page = render_report([XSS_RECORD])
    parsed = _parse(page)
    # Only our own two script elements; no img, no b: every page string stayed text.
    assert parsed.tags.count("script") == 2
    assert "img" not in parsed.tags and "b" not in parsed.tags
    assert "window.__xss" not in parsed.scripts[1]  # our JS
    assert json.loads(parsed.scripts[0])["a0-f0"]["text"] == XSS_RECORD["facts"][0]["text"]
    assert 'href="javascript' not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;标题" in page


def test_report_makes_no_network_reference() -> None:
    page = render_report(records(3))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    without_svg_ns = page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not re.search(
        r"(?i)(https?:|//[a-z0-9.-]+\.[a-z]{2,}/|src=|@import|url\()", without_svg_ns
    )


def test_index_and_charts_for_several_records() -> None:
    page = render_report(records(3))
    assert page.count('<article id="a') == 3
    assert '<section id="index">' in page
    # Three copies of 11 facts: the type chart says 4×3 quantities, the month chart 11 per month.
    assert "<title>quantity: 12</title>" in page
    for month in ("2024-01", "2024-02", "2024-03"):
        assert f"<title>{month}: 11</title>" in page
    assert '<section id="index">' not in render_report([RECORD])


def test_bad_fact_span_is_listed_not_drawn() -> None:
    record = json.loads(json.dumps(RECORD))
    record["facts"][0]["end"] = 3  # "6月7" is not the fact text "6月7日"
    record["facts"][1]["paragraph"] = 9
    page = render_report([record])
    assert 'mark class="f t-date d0" data-fact="a0-f0"' not in page
    assert page.count('class="bad"') == 2


def test_load_records_from_batch_folder(tmp_path: Path) -> None:
    good = json.dumps(RECORD, ensure_ascii=False)
    (tmp_path / "articles.jsonl").write_text(
        f"{good}\nnot json\n[[[[[[]]]]]]\n\n{good}\n", encoding="utf-8"
    )
    error = {"path": "x.html", "sha256": None, "error": {"reason": "empty file", "stage": "read"}}
    (tmp_path / "errors.jsonl").write_text(json.dumps(error) + "\n", encoding="utf-8")
    loaded = load_records(tmp_path)
    assert len(loaded.records) == 2
    assert [p.split(":")[0] for p in loaded.problems] == [
        "articles.jsonl line 2",  # not JSON
        "articles.jsonl line 3",  # JSON, not a record
    ]
    assert loaded.failures == [error]
    assert "1 pages failed" in render_report(loaded.records, failures=loaded.failures)


def test_cli_report_writes_one_file(tmp_path: Path) -> None:
    source = tmp_path / "records.json"
    source.write_text(json.dumps([RECORD, XSS_RECORD], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(source), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert {p.name for p in tmp_path.iterdir()} == {"records.json", "report.html"}  # no temp left


def test_cli_report_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 1
    assert "no articles.jsonl" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_report_on_the_seed_page(tmp_path: Path) -> None:
    """A saved page is extracted first; every fact found is drawn at its characters."""
    from policyextract import ExtractionError, extract

    try:
        record = extract(SEED)
    except ExtractionError as err:
        pytest.skip(f"the reader does not handle the seed yet: {err.reason}")
    parsed = _parse(render_report([record]))
    for n, fact in enumerate(record["facts"]):
        assert parsed.text[f"a0-f{n}"] == fact["text"]
