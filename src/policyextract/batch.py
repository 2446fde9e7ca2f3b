"""``policyextract batch``: many pages → one dataset folder, exactly once per input, resumable.

How a batch runs:

1. The inputs (files, folders walked iteratively, ``-`` for paths on stdin) become one sorted
   list of page paths (:func:`discover`: page names, and names that say nothing sniffed by
   their first bytes; skipped files counted by reason). Symlinks met inside a folder are not
   followed (neither to files nor to folders): a link loop or a link out of the tree cannot blow
   up a batch; name a linked file on the command line to include it. OUTDIR is never walked.
   OUTDIR is locked (:class:`OutdirLock`) for the whole run. A WARC file stands for its pages:
   it is indexed once here (:func:`policyextract.archives.scan_warc`) and each page becomes a
   work item of its own, a *page key* naming the archive and the record's offset, which the
   scheduler, the journal and ``--resume`` treat as any page path.
2. Pages are extracted by worker processes that this module manages itself (not a
   ``multiprocessing.Pool``), forked from a forkserver that has loaded jieba and warmed the
   pipeline once (:mod:`policyextract._forkserver_warm`; spawn where there is no fork); each
   worker loads the ``--lexicon`` files once, then holds up to :data:`QUEUE_PAGES` pages, sent in
   chunks, so that it goes on while the parent is busy. A page that runs past the time limit
   (counted per page) gets its worker killed and replaced, and becomes an error row (stage
   ``timeout``); a worker that dies (segfault, OOM) turns its page into an error row (stage
   ``crash``); the pages queued behind it go to another worker. Killing is the only limit that
   also stops a page stuck inside C code (lxml, regex), which ``signal.alarm`` cannot interrupt.
3. Each finished page is appended to a journal, ``OUTDIR/.work/journal.jsonl`` (flushed per page,
   so it survives a killed process; fsync'd at most every :data:`FSYNC_SECONDS`). ``--resume``
   reads it back and skips every page whose path and content hash (sha256) are already in it,
   except timed-out and crashed pages, retried up to ``--retries`` times
   (:meth:`Journal.must_redo`). Pages are read by :func:`policyextract.files.read_page_file`:
   regular files only, size checked before a bounded read.
4. When every page has one journal entry, the dataset files are rebuilt from the journal in
   sorted path order into a new set folder, each record given its dataset keys on the way
   (``article_id``, ``duplicate_of``, ``story_id``, ``story_similarity``:
   :mod:`policyextract.dedupe`), and the set is published whole by one rename
   (:mod:`policyextract.folder`). The outputs therefore depend only on the inputs and the
   options, never on the number of workers, the scheduler or interruptions.
5. The journal is then rewritten to hold only what ``--resume`` needs: per page its key, content
   hash and the place of its record in ``articles.jsonl`` (byte offset, length, sha256 of the
   line), or its error. ``--resume`` reads such records back from there, checking each line's
   hash (a line that does not match is extracted again). Without ``jsonl`` among the formats the
   journal keeps the records themselves. A run without ``--resume`` starts a fresh journal.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import stat
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from fnmatch import fnmatch
from multiprocessing import connection, get_all_start_methods, get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TextIO

from . import __version__
from .archives import (
    MHTML_SUFFIXES,
    WARC_SUFFIXES,
    is_warc,
    is_warc_name,
    page_key,
    read_warc_page,
    scan_warc,
    shown_key,
    split_key,
)
from .batch_cli import FORMATS, RETRIES, TIMEOUT_SECONDS
from .dedupe import DEFAULT_THRESHOLD, METHOD, check_threshold
from .errors import ExtractionError
from .files import MAX_PAGE_BYTES, SNIFF_BYTES, display_path, read_page_file, sniff
from .folder import CURRENT, NAMES, SETS, fsync_dir
from .jsonsafe import dumps

if TYPE_CHECKING:
    from .reader import InputFormat

#: Page file suffixes taken from input folders whatever their content (``--glob`` replaces this).
SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt")
#: Archive suffixes taken from input folders: WARC files (many pages each) and MHTML (one page).
ARCHIVE_SUFFIXES = (*WARC_SUFFIXES, *MHTML_SUFFIXES)
#: Suffixes of dynamic pages as crawlers save them (``article.jsp``, ``show.php``): such files, and
#: files with no suffix, a numeric one (``index.html.1``) or a query in the name (``a?id=3``),
#: are taken when their first bytes look like a page (:func:`policyextract.files.sniff`).
SNIFFED_SUFFIXES = (
    ".jsp", ".jspx", ".php", ".asp", ".aspx", ".do", ".action", ".cgi", ".htmls", ".shtm",
)  # fmt: skip
#: Failed pages that ``--resume`` extracts again (up to ``--retries`` times): the failure may not
#: come from the page (a worker killed from outside, out of memory, a busy machine).
RETRIED_STAGES = ("timeout", "crash")
#: OUTDIR's lock file: held (``flock``) by the batch writing the folder.
LOCK_NAME = ".policyextract.lock"
#: Journal fsync interval: a flush per page already survives a killed process; fsync covers power
#: loss at a cost of ~1–5 ms each, so once a second keeps it off the per-page budget.
FSYNC_SECONDS = 1.0
#: Progress bar redraw interval: often enough to look alive, rarely enough to cost nothing.
PROGRESS_SECONDS = 0.2
#: Seconds a worker gets to exit after being told to stop before it is killed.
_STOP_GRACE = 2.0
#: Pages a local worker holds at once: the one it runs and the next ones, waiting in its pipe. A
#: worker that finishes a page starts the next at once instead of waiting for the parent to read
#: the result and send another, which on a loaded machine can take longer than a page (~15 ms).
#: Small, so that the last pages spread over the workers and a killed worker has few to give back.
QUEUE_PAGES = 3

ExtractFn = Callable[..., dict[str, Any]]
Entry = dict[str, Any]


class Done(NamedTuple):
    """A finished page as the journal takes it: the entry already serialised (by the worker, so
    that the parent only copies bytes) with what the parent needs to know about it."""

    path: str
    sha256: str | None
    error: dict[str, str] | None
    line: bytes

    @classmethod
    def of(cls, entry: Entry) -> Done:
        path = entry["path"]
        shown = display_path(path)
        line = (_dumps(entry if shown == path else {**entry, "path": shown}) + "\n").encode()
        return cls(entry_key(entry), entry["sha256"], entry.get("error"), line)

    @property
    def retryable(self) -> bool:
        return self.error is not None and self.error.get("stage") in RETRIED_STAGES


def entry_key(entry: Entry) -> str:
    """The work item an entry is the result of: its path, or for a page inside a WARC file the
    page key of the archive's path and the record's offset."""
    offset = entry.get("offset")
    return entry["path"] if offset is None else page_key(entry["path"], offset)


def _dumps(obj: Any) -> str:
    return dumps(obj, separators=(",", ":"))  # NaN and infinity as null: strict JSON


# In a journal line ``{"path":…,"sha256":…,"record":{…}}`` the record's own JSON text starts after
# this key (it cannot occur earlier: a quote inside the path string is escaped) and ends before
# the closing ``}\n``: it is copied to articles.jsonl as is, not decoded and encoded again.
_RECORD_KEY = b',"record":'
# The orders process_page makes (else: re-encoded); a page inside a WARC file has its offset.
_RECORD_ENTRIES = (["path", "sha256", "record"], ["path", "offset", "sha256", "record"])


def _record_text(line: bytes) -> str:
    return line[line.index(_RECORD_KEY) + len(_RECORD_KEY) : -2].decode()


class UsageError(Exception):
    """Bad command-line usage (exit status 2)."""


@dataclass(frozen=True)
class Options:
    """What decides a page's record: a resumed run must use the same options."""

    input_format: InputFormat = "auto"
    tokens: bool = False
    lexicons: tuple[str, ...] = ()
    timeout: float | None = TIMEOUT_SECONDS
    max_page_size: int = MAX_PAGE_BYTES
    #: ``--urls FILE`` (absolute) and the sha256 of its bytes: the pages' original URLs.
    urls: str | None = None
    urls_sha256: str | None = None

    def fingerprint(self) -> dict[str, Any]:
        return {**asdict(self), "lexicons": list(self.lexicons)}

    def record_fingerprint(self) -> dict[str, Any]:
        """The options that change a page's record (the time limit does not: it only decides
        whether a page finishes, and ``--resume`` retries timed-out pages)."""
        found = self.fingerprint()
        del found["timeout"]
        return found


