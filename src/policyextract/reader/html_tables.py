"""Data tables inside the article block: told from layout tables, read into rows of cells.

Chinese CMS pages lay out whole pages, and often the article itself, in ``<table>``; a statistics
release holds its figures in one. A ``<table>`` is read as data when it is a grid of short cells:

- two rows or more with at least two non-empty cells each (one row, one column: layout);
- no table nested inside it, no cell of prose (a long cell, one holding several paragraphs, or
  a sentence beside other cells), and mostly short cells (a note row, 注：…, may be prose);
- not a link grid (more than half of its text in links) nor a photo grid (images in two cells);
- no row that reads as a metadata line (来源：… 时间：…, 责任编辑：…), and not a form whose rows
  start with ``label：`` cells (索引号：, 软件名称：): those are info boxes.

Anything else is layout, and the reader walks inside it for paragraphs as before.

Cells are their text with white space runs collapsed to one space (a line break between two CJK
characters joins them, as browsers do), stripped. A cell spanning several columns or rows is
written once, in its top-left slot; the other slots it covers are left empty — what a browser
copies, and a figure is never repeated, so never counted twice. Rows are padded with empty
cells to the table's width so that columns line up; rows and columns empty throughout are dropped.

Headers: leading rows of ``<th>`` cells (or rows in ``<thead>``, or set all in bold) are header
rows; leading columns of ``<th>`` cells are header columns. Unmarked, a header is evident: leading
rows without a figure above rows that are mostly figures, or a first row of label words (序号,
名称…); a first column of labels beside columns of figures.

The caption is the ``<caption>`` text; else up to two short lines right above the table that read
as its title (表1 …, …情况, …统计表, …一览表) or its unit note (单位：亿元), joined with a space.
Either way it stays in the body too, as the paragraph(s) before the first row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..models import CELL_SEPARATOR, Table
from . import meta_lines
from .dom import BLOCK_TAGS, Element
from .dom import SPACE as _SPACE
from .lazy import lazy_regex

# Detection thresholds, calibrated on hand-written statistics tables and on the layout tables of
# the realworld and dev pages (their article blocks hold link grids, polls, info bars and
# image-plus-caption tables; none of those may read as data).
MIN_ROWS = 2  # rows with at least two non-empty cells
MAX_CELL_CHARS = 200  # a longer cell is prose: the table lays out an article
PROSE_CELL = 40  # a cell with a sentence end and longer than this, beside other cells, is prose
SHORT_CELL = 30  # a statistics cell is a figure or a label; a policy table may hold a sentence
MIN_SHORT_SHARE = 0.6  # of the non-empty cells
MAX_LINK_SHARE = 0.5  # of the table's text
MAX_IMAGE_CELLS = 1  # an icon or a logo; more is a photo grid
PARAGRAPH_CHARS = 20  # a cell with two block children this long holds paragraphs, not a value
# Spans larger than this are capped (the HTML spec caps colspan at 1000; a page can say 10^9),
# and a grid of more slots is no table an article shows (a hostile page's spans would fill it).
MAX_SPAN = 100
MAX_SLOTS = 50_000
# Header rows read from structure or evidence; more leading label rows is a text table.
MAX_HEADER_ROWS = 3
# A table is mostly figures when this share of its data cells are (evident headers).
MIN_FIGURE_SHARE = 0.5
# A caption line above a table is short.
MAX_CAPTION_LINE = 60

_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_BOLD = frozenset({"b", "strong"})
# A figure: a number with sign, thousands separators, decimals, a per-cent sign, a multiplier or
# a short measure word (12.3亿元, 125家) — but not a date (2024年, 5月, 1-5月), which is a label.
_FIGURE = lazy_regex(
    r"^[+\-−－±]?[(（]?[0-9０-９][0-9０-９,，.．]*[)）]?\s*(?:万亿|亿|万|千)?"
    r"(?:\s*(?![年月日号季时])\p{Han}{1,2})?\s*[%％‰]?$"
)
_YEAR = lazy_regex(r"^(?:19|20)\d\d$")
# Placeholders for a missing figure: neither label nor figure.
_PLACEHOLDER = lazy_regex(r"^[-—–－…/／\\×*＊·]+$")
# Words of a header row in a table without figures (序号 | 名称 | 地址).
HEADER_WORDS = (
    *("序号", "编号", "名称", "项目", "指标", "类别", "类型", "地区", "单位", "时间", "日期"),
    *("备注", "内容", "姓名", "职务", "金额", "数量", "年份", "排名", "企业", "产品"),
)
_HEADER_WORD = lazy_regex("|".join(HEADER_WORDS))
_LEADING_DIGITS = lazy_regex(r"\s*(\d+)")
# A label cell of a form or an info box (软件名称： | 索引号：): such a table is no data table.
_KEY = lazy_regex(r"[:：]$")
_SENTENCE_END = lazy_regex(r"[。！？!?；;]")
# A note row under the figures: 注：…, 说明：…, 资料来源：…
_NOTE = lazy_regex(r"^[（(]?\s*(?:注|附注|说明|备注|资料来源|数据来源|来源)\s*[0-9０-９]?\s*[:：]")
# Title lines above a table: 表1 …, 附表2 …, or ending in 表/情况/统计/一览/明细/汇总/指标
# (with a unit note in brackets after it).
_TITLE_LINE = lazy_regex(
    r"^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+"
    r"|(?:表|情况|统计|一览|明细|汇总|指标|数据)\s*(?:[（(][^）)]{0,20}[)）])?$"
)
UNIT_NOTE = lazy_regex(r"^[（(]?\s*(?:计量)?单位\s*[:：]")
# Line breaks inside a cell, and the CJK characters between which a browser drops them.
_SPACES = lazy_regex(r"[\s\u00a0\u3000\u2002\u2003\u2009]+")
_WIDE = lazy_regex(r"[\p{Han}\p{Bopomofo}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]")


@dataclass(frozen=True)
class DataTable:
    """A data table read from a ``<table>``: rows of cells, headers and its own caption."""

    rows: list[list[str]]
    header_rows: int = 0
    header_columns: int = 0
    caption: str | None = None  # the <caption> text

    def row_texts(self) -> list[str]:
        """The body paragraph of each row."""
        return [CELL_SEPARATOR.join(cells) for cells in self.rows]


@dataclass(frozen=True)
class TableRow:
    """Marks a body paragraph as row ``index`` of ``table`` (with the caption read above it)."""

    table: DataTable
    index: int
    caption: str | None = None


@dataclass
class _Cell:
    text: str
    marked: bool = False  # <th>, inside <thead>, or all bold
    links: int = 0
    images: int = 0
    paragraphs: int = 0


# --- reading --------------------------------------------------------------------------------


def read_table(table: Element) -> DataTable | None:
    """The data table of a ``<table>`` element, or ``None`` when it lays out a page."""
    if any(True for _ in table.iterdescendants("table")):
        return None
    grid = _grid(table)
    if not _is_data(grid):
        return None
    grid = _trimmed(grid)
    rows = [[c.text if c is not None else "" for c in row] for row in grid]
    header_rows = _marked_rows(grid) or _evident_rows(rows)
    header_columns = _marked_columns(grid, header_rows) or _evident_columns(rows, header_rows)
    caption = None
    for el in table.iterchildren("caption"):
        caption = _cell_text(el) or None
    return DataTable(rows, header_rows, header_columns, caption)


def _grid(table: Element) -> list[list[_Cell | None]]:
    """The cells of each row at their columns; ``None`` in the slots a span covers (no rows
    when the spans would make the grid larger than :data:`MAX_SLOTS`)."""
    grid: list[list[_Cell | None]] = []
    covered: dict[tuple[int, int], bool] = {}  # (row, column) slots taken by rowspans
    trs = _rows(table)
    slots = 0
    for r, tr in enumerate(trs):
        row: list[_Cell | None] = []
        column = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while covered.pop((r, column), False):
                row.append(None)
                column += 1
            cell = _read_cell(td)
            row.append(cell)
            colspan, rowspan = _span(td.get("colspan")), _span(td.get("rowspan"))
            slots += colspan * min(rowspan, len(trs) - r)
            if slots > MAX_SLOTS:
                return []
            row.extend([None] * (colspan - 1))
            for below in range(r + 1, min(r + rowspan, len(trs))):
                for c in range(column, column + colspan):
                    covered[(below, c)] = True
            column += colspan
        while covered.pop((r, column), False):
            row.append(None)
            column += 1
        grid.append(row)
    return grid


def _rows(table: Element) -> list[Element]:
    """The ``<tr>`` of the table, directly or in its row groups (``<thead>`` first)."""
    rows: list[Element] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(tr for tr in child if tr.tag == "tr")
    return rows


def _span(value: str | None) -> int:
    digits = _LEADING_DIGITS.match(value or "")
    return min(max(int(digits.group(1)), 1), MAX_SPAN) if digits else 1


def _read_cell(td: Element) -> _Cell:
    text = _cell_text(td)
    links = sum(len(_cell_text(a)) for a in td.iter("a"))
    images = sum(1 for _ in td.iter("img"))
    paragraphs = sum(
        1
        for child in td
        if isinstance(child.tag, str)
        and child.tag in BLOCK_TAGS
        and len(_cell_text(child)) >= PARAGRAPH_CHARS
    )
    marked = td.tag == "th" or td.getparent().getparent().tag == "thead" or _all_bold(td, text)
    return _Cell(text, marked, links, images, paragraphs)


def _all_bold(td: Element, text: str) -> bool:
    """Whether all of the cell's text is set in ``<b>``/``<strong>``."""
    if not text:
        return False
    bold = 0
    for b in td.iter(*_BOLD):
        if not any(a.tag in _BOLD for a in _ancestors_below(b, td)):
            bold += len(_cell_text(b).replace(" ", ""))
    return bold >= len(text.replace(" ", ""))


