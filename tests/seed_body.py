"""The acceptance article's body, character-exact, from the hand-checked golden file.

Fact tests build their documents from these paragraphs instead of retyping them.
"""

from __future__ import annotations

import json
from pathlib import Path

_GOLDEN = Path(__file__).resolve().parent / "golden" / "seed.article.json"

SEED_BODY: list[str] = json.loads(_GOLDEN.read_text(encoding="utf-8"))["body"]