@dataclass
class Summary:
    """The outcome of :func:`run_batch`; ``manifest`` is what ``manifest.json`` holds."""

    pages: int
    ok: int
    failed: int
    skipped: int
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0


# --------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Inputs:
    """The pages named by the command line, the files met in its folders that were not taken,
    by reason (``{"a PDF file": ["in/a.pdf"], …}``), and the records of its WARC files that are
    not pages, by reason (``{"WARC request record": ["crawl.warc.gz@0"], …}``).

    ``paths`` are work items: page files, and for each page inside a WARC file its page key
    (:func:`policyextract.archives.page_key`).
    """

    paths: list[str]
    skipped: dict[str, list[str]] = field(default_factory=dict)
    skipped_records: dict[str, list[str]] = field(default_factory=dict)

    def skipped_counts(self) -> dict[str, int]:
        return _counts(self.skipped)

    def skipped_record_counts(self) -> dict[str, int]:
        return _counts(self.skipped_records)

    def skipped_summary(self) -> str:
        """``"3 files (2 a PDF file, 1 binary content)"`` and ``"2 WARC records (…)"`` (empty
        when nothing was skipped)."""
        found = [
            _summary(self.skipped_counts(), "file"),
            _summary(self.skipped_record_counts(), "WARC record"),
        ]
        return "; ".join(part for part in found if part)


def _counts(skipped: dict[str, list[str]]) -> dict[str, int]:
    return {reason: len(found) for reason, found in sorted(skipped.items())}


def _summary(counts: dict[str, int], noun: str) -> str:
    if not counts:
        return ""
    total = sum(counts.values())
    parts = ", ".join(f"{n} {reason}" for reason, n in counts.items())
    return f"{total} {noun}{'s' if total != 1 else ''} ({parts})"


def collect_inputs(
    inputs: Sequence[str],
    *,
    glob: str | Sequence[str] | None = None,
    stdin: TextIO | None = None,
    exclude: str | os.PathLike[str] | None = None,
) -> list[str]:
    """The sorted, de-duplicated page paths named by ``inputs`` (see :func:`discover`)."""
    return discover(inputs, glob=glob, stdin=stdin, exclude=exclude).paths


def discover(
    inputs: Sequence[str],
    *,
    glob: str | Sequence[str] | None = None,
    stdin: TextIO | None = None,
    exclude: str | os.PathLike[str] | None = None,
) -> Inputs:
    """The sorted, de-duplicated page paths named by ``inputs``, with what was skipped and why.

    A file is taken whatever its name; ``-`` reads one path per line from ``stdin``; a folder is
    walked (iteratively: any depth) for pages: names ending in :data:`SUFFIXES` are taken;
    names that do not say what the file is (:data:`SNIFFED_SUFFIXES`, no suffix, a numeric one,
    a query part) are taken when their first bytes look like HTML or text, and skipped as binary
    otherwise; other names are skipped as "not a page name". With ``glob`` (one pattern or
    several), the names matching any pattern are taken instead, and nothing is sniffed. Files
    that are not regular (FIFO, device, socket) are taken when their name qualifies, so that each
    becomes an error row; they are never opened here. Symlinks inside folders are not followed.
    The folder ``exclude`` (the batch's OUTDIR) is not walked when met inside an input folder;
    when it is itself an input folder only the batch's own files in it are left out.

    A missing command-line input is a :class:`UsageError`; a missing path read from stdin
    becomes an error row.
    """
    globs = [glob] if isinstance(glob, str) else list(glob or ())
    found = Inputs([])
    paths: set[str] = set()
    outdir = _identity(exclude) if exclude is not None else None
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin
            paths.update(os.path.normpath(line.strip()) for line in stream if line.strip())
        elif os.path.isdir(item):
            paths.update(_walk(item, globs, outdir, found.skipped))
        elif os.path.lexists(item):
            paths.add(os.path.normpath(item))
        else:
            raise UsageError(f"{item}: no such file or folder")
    found.paths = sorted(_expand_archives(paths, found))
    return found


def _expand_archives(paths: Iterable[str], found: Inputs) -> Iterator[str]:
    """Each WARC file among ``paths`` as the page keys of its pages, its other records counted
    in ``found.skipped_records``; every other path as it is (an MHTML file is one page).

    A WARC file is told by its name, or by its first bytes when its name is not a page's. One
    that cannot be opened stays a path, whose read gives the error row.
    """
    for path in paths:
        if not _is_warc_file(path):
            yield path
            continue
        try:
            scan = scan_warc(path)
        except ExtractionError:
            yield path
            continue
        for offset, why in scan.skipped:
            found.skipped_records.setdefault(why, []).append(shown_key(page_key(path, offset)))
        if not scan.pages and not scan.skipped:
            found.skipped.setdefault("a WARC file without records", []).append(path)
        yield from (page_key(path, offset) for offset in scan.pages)


def _is_warc_file(path: str) -> bool:
    lower = path.lower()
    if not is_warc_name(lower) and lower.endswith((*SUFFIXES, *MHTML_SUFFIXES)):
        return False
    head = _head(path)
    if head is None:
        return False  # not a regular file, or unreadable: its read gives the error row
    return is_warc_name(lower) or is_warc(head)


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _is_own_file(name: str) -> bool:
    """A file the batch writes in OUTDIR (its dataset files, their temporary names, the journal,
    the lock)."""
    return name in (".work", LOCK_NAME, SETS, CURRENT, *NAMES) or (
        name.startswith(".") and name.endswith(".tmp")
    )


