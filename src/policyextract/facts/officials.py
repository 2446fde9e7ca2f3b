"""Officials: a named person with a stated position (title and organisation).

Names are found by their context, never by jieba's ``nr`` tag (it tags 高端化 as a name):

- ``official.org_title_name``: [organisation] title [、 [organisation] title]… name —
  江苏省商务厅外贸处处长王强介绍, 国务院总理李强, 新闻发言人 武平, 党委书记、董事长倪阳平;
- ``official.name_title``: name + one of a few titles said after a name — 习近平总书记, 魏少军教授.

A name is 2–4 Han characters starting with a surname of ``lexicon/surnames.txt`` (or a minority
name with ·), followed by a cue of ``lexicon/name_cues.txt`` (介绍, 表示, 说…), punctuation, a digit
or the end of the paragraph; a common dictionary word (表示, 党委) or a place is no name. The
organisation is the named body just before the title (see :mod:`.organizations`), completed from
context (省工业和信息化厅 → 山东省工业和信息化厅 in a Shandong article). One fact per person (first
mention with a title); the page's reporters and editors are never officials.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from ..lexicon_user import shipped_list, version, word_list
from ..models import Doc
from ..segmentation import tokenizer
from .base import Fact
from .context import complete_organization
from .organizations import Edges, boundaries, find_in_run
from .organizations import patterns as org_patterns
from .places import gazetteer, lookup


class Official(Fact):
    type: Literal["official"] = "official"
    name: str
    title: str | None
    organization: str | None = None


# Modifiers that make a title of a title (副局长, 常务副省长, 首席经济学家).
TITLE_PREFIXES = ("常务副", "副", "代理", "执行", "名誉", "终身", "首席", "高级", "资深", "总")
# Titles that also follow a name (习近平总书记, 魏少军教授). Kept short: after a name, most titles
# are a form of address with a surname only (曲局长), which names nobody.
TITLES_AFTER_NAME = (
    "总书记",
    "主席",
    "副主席",
    "总理",
    "副总理",
    "委员长",
    "教授",
    "院士",
    "研究员",
)
# A dictionary word more frequent than this is a word, not a name (jieba's dict.txt counts:
# 李强 159 and 武平 12 are names in it; 表示 19238, 党委 and 张家 378 are not).
NAME_MAX_FREQ = 300
# Characters that never occur in a name candidate (function words glued to a short name).
NOT_IN_NAME = frozenset("的了在是等们这那该各本每此和与及对向为被把将已也都就还又")
# Last characters of a body's name: a "name" ending with one is a body (董事局主席).
NOT_LAST_IN_NAME = frozenset("局厅部委办院所处科室司社台馆会团队组")
# Punctuation and white space that may follow a name.
AFTER_NAME_CHARS = r"[，。、；：！？,.;:!?（(“”\"」』）)\s\d]"
# Characters allowed between an organisation's suffix and the title (人力资源 in
# 上海分公司人力资源总监); at most this many.
MAX_TITLE_LEAD = 6


@dataclass(frozen=True)
class Patterns:
    org_title_name: regex.Pattern[str]
    name_title: regex.Pattern[str]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _compiled(_version: int) -> Patterns:
    titles = _alternation(word_list("titles"))
    prefixes = _alternation(TITLE_PREFIXES)
    title = rf"(?:(?:{prefixes})?(?:{titles})|首席\p{{Han}}{{1,6}}?(?:官|师|家))"
    surnames = shipped_list("surnames")
    compound = _alternation([s for s in surnames if len(s) > 1])
    single = "".join(s for s in surnames if len(s) == 1)
    name = (
        rf"(?:(?:{compound})\p{{Han}}{{1,2}}?|[{single}]\p{{Han}}{{1,2}}?"
        r"|\p{Han}{2,6}·\p{Han}{2,8}?)"
    )
    cues = _alternation(shipped_list("name_cues"))
    # A title said after the name is a cue too (所长魏少军教授在…).
    after = rf"(?=(?:{cues})|(?:{_alternation(TITLES_AFTER_NAME)})|{AFTER_NAME_CHARS}|$)"
    # Posts joined by 、 or 兼 may each carry their own body (省委副书记、省长; 团长、省贸促会会长).
    chain = rf"{title}(?:[、兼](?:\p{{Han}}{{0,12}}?){title})*"
    # Without a cue (``bare``): a three-character name (four with a compound surname) followed
    # by a word; kept only when jieba's tokens agree (the name ends where a word of 2+ characters
    # starts). One pattern for both: the text is scanned once.
    bare = rf"(?:{compound})\p{{Han}}{{2}}|[{single}]\p{{Han}}{{2}}"
    org_title_name = regex.compile(
        rf"(?P<title>{chain})[ \u3000]?"
        rf"(?:(?P<name>{name}){after}|(?P<bare>{bare})(?=\p{{Han}}{{2}}))"
    )
    after_titles = _alternation(TITLES_AFTER_NAME)
    name_title = regex.compile(
        rf"(?P<name>(?:{compound})\p{{Han}}{{1,2}}|[{single}]\p{{Han}}{{1,2}})"
        rf"(?P<title>{after_titles})"
    )
    return Patterns(org_title_name, name_title)


def patterns() -> Patterns:
    return _compiled(version())


def is_name(name: str) -> bool:
    """A plausible person's name: not a common word, a place or a run with function words."""
    if "·" in name:
        return True
    if any(ch in NOT_IN_NAME for ch in name) or name[-1] in NOT_LAST_IN_NAME:
        return False
    if tokenizer().freq(name) > NAME_MAX_FREQ:
        return False
    return lookup(name) is None


