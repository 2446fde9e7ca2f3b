"""The compiled-pattern cache (``pattern_cache.py``): a run after the first parses no pattern, and
a bad, foreign or unwritable file costs only speed, never a different pattern."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import regex
from fresh_python import run_python

from policyextract import pattern_cache
from policyextract.pattern_cache import PatternCache, cache_path, load

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"

SOURCES = [
    (r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<u>万|亿)?元", 0),
    (r"\p{Han}{2,4}(?:局|委|厅)", 0),
    (r"copyright", regex.IGNORECASE),
]
SAMPLES = ["投资12.5亿元，其中3元", "市发展改革委和省财政厅", "COPYRIGHT © 2024"]


def _first_run(path: Path) -> None:
    cache = PatternCache(path)
    for source, flags in SOURCES:
        cache.compile(source, flags)
    assert cache.compiled_new
    cache.write()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(pattern_cache.regex, "compile", refuse)


def test_a_second_run_takes_every_pattern_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.pickle"
    _first_run(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _no_parsing(monkeypatch)
    second = PatternCache(path)
    for source, flags in SOURCES:
        loaded = second.compile(source, flags)
        assert isinstance(loaded, regex.Pattern)
        monkeypatch.undo()
        compiled = regex.compile(source, flags)
        _no_parsing(monkeypatch)
        for sample in SAMPLES:  # the loaded pattern finds what a freshly compiled one finds
            assert [m.groupdict() or m.group() for m in loaded.finditer(sample)] == [
                m.groupdict() or m.group() for m in compiled.finditer(sample)
            ]
    assert not second.compiled_new


def test_runs_of_two_kinds_keep_each_others_patterns(tmp_path: Path) -> None:
    # A text dump and an HTML page compile a few patterns the other does not: alternating them
    # must not recompile those each time.
    path = tmp_path / "patterns.pickle"
    _first_run(path)
    later = PatternCache(path)
    later.compile(*SOURCES[0])
    later.compile(r"[一二三]+", 0)  # new: this run writes
    later.write()
    assert set(load(path)) == {*SOURCES, (r"[一二三]+", 0)}
    first_kind_again = PatternCache(path)
    for source, flags in SOURCES:
        first_kind_again.compile(source, flags)
    assert not first_kind_again.compiled_new


def test_past_the_bound_the_file_keeps_only_the_last_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 4)
    path = tmp_path / "patterns.pickle"
    _first_run(path)  # three patterns
    later = PatternCache(path)
    later.compile(*SOURCES[0])
    later.compile(r"[一二三]+", 0)
    later.compile(r"[四五六]+", 0)  # five in all: over the bound
    later.write()
    assert set(load(path)) == {SOURCES[0], (r"[一二三]+", 0), (r"[四五六]+", 0)}


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-40],  # cut short
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit changed
        lambda data: b"x" + data[1:],  # not this module's file
        lambda data: b"",
    ],
)
def test_a_spoilt_file_is_passed_over(tmp_path: Path, spoil: object) -> None:
    path = tmp_path / "patterns.pickle"
    _first_run(path)
    path.write_bytes(spoil(path.read_bytes()))  # type: ignore[operator]
    assert load(path) == {}
    cache = PatternCache(path)
    assert cache.compile(*SOURCES[0]).search("投资5亿元").group() == "5亿元"
    assert cache.compiled_new


def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    _first_run(path)
    assert load(path)
    path.chmod(0o620)
    assert load(path) == {}


def test_an_unwritable_place_costs_nothing_but_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    cache = PatternCache(blocker / "cache" / "patterns.pickle")  # a folder under a file
    assert cache.compile(*SOURCES[1]).findall("省财政厅") == ["省财政厅"]
    cache.write()  # no error
    assert list(tmp_path.iterdir()) == [blocker]


def test_where_the_file_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POLICYEXTRACT_CACHE_DIR", "")
    assert cache_path() is None
    assert PatternCache(None).compile("a+").fullmatch("aa")
    monkeypatch.setenv("POLICYEXTRACT_CACHE_DIR", str(tmp_path))
    found = cache_path()
    assert found is not None and found.parent == tmp_path
    assert regex.__version__ in found.name
    monkeypatch.delenv("POLICYEXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_path() == tmp_path / "xdg" / "policyextract" / found.name
    # no home directory to be found: no cache, rather than a folder named ~ where the user works
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(pattern_cache.os.path, "expanduser", lambda path: path)
    assert cache_path() is None


def _extract(cache_dir: str, hash_seed: str = "1") -> tuple[dict[str, object], bool]:
    """Extract the acceptance article in a fresh process: its record, and whether it had to
    compile any pattern the cache did not hold."""
    code = (
        "import json, os, sys, io, contextlib\n"
        "from policyextract.cli import main\n"
        "from policyextract import pattern_cache\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    status = main(['extract', {str(SEED)!r}])\n"
        "print(json.dumps([status, pattern_cache._CACHE.compiled_new, out.getvalue()]))\n"
    )
    done = run_python(
        code, timeout=120, env={"POLICYEXTRACT_CACHE_DIR": cache_dir, "PYTHONHASHSEED": hash_seed}
    )
    assert done.returncode == 0, done.stderr
    status, compiled_new, record = json.loads(done.stdout.splitlines()[-1])
    assert status == 0
    return json.loads(record), compiled_new


def test_extract_parses_no_pattern_once_the_cache_is_warm(tmp_path: Path) -> None:
    first, first_new = _extract(str(tmp_path))
    assert first_new and any(tmp_path.iterdir())
    # Another hash seed: a pattern joined from a set in the set's order would miss.
    second, second_new = _extract(str(tmp_path), hash_seed="2")
    assert not second_new
    without, _ = _extract("")
    assert first == second == without
    assert first["facts"]
