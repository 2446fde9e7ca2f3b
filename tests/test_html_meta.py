"""Article metadata on pages of kinds the reader has not seen: small hand-written snippets.

Each page is one article of four prose paragraphs (so the article block is found) plus the
piece of metadata under test; expectations are written by hand from the snippet. The last
section checks that a page and its text dump give the same ``site`` when they show the same
evidence (the text dump is written by hand too, as select-all-copy would give it).
"""

from __future__ import annotations

import pytest

from policyextract.models import Metadata
from policyextract.reader.html_article import strip_html
from policyextract.reader.text_article import strip_text

IDSP = "\u3000"
PARAGRAPHS = [
    "市政府常务会议近日审议通过了关于促进民营经济发展的若干措施，提出加大金融支持力度。",
    "会议指出，要落实好各项惠企政策，帮助企业稳定岗位，增强市场主体的活力和发展后劲。",
    "会议要求，各区各部门要加强协调配合，确保各项措施落地见效，及时回应企业的合理关切。",
    "据介绍，相关部门将在年内出台配套细则，进一步优化营商环境，激发全社会的创新创造活力。",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "某市出台措施促进民营经济发展"


def page(
    *,
    title: str = f"{HEADLINE}_要闻_示例网",
    head: str = "",
    headline: str = f"<h1>{HEADLINE}</h1>",
    before: str = "",
    after: str = "",
    footer: str = "",
    crumb: str = "",
    script: str = "",
) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{crumb}"
        f'<div class="main">{headline}{before}<div class="article">{ARTICLE}</div>{after}</div>'
        f"<div>{footer}</div>{script}</body></html>"
    )


def meta_of(html: str) -> Metadata:
    return strip_html(html).metadata


# --- title -----------------------------------------------------------------------------------

TITLES = [
    (
        "an ideographic space between two clauses stays as written",
        page(
            title=f"春節連假旅遊{IDSP}出遠門前先回診 | 台灣味 | 某某新聞網",
            headline=f"<h1>春節連假旅遊{IDSP}出遠門前先回診</h1>",
        ),
        f"春節連假旅遊{IDSP}出遠門前先回診",
    ),
    (
        "line breaks in the <title> are layout, its ideographic spaces are not",
        page(title=f"暖氣直吹 女得乾眼症\n{IDSP}入冬患者增四成 - 某某新聞", headline=""),
        f"暖氣直吹 女得乾眼症 {IDSP}入冬患者增四成",
    ),
    (
        "a column label the <title> leaves out is not part of the headline",
        page(title=f"{HEADLINE} 上海_新闻中心_示例网", headline=f"<h1>【记者连线】{HEADLINE}</h1>"),
        HEADLINE,
    ),
    (
        "a column label the <title> keeps stays",
        page(title=f"【记者连线】{HEADLINE}_示例网", headline=f"<h1>【记者连线】{HEADLINE}</h1>"),
        f"【记者连线】{HEADLINE}",
    ),
    (
        "a bold line showing the <title>'s head is the headline (no heading element)",
        page(
            title=f"{HEADLINE}-要闻-示例娱乐",
            headline=f'<div align="center"><font size="5"><b>{HEADLINE}</b></font></div>',
        ),
        HEADLINE,
    ),
    (
        "a table cell showing the whole <title> is the headline",
        page(
            title=HEADLINE, headline=f"<table><tr><td class='big'>\n {HEADLINE}\n</td></tr></table>"
        ),
        HEADLINE,
    ),
    (
        "a <title> that names only the site: the line above the date line",
        page(
            title="示例参考网",
            headline=f"<table><tr><td class='black18'>{HEADLINE}</td></tr></table>",
            before="<div>2024-05-13 作者：记者 张三 来源：示例参考网</div>",
        ),
        HEADLINE,
    ),
]


@pytest.mark.parametrize(("case", "html", "expected"), TITLES, ids=[t[0] for t in TITLES])
def test_title(case: str, html: str, expected: str) -> None:
    assert meta_of(html).title == expected


def test_a_link_repeating_the_headline_is_not_read_as_it() -> None:
    """Only block and inline text holders count: a related-news link with the headline's text
    (and its date) must not become the headline element whose info line is read."""
    related = f'<ul><li><a href="/1">{HEADLINE}</a> 2020-01-01</li></ul>'
    html = page(title=f"{HEADLINE}-要闻-示例网", headline="", after=related)
    meta = meta_of(html)
    assert meta.title == HEADLINE
    assert meta.published is None


# --- site ------------------------------------------------------------------------------------

