"""The fast paths of the classify stage give what the rules they stand for give, on any line.

``page_furniture`` and ``line_flags`` skip a rule when its quick test says it cannot fire;
``line_furniture`` runs each regex only when a quick test lets it; ``ends_with_ellipsis`` and
``is_breadcrumb`` test in a cheaper order; ``is_name`` rejects a line by its whitespace tokens
before splitting it. Each is compared with the plain rule (or the regex
alone) on generated lines: Vietnamese words, phrase-table entries with words, counts and stops
around them, digits, ellipses, colons, separators, upper case and the characters whose case
mapping is special.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from docnorm import furniture, phrases, shapes
from docnorm.furniture import MAX_FURNITURE_LEN, furniture_kind, is_breadcrumb, line_furniture
from docnorm.shapes import ends_with_ellipsis, folded, is_comment_widget, is_related_header

PHRASES = sorted(
    set(
        phrases.COMMENT_WIDGET
        + phrases.COMMENT_WIDGET_WEAK
        + phrases.RELATED_HEADER
        + phrases.NAVIGATION
        + phrases.SHARE
        + phrases.PAYWALL
        + phrases.AD
        + phrases.TAG_PREFIXES
        + phrases.FOOTER_PREFIXES
        + phrases.COMMENT_ACTIONS
    )
)
WORDS = ["Hà Nội", "giá xăng", "tăng", "Thủ tướng", "bình luận", "Giấy phép", "bản quyền", "tối đa",
         "ký tự", "All Rights Reserved", "GP", "số", "Trang chủ", "Thời sự", "ĐẠI HỘI", "hôm nay",
         "tuoitre.vn", "www.vtv.vn", "28°C", "Hà Nội 28°C", "toasoan@baomoi.vn", "(c)", "İN", "lıNK",
         "ſhare", "K", "Σ"]  # fmt: skip
PIECES = [" ", "  ", ":", ": ", ".", "...", "…", "!", "?", ",", ";", "-", " - ", "(0)", "( 12 )",
          "12", "١٢", "*", "/", " / ", " > ", "»", "›", " | ", "|", "©", "®", "@", "°", '"', "”",
          "»", "’", ")", "(", "\u00a0", "\u3000", "\n", "/GP", "1500"]  # fmt: skip


def _case(text: str, how: int) -> str:
    return (text, text.upper(), text.title(), text.capitalize())[how]


token = st.one_of(
    st.sampled_from(PHRASES), st.sampled_from(WORDS), st.sampled_from(PIECES), st.text(max_size=4)
)
lines = st.builds(
    _case, st.lists(token, min_size=1, max_size=8).map("".join), st.integers(0, 3)
).filter(bool)
#: A phrase with what the regexes allow after it, or a little more.
phrase_lines = st.builds(
    lambda phrase, tail, how: _case(phrase + tail, how),
    st.sampled_from(PHRASES),
    st.lists(st.sampled_from(PIECES), max_size=3).map("".join),
    st.integers(0, 3),
)
#: A tag or footer prefix, a colon or not, and words.
prefix_lines = st.builds(
    lambda prefix, colon, words, how: _case(prefix + colon + words, how),
    st.sampled_from(phrases.TAG_PREFIXES + phrases.FOOTER_PREFIXES),
    st.sampled_from(["", " ", ":", ": ", " : ", "\u00a0:"]),
    st.lists(st.sampled_from(WORDS), max_size=2).map(" ".join),
    st.integers(0, 3),
)
any_line = st.one_of(lines, phrase_lines, prefix_lines)


def _old_breadcrumb(text: str) -> bool:
    if len(text) > 120 or text.endswith((".", "?", "!", ":")):
        return False
    if not any(sep in text for sep in ">»›/|"):
        return False
    parts = furniture._crumb_parts(text)
    if len(parts) < 2 or any(not p for p in parts):
        return False
    if "|" in text and len(parts) < 3 and not text.lower().startswith("trang chủ"):
        return False
    return all(not shapes.has_words(p, 5) and p[0].isupper() for p in parts)


@settings(max_examples=500)
@given(st.lists(any_line, min_size=1, max_size=6))
def test_page_furniture_is_the_rules(texts: list[str]) -> None:
    lows, kinds, crumbs = furniture.page_furniture(texts)
    for text, low, kind, crumb in zip(texts, lows, kinds, crumbs, strict=True):
        assert low == (folded(text) if len(text) <= MAX_FURNITURE_LEN else None)
        assert kind == furniture_kind(text)
        assert crumb == (kind or ("navigation" if is_breadcrumb(text) else None))


@settings(max_examples=500)
@given(st.lists(any_line, min_size=1, max_size=6))
def test_line_flags_are_the_rules(texts: list[str]) -> None:
    lows = [folded(t) if len(t) <= MAX_FURNITURE_LEN else None for t in texts]
    ellipsis, widget, related = shapes.line_flags(texts, lows)
    for i, text in enumerate(texts):
        assert ellipsis[i] == text.rstrip('"”»’)').endswith(("...", "…"))
        level = (
            2 if is_comment_widget(text) else 1 if is_comment_widget(text, in_widget=True) else 0
        )
        assert widget[i] == level == shapes.widget_level(text, folded(text))
        assert related[i] == is_related_header(text)


@settings(max_examples=1000)
@given(any_line)
def test_quick_tests_never_hide_a_match(text: str) -> None:
    # ``low=None`` runs every regex: the quick tests only ever skip regexes that fail.
    if len(text) <= MAX_FURNITURE_LEN:
        assert line_furniture(text, folded(text)) == line_furniture(text, None)
    assert is_breadcrumb(text) == _old_breadcrumb(text)
    assert ends_with_ellipsis(text) == text.rstrip('"”»’)').endswith(("...", "…"))


def test_widget_and_related_strip_the_same_trail() -> None:
    # ``line_flags`` strips a line once for both quick tests.
    assert shapes._WIDGET_WEAK.trail == shapes._RELATED.trail
    assert shapes._WIDGET_WEAK.digits
    assert shapes._RELATED.digits


def _old_is_name(text: str) -> bool:
    if len(text) > 60 or any(map(str.isdigit, text)):
        return False
    parts = [p for p in re.split(r"\s*(?:[-–,&/]|\bvà\b)\s*", text) if p]
    words = [w for p in parts for w in p.split()]
    if not words or len(words) > shapes.MAX_NAME_WORDS * max(1, len(parts)):
        return False
    all_caps = text.upper() == text
    for word in words:
        if (
            word.isalpha()
            and len(word) <= shapes.MAX_SYLLABLE
            and word[0].isupper()
            and (all_caps or word[1:].islower())
        ):
            continue
        if shapes._INITIALS.fullmatch(word) is None:
            return False
    return all_caps or len(words) >= 2


NAME_PIECES = ["Minh Hà", "Thu Trang", "TRỌNG NHÂN", "HẢI YẾN", "P.L", "T.H", "TS.", "Lê", "và",
               "Và", "vàng", "và.", "hội nghị", "Toàn cảnh", "Hà Nội.", "ĐT", "Đ.", "12", "١٢", "²",
               "ß", "ĸ", "ǅ", "İ", "x"]  # fmt: skip
NAME_SEPARATORS = [" ", "  ", " - ", "-", " – ", ", ", ",", " & ", "/", " và ", "và", "\u00a0",
                   "\n", "(", ")", "."]  # fmt: skip


def _joined(names: list[str], separators: list[str]) -> str:
    return "".join(n + s for n, s in zip(names, separators, strict=False)) + names[-1]


#: Names and words with separators between them, and now and then anything.
name_lines = st.builds(
    _case,
    st.builds(
        _joined,
        st.lists(
            st.one_of(st.sampled_from(NAME_PIECES), st.text(max_size=3)), min_size=1, max_size=4
        ),
        st.lists(st.sampled_from(NAME_SEPARATORS), min_size=3, max_size=3),
    ),
    st.integers(0, 3),
)


@settings(max_examples=2000)
@given(st.one_of(name_lines, any_line))
def test_is_name_is_the_plain_rule(text: str) -> None:
    assert shapes.is_name(text) == _old_is_name(text)


def test_no_digit_is_a_letter_or_a_space() -> None:
    # ``is_name`` needs no digit test: a digit is never whitespace, so it sits in a word, and it
    # is not a letter, so that word fails the letter test (and the initials, which hold none).
    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdigit()]
    assert not any(d.isalpha() or d.isspace() for d in digits)


def _old_split_name_and_date(text: str) -> tuple[str, str] | None:
    m = furniture._NAME_THEN_DATE.match(text)
    if m is None or not furniture._is_person(m["name"]):
        return None
    return m["name"], m["date"]


PEOPLE = ["Minh Hà", "Thu Trang", "Lê Thảo", "ANH DŨNG", "P.L", "TS. LS Đoàn Văn Bình", "Hà"]


def _glued(names: list[str], gap: str, at: int, date: str) -> str:
    """Names, spaces, ``gap`` and a space, then a date at index ``at`` if the names leave room."""
    name = ", ".join(names)
    return name + " " * max(0, at - len(name) - len(gap) - 1) + gap + " " + date


#: Names of about the longest length, a gap, and a date that starts near where the quick test
#: stops looking.
glued_lines = st.builds(
    _glued,
    st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=8),
    st.sampled_from(["", ",", " -", "|", "\u00a0", "x"]),
    st.integers(50, 70),
    st.sampled_from(["19/06/2024", "1.2.2024 15:17", "19-6-2024x", "19/06/20245", "١٩/٠٦/٢٠٢٤"]),
)


@settings(max_examples=2000)
@given(st.one_of(glued_lines, any_line))
def test_split_name_and_date_is_the_regex(text: str) -> None:
    assert furniture.split_name_and_date(text) == _old_split_name_and_date(text)


def test_whole_kinds_share_no_key_and_prefixes_are_lower_case() -> None:
    # ``line_furniture`` tries only the regex of the line's key, and the prefix quick tests
    # compare the prefixes with the line in lower case.
    regexes = (furniture._SHARE, furniture._AD, furniture._PAYWALL, furniture._NAVIGATION)
    assert len(furniture._WHOLE_KINDS) == sum(len(r.keys) for r in regexes)
    prefixes = phrases.TAG_PREFIXES + phrases.FOOTER_PREFIXES
    assert all(p == p.lower() for p in prefixes)


PHOTO_PIECES = ["Ảnh", "ảnh", "ẢNH", "Photo", "PHOTO", "Nguồn ảnh", "minh họa", "Ảnh minh hoạ",
                "MİNH", "mınh", ":", ": ", " :", "(", ")", "[", "]", ".", " - ", " – ", ",", " ",
                "Reuters", "TTXVN", "Độc Lập", "VGP/Nhật Bắc", "x", "24h", "không có gì"]  # fmt: skip
photo_lines = st.builds(
    _case,
    st.lists(st.one_of(st.sampled_from(PHOTO_PIECES), st.sampled_from(WORDS)), max_size=8).map(
        "".join
    ),
    st.integers(0, 3),
)


def _plain_photo_credit(text: str) -> bool:
    if len(text) > shapes.MAX_CAPTION_LEN:
        return False
    m = shapes._PHOTO_CREDIT.search(text)
    return m is not None and (m["who"] is None or m["who"][0].isupper() or m["who"][0].isdigit())


@settings(max_examples=2000)
@given(st.one_of(photo_lines, any_line))
@example("Ông nói: đây là cảnh đẹp. Ảnh minh họa")  # a colon that is not the credit's
@example("ảnh: ảnh minh họa")  # a credit in lower case, then the words of the other form
def test_has_photo_credit_is_the_regex(text: str) -> None:
    # ``has_photo_credit`` runs the regex only from just before where a match can start.
    assert shapes.has_photo_credit(text) == _plain_photo_credit(text)
