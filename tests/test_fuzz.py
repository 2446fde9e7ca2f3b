"""Property tests on random input: the reader, the stripper, each fact extractor, ``extract`` and
the report never crash; every fact span indexes its paragraph; every record is schema-valid JSON.

Example counts are small so that the suite stays fast; the standalone atheris script
(``tests/hostile/atheris_fuzz.py``) runs the same checks for as long as one likes.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_hostile import sample_facts

from policyextract import ExtractionError, extract
from policyextract.facts import EXTRACTORS
from policyextract.models import Article, Metadata, Page
from policyextract.reader import strip_chrome
from policyextract.reader.decoding import read_page
from policyextract.record import Record, record_schema
from policyextract.report import render_report
from policyextract.segmentation import segment

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALIDATOR = Draft202012Validator(record_schema())

# Characters the rules care about, so that random text often looks like the real thing.
POLICY_CHARS = (
    "0123456789０１２３４５６７８９.,，。、；：%％—-~～至到年月日号时分前后上下半季度"
    "零〇一二两三四五六七八九十百千万亿个家项人元美元吨岁成倍余多近约超过以上以下不少于左右"
    "省市县区厅局委办部院会集群产业国家级世界级先进制造《》“”「」()（）【】"
    "书记局长主任副厅长处长介绍表示出台印发实施办法意见通知方案计划力争目标今年去年明年"
    "山东济南青岛北京发布会新闻举行\n\t 　<>&\"'\x00\ufeff\u200b"
)
policy_text = st.text(
    alphabet=st.one_of(st.sampled_from(POLICY_CHARS), st.characters(codec="utf-8")), max_size=300
)
tags = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<title>",
        "</title>",
        "<meta charset='gbk'>",
        "<table><tr><td>",
        "&nbsp;",
        "&#0;",
    ]
)
html_like = st.lists(st.one_of(tags, policy_text), max_size=30).map("".join)


def check_facts(paragraphs: list[str], facts: list[Any]) -> None:
    for fact in facts:
        assert paragraphs[fact.paragraph][fact.start : fact.end] == fact.text
        assert 0 <= fact.start < fact.end
        json.dumps(fact.model_dump(mode="json"), allow_nan=False)


def check_record(record: dict[str, Any]) -> None:
    assert [e.message for e in VALIDATOR.iter_errors(sample_facts(record))] == []
    Record.model_validate(record)
    json.dumps(record, allow_nan=False)
    for fact in record["facts"]:
        assert record["body"][fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]


@FUZZ
@given(st.binary(max_size=3000))
def test_read_page_random_bytes(data: bytes) -> None:
    try:
        page = read_page(data)
    except ExtractionError as err:
        assert err.reason
        return
    assert isinstance(page.text, str) and page.format in ("html", "text")


@FUZZ
@given(st.one_of(html_like, policy_text), st.sampled_from(["html", "text"]))
def test_strip_chrome_random_text(text: str, fmt: str) -> None:
    page = Page(text=text, format=fmt, encoding="utf-8", encoding_source="default", sha256="0")  # type: ignore[arg-type]
    try:
        article = strip_chrome(page)
    except ExtractionError:
        return
    assert article.body and all(isinstance(p, str) and p for p in article.body)


published = st.one_of(
    st.none(),
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2040, 12, 31),
        timezones=st.just(timezone(timedelta(hours=8))),
    ),
)


@pytest.mark.parametrize(("name", "extractor"), EXTRACTORS, ids=[n for n, _ in EXTRACTORS])
@FUZZ
@given(paragraphs=st.lists(policy_text.filter(str.strip), min_size=1, max_size=4), when=published)
def test_fact_extractor_random_text(
    name: str, extractor: Any, paragraphs: list[str], when: datetime | None
) -> None:
    body = [p.strip() for p in paragraphs]
    metadata = Metadata(published=when.isoformat() if when else None)
    doc = segment(Article(metadata=metadata, body=body))
    facts = extractor(doc)
    assert all(f.type == name for f in facts)
    check_facts(doc.paragraphs, facts)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), html_like.map(str.encode), policy_text.map(str.encode)))
def test_extract_random_input(data: bytes) -> None:
    try:
        record = extract(data)
    except ExtractionError as err:
        assert err.reason and "\n" not in err.reason
        return
    check_record(record)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


OUR_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "div",
    "label",
    "input",
    "span",
    "aside",
    "button",
    "main",
    "article",
    "table",
    "tr",
    "th",
    "td",
    "thead",
    "tbody",
    "section",
    "p",
    "mark",
    "details",
    "summary",
    "script",
    "a",
    "figure",
    "svg",
    "text",
    "rect",
    "ul",
    "li",
    "nav",
    "noscript",
    "code",
    "caption",
    "h3",
}
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), policy_text),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(policy_text, inner, max_size=3),
    max_leaves=10,
)
fact_dicts = st.fixed_dictionaries(
    {
        "type": st.one_of(st.sampled_from([n for n, _ in EXTRACTORS]), policy_text),
        "text": policy_text,
        "paragraph": st.integers(-2, 4),
        "start": st.integers(-2, 40),
        "end": st.integers(-2, 40),
    },
    optional={"rule": policy_text, "value": json_values, "items": json_values},
)
records = st.fixed_dictionaries(
    {"body": st.lists(policy_text, max_size=4), "facts": st.lists(fact_dicts, max_size=8)},
    optional={
        "metadata": st.dictionaries(st.sampled_from(["title", "published", "url"]), json_values),
        "source": json_values,
    },
)


@FUZZ
@given(st.lists(records, max_size=3))
def test_report_random_records(recs: list[dict[str, Any]]) -> None:
    page = render_report(recs)
    parser = _Tags()
    parser.feed(page)
    assert parser.tags <= OUR_TAGS  # page strings never became markup
    # One script runs (ours); the others are JSON data blocks.
    assert page.count("<script") == page.count('<script type="application/json"') + 1


@FUZZ
@given(records)
def test_to_spacy_random_records(record: dict[str, Any]) -> None:
    pytest.importorskip("spacy", reason="spaCy is not installed (extra [spacy])")
    from policyextract.spacy_export import to_spacy

    doc = to_spacy(record)
    assert doc.text == "\n".join(record["body"])
    starts = [(e.start, e.end) for e in doc.ents]
    assert all(a[1] <= b[0] for a, b in pairwise(starts))  # entities never overlap
