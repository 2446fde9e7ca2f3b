"""Patterns that once backtracked without end on a short crafted page (the sixteenth session's
audit of every pattern of ``src/``): each case below took minutes or hours before its pattern was
rewritten, and reads in milliseconds now. The assertions are on what is read; a regression shows as
a test that never ends (the batch's per-page timeout is the user's guard, these are ours)."""

from __future__ import annotations

from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.pipeline import record_of_bytes
from policyextract.reader.decoding import read_page
from policyextract.segmentation import segment


def _facts(text: str) -> list[tuple[str, str]]:
    doc = segment(Article(metadata=Metadata(published="2024-06-07"), body=[text]))
    return [(f.type, f.text) for f in extract_facts(doc)]


def test_a_run_of_yijing_after_a_title() -> None:
    # 已经 was listed beside 已 and 经: 2^n ways to read n of them (30: about six minutes)
    text = "省政府已经《关于推进制造业高质量发展的实施意见》" + "已经" * 30 + "。"
    assert ("document", "关于推进制造业高质量发展的实施意见") in _facts(text)


def test_a_list_of_posts_no_name_follows() -> None:
    # each post of a 、 list could be split into words before a title several ways: 3^n (16
    # posts: minutes)
    for post in ("首席执行官、", "副总经理、"):
        text = "他曾任" + post * 16 + "等职务。"
        assert [kind for kind, _ in _facts(text) if kind == "official"] == []


def test_a_run_of_spaces_after_an_end_heading() -> None:
    # three \s* around optional marks shared one run of spaces: quadratic (20,000: 9 s; 100,000:
    # minutes)
    page = (
        "<html><body><p>正文第一段，全市新增企业300家。</p><p>评论" + "\u00a0" * 100000 + "0</p>"
        "</body></html>"
    ).encode()
    assert record_of_bytes(page).body[0].startswith("正文第一段")


def test_a_run_of_comments_before_no_skeleton() -> None:
    # the skeleton pattern split a run of comments every possible way (40 comments: minutes)
    page = ("<!--注释-->" * 40 + "\n标题\n正文第一段。\n正文第二段。").encode()
    assert read_page(page).format == "text"
