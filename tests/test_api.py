"""The Python API: ``extract`` (one way to give a page), ``lexicon=``, ``extract_many``,
``facts`` of a clean body, and the README's examples."""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fresh_python import run_python

import policyextract
from policyextract import ExtractionError, extract, extract_many, extract_record, lexicon_user

ROOT = Path(__file__).resolve().parents[1]
SEED_TXT = ROOT / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
SEED_HTML = SEED_TXT.with_suffix(".html")
READER_FIXTURES = ROOT / "tests" / "fixtures" / "reader"


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    """The acceptance article's record, read from its text dump."""
    return extract(path=SEED_TXT)


def _same_article(record: dict[str, Any], seed: dict[str, Any]) -> None:
    assert record["body"] == seed["body"]
    assert record["facts"] == seed["facts"]
    assert record["metadata"]["title"] == seed["metadata"]["title"]
    assert record["metadata"]["published"] == "2024-06-07T17:25:36+08:00"


# ------------------------------------------------------------------------------------------
# extract: one page, given one way


# (how the page is given, the record's source.path, its source.format)
WAYS: list[tuple[str, Callable[[], dict[str, Any]], str | None, str]] = [
    ("path= str", lambda: extract(path=str(SEED_TXT)), str(SEED_TXT), "text"),
    ("path= Path", lambda: extract(path=SEED_TXT), str(SEED_TXT), "text"),
    ("positional str", lambda: extract(str(SEED_TXT)), str(SEED_TXT), "text"),
    ("positional Path", lambda: extract(SEED_TXT), str(SEED_TXT), "text"),
    ("positional bytes", lambda: extract(SEED_TXT.read_bytes()), None, "text"),
    ("text= str", lambda: extract(text=SEED_TXT.read_text("utf-8")), None, "text"),
    ("text= bytes", lambda: extract(text=SEED_TXT.read_bytes()), None, "text"),
    ("path= html", lambda: extract(path=SEED_HTML), str(SEED_HTML), "html"),
    # The HTML file is GBK declared gb2312: html= takes its bytes as they are, or its text.
    ("html= bytes", lambda: extract(html=SEED_HTML.read_bytes()), None, "html"),
    ("html= str", lambda: extract(html=SEED_HTML.read_bytes().decode("gb18030")), None, "html"),
    ("name= names bytes", lambda: extract(SEED_HTML.read_bytes(), name="x.htm"), "x.htm", "html"),
]


@pytest.mark.parametrize(("how", "call", "path", "fmt"), WAYS, ids=[w[0] for w in WAYS])
def test_every_way_of_giving_the_page_gives_the_same_article(
    how: str, call: Callable[[], dict[str, Any]], path: str | None, fmt: str, seed: dict[str, Any]
) -> None:
    record = call()
    _same_article(record, seed)
    assert (record["source"]["path"], record["source"]["format"]) == (path, fmt)


def test_html_and_text_force_the_format() -> None:
    dump, page = SEED_TXT.read_text("utf-8"), SEED_HTML.read_bytes()
    # Read by their content, both are the article; forced to the other format, neither is.
    assert extract(dump.encode())["source"]["format"] == "text"
    assert extract(page)["source"]["format"] == "html"
    with pytest.raises(ExtractionError, match="not an article"):
        extract(html=dump)
    with pytest.raises(ExtractionError, match="not an article"):
        extract(text=page)
    assert extract(text=dump, input_format="text")["source"]["format"] == "text"
    with pytest.raises(ValueError, match=r"html= reads the page as html: input_format='text'"):
        extract(html=dump, input_format="text")


def test_extract_record_takes_the_same_keywords(seed: dict[str, Any]) -> None:
    record = extract_record(text=SEED_TXT.read_text("utf-8"))
    assert record.body == seed["body"]


def _fifo(tmp: Path) -> str:
    os.mkfifo(tmp / "pipe.html")
    return str(tmp / "pipe.html")


