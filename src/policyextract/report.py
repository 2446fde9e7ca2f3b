"""Records → one self-contained HTML page for checking facts by eye.

The page needs no network: CSS and JS are inline (``report_assets/``), charts are inline SVG, and a
Content-Security-Policy forbids every fetch and every script but our own (pinned by its SHA-256).
All article text goes through :func:`html.escape`, so a title or body holding ``<script>`` shows as
text; even if escaping were missed, the CSP would refuse to run the injected script. Metadata URLs
are shown as text, never as links.

Overlapping facts are drawn *nested*: each paragraph is cut at every fact boundary, and each piece
is wrapped in one ``<mark>`` per fact covering it, outer (earlier, longer) facts outside. A fact
that partly overlaps another is split into several ``<mark>`` fragments sharing one ``data-fact``
id; joined in document order their text is the fact's text. Deeper marks get a lower underline, so
every layer stays visible. A fact whose span does not match its paragraph is listed in the table,
flagged, and not drawn.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import html
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from .dataset import Loaded, is_record, load_records  # noqa: F401 - the report's input

#: Fact type → (colour, Chinese gloss). Unknown types fall back to grey.
FACT_STYLES: dict[str, tuple[str, str]] = {
    "quantity": ("#1f77b4", "数量"),
    "target": ("#d62728", "目标"),
    "cluster": ("#2ca02c", "集群"),
    "official": ("#9467bd", "官员"),
    "document": ("#8c564b", "文件"),
    "organization": ("#e377c2", "机构"),
    "date": ("#ff7f0e", "日期"),
    "event": ("#17becf", "事件"),
    "campaign": ("#bcbd22", "行动"),
}
_OTHER_STYLE = ("#7f7f7f", "其他")
# Keys every fact has; the rest are its normalised fields.
_SPAN_KEYS = ("type", "text", "paragraph", "start", "end", "rule")
# Nesting deeper than this draws like this depth (five layers of facts on one character is rare).
_MAX_DEPTH = 4
_META_KEYS = ("title", "published", "source", "site", "section", "url", "authors", "editors")


@dataclass(frozen=True)
class Span:
    """A fact drawable in its paragraph: ``paragraph[start:end] == text``."""

    fid: str
    type: str
    start: int
    end: int
    tip: str


def write_report(text: str, out: str | os.PathLike[str]) -> None:
    """Write atomically: a reader never sees a half-written report."""
    atomic_write(Path(out), text.encode("utf-8"))


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name beside ``target``, then rename it into place.

    The file gets the usual permissions (0666 less the umask), not mkstemp's private 0600.
    A missing or unwritable folder is reported under the target's own name, never the
    temporary one (an :class:`OSError` whose ``filename`` is the folder or the target).
    """
    folder = target.parent
    if not folder.is_dir():
        why = "not a folder" if folder.exists() else "no such folder"
        raise OSError(errno.ENOENT, why, str(folder))
    if target.is_dir():
        raise OSError(errno.EISDIR, "is a folder, not a file", str(target))
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


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def render_report(
    records: Sequence[dict[str, Any]],
    *,
    title: str = "policyextract report",
    problems: Sequence[str] = (),
    failures: Sequence[dict[str, Any]] = (),
) -> str:
    """The whole report page for ``records`` (an index and charts when there are several)."""
    facts_data: dict[str, dict[str, Any]] = {}
    articles = [_article(i, rec, facts_data) for i, rec in enumerate(records)]
    types = _types_present(records)
    script = _asset("report.js")
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title>",
        f"<style>{_asset('report.css')}{_type_css(types)}</style>",
        "</head><body>",
        f"<header><h1>{_e(title)}</h1>{_legend(types)}</header>",
        '<aside id="details" hidden><button type="button" id="details-close">×</button>'
        '<div id="details-body"></div></aside>',
        "<main>",
    ]
    if problems:
        parts.append(_problems(problems))
    if failures:
        parts.append(_failures(failures))
    if len(records) > 1:
        parts.append(_index(records))
    if not records:
        parts.append('<p class="empty">No records.</p>')
    parts.extend(articles)
    parts.append("</main>")
    parts.append(f'<script type="application/json" id="facts-data">{_json(facts_data)}</script>')
    parts.append(f"<script>{script}</script>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _asset(name: str) -> str:
    return (resources.files("policyextract") / "report_assets" / name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _json(value: Any) -> str:
    """JSON safe inside a ``<script>`` data block: no ``<``, ``>`` or ``&`` can close it."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _style(fact_type: str) -> tuple[str, str]:
    return FACT_STYLES.get(fact_type, _OTHER_STYLE)


def _css_name(fact_type: str) -> str:
    """A class-safe form of a fact type (types come from the record, so never trust them)."""
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in fact_type)
    return cleaned or "_"


def _types_present(records: Iterable[dict[str, Any]]) -> list[str]:
    seen = {_fact_type(f) for rec in records for f in _facts(rec)}
    known = [t for t in FACT_STYLES if t in seen]
    return known + sorted(seen - set(known))


def _facts(record: dict[str, Any]) -> list[dict[str, Any]]:
    facts = record.get("facts")
    return [f for f in facts if isinstance(f, dict)] if isinstance(facts, list) else []


def _fact_type(fact: dict[str, Any]) -> str:
    return str(fact.get("type", "?"))


def _type_css(types: Sequence[str]) -> str:
    rules = []
    for fact_type in types:
        colour, _ = _style(fact_type)
        name = _css_name(fact_type)
        rules.append(
            f".t-{name}{{--c:{colour}}}"
            f"body.off-{name} mark.t-{name}{{background:none;border-bottom-color:transparent}}"
            f"body.off-{name} tr.t-{name}{{display:none}}"
        )
    return "".join(rules)


def _legend(types: Sequence[str]) -> str:
    if not types:
        return '<p class="legend">No facts.</p>'
    items = []
    for fact_type in types:
        _, gloss = _style(fact_type)
        name = _css_name(fact_type)
        items.append(
            f'<label class="chip t-{name}"><input type="checkbox" class="type-toggle" '
            f'value="{_e(name)}" checked> <span class="swatch"></span>{_e(fact_type)} '
            f"{_e(gloss)}</label>"
        )
    return (
        '<div class="legend" id="legend">'
        + "".join(items)
        + ' <input type="search" id="text-filter" placeholder="filter facts by text…">'
        "</div>"
    )


def _problems(problems: Sequence[str]) -> str:
    items = "".join(f"<li>{_e(p)}</li>" for p in problems)
    return f'<section class="problems"><h2>Skipped input</h2><ul>{items}</ul></section>'


def _failures(failures: Sequence[dict[str, Any]]) -> str:
    rows = []
    for row in failures:
        error: dict[str, Any] = row["error"] if isinstance(row.get("error"), dict) else {}
        rows.append(
            f"<tr><td>{_e(row.get('path') or '')}</td><td>{_e(error.get('stage') or '')}</td>"
            f"<td>{_e(error.get('reason') or '')}</td></tr>"
        )
    return (
        f'<section class="problems"><h2>{len(failures)} pages failed</h2>'
        '<table class="sortable"><thead><tr><th>path</th><th>stage</th><th>reason</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


# ---------------------------------------------------------------------------------------- index


def _index(records: Sequence[dict[str, Any]]) -> str:
    types = _types_present(records)
    head = "".join(f"<th>{_e(t)}</th>" for t in types)
    rows = []
    for i, rec in enumerate(records):
        meta = _meta(rec)
        counts = Counter(_fact_type(f) for f in _facts(rec))
        cells = "".join(f'<td class="num">{counts.get(t, 0)}</td>' for t in types)
        rows.append(
            f'<tr><td class="num">{i + 1}</td>'
            f'<td><a href="#a{i}">{_e(meta.get("title") or "(untitled)")}</a></td>'
            f"<td>{_e(meta.get('published') or '')}</td><td>{_e(meta.get('source') or '')}</td>"
            f'{cells}<td class="num">{sum(counts.values())}</td></tr>'
        )
    by_type = Counter(_fact_type(f) for rec in records for f in _facts(rec))
    by_month: Counter[str] = Counter()
    for rec in records:
        by_month[_month(_meta(rec).get("published"))] += len(_facts(rec))
    months = sorted(m for m in by_month if m != "unknown") + (
        ["unknown"] if "unknown" in by_month else []
    )
    return (
        '<section id="index"><h2>Articles</h2>'
        '<table class="sortable"><thead><tr><th>#</th><th>title</th><th>published</th>'
        f"<th>source</th>{head}<th>facts</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<div class="charts">'
        + _bar_chart("Facts by type", [(t, by_type[t]) for t in types], colours=True)
        + _bar_chart("Facts by publication month", [(m, by_month[m]) for m in months])
        + "</div></section>"
    )


def _month(published: Any) -> str:
    text = str(published or "")
    if len(text) >= 7 and text[:4].isdigit() and text[4] == "-" and text[5:7].isdigit():
        return text[:7]
    return "unknown"


# Chart geometry in SVG user units; a label column, then bars scaled to the largest count.
_CHART_ROW = 22
_CHART_LABEL = 110
_CHART_BARS = 300


def _bar_chart(title: str, rows: Sequence[tuple[str, int]], *, colours: bool = False) -> str:
    """A horizontal bar chart as inline SVG (labels escaped; no script, no external refs)."""
    top = max((n for _, n in rows), default=0) or 1
    height = _CHART_ROW * max(len(rows), 1) + 30
    width = _CHART_LABEL + _CHART_BARS + 50
    bars = []
    for i, (label, count) in enumerate(rows):
        y = 25 + i * _CHART_ROW
        length = round(_CHART_BARS * count / top)
        colour = _style(label)[0] if colours else "#4e79a7"
        bars.append(
            f'<text x="{_CHART_LABEL - 6}" y="{y + 14}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{_CHART_LABEL}" y="{y + 2}" width="{length}" height="{_CHART_ROW - 6}" '
            f'fill="{colour}"><title>{_e(label)}: {count}</title></rect>'
            f'<text x="{_CHART_LABEL + length + 4}" y="{y + 14}">{count}</text>'
        )
    return (
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-size="12">'
        f'<text x="0" y="14" font-weight="bold">{_e(title)}</text>{"".join(bars)}</svg></figure>'
    )


# -------------------------------------------------------------------------------------- article


def _meta(record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("metadata")
    return meta if isinstance(meta, dict) else {}


def _article(index: int, record: dict[str, Any], facts_data: dict[str, dict[str, Any]]) -> str:
    body: list[str] = record["body"]
    meta = _meta(record)
    spans: dict[int, list[Span]] = {}
    rows = []
    for n, fact in enumerate(_facts(record)):
        fid = f"a{index}-f{n}"
        # Shown on click: what the fact says first, where it came from last.
        fields = {k: v for k, v in fact.items() if k not in _SPAN_KEYS}
        where = {k: fact.get(k) for k in ("paragraph", "start", "end", "rule")}
        facts_data[fid] = {"type": _fact_type(fact), "text": fact.get("text"), **fields, **where}
        span = _span(fid, fact, body)
        if span is not None:
            spans.setdefault(int(fact["paragraph"]), []).append(span)
        rows.append(_fact_row(fid, n, fact, drawn=span is not None))
    paragraphs = "".join(
        f'<p data-paragraph="{i}">{highlight(text, spans.get(i, []))}</p>'
        for i, text in enumerate(body)
    )
    return (
        f'<article id="a{index}"><h2>{_e(meta.get("title") or "(untitled)")}</h2>'
        f"{_meta_table(record)}"
        f'<section class="body">{paragraphs}</section>'
        f"<details open><summary>{len(rows)} facts</summary>"
        '<table class="facts sortable"><thead><tr><th>#</th><th>type</th><th>text</th>'
        "<th>paragraph</th><th>span</th><th>fields</th><th>rule</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details></article>"
    )


def _meta_table(record: dict[str, Any]) -> str:
    meta = _meta(record)
    rows = []
    for key in _META_KEYS:
        value = meta.get(key)
        if isinstance(value, list):
            value = "、".join(str(v) for v in value)
        if value:
            rows.append(f"<tr><th>{key}</th><td>{_e(value)}</td></tr>")
    source = record.get("source")
    if isinstance(source, dict):
        for key in ("path", "format", "encoding", "encoding_source", "sha256"):
            if source.get(key):
                rows.append(f"<tr><th>{key}</th><td>{_e(source[key])}</td></tr>")
    return f'<table class="meta">{"".join(rows)}</table>'


def _span(fid: str, fact: dict[str, Any], body: list[str]) -> Span | None:
    """The fact's span when it is exactly its paragraph's characters, else ``None``."""
    paragraph, start, end, text = (fact.get(k) for k in ("paragraph", "start", "end", "text"))
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (paragraph, start, end)):
        return None
    assert isinstance(paragraph, int) and isinstance(start, int) and isinstance(end, int)
    if not (0 <= paragraph < len(body) and 0 <= start < end <= len(body[paragraph])):
        return None
    if body[paragraph][start:end] != text:
        return None
    return Span(fid, _fact_type(fact), start, end, _tip(fact))


def _tip(fact: dict[str, Any]) -> str:
    """Hover text: type, the text, then each normalised field."""
    lines = [f"{_fact_type(fact)}: {fact.get('text')}"]
    lines += [f"{k}: {_plain(v)}" for k, v in fact.items() if k not in _SPAN_KEYS]
    return "\n".join(lines)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _fact_row(fid: str, n: int, fact: dict[str, Any], *, drawn: bool) -> str:
    fact_type = _fact_type(fact)
    fields = "; ".join(f"{k}={_plain(v)}" for k, v in fact.items() if k not in _SPAN_KEYS)
    span = f"{fact.get('start')}–{fact.get('end')}"
    flag = "" if drawn else ' <span class="bad" title="span does not match the body">⚠</span>'
    start = fact.get("start")
    sort_start = start if isinstance(start, int) else -1
    return (
        f'<tr class="t-{_css_name(fact_type)}" data-fact="{fid}">'
        f'<td class="num">{n + 1}</td><td><span class="swatch"></span>{_e(fact_type)}</td>'
        f"<td>{_e(fact.get('text'))}{flag}</td>"
        f'<td class="num">{_e(fact.get("paragraph"))}</td>'
        f'<td class="num" data-sort="{_e(sort_start)}">{_e(span)}</td>'
        f"<td>{_e(fields)}</td><td>{_e(fact.get('rule') or '')}</td></tr>"
    )


def highlight(text: str, spans: Sequence[Span]) -> str:
    """``text`` escaped, with one ``<mark>`` per fact layer (see the module doc).

    >>> s = [Span("x", "date", 0, 2, "d"), Span("y", "quantity", 1, 3, "q")]
    >>> highlight("a<bc", s).count('data-fact="y"')
    2
    >>> highlight("a<b", [])
    'a&lt;b'
    """
    if not spans:
        return _e(text)
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.fid))
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[Span] = []
    for left, right in pairwise(cuts):
        covering = [s for s in ordered if s.start <= left and s.end >= right]
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep] is covering[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for span in covering[keep:]:
            depth = min(len(stack), _MAX_DEPTH)
            out.append(
                f'<mark class="f t-{_css_name(span.type)} d{depth}" data-fact="{span.fid}" '
                f'title="{_e(span.tip)}">'
            )
            stack.append(span)
        out.append(_e(text[left:right]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)
