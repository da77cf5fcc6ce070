"""Vietnamese words and phrases for generating realistic test articles (data only)."""

from __future__ import annotations

from typing import Final

#: Common syllables of news prose, lower case, old tone style.
SYLLABLES: Final = (  # noqa: SIM905 (a word list reads best as running text)
    "công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ tỉnh thành phố huyện xã phường "
    "ban thường vụ chấp hành chính trị kinh tế xã hội phát triển nhân dân cán bộ đảng viên "
    "hội nghị triển khai kế hoạch thực hiện chỉ đạo lãnh đạo đồng chí tổ chức báo cáo "
    "văn kiện nhân sự tuyên truyền an ninh quốc phòng nông thôn mới sản xuất hàng hóa "
    "dịch vụ thương mại đầu tư hạ tầng giao thông giáo dục y tế môi trường tài nguyên "
    "người dân doanh nghiệp chính quyền địa phương kết quả mục tiêu nhiệm vụ giải pháp "
    "trọng tâm năm nay tháng đầu cuối tiếp tục tăng cường nâng cao chất lượng hiệu quả "
    "hòa bình khỏe mạnh thủy lợi ủy viên quý báu hoàn thành thuyền viên khuya sớm"
).split()

#: Given names and family names for bylines.
FAMILY_NAMES: Final = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đinh")
GIVEN_NAMES: Final = ("Anh", "Dũng", "Thảo", "Thái", "Đông", "Minh", "Hà", "Lan", "Hùng", "Tú")

#: Photo-caption openings.
CAPTION_OPENINGS: Final = ("Quang cảnh", "Toàn cảnh", "Đại biểu", "Lãnh đạo", "Các đại biểu")

#: Comment-widget lines as sites print them.
WIDGET_LINES: Final = (
    "Bình luận",
    "Viết bình luận",
    "Gửi bình luận của bạn",
    "Hiện tại chưa có bình luận",
    "Bình luận (0)",
    "Ý kiến bạn đọc",
)
