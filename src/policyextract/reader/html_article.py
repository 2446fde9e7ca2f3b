"""HTML → :class:`Article`: find the article block by density, keep its paragraphs, read metadata.

The article block is found the way readability and GNE find it, tuned for Chinese text: every
paragraph-like element scores by its punctuation and length and hands the score up to its
ancestors; an ancestor's total, damped by its link density and nudged by its class/id, picks the
article. Inside it, paragraphs are block elements (``<br>`` splits them); chrome that sits inside
the article block (share bars, captions, related-news lists, bylines, editor and copyright lines)
is removed by general rules on structure and on single lines (:mod:`.meta_lines`); the word
lists are simplified and a traditional line is matched through a character table.
When the article block gives no body, fallbacks take over (the record says ``reader:
fallback``); only a page with too little prose to be an article gives none.
Metadata comes from :mod:`.html_meta`, most trusted place first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from lxml import etree

from .. import pattern_cache
from ..models import Article, Metadata, ReaderPath
from . import html_tables, meta_lines
from .dom import BLOCK_TAGS, Element, attached, class_names, drop, normalize, parse, text_of
from .dom import SPACE as _SPACE
from .html_meta import PageMeta, Scan, date_in, dateline_authors, read_head, read_metadata, scan
from .lazy import lazy_re, lazy_regex
from .script import fold

# Elements whose content is never article text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "select",
    "textarea",
    "button",
    "input",
    "template",
    "head",
    "nav",
    "audio",
    "video",
)
# Elements that score as paragraphs themselves (divs score by their own text when they also hold
# blocks). <li> does not score: on news pages list items are link lists far more often than prose
# (2,400 of them on the realworld pages, none needed to find an article), and skipping them
# saves a quarter of the search.
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "div", "section", "article"})

# Candidate scoring (readability's scheme with Chinese punctuation). A paragraph shorter than
# this scores nothing: menus and labels are short. Calibrated on the realworld pages (10–25 all
# pick the same blocks; 10 keeps one-sentence paragraphs of short press releases).
_MIN_PARAGRAPH = 10
_LENGTH_UNIT = 100  # one point per 100 characters, as readability
_LENGTH_CAP = 3
_CLASS_WEIGHT = 25
# Class/id patterns are ASCII, run on lower-cased names, on many elements: stdlib ``re`` without
# IGNORECASE matches them several times faster than ``regex``, which the rest of the package uses
# for Unicode properties.
# Candidates compared after link-density damping (readability takes 5; 10 changes nothing here).
_TOP_CANDIDATES = 10
_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|text|story|detail|zw|trs_editor|cont|con_|rich",
)
# Words are anchored where a bare substring would hit layout classes (inside, photo, desktop,
# uploads) that say nothing about the content.
_NEGATIVE = re.compile(
    r"comment|footer|\bfoot\b|sidebar|\bside\b|aside|share|related|recommend|relate|\bhot|rank|"
    r"\bnav|menu|crumb|breadcrumb|banner|promo|sponsor|widget|tool|copyright|login|advert|"
    r"\bads?\b|\btags?\b|keyword|pager|pagination|bottom|header|\btop\b|logo|qrcode|erweima|"
    r"weixin|wechat|popup|modal|search|footnote|\bmore\b|list"
)
# Subtrees inside the article block with these class/id words are chrome (share bars, related
# lists, comment boxes, editor-info boxes); the article block itself is never dropped by them.
_CHROME_INSIDE = re.compile(
    r"comment|share|related|relate|recommend|crumb|breadcrumb|copyright|tool|\bad\b|advert|"
    r"qrcode|erweima|pager|page_?nav|keyword|\btags?\b|statement|disclaimer|"
    r"caption|pic_?txt|img_?txt|img_?desc|pic_?desc|figcaption|photo_?title|source|editor_?info|"
    r"byline|info\b|bottom|footer|\bfoot\b"
)
# A block whose text is mostly link text is a link list or a menu.
_MAX_LINK_DENSITY = 0.5
# Headings after which the article is over: related lists, recommendations, rankings, comments.
END_HEADINGS = (
    *(
        "相关新闻",
        "相关阅读",
        "相关报道",
        "相关链接",
        "相关文章",
        "相关推荐",
        "相关专题",
        "相关稿件",
    ),
    *(
        "相关内容",
        "推荐阅读",
        "延伸阅读",
        "扩展阅读",
        "拓展阅读",
        "热点推荐",
        "新闻推荐",
        "热门推荐",
    ),
    *(
        "精彩推荐",
        "为你推荐",
        "为您推荐",
        "今日推荐",
        "编辑推荐",
        "精选推荐",
        "专题推荐",
        "视频推荐",
    ),
    *("热门文章", "热门阅读", "热点新闻", "热点排行", "阅读排行", "点击排行", "排行榜", "猜你喜欢"),
    *("大家都在看", "你可能感兴趣", "您可能感兴趣", "更多精彩", "往期回顾", "最新文章", "最新新闻"),
    *("网友评论", "我要评论", "发表评论", "评论", "热门评论", "最新评论", "分享到"),
    *("更多新闻", "更多阅读", "更多报道"),
)
# (Each optional mark takes the spaces after it, so a long run of spaces is split one way only:
# three \s* around optional marks made a block of 20,000 spaces cost seconds.)
_END_MARKERS = pattern_cache.compile(
    r"^[【\[（(]?\s*(?:" + "|".join(END_HEADINGS) + r")\s*(?:[】\]）)]\s*)?(?:[:：]\s*)?$"
)
# End headings after which prose is a reader's comment, never the article going on.
_COMMENT_HEADING = lazy_regex(r"评论|分享")
# Lines that are never body: 原标题, labelled metadata (short), share/print/font-size widgets,
# previous/next-article links, speaker lines (新闻发言人 张三), (资料来源：…) notes, print-edition
# lines 《人民日报》（2024年05月10日 04 版）, 原创：作者 lines.
_JUNK_LINE = pattern_cache.compile(
    r"^[（(【\[]?\s*原标题\s*[:：]"
    r"|^[（(【\[]?\s*(?:责任编辑|编辑|审核|校对|来源|作者|记者|通讯员|原创|摄影|撰文|编译|监制)"
    r"\s*[:：][^。！？]{0,50}$"
    r"|^[（(【\[]?\s*\p{Han}{1,6}编辑\s*[:：]\s*[\p{Han}·]{2,8}\s*[）)】\]]?$"
    r"|^[【\[]?\s*(?:分享到|分享至|扫一扫|打印|关闭|字号|纠错)[^。！？]{0,30}$"
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]"
    r"|^[\p{Han}·]{0,20}(?:发言人|主持人|记者|通讯员|特约撰稿人)\s+\p{Han}{2,4}$"
    r"|^[（(]\s*(?:资料|信息|文章|图片|数据)?来源\s*[:：][^）)]{0,60}[)）]$"
    r"|^《\s*[^》]{1,20}\s*》\s*[（(][^）)]*\d{4}\s*年[^）)]*版\s*[)）]$"
)
# Image credit lines: a short line ending in 摄 / 供图 / 图 credits, or (图片来源：…).
_CAPTION = pattern_cache.compile(
    r"(?:\s摄|记者\S{1,12}摄|供图|图片来源[:：]|图源[:：]|资料图|视频截图|截图)\s*[)）]?[。]?\s*$"
    r"|^[（(]?\s*图片来源|^[（(]?\s*(?:上|下|左|右|中)?图\s*[:：为]|^图为"
    r"|^[（(]?\s*(?:图说|图注|图片说明|图片|照片|资料图)\s*[:：]"
    r"|[（(][^（）()]{1,20}摄[)）]\s*。?$|[（(]\s*图片?(?:来自|来源)[^（）()]{0,40}[)）]\s*。?$"
)
# Body text has letters; a block of digits and signs is a list number or a widget counter.
_LETTER = pattern_cache.compile(r"[\p{L}]")
# Summary boxes at the top of an article: the heading, then a list.
_SUMMARY_HEAD = pattern_cache.compile(
    r"^[【\[]?\s*(?:划重点|核心提示|内容提要|提要|要点|导读|摘要)\s*[】\]]?\s*[:：]?$"
)
# Metadata lines (bylines, editor lines) are short; longer text is prose that mentions them.
_MAX_META_LINE = 80
# A document's closing date, written out, below its text; page widgets print 2024-05-09 09:30.
_CLOSING_DATE = lazy_regex(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# A notice's attachment list: the 附件 label, then numbered or file-named links (1.申报书, 名单.pdf)
# that are part of the document, not a link list.
_ATTACHMENT_HEAD = pattern_cache.compile(r"^附件\s*\d*\s*[:：]")
_ATTACHMENT_ITEM = lazy_regex(
    r"^(?:\d{1,2}\s*[.、．]|附件\s*\d)|\.(?:pdf|docx?|xlsx?|wps|zip|rar|ofd)$", regex.IGNORECASE
)
# A dateline above the article is short; a longer line with a date is prose.
_MAX_INFO_LINE = 80
# Widget labels inside the article block (图集, 更多, 返回顶部). A list, not "any short line":
# a notice ends with its issuing body (省财政厅) and a deck line may be short (李强蔡奇出席).
WIDGET_LABELS = frozenset(
    {
        *("图集", "组图", "更多", "查看更多", "返回顶部", "顶部", "返回", "返回首页", "打印"),
        *("关闭", "关闭窗口", "收藏", "分享", "点赞", "举报", "纠错", "评论", "字号", "大", "中"),
        *("小", "上一页", "下一页", "首页", "尾页", "扫一扫", "二维码", "微信", "微博", "视频"),
        *("全文", "展开全文", "阅读全文", "加载更多", "分享工具", "分享本文", "收藏本文"),
    }
)
# A caption without credit words is a short line without sentence punctuation.
_MAX_BARE_CAPTION = 40
_SENTENCE_PUNCT = pattern_cache.compile(r"[。！？；!?;]")
# A caption is short: longer text beside an image is prose.
_MAX_CAPTION = 120


@dataclass
class Block:
    """One paragraph of the page: its text and what the structure says about it."""

    text: str
    links: int = 0
    images: int = 0
    bold: int = 0
    node: Element | None = None
    chrome: bool = False
    caption: bool = False
    heading: bool = False
    row: html_tables.TableRow | None = None  # a row of a data table (judged with its table)


@dataclass
class _Buffer:
    parts: list[str] = field(default_factory=list)
    links: int = 0
    images: int = 0
    bold: int = 0
    chrome: bool = False
    caption: bool = False


def strip_html(html: str, utf8: bytes | None = None) -> Article:
    """The article of an HTML page: metadata and body paragraphs (no page chrome); ``utf8`` is
    ``html`` in UTF-8 when the caller has it (:attr:`.Page.utf8`)."""
    root = parse(html, utf8)
    if root is None:
        return Article(metadata=Metadata(), body=[])
    head = read_head(root)
    page = clean(root)
    node = find_article(root)
    parts = [] if node is None else article_parts(node)
    if node is not None and (post := split_posts(node)) is not node:
        node, parts = post, [post]
    blocks = [b for part in parts for b in paragraphs(part)]
    meta = read_metadata(head, page, node, [b.text for b in blocks])
    kept = select_blocks(blocks, meta)
    reader: ReaderPath = "article"
    if not kept:
        kept, reader = fallback_blocks(root, node, blocks, meta), "fallback"
    body = [b.text for b in kept]
    if not meta.metadata.authors:
        meta.metadata.authors = dateline_authors(body)
    tables = html_tables.place([b.row for b in kept])
    return Article(metadata=meta.metadata, body=body, tables=tables, reader=reader)


def fallback_blocks(
    root: Element, node: Element | None, blocks: list[Block], meta: PageMeta
) -> list[Block]:
    """The body when the article block gave none, from the first of: the same block judged
    without trusting class names or captions (every paragraph sat in an "info" box; a photo
    page whose caption is the whole text); the block with the most prose; all visible text less
    navigation. Empty, so the page is refused as not an article, only when the page has too
    little prose to be one (an index page, an empty shell)."""
    kept = select_blocks(blocks, meta, lenient=True)
    if kept or not _has_prose(root):
        return kept
    other = _largest_prose_block(root, node)
    if other is not None:
        kept = select_blocks(list(paragraphs(other)), meta, lenient=True)
    if kept:
        return kept
    page = root.find("body")
    return select_blocks(list(paragraphs(page if page is not None else root)), meta)


def _has_prose(root: Element) -> bool:
    """Whether the page outside its links holds a sentence or more of prose."""
    linked = [t for a in root.iter("a") if not _wraps_body(a) for t in _TEXTS(a)]
    outside = _visible_len(text_of(root)) - sum(map(_visible_len, linked))
    ends = _sentence_ends(text_of(root)) - sum(map(_sentence_ends, linked))
    return outside >= _MIN_PAGE_PROSE and ends > 0


def _sentence_ends(text: str) -> int:
    return sum(map(text.count, "。！？!?"))


# A page with less text than this outside its links is no article (a navigation shell, an index
# of headlines); a short news item or a captioned photo has more.
_MIN_PAGE_PROSE = 30


def _largest_prose_block(root: Element, node: Element | None) -> Element | None:
    """The candidate block with the most sentence punctuation outside links, names ignored."""
    best, best_prose = None, 0.0
    for el in _scores(root):
        if el is node:
            continue
        prose = _punctuation(text_of(el)) * (1 - link_density(el))
        if prose > best_prose:
            best, best_prose = el, prose
    return best


# --- cleaning --------------------------------------------------------------------------------


def clean(root: Element) -> Scan:
    """Remove what is never text (scripts, styles, form widgets, hidden elements); return what
    the pass over the elements found on the way (headline candidates, breadcrumb)."""
    found = scan(root)
    for head in root.iter("head"):
        _open_misplaced_head(head)
    for form in _polls(root):
        drop(form)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)  # bs4 trees keep them
    holds_prose = _HoldsPageProse(root)
    for el in found.hidden:
        if not holds_prose(el):
            drop(el)
    # Headings inside removed elements (a hidden print view, a <nav>) no longer count.
    found.headings = [el for el in found.headings if attached(el, root)]
    return found


def _polls(root: Element) -> list[Element]:
    """Forms with choices to tick (a poll, a survey, a login box's "remember me"): their
    questions and options are never article text. A form around most of the page (ASP.NET
    pages wrap everything in one) is the page, not a poll."""
    forms = [f for f in root.iter("form") if any(map(_is_choice, f.iter("input")))]
    if not forms:
        return []
    page = _visible_len(text_of(root))
    return [
        f
        for f in forms
        if _visible_len(text_of(f)) <= _MAX_POLL_SHARE * page
        and text_of(f).count("。") < _MIN_ARTICLE_STOPS
    ]


def _is_choice(el: Element) -> bool:
    return (el.get("type") or "").lower() in {"radio", "checkbox"}


# Share of the page's text a poll may hold; a form holding more is the page itself. Questions
# end in ？ and options in nothing: a form with sentences that end in 。 wraps an article.
_MAX_POLL_SHARE = 0.5
_MIN_ARTICLE_STOPS = 2


def _open_misplaced_head(head: Element) -> None:
    """Turn a ``<head>`` that holds the page's content into a plain block. Legacy markup (a
    ``<script>`` before ``<html>``, no ``</head>``) makes some parsers put the whole page into
    the head, which the cleaning would then drop; its title and meta elements go, the rest stays.
    """
    if not any(isinstance(c.tag, str) and c.tag not in _HEAD_ONLY for c in head):
        return
    for child in [c for c in head if isinstance(c.tag, str) and c.tag in _HEAD_ONLY]:
        drop(child)
    head.tag = "div"


# Elements that belong in a ``<head>``; anything else there is content put in the wrong place.
_HEAD_ONLY = frozenset({"title", "meta", "link", "base", "script", "style", "noscript"})


# --- script ----------------------------------------------------------------------------------


def simplified(text: str) -> str:
    """``text`` folded to simplified characters (:func:`.script.fold`) when it is a short line, else
    ``text`` itself: the reader's word lists are written once, in simplified.

    Only lines up to :data:`_MAX_CONVERTED` characters are folded: every list matches short lines
    (headings, labels, bylines, notices), and long prose would cost time for nothing.
    """
    return fold(text) if len(text) <= _MAX_CONVERTED else text


_MAX_CONVERTED = 200


class _HoldsPageProse:
    """Whether a hidden element holds most of the page's prose: then a script reveals it (a
    saved WeChat article waits, ``visibility:hidden``, for its script) and it is the article,
    not a hidden menu, print view or duplicate copy (a copy holds half the prose at most)."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.text: str | None = None
        self.prose = 0

    def __call__(self, el: Element) -> bool:
        text = text_of(el)
        if len(text) < _MIN_HIDDEN_ARTICLE:
            return False
        if self.text is None:
            self.text = text_of(self.root)
            self.prose = _punctuation(self.text)
        if _punctuation(text) <= _HIDDEN_ARTICLE_SHARE * self.prose:
            return False
        # A copy of text that the page also shows (a fuller print view) is still a copy.
        line = max(text.split("\n"), key=len).strip(_SPACE)[:_COPY_PROBE]
        return self.text.count(line) < 2


