"""Reading metadata from single lines of page text (shared by the HTML and text-dump readers).

(Contract stub: being written.) Every function takes one line of page text, already stripped.
"""

from __future__ import annotations


def parse_source_line(line: str) -> tuple[str | None, str | None] | None:
    """A 来源/时间 line → (source, published ISO) or ``None`` when the line is not one."""
    return None


def parse_byline(line: str) -> list[str] | None:
    """A byline (本报记者 张三, 记者 张三 李四, 文/图 王五) → journalist names, else ``None``."""
    return None


def parse_editor_line(line: str) -> list[str] | None:
    """An editor line (编辑:王五, 责任编辑：王五) → editor names, else ``None``."""
    return None


def is_boilerplate(line: str) -> bool:
    """Copyright, 声明, 备案号, 邮编/电话 footers and similar site boilerplate."""
    return False


def clean_title(title: str, site: str | None = None) -> str:
    """The headline without a ``_站点名`` / ``-栏目-站点`` suffix."""
    return title.strip()
