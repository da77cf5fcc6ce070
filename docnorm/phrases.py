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
    "tải thêm bình luận",
    "ý kiến bạn đọc",
    "ý kiến của bạn",
    "gửi ý kiến",
    "gửi ý kiến của bạn",
    "viết ý kiến",
    "chia sẻ ý kiến của bạn",
    "nhập mã xác nhận",
)

#: Words that are comment-box furniture only inside a comment box (after one of the above):
#: alone, "Ý kiến" or "Mới nhất" may be a sub-heading of the article.
COMMENT_WIDGET_WEAK: Final = (
    "ý kiến",
    "mã xác nhận",
    "họ và tên",
    "họ tên",
    "email",
    "gửi",
    "hủy",
    "mới nhất",
    "cũ nhất",
    "quan tâm nhất",
    "hay nhất",
)

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
)
