"""Vietnamese word tables: tone marks, weekdays, date labels, day-part words.

Data only; the logic that uses them lives in ``tones`` and ``dates``.
"""

from __future__ import annotations

from typing import Final

#: Combining tone marks: grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng).
TONE_MARKS: Final = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

#: Weekday words after "thứ" (lower case) → Python weekday (Monday 0).
WEEKDAY_WORDS: Final = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "4": 2,
    "năm": 3,
    "5": 3,
    "sáu": 4,
    "6": 4,
    "bảy": 5,
    "bẩy": 5,
    "7": 5,
}
#: "Chủ nhật" and its abbreviation "CN" are Sunday.
SUNDAY: Final = 6

#: Labels in front of a header date (lower case) → the role they give it.
DATE_LABELS: Final = {
    "cập nhật lần cuối": "updated",
    "cập nhật lúc": "updated",
    "cập nhật ngày": "updated",
    "ngày cập nhật": "updated",
    "cập nhật": "updated",
    "updated": "updated",
    "update": "updated",
    "last updated": "updated",
    "đăng lúc": "published",
    "đăng ngày": "published",
    "ngày đăng": "published",
    "ngày đăng tải": "published",
    "ngày xuất bản": "published",
    "thời gian đăng": "published",
    "xuất bản": "published",
    "đăng tải": "published",
    "đăng": "published",
    "posted": "published",
    "published": "published",
}
#: Words that join the parts of a header date without meaning anything themselves.
DATE_GLUE_WORDS: Final = ("ngày", "lúc", "vào", "thời gian", "giờ", "at", "on")

#: Day parts that set the half of the day: "8:49 tối" is 20:49.
MORNING: Final = ("sa", "am", "a.m.", "a.m", "sáng")
AFTERNOON: Final = ("ch", "pm", "p.m.", "p.m", "chiều", "tối")
NOON: Final = ("trưa",)
NIGHT: Final = ("đêm",)

#: Words that open a lead with the day of the event: "Sáng nay (22/5)", "Chiều 17-3".
LEAD_DAY_PARTS: Final = ("sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng")
#: "nay"/"hôm nay" mean the publication day; "qua"/"hôm qua" the day before it.
LEAD_TODAY: Final = ("hôm nay", "nay", "ngày")
LEAD_YESTERDAY: Final = ("hôm qua", "qua")
#: A page's counters printed after its date ("| Lượt xem: 1.234", "1.234 lượt đọc").
VIEW_COUNTERS: Final = ("lượt xem", "lượt đọc", "lượt truy cập", "lượt thích", "views", "view")

#: Words that may open a lead before the hour or the day part of its event ("Khoảng 2 giờ sáng
#: nay (27/11)", "Vào chiều 21/11").
LEAD_HOUR_WORDS: Final = ("khoảng", "vào khoảng", "vào lúc", "vào", "lúc")
#: Words that open a lead before an hour only: "Từ 15h chiều nay (22/11)" is the event's day, but
#: "Từ ngày 1/12" is the day a rule takes effect, often after publication.
LEAD_FROM_HOUR_WORDS: Final = ("từ",)
#: Words after a day that put it ahead ("ngày 1/12 tới"): not the day of the event reported.
LEAD_AHEAD: Final = ("tới", "sắp tới", "tới đây")

#: Units of "N … trước" (N … ago) → the unit counted back.
RELATIVE_UNITS: Final = {
    "giây": "second",
    "phút": "minute",
    "giờ": "hour",
    "tiếng": "hour",
    "ngày": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
}
#: Named days → how many days before the day the page was seen.
RELATIVE_DAYS: Final = {"hôm nay": 0, "hôm qua": 1, "hôm kia": 2}
