"""Events: an occasion with a date (a 新闻发布会 and its theme), its organiser.

An event is a named occasion whose last word is an event noun (:data:`EVENT_NOUNS`: 发布会,
座谈会, 论坛, 博览会, 启动仪式, 大会, 活动…) in a sentence that gives its date. Three forms:

- ``organizer 举行/召开/举办/主办 name``: 5月6日上午,河南省政府新闻办举行“…”主题新闻发布会
  (``organizer`` is the subject before the verb, without dates, places and adverbs, when it is
  a named organisation or several: a person who presided, a place or a kind is none);
- ``name (在place)(正式)启动/开幕/举行/召开``: 9月16日下午，山西品牌丝路行活动在圣保罗正式启动;
- ``在(date召开的)name上``: 在9月3日召开的全国…推进会上.

``text`` and ``name`` are the name as written, its theme in quotes included (a leading day and a
``…承办的`` are cut off; a leading year stays: 2019年山西品牌丝路行活动). ``date`` is the date
between the name and its verb (…博览会将于7月举行), else the nearest date of the sentence before
the name (a day before a year), else the first after it; a sentence without a date yields no
event (近日…正式启动 is vague). Kinds of occasions (各类招聘活动, 此次会议, 多场座谈会) are not
events.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import Literal

import regex

from .. import pattern_cache
from ..models import Doc
from ..segmentation import segment_text
from . import dates, organizations
from .base import Fact, lazy_pattern


class Event(Fact):
    type: Literal["event"] = "event"
    date: str | None
    name: str
    organizer: str | None = None


#: Last words of occasions (not of bodies: 委员会, 协会, 商会 are organisations).
EVENT_NOUNS: tuple[str, ...] = (
    "新闻发布会", "发布会", "座谈会", "研讨会", "推进会", "推介会", "洽谈会", "交流会", "对接会",
    "见面会", "报告会", "招聘会", "双选会", "交易会", "展览会", "博览会", "运动会", "动员会",
    "现场会", "调度会", "分析会", "部署会", "推动会", "表彰会", "座谈", "会议", "大会", "峰会",
    "年会", "论坛", "博览", "展会", "开幕式", "闭幕式", "启动仪式", "签约仪式", "揭牌仪式",
    "仪式", "典礼", "活动", "系列活动", "大赛", "竞赛", "比赛", "晚会", "文化节", "艺术节",
)  # fmt: skip
_NOUN = "(?:" + "|".join(pattern_cache.longest_first(EVENT_NOUNS)) + ")"
# A gate on every paragraph: literals, which stdlib re scans four times faster than regex.
_ANY_NOUN = re.compile(_NOUN)
#: A name runs inside one clause; this many characters at most (themes in quotes are long).
_MAX_NAME = 60
_NAME = r"[^，。；：！？,;:!?\n]{0," + str(_MAX_NAME) + r"}?" + _NOUN

_active = lazy_pattern(
    r"(?P<verb>举行|召开|举办|主办|组织召开|主持召开)(?!的)(?:了)?(?P<name>" + _NAME + r")"
    r"(?=[，。；：、！？,;:并和暨及上\s]|$)"
)
_passive = lazy_pattern(
    # greedy: “…”推广活动启动仪式在青岛举行 names the ceremony, not the activity
    r"(?<=^|[，。；：！？,;:\s])(?P<name>" + _NAME.replace("}?", "}") + r")"
    r"(?:(?:将|拟|已)?于[^，。；在]{1,16}?)?(?:在[^，。；在]{1,15}?)?"
    r"(?:正式|隆重|顺利|成功)?(?P<verb>启动|开幕|举行|召开|举办|闭幕|开展)"
)
_PASSIVE_VERB = re.compile(r"启动|开幕|举行|召开|举办|闭幕|开展")
_at = lazy_pattern(
    r"在(?:[^，。；在]{0,12}?(?:召开|举行|举办)的)?(?P<name>"
    + _NAME.replace("{0,", "{2,")
    + r")(?:上|期间)"
)
#: A name opening with a count or a determiner is a kind of occasion, not one occasion
#: (举办各类招聘活动500余场, 此次会议).
_generic = lazy_pattern(
    r"各类|各种|各项|各地|一系列|一批|多场|多项|多种|多次|相关|有关|此次|本次|这次|该|"
    r"[\d一二三四五六七八九十百千两几数]+(?:场|次|个|项|届)?(?:[\p{Han}]{0,2}活动|会议)$"
)
# What follows a leading day before the name itself (4月11日下午的例行新闻发布会).
_TIME_OF_DAY = pattern_cache.compile(r"(?:上午|下午|中午|晚上|早上|凌晨|晚)?的?[，,\s]*")
_HOSTED = pattern_cache.compile(r"(?:主办|承办|协办|举办|召开|举行|组织|开展)的")
_SENTENCE_END = pattern_cache.compile(r"[。！？!?]")
# A clause end searched backwards from a position: the last one before it, at the cost of the
# distance to it rather than of the paragraph before it.
_CLAUSE_END_BACK = pattern_cache.compile(r"[，。；：！？,;:!?]", flags=regex.REVERSE)
#: What precedes the subject in a dateline (新华社上海11月30日电 ) and trails it (正式, 主持).
_DATELINE = pattern_cache.compile(r"^.{0,12}?\d{1,2}日电\s*|^.{0,8}讯\s*")
_SUBJECT_CUT = pattern_cache.compile(r"(?:在|于|将于|已于|再次|首次|分别|共同|联合)")
_SUBJECT_TRAIL = pattern_cache.compile(r"(?:正式|隆重|顺利|成功|专门|还|也|将|已|主持|组织)+$")
_JOINER = pattern_cache.compile(r"|[、和与及]|以及")
_SUBJECT_LEAD = pattern_cache.compile(r"^(?:由|据悉|此外|同时|其中|近日|日前)")


def extract(doc: Doc) -> list[Fact]:
    """Every dated occasion of the body."""
    spans = dates.DateSpans(doc)  # resolved only as far as a named occasion needs
    facts: list[Fact] = []
    for index, text in enumerate(doc.paragraphs):
        if not _ANY_NOUN.search(text):
            continue
        seen: list[tuple[int, int]] = []  # events taken, in text order (they never overlap)
        found: _Dates | None = None
        for pattern, rule in ((_active, "active"), (_at, "at"), (_passive, "passive")):
            if rule == "passive" and not _PASSIVE_VERB.search(text):
                continue  # the greedy name of this form is the costly part: skip it when idle
            for match in pattern().finditer(text):
                found = found or _Dates([s for s in spans[index] if s.value is not None], text)
                event = _event(text, match, rule, index, found)
                if event is not None and not _overlaps(seen, event.start, event.end):
                    insort(seen, (event.start, event.end))
                    facts.append(event)
    facts.sort(key=lambda f: (f.paragraph, f.start))
    return facts


class _Dates:
    """A paragraph's resolved dates in text order (they never overlap), looked up by bisection:
    a paragraph of many events reads each of them in constant or logarithmic time."""

    def __init__(self, spans: list[dates.Span], text: str) -> None:
        self.spans = spans
        # Where each sentence ends (one past its 。！？), for the sentence around a name.
        self.sentence_ends = [end.end() for end in _SENTENCE_END.finditer(text)]
        self.starts = [span.start for span in spans]
        self.ends = [span.end for span in spans]
        # The index of the last day (2024-06-07) at or before each date, -1 when none.
        self.last_day: list[int] = []
        last = -1
        for i, span in enumerate(spans):
            if len(span.value or "") == len("2024-06-07"):
                last = i
            self.last_day.append(last)

    def sentence_around(self, start: int, end: int, text_length: int) -> tuple[int, int]:
        """Where the sentence holding ``start``–``end`` starts and ends (its 。 excluded)."""
        before = bisect_right(self.sentence_ends, start)
        after = bisect_left(self.sentence_ends, end + 1)
        return (
            self.sentence_ends[before - 1] if before else 0,
            self.sentence_ends[after] - 1 if after < len(self.sentence_ends) else text_length,
        )

    def first_from(self, pos: int) -> dates.Span | None:
        """The first date starting at ``pos`` or later."""
        i = bisect_left(self.starts, pos)
        return self.spans[i] if i < len(self.spans) else None

    def from_to(self, start: int, end: int) -> range:
        """Indices of the dates starting at ``start`` or later and ending by ``end``."""
        return range(bisect_left(self.starts, start), bisect_right(self.ends, end))


def _overlaps(seen: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``–``end`` overlaps a span of ``seen`` (sorted, non-overlapping): only the
    spans on either side of where it would go can."""
    i = bisect_left(seen, (start, end))
    return any(s < end and start < e for s, e in seen[max(0, i - 1) : i + 1])


