"""The DOM helpers at the bottom of the HTML reader: parsing, the text of an element, class
names, visibility, removal. Both :mod:`.html_meta` and :mod:`.html_article` stand on these and
nothing here knows about articles or metadata.
"""

from __future__ import annotations

import re
from typing import Any, TypeAlias

from lxml import etree

from .. import pattern_cache

# lxml ships no type stubs: its elements are ``Any`` to mypy (``etree._Element`` at run time).
Element: TypeAlias = Any

# Outer white space of a text: ASCII, NBSP, ideographic space, en/em/thin spaces, zero-width, BOM.
SPACE = " \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"

# Elements that start a new line in a browser (``<br>`` too, handled where text is joined).
BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr"),
        *("html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody"),
        *("td", "tfoot", "th", "thead", "tr", "ul"),
    }
)

_XML_DECLARATION = pattern_cache.compile(r"^\s*<\?xml[^>]*\?>")


def parse(html: str, utf8: bytes | None = None) -> Element | None:
    """An lxml tree of ``html`` (``None`` when there is none); bs4 builds it when lxml cannot.
    ``utf8`` is ``html`` encoded in UTF-8 when the caller has it (the page's own bytes).

    Plain ``etree`` elements, not ``lxml.html`` ones: the HTML element classes cost a Python
    lookup per element visited, about a third of the reader's time.
    """
    text = html
    # lxml refuses a str that still carries an XML encoding declaration.
    if declaration := _xml_declaration(html):
        text, utf8 = html[declaration:], None
    try:
        root: Element | None = _parse_lxml(text, utf8)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None and text.strip():
        root = _parse_with_bs4(text)
    return root


def _xml_declaration(html: str) -> int:
    """Where an XML declaration at the start of ``html`` ends (0 when there is none).

    Matched in the page's first characters: ``regex`` costs time in proportion to the whole
    string even for an anchored match. A declaration is found there whenever the window holds a
    ``>`` (the declaration ends at its first ``>``); only a window without one is read in full.
    """
    found = _XML_DECLARATION.match(html, 0, _DECLARATION_WINDOW)
    if found is None and ">" not in html[:_DECLARATION_WINDOW]:
        found = _XML_DECLARATION.match(html)
    return found.end() if found else 0


_DECLARATION_WINDOW = 4096


def _parse_lxml(text: str, utf8: bytes | None = None) -> Element | None:
    """The tree lxml builds from ``text``, handed over as UTF-8 bytes with the encoding named.

    libxml2 reads a str in the width Python stores it (UTF-16 for Chinese text) and converts it
    to UTF-8 on the way; bytes already in UTF-8 are parsed ~10% faster into the same tree. The
    encoding is named, so a ``<meta charset>`` in the page (which described the bytes before
    decoding) changes nothing. Text that UTF-8 cannot carry (a lone surrogate) goes as a str.
    ``utf8``, when given, is ``text`` already encoded (the page's bytes: encoding costs ~0.1 ms).
    """
    # No id table (nothing looks elements up by id): parsing is ~3% faster.
    options = {"remove_comments": True, "remove_pis": True, "no_network": True}
    try:
        data = utf8 if utf8 is not None else text.encode("utf-8")
    except UnicodeEncodeError:
        return etree.fromstring(text, etree.HTMLParser(**options, collect_ids=False))
    parser = etree.HTMLParser(**options, collect_ids=False, encoding="utf-8")
    return etree.fromstring(data, parser)


def _parse_with_bs4(text: str) -> Element | None:
    try:
        from lxml.html import soupparser

        root: Element = soupparser.fromstring(text)
    except Exception:  # bs4 is the last resort; a page it cannot read has no article
        return None
    return root


def text_of(el: Element) -> str:
    """All text inside ``el`` (its tail excluded); the fastest way lxml offers."""
    # Most elements asked are leaves (paragraphs, spans), whose text is their own: the
    # serializer costs ten times more than the two calls.
    if not len(el):
        return el.text or ""
    text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text


def normalize(text: str) -> str:
    """White space runs to one space, trimmed (for titles and names, not for body text)."""
    return " ".join(text.split()).strip(SPACE)


def class_names(el: Element) -> str:
    """The element's class and id, lower-cased, space-separated ("" when it has neither)."""
    cls, ident = el.get("class"), el.get("id")
    if cls and ident:
        return f"{cls} {ident}".lower()
    return (cls or ident or "").lower()


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(el: Element) -> bool:
    """Whether the element hides itself (an inline ``display:none``/``visibility:hidden`` style,
    or the ``hidden`` attribute)."""
    style = el.get("style")
    # The substring tests spare the regex on the many styles that hide nothing.
    if style and ("none" in style or "hidden" in style) and _HIDDEN.search(style):
        return True
    return el.get("hidden") is not None


def attached(el: Element, root: Element) -> bool:
    """Whether ``el`` is still inside ``root`` (not removed with an ancestor)."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def drop(el: Element) -> None:
    """Remove ``el`` and its content, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
