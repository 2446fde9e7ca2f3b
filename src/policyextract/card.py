"""The dataset card of a batch folder, ``OUTDIR/README.md``.

Its YAML front matter declares two configs, ``articles`` and ``facts``, so that Hugging Face
``datasets.load_dataset(OUTDIR, "facts")`` loads each table with its own columns (Parquet files
when written, else the CSV files read as the README's pandas recipe reads them, else
``articles.jsonl``). The text says what made the folder (tool version, command), what it holds
(counts, files) and what each column means. It depends only on what the manifest holds outside
its ``run`` part, so two runs over the same inputs write the same card.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

from .batch_cli import FORMATS, TIMEOUT_SECONDS
from .dedupe import DEFAULT_THRESHOLD
from .files import MAX_PAGE_BYTES
from .output import ARTICLE_SCHEMA, FACT_SCHEMA

_FACT_COUNTS = "facts_quantity … facts_campaign"

#: What each column of ``articles.parquet`` / ``articles.csv`` holds.
ARTICLE_COLUMN_DOCS: dict[str, str] = {
    "article_id": "unique id of the record: the first 16 hex characters of "
    "sha256(path, NUL, offset); stable across reruns of the same inputs",
    "content_sha256": "sha256 of the page's bytes (`source.sha256`)",
    "duplicate_of": "article_id of the first record with identical content, else null",
    "story_id": "article_id of the first record of this record's story (near-duplicate bodies: "
    "reprints)",
    "story_similarity": "estimated Jaccard similarity of the body to the story's first record's "
    "(1.0 for that record)",
    "path": "the page file, or the WARC file holding the page",
    "offset": "byte offset of the page's record in the WARC file `path`; null for page files",
    "format": "html or text",
    "encoding": "the page's encoding",
    "encoding_source": "how the encoding was chosen (bom, declared, detected, default; -lossy)",
    "reader": "article (the reader's main path found the body) or fallback",
    "title": "the article's title",
    "published": "publication time as an instant in Asia/Shanghai; a date is its local midnight",
    "published_text": "publication time as the record writes it (ISO 8601: a date, or a time "
    "with its zone)",
    "published_precision": "day, minute (seconds zero) or second",
    "published_from": "where the publication time was found (meta, json-ld, time, script, page, "
    "url, archive)",
    "published_conflicts": "other publication times the page gives that disagree",
    "source": "the credited outlet (来源)",
    "site": "the publishing website's name, else the URL's host",
    "section": "the breadcrumb's last step",
    "url": "where the page was fetched from when known, else its canonical URL",
    "authors": "journalists (记者/作者)",
    "editors": "editors (编辑/责任编辑)",
    "description": "the page's meta description",
    "language": "zh-Hans or zh-Hant (the body's script)",
    "image": "the page's lead image URL, as written",
    "keywords": "top 10 keywords of the body",
    "keyword_weights": "their weights (TF-IDF), in the same order",
    "paragraphs": "number of body paragraphs",
    "tables": "number of tables (the tables are in articles.jsonl)",
    "body": "the body: paragraphs joined by a line break (line i is paragraph i of the facts)",
    "facts": "number of facts",
    _FACT_COUNTS: "number of facts of each type",
}

#: What each column of ``facts.parquet`` / ``facts.csv`` holds.
FACT_COLUMN_DOCS: dict[str, str] = {
    "article_id": "the article's id (joins articles.article_id: one article per fact)",
    "path": "as in articles",
    "offset": "as in articles",
    "title": "the article's title",
    "published": "the article's publication time (as in articles)",
    "published_text": "as in articles",
    "published_precision": "as in articles",
    "type": "quantity, target, cluster, official, document, organization, date, event, campaign",
    "text": "the fact's exact text: line `paragraph` of the body, from `start` to `end`",
    "paragraph": "index of the body paragraph",
    "start": "start of the text in the paragraph (characters)",
    "end": "end of the text in the paragraph (characters, exclusive)",
    "rule": "the rule that found the fact",
    "value": "quantity: the number (万/亿 folded in)",
    "value_text": "quantity: the same number as exact decimal text (integers above 2^53 exact)",
    "unit": "quantity: canonical unit",
    "unit_text": "quantity: the unit as written",
    "subject": "quantity: what is counted or measured",
    "qualifier": "quantity: exact, over, under, about…",
    "deadline": "target: the year or date to reach it by",
    "action": "target or document: the verb (达到, 印发…)",
    "label": "target: its label",
    "items": "target: its items as a JSON array",
    "name": "official, cluster, organisation, event or campaign name",
    "fact_title": "official's post, document's title",
    "organization": "official's organisation",
    "organizer": "event's organiser",
    "place": "cluster's place",
    "industry": "cluster's industry",
    "level": "cluster's level",
    "date": "date fact's value, event's or document's date: ISO 8601 date, month, year or "
    "interval (2024-01/2024-04)",
    "first_day": "first day of `date`",
    "last_day": "last day of `date`",
}


def configs(formats: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
    """(config name, data file, loader options) of each table the formats give."""
    csv = {"encoding": "utf-8-sig", "keep_default_na": False, "na_values": [""]}
    if "parquet" in formats:
        return [("articles", "articles.parquet", {}), ("facts", "facts.parquet", {})]
    if "csv" in formats:
        return [("articles", "articles.csv", csv), ("facts", "facts.csv", csv)]
    return [("articles", "articles.jsonl", {})]


def write_card(folder: Path, manifest: dict[str, Any]) -> None:
    (folder / "README.md").write_text(card(manifest), encoding="utf-8")


def card(manifest: dict[str, Any]) -> str:
    formats = manifest["options"]["formats"]
    counts = manifest["counts"]
    lines = ["---", "pretty_name: Chinese policy news (policyextract)", "language:", "- zh"]
    lines.append("configs:")
    for i, (name, file, options) in enumerate(configs(formats)):
        lines += [f"- config_name: {name}", f"  data_files: {file}"]
        lines += [f"  {key}: {_yaml(value)}" for key, value in options.items()]
        if i == 0:
            lines.append("  default: true")
    lines += ["---", "", "# Chinese policy news: articles and facts", ""]
    lines += [
        f"Made by policyextract {manifest['policyextract']} (record schema "
        f"{manifest['schema_version']}), with:",
        "",
        "```",
        command(manifest),
        "```",
        "",
        "(`OUTDIR` is this folder; `manifest.json` lists the inputs, options, versions and run "
        "times, and each file of the set with its sha256.)",
        "",
        "## Counts",
        "",
        "| | |",
        "| --- | --- |",
        f"| pages | {counts['pages']} |",
        f"| articles (records) | {counts['ok']} |",
        f"| failed pages (`errors.jsonl`) | {counts['failed']} |",
        f"| facts | {sum(counts['facts'].values())} |",
        *(f"| facts: {kind} | {n} |" for kind, n in counts["facts"].items()),
        f"| exact duplicates (`duplicate_of` set) | {counts['duplicates']} |",
        f"| stories (groups of reprints, single articles included) | {counts['stories']} |",
        "",
        "## Files",
        "",
        *_files(formats),
        "",
        "## Loading",
        "",
        "```python",
        *_recipes(formats),
        "```",
        "",
        "## Identity, duplicates, reprints",
        "",
        "`article_id` is unique in this folder (facts join articles on it one to one) and "
        "stays the same when the same inputs are given again the same way. `duplicate_of` "
        "names the first article (in file order) with identical page bytes; `story_id` groups "
        f"reprints: {manifest['dedupe']['method']}; an article joins the story of the most "
        "similar earlier article at an estimated Jaccard similarity of at least "
        f"{manifest['dedupe']['threshold']:g} (`--dedupe-threshold`).",
        "",
    ]
    if "parquet" in formats or "csv" in formats:
        lines += _columns("articles", ARTICLE_SCHEMA, ARTICLE_COLUMN_DOCS)
        lines += _columns("facts", FACT_SCHEMA, FACT_COLUMN_DOCS)
    return "\n".join(lines)


def command(manifest: dict[str, Any]) -> str:
    """The ``policyextract batch`` command line that makes this set (``-o OUTDIR``)."""
    options = manifest["options"]
    inputs = manifest["inputs"]
    shown = [shlex.quote(i) for i in inputs[:10]]
    if len(inputs) > 10:
        shown.append(f"… ({len(inputs)} inputs in all, listed in manifest.json)")
    parts = ["policyextract", "batch", *shown, "-o", "OUTDIR"]
    if options["formats"] != list(FORMATS):
        parts += ["--formats", ",".join(options["formats"])]
    for pattern in manifest.get("glob") or []:
        parts += ["--glob", shlex.quote(pattern)]
    if options["input_format"] != "auto":
        parts += ["--input-format", options["input_format"]]
    if options["tokens"]:
        parts.append("--tokens")
    for file in options["lexicons"]:
        parts += ["--lexicon", shlex.quote(file)]
    if options["timeout"] != TIMEOUT_SECONDS:
        parts += ["--timeout", f"{options['timeout'] or 0:g}"]
    if options["max_page_size"] != MAX_PAGE_BYTES:
        parts += ["--max-page-size", str(options["max_page_size"])]
    if options["urls"]:
        parts += ["--urls", shlex.quote(options["urls"])]
    if manifest["dedupe"]["threshold"] != DEFAULT_THRESHOLD:
        parts += ["--dedupe-threshold", f"{manifest['dedupe']['threshold']:g}"]
    return " ".join(parts)


def _files(formats: list[str]) -> list[str]:
    found = ["| file | content |", "| --- | --- |"]
    if "jsonl" in formats:
        found.append(
            "| `articles.jsonl` | one record per article, the whole record (schema: "
            "policyextract's `schema/record.schema.json`) |"
        )
    found.append("| `errors.jsonl` | one line per failed page: path, offset, reason, stage |")
    if "csv" in formats:
        found.append("| `articles.csv`, `facts.csv` | the two tables below, for spreadsheets |")
    if "parquet" in formats:
        found.append("| `articles.parquet`, `facts.parquet` | the two tables below, typed |")
    found.append("| `manifest.json` | inputs, options, counts, versions, the files' sha256 |")
    return found


def _recipes(formats: list[str]) -> list[str]:
    found = ["import pandas as pd"] if "parquet" in formats or "csv" in formats else []
    if "parquet" in formats:
        found += [
            'articles = pd.read_parquet("articles.parquet")  # published: datetime64[us, '
            "Asia/Shanghai]",
            'facts = pd.read_parquet("facts.parquet")',
            'facts.merge(articles[["article_id", "story_id"]], on="article_id")  # a row a fact',
        ]
    if "csv" in formats:
        found += [
            "# keep_default_na=False: the texts NA, null, NaN stay text; only empty cells are null",
            'facts = pd.read_csv("facts.csv", encoding="utf-8-sig", keep_default_na=False,',
            '                    na_values=[""], dtype={"value_text": str})',
        ]
    found += [
        "import datasets",
        'articles = datasets.load_dataset("OUTDIR", "articles")["train"]',
    ]
    return found


def _columns(name: str, schema: Any, docs: dict[str, str]) -> list[str]:
    found = [f"## Columns of `{name}`", "", "| column | type | meaning |", "| --- | --- | --- |"]
    for field in schema:
        if field.name.startswith("facts_"):
            if field.name == "facts_quantity":
                found.append(f"| `{_FACT_COUNTS}` | int32 | {docs[_FACT_COUNTS]} |")
            continue
        found.append(f"| `{field.name}` | {field.type} | {docs[field.name]} |")
    return [*found, ""]


def _yaml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    return f'"{value}"' if isinstance(value, str) else str(value)