def _event(
    text: str, match: regex.Match[str], rule: str, index: int, found_dates: _Dates
) -> Event | None:
    start, end = match.span("name")
    # A name does not begin with its day (9月3日第二届…大会) nor with who hosted it (…承办的);
    # a year stays (2019年山西品牌丝路行活动 is the name).
    fact = found_dates.first_from(start)
    while fact is not None and fact.start == start and fact.end < end and "-" in (fact.value or ""):
        start = _TIME_OF_DAY.match(text, fact.end).end()
        fact = found_dates.first_from(start)
    hosts = list(_HOSTED.finditer(text, start, end))
    if hosts:
        start = hosts[-1].end()
    while start < end and text[start].isspace():
        start += 1
    name = text[start:end]
    if len(name) < 2 or (name in EVENT_NOUNS and rule != "active") or _generic().match(name):
        return None
    verb = match.start("verb") if rule != "at" else end
    date = _date(text, start, end, verb, found_dates)
    if date is None:
        return None
    organizer = _organizer(text, match.start("verb"), found_dates) if rule == "active" else None
    return Event(
        text=name,
        paragraph=index,
        start=start,
        end=end,
        rule="event." + rule,
        date=date,
        name=name,
        organizer=organizer,
    )


def _date(text: str, start: int, end: int, verb: int, found_dates: _Dates) -> str | None:
    """The date between the name and its verb (…博览会将于7月举行), else the nearest date of the
    sentence before the name (a day rather than a year), else the first after it."""
    following_date = found_dates.first_from(end)
    if following_date is not None and following_date.end <= verb:
        return following_date.value
    sentence_start, sentence_end = found_dates.sentence_around(start, end, len(text))
    before = found_dates.from_to(sentence_start, start)
    if before:
        day = found_dates.last_day[before[-1]]
        return found_dates.spans[day if day >= before[0] else before[-1]].value
    if following_date is not None and following_date.end <= sentence_end:
        return following_date.value
    return None