# Party posts whose first word may belong to the body instead (自治区党委书记: 自治区党委 + 书记).
PARTY_PREFIXES = ("党工委", "党委", "党组")


def _run_start(text: str, pos: int) -> int:
    """Where the run of name characters that ends at ``pos`` starts."""
    run = org_patterns().run
    start = pos
    while start > 0 and run.fullmatch(text[start - 1]):
        start -= 1
    return start


def _organization_before(text: str, edges: Edges, title_start: int) -> tuple[int, int] | None:
    """The span of the named body right before a title (with at most MAX_TITLE_LEAD characters
    between them, 人力资源 in 上海分公司人力资源总监), or ``None``."""
    start = _run_start(text, title_start)
    if start == title_start:
        return None
    # The title starts a word even where jieba glued it to the body (协会会长).
    spans = find_in_run(text, start, title_start, edges.with_end(text, title_start))
    if spans and title_start - spans[-1].end <= MAX_TITLE_LEAD:
        return spans[-1].start, spans[-1].end
    # A body known by a name without a suffix (美联储主席).
    for name in org_patterns().known_names:
        if text.endswith(name, start, title_start):
            return title_start - len(name), title_start
    return None


def _place_before(text: str, title_start: int) -> tuple[int, int] | None:
    """A place's full name right before the title (青岛市 in 青岛市市长): the body is the place."""
    gaz = gazetteer()
    for size in gaz.lengths:
        start = title_start - size
        place = gaz.by_name.get(text[start:title_start]) if start >= 0 else None
        if place is not None and place.name == text[start:title_start]:
            return start, title_start
    return None


def _find_organization(
    text: str, edges: Edges, title_start: int, name_start: int
) -> tuple[int, int] | None:
    span = _organization_before(text, edges, title_start)
    if span is None:
        span = _place_before(text, title_start)
    if span is None:
        for prefix in PARTY_PREFIXES:
            if text.startswith(prefix, title_start) and title_start + len(prefix) < name_start:
                after = title_start + len(prefix)
                span = _organization_before(text, edges.with_end(text, after), after)
                break
    return span


def extract(doc: Doc) -> list[Fact]:
    pats = patterns()
    excluded = set(doc.metadata.authors) | set(doc.metadata.editors)
    facts: list[Fact] = []
    seen: set[str] = set()
    for index, (text, tokens) in enumerate(zip(doc.paragraphs, doc.tokens, strict=True)):
        edges: Edges | None = None  # computed for the first title of the paragraph
        found: list[tuple[int, int, str, str, str | None, str]] = []
        words_at: dict[int, str] | None = None
        for match in pats.org_title_name.finditer(text):
            group = "name" if match.group("name") else "bare"
            name, name_start = match.group(group), match.start(group)
            if group == "bare":
                words_at = words_at or {t.start: t.word for t in tokens}
                if name_start not in words_at or len(words_at.get(match.end(), "")) < 2:
                    continue
            if not is_name(name):
                continue
            start, title_start = match.start(), match.start("title")
            edges = edges or boundaries(text, tokens)
            organization: str | None = None
            span = _find_organization(text, edges, title_start, name_start)
            if span is not None:
                start, title_start = span
                organization = complete_organization(text[span[0] : span[1]], doc)
            title = text[title_start:name_start].rstrip(" \u3000")
            rule = "official.org_title_name" if organization else "official.title_name"
            found.append((start, match.end(), name, title, organization, rule))
        starts = {t.start for t in tokens}
        for match in pats.name_title.finditer(text):
            name = match.group("name")
            # The name starts a word (落实/习近平/总书记), so that it is not a word's tail.
            if match.start() in starts and is_name(name):
                found.append(
                    (
                        match.start(),
                        match.end(),
                        name,
                        match.group("title"),
                        None,
                        "official.name_title",
                    )
                )
        for start, end, name, title, organization, rule in sorted(found):
            if name in seen or name in excluded:
                continue
            seen.add(name)
            facts.append(
                Official(
                    text=text[start:end],
                    paragraph=index,
                    start=start,
                    end=end,
                    rule=rule,
                    name=name,
                    title=title,
                    organization=organization,
                )
            )
    return facts
