"""The whole pipeline for one page: bytes → page → article → doc → facts → record."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .archives import NOT_ONE_PAGE, is_mhtml, is_warc, read_mhtml
from .errors import ExtractionError
from .facts import extract_facts
from .files import SNIFF_BYTES, read_page_file
from .keywords import keywords
from .models import Doc
from .reader import InputFormat, add_origin, read
from .record import Record, SourceInfo
from .segmentation import segment

Source = bytes | str | os.PathLike[str]


def extract(
    source: Source,
    *,
    path: str | None = None,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    url: str | None = None,
) -> dict[str, Any]:
    """Extract one page into a record (a JSON-ready ``dict``).

    ``source`` is the page's bytes, its text (a ``str`` that does not name an existing file), or a
    path. ``url`` is where the page was fetched from (see :func:`extract_record`). Raises
    :class:`~policyextract.errors.ExtractionError` with a one-line reason when the page cannot
    become a record.
    """
    return extract_record(
        source, path=path, input_format=input_format, tokens=tokens, url=url
    ).model_dump(mode="json")


def extract_record(
    source: Source,
    *,
    path: str | None = None,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    max_page_bytes: int | None = None,
    url: str | None = None,
    captured: str | None = None,
    offset: int | None = None,
) -> Record:
    """:func:`extract` as a :class:`Record`; ``max_page_bytes`` replaces the 16 MiB cap on a
    page's size (``--max-page-size``).

    An MHTML file is read as the page it holds (its root HTML part and the URL it was saved
    from); a WARC file is refused (it holds many pages: ``batch`` reads them). ``url`` is where
    the page was fetched from: it fills ``metadata.url`` whatever the page's canonical URL, and
    helps ``published`` and ``site`` (:func:`policyextract.reader.add_origin`); ``captured`` (a
    WARC-Date) is the publication time of last resort; ``offset`` is the byte offset of the page's
    record in the WARC file ``path`` (``source.offset``).
    """
    data, path = _load(source, path, max_page_bytes)
    data, saved_url = _unpack(data)
    article = read(data, path=path, input_format=input_format, max_bytes=max_page_bytes)
    add_origin(article.metadata, url=url or saved_url, captured=captured)
    page = article.page
    assert page is not None  # the reader always says where the article came from
    doc = segment(article, pos=tokens)
    facts = extract_facts(doc)
    return Record(
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
    texts = doc.written or doc.paragraphs
    pairs = zip(texts, doc.tokens, strict=True)
    return [[(text[t.start : t.end], t.pos) for t in para] for text, para in pairs]


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


def _load(
    source: Source, path: str | None, max_page_bytes: int | None = None
) -> tuple[bytes, str | None]:
    if isinstance(source, bytes):
        return source, path
    if isinstance(source, str) and ("\n" in source or "<" in source or len(source) > 4096):
        try:
            return source.encode("utf-8"), path
        except UnicodeEncodeError as err:
            raise ExtractionError("text is not valid Unicode (a lone surrogate)") from err
    return read_file(Path(source), max_page_bytes), path if path is not None else str(source)


def read_file(file: Path, max_bytes: int | None = None) -> bytes:
    """A page's bytes; why a file cannot be read becomes a one-line :class:`ExtractionError`.

    Only regular files are read, their size checked before reading and the read bounded
    (:func:`policyextract.files.read_page_file`): a FIFO or ``/dev/zero`` cannot hang or fill
    memory.
    """
    return read_page_file(file, max_bytes)
