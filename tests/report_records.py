"""Hand-written records for the report and spaCy tests (schema version 1).

Spans were counted by hand from the paragraph strings (the index of each character is noted in
the comments); ``test_report.test_fixture_spans_match_their_text`` guards the counting.
"""

from __future__ import annotations

import copy
from typing import Any

SOURCE = {
    "path": "fixture.txt",
    "format": "text",
    "encoding": "utf-8",
    "encoding_source": "default",
    "sha256": "0" * 64,
    "reader": "article",
    "offset": None,
}

# P0: 6(0)月(1)7(2)日(3)下(4)午(5)，(6)山(7)东(8)省(9)政(10)府(11)新(12)闻(13)办(14)举(15)行(16)
#     新(17)闻(18)发(19)布(20)会(21)。(22)
P0 = "6月7日下午，山东省政府新闻办举行新闻发布会。"
# P1: …集(13)群(14)3(15)个(16)、(17)特(18)色(19)产(20)业(21)集(22)群(23)1(24)5(25)个(26)，(27)
#     共(28)吸(29)引(30)集(31)聚(32)企(33)业(34)1(35)2(36).(37)2(38)万(39)家(40)。(41)
P1 = "目前全省拥有国家先进制造业集群3个、特色产业集群15个，共吸引集聚企业12.2万家。"
# P2: 山(0)…厅(9)科(10)技(11)处(12)处(13)长(14)张(15)三(16)介(17)绍(18)，(19)到(20)2(21)0(22)
#     2(23)5(24)年(25)形(26)成(27)3(28)0(29)个(30)省(31)级(32)集(33)群(34)。(35)
P2 = "山东省工业和信息化厅科技处处长张三介绍，到2025年形成30个省级集群。"


def _fact(type_: str, text: str, paragraph: int, start: int, end: int, **fields: Any) -> Any:
    return {
        "type": type_,
        "text": text,
        "paragraph": paragraph,
        "start": start,
        "end": end,
        "rule": "fixture",
        **fields,
    }


FACTS = [
    _fact("date", "6月7日", 0, 0, 4, value="2024-06-07"),
    _fact("organization", "山东省政府新闻办", 0, 7, 15, name="山东省政府新闻办"),
    _fact("event", "新闻发布会", 0, 17, 22, date="2024-06-07", name="新闻发布会", organizer=None),
    _fact("quantity", "3个", 1, 15, 17, value=3, unit="个", subject="国家先进制造业集群"),
    _fact("quantity", "15个", 1, 24, 27, value=15, unit="个", subject="特色产业集群"),
    _fact("quantity", "12.2万家", 1, 35, 41, value=122000, unit="家", subject="集聚企业"),
    _fact(
        "official",
        "山东省工业和信息化厅科技处处长张三",
        2,
        0,
        17,
        name="张三",
        title="科技处处长",
        organization="山东省工业和信息化厅",
    ),
    _fact("organization", "山东省工业和信息化厅", 2, 0, 10, name="山东省工业和信息化厅"),
    _fact(
        "target",
        "到2025年形成30个省级集群",
        2,
        20,
        35,
        deadline="2025",
        action="形成",
        label=None,
        items=[{"subject": "省级集群", "value": 30, "unit": "个", "qualifier": "exact"}],
    ),
    _fact("date", "2025年", 2, 21, 26, value="2025"),
    _fact("quantity", "30个", 2, 28, 31, value=30, unit="个", subject="省级集群"),
]
for _f in FACTS:
    if _f["type"] == "quantity":
        _f["qualifier"] = "exact"

RECORD: dict[str, Any] = {
    "schema_version": 6,
    "article_id": None,
    "duplicate_of": None,
    "story_id": None,
    "story_similarity": None,
    "source": SOURCE,
    "metadata": {
        "title": "山东拥有国家先进制造业集群3个",
        "published": "2024-06-07T17:25:36+08:00",
        "source": "测试报",
        "site": None,
        "section": None,
        "url": None,
        "authors": ["李四"],
        "editors": [],
        "description": None,
        "language": None,
        "image": None,
    },
    "body": [P0, P1, P2],
    "tables": [],
    "keywords": [],
    "tokens": None,
    "facts": FACTS,
}

# Hostile text: every string a page controls carries markup that would run if not escaped.
# X0: the <img …> tag, then 正文 (a "quantity" here, to put a mark next to markup), then a script.
X_IMG = '<img src=x onerror="window.__xss=2;">'
X_SCRIPT = "<script>window.__xss=3</script>"
X0 = X_IMG + "正文" + X_SCRIPT
X1 = "《</script><script>window.__xss=5</script>》规定"
XSS_RECORD: dict[str, Any] = {
    **copy.deepcopy(RECORD),
    "metadata": {
        **RECORD["metadata"],
        "title": "<script>window.__xss=1</script>标题",
        "source": '<b onmouseover="window.__xss=6">来源</b>',
        "url": "javascript:window.__xss=4",
    },
    "body": [X0, X1],
    "facts": [
        _fact("document", X1[:-2], 1, 0, len(X1) - 2, title=X1[1:-3], action=None, date=None),
        _fact("quantity", "正文", 0, len(X_IMG), len(X_IMG) + 2, value=1, unit="<i>u</i>"),
    ],
}


def records(n: int = 1) -> list[dict[str, Any]]:
    """``n`` independent copies of :data:`RECORD` with distinct titles and months."""
    out = []
    for i in range(n):
        record = copy.deepcopy(RECORD)
        record["metadata"]["title"] = f"{RECORD['metadata']['title']} ({i + 1})"
        record["metadata"]["published"] = f"2024-0{1 + i % 9}-07T10:00:00+08:00"
        out.append(record)
    return out


# The hostile record with a fact of every corpus table's kind naming markup, and a story id that
# is markup: the corpus views show each of these names.
X_ORG = X_SCRIPT
XSS_ENTITIES_RECORD: dict[str, Any] = {
    **copy.deepcopy(XSS_RECORD),
    "story_id": '<i onmouseover="window.__xss=7">story</i>',
    "facts": [
        *copy.deepcopy(XSS_RECORD["facts"]),
        _fact("organization", X_ORG, 0, len(X_IMG) + 2, len(X0), name=X_ORG),
        _fact(
            "official", X_IMG, 0, 0, len(X_IMG), name=X_IMG, title="<b>处长</b>", organization=X_ORG
        ),
        _fact(
            "cluster", X_IMG, 0, 0, len(X_IMG), name=X_IMG, place=X_ORG, industry=None, level=None
        ),
        _fact(
            "target",
            X0,
            0,
            0,
            len(X0),
            deadline="2025",
            action=X_IMG,
            label=None,
            items=[
                {
                    "subject": X_ORG,
                    "value": 1,
                    "unit": "个",
                    "unit_text": "个",
                    "qualifier": "exact",
                }
            ],
        ),
    ],
}
# A failed page whose path and reason are markup.
XSS_FAILURE = {
    "path": '<img src=x onerror="window.__xss=8">.html',
    "reason": "<script>window.__xss=9</script>",
    "stage": "<b>read</b>",
}