def _ancestors_below(el: Element, top: Element) -> list[Element]:
    out: list[Element] = []
    for a in el.iterancestors():
        if a is top:
            break
        out.append(a)
    return out


def _cell_text(el: Element) -> str:
    """The element's text on one line: ``<br>`` and blocks break lines, and a break between two
    CJK characters vanishes, any other white space run is one space."""
    parts: list[str] = [el.text or ""]
    for child in el.iterdescendants():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br" or tag in BLOCK_TAGS:
            parts.append("\n")
        parts.append(child.text or "" if tag else "")
        if child.tail:
            parts.append(child.tail)
    return _one_line("".join(parts))


def _one_line(text: str) -> str:
    def join(match: regex.Match[str]) -> str:
        start, end = match.start(), match.end()
        if not start or end == len(text):
            return ""
        wide = _WIDE.match(text[start - 1]) and _WIDE.match(text[end])
        return "" if wide and "\n" in match.group() else " "

    joined: str = _SPACES.sub(join, text)
    return joined.strip(_SPACE)


# --- data or layout -------------------------------------------------------------------------


def _is_data(grid: list[list[_Cell | None]]) -> bool:
    rows = [[c for c in row if c is not None and c.text] for row in grid]
    full = [cells for cells in rows if len(cells) >= 2]
    if len(full) < MIN_ROWS:
        return False
    # A note under the figures (注：1.…) may be a long paragraph or several.
    checked = [c for cells in rows if not _is_note(cells) for c in cells]
    if any(len(c.text) > MAX_CELL_CHARS or c.paragraphs >= 2 for c in checked):
        return False
    cells = [c for cells in full for c in cells]
    if any(len(c.text) > PROSE_CELL and _SENTENCE_END.search(c.text) for c in cells):
        return False
    if sum(len(c.text) <= SHORT_CELL for c in cells) < MIN_SHORT_SHARE * len(cells):
        return False
    if sum(c.links for c in cells) > MAX_LINK_SHARE * sum(len(c.text) for c in cells):
        return False
    if sum(c.images > 0 for row in grid for c in row if c is not None) > MAX_IMAGE_CELLS:
        return False
    if any(_is_meta_row(cells) for cells in full):
        return False
    keyed = sum(bool(_KEY.search(cells[0].text)) for cells in full)
    return keyed * 2 < len(full)


