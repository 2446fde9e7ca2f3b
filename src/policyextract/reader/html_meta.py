"""Article metadata from an HTML page, each field from the most trusted place first.

Order of trust (the first that answers wins): ``<meta>`` tags, then JSON-LD, then page patterns
(the headline element, the 来源/时间/作者/编辑 lines around it, the breadcrumb, the <title>
suffix), then the URL. Line-level reading (a 来源 line, a byline, an editor line) is shared with
the text-dump reader through :mod:`.meta_lines`; this module adds what HTML structure tells.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex
from lxml import etree

from .. import pattern_cache
from ..models import Metadata, PublishedClaim, PublishedSource
from . import meta_lines
from .dom import BLOCK_TAGS, Element, class_names, is_hidden, normalize, text_of
from .dom import SPACE as _SPACE
from .lazy import lazy_re, lazy_regex
from .timeparse import (
    CHINA,
    MAX_YEAR,
    MIN_YEAR,
    epoch_to_iso,
    find_published,
    in_zone,
    to_datetime,
    url_date,
    valid_date,
    zone_of,
)

# Meta names (name/property/itemprop, lower-cased, spaces removed) per field, most specific first.
TITLE_METAS = ("og:title", "articletitle", "twitter:title", "title")
PUBLISHED_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish_date",
    "publishtime",
    "pubtime",
    "og:time",
    "weibo:article:create_at",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "firstpublishedtime",
)
SOURCE_METAS = ("source", "contentsource", "og:source", "article:source")
SITE_METAS = ("og:site_name", "sitename", "application-name", "apple-mobile-web-app-title")
SECTION_METAS = ("columnname", "article:section", "og:category", "genre", "section", "channel")
URL_METAS = ("og:url", "url")
EDITOR_METAS = ("editor",)
DESCRIPTION_METAS = ("description", "og:description", "twitter:description", "dc.description")
IMAGE_METAS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "image",
    "thumbnail",
)
JSON_LD_PUBLISHED = ("datePublished", "pubDate", "dateCreated", "uploadDate")

_WS = pattern_cache.compile(r"\s+")
# Separators between a headline and the site/section names in <title>.
_TITLE_SEP = pattern_cache.compile(r"\s*(?:_|--|-|\||｜|—{1,2}|–|·|::)\s*")
_CJK = pattern_cache.compile(r"\p{Han}")
# A site/section name in a <title> suffix is short; a longer piece belongs to the headline.
_MAX_SUFFIX = 16
_HEADING_TAGS = ("h1", "h2", "h3")
# Class/id patterns run on lower-cased names (see _names), case-sensitively: twice as fast.
_TITLE_CLASS = re.compile(r"title|headline|biaoti|\bbt\b")
_MIN_HEADLINE, _MAX_HEADLINE = 4, 120
_BREADCRUMB_CLASS = re.compile(
    r"crumb|breadcrumb|position|location|\bpath\b|\bwhere\b|dqwz|curpos|\bpos\b|\bnav_?path"
)
_BREADCRUMB_LABEL = meta_lines.CRUMB_LABEL
_BREADCRUMB_SEP = pattern_cache.compile(r"\s*(?:>>|->|>|»|›|→|＞|/|＞＞|\\)\s*")
_BREADCRUMB_NOT_STEP = {"正文", "首页", "返回首页", "本站首页", "当前位置", "您的位置"}
# How far after the headline the 来源/时间 line may sit: text nodes, and the stop at prose.
_INFO_NODES = 60
_PROSE_LEN = 20


@dataclass
class HeadInfo:
    """What the page's head and machine-readable parts say, read before the tree is cleaned."""

    metas: dict[str, str] = field(default_factory=dict)
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    title: str = ""
    canonical: str | None = None
    # The texts of the page's scripts (not JSON-LD), read for a publication time only when the
    # metas give none (see :meth:`script_published`).
    scripts: list[str] = field(default_factory=list)
    # <link rel="image_src"> (an older way to name the lead image).
    image_link: str | None = None
    # <time datetime="…"> elements, in document order.
    times: list[Element] = field(default_factory=list)

    def script_published(self) -> str | None:
        """A publication time a script holds as a Unix time (WeChat's ``var ct = "1700000000"``)."""
        for script in self.scripts:
            found = _script_epoch(script)
            if found is not None:
                return found
        return None


@dataclass
class Scan:
    """What one pass over the page's elements found (see :func:`scan`)."""

    headings: list[Element] = field(default_factory=list)
    # Elements whose own text is the <title> up to one of its separators (a headline set in
    # <b> or <td> on pages without a heading element).
    title_texts: list[Element] = field(default_factory=list)
    hidden: list[Element] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
    # The page's root, for the look-ups only some pages need (the copyright owner).
    root: Element | None = None


@dataclass
class PageMeta:
    """The metadata found, and the page lines that were read as metadata (not body)."""

    metadata: Metadata
    lines: set[str] = field(default_factory=set)


