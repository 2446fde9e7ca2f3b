"""The acceptance article, read from its text dump and from its HTML rendering.

``golden/seed.article.json`` was written by hand: metadata typed from the page, the body being the
seven article paragraphs of the dump with their outer spaces removed (checked line by line).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyextract import extract

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((ROOT / "tests" / "golden" / "seed.article.json").read_text("utf-8"))
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters"


@pytest.fixture(scope="module", params=[".txt", ".html"])
def record(request: pytest.FixtureRequest) -> dict:  # type: ignore[type-arg]
    return extract(SEED.with_suffix(request.param))


# Only the HTML page has a head: its <meta name="description">, as the page writes it.
HTML_DESCRIPTION = (
    "6月7日下午,山东省政府新闻办举行“牢记嘱托 走在前 挑大梁 "
    "奋力谱写中国式现代化山东篇章”主题系列新闻发布会,邀请省工"
)


def test_metadata(record: dict) -> None:  # type: ignore[type-arg]
    expected = dict(GOLDEN["metadata"])
    if record["source"]["format"] == "html":
        expected["description"] = HTML_DESCRIPTION
    assert record["metadata"] == expected


def test_body_is_the_seven_paragraphs(record: dict) -> None:  # type: ignore[type-arg]
    assert record["body"] == GOLDEN["body"]


def test_no_chrome_in_body(record: dict) -> None:  # type: ignore[type-arg]
    text = "\n".join(record["body"])
    for chrome in [
        "经济导报记者 初磊",
        "编辑:",
        "声明",
        "新闻推荐",
        "Copyright",
        "备案号",
        "鹰眼IPO",
        ">>",
    ]:
        assert chrome not in text


def test_source_block(record: dict) -> None:  # type: ignore[type-arg]
    source = record["source"]
    if source["format"] == "html":
        assert (source["encoding"], source["encoding_source"]) == ("gb18030", "declared")
    else:
        assert (source["format"], source["encoding"]) == ("text", "utf-8")