# A hidden element shorter than a short news item is never the article, whatever its share.
_MIN_HIDDEN_ARTICLE = 100
# Share of the page's sentence punctuation a hidden article holds: more than any copy could.
_HIDDEN_ARTICLE_SHARE = 0.5
# Characters of the hidden text's longest line looked for elsewhere on the page.
_COPY_PROBE = 30


# --- finding the article ---------------------------------------------------------------------


def _text_len(text: str) -> int:
    return len(text.strip(_SPACE))


def find_article(root: Element) -> Element | None:
    """The element holding the article: the best-scoring ancestor of prose paragraphs.

    readability also appends siblings that score a fifth of the best; on the realworld pages
    that rule only ever added chrome (ad boxes, "more" lists, info bars), so it is not used.
    """
    return _best(_scores(root))


def _scores(root: Element) -> dict[Element, float]:
    """Each ancestor of a prose paragraph with the paragraph scores handed up to it."""
    scores: dict[Element, float] = {}
    # Class names repeat (boxes of one kind): each is weighed once.
    weights: dict[str, float] = {}
    for el in root.iter(*_PARAGRAPH_TAGS):
        container = el.tag in _CONTAINER_TAGS
        text = _own_text(el) if container and _has_block_child(el) else text_of(el)
        length = len(text.strip(_SPACE))
        if length < _MIN_PARAGRAPH:
            continue
        score = 1 + _punctuation(text) + min(length / _LENGTH_UNIT, _LENGTH_CAP)
        # A paragraph scores for its parent and up; a container for itself and up.
        ancestor = el if container else el.getparent()
        for share in _LEVEL_SHARES:
            if ancestor is None:
                break
            total = scores.get(ancestor)
            if total is None:
                names = class_names(ancestor)
                total = weights.get(names)
                if total is None:
                    total = weights[names] = _class_weight(names)
            scores[ancestor] = total + score / share
            ancestor = ancestor.getparent()
    return scores