def _walk(
    folder: str,
    globs: Sequence[str],
    outdir: tuple[int, int] | None,
    skipped: dict[str, list[str]],
) -> Iterator[str]:
    # An explicit stack, not recursion: a tree 1,000 folders deep is walked like a flat one.
    stack = [os.path.normpath(folder)]
    top = True
    while stack:
        current = stack.pop()
        own = False
        if outdir is not None and _identity(current) == outdir:
            if not top:
                continue  # OUTDIR inside an input folder: the batch never reads its own files
            own = True
        top = False
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name, reverse=True)
        except OSError as err:
            skipped.setdefault(f"folder not readable ({err.strerror})", []).append(current)
            continue
        for entry in entries:
            path = os.path.normpath(entry.path)
            if own and _is_own_file(entry.name):
                continue
            try:
                if entry.is_symlink():
                    skipped.setdefault("symbolic link (not followed)", []).append(path)
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(path)
                    continue
                regular = entry.is_file(follow_symlinks=False)
            except OSError:
                regular = False
            why = _why_not_taken(entry.name, path, globs, regular)
            if why is None:
                yield path
            else:
                skipped.setdefault(why, []).append(path)


def _why_not_taken(name: str, path: str, globs: Sequence[str], regular: bool) -> str | None:
    """``None`` when a file met in a folder is a page to extract, else why it is skipped."""
    if globs:
        return None if any(fnmatch(name, g) for g in globs) else "not matching --glob"
    lower = name.lower()
    if lower.endswith((*SUFFIXES, *ARCHIVE_SUFFIXES)):
        return None
    bare, query, _ = lower.partition("?")
    suffix = os.path.splitext(bare)[1]
    unnamed = not suffix or suffix[1:].isdigit() or suffix in SNIFFED_SUFFIXES
    if not (unnamed or query or bare.endswith(SUFFIXES)):
        return f"not a page name (*{suffix})"
    if not regular:
        return None  # a FIFO, device or socket: its read gives an error row, never a hang
    return _sniff_file(path)


def _sniff_file(path: str) -> str | None:
    head = _head(path)
    if head is None:
        return None  # unreadable or not a regular file: the page's read gives the error row
    return None if is_warc(head) else sniff(head)


def _head(path: str) -> bytes | None:
    """The first bytes of a regular file (``None`` for anything else: never opened blocking)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, SNIFF_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


# --------------------------------------------------------------------------------------------
# One page, in whatever process runs it


_LOADED_LEXICONS: set[str] = set()
_WARM = False
# A made-up page run once per process so that every table the pipeline loads lazily (jieba's
# dictionary, tag and IDF tables, gazetteers) is loaded before the first real page and its clock.
_WARM_UP_PAGE = (
    "<html><head><title>某市召开工作会议</title></head><body><h1>某市召开工作会议</h1>"
    "<p>2024年5月6日，某市人民政府召开工作会议。市长张某出席会议并讲话。</p>"
    "<p>今年以来，全市规模以上工业增加值同比增长6.5%，新增企业120家，到2025年力争突破1000亿元。</p>"
    "</body></html>"
)


def warm_up() -> None:
    """Load jieba and the pipeline's lazily built tables into this process, once."""
    global _WARM
    if _WARM:
        return
    from .pipeline import extract_record
    from .segmentation import tokenizer

    tokenizer()
    with contextlib.suppress(Exception):  # warming is best effort; real pages report errors
        extract_record(_WARM_UP_PAGE.encode())
    _WARM = True


def init_worker(options: Options, *, warm: bool = True) -> None:
    """Load jieba, the pipeline's tables and the user lexicons into this process, once.

    ``warm=False`` skips the pipeline (for a replacement ``extract_fn``) but not the lexicons.
    """
    if warm:
        warm_up()
    for file in options.lexicons:
        if file not in _LOADED_LEXICONS:
            from .lexicon_user import load_user_lexicon

            load_user_lexicon(file)
            _LOADED_LEXICONS.add(file)


def process_page(path: str, options: Options, extract_fn: ExtractFn | None = None) -> Entry:
    """Extract one page into a journal entry: ``{path, sha256, record}`` or ``{…, error}``; a
    page inside a WARC file (``path`` is its page key) has ``{path, offset, …}``.

    Never raises for a page: every failure is an ``error`` with ``reason`` and ``stage``.
    """
    file, offset = split_key(path)
    sha256 = None
    try:
        data, origin = _read_item(file, offset, options)
        sha256 = hashlib.sha256(data).hexdigest()
        shown = display_path(file)
        if extract_fn is None:
            record = _extract(
                data,
                path=shown,
                input_format=options.input_format,
                tokens=options.tokens,
                max_page_bytes=options.max_page_size,
                **origin,
            )
        else:
            record = extract_fn(
                data, path=shown, input_format=options.input_format, tokens=options.tokens, **origin
            )
        where = {"path": file} if offset is None else {"path": file, "offset": offset}
        return {**where, "sha256": sha256, "record": record}
    except ExtractionError as err:
        return error_entry(path, sha256, err.reason, err.stage)
    except Exception as err:  # a bug must cost one page, not the batch
        return error_entry(path, sha256, f"internal error: {err!r}", "internal")


def _read_item(file: str, offset: int | None, options: Options) -> tuple[bytes, dict[str, Any]]:
    """A work item's page bytes, and what is known of where they came from (the keywords
    ``url``, ``captured``, ``offset`` of :func:`policyextract.pipeline.extract_record`; only
    those known, so that a replacement ``extract_fn`` need not take them)."""
    if offset is not None:
        page = read_warc_page(file, offset, options.max_page_size)
        origin = {"url": page.url, "captured": page.captured, "offset": offset}
        return page.data, {key: value for key, value in origin.items() if value is not None}
    data = read_page_file(file, options.max_page_size)
    url = url_for(file, options) if options.urls else None
    return data, {} if url is None else {"url": url}


_URL_MAPS: dict[tuple[str, str | None], dict[str, str]] = {}


def url_for(file: str, options: Options) -> str | None:
    """The original URL ``--urls`` gives the page file ``file`` (loaded once per process)."""
    assert options.urls is not None
    key = (options.urls, options.urls_sha256)
    if key not in _URL_MAPS:
        from .urlmap import load_url_map

        _URL_MAPS[key] = load_url_map(options.urls)
    return _URL_MAPS[key].get(os.path.abspath(file))


def extract_partition(
    paths: Iterable[str], options: Options | None = None, extract_fn: ExtractFn | None = None
) -> list[Entry]:
    """Journal entries for a group of pages (paths, or page keys of pages inside WARC files),
    loading jieba once for the process.

    This is the unit of work of every distributed mode: a Dask partition, or Spark's
    ``rdd.mapPartitions(lambda paths: extract_partition(paths))``.
    """
    options = options or Options()
    init_worker(options, warm=extract_fn is None)
    return [process_page(str(path), options, extract_fn) for path in paths]


def extract_partition_done(
    paths: Sequence[str], options: Options, extract_fn: ExtractFn | None = None
) -> list[Done]:
    """:func:`extract_partition` with each entry serialised where it was made (cluster tasks)."""
    return [Done.of(entry) for entry in extract_partition(paths, options, extract_fn)]


def _extract(data: bytes, *, path: str | None, **kwargs: Any) -> dict[str, Any]:
    from .pipeline import record_of_bytes

    return record_of_bytes(data, name=path, **kwargs).model_dump(mode="json")


def error_entry(path: str, sha256: str | None, reason: str, stage: str) -> Entry:
    """The entry of a failed work item (``path``: a page file or a page key)."""
    file, offset = split_key(path)
    where = {"path": file} if offset is None else {"path": file, "offset": offset}
    return {**where, "sha256": sha256, "error": {"reason": reason, "stage": stage}}


