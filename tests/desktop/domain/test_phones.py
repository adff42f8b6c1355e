"""Phone numbers as real customer lists write them: every form the lists use is read into
the numbers a rep can dial (area code, extension, the note written beside it), the text is
kept as written only cleaned, and what is no number is returned as doubtful, never dropped."""

import pytest

from desktop.domain.phones import (
    FIXED,
    LOCAL,
    MOBILE,
    SERVICE,
    SHORT,
    clean,
    normalise_mobile,
    read_phones,
)

# (as written, kept as, [(kind, national, extension, note)], what to dial first)
FORMS = [
    ("(027)85726114", "(027)85726114", [(FIXED, "027 8572 6114", None, None)], "02785726114"),
    ("（027）85726114", "(027)85726114", [(FIXED, "027 8572 6114", None, None)],
     "02785726114"),
    ("0710-3522222转8000", "0710-3522222转8000", [(FIXED, "0710 352 2222", "8000", None)],
     "07103522222,8000"),
    ("027-85726114、85726015", "027-85726114、85726015",
     [(FIXED, "027 8572 6114", None, None), (FIXED, "027 8572 6015", None, None)],
     "02785726114"),
    ("7359051（急诊科）", "7359051(急诊科)", [(LOCAL, "7359051", None, "急诊科")], "7359051"),
    ("0596—8546913", "0596-8546913", [(FIXED, "0596 854 6913", None, None)], "05968546913"),
    ("400-820-1234", "400-820-1234", [(SERVICE, "400 820 1234", None, None)], "4008201234"),
    ("+86 138 1234 5678", "+86 138 1234 5678", [(MOBILE, "138 1234 5678", None, None)],
     "13812345678"),
    ("138-1234-5678", "138-1234-5678", [(MOBILE, "138 1234 5678", None, None)],
     "13812345678"),
    ("０２７－８５７２６１１４", "027-85726114", [(FIXED, "027 8572 6114", None, None)],
     "02785726114"),
    ("12320", "12320", [(SHORT, "12320", None, None)], "12320"),
    ("\u202d027-85726114\u202c", "027-85726114", [(FIXED, "027 8572 6114", None, None)],
     "02785726114"),
    ("（白天）0592-5911111-8120（晚间）0592-8570120", "(白天)0592-5911111-8120(晚间)0592-8570120",
     [(FIXED, "0592 591 1111", "8120", "白天"), (FIXED, "0592 857 0120", None, "晚间")],
     "05925911111,8120"),
    ("0755-88889999-123", "0755-88889999-123", [(FIXED, "0755 8888 9999", "123", None)],
     "075588889999,123"),
    ("027-85726114 / 13812345678", "027-85726114 / 13812345678",
     [(FIXED, "027 8572 6114", None, None), (MOBILE, "138 1234 5678", None, None)],
     "02785726114"),
]


@pytest.mark.parametrize("written,kept,numbers,dial", FORMS, ids=[f[0] for f in FORMS])
def test_every_form_a_list_uses_is_read(written, kept, numbers, dial):
    cell = read_phones(written)
    assert cell.cleaned == kept == clean(written)
    assert [(p.kind, p.national, p.extension, p.note) for p in cell.numbers] == numbers
    assert cell.doubtful == []
    assert cell.numbers[0].dial() == dial


def test_a_second_number_without_area_code_takes_the_first_ones():
    first, second = read_phones("027-85726114、85726015").numbers
    assert (first.e164, second.e164) == ("+862785726114", "+862785726015")


@pytest.mark.parametrize("written,doubtful", [
    ("027-8572", ["027-8572"]),  # too short for a Wuhan number
    ("1381234567", ["1381234567"]),  # a mobile missing a digit
    ("1234567890123", ["1234567890123"]),
    ("1111111", ["1111111"]),  # no local number starts with 1
    ("027-85726114、abc 123x", ["abc 123x"]),
    ("无", ["无"]),
])
def test_what_is_no_number_is_doubtful_and_the_text_is_kept(written, doubtful):
    cell = read_phones(written)
    assert cell.doubtful == doubtful
    assert cell.cleaned == written  # the caller keeps it and warns


def test_clean_keeps_the_text_and_only_normalises_it():
    assert clean("  ０２７—８５７２６１１４\u200b\u3000（总机） ") == "027-85726114 (总机)"
    assert clean("027-1\r\n027-2") == "027-1 027-2"
    assert clean(None) == ""
    assert read_phones("").numbers == [] and read_phones(None).doubtful == []


@pytest.mark.parametrize("written,mobile", [
    ("+86 138 1234 5678", "13812345678"), ("138-1234-5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"), ("\u202d13812345678", "13812345678"),
    ("13812345678、13912345678", None), ("027-85726114", None), ("1381234567", None),
    ("", None),
])
def test_a_mobile_cell_is_exactly_one_mobile_number(written, mobile):
    assert normalise_mobile(written) == mobile
