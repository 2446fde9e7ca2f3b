"""``batch --urls FILE``: the original URL of each saved page, as crawlers list them.

The file is UTF-8 text, one page per line, in either form crawlers write:

- **TSV** (tab-separated) when its first line holds a tab, else **CSV** (comma-separated, with
  the usual double-quoting);
- the **first two columns** are the page's path and its URL, in either order: the URL is the one
  that starts with ``http://`` or ``https://``. Further columns (status, date, size…) are ignored;
- a first line without a URL is a **header** and is skipped; blank lines and lines starting with
  ``#`` are skipped;
- a **relative path** is taken from the folder of the URLs file, not the current folder, so that
  a crawl's list stays right wherever the batch runs from. Paths are compared after making them
  absolute (``os.path.abspath``: ``a/../b`` is ``b``; symlinks are not resolved).

The same path twice with two different URLs is an error (which one is right cannot be told).
"""

from __future__ import annotations

import csv
import os
import re
from typing import Literal

from .errors import ExtractionError

_WEB_URL = re.compile(r"^https?://[^\s/?#]+", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """An absolute http(s) URL with a host.

    >>> is_web_url("https://www.gov.cn/a.html"), is_web_url("www.gov.cn/a.html")
    (True, False)
    """
    return _WEB_URL.match(text) is not None and not any(c.isspace() for c in text)


def load_url_map(file: str, data: bytes | None = None) -> dict[str, str]:
    """The absolute page path → URL map of the URLs file ``file`` (its bytes ``data`` when the
    caller has them); a problem is an :class:`ExtractionError` naming the file and line."""
    if data is None:
        try:
            with open(file, "rb") as stream:
                data = stream.read()
        except OSError as err:
            raise ExtractionError(f"{file}: cannot read ({err.strerror or err})") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ExtractionError(f"{file}: not UTF-8 text (a URLs file is UTF-8)") from err
    return parse_url_map(text, os.path.dirname(os.path.abspath(file)), file)


def parse_url_map(text: str, base: str, name: str = "--urls") -> dict[str, str]:
    """:func:`load_url_map` of the text of a URLs file whose relative paths start at ``base``.

    >>> parse_url_map("path\\turl\\na.html\\thttp://x.cn/1\\n", "/crawl")
    {'/crawl/a.html': 'http://x.cn/1'}
    >>> parse_url_map('url,file,status\\n"http://x.cn/2",/data/b.html,200\\n', "/crawl")
    {'/data/b.html': 'http://x.cn/2'}
    """
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = "\t" if "\t" in first else ","
    # TSV as crawlers write it has no quoting: a quote character is part of the field.
    quoting: Literal[0, 3] = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    found: dict[str, str] = {}
    where: dict[str, int] = {}
    seen_row = False
    try:
        rows = list(csv.reader(lines, delimiter=delimiter, quoting=quoting, strict=True))
    except csv.Error as err:
        raise ExtractionError(f"{name}: not a valid CSV file ({err})") from err
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        header = not seen_row
        seen_row = True
        pair = _path_and_url(cells)
        if pair is None:
            if header:
                continue  # a header row: path,url / url<TAB>file …
            raise ExtractionError(
                f"{name}:{number}: expected a path and an http(s) URL in the first two columns"
            )
        path, url = pair
        key = os.path.abspath(os.path.join(base, path))
        if key in found and found[key] != url:
            raise ExtractionError(
                f"{name}:{number}: {path} already has another URL (line {where[key]})"
            )
        found[key] = url
        where[key] = number
    return found


def _path_and_url(cells: list[str]) -> tuple[str, str] | None:
    if len(cells) < 2:
        return None
    a, b = cells[0], cells[1]
    if is_web_url(b) and a and not is_web_url(a):
        return a, b
    if is_web_url(a) and b and not is_web_url(b):
        return b, a
    return None
