"""Build the reader's script tables from OpenCC's character conversions.

Source: OpenCC's ``t2s`` and ``s2t`` conversions, through the PyPI package **opencc**
(Apache-2.0, https://github.com/BYVoid/OpenCC), used here at build time only. Over CJK Unified
Ideographs and Extension A it writes:

- ``src/policyextract/lexicon/t2s_chars.tsv``: every ideograph that ``t2s`` turns into one other
  character, a row ``traditional<TAB>simplified`` (來→来, 關→关, 臺→台). The reader folds short
  lines with it (``reader/script.py``: ``fold``) so that one simplified word list serves both
  scripts; one character for one, so a folded line keeps every position.
- ``src/policyextract/lexicon/script_chars.tsv``: two lines, ``hant<TAB>characters`` (t2s changes
  them, s2t leaves them: 個, 們, 發) and ``hans<TAB>characters`` (s2t changes them, t2s leaves
  them: 个, 们, 发), the characters only one script uses, which tell a text's script
  (``reader/script.py``: ``language_of``).

Usage::

    pip install opencc
    python scripts/build_script_tables.py
"""

from __future__ import annotations

from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "src" / "policyextract" / "lexicon"
# CJK Unified Ideographs Extension A and the main block.
RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


def main() -> None:
    import opencc

    to_hans, to_hant = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    pairs, hant, hans = [], [], []
    for low, high in RANGES:
        for code in range(low, high):
            char = chr(code)
            simplified, traditional = to_hans.convert(char), to_hant.convert(char)
            if simplified != char and len(simplified) == 1:
                pairs.append(f"{char}\t{simplified}\n")
            if low == 0x4E00 and simplified != char and traditional == char:
                hant.append(char)
            elif low == 0x4E00 and traditional != char and simplified == char:
                hans.append(char)
    (LEXICON / "t2s_chars.tsv").write_text("".join(pairs), encoding="utf-8")
    (LEXICON / "script_chars.tsv").write_text(
        f"hant\t{''.join(hant)}\nhans\t{''.join(hans)}\n", encoding="utf-8"
    )
    print(f"{len(pairs)} fold pairs; {len(hant)} traditional-only, {len(hans)} simplified-only")


if __name__ == "__main__":
    main()
