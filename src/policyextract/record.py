"""The record (schema version 5): what ``extract`` returns and every writer serialises."""

from __future__ import annotations

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

    schema_version: Literal[5] = 5
    source: SourceInfo
    metadata: Metadata
    body: list[str]
    tables: list[Table] = Field(default_factory=list, description="tables of the body")
    keywords: list[Keyword] = Field(default_factory=list)
    tokens: list[list[tuple[str, str]]] | None = Field(
        default=None, description="per paragraph, [word, POS] pairs (with --tokens)"
    )
    facts: list[AnyFact] = Field(default_factory=list)


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
