"""Build ``src/policyextract/lexicon/idf.bin``: jieba.analyse's IDF table, compiled.

Source: the installed jieba's ``jieba/analyse/idf.txt`` (270,132 lines ``word idf``), the table
behind ``jieba.analyse.TFIDF``. The output holds the same words and the same values (each exactly
``float()`` of jieba's text) as a MARISA trie and a value index, with the table's median, the
jieba version and the SHA-256 of the source in its header (``policyextract/idf.py`` describes the
format). ``tests/test_keywords.py`` fails when the shipped file no longer matches the installed
jieba's table: after a jieba upgrade that changes it, run this script again and commit the file.

Usage::

    python scripts/build_idf.py            # write the file
    python scripts/build_idf.py --check    # exit 1 if the shipped file differs from a rebuild
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

from policyextract.idf import FILE_NAME, build_table, jieba_idf_path, load_table

OUT = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "lexicon" / FILE_NAME


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    source = jieba_idf_path()
    data = build_table(source.read_bytes(), version("jieba"))
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.name}: {'up to date' if same else 'differs from a rebuild'} ({source})")
        raise SystemExit(0 if same else 1)
    OUT.write_bytes(data)
    table = load_table(OUT)
    print(
        f"{len(table)} words, median {table.median!r}, {len(data):,} bytes → {OUT}"
        f" (from {source}, sha256 {table.source_sha256[:12]}…)"
    )


if __name__ == "__main__":
    main()
