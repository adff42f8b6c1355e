"""Search as reps type it, on real hospital names (issue 17): a city, a name, a campus or an
alias run together with or without spaces, in characters, pinyin or initials; filler
characters left out; nicknames; typos and homophones; letter-by-letter typing."""

import pytest

from desktop.models import Customer
from desktop.store.search import search, search_customers

XIEHE = "华中科技大学同济医学院附属协和医院"
XIEHE_WEST = "华中科技大学同济医学院附属协和医院（西院）"
TONGJI = "华中科技大学同济医学院附属同济医院"
TONGJI_GUANGGU = "华中科技大学同济医学院附属同济医院（光谷院区）"
FUZHOU_XIEHE = "福建医科大学附属协和医院"
WUHAN_FIRST = "武汉市第一医院"
BEIYI_SAN = "北京大学第三医院"


@pytest.fixture
def hospitals(store):
    """Hospitals as a real list names them, with look-alikes around each one."""
    made = {}

    def add(name, city, province, district=None, tier="B", alias=None, kind="hospital",
            **more):
        made[name] = store.create(Customer, kind=kind, name=name, city=city,
                                  province=province, district=district, tier=tier,
                                  alias=alias, **more)
        return made[name]

    add(XIEHE, "武汉", "湖北省", "江汉区", tier="A")
    add(XIEHE_WEST, "武汉", "湖北省", "蔡甸区")
    add(TONGJI, "武汉", "湖北省", "硚口区", tier="A")
    add(TONGJI_GUANGGU, "武汉", "湖北省", "洪山区")
    add("同济大学附属同济医院", "上海", "上海市", "普陀区", tier="A")
    add(FUZHOU_XIEHE, "福州", "福建省", "鼓楼区")
    add("北京协和医院", "北京", "北京市", "东城区", tier="A")
    add("武汉市中心医院", "武汉", "湖北省", "江岸区")
    add("武汉市第三医院", "武汉", "湖北省", "武昌区")
    add("十堰市中心医院", "十堰", "湖北省")
    add("厦门市中医院", "厦门", "福建省", "湖里区")
    add("厦门大学附属中山医院", "厦门", "福建省", "思明区", tier="A")
    add("厦门市第一医院", "厦门", "福建省", "思明区")
    # The importer keeps 武汉市第一医院（武汉市中西医结合医院） as name + alias; the rep
    # recorded the local nickname 市一医院 beside it.
    add(WUHAN_FIRST, "武汉", "湖北省", "硚口区", alias="武汉市中西医结合医院;市一医院")
    add("北京大学第一医院", "北京", "北京市", "西城区", tier="A")
    add(BEIYI_SAN, "北京", "北京市", "海淀区", tier="A", alias="北医三院")
    add("北京大学人民医院", "北京", "北京市", "西城区", tier="A")
    add("首都医科大学附属北京同仁医院", "北京", "北京市", "东城区", tier="A")
    add("武汉大学人民医院", "武汉", "湖北省", "武昌区", tier="A")
    add("汉川市人民医院", "孝感", "湖北省")
    cardio = store.create(Customer, kind="department", name="心内科",
                          organisation_id=made[XIEHE].id, city="武汉")
    add("张伟", "武汉", None, kind="doctor", organisation_id=made[XIEHE].id,
        department_id=cardio.id)
    add("吴涵", "武汉", None, kind="doctor", organisation_id=made[TONGJI].id)
    return made


def first(store, query):
    with store.read() as s:
        found = search_customers(s, query, limit=20)
    return found[0].name if found else None


def names(store, query, limit=50):
    with store.read() as s:
        return [h.name for h in search_customers(s, query, limit=limit)]


@pytest.mark.parametrize(("query", "expected"), [
    # city or district + name, a campus
    ("武汉协和", XIEHE),
    ("同济光谷", TONGJI_GUANGGU),
    ("协和西院", XIEHE_WEST),
    ("福州协和", FUZHOU_XIEHE),
    ("wuhanxiehe", XIEHE),
    ("tjgg", TONGJI_GUANGGU),
    ("whxh", XIEHE),
    ("武汉 协和", XIEHE),
    ("协和 武汉", XIEHE),  # any order
    ("xiehe wuhan", XIEHE),
    ("tongjiguanggu", TONGJI_GUANGGU),
    ("fuzhouxiehe", FUZHOU_XIEHE),
    # filler characters left out
    ("武汉中心医院", "武汉市中心医院"),
    ("厦门中医院", "厦门市中医院"),
    ("武汉第一医院", WUHAN_FIRST),
    ("whzxyy", "武汉市中心医院"),
    ("wuhanzhongxinyiyuan", "武汉市中心医院"),
    # nicknames and bracketed names (aliases)
    ("北医三院", BEIYI_SAN),
    ("bysy", BEIYI_SAN),
    ("市一医院", WUHAN_FIRST),
    ("武汉市中西医结合医院", WUHAN_FIRST),
    ("中西医结合", WUHAN_FIRST),
    # typos and homophones, with the city or campus that tells the hospitals apart
    ("wuhan xeihe", XIEHE),
    ("xeihe wuhan", XIEHE),
    ("tonji guanggu", TONGJI_GUANGGU),
    ("同剂光谷", TONGJI_GUANGGU),
    ("协和医苑 武汉", XIEHE),
])
def test_what_reps_type_finds_the_right_hospital_first(store, hospitals, query, expected):
    assert first(store, query) == expected


