"""Unit and property tests for ``docnorm.tones``: old (hòa) and new (hoà) tone-mark placement."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docnorm.tones import to_new_style, to_old_style

# (old style, new style): the mark on the first vowel of oa/oe/uy versus on the second.
PAIRS: list[tuple[str, str]] = [
    ("hòa", "hoà"),
    ("khỏe", "khoẻ"),
    ("thủy", "thuỷ"),
    ("ủy", "uỷ"),
    ("Tỉnh ủy", "Tỉnh uỷ"),
    ("họa", "hoạ"),
    ("tòa", "toà"),
    ("xóa", "xoá"),
    ("lòe", "loè"),
    ("thúy", "thuý"),
    ("Thụy", "Thuỵ"),
    ("hóa", "hoá"),
    ("hỏa", "hoả"),
    ("tỏa", "toả"),
    ("thỏa", "thoả"),
    ("hòe", "hoè"),
    ("xòe", "xoè"),
    ("nhòe", "nhoè"),
    ("òa", "oà"),
    ("lũy", "luỹ"),
    ("túy", "tuý"),
    ("tùy", "tuỳ"),
    ("tụy", "tuỵ"),
    ("hủy", "huỷ"),
    ("súy", "suý"),
    ("Thùy", "Thuỳ"),
    # upper case
    ("HÒA", "HOÀ"),
    ("THỦY", "THUỶ"),
    ("KHỎE", "KHOẺ"),
    ("ỦY", "UỶ"),
    ("ỦY BAN", "UỶ BAN"),
    ("HÒA BÌNH", "HOÀ BÌNH"),
    # title case
    ("Hòa", "Hoà"),
    ("Thủy", "Thuỷ"),
    ("Khỏe", "Khoẻ"),
    ("Ủy", "Uỷ"),
    ("Hủy", "Huỷ"),
    ("Túy", "Tuý"),
    # in running text, with words that must not move around them
    ("Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà"),
    ("Tỉnh ủy Thanh Hóa", "Tỉnh uỷ Thanh Hoá"),
    ("Thủy điện Hòa Bình", "Thuỷ điện Hoà Bình"),
    ("hòa bình, quý, HÒA", "hoà bình, quý, HOÀ"),
    ("Quỹ hỗ trợ của Tỉnh ủy", "Quỹ hỗ trợ của Tỉnh uỷ"),
    ("(hòa)", "(hoà)"),
    ("hòa\nthủy", "hoà\nthuỷ"),
    ("xóa đói giảm nghèo", "xoá đói giảm nghèo"),
    ("lòe loẹt", "loè loẹt"),
    ("thỏa thuận hoàn toàn", "thoả thuận hoàn toàn"),
    ("Nguyễn Thị Thúy, Thụy Điển", "Nguyễn Thị Thuý, Thuỵ Điển"),
    ("khỏe mạnh 100%", "khoẻ mạnh 100%"),
]

# Words that are the same in both styles: never touched in either direction.
UNCHANGED = [
    "quý",
    "quỳ",
    "quỷ",
    "quỹ",
    "QUÝ",
    "Quỳnh",
    "quả",
    "giả",
    "hoàn",
    "toàn",
    "thuyền",
    "khuya",
    "khuỷu",
    "mùa",
    "của",
    "khoảng",
    "ngoài",
    "hoạch",
    "Huỳnh",
    "Nguyễn",
    "thuở",
    "quốc",
    "hoa",
    "uy tín",
    "Joe",
    "Toe",
    "Goa",
    "Boeing",
    "Noah",
    "Ruby",
    "Hello world",
    "",
]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_to_old_style(old: str, new: str) -> None:
    assert to_old_style(new) == old


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_to_new_style(old: str, new: str) -> None:
    assert to_new_style(old) == new


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_already_in_style_is_kept(old: str, new: str) -> None:
    assert to_old_style(old) == old
    assert to_new_style(new) == new


def test_pair_table_is_large_enough() -> None:
    assert len(PAIRS) >= 40
    assert all(old != new for old, new in PAIRS)


@pytest.mark.parametrize("word", UNCHANGED)
def test_exceptions_never_change(word: str) -> None:
    assert to_old_style(word) == word
    assert to_new_style(word) == word


# --- properties -----------------------------------------------------------------------------------

WORDS = sorted(
    {w for pair in PAIRS for side in pair for w in side.split()}
    | {w for phrase in UNCHANGED for w in phrase.split()}
    | {"Lạng", "Sơn", "Việt", "Nam", "đại", "hội", "khuya", "2020", "GMT+7"}
)
SEPARATORS = [" ", ", ", ". ", "\n", " - ", "(", ")", "“", "”", "…", "/", "\u00a0", ""]


def _case(word: str, how: str) -> str:
    return {"lower": word.lower(), "upper": word.upper(), "title": word.title(), "as": word}[how]


VIETNAMESE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(WORDS),
        st.sampled_from(["lower", "upper", "title", "as"]),
        st.sampled_from(SEPARATORS),
    ),
    max_size=30,
).map(lambda items: "".join(_case(w, how) + sep for w, how, sep in items))


@given(VIETNAMESE_TEXT)
def test_old_after_new_is_old(text: str) -> None:
    assert to_old_style(to_new_style(text)) == to_old_style(text)


@given(VIETNAMESE_TEXT)
def test_new_after_old_is_new(text: str) -> None:
    assert to_new_style(to_old_style(text)) == to_new_style(text)


@given(VIETNAMESE_TEXT)
def test_styles_idempotent_on_vietnamese(text: str) -> None:
    old = to_old_style(text)
    new = to_new_style(text)
    assert to_old_style(old) == old
    assert to_new_style(new) == new
    # moving a mark never adds or drops characters
    assert len(old) == len(text) == len(new)


@given(st.text())
def test_styles_idempotent_on_any_text(text: str) -> None:
    old = to_old_style(text)
    new = to_new_style(text)
    assert to_old_style(old) == old
    assert to_new_style(new) == new


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_unchanged(text: str) -> None:
    assert to_old_style(text) == text
    assert to_new_style(text) == text
