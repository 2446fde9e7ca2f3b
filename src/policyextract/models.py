"""The record and the values that flow between stages.

A record flows one way: bytes → :class:`Page` → :class:`Article` → :class:`Doc` → facts → record.
Stage values are plain dataclasses (cheap, built once per page); the record is a pydantic model so
that its JSON Schema is generated from the code (``schema/record.schema.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 6

Format = Literal["html", "text"]
#: How the encoding was chosen; ``-lossy``: a few bytes did not fit it and became U+FFFD.
EncodingSource = Literal[
    "bom", "declared", "detected", "default", "bom-lossy", "declared-lossy", "detected-lossy"
]
#: Which path of the reader found the body: the article block (HTML) or the densest run of
#: prose lines (text), or a fallback (the largest prose block, all visible text less navigation,
#: or an HTML page read as text).
ReaderPath = Literal["article", "fallback"]
Language = Literal["zh-Hans", "zh-Hant"]


@dataclass(frozen=True)
class Page:
    """A decoded page: the text and how it was obtained."""

    text: str
    format: Format
    encoding: str
    encoding_source: EncodingSource
    sha256: str
    path: str | None = None
    #: The format was told from the content, not asked for (``--input-format auto``).
    sniffed: bool = False
    #: ``text`` in UTF-8 when the page's bytes were exactly that (a UTF-8 or ASCII page without
    #: a byte-order mark), else ``None``: the HTML parser reads them instead of encoding ``text``
    #: again.
    utf8: bytes | None = field(default=None, repr=False, compare=False)

    def as_text(self) -> Page:
        """The same page taken as a text dump."""
        return replace(self, format="text")


#: Where ``metadata.published`` came from: a meta tag, JSON-LD, a ``<time datetime>``, a script's
#: publish epoch, a visible 来源/时间 line, the URL's date, or a crawl archive's fetch date.
PublishedSource = Literal["meta", "json-ld", "time", "script", "page", "url", "archive"]


class PublishedClaim(BaseModel):
    """A publication time a source of the page gives that disagrees with ``published``."""

    model_config = ConfigDict(extra="forbid")

    source: PublishedSource
    published: str = Field(description="ISO 8601, in the record's zone like `published`")


class Metadata(BaseModel):
    """Article metadata; every key is always present (``None`` or ``[]`` when unknown)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    published: str | None = Field(
        default=None,
        description="ISO 8601: a date, or an instant in the page's local zone (+08:00 unless "
        "the page prints another); machine-readable times in other zones are converted",
    )
    published_from: PublishedSource | None = Field(
        default=None, description="the source of `published` (see the README's precedence)"
    )
    published_conflicts: list[PublishedClaim] = Field(
        default_factory=list,
        description="other sources' publication times that disagree with `published` (a "
        "different minute, or a different day when either is a date)",
    )
    source: str | None = Field(default=None, description="the credited outlet (来源)")
    site: str | None = Field(
        default=None, description="the publishing website's name; else the host of `url`"
    )
    section: str | None = Field(default=None, description="the breadcrumb's last step")
    url: str | None = Field(
        default=None,
        description="where the page was fetched from when known (--url, --urls, a WARC record's "
        "target, an MHTML's Content-Location), else its canonical URL when the page names it",
    )
    authors: list[str] = Field(default_factory=list, description="journalists (记者/作者/文/图)")
    editors: list[str] = Field(default_factory=list, description="编辑/责任编辑")
    description: str | None = Field(default=None, description="the page's meta description")
    language: Language | None = Field(
        default=None, description="the body's script: zh-Hans (simplified) or zh-Hant (traditional)"
    )
    image: str | None = Field(
        default=None, description="the page's lead image URL (og:image), as written; never fetched"
    )


#: Cells of a table row are joined with a tab into the row's body paragraph (what a browser
#: copies from a table).
CELL_SEPARATOR = "\t"


class Table(BaseModel):
    """A table of the article. Its rows are also body paragraphs, so facts in cells keep exact
    spans: ``body[paragraph + i] == CELL_SEPARATOR.join(rows[i])`` for every row ``i``."""

    model_config = ConfigDict(extra="forbid")

    paragraph: int = Field(description="index in the body of the paragraph holding the first row")
    caption: str | None = Field(
        default=None, description="<caption>, else the title and unit lines right above"
    )
    rows: list[list[str]] = Field(description="cells of each row, as written (spaces collapsed)")
    header_rows: int = Field(
        default=0, description="leading rows that are headers (<th>, <thead>, or evident)"
    )
    header_columns: int = Field(
        default=0, description="leading columns that are headers (<th>, or evident)"
    )


@dataclass
class Article:
    """The article kept from a page: metadata and body paragraphs.

    Each paragraph is the page's own characters with only leading/trailing white space removed,
    so that fact spans index into these strings.
    """

    metadata: Metadata
    body: list[str]
    tables: list[Table] = field(default_factory=list)
    reader: ReaderPath = "article"
    #: The decoded page it came from (set by :func:`policyextract.reader.strip_chrome`).
    page: Page | None = None


class Token(NamedTuple):
    """A jieba token with its character offsets in its paragraph (a named tuple: a paragraph
    makes one per word, and a tuple costs a third of a frozen dataclass to build)."""

    word: str
    pos: str
    start: int
    end: int


@dataclass
class Doc:
    """The segmented body handed to the fact extractors.

    ``published`` is the base for relative dates (去年, 6月7日); ``None`` when the page gives none,
    in which case relative dates are left unresolved rather than read off the machine clock.
    """

    paragraphs: list[str]
    tokens: list[list[Token]]
    published: datetime | None = None
    metadata: Metadata = field(default_factory=Metadata)
    tables: list[Table] = field(default_factory=list)
    #: The page's own paragraphs when ``paragraphs`` are a converted form of them (a traditional
    #: page matched in simplified script, a character-spaced paragraph without its spaces): facts
    #: are written back in these.
    written: list[str] | None = None
    #: Per paragraph, the position in ``written`` of each character of ``paragraphs``, where the
    #: two differ in length (a character-spaced paragraph, :mod:`policyextract.spacing`); ``None``
    #: where a position is the same in both.
    positions: list[list[int] | None] | None = None

    def written_span(self, index: int, start: int, end: int) -> tuple[int, int]:
        """The span of ``paragraphs[index][start:end]`` in the page's own paragraph."""
        at = self.positions[index] if self.positions is not None else None
        if at is None or start >= end:
            return start, end
        return at[start], at[end - 1] + 1

    def as_written(self, index: int, start: int, end: int) -> str:
        """``paragraphs[index][start:end]`` as the page writes it."""
        if self.written is None:
            return self.paragraphs[index][start:end]
        if self.positions is None:  # same lengths: the same span
            return self.written[index][start:end]
        begin, stop = self.written_span(index, start, end)
        return self.written[index][begin:stop]
