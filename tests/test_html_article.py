"""The HTML reader on small synthetic pages: chrome, body, and where metadata comes from.

Every page is built from one article of four prose paragraphs (so the density scoring has
something to find) plus the piece of chrome or metadata under test. Expectations are written by
hand from the snippet.
"""

from __future__ import annotations

import pytest

from policyextract.reader.html_article import strip_html

PARAGRAPHS = [
    "国务院常务会议近日审议通过了关于促进中小企业发展的若干措施，提出加大财政支持力度。",
    "会议指出，要落实好减税降费政策，帮助企业稳岗拓岗，增强市场主体活力和发展后劲。",
    "会议要求，各地区各部门要加强协调配合，确保各项措施落地见效，及时回应企业关切。",
    "据介绍，相关部门将在年内出台配套细则，进一步优化营商环境，激发全社会创新创造活力。",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(
    article: str = ARTICLE,
    *,
    head: str = "",
    before: str = "",
    after: str = "",
    title: str = "国务院部署促进中小企业发展_新闻中心_示例网",
    headline: str = "<h1>国务院部署促进中小企业发展</h1>",
) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/g">政务</a></div>'
        f'<div class="main">{headline}{before}<div class="article">{article}</div>{after}</div>'
        '<div class="footer">版权所有 示例网 Copyright © 2024 京ICP备12345678号</div>'
        "</body></html>"
    )


# --- body: chrome dropped ---------------------------------------------------------------------

RELATED = (
    '<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">另一条新闻标题</a></li></ul></div>'
)
SHARE = '<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a></div>'
LINKS = (
    "<ul><li><a href='/a'>第一条推荐新闻的标题</a></li><li><a href='/b'>第二条推荐</a></li></ul>"
)

CHROME_CASES = [
    ("related list after the article", ARTICLE + RELATED, ["相关新闻", "另一条新闻标题"]),
    (
        "related heading as plain text",
        ARTICLE + "<p>推荐阅读</p><p>某地召开某某会议。</p>",
        ["推荐阅读"],
    ),
    (
        "related heading in traditional script",
        ARTICLE + "<p>延伸閱讀</p><p>某地召開某某會議。</p>",
        ["延伸閱讀", "某地召開"],
    ),
    ("editor line in traditional script", ARTICLE + "<p>（責任編輯：王五）</p>", ["責任編輯"]),
    (
        "copyright notice in traditional script",
        ARTICLE + "<p>(內容由示例網提供。未經授權，不得轉載。)</p>",
        ["未經授權"],
    ),
    (
        "follow-us line",
        ARTICLE + "<p>欢迎关注我们的微信公众号，第一时间获取更多本地资讯！</p>",
        ["公众号"],
    ),
    (
        "follow-us line in traditional script",
        ARTICLE + "<p>本網現已開設Facebook專頁，快點Like我們的專頁！[按此Like]</p>",
        ["Facebook"],
    ),
    (
        "a poll inside the block",
        ARTICLE
        + "<form><h3>调查</h3><p>你如何看待这项政策？</p><ul>"
        + "".join(f"<li><input type='radio' name='q'>{o}</li>" for o in ["支持，早该出台", "反对"])
        + "</ul><input type='submit' value='投票'></form>",
        ["调查", "你如何看待", "早该出台"],
    ),
    ("share widget inside the block", SHARE + ARTICLE, ["分享到", "微信"]),
    ("link list inside the block", ARTICLE + LINKS, ["第一条推荐新闻的标题"]),
    ("editor line", ARTICLE + "<p>责任编辑：王五</p>", ["责任编辑", "王五"]),
    ("editor line named by the site", ARTICLE + "<p>示例网编辑:王五</p>", ["王五"]),
    ("share tools label", ARTICLE + "<p>分享工具</p>", ["分享工具"]),
    ("byline", "<p>本报记者 张三</p>" + ARTICLE, ["张三"]),
    ("speaker line", "<p>国务院新闻办公室新闻发言人 张三</p>" + ARTICLE, ["发言人"]),
    ("previous/next links", ARTICLE + "<p>上一篇：另一条新闻的标题</p>", ["上一篇"]),
    ("widget labels", "<p>图集</p>" + ARTICLE + "<p>【返回顶部】</p>", ["图集", "返回顶部"]),
    ("original title", "<p>（原标题：促进中小企业发展若干措施出台）</p>" + ARTICLE, ["原标题"]),
    ("copyright line", ARTICLE + "<p>版权声明：本网所有内容未经授权不得转载。</p>", ["版权声明"]),
    (
        "figure caption",
        '<figure><img src="a.jpg"><figcaption>会议现场</figcaption></figure>' + ARTICLE,
        ["会议现场"],
    ),
    (
        "credit caption",
        '<p><img src="a.jpg"></p><p>会议现场。新华社记者 李四 摄</p>' + ARTICLE,
        ["李四 摄"],
    ),
    (
        "caption under an image",
        '<p><img src="a.jpg"></p><p>与会代表认真听取报告</p>' + ARTICLE,
        ["与会代表"],
    ),
    (
        "labelled caption",
        '<p><img src="a.jpg"></p><p>图说：与会代表认真听取报告，并进行了分组讨论。</p>' + ARTICLE,
        ["图说"],
    ),
    (
        "caption with a bracketed credit",
        ARTICLE + "<p>▲与会代表在分组讨论中发言。（李四摄）</p>",
        ["李四摄"],
    ),
    (
        "widget bar with wide spacing",
        "<p>【字號" + " " * 14 + "大" + " " * 14 + "中" + " " * 14 + "小】</p>" + ARTICLE,
        ["字號"],
    ),
    (
        "summary box",
        "<p>划重点：</p><ol><li>要点一的内容是这样的。</li></ol>" + ARTICLE,
        ["划重点", "要点一"],
    ),
    (
        "print-edition line",
        ARTICLE + "<p>《 人民日报 》（ 2024年05月10日 04 版）</p>",
        ["人民日报"],
    ),
    ("page number of a list", ARTICLE + "<p>2</p>", ["\n2"]),
    (
        "hidden element",
        '<p style="display: none">原来的标题是这样的内容</p>' + ARTICLE,
        ["原来的标题"],
    ),
]


