"""The ``batch`` sub-command's options: light, so that ``policyextract extract`` builds its
argument parser without importing the batch machinery (multiprocessing, datasets, Parquet).
:mod:`policyextract.batch` runs the command."""

from __future__ import annotations

import argparse

from .dedupe import DEFAULT_THRESHOLD

#: Default ``--retries``: each timed-out or crashed page gets two more tries over later resumes.
RETRIES = 2
FORMATS = ("jsonl", "csv", "parquet")
#: Default per-page time limit: the realworld pages take < 1 s each; 30 s only catches the stuck.
TIMEOUT_SECONDS = 30.0


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """The ``batch`` sub-command's own options (cli.py adds --input-format/--tokens/--lexicon)."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="page files, folders (searched recursively; symlinks inside are not followed), "
        "or - to read paths from stdin",
    )
    parser.add_argument("-o", "--outdir", required=True, metavar="OUTDIR", help="output folder")
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (default: CPU count)"
    )
    parser.add_argument(
        "--formats",
        default=",".join(FORMATS),
        help="comma-separated subset of jsonl,csv,parquet (default: all)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip pages already done by an earlier run; retry timed-out and crashed pages",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=RETRIES,
        metavar="N",
        help=f"times --resume retries a timed-out or crashed page (default: {RETRIES}; 0: never)",
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        action="append",
        help="file-name pattern for folders, may be repeated (default: *.html *.htm *.shtml "
        "*.xhtml *.txt, and files with no or a dynamic suffix that look like pages)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"per-page time limit, 0 for none (default: {TIMEOUT_SECONDS:g})",
    )
    parser.add_argument(
        "--urls",
        metavar="FILE",
        help="the pages' original URLs: a TSV or CSV file of path and URL per line (relative "
        "paths are taken from the file's folder); they fill metadata.url",
    )
    parser.add_argument(
        "--dedupe-threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="J",
        help="least estimated Jaccard similarity of two bodies' shingles for the later record to "
        f"join the earlier one's story (story_id; default: {DEFAULT_THRESHOLD:g})",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'",
    )
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print nothing but usage errors")
    talk.add_argument("-v", "--verbose", action="store_true", help="print each failed page")


def run_command(args: argparse.Namespace) -> int:
    """Run ``batch`` (:func:`policyextract.batch.run_command`)."""
    from .batch import run_command as run

    return run(args)


def parse_size(text: str) -> int:
    """``--max-page-size``: bytes, or with a K/M/G suffix (binary units: 16M = 16 MiB)."""
    units = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}
    number, unit = text.strip().upper().removesuffix("IB").removesuffix("B"), ""
    if number and number[-1] in "KMG":
        number, unit = number[:-1], number[-1]
    try:
        size = int(float(number) * units[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 32M)") from None
    if size < 1:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 32M)")
    return size
