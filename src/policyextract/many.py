"""``policyextract.extract_many``: many page files → records, streamed, in local worker processes.

The pages go through the batch's worker pool (:func:`policyextract.batch.run_local`): worker
processes forked warm, one page at a time each, a page past the time limit gets its worker killed
(an error, stage ``timeout``), a worker that dies costs its page only (stage ``crash``). No
journal, no output files, no Dask.

How the stream runs: a background thread takes the paths a chunk at a time (:func:`chunk_size`)
and runs the pool over each chunk, handing each finished page to the caller's thread through a
queue. It starts the next chunk only while the caller holds fewer than two chunks of results
not yet taken, so a slow consumer holds the workers back instead of piling records up in memory,
and ``paths`` may be a lazy iterable. The waiting happens between chunks, never in the pool's
callback: a caller that stops reading for a while cannot make the pool take a page for timed out.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import ExtractionError
from .files import MAX_PAGE_BYTES
from .lexicon_user import Lexicons, loaded_files, use_lexicons

if TYPE_CHECKING:
    from .batch import Done, Options
    from .pipeline import StrPath
    from .reader import InputFormat

#: The default per-page time limit, as ``policyextract batch --timeout``.
TIMEOUT_SECONDS = 30.0
#: Chunks not yet fully taken by the caller before the pool waits (one taken, one being made).
CHUNKS_AHEAD = 2


class Result(NamedTuple):
    """One page of :func:`extract_many`: its path, and its record or why it has none.

    Exactly one of ``record`` (the JSON-ready dict :func:`policyextract.extract` returns) and
    ``error`` (the :class:`~policyextract.errors.ExtractionError` it raises) is set.
    """

    path: str
    record: dict[str, Any] | None
    error: ExtractionError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def chunk_size(jobs: int) -> int:
    """Pages handed to the pool at a time. Each chunk starts and stops its workers (~0.15 s),
    so a chunk holds a few seconds of work (~10 ms a page per worker); the results waiting to be
    taken are the workers' JSON lines (~11 KB a page), a few MB."""
    return 256 * jobs


def extract_many(
    paths: Iterable[StrPath],
    *,
    jobs: int | None = None,
    ordered: bool = True,
    timeout: float | None = TIMEOUT_SECONDS,
    input_format: InputFormat = "auto",
    tokens: bool = False,
    lexicon: Lexicons = None,
    max_page_bytes: int | None = None,
) -> Iterator[Result]:
    """Extract page files in ``jobs`` worker processes, yielding one :class:`Result` per path.

    ``for path, record, error in extract_many(paths, jobs=2): …``

    - **Errors do not stop the stream**: a page that cannot become a record is a ``Result``
      with its ``error`` (the reason and stage :func:`policyextract.extract` would raise, plus
      ``timeout`` and ``crash``), and the other pages go on. Only a pool that cannot run at all
      (workers that fail to start) raises, from the iteration.
    - **Order**: ``ordered=True`` (the default) yields in the order of ``paths``;
      ``ordered=False`` yields each page as it finishes (its ``path`` says which).
    - ``jobs``: worker processes (default: the CPU count). ``jobs=1`` is one worker process,
      not this process: the time limit and crash isolation hold the same; for in-process
      extraction loop over :func:`policyextract.extract` instead.
    - ``timeout``: seconds per page (``None``: no limit); the worker of a page past it is killed.
    - ``input_format``, ``tokens``, ``max_page_bytes`` as in :func:`policyextract.extract`;
      ``lexicon`` is loaded into this process as there, and the workers load every lexicon this
      process has loaded, so records equal ``extract``'s for the same pages.
    - **Streaming**: records are made ahead of the caller by at most two chunks
      (:func:`chunk_size`); ``paths`` is read lazily, a chunk at a time.
    - **Stopping early**: closing the iterator (``break`` out of a ``for`` loop over it, or
      ``close()``; use ``contextlib.closing`` when the iterator is kept in a variable) stops the
      workers and returns once they have exited, which waits for a page in progress to finish,
      at most its time limit.

    Paths are ``str`` or ``os.PathLike``; each ``Result.path`` is the path as a ``str``.
    """
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be more than 0 seconds (None: no limit), not {timeout}")
    use_lexicons(lexicon)  # a bad lexicon file fails here, before any worker starts
    from .batch import Options

    options = Options(
        input_format=input_format,
        tokens=tokens,
        lexicons=loaded_files(),
        timeout=timeout,
        max_page_size=MAX_PAGE_BYTES if max_page_bytes is None else max_page_bytes,
    )
    return _stream(iter(paths), options, jobs, ordered)