@pytest.mark.parametrize(
    ("article", "absent"), [c[1:] for c in CHROME_CASES], ids=[c[0] for c in CHROME_CASES]
)
def test_chrome_is_not_body(article: str, absent: list[str]) -> None:
    body = strip_html(page(article)).body
    assert body == PARAGRAPHS
    text = "\n" + "\n".join(body)
    for piece in absent:
        assert piece not in text


IN_ARTICLE_BOX = (
    "<p>推荐阅读</p><ul><li><a href='/1'>另一条新闻的标题在这里</a></li>"
    "<li><a href='/2'>第二条新闻的标题在这里</a></li></ul>"
)
P3, P4 = (f"<p>{p}</p>" for p in PARAGRAPHS[2:])
AFTER_END_CASES = [
    ("a related box inside the article", IN_ARTICLE_BOX + P3 + P4, PARAGRAPHS[2:]),
    ("a background note under 相關鏈接", "<p>相關鏈接</p><p>背景</p>" + P4, PARAGRAPHS[3:]),
    ("comments under a comment heading", "<p>网友评论</p>" + P3 + P4, []),
    ("prose right under a related heading", "<p>相关推荐</p>" + P3 + P4, []),
    (
        "a product card after the related heading",
        "<p>相关推荐</p><p>某品牌手机</p><p>屏幕：6.1英寸</p>" + P4,
        [],
    ),
]


@pytest.mark.parametrize(
    ("after", "expected"), [c[1:] for c in AFTER_END_CASES], ids=[c[0] for c in AFTER_END_CASES]
)
def test_text_after_an_end_heading(after: str, expected: list[str]) -> None:
    # Prose after an end heading is body again only when the heading opened a box of links (or
    # one subheading) inside the article.
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    assert strip_html(page(first + after)).body == PARAGRAPHS[:2] + expected


def test_text_after_the_editor_line_is_not_body() -> None:
    quoted = "<blockquote><p>另一条新闻的标题</p><p>另一条新闻的摘要，与本文无关。</p></blockquote>"
    assert strip_html(page(ARTICLE + "<p>责任编辑：王五</p>" + quoted)).body == PARAGRAPHS


