"""The whole pipeline for one page: bytes → page → article → doc → facts → record.

This module is the Python API's single-page half (:func:`extract`, :func:`extract_record`,
:func:`body_facts`); :mod:`policyextract.many` is its many-page half.

A page is given exactly one way:

- ``extract(path=…)`` reads a file (regular files only, size checked before a bounded read);
- ``extract(html=…)`` / ``extract(text=…)`` take the page itself (``str`` or ``bytes``) and read
  it as HTML / as a text dump;
- positionally, ``bytes`` are the page's bytes (HTML or text decided from the content), and a
  ``str`` or ``os.PathLike`` is a path, whatever it holds: a ``str`` is never taken for page
  text (that guess read a one-line page as a missing file, and a file named ``a<b>.html`` as
  text). Page text goes in ``text=`` or ``html=``.

Errors name the file: ``ExtractionError`` has ``.path``, and ``str(err)`` is one line,
``"PATH: reason"``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from .archives import NOT_ONE_PAGE, is_mhtml, is_warc, read_mhtml
from .errors import ExtractionError
from .facts import AnyFact, extract_facts
from .files import SNIFF_BYTES, read_page_file
from .keywords import keywords
from .lexicon_user import Lexicons, use_lexicons
from .models import Doc
from .reader import InputFormat, add_origin, read
from .reader.timeparse import CHINA
from .record import Record, SourceInfo, article_id
from .segmentation import segment, segment_text

#: A path: ``str`` or ``os.PathLike`` (``pathlib.Path``).
StrPath = str | os.PathLike[str]
#: What ``extract`` takes positionally: the page's bytes, or a path.
Source = bytes | StrPath

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@dataclass(frozen=True)
class _Page:
    """A page as given, resolved: its bytes, the name it goes by, how to read it."""

    data: bytes
    name: str | None
    input_format: InputFormat


def extract(
    source: Source | None = None,
    /,
    *,
    path: StrPath | None = None,
    html: str | bytes | None = None,
    text: str | bytes | None = None,
    name: str | None = None,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    lexicon: Lexicons = None,
    max_page_bytes: int | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Extract one page into a record (a JSON-ready ``dict``, the CLI's JSON).

    Give the page exactly one way (else ``TypeError``): ``path=`` a file to read; ``html=`` or
    ``text=`` the page itself (``str`` or ``bytes``), read as HTML or as a text dump; or
    positionally, ``bytes`` (the page, its format decided from the content) or a ``str`` /
    ``os.PathLike`` (always a path, never page text).

    ``name`` is the page's ``source.path`` in the record (default: the path read, else null) and
    the name errors give. ``input_format`` (``"auto"``, ``"html"``, ``"text"``) overrides the
    content sniffing for a path or bytes; with ``html=``/``text=`` it can only agree. ``tokens``
    adds the per-paragraph ``[word, POS]`` tokens. ``lexicon`` is a user lexicon file or several
    (the CLI's ``--lexicon`` format): loaded into this process for every later page too, once
    per file content (:func:`~policyextract.lexicon_user.use_lexicons`). ``max_page_bytes``
    replaces the 16 MiB cap. ``url`` is where the page was fetched from (see
    :func:`record_of_bytes`).

    Raises :class:`~policyextract.errors.ExtractionError` (``.reason``, ``.stage``, ``.path``)
    when the page cannot become a record.
    """
    return extract_record(
        source,
        path=path,
        html=html,
        text=text,
        name=name,
        input_format=input_format,
        tokens=tokens,
        lexicon=lexicon,
        max_page_bytes=max_page_bytes,
        url=url,
    ).model_dump(mode="json")


def extract_record(
    source: Source | None = None,
    /,
    *,
    path: StrPath | None = None,
    html: str | bytes | None = None,
    text: str | bytes | None = None,
    name: str | None = None,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    lexicon: Lexicons = None,
    max_page_bytes: int | None = None,
    url: str | None = None,
    captured: str | None = None,
    offset: int | None = None,
) -> Record:
    """:func:`extract` as a :class:`Record` (the pydantic model); ``url``, ``captured`` and
    ``offset`` as in :func:`record_of_bytes`."""
    page = _resolve(source, path, html, text, name, input_format, max_page_bytes)
    use_lexicons(lexicon)
    try:
        return record_of_bytes(
            page.data,
            name=page.name,
            input_format=page.input_format,
            tokens=tokens,
            max_page_bytes=max_page_bytes,
            url=url,
            captured=captured,
            offset=offset,
        )
    except ExtractionError as err:
        if err.path is None:
            err.path = page.name
        raise