def _is_note(cells: list[_Cell]) -> bool:
    return len(cells) == 1 and bool(_NOTE.match(cells[0].text))


def _is_meta_row(cells: list[_Cell]) -> bool:
    line = " ".join(c.text for c in cells)
    if len(line) > meta_lines.MAX_META_LINE:
        return False
    return (
        meta_lines.is_boilerplate(line)
        or meta_lines.parse_source_line(line) is not None
        or meta_lines.parse_editor_line(line) is not None
        or meta_lines.parse_byline(line) is not None
    )


def _trimmed(grid: list[list[_Cell | None]]) -> list[list[_Cell | None]]:
    """Rows padded to one width; rows and columns without text dropped."""
    width = max(map(len, grid))
    padded = [row + [None] * (width - len(row)) for row in grid]
    rows = [row for row in padded if any(c is not None and c.text for c in row)]
    keep = [j for j in range(width) if any((c := row[j]) is not None and c.text for row in rows)]
    return [[row[j] for j in keep] for row in rows]


# --- headers --------------------------------------------------------------------------------


def _marked_rows(grid: list[list[_Cell | None]]) -> int:
    if _all_marked(grid):
        return 0  # a table set all in <th> or bold says nothing about its headers
    n = 0
    for row in grid[: min(MAX_HEADER_ROWS, len(grid) - 1)]:
        cells = [c for c in row if c is not None and c.text]
        if not cells or not all(c.marked for c in cells):
            break
        n += 1
    return n