LAYOUT_CASES = [
    ("table cell with br", "<table><tr><td>{}</td></tr></table>", "<br><br>\u3000\u3000"),
    ("div per paragraph", "<div class='txt'>{}</div>", "DIVS"),
    ("bare text with br", "<div id='zoom'>{}</div>", "<br>"),
]


@pytest.mark.parametrize(
    ("frame", "joiner"), [c[1:] for c in LAYOUT_CASES], ids=[c[0] for c in LAYOUT_CASES]
)
def test_layouts_without_p(frame: str, joiner: str) -> None:
    if joiner == "DIVS":
        inner = "".join(f"<div>{p}</div>" for p in PARAGRAPHS)
    else:
        inner = joiner.join(PARAGRAPHS)
    assert strip_html(page(frame.format(inner))).body == PARAGRAPHS


def test_text_wrapped_in_chrome_named_boxes_is_still_found() -> None:
    # One box per paragraph: their parent is the article, and every box is named like chrome.
    article = "".join(f'<div class="newsinfo"><p>{p}</p></div>' for p in PARAGRAPHS)
    assert strip_html(page(article)).body == PARAGRAPHS


@pytest.mark.parametrize(
    "name", ['id="newskeywordbody"', 'class="news-info"', 'class="bottom-wrap"']
)
def test_a_chrome_word_in_the_name_of_the_box_holding_the_text_does_not_drop_it(
    name: str,
) -> None:
    # The box holds the text below a deck line: the name misled, the box is the article.
    article = f"<p>国常会部署惠企措施</p><div {name}>{ARTICLE}</div>"
    assert strip_html(page(article)).body == ["国常会部署惠企措施", *PARAGRAPHS]


def test_a_short_article_beats_a_one_line_box_named_article() -> None:
    # Two short paragraphs in an unnamed box; beside it a feedback line in a box whose class and
    # id both say "article".
    short = PARAGRAPHS[:2]
    html = (
        "<html><head><title>短讯</title></head><body><h1>短讯</h1>"
        '<div class="side-article" id="feedback-article"><div>如果您对本频道有任何意见或建议，'
        "请到交流平台反馈。</div></div>"
        f"<div id='cnt'>{''.join(f'<p>{p}</p>' for p in short)}</div></body></html>"
    )
    assert strip_html(html).body == short


HIDDEN_CASES = [
    (
        "the article waits for a script to show it",
        f'<div style="visibility: hidden">{ARTICLE}</div>',
    ),
    (
        "a hidden print copy beside the article",
        f'{ARTICLE}<div class="print" style="display:none">{ARTICLE}</div>',
    ),
    (
        "a fuller hidden print copy",
        f'{ARTICLE}<div style="display:none">{ARTICLE}'
        "<p>另据了解，有关方面将组织专家开展政策解读，并在门户网站发布问答，方便企业查询。</p></div>",
    ),
    (
        "a hidden menu and a hidden popup",
        '<ul style="display:none"><li>首页</li><li>新闻</li></ul>'
        + ARTICLE
        + "<div hidden><p>请在微信客户端打开链接，以获得更好的阅读体验。</p></div>",
    ),
]


@pytest.mark.parametrize("article", [c[1] for c in HIDDEN_CASES], ids=[c[0] for c in HIDDEN_CASES])
def test_hidden_elements(article: str) -> None:
    result = strip_html(page(article))
    assert (result.body, result.reader) == (PARAGRAPHS, "article")


def test_a_form_around_the_whole_page_is_not_a_poll() -> None:
    # ASP.NET pages put the whole page in one form, a checkbox somewhere inside it.
    html = (
        page()
        .replace("<body>", "<body><form id='form1'>")
        .replace("</body>", "<input type='checkbox' name='remember'>记住我</form></body>")
    )
    assert strip_html(html).body == PARAGRAPHS