def record_of_bytes(
    data: bytes,
    *,
    name: str | None = None,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    max_page_bytes: int | None = None,
    url: str | None = None,
    captured: str | None = None,
    offset: int | None = None,
) -> Record:
    """The record of a page's bytes: the pipeline itself, under every way of giving a page.

    ``name`` becomes ``source.path``; ``max_page_bytes`` replaces the 16 MiB cap on a page's size
    (``--max-page-size``).

    An MHTML file is read as the page it holds (its root HTML part and the URL it was saved
    from); a WARC file is refused (it holds many pages: ``batch`` reads them). ``url`` is where
    the page was fetched from: it fills ``metadata.url`` whatever the page's canonical URL, and
    helps ``published`` and ``site`` (:func:`policyextract.reader.add_origin`); ``captured`` (a
    WARC-Date) is the publication time of last resort; ``offset`` is the byte offset of the page's
    record in the WARC file ``name`` (``source.offset``).
    """
    data, saved_url = _unpack(data)
    article = read(data, path=name, input_format=input_format, max_bytes=max_page_bytes)
    add_origin(article.metadata, url=url or saved_url, captured=captured)
    page = article.page
    assert page is not None  # the reader always says where the article came from
    doc = segment(article, pos=tokens)
    facts = extract_facts(doc)
    return Record(
        article_id=article_id(page.path, offset),
        source=SourceInfo(
            path=page.path,
            format=page.format,
            encoding=page.encoding,
            encoding_source=page.encoding_source,
            sha256=page.sha256,
            reader=article.reader,
            offset=offset,
        ),
        metadata=article.metadata,
        body=article.body,
        tables=article.tables,
        keywords=keywords(doc),
        tokens=_token_pairs(doc) if tokens else None,
        facts=facts,  # type: ignore[arg-type]
    )


def _token_pairs(doc: Doc) -> list[list[tuple[str, str]]]:
    """[word, POS] pairs per paragraph, each word as the page writes it."""
    return [
        [(doc.as_written(index, t.start, t.end), t.pos) for t in para]
        for index, para in enumerate(doc.tokens)
    ]


def _unpack(data: bytes) -> tuple[bytes, str | None]:
    """The page an archive file holds, with the URL it was saved from: an MHTML file gives its
    HTML; a WARC file is refused; a page is itself."""
    head = data[:SNIFF_BYTES]
    if is_mhtml(head):
        saved = read_mhtml(data)
        return saved.data, saved.url
    if is_warc(head):
        raise ExtractionError(NOT_ONE_PAGE)
    return data, None


def _resolve(
    source: Source | None,
    path: StrPath | None,
    html: str | bytes | None,
    text: str | bytes | None,
    name: str | None,
    input_format: InputFormat,
    max_page_bytes: int | None,
) -> _Page:
    """The one page given to :func:`extract`, as bytes with its name and format."""
    offered = {"a positional page": source, "path=": path, "html=": html, "text=": text}
    given = [label for label, value in offered.items() if value is not None]
    if len(given) != 1:
        got = " and ".join(given) if given else "none"
        # extract(data, path="a.html") named the bytes before path= read a file.
        hint = "; name a page's bytes with name=" if given[:2] == list(offered)[:2] else ""
        raise TypeError(
            f"extract() takes one page: a positional page, path=, html= or text= (got {got})" + hint
        )
    if html is not None or text is not None:
        kind: InputFormat = "html" if html is not None else "text"
        if input_format not in ("auto", kind):
            raise ValueError(
                f"{kind}= reads the page as {kind}: input_format={input_format!r} contradicts it"
            )
        return _Page(_page_bytes(html if html is not None else text, kind), name, kind)
    if isinstance(source, bytes | bytearray | memoryview):
        return _Page(bytes(source), name, input_format)
    file = source if source is not None else path
    if not isinstance(file, str | os.PathLike):
        what = "path= must be" if path is not None else "a positional page must be bytes,"
        raise TypeError(f"{what} str or os.PathLike, not {type(file).__name__}")
    shown = os.fspath(file)
    if not isinstance(shown, str):  # a bytes path (os.PathLike[bytes])
        shown = os.fsdecode(shown)
    data = _read(shown, max_page_bytes, text_hint=isinstance(source, str))
    return _Page(data, name if name is not None else shown, input_format)