def read_head(root: Element) -> HeadInfo:
    """Meta tags, JSON-LD, <title> and canonical link (read before scripts are removed).

    One walk of the tree picks the five tags (lxml matches them in C), in document order."""
    info = HeadInfo()
    title: Element | None = None
    for el in root.iter("meta", "script", "time", "title", "link"):
        tag = el.tag
        if tag == "meta":
            _read_meta(el, info.metas)
        elif tag == "script":
            _read_script(el, info)
        elif tag == "time":
            if el.get("datetime"):
                info.times.append(el)
        elif tag == "title":
            if title is None and el is not root:
                title = el
        else:
            _read_link(el, info)
    if title is not None:
        info.title = meta_lines.title_space(text_of(title))
    return info


def _read_meta(el: Element, metas: dict[str, str]) -> None:
    key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
    content = (el.get("content") or "").strip(_SPACE)
    if key and content:
        metas.setdefault(_WS.sub("", key).lower(), content)


def _read_script(el: Element, info: HeadInfo) -> None:
    text = el.text
    if not text:
        return
    if (el.get("type") or "").lower() == "application/ld+json":
        info.json_ld.extend(_json_objects(text))
    else:
        info.scripts.append(text)


def _read_link(el: Element, info: HeadInfo) -> None:
    rel, href = (el.get("rel") or "").lower(), (el.get("href") or "").strip()
    if rel == "canonical" and href and info.canonical is None:
        info.canonical = href
    elif rel == "image_src" and href and info.image_link is None:
        info.image_link = href


# A publish-time variable of a script holding a Unix time in seconds: WeChat's ``var ct =
# "1700000000"`` and ``create_time``, and kin (publish_time, pubTime, createTime). An update or
# modification time is not a publication time, so only these names are read. The value is
# searched first (rare, and a fast scan); the name is then read just before it.
_EPOCH_VALUE = pattern_cache.compile(r"[:=]\s*[\"']?(?P<epoch>1\d{9})(?!\d)")
_EPOCH_NAME = lazy_regex(
    r"(?<![\w$.])(?:ct|(?:publish|pub|create|created|post|release|issue)_?"
    r"(?:time|date|at|ts|timestamp))[\"']?\s*$",
    regex.IGNORECASE,
)


# Ten digits led by 1, any digit of any script (non-ASCII characters pass): every _EPOCH_VALUE
# match holds one. Most scripts hold none, and stdlib ``re`` finds that 4× faster than the
# ``regex`` search for the value finds no match.
_EPOCH_GATE = re.compile(r"1[^\x00-\x2f\x3a-\x7f]{9}")


def _script_epoch(script: str) -> str | None:
    if not _EPOCH_GATE.search(script):
        return None
    for match in _EPOCH_VALUE.finditer(script):
        if _EPOCH_NAME.search(script, max(0, match.start() - 40), match.start()):
            value = epoch_to_iso(int(match["epoch"]))
            return value if MIN_YEAR <= int(value[:4]) <= MAX_YEAR else None
    return None


