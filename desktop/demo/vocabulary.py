"""Word lists the demo generator draws from: places, names, hospitals, departments, drugs.

Everything here is synthetic apart from a handful of well-known hospital names used so that
the demo looks familiar; no phone number, person or case in the demo is real.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- geography (华北大区)


@dataclass(frozen=True)
class City:
    name: str  # 北京
    province: str  # 北京市 / 河北省
    area_code: str  # 010
    districts: tuple[tuple[str, str], ...]  # (district, postal code)
    streets: tuple[str, ...]


BEIJING = City("北京", "北京市", "010", (
    ("东城区", "100010"), ("西城区", "100032"), ("朝阳区", "100020"), ("海淀区", "100080"),
    ("丰台区", "100071"), ("通州区", "101100"), ("昌平区", "102200"),
), ("东单北大街", "朝阳北路", "建国路", "中关村大街", "复兴路", "西直门南大街", "丰台路",
    "新华大街", "安定路", "学院路", "劲松路", "望京西路", "回龙观西大街", "西四北大街"))
TIANJIN = City("天津", "天津市", "022", (
    ("和平区", "300041"), ("河西区", "300202"), ("南开区", "300100"), ("河北区", "300143"),
    ("河东区", "300171"), ("滨海新区", "300450"),
), ("南京路", "鞍山道", "友谊路", "黄河道", "中山路", "卫津路", "解放南路", "津塘路",
    "红旗路", "大沽南路", "迎宾大道"))
SHIJIAZHUANG = City("石家庄", "河北省", "0311", (
    ("长安区", "050011"), ("桥西区", "050051"), ("新华区", "050000"), ("裕华区", "050031"),
), ("中山东路", "和平西路", "建设南大街", "裕华路", "健康路", "槐安东路", "体育大街"))
BAODING = City("保定", "河北省", "0312", (
    ("竞秀区", "071051"), ("莲池区", "071000"),
), ("东风中路", "裕华西路", "朝阳北大街", "长城北大街", "五四中路"))
TANGSHAN = City("唐山", "河北省", "0315", (
    ("路北区", "063000"), ("路南区", "063017"),
), ("建设北路", "新华道", "文化路", "长宁道"))

#: Territory code -> (territory name, cities with weights)
TERRITORIES: tuple[tuple[str, str, tuple[tuple[City, int], ...]], ...] = (
    ("HB-BJ", "北京区", ((BEIJING, 1),)),
    ("HB-TJ", "天津区", ((TIANJIN, 1),)),
    ("HB-HE", "河北区", ((SHIJIAZHUANG, 3), (BAODING, 2), (TANGSHAN, 2))),
)

# Digits of a local number after the area code (libphonenumber's plan: 8 in the big cities).
LOCAL_DIGITS = {"0312": 7, "0315": 7}
PROVINCE_CODES = {"北京市": "11", "天津市": "12", "河北省": "13"}  # in customer codes


@dataclass(frozen=True)
class FamousHospital:
    """A well-known hospital, named as real customer lists write it: official long names,
    a campus (院区) or branch in the name, the same short name in two cities."""

    city: str
    name: str
    district: str
    grade: str
    address: str
    alias: str | None = None  # official other names and nicknames, ";"-separated
    ownership: str = "public"


# Per territory, in the order they are placed (first come the ones every demo should hold,
# however small: an alias, a nickname, a campus, a branch, one name in two cities).
FAMOUS_HOSPITALS: dict[str, tuple[FamousHospital, ...]] = {
    "HB-BJ": (
        FamousHospital("北京", "北京协和医院", "东城区", "3A", "东城区帅府园1号",
                       "中国医学科学院北京协和医院;协和医院"),
        FamousHospital("北京", "北京大学第三医院", "海淀区", "3A", "海淀区花园北路49号", "北医三院"),
        FamousHospital("北京", "北京大学人民医院（通州院区）", "通州区", "3A",
                       "通州区潞城镇新城路1号", "人民医院通州院区"),
        FamousHospital("北京", "北京大学第一医院（西城院区）", "西城区", "3A",
                       "西城区西什库大街8号", "北大医院;北大一院"),
        FamousHospital("北京", "中国人民解放军总医院", "海淀区", "3A", "海淀区复兴路28号",
                       "301医院", "military"),
        FamousHospital("北京", "首都医科大学附属北京朝阳医院", "朝阳区", "3A",
                       "朝阳区工人体育场南路8号", "朝阳医院"),
        FamousHospital("北京", "首都医科大学附属北京安贞医院", "朝阳区", "3A", "朝阳区安贞路2号",
                       "安贞医院"),
    ),
    "HB-TJ": (
        FamousHospital("天津", "天津医科大学总医院", "和平区", "3A", "和平区鞍山道154号",
                       "总医院;天医大总医院"),
        FamousHospital("天津", "天津市中西医结合医院", "南开区", "3A", "南开区长江道6号",
                       "天津市南开医院"),
        FamousHospital("天津", "天津医科大学总医院滨海医院", "滨海新区", "3B",
                       "滨海新区津塘路2号"),
        FamousHospital("天津", "天津市第一中心医院", "南开区", "3A", "南开区复康路24号", "一中心"),
        FamousHospital("天津", "天津医科大学肿瘤医院", "河西区", "3A", "河西区体院北环湖西路",
                       "天津市肿瘤医院"),
    ),
    "HB-HE": (
        FamousHospital("保定", "第一人民医院", "莲池区", "2A", "莲池区东风中路88号",
                       "保定市第一人民医院;市一院"),
        FamousHospital("唐山", "第一人民医院", "路北区", "2A", "路北区建设北路57号",
                       "唐山市第一人民医院"),
        FamousHospital("石家庄", "河北医科大学第二医院", "新华区", "3A", "新华区和平西路215号",
                       "河北医大二院;省二院"),
        FamousHospital("石家庄", "河北医科大学第四医院", "长安区", "3A", "长安区健康路12号",
                       "河北省肿瘤医院;河北医大四院"),
        FamousHospital("石家庄", "河北省人民医院", "新华区", "3A", "新华区和平西路348号",
                       "省人民医院"),
    ),
}

# Synthetic hospital name patterns: (pattern, grades to draw from, ownership, bed range)
HOSPITAL_PATTERNS: tuple[tuple[str, tuple[str, ...], str, tuple[int, int]], ...] = (
    ("{city}市第{n}中心医院", ("3A", "3A", "3B"), "public", (900, 2200)),
    ("{city}市{district}第{n}人民医院", ("3B", "2A", "2A", "3A"), "public", (300, 900)),
    ("{city}市{district}中医医院", ("2A", "3A", "3B"), "public", (200, 700)),
    ("{city}市{district}妇幼保健院", ("2A", "2B"), "public", (120, 400)),
    ("{city}市{district}中西医结合医院", ("2A", "2B", "3B"), "public", (150, 500)),
    ("{district}{street}社区卫生服务中心", ("1A", "1B"), "public", (0, 40)),
    ("{city}{brand}医院", ("2B", "unrated", "3C", "2A"), "private", (80, 400)),
    ("{city}市中医医院{district}分院", ("2A", "2B"), "public", (100, 400)),
)
PRIVATE_BRANDS = ("仁和", "博爱", "康华", "明德", "瑞安", "华信", "长城", "德仁", "华康", "安泰",
                  "美中", "和睦", "恒康", "济民", "同心")

# ---------------------------------------------------------------- people

SURNAMES = (  # roughly by frequency; 王 李 张 刘 陈 take the biggest shares
    "王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
    "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
    "邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
)
GIVEN_MALE = ("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "斌", "鹏", "辉", "刚", "健",
              "建国", "建华", "志强", "志刚", "海波", "国庆", "晓东", "文博", "宇航", "子轩",
              "浩然", "俊杰", "永刚", "立新", "振华", "德明", "卫东", "红兵", "春雷", "思远")
GIVEN_FEMALE = ("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "洁", "琳",
                "秀英", "桂英", "晓红", "丽华", "海燕", "雪梅", "淑珍", "欣怡", "雨涵", "梦琪",
                "思雨", "佳慧", "文静", "春梅", "玉兰", "慧敏", "晓燕", "小红", "亚楠")

UNIVERSITIES = ("北京大学医学部", "首都医科大学", "清华大学医学院", "北京协和医学院", "天津医科大学",
                "河北医科大学", "中国医科大学", "复旦大学上海医学院", "四川大学华西医学中心",
                "中山大学中山医学院", "山东大学齐鲁医学院", "华北理工大学", "承德医学院")
HOMETOWNS = ("河北保定", "河北唐山", "山东济南", "山东青岛", "河南郑州", "山西太原", "辽宁沈阳",
             "天津", "北京", "湖北武汉", "江苏南京", "内蒙古呼和浩特", "黑龙江哈尔滨", "安徽合肥")
PERSONALITIES = ("严谨细致，重视循证数据", "健谈随和，乐于交流临床经验", "时间观念强，谈话需简明扼要",
                 "学术型，关注最新指南和研究", "谨慎保守，新药使用前要看本院经验", "热情开朗，愿意参加学术活动")
HOBBIES = ("羽毛球", "摄影", "书法", "长跑", "钓鱼", "围棋", "旅游", "京剧", "太极拳", "乒乓球",
           "读书", "登山")
MARITAL = ("已婚", "已婚", "已婚", "未婚")
BEST_TIMES = ("周二下午门诊后 16:30–17:30", "周四上午查房后 10:30–11:30", "周一中午 12:00–13:00",
              "周三下午 14:00–15:00", "周五上午 9:30–10:30", "非门诊日下午", "手术日除外，下午四点后")

DOCTOR_TITLES = (  # (title 职称, share, tier weights A/B/C/D)
    ("主任医师", 0.15, (5, 3, 1, 1)),
    ("副主任医师", 0.25, (3, 4, 2, 1)),
    ("主治医师", 0.35, (1, 3, 4, 2)),
    ("住院医师", 0.25, (0, 1, 4, 5)),
)
PHARMACIST_TITLES = ("主任药师", "副主任药师", "主管药师", "药师")
SOCIAL_ROLES = ("中华医学会{society}分会委员", "{province_short}医学会{society}分会副主任委员",
                "《中华{society}杂志》编委", "{province_short}医师协会{society}医师分会常委")

# ---------------------------------------------------------------- departments and drugs

DRUG_CLASSES = ("降压药", "降糖药", "调脂药", "抗凝药", "抗肿瘤药", "呼吸系统用药", "抗感染药")


@dataclass(frozen=True)
class Department:
    name: str
    drug_classes: tuple[str, ...]
    specialties: tuple[str, ...]
    society: str  # the medical society section its chiefs sit in


DEPARTMENTS: tuple[Department, ...] = (
    Department("心内科", ("降压药", "调脂药", "抗凝药"),
               ("冠心病介入治疗", "高血压病", "心力衰竭", "心律失常射频消融"), "心血管病学"),
    Department("内分泌科", ("降糖药",), ("2型糖尿病及其并发症", "甲状腺疾病", "肥胖与代谢综合征"),
               "内分泌学"),
    Department("呼吸与危重症医学科", ("呼吸系统用药", "抗感染药"),
               ("慢性阻塞性肺疾病", "支气管哮喘", "肺部感染", "肺结节诊治"), "呼吸病学"),
    Department("肿瘤科", ("抗肿瘤药",), ("肺癌靶向治疗", "乳腺癌综合治疗", "消化道肿瘤化疗"),
               "肿瘤学"),
    Department("神经内科", ("抗凝药", "降压药"), ("脑血管病", "癫痫", "帕金森病"), "神经病学"),
    Department("肾内科", ("降压药", "降糖药"), ("慢性肾脏病", "血液透析", "糖尿病肾病"), "肾脏病学"),
    Department("老年医学科", ("降压药", "降糖药", "调脂药"), ("老年多病共存", "老年高血压"),
               "老年医学"),
    Department("消化内科", ("抗感染药",), ("幽门螺杆菌根除", "炎症性肠病", "消化内镜"), "消化病学"),
    Department("急诊科", ("抗感染药", "抗凝药"), ("急性胸痛", "脓毒症", "急性中毒"), "急诊医学"),
    Department("全科医学科", ("降压药", "降糖药"), ("慢病管理", "社区高血压管理"), "全科医学"),
    Department("药剂科", DRUG_CLASSES, ("临床药学", "合理用药", "药事管理"), "临床药学"),
)
DEPARTMENTS_BY_NAME = {d.name: d for d in DEPARTMENTS}
# Which departments a hospital has, by size: the first n of these orders.
DEPARTMENT_ORDER_LARGE = ("心内科", "内分泌科", "呼吸与危重症医学科", "药剂科", "肿瘤科", "神经内科",
                          "肾内科", "消化内科", "老年医学科", "急诊科")
DEPARTMENT_ORDER_SMALL = ("全科医学科", "心内科", "内分泌科", "药剂科", "呼吸与危重症医学科")

OUR_COMPANY = "润德医药股份有限公司"


@dataclass(frozen=True)
class ProductSpec:
    name: str
    generic_name: str
    strength: str
    dosage_form: str
    drug_class: str
    is_ours: bool
    manufacturer: str
    key_messages: tuple[str, ...] = ()


PRODUCTS: tuple[ProductSpec, ...] = (
    ProductSpec("安立平", "苯磺酸氨氯地平片", "5mg×28片", "片剂", "降压药", True, OUR_COMPANY,
                ("24小时平稳降压，每日一次", "适合合并冠心病的高血压患者", "纳入国家集采，患者负担低")),
    ProductSpec("缬安", "缬沙坦氢氯噻嗪片", "80mg/12.5mg×14片", "片剂", "降压药", True, OUR_COMPANY,
                ("单片复方，两药协同，达标率更高", "改善服药依从性")),
    ProductSpec("络舒宁", "硝苯地平控释片", "30mg×7片", "控释片", "降压药", False, "华康药业有限公司"),
    ProductSpec("奥压平", "厄贝沙坦片", "150mg×7片", "片剂", "降压药", False, "恒泰制药集团"),
    ProductSpec("格立平", "盐酸二甲双胍缓释片", "0.5g×30片", "缓释片", "降糖药", True, OUR_COMPANY,
                ("2型糖尿病一线基础用药", "缓释剂型胃肠道反应少")),
    ProductSpec("糖立停", "达格列净片", "10mg×14片", "片剂", "降糖药", True, OUR_COMPANY,
                ("降糖同时带来心肾获益", "每日一次，不增加低血糖风险")),
    ProductSpec("诺糖康", "西格列汀片", "100mg×7片", "片剂", "降糖药", False, "安联制药股份有限公司"),
    ProductSpec("优糖宁", "阿卡波糖片", "50mg×30片", "片剂", "降糖药", False, "恒泰制药集团"),
    ProductSpec("脂平", "瑞舒伐他汀钙片", "10mg×28片", "片剂", "调脂药", True, OUR_COMPANY,
                ("强效降低LDL-C", "指南推荐的高强度他汀")),
    ProductSpec("立脂清", "阿托伐他汀钙片", "20mg×7片", "片剂", "调脂药", False, "华康药业有限公司"),
    ProductSpec("栓克", "利伐沙班片", "10mg×10片", "片剂", "抗凝药", True, OUR_COMPANY,
                ("口服直接Xa因子抑制剂，无需常规监测INR", "房颤卒中预防证据充分")),
    ProductSpec("华通宁", "华法林钠片", "2.5mg×60片", "片剂", "抗凝药", False, "北方药业有限公司"),
    ProductSpec("瑞替尼", "吉非替尼片", "250mg×10片", "片剂", "抗肿瘤药", True, OUR_COMPANY,
                ("EGFR突变非小细胞肺癌一线治疗", "进入医保目录，患者援助项目可申请")),
    ProductSpec("紫瑞", "紫杉醇注射液", "30mg:5ml", "注射剂", "抗肿瘤药", True, OUR_COMPANY,
                ("多癌种基础化疗用药", "预处理方案成熟，过敏反应可控")),
    ProductSpec("奥替康", "奥希替尼片", "80mg×30片", "片剂", "抗肿瘤药", False, "安联制药股份有限公司"),
    ProductSpec("喘宁吸", "布地奈德福莫特罗吸入粉雾剂", "160μg/4.5μg×60吸", "吸入剂", "呼吸系统用药",
                True, OUR_COMPANY, ("维持与缓解一体化治疗", "正确吸入技术培训材料可提供")),
    ProductSpec("舒畅吸", "噻托溴铵吸入粉雾剂", "18μg×30粒", "吸入剂", "呼吸系统用药", False,
                "恒泰制药集团"),
    ProductSpec("左康", "左氧氟沙星片", "0.5g×4片", "片剂", "抗感染药", True, OUR_COMPANY,
                ("呼吸道感染经验治疗的常用选择", "每日一次给药")),
    ProductSpec("头孢安", "头孢呋辛酯片", "0.25g×12片", "片剂", "抗感染药", False, "北方药业有限公司"),
)

# ---------------------------------------------------------------- pharmacies, distributors

PHARMACY_CHAINS: dict[str, tuple[tuple[str, str], ...]] = {  # city -> (chain, parent company)
    "北京": (("老百姓大药房", "老百姓大药房连锁股份有限公司"), ("同仁堂药店", "北京同仁堂商业投资集团有限公司"),
             ("金象大药房", "北京金象大药房医药连锁有限责任公司"), ("嘉事堂药店", "嘉事堂药业股份有限公司"),
             ("医保全新大药房", "北京医保全新大药房有限责任公司")),
    "天津": (("老百姓大药房", "老百姓大药房连锁股份有限公司"), ("天士力大药房", "天津天士力大药房连锁有限公司"),
             ("中新药业大药房", "天津中新药业集团股份有限公司"), ("国大药房", "国药控股国大药房有限公司")),
    "*": (("乐仁堂大药房", "石家庄乐仁堂医药连锁有限公司"), ("老百姓大药房", "老百姓大药房连锁股份有限公司"),
          ("神威大药房", "河北神威大药房连锁有限公司"), ("一心堂", "一心堂药业集团股份有限公司"),
          ("益丰大药房", "益丰大药房连锁股份有限公司")),
}
PHARMACY_CONTACT_TITLES = (("店长", "店长"), ("执业药师", "驻店药师"), ("店员", "处方药柜台"),
                           ("采购经理", "采购"), ("执业药师", "质量负责人"))
PHARMACY_CATEGORIES = "处方药、非处方药、中成药、医疗器械、保健食品"

DISTRIBUTORS: dict[str, tuple[str, ...]] = {
    "北京": ("国药控股北京有限公司", "华润医药商业集团有限公司", "北京科园信海医药经营有限公司",
             "九州通医药集团北京有限公司"),
    "天津": ("国药控股天津有限公司", "天津医药集团太平医药有限公司", "九州通医药集团天津有限公司"),
    "*": ("石家庄乐仁堂医药股份有限公司", "国药控股河北医药有限公司", "华润河北医大医药有限公司",
          "河北九州通医药有限公司"),
}
DISTRIBUTOR_SCOPE = "中成药、化学药制剂、抗生素制剂、生化药品、生物制品（除疫苗）批发；医疗器械经营"
# Who sits on a hospital's committees, and how it is organised (texts as lists keep them).
DRUG_COMMITTEE = "主任委员：{head}（院长）；副主任委员：{pharmacist}（药剂科主任）；委员：{members}等{n}人"
DEVICE_COMMITTEE = "主任委员：{head}（副院长）；委员：设备处、医务处、财务处负责人及{members}"
ORGANISATION_STRUCTURE = ("院长、党委书记 → 分管副院长（医疗、后勤）→ 医务处、护理部、药剂科、"
                          "设备处、财务处 → 内科系统、外科系统、医技科室")
BANKS = ("中国工商银行", "中国建设银行", "中国银行", "中国农业银行", "交通银行", "招商银行")

# ---------------------------------------------------------------- activity texts

FEEDBACK = (
    "主任认可产品疗效，希望看到更多真实世界数据", "科室近期病人量增加，用量有望提升",
    "医生反映患者对价格较敏感，集采后有改善", "竞品近期在科室开展了学术活动，需关注",
    "医生对新适应证感兴趣，要求提供文献", "科室正在准备药事会，新品进院需要支持材料",
    "药师关注配送及时性，上月有一次断货", "患者依从性问题较多，希望有患教材料",
    "主任出差，与副主任进行了简短沟通", "医生表示会在合适患者中尝试使用",
)
NEXT_STEPS = (
    "送最新临床研究文献", "邀请参加下月区域学术会议", "提供患者教育手册", "跟进药事会进院进度",
    "协调经销商解决配送问题", "预约科室会时间", "回访了解试用病例反馈", "提交样品申请",
)
OBJECTIVES = (
    "传递产品核心信息", "跟进上次拜访的文献需求", "邀请参加学术会议", "了解科室用药情况",
    "确认进院进度", "收集试用反馈", "维护客户关系", "介绍新适应证",
)
MATERIALS = ("学术资料：高血压防治指南解读", "患者教育手册", "科室会幻灯片", "临床研究文献汇编",
             "吸入装置演示器")
COMPLAINT_TEXTS: dict[str, tuple[str, ...]] = {
    "quality": ("药品外包装破损，铝塑板有漏片", "片剂表面有斑点，疑似受潮", "说明书缺失", "注射液可见异物"),
    "adverse_reaction": ("患者服药后出现皮疹伴瘙痒", "患者用药后出现头晕、乏力", "患者出现踝部水肿",
                         "输注过程中出现胸闷、面色潮红"),
    "delivery": ("订单延迟五天到货，造成断货", "配送品规错误，5mg发成了10mg", "冷链药品到货时温度记录异常"),
    "service": ("代表拜访过于频繁，影响门诊", "承诺的学术资料迟迟未送到", "会议安排通知太晚"),
    "price": ("挂网价格与合同价不一致", "竞品降价后我方价格缺乏竞争力", "返利结算延迟"),
    "other": ("希望增加患者援助项目名额", "要求提供产品英文说明书", "对发票抬头有疑问"),
}
RESOLUTIONS = ("已更换同批次合格产品并致歉", "已协调物流补发并说明原因", "已安排学术专员专题沟通",
               "已将意见反馈至市场部并答复客户", "已完成调查，未发现质量问题，向客户出具报告")
RETURN_COMMENTS = ("A级客户覆盖不足，请补充三甲医院心内科的拜访", "周三安排过满，请分散到周四周五",
                   "请增加对新进院医院药剂科的拜访")
APPROVE_COMMENTS = (None, None, "同意", "同意，注意跟进药事会", "可以，按计划执行")
