"""Boilerplate phrases (lower case, NFC, old tone style), matched against whole lines.

Data only. A line matches when it is one of these phrases, optionally followed by a count
("Bình luận (0)") or a colon. Lines are compared in lower case after normalisation.
"""

from __future__ import annotations

from typing import Final

#: Comment-box furniture printed after an article; any of these ends the article.
COMMENT_WIDGET: Final = (
    "bình luận",
    "các bình luận",
    "bạn đọc bình luận",
    "bình luận của bạn",
    "bình luận facebook",
    "viết bình luận",
    "viết bình luận của bạn",
    "gửi bình luận",
    "gửi bình luận của bạn",
    "để lại bình luận",
    "đăng nhập để bình luận",
    "chưa có bình luận",
    "chưa có bình luận nào",
    "hiện chưa có bình luận",
    "hiện chưa có bình luận nào",
    "hiện tại chưa có bình luận",
    "hiện tại chưa có bình luận nào",
    "xem thêm bình luận",
    "xem thêm ý kiến",
    "tải thêm bình luận",
    "ý kiến bạn đọc",
    "ý kiến của bạn",
    "gửi ý kiến",
    "gửi ý kiến của bạn",
    "viết ý kiến",
    "chia sẻ ý kiến của bạn",
    "nhập mã xác nhận",
    "mã xác nhận",
    "họ và tên",
    "họ tên",
    "gửi ý kiến",
    "gửi ý kiến của bạn",
    "tối đa: 1500 ký tự",
    "tối đa 1500 ký tự",
    "bạn đọc gửi ý kiến",
    "ý kiến của bạn sẽ được biên tập trước khi đăng",
    "hãy là người đầu tiên bình luận",
    "bình luận của bạn sẽ được duyệt trước khi đăng",
    "bạn có suy nghĩ gì về vấn đề này?",
    "bạn nghĩ gì về vấn đề này?",
    "bạn nghĩ sao về vấn đề này?",
)

#: Words that are comment-box furniture only inside a comment box (after one of the above):
#: alone, "Ý kiến" or "Mới nhất" may be a sub-heading of the article.
COMMENT_WIDGET_WEAK: Final = (
    "ý kiến",
    "email",
    "gửi",
    "hủy",
    "mới nhất",
    "cũ nhất",
    "quan tâm nhất",
    "hay nhất",
)

#: The sorting tabs of a comment box, which some dumps print on one line ("Nổi bật Mới nhất").
COMMENT_TABS: Final = ("nổi bật", "mới nhất", "cũ nhất", "quan tâm nhất", "hay nhất", "tất cả")

#: Headers of related-article blocks.
RELATED_HEADER: Final = (
    "tin liên quan",
    "tin tức liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "tin cùng loại",
    "các tin khác",
    "các tin đã đưa",
    "tin khác",
    "tin đã đưa",
    "các bài viết khác",
    "bài viết khác",
    "xem nhiều",
    "xem nhiều nhất",
    "đọc nhiều",
    "đọc nhiều nhất",
    "dành cho bạn",
    "đọc thêm",
    "xem thêm",
    "tin mới",
    "tin mới nhất",
    "tin nổi bật",
    "có thể bạn quan tâm",
    "có thể bạn quan tâm",
    "tin tức khác",
    "tiêu điểm",
    "tin tiêu điểm",
    "tin nóng",
    "tin hot",
    "tin xem nhiều",
    "cùng chuyên mục",
    "tin cùng chủ đề",
    "bài cùng chủ đề",
    "tin mới cập nhật",
    "thông tin cho bạn",
    "bạn có thể quan tâm",
    "có thể bạn chưa đọc",
    "đừng bỏ lỡ",
    "tin đọc nhiều",
    "bài đọc nhiều",
    "tin bài liên quan",
    "tin bài khác",
    "bài viết của tác giả",
    "bài cùng tác giả",
    "tin cùng tác giả",
)

#: Whole lines that are site furniture: site names, banners, toolbars, login and search.
NAVIGATION: Final = (
    "trang chủ",
    "đăng nhập",
    "bạn cần đăng nhập để thực hiện chức năng này",
    # The voice and speed settings of an article's audio player.
    "giọng đọc",
    "giọng nữ",
    "giọng nam",
    "giọng nữ miền bắc",
    "giọng nữ miền nam",
    "giọng nữ miền trung",
    "giọng nam miền bắc",
    "giọng nam miền nam",
    "giọng nam miền trung",
    "tốc độ đọc",
    "tốc độ",
    "vui lòng đăng nhập để thực hiện chức năng này",
    "mời quý độc giả xem video",
    "mời độc giả xem video",
    "mời bạn đọc xem video",
    "mời quý vị xem video",
    "mời quý độc giả theo dõi video",
    "mời bạn đọc theo dõi video",
    "đăng ký",
    "đăng xuất",
    "tìm kiếm",
    "tìm kiếm...",
    "menu",
    "video",
    "podcast",
    "emagazine",
    "infographics",
    "mới nhất",
    "tin mới nhất",
    "tin nóng",
    "theo dõi",
    "theo dõi chúng tôi",
    "theo dõi trên google news",
    "link bài gốc",
    "lấy link",
    "tải ứng dụng",
    "english",
    "báo điện tử chính phủ",
    "cổng thông tin điện tử chính phủ",
    "tuổi trẻ online",
    "tuoi tre online",
    "tuoitre.vn",
    "vnexpress",
    "vnexpress.net",
    "báo thanh niên",
    "thanhnien.vn",
    "báo dân trí",
    "dân trí",
    "dantri.com.vn",
    "báo nhân dân",
    "nhân dân điện tử",
    "vietnamplus",
    "báo pháp luật tp.hcm",
    "pháp luật online",
    "báo người lao động",
    "người lao động online",
    "znews",
    "zing news",
    "vtv.vn",
    "vtv news",
    "tạp chí cộng sản",
    "báo điện tử đảng cộng sản việt nam",
)

