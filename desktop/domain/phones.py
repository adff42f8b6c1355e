"""Phone numbers as real customer lists write them (Qt-free).

A list's phone cell is kept as written, only cleaned (`clean`): full-width characters become
ASCII, invisible characters (U+202D and the like, pasted from web pages) go, dashes of every
kind become "-", runs of spaces become one. `read_phones` reads the numbers out of it with
libphonenumber (the `phonenumbers` port: area codes, extensions, mobile or fixed line,
E.164), so that a cell such as

    （白天）0592-5911111-8120（晚间）0592-8570120
    027-85726114、85726015
    0710-3522222转8000
    7359051（急诊科）

gives every number in it, each with its extension and the note written beside it. A second
number written without its area code (`85726015` above) takes the area code of the number
before it. What cannot be read as a number is returned as `doubtful`: the caller keeps the
text and warns, it never drops the customer for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType, shortnumberinfo

REGION = "CN"

FIXED, MOBILE, SERVICE, SHORT, LOCAL = "fixed", "mobile", "service", "short", "local"

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# "转", "分机", "轉" and "-8120" after a whole fixed-line number are extensions.
_EXTENSION_WORD = re.compile(r"\s*(?:转|轉|分机|分機|ext\.?|x)\s*(\d{1,6})", re.IGNORECASE)
_TRAILING_EXTENSION = re.compile(r"(\b0\d{2,3}-?\d{7,8})-(\d{1,6})\b")
_DIGIT_RUN = re.compile(r"\d{3,}")
_SEPARATORS = re.compile(r"[、,，;；/|]+")

_TYPES = {
    PhoneNumberType.MOBILE: MOBILE,
    PhoneNumberType.FIXED_LINE: FIXED,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: FIXED,
    PhoneNumberType.TOLL_FREE: SERVICE,
    PhoneNumberType.SHARED_COST: SERVICE,
    PhoneNumberType.PREMIUM_RATE: SERVICE,
    PhoneNumberType.UAN: SERVICE,
    PhoneNumberType.VOIP: FIXED,
}


@dataclass(frozen=True)
class Phone:
    """One number found in a cell."""

    written: str  # the part of the cleaned cell it was read from
    kind: str  # fixed | mobile | service (400/800) | short (12320, 120) | local (no area code)
    e164: str | None  # "+862785726114"; None for a short or a local-only number
    national: str  # "027 8572 6114", "138 1234 5678", "12320", "7359051"
    extension: str | None = None
    note: str | None = None  # written beside it: 急诊科, 白天

    def dial(self) -> str:
        """What to dial from a phone in China (extension after a comma, as phones pause)."""
        digits = re.sub(r"\D", "", self.national)
        return digits + (f",{self.extension}" if self.extension else "")


@dataclass
class PhoneCell:
    cleaned: str  # the text to keep
    numbers: list[Phone] = field(default_factory=list)
    doubtful: list[str] = field(default_factory=list)  # parts with digits that are no number

    @property
    def mobiles(self) -> list[Phone]:
        return [p for p in self.numbers if p.kind == MOBILE]


def clean(text: str | None) -> str:
    """`text` as it should be kept: NFKC (full-width digits, letters and brackets become
    ASCII), invisible format characters removed, every dash a "-", spaces collapsed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _DASHES.sub("-", text)
    text = text.replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def _for_parsing(cleaned: str) -> str:
    text = _EXTENSION_WORD.sub(r" ext \1", cleaned)
    text = _TRAILING_EXTENSION.sub(r"\1 ext \2", text)
    return text