def _stream(
    paths: Iterator[StrPath], options: Options, jobs: int, ordered: bool
) -> Iterator[Result]:
    feed = _Feed(paths, options, jobs)
    feed.start()
    try:
        yield from feed.results(ordered)
    finally:
        feed.stop()


class _Stopped(Exception):
    """Raised into the pool by its callback when the caller closed the stream."""


class _Feed:
    """The background thread that runs the pool chunk by chunk, and the caller's side of it.

    Messages on the queue, in order: for each chunk ``("chunk", paths)`` then one ``("done",
    Done)`` per path; at the end ``("end", None)``, or ``("error", exception)``.
    """

    def __init__(self, paths: Iterator[StrPath], options: Options, jobs: int) -> None:
        self._paths = paths
        self._options = options
        self._jobs = jobs
        self._queue: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._room = threading.Semaphore(CHUNKS_AHEAD)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="extract_many", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop the pool and wait for its workers to exit."""
        self._stopping.set()
        self._room.release()  # wake the thread if it waits for room
        self._thread.join()

    # ---- the background thread

    def _run(self) -> None:
        from .batch import BatchError, run_local

        try:
            while True:
                self._room.acquire()
                if self._stopping.is_set():
                    break
                chunk = [_as_str(p) for p in islice(self._paths, chunk_size(self._jobs))]
                if not chunk:
                    break
                self._queue.put(("chunk", chunk))
                run_local(chunk, self._options, self._jobs, self._on_done)
            self._queue.put(("end", None))
        except _Stopped:
            self._queue.put(("end", None))
        except BatchError as err:
            self._queue.put(("error", BatchError(f"{err}{_main_hint()}")))
        except BaseException as err:  # the caller's thread raises it
            self._queue.put(("error", err))

    def _on_done(self, done: Done) -> None:
        if self._stopping.is_set():
            raise _Stopped  # run_local stops its workers on the way out
        self._queue.put(("done", done))

    # ---- the caller's thread

    def results(self, ordered: bool) -> Iterator[Result]:
        while True:
            kind, payload = self._queue.get()
            if kind == "end":
                return
            if kind == "error":
                raise payload
            chunk: list[str] = payload
            yield from (self._in_order(chunk) if ordered else self._as_finished(chunk))
            self._room.release()

    def _as_finished(self, chunk: list[str]) -> Iterator[Result]:
        for _ in chunk:
            yield _result(self._next_done())

    def _in_order(self, chunk: list[str]) -> Iterator[Result]:
        slots: dict[str, deque[int]] = {}
        for i, path in enumerate(chunk):
            slots.setdefault(path, deque()).append(i)
        # Pages finished ahead of their turn wait as the workers' JSON lines, decoded when
        # yielded: a slow page holds back small bytes, not decoded records.
        waiting: dict[int, Done] = {}
        for i in range(len(chunk)):
            while i not in waiting:
                done = self._next_done()
                waiting[slots[done.path].popleft()] = done
            yield _result(waiting.pop(i))

    def _next_done(self) -> Done:
        kind, payload = self._queue.get()
        if kind == "error":
            raise payload
        assert kind == "done", kind  # a chunk's pages all come before anything else
        done: Done = payload
        return done


def _main_hint() -> str:
    """Why workers may fail to start: they import a script's main module first (as any
    ``multiprocessing`` pool that does not fork the caller), which runs an unguarded call again."""
    main = sys.modules.get("__main__")
    if getattr(main, "__file__", None) is None:
        return ""
    return (
        "; a script that calls extract_many must call it under "
        '`if __name__ == "__main__":` (worker processes import the main module)'
    )


def _as_str(path: StrPath) -> str:
    found = os.fspath(path)
    return found if isinstance(found, str) else os.fsdecode(found)


def _result(done: Done) -> Result:
    """A finished page as the caller gets it: what :func:`policyextract.extract` would give."""
    entry = json.loads(done.line)
    if done.error is not None:
        error = ExtractionError(done.error["reason"], done.error["stage"], path=done.path)
        return Result(done.path, None, error)
    record = entry["record"]
    # The worker names the page in its display form (for the batch's files); extract() gives
    # the path as passed, lone surrogates and all.
    record["source"]["path"] = done.path
    return Result(done.path, record, None)
