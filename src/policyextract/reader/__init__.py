"""The reader: page bytes → :class:`Article` (metadata, body paragraphs, tables).

Its modules stand in layers; none imports one above it::

    __init__       read, strip_chrome: the face
    html_article   HTML → article block, paragraphs, tables
    text_article   text dump → kinds of lines → body
    html_meta      HTML → metadata (meta tags, JSON-LD, the lines around the headline)
    meta_lines     one line → 来源/时间, byline, editor, breadcrumb, boilerplate (both readers)
    dom            lxml parsing, element text, class names, visibility
    decoding       bytes → text, HTML or text
    timeparse      printed times → ISO 8601
    lazy           patterns compiled on first use

HTML pages go through :mod:`.html_article` (lxml, density scoring); text dumps through
:mod:`.text_article` (line rules). Both return the same :class:`Article` shape.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import ExtractionError
from ..models import CELL_SEPARATOR, Article, Metadata, Page, PublishedClaim, PublishedSource
from .decoding import InputFormat, read_page
from .lazy import lazy_regex
from .script import language_of
from .timeparse import local_time, url_date

__all__ = ["InputFormat", "add_origin", "read", "read_page", "strip_chrome"]

# The longest realworld article body is ~4,200 characters; a "body" 100× that is a dump of
# something else (a data file, a concatenation), and facts over it would take minutes.
MAX_BODY_CHARS = 500_000


def read(
    data: bytes,
    *,
    path: str | None = None,
    input_format: InputFormat = "auto",
    max_bytes: int | None = None,
) -> Article:
    """The article of a page's bytes: :func:`read_page`, then :func:`strip_chrome`."""
    page = read_page(data, path=path, input_format=input_format, max_bytes=max_bytes)
    return strip_chrome(page)


def strip_chrome(page: Page) -> Article:
    """The article of ``page``; raises :class:`ExtractionError` when no article text is found.

    A page taken for HTML by sniffing whose HTML reading finds no body is read again as a text
    dump (a dump can quote a few tags); that counts as a fallback.
    """
    # Each reader is imported when a page needs it: an HTML page seldom needs the text-dump
    # reader (its line patterns are a sixth of the reader's import time), a text dump never the
    # HTML reader (lxml and its tree rules).
    from . import text_article

    if page.format == "html":
        from . import html_article

        article = html_article.strip_html(page.text, page.utf8)
        if not article.body and page.sniffed:
            article = text_article.strip_text(page.text)
            article.reader = "fallback"
            page = page.as_text()
    else:
        article = text_article.strip_text(page.text)
    article.body = [one_line(p) for p in article.body]
    if not article.body:
        raise ExtractionError("not an article: no body text found", stage="strip")
    length = sum(map(len, article.body))
    if length > MAX_BODY_CHARS:
        raise ExtractionError(
            f"not an article: body of {length:,} characters (limit {MAX_BODY_CHARS:,})",
            stage="strip",
        )
    for table in article.tables:
        rows = article.body[table.paragraph : table.paragraph + len(table.rows)]
        assert rows == [CELL_SEPARATOR.join(cells) for cells in table.rows], "table rows moved"
    meta = article.metadata
    meta.language = language_of("\n".join([meta.title or "", *article.body]))
    article.page = page
    return article


def add_origin(meta: Metadata, *, url: str | None, captured: str | None = None) -> None:
    """What is known of a page besides its bytes: the ``url`` it was fetched from (``--url``,
    ``--urls``, a WARC record's target, an MHTML file's Content-Location) and when it was
    ``captured`` (a WARC-Date, an instant in UTC).

    The given URL is the record's ``url``: it is where the bytes came from, while the page's own
    canonical URL is only what the page says of itself (a template can name its home page, a
    mirror the original). A page that gives no publication time takes the date written in its
    own URL, else in the given URL (``published_from`` ``url``), else the capture time in the
    pages' zone, +08:00 (``archive``); a given URL's date that disagrees with the page's time is
    listed in ``published_conflicts``. A page that names no site takes the URL's host.

    >>> meta = Metadata()
    >>> add_origin(meta, url="http://www.gov.example/c/2024-05-10/a.html")
    >>> meta.url, meta.published, meta.published_from, meta.site
    ('http://www.gov.example/c/2024-05-10/a.html', '2024-05-10', 'url', 'www.gov.example')
    >>> meta = Metadata(published="2024-05-09T22:27:02+08:00", published_from="meta", site="某某网")
    >>> add_origin(meta, url="http://a.example/2024-05-01/b.html", captured="2024-05-22T00:21:04Z")
    >>> meta.published, meta.site, [(c.source, c.published) for c in meta.published_conflicts]
    ('2024-05-09T22:27:02+08:00', '某某网', [('url', '2024-05-01')])
    >>> meta = Metadata()
    >>> add_origin(meta, url=None, captured="2024-05-22T00:21:04Z")
    >>> meta.published, meta.published_from
    ('2024-05-22T08:21:04+08:00', 'archive')
    """
    own = meta.url
    if url:
        meta.url = url
    given = url_date(url)
    if meta.published is None:
        candidates: list[tuple[PublishedSource, str | None]] = [
            ("url", url_date(own)),
            ("url", given),
            ("archive", local_time(captured)),
        ]
        found = next(((source, value) for source, value in candidates if value), None)
        if found is not None:
            meta.published_from, meta.published = found
    elif given is not None and given != meta.published[: len(given)]:
        claim = PublishedClaim(source="url", published=given)
        if claim not in meta.published_conflicts:
            meta.published_conflicts.append(claim)
    if meta.site is None and meta.url:
        meta.site = urlsplit(meta.url).hostname or None


# Line and paragraph separators a hard-wrapped page can leave inside a paragraph (with the spaces
# or tabs around them): \n \r VT FF FS GS RS US NEL LS PS.
_BREAK = re.compile(r"[ \t]*[\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]+[ \t]*")
# Characters between which a browser joins wrapped lines without a space (CSS Text: segment
# breaks between East Asian wide characters are removed).
_WIDE = lazy_regex(r"[\p{Han}\p{Bopomofo}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]")


def one_line(paragraph: str) -> str:
    """The paragraph on one line: a line break inside it becomes a space, or nothing between two
    CJK characters (how browsers join hard-wrapped Chinese text).

    >>> one_line("第一行\\n第二行")
    '第一行第二行'
    >>> one_line("GDP\\r\\n  grew 5%")
    'GDP grew 5%'
    """
    # Every break character is unprintable: most paragraphs are printable and skip the search.
    if paragraph.isprintable() or not _BREAK.search(paragraph):
        return paragraph

    def join(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if not start or end == len(paragraph):
            return ""
        wide = _WIDE.match(paragraph[start - 1]) and _WIDE.match(paragraph[end])
        return "" if wide else " "

    joined: str = _BREAK.sub(join, paragraph)
    return joined
