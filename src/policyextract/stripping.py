"""Page → :class:`Article`: keep the article, drop the page chrome.

HTML pages go through :mod:`.html_article` (lxml, density scoring); text dumps through
:mod:`.text_article` (line rules). Both return the same :class:`Article` shape.
"""

from __future__ import annotations

from . import html_article, text_article
from .errors import ExtractionError
from .models import Article, Page

# The longest realworld article body is ~4,200 characters; a "body" 100× that is a dump of
# something else (a data file, a concatenation), and facts over it would take minutes.
MAX_BODY_CHARS = 500_000


def strip_chrome(page: Page) -> Article:
    """The article of ``page``; raises :class:`ExtractionError` when no article text is found."""
    if page.format == "html":
        article = html_article.strip_html(page.text)
    else:
        article = text_article.strip_text(page.text)
    if not article.body:
        raise ExtractionError("not an article: no body text found", stage="strip")
    length = sum(map(len, article.body))
    if length > MAX_BODY_CHARS:
        raise ExtractionError(
            f"not an article: body of {length:,} characters (limit {MAX_BODY_CHARS:,})",
            stage="strip",
        )
    return article
