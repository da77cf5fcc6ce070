"""Boilerplate around an article never changes the article (issue: structure on real sites).

Appending any mix of comment boxes, related links, share, tag and footer lines after a dump, or
navigation lines before it, leaves the title, dates, lead, body, captions and authors as they
were, and every added line lands in ``removed``, ``related`` or ``comments``.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import docnorm
from docnorm.strategies import Dump, dumps

from ..ledger import assert_lossless

WIDGETS = ["Bình luận (0)", "Viết bình luận", "Ý kiến bạn đọc", "Gửi ý kiến", "Họ và tên", "Email",
           "Hiện chưa có bình luận nào", "Tối đa: 1500 ký tự", "Nhập mã xác nhận"]  # fmt: skip
RELATED = [
    "Tin liên quan\nGiá xăng tăng lên mức cao nhất 8 năm\nGiá dầu thế giới biến động mạnh trong tuần qua...",
    "Tin cùng chuyên mục\nHà Nội khởi công cầu Tứ Liên\nĐồng Nai đẩy nhanh tiến độ sân bay Long Thành",
    "Đọc thêm\nNhiều địa phương đón khách quốc tế trở lại",
]
SHARE = ["Chia sẻ", "Facebook", "Zalo", "In bài viết", "Gửi bài viết", "Lưu bài", "Copy link"]
TAGS = ["Từ khóa: bầu cử, Quốc hội", "Tags: giá xăng, thị trường", "Chủ đề: Đại hội Đảng"]
FOOTER = [
    "© Bản quyền thuộc Báo Tuổi Trẻ",
    "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
    "Tổng Biên tập: Nguyễn Văn A",
    "Địa chỉ: 60A Hoàng Văn Thụ, Phường 9, Quận Phú Nhuận, TP.HCM",
    "Điện thoại: (028) 3997 3838",
    "Email: toasoan@baomoi.vn",
    "Quét mã QR để tải ứng dụng",
]
NAVIGATION = [
    "Trang chủ > Thời sự > Chính trị",
    "Thời sự | Thế giới | Kinh doanh | Giải trí",
    "Đăng nhập",
    "Tìm kiếm",
    "Báo Điện tử Chính phủ",
    "TUOITRE.VN",
    "Hà Nội 28°C",
]
KEPT = ("title", "published", "page_date", "lead", "body", "captions", "authors", "source")

tail_blocks = st.lists(
    st.one_of(
        st.lists(st.sampled_from(WIDGETS), min_size=1, max_size=4).map("\n".join),
        st.sampled_from(RELATED),
        st.lists(st.sampled_from(SHARE), min_size=1, max_size=3, unique=True).map("\n".join),
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(FOOTER), min_size=1, max_size=4, unique=True).map("\n".join),
    ),
    min_size=1,
    max_size=4,
)


@given(dumps(), tail_blocks, st.booleans())
def test_appended_boilerplate_changes_nothing(dump: Dump, blocks: list[str], blank: bool) -> None:
    base = docnorm.parse(dump.text)
    sep = "\n\n" if blank else "\n"
    own = dump.text.rstrip("\r\n")
    text = own + "\n\n" + sep.join(blocks)
    grown = assert_lossless(text)
    for field in KEPT:
        assert getattr(grown, field) == getattr(base, field), field
    # The dump's own lines (any line breaks: LF, CRLF, CR), a blank line, then the blocks.
    first_added = len(docnorm.normalise(own).split("\n")) + 2
    for report in docnorm.explain(text).lines:
        if report.line >= first_added and report.role != "blank":
            assert report.role in (
                "comment_widget", "navigation", "share", "tags", "footer", "paywall", "ad",
                "related_title", "related_teaser", "comment",
            ), report  # fmt: skip


@given(dumps(), st.lists(st.sampled_from(NAVIGATION), min_size=1, max_size=4, unique=True))
def test_prepended_navigation_changes_nothing(dump: Dump, navigation: list[str]) -> None:
    base = docnorm.parse(dump.text)
    text = "\n".join(navigation) + "\n" + dump.text
    grown = assert_lossless(text)
    for field in KEPT:
        assert getattr(grown, field) == getattr(base, field), field
    for report in docnorm.explain(text).lines[: len(navigation)]:
        assert report.role == "navigation", report
