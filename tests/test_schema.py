"""The published JSON Schema is the code's, and records validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from policyextract.record import record_schema, schema_json

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "record.schema.json"


def test_published_schema_is_current() -> None:
    # Regenerate with: policyextract schema > schema/record.schema.json
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json()


def test_schema_requires_every_record_key() -> None:
    schema = record_schema()
    assert set(schema["properties"]) == {
        "schema_version",
        "article_id",
        "duplicate_of",
        "story_id",
        "story_similarity",
        "source",
        "metadata",
        "body",
        "tables",
        "keywords",
        "tokens",
        "facts",
    }
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_rejects_a_fact_without_span() -> None:
    record = {
        "schema_version": 6,
        "article_id": None,
        "duplicate_of": None,
        "story_id": None,
        "story_similarity": None,
        "source": {
            "path": None,
            "format": "text",
            "encoding": "utf-8",
            "encoding_source": "default",
            "sha256": "0" * 64,
            "reader": "article",
            "offset": None,
        },
        "metadata": {
            "title": None,
            "published": None,
            "published_from": None,
            "published_conflicts": [],
            "source": None,
            "site": None,
            "section": None,
            "url": None,
            "authors": [],
            "editors": [],
            "description": None,
            "language": None,
            "image": None,
        },
        "body": ["正文"],
        "tables": [],
        "keywords": [],
        "tokens": None,
        "facts": [{"type": "date", "text": "今年", "paragraph": 0, "rule": "x", "value": "2024"}],
    }
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text("utf-8")))
    assert not validator.is_valid(record)
    record["facts"][0].update(start=0, end=2)  # type: ignore[index]
    assert validator.is_valid(record)


def test_every_key_is_required() -> None:
    # Keys are always present in records (null or empty when unknown), so the schema says so.
    schema = record_schema()
    assert set(schema["required"]) == set(schema["properties"])
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            assert set(definition.get("required", [])) == set(definition["properties"]), name
