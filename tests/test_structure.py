"""Line shapes, line roles and the record checks, on small real-shaped dumps."""

from __future__ import annotations

import re

import pytest

import docnorm
from docnorm.furniture import RELATED_LABEL_STARTS
from docnorm.phrases import RELATED_HEADER
from docnorm.shapes import (
    agency_code,
    ends_with_ellipsis,
    is_caption_shape,
    is_comment_widget,
    is_headline,
    is_name,
    is_prose,
    is_related_header,
)

from .conftest import ROOT

LEAD = (
    "Đoàn công tác của Tỉnh ủy đã kiểm tra công tác chuẩn bị đại hội đảng các cấp tại thành phố. "
    "Đồng chí Bí thư Tỉnh ủy làm Trưởng đoàn."
)
BODY = (
    "Theo báo cáo của Thành ủy, đến thời điểm hiện tại, đảng bộ thành phố có 42/72 chi, đảng bộ "
    "trực thuộc tổ chức xong đại hội nhiệm kỳ 2020 – 2025."
)


def roles(text: str, **options: object) -> list[tuple[int, str, str]]:
    explanation = docnorm.explain(text, docnorm.Options(**options))  # type: ignore[arg-type]
    return [(r.line, r.role, r.rule) for r in explanation.lines if r.role != "blank"]


def codes(article: docnorm.Article) -> list[str]:
    return [w.code for w in article.warnings]


# --- shapes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "name"),
    [
        ("LSO-Sáng nay (22/5), Đoàn công tác", "LSO", "Báo Lạng Sơn"),
        ("ĐTO - Sáng ngày 25/7, Ban Tổ chức", "ĐTO", "Báo Đồng Tháp"),
        ("TTO - Chiều 17-3, Công an", "TTO", "Tuổi Trẻ Online"),
        ("(PLO)- Sáng 5-1, TAND", "PLO", "Pháp Luật TP.HCM Online"),
        ("XYZO – Sáng nay, hội nghị", "XYZO", None),
        ("GD&TĐ - Sáng 5-1, Bộ Giáo dục", "GD&TĐ", "Báo Giáo dục và Thời đại"),
        ("VOV.VN - Sáng nay, Quốc hội", "VOV.VN", "Đài Tiếng nói Việt Nam"),
        # A word in title case is a code only when it names a known outlet.
        ("Kinhtedothi - Sáng nay, UBND thành phố", "Kinhtedothi", "Báo Kinh tế & Đô thị"),
        ("Infonet – Chiều 12/3, Bộ Y tế", "Infonet", "Báo điện tử Infonet"),
    ],
)
def test_agency_codes(line: str, code: str, name: str | None) -> None:
    found = agency_code(line)
    assert found is not None
    assert found[:2] == (code, name)


@pytest.mark.parametrize(
    "line",
    [
        "COVID-19 lan rộng ở châu Âu",
        "Hà Nội - Thủ đô",
        "A - b",
        "Sáng nay, đoàn công tác",
        "Facebook - mạng xã hội lớn nhất thế giới",
        "Kinhtedothi-Sáng nay",  # a title-case name needs spaces round its dash
    ],
)
def test_not_agency_codes(line: str) -> None:
    assert agency_code(line) is None


@pytest.mark.parametrize(
    "line", ["ANH DŨNG", "P.L", "T.H", "Đinh Đông", "Hoàng Thái", "Lê Thảo", "Minh Hà - Thu Trang"]
)
def test_names(line: str) -> None:
    assert is_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "Toàn cảnh hội nghị",
        "Quang cảnh hội nghị",
        "Hà Nội.",
        "Kinh tế châu Âu suy giảm kỷ lục do COVID-19",
        "Bình luận",
        "Năm 2020",
        "Reuters International Newsroom",
    ],
)
def test_not_names(line: str) -> None:
    assert not is_name(line)