# Paragraph tags that are also containers: they score by their own text when they hold blocks.
_CONTAINER_TAGS = frozenset({"div", "section", "article"})
# What an ancestor receives of a paragraph's score, by level: all, half, then a third of the
# level (readability's scheme), five levels up.
_LEVEL_SHARES = (1, 2, 6, 9, 12)


def _best(scores: dict[Element, float]) -> Element | None:
    # Damping by link density only lowers a score, so candidates are taken best raw score first
    # and the search stops when no raw score left can beat the best damped one (link density
    # costs a pass over the candidate's text; most pages need one or two).
    best: Element | None = None
    best_score = float("-inf")
    for el in sorted(scores, key=scores.__getitem__, reverse=True)[:_TOP_CANDIDATES]:
        raw = scores[el]
        if raw <= best_score:
            break
        damped = raw * (1 - link_density(el))
        if damped > best_score:
            best, best_score = el, damped
    return best


def article_parts(node: Element) -> list[Element]:
    """``node`` and its siblings of the same name (tag, class and id) that hold prose, in page
    order: a CMS that breaks the text around a photo gallery or an ad repeats its container.
    readability appends any sibling that scores well; on the realworld pages that only added
    chrome, so only a repeat of the article's own container counts."""
    parent = node.getparent()
    name = (node.get("class"), node.get("id"))
    # A repeated id (ids are meant to be unique) or an article-like class; a generic layout
    # class ("box", "mod") is shared by boxes of every kind.
    if parent is None or not (name[1] or (name[0] and _POSITIVE.search(name[0].lower()))):
        return [node]
    return [
        el
        for el in parent
        if el is node
        or (
            el.tag == node.tag
            and (el.get("class"), el.get("id")) == name
            and _punctuation(text_of(el)) >= _MIN_PART_PUNCTUATION
            and link_density(el) <= _MAX_LINK_DENSITY
        )
    ]


