"""The report in a real browser: Debian's chromium driven by Playwright (nothing downloaded).

Skipped when Playwright or /usr/bin/chromium is absent (CI installs chromium with apt-get).
Each test saves a screenshot into its tmp dir and prints the path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_records import RECORD, XSS_RECORD, records

from policyextract.report import render_report, write_report

CHROMIUM = Path("/usr/bin/chromium")
SEED = Path(__file__).resolve().parents[1] / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not CHROMIUM.exists():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Opened:
    """A report page plus everything it said: console messages, errors, requests, dialogs."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.console: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 1000})
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.url = path.as_uri()
        self.page.goto(self.url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")


def _open(browser: Any, tmp_path: Path, recs: list[dict[str, Any]]) -> Opened:
    path = tmp_path / "report.html"
    write_report(render_report(recs), path)
    return Opened(browser, path)


def _mark_texts(opened: Opened, n_facts: int, article: int = 0) -> list[str]:
    """Per fact, the text of its <mark> fragments joined in document order."""
    script = """([article, n]) => Array.from({length: n}, (_, i) =>
        Array.from(document.querySelectorAll(`mark[data-fact="a${article}-f${i}"]`))
             .map(m => m.textContent).join(''))"""
    texts: list[str] = opened.page.evaluate(script, [article, n_facts])
    return texts


def test_loads_cleanly_and_page_scripts_never_run(browser: Any, tmp_path: Path) -> None:
    opened = _open(browser, tmp_path, [*records(2), XSS_RECORD])
    opened.screenshot(tmp_path / "report.png")
    assert opened.errors == []
    assert [m for m in opened.console if m.startswith(("error", "warning"))] == []
    assert opened.requests == [opened.url]  # nothing fetched but the page itself
    assert opened.dialogs == []
    assert opened.page.evaluate("typeof window.__xss") == "undefined"
    # The hostile title is on screen as text.
    title = opened.page.locator("#a2 h2").inner_text()
    assert title == XSS_RECORD["metadata"]["title"]
    # Hovering the hostile source and clicking every mark runs nothing either.
    opened.page.locator("#a2 table.meta td").nth(2).hover()
    for mark in opened.page.locator("#a2 mark").all():
        mark.click()
    assert opened.page.evaluate("typeof window.__xss") == "undefined"
    assert opened.errors == []


def test_highlights_are_at_the_fact_characters(browser: Any, tmp_path: Path) -> None:
    opened = _open(browser, tmp_path, [RECORD])
    assert _mark_texts(opened, len(RECORD["facts"])) == [f["text"] for f in RECORD["facts"]]


def test_highlights_on_the_seed(browser: Any, tmp_path: Path) -> None:
    from policyextract import ExtractionError, extract

    try:
        record = extract(SEED)
    except ExtractionError as err:
        pytest.skip(f"the reader does not handle the seed yet: {err.reason}")
    if not record["facts"]:
        pytest.skip("no facts extracted from the seed yet")
    opened = _open(browser, tmp_path, [record])
    opened.screenshot(tmp_path / "seed.png")
    assert _mark_texts(opened, len(record["facts"])) == [f["text"] for f in record["facts"]]
    assert opened.errors == []


def test_filter_by_type_and_by_text(browser: Any, tmp_path: Path) -> None:
    opened = _open(browser, tmp_path, [RECORD])
    page = opened.page
    rows = page.locator("table.facts tbody tr")
    assert rows.count() == 11
    page.locator('input.type-toggle[value="quantity"]').uncheck()
    visible = [r for r in rows.all() if r.is_visible()]
    assert len(visible) == 11 - 4
    quantity_mark = page.locator("mark.t-quantity").first
    assert quantity_mark.evaluate("m => getComputedStyle(m).backgroundImage") == "none"
    assert quantity_mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.locator('input.type-toggle[value="quantity"]').check()
    page.locator("#text-filter").fill("山东省")
    texts = [r.locator("td").nth(2).inner_text() for r in rows.all() if r.is_visible()]
    assert texts == [
        "山东省政府新闻办",
        "山东省工业和信息化厅科技处处长张三",
        "山东省工业和信息化厅",
    ]
    opened.screenshot(tmp_path / "filtered.png")


def test_sort_and_details(browser: Any, tmp_path: Path) -> None:
    opened = _open(browser, tmp_path, [RECORD])
    page = opened.page
    page.locator("table.facts th", has_text="type").click()
    types = page.locator("table.facts tbody tr td:nth-child(2)").all_inner_texts()
    assert types == sorted(types, key=lambda t: t.strip())
    # Clicking the nested organisation shows it and the official around it, innermost first.
    page.locator('mark[data-fact="a0-f7"]').click()
    shown = page.locator("#details-body dl").all()
    assert [dl.locator("dd").first.inner_text() for dl in shown] == ["organization", "official"]
    official = page.locator("#details-body dl").nth(1)
    assert official.locator("dt").nth(2).inner_text() == "name"
    assert official.locator("dd").nth(2).inner_text() == "张三"
