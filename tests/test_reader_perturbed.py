"""A few bad bytes must not ruin a page: the realworld pages with a Latin-1 ``©`` added to the
footer, or cut inside their last character, read as well as the pages themselves; the dev pages
transcoded to GBK (simplified) and Big5 (traditional), declared rightly, wrongly or not at all,
decode to exactly their text; and so do the realworld pages in UTF-16 without a byte-order mark.

The perturbations and the scoring are the evaluation script's own
(``benchmarks/evaluate_reader.py``: ``with_latin1_byte``, ``with_truncated_end``,
``perturbed_reader``), imported as ``tests/test_reader_gate.py`` does. Skipped when
``../shared/realworld`` (or ``../shared/realworld-dev``) is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_benchmark

from policyextract.reader.decoding import read_page

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT / ".." / "shared" / "realworld"
REALWORLD_DEV = ROOT / ".." / "shared" / "realworld-dev"
KINDS = ("html", "text")
PERTURBATIONS = ("latin1", "truncate")
# The bar: mean body F1 over the 26 pages, each perturbation and mode.
MIN_F1 = 0.98


def _evaluation() -> ModuleType:
    return load_benchmark("evaluate_reader")


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    return _evaluation()


def _pages(root: Path, kind: str) -> list[Path]:
    folder = root / kind
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return sorted(folder.glob("*.html" if kind == "html" else "*.txt"))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", PERTURBATIONS)
def test_a_bad_byte_does_not_ruin_a_page(name: str, kind: str, evaluation: ModuleType) -> None:
    _pages(REALWORLD, kind)
    rows = evaluation.evaluate(REALWORLD, kind, evaluation.perturbed_reader(name))
    refused = {row.page: row.error for row in rows if row.error}
    assert not refused
    average = evaluation.averages(rows)["f1"]
    worst = sorted((round(row.f1, 3), row.page) for row in rows)[:3]
    assert average >= MIN_F1, f"mean body F1 {average:.4f}; lowest: {worst}"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", PERTURBATIONS)
def test_a_bad_byte_is_replaced_and_said(name: str, kind: str, evaluation: ModuleType) -> None:
    # The page decodes in the same encoding as without the bad byte, to the same text but for a
    # U+FFFD where the byte stands, and its source says -lossy. So no mojibake comes out at all,
    # and none labelled "declared".
    change: Callable[[bytes], bytes] = evaluation.PERTURBATIONS[name]
    for path in _pages(REALWORLD, kind):
        data = path.read_bytes()
        before = read_page(data, input_format=kind)  # type: ignore[arg-type]
        after = read_page(change(data), input_format=kind)  # type: ignore[arg-type]
        assert after.encoding == before.encoding, path.name
        assert after.encoding_source == f"{before.encoding_source}-lossy", path.name
        if name == "latin1":
            assert after.text.replace(" \ufffd 2024 ", "", 1) == before.text, path.name
        else:
            assert after.text.endswith("\ufffd"), path.name
            assert before.text.startswith(after.text[:-1]), path.name


# --- the dev pages in GBK and Big5 -----------------------------------------------------------
# The dev pages are stored as UTF-8 (re-saved, their declarations rewritten to utf-8). Transcoded
# back to the legacy encoding of their script, they stand for the GBK and Big5 pages of the web.

LEGACY = {"hans": ("gbk", "gb18030"), "hant": ("big5", "big5hkscs")}  # encode with, decoded as
# Declarations the bytes plainly contradict, per script.
WRONG = {"hans": ("big5", "iso-8859-1", "utf-16"), "hant": ("gb2312", "windows-1252", "utf-16")}
_UTF8_DECLARED = re.compile(rb"""(charset\s*=\s*["']?)utf-8""", re.IGNORECASE)


def _legacy_pages(kind: str) -> Iterator[tuple[str, str, bytes]]:
    """(page id, script, the page's bytes in its script's legacy encoding, labelled ``LABEL``)."""
    for path in _pages(REALWORLD_DEV, kind):
        gold = json.loads((REALWORLD_DEV / "gold" / f"{path.stem}.json").read_text("utf-8"))
        encoding = LEGACY[gold["script"]][0]
        # Characters the legacy encoding lacks: a character reference in HTML, "?" in a dump.
        errors = "xmlcharrefreplace" if kind == "html" else "replace"
        data = path.read_text("utf-8").encode(encoding, errors=errors)
        yield path.stem, gold["script"], data


def _declaring(data: bytes, label: str) -> bytes:
    return _UTF8_DECLARED.sub(rb"\g<1>" + label.encode(), data, count=1)


@pytest.mark.parametrize("kind", KINDS)
def test_legacy_pages_with_a_bad_byte_keep_their_encoding(
    kind: str, evaluation: ModuleType
) -> None:
    wrong = []
    lossy = 0
    for page, script, data in _legacy_pages(kind):
        encoding, codec = LEGACY[script]
        if kind == "html":
            data = _declaring(data, encoding)
        for name in ("none", *PERTURBATIONS):
            changed = data if name == "none" else evaluation.PERTURBATIONS[name](data)
            got = read_page(changed, input_format=kind)  # type: ignore[arg-type]
            want = changed.decode(codec, errors="replace")
            # Cut before a Big5 trail byte in the ASCII range, a page can still be valid.
            how = ("declared" if kind == "html" else "detected") + (
                "-lossy" if "\ufffd" in want else ""
            )
            if (got.encoding, got.encoding_source, got.text) != (codec, how, want):
                wrong.append((page, name, got.encoding, got.encoding_source))
            lossy += how.endswith("-lossy")
    assert not wrong
    assert lossy > 207, "the perturbations should break most pages"


def test_legacy_pages_under_a_wrong_declaration_are_read_right(evaluation: ModuleType) -> None:
    wrong = []
    for page, script, data in _legacy_pages("html"):
        codec = LEGACY[script][1]
        for label in WRONG[script]:
            for name in ("none", "latin1"):
                changed = _declaring(data, label)
                if name != "none":
                    changed = evaluation.PERTURBATIONS[name](changed)
                got = read_page(changed, input_format="html")
                right = got.text == changed.decode(codec, errors="replace")
                if got.encoding != codec or not got.encoding_source.startswith("detected"):
                    right = False
                if not right:
                    wrong.append((page, label, name, got.encoding, got.encoding_source))
    assert not wrong


@pytest.mark.parametrize("kind", KINDS)
def test_pages_in_utf16_without_a_bom_are_read(kind: str) -> None:
    # Saved as UTF-16 with no byte-order mark: read in the right byte order, not called binary.
    wrong = []
    for path in _pages(REALWORLD, kind):
        text = path.read_text("utf-8")
        for encoding in ("utf-16-le", "utf-16-be"):
            page = read_page(text.encode(encoding), input_format=kind)  # type: ignore[arg-type]
            if (page.encoding, page.encoding_source, page.text) != (encoding, "detected", text):
                wrong.append((path.name, encoding, page.encoding))
    assert not wrong
