"""Extraction on a Dask cluster (optional extra: ``pip install -e '.[dask]'``).

Two entry points share one task, :func:`run_partition`, which runs a partition's pages in a
worker process of its own with :func:`policyextract.batch.run_local`: the same per-page time
limit (a page over it gets its process killed and becomes a ``timeout`` row) and the same crash
isolation (a process that dies costs its page, a ``crash`` row) as a local batch. A Dask worker
runs tasks in threads, which cannot be killed; a process can. The page process forks from a
forkserver that loads jieba once per Dask worker process.

- ``policyextract batch … --scheduler ADDRESS|local`` sends partitions of the sorted inputs (the
  pages of one WARC file together: :func:`partitions`) to the cluster and journals the entries as
  partitions complete; the dataset files are then rebuilt from the journal exactly as in the
  local mode, so they are identical byte for byte.
- :func:`extract_bag` gives a ``dask.bag`` of records for a user's own Dask pipeline.

Paths: a task carries the submitting process's working folder (absolute), where its page process
reads relative page paths, and the lexicon files as absolute paths, so a worker started in another
folder reads the same files; the page paths themselves are kept as given, since they name the
pages in the outputs and the journal. Workers need the files under those names (a shared file
system).

:func:`policyextract.batch.extract_partition` is the same unit of work without the time limit,
in the calling thread, for Spark's ``mapPartitions``::

    from policyextract.batch import extract_partition
    entries = spark.sparkContext.parallelize(paths, 64).mapPartitions(extract_partition)
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from os.path import isabs
from typing import Any

from .archives import split_key
from .batch import Done, Entry, ExtractFn, Options, error_entry, run_local
from .batch_cli import TIMEOUT_SECONDS
from .files import display_path
from .reader import InputFormat

#: Pages per task: big enough that scheduling overhead (~1 ms a task) and the task's page process
#: (a fork from a warm forkserver, ~10–30 ms) are noise next to ~15 ms of extraction per page
#: (~0.5 s a task), small enough that a few thousand pages still spread over every worker.
PARTITION_PAGES = 32
#: ``--scheduler local`` listens on this interface only: its dashboard shows page paths and
#: accepts no password, so it is not offered to the network.
LOCAL_HOST = "127.0.0.1"


def partitions(paths: Iterable[str], size: int = PARTITION_PAGES) -> list[list[str]]:
    """``paths`` in groups of at most ``size``, in order, except that the pages of one WARC file
    (page keys) make one group of their own however many they are, at the place of the first:
    one task opens and reads one archive, and a lost worker costs the pages of one archive.

    >>> from policyextract.archives import page_key, shown_key
    >>> a, b = page_key("a.warc", 0), page_key("a.warc", 900)
    >>> [[shown_key(p) for p in g] for g in partitions(["1.html", a, "2.html", "3.html", b], 1)]
    [['1.html'], ['a.warc@0', 'a.warc@900'], ['2.html'], ['3.html']]
    """
    groups: list[list[str]] = []
    archives: dict[str, list[str]] = {}
    plain: list[str] | None = None
    for path in paths:
        file, offset = split_key(path)
        if offset is None:
            if plain is None or len(plain) >= size:
                plain = []
                groups.append(plain)
            plain.append(path)
            continue
        if file not in archives:
            archives[file] = []
            groups.append(archives[file])
            plain = None
        archives[file].append(path)
    return groups


def run_partition(
    items: Sequence[str], cwd: str, options: Options, extract_fn: ExtractFn | None = None
) -> list[Done]:
    """A cluster task: one entry per page of ``items``, extracted in a worker process of its own
    under ``options.timeout``; relative paths are read in ``cwd``."""
    found: list[Done] = []
    todo = list(items)
    if not os.path.isdir(cwd):  # this worker does not see the submitter's files
        reason = (
            f"no such folder on the worker: {display_path(cwd)} (relative paths are read there)"
        )
        found += [Done.of(error_entry(i, None, reason, "read")) for i in todo if not isabs(i)]
        todo, cwd = [i for i in todo if isabs(i)], os.sep
    with _children_allowed():
        run_local(todo, options, 1, found.append, extract_fn, cwd=cwd)
    order = {item: i for i, item in enumerate(items)}
    return sorted(found, key=lambda done: order[done.path])  # the order given


_CHILDREN_LOCK = threading.Lock()
_children_tasks = 0
_was_daemon = False


@contextlib.contextmanager
def _children_allowed() -> Iterator[None]:
    """Let this process start page processes even when it is itself a daemonic process.

    Dask's nanny starts workers as daemonic processes (``distributed.worker.daemon``, default
    true), and ``multiprocessing`` refuses children to those, lest a terminated daemon leave them
    behind. A page process does not outlive its task for long: it exits when its parent's end of
    the pipe closes (as soon as its page is done) and is killed when the page runs out of time.
    The flag is lifted while any task of this process runs pages and restored after the last.
    """
    global _children_tasks, _was_daemon
    me = multiprocessing.current_process()
    with _CHILDREN_LOCK:
        if _children_tasks == 0:
            _was_daemon = me.daemon
            if _was_daemon:
                me.daemon = False
        _children_tasks += 1
    try:
        yield
    finally:
        with _CHILDREN_LOCK:
            _children_tasks -= 1
            if _children_tasks == 0 and _was_daemon:
                me.daemon = True


def _submitted(options: Options) -> Options:
    """``options`` with the lexicon files as absolute paths (workers may start elsewhere)."""
    return replace(options, lexicons=tuple(os.path.abspath(f) for f in options.lexicons))


def _entries(
    groups: list[list[str]], cwd: str, options: Options, extract_fn: ExtractFn | None
) -> list[Entry]:
    items = [item for group in groups for item in group]
    done = run_partition(items, cwd, options, extract_fn)
    # The line shows an odd (non-UTF-8) name escaped; the entry gives the name itself.
    return [{**json.loads(d.line), "path": split_key(d.path)[0]} for d in done]


def extract_bag(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    lexicons: Sequence[str] = (),
    timeout: float | None = TIMEOUT_SECONDS,
    partition_pages: int = PARTITION_PAGES,
    with_errors: bool = False,
    extract_fn: ExtractFn | None = None,
) -> Any:
    """A ``dask.bag`` of record dicts for ``paths`` (in the order given, the pages of one WARC file
    together: :func:`partitions`).

    Failed pages are left out; ``with_errors=True`` gives the entries instead, each with ``path``,
    ``sha256`` and either ``record`` or ``error`` (``reason``, ``stage``). ``timeout``: seconds a
    page may take (``None``: no limit). ``extract_fn`` replaces the pipeline, as in
    :func:`policyextract.batch.run_batch`.
    """
    import dask.bag

    db: Any = dask.bag  # untyped library

    options = Options(
        input_format=input_format, tokens=tokens, lexicons=tuple(lexicons), timeout=timeout
    )
    # One group per partition: a WARC file's pages stay together.
    groups = partitions(paths, partition_pages) or [[]]
    entries = db.from_sequence(groups, npartitions=len(groups)).map_partitions(
        _entries, os.getcwd(), _submitted(options), extract_fn
    )
    if with_errors:
        return entries
    return entries.filter(lambda entry: "record" in entry).pluck("record")


def local_cluster(jobs: int) -> Any:
    """``--scheduler local``: a LocalCluster of ``jobs`` single-threaded worker processes whose
    scheduler and dashboard listen on :data:`LOCAL_HOST` only."""
    import distributed

    dd: Any = distributed
    return dd.LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        host=LOCAL_HOST,
        dashboard_address=f"{LOCAL_HOST}:0",
    )


def run_on_cluster(
    paths: Sequence[str],
    options: Options,
    scheduler: str,
    jobs: int,
    on_done: Callable[[Done], None],
    extract_fn: ExtractFn | None = None,
) -> None:
    """Extract ``paths`` on the cluster at ``scheduler`` (``"local"``: :func:`local_cluster`),
    calling ``on_done`` once per path as partitions finish.
    """
    if not paths:
        return
    try:
        import distributed
    except ImportError as err:
        from .batch import UsageError

        raise UsageError("--scheduler needs Dask: pip install -e '.[dask]'") from err

    # distributed has no type hints; Any keeps mypy --strict quiet about its untyped calls.
    dd: Any = distributed
    cluster = local_cluster(jobs) if scheduler == "local" else None
    client = dd.Client(cluster if cluster is not None else scheduler)
    try:
        parts = partitions(paths, PARTITION_PAGES)
        futures = client.map(
            run_partition,
            parts,
            cwd=os.getcwd(),
            options=_submitted(options),
            extract_fn=extract_fn,
            pure=False,
        )
        owner = {future.key: part for future, part in zip(futures, parts, strict=True)}
        for future in dd.as_completed(futures):
            try:
                done = future.result()
            except Exception as err:  # a lost worker: its pages still get one row each
                reason = f"worker lost: {err!r}"
                done = [Done.of(error_entry(p, None, reason, "crash")) for p in owner[future.key]]
            for page in done:
                on_done(page)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
