"""The record (schema version 6): what ``extract`` returns and every writer serialises."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .facts import AnyFact
from .models import EncodingSource, Format, Metadata, ReaderPath, Table


class SourceInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str | None
    format: Format
    encoding: str
    encoding_source: EncodingSource
    sha256: str
    reader: ReaderPath = Field(
        default="article",
        description="article: the reader's main path found the body; fallback: a fallback did",
    )
    offset: int | None = Field(
        default=None,
        description="byte offset of the page's record in the WARC file `path`; null for a page "
        "file of its own (HTML, text, MHTML)",
    )


class Keyword(BaseModel):
    model_config = ConfigDict(extra="forbid")

    word: str
    weight: float


class Record(BaseModel):
    """One page's record. Keys are always present; ``tokens`` is ``None`` unless asked for."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[6] = 6
    # The four dataset keys come right after schema_version: the batch rewrites them in each
    # record's JSON text by replacing that prefix, without decoding and encoding the record.
    article_id: str | None = Field(
        default=None,
        description="the first 16 hex characters of sha256(source.path, NUL, source.offset): "
        "unique within a batch's dataset, stable across reruns of the same inputs given the "
        "same way; null when the page has no path (stdin, text=, html=)",
    )
    duplicate_of: str | None = Field(
        default=None,
        description="batch: the article_id of the first record (in output order) with the same "
        "page content (source.sha256); null for the first one, and outside a batch",
    )
    story_id: str | None = Field(
        default=None,
        description="batch: the article_id of the first record of this record's story, the "
        "group of near-duplicate bodies (reprints: MinHash/LSH); null outside a batch",
    )
    story_similarity: float | None = Field(
        default=None,
        description="batch: the estimated Jaccard similarity of this body's shingles to the "
        "story's first record's (1.0 for that record); null outside a batch",
    )
    source: SourceInfo
    metadata: Metadata
    body: list[str]
    tables: list[Table] = Field(default_factory=list, description="tables of the body")
    keywords: list[Keyword] = Field(default_factory=list)
    tokens: list[list[tuple[str, str]]] | None = Field(
        default=None, description="per paragraph, [word, POS] pairs (with --tokens)"
    )
    facts: list[AnyFact] = Field(default_factory=list)


def article_id(path: str | None, offset: int | None = None) -> str | None:
    """A record's ``article_id``: the first 16 hex characters of the sha256 of ``source.path``,
    a NUL and ``source.offset`` in decimal (empty for a page file); ``None`` without a path.

    The path is hashed as written in the record (UTF-8; a file name's bytes that are not UTF-8
    as their own bytes), so the same input given the same way keeps its id across reruns.

    >>> article_id("news/a.html"), article_id("crawl.warc.gz", 0) != article_id("crawl.warc.gz")
    ('82303638ddd998a5', True)
    """
    if path is None:
        return None
    key = path + "\0" + ("" if offset is None else str(offset))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def record_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Record`, as published in ``schema/record.schema.json``."""
    schema = Record.model_json_schema(mode="serialization")
    # Records always carry every key (null or empty when unknown): say so in the schema.
    for definition in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in definition:
            definition["required"] = sorted(definition["properties"])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "policyextract record"
    return schema


def schema_json() -> str:
    return json.dumps(record_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
