"""Imported by the batch's forkserver process only: warms the pipeline before workers fork.

The forkserver ignores an ``ImportError`` from a preloaded module but dies on anything else, so
every failure is swallowed here; workers then warm up themselves (:func:`batch.init_worker`).
Ctrl-C is the parent's to handle (the forkserver ignores it once it serves; here it would print a
``KeyboardInterrupt`` traceback from the server while it warms up): SIGINT is ignored first.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys


def _in_forkserver() -> bool:
    """Whether multiprocessing's forkserver is importing this module (its ``main`` preloads it),
    not some other process (``pytest --doctest-modules`` imports every module)."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "main" and os.path.basename(code.co_filename) == "forkserver.py":
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


if _in_forkserver():
    with contextlib.suppress(ValueError):  # not the main thread: nothing to do
        signal.signal(signal.SIGINT, signal.SIG_IGN)

with contextlib.suppress(Exception):
    from .batch import warm_up

    warm_up()