def test_prose_headline_caption_shapes() -> None:
    assert is_prose(LEAD)
    assert is_prose(BODY)
    assert not is_prose("Tích cực chuẩn bị Đại hội Đảng bộ các cấp")
    assert is_headline("Tích cực chuẩn bị Đại hội Đảng bộ các cấp")
    assert is_headline("Giải pháp nào để đất “nhả vàng”?")
    assert not is_headline(LEAD)
    assert is_caption_shape("Đồng chí Phan Văn Thắng phát biểu kết luận hội nghị")
    assert not is_caption_shape("Ông nói.")
    assert not is_caption_shape("Hội nghị kết thúc lúc 17 giờ cùng ngày.")
    assert ends_with_ellipsis("theo các...")
    assert ends_with_ellipsis("tổ chức Đảng…")
    assert not ends_with_ellipsis("kết thúc.")


@pytest.mark.parametrize(
    "line",
    ["Bình luận", "Bình luận (0)", "Viết bình luận", "Gửi bình luận của bạn", "Ý kiến bạn đọc"],
)
def test_comment_widgets(line: str) -> None:
    assert is_comment_widget(line)
    assert is_comment_widget(line.upper())


def test_widget_phrases_match_whole_lines_only() -> None:
    assert not is_comment_widget("Bình luận về dự thảo luật, đại biểu cho rằng cần bổ sung.")
    assert is_related_header("Tin liên quan")
    assert not is_related_header("Tin liên quan đến vụ việc đã được xác minh")


# --- roles ----------------------------------------------------------------------------------------


def test_header_roles() -> None:
    text = f"Thứ bảy, 08/08/2020, 18:26 [GMT+7]\nThời sự\n\nTiêu đề bài viết ở đây\n\n29/11/2019 16:14\n{LEAD}"
    assert roles(text) == [
        (1, "page_date", "date.above_title"),
        (2, "section", "section.line_above_title"),
        (4, "title", "title.headline_above_lead"),
        (6, "date", "date.below_title"),
        (7, "lead", "lead.first_prose"),
    ]


def test_lines_above_the_section_are_navigation() -> None:
    text = f"Trang chủ\nChính trị\nTiêu đề bài viết ở đây\n{LEAD}"
    assert [r[1] for r in roles(text)] == ["navigation", "section", "title", "lead"]


def test_byline_under_title() -> None:
    text = f"Tiêu đề bài viết ở đây\nMinh Hà\n{LEAD}"
    assert [r[1] for r in roles(text)] == ["title", "byline", "lead"]
    assert docnorm.parse(text).authors == ("Minh Hà",)


@pytest.mark.parametrize("byline", ["Tác giả: Lê Minh", "Bài: Lê Minh", "Phóng viên: Lê Minh"])
def test_a_labelled_byline_is_never_the_headline(byline: str) -> None:
    title = "Bác sĩ cảnh báo dịch sốt xuất huyết gia tăng tại các tỉnh phía Nam"
    text = f"Sức khỏe\n\n{title}\n\nNgày đăng: 20/11/2026 | 14:22\n\n{byline}\n\n{LEAD}"
    assert roles(text)[:4] == [
        (1, "section", "section.line_above_title"),
        (3, "title", "title.headline_above_lead"),
        (5, "date", "date.label_published"),
        (7, "byline", "byline.labelled"),
    ]
    article = docnorm.parse(text)
    assert (article.title, article.authors) == (title, ("Lê Minh",))
    assert [(r.kind, r.text) for r in article.removed] == [
        ("credit", byline.removesuffix(" Lê Minh"))
    ]


@pytest.mark.parametrize(
    ("line", "rule", "cuts"),
    [
        ("Minh Anh/VOV.VN", "byline.with_outlet", ["/VOV.VN"]),
        ("Thu Hà/TTXVN", "byline.with_outlet", ["/TTXVN"]),
        ("Hoàng Anh / Báo Tin tức", "byline.with_outlet", ["/ Báo Tin tức"]),
        ("Minh Anh/VOV.VN (Theo Kyodo)", "byline.with_credit", ["/VOV.VN", "(Theo Kyodo)"]),
    ],
)
def test_a_byline_with_its_outlet_after_a_slash(line: str, rule: str, cuts: list[str]) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{line}"
    assert roles(text)[-1] == (7, "byline", rule)
    article = docnorm.parse(text)
    assert article.authors == (line.partition("/")[0].strip(),)
    assert [r.text for r in article.removed if r.kind == "credit"] == cuts
    assert article.source is not None