def _json_objects(text: str) -> Iterator[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if "@graph" in item:
                stack.append(item["@graph"])


def read_metadata(
    head: HeadInfo, page: Scan, article: Element | None, lines: Sequence[str]
) -> PageMeta:
    """All metadata fields. ``lines`` are the article block's paragraphs (for bylines)."""
    found = PageMeta(metadata=Metadata())
    meta = found.metadata
    heads, meta.title = headline(page.headings, head, article, page.title_texts)
    if not heads and (meta.title is None or meta_lines.is_site_name(meta.title)):
        # No element shows the headline and the <title> names only the site: the headline is
        # the line above the article's date line, as a reader sees it.
        meta.title = _line_above_date(article) or meta.title
    info = _best_info(heads, article)
    after = after_lines(article)

    # A dateline may also sit just above the headline; only its nearest lines are read.
    above = _lines_above(heads[0]) if heads else []
    anchor = heads[0] if heads else article
    meta.published, meta.published_from, conflicts = _published(
        head, [*info, *above], after, found, anchor
    )
    meta.published_conflicts = [PublishedClaim(source=s, published=v) for s, v in conflicts]
    meta.source = (
        _source(head, info, after, found)
        or _source_slot(heads, article)
        or _outlet_line(info, found)
    )
    meta.site = _site(head, page, meta.title)
    meta.section = _section(head, page, meta.title)
    meta.url = _url(head)
    meta.description = _description(head)
    meta.image = _image(head)
    authors, editors = _people(info, lines, found)
    if not authors:
        authors = _author_slot(heads, article) or _json_ld_authors(head)
    if not editors:
        # The editor line often closes the page below the article block (编辑:… in a footer row).
        editors = _editors(after, found)
    meta.authors = authors
    meta.editors = editors or meta_lines.editor_names(first_meta(head.metas, EDITOR_METAS) or "")
    return found


def _line_above_date(article: Element | None) -> str | None:
    """The line right above the first dated line over the article block, when shaped like a
    headline (not a date, a breadcrumb or a sentence)."""
    lines = info_lines(None, article)  # nearest first
    for i, line in enumerate(lines[:-1]):
        if valid_date(line):
            above = lines[i + 1]
            plain = not (valid_date(above) or meta_lines.parse_breadcrumb(above))
            fits = _MIN_HEADLINE <= len(above) <= _MAX_HEADLINE and not above.endswith("。")
            return above if plain and fits else None
    return None


def _best_info(heads: list[Element], article: Element | None) -> list[str]:
    """The info lines of the first headline element that has a dated line near it (a page may
    repeat its headline in a share box or a print view)."""
    first: list[str] | None = None
    for el in heads:
        lines = info_lines(el, article)
        if any(valid_date(line) for line in lines):
            return lines
        first = lines if first is None else first
    return first if first is not None else info_lines(None, article)


def first_meta(metas: dict[str, str], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = metas.get(key)
        if value:
            return value
    return None


# --- title -----------------------------------------------------------------------------------


def headline(
    headings: list[Element],
    head: HeadInfo,
    article: Element | None = None,
    title_texts: Sequence[Element] = (),
) -> tuple[list[Element], str | None]:
    """The headline text and the elements showing it: the page heading that the <title> starts
    with, else the title meta, else the <h1> nearest above the article (a site's logo may be an
    <h1> too), else another element showing the <title>'s first pieces (``title_texts``), else
    the <title> without its site suffix."""
    # The site's own name (a logo <h1>, a <title> that is only the site name) is no headline.
    site = first_meta(head.metas, SITE_METAS)
    candidates = [(el, text) for el, text in _heading_candidates(headings) if text != site]
    shown = [(el, _in_title(text, head.title)) for el, text in candidates]
    in_title = [text for _, text in shown if text is not None]
    best: str | None = max(in_title, key=len) if in_title else None
    candidates.extend((el, text) for el, text in shown if text is not None)
    meta_title = first_meta(head.metas, TITLE_METAS)
    if best is None and meta_title:
        cleaned = strip_title_suffix(meta_lines.title_space(meta_title))
        best = cleaned if any(text == cleaned for _, text in candidates) else None
    if best is None:
        best = _nearest_h1([c for c in candidates if c[0].tag == "h1"], article)
    if best is None and title_texts:
        candidates = [(el, meta_lines.title_space(text_of(el))) for el in title_texts]
        best = max((text for _, text in candidates), key=len)
    if best is not None:
        return _showing(candidates, best), best
    if meta_title:
        return [], strip_title_suffix(meta_lines.title_space(meta_title))
    if head.title:
        return [], strip_title_suffix(head.title)
    return [], None


def _nearest_h1(h1s: list[tuple[Element, str]], article: Element | None) -> str | None:
    h1s = [(el, text) for el, text in h1s if len(text) > _MIN_HEADLINE]
    if len(h1s) < 2 or article is None:
        return h1s[0][1] if h1s else None
    start = _position(article)
    above = [(_position(el), text) for el, text in h1s]
    before = [(pos, text) for pos, text in above if pos <= start + _INSIDE_ARTICLE]
    return max(before)[1] if before else h1s[0][1]


# An <h1> a few elements into the article block still heads it.
_INSIDE_ARTICLE = 5
_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _position(el: Element) -> int:
    """The element's index in document order."""
    return int(_POSITION(el))


def _showing(candidates: list[tuple[Element, str]], text: str) -> list[Element]:
    out: list[Element] = []
    for el, candidate in candidates:
        if candidate == text and el not in out:
            out.append(el)
    return out


def _heading_candidates(headings: list[Element]) -> Iterator[tuple[Element, str]]:
    for el in headings:
        full = text_of(el)
        first_line = full.strip(_SPACE).split("\n", 1)[0]
        for text in (meta_lines.title_space(full), meta_lines.title_space(first_line)):
            if _MIN_HEADLINE <= len(text) <= _MAX_HEADLINE:
                yield el, text


def _in_title(text: str, title: str) -> str | None:
    """The heading's text as the <title> shows it: all of it, or without a bracketed column
    label that the <title> leaves out (【记者连线】标题 in the page, 标题_站点 in <title>)."""
    if _is_title_prefix(text, title):
        return text
    label = _COLUMN_LABEL.match(text)
    if label and _is_title_prefix(text[label.end() :], title):
        return text[label.end() :]
    return None


# A column label opening a heading: 【记者连线】, [快讯]; a few words in square brackets.
_COLUMN_LABEL = pattern_cache.compile(r"^(?:【[^【】]{1,10}】|\[[^\[\]]{1,10}\])\s*")


def _is_title_prefix(text: str, title: str) -> bool:
    """Whether ``text`` is the <title> or its first or last piece (站点名 - 标题 also occurs)."""
    if title.startswith(text):
        rest = title[len(text) :]
        return not rest or bool(_TITLE_SEP.match(rest)) or rest[0].isspace()
    if title.endswith(text):
        rest = title[: -len(text)]
        return bool(_TITLE_SEP.search(rest[-3:])) or rest[-1].isspace()
    return False


def strip_title_suffix(title: str, site: str | None = None) -> str:
    """The headline without trailing ``_栏目_站点`` pieces (short pieces after a separator).

    :func:`meta_lines.clean_title` decides first; when it leaves the title alone, short pieces
    after an unambiguous separator (``_``, ``|``, a spaced dash) are dropped from the end, never
    a hyphen inside a headline (2024-2025年).
    """
    cleaned = meta_lines.clean_title(title, site)
    if cleaned != title.strip():
        return cleaned
    out = title.strip(_SPACE)
    while True:
        seps = list(_SUFFIX_SEP.finditer(out))
        if not seps:
            return out
        head, tail = out[: seps[-1].start()].strip(_SPACE), out[seps[-1].end() :]
        if len(tail) > _MAX_SUFFIX or len(head) < _MIN_HEADLINE:
            return out
        out = head


# Separators that end a headline in <title>; a bare hyphen is too often part of the headline.
_SUFFIX_SEP = lazy_regex(r"\s*(?:_+|\s[-–—|｜]{1,2}\s|--|\||｜)\s*")


# --- lines around the headline ---------------------------------------------------------------


def info_lines(headline_el: Element | None, article: Element | None) -> list[str]:
    """Lines of text in and after the headline (or before the article block), up to the first
    prose.

    Text nodes in the same block element form one line, as a browser shows them
    (``<span>来源：<a>中国网</a></span>`` is the line ``来源： 中国网``); pieces from different
    elements are joined with a space so that a link after a value (举报, 调整字体) stays apart.
    """
    if headline_el is not None:
        nodes = headline_el.xpath(_FROM_HEADLINE)
    elif article is not None:
        # Without a headline: the lines just above the article block, nearest first, stopping
        # at prose further up.
        nodes = article.xpath(_BEFORE_ARTICLE)
        prose = [i for i, node in enumerate(nodes) if _is_prose(str(node))]
        nodes = nodes[prose[-1] + 1 :] if prose else nodes
        return list(reversed(_lines(nodes, stop_at_prose=False)))
    else:
        return []
    return _lines(nodes, stop_at_prose=True)


def after_lines(article: Element | None) -> list[str]:
    """Lines of text right after the article block (some CMSs put the date line there)."""
    if article is None:
        return []
    return _lines(article.xpath(_AFTER_ARTICLE), stop_at_prose=False)


def _lines(nodes: Sequence[Any], *, stop_at_prose: bool) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    owner: Element | None = None
    for node in nodes:
        text = str(node)
        if stop_at_prose and _is_prose(text):
            break
        block = _block_of(node)
        if block is not owner and current:
            lines.extend(_split_lines(" ".join(current)))
            current = []
        owner = block
        current.append(text)
    if current:
        lines.extend(_split_lines(" ".join(current)))
    return lines


def _lines_above(el: Element) -> list[str]:
    """The few text lines right above ``el``, nearest first."""
    lines = _lines(el.xpath(_ABOVE_HEADLINE), stop_at_prose=False)
    return list(reversed(lines))[:_ABOVE_LINES]


_ABOVE_LINES = 3
_ABOVE_HEADLINE = f"preceding::text()[normalize-space()][position()<={_ABOVE_LINES * 2}]"


def _is_prose(text: str) -> bool:
    return len(text.strip(_SPACE)) >= _PROSE_LEN and "。" in text


_FROM_HEADLINE = (
    f"(descendant::text() | following::text())[normalize-space()][position()<={_INFO_NODES}]"
)
_BEFORE_ARTICLE = f"preceding::text()[normalize-space()][position()<={_INFO_NODES}]"
_AFTER_ARTICLE = f"following::text()[normalize-space()][position()<={_INFO_NODES}]"


def _block_of(node: Any) -> Element | None:
    el: Element | None = node.getparent()
    if el is not None and node.is_tail:
        el = el.getparent()
    while el is not None and el.tag not in BLOCK_TAGS:
        el = el.getparent()
    return el


def _split_lines(text: str) -> list[str]:
    return [normalize(part) for part in text.split("\n") if part.strip(_SPACE)]


# The publication time, its source, and the (source, time) claims that disagree with it.
Published = tuple[str | None, PublishedSource | None, list[tuple[PublishedSource, str]]]


def _published(
    head: HeadInfo, info: list[str], after: list[str], found: PageMeta, anchor: Element | None
) -> Published:
    """The publication time, where it came from, and the sources that disagree with it.

    The rule (README, "Publication time"): a machine-readable time (meta tag, JSON-LD, a
    ``<time datetime>``, a script's publish epoch, in that order) decides the day, rewritten in
    the page's local zone: +08:00, or the zone the visible time line prints. A visible line of
    that day gives the time as the page shows it (metas often carry a date only, or an index
    time), unless it agrees with the machine time to the minute: then the machine time, with its
    seconds, stands. Without either, the URL's date.
    """
    page = _page_date(info, found, labelled=False) or _page_date(after, found, labelled=True)
    zone = zone_of(page) or CHINA  # a printed zone (GMT+9) is the page's own; else +08:00
    claims: list[tuple[PublishedSource, str]] = []
    for source, value in _machine_times(head, anchor):
        claims.append((source, in_zone(value, zone)))
    if page is not None:
        claims.append(("page", page))
    url = url_date(head.canonical or first_meta(head.metas, URL_METAS))
    if url is not None:
        claims.append(("url", url))
    if not claims:
        return None, None, []
    chosen = claims[0]
    machine = [c for c in claims if c[0] not in ("page", "url")]
    if machine and page is not None:
        day, value = machine[0][1][:10], machine[0][1]
        if page[:10] == day and len(page) > len(day) and not _same_minute(page, value):
            chosen = ("page", page)
    conflicts = [c for c in claims if not _agree(c[1], chosen[1])]
    return chosen[1], chosen[0], conflicts


def _machine_times(head: HeadInfo, anchor: Element | None) -> list[tuple[PublishedSource, str]]:
    """The first time of each machine-readable source, in the order of precedence."""
    found: list[tuple[PublishedSource, str]] = []
    meta = valid_date(first_meta(head.metas, PUBLISHED_METAS))
    if meta is not None:
        found.append(("meta", meta))
    for obj in head.json_ld:
        values = [valid_date(v) for k in JSON_LD_PUBLISHED if isinstance(v := obj.get(k), str)]
        json_ld = next((v for v in values if v is not None), None)
        if json_ld is not None:
            found.append(("json-ld", json_ld))
            break
    element = _time_element(head.times, anchor)
    if element is not None:
        found.append(("time", element))
    # A script's publish time is machine-written too (the page shows it only once rendered);
    # scripts are searched only when nothing else is machine-readable (a scan of every script).
    if not found:
        script = head.script_published()
        if script is not None:
            found.append(("script", script))
    return found


def _time_element(times: list[Element], anchor: Element | None) -> str | None:
    """A ``<time datetime>`` of the article: one marked as the publication time (itemprop
    datePublished, pubdate), else the first after the headline (or the article block's start);
    the times of related-news lists stand elsewhere."""
    for el in times:
        if (el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None:
            return valid_date(el.get("datetime"))
    if anchor is None or not times:
        return None
    start = _position(anchor)
    for el in times:
        if start <= _position(el) <= start + _TIME_AFTER_HEADLINE:
            return valid_date(el.get("datetime"))
    return None


# How many elements after the headline a <time> may stand and still date the article.
_TIME_AFTER_HEADLINE = 40


def _same_minute(a: str, b: str) -> bool:
    x, y = to_datetime(a), to_datetime(b)
    return x is not None and y is not None and abs((x - y).total_seconds()) < _MINUTE


_MINUTE = 60


def _agree(a: str, b: str) -> bool:
    """Two publication times agree: the same minute, or the same day when either is a date."""
    if len(a) <= _DATE_LEN or len(b) <= _DATE_LEN:
        return a[:_DATE_LEN] == b[:_DATE_LEN]
    return _same_minute(a, b)


_DATE_LEN = len("2024-05-22")


# After the article a date is the article's only when labelled (发布日期：…); bare dates there
# belong to related-news lists.
_TIME_LABEL = lazy_regex(r"[发發][布佈]|[发發]表|[时時][间間]|日期|加入|更新")


def _page_date(lines: list[str], found: PageMeta, *, labelled: bool) -> str | None:
    for line in lines:
        if labelled and not _TIME_LABEL.search(line):
            continue
        parsed = meta_lines.parse_source_line(line)
        value = valid_date(parsed[1] if parsed and parsed[1] else line)
        if value is not None:
            found.lines.add(line)
            return value
    return None


def _source(head: HeadInfo, info: list[str], after: list[str], found: PageMeta) -> str | None:
    from_meta = first_meta(head.metas, SOURCE_METAS)
    if from_meta:
        # Some CMSs put the whole page line in the meta (来源：人民网-文化频道 原创稿).
        parsed = meta_lines.parse_source_line(from_meta)
        from_meta = parsed[0] if parsed and parsed[0] else normalize(from_meta)
        # The page line may name the same outlet more fully (人民网－人民日报 for 人民日报).
        shown = _page_source(info, after, found)
        return shown if shown and from_meta in shown else from_meta
    return _page_source(info, after, found)


def _page_source(info: list[str], after: list[str], found: PageMeta) -> str | None:
    lines = [*info, *after]
    for i, line in enumerate(lines):
        parsed = meta_lines.parse_source_line(line)
        if parsed and not parsed[0] and _LABEL_ONLY.search(line) and i + 1 < len(lines):
            # 来源： in one element, the outlet in the next (<span>来源：</span><a>新华网</a>).
            parsed = meta_lines.parse_source_line(f"{line} {lines[i + 1]}")
        if parsed and parsed[0]:
            found.lines.add(line)
            return parsed[0]
    return None


_LABEL_ONLY = pattern_cache.compile(r"[来來]源\s*[:：]\s*$")


def _outlet_line(info: list[str], found: PageMeta) -> str | None:
    """A line naming only an outlet between the headline and the first dated line (经济日报 above
    ``2024-05-13 06:16 发布于北京``), as self-media platforms print the account."""
    for line in info[1:]:
        if valid_date(line):
            return None
        if meta_lines.OUTLET_LINE.match(line):
            found.lines.add(line)
            return line
    return None


def _site(head: HeadInfo, page: Scan, title: str | None) -> str | None:
    """og:site_name and kin; else a site's name beside the headline in <title>; else the
    breadcrumb's first step or the copyright line's owner when shaped like a site's name (what a
    text dump also shows, read by the same rules); else the outermost <title> piece."""
    from_meta = first_meta(head.metas, SITE_METAS)
    if from_meta:
        return normalize(from_meta)
    pieces = _title_pieces(head.title, title)
    named = [p for p in pieces if meta_lines.is_site_name(p)]
    # A Chinese name before a domain (长江网_cjn.cn): the domain only when it is all there is.
    named = [p for p in named if _CJK.search(p)] or named
    if named:
        return named[-1]
    crumb = meta_lines.crumb_site(page.breadcrumb[0]) if page.breadcrumb else None
    if crumb:
        return crumb
    owner = _copyright_owner(page.root) if page.root is not None else None
    return owner or (pieces[-1] if pieces else None)


def _title_pieces(full: str, title: str | None) -> list[str]:
    """The names beside the headline in <title>, nearest first (标题_栏目_站点, 站点 - 标题):
    split at separators, and at spaces between two Chinese words (标题 中国快讯 南方网)."""
    if not full or not title or full == title:
        return []
    if full.startswith(title):
        rest = _TITLE_SEP.split(full[len(title) :])
    elif full.endswith(title):
        rest = _TITLE_SEP.split(full[: -len(title)])[::-1]
    else:
        return []
    pieces = [_site_name(w) for p in rest for w in _HAN_SPACE.split(p)]
    # Latin-only pieces are kept when they are a domain (21CN.COM); else they are often codes.
    return [p for p in pieces if _CJK.search(p) or meta_lines.is_site_name(p)]


# A space between two Chinese words separates names: Chinese names have no spaces inside.
_HAN_SPACE = pattern_cache.compile(r"(?<=\p{Han})[\s\u3000]+(?=\p{Han})")
# Book-title marks around a site name (《某某网》) and a bracketed note after it (某某网(某某主办)).
_NAME_MARKS = pattern_cache.compile(r"^《(.+)》$|[(（][^()（）]*[)）]$")


def _site_name(piece: str) -> str:
    name = normalize(piece)
    return normalize(_NAME_MARKS.sub(lambda m: m[1] or "", name)) or name


def _section(head: HeadInfo, page: Scan, title: str | None) -> str | None:
    steps = [s for s in page.breadcrumb if s != title]
    if steps:
        return steps[-1]
    value = first_meta(head.metas, SECTION_METAS)
    return normalize(value) if value else None


def scan(root: Element) -> Scan:
    """One pass over the elements that may matter: headline candidates, hidden elements, the
    breadcrumb.

    A single Python loop is several times cheaper than one XPath query per question; lxml picks
    the tags (half the page's elements are links, list items, images) and one XPath the styled
    elements, since reading two attributes of every element costs more than the loop.
    """
    found = Scan()
    headings, hidden = found.headings, found.hidden
    for attr in _STYLED(root):
        el = attr.getparent()
        # An element with both attributes comes twice.
        if (not hidden or hidden[-1] is not el) and is_hidden(el):
            hidden.append(el)
    title_heads: frozenset[str] = frozenset()
    # The first characters of the <title>'s heads: a cheap test before the text is normalised.
    starts: frozenset[str] = frozenset()
    # Class names repeat on a page (list items, boxes of one kind): each is searched once.
    named: dict[str, bool] = {}
    for el in root.iter(*_SCANNED):
        tag = el.tag
        if tag in _HEADING_TAGS:
            headings.append(el)
            continue
        if tag == "title":
            if not title_heads:
                title_heads = _title_heads(meta_lines.title_space(text_of(el)))
                starts = frozenset(head[0] for head in title_heads)
            continue
        if starts and tag in _TITLE_HOLDERS:
            text = el.text
            if text and text.lstrip(_SPACE)[:1] in starts and _shows_title(el, title_heads):
                found.title_texts.append(el)
        names = class_names(el)
        if names:
            any_class = named.get(names)
            if any_class is None:
                # One combined search gates the specific ones: most names match none of them.
                any_class = named[names] = bool(
                    _ANY_CLASS_WORD.search(names) and _ANY_CLASS.search(names)
                )
        else:
            any_class = False
        if any_class:
            if tag in _TITLE_HOLDERS and _TITLE_CLASS.search(names):
                found.headings.append(el)
            if not found.breadcrumb and tag in _CRUMB_HOLDERS and _BREADCRUMB_CLASS.search(names):
                found.breadcrumb = breadcrumb_steps(el)
        elif not found.breadcrumb and tag in _CRUMB_HOLDERS:
            text = el.text
            if text and "位置" in text and _BREADCRUMB_LABEL.match(text):
                found.breadcrumb = breadcrumb_steps(el)
    found.root = root
    return found


# Attributes that can hide an element, in document order (an element with both comes twice).
_STYLED = etree.XPath("descendant-or-self::*/@style | descendant-or-self::*/@hidden")


def _title_heads(title: str) -> frozenset[str]:
    """The <title> and its beginnings up to each separator, long enough to be a headline."""
    heads = {title[: m.start()] for m in _TITLE_SEP.finditer(title)} | {title}
    return frozenset(h for h in heads if _MIN_HEADLINE <= len(h) <= _MAX_HEADLINE)


def _shows_title(el: Element, heads: frozenset[str]) -> bool:
    """Whether all of ``el``'s text is one of ``heads`` (tested on its first text node first:
    the whole text is gathered only for the rare element that may match)."""
    text = el.text
    if not text or len(text) < _MIN_HEADLINE or meta_lines.title_space(text) not in heads:
        return False
    return meta_lines.title_space(text_of(el)) in heads


def _copyright_owner(root: Element) -> str | None:
    """The site named by a copyright line (版权所有：示例网, ©2012 <a>示例网</a> 版权所有), read
    from the whole line as a text dump shows it; else ``None``. The footer closes the page, so
    the lines are read from the end, at most :data:`_RIGHTS_LINES` of them.

    The page's text comes in one C call; a line is what stands between two line breaks of it
    (inline markup adds none: ``<a>示例网</a> 版权所有`` is one line). Looking the text nodes up
    in the tree instead costs milliseconds on a large page."""
    text = etree.tostring(root, method="text", encoding="unicode")
    end = len(text)
    for _ in range(_RIGHTS_LINES):
        at = max(text.rfind("权所有", 0, end), text.rfind("權所有", 0, end))
        if at < 0:
            return None
        start = text.rfind("\n", 0, at) + 1
        stop = text.find("\n", at)
        owner = meta_lines.copyright_owner(normalize(text[start : stop if stop >= 0 else None]))
        if owner:
            return owner
        end = start
    return None


# Copyright lines read from the page's end before giving up: a footer holds one or two; further
# up, 版权所有 is in a notice or the article.
_RIGHTS_LINES = 3


_TITLE_HOLDERS = frozenset({"div", "span", "p", "td", "strong", "b", "font"})
_CRUMB_HOLDERS = frozenset({"div", "span", "p", "td", "nav", "ol", "ul"})
_HOLDERS = _TITLE_HOLDERS | _CRUMB_HOLDERS
_SCANNED = (*_HEADING_TAGS, "title", *sorted(_HOLDERS))
# An element named for the author (<span id="author_baidu">王帆</span>) beside the headline.
_AUTHOR_CLASS = re.compile(r"author|writer|reporter|byline|zuozhe|\bzz\b")
# An element named for the source (<span class="source">新浪财经</span>) beside the headline.
_SOURCE_CLASS = lazy_re(r"source|laiyuan|\bly\b")


_ANY_CLASS = re.compile("|".join(p.pattern for p in (_TITLE_CLASS, _BREADCRUMB_CLASS)))
# A word that every match of _ANY_CLASS holds: plain words, which ``re`` finds many times faster
# than the alternation with its word boundaries (which it must try at every position).
_ANY_CLASS_WORD = re.compile("title|headline|biaoti|bt|crumb|pos|location|path|where|dqwz")


def breadcrumb_steps(el: Element) -> list[str]:
    """The steps of a breadcrumb (当前位置：首页 > 新闻 > 国内), without 首页/正文."""
    text = text_of(el)
    if len(text) > _MAX_BREADCRUMB:
        return []
    text = _BREADCRUMB_LABEL.sub("", normalize(text))
    if not _BREADCRUMB_SEP.search(text):
        return []
    steps = [s.strip(_SPACE) for s in _BREADCRUMB_SEP.split(text)]
    return [s for s in steps if s and s not in _BREADCRUMB_NOT_STEP]


_MAX_BREADCRUMB = 200


def _url(head: HeadInfo) -> str | None:
    for url in (head.canonical, *(head.metas.get(k) for k in URL_METAS)):
        if url and _is_article_url(url):
            return url
    return None


def _description(head: HeadInfo) -> str | None:
    """The page's own summary: meta description, og:description and kin, white space as one
    space (a keywords list some CMSs put there is left as written)."""
    value = first_meta(head.metas, DESCRIPTION_METAS) or _json_ld_text(head, "description")
    return normalize(value) or None if value else None


def _image(head: HeadInfo) -> str | None:
    """The lead image's URL as the page writes it (og:image, twitter:image, JSON-LD image,
    <link rel="image_src">): never resolved or fetched; only http(s) or protocol-relative."""
    candidates = [
        *(head.metas.get(key) for key in IMAGE_METAS),
        *_json_ld_images(head),
        head.image_link,
    ]
    for url in candidates:
        url = (url or "").strip(_SPACE)
        if _WEB_URL.match(url):
            return url
    return None


_WEB_URL = pattern_cache.compile(r"^(?:https?:)?//[^\s/]+", regex.IGNORECASE)


def _json_ld_text(head: HeadInfo, key: str) -> str | None:
    for obj in head.json_ld:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _json_ld_images(head: HeadInfo) -> Iterator[str]:
    """JSON-LD ``image`` values: a URL, an ImageObject (its ``url``), or a list of either."""
    for obj in head.json_ld:
        value = obj.get("image")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item = item.get("url") or item.get("contentUrl")
            if isinstance(item, str):
                yield item


def _is_article_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and parts.path not in {"", "/"}


# --- people ----------------------------------------------------------------------------------


def _people(info: list[str], lines: Sequence[str], found: PageMeta) -> tuple[list[str], list[str]]:
    authors: list[str] = []
    editors: list[str] = []
    for line in [*info, *lines]:
        if len(line) > _MAX_PEOPLE_LINE:
            continue
        # A byline, or the 作者/记者 field of a 来源/时间 line.
        names = meta_lines.parse_byline(line) or meta_lines.source_line_authors(line)
        if names:
            authors.extend(n for n in names if n not in authors)
            found.lines.add(line)
        editor_names = meta_lines.parse_editor_line(line)
        if editor_names:
            editors.extend(n for n in editor_names if n not in editors)
            found.lines.add(line)
    return authors, editors


_MAX_PEOPLE_LINE = 80
# A wire dateline credits its reporters in brackets: 新华社北京5月9日电（记者 张三、李四）.
_DATELINE = pattern_cache.compile(r"^.{0,30}?(?:电|讯|报道|消息)\s*[（(]([^（()）]{2,40})[)）]")


def dateline_authors(paragraphs: Sequence[str]) -> list[str]:
    """Reporters credited by a wire dateline in the body's first paragraphs, else by a labelled
    credit closing the last one (…。（文/图 张三）).

    Bare names in brackets closing the last paragraph (…掌声。（张三）) are not read: on the
    realworld pages they name the reporter as often as a commentator or the uploading editor.
    """
    for text in paragraphs[:2]:
        match = _DATELINE.search(text)
        if match:
            names = meta_lines.parse_byline(match[1])
            if names:
                return names
    # A labelled credit closing the article: …。（文/图 张三 李四）.
    return meta_lines.closing_byline(paragraphs[-1]) if paragraphs else []


def _json_ld_authors(head: HeadInfo) -> list[str]:
    """Persons named as the ``author`` of a JSON-LD article (organisations are not journalists)."""
    out: list[str] = []
    for obj in head.json_ld:
        value = obj.get("author")
        for item in value if isinstance(value, list) else [value]:
            # A bare string is as often the outlet as a person: only typed persons count.
            if isinstance(item, dict) and item.get("@type") == "Person":
                item = item.get("name")
                if not isinstance(item, str):
                    continue
                names = meta_lines.parse_byline(f"作者：{normalize(item)}") or []
                out.extend(n for n in names if n not in out)
    return out


def _author_slot(heads: list[Element], article: Element | None) -> list[str]:
    """Names in an element named for the author, in the headline's own block of the page."""
    for text in _slot_texts(heads, article, _AUTHOR_CLASS):
        names = meta_lines.parse_byline(text) or meta_lines.parse_byline(f"作者：{text}")
        if names:
            return names
    return []


def _source_slot(heads: list[Element], article: Element | None) -> str | None:
    """The outlet in an element named for the source, in the headline's own block."""
    for text in _slot_texts(heads, article, _SOURCE_CLASS):
        parsed = meta_lines.parse_source_line(text)
        if parsed is not None:
            if parsed[0]:
                return parsed[0]
            continue
        if len(text) <= _MAX_SOURCE and not _CLAUSE.search(text) and not meta_lines.is_promo(text):
            return text
    return None


_PAGE_TAGS = frozenset({"body", "html"})
# A bare outlet name is short and has no clause punctuation (新浪财经, 人民网-文化频道).
_MAX_SOURCE = 30
_CLAUSE = lazy_regex(r"[，。；：！？、,;:!?]")


def _slot_texts(
    heads: list[Element], article: Element | None, named: re.Pattern[str]
) -> Iterator[str]:
    """Texts of elements whose class/id matches ``named`` in the block around the headline, up
    to the article block (searched only there: the rest of the page is full of author- and
    source-named widgets)."""
    if not heads:
        return
    block = None
    for up in _ancestors(heads[0], _AUTHOR_SLOT_LEVELS):
        if up.tag in _PAGE_TAGS:
            break
        block = up
    if block is None:
        return
    for el in block.iter():
        if el is article:
            return
        names = class_names(el) if isinstance(el.tag, str) else ""
        if names and named.search(names):
            text = normalize(text_of(el))
            if text and len(text) <= _MAX_PEOPLE_LINE:
                yield text


# How far up from the headline the block holding its info line (and author slot) may start.
_AUTHOR_SLOT_LEVELS = 3


def _ancestors(el: Element, levels: int) -> Iterator[Element]:
    up = el.getparent()
    for _ in range(levels):
        if up is None:
            return
        yield up
        up = up.getparent()


def _editors(lines: Sequence[str], found: PageMeta) -> list[str]:
    for line in lines:
        names = meta_lines.parse_editor_line(line) if len(line) <= _MAX_PEOPLE_LINE else None
        if names:
            found.lines.add(line)
            return names
    return []


def date_in(text: str) -> bool:
    """Whether ``text`` carries a full date (year, month, day)."""
    return find_published(text) is not None
