"""A hospital list shaped like the real ones reps import (about 2,000 names), and the queries
reps type for them, each with the customer it should find (issue 17).

The names follow the patterns of real Chinese hospital lists: long official names of
university hospitals (华中科技大学同济医学院附属协和医院), their campuses as customers of
their own (…（光谷院区）), municipal and district hospitals with their fillers
(武汉市第一医院, 武汉市洪山区人民医院), provincial hospitals (湖北省人民医院), official second
names in brackets (武汉市第一医院（武汉市中西医结合医院）), nicknames recorded as aliases
(北医三院), and community health centres in bulk. Everything is deterministic.

Query kinds: a city and the name's own word run together (武汉协和, wuhanxiehe, whxh), a
district and the name, a campus (同济光谷, tjgg), fillers left out (武汉中心医院, whzxyy), an
alias or bracketed name, a pinyin typo with the city (wuhan xeihe) and a homophone
(武汉同剂).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from desktop.store.search.text import filler_variants

# city: (province, districts); 直辖市 carry their own 市
CITIES: dict[str, tuple[str, list[str]]] = {
    "武汉": ("湖北省", ["江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "洪山区", "青山区",
                      "蔡甸区", "东西湖区", "江夏区", "黄陂区", "新洲区"]),
    "北京": ("北京市", ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "通州区",
                      "昌平区", "大兴区"]),
    "上海": ("上海市", ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区",
                      "浦东新区", "闵行区"]),
    "广州": ("广东省", ["越秀区", "海珠区", "天河区", "白云区", "荔湾区", "番禺区", "黄埔区"]),
    "深圳": ("广东省", ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "龙华区"]),
    "成都": ("四川省", ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "双流区", "郫都区"]),
    "重庆": ("重庆市", ["渝中区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "渝北区"]),
    "杭州": ("浙江省", ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区"]),
    "南京": ("江苏省", ["玄武区", "秦淮区", "建邺区", "栖霞区", "雨花台区", "江宁区"]),
    "西安": ("陕西省", ["新城区", "碑林区", "莲湖区", "雁塔区", "未央区", "长安区"]),
    "长沙": ("湖南省", ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区"]),
    "福州": ("福建省", ["台江区", "仓山区", "晋安区", "马尾区"]),
    "厦门": ("福建省", ["思明区", "湖里区", "集美区", "海沧区", "同安区", "翔安区"]),
    "郑州": ("河南省", ["中原区", "二七区", "金水区", "惠济区"]),
    "济南": ("山东省", ["历下区", "槐荫区", "天桥区", "历城区"]),
    "沈阳": ("辽宁省", ["沈河区", "大东区", "皇姑区", "铁西区"]),
    "天津": ("天津市", ["河东区", "河西区", "南开区", "河北区", "红桥区"]),
    "合肥": ("安徽省", ["瑶海区", "庐阳区", "蜀山区", "包河区"]),
    "南昌": ("江西省", ["东湖区", "青云谱区", "青山湖区"]),
    "昆明": ("云南省", ["五华区", "盘龙区", "官渡区"]),
    "宜昌": ("湖北省", ["西陵区", "伍家岗区", "点军区", "夷陵区"]),
    "襄阳": ("湖北省", ["襄城区", "樊城区", "襄州区"]),
    "十堰": ("湖北省", ["茅箭区", "张湾区", "郧阳区"]),
    "荆州": ("湖北省", ["沙市区", "荆州区"]),
}
MUNICIPALITIES = {"北京", "上海", "天津", "重庆"}

# (official name, city, the name's own word a rep types, campuses, nickname aliases)
UNIVERSITY_HOSPITALS = [
    ("华中科技大学同济医学院附属协和医院", "武汉", "协和", ["西院", "金银湖院区"], ""),
    ("华中科技大学同济医学院附属同济医院", "武汉", "同济", ["光谷院区", "中法新城院区"], ""),
    ("武汉大学人民医院", "武汉", "人民", ["东院"], "省人民医院"),
    ("武汉大学中南医院", "武汉", "中南", [], ""),
    ("北京协和医院", "北京", "协和", ["西单院区"], ""),
    ("北京大学第一医院", "北京", "北大一", [], "北大医院"),
    ("北京大学人民医院", "北京", "北大人民", [], ""),
    ("北京大学第三医院", "北京", "北医三", [], "北医三院"),
    ("首都医科大学附属北京安贞医院", "北京", "安贞", [], ""),
    ("首都医科大学附属北京天坛医院", "北京", "天坛", [], ""),
    ("首都医科大学宣武医院", "北京", "宣武", [], ""),
    ("首都医科大学附属北京朝阳医院", "北京", "朝阳", ["京西院区"], ""),
    ("中国医学科学院阜外医院", "北京", "阜外", [], ""),
    ("复旦大学附属中山医院", "上海", "中山", [], ""),
    ("复旦大学附属华山医院", "上海", "华山", ["北院"], ""),
    ("上海交通大学医学院附属瑞金医院", "上海", "瑞金", ["北院"], ""),
    ("上海交通大学医学院附属仁济医院", "上海", "仁济", ["东院", "西院"], ""),
    ("上海交通大学医学院附属新华医院", "上海", "新华", [], ""),
    ("中山大学附属第一医院", "广州", "中山一", [], "中山一院"),
    ("南方医科大学南方医院", "广州", "南方", [], ""),
    ("广东省人民医院", "广州", "省人民", [], ""),
    ("北京大学深圳医院", "深圳", "北大深圳", [], ""),
    ("四川大学华西医院", "成都", "华西", [], ""),
    ("四川省人民医院", "成都", "省人民", [], ""),
    ("重庆医科大学附属第一医院", "重庆", "重医附一", [], "重医附一院"),
    ("陆军军医大学第一附属医院", "重庆", "西南", [], "西南医院"),
    ("浙江大学医学院附属第一医院", "杭州", "浙一", ["之江院区"], "浙一"),
    ("浙江大学医学院附属第二医院", "杭州", "浙二", ["滨江院区"], "浙二"),
    ("浙江大学医学院附属邵逸夫医院", "杭州", "邵逸夫", [], ""),
    ("南京大学医学院附属鼓楼医院", "南京", "鼓楼", [], "南京鼓楼医院"),
    ("江苏省人民医院", "南京", "省人民", [], "省人医"),
    ("西安交通大学第一附属医院", "西安", "交大一附", [], "交大一附院"),
    ("空军军医大学西京医院", "西安", "西京", [], ""),
    ("中南大学湘雅医院", "长沙", "湘雅", [], ""),
    ("中南大学湘雅二医院", "长沙", "湘雅二", [], ""),
    ("中南大学湘雅三医院", "长沙", "湘雅三", [], ""),
    ("福建医科大学附属协和医院", "福州", "协和", [], ""),
    ("福建医科大学附属第一医院", "福州", "附一", [], ""),
    ("厦门大学附属第一医院", "厦门", "厦大一", [], ""),
    ("厦门大学附属中山医院", "厦门", "中山", [], ""),
    ("郑州大学第一附属医院", "郑州", "郑大一附", [], "郑大一附院"),
    ("山东大学齐鲁医院", "济南", "齐鲁", [], ""),
    ("中国医科大学附属盛京医院", "沈阳", "盛京", [], ""),
    ("天津医科大学总医院", "天津", "总医院", [], ""),
    ("安徽医科大学第一附属医院", "合肥", "安医大一附", [], ""),
    ("南昌大学第一附属医院", "南昌", "南大一附", [], ""),
    ("昆明医科大学第一附属医院", "昆明", "昆医大一附", [], ""),
    ("三峡大学附属仁和医院", "宜昌", "仁和", [], ""),
    ("襄阳市中心医院（湖北文理学院附属医院）", "襄阳", "中心", [], ""),
    ("十堰市太和医院（湖北医药学院附属医院）", "十堰", "太和", [], ""),
]
NUMBERS = "一二三四五六七八九十"
HOMOPHONES = {"济": "剂", "和": "合", "院": "苑", "仁": "人", "华": "化", "山": "衫",
              "心": "新", "协": "谐", "雅": "亚", "京": "经", "鲁": "路", "金": "今",
              "民": "敏", "中": "钟", "南": "楠", "西": "希", "鼓": "古", "齐": "奇"}
STREETS = ["解放路", "中山路", "人民路", "建设路", "和平街", "新华路", "长江路", "黄河路",
           "文化路", "东风路", "友谊路", "胜利街"]
PRIVATE = ["爱尔眼科医院", "和睦家医院", "美中宜和妇儿医院", "仁爱医院"]
SPECIALTY = ["中医医院", "中西医结合医院", "妇幼保健院", "儿童医院", "肿瘤医院", "传染病医院",
             "精神卫生中心", "口腔医院", "眼科医院", "骨科医院"]


@dataclass
class Hospital:
    name: str
    city: str
    province: str
    district: str | None = None
    alias: str | None = None
    tier: str = "B"


@dataclass
class NameSet:
    hospitals: list[Hospital] = field(default_factory=list)
    # (query kind, query, index of the hospital it should find)
    queries: list[tuple[str, str, int]] = field(default_factory=list)


def _city_name(city: str) -> str:
    return city if city in MUNICIPALITIES else city + "市"


def _full(city: str) -> str:
    return f"{city}市"


def _pinyin(text: str) -> str:
    return "".join(lazy_pinyin(text))


def _initials(text: str) -> str:
    return "".join(s[0] for s in lazy_pinyin(text))


def _typo(rng: random.Random, word: str) -> str | None:
    """A slip a rep makes in pinyin: two letters swapped, or one left out."""
    if len(word) < 4:
        return None
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


def build(seed: int = 17) -> NameSet:
    rng = random.Random(seed)
    out = NameSet()
    h = out.hospitals

    def add(hospital: Hospital) -> int:
        h.append(hospital)
        return len(h) - 1

    famous: list[tuple[int, str, str, list[tuple[int, str]]]] = []
    for name, city, word, campuses, nickname in UNIVERSITY_HOSPITALS:
        province = CITIES[city][0]
        main = add(Hospital(name, city, province, rng.choice(CITIES[city][1]), nickname or None,
                            tier="A"))
        campus_ids = [(add(Hospital(f"{name}（{campus}）", city, province,
                                    rng.choice(CITIES[city][1]), tier="A")), campus)
                      for campus in campuses]
        famous.append((main, word, city, campus_ids))
    municipal: list[tuple[int, str]] = []  # (index, name as typed without fillers)
    for city, (province, districts) in CITIES.items():
        full = _full(city)
        big = city in ("武汉", "北京", "上海", "广州", "成都", "重庆", "天津")
        for n in range(1, (10 if big else 5) + 1):
            name = f"{full}第{NUMBERS[n - 1]}人民医院"
            alias = None
            if n == 1 and not big:
                alias = None
            municipal.append((add(Hospital(name, city, province, rng.choice(districts),
                                           alias)), f"{city}第{NUMBERS[n - 1]}人民医院"))
        for n in range(1, (6 if big else 3) + 1):
            name = f"{full}第{NUMBERS[n - 1]}医院"
            if city == "武汉" and n == 1:
                name = "武汉市第一医院（武汉市中西医结合医院）"
            municipal.append((add(Hospital(name, city, province, rng.choice(districts))),
                              f"{city}第{NUMBERS[n - 1]}医院"))
        municipal.append((add(Hospital(f"{full}中心医院", city, province,
                                       rng.choice(districts))), f"{city}中心医院"))
        for n in range(2, (5 if big else 3) + 1):
            municipal.append((add(Hospital(f"{full}第{NUMBERS[n - 1]}中心医院", city, province,
                                           rng.choice(districts))),
                              f"{city}第{NUMBERS[n - 1]}中心医院"))
        municipal.append((add(Hospital(f"{full}人民医院", city, province,
                                       rng.choice(districts))), f"{city}人民医院"))
        municipal.append((add(Hospital(f"{full}中医院", city, province,
                                       rng.choice(districts))), f"{city}中医院"))
        for kind in SPECIALTY:
            if city == "武汉" and kind == "中西医结合医院":
                continue  # that is 武汉市第一医院's second name
            municipal.append((add(Hospital(f"{full}{kind}", city, province,
                                           rng.choice(districts))), f"{city}{kind}"))
        for district in districts:
            bare = district.removesuffix("区")
            for kind in ("人民医院", "中医医院", "妇幼保健院"):
                municipal.append((add(Hospital(f"{full}{district}{kind}", city, province,
                                               district)), f"{city}{bare}{kind}"))
            for street in rng.sample(STREETS, 6):
                add(Hospital(f"{district}{street}社区卫生服务中心", city, province, district,
                             tier="C"))
        for brand in PRIVATE:
            add(Hospital(f"{city}{brand}", city, province, rng.choice(districts), tier="C"))
        if province.endswith("省"):
            for kind in ("人民医院", "中医院", "肿瘤医院", "妇幼保健院", "第二人民医院"):
                name = f"{province}{kind}"
                if not any(x.name == name for x in h):
                    municipal.append((add(Hospital(name, city, province,
                                                   rng.choice(districts))),
                                      f"{province.removesuffix('省')}{kind}"))
    _queries(rng, out, famous, municipal)
    return out


def _unique(h: list[Hospital], target: int, city: str, word: str) -> bool:
    """Whether `word` in `city` names only the target (its campuses aside)."""
    base = h[target].name
    return not any(i != target and x.city == city and word in x.name
                   and not x.name.startswith(base) for i, x in enumerate(h))


def _queries(rng, out: NameSet, famous, municipal) -> None:
    h, q = out.hospitals, out.queries
    for main, word, city, campuses in famous:
        target = h[main]
        if word not in target.name or word.startswith("省"):
            # a nickname (its own query kind) or 省人民, which 广州市人民医院 also reads as
            if target.alias:
                q.append(("alias", target.alias.split(";")[0], main))
            continue
        if _unique(h, main, city, word):
            q.append(("city_name", f"{city}{word}", main))
            q.append(("city_name_pinyin", _pinyin(city + word), main))
            q.append(("city_name_initials", _initials(city + word), main))
            q.append(("name_city_spaced", f"{word} {city}", main))
            typo = _typo(rng, _pinyin(word))
            if typo:
                q.append(("typo_pinyin", f"{_pinyin(city)} {typo}", main))
            swapped = "".join(HOMOPHONES.get(ch, ch) for ch in word[:2]) + word[2:]
            if swapped != word:
                q.append(("homophone", f"{city}{swapped}", main))
        for index, campus in campuses:
            short = campus.removesuffix("院区").removesuffix("院") or campus
            short = short if len(short) >= 2 else campus
            q.append(("campus", f"{word}{short}", index))
            q.append(("campus_initials", _initials(word + short), index))
            # typing on: the pinyin without its last two letters (wuhanxie)
            q.append(("typing_pinyin", _pinyin(city + word)[:-2], main))
        if target.alias:
            q.append(("alias", target.alias.split(";")[0], main))
    for index, typed in rng.sample(municipal, 140):
        q.append(("filler_dropped", typed, index))
    # initials many names share (沈阳/十堰 sy, 第三/第四 ds) have no one right answer
    spellings: dict[str, int] = {}
    for x in h:
        for variant in filler_variants(x.name):
            spellings[_initials(variant)] = spellings.get(_initials(variant), 0) + 1
    clear = [(i, t) for i, t in municipal if spellings.get(_initials(t), 0) <= 1]
    for index, typed in rng.sample(clear, 60):
        q.append(("filler_dropped_initials", _initials(typed), index))
    districts = [(i, x) for i, x in enumerate(h) if x.district and x.name.startswith(
        _full(x.city) + x.district) and x.name.endswith(("人民医院", "中医医院"))]
    picked = 0
    for index, x in rng.sample(districts, len(districts)):
        bare = x.district.removesuffix("区")
        kind = x.name.removeprefix(_full(x.city) + x.district)
        if len(bare) < 2 or sum(bare in y.name and y.name.endswith(kind) for y in h) != 1:
            continue
        q.append(("district_name", bare + kind, index))
        picked += 1
        if picked == 60:
            break
    first = next(i for i, x in enumerate(h) if x.name.startswith("武汉市第一医院（"))
    q.append(("alias", "武汉市中西医结合医院", first))
    q.append(("alias", "武汉中西医结合医院", first))
    # Keep queries whose target is unique: two hospitals named alike in the list would make
    # either answer right.
    names = [x.name for x in h]
    assert len(set(names)) == len(names), "hospital names repeat"