def test_a_body_inside_one_link() -> None:
    # Click-to-next-page markup: the whole text, <br>-separated, inside one link.
    linked = "<a href='/p2.html'>" + "<br><br>".join(PARAGRAPHS) + "</a>"
    teasers = "".join(f"<li><a href='/{i}'>第{i}条相关新闻的标题</a></li>" for i in range(8))
    result = strip_html(page(f"<div>{linked}</div><ul>{teasers}</ul>"))
    assert (result.body, result.reader) == (PARAGRAPHS, "article")


def test_a_list_of_teaser_cards_is_still_links() -> None:
    card = "<li><a href='/{0}'><h3>第{0}条新闻标题</h3><p>一句话摘要，介绍这条新闻。</p></a></li>"
    cards = "<ul>" + "".join(card.format(i) for i in range(6)) + "</ul>"
    assert strip_html(page(ARTICLE + cards)).body == PARAGRAPHS


POSTS = [
    ("第一篇日志", "2024-05-09 09:30", PARAGRAPHS[:2]),
    (
        "第二篇日志",
        "2024-05-08 21:05",
        [
            "今天去图书馆借了三本书，准备在假期里慢慢读完。",
            "其中一本是讲城市规划的，内容很有意思，推荐给大家。",
        ],
    ),
    (
        "第三篇日志",
        "2024-05-07 18:40",
        [
            "下午参加了社区组织的志愿活动，帮忙整理了旧书。",
            "活动结束后大家一起合影留念，气氛非常融洽。",
        ],
    ),
]


def blog_post(title: str, when: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<div class='item'><h2><a href='/p'>{title}</a></h2>{text}<div>发表于 {when}</div></div>"
    )


def reply(when: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='floor'><div>网友甲 {when}</div>{text}</div>"


def test_a_blog_index_gives_its_first_post() -> None:
    assert strip_html(bare("".join(blog_post(*post) for post in POSTS))).body == PARAGRAPHS[:2]


def test_an_article_loses_the_thread_of_replies_under_it() -> None:
    replies = "".join(reply(when, text) for _, when, text in POSTS[1:] * 2)
    assert strip_html(bare(f"<div>{ARTICLE}{replies}</div>")).body == PARAGRAPHS


def test_a_timeline_article_stays_whole() -> None:
    # Dated sections without times of day or linked titles are the article's own parts.
    steps = [
        ("2023年3月", PARAGRAPHS[0]),
        ("2023年9月", PARAGRAPHS[1]),
        ("2024年1月", PARAGRAPHS[2]),
    ]
    article = "".join(
        f"<div class='step'><h3>{when}</h3><p>{text}</p></div>" for when, text in steps
    )
    assert strip_html(page(article)).body == [x for step in steps for x in step]


def test_a_page_the_parser_put_into_its_head(monkeypatch: pytest.MonkeyPatch) -> None:
    # Legacy markup: a <script> before <html> and no </head>; a parser that keeps the head open
    # puts the whole page inside it (bs4, the reader's parser of last resort, does).
    from policyextract.reader import dom, html_article

    legacy = (
        '<script language="javascript">var n = 1;</script>\n<html><head><title>示例</title>'
        f"<meta charset='gbk'><div class='nav'><a href='/'>首页</a></div><div>{ARTICLE}</div>"
        "</html>"
    )
    monkeypatch.setattr(html_article, "parse", lambda text, utf8=None: dom._parse_with_bs4(text))
    assert html_article.parse(legacy).find("body") is None  # the case: no body at all
    result = strip_html(legacy)
    assert (result.body, result.reader) == (PARAGRAPHS, "article")


# --- fallbacks ---------------------------------------------------------------------------------

NOTICE = "<p>本网所刊登的信息均为本网版权所有，未经授权不得转载，违者必究。</p>"


def bare(inner: str) -> str:
    return f"<html><head><title>示例</title></head><body>{inner}</body></html>"


FALLBACK_CASES = [
    (
        "a photo page whose caption is the whole text",
        '<div class="photo"><p><img src="a.jpg"></p><p>与会代表认真听取报告（图）</p></div>',
        ["与会代表认真听取报告（图）"],
    ),
    (
        "the best block holds only a notice: the block with most prose",
        f'<div class="content">{NOTICE * 4}</div><div>{ARTICLE}</div>',
        PARAGRAPHS,
    ),
    ("text straight in the body: all visible text", "<br>".join(PARAGRAPHS), PARAGRAPHS),
]


@pytest.mark.parametrize(
    ("inner", "expected"), [c[1:] for c in FALLBACK_CASES], ids=[c[0] for c in FALLBACK_CASES]
)
def test_fallbacks(inner: str, expected: list[str]) -> None:
    article = strip_html(bare(inner))
    assert (article.body, article.reader) == (expected, "fallback")


@pytest.mark.parametrize(
    "inner",
    [
        "",
        "<ul>" + "".join(f"<li><a href='/{i}'>第{i}条新闻的标题在这里</a></li>" for i in range(9)),
        "<div class='content'><p>页面正在加载</p></div>",
    ],
    ids=["empty shell", "index of headlines", "loading placeholder"],
)
def test_a_page_without_prose_has_no_body(inner: str) -> None:
    assert strip_html(bare(inner)).body == []


def test_the_article_path_is_recorded() -> None:
    assert strip_html(page()).reader == "article"


def test_an_article_split_around_a_gallery() -> None:
    part = "<div id='endText'>{}</div>"
    gallery = "<div class='gallery'><img src='a.jpg'><a href='/g'>查看组图</a></div>"
    first, rest = ARTICLE.split("</p>", 1)
    html = page(part.format(first + "</p>") + gallery + part.format(rest))
    assert strip_html(html).body == PARAGRAPHS


def test_lines_above_the_headline_in_the_article_block_are_not_body() -> None:
    # A table layout puts breadcrumb, widgets and banners in the same cell as the headline.
    above = "<p>您的位置：首页 &gt; 博客</p><p>订阅《示例快讯》，发送KX到10620000。</p>"
    headline = "<h1>国务院部署促进中小企业发展</h1>"
    html = page(above + headline + ARTICLE, headline="")
    assert strip_html(html).body == PARAGRAPHS


def test_a_caption_repeating_the_title_lower_down_keeps_the_text_above_it() -> None:
    # The headline sits outside the block; a photo caption inside it repeats the title.
    caption = "<p><img src='a.jpg'></p><p>国务院部署促进中小企业发展</p>"
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3]) + caption + f"<p>{PARAGRAPHS[3]}</p>"
    assert strip_html(page(article)).body == PARAGRAPHS


