"""Every fact extractor runs in linear time: a crafted paragraph of N repeated titles, dates,
numbers, names, organisations, quotes, clusters, targets or events costs about 4× as much at 4N,
and at most 5× a normal paragraph of the same length.

Timed as ratios within one run (best of three each), never against an absolute time. A scan
that restarts from the paragraph's start for every item is quadratic: 16× at 4N (a paragraph of
4,000 《…》 titles took 7 s that way).
"""

from __future__ import annotations

import time

import pytest
from seed_body import SEED_BODY

from policyextract.facts import extract_facts
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment, tokenizer

# One unit of each crafted paragraph; repeated N and 4N times.
UNITS = {
    "documents": "《关于推进制造业高质量发展的实施意见》、",
    "dates": "2023年6月7日，",
    "quantities": "增长12.5%，产值3.2万亿元，",
    "officials": "省工业和信息化厅厅长王强，",
    "organizations": "山东省科学技术厅、",
    "campaigns": "“双招双引”、",
    "clusters": "潍坊动力装备产业集群、",
    "targets": "到2025年力争达到100家以上，",
    "events": "6月7日，省政府新闻办举行新闻发布会，",
    "events_passive": "9月16日，山西品牌丝路行活动在圣保罗正式启动，",
    "officials_post": "张三是北京大学教授，",
    "officials_listed": "课题组负责人、北京大学医学院院长王强，",
    "officials_head": "市公安局和市税务局联合检查，徐祥明局长督导，",
    "brands": "格兰仕方面、华为员工和新浪",
    "targets_later": "全省新增企业300家，今年将新建学校10所，",
    "story_months": "在刚刚过去的2023年，8月，",
    # a title starting inside a ministry's word (美国商务部 | 长): its body is read in a window
    # of the paragraph's token edges, not a copy of them all (tenth session)
    "officials_glued": "美国商务部长戴利、",
    # a department before a title after a pronoun's reach, a known name beside names found, a
    # subject written back into a character-spaced paragraph: each looked up in a window, by
    # bisection or near its place (tenth session)
    "department_window": "据招商银行现金管理部总经理左创宏介绍，",
    "known_beside_found": "该市与京东集团、阿里巴巴集团、美团等企业签订协议，",
    "spaced_subjects": "去 年 盈 利 將 按 年 下 跌 15% ，",
    # a headless clause, a share of a whole, a landmark's side, industries in a 分别 list and a
    # comparison after 比 (nineteenth session): each read back over a bounded window (one case,
    # the suite's time being short)
    "nineteenth_subjects": (
        "其中，营收超亿元的有15家，电子产品出口占总出口额的40.2%，收费站以北6公里处，"
        "批发和零售业、住宿和餐饮业增加值分别增长5%和6%，比全国高3.2个百分点，"
    ),
}
N = 250
#: Kinds whose quadratic term shows only on longer paragraphs (a scan per item that is cheap
#: next to the item's own work): repeated more.
N_OF = {"known_beside_found": 600, "spaced_subjects": 600, "nineteenth_subjects": 100}
# Linear is 4× at 4N; quadratic is 16× (the old document scan: 12–14×, clusters: 13–23×). The
# margin absorbs timer noise on a busy machine.
MAX_GROWTH = 10.0
# A crafted paragraph may cost at most this much more than prose of the same length.
MAX_OVER_NORMAL = 5.0


def _run(text: str) -> float:
    article = Article(metadata=Metadata(published="2024-06-07T10:00:00+08:00"), body=[text])
    started = time.perf_counter()
    extract_facts(segment(article))
    return time.perf_counter() - started


def _costs(*texts: str, rounds: int = 5) -> list[float]:
    """The best time of each text over ``rounds``, run interleaved so that a busy machine slows
    them alike."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            best[i] = min(best[i], _run(text))
    return best


@pytest.mark.parametrize("kind", list(UNITS))
def test_a_paragraph_of_repeated_items_costs_linear_time(kind: str) -> None:
    tokenizer()  # the one-time load stays out of the timings
    unit = UNITS[kind]
    _run(unit * 10)  # compiled patterns and caches, out of the timings too
    n = N_OF.get(kind, N)
    prose = "".join(SEED_BODY) * (len(unit) * 4 * n // len("".join(SEED_BODY)) + 1)
    rounds = 3  # best of three, interleaved: the growth bound (10× against 4×) absorbs the rest
    small, large, normal = _costs(unit * n, unit * 4 * n, prose[: len(unit) * 4 * n], rounds=rounds)
    assert large / small < MAX_GROWTH, f"{kind}: 4× the items cost {large / small:.1f}×"
    assert large / normal < MAX_OVER_NORMAL, f"{kind}: {large / normal:.1f}× normal prose"
