"""What the whole article tells about its names: its province, and full organisation names.

Used by officials, organisations, clusters and events to complete names "where the article makes
it unambiguous" (省商务厅 in a Jiangsu article → 江苏省商务厅). Both functions are
pure functions of the Doc.
"""

from __future__ import annotations

import weakref
from collections import Counter

from .. import pattern_cache
from ..models import Doc
from .places import Place, gazetteer, lookup

# "Our province/city" phrases: they say the article is about one province (or city).
_OWN_PROVINCE = pattern_cache.compile(r"[我本全]省|我区|全区")
_OWN_CITY = pattern_cache.compile(r"[我本全]市")

# A place named at least this many times and no other place of its level is "the" place of an
# article; with 我省/全省 in the text, once is enough, and another place named now and then is
# allowed when "the" place is named DOMINANCE times as often (calibrated on the realworld pages:
# provincial news names its province 6–30 times; national news naming 湖北 6 times and 北京 twice,
# without 我省, is about no one province).
MIN_MENTIONS = 2
DOMINANCE = 3
#: Verbs of travel: a place right after one is where the text's people go, not where they are
#: from (市委书记黄建军率队赴上海考察: 市委 is no 上海市委).
TRAVEL_VERBS = frozenset(("赴", "到", "前往", "抵达", "来到", "飞抵", "赶赴", "奔赴", "访问"))
#: …and the words of a partner, a destination or a place helped (我省对广东出口, 与上海签约, 支援
#: 湖北): the place after them is another one's, not the article's own (fifteenth session; not 从
#: or 来自, which name a source: 记者从湖南省政府新闻办获悉 is the article's own place).
PARTNER_WORDS = frozenset(("对", "向", "与", "同", "支援", "驰援", "援助", "对口支援"))
#: Words after which a place is not the article's own: :data:`TRAVEL_VERBS` and
#: :data:`PARTNER_WORDS`.
_NOT_HOME_BEFORE = TRAVEL_VERBS | PARTNER_WORDS


Mentions = tuple[Counter[Place], Counter[Place], bool, bool]
# The last document's mentions: every organisation of a document asks for them. Keyed by the
# document's identity (a weak reference), so nothing outlives the document it was computed for.
_LAST: tuple[weakref.ref[Doc], Mentions] | None = None


def _mentions(doc: Doc) -> Mentions:
    """Provinces and prefectures named in the body (full names and short forms), and whether
    the text says 我省/全省 and 我市/全市. Read off the tokens: place names are jieba words."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc:
        return last[1]
    provinces: Counter[Place] = Counter()
    prefectures: Counter[Place] = Counter()
    gaz = gazetteer()
    for tokens in doc.tokens:
        for k, token in enumerate(tokens):
            if token.word[:2] not in gaz.heads:
                continue  # most words: prefix's own first check, without the call
            name = gaz.prefix(token.word)
            if name is None:
                continue
            if k and tokens[k - 1].word in _NOT_HOME_BEFORE:
                # 市委书记…率队赴上海考察, 与上海签约: where a delegation goes, or a partner's
                # place, is not its home
                continue
            place = gaz.by_name[name]
            if place.level == "province":
                provinces[place] += 1
            elif place.level == "prefecture" and name == place.name:
                # Only full names: short forms of prefectures (中山, 黄山, 来宾) are common words.
                prefectures[place] += 1
    own_province = any(_OWN_PROVINCE.search(text) for text in doc.paragraphs)
    own_city = any(_OWN_CITY.search(text) for text in doc.paragraphs)
    result = (provinces, prefectures, own_province, own_city)
    _LAST = (weakref.ref(doc), result)
    return result


def _dominant(counts: Counter[Place], own: bool) -> Place | None:
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if second == 0 and (n >= MIN_MENTIONS or own):
        return top
    if own and n >= DOMINANCE * second:
        return top
    return None


def province_of(doc: Doc, bare: bool = False) -> str | None:
    """The province the article is about, when the text makes it unambiguous, else ``None``.

    One province named at least twice and no other (or once, with 我省/全省 in the text); with
    我省/全省, one named at least three times as often as any other. ``bare``: the name to
    complete is a bare 自治区… body, which says "our region" as 我区 does.
    """
    provinces, _, own, _ = _mentions(doc)
    place = _dominant(provinces, own or bare)
    return place.name if place is not None else None


def city_of(doc: Doc) -> str | None:
    """The prefecture-level city the article is about, by the same rule, else ``None``.

    A municipality (北京市, 上海市) is its own city when it is the article's province.
    """
    provinces, prefectures, _, own = _mentions(doc)
    place = _dominant(prefectures, own)
    if place is not None:
        return place.name
    province = _dominant(provinces, own)
    if province is not None and province.name.endswith("市") and not prefectures:
        return province.name
    return None


def complete_organization(name: str, doc: Doc) -> str:
    """``name`` completed from context (a leading 省/市 → the article's province/city).

    >>> from policyextract.models import Doc
    >>> from policyextract.segmentation import segment_text
    >>> paragraphs = ["江苏省政府新闻办举行发布会。", "我省将加快发展。"]
    >>> doc = Doc(paragraphs=paragraphs, tokens=[segment_text(p) for p in paragraphs])
    >>> complete_organization("省商务厅", doc)
    '江苏省商务厅'
    >>> complete_organization("市商务局", doc)
    '市商务局'
    """
    if name.startswith("省") and not name.startswith("省份"):
        province = province_of(doc)
        if province is not None and province.endswith("省"):
            return province + name[1:]
    elif name.startswith("自治区"):
        # Only an autonomous region can be meant: one named once is enough (another province
        # named still blocks). Not so for 省…: national news names a province once and speaks
        # of 省… bodies in general.
        province = province_of(doc, bare=True)
        if province is not None and province.endswith("自治区"):
            return province + name[3:]
    elif name.startswith("市"):
        city = city_of(doc)
        if city is not None and city.endswith("市"):
            return city + name[1:]
    return name


def place_of(text: str) -> Place | None:
    """The place whose full name or short form ``text`` is (a thin re-export for rules)."""
    return lookup(text)
