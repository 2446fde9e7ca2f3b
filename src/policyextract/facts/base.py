"""What every fact carries: its type, exact surface text, span and the rule that produced it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Qualifier = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than"]
Number = int | float


class Fact(BaseModel):
    """Base of every fact: ``doc.paragraphs[paragraph][start:end] == text``."""

    model_config = ConfigDict(extra="forbid")

    type: str
    text: str
    paragraph: int
    start: int
    end: int
    rule: str
