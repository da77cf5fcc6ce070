"""Unit tests for ``docnorm.dates``: header date lines, dates in prose and lead phrases.

Every expected value below was worked out by hand from the rules in SPEC.md and docs/record.md
(day-first, Vietnam time unless the text names a zone, ``[GMT+7]`` is ``+07:00``, seconds only when
printed); the weekdays were checked against a calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docnorm
from docnorm import dates, strategies
from docnorm.dates import (
    HeaderDate,
    LeadDate,
    forget_shapes,
    latest_text_date,
    lead_date,
    parse_header_date,
)
from docnorm.options import VIETNAM

from .conftest import ROOT

# (line, expected ISO value, expected label role)
HEADER_DATES: list[tuple[str, str, str | None]] = [
    # the five seed shapes
    ("Thứ bảy, 05/12/2020", "2020-12-05", None),
    ("Thứ bảy, 08/08/2020, 18:26 [GMT+7]", "2020-08-08T18:26+07:00", None),
    ("Thứ sáu, 29/11/2019 - 16:14'", "2019-11-29T16:14+07:00", None),
    ("20:49 !! 13/02/2020", "2020-02-13T20:49+07:00", None),
    ("Cập nhật ngày: 25/07/2020 13:05:15", "2020-07-25T13:05:15+07:00", "updated"),
    # weekday forms
    ("Thứ 7, 05/12/2020", "2020-12-05", None),
    ("T7, 05/12/2020", "2020-12-05", None),
    ("Chủ nhật, 06/12/2020", "2020-12-06", None),
    ("CN, 06/12/2020 08:00", "2020-12-06T08:00+07:00", None),
    ("THỨ BẢY, 08/08/2020", "2020-08-08", None),
    ("Thứ bẩy, 08/08/2020", "2020-08-08", None),
    ("Thứ Năm, 13/02/2020 20:49 GMT+7", "2020-02-13T20:49+07:00", None),
    ("Thứ hai, 27/07/2020 - 13:05", "2020-07-27T13:05+07:00", None),
    ("Thứ Bảy, 18:26, 08/08/2020", "2020-08-08T18:26+07:00", None),
    # d/m/yyyy with / - . separators
    ("Thứ Hai, 07-12-2020", "2020-12-07", None),
    ("Thứ ba, 08.12.2020 | 10:15", "2020-12-08T10:15+07:00", None),
    ("Thứ Bảy, 08-08-2020, 18:26", "2020-08-08T18:26+07:00", None),
    ("8/8/2020", "2020-08-08", None),
    ("18:26 8/8/2020", "2020-08-08T18:26+07:00", None),
    ("Ngày 13.02.2020", "2020-02-13", None),
    # spelled-out and abbreviated month forms
    ("ngày 8 tháng 8 năm 2020", "2020-08-08", None),
    ("Thứ bảy, ngày 8 tháng 8 năm 2020 lúc 18:26", "2020-08-08T18:26+07:00", None),
    ("08 Thg 10, 2024", "2024-10-08", None),
    ("08 Thg 10, 2024 10:30 SA", "2024-10-08T10:30+07:00", None),
    # ISO 8601
    ("2020-08-08", "2020-08-08", None),
    ("2020-08-08T18:26:05+07:00", "2020-08-08T18:26:05+07:00", None),
    ("2020-08-08T11:26:05Z", "2020-08-08T11:26:05+00:00", None),
    ("2020-08-08 18:26", "2020-08-08T18:26+07:00", None),
    # time shapes
    ("18h26 ngày 08/08/2020", "2020-08-08T18:26+07:00", None),
    ("18h, 08/08/2020", "2020-08-08T18:00+07:00", None),
    ("18 giờ 26 phút ngày 8/8/2020", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 18:26:05", "2020-08-08T18:26:05+07:00", None),
    ("18:26 - 08/08/2020", "2020-08-08T18:26+07:00", None),
    ("lúc 18:26 ngày 08/08/2020", "2020-08-08T18:26+07:00", None),
    ("Thứ bảy 08/08/2020 • 18:26", "2020-08-08T18:26+07:00", None),
    # half-day words
    ("08/08/2020 8:49 tối", "2020-08-08T20:49+07:00", None),
    ("08/08/2020 8:49 PM", "2020-08-08T20:49+07:00", None),
    ("08-08-2020 - 06:26 PM", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 08:49 AM", "2020-08-08T08:49+07:00", None),
    ("08/08/2020 12:05 SA", "2020-08-08T00:05+07:00", None),
    ("08/08/2020 12:05 CH", "2020-08-08T12:05+07:00", None),
    ("08/08/2020 01:30 CH", "2020-08-08T13:30+07:00", None),
    ("8:49 sáng 13/02/2020", "2020-02-13T08:49+07:00", None),
    ("08/08/2020 3 giờ chiều", "2020-08-08T15:00+07:00", None),
    ("Thứ Bảy, 08/08/2020 6:26 chiều", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 11 giờ đêm", "2020-08-08T23:00+07:00", None),
    # zones
    ("Thứ Bảy, 8/8/2020 18:26 (GMT+7)", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 18:26 GMT+07:00", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 18:26 (GMT+07:00)", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 18:26 UTC+7", "2020-08-08T18:26+07:00", None),
    ("08/08/2020 11:26 GMT+0", "2020-08-08T11:26+00:00", None),
    # labels
    ("Cập nhật: 08/08/2020 18:26", "2020-08-08T18:26+07:00", "updated"),
    ("Cập nhật lúc 18:26 ngày 08/08/2020", "2020-08-08T18:26+07:00", "updated"),
    ("CẬP NHẬT: 08/08/2020", "2020-08-08", "updated"),
    ("Ngày cập nhật: 08/08/2020", "2020-08-08", "updated"),
    ("Cập nhật ngày: 25/07/2020 13:05:15 (GMT+7)", "2020-07-25T13:05:15+07:00", "updated"),
    ("Đăng lúc: 18:26 08/08/2020", "2020-08-08T18:26+07:00", "published"),
    ("Ngày đăng: 08/08/2020", "2020-08-08", "published"),
    ("Ngày xuất bản: 08/08/2020 18:26", "2020-08-08T18:26+07:00", "published"),
    ("Thời gian đăng: 08/08/2020 - 18:26", "2020-08-08T18:26+07:00", "published"),
    ("Xuất bản: 08/08/2020 | 18:26", "2020-08-08T18:26+07:00", "published"),
    ("Xuất bản lúc 18:26, Thứ Bảy, 08/08/2020", "2020-08-08T18:26+07:00", "published"),
]


@pytest.mark.parametrize(("line", "iso", "role"), HEADER_DATES, ids=[r[0] for r in HEADER_DATES])
def test_header_date_shapes(line: str, iso: str, role: str | None) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.iso == iso
    assert found.label_role == role
    assert found.weekday_ok  # every weekday printed in the table is the right one


def test_header_date_table_is_large_enough() -> None:
    assert len(HEADER_DATES) >= 40
    assert len({line for line, _, _ in HEADER_DATES}) == len(HEADER_DATES)


NOT_HEADER_DATES = [
    "Theo báo cáo ngày 29/11/2019, tỉnh đã",
    "Sáng 08/08/2020, đoàn công tác đến thăm",
    "Ngày 8/8/2020 là ngày khai giảng",
    "Năm 2020",
    "31/02/2020",
    "30/02/2020 18:26",
    "29/02/2019",
    "Hà Nội có 20 ca mắc mới",
    "Top 10 sự kiện nổi bật năm 2020",
    "Giá xăng tăng 1.000 đồng từ 15h chiều nay",
    "Số 08/2020/TT-BTC",
    "Cập nhật: 3 giờ trước 18:26",  # a relative time and a clock time disagree
    "3 giờ trước 08/08/2020",  # two dates
    "08/08/2020 25:00",
    "08/08/2020 18:60",
    "08/08/2020 08/08/2020",
    "08/08/2020 18:26 19:00",
    "Thứ tám, 08/08/2020",
    "T8, 08/08/2020",
    "18:26",
    "Thứ bảy",
    "2020",
    "",
    "Thứ bảy, 08/08/2020, 18:26 [GMT+7] – Hội nghị sơ kết công tác 6 tháng đầu năm của Tỉnh ủy Lạng Sơn",
]


@pytest.mark.parametrize("line", NOT_HEADER_DATES)
def test_not_a_header_date(line: str) -> None:
    assert parse_header_date(line, VIETNAM) is None


def test_header_date_length_limit() -> None:
    # glue only pads the line: at 90 characters it is still a date line, at 91 it is not
    line = "08/08/2020 " + "-" * 79
    assert len(line) == 90
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.iso == "2020-08-08"
    assert parse_header_date(line + "-", VIETNAM) is None


def test_gmt_plus_7_is_east_of_utc() -> None:
    found = parse_header_date("Thứ bảy, 08/08/2020, 18:26 [GMT+7]", VIETNAM)
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    assert found.value.utcoffset() == dt.timedelta(hours=7)
    assert found.value.astimezone(dt.UTC) == dt.datetime(2020, 8, 8, 11, 26, tzinfo=dt.UTC)
    assert found.iso == "2020-08-08T18:26+07:00"
    assert not found.iso.endswith("-07:00")


def test_default_zone_is_the_one_given() -> None:
    found = parse_header_date("Thứ bảy, 08/08/2020, 18:26", dt.UTC)
    assert found is not None
    assert found.iso == "2020-08-08T18:26+00:00"


def test_printed_zone_beats_the_default() -> None:
    found = parse_header_date("Thứ bảy, 08/08/2020, 18:26 [GMT+7]", dt.UTC)
    assert found is not None
    assert found.iso == "2020-08-08T18:26+07:00"


def test_date_only_is_a_date_and_time_flags() -> None:
    day = parse_header_date("Thứ bảy, 05/12/2020", VIETNAM)
    assert day is not None
    assert type(day.value) is dt.date
    assert (day.has_time, day.has_seconds) == (False, False)
    timed = parse_header_date("Cập nhật ngày: 25/07/2020 13:05:15", VIETNAM)
    assert timed is not None
    assert timed.value == dt.datetime(2020, 7, 25, 13, 5, 15, tzinfo=VIETNAM)
    assert (timed.has_time, timed.has_seconds) == (True, True)


def test_zero_seconds_printed_are_kept() -> None:
    found = parse_header_date("08/08/2020 18:26:00", VIETNAM)
    assert found is not None
    assert found.iso == "2020-08-08T18:26:00+07:00"


# (line, printed weekday as a Python weekday number, the date as written)
WRONG_WEEKDAYS = [
    ("Thứ sáu, 08/08/2020", 4, "2020-08-08"),  # a Saturday
    ("T6, 08/08/2020", 4, "2020-08-08"),
    ("Thứ 2, 08/08/2020", 0, "2020-08-08"),
    ("CN, 08/08/2020", 6, "2020-08-08"),
    ("Chủ nhật, 08/08/2020 - 18:26", 6, "2020-08-08T18:26+07:00"),
    ("Thứ bảy, 09/08/2020", 5, "2020-08-09"),  # a Sunday
]


@pytest.mark.parametrize(("line", "printed", "iso"), WRONG_WEEKDAYS)
def test_wrong_weekday_is_flagged_and_date_kept(line: str, printed: int, iso: str) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.weekday == printed
    assert found.weekday_ok is False
    assert found.iso == iso


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("Thứ hai, 10/08/2020", 0),
        ("Thứ ba, 11/08/2020", 1),
        ("Thứ tư, 12/08/2020", 2),
        ("Thứ năm, 13/08/2020", 3),
        ("Thứ sáu, 14/08/2020", 4),
        ("Thứ bảy, 15/08/2020", 5),
        ("Chủ nhật, 16/08/2020", 6),
        ("T5, 13/08/2020", 3),
        ("CN, 16/08/2020", 6),
    ],
)
def test_right_weekday(line: str, printed: int) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.weekday == printed
    assert found.weekday_ok is True


def test_no_weekday_printed_is_ok() -> None:
    found = parse_header_date("08/08/2020", VIETNAM)
    assert found is not None
    assert found.weekday is None
    assert found.weekday_ok is True


@pytest.mark.parametrize(
    "line",
    [
        "2020-08-08T25:00",
        "2020-08-08T18:61",
        "2020-08-08T18:26+2500",
        "08/08/2020 18:26 GMT+25",
    ],
)
def test_out_of_range_time_or_zone_is_not_a_date(line: str) -> None:
    assert parse_header_date(line, VIETNAM) is None


# --- latest_text_date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Đến hết ngày 30/6/2010", "cuối năm 2009"], dt.date(2010, 6, 30)),
        (["Kế hoạch tháng 12/2019"], dt.date(2019, 12, 31)),
        (["trong tháng 2/2020"], dt.date(2020, 2, 29)),
        (["trong tháng 2/2019"], dt.date(2019, 2, 28)),
        (["từ tháng 6-2010"], dt.date(2010, 6, 30)),
        (["năm 2020 và ngày 5/5/2020"], dt.date(2020, 12, 31)),
        (["ngày 1/2/2021", "ngày 2/1/2021"], dt.date(2021, 2, 1)),
        (["Hôm 8.8.2020 đoàn đến"], dt.date(2020, 8, 8)),
        (["ngày 31/02/2020", "ngày 1/1/2019"], dt.date(2019, 1, 1)),
        (["không có ngày nào"], None),
        (["Quyết định số 10/10/20201"], None),
        ([], None),
    ],
)
def test_latest_text_date(lines: list[str], expected: dt.date | None) -> None:
    assert latest_text_date(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["tháng 13/2020", "ngày 5/5/2020"], dt.date(2020, 5, 5)),
        (["tháng 0/2020", "ngày 5/5/2019"], dt.date(2019, 5, 5)),
    ],
)
def test_latest_text_date_ignores_impossible_month(
    lines: list[str], expected: dt.date | None
) -> None:
    assert latest_text_date(lines) == expected


# --- lead_date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Sáng nay (22/5), Đoàn công tác của Tỉnh ủy đã kiểm tra",
            LeadDate("Sáng nay (22/5)", 22, 5, None, 0),
        ),
        ("hôm nay (22/5), đoàn công tác đến thăm", LeadDate("hôm nay (22/5)", 22, 5, None, 0)),
        ("Chiều 17-3, tại Hà Nội", LeadDate("Chiều 17-3", 17, 3, None, 0)),
        (
            "Sáng ngày 25/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị",
            LeadDate("Sáng ngày 25/7", 25, 7, None, 0),
        ),
        ("Tối qua (21/5), tại nhà văn hóa", LeadDate("Tối qua (21/5)", 21, 5, None, 1)),
        ("Hôm qua (21/5), UBND tỉnh", LeadDate("Hôm qua (21/5)", 21, 5, None, 1)),
        ("Rạng sáng 1/5, một vụ cháy", LeadDate("Rạng sáng 1/5", 1, 5, None, 0)),
        ("Chiều 17-3-2021, tại Hà Nội", LeadDate("Chiều 17-3-2021", 17, 3, 2021, 0)),
        (
            "Khoảng 2 giờ sáng nay (27/11), một vụ cháy",
            LeadDate("Khoảng 2 giờ sáng nay (27/11)", 27, 11, None, 0),
        ),
        ("Lúc 14h30 chiều qua (21/5), tại", LeadDate("Lúc 14h30 chiều qua (21/5)", 21, 5, None, 1)),
        ("Vào lúc 9h hôm qua (21/5), tại", LeadDate("Vào lúc 9h hôm qua (21/5)", 21, 5, None, 1)),
        ("Lúc 10 giờ ngày 22/5, UBND", LeadDate("Lúc 10 giờ ngày 22/5", 22, 5, None, 0)),
        ("8h sáng 22/5, đoàn", LeadDate("8h sáng 22/5", 22, 5, None, 0)),
        ("Từ 15h chiều nay (22/11), giá", LeadDate("Từ 15h chiều nay (22/11)", 22, 11, None, 0)),
        ("Vào chiều 21/11, Bộ Y tế", LeadDate("Vào chiều 21/11", 21, 11, None, 0)),
    ],
)
def test_lead_date(lead: str, expected: LeadDate) -> None:
    assert lead_date(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Đoàn công tác sáng nay (22/5) đã đến thăm",
        "22/5 là ngày quan trọng",
        "Sáng nay, đoàn công tác đến thăm",
        "Theo báo cáo ngày 22/5, tỉnh đã",
        "Sáng nay (22/5 đoàn công tác",
        "Khoảng 2 giờ (27/11), vụ cháy",  # an hour, but no part of the day after it
        "Khoảng 20 người (27/11) đã đến",
        # The day a rule takes effect, or a day ahead: not the day of the event reported.
        "Từ ngày 1/12, UBND thành phố sẽ ra quân",
        "Từ 1/12, giá điện tăng",
        "Ngày 1/12 tới, Bộ sẽ công bố",
        "Sáng 22/5 tới đây, hội nghị khai mạc",
        "",
    ],
)
def test_lead_without_day_phrase(lead: str) -> None:
    assert lead_date(lead) is None


# --- relative dates -------------------------------------------------------------------------------

_REF_MOMENT = dt.datetime(2020, 8, 8, 18, 26, tzinfo=VIETNAM)


@pytest.mark.parametrize(
    ("line", "reference", "iso"),
    [
        ("3 phút trước", _REF_MOMENT, "2020-08-08T18:23+07:00"),
        ("2 giờ trước", _REF_MOMENT, "2020-08-08T16:26+07:00"),
        ("20 giờ trước", _REF_MOMENT, "2020-08-07T22:26+07:00"),
        ("5 tiếng trước", _REF_MOMENT, "2020-08-08T13:26+07:00"),
        ("Cập nhật: 3 giờ trước", _REF_MOMENT, "2020-08-08T15:26+07:00"),
        ("3 giờ trước", dt.date(2020, 8, 8), "2020-08-08"),  # a day is all the reference gives
        ("2 ngày trước", _REF_MOMENT, "2020-08-06"),
        ("1 tuần trước", dt.date(2020, 8, 8), "2020-08-01"),
        ("1 tháng trước", dt.date(2020, 3, 31), "2020-02-29"),
        ("2 năm trước", dt.date(2020, 2, 29), "2018-02-28"),
        ("hôm nay", _REF_MOMENT, "2020-08-08"),
        ("Hôm qua", _REF_MOMENT, "2020-08-07"),
        ("hôm kia", dt.date(2020, 3, 1), "2020-02-28"),
        ("Hôm qua lúc 18:26", _REF_MOMENT, "2020-08-07T18:26+07:00"),
        ("18:26 hôm qua", dt.date(2020, 1, 1), "2019-12-31T18:26+07:00"),
    ],
)
def test_relative_dates_count_back_from_the_reference(
    line: str, reference: dt.date, iso: str
) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.value is None  # nothing is guessed without a reference
    assert found.resolve(reference, VIETNAM).iso == iso


def test_relative_page_article_resolves_against_the_page_date() -> None:
    text = (
        "Thứ bảy, 08/08/2020, 18:26\n\nTiêu đề bài viết hôm nay ở đây\n\n3 giờ trước\n\n"
        "Đoạn mở đầu của bài viết có đủ dài để là một đoạn văn. Câu thứ hai của đoạn văn này."
    )
    article = docnorm.parse(text)
    assert article.published == "2020-08-08T15:26+07:00"
    assert [(m.role, m.value) for m in article.dates] == [
        ("page", "2020-08-08T18:26+07:00"),
        ("published", "2020-08-08T15:26+07:00"),
    ]


def test_unresolved_relative_date_is_null_with_a_warning() -> None:
    text = (
        "Tiêu đề bài viết hôm nay ở đây\n\nhôm qua\n\n"
        "Đoạn mở đầu của bài viết có đủ dài để là một đoạn văn. Câu thứ hai của đoạn văn này."
    )
    article = docnorm.parse(text)
    assert article.published is None
    assert [(m.role, m.value, m.raw) for m in article.dates] == [("published", None, "hôm qua")]
    assert "relative_date_unresolved" in [w.code for w in article.warnings]
    with_ref = docnorm.parse(text, docnorm.Options(reference_date="2021-03-01"))
    assert with_ref.published == "2021-02-28"


def test_dates_out_of_range_warn() -> None:
    lead = "Đoạn mở đầu của bài viết có đủ dài để là một đoạn văn. Câu thứ hai của đoạn văn này."
    old = docnorm.parse(f"Tiêu đề bài viết hôm nay ở đây\n\n08/08/1980\n\n{lead}")
    assert old.published == "1980-08-08"
    assert "date_out_of_range" in [w.code for w in old.warnings]
    future = docnorm.parse(
        f"Tiêu đề bài viết hôm nay ở đây\n\n08/08/2030\n\n{lead}",
        docnorm.Options(reference_date="2026-11-21"),
    )
    assert "date_out_of_range" in [w.code for w in future.warnings]
    ok = docnorm.parse(f"Tiêu đề bài viết hôm nay ở đây\n\n08/08/2020\n\n{lead}")
    assert "date_out_of_range" not in [w.code for w in ok.warnings]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Chủ nhật, 22/11/2026 | 08:05 GMT+7 | Lượt xem: 1.234", "2026-11-22T08:05+07:00"),
        ("22/11/2026 08:05 - 1.234 lượt đọc", "2026-11-22T08:05+07:00"),
        ("Thứ bảy, 21/11/2026 | 1234 views", "2026-11-21"),
    ],
)
def test_a_page_counter_after_the_date(line: str, iso: str) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert (found.iso, found.weekday_ok) == (iso, True)


def test_a_counter_alone_is_no_date() -> None:
    assert parse_header_date("Lượt xem: 1.234", VIETNAM) is None


def test_a_leading_tag_before_the_date() -> None:
    found = parse_header_date("PV - Thứ bảy, 08/08/2020 18:26", VIETNAM)
    assert found is not None
    assert found.iso == "2020-08-08T18:26+07:00"


# --- plans kept by shape -------------------------------------------------------------------------

SHAPE_LINES = [
    c["line"]
    for c in json.loads((ROOT / "fixtures/dates/shapes.json").read_text(encoding="utf-8"))["cases"]
]


@given(
    line=st.sampled_from(SHAPE_LINES),
    digits=st.lists(st.sampled_from("0123456789"), min_size=40, max_size=40),
)
def test_results_never_depend_on_the_shapes_seen(line: str, digits: list[str]) -> None:
    """Lines that differ only in their digits share a plan; what a line says does not depend on
    which line of its shape was read first (T8, 31/02, 25:61, GMT+15 included)."""
    it = iter(digits)
    variant = "".join(next(it, "7") if ch.isdigit() else ch for ch in line)
    forget_shapes()
    fresh = parse_header_date(variant, VIETNAM)
    forget_shapes()
    parse_header_date(line, VIETNAM)  # the shape is now known from another line
    assert parse_header_date(variant, VIETNAM) == fresh
    assert docnorm.read_date(variant) == fresh


@pytest.mark.parametrize(
    ("first", "second", "second_iso"),
    [
        ("T7, 08/08/2020", "T8, 08/08/2020", None),
        ("T8, 08/08/2020", "T7, 08/08/2020", "2020-08-08"),
        ("Thứ 2, 31/01/2020", "Thứ 2, 31/02/2020", None),
        ("08/08/2020 25:61", "08/08/2020 18:26", "2020-08-08T18:26+07:00"),
        ("08/08/2020 GMT+15", "08/08/2020 10:00 GMT+7", "2020-08-08T10:00+07:00"),
    ],
)
def test_a_bad_value_does_not_spoil_its_shape(first: str, second: str, second_iso: str) -> None:
    forget_shapes()
    parse_header_date(first, VIETNAM)
    found = parse_header_date(second, VIETNAM)
    assert (found.iso if found else None) == second_iso


def test_a_known_shape_still_normalises_a_messy_line() -> None:
    clean = "Thứ bảy, 08/08/2020"
    forget_shapes()
    assert docnorm.read_date(clean) is not None
    messy = unicodedata.normalize("NFD", "Thứ bảy, 09/08/2020")
    found = docnorm.read_date(messy)
    assert found is not None
    assert found.iso == "2020-08-09"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tháng 8/2020", "2020-08"),
        ("tháng 08 năm 2020", "2020-08"),
        ("Thg 12, 2024", "2024-12"),
    ],
)
def test_a_month_only(line: str, iso: str) -> None:
    found = parse_header_date(line, VIETNAM)
    assert found is not None
    assert found.iso == iso
    assert not found.has_day
    assert found.value == dt.date(int(iso[:4]), int(iso[5:]), 1)


@pytest.mark.parametrize(
    "line", ["Thứ bảy, tháng 8/2020", "tháng 8/2020 18:26", "Tháng 0/2020", "tháng 8/20"]
)
def test_not_a_month_only(line: str) -> None:
    assert parse_header_date(line, VIETNAM) is None


# --- the quick reject and the page loop give what the plain reading gives -------------------------


def _plain_header_date(line: str, tz: dt.tzinfo) -> HeaderDate | None:
    """``parse_header_date`` without its shortcuts: no shapes kept, no test before ``_CORE``."""
    if len(line) > dates.MAX_HEADER_LEN or dates._CORE.search(line) is None:
        return None
    plan = dates._plan(line)
    if plan is None:
        return None
    raw = line.encode("utf-8", "surrogatepass")
    return dates._read(dates._compile(plan, line), dates._digits(raw), tz)


def test_the_words_without_digits_lower_to_themselves() -> None:
    """What ``_may_be_date`` relies on: every character that ``_CORE`` (ignoring case) takes for
    a letter of "trước" or "hôm" is that letter under ``str.lower``; checked on all of Unicode."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("trướchôm"):
        found = set(re.findall(letter, every, re.IGNORECASE))
        assert {ch.lower() for ch in found} == {letter}
        assert letter.upper() in found