def test_a_lead_opening_with_a_known_site_name_in_title_case() -> None:
    text = f"Tiêu đề bài viết ở đây\n\nKinhtedothi - {LEAD}\n\n{BODY}\n\nMinh Anh"
    article = docnorm.parse(text)
    assert article.source is not None
    assert (article.source.code, article.source.name) == ("Kinhtedothi", "Báo Kinh tế & Đô thị")
    assert article.lead == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Nguồn: Báo cáo tài chính quý III/2026",
        "Nguồn: Nghị quyết 18/NQ-TW",
        "Nguồn: Bảng giá đất năm 2025",
    ],
)
def test_a_source_line_naming_a_document_is_no_outlet(line: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{line}"
    article = docnorm.parse(text)
    assert article.source is None
    assert roles(text)[-1][1] != "credit"


@pytest.mark.parametrize(
    ("line", "code"),
    [("Nguồn: VnExpress", "VnExpress"), ("Theo VOV.VN", "VOV.VN"), ("Theo Kenh14.vn", "Kenh14.vn")],
)
def test_a_source_line_naming_an_outlet_gives_the_source(line: str, code: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{line}"
    article = docnorm.parse(text)
    assert article.source is not None
    assert article.source.code == code
    assert roles(text)[-1] == (7, "credit", "credit.other_outlet")


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi Báo Hà Giang trên Google News",
        "Mời bạn theo dõi VnExpress trên Zalo",
        "Hãy theo dõi chúng tôi trên kênh YouTube!",
    ],
)
def test_a_call_to_follow_the_page_is_navigation(line: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{line}\n\nMinh Anh"
    assert (7, "navigation") in [(n, role) for n, role, _ in roles(text)]
    article = docnorm.parse(text)
    assert line not in article.body + article.captions


def test_following_a_story_on_a_platform_is_still_text() -> None:
    line = "Theo dõi tình hình trên Facebook, ông cho biết người dân cần cảnh giác với tin giả."
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{line}\n\n{BODY}"
    assert line in docnorm.parse(text).body


def test_a_prompt_for_comments_ends_the_article_before_the_byline_and_credit() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nVũ Hoàng\n\nTheo Kyodo\n\n"
        "Bạn có suy nghĩ gì về vấn đề này?\n\nGửi bình luận\n\nBạn có thể quan tâm\n\n"
        "Mỹ và Nhật Bản tập trận chung quy mô lớn\n\nThông tin cho bạn"
    )
    found = roles(text)
    assert [role for _, role, _ in found[3:]] == [
        "byline",
        "credit",
        "comment_widget",
        "comment_widget",
        "navigation",
        "related_title",
        "navigation",
    ]
    article = docnorm.parse(text)
    assert article.authors == ("Vũ Hoàng",)
    assert article.source is not None
    assert article.source.code == "Kyodo"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Bạn cần đăng nhập để thực hiện chức năng này!", "navigation"),
        ('Bạn đang đọc bài viết "Giá xăng giảm" tại chuyên mục Thời sự.', "footer"),
        ("Mời quý độc giả xem video:", "navigation"),
    ],
)
def test_site_notices_after_the_article(line: str, kind: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nBình luận\n\n{line}"
    assert roles(text)[-1][1] == kind
    assert [r.text for r in docnorm.parse(text).removed if r.kind == kind] == [line]


def test_tags_listed_under_a_label_one_a_line() -> None:
    tags = "Tags:\ngiá xăng dầu\nxăng RON95\nđiều hành giá"
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\n{tags}\n\nÝ kiến của bạn"
    found = roles(text)
    assert [(role, rule) for _, role, rule in found[4:8]] == [
        ("tags", "tags.phrase_after_article"),
        ("tags", "tags.list_after_label"),
        ("tags", "tags.list_after_label"),
        ("tags", "tags.list_after_label"),
    ]
    article = docnorm.parse(text)
    assert article.body == (BODY,)
    assert [r.text for r in article.removed if r.kind == "tags"] == [tags]  # (one run of lines)


def test_a_tag_list_ends_at_a_blank_line_or_a_sentence() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nTừ khóa\nbầu cử\n"
        "Đây là một câu văn đầy đủ.\n\nquốc hội"
    )
    found = roles(text)
    assert [role == "tags" for _, role, _ in found[4:]] == [True, True, False, False]


