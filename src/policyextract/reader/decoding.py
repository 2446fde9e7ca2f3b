"""Bytes → :class:`Page`: decode the page and decide whether it is HTML or a text dump.

Encoding is chosen in order of trust: a byte-order mark; the page's own declaration (``<meta
charset>``, http-equiv, XML declaration) when the bytes agree with it; detection; and UTF-8 by
default for pure ASCII. Whether the bytes agree is judged by how they decode, never by the label
alone, because saved pages lie: savers re-encode pages without fixing the declaration, and
templates declare iso-8859-1 over GBK.

- The declaration is found as browsers pre-scan the head: comments are skipped, and only a
  ``<meta>``'s own ``charset`` (or an http-equiv content-type) counts, not ``charset=`` inside
  a description.
- Valid UTF-8 beats any declaration: legacy CJK or Latin-1 text is practically never valid UTF-8.
- A few bytes that fit no encoding (a Latin-1 ``©`` pasted in a footer, a page cut inside its
  last character) do not ruin the page: it is decoded in the encoding that fits all the rest,
  those bytes become U+FFFD, and the source says ``-lossy``.
- A declared gb2312/gbk is decoded as GB18030, big5 as Big5-HKSCS, iso-8859-1 as windows-1252:
  the supersets browsers use (WHATWG Encoding Standard), since pages use their extra characters.
- A declaration the bytes plainly contradict (iso-8859-1 or windows-1252 over CJK bytes, Big5
  declared as gb2312, utf-16 in an ASCII-compatible page) is overridden: the result is labelled
  ``detected``, so mojibake never comes out labelled ``declared``. Which CJK reading is right is
  told by errors and by whether its characters are those of Chinese text (Big5 read as GBK is
  half kana, Greek and Cyrillic); charset-normalizer decides what is no CJK encoding.
- UTF-16 without a byte-order mark is read when its NUL bytes read as text in one byte order.

HTML and text dumps are told apart by structure (a document skeleton, or tags on most lines),
so that a dump quoting a few tags is still text.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
from typing import Literal

from ..errors import ExtractionError
from ..files import MAX_PAGE_BYTES, SNIFF_BYTES, binary_kind, too_large
from ..models import EncodingSource, Format, Page
from .lazy import lazy_re

InputFormat = Literal["auto", "html", "text"]

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# --- declarations ----------------------------------------------------------------------------

# Declarations live in the head; 4 KiB is what browsers pre-scan (HTML spec says 1024, pages lie).
_PRESCAN = 4096
# The HTML spec's prescan, in one pass: comments are skipped whole (an unterminated one runs to
# the end), <meta> tags are taken with their quoted attribute values (a ">" inside a quote does not
# end the tag), and an XML declaration counts only at the very start of the document.
_PRESCAN_TOKENS = re.compile(
    rb"""<!--.*?(?:-->|\Z)"""
    rb"""|<meta(?=[\s/])(?:[^>"']|"[^"]*"|'[^']*')*>"""
    rb"""|\A\s*<\?xml\s[^>]*?encoding\s*=\s*["']?([A-Za-z0-9_\-.:]+)""",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE = re.compile(rb"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_CONTENT_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-.:]+)""", re.IGNORECASE)

# Labels browsers decode with a superset (WHATWG Encoding Standard), as Python codec names. Pages
# declaring gb2312 routinely use GBK-only characters (丨), big5 pages HKSCS ones, "iso-8859-1"
# pages the windows-1252 quotes. Keys are lower case, "_" written "-".
_GB_LABELS = (
    "gb2312 gbk gb18030 x-gbk gb-2312-80 gb-2312 csgb2312 chinese cp936 ms936 windows-936 euc-cn"
    " x-euc-cn csiso58gb231280 iso-ir-58"
)
_BIG5_LABELS = "big5 big5-hkscs big5hkscs cn-big5 csbig5 x-x-big5 cp950"
_LATIN1_LABELS = (
    "iso-8859-1 iso8859-1 latin1 l1 ascii us-ascii windows-1252 cp1252 x-cp1252 cp819 ibm819"
    " csisolatin1"
)
_SJIS_LABELS = "shift-jis sjis ms-kanji csshiftjis windows-31j x-sjis cp932"
_EUCKR_LABELS = "euc-kr ks-c-5601-1987 ks-c-5601-1989 ksc5601 korean windows-949 cp949"
_SUPERSETS = {
    **dict.fromkeys(_GB_LABELS.split(), "gb18030"),
    **dict.fromkeys(_BIG5_LABELS.split(), "big5hkscs"),
    **dict.fromkeys(_LATIN1_LABELS.split(), "cp1252"),
    **dict.fromkeys(_SJIS_LABELS.split(), "cp932"),
    **dict.fromkeys(_EUCKR_LABELS.split(), "cp949"),
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "iso-8859-8-i": "iso8859-8",
}
# The other encodings of the web (WHATWG), as Python names them. A declaration of anything else
# (a Python-only codec: "hex", "rot13", "idna", EBCDIC "cp037") is no declaration.
_WEB_CODECS = {
    "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "euc-jp",
    "iso2022-jp", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    *(f"cp{n}" for n in range(1250, 1259)),
    *_SUPERSETS.values(),
}  # fmt: skip
# A UTF-16/32 declaration found by scanning bytes as ASCII is wrong by construction: browsers
# read such a page as UTF-8 (HTML spec, "prescan"). Taken as no declaration.
_UNICODE_WIDE = ("utf-16", "utf-32")

# --- telling the right decoding --------------------------------------------------------------

_CJK_CODECS = ("gb18030", "big5hkscs")
# Characters of Chinese text among the non-ASCII ones: Han, CJK and fullwidth punctuation,
# general punctuation (“”…—), enclosed numbers and geometric bullets, Bopomofo, the middle dot.
# Latin-1 mojibake of CJK bytes has none; Big5 read as GBK has ~half kana, Greek, Cyrillic,
# box drawing and private-use characters (Big5's most frequent rows fall on GBK's symbol rows).
_CJK_TEXT = lazy_re(
    "[\u00b7\u2000-\u206f\u2460-\u24ff\u25a0-\u25ff\u3000-\u303f\u3100-\u312f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]+"
)
# A CJK decoding is taken for Chinese text when at least this share of its non-ASCII characters
# are of _CJK_TEXT. Calibrated on the 207 dev pages (HTML and text) transcoded to GBK (simplified)
# and Big5 (traditional): the right decoding scores 0.97–1.00, Big5 read as GB18030 0.39–0.57
# (without a single error), GBK read as Big5 0.88–0.96 (with errors: see below).
_MIN_CJK_SHARE = 0.9
# A decoding "fits" with a few bad bytes when its U+FFFD make at most this share of its non-ASCII
# characters (plus a small allowance for pages with little non-ASCII text). One stray byte in a
# realworld page is 1 in 2,000–20,000; on the transcoded dev pages GBK read as UTF-8 has 75–84%
# errors, Big5 read as UTF-8 83–100%, GBK read as Big5 1.1–7.1% (人 and 全, GBK C8CB and C8AB,
# are holes in Big5). Where two CJK readings both fit, the one with fewer errors wins.
_MAX_ERROR_SHARE = 0.01
_ERROR_ALLOWANCE = 2
# A last resort before detection: a CJK reading with up to this share of errors (a Big5 page whose
# navigation is in UTF-8: ~1 error per UTF-8 character) that still reads as Chinese text.
_MAX_MIXED_SHARE = 0.1
# When nothing else fits, the reading with the most Chinese text is taken if its errors are
# fewer than this share of its non-ASCII characters (a page in several encodings).
_MAX_BEST_ERRORS = 0.5
# A UTF-8 page with a section in another encoding (a GBK footer), or badly damaged, is still UTF-8
# when its valid multi-byte characters outnumber the bad bytes this many times: GBK read as UTF-8
# forms at most 1 valid character per 3 errors (a lead C2–DF before a trail A1–BF), Big5 1 per 5;
# a realworld or dev page with 100 random bytes inserted keeps 2.6 or more per error.
_MOSTLY_VALID = 2
# The Chinese-text share is measured on the first non-ASCII characters only, looked for in the
# first 64 KiB (errors are counted on all): 4,000 characters settle it, and keep it under 0.1 ms.
_SAMPLE = 4000
_SAMPLE_WINDOW = 65536
# Fewer non-ASCII characters than this are no evidence for a CJK reading ("Zürich" in
# windows-1252 reads as one Han character in GB18030).
_MIN_EVIDENCE = 16
_NOT_ASCII = lazy_re(r"[\x00-\x7f]+")


class _Fit:
    """How ``encoding`` decodes a page: replacement characters and Chinese-text share."""

    def __init__(self, data: bytes, encoding: str) -> None:
        self.encoding = encoding
        self.text: str = data.decode(encoding, errors="replace")
        self.errors = self.text.count("\ufffd")
        # Non-ASCII characters, replacements included.
        self.wide = len(self.text) - len(self.text.encode("ascii", errors="ignore"))

    @property
    def few_errors(self) -> bool:
        return self.errors <= _ERROR_ALLOWANCE + _MAX_ERROR_SHARE * self.wide

    @property
    def damaged(self) -> bool:
        """A few errors among many characters that decode well: the encoding, with damage."""
        return self.few_errors and self.wide - self.errors > self.errors

    @property
    def mostly_valid(self) -> bool:
        """Errors far fewer than characters that decode well (a page with a section in another
        encoding); for UTF-8 only, whose multi-byte sequences rarely form by chance."""
        return self.wide - self.errors >= _MOSTLY_VALID * self.errors

    @property
    def chinese(self) -> bool:
        """Few errors, and its non-ASCII characters read as Chinese text."""
        return self.few_errors and self.cjk_text

    @property
    def mixed_chinese(self) -> bool:
        """Chinese text with a section in another encoding (a UTF-8 widget in a Big5 page)."""
        return self.errors <= _MAX_MIXED_SHARE * self.wide and self.cjk_text

    @functools.cached_property
    def cjk_text(self) -> bool:
        """Its first non-ASCII characters read as Chinese text."""
        if self.wide < _MIN_EVIDENCE:
            return False
        sample = _NOT_ASCII.sub("", self.text[:_SAMPLE_WINDOW])
        if len(sample) < _SAMPLE:  # a long ASCII head (scripts, styles) before the text
            sample = _NOT_ASCII.sub("", self.text)
        sample = sample[:_SAMPLE]
        cjk = _chinese_characters(sample)
        return cjk >= _MIN_CJK_SHARE * (len(sample) - sample.count("\ufffd"))


# --- UTF-16 without a byte-order mark ----------------------------------------------------------

# A page with NUL bytes is UTF-16 (without a byte-order mark) when its first 8 KiB read as text
# in one byte order: ASCII, white space and Chinese text make this share of them. The dev pages
# in UTF-16 score 0.99–1.00 in their own byte order, 0.35–0.88 in the other (ASCII letters swapped
# fall among the Han characters); NUL-separated UTF-8 0.36, random bytes 0.45, a PNG 0.
_NUL_WINDOW = 8192
_MIN_TEXT_SHARE = 0.9

# --- binary and size -------------------------------------------------------------------------

# Control characters other than tab/newline/CR/FF; a page with more than this share is binary.
# Stdlib re: for a plain character class it scans 64 KiB ~3× faster than regex (0.15 vs 0.49 ms).
_CONTROL = lazy_re(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.01
# Saved news pages weigh 20 KB–2 MB (the realworld set: up to 0.4 MB); past MAX_PAGE_BYTES (16 MiB,
# from ..files) a file is no page, and reading it whole would cost seconds and hundreds of MB in
# the tree and the segmenter; a caller may raise the cap (``max_bytes``, --max-page-size).

# --- HTML or text ----------------------------------------------------------------------------

# An HTML document's own skeleton at its start: doctype, <html>, <head> or an XML declaration,
# possibly after comments. A comment's body holds no ``-->``, so a run of comments splits one
# way only: with ``.*?`` the repeated group backtracked through every way of splitting them
# (minutes on text that opens with many comments and has no skeleton).
_SKELETON = re.compile(
    r"\s*(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html|head|\?xml)(?=[\s>/])",
    re.IGNORECASE | re.DOTALL,
)
# A document element opened and closed (a page with junk before its <html>).
_OPENS = re.compile(r"<(html|body)[\s>]", re.IGNORECASE)
# A tag: a letter-led name, attributes without angle brackets. "价格<100元" is none.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:[\s/][^<>]*)?>")
# Without a skeleton, text is HTML when at least this share of its non-empty lines carry a tag.
# Calibrated: realworld and dev text dumps have at most 9% (a dump of ads quoting <script> and
# <noscript> lines, or one rendered line of 195 tags); HTML, even a bare fragment of wrapped
# <p> paragraphs, has most lines tagged.
_MIN_TAGGED_LINES = 0.3
_MIN_TAGS = 2


def read_page(
    data: bytes,
    *,
    path: str | None = None,
    input_format: InputFormat = "auto",
    max_bytes: int | None = None,
) -> Page:
    """Decode ``data`` and tell HTML from text by content (``input_format`` overrides).

    Raises :class:`ExtractionError` for empty, binary or undecodable input, and for input over
    ``max_bytes`` (default :data:`~policyextract.files.MAX_PAGE_BYTES`, 16 MiB). A file whose
    magic bytes say what it is (PDF, .docx, Parquet, an image…) is refused under that name.
    """
    limit = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise ExtractionError(too_large(len(data), limit))
    if not data.strip():
        raise ExtractionError("empty file")
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind is not None:
        raise ExtractionError(f"{kind}, not a web page")
    text, encoding, how, utf8 = _decode(data)
    sample = text[:65536]
    if _controls(sample) > _MAX_CONTROL_SHARE * len(sample):
        raise ExtractionError("binary content, not a text or HTML page")
    fmt: Format = (
        input_format if input_format != "auto" else ("html" if looks_like_html(text) else "text")
    )
    return Page(
        text=text,
        format=fmt,
        encoding=encoding,
        encoding_source=how,
        sha256=hashlib.sha256(data).hexdigest(),
        path=path,
        sniffed=input_format == "auto",
        utf8=utf8,
    )


def _controls(text: str) -> int:
    """How many control characters (:data:`_CONTROL`) ``text`` holds. Counted on its UTF-8
    bytes, where each is one byte of the same value and no other character has such a byte:
    deleting bytes is ~2× faster than the regex scan over a page of Chinese text."""
    data = text.encode("utf-8", errors="surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def looks_like_html(text: str) -> bool:
    """HTML when the text has a document's structure: a skeleton at its start (doctype,
    ``<html>``, ``<head>``), a document element opened and closed, or tags on most lines. A text
    dump quoting a few tags (a rendered ``<noscript>`` or ``<script>`` line) is text."""
    head = text[:65536].lstrip("\ufeff")
    if _SKELETON.match(head):
        return True
    opened = _OPENS.search(head)
    if opened and f"</{opened.group(1).lower()}" in text[-65536:].lower():
        return True
    lines = [line for line in head.splitlines() if line.strip()]
    tagged = [line for line in lines if _TAG.search(line)]
    return len(_TAG.findall(head)) >= _MIN_TAGS and len(tagged) >= _MIN_TAGGED_LINES * len(lines)


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its head, lower-cased, or ``None``.

    As browsers pre-scan: the first ``<meta charset>`` or ``<meta http-equiv=content-type
    content="…charset=…">`` outside comments, or an XML declaration opening the document; a
    ``charset=`` inside another attribute (a meta description) or a comment is no declaration.
    """
    for token in _PRESCAN_TOKENS.finditer(data[:_PRESCAN]):
        if token.group(1) is not None:
            name = _known(token.group(1))
        elif token.group().startswith(b"<!"):
            continue
        else:
            name = _meta_charset(token.group())
        if name is not None:
            return name
    return None


def _meta_charset(tag: bytes) -> str | None:
    attributes: dict[bytes, bytes] = {}
    for match in _ATTRIBUTE.finditer(tag, 5, len(tag) - 1):
        key = match.group(1).lower()
        value = match.group(2) or match.group(3) or match.group(4) or b""
        attributes.setdefault(key, value)
    if b"charset" in attributes:
        return _known(attributes[b"charset"].strip())
    if attributes.get(b"http-equiv", b"").strip().lower() == b"content-type":
        found = _CONTENT_CHARSET.search(attributes.get(b"content", b""))
        if found:
            return _known(found.group(1))
    return None


def _known(raw: bytes) -> str | None:
    """The label, lower case, when it names an encoding of the web."""
    label = raw.decode("ascii", errors="replace").strip().lower()
    return label if _codec(label) is not None else None


def _codec(label: str) -> str | None:
    """The Python codec a page's ``label`` is decoded with (its superset), or ``None``."""
    name = label.lower().replace("_", "-")
    if name in _SUPERSETS:
        return _SUPERSETS[name]
    try:
        name = _canonical(name)
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    return name if name in _WEB_CODECS else None


def _decode(data: bytes) -> tuple[str, str, EncodingSource, bytes | None]:
    """The text, its encoding and how it was chosen, and ``data`` itself when the text is exactly
    its UTF-8 (an ASCII page, or valid UTF-8 without a byte-order mark), else ``None``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return (*_with_bom(data[len(bom) :], name), None)
    if b"\x00" in data[:_NUL_WINDOW]:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise ExtractionError("binary content, not a text or HTML page")
        return (*wide, None)

    label = declared_encoding(data)
    declared = _codec(label) if label is not None else None
    if declared is not None and declared.startswith(_UNICODE_WIDE):
        declared = None
    if data.isascii():
        how: EncodingSource = "declared" if declared is not None else "default"
        return data.decode("ascii"), _canonical(declared or "utf-8"), how, data
    try:
        text = data.decode("utf-8")
        return text, "utf-8", "declared" if declared == "utf-8" else "detected", data
    except UnicodeDecodeError:
        pass
    utf8 = _Fit(data, "utf-8")
    if utf8.damaged:
        return (*_take(data, utf8, "declared" if declared == "utf-8" else "detected"), None)
    if declared == "utf-8" and utf8.mostly_valid:
        return (*_take(data, utf8, "declared"), None)
    if declared is not None and declared != "utf-8":
        chosen = _agreeing(data, declared)
        if chosen is not None:
            return (
                *_take(data, chosen, "declared" if chosen.encoding == declared else "detected"),
                None,
            )
    return (*_undeclared(data, utf8), None)


def _with_bom(data: bytes, name: str) -> tuple[str, str, EncodingSource]:
    try:
        return data.decode(name), name, "bom"
    except UnicodeDecodeError:
        pass
    text = data.decode(name, errors="replace")
    if text.count("\ufffd") <= _ERROR_ALLOWANCE + _MAX_ERROR_SHARE * len(text):
        return text, name, "bom-lossy"
    raise ExtractionError(f"bytes do not match their {name} byte-order mark")


def _utf16_without_bom(data: bytes) -> tuple[str, str, EncodingSource] | None:
    """UTF-16 text without a byte-order mark, or ``None`` (binary)."""
    window = data[:_NUL_WINDOW]
    window = window[: len(window) // 2 * 2]
    share, name = max(
        (_readable_share(window.decode(name, errors="replace")), name)
        for name in ("utf-16-le", "utf-16-be")
    )
    return _lossy(data, name, "detected") if share >= _MIN_TEXT_SHARE else None


def _readable_share(text: str) -> float:
    """The share of ``text`` that is printable ASCII, white space or Chinese text."""
    if not text:
        return 0.0
    readable = len(text.encode("ascii", errors="ignore")) - len(_CONTROL.findall(text))
    return (readable + _chinese_characters(text)) / len(text)


def _agreeing(data: bytes, declared: str) -> _Fit | None:
    """The encoding to use for a page that declares ``declared`` and is not UTF-8: the
    declaration when the bytes agree with it, a CJK encoding when they plainly read as Chinese in
    it instead, ``None`` when neither (detection decides)."""
    own = _Fit(data, declared)
    if not _single_byte(declared) and declared not in _CJK_CODECS and own.damaged:
        return own  # Shift_JIS, EUC-KR…: they would read as GB18030 too; the page says so
    if declared in _CJK_CODECS and not own.errors and own.chinese:
        return own  # no other reading can do better
    others = [_Fit(data, name) for name in _CJK_CODECS if name != declared]
    chinese = [fit for fit in others if fit.chinese]
    if declared in _CJK_CODECS and own.chinese and all(fit.errors >= own.errors for fit in chinese):
        return own
    # Big5 under gb2312, GBK under big5; CJK bytes under a single-byte declaration (windows-1252
    # decodes any bytes, into mojibake).
    if chinese:
        return min(chinese, key=lambda fit: fit.errors)
    if own.few_errors or (declared in _CJK_CODECS and own.mixed_chinese):
        return own
    return None


@functools.lru_cache(maxsize=64)
def _single_byte(encoding: str) -> bool:
    """Whether ``encoding`` gives one character per byte (windows-1252, KOI8-R…)."""
    return len(bytes(range(128, 256)).decode(encoding, errors="replace")) == 128


def _undeclared(data: bytes, utf8: _Fit) -> tuple[str, str, EncodingSource]:
    """No usable declaration and not UTF-8: the CJK encoding the bytes read as Chinese in, else
    UTF-8 if mostly valid, else a CJK encoding with a section in another one, else
    charset-normalizer's guess, else the reading with the fewest errors."""
    readings = [_Fit(data, name) for name in _CJK_CODECS]
    chinese = [fit for fit in readings if fit.chinese]
    if chinese:
        return _take(data, min(chinese, key=lambda fit: fit.errors), "detected")
    if utf8.mostly_valid:
        return _take(data, utf8, "detected")
    mixed = [fit for fit in readings if fit.mixed_chinese]
    if mixed:
        return _take(data, min(mixed, key=lambda fit: fit.errors), "detected")
    detected = _detect(data)
    if detected is not None:
        return detected
    # Nothing decodes it strictly: a page in several encodings. The reading with the most Chinese
    # text (not the fewest errors: GB18030 takes almost any pair of bytes), if most of it reads.
    best = max([utf8, *readings], key=lambda fit: _chinese_characters(fit.text) - fit.errors)
    if best.errors < _MAX_BEST_ERRORS * best.wide:
        return _take(data, best, "detected")
    raise ExtractionError("cannot decode: no text encoding fits these bytes")


def _chinese_characters(text: str) -> int:
    return len(text) - len(_CJK_TEXT.sub("", text))


def _detect(data: bytes) -> tuple[str, str, EncodingSource] | None:
    """charset-normalizer's guess, or ``None``."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    return _lossy(data, _codec(best.encoding) or best.encoding, "detected")


def _take(
    data: bytes, fit: _Fit, how: Literal["declared", "detected"]
) -> tuple[str, str, EncodingSource]:
    """The text of ``fit``, the encoding chosen."""
    if not fit.errors:
        return fit.text, _canonical(fit.encoding), how
    return _lossy(data, fit.encoding, how)


def _lossy(
    data: bytes, encoding: str, how: Literal["declared", "detected"]
) -> tuple[str, str, EncodingSource]:
    """``data`` decoded in ``encoding``, bytes that do not fit it as U+FFFD (then ``-lossy``)."""
    try:
        return data.decode(encoding), _canonical(encoding), how
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    lossy: EncodingSource = "declared-lossy" if how == "declared" else "detected-lossy"
    return text, _canonical(encoding), lossy


def _canonical(name: str) -> str:
    return codecs.lookup(name).name.replace("_", "-")
