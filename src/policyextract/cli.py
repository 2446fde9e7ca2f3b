"""Command line: ``policyextract extract PATH…`` (and the other sub-commands)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from . import __version__, batch_cli
from .errors import ExtractionError
from .files import MAX_PAGE_BYTES, display_path, read_page_file


def main(argv: Sequence[str] | None = None) -> int:
    """The ``policyextract`` command. Ctrl-C anywhere prints one line and exits with 130."""
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return 2
        result: int = args.run(args)
        return result
    except KeyboardInterrupt:
        print("policyextract: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyextract",
        description="Chinese policy-news pages → clean, structured, verifiable data.",
    )
    parser.add_argument("--version", action="version", version=f"policyextract {__version__}")
    sub = parser.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="extract pages into JSON records")
    ex.add_argument(
        "paths", nargs="+", metavar="PATH", help="saved HTML pages or text dumps; - reads stdin"
    )
    ex.add_argument(
        "--format",
        choices=["json", "jsonl"],
        help="json: pretty object (default for one path); jsonl: one object per line "
        "(default for several)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument(
        "--url",
        metavar="URL",
        help="the page's original URL (one PATH only): fills metadata.url; "
        "for many pages use batch --urls FILE",
    )
    _common(ex)
    ex.set_defaults(run=_run_extract)

    bt = sub.add_parser(
        "batch", help="extract many pages into a dataset folder (JSONL, CSV, Parquet)"
    )
    batch_cli.configure_parser(bt)
    _common(bt)
    bt.set_defaults(run=batch_cli.run_command)

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
    parser.add_argument(
        "--max-page-size",
        type=batch_cli.parse_size,
        default=MAX_PAGE_BYTES,
        metavar="SIZE",
        help="largest page read, in bytes or with K/M/G (default: 16M)",
    )


def _apply_lexicons(files: list[str]) -> None:
    if files:
        from .lexicon_user import load_user_lexicon

        for file in files:
            load_user_lexicon(file)


def _run_extract(args: argparse.Namespace) -> int:
    """``extract PATH…``: each PATH is a file (whatever its name: never taken as page text) or
    ``-`` for stdin. An ``-o`` that is also an input is refused before anything is opened."""
    if args.url is not None:
        from .urlmap import is_web_url

        problem = None
        if len(args.paths) > 1:
            problem = "--url is the URL of one page; for many, use batch --urls FILE"
        elif not is_web_url(args.url):
            problem = f"--url {args.url!r} is not an http(s) URL"
        if problem:
            print(f"policyextract: {problem}", file=sys.stderr)
            return 2
    if args.output:
        clash = next((p for p in args.paths if p != "-" and _same_file(p, args.output)), None)
        if clash is not None:
            print(
                f"policyextract: -o {_shown(args.output)} is also an input; "
                "choose another output file",
                file=sys.stderr,
            )
            return 2
    try:
        _apply_lexicons(args.lexicon)
    except ExtractionError as err:
        print(f"policyextract: {err.reason}", file=sys.stderr)
        return 2
    fmt = args.format or ("json" if len(args.paths) == 1 else "jsonl")
    try:
        out: TextIO = (
            open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            if args.output
            else sys.stdout
        )
    except OSError as err:
        print(f"policyextract: {_shown(args.output)}: {err.strerror or err}", file=sys.stderr)
        return 2
    failed = 0
    stdin: bytes | None = None
    try:
        for path in args.paths:
            try:
                if path == "-":
                    if stdin is None:
                        stdin = _read_stdin(args.max_page_size)
                    data, name = stdin, None
                else:
                    data, name = _read_input(path, args.max_page_size), path
                from .pipeline import extract_record

                record = extract_record(
                    data,
                    name=name,
                    input_format=args.input_format,
                    tokens=args.tokens,
                    max_page_bytes=args.max_page_size,
                    url=args.url,
                ).model_dump(mode="json")
                text = _dump(record, fmt)
            except ExtractionError as err:
                failed += 1
                print(f"policyextract: {_shown(path)}: {err.reason}", file=sys.stderr)
                continue
            except Exception as err:  # a bug must not cost the other inputs their records
                failed += 1
                print(f"policyextract: {_shown(path)}: internal error: {err!r}", file=sys.stderr)
                continue
            out.write(text)
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _read_input(path: str, max_bytes: int) -> bytes:
    """The bytes of a command-line input, with the reason it cannot be read as a page."""
    if not os.path.lexists(path) and _URL.match(path):
        raise ExtractionError("URLs are not fetched: save the page and pass the file")
    if os.path.isdir(path):
        raise ExtractionError(
            "is a folder: use `policyextract batch FOLDER -o OUTDIR` for folders of pages"
        )
    from .archives import NOT_ONE_PAGE, is_warc_name

    if is_warc_name(path) and os.path.isfile(path):  # said before a big archive hits the cap
        raise ExtractionError(NOT_ONE_PAGE)
    return read_page_file(path, max_bytes)


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        from .files import too_large

        raise ExtractionError(too_large(len(data), max_bytes))
    return data


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _shown(path: str) -> str:
    """A path for a message: bytes that are not UTF-8 shown as ``\\xb2``."""
    return display_path(path)


# Lone surrogates: the bytes of a file name that are not UTF-8, as Python holds them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _dump(record: dict[str, Any], fmt: str) -> str:
    """The record as JSON; a file name's bytes that are not UTF-8 (lone surrogates in Python's
    ``surrogateescape`` form) are written as ``\\udcXX`` escapes, so the output stays valid
    UTF-8 and ``os.fsencode(json.loads(line)["source"]["path"])`` gives the name's bytes back."""
    from .jsonsafe import dumps  # NaN and infinity as null: strict JSON

    if fmt == "json":
        text = dumps(record, indent=2) + "\n"
    else:
        text = dumps(record, separators=(",", ":")) + "\n"
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
    rp.add_argument(
        "--layout",
        choices=("auto", "file", "folder"),
        default="auto",
        help="one self-contained file, or FILE plus a data folder NAME_files beside it "
        "(auto: a folder past 3 MB)",
    )
    rp.set_defaults(run=_run_report)
    xp = sub.add_parser("export", help="export records for other tools")
    xp.add_argument("path", metavar="OUTDIR", help="a batch folder or a record JSON/JSONL file")
    xp.add_argument(
        "--spacy", metavar="FILE", required=True, help="write a spaCy DocBin (needs [spacy] extra)"
    )
    xp.set_defaults(run=_run_export)