def test_tags_one_a_paragraph_under_a_label() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nTừ khóa:\n\nLuật Đất đai"
        "\n\nQuốc hội\n\nBình luận (0)"
    )
    found = roles(text)
    assert [rule for _, _, rule in found[4:]] == [
        "tags.phrase_after_article",
        "tags.list_after_label",
        "tags.list_after_label",
        "widget.phrase",
    ]
    # A headline after a blank line is too long to be a tag.
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nTags:\n\nQuốc hội\n\n{'Giá vàng ' * 5}"
    assert [role for _, role, _ in roles(text)[3:]] == ["tags", "tags", "related_title"]


@pytest.mark.parametrize("where", ["under the headline", "at the end"])
def test_a_byline_with_the_authors_address(where: str) -> None:
    byline = "Minh Anh (minhanh@nld.com.vn)"
    if where == "at the end":
        text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{byline}"
        number = 7
    else:
        text = f"Tiêu đề bài viết ở đây\n\n{byline}\n\n{LEAD}\n\n{BODY}"
        number = 3
    assert (number, "byline", "byline.with_email") in roles(text)
    article = docnorm.parse(text)
    assert article.authors == ("Minh Anh",)
    assert [(r.kind, r.text) for r in article.removed] == [("credit", "(minhanh@nld.com.vn)")]


@pytest.mark.parametrize(
    "line", ["Thứ bảy, 21/11/2026 09:15 | Tác giả: Minh Anh", "21/11/2026 09:15 - Minh Anh"]
)
def test_a_date_followed_by_its_byline(line: str) -> None:
    text = f"Giá lúa gạo tăng mạnh cuối năm\n\n{line}\n\n{LEAD}\n\n{BODY}"
    assert roles(text)[:2] == [
        (1, "title", "title.headline_above_lead"),
        (3, "byline", "byline.glued_to_date"),
    ]
    article = docnorm.parse(text)
    assert article.authors == ("Minh Anh",)
    assert article.published == "2026-11-21T09:15+07:00"


def test_an_address_without_a_name_is_still_a_footer() -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nLiên hệ: toasoan@nld.com.vn"
    assert roles(text)[-1][1] == "footer"


def test_a_byline_after_a_box_of_related_links() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nẢnh 1/5\n\nXem thêm >>\n\n"
        "Giá vàng hôm qua 21/11: Vàng nhẫn giảm nhẹ\n\nMinh Anh"
    )
    assert [(role, rule) for _, role, rule in roles(text)[3:]] == [
        ("navigation", "navigation.phrase_end_of_article"),
        ("navigation", "related.block_header"),
        ("related_title", "related.title_after_article"),
        ("byline", "byline.after_related"),
    ]
    assert docnorm.parse(text).authors == ("Minh Anh",)


def test_an_author_named_twice_is_one_author() -> None:
    text = f"Tiêu đề bài viết ở đây\n\nMinh Anh\n\n{LEAD}\n\n{BODY}\n\nMinh Anh"
    assert roles(text)[1:] == [
        (3, "byline", "byline.under_title"),
        (5, "lead", "lead.first_prose"),
        (7, "body", "body.paragraph"),
        (9, "duplicate_teaser", "byline.repeated"),
    ]
    article = docnorm.parse(text)
    assert article.authors == ("Minh Anh",)
    assert [(r.kind, r.text) for r in article.removed] == [("duplicate_teaser", "Minh Anh")]
    # A byline that adds a name is kept whole.
    text = f"Tiêu đề bài viết ở đây\n\nMinh Anh\n\n{LEAD}\n\n{BODY}\n\nMinh Anh - Thu Hà"
    assert docnorm.parse(text).authors == ("Minh Anh", "Minh Anh", "Thu Hà")