# (the page as given, the message expected; {tmp} is the test's folder)
MISSING: list[tuple[str, Callable[[Path], Any], str]] = [
    ("one-line str", lambda tmp: str(tmp / "gone.html"), "{tmp}/gone.html: no such file"),
    ("Path", lambda tmp: tmp / "gone.html", "{tmp}/gone.html: no such file"),
    ("relative str", lambda tmp: "gone.html", "gone.html: no such file"),
    ("a folder", lambda tmp: str(tmp), "{tmp}: is a directory, not a page"),
    ("a FIFO", _fifo, "{tmp}/pipe.html: not a regular file: a FIFO (named pipe)"),
    (
        "a URL",
        lambda tmp: "https://example.org/a.html",
        "https://example.org/a.html: URLs are not fetched: save the page and pass the file",
    ),
    (
        "page text",
        lambda tmp: "<p>某市召开会议。</p>\n<p>会议指出。</p>",
        "'<p>某市召开会议。</p>\\n<p>会议指出。</p>': no such file "
        "(a str is a path: pass page text as text= or html=)",
    ),
]


@pytest.mark.parametrize(("what", "make", "message"), MISSING, ids=[m[0] for m in MISSING])
@pytest.mark.parametrize("keyword", [False, True], ids=["positional", "path="])
def test_a_file_that_cannot_be_read_is_named_in_one_line(
    what: str, make: Callable[[Path], Any], message: str, keyword: bool, tmp_path: Path
) -> None:
    given = make(tmp_path)
    expected = message.format(tmp=tmp_path)
    if keyword and what == "page text":
        expected = expected.split(" (a str is a path")[0]  # path= is plainly a path: no hint
    with pytest.raises(ExtractionError) as caught:
        extract(path=given) if keyword else extract(given)
    assert str(caught.value) == expected
    assert caught.value.path == os.fspath(given)
    assert caught.value.stage == "read"


def test_a_page_error_names_the_file_and_keeps_its_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(ExtractionError) as caught:
        extract(empty)
    assert (str(caught.value), caught.value.reason) == (f"{empty}: empty file", "empty file")
    with pytest.raises(ExtractionError, match=r"^e\.html: empty file$"):
        extract(b"", name="e.html")
    with pytest.raises(ExtractionError, match=r"^empty file$"):
        extract(text="")


# (the call, the message expected)
BAD_CALLS: list[tuple[str, Callable[[], Any], type[Exception], str]] = [
    ("none", lambda: extract(), TypeError, r"takes one page: .* \(got none\)$"),
    (
        "bytes and path=",
        lambda: extract(b"<p>x</p>", path="a.html"),
        TypeError,
        r"\(got a positional page and path=\); name a page's bytes with name=$",
    ),
    ("path=, html=", lambda: extract(path="a", html="<p>"), TypeError, r"\(got path= and html=\)$"),
    ("html=, text=", lambda: extract(html="a", text="b"), TypeError, r"\(got html= and text=\)$"),
    ("an int", lambda: extract(3), TypeError, r"page must be bytes, str or os.PathLike, not int$"),
    ("path= bytes", lambda: extract(path=b"a.html"), TypeError, r"path= must be str or os.Pa"),
    ("html= a list", lambda: extract(html=["<p>"]), TypeError, r"html= must be str or bytes"),
]


