"""Segmentation (segmentation.py): offsets, the domain lexicon, one load, no state between pages."""

from __future__ import annotations

import pytest

from policyextract import extract_record
from policyextract.keywords import keywords
from policyextract.models import Article, Doc, Metadata, Token
from policyextract.record import Keyword
from policyextract.segmentation import segment, segment_text, tokenizer

PUBLISHED = "2024-06-07T17:25:36+08:00"


def words(text: str) -> list[str]:
    return [t.word for t in segment_text(text)]


def test_offsets_cover_the_paragraph() -> None:
    text = "山东省工业和信息化厅科技处处长刘梅生介绍,下一步,将坚持双轮驱动。"
    tokens = segment_text(text)
    assert "".join(t.word for t in tokens) == text
    for token in tokens:
        assert text[token.start : token.end] == token.word
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]
    assert all(t.pos == "" for t in tokens)  # tags only with --tokens


# (text, a word the lexicon keeps whole)
WHOLE = [
    ("邀请新闻发言人介绍情况", "新闻发言人"),
    ("加快发展先进制造业集群", "先进制造业集群"),
    ("培育专精特新企业", "专精特新"),
    ("推进新型工业化", "新型工业化"),
    ("省工业和信息化厅召开会议", "工业和信息化厅"),
    ("潍坊市动力装备", "潍坊市"),  # a prefecture of the gazetteer
    ("党组书记、局长", "党组书记"),
]


@pytest.mark.parametrize(("text", "word"), WHOLE)
def test_lexicon_words_stay_whole(text: str, word: str) -> None:
    assert word in words(text)


def test_glued_dictionary_words_are_split() -> None:
    # jieba's dictionary has 处处长; the lexicon removes it so that the title stands alone.
    tokens = words("科技处处长刘梅生")
    assert "处长" in tokens
    assert "处处长" not in tokens


def test_tokenizer_is_loaded_once() -> None:
    assert tokenizer() is tokenizer()


def test_pos_tags_only_when_asked() -> None:
    tokens = segment_text("山东加快构建现代化产业体系", pos=True)
    assert all(t.pos for t in tokens)
    assert "".join(t.word for t in tokens) == "山东加快构建现代化产业体系"


def test_segment_builds_the_doc() -> None:
    article = Article(metadata=Metadata(published=PUBLISHED), body=["第一段。", "第二段文字。"])
    doc = segment(article)
    assert doc.paragraphs == article.body
    assert len(doc.tokens) == 2
    assert doc.published is not None and doc.published.isoformat() == PUBLISHED


# Two different synthetic pages: extracting them in either order gives identical records.
PAGE_A = (
    "山东省工信厅发布新闻\n\n来源：测试网  2024-06-07 17:25:36\n\n"
    "6月7日下午，山东省政府新闻办举行新闻发布会。我省拥有国家先进制造业集群3个。\n\n"
    "省工业和信息化厅科技处处长刘梅生介绍，潍坊市动力装备、青岛市轨道交通装备两个集群入选国家试点。\n"
)
PAGE_B = (
    "河南召开发布会\n\n来源：测试网  2023-05-09 10:00:00\n\n"
    "5月9日，国务院新闻办举行新闻发布会。河南省委副书记、省长王凯说，河南粮食产量稳定。\n\n"
    "河南省发展改革委主任马健介绍，全省新培育高新技术企业1000家以上。\n"
)


def _record(text: str) -> str:
    return extract_record(text=text).model_dump_json()


def test_no_state_between_documents() -> None:
    a_first = [_record(PAGE_A), _record(PAGE_B)]
    b_first = [_record(PAGE_B), _record(PAGE_A)]
    assert a_first == b_first[::-1]
    assert a_first[0] != a_first[1]


def _doc(*paragraphs: list[str]) -> Doc:
    """A Doc with the given tokens (no segmentation: keywords count the Doc's own tokens)."""
    tokens = []
    for words_ in paragraphs:
        offset, row = 0, []
        for word in words_:
            row.append(Token(word, "", offset, offset + len(word)))
            offset += len(word)
        tokens.append(row)
    return Doc(paragraphs=["".join(w) for w in paragraphs], tokens=tokens)


def test_keywords_use_jieba_idf_on_our_tokens() -> None:
    import jieba.analyse

    idf = jieba.analyse.TFIDF().idf_freq
    doc = _doc(
        ["集群", "集群", "协同", "，", "2024", "年", "我们", "14.8", "%"],
        ["增长", "。", "3830"],
    )
    # Counted: 集群 ×2, 协同, 增长 (4 tokens); skipped: punctuation, numbers, one-character
    # words (年) and stop words (我们).
    assert keywords(doc) == [
        Keyword(word=w, weight=round(n * idf[w] / 4, 6))
        for n, w in sorted(
            [(2, "集群"), (1, "协同"), (1, "增长")], key=lambda x: (-x[0] * idf[x[1]], x[1])
        )
    ]


def test_keywords_ties_are_ordered_by_word() -> None:
    doc = _doc(["qxzl", "qxzj", "qxzk"])  # words missing from the table share the median IDF
    assert [k.word for k in keywords(doc)] == ["qxzj", "qxzk", "qxzl"]
    assert len({k.weight for k in keywords(doc)}) == 1
    assert keywords(_doc(["，", "。"])) == []


def test_keywords_top() -> None:
    doc = _doc([f"词{chr(0x4E00 + i)}" for i in range(30)])
    assert len(keywords(doc)) == 10
    assert len(keywords(doc, top=3)) == 3


def test_full_width_letters_are_matched_as_ascii_and_written_as_the_page_writes_them() -> None:
    # jieba cuts Ｚｉｅｎｏｎ into six letters; matched as Zienon, the name is one word (digits too:
    # ５Ｇ基站 is 5G基站).
    body = ["美国Ｚｉｅｎｏｎ公司与ＬＧ合作，投资５亿元。"]
    doc = segment(Article(metadata=Metadata(published="2024-06-07"), body=body))
    assert doc.paragraphs == ["美国Zienon公司与LG合作，投资5亿元。"]
    assert doc.written == body
    assert "Zienon" in [t.word for t in doc.tokens[0]]
    from policyextract.facts import extract_facts

    facts = extract_facts(doc)
    orgs = [(f.text, f.start, f.end) for f in facts if f.type == "organization"]
    assert ("美国Ｚｉｅｎｏｎ公司", 0, 10) in orgs
    amount = next(f for f in facts if f.type == "quantity")
    assert (amount.text, amount.value) == ("５亿元", 500000000)


def test_a_body_without_full_width_letters_has_no_written_copy() -> None:
    doc = segment(Article(metadata=Metadata(published="2024-06-07"), body=["投资5亿元。"]))
    assert doc.written is None


def test_full_width_digits_before_a_letter_stay_with_it() -> None:
    from policyextract.facts import extract_facts

    body = ["全市累计建成５Ｇ基站１.２万个。"]
    doc = segment(Article(metadata=Metadata(published="2024-06-07"), body=body))
    amount = next(f for f in extract_facts(doc) if f.type == "quantity")
    assert (amount.text, amount.value, amount.subject) == ("１.２万个", 12000, "５Ｇ基站")