def test_an_audio_player_between_the_headline_and_the_lead() -> None:
    player = "Nghe bài viết\n0:00 / 3:25\nTốc độ đọc 1x\nGiọng nữ miền Bắc\n\nA A A"
    text = f"Thời sự\n\nHà Nội công bố 12 dự án giao thông trọng điểm\n\n{player}\n\n{LEAD}"
    found = roles(text)
    assert found[1] == (3, "title", "title.headline_above_lead")
    assert {role for _, role, _ in found[2:-1]} <= {"navigation", "share"}


def test_bullets_in_front_of_related_links_are_removed() -> None:
    links = "• Cảnh báo thủ đoạn giả danh ngân hàng\n- Người dân cần làm gì khi bị lừa?"
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nBài viết của tác giả\n\n{links}"
    article = docnorm.parse(text)
    assert [r.title for r in article.related] == [
        "Cảnh báo thủ đoạn giả danh ngân hàng",
        "Người dân cần làm gì khi bị lừa?",
    ]
    assert [r.text for r in article.removed] == ["Bài viết của tác giả", "•", "-"]


@pytest.mark.parametrize(
    ("above", "section"),
    [
        ("Báo điện tử tin nhanh Việt Nam và thế giới", None),
        ("Cổng thông tin điện tử tỉnh Lạng Sơn", None),
        ("Thời sự", "Thời sự"),
    ],
)
def test_a_masthead_above_the_headline_is_no_section(above: str, section: str | None) -> None:
    text = f"{above}\n\nThứ hai, 23/11/2026\n\nXe khách lao xuống vực trên đèo Bảo Lộc\n\n{LEAD}"
    assert docnorm.parse(text).section == section


def test_the_sorting_tabs_of_a_comment_box_on_one_line() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nÝ kiến (12)\n\nNổi bật Mới nhất\n\n"
        "Xem thêm ý kiến"
    )
    assert [rule for _, _, rule in roles(text)[3:]] == [
        "widget.phrase",
        "widget.tabs",
        "widget.phrase",
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Tàu khu trục của Lực lượng Phòng vệ Biển Nhật Bản. Ảnh: Reuters.",
        "Thí sinh dự thi tốt nghiệp THPT năm 2026 tại điểm thi Hà Nội. (Ảnh: Xuân Tùng)",
        "Một góc phố cổ Hà Nội vào buổi sáng cuối tuần, khi người dân đi tập thể dục. Ảnh minh họa",
    ],
)
def test_a_caption_with_a_photo_credit_and_a_full_stop(caption: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{caption}\n\n{BODY}"
    assert roles(text)[2][:2] == (5, "caption")  # (photo_credit, or short_line without a stop)
    assert docnorm.parse(text).captions == (caption,)
    # Right under the headline it is still no lead.
    article = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{caption}\n\n{LEAD}\n\n{BODY}")
    assert (article.lead, article.captions) == (LEAD, (caption,))


def test_furniture_after_the_byline_does_not_hide_it() -> None:
    # Found by test_appended_boilerplate_changes_nothing: nine share lines after the credit used
    # up the lines the closing rules looked at, and the credit became a caption.
    shares = "\n\n".join(["Chia sẻ\nFacebook"] * 4 + ["Zalo"])
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nĐinh Đông\n\nTheo AFP\n\n{shares}"
    article = docnorm.parse(text)
    assert (article.authors, article.captions, article.body) == (("Đinh Đông",), (), (BODY,))
    assert article.source is not None
    assert article.source.code == "AFP"


def test_a_breadcrumb_at_the_end_of_the_article_stays_navigation() -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nĐinh Đông\n\nThời sự / Chính trị"
    assert roles(text)[-2:] == [
        (7, "byline", "byline.name_after_body"),
        (9, "navigation", "navigation.phrase_end_of_article"),
    ]


def test_no_title() -> None:
    article = docnorm.parse(f"Thứ bảy, 05/12/2020\n\n{LEAD}\n\n{BODY}")
    assert article.title is None
    assert "no_title" in codes(article)
    with pytest.raises(docnorm.NoTitleError):
        docnorm.parse(f"{LEAD}\n\n{BODY}", docnorm.Options(require_title=True))


def test_caption_joined_only_when_it_runs_on() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\nĐồng chí Lâm Thị Phương Thanh, Ủy viên Trung ương,\n"
        f"Bí thư Tỉnh ủy phát biểu\n\n{BODY}\n\nQuang cảnh hội nghị\nĐại biểu tham quan mô hình\n\n{BODY}"
    )
    assert docnorm.parse(text).captions == (
        "Đồng chí Lâm Thị Phương Thanh, Ủy viên Trung ương, Bí thư Tỉnh ủy phát biểu",
        "Quang cảnh hội nghị",
        "Đại biểu tham quan mô hình",
    )


