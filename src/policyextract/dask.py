"""Extraction on a Dask cluster (optional extra: ``pip install 'policyextract[dask]'``).

Two entry points share one unit of work, :func:`policyextract.batch.extract_partition`, which
takes a group of page paths, loads jieba (and the user lexicons) once per worker process and
returns one entry per page (``{path, sha256, record}`` or ``{path, sha256, error}``):

- ``policyextract batch … --scheduler ADDRESS|local`` sends partitions of the sorted inputs to the
  cluster and journals the entries as partitions complete; the dataset files are then rebuilt from
  the journal exactly as in the local mode, so they are identical byte for byte.
- :func:`extract_bag` gives a ``dask.bag`` of records for a user's own Dask pipeline.

The same function serves Spark, which hands each task an iterator of rows::

    from policyextract.batch import extract_partition
    entries = spark.sparkContext.parallelize(paths, 64).mapPartitions(extract_partition)

Page paths must be readable by the workers under the same names (a shared file system). The
per-page time limit is not enforced on a cluster: a Dask worker runs tasks in threads, which
cannot be killed; use Dask's own worker lifetime settings for runaway tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .archives import split_key
from .batch import (
    Done,
    ExtractFn,
    Options,
    error_entry,
    extract_partition,
    extract_partition_done,
)
from .reader import InputFormat

#: Pages per task: big enough that scheduling overhead (~1 ms a task) is noise next to ~15 ms of
#: extraction per page (~0.5 s a task), small enough that a few thousand pages still spread over
#: every worker.
PARTITION_PAGES = 32


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


def _extract_groups(
    groups: list[list[str]], options: Options, extract_fn: ExtractFn | None
) -> list[Any]:
    return extract_partition([path for group in groups for path in group], options, extract_fn)


def extract_bag(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    lexicons: Sequence[str] = (),
    partition_pages: int = PARTITION_PAGES,
    with_errors: bool = False,
    extract_fn: ExtractFn | None = None,
) -> Any:
    """A ``dask.bag`` of record dicts for ``paths`` (in the order given, the pages of one WARC file
    together: :func:`partitions`).

    Failed pages are left out; ``with_errors=True`` gives the entries instead, each with ``path``,
    ``sha256`` and either ``record`` or ``error`` (``reason``, ``stage``). ``extract_fn`` replaces
    the pipeline, as in :func:`policyextract.batch.run_batch`.
    """
    import dask.bag

    db: Any = dask.bag  # untyped library

    options = Options(input_format=input_format, tokens=tokens, lexicons=tuple(lexicons))
    # One group per partition: a WARC file's pages stay together.
    groups = partitions(paths, partition_pages) or [[]]
    entries = db.from_sequence(groups, npartitions=len(groups)).map_partitions(
        _extract_groups, options, extract_fn
    )
    if with_errors:
        return entries
    return entries.filter(lambda entry: "record" in entry).pluck("record")


def run_on_cluster(
    paths: Sequence[str],
    options: Options,
    scheduler: str,
    jobs: int,
    on_done: Callable[[Done], None],
    extract_fn: ExtractFn | None = None,
) -> None:
    """Extract ``paths`` on the cluster at ``scheduler`` (``"local"``: a LocalCluster of ``jobs``
    single-threaded worker processes), calling ``on_done`` once per path as partitions finish.
    """
    if not paths:
        return
    try:
        import distributed
    except ImportError as err:
        from .batch import UsageError

        raise UsageError("--scheduler needs Dask: pip install 'policyextract[dask]'") from err

    # distributed has no type hints; Any keeps mypy --strict quiet about its untyped calls.
    dd: Any = distributed
    cluster = None
    if scheduler == "local":
        cluster = dd.LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=":0")
        client = dd.Client(cluster)
    else:
        client = dd.Client(scheduler)
    try:
        parts = partitions(paths, PARTITION_PAGES)
        futures = client.map(
            extract_partition_done, parts, options=options, extract_fn=extract_fn, pure=False
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
