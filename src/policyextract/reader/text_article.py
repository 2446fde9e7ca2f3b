"""Text dump → :class:`Article`, from lines alone.

A text dump (select-all-copy or save-as-text of a page) keeps the page's layout: navigation,
breadcrumb, title, 来源/时间 line, body, editor line, related links and footer, one block per line.
The reader works in four steps, each a small function:

1. :func:`classify` gives every line a kind (prose, short text, navigation, metadata, footer …).
   Lines are read folded to simplified script (:func:`fold`), so one word list serves both
   scripts (来源/來源, 相关新闻/相關新聞); columns printed side by side are split at wide gaps.
2. :func:`densest_run` finds the body: the run of lines with the most sentence text, where every
   non-prose line costs a penalty (a maximum-sum segment, as in text-density extractors). No run
   crosses a footer, a list or comments header, or a 来源/时间 line.
3. The header above the run (title, 来源/时间 lines, bylines, breadcrumb) gives the metadata and
   where the body really starts; short lead lines (decks, first subheadings) are taken back in.
   Below the run, a list the article ends with, a notice's closing block (附件, issuer, date) and
   the article's continuation under an inline link box (推荐阅读 + a few headlines) are taken.
4. Inside the run, chrome kinds (captions, bylines, editor lines, 原标题 …) are dropped; every kept
   paragraph is the line (or column) with only its outer white space removed.
5. A page without a run below its header whose sentences stand in captions (a photo story), or
   without any prose line, falls back (:func:`fallback_block`, ``reader="fallback"``); a page with
   too little sentence text to be an article gets no body.

Decisions where the issue was silent:

- Subheadings and other short lines inside the body are kept (they cannot be told from image
  captions without a caption cue such as 图为, …摄, …供图, 图片来源); lines with link arrows
  (``>>``, ``→``) are dropped as links.
- A whole-line parenthetical without sentence punctuation (``（完）``, ``（此件公开发布）``) is
  dropped like a caption; ``（原标题：…）`` and ``（资料来源：…）`` lines are dropped.
- A bare date line above the body is the header's time and is dropped; inside the body (a
  notice's signature date) it is kept.
- With several headline-like lines above the 来源/时间 line the nearest one is the title, so a
  kicker (引题) above is skipped but a subtitle (副题) below is taken (a known miss) unless it
  opens with a dash (——来自一线的观察).
- Without a 来源/时间 line the title is the first headline below the breadcrumb (decks, display
  headlines and a document's own heading stand nearer the body), else the nearest one above it.
- A headline repeated below the header (信息公开 tables print 标题：… and then the document) and
  the document number under it are not body.
- A line of a date and a few short pieces (2012-01-12 某某日报, 某某网 (2012-01-11 16:58)) is a
  time line even without a 来源/时间 label; a date glued to words (2024年1月17日起…) is text.
- Rows of headlines on one line, time-stamped list items (标题 (01/17 21:56)), promo lines (欢迎订阅
  《某某手机报》) and markup left in the dump are chrome; a numbered contact item of a notice
  (4、通信地址：…（邮编：…）) is body, a numbered copyright statement is not.
- A byline moves the body start below it only under a summary box (划重点： or numbered points);
  a lead paragraph above a byline is the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from .. import pattern_cache
from ..models import Article, Metadata
from . import meta_lines
from .meta_lines import (
    EDITOR_LABELS,
    MAX_META_LINE,
    OUTLET_LINE,
    SOURCE_LABELS,
    TIME_LABELS,
    clean_title,
    closing_byline,
    is_boilerplate,
    parse_breadcrumb,
    parse_byline,
    parse_editor_line,
    parse_source_line,
    source_line_authors,
)
from .script import fold
from .timeparse import find_published

# Outer white space of a paragraph: ASCII, NBSP, ideographic space, zero-width and BOM.
_STRIP = " \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"

# --- line kinds -------------------------------------------------------------------------------

EMPTY = "empty"
PROSE = "prose"  # a sentence line: the body's material
SHORT = "short"  # other text: headings, subheadings, link titles
NAV = "nav"  # menus, pagination, bare numbers
CRUMB = "crumb"
META = "meta"  # 来源/时间 lines
DATELINE = "dateline"  # a bare date (2024年5月8日): a header's time, or a document's signature date
BYLINE = "byline"
CREDIT = "credit"  # 新闻发言人 张三: a speaker credit, dropped like a byline but not an author
EDITOR = "editor"
BOILER = "boiler"
RELATED = "related"  # 相关新闻 / 推荐阅读 … headers
COMMENTS = "comments"  # 网友评论 / 最新评论 … headers
WIDGET = "widget"  # share, font size, print, login widgets
ORIG_TITLE = "orig_title"
CAPTION = "caption"
LINK = "link"  # ·> list items

# Per-kind weight in the densest-run search; prose lines weigh +len(line). Calibrated on the 26
# realworld dumps: a subheading or caption inside a body costs little, a menu, widget or metadata
# line more (teaser lists alternate such lines with short prose).
PENALTY = {
    SHORT: -8,
    CAPTION: -4,
    NAV: -20,
    CRUMB: -30,
    META: -30,
    DATELINE: -10,
    BYLINE: -10,
    CREDIT: -10,
    WIDGET: -20,
    LINK: -20,
    ORIG_TITLE: -10,
}
# Kinds no body run crosses: an editor line ends the article, footers and list headers end it too.
HARD_STOPS = frozenset({EDITOR, BOILER, RELATED, COMMENTS})
# A run right below a 来源/时间 header is the body when it weighs at least this share of the
# heaviest run: teaser lists and comment threads can outweigh a short article. On the realworld
# dumps the body run is the heaviest anyway (25 pages headed, one without any 来源/时间 line);
# 0.15 lets a two-paragraph article beat a teaser list about six times its weight.
HEADER_RATIO = 0.15
# Kinds that may stand inside a body and be kept.
BODY_KINDS = frozenset({PROSE, SHORT})

# How far above the body the header (title, 来源/时间, byline) may lie, in non-empty lines; the
# realworld dumps put up to 18 share-widget lines between the 来源 line and the body.
HEADER_WINDOW = 30
# Metadata lines further apart than this start a new header cluster.
META_GAP = 4
# Lead lines (deck, first subheading) taken back above the densest run.
MAX_LEAD_LINES = 8
MIN_LEAD_LEN = 6
# A byline within the run's first lines moves the body start below it (summary boxes above it).
BYLINE_WINDOW = 8
# Two words of at most MENU_PAIR characters around a bar are a menu; a headline has a longer part.
MENU_PAIR = 5
# A short line that opens or ends with a bar is a menu item (彩票|, 查看图集|).
MENU_EDGE = 12
# A line of at least MENU_WORDS words of at most MENU_WORD characters is a tool bar.
MENU_WORDS, MENU_WORD = 3, 4
# Titles: shorter are menu words, longer are paragraphs.
MIN_TITLE, MAX_TITLE = 5, 80
#: Headlines under a 相关文章 header that make it a list the title search looks past.
MIN_LIST_ITEMS = 3
MIN_TITLE_HAN = 4
# No gold title of the realworld or dev pages has two full-width commas; decks often do.
MAX_TITLE_COMMAS = 2
# An inline link box inside an article: at most this many lines before a paragraph at least
# MIN_RESUME long (the dev pages' inline 推荐阅读 boxes hold 8–9 headlines).
BOX_WINDOW, MIN_RESUME = 12, 50
# A notice's closing block: at most this many short lines down to the signature date.
MAX_SIGNATURE_LINES = 6
# Footer search below the body (editor lines, bylines, late 来源/时间 lines).
TAIL_WINDOW = 15

_SENTENCE = pattern_cache.compile(r"[。！？；…]|[!?;]$")
_RELATED = pattern_cache.compile(
    r"^(?:相关(?:新闻|阅读|报道|文章|链接|推荐|专题)|推荐阅读|延伸阅读|扩展阅读|新闻推荐|热点推荐|"
    r"精彩推荐|为你推荐|为您推荐|猜你喜欢|热门(?:文章|推荐|新闻|点击|排行)|最新(?:文章|新闻)|"
    r"热点新闻|今日推荐|编辑推荐|往期回顾|更多(?:新闻|阅读|精彩)|"
    r"(?:热门|点击|阅读|新闻|热点|24小时|一周|本周|今日|日|周|月)排行榜?|"
    r"友情链接|阅读排行|点击排行)\s*[:：>》]*\s*(?:更多\s*>*)?$"
)
# A mark before a list header (※ 相关文章, ■ 推荐阅读).
_HEADER_MARK = pattern_cache.compile(r"^[※★☆■□●○◆◇▲△▼▽·•・>》\s]+")
# Side-by-side columns: no paragraph on the dev or realworld gold has four white spaces in a row.
_COLUMN_GAP = pattern_cache.compile(r"[ \t\u00a0\u3000\u2002\u2003]{4,}")
_COMMENTS = pattern_cache.compile(
    r"^(?:(?:网友|读者)(?:评论|回应|留言)|最新评论|最热评论|热门评论|精彩评论|全部评论|发表评论|"
    r"我要评论|评论区|跟贴|查看评论)|"
    r"\d+\s*条评论|参与\s*\d+|跟贴\s*\d+|(?:暂无|目前没有|还没有)(?:网友)?评论|评论(?:期已过|已关闭)"
)
_WIDGET = pattern_cache.compile(
    r"^[【\[]?(?:分享(?:到|至)?|扫一扫|扫描二维码|用微信扫|二维码|字号|字体|打印|收藏|举报|点赞|"
    r"返回(?:顶部|首页)|回到(?:顶部|首页)|上一篇|下一篇|登录|注册|加载更多|关注|"
    r"【?纠错】?|T\s*[+]|小字号|大字号|复制链接|链接已复制|Play Video|手机(?:看|版|阅读)|"
    r"\d+\s*(?:评论|人?参与|赞|阅读))"
)
MAX_WIDGET = 30
# Widget words that are text too (转发 opens a notice's title: 转发省政府关于…的通知): a widget
# only alone on their line, with at most a count or an arrow (回应(3), 推荐 ▼).
_WIDGET_WORD = pattern_cache.compile(
    r"^[【\[]?(?:转寄|转发|打印|回应|评论|引用|共享|讨论|推荐(?:给(?:朋友|好友))?|Tweet|Like|"
    r"(?:转发|转寄|推荐)(?:到|至|给)\S{1,6})[】\]]?"
    r"\s*(?:[(（]\s*\d*\s*[)）])?\s*[▼▲]?$",
    regex.IGNORECASE,
)
# A bare date line is at most this long (2024年05月08日, 2024-05-08 星期三).
MAX_DATELINE = 16
SHORT_WIDGET = 14
_ORIG_TITLE = pattern_cache.compile(r"^[（(【\[]?\s*原(?:标|题)[题目]?\s*[:：]")
_PAREN_SOURCE = pattern_cache.compile(
    r"^[（(【\[]\s*(?:资料|图片|文章|本文|信息|数据)?来源\s*[:：].*[）)】\]]$"
)
# Captions: 图为…, …摄, …供图, 图片来源：…, （…摄）.
_CAPTION = pattern_cache.compile(
    r"^(?:图为|图注|上图|下图|左图|右图|图[:：/]|图片[:：]|资料图|视频截图)|"
    r"(?:供图|截图|资料图片?|图片来源\s*[:：]\s*\S+|图源\s*[:：]\s*\S+)[)）]?[。.]?$|"
    r"^[（(][^（()）。！？]{2,40}[）)]$|"
    r"(?:^|[\s（(：:/]|记者|通讯员|摄影)[\p{Han}·]{2,6}\s*/?\s*摄[)）]?$"
)
MAX_CAPTION = 120
# Markup, style or script text that a dump kept (<li> <a href=…>, body { MARGIN: 0 }).
_CODE = pattern_cache.compile(
    r"<(?:[a-z]+\d?|/[a-z]+\d?)(?:\s[^<>]*)?>.*<|\b(?:href|src|class|style)\s*=\s*[\"']|"
    r"[{;]\s*[a-z-]+\s*:\s*[^;{}]+;|\bfunction\s*\(|\bvar\s+\w+\s*=",
    regex.IGNORECASE,
)
# A list item's number: 1、 2. （3） 四、 (5).
_ENUMERATED = pattern_cache.compile(
    r"^(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）])"
)
# A priced or counted item: 成人票原价：279元, 开放时间：8:00—17:00.
_PRICE_ITEM = pattern_cache.compile(r"^[^\s:：，。]{1,12}[:：]\s*[\d¥￥$]")
# Words of a site's own notices, never of a notice's contact items.
_SITE_NOTICE = pattern_cache.compile(
    r"版权|转载|声明|本网|本站|ICP|备案|许可证|Copyright|©", regex.IGNORECASE
)
_NUMBER = pattern_cache.compile(
    r"^(?:[\d一二三四五六七八九十]{1,3}|【\d+】(?:\s*【\d+】)*|[\d\s/|.]+)$"
)
_LINK_ITEM = pattern_cache.compile(r"^[·•・．>》▪◆■□●○]\s*>?\s*\S")
# A list item stamped with its time: 某某新闻标题 (01/17 21:56), 标题 【某某网】2012-01-17 21:41.
_STAMPED_ITEM = pattern_cache.compile(
    r"[^\s:：]\s*[\s（(\[【】]\s*(?:\d{2,4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?\s*[)）\]】]?$"
)
MAX_STAMPED_ITEM = 80
# Headline rows: many headlines on one line, separated by white space, with hardly a clause mark
# (食品新闻 举报食品安全问题可奖30万元 “大胃王”8分钟吞131颗馄饨 乳品新国标巨头定？ …). On the
# dev and realworld gold no body paragraph of 20+ characters has more than 3 gaps and fewer than
# 1.5 clause marks per 100 characters; headline rows and link lists have 5–12 gaps.
_WORD_GAP = pattern_cache.compile(
    r"[\p{Han}\w」』》）)”\"'！？!?][ \u3000]+(?=[\p{Han}\w「『《（(“\"'])"
)
_CLAUSE_MARK = pattern_cache.compile(r"[，、；,;。]")
# Character-spaced lines: at least this many words, this share of them one character long.
MIN_SPACED_WORDS, SPACED_SHARE = 6, 0.7
# Teaser headlines: at most this long, phrases set apart by a space or cut with ".." / "…".
MAX_TEASER = 30
_PHRASE_GAP = pattern_cache.compile(r"[\p{Han}」』》）)”！？!?][ \u3000]+[\p{Han}「『《（(“]")
_CUT_SHORT = pattern_cache.compile(r"[^。！？!?….](?:\.{2,3}|…)$")
MIN_ROW, MIN_ROW_WORDS, ROW_GAPS, ROW_CLAUSES = 60, 5, 3.0, 1.5
# A line naming only its time, outlet, author and widgets (2012-01-12 南方日报, 台湾醒报
# (2012-01-11 16:58), http://… 2012年01月12日 17:04 某某网微博): every piece besides the date
# is at most this long; a dated headline (我国中东部迎来大范围雨雪 华北有雾 (2012-1-17)) is not.
MAX_META_PIECE = 10
_META_PIECES = pattern_cache.compile(r"[\s|｜丨/／╱·•()（）【】\[\]:：]+")
_DATE_GAP = pattern_cache.compile(r"\s|.[\s)）】\]|｜丨]")
_URLISH = pattern_cache.compile(
    r"^(?:https?://|www\.)|\.(?:com|cn|net|org|hk|tw)\b", regex.IGNORECASE
)
# Speaker credits (某某工程新闻发言人 张三): a role word, white space and a name.
_CREDIT = pattern_cache.compile(
    r"^\S{0,20}(?:发言人|主持人|评论员|特约评论员|撰稿人|观察员|主讲人)\s+[\p{Han}·]{2,6}$"
)
_INLINE_BYLINE = pattern_cache.compile(
    r"[（(]\s*(?:本报|本网|本台|特约)?记者\s*(?P<names>[^（）()]{2,30}?)\s*[）)]"
)
_URL_LINE = pattern_cache.compile(
    r"^(?:(?:本文|原文|文章)?(?:链接|网址|地址)|URL|url)\s*[:：]?\s*(?P<url>https?://\S+)$"
)
# Link text inside a body (点击进入专题>>, 下载客户端→): an arrow marks a link, not a heading.
_LINK_TEXT = pattern_cache.compile(r">>|》》|→|»|＞＞")
# A document number line (国办发〔2024〕12号) stands between a notice's title and its date.
_DOC_NUMBER = pattern_cache.compile(r"[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*\d+\s*号$")
_TITLE_LABEL = pattern_cache.compile(r"^(?:文章)?标题\s*[:：]\s*")
# A subtitle (副题) opens with a dash (——来自一线的观察): the title stands above it.
_SUBTITLE = pattern_cache.compile(r"^\s*(?:—|─|－－|--)")
_LINK_ARROW = pattern_cache.compile(r">>|》》|→|»|更多")
_LEAD_NOT = pattern_cache.compile(r"[:：→【】\[\]|｜>»]")
_DANGLING_LABEL = pattern_cache.compile(
    "^(?:"
    + "|".join(regex.escape(x) for x in (*SOURCE_LABELS, *TIME_LABELS, "作者", *EDITOR_LABELS))
    + ")\\s*[:：]?$"
)
_BARE_URL = pattern_cache.compile(r"^(?P<url>https?://\S+)$")
_DATE_FIRST = pattern_cache.compile(r"^(?:19|20)\d\d\s*[-/.年]")
_NAV_PUNCT = pattern_cache.compile(r"[。，！？；]")
_BARS = pattern_cache.compile(r"\s*[|｜]\s*")
_WORDISH = pattern_cache.compile(r"\p{Han}|[A-Za-z]{2}")
_HAN = pattern_cache.compile(r"\p{Han}")
_GENERIC_STEP = pattern_cache.compile(
    r"^(?:首页|主页|网站首页|正文|详情|内容|新闻正文|文章正文|当前位置)$"
)


def _unfold(value: str, folded: str, original: str) -> str:
    """``value`` (found in ``folded``) as ``original`` writes it."""
    at = folded.find(value)
    return original[at : at + len(value)] if at >= 0 and value else value


@dataclass
class Line:
    """One line of the dump: its stripped text, its kind and its folded form (:func:`fold`)."""

    text: str
    kind: str
    # The text the metadata parsers read: the line itself, or a dangling label line joined with
    # its value (``本文来源于`` + ``某市统计局``) when the page put them on two lines.
    meta: str = ""
    key: str = ""  # ``text`` folded: what the classifiers read

    def __post_init__(self) -> None:
        self.meta = self.meta or self.text
        self.key = self.key or fold(self.text)

    @property
    def meta_key(self) -> str:
        return fold(self.meta)

    def unfold(self, value: str) -> str:
        return _unfold(value, self.meta_key, self.meta)


@dataclass
class _Header:
    title: int | None = None
    metas: list[int] = field(default_factory=list)
    start: int = 0  # first line index the body may use


def _is_nav(text: str) -> bool:
    """Menus: many short words separated by white space or |, and no sentence punctuation."""
    if _NAV_PUNCT.search(text):
        return False
    if len(text) <= MENU_EDGE and text.strip("|｜ ") != text:
        return True  # a menu item cut from its bar: 体育图片中心 |, 彩票|
    bars = [p.strip() for p in _BARS.split(text) if p.strip()]
    if len(bars) >= 3 and all(len(p) <= 12 for p in bars):
        return True
    if len(bars) == 2 and all(len(p) <= MENU_PAIR for p in bars):
        return True  # 听众来信 | 推荐给朋友
    words = text.split()
    if len(words) < 4:
        return False
    # Menu words are short; a spaced headline has long phrases. Number and bracket tokens (a
    # stock quote: 贝莱德 ( 431.2 , 7.37 ) …) do not count as menu words.
    if max(len(w) for w in words) <= 6:
        return True
    named = [w for w in words if _WORDISH.search(w)]
    return len(named) >= 4 and sum(len(w) for w in named) / len(named) <= 4


def _unspaced(text: str) -> str:
    """A line written with a space between every character (衞 生 署 呼 籲) without them, so that it
    reads as a headline or a sentence rather than a menu of one-character words."""
    words = text.split()
    if len(words) < MIN_SPACED_WORDS or sum(len(w) == 1 for w in words) < SPACED_SHARE * len(words):
        return text
    return "".join(words)


def _listed_contact(text: str) -> bool:
    """A numbered contact item of a notice (4、通信地址：…（邮编：100088）): body, not a footer;
    numbered copyright statements (1、凡本网注明…) stay footers."""
    return _ENUMERATED.match(text) is not None and _SITE_NOTICE.search(text) is None


def _teaser(text: str) -> bool:
    """A headline with a ！ or ？ (陷阱！机车诱敌 轿车埋伏撞死少年): short, no clause mark, its
    phrases set apart by a space. No body line of the dev or realworld gold is one; teaser lists
    after an article are full of them."""
    if len(text) > MAX_TEASER or _CLAUSE_MARK.search(text) or not _SENTENCE.search(text):
        return False
    return _PHRASE_GAP.search(text) is not None


def _headline_row(text: str) -> bool:
    """Several headlines on one line: many word gaps, hardly a clause mark (see ``ROW_GAPS``)."""
    if len(text) < MIN_ROW:
        return False
    words = text.split()
    # Pages that space every character (衞 生 署 呼 籲) are not rows of headlines.
    if len(words) < MIN_ROW_WORDS or 2 * sum(len(w) == 1 for w in words) > len(words):
        return False
    per_100 = 100 / len(text)
    gaps = len(_WORD_GAP.findall(text)) * per_100
    return gaps > ROW_GAPS and len(_CLAUSE_MARK.findall(text)) * per_100 < ROW_CLAUSES


def _dated_meta(text: str) -> bool:
    """A line of a date and a few short pieces (outlet, author, widget words): a time line."""
    if len(text) > MAX_META_LINE or _SENTENCE.search(text):
        return False
    found = find_published(text)
    if found is None:
        return False
    iso, start, end = found
    if end < len(text) and "T" not in iso and not _DATE_GAP.match(text, end - 1):
        return False  # words glued to a bare date (2024年1月17日重要人事任免) make a headline
    rest = text[:start] + " " + text[end:]
    pieces = [p for p in _META_PIECES.split(rest) if p]
    return all(len(p) <= MAX_META_PIECE or _URLISH.search(p) for p in pieces)


def _is_widget(text: str) -> bool:
    """Share/print/font widgets: a widget word alone, with a label colon, or in a short line."""
    if _WIDGET_WORD.match(text):
        return True
    match = _WIDGET.match(text)
    if match is None or len(text) > MAX_WIDGET:
        return False
    rest = text[match.end() :]
    return len(text) <= SHORT_WIDGET or not rest or rest[0] in ":： "


#: The mark that ends an article, on a line of its own (Hong Kong's 完, the wires' （完）).
_END_MARK = pattern_cache.compile(r"[（(【\[\-—－]*(?:全文)?完[）)】\]\-—－]*")
#: A release's time of day on a line of its own (Hong Kong's 香港時間16時30分, folded).
_CLOCK_LINE = pattern_cache.compile(
    r"(?:香港|澳门|北京|台北)?时间\s*\d{1,2}\s*[时:：]\s*\d{1,2}\s*分?"
)


def classify_line(text: str) -> str:
    """The kind of one stripped line (see the kind constants), in either script."""
    return _kind(fold(text))


def _kind(text: str) -> str:
    """The kind of one stripped, folded line."""
    if not text:
        return EMPTY
    text = _unspaced(text)
    header = _HEADER_MARK.sub("", text)
    if _RELATED.match(header):
        return RELATED
    if len(text) <= MAX_WIDGET and _COMMENTS.search(header):
        return COMMENTS
    if _ORIG_TITLE.match(text) or _PAREN_SOURCE.match(text):
        return ORIG_TITLE
    if _CLOCK_LINE.fullmatch(text):
        return DATELINE  # 香港時間16時30分: the time of a release, under its date line
    if _END_MARK.fullmatch(text):
        return BOILER  # 完, （完）, -完-: the article ends here (a release's date may follow)
    found = parse_source_line(text)
    # A dated 来源/时间 line is the header even when it names the editor too; an undated one with
    # an editor (本文来源：新华社 责任编辑：张三) closes the article.
    if found is not None and found[1] is not None:
        bare = found[0] is None and "T" not in found[1] and _DATE_FIRST.match(text) is not None
        return DATELINE if bare and len(text) <= MAX_DATELINE else META
    if parse_editor_line(text) is not None:
        return EDITOR
    if is_boilerplate(text) and not _listed_contact(text):
        return BOILER
    if found is not None or _dated_meta(text):
        return META
    if parse_byline(text) is not None:
        return BYLINE
    if _CREDIT.match(text):
        return CREDIT
    if parse_breadcrumb(text) is not None:
        return CRUMB
    if len(text) <= MAX_CAPTION and _CAPTION.search(text):
        return CAPTION
    if _NUMBER.match(text) or _CODE.search(text):
        return NAV
    if _is_widget(text):
        return WIDGET
    if _LINK_ITEM.match(text) and not _SENTENCE.search(text[-1]):
        return LINK
    if (len(text) <= MAX_STAMPED_ITEM and _STAMPED_ITEM.search(text)) or _headline_row(text):
        return LINK
    if meta_lines.is_follow_appeal(text):
        return WIDGET
    if len(text) <= MAX_TEASER and _CUT_SHORT.search(text):
        return LINK  # a link title cut short: …网..
    if _teaser(text):
        return SHORT  # a headline, not a sentence: weighs as a short line (it may be the title)
    if _SENTENCE.search(text):
        return PROSE
    if _LINK_TEXT.search(text):
        return LINK
    if _is_nav(text):
        return NAV
    return SHORT


def classify(text: str) -> list[Line]:
    """Every line of ``text`` with its kind; a dangling label is read with the line after it."""
    out = []
    for raw in text.splitlines():
        # Columns side by side come out as one line with a wide gap: each is a line of its own.
        # A list header in a side column (热点新闻 beside the article) ends no body.
        for n, cell in enumerate(_COLUMN_GAP.split(raw.strip(_STRIP))):
            key = fold(cell)
            kind = _kind(key)
            out.append(Line(cell, LINK if n and kind in HARD_STOPS else kind, key=key))
    last_label: int | None = None
    for i, line in enumerate(out):
        if line.kind == EMPTY:
            continue
        if last_label is not None and line.kind in (SHORT, NAV, PROSE):
            joined = out[last_label].text.rstrip(":：") + "：" + line.text
            kind = _kind(fold(joined))
            if kind in (META, BYLINE, EDITOR):
                out[last_label].kind = line.kind = kind
                out[last_label].meta = line.meta = joined
        last_label = i if _DANGLING_LABEL.match(line.key) else None
    return out


def _weight(line: Line) -> int:
    if line.kind == PROSE:
        return len(line.text)
    if line.kind == EMPTY:
        return 0
    return PENALTY.get(line.kind, -10)


def _best_run(lines: list[Line], lo: int, hi: int) -> tuple[int, int, int] | None:
    """(weight, first, last) of the maximum-weight run within ``lines[lo:hi]``."""
    best, best_span = 0, None
    total, start = 0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0, i
        total += _weight(lines[i])
        if total > best and lines[i].kind == PROSE:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    first = best_span[0]
    while lines[first].kind != PROSE:  # the run starts at its first prose line
        first += 1
    return best, first, best_span[1]


def candidate_runs(lines: list[Line]) -> list[tuple[int, int, int]]:
    """The best run between each pair of hard stops (editor lines, footers, list headers) and
    来源/时间 lines: no body crosses its own header (promo lines above it are not its lead)."""
    out: list[tuple[int, int, int]] = []
    lo = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or lines[i].kind in HARD_STOPS or lines[i].kind == META:
            run = _best_run(lines, lo, i)
            if run is not None:
                out.append(run)
            lo = i + 1
    return out


def _has_header(lines: list[Line], first: int) -> bool:
    """A 来源/时间 line between the run and the prose above it: the run follows a headline (not
    the comments or the link list below the article's header)."""
    for i in _nonempty_above(lines, first, HEADER_WINDOW):
        if lines[i].kind == PROSE or lines[i].kind in HARD_STOPS:
            return False
        if lines[i].kind in (META, DATELINE):
            return True
    return False


def densest_run(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) line index of the body run, or ``None`` when no line is prose.

    The heaviest run wins, unless a run right below a 来源/时间 header weighs at least
    ``HEADER_RATIO`` of it: long teaser lists or comments below an article must not win over it.
    """
    runs = candidate_runs(lines)
    if not runs:
        return None
    best = max(runs)
    headed = [run for run in runs if _has_header(lines, run[1])]
    if headed and max(headed)[0] >= HEADER_RATIO * best[0]:
        best = max(headed)
    return best[1], best[2]


def _nonempty_above(lines: list[Line], index: int, limit: int) -> list[int]:
    """Indices of up to ``limit`` non-empty lines above ``index``, nearest first."""
    out: list[int] = []
    i = index - 1
    while i >= 0 and len(out) < limit:
        if lines[i].kind != EMPTY:
            out.append(i)
        i -= 1
    return out


def _title_like(line: Line) -> bool:
    if line.kind not in (SHORT, PROSE) or "。" in line.text or _LINK_ARROW.search(line.key):
        return False
    if not MIN_TITLE <= len(line.text) <= MAX_TITLE or line.text.endswith((":", "：")):
        return False
    if _DOC_NUMBER.search(line.text) or _SUBTITLE.match(line.text):
        return False
    if line.text.count("，") >= MAX_TITLE_COMMAS:
        return False  # a deck or summary sentence (有分析认为…，也有观点认为，…)
    return len(_HAN.findall(line.text)) >= MIN_TITLE_HAN


def find_header(lines: list[Line], run_start: int) -> _Header:
    """Title and 来源/时间 lines above the body run, and where the body may start."""
    header = _Header()
    zone = _nonempty_above(lines, run_start, HEADER_WINDOW)
    # 来源/时间 lines; bare date lines only when the page has nothing better.
    metas = [i for i in zone if lines[i].kind == META]
    metas = metas or [i for i in zone if lines[i].kind == DATELINE]
    if metas:
        cluster = [metas[0]]
        for i in metas[1:]:
            if len([j for j in zone if i < j < cluster[-1]]) > META_GAP:
                break
            cluster.append(i)
        header.metas = sorted(cluster)
        header.title = _title_above(lines, header.metas[-1])
        header.start = header.metas[-1] + 1
    else:
        header.title = _title_below_crumb(lines, run_start)
        if header.title is None:
            header.title = _title_above(lines, run_start)
    if header.title is not None:
        header.start = max(header.start, header.title + 1)
        header.start = _past_repeated_title(lines, header, run_start)
    return header


def _title_above(lines: list[Line], index: int) -> int | None:
    """The nearest headline above ``index``; metadata and widget lines between are skipped.

    The search stops at a breadcrumb (the title stands below it) and at footer or list headers,
    except a 相关文章 list between the headline and the body (its headlines are the list's): the
    search goes on above its header.
    """
    zone = _nonempty_above(lines, index, HEADER_WINDOW)
    skip_to = len(zone)
    for n, i in enumerate(zone):
        line = lines[i]
        if n < skip_to and skip_to < len(zone):
            continue
        skip_to = len(zone)
        if line.kind in (BOILER, RELATED, COMMENTS, CRUMB):
            return None
        if _title_like(line) and not OUTLET_LINE.match(line.key):
            header = _list_header_above(lines, zone, n)
            if header is None:
                return i
            skip_to = header + 1
    return None


def _list_header_above(lines: list[Line], zone: list[int], n: int) -> int | None:
    """The position in ``zone`` of a 相关文章 header over a list of headlines (three or more,
    fewer is a title under a crumb) from ``zone[n]`` up, if the line at ``n`` closes one."""
    for m in range(n + 1, len(zone)):
        line = lines[zone[m]]
        if line.kind == RELATED:
            return m if m - n >= MIN_LIST_ITEMS else None
        if line.kind != SHORT or not _title_like(line):
            return None
    return None


def _title_text(line: Line) -> str:
    """A headline line without a field label (标题：…, as 信息公开 tables print it)."""
    return str(_TITLE_LABEL.sub("", line.text)).strip(_STRIP)


def _past_repeated_title(lines: list[Line], header: _Header, run_start: int) -> int:
    """Where the body may start when the page repeats its headline below the header (a 信息公开
    table, then the document's own heading and number): below the repeat and its number line."""
    assert header.title is not None
    title = _title_text(lines[header.title])
    start = header.start
    for i in range(header.start, run_start):
        if lines[i].kind != EMPTY and lines[i].text == title:
            start = _next_nonempty(lines, i)
            if start < run_start and _DOC_NUMBER.search(lines[start].text):
                start = _next_nonempty(lines, start)
            break
    return min(start, run_start)


def _title_below_crumb(lines: list[Line], index: int) -> int | None:
    """Without a 来源/时间 line: the first headline below the breadcrumb above ``index``.

    Pages print the title right under the breadcrumb; nearer the body stand decks, display
    headlines in several lines and a document's own heading, which the nearest-line rule takes.
    """
    zone = _nonempty_above(lines, index, HEADER_WINDOW)
    crumbs = [i for i in zone if lines[i].kind == CRUMB]
    if not crumbs:
        return None
    for i in range(crumbs[0] + 1, index):
        line = lines[i]
        if line.kind in (BOILER, RELATED, COMMENTS, PROSE):
            return None
        if _title_like(line) and not OUTLET_LINE.match(line.key) and not _menu_words(line.text):
            return i
    return None


def _menu_words(text: str) -> bool:
    """Three or more short words (搜索 网站地图 设置首页): a tool bar, not a spaced headline."""
    words = text.split()
    return len(words) >= MENU_WORDS and max(map(len, words)) <= MENU_WORD


def _after_byline(lines: list[Line], first: int, last: int) -> int:
    """A byline below a summary box (划重点： and its numbered points) ends the header; a lead
    paragraph above a byline is the article's, and a closing byline (less prose below it than
    above) ends nothing."""
    seen = 0
    for i in range(first, last + 1):
        if lines[i].kind == EMPTY:
            continue
        if lines[i].kind == BYLINE:
            boxed = _summary_box(lines, first, i)
            below, above = _prose_weight(lines, i + 1, last), _prose_weight(lines, first, i)
            return i + 1 if boxed and below > above else first
        seen += 1
        if seen >= BYLINE_WINDOW:
            break
    return first


def _summary_box(lines: list[Line], first: int, byline: int) -> bool:
    """The run's lines above ``byline`` are a box: a label line (划重点：, 核心提示：) stands right
    above them, or each is a numbered point."""
    above = _nonempty_above(lines, first, 1)
    if above and lines[above[0]].kind == SHORT and lines[above[0]].text.endswith((":", "：")):
        return True
    prose = [i for i in range(first, byline) if lines[i].kind == PROSE]
    return bool(prose) and all(_ENUMERATED.match(lines[i].text) for i in prose)


def _prose_weight(lines: list[Line], first: int, last: int) -> int:
    return sum(len(lines[i].text) for i in range(first, last + 1) if lines[i].kind == PROSE)


def _next_nonempty(lines: list[Line], index: int) -> int:
    i = index + 1
    while i < len(lines) and lines[i].kind == EMPTY:
        i += 1
    return i


def _opens_with_title(lines: list[Line], run: tuple[int, int]) -> bool:
    """The run's first line is a headline (？/！ but no 。) with a paragraph right below it."""
    first = lines[run[0]]
    nxt = _next_nonempty(lines, run[0])
    return (
        nxt <= run[1]
        and _title_like(first)
        and not first.text.endswith(("；", "…"))
        and lines[nxt].kind == PROSE
        and len(lines[nxt].text) > len(first.text)
    )


def _lead_like(text: str) -> bool:
    """A deck or heading line: no label colon, link arrow or bracket, at most two words."""
    if len(text) < MIN_LEAD_LEN or _LEAD_NOT.search(text.rstrip(":：")):
        return False
    return len(text.split()) <= 2


def _lead_start(lines: list[Line], run_start: int, floor: int) -> int:
    """Take short lead lines (deck, first subheading) back into the body, down to ``floor``."""
    first = run_start
    taken = 0
    i = run_start - 1
    while i >= floor and taken < MAX_LEAD_LINES:
        line = lines[i]
        if line.kind == EMPTY:
            i -= 1
            continue
        if line.kind in (CAPTION, DATELINE):  # skipped, not taken: captions, signature dates
            i -= 1
            continue
        if line.kind not in BODY_KINDS or not _lead_like(line.text):
            break
        first, taken = i, taken + 1
        i -= 1
    return first


def _names_in(values: list[list[str] | None]) -> list[str]:
    out: list[str] = []
    for names in values:
        for name in names or []:
            if name not in out:
                out.append(name)
    return out


def _inline_authors(paragraph: str) -> list[str]:
    """Journalists named in a dateline: 新华社北京5月9日电（记者张三、李四）."""
    key = fold(paragraph[:80])
    match = _INLINE_BYLINE.search(key)
    if not match:
        return []
    names = parse_byline("记者 " + match["names"]) or []
    return [_unfold(name, key, paragraph[:80]) for name in names]


def _closing_authors(body: list[str]) -> list[str]:
    if not body:
        return []
    key = fold(body[-1])
    return [_unfold(name, key, body[-1]) for name in closing_byline(key)]


def _site_and_section(lines: list[Line], upto: int) -> tuple[str | None, str | None]:
    """The breadcrumb nearest above ``upto``: (its first step when site-like, its last step)."""
    for i in _nonempty_above(lines, upto, HEADER_WINDOW * 2):
        if lines[i].kind != CRUMB:
            continue
        every = parse_breadcrumb(lines[i].text) or []
        steps = [s for s in every if not _GENERIC_STEP.match(s)] or every
        if not steps:
            return None, None
        continued = lines[i].text.startswith(">")
        # The same reading of the first step as the HTML reader's (meta_lines.crumb_site).
        site = None if continued else meta_lines.crumb_site(every[0])
        # A lone step that names the site (某某网 > 正文) is no section.
        lone_site = len(steps) == 1 and meta_lines.crumb_site(steps[0]) is not None
        # One unsplit step is a line the separators did not cut (首页 | 频道 | 栏目): not read.
        split = len(every) > 1 or continued
        section = steps[-1] if split and not lone_site else None
        return (None if site == section else site), section
    return None, None


def _copyright_site(lines: list[Line], after: int) -> str | None:
    """The owner a copyright line below the body names (the HTML reader's rule, shared)."""
    for line in lines[after:]:
        if line.kind == BOILER:
            owner = meta_lines.copyright_owner(line.text)
            if owner:
                return owner
    return None


def _url(lines: list[Line]) -> str | None:
    for i, line in enumerate(lines):
        match = _URL_LINE.match(line.key) or (_BARE_URL.match(line.text) if i < 5 else None)
        if match:
            return str(match["url"])
    return None


def _read(parse: Callable[[str], list[str] | None], line: Line) -> list[str] | None:
    """Names ``parse`` finds in the line's folded text, each as the line writes it."""
    names = parse(line.meta_key)
    return None if names is None else [line.unfold(name) for name in names]


def _meta_fields(lines: list[Line], indices: list[int]) -> tuple[str | None, str | None]:
    source = published = None
    for i in indices:
        found = parse_source_line(lines[i].meta_key)
        if found:
            source = source or (lines[i].unfold(found[0]) if found[0] else None)
            published = published or found[1]
    return source, published


def _body_span(lines: list[Line]) -> tuple[_Header, int, int] | None:
    """The header and the (first, last) line indices of the body, or ``None`` without prose."""
    run = densest_run(lines)
    if run is None:
        return None
    header = find_header(lines, run[0])
    if header.title is None and header.metas:
        # A time line above the headline (2024-06-12, then the title, then the body).
        below = _next_nonempty(lines, header.metas[-1])
        if below < run[0] and _title_like(lines[below]) and _next_nonempty(lines, below) == run[0]:
            header.title, header.start = below, below + 1
    if header.title is None and not header.metas and _opens_with_title(lines, run):
        # Nothing above names the article: its first line, a headline, is the title.
        header.title, header.start = run[0], run[0] + 1
        run = (_next_nonempty(lines, run[0]), run[1])
    first = _lead_start(lines, _after_byline(lines, run[0], run[1]), header.start)
    return header, first, _past_boxes(lines, _signature_tail(lines, _list_tail(lines, run[1])))


def _signature_tail(lines: list[Line], last: int) -> int:
    """The last line of a closing block (附件：…, the issuing body, its date): a few short lines
    after the run that end with a bare date are the notice's signature; other short lines
    after an article (teaser headlines) end with no date."""
    i = last
    for _ in range(MAX_SIGNATURE_LINES):
        i = _next_nonempty(lines, i)
        if i >= len(lines) or lines[i].kind not in (SHORT, DATELINE):
            break
        if lines[i].kind == DATELINE:
            return i
    return last


def _list_tail(lines: list[Line], last: int) -> int:
    """The run's last line, or the last item of a list it ends with: short items (2、…, 成人票：
    279元) after a list item or a line that announces them (…如下：) are the article's."""
    i = _next_nonempty(lines, last)
    if i < len(lines) and lines[i].kind == SHORT and lines[i].text.endswith((":", "：")):
        i = _next_nonempty(lines, i)  # 本次调整涉及以下商品：, then the items
    elif not (_list_item(lines[last].text) or lines[last].text.endswith((":", "："))):
        return last
    end = last  # an intro line with no item below it (股价资料：) is not taken
    while i < len(lines) and lines[i].kind in BODY_KINDS and _list_item(lines[i].text):
        end, i = i, _next_nonempty(lines, i)
    return end


def _list_item(text: str) -> bool:
    return _ENUMERATED.match(text) is not None or _PRICE_ITEM.match(text) is not None


def _past_boxes(lines: list[Line], last: int) -> int:
    """The body's last line when the article goes on below inline link boxes (推荐阅读 and a few
    headlines, then long paragraphs again); the box lines become links, dropped from the body."""
    while True:
        head = _next_nonempty(lines, last)
        if head >= len(lines) or lines[head].kind != RELATED:
            return last
        resume = _resumed_paragraph(lines, head)
        if resume is None:
            return last
        stop = next((i for i in range(resume, len(lines)) if lines[i].kind in HARD_STOPS), None)
        run = _best_run(lines, resume, len(lines) if stop is None else stop)
        if run is None or run[1] != resume:
            return last
        for i in range(head, resume):
            if lines[i].kind != EMPTY:
                lines[i].kind = LINK
        last = run[2]


def _resumed_paragraph(lines: list[Line], head: int) -> int | None:
    """The first long paragraph within ``BOX_WINDOW`` lines below a box header, if only link-like
    lines (short lines, links, short prose) stand between."""
    i, seen = head, 0
    while seen < BOX_WINDOW:
        i = _next_nonempty(lines, i)
        if i >= len(lines) or lines[i].kind not in (SHORT, LINK, NAV, PROSE):
            return None
        if lines[i].kind == PROSE and len(lines[i].text) >= MIN_RESUME:
            return i
        seen += 1
    return None


def _metadata(
    lines: list[Line], header: _Header, first: int, last: int, body: list[str]
) -> Metadata:
    """Metadata from the header above the body, the body's dropped lines and the lines below.

    ``body`` is the kept paragraphs: a wire dateline in the first (新华社…电（记者 张三）) or a
    bracketed credit closing the last (…。（文/图 张三）) may name the journalists.
    """
    tail = range(last + 1, min(len(lines), last + 1 + TAIL_WINDOW))
    between = range(header.title + 1 if header.title is not None else first, first)
    source, published = _meta_fields(lines, header.metas)
    if source is None:
        outlets = [lines[i].text for i in between if OUTLET_LINE.match(lines[i].key)]
        source = outlets[0] if outlets else None
    if source is None or published is None:  # some pages print 来源/时间 below the article
        late = _meta_fields(lines, [i for i in tail if lines[i].kind in (META, BOILER, EDITOR)])
        source, published = source or late[0], published or late[1]

    # Bylines above the body, inside it (dropped from it) and below it; a byline may share its
    # line with a 来源 field (中青报·中青网记者 张三 来源：中国青年报), and 来源/时间 lines may
    # carry a 作者 field.
    near = [*between, *range(first, last + 1), *tail]
    authors = _names_in(
        [_read(parse_byline, lines[i]) for i in near if lines[i].kind in (BYLINE, META, EDITOR)]
        + [_read(source_line_authors, lines[i]) for i in header.metas]
    )
    editors = _names_in(
        [_read(parse_editor_line, lines[i]) for i in near if lines[i].kind in (EDITOR, META)]
    )
    site, section = _site_and_section(lines, header.title if header.title is not None else first)
    site = site or _copyright_site(lines, last + 1)
    title = (
        clean_title(_title_text(lines[header.title]), site) if header.title is not None else None
    )
    return Metadata(
        title=title or None,
        published=published,
        published_from="page" if published else None,
        source=source,
        site=site,
        section=section,
        url=_url(lines),
        authors=authors or _inline_authors(body[0] if body else "") or _closing_authors(body),
        editors=editors,
    )


def strip_text(text: str) -> Article:
    """The article of a text dump: metadata and body paragraphs (see the module docstring).

    The body is the densest run (``reader="article"``); a page whose sentences stand only in
    captions or short lines (a photo story, a page without a prose line) falls back to a block
    of its text (``reader="fallback"``, see :func:`fallback_block`); a page with too little
    sentence text to be an article (an index page, an empty shell) gets no body.
    """
    lines = classify(text)
    span = _body_span(lines)
    if span is not None and not _photo_story(lines, span[1]):
        header, first, last = span
        # Inside the body a bare date is a document's signature date and stays; above it, it is
        # the header's time (the body starts at a body line, so a dateline never opens it).
        keep = (*BODY_KINDS, DATELINE)
        body = [lines[i].text for i in range(first, last + 1) if lines[i].kind in keep]
        return Article(metadata=_metadata(lines, header, first, last, body), body=body)
    found = fallback_block(lines)
    if found is None:
        return Article(metadata=Metadata(), body=[])
    header, block = found
    body = [lines[i].text for i in block]
    article = Article(metadata=_metadata(lines, header, block[0], block[-1], body), body=body)
    article.reader = "fallback"
    return article


# --- fallbacks ----------------------------------------------------------------------------------

# Too little sentence text to be an article (an index page, an empty shell): less than this many
# characters in lines with sentence punctuation. The shortest dev body (a photo story's one
# caption) has ~150; an index page of link titles has none.
MIN_ARTICLE_TEXT = 40
# Lines a fallback body may hold: text, not menus, widgets or metadata.
FALLBACK_KINDS = frozenset({PROSE, SHORT, CAPTION, DATELINE})


def _sentence_text(line: Line) -> int:
    return len(line.text) if line.kind in FALLBACK_KINDS and _SENTENCE.search(line.key) else 0


def _blocks(lines: list[Line]) -> list[list[int]]:
    """Stretches of text lines (prose, short lines, captions) between any other lines."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line.kind == EMPTY:
            continue
        if line.kind in FALLBACK_KINDS:
            current.append(i)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _page_header(lines: list[Line]) -> _Header:
    """The header of a page without a body run: its first 来源/时间 line and the title above."""
    first = next((i for i, line in enumerate(lines) if line.kind == META), None)
    return find_header(lines, first + 1) if first is not None else _Header()


def _header_block(lines: list[Line], header: _Header) -> list[int] | None:
    """The text block right below the header (within ``HEADER_WINDOW`` lines), if it has
    sentences and no hard stop stands between."""
    if not header.metas:
        return None
    for block in _blocks(lines):
        if block[0] < header.start:
            continue
        between = range(header.start, block[0])
        if any(lines[i].kind in HARD_STOPS for i in between) or len(between) > HEADER_WINDOW:
            return None
        if sum(_sentence_text(lines[i]) for i in block):
            return block
    return None


def fallback_block(lines: list[Line]) -> tuple[_Header, list[int]] | None:
    """The body of a page the densest run does not read, in order of preference: the block
    right below the header, the block with the most sentence text (when it holds half the
    page's), else all visible text less navigation; ``None`` with too little sentence text."""
    total = sum(map(_sentence_text, lines))
    if total < MIN_ARTICLE_TEXT:
        return None
    header = _page_header(lines)
    below = _header_block(lines, header)
    if below is not None:
        return header, below
    blocks = _blocks(lines)
    best = max(blocks, key=lambda b: sum(_sentence_text(lines[i]) for i in b))
    if 2 * sum(_sentence_text(lines[i]) for i in best) >= total:
        return header, best
    return header, [i for block in blocks for i in block]


def _photo_story(lines: list[Line], run_start: int) -> bool:
    """The run is not below the header, and the header's own block is captions with sentences
    (a photo story, its text in the captions; the run found is comments or teasers)."""
    if _has_header(lines, run_start):
        return False
    block = _header_block(lines, _page_header(lines))
    if block is None or any(lines[i].kind == PROSE for i in block):
        return False
    return sum(_sentence_text(lines[i]) for i in block) >= MIN_ARTICLE_TEXT