def test_duplicate_teaser_above_or_below() -> None:
    teaser = LEAD[:90] + "..."
    above = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{teaser}\n\n{LEAD}\n\n{BODY}")
    below = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{teaser}")
    for article in (above, below):
        assert article.lead == LEAD
        assert article.body == (BODY,)
        assert [r.kind for r in article.removed] == ["duplicate_teaser"]


@pytest.mark.parametrize("code", ["(HNM) - ", "LSO-", "VTV.vn - "])
def test_a_teaser_without_the_leads_agency_code_is_a_duplicate(code: str) -> None:
    teaser = LEAD[:70] + "..."
    text = f"Tiêu đề bài viết ở đây\n\n{code}{LEAD}\n\n{BODY}\n\nĐinh Đông\n\n{teaser}"
    assert roles(text)[-1] == (9, "duplicate_teaser", "teaser.repeats_article")
    assert docnorm.parse(text).body == (BODY,)


def test_paragraph_ending_in_ellipsis_is_not_a_teaser() -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY[:-1]}..."
    article = docnorm.parse(text)
    assert article.body == (BODY[:-1] + "...",)
    assert article.removed == ()


def test_related_block_and_widgets() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nĐinh Đông\n\nBình luận (0)\nViết bình luận\n\n"
        "Tin liên quan\nBản Huổi Hằm vẫn nghèo\nBản Huổi Hằm (xã Mường Cang) có 44 hộ sinh sống...\n"
        "Người đảng viên gương mẫu"
    )
    article = docnorm.parse(text)
    assert article.authors == ("Đinh Đông",)
    assert [(r.title, r.teaser) for r in article.related] == [
        ("Bản Huổi Hằm vẫn nghèo", "Bản Huổi Hằm (xã Mường Cang) có 44 hộ sinh sống..."),
        ("Người đảng viên gương mẫu", None),
    ]
    assert [(r.kind, r.line, r.end_line) for r in article.removed] == [
        ("comment_widget", 9, 10),
        ("navigation", 12, 12),
    ]
    assert article.removed[0].text == "Bình luận (0)\nViết bình luận"


def test_trailing_links_without_a_header_are_related() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nKinh tế châu Âu suy giảm kỷ lục\n"
        "Các nền kinh tế thuộc Liên minh châu Âu đang rơi vào suy thoái theo...\n"
        "Bản Huổi Hằm vẫn nghèo\nBản Huổi Hằm có 44 hộ, 219 nhân khẩu, 97% hộ người Mông..."
    )
    article = docnorm.parse(text)
    assert article.body == (BODY,)
    assert len(article.related) == 2


@pytest.mark.parametrize("header", ["Tiêu điểm", "TIN NÓNG", "Tin cùng chủ đề", "Cùng chuyên mục"])
def test_more_related_block_headers(header: str) -> None:
    link = "Giá xăng dầu hôm nay 24/11: Giá dầu thế giới tiếp tục tăng"
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n{header}\n\n{link}"
    assert roles(text)[-2:] == [
        (7, "navigation", "related.block_header"),
        (9, "related_title", "related.title_after_article"),
    ]
    assert [r.title for r in docnorm.parse(text).related] == [link]


