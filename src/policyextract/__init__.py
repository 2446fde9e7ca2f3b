"""policyextract: Chinese policy-news pages → clean, structured, verifiable data.

The Python API (each name loads the pipeline on first use, so ``import policyextract`` stays
cheap):

- :func:`extract` / :func:`extract_record`: one page (``path=``, ``html=``, ``text=``, or
  positionally bytes or a path) → a record (``dict`` / pydantic ``Record``);
- :func:`extract_many`: many page files → :class:`Result` per page, in local worker processes;
- :func:`facts`: the facts of an already clean body (a list of paragraphs);
- :func:`to_spacy`: a record → a spaCy ``Doc`` (spaCy is imported only there).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import ExtractionError

if TYPE_CHECKING:
    from .many import Result, extract_many
    from .pipeline import body_facts as facts
    from .pipeline import extract, extract_record
    from .spacy_export import to_spacy

__version__ = "0.1.0"

__all__ = [
    "ExtractionError",
    "Result",
    "__version__",
    "extract",
    "extract_many",
    "extract_record",
    "facts",
    "to_spacy",
]

# Where each lazy name lives. The pipeline (jieba, lxml, the lexicons: ~0.3 s) loads on first
# use, so that the command line owns Ctrl-C from its first instant (one line, exit 130, no
# traceback from an import); spaCy is heavy and imported only by ``to_spacy``.
_LAZY = {
    "extract": "pipeline",
    "extract_record": "pipeline",
    "extract_many": "many",
    "Result": "many",
    "to_spacy": "spacy_export",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    # ``policyextract.facts`` is the facts subpackage, which the import system binds to this
    # name whenever it is imported; the package is callable as the API function (body_facts).
    if name == "facts":
        return importlib.import_module(".facts", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
