"""Crawl archives: the pages inside WARC files, and MHTML files (one page saved as one file).

**WARC** (``.warc``, ``.warc.gz``; ISO 28500, what Heritrix, wget and browsertrix write) holds
many pages. A batch indexes each archive once (:func:`scan_warc`): the *response* records of
HTML pages with HTTP status 200 are pages; every other record (requests, metadata, warcinfo,
revisits, images, redirects, 404s) is skipped with its reason, so that the batch can count it.
Each page is then one work item, named by a *page key* (:func:`page_key`: the archive's path and
the byte offset of its record), and read on its own by :func:`read_warc_page`, which seeks to the
record: a worker never decompresses more than its own record, a timed-out page costs one record,
and ``--resume`` redoes only the records that are missing. A ``.warc.gz`` must be compressed record
by record (gzip members), as every WARC writer does; one gzip stream over the whole file cannot
be addressed by offset and is refused with the fix (``warcio recompress``). Records are parsed by
warcio, which also undoes HTTP chunking and gzip/deflate content encoding.

A record that cannot be read (a file cut short, a broken header) is one error row at its offset;
the records before it are pages as usual. The scan stops there: what follows a broken record
cannot be found (its length is unknown).

**MHTML** (``.mht``, ``.mhtml``; RFC 2557, what browsers write for "save as single file") holds one
page: :func:`read_mhtml` takes its root HTML part with the standard library's ``email`` parser,
undoes the transfer encoding (quoted-printable, base64) and the part's charset, and gives the URL
the browser saved it from (``Content-Location``, ``Snapshot-Content-Location``).
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ExtractionError
from .files import open_regular_file, too_large

if TYPE_CHECKING:
    from email.message import Message

#: Names of WARC files (case-insensitive), taken from input folders whatever their content.
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Names of MHTML files (case-insensitive).
MHTML_SUFFIXES = (".mht", ".mhtml")
#: Media types of the response records that are pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Between an archive's path and a record's offset in a page key: no file name holds a NUL byte.
_KEY_SEP = "\0"
# Offsets are written with this many digits so that sorting keys sorts records by offset.
_OFFSET_DIGITS = 16
_GZIP_MAGIC = b"\x1f\x8b"
#: Why ``extract`` takes no WARC file.
NOT_ONE_PAGE = (
    "a WARC archive of many pages, not one page: `policyextract batch` reads the pages in it"
)
_WARC_MAGIC = re.compile(rb"WARC/\d")


# --------------------------------------------------------------------------------------------
# Page keys


def page_key(path: str, offset: int) -> str:
    """The work item of the page whose WARC record starts ``offset`` bytes into ``path``.

    A plain ``str`` (so that schedulers, the journal and sorting treat it as any page path);
    sorted keys list an archive's pages in the order of their records.

    >>> split_key(page_key("crawl.warc.gz", 1234))
    ('crawl.warc.gz', 1234)
    >>> split_key("page.html")
    ('page.html', None)
    """
    return f"{path}{_KEY_SEP}{offset:0{_OFFSET_DIGITS}d}"


def split_key(key: str) -> tuple[str, int | None]:
    """``(path, offset)`` of a page key; the offset is ``None`` for a page file of its own."""
    path, sep, offset = key.partition(_KEY_SEP)
    return (path, int(offset)) if sep else (path, None)


def shown_key(key: str) -> str:
    """A page key for a message: ``crawl.warc.gz@1234`` (a page file: its path)."""
    path, offset = split_key(key)
    return path if offset is None else f"{path}@{offset}"


# --------------------------------------------------------------------------------------------
# What a file is


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def is_warc(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a WARC file, plain or gzipped.

    >>> is_warc(b"WARC/1.1\\r\\nWARC-Type: warcinfo\\r\\n"), is_warc(b"<html>")
    (True, False)
    >>> import gzip; is_warc(gzip.compress(b"WARC/1.0\\r\\n"))
    True
    """
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return _WARC_MAGIC.match(head) is not None


