"""Facts from traditional-script pages (issue 15).

A traditional body is matched in simplified script (OpenCC t2s, lengths kept) and its facts are
written back in the page's own characters. The cases are written by hand; the two measures on
real pages (spans exact on every traditional dev page, facts of simplified pages found again
after conversion to traditional) read ``../shared`` and skip when it is absent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import opencc
import pytest

from policyextract import extract
from policyextract.simplify import simplified

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
S2T, T2S = opencc.OpenCC("s2t.json"), opencc.OpenCC("t2s.json")


def page(*paragraphs: str, title: str = "政府公布施政報告", published: str = "2024-06-07") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><title>{title}</title><meta name="pubdate" content="{published}"></head>'
        f'<body><h1>{title}</h1><div class="article">{body}</div></body></html>'
    ).encode()


FILLER = "會議指出，要落實好各項措施，幫助企業穩定崗位，增強市場主體的活力和發展後勁。"


def facts_of(data: bytes, kind: str) -> list[dict[str, Any]]:
    record = extract(data)
    assert record["metadata"]["language"] == "zh-Hant"
    return [f for f in record["facts"] if f["type"] == kind]


def test_conversion_keeps_lengths() -> None:
    # 記憶體 → 内存 is shorter in OpenCC's phrase table for Taiwan; t2s keeps it, and a clause
    # whose phrases would change length is folded character by character.
    for text in ("行政長官李家超表示，乾隆年間著名的藏書樓", "記憶體與資料庫軟體，裏面", FILLER):
        assert len(simplified(text)) == len(text)


def test_officials_are_written_in_the_page_characters() -> None:
    data = page(f"香港特區政府財政司司長陳茂波今日表示，本港經濟穩步復甦。{FILLER}", FILLER, FILLER)
    [official] = facts_of(data, "official")
    assert (official["name"], official["title"], official["organization"]) == (
        "陳茂波",
        "司長",
        "香港特區政府財政司",
    )
    assert official["text"] == "香港特區政府財政司司長陳茂波"


def test_quantities_keep_canonical_units_and_written_units() -> None:
    data = page(f"全年撥款約120億元，受惠長者超過3萬人。{FILLER}", FILLER, FILLER)
    quantities = {f["text"]: f for f in facts_of(data, "quantity")}
    money = quantities["約120億元"]
    assert (money["value"], money["unit"], money["unit_text"]) == (12_000_000_000, "元", "元")
    people = quantities["超過3萬人"]
    assert (people["value"], people["unit"], people["qualifier"]) == (30000, "人", "more_than")


def test_a_unit_written_in_traditional_is_canonical_in_simplified() -> None:
    data = page(f"年滿65歲的長者可申請，已有兩個團體參與。{FILLER}", FILLER, FILLER)
    ages = [f for f in facts_of(data, "quantity") if f["text"] == "年滿65歲"]
    assert [(f["unit"], f["unit_text"], f["qualifier"]) for f in ages] == [("岁", "歲", "at_least")]


# A subject joined over a link word (進價是每支 → 進價每支) or sharing a head written once after a
# list stands nowhere whole in the page: it is written back piece by piece, never left simplified.
JOINED_SUBJECTS = [
    ("青黴素的進價是每支0.35元，藥店賣到3元。", "0.35元", "進價每支"),
    ("糧食、蔬菜和水果價格分別上漲2.1%、3.4%和0.9%。", "3.4%", "蔬菜價格上漲"),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), JOINED_SUBJECTS)
def test_joined_subjects_are_written_in_the_page_characters(
    sentence: str, text: str, subject: str
) -> None:
    data = page(f"{sentence}{FILLER}", FILLER, FILLER)
    [quantity] = [f for f in facts_of(data, "quantity") if f["text"] == text]
    assert quantity["subject"] == subject


REGIONAL_ORGANIZATIONS = [
    ("立法會今日三讀通過條例草案。", "立法會"),
    ("廉政公署昨日拘捕三名公務員。", "廉政公署"),
    ("行政院會今日通過預算案，送請立法院審議。", "立法院"),
    ("經濟部表示，將擴大補助中小企業。", "經濟部"),
    # Taiwan's cabinet bodies before the 2012–2014 reorganisation, named in the news of those years
    ("衛生署今日公布新版健康指引。", "衛生署"),
    ("疾管局呼籲民眾接種流感疫苗。", "疾管局"),
    ("勞委會宣布基本工資調漲方案。", "勞委會"),
]


@pytest.mark.parametrize(("sentence", "name"), REGIONAL_ORGANIZATIONS)
def test_regional_bodies(sentence: str, name: str) -> None:
    data = page(sentence + FILLER, FILLER, FILLER)
    assert name in [f["name"] for f in facts_of(data, "organization")]


REGIONAL_OFFICIALS = [
    ("特首李家超今日出席活動並致辭。", ("李家超", "特首")),
    ("立委陳素月質詢時指出，預算應用於民生。", ("陳素月", "立委")),
]


@pytest.mark.parametrize(("sentence", "expected"), REGIONAL_OFFICIALS)
def test_regional_titles(sentence: str, expected: tuple[str, str]) -> None:
    data = page(sentence + FILLER, FILLER, FILLER)
    assert expected in [(f["name"], f["title"]) for f in facts_of(data, "official")]


ROC_DATES = [
    # (sentence, publication date, the date fact's text and value)
    ("民國113年6月7日起實施新制。", "2024-05-01", ("民國113年6月7日", "2024-06-07")),
    ("新制自113年7月1日起實施。", "2024-05-01", ("113年7月1日", "2024-07-01")),
    ("113年度預算共編列兩千億元。", "2024-05-01", ("113年度", "2024")),
    ("民國一百零一年的數據顯示，整體改善。", "2012-05-01", ("民國一百零一年", "2012")),
    # a two-digit year on a traditional page: the reading nearer the publication wins
    ("99年1月起調整費率。", "2010-03-01", ("99年1月", "2010-01")),
    ("98年1月起調整費率。", "1998-03-01", ("98年1月", "1998-01")),
    # a bare year within 30 years before the publication, no duration word about it
    ("吸菸率由97年21.9%微幅下降。", "2012-01-12", ("97年", "2008")),
    ("民國90年開始推動母嬰親善。", "2012-01-12", ("民國90年", "2001")),
]


DURATIONS = [
    ("這棟房子已有60多年歷史。", "60多年"),  # 多: a duration
    ("他在公司服務了30年。", "30年"),  # 1941: beyond 30 years before the publication
    ("長達20年的研究終於完成。", "20年"),  # 長達: a duration
]


@pytest.mark.parametrize(("sentence", "text"), DURATIONS)
def test_durations_stay_quantities(sentence: str, text: str) -> None:
    data = page(sentence + FILLER, FILLER, FILLER, published="2012-01-12")
    assert text in [f["text"] for f in facts_of(data, "quantity")]
    assert text not in [f["text"] for f in facts_of(data, "date")]


def test_a_bare_republic_year_is_a_date_not_a_quantity() -> None:
    data = page("吸菸率由97年21.9%微幅下降。" + FILLER, FILLER, FILLER, published="2012-01-12")
    assert "97年" not in [f["text"] for f in facts_of(data, "quantity")]


def test_a_bare_year_on_a_simplified_page_is_a_duration() -> None:
    data = page(
        "吸烟率由97年的21.9%下降。会议指出，要落实好各项措施，帮助企业稳定岗位，增强市场活力。",
        "会议要求，各区各部门要加强协调配合，确保各项措施落地见效。",
        published="2012-01-12",
    )
    dates = [f["text"] for f in extract(data)["facts"] if f["type"] == "date"]
    assert "97年" not in dates


@pytest.mark.parametrize(("sentence", "published", "expected"), ROC_DATES)
def test_republic_era_dates(sentence: str, published: str, expected: tuple[str, str]) -> None:
    data = page(sentence + FILLER, FILLER, FILLER, published=published)
    assert expected in [(f["text"], f["value"]) for f in facts_of(data, "date")]


def test_a_short_year_on_a_simplified_page_stays_a_short_year() -> None:
    data = page(
        "99年1月起调整费率。会议指出，要落实好各项措施，帮助企业稳定岗位，增强市场主体的活力。",
        "会议要求，各区各部门要加强协调配合，确保各项措施落地见效。",
        published="2010-03-01",
    )
    dates = [(f["text"], f["value"]) for f in extract(data)["facts"] if f["type"] == "date"]
    assert ("99年1月", "1999-01") in dates


def test_keywords_and_tokens_are_the_page_words() -> None:
    record = extract(page(f"香港特區政府發表聲明。{FILLER}", FILLER, FILLER), tokens=True)
    body = record["body"]
    assert all(k["word"] in "".join(body) for k in record["keywords"])
    assert ["".join(word for word, _ in paragraph) for paragraph in record["tokens"]] == body


def _key(fact: dict[str, Any]) -> tuple[str, str, str]:
    return fact["type"], T2S.convert(fact["text"]), str(fact.get("value"))


def test_the_acceptance_article_in_traditional_gives_the_same_facts() -> None:
    text = next((ROOT / "corpus").glob("*.txt")).read_text("utf-8")
    original, converted = extract(text.encode()), extract(S2T.convert(text).encode())
    assert converted["metadata"]["language"] == "zh-Hant"
    assert sorted(map(_key, converted["facts"])) == sorted(map(_key, original["facts"]))
    body = converted["body"]
    assert all(body[f["paragraph"]][f["start"] : f["end"]] == f["text"] for f in converted["facts"])


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")


@needs_shared
def test_spans_are_exact_on_every_traditional_dev_page() -> None:
    pages = 0
    for path in sorted((SHARED / "realworld-dev" / "html").glob("*.html")):
        record = extract(path.read_bytes())
        if record["metadata"]["language"] != "zh-Hant":
            continue
        pages += 1
        body = record["body"]
        for fact in record["facts"]:
            assert body[fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"], path.name
    assert pages >= 50  # the dev set's Hong Kong and Taiwan pages


@needs_shared
def test_realworld_pages_converted_to_traditional_keep_their_facts() -> None:
    wanted = found = 0
    for path in sorted((SHARED / "realworld" / "text").glob("*.txt")):
        text = path.read_text("utf-8")
        original, converted = extract(text.encode()), extract(S2T.convert(text).encode())
        have = Counter(map(_key, converted["facts"]))
        for key in map(_key, original["facts"]):
            wanted += 1
            if have[key] > 0:
                have[key] -= 1
                found += 1
    assert found / wanted >= 0.95
