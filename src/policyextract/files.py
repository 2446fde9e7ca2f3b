"""Reading page files safely: regular files only, size checked before reading, reads bounded.

Every way a named file can hang or exhaust a process is refused before a byte is read:

- Only **regular files** are read. A FIFO (a reader would wait for a writer forever), a device
  (``/dev/zero`` never ends), a socket or a folder is an :class:`ExtractionError` naming what it
  is. The file is opened with ``O_NONBLOCK`` and checked again with ``fstat`` after opening, so a
  file swapped for a FIFO between the check and the open cannot block either.
- The **size** comes from ``stat`` before reading: a file over the cap (:data:`MAX_PAGE_BYTES`,
  16 MiB, ``--max-page-size``) is refused without reading it, and reading stops at the cap plus
  one byte, so a file that grows while being read cannot be read whole either.

:func:`binary_kind` names files that are plainly not web pages by their first bytes (the reader
then says "a PDF file, not a web page" instead of its generic "binary content").

:func:`sniff` tells, from a file's first bytes, whether a file found in a folder under a name that
does not say what it is (no extension, ``.jsp``, ``.php``, ``page?id=3``) is a page.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from .errors import ExtractionError

#: The default cap on a page file's size: saved news pages weigh 20 KB–2 MB (the realworld set up
#: to 0.4 MB); a SingleFile page with inline images can pass 16 MiB: raise it with
#: ``--max-page-size``.
MAX_PAGE_BYTES = 16 * 1024 * 1024
#: Bytes read from the start of a file to sniff what it is.
SNIFF_BYTES = 4096


def read_page_file(path: str | os.PathLike[str], max_bytes: int | None = MAX_PAGE_BYTES) -> bytes:
    """The bytes of the page file ``path``; any reason it cannot be read is an
    :class:`ExtractionError` with a one-line reason (stage ``read``)."""
    limit = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    with _read_errors():
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ExtractionError(not_a_file(info.st_mode))
        if info.st_size > limit:
            raise ExtractionError(too_large(info.st_size, limit))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # swapped since the stat above
                raise ExtractionError(not_a_file(info.st_mode))
            data = _read_at_most(fd, limit + 1)
        finally:
            os.close(fd)
    if len(data) > limit:
        raise ExtractionError(too_large(len(data), limit))
    return data


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for binary reading, of any size, when it is a regular file: the checks of
    :func:`read_page_file` without its cap, for archives read record by record. Why it cannot be
    opened is an :class:`ExtractionError`."""
    with _read_errors():
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
    except OSError as err:
        os.close(fd)
        raise ExtractionError(f"cannot read: {err.strerror or err}") from err
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise ExtractionError(not_a_file(mode))
    return os.fdopen(fd, "rb")


@contextmanager
def _read_errors() -> Iterator[None]:
    """Why a file cannot be opened or read, as a one-line :class:`ExtractionError`."""
    try:
        yield
    except FileNotFoundError as err:
        raise ExtractionError("no such file") from err
    except PermissionError as err:
        raise ExtractionError("permission denied") from err
    except OSError as err:
        raise ExtractionError(f"cannot read: {err.strerror or err}") from err


def _read_at_most(fd: int, size: int) -> bytes:
    chunks = []
    left = size
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def not_a_file(mode: int) -> str:
    """Why a file of this ``st_mode`` is not read."""
    if stat.S_ISDIR(mode):
        return "is a directory, not a page"
    for test, what in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return f"not a regular file: {what}"
    return "not a regular file"


def too_large(size: int, limit: int) -> str:
    return f"too large for a page: {_mib(size)} > {_mib(limit)} (--max-page-size raises the cap)"


def _mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB" if size >= 2**20 else f"{size:,} bytes"


# Files that are plainly something else, told by their magic bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PAR1", "a Parquet file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls/.ppt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"%!PS", "a PostScript file"),
    (b"{\\rtf", "an RTF document"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x01\xba", "an MPEG video"),
)
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint file (.pptx)"),
    (b"application/epub", "an EPUB book"),
    (b"opendocument", "an OpenDocument file"),
)


def binary_kind(head: bytes) -> str | None:
    """What a file that starts with ``head`` is, when its magic bytes say it is not a page.

    >>> binary_kind(b"%PDF-1.7 ...")
    'a PDF file'
    >>> binary_kind(b"<html>") is None
    True
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"PK\x03\x04"):
        for mark, kind in _ZIP_KINDS:
            if mark in head:
                return kind
        return "a ZIP archive"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ", b"ftypqt  ") or (
        head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI ")
    ):
        return "a media file"
    return None


# A page's first bytes: markup (a tag, a comment, a doctype) after optional white space/BOM.
_MARKUP = re.compile(rb"\s*<(?:!--|!doctype|\?xml|[a-z])", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(head: bytes) -> str | None:
    """``None`` when a file starting with ``head`` may be a page (HTML, or a text dump in any
    of the encodings the reader takes), else why it is skipped.

    Used for files found in folders whose names do not say they are pages. A file that starts
    with a known binary signature, or whose first bytes hold control characters (outside a
    UTF-16 page with a byte-order mark), is not a page.

    >>> sniff("<!DOCTYPE html><html>".encode()) is None, sniff("山东省".encode("gbk")) is None
    (True, True)
    >>> sniff(b"%PDF-1.4")
    'a PDF file'
    """
    if not head.strip():
        return "empty"
    kind = binary_kind(head)
    if kind is not None:
        return kind
    if head.startswith(_BOMS) or _MARKUP.match(head.lstrip(b"\xef\xbb\xbf")):
        return None
    controls = len(_CONTROL.findall(head))
    if controls > 0.01 * len(head):
        return "binary content"
    return None


def display_path(path: str) -> str:
    """``path`` as valid Unicode for the outputs.

    A Linux file name can be any bytes; Python holds the bytes that are not UTF-8 as lone
    surrogates, which no UTF-8 file can hold. They are shown as ``\\xff`` text instead (the
    page is still read under its real name).

    >>> display_path(os.fsdecode(b"a\\xff.txt"))
    'a\\\\xff.txt'
    """
    try:
        path.encode()
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path
