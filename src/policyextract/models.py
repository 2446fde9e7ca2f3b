"""The record and the values that flow between stages.

A record flows one way: bytes → :class:`Page` → :class:`Article` → :class:`Doc` → facts → record.
Stage values are plain dataclasses (cheap, built once per page); the record is a pydantic model so
that its JSON Schema is generated from the code (``schema/record.schema.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Format = Literal["html", "text"]
EncodingSource = Literal["bom", "declared", "detected", "default"]


@dataclass(frozen=True)
class Page:
    """A decoded page: the text and how it was obtained."""

    text: str
    format: Format
    encoding: str
    encoding_source: EncodingSource
    sha256: str
    path: str | None = None


class Metadata(BaseModel):
    """Article metadata; every key is always present (``None`` or ``[]`` when unknown)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    published: str | None = Field(
        default=None, description="ISO 8601; a page's local time carries +08:00"
    )
    source: str | None = Field(default=None, description="the credited outlet (来源)")
    site: str | None = Field(default=None, description="the publishing website's name")
    section: str | None = Field(default=None, description="the breadcrumb's last step")
    url: str | None = Field(default=None, description="canonical URL when the page names it")
    authors: list[str] = Field(default_factory=list, description="journalists (记者/作者/文/图)")
    editors: list[str] = Field(default_factory=list, description="编辑/责任编辑")


@dataclass
class Article:
    """The article kept from a page: metadata and body paragraphs.

    Each paragraph is the page's own characters with only leading/trailing white space removed,
    so that fact spans index into these strings.
    """

    metadata: Metadata
    body: list[str]


@dataclass(frozen=True)
class Token:
    """A jieba token with its character offsets in its paragraph."""

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
