"""The lexicon: shipped lists, the place gazetteer and user lexicon files (``--lexicon``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyextract import lexicon_user
from policyextract.errors import ExtractionError
from policyextract.facts import clusters, officials, organizations
from policyextract.facts.places import full_name, gazetteer, lookup, province
from policyextract.lexicon_user import load_user_lexicon, parse_user_lexicon, shipped_list
from policyextract.models import Article, Metadata
from policyextract.segmentation import segment, segment_text

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "policyextract" / "lexicon"


# (name, level, full name, province)
PLACES = [
    ("山东", "province", "山东省", "山东省"),
    ("山东省", "province", "山东省", "山东省"),
    ("广西", "province", "广西壮族自治区", "广西壮族自治区"),
    ("内蒙古", "province", "内蒙古自治区", "内蒙古自治区"),
    ("北京", "province", "北京市", "北京市"),
    ("潍坊市", "prefecture", "潍坊市", "山东省"),
    ("潍坊", "prefecture", "潍坊市", "山东省"),
    ("延边", "prefecture", "延边朝鲜族自治州", "吉林省"),
    ("吉林", "province", "吉林省", "吉林省"),  # the province's short form, not the city's
    ("吉林市", "prefecture", "吉林市", "吉林省"),
    ("寿光市", "county", "寿光市", "山东省"),
    ("忠县", "county", "忠县", "重庆市"),
]


@pytest.mark.parametrize(("name", "level", "full", "prov"), PLACES)
def test_gazetteer(name: str, level: str, full: str, prov: str) -> None:
    place = lookup(name)
    assert place is not None
    assert (place.level, place.name, place.province) == (level, full, prov)
    assert full_name(name) == full


def test_gazetteer_is_generated_and_complete() -> None:
    header = (LEXICON / "places.tsv").read_text("utf-8").splitlines()[0]
    assert "scripts/build_gazetteer.py" in header and "cpca" in header
    places = list(gazetteer().by_name.values())
    assert len({p.name for p in places if p.level == "province"}) == 34
    assert len({p.name for p in places if p.level == "prefecture"}) > 330
    assert len({p.name for p in places if p.level == "county"}) > 2800
    # Counties have no short form: 新华区 → 新华 would be a news agency.
    assert lookup("新华") is None
    assert province("江苏") is not None and province("潍坊") is None


def test_shipped_lists_hold_general_words_only() -> None:
    titles = shipped_list("titles")
    for title in ("处长", "新闻发言人", "董事长", "党组书记", "首席经济学家", "院士"):
        assert title in titles
    for name in ("刘梅生", "初磊", "付建", "十链百群万企", "潍坊市动力装备", "鹰眼IPO", "经济导报"):
        for path in LEXICON.glob("*.txt"):
            assert name not in path.read_text("utf-8"), (name, path.name)
        assert name not in (LEXICON / "domain.dict").read_text("utf-8")
    assert "王" in shipped_list("surnames") and "欧阳" in shipped_list("surnames")


def test_hand_exclusions_apply_to_every_generated_list() -> None:
    """An entry of ``<name>_excluded.txt`` is gone from the merged list, whatever the layout of
    the generated file (the transliteration characters had been written 40 to an entry, so that
    当, 日, 文… stayed in)."""
    for excluded in LEXICON.glob("*_excluded.txt"):
        name = excluded.stem.removesuffix("_excluded")
        dropped = set(lexicon_user._read_list(excluded.stem))
        assert dropped, name
        merged = shipped_list(name)
        assert not dropped & set(merged), name
    assert not set("当日人") & officials.TRANSLIT


def test_countries_are_foreign_and_not_places_of_china() -> None:
    # 中国 is a national anchor of its own; a country must not shadow a Chinese place's name.
    countries = shipped_list("countries")
    assert {"美国", "法国", "日本", "俄罗斯"} <= set(countries)
    assert len(countries) == len(set(countries))
    for country in countries:
        assert country != "中国" and lookup(country) is None, country


def test_cities_abroad_are_no_countries_nor_places_of_china() -> None:
    # CLDR's exemplar cities (scripts/build_cities.py), less countries and the gazetteer's places
    cities = shipped_list("cities")
    assert {"莫斯科", "洛杉矶", "首尔", "圣保罗"} <= set(cities)
    assert "万象" not in cities  # a common word: a hand exclusion
    countries = set(shipped_list("countries"))
    for city in cities:
        assert len(city) >= 2 and city not in countries and lookup(city) is None, city


USER_FILE = """\
# a user lexicon
[titles]
网格员
[org_suffixes]
工作站
[organizations]
美联储
[clusters]
苏州纳米新材料集群
[words]
低空经济 n
"""


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(Article(metadata=Metadata(), body=[text]))


def test_user_lexicon_extends_segmentation_and_rules(tmp_path: Path, restore_lexicon: None) -> None:
    path = tmp_path / "user.lex"
    path.write_text(USER_FILE, encoding="utf-8")
    before = officials.extract(_doc("社区网格员李明说，要做好服务。"))
    assert before == []
    load_user_lexicon(str(path))
    assert "低空经济" in [t.word for t in segment_text("发展低空经济产业")]
    (official,) = officials.extract(_doc("社区网格员李明说，要做好服务。"))
    assert (official.name, official.title) == ("李明", "网格员")
    names = [o.name for o in organizations.extract(_doc("潍坊市专家工作站揭牌，美联储宣布加息。"))]
    assert names == ["潍坊市专家工作站", "美联储"]
    (cluster,) = clusters.extract(_doc("苏州纳米新材料集群入选国家队。"))
    assert (cluster.name, cluster.place, cluster.industry, cluster.rule) == (
        "苏州纳米新材料集群",
        "苏州",
        "纳米新材料",
        "cluster.lexicon",
    )


BAD_FILES = [
    ("[people]\n张三\n", "unknown section"),
    ("网格员\n", "entry before any section"),
    ("[titles\n网格员\n", "unknown section"),
    ("[titles]\n网格员 社区\n", "one entry a line"),
]


@pytest.mark.parametrize(("text", "reason"), BAD_FILES)
def test_bad_user_lexicon(text: str, reason: str) -> None:
    with pytest.raises(ExtractionError) as err:
        parse_user_lexicon(text, "user.lex")
    message = str(err.value)
    assert reason in message and "user.lex:" in message and "\n" not in message


def test_a_lexicon_loads_once_whatever_its_name(tmp_path: Path, restore_lexicon: None) -> None:
    first, second = tmp_path / "a.lex", tmp_path / "b.lex"
    for path in (first, second):
        path.write_text("[titles]\n试点督导专员\n", encoding="utf-8")
    assert load_user_lexicon(str(first)) is True
    version = lexicon_user.version()
    assert load_user_lexicon(str(first)) is False
    assert load_user_lexicon(str(second)) is False  # the same content under another name
    assert lexicon_user.version() == version
    assert lexicon_user.word_list("titles").count("试点督导专员") == 1
    assert lexicon_user.loaded_files()[-1] == str(first)


def test_unreadable_user_lexicon(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="cannot read lexicon"):
        load_user_lexicon(str(tmp_path / "missing.lex"))
    latin = tmp_path / "latin.lex"
    latin.write_bytes("[titles]\n网格员\n".encode("gb18030"))
    with pytest.raises(ExtractionError, match="not UTF-8"):
        load_user_lexicon(str(latin))


def test_words_section_takes_jieba_lines() -> None:
    sections = parse_user_lexicon("[words]\n低空经济 1000 n\n新质生产力\n")
    assert sections["words"] == ["低空经济 1000 n", "新质生产力"]
