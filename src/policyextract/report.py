"""Records → a self-contained HTML report: one file, or an entry page and a folder of data files.

The page makes no request but for its own data files: CSS and JS are inline
(``report_assets/``), the timeline is SVG drawn by the script, and a Content-Security-Policy
forbids every fetch and every script but our own, pinned by its SHA-256. Page strings never
become markup: the server side writes them only as JSON data (``<``, ``>`` and ``&`` escaped, so
no string can close its ``<script type="application/json">`` block) or through
:func:`html.escape`, and the script puts them into the document only as text nodes. Even if
escaping were missed, the CSP would refuse to run an injected script. URLs are shown as text,
never as links.

Layouts (see :data:`SINGLE_FILE_LIMIT`):

- **file**: the index and every data shard inline, as JSON data blocks parsed on demand.
- **folder**: the entry page holds the index; the shards are ``.js`` files in ``NAME_files/``
  beside it, each a call ``policyextractData(build, name, 'json')``. A page opened from disk
  cannot ``fetch`` files (``file://`` is blocked), but it can add ``<script src>``: the CSP allows
  it by ``'strict-dynamic'``, which trusts scripts that our pinned script inserts and still
  refuses any script written in the page's markup. The build id (random, one per report) ties
  shards to their page, so a stale folder is refused with a message, never shown as this report.

Records are read once, one at a time (:func:`stream_records`), and shards are written as they
fill, so a report of any size needs memory for its index and corpus tables only.

The data and its encodings are described in :mod:`policyextract.report_data`.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import html
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .dataset import Loaded, Streamed, is_record, load_records, stream_records  # noqa: F401
from .report_data import ReportData, build_data, failure_row, new_build, style

#: Past this many bytes a report is written as an entry page and a data folder: a single file
#: is read whole when opened, and this keeps what a browser reads at opening within 3 MB.
SINGLE_FILE_LIMIT = 3_000_000
LAYOUTS = ("auto", "file", "folder")
# The script files, joined in this order into one function scope (one inline script, one hash).
_SCRIPTS = ("core.js", "table.js", "views.js", "article.js", "start.js")
# Names of the shard files a data folder may hold (anything else: not our folder).
_SHARD_FILE = re.compile(
    r"(articles-\d{4,}|officials|organizations|clusters|documents|targets|failures)\.js"
)
# How many skipped input lines and failure reasons the page lists (the rest are counted).
_LIST_LIMIT = 200
#: The views, in the order of the navigation: (id, heading).
VIEW_TITLES = {
    "articles": "Articles",
    "timeline": "Timeline",
    "officials": "Officials",
    "organizations": "Organisations",
    "clusters": "Clusters",
    "documents": "Documents",
    "targets": "Targets by deadline",
    "duplicates": "Duplicate stories",
    "failed": "Failed pages",
}


@dataclass
class Written:
    """What :func:`save_report` wrote: the page, and the data folder when there is one."""

    page: Path
    folder: Path | None
    files: int
    page_bytes: int
    data_bytes: int
    articles: int


def write_report(text: str, out: str | os.PathLike[str]) -> None:
    """Write atomically: a reader never sees a half-written report."""
    atomic_write(Path(out), text.encode("utf-8"))


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name beside ``target``, then rename it into place.

    The file gets the usual permissions (0666 less the umask), not mkstemp's private 0600.
    A missing or unwritable folder is reported under the target's own name, never the
    temporary one (an :class:`OSError` whose ``filename`` is the folder or the target).
    """
    check_target(target)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OSError(err.errno, err.strerror, str(folder)) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_target(target: Path) -> None:
    """Raise the :class:`OSError` a write to ``target`` would meet: no folder, or a folder."""
    folder = target.parent
    if not folder.is_dir():
        why = "not a folder" if folder.exists() else "no such folder"
        raise OSError(errno.ENOENT, why, str(folder))
    if target.is_dir():
        raise OSError(errno.EISDIR, "is a folder, not a file", str(target))


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def render_report(
    records: Iterable[dict[str, Any]],
    *,
    title: str = "policyextract report",
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
) -> str:
    """The whole report as one self-contained page (every data shard inline)."""
    data = build_data(records, title=title, problems=problems, failures=failures)
    return page_html(data, problems=problems, failures=failures)


