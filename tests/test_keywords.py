"""The compiled IDF table behind keywords (``lexicon/idf.bin``, ``policyextract.idf``)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from policyextract import idf
from policyextract.idf import (
    IdfTableError,
    build_table,
    idf_table,
    jieba_idf_path,
    load_table,
    parse_jieba_idf,
)
from policyextract.keywords import keywords
from policyextract.models import Doc, Token

SAMPLE = "集群 9.5\n协同 8.25\n增长 7.0\n新质生产力 12.75\nabc 1.5\n集群 10.0\n".encode()


def test_shipped_table_is_installed_jiebas_table() -> None:
    """Every word and value of the installed jieba's idf.txt, and its median: a jieba upgrade
    that changes the table fails here (rebuild with scripts/build_idf.py)."""
    data = jieba_idf_path().read_bytes()
    table = idf_table()
    assert table.source_sha256 == hashlib.sha256(data).hexdigest(), "run scripts/build_idf.py"
    words, median = parse_jieba_idf(data)
    assert table.median == median
    assert len(table) == len(words)
    wrong = [word for word, value in words.items() if table.idf(word) != value or word not in table]
    assert wrong == []


def test_jieba_text_is_read_as_jieba_reads_it() -> None:
    words, median = parse_jieba_idf(SAMPLE)
    assert words == {"集群": 10.0, "协同": 8.25, "增长": 7.0, "新质生产力": 12.75, "abc": 1.5}
    assert median == sorted(words.values())[len(words) // 2] == 8.25


def test_built_table_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "idf.bin"
    path.write_bytes(build_table(SAMPLE, "0.42.1"))
    table = load_table(path)
    assert (len(table), table.median, table.jieba_version) == (5, 8.25, "0.42.1")
    assert table.source_sha256 == hashlib.sha256(SAMPLE).hexdigest()
    assert [table.idf(w) for w in ("集群", "协同", "增长", "新质生产力", "abc")] == [
        10.0,
        8.25,
        7.0,
        12.75,
        1.5,
    ]
    # Missing words get the median, prefixes and extensions of a word included; so does a word
    # with a NUL (marisa would read the query up to it and find 集群).
    for word in ("集", "集群们", "xyz", "集群\x00增长", ""):
        assert word not in table
        assert table.idf(word) == 8.25


def _damaged(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: b"", "not a policyextract IDF table"),
        (lambda d: d[:200], "not a policyextract IDF table"),
        (lambda d: d[:300], "truncated"),
        (lambda d: d[:-1], "checksum"),
        (lambda d: d + b"\0", "checksum"),
        (lambda d: _damaged(d, 256), "checksum"),  # the first value
        (lambda d: _damaged(d, len(d) - 40), "checksum"),  # inside the trie
        (lambda d: d.replace(b"median=8.25", b"median=8.26"), "checksum"),
        (lambda d: d.replace(b"idf 1 ", b"idf 2 "), "format version 2"),
        (lambda d: d.replace(b"words=5", b"words=x"), "bad header field"),
        (lambda d: d.replace(b"values=", b"valuez="), "bad header field"),
        (lambda d: b"GIF89a" + d[6:], "not a policyextract IDF table"),
    ],
)
def test_a_damaged_table_is_refused(tmp_path: Path, change: object, reason: str) -> None:
    path = tmp_path / "idf.bin"
    path.write_bytes(change(build_table(SAMPLE, "0.42.1")))  # type: ignore[operator]
    with pytest.raises(IdfTableError, match=reason):
        load_table(path)


def test_a_missing_table_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(IdfTableError, match="cannot read the IDF table"):
        load_table("/nonexistent/idf.bin")
    # The shipped file gone: keywords fail with a reason, never with made-up weights.
    monkeypatch.setattr(idf, "_TABLE", None)
    monkeypatch.setattr(idf, "FILE_NAME", "missing-idf.bin")
    doc = Doc(paragraphs=["集群协同"], tokens=[[Token("集群", "", 0, 2), Token("协同", "", 2, 4)]])
    with pytest.raises(IdfTableError, match=r"keyword table is unusable.*Reinstall policyextract"):
        keywords(doc)