def test_a_sibling_box_of_a_generic_class_is_not_part_of_the_article() -> None:
    comments = "<p>网友：这个政策好，希望早点落实到位，让企业真正受益。</p>"
    html = bare(f"<div class='box'>{ARTICLE}</div><div class='box'>{comments}</div>")
    assert strip_html(html).body == PARAGRAPHS


def test_an_article_inside_a_form_with_a_checkbox_is_kept() -> None:
    form = f"<form action='/fav'>{ARTICLE}<input type='checkbox' name='fav'>收藏本文</form>"
    side = "".join(f"<li><a href='/{i}'>第{i}条热点新闻的标题在这里</a></li>" for i in range(20))
    assert strip_html(page(form, after=f"<ul>{side}</ul>")).body == PARAGRAPHS


def test_a_long_comment_box_beside_a_short_article_is_still_chrome() -> None:
    comment = (
        "<p>网友甲：这个政策好，希望早点落实到位，让企业真正受益，也希望各地能够加快出台细则。</p>"
    )
    article = ARTICLE[: ARTICLE.index("</p>") + 4]
    html = page(f"{article}<div class='comment-list'>{comment * 6}</div>")
    assert strip_html(html).body == PARAGRAPHS[:1]


@pytest.mark.xfail(
    strict=True,
    reason="a stream of teaser items (linked title and a one-sentence summary each) outscores a "
    "two-paragraph article in an unnamed box; the score does not yet look at the headline",
)
def test_a_short_article_beats_a_stream_of_teasers() -> None:
    short = PARAGRAPHS[:2]
    teaser = (
        "<div><a href='/{0}'>第{0}条快讯标题</a>"
        "<span>某地召开第{0}次会议，研究部署下一阶段工作，要求抓好落实。</span></div>"
    )
    stream = "<div>" + "".join(teaser.format(i) for i in range(8)) + "</div>"
    article = "<div>" + "".join(f"<p>{p}</p>" for p in short) + "</div>"
    assert strip_html(bare(f"<h1>示例</h1>{article}{stream}")).body == short


