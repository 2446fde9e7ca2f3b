"""Named industrial clusters (苏州市纳米新材料集群): name, place, industry, level.

A named cluster is [place] + industry + 集群, alone or as one member of a list whose last
member carries the word: 苏州市纳米新材料、无锡市物联网两个集群 → two clusters;
电子信息、生物医药、高端装备集群 → three. The place comes from the gazetteer (苏州市,
苏州); the industry is the words between the place and 集群 (a trailing 产业 dropped).
Generic kinds (先进制造业集群, 特色产业集群, 世界级集群) are not named clusters, and a lone
member without a place is taken only before 产业集群 (新能源汽车产业集群), since a verb before
集群 (加大集群) is no member. ``level`` is set when a level word stands right before the member
(世界级, 国家级/国家, 省级), or in a list's tail (两个国家级先进制造业集群: every member's). Users
add full cluster names with ``--lexicon``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Literal

import regex

from .. import pattern_cache
from ..lexicon_user import shipped_list, version, word_list
from ..models import Doc, Token
from .base import Fact
from .organizations import BREAK_WORDS
from .places import gazetteer
from .spans import HAN_RUN

Level = Literal["world", "national", "provincial"]


class Cluster(Fact):
    type: Literal["cluster"] = "cluster"
    name: str
    place: str | None = None
    industry: str | None = None
    level: Level | None = None


# The tail of a list: 两个集群, 等3个集群, 等产业集群, 集群; a scale or a level may stand between
# the count and the word (三大千亿级产业集群, 两个国家级先进制造业集群): the level is each
# member's.
_TAIL = pattern_cache.compile(
    r"(?:等)?(?:[0-9一二两三四五六七八九十几多]+[个大])?"
    r"(?:(?:万亿|千亿|百亿|十亿|亿|千万)(?:元)?级)?(?P<level>世界级|国家级|省级)?"
    r"(?P<word>(?:(?:先进制造业|特色)?产业|先进制造业)?集群)"
)
# Industry phrases that name a kind of cluster, not a cluster.
GENERIC_INDUSTRIES = frozenset(shipped_list("cluster_generic"))
LEVEL_WORDS: dict[str, Level] = {
    "世界级": "world",
    "国家级": "national",
    "国家": "national",
    "省级": "provincial",
}
# Words that end the walk back from 集群 to the start of the first member (verbs that take a
# cluster as object), besides the organisation rules' break words.
STOP_WORDS = BREAK_WORDS | frozenset(shipped_list("cluster_stops"))
# Most tokens of an industry phrase (轨道交通 + 装备: 2; 新一代 + 信息 + 技术: 3), calibrated on
# the industry names of national cluster lists.
MAX_INDUSTRY_TOKENS = 4
_SHORT_HAN_RUN = pattern_cache.compile(r"\p{Han}{2,16}")


@cache
def _known(_version: int) -> regex.Pattern[str] | None:
    names = word_list("clusters")
    if not names:
        return None
    return pattern_cache.compile(
        "|".join(regex.escape(n) for n in pattern_cache.longest_first(set(names)))
    )


def _split_place(member: str) -> tuple[str | None, str]:
    """苏州市纳米新材料 → (苏州市, 纳米新材料); 智能家电 → (None, 智能家电); a place within a
    place is one place (临沂市兰山区板材 → 临沂市兰山区)."""
    end = 0
    while (place := gazetteer().prefix(member, end)) is not None:
        end += len(place)
    if 0 < end < len(member):
        return member[:end], member[end:]
    return None, member


def _level_before(text: str, start: int) -> Level | None:
    for word, level in LEVEL_WORDS.items():
        if text.endswith(word, 0, start):
            return level
    return None


def _industry(raw: str) -> str | None:
    industry = raw.removesuffix("产业") if raw.endswith("产业") and len(raw) > 3 else raw
    if not industry or industry in GENERIC_INDUSTRIES or "级" in industry:
        return None
    if len(industry) < 2:
        return None
    return industry


def _first_member_start(tokens: list[Token], starts: list[int], end: int, limit: int) -> int:
    """Where the first member of a list ending at ``end`` starts: walk back over tokens."""
    start = end
    count = 0
    # Tokens are contiguous and in order: those ending by ``end`` are the ones starting before it.
    for i in range(bisect_left(starts, end) - 1, -1, -1):
        token = tokens[i]
        if token.end > end:
            continue
        if (
            token.word in STOP_WORDS
            or token.word in LEVEL_WORDS
            or not HAN_RUN.fullmatch(token.word)
        ):
            break
        if count >= limit:
            break
        start = token.start
        count += 1
        if token.word in gazetteer().by_name:
            return _outer_places(tokens, i, start)  # a place starts the member
    # A one-character word does not start an industry (做大做强 | 集成电路: 强 is a verb's tail).
    for token in _between(tokens, starts, start, end):
        if len(token.word) != 1:
            break
        start = token.end
    return start


def _outer_places(tokens: list[Token], i: int, start: int) -> int:
    """Where the member starting with the place ``tokens[i]`` starts: before the places that
    contain it written right before it (临沂市 | 兰山区板材产业集群)."""
    places = gazetteer().by_name
    while i > 0 and tokens[i - 1].end == start and tokens[i - 1].word in places:
        i -= 1
        start = tokens[i].start
    return start


def _between(tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
    """The tokens starting in ``[start, end)`` (found by bisection: lists run over every tail)."""
    return tokens[bisect_left(starts, start) : bisect_left(starts, end)]


def _members(
    text: str, tokens: list[Token], starts: list[int], tail_start: int
) -> list[tuple[int, int]]:
    """The member spans of the list that ends right before ``tail_start``."""
    spans: list[tuple[int, int]] = []
    end = tail_start
    while True:
        sep = max(text.rfind("、", 0, end), -1)
        segment_start = sep + 1
        # A member between two 、 is whole; the first member of the list needs a walk back. A
        # member that is a whole cluster already (X集群、Y集群) belongs to its own list.
        if sep >= 0 and _SHORT_HAN_RUN.fullmatch(text, segment_start, end):
            if "集群" in text[segment_start:end]:
                break
            spans.append((segment_start, end))
            end = sep
            continue
        if text.endswith("集群", 0, end):
            break
        lengths = [len(_between(tokens, starts, s, e)) for s, e in spans]
        limit = max(lengths) if lengths else MAX_INDUSTRY_TOKENS
        start = _first_member_start(tokens, starts, end, min(limit + 1, MAX_INDUSTRY_TOKENS))
        if start < end:
            spans.append((start, end))
        break
    return spans[::-1]


def _plausible(
    members: list[tuple[int, int]], tokens: list[Token], starts: list[int], word: str
) -> bool:
    """A list of whole-word members without verbs or particles; a lone member needs a place or
    the word 产业集群 (新能源汽车产业集群), since a verb before 集群 (加大集群) is no member."""
    if not members:
        return False
    for start, end in members:
        words = _between(tokens, starts, start, end)
        if not words or words[0].start != start:
            return False
        if any(t.word in STOP_WORDS for t in words):
            return False
    if len(members) == 1:
        start, end = members[0]
        place = gazetteer().prefix("".join(t.word for t in _between(tokens, starts, start, end)))
        # Without a place, a one-word industry is a kind (数字产业集群), not a cluster.
        return place is not None or (word == "产业集群" and end - start >= 3)
    return True


def extract(doc: Doc) -> list[Fact]:
    facts: list[Fact] = []
    known = _known(version())
    for index, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        taken: set[int] = set()
        if known is not None:
            for match in known.finditer(text):
                place, rest = _split_place(match.group())
                industry = rest.removesuffix("集群").removesuffix("产业") or None
                facts.append(
                    Cluster(
                        text=match.group(),
                        paragraph=index,
                        start=match.start(),
                        end=match.end(),
                        rule="cluster.lexicon",
                        name=match.group(),
                        place=place,
                        industry=industry,
                        level=_level_before(text, match.start()),
                    )
                )
                taken.update(range(match.start(), match.end()))
        tails = list(_TAIL.finditer(text)) if "集群" in text else []
        if not tails:
            continue  # most paragraphs name no cluster: no token index for them
        starts = [t.start for t in tokens]
        at_start = set(starts)
        for tail in tails:
            if tail.start() not in at_start or tail.start("word") not in at_start:
                continue  # 集群 inside a word: 先进制造业集群 is a kind, not a list's tail
            members = _members(text, tokens, starts, tail.start())
            if not _plausible(members, tokens, starts, tail.group("word")):
                continue
            for start, end in members:
                if start in taken:
                    continue
                place, raw = _split_place(text[start:end])
                industry = _industry(raw)
                if industry is None:
                    continue
                # The member and the word 集群 right after it make the text; a list's earlier
                # members are their own words only.
                span_end = tail.end() if end == tail.start("word") else end
                name = text[start:end] + tail.group("word")
                facts.append(
                    Cluster(
                        text=text[start:span_end],
                        paragraph=index,
                        start=start,
                        end=span_end,
                        rule="cluster.list" if len(members) > 1 else "cluster.named",
                        name=name,
                        place=place,
                        industry=industry,
                        level=_level_before(text, start) or LEVEL_WORDS.get(tail.group("level")),
                    )
                )
    return facts
