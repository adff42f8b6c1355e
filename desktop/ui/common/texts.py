"""Display text for values of the Qt-free core: enum labels, field names, validation and
workflow messages, dates and times. The core marks English text with QT_TRANSLATE_NOOP;
these functions translate it at display time in the current language. Moments are shown on
the rep's clock (`desktop.domain.local_time`), never the Qt process's own zone."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop.domain import local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import LABELS
from desktop.models.validation import FieldError, field_label

# Labels of customer fields the validation module does not name (profile view, forms).
EXTRA_FIELD_LABELS = {
    "code": _t("Field", "Customer code"),  # FIELD_LABELS' "Code" names a territory's too
    "province": _t("Field", "Province"),
    "city": _t("Field", "City"),
    "district": _t("Field", "District"),
    "website": _t("Field", "Website"),
    "customer_since": _t("Field", "Customer since"),
    "notes": _t("Field", "Notes"),
    "legal_representative": _t("Field", "Legal representative"),
    "staff_count": _t("Field", "Staff"),
    "doctor_count": _t("Field", "Doctors"),
    "bed_count": _t("Field", "Beds"),
    "bank_name": _t("Field", "Bank"),
    "bank_account": _t("Field", "Bank account"),
    "purchase_process": _t("Field", "Purchase process"),
    "chief_physician_count": _t("Field", "Chief physicians"),
    "associate_chief_physician_count": _t("Field", "Associate chief physicians"),
    "attending_physician_count": _t("Field", "Attending physicians"),
    "resident_physician_count": _t("Field", "Resident physicians"),
    "drug_admission_process": _t("Field", "Drug admission process"),
    "licensing_authority": _t("Field", "Licensing authority"),
    "floor_area_m2": _t("Field", "Floor area (m²)"),
    "opening_hours": _t("Field", "Opening hours"),
    "parent_company": _t("Field", "Parent company"),
    "categories_sold": _t("Field", "Categories sold"),
    "dedicated_counter": _t("Field", "Dedicated counter"),
    "registered_capital_wan": _t("Field", "Registered capital (10k CNY)"),
    "business_scope": _t("Field", "Business scope"),
    "gsp_certified": _t("Field", "GSP certified"),
    "gsp_certificate_no": _t("Field", "GSP certificate no."),
    "local_ranking": _t("Field", "Local ranking"),
    "hospitals_covered": _t("Field", "Hospitals covered"),
    "pharmacies_covered": _t("Field", "Pharmacies covered"),
    "marital_status": _t("Field", "Marital status"),
    "education": _t("Field", "Education"),
    "university": _t("Field", "University"),
    "hometown": _t("Field", "Hometown"),
    "position": _t("Field", "Position"),
    "specialty": _t("Field", "Academic specialty"),
    "personality": _t("Field", "Personality"),
    "hobbies": _t("Field", "Hobbies"),
    "social_roles": _t("Field", "Social roles"),
    "committee_roles": _t("Field", "Committee roles"),
    "best_time_to_call": _t("Field", "Best time to call"),
    "consent_recorded": _t("Field", "Consent recorded"),
    "lot": _t("Field", "Lot / batch"),
    "reporter_contact": _t("Field", "Reporter contact"),
    "event_onset_date": _t("Field", "Event onset"),
    "resolution": _t("Field", "Resolution"),
    "feedback": _t("Field", "Feedback"),
    "next_step": _t("Field", "Next step"),
    "follow_up_date": _t("Field", "Follow-up date"),
    "remind_at": _t("Field", "Reminder"),
    "duration_minutes": _t("Field", "Duration (minutes)"),
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def enum_text(enum: type[StrEnum], value: str | None) -> str:
    """The translated label of a code of `enum` ("" for None; the code itself if unknown)."""
    if value is None or value == "":
        return ""
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    return translate("Enum", LABELS.get(member, str(value)))


def field_text(name: str) -> str:
    """The translated label of a field name."""
    english = EXTRA_FIELD_LABELS.get(name) or field_label(name)
    return translate("Field", english)


def error_text(error: FieldError) -> str:
    """A validation message in the current language, naming the field."""
    params = dict(error.params or {})
    if "other" in params:
        params["other"] = translate("Field", params["other"])
    return translate("Validation", error.template).format(field=field_text(error.field), **params)


def message_text(context: str, template: str, params: dict | None = None) -> str:
    """A core message (workflow, domain reason) in the current language; a parameter that is
    a status or another code with a label ("in_progress") is shown as its label."""
    text = translate(context, template)
    shown = {k: translate("Enum", LABELS[v]) if isinstance(v, str) and v in LABELS else v
             for k, v in (params or {}).items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return text


def count_text(n: int) -> str:
    """A count written the way the language groups digits (1,234)."""
    return QLocale().toString(n)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def long_date_text(value: date) -> str:
    """A date written out (with the weekday) in the current language."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def wall_clock_qdatetime(moment: datetime) -> QDateTime:
    """A stored moment (aware or naive UTC) as a QDateTime holding the rep's wall clock,
    tagged UTC so that Qt never shifts it into the OS zone (`wall_clock_moment` undoes it)."""
    wall = local_time.local(moment)
    return QDateTime(QDate(wall.year, wall.month, wall.day),
                     QTime(wall.hour, wall.minute, wall.second, wall.microsecond // 1000),
                     QTimeZone(QTimeZone.Initialization.UTC))


def wall_clock_moment(value: QDateTime) -> datetime:
    """The aware UTC moment of a QDateTime holding the rep's wall clock (its zone ignored)."""
    day, clock = value.date(), value.time()
    return local_time.from_wall_clock(datetime(day.year(), day.month(), day.day(), clock.hour(),
                                               clock.minute(), clock.second(),
                                               clock.msec() * 1000))


def datetime_text(value: datetime | None) -> str:
    """Date and time of a stored moment on the rep's clock, in the current language."""
    if value is None:
        return ""
    return QLocale().toString(wall_clock_qdatetime(value), QLocale.FormatType.ShortFormat)


def phone_text(phone) -> str:
    """One number read from a phone cell (`desktop.domain.phones.Phone`): its national
    form, extension and the note written beside it ("0710 352 2222 ext. 8000 (night)")."""
    text = phone.national
    if phone.extension:
        text = translate("Phone", "{number} ext. {extension}").format(
            number=text, extension=phone.extension)
    if phone.note:
        text = translate("Phone", "{number} ({note})").format(number=text, note=phone.note)
    return text


def phones_text(cell) -> str:
    """Every number of a read phone cell (`desktop.domain.phones.PhoneCell`), " · " apart."""
    return " · ".join(phone_text(phone) for phone in cell.numbers)


def doubtful_phones_text(cell) -> str:
    """The parts of a phone cell that read as no number ("" when there are none)."""
    if not cell.doubtful:
        return ""
    return translate("Phone", "Not read as a number (kept as written): {parts}").format(
        parts=" · ".join(cell.doubtful))