def test_page_chrome_outside_the_article_is_dropped() -> None:
    body = strip_html(page(before='<div class="breadcrumb">首页 &gt; 新闻 &gt; 国内</div>')).body
    assert body == PARAGRAPHS


# --- body: paragraphs keep the page's characters ---------------------------------------------

PARAGRAPH_CASES = [
    (
        "br splits a paragraph",
        "<p>第一句话在这里。<br>第二句话在这里。</p>",
        ["第一句话在这里。", "第二句话在这里。"],
    ),
    (
        "br inside a div",
        "<div>甲方已经同意。<br/><br/>乙方仍在考虑。</div>",
        ["甲方已经同意。", "乙方仍在考虑。"],
    ),
    ("outer spaces trimmed", "<p>\u3000\u3000开头有全角空格。\u00a0</p>", ["开头有全角空格。"]),
    (
        "inner characters kept",
        "<p>\u3000比例为1,234.5 (约 12%)，\u3000见“附件”。</p>",
        ["比例为1,234.5 (约 12%)，\u3000见“附件”。"],
    ),
    (
        "inline elements joined",
        "<p>会议由<strong>张三</strong>主持，<a href='/x'>详见</a>附件。</p>",
        ["会议由张三主持，详见附件。"],
    ),
    (
        "a notice's issuing body and date",
        "<p>省财政厅</p><p>2024年5月9日</p>",
        ["省财政厅", "2024年5月9日"],
    ),
    (
        "a notice sends its reader to a service",
        "<p>您可下载“示例办事”APP办理。</p><p>市民可关注“健康示例”微信公众号查询接种点。</p>",
        ["您可下载“示例办事”APP办理。", "市民可关注“健康示例”微信公众号查询接种点。"],
    ),
    ("entities decoded", "<p>A&amp;B公司&nbsp;宣布合作。</p>", ["A&B公司\u00a0宣布合作。"]),
]


@pytest.mark.parametrize(
    ("extra", "expected"), [c[1:] for c in PARAGRAPH_CASES], ids=[c[0] for c in PARAGRAPH_CASES]
)
def test_paragraphs(extra: str, expected: list[str]) -> None:
    assert strip_html(page(ARTICLE + extra)).body == PARAGRAPHS + expected


# --- metadata ---------------------------------------------------------------------------------

TITLE_CASES = [
    (
        "h1 matching the title prefix",
        "新闻标题在这里_新闻中心_示例网",
        "<h1>新闻标题在这里</h1>",
        "新闻标题在这里",
    ),
    (
        "site suffix with a dash",
        "新闻标题在这里 - 示例网",
        "<h2>新闻标题在这里</h2>",
        "新闻标题在这里",
    ),
    ("no heading: suffix stripped", "新闻标题在这里_新闻中心_示例网", "", "新闻标题在这里"),
    (
        "a '|' inside the headline stays",
        "棱镜|数据行业迎来整顿_财经_示例网",
        "<h1>棱镜|数据行业迎来整顿</h1>",
        "棱镜|数据行业迎来整顿",
    ),
    (
        "site-name h1 loses to the headline",
        "新闻标题在这里 - 示例网",
        "<h1>示例网</h1><h2>新闻标题在这里</h2>",
        "新闻标题在这里",
    ),
    (
        "white space in the heading collapsed",
        "新闻 标题_示例网",
        "<h1>新闻\n   标题</h1>",
        "新闻 标题",
    ),
]