#: Whole lines of share and print buttons.
SHARE: Final = (
    "chia sẻ",
    "chia sẻ bài viết",
    "chia sẻ bài viết lên facebook",
    "chia sẻ facebook",
    "facebook",
    "twitter",
    "zalo",
    "linkedin",
    "email",
    "in bài viết",
    "in bài",
    "in",
    "gửi bài viết",
    "gửi bài",
    "gửi email",
    "lưu bài",
    "lưu bài viết",
    "lưu",
    "copy link",
    "sao chép liên kết",
    "thích",
    "like",
    "share",
    "tweet",
    "bookmark",
    "nghe bài viết",
    "nghe",
    "nghe đọc bài viết",
    "nghe đọc bài báo",
    "lắng nghe bài viết",
    "cỡ chữ",
    "a a",
    "a- a+",
)

#: How a site's masthead or slogan opens ("Báo điện tử tin nhanh Việt Nam và thế giới"): above
#: the headline, such a line is navigation, never the section (lower case).
MASTHEAD_OPENINGS: Final = (
    "báo điện tử",
    "cổng thông tin",
    "trang thông tin",
    "tạp chí điện tử",
    "cơ quan ngôn luận",
    "cơ quan của",
)

#: Prefixes of tag lines ("Từ khóa: bầu cử, Quốc hội").
TAG_PREFIXES: Final = ("từ khóa", "từ khoá", "tags", "tag", "chủ đề", "thẻ", "keywords")
#: Tag prefixes that are a label on a line of their own even without a colon ("Tags", "Từ khóa");
#: "Chủ đề" and "Thẻ" alone may be words of the article, so they need one ("Chủ đề:").
TAG_LABELS: Final = ("từ khóa", "từ khoá", "tags", "tag", "keywords")

#: Prefixes of footer lines.
FOOTER_PREFIXES: Final = (
    "©",
    "(c)",
    "copyright",
    "bản quyền",
    "giấy phép",
    "tổng biên tập",
    "phó tổng biên tập",
    "chịu trách nhiệm xuất bản",
    "chịu trách nhiệm nội dung",
    "cơ quan chủ quản",
    "cơ quan của",
    "địa chỉ",
    "điện thoại",
    "đường dây nóng",
    "hotline",
    "fax",
    "email",
    "e-mail",
    "liên hệ quảng cáo",
    "quét mã qr",
    "tòa soạn",
    "toà soạn",
    "ghi rõ nguồn",
    "không được sao chép",
    "cấm sao chép",
    "bạn đang đọc bài viết",
    "bạn đang xem bài viết",
)

#: Subscription, login and payment notices.
PAYWALL: Final = (
    "đăng nhập để đọc tiếp",
    "đăng nhập để tiếp tục đọc",
    "bạn cần đăng nhập",
    "vui lòng đăng nhập",
    "đăng ký để đọc toàn bộ bài viết",
    "đăng ký để đọc tiếp",
    "nội dung dành cho thành viên",
    "bài viết dành cho thành viên",
    "bài viết dành cho tài khoản vip",
    "mua gói",
    "mua gói ngay",
    "thanh toán",
    "nâng cấp tài khoản",
    "đọc tiếp",
    "xem tiếp",
)

#: Advertisement markers.
AD: Final = (
    "quảng cáo",
    "advertisement",
    "tài trợ",
    "bài viết tài trợ",
    "nội dung tài trợ",
    "sponsored",
    "pr",
)

#: Words that open a credit of another outlet ("Theo TTXVN", "Nguồn: VnExpress").
#: Where a page asks readers to follow it ("Theo dõi Báo Hà Giang trên Google News"; lower case).
FOLLOW_PLATFORMS: Final = (
    "google news",
    "zalo",
    "facebook",
    "fanpage",
    "youtube",
    "tiktok",
    "twitter",
    "instagram",
    "telegram",
)

CREDIT_WORDS: Final = ("theo", "nguồn")
#: What "Nguồn: …" names that is not an outlet: a report, a price list (lower case).
NOT_OUTLETS: Final = ("báo cáo", "báo giá", "bảng giá", "số liệu")

#: Credit words in front of byline names ("Bài và ảnh: Minh Hà").
BYLINE_CREDITS: Final = (
    "bài và ảnh",
    "bài, ảnh",
    "bài ảnh",
    "tin và ảnh",
    "tin, ảnh",
    "tin ảnh",
    "bài",
    "tin",
    "ảnh",
    "video",
    "thực hiện",
    "nhóm phóng viên",
    "phóng viên",
    "pv",
    "ghi",
    "ghi chép",
    "nhóm pv",
    "tác giả",
    "người viết",
)

#: Reader-comment furniture that is not a comment ("Trả lời", "Thích").
COMMENT_ACTIONS: Final = ("trả lời", "thích", "báo vi phạm", "xem thêm", "thu gọn")