def read_phones(text: str | None, region: str = REGION) -> PhoneCell:
    """Every number in `text` (see the module's docstring)."""
    cleaned = clean(text)
    cell = PhoneCell(cleaned)
    if not cleaned:
        return cell
    parsing = _for_parsing(cleaned)
    covered: list[tuple[int, int]] = []
    area_code: str | None = None
    for match in PhoneNumberMatcher(parsing, region, leniency=phonenumbers.Leniency.POSSIBLE):
        phone, area_code = _phone(match, parsing, region, area_code)
        if phone is None:
            continue
        cell.numbers.append(phone)
        covered.append((match.start, match.end))
    # a short number (12320) or one the matcher passed over
    for piece in _uncovered(parsing, covered):
        digits = re.sub(r"\D", "", piece)
        if not digits:
            continue
        short = _short(digits, region) if re.fullmatch(r"[\d\s()-]+", piece) else None
        if short is not None:
            cell.numbers.append(short)
        elif _DIGIT_RUN.search(piece):
            cell.doubtful.append(piece.strip(" -()"))
    if not cell.numbers and not cell.doubtful:
        cell.doubtful.append(cleaned)
    return cell


def _phone(match, text: str, region: str, area_code: str | None):
    number = match.number
    written = match.raw_string
    note = _note_beside(text, match.start, match.end)
    national_digits = str(number.national_number)
    written_digits = re.sub(r"\D", "", written.split(" ext ")[0])
    # A local number: 7 or 8 digits as written, never starting with 0 (trunk) or 1.
    local_only = (not phonenumbers.is_valid_number(number) and written_digits == national_digits
                  and 7 <= len(national_digits) <= 8 and national_digits[0] in "23456789")
    if local_only and area_code:
        number = phonenumbers.parse(f"0{area_code}{national_digits}", region)
        if number is not None and phonenumbers.is_valid_number(number):
            number.extension = match.number.extension
            local_only = False
    if local_only:
        return Phone(written, LOCAL, None, national_digits, match.number.extension, note), \
            area_code
    if not phonenumbers.is_valid_number(number):
        short = _short(national_digits, region)
        return short, area_code
    kind = _TYPES.get(phonenumbers.number_type(number), FIXED)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    national = national.split(" ext.")[0].strip()
    if kind == FIXED:
        area_code = _area_code(number) or area_code
    return Phone(written, kind, phonenumbers.format_number(number, PhoneNumberFormat.E164),
                 national, number.extension, note), area_code


def _area_code(number) -> str | None:
    length = phonenumbers.length_of_geographical_area_code(number)
    return str(number.national_number)[:length] if length else None


def _short(digits: str, region: str) -> Phone | None:
    if not 3 <= len(digits) <= 6:
        return None
    number = phonenumbers.parse(digits, region)
    if not shortnumberinfo.is_valid_short_number(number):
        return None
    return Phone(digits, SHORT, None, digits)


def _note_beside(text: str, start: int, end: int) -> str | None:
    """A bracketed note written right before the number (`(白天)0592-…`), else one right
    after it that no other number follows (`7359051(急诊科)`)."""
    before = _SEPARATORS.split(text[:start])[-1]
    found = re.search(r"\(([^()]{1,20})\)\s*$", before)
    if found is None:
        found = re.match(r"^\s*\(([^()]{1,20})\)\s*(?:$|[、,，;；/|])", text[end:])
    note = found.group(1).strip() if found else None
    return note if note and not re.fullmatch(r"[\d\s-]+", note) else None


def _uncovered(text: str, covered: list[tuple[int, int]]) -> list[str]:
    pieces, position = [], 0
    for start, end in sorted(covered):
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    out = []
    for piece in pieces:
        piece = re.sub(r"\(([^()\d]*)\)", " ", piece)  # notes
        piece = re.sub(r"\bext \d+", " ", piece)
        out += [p for p in _SEPARATORS.split(piece) if p.strip()]
    return out


def normalise_mobile(text: str | None) -> str | None:
    """An 11-digit mobile number written any way (+86 138 1234 5678, 138-1234-5678, full
    width) as its 11 digits; None when `text` is not exactly one mobile number."""
    cell = read_phones(text)
    if len(cell.numbers) == 1 and not cell.doubtful and cell.numbers[0].kind == MOBILE:
        return re.sub(r"\D", "", cell.numbers[0].national)
    return None


__all__ = ["FIXED", "LOCAL", "MOBILE", "SERVICE", "SHORT", "Phone", "PhoneCell", "clean",
           "normalise_mobile", "read_phones"]