@pytest.mark.parametrize(("typo", "meant"), [
    ("xeihe", "xiehe"), ("tonji", "tongji"), ("同剂", "同济"), ("协和医苑", "协和医院"),
])
def test_a_typo_or_homophone_finds_what_the_right_spelling_finds(store, hospitals, typo,
                                                                 meant):
    assert names(store, typo)[:3] == names(store, meant)[:3]
    assert first(store, typo) in (XIEHE, TONGJI, "北京协和医院", "同济大学附属同济医院")


def test_typing_wuhanxiehe_letter_by_letter_never_empties_the_list(store, hospitals):
    query = "wuhanxiehe"
    for end in range(1, len(query) + 1):
        found = names(store, query[:end], limit=500)
        assert found, query[:end]
        if end >= 5:  # from `wuhan` on, the hospital is among the matches
            assert XIEHE in found, query[:end]
    assert names(store, query)[0] == XIEHE


def test_typing_whxh_and_chinese_word_by_word_never_empties_the_list(store, hospitals):
    for typed in ("w", "wh", "whx", "whxh", "武", "武汉", "武汉协", "武汉协和"):
        assert XIEHE in names(store, typed, limit=500), typed


def test_exact_matches_come_before_corrected_ones_and_say_so(store, hospitals):
    with store.read() as s:
        exact = search(s, "xiehe")
        typo = search(s, "xeihe")
        homophone = search(s, "同剂")
        nothing = search(s, "zzzzqqq")
    assert not exact.fuzzy and exact.suggestion is None
    assert typo.fuzzy and typo.suggestion == "xiehe"
    assert all(h.fuzzy for h in typo.hits)
    assert homophone.fuzzy and homophone.suggestion == "同济"
    assert nothing.hits == [] and nothing.suggestion is None


def test_a_campus_comes_after_the_main_hospital_for_the_name_alone(store, hospitals):
    found = names(store, "同济医院")
    assert found.index(TONGJI) < found.index(TONGJI_GUANGGU)
    found = names(store, "wuhanxiehe")
    assert found[:2] == [XIEHE, XIEHE_WEST]


def test_a_city_and_name_put_the_hospital_before_its_doctors(store, hospitals):
    found = names(store, "武汉协和")
    assert found[0] == XIEHE
    assert "张伟" in found and found.index("张伟") > found.index(XIEHE_WEST)
    assert FUZHOU_XIEHE not in found and "北京协和医院" not in found


def test_match_quality_ranks_before_tier_and_name_length(store, hospitals):
    # 同济 + 光谷 both in one customer's names beats a shorter tier-A name with only 同济
    assert names(store, "同济光谷")[0] == TONGJI_GUANGGU
    # an exact alias beats every name that merely contains the characters
    assert names(store, "北医三院")[0] == BEIYI_SAN
    # the whole name without fillers beats longer names holding its words
    assert names(store, "厦门第一医院")[0] == "厦门市第一医院"


def test_an_alias_edit_reaches_the_index_and_the_organisations_people(store, hospitals):
    xiehe = hospitals[XIEHE]
    assert "张伟" not in names(store, "协和本部 张")
    store.update(Customer, xiehe.id, alias="协和本部")
    assert names(store, "协和本部")[0] == XIEHE
    assert names(store, "协和本部 张") == ["张伟"]
    store.update(Customer, xiehe.id, alias=None)
    assert XIEHE not in names(store, "协和本部")



@pytest.fixture
def wuhan(store):
    """A Wuhan rep's territory: the hospitals the issue's examples name, and their look-alikes."""
    made = {}
    for name, district, tier in ((XIEHE, "江汉区", "A"), (XIEHE_WEST, "蔡甸区", "A"),
                                 (TONGJI, "硚口区", "A"), (TONGJI_GUANGGU, "洪山区", "A"),
                                 ("武汉大学人民医院", "武昌区", "A"),
                                 ("武汉市中心医院", "江岸区", "B"), ("武汉市第三医院", "武昌区", "B"),
                                 (WUHAN_FIRST, "硚口区", "B")):
        made[name] = store.create(Customer, kind="hospital", name=name, city="武汉",
                                  province="湖北省", district=district, tier=tier)
    return made


@pytest.mark.parametrize(("query", "expected"), [
    ("xeihe", XIEHE), ("tonji", TONGJI), ("同剂", TONGJI), ("协和医苑", XIEHE),
    ("xiehe", XIEHE), ("tongji", TONGJI), ("同济", TONGJI), ("同济医院", TONGJI),
    ("武汉协和", XIEHE), ("wuhanxiehe", XIEHE), ("whxh", XIEHE), ("tjgg", TONGJI_GUANGGU),
])
def test_in_a_wuhan_territory_typos_find_the_hospital_meant_first(store, wuhan, query,
                                                                  expected):
    # 同济 is in every 华中科技大学同济医学院附属 name; the hospital whose own name it is
    # (…附属同济医院) comes first
    assert first(store, query) == expected
