"""Build ``src/policyextract/lexicon/hant_to_hans.tsv``: each traditional character and its
simplified form, one character each.

Source: OpenCC's t2s character conversion, through the PyPI package **opencc** (Apache-2.0,
https://github.com/BYVoid/OpenCC), used here at build time only. The reader's word lists
(related-news headings, widget labels, editor lines) are written in simplified characters; a
traditional page's short lines are mapped through this table before they are matched, so that one
list serves both scripts. Character by character: 關→关, 聞→闻; where t2s would need the context
(乾 stays 乾 in 乾隆) the single character's conversion is taken, which is right for these lists.

Usage::

    pip install opencc
    python scripts/build_hant_to_hans.py

Output: two lines, ``hant<TAB>characters`` and ``hans<TAB>characters``, the same length.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "lexicon" / "hant_to_hans.tsv"
# CJK Extension A and the Unified Ideographs block.
FIRST, LAST = 0x3400, 0x9FFF


def main() -> None:
    import opencc

    to_hans = opencc.OpenCC("t2s")
    hant, hans = [], []
    for code in range(FIRST, LAST + 1):
        char = chr(code)
        simplified = to_hans.convert(char)
        if simplified != char and len(simplified) == 1:
            hant.append(char)
            hans.append(simplified)
    OUT.write_text(f"hant\t{''.join(hant)}\nhans\t{''.join(hans)}\n", encoding="utf-8")
    print(f"{OUT}: {len(hant)} characters")


if __name__ == "__main__":
    main()