def save_report(
    records: Iterable[dict[str, Any]],
    out: str | os.PathLike[str],
    *,
    layout: str = "auto",
    title: str = "policyextract report",
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
) -> Written:
    """Write the report at ``out``: one file, or ``out`` plus its data folder ``NAME_files``.

    ``layout`` ``auto`` writes one file up to :data:`SINGLE_FILE_LIMIT` bytes and a folder past
    it; ``file`` and ``folder`` force one. ``records`` are read once, in order, and may be a
    generator: shards are written to a new folder as they fill, which is swapped in whole at
    the end. A data folder is replaced only when it holds nothing but our shard files; one
    left by an earlier, larger report is removed when the report now fits in one file.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    page_path = Path(out)
    check_target(page_path)
    folder = data_folder(page_path)
    if layout != "file":
        _check_folder(folder)  # it may have to be replaced: refuse now, not after the work
    build = new_build()
    made = None if layout == "file" else _new_folder(folder)
    kept: dict[str, str] | None = None if layout == "folder" else {}
    sizes: list[int] = []

    def sink(name: str, text: str) -> None:
        nonlocal kept
        body = text.encode("utf-8")
        sizes.append(len(body))
        if made is not None:
            path = made / f"{name}.js"
            path.write_bytes(shard_script(build, name, body))
            os.chmod(path, 0o666 & ~_umask())
        if kept is not None:
            kept[name] = text
            if layout == "auto" and sum(sizes) > SINGLE_FILE_LIMIT:
                kept = None  # a folder it will be: stop holding the shards

    try:
        data = build_data(
            records, title=title, problems=problems, failures=failures, sink=sink, build=build
        )
        if kept is not None:
            data.shards = kept
            page = page_html(data, problems=problems, failures=failures).encode("utf-8")
            if layout == "file" or len(page) <= SINGLE_FILE_LIMIT:
                atomic_write(page_path, page)
                if made is not None:
                    shutil.rmtree(made)
                if _ours(folder):
                    shutil.rmtree(folder)  # an earlier, larger report's data
                return Written(page_path, None, 0, len(page), 0, data.index["n"])
        assert made is not None
        data.index["dataDir"] = folder.name
        data.index["dataUrl"] = quote(folder.name)
        page = page_html(data, problems=problems, failures=failures, inline=False).encode("utf-8")
        _swap_in(made, folder)
        made = None
        atomic_write(page_path, page)
        return Written(page_path, folder, len(sizes), len(page), sum(sizes), data.index["n"])
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


def _new_folder(folder: Path) -> Path:
    """An empty folder beside ``folder``, for its new contents."""
    try:
        made = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    except OSError as err:  # named by the folder the user gave, not the temporary name
        raise OSError(err.errno, err.strerror, str(folder.parent)) from err
    os.chmod(made, 0o777 & ~_umask())
    return made


def _swap_in(made: Path, folder: Path) -> None:
    """Put ``made`` in the place of ``folder`` (ours, checked), removing the old one."""
    old = made.with_name(made.name + ".old")
    if folder.is_dir():
        folder.rename(old)
    made.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def data_folder(page: Path) -> Path:
    """The data folder of an entry page: ``report.html`` → ``report_files`` beside it."""
    return page.with_name(f"{page.stem}_files")


def _check_folder(folder: Path) -> None:
    """Refuse to replace anything at ``folder`` that is not a data folder we wrote."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise OSError(errno.EEXIST, "exists and is not a report data folder", str(folder))
    if folder.is_dir() and not _ours(folder):
        why = "holds files that are not report data; not replaced"
        raise OSError(errno.ENOTEMPTY, why, str(folder))