def _organizer(text: str, verb_start: int, found_dates: _Dates) -> str | None:
    """The subject of 举行/召开: the clause before the verb, without its dates and places."""
    last_end = _CLAUSE_END_BACK.search(text, 0, verb_start)
    clause_start = last_end.end() if last_end else 0
    subject_end = verb_start
    first = max(0, bisect_left(found_dates.starts, clause_start) - 1)
    for fact in found_dates.spans[first:]:
        if fact.start >= verb_start:
            break  # dates come in text order: the rest are after the verb
        if text.startswith("电", fact.end) and clause_start <= fact.end < verb_start:
            clause_start = fact.end + 1  # a dateline: 新华社上海11月30日电
            continue
        if clause_start <= fact.start < subject_end:
            if fact.start == clause_start or text[clause_start : fact.start].isspace():
                clause_start = fact.end
            else:
                subject_end = fact.start
    subject = _DATELINE.sub("", text[clause_start:subject_end]).strip()
    cut = _SUBJECT_CUT.search(subject)
    if cut is not None and cut.start() > 0:
        subject = subject[: cut.start()]
    subject = _SUBJECT_TRAIL.sub("", _SUBJECT_LEAD.sub("", subject)).strip()
    return subject if len(subject) >= 2 and _is_body(subject) else None


def _is_body(subject: str) -> bool:
    """Whether the subject is one named organisation or several joined (国务院新闻办, 国家药监局与
    安徽省人民政府): a person who presided, a place (瑞丽), a kind (学校) or a clause is not."""
    covered = 0
    for start, end, _ in organizations.spans_in(subject, segment_text(subject)):
        if not _JOINER.fullmatch(subject, covered, start):
            return False
        covered = end
    return covered == len(subject)
