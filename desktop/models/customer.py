"""Customers (客户档案) of all six kinds, and their dynamic metrics.

One table holds every kind; kind-specific columns are nullable and validated by kind in
`desktop.models.validation`. Departments are customers of kind `department` whose
`organisation_id` is their hospital; doctors point at their hospital and department;
pharmacy contacts at their pharmacy. Patients keep only pseudonymous, minimal fields.
"""

from datetime import date, datetime

from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class Customer(SyncedBase, table=True):
    __tablename__ = "customer"

    # Every kind
    kind: str = Field(max_length=24, index=True)
    name: str = Field(max_length=120)
    # The company's (or a registry's) customer code (客户编码): imports match on it first.
    code: str | None = Field(default=None, max_length=40, index=True)
    # Other names the customer goes by (别名: a bracketed official alias, a nickname such as
    # 北医三院), separated by ";".
    alias: str | None = None
    tier: str | None = Field(default=None, max_length=2, index=True)
    # The tier before the last change and when it changed (kept by the store's write path):
    # an A-tier customer moved down is a warning sign (desktop/domain/at_risk.py).
    previous_tier: str | None = Field(default=None, max_length=2)
    tier_changed_at: datetime | None = None
    lifecycle_stage: str = Field(default="active", max_length=16)
    # Why and when the customer was marked lost (LostReason); None while not lost.
    lost_reason: str | None = Field(default=None, max_length=16)
    lost_at: datetime | None = None
    organisation_id: str | None = Field(default=None, max_length=36, index=True)
    department_id: str | None = Field(default=None, max_length=36, index=True)
    province: str | None = Field(default=None, max_length=40)
    city: str | None = Field(default=None, max_length=40, index=True)
    district: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=200)
    postal_code: str | None = Field(default=None, max_length=6)
    # Phone and fax as written in the customer's list (several numbers, extensions, notes
    # such as 急诊科 kept); `desktop.domain.phones` reads the numbers out of it.
    phone: str | None = Field(default=None, max_length=200)
    mobile: str | None = Field(default=None, max_length=20)
    fax: str | None = Field(default=None, max_length=80)
    email: str | None = Field(default=None, max_length=120)
    website: str | None = Field(default=None, max_length=200)
    customer_since: date | None = None
    ownership: str | None = Field(default=None, max_length=16)
    notes: str | None = None

    # Organisations (hospital, pharmacy, distributor) and departments
    legal_representative: str | None = Field(default=None, max_length=60)
    staff_count: int | None = None
    doctor_count: int | None = None
    bed_count: int | None = None
    credit_rating: str | None = Field(default=None, max_length=4)
    bank_name: str | None = Field(default=None, max_length=120)
    bank_account: str | None = Field(default=None, max_length=40)
    purchase_process: str | None = None

    # Hospital
    grade: str | None = Field(default=None, max_length=8)
    chief_physician_count: int | None = None
    associate_chief_physician_count: int | None = None
    attending_physician_count: int | None = None
    resident_physician_count: int | None = None
    drug_admission_process: str | None = None
    department_phones: str | None = None  # 科室电话
    drug_committee: str | None = None  # 药事委员会 members
    device_committee: str | None = None  # 设备委员会 members
    organisation_structure: str | None = None  # 组织结构

    # Pharmacy
    licensing_authority: str | None = Field(default=None, max_length=120)
    licence_no: str | None = Field(default=None, max_length=60)  # 药品经营许可证号 (also distributors)
    floor_area_m2: int | None = None
    opening_hours: str | None = Field(default=None, max_length=60)
    parent_company: str | None = Field(default=None, max_length=120)
    categories_sold: str | None = None
    dedicated_counter: bool | None = None

    # Distributor
    registered_capital_wan: int | None = None  # 万元 (10,000 CNY)
    business_scope: str | None = None
    gsp_certified: bool | None = None
    gsp_certificate_no: str | None = Field(default=None, max_length=40)
    local_ranking: int | None = None
    hospitals_covered: int | None = None
    pharmacies_covered: int | None = None

    # People (doctor, pharmacy contact)
    gender: str | None = Field(default=None, max_length=12)
    birth_month: int | None = None
    marital_status: str | None = Field(default=None, max_length=20)
    education: str | None = Field(default=None, max_length=40)
    university: str | None = Field(default=None, max_length=80)
    hometown: str | None = Field(default=None, max_length=60)
    position: str | None = Field(default=None, max_length=60)  # 职务
    title: str | None = Field(default=None, max_length=60)  # 职称
    specialty: str | None = None  # 学术特点
    personality: str | None = None
    hobbies: str | None = None
    social_roles: str | None = None
    committee_roles: str | None = None  # e.g. 药事委员会委员
    best_time_to_call: str | None = Field(default=None, max_length=80)

    # Patient (pseudonymous: no address, phone or identity number is kept)
    patient_code: str | None = Field(default=None, max_length=40)
    birth_year: int | None = None
    consent_recorded: bool | None = None


@synced
class CustomerMetric(SyncedBase, table=True):
    """Dynamic figures of one customer for one month and (optionally) one drug class.

    Prescription share is computed from `our_prescriptions / total_prescriptions` at read
    time (see `desktop.domain.metrics`); it is never stored.
    """

    __tablename__ = "customer_metric"
    customer_id: str = Field(max_length=36, index=True)
    period: str = Field(max_length=7)  # YYYY-MM
    drug_class: str | None = Field(default=None, max_length=80)
    # The product the figures are of (sales and purchases are often per product); its drug
    # class is `drug_class`.
    product_id: str | None = Field(default=None, max_length=36, index=True)
    outpatient_volume: int | None = None
    total_prescriptions: int | None = None
    our_prescriptions: int | None = None
    sales_volume: int | None = None
    sales_amount: float | None = None
    purchase_amount: float | None = None
    clinic_days: int | None = None