def _marked_columns(grid: list[list[_Cell | None]], header_rows: int) -> int:
    if _all_marked(grid):
        return 0
    n = 0
    for j in range(len(grid[0]) - 1):
        cells = [c for row in grid[header_rows:] if (c := row[j]) is not None and c.text]
        if not cells or not all(c.marked for c in cells):
            break
        n += 1
    return n


def _all_marked(grid: list[list[_Cell | None]]) -> bool:
    return all(c.marked for row in grid for c in row if c is not None and c.text)


def is_figure(text: str) -> bool:
    """Whether a cell holds a figure (5.6, -3.2%, 1,234, 12.3亿元, 125家), not a label."""
    return bool(_FIGURE.match(text))


def _is_label(text: str) -> bool:
    """A header-like cell: text, or a bare year (2023 over a column, beside a row)."""
    return not is_figure(text) or bool(_YEAR.match(text))


def _data_share(rows: list[list[str]], first_column: int) -> tuple[int, int]:
    """(figures or placeholders, non-empty cells) among ``rows`` from ``first_column`` on."""
    cells = [c for row in rows for c in row[first_column:] if c]
    return sum(is_figure(c) or bool(_PLACEHOLDER.match(c)) for c in cells), len(cells)


def _evident_rows(rows: list[list[str]]) -> int:
    """Leading rows of labels above rows that are mostly figures; or a first row of header words
    in a table of text."""
    n = 0
    while n < min(MAX_HEADER_ROWS, len(rows) - 1) and all(map(_is_label, rows[n])):
        n += 1
    figures, cells = _data_share(rows[n:], 1)
    if n and cells and figures >= MIN_FIGURE_SHARE * cells:
        return n
    first = [c for c in rows[0] if c]
    if sum(bool(_HEADER_WORD.search(c)) and len(c) <= SHORT_CELL // 3 for c in first) >= 2:
        return 1
    return 0


def _evident_columns(rows: list[list[str]], header_rows: int) -> int:
    """A first column of labels beside columns that are mostly figures."""
    body = rows[header_rows:]
    labels = [row[0] for row in body if row[0]]
    if not labels or not all(map(_is_label, labels)):
        return 0
    figures, cells = _data_share(body, 1)
    return 1 if cells and figures >= MIN_FIGURE_SHARE * cells else 0


# --- captions and placing -------------------------------------------------------------------


def caption_above(lines: Sequence[str]) -> str | None:
    """The caption of a table read from the lines right above it (nearest last): up to two
    short lines that read as its title or its unit note, joined with a space."""
    found: list[str] = []
    for line in reversed(lines[-2:]):
        if not _is_caption_line(line):
            break
        found.insert(0, line)
    return " ".join(found) or None


def _is_caption_line(line: str) -> bool:
    if len(line) > MAX_CAPTION_LINE or _SENTENCE_END.search(line) or CELL_SEPARATOR in line:
        return False
    return bool(_TITLE_LINE.search(line) or UNIT_NOTE.match(line))


def place(rows: Sequence[TableRow | None]) -> list[Table]:
    """The tables of a body, given for each body paragraph the table row it is (or ``None``).

    A table is placed only when all its rows are there, consecutive and in order (the body
    judging keeps or drops a table whole, so this is a guard, not a rule).
    """
    tables: list[Table] = []
    for i, row in enumerate(rows):
        if row is None or row.index:
            continue
        data = row.table
        n = len(data.rows)
        following = rows[i : i + n]
        if len(following) < n or any(
            r is None or r.table is not data or r.index != k for k, r in enumerate(following)
        ):
            continue
        caption = " ".join(c for c in (row.caption, data.caption) if c) or None
        tables.append(
            Table(
                paragraph=i,
                caption=caption,
                rows=data.rows,
                header_rows=data.header_rows,
                header_columns=data.header_columns,
            )
        )
    return tables