def test_truncated_links_in_a_related_block_are_related() -> None:
    text = (
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nTin cùng chuyên mục\n\n"
        "Hoa hậu Việt Nam 2026 chính thức lộ diện...\n\n"
        "Nữ diễn viên gây sốt với vai diễn mới trên màn ảnh nhỏ…"
    )
    assert roles(text)[-2:] == [
        (9, "related_title", "related.cut_short_in_block"),
        (11, "related_title", "related.cut_short_in_block"),
    ]
    article = docnorm.parse(text)
    assert article.body == (BODY,)
    assert [r.title for r in article.related] == [
        "Hoa hậu Việt Nam 2026 chính thức lộ diện...",
        "Nữ diễn viên gây sốt với vai diễn mới trên màn ảnh nhỏ…",
    ]


def test_a_truncated_line_after_the_article_without_a_related_header_stays_body() -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nTừ khóa: bầu cử\n\nCòn nữa..."
    assert roles(text)[-1] == (9, "body", "body.after_article")


@pytest.mark.parametrize("label", ["Xem thêm:", ">> Đọc thêm:", "TIN LIÊN QUAN:", "Đọc thêm :"])
def test_a_link_after_its_label_is_related(label: str) -> None:
    link = "Điểm chuẩn đại học 2026 tăng mạnh ở nhóm ngành sư phạm"
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{label} {link}\n\n{BODY}\n\nĐinh Đông"
    assert (5, "related_title", "related.labelled_link") in roles(text)
    article = docnorm.parse(text)
    assert article.body == (BODY,)
    assert article.captions == ()
    assert [(r.title, r.teaser) for r in article.related] == [(link, None)]
    assert [(r.kind, r.line, r.text) for r in article.removed] == [("navigation", 5, label)]
    again = docnorm.parse(docnorm.to_text(article))  # (the rendering prints no label)
    assert (again.body, again.related) == (article.body, article.related)


def test_related_labels_open_with_the_letters_the_quick_test_allows() -> None:
    # split_related_label's quick test: every character that matches a related header's first
    # letter case-insensitively, as the regex does, is in RELATED_LABEL_STARTS.
    first = re.compile("[" + "".join({p[0] for p in RELATED_HEADER}) + "]", re.IGNORECASE)
    matching = {chr(c) for c in range(0x110000) if first.fullmatch(chr(c))}
    assert matching | {">"} == RELATED_LABEL_STARTS


@pytest.mark.parametrize("line", ["00:00 / 02:35", "1/5", "* * *", "2026"])
def test_a_short_line_without_letters_is_not_text(line: str) -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{line}\n\n{BODY}\n\nĐinh Đông\n\n{line}"
    assert [r for r in roles(text) if r[0] in (5, 11)] == [
        (5, "navigation", "navigation.no_words"),
        (11, "navigation", "navigation.no_words"),
    ]
    article = docnorm.parse(text)
    assert (article.body, article.captions, article.authors) == ((BODY,), (), ("Đinh Đông",))


def test_a_reader_comment_without_letters_stays_a_comment() -> None:
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\nBình luận\n\nTrần Văn Hùng\n\n100%"
    assert [(c.author, c.text) for c in docnorm.parse(text).comments] == [("Trần Văn Hùng", "100%")]


def test_a_label_before_prose_is_not_a_link() -> None:
    line = "Xem thêm: các đơn vị phải báo cáo kết quả trước ngày 30/11 để tổng hợp chung."
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{line}\n\n{BODY}"
    assert docnorm.parse(text).body == (line, BODY)


def test_a_real_sentence_mentioning_comments_stays_body() -> None:
    sentence = (
        "Bình luận về dự thảo, nhiều đại biểu cho rằng cần làm rõ thêm trách nhiệm của địa phương."
    )
    article = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{sentence}\n\n{BODY}")
    assert article.body == (sentence, BODY)


def test_a_date_line_in_the_article_is_not_body() -> None:
    article = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\n25/07/2020 13:05")
    assert article.body == (BODY,)
    assert article.published == "2020-07-25T13:05+07:00"