_RELATIVE_LINES = ["3 giờ trước", "5 phút trước", "Hôm qua lúc 18:26", "hôm nay", "HÔM KIA",
                   "Hôm Kia", "hôm\u212aia", "2 ngày trước | 08:15", "10 tiếng trước",
                   "Cập nhật: 1 tuần trước", "TRƯỚC", "hôm"]  # fmt: skip
_ODD_PIECES = ["trước", "TRƯỚC", "Trước", "hôm", "HÔM", "Hôm", "tr\u01afớc", "h\u00d4m", "\u212a",
               "\u0130", "\u017f", "ſ", "\ud800", "Σ", "07", "2020", "/", " ", "-", ":", "tháng ",
               "Thg ", "ngày ", "lúc ", "giờ ", "Thứ bảy, ", "GMT+7", "T7", "cn", "Hà Nội", "qua",
               "kia", "nay", "\u0301", "\u0303", "o\u0302", "u\u031b"]  # fmt: skip
_LINE_OR_NOT = st.one_of(
    st.sampled_from(SHAPE_LINES),
    st.sampled_from(_RELATIVE_LINES),
    strategies.header_dates().map(lambda pair: pair[1]),
    strategies.header_days().map(lambda pair: pair[1]),
    strategies.one_line_text(max_size=100),
    strategies.vietnamese_text(),
    st.lists(st.sampled_from(_ODD_PIECES) | st.text(max_size=3), min_size=1, max_size=8).map(
        "".join
    ),
)


@settings(max_examples=400)
@given(_LINE_OR_NOT)
def test_the_quick_reject_passes_every_line_core_matches(line: str) -> None:
    key = line.encode("utf-8", "surrogatepass").translate(dates._DIGITS)
    if dates._CORE.search(line) is not None:
        assert dates._may_be_date(line, key)


@settings(max_examples=300)
@given(st.lists(_LINE_OR_NOT, max_size=12), st.booleans())
def test_header_dates_is_parse_header_date_on_each_line(texts: list[str], fresh: bool) -> None:
    """The page loop and the one-line reading, with shapes new or already seen, give what the
    plain reading gives."""
    if fresh:
        forget_shapes()
    plain = [_plain_header_date(text, VIETNAM) for text in texts]
    expected = {i: found for i, found in enumerate(plain) if found is not None}
    assert dates.header_dates(texts, VIETNAM) == expected
    assert dates.header_dates(texts, VIETNAM) == expected  # every shape seen now
    if fresh:
        forget_shapes()
    assert [parse_header_date(text, VIETNAM) for text in texts] == plain
