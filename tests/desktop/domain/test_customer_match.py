"""Which customer a row of a list is: code first, then the name within the city (aliases
in brackets recognised, branch brackets part of the name), people within their
organisation."""

import pytest

from desktop.domain.customer_match import (
    Customers,
    Known,
    join_aliases,
    same_city,
    split_aliases,
    split_name,
)


@pytest.mark.parametrize("written,name,aliases", [
    ("武汉市第一医院（武汉市中西医结合医院）", "武汉市第一医院", ["武汉市中西医结合医院"]),
    ("武汉市第一医院(武汉市中西医结合医院)", "武汉市第一医院", ["武汉市中西医结合医院"]),
    ("湖北省妇幼保健院（湖北省妇女儿童医院）", "湖北省妇幼保健院", ["湖北省妇女儿童医院"]),
    ("某区卫生院（原某镇卫生院）", "某区卫生院", ["某镇卫生院"]),
    ("大参林（老百姓大药房）", "大参林", ["老百姓大药房"]),
    ("协和医院（西院区）", "协和医院（西院区）", []),
    ("协和医院（本部）", "协和医院（本部）", []),
    ("同济医院(光谷分院)", "同济医院(光谷分院)", []),
    ("中南医院（东院）", "中南医院（东院）", []),
    ("人民医院（门诊部）", "人民医院（门诊部）", []),
    ("大参林（中山路店）", "大参林（中山路店）", []),
    ("某医院（体检中心）", "某医院（体检中心）", []),
    ("第一人民医院（三甲）", "第一人民医院（三甲）", []),
    ("（武汉市中西医结合医院）", "（武汉市中西医结合医院）", []),
])
def test_a_bracket_is_an_alias_only_when_it_names_another_organisation(written, name, aliases):
    assert split_name(written) == (name, aliases)


def test_aliases_are_kept_once_and_never_repeat_the_name():
    assert split_aliases("北医三院; 三院；北三院、 ") == ["北医三院", "三院", "北三院"]
    assert join_aliases(["A院", "Ｂ院"], ["b院", "主院"], besides="主院") == "A院;Ｂ院"
    assert join_aliases([], besides="x") is None


def _org(name, city=None, address=None, code=None, kind="hospital", **more):
    return Known(id=name + (city or "") + (code or ""), kind=kind, name=name, code=code,
                 city=city, address=address, **more)


def test_cities_compare_with_or_without_shi_and_from_the_address():
    assert same_city(_org("a", "武汉"), _org("a", "武汉市"))
    assert not same_city(_org("a", "武汉"), _org("a", "宜昌"))
    assert same_city(_org("a", "武汉"), _org("a", None, "湖北省武汉市江汉区解放大道"))
    assert same_city(_org("a", "武汉"), _org("a", None, "武汉江汉区解放大道"))
    assert not same_city(_org("a", "武汉"), _org("a", None, "江汉区解放大道"))
    assert not same_city(_org("a", "武汉"), _org("a"))  # one city unknown: not merged
    assert same_city(_org("a"), _org("a"))
    assert not same_city(_org("a", None, "武汉市江汉区"), _org("a", None, "宜昌市西陵区"))


def test_organisations_match_by_name_within_the_city_and_by_alias():
    customers = Customers()
    wuhan = _org("第一人民医院", "武汉")
    first = _org("武汉市第一医院", "武汉", aliases=["武汉市中西医结合医院"], code="WH001")
    for known in (wuhan, first, _org("协和医院(西院区)", "武汉")):
        customers.add(known)
    assert customers.find(_org("第一人民医院", "宜昌")) is None
    assert customers.find(_org("第一 人民医院", "武汉市")).known is wuhan
    assert customers.find(_org("第一人民医院", None, "武汉市硚口区")).known is wuhan
    assert customers.find(_org("第一人民医院", "武汉", kind="pharmacy")) is None
    match = customers.find(_org("武汉市中西医结合医院", "武汉"))
    assert (match.known, match.by, match.alias) == (first, "alias", "武汉市中西医结合医院")
    assert match.describe() == ("customer '武汉市第一医院' (code WH001) in 武汉 by the alias "
                                "'武汉市中西医结合医院'")
    assert customers.find(_org("协和医院（西院区）", "武汉")).by == "name"
    assert customers.find(_org("协和医院（本部）", "武汉")) is None
    no_city = _org("第一人民医院", None, "硚口区")
    assert customers.find(no_city) is None and customers.namesakes(no_city) == [wuhan]
    assert customers.namesakes(_org("第一人民医院", "宜昌")) == []


def test_the_code_comes_first_and_two_codes_are_two_customers():
    customers = Customers()
    coded = _org("人民医院", "武汉", code="H-1")
    customers.add(coded)
    renamed = customers.find(_org("武汉市人民医院（新名）", "宜昌", code="h-1"))
    assert (renamed.known, renamed.by) == (coded, "code")
    other = _org("人民医院", "武汉", code="H-2")
    assert customers.find(other) is None
    assert customers.namesakes(other) == [coded]
    assert customers.find(_org("人民医院", "武汉")).known is coded  # no code: by name


def test_people_match_within_their_organisation_and_department():
    customers = Customers()
    zhang = Known("d1", "doctor", "张伟", organisation_id="h1", department_id="k1")
    customers.add(zhang)
    assert customers.find(Known("x", "doctor", "张伟", organisation_id="h1")).known is zhang
    assert customers.find(Known("x", "doctor", "张伟", organisation_id="h1",
                                department_id="k1")).known is zhang
    assert customers.find(Known("x", "doctor", "张伟", organisation_id="h1",
                                department_id="k2")) is None
    assert customers.find(Known("x", "doctor", "张伟", organisation_id="h2")) is None
    assert Known("x", "doctor", "张伟", row=7).describe() == "row 7"
