"""Crawl archives made from HTML pages, for the tests: WARC files written with warcio's writer,
and MHTML files written with the standard library's ``email`` package, as a browser lays them out.

``tests/fixtures/archives/make.py`` uses the same functions to write the committed fixtures.
"""

from __future__ import annotations

import email.encoders
import gzip
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass
class Capture:
    """One HTTP exchange to archive: the response's body as sent (already encoded when
    ``encoding`` says so), its status, media type and headers."""

    url: str
    body: bytes
    date: str = "2024-05-22T00:21:04Z"
    status: str = "200 OK"
    media: str = "text/html; charset=utf-8"
    chunked: bool = False
    encoding: str | None = None  # Content-Encoding: gzip
    request: bool = True  # a request record before the response, as crawlers write
    headers: list[tuple[str, str]] = field(default_factory=list)


def warc_bytes(captures: Sequence[Capture], *, gz: bool, record_ids: bool = False) -> bytes:
    """A WARC file: a warcinfo record, then for each capture its request and response records.

    ``record_ids=True`` numbers the WARC-Record-IDs (``<urn:uuid:…01>``…) so that the file is the
    same bytes every time (the committed fixtures)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    counter = iter(range(1, 1000))

    def ids() -> dict[str, str]:
        if not record_ids:
            return {}
        return {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"}

    info = writer.create_warcinfo_record("test.warc", {"software": "policyextract tests"})
    if record_ids:
        info.rec_headers.replace_header("WARC-Record-ID", ids()["WARC-Record-ID"])
        info.rec_headers.replace_header("WARC-Date", "2024-05-22T00:00:00Z")
    writer.write_record(info)
    for capture in captures:
        dated = {"WARC-Date": capture.date, **ids()}
        if capture.request:
            request = StatusAndHeaders(
                f"GET {capture.url.split('/', 3)[-1]} HTTP/1.1",
                [("Host", capture.url.split("/")[2]), ("Accept-Encoding", "gzip")],
                is_http_request=True,
            )
            writer.write_record(
                writer.create_warc_record(
                    capture.url, "request", http_headers=request, warc_headers_dict=dated
                )
            )
            dated = {"WARC-Date": capture.date, **ids()}
        writer.write_record(
            writer.create_warc_record(
                capture.url,
                "response",
                payload=io.BytesIO(_framed(capture)),
                http_headers=_response_headers(capture),
                warc_headers_dict=dated,
            )
        )
    return buffer.getvalue()


def _response_headers(capture: Capture) -> StatusAndHeaders:
    headers = [("Content-Type", capture.media), *capture.headers]
    if capture.encoding:
        headers.append(("Content-Encoding", capture.encoding))
    if capture.chunked:
        headers.append(("Transfer-Encoding", "chunked"))
    else:
        headers.append(("Content-Length", str(len(capture.body))))
    return StatusAndHeaders(capture.status, headers, protocol="HTTP/1.1")


def _framed(capture: Capture) -> bytes:
    """The body as on the wire: cut into chunks when chunked."""
    if not capture.chunked:
        return capture.body
    body, out = capture.body, b""
    for start in range(0, len(body), 700):
        chunk = body[start : start + 700]
        out += f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    return out + b"0\r\n\r\n"


def gzipped(data: bytes) -> bytes:
    """``data`` as a ``Content-Encoding: gzip`` body (no time stamp: the same bytes each time)."""
    return gzip.compress(data, mtime=0)


def mhtml_bytes(
    html: bytes,
    url: str | None,
    *,
    charset: str = "utf-8",
    transfer: str = "quoted-printable",
    resources: int = 1,
) -> bytes:
    """An MHTML file as Chromium saves one: ``multipart/related`` with the page first (its
    ``Content-Location`` the URL) and an image after it."""
    message = MIMEMultipart("related", boundary="----MultipartBoundary--test----", type="text/html")
    message["From"] = "<Saved by Blink>"
    if url:
        message["Snapshot-Content-Location"] = url
    message["Subject"] = "saved page"
    message["Date"] = "Wed, 22 May 2024 08:21:04 +0800"
    part = MIMENonMultipart("text", "html", charset=charset)
    part.set_payload(html)
    if transfer == "base64":
        email.encoders.encode_base64(part)
    else:
        email.encoders.encode_quopri(part)
    if url:
        part["Content-Location"] = url
    message.attach(part)
    for i in range(resources):
        image = MIMENonMultipart("image", "png")
        image.set_payload(b"\x89PNG\r\n\x1a\n" + bytes(range(64)))
        email.encoders.encode_base64(image)
        image["Content-Location"] = f"https://img.example.cn/{i}.png"
        message.attach(image)
    return message.as_bytes()
