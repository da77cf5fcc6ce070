"""Unit and property tests for ``docnorm.normalize``: the text steps and ``normalise``."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import docnorm
from docnorm import normalize as normalize_module
from docnorm.normalize import (
    STEPS,
    controls,
    eth_to_dj,
    fold_spaces,
    is_clean,
    newlines,
    nfc,
    normalise,
    spaces,
)
from docnorm.tones import to_new_style, to_old_style

NFD_TINH_UY = unicodedata.normalize("NFD", "Tỉnh uỷ Lạng Sơn")

# Characters the ``spaces`` step deletes outright (zero-width, BOM, bidi controls, C0 controls...).
DROPPED = "\x00\x01\x08\x1b\x7f\xad\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2060\u2066\ufeff"
# Characters it turns into an ordinary space.
SPACED = "\t\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2002\u2003\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _line_count(text: str) -> int:
    """Lines as an editor counts them: LF, CRLF and lone CR are the only line breaks."""
    return len(re.split(r"\r\n|\r|\n", text))


# --- the steps one by one -------------------------------------------------------------------------


STEP_NAMES = [name for name, _ in STEPS]


def test_step_names() -> None:
    # In this order: the repairs read bytes that "spaces" would change (see normalize.py).
    assert STEP_NAMES == [
        "newlines", "entities", "mojibake", "controls", "legacy", "spaces", "nfc", "eth_to_dj",
        "fold_spaces",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\n\r\nb\r\n", "a\n\nb\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("a\nb", "a\nb"),
        ("Thứ bảy\r", "Thứ bảy\n"),
    ],
)
def test_newlines(text: str, expected: str) -> None:
    assert newlines(text) == expected


def test_nfc_composes_nfd() -> None:
    assert NFD_TINH_UY != "Tỉnh uỷ Lạng Sơn"
    assert nfc(NFD_TINH_UY) == "Tỉnh uỷ Lạng Sơn"
    assert nfc("Việt Nam") == "Việt Nam"
    # a tone mark typed after a precomposed ê
    assert nfc("Vi\u00ea\u0323t") == "Việt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u00d0ảng", "Đảng"),
        ("\u00d0ảng bộ \u00d0ồng Tháp", "Đảng bộ Đồng Tháp"),
        ("\u00f0ường", "đường"),
        ("\u00d0ông \u00f0ô", "Đông đô"),
        ("\u00d0ẢNG", "ĐẢNG"),
        ("\u00d0", "\u00d0"),  # alone: not a Vietnamese letter
        ("\u00f0.", "\u00f0."),
        ("Đảng", "Đảng"),
    ],
)
def test_eth_to_dj(text: str, expected: str) -> None:
    assert eth_to_dj(text) == expected


@pytest.mark.parametrize("char", list(SPACED), ids=lambda c: f"U+{ord(c):04X}")
def test_spaces_become_space(char: str) -> None:
    assert spaces(f"a{char}b") == "a b"


@pytest.mark.parametrize("char", list(DROPPED), ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_dropped(char: str) -> None:
    # Controls, zero-width and bidi characters go in "controls"; the soft hyphen in "spaces",
    # after the legacy repair has read it (it is TCVN3's ư).
    assert spaces(controls(f"a{char}b")) == "ab"


def test_spaces_keeps_newlines_and_text() -> None:
    assert spaces("Thứ bảy\nTỉnh ủy\n") == "Thứ bảy\nTỉnh ủy\n"
    assert controls("\ufeffTiêu đề") == "Tiêu đề"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a   b  \n  c ", "a b\nc"),
        ("a\n   \nb", "a\n\nb"),
        ("a b", "a b"),
        ("Tỉnh  ủy    Lạng Sơn ", "Tỉnh ủy Lạng Sơn"),
        ("   ", ""),
    ],
)
def test_fold_spaces(text: str, expected: str) -> None:
    assert fold_spaces(text) == expected


# --- normalise ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "expected", "steps"),
    [
        ("Tin mới\n", "old", "Tin mới\n", []),
        ("Tin mới\r\nTỉnh ủy\r\n", "old", "Tin mới\nTỉnh ủy\n", ["newlines"]),
        (NFD_TINH_UY, "keep", "Tỉnh uỷ Lạng Sơn", ["nfc"]),
        (NFD_TINH_UY, "old", "Tỉnh ủy Lạng Sơn", ["nfc", "tone_old"]),
        ("\u00d0ảng bộ", "old", "Đảng bộ", ["eth_to_dj"]),
        ("Tỉnh\u00a0ủy", "old", "Tỉnh ủy", ["spaces"]),
        ("Tỉnh\u00a0 ủy", "old", "Tỉnh ủy", ["spaces", "fold_spaces"]),
        ("\ufeffTiêu đề", "old", "Tiêu đề", ["controls"]),
        ("Tiêu\u200b đề", "old", "Tiêu đề", ["controls"]),
        ("Tiêu\tđề", "old", "Tiêu đề", ["spaces"]),
        ("  Tiêu đề  ", "old", "Tiêu đề", ["fold_spaces"]),
        ("Tỉnh uỷ", "old", "Tỉnh ủy", ["tone_old"]),
        ("Tỉnh ủy", "new", "Tỉnh uỷ", ["tone_new"]),
        ("Tỉnh uỷ, Tỉnh ủy", "keep", "Tỉnh uỷ, Tỉnh ủy", []),
        (
            "\ufeff\u00d0ảng bộ\u00a0 Tỉnh uỷ \r\n",
            "old",
            "Đảng bộ Tỉnh ủy\n",
            ["newlines", "controls", "spaces", "eth_to_dj", "fold_spaces", "tone_old"],
        ),
    ],
)
def test_normalise_and_record(text: str, style: str, expected: str, steps: list[str]) -> None:
    record: list[str] = []
    assert normalise(text, style, record=record) == expected  # type: ignore[arg-type]
    # the names come in the order the steps run; the tone step is always last
    assert record == [name for name in [*STEP_NAMES, f"tone_{style}"] if name in steps]
    assert set(record) == set(steps)


def test_normalise_default_is_old_style_and_record_optional() -> None:
    assert normalise("Tỉnh uỷ\u00a0 Lạng Sơn \r\n") == "Tỉnh ủy Lạng Sơn\n"


def test_record_is_appended_to() -> None:
    record = ["earlier"]
    normalise("a\r\nb", record=record)
    assert record == ["earlier", "newlines"]


@pytest.mark.parametrize(
    "text",
    [
        "a\r\nb\rc\nd",
        "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
        "\r\r\n\n\r",
        "Dòng 1\u2028vẫn dòng 1\r\nDòng 2\n\n\nDòng 5",
        "",
    ],
)
def test_line_count_never_changes(text: str) -> None:
    assert normalise(text).count("\n") + 1 == _line_count(text)


# Each output must be NFC and a fixed point of normalise, whatever the order of the steps.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zero-width space between ê and its tone mark: once it goes, ệ must be composed
        ("Vi\u00ea\u200b\u0323t Nam", "Việt Nam"),
        # a zero-width space after Ð: once it goes, Ð stands in front of a letter
        ("\u00d0\u200bảng bộ", "Đảng bộ"),
    ],
)
def test_normalise_dropped_character_between_letters(text: str, expected: str) -> None:
    once = normalise(text)
    assert unicodedata.is_normalized("NFC", once)
    assert normalise(once) == once
    assert once == expected


def test_normalise_idempotent_on_double_eth() -> None:
    once = normalise("\u00d0\u00d0a")
    assert once == "ĐĐa"
    assert normalise(once) == once


@pytest.mark.parametrize("char", ["\x80", "\x81", "\x8d", "\x90", "\x9d", "\x9f"])
def test_normalise_removes_c1_controls(char: str) -> None:
    assert normalise(f"Tỉnh{char} ủy") == "Tỉnh ủy"


# --- properties -----------------------------------------------------------------------------------

# Characters that stress the text steps, mixed into otherwise arbitrary text.
MESSY = list(
    "\r\n \t\u00a0\u2028\x0b\x0c\x85\u200b\ufeff\u00d0\u00f0\u0110\u0111oOaAeEuUyYqQhHtT"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
    "àáảãạòóỏõọùúủũụỳýỷỹỵèéẻẽẹÀÁẢÃẠÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴÈÉẺẼẸ"
)
ANY_CHAR = st.one_of(st.sampled_from(MESSY), st.characters())
STYLES = st.sampled_from(["old", "new", "keep"])
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@pytest.mark.parametrize("text", ["\x80Ã¡", "Ã\x00¡", "Th\x07á»© báº£y"])
def test_a_control_inside_mojibake_does_not_hide_it(text: str) -> None:
    # Found by test_normalise_idempotent_and_nfc: the control kept the letter's two halves apart
    # until "controls" dropped it, so a second pass repaired what the first had not.
    once = normalise(text)
    assert normalise(once) == once
    assert "Ã" not in once
    assert "á»" not in once


@given(st.text(ANY_CHAR), STYLES)
def test_normalise_idempotent_and_nfc(text: str, style: str) -> None:
    once = normalise(text, style)  # type: ignore[arg-type]
    assert unicodedata.is_normalized("NFC", once)
    assert normalise(once, style) == once  # type: ignore[arg-type]


@given(st.text(ANY_CHAR), STYLES)
def test_normalise_output_is_clean(text: str, style: str) -> None:
    out = normalise(text, style)  # type: ignore[arg-type]
    assert out.count("\n") + 1 == _line_count(text)
    for c in out:
        category = unicodedata.category(c)
        assert c == "\n" or category != "Cc", repr(c)
        assert c == " " or category not in ("Zs", "Zl", "Zp"), repr(c)
        assert c not in ZERO_WIDTH, repr(c)
    assert "  " not in out
    for line in out.split("\n"):
        assert line == line.strip(" ")


@given(st.text(ANY_CHAR), STYLES)
def test_normalise_line_count_on_any_text(text: str, style: str) -> None:
    assert normalise(text, style).count("\n") + 1 == _line_count(text)  # type: ignore[arg-type]


@given(st.text(ANY_CHAR), STYLES)
def test_normalise_record_names_the_changing_steps(text: str, style: str) -> None:
    record: list[str] = []
    out = normalise(text, style, record=record)  # type: ignore[arg-type]
    if out != text:
        assert record
    else:
        assert record == []
    order = [name for name, _ in STEPS] + [f"tone_{style}"]
    assert record == [name for name in order if name in record]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hà Nội &amp; TP.HCM", "Hà Nội & TP.HCM"),
        ("&#39;nóng&#39; &quot;lên&quot;", "'nóng' \"lên\""),
        ("giá&nbsp;xăng", "giá xăng"),
        ("&#x110;ảng", "Đảng"),
        ("AT&T và R&D", "AT&T và R&D"),
        ("&copy 2020", "&copy 2020"),
    ],
)
def test_html_entities(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_double_escaped_entities_reach_a_fixed_point() -> None:
    once = normalise("a &amp;lt;b&amp;gt; &amp;amp;amp;")
    assert once == "a <b> &"
    assert normalise(once) == once


def test_typography_is_folded_only_on_request() -> None:
    text = "“Đại hội” – thành công…"
    assert normalise(text) == text
    changes: list[str] = []
    assert normalise(text, fold_typography=True, record=changes) == '"Đại hội" - thành công...'
    assert changes == ["typography"]
    folded = docnorm.parse(
        "Tiêu đề “bài viết” ở đây\n\nĐoạn mở đầu – đủ dài để là một đoạn văn… Câu thứ hai của "
        "đoạn văn này cũng khá dài, để là một đoạn văn thật sự.",
        docnorm.Options(fold_typography=True),
    )
    assert folded.title == 'Tiêu đề "bài viết" ở đây'
    assert folded.lead == (
        "Đoạn mở đầu - đủ dài để là một đoạn văn... Câu thứ hai của đoạn văn này cũng khá dài, "
        "để là một đoạn văn thật sự."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thứ bảy, 08/08/2020",
        "Thá»© báº£y, 08/08/2020",
        "Thứ bảy,&nbsp;08/08/2020",
        "Thu\u0301 7",
        "a\u00a0b",
    ],
)
def test_is_clean_means_the_steps_change_nothing(text: str) -> None:
    """read_date() skips normalising a line is_clean() accepts, so it must never be wrong."""
    if is_clean(text):
        assert normalise(text, "keep") == text


def test_read_date_repairs_like_parse() -> None:
    assert docnorm.read_date("Thá»© báº£y, 08/08/2020").iso == "2020-08-08"
    assert docnorm.read_date("Thứ bảy,&nbsp;08/08/2020").iso == "2020-08-08"


@given(st.text(alphabet=st.sampled_from("aáà Ãº»¡&;#3Thứbảy\u00a0\u0301nbsp0/"), max_size=30))
def test_is_clean_never_skips_a_change(text: str) -> None:
    if is_clean(text):
        assert normalise(text, "keep") == text


# --- fast paths against the slow ones -----------------------------------------------------------

# Vietnamese letters with marks in both tone styles, their pairs, ASCII, spaces, line breaks,
# controls, NBSP, entities, VIQR hats, odd Latin-1 characters, combining and zero-width marks.
FAST_PATH_ALPHABET = st.sampled_from(
    [
        *"aoueyAOUEY",
        *"àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴòóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤăâêôơưđĐệữ",
        "hoà", "hòa", "khoẻ", "khỏe", "thuỷ", "thủy", "uỷ", "ủy", "quý", "hoàn", "HOÀ", "THUỶ", "UÝ", "x",
        " ", " ", "  ", "\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\x85", "\xa0", "\xad",
        "&", "&amp;", "^", "a^", "©", "®", "»", "Ã", "Ð", "ð", "ñ", "\u0301", "\u200b",
        "\u2028", "\u3000", "\ufeff", "“", "…", "9", ".",
    ]
)  # fmt: skip
FAST_PATH_TEXT = st.lists(FAST_PATH_ALPHABET, max_size=40).map("".join)


def _is_clean_slow(text: str) -> bool:
    return (
        normalize_module._SUSPECT.search(text) is None
        and "  " not in text
        and " \n" not in text
        and "\n " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and unicodedata.is_normalized("NFC", text)
    )


def _normalise_slow(text: str, style: str, record: list[str]) -> str:
    """Every step, in order, on every text: what normalise() must give whatever it skips."""
    steps = [*STEPS]
    if style != "keep":
        steps.append((f"tone_{style}", to_old_style if style == "old" else to_new_style))
    for name, step in steps:
        out = step(text)
        if out != text:
            record.append(name)
        text = out
    return text


@given(FAST_PATH_TEXT)
def test_is_clean_fast_paths_agree_with_the_slow_test(text: str) -> None:
    assert is_clean(text) == _is_clean_slow(text)
    ascii_text = text.encode("ascii", "ignore").decode()
    assert is_clean(ascii_text) == _is_clean_slow(ascii_text)


@given(FAST_PATH_TEXT)
def test_one_scan_finds_every_suspect_and_every_movable_mark(text: str) -> None:
    if normalize_module._SUSPECT_OR_NEW_STYLE.search(text) is None:
        assert normalize_module._SUSPECT.search(text) is None
        assert to_old_style(text) == text


@given(FAST_PATH_TEXT, STYLES)
def test_normalise_fast_paths_change_no_output(text: str, style: str) -> None:
    for sample in (text, text.encode("ascii", "ignore").decode()):
        expected: list[str] = []
        got: list[str] = []
        assert normalise(sample, style, record=got) == _normalise_slow(sample, style, expected)  # type: ignore[arg-type]
        assert got == expected