def _file_sha256(path: str, max_bytes: int = MAX_PAGE_BYTES) -> str | None:
    """The content hash of a work item's page, read safely (never a FIFO or device; bounded);
    ``None`` when it cannot be read as a page."""
    file, offset = split_key(path)
    try:
        if offset is None:
            return hashlib.sha256(read_page_file(file, max_bytes)).hexdigest()
        return hashlib.sha256(read_warc_page(file, offset, max_bytes).data).hexdigest()
    except ExtractionError:
        return None


def _file_signature(path: str) -> list[int] | None:
    """Size and modification time of a work item's file (``stat`` only: safe on a FIFO)."""
    try:
        info = os.stat(split_key(path)[0])
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


# --------------------------------------------------------------------------------------------
# The journal


class Journal:
    """``OUTDIR/.work/journal.jsonl``: one JSON line per finished page, appended durably.

    A line is ``{path, sha256, record}`` or ``{path, sha256, error}`` as the worker made it (with
    ``offset`` for a page inside a WARC file), or, once a run has committed its outputs,
    ``{path, sha256, ref}`` where ``ref`` names the line of ``articles.jsonl`` holding the record:
    ``{"set", "at", "length", "sha256"}`` (the set folder, the line's byte offset and length, the
    sha256 of its bytes). The index maps a path to the byte range of its last line, so that the
    final files are rebuilt by seeking, without holding every record in memory.
    """

    def __init__(self, outdir: Path, options: Options, *, resume: bool) -> None:
        self.outdir = outdir
        self.dir = outdir / ".work"
        self.file = self.dir / "journal.jsonl"
        self.index: dict[str, tuple[int, int, str | None]] = {}
        #: Timed-out and crashed pages: path → (tries so far, file size and mtime, time limit).
        self.retry: dict[str, tuple[int, list[int] | None, float | None]] = {}
        from .models import SCHEMA_VERSION  # here: pydantic is no import of the CLI's start

        header = self.dir / "options.json"
        fingerprint = options.fingerprint()
        if resume and header.exists():
            saved = json.loads(header.read_text(encoding="utf-8"))
            version = saved.pop("schema_version", 5)  # journals from before version 6
            if version != SCHEMA_VERSION:
                raise UsageError(
                    f"{outdir}: the journal holds records of schema {version}, this version "
                    f"writes schema {SCHEMA_VERSION}; rerun without --resume"
                )
            saved.pop("timeout", None)  # a resumed run may change the time limit
            saved.setdefault("max_page_size", MAX_PAGE_BYTES)  # journals from before the option
            saved.setdefault("urls", None)
            saved.setdefault("urls_sha256", None)
            if saved != options.record_fingerprint():
                raise UsageError(
                    f"{outdir}: --resume with other options than the interrupted run "
                    f"({saved}); rerun without --resume"
                )
            self._load()
        else:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir(parents=True)
            saved = {**fingerprint, "schema_version": SCHEMA_VERSION}
            header.write_text(json.dumps(saved, sort_keys=True), encoding="utf-8")
        self._stream: IO[bytes] = open(self.file, "ab")  # noqa: SIM115 - closed by close()
        self._synced = time.monotonic()

    def done(self, path: str, sha256: str | None) -> bool:
        """Whether the journal holds ``path`` with this content."""
        entry = self.index.get(path)
        return entry is not None and sha256 is not None and entry[2] == sha256

    def must_redo(self, path: str, options: Options, retries: int) -> bool:
        """Whether ``--resume`` extracts ``path`` (again).

        A page not in the journal, changed since (another content hash), or that failed to be
        read without a hash, is extracted. A page that timed out or whose worker died is
        extracted again while it has had at most ``retries`` retries, when its file changed (size
        or modification time), or when it timed out under a shorter time limit than now.
        """
        entry = self.index.get(path)
        if entry is None:
            return True
        if path in self.retry:
            tries, signature, limit = self.retry[path]
            longer = limit is not None and (options.timeout is None or options.timeout > limit)
            return tries <= retries or longer or signature != _file_signature(path)
        return entry[2] is None or entry[2] != _file_sha256(path, options.max_page_size)

    def tried(self, done: Done, options: Options) -> Done:
        """A timed-out or crashed page's entry with its count of tries, its file's signature and
        the time limit it ran under (for :meth:`must_redo`); other entries unchanged."""
        if not done.retryable:
            return done
        tries = self.retry[done.path][0] + 1 if done.path in self.retry else 1
        entry = json.loads(done.line)
        entry["path"] = split_key(done.path)[0]  # the real name, not its display form
        entry["tries"] = tries
        entry["file"] = _file_signature(done.path)
        entry["limit"] = options.timeout
        return Done.of(entry)

    def append(self, done: Done) -> None:
        offset = self._stream.tell()
        self._stream.write(done.line)
        self._stream.flush()
        self.index[done.path] = (offset, len(done.line), done.sha256)
        if done.retryable:
            entry = json.loads(done.line)
            self.retry[done.path] = (entry.get("tries", 1), entry.get("file"), entry.get("limit"))
        else:
            self.retry.pop(done.path, None)
        if time.monotonic() - self._synced >= FSYNC_SECONDS:
            self.sync()

    def sync(self) -> None:
        os.fsync(self._stream.fileno())
        self._synced = time.monotonic()

    def close(self) -> None:
        if not self._stream.closed:
            self.sync()
            self._stream.close()

    def entries(
        self, paths: Iterable[str], writing: str | None = None
    ) -> Iterator[tuple[Entry, str | None]]:
        """The last entry of each path, in the given order (a missing one is an error), with
        its record's JSON text as the journal or ``articles.jsonl`` holds it (``None`` for an
        error). An entry that refers to ``articles.jsonl`` comes back with its record; the set
        being ``writing`` is never read (a set published without links kept no folder, and its
        name may come again)."""
        with open(self.file, "rb") as stream, contextlib.ExitStack() as sets:
            opened: dict[str, IO[bytes] | None] = {}
            for path in paths:
                if path not in self.index:  # cannot happen; say so rather than drop the page
                    yield error_entry(path, None, "no result recorded", "internal"), None
                    continue
                offset, length, _ = self.index[path]
                stream.seek(offset)
                line = stream.read(length)
                entry = json.loads(line)
                if "ref" in entry:
                    ref = entry.pop("ref")
                    if ref["set"] not in opened:
                        opened[ref["set"]] = _open_set(self.outdir, ref["set"], sets, writing)
                    found = _read_ref(opened[ref["set"]], ref)
                    if found is None:  # checked when loaded: only if changed since
                        reason = "its record in articles.jsonl changed during the run"
                        yield error_entry(path, entry["sha256"], reason, "internal"), None
                        continue
                    text = found[:-1].decode()
                    entry["record"] = json.loads(text)
                    yield entry, text
                    continue
                yield entry, _record_text(line) if list(entry) in _RECORD_ENTRIES else None

    def _load(self) -> None:
        # A killed run can leave a half-written last line: keep the entries before it and cut
        # it off so that new entries start on a line of their own.
        good = 0
        refs: dict[str, dict[str, Any]] = {}
        if self.file.exists():
            with open(self.file, "rb") as stream:
                for line in stream:
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        break
                    if not line.endswith(b"\n"):
                        break
                    path = entry_key(entry)
                    self.index[path] = (good, len(line), entry["sha256"])
                    if entry.get("error", {}).get("stage") in RETRIED_STAGES:
                        tries = entry.get("tries", 1)
                        self.retry[path] = (tries, entry.get("file"), entry.get("limit"))
                    else:
                        self.retry.pop(path, None)
                    if "ref" in entry:
                        refs[path] = entry["ref"]
                    else:
                        refs.pop(path, None)
                    good += len(line)
            with open(self.file, "r+b") as stream:
                stream.truncate(good)
        for path in self._broken(refs):
            del self.index[path]  # its record is lost: the page is extracted again

    def _broken(self, refs: dict[str, dict[str, Any]]) -> list[str]:
        """The paths whose record is not where the journal says (a set removed or changed)."""
        broken = []
        with contextlib.ExitStack() as sets:
            opened: dict[str, IO[bytes] | None] = {}
            for path, ref in refs.items():
                if ref["set"] not in opened:
                    opened[ref["set"]] = _open_set(self.outdir, ref["set"], sets)
                if _read_ref(opened[ref["set"]], ref) is None:
                    broken.append(path)
        return broken


