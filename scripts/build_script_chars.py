"""Build ``src/policyextract/lexicon/script_chars.tsv``: characters written in one script only.

Source: OpenCC's character tables, through the PyPI package **opencc** (Apache-2.0,
https://github.com/BYVoid/OpenCC), used here at build time only. A character of the CJK Unified
Ideographs block is *traditional-only* when OpenCC's t2s changes it and s2t leaves it alone (個,
們, 發), *simplified-only* when s2t changes it and t2s leaves it alone (个, 们, 发). Characters
both scripts share (中, 国 is simplified-only, 國 traditional-only) are in neither list.

Usage::

    pip install opencc
    python scripts/build_script_chars.py

Output: two lines, ``hant<TAB>characters`` and ``hans<TAB>characters``.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "lexicon" / "script_chars.tsv"


def main() -> None:
    import opencc

    to_hans, to_hant = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    hant, hans = [], []
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        simplified, traditional = to_hans.convert(char), to_hant.convert(char)
        if simplified != char and traditional == char:
            hant.append(char)
        elif traditional != char and simplified == char:
            hans.append(char)
    OUT.write_text(f"hant\t{''.join(hant)}\nhans\t{''.join(hans)}\n", encoding="utf-8")
    print(f"{OUT}: {len(hant)} traditional-only, {len(hans)} simplified-only characters")


if __name__ == "__main__":
    main()
