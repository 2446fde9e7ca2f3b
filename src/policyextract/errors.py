"""The one exception a page can fail with: a short reason and the stage that gave it."""

from __future__ import annotations


class ExtractionError(Exception):
    """A page that cannot become a record. ``str(err)`` is a one-line reason for users."""

    def __init__(self, reason: str, stage: str = "read") -> None:
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
