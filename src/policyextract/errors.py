"""The one exception a page can fail with: a short reason and the stage that gave it."""

from __future__ import annotations

#: Names longer than this are cut in messages (a page's text passed where a path belongs).
_SHOWN_CHARS = 120


class ExtractionError(Exception):
    """A page that cannot become a record.

    ``reason`` is a one-line reason for users, ``stage`` the pipeline stage that gave it, and
    ``path`` the file (or the name given to the page) when one is known. ``str(err)`` is one line:
    ``"PATH: reason"``, or the reason alone.

    >>> str(ExtractionError("no such file", path="a.html"))
    'a.html: no such file'
    >>> str(ExtractionError("no such file", path="two\\nlines.html"))
    "'two\\\\nlines.html': no such file"
    """

    def __init__(self, reason: str, stage: str = "read", path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
        self.path = path

    def __str__(self) -> str:
        if self.path is None:
            return self.reason
        return f"{shown_name(self.path)}: {self.reason}"


def shown_name(name: str) -> str:
    """``name`` for a one-line message: quoted with escapes (``\\n``, ``\\udcb2``) when it holds
    characters that are not printable, cut when it is very long."""
    if len(name) > _SHOWN_CHARS:
        name = f"{name[:_SHOWN_CHARS]}…"
    return name if name.isprintable() else repr(name)