# A repeat of the article's container holds at least a sentence of prose (a clause mark and a
# full stop).
_MIN_PART_PUNCTUATION = 2


def split_posts(node: Element) -> Element:
    """The article when the block found is a run of posts: a blog index or forum thread (the
    block is the posts, each with its linked title or its date and time) gives its first post;
    an article with a comment thread under it (prose beside the posts) loses the thread."""
    posts = _posts(node)
    if not posts:
        return node
    outside = _punctuation(text_of(node)) - sum(_punctuation(text_of(p)) for p in posts)
    if outside > _punctuation(text_of(posts[0])):
        for post in posts:
            drop(post)
        return node
    return posts[0]


def _posts(node: Element) -> list[Element]:
    """The children of ``node`` that are posts: at least :data:`_MIN_POSTS` boxes of one kind
    (tag and class), each with prose and a post's header."""
    kinds: dict[tuple[str, str], list[Element]] = {}
    for child in node:
        if isinstance(child.tag, str) and child.tag in _POST_TAGS:
            kinds.setdefault((child.tag, child.get("class") or ""), []).append(child)
    for boxes in kinds.values():
        if len(boxes) >= _MIN_POSTS and all(_is_post(box) for box in boxes):
            return boxes
    return []


def _is_post(box: Element) -> bool:
    text = text_of(box)
    if not _SENTENCE_END.search(text):
        return False
    if any(
        h.find(".//a[@href]") is not None or h.getparent().tag == "a" for h in box.iter(*_HEADINGS)
    ):
        return True
    return any(len(t) <= _MAX_POST_HEADER and _POST_TIME.search(t) for t in _TEXTS(box))


