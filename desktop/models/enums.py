"""Enumerations of the domain. Values are stable codes stored in the database and sent over
sync; LABELS gives the English display text, marked for translation (context "Enum")."""

from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP as _t


class CustomerKind(StrEnum):
    HOSPITAL = "hospital"
    DEPARTMENT = "department"
    DOCTOR = "doctor"
    PHARMACY = "pharmacy"
    PHARMACY_CONTACT = "pharmacy_contact"
    DISTRIBUTOR = "distributor"
    PATIENT = "patient"


ORGANISATION_KINDS = frozenset(
    {CustomerKind.HOSPITAL, CustomerKind.PHARMACY, CustomerKind.DISTRIBUTOR}
)
PERSON_KINDS = frozenset({CustomerKind.DOCTOR, CustomerKind.PHARMACY_CONTACT})


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class LifecycleStage(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    ACTIVE = "active"
    GROWING = "growing"
    AT_RISK = "at_risk"
    LOST = "lost"


class HospitalGrade(StrEnum):
    """医院级别: level 1–3 with 甲/乙/丙 (A/B/C) grades; 3S is 三级特等."""

    G3S = "3S"
    G3A = "3A"
    G3B = "3B"
    G3C = "3C"
    G2A = "2A"
    G2B = "2B"
    G2C = "2C"
    G1A = "1A"
    G1B = "1B"
    G1C = "1C"
    UNRATED = "unrated"


class Ownership(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    JOINT = "joint"
    FOREIGN = "foreign"
    MILITARY = "military"
    OTHER = "other"


class CreditRating(StrEnum):
    AAA = "AAA"
    AA = "AA"
    A = "A"
    B = "B"
    C = "C"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNDISCLOSED = "undisclosed"


class VisitType(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    DEPARTMENT_MEETING = "department_meeting"
    ACADEMIC_MEETING = "academic_meeting"
    PHARMACY_VISIT = "pharmacy_visit"


class VisitStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class PlanAction(StrEnum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    APPROVE = "approve"
    RETURN = "return"
    REVISE = "revise"


class ComplaintKind(StrEnum):
    QUALITY = "quality"
    ADVERSE_REACTION = "adverse_reaction"
    DELIVERY = "delivery"
    SERVICE = "service"
    PRICE = "price"
    OTHER = "other"


class PatientSex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class ComplaintSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintChannel(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    FAX = "fax"
    ECOMMERCE = "ecommerce"
    ORDER_MEETING = "order_meeting"
    EMAIL = "email"
    OTHER = "other"


class ComplaintStatus(StrEnum):
    CAPTURED = "captured"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REPORTED_TO_CUSTOMER = "reported_to_customer"
    SATISFACTION_RECORDED = "satisfaction_recorded"
    CLOSED = "closed"


class ActivityKind(StrEnum):
    ACADEMIC_MEETING = "academic_meeting"  # 学术会议
    DEPARTMENT_MEETING = "department_meeting"  # 科室会
    SALON = "salon"  # 沙龙/研讨会
    TRADE_FAIR = "trade_fair"  # 展会展台
    PRODUCT_PROMOTION = "product_promotion"
    ADVERTISING = "advertising"
    PATIENT_EDUCATION = "patient_education"
    WHITE_PAPER = "white_paper"


class ActivityStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    HELD = "held"
    EVALUATED = "evaluated"
    CANCELLED = "cancelled"


class ActivityAction(StrEnum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    APPROVE = "approve"
    RETURN = "return"
    REVISE = "revise"
    HOLD = "hold"
    EVALUATE = "evaluate"
    CANCEL = "cancel"


class CostCategory(StrEnum):
    VENUE = "venue"
    SPEAKERS = "speakers"
    MATERIALS = "materials"
    TRAVEL = "travel"
    MEALS = "meals"
    ADVERTISING = "advertising"
    OTHER = "other"


class InviteeStatus(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class Verdict(StrEnum):
    """An evaluation rule's verdict, by the business documents' bands."""

    SUCCESSFUL = "successful"
    BETWEEN = "between"  # between two bands the documents define (5–6.83 %, 1–1.5×)
    NO_EFFECT = "no_effect"
    NOT_SUCCESSFUL = "not_successful"
    FAILED = "failed"
    NOT_JUDGED = "not_judged"  # no figures to judge by


class QuotaLevel(StrEnum):
    """Where a quota row sits in the split: region → rep → hospital."""

    REGION = "region"
    REP = "rep"
    HOSPITAL = "hospital"


class QuotaStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class AtRiskCode(StrEnum):
    """The at-risk rules (desktop/domain/at_risk.py)."""

    SHARE_FALLING = "share_falling"
    NOT_CALLED = "not_called"
    COMPLAINT_OVERDUE = "complaint_overdue"
    PURCHASES_DOWN = "purchases_down"
    TIER_DOWN = "tier_down"


class LostReason(StrEnum):
    COMPETITOR = "competitor"
    PRICE = "price"
    SERVICE = "service"
    STAFF_CHANGE = "staff_change"
    POLICY = "policy"
    OTHER = "other"


LABELS: dict[StrEnum, str] = {
    QuotaLevel.REGION: _t("Enum", "Region"),
    QuotaLevel.REP: _t("Enum", "Representative"),
    QuotaLevel.HOSPITAL: _t("Enum", "Hospital"),
    QuotaStatus.DRAFT: _t("Enum", "Draft"),
    QuotaStatus.APPROVED: _t("Enum", "Approved"),
    AtRiskCode.SHARE_FALLING: _t("Enum", "Share falling"),
    AtRiskCode.NOT_CALLED: _t("Enum", "Not called for too long"),
    AtRiskCode.COMPLAINT_OVERDUE: _t("Enum", "Complaint past its deadline"),
    AtRiskCode.PURCHASES_DOWN: _t("Enum", "Purchases down on last year"),
    AtRiskCode.TIER_DOWN: _t("Enum", "A-tier customer moved down"),
    LostReason.COMPETITOR: _t("Enum", "Competitor"),
    LostReason.PRICE: _t("Enum", "Price"),
    LostReason.SERVICE: _t("Enum", "Service"),
    LostReason.STAFF_CHANGE: _t("Enum", "Staff change"),
    LostReason.POLICY: _t("Enum", "Policy"),
    LostReason.OTHER: _t("Enum", "Other"),
    CustomerKind.HOSPITAL: _t("Enum", "Hospital"),
    CustomerKind.DEPARTMENT: _t("Enum", "Department"),
    CustomerKind.DOCTOR: _t("Enum", "Doctor"),
    CustomerKind.PHARMACY: _t("Enum", "Pharmacy"),
    CustomerKind.PHARMACY_CONTACT: _t("Enum", "Pharmacy contact"),
    CustomerKind.DISTRIBUTOR: _t("Enum", "Distributor"),
    CustomerKind.PATIENT: _t("Enum", "Patient"),
    LifecycleStage.PROSPECT: _t("Enum", "Prospect"),
    LifecycleStage.NEW: _t("Enum", "New"),
    LifecycleStage.ACTIVE: _t("Enum", "Active"),
    LifecycleStage.GROWING: _t("Enum", "Growing"),
    LifecycleStage.AT_RISK: _t("Enum", "At risk"),
    LifecycleStage.LOST: _t("Enum", "Lost"),
    HospitalGrade.G3S: _t("Enum", "Tertiary special (3S)"),
    HospitalGrade.G3A: _t("Enum", "Tertiary A (3A)"),
    HospitalGrade.G3B: _t("Enum", "Tertiary B (3B)"),
    HospitalGrade.G3C: _t("Enum", "Tertiary C (3C)"),
    HospitalGrade.G2A: _t("Enum", "Secondary A (2A)"),
    HospitalGrade.G2B: _t("Enum", "Secondary B (2B)"),
    HospitalGrade.G2C: _t("Enum", "Secondary C (2C)"),
    HospitalGrade.G1A: _t("Enum", "Primary A (1A)"),
    HospitalGrade.G1B: _t("Enum", "Primary B (1B)"),
    HospitalGrade.G1C: _t("Enum", "Primary C (1C)"),
    HospitalGrade.UNRATED: _t("Enum", "Unrated"),
    Ownership.PUBLIC: _t("Enum", "Public"),
    Ownership.PRIVATE: _t("Enum", "Private"),
    Ownership.JOINT: _t("Enum", "Joint venture"),
    Ownership.FOREIGN: _t("Enum", "Foreign-owned"),
    Ownership.MILITARY: _t("Enum", "Military"),
    Ownership.OTHER: _t("Enum", "Other"),
    Gender.FEMALE: _t("Enum", "Female"),
    Gender.MALE: _t("Enum", "Male"),
    Gender.UNDISCLOSED: _t("Enum", "Undisclosed"),
    VisitType.FACE_TO_FACE: _t("Enum", "Face-to-face detailing"),
    VisitType.PHONE: _t("Enum", "Phone call"),
    VisitType.DEPARTMENT_MEETING: _t("Enum", "Department meeting"),
    VisitType.ACADEMIC_MEETING: _t("Enum", "Academic meeting"),
    VisitType.PHARMACY_VISIT: _t("Enum", "Pharmacy visit"),
    VisitStatus.DRAFT: _t("Enum", "Draft"),
    VisitStatus.SUBMITTED: _t("Enum", "Submitted"),
    FollowUpStatus.OPEN: _t("Enum", "Open"),
    FollowUpStatus.DONE: _t("Enum", "Done"),
    FollowUpStatus.CANCELLED: _t("Enum", "Cancelled"),
    PlanStatus.DRAFT: _t("Enum", "Draft"),
    PlanStatus.SUBMITTED: _t("Enum", "Submitted"),
    PlanStatus.APPROVED: _t("Enum", "Approved"),
    PlanStatus.RETURNED: _t("Enum", "Returned"),
    ComplaintKind.QUALITY: _t("Enum", "Product quality"),
    ComplaintKind.ADVERSE_REACTION: _t("Enum", "Suspected adverse reaction"),
    ComplaintKind.DELIVERY: _t("Enum", "Delivery / logistics"),
    ComplaintKind.SERVICE: _t("Enum", "Service"),
    ComplaintKind.PRICE: _t("Enum", "Price"),
    ComplaintKind.OTHER: _t("Enum", "Other"),
    ComplaintSeverity.LOW: _t("Enum", "Low"),
    ComplaintSeverity.MEDIUM: _t("Enum", "Medium"),
    ComplaintSeverity.HIGH: _t("Enum", "High"),
    ComplaintSeverity.CRITICAL: _t("Enum", "Critical"),
    ComplaintChannel.VISIT: _t("Enum", "During a visit"),
    ComplaintChannel.PHONE: _t("Enum", "Phone"),
    ComplaintChannel.FAX: _t("Enum", "Fax"),
    ComplaintChannel.ECOMMERCE: _t("Enum", "E-commerce"),
    ComplaintChannel.ORDER_MEETING: _t("Enum", "Order meeting"),
    ComplaintChannel.EMAIL: _t("Enum", "E-mail"),
    ComplaintChannel.OTHER: _t("Enum", "Other"),
    ComplaintStatus.CAPTURED: _t("Enum", "Captured"),
    ComplaintStatus.ASSIGNED: _t("Enum", "Assigned"),
    ComplaintStatus.IN_PROGRESS: _t("Enum", "In progress"),
    ComplaintStatus.RESOLVED: _t("Enum", "Resolved"),
    ComplaintStatus.REPORTED_TO_CUSTOMER: _t("Enum", "Reported to customer"),
    ComplaintStatus.SATISFACTION_RECORDED: _t("Enum", "Satisfaction recorded"),
    ComplaintStatus.CLOSED: _t("Enum", "Closed"),
    PatientSex.FEMALE: _t("Enum", "Female"),  # the same key as Gender.FEMALE ("female")
    PatientSex.MALE: _t("Enum", "Male"),
    PatientSex.UNKNOWN: _t("Enum", "Unknown"),
    # Values shared with other enums (draft, cancelled, advertising, other…) keep one text.
    ActivityKind.ACADEMIC_MEETING: _t("Enum", "Academic meeting"),
    ActivityKind.DEPARTMENT_MEETING: _t("Enum", "Department meeting"),
    ActivityKind.SALON: _t("Enum", "Salon / seminar"),
    ActivityKind.TRADE_FAIR: _t("Enum", "Trade fair booth"),
    ActivityKind.PRODUCT_PROMOTION: _t("Enum", "Product promotion"),
    ActivityKind.ADVERTISING: _t("Enum", "Advertising"),
    ActivityKind.PATIENT_EDUCATION: _t("Enum", "Patient education"),
    ActivityKind.WHITE_PAPER: _t("Enum", "White paper"),
    ActivityStatus.DRAFT: _t("Enum", "Draft"),
    ActivityStatus.SUBMITTED: _t("Enum", "Submitted"),
    ActivityStatus.APPROVED: _t("Enum", "Approved"),
    ActivityStatus.RETURNED: _t("Enum", "Returned"),
    ActivityStatus.HELD: _t("Enum", "Held"),
    ActivityStatus.EVALUATED: _t("Enum", "Evaluated"),
    ActivityStatus.CANCELLED: _t("Enum", "Cancelled"),
    ActivityAction.SUBMIT: _t("Enum", "Submit"),
    ActivityAction.WITHDRAW: _t("Enum", "Withdraw"),
    ActivityAction.APPROVE: _t("Enum", "Approve"),
    ActivityAction.RETURN: _t("Enum", "Return"),
    ActivityAction.REVISE: _t("Enum", "Revise"),
    ActivityAction.HOLD: _t("Enum", "Mark held"),
    ActivityAction.EVALUATE: _t("Enum", "Evaluate"),
    ActivityAction.CANCEL: _t("Enum", "Cancel"),
    CostCategory.VENUE: _t("Enum", "Venue"),
    CostCategory.SPEAKERS: _t("Enum", "Speakers' fees"),
    CostCategory.MATERIALS: _t("Enum", "Materials"),
    CostCategory.TRAVEL: _t("Enum", "Travel"),
    CostCategory.MEALS: _t("Enum", "Meals"),
    CostCategory.ADVERTISING: _t("Enum", "Advertising"),
    CostCategory.OTHER: _t("Enum", "Other"),
    InviteeStatus.INVITED: _t("Enum", "Invited"),
    InviteeStatus.CONFIRMED: _t("Enum", "Confirmed"),
    InviteeStatus.DECLINED: _t("Enum", "Declined"),
    InviteeStatus.ATTENDED: _t("Enum", "Attended"),
    InviteeStatus.NO_SHOW: _t("Enum", "No-show"),
    Verdict.SUCCESSFUL: _t("Enum", "Successful"),
    Verdict.BETWEEN: _t("Enum", "Between bands"),
    Verdict.NO_EFFECT: _t("Enum", "No effect"),
    Verdict.NOT_SUCCESSFUL: _t("Enum", "Not successful"),
    Verdict.FAILED: _t("Enum", "Failed"),
    Verdict.NOT_JUDGED: _t("Enum", "Not judged"),
}


def label(value: StrEnum) -> str:
    """English display text of an enum value (translate with context "Enum")."""
    return LABELS.get(value, str(value))


# ------------------------------------------------------------------ satisfaction surveys
class SurveyOccasion(StrEnum):
    COMPLAINT_CLOSED = "complaint_closed"
    CALL_CYCLE = "call_cycle"


class SurveyQuestionKind(StrEnum):
    SCALE = "scale"  # 1 (very dissatisfied) … 5 (very satisfied)
    TEXT = "text"


class SurveyAsked(StrEnum):
    """When a question is asked."""

    ALWAYS = "always"
    COMPLAINT_CLOSED = "complaint_closed"
    CALL_CYCLE = "call_cycle"


LABELS.update({
    SurveyOccasion.COMPLAINT_CLOSED: _t("Enum", "After a closed complaint"),
    SurveyOccasion.CALL_CYCLE: _t("Enum", "After a call cycle"),
    SurveyQuestionKind.SCALE: _t("Enum", "Scale 1–5"),
    SurveyQuestionKind.TEXT: _t("Enum", "Free text"),
    SurveyAsked.ALWAYS: _t("Enum", "Every survey"),
    SurveyAsked.COMPLAINT_CLOSED: _t("Enum", "After a closed complaint"),
    SurveyAsked.CALL_CYCLE: _t("Enum", "After a call cycle"),
})
