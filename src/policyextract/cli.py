"""Command line: ``policyextract extract PATH…`` (and the other sub-commands)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from . import __version__, batch
from .errors import ExtractionError
from .pipeline import extract


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    result: int = args.run(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyextract",
        description="Chinese policy-news pages → clean, structured, verifiable data.",
    )
    parser.add_argument("--version", action="version", version=f"policyextract {__version__}")
    sub = parser.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="extract pages into JSON records")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="saved HTML pages or text dumps")
    ex.add_argument(
        "--format",
        choices=["json", "jsonl"],
        help="json: pretty object (default for one path); jsonl: one object per line "
        "(default for several)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _common(ex)
    ex.set_defaults(run=_run_extract)

    bt = sub.add_parser(
        "batch", help="extract many pages into a dataset folder (JSONL, CSV, Parquet)"
    )
    batch.configure_parser(bt)
    _common(bt)
    bt.set_defaults(run=batch.run_command)

    sc = sub.add_parser("schema", help="print the JSON Schema of the record")
    sc.set_defaults(run=_run_schema)
    _add_report_commands(sub)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--input-format",
        choices=["auto", "html", "text"],
        default="auto",
        help="how to read inputs (default: decided from the content)",
    )
    parser.add_argument(
        "--tokens", action="store_true", help="add per-paragraph [word, POS] tokens to records"
    )
    parser.add_argument(
        "--lexicon",
        metavar="FILE",
        action="append",
        default=[],
        help="extra lexicon file (see README); may be repeated",
    )


def _apply_lexicons(files: list[str]) -> None:
    if files:
        from .lexicon_user import load_user_lexicon

        for file in files:
            load_user_lexicon(file)


def _run_extract(args: argparse.Namespace) -> int:
    try:
        _apply_lexicons(args.lexicon)
    except ExtractionError as err:
        print(f"policyextract: {err.reason}", file=sys.stderr)
        return 2
    fmt = args.format or ("json" if len(args.paths) == 1 else "jsonl")
    out: TextIO = (
        open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        if args.output
        else sys.stdout
    )
    failed = 0
    try:
        for path in args.paths:
            try:
                record = extract(path, input_format=args.input_format, tokens=args.tokens)
                text = _dump(record, fmt)
            except ExtractionError as err:
                failed += 1
                print(f"policyextract: {path}: {err.reason}", file=sys.stderr)
                continue
            except Exception as err:  # a bug must not cost the other inputs their records
                failed += 1
                print(f"policyextract: {path}: internal error: {err!r}", file=sys.stderr)
                continue
            out.write(text)
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _dump(record: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _run_schema(args: argparse.Namespace) -> int:
    from .record import schema_json

    sys.stdout.write(schema_json())
    return 0


def _add_report_commands(sub: Any) -> None:
    """The ``report`` and ``export`` sub-commands (records → HTML page, records → spaCy DocBin)."""
    rp = sub.add_parser("report", help="an HTML page showing records with their facts highlighted")
    rp.add_argument(
        "path", metavar="PATH|OUTDIR", help="a record JSON/JSONL file, a saved page, a batch folder"
    )
    rp.add_argument("-o", "--output", metavar="FILE", required=True, help="the HTML file to write")
    rp.set_defaults(run=_run_report)
    xp = sub.add_parser("export", help="export records for other tools")
    xp.add_argument("path", metavar="OUTDIR", help="a batch folder or a record JSON/JSONL file")
    xp.add_argument(
        "--spacy", metavar="FILE", required=True, help="write a spaCy DocBin (needs [spacy] extra)"
    )
    xp.set_defaults(run=_run_export)


def _run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .report import render_report, write_report

    def write(loaded: Any) -> str:
        page = render_report(
            loaded.records,
            title=f"policyextract report: {Path(args.path).name}",
            problems=loaded.problems,
            failures=loaded.failures,
        )
        write_report(page, args.output)
        return f"{len(loaded.records)} records → {args.output}"

    return _over_records(args.path, write)


def _run_export(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    if find_spec("spacy") is None:
        print(
            "policyextract: spaCy is missing: pip install 'policyextract[spacy]'", file=sys.stderr
        )
        return 2

    def write(loaded: Any) -> str:
        from .spacy_export import export_docbin

        return f"{export_docbin(loaded.records, args.spacy)} docs → {args.spacy}"

    return _over_records(args.path, write)


def _over_records(path: str, write: Callable[[Any], str]) -> int:
    """Load the records at ``path`` and hand them to ``write``, which says what it wrote.

    Inputs that could not be read are reported one line each; the exit status is 1 if any.
    """
    from .report import load_records

    try:
        loaded = load_records(path)
        done = write(loaded)
    except ExtractionError as err:
        print(f"policyextract: {path}: {err.reason}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"policyextract: {err.filename or path}: {err.strerror or err}", file=sys.stderr)
        return 1
    for problem in loaded.problems:
        print(f"policyextract: skipped {problem}", file=sys.stderr)
    print(f"policyextract: {done}", file=sys.stderr)
    return 1 if loaded.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