SITES = [
    ("the site-shaped piece, not the section after it", f"{HEADLINE} - 某浪網 - 新聞", "某浪網"),
    ("a domain is a site's name", f"{HEADLINE} - 宏观经济 - 21CN.COM", "21CN.COM"),
    ("a Chinese name before a domain", f"{HEADLINE}_新闻中心_示例网_example.cn", "示例网"),
    ("names separated by a space", f"{HEADLINE} 中国快讯 示例网", "示例网"),
    ("a Latin brand before the name stays", f"{HEADLINE} | 台灣味 | NOWnews 某某新聞網", None),
    ("book-title marks", f"{HEADLINE}-《示例网》", "示例网"),
    (
        "a bracketed note after the name",
        f"{HEADLINE} ---示例新闻网(某某市人民政府主办)",
        "示例新闻网",
    ),
    ("the site before the headline", f"示例网-{HEADLINE}", "示例网"),
    ("no site-shaped piece: the outermost one", f"{HEADLINE}_示例新闻中心", "示例新闻中心"),
]


@pytest.mark.parametrize(("case", "title", "expected"), SITES, ids=[s[0] for s in SITES])
def test_site_from_the_title(case: str, title: str, expected: str | None) -> None:
    expected = expected or "NOWnews 某某新聞網"
    assert meta_of(page(title=title)).site == expected


SITE_ELSEWHERE = [
    (
        "the breadcrumb's first step names the site",
        page(title=HEADLINE, crumb="<div>位置提示：示例网首页 &gt; 湖南频道 &gt; 正文</div>"),
        "示例网",
    ),
    (
        "the copyright owner beats a section-like <title> piece",
        page(
            title=f"{HEADLINE}-人物-文娱频道",
            footer="©2005-2010 <a href='/'>示例新闻网</a> 版权所有 ICP证 川B2-00000000",
        ),
        "示例新闻网",
    ),
    (
        "a company owns the site without being its name",
        page(title=HEADLINE, footer="Copyright © 2012 Example Corp. 示例公司 版权所有"),
        None,
    ),
    (
        "本网站由 … 版权所有",
        page(title=HEADLINE, footer="本网站由示例新闻网版权所有，未经授权禁止复制"),
        "示例新闻网",
    ),
]


@pytest.mark.parametrize(
    ("case", "html", "expected"), SITE_ELSEWHERE, ids=[s[0] for s in SITE_ELSEWHERE]
)
def test_site_from_the_page(case: str, html: str, expected: str | None) -> None:
    assert meta_of(html).site == expected


# --- people and source -----------------------------------------------------------------------

INFO = '<div class="post_info">2024-05-13 10:25:34　来源: <a href="/">示例日报</a>{}</div>'

PEOPLE = [
    ("a region after the outlet is the poster's IP region", INFO.format(" 北京"), [], []),
    ("labelled IP region", INFO.format(" <span>IP属地：广东</span>"), [], []),
    ("a foreign IP region", INFO.format(" IP属地 美国"), [], []),
    ("a journalist after the outlet is still read", INFO.format(" 张三"), ["张三"], []),
    (
        "a placeholder account is not an editor",
        INFO.format("") + "<p>（责任编辑：系统管理员）</p>",
        [],
        [],
    ),
    ("a login name is not an editor", INFO.format("") + "<p>责任编辑：xcwang</p>", [], []),
    (
        "a role word is not an editor",
        INFO.format("") + "<p>编辑：李四 排版：王五</p>",
        [],
        ["李四"],
    ),
    (
        "tags after an editor field are not editors",
        INFO.format("") + "<p>[责任编辑：李四] 标签：某某 打人事件</p>",
        [],
        ["李四"],
    ),
    ("a placeholder author", INFO.format(" 作者：佚名"), [], []),
]


@pytest.mark.parametrize(
    ("case", "before", "authors", "editors"), PEOPLE, ids=[p[0] for p in PEOPLE]
)
def test_people(case: str, before: str, authors: list[str], editors: list[str]) -> None:
    meta = meta_of(page(before=before))
    assert (meta.authors, meta.editors) == (authors, editors)


def test_editor_meta_drops_placeholders() -> None:
    head = '<meta name="editor" content="admin，王五">'
    assert meta_of(page(head=head)).editors == ["王五"]


def test_placeholder_editor_line_is_not_body() -> None:
    article = strip_html(page(after="<p>（责任编辑：系统管理员）</p>"))
    assert article.body == PARAGRAPHS


SOURCES = [
    (
        "a promotion where the outlet stands",
        '<div class="info">2024-05-13 10:25 来源：示例下载客户端独家抢先看</div>',
        None,
    ),
    (
        "a promotion in an element named for the source",
        '<div>2024-05-13 10:25 <span class="source">示例下载客户端独家抢先看</span></div>',
        None,
    ),
    (
        "an app named as the source is an outlet",
        '<div class="info">2024-05-13 10:25 来源：示例日报客户端</div>',
        "示例日报客户端",
    ),
]


@pytest.mark.parametrize(("case", "before", "expected"), SOURCES, ids=[s[0] for s in SOURCES])
def test_source(case: str, before: str, expected: str | None) -> None:
    assert meta_of(page(before=before)).source == expected


# --- description and image -------------------------------------------------------------------