def _ours(folder: Path) -> bool:
    """A real folder holding nothing but files named as our shards."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    return all(_SHARD_FILE.fullmatch(e.name) and e.is_file() for e in folder.iterdir())


def shard_script(build: str, name: str, body: bytes) -> bytes:
    """A shard as a script file: one call handing its JSON, as a JS string, to the page.

    JSON.parse of a string is both faster than a JS object literal and free of its quirks
    (``"__proto__"`` keys); only ``\\``, ``'`` and the two JS line terminators need escaping.
    """
    text = body.decode("utf-8")
    quoted = (
        text.replace("\\", "\\\\")
        .replace("'", "\\'")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return f"policyextractData({json.dumps(build)},{json.dumps(name)},'{quoted}');\n".encode()


# ---------------------------------------------------------------------------------------- page


def page_html(
    data: ReportData,
    *,
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
    inline: bool = True,
) -> str:
    """The page: header and views' frames, the index as JSON data, shards inline when
    ``inline``, and the script (pinned by its hash; ``'strict-dynamic'`` for a data folder)."""
    index = data.index
    title = str(index["title"])
    script = _script()
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    dynamic = "" if inline else " 'strict-dynamic'"
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{script_hash}'{dynamic}; base-uri 'none'; form-action 'none'"
    )
    types = [t[0] for t in index["types"]]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_asset('report.css')}{_type_css(types)}</style>",
        "</head><body>",
        '<a class="skip" href="#main">Skip to content</a>',
        f"<header><h1>{_e(title)}</h1>{_nav(index)}</header>",
        '<main id="main" tabindex="-1">',
        "<noscript><p>This report needs JavaScript (its own script only; it makes no request)."
        "</p></noscript>",
        _views(index, problems, failures),
        "</main>",
        '<aside id="details" hidden aria-label="Fact details">'
        '<button type="button" id="details-close" aria-label="Close the fact details">×</button>'
        '<div id="details-body" aria-live="polite"></div></aside>',
        f'<script type="application/json" id="pe-index">{_json(index)}</script>',
    ]
    if inline:
        parts.extend(
            f'<script type="application/json" id="pe-shard-{name}">{text}</script>'
            for name, text in sorted(data.shards.items())
        )
    parts.append(f"<script>{script}</script>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _script() -> str:
    body = "\n".join(_asset(name) for name in _SCRIPTS)
    return f'(function () {{\n"use strict";\n{body}\n}}());'


def _asset(name: str) -> str:
    return (resources.files("policyextract") / "report_assets" / name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _json(value: Any) -> str:
    from .report_data import to_json

    return to_json(value)


def _type_css(types: Sequence[str]) -> str:
    from .report_data import css_name

    rules = []
    for fact_type in types:
        colour, _ = style(fact_type)
        name = css_name(fact_type)
        rules.append(
            f".t-{name}{{--c:{colour}}}"
            f"body.off-{name} mark.t-{name}{{background:none;border-bottom-color:transparent}}"
        )
    return "".join(rules)


def _shown(index: dict[str, Any], view: str) -> int | None:
    """How many rows a view lists (None: the view is not in the navigation)."""
    if view == "articles":
        return int(index["n"])
    if view == "timeline":
        return None if index["n"] < 2 else -1
    if view == "duplicates":
        return None if index["stories"] is None else -1
    if view == "failed":
        failed = int(index["failed"]) + int(index["problems"])
        return failed or None
    count = index["entities"].get(view)
    return None if not count else int(count)


def _nav(index: dict[str, Any]) -> str:
    links = []
    for view, heading in VIEW_TITLES.items():
        count = _shown(index, view)
        if count is None:
            continue
        badge = f' <span class="count">{count:,}</span>' if count >= 0 else ""
        links.append(f'<li><a href="#{view}">{_e(heading)}{badge}</a></li>')
    return f'<nav id="views" aria-label="Views"><ul>{"".join(links)}</ul></nav>'


def _views(
    index: dict[str, Any], problems: Sequence[str], failures: Sequence[dict[str, Any]]
) -> str:
    """Each view's frame; the script fills its ``.table-host``."""
    parts = []
    for view, heading in VIEW_TITLES.items():
        intro = _intro(view, index)
        if view == "failed":
            heading = _failed_heading(len(failures))
            intro += _failure_summary(failures) + _problems(problems)
        parts.append(
            f'<section class="view" id="view-{view}" aria-labelledby="h-{view}" hidden>'
            f'<h2 id="h-{view}" tabindex="-1">{_e(heading)}</h2>{intro}'
            '<div class="table-host"></div></section>'
        )
    parts.append('<section class="view" id="view-article" aria-label="Article" hidden></section>')
    return "".join(parts)


def _intro(view: str, index: dict[str, Any]) -> str:
    if view == "articles" and not index["n"]:
        return '<p class="empty">No records.</p>'
    if view in index["entities"] or view in ("articles", "timeline", "failed"):
        return ""
    if view == "duplicates":
        if index["stories"] is None:
            return "<p>These records carry no <code>story_id</code>.</p>"
        return "<p>Articles sharing a <code>story_id</code>: the original and its reprints.</p>"
    return f"<p>No {_e(VIEW_TITLES[view].lower())} in these records.</p>"


def _failed_heading(count: int) -> str:
    return f"{count:,} page failed" if count == 1 else f"{count:,} pages failed"


def _failure_summary(failures: Sequence[dict[str, Any]]) -> str:
    """Failed pages counted by stage and reason, most frequent first."""
    if not failures:
        return ""
    counts = Counter((row[1], row[2]) for row in map(failure_row, failures))
    rows = [
        f'<tr><td>{_e(stage or "—")}</td><td>{_e(reason or "—")}</td><td class="num">{n:,}</td>'
        "</tr>"
        for (stage, reason), n in counts.most_common(_LIST_LIMIT)
    ]
    more = len(counts) - len(rows)
    tail = f"<p>{more:,} more reasons, in the table below.</p>" if more > 0 else ""
    return (
        '<div class="table-wrap"><table class="data" id="failed-reasons"><caption>'
        'Failed pages by reason</caption><thead><tr><th scope="col">stage</th>'
        '<th scope="col">reason</th><th scope="col" class="num">pages</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>{tail}"
    )


def _problems(problems: Sequence[str]) -> str:
    if not problems:
        return ""
    items = "".join(f"<li>{_e(p)}</li>" for p in problems[:_LIST_LIMIT])
    more = len(problems) - _LIST_LIMIT
    tail = f"<li>and {more:,} more</li>" if more > 0 else ""
    lines = "line" if len(problems) == 1 else "lines"
    return (
        f'<section class="problems" aria-labelledby="h-skipped"><h3 id="h-skipped">'
        f"{len(problems):,} input {lines} skipped</h3><ul>{items}{tail}</ul></section>"
    )