@pytest.mark.parametrize(
    ("title", "headline", "expected"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_title(title: str, headline: str, expected: str) -> None:
    assert strip_html(page(title=title, headline=headline)).metadata.title == expected


META_PUBLISHED = '<meta property="article:published_time" content="2024-05-09T22:27:02+08:00">'
LD_PUBLISHED = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2023-03-01T08:00:00+08:00"}</script>'
)
PUBLISHED_CASES = [
    ("meta tag", META_PUBLISHED, "", "2024-05-09T22:27:02+08:00"),
    (
        "meta beats a page line of another day",
        META_PUBLISHED,
        "<div>2024-05-10 08:00 来源：新华社</div>",
        "2024-05-09T22:27:02+08:00",
    ),
    (
        "page line gives the time of the meta's day",
        '<meta name="publishdate" content="2024-05-09">',
        "<div>2024-05-09 09:37 来源：中国网</div>",
        "2024-05-09T09:37:00+08:00",
    ),
    ("JSON-LD", LD_PUBLISHED, "", "2023-03-01T08:00:00+08:00"),
    (
        "page line only",
        "",
        "<div>发布时间：2024年06月07日 09:30</div>",
        "2024-06-07T09:30:00+08:00",
    ),
    (
        "canonical URL last",
        '<link rel="canonical" href="http://www.example.cn/2024-05/20/c_1.htm">',
        "",
        "2024-05-20",
    ),
    ("nothing", "", "", None),
]


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [c[1:] for c in PUBLISHED_CASES],
    ids=[c[0] for c in PUBLISHED_CASES],
)
def test_published(head: str, before: str, expected: str | None) -> None:
    assert strip_html(page(head=head, before=before)).metadata.published == expected


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("", ""),  # no <title>: the <h1> nearest the article, not the logo
        ("示例省人民政府", '<meta name="SiteName" content="示例省人民政府">'),  # site-name title
    ],
)
def test_headline_is_not_the_logo(title: str, head: str) -> None:
    headline = "<h1>示例省人民政府</h1><div>导航 链接</div><h1>国务院部署促进中小企业发展</h1>"
    meta = strip_html(page(title=title, head=head, headline=headline)).metadata
    assert meta.title == "国务院部署促进中小企业发展"


def test_dateline_above_the_headline() -> None:
    headline = "<div class='date'>2024年05月09日 22:27</div><h1>国务院部署促进中小企业发展</h1>"
    assert strip_html(page(headline=headline)).metadata.published == "2024-05-09T22:27:00+08:00"


def test_info_line_is_not_body() -> None:
    article = strip_html(page(before="<div>2024-05-09 09:37 来源：中国网</div>"))
    assert article.body == PARAGRAPHS
    assert article.metadata.source == "中国网"


SOURCE_CASES = [
    ("meta source", '<meta name="source" content="新华网">', "<div>来源：别的网</div>", "新华网"),
    ("page line", "", "<div><span>来源：</span><a href='/'>新华社</a></div>", "新华社"),
    (
        "labelled meta value",
        '<meta name="source" content="来源：人民网-文化频道">',
        "",
        "人民网-文化频道",
    ),
    # The page line names the meta's outlet more fully (realworld 017): the page line wins.
    (
        "fuller page line",
        '<meta name="source" content="来源：人民日报">',
        "<div>2024年05月10日06:58 | 来源：<a href='/'>人民网－人民日报</a></div>",
        "人民网－人民日报",
    ),
    # A self-media account line between the headline and the time line (realworld 025).
    ("outlet line", "", "<div>某某日报</div><div>2024-05-13 06:16 发布于北京</div>", "某某日报"),
]


@pytest.mark.parametrize(
    ("head", "before", "expected"), [c[1:] for c in SOURCE_CASES], ids=[c[0] for c in SOURCE_CASES]
)
def test_source(head: str, before: str, expected: str) -> None:
    assert strip_html(page(head=head, before=before)).metadata.source == expected


def test_site_section_url() -> None:
    head = (
        '<meta property="og:site_name" content="示例网">'
        '<link rel="canonical" href="https://www.example.cn/news/2024/0509/c1.html">'
    )
    before = '<div class="crumbs">首页 &gt; 新闻中心 &gt; 国内新闻</div>'
    meta = strip_html(page(head=head, before=before)).metadata
    assert (meta.site, meta.section, meta.url) == (
        "示例网",
        "国内新闻",
        "https://www.example.cn/news/2024/0509/c1.html",
    )