def _open_set(
    outdir: Path, name: str, stack: contextlib.ExitStack, writing: str | None = None
) -> IO[bytes] | None:
    """A set's ``articles.jsonl``, open for reading (``None`` if it is gone). A set whose
    folder is gone may be OUTDIR's own files (published without symbolic links): each line's
    sha256 tells whether it is the one."""
    from .folder import read_folder, set_folder

    places = [read_folder(outdir)] if name == writing else [set_folder(outdir, name)]
    for file in (*places, read_folder(outdir)):
        with contextlib.suppress(OSError):
            return stack.enter_context(open(file / "articles.jsonl", "rb"))
    return None


def _read_ref(stream: IO[bytes] | None, ref: dict[str, Any]) -> bytes | None:
    """The line ``ref`` names, if it is still there with the same bytes."""
    if stream is None:
        return None
    stream.seek(ref["at"])
    line = stream.read(ref["length"])
    return line if hashlib.sha256(line).hexdigest() == ref["sha256"] else None


class JournalRewrite:
    """The journal a commit leaves: what ``--resume`` needs and no more, written beside the old
    journal (``journal.jsonl.new``) and put in its place by :meth:`commit` once the new outputs
    are published.

    Each record's line becomes a reference to its line in the new set's ``articles.jsonl`` (when
    that file is written; else it keeps the record); errors keep their line (with their tries).
    """

    def __init__(self, journal: Journal, set_name: str) -> None:
        self.journal = journal
        self.set_name = set_name
        self.file = journal.dir / "journal.jsonl.new"
        self._stream: IO[bytes] = open(self.file, "wb")  # noqa: SIM115 - closed by close()

    def add(self, entry: Entry, text: str | None, ref: tuple[int, int, str] | None) -> None:
        if "record" not in entry:
            self._stream.write((_dumps(entry) + "\n").encode())
            return
        where = _dumps({key: value for key, value in entry.items() if key != "record"})
        if ref is not None:
            at, length, sha256 = ref
            place = {"set": self.set_name, "at": at, "length": length, "sha256": sha256}
            line = where[:-1] + ',"ref":' + _dumps(place) + "}\n"
        else:
            line = where[:-1] + _RECORD_KEY.decode() + (text or _dumps(entry["record"])) + "}\n"
        self._stream.write(line.encode())

    def close(self) -> None:
        """Make the new journal durable (before the outputs it refers to are published)."""
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()

    def commit(self) -> None:
        os.replace(self.file, self.journal.file)
        fsync_dir(self.journal.dir)

    def discard(self) -> None:
        self._stream.close()
        self.file.unlink(missing_ok=True)


# --------------------------------------------------------------------------------------------
# Local worker processes


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    #: Pages handed over and not yet reported, in the worker's order: the first is the one it runs,
    #: the others wait in its pipe.
    pages: deque[str] = field(default_factory=deque)
    #: When the first page runs out of time. Set when that page becomes the first (handed to an
    #: idle worker, or the page before it reported), so the limit is per page, not per chunk.
    deadline: float = float("inf")


def _mp_context(*, warm: bool) -> Any:  # typeshed's BaseContext lacks .Process
    # forkserver: workers fork from a clean server process, never from a parent that runs threads
    # or holds open files; spawn where forking is not available.
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    ctx = get_context("forkserver")
    # The server imports and warms the pipeline once; workers fork from it warm, so a replaced
    # worker is ready at once and the workers share those pages copy-on-write.
    # (Only settable before this process's forkserver starts; later calls keep the first choice.)
    ctx.set_forkserver_preload(
        ["policyextract._forkserver_warm"] if warm else ["policyextract.pipeline"]
    )
    return ctx