def _page_bytes(page: str | bytes | None, kind: str) -> bytes:
    if isinstance(page, bytes | bytearray | memoryview):
        return bytes(page)
    if not isinstance(page, str):
        raise TypeError(f"{kind}= must be str or bytes, not {type(page).__name__}")
    try:
        return page.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ExtractionError("text is not valid Unicode (a lone surrogate)") from err


def _read(file: str, max_page_bytes: int | None, *, text_hint: bool) -> bytes:
    """The bytes of the page file ``file``; errors name it, and say what a missing "file" that
    is a URL or page text should have been."""
    try:
        return read_page_file(file, max_page_bytes)
    except ExtractionError as err:
        if err.reason == "no such file" and _URL.match(file):
            err.reason = "URLs are not fetched: save the page and pass the file"
        elif err.reason == "no such file" and text_hint and ("\n" in file or "<" in file):
            err.reason = "no such file (a str is a path: pass page text as text= or html=)"
        err.path = file
        raise


def read_file(file: StrPath, max_bytes: int | None = None) -> bytes:
    """A page's bytes; why a file cannot be read becomes a one-line :class:`ExtractionError`.

    Only regular files are read, their size checked before reading and the read bounded
    (:func:`policyextract.files.read_page_file`): a FIFO or ``/dev/zero`` cannot hang or fill
    memory.
    """
    return read_page_file(file, max_bytes)


def body_facts(
    body: str | Sequence[str],
    *,
    published: str | date | None = None,
    lexicon: Lexicons = None,
) -> list[dict[str, Any]]:
    """The facts of an article body that is already clean text (e.g. from a database): the
    same JSON-ready dicts as a record's ``facts``. Called as ``policyextract.facts(…)``.

    ``body`` is a list of paragraphs, used as given: each fact's ``paragraph``, ``start`` and
    ``end`` index into it (``body[paragraph][start:end] == text``). A ``str`` is split with
    ``str.splitlines()`` (blank lines kept as empty paragraphs), and the indexes refer to those
    lines. There are no tables: table rows are plain paragraphs, with no
    ``quantity.table_cell`` facts; nor bylines: a journalist named in the body may become an
    official, where a record drops the page's authors and editors.

    ``published`` (an ISO 8601 string, as in ``metadata.published``, or a ``date`` /
    ``datetime``; naive times are China time) resolves relative dates: 去年, 今年, 6月7日. Without
    it they stay unresolved; the machine clock is never used. ``lexicon`` as in :func:`extract`.
    """
    paragraphs = body.splitlines() if isinstance(body, str) else list(body)
    for paragraph in paragraphs:
        if not isinstance(paragraph, str):
            raise TypeError(
                f"body must be a str or a list of str, not a list of {type(paragraph).__name__}"
            )
    base = published_datetime(published)
    use_lexicons(lexicon)
    doc = Doc(paragraphs=paragraphs, tokens=[segment_text(p) for p in paragraphs], published=base)
    facts = extract_facts(doc)
    found: list[dict[str, Any]] = _facts_adapter().dump_python(facts, mode="json")  # type: ignore[arg-type]
    return found


@cache
def _facts_adapter() -> TypeAdapter[list[AnyFact]]:
    # The record's own field type: facts serialise exactly as in a record.
    return TypeAdapter(list[AnyFact])


def published_datetime(published: str | date | None) -> datetime | None:
    """``published`` as an aware datetime (a date at midnight; naive times in China time).

    >>> published_datetime("2024-06-07").isoformat()
    '2024-06-07T00:00:00+08:00'
    >>> published_datetime("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: published='yesterday' is not an ISO 8601 date or time
    """
    if published is None:
        return None
    if isinstance(published, str):
        try:
            value = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"published={published!r} is not an ISO 8601 date or time") from None
    elif isinstance(published, datetime):
        value = published
    elif isinstance(published, date):
        value = datetime(published.year, published.month, published.day)
    else:
        kind = type(published).__name__
        raise TypeError(f"published must be a str, date or datetime, not {kind}")
    return value if value.tzinfo else value.replace(tzinfo=CHINA)