def _run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .report import save_report

    def write(loaded: Any) -> str:
        written = save_report(
            loaded.records,
            args.output,
            layout=args.layout,
            title=f"policyextract report: {Path(args.path).name}",
            problems=loaded.problems,
            failures=loaded.failures,
        )
        done = f"{written.articles} records → {args.output}"
        if written.folder is not None:
            done += f" and {written.files} data files in {written.folder}"
        return done

    return _over_records(args.path, write, stream=True)


def _run_export(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    if find_spec("spacy") is None:
        print(
            "policyextract: spaCy is missing: pip install -e '.[spacy]' (in the checkout)",
            file=sys.stderr,
        )
        return 2

    def write(loaded: Any) -> str:
        from .spacy_export import export_docbin

        return f"{export_docbin(loaded.records, args.spacy)} docs → {args.spacy}"

    return _over_records(args.path, write)


def _over_records(path: str, write: Callable[[Any], str], *, stream: bool = False) -> int:
    """Load the records at ``path`` and hand them to ``write``, which says what it wrote.

    With ``stream``, ``write`` gets them as an iterator, read as it goes. Inputs that could not
    be read are reported one line each; the exit status is 1 if any.
    """
    from .dataset import load_records, stream_records

    try:
        loaded = stream_records(path) if stream else load_records(path)
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