# --- dates and warnings ---------------------------------------------------------------------------


def test_weekday_mismatch_warns_and_keeps_the_date() -> None:
    article = docnorm.parse(f"Thứ hai, 05/12/2020\n\nTiêu đề bài viết ở đây\n\n{LEAD}")
    assert article.page_date == "2020-12-05"
    assert "weekday_mismatch" in codes(article)


def test_published_after_page_date() -> None:
    article = docnorm.parse(f"05/12/2020\n\nTiêu đề bài viết ở đây\n\n06/12/2020 08:00\n{LEAD}")
    assert "published_after_page_date" in codes(article)


def test_inferred_year_crosses_new_year() -> None:
    article = docnorm.parse(
        f"Thứ bảy, 02/01/2021\n\nTiêu đề bài viết ở đây\n\nSáng nay (31/12), {LEAD}"
    )
    assert article.published == "2020-12-31"
    assert [(m.role, m.raw) for m in article.dates] == [
        ("page", "Thứ bảy, 02/01/2021"),
        ("inferred", "Sáng nay (31/12)"),
    ]


def test_yesterday_in_the_lead_means_published_the_day_after() -> None:
    article = docnorm.parse(
        f"Thứ bảy, 23/05/2020\n\nTiêu đề bài viết ở đây\n\nTối qua (21/5), {LEAD}"
    )
    assert article.published == "2020-05-22"


def test_a_stale_page_date_gives_no_year() -> None:
    text = f"Thứ sáu, 07/10/2022\n\nTiêu đề bài viết ở đây\n\nSáng nay (22/5), đến hết ngày 30/6/2010, {LEAD}"
    article = docnorm.parse(text)
    assert article.published is None
    assert "page_date_stale" in codes(article)
    assert "published_unresolved" in codes(article)


def test_reference_date_gives_the_year_when_the_page_has_none() -> None:
    text = f"Tiêu đề bài viết ở đây\n\nSáng nay (22/5), {LEAD}"
    assert docnorm.parse(text).published is None
    with_ref = docnorm.parse(text, docnorm.Options(reference_date="2021-06-01"))
    assert with_ref.published == "2021-05-22"


def test_gmt_plus_7_is_plus_7() -> None:
    article = docnorm.parse(f"Tiêu đề bài viết ở đây\n\n08/08/2020 18:26 (GMT+7)\n\n{LEAD}")
    assert article.published == "2020-08-08T18:26+07:00"


def test_no_byline_warns() -> None:
    assert "no_byline" in codes(docnorm.parse(f"Tiêu đề bài viết ở đây\n\n{LEAD}"))


def test_weak_widget_words_need_a_comment_box() -> None:
    subheading = "Ý kiến"
    text = f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{subheading}\n\n{BODY}\n\nBình luận\nHọ tên\nEmail\nGửi"
    article = docnorm.parse(text)
    # A short stand-alone line inside the article is content (a caption-shaped sub-heading).
    assert article.captions == (subheading,)
    assert article.body == (BODY,)
    assert [(r.kind, r.line, r.end_line) for r in article.removed] == [("comment_widget", 9, 12)]


def test_byline_followed_by_a_date_line() -> None:
    article = docnorm.parse(
        f"Tiêu đề bài viết ở đây\n\n{LEAD}\n\n{BODY}\n\nANH DŨNG\n25/07/2020 13:05"
    )
    assert article.authors == ("ANH DŨNG",)
    assert article.published == "2020-07-25T13:05+07:00"


def test_every_rule_name_is_documented() -> None:
    """explain() prints rule names; docs/formats.md must say what each one means."""
    source = (ROOT / "docnorm" / "classify.py").read_text(encoding="utf-8")
    rules = set(re.findall(r'"([a-z_]+\.[a-z_]+)"', source))
    docs = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    furniture = {r for r in rules if r.split(".")[1].startswith("phrase_")}
    missing = sorted(r for r in rules - furniture if f"`{r}`" not in docs)
    assert not missing
    assert "KIND.phrase_above_lead" in docs
