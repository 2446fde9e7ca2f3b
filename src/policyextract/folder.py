"""A batch's output folder: each run's files form one set, made visible whole by one rename.

POSIX can replace one file atomically (``rename``), never several. So the files of a run are
written into a folder of their own, ``OUTDIR/.sets/N/``, with ``manifest.json`` written last,
and the dataset's names in OUTDIR are fixed symbolic links into ``OUTDIR/.current``, itself a
symbolic link to the current set::

    OUTDIR/articles.parquet -> .current/articles.parquet
    OUTDIR/.current -> .sets/7
    OUTDIR/.sets/7/articles.parquet

The commit point is one ``rename`` of a new ``.current`` link over the old one: before it every
name shows the old set, after it the new one, whatever process opens a file (pandas, DuckDB, a
shell), and after a kill at any moment the folder holds one complete set. A name the old set
lacks links to nothing until the swap (it does not exist, as in the old set); links of names the
new set lacks and the old sets are removed after the swap (:func:`cleanup`). A reader that opens
several files reads them from the set :func:`read_folder` resolves once, so a swap between two
opens cannot mix two sets.

A folder written before sets existed (plain files) is adopted first, without a moment of
inconsistency: its files are hard-linked into a set of their own, ``.current`` is made to point
at it, then each plain file is replaced by its link (the same bytes) one rename at a time.

Where symbolic links cannot be made (some Windows set-ups, FAT), the files are moved into OUTDIR
one by one instead, ``manifest.json`` removed first and moved last: a kill in between leaves a
folder without a manifest, which the next batch completes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

#: The sets of files, one folder each, named by a number that grows with each commit.
SETS = ".sets"
#: The link to the current set.
CURRENT = ".current"
#: Every name the batch publishes in OUTDIR (the files of a set are among these).
NAMES = (
    "articles.jsonl",
    "errors.jsonl",
    "facts.csv",
    "articles.csv",
    "facts.parquet",
    "articles.parquet",
    "README.md",
    "manifest.json",
)

#: Tests: called with the name of each step of a commit as it is done (to kill the process
#: there and check that the folder holds a complete set).
on_step: Callable[[str], None] | None = None


def step(name: str) -> None:
    if on_step is not None:
        on_step(name)


def new_set(outdir: Path) -> Path:
    """A new, empty folder for the next set (``OUTDIR/.sets/N``, N above every existing one)."""
    sets = outdir / SETS
    sets.mkdir(exist_ok=True)
    numbers = [int(p.name) for p in sets.iterdir() if p.name.isdigit()]
    folder = sets / str(max(numbers, default=0) + 1)
    folder.mkdir()
    return folder


def publish(outdir: Path, folder: Path) -> None:
    """Make the complete set in ``folder`` (made by :func:`new_set`, every file durable) the
    folder's current set; see the module's docstring."""
    names = sorted(p.name for p in folder.iterdir())
    try:
        _adopt_plain_files(outdir)
        for name in names:
            _link(outdir, name)
    except NotImplementedError:  # no symbolic links here
        _move_files(outdir, folder, names)
        return
    step("linked")
    _point(outdir, folder)
    step("swapped")


def cleanup(outdir: Path) -> None:
    """Remove the links of names the current set lacks, and every other set (after the journal
    stopped naming them, see policyextract.batch)."""
    current = read_folder(outdir)
    if current == outdir:
        return
    for name in NAMES:
        path = outdir / name
        if _is_our_link(path, name) and not (current / name).exists():
            path.unlink()
    for other in (outdir / SETS).iterdir():
        if other.resolve() != current:
            shutil.rmtree(other, ignore_errors=True)
    for stray in outdir.glob(".*.tmp"):  # links and files of killed runs (any version)
        if stray.is_symlink() or stray.is_file():
            stray.unlink(missing_ok=True)


def read_folder(outdir: Path) -> Path:
    """The folder to read a dataset's files from: the current set, resolved once (a swap after
    this call does not change it), or OUTDIR itself for a folder of plain files."""
    link = outdir / CURRENT
    if link.is_symlink():
        return link.resolve()
    return outdir


def current_set(outdir: Path) -> str | None:
    """The name of the current set (``None`` for a folder of plain files)."""
    link = outdir / CURRENT
    return os.path.basename(os.readlink(link)) if link.is_symlink() else None


def set_folder(outdir: Path, name: str) -> Path:
    return outdir / SETS / name


def _is_our_link(path: Path, name: str) -> bool:
    return path.is_symlink() and os.readlink(path) == f"{CURRENT}/{name}"


def _link(outdir: Path, name: str) -> None:
    """``OUTDIR/name`` → ``.current/name``, replacing a plain file atomically."""
    path = outdir / name
    if _is_our_link(path, name):
        return
    _symlink(f"{CURRENT}/{name}", path)


def _point(outdir: Path, folder: Path) -> None:
    """The commit point: ``.current`` → ``folder``, by one rename."""
    _symlink(f"{SETS}/{folder.name}", outdir / CURRENT)
    fsync_dir(outdir)


def _symlink(target: str, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.symlink(target, tmp)
    except (NotImplementedError, OSError) as err:
        if isinstance(err, NotImplementedError) or err.errno in _NO_LINKS:
            raise NotImplementedError(str(err)) from err
        raise
    os.replace(tmp, path)


# errno values of a file system or platform without symbolic links.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP}


def _adopt_plain_files(outdir: Path) -> None:
    """Turn a folder of plain files (written before sets existed) into a set, each of its names
    showing the same bytes at every moment."""
    if (outdir / CURRENT).is_symlink():
        return
    plain = [n for n in NAMES if (outdir / n).is_file() and not (outdir / n).is_symlink()]
    if not plain:
        return
    folder = new_set(outdir)
    for name in plain:
        try:
            os.link(outdir / name, folder / name)
        except OSError:  # no hard links here: a copy holds the same bytes
            shutil.copy2(outdir / name, folder / name)
    fsync_dir(folder)
    _point(outdir, folder)
    step("adopted")
    for name in plain:
        _link(outdir, name)
    step("adopted-linked")


def _move_files(outdir: Path, folder: Path, names: Sequence[str]) -> None:
    """Publish without symbolic links: the manifest goes first and comes back last."""
    (outdir / "manifest.json").unlink(missing_ok=True)
    fsync_dir(outdir)
    for name in sorted(names, key=lambda n: n == "manifest.json"):
        os.replace(folder / name, outdir / name)
    for name in NAMES:
        if name not in names:
            (outdir / name).unlink(missing_ok=True)
    fsync_dir(outdir)
    with contextlib.suppress(OSError):
        shutil.rmtree(outdir / SETS)
    step("swapped")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name == "posix":  # directories cannot be opened for fsync on Windows
        fsync_file(path)