# MHTML starts with the message's header block: header lines (a name, a colon; continuation
# lines indented), one of them a Content-Type of multipart/related.
_HEADER_BLOCK = re.compile(rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+")
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related\b", re.I | re.M)


def is_mhtml(head: bytes) -> bool:
    """Whether a file starting with ``head`` is MHTML: MIME headers (``From:``,
    ``MIME-Version:``…), among them ``Content-Type: multipart/related``, at its very start.

    >>> is_mhtml(b"From: <Saved by Blink>\\r\\nMIME-Version: 1.0\\r\\n"
    ...          b"Content-Type: multipart/related;\\r\\n\\ttype=\\"text/html\\"\\r\\n\\r\\n")
    True
    >>> is_mhtml(b"Subject: a text dump\\n\\nContent-Type: multipart/related\\n")
    False
    """
    block = _HEADER_BLOCK.match(head)
    return block is not None and _MULTIPART_RELATED.search(block.group()) is not None


# --------------------------------------------------------------------------------------------
# WARC


@dataclass
class WarcScan:
    """An archive's records: the offsets of its pages, and of the other records with why they
    are skipped. When a record cannot be read its offset is listed among the pages, so that its
    read gives the page's error row (the scan stops there)."""

    pages: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ArchivedPage:
    """A page read from a WARC record: the HTTP payload (de-chunked and decoded), the URL it was
    fetched from and when (``WARC-Date``, as written: an instant in UTC)."""

    data: bytes
    url: str | None
    captured: str | None


def scan_warc(path: str) -> WarcScan:
    """The pages and skipped records of the WARC file ``path`` (see :class:`WarcScan`).

    Raises :class:`ExtractionError` when the file cannot be opened; a broken archive is no
    exception here (see :class:`WarcScan`).
    """
    from warcio.archiveiterator import ArchiveIterator

    found = WarcScan()
    with open_regular_file(path) as stream, _quiet():
        records = ArchiveIterator(stream)
        offset = 0  # where the record being read starts
        try:
            for record in records:
                if _broken(record) is not None or _cut_short(record):
                    found.pages.append(offset)  # its read names the problem
                    break
                why = _not_a_page(record)
                if why is None:
                    found.pages.append(offset)
                else:
                    found.skipped.append((offset, why))
                records.read_to_end()
                offset = records.offset
        except Exception as err:  # warcio raises many kinds; the record's own read names it
            if _NON_CHUNKED_GZIP.search(str(err)):
                # No record past the first can be read on its own: one error row for the file,
                # given by the first record's read.
                found.pages, found.skipped, offset = [], [], 0
            if offset not in found.pages:
                found.pages.append(offset)
    found.pages.sort()
    return found


def read_warc_page(path: str, offset: int, max_bytes: int) -> ArchivedPage:
    """The page in the WARC record at ``offset`` of ``path``; why there is none is an
    :class:`ExtractionError` (stage ``read``) naming the problem in one line."""
    from warcio.archiveiterator import ArchiveIterator

    with open_regular_file(path) as stream, _quiet():
        try:
            stream.seek(offset)
            records = ArchiveIterator(stream)
            record = next(records, None)
            if record is None:
                raise ExtractionError(f"no WARC record at offset {offset} (end of the file)")
            broken = _broken(record)
            if broken is not None:
                raise ExtractionError(f"unreadable WARC record at offset {offset}: {broken}{_REST}")
            _check_encoding(record)
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ExtractionError(too_large(len(data), max_bytes))
            if _cut_short(record):
                raise ExtractionError(f"truncated WARC record at offset {offset}: the file ends")
            _check_next(records)
        except ExtractionError:
            raise
        except Exception as err:
            problem = _why(err)
            raise ExtractionError(
                f"unreadable WARC record at offset {offset}: {problem}{_REST}"
            ) from err
    why = _not_a_page(record)
    if why is not None:
        raise ExtractionError(f"the WARC record at offset {offset} is no page: {why}")
    headers = record.rec_headers
    url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    return ArchivedPage(data, url, headers.get_header("WARC-Date"))


_NON_CHUNKED_GZIP = re.compile(r"non-chunked gzip")
# A broken record's length is unknown, so the next record cannot be found.
_REST = " (the rest of the file is not read)"
_ONE_STREAM = (
    "a .warc.gz compressed as one gzip stream, not record by record: its pages cannot be read "
    "one by one (fix: warcio recompress FILE NEW.warc.gz)"
)


def _check_next(records: Any) -> None:
    """Whether the record just read is the whole of its gzip member: warcio tells only when it
    reaches the next record (a file gzipped as one stream), and other problems of the next
    record are that record's own."""
    try:
        next(records, None)
    except Exception as err:
        if _NON_CHUNKED_GZIP.search(str(err)):
            raise ExtractionError(_ONE_STREAM) from err


def _broken(record: Any) -> str | None:
    """What makes a record unreadable that warcio lets pass: no type, no length (the next
    record cannot be found)."""
    headers = record.rec_headers
    if not headers.get_header("WARC-Type"):
        return "no WARC-Type header"
    if not (headers.get_header("Content-Length") or "").strip().isdigit():
        return "no valid Content-Length header"
    return None


def _cut_short(record: Any) -> bool:
    """Whether the file ended inside the record: fewer bytes than its Content-Length."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return bool(getattr(raw, "limit", 0) > 0)


def _not_a_page(record: Any) -> str | None:
    """``None`` for a response record of an HTML page with status 200, else why it is skipped."""
    if record.rec_type != "response":
        return f"WARC {record.rec_type} record"
    http = record.http_headers
    if http is None or not getattr(http, "protocol", "").upper().startswith("HTTP/"):
        return "WARC response not over HTTP"
    status = http.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    media = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media not in HTML_TYPES:
        return f"not HTML ({media or 'no Content-Type'})"
    return None


def _check_encoding(record: Any) -> None:
    """A content encoding warcio cannot undo (brotli without the brotli package, zstd) would
    hand the reader compressed bytes: say so instead."""
    from warcio.bufferedreaders import BufferedReader

    http = record.http_headers
    coding = ((http.get_header("Content-Encoding") if http else None) or "identity").lower()
    if coding.strip() not in ("identity", *BufferedReader.get_supported_decompressors()):
        hint = " (pip install brotli)" if coding.strip() == "br" else ""
        raise ExtractionError(f"HTTP content encoding {coding.strip()!r} is not supported{hint}")


def _why(err: Exception) -> str:
    """warcio's messages can span lines; the first line that says something."""
    if _NON_CHUNKED_GZIP.search(str(err)):
        return _ONE_STREAM
    for line in str(err).splitlines():
        if line.strip():
            return f"{type(err).__name__}: {line.strip()}"[:200]
    return type(err).__name__


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    # warcio prints warnings (a record not followed by a blank line) on stderr; a batch reports
    # problems as error rows instead.
    with contextlib.redirect_stderr(io.StringIO()):
        yield


# --------------------------------------------------------------------------------------------
# MHTML


@dataclass(frozen=True)
class SavedPage:
    """The page of an MHTML file: its HTML bytes and the URL it was saved from."""

    data: bytes
    url: str | None


_WEB_URL = re.compile(r"^https?://[^\s/]+", re.I)


def read_mhtml(data: bytes) -> SavedPage:
    """The root HTML part of the MHTML file ``data`` (the part the ``start`` parameter names,
    else the first ``text/html`` part), decoded; :class:`ExtractionError` when it has none."""
    # Imported here: the batch's parent imports this module for WARC files, before it handles
    # Ctrl-C, and never reads MHTML itself.
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        part = _root_part(message)
        if part is None:
            raise ExtractionError("an MHTML file without an HTML part")
        payload = part.get_payload(decode=True)
    except ExtractionError:
        raise
    except Exception as err:  # the email package is lenient; this is only a safety net
        raise ExtractionError(f"unreadable MHTML file: {err!r}"[:200]) from err
    if not isinstance(payload, bytes) or not payload.strip():
        raise ExtractionError("an MHTML file whose HTML part is empty")
    url = next(
        (
            u.strip()
            for u in (
                part.get("Content-Location"),
                message.get("Snapshot-Content-Location"),
                message.get("Content-Location"),
            )
            if isinstance(u, str) and _WEB_URL.match(u.strip())
        ),
        None,
    )
    return SavedPage(_as_utf8(payload, part.get_content_charset()), url)


def _root_part(message: Message) -> Message | None:
    parts = [p for p in message.walk() if not p.is_multipart()]
    start = message.get_param("start")
    if isinstance(start, str):
        wanted = start.strip().strip("<>")
        for part in parts:
            if (part.get("Content-ID") or "").strip().strip("<>") == wanted:
                return part
    return next((p for p in parts if p.get_content_type() in HTML_TYPES), None)


def _as_utf8(payload: bytes, charset: str | None) -> bytes:
    """The HTML in UTF-8 when the part names its charset (the saver's word, more certain than a
    page's own declaration); as it is when it names none or one that does not decode it."""
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8", "us-ascii"):
        return payload
    try:
        return payload.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return payload
