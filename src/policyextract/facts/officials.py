"""Officials: a named person with a stated position (title and organisation).

Names are found by their context, never by jieba's ``nr`` tag (it tags 高端化 as a name):

- ``official.org_title_name``: [organisation] title [、 [organisation] title]… name —
  江苏省商务厅外贸处处长王强介绍, 国务院总理李强, 新闻发言人 武平, 党委书记、董事长倪阳平; a Latin
  name after a colon (LGIM首席投资官：Sonja Laud); a comma before a name said to be an alias
  (副总裁，李亮（化名）);
- ``official.country_title_name``: country + title + a transliterated name that need not start
  with a surname (法国总理菲利普, 美国财长雅各布·卢); the country is the organisation;
- ``official.name_title``: name + one of a few titles said after a name — 习近平总书记,
  魏少军教授; and name + a government, party or company post (副市长, 局长, 书记, 董事长) when the
  name opens a clause (，王某某副市长带队…; not 他曾任副市长, 常务副市长).

A name is 2–4 Han characters starting with a surname of ``lexicon/surnames.txt`` (or a minority or
foreign name with ·, or two or three capitalised Latin words), followed by a cue of
``lexicon/name_cues.txt`` (介绍, 表示, 说…), punctuation, a digit or the end of the paragraph; a
common dictionary word (表示, 党委) or a place is no name. The organisation is the named body just
before the first title (see :mod:`.organizations`; a bracketed region stays in it: 三菱东京日联银行
（中国）; else a place with the places written before it (佛山市顺德区), a country or a Latin
acronym), completed from context (省工业和信息化厅 → 山东省工业和信息化厅 in a Shandong
article). ``title`` is everything from the first title to the name, as written: posts at one
body stay one title (副书记、省长), and posts at several bodies keep the later bodies inside it
(中共中央 | 政治局常委、国务院总理). One fact per person (first mention with a title); the page's
reporters and editors are never officials.
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
from .organizations import COUNTRIES, COUNTRIES_AT, Edges, boundaries, find_in_run
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
# Posts of government, party and company heads said after a full name (沈某某副省长, 王某局长
# 表示) — counted only where the name opens a clause (after punctuation or at the start): inside
# a clause the characters before such a title are mostly words (他曾任副市长, 常务副市长).
TITLES_AFTER_FULL_NAME = (
    "省长", "副省长", "市长", "副市长", "常务副市长", "常务副省长", "县长", "副县长", "区长",
    "副区长", "书记", "副书记", "厅长", "副厅长", "局长", "副局长", "部长", "副部长", "主任",
    "副主任", "秘书长", "副秘书长", "董事长", "总经理",
)  # fmt: skip
# A dictionary word more frequent than this is a word, not a name (jieba's dict.txt counts:
# 李强 159 and 武平 12 are names in it; 表示 19238, 党委 and 张家 378 are not).
NAME_MAX_FREQ = 300
# Characters that never occur in a name candidate (function words glued to a short name).
NOT_IN_NAME = frozenset("的了在是等们这那该各本每此和与及对向为被把将已也都就还又副")
# Last characters of a body's name: a "name" ending with one is a body (董事局主席).
NOT_LAST_IN_NAME = frozenset("局厅部委办院所处科室司社台馆会团队组府邸宫")
# Punctuation and white space that may follow a name.
AFTER_NAME_CHARS = r"[，。、；：！？,.;:!?（(“”\"」』）)\s\d]"
# A Latin name: two or three capitalised words (Vincent Mortier, Mary C. Daly).
LATIN_NAME = r"[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][a-z]+)){1,2}"
# A body known by a Latin acronym right before a title (LGIM首席投资官): 2–8 capitals.
_ACRONYM = regex.compile(r"(?<![A-Za-z])[A-Z]{2,8}$")
# Characters allowed between an organisation's suffix and the title (人力资源 in
# 上海分公司人力资源总监); at most this many.
MAX_TITLE_LEAD = 6


@dataclass(frozen=True)
class Patterns:
    org_title_name: regex.Pattern[str]
    name_title: regex.Pattern[str]
    foreign: regex.Pattern[str]
    posts: regex.Pattern[str]  # TITLES_AFTER_FULL_NAME
    post_name: regex.Pattern[str]  # a full name before one of them


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
        r"|\p{Han}{2,6}·\p{Han}{1,8}?)"
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
    # A comma may stand between the title and a name said to be an alias (副总裁，李亮（化名）).
    # A Latin name follows a title after a colon (首席投资官：Rick Rieder) or a space.
    gap = r"(?:[ \u3000]|，(?=\p{Han}{2,3}（化名）)|[：:] ?(?=[A-Z]))?"
    org_title_name = regex.compile(
        rf"(?P<title>{chain}){gap}"
        rf"(?:(?P<name>{name}){after}|(?P<bare>{bare})(?=\p{{Han}}{{2}})"
        rf"|(?P<latin>{LATIN_NAME})(?![A-Za-z]))"
    )
    # A country's head of state or minister has a transliterated name that need not start with a
    # surname (法国总理菲利普, 美国财长雅各布·卢); the country is the body.
    countries = _alternation(sorted(COUNTRIES))
    foreign = regex.compile(
        rf"(?P<org>{countries})(?P<title>{chain})"
        rf"(?P<name>\p{{Han}}{{2,4}}?(?:·\p{{Han}}{{1,6}}?)?){after}"
    )
    after_titles = _alternation(TITLES_AFTER_NAME)
    name_title = regex.compile(
        rf"(?P<name>(?:{compound})\p{{Han}}{{1,2}}|[{single}]\p{{Han}}{{1,2}})"
        rf"(?P<title>{after_titles})"
    )
    post_name = regex.compile(rf"(?:{compound})\p{{Han}}{{1,2}}|[{single}]\p{{Han}}{{1,2}}")
    posts = regex.compile(_alternation(TITLES_AFTER_FULL_NAME))
    return Patterns(org_title_name, name_title, foreign, posts, post_name)


def patterns() -> Patterns:
    return _compiled(version())


def is_name(name: str) -> bool:
    """A plausible person's name: not a common word, a place or a run with function words."""
    if "·" in name or name.isascii():
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
    """A place's full name right before the title (青岛市 in 青岛市市长): the body is the place,
    with the places that contain it written before it (佛山市顺德区 in 佛山市顺德区区长)."""
    start = _full_place_before(text, title_start)
    if start is None:
        return None
    while (outer := _full_place_before(text, start)) is not None:
        start = outer
    return start, title_start


