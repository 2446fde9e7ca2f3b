"""Imported by the batch's forkserver process only: warms the pipeline before workers fork.

The forkserver ignores an ``ImportError`` from a preloaded module but dies on anything else, so
every failure is swallowed here; workers then warm up themselves (:func:`batch.init_worker`).
"""

from __future__ import annotations

import contextlib

with contextlib.suppress(Exception):
    from .batch import warm_up

    warm_up()
