"""Traditional-script bodies matched in simplified script, facts written in the page's own.

The lexicon, the titles and every fact rule are written once, in simplified characters. A
traditional page (``metadata.language == "zh-Hant"``) is converted to simplified with OpenCC's
``t2s`` (phrases first: 乾隆 keeps its 乾, 著名 its 著) for segmentation and matching, and every
fact is then written back in the page's characters:

- the conversion keeps lengths, so a span found in the converted paragraph is the same span of
  the page's paragraph, and ``text`` is cut from the page. OpenCC's ``t2s`` maps a phrase to one of
  the same length in nearly every case; a clause where it does not is converted character by
  character instead (:func:`policyextract.reader.script.fold`), which keeps lengths by
  construction;
- name fields (an official's name, title and organisation, an organisation's or a document's
  name, a quantity's subject and written unit…) are cut from the page at the place where the
  converted value stands, nearest the fact; a field that stands nowhere in the text as one piece
  (composed by a rule) keeps its simplified form. Canonical fields (``unit``, ``value``, dates,
  ``qualifier``, ``level``) are simplified on every page, so they join across scripts.

No ``*_simplified`` twin of the name fields is added: a user joining across scripts converts the
names with the same OpenCC ``t2s`` that this module uses, and the record's ``language`` says
which records need it.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

from pydantic import BaseModel

from . import pattern_cache
from .models import Doc
from .reader.script import fold

# Clauses are converted one by one, so a length change costs only its clause the phrase
# conversion.
_CLAUSE = pattern_cache.compile(r"[^，。；：！？、,;:!?\t]+|[，。；：！？、,;:!?\t]+")

#: Fields that hold words of the page (cut back from it); all others are canonical.
AS_WRITTEN = frozenset(
    {
        "name",
        "title",
        "organization",
        "organizer",
        "subject",
        "unit_text",
        "action",
        "label",
        "place",
        "industry",
    }
)


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def _t2s() -> _Converter:
    import opencc  # a compiled binding with its dictionaries in the wheel: nothing is fetched

    converter: _Converter = opencc.OpenCC("t2s.json")
    return converter


#: Variant characters OpenCC's ``t2s`` leaves as they are: Hong Kong's official 衞 (衞生署,
#: 醫務衞生局) and two rare ones, folded one for one.
_VARIANTS = str.maketrans({"衞": "卫", "槪": "概", "淸": "清"})


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (see the module doc).

    >>> simplified("行政長官李家超表示，乾隆年間著名的藏書樓")
    '行政长官李家超表示，乾隆年间著名的藏书楼'
    >>> simplified("衞生署")
    '卫生署'
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(_clause(piece) for piece in _CLAUSE.findall(text))
    return converted.translate(_VARIANTS)


#: Full-width Latin letters and digits (ＬＧ, ＧＤＰ, ５Ｇ, 美国Ｚｉｅｎｏｎ公司) and their ASCII
#: forms: jieba cuts a full-width word into single characters, so no rule could see it as one.
_NARROW = str.maketrans(
    {
        chr(wide): chr(wide - 0xFEE0)
        for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
        for wide in range(r[0], r[1] + 1)
    }
)
_WIDE = pattern_cache.compile(r"[０-９Ａ-Ｚａ-ｚ]")


def narrowed(text: str) -> str:
    """``text`` with full-width Latin letters and digits written in ASCII, of the same length: a
    paragraph is matched narrowed and its facts written back as the page writes them (as a
    traditional one is).

    >>> narrowed("美国Ｚｉｅｎｏｎ公司与ＬＧ合作，建成５Ｇ基站１２个")
    '美国Zienon公司与LG合作，建成5G基站12个'
    """
    return text.translate(_NARROW) if _WIDE.search(text) else text


def _clause(piece: str) -> str:
    converted = _t2s().convert(piece)
    return converted if len(converted) == len(piece) else fold(piece)


def write_back(facts: list[Any], doc: Doc) -> None:
    """Rewrite ``facts`` (found in ``doc.paragraphs``, the converted paragraphs) in the page's own
    characters (``doc.written``): the span, ``text`` and the :data:`AS_WRITTEN` fields, in
    place."""
    positions = doc.positions or [None] * len(doc.paragraphs)
    for fact in facts:
        near = fact.start
        if positions[fact.paragraph] is not None:  # a spaced paragraph: the span moves
            fact.start, fact.end = doc.written_span(fact.paragraph, fact.start, fact.end)
        fact.text = doc.as_written(fact.paragraph, near, near + len(fact.text))
        _write_fields(fact, fact.paragraph, near, doc)


def _write_fields(model: BaseModel, paragraph: int, near: int, doc: Doc) -> None:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, str) and name in AS_WRITTEN:
            setattr(model, name, _as_written(value, paragraph, near, doc))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    _write_fields(item, paragraph, near, doc)


def _as_written(value: str, paragraph: int, near: int, doc: Doc) -> str:
    """``value`` as the page writes it: cut from the place nearest ``near`` where it stands in
    the fact's paragraph, else in the first other paragraph holding it (a table's header row),
    else piece by piece from the fact's paragraph (a subject joined over a link word, 進價是每支 →
    進價每支; a head noun written once after a list)."""
    matched = doc.paragraphs
    best = _nearest(matched[paragraph], value, near)
    if best != -1:
        return doc.as_written(paragraph, best, best + len(value))
    for other, text in enumerate(matched):
        at = text.find(value)
        if at != -1:
            return doc.as_written(other, at, at + len(value))
    return _pieces_as_written(value, paragraph, near, doc)


def _nearest(text: str, value: str, near: int) -> int:
    """Where ``value`` stands in ``text`` nearest ``near`` (the earlier of two as near), or -1:
    the last place at or before ``near`` and the first after it, not every place (a paragraph
    repeating one subject N times stays linear)."""
    before = text.rfind(value, 0, max(near, 0) + len(value))
    after = text.find(value, max(near, 0) + 1)
    if before == -1 or (after != -1 and after - near < near - before):
        return after
    return before


def _pieces_as_written(value: str, paragraph: int, near: int, doc: Doc) -> str:
    """``value`` cut from the page in the longest pieces the fact's paragraph holds, each
    nearest ``near``, else the longest piece another paragraph holds (a body named earlier in
    the article before a department: 嘉義基督教醫院 + 糖尿病中心); a character found nowhere stays
    as it is."""
    text = doc.paragraphs[paragraph]
    pieces: list[str] = []
    i = 0
    while i < len(value):
        for j in range(len(value), i, -1):
            at = _nearest(text, value[i:j], near)
            if at != -1:
                pieces.append(doc.as_written(paragraph, at, at + j - i))
                break
            if j - i > 1:  # a piece of two characters or more from another paragraph
                found = next(
                    (
                        (k, a)
                        for k, p in enumerate(doc.paragraphs)
                        if (a := p.find(value[i:j])) >= 0
                    ),
                    None,
                )
                if found is not None:
                    pieces.append(doc.as_written(found[0], found[1], found[1] + j - i))
                    break
        else:
            pieces.append(value[i])
            j = i + 1
        i = j
    positions = doc.positions
    spaced = positions is not None and positions[paragraph] is not None
    return (" " if spaced else "").join(pieces)  # 盈 利 + 按 年 下 跌: spaced as the page is
