"""Records → spaCy ``Doc`` objects and a ``DocBin`` file: silver data for ``spacy train``.

spaCy is imported here only, and this module is imported only when used (``policyextract.to_spacy``
is a lazy attribute), so extraction never pays spaCy's start-up time.

One record becomes one Doc whose text is the body's paragraphs joined by ``"\\n"``, tokenised by
spaCy's Chinese tokenizer with the jieba segmenter (no model download). Facts become:

- span groups: every fact in ``doc.spans["sc"]`` (the default key of spaCy's ``spancat``) and
  in one group per label (``doc.spans["QUANTITY"]``…), overlaps kept;
- entities: a non-overlapping subset for ``ner``, chosen greedily by :data:`ENT_PRIORITY` (names
  first, long clause-like spans last), then longer first, then earlier first.

Char spans are snapped outward to token boundaries (``alignment_mode="expand"``), so a fact inside
a jieba token (3 in 3个) labels the whole token. Facts whose span does not match the body are
skipped and counted in ``doc.user_data["skipped_facts"]``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .report import atomic_write

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Fact type → spaCy label.
LABELS: dict[str, str] = {
    "quantity": "QUANTITY",
    "target": "TARGET",
    "cluster": "CLUSTER",
    "official": "PERSON",
    "organization": "ORG",
    "document": "DOCUMENT",
    "date": "DATE",
    "campaign": "CAMPAIGN",
    "event": "EVENT",
}
#: Entity priority when spans overlap, first wins: short named things before the numbers inside
#: them, and clause-like facts (targets, events) only where nothing else is.
ENT_PRIORITY = [
    "PERSON",
    "ORG",
    "CLUSTER",
    "DOCUMENT",
    "CAMPAIGN",
    "DATE",
    "QUANTITY",
    "EVENT",
    "TARGET",
]
SPANS_KEY = "sc"
PARAGRAPH_SEPARATOR = "\n"

_LOCK = threading.Lock()
_NLP: Language | None = None


def nlp() -> Language:
    """A blank Chinese pipeline whose tokenizer segments with jieba (built once per process)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import jieba
                import spacy

                jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" lines are noise
                _NLP = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return _NLP


def to_spacy(record: dict[str, Any]) -> Doc:
    """One record (as ``extract`` returns it) → a spaCy Doc with facts as ents and span groups."""
    body = [p for p in record.get("body") or [] if isinstance(p, str)]
    offsets = _paragraph_offsets(body)
    doc = nlp().make_doc(PARAGRAPH_SEPARATOR.join(body))
    spans: list[Span] = []
    skipped = 0
    for fact in record.get("facts") or []:
        span = _fact_span(doc, fact, body, offsets)
        if span is None:
            skipped += 1
        else:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    for label in LABELS.values():
        doc.spans[label] = [s for s in spans if s.label_ == label]
    doc.ents = select_entities(spans)
    meta = _dict(record.get("metadata"))
    source = _dict(record.get("source"))
    doc.user_data.update(
        {
            "title": meta.get("title"),
            "published": meta.get("published"),
            "path": source.get("path"),
            "sha256": source.get("sha256"),
            "skipped_facts": skipped,
        }
    )
    return doc


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _paragraph_offsets(body: list[str]) -> list[int]:
    offsets = []
    position = 0
    for paragraph in body:
        offsets.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return offsets


def _fact_span(doc: Doc, fact: Any, body: list[str], offsets: list[int]) -> Span | None:
    if not isinstance(fact, dict):
        return None
    label = LABELS.get(str(fact.get("type")))
    paragraph, start, end = fact.get("paragraph"), fact.get("start"), fact.get("end")
    if label is None or not all(type(v) is int for v in (paragraph, start, end)):
        return None
    assert isinstance(paragraph, int) and isinstance(start, int) and isinstance(end, int)
    if not (0 <= paragraph < len(body) and 0 <= start < end <= len(body[paragraph])):
        return None
    if body[paragraph][start:end] != fact.get("text"):
        return None
    base = offsets[paragraph]
    span: Span | None = doc.char_span(
        base + start, base + end, label=label, alignment_mode="expand"
    )
    return span


def select_entities(spans: Iterable[Span]) -> list[Span]:
    """A non-overlapping subset of ``spans``: by label priority, then longer, then earlier."""
    rank = {label: i for i, label in enumerate(ENT_PRIORITY)}
    ordered = sorted(
        spans, key=lambda s: (rank.get(s.label_, len(rank)), -(s.end - s.start), s.start)
    )
    taken = [False] * (max((s.end for s in ordered), default=0))
    chosen: list[Span] = []
    for span in ordered:
        if any(taken[span.start : span.end]):
            continue
        taken[span.start : span.end] = [True] * (span.end - span.start)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def export_docbin(records: Iterable[dict[str, Any]], out: str | os.PathLike[str]) -> int:
    """Write the records' Docs as one DocBin file (atomically); returns the number of Docs."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    count = 0
    for record in records:
        docbin.add(to_spacy(record))
        count += 1
    atomic_write(Path(out), docbin.to_bytes())
    return count
