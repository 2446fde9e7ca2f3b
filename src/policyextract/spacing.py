"""Character-spaced paragraphs read without their spaces, facts written back with them.

Some sites (RTHK's text pages among them) put a space between every two characters:
``損 失 3 千 5 百 元 現 金``. jieba reads such a paragraph as single characters and no rule can
see a word in it, so a paragraph is matched without the spaces where at least
:data:`SPACED_SHARE` of its Han characters are followed by one space and a Han character or a
digit (the page's own paragraph stays the record's body). A space between two ASCII letters or
digits stays (``Gunter Schumann``, ``12 30``): it separates words in any script.

:func:`unspaced` returns the matched text with the page position of each of its characters, so
that a span found in it is cut back from the page with its inner spaces (``8.13 億 元``); see
:func:`policyextract.simplify.write_back`.
"""

from __future__ import annotations

from . import pattern_cache

#: Of a paragraph's Han characters, at least this share followed by a space and a Han character
#: or a digit: the paragraph is character-spaced (such pages read about 0.9; ordinary text with
#: a spaced byline or a name list below 0.3).
SPACED_SHARE = 0.6
#: Fewer Han characters than this are too few to tell.
MIN_HAN = 4

_HAN = pattern_cache.compile(r"\p{Han}")
_SPACED = pattern_cache.compile(r"\p{Han}[ \u3000](?=[\p{Han}0-9０-９])")
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def is_spaced(text: str) -> bool:
    """Whether ``text`` is written with a space between its characters.

    >>> is_spaced("九 龍 區 發 生 三 宗 爆 竊 案 。"), is_spaced("记者 许雪毅 王橙澄")
    (True, False)
    """
    if text.count(" ") + text.count("\u3000") < SPACED_SHARE * MIN_HAN:
        return False  # most paragraphs: no need to count their characters
    han = len(_HAN.findall(text))
    return han >= MIN_HAN and len(_SPACED.findall(text)) >= SPACED_SHARE * han


def unspaced(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces between its characters, and the position in ``text`` of each
    character kept.

    >>> unspaced("8.13 億 元")
    ('8.13億元', [0, 1, 2, 3, 5, 7])
    >>> unspaced("由 Gunter Schumann 說")[0]
    '由Gunter Schumann說'
    """
    kept: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        if ch in " \u3000" and not (
            0 < i < len(text) - 1 and text[i - 1] in _ASCII_WORD and text[i + 1] in _ASCII_WORD
        ):
            continue
        kept.append(ch)
        positions.append(i)
    return "".join(kept), positions