@pytest.mark.parametrize(
    ("what", "call", "kind", "message"), BAD_CALLS, ids=[b[0] for b in BAD_CALLS]
)
def test_one_page_exactly(
    what: str, call: Callable[[], Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind, match=message):
        call()


# ------------------------------------------------------------------------------------------
# lexicon=


# A made-up title: no shipped list holds it, so only the lexicon makes 周晓光 an official.
LEXICON = "[titles]\n星火联络员\n"
PAGE = (
    "某市召开基层服务工作会议\n\n来源：测试网  2024-06-07 10:00:00\n\n"
    "6月7日，某市召开基层服务工作会议。星火联络员周晓光介绍，今年全市新建服务站120个。\n\n"
    "会议要求，各区要持续做好基层服务工作，确保各项任务落到实处。\n"
)


def _officials(facts: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(f["name"], f["title"]) for f in facts if f["type"] == "official"]


def test_lexicon_extends_the_rules_once_per_file(tmp_path: Path, restore_lexicon: None) -> None:
    lexicon = tmp_path / "user.lex"
    lexicon.write_text(LEXICON, encoding="utf-8")
    assert _officials(extract(text=PAGE)["facts"]) == []
    record = extract(text=PAGE, lexicon=lexicon)
    assert _officials(record["facts"]) == [("周晓光", "星火联络员")]
    version = lexicon_user.version()
    copy = tmp_path / "copy.lex"
    copy.write_text(LEXICON, encoding="utf-8")
    assert extract(text=PAGE, lexicon=[lexicon, str(copy)]) == record
    assert lexicon_user.version() == version  # loaded again under either name: nothing done
    # Process-wide, as the CLI's --lexicon: later calls without lexicon= keep it.
    assert _officials(extract(text=PAGE)["facts"]) == [("周晓光", "星火联络员")]
    assert lexicon_user.loaded_files()[-1] == str(lexicon)


def test_a_bad_lexicon_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.lex"
    bad.write_text("星火联络员\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match=r"bad\.lex:1: entry before any section") as caught:
        extract(text=PAGE, lexicon=bad)
    assert caught.value.stage == "lexicon" and caught.value.path is None


# ------------------------------------------------------------------------------------------
# extract_many


def _one_by_one(paths: list[str]) -> list[tuple[str, Any]]:
    """What extract() gives for each path: a record, or the error's (reason, stage, path)."""
    found: list[tuple[str, Any]] = []
    for path in paths:
        try:
            found.append((path, extract(path=path)))
        except ExtractionError as err:
            found.append((path, (err.reason, err.stage, err.path)))
    return found


def _as_results(results: Iterator[policyextract.Result]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for path, record, error in results:
        assert (record is None) != (error is None)
        found.append((path, record if error is None else (error.reason, error.stage, error.path)))
    return found


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A few fixture pages of both kinds, the seed twice, and pages that fail."""
    odd = tmp_path_factory.mktemp("odd")
    (odd / "empty.html").write_bytes(b"")
    (odd / "nav.html").write_text("<html><body><a href='/'>首页</a></body></html>")
    fixtures = sorted(p for p in READER_FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
    return [
        str(SEED_HTML),
        *map(str, fixtures[:6]),
        str(odd / "empty.html"),
        str(odd / "missing.html"),
        str(SEED_TXT),
        str(odd / "nav.html"),
        str(SEED_HTML),
    ]


def test_extract_many_gives_what_extract_gives_in_input_order(pages: list[str]) -> None:
    expected = _one_by_one(pages)
    assert sum(isinstance(found, tuple) for _, found in expected) == 3  # the errors are there
    assert _as_results(extract_many(pages, jobs=2)) == expected


def test_extract_many_as_finished_and_from_a_lazy_iterable(pages: list[str]) -> None:
    results = _as_results(extract_many((Path(p) for p in pages), jobs=2, ordered=False))
    key = lambda item: (item[0], repr(item[1]))  # noqa: E731
    assert sorted(results, key=key) == sorted(_one_by_one(pages), key=key)


def test_extract_many_in_one_worker_with_small_chunks(
    pages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import policyextract.many

    # Chunks of 3 pages: results cross chunk boundaries in order, the pool waits for room.
    monkeypatch.setattr(policyextract.many, "chunk_size", lambda jobs: 3)
    assert _as_results(extract_many(pages, jobs=1)) == _one_by_one(pages)


def _state(pid: int) -> str:
    """A process's state letter (Z: exited, not yet reaped), or "gone"."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_breaking_out_of_extract_many_stops_its_workers(pages: list[str]) -> None:
    others = {p.pid for p in multiprocessing.active_children()}  # children of other tests
    workers: list[int] = []
    for result in extract_many(pages * 10, jobs=2):
        assert result.ok
        workers = [p.pid for p in multiprocessing.active_children() if p.pid not in others]
        break
    assert len(workers) == 2  # both were running when the loop broke
    assert {p.pid for p in multiprocessing.active_children()} <= others
    assert {_state(pid) for pid in workers} <= {"gone", "Z"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"jobs": 0}, "jobs must be at least 1"), ({"timeout": 0}, "timeout must be more than 0")],
)
def test_extract_many_checks_its_options_at_once(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        extract_many([str(SEED_TXT)], **kwargs)


# ------------------------------------------------------------------------------------------
# facts of a clean body


def test_facts_of_a_body_are_the_records_facts(seed: dict[str, Any]) -> None:
    published = seed["metadata"]["published"]
    assert policyextract.facts(seed["body"], published=published) == seed["facts"]
    assert policyextract.facts("\n".join(seed["body"]), published=published) == seed["facts"]


BODY = ["去年全市地区生产总值增长5%，今年力争增长6%。"]


@pytest.mark.parametrize(
    ("published", "years"),
    [
        ("2024-06-07T17:25:36+08:00", ["2023", "2024"]),
        ("2024-06-07", ["2023", "2024"]),
        ("2019-12-31T23:00:00Z", ["2018", "2019"]),  # read in its own zone, as the reader does
        (date(2020, 1, 1), ["2019", "2020"]),
        (datetime(2021, 3, 1, 9, 30), ["2020", "2021"]),
        (None, [None, None]),  # no base: unresolved, never the machine clock
    ],
)
def test_facts_resolve_relative_years_against_published(
    published: str | date | None, years: list[str | None]
) -> None:
    found = policyextract.facts(BODY, published=published)
    dates = [(f["text"], f["value"]) for f in found if f["type"] == "date"]
    assert dates == list(zip(["去年", "今年"], years, strict=True))


def test_facts_of_a_str_index_its_lines() -> None:
    body = "首段没有数字。\n\n今年全市新建服务站120个。"
    found = policyextract.facts(body, published="2024-06-07")
    lines = body.splitlines()
    assert {f["paragraph"] for f in found} == {2}
    for fact in found:
        assert lines[fact["paragraph"]][fact["start"] : fact["end"]] == fact["text"]


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (lambda: policyextract.facts(BODY, published="上周"), ValueError, "not an ISO 8601"),
        (lambda: policyextract.facts(BODY, published=20240607), TypeError, "not int"),
        (lambda: policyextract.facts([BODY], published=None), TypeError, "not a list of list"),
    ],
)
def test_facts_refuse_bad_arguments(
    call: Callable[[], Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind, match=message):
        call()


def test_facts_is_the_package_and_the_function() -> None:
    # policyextract.facts is the facts subpackage (the import system binds the name to it);
    # it is also callable as the API function.
    from policyextract import facts
    from policyextract.facts import EXTRACTORS

    assert facts is policyextract.facts and facts.EXTRACTORS is EXTRACTORS
    assert [f["text"] for f in facts(["今年新建服务站120个。"]) if f["type"] == "date"] == ["今年"]


# ------------------------------------------------------------------------------------------
# The package stays cheap to import; the README's examples run


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return run_python(code)


def test_import_loads_no_pipeline() -> None:
    done = _run(
        "import sys, policyextract\n"
        "heavy = [m for m in ('jieba', 'rjieba', 'lxml', 'pydantic', 'policyextract.pipeline',\n"
        "         'policyextract.facts', 'policyextract.many') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "assert callable(policyextract.facts) and callable(policyextract.extract_many)\n"
    )
    assert done.returncode == 0, done.stderr


def readme_examples() -> list[str]:
    """The ```python blocks of the README's "Python API" section."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("### Python API", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_readme_python_examples_run() -> None:
    blocks = readme_examples()
    assert len(blocks) >= 3
    done = _run("\n".join(blocks))
    assert done.returncode == 0, done.stderr[-3000:]


def test_readme_test_command_is_unchanged() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    block = text.split("<!-- test-command -->\n", 1)[1].split("<!-- /test-command -->", 1)[0]
    assert block == "```\npython3 -m pip install -e '.[test]' && python3 -m pytest\n```\n"
