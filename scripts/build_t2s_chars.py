"""Build ``src/policyextract/lexicon/t2s_chars.tsv``: traditional → simplified, one character each.

Source: OpenCC's ``t2s`` conversion (PyPI package **opencc**, Apache-2.0,
https://github.com/BYVoid/OpenCC), used here at build time only. Every ideograph that ``t2s``
turns into one other character is a row ``traditional<TAB>simplified`` (來→来, 關→关, 臺→台).

The text reader folds a line with this table before its word lists read it, so that one
simplified list serves both scripts (來源 and 来源, 相關新聞 and 相关新闻). The table maps one
character to one character, so a folded line keeps every position and a value found in it (an
outlet, a name) is cut from the original line in its own script.

Usage::

    pip install opencc
    python scripts/build_t2s_chars.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "lexicon" / "t2s_chars.tsv"
# CJK Unified Ideographs Extension A and the main block.
RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


def main() -> None:
    import opencc

    to_hans = opencc.OpenCC("t2s")
    rows = []
    for low, high in RANGES:
        for code in range(low, high):
            char = chr(code)
            simplified = to_hans.convert(char)
            if simplified != char and len(simplified) == 1:
                rows.append(f"{char}\t{simplified}\n")
    OUT.write_text("".join(rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} characters")


if __name__ == "__main__":
    main()