def _full_place_before(text: str, end: int) -> int | None:
    """Where the full name of a place that ends at ``end`` starts, else ``None``."""
    gaz = gazetteer()
    for size in gaz.lengths:
        start = end - size
        place = gaz.by_name.get(text[start:end]) if start >= 0 else None
        if place is not None and place.name == text[start:end]:
            return start
    return None


def _country_before(text: str, title_start: int) -> tuple[int, int] | None:
    """A country right before the title (法国 in 法国总统): the body is the country."""
    for size in (4, 3, 2):
        if size <= title_start and text[title_start - size : title_start] in COUNTRIES:
            return title_start - size, title_start
    return None


def _bracketed_before(text: str, edges: Edges, title_start: int) -> tuple[int, int] | None:
    """A body with a bracketed qualifier before the title (三菱日联银行（中国）首席分析师)."""
    if not text.startswith("）", title_start - 1):
        return None
    open_at = text.rfind("（", max(0, title_start - 8), title_start)
    if open_at <= 0:
        return None
    span = _organization_before(text, edges.with_end(text, open_at), open_at)
    if span is None or span[1] != open_at:
        return None
    return span[0], title_start


def _acronym_before(text: str, title_start: int) -> tuple[int, int] | None:
    """A Latin acronym right before the title (LGIM首席投资官): the body is the acronym."""
    match = _ACRONYM.search(text, max(0, title_start - 9), title_start)
    return match.span() if match is not None else None


def _find_organization(
    text: str, edges: Edges, title_start: int, name_start: int
) -> tuple[int, int] | None:
    span = _organization_before(text, edges, title_start)
    if span is None:
        span = _bracketed_before(text, edges, title_start)
    if span is None:
        span = _place_before(text, title_start) or _country_before(text, title_start)
    if span is None:
        span = _acronym_before(text, title_start)
    if span is None:
        for prefix in PARTY_PREFIXES:
            if text.startswith(prefix, title_start) and title_start + len(prefix) < name_start:
                after = title_start + len(prefix)
                span = _organization_before(text, edges.with_end(text, after), after)
                break
    return span


# Where a clause starts: a name before a post is counted only right after one of these.
CLAUSE_OPENERS = frozenset("，。；：！？,;:!?“ \u3000")


def _name_post(text: str, pats: Patterns) -> list[tuple[int, int, str, str, None, str]]:
    """王某某副市长 at a clause start: the shortest name before the post that opens the clause."""
    found: list[tuple[int, int, str, str, None, str]] = []
    for match in pats.posts.finditer(text):
        title_start = match.start()
        for size in (2, 3, 4):
            start = title_start - size
            if start < 0:
                break
            if start > 0 and text[start - 1] not in CLAUSE_OPENERS:
                continue
            name = text[start:title_start]
            if pats.post_name.fullmatch(name) and is_name(name):
                found.append((start, match.end(), name, match.group(), None, "official.name_title"))
            break
    return found


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
            group = next(g for g in ("name", "bare", "latin") if match.group(g))
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
            title = text[title_start:name_start].rstrip(" \u3000，：:")
            rule = "official.org_title_name" if organization else "official.title_name"
            found.append((start, match.end(), name, title, organization, rule))
        # Tried only where a word starts with a country's name (most paragraphs name none).
        for pos in [t.start for t in tokens if t.word[:2] in COUNTRIES_AT]:
            match = pats.foreign.match(text, pos)
            if match is None:
                continue
            name = match.group("name")
            # The name is whole words (not 府表示 in 法国总统府表示).
            words_at = words_at or {t.start: t.word for t in tokens}
            whole = match.start("name") in words_at and (
                match.end() in words_at or match.end() == len(text)
            )
            if whole and is_name(name) and all(f[2] != name for f in found):
                rule = "official.country_title_name"
                org = match.group("org")
                found.append((match.start(), match.end(), name, match.group("title"), org, rule))
        starts: set[int] | None = None
        # Scanned only when one of its titles is in the text: the pattern starts with a surname,
        # which most characters of a paragraph could be.
        after_name = any(title in text for title in TITLES_AFTER_NAME)
        for match in pats.name_title.finditer(text) if after_name else ():
            name = match.group("name")
            starts = starts if starts is not None else {t.start for t in tokens}
            # The name starts a word (落实/习近平/总书记), so that it is not a word's tail.
            if match.start() in starts and is_name(name):
                rule = "official.name_title"
                found.append((match.start(), match.end(), name, match.group("title"), None, rule))
        found.extend(_name_post(text, pats))
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
