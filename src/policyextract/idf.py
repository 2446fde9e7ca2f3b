"""jieba.analyse's IDF table, compiled into one small file that loads in under a millisecond.

jieba ships its keyword weights as text (``jieba/analyse/idf.txt``: 270,132 lines ``word idf``,
6.2 MB). Read into a dict, as policyextract did, it cost ~145 ms of CPU and 40 MB of RSS (52 MB
at the peak) in every process that makes a record, each batch worker too. ``lexicon/idf.bin``
(1.4 MB) holds the same table, built from that file by ``scripts/build_idf.py``:

- a MARISA trie of the words (the ``marisa-trie`` package: a static, succinct trie; 0.9 MB), which
  numbers each word 0…N-1;
- for each word number, the index (uint16) of its value among the table's distinct values (the
  270,132 words share 3,328 values);
- the distinct values as float64, each exactly the ``float()`` of jieba's text.

The file is memory-mapped, not read: opening it is parsing a header, checking a CRC-32 over the
file and handing the trie its bytes, ~0.6 ms (importing ``marisa_trie`` ~1.6 ms more); it adds
~3 MB of RSS, nearly all of it file pages shared by every process that maps them (batch workers
too). Lookups cost what the dict's did (~0.4 ms of keywords per page either way). A missing or
damaged file raises :class:`IdfTableError`: weights are never guessed.

Measured against the alternatives on the 466 realworld + dev pages' words: a sorted key blob with
``bisect`` in Python (3.8 MB, ~10× slower lookups), an open-addressing hash table in one file
(5.9 MB, ~1.5× slower lookups, hand-written), marisa's ``RecordTrie`` (1.3 MB, 2× slower
lookups: it returns lists of tuples). The plain trie plus a value index is the smallest and as
fast as the dict.

The header is one line of ASCII text (``head -c 256 idf.bin`` shows it): the format version, the
counts, the median (the IDF of a word missing from the table, as in jieba), the jieba version and
the SHA-256 of the ``idf.txt`` it was built from, and the CRC-32. Nothing rehashes ``idf.txt`` at
run time; ``tests/test_keywords.py`` checks that the shipped file matches the installed jieba's
table word for word, value for value, and its median.

File layout (little-endian)::

    header   256 bytes: b"policyextract-idf 1 words=N values=M median=R jieba=V sha256=H "
             b"crc32=C", padded with spaces, ending with a newline
    values   M float64: the distinct IDF values, ascending
    index    N uint16: index into ``values`` of word number 0, 1, …, N-1 (the trie's numbering)
    padding  zero bytes up to a multiple of 8
    trie     the rest: the MARISA trie of the N words (UTF-8), as ``marisa_trie.Trie.tobytes()``

The CRC-32 covers the header up to and including ``crc32=``, then everything after the header.
"""

from __future__ import annotations

import array
import hashlib
import importlib.util
import io
import mmap
import sys
import threading
import zlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import marisa_trie

#: The shipped table, in the package's lexicon folder.
FILE_NAME = "idf.bin"
MAGIC = b"policyextract-idf"
VERSION = 1
HEADER_SIZE = 256
_CRC_FIELD = b" crc32="

_LOCK = threading.Lock()
_TABLE: IdfTable | None = None


class IdfTableError(RuntimeError):
    """The compiled IDF table is missing or damaged (reinstall, or rebuild it)."""


class IdfTable:
    """A compiled IDF table: ``idf(word)``, and what it was built from.

    ``median`` is the table's median IDF (jieba's value for a word it does not know);
    ``source_sha256`` and ``jieba_version`` name the ``idf.txt`` it was built from.
    """

    def __init__(self, buffer: bytes | mmap.mmap, name: str) -> None:
        view = memoryview(buffer)
        fields = _header_fields(view, name)
        try:
            words, count = int(fields["words"]), int(fields["values"])
            self.median = float(fields["median"])
            self.jieba_version = fields["jieba"]
            self.source_sha256 = fields["sha256"]
            crc = int(fields["crc32"], 16)
        except (KeyError, ValueError) as err:
            raise IdfTableError(f"{name}: bad header field {err}") from None
        values_end = HEADER_SIZE + 8 * count
        trie_start = values_end + 2 * words
        trie_start += -trie_start % 8
        if words < 1 or count < 1 or trie_start >= len(view):
            raise IdfTableError(f"{name}: truncated ({len(view)} bytes)")
        cut = bytes(view[:HEADER_SIZE]).index(_CRC_FIELD) + len(_CRC_FIELD)
        if zlib.crc32(view[HEADER_SIZE:], zlib.crc32(view[:cut])) != crc:
            raise IdfTableError(f"{name}: checksum mismatch (the file is damaged)")
        values: Sequence[float] = view[HEADER_SIZE:values_end].cast("d")
        index: Sequence[int] = view[values_end : values_end + 2 * words].cast("H")
        if sys.byteorder != "little":  # the file is little-endian: swap into copies
            swapped = array.array("d", values), array.array("H", index)
            for copy in swapped:
                copy.byteswap()
            values, index = swapped
        trie = marisa_trie.Trie()
        try:
            trie.map(view[trie_start:])
        except Exception as err:  # marisa's own format checks
            raise IdfTableError(f"{name}: bad trie ({err})") from None
        if len(trie) != words:
            raise IdfTableError(f"{name}: the trie holds {len(trie)} words, the header {words}")
        # marisa's map() keeps no reference to its buffer: the table keeps it alive.
        self._buffer = buffer
        self._values = values
        self._index = index
        self._trie_get = trie.get
        self.words = words

    def idf(self, word: str) -> float:
        """The IDF of ``word``, or the table's median if the table does not hold it."""
        if "\x00" in word:  # marisa reads a query up to its first NUL; no word holds one
            return self.median
        number: int | None = self._trie_get(word)
        if number is None:
            return self.median
        return self._values[self._index[number]]

    def __contains__(self, word: str) -> bool:
        return "\x00" not in word and self._trie_get(word) is not None

    def __len__(self) -> int:
        return self.words