# Boxes that hold a post; an article's own paragraphs (p, br-separated text) never qualify.
_POST_TAGS = frozenset({"div", "li", "article", "section", "table", "dl"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Three posts make a run; two boxes alike may be an article's two parts.
_MIN_POSTS = 3
# A post's header line: a date and a time of day (2024-05-09 09:30, 2024年5月9日 9:30). An
# article's timeline (2024年5月, then what happened) has dates without times.
_POST_TIME = lazy_regex(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d\d"
)
_MAX_POST_HEADER = 60


def _punctuation(text: str) -> int:
    return sum(map(text.count, _PUNCT_CHARS))


# Sentence punctuation: what distinguishes prose from link lists and menus on Chinese pages.
_PUNCT_CHARS = "，。；：！？、,;!?"


def _has_block_child(el: Element) -> bool:
    # A plain loop, not any() over a generator: it runs on most of the page's divs, and makes
    # the scoring pass ~10% faster. BLOCK_TAGS holds only names: a comment's tag (a function) is
    # never in it.
    for child in el:  # noqa: SIM110
        if child.tag in BLOCK_TAGS:
            return True
    return False


def _own_text(el: Element) -> str:
    """Text directly inside ``el`` and its inline children (not inside its block children)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _class_weight(names: str) -> float:
    # Class and id together count once: a box named "article" twice (class and id) is not
    # twice as likely the article, and a one-line feedback box so named outscored real text.
    if not names:
        return 0.0
    weight = 0.0
    if _NEGATIVE.search(names):
        weight -= _CLASS_WEIGHT
    if _POSITIVE.search(names):
        weight += _CLASS_WEIGHT
    return weight


def link_density(el: Element) -> float:
    """Share of the element's text (white space aside) that sits inside links."""
    total = _visible_len(text_of(el))
    if not total:
        return 0.0
    linked = sum(map(_visible_len, _LINK_TEXTS(el)))
    if linked:
        # A link around lines of prose is an article put inside one link, not navigation.
        linked -= sum(_visible_len(text_of(a)) for a in _PARENT_LINKS(el) if _wraps_body(a))
    return min(max(linked, 0) / total, 1.0)


_LINK_TEXTS = etree.XPath(".//a//text()", smart_strings=False)
_TEXTS = etree.XPath(".//text()", smart_strings=False)
# Links with elements inside: the only ones that can wrap lines of text.
_PARENT_LINKS = etree.XPath(".//a[*]")


def _wraps_body(a: Element) -> bool:
    """Whether the link ``a`` wraps lines of prose (``<br>``- or block-separated) long enough to
    be an article: a page that puts its whole text inside one link. A headline link, or a card
    of headline and one-line summary, is shorter."""
    if not len(a):
        return False
    if not any(isinstance(c.tag, str) and (c.tag == "br" or c.tag in BLOCK_TAGS) for c in a.iter()):
        return False
    text = text_of(a)
    return _visible_len(text) >= _MIN_LINKED_BODY and _sentence_ends(text) >= _MIN_LINKED_SENTENCES


# What a teaser card holds (a headline and a summary of a sentence or two) stays below these; a
# short news item of a few sentences does not.
_MIN_LINKED_BODY = 100
_MIN_LINKED_SENTENCES = 3


def _visible_len(text: str) -> int:
    return len(text) - sum(map(text.count, _COUNTED_SPACE))


_COUNTED_SPACE = " \t\r\n\u00a0\u3000"


# --- paragraphs ------------------------------------------------------------------------------


def paragraphs(node: Element) -> Iterator[Block]:
    """The block-level paragraphs under ``node`` in order; ``<br>`` ends a paragraph.

    Text inside chrome-named subtrees (share bars, captions, source boxes) is left out. The walk
    is iterative (``iterwalk``): trees that bs4 builds from broken pages can nest very deeply.
    """
    out: list[Block] = []
    buf = _Buffer()
    holds_article = _ChromeHoldsArticle(node)
    # Per open element: (chrome, caption, linked, bold), inherited by its children and tail.
    state: list[tuple[bool, bool, bool, bool]] = [(False, False, False, False)]
    walk = etree.iterwalk(node, events=("start", "end"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        chrome, caption, linked, bold = state[-1]
        if event == "start":
            # A chrome subtree's text forms blocks of its own, marked, so that its editor line
            # still reaches the metadata while its text stays out of the body. Only block
            # elements count: inline ones named keyword/source are links inside sentences.
            starts_chrome = (
                not chrome
                and tag in BLOCK_TAGS
                and el is not node
                and _looks_like_chrome(el)
                and not holds_article(el)
            )
            chrome = chrome or starts_chrome
            caption = caption or tag in _CAPTION_TAGS
            linked = linked or (tag == "a" and not _wraps_body(el))
            bold = bold or tag in _BOLD_TAGS
            state.append((chrome, caption, linked, bold))
            if tag in BLOCK_TAGS or starts_chrome:
                # The text gathered so far belongs to the enclosing element.
                buf = _flush(buf, out, el.getparent() if el is not node else el)
            elif tag == "br":
                buf = _flush(buf, out, el.getparent())
            elif tag == "img":
                buf.images += 1
            table = html_tables.read_table(el) if tag == "table" and not chrome else None
            if table is not None:
                out.extend(_table_blocks(table, out, el))
                walk.skip_subtree()  # its end event still comes
                continue
            buf.chrome, buf.caption = chrome, caption
            if el.text:
                _add(buf, el.text, linked=linked, bold=bold)
            continue
        ends_chrome = state.pop()[0] and not state[-1][0]
        if tag in BLOCK_TAGS or ends_chrome:
            buf = _flush(buf, out, el, heading=tag in _HEADING_TAGS)
        chrome, caption, linked, bold = state[-1]
        buf.chrome, buf.caption = chrome, caption
        if el is not node and el.tail:
            _add(buf, el.tail, linked=linked, bold=bold)
    _flush(buf, out, node)
    return iter(out)


_CAPTION_TAGS = frozenset({"figcaption", "caption"})
_BOLD_TAGS = frozenset({"strong", "b"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _add(buf: _Buffer, text: str, *, linked: bool, bold: bool) -> None:
    buf.parts.append(text)
    if linked:
        buf.links += _text_len(text)
    if bold:
        buf.bold += _text_len(text)


def _flush(
    buf: _Buffer,
    out: list[Block],
    node: Element | None,
    *,
    heading: bool = False,
) -> _Buffer:
    text = "".join(buf.parts).strip(_SPACE)
    if text:
        out.append(
            Block(
                text=text,
                links=buf.links,
                images=buf.images,
                bold=buf.bold,
                node=node,
                chrome=buf.chrome,
                caption=buf.caption,
                heading=heading,
            )
        )
    elif buf.images:
        # An image on its own line: the next short centred line is likely its caption.
        out.append(Block(text="", images=buf.images, node=node))
    return _Buffer()


def _table_blocks(table: html_tables.DataTable, out: list[Block], node: Element) -> list[Block]:
    """A data table's blocks: its <caption> (a paragraph like a title line above it), then one
    block per row, marked, with the caption read from the lines above."""
    above: list[str] = []
    for block in reversed(out[-2:]):
        if not block.text or block.chrome:
            break
        above.insert(0, block.text)
    found = html_tables.caption_above(above)
    blocks = [Block(text=table.caption, node=node)] if table.caption else []
    for i, text in enumerate(table.row_texts()):
        blocks.append(Block(text=text, node=node, row=html_tables.TableRow(table, i, found)))
    return blocks


class _ChromeHoldsArticle:
    """Whether a chrome-named box inside the article block holds most of its text: then the name
    misled (a ``keywordcontent`` wrapper, an ``info`` box around the paragraphs) and the box is
    the article, not chrome beside it."""

    def __init__(self, node: Element) -> None:
        self.node = node
        self.total = -1

    def __call__(self, el: Element) -> bool:
        if _NEVER_ARTICLE.search(class_names(el)):
            return False
        if self.total < 0:
            self.total = _visible_len(text_of(self.node))
        return _visible_len(text_of(el)) > _CHROME_MAX_SHARE * self.total


# A chrome box holding more than this share of the article block's text is the article itself.
# Share bars, captions and related lists are a small part of the block; 0.5 leaves room for
# comment boxes that the block happens to hold beside a shorter article.
_CHROME_MAX_SHARE = 0.5
# Names that say what a box holds, not where it sits: a long comment thread or related list
# beside a short article is still chrome.
_NEVER_ARTICLE = lazy_re(r"comment|related|relate|recommend|share")


def _looks_like_chrome(el: Element) -> bool:
    names = class_names(el)
    return bool(names and _CHROME_INSIDE.search(names))


# --- choosing the body -----------------------------------------------------------------------


def select_body(blocks: list[Block], meta: PageMeta, *, lenient: bool = False) -> list[str]:
    """The body paragraphs: blocks that are prose, not chrome or metadata lines."""
    return [b.text for b in select_blocks(blocks, meta, lenient=lenient)]


def select_blocks(blocks: list[Block], meta: PageMeta, *, lenient: bool = False) -> list[Block]:
    """The blocks of the body (:func:`select_body` with the blocks, for their table rows)."""
    return [b for b, why in judge(blocks, meta, lenient=lenient) if why is None]


def judge(
    blocks: list[Block], meta: PageMeta, *, lenient: bool = False
) -> list[tuple[Block, str | None]]:
    """Each block with the reason it is not body (``None`` for body): for tuning and tests.
    ``lenient`` keeps what only a class name or the caption rules would drop."""
    out: list[tuple[Block, str | None]] = []
    title = (meta.metadata.title or "").strip(_SPACE)
    after_image = in_summary = in_attachments = False
    # "" while the article runs; "box" after a related-news heading, which may open a box inside
    # the article (推荐阅读 and its links, then the text goes on); "end" once it is over.
    ended = ""
    kept = box_seen = 0
    for block in blocks:
        text = block.text
        if block.row is not None:
            # A table row is judged with its table, whole (a row of figures has no letters).
            why = "chrome class" if block.chrome else "after end marker" if ended else None
            kept += why is None
            out.append((block, why))
            continue
        if not text:
            after_image = block.images > 0
            continue
        was_after_image, after_image = after_image, block.images > 0 and len(text) < _MAX_CAPTION
        # The word lists are simplified and single-spaced: a line is matched in simplified
        # characters with its runs of spaces as one (【字号      大      中      小】).
        key = simplified(" ".join(text.split()) if len(text) <= _MAX_CONVERTED else text)
        why = _why_not(block, key, was_after_image, title, meta, lenient=lenient)
        if why == "meta line" and kept and _CLOSING_DATE.match(text):
            why = None  # a notice's closing date (2024年5月9日) is part of the document
        in_attachments = in_attachments and why == "links" and bool(_ATTACHMENT_ITEM.search(text))
        if in_attachments:
            why = None
        if why is None and kept and _ATTACHMENT_HEAD.match(key):
            in_attachments = True
        # A summary box (划重点：/核心提示： and its list) repeats the article; skip it.
        if _SUMMARY_HEAD.match(key):
            in_summary, why = True, why or "summary box"
        elif in_summary and block.node is not None and block.node.tag == "li":
            why = why or "summary box"
        else:
            in_summary = False
        if ended == "box":
            ended = _after_box(block, why, box_seen)
            box_seen += 1
        if why is None and ended:
            why = "after end marker"
        # The article ends at a related-news heading, and at the editor line that signs it off.
        if kept and _END_MARKERS.match(key):
            # Prose under a comment heading is a comment; under a related heading it may be
            # the article going on after a box.
            ended = ended or ("end" if _COMMENT_HEADING.search(key) else "box")
            box_seen = 0
        elif kept and _is_editor_line(key):
            ended = "end"
        if why is None and not kept and _is_info_line(text):
            why = "info line"
        if why is None:
            kept += 1
        out.append((block, why))
    return _above_headline(out)


def _above_headline(out: list[tuple[Block, str | None]]) -> list[tuple[Block, str | None]]:
    """Blocks above the headline when the article block holds it at its top: a breadcrumb, a
    widget bar, the site's banner lines; the article starts under its headline. A line equal to
    the title further down (a caption, a print footer) leaves the text above it alone."""
    for i, (_, why) in enumerate(out):
        if why == "title":
            above = sum(len(b.text) for b, w in out[:i] if w is None)
            below = sum(len(b.text) for b, w in out[i:] if w is None)
            if above > _MAX_ABOVE_HEADLINE * below:
                return out
            return [(b, w or "above headline") for b, w in out[:i]] + out[i:]
    return out


# The lines a page puts above its headline are a small part of what follows it (a breadcrumb and
# a banner line over 800 characters of text on the dev pages: 0.15).
_MAX_ABOVE_HEADLINE = 0.25


def _after_box(block: Block, why: str | None, seen: int) -> str:
    """Where a related-news heading leaves the article at ``block``, ``seen`` lines after it:
    still in the box ("box") while its links run, back in the text ("") when prose follows the
    links or one short subheading (a box inside the article, a 相关链接 background note), over
    ("end") when anything else follows: comments, a product card, prose right under the heading
    (a comment thread)."""
    text = block.text
    if why == "links":
        return "box"
    if why is None and seen and len(text) >= _MIN_RESUMED_PROSE and _SENTENCE_END.search(text):
        return ""
    if not seen and len(text) <= _MAX_BOX_SUBHEADING and not _SENTENCE_PUNCT.search(text):
        return "box"
    return "end"


# Text that takes the article up again after an in-article box is a sentence of prose, not a
# label or a product card's field. On the dev pages the paragraphs that follow 推荐阅读 and
# 相关新闻 boxes are 50+ characters, the lines after real end headings are names, labels and
# fields without a sentence end; 30 leaves room for short one-sentence paragraphs.
_MIN_RESUMED_PROSE = 30
_MAX_BOX_SUBHEADING = 20
_SENTENCE_END = lazy_regex(r"[。！？!?]")


def _is_editor_line(text: str) -> bool:
    return len(text) <= _MAX_META_LINE and meta_lines.parse_editor_line(text) is not None


def _is_info_line(text: str) -> bool:
    """A dateline/source line above the article (2024-05-20 09:37 来源：中国网 【字号 大 小】)."""
    return len(text) <= _MAX_INFO_LINE and not _SENTENCE_PUNCT.search(text) and date_in(text)


def _is_label(text: str) -> bool:
    return text.strip("【】[]()（）") in WIDGET_LABELS


def _why_not(
    block: Block, key: str, after_image: bool, title: str, meta: PageMeta, *, lenient: bool
) -> str | None:
    """Why ``block`` is not body; ``key`` is its text in simplified characters, for the word
    lists. ``lenient`` (a fallback) trusts neither class names nor the caption rules."""
    text = block.text
    if block.chrome and not lenient:
        return "chrome class"
    if block.caption and not lenient:
        return "caption element"
    if _is_link_list(block):
        return "links"
    if text == title or normalize(text) == title:
        return "title"
    if not _LETTER.search(text):
        return "no letters"
    if _is_label(key):
        return "widget label"
    if _is_meta_line(key) or text in meta.lines:
        return "meta line"
    if meta_lines.is_follow_appeal(key):
        return "promo line"
    if not lenient and _is_caption(key, block, after_image):
        return "caption"
    return None


def _is_link_list(block: Block) -> bool:
    return block.links > _MAX_LINK_DENSITY * len(block.text)


def _is_meta_line(text: str) -> bool:
    if meta_lines.is_boilerplate(text) or _JUNK_LINE.search(text):
        return True
    if _END_MARKERS.match(text):
        return True
    return len(text) <= _MAX_META_LINE and (
        meta_lines.parse_source_line(text) is not None
        or meta_lines.parse_byline(text) is not None
        or meta_lines.parse_editor_line(text) is not None
    )


def _is_caption(text: str, block: Block, after_image: bool) -> bool:
    if len(text) > _MAX_CAPTION:
        return False
    if _CAPTION.search(text):
        return True
    if len(text) > _MAX_BARE_CAPTION or _SENTENCE_PUNCT.search(text):
        return False
    # Beside or right under an image, a short line without sentence punctuation is its caption,
    # unless it is set in bold (then it is a subheading, e.g. a poem's title under a picture).
    bold = block.bold >= len(text) - 1
    return bool(block.images or after_image) and not bold