def _worker_main(
    conn: Connection, options: Options, extract_fn: ExtractFn | None, cwd: str | None = None
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        try:
            if cwd is not None:
                os.chdir(cwd)  # where relative page paths are (a cluster task's submitter's)
            init_worker(options, warm=extract_fn is None)  # a replacement needs no jieba
        except ExtractionError as err:
            conn.send(("fatal", err.reason))
            return
        except Exception as err:
            conn.send(("fatal", f"worker start-up failed: {err!r}"))
            return
        conn.send(("ready", None))
        # Pages come in chunks. Each is reported as soon as it is done and the next one starts at
        # once: the parent times a page from the report of the one before it.
        while (chunk := conn.recv()) is not None:
            for item in chunk:
                conn.send(("done", Done.of(process_page(item, options, extract_fn))))
    except (EOFError, OSError):
        pass  # the parent is gone (killed): exit quietly, no BrokenPipeError traceback


class BatchError(Exception):
    """A batch that cannot run at all (e.g. workers fail to start)."""


def run_local(
    items: Sequence[str],
    options: Options,
    jobs: int,
    on_done: Callable[[Done], None],
    extract_fn: ExtractFn | None = None,
    *,
    cwd: str | None = None,
) -> None:
    """Extract ``items`` (page paths or page keys, handed to the workers as they are) in ``jobs``
    worker processes, calling ``on_done`` once per item.

    Each worker holds up to :data:`QUEUE_PAGES` pages: the one it runs and the next ones, sent
    in chunks, so that a parent busy journalling does not leave it idle.
    A page over ``options.timeout`` (counted from when the worker reported the page before it,
    or was handed it idle) gets its worker killed; a worker that dies costs the page it ran.
    Either way that page becomes an error row and the pages queued behind it go back to the
    queue for a replacement worker. ``cwd``: the folder the workers work in (default: this
    process's).
    """
    if not items:
        return
    depth = max(1, QUEUE_PAGES)
    ctx = _mp_context(warm=extract_fn is None)
    todo = deque(items)

    def start() -> _Worker:
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_worker_main, args=(child, options, extract_fn, cwd), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    workers = [start() for _ in range(min(jobs, len(items)))]
    try:
        while todo or any(w.pages for w in workers):
            _hand_out(workers, todo, depth, options.timeout)
            soonest = min(w.deadline for w in workers)
            ready = connection.wait(
                [w.conn for w in workers if not w.conn.closed],
                timeout=None if soonest == float("inf") else max(0.0, soonest - time.monotonic()),
            )
            for i, w in enumerate(workers):
                lost = None
                if w.conn in ready:
                    lost = _receive(w, on_done, options.timeout)
                elif w.pages and time.monotonic() >= w.deadline and not w.conn.poll():
                    # (A report waiting in the pipe is read first: the page finished in time.)
                    lost = (f"over {options.timeout:g} s", "timeout")
                if lost is not None:
                    _give_back(w, lost, todo, on_done)
                    if todo:  # no replacement needed when no page is left to give it
                        workers[i] = start()
    finally:
        _stop_all(workers)


def _hand_out(
    workers: Sequence[_Worker], todo: deque[str], depth: int, timeout: float | None
) -> None:
    """Top each ready worker up to ``depth`` pages, in one message per worker.

    Pages go one at a time to the worker holding the fewest, and none holds more than an equal
    share of the pages not yet reported, so that the last pages of a batch (or the few of a small
    one) spread over the workers instead of queueing behind one. A message is a few hundred
    bytes and a pipe holds at most ``depth`` of them, so sending never blocks on a worker that
    is itself blocked sending a (large) result.
    """
    left = len(todo) + sum(len(w.pages) for w in workers)
    limit = max(1, min(depth, -(-left // len(workers))))
    ready = [w for w in workers if w.ready and not w.conn.closed and len(w.pages) < limit]
    chunks: list[list[str]] = [[] for _ in ready]
    while todo and ready:
        held = [len(w.pages) + len(chunk) for w, chunk in zip(ready, chunks, strict=True)]
        fewest = held.index(min(held))
        if held[fewest] >= limit:
            break
        chunks[fewest].append(todo.popleft())
    now = time.monotonic()
    for w, chunk in zip(ready, chunks, strict=True):
        if not chunk:
            continue
        try:
            w.conn.send(chunk)
        except OSError:  # the worker just died: its pipe's end is read next and it is replaced
            todo.extendleft(reversed(chunk))
            continue
        if not w.pages:
            w.deadline = now + timeout if timeout else float("inf")
        w.pages.extend(chunk)


def _receive(
    w: _Worker, on_done: Callable[[Done], None], timeout: float | None
) -> tuple[str, str] | None:
    """Handle the messages waiting from a worker; when it died, why its first page is lost
    (reason, stage)."""
    while True:
        try:
            kind, payload = w.conn.recv()
        except (EOFError, OSError):
            w.process.join(1.0)
            code = w.process.exitcode
            if not w.ready:
                raise BatchError(f"a worker exited while starting (exit code {code})") from None
            return (f"worker died (exit code {code})", "crash")
        if kind == "fatal":
            raise BatchError(payload)
        if kind == "ready":
            w.ready = True
        else:
            w.pages.popleft()
            # The worker started its next page as it sent this report: that page's time starts
            # no later than now (later only by how long this parent took to read it).
            w.deadline = time.monotonic() + timeout if w.pages and timeout else float("inf")
            on_done(payload)
        if not w.pages or not w.conn.poll():
            return None


def _give_back(
    w: _Worker, lost: tuple[str, str], todo: deque[str], on_done: Callable[[Done], None]
) -> None:
    """A lost worker (timed out or dead): killed first (it may be stuck on the file itself, which
    the parent never opens), its first page becomes an error row, and the pages queued behind it
    go back to the front of the queue. It reported none of them, so none is lost or done twice."""
    _kill(w)
    if w.pages:
        reason, stage = lost
        on_done(Done.of(error_entry(w.pages.popleft(), None, reason, stage)))
        todo.extendleft(reversed(w.pages))
        w.pages.clear()
    w.deadline = float("inf")


def _kill(w: _Worker) -> None:
    if w.process.is_alive():
        w.process.kill()
    w.process.join()
    if not w.conn.closed:
        w.conn.close()


def _stop_all(workers: Sequence[_Worker]) -> None:
    """End the workers: the idle ones are told to stop and given :data:`_STOP_GRACE` seconds
    together; one still holding pages (Ctrl-C, an error) is killed at once, since nobody would
    journal its results."""
    for w in workers:
        if w.pages:
            _kill(w)
        elif not w.conn.closed:
            with contextlib.suppress(OSError):
                w.conn.send(None)
    deadline = time.monotonic() + _STOP_GRACE
    for w in workers:
        w.process.join(max(0.0, deadline - time.monotonic()))
        if w.process.is_alive():
            _kill(w)
        elif not w.conn.closed:
            w.conn.close()


# --------------------------------------------------------------------------------------------
# The batch


def run_batch(
    paths: Sequence[str],
    outdir: str | os.PathLike[str],
    *,
    options: Options | None = None,
    jobs: int | None = None,
    formats: Sequence[str] = FORMATS,
    resume: bool = False,
    scheduler: str | None = None,
    inputs: Sequence[str] | None = None,
    glob: str | Sequence[str] | None = None,
    progress: bool = False,
    verbose: bool = False,
    extract_fn: ExtractFn | None = None,
    retries: int = RETRIES,
    skipped: dict[str, int] | None = None,
    skipped_records: dict[str, int] | None = None,
    dedupe_threshold: float = DEFAULT_THRESHOLD,
) -> Summary:
    """Extract ``paths`` (see :func:`collect_inputs`) into the dataset files of ``outdir``.

    ``scheduler`` is ``None`` for local worker processes, ``"local"`` for a Dask LocalCluster, or
    a Dask scheduler address. ``extract_fn(data, *, path, input_format, tokens) -> dict`` replaces
    the pipeline (tests; it must be picklable). ``retries``: how many times ``resume`` extracts a
    timed-out or crashed page again. ``skipped`` (files of the input folders not taken, by
    reason) and ``skipped_records`` (records of WARC files that are not pages, by reason) go to
    the manifest. Pages inside WARC files (page keys) and pages with a ``--urls`` entry get the
    keywords ``url``, ``captured``, ``offset`` they have passed to ``extract_fn`` too. Raises
    :class:`UsageError` when OUTDIR is not a writable folder or another batch holds it, and
    ``KeyboardInterrupt`` after saving the journal when
    interrupted. ``dedupe_threshold``: the least estimated Jaccard similarity of two bodies for
    the later record to join the earlier one's story (:mod:`policyextract.dedupe`).
    """
    try:
        check_threshold(dedupe_threshold)
    except ValueError as err:
        raise UsageError(str(err)) from None
    options = options or Options()
    jobs = jobs or os.cpu_count() or 1
    started = _now()
    out = Path(outdir)
    _make_outdir(out)
    with OutdirLock(out):
        return _run_locked(
            sorted(set(paths)),
            out,
            options=options,
            jobs=jobs,
            formats=formats,
            resume=resume,
            scheduler=scheduler,
            inputs=inputs,
            glob=glob,
            progress=progress,
            verbose=verbose,
            extract_fn=extract_fn,
            retries=retries,
            skipped=skipped,
            skipped_records=skipped_records,
            started=started,
            dedupe_threshold=dedupe_threshold,
        )


def _make_outdir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder (-o names the output folder)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:  # a parent is a file
        file = next((p for p in out.parents if p.exists() and not p.is_dir()), err.filename)
        raise UsageError(f"{out}: cannot create the folder: {file} is a file") from err
    except OSError as err:
        raise UsageError(f"{out}: cannot create the folder ({err.strerror})") from err
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"{out}: the output folder is not writable")


class OutdirLock:
    """One batch at a time per OUTDIR: an ``flock`` on ``OUTDIR/.policyextract.lock``, which
    names the run holding it (pid, host, start time).

    The kernel drops the lock when its process dies, however it dies, so a lock left by a killed
    run is stale by construction and is taken over. Where ``fcntl`` is missing (Windows) no lock
    is taken.
    """

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.file = outdir / LOCK_NAME
        self.fd: int | None = None

    def __enter__(self) -> OutdirLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return self
        while True:
            try:
                fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as err:
                raise UsageError(
                    f"{self.outdir}: cannot write in the output folder ({err.strerror})"
                ) from err
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _read_lock(fd)
                os.close(fd)
                raise UsageError(
                    f"{self.outdir}: another batch is writing this folder ({holder}); "
                    "wait for it to finish or choose another -o"
                ) from None
            # The holder may have removed the file between our open and our lock: retry on the
            # file now under that name.
            if _same_file(fd, self.file):
                break
            os.close(fd)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "started": _now()}
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info).encode())
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                self.file.unlink()
            os.close(self.fd)
            self.fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _read_lock(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"pid {info['pid']} on {info['host']}, started {info['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a run that has not written its name yet"


def _run_locked(
    paths: list[str],
    out: Path,
    *,
    options: Options,
    jobs: int,
    formats: Sequence[str],
    resume: bool,
    scheduler: str | None,
    inputs: Sequence[str] | None,
    glob: str | Sequence[str] | None,
    progress: bool,
    verbose: bool,
    extract_fn: ExtractFn | None,
    retries: int,
    skipped: dict[str, int] | None,
    skipped_records: dict[str, int] | None,
    started: str,
    dedupe_threshold: float,
) -> Summary:
    journal = Journal(out, options, resume=resume)
    todo = [p for p in paths if not resume or journal.must_redo(p, options, retries)]
    bar = Progress(len(paths), len(paths) - len(todo), sys.stderr) if progress else None
    failed = 0

    def on_done(done: Done) -> None:
        nonlocal failed
        done = journal.tried(done, options)
        journal.append(done)
        if done.error is not None:
            failed += 1
            if verbose:
                _say(f"{display_path(shown_key(done.path))}: {done.error['reason']}", bar)
        if bar is not None:
            bar.update(error=done.error is not None)

    try:
        if scheduler is None:
            run_local(todo, options, jobs, on_done, extract_fn)
        else:
            from .dask import run_on_cluster

            run_on_cluster(todo, options, scheduler, jobs, on_done, extract_fn)
    finally:
        journal.close()
        if bar is not None:
            bar.close()
    from .models import SCHEMA_VERSION

    manifest: dict[str, Any] = {
        "policyextract": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": [display_path(i) for i in (inputs if inputs is not None else paths)],
        "glob": glob,
        "skipped_files": dict(sorted((skipped or {}).items())),
        "skipped_records": dict(sorted((skipped_records or {}).items())),
        "options": {**options.fingerprint(), "formats": list(formats)},
        "dedupe": {"threshold": dedupe_threshold, "method": METHOD},
        "counts": {},
        "files": {},
        "versions": _versions(),
        "run": {
            "started": started,
            "finished": None,
            "scheduler": scheduler,
            "jobs": jobs,
            "resumed": resume,
            "retries": retries,
            "skipped": len(paths) - len(todo),
        },
    }
    _commit(journal, paths, out, formats, manifest)
    counts = manifest["counts"]
    return Summary(
        pages=len(paths),
        ok=counts["ok"],
        failed=counts["failed"],
        skipped=len(paths) - len(todo),
        manifest=manifest,
    )


# The record's keys that only a whole dataset decides (set by the parent when it commits); they
# follow ``schema_version`` in the record's JSON text.
_DATASET_KEYS = ("article_id", "duplicate_of", "story_id", "story_similarity")


def _commit(
    journal: Journal, paths: Sequence[str], out: Path, formats: Sequence[str], manifest: Entry
) -> None:
    """Write the dataset of ``paths`` from the journal into a new set and publish it whole
    (:mod:`policyextract.folder`); then leave the journal only what ``--resume`` needs.

    Fills ``manifest`` (``counts``, ``files``, ``run.finished``), which is written last in the
    set. A kill at any moment leaves the folder with the previous set or the new one.
    """
    from .dedupe import Stories
    from .facts import FACT_TYPES
    from .folder import cleanup, new_set, publish, step
    from .output import OutputSet, write_json

    facts: Counter[str] = Counter(dict.fromkeys(FACT_TYPES, 0))
    stages: Counter[str] = Counter()
    folder = new_set(out)
    files = OutputSet(folder, formats)
    rewrite = JournalRewrite(journal, folder.name)
    stories = Stories(manifest["dedupe"]["threshold"])
    seen: dict[str, str] = {}
    duplicates = story_count = 0
    try:
        for entry, text in journal.entries(paths, writing=folder.name):
            if "record" not in entry:
                files.add_error(
                    {"path": entry["path"], "offset": entry.get("offset"), **entry["error"]}
                )
                stages[entry["error"]["stage"]] += 1
                rewrite.add(entry, None, None)
                continue
            record = entry["record"]
            keys = _dataset_keys(record, stories, seen)
            duplicates += keys["duplicate_of"] is not None
            story_count += keys["story_id"] == keys["article_id"]
            text = _with_dataset_keys(record, text, keys)
            rewrite.add(entry, text, files.add_record(record, text))
            facts.update(fact["type"] for fact in record["facts"])
        files.close()
        step("files")
        failed = sum(stages.values())
        manifest["counts"] = {
            "pages": len(paths),
            "ok": len(paths) - failed,
            "failed": failed,
            "failed_by_stage": dict(sorted(stages.items())),
            "facts": dict(facts),
            "duplicates": duplicates,
            "stories": story_count,
        }
        from .card import write_card

        write_card(folder, manifest)
        step("card")
        manifest["files"] = _file_list(folder)
        manifest["run"]["finished"] = _now()
        write_json(folder / "manifest.json", manifest)  # last: it names the set's files
        step("manifest")
        rewrite.close()
        step("journal-written")
    except BaseException:
        files.abort()
        rewrite.discard()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    publish(out, folder)
    rewrite.commit()
    step("journal")
    cleanup(out)
    step("clean")


def _dataset_keys(record: Entry, stories: Any, seen: dict[str, str]) -> dict[str, Any]:
    """A record's dataset keys; a second record with the same ``article_id`` (two inputs whose
    path and offset read the same, e.g. a name with bytes that are not UTF-8 beside one that
    spells those bytes out) fails the batch: ids must be unique."""
    from .record import article_id

    source = record["source"]
    path, offset = source["path"], source.get("offset")
    found = article_id(path, offset)
    assert found is not None  # every batch record has a path
    where = path if offset is None else shown_key(page_key(path, offset))
    if found in seen:
        raise BatchError(
            f"{seen[found]} and {where} have the same article_id {found}: rename one of them"
        )
    seen[found] = where
    identity = stories.add(found, source["sha256"], record["body"])
    return {
        "article_id": found,
        "duplicate_of": identity.duplicate_of,
        "story_id": identity.story_id,
        "story_similarity": identity.story_similarity,
    }


def _with_dataset_keys(record: Entry, text: str | None, keys: dict[str, Any]) -> str:
    """The record's JSON text with its dataset keys set to ``keys`` (``record`` updated too).

    The record's text from the worker starts with ``schema_version`` and those keys: only that
    head is replaced, so the rest of the text is copied, not decoded and encoded again.
    """
    old = _text_head(record) if list(record)[: len(_DATASET_KEYS) + 1] == _HEAD else None
    record.update(keys)
    if text is not None and old is not None and text.startswith(old):
        return _text_head(record) + text[len(old) :]
    # Another shape (a replacement extract_fn's record): the keys go after schema_version.
    ordered = {key: record[key] for key in _HEAD if key in record}
    ordered.update(record)
    record.clear()
    record.update(ordered)
    return _dumps(record)


_HEAD = ["schema_version", *_DATASET_KEYS]


def _text_head(record: Entry) -> str:
    return _dumps({key: record[key] for key in _HEAD})[:-1] + ","


def _file_list(folder: Path) -> dict[str, dict[str, Any]]:
    """The set's files (all but the manifest) with their size and sha256."""
    from .output import file_sha256

    return {
        p.name: {"bytes": p.stat().st_size, "sha256": file_sha256(p)}
        for p in sorted(folder.iterdir())
        if p.name != "manifest.json"
    }


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": sys.version.split()[0]}
    for name in ("jieba", "lxml", "pydantic", "pyarrow", "regex", "charset-normalizer"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "missing"
    return found


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Progress:
    """The terminal progress bar (tqdm): pages done, pages/s, errors, ETA."""

    def __init__(self, total: int, done: int, stream: TextIO) -> None:
        from tqdm import tqdm

        self.errors = 0
        self._bar = tqdm(
            total=total,
            initial=done,
            unit="page",
            file=stream,
            dynamic_ncols=True,
            mininterval=PROGRESS_SECONDS,
            postfix={"errors": 0},
        )

    def update(self, *, error: bool) -> None:
        if error:
            self.errors += 1
            self._bar.set_postfix(errors=self.errors, refresh=False)
        self._bar.update(1)

    def write(self, message: str) -> None:
        self._bar.write(message, file=self._bar.fp)

    def close(self) -> None:
        self._bar.close()


def _say(message: str, bar: Progress | None) -> None:
    if bar is not None:
        bar.write(message)
    else:
        print(message, file=sys.stderr)


# --------------------------------------------------------------------------------------------
# Command line (registered by cli.py)


def run_command(args: argparse.Namespace) -> int:
    try:
        formats = _formats(args.formats)
        if args.jobs is not None and args.jobs < 1:
            raise UsageError("--jobs must be at least 1")
        if args.timeout < 0:
            raise UsageError("--timeout must be 0 (no limit) or more")
        if args.retries < 0:
            raise UsageError("--retries must be 0 or more")
        try:
            check_threshold(args.dedupe_threshold)
        except ValueError as err:
            raise UsageError(f"--dedupe-threshold: {err}") from None
        for file in args.lexicon:
            _check_lexicon(file)
        found = discover(args.inputs, glob=args.glob, exclude=args.outdir)
        paths = found.paths
        if args.verbose:
            for reason, skipped in [*sorted(found.skipped.items()),
                                    *sorted(found.skipped_records.items())]:  # fmt: skip
                for path in skipped:
                    print(f"policyextract batch: skipped {display_path(path)}: {reason}",
                          file=sys.stderr)  # fmt: skip
        if not paths:
            why = found.skipped_summary()
            raise UsageError(
                "no input pages found" + (f"; skipped {why}" if why else " (empty folders)")
            )
        if (found.skipped or found.skipped_records) and not args.quiet and not args.verbose:
            print(
                f"policyextract batch: skipped {found.skipped_summary()} (--verbose lists them)",
                file=sys.stderr,
            )
        urls, urls_sha256 = _check_urls(args.urls, paths, quiet=args.quiet)
        options = Options(
            input_format=args.input_format,
            tokens=args.tokens,
            lexicons=tuple(os.path.abspath(f) for f in args.lexicon),
            timeout=args.timeout or None,
            max_page_size=args.max_page_size,
            urls=urls,
            urls_sha256=urls_sha256,
        )
        summary = run_batch(
            paths,
            args.outdir,
            options=options,
            jobs=args.jobs,
            formats=formats,
            resume=args.resume,
            scheduler=args.scheduler,
            inputs=args.inputs,
            glob=args.glob,
            progress=not args.quiet and sys.stderr.isatty(),
            verbose=args.verbose,
            retries=args.retries,
            skipped=found.skipped_counts(),
            skipped_records=found.skipped_record_counts(),
            dedupe_threshold=args.dedupe_threshold,
        )
    except (UsageError, BatchError) as err:
        print(f"policyextract batch: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # OUTDIR not writable, disk full: the batch cannot run at all
        where = display_path(str(err.filename)) if err.filename else args.outdir
        print(f"policyextract batch: {where}: {err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("policyextract batch: interrupted; rerun with --resume to finish", file=sys.stderr)
        return 130
    if not args.quiet:
        print(
            f"policyextract batch: {summary.pages} pages, {summary.ok} ok, {summary.failed} failed"
            f" ({summary.skipped} resumed) → {args.outdir}",
            file=sys.stderr,
        )
    return summary.exit_status


def _check_urls(
    file: str | None, paths: Sequence[str], *, quiet: bool
) -> tuple[str | None, str | None]:
    """``--urls FILE`` checked in the parent (a bad file is a usage error before any worker runs):
    its absolute path and the sha256 of its bytes. Says so when no entry names an input page (a
    wrong folder: relative paths are taken from the file's folder)."""
    if file is None:
        return None, None
    from .urlmap import load_url_map

    try:
        data = Path(file).read_bytes()
        found = load_url_map(file, data)
    except OSError as err:
        raise UsageError(f"{file}: cannot read the --urls file ({err.strerror or err})") from err
    except ExtractionError as err:
        raise UsageError(err.reason) from err
    pages = {os.path.abspath(p) for p in paths if split_key(p)[1] is None}
    if found and not quiet and not pages & found.keys():
        print(
            f"policyextract batch: --urls {file}: none of its {len(found)} paths is an input "
            "page (relative paths are taken from the file's own folder)",
            file=sys.stderr,
        )
    return os.path.abspath(file), hashlib.sha256(data).hexdigest()


def _check_lexicon(file: str) -> None:
    # Parsed here, cheaply (no jieba), so that a bad file is a usage error before any worker runs.
    from .lexicon_user import parse_user_lexicon

    try:
        parse_user_lexicon(Path(file).read_text(encoding="utf-8"), file)
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"{file}: cannot read lexicon file") from err
    except ExtractionError as err:
        raise UsageError(err.reason) from err


def _formats(text: str) -> list[str]:
    chosen = [f.strip() for f in text.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"--formats takes a subset of {','.join(FORMATS)}, not {text!r}")
    return [f for f in FORMATS if f in chosen]