DESCRIPTIONS = [
    ('<meta name="description" content="  某市出台\n  新措施  ">', "某市出台 新措施"),
    ('<meta property="og:description" content="某市出台新措施">', "某市出台新措施"),
    (
        '<meta name="description" content="页面摘要">'
        '<meta property="og:description" content="其他">',
        "页面摘要",
    ),
    (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "description": "摘要"}</script>',
        "摘要",
    ),
    ('<meta name="description" content="   ">', None),
    ("", None),
]


@pytest.mark.parametrize(("head", "expected"), DESCRIPTIONS)
def test_description(head: str, expected: str | None) -> None:
    assert meta_of(page(head=head)).description == expected


IMAGES = [
    (
        '<meta property="og:image" content="https://img.example.cn/a.jpg">',
        "https://img.example.cn/a.jpg",
    ),
    ('<meta name="twitter:image" content="//img.example.cn/b.png">', "//img.example.cn/b.png"),
    (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "image": {"@type": "ImageObject", "url": "http://e.cn/c.jpg"}}'
        "</script>",
        "http://e.cn/c.jpg",
    ),
    (
        '<script type="application/ld+json">{"image": ["http://e.cn/d.jpg", "http://e.cn/e.jpg"]}'
        "</script>",
        "http://e.cn/d.jpg",
    ),
    ('<link rel="image_src" href="http://e.cn/f.jpg">', "http://e.cn/f.jpg"),
    # as written: never resolved against the page, never fetched; only web URLs
    ('<meta property="og:image" content="/images/a.jpg">', None),
    ('<meta property="og:image" content="data:image/png;base64,AAAA">', None),
    ('<meta property="og:image" content="javascript:void(0)">', None),
    (
        '<meta property="og:image" content="/a.jpg"><meta name="twitter:image" content="https://e.cn/g.jpg">',
        "https://e.cn/g.jpg",
    ),
]


@pytest.mark.parametrize(("head", "expected"), IMAGES)
def test_image(head: str, expected: str | None) -> None:
    assert meta_of(page(head=head)).image == expected


# --- a publish time held by a script ---------------------------------------------------------

SCRIPT_TIMES = [
    ('var nickname = "示例发布"; var ct = "1700000000";', "2023-11-15T06:13:20+08:00"),
    ("var create_time = '1700000000' * 1;", "2023-11-15T06:13:20+08:00"),
    ('window.__data = {"publishTime": 1700000000, "title": "x"};', "2023-11-15T06:13:20+08:00"),
    # an update time is not a publication time; a millisecond time is not read as seconds
    ('var modify_time = "1700000000";', None),
    ('var update_ct = "1700000000";', None),
    ('var ct = "1700000000123";', None),
    ('var ct = "abc";', None),
]


@pytest.mark.parametrize(("script", "expected"), SCRIPT_TIMES)
def test_publish_time_in_a_script(script: str, expected: str | None) -> None:
    html = page(
        title="示例发布", headline=f"<h1>{HEADLINE}</h1>", script=f"<script>{script}</script>"
    )
    assert meta_of(html).published == expected


def test_a_page_date_of_the_same_day_keeps_the_script_time() -> None:
    """The script's time is machine-written; a page line of the same day does not replace a
    full time with a coarser one."""
    html = page(before="<div>2023-11-15</div>", script='<script>var ct = "1700000000";</script>')
    assert meta_of(html).published == "2023-11-15T06:13:20+08:00"


# --- one site for a page and its text dump ---------------------------------------------------

FOOTER = (
    "<div>关于我们 | 联系我们</div><div>©2005-2024 示例新闻网 版权所有 ICP证 示B2-00000000</div>"
)
DUMP_FOOTER = "关于我们 | 联系我们\n©2005-2024 示例新闻网 版权所有 ICP证 示B2-00000000\n"
CRUMB = "<div>您所在的位置： 示例网首页 &gt; 新闻中心 &gt; 正文</div>"
DUMP_CRUMB = "您所在的位置： 示例网首页 > 新闻中心 > 正文\n"


def dump(*, crumb: str = "", footer: str = "") -> str:
    body = "\n\n".join(PARAGRAPHS)
    return (
        f"首页 新闻 财经 体育\n{crumb}\n{HEADLINE}\n2024-05-13 10:25 来源：示例日报\n\n"
        f"{body}\n\n相关新闻\n{footer}"
    )


@pytest.mark.parametrize(
    ("html", "text", "expected"),
    [
        (page(title=HEADLINE, footer=FOOTER), dump(footer=DUMP_FOOTER), "示例新闻网"),
        (page(title=HEADLINE, crumb=CRUMB), dump(crumb=DUMP_CRUMB), "示例网"),
        (
            page(title=HEADLINE, footer="<div>示例公司 版权所有</div>"),
            dump(footer="示例公司 版权所有\n"),
            None,
        ),
    ],
    ids=["copyright line", "breadcrumb", "a company owner"],
)
def test_page_and_dump_name_the_same_site(html: str, text: str, expected: str | None) -> None:
    assert strip_html(html).metadata.site == expected
    assert strip_text(text).metadata.site == expected