def _header_fields(view: memoryview, name: str) -> dict[str, str]:
    head = bytes(view[:HEADER_SIZE])
    if len(head) < HEADER_SIZE or not head.startswith(MAGIC + b" ") or not head.endswith(b"\n"):
        raise IdfTableError(f"{name}: not a policyextract IDF table")
    try:
        parts = head.decode("ascii").split()
    except UnicodeDecodeError:
        raise IdfTableError(f"{name}: not a policyextract IDF table") from None
    if parts[1] != str(VERSION):
        raise IdfTableError(
            f"{name}: format version {parts[1]}, this policyextract reads {VERSION}"
        )
    return dict(part.partition("=")[::2] for part in parts[2:])


def load_table(path: str | Path) -> IdfTable:
    """The compiled table in ``path`` (memory-mapped); :class:`IdfTableError` if it is missing,
    not a table, or damaged."""
    try:
        with open(path, "rb") as stream:
            return IdfTable(_map(stream), str(path))
    except OSError as err:
        raise IdfTableError(f"cannot read the IDF table {path}: {err.strerror or err}") from None


def _map(stream: io.BufferedReader) -> bytes | mmap.mmap:
    try:
        return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    except (ValueError, OSError, io.UnsupportedOperation):  # an empty file, or no file descriptor
        return stream.read()


def idf_table() -> IdfTable:
    """The shipped table (``lexicon/idf.bin``), loaded on first use, once per process."""
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                source = resources.files("policyextract") / "lexicon" / FILE_NAME
                try:
                    if isinstance(source, Path):
                        table = load_table(source)
                    else:  # a package inside a zip file: no file to map
                        table = IdfTable(source.read_bytes(), FILE_NAME)
                except (IdfTableError, OSError) as err:
                    raise IdfTableError(
                        f"policyextract's keyword table is unusable: {err}. Reinstall policyextract"
                        " (or rebuild the file with scripts/build_idf.py)"
                    ) from None
                _TABLE = table
    return _TABLE


# --------------------------------------------------------------------------------------------
# jieba's text, and building the file (scripts/build_idf.py)


def jieba_idf_path() -> Path:
    """jieba's ``analyse/idf.txt``, found without importing jieba (its import costs ~0.15 s)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"


def parse_jieba_idf(data: bytes) -> tuple[dict[str, float], float]:
    """jieba's ``idf.txt`` as jieba reads it: word → ``float(text)`` (a repeated word keeps its
    last value), and the median, ``sorted(values)[len // 2]`` (jieba's ``median_idf``)."""
    fields = data.split()
    if len(fields) % 2:
        raise ValueError("idf.txt: a line without its value")
    table = {
        word.decode("utf-8"): float(value)
        for word, value in zip(fields[0::2], fields[1::2], strict=True)
    }
    values = sorted(table.values())
    return table, values[len(values) // 2]


def build_table(data: bytes, jieba_version: str) -> bytes:
    """The compiled table (the bytes of ``idf.bin``) of jieba's ``idf.txt`` text ``data``."""
    table, median = parse_jieba_idf(data)
    distinct = sorted(set(table.values()))
    if len(distinct) > 0xFFFF:
        raise ValueError(f"{len(distinct)} distinct values: more than a uint16 index can number")
    position = {value: i for i, value in enumerate(distinct)}
    trie = marisa_trie.Trie(sorted(table))
    index = array.array("H", bytes(2 * len(trie)))
    for word, value in table.items():
        index[trie.key_id(word)] = position[value]
    values = array.array("d", distinct)
    if sys.byteorder != "little":
        values.byteswap()
        index.byteswap()
    body = values.tobytes() + index.tobytes()
    body += bytes(-(HEADER_SIZE + len(body)) % 8) + bytes(trie.tobytes())
    head = (
        f"{MAGIC.decode()} {VERSION} words={len(table)} values={len(distinct)} "
        f"median={median!r} jieba={jieba_version} sha256={hashlib.sha256(data).hexdigest()}"
    ).encode("ascii") + _CRC_FIELD
    crc = zlib.crc32(body, zlib.crc32(head))
    head += f"{crc:08x}".encode("ascii")
    if len(head) >= HEADER_SIZE:
        raise ValueError("header too long")
    return head.ljust(HEADER_SIZE - 1) + b"\n" + body
