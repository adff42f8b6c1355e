"""Names and moments shared by the domain tests: the region's people and places, and Beijing
time on a machine that runs in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
REGION, OTHER_REGION = "r-hz", "r-hb"  # 华中大区, 华北大区
T_WUHAN, T_CHANGSHA, T_BEIJING = "t-wh", "t-cs", "t-bj"
MANAGER, REP, REP2, OTHER_REP = "u-zhou", "u-li", "u-wang", "u-zhao"

XIEHE_WEST = "华中科技大学同济医学院附属协和医院（西院）"
FIRST_HOSPITAL = "武汉市第一医院（武汉市中西医结合医院）"
XIANGYA = "中南大学湘雅医院"
PHARMACY = "老百姓大药房（江汉路店）"


def beijing(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of the rep's day in Beijing, as the store keeps it (aware UTC)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BEIJING).astimezone(UTC)


VISIT_COLUMNS = ["id", "territory_id", "customer_id", "rep_user_id", "visit_type", "status",
                 "started_at", "deleted", "revision", "created_at", "updated_at"]


def wire_visit(n: int, customer_id: str, moment: datetime, territory: str = T_WUHAN,
               rep: str = REP) -> list:
    """A submitted call as a download's page carries it (`VISIT_COLUMNS` order)."""
    stamp = moment.astimezone(UTC).isoformat(timespec="microseconds")
    return [f"v-{n}", territory, customer_id, rep, "face_to_face", "submitted", stamp, False, n,
            stamp, stamp]