@pytest.mark.parametrize(
    "head",
    ["", '<meta property="og:url" content="http://www.example.cn/">'],
    ids=["no url", "home-page og:url"],
)
def test_site_from_title_suffix_and_no_home_url(head: str) -> None:
    meta = strip_html(page(head=head)).metadata
    assert (meta.site, meta.url) == ("示例网", None)


def test_author_element_beside_the_headline() -> None:
    before = '<div class="info"><span>2024-05-09</span><span id="author_x">王帆</span></div>'
    assert strip_html(page(before=before)).metadata.authors == ["王帆"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("国务院部署促进中小企业发展_新闻中心_示例网", "示例网"),  # last piece after the headline
        ("示例网 - 国务院部署促进中小企业发展", "示例网"),  # the piece before it
        ("国务院部署促进中小企业发展", "示例网"),  # no piece: the footer's 版权所有 line
    ],
)
def test_site(title: str, expected: str) -> None:
    assert strip_html(page(title=title)).metadata.site == expected


def test_people() -> None:
    article = ARTICLE.replace("<p>", "<p>新华社北京5月9日电（记者张三、李四）", 1)
    meta = strip_html(page(article=article, after="<div>责任编辑：王五</div>")).metadata
    assert (meta.authors, meta.editors) == (["张三", "李四"], ["王五"])


PEOPLE_CASES = [
    (
        "作者 field of the time line",
        "",
        "<div>发布时间：2024年06月07日 09:30 来源：某某日报 作者：张三 责任编辑：李四</div>",
        (["张三"], ["李四"]),
    ),
    (
        "JSON-LD person",
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "孙丽"}]}</script>',
        "",
        (["孙丽"], []),
    ),
    (
        "JSON-LD organisation is no journalist",
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Organization", "name": "某某新闻"}}</script>',
        "",
        ([], []),
    ),
    (
        "WeChat credit spans",
        "",
        '<div><span>原创</span> <span>陈晓明</span> <a id="js_name">某某商务</a> '
        "<em>2024-04-16 09:10</em></div>",
        (["陈晓明"], []),
    ),
    (
        "yearless timed info line",
        "",
        "<div><span>某某新闻客户端</span> <time>05-20 08:45</time> <span>记者 孙丽</span></div>",
        (["孙丽"], []),
    ),
]


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [c[1:] for c in PEOPLE_CASES],
    ids=[c[0] for c in PEOPLE_CASES],
)
def test_people_from_info_lines(
    head: str, before: str, expected: tuple[list[str], list[str]]
) -> None:
    meta = strip_html(page(head=head, before=before)).metadata
    assert (meta.authors, meta.editors) == expected


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("（记者 赵明 通讯员 钱进）", ["赵明"]),
        ("(文/图 张三 李四)", ["张三", "李四"]),
        ("（张三）", []),
    ],
)
def test_authors_from_a_closing_credit(tail: str, authors: list[str]) -> None:
    article = strip_html(page(article=ARTICLE.replace("。</p>", f"。{tail}</p>")))
    assert article.metadata.authors == authors
    assert article.body[-1] == PARAGRAPHS[-1] + tail  # the credit stays in the paragraph


def test_attachment_list_of_a_notice_is_body() -> None:
    tail = (
        "<p>联系人：王某某 电话：010-68200000</p><p>附件：</p>"
        "<p><a href='/a.docx'>1.申报书</a></p><p><a href='/b.xlsx'>2.推荐汇总表</a></p>"
    )
    article = strip_html(page(article=ARTICLE + tail))
    assert article.body == [
        *PARAGRAPHS,
        "联系人：王某某 电话：010-68200000",
        "附件：",
        "1.申报书",
        "2.推荐汇总表",
    ]


def test_links_after_the_body_are_not_attachments() -> None:
    tail = "<p><a href='/a'>1.另一条新闻的标题</a></p><p><a href='/b'>2.第二条新闻</a></p>"
    assert strip_html(page(article=ARTICLE + tail)).body == PARAGRAPHS


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<<<>>>",
        "<p>短</p>",
        "\x00\x01",
        '<?xml version="1.0"?><p>x</p>',
    ],
)
def test_odd_input_never_raises(html: str) -> None:
    article = strip_html(html)
    assert isinstance(article.body, list)
