"""spaCy export: facts as span groups and entities, DocBin round trip, spaCy imported lazily."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from report_records import RECORD, XSS_RECORD

from policyextract.cli import main

SEED = Path(__file__).resolve().parents[1] / "corpus" / "sdenews-2024-06-07-industrial-clusters.txt"


@pytest.fixture(scope="module")
def export() -> Any:
    pytest.importorskip("spacy", reason="spaCy is not installed (extra [spacy])")
    from policyextract import spacy_export

    return spacy_export


def test_importing_and_extracting_never_imports_spacy() -> None:
    code = (
        "import sys, policyextract\n"
        "try:\n"
        f"    policyextract.extract({str(SEED)!r})\n"
        "except policyextract.ExtractionError:\n"
        "    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "assert 'policyextract.spacy_export' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_to_spacy_is_a_lazy_attribute(export: Any) -> None:
    import policyextract

    assert policyextract.to_spacy is export.to_spacy
    with pytest.raises(AttributeError):
        _ = policyextract.no_such_name  # type: ignore[attr-defined]


def test_doc_text_is_the_body(export: Any) -> None:
    doc = export.to_spacy(RECORD)
    assert doc.text == "\n".join(RECORD["body"])
    assert doc.user_data["title"] == RECORD["metadata"]["title"]
    assert doc.user_data["skipped_facts"] == 0


def test_every_fact_is_in_the_span_groups(export: Any) -> None:
    doc = export.to_spacy(RECORD)
    spans = list(doc.spans["sc"])
    assert [s.label_ for s in spans] == [export.LABELS[f["type"]] for f in RECORD["facts"]]
    for span, fact in zip(spans, RECORD["facts"], strict=True):
        # "expand" snaps outward to token edges: the span holds the fact text.
        assert fact["text"] in span.text
    assert [s.text for s in doc.spans["QUANTITY"]] == ["3个", "15个", "12.2万家", "30个"]


def test_entities_do_not_overlap_and_follow_priority(export: Any) -> None:
    doc = export.to_spacy(RECORD)
    # Paragraph 2: the official (PERSON) wins over the organisation inside it; the target loses to
    # the date and quantity inside it.
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("DATE", "6月7日"),
        ("ORG", "山东省政府新闻办"),
        ("EVENT", "新闻发布会"),
        ("QUANTITY", "3个"),
        ("QUANTITY", "15个"),
        ("QUANTITY", "12.2万家"),
        ("PERSON", "山东省工业和信息化厅科技处处长张三"),
        ("DATE", "2025年"),
        ("QUANTITY", "30个"),
    ]


def test_bad_spans_are_skipped_and_counted(export: Any) -> None:
    record = copy.deepcopy(RECORD)
    record["facts"][0]["text"] = "6月8日"
    record["facts"][1]["paragraph"] = 7
    record["facts"][2]["type"] = "no-such-type"
    doc = export.to_spacy(record)
    assert doc.user_data["skipped_facts"] == 3
    assert len(doc.spans["sc"]) == len(RECORD["facts"]) - 3


@pytest.mark.parametrize(
    "record",
    [
        {"body": [], "facts": []},
        {"body": ["", ""], "facts": [{"type": "date", "text": "", "paragraph": 0}]},
        {"body": ["ab"], "facts": None, "metadata": "x", "source": 3},
        XSS_RECORD,
    ],
    ids=["empty", "empty-paragraphs", "odd-types", "xss"],
)
def test_odd_records_give_a_doc(export: Any, record: dict[str, Any]) -> None:
    doc = export.to_spacy(record)
    assert doc.text == "\n".join(record["body"])


def test_cli_export_writes_a_docbin(export: Any, tmp_path: Path) -> None:
    from spacy.tokens import DocBin

    outdir = tmp_path / "batch"
    outdir.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in (RECORD, XSS_RECORD)]
    (outdir / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "train.spacy"
    assert main(["export", str(outdir), "--spacy", str(out)]) == 0
    docs = list(DocBin().from_disk(out).get_docs(export.nlp().vocab))
    assert [d.text for d in docs] == ["\n".join(r["body"]) for r in (RECORD, XSS_RECORD)]
    assert len(docs[0].spans["sc"]) == len(RECORD["facts"])
    assert len(docs[0].ents) == 9
    assert docs[1].user_data["title"] == XSS_RECORD["metadata"]["title"]
    assert {p.name for p in tmp_path.iterdir()} == {"batch", "train.spacy"}  # no temp left
